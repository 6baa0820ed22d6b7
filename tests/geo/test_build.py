from __future__ import annotations

from flashpoint.geo.build import _representative_point


def test_a_district_point_ignores_a_misfiled_town() -> None:
    towns = [(30.0 + i * 0.01, 70.0 + i * 0.01) for i in range(200)] + [(35.0, 75.0)]
    lat, lon = _representative_point(towns) or (0.0, 0.0)
    assert 30.9 < lat < 31.1 and 70.9 < lon < 71.1


def test_a_vast_province_point_is_the_middle_of_its_whole_extent() -> None:
    # most towns in the settled south, a few real ones far north
    towns = [(42.0 + i * 0.021, -80.0) for i in range(500)] + [(58.0, -85.0), (60.0, -88.0)]
    lat, _ = _representative_point(towns) or (0.0, 0.0)
    assert lat == 51.0


def test_few_towns_give_their_mean_and_none_give_no_point() -> None:
    assert _representative_point([(1.0, 2.0), (3.0, 4.0)]) == (2.0, 3.0)
    assert _representative_point([]) is None
