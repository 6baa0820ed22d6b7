"""Fatalities by ACLED's conservative rules, read from the clauses of an event.

Counts come from the noun a death verb governs ("killed four soldiers", "four soldiers were killed",
"14 dead", "killing 5", "the death toll rose to 12"); vague quantities follow ACLED ("several" 3,
"dozens" 12, "hundreds" 100); attackers killed count too; injuries alone count 0. When one sentence gives
conflicting figures for the same victims the lowest is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from flashpoint.nlp.headlines import trailing_part
from flashpoint.nlp.numbers import parse_count
from flashpoint.text.dates import MONTH_RE, MONTHS

DEATH_LEMMAS = frozenset(
    {"kill", "die", "dead", "murder", "behead", "execute", "slay", "massacre", "lynch", "assassinate",
     "slaughter", "perish", "death", "martyr", "martyre", "eliminate", "neutralise", "neutralize", "body",
     "corpse", "fatality", "fatalities", "toll", "killing", "assassination", "execution", "succumb"}
)  # fmt: skip
# verbs whose subject died of what befell them: "He died in hospital", "he succumbed to his injuries"
DYING_LEMMAS = frozenset({"die", "perish", "succumb"})
# "shot down" is said of aircraft, missiles and drones; "gunned down" of people
# nouns that carry their own count of the dead: "10 deaths", "25 dead", "12 bodies"
COUNTED_DEATH_NOUNS = frozenset({"death", "dead", "fatality", "fatalities", "body", "corpse"})
FOUND_DEAD_NOUNS = frozenset({"body", "corpse", "torso"})
MENDED_LEMMAS = {"corpses": "corpse"}
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
# "two soldiers embraced shahadat / embraced martyrdom" (Pakistani military press releases): they died
MARTYRDOM_VERBS = frozenset({"embrace"})
MARTYRDOM_NOUNS = frozenset({"martyrdom", "shahadat", "shahadah", "shahadath"})
# "four soldiers lost their lives": the same dying of the subject, by the verb and the noun it takes
LOST_LIFE_VERBS = frozenset({"lose"})
LIFE_NOUNS = frozenset({"life", "lives"})
# "Landmine blast claims 8 lives", "the attack took the lives of 12": the lives taken are the dead
TAKEN_LIFE_VERBS = frozenset({"claim", "take"})
FINDING_LEMMAS = frozenset({"find", "discover", "locate", "recover", "unearth", "exhume"})
# entity types a singular victim noun cannot have (a person, a nationality or a mislabelled word can)
NOT_PEOPLE = frozenset(
    {"GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL",
     "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART"}
)  # fmt: skip
# verbs whose object is the dead ("kills nine"), words between a count and its death word ("three more said
# killed"), hedges before a count ("kills at least two") and entity types a count cannot have
# what a side denies when it denies the toll another side claims ("denied any casualties", "denied suffering
# losses")
DENIED_LOSSES = frozenset({"casualty", "death", "fatality", "loss", "losses", "casualties", "deaths"})
KILL_VERBS = frozenset({"kill", "murder", "behead", "execute", "slay", "massacre", "lynch", "assassinate"})
COUNT_FILLERS = frozenset(
    {"more", "other", "others", "people", "persons", "said", "reported", "feared", "believed", "were", "are",
     "being", "found", "left", "leaves", "leave", "all"}
)  # fmt: skip
COUNT_FILLER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VBN"})
COUNT_HEDGES = frozenset({"at", "least", "up", "to", "nearly", "about", "around", "over", "some", "almost"})
NOT_A_COUNT = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
VAGUE_COUNTS = frozenset({"many", "several", "some", "dozens", "scores", "hundreds", "more", "others"})
# what "dozens of" or "hundreds of" may count besides people
COUNTED_THINGS = frozenset(
    {"home", "house", "building", "structure", "hut", "shop", "vehicle", "car", "truck", "round", "shell",
     "rocket", "missile", "bomb", "acre", "hectare", "cattle", "livestock", "cow", "goat", "head", "property",
     "village", "tent", "weapon", "gun", "rifle", "kilometre", "kilometer", "mile", "metre", "meter"}
)  # fmt: skip
# what a crowd protests against or over: "rioted after the police killing of a teenager"
GRIEVANCE_PREPOSITIONS = frozenset({"against", "over", "after", "following"})
# what a person is said to have done, on the person: "a woman suspected of killing a girl"
ACCUSATION_LEMMAS = frozenset({"suspect", "accuse", "allege", "charge"})
# nouns whose 'of' takes a killing said or charged, not one seen: "the Russian allegation of killing him"
ACCUSATION_NOUNS = frozenset({"allegation", "accusation", "charge", "claim"})
GRIEVANCE_VERBS = frozenset({"condemn", "denounce", "decry", "demand", "protest", "mourn"})
# the occasion a crowd remembers: a death named inside it is long past, not the crowd's deed
COMMEMORATION_NOUNS = frozenset({"anniversary", "memory", "remembrance", "commemoration", "tribute"})
# what the parser hangs on a death verb as a later member of its victims' list ("and three of his guards")
LISTED_VICTIM_POS = frozenset({"NOUN", "PROPN", "NUM"})
INJURY_LEMMAS = frozenset({"injure", "injured", "wound", "wounded", "hurt"})
# adverbs of a death verb that add its dead to those counted before: "Two attackers also died."
ADDED_DEAD = frozenset({"also"})
# words that make "a"/"an" open a plural count, not one person: "a few soldiers", "a dozen policemen"
PLURAL_QUANTIFIERS = frozenset(
    {"few", "couple", "dozen", "handful", "number", "lot", "host", "score", "hundred", "thousand", "series",
     "total", "group"}
)  # fmt: skip
# "opened fire on a policeman, killing him": a singular pronoun the death verb takes is one person
ONE_PERSON_PRONOUNS = frozenset({"him", "her"})
ONE_PERSON_SUBJECTS = frozenset({"he", "she"})
# who carried out an attack: "the attacker was killed", "the bomber died" is one more death, not a victim
# named before (a definite singular victim otherwise may be: "the soldier" after "two soldiers")
PERPETRATOR_NOUNS = frozenset(
    {"attacker", "assailant", "bomber", "gunman", "shooter", "perpetrator",
     "attackers", "assailants", "bombers", "gunmen", "shooters", "perpetrators"}
)  # fmt: skip
# two sources giving their own figures for the same dead in one sentence, set against each other ("Police
# said 3 were killed, while local sources reported 5"; "According to officials 8 died, whereas residents put
# the toll at 11"; "according" has the lemma "accord"; "11 were killed, though other sources put the toll at
# 15"): ACLED keeps the lowest figure
CONTRAST_MARKS = frozenset({"while", "whereas", "but", "though", "although"})
SOURCE_LEMMAS = frozenset(
    {"say", "report", "put", "claim", "tell", "state", "confirm", "estimate", "accord", "place", "give",
     "count", "record", "document"}
)  # fmt: skip
# nouns that only count what their 'of' names ("dozens of soldiers", "scores of protesters")
QUANTITY_NOUNS = frozenset(
    {"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands"}
)
# victim nouns that say nothing of who died, so a figure with one of them may be a figure for any dead
GENERIC_DEAD = frozenset(
    {"people", "person", "death", "dead", "fatality", "fatalities", "toll", "victim", "other", "others",
     "body"}
)  # fmt: skip
# "tortured a former soldier to death", "strangled her to death", "clubbed to death"
HARM_TO_DEATH_LEMMAS = frozenset(
    {"shoot", "gun", "hack", "stab", "beat", "burn", "stone", "torture", "strangle", "club"}
)  # fmt: skip
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
# "a" after the preposition starts a place or a thing, never a count of one ("the toll from a bombing at a
# mosque")
TOLL = re.compile(
    r"\b(?:death toll|toll|number of (?:dead|deaths|people killed))\b[^.;]{0,40}?"
    r"\b(?:to|at|reached|hit|of)\s+"
    r"(?:at least\s+)?(?!an?\b)(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b",
    re.I,
)
# a note's tally: "Fatalities: 3", "7 fatalities reported", "7 reported fatalities", "Fatalities coded as 10
# as the number is unknown"; of a range ("Fatality figures vary between 20 and 93") ACLED keeps the lowest
_VARY = r"(?:vary|varied|range|ranged)"
_LOWEST_OF_RANGE = r"(?:between|from) (\d[\d,]*) (?:and|to) \d[\d,]*"  # the group is the lowest figure
_TALLY = (
    # "Reports vary between 13 and 21 fatalities": of a range ACLED keeps the lowest (before the plain count,
    # which would read the highest)
    rf"(?:{_VARY}|ranging) {_LOWEST_OF_RANGE} (?:reported )?fatalit(?:y|ies)"
    r"|fatalities\s*[:=]\s*(\d[\d,]*)|(\d[\d,]*) (?:reported )?fatalit(?:y|ies)"
    r"|fatalit(?:y|ies) (?:(?:are|were|is|was) )?coded as (\d[\d,]*)"
    rf"|fatalit(?:y|ies)(?: (?:figures|counts|reports|estimates|tolls))? {_VARY} {_LOWEST_OF_RANGE}"
    # "Reports of the death toll vary between 5 and 7", "Death tolls range from 12 to 20"
    rf"|(?:(?:reports|estimates) of (?:the )?)?death tolls? {_VARY} {_LOWEST_OF_RANGE}"
)
FATALITY_TALLY = re.compile(rf"\b(?:{_TALLY})\b", re.I)
# A sentence that only tallies the dead of the event before it, as event notes do ("Fatalities: 3.",
# "At least 3 fatalities were reported.").
_ABOUT = r"(?:(?:at least|at most|around|about|some|up to) )?"
# "20 fatalities, mostly female students.": a tally may say who the dead were after a comma
TALLY = re.compile(rf"^\W*{_ABOUT}(?:{_TALLY})(?: (?:were |was )?reported)?(?:, [^.;:]*)?\W*$", re.I)
# a note's coding remark, "Fatalities coded as 3 as the number is unknown": the event's total
CODED_AS = re.compile(r"\W*fatalities (?:were |are |is )?coded as (\d[\d,]*)\b", re.I)
# "Reports of the death toll range from 100 to 400": of a range ACLED keeps the lowest (not "the toll rose
# from 5 to 12", where the later figure is the count)
TOLL_RANGE = re.compile(
    r"\b(?:toll|tolls|figures?|estimates?|reports?|counts?)\b[^.;]{0,40}?"
    r"\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying)\s+(?:from|between)\s+"
    r"(?:at least\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:to|and)\b",
    re.I,
)
# a range of the dead with no 'range' or 'vary' ("Reports said between 6 and 11 people were killed", "killing
# between 4 and 7", "put the death toll between 7 and 11"): ACLED keeps the lowest. No years ("killed between
# 2019 and 2021") and no days ("between 3 and 5 May").
_RANGE_COUNT = r"(?:\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?)(?!\d)"
_NOT_A_DAY = rf"(?!\s+{MONTH_RE}(?!\w))"  # a month name, whole: "between 3 and 5 May", not "5 marchers"
RANGE_OF_DEAD = re.compile(
    rf"\b(?:killing|killed|leaving|left|toll|tolls)\b[^.;]{{0,20}}?\bbetween\s+(?P<after_death>{_RANGE_COUNT})"
    rf"\s+and\s+{_RANGE_COUNT}{_NOT_A_DAY}"
    rf"|\bbetween\s+(?P<before_death>{_RANGE_COUNT})\s+and\s+{_RANGE_COUNT}{_NOT_A_DAY}\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:killed|dead|died|deaths|fatalities)\b",
    re.I,
)
NUMBER_WORD = re.compile(r"^(\d[\d,]*|[a-z]+(?:-[a-z]+)?)$", re.I)


# "a mother of two", "a father of five": the count after them is their children
PARENTS = frozenset({"mother", "father", "parent"})


PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those"})


def _partitive_of_pronoun(count: Token) -> bool:
    """A count taken out of a group already told through a pronoun ("five of them", "two of whom")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in PARTITIVE_PRONOUNS for g in c.children)
        for c in count.children
    )


