"""A real `flashpoint serve` process on 127.0.0.1 with a free port and a seeded SQLite file."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from flashpoint.schema import Article, CleanArticle, Event, Evidence
from flashpoint.settings import Settings
from flashpoint.store import open_store
from tests.api.samples import SAMPLES, Sample, article_of, event_of, seed

TOKEN = "browser-test-token"
HOSTILE_TEXT = (
    "KARACHI: <img src=x onerror=\"document.title='pwned'\"> "
    "Gunmen shot dead a shopkeeper in Lyari on Monday. "
    "<script>document.title='pwned'</script> Police said they were investigating."
)


@dataclass
class Server:
    url: str
    token: str
    db: str
    process: subprocess.Popen[bytes]
    log: Path


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


def seed_second_report(db: str) -> list[str]:
    """A second article on the Mir Ali clash: the store merges it into the existing event."""
    original = SAMPLES[0]
    sample = Sample(
        article_id="art-mirali-2",
        title="Checkpoint attack near Mir Ali",
        source="RFE/RL",
        published="2022-01-16",
        text="MIRANSHAH: Militants stormed a checkpoint near Mir Ali late on Friday, killing four soldiers. "
        "The TTP claimed the attack.",
        events=[
            {
                **original.events[0],
                "evidence": "Militants stormed a checkpoint near Mir Ali late on Friday, "
                "killing four soldiers.",
            }
        ],
    )
    store = open_store(Settings(db=db))
    try:
        article, clean = article_of(sample)
        result = store.save_article(article, clean, [event_of(sample, sample.events[0])])
        return result.merged
    finally:
        store.close()


def start_server(tmp: Path, env: dict[str, str] | None = None) -> Server:
    db = f"sqlite:///{tmp / 'web.sqlite'}"
    store = open_store(Settings(db=db))
    try:
        seed(store)
    finally:
        store.close()
    port = free_port()
    env = {**os.environ, "FLASHPOINT_API_TOKEN": TOKEN, **(env or {})}
    log = tmp / "server.log"
    command = [sys.executable, "-m", "flashpoint.cli", "--db", db, "serve", "--host", "127.0.0.1"]
    with log.open("wb") as out:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [*command, "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return Server(url=url, token=TOKEN, db=db, process=process, log=log)
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    process.wait(timeout=10)
    raise RuntimeError(f"server did not start in 30 s: {log.read_text()}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
