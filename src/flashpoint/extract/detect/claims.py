"""Who an incident is attributed to (a claim of responsibility, a suspicion), and whom its victims
belonged to."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from flashpoint.extract.cues import CueHit, WordLists
from flashpoint.nlp.memo import span_text
from flashpoint.nlp.model import ACTOR_LABEL


def between_sides(roots: list[Token]) -> tuple[Token, Token] | None:
    """The two nouns of 'clashes between A and B' ('clashes broke out between A and B', where the parse
    hangs 'between' on the verb the clash is the subject of)."""
    for root in roots:
        for holder in (root, root.head):
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "between":
                    continue
                first = next((c for c in prep.children if c.dep_ == "pobj"), None)
                second = next((c for c in first.children if c.dep_ == "conj"), None) if first else None
                if first is not None and second is not None:
                    return first, second
                if first is not None and _coordinated_modifiers(first):
                    # "clashes between Hausa and Yoruba traders": two groups of one kind, both the noun
                    return first, first
    return None


def _coordinated_modifiers(noun: Token) -> bool:
    """The noun carries two modifiers joined by a conjunction ('Hausa and Yoruba traders', 'Hindu and Muslim
    youths'): it names two groups of its kind."""
    return any(
        mod.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in mod.children)
        for mod in noun.children
    )


def governors(token: Token) -> Iterator[Token]:
    """The token and the words it hangs under, but not a coordinate it is joined to: in "paraded two women
    naked and sexually assaulted them" the assault is an act of its own, not part of the parade (what
    governs the parade governs it too; a verb the parser joined to a noun or adjective heads its own
    clause)."""
    yield token
    while token.head.i != token.i:
        joined = token.dep_ == "conj"
        if joined and token.pos_ == "VERB" and token.head.pos_ != "VERB":
            return
        token = token.head
        if not joined:
            yield token


# what a group claims when it claims a deed itself: "IS claimed the attack", "the BLA claimed the bombing"
CLAIMED_DEEDS = frozenset(
    {"attack", "attacks", "bombing", "bombings", "blast", "ambush", "assault", "killing", "killings", "raid",
     "assassination", "abduction", "kidnapping", "shooting", "explosion", "strike", "strikes"}
)  # fmt: skip


def _claims_it(token: Token) -> bool:
    """'claimed responsibility', 'accepted responsibility', or 'claimed the attack' (the deed itself), also
    in the passive ('the attack was claimed by JNIM')."""
    lemma = token.lemma_.lower()
    return (
        lemma in ("claim", "accept", "take", "own")
        and any(c.lower_ == "responsibility" for c in token.children)
    ) or (
        lemma == "claim"
        and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in CLAIMED_DEEDS for c in token.children)
    )


def claimant_of(sent: Span) -> Token | None:
    """The subject of 'claimed responsibility' or 'claimed the attack' in this sentence, if any; a named
    actor the small model reads as an auxiliary counts ("IS claimed responsibility": 'IS' read as 'is')."""
    lowered = span_text(sent).lower()
    if "claim" not in lowered and "responsibility" not in lowered:
        return None  # a cheap test first: most sentences claim nothing
    for token in sent:
        if _claims_it(token):
            for child in token.children:
                if child.dep_ == "nsubj" or (
                    child.dep_ in ("aux", "auxpass") and child.ent_type_ == ACTOR_LABEL
                ):
                    return child
                if child.dep_ == "agent":  # "The attack was claimed on Monday by JNIM"
                    return next((g for g in child.children if g.dep_ == "pobj"), None)
        if (named := _compound_claimant(token)) is not None:
            return named
    return None


def _compound_claimant(token: Token) -> Token | None:
    """'Pakistan Taleban claim attack on police': a headline the parser reads as one noun phrase, "claim" a
    compound of the deed claimed; the name right before "claim" is the claimant (its last word)."""
    if token.lower_ not in ("claim", "claims") or token.dep_ != "compound" or token.i == 0:
        return None
    if token.head.lower_ not in CLAIMED_DEEDS:
        return None
    before = token.doc[token.i - 1]
    return before if before.ent_type_ == ACTOR_LABEL else None


