"""Agency revision tags blanked from the text the parser reads; trailing attributions re-attached after it."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from flashpoint.nlp.headlines import (
    ATTRIBUTION_COMPONENT,
    attribution_words,
    blank_wire_tags,
    found_bodies_participle,
    rehang_found_bodies,
    trailing_attribution,
)
from flashpoint.settings import Settings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blast kills 4 (Updates toll);Toll rises to 6", "Blast kills 4 " + " " * 14 + ";Toll rises to 6"),
        ("Bomb kills 4 in Quetta (Updating toll, quotes)", "Bomb kills 4 in Quetta " + " " * 23),
        ("Shelling kills three [Corrected 07/31/02]", "Shelling kills three" + " " * 21),
    ],
)
def test_revision_tags_are_blanked_in_place(text: str, expected: str) -> None:
    blanked = blank_wire_tags(text)
    assert blanked == expected
    assert len(blanked) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters attack a base",  # a hyphen inside a name
        "Police said the update-1 figure was wrong",  # no capital tag opening a headline
        "Gunmen kill 7 (including two children) in Kano",  # brackets that say what happened
        "UPDATE 2-Three killed in Kano",  # revision prefixes are left as written
    ],
)
def test_other_text_is_left_alone(text: str) -> None:
    assert blank_wire_tags(text) == text


# --- trailing attributions (real model) --------------------------------------------------------------------

_NLP: list[Language] = []


def _nlp() -> Language:
    """The small model with the attribution component last, loaded once for these tests."""
    if not _NLP:
        nlp = spacy.load(Settings().spacy_model)
        nlp.add_pipe(ATTRIBUTION_COMPONENT, last=True, config={"outlets": ["AFP", "Reuters"]})
        _NLP.append(nlp)
    return _NLP[0]


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        ("Dozens of Taliban killed in Helmand air strikes - website", "website"),
        ("Two traders shot dead in Bannu: local officials", "local officials"),
        ("Rebel shelling kills 6 in government-held Aleppo - state TV", "state TV"),
        ("Militants kill 12 soldiers in Mohmand ambush - AFP", "AFP"),
        ("Four killed in Kurram clash - local officials say", "local officials say"),
    ],
)
def test_a_headline_s_trailing_attribution_is_found(text: str, attribution: str) -> None:
    doc = _nlp()(text)
    part = trailing_attribution(next(iter(doc.sents)), attribution_words(), frozenset({"AFP"}))
    assert part is not None and part.text == attribution


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan: Bomb kills 3 in Quetta",  # a leading place, not a title before an attribution
        "Bomb kills 3 in Quetta - Balochistan",  # a place after the dash is the title's own
        "Bomb kills 3 - 10 July 2017",  # a date
        "Police say gunmen killed 3 - the attack was the third in a week",  # a clause, with verbs
        "Gunmen kill 3 in Quetta",  # no dash, no colon
        "Shelling kills two children in eastern Ukraine - defence ministry",  # a side reports: no reporter
        "Two policemen shot dead in Bannu: police",
    ],
)
def test_other_endings_are_no_attribution(text: str) -> None:
    doc = _nlp()(text)
    assert trailing_attribution(next(iter(doc.sents)), attribution_words(), frozenset({"AFP"})) is None


def test_the_attribution_hangs_on_the_root_and_gives_back_the_word_it_took() -> None:
    doc = _nlp()("US airstrike kills 7 al-Shabaab militants in southern Somalia - AFRICOM")
    by_text = {t.text: t for t in doc}
    assert by_text["AFRICOM"].dep_ == "meta" and by_text["AFRICOM"].head == by_text["kills"]
    # the country is the object of "in" again, not a modifier of the attribution
    assert by_text["Somalia"].head == by_text["in"] and by_text["Somalia"].dep_ == "pobj"


def test_an_attribution_is_no_object_of_the_verb() -> None:
    doc = _nlp()("Dozens of Taliban killed in Helmand air strikes - website")
    website = next(t for t in doc if t.text == "website")
    assert website.dep_ == "meta"
    assert not any(t.dep_ == "dobj" for t in doc)


def test_a_passive_title_keeps_its_victims_whoever_reports_them() -> None:
    # ": police" read as the object of "shot" made the officers the shooters
    doc = _nlp()("Two police officers shot dead in Karachi's Orangi Town: police")
    assert doc[-1].dep_ == "meta"


def _is_a_tree(doc: spacy.tokens.Doc) -> bool:
    """Every token reaches its sentence's root without a loop."""
    for token in doc:
        seen = {token.i}
        while token.head.i != token.i:
            token = token.head
            if token.i in seen:
                return False
            seen.add(token.i)
    return True


def test_an_attribution_holding_the_root_is_left_as_parsed() -> None:
    # the parser made "officials say" the main clause and hung "Quetta" on the attribution: re-hanging the
    # title's verb on "Quetta" closed a loop, and reading the sentence's root then crashed
    doc = _nlp()("Bomb kills 3 in Quetta - Pakistani officials say")
    assert _is_a_tree(doc)
    assert [sent.root.text for sent in doc.sents]


def test_an_entity_run_across_the_dash_keeps_only_the_attribution_s_words() -> None:
    doc = _nlp()("Gunmen kill five police in Kano - Nigerian police spokesman says")
    assert all(ent.text != "Kano - Nigerian" for ent in doc.ents)
    assert not any(t.ent_type_ for t in doc if t.text == "Kano" and t.ent_type_ == "NORP")


def test_a_verbless_headline_on_bodies_found_gets_the_participle_as_root() -> None:
    doc = _nlp()("Bodies of 4 men found in Tamaulipas")
    sent = next(doc.sents)
    participle = found_bodies_participle(sent)
    assert participle is not None and participle.text == "found"
    rehang_found_bodies(participle)
    by_text = {t.text: t for t in doc}
    assert by_text["found"].dep_ == "ROOT" and by_text["found"].head == by_text["found"]
    assert by_text["Bodies"].dep_ == "nsubjpass" and by_text["Bodies"].head == by_text["found"]
    assert _is_a_tree(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Four bodies found in Tamaulipas",  # parsed with its verb
        "Bodies of soldiers killed in Kunar",  # the soldiers were killed: a participle of no finding
        "Funeral of 4 men found in Tamaulipas",  # no bodies
    ],
)
def test_other_headlines_keep_their_parse(text: str) -> None:
    assert found_bodies_participle(next(_nlp()(text).sents)) is None
