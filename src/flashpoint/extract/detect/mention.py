"""An event mention: the sentence that reports one incident, with what detection learned about it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from flashpoint.extract.cues import CueHit
from flashpoint.nlp.dates import (
    ResolvedDate,
)


@dataclass
class EventMention:
    """A sentence that reports one incident, with what detection already learned about it."""

    sentence: Span
    trigger: Token
    categories: set[str]
    modifiers: set[str]
    hits: list[CueHit]
    date: ResolvedDate | None = None
    date_text: str | None = None
    claim_subject: Token | None = None
    struck_subject: Token | None = None  # "a FAMa vehicle struck an IED": who ran into the explosive
    unresolved_day: bool = False  # "on Sunday" with no publication date to resolve it: still a specific day
    extra_sentences: list[Span] = field(default_factory=list)

    @property
    def names_a_day(self) -> bool:
        """A date of its own, resolved or not."""
        return (self.date is not None and self.date.date is not None) or self.unresolved_day

    @property
    def spans(self) -> list[Span]:
        return [self.sentence, *self.extra_sentences]
