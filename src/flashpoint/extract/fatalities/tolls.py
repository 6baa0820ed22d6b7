"""Tolls and their updates: toll and tally phrases ("the death toll rose to 12", "Fatalities: 3"), and
how a sentence's toll stands to the event's (an update, an estimate, a total, a retelling, its named dead)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from flashpoint.extract.fatalities.deaths import DEATH_LEMMAS, KILL_VERBS, death_lemma, tells_a_death
from flashpoint.extract.fatalities.numbers import NOT_A_COUNT, number_near
from flashpoint.extract.fatalities.victims import victim_noun, victims_of
from flashpoint.nlp.memo import span_text
from flashpoint.nlp.numbers import parse_count
from flashpoint.text.dates import MONTH_RE

# adverbs of a death verb that add its dead to those counted before: "Two attackers also died."
ADDED_DEAD = frozenset({"also"})


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


def adds_to_toll(sent: Span) -> bool:
    """A later sentence that counts more dead of the same incident: "Two attackers also died.", "1 TPNPB
    member was also killed." Its dead add to the toll before it rather than conflict with it."""
    return any(
        token.lemma_.lower() in DEATH_LEMMAS
        and any(c.dep_ == "advmod" and c.lower_ in ADDED_DEAD for c in token.children)
        for token in sent
    )


def dead_nouns(sent: Span) -> set[str]:
    """The nouns of the dead a sentence counts ('soldier' in "Two soldiers were killed"; 'people' for a bare
    count)."""
    return {noun for noun, _ in _counted_dead(sent)}


def _counted_dead(sent: Span) -> set[tuple[str, int]]:
    """The dead a sentence counts, as (noun, number) pairs: {('soldier', 2), ('member', 3)} in "Two soldiers
    and three members of the group were killed"."""
    pairs: set[tuple[str, int]] = set()
    for token in sent:
        if death_lemma(token) not in DEATH_LEMMAS or token.dep_ == "compound":
            continue
        for victim in victims_of(token):
            if victim.dep_ == "nummod" and victim.head.pos_ in ("NOUN", "PROPN"):
                victim = victim.head
            number = number_near(victim)
            if number is not None:
                pairs.add((victim_noun(victim), number))
    return pairs


def retells_counted_part(before: Iterable[Span], sent: Span) -> bool:
    """'Two soldiers and three militants were killed in a firefight ... Two soldiers who were wounded in the
    clash died while being taken to a hospital': each group of dead the later sentence counts was counted
    before, with the same number; it tells a part of the toll again, no conflicting figure."""
    later = _counted_dead(sent)
    return bool(later) and later <= set().union(*(_counted_dead(s) for s in before))


def names_its_dead(sent: Span) -> bool:
    """'Sepoy Nasir Khan, 24, embraced martyrdom', 'Constable Ahmed Ali was killed': the dead, named one by
    one, are the subject of the death. Told after a count, they say who of the counted dead they were."""
    return any(
        (token.ent_type_ == "PERSON" or _someone_of_theirs(token))
        and token.dep_ in ("nsubj", "nsubjpass")
        and tells_a_death(token.head)
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
            or (token.dep_ in ("nsubj", "nsubjpass") and tells_a_death(token.head))
        )
        for token in sent
    )
    counted = any(
        token.dep_ == "nummod" and token.like_num and token.ent_type_ not in NOT_A_COUNT for token in sent
    )
    return named and not counted


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
    # "Authorities first reported 18 killed and later corrected the toll to 31": a source correcting its own
    # count (another source that "raised the toll" is a conflicting report)
    r"|\b(?:corrected|revised|updated|adjusted)\s+(?:the|its|their)\s+"
    r"(?:overall\s+|total\s+)?(?:death\s+)?toll"
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


def updates_toll(sent: Span) -> bool:
    """A sentence that raises the death toll of an incident already told: its figure is the new total."""
    return TOLL_UPDATE.search(span_text(sent)) is not None


# "Local civil society groups put the toll at 15", "witnesses estimated the death toll at 20": another
# source's figure for the dead of the incident told, not an incident of its own
TOLL_ESTIMATE = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|placed|places)\s+the\s+(?:death\s+)?toll\s+at\b", re.I
)


def estimates_toll(sent: Span) -> bool:
    """A sentence that gives a source's own figure for an incident's dead ("put the toll at 15")."""
    return TOLL_ESTIMATE.search(span_text(sent)) is not None


def toll_update_figure(sent: Span) -> int | None:
    """The new total a toll update gives ("the toll had risen to 100"), if it writes one."""
    update = TOLL_UPDATE.search(span_text(sent))
    return parse_count(update["n"]) if update is not None and update["n"] else None


# "..., the prison authority said, revising an earlier toll of 10", "up from an initial toll of eight": a
# count the sentence's own figure replaces, no more dead
SUPERSEDED_TOLL = re.compile(
    r"\b(?:earlier|initial|previous|preliminary)\s+(?:death\s+)?toll\s+of\s+(?:at least\s+)?[\w,-]+", re.I
)


def superseded_count_tokens(sent: Span) -> set[int]:
    """The token indices of an earlier toll that the sentence revises ("revising an earlier toll of 10")."""
    indices: set[int] = set()
    for match in SUPERSEDED_TOLL.finditer(span_text(sent)):
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
    return GIVES_TOTAL.search(span_text(sent)) is not None and any(
        token.lemma_.lower() in DEATH_LEMMAS for token in sent
    )


def is_tally(text: str) -> bool:
    """'Fatalities: 3.', '7 fatalities reported.': a sentence that only gives the event's death toll."""
    text = text.strip()
    return TALLY.match(text) is not None or CODED_AS.match(text) is not None


def tally_sentence(sent: Span) -> int | None:
    """The toll a follow-up sentence of a note gives in ACLED's words, with no day or place of its own
    ("Local sources reported 7 fatalities.", "The fighting resulted in 23 fatalities among the soldiers.",
    "Fatalities coded as 10 as the number is unknown."): it counts the dead of the event before it."""
    text = span_text(sent)
    if is_tally(text):
        tally = TALLY.match(text.strip())
        return parse_count(next(group for group in tally.groups() if group)) if tally else None
    match = FATALITY_TALLY.search(text)
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
    if "deaths" not in span_text(sent).lower():
        return None  # no "deaths" word to count (most sentences): spare reading the others
    counted = [
        t for t in sent if t.lower_ == "deaths" and any(c.dep_ == "nummod" and c.like_num for c in t.children)
    ]
    others = [t for t in sent if t not in counted and death_lemma(t) in DEATH_LEMMAS]
    placed = any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for t in sent)
    if len(counted) != 1 or others or placed:
        return None
    return number_near(counted[0])
