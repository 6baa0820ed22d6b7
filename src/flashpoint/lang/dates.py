"""Dates in a sentence of a rule-based language, relative to the publication date.

'ayer', 'el pasado domingo', 'este jueves' (the latest such day on or before publication), '3 de mayo'
(this year, or last year when that day is still ahead). Precision 1; None when the sentence names no day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from flashpoint.lang.lexicon import RuleLexicon
from flashpoint.nlp.dates import DateKind, ResolvedDate


def sentence_date(words: Sequence[str], lexicon: RuleLexicon, anchor: dt.date | None) -> ResolvedDate | None:
    """The first day the folded `words` name, resolved against `anchor`."""
    if anchor is None:
        return None
    for i, word in enumerate(words):
        if word in lexicon.days_ago:
            return ResolvedDate(anchor - dt.timedelta(days=lexicon.days_ago[word]), 1, DateKind.RELATIVE)
        if word in lexicon.weekdays:
            back = (anchor.weekday() - lexicon.weekdays[word]) % 7
            return ResolvedDate(anchor - dt.timedelta(days=back), 1, DateKind.RELATIVE)
        day = _calendar_day(words, i, lexicon, anchor)
        if day is not None:
            return ResolvedDate(day, 1, DateKind.ABSOLUTE)
    return None


def _calendar_day(words: Sequence[str], i: int, lexicon: RuleLexicon, anchor: dt.date) -> dt.date | None:
    """'3 de mayo [de 2021]' starting at word i."""
    if not words[i].isdigit() or i + 2 >= len(words) or words[i + 1] != "de":
        return None
    month = lexicon.months.get(words[i + 2])
    if month is None:
        return None
    tail = words[i + 3 : i + 5]
    written = len(tail) == 2 and tail[0] == "de" and tail[1].isdigit() and len(tail[1]) == 4
    year = int(words[i + 4]) if written else anchor.year
    try:
        day = dt.date(year, month, int(words[i]))
    except ValueError:
        return None
    if day > anchor and not written:  # '28 de diciembre' read in January: last year's
        day = dt.date(year - 1, month, min(day.day, 28 if month == 2 else day.day))
    return day
