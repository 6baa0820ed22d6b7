"""Route articles by language: a stage block with `languages = [...]` runs only on articles in them.

    [stages.annotate]
    factory = "flashpoint.annotate.v1"
    languages = ["en"]          # articles in other languages pass through untouched

`flashpoint.pipeline_config` wraps such a stage in a `LanguageGate`; the article's language is
`ArticleDoc.language` (set by `flashpoint.language.v1`, English when no stage sets it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from flashpoint.document import ArticleDoc, Resources, Stage


class LanguageGate:
    """`stage` for articles in `languages`; every other article is returned as it came."""

    def __init__(self, stage: Stage, languages: Sequence[str]) -> None:
        self.stage = stage
        self.languages = frozenset(languages)
        self.requires = tuple(getattr(stage, "requires", ()))
        self.assigns = tuple(getattr(stage, "assigns", ()))

    def initialize(self, resources: Resources) -> None:
        self.stage.initialize(resources)

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        return self.stage(doc) if doc.language in self.languages else doc

    def __repr__(self) -> str:
        return f"LanguageGate({self.stage!r}, {sorted(self.languages)})"


class BatchedLanguageGate(LanguageGate):
    """The gate for a stage that batches (`pipe`): the batch keeps its order, others skip the batch."""

    def pipe(self, docs: Iterable[ArticleDoc]) -> Iterator[ArticleDoc]:
        batch = list(docs)
        mine = iter(self.stage.pipe([d for d in batch if d.language in self.languages]))  # type: ignore[attr-defined]
        for doc in batch:
            yield next(mine) if doc.language in self.languages else doc


def gated(stage: Stage, languages: Sequence[str]) -> LanguageGate:
    """`stage` behind a gate for `languages`, keeping its batching when it has one."""
    if callable(getattr(stage, "pipe", None)):
        return BatchedLanguageGate(stage, languages)
    return LanguageGate(stage, languages)
