"""POST /api/articles: token, validation, size limit, storing and merging, URL fetching policy."""

from __future__ import annotations

import pytest

ARTICLE = {
    "text": "BANNU: Police said 3 policemen were killed in Bannu on Sunday when militants attacked a post. "
    "The area was sealed.",
    "title": "Police post attacked in Bannu",
    "published": "2022-03-20",
    "source": "Dawn",
}


def test_write_needs_a_bearer_token(client, pipeline):
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert response.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    basic = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert basic.status_code == 401
    assert pipeline.calls == 0


def test_no_configured_token_means_no_writes(settings, store):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    app = create_app(settings.model_copy(update={"api_token": None}), store=store)
    with TestClient(app) as client:
        response = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer "})
    assert response.status_code == 401
    assert "no API token" in response.json()["error"]["message"]


def test_post_article_creates_events_then_changes_nothing(client, auth, pipeline):
    response = client.post("/api/articles", json=ARTICLE, headers=auth)
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["created"]) == 1 and body["merged"] == []
    event = body["events"][0]
    assert event["event_id"] == body["created"][0]
    assert (event["location"], event["fatalities"], event["event_date"]) == ("Bannu", 3, "2022-03-20")
    assert event["article_ids"] == [body["article_id"]]

    listed = client.get("/api/events", params={"q": "Bannu"}).json()["events"]
    assert [e["event_id"] for e in listed] == body["created"]
    detail = client.get(f"/api/events/{event['event_id']}").json()
    assert detail["articles"][0]["title"] == "Police post attacked in Bannu"
    span = detail["event"]["evidence"][0]
    evidence = detail["articles"][0]["text"][span["start"] : span["end"]]
    assert evidence.startswith("Police said 3 policemen were killed in Bannu")  # not the dateline

    again = client.post("/api/articles", json=ARTICLE, headers=auth).json()
    assert again["article_id"] == body["article_id"]
    assert again["created"] == []
    assert client.get("/api/stats").json()["events"] == 7


def test_article_id_is_kept(client, auth):
    body = client.post("/api/articles", json={**ARTICLE, "id": "my-article-1"}, headers=auth).json()
    assert body["article_id"] == "my-article-1"


def test_article_without_events(client, auth):
    body = client.post(
        "/api/articles", json={"text": "Nothing happened in Bannu today."}, headers=auth
    ).json()
    assert body["events"] == [] and body["created"] == []


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": "only a title"},
        {"text": "   "},
        {"text": "a", "url": "https://example.org/a"},
        {"url": "file:///etc/passwd"},
        {"text": "a", "published": "15 January"},
        {"text": "a", "surprise": 1},
        ["not", "an", "object"],
    ],
)
def test_invalid_bodies_are_422_json(client, auth, payload, pipeline):
    response = client.post("/api/articles", json=payload, headers=auth)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation"
    assert pipeline.calls == 0


