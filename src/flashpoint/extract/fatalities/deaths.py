"""Which words tell a death: the death verbs and nouns ("killed", "died", "lost their lives", "embraced
martyrdom", "shot dead"), bodies found, the injured, and the nouns for attackers."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

DEATH_LEMMAS = frozenset(
    {"kill", "die", "dead", "murder", "behead", "execute", "slay", "massacre", "lynch", "assassinate",
     "slaughter", "perish", "death", "martyr", "martyre", "eliminate", "neutralise", "neutralize", "body",
     "corpse", "fatality", "fatalities", "toll", "killing", "assassination", "execution", "succumb"}
)  # fmt: skip


# verbs whose subject died of what befell them: "He died in hospital", "he succumbed to his injuries"
DYING_LEMMAS = frozenset({"die", "perish", "succumb"})


FOUND_DEAD_NOUNS = frozenset({"body", "corpse", "torso"})


MENDED_LEMMAS = {"corpses": "corpse"}


# "two soldiers embraced shahadat / embraced martyrdom" (Pakistani military press releases): they died
MARTYRDOM_VERBS = frozenset({"embrace"})


MARTYRDOM_NOUNS = frozenset({"martyrdom", "shahadat", "shahadah", "shahadath"})


# "four soldiers lost their lives": the same dying of the subject, by the verb and the noun it takes
LOST_LIFE_VERBS = frozenset({"lose"})


LIFE_NOUNS = frozenset({"life", "lives"})


# "the army loses 3 soldiers", "Junta loses dozens of troops": the men a side lost are its dead (the objects
# of the soldiers_lost frame in data/event_cues.json)
LOST_MEN_NOUNS = frozenset(
    {"soldier", "troop", "trooper", "policeman", "policemen", "personnel", "jawan", "commando", "serviceman",
     "servicemen", "fighter", "militant", "rebel", "insurgent", "guerrilla"}
)  # fmt: skip
MANY_OF = frozenset({"dozen", "dozens", "score", "scores", "hundred", "hundreds"})


# "Landmine blast claims 8 lives", "the attack took the lives of 12": the lives taken are the dead
TAKEN_LIFE_VERBS = frozenset({"claim", "take"})


FINDING_LEMMAS = frozenset({"find", "discover", "locate", "recover", "unearth", "exhume"})


# verbs whose object is the dead ("kills nine")
KILL_VERBS = frozenset({"kill", "murder", "behead", "execute", "slay", "massacre", "lynch", "assassinate"})


INJURY_LEMMAS = frozenset({"injure", "injured", "wound", "wounded", "hurt"})


# who carried out an attack: "the attacker was killed", "the bomber died" is one more death, not a victim
# named before (a definite singular victim otherwise may be: "the soldier" after "two soldiers")
PERPETRATOR_NOUNS = frozenset(
    {"attacker", "assailant", "bomber", "gunman", "shooter", "perpetrator",
     "attackers", "assailants", "bombers", "gunmen", "shooters", "perpetrators"}
)  # fmt: skip


# "tortured a former soldier to death", "strangled her to death", "clubbed to death"
HARM_TO_DEATH_LEMMAS = frozenset(
    {"shoot", "gun", "hack", "stab", "beat", "burn", "stone", "torture", "strangle", "club"}
)  # fmt: skip


# "shot down" is said of aircraft, missiles and drones; "gunned down" of people
SHOOT_DEAD = re.compile(
    # headlines tell it in the present: "Police shoot dead two robbers", "Mob beats man to death"
    r"\b(?:(?:shot|shoots?|gunned|hacked|hacks?|stabbed|stabs?|beat|beats|beaten|burned|burnt|burns?"
    r"|bludgeoned|bludgeons?|stoned|stones?|tortured|tortures?|strangled|strangles?|clubbed|clubs?)"
    # "beat a man accused of theft to death": the victim's description may run longer before 'to death'
    # a word may be hyphenated: "beat a 35-year-old man to death"
    r" (?:(?:[\w-]+ ){0,4}dead|(?:[\w-]+ ){0,8}to death)"
    # "beating 3 of them to death"; a gerund before 'dead' is a noun ("Shooting attack leaves one dead")
    r"|(?:hacking|stabbing|beating|burning|bludgeoning|stoning|torturing|strangling|clubbing)"
    r" (?:[\w-]+ ){0,4}to death"
    # "..., shooting dead two police officers and two officials": the participle right before 'dead'
    r"|shooting dead"
    r"|(?:gunned|guns?) (?:\w+ )?down"
    # "burned alive 13 suspected gang members", "burnt the man alive"
    r"|(?:burned|burnt) (?:\w+ ){0,4}alive)\b",
    re.I,
)


def death_lemma(token: Token) -> str:
    """The lemma, mended where the small model gets a death word wrong ("corpses" -> "corps"); "embraced
    shahadat" (ISPR's words for soldiers killed) is a dying of its subject."""
    lemma = token.lemma_.lower()
    if lemma in MARTYRDOM_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in MARTYRDOM_NOUNS for c in token.children
    ):
        return "die"
    if lemma in LOST_LIFE_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in LIFE_NOUNS for c in token.children
    ):
        return "die"
    if lemma in TAKEN_LIFE_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in LIFE_NOUNS for c in token.children
    ):
        return "kill"
    if lemma in LOST_LIFE_VERBS and any(_lost_men(c) for c in token.children if c.dep_ in ("dobj", "obj")):
        return "kill"  # "the army loses 3 soldiers": the soldiers it lost are the dead
    return MENDED_LEMMAS.get(token.lower_) or lemma


