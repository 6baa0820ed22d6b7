"""Filters, keyset cursor pagination and streaming over a real store; non-ASCII names round-trip."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.store import EventFilter
from flashpoint.store.sql import SqlStore

from .factories import clean_of, make_article, make_event

PLACES = [
    # (admin1, admin2, location, lat, lon, sub_event_type, actor1)
    (
        "Khyber Pakhtunkhwa",
        "North Waziristan",
        "Mir Ali",
        32.9667,
        70.2833,
        "Armed clash",
        "TTP: Tehreek-i-Taliban Pakistan",
    ),
    (
        "Khyber Pakhtunkhwa",
        "Peshawar",
        "Peshawar",
        34.008,
        71.5785,
        "Suicide bomb",
        "IS-K: Islamic State Khorasan",
    ),
    (
        "Balochistan",
        "Kech",
        "Turbat",
        26.0031,
        63.0544,
        "Remote explosive/landmine/IED",
        "BLA: Baloch Liberation Army",
    ),
    ("Punjab", "Lahore", "Lahore", 31.5497, 74.3436, "Peaceful protest", "Protesters (Pakistan)"),
]


@pytest.fixture
def filled(store: SqlStore) -> SqlStore:
    """20 events on 10 days (two per day), distinct places so none merge."""
    for n in range(20):
        admin1, admin2, location, lat, lon, sub, actor1 = PLACES[n % len(PLACES)]
        article = make_article(f"Report number {n} from {location}.", source=f"Paper {n % 3}")
        event = make_event(
            article,
            event_date=dt.date(2022, 1, 1) + dt.timedelta(days=n // 2),
            admin1=admin1,
            admin2=f"{admin2} {n}",
            location=f"{location} {n}",
            latitude=lat + n * 0.5,
            longitude=lon,
            sub_event_type=sub,
            event_type={"Armed clash": "Battles", "Peaceful protest": "Protests"}.get(
                sub, "Explosions/Remote violence"
            ),
            actor1=actor1,
            confidence=0.5 + n / 50,
            notes=f"Incident {n} in {location}.",
        )
        store.save_article(article, clean_of(article), [event])
    return store


def ids(store: SqlStore, **filters: object) -> list[str]:
    return [e.location or "" for e in store.iter_events(EventFilter(**filters))]


def test_cursor_pages_cover_everything_once_in_order(filled: SqlStore) -> None:
    pages, cursor = [], None
    while True:
        page = filled.query_events(EventFilter(), limit=7, cursor=cursor)
        pages.append(page.events)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert [len(p) for p in pages] == [7, 7, 6]
    events = [e for p in pages for e in p]
    keys = [(e.event_date, e.event_id) for e in events]
    assert len(set(keys)) == 20
    assert keys == sorted(keys, key=lambda k: (-k[0].toordinal(), k[1]))
    assert [e.event_id for e in filled.iter_events(EventFilter())] == [e.event_id for e in events]


def test_exact_page_boundary_has_no_dangling_cursor(filled: SqlStore) -> None:
    page = filled.query_events(EventFilter(), limit=20)
    assert len(page.events) == 20 and page.next_cursor is None


def test_filters(filled: SqlStore) -> None:
    assert len(ids(filled)) == 20
    assert len(ids(filled, country="pakistan")) == 20
    assert ids(filled, country="Afghanistan") == []
    assert len(ids(filled, admin1="balochistan")) == 5
    assert len(ids(filled, since=dt.date(2022, 1, 9))) == 4
    assert len(ids(filled, until=dt.date(2022, 1, 2))) == 4
    assert len(ids(filled, since=dt.date(2022, 1, 3), until=dt.date(2022, 1, 3))) == 2
    assert len(ids(filled, type="Battles")) == 5
    assert len(ids(filled, type="Suicide bomb")) == 5
    assert len(ids(filled, actor="baloch liberation")) == 5
    assert len(ids(filled, q="turbat")) == 5
    assert len(ids(filled, q="incident 13")) == 1
    assert len(ids(filled, min_confidence=0.8)) == 5
    # Turbat events sit at 27..35 N (n = 2, 6, 10, ...), 63.05 E; the box takes those south of 30 N.
    assert sorted(ids(filled, bbox=(62.0, 25.0, 64.0, 30.0))) == ["Turbat 2", "Turbat 6"]


def test_bbox_across_the_antimeridian(store: SqlStore) -> None:
    fiji = make_article("Report from Fiji.")
    event = make_event(fiji, country="Fiji", latitude=-17.8, longitude=178.0, admin2="Ba", location="Ba")
    store.save_article(fiji, clean_of(fiji), [event])
    assert len(list(store.iter_events(EventFilter(bbox=(170.0, -20.0, -170.0, -10.0))))) == 1
    assert list(store.iter_events(EventFilter(bbox=(-170.0, -20.0, 170.0, -10.0)))) == []


def test_non_ascii_names_round_trip_and_match(store: SqlStore) -> None:
    article = make_article("خبر: حمله در خوست. An attack in Khōst killed two.", source="Pajhwok")
    event = make_event(
        article,
        country="Afghanistan",
        admin1="Khōst",
        admin2="Tanī",
        location="Khōst",
        actor1="Tehrik-e-Taliban Pākistān",
        actor2="Civilians (Afghanistan)",
        notes="On 14 January 2022, militants killed 2 civilians in Khōst — «Tanī» district.",
    )
    store.save_article(article, clean_of(article), [event])
    found = list(store.iter_events(EventFilter(q="KHŌST")))
    assert len(found) == 1
    assert found[0].actor1 == "Tehrik-e-Taliban Pākistān" and found[0].admin2 == "Tanī"
    assert found[0].evidence[0].text.startswith("خبر")
    assert len(list(store.iter_events(EventFilter(admin1="khōst")))) == 1
    assert len(list(store.iter_events(EventFilter(actor="pākistān")))) == 1
    assert store.get_event(found[0].event_id).articles[0].text.startswith("خبر")


def test_like_wildcards_in_search_are_literal(filled: SqlStore) -> None:
    assert ids(filled, q="%") == []
    assert ids(filled, actor="_") == []


def test_event_without_date_sorts_last(store: SqlStore) -> None:
    a, b = make_article("Dated."), make_article("Undated.")
    store.save_article(a, clean_of(a), [make_event(a)])
    store.save_article(b, clean_of(b), [make_event(b, event_date=None, location="Somewhere", admin2="X")])
    first = store.query_events(EventFilter(), limit=1)
    assert first.events[0].event_date is not None
    second = store.query_events(EventFilter(), limit=1, cursor=first.next_cursor)
    assert second.events[0].event_date is None and second.next_cursor is None
