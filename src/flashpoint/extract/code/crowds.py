"""Whether the people a mention names act as a crowd (protesters, rioters, a mob) or as an armed group, and
whom and what a crowd harmed."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from flashpoint.actors.roles import Role, inter_of
from flashpoint.extract.code.syntax import trigger_roots
from flashpoint.extract.detect import EventMention
from flashpoint.extract.fatalities import is_grievance
from flashpoint.extract.participants import Participant

MOB_HARM = frozenset({"kill", "attack", "injure"})


CIVILIAN_PROPERTY = frozenset(
    {"house", "home", "shop", "church", "village", "hut", "dwelling", "store", "school", "mosque", "temple",
     "shrine", "worship"}
)  # fmt: skip


# a person named by a generic noun, the victim when a mob beats or attacks them
HARMED_PERSON_NOUNS = frozenset(
    {"man", "men", "person", "persons", "boy", "boys", "individual", "suspect", "thief", "robber", "teenager"}
)


# the people of a place, who become a mob when they beat or kill; "unidentified persons" who hurl a grenade
# or an "unknown assailant" who shoots are an armed group, whatever noun the report uses
GUN_CUES = frozenset(
    {
        "shoot",
        "shooting",
        "gunfire",
        "open fire",
        "fire on",
        "fire at",
        "shoot dead",
        "gun down",
        "gunned down",
    }
)


NOT_A_MOB = frozenset({"unidentified", "unknown", "masked", "armed", "suspected", "hooded"})


WEAPON_MODIFIERS = frozenset({"grenade", "ied", "suicide"})


def one_person(participant: Participant) -> bool:
    """'a BNP worker', 'one activist': a single person, not a crowd."""
    return participant.count == 1 or participant.text.lower().split()[:1] in (["a"], ["an"])


def person_harmed(mention: EventMention) -> bool:
    """A person that a cue of the mention takes as its object ("beat a man", "attacked two suspects"); the
    generic nouns for a person are no actor of their own ("armed men" are no civilians)."""
    tokens = list(mention.sentence)
    roots = [h.root(tokens) for h in mention.hits if h.category.startswith("t:")]
    objects = (o for root in roots for o in root.children if o.dep_ in ("dobj", "nsubjpass"))
    return any(o.lemma_.lower() in HARMED_PERSON_NOUNS for o in objects)


def homes_hit(mention: EventMention) -> bool:
    """Houses, homes, shops or churches burned, looted or destroyed in the mention's sentence."""
    return any(t.lemma_.lower() in CIVILIAN_PROPERTY and t.pos_ == "NOUN" for t in mention.sentence)


def homes_damaged(mention: EventMention) -> bool:
    """A house, shop or school that a cue of the mention takes as its object ("damaging several houses", "a
    drone struck a house"), not one only named nearby ("destroyed vehicles in the area around Zardana
    village"); the small model may hang the participle on the noun ("damaging houses" as a modifier)."""
    tokens = list(mention.sentence)
    roots = [h.root(tokens) for h in mention.hits if h.category.startswith("t:")]
    objects = [o for root in roots for o in root.children if o.dep_ in ("dobj", "nsubjpass")]
    objects += [root.head for root in roots if root.dep_ == "amod"]
    return any(t.lemma_.lower() in CIVILIAN_PROPERTY for obj in objects for t in (obj, *obj.conjuncts))


def civilians_do_violence(
    actor1: Participant | None, mention: EventMention, mob_nouns: frozenset[str]
) -> bool:
    """Ordinary people ("residents", "villagers", "a group of youths") as the perpetrators of killing,
    beating or attacking, with no weapon named: ACLED never codes civilians as actor 1 of violence; a crowd
    that attacks people is a mob (rioters), not an armed group."""
    if actor1 is None or not ordinary_crowd(actor1, mob_nouns):
        return False
    categories = mention.categories
    roots = trigger_roots(mention)
    # "stoned and burned"; the first verb may be misparsed as the sentence's noun root ("beat and burned")
    roots += [r.head for r in roots if r.dep_ == "conj" and (r.head.pos_ == "VERB" or r.head.dep_ == "ROOT")]
    # "stopped a minibus ..., beat them and burned them alive": the subject stands on the first of the verbs
    roots += [_first_conjunct(r) for r in roots if r.dep_ == "conj"]
    active = any(  # the subject of an active verb ("villagers attacked"), not "found the locals injured";
        # the small model tags a past 'set' ("residents set ablaze two men") as a present, and a sentence's
        # 'beat' ("residents beat and burned a thief to death") as a noun
        c.dep_ == "nsubj" and c.left_edge.idx <= actor1.start <= c.right_edge.idx
        for root in roots
        if root.tag_ in ("VBD", "VBP") or (root.dep_ == "ROOT" and root.tag_ == "NN")
        for c in root.children
    )
    return (
        active
        # "villagers set fire to Coptic homes", "students torched two buses": property a crowd burns or
        # loots is mob violence too (ACLED's looting/property destruction is by an organised actor); a crowd
        # that also throws stones ("pelted a PESCO office and torched its furniture") riots, and a few people
        # counted ("three people torched two patrol cars") are no crowd
        and (
            bool(categories & MOB_HARM)
            or ("loot" in categories and homes_hit(mention))
            or ("loot" in categories and "riot" not in categories and not _few(actor1))
        )
        and not categories & {"protest", "clash", "explode", "shell", "airstrike", "abduct", "sexual"}
        and not mention.modifiers & WEAPON_MODIFIERS
        and not any(h.phrase in GUN_CUES for h in mention.hits)
    )


