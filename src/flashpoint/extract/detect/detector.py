"""The detector: walks a document's sentences and yields one mention per reported incident."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from flashpoint.extract.cues import CueHit, CueLexicon
from flashpoint.extract.detect.background import (
    WAR_TRIGGERS,
    accident_or_crime,
    describes_captives,
    has_named_actor,
    held_captive,
    in_a_criminal_case,
    investigated_killing,
    real_suppressors,
    routine_exercise,
    speech_venue,
    under_denial,
    violence_exploded,
    without_avenged_mishaps,
    without_grievances,
)
from flashpoint.extract.detect.categories import (
    ANNOUNCED_CATEGORIES,
    ASIDE_STEPS,
    agreed_withdrawal,
    answered_incident,
    armed_agent,
    capture_aim,
    claimed_capture,
    earlier_capture,
    fighting_killed,
    finite_past,
    followed_arrest,
    followed_step,
    framework,
    goods_taken,
    had_done,
    in_counted_days_apart_clause,
    in_days_apart_clause,
    in_earlier_step,
    laid_beforehand,
    main_trigger,
    occasion,
    occasion_act,
    operation_against_armed,
    prior_step,
    security_doer,
    seizes_no_place,
    sideless_suspension,
    signature_on_a_thing,
    toll_with_figure,
    verb_use,
    weak_is_supported,
    without_changed_activities,
    without_earlier_tolls,
    without_past_deeds,
)
from flashpoint.extract.detect.claims import between_sides, claimant_of, struck_subject
from flashpoint.extract.detect.crowds import (
    CROWD_TRIGGERS,
    baton_charge,
    crowd_attacks,
    crowd_demands,
    crowd_described,
    crowd_removed,
    done_by_armed_men,
    fired_on_the_crowd,
    joined,
    joins_a_protest,
    likened_gathering,
    no_force_used,
    protest_occasion,
    protest_with_cause,
)
from flashpoint.extract.detect.dating import (
    date_stamp,
    is_background_date,
    is_dated_caption,
    looks_like_headline,
    month_before_lead,
    names_day_in,
    old_incident_nouns,
    opening_date,
    retells_old_incident,
    sentence_date,
    set_long_before,
    to_the_day,
)
from flashpoint.extract.detect.grammar import negated
from flashpoint.extract.detect.mention import EventMention
from flashpoint.extract.detect.reportable import (
    RESULT_CATEGORIES,
    did_not_happen,
    live_hits,
    not_this_incident,
    present_beside_past,
    present_relative,
    reportable,
    state_of_a_place,
)
from flashpoint.extract.detect.sequence import (
    CROWD_SIZE_TAG,
    NATIONWIDE_RE,
    added_force,
    answers_protest,
    arrested_culprits,
    days_national_toll,
    death_notice,
    debris_of_interception,
    declared_after_incident,
    declared_dead_only,
    declared_state_measure,
    incident_clauses,
    note_label,
    parallel_elsewhere,
    protested_killings,
    retold_grievance,
    tallied,
    tally_after_detail,
    told_before,
)
from flashpoint.extract.detect.weapons import (
    AIR_SHOT_CUES,
    GUNFIGHT_ITEMS,
    armed_camp,
    attackers_died_in_blast,
    beside_firearms,
    guard_post,
    intercepted_weapons,
    placeless_interception_share,
    shots_in_the_air,
    strike_on_target,
    without_haul,
)
from flashpoint.extract.fatalities.tolls import deaths_sentence, is_tally, tally_sentence
from flashpoint.nlp.dates import (
    ResolvedDate,
)
from flashpoint.nlp.memo import span_text
from flashpoint.text.dates import full_dates


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
        sentences = [part for sent in doc.sents for part in incident_clauses(self.cues, sent)]
        # the second of two incident clauses of one sentence ('..., while in Kisumu police shot dead two')
        second_clauses = {part.start for part in sentences if part.start != part.sent.start}
        hits = [real_suppressors(self.cues.words, self.cues.scan(sent), list(sent)) for sent in sentences]
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
        # the people the story's demonstrations protest the killing of (surname -> demonstration's day)
        protested: dict[str, dt.date] = {}
        for sent, sent_hits in zip(sentences, hits, strict=True):
            if sent.end_char <= body_start:
                # a dateline that prints the whole date ("Srinagar, 9 May 2024 - Two militants were killed")
                # dates the story's first incident to the day, when that names no day of its own
                printed = full_dates(span_text(sent))
                opening = (sent, to_the_day(span_text(sent), printed[0])) if printed else None
                continue
            if sent.start not in second_clauses and (
                (
                    last is not None
                    and last.sentence.end == sent.start
                    and (
                        is_tally(span_text(sent))
                        or note_label(span_text(sent)) in self.cues.words.note_labels
                        or tally_sentence(sent) is not None
                        or deaths_sentence(sent) is not None
                    )
                )
                or (last is not None and tally_after_detail(last, sent, opening))
            ):
                # a note's tally or detail line: "7 fatalities reported.", "Weapons seized: 1 IED."
                last.extra_sentences.append(sent)
                continue
            if last is not None and CROWD_SIZE_TAG.fullmatch(span_text(sent).strip()):
                # ACLED's crowd-size tag closing a note ("[size=around 200]", "[size=no report]") is written
                # on demonstrations only: the event it closes was one
                last.extra_sentences.append(sent)
                last.modifiers.add("crowd_size")
                continue
            if (
                last is not None
                and sent.start not in second_clauses
                and last.sentence.end == sent.start
                and answers_protest(last, sent, sent_hits)
            ):
                # "protesters gathered in Ayacucho; police dispersed them with tear gas"
                last.extra_sentences.append(sent)
                tokens = list(sent)
                last.modifiers |= {
                    h.category[2:]
                    for h in sent_hits
                    if h.category.startswith("m:") and not no_force_used(h, tokens)
                }
                if fired_on_the_crowd(sent_hits, tokens):
                    last.modifiers.add("intervention")  # "police shot dead two protesters": force used
                continue
            # a sentence without a trigger word tells no incident: spare the headline and caption checks
            mention = (
                self._mention(
                    sent,
                    sent_hits,
                    anchor,
                    previous_date,
                    headline=headline or looks_like_headline(sent.sent),
                    caption=is_dated_caption(self.cues.words, sent.sent),
                    body_start=body_start,
                )
                if any(h.category.startswith("t:") for h in sent_hits)
                else None
            )
            if mention is not None and last is not None and told_before(mention.trigger, self.cues.words):
                mention = None  # "A curfew was reimposed following the attack.": the incident told before
            if mention is not None and last is not None and death_notice(self.cues.words, mention):
                mention = None  # "Hezbollah announced the deaths of two of its members": the dead of the
                # incident told, in the group's words
            if mention is not None and last is not None and debris_of_interception(last, mention):
                mention = None  # "falling debris damaged a building" after drones shot down: the interception
            if mention is not None and retold_grievance(mention, protested):
                mention = None  # "Mengal was shot dead near his home last Friday", after Tuesday's protest
                # against his killing: the demonstration's grievance, told as background
            if mention is not None and last is not None and arrested_culprits(mention):
                mention = None  # "Police arrested 2 of the suspects the following day": the crime's follow-up
            if mention is not None and last is not None and added_force(self.cues.words, mention):
                mention = None  # "Reinforcements were sent to the area.": the answer to the incident told
            if mention is not None and last is not None and declared_after_incident(self.cues, mention):
                mention = None  # "The government on Saturday declared a state of emergency in Lima": told
                # after the report's incident, the measure is its background, not the news
            if mention is not None and last is not None and days_national_toll(sent):
                mention = None  # "Over the past day, Russian attacks killed at least nine people across
                # Ukraine": the day's count over a whole country, after the incidents the story placed
            if (
                mention is not None
                and mention.categories == {"arrest"}
                and NATIONWIDE_RE.search(span_text(sent))
            ):
                mention = None  # "87 people had been arrested across the country": a national count of
                # detentions, placed nowhere ACLED could code
            if (
                mention is not None
                and last is not None
                and mention.categories <= {"protest"}
                and NATIONWIDE_RE.search(span_text(sent))
                and mention.date is not None
                and mention.date.precision > 1
            ):
                mention = None  # "Last week, farmers blocked roads across the country": the wave of earlier
                # protests over a whole country, dated to no day and placed nowhere, behind the day's news
            if mention is not None and last is None and declared_dead_only(mention):
                mention = None  # "..., where doctors declared him dead": the death of someone the story told
                # before, in a background it did not report as news (a verdict's murder)
            if mention is not None and tallied(self.cues.words, mention.trigger):
                mention = None  # "UNAMA said it had recorded 1,095 civilians killed": a report's tally
            if mention is not None and placeless_interception_share(self.cues, mention.trigger, sent):
                mention = None  # "the air force said it shot down 12 of 14 drones launched overnight": the
                # share of a night's attack wave stopped, nationwide, no incident ACLED could place
            if mention is not None and retells_old_incident(mention.trigger, old_incidents):
                mention = None  # "The bombing, claimed by ISKP, killed 63" after "the March 2022 bombing"
            if last is None and mention is None:
                # an old incident the story opens with (a verdict's, an anniversary's), not one it compares
                # a reported incident to ("the deadliest since the 2014 attack")
                old_incidents |= old_incident_nouns(sent, sent_hits, anchor, body_start)
            if mention is None:
                opening = (sent, opening_date(sent, anchor, body_start))
                continue
            opened = opening[1] if opening is not None and opening[0].end == sent.start else None
            if opened is None:  # "Mar 4, 2023: Three policemen were killed", the stamp read as a name
                opened = date_stamp(sent, body_start, anchor)
            if opened is not None and not mention.names_a_day:
                if opened[1] is not None and is_background_date(opened[1], anchor):
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
            if dated is not None and month_before_lead(mention, dated):
                continue
            if (
                dated is not None
                and not mention.names_a_day
                and (parallel_elsewhere(mention, dated) or likened_gathering(self.cues.words, mention, dated))
            ):
                mention.date_text, mention.date = dated.date_text, dated.date
            if mention.date and mention.date.date:
                previous_date = mention.date.date
                dated = mention
            protested |= protested_killings(mention)
            last = mention
            yield mention

    def _short_text_is_off_topic(self, sentences: list[Span], hits: list[list[CueHit]]) -> bool:
        """A snippet about an accident or a crime, with no armed actor anywhere in it, reports no event."""
        if any(has_named_actor(self.cues, s) for s in sentences):
            return False
        if any(h.category in CROWD_TRIGGERS for sent_hits in hits for h in sent_hits):
            return False  # protests over a police killing: the crime is their cause
        if any(
            h.category in WAR_TRIGGERS and h.root(list(sent)).dep_ not in ("compound", "amod")
            for sent, sent_hits in zip(sentences, hits, strict=True)
            for h in sent_hits
        ):
            # "air defence shot down a drone. Debris damaged a warehouse": an act of war (not a word of a
            # name: "an aircraft carrier")
            return False
        return any(
            accident_or_crime(
                without_avenged_mishaps(
                    self.cues.words, without_grievances(self.cues.words, sent_hits, list(sent)), list(sent)
                )
            )
            or investigated_killing(self.cues.words, sent_hits, list(sent))
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
            for h in without_avenged_mishaps(words, without_grievances(words, hits, tokens), tokens)
            if not describes_captives(h, tokens)
            and not violence_exploded(words, h, tokens)
            and (headline or not held_captive(h, tokens))
            and not in_a_criminal_case(words, h, tokens)
            and not speech_venue(words, h, tokens)
            and not seizes_no_place(words, h, tokens)
            and not earlier_capture(h, tokens)
            and not (previous_date is not None and laid_beforehand(words, h, tokens))
            and not signature_on_a_thing(h, tokens)
        ]
        hits = without_earlier_tolls(hits, tokens)
        hits = without_changed_activities(hits, tokens)
        hits = without_haul(words, hits, tokens)
        # "mourners attended the funeral, with armed men firing into the air": the shots hit nobody
        in_the_air = shots_in_the_air(words, hits, tokens)
        hits = [h for h in hits if h.category not in AIR_SHOT_CUES or h.root(tokens).i not in in_the_air]
        marched = {h.root(tokens).i for h in hits if h.category == "t:protest"}
        # "joined a pro-Palestinian march": taking part in a protest, no new member of a group
        hits = [
            h for h in hits if h.category != "t:change_group" or not joins_a_protest(h.root(tokens), marched)
        ]
        # "attacked a police station with rifles and explosives": the explosives are a gunfight's, no blast
        # (and "with rockets and rifles": no shelling)
        hits = [h for h in hits if h.category not in GUNFIGHT_ITEMS or not beside_firearms(words, h, tokens)]
        triggers = [h for h in hits if h.category.startswith("t:")]
        modifiers = {
            h.category[2:]
            for h in hits
            if h.category.startswith("m:")
            and not security_doer(words, h, tokens)
            and not no_force_used(h, tokens)
            and not beside_firearms(words, h, tokens)
            and not set_long_before(words, h.root(tokens))  # "a year after the mosque was bombed"
        }
        if not triggers:
            return None
        if crowd_attacks(hits, tokens):
            modifiers.add("violence_by_crowd")
        if crowd_demands(words, tokens):
            modifiers.add("crowd_demand")
        if baton_charge(hits, tokens):
            modifiers.add("crowd_control")
        strong = [
            h
            for h in triggers
            if h.category[2:] in words.strong_categories
            and (h.phrase not in words.weak_cues or verb_use(h, words, tokens))
        ]
        weak_ok = [
            h
            for h in triggers
            if h.phrase in words.weak_cues
            and (
                weak_is_supported(h, triggers)
                or armed_agent(words, h.root(tokens))
                or protest_with_cause(h, tokens)
                or joined(h, tokens)
                # "police dispersed a student march", "charged students with batons at a march": a gathering
                # the police break up or act at was held, as an arrest at it already says
                or ("intervention" in modifiers and protest_occasion(h, tokens))
                # "youths lit bonfires before police dispersed them with tear gas": a weak crowd-violence cue
                # that the police answer with crowd control is a riot
                or (h.category == "t:riot" and "intervention" in modifiers)
                or (h.category == "t:clash" and between_sides([h.root(tokens)]) is not None)
                or toll_with_figure(h, sent)
            )
        ]
        # "Fighting erupted late Monday between the 444th Brigade and Rada after Rada detained a commander":
        # the arrest the fighting followed is its cause, and the clash word it supports is the event
        causes = [h for h in strong if h.category == "t:arrest" and followed_arrest(h.root(tokens))]
        if causes and any(h.category == "t:clash" for h in weak_ok):
            strong = [h for h in strong if h not in causes]
        # "a crowd beat 13 gang members after police stopped the men and seized their weapons": the seizure
        # the main clause's violence followed is its background, and the violence is the event
        # (a cue inside that clause, "after packages containing explosive devices were discovered", is not
        # the main clause's)
        steps = {id(h): followed_step(h.root(tokens)) for h in strong if h.category == "t:disrupt"}
        before = {t.i for step in steps.values() if step is not None for t in step.subtree}
        if before and any(h.root(tokens).i not in before for h in strong + weak_ok):
            strong = [h for h in strong if steps.get(id(h)) is None]
        # "fighting broke out on Thursday, a day after the army suspended talks": the step taken a day apart
        # is the background of the main clause's incident, which is the event
        aside = [
            h for h in strong if h.category in ASIDE_STEPS and in_days_apart_clause(words, h.root(tokens))
        ]
        if aside and any(not in_days_apart_clause(words, h.root(tokens)) for h in weak_ok):
            strong = [h for h in strong if h not in aside]
        # "tribesmen exchanged heavy gunfire, a day after a passenger convoy was ambushed": an incident a day
        # apart is the background of the one the main clause tells with a strong cue of its own
        apart = [h for h in triggers if in_counted_days_apart_clause(words, h.root(tokens))]
        if apart and any(h not in apart for h in strong):
            strong = [h for h in strong if h not in apart]
            weak_ok = [h for h in weak_ok if h not in apart]
            triggers = [h for h in triggers if h not in apart]
            hits = [h for h in hits if h not in apart]
        acts = frozenset(i for h in hits for i in range(h.start, h.end))
        live = live_hits(self.cues, strong, tokens, sent, headline=headline, caption=caption, acts=acts)
        if not live and strong:
            # "entered the town and did not encounter any resistance", "was shot by gunmen": when no strong
            # cue is the event, a weak one still is if it is its clause's past verb or an armed actor's act
            weak_ok = [
                h
                for h in weak_ok
                if finite_past(h.root(tokens), headline=headline)
                or armed_agent(words, h.root(tokens))
                or joined(h, tokens)  # "joined a march calling for a ceasefire": the ceasefire is a demand
                # "charged students with batons at a march"
                or ("intervention" in modifiers and protest_occasion(h, tokens))
            ]
        if not live:
            live = live_hits(self.cues, weak_ok, tokens, sent, headline=headline, caption=caption, acts=acts)
        if not live and "intervention" in modifiers:
            # "police charged students with batons at a march": the noun is no reported act of its own, the
            # police act at it is, so the gathering it names was held
            live = [
                (h, h.root(tokens))
                for h in weak_ok
                if protest_occasion(h, tokens)
                and reportable(self.cues, occasion_act(h.root(tokens)), sent, headline=headline, acts=acts)
            ]
        if not live:
            return None
        categories = {hit.category[2:] for hit, _ in live}
        # The type also listens to cues that did not open the event: a 'chlorine' bomb, 'mortar' rounds.
        categories |= {
            h.category[2:]
            for h in strong
            if not negated(h.root(tokens))
            and not not_this_incident(self.cues, h.root(tokens))
            and not state_of_a_place(self.cues, h.root(tokens))  # "a soldier of the ousted republic's army"
            and not did_not_happen(words, h.category[2:], h.root(tokens))
            and not (present_relative(h.root(tokens)) and not headline)  # "a gang that controls the area"
            and not (present_beside_past(h.root(tokens)) and not headline)  # "as gangs push into areas"
        }
        # "police detained 20 women who marched to mark Women's Day": the march is heard beside the arrest
        categories |= {h.category[2:] for h in weak_ok if protest_with_cause(h, tokens)}
        # "security forces fired on worshippers who chanted slogans": what the people acted on were doing
        # makes them a crowd
        categories |= {h.category[2:] for h in weak_ok if crowd_described(h, tokens)}
        if "arrest" in categories:  # "detained several people during a vigil": arrests at a protest
            categories |= {h.category[2:] for h in weak_ok if protest_occasion(h, tokens)}
        if "arrest" in categories and "commemoration" in modifiers:
            # "police detained people laying flowers in memory of Navalny": a memorial gathering the police
            # break up is a demonstration met with arrests (ACLED Protest with intervention); the same words
            # without arrests ("the president laid a wreath") open no protest
            categories.add("protest")
        categories |= {
            h.category[2:]
            for h in triggers
            if h.category[2:] in words.weapon_categories and not not_this_incident(self.cues, h.root(tokens))
        }
        # "tribal fighting near Wapenamanda left 26 men dead", "clan fighting killed 12": a weak clash noun
        # that did the killing makes the deaths a battle's, not an attack on civilians
        categories |= {
            "clash"
            for h in triggers
            if h.category == "t:clash"
            and fighting_killed(h.root(tokens))
            and not negated(h.root(tokens))
            and not not_this_incident(self.cues, h.root(tokens))
        }
        protest_roots = {h.root(tokens).i for h in triggers if h.category == "t:protest"}
        if "protest" in categories and crowd_removed(words, tokens, protest_roots):
            modifiers.add("intervention")  # "police removed climate activists from the village"
        if any(attackers_died_in_blast(t) for t in tokens):
            modifiers.add("self_killing")  # "the two attackers died in the blast": they blew themselves up
        disrupted = intercepted_weapons(self.cues, hits, tokens)
        categories -= disrupted
        modifiers -= disrupted
        protests = [h for h in triggers if h.category == "t:protest"]
        if protests and all(strike_on_target(h, tokens) for h in protests):
            categories.discard("protest")  # "Israel strikes Hamas targets in Gaza" is no labour strike
        if protests and all(guard_post(words, h, tokens) or armed_camp(words, h, tokens) for h in protests):
            # "gunmen attacked a police picket": a guard post, no picket line; "troops raided an NPA
            # encampment": a rebel camp, no protest camp
            categories.discard("protest")
        launched = [h for h in triggers if h.category == "t:change_group"]
        if launched and all(operation_against_armed(words, h.root(tokens)) for h in launched):
            categories = (categories - {"change_group"}) | {"clash"}  # fought, not only announced
        armed_crowd = protests and all(done_by_armed_men(words, h, tokens) for h in protests)
        if armed_crowd and categories - {"protest"}:
            categories.discard("protest")  # "militants blocked the highway and attacked a camp": a tactic
        agreements = [h for h in triggers if h.category == "t:agreement"]
        if any(agreed_withdrawal(h, agreements, tokens) for h in triggers if h.category == "t:transfer"):
            categories.add("transfer")  # "after Armenian forces withdrew under the ceasefire agreement"
        if agreements and categories - {"agreement"} and all(framework(h.root(tokens)) for h in agreements):
            categories.discard(
                "agreement"
            )  # "handed over under the ceasefire agreement": the deal is a frame
        captures = [h for h in triggers if h.category[2:] in RESULT_CATEGORIES]
        if (
            captures
            and categories - RESULT_CATEGORIES
            and all(capture_aim(h.root(tokens)) or goods_taken(self.cues, h, tokens) for h in captures)
        ):
            categories -= RESULT_CATEGORIES
        if categories & {"base", "loot"} and captures and all(prior_step(h.root(tokens)) for h in captures):
            categories -= RESULT_CATEGORIES  # "set up an office in Lashio after capturing the command",
            # "looted shops after retaking the area": the capture is an earlier event, the office or the
            # looting this one
        arrests = [h for h in triggers if h.category == "t:arrest"]
        if arrests and categories - {"arrest"} and all(followed_arrest(h.root(tokens)) for h in arrests):
            categories.discard("arrest")  # "set fire to vehicles after the arrest of a leader": the cause
        coups = [h for h in triggers if h.category == "t:coup"]
        if coups and categories - {"coup"} and all(in_earlier_step(h.root(tokens)) for h in coups):
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
            and all(occasion(h.root(tokens)) or had_done(h.root(tokens)) for h in protests)
        ):
            categories.discard("protest")  # "arrested 3 student leaders following a protest", "abducted
            # three activists after a protest": people seized after the protest, a later event
        breakdowns = [h for h in hits if h.category == "m:breakdown"]
        if (
            categories <= {"agreement", "change_group"}
            and breakdowns
            and all(sideless_suspension(h.root(tokens)) for h in breakdowns)
        ):
            return None  # "talks in Jeddah were suspended last week": no side's act, so no actor to code
        suppressed = {h.category[2:] for h in hits if h.category.startswith("s:")}
        if accident_or_crime(hits) and not has_named_actor(self.cues, sent):
            return None
        if routine_exercise(hits, tokens):
            return None
        if "denial" in suppressed and under_denial(hits, tokens, live):
            return None
        main_hit, root = main_trigger(live)
        if declared_state_measure(self.cues, main_hit):
            # "declared a state of emergency in Amhara following clashes with Fano militias", "approved a
            # state of exception to fight gangs", "due to jihadist attacks": the violence is why the measure
            # was taken, the measure is the event (ACLED's change to group/activity)
            categories = {"change_group"}
        # "imposed a curfew after the attacks on Sudanese traders": the known incident it answers is no part
        causes = {h.category[2:] for h in strong if answered_incident(h.root(tokens), root)}
        categories -= causes - {main_hit.category[2:]}
        if main_hit.category == "t:arrest":
            categories = without_past_deeds(words, categories, hits, tokens, root)
        if root.lower_ == "death" and root.dep_ == "pobj" and root.head.lower_ == "to":
            root = root.head.head  # "hacked a man to death": the verb holds the sides
        # "On 14 July 2024, the group announced that it had merged with ...": a strategic development is
        # made by its announcement, so the day of the announcement is its day
        announcement = bool(categories) and categories <= ANNOUNCED_CATEGORIES
        date_text, resolved = sentence_date(
            words,
            sent,
            root,
            anchor,
            previous_date,
            body_start,
            announcement=announcement,
            claimed_capture=claimed_capture(words, categories, root),
        )
        if resolved is not None and is_background_date(resolved, anchor):
            return None
        mention = EventMention(sent, root, categories, modifiers, hits, resolved, date_text)
        mention.struck_subject = struck_subject(words, hits, tokens)
        mention.claim_subject = claimant_of(sent)
        mention.unresolved_day = names_day_in(words, sent, body_start)
        return mention
