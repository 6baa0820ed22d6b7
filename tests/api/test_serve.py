"""`flashpoint serve`: binds 127.0.0.1, makes and prints a token when none is set, and the token works."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time

import httpx

from flashpoint.api import create_app
from flashpoint.settings import Settings
from tests.web.server import free_port


def test_serve_generates_and_prints_a_token(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "FLASHPOINT_API_TOKEN"}
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "flashpoint.cli",
                "--db",
                str(tmp_path / "s.sqlite"),
                "serve",
                "--port",
                str(port),
            ],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        output = log.read_text()
        assert f"dashboard at http://127.0.0.1:{port}/" in output
        match = re.search(r"API token for this run .*: (\S+)", output)
        assert match, output
        token = match.group(1)
        assert len(token) >= 32
        headers = {"Authorization": f"Bearer {token}"}
        # the token is accepted (then the body is validated), a wrong one is not
        assert httpx.post(f"{url}/api/articles", json={}, headers=headers).status_code == 422
        wrong = httpx.post(f"{url}/api/articles", json={}, headers={"Authorization": "Bearer x"})
        assert wrong.status_code == 401
        # DNS rebinding: a page on another name pointed at 127.0.0.1 is refused; localhost is fine
        rebound = httpx.get(f"{url}/api/stats", headers={"Host": f"attacker.example:{port}"})
        assert rebound.status_code == 400 and rebound.json()["error"]["code"] == "bad_host"
        assert httpx.get(f"{url}/api/stats", headers={"Host": f"localhost:{port}"}).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_online_tiles_setting_reaches_config_and_csp(settings, store):
    from fastapi.testclient import TestClient

    app = create_app(settings.model_copy(update={"online_tiles": True}), store=store)
    with TestClient(app) as client:
        config = client.get("/api/config").json()
        assert config["online_tiles"] is True
        assert config["tile_url"].startswith("https://")
        assert "https://tile.openstreetmap.org" in client.get("/").headers["content-security-policy"]


def test_default_settings_bind_loopback_and_refuse_private_fetches():
    settings = Settings()
    assert settings.host == "127.0.0.1"
    assert settings.api_fetch_allow_private is False


def run_serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flashpoint.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "FLASHPOINT_API_TOKEN": "t"},
    )


def test_serve_on_a_busy_port_is_one_line(tmp_path):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_serve("--db", str(tmp_path / "s.sqlite"), "serve", "--port", str(port))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"flashpoint: error: cannot listen on 127.0.0.1:{port}: Address already in use "
        "(another server runs there: try --port)"
    ]


def test_serve_with_a_store_that_cannot_open_is_one_line(tmp_path):
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("not a database")
    result = run_serve("--db", str(not_a_db), "serve", "--port", str(free_port()))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot open the store" in lines[0] and "file is not a database" in lines[0]
    assert not_a_db.read_text() == "not a database"
