"""User-given filter values become an EventFilter, or a one-line InputError."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.errors import InputError
from flashpoint.export.filters import build_filter


def test_values_are_normalised() -> None:
    filters = build_filter(
        country="PK", since="2022-01-01", until="2022-01-31", type="armed CLASH", bbox="60,23,78,37.5"
    )
    assert filters.country == "Pakistan"
    assert (filters.since, filters.until) == (dt.date(2022, 1, 1), dt.date(2022, 1, 31))
    assert filters.type == "Armed clash"
    assert filters.bbox == (60.0, 23.0, 78.0, 37.5)
    assert build_filter(country="Pakistan").country == "Pakistan"
    assert build_filter(type="battles").type == "Battles"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"since": "15/01/2022"},
        {"until": "yesterday"},
        {"since": "2022-02-01", "until": "2022-01-01"},
        {"bbox": "1,2,3"},
        {"bbox": "a,b,c,d"},
        {"bbox": "0,10,10,5"},
        {"bbox": "0,-100,10,5"},
        {"type": "terrorism"},
        {"country": "ZZ"},
        {"min_confidence": 1.5},
    ],
)
def test_bad_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(InputError):
        build_filter(**kwargs)  # type: ignore[arg-type]
