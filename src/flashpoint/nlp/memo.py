"""What spaCy rebuilds on every access, built once per doc and kept in `Doc.user_data`.

spaCy joins every token's text again for each `doc.text` or `span.text`, and builds every entity span anew
for each `doc.ents`; the stages after annotation read them many times per sentence. A doc's text never
changes once tokenised (the retokenizer keeps it), so its memo is always right; its entities are final once
annotation is done.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_TEXT_KEY = "flashpoint.text"  # Doc.user_data key of the memoised text
_ENTS_KEY = "flashpoint.ents"  # Doc.user_data key of the memoised entity spans


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per doc (spaCy joins every token's text again on each access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, cut from the doc's memoised text (spaCy joins the span's tokens again on each access)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per doc (spaCy builds every entity span anew on each access). For the stages
    after annotation only: the components that set entities read and write `doc.ents` itself."""
    ents = doc.user_data.get(_ENTS_KEY)
    if not isinstance(ents, tuple):
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents


def span_entities(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside the span), from the doc's memoised entities."""
    start, end = span.start, span.end
    return [ent for ent in doc_entities(span.doc) if ent.start >= start and ent.end <= end]
