"""How a sentence stands to the mentions before it: a tally or detail line of the incident told, an answer
to it, a retelling, an incident in the second clause of a sentence."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from flashpoint.extract.cues import CueHit, CueLexicon, WordLists
from flashpoint.extract.detect.crowds import (
    CROWD_TRIGGERS,
    crowd_toll,
    denied,
    fired_on_the_crowd,
    fires_crowd_control,
    hurt_by_crowd_control,
    no_force_used,
    told,
)
from flashpoint.extract.detect.dating import day_of
from flashpoint.extract.detect.mention import EventMention
from flashpoint.extract.fatalities.other_deaths import is_grievance
from flashpoint.extract.fatalities.tolls import is_tally
from flashpoint.nlp.dates import (
    ResolvedDate,
)
from flashpoint.nlp.memo import span_entities, span_text


def added_force(words: WordLists, mention: EventMention) -> bool:
    """'Reinforcements were sent to the area', 'deployed additional National Guard troops to Celaya', 'the
    forces were reinforced': one more force sent after an incident of the report answers it
    (`added_force_words`), like the search that follows; it is no change to a group's activity of its own."""
    if mention.categories != {"change_group"}:
        return False
    if mention.trigger.lemma_.lower() in words.added_force_words:
        return True  # "security forces had been reinforced with 600 more soldiers": the verb adds a force
    sent_ones = [c for c in mention.trigger.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    return _sent_to_the_scene(mention.trigger) or any(
        noun.lemma_.lower() in words.added_force_words
        or noun.lower_ in words.added_force_words
        or any(c.dep_ == "amod" and c.lower_ in words.added_force_words for c in noun.children)
        for noun in sent_ones
    )


# words that point back to the place of an incident told before ("sent to the area", "rushed to the scene")
SCENE_NOUNS = frozenset({"area", "scene", "spot", "site", "village", "town", "locality"})


def _sent_to_the_scene(verb: Token) -> bool:
    """'Soldiers and their Russian allies were sent to the area on Monday': a force sent to the place of the
    incident the report told, named only as known ('the area', 'the scene'), answers it."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("to", "into")
        and any(
            noun.dep_ == "pobj"
            and noun.lower_ in SCENE_NOUNS
            and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)
            and not any(d.dep_ in ("prep", "compound", "amod", "acl", "relcl") for d in noun.children)
            for noun in prep.children
        )
        for prep in verb.children
    )


def _burial_place(token: Token) -> bool:
    """'The victims were buried in a mass grave': where the dead of a told incident were laid, not a grave
    found."""
    return (
        token.lemma_.lower() == "grave"
        and token.dep_ == "pobj"
        and token.head.lower_ in ("in", "into")
        and token.head.head.lemma_.lower() == "bury"
    )


def death_notice(words: WordLists, mention: EventMention) -> bool:
    """'Hezbollah announced the deaths of two of its members, "martyred on the road to Jerusalem"', 'the
    group mourned the death of its commander': a side's notice of its own dead, with no day of its own and
    no cue but killing, tells the dead of an incident the story has told (a stock phrase it uses for them
    may even name a place). Deaths of others confirmed ('the army chief confirms death of five terrorists
    in Maguindanao') may be the report of the incident itself."""
    if mention.categories != {"kill"} or mention.names_a_day:
        return False
    root = mention.sentence.root
    if root.lemma_.lower() not in words.speech_verbs and root.lemma_.lower() != "mourn":
        return False
    deaths = [c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() == "death"]
    return any(t.lower_ in ("its", "their") for d in deaths for t in d.subtree)


def told_before(noun: Token, words: WordLists) -> bool:
    """What a later sentence names of an incident already told: its burial place ("The victims were buried
    in a mass grave in the village") or the incident itself after "after" or "following" ("A curfew was
    reimposed in two districts following the attack")."""
    return _burial_place(noun) or _refers_back(noun) or _commented_on(words, noun) or _known_dead(noun)


# who did the incident a report told, named as known when arrested after it
CULPRIT_NOUNS = frozenset(
    {"suspect", "culprit", "perpetrator", "attacker", "assailant", "killer", "rapist", "kidnapper",
     "abductor"}
)  # fmt: skip


def arrested_culprits(mention: EventMention) -> bool:
    """'Police arrested 2 of the suspects the following day', 'the suspect was arrested on 5 May': after an
    incident the report told, the arrest of its culprits, named as known (the suspects, two of the
    attackers), is the law taking its course after a crime, on whatever day (ACLED codes no routine
    criminal arrest), no event of its own; 'police arrested two suspects' (no article) names new people."""
    if mention.categories != {"arrest"}:
        return False
    verb = mention.trigger
    for arrested in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        # "2 of the suspects": the people counted out of
        partitive = [p for c in arrested.children if c.lower_ == "of" for p in c.children]
        for noun in (arrested, *partitive):
            known = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
            if known and noun.lemma_.lower() in CULPRIT_NOUNS:
                return True
    return False


# what is left of a weapon shot down, which falls where it falls
DEBRIS_NOUNS = frozenset({"debris", "wreckage", "fragment"})


def debris_of_interception(last: EventMention, mention: EventMention) -> bool:
    """'Ukrainian air defence shot down 18 drones over Kyiv; falling debris damaged a building and injured
    2 people', '2 people were hurt by falling debris': after an interception, the harm its debris did is
    part of it (ACLED codes the one Disrupted weapons use), no attack of its own."""
    if "disrupt" not in last.categories:
        return False
    verb = mention.trigger
    while True:
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        doers += [g for c in verb.children if c.lower_ == "by" for g in c.subtree]  # "by falling debris"
        if any(d.lemma_.lower() in DEBRIS_NOUNS for d in doers):
            return True
        if verb.dep_ != "conj" or any(d.dep_ == "nsubj" for d in doers):
            return False
        verb = verb.head


def tallied(words: WordLists, trigger: Token) -> bool:
    """'UNAMA said it had recorded 1,095 civilians killed', 'the monitor has documented 300 killings': a
    counted victim or event noun that a tally verb (`tally_verbs`) takes in the perfect sums up a report's
    period, no incident of its own."""
    noun = trigger.head if trigger.dep_ in ("acl", "amod") else trigger
    if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in words.tally_verbs:
        return False
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return counted and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in noun.head.children)


def _known_dead(word: Token) -> bool:
    """'The bodies of the martyred personnel were sent home', 'funeral prayers for the slain policemen': a
    participle describing people named as known (an article, a demonstrative, a possessive) tells the dead
    of the incident already told, not a new killing."""
    if word.dep_ != "amod" or word.tag_ not in ("VBN", "JJ") or word.head.pos_ != "NOUN":
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "these", "those")) or c.dep_ == "poss"
        for c in word.head.children
    )


