"""Code a detected mention into an ACLED event: actors, type, date, fatalities, note and confidence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from flashpoint.actors.roles import Role, ethnic_militia_name, generic_name, inter_of, state_force_name
from flashpoint.extract.classify import TypeDecision, classify, rival_crowds
from flashpoint.extract.detect import EventMention, attribution, between_sides, victim_affiliation
from flashpoint.extract.fatalities import (
    count_fatalities,
    counted_stretch,
    finds_the_dead,
    is_grievance,
    kills_only_perpetrators,
    long_after,
)
from flashpoint.extract.participants import (
    SERVICE_MEMBER_NOUNS,
    Participant,
    ParticipantReader,
    agent_of,
    appointed_by,
    cause_or_identity,
    patient_of,
    sender_of,
    used_weapon,
)
from flashpoint.nlp.memo import doc_entities, span_entities
from flashpoint.nlp.model import ACTOR_LABEL
from flashpoint.ontology import disorder_type_of, event_type_of, interaction_code
from flashpoint.schema import Event, Evidence, Location

# words whose 'to X' (or 'hands of X') names who receives a place handed over without a fight
TRANSFER_WORDS = frozenset({"hand", "handover", "cede", "transfer", "surrender", "give", "relinquish"})
# verbs whose subject takes the place over ("X took control of the town", "X entered the town")
TAKE_WORDS = frozenset({"take", "seize", "capture", "enter", "occupy", "assume"})
TRIGGER_ROLES = ("kill", "attack", "clash", "explode", "shell", "airstrike", "abduct", "sexual", "injure",
                 "arrest", "loot", "territory_gain", "territory_regain", "riot", "protest")  # fmt: skip


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What the coder knows about the whole article."""

    article_id: str
    anchor: dt.date | None  # publication date (or the reference date given to eval)
    source: str | None  # "IANS; RFE/RL"
    default_country: str | None  # the article's main country, from its places
    body_start: int = 0  # where the body starts after the dateline


@dataclass(slots=True)
class CodedMention:
    """A mention coded in isolation, before segmentation merges repeated reports of one incident."""

    mention: EventMention
    event: Event
    has_own_date: bool
    decision: TypeDecision
    has_own_place: bool = False
    # its place is named as a part of a town ("in the Progreso neighborhood", "in the city's Oleksandrivskyi
    # district"): the gazetteer's reading of such a name is often a namesake elsewhere
    in_town_part: bool = False
    # the other places of a list its place stands in ("protested in Dakar and Ziguinchor"), from geocoding
    listed_with: list[Location] = field(default_factory=list)
    # the event as the list's own sentence told it, kept when a follow-up placed in one town of the list
    # ("In Bannu, police fired tear gas") adds to it: what that follow-up tells is that town's alone
    listed_base: Event | None = None
    # actor 1 is ACLED's default side, named by no word of the text ("a drone strike killed two": the state
    # whose air raid it guesses): a side a later sentence names replaces it
    actor1_guessed: bool = False