# "X was suspected of being behind the attack", "X is believed to be behind it", "police blamed X",
# "the attack was blamed on X": who is said to have done it, a weaker word than a claim
SUSPECT_VERBS = frozenset({"suspect", "believe", "blame", "think", "accuse"})


def attribution(sent: Span) -> tuple[Token, bool] | None:
    """Who a sentence says did the incident before it: the claimant of 'claimed responsibility' (strong) or
    the group 'suspected of being behind' or 'blamed for' it (weak); None if it attributes nothing."""
    claimant = claimant_of(sent)
    if claimant is not None:
        return claimant, True
    for token in sent:
        if token.lemma_.lower() not in SUSPECT_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue
        deps = {c.dep_: c for c in token.children}
        if token.lemma_.lower() == "blame":
            near = [token, *(c for c in token.children if c.dep_ in ("dobj", "nsubjpass"))]
            on = next((c for t in near for c in t.children if c.lower_ == "on" and c.dep_ == "prep"), None)
            target = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            if target is None and "nsubjpass" not in deps:
                target = deps.get("dobj")  # "police blamed Boko Haram (for the attack)"
            elif target is None:
                target = deps["nsubjpass"]  # "Boko Haram was blamed for the attack"
            if target is not None:
                return target, False
        elif "nsubjpass" in deps:  # "Boko Haram was suspected of ...", "is believed to be behind ..."
            return deps["nsubjpass"], False
        elif token.lemma_.lower() in ("suspect", "accuse") and "dobj" in deps:  # "police suspect the BLA"
            return deps["dobj"], False
    return None


# the pronouns that point back to an incident's victim ("he was a member of ...")
VICTIM_PRONOUNS = frozenset({"he", "she", "they"})


VICTIM_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def victim_affiliation(sent: Span, membership_nouns: frozenset[str]) -> list[Token]:
    """The words that may name the armed group a sentence says an incident's victim belonged to ('Hezbollah
    later announced that the man was a commander of its elite Radwan Force', 'The driver was a TTP member'):
    the membership noun a copula gives the victim, which may carry the group's name, and for 'its' or
    'their' the subject of the verb that tells it. Empty if the sentence says no such thing of a person
    named as known ('the man', 'he'), not of someone new ('a man was a member'). A group that names the
    known victims as its own ('Hezbollah later mourned them as fighters') is the group, too."""
    for token in sent:
        if token.lemma_.lower() in membership_nouns and (claimed := _claimed_as_members(token)):
            return claimed
        if token.dep_ != "attr" or token.lemma_.lower() not in membership_nouns:
            continue
        copula = token.head
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if copula.lemma_.lower() != "be" or subject is None:
            continue
        known = subject.lower_ in VICTIM_PRONOUNS or (
            subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        )
        if not known:
            continue
        found = [token]
        if copula.dep_ == "ccomp" and any(t.lower_ in ("its", "their") for t in token.subtree):
            found += [c for c in copula.head.children if c.dep_ == "nsubj"]  # "X said the man was its ..."
        return found
    return []


def _claimed_as_members(noun: Token) -> list[Token]:
    """'Hezbollah later mourned them as fighters', 'the group named the two men as its commanders': the
    membership noun after 'as' on a verb that takes the known victims as its object, and the subject that
    calls them its own."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return []
    verb = noun.head.head
    victims = [c for c in verb.children if c.dep_ == "dobj"]
    known = any(
        v.lower_ in VICTIM_OBJECT_PRONOUNS
        or (v.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in v.children))
        for v in victims
    )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [noun, *subjects] if verb.pos_ == "VERB" and known and subjects else []


_INTO_PREPS = frozenset({"on", "over", "into", "onto"})


def struck_subject(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> Token | None:
    """The subject that ran into an explosive ("a FAMa vehicle struck an IED", "a patrol ran over a roadside
    bomb", "a soldier stepped on a landmine"): the target of the blast, not who planted it."""
    for hit in hits:
        if hit.category not in ("t:explode", "m:ied"):
            continue
        noun = hit.root(tokens)
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in _INTO_PREPS:
            verb = verb.head
        elif noun.dep_ != "dobj":
            continue
        if verb.lemma_.lower() in words.explosive_victim_verbs:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None
