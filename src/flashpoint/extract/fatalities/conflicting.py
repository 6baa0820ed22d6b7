"""Which figure stands when a text gives several: of conflicting figures for the same victims ACLED keeps
the lowest; the dead of the two sides of a fight add up; a toll the other side denies."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from flashpoint.extract.fatalities.deaths import (
    DEATH_LEMMAS,
    INJURY_LEMMAS,
    death_lemma,
    side_of_dead,
)
from flashpoint.extract.fatalities.lists import GENERIC_DEAD
from flashpoint.extract.fatalities.numbers import VAGUE_COUNTS
from flashpoint.extract.fatalities.tolls import FATALITY_TALLY, adds_to_toll, dead_nouns
from flashpoint.nlp.memo import span_text
from flashpoint.nlp.numbers import parse_count

# what a side denies when it denies the toll another side claims ("denied any casualties", "denied suffering
# losses")
DENIED_LOSSES = frozenset({"casualty", "death", "fatality", "loss", "losses", "casualties", "deaths"})


# two sources giving their own figures for the same dead in one sentence, set against each other ("Police
# said 3 were killed, while local sources reported 5"; "According to officials 8 died, whereas residents put
# the toll at 11"; "according" has the lemma "accord"; "11 were killed, though other sources put the toll at
# 15"): ACLED keeps the lowest figure
CONTRAST_MARKS = frozenset({"while", "whereas", "but", "though", "although"})


SOURCE_LEMMAS = frozenset(
    {"say", "report", "put", "claim", "tell", "state", "confirm", "estimate", "accord", "place", "give",
     "count", "record", "document"}
)  # fmt: skip


def counts_other_dead(before: Iterable[Span], sent: Span) -> bool:
    """A later sentence that counts the other side's dead ("Security forces killed 4 militants. 2 soldiers
    were martyred."): the figures add up (as the two sides of one sentence do), not conflict. Only when each
    sentence's dead are all of one side and the sides differ: "five policemen ... 4 police officers" or a
    bare count ("5 people were killed") may be the same dead told again."""
    earlier = side_of_dead(set().union(*(dead_nouns(s) for s in before)))
    later = side_of_dead(dead_nouns(sent))
    return earlier is not None and later is not None and earlier != later


def lowest_of_conflicting(sent: Span, figures: list[tuple[int, int, str]]) -> int | None:
    """The lowest figure when the sentence sets one source's count of the dead against another's ("Police
    said 3 were killed, while local sources said 5 were killed"; "According to local sources, 11 people were
    killed, while officials said 8 were killed"; "killing at least 8 people, while Amnesty International
    reported 13 dead"): a contrast word with a source verb after it (the first figure's source may go
    unsaid), and counts on both sides that may be of the same dead (the same victim noun, or one that names
    nobody in particular). None when the sentence is no such conflict ("Police said 2 soldiers were killed,
    while 3 militants also died": the dead of both sides add up)."""
    if len(figures) < 2:
        return None  # a conflict needs a figure on each side of the contrast word
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
        side = side_of_dead(nouns_before)
        same_dead = same_dead or (side is not None and side == side_of_dead(nouns_after))
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
            side = side_of_dead({noun})
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


def claimed_toll_denied(sent: Span) -> bool:
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


def contrasted_tallies(sent: Span) -> list[tuple[int, int, str]]:
    """A note's tally given as another source's figure for the dead counted before it ("3 militants were
    killed, while local sources reported 5 fatalities"): (token index, count, 'fatality') for each tally
    after a contrast word with a source verb after it, when a death word stands before that word. The
    tally is then one side of a conflict, not the event's total."""
    tallies = list(FATALITY_TALLY.finditer(span_text(sent)))
    if not tallies:
        return []  # most sentences: spare reading their words
    marks, sources = _contrast_marks(sent), _source_words(sent)
    found: list[tuple[int, int, str]] = []
    for match in tallies:
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        at = sent.doc.char_span(start, end, alignment_mode="expand")
        value = parse_count(next((group for group in match.groups() if group), ""))
        if at is None or value is None:
            continue
        for mark in marks:
            sourced = any(mark < i < at.start for i in sources)
            dead_before = any(death_lemma(t) in DEATH_LEMMAS for t in sent.doc[sent.start : mark])
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


def shares_count_with_injured(death: Token) -> bool:
    """'35 soldiers killed or wounded', 'killed and injured 10 people': one count for the dead and the
    wounded together, so none of it is a known death toll (ACLED keeps to the deaths it can count)."""
    return any(
        c.dep_ in ("conj", "advcl")
        and c.lemma_.lower() in INJURY_LEMMAS
        and not any(g.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") for g in c.children)
        and not any(t.like_num or t.lower_ in VAGUE_COUNTS for t in c.subtree)  # "21 killed, many injured"
        for c in death.children
    )
