from __future__ import annotations

from collections import Counter

from flashpoint.geo.gazetteer import Candidate, Gazetteer
from flashpoint.geo.rank import DocContext, Resolution, _Evidence, cluster_support, one_sense_per_name
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


def test_the_neighbours_of_a_candidate_country_share_the_doc_evidence() -> None:
    evidence = _Evidence(countries=Counter({"IL": 1.0, "US": 1.0, "ZA": 0.5}))
    borders = {"PS": frozenset({"IL", "EG"}), "MZ": frozenset({"ZA"})}
    context = DocContext(
        evidence, _Evidence(), total_weight=2.5, neighbours=lambda code: borders.get(code, frozenset())
    )
    assert context.neighbour_share("PS") == 0.4  # Israel named: its share of the evidence
    assert context.neighbour_share("MZ") == 0.0  # only a town of South Africa: no word of the country
    assert DocContext(evidence, _Evidence(), total_weight=2.0).neighbour_share("PS") == 0.0


def test_land_borders_are_symmetric(small_gazetteer: Gazetteer) -> None:
    assert "AF" in small_gazetteer.neighbours("PK") and "PK" in small_gazetteer.neighbours("AF")
    assert "US" not in small_gazetteer.neighbours("PK")  # and countries left out of the index are skipped
    assert small_gazetteer.neighbours("US") == frozenset()
