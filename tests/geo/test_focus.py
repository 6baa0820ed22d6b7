from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from flashpoint.geo.focus import Admin1Abbreviations
from flashpoint.geo.parser import Geoparser, places_for_text
from flashpoint.geo.rank import DocContext, _Evidence, retrieve
from flashpoint.geo.recognize import Toponym


@pytest.fixture(scope="module")
def table() -> Admin1Abbreviations:
    return Admin1Abbreviations.load()


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The mayor of Oxford, Miss., spoke on Friday.", ["Mississippi"]),
        ("OXFORD, Miss. -- A storm hit the town.", ["Mississippi"]),
        ("She moved from Paris, TX 75460 to Hope, AR.", ["Texas", "Arkansas"]),
        ("Officials in Lafayette County, Ga., and Camden, N.J., agreed.", ["Georgia", "New Jersey"]),
        ("A plant in Guelph, Ont., will close.", ["Ontario"]),
    ],
)
def test_short_forms_after_a_name_are_found(table: Admin1Abbreviations, text: str, units: list[str]) -> None:
    assert [cue.admin1 for cue in table.cues(text)] == units


@pytest.mark.parametrize(
    "text",
    [
        "IN THE END, IN order to win, OR lose, he ran.",  # postal codes that are words
        "The vote was 12, OK by all accounts.",  # no capitalised town before the comma
        "He said it was a Mass. It was Ill-timed.",  # no comma before the form
    ],
)
def test_words_that_look_like_short_forms_are_not(table: Admin1Abbreviations, text: str) -> None:
    assert table.cues(text) == []


def test_every_short_form_names_a_unit_of_the_gazetteer(table: Admin1Abbreviations) -> None:
    assert table.unit("Miss.") == ("US", "Mississippi")
    assert table.unit("N.C.") == ("US", "North Carolina")
    assert table.unit("Que.") == ("CA", "Quebec")
    assert table.unit("Mass") is None


def test_a_town_followed_by_a_short_form_lies_in_that_state(nlp: Language, geoparser: Geoparser) -> None:
    text = "Flood waters closed two roads near Columbia, Mo., on Sunday."
    place = next(p for p in places_for_text(text, nlp, geoparser) if p.text == "Columbia")
    assert (place.admin1, place.country_code) == ("Missouri", "US")


def test_the_state_of_the_story_picks_the_county(nlp: Language, geoparser: Geoparser) -> None:
    text = (
        "Deputies in Kentucky arrested two men on Monday. The Madison County sheriff said the men "
        "were held at the county jail. Kentucky State Police are helping with the inquiry."
    )
    place = next(p for p in places_for_text(text, nlp, geoparser) if p.text == "Madison County")
    assert (place.admin1, place.feature) == ("Kentucky", "admin2")


def test_a_short_form_elsewhere_in_the_story_picks_the_town(nlp: Language, geoparser: Geoparser) -> None:
    text = (
        "Students from Tupelo, Miss., visited the museum on Friday. Their bus had left Columbus "
        "early in the morning, a teacher said."
    )
    place = next(p for p in places_for_text(text, nlp, geoparser) if p.text == "Columbus")
    assert (place.admin1, place.country_code) == ("Mississippi", "US")


def test_a_country_name_stays_the_country_in_a_state_story(nlp: Language, geoparser: Geoparser) -> None:
    text = "Farmers in Kansas and Nebraska sold more wheat to India this year, the Kansas board said."
    place = next(p for p in places_for_text(text, nlp, geoparser) if p.text == "India")
    assert place.feature == "country"


def test_the_capital_is_not_pulled_into_the_state_of_the_story(nlp: Language, geoparser: Geoparser) -> None:
    text = (
        "The Ohio lawmakers flew to Washington on Tuesday to ask for money for roads in Ohio. "
        "Ohio has asked for the money before."
    )
    place = next(p for p in places_for_text(text, nlp, geoparser) if p.text == "Washington")
    assert place.admin1 == "District of Columbia" or place.name == "Washington, D.C."


def test_a_short_form_right_after_a_name_is_its_container(geoparser: Geoparser) -> None:
    text = "Crews cleared roads in Oxford, Miss., and in Tupelo."
    start = text.index("Oxford")
    toponyms = [Toponym(start=start, end=start + 6, text="Oxford", source="ner", sentence=0)]
    resolver = geoparser.resolver
    pools = [retrieve(resolver.gazetteer, t) for t in toponyms]
    containers = resolver._containers(text, toponyms, pools, resolver.abbreviations.cues(text))
    assert [(c.name, c.feature) for c in containers[0]] == [("Mississippi", "admin1")]


def test_one_short_form_is_not_yet_the_whole_story() -> None:
    one = _Evidence(units=Counter({("US", "mississippi"): 1.0}))
    context = DocContext(total=one, own=_Evidence())
    assert context.unit_share(("US", "mississippi")) == 0.5  # the floor of two pieces of evidence
    many = _Evidence(units=Counter({("US", "mississippi"): 3.0, ("US", "ohio"): 1.0}))
    context = DocContext(total=many, own=_Evidence())
    assert context.unit_share(("US", "mississippi")) == 0.75
    assert context.unit_share(("US", "texas"), whole_country=True) == 1.0
