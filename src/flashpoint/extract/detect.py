"""Detect reportable event mentions: one per sentence that reports a specific incident.

A sentence is a candidate when it holds a trigger cue (data/event_cues.json) on a verb, or on an event noun
that is itself reported ("a blast killed", "claimed responsibility for the attack"). It is dropped when the
trigger is negated, hypothetical (will/could/threaten/plan), habitual (present tense outside headlines,
"mostly", "often"), a trend or aggregate ("a spate of attacks", "intensified its attacks in recent months",
plural event nouns without a count), or dated vaguely or long before publication ("in 2014",
"August last year"). These are general properties of news language, not of any one article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from flashpoint.extract.cues import CueHit, CueLexicon, WordLists
from flashpoint.extract.fatalities import (
    GRIEVANCE_VERBS,
    TOLL,
    counted_stretch,
    deaths_sentence,
    is_grievance,
    is_tally,
    long_after,
    of_objects,
    tally_sentence,
)
from flashpoint.extract.participants import speakers_of
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
from flashpoint.nlp.model import ACTOR_LABEL, doc_text, span_entities
from flashpoint.nlp.numbers import parse_count
from flashpoint.text.dates import full_dates, leading_day_stamp, leading_full_date


@dataclass
class EventMention:
    """A sentence that reports one incident, with what detection already learned about it."""

    sentence: Span
    trigger: Token
    categories: set[str]
    modifiers: set[str]
    hits: list[CueHit]
    date: ResolvedDate | None = None
    date_text: str | None = None
    claim_subject: Token | None = None
    struck_subject: Token | None = None  # "a FAMa vehicle struck an IED": who ran into the explosive
    unresolved_day: bool = False  # "on Sunday" with no publication date to resolve it: still a specific day
    extra_sentences: list[Span] = field(default_factory=list)

    @property
    def names_a_day(self) -> bool:
        """A date of its own, resolved or not."""
        return (self.date is not None and self.date.date is not None) or self.unresolved_day

    @property
    def spans(self) -> list[Span]:
        return [self.sentence, *self.extra_sentences]


@dataclass
class Detector:
    cues: CueLexicon
    # Texts this short (in sentences) about an accident or crime with no armed actor report no event;
    # set by the pipeline config (detect.short_text_sentences).
    short_text_sentences: int

    def mentions(
        self, doc: Doc, anchor: dt.date | None, *, headline: bool = False, body_start: int = 0
    ) -> Iterator[EventMention]:
        """Candidate event mentions in order; dates are resolved against the previous accepted mention.

        Text before `body_start` (the dateline) is never read as the date of an event.
        """
        previous_date: dt.date | None = None
        sentences = [part for sent in doc.sents for part in _incident_clauses(self.cues, sent)]
        # the second of two incident clauses of one sentence ('..., while in Kisumu police shot dead two')
        second_clauses = {part.start for part in sentences if part.start != part.sent.start}
        hits = [_real_suppressors(self.cues.words, self.cues.scan(sent), list(sent)) for sent in sentences]
        # each sentence is scanned once
        if len(sentences) <= self.short_text_sentences and self._short_text_is_off_topic(sentences, hits):
            return
        last: EventMention | None = None
        dated: EventMention | None = None  # the last mention with a date
        # the date a sentence that reported no incident opened with: "On 11 April 2023, security forces
        # conducted an operation in Datta Khel. 4 militants were killed." dates the killing
        opening: tuple[Span, tuple[str, ResolvedDate] | None] | None = None
        # incident nouns the story dated long ago before it told any incident ("the March 2022 suicide
        # bombing"): "The bombing" later on retells that old incident
        old_incidents: set[str] = set()
        for sent, sent_hits in zip(sentences, hits, strict=True):
            if sent.end_char <= body_start:
                # a dateline that prints the whole date ("Srinagar, 9 May 2024 - Two militants were killed")
                # dates the story's first incident to the day, when that names no day of its own
                printed = full_dates(sent.text)
                opening = (sent, _to_the_day(sent.text, printed[0])) if printed else None
                continue
            if sent.start not in second_clauses and (
                (
                    last is not None
                    and last.sentence.end == sent.start
                    and (
                        is_tally(sent.text)
                        or _note_label(sent.text) in self.cues.words.note_labels
                        or tally_sentence(sent) is not None
                        or deaths_sentence(sent) is not None
                    )
                )
                or (last is not None and _tally_after_detail(last, sent, opening))
            ):
                # a note's tally or detail line: "7 fatalities reported.", "Weapons seized: 1 IED."
                last.extra_sentences.append(sent)
                continue
            if last is not None and _CROWD_SIZE_TAG.fullmatch(sent.text.strip()):
                # ACLED's crowd-size tag closing a note ("[size=around 200]", "[size=no report]") is written
                # on demonstrations only: the event it closes was one
                last.extra_sentences.append(sent)
                last.modifiers.add("crowd_size")
                continue
            if (
                last is not None
                and sent.start not in second_clauses
                and last.sentence.end == sent.start
                and _answers_protest(last, sent, sent_hits)
            ):
                # "protesters gathered in Ayacucho; police dispersed them with tear gas"
                last.extra_sentences.append(sent)
                tokens = list(sent)
                last.modifiers |= {
                    h.category[2:]
                    for h in sent_hits
                    if h.category.startswith("m:") and not _no_force_used(h, tokens)
                }
                if _fired_on_the_crowd(sent_hits, tokens):
                    last.modifiers.add("intervention")  # "police shot dead two protesters": force used
                continue
            mention = self._mention(
                sent,
                sent_hits,
                anchor,
                previous_date,
                headline=headline or _looks_like_headline(sent.sent),
                caption=_is_dated_caption(self.cues.words, sent.sent),
                body_start=body_start,
            )
            if mention is not None and last is not None and _told_before(mention.trigger, self.cues.words):
                mention = None  # "A curfew was reimposed following the attack.": the incident told before
            if mention is not None and last is not None and _death_notice(self.cues.words, mention):
                mention = None  # "Hezbollah announced the deaths of two of its members": the dead of the
                # incident told, in the group's words
            if mention is not None and last is not None and _added_force(self.cues.words, mention):
                mention = None  # "Reinforcements were sent to the area.": the answer to the incident told
            if mention is not None and last is not None and _declared_after_incident(self.cues, mention):
                mention = None  # "The government on Saturday declared a state of emergency in Lima": told
                # after the report's incident, the measure is its background, not the news
            if mention is not None and last is not None and _days_national_toll(sent):
                mention = None  # "Over the past day, Russian attacks killed at least nine people across
                # Ukraine": the day's count over a whole country, after the incidents the story placed
            if mention is not None and mention.categories == {"arrest"} and NATIONWIDE_RE.search(sent.text):
                mention = None  # "87 people had been arrested across the country": a national count of
                # detentions, placed nowhere ACLED could code
            if mention is not None and last is None and _declared_dead_only(mention):
                mention = None  # "..., where doctors declared him dead": the death of someone the story told
                # before, in a background it did not report as news (a verdict's murder)
            if mention is not None and _tallied(self.cues.words, mention.trigger):
                mention = None  # "UNAMA said it had recorded 1,095 civilians killed": a report's tally
            if mention is not None and _placeless_interception_share(self.cues, mention.trigger, sent):
                mention = None  # "the air force said it shot down 12 of 14 drones launched overnight": the
                # share of a night's attack wave stopped, nationwide, no incident ACLED could place
            if mention is not None and _retells_old_incident(mention.trigger, old_incidents):
                mention = None  # "The bombing, claimed by ISKP, killed 63" after "the March 2022 bombing"
            if last is None and mention is None:
                # an old incident the story opens with (a verdict's, an anniversary's), not one it compares
                # a reported incident to ("the deadliest since the 2014 attack")
                old_incidents |= _old_incident_nouns(sent, sent_hits, anchor, body_start)
            if mention is None:
                opening = (sent, _opening_date(sent, anchor, body_start))
                continue
            opened = opening[1] if opening is not None and opening[0].end == sent.start else None
            if opened is None:  # "Mar 4, 2023: Three policemen were killed", the stamp read as a name
                opened = _date_stamp(sent, body_start, anchor)
            if opened is not None and not mention.names_a_day:
                if opened[1] is not None and _is_background_date(opened[1], anchor):
                    # "On December 16, 2014, gunmen stormed the school. The attack prompted ...": the
                    # old day the sentence before opened with makes this one history too
                    opening = None
                    continue
                mention.date_text, mention.date = opened
            opening = None
            if sent.start in second_clauses and not mention.names_a_day:
                # "... on Wednesday, while in Kisumu police shot dead two people": told in the same breath
                # as the incident before it, on its day
                told = last if last is not None and last.names_a_day else dated
                if told is not None:
                    mention.date_text, mention.date = told.date_text, told.date
            if dated is not None and _month_before_lead(mention, dated):
                continue
            if (
                dated is not None
                and not mention.names_a_day
                and (
                    _parallel_elsewhere(mention, dated) or _likened_gathering(self.cues.words, mention, dated)
                )
            ):
                mention.date_text, mention.date = dated.date_text, dated.date
            if mention.date and mention.date.date:
                previous_date = mention.date.date
                dated = mention
            last = mention
            yield mention

    def _short_text_is_off_topic(self, sentences: list[Span], hits: list[list[CueHit]]) -> bool:
        """A snippet about an accident or a crime, with no armed actor anywhere in it, reports no event."""
        if any(_has_named_actor(self.cues, s) for s in sentences):
            return False
        if any(h.category in CROWD_TRIGGERS for sent_hits in hits for h in sent_hits):
            return False  # protests over a police killing: the crime is their cause
        return any(
            _accident_or_crime(
                _without_avenged_mishaps(
                    self.cues.words, _without_grievances(self.cues.words, sent_hits, list(sent)), list(sent)
                )
            )
            or _investigated_killing(self.cues.words, sent_hits, list(sent))
            for sent, sent_hits in zip(sentences, hits, strict=True)
        )

    def _mention(
        self,
        sent: Span,
        hits: list[CueHit],
        anchor: dt.date | None,
        previous_date: dt.date | None,
        *,
        headline: bool,
        caption: bool = False,
        body_start: int,
    ) -> EventMention | None:
        words = self.cues.words
        headline = headline or caption
        tokens = list(sent)
        hits = [
            h
            for h in _without_avenged_mishaps(words, _without_grievances(words, hits, tokens), tokens)
            if not _describes_captives(h, tokens)
            and not _violence_exploded(words, h, tokens)
            and (headline or not _held_captive(h, tokens))
            and not _in_a_criminal_case(words, h, tokens)
            and not _speech_venue(words, h, tokens)
            and not _seizes_no_place(words, h, tokens)
            and not _earlier_capture(h, tokens)
            and not (previous_date is not None and _laid_beforehand(words, h, tokens))
            and not _signature_on_a_thing(h, tokens)
        ]
        hits = _without_earlier_tolls(hits, tokens)
        hits = _without_changed_activities(hits, tokens)
        hits = _without_haul(words, hits, tokens)
        # "mourners attended the funeral, with armed men firing into the air": the shots hit nobody
        in_the_air = _shots_in_the_air(words, hits, tokens)
        hits = [h for h in hits if h.category not in AIR_SHOT_CUES or h.root(tokens).i not in in_the_air]
        marched = {h.root(tokens).i for h in hits if h.category == "t:protest"}
        # "joined a pro-Palestinian march": taking part in a protest, no new member of a group
        hits = [
            h for h in hits if h.category != "t:change_group" or not _joins_a_protest(h.root(tokens), marched)
        ]
        # "attacked a police station with rifles and explosives": the explosives are a gunfight's, no blast
        # (and "with rockets and rifles": no shelling)
        hits = [h for h in hits if h.category not in GUNFIGHT_ITEMS or not _beside_firearms(words, h, tokens)]
        triggers = [h for h in hits if h.category.startswith("t:")]
        modifiers = {
            h.category[2:]
            for h in hits
            if h.category.startswith("m:")
            and not _security_doer(words, h, tokens)
            and not _no_force_used(h, tokens)
            and not _beside_firearms(words, h, tokens)
            and not _set_long_before(words, h.root(tokens))  # "a year after the mosque was bombed"
        }
        if not triggers:
            return None
        if _crowd_attacks(hits, tokens):
            modifiers.add("violence_by_crowd")
        if _crowd_demands(words, tokens):
            modifiers.add("crowd_demand")
        if _baton_charge(hits, tokens):
            modifiers.add("crowd_control")
        strong = [
            h
            for h in triggers
            if h.category[2:] in words.strong_categories
            and (h.phrase not in words.weak_cues or _verb_use(h, words, tokens))
        ]
        weak_ok = [
            h
            for h in triggers
            if h.phrase in words.weak_cues
            and (
                _weak_is_supported(h, triggers)
                or _armed_agent(words, h.root(tokens))
                or _protest_with_cause(h, tokens)
                or _joined(h, tokens)
                # "police dispersed a student march", "charged students with batons at a march": a gathering
                # the police break up or act at was held, as an arrest at it already says
                or ("intervention" in modifiers and _protest_occasion(h, tokens))
                # "youths lit bonfires before police dispersed them with tear gas": a weak crowd-violence cue
                # that the police answer with crowd control is a riot
                or (h.category == "t:riot" and "intervention" in modifiers)
                or (h.category == "t:clash" and between_sides([h.root(tokens)]) is not None)
                or _toll_with_figure(h, sent)
            )
        ]
        # "Fighting erupted late Monday between the 444th Brigade and Rada after Rada detained a commander":
        # the arrest the fighting followed is its cause, and the clash word it supports is the event
        causes = [h for h in strong if h.category == "t:arrest" and _followed_arrest(h.root(tokens))]
        if causes and any(h.category == "t:clash" for h in weak_ok):
            strong = [h for h in strong if h not in causes]
        # "a crowd beat 13 gang members after police stopped the men and seized their weapons": the seizure
        # the main clause's violence followed is its background, and the violence is the event
        # (a cue inside that clause, "after packages containing explosive devices were discovered", is not
        # the main clause's)
        steps = {id(h): _followed_step(h.root(tokens)) for h in strong if h.category == "t:disrupt"}
        before = {t.i for step in steps.values() if step is not None for t in step.subtree}
        if before and any(h.root(tokens).i not in before for h in strong + weak_ok):
            strong = [h for h in strong if steps.get(id(h)) is None]
        # "fighting broke out on Thursday, a day after the army suspended talks": the step taken a day apart
        # is the background of the main clause's incident, which is the event
        aside = [
            h for h in strong if h.category in ASIDE_STEPS and _in_days_apart_clause(words, h.root(tokens))
        ]
        if aside and any(not _in_days_apart_clause(words, h.root(tokens)) for h in weak_ok):
            strong = [h for h in strong if h not in aside]
        # "tribesmen exchanged heavy gunfire, a day after a passenger convoy was ambushed": an incident a day
        # apart is the background of the one the main clause tells with a strong cue of its own
        apart = [h for h in triggers if _in_counted_days_apart_clause(words, h.root(tokens))]
        if apart and any(h not in apart for h in strong):
            strong = [h for h in strong if h not in apart]
            weak_ok = [h for h in weak_ok if h not in apart]
            triggers = [h for h in triggers if h not in apart]
            hits = [h for h in hits if h not in apart]
        acts = frozenset(i for h in hits for i in range(h.start, h.end))
        live = self._live(strong, tokens, sent, headline=headline, caption=caption, acts=acts)
        if not live and strong:
            # "entered the town and did not encounter any resistance", "was shot by gunmen": when no strong
            # cue is the event, a weak one still is if it is its clause's past verb or an armed actor's act
            weak_ok = [
                h
                for h in weak_ok
                if _finite_past(h.root(tokens), headline=headline)
                or _armed_agent(words, h.root(tokens))
                or _joined(h, tokens)  # "joined a march calling for a ceasefire": the ceasefire is a demand
                # "charged students with batons at a march"
                or ("intervention" in modifiers and _protest_occasion(h, tokens))
            ]
        if not live:
            live = self._live(weak_ok, tokens, sent, headline=headline, caption=caption, acts=acts)
        if not live and "intervention" in modifiers:
            # "police charged students with batons at a march": the noun is no reported act of its own, the
            # police act at it is, so the gathering it names was held
            live = [
                (h, h.root(tokens))
                for h in weak_ok
                if _protest_occasion(h, tokens)
                and self._reportable(_occasion_act(h.root(tokens)), sent, headline=headline, acts=acts)
            ]
        if not live:
            return None
        categories = {hit.category[2:] for hit, _ in live}
        # The type also listens to cues that did not open the event: a 'chlorine' bomb, 'mortar' rounds.
        categories |= {
            h.category[2:]
            for h in strong
            if not _negated(h.root(tokens))
            and not _not_this_incident(self.cues, h.root(tokens))
            and not _state_of_a_place(self.cues, h.root(tokens))  # "a soldier of the ousted republic's army"
            and not _did_not_happen(words, h.category[2:], h.root(tokens))
            and not (_present_relative(h.root(tokens)) and not headline)  # "a gang that controls the area"
        }
        # "police detained 20 women who marched to mark Women's Day": the march is heard beside the arrest
        categories |= {h.category[2:] for h in weak_ok if _protest_with_cause(h, tokens)}
        # "security forces fired on worshippers who chanted slogans": what the people acted on were doing
        # makes them a crowd
        categories |= {h.category[2:] for h in weak_ok if _crowd_described(h, tokens)}
        if "arrest" in categories:  # "detained several people during a vigil": arrests at a protest
            categories |= {h.category[2:] for h in weak_ok if _protest_occasion(h, tokens)}
        if "arrest" in categories and "commemoration" in modifiers:
            # "police detained people laying flowers in memory of Navalny": a memorial gathering the police
            # break up is a demonstration met with arrests (ACLED Protest with intervention); the same words
            # without arrests ("the president laid a wreath") open no protest
            categories.add("protest")
        categories |= {
            h.category[2:]
            for h in triggers
            if h.category[2:] in words.weapon_categories and not _not_this_incident(self.cues, h.root(tokens))
        }
        # "tribal fighting near Wapenamanda left 26 men dead", "clan fighting killed 12": a weak clash noun
        # that did the killing makes the deaths a battle's, not an attack on civilians
        categories |= {
            "clash"
            for h in triggers
            if h.category == "t:clash"
            and _fighting_killed(h.root(tokens))
            and not _negated(h.root(tokens))
            and not _not_this_incident(self.cues, h.root(tokens))
        }
        protest_roots = {h.root(tokens).i for h in triggers if h.category == "t:protest"}
        if "protest" in categories and _crowd_removed(words, tokens, protest_roots):
            modifiers.add("intervention")  # "police removed climate activists from the village"
        if any(_attackers_died_in_blast(t) for t in tokens):
            modifiers.add("self_killing")  # "the two attackers died in the blast": they blew themselves up
        disrupted = _intercepted_weapons(self.cues, hits, tokens)
        categories -= disrupted
        modifiers -= disrupted
        protests = [h for h in triggers if h.category == "t:protest"]
        if protests and all(_strike_on_target(h, tokens) for h in protests):
            categories.discard("protest")  # "Israel strikes Hamas targets in Gaza" is no labour strike
        if protests and all(_guard_post(words, h, tokens) or _armed_camp(words, h, tokens) for h in protests):
            # "gunmen attacked a police picket": a guard post, no picket line; "troops raided an NPA
            # encampment": a rebel camp, no protest camp
            categories.discard("protest")
        launched = [h for h in triggers if h.category == "t:change_group"]
        if launched and all(_operation_against_armed(words, h.root(tokens)) for h in launched):
            categories = (categories - {"change_group"}) | {"clash"}  # fought, not only announced
        armed_crowd = protests and all(_done_by_armed_men(words, h, tokens) for h in protests)
        if armed_crowd and categories - {"protest"}:
            categories.discard("protest")  # "militants blocked the highway and attacked a camp": a tactic
        agreements = [h for h in triggers if h.category == "t:agreement"]
        if any(_agreed_withdrawal(h, agreements, tokens) for h in triggers if h.category == "t:transfer"):
            categories.add("transfer")  # "after Armenian forces withdrew under the ceasefire agreement"
        if agreements and categories - {"agreement"} and all(_framework(h.root(tokens)) for h in agreements):
            categories.discard(
                "agreement"
            )  # "handed over under the ceasefire agreement": the deal is a frame
        captures = [h for h in triggers if h.category[2:] in RESULT_CATEGORIES]
        if (
            captures
            and categories - RESULT_CATEGORIES
            and all(_capture_aim(h.root(tokens)) or _goods_taken(self.cues, h, tokens) for h in captures)
        ):
            categories -= RESULT_CATEGORIES
        if categories & {"base", "loot"} and captures and all(_prior_step(h.root(tokens)) for h in captures):
            categories -= RESULT_CATEGORIES  # "set up an office in Lashio after capturing the command",
            # "looted shops after retaking the area": the capture is an earlier event, the office or the
            # looting this one
        arrests = [h for h in triggers if h.category == "t:arrest"]
        if arrests and categories - {"arrest"} and all(_followed_arrest(h.root(tokens)) for h in arrests):
            categories.discard("arrest")  # "set fire to vehicles after the arrest of a leader": the cause
        coups = [h for h in triggers if h.category == "t:coup"]
        if coups and categories - {"coup"} and all(_in_earlier_step(h.root(tokens)) for h in coups):
            categories.discard("coup")  # "placed Bongo under house arrest after announcing they had seized
            # power": the coup is what the arrest followed, the arrest this event
        elif "coup" in categories:
            categories -= {"arrest", "change_group"} | RESULT_CATEGORIES  # "seized power and placed President
            # Bongo under house arrest", "deployed armoured vehicles in a failed coup attempt", "troops took
            # positions in the main square in a coup attempt": the ousted leader held, the troops sent and
            # the ground they hold are parts of the coup (ACLED Other), no arrest, deployment or capture
        detentions = [h for h in triggers if h.category in ("t:arrest", "t:abduct")]
        if (
            detentions
            and protests
            and all(_occasion(h.root(tokens)) or _had_done(h.root(tokens)) for h in protests)
        ):
            categories.discard("protest")  # "arrested 3 student leaders following a protest", "abducted
            # three activists after a protest": people seized after the protest, a later event
        breakdowns = [h for h in hits if h.category == "m:breakdown"]
        if (
            categories <= {"agreement", "change_group"}
            and breakdowns
            and all(_sideless_suspension(h.root(tokens)) for h in breakdowns)
        ):
            return None  # "talks in Jeddah were suspended last week": no side's act, so no actor to code
        suppressed = {h.category[2:] for h in hits if h.category.startswith("s:")}
        if _accident_or_crime(hits) and not _has_named_actor(self.cues, sent):
            return None
        if _routine_exercise(hits, tokens):
            return None
        if "denial" in suppressed and _under_denial(hits, tokens, live):
            return None
        main_hit, root = _main_trigger(live)
        if _declared_state_measure(self.cues, main_hit):
            # "declared a state of emergency in Amhara following clashes with Fano militias", "approved a
            # state of exception to fight gangs", "due to jihadist attacks": the violence is why the measure
            # was taken, the measure is the event (ACLED's change to group/activity)
            categories = {"change_group"}
        # "imposed a curfew after the attacks on Sudanese traders": the known incident it answers is no part
        causes = {h.category[2:] for h in strong if _answered_incident(h.root(tokens), root)}
        categories -= causes - {main_hit.category[2:]}
        if main_hit.category == "t:arrest":
            categories = _without_past_deeds(words, categories, hits, tokens, root)
        if root.lower_ == "death" and root.dep_ == "pobj" and root.head.lower_ == "to":
            root = root.head.head  # "hacked a man to death": the verb holds the sides
        # "On 14 July 2024, the group announced that it had merged with ...": a strategic development is
        # made by its announcement, so the day of the announcement is its day
        announcement = bool(categories) and categories <= ANNOUNCED_CATEGORIES
        date_text, resolved = _sentence_date(
            words,
            sent,
            root,
            anchor,
            previous_date,
            body_start,
            announcement=announcement,
            claimed_capture=_claimed_capture(words, categories, root),
        )
        if resolved is not None and _is_background_date(resolved, anchor):
            return None
        mention = EventMention(sent, root, categories, modifiers, hits, resolved, date_text)
        mention.struck_subject = _struck_subject(words, hits, tokens)
        mention.claim_subject = _claimant(sent)
        mention.unresolved_day = _names_day_in(words, sent, body_start)
        return mention

    def _live(
        self,
        hits: list[CueHit],
        tokens: list[Token],
        sent: Span,
        *,
        headline: bool,
        caption: bool = False,
        acts: frozenset[int] = frozenset(),
    ) -> list[tuple[CueHit, Token]]:
        """The hits whose trigger word is used reportably, with that word; `acts` are the token indices of
        every cue in the sentence (what an attempt tried may be a modifier: 'tried to break into')."""
        rooted = [(hit, hit.root(tokens)) for hit in hits]
        # a night's interception count placed nowhere: none of the sentence's air-war words is an incident
        tally = any(_interception_tally(root) for _, root in rooted)
        return [
            (hit, root)
            for hit, root in rooted
            if not (tally and hit.category in AIR_WAR_CATEGORIES)
            and self._reportable(
                root,
                sent,
                headline=headline,
                caption=caption,
                acts=acts,
                gathering=hit.category == "t:protest",
                measure=hit.category == "t:change_group",
            )
            and not _did_not_happen(self.cues.words, hit.category[2:], root)
            and not _weapon_snatched(self.cues.words, hit, root)
        ]

    def _reportable(
        self,
        root: Token,
        sent: Span,
        *,
        headline: bool,
        caption: bool = False,
        acts: frozenset[int] = frozenset(),
        gathering: bool = False,
        measure: bool = False,
    ) -> bool:
        """False for negated, hypothetical, habitual, generic or trend uses of a trigger; `gathering`: the
        trigger names a protest; `measure`: a change to a group's activity, which an order given makes."""
        words = self.cues.words
        if _negated(root):
            return False
        if _casualties_as_people(root):
            return False
        for child in root.children:  # "no one was hurt", "nobody has been arrested"
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                child.lower_ in ("nobody", "none", "nothing")
                or any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
            ):
                return False
        modal = any(
            child.lower_ in words.modals for child in root.children if child.dep_ in ("aux", "auxpass")
        )
        unreal = modal or _shares_modal(words, root) or _infinitive_under_modal(words, root)
        if unreal and not (measure and _announced_change(self.cues, root)):
            return False
        if (
            _under_irrealis(words, root)
            and not _attempted(words, root, acts)
            and not (measure and _given_order(words, root))
        ):
            return False
        for ancestor in [root, *list(root.ancestors)[:3]]:
            if any(c.dep_ == "mark" and c.lower_ in words.background_marks for c in ancestor.children):
                return False
            if ancestor.dep_ in ("ROOT",) or _circumstance_clause(ancestor):
                break  # "rebels vow a new offensive as rockets kill 30": no vow governs the 'as' clause
        if _not_this_incident(self.cues, root) or _state_of_a_place(self.cues, root):
            return False
        if _spells_out_a_term(words, root):
            return False
        if _opens_a_period(words, root if root.pos_ in ("VERB", "AUX") else _governing_verb(root)):
            return False
        if _tells_a_periods_start(words, root):
            return False
        if self.cues.is_trigger_word("protest", root) and _lodged(words, root):
            return False
        if caption:
            # a photo caption shows its scene: the small model often parses its present-tense verb as a
            # noun ("riot police fire tear gas"), so the parse around the cue says little
            return not _habitual(words, root)
        if root.dep_ == "conj" and not headline and _shares_present(root) and not _dated(words, sent):
            return False  # "bandits, who raid villages, kill residents and kidnap for ransom": what they do
        if root.pos_ in ("NOUN", "PROPN"):
            if root.lemma_.lower() in words.crowd_nouns:
                # "since the strike began, two protesters have died": the crowd's perfect sums a period up
                verb = _governing_verb(root)
                trend = verb.tag_ == "VBN" and _perfect_trend(words, verb)
                return _crowd_is_acting(root, headline=headline) and not trend
            return _noun_trigger_reported(words, root, headline=headline, gathering=gathering)
        if (
            (root.tag_ in ("VBZ", "VBP") or _present_passive(root))
            and not headline
            and not _dated(words, sent)
        ):
            # habitual present ("the TTP mostly targets soldiers", "Nikopol is shelled almost daily");
            # headlines and dated captions ("Riot police fire tear gas ..., Tuesday") use it for the past
            return False
        beside_past = _circumstance_clause(root) and root.head.tag_ == "VBD"
        if root.tag_ in ("VBZ", "VBP") and not headline and beside_past:
            # "Ecuador recorded 4,619 homicides ..., as gangs fight for control of trafficking routes": a
            # present beside a past in running text is what goes on, whatever day the sentence names
            return False
        if _present_estimate(root) and not headline:
            return False  # "Gangs are estimated to control about 80% of Port-au-Prince": a standing state
        if _present_relative(root) and not headline:
            return False  # "gunmen from a gang that controls parts of the area opened fire on Sunday": what
            # the noun is, not the dated incident the main clause tells
        if root.dep_ == "relcl" and _present_progressive(root) and not headline and not _dated(words, sent):
            # "in Guerrero, where the CJNG and the Sinaloa Cartel are fighting for control": a relative clause
            # describing a place or group by what goes on there (a main clause's "police are conducting raids"
            # reports the operation under way)
            return False
        claimed = root.dep_ == "pcomp" and root.head.head.lemma_.lower() in words.report_governors
        # a gerund as a thing ("successful in eliminating leaders"), unless claimed or the subject of a fight
        # between two named sides ("fighting broke out between the army and the RSF")
        sided = root.dep_ == "nsubj" and between_sides([root]) is not None
        # "..., with both sides signing an agreement": a gerund with its own subject after "with" tells what
        # happened
        absolute = root.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in root.children)
        # a gerund joined by 'and' to a subject gerund is a subject too ("sniping and shelling continue to
        # claim lives": things that go on, not an incident)
        subject_conj = (
            root.dep_ == "conj" and root.head.tag_ == "VBG" and root.head.dep_ in ("csubj", "nsubj")
        )
        gerund_dep = root.head.dep_ if subject_conj else root.dep_
        if (
            root.tag_ == "VBG"
            and gerund_dep in ("pcomp", "pobj", "csubj", "nsubj")
            and not (claimed or sided or absolute)
        ):
            return False
        if root.tag_ in ("VBN",) and _perfect_trend(words, root, trigger=True):
            return False
        perfect_told = root.dep_ in ("xcomp", "ccomp") and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in root.children
        )
        if perfect_told and root.head.tag_ == "VBN" and _perfect_trend(words, root.head):
            # "have repeatedly claimed to have targeted American warships": what a perfect summing up a
            # period says was done is of that period too ("have repeatedly been told to surrender" tells
            # no deed)
            return False
        if _periods_toll(words, root):
            return False
        if _FIRST_PART_OF_PERIOD.search(root.sent.text):
            return False  # "killed or injured more than 600 civilians in the first ten months of this year"
        if _in_summed_incidents(self.cues, root):
            return False
        if _aim_of_habit(words, root):
            return False
        return not _habitual(words, root)


