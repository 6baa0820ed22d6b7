"""Words glued to a preposition or article are split into two tokens; the text is unchanged."""

from __future__ import annotations

import spacy

from flashpoint.nlp.glued import dictionary_of, glued_split
from flashpoint.settings import Settings


def test_only_glue_of_an_english_word_and_a_preposition_or_article_is_split() -> None:
    nlp = spacy.load(Settings().spacy_model)
    is_word = dictionary_of(nlp)
    assert glued_split("killedin", is_word) == ("killed", "in")
    assert glued_split("atRanipur", is_word) == ("at", "Ranipur")
    assert glued_split("ofthe", is_word) == ("of", "the")
    # English words, words glued to no preposition, and short or foreign words stay whole
    for word in (
        "infighting",
        "inbox",
        "landmine",
        "councilor",
        "thana",
        "jawans",
        "killed",
        "soldat",
        "iPhone",
    ):
        assert glued_split(word, is_word) is None


def test_the_split_keeps_the_text() -> None:
    nlp = spacy.load(Settings().spacy_model)
    nlp.add_pipe("flashpoint_glued_words", first=True)
    text = "Two soldiers were killedin an ambush atRanipur village."
    doc = nlp(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert words[3:5] == ["killed", "in"]
    assert words[7:9] == ["at", "Ranipur"], words
