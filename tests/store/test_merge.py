"""Two reports of one incident from two articles become one event; distinct incidents stay apart."""

from __future__ import annotations

import datetime as dt

from flashpoint.store import EventFilter
from flashpoint.store.sql import SqlStore

from .factories import clean_of, make_article, make_event

IANS = "PESHAWAR, Jan 15 (IANS) Four soldiers were killed when TTP militants attacked a post in Mir Ali."
DAWN = "MIRANSHAH: At least five security personnel were martyred in an attack near Mir Ali on Friday."


def test_two_articles_one_incident_merge(store: SqlStore) -> None:
    ians, dawn = make_article(IANS), make_article(DAWN, source="Dawn; RFE/RL")
    first = store.save_article(ians, clean_of(ians), [make_event(ians, geo_precision=2, confidence=0.6)])
    survivor = first.created[0]
    second_event = make_event(
        dawn,
        event_date=dt.date(2022, 1, 15),  # reported a day apart
        latitude=32.97,
        longitude=70.29,
        geo_precision=1,
        location="Mir Ali",
        fatalities=5,
        confidence=0.65,
    )
    second = store.save_article(dawn, clean_of(dawn), [second_event])
    assert second.created == [] and second.merged == [survivor]

    events = store.query_events(EventFilter()).events
    assert len(events) == 1
    merged = events[0]
    assert merged.event_id == survivor
    assert merged.article_ids == [ians.id, dawn.id]
    assert merged.source == "IANS; Dawn; RFE/RL"
    assert merged.fatalities == 4  # conflicting reports: the lowest
    assert merged.geo_precision == 1 and merged.latitude == 32.97  # the more precise place
    assert merged.event_date == dt.date(2022, 1, 14)  # equal precision: the first report's date stays
    assert 0.65 < merged.confidence < 0.75
    assert {e.article_id for e in merged.evidence} == {ians.id, dawn.id}

    # The absorbed event's own id survives as an alias of the merged event.
    absorbed = second_event.model_copy(deep=True).assign_id().event_id
    detail = store.get_event(absorbed)
    assert detail.event.event_id == survivor
    assert [a.id for a in detail.articles] == [ians.id, dawn.id]
    changes = [(h["event_id"], h["change"]) for h in detail.history]
    assert changes == [(survivor, "created"), (survivor, "updated"), (absorbed, "merged")]
    assert store.stats()["merged"] == 1


def test_merged_event_is_stable_under_reingest(store: SqlStore) -> None:
    ians, dawn = make_article(IANS), make_article(DAWN, source="Dawn")
    store.save_article(ians, clean_of(ians), [make_event(ians)])
    store.save_article(dawn, clean_of(dawn), [make_event(dawn)])
    before = store.query_events(EventFilter(include_merged=True)).events
    assert store.save_article(dawn, clean_of(dawn), [make_event(dawn)]).unchanged
    assert store.query_events(EventFilter(include_merged=True)).events == before


def test_distinct_incidents_stay_apart(store: SqlStore) -> None:
    ians, dawn = make_article(IANS), make_article(DAWN, source="Dawn")
    store.save_article(ians, clean_of(ians), [make_event(ians)])
    far_away = make_event(
        dawn,
        admin1="Balochistan",
        admin2="Kech",
        location="Turbat",
        latitude=26.0031,
        longitude=63.0544,
        actor1="BLA: Baloch Liberation Army",
    )
    later = make_event(dawn, event_date=dt.date(2022, 1, 25))
    result = store.save_article(dawn, clean_of(dawn), [far_away, later])
    assert len(result.created) == 2 and result.merged == []
    assert len(store.query_events(EventFilter()).events) == 3


def test_two_events_of_one_article_never_merge(store: SqlStore) -> None:
    ians = make_article(IANS)
    twin = make_event(ians, location="Miranshah", fatalities=2, notes="A second attack the same day nearby.")
    result = store.save_article(ians, clean_of(ians), [make_event(ians), twin])
    assert len(result.created) == 2 and result.merged == []


def test_one_event_listed_twice_by_an_article_is_stored_once(store: SqlStore) -> None:
    ians = make_article(IANS)
    result = store.save_article(ians, clean_of(ians), [make_event(ians), make_event(ians, fatalities=3)])
    assert len(result.created) == 1 and result.merged == []
    assert store.query_events(EventFilter()).events[0].fatalities == 3


def test_second_report_with_a_named_perpetrator_fills_in_the_actor(store: SqlStore) -> None:
    ians, dawn = make_article(IANS), make_article(DAWN, source="Dawn")
    unclaimed = make_event(ians, actor1="Unidentified Armed Group (Pakistan)", inter1=3, interaction=13)
    event_id = store.save_article(ians, clean_of(ians), [unclaimed]).created[0]
    store.save_article(dawn, clean_of(dawn), [make_event(dawn)])
    event = store.get_event(event_id).event
    assert event.actor1 == "TTP: Tehreek-i-Taliban Pakistan"
    assert (event.inter1, event.interaction) == (2, 12)


def test_changed_article_withdraws_its_report_from_a_shared_event(store: SqlStore) -> None:
    ians, dawn = make_article(IANS, id="ians-1"), make_article(DAWN, id="dawn-1", source="Dawn")
    survivor = store.save_article(ians, clean_of(ians), [make_event(ians)]).created[0]
    assert store.save_article(dawn, clean_of(dawn), [make_event(dawn)]).merged == [survivor]
    rewritten = make_article("Dawn's report was about a different district.", id="dawn-1", source="Dawn")
    store.save_article(rewritten, clean_of(rewritten), [])
    detail = store.get_event(survivor)
    assert detail.event.status == "active"
    assert detail.event.article_ids == ["ians-1"]
    assert {e.article_id for e in detail.event.evidence} == {"ians-1"}
    assert detail.history[-1]["change"] == "updated"
    assert "dawn-1 changed" in detail.history[-1]["detail"]


def test_a_retracted_event_reported_again_comes_back(store: SqlStore) -> None:
    story = make_article(IANS, id="story-9")
    event_id = store.save_article(story, clean_of(story), [make_event(story)]).created[0]
    empty = make_article("The story was withdrawn.", id="story-9")
    store.save_article(empty, clean_of(empty), [])
    assert store.get_event(event_id).event.status == "retracted"
    again = make_article(IANS + " Officials confirmed the toll.", id="story-9")
    result = store.save_article(again, clean_of(again), [make_event(again, fatalities=3)])
    assert result.created == [event_id]
    detail = store.get_event(event_id)
    assert detail.event.status == "active" and detail.event.fatalities == 3
    assert detail.event.article_ids == ["story-9"]
    assert [h["change"] for h in detail.history] == ["created", "retracted", "updated"]
