from __future__ import annotations

from flashpoint.geo.build import _representative_point, _seats_in_their_districts
from flashpoint.geo.index import IndexData
from flashpoint.geo.names import normalize


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


def _place(
    index: IndexData, name: str, feature: str, admin1: str | None, admin2: str | None, *alternates: str
) -> int:
    row = index.add(
        geonameid=len(index.names) + 1,
        name=name,
        feature=feature,
        country_code="MZ",
        admin1=admin1,
        admin2=admin2,
        lat=None,
        lon=None,
        population=0,
    )
    index.add_name(normalize(name), row, primary=True)
    for alternate in alternates:
        index.add_name(normalize(alternate), row, primary=False)
    return row


def test_a_town_without_a_district_lies_in_the_district_named_after_it() -> None:
    index = IndexData()
    _place(index, "Circunscrição de Macomia", "admin2", "Cabo Delgado", "Circunscrição de Macomia")
    _place(index, "Mueda", "admin2", "Cabo Delgado", "Mueda")
    _place(index, "Montepuez", "admin2", "Niassa", "Montepuez")  # a namesake in another province
    _place(index, "Ancuabe", "admin2", "Cabo Delgado", "Ancuabe")
    macomia = _place(index, "Macomia", "city", "Cabo Delgado", None)
    mueda = _place(index, "Mwueda", "city", "Cabo Delgado", None, "Mueda")  # by an alternate name
    chiure = _place(index, "Chiure", "city", "Cabo Delgado", None)
    montepuez = _place(index, "Montepuez", "city", "Cabo Delgado", None)
    filed = _place(index, "Ancuabe", "city", "Cabo Delgado", "Metuge")  # GeoNames' own filing stays
    _seats_in_their_districts(index)
    assert index.admin2s[macomia] == "Circunscrição de Macomia"
    assert index.admin2s[mueda] == "Mueda"
    assert index.admin2s[chiure] is None and index.admin2s[montepuez] is None
    assert index.admin2s[filed] == "Metuge"
