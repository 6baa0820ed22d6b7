"""The day a mention's sentence gives its incident, and whether that day makes the incident background.

A date on a verb of saying is the report's ("said on Monday"), not the incident's; an incident dated long
before publication ("in 2014", "August last year") is history, not news."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Span, Token

from flashpoint.extract.cues import CueHit, WordLists
from flashpoint.extract.detect.grammar import CLAUSE_DEPS, is_below, standing_in
from flashpoint.extract.detect.mention import EventMention
from flashpoint.extract.fatalities import (
    long_after,
)
from flashpoint.nlp.dates import (
    ADJACENT_DAY_RE,
    MONTHS,
    SAME_DAY_RE,
    DateKind,
    ResolvedDate,
    is_fixed_holiday,
    is_full_date,
    resolve_date,
)
from flashpoint.nlp.memo import doc_text, span_entities, span_text
from flashpoint.text.dates import leading_day_stamp, leading_full_date


def period_of(words: WordLists, token: Token) -> bool:
    """'after weeks of clan fighting', 'two days of heavy clashes': a period summed up, read off the words
    when the small model hangs the modifier as the object of 'of' and the trigger as a clause of its own."""
    doc = token.doc
    for gap in (0, 1):
        of = token.i - gap - 1
        if of < 1 or doc[of].lower_ != "of" or any(not t.is_alpha for t in doc[of + 1 : token.i]):
            continue
        if doc[of - 1].lemma_.lower() in words.duration_nouns:
            return True
    return False


def days_apart(words: WordLists, verb: Token) -> bool:
    """A clause set a stretch of time before or after the main one ('detained an activist days after she
    took part in a protest', 'a week before he joined the march'): its incident is of another day. The
    stretch is read off the word before the subordinator, wherever the small model hangs it."""
    marks = after_or_before(verb)
    return any(m.i > 0 and m.doc[m.i - 1].lemma_.lower() in words.duration_nouns for m in marks)


def after_or_before(verb: Token) -> list[Token]:
    """The 'after' or 'before' that subordinates the verb's clause: its marker ('a day after the army took
    the town'), or the preposition a gerund is the object of ('a day after taking control of the city')."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before"):
        marks.append(verb.head)
    return marks


def set_long_before(words: WordLists, token: Token) -> bool:
    """A verb or noun the sentence sets long before its news: 'a year after the mosque was bombed', 'two
    decades after the massacre'."""
    step = token
    while not long_after(step, words.long_ago_nouns):
        if step.dep_ in CLAUSE_DEPS or step.head == step:
            return False  # up to the verb of its own clause, and no further
        step = step.head
    return True


def dated(words: WordLists, sent: Span) -> bool:
    """A sentence that names a specific day (a weekday or a calendar date); a year alone names none ('the
    war that Russia began in February 2022')."""
    return any(
        e.label_ == "DATE"
        and any(t.lower_ in words.weekday_words or (t.like_num and not _a_year(t)) for t in e)
        for e in span_entities(sent)
    )


def _a_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit()


def year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


def since_today(words: WordLists, token: Token) -> bool:
    """'have been exchanging fire since dawn', 'since Monday': a running incident, not a period summed up."""
    return token.lower_ == "since" and any(
        c.dep_ == "pobj" and (c.lower_ in words.times_of_day or c.lower_ in words.weekday_words)
        for c in token.children
    )


# the counter a photo gallery puts above each caption ("2 of 6")
_GALLERY_COUNTER = re.compile(r"\s*\d{1,3} of \d{1,3}\s*\n")


def is_dated_caption(words: WordLists, sent: Span) -> bool:
    """A photo caption: a scene that ends in its date after a comma and no full stop ('... in Jakarta,
    Indonesia, Tuesday, Sept', '... near Donetsk, eastern Ukraine, on Dec. 26, 2014'), or any caption of a
    gallery, under its counter ('2 of 6\nSmoke rises over the camp after shelling on Monday, June 16')."""
    if _GALLERY_COUNTER.match(span_text(sent)):
        return True
    tokens = list(sent)
    if not tokens or tokens[-1].text in (".", "!", "?"):
        return False
    names_day = False
    i = len(tokens) - 1
    while i >= 0:
        word = tokens[i].lower_.rstrip(".")
        if word in words.weekday_words or word in MONTHS:
            names_day = True
        elif not (tokens[i].like_num or word in ("on", "") or tokens[i].text == ","):
            break
        i -= 1
    tail_start = i + 1
    return names_day and 0 < tail_start < len(tokens) and tokens[tail_start].text == ","


def looks_like_headline(sent: Span) -> bool:
    text = span_text(sent).strip()
    if not text:
        return False
    letters = [c for c in text if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
    return shouting or (len(sent) <= 25 and text[-1] not in ".!?\"'”")


def _reported_on(
    words: WordLists,
    date_root: Token,
    trigger: Token,
    *,
    announcement: bool = False,
    claimed_capture: bool = False,
) -> bool:
    """True when a date belongs to the reporting ('said on Monday'), not to the incident; with
    `announcement`, a day on an announcing verb whose clause tells the development is the development's;
    with `claimed_capture`, a day on the speech verb of a capture claimed with no day of its own is the
    capture's (see `claimed_capture`)."""
    if _day_of_saying(words, date_root, trigger):
        return True
    if claimed_capture and standing_in(date_root) == trigger.head:
        return False
    if _note_day_of_telling(words, date_root, trigger):
        return False
    below = date_root
    for ancestor in date_root.ancestors:
        if ancestor == trigger:
            return False
        if ancestor.pos_ in ("VERB", "AUX"):
            if _describes_statement(words, ancestor):
                return True  # "said in a statement read on state television on Wednesday": the statement's
            if ancestor.lemma_.lower() not in words.speech_verbs:
                return False
            if below.dep_ == "ccomp":
                return False  # inside what was said: "shot dead a vaccinator on 8 January, officials said"
            if _before_postposed_attribution(date_root, trigger, ancestor):
                return False
            # "announced a ceasefire agreement on 17 October": what is announced is the event, so the day
            # of the announcement is its day ("said on Monday that ..." stays the report's)
            announced = any(c.dep_ in ("dobj", "obj") and trigger in c.subtree for c in ancestor.children)
            if announced and _confirms_known(words, ancestor, trigger):
                return True  # "confirmed the attack in a statement on Sunday": the confirming's day
            # "announced that it had joined the AFC coalition": the announcement makes the change
            made_public = announcement and ancestor.lemma_.lower() in words.announcing_verbs
            told = made_public and any(c.dep_ == "ccomp" and trigger in c.subtree for c in ancestor.children)
            return not (announced or told)
        below = ancestor
    return False


def _confirms_known(words: WordLists, verb: Token, trigger: Token) -> bool:
    """'The police confirmed the attack in a statement on Sunday': a confirming verb (`confirming_verbs`)
    whose object is the incident named as known tells it again; the day on it is when it was confirmed."""
    if verb.lemma_.lower() not in words.confirming_verbs or trigger.pos_ != "NOUN":
        return False
    return trigger.dep_ in ("dobj", "obj") and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
        for c in trigger.children
    )


def _note_day_of_telling(words: WordLists, date_root: Token, trigger: Token) -> bool:
    """'On 20 July 2024, the AFF said its fighters attacked ...', 'FLEC-FAC said on 20 February 2024 that
    its fighters had clashed ...': a day written out with its month and year on the verb of saying is how an
    ACLED-style note dates the incident it tells, when the told clause names no day of its own
    (`_day_of_saying` takes that case first); a weekday or a day with no year stays the report's."""
    speaker = trigger.head
    if trigger.dep_ not in ("ccomp", "xcomp") or speaker.lemma_.lower() not in words.speech_verbs:
        return False
    if standing_in(date_root) != speaker:
        return False
    ent = next((e for e in span_entities(date_root.sent) if e.start <= date_root.i < e.end), None)
    if ent is None:
        return False
    # "In October 2022 (month of), detained protesters reported being raped ...": ACLED's own mark of a date
    # known to the month or week is the note's date of the incident, never a report's
    stated = _STATED_PERIOD.search(doc_text(ent.doc)[ent.start_char : ent.end_char + 12]) is not None
    return (trigger.dep_ == "ccomp" and is_full_date(ent.text)) or stated


def _before_postposed_attribution(date_root: Token, trigger: Token, speech_verb: Token) -> bool:
    """'A day earlier, Somali troops backed by clan militias clashed with al Shabaab ..., a regional official
    said', 'Insurgents beheaded two civilians in ... province, on Saturday, local sources told Lusa': when
    the attribution follows the deed, a day told before the speaker is named is the deed's (the saying's
    day follows its verb: 'police said on Saturday'); the small model hangs it on the speech verb when it
    misreads the deed's clause."""
    if not trigger.i < speech_verb.i:
        return False
    if date_root.i < speech_verb.i and _speaker_after(speech_verb):
        # "hurled a grenade at a shop in Quetta, the provincial capital of Balochistan, on April 4, injuring
        # five people, reports The Express Tribune": an outlet or speaker named after its verb tags the
        # whole report; a day told before the tag is the deed's, whatever subject the parse gives the verb
        return True
    speakers = [c.i for c in speech_verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(speakers) and date_root.i < min(speakers) and min(speakers) < speech_verb.i


def _speaker_after(speech_verb: Token) -> bool:
    """A verb of saying followed by its speaker, in inverted attribution: "reports Dawn", "said police"."""
    return any(
        c.i > speech_verb.i and c.dep_ in ("nsubj", "dobj") and c.pos_ in ("PROPN", "NOUN")
        for c in speech_verb.children
    )


def _claimed_on(words: WordLists, date_root: Token, trigger: Token) -> bool:
    """'claimed the ambush on Sunday through its media outlet': a day hung on the claim verb whose object is
    the incident is the day of the claim; so is the day of a claim that tells the deed in a clause of saying
    hung on it ('claimed the attack on Sunday, saying it had killed 30 soldiers')."""
    verb = date_root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.lemma_.lower() != "claim" or verb == trigger:
        return False
    return any(
        # the incident as object, or as the subject of the passive ("The attack was claimed on Monday by")
        (
            c.dep_ in ("dobj", "obj", "nsubjpass")
            or (c.dep_ == "advcl" and c.lemma_.lower() in words.speech_verbs)
        )
        and trigger in c.subtree
        for c in verb.children
    )


def _describes_statement(words: WordLists, verb: Token) -> bool:
    """'a statement read on state television', 'a video posted on Sunday': a participle on a noun of saying
    tells when or where the report was made."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in words.speech_verbs


def _day_of_saying(words: WordLists, date_root: Token, trigger: Token) -> bool:
    """'The TNLA said on Thursday it had seized the base ... on Tuesday': the small model often hangs the
    first day on the reported verb, but a day between the speech verb and the reported clause's subject is
    the saying's, when the clause names a day of its own after its verb."""
    speaker = trigger.head
    if trigger.dep_ != "ccomp" or speaker.lemma_.lower() not in words.speech_verbs:
        return False
    subjects = [c.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not speaker.i < date_root.i < min(subjects):
        return False
    return any(is_date_entity(ent) and ent.root.i > trigger.i for ent in span_entities(trigger.sent))


def _describes_other_noun(token: Token, trigger: Token) -> bool:
    """Inside a clause that describes a noun other than the incident's ("property seized in the 1970s",
    "a law that was passed in 2019"), a clause the trigger is not part of."""
    below: Token | None = None
    for step in [token, *token.ancestors]:
        if step == trigger:
            return False
        if step.dep_ in ("acl", "relcl") and step.head != trigger and not is_below(trigger, step):
            return True
        if (
            step.dep_ in ("nsubj", "nsubjpass")
            and step.pos_ == "PROPN"
            and below is not None
            and below.dep_ == "prep"
        ):
            # "The RSF, at war with the army since April 2023, fired shells": what the named doer is ("the
            # bombing on March 27, 2016, killed 70" dates its event noun)
            return True
        below = step
    return False


def _in_pluperfect_description(token: Token) -> bool:
    """Inside a pluperfect relative clause on the object of a preposition ('to demand the release of a
    student who had been picked up last week'): a deed before the one the sentence tells, done to someone
    it only names. On the incident's own participants ('dispersed supporters who had gathered outside the
    jail on 10 May', 'shot down a drone that had crossed on 10 May') the clause tells the incident's day."""
    step = next((a for a in [token, *token.ancestors] if a.dep_ in ("acl", "relcl")), None)
    return (
        step is not None
        and step.head.dep_ == "pobj"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in step.children)
    )


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Below `verb` in the parse without passing through a nested clause (see `own_clause`)."""
    while token != verb:
        if token.dep_ in CLAUSE_DEPS or token.head == token:
            return False
        token = token.head
    return True


# the preposition a duration verb takes for the day its stretch reached ("lasted into Tuesday")
STRETCH_END_PREPS = frozenset({"into", "until", "till"})


def _stretch_end(words: WordLists, date: Token) -> bool:
    """A day the incident went on into or until ("the clashes, which began on Monday, lasted into Tuesday",
    "fighting continued until Wednesday"): how long it lasted, not the day of another incident."""
    prep = date.head
    return (
        date.dep_ == "pobj"
        and prep.lower_ in STRETCH_END_PREPS
        and prep.head.lemma_.lower() in words.duration_verbs
    )


def sentence_date(
    words: WordLists,
    sent: Span,
    trigger: Token,
    anchor: dt.date | None,
    previous_date: dt.date | None,
    body_start: int = 0,
    *,
    announcement: bool = False,
    claimed_capture: bool = False,
) -> tuple[str | None, ResolvedDate | None]:
    """The date expression of the incident (outside the dateline and not the date of the report), resolved.

    Among several, the one nearest the trigger in the parse wins; a vague period under the trigger marks
    the whole sentence as background, unless a day is also given ("exchanged prisoners Tuesday near the
    city, scene of the fiercest fighting in recent months").
    """
    best: tuple[str | None, ResolvedDate | None] = (None, None)
    best_distance = 10**6
    vague: tuple[str, ResolvedDate] | None = None
    names_a_day = False
    day_in_own_clause = False
    reported_earlier: tuple[str, ResolvedDate] | None = None
    described_old: tuple[str, ResolvedDate] | None = None
    for ent in span_entities(sent):
        if not is_date_entity(ent) or ent.start_char < body_start:
            continue
        if ent.root.head.lemma_.lower() in words.duration_verbs and ent.root.dep_ in ("advmod", "npadvmod"):
            continue  # "the clashes lasted overnight": how long the incident went on, not another day
        if _stretch_end(words, ent.root):
            continue  # "the clashes lasted into Tuesday": where the incident's stretch ended, not another day
        if _count_deadline(ent.root):
            continue  # "18 bodies had been recovered by Tuesday evening": when the dead were counted
        if _in_future_clause(ent.root, trigger):
            continue  # "and that officers would remain deployed in the town on Friday": a day still to come
        if _night_of_a_named_day(words, ent, sent):
            continue  # "in an overnight raid ... on Saturday": the time of night; the weekday is the date
        if _ranks_in_period(ent):
            continue  # "shot dead in Bajaur, third this year": how many such incidents the period had
        if _weekly_occasion(words, ent.root) and _another_date(words, sent, ent, body_start):
            # "blew himself up during Friday prayers on March 4, 2022": the occasion; the date is the day
            # (alone, "bombs target Sunday Mass" still tells the day)
            continue
        day = entity_names_a_day(words, ent)
        names_a_day = names_a_day or day
        day_in_own_clause = day_in_own_clause or (day and _in_clause_of(ent.root, trigger))
        resolved = _as_stated(ent, resolve_date(_with_day(ent), anchor, previous_date))
        if previous_date is not None and _night_after_told_day(ent, anchor, previous_date):
            resolved = ResolvedDate(previous_date, 1, DateKind.ANAPHORIC)
        if resolved is None:
            continue
        if _reported_on(words, ent.root, trigger, announcement=announcement, claimed_capture=claimed_capture):
            if _month_before(resolved, anchor):
                # "Last month, security forces said they killed several militants": what was said in an
                # earlier month happened no later, a past period the story recalls
                reported_earlier = (ent.text, ResolvedDate(resolved.date, resolved.precision, DateKind.VAGUE))
            continue
        claim_day = resolved.kind != DateKind.VAGUE and _claimed_on(words, ent.root, trigger)
        if previous_date is not None and claim_day:
            # "JNIM claimed the ambush on Sunday" after the ambush was dated: the claim's day (a period is
            # the incident's still: "claimed the bombing at Kabul airport ... that month" is history)
            continue
        if _describes_other_noun(ent.root, trigger) and (
            is_background_date(resolved, anchor) or _in_pluperfect_description(ent.root)
        ):
            if previous_date is not None and is_background_date(resolved, anchor):
                # "Rwandan troops, deployed in 2021, helped recapture several towns": after a dated incident,
                # a deed told only beside its subject's old past is that past, background
                described_old = (ent.text, ResolvedDate(resolved.date, resolved.precision, DateKind.VAGUE))
            # "to demand the return of property seized in the 1970s": the property's past; "the release of
            # a student who had been picked up ... last week": what befell him before the incident
            continue
        if resolved.kind == DateKind.VAGUE:
            if _in_clause_of(ent.root, trigger):
                vague = vague or (ent.text, resolved)
            elif is_below(ent.root, trigger):
                continue  # a period of a clause nested under the incident ("areas where ... in recent days")
            elif best[1] is None:
                best = (ent.text, resolved)
            continue
        distance = abs(ent.root.i - trigger.i) - (100 if is_below(ent.root, trigger) else 0)
        if _day_of_toll_count(ent.root):
            distance += 1000  # any other day told beats the count's ("the toll from Sunday's blast rose ...")
        if resolved.date is not None and distance < best_distance:
            best, best_distance = (ent.text, resolved), distance
        elif best[1] is None:
            best = (ent.text, resolved)
    if vague is not None and trigger.dep_ in ("relcl", "acl") and names_a_day and not day_in_own_clause:
        # "paid tributes on Thursday to the 21 policemen who were killed in militant attacks last year": the
        # day is the main clause's; a period in the clause of the incident on a noun is the incident's time
        return vague
    if reported_earlier is not None and best[1] is None and vague is None:
        return reported_earlier
    if described_old is not None and best[1] is None and vague is None and not names_a_day:
        return described_old
    if names_a_day:  # a named day makes any period in the sentence colour, not the incident's time
        if best[1] is not None and best[1].kind == DateKind.VAGUE:
            best = (None, None)
    elif vague is not None and (best[1] is None or best[1].precision > 1):
        return vague
    if best[1] is None and previous_date is not None:
        # "Hours later, ...", "That same day, ...": the model often tags no date in them
        same_day = SAME_DAY_RE.search(span_text(sent))
        if same_day is not None and sent.start_char + same_day.start() >= body_start:
            return same_day.group(), ResolvedDate(previous_date, 1, DateKind.ANAPHORIC)
        # "The day before, Russian warplanes struck ...", "the following day": the day next to it
        adjacent = ADJACENT_DAY_RE.search(span_text(sent))
        if (
            adjacent is not None
            and sent.start_char + adjacent.start() >= body_start
            and not _adjacent_day_of_claim(words, sent, adjacent, trigger)
        ):
            shift = dt.timedelta(days=-1 if adjacent["before"] else 1)
            return adjacent.group(), ResolvedDate(previous_date + shift, 1, DateKind.ANAPHORIC)
    if best[1] is None:
        # weekdays and "yesterday" are sometimes missed by the NER
        for token in sent:
            if token.idx < body_start:
                continue
            if token.lower_ in words.weekday_words:
                if _stretch_end(words, token) or _count_deadline(token) or _in_future_clause(token, trigger):
                    continue
                if previous_date is not None and (
                    _reported_on(words, token, trigger, claimed_capture=claimed_capture)
                    or _claimed_on(words, token, trigger)
                ):
                    # "..., the prosecutor's office said in a statement on Sunday" after the incident
                    # was dated: the day of the report on it, not a new day (in a lone note the report's
                    # day is the best one there is: "..., police said on Saturday")
                    continue
                resolved = resolve_date(token.text, anchor, previous_date)
                if resolved is not None:
                    return token.text, resolved
    return best


def _adjacent_day_of_claim(words: WordLists, sent: Span, adjacent: re.Match[str], trigger: Token) -> bool:
    """'The group claimed the attack the following day', 'police said the next day': a day next to the one
    told before, hung on the claim or the saying of the incident, is that report's day, not a new
    incident's (as a named day on the claim is, `_claimed_on`)."""
    start = sent.start_char + adjacent.end() - 1
    day = next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)
    return day is not None and (_claimed_on(words, day, trigger) or _reported_on(words, day, trigger))


def _weekly_occasion(words: WordLists, token: Token) -> bool:
    """'during Friday prayers', 'the Sunday Mass': a weekday compounded on an occasion held that weekday
    every week names the occasion; another date in the sentence is the incident's."""
    return (
        token.lower_ in words.weekday_words
        and token.dep_ in ("compound", "amod", "nmod")
        and token.head.i > token.i
        and token.head.lemma_.lower() in words.weekly_occasions
    )


def _another_date(words: WordLists, sent: Span, ent: Span, body_start: int) -> bool:
    """The sentence names a date besides `ent` that is no weekly occasion."""
    return any(
        other != ent
        and other.start_char >= body_start
        and is_date_entity(other)
        and not _weekly_occasion(words, other.root)
        for other in span_entities(sent)
    )


# the auxiliaries that put a clause in the future ("would remain", "will hold")
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll"})


def _in_future_clause(date: Token, trigger: Token) -> bool:
    """'14 people had been arrested ..., and that officers would remain deployed in the town on Friday':
    a day in a clause of its own whose verb is put in the future tells when something is still to happen,
    not the day of the incident the trigger tells."""
    verb = next((a for a in date.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb == trigger or trigger in verb.subtree:
        return False
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def _night_of_a_named_day(words: WordLists, ent: Span, sent: Span) -> bool:
    """'abducted 20 villagers in an overnight raid on the village ... on Saturday': 'overnight' as an
    adjective on the event noun tells the time of night of the weekday the sentence names, not the night
    before the report."""
    night = all(t.lower_ == "overnight" or t.lower_ in words.times_of_day for t in ent)
    if ent.root.dep_ != "amod" or not night:
        return False
    return any(t.lower_ in words.weekday_words and not ent.start <= t.i < ent.end for t in sent)


def _count_deadline(date_root: Token) -> bool:
    """'18 bodies had been recovered by Tuesday evening', 'by Monday the toll had risen to 30': a day after
    'by' on a perfect whose subject is counted dead (or the toll) is the day the count stood, not the day
    of the incident."""
    if date_root.dep_ in ("compound", "nmod"):
        date_root = date_root.head  # "by Tuesday evening"
    if date_root.dep_ != "pobj" or date_root.head.lower_ != "by":
        return False
    verb = date_root.head.head
    if verb.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() == "toll" or any(c.dep_ == "nummod" for c in s.children) for s in subjects)


def _day_of_toll_count(date_root: Token) -> bool:
    """'The death toll from Sunday's bomb blast rose to nine on Monday': the day on the verb whose subject is
    the toll is the day of the count, not of the incident."""
    token = date_root
    while token.dep_ in ("pobj", "prep", "npadvmod") and token.head != token:
        token = token.head
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "toll" for c in token.children
    )


def is_date_entity(ent: Span) -> bool:
    named_march = len(ent) == 1 and is_named_march(ent[0])
    dated = ent.label_ in ("DATE", "TIME") or is_full_date(ent.text) or is_fixed_holiday(ent.text)
    return dated and not named_march


def opening_date(sent: Span, anchor: dt.date | None, body_start: int) -> tuple[str, ResolvedDate] | None:
    """The full date a note's sentence opens with ("On 11 April 2023, security forces conducted an
    operation ..."), when it is one."""
    for ent in span_entities(sent):
        if ent.start - sent.start > 1 or ent.start_char < body_start or not is_date_entity(ent):
            continue
        resolved = resolve_date(_with_day(ent), anchor)
        if resolved is not None and resolved.kind == DateKind.ABSOLUTE and resolved.precision == 1:
            return ent.text, _as_stated(ent, resolved) or resolved
    return date_stamp(sent, body_start, anchor)


def date_stamp(sent: Span, body_start: int, anchor: dt.date | None) -> tuple[str, ResolvedDate] | None:
    """A full date opening the sentence that the small model does not take whole: it tags only "2024" of
    "Feb 11, 2024:", or reads "Mar 4, 2023" as a person's name; or a round-up's entry stamp without a year
    ("Wednesday, 8 November:", "April 6 - "), whose weekday the model splits off."""
    if sent.start_char < body_start:
        return None
    stamp = leading_full_date(span_text(sent)) or leading_day_stamp(span_text(sent), anchor)
    return to_the_day(*stamp) if stamp is not None else None


def to_the_day(text: str, day: dt.date) -> tuple[str, ResolvedDate]:
    """A printed calendar date as a resolved date of day precision."""
    return text, ResolvedDate(day, 1, DateKind.ABSOLUTE)


# ACLED's notes mark a date it knows only to the week or the month: "Around 15 July 2024 (month of), ..."
_STATED_PERIOD = re.compile(r"\(\s*(week|month) of\b", re.I)


def _night_after_told_day(ent: Span, anchor: dt.date | None, previous_date: dt.date) -> bool:
    """'Shops were looted overnight.' after a riot dated on the report's own day: a bare 'overnight' read
    against that day would put the looting before the riot the text told first; told after it, it is that
    incident's night. (After an incident of an earlier day, 'overnight' stays the night before the report.)"""
    return anchor is not None and previous_date >= anchor and [t.lower_ for t in ent] == ["overnight"]


def _as_stated(ent: Span, resolved: ResolvedDate | None) -> ResolvedDate | None:
    """The date with the precision a note states after it: "(week of)" 2, "(month of)" 3."""
    if resolved is None or resolved.date is None:
        return resolved
    # the small model sometimes takes the bracket into the date: "15 July 2024 (month of"
    stated = _STATED_PERIOD.search(doc_text(ent.doc)[ent.start_char : ent.end_char + 12])
    if stated is None:
        return resolved
    return replace(resolved, precision=2 if stated[1].lower() == "week" else 3)


# "third this year", "the second such attack this month", "5th this week": an incident's rank in a period
_ORDINAL_WORD = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$"
)


_PERIOD_WORDS = frozenset({"year", "month", "week"})


def _ranks_in_period(ent: Span) -> bool:
    """A period the incident is ranked in ("third this year", "the fourth attack this month"), which counts
    the period's incidents and dates none: an ordinal opens the date, or modifies the noun it hangs on."""
    if _ORDINAL_WORD.match(ent[0].lower_) and len(ent) > 1:
        return True
    if ent[0].lower_ == "the" and len(ent) > 2 and _ORDINAL_WORD.match(ent[1].lower_):
        # "killed in Cauca, the 12th this year": with the article, only a period word makes it a rank ("the
        # 12th of May" is a day)
        return any(t.lower_ in _PERIOD_WORDS for t in ent[2:])
    head = ent.root.head
    return ent.root.dep_ == "npadvmod" and any(
        c.dep_ == "amod" and _ORDINAL_WORD.match(c.lower_) and c.i < ent.start for c in head.children
    )


def _with_day(ent: Span) -> str:
    """The date text with a day number the entity left out: "On or around 3 April 2023" is tagged
    "April 2023" by the small model."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.like_num and before.text.isdigit() and len(before.text) <= 2:
        return f"{before.text} {ent.text}"
    if _habitual_day(ent[0]):
        return f"{before} {ent.text}"  # "every Friday": a habit (vague), not a Friday
    return ent.text


def _habitual_day(token: Token) -> bool:
    """'every Friday', 'each week': the model leaves the quantifier out of the date entity."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in ("every", "each")


def names_day_in(words: WordLists, sent: Span, body_start: int) -> bool:
    """Whether a sentence (after the dateline) names a day, as an entity or a bare weekday."""
    return any(
        e.label_ == "DATE" and e.start_char >= body_start and entity_names_a_day(words, e)
        for e in span_entities(sent)
    ) or any(t.lower_ in words.weekday_words and t.idx >= body_start and not _habitual_day(t) for t in sent)


def entity_names_a_day(words: WordLists, ent: Span) -> bool:
    """'on Friday', 'Tuesday', '12 March': a day, even when no publication date lets us resolve it."""
    if _habitual_day(ent[0]):
        return False
    lowered = [t.lower_.rstrip(".") for t in ent]
    has_month = any(w in MONTHS for w in lowered)
    return any(w in words.weekday_words for w in lowered) or (has_month and any(t.like_num for t in ent))


# a reported incident is at most this many days older than its report, however precise its date
OLD_INCIDENT_DAYS = 365


def _month_before(date: ResolvedDate, anchor: dt.date | None) -> bool:
    """A date known only to its month ('last month', 'in December') in a month before the report's."""
    return (
        anchor is not None
        and date.date is not None
        and date.precision >= 3
        and (date.date.year, date.date.month) < (anchor.year, anchor.month)
    )


def is_background_date(date: ResolvedDate, anchor: dt.date | None) -> bool:
    """Vague periods, and imprecise dates well before publication, are background, not events."""
    if date.kind == DateKind.VAGUE:
        return True
    if date.date is None or anchor is None:
        return False
    age = (anchor - date.date).days
    if age > OLD_INCIDENT_DAYS:
        # "On December 16, 2014, six gunmen stormed the school", in a 2023 story on the verdict: a day told
        # to the day but years before the report is history the story recalls, not the incident it reports
        return True
    if date.precision >= 3:
        return age > 45
    if date.precision == 2:
        return age > 30
    return False


def old_incident_nouns(sent: Span, hits: list[CueHit], anchor: dt.date | None, body_start: int) -> set[str]:
    """Incident nouns a date long before the report modifies: "sentenced two men for facilitating the March
    2022 suicide bombing" names the bombing of March 2022, history in a 2024 story on the verdict."""
    tokens = list(sent)
    nouns = {h.root(tokens) for h in hits if h.category.startswith("t:")}
    found: set[str] = set()
    for noun in nouns:
        if noun.pos_ != "NOUN":
            continue
        for ent in span_entities(sent):
            if not is_date_entity(ent) or ent.start_char < body_start or ent.end > noun.i:
                continue
            if ent.root.head != noun and ent.root.head.head != noun:
                continue
            resolved = resolve_date(_with_day(ent), anchor)
            if resolved is not None and is_background_date(resolved, anchor):
                found.add(noun.lemma_.lower())
    return found


def retells_old_incident(trigger: Token, old_incidents: set[str]) -> bool:
    """'The bombing, claimed by ISKP, killed 63 worshippers': the definite incident noun (the trigger, the
    subject of the trigger verb or of the sentence, or the incident the trigger's dead fell 'in') that an
    earlier sentence dated long before the report is that old incident told again, whatever weekday it names
    ('during Friday prayers')."""
    if not old_incidents:
        return False
    root = trigger.sent.root
    candidates = (
        [trigger]
        + [c for c in (*trigger.children, *root.children) if c.dep_ in ("nsubj", "nsubjpass")]
        # "Parents of the children killed in the attack said ...": the incident the dead fell in
        + [
            c
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for c in p.children
            if c.dep_ == "pobj"
        ]
    )
    return any(
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in old_incidents
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children)
        for noun in candidates
    )


