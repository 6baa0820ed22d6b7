"""Segmentation: one event per reported incident (per day and place).

Consecutive mentions that add detail to the same incident (no date of their own, no new place, or the same
date and place and a compatible type) are merged into one event that keeps every evidence sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from flashpoint.extract.code import CodedMention, apply_location
from flashpoint.extract.fatalities.conflicting import counts_other_dead
from flashpoint.extract.fatalities.deaths import DYING_LEMMAS, counts_bodies_only
from flashpoint.extract.fatalities.numbers import counts_only_vaguely
from flashpoint.extract.fatalities.tolls import (
    adds_to_toll,
    estimates_toll,
    gives_total,
    is_tally,
    names_its_dead,
    names_its_dead_only,
    retells_counted_part,
    toll_update_figure,
    updates_toll,
)
from flashpoint.extract.fatalities.victims import kills_perpetrators
from flashpoint.nlp.memo import span_text
from flashpoint.ontology import disorder_type_of, event_type_of, interaction_code
from flashpoint.schema import Event, Location

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FAMILIES = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstration",
    "Riots": "demonstration",
    "Strategic developments": "strategic",
}


def _family(event: Event) -> str:
    return FAMILIES.get(event.event_type or "", "other")


def _same_place(a: Event, b: Event) -> bool:
    if b.location is None and b.admin2 is None:
        return True  # no place of its own: continues the incident in focus
    return (a.admin2 or a.location) == (b.admin2 or b.location) or a.location == b.location


def _same_gathering_place(a: Event, b: Event) -> bool:
    """_same_place, but two demonstrations in two towns named, one district or county apart or not, are two
    events: ACLED codes one demonstration per town ("outside the ICE building in Broadview" and "in Federal
    Plaza in downtown Chicago", both in Cook County)."""
    if _family(a) == _family(b) == "demonstration" and a.location is not None and b.location is not None:
        return a.location == b.location
    return _same_place(a, b)


def _narrows_place(a: Event, b: Event) -> bool:
    """One of the two is placed only to its province and the other lies inside it: the wire's lead says "in
    Mali's Mopti region", the next sentence, with no day of its own, "the village of Djiguibombo in the
    Bandiagara circle" (or, after a town, "Cauca's governor said"). That is the same incident's place."""
    return (
        (a.admin2 is None or b.admin2 is None)
        and a.admin1 is not None
        and (a.country, a.admin1) == (b.country, b.admin1)
    )


def _places_it(a: Event, b: Event) -> bool:
    """`a` was placed nowhere inside its country (the lead's "the rebel-held town of Sarmin" is not in the
    gazetteer); `b`, with no day of its own, names a place there ("artillery shells hit a market in the
    town in Idlib province"): the same incident, now placed, when it is told as the same kind of incident (a
    day's toll across a country is no lead of the clash told after it) and counts no dead of its own (a
    count of its own is another report or another incident: "Soldiers kill 25 Boko Haram terrorists in
    Damboa" after "At least 30 killed in northeast Nigeria clashes")."""
    return (
        a.admin1 is None
        and a.location is None
        and a.country in (None, b.country)
        and a.sub_event_type == b.sub_event_type
        and not b.fatalities
    )


# what a victim dies of when they die later of the incident's harm ("died of his injuries", "succumbed to
# his wounds")
WOUND_NOUNS = frozenset({"injury", "wound", "burn"})
# "One of the wounded died in hospital the next day", "an injured officer died": the dead were among the hurt
HURT_WORDS = frozenset({"wounded", "injured"})


def _died_of_wounds(item: CodedMention) -> bool:
    """'He died of his injuries on 3 June', 'succumbed to her wounds in hospital': a death verb whose 'of',
    'from' or 'to' names wounds, or whose subject is one of the wounded ('One of the wounded died in
    hospital the next day')."""
    for token in item.mention.sentence:
        if token.lemma_.lower() not in DYING_LEMMAS:
            continue
        if any(
            prep.dep_ == "prep"
            and prep.lower_ in ("of", "from", "to")
            and any(obj.lemma_.lower() in WOUND_NOUNS for obj in prep.children)
            for prep in token.children
        ):
            return True
        if _one_more_of_them(token):
            return True
    return False


# the ordinals that count one more of the dead already told ("a seventh victim died in hospital")
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def _one_more_of_them(death: Token, *, described: bool = True) -> bool:
    """'One of the wounded died', 'an injured soldier succumbed', 'a seventh victim died in hospital',
    'another victim died': the subject of a dying verb is one of the hurt, or one more of the dead counted.
    Without `described`, a subject told as hurt only in a relative clause ('Two soldiers who were wounded
    in the fighting died') does not count: that retells dead the count before may already hold."""
    subjects = [c for c in death.children if c.dep_ == "nsubj"]
    return any(
        (t.lower_ in HURT_WORDS and (described or not _in_relative_clause(t, s)))
        or (t.head == s and t.dep_ in ("amod", "det") and t.lower_ in ORDINALS | {"another"})
        for s in subjects
        for t in s.subtree
    )


def _in_relative_clause(token: Token, top: Token) -> bool:
    """The token stands in a relative clause on a noun below `top`."""
    node = token
    while node != top and node.head != node:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _dies_later(item: CodedMention) -> bool:
    """A death told after an incident of one of its hurt or one more of its victims ('One of the injured
    soldiers succumbed to his wounds', 'a seventh victim died in a hospital on Sunday'): one more dead."""
    return any(
        t.lemma_.lower() in DYING_LEMMAS and _one_more_of_them(t, described=False)
        for t in item.mention.sentence
    )


def _agentless_passive(item: CodedMention) -> bool:
    """'one youth was shot dead': a passive with no 'by' naming who did it, so nobody new acts in it."""
    trigger = item.mention.trigger
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children) and not any(
        c.dep_ == "agent" for c in trigger.children
    )


def _crowd_looted(riot: Event, item: CodedMention) -> bool:
    """'Shops were looted overnight.' after a riot, with no place of its own and on the riot's day: looting
    told in a passive that names nobody who did it is the crowd's own (ACLED codes it in the riot)."""
    return (
        riot.sub_event_type in VIOLENT_CROWDS
        and not item.has_own_place
        and _same_day(riot, item.event)
        and item.mention.categories - {"protest"} == {"loot"}
        and _agentless_passive(item)
    )


def opens_apart(sentence: Span) -> bool:
    """'In another incident a remote controlled bomb went off ...', 'Separately, a soldier was killed ...': a
    sentence whose opening words set it apart from the incident told before it tells a new one, even with
    no day or place of its own (SATP's summaries give neither when the place is 'the same District')."""
    words = [t.lower_ for t in sentence if not t.is_punct and not t.is_space][:3]
    if words[:1] == ["separately"]:
        return True
    if len(words) < 3 or words[0] not in ("in", "on", "during"):
        return False
    return words[1] == "another" or (words[1] in ("a", "an") and words[2] in APART_WORDS)


