"""Stage order is checked when the pipeline is built; toy stages plug in like third-party ones."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

import pytest

from flashpoint import registry
from flashpoint.document import ArticleDoc, Resources
from flashpoint.errors import ConfigError
from flashpoint.pipeline import Pipeline
from flashpoint.pipeline_config import DEFAULT_CONFIG, PipelineConfig
from flashpoint.schema import Article, Rejected
from flashpoint.settings import Settings

ARTICLE = Path(__file__).resolve().parents[2] / "examples" / "articles" / "kenya-teargas.txt"


@registry.stages.register("test.tag_notes.v1")
class TagNotes:
    """A toy last stage: appends a marker to every event note."""

    requires: ClassVar[tuple[str, ...]] = ("events",)
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, *, marker: str = "[toy]") -> None:
        self.marker = marker

    def initialize(self, resources: Resources) -> None:
        self.initialized = True

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        for event in doc.events:
            event.notes = f"{event.notes} {self.marker}"
        return doc


@registry.stages.register("test.needs_coded.v1")
class NeedsCoded:
    requires: ClassVar[tuple[str, ...]] = ("coded",)
    assigns: ClassVar[tuple[str, ...]] = ()

    def initialize(self, resources: Resources) -> None:
        """Nothing."""

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        return doc


def _raw() -> dict[str, Any]:
    return tomllib.loads(resources.files("flashpoint").joinpath(DEFAULT_CONFIG).read_text(encoding="utf-8"))


def _with_stage(name: str, block: dict[str, Any], *, at: int | None = None) -> PipelineConfig:
    raw = _raw()
    order = raw["pipeline"]["stages"]
    order.insert(len(order) if at is None else at, name)
    raw["stages"][name] = block
    return PipelineConfig.model_validate(raw)


def test_a_stage_whose_requirements_come_later_fails_at_build(settings: Settings) -> None:
    config = _with_stage("early", {"factory": "test.needs_coded.v1"}, at=2)  # after clean, annotate
    with pytest.raises(ConfigError, match=r"stage 'early' .* requires 'coded', which no earlier stage"):
        Pipeline(settings, config=config)


def test_the_same_stage_after_its_requirements_builds(settings: Settings) -> None:
    config = _with_stage("late", {"factory": "test.needs_coded.v1"})
    assert [name for name, _ in Pipeline(settings, config=config).stages][-1] == "late"


def test_a_pipeline_without_events_fails_at_build(settings: Settings) -> None:
    raw = _raw()
    raw["pipeline"]["stages"].remove("segment")
    with pytest.raises(ConfigError, match="no stage assigns 'events'"):
        Pipeline(settings, config=PipelineConfig.model_validate(raw))


def test_a_toy_stage_appended_to_the_real_pipeline_runs(pipeline: Pipeline, settings: Settings) -> None:
    config = _with_stage("tag", {"factory": "test.tag_notes.v1", "marker": "[checked]"})
    toy = Pipeline(settings, pipeline.resources, config=config)
    text = ARTICLE.read_text(encoding="utf-8")
    _, plain = pipeline.process(Article(text=text, id="kenya"))
    _, tagged = toy.process(Article(text=text, id="kenya"))
    assert plain, "the sample article has events"
    assert [e.notes for e in tagged] == [f"{e.notes} [checked]" for e in plain]
    assert [e.event_id for e in tagged] == [e.event_id for e in plain]
    items = [Article(text=text, id="kenya"), Article(text="  ", id="blank")]
    piped = [result for _, result in toy.pipe(items)]
    assert not isinstance(piped[0], Rejected)
    assert [e.notes for e in piped[0][1]] == [e.notes for e in tagged]
    assert isinstance(piped[1], Rejected) and piped[1].stage == "clean"
