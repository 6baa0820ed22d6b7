"""Pipeline stages for non-English articles: identify the language, then annotate, detect and code by rules.

The default config runs `flashpoint.language.v1` after clean and gates the English annotate/detect/code
stages to `languages = ["en"]` and these to the languages they have lexicons for; geocode and segment are
shared, so the events are the same `Event` records as the English path's.
"""

from __future__ import annotations

from typing import ClassVar

from flashpoint.document import ArticleDoc, Resources
from flashpoint.extract.code import ArticleContext
from flashpoint.lang.annotate import RuleAnnotator
from flashpoint.lang.code import RuleCoder
from flashpoint.lang.detect import RuleDetector
from flashpoint.lang.identify import LanguageIdentifier
from flashpoint.lang.lexicon import RuleLexicon, fold
from flashpoint.registry import stages


@stages.register("flashpoint.language.v1")
class LanguageStage:
    """The article's language (ISO 639-1) among `candidates`; English when none clearly wins."""

    requires: ClassVar[tuple[str, ...]] = ("clean",)
    assigns: ClassVar[tuple[str, ...]] = ("language",)

    def __init__(self, *, candidates: list[str]) -> None:
        self.identifier = LanguageIdentifier.load(candidates)

    def initialize(self, resources: Resources) -> None:
        """Nothing heavy: the profiles load with the stage."""

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        if doc.clean is not None:
            doc.language = self.identifier.identify(doc.clean.text)
        return doc


RuleParts = tuple[RuleAnnotator, RuleDetector, RuleCoder]


class _RuleParts:
    """Lexicon, annotator, detector and coder per language, built on first use of that language."""

    def __init__(self) -> None:
        self._resources: Resources | None = None
        self._parts: dict[str, tuple[RuleAnnotator, RuleDetector, RuleCoder]] = {}

    def initialize(self, resources: Resources) -> None:
        self._resources = resources

    def get(self, language: str, no_date_offset_days: int = 0) -> RuleParts:
        if language not in self._parts:
            if self._resources is None:
                raise RuntimeError("rule stage used before initialize()")
            lexicon = RuleLexicon.load(language)
            profile = LanguageIdentifier.load([language]).profiles[language].words
            common = frozenset(fold(w) for w in profile) | lexicon.vocabulary()
            actors = self._resources.actors
            self._parts[language] = (
                RuleAnnotator(lexicon, actors, common),
                RuleDetector(lexicon),
                RuleCoder(lexicon, actors, no_date_offset_days=no_date_offset_days),
            )
        return self._parts[language]


@stages.register("flashpoint.rules.annotate.v1")
class RuleAnnotateStage(_RuleParts):
    """Tokens, sentences, actor and place entities (`flashpoint.lang.annotate`) in the article's language."""

    requires: ClassVar[tuple[str, ...]] = ("clean", "language")
    assigns: ClassVar[tuple[str, ...]] = ("spacy_doc",)

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        annotator, _, _ = self.get(doc.language)
        if doc.clean is not None:
            doc.spacy_doc = annotator(doc.clean.text)
        return doc


@stages.register("flashpoint.rules.detect.v1")
class RuleDetectStage(_RuleParts):
    """Event mentions from the language's cue lexicon (`flashpoint.lang.detect`)."""

    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "clean", "anchor", "language")
    assigns: ClassVar[tuple[str, ...]] = ("headline", "mentions")

    def __init__(self, *, headline_max_tokens: int) -> None:
        super().__init__()
        self.headline_max_tokens = headline_max_tokens

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        _, detector, _ = self.get(doc.language)
        if doc.spacy_doc is None or doc.clean is None:
            return doc
        doc.headline = len(doc.spacy_doc) <= self.headline_max_tokens
        doc.mentions = list(detector.mentions(doc.spacy_doc, doc.anchor, body_start=doc.clean.body_start))
        return doc


@stages.register("flashpoint.rules.code.v1")
class RuleCodeStage(_RuleParts):
    """Each mention coded by `flashpoint.lang.code`."""

    requires: ClassVar[tuple[str, ...]] = (
        "article", "clean", "anchor", "source", "mentions", "locations", "default_country", "language"
    )  # fmt: skip
    assigns: ClassVar[tuple[str, ...]] = ("coded",)

    def __init__(self, *, no_date_offset_days: int = 0) -> None:
        super().__init__()
        self.no_date_offset_days = no_date_offset_days

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        _, _, coder = self.get(doc.language, self.no_date_offset_days)
        body_start = doc.clean.body_start if doc.clean is not None else 0
        ctx = ArticleContext(doc.article.id, doc.anchor, doc.source, doc.default_country, body_start)
        doc.coded = [
            coder.code(mention, location, ctx)
            for mention, location in zip(doc.mentions, doc.locations, strict=True)
        ]
        return doc