def _continues(previous: CodedMention, current: CodedMention) -> bool:
    """Does `current` add detail to the incident of `previous` rather than report a new one?"""
    p, c = previous.event, current.event
    if opens_apart(current.mention.sentence):
        return False
    if updates_toll(current.mention.sentence) and _family(p) == "violence":
        # "The toll rose to 23 on Thursday as more bodies were found": the day and place are the count's
        return True
    if estimates_toll(current.mention.sentence) and _family(p) == "violence" and not current.has_own_place:
        # "Local civil society groups put the toll at 15, saying bodies had been found on Tuesday": another
        # source's count of the same dead (ACLED keeps the lowest), whatever day its finding names
        return True
    if (
        _family(p) != "strategic"
        and current.mention.categories - {"protest"} <= CASUALTY_CATEGORIES
        and _died_of_wounds(current)
    ):
        # "He died of his injuries on 3 June." after a lynching: a later death from the incident's wounds is
        # its toll, on whatever day it came (ACLED codes it to the incident's day)
        return True
    if _bodies_of_the_dead(previous, current):
        return True
    if not current.has_own_date and not current.has_own_place:
        # no date and no place of its own: a follow-up sentence ("The attackers fled", a claim)
        return (
            _family(p) == _family(c)
            or current.mention.claim_subject is not None
            or _family(c) == "strategic"
            or (
                # "Several protesters were killed." after a riot; a death in what rioters burn too ("a bus
                # driver was killed when his vehicle was set on fire"); the hurt counted with the detained
                # ("14 people were arrested and 33 officers were injured")
                current.mention.categories - {"protest"} <= CASUALTY_CATEGORIES | {"loot", "arrest"}
                and bool(current.mention.categories & CASUALTY_CATEGORIES)
                and p.sub_event_type in VIOLENT_CROWDS
            )
            # "One man was shot dead by police during the running battles, ..., adding that officers had come
            # under attack." after a riot: the police's killing in the riot is its toll, whatever attack or
            # battle the sentence also names
            or (
                current.mention.categories - {"protest", "attack", "clash"} <= CASUALTY_CATEGORIES
                and bool(current.mention.categories & CASUALTY_CATEGORIES)
                and p.sub_event_type in VIOLENT_CROWDS
                and (c.inter1 == 1 or _agentless_passive(current))
            )
            # "Several teachers were injured and at least 20 were detained." after the police dispersed them:
            # the hurt and the held of the intervention
            or (
                p.sub_event_type == "Protest with intervention"
                and (
                    current.mention.categories - {"protest"} <= {"injure"}
                    or current.mention.categories - {"protest"} == {"injure", "arrest"}
                )
            )
            # the fight itself may be told too: "2 dacoits were killed in the encounter"
            or (current.mention.categories <= CASUALTY_CATEGORIES | {"clash"} and _fought_operation(p))
            # "Four people died at the scene and two others died later in hospital." after a shooting: a
            # count of the dead with nobody doing anything, whatever type its lone death verb gets
            or (current.mention.categories - {"protest"} <= CASUALTY_CATEGORIES and _family(p) == "violence")
            # "They were assaulted with sticks and stones" after a lynching: the mob's own violence retold (a
            # weapon's blast after a riot, "The explosions killed five soldiers", is an incident of its own)
            or (p.sub_event_type == "Mob violence" and c.sub_event_type in GENERIC_TYPES)
            or _disappeared_after_arrest(p, c)
            or _died_at_intervention(p, current)
            or _died_in_the_riot(p, current)
            # "One Palestinian man was shot dead, the health ministry said." after settlers torched a village:
            # the raid's dead, which make the property destruction an attack (see _merge_into)
            or (
                p.sub_event_type == LOOTING
                and current.mention.categories - {"protest"} <= CASUALTY_CATEGORIES | {"attack"}
                and bool(current.mention.categories & CASUALTY_CATEGORIES)
            )
            or _dispersed_after_arrests(p, c)
        )
    if (
        not current.has_own_date
        and p.sub_event_type == "Mob violence"
        and c.sub_event_type in GENERIC_TYPES
        and _same_place(p, c)
    ):
        # "The state prosecutor's office said residents ... dragged the men from a pickup truck and attacked
        # them in the town square." after the lynching there: the mob's violence told again in its own place
        return True
    if (
        not current.has_own_date
        and (
            current.mention.categories - {"protest"} <= CASUALTY_CATEGORIES
            # "A 19-year-old man was shot dead in Kondele, police said." after a riot there: a shooting with
            # nobody named who fired is the riot's toll too
            or (
                current.mention.categories - {"protest", "attack"} <= CASUALTY_CATEGORIES
                and bool(current.mention.categories & CASUALTY_CATEGORIES)
                and _agentless_passive(current)
            )
            # "One man was shot dead by police in the Kondele area, ..., adding that officers had come under
            # attack from rioters." after a riot there: the police's killing in the riot is its toll
            or (
                current.mention.categories - {"protest", "riot", "attack", "clash"} <= CASUALTY_CATEGORIES
                and bool(current.mention.categories & CASUALTY_CATEGORIES)
                and c.inter1 == 1
            )
        )
        and p.sub_event_type in VIOLENT_CROWDS
        and _same_place(p, c)
    ):
        # "A police constable was beaten to death by the crowd, the Dhaka Metropolitan Police said." after
        # a riot in Dhaka: the toll of the riot, however the parse types the killing
        return True
    if not current.has_own_date and _arrests_at(p, c):
        return True
    if (
        not current.has_own_date
        and p.sub_event_type in TAKEOVERS
        and c.sub_event_type == "Non-violent transfer of territory"
        and p.country == c.country
    ):
        # "M23 rebels took control of the town on Tuesday ... 'The soldiers withdrew towards Ngungu during the
        # night'": the losers' withdrawal, with no day of its own, is the takeover told from the other side
        return True
    if (
        not current.has_own_date
        and current.mention.categories - {"protest"} <= {"injure"}
        and _family(p) == "violence"
        and _same_province(p, c)
    ):
        # "Two other guardsmen were wounded and flown to a hospital in Morelia." after an ambush elsewhere in
        # the province: the hurt of the incident, placed where they were taken, with no day of their own
        return True
    if _crowd_looted(p, current):
        return True
    ravaged = _family(p) == "violence" and c.sub_event_type == "Looting/property destruction"
    if _family(p) != _family(c) and current.mention.claim_subject is None and not ravaged:
        return False
    if not current.has_own_date:
        return (
            _same_place(p, c)
            or _narrows_place(p, c)
            or (previous.has_own_date and _places_it(p, c))
            or (_retold(current) and _same_province(p, c))
            # "The strike hit the vehicle near the village of Kafr Kila" after a strike told only "in
            # southern Lebanon": the known incident retold, now placed, whatever type its verb gets
            or (
                (_retold(current) or _takes_up(previous, current))
                and p.admin1 is None
                and p.location is None
                and p.country == c.country
            )
            # "The attack took place in the municipality of Suarez, in the department of Cauca" after a lead
            # placed only by the dateline or the story's focus: the known incident retold, now placed
            or (_retold(current) and _placed_by_retelling(previous, current))
            # a neighbourhood with no day of its own is in the town of the incident told before it, and
            # ACLED codes a town's parts to the town: the same incident retold ("The attackers ... fired
            # inside the bar in the Progreso neighborhood"), whatever namesake the gazetteer finds
            or (current.in_town_part and p.location is not None)
        )
    same_kind = p.sub_event_type == c.sub_event_type or (
        p.sub_event_type in DEMONSTRATION_ESCALATION
        and c.sub_event_type in DEMONSTRATION_ESCALATION
        and previous.has_own_date  # the same day for sure, not two undated sentences
    )
    if c.time_precision == 3 and _same_day(p, c) and _same_place(p, c):
        return True  # dated only to the month of the incident before it, in its place: no other day told
    if (
        not current.has_own_place
        and _same_day(p, c)
        and _family(p) == "violence"
        and c.sub_event_type in GENERIC_TYPES
    ):
        # "Residents said gunfire could be heard for hours on Saturday evening" after Saturday's clash: the
        # same day and no place of its own, a plain attack or clash is the incident told again
        return True
    return _same_day(p, c) and _same_gathering_place(p, c) and same_kind


