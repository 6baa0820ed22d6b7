"""Schema migrations, run programmatically on `SqlStore.open()` (Alembic, no alembic.ini needed)."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from flashpoint.store.engine import WRITE_OPTION

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Alembic keeps the running migration in process-global proxies (alembic.context, alembic.op), so two
# threads must not run `command.upgrade` at once; this lock only serialises that, it holds no data.
_ALEMBIC_LOCK = threading.Lock()
# Several processes may open a new PostgreSQL store at once (ingest workers): one migrates, the others wait.
PG_MIGRATION_LOCK_KEY = 0x666C617368  # "flash"


def alembic_config(url: str | None = None) -> Config:
    """An Alembic Config built in code, pointing at the migrations shipped in this package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database behind `engine` to `revision` (creates every table on a new database)."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    config = alembic_config()
    with _ALEMBIC_LOCK, engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK_KEY})
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