# people counted as one group whose size follows 'of' ("a family of five", "a group of 12 farmers")
COUNTED_GROUPS = frozenset({"family", "household", "group"})


def _bare_number_object(token: Token) -> bool:
    """'Gunmen kill 45, injure 95': a number of up to three digits standing alone as a verb's object is a
    count of people, even when the model calls it a date (no day, month or year is ever what was killed)."""
    alone = token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )
    return token.dep_ == "dobj" and token.is_digit and len(token.text) <= 3 and alone


def _number_near(token: Token) -> int | None:
    """A count attached to `token` itself (a NUM) or to the noun it heads (never a year or a date)."""
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") and not _bare_number_object(token):
        return None
    if token.lower_.rstrip(".") in MONTHS and any(c.like_num for c in token.children):
        return None  # a date the model did not tag ("Mar 4, 2023: Three policemen were killed"), no one
    if token.lower_ == "one" and any(c.lower_ == "no" for c in token.children if c.dep_ == "det"):
        return 0  # "No one was killed in the blast": not one death, none
    if token.like_num or token.pos_ == "NUM":
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PARENTS:
            return None  # "a mother of two was strangled": her children, not the dead
        return parse_count(_number_words(token))
    if token.lower_ in ("himself", "herself"):
        return 1  # "killing himself and a police officer": ACLED counts the bomber or attacker too
    if token.lower_ in ("he", "she") and token.dep_ == "nsubjpass" and token.head.dep_ == "advcl":
        return 1  # "killing 2 police officers before he was shot dead": the attacker is one more
    if token.lower_ == "both" and token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return 2  # "beat two men and set them on fire. Both died.", "..., killing both": the pronoun counts
        # two people
    for child in token.children:
        # not a count joined to the noun: "a tribal elder and 3 of his guards" is one elder and three guards
        own_count = child.dep_ == "nummod" or (child.like_num and child.dep_ != "conj")
        if own_count and _partitive_of_pronoun(child):
            return None  # "Six people were killed, five of them Chinese nationals": five of the six, no more
        if own_count and child.ent_type_ not in ("DATE", "TIME", "MONEY") and not _day_of_month(child):
            words = [t.text for t in child.subtree if t.like_num or t.lower_ in ("hundred", "thousand")]
            value = parse_count(" ".join(words) or child.text)
            if value is not None:
                return value
        if child.lower_ in ("several", "many", "dozens", "hundreds", "scores", "numerous"):
            return parse_count(child.lower_)
        if child.lower_ == "both" and child.dep_ in ("det", "predet") and token.tag_ in ("NNS", "NNPS"):
            return 2  # "Both attackers died."
    leading = [c for c in token.children if c.dep_ in ("nmod", "compound") and c.i < token.i]
    for modifier in leading:
        # "11 IRGC and police members were killed", "5 ISWAP fighters": the parser hangs the count on the
        # leading modifier, or on the first word of a modifier of two ("two boda boda riders")
        leading.extend(g for g in modifier.children if g.dep_ == "compound" and g.i < modifier.i)
        for count in (g for g in modifier.children if g.dep_ == "nummod" and g.i < modifier.i):
            if count.ent_type_ not in NOT_A_COUNT and (value := parse_count(count.text)) is not None:
                return value
    if token.lower_ in ("several", "dozens", "hundreds", "scores", "thousands"):  # "killing several"
        counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if any(g.lemma_.lower() in COUNTED_THINGS for g in counted):
            return None  # "torched hundreds of homes": no people
        return parse_count(token.lower_)
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_
        in (
            "dozens",
            "hundreds",
            "scores",
            "thousands",
            "several",
        )
    ):
        return parse_count(token.head.head.lower_)
    if any(c.lower_ in ("no", "none") for c in token.children if c.dep_ == "det"):
        return 0  # "no Pakistani soldier killed"
    if token.lower_ == "number":
        return None  # "an unknown number of fighters": no count, and no person
    if token.lemma_.lower() in COUNTED_GROUPS:
        # "pulled the bodies of a family of five from a burned house", "killed a group of 12 farmers": the
        # group counts its members
        ofs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if not ofs and after is not None and after.lower_ == "of" and after.head == token.head:
            ofs = [after]  # "Islamic State kills family of 12": the parser hangs the 'of' on the verb
        members = [g for c in ofs for g in c.children]
        counts = [_number_near(g) for g in members if g.dep_ == "pobj" and g.ent_type_ not in NOT_A_COUNT]
        if counts and counts[0]:
            return counts[0]
    # a singular person: "killed a policeman", "Woman said killed", "killed bus passenger" -> 1
    person = token.tag_ in ("NN", "NNP") and token.pos_ in ("NOUN", "PROPN")
    # a headline's first word the small model calls an interjection ("Boy killed in firing"): as a subject,
    # no interjection, but a noun
    person = person or (token.pos_ == "INTJ" and token.dep_ in ("nsubj", "nsubjpass") and token.is_title)
    # a noun whose plural is its singular, tagged plural, is one person with its own "a"/"an": "a Levies
    # personnel was killed" (not "a few soldiers", "Over a Dozen Junta Personnel Killed")
    article = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    person = person or (
        article is not None
        and token.tag_ == "NNS"
        and token.pos_ == "NOUN"
        and token.lower_ == token.lemma_.lower()
        and not any(t.lower_ in PLURAL_QUANTIFIERS for t in token.doc[article.i : token.i])
    )
    # the small model calls "Villager" a PRODUCT, and an abbreviated rank ("a DSP", "an SHO") an ORG: with
    # its own "a"/"an" it is one officer
    abbreviated_rank = token.is_upper and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children
    )
    person = person and (token.ent_type_ not in NOT_PEOPLE or abbreviated_rank)
    if person and not any(c.lower_ in ("the", "this", "that") for c in token.children):
        return 1
    if person and token.lower_ in PERPETRATOR_NOUNS:
        return 1
    if person and _listed_with_count(token):
        return 1  # "killing the governor and two others", "10 personnel and the driver": one more person
    return None


def _attempted_killing(death: Token, attempt_heads: frozenset[str]) -> bool:
    """'tried to kill the governor', 'attempted to assassinate the prime minister': no one died of it."""
    return death.dep_ == "xcomp" and death.head.lemma_.lower() in attempt_heads


def _the_person(token: Token) -> bool:
    """'the driver', 'the shopkeeper': one person, named by a definite singular noun."""
    return (
        token.tag_ == "NN"
        and token.pos_ == "NOUN"
        and token.ent_type_ not in NOT_PEOPLE
        and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)
    )


