"""Which nouns a list joins: conjuncts and appositions of a victim noun ("two soldiers and a civilian",
"along with"), without the reporters, other names and titles a list may also hold."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

# what the parser hangs on a death verb as a later member of its victims' list ("and three of his guards")
LISTED_VICTIM_POS = frozenset({"NOUN", "PROPN", "NUM"})


# victim nouns that say nothing of who died, so a figure with one of them may be a figure for any dead
GENERIC_DEAD = frozenset(
    {"people", "person", "death", "dead", "fatality", "fatalities", "toll", "victim", "other", "others",
     "body"}
)  # fmt: skip


def listed_with_count(token: Token) -> bool:
    """A noun in a list of victims beside a counted one: a definite singular there ("the driver") is one
    more person, not a mention of someone counted before."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    members = [first, *conjuncts(first)]
    if first.dep_ in ("dobj", "obj"):  # "killing the mayor and three of his guards": the parser hangs the
        members += [c for c in first.head.children if c.dep_ == "conj" and c.pos_ in LISTED_VICTIM_POS]
        members += list(along_with(first.head))  # "killed the minister along with 5 others"
    # "killing a health worker and the policeman escorting the team": a singular with its own "a" is counted
    # as one, so the definite one beside it is another person
    return len(members) > 1 and any(
        member.like_num
        or any(c.dep_ == "nummod" for c in member.children)
        or (member.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in member.children))
        for member in members
        if member is not token
    )


ALONG_WORDS = frozenset({"along", "together"})


ALONG_DEPS = frozenset({"prep", "prt", "advmod"})


