"""The rule-based parts of one language as the stages build them, for tests that run without the gazetteer."""

from __future__ import annotations

import datetime as dt

from flashpoint.actors.table import ActorTable
from flashpoint.extract.detect import EventMention
from flashpoint.lang.annotate import RuleAnnotator
from flashpoint.lang.code import RuleCoder
from flashpoint.lang.detect import RuleDetector
from flashpoint.lang.identify import LanguageIdentifier
from flashpoint.lang.lexicon import RuleLexicon, fold

Parts = tuple[RuleAnnotator, RuleDetector, RuleCoder]


def rule_parts(lexicon: RuleLexicon) -> Parts:
    actors = ActorTable.load()
    profile = LanguageIdentifier.load([lexicon.language]).profiles[lexicon.language].words
    common = frozenset(fold(w) for w in profile) | lexicon.vocabulary()
    return RuleAnnotator(lexicon, actors, common), RuleDetector(lexicon), RuleCoder(lexicon, actors)


def first_mention(parts: Parts, text: str, anchor: dt.date) -> EventMention | None:
    annotator, detector, _ = parts
    mentions = list(detector.mentions(annotator(text), anchor))
    return mentions[0] if mentions else None