def _one_person_died(death: Token) -> bool:
    """'died' said of one person: 'He later died', 'The man was injured and later died in hospital' (the
    subject shared with the verb it is joined to), 'a trader, who later died'."""
    if death.lemma_.lower() not in DYING_LEMMAS:
        return False
    holders = (death, death.head) if death.dep_ == "conj" else (death,)
    subject = next((c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ == "who" and subject.head.dep_ == "relcl":
        return subject.head.head.tag_ == "NN"
    return subject.lower_ in ONE_PERSON_SUBJECTS or _the_person(subject)


def _first_mention(token: Token) -> bool:
    """'a grenade killed the shopkeeper', 'gunmen shot dead the driver' as the first victim of the
    incident's opening sentence: a definite singular whose noun the text has not used before names a new
    person, not one counted before ('two soldiers were wounded ... the soldier later died'); after a victim
    already counted it is more likely the deed retold ('executed a man ..., the first public execution')."""
    lemma = token.lemma_.lower()
    return not any(t.lemma_.lower() == lemma for t in token.doc[: token.i])


def _office_of_place(token: Token) -> bool:
    """'the mayor of Cotija', 'the governor of the province': a singular person named by an office and the
    place or body it serves, a first mention (a 'the driver' after a finite verb may be someone counted
    before)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
        for c in token.children
    )


def _listed_with_count(token: Token) -> bool:
    """A noun in a list of victims beside a counted one: a definite singular there ("the driver") is one
    more person, not a mention of someone counted before."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    members = [first, *_conjuncts(first)]
    if first.dep_ in ("dobj", "obj"):  # "killing the mayor and three of his guards": the parser hangs the
        members += [c for c in first.head.children if c.dep_ == "conj" and c.pos_ in LISTED_VICTIM_POS]
        members += list(_along_with(first.head))  # "killed the minister along with 5 others"
    # "killing a health worker and the policeman escorting the team": a singular with its own "a" is counted
    # as one, so the definite one beside it is another person
    return len(members) > 1 and any(
        member.like_num
        or any(c.dep_ == "nummod" for c in member.children)
        or (member.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in member.children))
        for member in members
        if member is not token
    )


def _number_words(token: Token) -> str:
    """The number a numeral token heads, in words: 'two hundred' -> 'two hundred', and only the run of
    number words around the token ("UPDATE 1-Nine killed" is nine, not one-nine)."""
    run = [token]
    for step in (-1, 1):
        i = token.i + step
        while 0 <= i < len(token.doc) and (
            token.doc[i].lower_ in ("hundred", "thousand")
            or (token.doc[i].like_num and token.doc[i].head == token)
        ):
            run.insert(0, token.doc[i]) if step < 0 else run.append(token.doc[i])
            i += step
    return " ".join(t.text for t in run)


def _day_of_month(number: Token) -> bool:
    """A day number with its month beside it that the model left out of a date entity, as in a wire
    dateline ("Srinagar, 9 May 2024 - Two militants were killed"): a date, never a count of the dead."""
    doc = number.doc
    beside = [doc[i] for i in (number.i - 1, number.i + 1) if 0 <= i < len(doc)]
    return any(t.text.istitle() and t.lower_ in MONTHS for t in (*beside, *number.subtree))


ALONG_WORDS = frozenset({"along", "together"})
ALONG_DEPS = frozenset({"prep", "prt", "advmod"})


def _along_with(verb: Token) -> Iterable[Token]:
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


def _one_taken_along(victim: Token, death: Token) -> bool:
    """The singular subject of a passive death verb that took others with it ("a police constable was
    killed along with two civilians"): one person, counted beside the others."""
    return (
        victim.dep_ == "nsubjpass"
        and victim.head == death
        and victim.tag_ in ("NN", "NNP")
        and victim.ent_type_ not in NOT_PEOPLE
        and any(True for _ in _along_with(death))
    )


def _conjuncts(token: Token) -> Iterable[Token]:
    """Every conjunct of a noun, chained ones too: "four police officers, two officials and three civilians"
    (the parser hangs "civilians" on "officials"); not a second title of one person ("a social leader and
    human rights defender")."""
    for child in token.children:
        listed = child.dep_ == "conj" and not _second_title(child) and not _other_name(child)
        if listed and _listed_source(child):
            continue
        if listed or _listed_apposition(child):
            yield child
            yield from _conjuncts(child)


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
    if counted and head_counted and not listed and not own_verb and _two_groups(child.head, child):
        # "Air strike kills 13 IS militants, seven civilians": a headline's comma lists a second group
        return True
    one_named = child.head.tag_ == "NN" and child.head.dep_ in ("dobj", "obj") and not head_counted
    if counted and one_named and not listed and not own_verb and _two_groups(child.head, child):
        # "Car bomb kills governor of Aden, six guards": a person the verb names, then a counted group
        return True
    return counted and listed and not closed and head_counted


# who may be a part of another group of dead ("ten villagers, four women"): no second group of their own
_PART_OF_ANY_GROUP = frozenset(
    {"woman", "child", "man", "girl", "boy", "minor", "teenager", "infant", "baby", "student", "kid"}
)


def _two_groups(first: Token, second: Token) -> bool:
    """Two counted nouns of different dead, neither a bare count of people ("20 people, 13 militants"
    breaks the 20 down) nor a kind of person any group holds."""
    lemmas = (first.lemma_.lower(), second.lemma_.lower())
    generic = any(lemma in GENERIC_DEAD for lemma in lemmas)
    return not generic and lemmas[1] not in _PART_OF_ANY_GROUP and lemmas[0] != lemmas[1]


def _verbless_list_head(noun: Token) -> Token | None:
    """'Two soldiers, three militants killed in gunfight', 'Woman, child killed in shelling': a headline
    lists its dead with a comma and no verb but the participle on the last item, and the parser makes the
    first item the head and the last its apposition. The head, when it has no verb of its own ("2 rebels
    died, 4 soldiers wounded" tells two things). When the parser reads the incident noun after the list as
    its verb ("6 militants, 2 soldiers killed in Tirah clash": 'clash' a present verb with two subjects that
    no 'and' joins), the first item is the subject before the comma."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i > 0:
        return _subject_before_comma(noun)
    if noun.dep_ != "appos" or head.i >= noun.i or noun.left_edge.i == 0:
        return None
    comma = noun.doc[noun.left_edge.i - 1]
    if comma.text != "," or comma.head != head:
        return None
    return head if head.dep_ == "ROOT" or head.head.pos_ not in ("VERB", "AUX") else None


def _subject_before_comma(noun: Token) -> Token | None:
    """The subject of the same verb that ends right before the comma opening `noun`'s phrase, if any."""
    comma = noun.doc[noun.left_edge.i - 1]
    if comma.text != ",":
        return None
    return next(
        (
            s
            for s in noun.head.children
            if s.dep_ == noun.dep_
            and s.i < comma.i
            and s.right_edge.i in (comma.i - 1, comma.i)
            and comma.head == s
        ),
        None,
    )


def _counted_whole(noun: Token) -> Token:
    """'11 members of the regime forces killed in Aleppo': the parser hangs a headline's participle on the
    group after 'of' or 'from', but the count is on the part taken from it. The group keeps a count of its
    own unless the part outnumbers it ("two of the 11 soldiers killed" is 11 dead, "five people from one
    family killed" is five)."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ not in ("of", "from") or of.head.pos_ not in ("NOUN", "NUM"):
        return noun
    part_count = _number_near(of.head)
    if part_count is None:
        return noun
    whole_count = _number_near(noun)
    return of.head if whole_count is None or part_count > whole_count else noun


def _listed_dead(first: Token, last: Token) -> tuple[Token, ...]:
    """The dead of a headline's verbless list of two: both counted groups of different dead, or two
    different single people ("Woman, child"); only the first when the last breaks its count down ("20
    people, 13 policemen", "ten villagers, four women")."""
    counted = [any(c.dep_ == "nummod" for c in n.children) for n in (first, last)]
    if all(counted):
        return (first, last) if _two_groups(first, last) else (first,)
    lemmas = (first.lemma_.lower(), last.lemma_.lower())
    if counted[0] and last.tag_ == "NN" and _two_groups(first, last):
        return (first, last)  # "2 Indian soldiers, Pakistani villager killed": one more, of other dead
    single = all(n.tag_ == "NN" or (n.tag_ == "NNP" and n.lower_ == n.lemma_.lower()) for n in (first, last))
    people = not any(lemma in GENERIC_DEAD for lemma in lemmas)
    return (first, last) if not any(counted) and single and people and lemmas[0] != lemmas[1] else (last,)


def _one_of_a_list(noun: Token) -> bool:
    """'a major', 'a DSP' in a list of victims: a singular noun or abbreviated rank with its own 'a'/'an'."""
    singular = noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.is_upper)
    return singular and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _others_beside(victim: Token) -> Iterable[Token]:
    """'killing Abu Sayed and 5 other protesters' where the parser hangs the second noun on another word of
    the sentence: the counted 'N other ...' written right after a victim is more dead."""
    doc, after = victim.doc, victim.i + 1
    if (
        after + 2 >= len(doc)
        or doc[after].lower_ != "and"
        or doc[after + 2].lower_ not in ("other", "others")
    ):
        return
    count = doc[after + 1]
    if count.like_num and count.ent_type_ not in ("DATE", "TIME", "MONEY"):
        other = doc[after + 2]
        noun = other if other.lower_ == "others" else other.head
        if noun not in list(_conjuncts(victim)):
            yield noun


def _second_title(conjunct: Token) -> bool:
    """A bare singular noun joined to 'a/an' + singular noun names the same person again: "a social leader
    and human rights defender", "a teacher and activist"."""
    head = conjunct.head
    bare = conjunct.tag_ == "NN" and not any(c.dep_ in ("det", "nummod", "poss") for c in conjunct.children)
    one = head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    return bare and one


def _accused_deed(death: Token) -> bool:
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


def _death_lemma(token: Token) -> str:
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
    return MENDED_LEMMAS.get(token.lower_) or lemma


def _whose_lives(lives: Token) -> Token | None:
    """The people whose lives are meant: "the lives of 12 soldiers" -> "soldiers"."""
    for prep in (c for c in lives.children if c.dep_ == "prep" and c.lower_ == "of"):
        for person in (c for c in prep.children if c.dep_ == "pobj"):
            return person
    return None


def finds_the_dead(verb: Token) -> bool:
    """'Police found the bodies of three men', 'searchers locate a corpse': the finder is no killer."""
    return verb.lemma_.lower() in FINDING_LEMMAS and any(
        _death_lemma(c) in FOUND_DEAD_NOUNS for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")
    )


def counts_bodies_only(sent: Span) -> bool:
    """'Rescuers pulled the bodies of a family of five from a burned house': bodies taken or found, with no
    death verb of the sentence's own, count some of the dead the incident was told to have, not a figure of
    its toll."""
    taken = ("dobj", "obj", "nsubjpass")
    bodies = [t for t in sent if _death_lemma(t) in FOUND_DEAD_NOUNS and t.dep_ in taken]
    return bool(bodies) and not any(
        _death_lemma(t) in DEATH_LEMMAS - FOUND_DEAD_NOUNS or _shot_dead(t, sent) for t in sent
    )


def _own_body_found(body: Token) -> bool:
    """'His body was found the next day', 'police recovered her body': the one person the text told of
    (taken, missing) died. Only read when no death was counted before, since the body of someone told
    killed ('shot dead a trader ... his body was taken to hospital') is the same death."""
    return (
        _death_lemma(body) in FOUND_DEAD_NOUNS
        and body.tag_ == "NN"
        and body.dep_ in ("nsubjpass", "dobj", "obj")
        and body.head.lemma_.lower() in FINDING_LEMMAS
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in body.children)
    )


