"""Cue phrases from the versioned data file `data/event_cues.json`, matched on token lemmas."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from flashpoint.errors import ConfigError
from flashpoint.nlp.model import ACTOR_LABEL

CUES_FILE = "event_cues.json"
# verbs whose proper-name object is a place even when the model does not know the name
CAPTURE_VERBS = frozenset({"capture", "seize", "overrun", "retake", "recapture", "liberate"})
# prepositions whose noun is where a verb happened ("seized their land in Gizab district")
LOCATIVE_PREPS = frozenset({"in", "at", "inside", "near", "across", "around"})
# what a verb of taking makes of a person: "took a pilot hostage" takes no place
CAPTIVE_NOUNS = frozenset({"hostage", "hostages", "captive", "captives"})
# what a verb of taking takes of a place without naming it: "Kurds take ground from IS in north Iraq"
GROUND_NOUNS = frozenset({"ground", "foothold"})


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"\s+|(-)", phrase.lower().strip()) if t)


@dataclass(frozen=True, slots=True)
class CueHit:
    category: str
    phrase: str
    start: int  # token index in the Doc
    end: int

    def root(self, tokens: Sequence[Token]) -> Token:
        """The syntactic head of the matched phrase."""
        span = tokens[self.start - tokens[0].i : self.end - tokens[0].i]
        if len(span) == 1:
            return span[0]  # most cues are one word: no head to look for
        if span[0].tag_ in ("VBD", "VBN") and span[0].dep_ == "compound" and span[0].head in span:
            return span[0]  # "a mob accusing two brothers of blasphemy set fire to churches": a past verb the
            # small model hung as a compound on its own object heads the phrase all the same
        return next((t for t in span if t.head not in span or t.head == t), span[0])


@dataclass(frozen=True)
class WordLists:
    """The closed word lists of `data/event_cues.json` ("word_lists"), as frozensets."""

    strong_categories: frozenset[str]
    weak_cues: frozenset[str]
    weapon_categories: frozenset[str]
    trend_nouns: frozenset[str]
    trend_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    modals: frozenset[str]
    irrealis_heads: frozenset[str]
    attempt_heads: frozenset[str]  # irrealis heads whose act was begun ("tried to storm"): no result
    speech_verbs: frozenset[str]
    background_marks: frozenset[str]
    weekday_words: frozenset[str]
    weekly_occasions: frozenset[str]  # "during Friday prayers": a weekly occasion, not the incident's day
    habitual_adverbs: frozenset[str]
    perfect_trend_words: frozenset[str]
    period_subjects: frozenset[str]  # "the war has killed 150,000": a conflict summed up, no incident
    manhunt_words: frozenset[str]  # "launched a search operation": looking for perpetrators, no new activity
    mob_nouns: frozenset[str]  # "villagers", "traders": ordinary people who are a mob when they beat or kill
    coverage_verbs: frozenset[str]  # "journalists covering a protest": the protest is what they reported on
    rumour_nouns: frozenset[str]  # "after rumours that he had kidnapped a child": a deed only alleged
    threat_words: frozenset[str]  # "threatening pamphlets", "letters demanding extortion": notices threaten
    report_governors: frozenset[str]
    armed_nouns: frozenset[str]
    casualty_nouns: frozenset[str]
    noun_only_suppressors: frozenset[str]
    violence_nouns: frozenset[str]
    weak_unless_verb: frozenset[str]
    weak_unless_transitive: frozenset[str]  # "detained and disappeared an officer": strong with an object
    unit_nouns: frozenset[str]
    held_occasions: frozenset[str]
    guard_post_nouns: frozenset[str]  # "a police picket": a protest cue that names a guard post
    post_guards: frozenset[str]  # the force words that make it one
    duration_nouns: frozenset[str]
    long_ago_nouns: frozenset[str]  # "five years after crowds burned down its embassy": history
    outbreak_verbs: frozenset[str]  # "clashes broke out on May 3, and 100 have been killed since then"
    duration_verbs: frozenset[str]  # "the clashes lasted overnight": how long, not when
    concessive_preps: frozenset[str]
    future_modifiers: frozenset[str]
    times_of_day: frozenset[str]
    note_labels: frozenset[str]
    explosive_victim_verbs: frozenset[str]
    diplomatic_verbs: frozenset[str]
    versus_words: frozenset[str]
    force_nouns: frozenset[str]
    place_targets: frozenset[str]
    stopping_verbs: frozenset[str]
    bidding_verbs: frozenset[str]  # "police told the militants to surrender": what is bidden is not done
    arrest_cause_preps: frozenset[str]
    caught_with_words: frozenset[str]  # "arrested two men with explosives": weapons carried, no explosion
    facility_nouns: frozenset[str]  # "the Air Force training base", "a drone factory": no air strike
    object_gathering_verbs: frozenset[str]  # "gathering firewood": collecting things, no crowd
    mined_goods: frozenset[str]  # "a coal mine": a workplace, not an explosive
    private_modifiers: frozenset[str]  # "a private gathering": no demonstration
    mourned_nouns: frozenset[str]  # "a vigil for the victims of the bombing": the bombing is the grievance
    kin_nouns: frozenset[str]  # "relatives of a man killed by police" protest: the killing is the grievance
    crowd_removal_verbs: frozenset[str]  # "police removed climate activists": an intervention
    removable_crowds: frozenset[str]  # whom those verbs carry off as a protest's crowd
    answer_nouns: frozenset[str]  # "in retaliation for the air strikes": an earlier incident answered
    fleeing_verbs: frozenset[str]  # "after they fled clashes": the incident people ran from
    abstract_seizures: frozenset[str]  # "seized power": a capture verb's object that is no place
    waiting_verbs: frozenset[str]  # "parents gathered at the gate waiting for news": no protest
    firearm_nouns: frozenset[str]  # "with rifles and explosives": guns, beside which a bomb types nothing
    comment_verbs: frozenset[str]  # "the attacks showed that ...": what a commentator reads into an incident
    cartridge_nouns: frozenset[str]  # "shell casings": spent gun ammunition a shell word only describes
    likeness_words: frozenset[str]  # "a similar protest last month": another incident of the same kind
    salute_occasions: frozenset[str]  # "gunmen fired into the air at the funeral": mourning, no attack
    added_force_words: frozenset[str]  # "deployed additional troops": an answer to an incident told before
    person_titles: frozenset[str]  # "ousted President Bazoum": a person taken, no place
    defining_verbs: frozenset[str]  # "a term that means killed or captured": a word spelt out, no incident
    organiser_nouns: frozenset[str]  # "protest leaders said": who lead an event, no incident
    announcing_verbs: frozenset[str]  # "announced a blockade from Thursday": a plan, not held
    camp_nouns: frozenset[str]  # "a New People's Army (NPA) encampment": an armed group's camp, no protest
    legal_case_nouns: frozenset[str]  # "registered a murder case": a criminal case, no incident
    support_verbs: frozenset[str]  # "troops backed by drones raided the camp": air support, no air strike
    crowd_police_countries: frozenset[str]  # where unnamed "security forces" facing a crowd are police
    laying_verbs: frozenset[str]  # "the militants had planted the explosive": a step before the told blast
    tally_verbs: frozenset[str]  # "UNAMA said it had recorded 1,095 civilians killed": a report's tally
    involvement_nouns: frozenset[str]  # "for his involvement in a bomb blast": the deed an arrest was for
    insurgent_nouns: frozenset[str]  # non-state armed men: "militants", "cadres", "gunmen"
    insurgent_taking_verbs: frozenset[str]  # disrupt verbs that are violence when insurgents do them
    confirming_verbs: frozenset[str]  # "police confirmed the attack on Sunday": the day of the confirming
    membership_nouns: frozenset[str]  # "the man was a commander of its Radwan Force": the victim's group

    @cached_property
    def armed_sides(self) -> frozenset[str]:
        """What makes one side of 'X vs Y' armed: an armed noun or a force noun."""
        return self.armed_nouns | self.force_nouns

    @classmethod
    def from_data(cls, data: dict[str, object]) -> WordLists:
        names = [f.name for f in fields(cls)]
        missing = [n for n in names if not isinstance(data.get(n), list)]
        if missing:
            raise ConfigError(f"{CUES_FILE}: word_lists.{missing[0]} is missing or not a list")
        return cls(**{n: frozenset(str(w) for w in data[n]) for n in names})  # type: ignore[union-attr]


FrameSpec = tuple[str, str, frozenset[str]]


@dataclass
class CueLexicon:
    """Phrases by category, indexed by first word so a sentence is scanned once."""

    triggers: dict[str, list[tuple[str, ...]]]
    modifiers: dict[str, list[tuple[str, ...]]]
    words: WordLists
    # frame name -> (trigger category, verb lemmas, object lemmas)
    frames: dict[str, tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=dict)
    # frames marked "new_objects_only": an object that points back to someone named before is no new
    # incident ("found the body of the Maoist" after the gun battle that killed him)
    new_object_frames: frozenset[str] = frozenset()
    active_frames: frozenset[str] = frozenset()  # frames whose object must be a direct object
    # frames marked "modifier": they add a modifier of their category, not a trigger ("hurled crude bombs"
    # makes the explosion a grenade's)
    modifier_frames: frozenset[str] = frozenset()
    # objects of the frames marked "state_measure": what a government declares against violence
    # ("declare+emergency", "impose+law" of martial law)
    state_measures: frozenset[str] = frozenset()
    suppressors: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # frames marked "subject": their verb's subject counts as the object ("a contingent arrived"), for them
    # alone ("Federal agents fired pepper balls" fires no chemical agent)
    subject_frames: frozenset[str] = frozenset()
    # frame name -> words that, modifying an object, make it no object of the frame ("not_with": the
    # "live rounds" police fire are bullets, not artillery rounds)
    object_exclusions: dict[str, frozenset[str]] = field(default_factory=dict)
    # frame name -> words one of which must modify an object of the frame ("only_with": the "undisclosed
    # location" someone was taken to)
    object_requirements: dict[str, frozenset[str]] = field(default_factory=dict)
    # frame name -> particles one of which must stand on the verb ("particles": weapons handed "over" or
    # laid "down" are given up, weapons "handed out" are not)
    verb_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    # frame name -> verbs one of which must take the frame's verb as its complement ("under": an authority
    # that ordered clinics to "stop" admitting women bars them; clinics that admit women bar no one)
    verb_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    _index: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, repr=False)
    _single_words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    # verb lemma -> the frames it opens, in table order (name, category, object lemmas)
    _frames_by_verb: dict[str, list[FrameSpec]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name, (category, verbs, objects) in self.frames.items():
            for verb in verbs:
                self._frames_by_verb.setdefault(verb, []).append((name, category, objects))
        # the one-word trigger phrases of each category, for word tests on the parse
        self._single_words = {
            category: frozenset(p[0] for p in phrases if len(p) == 1)
            for category, phrases in self.triggers.items()
        }

    def is_trigger_word(self, category: str, token: Token) -> bool:
        """Whether the token (its lemma or its form) is a one-word trigger of `category`."""
        words = self._single_words.get(category, frozenset())
        return token.lemma_.lower() in words or token.lower_ in words

    @classmethod
    def load(cls, path: Path | None = None) -> CueLexicon:
        if path is None:
            raw = resources.files("flashpoint.data").joinpath(CUES_FILE).read_text(encoding="utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
        triggers = {k: [_phrase_tokens(p) for p in v] for k, v in data["triggers"].items()}
        modifiers = {k: [_phrase_tokens(p) for p in v] for k, v in data["modifiers"].items()}
        frames = {
            name: (str(spec.get("category", name)), frozenset(spec["verbs"]), frozenset(spec["objects"]))
            for name, spec in data.get("frames", {}).items()
            if isinstance(spec, dict)
        }
        suppressors = {
            k: [_phrase_tokens(p) for p in v]
            for k, v in data.get("suppressors", {}).items()
            if isinstance(v, list)
        }
        words = WordLists.from_data(data.get("word_lists", {}))
        frame_specs = {name: spec for name, spec in data.get("frames", {}).items() if isinstance(spec, dict)}
        subject_frames = frozenset(n for n, spec in frame_specs.items() if spec.get("subject"))
        new_object_frames = frozenset(n for n, spec in frame_specs.items() if spec.get("new_objects_only"))
        active_frames = frozenset(n for n, spec in frame_specs.items() if spec.get("active_only"))
        modifier_frames = frozenset(n for n, spec in frame_specs.items() if spec.get("modifier"))
        state_measures = frozenset(
            o for spec in frame_specs.values() if spec.get("state_measure") for o in spec["objects"]
        )
        object_exclusions = _frame_word_sets(frame_specs, "not_with")
        object_requirements = _frame_word_sets(frame_specs, "only_with")
        verb_particles = _frame_word_sets(frame_specs, "particles")
        verb_heads = _frame_word_sets(frame_specs, "under")
        lexicon = cls(
            triggers,
            modifiers,
            words,
            frames,
            new_object_frames=new_object_frames,
            active_frames=active_frames,
            modifier_frames=modifier_frames,
            state_measures=state_measures,
            suppressors=suppressors,
            subject_frames=subject_frames,
            object_exclusions=object_exclusions,
            object_requirements=object_requirements,
            verb_particles=verb_particles,
            verb_heads=verb_heads,
        )
        index: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for group, table in (("t", triggers), ("m", modifiers), ("s", suppressors)):
            for category, phrases in table.items():
                for phrase in phrases:
                    index[phrase[0]].append((f"{group}:{category}", phrase))
        lexicon._index = dict(index)
        return lexicon

    def vocabulary(self) -> frozenset[str]:
        """Every single word the cue lists use (for headline truecasing)."""
        words: set[str] = set()
        for table in (self.triggers, self.modifiers, self.suppressors):
            for phrases in table.values():
                for phrase in phrases:
                    words.update(w for w in phrase if w.isalpha())
        for _, verbs, objects in self.frames.values():
            words.update(verbs)
            words.update(objects)
        return frozenset(words)

    def scan(self, span: Span | Sequence[Token]) -> list[CueHit]:
        """Every cue occurrence in the span, matching each word on its lowercase text or lemma."""
        tokens = list(span)
        texts = [t.lower_ for t in tokens]
        lemmas = [t.lemma_.lower() for t in tokens]
        hits: list[CueHit] = []
        for i in range(len(tokens)):
            for key in (texts[i],) if texts[i] == lemmas[i] else (texts[i], lemmas[i]):
                for category, phrase in self._index.get(key, ()):
                    n = len(phrase)
                    if i + n > len(tokens):
                        continue
                    if all(phrase[k] in (texts[i + k], lemmas[i + k]) for k in range(n)):
                        hits.append(CueHit(category, " ".join(phrase), tokens[i].i, tokens[i + n - 1].i + 1))
        hits = _without_nested_triggers(hits)
        hits = [h for h in hits if not _engaged_in_other_work(h, tokens, hits)]
        hits = [
            h
            for h in hits
            if not _inside_a_name(h, tokens)
            and not _according_to(h, tokens)
            and not self._names_a_facility(h, tokens)
            and not self._backs_a_ground_force(h, tokens)
            and not self._names_spent_ammunition(h, tokens)
            and not self._names_a_workplace(h, tokens)
            and not self._names_a_speaker(h, tokens)
            and not self._weapons_given_up(h, tokens)
        ]
        hits.extend(self._frames(tokens))
        hits.extend(self._versus(tokens))
        return hits

    def _weapons_given_up(self, hit: CueHit, tokens: list[Token]) -> bool:
        """A handover of weapons ('handed over a cache of weapons to the army') is a disarmament, which a
        particle frame ('disarm') reads; it hands over no place."""
        if hit.category != "t:transfer":
            return False
        verb = tokens[hit.start - tokens[0].i]
        for name, (_, verbs, objects) in self.frames.items():
            particles = self.verb_particles.get(name)
            if not particles or verb.lemma_.lower() not in verbs:
                continue
            if any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children) and any(
                o.lemma_.lower() in objects or o.lower_ in objects for o in _objects(verb)
            ):
                return True
        return False

    def _names_a_facility(self, hit: CueHit, tokens: list[Token]) -> bool:
        """An air strike word that only modifies a facility noun: 'attacked the Pakistan Air Force training
        base', 'a drone factory' name a place, not a strike."""
        if hit.category != "t:airstrike":
            return False
        last = tokens[hit.end - 1 - tokens[0].i]
        while last.dep_ == "compound" and last.head.i > last.i:
            last = last.head
            if last.lemma_.lower() in self.words.facility_nouns:
                return True
        return False

    def _backs_a_ground_force(self, hit: CueHit, tokens: list[Token]) -> bool:
        """An air strike word that only says what backs a force on the ground ('Israeli troops backed by
        drones raided the camp', 'soldiers supported by helicopters and drones'): the troops' raid or fight
        is the event, the aircraft over it strike nothing the text tells."""
        if hit.category != "t:airstrike":
            return False
        word = tokens[hit.end - 1 - tokens[0].i]
        while word.dep_ == "conj" and word.head.i < word.i:
            word = word.head  # "backed by helicopters and drones"
        if word.dep_ != "pobj" or word.head.lower_ != "by":
            return False
        verb = word.head.head
        return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() in self.words.support_verbs

    def _names_spent_ammunition(self, hit: CueHit, tokens: list[Token]) -> bool:
        """A shell word that only modifies a cartridge noun: 'Investigators found 40 shell casings at the
        scene' tells what gunmen left behind, not a shelling."""
        if hit.category != "t:shell" or hit.end - hit.start != 1:
            return False
        word = tokens[hit.start - tokens[0].i]
        return word.dep_ == "compound" and word.head.lower_ in self.words.cartridge_nouns

    def _names_a_speaker(self, hit: CueHit, tokens: list[Token]) -> bool:
        """An air force that speaks ('..., the Ukrainian air force said') is a source, not a strike; unless
        what it says is its own deed ('the air force said it struck hideouts')."""
        if hit.category != "t:airstrike":
            return False
        head = tokens[hit.end - 1 - tokens[0].i]
        if head.dep_ != "nsubj" or head.head.lemma_.lower() not in self.words.speech_verbs:
            return False
        if any(_active_participle(c) for c in head.children if c.dep_ == "acl"):
            return False  # "Israeli air strikes killed 18 people, the ministry said": the parse's slip
        said = (c for c in head.head.children if c.dep_ == "ccomp")
        own_deed = any(g.dep_ == "nsubj" and g.lower_ in ("it", "we") for c in said for g in c.children)
        return not own_deed

    def _names_a_workplace(self, hit: CueHit, tokens: list[Token]) -> bool:
        """A 'mine' dug for something ('labourers sleeping at a coal mine') is a workplace, not a landmine."""
        if hit.phrase != "mine":
            return False
        mine = tokens[hit.start - tokens[0].i]
        return any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in self.words.mined_goods
            for c in mine.children
        )

    def _versus(self, tokens: list[Token]) -> list[CueHit]:
        """'Soldiers vs Boko Haram , Borno', 'JTF vs. Boko Haram in Yobe': two armed sides joined by 'vs' are
        a headline's clash (football teams and farmers are no armed side)."""
        words = self.words

        def armed_side(side: list[Token]) -> bool:
            armed = words.armed_sides
            return any(t.ent_type_ == "ACTOR" or t.lemma_.lower() in armed or t.lower_ in armed for t in side)

        hits = []
        for token in tokens:
            if token.lower_ not in words.versus_words or token.dep_ != "prep":
                continue
            left = [token.head, *(t for child in token.head.lefts for t in child.subtree)]
            right = [t for c in token.children if c.dep_ == "pobj" for t in c.subtree]
            if armed_side(left) and armed_side(right):
                hits.append(CueHit("t:clash", token.lower_, token.i, token.i + 1))
        return hits

    def _frames(self, tokens: list[Token]) -> list[CueHit]:
        """Verb + object frames: 'set up a new observation post', 'seized weapons', 'agreed to a truce'."""
        hits: list[CueHit] = []
        for token in tokens:
            lemma = token.lemma_.lower()
            frames = self._frames_by_verb.get(lemma)
            if not frames:
                continue
            # a headline verb the tagger took for a noun still governs its object: "India and Pakistan
            # trade heavy fire" (trade: NN, ROOT, with 'fire' as its dobj)
            misread_verb = token.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in token.children)
            if token.pos_ not in ("VERB", "AUX") and not misread_verb:
                continue
            # "took a New Zealand pilot hostage": a person taken captive, not the place the name qualifies
            verb_objects = _objects(token)
            # "The injured were taken to the hospital in Imphal": what the passive takes is its subject,
            # carried somewhere; no place taken
            destinations = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "towards")]
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
            carried = lemma == "take" and passive and bool(destinations)
            takes_no_place = (
                carried
                or any(obj.lemma_.lower() in CAPTIVE_NOUNS for obj in verb_objects)
                or (lemma == "take" and _on_board(token))
            )
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            # "dozens of inmates escaped": the people a counted subject counts are the subject too
            counted = [g for s in subjects for p in s.children if p.lower_ == "of" for g in p.children]
            subject_objects = subjects + [g for g in counted if g.dep_ == "pobj"]
            # "More barrel bombs dropped by helicopters": a reduced passive, its subject undergoes the verb
            undergoes = any(c.dep_ == "agent" for c in token.children)
            took_thing = False  # a frame before matched the verb's direct object ("seized their land")
            direct_objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
            for name, category, objects in frames:
                particles = self.verb_particles.get(name)
                # the small model tags some particles as adverbs ("took away an activist")
                if particles and not any(
                    c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in token.children
                ):
                    continue  # "handed out weapons to volunteers": weapons given, not given up
                heads = self.verb_heads.get(name)
                if heads and not (token.dep_ == "xcomp" and token.head.lemma_.lower() in heads):
                    continue  # "institutes admitted women": no bar unless they were made to stop
                if takes_no_place and category in ("territory_gain", "territory_regain"):
                    continue
                as_object = name in self.subject_frames or undergoes
                for obj in verb_objects + subject_objects if as_object else verb_objects:
                    if took_thing and category in ("territory_gain", "territory_regain") and _locative(obj):
                        continue  # "seized their land in Gizab district": where it was taken, no place taken
                    if (
                        category in ("territory_gain", "territory_regain", "transfer")
                        and _locative(obj)
                        and any(_no_place_taken(d, objects) for d in direct_objects)
                    ):
                        # "the decree took effect in Quito", "handed in their weapons in Bambari": the verb
                        # took or gave a thing, not the place
                        continue
                    if (
                        category in ("territory_gain", "territory_regain")
                        and obj.dep_ in ("dobj", "obj")
                        and obj.pos_ == "PROPN"
                        and any(d.i < obj.i and _no_place_taken(d, objects) for d in direct_objects)
                    ):
                        # "recovered explosives and detonators during an operation in Dera Ghazi Khan
                        # District": a place name as a second direct object after the thing taken is the
                        # parse's slip on a place that only says where ("pushed militants out of areas"
                        # keeps its areas)
                        continue
                    if (
                        category in ("territory_gain", "territory_regain")
                        and obj.head.lower_ in ("into", "onto")
                        and direct_objects
                    ):
                        continue  # "drove a car bomb into a checkpoint": where a thing went, no place taken
                    if obj.head.lower_ == "from" and category not in ("transfer", "other_development"):
                        # "took migrants from the town" takes no town; "withdrew from" leaves one, and
                        # "escaped from the prison" breaks out of it
                        continue
                    if obj == token.head and category == "agreement":
                        continue  # "peace deals reached with Israel": a deal named by its making is old
                    required = self.object_requirements.get(name)
                    if required is not None and not _qualified_by(obj, required):
                        continue  # "took him to a nearby location": no place unknown
                    if (
                        required is None
                        and obj.head.lower_ in ("to", "towards")
                        and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in token.children)
                    ):
                        continue  # "took them to the Gaza Strip": where the people went, not a place taken
                    # a proper name the model did not know ("captured Bulo Burte", tagged ORG) is a place too;
                    # so is a name before a note's "(District, Province)", which the model tags as a title
                    unknown_name = (
                        obj.pos_ == "PROPN"
                        and obj.ent_type_ in ("", "ORG", "PERSON", "WORK_OF_ART", "PRODUCT")
                        and obj.dep_ == "dobj"
                        and lemma in CAPTURE_VERBS  # "stormed Kabul University" is an attack on a building
                    )
                    placeish = obj.ent_type_ in ("GPE", "LOC", "FAC") or unknown_name
                    is_place = placeish and "<place>" in objects
                    if name in self.new_object_frames and _points_back(obj):
                        continue
                    if name in self.active_frames and obj.dep_ == "nsubjpass":
                        continue  # "was picked up by security forces and taken to an unknown location"
                    if _qualified_by(obj, self.object_exclusions.get(name, frozenset())):
                        continue
                    if category == "change_group" and _hunts(self.words, obj):
                        continue  # "a search operation was launched": the hunt for who did what was told
                    if category == "threat" and not _threatens(self.words, token):
                        continue  # "supporters put up campaign posters": a notice that threatens nobody
                    if category == "change_group" and _stationed(token):
                        continue  # "shot at policemen deployed at an outpost": where they serve
                    if category == "disrupt" and _insurgent_taking(self.words, token):
                        continue  # "cadres of the TMMT detonated a socket bomb": a bombing, no disposal
                    if category == "protest" and _armed_men_did(self.words, token):
                        continue  # "suspected militants blocked the road with logs": no crowd protests
                    if is_place or obj.lemma_.lower() in objects or obj.lower_ in objects:
                        label = f"{'m' if name in self.modifier_frames else 't'}:{category}"
                        hits.append(CueHit(label, f"{lemma}+{obj.lemma_.lower()}", token.i, token.i + 1))
                        # "a cache of weapons was recovered in Karak": a passive subject taken is a thing too
                        took_thing = took_thing or obj.dep_ in ("dobj", "obj", "nsubjpass")
                        break
        return hits


