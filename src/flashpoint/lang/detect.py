"""Event mentions in a language without a parser model: one per sentence that holds a live trigger cue.

A cue is live unless a negation stands just before it ('no hay heridos'); an ambiguous ('weak') cue also
needs the sentence to name a person, a victim count, a weapon or an armed actor ('mata el consumo' is no
killing). Sentences about accidents or quarrels between relatives (with no armed actor), aggregates ('en lo
que va del año') and hypotheticals report no event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from flashpoint.extract.cues import CueHit
from flashpoint.extract.detect import EventMention
from flashpoint.lang.dates import sentence_date
from flashpoint.lang.lexicon import Match, RuleLexicon, fold
from flashpoint.lang.numbers import count_before, dead_count

NEGATION_REACH = 3  # words between a negation and the cue it denies ('no se reportan heridos')
BACKGROUND_DAYS = 365  # a named day this long before publication is background, not news
ALWAYS_OFF = frozenset({"aggregate", "irrealis"})
OFF_WITHOUT_ARMED_ACTOR = frozenset({"accident", "domestic"})


def folded_words(sent: Span) -> list[str]:
    return [fold(t.text) for t in sent]


class RuleDetector:
    def __init__(self, lexicon: RuleLexicon) -> None:
        self.lexicon = lexicon

    def mentions(self, doc: Doc, anchor: dt.date | None, *, body_start: int = 0) -> Iterator[EventMention]:
        for sent in doc.sents:
            if sent.end_char <= body_start:
                continue
            mention = self.mention(sent, anchor)
            if mention is not None:
                yield mention

    def mention(self, sent: Span, anchor: dt.date | None) -> EventMention | None:
        words = folded_words(sent)
        lexicon = self.lexicon
        suppressors = lexicon.suppressors.find(words)
        kinds = {m.key for m in suppressors}
        if kinds & ALWAYS_OFF:
            return None
        if kinds & OFF_WITHOUT_ARMED_ACTOR and not self._armed_actor(sent, words):
            return None
        negations = [m.start for m in suppressors if m.key == "negation"]
        live = [
            m
            for m in lexicon.triggers.find(words)
            if not any(0 < m.start - n <= NEGATION_REACH for n in negations)
            and (m.phrase not in lexicon.weak or self._supported(sent, words, m))
        ]
        if not live:
            return None
        date = sentence_date(words, lexicon, anchor)
        if (
            date is not None
            and date.date is not None
            and anchor is not None
            and ((anchor - date.date).days > BACKGROUND_DAYS)
        ):
            return None
        first = live[0]
        hits = [_hit(sent, m) for m in live]
        trigger = sent[first.start]
        return EventMention(sent, trigger, {m.key for m in live}, set(), hits, date, None)

    def _supported(self, sent: Span, words: Sequence[str], cue: Match) -> bool:
        """Does the sentence name a victim, a count of people or of the dead, a weapon or an armed actor?"""
        lexicon = self.lexicon
        if cue.end < len(words) and words[cue.end] in lexicon.victim_marks:
            return True  # the personal 'a': 'ejecutan a un vendedor' has a person as its object
        if lexicon.support.find(words) or self._armed_actor(sent, words) or dead_count(words, lexicon):
            return True
        for i, word in enumerate(words):
            if word in lexicon.person_words and (
                count_before(words, i, lexicon) is not None
                or any(w in lexicon.victim_marks for w in words[max(0, i - 3) : i])
            ):
                return True
        return False

    def _armed_actor(self, sent: Span, words: Sequence[str]) -> bool:
        if any(ent.label_ == "ACTOR" for ent in sent.ents):
            return True
        return any(m.key in ("armed", "police", "military") for m in self.lexicon.roles.find(words))


def _hit(sent: Span, match: Match) -> CueHit:
    return CueHit(f"t:{match.key}", " ".join(match.phrase), sent.start + match.start, sent.start + match.end)