def _first_conjunct(verb: Token) -> Token:
    """The first verb of a chain of conjoined verbs, which holds their shared subject."""
    while verb.dep_ == "conj" and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def group_of_men(participant: Participant | None, doc: Doc) -> bool:
    """'a group of men' read as ordinary people (participants._plain_group_of_men) on the doing side."""
    return (
        participant is not None
        and participant.role == Role.CIVILIANS
        and participant.text.lower() == "men"
        and doc.text[: participant.start].lower().rstrip().endswith("group of")
    )


LYNCH_CUES = frozenset({"lynch", "lynching", "mob justice", "jungle justice"})


# a force's buildings: the force named only through one of them is where a victim was held
FORCE_BUILDINGS = frozenset({"station", "stations", "post", "posts", "office", "headquarters", "lock-up"})


def lynched_from_custody(mention: EventMention, actor2: Participant | None) -> bool:
    """A lynching whose other side is a state force named only by its building ('dragged a man out of a
    police station and lynched him', 'after storming the police station where he was held')."""
    if actor2 is None or not actor2.is_state:
        return False
    words = actor2.text.lower().split()
    return bool(words) and words[-1] in FORCE_BUILDINGS and any(h.phrase in LYNCH_CUES for h in mention.hits)


# people counted up to this many are individuals, not a crowd
FEW_PEOPLE = 9


def _few(participant: Participant) -> bool:
    return participant.count is not None and participant.count <= FEW_PEOPLE


def crowd_against_force(
    actor1: Participant | None, actor2: Participant | None, mention: EventMention, mob_nouns: frozenset[str]
) -> tuple[Participant, Participant] | None:
    """The (crowd, state force) of a clash between ordinary people ("youths", "residents") and state forces
    in which no gun, bomb or armed word is named, whichever side the parse put first, or that burn or wreck
    the force's property ("youths vandalised a police post"); else None."""
    if actor1 is None or actor2 is None or not mention.categories & {"clash", "loot"}:
        return None
    if mention.categories & {"explode", "shell", "airstrike", "abduct", "sexual", "kill"}:
        return None
    if mention.modifiers & WEAPON_MODIFIERS or any(h.phrase in GUN_CUES for h in mention.hits):
        return None
    wrecked_only = "clash" not in mention.categories
    # either side of a clash may come first; what is wrecked is the force's, and the crowd did it
    pairs = ((actor1, actor2),) if wrecked_only else ((actor1, actor2), (actor2, actor1))
    for crowd, force in pairs:
        if ordinary_crowd(crowd, mob_nouns) and force.is_state and not (wrecked_only and _few(crowd)):
            return crowd, force
    return None


def ordinary_crowd(participant: Participant, mob_nouns: frozenset[str]) -> bool:
    """Unnamed civilians called by one of `mob_nouns` ("villagers", "a group of youths"), none of them masked
    or armed: people who can turn into a mob or a violent crowd."""
    words = set(participant.text.lower().split())
    return (
        participant.role == Role.CIVILIANS
        and not participant.is_named
        and bool(words & mob_nouns)
        and not words & NOT_A_MOB
    )


def as_crowd(participant: Participant | None, role: Role, *, civilians: bool) -> Participant | None:
    """A crowd side of a demonstration under the role the sub-type gives it (protesters or rioters);
    with `civilians`, ordinary people who demonstrate ("farmers protested") become the crowd too."""
    if participant is None or participant.inter not in ((5, 6, 7) if civilians else (5, 6)):
        return participant
    return Participant(participant.text, participant.start, participant.end, role=role, inter=inter_of(role),
                       country=participant.country, assoc=participant.assoc,
                       partisan=participant.partisan)  # fmt: skip


def protested(doc: Doc, participant: Participant) -> bool:
    """The side is named in what a crowd protests ('against the destruction of poppy fields by the Taliban',
    'denounced the arrest of a teacher by the police'): it is no side of the protest."""
    phrase = doc.char_span(participant.start, participant.end, alignment_mode="expand")
    return phrase is not None and any(is_grievance(t) for t in (phrase.root, *phrase.root.ancestors))


def party_as_protesters(participant: Participant | None, role: Role = Role.PROTESTERS) -> Participant | None:
    """A party or political group that holds a rally is its members protesting: "members of the
    Jamaat-e-Islami held a rally" are Protesters with the party as associated actor (ACLED codes no
    political militia in a peaceful protest); its demonstrators who turn violent ("PTI protesters clashed
    with police") are Rioters (`role`) with the party associated, as ACLED codes a violent demonstration."""
    if participant is None or not participant.name or participant.inter != 3:
        return participant
    return Participant(participant.text, participant.start, participant.end, role=role,
                       inter=inter_of(role), country=participant.country, assoc=participant.name,
                       partisan=True)  # fmt: skip


def ethnic_crowd(participant: Participant | None, role: Role) -> Participant | None:
    """Men of an ethnic group who demonstrate or riot ("Kanak youths set up burning barricades and threw
    stones at gendarmes") are the crowd (`role`), not an ethnic militia: ACLED codes a demonstration's crowd
    as Protesters or Rioters whoever its members are."""
    if participant is None or participant.name or participant.role != Role.ETHNIC_MILITIA:
        return participant
    return replace(participant, role=role, inter=inter_of(role), group=None)
