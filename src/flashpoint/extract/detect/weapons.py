"""Weapons that tell no attack of their own: shots into the air, weapons intercepted or found, explosives
listed beside the firearms of a gunfight, a strike on a guard post."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from flashpoint.extract.cues import CueHit, CueLexicon, WordLists
from flashpoint.extract.detect.grammar import climb_noun_phrase
from flashpoint.nlp.model import ACTOR_LABEL

# the cues a shot into the air raises that make it an attack, a fight or a dispersal
AIR_SHOT_CUES = frozenset({"t:attack", "t:clash", "m:intervention", "m:warning_fire", "m:lethal_force"})


# state forces, whose shots into the air disperse a crowd (an intervention) wherever they are fired
STATE_SHOOTERS = frozenset({"soldier", "policeman", "officer", "gendarme", "guard", "personnel"})


def shots_in_the_air(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> set[int]:
    """The verbs of shots fired into the air, and their shooters, at a funeral, wedding or celebration
    (`salute_occasions`: 'armed men firing into the air as the bodies were carried'): mourning or
    celebratory gunfire hits nobody and is no attack. Police or soldiers firing into the air there
    still disperse a crowd, so their shots are kept."""
    if not any(t.lemma_.lower() in words.salute_occasions for t in tokens):
        return set()
    found: set[int] = set()
    for hit in hits:
        if hit.category != "m:warning_fire":
            continue
        verb = hit.root(tokens)
        shooters = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        if not shooters and verb.dep_ == "acl":  # "armed men firing into the air"
            shooters = [verb.head]
        if any(_state_shooter(words, s) for s in shooters):
            continue
        found.add(verb.i)
        found.update(s.i for s in shooters)
    return found


def _state_shooter(words: WordLists, noun: Token) -> bool:
    """'police', 'security forces', 'soldiers', 'riot police officers': a state force."""
    named = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(t.lemma_.lower() in words.force_nouns or t.lemma_.lower() in STATE_SHOOTERS for t in named)


# prepositions that place what a sentence tells ("shot down 20 of 25 drones over Kyiv")
_PLACING_PREPOSITIONS = frozenset({"over", "in", "near", "above", "around", "at", "outside"})


def placeless_interception_share(cues: CueLexicon, trigger: Token, sent: Span) -> bool:
    """'Ukraine's air force said it shot down 12 of 14 Shahed drones launched overnight': a share ('N of
    (the) M') of the weapons an interception verb of the 'disrupt' frame stopped, with no place of its own,
    is a national count of a night's attack wave, not an interception ACLED could place. The strike on the
    place the story told is the incident; with a place ('87 of 122 missiles ... over Kyiv') it is one."""
    frame = cues.frames.get("disrupt")
    if frame is None:
        return False
    weapon_nouns = frame[2]  # "destroyed five of the seven rooms" counts no weapons
    shares = [
        count
        for count in sent
        if count.like_num
        and count.dep_ in ("dobj", "obj", "npadvmod")
        and count.head.lemma_.lower() in frame[1]
        and any(
            of.dep_ == "prep"
            and of.lower_ == "of"
            and any(
                weapons.dep_ == "pobj"
                and weapons.lemma_.lower() in weapon_nouns
                and any(total.dep_ == "nummod" and total.like_num for total in weapons.children)
                for weapons in of.children
            )
            for of in count.children
        )
    ]
    if not any(trigger.i == count.head.i or trigger in count.head.subtree for count in shares):
        return False
    # the small model tags some places as other entities ("over Kyiv (Kyiv City)" as a work of art)
    return not any(
        (word.ent_type_ in ("GPE", "LOC", "FAC") or word.pos_ == "PROPN")
        and word.head.lower_ in _PLACING_PREPOSITIONS
        for word in sent
    )


# weapons shot down or intercepted, and bombs found (a foiled bombing may still go off and hurt people)
INTERCEPTED_WEAPONS = frozenset({"t:airstrike", "t:shell"})


FOUND_WEAPONS = frozenset({"t:explode", "m:ied", "m:grenade"})


FINDING_VERBS = frozenset({"find", "recover", "seize", "discover", "confiscate", "unearth", "uncover"})


LISTING_VERBS = frozenset({"include", "comprise"})  # what a haul "included"


def intercepted_weapons(cues: CueLexicon, hits: list[CueHit], tokens: list[Token]) -> set[str]:
    """Weapon categories named only as what was shot down, intercepted, destroyed or found: "air defence shot
    down 27 drones" is disrupted weapons use, not an air strike (ACLED: interceptions are disrupted weapons
    use; the verbs are those of the 'disrupt' frame); "recovered a gun and a pipe bomb" used no bomb."""
    frame = cues.frames.get("disrupt")
    if frame is None:
        return set()
    verbs = frame[1]
    disrupted: set[str] = set()
    used: set[str] = set()
    for hit in hits:
        if hit.category not in INTERCEPTED_WEAPONS | FOUND_WEAPONS:
            continue
        category = hit.category[2:]
        stopping = verbs if hit.category in INTERCEPTED_WEAPONS else FINDING_VERBS
        root = hit.root(tokens)
        if root.dep_ == "compound":
            root = root.head  # "a grenade launcher": the thing the weapon word names
        root = _shot_down_object(root)
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in stopping:
            continue  # "NATO aircraft shot down the drones": the interceptors are no weapon used
        object_of = root.head if root.dep_ in ("dobj", "obj", "nsubjpass") else None
        participle = root.head
        under_verb = participle.dep_ in ("ccomp", "xcomp", "advcl")
        if root.dep_ == "nsubj" and participle.tag_ == "VBG" and under_verb:
            # "intercepted Iranian drones flying over Amman", "shot down missiles heading for Kyiv": the small
            # model makes the weapons the subject of the participle, whose head is the interception
            object_of = participle.head
        if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.dep_ == "prep":
            object_of = root.head.head  # "the body was recovered along with a gun and a pipe bomb"
            if object_of.lower_ == "along" and object_of.head != object_of:
                object_of = object_of.head  # "along" read as an adverb that holds the 'with'
        left_behind = hit.category in FOUND_WEAPONS and object_of is not None and _left_behind(object_of)
        listed = hit.category in FOUND_WEAPONS and _listed_after_finding(tokens, hit.start, frame[2])
        if listed or (object_of is not None and (object_of.lemma_.lower() in stopping or left_behind)):
            disrupted.add(category)
        else:
            used.add(category)
    return disrupted - used


# what may stand in a list of things found between the finding verb and a weapon ("recovered two AK rifles,
# 15 magazines and three hand grenades")
_HAUL_LIST_POS = frozenset({"NUM", "NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PUNCT"})


def _listed_after_finding(tokens: list[Token], start: int, weapons: frozenset[str]) -> bool:
    """'SFs killed two militants and recovered two AK rifles and three hand grenades': a weapon in the list
    of things a finding verb took is found, however the parse hangs it (the small model often joins the last
    item of the list to the first verb, or runs a list without commas together, tagging 'rounds' a verb)."""
    k = start - tokens[0].i - 1
    while (
        k >= 0
        and tokens[k].text != "."
        and (tokens[k].pos_ in _HAUL_LIST_POS or tokens[k].lower_ in weapons or tokens[k].lower_ == "of")
    ):
        k -= 1
    if k < 0 or tokens[k].pos_ not in ("VERB", "AUX"):
        return False
    verb = tokens[k]
    if verb.lemma_.lower() in LISTING_VERBS:
        # "the arms recovered include four AK-47 rifles ... four hand grenades": the list of a haul
        return any(t.lemma_.lower() in FINDING_VERBS for t in tokens[max(0, k - 6) : k])
    return verb.lemma_.lower() in FINDING_VERBS


def _left_behind(verb: Token) -> bool:
    """'The rebels withdrew, leaving behind two bodies, a rifle and a bag of explosives', 'abandoned a
    grenade': what a side leaves as it retreats is found by the other, no weapon anyone used."""
    lemma = verb.lemma_.lower()
    return lemma == "abandon" or (lemma == "leave" and any(c.lower_ == "behind" for c in verb.children))