@dataclass
class EventCoder:
    reader: ParticipantReader
    # heads of an attempt ("tried to kill"), the cue word list: a death verb under one kills nobody
    attempt_heads: frozenset[str]
    # ordinary people who turn into a mob when they beat or kill ("villagers", "traders"), the cue word list
    mob_nouns: frozenset[str]
    # Undated mentions are dated this many days before the anchor (config: code.no_date_offset_days).
    no_date_offset_days: int
    # "two years after a bombing killed 8 soldiers": the dead of a clause set this long before are history
    long_ago_nouns: frozenset[str] = frozenset()
    # "a day after a passenger convoy was ambushed": the people of a clause set this far apart are no side
    duration_nouns: frozenset[str] = frozenset()
    # countries where ACLED codes unnamed "security forces" facing a crowd as police, the cue word list
    crowd_police_countries: frozenset[str] = frozenset()
    # "the man was a commander of its Radwan Force": what makes a victim a group's, the cue word list
    membership_nouns: frozenset[str] = frozenset()

    def _clash_partner(self, mention: EventMention, doc: Doc) -> Participant | None:
        """The first side a clash word of the event names as fought 'with', resolved."""
        for token in _clash_partners(mention):
            partner = self.reader.from_token(token, doc)
            if partner is not None:
                return partner
        return None

    def code(
        self, mention: EventMention, doc: Doc, location: Location | None, ctx: ArticleContext
    ) -> CodedMention:
        actor1, actor2 = self._participants(mention, doc, ctx.body_start)
        if (
            actor2 is not None
            and actor2.partisan
            and mention.categories & {"kill", "attack", "injure", "abduct", "explode"}
            and not mention.categories & {"protest", "riot", "clash"}
            and (actor1 is None or not actor1.partisan or _one_person(actor2))
        ):  # "gunmen shot dead a PTI worker": a party's worker attacked is a civilian, the party associated;
            # a rival party's crowd stays a crowd ("AL activists attacked BNP supporters")
            actor2 = Participant(actor2.text, actor2.start, actor2.end, role=Role.CIVILIANS, inter=7,
                                 country=actor2.country, count=actor2.count, assoc=actor2.assoc)  # fmt: skip
        if (
            actor1 is not None
            and actor1.partisan
            and actor2 is not None
            and actor2.is_named
            and "clash" in mention.categories
            and self.reader.lexicon.is_party(actor2.name or "")
        ):  # "supporters of the TMC and the BJP clashed": the second party is the other crowd, not the party
            actor2 = Participant(actor2.text, actor2.start, actor2.end, None, inter_of(Role.RIOTERS),
                                 Role.RIOTERS, actor2.country, actor2.count, assoc=actor2.name,
                                 partisan=True)  # fmt: skip
        if mention.struck_subject is not None and (actor1 is not None or actor2 is not None):
            struck = self.reader.from_token(mention.struck_subject, doc)
            struck_first = struck is not None and _same(struck, actor1)
            if actor2 is not None and _planted_by(actor2, doc) and (actor1 is None or struck_first):
                # "a vehicle struck a landmine planted by ISWAP militants": who laid it is actor 1, whatever
                # ran into it the target
                actor1, actor2 = actor2, actor1 if actor1 is not None else struck
            elif actor1 is not None and struck_first:
                # the vehicle that struck a mine is the blast's target, with the dead it carried
                actor1, actor2 = None, actor2 if actor2 is not None else actor1
        home = location.country if location is not None else ctx.default_country
        actor1 = self._homonym_force(actor1, home, doc)
        actor2 = self._homonym_force(actor2, home, doc)
        modifiers = mention.modifiers
        if (
            actor2 is not None
            and actor2.inter == 4
            and not {"clash"} & mention.categories
            and mention.categories & {"kill", "attack", "abduct"}
            and set(actor2.text.lower().split()) & UNARMED_MEMBER_WORDS
        ):  # "gunmen killed five Fulani herders", "abducted two Rohingya youths": an ethnic group's people
            # who are harmed are civilians, not its militia
            actor2 = Participant(actor2.text, actor2.start, actor2.end, None, 7, Role.CIVILIANS)
        mob = _civilians_do_violence(actor1, mention, self.mob_nouns)
        against_force = actor2 is not None and actor2.is_state
        if _group_of_men(actor1, doc) and (
            not mob
            or (against_force and _crowd_against_force(actor1, actor2, mention, self.mob_nouns) is None)
        ):
            # "a group of men shot dead a shopkeeper", "abducted a trader", "attacked a police post, killing a
            # constable": men who do violence a mob or a riot does not are an armed group (with no weapon,
            # "attacked migrants and smashed their shops", a mob)
            armed = Role.UNIDENTIFIED_ARMED
            actor1 = Participant(
                actor1.text, actor1.start, actor1.end, None, inter_of(armed), armed, actor1.country
            )
        if mob and not (actor2 is not None and actor2.is_state):
            # villagers who beat or kill are rioters (ACLED Mob violence); youths who stone the police are
            # demonstrators who turned violent
            modifiers = modifiers | {"mob"}
        categories = mention.categories
        if (
            "clash" in categories
            and actor2 is not None
            and actor2.inter == 7
            and (actor1 is None or (actor1.is_armed and not actor1.is_state))
            and _fought_with(mention, actor2)
        ):  # "armed youth clashed with youths from Unity state", "armed nomads and Hazara villagers clashed":
            # the people a clash verb pairs with the other side fought too (a communal militia to ACLED), they
            # are no victims of an attack
            modifiers = modifiers | {"fought_back"}
        if (
            "clash" in categories
            and actor2 is not None
            and actor2.inter == 7
            and "fought_back" not in modifiers
            and actor1 is not None
            and actor1.is_armed
            and not actor1.is_state
            and kills_only_perpetrators(mention.sentence)
        ):  # "militants attacked a convoy carrying Chinese engineers, and two of the attackers were killed in
            # the ensuing gunbattle": the attackers fell to guards who fought back, the state's forces when
            # nobody else is named; the people the convoy carried are no side of the battle
            actor2 = None
        if "clash" in categories and actor1 is not None and actor1.is_state and actor2 is not None:
            foe = self._clash_partner(mention, doc) if actor2.inter == 7 else None
            if foe is not None and foe.is_armed and not foe.is_state:
                # "Israeli forces raided the camp, sparking a fierce gunbattle with Palestinian militants that
                # killed five Palestinians": the forces fought the armed side their clash names, whoever the
                # fight killed; ACLED codes the battle, not an attack on the dead
                actor2 = foe
        if (
            "clash" in categories
            and actor1 is not None
            and _ordinary_crowd(actor1, self.mob_nouns)
            and not (actor2 is not None and (actor2.is_state or actor2.is_armed))
            and not categories & {"explode", "shell", "airstrike", "abduct", "sexual"}
            and not modifiers & WEAPON_MODIFIERS
            and not any(h.phrase in GUN_CUES for h in mention.hits)
        ):  # "fans of two football clubs clashed": ordinary people who fight each other with no gun named
            # and no force on either side are rival crowds (ACLED Mob violence, rioters v rioters)
            modifiers = modifiers | {"reciprocal"}
        if (
            actor1 is None
            and "reciprocal" in modifiers
            and categories & {"clash", "riot"}
            and not categories & {"protest", "explode", "shell", "airstrike", "abduct", "sexual"}
            and not modifiers & WEAPON_MODIFIERS
            and not any(h.phrase in GUN_CUES for h in mention.hits)
            and not (actor2 is not None and (actor2.is_state or actor2.is_armed))
        ):  # "two groups clashed and pelted stones at each other": unnamed people who fight each other with
            # no weapon named and no force on either side are rival crowds (rioters v rioters)
            at = mention.trigger.idx
            actor1 = Participant("", at, at, role=Role.RIOTERS, inter=inter_of(Role.RIOTERS))
        crowd_and_force = _crowd_against_force(actor1, actor2, mention, self.mob_nouns)
        if crowd_and_force is not None:
            # "youths set up barricades and clashed with gendarmes": ordinary people who fight the police with
            # no gun or bomb named are a violent crowd, not an armed group
            actor1, actor2 = crowd_and_force
            categories = (categories - {"clash"}) | {"riot"}
        if _a_state_s_strike(mention, doc, actor1, categories):
            categories = categories | {"airstrike"}
        decision = classify(categories, modifiers, actor1, actor2)
        sub_type = decision.sub_event_type
        if sub_type == "Mob violence" and actor2 is not None and actor2.role == Role.UNIDENTIFIED_ARMED:
            # "villagers beat two alleged dacoits to death": a mob's victims are suspects in its hands,
            # civilians to ACLED, whatever they were accused of
            actor2 = Participant(
                actor2.text, actor2.start, actor2.end, None, 7, Role.CIVILIANS, actor2.country
            )
        if sub_type == "Mob violence" and _lynched_from_custody(mention, actor2):
            # "a mob dragged a man out of a police station and lynched him": the man lynched is the victim
            # (a civilian to ACLED), the police only held him where the mob took him from
            actor2 = Participant("", actor2.start, actor2.start, None, 7, Role.CIVILIANS)
        rivals = sub_type == "Mob violence" and rival_crowds(mention.categories, actor1, actor2, modifiers)
        fighters = sub_type == "Armed clash" or rivals
        if fighters and actor2 is not None and actor2.inter == 7 and not actor2.is_named:
            actor2 = None  # "rival tribes exchanged fire, killing 2 people": the dead were fighters, no side
        if rivals and actor2 is None and actor1 is not None:  # the other party's crowd: Rioters v Rioters
            rioters = Role.RIOTERS
            actor2 = Participant("", actor1.start, actor1.start, role=rioters, inter=inter_of(rioters),
                                 country=actor1.country)  # fmt: skip
        # a riot the police answered ("protesters burned tyres. Police used tear gas to disperse them") has
        # the police as its other side too
        met_by_force = sub_type in INTERVENED or (
            sub_type == "Violent demonstration" and "intervention" in mention.modifiers
        )
        if met_by_force and (actor2 is None or not actor2.is_state) and not (actor1 and actor1.is_state):
            # "...; police dispersed them with tear gas": the force of the later sentence, not the crowd's
            # cause or bystanders the first one named (a force the first sentence names already intervened:
            # "police fired tear gas at protesters. Several were taken to the police station")
            actor2 = next(
                (
                    p
                    for extra in mention.extra_sentences
                    for p in self._sentence_roles(extra, doc)
                    if p.is_state
                ),
                actor2,
            )
        # a crowd on the other side is no force either: "police baton-charged PTI supporters protesting",
        # misparsed as one noun phrase, leaves the party's supporters as actor 2 beside the crowd they are
        crowd_side = actor2 is None or actor2.inter in (5, 6, 7)
        no_force = crowd_side and not (actor1 is not None and actor1.is_armed)
        if sub_type == "Protest with intervention" and no_force and "security_target" in mention.modifiers:
            # the police the sentence names, which a bad parse leaves without a role ("police baton-charged
            # and arrested dozens of teachers": the teachers are the crowd, not the other side)
            actor2 = Participant("", 0, 0, role=Role.POLICE, inter=1)
        if sub_type == "Non-violent transfer of territory":
            actor1, actor2 = self._receiver_first(mention, doc, actor1, actor2)
        if sub_type == "Change to group/activity":  # "deployed 300 soldiers": the force deployed acts
            deployed = next(
                (
                    found
                    for c in mention.trigger.children
                    if c.dep_ in ("dobj", "nsubjpass")
                    and (found := self.reader.from_token(c, doc)) is not None
                    and found.is_armed
                    # "banned the Pashtun Tahaffuz Movement": a named group taken as object is acted on
                    and (found.is_state or not found.is_named)
                ),
                None,
            )
            if deployed is not None and (actor1 is None or actor1.role not in (Role.MILITARY, Role.POLICE)):
                # a named armed actor sends its own fighters ("Taliban authorities deployed fighters")
                own_fighters = (
                    actor1 is not None
                    and actor1.is_named
                    and actor1.is_armed
                    and not deployed.is_named
                    and any(c.dep_ == "nsubj" and _spans(c, actor1.start) for c in mention.trigger.children)
                )
                actor1, actor2 = (actor1 if own_fighters else deployed), None
        place_country = location.country if location else None
        country = place_country or ctx.default_country or _nationality(actor2, actor1)
        if sub_type == "Agreement" and place_country:
            sides = [p for p in (actor1, actor2) if p is not None]
            homes = {p.country for p in sides if p.country}
            rebels = any(p.country and p.name and p.inter in (2, 3) for p in sides)
            if len(homes) == 1 and place_country not in homes and (rebels or all(p.country for p in sides)):
                # talks abroad ("the government and the ELN signed a ceasefire in Havana"): an agreement is
                # coded in the country of the conflict, not where it was signed
                country, location = homes.pop(), None
        if sub_type == "Agreement" and (location is None or location.admin1 is None):
            # placed nowhere below a country (a side's own name or demonym: "the Saudi-led coalition")
            war_country = self._war_country(mention, doc, actor1, actor2)
            if war_country is not None:
                country, location = war_country, None
        crowd_first = sub_type in ("Peaceful protest", "Protest with intervention")
        if (
            crowd_first
            and actor1 is not None
            and actor1.inter in (2, 3, 4, 8)
            and not (actor1.is_named or actor1.partisan)
        ):  # "blocked the highway in protest against extortion by militants": whom the crowd protests
            actor1 = None
        if crowd_first and actor1 is not None and _protested(doc, actor1):
            actor1 = None  # "protested against the destruction of poppy fields by the Taliban"
        force_on_crowd = sub_type == "Excessive force against protesters"
        if force_on_crowd and actor2 is not None and _protested(doc, actor2):
            actor2 = None  # "opened fire on students protesting against the government": the crowd fired on
            # is the side, what it protests its grievance
        if crowd_first and actor1 is not None and self.reader.lexicon.is_party(actor1.name or ""):
            # "police baton-charged and detained BYC activists who were marching": the movement's crowd, not
            # an armed intervener for _default_sides to turn into actor 2
            actor1 = _party_as_protesters(actor1)
        if sub_type == "Armed clash" and actor2 is None and _factions_of(doc, actor1):
            actor2, rivals = actor1, True  # "members of two Sinaloa Cartel factions clashed": the group
            # fought itself
        actor1, actor2 = _default_sides(sub_type, actor1, actor2)
        actor1 = _government_at_war(sub_type, actor1)
        if sub_type == "Arrests":
            actor2 = self._party_of_members(actor2)
        if sub_type in CROWD_TYPES:  # farmers who protest, party supporters who riot
            if sub_type in ("Peaceful protest", "Protest with intervention"):
                actor1 = _party_as_protesters(actor1)
            elif sub_type == "Violent demonstration":  # "PTI protesters clashed with police, pelting stones"
                actor1 = _party_as_protesters(actor1, Role.RIOTERS)
            elif (
                sub_type == "Excessive force against protesters"
                and actor2 is not None
                and self.reader.lexicon.is_party(actor2.name or "")
            ):  # "police fired on PTM supporters": the crowd fired on is protesters, the movement associated
                actor2 = _party_as_protesters(actor2)
            if sub_type != "Mob violence":
                actor1 = _ethnic_crowd(actor1, CROWD_TYPES[sub_type])
            actor1 = _as_crowd(actor1, CROWD_TYPES[sub_type], civilians=True)
            actor2 = _as_crowd(actor2, CROWD_TYPES[sub_type], civilians=False)
            if country in self.crowd_police_countries:
                actor1 = _security_forces_as_police(actor1)
                actor2 = _security_forces_as_police(actor2)
        name1, inter1 = _name(actor1, country)
        name2, inter2 = _name(actor2, country)
        assoc1 = actor1.assoc if actor1 is not None else None
        assoc2 = actor2.assoc if actor2 is not None else None
        if name2 is not None and (
            (name2 == name1 and assoc2 == assoc1 and not rivals)
            or (sub_type in CROWD_TYPES and sub_type != "Mob violence" and inter2 == 7)
        ):
            name2, inter2, assoc2 = None, None, None
            # protesters are not their own opponents (rival parties' crowds are); bystanders are not a side,
            # but the people a mob beats or kills are its victims (Rioters v Civilians, interaction 57)

        fatalities = (
            count_fatalities(
                mention.spans,
                attempt_heads=self.attempt_heads,
                grievances=sub_type in CROWD_TYPES,
                long_ago_nouns=self.long_ago_nouns,
            )
            or 0
        )
        if sub_type in ("Peaceful protest", "Protest with intervention", "Arrests", "Agreement",
                        "Headquarters or base established", "Non-violent transfer of territory",
                        "Change to group/activity", "Other"):  # fmt: skip
            fatalities = 0

        # "two suicide bombers blew themselves up when police surrounded them": the bombers' own deaths
        victims_died = fatalities > 0 and bool(
            count_fatalities(
                mention.spans,
                attempt_heads=self.attempt_heads,
                grievances=sub_type in CROWD_TYPES,
                long_ago_nouns=self.long_ago_nouns,
                bombers=False,
            )
        )
        if sub_type in CIVILIAN_DEATH_TYPES and name2 is None and victims_died:
            # whom a mob kills is its victim ("lynched him", "set alight a suspected robber"); so are the
            # dead of a bombing that names no armed target ("blew himself up near a mosque ... 59 killed")
            name2, inter2 = _name(Participant("", 0, 0, role=Role.CIVILIANS, inter=7), country)
        if sub_type == "Mob violence" and name2 is None and _person_harmed(mention):
            # "a mob beat a man accused of theft": whom a mob beats is its victim, killed or not
            name2, inter2 = _name(Participant("", 0, 0, role=Role.CIVILIANS, inter=7), country)
        property_hit = _homes_hit(mention) if sub_type in PROPERTY_TYPES else _homes_damaged(mention)
        if sub_type in PROPERTY_TYPES + REMOTE_TYPES and name2 is None and property_hit:
            # "set fire to about 150 houses", "a mob torched Christian homes": the people who lived there
            name2, inter2 = _name(Participant("", 0, 0, role=Role.CIVILIANS, inter=7), country)
        date, precision = _event_date(mention, ctx.anchor, self.no_date_offset_days)
        name1, inter1 = self._as_on(name1, inter1, date, _role(actor1))
        name2, inter2 = self._as_on(name2, inter2, date, _role(actor2))
        mover_home = actor1.country if actor1 is not None else None
        if actor2 is not None and actor2.country == mover_home:
            mover_home = None  # a state fighting its own rebels is at home, wherever the place was put
        if actor1 is not None and any(
            self.reader.lexicon.country_name(w) == country for w in actor1.text.split()
        ):
            mover_home = country  # "Rwandan and Mozambican forces": the state's own forces, with allies
        if country and assoc1 and assoc1.startswith(STATE_FORCE_PREFIXES) and country in assoc1:
            # "Military Forces of Rwanda and Military Forces of Mozambique recaptured ...": the state's own
            # forces fight beside their allies at home
            mover_home = country
        if (territory_type := _territory_by_mover(sub_type, inter1, mover_home, country)) != sub_type:
            decision = TypeDecision(territory_type, "who took the ground, on the day and where")
        sides = Sides(name1, inter1, assoc1, name2, inter2, assoc2)
        coded = coded_mention(mention, ctx, decision, sides, fatalities, (date, precision), location, country)
        coded.actor1_guessed = _guessed_side(doc, actor1)
        return coded

    def _as_on(
        self, name: str | None, inter: int | None, on: dt.date | None, role: Role | None = None
    ) -> tuple[str | None, int | None]:
        """The actor ACLED codes on the event's day: after taking Kabul (15 August 2021) the Taliban are the
        state's forces (a successor in the actor table), and the Taliban's police are the state's police."""
        successor = self.reader.actors.current(name, on) if name else None
        if successor is None:
            return name, inter
        if role == Role.POLICE and successor.inter == 1 and successor.country:
            return state_force_name(Role.POLICE, successor.country), successor.inter
        return successor.name, successor.inter

    def attribute(self, coded: list[CodedMention], doc: Doc) -> None:
        """A sentence of its own that says who did the incident before it ("TJP claimed responsibility.",
        "Boko Haram was suspected of being behind the attack.") names its unidentified side: a claimant or a
        suspected named armed group replaces an unidentified (or missing) actor 1, or an unidentified actor 2
        when state forces are actor 1."""
        starts = {item.mention.sentence.start: item for item in coded}
        for sent in doc.sents:
            if (found := attribution(sent)) is None:
                continue
            if sent.start in starts:
                self._attribute_own(starts[sent.start].event, found[0], doc)
                continue
            before = [item for item in coded if item.mention.sentence.start < sent.start]
            who = self.reader.from_token(found[0], doc) if before else None
            if who is None or not who.name or who.inter not in (2, 3, 4, 8) or who.name.startswith("Unid"):
                continue
            # the incident the claim is about: the last mention before it with a date or place of its own
            # (later undated sentences only add detail to it: "All six attackers were killed.")
            event = next((i for i in reversed(before) if i.has_own_date or i.has_own_place), before[-1]).event
            unknown1 = event.actor1 is None or event.actor1.startswith("Unidentified")
            if unknown1 or (found[1] and event.inter1 in (5, 6, 7)):
                event.actor1, event.inter1 = who.name, who.inter
            elif event.inter1 == 1 and (event.actor2 is None or event.actor2.startswith("Unidentified")):
                event.actor2, event.inter2 = who.name, who.inter
            else:
                continue
            event.interaction = interaction_code(event.inter1, event.inter2)

    def identify_victims(self, coded: list[CodedMention], doc: Doc) -> None:
        """A later sentence that says the victim of a bombing or strike belonged to a named armed group
        ("Hezbollah later announced that the man was a commander of its elite Radwan Force", "The driver was
        a TTP commander") makes that group actor 2 in place of civilians or of no one: ACLED codes whom the
        strike hit."""
        for sent in doc.sents:
            before = [item for item in coded if item.mention.sentence.start < sent.start]
            if not before or not (tokens := victim_affiliation(sent, self.membership_nouns)):
                continue
            event = next((i for i in reversed(before) if i.has_own_date or i.has_own_place), before[-1]).event
            if event.inter2 not in (None, 7) or event.event_type != "Explosions/Remote violence":
                continue
            found = (self.reader.from_token(token, doc) for token in tokens)
            group = next(
                (
                    who
                    for who in found
                    if who is not None
                    and who.name
                    and who.inter in (2, 3, 4)
                    and not who.name.startswith("Unid")
                    and not self.reader.lexicon.is_party(who.name)
                ),
                None,
            )
            if group is None:
                continue
            event.actor2, event.inter2, event.assoc_actor_2 = group.name, group.inter, None
            event.civilian_targeting = None
            event.interaction = interaction_code(event.inter1, event.inter2)

    def _attribute_own(self, event: Event, found: Token, doc: Doc) -> None:
        """A sentence that tells a deed of the incident and says who is blamed for it ("Rono blamed the attack
        on Al-Shabaab militants, who he said had planted the device overnight") names its own unidentified
        actor 1, and is no target of it (the parse may read 'on Al-Shabaab' as the attack's target); a known
        actor 1 stays."""
        who = self.reader.from_token(found, doc)
        if who is None or not who.name or who.inter not in (2, 3, 4, 8) or who.name.startswith("Unid"):
            return
        if not (event.actor1 is None or event.actor1.startswith("Unidentified")):
            return
        if who.name == event.actor2:
            event.actor2, event.inter2 = None, None
        event.actor1, event.inter1 = who.name, who.inter
        event.interaction = interaction_code(event.inter1, event.inter2)

    def _clash_partners(self, mention: EventMention, doc: Doc) -> list[Participant]:
        """The armed sides the event's own clash verb takes: the trigger or a verb joined to it ('raided the
        camp and clashed with militants'; not 'executed civilians after clashes with Fano', an earlier
        fight)."""
        tokens = list(mention.sentence)
        clashes = (h.root(tokens) for h in mention.hits if h.category == "t:clash")
        own = (r for r in clashes if r == mention.trigger or (_joined_act(r) and r.head == mention.trigger))
        patients = (patient_of(r) for r in own)
        found = (self.reader.from_token(p, doc) for p in patients if p is not None)
        return [f for f in found if f is not None and f.is_armed]

    def _participants(
        self, mention: EventMention, doc: Doc, body_start: int = 0
    ) -> tuple[Participant | None, Participant | None]:
        """Actor1 (perpetrator or claimant) and actor2 (target) from the parse, then from the sentence."""
        sent = mention.sentence
        roots = _trigger_roots(mention)
        actor1: Participant | None = None
        actor2: Participant | None = None
        if mention.claim_subject is not None:
            actor1 = self.reader.from_token(mention.claim_subject, doc)
        weapons: list[Token] = list(roots)  # nouns that may name the state that fired ("Indian shelling")
        leader: Participant | None = None  # the subject the partners were named with
        partners: list[Participant] = []  # "FAMa and Wagner forces clashed with JNIM": Wagner fought beside
        for root in roots:
            if actor1 is None and not finds_the_dead(root):
                agent = agent_of(root)
                if agent is not None:
                    # "Indian shelling kills three" parsed with "Indian" the gerund's subject: the modifier
                    # of a bombardment, whose nationality is a state's force (as in `_weapon_owner`)
                    bombardment = bool(mention.categories & {"airstrike", "shell"})
                    misread_modifier = bombardment and root.tag_ == "VBG" and agent.i == root.i - 1
                    actor1 = self.reader.from_token(agent, doc) or self.reader.state_agent(
                        agent, nationality=misread_modifier
                    )
                    weapons.append(agent)
                    partners, leader = self._partners(agent, actor1, doc), actor1
            if actor2 is None:
                patient = patient_of(root)
                if patient is not None:
                    candidate = self.reader.from_token(patient, doc)
                    if candidate is not None and (
                        actor1 is None or candidate.name != actor1.name or candidate.role != actor1.role
                    ):
                        actor2 = candidate
        if actor2 is None or actor2.inter == 7:
            # "raided Jenin refugee camp and clashed with Palestinian militants": the place raided is not the
            # other side when the raiders fought an armed one
            foe = next((f for f in self._clash_partners(mention, doc) if not _same(f, actor1)), None)
            actor2 = foe or actor2
        attacker = next((a for root in roots if (a := _attack_by(root, roots)) is not None), None)
        found = self.reader.from_token(attacker, doc) if attacker is not None else None
        fought_off = found is not None and found.is_armed and "disrupt" not in mention.categories
        if fought_off and not _same(found, actor1):
            # "police repulsed an attack by TTP militants": who made the attack is actor 1, the defenders 2;
            # an attack foiled before it began is the foilers' deed (Disrupted weapons use)
            actor1, actor2 = found, actor1
        if (
            actor1 is None
            and (actor2 is None or actor2.inter == 7)
            and (sides := between_sides(roots)) is not None
            and sides[0] is sides[1]
            and (crowd := self.reader.from_token(sides[0], doc)) is not None
            and crowd.inter in (5, 6, 7)
            and not crowd.is_named
        ):
            # "clashes between Hausa and Yoruba traders ... left one person dead": one noun for two crowds,
            # each the other's foe; the dead are their toll, not the target of an attack
            actor1, actor2 = crowd, self.reader.from_token(sides[1], doc)
        elif actor1 is None and actor2 is None and (sides := between_sides(roots)) is not None:
            # "clashes broke out between Military Forces of Iraq and YBS militiamen": the sides as written
            first, second = (self.reader.from_token(side, doc) for side in sides)
            if first is not None and second is not None and not _same(first, second):
                actor1, actor2 = first, second
        elif (
            not (actor2 is not None and actor2.is_armed and actor2.is_named)
            and (sides := between_sides(roots)) is not None
        ):
            # "fighting broke out between Fano militia and the ENDF ..., with six people killed including two
            # civilians caught in the crossfire": two armed sides named as the fight's are its sides, whoever
            # its dead were ("clashes between government forces and Houthi fighters killed eight fighters":
            # the unnamed fighters killed are no side of their own)
            first, second = (self.reader.from_token(side, doc) for side in sides)
            both_armed = first is not None and second is not None and first.is_armed and second.is_armed
            if both_armed and first is not None and not _same(first, second):
                actor1, actor2 = first, second
        if actor1 is not None and actor1.name is None and actor1.is_armed and not actor1.is_state:
            # "an Al Shabaab suicide bomber blew himself up ... before gunmen opened fire": the named group
            # that did a part of the incident is its actor, not the unnamed gunmen
            for root in roots:
                agent = agent_of(root) or (root if root.dep_ == "nsubj" and root.pos_ == "NOUN" else None)
                named = self.reader.from_token(agent, doc) if agent is not None else None
                if named is not None and named.name and named.inter in (2, 3):
                    actor1 = named
                    break
        if actor2 is None and mention.categories & TERRITORY_CATEGORIES:
            # "wrested control of a camp from a separatist militia": who lost the place is actor 2
            loser = next((t for root in roots if (t := _taken_from(root)) is not None), None)
            found = self.reader.from_token(loser, doc) if loser is not None else None
            if found is not None and found.is_armed and not _same(found, actor1):
                actor2 = found
        allies: list[Participant] = []
        if actor1 is not None and partners:
            # "soldiers and police opened fire on protesters": one state's forces act together, as allies
            allies = [
                p for p in partners if actor1.is_state and p.is_state and p.country in (None, actor1.country)
            ]
            foes = [p for p in partners if not any(p is a for a in allies)]
            beside = partners
            # "Al Shabaab and SNA forces clashed": the conjuncts fought each other; "the Malian army and
            # Wagner fighters took control of Kidal": forces that take a place together are allies
            took_together = bool(mention.categories & TERRITORY_CATEGORIES)
            if actor2 is None and took_together:
                allies = partners
            elif actor2 is None:
                actor2 = foes[0] if foes else None
                beside = allies
            state = next((p for p in beside if p.is_state), None) if not actor1.is_state else None
            if state is not None and actor1 is leader and "agreement" not in mention.categories:
                # "Wagner Group fighters and FAMa soldiers killed 20 civilians": a state's forces acting with
                # an allied group lead it, as ACLED codes them (actor 1, the group associated)
                actor1, beside = state, [actor1, *(p for p in beside if p is not state)]
                allies = beside
            if named := [p.name for p in beside if p.name and p.name != actor1.name]:
                actor1.assoc = "; ".join(dict.fromkeys([*([actor1.assoc] if actor1.assoc else []), *named]))
        # "Five civilians died in Turkish shelling": the dead read as the subject are the victims, and the
        # means may still name who fired
        victims_first = (
            actor1 is not None
            and actor1.inter == 7
            and (actor2 is None or _same(actor2, actor1))
            and not mention.categories & {"protest", "riot"}
        )
        if actor1 is None or victims_first:
            # "killed in military operations", "died in an army raid": the means names who acted
            weapons += [
                g
                for root in roots
                for c in root.children
                if c.dep_ == "prep" and c.lower_ in ("in", "during", "by")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            # "Woman, child killed in Indian shelling" parsed with "shelling" the root and "Indian" the
            # object of a preposition before it
            weapons += [
                before
                for root in roots
                if root.i > 0
                and (before := root.nbor(-1)).dep_ == "pobj"
                and before.head.lower_ in ("in", "during", "by")
                and self.reader.lexicon.country_of_demonym(before.text)
            ]
            # a nationality on a bomb or a riot is whose country it happened in or who the bomber or rioters
            # were, not a state's force ("a Pakistani suicide bomber", "Palestinian riots"); on shelling or a
            # drone strike it is, bombs or not ("Russian guided aerial bombs hit a hypermarket")
            from_the_air = mention.categories & {"airstrike", "shell"}
            civilian_means = (
                mention.modifiers & {"suicide", "ied"} and not from_the_air
            ) or mention.categories & {
                "protest",
                "riot",
            }
            owner = self._weapon_owner(weapons, nationality_means_state=not civilian_means)
            if victims_first and owner is not None:
                actor1, actor2 = owner, actor1
            elif not victims_first:
                actor1 = owner
                if owner is not None and actor2 is None:
                    actor2 = self._owners_rival(owner, sent, doc)
        if actor1 is None or actor2 is None:
            taken = {p.start for p in (actor1, actor2, *allies) if p is not None}
            # who found the dead is no side of the killing ("Police find bodies of three men")
            finders = {a.i for r in roots if finds_the_dead(r) and (a := agent_of(r)) is not None}
            for token in sent:
                if (
                    token.pos_ not in ("NOUN", "PROPN")
                    or token.dep_ in ("compound", "poss")
                    or token.idx < body_start
                    or appointed_by(token)  # "a Taliban-appointed scholar": the scholar, no Taliban
                ):
                    continue  # "a gendarme's wife" is a civilian, not the gendarmerie
                if _is_speaker(token) and not _announces(token, roots):
                    continue
                if _set_apart(token, roots, self.duration_nouns):
                    continue  # "exchanged gunfire, a day after a passenger convoy was ambushed": that day's
                if _owner_of_taken_side(token, taken):
                    continue  # "personnel of the Punjab Police's Elite Force": the service is the side itself
                if _in_allegation(token) or _witnessing(token) or token.i in finders:
                    continue  # "executed 2 men accused of spying for the government": no side of the killing
                if _blamed(token):
                    continue  # "shot dead a leader, the council said, blaming FARC dissidents": the group
                    # blamed is who did it (`_attribute_own`), never the target
                if sender_of(token) is not None or used_weapon(token):
                    # "a drone launched by the Houthis", "Houthi forces launched a drone": a weapon someone
                    # sent, no state's aircraft
                    continue
                candidate = self.reader.from_token(token, doc)
                if candidate is None or candidate.start in taken:
                    continue
                if _same(candidate, actor1) or _same(candidate, actor2):
                    continue
                acting = (
                    candidate.inter in (2, 3, 4, 5, 6, 8)
                    and candidate.role != Role.CIVILIANS
                    and not _inside_what_was_hit(token, roots)
                    and not self._owned_thing(token, candidate)
                )
                if actor1 is None and acting:
                    actor1 = candidate
                elif actor2 is None:
                    actor2 = candidate
                taken.add(candidate.start)
        # "an airstrike targeted Kataib Hezbollah positions, killing 3 fighters": the fighters killed are
        # the named group aimed at
        unnamed_fighters = (
            actor2 is not None and actor2.name is None and actor2.is_armed and not actor2.is_state
        )
        if actor2 is None or actor2.role == Role.CIVILIANS or unnamed_fighters:
            # "a suicide bomber targeting a police van killed two people": the force aimed at is the target
            aimed = next((t for t in sent if t.lemma_.lower() == "target" and t.pos_ == "VERB"), None)
            target = (
                next((c for c in aimed.children if c.dep_ == "dobj"), None) if aimed is not None else None
            )
            found = self.reader.from_token(target, doc) if target is not None else None
            if (
                found is not None
                and found.is_armed
                and not _same(found, actor1)
                and (found.name is not None or not unnamed_fighters)
            ):
                actor2 = found
        if any(_stateless_force(p) for p in (actor1, actor2)):
            # "exploded under an Israeli army vehicle ..., injuring 7 soldiers": the soldiers are that army's
            named = [p for p in self._sentence_roles(sent, doc) if p.name and p.inter == 1 and p.country]
            actor1, actor2 = (_of_named_force(p, named) for p in (actor1, actor2))
        from_afar = bool(mention.categories & {"airstrike", "shell"})
        if actor2 is None and actor1 is not None and (actor1.is_state or from_afar):
            # "police shot and killed a man": a man or men the state's forces kill, described by nothing
            # more than a count or an age, are civilians (not "5 men linked to Maute", not "a navy man");
            # of the place's country, which is not the force's when it strikes abroad ("Russian shelling
            # killed a man in Kherson"); so are those a rocket or drone of any side kills ("a Houthi drone
            # struck an apartment building, killing one man")
            bare = next((t for t in sent if t.dep_ in ("dobj", "nsubjpass") and _bare_man(t)), None)
            if bare is not None:
                actor2 = Participant(bare.text, bare.idx, bare.idx + len(bare.text), None, 7, Role.CIVILIANS)
        # A named group's victims that are themselves the group: "three TTP militants were killed by police"
        if actor1 is None and actor2 is not None and actor2.is_armed and not actor2.is_state:
            # a force that tells of the dead killed them ("3 TTP militants were killed, police said");
            # officials who tell of them are no side ("killing two Taliban members, local officials said")
            state = next(
                (p for p in self._sentence_roles(sent, doc, officials_told=False) if p.is_state), None
            )
            if state is not None:
                actor1 = state
        return self._the_one_group(actor1, actor2, doc), self._the_one_group(actor2, actor1, doc)

    def _party_of_members(self, participant: Participant | None) -> Participant | None:
        """A party's arrested workers or supporters are the party ('police arrested dozens of PTI workers':
        PTI), the converse of _party_as_protesters (a party that rallies is its members protesting)."""
        if participant is None or not participant.partisan or participant.assoc is None:
            return participant
        entry = self.reader.actors.lookup(participant.assoc.split("; ")[0])
        if entry is None or not self.reader.lexicon.is_party(entry.name):
            return participant
        return Participant(participant.text, participant.start, participant.end, entry.name, entry.inter,
                           country=entry.country, count=participant.count)  # fmt: skip

    def _the_one_group(
        self, side: Participant | None, other: Participant | None, doc: Doc
    ) -> Participant | None:
        """Unnamed 'militants' or 'rebels' facing another side, in a text that names one non-state armed
        group (a party is none) and not as that other side, are that group: "an operation against TTP
        militants ... 5 militants were killed", "security forces killed 12 militants ... BLA militants fired
        first". Gunmen and attackers stay unidentified: ACLED names who attacked only when a source does."""
        if side is None or other is None or side.name is not None or side.role != Role.UNIDENTIFIED_ARMED:
            return side
        if not side.text or side.text.split()[-1].lower() not in GROUP_MEMBER_NOUNS:
            return side
        groups = {p.name: p for p in self._named_armed_groups(doc)}
        if len(groups) != 1 or other.name in groups:
            return side
        group = next(iter(groups.values()))
        group.text, group.start, group.end, group.count = side.text, side.start, side.end, side.count
        return group

    def _named_armed_groups(self, doc: Doc) -> list[Participant]:
        """The named non-state armed actors of a text, in order; political parties are none."""
        found = []
        for ent in (e for e in doc_entities(doc) if e.label_ == ACTOR_LABEL):
            named = self.reader.named_actor(ent)
            if named is None or named.inter not in (2, 3, 4):
                continue
            if named.inter == 3 and self.reader.lexicon.is_party(named.name or ""):
                continue
            found.append(named)
        return found

    def _homonym_force(
        self, participant: Participant | None, home: str | None, doc: Doc
    ) -> Participant | None:
        """A foreign rebel group's abbreviation heading state-force words in another country is that country's
        forces: "SNA troops" in Somalia are the Somali National Army, not the Syrian National Army."""
        p = participant
        if p is None or not p.name or p.inter not in (2, 3) or not p.country or not home or p.country == home:
            return p
        if not (p.text.isupper() and len(p.text) <= 6):
            return p
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        head = span.root.head if span is not None and span.root.dep_ == "compound" else None
        role = self.reader.lexicon.role_of(head.lemma_) if head is not None and head.pos_ == "NOUN" else None
        if role not in (Role.MILITARY, Role.POLICE):
            return p
        return Participant(head.text, head.idx, head.idx + len(head.text), None, inter_of(role), role, home)

    def _owned_thing(self, token: Token, candidate: Participant) -> bool:
        """A group named on a thing or post in a prepositional phrase ("a bomb attached to a Taliban
        vehicle", "in the office of the Taliban governor") owns what was hit; it did not do the hitting."""
        if candidate.name is None or token.dep_ != "pobj" or token.ent_type_:
            return False
        return token.lower_ in self.reader.lexicon.owned_things

    def _receiver_first(
        self, mention: EventMention, doc: Doc, actor1: Participant | None, actor2: Participant | None
    ) -> tuple[Participant | None, Participant | None]:
        """ACLED's actor 1 of a non-violent transfer is who takes the place: the receiver of 'handed over the
        camp to the army', 'ceded the town to X', 'leaving it in the hands of X') or the subject that takes it
        ('... and the Arakan Army took control of the town'); the giver is actor 2."""
        for token in mention.sentence:
            if token.lemma_.lower() in TAKE_WORDS and token.pos_ == "VERB":
                # "troops abandoned their base and the Arakan Army took control of the town"
                taker = next((c for c in token.children if c.dep_ == "nsubj"), None)
                found = self.reader.from_token(taker, doc) if taker is not None else None
                if found is not None and found.is_armed and not _same(found, actor1):
                    return found, actor1 if actor1 is not None else actor2
            if token.lemma_.lower() not in TRANSFER_WORDS:
                continue
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "of"):
                    receiver = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    found = (  # "handed over four villages to Azerbaijan": the country's forces take them
                        self.reader.from_token(receiver, doc) or self.reader.state_agent(receiver)
                        if receiver is not None
                        else None
                    )
                    if found is not None and found.is_armed and not _same(found, actor1):
                        return found, actor1 if actor1 is not None else actor2
        return actor1, actor2

    def _partners(self, agent: Token, actor1: Participant | None, doc: Doc) -> list[Participant]:
        """Other actors named in the subject: its conjuncts ("FAMa and Wagner forces"), or a second actor
        name in the same noun phrase when the parse fused them ("Al Shabaab and Somali army forces")."""
        found = [self.reader.from_token(c, doc) for c in agent.conjuncts]
        subject = doc[agent.left_edge.i : agent.right_edge.i + 1]
        if actor1 is not None and actor1.role == Role.ETHNIC_MILITIA:  # "Dinka and Nuer youths clashed"
            for word in subject:
                group = self.reader.lexicon.ethnic_group(word.text) if word.dep_ == "conj" else None
                if group is not None and group != actor1.group and word.head.i < agent.i:
                    found.append(Participant(word.text, word.idx, word.idx + len(word.text), None, 4,
                                             Role.ETHNIC_MILITIA, actor1.country, group=group))  # fmt: skip
        for ent in span_entities(subject):
            if ent.label_ == "ACTOR" and any(t.lower_ == "and" for t in subject):
                found.append(self.reader.from_token(ent.root, doc))
        if actor1 is not None and actor1.is_armed:
            # "India and Pakistan exchanged fire", "Indian and Pakistani troops": each country its own forces;
            # "Taliban and Pakistani border forces clashed": beside an armed group too
            for word in subject:
                if word.dep_ == "conj" and word.i != agent.i:
                    found.append(self.reader.state_agent(word, nationality=True))
        partners: list[Participant] = []
        for partner in found:
            if partner is None or (actor1 is not None and _same(partner, actor1)):
                continue
            if not any(_same(partner, p) for p in partners):
                partners.append(partner)
        return partners

    def _owners_rival(self, owner: Participant, sent: Span, doc: Doc) -> Participant | None:
        """The other side joined to who fired: "Pakistan and India trade heavy fire" parsed with "trade" a
        noun whose modifier is "Pakistan and India"."""
        word = next((t for t in sent if t.idx == owner.start), None)
        for other in word.conjuncts if word is not None else ():
            found = self.reader.from_token(other, doc) or self.reader.state_agent(other, nationality=True)
            if found is not None and found.is_armed and not _same(found, owner):
                return found
        return None

    def _weapon_owner(
        self, nouns: list[Token], *, nationality_means_state: bool = True
    ) -> Participant | None:
        """'A Turkish drone strike', 'Russian shelling', 'a Myanmar military airstrike', 'killed in police
        operations': who fired (a state's military unless the modifier names another force)."""
        lexicon = self.reader.lexicon
        for root in nouns:
            if _police_district(root):
                continue  # "exploded in the second police district of Jalalabad": where, fired by no one
            if root.pos_ != "NOUN" and root.tag_ != "VBG":  # "Indian shelling kills": shelling read as a verb
                # "killed in Indian shelling", "died in military shelling" parsed with the modifier the
                # preposition's object and "shelling" a verb or the headline's root beside it: the modifier
                # still names who fired
                after = root.nbor(1) if root.i + 1 < len(root.doc) else None
                if after is None or not any(n.i == after.i for n in nouns):
                    continue
                country = lexicon.country_of_demonym(root.text)
                force = lexicon.role_of(root.lower_)
                if force in STATE_FORCES or (nationality_means_state and country):
                    role = force if force in STATE_FORCES else Role.MILITARY
                    return Participant(
                        root.text, root.idx, root.idx + len(root.text), None, inter_of(role), role, country
                    )
                continue
            people = lexicon.role_of(root.lemma_.lower())
            if people is not None and people not in STATE_FORCES:
                # "Palestinian protesters", "Two Palestinian gunmen were killed in a firefight with Israeli
                # forces": a nationality on people other than a state's forces says who they are, no force
                continue
            modifiers = [c for c in _modifier_chain(root) if not cause_or_identity(c)]
            countries = [
                lexicon.country_of_demonym(c.text) or lexicon.country_name(c.text) for c in modifiers
            ]
            forces = [lexicon.role_of(c.lower_) for c in modifiers]
            country = next((found for found in countries if found), None)
            force = next((role for role in forces if role in STATE_FORCES), None)
            if force is None and (country is None or not nationality_means_state):
                continue
            named = zip(modifiers, countries, forces, strict=True)
            owner = next(c for c, found, role in named if found or role)
            role = force or Role.MILITARY
            return Participant(
                owner.text, owner.idx, owner.idx + len(owner.text), None, inter_of(role), role, country
            )
        return None

    def _war_country(
        self, mention: EventMention, doc: Doc, actor1: Participant | None, actor2: Participant | None
    ) -> str | None:
        """The country a placeless agreement between sides of two countries is coded in: the one whose named
        rebel or militia group is a side or is named in the sentence ("the Houthis and the Saudi-led coalition
        agreed to a truce" in Yemen, "Israel and Lebanon agreed to a ceasefire to end the war between Israel
        and Hezbollah" in Lebanon): ACLED codes a war's agreements where the war is fought. Between two states
        whose war `war_theatres.tsv` lists, both named in the sentence, the war's country ("Russia and Ukraine
        exchanged 75 prisoners of war each": Ukraine, the first side named or not)."""
        sides = [p for p in (actor1, actor2) if p is not None]
        homes = {p.country for p in sides if p.country}
        lexicon = self.reader.lexicon
        named_countries = {
            country for ent in span_entities(mention.sentence) if (country := lexicon.country_name(ent.text))
        }
        theatre = lexicon.war_theatre(homes | named_countries)
        if len(homes) != 2:
            return theatre
        named = (
            found
            for ent in span_entities(mention.sentence)
            if ent.label_ == ACTOR_LABEL and (found := self.reader.named_actor(ent)) is not None
        )
        return _non_state_home(sides, homes) or _non_state_home(named, homes) or theatre

    def _sentence_roles(  # type: ignore[no-untyped-def]
        self, sent, doc: Doc, officials_told: bool = True
    ) -> list[Participant]:
        """The participants a sentence names; without `officials_told`, not unnamed officials who only tell
        of the event ("local officials said"), while a force that does stays ("the military said")."""
        found: list[Participant] = []
        for token in sent:
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
                participant = self.reader.from_token(token, doc)
                if (
                    participant is not None
                    and not officials_told
                    and participant.role == Role.STATE_OTHER
                    and _is_speaker(token)
                ):
                    continue
                if participant is not None:
                    found.append(participant)
        return found