def _refers_back(noun: Token) -> bool:
    """'following the attack': an incident named as known after 'after' or 'following'."""
    known = any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in noun.children
    )
    return (
        known and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following")
    )


def _commented_on(words: WordLists, noun: Token) -> bool:
    """'the attacks showed that the operation had to go on', 'the bombing underlined the risks': the known
    incident as the subject of what a commentator reads into it (`comment_verbs`) is no new incident."""
    known = any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in noun.children
    )
    if not (known and noun.pos_ == "NOUN" and noun.dep_ == "nsubj"):
        return False
    return noun.head.lemma_.lower() in words.comment_verbs or _ranked(noun.head)


def _ranked(verb: Token) -> bool:
    """'The raid was the latest in a series of operations', 'the bombing was the deadliest attack this
    year', 'the third such attack': a copula that ranks the known incident among others (a superlative or
    an ordinal as what it is) comments on it."""
    if verb.lemma_ != "be":
        return False
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        if attr.tag_ == "JJS" or attr.ent_type_ == "ORDINAL":
            return True
        if any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL") for c in attr.children):
            return True
    return False


def tally_after_detail(
    last: EventMention, sent: Span, opening: tuple[Span, tuple[str, ResolvedDate] | None] | None
) -> bool:
    """A note's toll after an undated line that reported nothing new ("The AA attacked an outpost.
    Fighting continued for two days. 7 reported fatalities."): the toll is still the event's."""
    if opening is None or opening[1] is not None:
        return False
    detail = opening[0]
    return detail.start >= last.sentence.end and detail.end == sent.start and is_tally(span_text(sent))


