"""Scoring one record: pick the predicted event that best matches the gold event, score each gold field on it.

A gold field that is None is not scored. A record whose gold has an event but that got no predicted event
scores every one of its scorable fields as wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.evaluate.adapters import GoldEvent, satp_kind
from flashpoint.evaluate.geodesy import haversine_km
from flashpoint.evaluate.names import ActorMatcher, AdminAliases, loose_match
from flashpoint.schema import Event

NO_EVENT = "(no event)"
HIGH_CONFIDENCE = 0.8
WITHIN_KM = 25.0
# UCDP where_prec above this means the coordinates stand for a province, a line or a country: too coarse
# to score a distance or an admin2 against.
MAX_WHERE_PREC = 3

# field name in RecordScore.fields -> metric name
FIELD_METRICS: dict[str, str] = {
    "event_type": "event_type_acc",
    "sub_event_type": "sub_event_type_acc",
    "actor1": "actor1_acc",
    "actor2": "actor2_acc",
    "country": "country_acc",
    "admin1": "admin1_acc",
    "admin2": "admin2_acc",
    "geo_within_25km": "geo_within_25km",
    "event_date": "event_date_acc",
    "fatalities": "fatalities_em",
    "fatalities_in_range": "fatalities_in_range",
    "attack_kind": "attack_kind_acc",
    "relevance": "relevance_acc",
}


@dataclass(frozen=True)
class Comparators:
    """The name comparisons scoring needs (loaded once, passed in)."""

    actors: ActorMatcher
    admins: AdminAliases

    @classmethod
    def load(cls, actor_alias_files: Sequence[Path] = ()) -> Comparators:
        return cls(actors=ActorMatcher.load(actor_alias_files), admins=AdminAliases.load())


@dataclass
class RecordScore:
    """What one record contributed to the metrics."""

    record_id: str
    source: str
    has_event: bool | None
    n_pred: int
    fields: dict[str, bool] = field(default_factory=dict)  # scored field -> right?
    geo_km: float | None = None  # distance of the matched event, when both sides have coordinates
    sub_pair: tuple[str, str] | None = None  # (gold, predicted) sub-event type, for macro-F1 and confusions
    high_conf: list[bool] = field(default_factory=list)  # rightness of each event with confidence >= 0.8
    error: str | None = None


def _split_assoc(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _side(event: Event, side: int) -> list[str]:
    if side == 1:
        return [x for x in [event.actor1, *_split_assoc(event.assoc_actor_1)] if x]
    return [x for x in [event.actor2, *_split_assoc(event.assoc_actor_2)] if x]


def _actor_right(gold: GoldEvent, name: str, side: int, event: Event, cmp: Comparators) -> bool:
    candidates = _side(event, 1) + _side(event, 2) if gold.actors_unordered else _side(event, side)
    if gold.actors_loose:
        return any(loose_match(name, c) for c in candidates)
    return any(cmp.actors(name, c) for c in candidates)


def _date_right(gold: GoldEvent, event: Event) -> bool:
    if event.event_date is None or gold.date is None:
        return False
    if gold.date_end is not None and gold.date_end >= gold.date:
        return gold.date <= event.event_date <= gold.date_end
    return event.event_date == gold.date


def _coarse(gold: GoldEvent) -> bool:
    return gold.where_prec is not None and gold.where_prec > MAX_WHERE_PREC


def score_fields(
    gold: GoldEvent, event: Event | None, cmp: Comparators
) -> tuple[dict[str, bool], float | None]:
    """Right/wrong for each scorable gold field on `event` (all wrong when `event` is None), and km error."""
    result: dict[str, bool] = {}
    km: float | None = None
    if gold.event_type is not None:
        result["event_type"] = event is not None and event.event_type == gold.event_type
    if gold.sub_event_type is not None:
        result["sub_event_type"] = event is not None and event.sub_event_type == gold.sub_event_type
    for side, name in ((1, gold.actor1), (2, gold.actor2)):
        if name:
            result[f"actor{side}"] = event is not None and _actor_right(gold, name, side, event, cmp)
    if gold.country:
        result["country"] = event is not None and cmp.admins.country_match(gold.country, event.country)
    if gold.admin1 and not (gold.where_prec is not None and gold.where_prec > MAX_WHERE_PREC + 1):
        result["admin1"] = event is not None and cmp.admins.admin_match(gold.admin1, event.admin1)
    if gold.admin2 and not _coarse(gold):
        result["admin2"] = event is not None and cmp.admins.admin_match(gold.admin2, event.admin2)
    if gold.latitude is not None and gold.longitude is not None and not _coarse(gold):
        if event is not None and event.latitude is not None and event.longitude is not None:
            km = haversine_km(gold.latitude, gold.longitude, event.latitude, event.longitude)
        result["geo_within_25km"] = km is not None and km <= WITHIN_KM
    if gold.date is not None:
        result["event_date"] = event is not None and _date_right(gold, event)
    if gold.fatalities is not None:
        result["fatalities"] = event is not None and event.fatalities == gold.fatalities
        if gold.fatalities_low is not None and gold.fatalities_high is not None:
            result["fatalities_in_range"] = (
                event is not None and gold.fatalities_low <= event.fatalities <= gold.fatalities_high
            )
    if gold.attack_kinds:
        result["attack_kind"] = event is not None and satp_kind(event.sub_event_type) in gold.attack_kinds
    return result, km


def best_match(
    gold: GoldEvent, events: Sequence[Event], cmp: Comparators
) -> tuple[Event | None, dict[str, bool], float | None]:
    """The predicted event with the most right fields (ties: nearer, then more confident, then first)."""
    best: tuple[tuple[float, float, float], Event, dict[str, bool], float | None] | None = None
    for event in events:
        fields, km = score_fields(gold, event, cmp)
        key = (float(sum(fields.values())), -(km if km is not None else float("inf")), event.confidence)
        if best is None or key > best[0]:
            best = (key, event, fields, km)
    if best is None:
        fields, km = score_fields(gold, None, cmp)
        return None, fields, km
    return best[1], best[2], best[3]


# fields an event must get right (where the gold has them) to count as right for calibration
_CALIBRATION_FIELDS: tuple[str, ...] = ("event_type", "country", "event_date", "admin1", "attack_kind")


def event_is_right(gold: GoldEvent, event: Event, cmp: Comparators) -> bool:
    """Calibration: an event is right when the gold has an event and the event gets the gold's event
    type, country, date (within UCDP's range), admin1 and SATP attack kind right where the gold has them."""
    if not gold.has_event:
        return False
    fields, _ = score_fields(gold, event, cmp)
    return all(fields[name] for name in _CALIBRATION_FIELDS if name in fields)


def score_record(
    record_id: str, source: str, gold: GoldEvent, events: Sequence[Event], cmp: Comparators
) -> RecordScore:
    score = RecordScore(record_id=record_id, source=source, has_event=gold.has_event, n_pred=len(events))
    matched: Event | None = None
    if gold.has_event:
        matched, score.fields, score.geo_km = best_match(gold, events, cmp)
    if gold.relevance_scored and gold.has_event is not None:
        score.fields["relevance"] = (len(events) > 0) == gold.has_event
    if gold.has_event is not None:
        score.high_conf = [event_is_right(gold, e, cmp) for e in events if e.confidence >= HIGH_CONFIDENCE]
    if gold.typed:
        gold_label = gold.sub_event_type if gold.has_event and gold.sub_event_type else NO_EVENT
        shown = matched or max(events, key=lambda e: e.confidence, default=None)
        pred_label = (shown.sub_event_type if shown is not None else None) or NO_EVENT
        score.sub_pair = (gold_label, pred_label)
    return score