# categories that name a result, which an attempt does not have: taking a place
RESULT_CATEGORIES = frozenset({"territory_gain", "territory_regain"})
# the dependencies that stay inside one noun phrase ("the air strikes carried out by the warplanes")
NOUN_PHRASE_DEPS = frozenset(
    {"compound", "amod", "pobj", "prep", "agent", "acl", "nmod", "appos", "conj", "dobj"}
)


# the cues a shot into the air raises that make it an attack, a fight or a dispersal
AIR_SHOT_CUES = frozenset({"t:attack", "t:clash", "m:intervention", "m:warning_fire", "m:lethal_force"})
# state forces, whose shots into the air disperse a crowd (an intervention) wherever they are fired
STATE_SHOOTERS = frozenset({"soldier", "policeman", "officer", "gendarme", "guard", "personnel"})


def _shots_in_the_air(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> set[int]:
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


def _added_force(words: WordLists, mention: EventMention) -> bool:
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


def _not_this_incident(cues: CueLexicon, token: Token) -> bool:
    """A cue word that names an earlier incident, or a crowd that is no demonstration ("a gathering of
    soldiers was attacked")."""
    return (
        _earlier_incident(cues.words, token)
        or _protest_grievance(cues, token)
        or _crowd_of_armed_men(cues, token)
        or _future_incident(cues.words, token)
        or _private_gathering(cues, token)
        or _waiting_crowd(cues, token)
        or _rumoured(cues.words, token)
    )


def _rumoured(words: WordLists, token: Token) -> bool:
    """A deed told in what a rumour or accusation says ('after rumours that he had kidnapped a child'):
    what a crowd believed, no incident of its own."""
    return token.dep_ in ("acl", "ccomp") and token.head.lemma_.lower() in words.rumour_nouns


def _waiting_crowd(cues: CueLexicon, token: Token) -> bool:
    """'Parents gathered at the campus gate waiting for news of their children': people who gather to wait
    hold no demonstration."""
    return cues.is_trigger_word("protest", token) and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in cues.words.waiting_verbs for c in token.children
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


def _protest_grievance(cues: CueLexicon, token: Token) -> bool:
    """A cue inside what a demonstration is against ('staged a demonstration against the killing of a young
    man in a fake encounter'): the grievance, however deep in its noun phrase, happened before the protest."""
    for noun in [token, *token.ancestors]:
        if noun.dep_ not in NOUN_PHRASE_DEPS:
            return False
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in PROTEST_CAUSE_PREPOSITIONS and noun is not token:
            protested = prep.head  # "protested against", "a protest against", "staged a protest against"
            held = [c for c in protested.children if c.dep_ in ("dobj", "nsubjpass")]
            return any(cues.is_trigger_word("protest", t) for t in [protested, *held])
    return False


def _private_gathering(cues: CueLexicon, token: Token) -> bool:
    """A gathering said to be private or of a family ('arrested 78 activists at a private gathering'): people
    met, no one demonstrated; so does one told in a clause on a private place ('arrested 41 activists at a
    private home where they had gathered for a meeting')."""
    holders = [token]
    if token.dep_ == "relcl":  # the place the clause is on, or the noun whose place it names ('a home in X')
        holders.append(token.head)
        if token.head.dep_ == "pobj" and token.head.head.dep_ == "prep":
            holders.append(token.head.head.head)
    return cues.is_trigger_word("protest", token) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in cues.words.private_modifiers
        for holder in holders
        for c in holder.children
    )


def _future_incident(words: WordLists, token: Token) -> bool:
    """An event noun said to be planned or upcoming ("deployed riot officers ahead of planned opposition
    protests", "detained 5 activists ahead of an unsanctioned rally", "arrested party leaders prior to a
    youth rally"): it has not happened."""
    if token.pos_ in ("VERB", "AUX"):  # a frame's verb: "announced a blockade from Thursday"
        return any(c.dep_ == "dobj" and _announced_to_start(words, c) for c in token.children)
    if token.pos_ != "NOUN":
        return False
    awaited = (
        token.dep_ == "pobj"
        and token.head.lower_ in ("of", "to")
        and token.head.head.lower_ in ("ahead", "prior")
    )
    return (
        awaited
        or any(c.dep_ == "amod" and c.lower_ in words.future_modifiers for c in token.children)
        or _subject_of_modal(words, token)
        or _announced_to_start(words, token)
    )


def _announced_to_start(words: WordLists, noun: Token) -> bool:
    """'The BNP has announced a three-day blockade from Thursday', 'called a strike starting Monday': an
    event noun announced to begin on a named day is a plan, not held (a weekday there is the next one)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in words.announcing_verbs:
        return False
    for word in (*noun.children, *noun.head.children):
        if word.lower_ not in ("from", "starting", "beginning"):
            continue
        if any(t.lower_ in words.weekday_words or t.lower_ == "tomorrow" for t in word.subtree):
            return True
    return False


def _subject_of_modal(words: WordLists, noun: Token) -> bool:
    """An event noun whose verb is under a modal ('another rally would be held on Friday', 'the march will
    take place on Sunday'): announced, not held. A modal perfect ('the attack could have been carried out by
    IS') guesses at a past incident, which did happen."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    auxiliaries = [c for c in noun.head.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in words.modals for c in auxiliaries) and not any(
        c.lemma_.lower() == "have" for c in auxiliaries
    )


def _earlier_incident(words: WordLists, token: Token) -> bool:
    """An event noun that names another, earlier incident as background or sums a period up: 'near the
    scene of a 2017 chemical attack', 'talks started despite the air strikes', 'a deal ending eight weeks of
    fighting', 'after a series of attacks'."""
    if _period_of(words, token) or _likened_undated(words, token):
        return True
    since = token.head.head if token.dep_ == "relcl" and token.head.dep_ == "pobj" else None
    if since is not None and since.lower_ == "since" and not _since_today(words, since):
        return True  # "protests every Friday since September 30, when forces killed dozens": a period's start
    for noun in [token, *token.ancestors]:
        if noun.dep_ not in NOUN_PHRASE_DEPS:
            return _days_apart(words, noun) if noun is not token else _set_long_before(words, noun)
        if noun.pos_ not in ("NOUN", "PROPN") and noun.tag_ != "VBG":
            continue
        if any(c.ent_type_ == "DATE" and c.shape_ == "dddd" for c in noun.children):
            return True  # "the 2017 attack"
        if (
            noun is token
            and noun.tag_ == "NNS"
            and any(c.dep_ == "det" and c.lower_ in ("these", "those", "such") for c in noun.children)
        ):
            return True  # "were killed in these attacks": the ones a report counted, summed up
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in words.concessive_preps:
            return True
        if noun is token and _set_long_before(words, noun):
            return True  # "restored ties two decades after the massacre", "two years after a bombing killed"
        # the cue itself, or a prepositional cue on it ("the death in custody")
        own = noun.i == token.i or (token.pos_ == "ADP" and token.head.i == noun.i)
        if own and noun.dep_ == "pobj" and head.lower_ == "since" and not _since_today(words, head):
            return True  # "shaken by protests since the death in custody of a woman": a period's start
        answered = head.lower_ in ("for", "to") and head.head.lemma_.lower() in words.answer_nouns
        if noun.dep_ == "pobj" and answered:
            return True  # "attacked border posts in retaliation for the air strikes"
        if noun is token and noun.dep_ == "dobj" and head.lemma_.lower() in words.fleeing_verbs:
            return True  # "looted the houses of residents after they fled clashes"
        period = head.head.lemma_.lower()
        if (
            noun.dep_ == "pobj"
            and head.lower_ == "of"
            and (period in words.duration_nouns or period in words.trend_nouns)
        ):
            return True  # "after eight weeks of fighting", "following a series of attacks": summed up
    return False


def _likened_undated(words: WordLists, token: Token) -> bool:
    """'Residents held a similar protest last month': an event noun likened to the incident told names
    another one of its kind; with no day named in the sentence it is background ('In a similar attack on
    Tuesday, ...' names a day and stays an incident)."""
    # the small model hangs a fronted comparative on a noun as an adverb ("Earlier protests this month left
    # 20 dead"); on a verb it dates the clause ("Earlier in the evening, militants had abducted ...")
    fronted = token.pos_ in ("NOUN", "PROPN")
    if not any(
        (c.dep_ == "amod" or (fronted and c.dep_ == "advmod" and c.i < token.i))
        and c.lower_ in words.likeness_words
        for c in token.children
    ):
        return False
    if _held_elsewhere(token):
        return False
    return not any(_is_date_entity(ent) and _names_a_day(words, ent) for ent in span_entities(token.sent))


# verbs a gathering is held by ("a similar sit-in was held in Gwadar", "staged a similar protest in Lahore")
HOLDING_VERBS = frozenset({"hold", "stage"})


def _held_elsewhere(noun: Token) -> bool:
    """'A similar sit-in was held in Gwadar': one gathering likened to the one told, held at a named place in
    a sentence with no time at all, is the same day's in another town (ACLED codes one event per town); a
    time makes it another day's ('a similar protest last month')."""
    verb = noun.head
    singular = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if not singular or noun.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in HOLDING_VERBS:
        return False
    # how long something lasted ("for several hours") is no time of it
    timed = any(
        ent.label_ in ("DATE", "TIME") and ent.root.head.lower_ != "for" for ent in span_entities(noun.sent)
    )
    return _placed(verb) and not timed


def _period_of(words: WordLists, token: Token) -> bool:
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


def _days_apart(words: WordLists, verb: Token) -> bool:
    """A clause set a stretch of time before or after the main one ('detained an activist days after she
    took part in a protest', 'a week before he joined the march'): its incident is of another day. The
    stretch is read off the word before the subordinator, wherever the small model hangs it."""
    marks = _after_or_before(verb)
    return any(m.i > 0 and m.doc[m.i - 1].lemma_.lower() in words.duration_nouns for m in marks)