def _takes_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") and not _reporter_as_object(c) for c in verb.children)


def _reporter_as_object(noun: Token) -> bool:
    """A headline's trailing attribution the parser made the verb's object: "3 soldiers killed - military",
    "Dozens of Taliban killed in air strikes - ministry". Who reported the dead is none of them."""
    if noun.dep_ not in ("dobj", "obj") or not noun.head.tag_.startswith("VB"):
        return False
    part = trailing_part(noun.sent)
    if part is None or not part.start <= noun.i < part.end or part.start < noun.head.i:
        return False
    # not when it took the title's own object as its modifier ("Kill Two Senior Commanders - Army")
    title_words = noun.doc[noun.head.i + 1 : part.start]
    return not any(t.head.i in range(part.start, part.end) and not t.is_punct for t in title_words)


def _victims_of(death: Token) -> Iterable[Token]:
    """Nouns whose members died in the clause headed by `death`."""
    for victim in _nouns_of_the_dead(death):
        if not _trailing_attribution(victim):
            yield victim
        elif (glued := _glued_before_source(victim)) is not None:
            yield glued


def _glued_before_source(source: Token) -> Token | None:
    """'claims killing party leader - paper': the parser makes the victim a compound of the source after
    the dash; the victim is the noun right before the dash."""
    if source.i < 2 or not source.doc[source.i - 1].is_punct:
        return None
    before = source.doc[source.i - 2]
    if before.head == source and before.dep_ == "compound" and before.pos_ == "NOUN":
        return before
    return None


def _nouns_of_the_dead(death: Token) -> Iterable[Token]:
    if death.pos_ == "NOUN" or death.tag_ == "VBG":  # "the killing of four soldiers", "claim killing of two"
        for victim in of_objects(death):
            yield victim
            yield from (c for c in victim.children if c.dep_ == "conj")
        yield from _victims_named_by_copula(death)
    of_whom = any(c.dep_ == "prep" and c.lower_ == "of" for c in death.children)  # counted above
    if _death_lemma(death) in FOUND_DEAD_NOUNS and death.tag_ == "NN" and not of_whom:
        # "found a body", "Corpse found in a bag", "a woman's body": one dead (not "the body", who may be
        # one counted before)
        owners = [c for c in death.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        determiners = {c.lower_ for c in death.children if c.dep_ in ("det", "poss")}
        if owners or determiners <= {"a", "an", "another"}:
            yield owners[0] if owners else death
    counted = any(c.dep_ == "nummod" for c in death.children)  # "10 deaths", "at least 25 dead"
    if counted and death.pos_ in ("NOUN", "ADJ") and _death_lemma(death) in COUNTED_DEATH_NOUNS:
        yield death
    # headline passive without its auxiliary: "Soldier killed as ...", "says nine killed, six hurt"
    # (not when a verb joined to it takes the object both share: "a mob beat and burned to death a butcher")
    headline_passive = (
        death.tag_ in ("VBD", "VBN")
        and not _takes_object(death)
        and not any(_takes_object(c) for c in death.children if c.dep_ == "conj" and c.pos_ == "VERB")
    )
    # ... or with its agent: "says civilian killed by Indian shelling"; the subject of a 'dead' that takes an
    # object shot them ("Two gunmen on a motorcycle shot dead a headman", 'shot' misread as a noun)
    shooter = death.lower_ == "dead" and any(c.dep_ in ("dobj", "obj") for c in death.children)
    lost_lives = death.lemma_.lower() in LOST_LIFE_VERBS
    # a passive takes no object: one the parser gives it is the subject of the next clause of unpunctuated
    # text ("a cadre was killed in Dantewada District on March 15 a 12 bore rifle and a tiffin bomb were
    # recovered": the rifle is no victim)
    passive = any(c.dep_ == "auxpass" for c in death.children)
    for child in death.children:
        if child.lower_ in MARTYRDOM_NOUNS or (lost_lives and child.lower_ in LIFE_NOUNS):
            continue  # what "embraced" takes in "embraced shahadat" is no victim, nor the lives "lost"
        if (passive and child.dep_ in ("dobj", "obj")) or _reporter_as_object(child):
            continue
        if child.dep_ in ("dobj", "obj") and _object_of_a_later_act(child):
            continue
        if child.dep_ in ("dobj", "nsubjpass", "obj") or (
            child.dep_ == "nsubj"
            and not shooter
            and (_death_lemma(death) in DYING_LEMMAS | {"dead"} or headline_passive)
        ):
            yield child
            yield from _conjuncts(child)
            yield from _others_beside(child)
    yield from _subject_read_as_speech_object(death)
    fronted = _subject_read_as_apposition(death)
    if fronted is not None:
        yield fronted
        yield from _conjuncts(fronted)
    has_object = _takes_object(death)
    if death.pos_ == "VERB" and not has_object:
        # "lynched and burned 13 men": the verbs share the object the parser gives the last one ("killed and
        # injured 12 people" is one count for both, so no death toll)
        shared = (c for c in death.children if c.dep_ == "conj" and c.pos_ == "VERB")
        for verb in (v for v in shared if v.lemma_.lower() not in INJURY_LEMMAS):
            for child in verb.children:
                if child.dep_ in ("dobj", "obj") and child.lower_ not in MARTYRDOM_NOUNS | LIFE_NOUNS:
                    yield child
                    yield from _conjuncts(child)
    if death.pos_ == "VERB" and has_object:
        # "killing two policemen, three guards and four drivers" with the later nouns hung on the verb
        # ... but not those after a verb of its own joined to it: "killed two militants and recovered two
        # rifles and three grenades" (the small model hangs the last item of the haul on "killed")
        later_verbs = [c.i for c in death.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for noun in (c for c in death.children if c.dep_ == "conj" and c.pos_ in LISTED_VICTIM_POS):
            if any(i < noun.i for i in later_verbs) or _bare_common_noun(noun):
                continue
            yield noun
            yield from _conjuncts(noun)
        yield from _along_with(death)
    if death.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in death.children):
        yield from _along_with(death)  # "the governor was killed along with two others"
    if (
        death.lemma_ == "kill" and death.tag_ in ("VBZ", "VBD") and not _takes_object(death)
    ):  # headlines the parser misreads: "Indian firing kills Pakistani boy" (boy as npadvmod)
        yield from (c for c in death.children if c.dep_ in ("npadvmod", "oprd") and c.pos_ == "NOUN")
    if (
        death.dep_ in ("acl", "amod", "relcl")
        and death.head.pos_ in ("NOUN", "PROPN", "NUM")
        and not has_object  # "bombed the village, killing 17 civilians": the dead are the object
        # "a mob of several hundred people tortured and beat to death a manager": a verb that shares the
        # object of the verb joined to it is the doer's, the parser only hung it on its subject
        and not any(_takes_object(c) for c in death.children if c.dep_ == "conj" and c.pos_ == "VERB")
        and not (counted and _death_lemma(death) in COUNTED_DEATH_NOUNS)  # "Kurram: 11 dead"
        and not _names_own_dead(death)  # "a gun battle in which 5 militants were killed": not the battle
    ):
        first = _verbless_list_head(death.head)
        yield from (_counted_whole(death.head),) if first is None else _listed_dead(first, death.head)
    if death.lemma_ == "dead" and death.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
        # "two soldiers were found dead"; "Attack leaves two dead" names the dead as the object
        roles = ("dobj",) if any(c.dep_ == "dobj" for c in death.head.children) else ("nsubj", "nsubjpass")
        if roles != ("dobj",) and any(c.dep_ in ("nsubj", "nsubjpass", "nummod") for c in death.children):
            roles = ()  # the parser made the dead the subject of 'dead' itself, or counted 'dead' itself:
            # in "fighting left at least 26 men dead" and "CJNG battle leaves 4 dead" the subject is no victim
        for child in death.head.children:
            if child.dep_ in roles:
                yield child
                yield from _conjuncts(child)  # "leaving two guards and one fighter dead"
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in death.children)
    if (
        death.tag_ == "VBN"
        and death.dep_ in ("xcomp", "ccomp", "oprd", "conj")
        and death.head.pos_ == "VERB"
        and not own_subject  # "A child was killed ..., a spokesman said": the speaker did not die
    ):
        # "Five Kashmiris reported killed", "Three said killed in shelling"
        for child in death.head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                yield child
    # "Three guerrillas killed"; not when the verb takes a common noun as object, which makes its subject the
    # doer ("a mob stoned to death a woman", the verb misread as a participle); a name may be a misparsed
    # credit line ("UN peacekeeper killed in ambush ... The Associated Press")
    doer = any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PRON") for c in death.children)
    # "Four Iraqi soldiers killed fighting with Islamic State": the parser makes the participle a past verb
    # with the gerund as its object, but what one kills is never a gerund
    gerund_object = any(c.dep_ in ("dobj", "obj") and c.tag_ == "VBG" for c in death.children)
    passive = death.tag_ in ("VBN", "JJ") or (death.tag_ == "VBD" and gerund_object)
    if death.dep_ == "ROOT" and passive and not shooter and not doer:
        for child in death.children:
            if child.dep_ in ("nsubj", "npadvmod") and not _injured(child):
                yield child


