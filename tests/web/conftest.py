"""A real `flashpoint serve` process on 127.0.0.1 (free port, real SQLite file seeded through the real
store) and Debian's chromium driven by Playwright."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from flashpoint.schema import Article, CleanArticle, Event, Evidence
from flashpoint.settings import Settings
from flashpoint.store import open_store
from tests.api.samples import seed

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TOKEN = "browser-test-token"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "web"
HOSTILE_TEXT = (
    "KARACHI: <img src=x onerror=\"document.title='pwned'\"> Gunmen shot dead a shopkeeper in Lyari on Monday. "
    "<script>document.title='pwned'</script> Police said they were investigating."
)


@dataclass
class Server:
    url: str
    token: str
    db: str
    process: subprocess.Popen[bytes]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seed_hostile(db: str) -> str:
    """An article whose text holds HTML: the dashboard must show it as text."""
    store = open_store(Settings(db=db))
    try:
        sentence = "Gunmen shot dead a shopkeeper in Lyari on Monday."
        start = HOSTILE_TEXT.index(sentence)
        article = Article(
            id="art-hostile", text=HOSTILE_TEXT, title="<b>Shopkeeper</b> killed", source="Dawn"
        )
        clean = CleanArticle(article_id=article.id, text=HOSTILE_TEXT, title=article.title, publisher="Dawn")
        event = Event(
            event_date=dt.date(2022, 3, 14),
            event_type="Violence against civilians",
            sub_event_type="Attack",
            disorder_type="Political violence",
            actor1="Unidentified Armed Group (Pakistan)",
            inter1=3,
            actor2="Civilians (Pakistan)",
            inter2=7,
            interaction=37,
            country="Pakistan",
            admin1="Sindh",
            admin2="Karachi",
            location="Lyari <i>town</i>",
            latitude=24.8615,
            longitude=67.0099,
            fatalities=1,
            notes="On 14 March 2022, gunmen killed a shopkeeper in Lyari <b>(Sindh)</b>.",
            confidence=0.7,
            article_ids=[article.id],
            evidence=[Evidence(article_id=article.id, start=start, end=start + len(sentence), text=sentence)],
        ).assign_id()
        return store.save_article(article, clean, [event]).created[0]
    finally:
        store.close()


def start_server(tmp: Path) -> Server:
    db = f"sqlite:///{tmp / 'web.sqlite'}"
    store = open_store(Settings(db=db))
    try:
        seed(store)
    finally:
        store.close()
    port = free_port()
    env = {**os.environ, "FLASHPOINT_API_TOKEN": TOKEN}
    log = (tmp / "server.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flashpoint.cli",
            "--db",
            db,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {(tmp / 'server.log').read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return Server(url=url, token=TOKEN, db=db, process=process)
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError("server did not start in 30 s")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[Server]:
    """Shared by the read-only browser tests."""
    tmp = tmp_path_factory.mktemp("web")
    srv = start_server(tmp)
    seed_hostile(srv.db)
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
