"""Toponym metrics for `flashpoint eval` (DESIGN.md section 7), through the same code path as `places`.

- toponym_recall: share of gold toponyms with coordinates whose span overlaps a predicted place mention.
- toponym_within_161km: among those found, share whose predicted coordinates lie within 161 km (100 miles)
  of the gold point; a found mention that stayed unresolved counts as a miss.
- toponym_km_median: median error in km among found mentions that have coordinates.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.language import Language

from flashpoint.geo.gazetteer import Gazetteer, haversine_km
from flashpoint.geo.parser import Geoparser, places_for_text
from flashpoint.schema import PlaceMention
from flashpoint.settings import Settings

WITHIN_KM = 161.0


def gold_toponyms(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    gold = record.get("gold") or {}
    return [
        t
        for t in gold.get("toponyms") or []
        if t.get("latitude") is not None and t.get("longitude") is not None and t.get("start") is not None
    ]


def _best_overlap(start: int, end: int, places: list[PlaceMention]) -> PlaceMention | None:
    best, best_len = None, 0
    for place in places:
        overlap = min(end, place.end) - max(start, place.start)
        if overlap > best_len:
            best, best_len = place, overlap
    return best


def toponym_scores(
    records: Iterable[Mapping[str, Any]],
    *,
    nlp: Language | None = None,
    geoparser: Geoparser | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Score place mentions against the gold `toponyms` of each record that has them.

    `nlp` and `geoparser` are built from `settings` (or the defaults) when not given.
    """
    gold_records = [r for r in records if r.get("text") and gold_toponyms(r)]
    if gold_records and nlp is None:
        import spacy

        from flashpoint.nlp.model import add_name_abbreviations

        settings = settings or Settings()
        nlp = add_name_abbreviations(spacy.load(settings.spacy_model))
    if gold_records and geoparser is None:
        geoparser = Geoparser(Gazetteer.load(settings or Settings()))
    total = found = within = 0
    errors: list[float] = []
    for record in gold_records:
        if nlp is None or geoparser is None:  # unreachable: both are built above when there is work
            break
        places = places_for_text(str(record["text"]), nlp, geoparser)
        for toponym in gold_toponyms(record):
            total += 1
            place = _best_overlap(int(toponym["start"]), int(toponym["end"]), places)
            if place is None:
                continue
            found += 1
            if place.latitude is None or place.longitude is None:
                continue
            km = haversine_km(
                float(toponym["latitude"]), float(toponym["longitude"]), place.latitude, place.longitude
            )
            errors.append(km)
            within += km <= WITHIN_KM
    return {
        "toponym_records": len(gold_records),
        "toponym_gold": total,
        "toponym_found": found,
        "toponym_recall": round(found / total, 4) if total else None,
        "toponym_within_161km": round(within / found, 4) if found else None,
        "toponym_km_median": round(statistics.median(errors), 1) if errors else None,
    }