def _trailing_attribution(noun: Token) -> bool:
    """'Army kills 50 militants in north-western Iraq - website', '25 fighters killed: commander': a
    headline's source, set off by a spaced dash or a colon at its end (`trailing_part`), which the parser may
    hang on the verb as one more victim. A bare noun there is no one killed."""
    part = trailing_part(noun.sent)
    if part is None or not part.start <= noun.i < part.end:
        return False
    return not any(c.dep_ in ("nummod", "det", "poss") for c in noun.children)


# what a headline's second verb does to people it does not kill ("kill five, detain 12 militants")
NON_LETHAL_ACTS = INJURY_LEMMAS | frozenset(
    {"detain", "arrest", "capture", "nab", "rescue", "free", "abduct", "kidnap"}
)


def _object_of_a_later_act(noun: Token) -> bool:
    """'Iraqi Kurds kill five, detain 12 IS militants': the parser reads the second verb, after a comma, as a
    noun modifying its object and hangs that object on 'kill'. Those people were detained, not killed."""
    return any(
        c.dep_ in ("nmod", "compound", "amod")
        and c.i < noun.i
        and c.lemma_.lower() in NON_LETHAL_ACTS
        and c.i > noun.sent.start
        and noun.doc[c.i - 1].text == ","
        for c in noun.children
    )


def _bare_common_noun(noun: Token) -> bool:
    """A singular common noun with no count, article or owner: in "Gunmen kill five police, ceasefire in
    doubt" it opens a headline's second clause, it is no one listed among the dead."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("nummod", "det", "poss") for c in noun.children)


def _victims_named_by_copula(death: Token) -> Iterable[Token]:
    """'12 people from one family are the victims of a massacre by warplanes', 'five civilians were among the
    victims of the killing': the subject of the copula is who died."""
    victims = death.head.head if death.dep_ == "pobj" and death.head.lower_ == "of" else None
    if victims is None or victims.lemma_.lower() != "victim":
        return
    copula = victims.head
    if victims.dep_ == "pobj" and copula.lower_ == "among":
        copula = copula.head
    elif victims.dep_ != "attr":
        return
    if copula.lemma_ == "be":
        yield from (c for c in copula.children if c.dep_ == "nsubj")


def _subject_read_as_speech_object(death: Token) -> Iterable[Token]:
    """'The ISPR said four security personnel and nine attackers were killed': the small model makes the
    first counted subject of the passive the object of the speech verb, left with the 'and' that joins it
    to the rest, which stays the passive's subject."""
    subject = next((c for c in death.children if c.dep_ == "nsubjpass"), None)
    speech = death.head
    if subject is None or death.dep_ != "ccomp" or speech.lemma_.lower() not in REPORTING_LEMMAS:
        return
    for noun in speech.children:
        joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children)
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if noun.dep_ == "dobj" and noun.i < subject.i and joined and counted and noun.i < death.i:
            yield noun


def _subject_read_as_apposition(verb: Token) -> Token | None:
    """'In Kherson Oblast, a 64-year-old man was killed when ...': the small model hangs the subject of a
    passive on the place of the phrase fronted before it, as that place's apposition, and leaves the verb
    with no subject. The apposition that ends right before the passive's auxiliary is its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    auxiliaries = [c.i for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    if not auxiliaries:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            for appos in (c for c in place.children if c.dep_ == "appos"):
                if appos.right_edge.i + 1 == min(auxiliaries) and appos.pos_ in ("NOUN", "PROPN", "NUM"):
                    return appos
    return None


def _names_own_dead(clause: Token) -> bool:
    """A relative clause whose subject is a noun of its own, not 'who' or 'that': the clause names its dead
    ('the clash in which 5 militants were killed'), the noun it describes did not die."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in clause.children)


def _in_brackets(token: Token) -> bool:
    """A word inside a note's bracketed place, "in Douradina (Douradina, Mato Grosso do Sul)": the parser may
    hang such a name on the death verb, but a place named in brackets is never one of the dead."""
    for before in reversed(token.sent[: token.i - token.sent.start]):
        if before.text == ")":
            return False
        if before.text == "(":
            return True
    return False


def adds_to_toll(sent: Span) -> bool:
    """A later sentence that counts more dead of the same incident: "Two attackers also died.", "1 TPNPB
    member was also killed." Its dead add to the toll before it rather than conflict with it."""
    return any(
        token.lemma_.lower() in DEATH_LEMMAS
        and any(c.dep_ == "advmod" and c.lower_ in ADDED_DEAD for c in token.children)
        for token in sent
    )


def _dead_nouns(sent: Span) -> set[str]:
    """The nouns of the dead a sentence counts ('soldier' in "Two soldiers were killed"; 'people' for a bare
    count)."""
    return {noun for noun, _ in _counted_dead(sent)}


def _counted_dead(sent: Span) -> set[tuple[str, int]]:
    """The dead a sentence counts, as (noun, number) pairs: {('soldier', 2), ('member', 3)} in "Two soldiers
    and three members of the group were killed"."""
    pairs: set[tuple[str, int]] = set()
    for token in sent:
        if _death_lemma(token) not in DEATH_LEMMAS or token.dep_ == "compound":
            continue
        for victim in _victims_of(token):
            if victim.dep_ == "nummod" and victim.head.pos_ in ("NOUN", "PROPN"):
                victim = victim.head
            number = _number_near(victim)
            if number is not None:
                pairs.add((_victim_noun(victim), number))
    return pairs


def retells_counted_part(before: Iterable[Span], sent: Span) -> bool:
    """'Two soldiers and three militants were killed in a firefight ... Two soldiers who were wounded in the
    clash died while being taken to a hospital': each group of dead the later sentence counts was counted
    before, with the same number; it tells a part of the toll again, no conflicting figure."""
    later = _counted_dead(sent)
    return bool(later) and later <= set().union(*(_counted_dead(s) for s in before))


def _side_of_dead(nouns: set[str]) -> str | None:
    """The one side of a fight all the counted dead belong to, if they name one: state forces or militants."""
    sides = {side for noun in nouns for side, members in SIDE_DEAD_NOUNS.items() if noun in members}
    known = all(any(noun in members for members in SIDE_DEAD_NOUNS.values()) for noun in nouns)
    return sides.pop() if known and len(sides) == 1 else None


def names_its_dead(sent: Span) -> bool:
    """'Sepoy Nasir Khan, 24, embraced martyrdom', 'Constable Ahmed Ali was killed': the dead, named one by
    one, are the subject of the death. Told after a count, they say who of the counted dead they were."""
    return any(
        (token.ent_type_ == "PERSON" or _someone_of_theirs(token))
        and token.dep_ in ("nsubj", "nsubjpass")
        and _tells_a_death(token.head)
        for token in sent
    )


def _someone_of_theirs(token: Token) -> bool:
    """'My brother was killed', 'her son died': one person named by whose they were, a witness's own dead,
    which is one of the counted dead, not another count."""
    return token.tag_ == "NN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def names_its_dead_only(sent: Span) -> bool:
    """'a suicide bomber blew himself up, killing minister Khalil Haqqani': the sentence names its dead and
    counts none. A later figure ("7 people, including the bomber, were killed") is the toll they belong to,
    not a conflicting report."""
    named = any(
        token.ent_type_ == "PERSON"
        and (
            (token.dep_ == "dobj" and token.head.lemma_.lower() in KILL_VERBS)
            or (token.dep_ in ("nsubj", "nsubjpass") and _tells_a_death(token.head))
        )
        for token in sent
    )
    counted = any(
        token.dep_ == "nummod" and token.like_num and token.ent_type_ not in NOT_A_COUNT for token in sent
    )
    return named and not counted


