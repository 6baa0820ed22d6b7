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


# Title Case leaves short function words and these longer prepositions in lowercase; any other lowercase
# word of five letters or more ("fighters", "captured") means the text is a sentence full of names.
TITLE_CASE_LOWER = frozenset(
    {"about", "above", "across", "after", "against", "along", "among", "around", "before", "behind", "below",
     "beneath", "beside", "between", "beyond", "despite", "during", "except", "inside", "outside", "since",
     "through", "toward", "towards", "under", "until", "while", "within", "without"}
)  # fmt: skip
# "On 2 May 2023": a month beside a number is a month, never the modal "may" or the verb "march"
MONTH_BESIDE_NUMBER = re.compile(
    r"(?<=\d )(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?= \d)"
)


def is_headline_case(text: str) -> bool:
    """Title Case or ALL CAPS text: most words start with a capital, and no lowercase content word."""
    words = WORD.findall(text)
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    shouting = sum(1 for w in words if w.isupper() and len(w) > 1)
    if shouting / len(words) >= 0.6:
        return True
    sentence_words = [w for w in words if w.islower() and len(w) >= 5 and w not in TITLE_CASE_LOWER]
    return capitalised / len(words) >= 0.6 and not sentence_words


def truecase(text: str, common_words: Iterable[str] | frozenset[str]) -> str:
    vocabulary = common_words if isinstance(common_words, frozenset) else frozenset(common_words)
    shouting = sum(1 for w in WORD.findall(text) if w.isupper() and len(w) > 1) >= 0.6 * max(
        1, len(WORD.findall(text))
    )

    months = {m.start() for m in MONTH_BESIDE_NUMBER.finditer(text)}

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if match.start() in months:
            return word
        lower = word.lower()
        if len(lower) != len(word):
            return word
        if _known_word(lower, vocabulary):
            return lower
        if shouting and len(word) > 4:
            return word[0] + lower[1:]  # "KASHMIR" -> "Kashmir" so the NER sees a name
        return word

    return WORD.sub(fix, text)


# inflections of a known word: "Ambushed", "Raided", "Captured", "Attacking", "Suffers"
_SUFFIXES = (("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"))


def _known_word(lower: str, vocabulary: frozenset[str]) -> bool:
    if lower in vocabulary or lower.rstrip("s") in vocabulary:
        return True
    stems = (lower[: -len(suffix)] + end for suffix, end in _SUFFIXES if lower.endswith(suffix))
    return any(len(stem) >= 3 and stem in vocabulary for stem in stems)


# headlines joined in one text ("Title One;Title two") or one per line are judged one by one
_SEGMENT = re.compile(r"[^;\n]+")


def truecase_headlines(text: str, common_words: Iterable[str] | frozenset[str]) -> str:
    """Truecase each headline-case segment of `text` (split at semicolons and line breaks), and lowercase the
    opening participle of the others (`lowercase_opening_participle`); offsets stay."""
    vocabulary = common_words if isinstance(common_words, frozenset) else frozenset(common_words)
    return _SEGMENT.sub(
        lambda m: (
            truecase(m.group(0), vocabulary)
            if is_headline_case(m.group(0))
            else lowercase_opening_participle(m.group(0), vocabulary)
        ),
        text,
    )


# "Battling IS, Iraqi forces reach ...": a capitalised -ing word opening a clause that a comma closes
_OPENING_PARTICIPLE = re.compile(r"^(\s*)([A-Z][a-z]+ing)\b(?=[^,;]*,)")


def lowercase_opening_participle(text: str, vocabulary: frozenset[str]) -> str:
    """'Battling IS, Iraqi forces reach Tal Afar' -> 'battling IS, ...': the model reads a capitalised -ing
    word before a name as part of the name ("Battling IS" a proper noun, the subject), and the sentence
    loses its actor; lowercase it is the participle of an adverbial clause. Only inflections of known
    words ("battle", "target"), so names ending in -ing ("Beijing, ...") keep their capital."""
    match = _OPENING_PARTICIPLE.match(text)
    if match is None or not _known_word(match.group(2).lower(), vocabulary):
        return text
    return text[: match.start(2)] + match.group(2).lower() + text[match.end(2) :]