STATE_FORCES = (Role.MILITARY, Role.POLICE)
# members of an armed group named by what they are, not by what they did (as 'gunmen' or 'attackers' are)
GROUP_MEMBER_NOUNS = frozenset(
    {"militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "fighter", "fighters", "jihadist",
     "jihadists", "terrorist", "terrorists", "guerrilla", "guerrillas", "cadre", "cadres"}
)  # fmt: skip


# the named state force a role's unnamed members belong to, by the start of its canonical name
FORCE_NAME_STARTS = {Role.MILITARY: "Military Forces of ", Role.POLICE: "Police Forces of "}


def _police_district(noun: Token) -> bool:
    """'the 5th police district of Kabul': a numbered part of an Afghan city, no force that acts."""
    return noun.lemma_.lower() == "district" and any(
        c.dep_ == "compound" and c.lower_ == "police" for c in noun.children
    )


def _owner_of_taken_side(token: Token, taken: set[int]) -> bool:
    """'personnel of the Punjab Police's Elite Force', 'the Interior Ministry's special forces': the service
    named as the owner of a force or its members already taken as a side is that side, no other one."""
    word = token
    for _ in range(3):
        if word.dep_ == "poss":
            word = word.head
        elif word.dep_ == "pobj" and word.head.lower_ == "of":
            word = word.head.head
        else:
            return False
        if word.lemma_.lower() in SERVICE_MEMBER_NOUNS and (word.idx in taken or word.left_edge.idx in taken):
            return True
    return False