# the incident's own things and people (and a demonstration's crowd), which a later sentence names as known
# ("The explosive device detonated as the patrol was passing near Hawija", "The attackers fled towards the
# hills", "The protesters had gathered to demand the release of a student")
RETOLD_NOUNS = frozenset(
    {"attacker", "assailant", "gunman", "gunmen", "bomber", "device", "bomb", "blast", "explosion", "missile",
     "rocket", "shell", "drone", "victim", "attack", "raid", "ambush", "assault", "bombing", "shooting",
     "massacre", "strike", "airstrike", "shelling", "clash", "incident", "lynching", "protester",
     "demonstrator", "crowd", "gunfight", "firefight", "encounter", "militant", "jihadist", "insurgent"}
)  # fmt: skip


# what defenders do to an attack told before ("the troops repelled the attack")
REPELLING_VERBS = frozenset({"repel", "repulse", "foil", "thwart", "beat"})


def _retold(item: CodedMention) -> bool:
    """A sentence whose subject is one of the incident's own things or people, named as known ('the'), or
    that says the known attack was repelled ('the army had repelled the attack on its position'): it tells
    the incident before it again, whatever finer place it names."""
    return any(
        (
            token.dep_ in ("nsubj", "nsubjpass")
            or (token.dep_ == "dobj" and token.head.lemma_.lower() in REPELLING_VERBS)
        )
        and token.lemma_.lower() in RETOLD_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        for token in item.mention.sentence
    )


# the sub-types of a side taking a place by fighting for it
TAKEOVERS = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def _takes_up(previous: CodedMention, current: CodedMention) -> bool:
    """'... killed in a jihadist attack on a military detachment in northern Burkina Faso' then '"A large
    group of terrorists attacked the detachment in Djibo"': the thing the incident before introduced ('a
    detachment') is what the act of this sentence is done to, now named as known ('the detachment'): the
    same incident told again."""
    introduced = {
        t.lemma_.lower()
        for t in previous.mention.sentence
        if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
    }
    trigger = current.mention.trigger
    return any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() in introduced
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and (
            (t.dep_ in ("dobj", "obj") and t.head == trigger)
            or (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head == trigger)
        )
        for t in current.mention.sentence
    )


# the dead of an incident are found within this many days of it
BODIES_FOUND_DAYS = 1


def _bodies_of_the_dead(previous: CodedMention, current: CodedMention) -> bool:
    """'The bodies of a farmer and his neighbour were found near a paddy field on Tuesday morning' after two
    people were killed in a village attack late on Monday: bodies found with no place of their own, on the
    incident's day or the next, and no more of them than the incident's dead, are those dead,
    no new killing."""
    p, c = previous.event, current.event
    if _family(p) != "violence" or current.has_own_place or not counts_bodies_only(current.mention.sentence):
        return False
    if p.event_date is None or c.event_date is None or not p.fatalities:
        return False
    days = (c.event_date - p.event_date).days
    return 0 <= days <= BODIES_FOUND_DAYS and 0 < (c.fatalities or 0) <= p.fatalities


def _placed_by_retelling(lead: CodedMention, item: CodedMention) -> bool:
    """A lead that names no place of its own (placed by the dateline or the story's focus), and a sentence
    that retells it in a place of its own in the same country: the retelling says where it happened."""
    return (
        not lead.has_own_place
        and item.has_own_place
        and item.event.location is not None
        and lead.event.country == item.event.country
    )


def _another_of(previous: CodedMention, item: CodedMention) -> bool:
    """'..., and another strike hit a house in Khost province' after Pakistani aircraft struck Paktika: an
    incident told as 'another' of the one before, in a place of its own, is one of the same kind by the
    same hand; its own words ('strike', no weapon, no side) type it only as a plain attack."""
    p, c = previous.event, item.event
    return (
        _family(p) == "violence"
        and c.sub_event_type in GENERIC_TYPES
        and p.sub_event_type not in GENERIC_TYPES
        and (c.actor1 or "").startswith("Unidentified")
        and any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.lemma_.lower() in RETOLD_NOUNS
            and any(d.dep_ == "det" and d.lower_ == "another" for d in t.children)
            for t in item.mention.sentence
        )
    )


def _like_the_one_before(previous: Event, event: Event) -> None:
    _take_type(event, previous)
    event.actor1, event.inter1, event.assoc_actor_1 = previous.actor1, previous.inter1, previous.assoc_actor_1
    event.interaction = interaction_code(event.inter1, event.inter2)


def _same_kind(a: Event, b: Event) -> bool:
    """The same sub-event type, or one demonstration at two steps of its escalation: ACLED codes one
    demonstration per day and place ("the protest began after the burial" told after the dispersal)."""
    return a.sub_event_type == b.sub_event_type or (
        a.sub_event_type in DEMONSTRATION_ESCALATION and b.sub_event_type in DEMONSTRATION_ESCALATION
    )


def _retold_at(earlier: Event, item: CodedMention) -> bool:
    """An undated sentence set in the very town of an incident told before the last one ("Ramos said the
    encounter in Las Navas left two rebels dead", after a sentence about another village): that incident told
    again, not a new one on the day of publication."""
    c = item.event
    return (
        not item.has_own_date
        and item.has_own_place
        and c.admin2 is not None
        and c.location is not None
        and c.location == earlier.location
        and (c.country, c.admin2) == (earlier.country, earlier.admin2)
        and _family(earlier) == _family(c)
    )


# a toll is counted within days of its incident
TOLL_COUNT_DAYS = 7


