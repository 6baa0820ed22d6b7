"""The memoised views of a parsed doc give what spaCy's own properties give (real model)."""

from __future__ import annotations

import spacy

from flashpoint.nlp.memo import doc_entities, doc_text, span_entities, span_text
from flashpoint.settings import Settings

TEXT = (
    "Militants of Tehrik-e Taliban Pakistan killed four soldiers in North Waziristan on Thursday. "
    "A day earlier, gunmen shot dead a police officer in Mir Ali, police said in Peshawar."
)
# paragraph breaks, doubled and trailing spaces: whitespace tokens and whitespace after the last token
SPACED_TEXT = "Gunmen  killed two guards in Kano.  \n\nPolice said  on Sunday that 3 were held. \n"


def test_memoised_views_match_spacy() -> None:
    doc = spacy.load(Settings().spacy_model)(TEXT)
    assert doc_text(doc) == doc.text
    ents = doc_entities(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_entities(doc) is ents  # built once per doc
    for sent in doc.sents:
        assert [(e.start, e.end) for e in span_entities(sent)] == [(e.start, e.end) for e in sent.ents]
    assert len(ents) >= 4  # the test means something only if the text has entities in both sentences
    assert all(span_entities(sent) for sent in doc.sents)


def test_span_text_is_the_span_s_own_text() -> None:
    doc = spacy.load(Settings().spacy_model)(SPACED_TEXT)
    spans = [*doc.sents, doc[1:4], doc[len(doc) - 3 :], doc[:]]
    assert any(t.is_space for t in doc)  # the text has whitespace tokens, the case a slice could get wrong
    for span in spans:
        assert span_text(span) == span.text
    assert doc_text(doc) == SPACED_TEXT