def answers_protest(last: EventMention, sent: Span, hits: list[CueHit]) -> bool:
    """A sentence that only tells how police met the crowd of the protest just reported ("police dispersed
    them with tear gas", "police detained several protesters") belongs to that protest."""
    if "protest" not in last.categories or any(e.label_ == "DATE" for e in span_entities(sent)):
        return False  # a sentence with its own date ("a crackdown earlier this month") is another time
    if NATIONWIDE_RE.search(span_text(sent)):
        return False  # "87 people had been arrested across the country": a national count, not this crowd's
    if _names_another_town(last, sent):
        return False  # "In Lyon, police used tear gas to clear farmers" after a rally in Agen: another place
    tokens = list(sent)
    if crowd_toll(hits, tokens) or fired_on_the_crowd(hits, tokens):
        return True
    if any(
        h.category.startswith("t:")
        and h.category not in ("t:arrest", "t:protest")
        and not fires_crowd_control(h.root(tokens), hits, tokens)
        and not hurt_by_crowd_control(h, hits, tokens)
        for h in hits
    ):
        return False
    return any(
        h.category in ("m:intervention", "m:crowd_control", "t:arrest")
        and told(h.root(tokens))
        and not denied(h.root(tokens))
        and not no_force_used(h, tokens)
        for h in hits
    )


DECLARING_LEMMAS = frozenset({"declare", "pronounce"})


def declared_dead_only(mention: EventMention) -> bool:
    """The mention's only cue is a death that doctors declared or pronounced ("doctors declared him dead",
    "he was pronounced dead on arrival"): a death certified, not an incident told."""
    return mention.categories == {"kill"} and any(
        t.lower_ == "dead" and t.head.lemma_.lower() in DECLARING_LEMMAS for t in mention.sentence
    )


NATIONWIDE_RE = re.compile(
    r"\b(?:across|around|throughout) the country\b|\b(?:nationwide|countrywide)\b", re.I
)


# the last day or days counted up to the report ("over the past day", "in the last 24 hours")
PAST_DAYS_RE = re.compile(
    r"\b(?:over|in|during) the (?:past|last|previous) "
    r"(?:day|(?:24|48|twenty-four) hours|(?:two|three) days)\b",
    re.I,
)


def days_national_toll(sent: Span) -> bool:
    """'Over the past day, Russian attacks killed at least nine people and injured 45 across Ukraine': a
    count of the last day's dead over a whole country (across the country, or across a country's name)
    sums many incidents up; it is no incident ACLED could place."""
    if PAST_DAYS_RE.search(span_text(sent)) is None:
        return False
    if NATIONWIDE_RE.search(span_text(sent)):
        return True
    return any(
        token.lower_ == "across" and any(c.dep_ == "pobj" and c.ent_type_ == "GPE" for c in token.children)
        for token in sent
    )


def _names_another_town(last: EventMention, sent: Span) -> bool:
    """The sentence names a town or country that the protest's own sentences do not (a GPE, or the proper name
    it opens with after "In", which the model often calls an organisation: "In Lyon, police ..."): it tells
    how police met a crowd elsewhere, a demonstration of its own (ACLED codes one per place)."""
    told = " ".join(s.text for s in last.spans)
    names = [e.text for e in span_entities(sent) if e.label_ == "GPE"]
    if sent[0].lower_ in ("in", "at"):
        names += [c.text for c in sent[0].children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    return any(name not in told for name in names)


def declared_after_incident(cues: CueLexicon, mention: EventMention) -> bool:
    """A mention that is only a declared state of emergency, martial law or internal armed conflict."""
    tokens = list(mention.sentence)
    return mention.categories == {"change_group"} and any(
        declared_state_measure(cues, h) and h.root(tokens) == mention.trigger for h in mention.hits
    )


def declared_state_measure(cues: CueLexicon, hit: CueHit) -> bool:
    """A state of emergency or exception, martial law or an internal armed conflict declared or imposed
    ('declare+emergency', 'approve+exception'): a government's measure against violence it names."""
    return hit.category == "t:change_group" and hit.phrase.partition("+")[2] in cues.state_measures


def incident_clauses(cues: CueLexicon, sent: Span) -> list[Span]:
    """A sentence that tells two incidents in two places, as wires sum up a day ('Police fired tear gas at
    marchers in Nairobi on Wednesday, while in the western city of Kisumu police shot dead two people',
    'the strikes hit houses in Paktika, ..., and another strike hit a house in Khost province'), as its two
    clauses: ACLED codes one event per incident, day and place. Each clause must name its own place and an
    incident cue; the second starts at 'while' or at the 'and' before 'another <noun>'."""
    for token in sent[2:]:
        if token.lower_ not in ("while", "and") or token.doc[token.i - 1].text != ",":
            continue
        verb = token.head
        if token.lower_ == "while" and token.dep_ == "mark":
            fronted = token.i + 1 < sent.end and token.doc[token.i + 1].lower_ == "in"
            if not fronted:
                continue
        elif token.lower_ == "and" and token.dep_ == "cc":
            verb = next((c for c in verb.children if c.dep_ == "conj" and c.i > token.i), verb)
            if not any(
                c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "another" for d in c.children)
                for c in verb.children
            ):
                continue
        else:
            continue
        if verb.pos_ != "VERB" or verb.i < token.i:
            continue
        first, second = sent.doc[sent.start : token.i], sent.doc[token.i : sent.end]
        if all(_names_own_place(part) and _tells_incident(cues, part) for part in (first, second)):
            return [first, second]
    return [sent]


