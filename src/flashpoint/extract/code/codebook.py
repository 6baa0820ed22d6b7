"""What ACLED's codebook fixes once the sub-event type is known: the default sides of a type, a state's
strike from afar, territory by who moved, and the actor names and inter codes."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from flashpoint.actors.roles import Role, ethnic_militia_name, generic_name, inter_of, state_force_name
from flashpoint.extract.detect import EventMention
from flashpoint.extract.participants import Participant

CROWD_TYPES = {
    "Peaceful protest": Role.PROTESTERS,
    "Protest with intervention": Role.PROTESTERS,
    "Excessive force against protesters": Role.PROTESTERS,
    "Violent demonstration": Role.RIOTERS,
    "Mob violence": Role.RIOTERS,
}


REGAINS, OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"


def territory_by_mover(sub_type: str, inter1: int | None, mover_home: str | None, country: str | None) -> str:
    """ACLED's territory type by who the mover is on the day: a state's forces regain ground only at home
    (Ukraine's forces taking Sudzha in Russia, Russia's taking Vuhledar in Ukraine overtake it, as foreign
    forces do), and an actor that is the state on the day regains it (the Taliban after 15 August 2021)."""
    if sub_type == REGAINS and inter1 == 1 and mover_home and country and mover_home != country:
        return OVERTAKES
    if sub_type == OVERTAKES and inter1 == 1 and (mover_home is None or mover_home == country):
        return REGAINS
    return sub_type


def nationality(*participants: Participant | None) -> str | None:
    return next((p.country for p in participants if p is not None and p.country), None)


PROTEST_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


CIVILIAN_TARGET_TYPES = ("Abduction/forced disappearance", "Sexual violence")


NO_ACTOR1_TYPES = ("Agreement", "Change to group/activity", "Other", "Headquarters or base established")


# what a strike of an army is not: a ground fight, a bomb, a crowd, a kidnapping
_NO_STRIKE_FROM_AFAR = frozenset(
    {"clash", "explode", "shell", "airstrike", "protest", "riot", "abduct", "sexual"}
)


def a_state_s_strike(
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


def factions_of(doc: Doc, actor: Participant | None) -> bool:
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


def guessed_side(doc: Doc, actor: Participant | None) -> bool:
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


def default_sides(
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


def role_of(participant: Participant | None) -> Role | None:
    return participant.role if participant is not None else None


ETHNIC_MILITIA_NAME = re.compile(r"^(?P<group>.+) Ethnic Militia \((?P<country>[^)]+)\)$")


# the sub-types only an army does for a state: "Syrian government shelling", "regime air strikes"
WAR_TYPES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Armed clash"})


GOVERNMENT_WORDS = frozenset({"government", "regime"})


# what unnamed state forces are called when nothing says whether they are soldiers or police
SECURITY_FORCE_PHRASES = ("security force", "security forces", "security personnel")


def security_forces_as_police(participant: Participant | None) -> Participant | None:
    """Unnamed 'security forces' facing a crowd, in a country where ACLED codes them as the police
    ('security forces opened fire on protesters in Izeh' is Police Forces of Iran); soldiers stay soldiers."""
    if participant is None or participant.name is not None or participant.role != Role.MILITARY:
        return participant
    if not participant.text.lower().endswith(SECURITY_FORCE_PHRASES):
        return participant
    return replace(participant, role=Role.POLICE, inter=inter_of(Role.POLICE))


def government_at_war(sub_type: str, actor: Participant | None) -> Participant | None:
    """A government that shells, bombs from the air or fights does it with its armed forces: ACLED codes
    'Syrian government shelling' to Military Forces of Syria, not to the government."""
    if actor is None or sub_type not in WAR_TYPES or actor.role != Role.STATE_OTHER:
        return actor
    if actor.name is not None or not GOVERNMENT_WORDS & set(actor.text.lower().split()):
        return actor
    return replace(actor, role=Role.MILITARY, inter=inter_of(Role.MILITARY))


def actor_name(participant: Participant | None, country: str | None) -> tuple[str | None, int | None]:
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
