"""The Spanish rules without the gazetteer: cues, sides, numerals and dates on sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.actors.roles import Role
from flashpoint.extract.detect import EventMention
from flashpoint.lang.code import sub_event_type
from flashpoint.lang.detect import folded_words
from flashpoint.lang.lexicon import RuleLexicon
from flashpoint.lang.numbers import fatalities, number_at
from tests.lang.rule_parts import Parts, first_mention, rule_parts

ANCHOR = dt.date(2023, 3, 16)  # a Thursday
ROLE_NAMES = {Role.UNIDENTIFIED_ARMED: "armed", Role.CIVILIANS: "civilians", Role.POLICE: "police",
              Role.MILITARY: "military"}  # fmt: skip


@pytest.fixture(scope="module")
def lexicon() -> RuleLexicon:
    return RuleLexicon.load("es")


@pytest.fixture(scope="module")
def parts(lexicon: RuleLexicon) -> Parts:
    return rule_parts(lexicon)


def _mention(parts: Parts, text: str) -> EventMention | None:
    return first_mention(parts, text, ANCHOR)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Asesinan a un comerciante en su negocio", {"kill"}),
        ("Ultiman a dos jóvenes afuera de una tienda", {"kill"}),
        ("Balacera en una fiesta deja un lesionado", {"attack"}),
        ("Localizan tres cuerpos en un canal de riego", {"kill_found"}),
        ("Secuestran a un empresario en la carretera", {"abduct"}),
        ("Se enfrentan policías y hombres armados en la sierra", {"clash"}),
        ("Lanzan granada contra una vivienda", {"grenade"}),
    ],
)
def test_cues_open_events(parts, text: str, categories: set[str]) -> None:  # type: ignore[no-untyped-def]
    mention = _mention(parts, text)
    assert mention is not None
    assert categories <= mention.categories


@pytest.mark.parametrize(
    "text",
    [
        "El delantero marca dos goles y el equipo mata el partido en el segundo tiempo",
        "La subida de precios mata el consumo de las familias",
        "Ejecutan obra de drenaje en el centro de la ciudad",
        "El cuerpo de bomberos atiende un incendio en una bodega",
        "Muere un conductor en un choque en la autopista",
        "No hay heridos tras el incidente en la plaza",
        "En lo que va del año suman 300 homicidios en la entidad",
    ],
)
def test_non_events_give_no_mention(parts, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _mention(parts, text) is None


@pytest.mark.parametrize(
    ("text", "sub_type", "sides", "dead"),
    [
        ("Asesinan a tres hombres en un taller", "Attack", (None, "civilians"), 3),
        (
            "Sicarios emboscan a policías estatales y mueren cuatro agentes",
            "Armed clash",
            ("armed", "police"),
            4,
        ),
        ("Militares abaten a cinco sicarios en la sierra", "Armed clash", ("military", "armed"), 0),
        ("Enfrentamiento deja al menos 7 muertos y dos heridos", "Armed clash", (None, None), 7),
        ("Hallan cadáver con huellas de violencia junto al río", "Attack", (None, None), 1),
        ("Detienen a dos hombres por asesinar a un vecino", "Arrests", (None, "civilians"), 0),
    ],
)
def test_sub_type_sides_and_fatalities(parts, text, sub_type, sides, dead) -> None:  # type: ignore[no-untyped-def]
    _, _, coder = parts
    mention = _mention(parts, text)
    assert mention is not None
    actor1, actor2 = coder.sides(mention)
    roles = tuple(None if s is None else ROLE_NAMES[s.role] for s in (actor1, actor2))
    assert roles == sides
    first = mention.hits[0].category[2:]
    assert sub_event_type(mention.categories, first, actor1, actor2) == sub_type
    if sub_type != "Arrests":
        words = folded_words(mention.sentence)
        end = mention.hits[0].end - mention.sentence.start
        assert fatalities(words, mention.categories, end, coder.lexicon) == dead


def test_a_named_cartel_acts(parts) -> None:  # type: ignore[no-untyped-def]
    _, _, coder = parts
    mention = _mention(parts, "Integrantes del Cártel de Sinaloa asesinan a un policía municipal")
    actor1, actor2 = coder.sides(mention)
    assert actor1 is not None and actor1.name == "Sinaloa Cartel"
    assert actor2 is not None and actor2.role == Role.POLICE


def test_numbers(lexicon: RuleLexicon) -> None:
    assert [number_at(w, lexicon) for w in ("tres", "12", "veinte", "casa")] == [3, 12, 20, None]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Matan a un hombre ayer en la noche", dt.date(2023, 3, 15)),
        ("Asesinan a un joven el pasado domingo", dt.date(2023, 3, 12)),
        ("Ataque armado este jueves en un bar", dt.date(2023, 3, 16)),
        ("El 28 de diciembre asesinan a un taxista", dt.date(2022, 12, 28)),
        ("Asesinan a un taxista", None),
    ],
)
def test_dates(parts, text: str, day: dt.date | None) -> None:  # type: ignore[no-untyped-def]
    mention = _mention(parts, text)
    assert mention is not None
    assert (mention.date.date if mention.date else None) == day


def test_places_streets_and_actors_are_entities(parts) -> None:  # type: ignore[no-untyped-def]
    annotator, _, _ = parts
    doc = annotator("Hallan un cuerpo en la colonia Morelos de Culiacán, Sinaloa; detienen a dos del CJNG")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("colonia Morelos", "FAC") in ents
    assert ("Culiacán", "GPE") in ents and ("Sinaloa", "GPE") in ents
    assert ("CJNG", "ACTOR") in ents
    assert len(list(doc.sents)) == 2
