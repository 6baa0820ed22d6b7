from __future__ import annotations

from spacy.language import Language

from flashpoint.geo.gazetteer import Gazetteer
from flashpoint.geo.parser import Geoparser, places_for_text
from flashpoint.geo.reverse import check_coordinates


def test_a_town_s_point_agrees_with_its_admin_names(small_gazetteer: Gazetteer) -> None:
    check = check_coordinates(
        small_gazetteer,
        33.0006,
        70.0712,
        country_code="PK",
        admin1="Khyber Pakhtunkhwa",
        admin2="North Waziristan",
    )
    assert check.ok, check.problems
    assert check.nearest_town == "Miran Shah"


def test_wrong_admin_names_are_reported(small_gazetteer: Gazetteer) -> None:
    check = check_coordinates(
        small_gazetteer, 33.0006, 70.0712, country_code="PK", admin1="Sindh", admin2="Karachi"
    )
    assert not check.ok
    assert len(check.problems) == 2
    assert not check_coordinates(small_gazetteer, 33.0006, 70.0712, country_code="IN").ok
    assert not check_coordinates(small_gazetteer, 95.0, 70.0).ok


def test_every_resolved_place_agrees_with_its_coordinates(
    nlp: Language, geoparser: Geoparser, small_gazetteer: Gazetteer
) -> None:
    text = (
        "Troops moved from Peshawar to Bannu and Miran Shah, while talks went on in Kabul and Quetta. "
        "Later, shelling was reported in North Waziristan, Kurram and Bajaur."
    )
    places = [p for p in places_for_text(text, nlp, geoparser) if p.feature in ("city", "admin2")]
    assert len(places) >= 7
    for place in places:
        assert place.latitude is not None and place.longitude is not None
        check = check_coordinates(
            small_gazetteer,
            place.latitude,
            place.longitude,
            country_code=place.country_code,
            admin1=place.admin1,
            admin2=place.admin2,
        )
        assert check.ok, (place.text, check.problems)