def _counted_before_told(target: CodedMention, item: CodedMention) -> bool:
    """The lead gave a risen toll on the day of the count ("The death toll from a suicide bombing ... rose to
    nine on Tuesday"), and a later sentence tells the incident on its own, earlier day ("The bomber blew
    himself up ... on Monday afternoon"): that is the incident, retold with its day."""
    t, c = target.event, item.event
    if not (item.has_own_date and t.event_date and c.event_date):
        return False
    # the lead itself is the count: a toll raised in a follow-up ("A fourth officer died in hospital on
    # Tuesday, raising the toll to four") leaves the lead's own day, and a later dated incident is another
    counted = updates_toll(target.mention.sentence) and _family(t) == _family(c) == "violence"
    # so is a lead whose only day is the report's ("A mob beat a man ..., authorities said Sunday"), retold
    # as known with its own day ("The lynching took place on Saturday in San Miguel Canoa")
    reported = _dated_by_saying(target) and _retold(item) and t.sub_event_type == c.sub_event_type
    # and a lead with no day at all ("Armed bandits have killed three people in an attack on X community"),
    # dated only by the publication, retold as known with its day ("the gunmen stormed the community on
    # Sunday"), whatever the parse makes of the retelling's type
    undated = not target.has_own_date and _retold(item) and _family(t) == _family(c) == "violence"
    return (
        (counted or reported or undated)
        and 0 < (t.event_date - c.event_date).days <= TOLL_COUNT_DAYS
        and (_same_province(t, c) or not item.has_own_place)
    )


# words that set an incident apart from the one told before it ("In a separate incident", "another attack")
APART_WORDS = frozenset({"separate", "separately", "another", "second", "similar"})


def _dated_after_lead(lead: CodedMention, item: CodedMention) -> bool:
    """The article's lead (or headline) tells the incident with no day of its own ("Gunmen shot and killed a
    municipal councilor in Guerrero, prosecutors said"; "Three police officers killed in Mandera IED
    attack"), and a later sentence tells it again with its day, in its province or nowhere else ("was
    attacked Saturday night as he left a restaurant in Chilapa"): the inverted pyramid of news writing, one
    incident, on the later sentence's day. A retelling whose own verb is only a plain attack or clash ("The
    gunmen stormed the mosque on Friday night" after an abduction) keeps the lead's type; one set apart
    ("In a separate incident on Saturday") is another incident, and so is a day's count of more dead than the
    lead's."""
    first, c = lead.event, item.event
    return (
        not lead.mention.names_a_day
        and item.has_own_date
        and first.event_date is not None
        and c.event_date is not None
        and 0 < (first.event_date - c.event_date).days <= TOLL_COUNT_DAYS
        and _family(first) == _family(c)
        and (first.sub_event_type == c.sub_event_type or c.sub_event_type in GENERIC_TYPES)
        and (_same_province(first, c) or not item.has_own_place)
        and not any(t.lower_ in APART_WORDS for t in item.mention.sentence)
        # a day's count of dead across a country ("56 were killed yesterday, including ...") under a
        # lead is no retelling: more dead than the lead counts take a retold incident ("The attack ...")
        and ((c.fatalities or 0) <= (first.fatalities or 0) or _retold(item))
        and c.time_precision == 1
    )


# the marks that open the items of a list of key developments
_LIST_MARKS = ("-", "\u2013", "\u2022", "*", "\u25aa", "\u25cf")


def _summed_up_by(summary: CodedMention, item: CodedMention) -> bool:
    """'Key developments:\n- Russia drops guided bombs on Kharkiv, 7 injured', then 'Russian forces dropped
    guided aerial bombs on Kharkiv on July 30': an item of a live blog's list of key developments, with no
    day of its own, sums up the incident the body tells later with its day, in the same town and of the
    same type; one incident, on the body's day."""
    s, c = summary.event, item.event
    return (
        span_text(summary.mention.sentence).lstrip().startswith(_LIST_MARKS)
        and not summary.mention.names_a_day
        and item.has_own_date
        and s.location is not None
        and (s.country, s.location) == (c.country, c.location)
        and s.sub_event_type == c.sub_event_type
        and s.event_date is not None
        and c.event_date is not None
        and 0 <= (s.event_date - c.event_date).days <= TOLL_COUNT_DAYS
    )


# verbs of reporting whose day is the report's ("authorities said Sunday")
REPORTING_LEMMAS = frozenset({"say", "tell", "report", "announce", "confirm"})


def _dated_by_saying(item: CodedMention) -> bool:
    """The mention's day hangs on a verb of reporting that is not its trigger: 'authorities said Sunday'."""
    if not item.has_own_date:
        return False
    days = [t for t in item.mention.sentence if t.ent_type_ == "DATE" and t.dep_ in ("npadvmod", "pobj")]
    for day in days:
        verb = day.head.head if day.dep_ == "pobj" and day.head.lower_ == "on" else day.head
        if verb.lemma_.lower() not in REPORTING_LEMMAS or verb == item.mention.trigger:
            return False
    return bool(days)


def _retold_that_day(earlier: Event, item: CodedMention) -> bool:
    """'the blast outside the bazaar on Monday destroyed several stalls', after Monday's suicide bombing in
    that town: the incident's own thing named as known, on its day and in its province, is that incident."""
    c = item.event
    return (
        item.has_own_date
        and _retold(item)
        and earlier.event_date == c.event_date
        and _family(earlier) == _family(c)
        and (_same_place(earlier, c) or _same_province(earlier, c))
    )


def _same_province(a: Event, b: Event) -> bool:
    return a.admin1 is not None and (a.country, a.admin1) == (b.country, b.admin1)


def _same_day(a: Event, b: Event) -> bool:
    """The same day, or `b` dated only to the month of `a`'s day: "The attack on the police station was the
    third on police in the district this month" tells no other day."""
    if a.event_date == b.event_date:
        return True
    return (
        b.time_precision == 3
        and a.time_precision == 1
        and a.event_date is not None
        and b.event_date is not None
        and (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)
    )


def _arrests_at(demonstration: Event, detail: Event) -> bool:
    """'Darmanin said 80 people were arrested in Paris.' after the riot in Paris, with no day of its own:
    ACLED codes the detentions at a demonstration as its intervention, not as an arrest event of their own."""
    return (
        _family(demonstration) == "demonstration"
        and detail.sub_event_type == "Arrests"
        and (_same_place(demonstration, detail) or _narrows_place(demonstration, detail))
    )


def _toll_updated(item: CodedMention) -> bool:
    """The incident's toll was raised by one of its sentences ("The death toll ... rose to nine")."""
    return any(updates_toll(sent) for sent in (item.mention.sentence, *item.mention.extra_sentences))


def _disappeared_after_arrest(target: Event, detail: Event) -> bool:
    """'Taliban intelligence detained an activist. Her whereabouts remain unknown.': the people a detention
    took are missing, which ACLED codes as a forced disappearance, not an arrest and a second event."""
    return target.sub_event_type == "Arrests" and detail.sub_event_type == "Abduction/forced disappearance"