def _frame_word_sets(frame_specs: dict[str, dict[str, Any]], key: str) -> dict[str, frozenset[str]]:
    """Frame name -> the words a frame lists under `key` ("not_with", "only_with", "particles"), for frames
    that do."""
    return {name: frozenset(spec[key]) for name, spec in frame_specs.items() if spec.get(key)}


def _threatens(words: WordLists, verb: Token) -> bool:
    """'distributed threatening pamphlets', 'threat letters', 'posters warning non-local workers', 'letters
    demanding extortion money': the notices the verb hands out or puts up carry a threat in its clause."""
    return any(t.lower_ in words.threat_words or t.lemma_.lower() in words.threat_words for t in verb.subtree)


def _stationed(verb: Token) -> bool:
    """'Militants shot at policemen deployed at a border outpost', 'attacked personnel of the 19th battalion
    deployed at the outpost': a participle that tells where the force an act took as its object serves
    describes it; no force was sent in this report (units 'stationed in the heights' that are the subject of
    the sentence may be the news)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ in ("dobj", "obj", "pobj")


def _insurgent_taking(words: WordLists, verb: Token) -> bool:
    """'Cadres of the TMMT detonated a socket bomb', 'militants abducted five soldiers and seized their
    weapons': a disrupt verb (`insurgent_taking_verbs`) done by non-state armed men (`insurgent_nouns`, or a
    name from the alias table that no force noun heads) sets off or takes the weapons: violence, not weapons
    disrupted, which is the work of forces and bomb squads."""
    if verb.lemma_.lower() not in words.insurgent_taking_verbs:
        return False
    verb = _subject_verb(verb)  # "abducted five soldiers and seized their weapons": the first verb's subject
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        lemma = subject.lemma_.lower()
        if lemma in words.force_nouns or lemma in words.unit_nouns or subject.lower_ in words.unit_nouns:
            continue
        named = [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod"))]
        named += [g for c in subject.children if c.lower_ == "of" for g in c.subtree]
        if lemma in words.insurgent_nouns or any(_non_state_name(t) for t in named):
            return True
    return False


def _armed_men_did(words: WordLists, verb: Token) -> bool:
    """'Suspected militants blocked the road with logs', 'Maoist cadres blocked the highway': a protest
    frame's act done by men named as insurgents (`insurgent_nouns`; not a party or movement from the alias
    table, whose supporters do protest) is no demonstration."""
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in words.insurgent_nouns for c in _subject_verb(verb).children
    )


def _subject_verb(verb: Token) -> Token:
    """The verb whose subject a conjoined verb shares ("abducted five soldiers and seized their weapons")."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return verb


