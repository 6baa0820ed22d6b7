"""Resolve date expressions to (date, time_precision), anchored on publication or on a previous event.

dateparser handles absolute dates; what it misses (DESIGN.md section 8) is done here: weekdays ("on Tuesday"),
"yesterday", "last week", "earlier this month", "August last year", and anaphoric offsets ("a day earlier",
"two days later", "the same day", "hours later") that are relative to the previous event's date, not to
publication.

Precision follows ACLED: 1 the exact day, 2 a day within a known week (mid-point), 3 only the month
(mid-month).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources

from flashpoint.nlp.numbers import parse_count


class DateKind(StrEnum):
    ABSOLUTE = "absolute"  # a calendar date written out
    RELATIVE = "relative"  # relative to publication ("yesterday", "on Tuesday")
    ANAPHORIC = "anaphoric"  # relative to the previous event ("a day earlier")
    VAGUE = "vague"  # a period that is background or a trend ("in 2014", "recent months", "over the years")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: dt.date | None
    precision: int
    kind: DateKind


MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})

_MONTH_RE = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>(?:19|20)\d{2})"

ABSOLUTE_PATTERNS = [
    re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}(?:\s*,\s*|\s+){_YEAR_RE}\b", re.I),  # December 30, 2021
    re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}\b", re.I),  # 30 December 2021
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),  # 2021-12-30
    re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}\b(?!\s*,?\s*(?:19|20)\d{{2}})", re.I),  # December 30
    re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}\b(?!,?\s*(?:19|20)\d{{2}})", re.I),  # 30 December
]
MONTH_ONLY = re.compile(rf"\b{_MONTH_RE}(?:\s*,?\s*{_YEAR_RE}|\s+(?P<rel>last|this|next)\s+year)?\b", re.I)
# "in 2019", "the 1990s", and a span of years ("in 2019-2020", "2019-20"): a year, no day
YEAR_ONLY = re.compile(
    rf"^(?:in\s+|the\s+)?(?:early|late|mid-?)?\s*{_YEAR_RE}s?(?:\s*[-\u2013]\s*(?:19|20)?\d{{2}})?$", re.I
)
WEEKDAY_RE = re.compile(
    r"\b(?P<prefix>last|this|next|on|early|late)?\s*(?P<wd>" + "|".join(WEEKDAYS) + r")\b\.?", re.I
)
OFFSET_RE = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>day|days|week|weeks|month|months|year|years)"
    r"\s+(?P<dir>earlier|before|later|after|ago|previously)\b",
    re.I,
)
# the day of the previous event said again: "the same day", "later that day", "hours later"; wires use these
# to add an incident to the one before it
SAME_DAY_RE = re.compile(
    r"\b(?:the|that) same (?:day|night|evening|morning|afternoon)\b"
    r"|\b(?:later|earlier) (?:that|the same) (?:day|night|evening|morning|afternoon)\b"
    r"|\b(?:(?:a few|several|two|three|some) )?(?:hours|minutes) later\b",
    re.I,
)
# the day next to the previous event's: "The day before, warplanes struck ...", "the previous night", "the
# following day"; not "the day before the election", which names its own reference
ADJACENT_DAY_RE = re.compile(
    r"\b(?:the|that) (?P<before>(?:day|night|evening) (?:before|earlier)(?=\s*[,.;])"
    r"|(?:previous|preceding) (?:day|night|evening))\b"
    r"|\bthe (?P<after>(?:next|following) (?:day|morning|night|evening))\b",
    re.I,
)
VAGUE_RE = re.compile(
    r"\b(recent|past|last|previous|coming)\s+(few\s+)?(days|weeks|months|years|decades)\b|\bthe years\b|"
    r"\bover the (years|decades)\b|\bdecades?\b|\bcentur(y|ies)\b|\b(this|last|previous) year\b|"
    r"\b(last|previous) (winter|summer|spring|autumn)\b|\bsince\b|"
    r"\bso far\b|"
    # a month or year pointed back to ("the bombing at Kabul airport ... that month", "later that year"): a
    # past period told before, background to the news, never the report's own month
    r"\bthat (month|year)\b|\bthe (same|following|previous) (month|year)\b",
    re.I,
)


# "every Friday", "each week": a habit, which dates no single incident
HABITUAL_RE = re.compile(
    r"\b(?:every|each)\s+(?:other\s+)?(?:day|night|morning|evening|week|weekend|month|year|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
    re.I,
)


def is_full_date(text: str) -> bool:
    """A day, month and year and nothing else ("9 September 2022", "December 30, 2021"), whatever entity
    label the model gave it (it calls "9 September 2022" an EVENT)."""
    text = " ".join(text.split())
    return any(pattern.fullmatch(text) for pattern in ABSOLUTE_PATTERNS[:3])


HOLIDAYS_FILE = "fixed_holidays.tsv"


@functools.cache
def _fixed_holidays() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """The fixed-day holidays of `data/fixed_holidays.tsv`: a pattern over their names (a year after them
    or not; apostrophes written or not), and name without apostrophes -> (month, day)."""
    data = resources.files("flashpoint.data").joinpath(HOLIDAYS_FILE).read_text(encoding="utf-8")
    days: dict[str, tuple[int, int]] = {}
    spellings = []
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, month_day = (part.strip() for part in line.split("\t"))
        month, day = month_day.split("-")
        days[_holiday_key(name)] = (int(month), int(day))
        spellings.append(r"\s+".join(re.escape(w).replace("'", "[’']?") for w in name.split()))
    names = "|".join(sorted(spellings, key=len, reverse=True))
    return re.compile(rf"\b(?P<name>{names})(?:\s*,?\s*{_YEAR_RE})?(?!\w)", re.I), days


def _holiday_key(name: str) -> str:
    return re.sub(r"[’']", "", " ".join(name.lower().split()))


def is_fixed_holiday(text: str) -> bool:
    """The expression is a fixed-day holiday and nothing else ("International Women's Day", whatever label
    the entity model gave it: it calls some EVENT, some ORG)."""
    pattern, _ = _fixed_holidays()
    return pattern.fullmatch(" ".join(text.split())) is not None


def fixed_holiday(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a fixed-day holiday the expression names: "Christmas Eve 2022"."""
    pattern, days = _fixed_holidays()
    match = pattern.search(text)
    if match is None:
        return None
    month, day = days[_holiday_key(match["name"])]
    return month, day, int(match["year"]) if match["year"] else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _most_recent(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The latest date with this month/day on or before the anchor (news reports past events)."""
    candidate = _safe_date(anchor.year, month, day)
    if candidate is None:
        return None
    if candidate > anchor + dt.timedelta(days=2):
        candidate = _safe_date(anchor.year - 1, month, day)
    return candidate


def _mid_month(year: int, month: int, anchor: dt.date | None) -> dt.date:
    mid = dt.date(year, month, 15)
    if anchor and anchor.year == year and anchor.month == month:
        # "earlier this month": the mid-point between the first and the anchor
        mid = dt.date(year, month, max(1, (anchor.day + 1) // 2))
    return mid


def resolve_date(
    expression: str, anchor: dt.date | None, previous_event: dt.date | None = None
) -> ResolvedDate | None:
    """Resolve one date expression.

    `anchor` is the publication date; `previous_event` the date of the last event in the article.
    """
    text = " ".join(expression.strip().split())
    low = text.lower()
    if not low:
        return None

    if HABITUAL_RE.search(low):
        return ResolvedDate(None, 3, DateKind.VAGUE)
    for pattern in ABSOLUTE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower().rstrip(".")]
        day = int(parts["day"])
        if parts.get("year"):
            date = _safe_date(int(parts["year"]), month, day)
        elif anchor:
            date = _most_recent(month, day, anchor)
        else:
            date = None
        if date:
            return ResolvedDate(date, 1, DateKind.ABSOLUTE)
    holiday = fixed_holiday(text)
    if holiday is not None:
        month, day, year = holiday
        date = _safe_date(year, month, day) if year else _most_recent(month, day, anchor) if anchor else None
        if date:
            return ResolvedDate(date, 1, DateKind.ABSOLUTE)

    offset = OFFSET_RE.search(low)
    if offset:
        count = parse_count(offset["n"]) or 1
        unit = offset["unit"].rstrip("s")
        days = count * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        precision = 1 if unit == "day" else 2 if unit == "week" else 3
        direction = -1 if offset["dir"] in ("earlier", "before", "ago", "previously") else 1
        if offset["dir"] == "ago":
            base, kind = anchor, DateKind.RELATIVE
        else:
            base, kind = previous_event or anchor, DateKind.ANAPHORIC if previous_event else DateKind.RELATIVE
        if base is None:
            return None
        return ResolvedDate(base + dt.timedelta(days=direction * days), precision, kind)

    if re.search(r"\b(the )?(previous|preceding) (day|night)\b|\bthe day before\b", low):
        base = previous_event or anchor
        if base:
            kind = DateKind.ANAPHORIC if previous_event else DateKind.RELATIVE
            return ResolvedDate(base - dt.timedelta(days=1), 1, kind)
    if re.search(r"\b(the )?(next|following) (day|morning|night)\b|\bthe day after\b", low):
        base = previous_event or anchor
        if base:
            kind = DateKind.ANAPHORIC if previous_event else DateKind.RELATIVE
            return ResolvedDate(base + dt.timedelta(days=1), 1, kind)

    if previous_event is not None and SAME_DAY_RE.search(low):
        return ResolvedDate(previous_event, 1, DateKind.ANAPHORIC)

    if anchor is not None:
        relative = _resolve_relative(low, anchor)
        if relative:
            return relative

    month_only = MONTH_ONLY.search(text)
    if month_only and not re.fullmatch(r"may", low):  # "may" alone is a modal verb more often than a month
        month = MONTHS[month_only["month"].lower().rstrip(".")]
        if month_only["year"]:
            year = int(month_only["year"])
        elif anchor and month_only["rel"]:
            year = anchor.year + {"last": -1, "this": 0, "next": 1}[month_only["rel"].lower()]
        elif anchor:
            year = anchor.year if month <= anchor.month else anchor.year - 1
        else:
            return None
        return ResolvedDate(_mid_month(year, month, anchor), 3, DateKind.ABSOLUTE)

    if YEAR_ONLY.match(low) or VAGUE_RE.search(low):
        return ResolvedDate(None, 3, DateKind.VAGUE)
    return None


def _resolve_relative(low: str, anchor: dt.date) -> ResolvedDate | None:
    rel = DateKind.RELATIVE
    if re.search(r"\b(today|this (morning|afternoon|evening)|tonight|earlier today)\b", low):
        return ResolvedDate(anchor, 1, rel)
    if re.search(r"\b(yesterday|last night|overnight)\b", low):
        return ResolvedDate(anchor - dt.timedelta(days=1), 1, rel)
    if re.search(r"\bday before yesterday\b", low):
        return ResolvedDate(anchor - dt.timedelta(days=2), 1, rel)
    weekday = WEEKDAY_RE.search(low)
    if weekday:
        target = WEEKDAYS[weekday["wd"].lower()]
        back = (anchor.weekday() - target) % 7
        if weekday["prefix"] and weekday["prefix"].lower() == "last" and back == 0:
            back = 7
        return ResolvedDate(anchor - dt.timedelta(days=back), 1, rel)
    if re.search(r"\b(last|past|previous) week(end)?\b", low):
        return ResolvedDate(anchor - dt.timedelta(days=7), 2, rel)
    if re.search(r"\b(earlier this week|this week)\b", low):
        return ResolvedDate(anchor - dt.timedelta(days=min(3, anchor.weekday() or 1)), 2, rel)
    if re.search(r"\b(earlier this month|this month)\b", low):
        return ResolvedDate(_mid_month(anchor.year, anchor.month, anchor), 3, rel)
    if re.search(r"\blast month\b", low):
        first = anchor.replace(day=1) - dt.timedelta(days=1)
        return ResolvedDate(dt.date(first.year, first.month, 15), 3, rel)
    if re.search(r"\b(recently|days ago|a few days ago)\b", low):
        return ResolvedDate(anchor - dt.timedelta(days=3), 2, rel)
    return None


def infer_year_anchor(text: str) -> dt.date | None:
    """With no publication date, the latest fully written date in the text is the best anchor we have."""
    latest: dt.date | None = None
    for pattern in ABSOLUTE_PATTERNS[:3]:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower().rstrip(".")]
            date = _safe_date(int(parts["year"]), month, int(parts["day"]))
            if date and (latest is None or date > latest):
                latest = date
    return latest