def _died_in_the_riot(target: Event, detail: CodedMention) -> bool:
    """'Protesters stormed the ministry and clashed with security forces. A policeman was killed in the
    clashes.': a death in 'the clashes' or 'the violence', named as known, right after a riot is its toll."""
    acts = detail.mention.categories - {"protest", "riot", "clash"}
    return (
        target.sub_event_type in VIOLENT_CROWDS
        and acts <= CASUALTY_CATEGORIES
        and bool(acts)
        and any(
            token.dep_ == "pobj"
            and token.head.lower_ in ("in", "during")
            and token.lemma_.lower() in KNOWN_FIGHT_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            for token in detail.mention.sentence
        )
    )


# what a riot is named as when told again ("killed in the clashes", "injured during the violence")
KNOWN_FIGHT_NOUNS = frozenset({"clash", "clashes", "violence", "unrest", "riot", "riots", "confrontation"})


def _died_at_intervention(target: Event, detail: CodedMention) -> bool:
    """'Security forces fired tear gas and rubber bullets at students protesting ... One student died later
    in hospital.': a death told right after a state force's intervention in a protest, with no day or place
    of its own, is that force's lethal harm, which ACLED codes as excessive force against the protesters."""
    deaths = detail.mention.categories - {"protest"}
    return (
        target.sub_event_type == "Protest with intervention"
        and target.inter2 == 1
        and deaths == {"kill"}
        and bool(detail.event.fatalities)
    )


def _dispersed_after_arrests(target: Event, detail: Event) -> bool:
    """'Police detained dozens of people on Sunday as they tried to gather for a march. Officers used pepper
    spray to disperse the crowd.': a dispersal told right after detentions, with no day or place of its own,
    shows the people detained were a crowd; ACLED codes the detentions as the intervention in its protest."""
    return (
        target.sub_event_type == "Arrests"
        and target.inter1 == 1
        and detail.sub_event_type == "Protest with intervention"
    )


# rebels, political and identity militias: the non-state sides that fight back
NON_STATE_ARMED_INTERS = frozenset({2, 3, 4})


def _raid_fought(target: CodedMention, detail: CodedMention) -> bool:
    """A state force's attack on civilians whose follow-up, with no day or place of its own, tells an
    exchange of fire with a non-state armed side ('Soldiers returned fire', 'an exchange of fire'):
    ACLED codes the incident as an armed clash with that side."""
    t, d = target.event, detail.event
    return (
        t.sub_event_type == "Attack"
        and t.inter1 == 1
        and t.inter2 == 7
        and d.sub_event_type == "Armed clash"
        and "fire_exchange" in detail.mention.modifiers
        and not detail.has_own_date
        and not detail.has_own_place
        and (d.inter1 in NON_STATE_ARMED_INTERS or d.inter2 in NON_STATE_ARMED_INTERS)
    )


def _vague_toll(item: CodedMention) -> bool:
    """The incident's figure so far rests only on rough words ('dozens'): no sentence of it gives a number."""
    return counts_only_vaguely(*item.mention.spans)


def _fought_operation(event: Event) -> bool:
    """'launched an offensive against MFDC rebels near Bignona': an operation against an armed side, whose
    dead a following sentence counts ('1 soldier was killed'): the operation was fought."""
    return event.sub_event_type == "Change to group/activity" and event.inter2 in ARMED_INTERS


# rioters and protesters
CROWD_INTERS = frozenset({5, 6})
# what a crowd does when it turns violent: throws stones, burns or wrecks property, fights the police
CROWD_VIOLENCE_ACTS = frozenset({"riot", "loot", "clash"})
# state forces, rebels, political and identity militias, external forces: sides that fight
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
# one demonstration per day and place: a later sentence that reports the police dispersing it, or the
# crowd turning violent, changes what the demonstration was, it is not a second one
DEMONSTRATION_ESCALATION = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
    "Violent demonstration": 2,
}


# a sentence that only counts the dead or hurt ("Around 30 soldiers were injured.") after a riot or a
# crackdown adds detail to it; so do the hurt after a dispersal ("police fired tear gas at farmers. Several
# farmers were injured."); after a peaceful protest it reports violence of its own
CASUALTY_CATEGORIES = frozenset({"kill", "injure"})
VIOLENT_CROWDS = frozenset({"Violent demonstration", "Mob violence", "Excessive force against protesters"})
PLACE_FIELDS = ("country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision")
GENERIC_TYPES = frozenset({"Armed clash", "Attack"})
LOOTING = "Looting/property destruction"
WEAPON_TYPES = frozenset(
    {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    }
)


# weapons a side uses inside a fight: air support, artillery, a car bomb that breaches a base before gunmen
# storm it, grenades; ACLED codes the battle an armed clash (a suicide bomb or chemical weapon is still named)
FIGHT_WEAPON_TYPES = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}
)


# the cue categories of a lead that tells a fight or an assault, not only who was hurt
FIGHT_CATEGORIES = frozenset({"clash", "attack"})


def _fight_support(target: CodedMention, detail: CodedMention) -> bool:
    """An armed clash whose follow-up names a weapon used in it ("repelled by troops with support from the
    air force", "Attack helicopters fired missiles to help evacuate the troops"): still the armed clash. A
    weapon the follow-up counts dead of its own ("The tanks shelled the headquarters of the Cambodian army
    and killed dozens of soldiers") did the killing: its type, unless the follow-up tells the fighting too
    ("detonated a car bomb at the gate before storming it, and the troops killed seven of the attackers in
    the battle"): the bomb opened a ground assault, and ACLED codes the battle. A lead that told no fight,
    only whom it hurt ("A soldier was injured when militants targeted government buildings", typed a clash
    because soldiers were hit), is told how by the weapon ("Militants fired 20 rockets at the fort"): no
    fight for the weapon to support."""
    return (
        target.event.sub_event_type == "Armed clash"
        and detail.event.sub_event_type in FIGHT_WEAPON_TYPES
        and (not detail.event.fatalities or "clash" in detail.mention.categories)
        and bool(target.mention.categories & FIGHT_CATEGORIES)
    )


# a weapon named only as what backed the fighters ("soldiers, supported by air force jets, killed 14
# insurgents", "with air support"): the fighters did the killing, the fight stays a clash or an attack
_SUPPORT = re.compile(
    r"\b(?:supported|backed|aided|assisted|helped)\s+by\s+(?:\w+\s+){0,3}?"
    r"(?:air\s*force|air\s+power|jets?|aircraft|helicopters?|gunships?|warplanes?|drones?|artillery)\b"
    r"|\bwith\s+(?:the\s+)?(?:\w+\s+)?(?:air|aerial|artillery)\s+(?:support|cover|backing)\b"
    r"|\bsupport\s+(?:from|of)\s+(?:the\s+)?(?:air\s*force|jets|aircraft|helicopters|gunships|artillery)\b",
    re.IGNORECASE,
)


def _in_support(text: str) -> bool:
    return _SUPPORT.search(text) is not None


def _take_type(target: Event, detail: Event) -> None:
    target.sub_event_type, target.event_type = detail.sub_event_type, detail.event_type
    target.disorder_type = detail.disorder_type


def _escalates(target: Event, detail: Event) -> bool:
    """Both are demonstrations and the detail's type is the graver one."""
    before = DEMONSTRATION_ESCALATION.get(target.sub_event_type or "")
    after = DEMONSTRATION_ESCALATION.get(detail.sub_event_type or "")
    return before is not None and after is not None and after > before


