"""The shipped Alembic migrations build exactly the schema the ORM models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from flashpoint.store.migrate import current_revision, head_revision
from flashpoint.store.models import Base
from flashpoint.store.sql import SqlStore


def test_migrations_match_models(store_url: str) -> None:
    with SqlStore(store_url) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_database_is_at_head(store_url: str) -> None:
    head = head_revision()
    with SqlStore(store_url) as store:
        assert current_revision(store.engine) == head