def month_before_lead(mention: EventMention, lead: EventMention) -> bool:
    """An incident dated only by a month before the month of an incident the story told to the day: "In
    December, a suicide bomber killed 23 soldiers" after "Gunmen killed five police officers on Friday" in a
    January report. The story recalls it as background; it was news in its own month."""
    told, day = mention.date, day_of(lead)
    if told is None or told.date is None or told.precision < 3 or day is None:
        return False
    if (told.date.year, told.date.month) < (day.year, day.month):
        return True
    # "Earlier this month, a two-day offensive killed 12" after Thursday's raid: set before it in its month
    earlier = "earlier" in (mention.date_text or "").lower().split()
    return earlier and (told.date.year, told.date.month) == (day.year, day.month)


def day_of(mention: EventMention) -> dt.date | None:
    """The day a mention is told on, when it is told to the day."""
    told = mention.date
    return told.date if told is not None and told.precision == 1 else None


def is_named_march(token: Token) -> bool:
    """'the Aurat March', 'an Azadi March': a march with a name, which the model reads as the month; a
    month takes no article or name before it ('in March', 'last March', '7 March')."""
    month_alone = (
        token.lower_ == "march"
        and token.ent_iob_ == "B"
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )
    return month_alone and any(c.dep_ in ("det", "compound") and not c.like_num for c in token.children)
