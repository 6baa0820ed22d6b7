"""ACLED sub-event type from the cues of a mention and the kinds of actors involved.

The order of the checks is ACLED's precedence (DESIGN.md section 3): chemical weapons and sexual violence
first, then territory, air strikes, suicide bombs, demonstrations, shelling, grenades, IEDs, abductions,
armed clashes versus attacks on civilians, and the strategic developments last.
"""

from __future__ import annotations

from dataclasses import dataclass

from flashpoint.actors.roles import Role
from flashpoint.extract.participants import Participant

VIOLENT = frozenset(
    {"kill", "injure", "attack", "clash", "explode", "shell", "airstrike", "abduct", "sexual", "chemical"}
)


@dataclass(frozen=True, slots=True)
class TypeDecision:
    sub_event_type: str
    reason: str


def rival_crowds(
    categories: set[str], actor1: Participant | None, actor2: Participant | None, modifiers: set[str]
) -> bool:
    """'supporters of the Awami League and BNP clashed', 'rival football fans attacked each other': party
    crowds, or any crowd fighting itself, with no demonstration and no state side, are rioters against
    rioters (ACLED Mob violence, interaction 55)."""
    each_other = "reciprocal" in modifiers and actor1 is not None and actor1.inter in (5, 6, 7)
    fought = "clash" in categories or (each_other and "attack" in categories)
    # "TMC and BJP supporters clashed with crude bombs": bombs thrown in the clash are its weapons, no
    # separate explosion event (a bomb hurled with no clash is a grenade, or an explosion of its own)
    bombs_of_the_clash = "clash" in categories and not modifiers & {"suicide", "grenade"}
    return (
        fought
        and not categories & {"protest", "shell", "airstrike"}
        # "two groups clashed and pelted stones at each other": stones the crowds throw at each other are
        # their fight, no riot against anyone else
        and ("riot" not in categories or each_other)
        and ("explode" not in categories or bombs_of_the_clash)
        and actor1 is not None
        and (actor1.partisan or each_other)
        # a second side: the other crowd or the people it hurt, two parties in the subject, or 'each other'
        and (
            (actor2 is not None and actor2.inter in (5, 6, 7) and not actor2.is_named)
            or (actor2 is None and (";" in (actor1.assoc or "") or each_other))
        )
    )