def _attackers_fate(target: CodedMention, detail: CodedMention) -> bool:
    """The detail tells how the perpetrators of a non-state attack died: "The attacker was killed.", "The
    gunman was later shot dead by police." They stay actor 1, and their dead add to the toll."""
    return target.event.inter1 in (2, 3) and kills_perpetrators(detail.mention.sentence)


# the inter codes of armed sides: state forces, rebels, political and identity militias, external forces
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})


def _names_the_guessed_side(target: CodedMention, detail: CodedMention) -> bool:
    """ "A drone strike near Hermel killed one person. The Israeli army said it had targeted a Hezbollah
    member.": the lead's actor 1 was ACLED's default (an unattributed air raid is the state's own), and the
    follow-up names who struck. The named armed side replaces the guess, unless it is the side struck."""
    t, d = target.event, detail.event
    return (
        target.actor1_guessed
        and d.actor1 is not None
        and not d.actor1.startswith("Unidentified")
        and not (detail.actor1_guessed and d.inter1 == t.inter1)  # a guess of its own names nobody new
        and d.inter1 in ARMED_INTERS
        and d.actor1 not in (t.actor1, t.actor2)
        and _family(t) == _family(d) == "violence"
        # only states fly air raids: a group the follow-up names beside one is what was struck, not the flyer
        and (t.sub_event_type != "Air/drone strike" or d.inter1 in (1, 8))
    )


# a sentence that names some of the dead already counted ("was among the dead")
AMONG_THE_DEAD_RE = re.compile(r"\bamong (?:the|those) (?:dead|killed|victims|fatalities)\b", re.I)


def _pinpoints(t: Event, detail: CodedMention) -> bool:
    """The lead placed the incident only near a town ("outside an immigration facility in suburban
    Chicago"); a follow-up with no day of its own names another town of the same district or county ("outside
    the ICE building in Broadview"): the place itself, which ACLED codes. A town further away is no closer
    look ("a student picked up from his home in Turbat" after a sit-in outside the Quetta Press Club)."""
    d = detail.event
    return (
        t.geo_precision == 2
        and d.geo_precision == 1
        and detail.has_own_place
        and not detail.has_own_date
        and d.location is not None
        and d.location != t.location
        and t.admin2 is not None
        and (t.country, t.admin1, t.admin2) == (d.country, d.admin1, d.admin2)
    )