def _non_state_name(token: Token) -> bool:
    """A word of a name from the alias table whose canonical name is no state's force or government."""
    canonical = token.ent_id_
    state = "Forces of" in canonical or canonical.startswith("Government")
    return token.ent_type_ == ACTOR_LABEL and not state


def _hunts(words: WordLists, obj: Token) -> bool:
    """'a search operation', 'a cordon and search operation', 'a manhunt': an operation named by its hunt."""
    named_by = [t for left in obj.lefts if left.dep_ in ("compound", "amod", "nmod") for t in left.subtree]
    return obj.lower_ in words.manhunt_words or any(t.lower_ in words.manhunt_words for t in named_by)


def _engaged_in_other_work(hit: CueHit, tokens: list[Token], hits: list[CueHit]) -> bool:
    """'vehicles engaged in road construction work', 'engaged in talks': 'engage in' names an activity, a
    fight only when what it is engaged in is a cue itself ('engaged in a gunfight', 'in heavy fighting');
    'troops engaged the militants' (an object, no 'in') stays a clash."""
    if hit.phrase != "engage":
        return False
    verb = tokens[hit.start - tokens[0].i]
    into = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
    if not into:
        return False
    inside = {t.i for c in into for t in c.subtree}
    return not any(other is not hit and other.start in inside for other in hits)


