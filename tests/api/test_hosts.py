"""The Host-header check (DNS-rebinding protection) on the real app and a real SQLite store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from flashpoint.api import create_app
from flashpoint.api.hosts import host_name
from flashpoint.settings import Settings


@pytest.fixture
def loopback_settings(tmp_path) -> Settings:
    return Settings(db=str(tmp_path / "h.sqlite"), api_token="t")


def client_for(settings: Settings, store) -> TestClient:
    return TestClient(create_app(settings, store=store), base_url="http://127.0.0.1:8000")


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "localhost", "[::1]:8000", "LOCALHOST"])
def test_loopback_names_are_served(loopback_settings, store, host):
    with client_for(loopback_settings, store) as client:
        assert client.get("/healthz", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("path", ["/healthz", "/api/events", "/api/stats", "/", "/openapi.json"])
@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8000", "127.0.0.1.nip.example"])
def test_other_names_are_refused_everywhere(loopback_settings, store, path, host):
    with client_for(loopback_settings, store) as client:
        response = client.get(path, headers={"Host": host})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "bad_host" and "FLASHPOINT_ALLOWED_HOSTS" in error["message"]


def test_writes_from_another_name_are_refused_before_the_token_is_read(loopback_settings, store):
    with client_for(loopback_settings, store) as client:
        response = client.post(
            "/api/articles",
            json={"text": "Gunmen killed two people."},
            headers={"Host": "attacker.example", "Authorization": "Bearer t"},
        )
    assert response.status_code == 400 and response.json()["error"]["code"] == "bad_host"


def test_allowed_hosts_and_the_bound_host_are_served(tmp_path, store):
    settings = Settings(db=str(tmp_path / "h.sqlite"), host="10.1.2.3", allowed_hosts=["events.example.org"])
    with client_for(settings, store) as client:
        assert client.get("/healthz", headers={"Host": "events.example.org"}).status_code == 200
        assert client.get("/healthz", headers={"Host": "10.1.2.3:8000"}).status_code == 200
        assert client.get("/healthz", headers={"Host": "other.example.org"}).status_code == 400


def test_star_turns_the_check_off(tmp_path, store):
    settings = Settings(db=str(tmp_path / "h.sqlite"), allowed_hosts=["*"])
    with client_for(settings, store) as client:
        assert client.get("/healthz", headers={"Host": "anything.example"}).status_code == 200


def test_allowed_hosts_from_the_environment(monkeypatch):
    monkeypatch.setenv("FLASHPOINT_ALLOWED_HOSTS", "events.example.org, 10.0.0.5")
    assert Settings().allowed_hosts == ["events.example.org", "10.0.0.5"]
    monkeypatch.setenv("FLASHPOINT_ALLOWED_HOSTS", '["a.example"]')
    assert Settings().allowed_hosts == ["a.example"]


@pytest.mark.parametrize(
    ("header", "name"),
    [("Example.ORG:8080", "example.org"), ("[::1]:80", "::1"), ("::1", "::1"), ("localhost", "localhost")],
)
def test_host_name(header, name):
    assert host_name(header) == name
