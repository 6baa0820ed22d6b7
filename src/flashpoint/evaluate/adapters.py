"""What each gold source can measure, as one `GoldEvent` per record (mappings documented in `__init__`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from flashpoint.evaluate.gold import GoldRecord

# SATP attack kinds, in the order of `satp_label_vector`.
SATP_KINDS: tuple[str, ...] = ("armed_assault", "bombing_explosion", "kidnapping", "other")

# Our sub-event types -> SATP attack kind (anything not listed is "other").
_SATP_KIND_OF_SUB: dict[str, str] = {
    "Armed clash": "armed_assault",
    "Government regains territory": "armed_assault",
    "Non-state actor overtakes territory": "armed_assault",
    "Attack": "armed_assault",
    "Sexual violence": "armed_assault",
    "Mob violence": "armed_assault",
    "Excessive force against protesters": "armed_assault",
    "Chemical weapon": "bombing_explosion",
    "Air/drone strike": "bombing_explosion",
    "Suicide bomb": "bombing_explosion",
    "Shelling/artillery/missile attack": "bombing_explosion",
    "Remote explosive/landmine/IED": "bombing_explosion",
    "Grenade": "bombing_explosion",
    "Abduction/forced disappearance": "kidnapping",
}

# PLOVER categories: violent or contentious ones ACLED codes; purely verbal or cooperative ones it never
# codes. AGREE, COERCE, MOBILIZE and RETREAT can be either (a ceasefire, an arrest, a deployment, a
# withdrawal) and are left out of detection scoring.
PLOVER_EVENT: frozenset[str] = frozenset({"ASSAULT", "FIGHT", "PROTEST"})
PLOVER_NO_EVENT: frozenset[str] = frozenset(
    {
        "CONSULT",
        "COOPERATE",
        "AID",
        "SUPPORT",
        "DEMAND",
        "DISAPPROVE",
        "REJECT",
        "THREATEN",
        "INVESTIGATE",
        "SANCTION",
        "CONCEDE",
        "ACCUSE",
        "REQUEST",
    }
)
# CAMEO root codes: 14 protest, 18 assault, 19 fight, 20 mass violence are ACLED events; 01-13 and 16 are
# statements, cooperation and reduced relations, which ACLED does not code; 15 (force posture), 17 (coerce:
# arrests, seizures) and PETRARCH's own codes (8xx, 9xx) are ambiguous and not scored.
CAMEO_EVENT_ROOTS: frozenset[str] = frozenset({"14", "18", "19", "20"})
CAMEO_NO_EVENT_ROOTS: frozenset[str] = frozenset({f"{n:02d}" for n in range(1, 14)} | {"16"})


def satp_kind(sub_event_type: str | None) -> str:
    """The SATP attack kind of one of our sub-event types."""
    return _SATP_KIND_OF_SUB.get(sub_event_type or "", "other")


@dataclass(frozen=True)
class GoldEvent:
    """The scorable content of one gold record. A None field is not scored."""

    has_event: bool | None  # None: this record says nothing about whether an event should be found
    event_type: str | None = None
    sub_event_type: str | None = None
    typed: bool = False  # the sub-event type is known (including "no event"): counts in the macro-F1
    actor1: str | None = None
    actor2: str | None = None
    actors_unordered: bool = False  # UCDP sides are not attacker/target: either predicted actor may match
    actors_loose: bool = False  # PLOVER actors are raw text spans: a shared content word is enough
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None  # UCDP: the event may be dated anywhere in [date, date_end]
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    where_prec: int | None = None  # UCDP location precision (1 exact ... 6 country)
    attack_kinds: frozenset[str] | None = None  # SATP labels
    relevance_scored: bool = False  # SATP: report relevance (any event found == gold has an incident)
    toponyms: tuple[dict[str, Any], ...] | None = None


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _standard(gold: dict[str, Any], has_event: bool | None, **overrides: Any) -> GoldEvent:
    fields: dict[str, Any] = {
        "has_event": has_event,
        "event_type": gold.get("event_type"),
        "sub_event_type": gold.get("sub_event_type"),
        "typed": gold.get("sub_event_type") is not None,
        "actor1": gold.get("actor1"),
        "actor2": gold.get("actor2"),
        "country": gold.get("country"),
        "admin1": gold.get("admin1"),
        "admin2": gold.get("admin2"),
        "latitude": _float(gold.get("latitude")),
        "longitude": _float(gold.get("longitude")),
        "date": _date(gold.get("event_date")),
        "date_end": _date(gold.get("event_date_end")),
        "fatalities": _int(gold.get("fatalities")),
        "fatalities_low": _int(gold.get("fatalities_low")),
        "fatalities_high": _int(gold.get("fatalities_high")),
        "where_prec": _int(gold.get("where_prec")),
        "toponyms": tuple(gold["toponyms"]) if isinstance(gold.get("toponyms"), list) else None,
    }
    fields.update(overrides)
    return GoldEvent(**fields)


# Countries whose UCDP first-level unit is ACLED's second: UCDP codes the Philippines by province, ACLED by
# region (admin1) and province (admin2). There the UCDP province is scored as admin2, and admin1 not at all.
UCDP_PROVINCE_AS_ADMIN2: frozenset[str] = frozenset({"Philippines"})


def _ucdp(record: GoldRecord) -> GoldEvent:
    gold = record.gold
    if gold.get("country") in UCDP_PROVINCE_AS_ADMIN2:
        return _standard(gold, True, actors_unordered=True, admin1=None, admin2=gold.get("admin1"))
    return _standard(gold, True, actors_unordered=True)


def _case2021(record: GoldRecord) -> GoldEvent:
    gold = record.gold
    if gold.get("in_acled_ontology") is False:
        return GoldEvent(has_event=False, typed=True)
    return _standard(gold, True, typed=True)


def _satp(record: GoldRecord) -> GoldEvent:
    vector = record.gold.get("satp_label_vector") or []
    kinds = frozenset(kind for kind, flag in zip(SATP_KINDS, vector, strict=False) if flag)
    return GoldEvent(has_event=bool(kinds), attack_kinds=kinds or None, relevance_scored=True)


def _plover(record: GoldRecord) -> GoldEvent:
    category = str(record.gold.get("plover_event") or "").upper()
    if category in PLOVER_EVENT:
        gold = record.gold
        actor1, actor2 = gold.get("actor1"), gold.get("actor2")
        return GoldEvent(has_event=True, actor1=actor1, actor2=actor2, actors_loose=True)
    return GoldEvent(has_event=False if category in PLOVER_NO_EVENT else None)


def _petrarch(record: GoldRecord) -> GoldEvent:
    codings = record.gold.get("cameo_codings") or []
    roots = set()
    for coding in codings:
        if str(coding.get("noevents", "")).lower() == "true":
            roots.add("none")
        elif coding.get("eventcode") is not None:
            roots.add(str(coding["eventcode"])[:2])
        else:
            roots.add("error")
    if roots & CAMEO_EVENT_ROOTS:
        return GoldEvent(has_event=True)
    if roots and roots <= (CAMEO_NO_EVENT_ROOTS | {"none"}):
        return GoldEvent(has_event=False)
    return GoldEvent(has_event=None)


def _generic(record: GoldRecord) -> GoldEvent:
    gold = record.gold
    coded = any(gold.get(key) is not None for key in ("event_type", "sub_event_type", "event_date", "actor1"))
    return _standard(gold, True if coded else None)


def gold_event(record: GoldRecord) -> GoldEvent:
    """Map a gold record to what can be scored on it, by its source."""
    source = record.source.lower()
    if source.startswith("ucdp"):
        return _ucdp(record)
    if source.startswith("case2021"):
        return _case2021(record)
    if source.startswith("satp"):
        return _satp(record)
    if source.startswith("plover"):
        return _plover(record)
    if source.startswith("petrarch"):
        return _petrarch(record)
    return _generic(record)
