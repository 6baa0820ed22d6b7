from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.actors import ActorLexicon, Role, singular


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("soldier", Role.MILITARY),
        ("soldiers", Role.MILITARY),
        ("troops", Role.MILITARY),
        ("security forces", Role.MILITARY),
        ("paramilitary", Role.MILITARY),
        ("Frontier Corps", Role.MILITARY),
        ("FC", Role.MILITARY),
        ("jawans", Role.MILITARY),
        ("Rangers", Role.MILITARY),
        ("marines", Role.MILITARY),
        ("four Pakistani soldiers", Role.MILITARY),
        ("Frontier Corps personnel", Role.MILITARY),
        ("army convoy", Role.MILITARY),
        ("police", Role.POLICE),
        ("policeman", Role.POLICE),
        ("policemen", Role.POLICE),
        ("cops", Role.POLICE),
        ("constables", Role.POLICE),
        ("one police officer", Role.POLICE),
        ("levies", Role.POLICE),
        ("Levies", Role.POLICE),
        ("officials", Role.STATE_OTHER),
        ("militants", Role.UNIDENTIFIED_ARMED),
        ("armed militants", Role.UNIDENTIFIED_ARMED),
        ("gunmen", Role.UNIDENTIFIED_ARMED),
        ("armed men", Role.UNIDENTIFIED_ARMED),
        ("unknown men", Role.UNIDENTIFIED_ARMED),
        ("insurgents", Role.UNIDENTIFIED_ARMED),
        ("terrorists", Role.UNIDENTIFIED_ARMED),
        ("assailants", Role.UNIDENTIFIED_ARMED),
        ("attackers", Role.UNIDENTIFIED_ARMED),
        ("bandits", Role.UNIDENTIFIED_ARMED),
        ("civilians", Role.CIVILIANS),
        ("villagers", Role.CIVILIANS),
        ("passengers", Role.CIVILIANS),
        ("worker", Role.CIVILIANS),
        ("students", Role.CIVILIANS),
        ("women", Role.CIVILIANS),
        ("children", Role.CIVILIANS),
        ("farmers", Role.CIVILIANS),
        ("journalist", Role.CIVILIANS),
        ("teachers", Role.CIVILIANS),
        ("shopkeeper", Role.CIVILIANS),
        ("people", Role.CIVILIANS),
        ("protesters", Role.PROTESTERS),
        ("demonstrators", Role.PROTESTERS),
        ("marchers", Role.PROTESTERS),
        ("activists rallied", Role.PROTESTERS),
        ("rioters", Role.RIOTERS),
        ("mob", Role.RIOTERS),
        ("an angry crowd", Role.RIOTERS),
        ("prisoners", Role.PRISONERS),
        ("detainees", Role.PRISONERS),
        ("police station", Role.POLICE),  # a force's post stands for the force it shelters
        ("army camp", Role.MILITARY),
        # ordinary people a word before them arms are an armed group; "unarmed" arms nobody
        ("armed herders", Role.UNIDENTIFIED_ARMED),
        ("heavily-armed villagers", Role.UNIDENTIFIED_ARMED),
        ("gun-toting youths", Role.UNIDENTIFIED_ARMED),
        ("unarmed civilians", Role.CIVILIANS),
    ],
)
def test_role_of(lexicon: ActorLexicon, phrase: str, role: Role) -> None:
    assert lexicon.role_of(phrase) is role


@pytest.mark.parametrize("phrase", ["", "air strike", "bus station", "men", "bomb", "Tuesday", "attack"])
def test_role_of_misses(lexicon: ActorLexicon, phrase: str) -> None:
    assert lexicon.role_of(phrase) is None


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Pakistani", "Pakistan"),
        ("pakistanis", "Pakistan"),
        ("Afghan", "Afghanistan"),
        ("Nigerian", "Nigeria"),
        ("Syrian", "Syria"),
        ("Iraqi", "Iraq"),
        ("Ukrainian", "Ukraine"),
        ("Russian", "Russia"),
        ("Israeli", "Israel"),
        ("Palestinian", "Palestine"),
        ("Congolese", "Democratic Republic of Congo"),
        ("Burmese", "Myanmar"),
        ("Burkinabè", "Burkina Faso"),
        ("Ivorian", "Ivory Coast"),
        ("Filipino", "Philippines"),
        ("South Sudanese", "South Sudan"),
    ],
)
def test_country_of_demonym(lexicon: ActorLexicon, word: str, country: str) -> None:
    assert lexicon.country_of_demonym(word) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Pakistan", "Pakistan"),
        ("Pakistani", "Pakistan"),
        ("Islamic Republic of Pakistan", "Pakistan"),
        ("Burma", "Myanmar"),
        ("Russian Federation", "Russia"),
        ("Syrian Arab Republic", "Syria"),
        ("DRC", "Democratic Republic of Congo"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Türkiye", "Turkey"),
        ("U.S.", "United States"),
        ("Viet Nam", "Vietnam"),
        ("Kosovo", "Kosovo"),
        ("the Gambia", "Gambia"),
    ],
)
def test_country_name(lexicon: ActorLexicon, text: str, country: str) -> None:
    assert lexicon.country_name(text) == country


@pytest.mark.parametrize("text", ["Taliban", "Waziristan", "", "Baloch"])
def test_country_name_misses(lexicon: ActorLexicon, text: str) -> None:
    assert lexicon.country_name(text) is None


def test_tables_are_large_and_consistent(lexicon: ActorLexicon) -> None:
    countries = lexicon.countries()
    assert len(countries) >= 200
    assert {"Pakistan", "Afghanistan", "Democratic Republic of Congo", "Palestine"} <= countries


def test_every_demonym_country_is_a_known_country(lexicon: ActorLexicon) -> None:
    # demonyms.tsv must use the same spelling as country_name() returns
    from importlib import resources

    rows = resources.files("flashpoint.data").joinpath("demonyms.tsv").read_text("utf-8").splitlines()
    pairs = [row.split("\t") for row in rows if row and not row.startswith("#")]
    assert len(pairs) >= 200
    unknown = sorted({country for _, country in pairs if country not in lexicon.countries()})
    assert unknown == []


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("soldiers", "soldier"),
        ("policemen", "policeman"),
        ("militias", "militia"),
        ("casualties", "casualty"),
        ("children", "child"),
        ("police", "police"),
        ("press", "press"),
        ("marches", "march"),
    ],
)
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=15))
def test_singular_never_grows_or_empties(word: str) -> None:
    result = singular(word)
    assert result
    assert len(result) <= len(word) + 1  # only -ies -> -y keeps length within one


@pytest.mark.parametrize(
    ("countries", "theatre"),
    [
        ({"Russia", "Ukraine"}, "Ukraine"),
        ({"Ukraine", "Russia", "United Arab Emirates"}, "Ukraine"),  # a mediator named beside the two sides
        ({"Rwanda", "Democratic Republic of Congo"}, "Democratic Republic of Congo"),
        ({"Russia"}, None),  # one side only
        ({"Russia", "Turkey"}, None),  # no war between them listed
    ],
)
def test_war_theatre(lexicon: ActorLexicon, countries: set[str], theatre: str | None) -> None:
    """A placeless agreement between two states at war is coded where the war is fought (war_theatres.tsv)."""
    assert lexicon.war_theatre(countries) == theatre