def _stateless_force(participant: Participant | None) -> bool:
    """Unnamed soldiers or police whose country the phrase does not say ('7 soldiers')."""
    return (
        participant is not None
        and participant.name is None
        and participant.role in STATE_FORCES
        and participant.country is None
    )


def _of_named_force(participant: Participant | None, named: list[Participant]) -> Participant | None:
    """Unnamed soldiers or police take the country of the one country's force of their kind that the
    sentence names ('an Israeli army vehicle'); with none or two, they stay as they are."""
    if participant is None or not _stateless_force(participant) or participant.role is None:
        return participant
    start = FORCE_NAME_STARTS[participant.role]
    countries = {p.country for p in named if (p.name or "").startswith(start)}
    if len(countries) != 1:
        return participant
    [country] = countries
    participant.country = country
    return participant


MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def _set_apart(token: Token, roots: list[Token], duration_nouns: frozenset[str]) -> bool:
    """'..., a day after a passenger convoy was ambushed': a person in a clause set a stretch of time apart
    from the event (and holding none of its cues) is a side of that other day's incident."""
    for clause in [token, *token.ancestors]:
        if (
            clause.dep_ == "advcl"
            and long_after(clause, duration_nouns)
            and any(m.dep_ == "mark" and counted_stretch(m.doc[m.i - 1]) for m in clause.children if m.i > 0)
        ):
            return not any(root == clause or clause in root.ancestors for root in roots)
    return False


