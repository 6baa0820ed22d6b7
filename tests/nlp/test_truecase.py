"""Headline truecasing: Title Case and CAPITALS headlines are lowercased word by word; sentences are not."""

from __future__ import annotations

import pytest

from flashpoint.nlp.truecase import (
    is_headline_case,
    lowercase_opening_participle,
    truecase,
    truecase_headlines,
)

COMMON = frozenset({"kills", "three", "suspected", "members", "killed", "in", "attack", "on", "may", "march"})


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("JTF Kills Three Suspected Boko Haram Members", True),
        ("MILITANTS KILL THREE IN BANNU", True),
        ("Clashes Between Army and Rebels Leave 10 Dead", True),  # "between" stays lowercase in Title Case
        # a sentence full of names is no headline: its verbs are in lowercase
        ("On 2 May 2023, Al Shabaab fighters captured Bulo Burte.", False),
        ("Militants attacked a post.", False),
    ],
)
def test_headline_case(text: str, headline: bool) -> None:
    assert is_headline_case(text) is headline


def test_truecasing_keeps_offsets_names_and_months_beside_numbers() -> None:
    text = "JTF Kills Three Suspected Boko Haram Members On 2 May"
    cased = truecase(text, COMMON)
    assert cased == "JTF kills three suspected Boko Haram members on 2 May"
    assert len(cased) == len(text)
    assert truecase("Attack In March 2021", COMMON) == "attack in March 2021"


def test_joined_headlines_are_judged_one_by_one() -> None:
    text = "Three Killed In Attack;militants attacked a post in Bannu"
    assert truecase_headlines(text, COMMON) == "three killed in attack;militants attacked a post in Bannu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening participle of a known verb, its clause closed by a comma: lowercase
        ("Battling IS, Iraqi forces reach Tal Afar", "battling IS, Iraqi forces reach Tal Afar"),
        # a name ending in -ing, no comma after the word, or an unknown word: as written
        ("Beijing, Moscow sign a deal", "Beijing, Moscow sign a deal"),
        ("Battling continues in the north", "Battling continues in the north"),
        ("Fleecing tourists, conmen arrested", "Fleecing tourists, conmen arrested"),
    ],
)
def test_an_opening_participle_is_lowercased(text: str, expected: str) -> None:
    assert lowercase_opening_participle(text, frozenset({"battle"})) == expected


def test_an_opening_participle_is_lowercased_in_each_sentence_case_headline() -> None:
    text = "Soldier killed;Battling IS, troops reach Tal Afar"
    expected = "Soldier killed;battling IS, troops reach Tal Afar"
    assert truecase_headlines(text, frozenset({"battle"})) == expected
