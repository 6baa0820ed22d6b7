"""SqlStore against a real database file: saving, idempotency, rollback, runs, failures, stats."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from flashpoint.errors import ConfigError, InputError, NotFound
from flashpoint.settings import Settings
from flashpoint.store import EventFilter, open_store
from flashpoint.store.models import ArticleRow, EventArticleRow, EventHistoryRow, EventRow
from flashpoint.store.sql import SqlStore

from .factories import clean_of, make_article, make_event

REPORT = "PESHAWAR, Jan 15 (IANS) Four soldiers were killed when TTP militants attacked a post in Mir Ali."


def counts(store: SqlStore) -> dict[str, int]:
    with store._read() as session:
        return {
            row.__tablename__: session.scalar(select(func.count()).select_from(row)) or 0
            for row in (ArticleRow, EventRow, EventArticleRow, EventHistoryRow)
        }


def test_constructor_does_no_io(tmp_path: Path) -> None:
    path = tmp_path / "later" / "store.sqlite"
    store = SqlStore(f"sqlite:///{path}")
    assert not path.parent.exists()
    store.open()
    try:
        assert path.exists()
    finally:
        store.close()


def test_sqlite_file_has_wal_foreign_keys_and_migrated_schema(sqlite_url: str) -> None:
    with SqlStore(sqlite_url) as store:
        path = sqlite_url.removeprefix("sqlite:///")
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    with SqlStore(sqlite_url) as again:  # opening a migrated database is a no-op
        assert again.stats()["events"] == 0


def test_save_article_creates_event_with_evidence(store: SqlStore) -> None:
    article = make_article(REPORT)
    result = store.save_article(article, clean_of(article), [make_event(article)])
    assert not result.unchanged and len(result.created) == 1 and result.merged == []
    detail = store.get_event(result.created[0])
    assert detail.event.article_ids == [article.id]
    assert detail.event.evidence[0].text == REPORT[:40]
    assert detail.event.created_at is not None and detail.event.created_at.tzinfo is not None
    assert [a.id for a in detail.articles] == [article.id]
    assert detail.articles[0].publisher == "IANS"
    assert [h["change"] for h in detail.history] == ["created"]


def test_event_id_is_stable_across_stores(tmp_path: Path) -> None:
    ids = []
    for name in ("a", "b"):
        with SqlStore(f"sqlite:///{tmp_path / name}.sqlite") as store:
            article = make_article(REPORT)
            ids.append(store.save_article(article, clean_of(article), [make_event(article)]).created)
    assert ids[0] == ids[1]


def test_reingesting_the_same_article_changes_nothing(store: SqlStore) -> None:
    article = make_article(REPORT)
    first = store.save_article(article, clean_of(article), [make_event(article)])
    before = counts(store)
    stamp = store.get_event(first.created[0]).event.updated_at
    again = store.save_article(article, clean_of(article), [make_event(article, fatalities=9)])
    assert again.unchanged and again.created == [] and again.merged == []
    assert counts(store) == before
    event = store.get_event(first.created[0]).event
    assert event.fatalities == 4 and event.updated_at == stamp


def test_changed_article_retracts_what_it_alone_reported(store: SqlStore) -> None:
    article = make_article(REPORT, id="story-1")
    old = store.save_article(article, clean_of(article), [make_event(article)]).created[0]
    corrected = make_article("Correction: no attack took place in Mir Ali.", id="story-1")
    result = store.save_article(corrected, clean_of(corrected), [])
    assert not result.unchanged
    detail = store.get_event(old)
    assert detail.event.status == "retracted"
    assert detail.history[-1]["change"] == "retracted"
    assert store.query_events(EventFilter()).events == []
    assert store.query_events(EventFilter(include_merged=True)).events[0].status == "retracted"


def test_failure_mid_article_rolls_back_everything(store: SqlStore) -> None:
    article = make_article(REPORT)
    good = make_event(article)
    # A buggy upstream stage hands over an invalid record (bypassing validation): a date that is a string.
    broken = make_event(article, location="Miranshah").model_copy(update={"event_date": "14/01/2022"})
    with pytest.raises(TypeError):
        store.save_article(article, clean_of(article), [good, broken])
    assert counts(store) == {"articles": 0, "events": 0, "event_articles": 0, "event_history": 0}
    # The same article saved properly afterwards works: nothing half-written blocks it.
    assert store.save_article(article, clean_of(article), [good]).created


def test_failed_update_keeps_the_previous_version(store: SqlStore) -> None:
    article = make_article(REPORT, id="story-2")
    event_id = store.save_article(article, clean_of(article), [make_event(article)]).created[0]
    changed = make_article(REPORT + " Two more died later.", id="story-2")
    broken = make_event(changed).model_copy(update={"event_date": "14/01/2022"})
    with pytest.raises(TypeError):
        store.save_article(changed, clean_of(changed), [broken])
    detail = store.get_event(event_id)
    assert detail.event.status == "active" and detail.event.article_ids == ["story-2"]
    assert detail.articles[0].text == REPORT


def test_record_failure_and_retry(store: SqlStore) -> None:
    run = store.start_run(["feed.xml"])
    article = make_article("garbled", id="bad-1")
    store.record_failure(article, "no body text found", run_id=run)
    store.finish_run(run, stored=0, failed=1, events=0)
    assert store.stats()["articles"] == {"ok": 0, "failed": 1}
    retried = make_article(REPORT, id="bad-1")
    assert store.save_article(retried, clean_of(retried), [make_event(retried)]).created
    store.record_failure(retried, "fetch timed out")  # a later failure does not erase a stored article
    assert store.stats()["articles"] == {"ok": 1, "failed": 0}


def test_runs(store: SqlStore) -> None:
    run = store.start_run(["a.jsonl", "https://example.org/feed"])
    store.finish_run(run, stored=3, failed=1, events=5)
    assert store.stats()["runs"] == 1
    with pytest.raises(NotFound):
        store.finish_run(run + 100, stored=0, failed=0, events=0)


def test_get_event_unknown_id(store: SqlStore) -> None:
    with pytest.raises(NotFound):
        store.get_event("fp-nope")


def test_stats(store: SqlStore) -> None:
    a = make_article(REPORT)
    b = make_article("Police arrested 3 men in Lahore on Friday.", source="Dawn")
    store.save_article(a, clean_of(a), [make_event(a)])
    arrest = make_event(
        b,
        event_date=dt.date(2022, 1, 20),
        event_type="Strategic developments",
        sub_event_type="Arrests",
        actor1="Police Forces of Pakistan (2018-2022)",
        actor2=None,
        admin1="Punjab",
        admin2="Lahore",
        location="Lahore",
        latitude=31.5497,
        longitude=74.3436,
        fatalities=0,
    )
    store.save_article(b, clean_of(b), [arrest])
    stats = store.stats()
    assert stats["events"] == 2
    assert stats["by_type"] == {"Battles": 1, "Strategic developments": 1}
    assert stats["by_country"] == {"Pakistan": 2}
    assert stats["date_range"] == {"first": "2022-01-14", "last": "2022-01-20"}
    assert stats["articles"] == {"ok": 2, "failed": 0}
    assert stats["fatalities"] == 4


def test_changes_since(store: SqlStore) -> None:
    start = dt.datetime.now(dt.UTC)
    article = make_article(REPORT)
    event_id = store.save_article(article, clean_of(article), [make_event(article)]).created[0]
    changes = store.changes(start - dt.timedelta(seconds=1))
    assert [(c.event_id, c.change) for c in changes] == [(event_id, "created")]
    assert store.changes(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)) == []


def test_limit_bounds(store: SqlStore) -> None:
    with pytest.raises(InputError):
        store.query_events(EventFilter(), limit=0)
    with pytest.raises(InputError):
        store.query_events(EventFilter(), cursor="not-a-cursor!")


def test_open_store_uses_settings_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env" / "fp.sqlite"
    monkeypatch.setenv("FLASHPOINT_DB", str(path))
    store = open_store(Settings())
    try:
        assert store.url == f"sqlite:///{path}" and path.exists()
    finally:
        store.close()


def test_bad_urls_are_config_errors() -> None:
    with pytest.raises(ConfigError):
        SqlStore("mysql://localhost/db").open()
    with pytest.raises(ConfigError):
        SqlStore("::::").open()


def test_two_writers_on_one_file(sqlite_url: str) -> None:
    """Two store objects (as two ingest workers would) write the same SQLite file concurrently."""
    with SqlStore(sqlite_url):
        pass  # migrate once
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            with SqlStore(sqlite_url) as store:
                for i in range(10):
                    article = make_article(f"{REPORT} worker {worker} item {i}")
                    event = make_event(
                        article, location=f"Place {worker}-{i}", admin2=f"District {worker}-{i}"
                    )
                    store.save_article(article, clean_of(article), [event])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with SqlStore(sqlite_url) as store:
        assert store.stats()["articles"] == {"ok": 20, "failed": 0}


def test_long_user_given_article_ids(store: SqlStore) -> None:
    article = make_article(REPORT, id="https://example.org/2022/01/15/" + "pakistan-soldiers-killed-" * 8)
    event_id = store.save_article(article, clean_of(article), [make_event(article)]).created[0]
    assert store.get_event(event_id).articles[0].id == article.id