def _merge_into(target: CodedMention, detail: CodedMention) -> None:
    t, d = target.event, detail.event
    if target.listed_with and detail.has_own_place and target.listed_base is None:
        target.listed_base = t.model_copy(deep=True)  # what follows is told of one town of the list
    supporting = _in_support(span_text(detail.mention.sentence))
    if (
        t.sub_event_type in GENERIC_TYPES
        and d.sub_event_type in WEAPON_TYPES
        and not _fight_support(target, detail)
        and not supporting
    ):
        # a later sentence names the weapon: "The attacks - mostly using grenades - ..."
        _take_type(t, d)
    if _disappeared_after_arrest(t, d):
        _take_type(t, d)
    if t.sub_event_type == "Remote explosive/landmine/IED" and d.sub_event_type == "Suicide bomb":
        # "A bomb exploded at the cathedral ... Police said the two attackers died in the blast": the bombers
        # died in their own blast, a suicide bombing
        _take_type(t, d)
    if _raid_fought(target, detail):
        # "Israeli forces killed two Palestinians during a raid ... Soldiers returned fire, the army said.":
        # the raid met armed resistance, so it was a battle with the armed side, not an attack on civilians
        _take_type(t, d)
        armed_first = d.inter1 in NON_STATE_ARMED_INTERS
        t.actor2, t.inter2 = (d.actor1, d.inter1) if armed_first else (d.actor2, d.inter2)
        t.interaction = interaction_code(t.inter1, t.inter2)
    if _died_at_intervention(t, detail):
        t.sub_event_type = "Excessive force against protesters"
        t.event_type = event_type_of(t.sub_event_type)
        t.disorder_type = disorder_type_of(t.sub_event_type)
        t.actor1, t.inter1, t.actor2, t.inter2 = t.actor2, t.inter2, t.actor1, t.inter1
        t.assoc_actor_1, t.assoc_actor_2 = t.assoc_actor_2, t.assoc_actor_1
        t.interaction = interaction_code(t.inter1, t.inter2)
    if _dispersed_after_arrests(t, d):
        # the detaining force is the side that intervened; the crowd it dispersed is actor 1
        force, force_inter = t.actor1, t.inter1
        _take_type(t, d)
        t.actor1, t.inter1, t.assoc_actor_1 = d.actor1, d.inter1, d.assoc_actor_1
        t.actor2, t.inter2 = d.actor2 or force, d.inter2 if d.actor2 else force_inter
        t.interaction = interaction_code(t.inter1, t.inter2)
    if _fought_operation(t) and _family(d) == "violence":
        _take_type(t, d)  # "launched an operation against AQAP ... 9 were killed": an armed clash
    if t.sub_event_type == LOOTING and d.sub_event_type == "Attack" and d.fatalities:
        _take_type(t, d)  # people killed as a village is torched: ACLED codes an attack, not only the damage
    # the same day said twice, or a dispersal by a named force told in a follow-up with no day or place of
    # its own ("Police fired tear gas."); not "demanded the release of demonstrators detained at an earlier
    # rally", and no graver type: those follow-ups are too often background ("The officer shot Smith in 2011")
    dispersal = d.sub_event_type == "Protest with intervention" and d.actor2 is not None
    # "Some protesters threw stones at police and set fire to a traffic post." after a rally: the crowd
    # itself turning violent, told as a follow-up with no day or place of its own, is that rally's riot; a
    # violent thing named with no violent act ("had blocked the road with rocks", "tried to cross the
    # barricade") is not
    crowd_turned_violent = (
        d.sub_event_type == "Violent demonstration"
        and d.inter1 in CROWD_INTERS
        and "violence_by_crowd" in detail.mention.modifiers
        and bool(detail.mention.categories & CROWD_VIOLENCE_ACTS)
    )
    follow_up = (dispersal or crowd_turned_violent) and not detail.has_own_date and not detail.has_own_place
    if _escalates(t, d) and (follow_up or (target.has_own_date and detail.has_own_date)):
        _take_type(t, d)
        t.actor1, t.inter1, t.assoc_actor_1 = d.actor1, d.inter1, d.assoc_actor_1
        t.actor2, t.inter2, t.interaction = d.actor2, d.inter2, d.interaction
    t.evidence.extend(e for e in d.evidence if e not in t.evidence)
    if _arrests_at(t, d):
        if t.sub_event_type == "Peaceful protest" and d.inter1 == 1:
            # detaining protesters is intervening in their protest; the arresting force is its actor 2
            t.sub_event_type = "Protest with intervention"
            t.actor2, t.inter2 = d.actor1, d.inter1
            t.interaction = interaction_code(t.inter1, t.inter2)
        target.mention.extra_sentences.append(detail.mention.sentence)
        return  # the people detained are no side of the demonstration, and nobody died in the arrests
    attackers_fate = _attackers_fate(target, detail)
    if detail.mention.claim_subject is not None and d.actor1 and d.inter1 in (2, 3, 4, 8):
        t.actor1, t.inter1 = d.actor1, d.inter1  # claimants become actor1
    if t.actor2 is None and d.actor2 and not attackers_fate:
        t.actor2, t.inter2 = d.actor2, d.inter2
    if (
        (t.actor1 or "").startswith("Unidentified")
        and d.actor1
        and not d.actor1.startswith("Unidentified")
        and d.actor1 != t.actor2  # "Soldiers repelled the attack": the defenders stay actor 2
        and d.inter1 not in CROWD_INTERS  # a crowd a lone death verb is read as names no attacker
        and not attackers_fate
        and not (_family(d) == "strategic" and d.inter1 == 1)  # "Police found 40 bullet casings": no attacker
    ):
        t.actor1, t.inter1 = d.actor1, d.inter1
    if (
        (t.actor2 or "").startswith("Unidentified")
        and d.actor2 is not None
        and d.actor2 == t.actor1
        and d.actor1
        and not d.actor1.startswith("Unidentified")
        and d.inter1 in NON_STATE_ARMED_INTERS
        and not attackers_fate
    ):
        # "Niger troops retake Nigerian town, 200 Islamists killed; ... soldiers killed as Boko Haram loses
        # towns": the detail names the group the same force fought, which the target left unnamed
        t.actor2, t.inter2 = d.actor1, d.inter1
    if _names_the_guessed_side(target, detail) and not attackers_fate:
        t.actor1, t.inter1 = d.actor1, d.inter1
        target.actor1_guessed = False
    t.interaction = interaction_code(t.inter1, t.inter2) if t.inter1 or t.inter2 else t.interaction
    # the attackers' dead, more dead ('Two attackers also died.') or the other side's dead ('4 militants were
    # killed. 2 soldiers were martyred.'), add to the toll: not another figure
    other_dead = counts_other_dead(target.mention.spans, detail.mention.sentence)
    if d.fatalities is not None and any(is_tally(s.text) for s in detail.mention.extra_sentences):
        # "... The attacker also died. Fatalities coded as 7.": the note's tally closes the event and
        # counts all its dead, whichever sentence it follows
        t.fatalities = d.fatalities
    elif attackers_fate or adds_to_toll(detail.mention.sentence) or other_dead:
        t.fatalities = (t.fatalities or 0) + (d.fatalities or 0)
    elif d.fatalities and (gives_total(detail.mention.sentence) or updates_toll(detail.mention.sentence)):
        t.fatalities = d.fatalities
    elif d.fatalities and _dies_later(detail) and _family(t) != "strategic" and not _toll_updated(target):
        # one of the wounded died later: one more dead (a risen toll told before already counts them)
        t.fatalities = (t.fatalities or 0) + d.fatalities
    elif (update := toll_update_figure(detail.mention.sentence)) is not None and _family(t) == "violence":
        # "the toll had risen to 100, according to the NUG, which said the gathering was ...": the
        # sentence's own trigger (a gathering) counted no dead, but its figure is the incident's new total
        t.fatalities = update
    elif 0 < (d.fatalities or 0) < (t.fatalities or 0) and names_its_dead(detail.mention.sentence):
        pass  # "... adding that Sepoy Nasir Khan, 24, embraced martyrdom": one of the counted dead, named
    elif 0 < (d.fatalities or 0) < (t.fatalities or 0) and retells_counted_part(
        target.mention.spans, detail.mention.sentence
    ):
        pass  # "Two soldiers ... died while being taken to a hospital" after two soldiers and three militants
    elif 0 < (d.fatalities or 0) < (t.fatalities or 0) and AMONG_THE_DEAD_RE.search(
        span_text(detail.mention.sentence)
    ):
        pass  # "A journalist was among the dead, while a protester died of gunshot wounds" after two were
        # killed: who the counted dead were, no other count
    elif 0 < (d.fatalities or 0) < (t.fatalities or 0) and counts_bodies_only(detail.mention.sentence):
        pass  # "Rescuers pulled the bodies of a family of five from a burned house" after seven were killed
    elif 0 < (t.fatalities or 0) < (d.fatalities or 0) and names_its_dead_only(target.mention.sentence):
        # "..., killing minister Khalil Haqqani. 7 people, including the bomber, were killed.": the named dead
        # are among the later count, which is the toll
        t.fatalities = d.fatalities
    elif _toll_updated(target) and d.fatalities and t.fatalities:
        # "The toll rose to nine ... The blast killed seven people on the spot": the risen total stands, the
        # first count is no conflicting figure
        t.fatalities = max(t.fatalities, d.fatalities)
    elif t.fatalities and d.fatalities and counts_only_vaguely(*detail.mention.spans) != _vague_toll(target):
        # "Al Shabaab said it had killed dozens of soldiers" against the army's 20 insurgents and 3 soldiers:
        # a rough word is turned into a figure only when no report counts the dead, so the count stands
        t.fatalities = d.fatalities if _vague_toll(target) else t.fatalities
    else:  # conflicting figures for one incident: ACLED keeps the lowest reported
        t.fatalities = (
            min(f for f in (t.fatalities, d.fatalities) if f) if (t.fatalities or d.fatalities) else 0
        )
    finer = (t.admin2 is None and d.admin2 is not None and _narrows_place(t, d)) or _pinpoints(t, detail)
    placed = not detail.has_own_date and _retold(detail) and _placed_by_retelling(target, detail)
    if (t.location is None and d.location is not None) or finer or placed:
        # no place yet, or only the province the detail names a place in ("the village of X in Y district")
        for field in PLACE_FIELDS:
            setattr(t, field, getattr(d, field))
    target.mention.extra_sentences.append(detail.mention.sentence)


