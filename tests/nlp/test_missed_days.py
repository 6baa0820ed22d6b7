"""Days of a month that the NER left untagged become DATE entities; entities already found are kept."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from flashpoint.nlp.missed_days import add_missed_days, month_days


def test_a_month_next_to_a_day_number_is_a_date_with_its_year() -> None:
    words = [
        "on",
        "the",
        "night",
        "of",
        "October",
        "7",
        ",",
        "2023",
        "and",
        "on",
        "12",
        "March",
        "2024",
        "and",
        "on",
        "May",
        "30",
    ]
    assert [" ".join(words[a:b]) for a, b in month_days(words)] == [
        "October 7 , 2023",
        "12 March 2024",
        "May 30",
    ]


def test_a_month_without_a_day_or_a_number_that_is_no_day_is_no_date() -> None:
    for text in ("in October last year", "the March 45 figures", "may 5 people", "in 2023 October"):
        assert month_days(text.split()) == []


def test_only_days_no_entity_covers_are_added() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Gunmen fired on a house on the night of October 7 no one was hurt says the March 23 Movement")
    night = Span(doc, 6, 8, label="TIME")  # "the night"
    movement = Span(doc, 17, 20, label="ORG")  # "March 23 Movement"
    doc.ents = [night, movement]
    doc = add_missed_days(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("the night", "TIME"),
        ("October 7", "DATE"),
        ("March 23 Movement", "ORG"),
    ]