def _after_or_before(verb: Token) -> list[Token]:
    """The 'after' or 'before' that subordinates the verb's clause: its marker ('a day after the army took
    the town'), or the preposition a gerund is the object of ('a day after taking control of the city')."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before"):
        marks.append(verb.head)
    return marks


# strategic steps that a clause set a day or more apart only dates an incident by
ASIDE_STEPS = frozenset({"t:agreement", "t:change_group", "t:arrest", "t:transfer", "t:base"})


def _in_days_apart_clause(words: WordLists, token: Token) -> bool:
    """A cue in a clause set a stretch of time before or after the main one ('a day after the army
    suspended talks'), as a verb or as a noun it governs."""
    return _days_apart(words, token if token.pos_ in ("VERB", "AUX") else _governing_verb(token))


def _in_counted_days_apart_clause(words: WordLists, token: Token) -> bool:
    """A cue in a clause set a counted stretch apart ('a day after', 'two days before', 'hours after'), not
    one after a time of day ('on Thursday night after crowds gathered' is the same evening)."""
    verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token)
    return _days_apart(words, verb) and any(
        m.i > 0 and counted_stretch(m.doc[m.i - 1]) for m in _after_or_before(verb)
    )


def _set_long_before(words: WordLists, token: Token) -> bool:
    """A verb or noun the sentence sets long before its news: 'a year after the mosque was bombed', 'two
    decades after the massacre'."""
    step = token
    while not long_after(step, words.long_ago_nouns):
        if step.dep_ in CLAUSE_DEPS or step.head == step:
            return False  # up to the verb of its own clause, and no further
        step = step.head
    return True


def _answered_incident(noun: Token, verb: Token) -> bool:
    """An incident named as known ('the attacks', 'these clashes') or as a bare plural ('attacks by gunmen')
    after which `verb` was done: 'imposed a curfew after the attacks', 'following attacks by gunmen'; a
    counted one ('after two attacks') is told here."""
    known = any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in noun.children
    )
    bare_plural = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)
    prep = noun.head
    return (
        (known or bare_plural)
        and noun.dep_ == "pobj"
        and prep.lower_ in ("after", "following")
        and prep.head == verb
    )


def _without_changed_activities(hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """'announced they would extend their attacks to ships in the Indian Ocean': the attacks a change to a
    group's activity (a verb + object frame) widens or shifts are the activity changed, no incident."""
    changers = {h.start for h in hits if h.category == "t:change_group" and "+" in h.phrase}
    if not changers:
        return hits
    return [
        h
        for h in hits
        if h.category == "t:change_group"
        or not h.category.startswith("t:")
        or not (
            (root := h.root(tokens)).pos_ == "NOUN"
            and root.dep_ in ("dobj", "obj")
            and root.head.i in changers
        )
    ]


def _object_of(noun: Token, verbs: set[int]) -> bool:
    """A noun that is the direct object of one of the verbs (token indices)."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj") and noun.head.i in verbs


def _announced_change(cues: CueLexicon, verb: Token) -> bool:
    """'the Houthis announced they would extend their attacks to ships in the Indian Ocean': a group's widened
    or shifted operations (frame 'widen_operations') that it announced, with 'would' or 'will', are made by
    the announcement (ACLED codes the change on the announcement's day); a measure announced for later ('he
    will extend the night-time curfew', a threat to PLOVER) is taken when it is, and a wish or a threat said
    ('said it would retaliate') is no announcement."""
    _, verbs, objects = cues.frames["widen_operations"]
    widened = verb.lemma_.lower() in verbs and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in objects for c in verb.children
    )
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    head = verb.head
    return (
        widened
        and verb.dep_ == "ccomp"
        and head.lemma_.lower() in ("announce", "declare")
        and head.tag_ == "VBD"
        and any(c.lower_ in ("would", "will", "'ll") for c in verb.children if c.dep_ == "aux")
    )


def _shares_modal(words: WordLists, verb: Token) -> bool:
    """'said it would extend the curfew and deploy more troops': a bare verb joined by 'and' to a modal one,
    with no subject or auxiliary of its own, is under the same modal (a past 'and deployed' is told as
    done). An alternative ('They must all leave or die', a report title UCDP cites for killings) is left as
    it was read: on the dev gold every such 'or' stood for events the report told."""
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            return False
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.head.children):
            return False
        verb = verb.head
        if any(c.lower_ in words.modals for c in verb.children if c.dep_ in ("aux", "auxpass")):
            return True
    return False


def _infinitive_under_modal(words: WordLists, verb: Token) -> bool:
    """'said the government would continue with the offensive to liberate the remaining areas', 'will launch
    a push to retake the town': a to-infinitive that a modal verb governs, or that the aim of a noun it takes
    spells out, is as unreal as that verb (a plan, no area liberated)."""
    if not _infinitive(verb) or verb.dep_ not in ("xcomp", "advcl", "acl", "relcl"):
        return False
    head = verb.head
    # "will launch a new push to retake the town": the aim of a noun the modal verb takes
    while (head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj")) or head.dep_ == "prep":
        head = head.head
    return head.pos_ in ("VERB", "AUX") and any(
        c.lower_ in words.modals for c in head.children if c.dep_ in ("aux", "auxpass")
    )


def _shares_present(token: Token) -> bool:
    """A conjunct with no subject or auxiliary of its own whose chain of conjuncts goes back to the present
    tense verb of a relative clause ('bandits, who raid villages, kill residents and kidnap for ransom'):
    what a group does, as that verb says. A present main clause is left as read: Syrian monitors' titles
    tell the day's news in it ('the Front begins attacks and regain areas it lost')."""
    while token.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children
    ):
        token = token.head
        if token.tag_ in ("VBZ", "VBP") and token.pos_ == "VERB":
            return token.dep_ == "relcl"
    return False


def _death_notice(words: WordLists, mention: EventMention) -> bool:
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


def _told_before(noun: Token, words: WordLists) -> bool:
    """What a later sentence names of an incident already told: its burial place ("The victims were buried
    in a mass grave in the village") or the incident itself after "after" or "following" ("A curfew was
    reimposed in two districts following the attack")."""
    return _burial_place(noun) or _refers_back(noun) or _commented_on(words, noun) or _known_dead(noun)


def _tallied(words: WordLists, trigger: Token) -> bool:
    """'UNAMA said it had recorded 1,095 civilians killed', 'the monitor has documented 300 killings': a
    counted victim or event noun that a tally verb (`tally_verbs`) takes in the perfect sums up a report's
    period, no incident of its own."""
    noun = trigger.head if trigger.dep_ in ("acl", "amod") else trigger
    if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in words.tally_verbs:
        return False
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return counted and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in noun.head.children)


# prepositions that place what a sentence tells ("shot down 20 of 25 drones over Kyiv")
_PLACING_PREPOSITIONS = frozenset({"over", "in", "near", "above", "around", "at", "outside"})


def _placeless_interception_share(cues: CueLexicon, trigger: Token, sent: Span) -> bool:
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


def _feared_dead(root: Token, head: Token) -> bool:
    """'10 feared killed', 'many feared dead': news reports uncertain deaths this way; 'residents fear
    attacks' stays a fear."""
    return head.lemma_.lower() == "fear" and head.tag_ in ("VBN", "VBD") and root.lower_ in ("killed", "dead")


CIRCUMSTANCE_MARKS = frozenset({"as", "after", "while", "when"})


def _circumstance_clause(verb: Token) -> bool:
    """A clause that tells what happened meanwhile or before ('as rockets kill 30', 'after gunmen shot at a
    plane'): its event is reported in its own right, not hoped for or feared by the main clause."""
    marks = (c.lower_ for c in verb.children if c.dep_ == "mark")
    return verb.dep_ == "advcl" and any(mark in CIRCUMSTANCE_MARKS for mark in marks)


def _lodged(words: WordLists, protest: Token) -> bool:
    """'Pakistan lodges (a strong) protest with India': a government's note, not a demonstration (the small
    model often tags 'lodges' a noun and 'protest' a verb: the words before it are read, not the parse)."""
    before = protest.doc[max(protest.sent.start, protest.i - 3) : protest.i]
    return any(t.lemma_.lower() in words.diplomatic_verbs for t in before)


def _state_of_a_place(cues: CueLexicon, token: Token) -> bool:
    """'the occupied city', 'the captured town': a territory participle describing a place is its state;
    so is 'held' ('the last major city still held by the army': who controls it, no one detained)."""
    if token.lower_ == "held" and token.dep_ in ("acl", "amod") and token.head.i < token.i:
        place = token.head
        return place.ent_type_ in ("GPE", "LOC", "FAC") or place.lower_ in cues.words.place_targets
    if _occupied_region_name(token):
        return True
    if token.dep_ != "amod" or token.tag_ not in ("VBN", "JJ"):
        return False
    return cues.is_trigger_word("territory_gain", token) or cues.is_trigger_word("territory_regain", token)


def _occupied_region_name(token: Token) -> bool:
    """'in Pakistan occupied Kashmir', 'from Indian occupied Kashmir': a region named by who holds it, written
    without its hyphen (as in texts stripped of punctuation), which the small model reads as a clause in which
    the country occupies the place: no capture. The name stands after a preposition, between two capitalised
    words."""
    i = token.i
    doc = token.doc
    if token.lower_ != "occupied" or i < 2 or i + 1 >= len(doc):
        return False
    holder, after = doc[i - 1], doc[i + 1]
    return (
        doc[i - 2].pos_ == "ADP"
        and holder.text[:1].isupper()
        and holder.pos_ in ("PROPN", "ADJ")
        and after.text[:1].isupper()
        and after.pos_ == "PROPN"
    )


def _crowd_of_armed_men(cues: CueLexicon, noun: Token) -> bool:
    """'a gathering of soldiers': a crowd noun whose members are armed men, not demonstrators."""
    words = cues.words
    if noun.lemma_.lower() not in words.crowd_nouns and not cues.is_trigger_word("protest", noun):
        return False
    return any(
        prep.lower_ == "of" and any(p.lemma_.lower() in words.armed_nouns for p in prep.children)
        for prep in noun.children
        if prep.dep_ == "prep"
    )


def _governing_verb(noun: Token) -> Token:
    """The verb a noun hangs on, through the nouns and prepositions between."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb


def _crowd_is_acting(noun: Token, *, headline: bool) -> bool:
    """'protesters marched', 'police dispersed protesters': a crowd noun tied to a reported (past) action."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if any(child.dep_ == "neg" for child in verb.children):
        return False
    if verb.tag_ == "VB" and verb.dep_ == "xcomp":
        verb = verb.head  # "police managed to halt a rally"
    return verb.tag_ in ("VBD", "VBN") or (headline and verb.tag_ in ("VBZ", "VBP", "VBG"))


def _present_estimate(verb: Token) -> bool:
    """'are estimated to control', 'is believed to hold': a bare infinitive under a present passive tells what
    is held true now, a state ('are believed to have killed' tells a past deed, and keeps its 'have')."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp" or any(c.lower_ == "have" for c in verb.children):
        return False
    head = verb.head
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in head.children)


def _present_relative(verb: Token) -> bool:
    """'a gang that controls parts of the area', 'the group, which holds the town': a present-tense
    relative clause says what its noun is or does as a rule, even in a sentence that names the day of the
    incident its main clause tells."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP")


def _present_progressive(verb: Token) -> bool:
    """'are fighting', 'is attacking': a present 'be' is the verb's own auxiliary (not 'were fighting', not
    'have been fighting')."""
    return any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _dated(words: WordLists, sent: Span) -> bool:
    """A sentence that names a specific day (a weekday or a calendar date); a year alone names none ('the
    war that Russia began in February 2022')."""
    return any(
        e.label_ == "DATE"
        and any(t.lower_ in words.weekday_words or (t.like_num and not _a_year(t)) for t in e)
        for e in span_entities(sent)
    )


def _a_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit()


def _verb_read_as_noun(words: WordLists, noun: Token) -> bool:
    """A headline's verb the small model read as a noun modifying its object: 'Boko Haram raid villages',
    'gunmen torch Nigeria villages'. An armed subject stands right before it and a place after it (so 'Boko
    Haram attack victims' stays a noun phrase)."""
    if noun.dep_ not in ("compound", "nmod") or noun.head.i < noun.i or noun.i == 0:
        return False
    subject = noun.doc[noun.i - 1]
    armed = subject.ent_type_ == ACTOR_LABEL or subject.lemma_.lower() in words.armed_sides
    target = noun.head
    place = target.ent_type_ in ("GPE", "LOC", "FAC") or target.lower_ in words.place_targets
    return armed and place


def _in_a_name(word: Token) -> bool:
    """'a No Kings rally', 'the No Border camp': a capitalised word inside a sentence before another is part
    of a name, not a determiner that denies the event."""
    return word.is_title and word.i > word.sent.start and word.i + 1 < len(word.doc) and word.nbor(1).is_title


# verbs of one thing becoming another, whose "into" names what it became ("turned into armed clashes")
TURNING_VERBS = frozenset({"turn", "escalate", "spiral", "degenerate", "descend", "erupt", "devolve"})


def _noun_trigger_reported(words: WordLists, noun: Token, *, headline: bool, gathering: bool = False) -> bool:
    """An event noun is an event only when it is a specific, reported occurrence.

    'a blast killed', 'rallies were held', 'staged a protest', 'claimed responsibility for the attack' are;
    'a spate of attacks', 'attacks have intensified', 'no attacks', 'US air strikes were successful' are not.
    `gathering`: the noun names a protest, which a perfect with a place tells as it goes on ('activists have
    staged rallies in Gaza'), where 'militants have carried out attacks in Bannu' sums incidents up.
    """
    plural = noun.tag_ in ("NNS", "NNPS")
    has_count = any(c.dep_ == "nummod" for c in noun.children)
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss") and not _in_a_name(c)}
    if determiners & {"no", "any", "every", "each", "such"}:
        return False
    if any(t.lower_ in words.trend_nouns for t in [noun.head, *noun.children]):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in words.trend_nouns:
        return False
    verb = head
    if headline and _verb_read_as_noun(words, noun):
        return True
    if noun.dep_ in ("compound", "amod") and head.lemma_.lower() in words.organiser_nouns:
        return False  # "protest leaders said they would travel to Lima": who lead it, no incident
    if noun.dep_ in ("compound", "amod") and head.pos_ == "NOUN":  # "a protest march", "suicide attack"
        return _noun_trigger_reported(words, head, headline=headline) if head.dep_ != noun.dep_ else False
    toll_update = noun.lemma_.lower() == "toll" and noun.dep_ == "nsubj"
    if verb.lemma_.lower() in words.trend_verbs and not toll_update:
        return False  # "attacks rose"; but "the death toll rose to 15" updates one incident's count
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    ongoing = gathering and perfect and _placed(verb) and not _perfect_trend(words, verb)
    generic = plural and not has_count and (perfect or (verb.tag_ in ("VBZ", "VBP") and not headline))
    if generic and not ongoing:
        return False
    if noun.dep_ == "nsubj" and not (plural or determiners or has_count or headline) and _characterised(verb):
        return False  # "Kidnapping for ransom has become a booming industry": the crime in general
    # subject of a reported verb: "a blast killed", "clashes erupted", "rallies were held"
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        return verb.tag_ in ("VBD", "VBN") or (headline and verb.tag_ in ("VBZ", "VBP", "VBG"))
    if noun.dep_ == "pobj" and head.lower_ in ("to", "in") and head.head.lemma_.lower() in RESULT_VERBS:
        # "surrounded the militants, leading to an exchange of fire", "the raid resulted in a gunfight": what
        # a reported incident led to happened too
        governor = head.head
        return governor.tag_ in ("VBD", "VBN") or _participle_of_past(governor) or headline
    if noun.dep_ == "pobj" and head.lower_ in ("from", "in", "of") and head.head.lemma_.lower() == "toll":
        # "Toll from Peshawar church bomb rises to 81": the subject of the update is the toll of one incident
        toll = head.head
        update = toll.head
        reported = update.tag_ in ("VBD", "VBN") or (headline and update.tag_ in ("VBZ", "VBP"))
        return toll.dep_ == "nsubj" and update.pos_ in ("VERB", "AUX") and reported
    # "claimed responsibility for the killing of ...", "killed in an attack", "injured in the blast"
    if noun.dep_ == "pobj" and head.lower_ in ("for", "in", "during", "after", "by", "following", "of"):
        governor = head.head
        # "police reported 10 deaths in clashes": a counted toll makes the plural incidents specific
        counted_toll = False
        if governor.lemma_.lower() in words.casualty_nouns and governor.dep_ in ("dobj", "nsubjpass"):
            counted_toll = any(c.dep_ == "nummod" for c in governor.children)
            governor = governor.head  # "sustained injuries in a roadside blast": the verb of the injuries
        if governor.tag_ == "VBN" and _perfect_trend(words, governor):
            return False  # "more than 40 people have died in clashes since December": a period's toll
        if governor.lemma_.lower() in words.report_governors:
            return True
        if (
            headline
            and governor.pos_ in ("NOUN", "PROPN")
            and (governor.dep_ == "ROOT" or governor.lemma_.lower() in words.casualty_nouns)
        ):
            return True  # verbless headlines: "Casualties in clashes at Homs", "3 martyrs in raids on X"
        reported = governor.tag_ in ("VBD", "VBN") or (headline and governor.tag_ in ("VBZ", "VBP"))
        return reported and not (plural and not has_count and not counted_toll)
    if headline and noun.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.dep_ != "conj":
        # "Clashes in Hama and raids on Idlib", "11 casualties ... and airstrikes target al-Bab": the first
        # conjunct's reading holds for the rest
        return head.dep_ == "ROOT" or _noun_trigger_reported(words, head, headline=headline)
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "with"
        and head.head.lemma_.lower() in ANSWERING_VERBS
        and not gathering
    ):
        # "the calls were ignored and instead met with explosions of crude bombs", "militants responded with
        # an attack on the post": what a side answered with happened (not a protest: "the decision was met
        # with protests" sums up reactions)
        governor = head.head
        return governor.tag_ in ("VBD", "VBN") or headline
    if noun.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_.lower() in TURNING_VERBS:
        # "a land dispute between two tribes turned into armed clashes": what the dispute became happened
        return head.head.tag_ in ("VBD", "VBN") or headline
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come":
        # "a patrol came under fire from militants": an attack told from its target, when a side is armed
        # ("the government came under fire from the opposition" is criticism)
        governor = head.head
        reported = governor.tag_ in ("VBD", "VBN") or (headline and governor.tag_ in ("VBZ", "VBP"))
        return reported and _armed_side_of_come_under(words, governor, noun)
    if noun.lower_ == "death" and noun.dep_ == "pobj" and head.lower_ == "to":  # "hacked a man to death"
        governor = head.head
        return governor.tag_ in ("VBD", "VBN") or (headline and governor.tag_ in ("VBZ", "VBP"))
    if noun.dep_ == "xcomp" and verb.lemma_.lower() in words.report_governors:
        return True  # "Taliban claim killing of journalist"
    if noun.dep_ == "dobj" and verb.tag_ == "VBN" and _perfect_trend(words, verb):
        return False  # "Hezbollah has exchanged near-daily fire with Israel since October 8": a period
    if noun.dep_ in ("dobj", "attr", "oprd", "xcomp"):  # xcomp: a misparsed object ("escapes bid on life")
        outer = _misparsed_compound_head(verb)
        if outer is not None:  # "carried out a drive-by shooting attack": the whole phrase is the object
            return _noun_trigger_reported(words, outer, headline=headline)
        if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.tag_ in ("VBD", "VBN"):
            return True  # "agreed to resume the talks", "managed to storm the camp" (irrealis heads filtered)
        if _participle_of_past(verb):
            return True  # "charged a camp, inflicting casualties": the participle shares the past of its verb
        return verb.tag_ in ("VBD", "VBN") or (headline and verb.tag_ in ("VBZ", "VBP"))
    return headline and noun.dep_ in ("ROOT", "nsubj", "appos")


COPULAS = frozenset({"be", "become", "remain"})
# verbs that take, through 'to' or 'in', what an incident turned into ("leading to a gunfight")
RESULT_VERBS = frozenset({"lead", "result"})
# verbs that take, through 'with', the act a side answered with ("met with explosions of crude bombs")
ANSWERING_VERBS = frozenset({"meet", "respond", "retaliate", "react", "answer"})


def _characterised(verb: Token) -> bool:
    """A copula with a noun or adjective after it ('has become the fastest-growing industry', 'remains
    rampant'): it says what its subject is, which with a bare singular event noun is that kind of deed in
    general."""
    if verb.lemma_.lower() not in COPULAS or verb.ent_type_:
        return False  # "Iraqi forces battle IS jihadists": the group's name read as 'is'
    return any(c.dep_ in ("attr", "acomp") for c in verb.children)


