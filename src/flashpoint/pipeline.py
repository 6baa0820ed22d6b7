"""The pipeline: source -> Article -> clean -> annotate -> detect -> code -> geocode -> resolve -> store.

`Pipeline` holds the heavy resources (spaCy model with the actor ruler, gazetteer), loaded once and lazily
on first use, and runs the pure stages on articles. It never touches the database or the network:
`flashpoint.sources` fetch, `flashpoint.store` saves (and resolves merges).

    pipeline = Pipeline.from_settings(settings)
    clean, events = pipeline.process(article)              # Article -> (CleanArticle, list[Event])
    events = pipeline.extract_text(text, reference_date)   # what `flashpoint eval` calls
    for article, result in pipeline.pipe(articles): ...    # result: (CleanArticle, events) or Rejected
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.language import Language

from flashpoint.actors.lexicon import ActorLexicon
from flashpoint.actors.table import ActorTable
from flashpoint.errors import EmptyInput, FlashpointError
from flashpoint.extract.code import EventCoder
from flashpoint.extract.cues import CueLexicon
from flashpoint.extract.detect import Detector
from flashpoint.extract.extractor import EventExtractor, Geoparser
from flashpoint.extract.participants import ParticipantReader
from flashpoint.nlp.dates import infer_year_anchor
from flashpoint.nlp.model import load_nlp
from flashpoint.nlp.truecase import is_headline_case, truecase
from flashpoint.schema import Article, CleanArticle, Event, Rejected
from flashpoint.settings import Settings
from flashpoint.text.clean import clean as clean_article

log = logging.getLogger(__name__)

Result = tuple[CleanArticle, list[Event]]


@dataclass
class Resources:
    """Everything heavy the stages share; built once per process."""

    nlp: Language
    extractor: EventExtractor
    common_words: frozenset[str] = frozenset()

    def analysis_text(self, text: str) -> str:
        """The text the parser sees: headlines in Title Case or CAPITALS are truecased first."""
        return truecase(text, self.common_words) if is_headline_case(text) else text


def build_resources(settings: Settings) -> Resources:
    actors = ActorTable.load(settings.actor_alias_files)
    nlp = load_nlp(settings.spacy_model, actors)
    geoparser = _load_geoparser(settings)
    lexicon = ActorLexicon.load()
    reader = ParticipantReader(actors, lexicon)
    cues = CueLexicon.load()
    extractor = EventExtractor(Detector(cues), EventCoder(reader), geoparser)
    common = frozenset(nlp.Defaults.stop_words) | cues.vocabulary() | lexicon.vocabulary()
    return Resources(nlp, extractor, common)


def _load_geoparser(settings: Settings) -> Geoparser | None:
    try:
        from flashpoint.geo.parser import Geoparser as GeoGeoparser
        from flashpoint.geo.gazetteer import Gazetteer
    except ImportError:  # pragma: no cover - the geo package is part of flashpoint
        log.warning("geocoder unavailable: events will carry no coordinates")
        return None
    return GeoGeoparser(Gazetteer.load(settings))


def source_label(clean: CleanArticle, article: Article) -> str | None:
    """ACLED's source field: the publisher and the originals it cites, "; "-joined."""
    names = [clean.publisher or article.source]
    names.extend(clean.cited_sources)
    unique = list(dict.fromkeys(n for n in names if n))
    return "; ".join(unique) or None


class Pipeline:
    def __init__(self, settings: Settings, resources: Resources | None = None) -> None:
        self.settings = settings
        if resources is not None:
            self.__dict__["resources"] = resources

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Pipeline:
        return cls(settings or Settings())

    @cached_property
    def resources(self) -> Resources:
        return build_resources(self.settings)

    # -- stages ---------------------------------------------------------------------------------------

    def clean(self, article: Article) -> CleanArticle:
        article.ensure_id()
        cleaned = clean_article(article)
        if not cleaned.text.strip():
            raise EmptyInput(f"{article.origin or article.id}: no article text left after cleaning")
        return cleaned

    def code(self, article: Article, cleaned: CleanArticle, doc=None) -> list[Event]:  # type: ignore[no-untyped-def]
        doc = doc if doc is not None else self.resources.nlp(self.resources.analysis_text(cleaned.text))
        anchor = cleaned.published or article.published or infer_year_anchor(cleaned.text)
        events = self.resources.extractor.extract(
            doc,
            article_id=article.id,
            anchor=anchor,
            source=source_label(cleaned, article),
            dateline_place=cleaned.dateline_place,
            body_start=cleaned.body_start,
        )
        for event in events:  # evidence quotes the original text, not the truecased one
            for evidence in event.evidence:
                evidence.text = cleaned.text[evidence.start : evidence.end]
        threshold = self.settings.min_confidence
        return [e for e in events if e.confidence >= threshold]

    def process(self, article: Article) -> Result:
        cleaned = self.clean(article)
        return cleaned, self.code(article, cleaned)

    def extract_text(self, text: str, reference_date: dt.date | None = None) -> list[Event]:
        """Events of a bare text; only the text and its reference date are used (as `flashpoint eval` requires)."""
        article = Article(text=text, published=reference_date).ensure_id()
        try:
            return self.process(article)[1]
        except FlashpointError:
            return []

    def pipe(
        self, articles: Iterable[Article | Rejected], *, batch_size: int = 32
    ) -> Iterator[tuple[Article | Rejected, Result | Rejected]]:
        """Process a stream in order; one article's failure is reported, never stops the rest."""
        batch: list[tuple[Article, CleanArticle]] = []
        for item in articles:
            if isinstance(item, Rejected):
                yield from self._flush(batch)
                batch = []
                yield item, item
                continue
            try:
                batch.append((item, self.clean(item)))
            except FlashpointError as exc:
                yield from self._flush(batch)
                batch = []
                yield item, Rejected(origin=item.origin or item.id, stage="clean", code=exc.code, reason=str(exc))
                continue
            if len(batch) >= batch_size:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def _flush(self, batch: list[tuple[Article, CleanArticle]]) -> Iterator[tuple[Article, Result | Rejected]]:
        if not batch:
            return
        docs = self.resources.nlp.pipe([self.resources.analysis_text(c.text) for _, c in batch])
        for (article, cleaned), doc in zip(batch, docs, strict=True):
            try:
                yield article, (cleaned, self.code(article, cleaned, doc))
            except FlashpointError as exc:
                yield article, Rejected(origin=article.origin or article.id, stage="code", code=exc.code, reason=str(exc))
