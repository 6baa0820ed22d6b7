"""A spaCy `Doc` for a language without a parser model: tokens, sentences, actor names and place names.

The tokenizer is spaCy's blank pipeline for the language. Sentences end at '.', '!', '?', ';', '|' and line
breaks (joined headlines). Named actors come from the alias table (`ACTOR` entities, the canonical name in
`kb_id_`); place names are capitalised runs after a place word ("en Chilpancingo, Guerrero"), which become
`GPE` entities for the geoparser. Names of streets and neighbourhoods ("colonia Jalisco") become `FAC`
entities, so the gazetteer scan does not read a state into them.
"""

from __future__ import annotations

from collections.abc import Iterable

import spacy
from spacy.tokens import Doc, Span

from flashpoint.actors.table import ActorTable
from flashpoint.lang.lexicon import PhraseTable, RuleLexicon, fold

SENTENCE_ENDS = frozenset({".", "!", "?", ";", "|"})
MAX_PLACE_WORDS = 6


def actor_forms(actors: ActorTable, common: frozenset[str]) -> dict[str, list[str]]:
    """Alias forms by canonical name; one-word forms only when they are no common word of the language."""
    forms: dict[str, list[str]] = {}
    for entry in actors:
        for form in entry.surface_forms():
            words = form.split()
            short = len(form) < 3 and not any(c.isdigit() for c in form)  # '3R' is a name, 'AL' may be a word
            if not words or (len(words) == 1 and (fold(form) in common or short)):
                continue
            forms.setdefault(entry.name, []).append(form)
    return forms


class RuleAnnotator:
    def __init__(self, lexicon: RuleLexicon, actors: ActorTable, common: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.nlp = spacy.blank(lexicon.language)
        self.common = common
        self.actors = PhraseTable(actor_forms(actors, common))

    def __call__(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        _set_sentences(doc)
        actors = list(self._actors(doc))
        taken = {i for span in actors for i in range(span.start, span.end)}
        doc.set_ents([*actors, *self._places(doc, taken)])
        return doc

    def _actors(self, doc: Doc) -> Iterable[Span]:
        words = [fold(t.text) for t in doc]
        for match in self.actors.find(words):
            first = doc[match.start]
            if match.end - match.start == 1 and not any(c.isupper() for c in first.text):
                continue  # a one-word alias is a name only when written as one ('des anti-Balaka' is)
            yield Span(doc, match.start, match.end, label="ACTOR", kb_id=match.key)

    def _places(self, doc: Doc, taken: set[int]) -> list[Span]:
        spans: list[Span] = []
        i = 0
        while i < len(doc):
            end = self._name_end(doc, i, taken) if doc[i].text[:1].isupper() else i
            if end == i:
                i += 1
                continue
            label = self._label(doc, i, end, spans)
            if label == "FAC":
                # 'colonia Jalisco de Tijuana': the neighbourhood ends where its town is named
                end = next(
                    (k for k in range(i + 1, end) if fold(doc[k].text) in self.lexicon.street_name_ends), end
                )
                spans.append(Span(doc, i - 1, end, label="FAC"))
            elif label == "GPE":
                spans.append(Span(doc, i, end, label="GPE"))
            i = end
        return spans

    def _name_end(self, doc: Doc, start: int, taken: set[int]) -> int:
        """End of the capitalised name starting at `start` ('Valle de Juárez'), or `start` if none does."""
        end = start
        i = start
        while i < len(doc) and i - start < MAX_PLACE_WORDS and i not in taken:
            token = doc[i]
            if i > start and token.is_sent_start:
                break
            if _is_name_word(token, self.common):
                end = i + 1
            elif fold(token.text) not in self.lexicon.name_connectors:
                break
            i += 1
        return end

    def _label(self, doc: Doc, start: int, end: int, found: list[Span]) -> str | None:
        words = [fold(t.text).rstrip(".") for t in doc[max(0, start - 3) : start]]
        if words and words[-1] in self.lexicon.street_words:
            return "FAC"
        if any(tuple(words[-n:]) in self.lexicon.place_words for n in (1, 2, 3) if len(words) >= n):
            return "GPE"
        if start > 0 and doc[start - 1].text == "," and found and found[-1].end == start - 1:
            return "GPE"  # 'en Chilpancingo, Guerrero': the unit that contains the town
        after = doc[end].text if end < len(doc) else ""
        if doc[start].is_sent_start and after in (":", ","):
            return "GPE"  # 'Tijuana: ...', a headline's place label
        return None


def _is_name_word(token: object, common: frozenset[str]) -> bool:
    text = token.text  # type: ignore[attr-defined]
    return text[:1].isupper() and any(c.isalpha() for c in text) and fold(text) not in common


def _set_sentences(doc: Doc) -> None:
    for token in doc:
        previous = doc[token.i - 1] if token.i > 0 else None
        token.is_sent_start = previous is None or previous.text in SENTENCE_ENDS or "\n" in previous.text
