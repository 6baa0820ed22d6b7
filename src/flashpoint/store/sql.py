"""`SqlStore`: the Store protocol on SQLAlchemy (SQLite by default, PostgreSQL for a team)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from flashpoint.errors import ConfigError, InputError, NotFound
from flashpoint.resolve import ResolveOptions
from flashpoint.schema import Article, ArticleStatus, CleanArticle, Event
from flashpoint.store import write
from flashpoint.store.base import Change, EventDetail, EventFilter, EventPage, SaveResult
from flashpoint.store.convert import article_record, content_hash, event_from_row, to_naive_utc, utcnow
from flashpoint.store.engine import WRITE_OPTION, describe_url, make_engine, reason_of
from flashpoint.store.migrate import upgrade
from flashpoint.store.models import ArticleRow, EventHistoryRow, EventRow, IngestRunRow
from flashpoint.store.queries import ACTIVE, after_cursor, encode_cursor, ordered

log = logging.getLogger(__name__)

MAX_PAGE = 1000
STREAM_BATCH = 500

_RUNS = IngestRunRow.__table__


class SqlStore:
    """The event store behind one SQLAlchemy URL. The constructor does no I/O: call `open()` first.

    Writes go through one writer per store object (a lock) and, on SQLite, `BEGIN IMMEDIATE`, so the
    API's threads and several ingest processes can share one file.
    """

    def __init__(self, url: str, *, resolve_options: ResolveOptions | None = None) -> None:
        self.url = url
        self.resolve_options = resolve_options or ResolveOptions()
        self._engine: Engine | None = None
        self._writer: Engine | None = None  # the engine with the write option (BEGIN IMMEDIATE on SQLite)
        self._write_lock = threading.Lock()

    # --- lifecycle ---

    def open(self) -> None:
        if self._engine is not None:
            return
        engine = make_engine(self.url)
        try:
            upgrade(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise ConfigError(f"cannot open the store {describe_url(self.url)}: {reason_of(exc)}") from exc
        except Exception:
            engine.dispose()
            raise
        self._engine = engine
        self._writer = engine.execution_options(**{WRITE_OPTION: True})

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._writer = None

    def __enter__(self) -> SqlStore:
        self.open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the store is not open: call open() first")
        return self._engine

    @property
    def _write_engine(self) -> Engine:
        if self._writer is None:
            raise RuntimeError("the store is not open: call open() first")
        return self._writer

    def _read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One transaction on a Core connection (the write path needs no ORM session): committed when the
        block ends, rolled back entirely on any exception."""
        with self._write_lock, self._write_engine.begin() as conn:
            yield conn

    # --- ingest runs ---

    def start_run(self, sources: list[str]) -> int:
        values = {"started": utcnow(), "sources": json.dumps(sources, ensure_ascii=False)}
        with self._write() as conn:
            return int(conn.execute(insert(_RUNS).values(values)).inserted_primary_key[0])

    def finish_run(self, run_id: int, *, stored: int, failed: int, events: int) -> None:
        done = {"finished": utcnow(), "stored": stored, "failed": failed, "events": events}
        with self._write() as conn:
            if conn.execute(update(_RUNS).where(_RUNS.c.id == run_id).values(done)).rowcount == 0:
                raise NotFound(f"no ingest run {run_id}")

    # --- articles ---

    def save_article(self, article: Article, clean: CleanArticle, events: list[Event]) -> SaveResult:
        """Store one article and its events in one transaction; idempotent for unchanged content."""
        article = article.model_copy().ensure_id()
        now = utcnow()
        with self._write() as conn:
            row = write.article_row(conn, article.id)
            if (
                row is not None
                and row.status == ArticleStatus.OK
                and row.content_hash == content_hash(article)
            ):
                return SaveResult(article_id=article.id, unchanged=True)
            if row is not None:
                write.detach_article(conn, article.id, now)
            write.upsert_article(
                conn, article, clean, stored=row is not None, status=ArticleStatus.OK, reason=None, now=now
            )
            return write.save_events(conn, article.id, events, now=now, options=self.resolve_options)

    def record_failure(self, article: Article, reason: str, run_id: int | None = None) -> None:
        """Mark an article failed with a reason; an article already stored fine is left as it is."""
        article = article.model_copy().ensure_id()
        with self._write() as conn:
            row = write.article_row(conn, article.id)
            if row is not None and row.status == ArticleStatus.OK:
                log.info("article %s failed again but is stored already; kept: %s", article.id, reason)
                return
            write.upsert_article(
                conn,
                article,
                None,
                stored=row is not None,
                status=ArticleStatus.FAILED,
                reason=reason,
                now=utcnow(),
                run_id=run_id,
            )

    # --- events ---

    def query_events(self, filters: EventFilter, *, limit: int = 100, cursor: str | None = None) -> EventPage:
        if not 1 <= limit <= MAX_PAGE:
            raise InputError(f"limit must be between 1 and {MAX_PAGE}, got {limit}")
        events, more = self._page(filters, limit, cursor)
        last = events[-1] if events else None
        next_cursor = encode_cursor(last.event_date, last.event_id) if more and last else None
        return EventPage(events=events, next_cursor=next_cursor)

    def iter_events(self, filters: EventFilter) -> Iterator[Event]:
        """Every matching event, newest first, fetched in keyset batches (constant memory for exports)."""
        cursor: str | None = None
        while True:
            events, more = self._page(filters, STREAM_BATCH, cursor)
            yield from events
            if not more or not events:
                return
            cursor = encode_cursor(events[-1].event_date, events[-1].event_id)

    def _page(self, filters: EventFilter, limit: int, cursor: str | None) -> tuple[list[Event], bool]:
        stmt = ordered(filters)
        if cursor:
            stmt = stmt.where(after_cursor(cursor))
        with self._read() as session:
            rows = list(session.scalars(stmt.limit(limit + 1)))
            more = len(rows) > limit
            rows = rows[:limit]
            links = write.links_of(session.connection(), [r.event_id for r in rows])
            return [event_from_row(r, links[r.event_id]) for r in rows], more

    def get_event(self, event_id: str) -> EventDetail:
        """The event with its articles, evidence and history; a merged-away id gives the surviving event."""
        with self._read() as session:
            row = write.event_row(session.connection(), event_id)
            if row is None:
                raise NotFound(f"no event {event_id!r}")
            row = write.follow_alias(session.connection(), row)
            event = write.load_event(session.connection(), row)
            articles = [
                article_record(a)
                for a in session.scalars(select(ArticleRow).where(ArticleRow.id.in_(event.article_ids)))
            ]
            articles.sort(key=lambda a: event.article_ids.index(a.id))
            absorbed = select(EventRow.event_id).where(
                EventRow.status == f"{write.MERGED_PREFIX}{row.event_id}"
            )
            entries = session.scalars(
                select(EventHistoryRow)
                .where((EventHistoryRow.event_id == row.event_id) | EventHistoryRow.event_id.in_(absorbed))
                .order_by(EventHistoryRow.at, EventHistoryRow.id)
            )
            history = [
                {
                    "event_id": h.event_id,
                    "change": h.change,
                    "at": h.at.replace(tzinfo=dt.UTC).isoformat(),
                    "detail": h.detail,
                }
                for h in entries
            ]
            return EventDetail(event=event, articles=articles, history=history)

    def changes(self, since: dt.datetime) -> list[Change]:
        """Events created, updated, merged or retracted after `since` (naive means UTC), oldest first."""
        with self._read() as session:
            rows = session.scalars(
                select(EventHistoryRow)
                .where(EventHistoryRow.at > to_naive_utc(since))
                .order_by(EventHistoryRow.at, EventHistoryRow.id)
            )
            return [
                Change(event_id=r.event_id, change=r.change, at=r.at.replace(tzinfo=dt.UTC)) for r in rows
            ]

    def stats(self) -> dict[str, object]:
        """Counts by type and country, the date range, article outcomes and merges."""
        with self._read() as session:
            active = EventRow.status == ACTIVE

            def grouped(column: object) -> dict[str, int]:
                stmt = (
                    select(column, func.count()).where(active).group_by(column).order_by(func.count().desc())
                )
                return {str(key) if key is not None else "": int(n) for key, n in session.execute(stmt)}

            first, last = session.execute(
                select(func.min(EventRow.event_date), func.max(EventRow.event_date)).where(active)
            ).one()
            articles = {
                str(status): int(n)
                for status, n in session.execute(
                    select(ArticleRow.status, func.count()).group_by(ArticleRow.status)
                )
            }
            merged = session.scalar(
                select(func.count()).where(EventRow.status.startswith(write.MERGED_PREFIX))
            )
            return {
                "events": sum(grouped(EventRow.event_type).values()),
                "by_type": grouped(EventRow.event_type),
                "by_sub_event_type": grouped(EventRow.sub_event_type),
                "by_country": grouped(EventRow.country),
                "date_range": {
                    "first": first.isoformat() if first else None,
                    "last": last.isoformat() if last else None,
                },
                "fatalities": int(
                    session.scalar(select(func.coalesce(func.sum(EventRow.fatalities), 0)).where(active)) or 0
                ),
                "articles": {"ok": int(articles.get("ok", 0)), "failed": int(articles.get("failed", 0))},
                "merged": int(merged or 0),
                "runs": int(session.scalar(select(func.count()).select_from(IngestRunRow)) or 0),
            }