def _shot_down_object(root: Token) -> Token:
    """The phrase a weapon word stands in as an object: "shot down 87 missiles and drones" (the drones are
    shot down too), "intercepted dozens of drones", "intercepted 87 of 122 missiles and 27 of 36 drones"."""
    return climb_noun_phrase(root, ("conj",), ("NOUN", "PROPN", "NUM"), ("NOUN", "NUM"))


# the trigger categories of weapons launched and brought down
AIR_WAR_CATEGORIES = frozenset({"t:disrupt", "t:airstrike", "t:shell"})


# verbs of air defences bringing weapons down ("shot down 22 of the 24 drones", "intercepted 5 of 6 missiles")
INTERCEPTING_VERBS = frozenset({"shoot", "intercept", "destroy", "down", "neutralise", "neutralize"})


# prepositions that place an interception ("over the Kursk region", "above Kyiv")
OVER_PREPOSITIONS = frozenset({"over", "above", "in", "near", "around"})


def interception_tally(verb: Token) -> bool:
    """'Ukraine's air force said it had shot down 22 of the 24 Shahed drones that Russia launched overnight':
    a count of weapons downed out of those launched, placed nowhere ('over several oblasts', 'across the
    country'), sums up a night's barrage across a country; it is no incident of a place (one placed, 'over
    the Kursk region', is the interception there)."""
    if verb.lemma_.lower() not in INTERCEPTING_VERBS:
        return False
    counted = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "nsubjpass")]
    partitive = any(
        c.like_num and any(p.lower_ == "of" and any(g.dep_ == "pobj" for g in p.children) for p in c.children)
        for c in counted
    )
    # "Russia launched 85 drones overnight, of which 64 drones were shot down": the share in a relative
    # clause, its "of which" hung on the verb
    relative_share = any(
        p.lower_ == "of" and any(g.lower_ in ("which", "them") for g in p.children) for p in verb.children
    ) and any(c.like_num or any(n.dep_ == "nummod" for n in c.children) for c in counted)
    if not (partitive or relative_share):
        return False
    placed = any(
        t.dep_ == "pobj"
        and t.head.lower_ in OVER_PREPOSITIONS
        and (t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN")
        for t in verb.sent
    )
    return not placed


# who carried out a bombing, and what it was, when the text says they died in it
BOMBER_NOUNS = frozenset({"attacker", "bomber", "assailant", "perpetrator"})


BLAST_NOUNS = frozenset({"blast", "explosion", "detonation"})


def attackers_died_in_blast(token: Token) -> bool:
    """'Police said the two attackers, a married couple, died in the blast', 'the bomber was killed in the
    explosion': those who set off the bomb died in it, a suicide bombing however the report words it."""
    if token.lemma_.lower() not in ("die", "kill"):
        return False
    doers = [
        c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in BOMBER_NOUNS
    ]
    blasts = [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in BLAST_NOUNS
    ]
    return bool(doers and blasts)


# weapon cues that an arrested person may merely carry: no explosion or grenade attack of their own
HAUL_CUES = frozenset({"t:explode", "m:grenade", "m:ied", "m:suicide"})


# how a weapon hangs on the arrest it was found in: through prepositions, noun modifiers, objects and the
# participle or noun of carrying ("carrying hand grenades", "in possession of a suicide vest"), and the verb
# of seizing joined to the arrest ("arrested three militants and recovered explosives and grenades")
HAUL_PATH_DEPS = frozenset(
    {"pobj", "prep", "dobj", "compound", "amod", "nmod", "npadvmod", "acl", "appos", "conj"}
)


def without_haul(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """'RAB arrested two members of Ansar al-Islam with bomb-making materials', 'police arrested three
    suspects carrying hand grenades': the weapons the arrested were caught with (`caught_with_words` on the
    way from the weapon to the arrest) are a haul, no explosion and no grenade attack. A bomb in a clause of
    its own ("arrested two men after a bomb exploded") is not on such a way."""
    arrests = {h.root(tokens).i for h in hits if h.category == "t:arrest"}
    if not arrests:
        return hits
    return [
        h for h in hits if h.category not in HAUL_CUES or not _caught_with(words, h.root(tokens), arrests)
    ]


def _caught_with(words: WordLists, weapon: Token, arrests: set[int]) -> bool:
    path: list[Token] = []
    token = weapon
    while token.dep_ in HAUL_PATH_DEPS and token.head != token:
        path.append(token.head)
        token = token.head
        if token.i in arrests:
            return any(t.lemma_.lower() in words.caught_with_words for t in path)
    return False


GUNFIGHT_ITEMS = frozenset({"t:explode", "t:shell"})  # triggers a gunfight's weapons list may hold


def beside_firearms(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'attacked the police station with heavy weapons and hand grenades', 'with rifles and explosives': a
    grenade, explosive or rocket listed with guns is part of a gunfight, not what types the event; so is one
    an assault was made with before the assailants 'opened fire' ('attacked the miners' quarters with
    rockets and grenades and opened fire': men on the spot, no shelling from afar), and one the assailants are
    only said to be armed with ('gunmen armed with rockets and grenades stormed coal mines')."""
    if hit.category not in ("m:grenade", "m:ied", "t:explode", "t:shell"):
        return False
    word = hit.root(tokens)
    if word.dep_ == "compound" and word.head.pos_ == "NOUN":
        word = word.head  # "with rocket launchers and automatic weapons": the launcher is the item listed
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if _armed_with(first):
        return True
    listed = list(_coordinated(first))
    # the frame's verb ('fire+rocket') or the verb whose object the munition is
    fired = word if word.pos_ == "VERB" else first.head if first.dep_ in ("dobj", "obj") else None
    if (
        fired is not None
        and fired.pos_ == "VERB"
        and any(_opened_fire(c) for c in fired.children if c.dep_ == "conj")
    ):
        return True  # "fired rockets and opened fire on village volunteers": men on the spot, not shelling
    if first.dep_ == "pobj" and first.head.lower_ == "with":
        # "attacked a police station with explosives and rifle fire": the small model hangs the last item on
        # the verb ("fire" a conjunct of "attacked"), a noun that is still one of the things attacked with
        listed += [c for c in first.head.head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        # the 'with' may hang on the object ("attacked a camp ... with rockets"): the assault is its verb's
        verb = first.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if any(_opened_fire(c) for c in verb.children if c.dep_ == "conj"):
            return True
    return any(t.i != word.i and _firearm(words, t) for t in listed)


def _armed_with(item: Token) -> bool:
    """'gunmen armed with rockets and grenades stormed coal mines': what the assailants are said to carry
    describes them; the deed the sentence tells (storming, killing) types the event, not the weapons."""
    if item.dep_ != "pobj" or item.head.lower_ != "with":
        return False
    armed = item.head.head
    return armed.lower_ == "armed" and armed.dep_ in ("acl", "amod")


def _opened_fire(verb: Token) -> bool:
    """'... and opened fire': gunfire by the assailants themselves."""
    return verb.lemma_.lower() == "open" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in verb.children
    )


def _firearm(words: WordLists, noun: Token) -> bool:
    """'rifles', 'gunfire', and fire named by its guns ('rifle fire', 'machine gun fire')."""
    return noun.lemma_.lower() in words.firearm_nouns or (
        noun.lemma_.lower() == "fire"
        and any(c.dep_ == "compound" and c.lemma_.lower() in words.firearm_nouns for c in noun.children)
    )


def weapon_snatched(words: WordLists, hit: CueHit, root: Token) -> bool:
    """'shot at two policemen and snatched away their rifles': an abduction word that takes a gun took a
    weapon, not a person."""
    return hit.category == "t:abduct" and any(
        c.dep_ in ("dobj", "obj") and _firearm(words, c) for c in root.children
    )


def _coordinated(first: Token) -> Iterator[Token]:
    """A coordination's conjuncts from its first on ('guns, grenades and explosives')."""
    yield first
    for child in first.children:
        if child.dep_ == "conj":
            yield from _coordinated(child)


def strike_on_target(hit: CueHit, tokens: list[Token]) -> bool:
    """'strike' that hits something ("US strikes Houthi targets", "strikes on Hamas positions"): a labour
    strike takes no object."""
    root = hit.root(tokens)
    if root.lemma_.lower() != "strike" or hit.phrase != "strike":
        return False
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in STRIKE_HITS:
        return True  # "The strike hit the vehicle near Kafr Kila": what a strike hits is its target
    return any(
        (c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in STRUCK_NON_TARGETS)
        or (c.dep_ == "prep" and c.lower_ == "on")
        for c in root.children
    )


def guard_post(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'a police picket', 'an FC picket', 'the Levies picket' (South Asian English for a guard post): the cue
    noun with a force word modifying it names a post, not a picket line."""
    root = hit.root(tokens)
    return (
        root.lemma_.lower() in words.guard_post_nouns
        and root.pos_ in ("NOUN", "PROPN")
        and any(
            c.dep_ in ("compound", "amod", "nmod", "poss") and c.lemma_.lower() in words.post_guards
            for c in root.children
        )
    )


def armed_camp(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'raided a New People's Army (NPA) encampment', 'a rebel encampment': a camp noun an armed noun or an
    armed actor's name modifies is that group's camp, not a protest camp."""
    root = hit.root(tokens)
    if root.lemma_.lower() not in words.camp_nouns or root.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod", "poss")
        and (c.lemma_.lower() in words.armed_nouns or c.ent_type_ == ACTOR_LABEL)
        for c in root.children
    )


# what a military strike does to its target as the subject ("the strike hit the vehicle", "killed two")
STRIKE_HITS = frozenset({"hit", "kill", "destroy", "target", "wound", "injure", "damage", "flatten"})


# what one strikes that is no target: "strike a deal", "strike a balance", "strike a pose"
STRUCK_NON_TARGETS = frozenset(
    {"deal", "agreement", "accord", "bargain", "pact", "truce", "ceasefire", "compromise", "balance", "chord",
     "note", "tone", "pose", "blow", "match", "gold", "oil", "fear"}
)  # fmt: skip