def _inside_what_was_hit(token: Token, roots: list[Token]) -> bool:
    """A name inside the object or passive subject of a verb ("the house of a PTI candidate was damaged") is
    the target's, unless the phrase reaches the event's own trigger first ("slammed the NPA killings")."""
    for word in [token, *token.ancestors]:
        if word in roots:
            return False
        if word.dep_ in ("nsubjpass", "dobj"):
            return True
    return False


ALLEGATION_LEMMAS = frozenset({"accuse", "accused", "suspect", "suspected"})


def _in_allegation(token: Token) -> bool:
    """A word inside what someone is accused or suspected of ('accused of spying for the government')."""
    for ancestor in token.ancestors:
        if ancestor.lower_ == "of" and ancestor.head.lemma_.lower() in ALLEGATION_LEMMAS:
            return True
    return False


def _blamed(token: Token) -> bool:
    """A word naming whom a speaker blames ("blaming FARC dissidents", "blamed the attack on the BLA"):
    the object of 'blame' or of its 'on', not the blamer."""
    for node in (token, *token.ancestors):
        head = node.head
        if node.dep_ == "pobj" and head.lower_ == "on":
            node, head = head, head.head
            if head.dep_ == "dobj" and head.head.lemma_.lower() == "blame":
                head = head.head  # "blamed the attack on the BLA"
        if head.lemma_.lower() == "blame" and head.pos_ == "VERB" and node.dep_ in ("dobj", "prep"):
            return True
        if node.dep_ not in ("compound", "amod", "conj", "appos"):
            return False
    return False


# nouns whose 'of' takes those who watched an event: "flogged two men in the presence of local officials"
WITNESSING_NOUNS = frozenset({"presence"})


def _witnessing(token: Token) -> bool:
    """A word inside who watched the event ('publicly executed a man in the presence of senior officials'):
    onlookers of a public punishment are no side of it."""
    return any(
        ancestor.lower_ == "of" and ancestor.head.lemma_.lower() in WITNESSING_NOUNS
        for ancestor in token.ancestors
    )


