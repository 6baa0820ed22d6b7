"""The event store: the only part of flashpoint that touches the database.

store = open_store(settings)      # SqlStore on settings.db, migrated to the latest schema
result = store.save_article(article, clean, events)
page = store.query_events(EventFilter(country="Pakistan"), limit=50)
store.close()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.store.base import (
    ArticleRecord,
    Change,
    EventDetail,
    EventFilter,
    EventPage,
    SaveResult,
    Store,
)

if TYPE_CHECKING:
    from flashpoint.settings import Settings
    from flashpoint.store.sql import SqlStore

__all__ = [
    "ArticleRecord",
    "Change",
    "EventDetail",
    "EventFilter",
    "EventPage",
    "SaveResult",
    "SqlStore",
    "Store",
    "open_store",
]


def open_store(settings: Settings) -> SqlStore:
    """An open SqlStore on `settings.db` (FLASHPOINT_DB / --db; default: SQLite in the user data dir)."""
    from flashpoint.store.sql import SqlStore

    store = SqlStore(settings.db)
    store.open()
    return store


def __getattr__(name: str) -> object:
    if (
        name == "SqlStore"
    ):  # imported lazily: SQLAlchemy and Alembic are not needed to import flashpoint.store
        from flashpoint.store.sql import SqlStore

        return SqlStore
    raise AttributeError(name)
