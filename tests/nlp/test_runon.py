"""Sentence starts in run-on text (punctuation stripped): after a source tag, and at a clause opener."""

from __future__ import annotations

import itertools
import re

import spacy

from flashpoint.nlp.runon import OutletNames, runon_sentences
from flashpoint.settings import Settings

OUTLETS = OutletNames.of(["Dawn", "The Hindu", "The Times of India", "Times of India", "The News"])


def _sentences(text: str) -> list[str]:
    words = re.findall(r"\w+(?:-\w+)*|[^\w\s]|\n+", text)
    found = runon_sentences(words, OUTLETS)
    cuts = [0, *found.starts, len(words)]
    return [" ".join(words[a:b]) for a, b in itertools.pairwise(cuts)]


def test_a_source_tag_ends_its_sentence_in_run_on_text() -> None:
    text = (
        "Two policemen were shot dead by unidentified gunmen in the Lakki Marwat District of Khyber "
        "Pakhtunkhwa on June 2 reports Dawn Separately a soldier was killed in an IED blast in Mir Ali"
    )
    assert _sentences(text)[1] == "reports Dawn"
    assert _sentences(text)[2].startswith("Separately a soldier was killed")


def test_a_known_outlet_is_read_whole_and_a_lower_case_clause_opener_follows_it() -> None:
    text = (
        "Maoists set ablaze three vehicles engaged in road construction near the village in the Sukma "
        "District on May 4 reports The Times of India in another incident police arrested two militia members"
    )
    assert _sentences(text)[1] == "reports The Times of India"
    assert _sentences(text)[2].startswith("in another incident")


def test_an_unknown_outlet_ends_at_a_clause_opener() -> None:
    text = (
        "A trader was abducted by unidentified armed men from the market area in the Tirap District on "
        "April 9 reports The Arunachal Chronicle The abductors demanded a ransom from his family"
    )
    assert [s.split()[0] for s in _sentences(text)] == ["A", "reports", "The"]


def test_a_clause_opener_after_a_word_starts_a_sentence_in_run_on_text() -> None:
    text = (
        "Unidentified men shot dead a shopkeeper near his house in the Baramulla District on the evening "
        "of October 3 police said He was taken to a hospital where he died"
    )
    assert [s.split()[0] for s in _sentences(text)] == ["Unidentified", "He"]


def test_punctuated_text_and_short_headlines_are_left_to_the_parser() -> None:
    punctuated = (
        "Two policemen were shot dead in Bannu on June 2, reports Dawn. The attackers fled. "
        "Officials told The Hindu that the area was sealed."
    )
    assert runon_sentences(re.findall(r"\w+|[^\w\s]", punctuated), OUTLETS).starts == ()
    headline = "Police Kill Two Militants In Encounter In Kulgam District Of South Kashmir On Saturday"
    assert runon_sentences(headline.split(), OUTLETS).starts == ()


def test_the_parser_keeps_the_source_tag_whole_and_apart() -> None:
    nlp = spacy.load(Settings().spacy_model)
    nlp.add_pipe("flashpoint_runon_boundaries", before="parser", config={"outlets": ["Daily Excelsior"]})
    doc = nlp(
        "Terrorists hurled a grenade at a police post in the Sopore town of Baramulla District on May 6 "
        "injuring three policemen reports Daily Excelsior Police said the grenade exploded on the road"
    )
    sentences = [sent.text for sent in doc.sents]
    assert sentences[1:3] == ["reports Daily Excelsior", "Police said the grenade exploded on the road"]


def test_a_lower_case_opener_after_the_day_starts_a_sentence_in_run_on_text() -> None:
    text = (
        "A Maoist cadre was killed in an exchange of fire with the police in the forest near the village in "
        "the Bijapur District on April 12 a pistol and a pressure bomb were recovered from the spot"
    )
    assert _sentences(text)[1] == "a pistol and a pressure bomb were recovered from the spot"


def test_a_negated_subject_after_the_day_starts_a_sentence_in_run_on_text() -> None:
    text = (
        "Unidentified militants fired several rounds at the house of a village headman in the Thoubal "
        "District on the night of October 7 no one was injured in the incident"
    )
    assert _sentences(text)[1] == "no one was injured in the incident"


def test_a_time_phrase_or_a_place_after_the_day_goes_on_with_it() -> None:
    for rest in ("a day after the militants had threatened the villagers", "in the Sukma District"):
        text = (
            "Maoists set ablaze three vehicles engaged in road construction near the village in the "
            f"Dantewada District on May 4 {rest}"
        )
        assert len(_sentences(text)) == 1


def test_a_speaker_whose_statement_follows_the_day_starts_a_sentence_in_run_on_text() -> None:
    text = (
        "Two men on a motorbike shot dead a prayer leader outside a mosque in the Orangi Town of Karachi on "
        "July 9 police said the victim had received threats from a banned outfit"
    )
    assert _sentences(text)[1] == "police said the victim had received threats from a banned outfit"
    trailing = (
        "Maoists shot dead a former village head near the weekly market in the Sukma District on October 3 "
        "police said"
    )
    assert len(_sentences(trailing)) == 1


def test_a_day_that_opens_its_sentence_ends_no_clause() -> None:
    text = (
        "Maoists killed a villager at the weekly market near the village in the Sukma District on the night "
        "of May 3 reports The Hindu On May 4 a trooper was injured when he stepped on a pressure IED"
    )
    assert _sentences(text)[2] == "On May 4 a trooper was injured when he stepped on a pressure IED"
