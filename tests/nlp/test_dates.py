import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.nlp.dates import ADJACENT_DAY_RE, DateKind, ResolvedDate, infer_year_anchor, resolve_date

ANCHOR = dt.date(2022, 1, 15)  # a Saturday


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("December 30, 2021", dt.date(2021, 12, 30), 1),
        ("30 December 2021", dt.date(2021, 12, 30), 1),
        ("2021-12-30", dt.date(2021, 12, 30), 1),
        ("Dec. 30", dt.date(2021, 12, 30), 1),
        ("January 3", dt.date(2022, 1, 3), 1),
        ("yesterday", dt.date(2022, 1, 14), 1),
        ("last night", dt.date(2022, 1, 14), 1),
        ("today", ANCHOR, 1),
        ("on Tuesday", dt.date(2022, 1, 11), 1),
        ("Saturday", ANCHOR, 1),
        ("last Saturday", dt.date(2022, 1, 8), 1),
        ("last week", dt.date(2022, 1, 8), 2),
        ("earlier this month", dt.date(2022, 1, 8), 3),
        ("three days ago", dt.date(2022, 1, 12), 1),
        ("August last year", dt.date(2021, 8, 15), 3),
        ("in March", dt.date(2021, 3, 15), 3),
    ],
)
def test_resolves_against_publication(expression: str, expected: dt.date, precision: int) -> None:
    resolved = resolve_date(expression, ANCHOR)
    assert resolved is not None
    assert (resolved.date, resolved.precision) == (expected, precision)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("A day earlier", dt.date(2021, 12, 29)),
        ("two days later", dt.date(2022, 1, 1)),
        ("the previous day", dt.date(2021, 12, 29)),
        ("the next day", dt.date(2021, 12, 31)),
        ("the same day", dt.date(2021, 12, 30)),
        ("later that day", dt.date(2021, 12, 30)),
        ("A few hours later", dt.date(2021, 12, 30)),
    ],
)
def test_anaphoric_dates_follow_the_previous_event(expression: str, expected: dt.date) -> None:
    resolved = resolve_date(expression, ANCHOR, previous_event=dt.date(2021, 12, 30))
    assert resolved is not None
    assert resolved.date == expected
    assert resolved.kind == DateKind.ANAPHORIC


@pytest.mark.parametrize(
    "expression",
    [
        "2014",
        "in 2014",
        "recent months",
        "over the years",
        "the past decade",
        "Last year",
        "last winter",
        "in 2019-2020",
        "2011-12",
        "that month",
        "later that year",
        "the same year",
    ],
)
def test_vague_periods_are_marked_vague(expression: str) -> None:
    resolved = resolve_date(expression, ANCHOR)
    assert resolved is not None
    assert resolved.kind == DateKind.VAGUE
    assert resolved.date is None


def test_the_same_day_needs_an_event_before_it() -> None:
    # with no incident told before, "the same day" points at nothing the text dates
    assert resolve_date("the same day", ANCHOR) is None


def test_no_anchor_still_reads_full_dates() -> None:
    resolved = resolve_date("March 8, 2019", None)
    assert resolved is not None and resolved.date == dt.date(2019, 3, 8)
    assert resolve_date("yesterday", None) is None


def test_infer_year_anchor_takes_latest_full_date() -> None:
    text = "On March 2, 2020 and on December 30, 2021 attacks happened; on Jan 3 more."
    assert infer_year_anchor(text) == dt.date(2021, 12, 30)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_weekday_is_never_after_publication_and_within_a_week(anchor: dt.date) -> None:
    for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        resolved = resolve_date(f"on {name}", anchor)
        assert resolved is not None and resolved.date is not None
        assert 0 <= (anchor - resolved.date).days < 7
        assert resolved.date.strftime("%A") == name


@given(st.dates(min_value=dt.date(1990, 1, 2), max_value=dt.date(2035, 12, 31)))
def test_month_day_without_year_is_the_recent_past(day: dt.date) -> None:
    expression = f"{day:%B} {day.day}"
    resolved = resolve_date(expression, day + dt.timedelta(days=1))
    assert resolved is not None
    assert resolved.date == day


def test_the_day_next_to_the_incident_before() -> None:
    before = ADJACENT_DAY_RE.search("The day before, Russian warplanes struck the town.")
    assert before is not None and before["before"]
    previous = ADJACENT_DAY_RE.search("Two soldiers were killed the previous night.")
    assert previous is not None and previous["before"]
    after = ADJACENT_DAY_RE.search("The following day, police arrested three men.")
    assert after is not None and after["after"]
    # a day before something named is that thing's eve, not the day before the incident told
    assert ADJACENT_DAY_RE.search("Rebels attacked the town on the day before the election.") is None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Christmas Eve", dt.date(2021, 12, 24)),
        ("on Christmas Day", dt.date(2021, 12, 25)),
        ("New Year's Day", dt.date(2022, 1, 1)),
        ("New Years Eve", dt.date(2021, 12, 31)),
        ("International Women’s Day", dt.date(2021, 3, 8)),
        ("May Day", dt.date(2021, 5, 1)),
        ("Christmas Eve 2019", dt.date(2019, 12, 24)),
    ],
)
def test_fixed_day_holidays_are_days(expression: str, expected: dt.date) -> None:
    # the latest such day on or before publication, as for "December 30"
    assert resolve_date(expression, ANCHOR) == ResolvedDate(expected, 1, DateKind.ABSOLUTE)


@pytest.mark.parametrize("expression", ["Christmas", "ahead of Christmas", "Christmastide", "Eid al-Fitr"])
def test_seasons_and_moving_holidays_are_no_day(expression: str) -> None:
    resolved = resolve_date(expression, ANCHOR)
    assert resolved is None or resolved.precision > 1
