"""Days of a month the small model's NER leaves untagged: in run-on text it may take "the night" of "on the
night of October 7" as a TIME and drop the day, so the incident is dated to the report. A month's full name
next to a day number ("October 7", "7 October", "October 7, 2023") is a date wherever it stands; it is added
as a DATE entity where no entity the model or the rulers found covers any of its words.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

MONTH_NAMES = frozenset(name for name in calendar.month_name if name)
MAX_DAY = 31


def _is_day(word: str) -> bool:
    return word.isdigit() and len(word) <= 2 and 1 <= int(word) <= MAX_DAY


def _is_year(word: str) -> bool:
    return word.isdigit() and len(word) == 4


def _month_and_day(words: Sequence[str], i: int) -> bool:
    """Words `i` and `i + 1` are a month and a day, either way round."""
    if i + 1 >= len(words):
        return False
    first, second = words[i], words[i + 1]
    return (first in MONTH_NAMES and _is_day(second)) or (_is_day(first) and second in MONTH_NAMES)


def month_days(words: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) token spans of the days of a month written out in `words`: "October 7",
    "7 October", with a year after them when there is one ("October 7, 2023", "7 October 2023")."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not _month_and_day(words, i):
            i += 1
            continue
        end = i + 2
        if end < len(words) and _is_year(words[end]):
            end += 1
        elif end + 1 < len(words) and words[end] == "," and _is_year(words[end + 1]):
            end += 2
        spans.append((i, end))
        i = end
    return spans


@Language.component("flashpoint_missed_days")
def add_missed_days(doc: Doc) -> Doc:
    """Adds the days of a month (see `month_days`) that no entity covers as DATE entities."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    missed = [
        Span(doc, start, end, label="DATE")
        for start, end in month_days([t.text for t in doc])
        if not taken.intersection(range(start, end))
    ]
    if missed:
        doc.ents = sorted([*doc.ents, *missed], key=lambda span: span.start)
    return doc
