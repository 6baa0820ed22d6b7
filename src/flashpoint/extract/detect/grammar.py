"""Small questions about a parse that several detection steps ask: the clause a word is in, what governs it,
whether it is negated or placed."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

# the dependencies that stay inside one noun phrase ("the air strikes carried out by the warplanes")
NOUN_PHRASE_DEPS = frozenset(
    {"compound", "amod", "pobj", "prep", "agent", "acl", "nmod", "appos", "conj", "dobj"}
)


def governing_verb(noun: Token) -> Token:
    """The verb a noun hangs on, through the nouns and prepositions between."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb


def climb_noun_phrase(
    token: Token, links: tuple[str, ...], heads: tuple[str, ...], of_heads: tuple[str, ...]
) -> Token:
    """Up to four steps up a noun phrase: along one of `links` to a head of the `heads` parts of speech, or
    out of an 'of' object to the word of the `of_heads` parts of speech it follows."""
    for _ in range(4):
        if token.dep_ in links and token.head.pos_ in heads:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in of_heads:
            token = token.head.head
        else:
            break
    return token


def infinitive(verb: Token) -> bool:
    """'to end': a bare verb with its 'to'."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def negated(token: Token) -> bool:
    """'had not encountered any resistance': the cue names what did not happen."""
    return any(child.dep_ == "neg" for child in token.children)


# the prepositions that set an incident at a place ('in Tbilisi', 'outside the parliament')
PLACE_PREPOSITIONS = frozenset({"in", "at", "outside", "near", "inside", "before"})


def placed(verb: Token) -> bool:
    """The verb's clause sets it at a named place: 'have staged rallies in the Gaza Strip', 'outside the
    parliament'; 'across the country' or 'in recent weeks' is no place."""
    for token in own_clause(verb):
        if token.dep_ != "pobj" or token.head.lower_ not in PLACE_PREPOSITIONS:
            continue
        if token.ent_type_ in ("GPE", "LOC", "FAC") or token.pos_ == "PROPN":
            return True
    return False


def is_participle_clause(verb: Token) -> bool:
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head != verb


def clause_verb(verb: Token, *, stop_at_subject: bool = False) -> Token:
    """The verb a chain of participle clauses hangs on ('charged a camp, hosting ..., inflicting ...');
    with `stop_at_subject`, a participle with a subject of its own ends the chain."""
    while is_participle_clause(verb) and not (
        stop_at_subject and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        verb = verb.head
    return verb


def subject_sharer(verb: Token) -> Token:
    """The first of coordinated verbs, whose subject a later one without a subject of its own shares
    ('Maoist cadres beat and shot a village headman': the cadres shot him)."""
    while (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
    ):
        verb = verb.head
    return verb


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "conj", "parataxis"})


def own_clause(verb: Token) -> Iterator[Token]:
    """The words of a verb's clause, without the clauses nested in it: in 'has deployed troops in areas
    where the SDF have withdrawn in the past few days' the period belongs to the withdrawal."""
    for child in verb.children:
        if child.dep_ not in CLAUSE_DEPS:
            yield child
            yield from own_clause(child)


def standing_in(token: Token) -> Token | None:
    """The verb of the clause a cue word stands in ('left several people dead': 'dead' stands in 'left')."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def is_below(token: Token, head: Token) -> bool:
    return head == token or head in token.ancestors


CAUSE_MARKS = frozenset({"after", "following"})


# verbs whose object is a toll: "the crash that killed 57", "the fire that left 59 dead"
TOLL_VERBS = frozenset({"kill", "claim", "leave", "injure", "wound"})
