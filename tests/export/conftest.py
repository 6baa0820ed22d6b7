"""Events with awkward values (non-ASCII, missing coordinates, commas and quotes) for the writers."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.schema import Event, Evidence


def sample_events() -> list[Event]:
    return [
        Event(
            event_id="fp0000000000001",
            event_date=dt.date(2022, 1, 14),
            time_precision=1,
            disorder_type="Political violence",
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1="TTP: Tehreek-i-Taliban Pakistan",
            inter1=2,
            actor2="Military Forces of Pakistan (2018-2022)",
            inter2=1,
            interaction=12,
            country="Pakistan",
            admin1="Khyber Pakhtunkhwa",
            admin2="North Waziristan",
            location="Mir Ali",
            latitude=32.966712,
            longitude=70.283349,
            geo_precision=1,
            fatalities=4,
            source="IANS; RFE/RL",
            source_scale="National-International",
            notes='On 14 January 2022, TTP militants killed 4 soldiers in Mir Ali, "a raid" (N. Waziristan).',
            confidence=0.82,
            article_ids=["a1", "a2"],
            evidence=[
                Evidence(article_id="a1", start=10, end=60, text="killed four soldiers", field="event")
            ],
            created_at=dt.datetime(2022, 1, 15, 8, 0, tzinfo=dt.UTC),
            updated_at=dt.datetime(2022, 1, 16, 9, 30, tzinfo=dt.UTC),
        ),
        Event(
            event_id="fp0000000000002",
            event_date=dt.date(2022, 1, 12),
            time_precision=2,
            disorder_type="Political violence",
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1="Unidentified Armed Group (Afghanistan)",
            inter1=3,
            actor2="Civilians (Afghanistan)",
            inter2=7,
            interaction=37,
            civilian_targeting="Civilians targeted",
            country="Afghanistan",
            admin1="Khōst",
            admin2="Tanī",
            location="Tanī",
            latitude=None,
            longitude=None,
            geo_precision=3,
            fatalities=2,
            source="Pajhwok",
            notes="خبر — gunmen killed 2 villagers in Tanī.",
            confidence=0.55,
            article_ids=["a3"],
        ),
    ]


@pytest.fixture
def events() -> list[Event]:
    return sample_events()
