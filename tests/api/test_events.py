"""GET /api/events, /api/events/{id}, /api/stats, /api/changes, /healthz, /openapi.json."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.api.samples import SAMPLES


def all_ids(client, **params) -> list[str]:
    return [e["event_id"] for e in client.get("/api/events", params=params).json()["events"]]


def test_healthz_and_openapi(client):
    assert client.get("/healthz").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles",
        "/api/stats",
        "/api/export",
        "/api/changes",
        "/healthz",
    ):
        assert path in spec["paths"], path
    # no pages that load scripts from a CDN
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_events_newest_first_with_all_fields(client):
    body = client.get("/api/events").json()
    dates = [e["event_date"] for e in body["events"]]
    assert len(dates) == sum(len(s.events) for s in SAMPLES)
    assert dates == sorted(dates, reverse=True)
    assert body["next_cursor"] is None
    first = body["events"][0]
    for name in (
        "event_id",
        "sub_event_type",
        "actor1",
        "inter1",
        "admin1",
        "latitude",
        "fatalities",
        "confidence",
        "evidence",
        "article_ids",
        "status",
    ):
        assert name in first


@pytest.mark.parametrize(
    ("params", "expected_locations"),
    [
        ({"country": "Nigeria"}, {"Kaura Namoda", "Gusau"}),
        ({"country": "pakistan", "admin1": "Balochistan"}, {"Quetta"}),
        ({"since": "2022-02-01", "until": "2022-02-28"}, {"Peshawar", "Quetta", "Gusau"}),
        ({"type": "Battles"}, {"Mir Ali", "Imām Şāḩib"}),
        ({"type": "Arrests"}, {"Gusau"}),
        ({"actor": "TTP"}, {"Mir Ali"}),
        ({"bbox": "66,29,72,35"}, {"Mir Ali", "Peshawar", "Quetta"}),
        ({"q": "villagers"}, {"Kaura Namoda"}),
        ({"min_confidence": "0.8"}, {"Mir Ali", "Kaura Namoda"}),
        ({"country": "Nigeria", "type": "Attack"}, {"Kaura Namoda"}),
        ({"country": "NG"}, {"Kaura Namoda", "Gusau"}),  # ISO codes, as on the command line
        ({"country": "PAK", "type": "battles"}, {"Mir Ali"}),  # type names in any case
    ],
)
def test_event_filters(client, params, expected_locations):
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    assert {e["location"] for e in response.json()["events"]} == expected_locations


def test_cursor_pagination_visits_every_event_once(client):
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        assert len(body["events"]) <= 2
        seen += [e["event_id"] for e in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert pages == 3
    assert len(seen) == len(set(seen)) == 6
    assert seen == all_ids(client)


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("since=yesterday", "since"),
        ("min_confidence=2", "min_confidence"),
        ("bbox=1,2,3", "bbox"),
        ("bbox=a,b,c,d", "bbox"),
        ("bbox=0,50,10,40", "bbox"),
        ("since=2022-03-01&until=2022-01-01", "since"),
        ("type=Nonsense", "unknown event type"),
        ("country=XX", "unknown country code"),
    ],
)
def test_bad_filters_are_422_json(client, query, fragment):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation"
    assert fragment in error["message"]


def test_bad_cursor_is_a_4xx_json_error(client):
    response = client.get("/api/events", params={"cursor": "not-a-cursor"})
    assert 400 <= response.status_code < 500
    assert response.json()["error"]["message"]


def test_event_detail_has_articles_text_evidence_and_history(client, seeded):
    event_id = seeded["art-zamfara"][0]
    body = client.get(f"/api/events/{event_id}").json()
    event = body["event"]
    assert event["event_id"] == event_id
    article = body["articles"][0]
    assert article["id"] == "art-zamfara"
    assert article["title"] == "Gunmen abduct villagers in Zamfara"
    span = event["evidence"][0]
    assert (
        article["text"][span["start"] : span["end"]]
        == "The attackers shot dead seven villagers and abducted dozens."
    )
    assert [h["change"] for h in body["history"]][:1] == ["created"]


def test_unknown_event_is_404_json(client):
    response = client.get("/api/events/fp-does-not-exist")
    assert response.status_code == 404
    assert response.json() == {"error": {"code": "not_found", "message": "no event 'fp-does-not-exist'"}}


def test_unknown_route_is_404_json(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_stats(client):
    stats = client.get("/api/stats").json()
    assert stats["events"] == 6
    assert stats["by_country"] == {"Pakistan": 3, "Nigeria": 2, "Afghanistan": 1}
    assert stats["fatalities"] == 4 + 2 + 0 + 7 + 0 + 12
    assert stats["date_range"] == {"first": "2022-01-14", "last": "2022-03-09"}


def test_changes_since(client, seeded):
    long_ago = client.get("/api/changes", params={"since": "2000-01-01T00:00:00Z"}).json()
    created = {c["event_id"] for c in long_ago["changes"] if c["change"] == "created"}
    assert created == {i for ids in seeded.values() for i in ids}
    # a mirror passes `until` back as `since` and then sees nothing new
    again = client.get("/api/changes", params={"since": long_ago["until"]}).json()
    assert again["changes"] == []
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).isoformat()
    assert client.get("/api/changes", params={"since": future}).status_code == 422
    assert client.get("/api/changes").status_code == 422
    assert (
        client.get("/api/changes", params={"since": "last tuesday"}).json()["error"]["code"] == "validation"
    )


def test_security_headers_and_dashboard(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "text/html" in response.headers["content-type"]
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "tile.openstreetmap.org" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "Natural Earth" in response.text and "GeoNames" in response.text
    for asset in (
        "/static/js/main.js",
        "/static/style.css",
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/basemap/countries-50m.json",
    ):
        assert client.get(asset).status_code == 200, asset
    assert client.get("/api/config").json()["online_tiles"] is False
