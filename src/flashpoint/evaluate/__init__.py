"""Measuring flashpoint against human-coded gold (DESIGN.md section 7): `flashpoint eval`.

    from flashpoint.evaluate import run_eval, render
    report = run_eval([Path("gold.jsonl")], pipeline.extract_text, limit=150)
    print(render(report)); json.dumps(report.to_json())

CI gate: `python -m flashpoint.evaluate.gate [--update]` (see `gate.py`; pins in
tests/evaluate/eval_pins.json).

The extractor is any callable `(text, reference_date) -> list[Event]`: only those two values of a gold
record ever reach it. Metrics are computed per source and overall (records pooled).

Scoring rules
-------------
- Each record has at most one gold event. Its fields are scored on the predicted event that gets most of
  them right (ties: nearest, then most confident); with no predicted event every scorable field is wrong.
  A null gold field is not scored, so a source only contributes to what it codes.
- `detected`: share of records with a gold event that got >= 1 event; `false_alarm`: share of no-event
  records that got >= 1 event. Records whose gold says nothing either way count for neither.
- Names: case/accent-insensitive, without regime years, "ABBR: Name" = "ABBR" = "Name", "Government of X" =
  "Military/Police Forces of X", aliases through `flashpoint.actors` (see `names.py`). Admin names without
  admin words and through `flashpoint/data/admin_aliases.json`.
- `geo_within_25km` counts records without predicted coordinates as wrong; `geo_km_median` is over the
  records that have a distance (its `support` says how many). UCDP locations coarser than a district
  (`where_prec` > 3) score neither distance nor admin2 (and `where_prec` > 4 not admin1).
- `event_date_acc`: UCDP dates an event within [event_date, event_date_end]; any day inside is right.
- `fatalities_em`: exact match with the gold (UCDP "best"); `fatalities_in_range`: within UCDP low..high.
- `sub_event_type_macro_f1`: unweighted F1 mean over every sub-event type seen in gold or predictions, on
  records with a known type ("no event" is a label, not a class: a missed event lowers recall, an event on
  a no-event record lowers precision). Per-type P/R/F1 and the top gold->predicted confusions come with it.
- `high_conf_precision` (calibration): among predicted events with confidence >= 0.8 on records whose gold
  says whether there is an event, the share that are right. Right = the gold has an event and the event
  gets the gold's event type, country, date, admin1 and SATP attack kind right wherever the gold has them
  (an event on a no-event record is wrong).
- Actor order: UCDP lists side A (usually the government) and side B, not attacker and target, so a UCDP
  actor is right when it matches either side of the predicted event (assoc actors included).

Source mappings
---------------
- UCDP GED (`ucdp_ged_*`): every record is an event; actors, country, admin1/2, lat/lon, date, fatalities.
  In the Philippines UCDP's first-level unit is the province, which ACLED codes as admin2 (its admin1 is
  the region): the UCDP province is scored against admin2 there, and admin1 is not scored.
- CASE 2021 task 2: sub-event and event type; `in_acled_ontology: false` rows are no-event gold.
- SATP (ConfliBERT): every summary is an incident (all have a label), so `relevance_acc` is "got >= 1 event"
  (= detected). `attack_kind_acc`: our sub-event type -> armed_assault (Armed clash, territory changes,
  Attack, Sexual violence, Mob violence, Excessive force), bombing_explosion (all Explosions/Remote
  violence), kidnapping (Abduction/forced disappearance), other (everything else); right when the kind of
  the best predicted event is among the record's gold labels (multi-label).
- PLOVER GSR: ASSAULT, FIGHT, PROTEST are events (actors scored loosely: the gold actors are text spans, so a
  shared content word with our name counts); CONSULT, COOPERATE, AID, SUPPORT, DEMAND, DISAPPROVE,
  REJECT, THREATEN, INVESTIGATE, SANCTION, CONCEDE are no-event; AGREE, COERCE, MOBILIZE, RETREAT are
  ambiguous for ACLED and not scored.
- PETRARCH2 unit tests (fictional countries): detection only. CAMEO roots 14, 18, 19, 20 are events;
  01-13, 16 and "noevents" are no-event; 15, 17, PETRARCH's own 8xx/9xx codes and errors are not scored.
- Geoparsing sets (gold `toponyms`: GeoWebNews, LGL, TR-News): toponym_recall, toponym_within_161km,
  toponym_km_median from `flashpoint.geo.scoring.toponym_scores` when the geo package provides it (run
  once per source; overall recall and within-161-km are pooled from its counts, the km median is per
  source only).
- news_html: boilerplate gold only; records without text are left out, the rest only count for speed.
"""

from __future__ import annotations

from flashpoint.evaluate.adapters import GoldEvent, gold_event
from flashpoint.evaluate.aggregate import class_scores, confusions, macro_f1, summarize
from flashpoint.evaluate.geodesy import haversine_km
from flashpoint.evaluate.gold import GoldRecord, load_gold
from flashpoint.evaluate.report import render
from flashpoint.evaluate.runner import EvalReport, run_eval
from flashpoint.evaluate.scoring import Comparators, RecordScore, score_record

__all__ = [
    "Comparators",
    "EvalReport",
    "GoldEvent",
    "GoldRecord",
    "RecordScore",
    "class_scores",
    "confusions",
    "gold_event",
    "haversine_km",
    "load_gold",
    "macro_f1",
    "render",
    "run_eval",
    "score_record",
    "summarize",
]