def _inside_a_name(hit: CueHit, tokens: list[Token]) -> bool:
    """A trigger word inside a group's name is no event: the 'candlelight' of the Candlelight Party, the
    'march' of the March 23 Movement."""
    span = tokens[hit.start - tokens[0].i : hit.end - tokens[0].i]
    return hit.category.startswith("t:") and all(t.ent_type_ == ACTOR_LABEL for t in span)


def _according_to(hit: CueHit, tokens: list[Token]) -> bool:
    """'according to local media' attributes a report; its lemma 'accord' is no agreement (with 'banners'
    in 'according to banners hung in the city', two weak cues opened an agreement)."""
    i = hit.start - tokens[0].i
    return (
        hit.end - hit.start == 1
        and tokens[i].lower_ == "according"
        and i + 1 < len(tokens)
        and tokens[i + 1].lower_ == "to"
    )


def _points_back(noun: Token) -> bool:
    """'his body', 'Shekau's body', 'the body of the Maoist': the noun belongs to someone the text has
    named already (not 'the bodies of two men', 'a woman's body', 'a body')."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(
        owner.pos_ in ("PRON", "PROPN")
        or any(d.dep_ in ("det", "poss") and d.lower_ in DEFINITE_DETERMINERS for d in owner.children)
        for owner in owners
    )


# determiners of someone already named: "the Maoist", "his father", "their commander"
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its"})


def _active_participle(verb: Token) -> bool:
    """A past participle that takes a direct object is the clause's finite verb misread ('air strikes killed
    18 people, the ministry said' parsed with 'strikes' as the subject of 'said')."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _without_nested_triggers(hits: list[CueHit]) -> list[CueHit]:
    """A trigger inside a longer trigger of another category is part of that phrase: the 'strike' of an
    'air strike' or a 'hunger strike', the 'die' of a 'die-in'."""
    triggers = [h for h in hits if h.category.startswith("t:")]

    def nested(hit: CueHit) -> bool:
        return hit.category.startswith("t:") and any(
            other.category != hit.category
            and other.start <= hit.start
            and hit.end <= other.end
            and other.end - other.start > hit.end - hit.start
            for other in triggers
        )

    return [h for h in hits if not nested(h)]


