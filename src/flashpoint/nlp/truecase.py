"""Headline truecasing: 'JTF Kills Three Suspected Boko Haram Members' -> 'JTF kills three suspected Boko
Haram members'.

spaCy's small model tags every capitalised headline word as a proper noun, so the verbs disappear. Words whose
lowercase form is a known common word (stop words, event cues, actor role nouns) are lowercased; everything
else (names, places, abbreviations) keeps its case. Character offsets never move, so evidence spans still
point into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def is_headline_case(text: str) -> bool:
    """Title Case or ALL CAPS text: most words start with a capital."""
    words = WORD.findall(text)
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    shouting = sum(1 for w in words if w.isupper() and len(w) > 1)
    return capitalised / len(words) >= 0.6 or shouting / len(words) >= 0.6


def truecase(text: str, common_words: Iterable[str] | frozenset[str]) -> str:
    vocabulary = common_words if isinstance(common_words, frozenset) else frozenset(common_words)
    shouting = sum(1 for w in WORD.findall(text) if w.isupper() and len(w) > 1) >= 0.6 * max(
        1, len(WORD.findall(text))
    )

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if len(lower) != len(word):
            return word
        if lower in vocabulary or lower.rstrip("s") in vocabulary:
            return lower
        if shouting and len(word) > 4:
            return word[0] + lower[1:]  # "KASHMIR" -> "Kashmir" so the NER sees a name
        return word

    return WORD.sub(fix, text)
