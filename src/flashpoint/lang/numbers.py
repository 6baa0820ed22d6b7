"""Fatalities in a sentence of a rule-based language: '5 muertos', 'al menos siete personas sin vida',
'asesinan a tres hombres', 'hallan cadáver' (one), 'deja dos muertos y tres heridos' (two)."""

from __future__ import annotations

from collections.abc import Sequence

from flashpoint.lang.lexicon import Phrase, RuleLexicon

MAX_GAP = 3  # words allowed between a count and its noun ('tres jóvenes', 'dos personas más')


def number_at(word: str, lexicon: RuleLexicon) -> int | None:
    """The value of a digit string or a number word, else None."""
    if word.isdigit() and len(word) <= 4:
        return int(word)
    return lexicon.numbers.get(word)


def count_before(words: Sequence[str], index: int, lexicon: RuleLexicon) -> int | None:
    """The count written just before word `index`, skipping 'al menos', 'más de', 'otros'."""
    i = index - 1
    while i >= 0 and index - i <= MAX_GAP + 2:
        value = number_at(words[i], lexicon)
        if value is not None:
            return value
        if words[i] not in lexicon.count_fillers and words[i] not in lexicon.person_words:
            return None
        i -= 1
    return None


def _starts_with(words: Sequence[str], i: int, phrases: frozenset[Phrase]) -> Phrase | None:
    return next((p for p in phrases if tuple(words[i : i + len(p)]) == p), None)


def dead_count(words: Sequence[str], lexicon: RuleLexicon) -> int | None:
    """The largest count written before a noun of the dead ('5 muertos', 'dos personas sin vida')."""
    counts: list[int] = []
    for i in range(len(words)):
        if _starts_with(words, i, lexicon.dead_nouns) is None:
            continue
        value = count_before(words, i, lexicon)
        if value is not None:
            counts.append(value)
    return max(counts) if counts else None


def victim_count(words: Sequence[str], start: int, lexicon: RuleLexicon) -> int:
    """Persons named after the trigger ('a tres hombres y una mujer' = 4, 'a hombre' = 1), up to an injury
    noun or the next clause."""
    total = 0
    for i in range(start, len(words)):
        word = words[i]
        if word in (";", ":", "y dejan") or _starts_with(words, i, lexicon.injured_nouns):
            break
        if word in lexicon.person_words and (i == 0 or words[i - 1] not in lexicon.person_words):
            total += count_before(words, i, lexicon) or (0 if word.endswith("s") else 1)
    if not total and _singular_object(words, start, lexicon):
        return 1  # 'ejecutan a vendedor de tostadas': one person, whatever the noun
    return total


def _singular_object(words: Sequence[str], start: int, lexicon: RuleLexicon) -> bool:
    """Is the cue followed by the personal 'a' and a singular noun ('a un vendedor', 'a taxista')?"""
    if start >= len(words) or words[start] not in lexicon.victim_marks:
        return False
    rest = [w for w in words[start + 1 : start + 3] if w not in lexicon.articles]
    return bool(rest) and rest[0].isalpha() and not rest[0].endswith("s") and rest[0] not in lexicon.numbers


def fatalities(words: Sequence[str], categories: set[str], trigger_end: int, lexicon: RuleLexicon) -> int:
    """Deaths the sentence reports: a count of the dead, else for killings the victims named, else 0."""
    dead = dead_count(words, lexicon)
    if dead is not None:
        return dead
    if categories & {"kill", "kill_found"}:
        return victim_count(words, trigger_end, lexicon) or (1 if "kill_found" in categories else 0)
    return 0
