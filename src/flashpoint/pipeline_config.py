"""The pipeline config: load (TOML), validate (pydantic), and build the stages it names, checking their order.

    config = load_config(path)            # None: the packaged flashpoint/default_config.toml
    built = build_stages(config)          # [(name, stage)], cheap: no model is loaded here

Every problem is a one-line `ConfigError`: unreadable file, unknown key, unknown factory name, bad parameter,
or a stage that `requires` a document field no earlier stage `assigns`.
"""

from __future__ import annotations

import inspect
import tomllib
import typing
from importlib import resources
from pathlib import Path
from typing import Any

from catalogue import RegistryError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from flashpoint import registry
from flashpoint.document import INPUT_FIELDS, ArticleDoc, Stage
from flashpoint.errors import ConfigError
from flashpoint.lang.gate import gated

DEFAULT_CONFIG = "default_config.toml"
# What `Pipeline.process` returns must be assigned by some stage.
OUTPUT_FIELDS = ("clean", "events")
# flashpoint's own stages and geocoders register themselves on import, like any plugin would.
DEFAULT_PLUGINS = ("flashpoint.stages", "flashpoint.extract.extractor", "flashpoint.lang.stages")


class PipelineBlock(BaseModel):
    model_config = ConfigDict(extra="forbid")

    stages: list[str] = Field(min_length=1)


class ResourcesBlock(BaseModel):
    model_config = ConfigDict(extra="forbid")

    geocoder: str | None = None  # None: no geocoder, events carry no coordinates


class StageBlock(BaseModel):
    """`factory` names a registered stage; every other key is a keyword parameter of that factory."""

    model_config = ConfigDict(extra="allow")

    factory: str
    languages: list[str] | None = None  # run only on articles in these languages (flashpoint.lang.gate)

    def params(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


class PipelineConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pipeline: PipelineBlock
    resources: ResourcesBlock = ResourcesBlock()
    stages: dict[str, StageBlock] = Field(default_factory=dict)


def _one_line(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def load_config(path: Path | None = None) -> PipelineConfig:
    """The config at `path`, or the packaged default; validated."""
    label = str(path) if path is not None else DEFAULT_CONFIG
    try:
        if path is None:
            text = resources.files("flashpoint").joinpath(DEFAULT_CONFIG).read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except OSError as exc:
        raise ConfigError(f"pipeline config {label}: cannot read ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"pipeline config {label}: invalid TOML ({exc})") from exc
    try:
        config = PipelineConfig.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"pipeline config {label}: {_one_line(exc)}") from exc
    missing = [name for name in config.pipeline.stages if name not in config.stages]
    if missing:
        raise ConfigError(f"pipeline config {label}: no [stages.{missing[0]}] block for stage '{missing[0]}'")
    return config


def load_default_plugins() -> None:
    """Import flashpoint's own stages so they are in the registries (idempotent)."""
    import importlib

    for module in DEFAULT_PLUGINS:
        importlib.import_module(module)


def _registered(table: Any, kind: str, name: str) -> Any:
    """The entry `name` of a registry (ours or from an entry point); ConfigError naming the known ones."""
    load_default_plugins()
    try:
        return table.get(name)
    except RegistryError:
        known = ", ".join(sorted(table.get_all()))
        raise ConfigError(f"unknown {kind} '{name}' (registered: {known})") from None


def stage_factory(name: str) -> Any:
    """The registered stage factory `name`; ConfigError when unknown."""
    return _registered(registry.stages, "stage factory", name)


def geocoder_factory(name: str) -> Any:
    """The registered geocoder `name`; ConfigError when unknown."""
    return _registered(registry.geocoders, "geocoder", name)


def _make_stage(name: str, block: StageBlock) -> Stage:
    factory = stage_factory(block.factory)
    params = block.params()
    init = factory.__init__ if inspect.isclass(factory) else factory
    try:
        hints = typing.get_type_hints(init)
    except (NameError, TypeError):  # a plugin with unresolvable annotations: pass the values as they are
        hints = {}
    fields: dict[str, Any] = {}
    accepts_any = False
    for param in inspect.signature(factory).parameters.values():
        if param.kind is param.VAR_KEYWORD:
            accepts_any = True
        elif param.kind is not param.VAR_POSITIONAL:
            default = ... if param.default is param.empty else param.default
            fields[param.name] = (hints.get(param.name, Any), default)
    model = create_model(  # type: ignore[call-overload]
        f"{block.factory}.params", __config__=ConfigDict(extra="allow" if accepts_any else "forbid"), **fields
    )
    try:
        checked = model.model_validate(params)
    except ValidationError as exc:
        raise ConfigError(f"[stages.{name}] ({block.factory}) {_one_line(exc)}") from exc
    values = {key: value for key, value in checked if key in params}  # unset: the factory's own default
    stage: Stage = factory(**values)
    return gated(stage, block.languages) if block.languages is not None else stage


def build_stages(config: PipelineConfig) -> list[tuple[str, Stage]]:
    """The configured stages in order; their `requires` must be assigned by the stages before them."""
    known = ArticleDoc.field_names()
    available = set(INPUT_FIELDS)
    built: list[tuple[str, Stage]] = []
    if config.resources.geocoder is not None:
        geocoder_factory(config.resources.geocoder)  # fail at build, not on the first article
    for name in config.pipeline.stages:
        block = config.stages[name]
        stage = _make_stage(name, block)
        requires, assigns = tuple(getattr(stage, "requires", ())), tuple(getattr(stage, "assigns", ()))
        undeclared = [f for f in (*requires, *assigns) if f not in known]
        if undeclared:
            raise ConfigError(
                f"stage '{name}' ({block.factory}) names unknown document field '{undeclared[0]}'"
            )
        unmet = [f for f in requires if f not in available]
        if unmet:
            raise ConfigError(
                f"stage '{name}' ({block.factory}) requires '{unmet[0]}', which no earlier stage assigns"
            )
        available.update(assigns)
        built.append((name, stage))
    absent = [f for f in OUTPUT_FIELDS if f not in available]
    if absent:
        raise ConfigError(f"pipeline config: no stage assigns '{absent[0]}', which the pipeline returns")
    return built
