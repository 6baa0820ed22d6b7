"""A stage block with `languages` runs only on articles in those languages; batches keep their order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from flashpoint.document import ArticleDoc, Resources
from flashpoint.lang.gate import BatchedLanguageGate, LanguageGate, gated
from flashpoint.schema import Article


class Mark:
    requires: ClassVar[tuple[str, ...]] = ("article",)
    assigns: ClassVar[tuple[str, ...]] = ("source",)

    def initialize(self, resources: Resources) -> None:
        """Nothing."""

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        doc.source = "marked"
        return doc


class BatchMark(Mark):
    def pipe(self, docs: Iterable[ArticleDoc]) -> Iterator[ArticleDoc]:
        for doc in docs:
            doc.source = "batched"
            yield doc


def _doc(language: str, text: str = "x") -> ArticleDoc:
    return ArticleDoc(article=Article(text=text), language=language)


def test_gate_runs_only_on_its_languages_and_keeps_the_contract() -> None:
    gate = gated(Mark(), ["es"])
    assert type(gate) is LanguageGate
    assert (gate.requires, gate.assigns) == (("article",), ("source",))
    assert gate(_doc("es")).source == "marked"
    assert gate(_doc("en")).source is None


def test_batched_gate_keeps_the_order_of_the_batch() -> None:
    gate = gated(BatchMark(), ["en"])
    assert isinstance(gate, BatchedLanguageGate)
    docs = [_doc("en", "a"), _doc("es", "b"), _doc("en", "c")]
    out = list(gate.pipe(docs))
    assert [d.article.text for d in out] == ["a", "b", "c"]
    assert [d.source for d in out] == ["batched", None, "batched"]