def along_with(verb: Token) -> Iterable[Token]:
    """Who a death verb took with its object: "killed a minister along with 5 others", "together with";
    the parser may hang "along" on the verb or on its object or passive subject, and "with" under "along"
    or beside it ("the governor was killed along with two guards")."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass"))]
    for holder in holders:
        alongs = [c for c in holder.children if c.lower_ in ALONG_WORDS and c.dep_ in ALONG_DEPS]
        withs = [w for a in alongs for w in a.children if w.dep_ == "prep" and w.lower_ == "with"]
        if alongs:  # "along" as a particle, "with" its sibling right after it
            after = alongs[0].i + 1
            withs += [w for w in holder.children if w.dep_ == "prep" and w.lower_ == "with" and w.i == after]
        for with_ in withs:
            yield from (g for g in with_.children if g.dep_ == "pobj")
    for holder in (*holders, *(c for h in holders[1:] for c in h.children if c.dep_ == "conj")):
        yield from _in_addition_to(holder)
    # "5 engineers and their driver were killed, as well as the bomber": the parser joins the noun after
    # "as well as" to the verb itself
    doc = verb.doc
    for noun in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")):
        start = noun.left_edge.i
        if start >= 3 and [t.lower_ for t in doc[start - 3 : start]] == ["as", "well", "as"]:
            yield noun


def _in_addition_to(holder: Token) -> Iterable[Token]:
    """The dead a toll adds with "in addition to" ("killing 3 civilians in addition to the bomber", "two
    policemen were killed in addition to the attacker"), hung on the verb, its object or the object's last
    conjunct. Not dead told of with a clause of their own ("in addition to the 5 killed on Monday"): those
    are a toll counted elsewhere."""
    for in_ in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"):
        for addition in (c for c in in_.children if c.dep_ == "pobj" and c.lower_ == "addition"):
            for to in (c for c in addition.children if c.dep_ == "prep" and c.lower_ == "to"):
                for noun in (c for c in to.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")):
                    if not any(c.dep_ in ("acl", "relcl") for c in noun.children):
                        yield noun


def conjuncts(token: Token) -> Iterable[Token]:
    """Every conjunct of a noun, chained ones too: "four police officers, two officials and three civilians"
    (the parser hangs "civilians" on "officials"); not a second title of one person ("a social leader and
    human rights defender")."""
    for child in token.children:
        listed = child.dep_ == "conj" and not _second_title(child) and not _other_name(child)
        if listed and _listed_source(child):
            continue
        if listed or _listed_apposition(child):
            yield child
            yield from conjuncts(child)


# people and bodies who tell a toll rather than die in it: listed right before the speech verb they are its
# subject, however the parser hangs them on the victims ("killing nine civilians, rescuers and a war monitor
# said")
REPORTER_NOUNS = frozenset(
    {"rescuer", "monitor", "official", "source", "witness", "resident", "medic", "doctor", "activist",
     "observer", "spokesman", "spokesperson", "police", "authority", "agency", "media", "villager", "group",
     "relative", "hospital", "army", "military", "ministry", "officer"}
)  # fmt: skip


REPORTING_LEMMAS = frozenset({"say", "tell", "report", "confirm", "add", "state"})


def _listed_source(conjunct: Token) -> bool:
    """An uncounted conjunct whose list ends right before a speech verb that governs the victims' clause
    names who reported the toll: "killing nine civilians, rescuers and a war monitor said" counts nine."""
    if conjunct.lemma_.lower() not in REPORTER_NOUNS or any(c.dep_ == "nummod" for c in conjunct.children):
        return False
    after = conjunct.right_edge.i + 1
    if after >= len(conjunct.doc):
        return False
    verb = conjunct.doc[after]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_LEMMAS and verb in conjunct.ancestors


def _other_name(conjunct: Token) -> bool:
    """A bare name after 'or' ("three members of the Kurdistan Workers' Party, or PKK") gives the group's
    other name: it counts nobody."""
    bare = not any(c.dep_ in ("det", "nummod", "poss") for c in conjunct.children)
    after_or = conjunct.i > 0 and conjunct.doc[conjunct.i - 1].lower_ == "or"
    return conjunct.pos_ == "PROPN" and bare and after_or


def _listed_apposition(child: Token) -> bool:
    """'3 soldiers, 3 civilians and both bombers were killed': the parser makes the second counted noun of
    a list an apposition of the first. It is one more group of dead when it has a count of its own and
    goes on with a conjunct of its own, and no comma closes it ('2 people, 1 soldier and 1 civilian, were
    killed' breaks the 2 down and adds none)."""
    if child.dep_ != "appos" or child.i < child.head.i:
        return False
    counted = any(c.dep_ == "nummod" for c in child.children)
    listed = any(c.dep_ == "conj" for c in child.children)
    after = child.right_edge.i + 1
    closed = after < len(child.doc) and child.doc[after].text == ","
    if listed and not closed and _one_of_a_list(child.head) and _one_of_a_list(child):
        # "an army colonel, a major and a DSP were killed": a list of single people, each one more dead; the
        # conjunct must count one too ("a man, a teacher and activist" names one person twice)
        return any(_one_of_a_list(c) for c in child.children if c.dep_ == "conj")
    head_counted = any(c.dep_ == "nummod" for c in child.head.children)
    own_verb = any(c.pos_ in ("VERB", "AUX") for c in child.children)  # "2 rebels died, 4 soldiers wounded"
    if counted and head_counted and not listed and not own_verb and two_groups(child.head, child):
        # "Air strike kills 13 IS militants, seven civilians": a headline's comma lists a second group
        return True
    one_named = child.head.tag_ == "NN" and child.head.dep_ in ("dobj", "obj") and not head_counted
    if counted and one_named and not listed and not own_verb and two_groups(child.head, child):
        # "Car bomb kills governor of Aden, six guards": a person the verb names, then a counted group
        return True
    return counted and listed and not closed and head_counted


# who may be a part of another group of dead ("ten villagers, four women"): no second group of their own
_PART_OF_ANY_GROUP = frozenset(
    {"woman", "child", "man", "girl", "boy", "minor", "teenager", "infant", "baby", "student", "kid"}
)


def two_groups(first: Token, second: Token) -> bool:
    """Two counted nouns of different dead, neither a bare count of people ("20 people, 13 militants"
    breaks the 20 down) nor a kind of person any group holds."""
    lemmas = (first.lemma_.lower(), second.lemma_.lower())
    generic = any(lemma in GENERIC_DEAD for lemma in lemmas)
    return not generic and lemmas[1] not in _PART_OF_ANY_GROUP and lemmas[0] != lemmas[1]


def _one_of_a_list(noun: Token) -> bool:
    """'a major', 'a DSP' in a list of victims: a singular noun or abbreviated rank with its own 'a'/'an'."""
    singular = noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.is_upper)
    return singular and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _second_title(conjunct: Token) -> bool:
    """A bare singular noun joined to 'a/an' + singular noun names the same person again: "a social leader
    and human rights defender", "a teacher and activist"."""
    head = conjunct.head
    bare = conjunct.tag_ == "NN" and not any(c.dep_ in ("det", "nummod", "poss") for c in conjunct.children)
    one = head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    return bare and one
