"""The entry point: the fatalities of an event mention's clauses, by ACLED's conservative rules."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from flashpoint.extract.fatalities.conflicting import (
    claimed_toll_denied,
    contrasted_tallies,
    lowest_of_conflicting,
    shares_count_with_injured,
)
from flashpoint.extract.fatalities.deaths import (
    DEATH_LEMMAS,
    LIFE_NOUNS,
    death_lemma,
    own_body_found,
    shot_dead,
)
from flashpoint.extract.fatalities.numbers import number_near, plain_count, the_person
from flashpoint.extract.fatalities.other_deaths import (
    accused_deed,
    attempted_killing,
    in_separate_incident,
    is_grievance,
    long_after_clause,
    riot_cause,
)
from flashpoint.extract.fatalities.tolls import (
    CODED_AS,
    FATALITY_TALLY,
    RANGE_OF_DEAD,
    TALLY,
    TOLL,
    TOLL_RANGE,
    TOLL_UPDATE,
    deaths_sentence,
    superseded_count_tokens,
    tally_sentence,
)
from flashpoint.extract.fatalities.victims import (
    one_person_died,
    one_taken_along,
    victim_noun,
    victims_of,
    whose_lives,
    with_suicide_bombers,
)
from flashpoint.nlp.memo import span_text
from flashpoint.nlp.numbers import parse_count

# "opened fire on a policeman, killing him": a singular pronoun the death verb takes is one person
ONE_PERSON_PRONOUNS = frozenset({"him", "her"})


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


def _in_brackets(token: Token) -> bool:
    """A word inside a note's bracketed place, "in Douradina (Douradina, Mato Grosso do Sul)": the parser may
    hang such a name on the death verb, but a place named in brackets is never one of the dead."""
    for before in reversed(token.sent[: token.i - token.sent.start]):
        if before.text == ")":
            return False
        if before.text == "(":
            return True
    return False


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
        line = span_text(sent).strip()
        coded = CODED_AS.match(line)
        if coded is not None:
            return parse_count(coded[1])
        tally = TALLY.match(line)
        if tally is not None:
            return parse_count(next(group for group in tally.groups() if group))
    for sent in clauses[1:]:  # a later line of a note that tallies the toll is the total
        if contrasted_tallies(sent):
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
    return with_suicide_bombers(clauses, total) if bombers else total


def _counted_fatalities(
    clauses: list[Span], attempt_heads: frozenset[str], grievances: bool, long_ago_nouns: frozenset[str]
) -> int | None:
    """The deaths the sentences tell, summed over them (see count_fatalities)."""
    total: int | None = None
    for number, sent in enumerate(clauses):
        per_sentence: list[int] = []
        figures: list[tuple[int, int, str]] = []  # (token index, count, victim noun) for conflicting sources
        seen_heads: set[int] = set()
        superseded = superseded_count_tokens(sent)
        text = span_text(sent)
        replaced: list[int] = []  # the earlier toll's figure, kept only when the sentence gives no other
        for token in sent:
            lemma = death_lemma(token)
            is_death = lemma in DEATH_LEMMAS or shot_dead(token, sent)
            if not is_death or token.dep_ == "compound" or shares_count_with_injured(token):
                continue
            if accused_deed(token) or attempted_killing(token, attempt_heads):
                continue
            if grievances and (is_grievance(token) or riot_cause(token)):
                continue
            if long_ago_nouns and long_after_clause(token, long_ago_nouns):
                continue
            if in_separate_incident(token):
                continue
            for victim in victims_of(token):
                if victim.dep_ == "nummod" and victim.head.pos_ in ("NOUN", "PROPN"):
                    victim = (
                        victim.head
                    )  # "shot dead two workers": 'dead' hangs on 'two', 'shot' on 'workers'
                if victim.lower_ == "them":  # "offloaded nine passengers ... and shot them dead"
                    victim = _counted_antecedent(victim) or victim
                if victim.lower_ in LIFE_NOUNS:  # "claimed the lives of 12 soldiers": the soldiers
                    victim = whose_lives(victim) or victim
                while victim.dep_ == "compound" and victim.head.pos_ == "PROPN":
                    victim = (
                        victim.head
                    )  # "shot dead candidate Fernando Villavicencio": one person, two words
                if victim.i in seen_heads or _in_brackets(victim):
                    continue
                if victim.lower_ in ONE_PERSON_PRONOUNS and per_sentence:
                    continue  # "shot dead a trader, killing him": the one already counted
                value = number_near(victim)
                one_named = (
                    token.tag_ == "VBG"
                    or _office_of_place(victim)
                    or (number == 0 and not per_sentence and _first_mention(victim))
                )
                if value is None and victim.dep_ == "dobj" and the_person(victim) and one_named:
                    value = 1  # "a bomb exploded, killing the driver", "shot dead the mayor of X": one person
                if value is None and victim.dep_ == "dobj" and victim.lower_ in ONE_PERSON_PRONOUNS:
                    value = 1  # "set a suspected thief alight, killing him" (a charge is no deed: see above)
                if value is None and one_taken_along(victim, token):
                    value = 1  # "the governor was killed along with two others": he is one of the dead
                earlier_toll = victim.i in superseded or any(c.i in superseded for c in victim.children)
                if value is not None and earlier_toll:
                    seen_heads.add(victim.i)
                    replaced.append(value)
                elif value is not None:
                    seen_heads.add(victim.i)
                    per_sentence.append(value)
                    figures.append((victim.i, value, victim_noun(victim)))
            if not per_sentence and one_person_died(token):
                per_sentence.append(1)  # "The man was severely injured and later died in hospital."
            if not per_sentence and not total and own_body_found(token):
                per_sentence.append(1)  # "abducted a party official; his body was found the next day"
        ranges = list(TOLL_RANGE.finditer(text)) + list(RANGE_OF_DEAD.finditer(text))
        alternatives: list[int] = []  # a range's lowest figure, another reading of the dead
        for match in ranges or TOLL.finditer(text):
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
        contrasted = contrasted_tallies(sent)
        if (lowest := lowest_of_conflicting(sent, figures + contrasted)) is not None:
            per_sentence = [lowest]
        if alternatives:
            per_sentence = [min(sum(per_sentence), *alternatives) if per_sentence else min(alternatives)]
        if per_sentence and claimed_toll_denied(sent):
            per_sentence = [0]  # "X claimed to have killed 3 soldiers, but the army denied any casualties"
        update = TOLL_UPDATE.search(text)
        if update is not None and update["n"] and (value := parse_count(update["n"])) is not None:
            per_sentence = [value]  # "The toll rose to nine after four of the wounded died": the new total
        if not per_sentence:  # the parse found no count: read the plain words beside each death word
            per_sentence = [
                value
                for token in sent
                if death_lemma(token) in DEATH_LEMMAS
                and not shares_count_with_injured(token)
                and not (grievances and (is_grievance(token) or riot_cause(token)))
                and not (long_ago_nouns and long_after_clause(token, long_ago_nouns))
                and (value := plain_count(token)) is not None
            ][:1]
        if FATALITY_TALLY.search(text) and not (contrasted and lowest is not None):
            # "..., resulting in 9 fatalities": the note's own figure for the event, not a sum with the
            # other dead it names ("after the killing of")
            per_sentence = []
        if not per_sentence:  # the parse did not count it already ("7 fatalities" has its own nummod)
            for match in FATALITY_TALLY.finditer(text):
                value = parse_count(next(group for group in match.groups() if group))
                if value is not None:
                    per_sentence.append(value)
        if per_sentence:
            total = (total or 0) + sum(per_sentence)
        elif total is None and any(death_lemma(t) in DEATH_LEMMAS for t in sent):
            total = None
    return total
