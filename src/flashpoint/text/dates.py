"""Calendar dates printed in news text, and the year inference for datelines without one."""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

# "December 30, 2021", "Dec. 30 2021", "30 December 2021", "30th of December, 2021", "2021-12-30"
_FULL_DATE = re.compile(
    rf"\b(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_RE}),?\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)\b"
)

# How far after the latest fully dated mention a year-less dateline may lie and still get its year.
MAX_INFERENCE_GAP = dt.timedelta(days=366)


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def full_dates(text: str) -> list[dt.date]:
    """Every day+month+year date printed in the text, in order of appearance (invalid ones skipped)."""
    found: list[dt.date] = []
    for match in _FULL_DATE.finditer(text):
        if match["y1"]:
            month, day, year = month_number(match["m1"]), int(match["d1"]), int(match["y1"])
        elif match["y2"]:
            month, day, year = month_number(match["m2"]), int(match["d2"]), int(match["y2"])
        else:
            month, day, year = int(match["m3"]), int(match["d3"]), int(match["y3"])
        if month is None:
            continue
        date = safe_date(year, month, day)
        if date is not None:
            found.append(date)
    return found


def leading_full_date(text: str) -> tuple[str, dt.date] | None:
    """A full date that opens the text, as a timeline's entry or a note does ("Feb 11, 2024: Two soldiers
    ...", "On 3 May 2023, ..."): the date as printed, and the day."""
    match = _FULL_DATE.match(text, len(text) - len(text.lstrip(" ")) + (3 if text.startswith("On ") else 0))
    if match is None:
        return None
    dates = full_dates(match[0])
    return (match[0], dates[0]) if dates else None


# A round-up's entry stamp without a year: "Wednesday, 8 November: A roadside bomb ...", "April 6 - The
# Arakan Army ...". The colon or the spaced dash after the day is what makes it a stamp, not a date the
# sentence tells in passing.
_DAY_STAMP = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_RE}))"
    r"\s*(?::|[-\u2013\u2014]\s)"
)


def leading_day_stamp(text: str, anchor: dt.date | None) -> tuple[str, dt.date] | None:
    """A day and month without a year that opens the text as a round-up's entry stamp, and its day: the
    latest such day on or before `anchor` (the publication date; a round-up reports the days just past)."""
    if anchor is None:
        return None
    match = _DAY_STAMP.match(text, len(text) - len(text.lstrip()))
    if match is None:
        return None
    month = month_number(match["m1"] or match["m2"])
    day = int(match["d1"] or match["d2"])
    if month is None:
        return None
    for year in (anchor.year, anchor.year - 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= anchor:
            return match[0].rstrip(" :-\u2013\u2014"), candidate
    return None


def infer_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The first date with this month and day on or after `anchor`, if it lies within about a year of it.

    `anchor` is the latest fully dated mention in the article: a wire story is published after the events it
    reports, so "Jan 15" next to "December 30, 2021" is 15 January 2022.
    """
    for year in (anchor.year, anchor.year + 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and anchor <= candidate <= anchor + MAX_INFERENCE_GAP:
            return candidate
    return None