def _modifier_chain(noun: Token) -> list[Token]:
    """The modifiers of a noun and of its compound modifiers: 'police' in 'a police bomb disposal squad';
    and of an adjective the parser hung one on: 'Russian' in 'Russian guided aerial bombs' (on 'guided')."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS:
            found.append(child)
            if child.dep_ in ("compound", "amod"):
                found.extend(_modifier_chain(child))
    return found


SPEAKER_NOUNS = frozenset({"spokesman", "spokesperson", "spokeswoman", "official", "officials", "source",
                           "sources", "statement", "agency", "commander", "leader", "minister", "ministry",
                           "governor", "witness", "witnesses", "resident", "residents", "chief", "report",
                           "media"})  # fmt: skip
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "confirm", "announce", "add", "state", "accuse", "blame",
                           "deny"})  # fmt: skip


def _announces(token: Token, roots: list[Token]) -> bool:
    """The subject of a speech verb whose object is the event itself ("the ELN announced a unilateral
    ceasefire", "the group declared a truce") is its actor, not a mere source."""
    return any(root.pos_ == "NOUN" and root.dep_ == "dobj" and root.head == token.head for root in roots)


def _is_speaker(token: Token) -> bool:
    """'a Taliban spokesman said', 'police said', 'its Amaq news agency said': sources, not participants."""
    head = token
    while head.dep_ in ("compound", "amod", "poss", "nmod") and head.head != head:
        head = head.head
    if head.lemma_.lower() in SPEAKER_NOUNS and head is not token:
        return True
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEECH_LEMMAS


CROWD_TYPES = {
    "Peaceful protest": Role.PROTESTERS,
    "Protest with intervention": Role.PROTESTERS,
    "Excessive force against protesters": Role.PROTESTERS,
    "Violent demonstration": Role.RIOTERS,
    "Mob violence": Role.RIOTERS,
}


@dataclass(frozen=True, slots=True)
class Sides:
    """The coded actors of an event: names, inter codes and associated actors."""

    actor1: str | None
    inter1: int | None
    assoc1: str | None = None
    actor2: str | None = None
    inter2: int | None = None
    assoc2: str | None = None


def coded_mention(
    mention: EventMention,
    ctx: ArticleContext,
    decision: TypeDecision,
    sides: Sides,
    fatalities: int,
    date: tuple[dt.date | None, int],
    location: Location | None,
    country: str | None,
) -> CodedMention:
    """The `Event` of a coded mention, with its evidence, place and the facts segmentation needs; shared by
    the English coder and the rule coders of other languages."""
    sub_type = decision.sub_event_type
    sentence = mention.sentence
    targeted = sides.inter2 == 7 and _political_violence(sub_type)
    event = Event(
        event_date=date[0],
        time_precision=date[1],
        disorder_type=disorder_type_of(sub_type),
        event_type=event_type_of(sub_type),
        sub_event_type=sub_type,
        actor1=sides.actor1,
        assoc_actor_1=sides.assoc1,
        inter1=sides.inter1,
        actor2=sides.actor2,
        assoc_actor_2=sides.assoc2,
        inter2=sides.inter2,
        interaction=interaction_code(sides.inter1, sides.inter2),
        civilian_targeting="Civilians targeted" if targeted else None,
        fatalities=fatalities,
        source=ctx.source,
        evidence=[
            Evidence(
                article_id=ctx.article_id,
                start=sentence.start_char,
                end=sentence.end_char,
                text=sentence.text,
            )
        ],
        article_ids=[ctx.article_id],
    )
    if location is not None:
        apply_location(event, location)
    elif country:
        event.country = country
    own_place = bool(
        location is not None
        and location.evidence is not None
        and location.geo_precision is not None
        and sentence.start_char <= location.evidence.start < sentence.end_char
    )
    has_date = mention.date is not None and mention.date.date is not None
    in_town_part = own_place and location is not None and _town_part(sentence.doc.text, location)
    return CodedMention(mention, event, has_date, decision, own_place, in_town_part)


# "the Progreso neighborhood", "the city's Oleksandrivskyi district": a name the text places inside a town
_PART_NOUN_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter)s?\b", re.IGNORECASE)
_TOWN_POSSESSIVE_BEFORE = re.compile(r"\b(?:city|town|capital)['’]s\s+$", re.IGNORECASE)
# "in Barangay San Miguel", "Sitio Malinao": Philippine reports name a village of a town (municipality) by
# its title; many towns share those saints' names, so the gazetteer's reading is often in another province
_VILLAGE_TITLE_BEFORE = re.compile(r"\b(?:barangay|brgy\.?|sitio|purok)\s+$", re.IGNORECASE)


def _town_part(text: str, location: Location) -> bool:
    evidence = location.evidence
    if evidence is None:
        return False
    return bool(
        _PART_NOUN_AFTER.match(text, evidence.end)
        or _TOWN_POSSESSIVE_BEFORE.search(text[max(0, evidence.start - 20) : evidence.start])
        or _VILLAGE_TITLE_BEFORE.search(text[max(0, evidence.start - 12) : evidence.start])
    )


CROWD_ROLES = frozenset({Role.PROTESTERS, Role.RIOTERS, Role.CIVILIANS})
INTERVENED = frozenset({"Protest with intervention", "Excessive force against protesters"})
MOB_HARM = frozenset({"kill", "attack", "injure"})
# property of ordinary people: burning or looting it makes them the victims (actor 2 Civilians)
PROPERTY_TYPES = ("Looting/property destruction", "Mob violence")
# explosions whose harm may fall on property alone: the people whose homes, shops or schools they damaged
# are the victims ("mortar shells damaged several houses", "a grenade ..., damaging the shop")
REMOTE_TYPES = (
    "Grenade", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Air/drone strike"
)  # fmt: skip
CIVILIAN_PROPERTY = frozenset(
    {"house", "home", "shop", "church", "village", "hut", "dwelling", "store", "school", "mosque", "temple",
     "shrine", "worship"}
)  # fmt: skip
# a person named by a generic noun, the victim when a mob beats or attacks them
HARMED_PERSON_NOUNS = frozenset(
    {"man", "men", "person", "persons", "boy", "boys", "individual", "suspect", "thief", "robber", "teenager"}
)
# the people of a place, who become a mob when they beat or kill; "unidentified persons" who hurl a grenade
# or an "unknown assailant" who shoots are an armed group, whatever noun the report uses
GUN_CUES = frozenset(
    {
        "shoot",
        "shooting",
        "gunfire",
        "open fire",
        "fire on",
        "fire at",
        "shoot dead",
        "gun down",
        "gunned down",
    }
)
NOT_A_MOB = frozenset({"unidentified", "unknown", "masked", "armed", "suspected", "hooded"})
WEAPON_MODIFIERS = frozenset({"grenade", "ied", "suicide"})


def _one_person(participant: Participant) -> bool:
    """'a BNP worker', 'one activist': a single person, not a crowd."""
    return participant.count == 1 or participant.text.lower().split()[:1] in (["a"], ["an"])


def _person_harmed(mention: EventMention) -> bool:
    """A person that a cue of the mention takes as its object ("beat a man", "attacked two suspects"); the
    generic nouns for a person are no actor of their own ("armed men" are no civilians)."""
    tokens = list(mention.sentence)
    roots = [h.root(tokens) for h in mention.hits if h.category.startswith("t:")]
    objects = (o for root in roots for o in root.children if o.dep_ in ("dobj", "nsubjpass"))
    return any(o.lemma_.lower() in HARMED_PERSON_NOUNS for o in objects)


def _homes_hit(mention: EventMention) -> bool:
    """Houses, homes, shops or churches burned, looted or destroyed in the mention's sentence."""
    return any(t.lemma_.lower() in CIVILIAN_PROPERTY and t.pos_ == "NOUN" for t in mention.sentence)


def _homes_damaged(mention: EventMention) -> bool:
    """A house, shop or school that a cue of the mention takes as its object ("damaging several houses", "a
    drone struck a house"), not one only named nearby ("destroyed vehicles in the area around Zardana
    village"); the small model may hang the participle on the noun ("damaging houses" as a modifier)."""
    tokens = list(mention.sentence)
    roots = [h.root(tokens) for h in mention.hits if h.category.startswith("t:")]
    objects = [o for root in roots for o in root.children if o.dep_ in ("dobj", "nsubjpass")]
    objects += [root.head for root in roots if root.dep_ == "amod"]
    return any(t.lemma_.lower() in CIVILIAN_PROPERTY for obj in objects for t in (obj, *obj.conjuncts))


def _civilians_do_violence(
    actor1: Participant | None, mention: EventMention, mob_nouns: frozenset[str]
) -> bool:
    """Ordinary people ("residents", "villagers", "a group of youths") as the perpetrators of killing,
    beating or attacking, with no weapon named: ACLED never codes civilians as actor 1 of violence; a crowd
    that attacks people is a mob (rioters), not an armed group."""
    if actor1 is None or not _ordinary_crowd(actor1, mob_nouns):
        return False
    categories = mention.categories
    roots = _trigger_roots(mention)
    # "stoned and burned"; the first verb may be misparsed as the sentence's noun root ("beat and burned")
    roots += [r.head for r in roots if r.dep_ == "conj" and (r.head.pos_ == "VERB" or r.head.dep_ == "ROOT")]
    # "stopped a minibus ..., beat them and burned them alive": the subject stands on the first of the verbs
    roots += [_first_conjunct(r) for r in roots if r.dep_ == "conj"]
    active = any(  # the subject of an active verb ("villagers attacked"), not "found the locals injured";
        # the small model tags a past 'set' ("residents set ablaze two men") as a present, and a sentence's
        # 'beat' ("residents beat and burned a thief to death") as a noun
        c.dep_ == "nsubj" and c.left_edge.idx <= actor1.start <= c.right_edge.idx
        for root in roots
        if root.tag_ in ("VBD", "VBP") or (root.dep_ == "ROOT" and root.tag_ == "NN")
        for c in root.children
    )
    return (
        active
        # "villagers set fire to Coptic homes", "students torched two buses": property a crowd burns or
        # loots is mob violence too (ACLED's looting/property destruction is by an organised actor); a crowd
        # that also throws stones ("pelted a PESCO office and torched its furniture") riots, and a few people
        # counted ("three people torched two patrol cars") are no crowd
        and (
            bool(categories & MOB_HARM)
            or ("loot" in categories and _homes_hit(mention))
            or ("loot" in categories and "riot" not in categories and not _few(actor1))
        )
        and not categories & {"protest", "clash", "explode", "shell", "airstrike", "abduct", "sexual"}
        and not mention.modifiers & WEAPON_MODIFIERS
        and not any(h.phrase in GUN_CUES for h in mention.hits)
    )


def _first_conjunct(verb: Token) -> Token:
    """The first verb of a chain of conjoined verbs, which holds their shared subject."""
    while verb.dep_ == "conj" and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _group_of_men(participant: Participant | None, doc: Doc) -> bool:
    """'a group of men' read as ordinary people (participants._plain_group_of_men) on the doing side."""
    return (
        participant is not None
        and participant.role == Role.CIVILIANS
        and participant.text.lower() == "men"
        and doc.text[: participant.start].lower().rstrip().endswith("group of")
    )


LYNCH_CUES = frozenset({"lynch", "lynching", "mob justice", "jungle justice"})
# a force's buildings: the force named only through one of them is where a victim was held
FORCE_BUILDINGS = frozenset({"station", "stations", "post", "posts", "office", "headquarters", "lock-up"})


def _lynched_from_custody(mention: EventMention, actor2: Participant | None) -> bool:
    """A lynching whose other side is a state force named only by its building ('dragged a man out of a
    police station and lynched him', 'after storming the police station where he was held')."""
    if actor2 is None or not actor2.is_state:
        return False
    words = actor2.text.lower().split()
    return bool(words) and words[-1] in FORCE_BUILDINGS and any(h.phrase in LYNCH_CUES for h in mention.hits)


# people counted up to this many are individuals, not a crowd
FEW_PEOPLE = 9


def _few(participant: Participant) -> bool:
    return participant.count is not None and participant.count <= FEW_PEOPLE