def _tells_a_death(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in DYING_LEMMAS:
        return True
    if lemma in KILL_VERBS:
        return any(c.dep_ == "auxpass" for c in verb.children)
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return (lemma in MARTYRDOM_VERBS and bool(objects & MARTYRDOM_NOUNS)) or (
        lemma in LOST_LIFE_VERBS and bool(objects & LIFE_NOUNS)
    )


def counts_other_dead(before: Iterable[Span], sent: Span) -> bool:
    """A later sentence that counts the other side's dead ("Security forces killed 4 militants. 2 soldiers
    were martyred."): the figures add up (as the two sides of one sentence do), not conflict. Only when each
    sentence's dead are all of one side and the sides differ: "five policemen ... 4 police officers" or a
    bare count ("5 people were killed") may be the same dead told again."""
    earlier = _side_of_dead(set().union(*(_dead_nouns(s) for s in before)))
    later = _side_of_dead(_dead_nouns(sent))
    return earlier is not None and later is not None and earlier != later


# "The toll rose to 23 on Thursday", "the death toll from Monday's blast has climbed to nine", "an initial
# toll of 12 was raised to 17", "A fourth officer died in hospital, raising the toll to four": a later count
# of the incident told before it, whatever day the count was made; `n` is the new total. The incident may
# take twenty words ("the death toll from a suicide bombing at a Shi'ite mosque in the western Afghan city of
# Herat rose to nine")
TOLL_UPDATE = re.compile(
    r"(?:\btoll\b(?:\s+\S+){0,20}?\s+(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|climbs|increased|increases|"
    r"jumped|jumps|reached|reaches|mounted|mounts|soared|soars|went up|goes up|gone up|raised|"
    r"revised(?:\s+up(?:wards?)?)?|"
    # a headline's plural or bare verb ("Death toll in Pak blasts rise to 122"), not one under a modal or
    # an infinitive ("could rise to 50", "is expected to rise to 50": a guess, no count)
    r"(?<!\bto\s)(?<!could\s)(?<!would\s)(?<!might\s)(?<!may\s)(?<!will\s)(?:rise|climb))"
    r"|\b(?:raising|bringing|pushing|taking)\s+the\s+(?:overall\s+|total\s+)?(?:death\s+)?toll"
    # "An earlier toll was six; it rose to nine after three more bodies were found": the toll as 'it' in
    # the clause after a semicolon, which opens a sentence of its own
    r"|^\W*(?:it|the\s+(?:figure|tally))\s+(?:has\s+|had\s+|later\s+)?(?:rose|risen|climbed|jumped)"
    r"(?=\s+to\s+(?:at\s+least\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+(?:teen|ty)\b)))\s+to\b"
    r"(?:\s+(?:at least\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b)?"
    # "killed 27 people, the centre said on Wednesday, raising an earlier toll of eight": the sentence's own
    # count is the new total
    r"|\b(?:raising|revising|updating)\s+(?:an?|the)\s+(?:earlier|initial|previous|preliminary)\s+"
    r"(?:death\s+)?toll\b",
    re.I,
)


# the words that count people only roughly ("killed dozens of soldiers"), which ACLED turns into a figure
# only when no report gives one
ROUGH_COUNT_WORDS = frozenset({"several", "many", "dozens", "scores", "numerous", "hundreds"})


def counts_only_vaguely(*sents: Span) -> bool:
    """The sentences count people with a rough word and with no number ('Al Shabaab said it had killed dozens
    of soldiers'): their figure is an estimate, not a count."""
    rough = any(t.lower_ in ROUGH_COUNT_WORDS for sent in sents for t in sent)
    counted = any(
        t.like_num
        and t.dep_ in ("nummod", "dobj", "nsubj", "nsubjpass", "pobj", "conj")
        and t.ent_type_ not in NOT_A_COUNT
        for sent in sents
        for t in sent
    )
    return rough and not counted


def updates_toll(sent: Span) -> bool:
    """A sentence that raises the death toll of an incident already told: its figure is the new total."""
    return TOLL_UPDATE.search(sent.text) is not None


# "Local civil society groups put the toll at 15", "witnesses estimated the death toll at 20": another
# source's figure for the dead of the incident told, not an incident of its own
TOLL_ESTIMATE = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|placed|places)\s+the\s+(?:death\s+)?toll\s+at\b", re.I
)


def estimates_toll(sent: Span) -> bool:
    """A sentence that gives a source's own figure for an incident's dead ("put the toll at 15")."""
    return TOLL_ESTIMATE.search(sent.text) is not None


def toll_update_figure(sent: Span) -> int | None:
    """The new total a toll update gives ("the toll had risen to 100"), if it writes one."""
    update = TOLL_UPDATE.search(sent.text)
    return parse_count(update["n"]) if update is not None and update["n"] else None


# "..., the prison authority said, revising an earlier toll of 10", "up from an initial toll of eight": a
# count the sentence's own figure replaces, no more dead
SUPERSEDED_TOLL = re.compile(
    r"\b(?:earlier|initial|previous|preliminary)\s+(?:death\s+)?toll\s+of\s+(?:at least\s+)?[\w,-]+", re.I
)


def _superseded_count_tokens(sent: Span) -> set[int]:
    """The token indices of an earlier toll that the sentence revises ("revising an earlier toll of 10")."""
    indices: set[int] = set()
    for match in SUPERSEDED_TOLL.finditer(sent.text):
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None:
            indices.update(range(span.start, span.end))
    return indices


# "7 people were killed in total", "a total of 12 people died": the whole toll, the named dead included
GIVES_TOTAL = re.compile(r"\b(?:in total|in all|altogether|a total of)\b", re.I)


def gives_total(sent: Span) -> bool:
    """A later sentence that counts the incident's whole toll ("... killed a senior official. 7 people were
    killed in total."): its figure replaces the one before rather than conflicting with it."""
    return GIVES_TOTAL.search(sent.text) is not None and any(
        token.lemma_.lower() in DEATH_LEMMAS for token in sent
    )


def _plain_count(death: Token) -> int | None:
    """A count written right beside a death word that the parse did not attach, as in headlines the small
    model misreads: 'Air raid "kills nine"', 'drone kills 2', 'firing kills civilian' (one), 'Three more said
    killed', 'fighters among 13 killed', 'Two alleged militant dead'."""
    doc, sent = death.doc, death.sent
    # the tagger reads the verb of "Air raid 'kills nine'" as a plural noun
    verb = death.tag_ in ("VBZ", "VBD", "VBP") or death.lower_ == "kills"
    if verb and death.lemma_.lower() in KILL_VERBS:
        i = death.i + 1
        while i < sent.end and (doc[i].is_quote or doc[i].lower_ in COUNT_HEDGES):
            i += 1
        if i >= sent.end:
            return None
        after = doc[i]
        if after.like_num and after.ent_type_ not in NOT_A_COUNT:
            return parse_count(_number_words(after))
        ends_phrase = i + 1 >= sent.end or doc[i + 1].is_punct or doc[i + 1].pos_ in ("ADP", "SCONJ", "CCONJ")
        if (
            ends_phrase
            and after.tag_ in ("NN", "JJ")
            and after.is_alpha
            and after.lower_ not in VAGUE_COUNTS
            and after.ent_type_ not in NOT_PEOPLE
        ):
            return 1  # "kills civilian", "kills militant after ...": one person, tagged as an adjective
        return None
    if death.tag_ in ("VBN", "JJ") or death.lemma_ == "dead":
        for steps, before in enumerate(reversed(sent[: death.i - sent.start])):
            if steps >= 4:
                break
            if before.like_num and before.ent_type_ not in NOT_A_COUNT:
                return parse_count(_number_words(before))
            # "Three Emirati soldiers killed": nouns, adjectives and nationalities between count and verb
            filler = before.lower_ in COUNT_FILLERS or before.tag_ in COUNT_FILLER_TAGS
            if not (filler or before.is_quote):
                break
    return None


