"""Metrics from record scores: macro-F1, per-class table, confusions, summaries, haversine."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.evaluate.aggregate import CORE_METRICS, class_scores, confusions, macro_f1, summarize
from flashpoint.evaluate.geodesy import haversine_km
from flashpoint.evaluate.scoring import NO_EVENT, RecordScore


def test_macro_f1_by_hand() -> None:
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("C", NO_EVENT), (NO_EVENT, "C")]
    # A: P 1/1, R 1/2 -> F1 2/3; B: P 1/2, R 1/1 -> 2/3; C: P 0/1, R 0/1 -> 0
    assert macro_f1(pairs) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3, abs=1e-4)
    table = {c.label: c for c in class_scores(pairs)}
    assert set(table) == {"A", "B", "C"}
    assert (table["A"].precision, table["A"].recall, table["A"].support, table["A"].predicted) == (
        1.0,
        0.5,
        2,
        1,
    )
    assert table["B"].precision == 0.5


def test_macro_f1_perfect_and_empty() -> None:
    assert macro_f1([("A", "A"), ("B", "B"), (NO_EVENT, NO_EVENT)]) == 1.0
    assert macro_f1([(NO_EVENT, NO_EVENT)]) is None
    assert macro_f1([]) is None


def test_confusions_are_most_frequent_first() -> None:
    pairs = [("A", "B")] * 3 + [("A", NO_EVENT)] * 2 + [("A", "A")] * 5
    assert confusions(pairs) == [("A", "B", 3), ("A", NO_EVENT, 2)]


def _score(source: str, has_event: bool | None, n_pred: int, **fields: bool) -> RecordScore:
    return RecordScore(record_id="r", source=source, has_event=has_event, n_pred=n_pred, fields=dict(fields))


def test_summary_counts_only_what_was_scored() -> None:
    scores = [
        _score("s", True, 1, country=True, actor1=False),
        _score("s", True, 0, country=False, actor1=False),
        _score("s", False, 2),
        _score("s", False, 0),
        _score("s", None, 3),
    ]
    scores[0].geo_km = 12.0
    scores[0].fields["geo_within_25km"] = True
    scores[1].fields["geo_within_25km"] = False
    scores[0].high_conf = [True, False]
    scores[2].high_conf = [False]
    out = summarize(scores, seconds=2.0)
    assert set(CORE_METRICS) <= set(out)
    assert out["records"] == 5
    assert out["detected"] == 0.5 and out["support"]["detected"] == 2
    assert out["false_alarm"] == 0.5
    assert out["country_acc"] == 0.5 and out["actor1_acc"] == 0.0
    assert out["admin1_acc"] is None and out["support"]["admin1_acc"] == 0  # never scored: null, not 0
    assert out["geo_within_25km"] == 0.5 and out["geo_km_median"] == 12.0
    assert out["high_conf_precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert out["docs_per_s"] == 2.5
    assert "attack_kind_acc" not in out


def test_haversine_known_distances() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.01)
    assert haversine_km(90, 0, -90, 0) == pytest.approx(20015.1, abs=0.5)
    # Peshawar -> Islamabad, about 150 km
    assert haversine_km(34.008, 71.578, 33.729, 73.094) == pytest.approx(143, abs=5)


lat = st.floats(-90, 90)
lon = st.floats(-180, 180)


@given(lat, lon, lat, lon)
def test_haversine_is_symmetric_and_bounded(a: float, b: float, c: float, d: float) -> None:
    there, back = haversine_km(a, b, c, d), haversine_km(c, d, a, b)
    assert there == pytest.approx(back, abs=1e-6)
    assert 0 <= there <= 20016
