"""What the parse tells of one word of a mention's sentence: whether it is a speaker, in an allegation, a
witness, set apart in time or inside what was hit, and which words are the trigger's roots and partners."""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.extract.detect import EventMention
from flashpoint.extract.fatalities import counted_stretch, long_after
from flashpoint.extract.participants import SERVICE_MEMBER_NOUNS

TRIGGER_ROLES = ("kill", "attack", "clash", "explode", "shell", "airstrike", "abduct", "sexual", "injure",
                 "arrest", "loot", "territory_gain", "territory_regain", "riot", "protest")  # fmt: skip


def police_district(noun: Token) -> bool:
    """'the 5th police district of Kabul': a numbered part of an Afghan city, no force that acts."""
    return noun.lemma_.lower() == "district" and any(
        c.dep_ == "compound" and c.lower_ == "police" for c in noun.children
    )


def owner_of_taken_side(token: Token, taken: set[int]) -> bool:
    """'personnel of the Punjab Police's Elite Force', 'the Interior Ministry's special forces': the service
    named as the owner of a force or its members already taken as a side is that side, no other one."""
    word = token
    for _ in range(3):
        if word.dep_ == "poss":
            word = word.head
        elif word.dep_ == "pobj" and word.head.lower_ == "of":
            word = word.head.head
        else:
            return False
        if word.lemma_.lower() in SERVICE_MEMBER_NOUNS and (word.idx in taken or word.left_edge.idx in taken):
            return True
    return False


MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def set_apart(token: Token, roots: list[Token], duration_nouns: frozenset[str]) -> bool:
    """'..., a day after a passenger convoy was ambushed': a person in a clause set a stretch of time apart
    from the event (and holding none of its cues) is a side of that other day's incident."""
    for clause in [token, *token.ancestors]:
        if (
            clause.dep_ == "advcl"
            and long_after(clause, duration_nouns)
            and any(m.dep_ == "mark" and counted_stretch(m.doc[m.i - 1]) for m in clause.children if m.i > 0)
        ):
            return not any(root == clause or clause in root.ancestors for root in roots)
    return False


def inside_what_was_hit(token: Token, roots: list[Token]) -> bool:
    """A name inside the object or passive subject of a verb ("the house of a PTI candidate was damaged") is
    the target's, unless the phrase reaches the event's own trigger first ("slammed the NPA killings")."""
    for word in [token, *token.ancestors]:
        if word in roots:
            return False
        if word.dep_ in ("nsubjpass", "dobj"):
            return True
    return False


ALLEGATION_LEMMAS = frozenset({"accuse", "accused", "suspect", "suspected"})


def in_allegation(token: Token) -> bool:
    """A word inside what someone is accused or suspected of ('accused of spying for the government')."""
    for ancestor in token.ancestors:
        if ancestor.lower_ == "of" and ancestor.head.lemma_.lower() in ALLEGATION_LEMMAS:
            return True
    return False


def blamed(token: Token) -> bool:
    """A word naming whom a speaker blames ("blaming FARC dissidents", "blamed the attack on the BLA"):
    the object of 'blame' or of its 'on', not the blamer."""
    for node in (token, *token.ancestors):
        head = node.head
        if node.dep_ == "pobj" and head.lower_ == "on":
            node, head = head, head.head
            if head.dep_ == "dobj" and head.head.lemma_.lower() == "blame":
                head = head.head  # "blamed the attack on the BLA"
        if head.lemma_.lower() == "blame" and head.pos_ == "VERB" and node.dep_ in ("dobj", "prep"):
            return True
        if node.dep_ not in ("compound", "amod", "conj", "appos"):
            return False
    return False


# nouns whose 'of' takes those who watched an event: "flogged two men in the presence of local officials"
WITNESSING_NOUNS = frozenset({"presence"})


def witnessing(token: Token) -> bool:
    """A word inside who watched the event ('publicly executed a man in the presence of senior officials'):
    onlookers of a public punishment are no side of it."""
    return any(
        ancestor.lower_ == "of" and ancestor.head.lemma_.lower() in WITNESSING_NOUNS
        for ancestor in token.ancestors
    )