def _victim_noun(victim: Token) -> str:
    """The noun a counted victim names ('soldier' in 'two soldiers', and in the partitive 'several of its
    soldiers'), or 'people' for a bare count."""
    partitive = next(
        (g for p in victim.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None
    )
    if victim.pos_ == "NUM" or victim.like_num:
        return "people"  # "2 of their men": a bare count may be of anyone's dead
    if partitive is not None and (victim.pos_ != "NOUN" or victim.lemma_.lower() in QUANTITY_NOUNS):
        return partitive.lemma_.lower()
    return victim.lemma_.lower()


def _lowest_of_conflicting(sent: Span, figures: list[tuple[int, int, str]]) -> int | None:
    """The lowest figure when the sentence sets one source's count of the dead against another's ("Police
    said 3 were killed, while local sources said 5 were killed"; "According to local sources, 11 people were
    killed, while officials said 8 were killed"; "killing at least 8 people, while Amnesty International
    reported 13 dead"): a contrast word with a source verb after it (the first figure's source may go
    unsaid), and counts on both sides that may be of the same dead (the same victim noun, or one that names
    nobody in particular). None when the sentence is no such conflict ("Police said 2 soldiers were killed,
    while 3 militants also died": the dead of both sides add up)."""
    marks, sources = _contrast_marks(sent), _source_words(sent)
    for mark in marks:
        if not any(i > mark for i in sources):
            continue
        before = [f for f in figures if f[0] < mark]
        after = [f for f in figures if f[0] > mark]
        if not before or not after:
            continue
        nouns_before = {noun for _, _, noun in before}
        nouns_after = {noun for _, _, noun in after}
        same_dead = nouns_before & nouns_after or nouns_before <= GENERIC_DEAD or nouns_after <= GENERIC_DEAD
        # two words for the same side's dead ("2 FC personnel were killed, while the BLA claimed to have
        # killed 10 soldiers"): two sources' figures for the same dead
        side = _side_of_dead(nouns_before)
        same_dead = same_dead or (side is not None and side == _side_of_dead(nouns_after))
        if adds_to_toll(sent):
            continue
        if (by_side := _lowest_by_side(before, after)) is not None:
            return by_side
        if same_dead:
            return min(sum(v for _, v, _ in before), sum(v for _, v, _ in after))
    return None


def _lowest_by_side(before: list[tuple[int, int, str]], after: list[tuple[int, int, str]]) -> int | None:
    """The sum of each side's lowest figure when one source counts the dead of both sides of a fight and
    the other only those of one ("The ISPR said 4 soldiers and 9 attackers were killed, while the BLA
    claimed to have killed 20 soldiers": 4 + 9): the figures for the side both count conflict, the other
    side's dead add up. None unless every figure names a side and the two sources share one."""
    sums: list[dict[str, int]] = []
    for figures in (before, after):
        by_side: dict[str, int] = {}
        for _, value, noun in figures:
            side = _side_of_dead({noun})
            if side is None:
                return None
            by_side[side] = by_side.get(side, 0) + value
        sums.append(by_side)
    first, second = sums
    if not set(first) & set(second) or set(first) == set(second):
        return None  # no side in common, or the same sides: the figures as a whole (above)
    return sum(
        min(first.get(side, count), second.get(side, count)) for side, count in (first | second).items()
    )


def _claimed_toll_denied(sent: Span) -> bool:
    """'The NRF claimed to have killed 3 Taliban fighters, but the Taliban denied any casualties': a side's
    claimed toll that the other side denies is a conflicting report of none, and ACLED keeps the lowest."""
    claimed = any(t.lemma_.lower() == "claim" and t.pos_ == "VERB" for t in sent)
    if not claimed:
        return False
    # the denial may stand in a sentence of its own ("The NRF claimed 5 Taliban were killed; the Taliban
    # denied any losses.")
    following = sent.doc[sent.end].sent if sent.end < len(sent.doc) else None
    return _denies_losses(sent) or (following is not None and _denies_losses(following))


def _denies_losses(sent: Span) -> bool:
    """'the Taliban denied any casualties', 'denied suffering losses'."""
    return any(
        t.lemma_.lower() == "deny"
        and any(
            c.lemma_.lower() in DENIED_LOSSES
            for o in t.children
            if o.dep_ in ("dobj", "xcomp", "ccomp")
            for c in o.subtree
        )
        for t in sent
    )


def _contrast_marks(sent: Span) -> list[int]:
    return [t.i for t in sent if t.lower_ in CONTRAST_MARKS and t.dep_ in ("mark", "cc", "advmod")]


def _source_words(sent: Span) -> list[int]:
    return [t.i for t in sent if t.lemma_.lower() in SOURCE_LEMMAS and t.pos_ in ("VERB", "ADP", "AUX")]


def _contrasted_tallies(sent: Span) -> list[tuple[int, int, str]]:
    """A note's tally given as another source's figure for the dead counted before it ("3 militants were
    killed, while local sources reported 5 fatalities"): (token index, count, 'fatality') for each tally
    after a contrast word with a source verb after it, when a death word stands before that word. The
    tally is then one side of a conflict, not the event's total."""
    marks, sources = _contrast_marks(sent), _source_words(sent)
    found: list[tuple[int, int, str]] = []
    for match in FATALITY_TALLY.finditer(sent.text):
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        at = sent.doc.char_span(start, end, alignment_mode="expand")
        value = parse_count(next((group for group in match.groups() if group), ""))
        if at is None or value is None:
            continue
        for mark in marks:
            sourced = any(mark < i < at.start for i in sources)
            dead_before = any(_death_lemma(t) in DEATH_LEMMAS for t in sent.doc[sent.start : mark])
            if mark < at.start and sourced and dead_before:
                found.append((at.start, value, _tally_dead(at)))
                break
    return found


def _tally_dead(tally: Span) -> str:
    """Whose deaths a tally counts: 'attacker' in "4 fatalities among the attackers", else 'fatality' (no one
    in particular)."""
    for token in tally.doc[tally.end : min(tally.end + 2, len(tally.doc))]:
        if token.lower_ == "among" and token.dep_ == "prep":
            return next((g.lemma_.lower() for g in token.children if g.dep_ == "pobj"), "fatality")
    return "fatality"


def _counted_antecedent(pronoun: Token) -> Token | None:
    """What 'them' points back to in its sentence: the nearest earlier counted subject or object ("gunmen
    abducted five men and killed them"), or what the harm was done to ("set fire to two suspected
    kidnappers, killing them", "opened fire on five men, killing them")."""
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        harmed = token.dep_ == "pobj" and token.head.lower_ in ("to", "on", "at", "upon")
        if (
            token.pos_ == "NOUN"
            and (token.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") or harmed)
            and any(c.dep_ == "nummod" for c in token.children)
        ):
            return token
    return None


def _shares_count_with_injured(death: Token) -> bool:
    """'35 soldiers killed or wounded', 'killed and injured 10 people': one count for the dead and the
    wounded together, so none of it is a known death toll (ACLED keeps to the deaths it can count)."""
    return any(
        c.dep_ in ("conj", "advcl")
        and c.lemma_.lower() in INJURY_LEMMAS
        and not any(g.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") for g in c.children)
        and not any(t.like_num or t.lower_ in VAGUE_COUNTS for t in c.subtree)  # "21 killed, many injured"
        for c in death.children
    )


def kills_perpetrators(sent: Span) -> bool:
    """The sentence reports the death of an attack's perpetrators: "The attacker was killed.", "Two
    gunmen were shot dead", "the bomber died", "two of the attackers were killed"."""
    return any(
        named.lower_ in PERPETRATOR_NOUNS
        for token in sent
        if _death_lemma(token) in DEATH_LEMMAS or _shot_dead(token, sent)
        for victim in _victims_of(token)
        for named in (victim, *of_objects(victim))
    )


def kills_only_perpetrators(sent: Span) -> bool:
    """Every death the sentence tells is a perpetrator's: "militants attacked a convoy, and two of the
    attackers were killed in the ensuing gunbattle" (not "..., killing five guests, and two of the attackers
    were killed")."""
    victims = [
        victim
        for token in sent
        if _death_lemma(token) in DEATH_LEMMAS or _shot_dead(token, sent)
        for victim in _victims_of(token)
    ]
    return bool(victims) and all(
        any(named.lower_ in PERPETRATOR_NOUNS for named in (victim, *of_objects(victim)))
        for victim in victims
    )


def of_objects(part: Token) -> Iterable[Token]:
    """The nouns after 'of' on a word: 'attackers' in 'two of the attackers', the group a count is taken
    from; 'force' in 'the last contingent of the regional force'."""
    for prep in part.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            yield from (g for g in prep.children if g.dep_ == "pobj")


def _shot_dead(token: Token, sent: Span) -> bool:
    """'shot dead', 'burned to death', 'gunned down': a verb of harm that the words after make a killing."""
    return token.lemma_.lower() in HARM_TO_DEATH_LEMMAS and (
        # 16 tokens: a hyphenated age ("a 35-year-old man") is five of them
        SHOOT_DEAD.search(sent.doc[token.i : min(token.i + 16, sent.end)].text) is not None
    )


def is_grievance(token: Token) -> bool:
    """A death named as what people protest or remember: 'over the killing of', 'denounced the murder of',
    'on the anniversary of the killing of', 'in memory of women killed by'."""
    head = token.head
    return (
        (token.dep_ == "pobj" and head.lower_ in GRIEVANCE_PREPOSITIONS)
        or (token.dep_ == "dobj" and head.lemma_.lower() in GRIEVANCE_VERBS)
        or (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in COMMEMORATION_NOUNS)
    )


def _riot_cause(token: Token) -> bool:
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


def _long_after_clause(token: Token, long_ago_nouns: frozenset[str]) -> bool:
    """A death in a clause the sentence sets long before ('two years after a bombing killed 8 soldiers')."""
    clause = token.head if token.dep_ in ("acomp", "oprd", "xcomp") else token
    return clause.dep_ == "advcl" and long_after(clause, long_ago_nouns)


# words that set an incident apart from the one a sentence tells ("in a separate clash")
APART_MODIFIERS = frozenset({"separate", "another", "different", "unrelated"})


def _in_separate_incident(death: Token) -> bool:
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


def _injured(token: Token) -> bool:
    """'five injured' in '11 killed, five injured': a count of the wounded, attached to the death verb."""
    return any(
        c.lemma_.lower() in INJURY_LEMMAS for c in token.children if c.dep_ in ("acl", "amod", "relcl")
    )


def is_tally(text: str) -> bool:
    """'Fatalities: 3.', '7 fatalities reported.': a sentence that only gives the event's death toll."""
    text = text.strip()
    return TALLY.match(text) is not None or CODED_AS.match(text) is not None


def tally_sentence(sent: Span) -> int | None:
    """The toll a follow-up sentence of a note gives in ACLED's words, with no day or place of its own
    ("Local sources reported 7 fatalities.", "The fighting resulted in 23 fatalities among the soldiers.",
    "Fatalities coded as 10 as the number is unknown."): it counts the dead of the event before it."""
    if is_tally(sent.text):
        tally = TALLY.match(sent.text.strip())
        return parse_count(next(group for group in tally.groups() if group)) if tally else None
    match = FATALITY_TALLY.search(sent.text)
    if match is None:
        return None
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    # the model tags a range inside the tally as a date ("range between 43 and 70"): no date of its own
    if any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") and not start <= t.idx < end for t in sent):
        return None
    return parse_count(next(group for group in match.groups() if group))


def deaths_sentence(sent: Span) -> int | None:
    """The count of a follow-up sentence that only counts deaths, with no day or place of its own ("The health
    ministry reported 25 deaths.", "Medics later confirmed at least 14 deaths."): the toll of the event before
    it, like a tally. A sentence that also tells a killing ("12 were killed, while the Taliban reported 7
    deaths") is read as a whole."""
    counted = [
        t for t in sent if t.lower_ == "deaths" and any(c.dep_ == "nummod" and c.like_num for c in t.children)
    ]
    others = [t for t in sent if t not in counted and _death_lemma(t) in DEATH_LEMMAS]
    placed = any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for t in sent)
    if len(counted) != 1 or others or placed:
        return None
    return _number_near(counted[0])


def count_fatalities(
    clauses: Iterable[Span],
    *,
    attempt_heads: frozenset[str] = frozenset(),
    grievances: bool = False,
    long_ago_nouns: frozenset[str] = frozenset(),
    bombers: bool = True,
) -> int | None:
    """Deaths reported in the given sentences (None when no death is reported at all); a tally sentence
    ("Fatalities: 3.") is the total and overrides the rest. A death verb under one of `attempt_heads`
    (the cue word list: "tried to kill") kills nobody. With `grievances` (a demonstration), deaths the
    crowd protests over ("after the police killing of a teenager") are not the event's. Deaths in a clause
    set one of `long_ago_nouns` before ("two years after a bombing killed 8 soldiers") are history. Without
    `bombers`, bombers who blew themselves up are not counted when no victim died."""
    clauses = list(clauses)
    for sent in clauses:
        coded = CODED_AS.match(sent.text.strip())
        if coded is not None:
            return parse_count(coded[1])
        tally = TALLY.match(sent.text.strip())
        if tally is not None:
            return parse_count(next(group for group in tally.groups() if group))
    for sent in clauses[1:]:  # a later line of a note that tallies the toll is the total
        if _contrasted_tallies(sent):
            continue  # the tally is one source's figure set against another's: read with the sentence below
        if (value := tally_sentence(sent)) is not None:
            return value
    # "Other sources reported 7 deaths.", "Police had initially reported 64 deaths.": a later line that only
    # counts deaths is one more report of the toll, and of conflicting reports ACLED keeps the lowest
    later = [(sent, deaths_sentence(sent)) for sent in clauses[1:]]
    reported = [value for _, value in later if value is not None]
    counted = clauses[:1] + [sent for sent, value in later if value is None]
    total = _counted_fatalities(counted, attempt_heads, grievances, long_ago_nouns)
    if reported:
        return min(total, *reported) if total is not None else min(reported)
    return _with_suicide_bombers(clauses, total) if bombers else total


# the words of a clause that blows up the one doing it: "blew himself up", "detonated herself"
_SELF_PRONOUNS = frozenset({"himself", "herself", "themselves"})
# a perpetrator told as another than the one before: "the other was shot dead", "a second attacker"
_ANOTHER_WORDS = frozenset({"other", "second", "another", "accomplice"})


def _with_suicide_bombers(clauses: list[Span], total: int | None) -> int | None:
    """ACLED counts the attackers killed. A toll of victims ("blew himself up ..., killing 4 civilians") is
    taken as reported; when the text counts no victim's death, bombers who blew themselves up are dead too:
    "One blew himself up and the other was shot dead" is 2, "a suicide bomber detonated explosives, wounding
    two. A second attacker was shot dead" 2, and "blew himself up ... The attacker was killed" 1."""
    # the clauses may overlap (a sentence and the incident clause cut from it): each word is read once
    tokens = {token.i: token for sent in clauses for token in sent}
    bombers = sum(_self_detonation(verb) for verb in tokens.values())
    if not bombers:
        return total
    # the whole text's dead: a toll told in another clause or sentence ("At least 20 people were killed")
    doc = clauses[0].doc
    deaths = [
        (victim, sent)
        for sent in doc.sents
        for token in sent
        if _death_lemma(token) in DEATH_LEMMAS or _shot_dead(token, sent)
        for victim in _victims_of(token)
    ]
    if any(v.lower_ not in PERPETRATOR_NOUNS | _ANOTHER_WORDS for v, _ in deaths):
        return total  # a victim's death is told: the toll stands as reported
    last = max(sent.end for sent in clauses)
    if any(sent.start >= last and not _told_as_another(v) for v, sent in deaths):
        return total  # "... The attacker was killed.": the bomber's death, told and counted there
    own = {v.i: v for v, _ in deaths if v.i in tokens}
    others = sum(1 for v in own.values() if _told_as_another(v))
    if others:
        return bombers + others
    return max(total or 0, bombers)


def _told_as_another(perpetrator: Token) -> bool:
    """'the other', 'a second attacker', 'his accomplice': a perpetrator other than the bomber told before."""
    return perpetrator.lower_ in _ANOTHER_WORDS or any(
        c.lower_ in _ANOTHER_WORDS for c in perpetrator.children
    )


def _self_detonation(verb: Token) -> int:
    """The bombers a verb blows up with their own charge: 'blew himself up' (1), 'two suicide bombers blew
    themselves up' (2), 'One blew himself up' (1), 'a suicide bomber detonated explosives' (1)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return 0
    lemma = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    itself = any(c.dep_ in ("dobj", "obj") and c.lower_ in _SELF_PRONOUNS for c in verb.children)
    blew_up = lemma == "blow" and itself and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    suicide_bomber = (
        subject is not None
        and subject.lemma_.lower() == "bomber"
        and any(c.lower_ == "suicide" for c in subject.children)
    )
    if not (blew_up or (lemma == "detonate" and (itself or suicide_bomber))):
        return 0
    if subject is None:
        return 1
    if subject.like_num:
        return parse_count(subject.text) or 1
    return _number_near(subject) or 1


def _counted_fatalities(
    clauses: list[Span], attempt_heads: frozenset[str], grievances: bool, long_ago_nouns: frozenset[str]
) -> int | None:
    """The deaths the sentences tell, summed over them (see count_fatalities)."""
    total: int | None = None
    for number, sent in enumerate(clauses):
        per_sentence: list[int] = []
        figures: list[tuple[int, int, str]] = []  # (token index, count, victim noun) for conflicting sources
        seen_heads: set[int] = set()
        superseded = _superseded_count_tokens(sent)
        replaced: list[int] = []  # the earlier toll's figure, kept only when the sentence gives no other
        for token in sent:
            lemma = _death_lemma(token)
            is_death = lemma in DEATH_LEMMAS or _shot_dead(token, sent)
            if not is_death or token.dep_ == "compound" or _shares_count_with_injured(token):
                continue
            if _accused_deed(token) or _attempted_killing(token, attempt_heads):
                continue
            if grievances and (is_grievance(token) or _riot_cause(token)):
                continue
            if long_ago_nouns and _long_after_clause(token, long_ago_nouns):
                continue
            if _in_separate_incident(token):
                continue
            for victim in _victims_of(token):
                if victim.dep_ == "nummod" and victim.head.pos_ in ("NOUN", "PROPN"):
                    victim = (
                        victim.head
                    )  # "shot dead two workers": 'dead' hangs on 'two', 'shot' on 'workers'
                if victim.lower_ == "them":  # "offloaded nine passengers ... and shot them dead"
                    victim = _counted_antecedent(victim) or victim
                if victim.lower_ in LIFE_NOUNS:  # "claimed the lives of 12 soldiers": the soldiers
                    victim = _whose_lives(victim) or victim
                while victim.dep_ == "compound" and victim.head.pos_ == "PROPN":
                    victim = (
                        victim.head
                    )  # "shot dead candidate Fernando Villavicencio": one person, two words
                if victim.i in seen_heads or _in_brackets(victim):
                    continue
                if victim.lower_ in ONE_PERSON_PRONOUNS and per_sentence:
                    continue  # "shot dead a trader, killing him": the one already counted
                value = _number_near(victim)
                one_named = (
                    token.tag_ == "VBG"
                    or _office_of_place(victim)
                    or (number == 0 and not per_sentence and _first_mention(victim))
                )
                if value is None and victim.dep_ == "dobj" and _the_person(victim) and one_named:
                    value = 1  # "a bomb exploded, killing the driver", "shot dead the mayor of X": one person
                if value is None and victim.dep_ == "dobj" and victim.lower_ in ONE_PERSON_PRONOUNS:
                    value = 1  # "set a suspected thief alight, killing him" (a charge is no deed: see above)
                if value is None and _one_taken_along(victim, token):
                    value = 1  # "the governor was killed along with two others": he is one of the dead
                earlier_toll = victim.i in superseded or any(c.i in superseded for c in victim.children)
                if value is not None and earlier_toll:
                    seen_heads.add(victim.i)
                    replaced.append(value)
                elif value is not None:
                    seen_heads.add(victim.i)
                    per_sentence.append(value)
                    figures.append((victim.i, value, _victim_noun(victim)))
            if not per_sentence and _one_person_died(token):
                per_sentence.append(1)  # "The man was severely injured and later died in hospital."
            if not per_sentence and not total and _own_body_found(token):
                per_sentence.append(1)  # "abducted a party official; his body was found the next day"
        ranges = list(TOLL_RANGE.finditer(sent.text)) + list(RANGE_OF_DEAD.finditer(sent.text))
        alternatives: list[int] = []  # a range's lowest figure, another reading of the dead
        for match in ranges or TOLL.finditer(sent.text):
            value = parse_count(next((group for group in match.groups() if group), ""))
            if value is None:
                continue
            # "At least 30 people were killed, according to conflicting reports ranging from 30 to 40"
            if ranges:
                alternatives.append(value)
                continue
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            at = sent.doc.char_span(start, end, alignment_mode="expand")
            if at is not None and at.start in superseded:
                replaced.append(value)
                continue
            per_sentence.append(value)
            figures.append((at.start if at is not None else sent.end, value, "toll"))
        if replaced and not per_sentence:
            per_sentence = replaced[:1]  # "an initial toll of 12" and no other figure: the only count told
        contrasted = _contrasted_tallies(sent)
        if (lowest := _lowest_of_conflicting(sent, figures + contrasted)) is not None:
            per_sentence = [lowest]
        if alternatives:
            per_sentence = [min(sum(per_sentence), *alternatives) if per_sentence else min(alternatives)]
        if per_sentence and _claimed_toll_denied(sent):
            per_sentence = [0]  # "X claimed to have killed 3 soldiers, but the army denied any casualties"
        update = TOLL_UPDATE.search(sent.text)
        if update is not None and update["n"] and (value := parse_count(update["n"])) is not None:
            per_sentence = [value]  # "The toll rose to nine after four of the wounded died": the new total
        if not per_sentence:  # the parse found no count: read the plain words beside each death word
            per_sentence = [
                value
                for token in sent
                if _death_lemma(token) in DEATH_LEMMAS
                and not _shares_count_with_injured(token)
                and not (grievances and (is_grievance(token) or _riot_cause(token)))
                and not (long_ago_nouns and _long_after_clause(token, long_ago_nouns))
                and (value := _plain_count(token)) is not None
            ][:1]
        if FATALITY_TALLY.search(sent.text) and not (contrasted and lowest is not None):
            # "..., resulting in 9 fatalities": the note's own figure for the event, not a sum with the
            # other dead it names ("after the killing of")
            per_sentence = []
        if not per_sentence:  # the parse did not count it already ("7 fatalities" has its own nummod)
            for match in FATALITY_TALLY.finditer(sent.text):
                value = parse_count(next(group for group in match.groups() if group))
                if value is not None:
                    per_sentence.append(value)
        if per_sentence:
            total = (total or 0) + sum(per_sentence)
        elif total is None and any(_death_lemma(t) in DEATH_LEMMAS for t in sent):
            total = None
    return total