def _armed_side_of_come_under(words: WordLists, come: Token, attack: Token) -> bool:
    """Who 'came under' the attack (the subject) or whom it came from ('from TTP militants', 'by a group of
    militants') is armed: an actor, an armed noun or a force noun, or one of them modifying it ('a police
    patrol')."""
    sides = [c for c in come.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "soldiers patrolling a road came under fire": the small model makes the participle the subject
    sides += [g for c in come.children if c.dep_ == "csubj" for g in c.children if g.dep_ == "nsubj"]
    # whom it came from: "came under fire from TTP militants", "came under a gun attack by militants"
    sides += [g for h in (come, attack) for c in h.children if c.lower_ in ("from", "by") for g in c.children]
    # "by a group of militants": the group's members
    members = [g for d in sides for c in d.children if c.lower_ == "of" for g in c.children]
    sides += [g for g in members if g.dep_ == "pobj"]
    named = [t for d in sides for t in (d, *(c for c in d.children if c.dep_ in ("amod", "compound")))]
    # "came under fire from armed men": the men are armed by the word that says so
    return any(t.ent_type_ == "ACTOR" or t.lemma_.lower() in words.armed_sides for t in named) or any(
        t.dep_ == "amod" and t.lower_ == "armed" for t in named
    )


def _misparsed_compound_head(verb: Token) -> Token | None:
    """The noun a gerund modifier really belongs to: in 'a drive-by shooting attack' the small model reads
    'shooting' as a verb under 'by' (a particle of 'drive'), so 'attack' looks like its object."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ in ("amod", "compound") and head.pos_ == "NOUN":
        return head
    if verb.dep_ == "pcomp" and head.dep_ == "prt" and head.head.pos_ == "NOUN":
        return head.head
    return None


def _without_past_deeds(
    words: WordLists, categories: set[str], hits: list[CueHit], tokens: list[Token], arrest: Token
) -> set[str]:
    """'Police arrested a man who had bombed a bus', 'arrested 4 suspects over the killing of a doctor': what
    the arrested did (a relative clause on them, or the deed the arrest was for) is why they were arrested,
    not part of the event. Cue categories found only there are dropped, except a crowd's: arresting people
    "who marched" is a protest with intervention."""
    kept = {"arrest", "protest", "riot"}
    for hit in hits:
        if not hit.category.startswith("t:"):
            continue
        root = hit.root(tokens)
        clause = next((a for a in [root, *root.ancestors] if a.dep_ in ("relcl", "acl")), None)
        in_clause = clause is not None and arrest not in clause.subtree
        if not in_clause and not _arrested_for(words, root, arrest):
            kept.add(hit.category[2:])
    crowd_hits = [h for h in hits if h.category in ("t:protest", "t:riot")]
    if crowd_hits and all(_covered_by_reporters(words, h.root(tokens)) for h in crowd_hits):
        # "detained 2 journalists covering a protest": the arrested reported on the crowd, they were not it
        kept -= {"protest", "riot"}
    return categories & kept


def _covered_by_reporters(words: WordLists, noun: Token) -> bool:
    """A crowd noun named only as what someone covers or reports on: 'journalists covering a protest', 'for
    reporting on a local protest', 'filming the rally'."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "about"):
        noun = noun.head
    return noun.dep_ in ("dobj", "obj", "prep") and noun.head.lemma_.lower() in words.coverage_verbs


def _involvement(words: WordLists, noun: Token) -> bool:
    return noun.lemma_.lower() in words.involvement_nouns


def _arrested_for(words: WordLists, noun: Token, arrest: Token) -> bool:
    """A deed named as what an arrest was for: 'over the killing of a doctor', 'on murder charges', 'in
    connection with the attack', 'for his involvement in a blast' (through 'of', 'with', 'in' after one of
    `involvement_nouns` and noun modifiers, as a grievance is found), on the
    arrest or on whom it took ('arrested 4 suspects over ...')."""
    for _ in range(4):
        prep = noun.head
        on_arrest = prep.head == arrest or (prep.head.dep_ == "dobj" and prep.head.head == arrest)
        if (
            noun.dep_ == "pobj"
            and on_arrest
            and (prep.lower_ in words.arrest_cause_preps or noun.lower_ == "connection")
        ):
            return True
        if noun.dep_ == "pobj" and prep.lower_ in ("of", "with"):  # "the killing of", "connection with"
            noun = prep.head
        elif noun.dep_ == "pobj" and prep.lower_ == "in" and _involvement(words, prep.head):
            noun = prep.head  # "for his alleged involvement in a bomb blast"
        elif noun.dep_ in ("nmod", "compound"):
            noun = prep
        else:
            return False
    return False


# weapons shot down or intercepted, and bombs found (a foiled bombing may still go off and hurt people)
INTERCEPTED_WEAPONS = frozenset({"t:airstrike", "t:shell"})
FOUND_WEAPONS = frozenset({"t:explode", "m:ied", "m:grenade"})
FINDING_VERBS = frozenset({"find", "recover", "seize", "discover", "confiscate", "unearth", "uncover"})
LISTING_VERBS = frozenset({"include", "comprise"})  # what a haul "included"


def _intercepted_weapons(cues: CueLexicon, hits: list[CueHit], tokens: list[Token]) -> set[str]:
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


def _climb_noun_phrase(
    token: Token, links: tuple[str, ...], heads: tuple[str, ...], of_heads: tuple[str, ...]
) -> Token:
    """Up to four steps up a noun phrase: along one of `links` to a head of the `heads` parts of speech, or
    out of an 'of' object to the word of the `of_heads` parts of speech it follows."""
    for _ in range(4):
        if token.dep_ in links and token.head.pos_ in heads:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in of_heads:
            token = token.head.head
        else:
            break
    return token


def _shot_down_object(root: Token) -> Token:
    """The phrase a weapon word stands in as an object: "shot down 87 missiles and drones" (the drones are
    shot down too), "intercepted dozens of drones", "intercepted 87 of 122 missiles and 27 of 36 drones"."""
    return _climb_noun_phrase(root, ("conj",), ("NOUN", "PROPN", "NUM"), ("NOUN", "NUM"))


def _armed_agent(words: WordLists, verb: Token) -> bool:
    """The verb's doer is armed: 'shot by militants', 'ULFA cadres fired at', 'Al-Shabab members charged
    a camp, inflicting casualties' (the object of a participle hanging on the doer's verb)."""
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        verb = verb.head
    if verb.dep_ == "pobj" and verb.head.lower_ == "under" and verb.head.head.lemma_.lower() == "come":
        return _armed_side_of_come_under(words, verb.head.head, verb)  # "came under fire from militants"
    if verb.pos_ != "VERB":
        return False
    verb = _clause_verb(verb, stop_at_subject=True)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers = [speakers_of(d) or d for d in doers]  # 'Jamaat-ul-Ahrar announced that it had merged'
    # "the last contingent of the East African Community regional force withdrew": a unit acts for its force
    doers += [g for d in doers if d.lemma_.lower() in FORCE_UNIT_NOUNS for g in of_objects(d)]
    named = (t for d in doers for t in (d, *(c for c in d.children if c.dep_ in ("amod", "compound"))))
    return any(t.ent_type_ == "ACTOR" or t.lemma_.lower() in words.armed_nouns for t in named)


# nouns of a part of a force that act for the force named after 'of' ("a contingent of Kenyan police")
FORCE_UNIT_NOUNS = frozenset({"contingent", "battalion", "detachment", "convoy", "column", "squad", "unit"})


def _operation_against_armed(words: WordLists, verb: Token) -> bool:
    """'launched an operation against NRF fighters' (or 'against NRF positions'): an operation or offensive
    aimed at armed men is fighting in the place it names (a new operation announced with no foe named stays a
    change of activity)."""
    # the foe may be named on what the operation targets: "against NRF positions", "against TTP hideouts"
    return any(
        foe.ent_type_ == "ACTOR" or foe.lemma_.lower() in words.armed_nouns
        for obj in verb.children
        if obj.dep_ in ("dobj", "obj")
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "against"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for foe in (pobj, *(c for c in pobj.children if c.dep_ in ("compound", "amod", "poss")))
    )


def _done_by_armed_men(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """A protest cue whose own subject is armed men ('militants blocked the highway'): no crowd protests.
    Only the subject noun counts, not a party named beside it ('PTI supporters blocked the road')."""
    verb = _clause_verb(hit.root(tokens), stop_at_subject=True)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "militants attacked a station and blocked the highway": the
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # subject of the first verb
    return any(c.lemma_.lower() in words.armed_nouns for c in subjects)


def _finite_past(verb: Token, *, headline: bool = False) -> bool:
    """A clause's own past-tense verb: 'fighters entered the town', 'the town was entered'; in a headline
    its present tense ('air and missile strikes target Kafr Hamra')."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return (
        verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxiliary) or (headline and verb.tag_ in ("VBZ", "VBP"))
    )


def _irrealis_head(words: WordLists, root: Token) -> Token | None:
    """The attempt, plan, order or wish a cue stands under within its clause ("trying to take the airport",
    "ordered its fighters to carry out attacks"), if any."""
    if root.dep_ == "conj" and root.tag_ == "VBD":
        return None  # "tried to storm parliament and clashed with police": a past verb no 'to' governs
    if _past_verb_on_subject(root):
        return None
    below = root
    for ancestor in list(root.ancestors)[:3]:
        if _circumstance_clause(below):
            break  # "rebels vow a new offensive as rockets kill 30": no vow governs the 'as' clause
        if ancestor.lemma_.lower() in words.irrealis_heads:
            if _participle_read_as_verb(ancestor, below):
                return None
            # "ten feared killed in a communal clash": the deaths are reported, if uncertain
            return None if _feared_dead(root, ancestor) else ancestor
        if ancestor.lemma_.lower() in words.stopping_verbs and _infinitive(ancestor):
            return ancestor  # "signed an agreement to end clashes": an aim, not this incident
        if ancestor.lemma_.lower() in words.bidding_verbs and _infinitive(below) and below.head == ancestor:
            return ancestor  # "police told the militants to surrender": bidden, not done ('told reporters
            # that militants attacked' tells what was done)
        if ancestor.dep_ == "ROOT":
            break
        below = ancestor
    return None


def _given_order(words: WordLists, root: Token) -> bool:
    """'the Taliban ordered all NGOs to suspend their female employees': an authority's order given (a past
    'ordered') makes the measure it orders, unlike a plan or a wish."""
    head = _irrealis_head(words, root)
    if head is not None and head.lemma_.lower() in words.stopping_verbs and root.head == head:
        # "ordered all medical institutes to stop admitting women": to stop doing something is the measure
        # the order makes, no aim of it
        head = head.head if head.dep_ == "xcomp" and root.tag_ == "VBG" else None
    return head is not None and head.lemma_.lower() == "order" and head.tag_ == "VBD"


def _participle_read_as_verb(head: Token, below: Token) -> bool:
    """'Protesters demanding cheaper power pelted police with stones': the small model makes the participle
    the sentence's root and the finite verb its clausal object; no demand or wish takes a past-tense clause
    without 'that', so the past verb is what the subject did. So with the participle on a crowd noun left as
    the root ('protesters demanding the Prime Minister's resignation set fire to buildings'), where the small
    model may tag the past 'set' as a participle."""
    on_verbless_root = head.dep_ == "acl" and head.head.dep_ == "ROOT" and head.head.pos_ in ("NOUN", "PROPN")
    return (
        (head.dep_ == "ROOT" or on_verbless_root)
        and head.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
        and below.dep_ == "ccomp"
        and (below.tag_ == "VBD" or (on_verbless_root and below.tag_ == "VBN"))
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in below.children)
    )


def _past_verb_on_subject(verb: Token) -> bool:
    """'graduates protested in Nasiriyah demanding employment': the small model hangs the past verb on its
    subject as a clause (tagging it a participle) and makes the participle after it the root; a participle
    root with a subject and no auxiliary is no finite verb, so the past verb on its subject is what the
    subject did, not what it demanded."""
    subject = verb.head
    root = subject.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and subject.dep_ == "nsubj"
        and root.dep_ == "ROOT"
        and root.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
    )


def _infinitive(verb: Token) -> bool:
    """'to end': a bare verb with its 'to'."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _under_irrealis(words: WordLists, root: Token) -> bool:
    return _irrealis_head(words, root) is not None


def _attempted(words: WordLists, root: Token, acts: frozenset[int]) -> bool:
    """A cue that an attempt governs directly, which was made: what was tried ('tried to storm parliament',
    'tried to hold a march'), or its makers when what they tried is a cue too ('protesters tried to break
    into the city hall', not 'protesters seeking to breathe new life into their movement'); a capture tried
    has no result, which _did_not_happen keeps out. `acts`: token indices of the sentence's cues."""
    head = _irrealis_head(words, root)
    if head is None or head.lemma_.lower() not in words.attempt_heads:
        return False
    tried = [c for c in head.children if c.dep_ == "xcomp"]  # not 'seeks funds to fight': a wish
    if any(root == t or root.head == t for t in tried):
        return True
    makers = [c for c in head.children if c.dep_ == "nsubj"]
    tried_a_cue = any(t.i in acts for act in tried for t in act.subtree)
    return tried_a_cue and any(root in maker.subtree for maker in makers)


def _did_not_happen(words: WordLists, category: str, root: Token) -> bool:
    """A cue that types no event: one under a plan, order or wish ("ordered its fighters to carry out
    attacks"), or a capture under an attempt ("protesters trying to take the airport"): an attempted protest
    or attack still happened ("detained while trying to hold a demonstration"), an attempted capture took
    no place."""
    head = _irrealis_head(words, root)
    if head is None:
        return False
    if category == "change_group" and _given_order(words, root):
        return False  # "ordered all NGOs to suspend their female employees": the order makes the measure
    # an arrest tried holds nobody: "opened fire when officers tried to detain them"
    return head.lemma_.lower() not in words.attempt_heads or category in RESULT_CATEGORIES | {"arrest"}


def _capture_aim(root: Token) -> bool:
    """'deployed troops to retake the hills', 'an attack to capture army positions was repelled', 'launched
    an offensive to seize the town': a capture in an infinitive of purpose is the aim of the act it hangs on,
    not a place taken ('went on to capture the town' tells what came next)."""
    return root.dep_ in ("advcl", "acl", "relcl") and _infinitive(root) and root.head.lemma_.lower() != "go"


def _goods_taken(cues: CueLexicon, hit: CueHit, tokens: list[Token]) -> bool:
    """'burned musical instruments seized from wedding halls', 'displayed weapons seized on a boat': a bare
    capture participle that describes a thing, not a place, took no territory."""
    root = hit.root(tokens)
    thing = root.head
    place_nouns = cues.frames.get(hit.category[2:], ("", frozenset(), frozenset()))[2]
    return (
        "+" not in hit.phrase
        and root.dep_ == "acl"
        and thing.pos_ == "NOUN"
        and thing.ent_type_ not in ("GPE", "LOC", "FAC")
        and thing.lemma_.lower() not in place_nouns
    )


def _casualties_as_people(token: Token) -> bool:
    """'The injured were taken to hospital in Imphal', 'the wounded were rushed to ...': the people hurt in
    the incident already told, named by their state; the word reports no new hurting."""
    return (
        token.lower_ in ("injured", "wounded")
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _spells_out_a_term(words: WordLists, token: Token) -> bool:
    """'265 militants were "neutralised", a term that means killed, captured or surrendered': the words a
    defining verb takes in a clause on a noun spell out what a word means, they report nothing."""
    # the small model often misreads the list ('means' as a noun, 'captured or surrendered' hung on another
    # verb), so a participle listed right after a defining word counts whatever the parse
    sent_start = token.sent.start
    for left in reversed(token.doc[max(sent_start, token.i - 8) : token.i]):
        if (
            left.lower_.removesuffix("s") in words.defining_verbs
            or left.lemma_.lower() in words.defining_verbs
        ):
            return True
        if not (left.is_punct or left.dep_ == "cc" or left.tag_ in ("VBN", "VBD")):
            break
    for below in [token, *list(token.ancestors)[:3]]:
        head = below.head
        if head is below:
            break
        defining = head.lemma_.lower() in words.defining_verbs and (
            head.dep_ in ("relcl", "acl", "advcl", "appos") or head.tag_ == "VBG"
        )
        if defining and below.dep_ in ("xcomp", "ccomp", "dobj", "attr", "oprd", "acomp"):
            return True
        if below.dep_ != "conj":
            break
    return False


# the trigger categories of weapons launched and brought down
AIR_WAR_CATEGORIES = frozenset({"t:disrupt", "t:airstrike", "t:shell"})
# verbs of air defences bringing weapons down ("shot down 22 of the 24 drones", "intercepted 5 of 6 missiles")
INTERCEPTING_VERBS = frozenset({"shoot", "intercept", "destroy", "down", "neutralise", "neutralize"})
# prepositions that place an interception ("over the Kursk region", "above Kyiv")
OVER_PREPOSITIONS = frozenset({"over", "above", "in", "near", "around"})


def _interception_tally(verb: Token) -> bool:
    """'Ukraine's air force said it had shot down 22 of the 24 Shahed drones that Russia launched overnight':
    a count of weapons downed out of those launched, placed nowhere ('over several oblasts', 'across the
    country'), sums up a night's barrage across a country; it is no incident of a place (one placed, 'over
    the Kursk region', is the interception there)."""
    if verb.lemma_.lower() not in INTERCEPTING_VERBS:
        return False
    partitive = any(
        c.like_num and any(p.lower_ == "of" and any(g.dep_ == "pobj" for g in p.children) for p in c.children)
        for c in verb.children
        if c.dep_ in ("dobj", "npadvmod", "nsubjpass")
    )
    if not partitive:
        return False
    placed = any(
        t.dep_ == "pobj"
        and t.head.lower_ in OVER_PREPOSITIONS
        and (t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN")
        for t in verb.sent
    )
    return not placed


def _present_passive(verb: Token) -> bool:
    """'Nikopol is shelled almost daily', 'villages are raided': a simple present passive tells what goes on,
    like the active present ('is being shelled' is under way)."""
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in auxes) and not any(
        c.lower_ == "being" or c.lemma_ in ("have", "will") for c in auxes
    )


def _negated(token: Token) -> bool:
    """'had not encountered any resistance': the cue names what did not happen."""
    return any(child.dep_ == "neg" for child in token.children)


# a period counted up to now: "so far this year", "so far in 2024", "this month so far"
_SO_FAR_PERIOD = re.compile(
    r"\bso far (?:this|in|during)(?: the)? (?:year|month|week|\d{4})\b|\bthis (?:year|month|week) so far\b",
    re.I,
)


# the opening stretch of a year or a war counted up ("in the first ten months of this year", "in the first
# half of 2024", "during the first week of the war"): a toll over it sums up a period, in any tense
_FIRST_PART_OF_PERIOD = re.compile(
    r"\b(?:in|during|over) the first (?:\w+ )?(?:days|weeks|months|half|quarter|week|month|year)"
    r" of (?:this|the|last) (?:year|war|conflict)\b|\b(?:in|during|over) the first (?:\w+ )?"
    r"(?:days|weeks|months|half|quarter) of \d{4}\b",
    re.I,
)


def _perfect_trend(words: WordLists, verb: Token, *, trigger: bool = False) -> bool:
    """'has intensified its attacks', 'have carried out a spate of attacks': a perfect summing up a period.
    With `trigger` the verb is the event's own cue: 'have protested' tells protests, where 'have protested
    the killings' or 'attacks have intensified' tell of other incidents (`trend_verbs`)."""
    has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if not has_perfect:
        return False
    if verb.lemma_.lower() in words.trend_verbs and not trigger:
        return True
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    if any(s.lemma_.lower() in words.period_subjects for s in subjects):
        return True  # "the war in Yemen has killed more than 150,000 people"
    # a period word the parse hangs on the last of two coordinated verbs or counts scopes over both ("have
    # killed thousands and abducted many more over the past decade", "220 have been killed and 60,000
    # displaced in the conflict so far")
    shared = [t for c in verb.children if c.dep_ == "conj" for t in c.subtree]
    heads = [verb, *(t for t in shared if t.pos_ in ("VERB", "NUM"))]
    spans = (
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("in", "during")
        for g in c.children
    )
    if any(g.dep_ == "pobj" and g.lemma_.lower() in words.period_subjects for g in spans):
        return True  # "more than 250 protesters have been killed in the crackdown"
    if _since_clause(verb) or _started_long_ago(words, verb):
        return True
    if _SO_FAR_PERIOD.search(verb.sent.text):
        return True  # "43 Maoists have been killed in separate encounters ..., so far this year", however the
        # parse hangs the period (on a participle clause between)
    marks = words.trend_nouns | words.perfect_trend_words
    return any(
        (t.lower_ in marks and not _a_number_of(t) and not _since_today(words, t)) or _so_far(t)
        for t in [*_own_clause(verb), *shared]
    )


def _so_far(token: Token) -> bool:
    """'so far', 'thus far': a perfect counted up to now sums a period up."""
    return token.lower_ == "far" and token.i > 0 and token.doc[token.i - 1].lower_ in ("so", "thus")


def _years_span(verb: Token) -> bool:
    """'were killed in the conflict between 1985 and 2018', 'from 2011 to 2020': a toll dated by a span of
    years is a period's, no incident's."""
    doc = verb.doc
    for token in _own_clause(verb):
        if token.lower_ not in ("between", "from") or token.i + 3 >= len(doc):
            continue
        first, link, second = doc[token.i + 1], doc[token.i + 2], doc[token.i + 3]
        if _year(first) and link.lower_ in ("and", "to") and _year(second) and first.text != second.text:
            return True
    return False


def _year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


def _periods_toll(words: WordLists, verb: Token) -> bool:
    """'a two-year war in Tigray that killed hundreds of thousands', 'the insurgency killed 4,000 people':
    a conflict summed up by what it did, in any tense (the perfect is `_perfect_trend`), is no incident."""
    if verb.pos_ == "ADJ" and verb.dep_ in ("oprd", "ccomp", "acomp"):
        verb = verb.head  # "the offensive left thousands dead": the cue is the state the verb left
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _years_span(verb):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(s.lower_ in ("that", "which") for s in subjects):
        # the relative pronoun stands for the noun the clause describes, which the parser may hang on the
        # last noun before it ("a war in the Tigray region that killed ...")
        antecedent = verb.head
        subjects.append(antecedent)
        for _ in range(2):
            if antecedent.dep_ != "pobj" or antecedent.head.dep_ != "prep":
                break
            antecedent = antecedent.head.head
            subjects.append(antecedent)
    # the toll of an incident likened to or set before the one told ("Earlier protests this month left 20
    # people dead") is that incident's
    return any(
        s.lemma_.lower() in words.period_subjects or _lasting_months(words, s) or _likened_undated(words, s)
        for s in subjects
    )


def _lasting_months(words: WordLists, noun: Token) -> bool:
    """'Haftar's 14-month offensive on Tripoli', 'a decade-long insurgency': a thing counted in months or
    years before it is a stretch of time summed up, no incident ('a two-month-old baby' is a person's age)."""
    before = [t for t in noun.doc[noun.left_edge.i : noun.i]]
    if any(t.lower_ == "old" for t in before):
        return False
    return any(
        t.lemma_.lower() in words.long_ago_nouns
        and any(n.text in ("-", "\u2013") for n in noun.doc[max(t.i - 1, 0) : t.i + 2])
        for t in before
    )


# the prepositions that set an incident at a place ('in Tbilisi', 'outside the parliament')
PLACE_PREPOSITIONS = frozenset({"in", "at", "outside", "near", "inside", "before"})


def _placed(verb: Token) -> bool:
    """The verb's clause sets it at a named place: 'have staged rallies in the Gaza Strip', 'outside the
    parliament'; 'across the country' or 'in recent weeks' is no place."""
    for token in _own_clause(verb):
        if token.dep_ != "pobj" or token.head.lower_ not in PLACE_PREPOSITIONS:
            continue
        if token.ent_type_ in ("GPE", "LOC", "FAC") or token.pos_ == "PROPN":
            return True
    return False


def _in_summed_incidents(cues: CueLexicon, verb: Token) -> bool:
    """'More than 380 people were killed in these attacks': a demonstrative plural of incidents sums up the
    ones a report counted, it tells no incident of its own."""
    words = cues.words
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            demonstrative = any(
                c.dep_ == "det" and c.lower_ in ("these", "those", "such") for c in noun.children
            )
            incident = noun.lemma_.lower() in words.violence_nouns or any(
                cues.is_trigger_word(category, noun) for category in words.strong_categories
            )
            if noun.dep_ == "pobj" and noun.tag_ == "NNS" and demonstrative and incident:
                return True
    return False


def _tells_a_periods_start(words: WordLists, token: Token) -> bool:
    """'... have died in clashes since December, when the president was ousted and arrested': a clause on the
    start of a period summed up tells why the period began, long known, no incident of the report ('since
    dawn, accompanied by a new attack' starts today)."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ in ("relcl", "acl") and ancestor.head.dep_ == "pobj":
            since = ancestor.head.head
            return since.lower_ == "since" and not _since_today(words, since)
    return False


def _opens_a_period(words: WordLists, verb: Token) -> bool:
    """'Clashes broke out on May 3, and more than 100 people have been killed since then': a perfect joined
    on with 'since (then)' sums up the period an outbreak opens, whose start is no incident of the report's
    own ('gunmen attacked a village, and two more have died since' still reports the attack)."""
    if verb.lemma_.lower() not in words.outbreak_verbs:
        return False
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.tag_ != "VBN":
            continue
        if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in conj.children):
            continue
        for since in conj.children:
            if since.lower_ == "since" and all(g.lower_ == "then" for g in since.children):
                return True
    return False


def _started_long_ago(words: WordLists, verb: Token) -> bool:
    """'More than 150 people have been killed in the ethnic clashes that began in early May': a perfect that
    counts its dead in a conflict started in a month or a year sums that period up ('in clashes that erupted
    on Monday' or 'on July 3' is the report's incident)."""
    for token in verb.subtree:
        if token.dep_ not in ("relcl", "acl") or token.lemma_.lower() not in words.outbreak_verbs:
            continue
        dates = [t for t in token.subtree if t.ent_type_ == "DATE"]
        today = words.weekday_words | words.times_of_day | {"today", "yesterday", "tonight"}
        if dates and not any(t.lower_ in today or (t.like_num and len(t.text) <= 2) for t in dates):
            return True
    return False


def _since_clause(verb: Token) -> bool:
    """'More than 100 people have been killed and 40,000 displaced since ethnic violence broke out on May 3':
    a clause opened by 'since' on a perfect (or its conjunct) counts from that start, a period summed up."""
    # the clause may hang on the conjunct or on a participle after it ("and thousands displaced since ..."),
    # or open the sentence before the first conjunct ("Since the strike began, two have died and dozens
    # have been injured")
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return any(t.lower_ == "since" and t.dep_ == "mark" and t.head.dep_ == "advcl" for t in verb.subtree)


def _habitual(words: WordLists, verb: Token) -> bool:
    """'usually targets', 'have often attacked', 'since 2019' - but not 'since dawn'."""
    return any(c.lower_ in words.habitual_adverbs and not _since_today(words, c) for c in verb.children)


def _aim_of_habit(words: WordLists, verb: Token) -> bool:
    """'The group has increasingly used drones fitted with explosives to attack security forces': what an
    infinitive of purpose aims at under a habit is the habit's, no incident."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governors = [a for a in list(verb.ancestors)[:4] if a.pos_ in ("VERB", "AUX")]
    return any(_habitual(words, g) for g in governors[:2])


def _since_today(words: WordLists, token: Token) -> bool:
    """'have been exchanging fire since dawn', 'since Monday': a running incident, not a period summed up."""
    return token.lower_ == "since" and any(
        c.dep_ == "pobj" and (c.lower_ in words.times_of_day or c.lower_ in words.weekday_words)
        for c in token.children
    )


def _participle_of_past(verb: Token) -> bool:
    """A participle clause hanging (maybe through another) on a past-tense verb."""
    return _is_participle_clause(verb) and _clause_verb(verb).tag_ == "VBD"


def _is_participle_clause(verb: Token) -> bool:
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head != verb


def _clause_verb(verb: Token, *, stop_at_subject: bool = False) -> Token:
    """The verb a chain of participle clauses hangs on ('charged a camp, hosting ..., inflicting ...');
    with `stop_at_subject`, a participle with a subject of its own ends the chain."""
    while _is_participle_clause(verb) and not (
        stop_at_subject and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        verb = verb.head
    return verb


def _a_number_of(token: Token) -> bool:
    """'established a number of barracks': 'a number of' counts things, it sums up no period ('the number
    of attacks has risen' does)."""
    return token.lower_ == "number" and any(c.dep_ == "det" and c.lower_ == "a" for c in token.children)


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "conj", "parataxis"})


def _own_clause(verb: Token) -> Iterator[Token]:
    """The words of a verb's clause, without the clauses nested in it: in 'has deployed troops in areas
    where the SDF have withdrawn in the past few days' the period belongs to the withdrawal."""
    for child in verb.children:
        if child.dep_ not in CLAUSE_DEPS:
            yield child
            yield from _own_clause(child)


def _verb_use(hit: CueHit, words: WordLists, tokens: list[Token]) -> bool:
    """A cue weak only as a noun, used as a verb: "three soldiers martyred" (not "Martyrs' Day"); or weak
    unless it takes an object: "forces disappeared a student" (not "the owners disappeared")."""
    root = hit.root(tokens)
    if hit.phrase in words.weak_unless_transitive and root.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "obj") for c in root.children)
    return hit.phrase in words.weak_unless_verb and root.pos_ == "VERB"


