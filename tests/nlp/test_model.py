"""The spaCy model as flashpoint loads it: sentence boundaries and abbreviations (real model)."""

from __future__ import annotations

import spacy

from flashpoint.nlp.model import add_word_like_abbreviations
from flashpoint.settings import Settings

TEXT = (
    "Militants of Tehrik-e Taliban Pakistan killed four soldiers in North Waziristan on Thursday. "
    "A day earlier, gunmen shot dead a police officer in Mir Ali, police said in Peshawar."
)


def test_a_number_inside_a_place_name_ends_no_sentence() -> None:
    # the small parser cuts "South 24 Parganas" after the number: a district's name is read whole
    nlp = spacy.load(Settings().spacy_model)
    nlp.add_pipe("flashpoint_semicolon_boundaries", before="parser")
    doc = nlp(
        "Crude bombs were hurled at the office of the CPI(M) in Canning in South 24 Parganas district on "
        "Friday. Police said no one was arrested."
    )
    assert [sent.text.split()[0] for sent in doc.sents] == ["Crude", "Police"]


def test_an_abbreviation_spelled_like_a_function_word_reads_as_a_noun() -> None:
    nlp = add_word_like_abbreviations(spacy.blank("en"), ["IS", "TTP", "Al Shabaab"])
    doc = nlp("IS says the attack is over; TTP denied it.")
    assert [t.norm_ for t in doc if t.text in ("IS", "is", "TTP")] == ["group", "is", "ttp"]


def test_each_item_of_a_bulleted_list_is_a_sentence() -> None:
    # a live blog's key developments, one to a line: each item is a report of its own
    nlp = spacy.load(Settings().spacy_model)
    nlp.add_pipe("flashpoint_semicolon_boundaries", before="parser")
    doc = nlp(
        "Key developments on July 31:\n- Russian drone attack on Izmail kills 2, injures 3\n"
        "- Russia drops guided bombs on Kharkiv, 7 injured\n- Zelensky to meet EU leaders next week"
    )
    marks = [token for token in doc if token.text == "-"]
    assert len(marks) == 3 and all(mark.is_sent_start for mark in marks)
    assert not any(sent.text.count("\n-") for sent in doc.sents)  # no item runs on into the next