def _crowd_against_force(
    actor1: Participant | None, actor2: Participant | None, mention: EventMention, mob_nouns: frozenset[str]
) -> tuple[Participant, Participant] | None:
    """The (crowd, state force) of a clash between ordinary people ("youths", "residents") and state forces
    in which no gun, bomb or armed word is named, whichever side the parse put first, or that burn or wreck
    the force's property ("youths vandalised a police post"); else None."""
    if actor1 is None or actor2 is None or not mention.categories & {"clash", "loot"}:
        return None
    if mention.categories & {"explode", "shell", "airstrike", "abduct", "sexual", "kill"}:
        return None
    if mention.modifiers & WEAPON_MODIFIERS or any(h.phrase in GUN_CUES for h in mention.hits):
        return None
    wrecked_only = "clash" not in mention.categories
    # either side of a clash may come first; what is wrecked is the force's, and the crowd did it
    pairs = ((actor1, actor2),) if wrecked_only else ((actor1, actor2), (actor2, actor1))
    for crowd, force in pairs:
        if _ordinary_crowd(crowd, mob_nouns) and force.is_state and not (wrecked_only and _few(crowd)):
            return crowd, force
    return None


def _ordinary_crowd(participant: Participant, mob_nouns: frozenset[str]) -> bool:
    """Unnamed civilians called by one of `mob_nouns` ("villagers", "a group of youths"), none of them masked
    or armed: people who can turn into a mob or a violent crowd."""
    words = set(participant.text.lower().split())
    return (
        participant.role == Role.CIVILIANS
        and not participant.is_named
        and bool(words & mob_nouns)
        and not words & NOT_A_MOB
    )


def _as_crowd(participant: Participant | None, role: Role, *, civilians: bool) -> Participant | None:
    """A crowd side of a demonstration under the role the sub-type gives it (protesters or rioters);
    with `civilians`, ordinary people who demonstrate ("farmers protested") become the crowd too."""
    if participant is None or participant.inter not in ((5, 6, 7) if civilians else (5, 6)):
        return participant
    return Participant(participant.text, participant.start, participant.end, role=role, inter=inter_of(role),
                       country=participant.country, assoc=participant.assoc,
                       partisan=participant.partisan)  # fmt: skip


def _protested(doc: Doc, participant: Participant) -> bool:
    """The side is named in what a crowd protests ('against the destruction of poppy fields by the Taliban',
    'denounced the arrest of a teacher by the police'): it is no side of the protest."""
    phrase = doc.char_span(participant.start, participant.end, alignment_mode="expand")
    return phrase is not None and any(is_grievance(t) for t in (phrase.root, *phrase.root.ancestors))


def _party_as_protesters(participant: Participant | None, role: Role = Role.PROTESTERS) -> Participant | None:
    """A party or political group that holds a rally is its members protesting: "members of the
    Jamaat-e-Islami held a rally" are Protesters with the party as associated actor (ACLED codes no
    political militia in a peaceful protest); its demonstrators who turn violent ("PTI protesters clashed
    with police") are Rioters (`role`) with the party associated, as ACLED codes a violent demonstration."""
    if participant is None or not participant.name or participant.inter != 3:
        return participant
    return Participant(participant.text, participant.start, participant.end, role=role,
                       inter=inter_of(role), country=participant.country, assoc=participant.name,
                       partisan=True)  # fmt: skip


def _ethnic_crowd(participant: Participant | None, role: Role) -> Participant | None:
    """Men of an ethnic group who demonstrate or riot ("Kanak youths set up burning barricades and threw
    stones at gendarmes") are the crowd (`role`), not an ethnic militia: ACLED codes a demonstration's crowd
    as Protesters or Rioters whoever its members are."""
    if participant is None or participant.name or participant.role != Role.ETHNIC_MILITIA:
        return participant
    return replace(participant, role=role, inter=inter_of(role), group=None)


def _event_date(
    mention: EventMention, anchor: dt.date | None, offset_days: int
) -> tuple[dt.date | None, int]:
    """The incident's date; with no date in the text, the publication date with precision 2 (within a week).

    Measured on the UCDP dev sets, the publication day itself matches the coded date far more often than
    the day before (Iraq 0.79 vs 0.15, Syria 0.60 vs 0.19 event_date_acc on 300 records each).
    """
    if mention.date is not None and mention.date.date is not None:
        return mention.date.date, mention.date.precision
    if anchor is None:
        return None, 3
    return anchor - dt.timedelta(days=offset_days), 2