def _lost_men(taken: Token) -> bool:
    """What 'lose' takes is a side's men ("3 soldiers", "dozens of troops"), not "ground" or "two posts"."""
    if taken.lower_ in MANY_OF:
        of = [p for prep in taken.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
        taken = of[0] if of else taken
    return taken.lemma_.lower() in LOST_MEN_NOUNS


def finds_the_dead(verb: Token) -> bool:
    """'Police found the bodies of three men', 'searchers locate a corpse': the finder is no killer."""
    return verb.lemma_.lower() in FINDING_LEMMAS and any(
        death_lemma(c) in FOUND_DEAD_NOUNS for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")
    )


def counts_bodies_only(sent: Span) -> bool:
    """'Rescuers pulled the bodies of a family of five from a burned house': bodies taken or found, with no
    death verb of the sentence's own, count some of the dead the incident was told to have, not a figure of
    its toll."""
    taken = ("dobj", "obj", "nsubjpass")
    bodies = [t for t in sent if death_lemma(t) in FOUND_DEAD_NOUNS and t.dep_ in taken]
    return bool(bodies) and not any(
        death_lemma(t) in DEATH_LEMMAS - FOUND_DEAD_NOUNS or shot_dead(t, sent) for t in sent
    )


def own_body_found(body: Token) -> bool:
    """'His body was found the next day', 'police recovered her body': the one person the text told of
    (taken, missing) died. Only read when no death was counted before, since the body of someone told
    killed ('shot dead a trader ... his body was taken to hospital') is the same death."""
    return (
        death_lemma(body) in FOUND_DEAD_NOUNS
        and body.tag_ == "NN"
        and body.dep_ in ("nsubjpass", "dobj", "obj")
        and body.head.lemma_.lower() in FINDING_LEMMAS
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in body.children)
    )


def tells_a_death(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in DYING_LEMMAS:
        return True
    if lemma in KILL_VERBS:
        return any(c.dep_ == "auxpass" for c in verb.children)
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return (lemma in MARTYRDOM_VERBS and bool(objects & MARTYRDOM_NOUNS)) or (
        lemma in LOST_LIFE_VERBS and bool(objects & LIFE_NOUNS)
    )


def shot_dead(token: Token, sent: Span) -> bool:
    """'shot dead', 'burned to death', 'gunned down': a verb of harm that the words after make a killing."""
    return token.lemma_.lower() in HARM_TO_DEATH_LEMMAS and (
        # 16 tokens: a hyphenated age ("a 35-year-old man") is five of them
        SHOOT_DEAD.search(sent.doc[token.i : min(token.i + 16, sent.end)].text) is not None
    )


def injured(token: Token) -> bool:
    """'five injured' in '11 killed, five injured': a count of the wounded, attached to the death verb."""
    return any(
        c.lemma_.lower() in INJURY_LEMMAS for c in token.children if c.dep_ in ("acl", "amod", "relcl")
    )


# the dead of the two sides of a fight, by victim noun (lemma): a later count of the other side's dead adds up
SIDE_DEAD_NOUNS = {
    "state": frozenset(
        {"soldier", "troop", "trooper", "policeman", "policemen", "police", "personnel", "jawan", "officer",
         "constable", "ranger", "paramilitary", "guard", "cop", "serviceman", "servicemen", "commando"}
    ),
    "armed": frozenset(
        {"militant", "terrorist", "insurgent", "rebel", "attacker", "assailant", "gunman", "gunmen", "bomber",
         "fighter", "jihadist", "khwarij", "khawarij", "kharji", "khariji", "separatist", "guerrilla"}
    ),
}  # fmt: skip


def side_of_dead(nouns: set[str]) -> str | None:
    """The one side of a fight all the counted dead belong to, if they name one: state forces or militants."""
    sides = {side for noun in nouns for side, members in SIDE_DEAD_NOUNS.items() if noun in members}
    known = all(any(noun in members for members in SIDE_DEAD_NOUNS.values()) for noun in nouns)
    return sides.pop() if known and len(sides) == 1 else None