def _crowd_removed(words: WordLists, tokens: list[Token], protest_roots: set[int]) -> bool:
    """'police removed climate activists from the village', 'evicted the protesters', 'removed a sit-in'
    (the protest itself, a cue rooted at `protest_roots`): carrying the crowd of a protest off is an
    intervention, whether or not anyone was detained."""
    return any(
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in words.crowd_removal_verbs
        and _told(verb)
        and any(
            c.lemma_.lower() in words.removable_crowds or c.i in protest_roots for c in _removed_ones(verb)
        )
        for verb in tokens
    )


def _joins_a_protest(verb: Token, protest_roots: set[int]) -> bool:
    """'joined a march', 'joined the protesters', 'joined in the sit-in': taking part in a demonstration (a
    cue rooted at `protest_roots`), not joining a group."""
    if verb.lemma_.lower() != "join":
        return False  # "imposed a blockade" restricts others, it takes part in nothing
    joined = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    joined += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    return any(c.i in protest_roots for c in joined)


def _removed_ones(verb: Token) -> list[Token]:
    """Whom a removal verb carries off: its object, its passive subject ("protesters were removed"), or, for a
    passive conjoined to the crowd's own act, that act's subject ("activists glued themselves to a road and
    were removed by police")."""
    removed = [_counted_ones(c) for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    passive = any(c.dep_ in ("auxpass", "agent") for c in verb.children)
    if not removed and passive and verb.dep_ == "conj":
        removed = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return removed


def _counted_ones(noun: Token) -> Token:
    """The people a quantity counts ('dozens of climate activists', 'hundreds of protesters'), or the noun."""
    if noun.ent_type_ != "CARDINAL" and noun.pos_ != "NUM":
        return noun
    counted = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next((g for g in counted if g.dep_ == "pobj"), noun)


def between_sides(roots: list[Token]) -> tuple[Token, Token] | None:
    """The two nouns of 'clashes between A and B' ('clashes broke out between A and B', where the parse
    hangs 'between' on the verb the clash is the subject of)."""
    for root in roots:
        for holder in (root, root.head):
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "between":
                    continue
                first = next((c for c in prep.children if c.dep_ == "pobj"), None)
                second = next((c for c in first.children if c.dep_ == "conj"), None) if first else None
                if first is not None and second is not None:
                    return first, second
                if first is not None and _coordinated_modifiers(first):
                    # "clashes between Hausa and Yoruba traders": two groups of one kind, both the noun
                    return first, first
    return None


# who carried out a bombing, and what it was, when the text says they died in it
BOMBER_NOUNS = frozenset({"attacker", "bomber", "assailant", "perpetrator"})
BLAST_NOUNS = frozenset({"blast", "explosion", "detonation"})


def _attackers_died_in_blast(token: Token) -> bool:
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


def _coordinated_modifiers(noun: Token) -> bool:
    """The noun carries two modifiers joined by a conjunction ('Hausa and Yoruba traders', 'Hindu and Muslim
    youths'): it names two groups of its kind."""
    return any(
        mod.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in mod.children)
        for mod in noun.children
    )


def _fighting_killed(root: Token) -> bool:
    """The clash word is the subject of a verb of the toll: "heavy fighting left 26 men dead", "clan fighting
    killed 12 people"."""
    verb = root.head
    # (the verb of the sentence's own report: not "protested after fighting killed 12", a cause or background)
    return (
        root.dep_ == "nsubj"
        and root.pos_ in ("NOUN", "PROPN")
        and verb.lemma_.lower() in TOLL_VERBS
        and verb.dep_ in ("ROOT", "conj", "ccomp")
    )


def _toll_with_figure(hit: CueHit, sent: Span) -> bool:
    """A bare 'toll' that a count follows ("Other reports put the toll at 28.", "The toll stood at 12.") is a
    death toll, so the sentence is a report of the incident's dead (a later figure conflicting with the first
    is merged into it as the lowest); not a toll road or "took a heavy toll"."""
    if hit.phrase != "toll":
        return False
    match = TOLL.search(sent.doc[hit.start : sent.end].text)
    return match is not None and match.start() == 0 and parse_count(match["n"]) is not None


# what a signing makes: "the agreement signed in Doha" is the deal itself
SIGNED_DEAL_NOUNS = frozenset(
    {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "ceasefire", "truce"}
)


def _signature_on_a_thing(hit: CueHit, tokens: list[Token]) -> bool:
    """'banners signed by a criminal group', 'a letter signed by 40 lawmakers': a participle that names who
    signed a thing is an author's signature, no agreement (and no cue that supports a weak one beside it)."""
    root = hit.root(tokens)
    return (
        hit.category == "t:agreement"
        and root.lemma_.lower() == "sign"
        and root.dep_ == "acl"
        and root.tag_ == "VBN"
        and root.head.lemma_.lower() not in SIGNED_DEAL_NOUNS
    )


def _weak_is_supported(hit: CueHit, triggers: list[CueHit]) -> bool:
    """A weak cue opens an event only beside a second, different cue ("fired rockets", "seized the town"),
    or, a clash word, naming the two sides that fought ("fighting erupted between the army and the RSF")."""
    others = {h.category for h in triggers if h.start != hit.start}
    return len(others) >= 1


PROTEST_CAUSE_PREPOSITIONS = frozenset({"against", "over"})
PROTEST_CAUSE_NOUNS = frozenset({"solidarity", "support", "protest", "memory", "defence", "defense"})
# "stag": the small model lemmatizes "staged" ("staged a march") as "stag"
HOLDING_VERBS = frozenset(
    {"hold", "stage", "stag", "organise", "organize", "lead", "launch", "maintain", "mount"}
)
# what police do to a gathering they end: the arrests made doing it are made at a demonstration
CLEARING_VERBS = frozenset({"remove", "clear", "dismantle", "disperse", "break"})
PROTEST_CAUSE_VERBS = frozenset(
    {"demand", "protest", "denounce", "condemn", "decry", "call", "oppose", "reject", "mark", "commemorate"}
)


def _protest_with_cause(hit: CueHit, tokens: list[Token]) -> bool:
    """A weak protest cue that says what the crowd wanted, or that someone held, is a demonstration:
    "people marched against violence", "marched in solidarity with Gaza", "held a march"."""
    if hit.category != "t:protest":
        return False
    root = hit.root(tokens)
    held = root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in HOLDING_VERBS
    if root.pos_ in ("NOUN", "PROPN") and held:
        return True  # "held a march", "a march was staged", "held the Aurat March"
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN"):
        return False
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in PROTEST_CAUSE_PREPOSITIONS:
            return True
        if child.dep_ == "prep" and any(g.lemma_.lower() in PROTEST_CAUSE_NOUNS for g in child.children):
            return True
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in PROTEST_CAUSE_VERBS:
            return True
    return False


def _crowd_described(hit: CueHit, tokens: list[Token]) -> bool:
    """A weak protest verb in a past relative clause on a noun ("fired on worshippers who chanted slogans",
    "arrested students who marched"): the people the incident befell were demonstrating at the time, not
    before it ("who had marched")."""
    if hit.category != "t:protest":
        return False
    verb = next((t for t in (hit.root(tokens), *hit.root(tokens).ancestors) if t.pos_ == "VERB"), None)
    return (
        verb is not None
        and verb.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and verb.head.dep_ in ("dobj", "pobj", "nsubjpass")
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def _tally_after_detail(
    last: EventMention, sent: Span, opening: tuple[Span, tuple[str, ResolvedDate] | None] | None
) -> bool:
    """A note's toll after an undated line that reported nothing new ("The AA attacked an outpost.
    Fighting continued for two days. 7 reported fatalities."): the toll is still the event's."""
    if opening is None or opening[1] is not None:
        return False
    detail = opening[0]
    return detail.start >= last.sentence.end and detail.end == sent.start and is_tally(sent.text)


def _protest_occasion(hit: CueHit, tokens: list[Token]) -> bool:
    """A weak protest noun naming the occasion of the act: "detained several people during a vigil",
    "arrested truckers taking part in the blockade", "removing the blockade, arresting 100 people". ACLED
    codes arrests at a demonstration as a protest with intervention, not as arrests."""
    if hit.category != "t:protest":
        return False
    root = hit.root(tokens)
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "dobj" and root.head.lemma_.lower() in CLEARING_VERBS:
        return True  # "removing the convoy blockade, arresting more than 100 people"
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "npadvmod" and _takes_part(root.head):
        return True  # "detained women taking part in a BYC long march": the small model hangs the march on
        # the verb
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ in ("during", "at") and preposition.head.pos_ in ("VERB", "AUX"):
        return True
    governor = preposition.head
    if preposition.lower_ in ("of", "in") and governor.lemma_.lower() == "participant":
        return True  # "police detained participants of a march": the people of the protest, taken at it
    taking_part = _takes_part(governor)
    joining = governor.lemma_.lower() in ("participate", "join") or governor.lower_ == "part"
    return preposition.lower_ == "in" and (taking_part or joining)


def _earlier_capture(hit: CueHit, tokens: list[Token]) -> bool:
    """'struck a column of rebels who had entered Chad from Libya': a capture in a pluperfect relative clause
    tells what its noun had done before the incident, not a place taken in it; one in a present relative
    clause ('gunmen from a gang that controls parts of the area') what its noun holds."""
    if hit.category not in ("t:territory_gain", "t:territory_regain"):
        return False
    root = hit.root(tokens)
    pluperfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)
    return root.dep_ == "relcl" and (pluperfect or _present_relative(root))


EARLIER_TOLL_CUES = frozenset({"t:kill", "t:injure"})


