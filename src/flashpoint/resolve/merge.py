"""Combine two reports of one incident into one event record (pure: no database).

Rules (ACLED codebook practice, DESIGN.md section 2):
- the surviving event keeps its event_id; every article id and evidence span of both is kept;
- sources are joined "IANS; RFE/RL; Dawn" style, without repeats;
- the more precise date (lower time_precision) and place (lower geo_precision) win, ties keep the existing;
- fatalities: the lowest credible count when reports conflict (0 is "no count given", not a conflict);
- event type: ACLED's precedence order decides between two types (a battle beats a drone strike in it);
- a named actor replaces "Unidentified Armed Group" (claims and later reports name the perpetrator);
- confidence rises a little: a second independent report makes the event likelier to be real.
"""

from __future__ import annotations

from flashpoint.ontology import EVENT_TYPES, SUB_EVENT_TYPES, disorder_type_of, interaction_code
from flashpoint.resolve.similarity import UNIDENTIFIED, fold
from flashpoint.schema import Event, Evidence

CONFIDENCE_GAIN = 0.1  # share of the remaining doubt a corroborating report removes
_PRECEDENCE = {sub: rank for rank, sub in enumerate(s for subs in EVENT_TYPES.values() for s in subs)}
_LOCATION_FIELDS = (
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
)


def join_names(*values: str | None) -> str | None:
    """ "IANS; Dawn" + "Dawn; RFE/RL" -> "IANS; Dawn; RFE/RL" (order of first mention, case-insensitive)."""
    seen: dict[str, str] = {}
    for value in values:
        for part in (value or "").split(";"):
            name = part.strip()
            if name and name.casefold() not in seen:
                seen[name.casefold()] = name
    return "; ".join(seen.values()) or None


def lowest_credible(a: int, b: int) -> int:
    counts = [n for n in (a, b) if n > 0]
    return min(counts) if counts else 0


def _union_evidence(a: list[Evidence], b: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int, int, str]] = set()
    out: list[Evidence] = []
    for item in [*a, *b]:
        key = (item.article_id, item.start, item.end, item.field)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _more_precise(new: int | None, old: int | None) -> bool:
    return new is not None and (old is None or new < old)


def _is_unidentified(name: str | None) -> bool:
    return not name or UNIDENTIFIED in fold(name)


def _merge_type(merged: Event, new: Event) -> None:
    old_sub, new_sub = merged.sub_event_type, new.sub_event_type
    if not new_sub or new_sub not in SUB_EVENT_TYPES:
        return
    if old_sub in _PRECEDENCE and _PRECEDENCE[new_sub] >= _PRECEDENCE[old_sub]:  # type: ignore[index]
        return
    merged.sub_event_type = new_sub
    merged.event_type = SUB_EVENT_TYPES[new_sub]
    merged.disorder_type = disorder_type_of(new_sub)
    merged.civilian_targeting = new.civilian_targeting


def _merge_actors(merged: Event, new: Event) -> None:
    for name_field, inter_field, assoc_field in (
        ("actor1", "inter1", "assoc_actor_1"),
        ("actor2", "inter2", "assoc_actor_2"),
    ):
        old_name, new_name = getattr(merged, name_field), getattr(new, name_field)
        if (_is_unidentified(old_name) and not _is_unidentified(new_name)) or (not old_name and new_name):
            setattr(merged, name_field, new_name)
            setattr(merged, inter_field, getattr(new, inter_field))
        assoc = join_names(getattr(merged, assoc_field), getattr(new, assoc_field))
        if assoc and fold(assoc) != fold(getattr(merged, name_field)):
            setattr(merged, assoc_field, assoc)
    merged.interaction = interaction_code(merged.inter1, merged.inter2)


def merge_events(existing: Event, new: Event) -> Event:
    """`existing` with what `new` adds; `existing` keeps its event_id and creation time."""
    merged = existing.model_copy()  # shallow: the list fields are replaced below, the others are immutable
    merged.article_ids = list(dict.fromkeys([*existing.article_ids, *new.article_ids]))
    merged.evidence = _union_evidence(existing.evidence, new.evidence)
    merged.source = join_names(existing.source, new.source)
    merged.source_scale = existing.source_scale or new.source_scale
    if _more_precise(new.time_precision, existing.time_precision) or existing.event_date is None:
        merged.event_date, merged.time_precision = new.event_date, new.time_precision
    if _more_precise(new.geo_precision, existing.geo_precision) or (
        existing.latitude is None and new.latitude is not None
    ):
        for name in _LOCATION_FIELDS:
            setattr(merged, name, getattr(new, name))
    merged.fatalities = lowest_credible(existing.fatalities, new.fatalities)
    _merge_type(merged, new)
    _merge_actors(merged, new)
    merged.civilian_targeting = merged.civilian_targeting or new.civilian_targeting
    merged.notes = existing.notes or new.notes
    top = max(existing.confidence, new.confidence)
    merged.confidence = round(min(1.0, top + CONFIDENCE_GAIN * (1.0 - top)), 4)
    merged.status = "active"
    return merged
