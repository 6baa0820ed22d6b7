"""The pipeline: source -> Article -> clean -> annotate -> detect -> geocode -> code -> segment -> store.

`Pipeline` runs the stages named in the pipeline config (the packaged `default_config.toml`, or
`Settings.pipeline_config`) over an `ArticleDoc`. The stages are built and their order checked when the
pipeline is built; the heavy resources (spaCy model with the actor ruler, gazetteer, actor table, cue
lexicon) load once, lazily, on first use, and are handed to each stage's `initialize`. It never touches the
database or the network: `flashpoint.sources` fetch, `flashpoint.store` saves (and resolves merges).

    pipeline = Pipeline.from_settings(settings)
    clean, events = pipeline.process(article)              # Article -> (CleanArticle, list[Event])
    events = pipeline.extract_text(text, reference_date)   # what `flashpoint eval` calls
    for article, result in pipeline.pipe(articles): ...    # result: (CleanArticle, events) or Rejected
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property

from flashpoint.actors.lexicon import ActorLexicon
from flashpoint.actors.table import ActorTable
from flashpoint.document import ArticleDoc, Resources, Stage
from flashpoint.errors import FlashpointError
from flashpoint.extract.cues import CueLexicon
from flashpoint.extract.extractor import Geoparser
from flashpoint.nlp.model import load_nlp
from flashpoint.nlp.namesakes import namesake_config
from flashpoint.pipeline_config import PipelineConfig, build_stages, geocoder_factory, load_config
from flashpoint.schema import Article, CleanArticle, Event, Rejected
from flashpoint.settings import Settings
from flashpoint.stages import source_label
from flashpoint.text.publishers import Publishers

log = logging.getLogger(__name__)

Result = tuple[CleanArticle, list[Event]]
Stages = Sequence[tuple[str, Stage]]

__all__ = ["ArticleDoc", "Pipeline", "Resources", "Result", "build_resources", "source_label"]


def build_resources(settings: Settings, geocoder: str | None = "flashpoint.gazetteer.v1") -> Resources:
    actors = ActorTable.load(settings.actor_alias_files)
    publishers = list(Publishers.bundled().aliases)
    outlets = [name for name in publishers if actors.lookup(name)]
    lexicon = ActorLexicon.load()
    nlp = load_nlp(settings.spacy_model, actors, outlets, namesake_config(actors, lexicon), publishers)
    geoparser = _load_geoparser(settings, geocoder)
    cues = CueLexicon.load()
    common = frozenset(nlp.Defaults.stop_words) | cues.vocabulary() | lexicon.vocabulary()
    resources = Resources(nlp, actors, lexicon, cues, geoparser, common)
    # The resources live as long as the process: move them (and all else loaded so far) out of the cyclic
    # collector's reach. Otherwise each full collection walks the gazetteer's columns and name maps again,
    # a quarter of a second every few hundred articles; output is unaffected.
    gc.freeze()
    return resources


def _load_geoparser(settings: Settings, name: str | None) -> Geoparser | None:
    if name is None:
        return None
    try:
        geoparser: Geoparser | None = geocoder_factory(name)(settings)
    except ImportError:  # pragma: no cover - the geo package is part of flashpoint
        log.warning("geocoder unavailable: events will carry no coordinates")
        return None
    return geoparser


class Pipeline:
    def __init__(
        self, settings: Settings, resources: Resources | None = None, *, config: PipelineConfig | None = None
    ) -> None:
        self.settings = settings
        self.config = config if config is not None else load_config(settings.pipeline_config)
        self.stages: list[tuple[str, Stage]] = build_stages(self.config)  # cheap; raises ConfigError
        if resources is not None:
            self.__dict__["resources"] = resources

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Pipeline:
        return cls(settings or Settings())

    @cached_property
    def resources(self) -> Resources:
        return build_resources(self.settings, self.config.resources.geocoder)

    @cached_property
    def _ready(self) -> list[tuple[str, Stage]]:
        """The stages, initialized with the shared resources (once)."""
        for _, stage in self.stages:
            stage.initialize(self.resources)
        return self.stages

    @cached_property
    def _phases(self) -> tuple[Stages, tuple[str, Stage] | None, Stages]:
        """Stages run per article before the batched one (the first with `pipe`), that one, and the rest."""
        stages = self._ready
        for i, (_, stage) in enumerate(stages):
            if callable(getattr(stage, "pipe", None)):
                return stages[:i], stages[i], stages[i + 1 :]
        return stages, None, []

    # -- entry points ---------------------------------------------------------------------------------

    def clean(self, article: Article) -> CleanArticle:
        """Run the stages up to the one that assigns the cleaned text."""
        doc = ArticleDoc(article=article)
        for _, stage in self._ready:
            doc = stage(doc)
            if "clean" in stage.assigns:
                break
        if doc.clean is None:  # unreachable: the build checks that some stage assigns it
            raise RuntimeError("no stage assigned the cleaned text")
        return doc.clean

    def process(self, article: Article) -> Result:
        doc = ArticleDoc(article=article)
        for _, stage in self._ready:
            doc = stage(doc)
        return self._result(doc)

    def extract_text(self, text: str, reference_date: dt.date | None = None) -> list[Event]:
        """Events of a bare text; only the text and its reference date are used (for `flashpoint eval`)."""
        article = Article(text=text, published=reference_date).ensure_id()
        try:
            return self.process(article)[1]
        except FlashpointError:
            return []

    def pipe(
        self, articles: Iterable[Article | Rejected], *, batch_size: int = 32
    ) -> Iterator[tuple[Article | Rejected, Result | Rejected]]:
        """Process a stream in order; one article's failure is reported, never stops the rest.

        The stages before the batched one (annotate: `nlp.pipe`) run as articles arrive; the batched stage
        runs on `batch_size` articles at a time; the stages after it run on each parsed article.
        """
        before, _, _ = self._phases
        batch: list[ArticleDoc] = []
        for item in articles:
            if isinstance(item, Rejected):
                yield from self._flush(batch)
                batch = []
                yield item, item
                continue
            doc = _apply(before, ArticleDoc(article=item))
            if isinstance(doc, Rejected):
                yield from self._flush(batch)
                batch = []
                yield item, doc
                continue
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def _flush(self, batch: list[ArticleDoc]) -> Iterator[tuple[Article, Result | Rejected]]:
        if not batch:
            return
        _, batched, after = self._phases
        docs: Iterable[ArticleDoc] = batch if batched is None else batched[1].pipe(batch)  # type: ignore[attr-defined]
        for doc in docs:
            done = _apply(after, doc)
            yield doc.article, done if isinstance(done, Rejected) else self._result(done)

    def _result(self, doc: ArticleDoc) -> Result:
        if doc.clean is None:  # unreachable: the build checks that some stage assigns it
            raise RuntimeError("no stage assigned the cleaned text")
        threshold = self.settings.min_confidence
        return doc.clean, [e for e in doc.events if e.confidence >= threshold]


def _apply(stages: Stages, doc: ArticleDoc) -> ArticleDoc | Rejected:
    """Run `stages` on one article; a FlashpointError becomes a Rejected naming the stage that failed."""
    for name, stage in stages:
        try:
            doc = stage(doc)
        except FlashpointError as exc:
            article = doc.article
            return Rejected(origin=article.origin or article.id, stage=name, code=exc.code, reason=str(exc))
    return doc
