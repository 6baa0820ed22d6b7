"""Finding the parts eval runs against: the extraction pipeline and the toponym scorer of `flashpoint.geo`.

Both are looked up when a run starts (never at import), so eval works with whatever the install provides.
"""

from __future__ import annotations

import importlib
from typing import Any

from flashpoint.errors import ConfigError
from flashpoint.evaluate.gold import GoldRecord
from flashpoint.evaluate.runner import BatchFn, ExtractFn, Item, ToponymScorer
from flashpoint.schema import Article, Event
from flashpoint.settings import Settings


def pipeline_extractor(settings: Settings) -> tuple[ExtractFn, BatchFn | None]:
    """`Pipeline.extract_text`, and a batch function (the pipeline's `extract_many`, or one over its
    `pipe`, which runs spaCy on batches), built once from settings."""
    try:
        module = importlib.import_module("flashpoint.pipeline")
    except ImportError as exc:
        raise ConfigError(f"the extraction pipeline cannot be imported: {exc}") from exc
    pipeline_cls = getattr(module, "Pipeline", None)
    if pipeline_cls is None or not hasattr(pipeline_cls, "extract_text"):
        raise ConfigError("flashpoint.pipeline has no Pipeline with extract_text: nothing to evaluate")
    pipeline = pipeline_cls.from_settings(settings)
    batch = getattr(pipeline, "extract_many", None)
    if batch is None and hasattr(pipeline, "pipe"):
        batch = _batch_over_pipe(pipeline)
    return pipeline.extract_text, batch


def _batch_over_pipe(pipeline: Any) -> BatchFn:
    """Batch extraction through `Pipeline.pipe`: the same stages as `extract_text` (an article that is
    rejected gives no events), with the text and reference date as the only input."""

    def extract_many(items: list[Item]) -> list[list[Event]]:
        articles = [Article(text=text, published=ref).ensure_id() for text, ref in items]
        results = pipeline.pipe(articles, batch_size=max(1, len(articles)))
        return [result[1] if isinstance(result, tuple) else [] for _, result in results]

    return extract_many


def toponym_scorer(settings: Settings) -> ToponymScorer | None:
    """`flashpoint.geo.scoring.toponym_scores` bound to settings, or None when the geo package lacks it.

    The scorer's spaCy model and geoparser are built on first use and shared by every call of this scorer.
    """
    try:
        module = importlib.import_module("flashpoint.geo.scoring")
    except ImportError:
        return None
    scores = getattr(module, "toponym_scores", None)
    if scores is None:
        return None
    shared: dict[str, Any] = {}

    def score(records: list[GoldRecord]) -> dict[str, Any]:
        if not shared:
            shared.update(_geo_parts(settings))
        dumped = [r.model_dump(mode="json") for r in records]
        return dict(scores(dumped, settings=settings, **shared))

    return score


def _geo_parts(settings: Settings) -> dict[str, Any]:
    """The nlp and geoparser `toponym_scores` would build itself, built once; {} if that fails."""
    try:
        import spacy

        from flashpoint.geo.gazetteer import Gazetteer
        from flashpoint.geo.parser import Geoparser
        from flashpoint.nlp.model import add_name_abbreviations
    except ImportError:
        return {}
    nlp = add_name_abbreviations(spacy.load(settings.spacy_model))
    return {"nlp": nlp, "geoparser": Geoparser(Gazetteer.load(settings))}
