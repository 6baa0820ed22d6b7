"""Wire-style datelines at the start of a story: "New Delhi, Jan 15 (IANS)", "PESHAWAR, Pakistan (AP) —"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flashpoint.text.dates import MONTH_RE, month_number
from flashpoint.text.publishers import Publishers

_DASH = r"[-–—]{1,2}|:"
# capitalised words, joined by the particles of country names ("Democratic Republic of the Congo")
_PLACE = r"[A-Z][A-Za-z.'’-]+(?:[ -](?:(?:of|the|and) ){0,2}[A-Z][A-Za-z.'’-]+){0,4}"
_DATE = (
    rf"(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_RE})(?:,?\s+(?P<year2>(?:19|20)\d\d))?"
)
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z/&.' -]{0,40})\)"

_COUNTRY = rf"(?!{MONTH_RE}\s+\d){_PLACE}"

# PLACE[, COUNTRY][, DATE] (AGENCY) [dash]   or   DATE (AGENCY) [dash]
_WITH_AGENCY = re.compile(
    rf"^(?:(?P<place>{_PLACE})(?:,\s*(?P<country>{_COUNTRY}))?(?:,\s*|\s+(?=\()))?(?:{_DATE})?"
    rf",?\s*{_AGENCY}\s*(?:{_DASH})?\s*"
)
# PLACE[, COUNTRY][, DATE]: or an upper-case PLACE[, Country] followed by a dash (no agency)
_WITHOUT_AGENCY = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’-]{{2,}}(?:[ -][A-Z][A-Z.'’-]+){{0,3}})(?:,\s*(?P<country>{_COUNTRY}))?"
    rf"(?:,\s*(?:{_DATE}))?\s*(?:[-–—]{{1,2}}|:)\s+"
)
# Place[, Country], DATE followed by a dash, as wires print it in mixed case ("Srinagar, 9 May 2024 - "):
# the day and month make it a dateline, not a sentence. A date before a colon is not one: "Feb 11, 2024: Two
# soldiers were killed" and "Kolkata, 16 August 2024: Thousands marched" are a timeline's or a diary's
# entries, dated by their incident, not by a report.
_DATED = re.compile(
    rf"^(?P<place>(?!On\b){_PLACE})(?:,\s*(?P<country>{_COUNTRY}))?,\s*(?:{_DATE})\s*[-–—]{{1,2}}\s+"
)


# upper-case labels that open a story like a dateline but are not places
_NOT_PLACES = frozenset(
    {
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "WATCH",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "PHOTOS",
        "VIDEO",
        "LIVE",
        "READ",
        "NOTE",
        "CORRECTION",
        "ALERT",
        "FLASH",
        "URGENT",
        "COMMENT",
        "FACT CHECK",
    }
)


@dataclass(frozen=True)
class Dateline:
    place: str | None
    country: str | None
    publisher: str | None
    month: int | None
    day: int | None
    year: int | None
    end: int  # offset just after the dateline (and its dash), where the story body starts


def _tidy_place(place: str | None) -> str | None:
    if not place:
        return None
    place = place.strip(" ,")
    if place.isupper():
        place = place.title()
    return place


def _publisher(agency: str | None, publishers: Publishers) -> str | None:
    if not agency:
        return None
    agency = agency.strip()
    known = publishers.canonical(agency)
    if known:
        return known
    # an unknown short agency name in brackets, e.g. "(KNN)": keep it as printed
    if re.fullmatch(r"[A-Z][A-Za-z/&.-]{1,11}", agency) and any(ch.isupper() for ch in agency[1:]):
        return agency
    return None


def parse_dateline(text: str, publishers: Publishers) -> Dateline | None:
    """Parse a dateline at the very start of `text`; None when the text does not start with one."""
    head = text[:200]
    match = _WITH_AGENCY.match(head)
    publisher = None
    if match:
        publisher = _publisher(match["agency"], publishers)
        known = publisher is not None and publishers.canonical(match["agency"]) is not None
        dated = bool(match["month"] or match["month2"])
        upper_place = bool(match["place"]) and match["place"].isupper()
        if publisher is None or not (known or dated or upper_place):
            match = None
    if match is None:
        match = _WITHOUT_AGENCY.match(head)
        if match is not None and match["place"].strip(" ,") in _NOT_PLACES:
            return None
    if match is None:
        match = _DATED.match(head)
        if match is None:
            return None
    month_name = match["month"] or match["month2"]
    day = match["day"] or match["day2"]
    year = match["year"] or match["year2"]
    place = _tidy_place(match["place"])
    if place is None and month_name is None and publisher is None:
        return None
    return Dateline(
        place=place,
        country=_tidy_place(match["country"]),
        publisher=publisher,
        month=month_number(month_name) if month_name else None,
        day=int(day) if day else None,
        year=int(year) if year else None,
        end=match.end(),
    )
