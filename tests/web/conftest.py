"""Debian's chromium driven by Playwright against a real `flashpoint serve` (see server.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.server import Server, seed_hostile, seed_second_report, start_server, stop_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "web"


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[Server]:
    """Shared by the read-only browser tests."""
    tmp = tmp_path_factory.mktemp("web")
    srv = start_server(tmp)
    seed_hostile(srv.db)
    assert len(seed_second_report(srv.db)) == 1
    try:
        yield srv
    finally:
        stop_server(srv)


@pytest.fixture
def fresh_server(tmp_path) -> Iterator[Server]:
    """Its own server and database, for tests that write."""
    srv = start_server(tmp_path)
    try:
        yield srv
    finally:
        stop_server(srv)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page_errors() -> list[str]:
    return []


@pytest.fixture
def page(browser, page_errors):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme="light")
    page = context.new_page()
    page.on("pageerror", lambda exc: page_errors.append(f"pageerror: {exc}"))
    page.on(
        "console", lambda msg: page_errors.append(f"console: {msg.text}") if msg.type == "error" else None
    )
    # nothing may be fetched from outside 127.0.0.1 (no CDN, works offline)
    outside: list[str] = []
    page.on(
        "request",
        lambda req: (
            outside.append(req.url) if not req.url.startswith(("http://127.0.0.1", "data:")) else None
        ),
    )
    yield page
    context.close()
    assert outside == [], f"requests left the machine: {outside}"


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
