from __future__ import annotations

from spacy.language import Language

from flashpoint.geo.parser import Geoparser
from flashpoint.geo.scoring import toponym_scores


def _record(text: str, toponyms: list[tuple[str, float | None, float | None]]) -> dict:
    spans = []
    for phrase, lat, lon in toponyms:
        start = text.index(phrase)
        spans.append(
            {"phrase": phrase, "start": start, "end": start + len(phrase), "latitude": lat, "longitude": lon}
        )
    return {"id": "t", "source": "own", "text": text, "gold": {"toponyms": spans}}


def test_toponym_scores_count_found_and_near_places(nlp: Language, geoparser: Geoparser) -> None:
    records = [
        _record(
            "Rain fell on Quetta and Kabul while a wedding party crossed the river.",
            [("Quetta", 30.19, 67.01), ("Kabul", 34.53, 69.17), ("wedding party", 10.0, 10.0)],
        ),
        # a place coded 1,000 km away from where we put it counts as found but not within 161 km
        _record("Markets in Peshawar were closed.", [("Peshawar", 25.0, 60.0)]),
        _record("No gold places with coordinates here.", [("here", None, None)]),
        {"id": "x", "text": "No toponyms field at all.", "gold": {}},
    ]
    scores = toponym_scores(records, nlp=nlp, geoparser=geoparser)
    assert scores["toponym_records"] == 2
    assert scores["toponym_gold"] == 4
    assert scores["toponym_found"] == 3
    assert scores["toponym_recall"] == 0.75
    assert scores["toponym_within_161km"] == round(2 / 3, 4)
    assert scores["toponym_km_median"] is not None and scores["toponym_km_median"] < 10


def test_no_gold_toponyms_gives_empty_scores() -> None:
    scores = toponym_scores([{"id": "x", "text": "Nothing.", "gold": {"toponyms": []}}])
    assert scores["toponym_recall"] is None and scores["toponym_records"] == 0
