"""Merging two reports keeps every source and applies ACLED's rules to conflicting values."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from flashpoint.resolve import join_names, lowest_credible, merge_events
from flashpoint.schema import Event, Evidence

OLD = Event(
    event_id="fp-old",
    event_date=dt.date(2022, 1, 14),
    time_precision=2,
    disorder_type="Political violence",
    event_type="Explosions/Remote violence",
    sub_event_type="Remote explosive/landmine/IED",
    actor1="Unidentified Armed Group (Pakistan)",
    inter1=3,
    actor2="Military Forces of Pakistan (2018-2022)",
    inter2=1,
    interaction=13,
    country="Pakistan",
    admin1="Khyber Pakhtunkhwa",
    admin2="North Waziristan",
    location="North Waziristan",
    latitude=32.95,
    longitude=70.0,
    geo_precision=3,
    fatalities=0,
    source="IANS",
    notes="On 14 January 2022, an IED killed soldiers in North Waziristan.",
    confidence=0.6,
    article_ids=["a1"],
    evidence=[Evidence(article_id="a1", start=0, end=10)],
)
NEW = Event(
    event_id="fp-new",
    event_date=dt.date(2022, 1, 15),
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
    latitude=32.9667,
    longitude=70.2833,
    geo_precision=1,
    fatalities=5,
    source="RFE/RL; iANS",
    notes="",
    confidence=0.8,
    article_ids=["a2", "a1"],
    evidence=[Evidence(article_id="a2", start=5, end=50), Evidence(article_id="a1", start=0, end=10)],
)


def test_merge_keeps_every_source_and_the_surviving_id() -> None:
    merged = merge_events(OLD, NEW)
    assert merged.event_id == "fp-old"
    assert merged.article_ids == ["a1", "a2"]
    assert [(e.article_id, e.start) for e in merged.evidence] == [("a1", 0), ("a2", 5)]
    assert merged.source == "IANS; RFE/RL"
    assert merged.notes == OLD.notes


def test_merge_takes_the_more_precise_date_and_place() -> None:
    merged = merge_events(OLD, NEW)
    assert (merged.event_date, merged.time_precision) == (dt.date(2022, 1, 15), 1)
    assert (merged.location, merged.geo_precision, merged.latitude) == ("Mir Ali", 1, 32.9667)
    # ...and keeps the existing ones when the new report is vaguer.
    back = merge_events(NEW, OLD)
    assert (back.event_date, back.location) == (dt.date(2022, 1, 15), "Mir Ali")


def test_merge_rules_for_type_actors_fatalities_confidence() -> None:
    merged = merge_events(OLD, NEW)
    assert merged.sub_event_type == "Armed clash" and merged.event_type == "Battles"  # ACLED precedence
    assert merged.actor1 == "TTP: Tehreek-i-Taliban Pakistan" and merged.interaction == 12
    assert merged.fatalities == 5  # 0 means no count was given
    assert 0.8 < merged.confidence <= 0.85
    reverse = merge_events(NEW, OLD)
    assert reverse.sub_event_type == "Armed clash"  # the lower-precedence type does not replace it
    assert reverse.actor1 == "TTP: Tehreek-i-Taliban Pakistan"  # unidentified never replaces a name


def test_conflicting_counts_take_the_lowest() -> None:
    assert merge_events(OLD.model_copy(update={"fatalities": 7}), NEW).fatalities == 5
    assert lowest_credible(0, 0) == 0 and lowest_credible(3, 0) == 3 and lowest_credible(9, 4) == 4


def test_join_names() -> None:
    assert join_names("IANS", "RFE/RL", "Dawn; ians") == "IANS; RFE/RL; Dawn"
    assert join_names(None, " ") is None


@given(st.lists(st.text(alphabet="abcXYZ /-", min_size=1, max_size=8), max_size=6))
def test_join_names_is_idempotent(names: list[str]) -> None:
    once = join_names(*names)
    assert join_names(once, once) == once
    assert join_names(once, *names) == once