def _names_own_place(part: Span) -> bool:
    """A proper name after 'in' ('in Nairobi's Kibera slum', 'in the Sepera district of Khost province')."""
    return any(
        t.lower_ == "in" and t.dep_ == "prep" and any(w.pos_ == "PROPN" for w in t.subtree) for t in part
    )


def _tells_incident(cues: CueLexicon, part: Span) -> bool:
    return any(h.category.startswith("t:") for h in cues.scan(part))


FRONTED_PLACE_PREPS = frozenset({"In", "Near", "At", "Outside"})


def parallel_elsewhere(mention: EventMention, lead: EventMention) -> bool:
    """'In the western city of Kisumu, protesters blocked roads', after 'Police fired tear gas at protesters
    in Nairobi on Wednesday': a sentence fronted by its own place, telling an incident of the lead's kind
    with no day of its own, lists what happened elsewhere that day (a wire's round-up)."""
    if day_of(lead) is None:
        return False
    crowd = {category[2:] for category in CROWD_TRIGGERS}
    if bool(mention.categories & crowd) != bool(lead.categories & crowd):
        return False
    first = mention.sentence[0]
    # a new sentence: "; in Lahore, lawyers rallied" after a semicolon tells where the same event went on
    # "Near Toulouse, tractors blocked the motorway" is fronted by its place as much as "In Agen, ..."
    if first.text not in FRONTED_PLACE_PREPS:
        return False
    if first.dep_ == "prep":
        place = next((c for c in first.children if c.dep_ == "pobj"), None)
    elif first.dep_ == "compound" and first.head.pos_ == "PROPN":
        place = first.head  # "Near Toulouse," read by the small model as one name
    else:
        return False
    if place is None or place.right_edge.i + 1 >= mention.sentence.end:
        return False
    fronted = place.doc[place.right_edge.i + 1].text == ","
    # the small model tags many a town as an organisation ("Arequipa"): any proper name will do
    return fronted and any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN" for t in place.subtree)


CROWD_SIZE_TAG = re.compile(r"\[size=[^\]]{1,60}\]")


def note_label(text: str) -> str | None:
    """The label a note's detail line opens with, lower case: "Weapons seized: 1 IED." -> "weapons seized";
    ACLED's tags are bracketed: "[women targeted: Protesters]" -> "women targeted"."""
    label, colon, _ = text.strip().removeprefix("[").partition(":")
    return " ".join(label.lower().split()) if colon and len(label) <= 30 else None


# how long before a demonstration the killing it protests must lie to be the story's background: a killing
# of the day before may be news of its own, told with the crowd it angered
GRIEVANCE_DAYS = 2


def protested_killings(mention: EventMention) -> dict[str, dt.date]:
    """The people a demonstration protests the killing of ('a protest in Khuzdar on Tuesday against the
    killing of journalist Ghulam Rasool Mengal'), by surname, with the demonstration's day."""
    if "protest" not in mention.categories or mention.date is None or mention.date.date is None:
        return {}
    return {
        ent[-1].text: mention.date.date
        for ent in span_entities(mention.sentence)
        if ent.label_ == "PERSON" and any(is_grievance(t) for t in ent.root.ancestors)
    }


def retold_grievance(mention: EventMention, protested: dict[str, dt.date]) -> bool:
    """'Mengal ... was shot dead by two unidentified motorcyclists near his home last Friday', after the
    protest against his killing on Tuesday: the killing the story's demonstration is about, days before it,
    told as its background (the aftermath is the news; the killing was reported when it happened)."""
    if not protested or mention.categories - {"kill", "attack", "injure"} or mention.date is None:
        return False
    day = mention.date.date
    victims = [
        t
        for t in mention.sentence
        if t.dep_ in ("nsubjpass", "dobj") and t.head.i == mention.trigger.i and t.ent_type_ == "PERSON"
    ]
    return any(
        day is not None and t.text in protested and (protested[t.text] - day).days >= GRIEVANCE_DAYS
        for t in victims
    )
