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
    """'3 de mayo [de 2021]', '1er mai [2021]' starting at word i."""
    number = _day_number(words[i], lexicon)
    month_at = _after_connector(words, i + 1, lexicon)
    if number is None or month_at >= len(words):
        return None
    month = lexicon.months.get(words[month_at])
    if month is None:
        return None
    year_at = _after_connector(words, month_at + 1, lexicon)
    written = year_at < len(words) and words[year_at].isdigit() and len(words[year_at]) == 4
    year = int(words[year_at]) if written else anchor.year
    try:
        day = dt.date(year, month, number)
    except ValueError:
        return None
    if day > anchor and not written:  # '28 de diciembre' read in January: last year's
        day = dt.date(year - 1, month, min(day.day, 28 if month == 2 else day.day))
    return day


def _day_number(word: str, lexicon: RuleLexicon) -> int | None:
    """'3', or '1er' with an ordinal ending of the language."""
    for suffix in ("", *lexicon.ordinal_suffixes):
        digits = word[: len(word) - len(suffix)] if suffix else word
        if word.endswith(suffix) and digits.isdigit() and len(digits) <= 2:
            return int(digits)
    return None


def _after_connector(words: Sequence[str], i: int, lexicon: RuleLexicon) -> int:
    """Index of the word after the connector at i ('de' in '3 de mayo'); languages with connectors need one
    ('3 mayo' is no Spanish date), those without go straight on ('3 mai')."""
    if not lexicon.date_connectors:
        return i
    return i + 1 if i < len(words) and words[i] in lexicon.date_connectors else len(words)