def modifier_chain(noun: Token) -> list[Token]:
    """The modifiers of a noun and of its compound modifiers: 'police' in 'a police bomb disposal squad';
    and of an adjective the parser hung one on: 'Russian' in 'Russian guided aerial bombs' (on 'guided')."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS:
            found.append(child)
            if child.dep_ in ("compound", "amod"):
                found.extend(modifier_chain(child))
    return found


SPEAKER_NOUNS = frozenset({"spokesman", "spokesperson", "spokeswoman", "official", "officials", "source",
                           "sources", "statement", "agency", "commander", "leader", "minister", "ministry",
                           "governor", "witness", "witnesses", "resident", "residents", "chief", "report",
                           "media"})  # fmt: skip


SPEECH_LEMMAS = frozenset({"say", "tell", "report", "confirm", "announce", "add", "state", "accuse", "blame",
                           "deny"})  # fmt: skip


def announces(token: Token, roots: list[Token]) -> bool:
    """The subject of a speech verb whose object is the event itself ("the ELN announced a unilateral
    ceasefire", "the group declared a truce") is its actor, not a mere source."""
    return any(root.pos_ == "NOUN" and root.dep_ == "dobj" and root.head == token.head for root in roots)


def is_speaker(token: Token) -> bool:
    """'a Taliban spokesman said', 'police said', 'its Amaq news agency said': sources, not participants."""
    head = token
    while head.dep_ in ("compound", "amod", "poss", "nmod") and head.head != head:
        head = head.head
    if head.lemma_.lower() in SPEAKER_NOUNS and head is not token:
        return True
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEECH_LEMMAS


def attack_by(verb: Token, roots: list[Token]) -> Token | None:
    """Who made the attack a verb of defence takes: 'repulsed an attack by TTP militants' -> militants."""
    attack = next((c for c in verb.children if c.dep_ == "dobj" and c in roots), None)
    if verb.pos_ != "VERB" or attack is None:
        return None
    by = next((c for c in attack.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def bare_man(token: Token) -> bool:
    """'a man', 'two men', 'a young man': a person named by nothing but the word, a count or an age."""
    ages = ("young", "old", "elderly")
    where = ("in", "at", "near", "on", "during", "outside", "inside")  # "killed a man in Karachi": a place

    def plain(child: Token) -> bool:
        return (
            child.dep_ in ("det", "nummod", "predet")
            or child.lower_ in ages
            or (child.dep_ == "prep" and child.lower_ in where)
        )

    return token.lemma_.lower() == "man" and all(plain(c) for c in token.children)


def trigger_roots(mention: EventMention) -> list[Token]:
    tokens = list(mention.sentence)
    roots = [mention.trigger]
    for hit in mention.hits:
        if hit.category.startswith("t:") and hit.category[2:] in TRIGGER_ROLES:
            root = hit.root(tokens)
            if root not in roots:
                roots.append(root)
    for root in list(roots):
        # "traders beat a suspected pickpocket to death": the cue is "to death", the deed the verb it ends
        prep = root.head if root.lower_ == "death" and root.dep_ == "pobj" else root
        ends_a_deed = prep.lower_ == "to" and prep.dep_ == "prep" and prep.head.pos_ == "VERB"
        if ends_a_deed and prep.head not in roots:
            roots.append(prep.head)
    return roots


def joined_act(verb: Token) -> bool:
    """A verb that tells the same act as its head: joined by 'and' ('raided the camp and clashed with
    militants') or a bare participle clause on it ('raided the camp on Monday, battling Palestinian
    gunmen for hours'; not 'after battling', a clause an earlier step opens)."""
    if verb.dep_ == "conj":
        return True
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)


def clash_partner_tokens(mention: EventMention) -> list[Token]:
    """The 'with' objects of the event's clash words, verb or noun ('clashed with militants', 'a fierce
    gunbattle with Palestinian militants')."""
    tokens = list(mention.sentence)
    clashes = (h.root(tokens) for h in mention.hits if h.category == "t:clash")
    return [
        g
        for word in clashes
        for c in word.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def taken_from(verb: Token) -> Token | None:
    """The side a place was taken from: the object of 'from' on the verb or on its object ('seized the
    town from IS', 'wrested control of a camp from a militia'), else the owner its object names ('captured
    the army's base')."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    holders += [g for h in holders[1:] for c in h.children if c.dep_ == "prep" for g in c.children]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    # "captured the military's Northeastern Command headquarters": whose the place was, when no 'from' says
    owners = [c for h in holders[1:] for c in h.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return owners[0] if owners else None