def _attack_by(verb: Token, roots: list[Token]) -> Token | None:
    """Who made the attack a verb of defence takes: 'repulsed an attack by TTP militants' -> militants."""
    attack = next((c for c in verb.children if c.dep_ == "dobj" and c in roots), None)
    if verb.pos_ != "VERB" or attack is None:
        return None
    by = next((c for c in attack.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _bare_man(token: Token) -> bool:
    """'a man', 'two men', 'a young man': a person named by nothing but the word, a count or an age."""
    ages = ("young", "old", "elderly")
    where = ("in", "at", "near", "on", "during", "outside", "inside")  # "killed a man in Karachi": a place

    def plain(child: Token) -> bool:
        return (
            child.dep_ in ("det", "nummod", "predet")
            or child.lower_ in ages
            or (child.dep_ == "prep" and child.lower_ in where)
        )

    return token.lemma_.lower() == "man" and all(plain(c) for c in token.children)


def _trigger_roots(mention: EventMention) -> list[Token]:
    tokens = list(mention.sentence)
    roots = [mention.trigger]
    for hit in mention.hits:
        if hit.category.startswith("t:") and hit.category[2:] in TRIGGER_ROLES:
            root = hit.root(tokens)
            if root not in roots:
                roots.append(root)
    for root in list(roots):
        # "traders beat a suspected pickpocket to death": the cue is "to death", the deed the verb it ends
        prep = root.head if root.lower_ == "death" and root.dep_ == "pobj" else root
        ends_a_deed = prep.lower_ == "to" and prep.dep_ == "prep" and prep.head.pos_ == "VERB"
        if ends_a_deed and prep.head not in roots:
            roots.append(prep.head)
    return roots


TERRITORY_CATEGORIES = frozenset({"territory_gain", "territory_regain"})
REGAINS, OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"
# how ACLED names a state's forces
STATE_FORCE_PREFIXES = ("Military Forces of", "Police Forces of")


def _joined_act(verb: Token) -> bool:
    """A verb that tells the same act as its head: joined by 'and' ('raided the camp and clashed with
    militants') or a bare participle clause on it ('raided the camp on Monday, battling Palestinian
    gunmen for hours'; not 'after battling', a clause an earlier step opens)."""
    if verb.dep_ == "conj":
        return True
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)


def _clash_partners(mention: EventMention) -> list[Token]:
    """The 'with' objects of the event's clash words, verb or noun ('clashed with militants', 'a fierce
    gunbattle with Palestinian militants')."""
    tokens = list(mention.sentence)
    clashes = (h.root(tokens) for h in mention.hits if h.category == "t:clash")
    return [
        g
        for word in clashes
        for c in word.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _fought_with(mention: EventMention, side: Participant) -> bool:
    """`side` is the partner of the event's own clash verb: its 'with' object ('clashed with youths') or a
    subject joined to the other side's ('nomads and villagers clashed'), not someone the fight killed."""
    tokens = list(mention.sentence)
    clashes = (h.root(tokens) for h in mention.hits if h.category == "t:clash")
    for verb in clashes:
        if verb.pos_ != "VERB" or not (verb == mention.trigger or verb.head == mention.trigger):
            continue
        partners = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
        partners += [j for c in verb.children if c.dep_ == "nsubj" for j in c.conjuncts]
        if any(p.dep_ in ("pobj", "conj") and _spans(p, side.start) for p in partners):
            return True
    return False


def _spans(token: Token, char: int) -> bool:
    """The phrase `token` heads covers the character offset `char`."""
    right = token.right_edge
    return token.left_edge.idx <= char < right.idx + len(right)


def _territory_by_mover(
    sub_type: str, inter1: int | None, mover_home: str | None, country: str | None
) -> str:
    """ACLED's territory type by who the mover is on the day: a state's forces regain ground only at home
    (Ukraine's forces taking Sudzha in Russia, Russia's taking Vuhledar in Ukraine overtake it, as foreign
    forces do), and an actor that is the state on the day regains it (the Taliban after 15 August 2021)."""
    if sub_type == REGAINS and inter1 == 1 and mover_home and country and mover_home != country:
        return OVERTAKES
    if sub_type == OVERTAKES and inter1 == 1 and (mover_home is None or mover_home == country):
        return REGAINS
    return sub_type


def _taken_from(verb: Token) -> Token | None:
    """The side a place was taken from: the object of 'from' on the verb or on its object ('seized the
    town from IS', 'wrested control of a camp from a militia'), else the owner its object names ('captured
    the army's base')."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    holders += [g for h in holders[1:] for c in h.children if c.dep_ == "prep" for g in c.children]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    # "captured the military's Northeastern Command headquarters": whose the place was, when no 'from' says
    owners = [c for h in holders[1:] for c in h.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return owners[0] if owners else None


def _planted_by(part: Participant, doc: Doc) -> bool:
    """'a landmine planted by ISWAP militants', 'an IED laid by the Taliban': the side is the agent of a
    participle that describes a noun (the explosive), so it laid the device rather than ran into it."""
    span = doc.char_span(part.start, part.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        a.dep_ == "agent" and a.head.tag_ == "VBN" and a.head.dep_ == "acl" for a in span.root.ancestors
    )


def _same(a: Participant, b: Participant | None) -> bool:
    return b is not None and ((a.name is not None and a.name == b.name) or (a.start == b.start))


def _non_state_home(participants: Iterable[Participant], homes: set[str]) -> str | None:
    """The one country of `homes` a named rebel or militia group among `participants` is from."""
    found = {p.country for p in participants if p.name and p.inter in (2, 3) and p.country in homes}
    return found.pop() if len(found) == 1 else None


def _nationality(*participants: Participant | None) -> str | None:
    return next((p.country for p in participants if p is not None and p.country), None)


PROTEST_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
CIVILIAN_DEATH_TYPES = ("Mob violence", "Suicide bomb", "Remote explosive/landmine/IED", "Grenade")
CIVILIAN_TARGET_TYPES = ("Abduction/forced disappearance", "Sexual violence")
NO_ACTOR1_TYPES = ("Agreement", "Change to group/activity", "Other", "Headquarters or base established")


# what a strike of an army is not: a ground fight, a bomb, a crowd, a kidnapping
_NO_STRIKE_FROM_AFAR = frozenset(
    {"clash", "explode", "shell", "airstrike", "protest", "riot", "abduct", "sexual"}
)


def _a_state_s_strike(
    mention: EventMention, doc: Doc, actor1: Participant | None, categories: set[str]
) -> bool:
    """'Israeli strikes on Gaza killed 20', 'a US strike killed a Houthi commander': an army's strike, the
    noun with no weapon named, is delivered from the air or from afar (ACLED's Air/drone strike), not an
    attack by soldiers on the ground."""
    return (
        categories & {"attack", "kill", "injure"}  # the noun's own cue is dropped as a possible labour strike
        and not categories & _NO_STRIKE_FROM_AFAR
        and actor1 is not None
        and actor1.role == Role.MILITARY
        and any(
            h.category == "t:attack" and h.phrase == "strike" and doc[h.start].pos_ == "NOUN"
            for h in mention.hits
        )
    )


# what a group splits into when its parts fight each other ("two Sinaloa Cartel factions", "rival wings of")
FACTION_NOUNS = frozenset({"faction", "factions", "wing", "wings"})


def _factions_of(doc: Doc, actor: Participant | None) -> bool:
    """'members of two Sinaloa Cartel factions clashed', 'rival factions of the SPLM-IO fought': the named
    group's own parts, counted or rival, are both sides of the clash."""
    if actor is None or not actor.is_named or actor.end <= actor.start:
        return False
    phrase = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if phrase is None:
        return False
    nouns = {t for t in phrase} | {t.head for t in phrase}  # the phrase may stop before its head noun
    return any(
        t.lower_ in FACTION_NOUNS and any(c.lower_ in ("two", "rival") for c in t.children) for t in nouns
    )


def _guessed_side(doc: Doc, actor: Participant | None) -> bool:
    """ACLED's default side ('a drone strike killed two': the state's own forces) or a force read off a word
    that only modifies the event noun ('drone strike', 'paramilitary shelling'), with no name and no
    nationality: a guess, which a side a later sentence names should replace."""
    if actor is None or actor.is_named or actor.country:
        return False
    if not actor.text:
        return True
    phrase = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return (
        phrase is not None
        and len(phrase) == 1
        and phrase[0].dep_ in ("amod", "compound")
        and phrase[0].lemma_.lower() not in STATE_FORCE_WORDS
    )


# modifiers that name the state's force outright ("military artillery shells", "police firing"), unlike a
# weapon ("drone strike") or a word several kinds of force share ("paramilitary shelling")
STATE_FORCE_WORDS = frozenset(
    {"army", "military", "police", "navy", "troops", "force", "government", "junta", "regime", "security"}
)


def _default_sides(
    sub_type: str, actor1: Participant | None, actor2: Participant | None
) -> tuple[Participant | None, Participant | None]:
    """Fill the side nobody named with ACLED's generic actors, and keep civilians as actor2."""
    crowd = sub_type in CROWD_TYPES  # demonstrators are actor1 even when they are civilians
    if actor1 is not None and actor1.inter == 7 and actor2 is not None and actor2.inter != 7 and not crowd:
        actor1, actor2 = actor2, actor1
    if actor1 is None:
        if sub_type in PROTEST_TYPES:
            actor1 = Participant("", 0, 0, role=Role.PROTESTERS, inter=6)
        elif sub_type in ("Violent demonstration", "Mob violence"):
            actor1 = Participant("", 0, 0, role=Role.RIOTERS, inter=5)
        elif sub_type == "Arrests":
            actor1 = Participant("", 0, 0, role=Role.POLICE, inter=1)
        elif sub_type == "Change to group/activity" and actor2 is not None:
            return actor2, None  # "Syria is moving troops": the state whose troops move is the actor
        elif sub_type == "Other" and actor2 is not None and actor2.is_armed:
            return actor2, None  # "troops rammed the palace door in a failed coup attempt": the one armed
            # side of a development is who made it, as the coup's troops are
        elif sub_type in NO_ACTOR1_TYPES:
            return None, actor2
        elif sub_type == "Air/drone strike" and actor2 is not None and actor2.role == Role.POLICE:
            # "a quadcopter dropped explosives on a police station": police struck by an unnamed drone were
            # struck by an armed group (militants fly small drones), not by their own state's air force
            actor1 = Participant("", 0, 0, role=Role.UNIDENTIFIED_ARMED, inter=3)
        elif sub_type == "Air/drone strike":  # only states fly unattributed air raids
            actor1 = Participant("", 0, 0, role=Role.MILITARY, inter=1)
        elif sub_type == "Armed clash" and actor2 is not None and actor2.inter in (2, 3, 4):
            # "12 militants killed in Balochistan", "four militants killed in an encounter": rebels who
            # die in a clash with nobody else named fell to the state's forces
            actor1 = Participant("", 0, 0, role=Role.MILITARY, inter=1)
        else:
            actor1 = Participant("", 0, 0, role=Role.UNIDENTIFIED_ARMED, inter=3)
    if (
        sub_type == "Air/drone strike"
        and actor2 is None
        and actor1.role == Role.UNIDENTIFIED_ARMED
        and not actor1.name
    ):
        # "20 militants killed in Pak airstrikes": unnamed gunmen fly no air raids, they are what was hit
        actor1, actor2 = Participant("", 0, 0, role=Role.MILITARY, inter=1), actor1
    if sub_type == "Arrests" and actor1.role == Role.UNIDENTIFIED_ARMED and not actor1.name:
        # "mass arrests after gunmen shot at a plane": unnamed gunmen arrest nobody, the police do
        actor1, actor2 = Participant("", 0, 0, role=Role.POLICE, inter=1), actor2 or actor1
    if sub_type == "Excessive force against protesters" and actor1.inter in (6, 7):
        actor1, actor2 = Participant("", 0, 0, role=Role.POLICE, inter=1), actor1
    if sub_type == "Protest with intervention" and actor1.is_armed:
        # the protesters are actor1, whoever intervened actor2 ("police dispersed a crowd": unnamed ones),
        # state forces or an armed group acting as one ("Taliban forces used water cannon on women")
        protesters = actor2 if actor2 is not None else Participant("", 0, 0, role=Role.PROTESTERS, inter=6)
        actor1, actor2 = protesters, actor1
    if (
        sub_type == "Violent demonstration"
        and actor1.is_state
        and actor2 is not None
        and actor2.inter in (5, 6, 7)  # "farmers who had blocked roads": any crowd the police dispersed
    ):
        actor1, actor2 = actor2, actor1  # "police dispersed supporters who blocked a road": the rioters act
    if sub_type == "Peaceful protest":
        actor2 = None  # nobody opposed them; a force named in the sentence is the grievance
        # "protested against the killing of George Floyd by police", "calling for the fall of the HTS
        # leader": the crowd acts, the armed side it names is its grievance (parties rally as protesters)
        if actor1.is_state or (actor1.inter in (2, 4, 8) and not actor1.partisan):
            actor1 = Participant("", 0, 0, role=Role.PROTESTERS, inter=6)
    if sub_type == "Attack" and actor2 is None:
        actor2 = Participant("", 0, 0, role=Role.CIVILIANS, inter=7)  # ACLED: an attack targets civilians
    if sub_type == "Excessive force against protesters" and (actor2 is None or actor2.inter == 7):
        # the force is used on protesters: "fired on protesters, killing a teenager" (who was one of them)
        country = actor2.country if actor2 is not None else None
        actor2 = Participant("", 0, 0, role=Role.PROTESTERS, inter=6, country=country)
    if actor1.inter == 7 and actor2 is None and not crowd:
        actor1, actor2 = Participant("", 0, 0, role=Role.UNIDENTIFIED_ARMED, inter=3), actor1
    if sub_type in CIVILIAN_TARGET_TYPES and actor2 is None:
        # ACLED's violence against civilians always has civilian victims: an abduction, a rape (civilians
        # read as actor 1 have become actor 2 just above: "Oil workers abducted")
        actor2 = Participant("", 0, 0, role=Role.CIVILIANS, inter=7)
    if (
        sub_type == "Armed clash"
        and actor2 is not None
        and not actor1.name
        and not actor2.name
        and actor1.role == actor2.role == Role.UNIDENTIFIED_ARMED
    ):
        actor2 = None  # "232 militants killed": the militants read as both sides are one side
    if sub_type == "Armed clash" and actor2 is None and actor1.inter in (2, 3) and not actor1.is_state:
        # a clash has two armed sides: "militants attacked a border post", "a militant killed in a
        # shootout" - the side nobody named is the state's forces (communal fighters name both sides)
        actor2 = Participant("", 0, 0, role=Role.MILITARY, inter=1)
    return actor1, actor2


def _role(participant: Participant | None) -> Role | None:
    return participant.role if participant is not None else None


ETHNIC_MILITIA_NAME = re.compile(r"^(?P<group>.+) Ethnic Militia \((?P<country>[^)]+)\)$")
# herders shot or killed by an armed side are its civilian victims ("killed 2 Fulani herders")
HERDER_WORDS = frozenset({"herder", "herders", "herdsman", "herdsmen", "pastoralist", "pastoralists"})
# an ethnic group's men who are only named by who they are, not by arms ("Fulani youths", "Rohingya men")
UNARMED_MEMBER_WORDS = HERDER_WORDS | {"youth", "youths", "men"}


# the sub-types only an army does for a state: "Syrian government shelling", "regime air strikes"
WAR_TYPES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Armed clash"})
GOVERNMENT_WORDS = frozenset({"government", "regime"})


# what unnamed state forces are called when nothing says whether they are soldiers or police
SECURITY_FORCE_PHRASES = ("security force", "security forces", "security personnel")


def _security_forces_as_police(participant: Participant | None) -> Participant | None:
    """Unnamed 'security forces' facing a crowd, in a country where ACLED codes them as the police
    ('security forces opened fire on protesters in Izeh' is Police Forces of Iran); soldiers stay soldiers."""
    if participant is None or participant.name is not None or participant.role != Role.MILITARY:
        return participant
    if not participant.text.lower().endswith(SECURITY_FORCE_PHRASES):
        return participant
    return replace(participant, role=Role.POLICE, inter=inter_of(Role.POLICE))


def _government_at_war(sub_type: str, actor: Participant | None) -> Participant | None:
    """A government that shells, bombs from the air or fights does it with its armed forces: ACLED codes
    'Syrian government shelling' to Military Forces of Syria, not to the government."""
    if actor is None or sub_type not in WAR_TYPES or actor.role != Role.STATE_OTHER:
        return actor
    if actor.name is not None or not GOVERNMENT_WORDS & set(actor.text.lower().split()):
        return actor
    return replace(actor, role=Role.MILITARY, inter=inter_of(Role.MILITARY))


def _name(participant: Participant | None, country: str | None) -> tuple[str | None, int | None]:
    if participant is None:
        return None, None
    if participant.name:
        militia = ETHNIC_MILITIA_NAME.match(participant.name)
        if militia is not None and country and militia["country"] != country:
            # ACLED names an identity militia after the country it acts in: Fulani in Mali, not Nigeria
            return ethnic_militia_name(militia["group"], country), participant.inter
        return participant.name, participant.inter
    if participant.role is None:
        return None, None
    nation = participant.country or country
    if participant.role in (Role.PROTESTERS, Role.RIOTERS) and country:
        nation = country  # ACLED names a crowd after where it gathers, whoever its members or party are
    if participant.role == Role.ETHNIC_MILITIA and participant.group:
        return ethnic_militia_name(participant.group, nation), inter_of(participant.role)
    if participant.role in (Role.MILITARY, Role.POLICE, Role.STATE_OTHER):
        if nation is None:
            return None, inter_of(participant.role)
        return state_force_name(participant.role, nation), inter_of(participant.role)
    return generic_name(participant.role, nation), inter_of(participant.role)


def _political_violence(sub_type: str) -> bool:
    return disorder_type_of(sub_type).startswith("Political violence")


def apply_location(event: Event, location: Location) -> None:
    event.country = location.country
    event.admin1 = location.admin1
    event.admin2 = location.admin2
    event.admin3 = location.admin3
    event.location = location.location
    event.latitude = round(location.latitude, 4) if location.latitude is not None else None
    event.longitude = round(location.longitude, 4) if location.longitude is not None else None
    event.geo_precision = location.geo_precision
