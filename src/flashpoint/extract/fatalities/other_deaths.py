"""Which deaths a sentence names that are not its event's: deaths a crowd protests over, deaths long
before ("two years after a bombing killed 8"), a separate incident, a killing someone is accused of."""

from __future__ import annotations

from spacy.tokens import Token

# what a crowd protests against or over: "rioted after the police killing of a teenager"
GRIEVANCE_PREPOSITIONS = frozenset({"against", "over", "after", "following"})


# what a person is said to have done, on the person: "a woman suspected of killing a girl"
ACCUSATION_LEMMAS = frozenset({"suspect", "accuse", "allege", "charge"})


# nouns whose 'of' takes a killing said or charged, not one seen: "the Russian allegation of killing him"
ACCUSATION_NOUNS = frozenset({"allegation", "accusation", "charge", "claim"})


GRIEVANCE_VERBS = frozenset({"condemn", "denounce", "decry", "demand", "protest", "mourn"})


# the occasion a crowd remembers: a death named inside it is long past, not the crowd's deed
COMMEMORATION_NOUNS = frozenset({"anniversary", "memory", "remembrance", "commemoration", "tribute"})


def attempted_killing(death: Token, attempt_heads: frozenset[str]) -> bool:
    """'tried to kill the governor', 'attempted to assassinate the prime minister': no one died of it."""
    return death.dep_ == "xcomp" and death.head.lemma_.lower() in attempt_heads


def accused_deed(death: Token) -> bool:
    """A killing a victim was accused of, not a death of this event: "lynched a woman suspected of killing a
    girl", "a man accused of murdering his neighbour", "the allegation of killing him". 'To death' is the end
    of a beating, never a deed accused ("beat a man accused of theft to death", whatever the parse hangs it
    on)."""
    if death.lower_ == "death" and death.head.lower_ == "to":
        return False
    if (
        death.dep_ == "pcomp"
        and death.head.lower_ == "of"
        and death.head.head.lemma_.lower() in ACCUSATION_NOUNS
    ):
        return True
    for ancestor in list(death.ancestors)[:3]:
        if ancestor.lemma_.lower() in ACCUSATION_LEMMAS and ancestor.dep_ in ("acl", "relcl", "amod"):
            return True
    return False


def is_grievance(token: Token) -> bool:
    """A death named as what people protest or remember: 'over the killing of', 'denounced the murder of',
    'on the anniversary of the killing of', 'in memory of women killed by'."""
    head = token.head
    return (
        (token.dep_ == "pobj" and head.lower_ in GRIEVANCE_PREPOSITIONS)
        or (token.dep_ == "dobj" and head.lemma_.lower() in GRIEVANCE_VERBS)
        or (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in COMMEMORATION_NOUNS)
    )


def riot_cause(token: Token) -> bool:
    """A death in the clause a demonstration followed: 'rioted after a police officer killed a teenager'
    (the event's toll only; the clause may still tell the event's type); 'dead' in 'after police shot dead a
    teenager' belongs to the clause of the verb it completes."""
    clause = token.head if token.dep_ in ("acomp", "oprd", "xcomp") else token
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "following") for c in clause.children
    )


def long_after(token: Token, long_ago_nouns: frozenset[str]) -> bool:
    """A clause or phrase set years after what it tells ('five years after crowds burned down its embassy',
    'a decade after the massacre'): the 'after' (a verb's marker, or the preposition itself) follows one of
    `long_ago_nouns`."""
    marks = [c for c in token.children if c.dep_ == "mark"] if token.lower_ != "after" else [token]
    return any(
        m.lower_ == "after" and m.i > 0 and m.doc[m.i - 1].lemma_.lower() in long_ago_nouns for m in marks
    )


def counted_stretch(noun: Token) -> bool:
    """'a day', 'two days', 'hours': a stretch of time counted out, not a time of day ('Thursday night')."""
    return noun.tag_ == "NNS" or any(
        c.dep_ in ("det", "nummod") and c.lower_ not in ("that", "this", "the") for c in noun.children
    )


def long_after_clause(token: Token, long_ago_nouns: frozenset[str]) -> bool:
    """A death in a clause the sentence sets long before ('two years after a bombing killed 8 soldiers')."""
    clause = token.head if token.dep_ in ("acomp", "oprd", "xcomp") else token
    return clause.dep_ == "advcl" and long_after(clause, long_ago_nouns)


# words that set an incident apart from the one a sentence tells ("in a separate clash")
APART_MODIFIERS = frozenset({"separate", "another", "different", "unrelated"})


def in_separate_incident(death: Token) -> bool:
    """'Insurgents beheaded four villagers on Friday, while troops said they had killed six militants in a
    separate clash': the dead of a clause joined to the sentence's incident and set 'in a separate' one are
    that other incident's (its own sentence counts them when it is told alone: 'In a separate clash, ...')."""
    verb = (
        death
        if death.pos_ in ("VERB", "AUX")
        else next((a for a in death.ancestors if a.pos_ in ("VERB", "AUX")), None)
    )
    if verb is None or verb.dep_ == "ROOT":
        return False
    apart = any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            noun.dep_ == "pobj"
            and any(c.dep_ == "amod" and c.lower_ in APART_MODIFIERS for c in noun.children)
            for noun in prep.children
        )
        for prep in verb.children
    )
    return apart and any(a.dep_ in ("advcl", "conj") for a in [verb, *verb.ancestors])
