from __future__ import annotations

from flashpoint.geo.gazetteer import Candidate
from flashpoint.geo.rank import Resolution, cluster_support, one_sense_per_name
from flashpoint.geo.recognize import Toponym


def _town(row: int, lat: float, lon: float) -> Candidate:
    return Candidate(
        row=row,
        geonameid=row,
        name=f"town {row}",
        feature="city",
        country_code="XX",
        country="X",
        admin1=None,
        admin2=None,
        latitude=lat,
        longitude=lon,
        population=1_000,
        primary=True,
    )


def test_readings_that_sit_together_support_each_other() -> None:
    # "a" has two readings far apart; "b" has one reading 10 km from a's second reading
    pools = [[_town(1, 10.0, 10.0), _town(2, 40.0, 40.0)], [_town(3, 40.05, 40.05)]]
    support = cluster_support(["a", "b"], pools)
    assert (("a", 1) in support) is False
    assert support[("a", 2)] == 1.0
    assert support[("b", 3)] == 0.5  # "a" has two readings: each supports by half


def test_a_name_never_supports_itself_nor_the_same_place_under_another_name() -> None:
    same = _town(1, 40.0, 40.0)
    pools = [[same], [same], [_town(2, 40.0, 40.0)]]
    support = cluster_support(["dublin", "dublin city", "dublin"], pools)
    assert support == {}


def test_far_readings_give_no_support() -> None:
    pools = [[_town(1, 40.0, 40.0)], [_town(2, 41.0, 40.0)]]  # 111 km apart
    assert cluster_support(["a", "b"], pools) == {}


def _resolution(text: str, start: int, cand: Candidate | None, score: float) -> Resolution:
    return Resolution(Toponym(start, start + len(text), text, "ner", 0), cand, score)


def test_every_mention_of_a_name_takes_its_best_scored_reading() -> None:
    ohio, elsewhere = _town(1, 39.9, -83.8), _town(2, 42.1, -72.6)
    resolved = one_sense_per_name(
        [
            _resolution("Springfield", 0, ohio, 9.0),  # "Springfield, Ohio"
            _resolution("Springfield", 50, elsewhere, 6.0),
            _resolution("springfield", 90, None, 1.0),
            _resolution("Dayton", 120, None, 1.0),
        ]
    )
    assert [r.candidate for r in resolved] == [ohio, ohio, ohio, None]
    assert [r.toponym.start for r in resolved] == [0, 50, 90, 120]