def _no_place_taken(noun: Token, place_objects: frozenset[str]) -> bool:
    """A direct object that is neither a place name nor one of a territory frame's place nouns ("effect",
    "part", "shelter"): what the verb took, so the place after "in" is only where."""
    return (
        noun.ent_type_ not in ("GPE", "LOC", "FAC")
        and noun.pos_ != "PROPN"
        and noun.lemma_.lower() not in GROUND_NOUNS
        and noun.lemma_.lower() not in place_objects
        and noun.lower_ not in place_objects
    )


def _qualified_by(noun: Token, words: frozenset[str]) -> bool:
    """Whether an adjective or noun modifying `noun` is one of `words` ("live rounds", "rubber rounds"), or
    the noun is one itself: the parse makes the modifier the head in "an extermination and training site"."""
    return bool(words) and (
        noun.lower_ in words
        or any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in noun.children)
    )


def _on_board(verb: Token) -> bool:
    """'the provinces had been taken on board': taken on board is heard and agreed with, no place taken."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "board" for g in c.children)
        for c in verb.children
    )


def _locative(noun: Token) -> bool:
    """'in Gizab district', 'at the checkpoint': a noun after a preposition of place says where a verb
    happened, not what it took."""
    return noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS


# what is left of the dead: "the bodies of the soldiers were sent to their villages" sends no soldiers (a
# "contingent of troops" or "a cache of weapons" is what its 'of' names)
REMAINS_NOUNS = frozenset({"body", "corpse", "remains", "coffin", "casket"})


def _objects(verb: Token) -> list[Token]:
    """Objects of a verb, including passive subjects and objects behind a particle or preposition."""
    found: list[Token] = []
    # "discovered a large amount of ammunition believed to belong to X": the small model often makes the
    # object the subject of a clausal complement
    clausal = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    for child in [*verb.children, *clausal]:
        if child.dep_ in ("dobj", "obj", "nsubjpass", "attr") or child in clausal:
            found.append(child)
            found.extend(c for c in child.children if c.dep_ in ("conj", "compound"))
            if child.lemma_.lower() not in REMAINS_NOUNS:
                found.extend(
                    g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                )
        elif child.dep_ == "prep" or child.dep_ == "prt":
            found.extend(g for g in child.children if g.dep_ == "pobj")
            if child.lower_ == "out":
                # "pushed the militants out of fresh areas": the compound preposition's object
                outs = [c for c in child.children if c.lower_ == "of"]
                found.extend(g for c in outs for g in c.children if g.dep_ == "pobj")
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not _went_off(verb):
        # "projectiles fired by the Polisario Front": the noun it describes underwent it
        found.append(verb.head)
    return found


# verbs a bomb does by itself as well as undergoes: "the device detonated" is the explosion
ERGATIVE_VERBS = frozenset({"detonate"})


def _went_off(verb: Token) -> bool:
    """'An explosive device detonated near a patrol': the small model hangs the verb on the device as a
    participle, but with nobody by whom it was detonated the device went off (not 'detonated by police')."""
    return verb.lemma_.lower() in ERGATIVE_VERBS and not any(c.dep_ == "agent" for c in verb.children)