def segment(
    coded: list[CodedMention], *, anchored: bool = False, headlines: bool = False
) -> list[CodedMention]:
    """Merge mentions of the same incident; order of first report is kept.

    With `anchored` (full articles), a mention with neither a day nor a place of its own can only add
    detail to the incident before it; on its own it is background ("fighters have obtained weapons which
    their allies seized"), not a new event. Headlines and short snippets are exempt: they rarely give either.
    With `headlines` (titles joined in one text), a title placed only in its country is the incident a later
    title places (`_placed_by_later_title`).
    """
    events: list[CodedMention] = []
    # the incident the sentence before told: "In Rawalpindi, the traders tried to block Murree Road." takes
    # the focus back to an incident told earlier, so "Police baton-charged the protesters" that follows, with
    # no day or place of its own, is that incident's, not the one told last
    focus: CodedMention | None = None
    for item in coded:
        follow_up = not item.has_own_date and not item.has_own_place
        previous = focus if anchored and follow_up and focus is not None else events[-1] if events else None
        if previous is not None and _continues(previous, item):
            _merge_into(previous, item)
            focus = previous
            continue
        if anchored and not item.mention.names_a_day and not item.has_own_place:
            continue
        duplicate = (
            next(
                (
                    e
                    for e in events
                    if e.event.event_date == item.event.event_date
                    and item.has_own_date
                    and _same_kind(e.event, item.event)
                    and _same_gathering_place(e.event, item.event)
                    and (e.event.admin2 or e.event.location)
                ),
                None,
            )
            or next((e for e in events[:-1] if _retold_at(e.event, item)), None)
            or (
                events[0]
                if anchored and len(events) == 1 and _lead_placed_by_retelling(events[0], item)
                else None
            )
        )
        if duplicate is not None:
            _merge_into(duplicate, item)
            focus = duplicate
            continue
        counted = next((e for e in events if _counted_before_told(e, item)), None)
        if counted is None and anchored and len(events) == 1 and _dated_after_lead(events[0], item):
            counted = events[0]
        if counted is None and anchored:
            counted = next((e for e in events if _summed_up_by(e, item)), None)
        if counted is not None:
            # the incident's own day, told after the lead that dated it by the count
            counted.event.event_date, counted.event.time_precision = (
                item.event.event_date,
                item.event.time_precision,
            )
            _merge_into(counted, item)
            continue
        retold = next((e for e in events if _retold_that_day(e.event, item)), None)
        if retold is not None:
            _merge_into(retold, item)
            continue
        if events and _another_of(events[-1], item):
            _like_the_one_before(events[-1].event, item.event)
        if anchored:
            _on_the_days_demonstrations(events, item)
        events.append(item)
        focus = item
    if anchored:
        events = [e for e in events if not any(_sums_up(e.event, other.event) for other in events)]
    if headlines:
        events = _placed_by_later_title(events)
    return events


def _placed_by_later_title(events: list[CodedMention]) -> list[CodedMention]:
    """'Militants kill six soldiers in Pakistan: officials;Militants kill 6 soldiers in North Waziristan':
    titles of one report tell the incident in their own words, and a title placed only in the country is the
    incident a later title places, when it is of the same type and sides and counts no other dead. (A later
    unplaced title already joins the placed one before it: it has no place of its own.)"""
    kept = list(events)
    for item in events:
        if not _country_only(item):
            continue
        placed = next((e for e in kept if e is not item and _places_title(item, e)), None)
        if placed is not None:
            _merge_into(placed, item)
            kept.remove(item)
    return kept


def _country_only(item: CodedMention) -> bool:
    event = item.event
    return event.country is not None and event.admin1 is None and event.location is None


def _places_title(title: CodedMention, placed: CodedMention) -> bool:
    """`placed` tells the incident of the country-only `title` with its place: a later sentence, the same
    country, day, type and sides (an unnamed side fits any), and no other count of dead."""
    t, p = title.event, placed.event
    return (
        placed.mention.sentence.start > title.mention.sentence.start
        and p.admin1 is not None
        and p.country == t.country
        and _same_day(t, p)
        and p.sub_event_type == t.sub_event_type
        and _same_side(t.actor1, p.actor1)
        and _same_side(t.actor2, p.actor2)
        and (not t.fatalities or not p.fatalities or t.fatalities == p.fatalities)
    )


def _same_side(a: str | None, b: str | None) -> bool:
    """The same actor, or one of them unknown, or an unnamed armed group and a group not of the state (an
    unnamed group may be the named one; it is never the state's forces)."""
    if a is None or b is None or a == b:
        return True
    unnamed = [name for name in (a, b) if name.startswith("Unidentified")]
    return len(unnamed) == 1 and not (b if unnamed[0] == a else a).startswith(STATE_FORCE_NAMES)


# ACLED's names of a state's forces: "Military Forces of Myanmar", "Police Forces of Pakistan"
STATE_FORCE_NAMES = ("Military Forces of", "Police Forces of")


def _lead_placed_by_retelling(lead: CodedMention, item: CodedMention) -> bool:
    """'Jihadists killed at least five soldiers in an attack on an army post in central Mali on Sunday ...
    "On Sunday, June 2, the military post at Sokolo was the target of a complex attack"': a lead placed only
    by its country, told again on its day with the town, is that incident, now placed."""
    first, c = lead.event, item.event
    return (
        item.has_own_date
        and item.has_own_place
        and first.admin1 is None
        and first.country == c.country
        and first.event_date == c.event_date
        and _same_kind(first, c)
        and not any(t.lower_ in APART_WORDS for t in item.mention.sentence)
    )


def _on_the_days_demonstrations(events: list[CodedMention], item: CodedMention) -> None:
    """'Police on Tuesday lobbed teargas at protesters in Nairobi ... The situation was different in
    Kisumu, where youths lit bonfires': in a whole article, a demonstration told with no day of its own
    after a dated one is of the same wave, on that day (not the publication day undated incidents take)."""
    if item.has_own_date or _family(item.event) != "demonstration":
        return
    dated = next(
        (e for e in reversed(events) if e.has_own_date and _family(e.event) == "demonstration"), None
    )
    if dated is not None:
        item.event.event_date = dated.event.event_date
        item.event.time_precision = dated.event.time_precision


def _sums_up(whole: Event, part: Event) -> bool:
    """'More than a million people marched across France on Thursday. In Paris, ... In Bordeaux, ...': a
    demonstration placed nowhere below its country, on the day the article places another demonstration
    there, is the sum of the demonstrations it goes on to place, not an event of its own."""
    return (
        whole is not part
        and _family(whole) == "demonstration"
        and whole.admin1 is None
        and whole.location is None
        and not whole.fatalities
        and _family(part) == "demonstration"
        and part.country == whole.country
        and part.admin1 is not None
        and part.event_date == whole.event_date
    )


def split_listed_places(items: list[CodedMention]) -> list[CodedMention]:
    """One event per place of a demonstration reported in several ("supporters protested in Dakar and in
    Ziguinchor"): ACLED codes each place as its own event, with the same day, type and actors. Only crowds
    without deaths are split, since a toll told for all the places cannot be shared out."""
    out: list[CodedMention] = []
    for item in items:
        out.append(item)
        if _family(item.event) != "demonstration" or item.event.fatalities:
            continue
        # a follow-up placed in one town of the list told that town's demonstration only; the other towns
        # keep what the list's own sentence told
        base = item.listed_base or item.event
        for place in item.listed_with:
            if any(_told_there(other.event, item.event, place) for other in items):
                continue  # "In Lakki Marwat, hundreds gathered ...": that town's demonstration, told already
            event = base.model_copy(deep=True)
            apply_location(event, place)
            out.append(replace(item, event=event, listed_with=[], listed_base=None))
    return out


def _told_there(other: Event, listed: Event, place: Location) -> bool:
    """`other` is a demonstration of the listed one's day in the listed place."""
    return (
        other is not listed
        and _family(other) == "demonstration"
        and other.event_date == listed.event_date
        and other.location is not None
        and other.location == place.location
    )
