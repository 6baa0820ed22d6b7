"""The French rules without the gazetteer: cues, sides, numerals and dates on sentences written here."""

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
    return RuleLexicon.load("fr")


@pytest.fixture(scope="module")
def parts(lexicon: RuleLexicon) -> Parts:
    return rule_parts(lexicon)


def _mention(parts: Parts, text: str) -> EventMention | None:
    return first_mention(parts, text, ANCHOR)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Quatre villageois tués par des inconnus sur la route du marché", {"kill"}),
        ("Un commerçant abattu devant sa boutique", {"kill"}),
        ("Accrochage entre soldats et rebelles au nord du pays", {"clash"}),
        ("Des miliciens tendent une embuscade à un convoi", {"clash"}),
        ("Enlèvement de trois humanitaires sur la route", {"abduct"}),
        ("Des maisons incendiées et des boutiques pillées par des hommes armés", {"destroy"}),
        ("Explosion d'un engin explosif au passage d'un véhicule", {"explode"}),
        ("Manifestation des commerçants contre la hausse des taxes", {"protest"}),
    ],
)
def test_cues_open_events(parts: Parts, text: str, categories: set[str]) -> None:
    mention = _mention(parts, text)
    assert mention is not None
    assert categories <= mention.categories


@pytest.mark.parametrize(
    "text",
    [
        "L'attaque de l'équipe nationale a manqué de réalisme en deuxième mi-temps",
        "Le gouvernement adopte un arrêté sur le prix du carburant",
        "Rapport du Secrétaire général sur la situation au pays",
        "Un motocycliste mort dans un accident de la route",
        "Aucun blessé n'est à déplorer après l'incident au marché central",
        "Le procès des auteurs du massacre s'ouvre devant la cour criminelle",
    ],
)
def test_non_events_give_no_mention(parts: Parts, text: str) -> None:
    assert _mention(parts, text) is None


@pytest.mark.parametrize(
    ("text", "sub_type", "sides", "dead"),
    [
        ("Cinq civils tués par des hommes armés", "Attack", ("armed", "civilians"), 5),
        ("Des rebelles ont tué deux gendarmes", "Armed clash", ("armed", "police"), 2),
        ("Affrontements entre militaires et miliciens : une dizaine de morts", "Armed clash",
         ("military", "armed"), 10),
        ("Un éleveur peul froidement assassiné par des inconnus", "Attack", ("armed", "civilians"), 1),
        ("Plusieurs morts dans des combats entre rebelles", "Armed clash", (None, "armed"), 3),
        ("Des dizaines de personnes tuées dans une attaque", "Attack", (None, "civilians"), 12),
    ],
)  # fmt: skip
def test_sub_type_sides_and_fatalities(
    parts: Parts, text: str, sub_type: str, sides: tuple[str | None, str | None], dead: int
) -> None:
    _, _, coder = parts
    mention = _mention(parts, text)
    assert mention is not None
    actor1, actor2 = coder.sides(mention)
    assert tuple(None if s is None else ROLE_NAMES[s.role] for s in (actor1, actor2)) == sides
    first = mention.hits[0].category[2:]
    assert sub_event_type(mention.categories, first, actor1, actor2) == sub_type
    words = folded_words(mention.sentence)
    end = mention.hits[0].end - mention.sentence.start
    assert fatalities(words, mention.categories, end, coder.lexicon) == dead


def test_two_named_groups_fight_each_other(parts: Parts) -> None:
    _, _, coder = parts
    mention = _mention(parts, "Affrontements entre l'UPC et les anti-Balaka, plusieurs morts")
    assert mention is not None
    actor1, actor2 = coder.sides(mention)
    assert actor1 is not None and actor1.name == "UPC: Unity for Peace in Central Africa"
    assert actor2 is not None and actor2.name == "Anti-Balaka"


def test_numbers(lexicon: RuleLexicon) -> None:
    words = ("deux", "dix-sept", "plusieurs", "dizaine", "dizaines", "maison")
    assert [number_at(w, lexicon) for w in words] == [2, 17, 3, 10, 12, None]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Deux civils tués hier dans un village", dt.date(2023, 3, 15)),
        ("Un soldat tué lundi dans une embuscade", dt.date(2023, 3, 13)),
        ("Le 3 mars, des rebelles ont attaqué un village", dt.date(2023, 3, 3)),
        ("Le 1er décembre des hommes armés ont tué un commerçant", dt.date(2022, 12, 1)),
        ("Attaque le 28 février 2023 contre une base militaire", dt.date(2023, 2, 28)),
        ("Un commerçant tué par des hommes armés", None),
    ],
)
def test_dates(parts: Parts, text: str, day: dt.date | None) -> None:
    mention = _mention(parts, text)
    assert mention is not None
    assert (mention.date.date if mention.date else None) == day


def test_places_streets_and_actors_are_entities(parts: Parts) -> None:
    annotator, _, _ = parts
    doc = annotator("Deux morts au quartier Boulata de Sarlac ; des éléments du 3R attaquent à Ngoura-Mbali")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("quartier Boulata", "FAC") in ents
    assert ("Sarlac", "GPE") in ents
    assert ("3R", "ACTOR") in ents and ("Ngoura-Mbali", "GPE") in ents
    assert len(list(doc.sents)) == 2
