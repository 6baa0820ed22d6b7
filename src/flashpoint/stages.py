"""Text stages: clean (Article -> body text, dateline, anchor date, source) and annotate (spaCy parse).

The extraction stages (detect, geocode, code, segment) live in `flashpoint.extract.extractor`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar

from flashpoint.document import ArticleDoc, Resources
from flashpoint.errors import EmptyInput
from flashpoint.nlp.dates import infer_year_anchor
from flashpoint.nlp.model import BODY_START_KEY
from flashpoint.registry import stages
from flashpoint.schema import Article, CleanArticle
from flashpoint.text.clean import clean as clean_article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc


def source_label(clean: CleanArticle, article: Article) -> str | None:
    """ACLED's source field: the publisher and the originals it cites, "; "-joined."""
    names = [clean.publisher or article.source]
    names.extend(clean.cited_sources)
    unique = list(dict.fromkeys(n for n in names if n))
    return "; ".join(unique) or None


@stages.register("flashpoint.clean.v1")
class CleanStage:
    """Body text without boilerplate, the dateline, and the date relative dates resolve against."""

    requires: ClassVar[tuple[str, ...]] = ("article",)
    assigns: ClassVar[tuple[str, ...]] = ("clean", "anchor", "source")

    def initialize(self, resources: Resources) -> None:
        """Nothing heavy: the text resources are bundled data read once by `flashpoint.text`."""

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        article = doc.article
        article.ensure_id()
        cleaned = clean_article(article)
        if not cleaned.text.strip():
            raise EmptyInput("no article text left after cleaning")
        doc.clean = cleaned
        doc.anchor = cleaned.published or article.published or infer_year_anchor(cleaned.text)
        doc.source = source_label(cleaned, article)
        return doc


@stages.register("flashpoint.annotate.v1")
class AnnotateStage:
    """The spaCy parse (sentences, entities, actor ruler) of the text, truecased first when it is a headline.

    `pipe` parses a batch with `nlp.pipe`, which is what keeps throughput at bare-spaCy speed.
    """

    requires: ClassVar[tuple[str, ...]] = ("clean",)
    assigns: ClassVar[tuple[str, ...]] = ("spacy_doc",)

    def __init__(self) -> None:
        self._resources: Resources | None = None

    def initialize(self, resources: Resources) -> None:
        self._resources = resources

    def _ready(self) -> tuple[Language, Resources]:
        if self._resources is None:
            raise RuntimeError("AnnotateStage used before initialize()")
        return self._resources.nlp, self._resources

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        nlp, resources = self._ready()
        doc.spacy_doc = nlp(_unparsed(nlp, resources, doc))
        return doc

    def pipe(self, docs: Iterable[ArticleDoc]) -> Iterator[ArticleDoc]:
        nlp, resources = self._ready()
        batch = list(docs)
        parsed = nlp.pipe([_unparsed(nlp, resources, d) for d in batch])
        for doc, spacy_doc in zip(batch, parsed, strict=True):
            doc.spacy_doc = spacy_doc
            yield doc


def _unparsed(nlp: Language, resources: Resources, doc: ArticleDoc) -> SpacyDoc:
    """The tokenised text, told where the story starts after its dateline (read by the parser's helpers)."""
    spacy_doc = nlp.make_doc(resources.analysis_text(_text(doc)))
    if doc.clean is not None and doc.clean.body_start:
        spacy_doc.user_data[BODY_START_KEY] = doc.clean.body_start
    return spacy_doc


def _text(doc: ArticleDoc) -> str:
    if doc.clean is None:  # the build-time order check makes this unreachable
        raise RuntimeError("annotate needs the cleaned text")
    return doc.clean.text
