from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.text import TextResources, full_dates, infer_year, parse_dateline
from flashpoint.text.dates import leading_day_stamp, leading_full_date


@pytest.mark.parametrize(
    ("text", "place", "country", "publisher", "month_day_year", "body"),
    [
        ("New Delhi, Jan 15 (IANS) When the", "New Delhi", None, "IANS", (1, 15, None), "When the"),
        (
            "PESHAWAR, Pakistan (AP) — Gunmen killed",
            "Peshawar",
            "Pakistan",
            "AP",
            (None, None, None),
            "Gunmen",
        ),
        ("KABUL, Jan 3 (Reuters) - A bomb", "Kabul", None, "Reuters", (1, 3, None), "A bomb"),
        ("ISLAMABAD: The government said", "Islamabad", None, None, (None, None, None), "The government"),
        (
            "MOGADISHU, Somalia, March 3, 2023 (AFP) -- Militants",
            "Mogadishu",
            "Somalia",
            "AFP",
            (3, 3, 2023),
            "Mil",
        ),
        ("Jan 15 (IANS) The Taliban", None, None, "IANS", (1, 15, None), "The Taliban"),
        ("Srinagar, 15 January 2022 (PTI) Police said", "Srinagar", None, "PTI", (1, 15, 2022), "Police"),
        (
            "WASHINGTON (Associated Press) — Officials",
            "Washington",
            None,
            "AP",
            (None, None, None),
            "Officials",
        ),
        ("DERA ISMAIL KHAN, Jan 2: Two policemen", "Dera Ismail Khan", None, None, (1, 2, None), "Two"),
        # mixed case, no agency: the day and month make it a dateline
        ("Srinagar, 9 May 2024 - Two militants", "Srinagar", None, None, (5, 9, 2024), "Two"),
        ("Kabul, Afghanistan, March 5, 2023 — A bomb", "Kabul", "Afghanistan", None, (3, 5, 2023), "A bomb"),
        # the Portuguese agency that wires most news from Mozambique
        ("MAPUTO, Sept 19 (Lusa) - Insurgents", "Maputo", None, "Lusa", (9, 19, None), "Insurgents"),
        # a country's name with its particles ("of", "the")
        (
            "GOMA, Democratic Republic of Congo, Oct 24 (Reuters) - M23 rebels",
            "Goma",
            "Democratic Republic of Congo",
            "Reuters",
            (10, 24, None),
            "M23",
        ),
    ],
)
def test_datelines(
    resources: TextResources,
    text: str,
    place: str | None,
    country: str | None,
    publisher: str | None,
    month_day_year: tuple[int | None, int | None, int | None],
    body: str,
) -> None:
    line = parse_dateline(text, resources.publishers)
    assert line is not None
    assert (line.place, line.country, line.publisher) == (place, country, publisher)
    assert (line.month, line.day, line.year) == month_day_year
    assert text[line.end :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban said (AP) that it would talk.",
        "Militants (TTP) attacked a post.",
        "BREAKING: Blast in city centre",
        "US: troops to leave",
        "Police said on Monday that three people died.",
        "Feb 11, 2024: Two soldiers were killed",  # a timeline's entry, dated by its incident
        "Kolkata, 16 August 2024: Thousands marched",
        "On Monday, 9 May - the army said",
        "Gunmen killed 3 people - police said",
        "",
    ],
)
def test_not_datelines(resources: TextResources, text: str) -> None:
    assert parse_dateline(text, resources.publishers) is None


def test_full_dates() -> None:
    text = "On December 30, 2021 and 3 Jan. 2022, then 2022-02-01, not February 30, 2022 nor March 2022."
    assert full_dates(text) == [dt.date(2021, 12, 30), dt.date(2022, 1, 3), dt.date(2022, 2, 1)]


def test_leading_full_date() -> None:
    assert leading_full_date("Feb 11, 2024: Two soldiers") == ("Feb 11, 2024", dt.date(2024, 2, 11))
    assert leading_full_date("On 3 May 2023, police") == ("3 May 2023", dt.date(2023, 5, 3))
    assert leading_full_date("Police said on 3 May 2023") is None
    assert leading_full_date("February 30, 2024: nothing") is None


def test_leading_day_stamp_takes_the_year_of_the_publication() -> None:
    # a round-up's entry stamp: the latest such day on or before the publication date
    published = dt.date(2024, 1, 10)
    assert leading_day_stamp("Wednesday, 8 November: A bomb", published) == (
        "Wednesday, 8 November",
        dt.date(2023, 11, 8),
    )
    assert leading_day_stamp("January 6 - Gunmen", published) == ("January 6", dt.date(2024, 1, 6))
    assert leading_day_stamp("Jan. 9th: Troops", published) == ("Jan. 9th", dt.date(2024, 1, 9))
    # no colon or spaced dash: a date the sentence tells in passing; no publication date: no year
    assert leading_day_stamp("January 6 was quiet", published) is None
    assert leading_day_stamp("January 6 - Gunmen", None) is None


def test_seed_year_inference() -> None:
    assert infer_year(1, 15, dt.date(2021, 12, 30)) == dt.date(2022, 1, 15)


def test_inference_edges() -> None:
    assert infer_year(1, 15, dt.date(2020, 1, 16)) == dt.date(2021, 1, 15)  # the next 15 January
    assert infer_year(12, 30, dt.date(2021, 12, 30)) == dt.date(2021, 12, 30)  # same day counts
    assert infer_year(2, 29, dt.date(2023, 3, 1)) == dt.date(2024, 2, 29)
    assert infer_year(2, 29, dt.date(2022, 3, 1)) is None  # no 29 February within a year
    assert infer_year(4, 31, dt.date(2022, 3, 1)) is None  # no such day


@given(
    anchor=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    gap=st.integers(min_value=0, max_value=364),
)
def test_inferred_date_is_first_on_or_after_anchor(anchor: dt.date, gap: int) -> None:
    """A dateline printed `gap` days after the latest full date gets back exactly that date."""
    published = anchor + dt.timedelta(days=gap)
    assert infer_year(published.month, published.day, anchor) == published


@given(
    anchor=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=31),
)
def test_inferred_date_never_before_anchor_nor_far_after(anchor: dt.date, month: int, day: int) -> None:
    result = infer_year(month, day, anchor)
    if result is not None:
        assert (result.month, result.day) == (month, day)
        assert anchor <= result <= anchor + dt.timedelta(days=366)


@given(
    published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2080, 12, 31)),
    gap=st.integers(min_value=0, max_value=300),
    style=st.sampled_from(["%B %d, %Y", "%d %B %Y", "%b %d, %Y"]),
)
def test_clean_infers_year_from_body(
    resources: TextResources, published: dt.date, gap: int, style: str
) -> None:
    from flashpoint.schema import Article
    from flashpoint.text import clean

    event = published - dt.timedelta(days=gap)
    text = (
        f"Kabul, {published:%b} {published.day} (Reuters) - Officials said the attack on "
        f"{event.strftime(style)} had killed two guards.\n\nNo group claimed it."
    )
    result = clean(Article(text=text).ensure_id(), resources=resources)
    assert result.published == published
    assert result.published_inferred is True
