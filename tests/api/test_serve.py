"""`flashpoint serve`: binds 127.0.0.1, makes and prints a token when none is set, and the token works."""

from __future__ import annotations

import os
import re
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
