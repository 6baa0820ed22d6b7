"""Engines from a URL: SQLite by default (parent dirs, WAL, foreign keys), PostgreSQL through psycopg."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import StaticPool

from flashpoint.errors import ConfigError

SQLITE_BUSY_MS = 30_000
WRITE_OPTION = "flashpoint_write"


def normalise_url(url: str) -> URL:
    """Parse a store URL; a bare `postgresql://` means psycopg (3), the driver flashpoint supports."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"not a database URL: {url!r}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "postgresql" and importlib.util.find_spec("psycopg") is None:
        raise ConfigError("a PostgreSQL store needs psycopg: pip install 'psycopg[binary]'")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ConfigError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql")
    return parsed


def describe_url(url: str) -> str:
    """The store URL for messages, password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def reason_of(exc: DBAPIError) -> str:
    """The driver's own message on one line ("file is not a database", "connection refused")."""
    text = " ".join(str(exc.orig).split()) or type(exc.orig).__name__
    return text[:300]


def is_memory_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def make_engine(url: str) -> Engine:
    """An engine for `url`. SQLite: creates the file's parent dirs, turns on WAL and foreign keys."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    kwargs: dict[str, Any] = {}
    if is_memory_sqlite(parsed):
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    else:
        path = Path(str(parsed.database)).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create the database directory {path.parent}: {exc}") from exc
        kwargs = {"connect_args": {"timeout": SQLITE_BUSY_MS / 1000}}
    engine = create_engine(parsed, **kwargs)
    _sqlite_setup(engine, wal=not is_memory_sqlite(parsed))
    return engine


def _sqlite_setup(engine: Engine, *, wal: bool) -> None:
    """Pragmas on every connection; transactions begin explicitly (IMMEDIATE for writers).

    pysqlite's own transaction handling begins late and never IMMEDIATE, which lets two writers deadlock on
    the lock upgrade; taking the write lock at BEGIN makes concurrent ingest processes simply wait.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        # Unicode-aware lower(): SQLite's built-in one folds ASCII only (filters on "Peshawar", "Khōst").
        dbapi_conn.create_function("lower", 1, _lower, deterministic=True)
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value