def _without_earlier_tolls(hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """'signed a ceasefire ending a land dispute that had left several people dead', 'arrested two men who
    had killed a shopkeeper': a killing or wounding in a pluperfect relative clause tells what its noun had
    done or caused before, when a trigger outside the clause reports the incident."""
    clauses = [
        verb
        for h in hits
        if h.category in EARLIER_TOLL_CUES
        and (verb := _standing_in(h.root(tokens))) is not None
        and _pluperfect_relative(verb)
    ]
    if not clauses:
        return hits
    kept = [h for h in hits if not any(_is_below(h.root(tokens), c) for c in clauses)]
    return kept if any(h.category.startswith("t:") for h in kept) else hits


def _standing_in(token: Token) -> Token | None:
    """The verb of the clause a cue word stands in ('left several people dead': 'dead' stands in 'left')."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _pluperfect_relative(root: Token) -> bool:
    """A verb heading a relative clause in the pluperfect ('that had left', 'who had killed')."""
    return root.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)


def _occasion_act(noun: Token) -> Token:
    """The act a protest noun is the occasion of (`_protest_occasion`): "dispersed a march", "arrested ...
    at a march"."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _takes_part(verb: Token) -> bool:
    """'took part', 'taking part'."""
    return verb.lemma_.lower() == "take" and any(c.lower_ == "part" for c in verb.children)


def _joined(hit: CueHit, tokens: list[Token]) -> bool:
    """A weak protest noun people took part in: "thousands took part in the Pride march", "joined the
    rally"."""
    if hit.category != "t:protest":
        return False
    root = hit.root(tokens)
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "dobj" and root.head.lemma_.lower() == "join":
        return True
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    governor = root.head.head
    taking_part = governor.lemma_.lower() == "take" and any(c.lower_ == "part" for c in governor.children)
    return taking_part or governor.lemma_.lower() == "participate" or governor.lower_ == "part"


def _answers_protest(last: EventMention, sent: Span, hits: list[CueHit]) -> bool:
    """A sentence that only tells how police met the crowd of the protest just reported ("police dispersed
    them with tear gas", "police detained several protesters") belongs to that protest."""
    if "protest" not in last.categories or any(e.label_ == "DATE" for e in span_entities(sent)):
        return False  # a sentence with its own date ("a crackdown earlier this month") is another time
    if NATIONWIDE_RE.search(sent.text):
        return False  # "87 people had been arrested across the country": a national count, not this crowd's
    if _names_another_town(last, sent):
        return False  # "In Lyon, police used tear gas to clear farmers" after a rally in Agen: another place
    tokens = list(sent)
    if _crowd_toll(hits, tokens) or _fired_on_the_crowd(hits, tokens):
        return True
    if any(
        h.category.startswith("t:")
        and h.category not in ("t:arrest", "t:protest")
        and not _fires_crowd_control(h.root(tokens), hits, tokens)
        and not _hurt_by_crowd_control(h, hits, tokens)
        for h in hits
    ):
        return False
    return any(
        h.category in ("m:intervention", "m:crowd_control", "t:arrest")
        and _told(h.root(tokens))
        and not _denied(h.root(tokens))
        and not _no_force_used(h, tokens)
        for h in hits
    )


DECLARING_LEMMAS = frozenset({"declare", "pronounce"})


def _declared_dead_only(mention: EventMention) -> bool:
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


def _days_national_toll(sent: Span) -> bool:
    """'Over the past day, Russian attacks killed at least nine people and injured 45 across Ukraine': a
    count of the last day's dead over a whole country (across the country, or across a country's name)
    sums many incidents up; it is no incident ACLED could place."""
    if PAST_DAYS_RE.search(sent.text) is None:
        return False
    if NATIONWIDE_RE.search(sent.text):
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


def _crowd_toll(hits: list[CueHit], tokens: list[Token]) -> bool:
    """'One protester was killed.', 'Two demonstrators were injured.': the toll of the crowd just reported,
    every death or injury said of protesters."""
    crowd = {h.root(tokens) for h in hits if h.category == "t:protest"}
    harms = [h.root(tokens) for h in hits if h.category in ("t:kill", "t:injure")]
    others = [
        h
        for h in hits
        if h.category.startswith("t:") and h.category not in ("t:kill", "t:injure", "t:protest")
    ]
    return (
        bool(harms)
        and not others
        and all(any(c in crowd for c in r.children if c.dep_ in ("nsubj", "nsubjpass")) for r in harms)
    )


CASE_FILING_VERBS = frozenset({"register", "lodge", "file", "book"})
# what police do with a crime they are told of: "investigating the murder of a businessman"
INVESTIGATING_VERBS = frozenset({"investigate", "probe"})
# the plain words for a killing as a case; a "suicide attack" or a "shooting" probed is still the attack
CASE_KILLING_NOUNS = frozenset({"murder", "murders", "killing", "killings"})


def _investigated_killing(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Police said they were investigating the murder of a businessman', 'a probe into the killing': in a
    snippet that names no armed actor and no crowd, a killing told as the case the police work on is a crime
    report, no political violence."""
    for hit in hits:
        if hit.category != "t:kill":
            continue
        root = hit.root(tokens)
        if root.lower_ not in CASE_KILLING_NOUNS:
            continue
        head = root.head
        if root.dep_ == "dobj" and head.lemma_.lower() in INVESTIGATING_VERBS:
            return True
        into_a_case = head.lower_ == "into" and head.head.lemma_.lower() in words.legal_case_nouns
        if root.dep_ == "pobj" and into_a_case:
            return True
    return False


def _in_a_criminal_case(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """A cue that only names what a criminal case is about ('registered a murder case', 'a case of murder
    was registered', 'attack suspects'), or an arrest joined to filing one: no incident of its own."""
    root = hit.root(tokens)
    head = root.head
    if root.dep_ in ("compound", "amod") and head.lemma_.lower() in words.legal_case_nouns:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words.legal_case_nouns:
        return True
    return hit.category in ("t:arrest", "m:intervention") and _case_follow_up(words, root)


def _case_follow_up(words: WordLists, arrest: Token) -> bool:
    """'police registered a case against 120 people and arrested eleven of them', 'a murder case was
    registered and three men were arrested': an arrest joined to the filing of a criminal case is the law
    taking its course after a crime (ACLED codes no routine criminal arrest), no event of its own."""
    joined = [c for c in arrest.children if c.dep_ == "conj"]
    if arrest.dep_ == "conj":
        joined.append(arrest.head)
    return any(
        verb.lemma_.lower() in CASE_FILING_VERBS
        and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words.legal_case_nouns
            for c in verb.children
        )
        for verb in joined
    )


VENUE_SPEECH_VERBS = frozenset({"tell", "address", "say", "speak"})


def _speech_venue(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'"The enemy will pay a price," he told a rally in Beirut', 'said at a rally', 'addressed a gathering':
    a protest noun named only as the audience or venue of a speech, in a sentence with no day of its own,
    is where words were said, no demonstration the report tells ('addressed a rally of 10,000 supporters
    in Lahore on Sunday' names its day and stays one)."""
    if hit.category != "t:protest":
        return False
    root = hit.root(tokens)
    head = root.head
    audience = root.dep_ in ("dobj", "dative") and head.lemma_.lower() in VENUE_SPEECH_VERBS
    spoken_at = head.head.lemma_.lower() in VENUE_SPEECH_VERBS
    venue = root.dep_ == "pobj" and head.lower_ in ("at", "to") and spoken_at
    return (audience or venue) and not _dated(words, root.sent)


CAPTIVE_STATE_WORDS = frozenset({"hostage", "hostages", "captive", "captives"})


def _held_captive(hit: CueHit, tokens: list[Token]) -> bool:
    """'searching for a New Zealand pilot held hostage by the rebels': 'held hostage' as a bare participle
    right after the person it describes tells a standing state (taken long before), no abduction of this
    report; 'rebels held five workers hostage' or 'five workers were held hostage' still tell the taking."""
    root = hit.root(tokens)
    doc = root.doc
    if root.lower_ in CAPTIVE_STATE_WORDS and root.i > 0:
        root = doc[root.i - 1]  # the lone 'hostage' cue of the same words
    if hit.category != "t:abduct" or root.lemma_.lower() not in ("hold", "keep") or root.i == root.sent.start:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in root.children) or root.i + 2 >= len(doc):
        return False
    before, after = doc[root.i - 1], doc[root.i + 1]
    # the small model may read 'pilot held' as subject and past verb: the agent after 'hostage' shows the
    # passive participle ("a pilot held hostage by the rebels")
    participle = root.tag_ == "VBN" or doc[root.i + 2].lower_ == "by"
    return (
        participle
        and before.pos_ in ("NOUN", "PROPN")
        and before.i > root.sent.start
        and after.lower_ in CAPTIVE_STATE_WORDS
    )


def _violence_exploded(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'Protests exploded across the country', 'with Hong Kong protests exploding to new levels', 'violence
    exploded after the vote': what explodes is one of the violence nouns, a figure for the unrest growing,
    no explosive (the unrest, or a killing told with it, is what the sentence reports)."""
    if hit.category != "t:explode":
        return False
    root = hit.root(tokens)
    if root.lemma_.lower() != "explode":
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if root.dep_ == "acl":  # "protests exploding": the participle describes the noun that explodes
        subjects.append(root.head)
    return any(s.lemma_.lower() in words.violence_nouns or s.lower_ in words.violence_nouns for s in subjects)


def _describes_captives(hit: CueHit, tokens: list[Token]) -> bool:
    """'relatives of detained preachers', 'the release of abducted students': a participle that says who
    the people are reports no arrest or abduction of its own (after a determiner, preposition or adjective:
    "carried away and detained activists" is a verb the small model reads as one). Detainees right after the
    verb whose object they are ("agreed to release detained activists") are people held before; a hostage
    freed ("ASG frees kidnapped trader") still reports the kidnapping."""
    root = hit.root(tokens)
    before = root.doc[root.i - 1] if root.i > 0 else None
    held = ("DET", "ADP", "ADJ", "NUM", "PRON", "PUNCT", *(("VERB",) if hit.category != "t:abduct" else ()))
    return (
        hit.category in ("t:arrest", "t:abduct", "m:intervention")
        and root.dep_ == "amod"
        and root.tag_ == "VBN"
        and (before is None or before.pos_ in held)
    )


def _security_doer(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'ADF militants attacked the village': a security-target word that is the subject of an active verb
    whose object is a settlement or a building names who acted, not a security target (a security place
    there, 'attacked a checkpoint', is a target word of its own; 'militants launched an assault' keeps it)."""
    if hit.category != "m:security_target":
        return False
    root = hit.root(tokens)
    while root.dep_ == "compound":
        root = root.head
    return root.dep_ == "nsubj" and any(
        c.dep_ in ("dobj", "obj")
        and (c.lemma_.lower() in words.place_targets or c.ent_type_ in ("GPE", "LOC"))
        for c in root.head.children
    )


# weapon cues that an arrested person may merely carry: no explosion or grenade attack of their own
HAUL_CUES = frozenset({"t:explode", "m:grenade", "m:ied", "m:suicide"})
# how a weapon hangs on the arrest it was found in: through prepositions, noun modifiers, objects and the
# participle or noun of carrying ("carrying hand grenades", "in possession of a suicide vest"), and the verb
# of seizing joined to the arrest ("arrested three militants and recovered explosives and grenades")
HAUL_PATH_DEPS = frozenset(
    {"pobj", "prep", "dobj", "compound", "amod", "nmod", "npadvmod", "acl", "appos", "conj"}
)


def _without_haul(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
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


def _beside_firearms(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
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


def _weapon_snatched(words: WordLists, hit: CueHit, root: Token) -> bool:
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


def _no_force_used(hit: CueHit, tokens: list[Token]) -> bool:
    """'No arrests were reported', 'police did not fire tear gas', 'marched peacefully before dispersing': an
    intervention or crowd-control word that names no force used on the crowd (a crowd that disperses, with
    no object and no passive, leaves on its own)."""
    if hit.category not in ("m:intervention", "m:crowd_control"):
        return False
    word = hit.root(tokens)
    if _negated(word) or any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return True
    if word.dep_ in ("dobj", "obj", "nsubjpass") and _negated(word.head):
        return True
    return (
        word.pos_ == "VERB"
        and word.lemma_.lower() == "disperse"
        and not any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass", "agent") for c in word.children)
    )


def _seizes_no_place(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'announced they had seized power', 'seized the initiative': a capture verb whose object is no place
    took no territory; nor did one that took a person ('ousted President Mohamed Bazoum in a coup')."""
    if hit.category not in ("t:territory_gain", "t:territory_regain"):
        return False
    root = hit.root(tokens)
    objects = [c for c in root.children if c.dep_ == "dobj"]
    return any(
        c.lemma_.lower() in words.abstract_seizures or _titled_person(c, words.person_titles) for c in objects
    )


def _titled_person(noun: Token, titles: frozenset[str]) -> bool:
    """A proper name that an office or rank names ('President Mohamed Bazoum', 'Lieutenant Colonel
    Damiba'): someone, not somewhere. The model tags such a name a person or, for the ranks, an
    organisation; a place it tags GPE ('General Santos') stays a place."""
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return any(c.dep_ == "compound" and c.lower_ in titles for c in noun.children)


def _without_avenged_mishaps(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """'residents vandalised the office and torched a police van after a road accident killed a student':
    an accident or crime told only in what a crowd's violence followed is its cause, not the report, so
    neither it nor the deaths in its clause are the event (a blast that kills 'after a gas leak' has no
    crowd). Burning or attacking done by ordinary people (mob_nouns: 'boda boda riders burned a police post
    after a colleague was killed in a road accident') is a crowd's violence too."""
    crowd_acts = {h.root(tokens).i for h in hits if h.category == "m:violence_by_crowd"}
    crowd_acts |= {
        root.i
        for h in hits
        if h.category in ("t:loot", "t:attack")
        and (root := h.root(tokens)).pos_ == "VERB"
        and _done_by_a_crowd(words, root)
    }
    if not crowd_acts:
        return hits
    mishap_clauses = [
        clause
        for h in hits
        if h.category in ("s:accident", "s:crime")
        and (clause := _cause_clause(h.root(tokens))) is not None
        and clause.head.i in crowd_acts
    ]
    return [h for h in hits if not any(_is_below(h.root(tokens), c) for c in mishap_clauses)]


def _cause_clause(token: Token) -> Token | None:
    """The head of the 'after'/'following' phrase or clause holding the token ("torched a van after a road
    accident killed a student": 'killed', hanging on 'torched'), else None."""
    node = token
    while node.head != node:
        if node.dep_ == "pobj" and node.head.lower_ in CAUSE_MARKS:
            return node.head
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in node.children):
            return node
        node = node.head
    return None


def _fires_crowd_control(verb: Token, hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Police fired tear gas', 'shot rubber bullets': a firing verb whose object is a crowd-control weapon
    tells how the crowd was met, not a new attack."""
    crowd_control = {h.root(tokens) for h in hits if h.category == "m:crowd_control"}
    return any(child in crowd_control for child in verb.children if child.dep_ in ("dobj", "obj", "conj"))


# what security forces fire when they fire on no one named: the shots themselves, or the crowd
FIRED_AT_NO_ONE = frozenset({"fire", "shot", "bullet", "round", "ammunition", "crowd", "they", "them"})


def _fired_on_the_crowd(hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Police opened fire, killing two', 'soldiers fired live bullets', 'police shot dead two protesters':
    told right after a protest, security forces firing at no one else the sentence names fired on its
    crowd."""
    forces = {h.root(tokens) for h in hits if h.category == "m:security_target"}
    crowd = {h.root(tokens) for h in hits if h.category == "t:protest"}
    acts = [h.root(tokens) for h in hits if h.category.startswith("t:") and h.category != "t:protest"]
    shooters = {
        v for v in acts if v.pos_ == "VERB" and any(c in forces for c in v.children if c.dep_ == "nsubj")
    }
    if not shooters or any(h.category not in ("t:attack", "t:kill", "t:injure") for h in hits if
                           h.category.startswith("t:") and h.category != "t:protest"):  # fmt: skip
        return False
    for act in acts:
        if act not in shooters and not shooters & {act.head, act.head.head}:
            return False  # a harm of its own, not the firing's
        targets = [c for c in act.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        aims = [c for c in act.children if c.lower_ in ("on", "at")]
        targets += [g for c in aims for g in c.children if g.dep_ == "pobj"]
        for target in targets:
            if target not in crowd and target.lemma_.lower() not in FIRED_AT_NO_ONE and not target.like_num:
                return False  # "opened fire on a car that ignored a checkpoint"
    return True


def _hurt_by_crowd_control(hit: CueHit, hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Police fired rubber bullets, injuring 20': the harm a clause on the crowd-control firing tells is
    what that firing did to the crowd, no new attack."""
    if hit.category not in ("t:injure", "t:kill"):
        return False
    harm = hit.root(tokens)
    return harm.dep_ == "advcl" and _fires_crowd_control(harm.head, hits, tokens)


def _denied(token: Token) -> bool:
    """'carried them away without arrests', 'no one was detained': the cue names what did not happen."""
    return _negated(token) or (token.dep_ == "pobj" and token.head.lower_ == "without")


def _told(token: Token) -> bool:
    """Said of what happened, not a description inside a noun phrase or a demand: not 'demanded the release
    of demonstrators detained in May'."""
    chain = [token, *token.ancestors]
    return not any(t.dep_ in ("acl", "relcl") or t.lemma_.lower() in GRIEVANCE_VERBS for t in chain)


def _declared_after_incident(cues: CueLexicon, mention: EventMention) -> bool:
    """A mention that is only a declared state of emergency, martial law or internal armed conflict."""
    tokens = list(mention.sentence)
    return mention.categories == {"change_group"} and any(
        _declared_state_measure(cues, h) and h.root(tokens) == mention.trigger for h in mention.hits
    )


def _declared_state_measure(cues: CueLexicon, hit: CueHit) -> bool:
    """A state of emergency or exception, martial law or an internal armed conflict declared or imposed
    ('declare+emergency', 'approve+exception'): a government's measure against violence it names."""
    return hit.category == "t:change_group" and hit.phrase.partition("+")[2] in cues.state_measures


def _main_trigger(live: list[tuple[CueHit, Token]]) -> tuple[CueHit, Token]:
    """Prefer verbs over nouns, the sentence root over embedded clauses."""

    def rank(item: tuple[CueHit, Token]) -> tuple[int, int, int]:
        _, token = item
        return (0 if token.pos_ == "VERB" else 1, 0 if token.dep_ == "ROOT" else 1, token.i)

    return min(live, key=rank)


def _is_dated_caption(words: WordLists, sent: Span) -> bool:
    """A photo caption: a scene that ends in its date after a comma and no full stop ('... in Jakarta,
    Indonesia, Tuesday, Sept', '... near Donetsk, eastern Ukraine, on Dec. 26, 2014')."""
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


def _looks_like_headline(sent: Span) -> bool:
    text = sent.text.strip()
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
    capture's (see `_claimed_capture`)."""
    if _day_of_saying(words, date_root, trigger):
        return True
    if claimed_capture and _standing_in(date_root) == trigger.head:
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
    if _standing_in(date_root) != speaker:
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
    speakers = [c.i for c in speech_verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(speakers) and date_root.i < min(speakers) and min(speakers) < speech_verb.i


def _claimed_capture(words: WordLists, categories: set[str], trigger: Token) -> bool:
    """'On Saturday, the Arakan Army said its fighters had captured a military outpost', 'April 6 - The AA
    said it had captured a battalion base': a group's claim of ground taken, told in the pluperfect under
    the speech verb, is all the news knows of the capture; ACLED codes it on the day of the claim, so the
    day hung on the speech verb is the capture's when the clause names none of its own."""
    return (
        bool(categories)
        and categories <= TERRITORY_CLAIMS
        and trigger.dep_ == "ccomp"
        and trigger.head.lemma_.lower() in words.speech_verbs
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)
    )


# the strategic gains a group claims ('said it had captured', 'said its forces had retaken')
TERRITORY_CLAIMS = frozenset({"territory_gain", "territory_regain"})


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
    return any(_is_date_entity(ent) and ent.root.i > trigger.i for ent in span_entities(trigger.sent))


def _is_below(token: Token, head: Token) -> bool:
    return head == token or head in token.ancestors


def _describes_other_noun(token: Token, trigger: Token) -> bool:
    """Inside a clause that describes a noun other than the incident's ("property seized in the 1970s",
    "a law that was passed in 2019"), a clause the trigger is not part of."""
    below: Token | None = None
    for step in [token, *token.ancestors]:
        if step == trigger:
            return False
        if step.dep_ in ("acl", "relcl") and step.head != trigger and not _is_below(trigger, step):
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
    """Below `verb` in the parse without passing through a nested clause (see `_own_clause`)."""
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


def _sentence_date(
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
        if not _is_date_entity(ent) or ent.start_char < body_start:
            continue
        if ent.root.head.lemma_.lower() in words.duration_verbs and ent.root.dep_ in ("advmod", "npadvmod"):
            continue  # "the clashes lasted overnight": how long the incident went on, not another day
        if _stretch_end(words, ent.root):
            continue  # "the clashes lasted into Tuesday": where the incident's stretch ended, not another day
        if _count_deadline(ent.root):
            continue  # "18 bodies had been recovered by Tuesday evening": when the dead were counted
        if _night_of_a_named_day(words, ent, sent):
            continue  # "in an overnight raid ... on Saturday": the time of night; the weekday is the date
        if _ranks_in_period(ent):
            continue  # "shot dead in Bajaur, third this year": how many such incidents the period had
        if _weekly_occasion(words, ent.root) and _another_date(words, sent, ent, body_start):
            # "blew himself up during Friday prayers on March 4, 2022": the occasion; the date is the day
            # (alone, "bombs target Sunday Mass" still tells the day)
            continue
        day = _names_a_day(words, ent)
        names_a_day = names_a_day or day
        day_in_own_clause = day_in_own_clause or (day and _in_clause_of(ent.root, trigger))
        resolved = _as_stated(ent, resolve_date(_with_day(ent), anchor, previous_date))
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
            _is_background_date(resolved, anchor) or _in_pluperfect_description(ent.root)
        ):
            if previous_date is not None and _is_background_date(resolved, anchor):
                # "Rwandan troops, deployed in 2021, helped recapture several towns": after a dated incident,
                # a deed told only beside its subject's old past is that past, background
                described_old = (ent.text, ResolvedDate(resolved.date, resolved.precision, DateKind.VAGUE))
            # "to demand the return of property seized in the 1970s": the property's past; "the release of
            # a student who had been picked up ... last week": what befell him before the incident
            continue
        if resolved.kind == DateKind.VAGUE:
            if _in_clause_of(ent.root, trigger):
                vague = vague or (ent.text, resolved)
            elif _is_below(ent.root, trigger):
                continue  # a period of a clause nested under the incident ("areas where ... in recent days")
            elif best[1] is None:
                best = (ent.text, resolved)
            continue
        distance = abs(ent.root.i - trigger.i) - (100 if _is_below(ent.root, trigger) else 0)
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
        same_day = SAME_DAY_RE.search(sent.text)
        if same_day is not None and sent.start_char + same_day.start() >= body_start:
            return same_day.group(), ResolvedDate(previous_date, 1, DateKind.ANAPHORIC)
        # "The day before, Russian warplanes struck ...", "the following day": the day next to it
        adjacent = ADJACENT_DAY_RE.search(sent.text)
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
                if _stretch_end(words, token) or _count_deadline(token):
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
        and _is_date_entity(other)
        and not _weekly_occasion(words, other.root)
        for other in span_entities(sent)
    )


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


def _is_date_entity(ent: Span) -> bool:
    named_march = len(ent) == 1 and _named_march(ent[0])
    dated = ent.label_ in ("DATE", "TIME") or is_full_date(ent.text) or is_fixed_holiday(ent.text)
    return dated and not named_march


def _opening_date(sent: Span, anchor: dt.date | None, body_start: int) -> tuple[str, ResolvedDate] | None:
    """The full date a note's sentence opens with ("On 11 April 2023, security forces conducted an
    operation ..."), when it is one."""
    for ent in span_entities(sent):
        if ent.start - sent.start > 1 or ent.start_char < body_start or not _is_date_entity(ent):
            continue
        resolved = resolve_date(_with_day(ent), anchor)
        if resolved is not None and resolved.kind == DateKind.ABSOLUTE and resolved.precision == 1:
            return ent.text, _as_stated(ent, resolved) or resolved
    return _date_stamp(sent, body_start, anchor)


def _date_stamp(sent: Span, body_start: int, anchor: dt.date | None) -> tuple[str, ResolvedDate] | None:
    """A full date opening the sentence that the small model does not take whole: it tags only "2024" of
    "Feb 11, 2024:", or reads "Mar 4, 2023" as a person's name; or a round-up's entry stamp without a year
    ("Wednesday, 8 November:", "April 6 - "), whose weekday the model splits off."""
    if sent.start_char < body_start:
        return None
    stamp = leading_full_date(sent.text) or leading_day_stamp(sent.text, anchor)
    return _to_the_day(*stamp) if stamp is not None else None


def _to_the_day(text: str, day: dt.date) -> tuple[str, ResolvedDate]:
    """A printed calendar date as a resolved date of day precision."""
    return text, ResolvedDate(day, 1, DateKind.ABSOLUTE)


# ACLED's notes mark a date it knows only to the week or the month: "Around 15 July 2024 (month of), ..."
_STATED_PERIOD = re.compile(r"\(\s*(week|month) of\b", re.I)


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


def _ranks_in_period(ent: Span) -> bool:
    """A period the incident is ranked in ("third this year", "the fourth attack this month"), which counts
    the period's incidents and dates none: an ordinal opens the date, or modifies the noun it hangs on."""
    if _ORDINAL_WORD.match(ent[0].lower_) and len(ent) > 1:
        return True
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


def _names_day_in(words: WordLists, sent: Span, body_start: int) -> bool:
    """Whether a sentence (after the dateline) names a day, as an entity or a bare weekday."""
    return any(
        e.label_ == "DATE" and e.start_char >= body_start and _names_a_day(words, e)
        for e in span_entities(sent)
    ) or any(t.lower_ in words.weekday_words and t.idx >= body_start and not _habitual_day(t) for t in sent)


def _names_a_day(words: WordLists, ent: Span) -> bool:
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


def _is_background_date(date: ResolvedDate, anchor: dt.date | None) -> bool:
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


def _old_incident_nouns(sent: Span, hits: list[CueHit], anchor: dt.date | None, body_start: int) -> set[str]:
    """Incident nouns a date long before the report modifies: "sentenced two men for facilitating the March
    2022 suicide bombing" names the bombing of March 2022, history in a 2024 story on the verdict."""
    tokens = list(sent)
    nouns = {h.root(tokens) for h in hits if h.category.startswith("t:")}
    found: set[str] = set()
    for noun in nouns:
        if noun.pos_ != "NOUN":
            continue
        for ent in span_entities(sent):
            if not _is_date_entity(ent) or ent.start_char < body_start or ent.end > noun.i:
                continue
            if ent.root.head != noun and ent.root.head.head != noun:
                continue
            resolved = resolve_date(_with_day(ent), anchor)
            if resolved is not None and _is_background_date(resolved, anchor):
                found.add(noun.lemma_.lower())
    return found


def _retells_old_incident(trigger: Token, old_incidents: set[str]) -> bool:
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


def _incident_clauses(cues: CueLexicon, sent: Span) -> list[Span]:
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


def _parallel_elsewhere(mention: EventMention, lead: EventMention) -> bool:
    """'In the western city of Kisumu, protesters blocked roads', after 'Police fired tear gas at protesters
    in Nairobi on Wednesday': a sentence fronted by its own place, telling an incident of the lead's kind
    with no day of its own, lists what happened elsewhere that day (a wire's round-up)."""
    if _day_of(lead) is None:
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


def _likened_gathering(words: WordLists, mention: EventMention, lead: EventMention) -> bool:
    """'A similar sit-in was held in Gwadar' after sit-ins told on Sunday: a gathering likened to the one
    before, held in another town with no time of its own, was held the same day (`_held_elsewhere`)."""
    trigger = mention.trigger
    crowd = {category[2:] for category in CROWD_TRIGGERS}
    return (
        _day_of(lead) is not None
        and bool(mention.categories & crowd)
        and any(c.dep_ == "amod" and c.lower_ in words.likeness_words for c in trigger.children)
        and _held_elsewhere(trigger)
    )


def _month_before_lead(mention: EventMention, lead: EventMention) -> bool:
    """An incident dated only by a month before the month of an incident the story told to the day: "In
    December, a suicide bomber killed 23 soldiers" after "Gunmen killed five police officers on Friday" in a
    January report. The story recalls it as background; it was news in its own month."""
    told, day = mention.date, _day_of(lead)
    if told is None or told.date is None or told.precision < 3 or day is None:
        return False
    if (told.date.year, told.date.month) < (day.year, day.month):
        return True
    # "Earlier this month, a two-day offensive killed 12" after Thursday's raid: set before it in its month
    earlier = "earlier" in (mention.date_text or "").lower().split()
    return earlier and (told.date.year, told.date.month) == (day.year, day.month)


def _day_of(mention: EventMention) -> dt.date | None:
    """The day a mention is told on, when it is told to the day."""
    told = mention.date
    return told.date if told is not None and told.precision == 1 else None


def _real_suppressors(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """Drop cue hits that are not what they look like: suppressors that are verbs ("gunmen stormed the
    university" is no storm) or nouns of violence ("an outbreak of violence"); arrests that are phrasal verbs
    ("held up signs"); modifiers naming the source of the report ("according to vigilantes"); crowd words
    describing a unit ("riot police"); violence that did not happen ("took the town without a fight")."""
    kept = []
    for hit in hits:
        root = hit.root(tokens)
        # "held up signs"; a frame checked its own particles ("picked up a student")
        phrasal = any(c.dep_ == "prt" for c in root.children)
        if hit.category == "t:arrest" and "+" not in hit.phrase and phrasal:
            continue
        if (
            hit.category == "m:violence_by_crowd"
            and root.pos_ == "NOUN"
            and any(
                c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and not hit.start <= c.i < hit.end
                for c in root.children
            )
        ):
            continue  # "at the Solovetsky stone": a monument's name, no stone thrown ("Molotov" is thrown)
        if (
            hit.category in ("t:riot", "t:protest", "m:violence_by_crowd")
            and root.dep_ in ("compound", "amod")
            and (root.head.lower_ in words.unit_nouns or _next_word(root) in words.unit_nouns)
        ):
            continue  # "riot police fired tear gas": the police are no rioters
        if (
            hit.category in ("t:riot", "t:protest")
            and root.dep_ in ("compound", "amod")
            and root.head.lemma_.lower() in words.organiser_nouns
        ):
            continue  # "abducted a protest organizer": who leads a protest, no crowd of this event
        if hit.category.startswith("t:") and root.ent_type_ in ("DATE", "TIME") and not _named_march(root):
            continue  # "On 7 March 2023": a month, not a march
        if hit.category.startswith("t:") and root.dep_ == "pobj" and root.head.lower_ == "without":
            continue  # "without fighting", "without casualties"
        if hit.category == "t:kill" and _dead_handed_over(root):
            continue  # "exchanged prisoners and dead fighters": the bodies change hands, nobody is killed
        if hit.category.startswith(("t:", "m:")) and any(
            _alleged_of(t, words.involvement_nouns) for t in (root, *root.ancestors)
        ):
            continue  # "a man accused of kidnapping", "suspected of killing a policeman": an allegation, and
            # all it tells ("accusing him of attacking protesters": no crowd of this event)
        if hit.category == "t:protest" and _gathers_things(words, root):
            continue  # "women who were gathering firewood": they collect something, no crowd gathers
        if hit.category == "t:arrest" and _holds_an_occasion(words, root):
            continue  # "held a march", "a rally was held", "held talks": no one taken into custody
        if hit.category.startswith("m:") and _attribution(words, root):
            continue  # "according to vigilantes": a source, not a mob
        if hit.category == "m:mob" and (person := _reporter_head(root)) != root and _reports(words, person):
            continue  # "a leader of a local vigilante group told Reuters": the source's group, no mob
        if hit.category.startswith("s:"):
            if (
                hit.category == "s:accident"
                and root.dep_ == "dobj"
                and root.head.lemma_.lower() in DELIVERY_VERBS
            ):
                continue  # "a helicopter dropped a cylinder of chlorine": the cylinder is the weapon
            if hit.category == "s:crime" and _alleged(root):
                continue  # "a man accused of theft", "a suspected thief": the victim's alleged crime
            if (
                hit.category == "s:crime"
                and _caught_doing(root)
                and not any(h.category == "t:arrest" for h in hits)
            ):
                # "killed a man after catching him stealing a motorcycle": the deed the victim was caught at
                # is why the crowd turned on him (police who arrest men caught stealing act on a crime)
                continue
            if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in words.noun_only_suppressors:
                continue
            if hit.category == "s:accident" and _hyphened_modifier(root):
                continue  # "raped a flood-affected woman", "in the quake-hit district": who or where, no
                # accident of this incident
            if hit.category == "s:denial" and _charged_with_no_incident(words, hits, root):
                continue  # "a mob accusing two brothers of blasphemy set fire to churches": the charge is
                # no incident, so the accusation denies none; it tells why the crowd acted
            of_what = [g for c in root.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            violence = words.violence_nouns
            if any(g.lemma_.lower() in violence or g.lower_ in violence for g in of_what):
                continue
        kept.append(hit)
    return kept


# what a disaster did to the people or places it names ('flood-affected', 'quake-hit', 'drought-stricken')
STRUCK_BY_WORDS = frozenset({"affected", "hit", "stricken", "ravaged", "displaced", "battered", "prone"})


def _hyphened_modifier(word: Token) -> bool:
    """'flood-affected', 'quake-hit': the word opens a hyphenated modifier of what a disaster struck (not
    'a flood-induced landslide', which is the accident)."""
    doc = word.doc
    return (
        word.i + 2 < len(doc)
        and doc[word.i + 1].text == "-"
        and not doc[word.i + 1].whitespace_
        and not word.whitespace_
        and doc[word.i + 2].lower_ in STRUCK_BY_WORDS
    )


# verbs that deliver a weapon onto a target: what they drop or fire is a munition, not an accident
DELIVERY_VERBS = frozenset({"drop", "fire", "launch", "lob", "hurl", "throw"})
# verbs whose objects change hands: the dead they take ("retrieved dead soldiers") died earlier
HANDOVER_VERBS = frozenset(
    {"exchange", "swap", "release", "hand", "return", "retrieve", "recover", "repatriate", "collect", "bury"}
)


# accusation words whose charge follows "of": "accusing two men of blasphemy", "accusations of torture"
ACCUSATION_WORDS = frozenset({"accuse", "accusation", "accusations", "allegation", "allegations"})


def _charged_with_no_incident(words: WordLists, hits: list[CueHit], accusation: Token) -> bool:
    """An accusation whose charge (the first object of "of", on the accusation or on the accused) is no
    event cue and no violence noun: an offence like blasphemy or theft, not a denied attack."""
    if accusation.lemma_.lower() not in ACCUSATION_WORDS and accusation.lower_ not in ACCUSATION_WORDS:
        return False
    holders = [accusation, *(c for c in accusation.children if c.dep_ == "dobj")]
    charges = [
        g for h in holders for c in h.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    charge = min(charges, key=lambda t: t.i, default=None)
    if (
        charge is None
        or charge.lemma_.lower() in words.violence_nouns
        or charge.lower_ in words.violence_nouns
    ):
        return False
    return not any(h.category.startswith("t:") and h.start <= charge.i < h.end for h in hits)


def _gathers_things(words: WordLists, verb: Token) -> bool:
    """A gathering verb with a direct object: people collecting something, not a crowd."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in words.object_gathering_verbs
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _next_word(token: Token) -> str:
    """The next word's lowercase form ('riot police' parsed as 'riot' -> 'chase' in a caption)."""
    doc = token.doc
    return doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""


def _dead_handed_over(token: Token) -> bool:
    """'dead' describing bodies that are exchanged, returned or buried."""
    if token.lower_ != "dead" or token.dep_ != "amod":
        return False
    noun = token.head
    while noun.dep_ == "conj":  # "prisoners and dead fighters"
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in HANDOVER_VERBS


def _alleged(token: Token) -> bool:
    """A crime word that is only alleged against someone: 'accused of theft', 'suspected thieves'."""
    if any(c.lower_ in ("suspected", "alleged", "presumed") for c in token.children):
        return True
    return _alleged_of(token)


def _caught_doing(token: Token) -> bool:
    """The deed someone was caught at: 'after catching him stealing', 'a youth caught stealing a phone'."""
    return token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() == "catch"


def _alleged_of(token: Token, involvement: frozenset[str] = frozenset()) -> bool:
    """What someone is accused or suspected of: 'a man accused of kidnapping', 'suspected of killing',
    'beat a man on suspicion of theft', 'on suspicion of their involvement in two explosions' (through one
    of `involvement` nouns)."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in involvement:
        token = head.head
        head = token.head
    return (
        token.dep_ in ("pobj", "pcomp")
        and head.lower_ == "of"
        and head.head.lemma_.lower() in ("accuse", "suspect", "suspected", "accused", "suspicion")
    )


def _strike_on_target(hit: CueHit, tokens: list[Token]) -> bool:
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


def _guard_post(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
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


def _armed_camp(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
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


def _laid_beforehand(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'"The militants had planted the explosive on the murram road overnight," he said' after the blast was
    told: an explosive set in place in the past perfect is a step before the dated incident, which the
    report already has; the laying, or the explosive it takes, opens no incident of its own."""
    word = hit.root(tokens)
    verb = word.head if word.dep_ in ("dobj", "obj", "nsubjpass") else word
    return verb.lemma_.lower() in words.laying_verbs and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children
    )


def _prior_step(verb: Token) -> bool:
    """A verb in an 'after ...ing' clause: what the sentence's act followed ("after seizing the town")."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "following")


def _in_earlier_step(token: Token) -> bool:
    """A word inside an 'after ...' clause, however deep ('after announcing they had seized power')."""
    return any(
        _prior_step(node) or any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in node.children)
        for node in (token, *token.ancestors)
    )


def _occasion(token: Token) -> bool:
    """A noun named as what another act followed: 'after the arrest of a local leader'."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("after", "following")


def _had_done(token: Token) -> bool:
    """A noun in a past perfect relative clause on those acted on ('arrested 5 people who had taken part in
    the protests of the previous day'): what they did before the act, which ACLED codes apart."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.dep_ == "relcl" and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in ancestor.children
            )
    return False


def _followed_arrest(token: Token) -> bool:
    """An arrest named or told as what another act followed: 'after the arrest of a local leader', 'burned a
    patrol car after officers arrested a resident', 'after arresting him'."""
    after_clause = token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "following") for c in token.children
    )
    return _occasion(token) or after_clause or _prior_step(token)


def _followed_step(verb: Token) -> Token | None:
    """The clause of a verb that another act followed: 'after police stopped the men and seized their
    weapons' (the verbs joined by 'and' share the first one's 'after'), or None."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    after = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "following") for c in verb.children
    )
    return verb if after else None


def _sideless_suspension(verb: Token) -> bool:
    """Talks suspended in an agentless passive that names no sides ('talks in Jeddah brokered by Saudi
    Arabia were suspended', 'said talks had been suspended'): ACLED codes a change to a group's activity
    only with the actor that made it, and the sentence names neither who suspended the talks nor whose
    they were ('talks between the government and the ELN were suspended' and 'Petro suspended talks with
    the ELN' keep theirs)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    talks = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(talks) and not any(
        prep.dep_ == "prep" and prep.lower_ in ("between", "with") for t in talks for prep in t.subtree
    )


def _agreed_withdrawal(transfer: CueHit, agreements: list[CueHit], tokens: list[Token]) -> bool:
    """A withdrawal or handover done under an agreement ("Armenian forces withdrew under the ceasefire
    agreement"): the place changes hands without a fight, whoever moves in."""
    verb = transfer.root(tokens)
    for hit in agreements:
        token = hit.root(tokens)
        if token.dep_ == "compound":
            token = token.head
        if _framework(token) and token.head.head == verb:
            return True
    return False


def _framework(token: Token) -> bool:
    """An agreement named as the frame of another act: 'under the ceasefire agreement', 'as part of the
    deal', 'in line with the accord', 'following a border delimitation agreement'."""
    if token.dep_ == "compound":
        token = token.head  # "ceasefire" in "the ceasefire agreement"
    head = token.head
    if token.dep_ != "pobj":
        return False
    part_of = head.lower_ == "of" and head.head.lower_ == "part"
    return (
        head.lower_ in ("under", "following", "per")
        or part_of
        or (head.lower_ == "with" and head.head.lower_ == "line")
    )


def _named_march(token: Token) -> bool:
    """'the Aurat March', 'an Azadi March': a march with a name, which the model reads as the month; a
    month takes no article or name before it ('in March', 'last March', '7 March')."""
    month_alone = (
        token.lower_ == "march"
        and token.ent_iob_ == "B"
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )
    return month_alone and any(c.dep_ in ("det", "compound") and not c.like_num for c in token.children)


def _holds_an_occasion(words: WordLists, verb: Token) -> bool:
    """'hold' whose object (or passive subject) is an occasion, not a person."""
    if verb.lemma_.lower() != "hold":
        return False
    if verb.dep_ in ("acl", "amod") and verb.head.lemma_.lower() in words.held_occasions:
        return True  # "the march held on Sunday" read as a modifier
    # a named occasion the model splits keeps its head noun in an apposition: "held the Pashtun Qaumi Jirga"
    return any(
        c.dep_ in ("dobj", "nsubjpass") and _hyphenated_lemma(n) in words.held_occasions
        for c in verb.children
        for n in (c, *(a for a in c.children if a.dep_ == "appos"))
    )


def _hyphenated_lemma(token: Token) -> str:
    """The lemma of a hyphenated word the tokenizer split: 'sit-ins' is 'sit-in', where the last piece's
    own lemma is 'in'."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lemma_.lower()}"
    return token.lemma_.lower()


def _reporter_head(token: Token) -> Token:
    """The head of the noun phrase a word modifies, up through 'of' ('a leader of a local vigilante group'
    from 'vigilante'): the person the phrase names, who may be the one who reports."""
    return _climb_noun_phrase(token, ("compound", "amod"), ("NOUN", "PROPN"), ("NOUN", "PROPN"))


def _reports(words: WordLists, person: Token) -> bool:
    """The person is who reports: the subject of a speech verb, or the phrase right before one (the small
    model often hangs a trailing 'a leader of a vigilante group told Reuters' on a place as an apposition)."""
    after = person.right_edge.i + 1
    if after < len(person.doc):
        follows = person.doc[after]
        if follows.pos_ == "VERB" and follows.lemma_.lower() in words.speech_verbs:
            return True
    return _attribution(words, person)


def _attribution(words: WordLists, token: Token) -> bool:
    """The noun is who reports: 'according to vigilantes', 'vigilantes said'."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return token.dep_ == "nsubj" and head.lemma_.lower() in words.speech_verbs


def _without_grievances(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """In a protest report, the violence protested against is the grievance, not the event: "a rally
    against the arrest of the leader", "protested over the killing of a student", "marched after a man was
    shot dead"; nor is an accident protested over ("a demonstration over the train crash") a report of an
    accident."""
    # a crowd's own violence reports it too ("residents set fire to a police station after a suspect died in
    # custody"), when no weapon or fight of its own is told ("the explosion put the house on fire")
    crowd_violence = any(
        h.category == "m:violence_by_crowd" and _done_by_a_crowd(words, h.root(tokens)) for h in hits
    ) and not any(h.category in ARMED_VIOLENCE_TRIGGERS for h in hits)
    if not crowd_violence and not any(h.category in CROWD_TRIGGERS for h in hits):
        return hits
    kept = []
    demonstrated = any(h.category == "t:protest" for h in hits)
    # the crowd's words: its triggers, its violence ("threw stones after the government suspended talks") and
    # what is used on it ("after police fired teargas" tells the protest)
    crowd = {i for h in hits if h.category in CROWD_WORDS for i in range(h.start, h.end)}
    for hit in hits:
        crowd_cue = hit.category in ("t:protest", "t:riot", "m:mob")
        root = hit.root(tokens)
        if (
            hit.category[:2] in ("t:", "m:", "s:")
            and not crowd_cue
            and (
                _in_grievance(words, root)
                or _misparsed_reduced_relative(words, root)
                or _in_cause_clause(root, crowd)
            )
        ):
            continue
        if demonstrated and hit.category == "t:riot" and _demanded_for(hit.root(tokens)):
            continue  # "demonstrated calling for an amnesty for the January 8 rioters": whom the crowd backs
        kept.append(hit)
    return kept


def _baton_charge(hits: list[CueHit], tokens: list[Token]) -> bool:
    """'police charged students at a protest with batons': a charge with batons is a baton charge, crowd
    control, wherever the parse hangs the batons."""
    roots = [h.root(tokens) for h in hits if h.category == "m:intervention"]
    charged = any(t.lemma_.lower() == "charge" and t.pos_ == "VERB" for t in roots)
    return charged and any(t.lemma_.lower() == "baton" for t in roots)


def _crowd_demands(words: WordLists, tokens: list[Token]) -> bool:
    """'Depositors stormed a bank branch demanding access to their savings': ordinary people (mob_nouns) who
    act while demanding something make a demand in public, which is what a demonstration is."""
    return any(
        t.lemma_.lower() == "demand"
        and t.tag_ == "VBG"
        and t.dep_ in ("advcl", "acl")
        and any(c.dep_ == "nsubj" and c.lower_ in words.mob_nouns for c in t.head.children)
        for t in tokens
    )


def _crowd_attacks(hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Protesters attacked Syrian nationals and damaged their shops': a crowd word that is the subject of an
    attack or damage verb is the crowd's own violence (not 'protested against an attack')."""
    crowd = {h.root(tokens).i for h in hits if h.category in CROWD_TRIGGERS and h.root(tokens).pos_ == "NOUN"}
    return any(
        h.category in ("t:attack", "t:loot")
        and h.root(tokens).pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.i in crowd for c in h.root(tokens).children)
        for h in hits
    )


def _done_by_a_crowd(words: WordLists, verb: Token) -> bool:
    """The verb's subject is ordinary people of a place or a trade ("residents set fire to ...")."""
    return any(c.dep_ == "nsubj" and c.lower_ in words.mob_nouns for c in verb.children)


def _misparsed_reduced_relative(words: WordLists, token: Token) -> bool:
    """A subjectless past verb right after a grievance noun describes that noun, wherever the parser hangs it:
    "demanding justice for a trainee doctor raped and murdered at the college" ('raped' put on the main
    verb)."""
    verb = token.head if token.dep_ == "conj" else token
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and _in_grievance(words, before)


def _demanded_for(token: Token) -> bool:
    """A noun named as whom a demand is for: 'an amnesty for the rioters', 'the release of the rioters'."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in ("for", "of"):
        return False
    return head.head.lemma_.lower() in ("amnesty", "pardon", "release", "freedom", "justice", "support")


def _suffered_in_relative_clause(token: Token) -> bool:
    """A passive relative clause or participle says what befell the noun it describes ("a doctor who was
    raped and murdered", "a man killed by police"); an active one what the noun did ("protesters who stormed
    the embassy"), no grievance."""
    clause = token.head if token.dep_ == "conj" else token
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    return (clause.dep_ == "relcl" and passive) or (clause.dep_ == "acl" and clause.tag_ == "VBN")


def _in_cause_clause(token: Token, crowd: set[int]) -> bool:
    """The word lies in what a demonstration followed: "marched after a police officer was acquitted of the
    shooting", "rioted after the police shooting of a teenager", "protested after a blast killed two
    traders", the clause hanging on the demonstration's own word ("rallied", "held a protest"; not "protests
    disband after IS carries out a bombing": the bombing ended them). Not when the clause names the crowd or
    what was used on it ("clashed with police after officers fired on them", "was cut short after police
    fired teargas"): then it tells the demonstration itself."""
    node = token
    for _ in range(8):
        on_prep = node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in CAUSE_MARKS
        on_verb = node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in node.children
        )
        if on_prep or on_verb:
            followed = _demand_of_crowd(node.head.head if on_prep else node.head, crowd)
            demonstrated = followed.i in crowd or any(
                c.i in crowd and c.dep_ == "dobj" for c in followed.children
            )
            return demonstrated and not any(
                t.i in crowd or t.lower_ in ("they", "them") for t in node.subtree
            )
        if node.head is node:
            return False
        node = node.head
    return False


CAUSE_MARKS = frozenset({"after", "following"})
# strategic developments that an announcement makes public: the day it is announced is their day
ANNOUNCED_CATEGORIES = frozenset({"change_group", "coup", "agreement"})


def _demand_of_crowd(verb: Token, crowd: set[int]) -> Token:
    """The crowd's word when `verb` is the participle saying what the crowd wanted ("demonstrated in Tel Aviv
    calling for a deal after six hostages were found dead": the parser hangs the cause on 'calling'), else
    `verb` itself."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp") and verb.head.i in crowd:
        return verb.head
    return verb


# verbs whose object is a toll: "the crash that killed 57", "the fire that left 59 dead"
TOLL_VERBS = frozenset({"kill", "claim", "leave", "injure", "wound"})


def _in_grievance(words: WordLists, token: Token) -> bool:
    """A grievance, or a word inside one through 'of', 'for', a noun modifier or a relative clause ("to mourn
    the victims of the Urumqi fire", "demanding justice for a doctor who was raped and murdered"), or in what
    befell the person whose kin protest ("relatives of a man who was shot dead by police held a sit-in")."""
    if _befell_kin(words, token) or _mourned(words, token):
        return True
    for _ in range(6):
        if is_grievance(token):
            return True
        # "demanding justice for a classmate who was killed": the parser hangs 'for' on the verb
        demanded_for = token.head.lower_ == "for" and token.head.head.lemma_.lower() in GRIEVANCE_VERBS
        if token.dep_ == "pobj" and demanded_for:
            return True
        if token.dep_ == "pobj" and token.head.lower_ in ("of", "for"):
            token = token.head.head
        elif token.dep_ in ("nmod", "compound") or _suffered_in_relative_clause(token):
            token = token.head
        else:
            # "marched over the train crash that killed 57 people": the crash is what is protested (not
            # "water cannon against protesters who stormed the embassy": the crowd's own deed)
            return token.dep_ == "relcl" and token.lemma_.lower() in TOLL_VERBS and is_grievance(token.head)
    return False


def _mourned(words: WordLists, token: Token) -> bool:
    """The word lies in whom or what a demonstration mourns or marks: 'a vigil for the victims of the
    bombing', 'in memory of those killed in the drone strike', 'to mark the anniversary of the massacre'."""
    return any(
        t.lemma_.lower() in words.mourned_nouns and t.dep_ in ("pobj", "dobj")
        for t in (token, *token.ancestors)
    )


def _befell_kin(words: WordLists, token: Token) -> bool:
    """The word lies in a clause saying what befell a person named as kin: 'the family of a man who was
    shot dead by police', 'relatives of a student killed in custody', 'their sons who went missing'."""
    if any(_said_of_own_kin(words, t) for t in (token, *token.ancestors)):
        return True
    clause = next((t for t in (token, *token.ancestors) if _suffered_in_relative_clause(t)), None)
    if clause is None:
        return False
    person = clause.head.head if clause.dep_ == "conj" else clause.head
    return person.dep_ == "pobj" and person.head.lower_ == "of" and _kin(words, person.head.head)


def _said_of_own_kin(words: WordLists, clause: Token) -> bool:
    """A relative clause on someone's own kin ('to demand news of their relatives who disappeared in
    custody', 'her son who died in detention'): active or passive, it tells what befell them."""
    kin = clause.head
    return clause.dep_ == "relcl" and _kin(words, kin) and any(c.dep_ == "poss" for c in kin.children)


def _kin(words: WordLists, token: Token) -> bool:
    """Relatives or fellows of a person: 'the family of', 'relatives of', 'family members of'."""
    lemma = token.lemma_.lower()
    family_member = lemma == "member" and any(c.lower_ == "family" for c in token.children)
    return lemma in words.kin_nouns or family_member


CROWD_TRIGGERS = frozenset({"t:protest", "t:riot"})
# weapons and fights: a sentence that tells one of them tells no crowd's violence
ARMED_VIOLENCE_TRIGGERS = frozenset(
    {"t:explode", "t:shell", "t:airstrike", "t:attack", "t:clash", "t:chemical"}
)
# a crowd's triggers, its violence and what is used on it
CROWD_WORDS = CROWD_TRIGGERS | {"m:crowd_control", "m:violence_by_crowd"}
MILITARY_WEAPON_TRIGGERS = frozenset({"t:airstrike", "t:shell"})
# cues that someone was hurt: with one of them, a military exercise is no routine drill
HARM_TRIGGERS = frozenset({"t:kill", "t:injure"})
# cue phrases of a shooting aimed at someone, and the words that call an incident an accident
DELIBERATE_SHOOTING = frozenset(
    {"shoot dead", "gun down", "gundown", "gunned down", "gun-down", "gun attack"}
)
ACCIDENT_WORDS = frozenset({"accident", "accidental", "accidentally"})
MINE_CUES = frozenset({"landmine", "land mine", "mine"})  # phrases of the 'ied' modifier that name a mine
# accident cues that name only a site: fighting there ("seventeen killed in battles near the Baiji
# refinery") is no industrial accident
ACCIDENT_SITES = frozenset(
    {"factory", "warehouse", "refinery", "gas plant", "chemical plant", "power plant", "oil company"}
)


def _routine_exercise(hits: list[CueHit], tokens: list[Token]) -> bool:
    """Every cue of the sentence is the fire of a military exercise that hurt nobody ("troops began joint
    live-fire drills, firing artillery shells into the sea"): ACLED codes no exercise. Fire in a clause of
    its own ("shelled Kharkiv as Belarus held military exercises") and an exercise that killed or wounded
    someone are news."""
    drills = [h.root(tokens) for h in hits if h.category == "m:exercise"]
    if not drills or any(h.category in HARM_TRIGGERS for h in hits):
        return False
    # the verb the exercise is the object of, or that a preposition hangs it on ("fired missiles during
    # military exercises")
    clauses = [drill.head.head if drill.dep_ == "pobj" else drill.head for drill in drills]
    triggers = [h.root(tokens) for h in hits if h.category.startswith("t:")]
    return all(any(t in clause.subtree for clause in clauses) for t in triggers)


def _accident_or_crime(hits: list[CueHit]) -> bool:
    """The sentence names an accident, or an ordinary crime that no mob avenged (a mob lynching a thief
    is mob violence, which ACLED codes) and no one fought over (gendarmes who clash with cattle thieves or
    drug smugglers fight an armed group), and no crowd that could have caused it."""
    categories = {h.category for h in hits}
    if categories & CROWD_TRIGGERS:
        return False  # a crowd that "sparked a dumpster blaze" caused no accident
    if categories & MILITARY_WEAPON_TRIGGERS:
        return False  # "bombed the base, destroying missile warehouses": no warehouse fire
    if "m:war_remnant" in categories or any(h.category == "m:ied" and h.phrase in MINE_CUES for h in hits):
        # "a trooper accidentally stepped on a mine while patrolling": a landmine or a remnant of war that
        # goes off is an explosion ACLED codes (Remote explosive/landmine/IED), however unintended
        return False
    # "recovered a cache of arms, including 40 kg of ammonium nitrate": what forces seize went off in no
    # accident, whatever industrial word names it
    accident = "s:accident" in categories and "t:disrupt" not in categories
    sites_only = all(h.phrase in ACCIDENT_SITES for h in hits if h.category == "s:accident")
    if "t:clash" in categories and sites_only:
        accident = False
    # "a head constable was shot dead near a factory": a shooting aimed at someone is no industrial accident,
    # unless the text calls it one ("accidentally shot")
    said_accidental = any(h.category == "s:accident" and h.phrase in ACCIDENT_WORDS for h in hits)
    if any(h.phrase in DELIBERATE_SHOOTING for h in hits) and not said_accidental:
        accident = False
    sport = "s:sport" in categories  # "United's attack overwhelmed the visitors' defence": a game
    # "the battle over the federal budget intensified": a contest of politics, law or trade, not a fight
    contest = "s:contest" in categories
    return accident or sport or contest or ("s:crime" in categories and not categories & {"m:mob", "t:clash"})


def _has_named_actor(cues: CueLexicon, sent: Span) -> bool:
    """An actor from the alias table, a noun that only armed actors are ('militants', 'troops'), or people
    said to be armed ('armed cattle raiders', 'armed men'; not an 'armed robbery' or 'armed robbers')."""
    return (
        any(e.label_ == "ACTOR" for e in span_entities(sent))
        or any(t.lemma_.lower() in cues.words.armed_nouns for t in sent)
        or any(_armed_people(cues, t) for t in sent)
    )


def _armed_people(cues: CueLexicon, token: Token) -> bool:
    if token.lower_ != "armed" or token.dep_ != "amod" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    crime = cues.suppressors.get("crime", [])
    return (token.head.lemma_.lower(),) not in crime and (token.head.lower_,) not in crime


def _under_denial(hits: list[CueHit], tokens: list[Token], live: list[tuple[CueHit, Token]]) -> bool:
    """'rejected accusations of bombing', 'sanctions over the missile tests': the trigger is not an event."""
    denial = {hit.root(tokens).i for hit in hits if hit.category == "s:denial"}
    return all(any(t.i in denial for t in _governors(root)) for _, root in live)


def _governors(token: Token) -> Iterator[Token]:
    """The token and the words it hangs under, but not a coordinate it is joined to: in "paraded two women
    naked and sexually assaulted them" the assault is an act of its own, not part of the parade (what
    governs the parade governs it too; a verb the parser joined to a noun or adjective heads its own
    clause)."""
    yield token
    while token.head.i != token.i:
        joined = token.dep_ == "conj"
        if joined and token.pos_ == "VERB" and token.head.pos_ != "VERB":
            return
        token = token.head
        if not joined:
            yield token


# what a group claims when it claims a deed itself: "IS claimed the attack", "the BLA claimed the bombing"
CLAIMED_DEEDS = frozenset(
    {"attack", "attacks", "bombing", "bombings", "blast", "ambush", "assault", "killing", "killings", "raid",
     "assassination", "abduction", "kidnapping", "shooting", "explosion", "strike", "strikes"}
)  # fmt: skip


def _claims_it(token: Token) -> bool:
    """'claimed responsibility', 'accepted responsibility', or 'claimed the attack' (the deed itself), also
    in the passive ('the attack was claimed by JNIM')."""
    lemma = token.lemma_.lower()
    return (
        lemma in ("claim", "accept", "take", "own")
        and any(c.lower_ == "responsibility" for c in token.children)
    ) or (
        lemma == "claim"
        and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in CLAIMED_DEEDS for c in token.children)
    )


def _claimant(sent: Span) -> Token | None:
    """The subject of 'claimed responsibility' or 'claimed the attack' in this sentence, if any; a named
    actor the small model reads as an auxiliary counts ("IS claimed responsibility": 'IS' read as 'is')."""
    lowered = sent.text.lower()
    if "claim" not in lowered and "responsibility" not in lowered:
        return None  # a cheap test first: most sentences claim nothing
    for token in sent:
        if _claims_it(token):
            for child in token.children:
                if child.dep_ == "nsubj" or (
                    child.dep_ in ("aux", "auxpass") and child.ent_type_ == ACTOR_LABEL
                ):
                    return child
                if child.dep_ == "agent":  # "The attack was claimed on Monday by JNIM"
                    return next((g for g in child.children if g.dep_ == "pobj"), None)
        if (named := _compound_claimant(token)) is not None:
            return named
    return None


def _compound_claimant(token: Token) -> Token | None:
    """'Pakistan Taleban claim attack on police': a headline the parser reads as one noun phrase, "claim" a
    compound of the deed claimed; the name right before "claim" is the claimant (its last word)."""
    if token.lower_ not in ("claim", "claims") or token.dep_ != "compound" or token.i == 0:
        return None
    if token.head.lower_ not in CLAIMED_DEEDS:
        return None
    before = token.doc[token.i - 1]
    return before if before.ent_type_ == ACTOR_LABEL else None


# "X was suspected of being behind the attack", "X is believed to be behind it", "police blamed X",
# "the attack was blamed on X": who is said to have done it, a weaker word than a claim
SUSPECT_VERBS = frozenset({"suspect", "believe", "blame", "think", "accuse"})


def attribution(sent: Span) -> tuple[Token, bool] | None:
    """Who a sentence says did the incident before it: the claimant of 'claimed responsibility' (strong) or
    the group 'suspected of being behind' or 'blamed for' it (weak); None if it attributes nothing."""
    claimant = _claimant(sent)
    if claimant is not None:
        return claimant, True
    for token in sent:
        if token.lemma_.lower() not in SUSPECT_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue
        deps = {c.dep_: c for c in token.children}
        if token.lemma_.lower() == "blame":
            near = [token, *(c for c in token.children if c.dep_ in ("dobj", "nsubjpass"))]
            on = next((c for t in near for c in t.children if c.lower_ == "on" and c.dep_ == "prep"), None)
            target = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            if target is None and "nsubjpass" not in deps:
                target = deps.get("dobj")  # "police blamed Boko Haram (for the attack)"
            elif target is None:
                target = deps["nsubjpass"]  # "Boko Haram was blamed for the attack"
            if target is not None:
                return target, False
        elif "nsubjpass" in deps:  # "Boko Haram was suspected of ...", "is believed to be behind ..."
            return deps["nsubjpass"], False
        elif token.lemma_.lower() in ("suspect", "accuse") and "dobj" in deps:  # "police suspect the BLA"
            return deps["dobj"], False
    return None


# the pronouns that point back to an incident's victim ("he was a member of ...")
VICTIM_PRONOUNS = frozenset({"he", "she", "they"})
VICTIM_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def victim_affiliation(sent: Span, membership_nouns: frozenset[str]) -> list[Token]:
    """The words that may name the armed group a sentence says an incident's victim belonged to ('Hezbollah
    later announced that the man was a commander of its elite Radwan Force', 'The driver was a TTP member'):
    the membership noun a copula gives the victim, which may carry the group's name, and for 'its' or
    'their' the subject of the verb that tells it. Empty if the sentence says no such thing of a person
    named as known ('the man', 'he'), not of someone new ('a man was a member'). A group that names the
    known victims as its own ('Hezbollah later mourned them as fighters') is the group, too."""
    for token in sent:
        if token.lemma_.lower() in membership_nouns and (claimed := _claimed_as_members(token)):
            return claimed
        if token.dep_ != "attr" or token.lemma_.lower() not in membership_nouns:
            continue
        copula = token.head
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if copula.lemma_.lower() != "be" or subject is None:
            continue
        known = subject.lower_ in VICTIM_PRONOUNS or (
            subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        )
        if not known:
            continue
        found = [token]
        if copula.dep_ == "ccomp" and any(t.lower_ in ("its", "their") for t in token.subtree):
            found += [c for c in copula.head.children if c.dep_ == "nsubj"]  # "X said the man was its ..."
        return found
    return []


def _claimed_as_members(noun: Token) -> list[Token]:
    """'Hezbollah later mourned them as fighters', 'the group named the two men as its commanders': the
    membership noun after 'as' on a verb that takes the known victims as its object, and the subject that
    calls them its own."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return []
    verb = noun.head.head
    victims = [c for c in verb.children if c.dep_ == "dobj"]
    known = any(
        v.lower_ in VICTIM_OBJECT_PRONOUNS
        or (v.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in v.children))
        for v in victims
    )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [noun, *subjects] if verb.pos_ == "VERB" and known and subjects else []


_CROWD_SIZE_TAG = re.compile(r"\[size=[^\]]{1,60}\]")


def _note_label(text: str) -> str | None:
    """The label a note's detail line opens with, lower case: "Weapons seized: 1 IED." -> "weapons seized";
    ACLED's tags are bracketed: "[women targeted: Protesters]" -> "women targeted"."""
    label, colon, _ = text.strip().removeprefix("[").partition(":")
    return " ".join(label.lower().split()) if colon and len(label) <= 30 else None


_INTO_PREPS = frozenset({"on", "over", "into", "onto"})


def _struck_subject(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> Token | None:
    """The subject that ran into an explosive ("a FAMa vehicle struck an IED", "a patrol ran over a roadside
    bomb", "a soldier stepped on a landmine"): the target of the blast, not who planted it."""
    for hit in hits:
        if hit.category not in ("t:explode", "m:ied"):
            continue
        noun = hit.root(tokens)
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in _INTO_PREPS:
            verb = verb.head
        elif noun.dep_ != "dobj":
            continue
        if verb.lemma_.lower() in words.explosive_victim_verbs:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None