def test_malformed_json_is_422(client, auth):
    response = client.post(
        "/api/articles", content=b"{not json", headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation"
    assert "not valid JSON" in response.json()["error"]["message"]


def test_oversize_body_is_413_json(client, auth, settings, pipeline):
    big = {"text": "x" * (settings.max_article_bytes + 1)}
    response = client.post("/api/articles", json=big, headers=auth)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
    assert pipeline.calls == 0


def test_oversize_streamed_body_without_length_is_413(client, auth, settings):
    def chunks():
        yield b'{"text": "'
        for _ in range(settings.max_article_bytes // 1000 + 1):
            yield b"y" * 1000
        yield b'"}'

    response = client.post(
        "/api/articles", content=chunks(), headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_pipeline_failure_is_recorded_and_reported(settings, store, auth):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    class Broken:
        def process(self, article):
            raise RuntimeError("model exploded")

    with TestClient(create_app(settings, store=store, pipeline_factory=Broken)) as client:
        response = client.post("/api/articles", json=ARTICLE, headers=auth)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "processing_failed"
    assert store.stats()["articles"]["failed"] == 1


def test_url_on_loopback_is_refused(client, auth, httpserver, pipeline):
    httpserver.expect_request("/story").respond_with_data(ARTICLE["text"], content_type="text/plain")
    response = client.post("/api/articles", json={"url": httpserver.url_for("/story")}, headers=auth)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden_target"
    assert pipeline.calls == 0
    assert len(httpserver.log) == 0


def test_url_fetch_when_settings_allow_private(settings, store, auth, httpserver, pipeline):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    httpserver.expect_request("/story").respond_with_data(ARTICLE["text"], content_type="text/plain")
    allowed = settings.model_copy(update={"api_fetch_allow_private": True})
    with TestClient(create_app(allowed, store=store, pipeline_factory=lambda: pipeline)) as client:
        response = client.post(
            "/api/articles",
            json={"url": httpserver.url_for("/story"), "published": "2022-03-20"},
            headers=auth,
        )
    assert response.status_code == 200, response.text
    assert [e["location"] for e in response.json()["events"]] == ["Bannu"]


def test_second_report_merges_into_the_event(client, auth):
    first = client.post("/api/articles", json=ARTICLE, headers=auth).json()
    second_report = {
        "text": "Officials in Bannu said 3 policemen were killed in Bannu when their post came under fire.",
        "published": "2022-03-20",
        "source": "Geo",
    }
    second = client.post("/api/articles", json=second_report, headers=auth).json()
    assert second["created"] == []
    assert second["merged"] == first["created"]
    assert second["events"][0]["source"] == "Dawn; Geo"
    detail = client.get(f"/api/events/{first['created'][0]}").json()
    assert {a["source"] if "source" in a else a["publisher"] for a in detail["articles"]} == {"Dawn", "Geo"}
    assert "merged" in [h["change"] for h in detail["history"]]
    # each article keeps its own evidence span
    for article in detail["articles"]:
        spans = [e for e in detail["event"]["evidence"] if e["article_id"] == article["id"]]
        assert spans and all(article["text"][e["start"] : e["end"]] == e["text"] for e in spans)
    changes = client.get("/api/changes", params={"since": "2000-01-01T00:00:00"}).json()["changes"]
    assert {"created", "merged"} <= {c["change"] for c in changes}


def test_rejected_article_is_recorded_as_failed(settings, store, auth):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app
    from flashpoint.errors import EmptyInput

    class Picky:
        def process(self, article):
            raise EmptyInput("no article text left after cleaning")

    with TestClient(create_app(settings, store=store, pipeline_factory=Picky)) as client:
        response = client.post("/api/articles", json={"html": "<p>Subscribe now</p>"}, headers=auth)
    assert response.status_code == 400
    assert response.json() == {"error": {"code": "empty", "message": "no article text left after cleaning"}}
    assert store.stats()["articles"]["failed"] == 1


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/x-www-form-urlencoded", b"text=Gunmen+killed+two"),
        ("text/plain", b"Gunmen killed two people in Kano."),
        (None, b'{"text": "Gunmen killed two people in Kano."}'),
    ],
)
def test_a_body_that_is_not_declared_json_is_415(client, auth, pipeline, content_type, body):
    headers = {**auth, **({"Content-Type": content_type} if content_type else {})}
    response = client.post("/api/articles", content=body, headers=headers)
    assert response.status_code == 415
    error = response.json()["error"]
    assert error["code"] == "unsupported_media_type" and "application/json" in error["message"]
    assert pipeline.calls == 0


def test_json_with_a_charset_is_accepted(client, auth):
    response = client.post(
        "/api/articles",
        content=b'{"text": "Gunmen killed two people in Kano."}',
        headers={**auth, "Content-Type": "application/json; charset=utf-8"},
    )
    assert response.status_code == 200, response.text