def classify(
    categories: set[str],
    modifiers: set[str],
    actor1: Participant | None,
    actor2: Participant | None,
) -> TypeDecision:
    """Decide the sub-event type; categories are trigger cue groups, modifiers refining cue groups."""
    c, m = categories, modifiers
    # "a bomber detonated his vest, killing himself and two guards" is a suicide bomb; "a gunman shot dead
    # three people before killing himself" is a shooting: a killer's own death makes no bomb
    if "self_killing" in m and "explode" in c:
        m = m | {"suicide"}
    # "a fidayeen (suicide squad) attack on an army camp": South Asia's fidayeen storm a place with guns and
    # grenades, ready to die; with no explosion it is a gunfight or a shooting, not ACLED's suicide bomb
    if "suicide_squad" in m and "explode" not in c:
        m = m - {"suicide"}
    a1_state = actor1 is not None and actor1.is_state
    a2_state = actor2 is not None and actor2.is_state
    a2_civilian = actor2 is not None and actor2.inter == 7
    a1_crowd = actor1 is not None and actor1.inter in (5, 6)
    violent = bool(c & VIOLENT)

    if "chemical" in c:
        return TypeDecision("Chemical weapon", "chemical agent named")
    # CS gas, tear gas or K-51 gas grenades dropped on troops are a chemical weapon; on a crowd, crowd control
    riot_agent_on_troops = "riot_agent" in m and actor2 is not None and actor2.is_armed
    if riot_agent_on_troops and not c & {"protest", "riot"}:
        return TypeDecision("Chemical weapon", "riot control agent used against armed forces")
    if "sexual" in c:
        return TypeDecision("Sexual violence", "sexual violence cue")
    if "discovery" in c:  # a mass grave or a tunnel network found: the killing or digging is long past
        return TypeDecision("Other", "a discovery of past violence")
    fighting = bool(c & {"kill", "clash", "attack", "injure", "explode", "shell", "airstrike"})
    if c & {"protest", "riot"} and (a1_crowd or (actor2 is not None and actor2.inter in (5, 6))):
        # "police fired on protesters who stormed parliament": a crowd takes no territory
        c = c - {"territory_gain", "territory_regain", "transfer"}
    if "transfer" in c and not fighting and c & {"territory_regain", "territory_gain"}:
        return TypeDecision("Non-violent transfer of territory", "taken after the other side withdrew")
    territory = c & {"territory_regain", "territory_gain"}
    if territory:
        # who moved decides: state forces regain territory, anyone else overtakes it
        non_state_mover = actor1 is not None and not actor1.is_state and actor1.inter in (2, 3, 4, 8)
        if a1_state or (actor1 is None and territory == {"territory_regain"}):
            return TypeDecision("Government regains territory", "territory taken by state forces")
        if non_state_mover or ("territory_gain" in territory and a2_state):
            return TypeDecision("Non-state actor overtakes territory", "territory taken by a non-state actor")
    if "airstrike" in c and "crowd_control" in m and c & {"protest", "riot"}:
        # "police fired tear gas shells from drones at farmers marching to Delhi": crowd control from the air
        c = c - {"airstrike"}
    if "airstrike" in c:  # an air strike that destroyed a depot is still an air strike
        return TypeDecision("Air/drone strike", "air or drone strike cue")
    # weapons seized, found, defused or intercepted, nobody hurt: weapon words do not make it an attack
    harmed = bool(c & {"kill", "injure", "clash", "chemical", "sexual"}) or "shot_people" in m
    crowd = bool(c & {"protest", "riot"}) or "crowd_control" in m
    # "detonated a landmine against a military convoy": an explosion aimed at someone is no bomb disposal
    # ("claimed to have foiled a suicide attack and arrested the would-be bomber": no explosion at all)
    aimed = "explode" in c and actor2 is not None and actor1 is not None and not a1_state
    # "suicide bombers detonated explosives at a wedding": a bomber's detonation is the attack, target named
    # or not (bomb squads, not bombers, detonate explosives to dispose of them)
    aimed = aimed or (
        "explode" in c and "suicide" in m and actor1 is not None and actor1.is_armed and not a1_state
    )
    aimed = aimed and "foiled" not in m
    # "arrested 3 militants and recovered explosives": the people taken are the event, the haul a detail;
    # an attack foiled or a bomb defused stays the event ("foiled an attack and arrested the bomber")
    arrest_with_haul = "arrest" in c and not m & {"foiled", "ied"}
    if not harmed and not crowd and "disrupt" in c and not aimed and not arrest_with_haul:
        return TypeDecision("Disrupted weapons use", "weapons seized, defused or intercepted")
    if "suicide" in m and ("explode" in c or "attack" in c or "kill" in c):
        return TypeDecision("Suicide bomb", "suicide attack cue")

    # "JNIM imposed a blockade on the town": an armed group's blockade or curfew is no demonstration
    restriction = {"change_group", "protest"} <= c and not fighting and not c & {"riot", "arrest", "loot"}
    if restriction and actor1 is not None and actor1.is_armed and "crowd_control" not in m:
        return TypeDecision("Change to group/activity", "blockade or curfew imposed by an armed actor")
    # "Sinaloa Cartel members set fire to vehicles and blocked roads": a named armed group that burns or
    # wrecks property, facing no force, is no crowd and its road blocks no protest; ACLED codes its arson as
    # property destruction (a party's crowd that fights the police riots: "PTI protesters clashed with the
    # police")
    armed_group_wrecks = (
        actor1 is not None
        and actor1.is_named
        and actor1.is_armed
        and not a1_state
        and not a2_state
        and not actor1.partisan
        and "loot" in c
        and not fighting
        and "riot" not in c
        and "crowd_control" not in m
    )
    if armed_group_wrecks:
        c = c - {"protest"}
    # "Boko Haram strikes again": a non-state armed group with no target named attacks, it goes on no strike
    # (with a target, the crowd may be it: the Taliban firing on farmers who protest, coded as the state's
    # force once the day is known)
    if {"attack", "protest"} <= c and actor1 is not None and actor1.inter in (2, 3, 4) and actor2 is None:
        c = c - {"protest"}
    # tear gas, water cannon and rubber bullets are used on crowds: the report is of a demonstration
    if "riot" in c and actor1 is not None and actor1.is_armed and not a1_crowd and "protest" not in c:
        # "members of the 400 Mawozo gang clashed with police": an armed group's clash is no riot
        c = (c - {"riot"}) | {"clash"}
    if rival_crowds(c, actor1, actor2, m):
        return TypeDecision("Mob violence", "rival crowds clashed")
    if (
        actor1 is not None
        and actor1.partisan
        and a2_civilian
        and c & {"kill", "injure", "attack"}
        and not c & {"protest", "explode", "shell", "airstrike"}
        and not m & {"grenade", "ied", "suicide"}
    ):  # "AL activists hacked a BNP worker to death": a party's crowd that hurts people is a mob
        return TypeDecision("Mob violence", "party supporters attacked people")
    # "unidentified attackers threw a hand grenade into a Shia gathering": an armed group's grenade or bomb
    # thrown at a crowd is the explosion, the crowd its target; no demonstration and no crowd violence
    bomb_on_crowd = (
        actor1 is not None
        and actor1.is_armed
        and not a1_state
        and not a1_crowd
        and ("grenade" in m or "explode" in c)
        and "crowd_control" not in m
    )
    if bomb_on_crowd:
        c = c - {"protest", "riot"}
    # ACLED's crowd-size tag ("[size=no report]") marks a demonstration, unless an armed actor other than the
    # police does the act ("Taliban forces arrested a former soldier", militants who torched a tower)
    armed_non_police = actor1 is not None and actor1.is_armed and actor1.role != Role.POLICE
    # "police fired on striking workers": a force that acts on people the text makes protesters meets a
    # demonstration, protest word or not
    protest_like = not bomb_on_crowd and (
        "protest" in c
        or (actor1 is not None and actor1.inter == 6)
        or "crowd_control" in m
        or ("crowd_size" in m and not armed_non_police)
        or ("crowd_demand" in m and "kill" not in c)
        or (a1_state and actor2 is not None and actor2.role == Role.PROTESTERS and "arrest" not in c)
    )
    # "shot dead by unknown assailants in a suspected sectarian attack": gunmen are no mob
    mob = "mob" in m and not (actor1 is not None and actor1.role == Role.UNIDENTIFIED_ARMED)
    state_premises = a2_state and actor2 is not None and actor2.text.lower().split()[-1:][0] in STATE_PREMISES
    # "angry depositors stormed a bank branch and smashed its windows": a bank or an office a crowd storms or
    # wrecks (frame institution_wrecked) is an institution's premises, like the state's
    institution = bool(c & {"attack", "loot"}) and "institution_wrecked" in m
    wrecked = ("loot" in c and state_premises) or institution
    if mob and not protest_like and wrecked and not c & {"kill", "abduct", "injure"}:
        # "angry residents set fire to a police station after a man died in custody": ordinary people who
        # wreck the state's or an institution's premises riot against it (a lynching stays mob violence)
        return TypeDecision("Violent demonstration", "a crowd's violence against the state's premises")
    if mob and not protest_like and (c & {"kill", "attack", "riot", "loot", "injure"}):
        return TypeDecision("Mob violence", "violence by a mob or vigilantes")
    if protest_like or "riot" in c or a1_crowd:
        # demonstrators who fight (stones, fires, clashes with police) make it violent, whatever the police do
        crowd_violence = (
            "riot" in c
            or "violence_by_crowd" in m
            or ("clash" in c and protest_like)
            or (actor1 is not None and actor1.partisan and bool(c & {"attack", "loot"}))  # supporters torched
            # an office
        )
        intervention = "intervention" in m or "arrest" in c
        # shots fired into the air to scatter a crowd hurt nobody: an intervention, not excessive force
        # "fired tear gas ... Several protesters were injured": ACLED's excessive force is lethal weapons or
        # serious harm; people hurt by gas or water cannon alone (no firing, beating or killing) were met
        # with an intervention; rubber bullets and pellets that wound are force enough
        hurt_by_riot_gear = "crowd_control" in m and "impact_rounds" not in m and "attack" not in c
        lethal = (
            ("lethal_force" in m and "warning_fire" not in m)
            or "kill" in c
            or ("injure" in c and not hurt_by_riot_gear)
        )
        # "ZANU-PF youths stoned a CCC supporter to death", "a mob ... attacked migrants": a crowd, not one
        # the text calls protesters, that attacks or kills people with no state force on either side and no
        # police to disperse it is a mob (ACLED Mob violence), not a demonstration. A crowd that also wrecked
        # property hurt people on purpose only when the text calls it a mob: people who died in a building it
        # set on fire were not its target; people injured when police met a crowd are no victims of the crowd
        aimed_at_people = ("loot" not in c and bool(c & {"kill", "attack"})) or ("mob" in m and "attack" in c)
        people_hurt = (
            aimed_at_people
            and "clash" not in c
            and "crowd_control" not in m
            and actor2 is not None
            and actor2.inter in (6, 7)
            and not a1_state
            and (actor1 is None or actor1.inter in (5, 7) or actor1.partisan)
        )
        if crowd_violence and people_hurt:
            return TypeDecision("Mob violence", "a crowd's violence against people")
        if crowd_violence:
            return TypeDecision("Violent demonstration", "violence by demonstrators")
        state_side = a2_state or (a1_state and not c & {"explode", "shell", "airstrike"})
        armed_attacker = (
            actor1 is not None
            and actor1.is_armed
            and not actor1.is_named
            and not actor1.is_state
            and not a1_crowd
        )
        if protest_like and lethal and armed_attacker and c & {"attack", "kill", "injure"}:
            # "gunmen shot dead a candidate as he left a rally": ACLED's excessive force is the state's, and
            # unnamed gunmen's violence against a crowd is an attack (a named group may rule: the Taliban)
            return TypeDecision("Attack", "armed non-state actor against demonstrators")
        if protest_like and (intervention or state_side or "attack" in c) and lethal:
            return TypeDecision(
                "Excessive force against protesters", "lethal or injuring force on protesters"
            )
        if protest_like and intervention:
            return TypeDecision("Protest with intervention", "protest dispersed or arrests")
        # "volunteers of the group kidnapped two men": people the text makes a crowd who abduct hold no
        # peaceful protest
        if (
            protest_like
            and not (c & {"kill", "explode", "shell", "airstrike"})
            and not ("abduct" in c and "protest" not in c)
        ):
            return TypeDecision("Peaceful protest", "protest without violence")

    # "a leftover mortar round exploded while children played with it": a remnant of war going off is a
    # landmine-like explosion, not a shelling (ACLED codes unexploded ordnance as Remote explosive)
    remnant_went_off = "war_remnant" in m and "explode" in c
    if "shell" in c and not remnant_went_off:
        return TypeDecision("Shelling/artillery/missile attack", "artillery, rocket or missile cue")
    if "grenade" in m:
        return TypeDecision("Grenade", "grenade cue")
    if "explode" in c or ("ied" in m and violent):
        if "disrupt" in c and not ("kill" in c or "injure" in c) and not aimed:
            return TypeDecision("Disrupted weapons use", "explosive defused or seized")
        return TypeDecision("Remote explosive/landmine/IED", "explosive device cue")
    # "detained and taken to an undisclosed location": an arrest; with no arrest word, a disappearance
    if not harmed and "arrest" in c and ("abduct" not in c or "taken_away" in m):
        return TypeDecision("Arrests", "a raid that ended in arrests")
    if "abduct" in c and "kill" not in c:
        return TypeDecision("Abduction/forced disappearance", "abduction cue")

    # "attacked and ransacked a Government approved liquor shop": a government's property is no armed force
    armed_target = (a2_state and not _government_body(actor2)) or (
        actor2 is not None and actor2.is_armed and not actor2.is_state
    )
    if "loot" in c and not harmed and "abduct" not in c and not armed_target:
        # "Maoists attacked and ransacked a liquor shop", "set ablaze four vehicles": property attacked and
        # nobody hurt is ACLED's looting/property destruction, not an attack on people
        return TypeDecision("Looting/property destruction", "property attacked, nobody hurt")
    if c & {"kill", "attack", "clash", "injure", "abduct"}:
        # "two rival tribes exchanged fire, killing 2 people": the dead of a fight with no state side are its
        # fighters, not civilians the fight targeted
        fighters_dead = (
            "clash" in c
            and not a1_state
            and actor2 is not None
            and not actor2.is_named
            and (
                actor2.text.lower().split()[-1:] in (["people"], ["persons"], ["person"], ["individuals"])
                # "two inmates were killed when rival gangs fought": both sides are rivals, the dead theirs
                or (actor1 is not None and "rival" in actor1.text.lower().split())
            )
        )
        # "Hezbollah members and Christian residents exchanged fire": who fires back is armed, a side of the
        # clash however the parse names it, not the target of an attack
        fired_back = "fire_exchange" in m or "fought_back" in m
        armed_foe = "clash" in c and actor2 is not None and (actor2.is_armed or fired_back)
        if a2_civilian and not fighters_dead and not armed_foe:
            return TypeDecision("Attack", "armed actor against civilians")
        # "a man shot Prime Minister Robert Fico": officials and leaders bear no arms, so one shot at by a
        # non-state attacker is attacked, not fought (ACLED codes the government as its target)
        unarmed_official = (
            actor2 is not None
            and actor2.role == Role.STATE_OTHER
            and not actor2.is_named
            and _names_a_person(actor2.text)
        )
        if unarmed_official and "clash" not in c and not a1_state and "fire_exchange" not in m:
            return TypeDecision("Attack", "armed actor against an unarmed official")
        if a2_state or a1_state or "clash" in c or (actor2 is not None and actor2.is_armed):
            return TypeDecision("Armed clash", "armed actors on both sides")
        if actor2 is None and "clash" not in c and actor1 is not None and actor1.is_armed and "kill" in c:
            return TypeDecision("Attack", "killing with no armed opponent named")
        if actor2 is None and "clash" not in c and "security_target" not in m:
            return TypeDecision("Attack", "shooting at people with no armed target named")
        return TypeDecision(
            "Armed clash" if "clash" in c or "attack" in c else "Attack", "violence by default"
        )

    if "disrupt" in c:
        return TypeDecision("Disrupted weapons use", "weapons seized or defused")
    if "arrest" in c:
        return TypeDecision("Arrests", "arrest cue")
    if "agreement" in c and "breakdown" in m and "change_group" in c:  # "suspended peace talks with the ELN"
        return TypeDecision("Change to group/activity", "talks or a deal suspended")
    if "agreement" in c and "unilateral" in m:  # one side alone declares a ceasefire: no agreement
        return TypeDecision("Change to group/activity", "unilateral ceasefire or truce")
    if "agreement" in c:
        return TypeDecision("Agreement", "agreement cue")
    if "loot" in c:
        return TypeDecision("Looting/property destruction", "looting or destruction cue")
    if "base" in c and "transfer" in c and "base_handover" in m:
        # "handed over the military base to the Chadian army", "vacated the base": the base changes hands
        return TypeDecision("Non-violent transfer of territory", "a base handed over or left")
    if "base" in c:
        return TypeDecision("Headquarters or base established", "base established cue")
    if (
        "transfer" in c
        and "territory_gain" not in c
        and actor1 is not None
        and actor1.inter == 8
        and not (actor2 is not None and actor2.is_armed and actor2.role != Role.STATE_OTHER)
    ):  # "the last contingent of the East African Community regional force withdrew from Goma": a foreign or
        # multinational mission that leaves with no force taking over (a government that ended its mandate is
        # none) ends its deployment, no territory changes hands (one that hands its camp to the army does)
        return TypeDecision("Change to group/activity", "a foreign mission left with no force taking over")
    if "transfer" in c or "territory_gain" in c:
        return TypeDecision("Non-violent transfer of territory", "withdrawal or handover")
    if "change_group" in c:
        return TypeDecision("Change to group/activity", "group change cue")
    return TypeDecision("Other", "strategic development")


# the premises of a state force: "a police station", "an army post"
STATE_PREMISES = frozenset({"station", "post", "outpost", "checkpoint", "headquarters", "barracks", "office"})
GOVERNMENT_BODIES = frozenset(
    {"government", "authorities", "regime", "administration", "cabinet", "assembly", "ministry", "junta"}
)
# the people of a government, as opposed to the government or authorities as a body
OFFICIAL_PERSON_NOUNS = frozenset(
    {"official", "officials", "minister", "ministers", "governor", "mayor", "president", "commissioner"}
)


def _government_body(actor: Participant | None) -> bool:
    """'Government of India', 'the authorities': the state as a body, which bears no arms."""
    if actor is None:
        return False
    if (actor.name or "").startswith("Government of"):
        return True
    return actor.role == Role.STATE_OTHER and not _names_a_person(actor.text)


def _names_a_person(text: str) -> bool:
    """'Prime Minister Robert Fico', 'a district official': a person or persons, not 'the government'."""
    words = text.split()
    if not words or words[-1].lower() in GOVERNMENT_BODIES:
        return False
    return words[-1][:1].isupper() or words[-1].lower() in OFFICIAL_PERSON_NOUNS
