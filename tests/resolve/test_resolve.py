"""The resolver decides on pure Event records: same incident or not."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.resolve import ResolveOptions, resolve, score_pair
from flashpoint.schema import Event

BASE = Event(
    event_id="fp-existing",
    event_date=dt.date(2022, 1, 14),
    event_type="Battles",
    sub_event_type="Armed clash",
    actor1="TTP: Tehreek-i-Taliban Pakistan",
    inter1=2,
    actor2="Military Forces of Pakistan (2018-2022)",
    inter2=1,
    country="Pakistan",
    admin1="Khyber Pakhtunkhwa",
    admin2="North Waziristan",
    location="Mir Ali",
    latitude=32.9667,
    longitude=70.2833,
    geo_precision=1,
    fatalities=4,
    article_ids=["a1"],
)


def report(**changes: object) -> Event:
    return BASE.model_copy(update={"event_id": "fp-new", "article_ids": ["a2"], **changes})


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"event_date": dt.date(2022, 1, 15)},  # a day later in another paper
        {"location": "Miranshah", "latitude": 33.0, "longitude": 70.07},  # ~20 km away
        {"actor1": "Tehrik-e-Taliban Pakistan"},  # folded differently, different name order
        {"actor1": "TTP", "actor2": "Military Forces of Pakistan"},  # abbreviation, no regime years
        {"actor1": "Unidentified Armed Group (Pakistan)", "inter1": 3},  # unclaimed in this report
        {"sub_event_type": "Suicide bomb", "event_type": "Explosions/Remote violence"},
        {"fatalities": 6},
        {"fatalities": 0},  # no count in this report
        {"fatalities": 80},  # an inflated claim: same place, day and actors still make it one incident
        {"event_date": dt.date(2022, 1, 10), "time_precision": 2},  # only the week known
        {"admin2": "north waziristan", "location": None, "latitude": None, "longitude": None},
    ],
)
def test_same_incident(changes: dict[str, object]) -> None:
    decision = resolve(report(**changes), [BASE])
    assert decision.merge and decision.target_id == "fp-existing", score_pair(
        report(**changes), BASE, ResolveOptions()
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"event_date": dt.date(2022, 1, 17)},  # three days apart, both exact
        {"event_date": None},
        {"country": "Afghanistan"},
        {"admin2": "Kech", "location": "Turbat", "latitude": 26.0031, "longitude": 63.0544},
        {"latitude": 33.5, "longitude": 70.2833, "location": "Somewhere", "admin2": "Kurram"},  # 60 km
        {"event_type": "Protests", "sub_event_type": "Peaceful protest"},
        {"event_type": "Strategic developments", "sub_event_type": "Arrests"},
        {"actor1": "BLA: Baloch Liberation Army", "actor2": "Police Forces of Pakistan (2018-2022)"},
    ],
)
def test_different_incident(changes: dict[str, object]) -> None:
    assert not resolve(report(**changes), [BASE]).merge


def test_unclaimed_attack_on_police_a_day_apart_is_not_the_ttp_army_clash() -> None:
    other = report(
        event_date=dt.date(2022, 1, 13),
        actor1="Unidentified Armed Group (Pakistan)",
        inter1=3,
        actor2="Police Forces of Pakistan (2018-2022)",
        fatalities=1,
    )
    assert not resolve(other, [BASE]).merge


def test_no_candidates() -> None:
    decision = resolve(report(), [])
    assert decision.target_id is None and not decision.merge


def test_best_candidate_wins_and_ties_are_deterministic() -> None:
    near = BASE.model_copy(update={"event_id": "fp-near"})
    weaker = BASE.model_copy(update={"event_id": "fp-weaker", "event_date": dt.date(2022, 1, 13)})
    assert resolve(report(), [weaker, near]).target_id == "fp-near"
    twin = BASE.model_copy(update={"event_id": "fp-twin"})
    assert resolve(report(), [near, twin]).target_id == "fp-near"
    assert resolve(report(), [twin, near]).target_id == "fp-twin"


def test_threshold_is_an_option() -> None:
    candidate = report(event_date=dt.date(2022, 1, 15), location=None, latitude=None, longitude=None)
    assert resolve(candidate, [BASE]).merge
    assert not resolve(candidate, [BASE], options=ResolveOptions(threshold=0.99)).merge


def test_max_km_is_an_option() -> None:
    candidate = report(location="Miranshah", admin2=None, latitude=33.0, longitude=70.07)
    assert resolve(candidate, [BASE]).merge
    assert not resolve(candidate, [BASE], options=ResolveOptions(max_km=5)).merge
