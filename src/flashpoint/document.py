"""The typed document that flows through the pipeline stages, and the shared resources they use.

Each stage reads the `ArticleDoc` fields it `requires` and fills the ones it `assigns`; the pipeline checks
that order when it is built (`flashpoint.pipeline_config`). Only `article` is set on entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, ClassVar, Protocol

from flashpoint.nlp.headlines import blank_wire_tags
from flashpoint.nlp.truecase import truecase_headlines
from flashpoint.schema import Article, CleanArticle, Event, Location, PlaceMention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from flashpoint.actors.lexicon import ActorLexicon
    from flashpoint.actors.table import ActorTable
    from flashpoint.extract.code import CodedMention
    from flashpoint.extract.cues import CueLexicon
    from flashpoint.extract.detect import EventMention
    from flashpoint.extract.extractor import Geoparser

INPUT_FIELDS = frozenset({"article"})


@dataclass
class ArticleDoc:
    article: Article
    clean: CleanArticle | None = None  # body text, dateline, publisher (clean)
    anchor: dt.date | None = None  # the date relative dates resolve against (clean)
    source: str | None = None  # ACLED source field, "IANS; RFE/RL" (clean)
    language: str = "en"  # ISO 639-1 code; gated stages run only on their languages (language)
    spacy_doc: Doc | None = None  # parse of the (truecased) text (annotate)
    headline: bool = False  # headline-style text: present tense reports the past (detect)
    mentions: list[EventMention] = field(default_factory=list)  # detect
    places: list[PlaceMention] = field(default_factory=list)  # geocode
    locations: list[Location | None] = field(default_factory=list)  # one per mention (geocode)
    # the other places of a list each mention's place stands in, "in Dakar and Ziguinchor" (geocode)
    listed_places: list[list[Location]] = field(default_factory=list)
    default_country: str | None = None  # the article's main country (geocode)
    coded: list[CodedMention] = field(default_factory=list)  # code
    events: list[Event] = field(default_factory=list)  # segment

    @classmethod
    def field_names(cls) -> frozenset[str]:
        return frozenset(f.name for f in fields(cls))


@dataclass
class Resources:
    """Everything heavy the stages share; built once per process and handed to each stage's `initialize`."""

    nlp: Language
    actors: ActorTable
    lexicon: ActorLexicon
    cues: CueLexicon
    geoparser: Geoparser | None = None
    common_words: frozenset[str] = frozenset()

    def analysis_text(self, text: str) -> str:
        """The text the parser sees: agency revision tags in brackets blanked ("(Updating toll)"), headlines
        in Title Case or CAPITALS truecased; the same length as `text`."""
        return truecase_headlines(blank_wire_tags(text), self.common_words)


class Stage(Protocol):
    """One pipeline step. Constructors are cheap; resources arrive in `initialize`."""

    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def initialize(self, resources: Resources) -> None: ...

    def __call__(self, doc: ArticleDoc) -> ArticleDoc: ...
