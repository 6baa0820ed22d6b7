"""The pipeline config: the packaged default, validation at build time, and user configs."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from flashpoint import registry
from flashpoint.errors import ConfigError
from flashpoint.pipeline import Pipeline
from flashpoint.pipeline_config import (
    DEFAULT_CONFIG,
    PipelineConfig,
    build_stages,
    load_config,
    load_default_plugins,
)
from flashpoint.schema import Article
from flashpoint.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DEFAULT_TEXT = resources.files("flashpoint").joinpath(DEFAULT_CONFIG).read_text(encoding="utf-8")
DEFAULT_FACTORIES = [
    "flashpoint.clean.v1",
    "flashpoint.language.v1",
    "flashpoint.annotate.v1",
    "flashpoint.rules.annotate.v1",
    "flashpoint.detect.v1",
    "flashpoint.rules.detect.v1",
    "flashpoint.geocode.v1",
    "flashpoint.code.v1",
    "flashpoint.rules.code.v1",
    "flashpoint.segment.v1",
]
# An undated incident: it is dated from the publication date.
UNDATED = "Gunmen killed three villagers in Kaduna State, Nigeria, police said."


def _raw() -> dict[str, Any]:
    return tomllib.loads(DEFAULT_TEXT)


def _config(raw: dict[str, Any]) -> PipelineConfig:
    return PipelineConfig.model_validate(raw)


def test_default_config_lists_the_registered_stages_in_order() -> None:
    config = load_config()
    factories = [config.stages[name].factory for name in config.pipeline.stages]
    assert factories == DEFAULT_FACTORIES
    load_default_plugins()
    assert set(factories) <= set(registry.stages.get_all())
    assert config.resources.geocoder in registry.geocoders.get_all()
    assert [name for name, _ in build_stages(config)] == config.pipeline.stages


def test_every_registered_name_is_in_the_default_config_or_the_docs() -> None:
    """A renamed or undocumented stage (or geocoder) fails here."""
    load_default_plugins()
    docs = DEFAULT_TEXT + "".join(p.read_text(encoding="utf-8") for p in (REPO / "docs").glob("*.md"))
    names = [*registry.stages.get_all(), *registry.geocoders.get_all()]
    ours = [n for n in names if n.startswith("flashpoint.")]
    assert len(ours) >= len(DEFAULT_FACTORIES) + 1
    assert [n for n in ours if f'"{n}"' not in docs and n not in docs] == []


def test_unknown_factory_name_is_a_one_line_config_error() -> None:
    raw = _raw()
    raw["stages"]["detect"]["factory"] = "flashpoint.detect.v9"
    with pytest.raises(ConfigError, match=r"unknown stage factory 'flashpoint\.detect\.v9'") as info:
        build_stages(_config(raw))
    assert "\n" not in str(info.value)


def test_unknown_geocoder_is_a_config_error() -> None:
    raw = _raw()
    raw["resources"]["geocoder"] = "flashpoint.nowhere.v1"
    with pytest.raises(ConfigError, match=r"unknown geocoder 'flashpoint\.nowhere\.v1'"):
        build_stages(_config(raw))


@pytest.mark.parametrize(
    ("stage", "key", "value", "message"),
    [
        ("code", "no_date_offset_days", "soon", "no_date_offset_days"),
        ("detect", "short_text_sentencs", 5, "short_text_sentencs"),
        ("segment", "confidence_weights", {"bias": 1.0}, "missing"),
    ],
)
def test_bad_parameters_are_config_errors(stage: str, key: str, value: object, message: str) -> None:
    raw = _raw()
    raw["stages"][stage][key] = value
    with pytest.raises(ConfigError, match=message) as info:
        build_stages(_config(raw))
    assert "\n" not in str(info.value)


def test_a_missing_block_and_an_unreadable_file_are_config_errors(tmp_path: Path) -> None:
    raw = _raw()
    raw["pipeline"]["stages"].append("polish")
    path = tmp_path / "config.toml"
    path.write_text(DEFAULT_TEXT.replace('"segment"]', '"segment", "polish"]'), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"no \[stages.polish\] block"):
        load_config(path)
    path.write_text("[pipeline\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(path)
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "absent.toml")


def test_settings_read_the_config_path_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FLASHPOINT_PIPELINE_CONFIG", str(tmp_path / "mine.toml"))
    assert Settings().pipeline_config == tmp_path / "mine.toml"


def test_a_user_config_file_changes_a_threshold(
    pipeline: Pipeline, settings: Settings, tmp_path: Path
) -> None:
    published = dt.date(2023, 3, 10)
    _, events = pipeline.process(Article(text=UNDATED, published=published))
    assert [(e.event_date, e.time_precision) for e in events] == [(published, 2)]

    path = tmp_path / "config.toml"
    assert DEFAULT_TEXT.count("no_date_offset_days = 0") == 1
    mine_text = DEFAULT_TEXT.replace("no_date_offset_days = 0", "no_date_offset_days = 1")
    path.write_text(mine_text, encoding="utf-8")
    mine = Pipeline(settings.model_copy(update={"pipeline_config": path}), pipeline.resources)
    _, shifted = mine.process(Article(text=UNDATED, published=published))
    assert [(e.event_date, e.time_precision) for e in shifted] == [(published - dt.timedelta(days=1), 2)]
