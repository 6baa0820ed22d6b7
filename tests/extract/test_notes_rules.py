"""Coding rules found on ACLED-style notes, through the real pipeline; texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.schema import Event


def _one(pipeline: Pipeline, text: str) -> Event:
    events = pipeline.extract_text(text, None)
    assert len(events) == 1, [e.sub_event_type for e in events]
    return events[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 2 March 2024, a bomb exploded near a checkpoint in Quetta, killing two soldiers. "
            "The Baloch Liberation Army claimed responsibility.",
            "BLA: Baloch Liberation Army",
        ),
        (
            "On 4 May 2024, gunmen killed three farmers in Kano. "
            "Ansaru was suspected of being behind the attack.",
            "Ansaru",
        ),
        ("On 4 May 2024, gunmen killed three farmers in Kano. Police blamed the attack on Ansaru.", "Ansaru"),
    ],
)
def test_a_later_claim_or_suspicion_names_the_attackers(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert _one(pipeline, text).actor1 == actor1


@pytest.mark.slow
def test_defenders_who_repel_an_attack_stay_actor2(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 6 June 2023, armed men attacked a police station in Kousseri. Police repelled the attack, "
        "killing two of the assailants.",
    )
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2 == "Police Forces of Cameroon"
    assert event.interaction == 13


@pytest.mark.slow
def test_unknown_persons_who_throw_a_grenade_are_an_armed_group(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 2 April 2024, unknown persons hurled a grenade at a shop in Quetta.")
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"


@pytest.mark.slow
def test_the_receiver_of_a_handover_is_actor1(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 May 2023, the Malian army handed over the town of Lere to JNIM.")
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert (event.actor1 or "").startswith("JNIM")
    assert event.actor2 == "Military Forces of Mali"


@pytest.mark.slow
def test_brackets_decide_admin1_when_the_name_lies_elsewhere(pipeline: Pipeline) -> None:
    # Beirut is its own governorate; the brackets put the strike in Baabda, Mount Lebanon
    event = _one(
        pipeline,
        "On 5 March 2024, an Israeli drone strike hit a car in Dahiyeh, Beirut (Baabda, Mount Lebanon).",
    )
    assert (event.country, event.admin1) == ("Lebanon", "Mount Lebanon")


@pytest.mark.slow
def test_protesters_are_actor1_whoever_disperses_them(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 8 March 2023, Taliban fighters fired in the air to disperse women protesting in Kabul."
    )
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1 == "Protesters (Afghanistan)"


@pytest.mark.slow
def test_the_force_deployed_is_actor1_not_the_cause_of_the_deployment(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 July 2024, the government deployed 500 soldiers to Tumaco "
        "after a wave of attacks by ELN rebels.",
    )
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor1 == "Military Forces of Colombia"


@pytest.mark.slow
def test_protesters_killed_after_a_riot_are_its_toll(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 9 May 2023, students clashed with police and set fire to a police station in Karachi. "
        "Two protesters were killed.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Violent demonstration", 2)


@pytest.mark.slow
def test_bracketed_admin_units_are_read_whole(pipeline: Pipeline) -> None:
    # the model alone reads "Dera" (a town in Ethiopia) out of "Dera Ismail Khan"
    event = _one(
        pipeline,
        "On 4 April 2024, gunmen shot dead a lawyer in Chaudhwan (Dera Ismail Khan, Khyber Pakhtunkhwa).",
    )
    assert (event.country, event.admin1) == ("Pakistan", "Khyber Pakhtunkhwa")


@pytest.mark.slow
def test_a_claim_after_the_toll_names_the_attackers_of_the_incident(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 6 May 2024, militants stormed a checkpoint in Tank (Tank, Khyber Pakhtunkhwa), killing two "
        "policemen. Three attackers were killed in the exchange of fire. The TTP claimed responsibility.",
    )
    assert event.actor1 == "TTP: Tehreek-i-Taliban Pakistan"


@pytest.mark.slow
def test_a_bomb_disposal_squad_is_police(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 June 2024, a bomb disposal squad defused a roadside bomb in Quetta.")
    assert (event.sub_event_type, event.actor1) == ("Disrupted weapons use", "Police Forces of Pakistan")


@pytest.mark.slow
def test_the_side_that_takes_an_abandoned_place_is_actor1(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 February 2024, soldiers abandoned their post in Kyauktaw and the Arakan Army took control of "
        "the town without fighting.",
    )
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1 == "AA: Arakan Army"


@pytest.mark.slow
def test_weapons_shot_down_in_a_list_are_all_intercepted(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 2 January 2024, air defence shot down 10 missiles and 35 drones over Kharkiv.")
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.slow
def test_troops_that_arrive_change_their_activity(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 5 May 2024, a contingent of Rwandan troops arrived in Pemba.")
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_them_counts_the_victims_it_points_back_to(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 May 2024, gunmen abducted five labourers in Zhob and shot them dead.")
    assert event.fatalities == 5


@pytest.mark.slow
def test_the_crowd_police_disperse_in_a_riot_is_actor1(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 March 2024, police fired tear gas at residents who had blocked a highway with burning tyres "
        "in Nairobi.",
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Violent demonstration",
        "Rioters (Kenya)",
        "Police Forces of Kenya",
    )


@pytest.mark.slow
def test_clashes_between_two_sides_keep_their_order(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, clashes broke out between Military Forces of Pakistan and TTP militants in Bannu "
        "(Bannu, Khyber Pakhtunkhwa).",
    )
    assert (event.actor1, event.actor2) == ("Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan")


@pytest.mark.slow
def test_an_operation_whose_dead_are_counted_next_is_a_clash(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, Military Forces of Pakistan launched an operation against TTP militants in Tirah "
        "(Khyber, Khyber Pakhtunkhwa). 4 militants were killed.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 4)


@pytest.mark.slow
def test_a_post_set_up_to_secure_an_area_takes_no_territory(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, Military Forces of Pakistan set up a new post in Tirah (Khyber, Khyber Pakhtunkhwa) "
        "to secure the valley from militant attacks.",
    )
    assert event.sub_event_type == "Headquarters or base established"


@pytest.mark.slow
def test_unnamed_soldiers_belong_to_the_army_the_sentence_names(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, a roadside bomb exploded under an Indian army vehicle in Kupwara (Kupwara, Jammu and "
        "Kashmir), injuring 3 soldiers.",
    )
    assert event.actor2 == "Military Forces of India"


@pytest.mark.slow
@pytest.mark.parametrize(
    "follow_up", ["Police fired tear gas at them.", "Police later used water cannon to disperse the crowd."]
)
def test_a_dispersal_told_in_a_follow_up_sentence_types_the_protest(
    pipeline: Pipeline, follow_up: str
) -> None:
    event = _one(
        pipeline, f"On 20 October 2023, protesters gathered outside parliament in Beirut. {follow_up}"
    )
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", "Police Forces of Lebanon")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 12 March 2024, around 50 people protested in front of the Russian embassy in Warsaw.", "Poland"),
        ("On 9 June 2024, protesters gathered outside the Chinese consulate in Toronto.", "Canada"),
        ("On 18 October 2024, people marched in Santiago to mark the anniversary of the uprising.", "Chile"),
    ],
)
def test_a_capital_or_a_foreign_mission_places_the_protest(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert _one(pipeline, text).country == country


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 17 September 2017, hundreds of protesters marched in St. Louis (St. Louis, Missouri) after a "
        "former police officer was acquitted of murder in the 2011 shooting of a motorist.",
        "On 3 June 2020, around 500 people protested in Denver (Denver, Colorado) against the killing of a "
        "man by police in Minneapolis.",
        "On 5 April 2023, traders held a protest in Peshawar (Peshawar, Khyber Pakhtunkhwa) after a bomb "
        "blast killed two traders in the city market.",
        "On 21 August 2023, family members of a man who was shot dead by police held a sit-in in Karachi "
        "(Karachi South, Sindh), demanding justice.",
        "On 4 March 2024, relatives of a student killed in police custody protested outside the press club "
        "in Quetta (Quetta, Balochistan).",
    ],
)
def test_the_violence_a_protest_followed_or_mourns_is_its_grievance(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)
    assert (event.actor1 or "").startswith("Protesters")


@pytest.mark.slow
def test_a_clause_that_names_the_crowd_still_tells_the_demonstration(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 March 2024, protesters threw stones at police in Kisumu (Kisumu, Kisumu) after police fired "
        "live rounds at them, killing one protester.",
    )
    assert event.sub_event_type == "Violent demonstration"


@pytest.mark.slow
def test_an_armed_group_that_strikes_attacks(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 March 2024, Boko Haram strikes again in Gwoza (Gwoza, Borno), killing 3.")
    assert (event.sub_event_type, event.actor1) == (
        "Attack",
        "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad",
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, a candlelight vigil was held in Islamabad (Islamabad, Islamabad Capital Territory) "
        "for the victims of the Bajaur suicide bombing.",
        "On 11 July 2023, residents held a rally in Bannu (Bannu, Khyber Pakhtunkhwa) in memory of those "
        "killed in the drone strike.",
        "On 8 March 2024, women held an Aurat March in Karachi (Karachi South, Sindh). [size=around 2000]",
        "On 8 March 2024, thousands of women took part in the Aurat March in Lahore (Lahore, Punjab).",
    ],
)
def test_a_vigil_or_a_named_march_is_a_peaceful_protest(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)
    assert event.event_date is not None and event.event_date.strftime("On %-d %B %Y,") in text


@pytest.mark.slow
def test_police_a_bad_parse_leaves_without_a_role_still_intervene(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2023, police baton-charged and arrested dozens of teachers protesting in Lahore (Lahore, "
        "Punjab) for a salary increase.",
    )
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", "Police Forces of Pakistan")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a remnant of war going off is a landmine-like explosion, not a shelling
        (
            "On 3 May 2024, an unexploded artillery shell went off while boys were playing with it in "
            "Khan Younis, killing two of them.",
            "Remote explosive/landmine/IED",
        ),
        # a foiled attack is disrupted weapons use, with or without the would-be attacker arrested
        (
            "On 3 May 2024, Iraqi police foiled a suicide attack in Kirkuk and arrested the bomber.",
            "Disrupted weapons use",
        ),
        # the people taken are the event, the weapons recovered from them a detail
        (
            "On 3 May 2024, police arrested 4 suspected ELN members in Cucuta and recovered rifles.",
            "Arrests",
        ),
        # shots into the air to scatter a crowd are an intervention, not excessive force
        (
            "On 3 May 2024, soldiers fired warning shots to disperse a rally by students in Niamey.",
            "Protest with intervention",
        ),
        # what a demonstration is against, however deep, happened before it
        (
            "On 3 May 2024, residents staged a demonstration in Goma against the killing of a trader in a "
            "gunfight.",
            "Peaceful protest",
        ),
        # what an attack answers is an earlier incident
        (
            "On 3 May 2024, Houthi forces attacked Saudi border posts in Jizan in retaliation for strikes.",
            "Armed clash",
        ),
        # an arrest 'days after' a protest is not made at it
        (
            "On 3 May 2024, police detained a teacher in Minsk days after she took part in a protest.",
            "Arrests",
        ),
        # no protest word, but a person taken to an unknown location by security forces has disappeared
        (
            "On 3 May 2024, a student was picked up by security forces in Karachi and taken to an unknown "
            "location.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_the_incident_itself_decides_the_sub_type(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert _one(pipeline, text).sub_event_type == sub_type


@pytest.mark.slow
def test_a_nationality_on_border_posts_is_that_states_forces(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 May 2024, Houthi forces attacked Saudi border posts in Jizan.")
    assert event.actor2 == "Military Forces of Saudi Arabia"


@pytest.mark.slow
def test_a_mob_beating_a_suspect_to_death_kills_a_civilian(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 3 May 2024, villagers beat a man suspected of stealing a goat to death in Kano."
    )
    assert (event.sub_event_type, event.actor2, event.fatalities) == (
        "Mob violence",
        "Civilians (Nigeria)",
        1,
    )


@pytest.mark.slow
def test_gunmen_in_a_sectarian_killing_are_no_mob(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2024, a Shia cleric was shot dead by unknown gunmen in Karachi in a sectarian attack.",
    )
    assert event.sub_event_type == "Attack"


@pytest.mark.slow
def test_a_drone_on_a_police_station_is_flown_by_an_armed_group(pipeline: Pipeline) -> None:
    # no one named flies it ('a drone' alone is the role table's military noun)
    event = _one(
        pipeline,
        "On 3 May 2024, a quadcopter dropped explosives on a police station in Bannu, injuring 3 policemen.",
    )
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Pakistan)",
        "Police Forces of Pakistan",
    )


@pytest.mark.slow
def test_houses_damaged_by_shelling_make_civilians_its_target(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 3 May 2024, Indian troops fired mortar shells into Kotli, damaging several houses."
    )
    assert (event.sub_event_type, event.actor2) == (
        "Shelling/artillery/missile attack",
        "Civilians (Pakistan)",
    )


@pytest.mark.slow
def test_the_attackers_of_a_repulsed_attack_are_actor1(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 3 May 2024, soldiers repulsed an attack by Al Shabaab fighters on a base in Baidoa."
    )
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia")


@pytest.mark.slow
def test_a_toll_after_an_undated_detail_line_is_the_events(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2024, JNIM militants attacked an army post in Djibo. The fighting lasted several hours. "
        "5 reported fatalities.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 5)


@pytest.mark.slow
def test_an_office_holder_of_a_place_shot_dead_is_one_death(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 May 2024, gunmen shot dead the governor of Mandera in his car.")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 1)


@pytest.mark.slow
def test_gendarmes_are_the_police(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 3 May 2024, gendarmes fired tear gas at students protesting fee increases in Yaounde."
    )
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", "Police Forces of Cameroon")


@pytest.mark.slow
def test_two_parties_sharing_one_crowd_noun_are_rival_crowds(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 May 2024, PTI and PML-N workers clashed in Lahore, injuring 6.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence",
        "Rioters (Pakistan)",
        "Rioters (Pakistan)",
    )
    assert {event.assoc_actor_1, event.assoc_actor_2} == {
        "PTI: Pakistan Tehreek-i-Insaf",
        "PML-N: Pakistan Muslim League (Nawaz)",
    }


@pytest.mark.slow
def test_an_ambushed_column_is_the_other_side_not_the_allies(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 May 2024, JNIM and ISGS fighters ambushed an army convoy near Menaka.")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Military Forces of Mali")


@pytest.mark.slow
def test_a_capitalised_no_in_a_rally_name_denies_nothing(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 June 2025, hundreds of people joined a No Border march in Calais.")
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_a_quoted_byname_is_no_place(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 March 2023, police arrested Joaquin 'El Paso' Guzman, a gang leader, in Culiacan, Sinaloa.",
    )
    assert (event.sub_event_type, event.admin1) == ("Arrests", "Sinaloa")


@pytest.mark.slow
def test_saboteurs_who_burn_a_railway_target_are_an_armed_group(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 May 2023, saboteurs set fire to a railway signal box near Gomel.")
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "On 3 May 2024, police removed students from the campus of the university in Santiago during a "
            "protest against tuition fees.",
            "Protest with intervention",
        ),
        (
            "On 3 May 2024, farmers protested in Lyon, calling on the government to remove foreign workers "
            "from farms.",
            "Peaceful protest",
        ),
    ],
)
def test_removing_the_crowd_of_a_protest_is_an_intervention(
    pipeline: Pipeline, text: str, sub_type: str
) -> None:
    assert _one(pipeline, text).sub_event_type == sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 9 May 2024, fighting broke out between the army and Al Shabaab in Baidoa.",
        "On 9 June 2024, fighting erupted between the army and Al Shabaab in Baidoa.",
    ],
)
def test_fighting_that_broke_out_between_two_sides_is_a_clash(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash",
        "Military Forces of Somalia",
        "Al Shabaab",
    )


@pytest.mark.slow
def test_what_befell_the_protesters_own_kin_is_their_grievance(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 6 June 2023, women held a sit-in in Quetta to demand news of their sons who were detained by "
        "security forces. [size=dozens]",
    )
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_police_who_answer_a_riot_in_a_later_sentence_are_its_actor2(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 March 2024, protesters burned tyres and threw stones in Lima. "
        "Police used tear gas to disperse them.",
    )
    assert (event.sub_event_type, event.actor2) == ("Violent demonstration", "Police Forces of Peru")


@pytest.mark.slow
def test_a_battle_in_which_the_dead_are_counted_is_not_itself_dead(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 March 2024, soldiers attacked a camp near Kidal, leading to a clash in which 4 militants were "
        "killed.",
    )
    assert event.fatalities == 4


@pytest.mark.slow
def test_the_armed_side_a_raid_fought_is_actor2_not_the_place_raided(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 3 March 2024, soldiers raided a village near Mopti and clashed with JNIM militants."
    )
    assert (event.sub_event_type, event.actor2) == (
        "Armed clash",
        "JNIM: Jama'a Nusrat al-Islam wal-Muslimin",
    )


@pytest.mark.slow
def test_cameroon_regions_take_acleds_french_names(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 5 January 2024, gunmen killed 2 people in Garoua, Cameroon.")
    assert event.admin1 == "Nord"


@pytest.mark.slow
def test_a_building_named_after_its_town_takes_the_admin2_its_bracket_writes(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 3 March 2023, lawyers protested outside the Karachi Press Club (Karachi East, Sindh)."
    )
    assert (event.location, event.admin2) == ("Karachi", "Karachi East")


@pytest.mark.slow
def test_armed_youths_are_an_armed_group(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 5 February 2024, armed youths attacked a village near Bunia, killing 4 men.")
    assert (event.sub_event_type, event.actor1) == (
        "Attack",
        "Unidentified Armed Group (Democratic Republic of Congo)",
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, an IS attack to capture army positions near Deir-ez-Zor airport was repelled.",
        "On 3 May 2023, rebels launched an offensive to retake Kidal, clashing with the army.",
    ],
)
def test_a_capture_that_an_attack_aims_at_takes_no_place(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Armed clash"


@pytest.mark.slow
def test_a_small_town_named_like_a_world_capital_needs_its_own_surroundings(pipeline: Pipeline) -> None:
    # the US named as whose the troops are says nothing for Manila, Arkansas
    event = _one(pipeline, "On 3 May 2023, activists protested against the US military presence in Manila.")
    assert (event.country, event.location) == ("Philippines", "Manila")


@pytest.mark.slow
def test_the_venue_of_talks_is_not_the_event_place(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 3 May 2023, four soldiers were killed in eastern Ukraine ahead of the Paris talks."
    )
    assert event.country == "Ukraine"


@pytest.mark.slow
def test_goods_seized_are_no_territory(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 5 May 2023, the Taliban burned bottles of alcohol seized from shops in Kandahar city."
    )
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.slow
def test_a_weapon_fired_at_a_target_hits_the_target(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2023, Indian troops fired mortar shells at Pakistani posts in Kotli, Azad Kashmir.",
    )
    assert (event.actor1, event.actor2) == ("Military Forces of India", "Military Forces of Pakistan")


@pytest.mark.slow
def test_how_long_an_incident_lasted_is_no_date_of_its_own(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 29 January 2024, militants attacked a police post in Mach. The clashes lasted overnight.",
    )
    assert event.event_date is not None and event.event_date.isoformat() == "2024-01-29"


@pytest.mark.slow
def test_a_country_name_is_the_country_unless_its_namesake_town_is_placed(pipeline: Pipeline) -> None:
    # Lebanon, Tennessee lies near Nashville, which says nothing: a common name has a namesake near anything
    text = (
        "On 3 May 2024, Israeli drones struck a car in Lebanon, killing two men. Officials in Nashville "
        "condemned it."
    )
    assert _one(pipeline, text).country == "Lebanon"
    for placed in ("in Lebanon, Pennsylvania.", "in Lebanon, police in Lebanon County said."):
        event = _one(pipeline, f"On 3 May 2024, two men were shot dead {placed}")
        assert (event.country, event.admin1, event.location) == ("United States", "Pennsylvania", "Lebanon")


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (  # two sources set against each other for the same dead: ACLED keeps the lowest
            "On 3 May 2023, two clans exchanged fire over a land dispute in Hangu. "
            "According to local sources, 9 people were killed, while police said 6 were killed.",
            6,
        ),
        (
            "On 3 May 2023, a bomb exploded in a market in Kohat. "
            "Officials said 12 people were killed, while other reports put the toll at 15.",
            12,
        ),
        (  # the dead of two sides add up: no conflict
            "On 3 May 2023, militants attacked a check post in Tank. "
            "Police said 2 soldiers were killed, while 3 militants also died.",
            5,
        ),
    ],
)
def test_conflicting_sources_in_one_sentence_keep_the_lowest_figure(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_militants_who_attack_and_block_a_highway_hold_no_protest(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2023, BLA militants attacked a police station and blocked the highway in Mastung "
        "(Balochistan). 4 policemen were killed.",
    )
    assert event.sub_event_type == "Armed clash"


@pytest.mark.slow
def test_party_demonstrators_who_riot_are_rioters_with_the_party_associated(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2023, PTI protesters clashed with police in Rawalpindi (Punjab), pelting them with stones.",
    )
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1 == "Rioters (Pakistan)"


@pytest.mark.slow
def test_land_seized_in_a_district_takes_no_territory(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 5 October 2021, Taliban fighters evicted Hazara families and seized their land in Gizab district "
        "(Daykundi).",
    )
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.slow
def test_police_who_baton_charge_a_party_crowd_are_the_intervening_side(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 10 May 2023, police baton-charged PTI supporters protesting in Sialkot (Punjab)."
    )
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1, event.actor2) == ("Protesters (Pakistan)", "Police Forces of Pakistan")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # two sources set against each other in one sentence: ACLED keeps the lowest figure
        (
            "On 5 March 2023, police fired on protesters in Zahedan. Officials reported 12 deaths, while "
            "rights groups said at least 40 people were killed.",
            12,
        ),
        # sources that count different dead add up
        (
            "On 3 May 2020, militants attacked an army camp in Jolo. Police said 3 soldiers were killed, "
            "while the army said 2 militants died.",
            5,
        ),
        (
            "On 6 May 2023, troops clashed with militants in Jenin. Reports of the death toll vary between 4 "
            "and 9.",
            4,
        ),
        # a list the parser reads as an apposition, the attackers counted too
        (
            "On 2 June 2021, two suicide bombers attacked an army post in Patikul. 2 soldiers, 4 civilians "
            "and both bombers were killed.",
            8,
        ),
        # a later sentence with the whole toll replaces the one named victim before it
        (
            "On 8 January 2024, a drone strike on a car in Nabatieh killed a Hezbollah commander. 4 people "
            "were killed in total.",
            4,
        ),
    ],
)
def test_conflicting_listed_and_total_tolls(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_a_day_and_month_beside_a_name_are_no_count(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "Kupwara, 14 June 2023 - Gunmen shot dead a shopkeeper in the town, officials said.",
    )
    assert event.fatalities == 1


@pytest.mark.slow
def test_a_wire_story_with_no_place_in_its_body_is_at_its_dateline(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "MANILA, 12 June 2023 - Thousands of activists marched outside the presidential palace on Monday "
        "demanding higher wages.",
    )
    assert event.country == "Philippines"
    assert event.location == "Manila"


@pytest.mark.slow
def test_supporters_of_two_parties_that_clash_are_rival_crowds(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 June 2023, supporters of the TMC and the BJP clashed in Basirhat.")
    assert event.sub_event_type == "Mob violence"
    assert event.actor1 == event.actor2 == "Rioters (India)"


@pytest.mark.slow
def test_a_foreign_lawmaker_killed_abroad_keeps_his_nationality(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 9 May 2024, a gunman shot dead a Cambodian lawmaker in Bangkok.")
    assert event.actor2 == "Civilians (Cambodia)"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # another source's figure for the same dead is an alternative: ACLED keeps the lowest
        ("On 3 April 2024, gunmen attacked a village near Bokkos. 14 people were killed, while local sources "
         "reported 22 deaths.", 14),
        ("On 3 April 2024, JNIM militants ambushed a patrol near Djibo. 30 soldiers were killed according to "
         "the militants, while the army reported 12 killed.", 12),
        # more dead told in the other clause still add up
        ("On 3 April 2024, gunmen killed 4 villagers near Bokkos, while police said 2 attackers were also "
         "killed.", 6),
        # a count the parser hangs on the group's name before the noun
        ("On 3 April 2024, troops clashed with JNIM militants near Djibo. 6 JNIM militants and 3 soldiers "
         "were killed.", 9),
        # of a range of reported tolls ACLED keeps the lowest; a toll that rose keeps the later figure
        ("On 3 April 2024, gunmen attacked Mangu. Reports of the death toll range from 20 to 50.", 20),
        ("On 3 April 2024, gunmen attacked Mangu. The death toll rose from 20 to 50.", 50),
    ],
)  # fmt: skip
def test_conflicting_tolls_keep_the_lowest(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_a_suicide_bombers_detonation_is_no_bomb_disposal(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 5 May 2024, two suicide bombers detonated explosives at a market in Konduga.")
    assert event.sub_event_type == "Suicide bomb"
    defused = _one(pipeline, "On 5 May 2024, police detonated explosives found in a car in Konduga.")
    assert defused.sub_event_type == "Disrupted weapons use"


@pytest.mark.slow
def test_a_vehicle_that_hits_a_landmine_ran_into_an_explosion(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 5 May 2024, an army truck hit a landmine near Arbinda. Two soldiers were injured."
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.slow
def test_an_air_force_that_speaks_is_no_air_strike(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 5 May 2024, air defence units shot down 12 drones over Kharkiv, the air force said."
    )
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.slow
def test_an_armed_subject_is_no_security_target(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 5 May 2024, ADF militants raided the village of Oicha with machetes.")
    assert event.sub_event_type == "Attack"


@pytest.mark.slow
def test_the_killing_a_riot_follows_is_no_toll_however_told(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 July 2023, rioters burned cars and looted shops in Creteil after police shot dead a delivery "
        "driver.",
    )
    assert event.sub_event_type == "Violent demonstration"
    assert event.fatalities == 0


@pytest.mark.slow
def test_an_arrest_told_as_what_a_riot_followed_is_no_arrest(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 July 2023, residents torched a police car in Sololá after officers arrested a teacher.",
    )
    assert event.sub_event_type != "Arrests"


@pytest.mark.slow
def test_a_signed_declaration_is_an_agreement(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 July 2023, the government and the FLEC signed a declaration of principles.")
    assert event.sub_event_type == "Agreement"


@pytest.mark.slow
def test_a_note_name_keeps_the_article_of_its_place(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 July 2023, nurses held a protest in The Hague (South Holland) over pay.")
    assert event.location == "The Hague"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # the crime a crowd punishes is only alleged: "on suspicion of theft" silences nothing
        "On 3 May 2024, students beat a man to death on suspicion of theft in Dhaka.",
        # people of a trade are a mob when they turn on someone; the deed is the verb "to death" ends
        "On 3 May 2024, traders beat a suspected pickpocket to death in Kampala.",
    ],
)
def test_civilians_who_beat_a_suspect_to_death_are_a_mob(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == ("Mob violence", 1)
    assert (event.actor1 or "").startswith("Rioters") and (event.actor2 or "").startswith("Civilians")


@pytest.mark.slow
def test_marchers_detained_are_a_protest_with_intervention(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 May 2024, police detained 15 marchers in Lahore.")
    assert (event.sub_event_type, event.actor1) == ("Protest with intervention", "Protesters (Pakistan)")


def test_a_shooter_who_kills_himself_is_no_suicide_bomber(pipeline: Pipeline) -> None:
    shooting = _one(
        pipeline,
        "On 4 July 2023, a gunman shot dead two shoppers at a mall in Dayton (Ohio) before killing himself.",
    )
    assert shooting.sub_event_type == "Attack"
    assert shooting.fatalities == 3
    bombing = _one(
        pipeline,
        "On 4 July 2023, a bomber detonated explosives at a checkpoint in Kabul, killing himself and a "
        "guard.",
    )
    assert bombing.sub_event_type == "Suicide bomb"


@pytest.mark.slow
def test_fireworks_fired_at_police_are_crowd_violence(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 July 2023, youths fired fireworks at police officers in Lyon.")
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1 == "Rioters (France)"


@pytest.mark.slow
def test_a_place_the_crowd_stands_in_solidarity_with_is_not_where_it_marched(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 November 2023, thousands of people marched through Tunis in solidarity with Palestinians "
        "in Gaza.",
    )
    assert event.country == "Tunisia"
    assert event.location == "Tunis"


@pytest.mark.slow
def test_youths_who_clash_with_police_at_barricades_riot(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 July 2023, youths erected barricades, burned a bank and clashed with police in Dakar (Dakar).",
    )
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1 == "Rioters (Senegal)"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Senegal")


# batch 26 (notes26): Pakistan and Afghanistan, strategic developments


@pytest.mark.slow
def test_a_participle_describing_whom_a_deal_frees_is_no_arrest(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 June 2024, the district administration and a traders' union signed an agreement in Turbat, "
        "with officials agreeing to free detained shopkeepers.",
    )
    assert event.sub_event_type == "Agreement"


@pytest.mark.slow
def test_a_jirga_that_is_held_is_no_arrest(pipeline: Pipeline) -> None:
    events = pipeline.extract_text("On 8 May 2024, the PTM held the Pashtun Qaumi Jirga in Bannu.", None)
    assert all(e.sub_event_type != "Arrests" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 2 August 2024, authorities suspended mobile internet services in Kech district (Balochistan).",
        "On 2 August 2024, the government imposed an internet shutdown in Turbat (Kech, Balochistan).",
    ],
)
def test_cutting_the_internet_changes_the_authorities_activity(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_a_victim_who_succumbed_to_his_injuries_died(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 April 2024, a mob beat a shopkeeper accused of blasphemy in Gujrat (Gujrat, Punjab). "
        "He succumbed to his injuries in hospital.",
    )
    assert event.sub_event_type == "Mob violence"
    assert event.fatalities == 1


@pytest.mark.slow
def test_an_operation_against_a_groups_positions_is_fighting(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 9 June 2022, Taliban forces launched an operation against NRF positions in Khenj district "
        "(Panjshir).",
    )
    assert event.sub_event_type == "Armed clash"


@pytest.mark.slow
def test_a_date_inside_what_officials_said_is_the_incidents_day(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "Gunmen on a motorbike shot dead a teacher in Khar on 3 March 2024, officials said."
    )
    assert event.event_date is not None and event.event_date.isoformat() == "2024-03-03"
    assert event.time_precision == 1


@pytest.mark.slow
def test_an_agreement_told_in_a_with_clause_happened(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 5 May 2024, elders settled a water dispute between two clans in Zurmat district (Paktia), "
        "with both clans signing an agreement.",
    )
    assert event.sub_event_type == "Agreement"


@pytest.mark.slow
def test_looting_after_a_recapture_is_looting(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 July 2022, Taliban fighters looted houses in Kohistanat district (Sar-e Pol) after retaking "
        "the district from local militia.",
    )
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.slow
def test_a_town_after_near_inside_a_road_name_is_a_place(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "Gunmen kidnapped two engineers on the Indus Highway near Tank on 9 May 2024, police said."
    )
    assert event.country == "Pakistan"


@pytest.mark.slow
def test_according_to_is_no_agreement(pipeline: Pipeline) -> None:
    # 'according' has the lemma 'accord'; with 'banners' two weak cues once opened an agreement
    events = pipeline.extract_text(
        "On 8 June 2023, a cartel warned residents of Culiacan (Sinaloa) against selling drugs, according "
        "to banners hung on bridges.",
        None,
    )
    assert "Agreement" not in [e.sub_event_type for e in events]


@pytest.mark.slow
def test_where_a_rocket_was_fired_from_is_not_where_it_struck(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 June 2023, a rocket fired from Gaza struck Ashdod, damaging a school.")
    assert (event.country, event.location) == ("Israel", "Ashdod")


@pytest.mark.slow
def test_weeks_of_modified_fighting_are_a_period_summed_up(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 June 2023, elders of two clans signed a peace deal in Guriel (Galgaduud) after weeks of clan "
        "fighting.",
    )
    assert event.sub_event_type == "Agreement"


@pytest.mark.slow
def test_a_man_the_state_s_forces_kill_is_a_civilian(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 March 2024, police shot and killed a man in Karachi (Karachi, Sindh).")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Pakistan)")
    # men described as a group's are that group's, not civilians
    linked = _one(pipeline, "On 4 March 2024, troops killed 5 men linked to the Maute group in Lanao del Sur")
    assert (linked.sub_event_type, linked.actor2) == ("Armed clash", "Maute Group")


@pytest.mark.slow
def test_one_state_s_forces_named_together_are_one_side(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 5 May 2023, soldiers and police opened fire on protesters in Kisumu (Kisumu), killing 2.",
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Excessive force against protesters",
        "Military Forces of Kenya",
        "Protesters (Kenya)",
    )
    # two states' troops named together still fought each other
    clash = _one(
        pipeline,
        "On 5 May 2023, Indian and Pakistani troops exchanged fire along the Line of Control in Poonch.",
    )
    assert {clash.actor1, clash.actor2} == {"Military Forces of India", "Military Forces of Pakistan"}


@pytest.mark.slow
def test_who_shot_dead_a_victim_is_not_among_the_dead(pipeline: Pipeline) -> None:
    # the parser reads "a motorcycle shot" as a noun, leaving the gunmen as the subject of "dead"
    event = _one(
        pipeline,
        "On 8 March 2024, two gunmen on a motorcycle shot dead a village headman in Sai Buri (Pattani).",
    )
    assert event.fatalities == 1


def test_live_rounds_fired_at_a_crowd_are_no_shelling(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 June 2024, police fired live rounds at protesters in Beira, killing two.")
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities == 2


@pytest.mark.slow
def test_artillery_rounds_fired_are_still_shelling(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 June 2024, Russian forces fired artillery rounds at Vovchansk.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.slow
def test_a_crowd_removed_by_police_in_a_passive_is_an_intervention(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 12 May 2023, environmental activists blocked the entrance of a coal plant in Lutzerath "
        "and were removed by police.",
    )
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1 or "").startswith("Protesters")


@pytest.mark.slow
def test_joining_a_march_is_a_protest_not_a_change_to_a_group(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 February 2024, thousands of people joined a march in Madrid calling for a ceasefire in Sudan.",
    )
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_joining_an_armed_group_still_changes_it(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 February 2024, 40 former soldiers joined the M23 in Rutshuru.")
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_a_verb_that_took_a_thing_takes_no_place_after_in(pipeline: Pipeline) -> None:
    events = pipeline.extract_text("On 5 March 2024, the new curfew took effect in Goma.", None)
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in events)


@pytest.mark.slow
def test_a_place_entered_after_a_withdrawal_under_an_agreement_is_a_transfer(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 20 November 2020, Azerbaijani troops entered Aghdam district after Armenian forces withdrew "
        "under the peace agreement.",
    )
    assert event.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.slow
def test_a_later_sentence_does_not_replace_the_force_the_lead_named(pipeline: Pipeline) -> None:
    # the police station of the arrest sentence is no second force: the police of the lead intervened
    event = _one(
        pipeline,
        "On 22 June 2023, Kenyan police fired tear gas to disperse hundreds of protesters in Nairobi. "
        "Several protesters were arrested and taken to the Central police station.",
    )
    assert (event.actor1, event.actor2) == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_a_movement_s_crowd_fired_on_is_protesters(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 April 2024, police opened fire on Baloch Yakjehti Committee supporters gathering for a rally "
        "in Gwadar (Gwadar, Balochistan), killing two of them.",
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Excessive force against protesters",
        "Police Forces of Pakistan",
        "Protesters (Pakistan)",
    )
    assert event.assoc_actor_2 == "BYC: Baloch Yakjehti Committee"


@pytest.mark.slow
def test_a_district_the_model_calls_a_person_is_still_a_place(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Police arrested two JMB militants from Gazipur District on 19 January 2023.")
    assert (event.country, event.admin2) == ("Bangladesh", "Gazipur")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 5 May 2024, DRG personnel killed two Maoists in an encounter in Sukma (Sukma, Chhattisgarh).",
            "Police Forces of India",
        ),
        (
            "On 5 May 2024, C-60 commandos killed two Maoists in a gunfight in Gadchiroli (Maharashtra).",
            "Police Forces of India",
        ),
        (
            "On 5 May 2024, the Rapid Action Battalion arrested two JMB militants in Narayanganj.",
            "Police Forces of Bangladesh",
        ),
        (
            "On 5 May 2024, PLFI cadres shot dead a contractor in Khunti (Khunti, Jharkhand).",
            "PLFI: People's Liberation Front of India",
        ),
    ],
)
def test_south_asian_police_units_and_splinter_groups(pipeline: Pipeline, text: str, actor1: str) -> None:
    event = _one(pipeline, text)
    assert (event.actor1 or "").startswith(actor1), event.actor1


@pytest.mark.slow
def test_a_detention_whose_captive_went_missing_is_a_forced_disappearance(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 March 2023, Taliban intelligence officers detained a journalist in Herat city (Herat). "
        "His whereabouts remain unknown.",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    # a release told after an arrest changes nothing
    released = _one(pipeline, "On 4 May 2023, police arrested three PTI workers in Lahore. They were freed.")
    assert released.sub_event_type == "Arrests"


@pytest.mark.slow
def test_an_admin1_s_abbreviation_in_brackets_is_no_note_bracket(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "Two policemen were killed when terrorists attacked a check post in Lakki Marwat District in "
        "Khyber Pakhtunkhwa (KP) on March 3, 2024.",
    )
    assert (event.admin1, event.admin2) == ("Khyber Pakhtunkhwa", "Lakki Marwat")
    # the abbreviated unit still names the country: an unknown village is no namesake abroad
    village = _one(
        pipeline,
        "Two people were killed in a bomb blast at a mosque in Palai Union Council in Khyber Pakhtunkhwa "
        "(KP) on May 17, 2024.",
    )
    assert village.country == "Pakistan"


@pytest.mark.slow
def test_engaged_in_work_is_no_clash(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 5 May 2024, Maoists set ablaze three trucks engaged in road construction work near Kutru in "
        "Bijapur District.",
    )
    assert event.sub_event_type == "Looting/property destruction"
    fought = _one(pipeline, "On 5 May 2024, troops engaged in heavy fighting with al-Shabaab near Jowhar.")
    assert fought.sub_event_type == "Armed clash"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        (
            "Two CRPF troopers were injured in an IED blast triggered by Maoists near Tarrem in Bijapur "
            "District on June 11, 2023.",
            "Chhattisgarh",
            "Tarrem",
        ),
        (
            "Two KNF militants were killed in a gunfight with the Army in Ruma sub-district of Bandarban "
            "District on April 7, 2024.",
            "Chittagong",
            "Ruma",
        ),
    ],
)
def test_hill_tract_and_bastar_villages_are_known(
    pipeline: Pipeline, text: str, admin1: str, location: str
) -> None:
    event = _one(pipeline, text)
    assert (event.admin1, event.location) == (admin1, location)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 8 October 2023, ARSA cadres abducted two Rohingya youths from a camp in Ukhia (Cox's Bazar).",
        "On 3 May 2023, bandits abducted six Fulani youths in Bokkos (Plateau).",
        "On 3 May 2023, gunmen attacked Fulani youths in Bokkos (Plateau), injuring three.",
    ],
)
def test_an_ethnic_group_s_men_who_are_harmed_are_civilians(pipeline: Pipeline, text: str) -> None:
    assert (_one(pipeline, text).actor2 or "").startswith("Civilians")


@pytest.mark.slow
def test_a_unit_s_other_spelling_before_a_unit_word_is_a_place(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "Five Maoist cadres surrendered before the Police in Dantewada District on May 2, 2023."
    )
    assert (event.admin1, event.admin2) == ("Chhattisgarh", "Dakshin Bastar Dantewada")


@pytest.mark.slow
def test_a_movement_s_marchers_dispersed_are_the_protesters(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 27 July 2024, police baton-charged and detained Baloch Yakjehti Committee (BYC) activists who "
        "were marching towards Quetta (Quetta, Balochistan).",
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Protest with intervention",
        "Protesters (Pakistan)",
        "Police Forces of Pakistan",
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 8 July 2023, TMC and BJP supporters clashed with crude bombs in Dinhata (Cooch Behar, "
        "West Bengal).",
        "On 2 January 2024, Awami League and BNP activists clashed with sticks and crude bombs in Feni. "
        "One BNP activist was killed.",
    ],
)
def test_party_crowds_that_clash_with_bombs_are_rival_rioters(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.interaction) == ("Mob violence", 55)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "On 5 May 2024, militants stormed a police post in Tank (Khyber Pakhtunkhwa). "
            "Reports of fatalities range between 6 and 9.",
            6,
        ),
        (
            "On 5 May 2024, a car bomb exploded at a market in Baidoa (Bay). "
            "Reports vary between 8 and 14 fatalities.",
            8,
        ),
    ],
)
def test_a_tally_of_a_range_keeps_the_lowest(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_a_car_bomb_driven_into_a_checkpoint_takes_no_territory(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 9 June 2024, a suicide bomber drove a truck packed with explosives into an army checkpoint "
        "near Balad (Middle Shabelle), killing 4 soldiers.",
    )
    assert event.sub_event_type == "Suicide bomb"


@pytest.mark.slow
def test_who_planted_the_mine_a_vehicle_struck_is_actor1(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 12 August 2023, a truck carrying CJTF members hit a landmine planted by ISWAP militants "
        "near Dikwa (Borno), killing three of them.",
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 == "ISWAP: Islamic State West Africa Province"


@pytest.mark.slow
def test_a_spanish_unit_word_before_an_admin2_name_is_dropped(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 February 2023, police arrested 12 protesters in Macusani (Puno).")
    assert event.admin2 == "Carabaya"


@pytest.mark.slow
def test_a_place_said_to_lie_in_a_unit_is_not_its_namesake_abroad(pipeline: Pipeline) -> None:
    # Syria's Dar'a is no reading of "the Dara district of Panjshir" (GeoNames names the district only
    # Darah-e Hazara; the gazetteer patch adds "Dara")
    event = _one(
        pipeline,
        "On 3 June 2024, Taliban fighters clashed with NRF fighters in the Dara district of Panjshir "
        "province, killing three.",
    )
    assert (event.country, event.admin1) == ("Afghanistan", "Panjshir")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "On 6 May 2024, tribes exchanged fire over a land dispute in Pewar (Kurram, Khyber Pakhtunkhwa). "
            "At least 7 people were killed, though other sources put the toll at 10.",
            7,
        ),
        (
            "On 6 May 2024, a bomb exploded at a market in Parachinar (Kurram, Khyber Pakhtunkhwa). "
            "The blast killed 12 people, although hospital officials later put the toll at 16.",
            12,
        ),
        (
            "On 6 May 2024, soldiers and militants exchanged fire near Tump (Kech, Balochistan). "
            "According to the military, 4 militants were killed, while local sources reported 6 fatalities.",
            4,
        ),
    ],
)
def test_another_source_s_toll_after_though_or_as_fatalities_keeps_the_lowest(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_a_tally_of_other_dead_after_a_contrast_is_no_other_source(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 6 May 2024, militants attacked a police post in Kulachi (Dera Ismail Khan, Khyber Pakhtunkhwa). "
        "2 policemen were killed, while the police reported 3 fatalities among the policemen.",
    )
    assert event.fatalities == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 6 May 2024, the district governor was killed along with two guards when a bomb exploded in "
         "Khost city (Khost).", 3),
        ("On 6 May 2024, a police constable was killed along with two civilians in an attack in Tank "
         "(Tank, Khyber Pakhtunkhwa).", 3),
        ("On 6 May 2024, two soldiers were killed along with three civilians in Bannu (Bannu, Khyber "
         "Pakhtunkhwa).", 5),
        ("On 6 May 2024, gunmen killed a former commander along with two of his sons in Kandahar city "
         "(Kandahar).", 3),
    ],
)  # fmt: skip
def test_who_died_along_with_the_first_victim_are_counted(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 6 May 2024, police arrested two men with explosives in Sibi (Sibi, Balochistan).",
        "On 6 May 2024, police arrested three suspects carrying hand grenades in Mardan (Mardan, Khyber "
        "Pakhtunkhwa).",
        "On 6 May 2024, RAB arrested a JMB member with bomb-making materials in Rajshahi (Rajshahi).",
    ],
)
def test_weapons_the_arrested_carried_are_a_haul(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Arrests"


@pytest.mark.slow
def test_a_bomb_in_a_clause_of_its_own_beside_an_arrest_still_went_off(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 6 May 2024, police arrested two men after a bomb exploded at a market in Sibi (Sibi, "
        "Balochistan), killing one person.",
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 6 May 2024, unidentified attackers threw a hand grenade into a religious gathering in Herat "
         "city (Herat), wounding five people.", "Grenade"),
        ("On 6 May 2024, militants hurled a grenade at a PTI rally in Swabi (Swabi, Khyber Pakhtunkhwa), "
         "injuring six supporters.", "Grenade"),
        ("On 6 May 2024, protesters threw petrol bombs at police in Hyderabad (Hyderabad, Sindh).",
         "Violent demonstration"),
    ],
)  # fmt: skip
def test_an_armed_group_s_grenade_at_a_gathering_is_no_demonstration(
    pipeline: Pipeline, text: str, sub_event_type: str
) -> None:
    assert _one(pipeline, text).sub_event_type == sub_event_type


@pytest.mark.slow
def test_nepal_district_spellings_geonames_lacks_are_known(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 6 May 2024, a pressure cooker bomb exploded at the office of a hydropower company in "
        "Sindhupalchok district, damaging the building.",
    )
    assert event.country == "Nepal"
    assert event.admin1 == "Bagmati"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "On 6 May 2024, an air strike hit a market in Mindat (Chin), killing at least 30 civilians. "
            "Other reports put the toll at 21.",
            21,
        ),
        (
            "On 2 June 2024, gunmen attacked Tunga village (Bokkos, Plateau), killing 15 people. "
            "The toll stood at 9 according to the police.",
            9,
        ),
    ],
)
def test_a_later_toll_with_a_figure_is_a_conflicting_report(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_both_as_the_subject_of_a_death_counts_two(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 9 June 2024, villagers in Sololá (Sololá) beat two men accused of theft and set them alight. "
        "Both died.",
    )
    assert event.fatalities == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 11 March 2024, clan fighting near Tari (Hela) left at least 9 men dead.",
        "On 11 March 2024, tribal fighting in Tari (Hela) killed 9 people.",
    ],
)
def test_fighting_that_killed_is_a_clash_and_no_victim(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 9


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 5 April 2024, two gunmen shot and wounded a police detective in Derry (Northern Ireland).",
        "On 5 April 2024, gunmen shot dead a police commander in Zamora (Michoacan).",
    ],
)
def test_police_ranks_are_police(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.actor2 or "").startswith("Police Forces of")


@pytest.mark.slow
def test_shot_dead_with_the_object_parsed_under_dead_is_active(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 7 April 2024, gunmen shot dead the police chief of Uruapan (Michoacan).")
    assert (event.actor1 or "").startswith("Unidentified Armed Group")
    assert (event.actor2 or "").startswith("Police Forces of")


@pytest.mark.slow
def test_the_regions_a_named_group_fights_in_place_a_namesake_district(pipeline: Pipeline) -> None:
    # Karnataka's Bijapur district is far bigger; the Maoists fight in Chhattisgarh's
    event = _one(
        pipeline,
        "Two Security Force (SF) personnel were killed when Maoists triggered an Improvised Explosive "
        "Device (IED) blast in Bijapur District on March 4, 2023.",
    )
    assert (event.admin1, event.admin2) == ("Chhattisgarh", "Bijapur")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 5 April 2024, militants distributed threatening pamphlets in the main bazaar of Miranshah, "
        "warning shopkeepers not to sell music.",
        "On 9 May 2024, unknown men pasted posters in Sopore threatening panchayat members with death.",
        "On 2 February 2024, TTP militants distributed threat letters demanding extortion money from "
        "contractors in Dera Ismail Khan.",
    ],
)
def test_threatening_notices_handed_out_are_a_strategic_development(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert event.sub_event_type == "Other"
    assert event.fatalities == 0


@pytest.mark.slow
def test_posters_that_threaten_nobody_open_no_event(pipeline: Pipeline) -> None:
    text = "On 4 May 2024, party workers put up election posters across Multan."
    assert pipeline.extract_text(text, None) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2024, intelligence agents detained and disappeared a rights activist in Herat.",
        "On 3 June 2024, soldiers picked up 5 youths in Gulu and held them incommunicado.",
    ],
)
def test_a_detention_that_disappears_its_captives_is_a_disappearance(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.slow
def test_people_who_disappear_on_their_own_are_no_abduction(pipeline: Pipeline) -> None:
    text = "On 3 June 2024, the owners of a garment factory in Dhaka disappeared without paying wages."
    types = [e.sub_event_type for e in pipeline.extract_text(text, None)]
    assert "Abduction/forced disappearance" not in types


@pytest.mark.slow
def test_residents_who_exchange_fire_are_a_side_of_a_clash(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, members of two bus companies exchanged fire at a bus terminal in Durban, killing 2 "
        "drivers.",
    )
    assert event.sub_event_type == "Armed clash"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 7 July 2024, police detained 3 reporters covering a rally in Kandahar.",
        "On 7 July 2024, police arrested a journalist in Kandahar for reporting on a teachers' protest.",
    ],
)
def test_journalists_arrested_for_covering_a_protest_are_arrests(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Arrests"


@pytest.mark.slow
def test_people_taken_to_an_undisclosed_location_are_disappeared(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2024, soldiers picked up two students in Turbat and took them to an unknown location.",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor1 == "Military Forces of Pakistan"


@pytest.mark.slow
def test_people_arrested_and_taken_to_an_undisclosed_location_are_arrests(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2024, police arrested a blogger in Bamako and took him to an undisclosed location.",
    )
    assert event.sub_event_type == "Arrests"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 2 June 2024, troops killed 5 militants near Dir (Lower Dir). 3 soldiers were killed.", 8),
        ("On 2 June 2024, 5 khwarij were killed and 3 soldiers embraced shahadat near Dir (Lower Dir).", 8),
        ("On 2 June 2024, troops raided a hideout near Dir (Lower Dir). 3 soldiers embraced martyrdom.", 3),
        # the same dead told twice: a conflicting figure, the lowest kept
        ("On 2 June 2024, gunmen killed 5 policemen near Dir (Lower Dir). Others said 7 policemen died.", 5),
        ("On 2 June 2024, gunmen killed 5 policemen near Dir. Officials said 7 people were killed.", 5),
    ],
)
def test_a_later_count_of_other_dead_adds_and_martyrdom_is_a_death(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_weapons_recovered_from_the_arrested_are_their_haul(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 8 May 2024, police arrested four suspects in Multan (Punjab) and recovered pistols and hand "
        "grenades from them.",
    )
    assert event.sub_event_type == "Arrests"


@pytest.mark.slow
def test_a_flogging_is_an_attack(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 9 May 2024, the Taliban publicly flogged three men in Pul-e Khumri (Baghlan).")
    assert event.sub_event_type == "Attack"
    assert event.actor2 == "Civilians (Afghanistan)"


@pytest.mark.slow
def test_an_armed_group_ending_its_truce_changes_its_activity(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 June 2024, the ELN announced an end to the ceasefire with the government.")
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_onlookers_in_the_presence_of_are_no_side(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 May 2023, the Taliban publicly flogged two men in Charikar (Parwan) in the presence of local "
        "officials and residents.",
    )
    assert event.sub_event_type == "Attack"
    assert event.actor2 == "Civilians (Afghanistan)"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 3 June 2024, hundreds of students marched in Taipei against a tuition rise.", "Taipei City"),
        ("On 3 June 2024, hundreds of students marched in Lisbon against a tuition rise.", "Lisboa"),
    ],
)
def test_admin1_is_the_unit_acled_codes(pipeline: Pipeline, text: str, admin1: str) -> None:
    # Taipei lies in GeoNames' province 'Taiwan', which admin_names.json dissolves into its cities
    assert _one(pipeline, text).admin1 == admin1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin2"),
    [
        ("On 9 May 2024, JNIM militants fired rockets at a Malian army camp in Goundam.", "Goundam"),
        ("On 9 May 2024, JNIM militants fired rockets at a Malian army camp in Gao.", "Gao"),
        ("On 9 May 2024, MFDC rebels attacked an army post in Bignona.", "Bignona"),
        ("On 9 May 2024, Russian forces shelled Ukrainian positions near Robotyne.", "Polohivskyi"),
        ("On 9 May 2024, Pakistani forces fired rockets into the Sarkano district of Kunar.", "Sirkanay"),
    ],
)
def test_a_seat_town_lies_in_the_unit_named_after_it(pipeline: Pipeline, text: str, admin2: str) -> None:
    assert _one(pipeline, text).admin2 == admin2


@pytest.mark.parametrize(
    ("acled", "geonames"),
    [
        ("Lisbon", "Lisboa"),
        ("Trencin", "Trenčiansky kraj"),
        ("Skopje", "Grad Skopje"),
        ("Tirana", "Tiranë"),
        ("Haute Matsiatra", "Upper Matsiatra"),
        ("Khenj", "Khinj"),
        ("Jisr-Ash-Shugur", "Jisr al-Shughur"),
    ],
)
def test_acled_and_geonames_spellings_of_a_unit_compare_equal(acled: str, geonames: str) -> None:
    from flashpoint.evaluate.names import AdminAliases

    aliases = AdminAliases.load()
    assert aliases.admin_match(acled, geonames)
    assert aliases.canonical_admin(acled) == aliases.canonical_admin(geonames)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 9 May 2024, gunmen shot dead a Chinese hotel manager in Karachi.", "Civilians (China)"),
        ("On 9 May 2024, police detained 4 tailors in Herat for sewing suits.", "Civilians (Afghanistan)"),
    ],
)
def test_people_named_by_their_trade_are_civilians(pipeline: Pipeline, text: str, actor2: str) -> None:
    assert _one(pipeline, text).actor2 == actor2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 2 June 2024, a mob beat to death a Sri Lankan cook in Lahore.", "Civilians (Sri Lanka)"),
        ("On 2 June 2024, gunmen killed 2 South African engineers in Peshawar.", "Civilians (South Africa)"),
        ("On 2 June 2024, gunmen killed three South Sudanese traders in Nyala.", "Civilians (South Sudan)"),
    ],
)
def test_a_two_word_nationality_names_the_victims_country(pipeline: Pipeline, text: str, actor2: str) -> None:
    assert _one(pipeline, text).actor2 == actor2


@pytest.mark.slow
def test_a_group_named_after_a_second_conjunct_is_not_the_first_ones(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 March 2024, soldiers and members of the ELN clashed in Tame (Tame, Arauca).")
    assert event.actor1 == "Military Forces of Colombia"
    assert (event.actor2 or "").startswith("ELN")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "On 2 June 2024, rebels ambushed a patrol near Beni (North Kivu). "
            "A captain, a sergeant and a driver were killed.",
            3,
        ),
        ("On 2 June 2024, gunmen shot dead a farmer, a trader and a teacher in Dutsin-Ma (Katsina).", 3),
        # an abbreviated rank with its own "a" is one officer, though the model tags it as an organisation
        (
            "On 2 June 2024, militants attacked a police post in Bannu (Khyber Pakhtunkhwa). "
            "An SHO, a constable and a DSP were killed.",
            3,
        ),
        # one person named twice is one dead
        ("On 2 June 2024, gunmen shot dead a local leader, a teacher and activist, in Dutsin-Ma.", 1),
    ],
)
def test_a_list_of_single_people_counts_each(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_a_follow_up_count_of_deaths_is_the_toll(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 9 April 2024, an airstrike hit a market in Maaret al-Numan (Idleb). "
        "Local medics reported 14 deaths.",
    )
    assert event.fatalities == 14


@pytest.mark.slow
def test_a_captured_name_before_its_admin_units_is_a_place(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 8 March 2024, AA fighters captured Ramree (Kyaukpyu, Rakhine).")
    assert event.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.slow
def test_a_curfew_after_attacks_by_gunmen_is_the_curfew(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2024, the state government imposed a 24-hour curfew in Mangu (Plateau) following attacks "
        "by gunmen on several villages.",
    )
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 3 April 2024, police detained 15 people laying flowers in memory of a dissident in Minsk.",
        "On 3 April 2024, police detained dozens of mourners who laid wreaths for a jailed poet in Minsk.",
        "On 3 April 2024, police detained women taking part in a long march in Quetta (Balochistan).",
        "On 3 April 2024, police baton-charged and detained participants of a march in Quetta.",
    ],
)
def test_arrests_of_people_at_a_gathering_are_an_intervention(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1 or "").startswith("Protesters")


@pytest.mark.slow
def test_laying_a_wreath_with_no_arrest_is_no_protest(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "On 3 April 2024, the president laid a wreath at the war memorial in Minsk."
    )
    assert all(e.sub_event_type not in ("Peaceful protest", "Protest with intervention") for e in events)


@pytest.mark.slow
def test_young_men_who_beat_people_with_sticks_are_a_mob(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 5 May 2024, young men armed with sticks attacked migrants in Lorca, injuring 4."
    )
    assert event.sub_event_type == "Mob violence"
    assert (event.actor1 or "").startswith("Rioters")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 6 June 2024, armed youth clashed with youths from a village in Mayom, killing 7 people.",
        "On 6 June 2024, armed nomads and Hazara villagers clashed in Nawur. 4 people were killed.",
        "Three inmates were killed on 6 June 2024 when rival gangs fought inside a prison in Quito.",
    ],
)
def test_the_other_side_of_a_clash_fought_and_is_no_victim(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Armed clash"


@pytest.mark.slow
def test_a_deed_only_rumoured_does_not_type_the_mob_killing(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 May 2024, villagers beat a man to death in Mbale after rumours that he had abducted a girl.",
    )
    assert event.sub_event_type == "Mob violence"


@pytest.mark.slow
def test_arrests_of_people_who_had_protested_before_are_arrests(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 9 April 2024, police arrested 7 people in Holguin who had taken part in the protests of May 1.",
    )
    assert event.sub_event_type == "Arrests"


@pytest.mark.slow
def test_fans_who_clash_with_no_gun_or_force_are_rival_mobs(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 8 March 2024, fans of two football clubs clashed in Split, injuring 4 people.")
    assert event.sub_event_type == "Mob violence"
    assert (event.actor1 or "").startswith("Rioters")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2019, police dispersed a crowd of 200 people in Nairobi.",
        "Turkish police halted a May Day event in Istanbul on 4 March 2019, dispersing the crowds.",
    ],
)
def test_a_crowd_police_disperse_is_a_protest_with_intervention(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Protest with intervention"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "On 9 June 2024, militants attacked a check post in Wana. Officials said 5 attackers were "
            "killed, while 3 soldiers lost their lives.",
            8,
        ),
        ("On 9 June 2024, militants attacked a check post in Wana. 3 soldiers lost their lives.", 3),
        ("On 9 June 2024, two policemen lost their lives when gunmen opened fire on their van in Tank.", 2),
    ],
)
def test_people_who_lost_their_lives_died(pipeline: Pipeline, text: str, fatalities: int) -> None:
    event = _one(pipeline, text)
    assert event.fatalities == fatalities
    assert event.actor1 is None or not event.actor1.startswith("Police Forces")  # the dead are no killers


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 4 July 2024, gunmen attacked a police picket in Kandhkot, killing a constable.",
        "On 4 July 2024, militants opened fire on an FC picket in Panjgur. Nobody was hurt.",
    ],
)
def test_a_police_picket_is_a_post_not_a_protest(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Armed clash"


@pytest.mark.slow
def test_a_picket_held_by_people_is_still_a_protest(pipeline: Pipeline) -> None:
    text = "On 4 July 2024, teachers held a picket outside the police headquarters in Lahore."
    event = _one(pipeline, text)
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_a_patrol_that_came_under_fire_from_militants_was_attacked_by_them(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 6 June 2024, a police patrol came under fire from TTP militants near Bannu.")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "TTP: Tehreek-i-Taliban Pakistan"
    assert (event.actor2 or "").startswith("Police Forces of Pakistan")


@pytest.mark.slow
def test_a_bus_that_came_under_fire_is_the_target(pipeline: Pipeline) -> None:
    text = "On 6 June 2024, a passenger bus came under fire from gunmen near Parachinar, injuring 5."
    event = _one(pipeline, text)
    assert event.sub_event_type == "Attack"
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"


@pytest.mark.slow
def test_criticism_that_comes_under_fire_is_no_attack(pipeline: Pipeline) -> None:
    text = "On 6 June 2024, the government came under fire from opposition parties over the budget."
    assert pipeline.extract_text(text, None) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # a force that strikes abroad kills the place's civilians, not its own country's
        ("On 3 May 2024, Russian shelling killed a man in Kherson.", "Civilians (Ukraine)"),
        # at home the place's country is the force's
        ("On 3 May 2024, police shot and killed a man in Karachi.", "Civilians (Pakistan)"),
    ],
)
def test_a_man_a_force_kills_is_a_civilian_of_the_place(pipeline: Pipeline, text: str, victims: str) -> None:
    assert _one(pipeline, text).actor2 == victims


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # two words for the same side's dead, one figure a group's claim: the lowest
        (
            "On 3 June 2024, militants attacked a Levies checkpoint in Mastung. 3 policemen were killed, "
            "while the militants claimed to have killed 15 personnel.",
            3,
        ),
        # the dead of both sides add up
        (
            "On 3 June 2024, militants attacked a checkpoint in Mastung. 3 policemen and 2 militants were "
            "killed.",
            5,
        ),
    ],
)
def test_conflicting_tolls_of_one_side_keep_the_lowest(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 5 May 2024, gunmen attacked a police post in Zhob. A security personnel was killed.", 1),
        ("On 5 May 2024, gunmen attacked a police post in Zhob. A few policemen were injured.", 0),
    ],
)
def test_a_personnel_with_its_own_article_is_one_dead(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_the_encounter_of_an_operation_against_an_armed_side_is_its_fight(pipeline: Pipeline) -> None:
    text = (
        "On 4 May 2025, security forces launched an operation against militants in the hills near Zhob. "
        "2 militants were killed in the exchange of fire."
    )
    event = _one(pipeline, text)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2024, police charged teachers with batons at a march in Lyon.",
        "On 4 May 2024, riot police dispersed a student march in Valencia.",
    ],
)
def test_a_march_the_police_act_at_was_held(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Protest with intervention"


@pytest.mark.slow
def test_a_march_the_police_only_threaten_to_disperse_was_not_held(pipeline: Pipeline) -> None:
    text = "On 4 May 2024, police said they would disperse any march in Lyon."
    assert pipeline.extract_text(text, None) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 2 June 2024, police fired tear gas at nurses marching in Lilongwe, injuring four.",
            "Protest with intervention",
        ),
        (
            "On 2 June 2024, police opened fire on nurses marching in Lilongwe, wounding four of them.",
            "Excessive force against protesters",
        ),
        (
            "On 2 June 2024, police beat nurses marching in Lilongwe with clubs, injuring four.",
            "Excessive force against protesters",
        ),
        (
            "On 2 June 2024, police fired rubber bullets at nurses marching in Lilongwe, injuring four.",
            "Excessive force against protesters",
        ),
    ],
)
def test_injuries_from_crowd_control_weapons_alone_are_an_intervention(
    pipeline: Pipeline, text: str, sub_event_type: str
) -> None:
    assert _one(pipeline, text).sub_event_type == sub_event_type


@pytest.mark.slow
def test_weapons_flying_when_intercepted_are_disrupted(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 6 May 2024, air defences shot down two drones heading towards Belgorod.")
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.slow
def test_a_capture_in_a_pluperfect_relative_clause_is_no_territory_taken(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 9 March 2021, army helicopters bombed a convoy of rebels who had entered Niger from Libya "
        "near Dirkou.",
    )
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin2"),
    [
        (
            "On 3 June 2024, cattle raiders clashed with local youths in Rumbek East county (Lakes), leaving "
            "4 people dead.",
            "Rumbek East",
        ),
        (
            "On 2 May 2022, Russian soldiers shot dead two civilians in a village in Buchanskyi raion "
            "(Kyiv).",
            "Buchanskyi",
        ),
    ],
)
def test_a_note_county_or_raion_before_its_province_is_the_admin2(
    pipeline: Pipeline, text: str, admin2: str
) -> None:
    assert _one(pipeline, text).admin2 == admin2


@pytest.mark.slow
def test_a_note_bracket_admin1_picks_the_namesake_town_in_it(pipeline: Pipeline) -> None:
    # GeoNames has a larger La Democracia in Escuintla; the bracket names the one in Huehuetenango
    event = _one(
        pipeline,
        "On 2 June 2024, gunmen shot dead a shopkeeper in La Democracia (La Democracia, Huehuetenango).",
    )
    assert (event.admin1, event.admin2) == ("Huehuetenango", "La Democracia")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admins"),
    [
        (
            "On 5 May 2024, street vendors marched in Zomba to protest against their relocation.",
            ("Southern", "Zomba"),
        ),
        (
            "On 5 May 2024, police fired tear gas at protesting students in Mzuzu (Mzimba, Northern).",
            ("Northern", "Mzimba"),
        ),
    ],
)
def test_malawi_districts_lie_in_acled_regions(
    pipeline: Pipeline, text: str, admins: tuple[str, str]
) -> None:
    event = _one(pipeline, text)
    assert (event.admin1, event.admin2) == admins


@pytest.mark.slow
def test_mostar_lies_in_herzegovina_neretva(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 May 2024, rival football fans clashed in Mostar, injuring 3 people.")
    assert event.admin2 == "Herzegovina-Neretva"


@pytest.mark.slow
def test_male_is_its_own_admin1(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, opposition supporters held a rally in Male demanding the release of activists.",
    )
    assert event.admin1 == "Male"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 3 March 2024, ISS militants attacked a checkpoint near Bosaso, killing 2 soldiers.",
            "Islamic State (Somalia)",
        ),
        (
            "On 5 May 2024, fighters of the resistance front attacked a Taliban checkpoint in Panjshir, "
            "killing 2 Taliban fighters.",
            "NRF: National Resistance Front",
        ),
        (
            "On 5 May 2024, militants of The Resistance Front shot dead a labourer in Srinagar "
            "(Srinagar, Jammu and Kashmir).",
            "TRF: The Resistance Front",
        ),
    ],
)
def test_group_names_read_by_the_country(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert _one(pipeline, text).actor1 == actor1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 14 September 2023, gunmen shot dead the driver in Khuzdar town (Khuzdar, Balochistan).", 1),
        ("On 14 September 2023, a hand grenade thrown into a shop in Turbat killed the shopkeeper.", 1),
    ],
)
def test_a_definite_victim_first_named_by_a_finite_killing_verb_is_one(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 26 July 2023, the presidential guard ousted President Mohamed Bazoum in a coup in Niamey.",
        "On 8 April 2024, junior officers ousted General Mamady Doumbouya in Conakry (Conakry).",
    ],
)
def test_a_titled_person_ousted_is_no_territory_regained(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract_text(text, None)
    assert all(e.sub_event_type != "Government regains territory" for e in events)


@pytest.mark.slow
def test_troops_who_oust_a_group_from_a_town_still_regain_it(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 5 May 2024, troops ousted al Shabaab fighters from Bulo Burte (Hiraan).")
    assert event.sub_event_type == "Government regains territory"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 2 March 2024, two clans signed a peace agreement in Baidoa (Bay), ending a feud over grazing "
            "land that had left several herders dead.",
            "Agreement",
        ),
        (
            "On 9 June 2024, police arrested three men who had killed a trader in Kohat (Kohat, Khyber "
            "Pakhtunkhwa).",
            "Arrests",
        ),
    ],
)
def test_a_toll_in_a_pluperfect_relative_clause_is_the_past_of_its_noun(
    pipeline: Pipeline, text: str, sub_event_type: str
) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == (sub_event_type, 0)


@pytest.mark.slow
def test_kukawa_town_lies_in_kukawa_lga(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 6 May 2024, ISWAP fighters attacked a military base in Kukawa, Borno State.")
    assert (event.admin1, event.admin2) == ("Borno", "Kukawa")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin2"),
    [
        (
            "On 3 April 2023, gunmen killed 2 farmers in Tole kebele (West Wellega, Oromia).",
            "Ethiopia",
            "West Wellega",
        ),
        (
            "On 3 April 2023, gunmen killed 2 villagers in Bani chiefdom (Kailahun, Eastern).",
            "Sierra Leone",
            "Kailahun",
        ),
    ],
)
def test_a_local_unit_word_before_the_brackets_keeps_the_note_place(
    pipeline: Pipeline, text: str, country: str, admin2: str
) -> None:
    """A kebele, woreda, chiefdom or ward named before a note's brackets is read in the brackets' country,
    not as a namesake abroad (Tole in Panama, Bani in the Dominican Republic)."""
    event = _one(pipeline, text)
    assert (event.country, event.admin2) == (country, admin2)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 3 May 2023, gunmen killed two men in Saida (South).", "South"),
        ("On 3 May 2023, gunmen killed two men in Tripoli (North).", "North"),
    ],
)
def test_a_lone_direction_bracket_picks_the_namesake_of_its_country(
    pipeline: Pipeline, text: str, admin1: str
) -> None:
    """'South' alone is a stoplisted word, but as the only unit of a note's bracket it is the admin1 that
    chooses among the namesakes of the name before it: Lebanon's Saida and Tripoli, not Algeria's or
    Libya's."""
    event = _one(pipeline, text)
    assert (event.country, event.admin1) == ("Lebanon", admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("On 3 July 2023, Taliban officials tortured a former soldier to death in Ghazni city (Ghazni).", 1),
        ("On 9 May 2024, a man strangled his wife to death in Multan (Punjab).", 1),
        ("On 9 May 2024, villagers clubbed a suspected cattle thief to death in Ghotki (Sindh).", 1),
    ],
)
def test_torture_strangling_and_clubbing_to_death_kill(pipeline: Pipeline, text: str, deaths: int) -> None:
    assert _one(pipeline, text).fatalities == deaths


@pytest.mark.slow
def test_the_dead_after_as_well_as_count(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 June 2024, a suicide bomber struck a police van in Kohat (Khyber Pakhtunkhwa). "
        "4 policemen were killed, as well as the bomber.",
    )
    assert event.fatalities == 5


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 11 June 2024, gunmen attacked a camp of labourers in Harnai (Balochistan) with rockets and "
            "grenades and opened fire, killing 7 labourers.",
            "Attack",
        ),
        (
            "On 11 June 2024, militants attacked a Levies post in Kohlu (Balochistan) with rockets and "
            "rifles. No casualties were reported.",
            "Armed clash",
        ),
        (
            "On 11 June 2024, militants fired rockets at a Levies post in Kohlu (Balochistan). "
            "No casualties were reported.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_rockets_in_a_ground_assault_are_no_shelling(
    pipeline: Pipeline, text: str, sub_event_type: str
) -> None:
    assert _one(pipeline, text).sub_event_type == sub_event_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 2 May 2021, unidentified men abducted two student leaders after a protest in Bulawayo "
            "(Bulawayo).",
            "Abduction/forced disappearance",
        ),
        (
            "On 2 May 2021, police arrested two student leaders after a protest in Bulawayo (Bulawayo).",
            "Arrests",
        ),
    ],
)
def test_a_protest_only_named_as_the_occasion_of_a_seizure_is_no_event(
    pipeline: Pipeline, text: str, sub_event_type: str
) -> None:
    assert _one(pipeline, text).sub_event_type == sub_event_type


@pytest.mark.slow
def test_unidentified_arsonists_are_no_crowd(pipeline: Pipeline) -> None:
    text = (
        "On 8 July 2023, unidentified arsonists set fire to a ruling party office in Kisumu (Kisumu) "
        "at night."
    )
    event = _one(pipeline, text)
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1 != "Rioters (Kenya)"


@pytest.mark.slow
def test_old_geonames_prefecture_names_become_acled_names(pipeline: Pipeline) -> None:
    text = "On 3 June 2023, CPC rebels killed two farmers near Sibut (Kemo)."
    assert _one(pipeline, text).admin1 == "Kemo"


@pytest.mark.slow
def test_an_agent_after_its_adjective_is_actor1(pipeline: Pipeline) -> None:
    # the small model makes 'paramilitary' the object of 'by' and the name the subject of 'hit'
    event = _one(
        pipeline,
        "On 9 June 2023, shells fired by the paramilitary Rapid Support Forces (RSF) hit a residential "
        "neighbourhood in Omdurman, killing five civilians.",
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1 == "RSF: Rapid Support Forces"
    assert event.actor2 == "Civilians (Sudan)"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "On 4 June 2024, a suicide bomber blew himself up at a market in Bannu, "
            "killing 3 civilians in addition to the attacker.",
            4,
        ),
        (
            "On 4 June 2024, a suicide bomber struck a checkpoint in Bannu. "
            "Two policemen were killed in addition to the bomber.",
            3,
        ),
        (
            "On 4 June 2024, a suicide bomber struck a government office in Kabul, "
            "killing a deputy governor and 4 others in addition to the bomber.",
            6,
        ),
    ],
)
def test_the_dead_in_addition_to_the_named_ones_count(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
def test_officials_who_tell_of_dead_fighters_are_no_side(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "A sticky bomb attached to a Taliban vehicle exploded in Kunduz city on 3 May 2023, "
        "killing three Taliban members, provincial officials said.",
    )
    assert event.actor1 == "Unidentified Armed Group (Afghanistan)"


@pytest.mark.slow
def test_police_who_tell_of_dead_militants_killed_them(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 5 May 2024, three TTP militants were killed in Lakki Marwat, police said.")
    assert event.actor1 == "Police Forces of Pakistan"


@pytest.mark.slow
def test_amba_fighters_are_the_ambazonian_separatists(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 June 2024, Amba fighters kidnapped a teacher in Kumba (Meme, Sud-Ouest).")
    assert event.actor1 == "Ambazonian Separatists"


@pytest.mark.slow
def test_a_town_inside_a_building_s_name_is_no_place_when_the_building_is_placed(pipeline: Pipeline) -> None:
    # Planalto is also a municipality of Bahia; the palace stands in Brasilia, as the note says
    event = _one(
        pipeline,
        "On 8 January 2023, supporters of Jair Bolsonaro stormed the Planalto Palace in Brasilia and "
        "vandalised offices.",
    )
    assert event.admin1 == "Distrito Federal"
    assert event.location == "Brasília"


@pytest.mark.slow
def test_a_town_named_like_its_province_by_an_alternate_spelling_is_the_town(pipeline: Pipeline) -> None:
    # GeoNames spells the city Dar'a and the district Daraa; the province is Dar'a too
    event = _one(pipeline, "On 8 June 2023, shelling hit Daraa, killing two civilians.")
    assert event.geo_precision == 1
    assert event.admin1 == "Dar'a" and event.admin2 == "Daraa"


@pytest.mark.slow
def test_a_town_reached_by_its_province_s_spelling_is_the_town(pipeline: Pipeline) -> None:
    # "Hama" is the province's own name and the city's other spelling (GeoNames: Hamah); the city's
    # district, which GeoNames gives no town, takes the city's point
    event = _one(pipeline, "On 4 April 2024, shelling hit Hama, killing two civilians.")
    assert (event.admin1, event.admin2, event.geo_precision) == ("Hama", "Hama", 1)


@pytest.mark.slow
def test_a_name_the_text_calls_a_state_is_the_state_not_its_capital(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 5 May 2023, SAF air strikes hit villages in Khartoum state.")
    assert (event.admin1, event.admin2, event.geo_precision) == ("Khartoum", None, 3)


@pytest.mark.slow
def test_a_place_said_to_lie_in_a_town_is_no_namesake_in_another_province(pipeline: Pipeline) -> None:
    # Jacarezinho is also a town of Parana; the favela is in Rio, which the gazetteer lacks it in
    event = _one(
        pipeline, "On 6 May 2021, police raided the Jacarezinho favela in Rio de Janeiro, killing 28 people."
    )
    assert event.admin1 == "Rio de Janeiro"


@pytest.mark.slow
def test_a_district_without_towns_in_geonames_is_shown_at_its_province_s_point(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 5 June 2022, Al-Sunnah wa Jama'ah insurgents attacked Quissanga, killing 2 civilians."
    )
    assert event.actor1 == "Ahlu Sunnah Wa-Jama"
    assert (event.admin1, event.admin2, event.geo_precision) == ("Cabo Delgado", "Quissanga", 3)
    assert event.latitude is not None and -14 < event.latitude < -10


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 14 July 2024, Jamaat-ul-Ahrar announced that it had merged with the TTP in Mohmand.",
            "JuA: Jamaat-ul-Ahrar",
        ),
        (
            "On 14 July 2024, the Hafiz Gul Bahadur group announced that it had merged with the TTP in North "
            "Waziristan.",
            "Hafiz Gul Bahadur Group",
        ),
    ],
)
def test_a_group_announcing_its_own_merger_is_the_actor(pipeline: Pipeline, text: str, actor1: str) -> None:
    # "it" in the announced clause is the group that announced it
    event = _one(pipeline, text)
    assert event.sub_event_type == "Change to group/activity"
    assert (event.actor1, event.actor2) == (actor1, "TTP: Tehreek-i-Taliban Pakistan")


@pytest.mark.slow
def test_a_fixed_day_holiday_dates_the_event(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Gunmen killed three worshippers in Bokkos on Christmas Eve, police said.", dt.date(2023, 12, 27)
    )
    assert [(e.event_date, e.time_precision) for e in events] == [(dt.date(2023, 12, 24), 1)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2024, the government declared a state of emergency in Maradi (Maradi) after attacks by "
        "bandits on several villages.",
        "On 12 May 2023, the National Assembly approved a state of exception in Tegucigalpa (Francisco "
        "Morazan) to fight extortion gangs.",
        "On 8 June 2024, the government declared an internal armed conflict against criminal gangs in "
        "Guayaquil (Guayas).",
    ],
)
def test_a_declared_state_of_emergency_changes_the_state_activity(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_a_president_named_by_title_is_the_government(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 February 2024, President John Mahama declared a state of emergency in Bawku (Upper East).",
    )
    assert event.actor1 == "Government of Ghana"


@pytest.mark.slow
def test_a_prime_minister_shot_is_attacked_not_fought(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 4 June 2024, a gunman shot and wounded Prime Minister Ana Costa in Braga (Braga)."
    )
    assert event.sub_event_type == "Attack"
    assert event.actor2 == "Government of Portugal"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 18 July 2021, soldiers seized power in Conakry (Conakry) and suspended the constitution.",
        "On 2 March 2022, army officers deployed tanks around the presidential palace in Bissau (Bissau) "
        "in a failed coup attempt.",
    ],
)
def test_a_military_coup_is_a_strategic_development(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Other"


@pytest.mark.slow
def test_the_ousted_leader_held_in_a_coup_is_no_arrest_of_its_own(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 18 July 2021, soldiers seized power in Conakry (Conakry) and placed the president under house "
        "arrest.",
    )
    assert event.sub_event_type == "Other"


@pytest.mark.slow
def test_an_announced_merger_is_dated_by_its_announcement(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 6 July 2024, the Jamaat-ul-Ahrar announced that it had merged with two smaller militant factions "
        "in Mohmand (Mohmand, Khyber Pakhtunkhwa).",
    )
    assert event.sub_event_type == "Change to group/activity"
    assert event.time_precision == 1


@pytest.mark.slow
def test_an_order_to_suspend_female_staff_is_a_change_of_activity(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 March 2023, the Taliban ordered all UN agencies in Herat (Herat) to suspend their female "
        "staff.",
    )
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_a_man_lynched_from_a_police_station_is_the_victim(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 March 2024, a mob dragged a man accused of theft out of a police station in Sialkot (Sialkot, "
        "Punjab) and lynched him.",
    )
    assert event.sub_event_type == "Mob violence"
    assert event.actor2 == "Civilians (Pakistan)"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2024, gunmen attacked a police checkpoint in Lakki Marwat (Lakki Marwat, Khyber "
        "Pakhtunkhwa) with rocket launchers and automatic weapons, killing 3 policemen.",
        "On 2 May 2024, militants fired rockets and opened fire on a police checkpoint in Lakki Marwat "
        "(Lakki Marwat, Khyber Pakhtunkhwa), killing 3 policemen.",
    ],
)
def test_rockets_in_a_ground_assault_with_gunfire_make_no_shelling(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Armed clash"


@pytest.mark.slow
def test_village_volunteers_are_an_armed_militia(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 May 2024, Kuki and Meitei village volunteers exchanged fire near Moreh (Tengnoupal, Manipur).",
    )
    assert event.sub_event_type == "Armed clash"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 12 August 2024, police officers detained an opposition activist in Matagalpa. "
        "His whereabouts are unknown.",
        "On 12 August 2024, police officers detained an opposition activist in Matagalpa. "
        "His whereabouts are still unknown.",
        "On 12 August 2024, police officers detained an opposition activist in Matagalpa. "
        "His whereabouts remain unclear.",
    ],
)
def test_a_detention_with_whereabouts_unknown_is_a_disappearance(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.slow
def test_forces_that_take_a_place_together_are_allies(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 14 November 2023, the Malian army and Wagner fighters took control of Kidal city (Kidal).",
    )
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1 == "Military Forces of Mali"
    assert event.actor2 is None
    assert "Wagner Group" in (event.assoc_actor_1 or "")


@pytest.mark.slow
def test_a_polisario_text_places_smara_in_western_sahara(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 29 October 2023, projectiles fired by Polisario Front fighters struck residential areas "
        "in Smara, killing one civilian.",
    )
    assert event.country == "Morocco"
    assert event.location == "Smara"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "Kosovo police said one officer was killed when armed men opened fire on a patrol near Zvecan "
            "on 24 September 2023.",
            "Police Forces of Kosovo",
        ),
        (
            "On 3 May 2024, gunmen killed two officers at a checkpoint in Bannu, police said.",
            "Police Forces of Pakistan",
        ),
        (
            "Police said an election officer was shot dead by gunmen in Dera Ismail Khan on 8 February 2024.",
            "Civilians (Pakistan)",
        ),
    ],
)
def test_a_bare_officer_in_a_sentence_naming_the_police_is_police(
    pipeline: Pipeline, text: str, actor2: str
) -> None:
    assert _one(pipeline, text).actor2 == actor2


@pytest.mark.slow
def test_a_note_tally_after_the_attackers_death_is_the_total(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 12 April 2024, a suicide bomber drove an explosives-laden car into a police van in Tank. "
        "Four policemen were killed. The bomber also died. Fatalities coded as 5.",
    )
    assert event.fatalities == 5


@pytest.mark.slow
def test_an_abducted_protest_organiser_opens_no_protest(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 July 2024, unknown gunmen abducted a rally organiser in Kisumu.")
    assert event.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.slow
def test_a_cache_recovered_in_a_town_takes_no_town(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 9 May 2024, a large cache of arms and ammunition was recovered in Bannu.")
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 4 April 2024, a faction of the rebel movement laid down its weapons at a ceremony in Bignona "
        "(Ziguinchor).",
        "On 4 April 2024, rebel fighters handed over a cache of weapons to the army in Bignona (Ziguinchor).",
    ],
)
def test_weapons_laid_down_or_handed_over_are_a_disarmament(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Change to group/activity"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 4 April 2024, the army handed out weapons to volunteers in Kharkiv (Kharkiv).",
        "On 4 April 2024, the government urged the rebels to lay down their weapons in Bignona (Ziguinchor).",
    ],
)
def test_weapons_handed_out_or_an_appeal_to_disarm_is_no_disarmament(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in pipeline.extract_text(text, None)] == []


@pytest.mark.slow
def test_a_town_handed_over_is_still_a_transfer(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 4 April 2024, the rebels handed over the town of Kidal to the army.")
    assert event.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.slow
def test_an_abduction_stays_an_abduction_when_the_body_is_found_another_day(pipeline: Pipeline) -> None:
    # ACLED's event is one day's: the body found the next day is no death of the abduction's day
    event = _one(
        pipeline,
        "On 5 April 2024, gunmen kidnapped a trader in Kano (Kano). His body was found the next day.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Abduction/forced disappearance", 0)


@pytest.mark.slow
def test_a_body_found_after_a_killing_is_no_second_death(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 5 April 2024, gunmen shot dead a trader in Kano (Kano). Police recovered his body the next day.",
    )
    assert event.fatalities == 1


@pytest.mark.slow
def test_a_person_picked_up_by_armed_men_is_abducted(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 6 April 2024, a student was picked up by unknown men in Turbat (Kech, Balochistan).",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.slow
def test_a_province_that_owns_a_place_contains_it(pipeline: Pipeline) -> None:
    # GeoNames lacks Kani, Myanmar; its namesake in Japan is no reading of a township Sagaing owns
    event = _one(pipeline, "On 3 May 2023, soldiers burned houses in Sagaing Region's Kani Township.")
    assert (event.country, event.admin1) == ("Myanmar", "Sagaing")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin2"),
    [
        # GeoNames' Israeli "Gaza" subdistrict is dropped, and Israel borders Palestine: neither Israel's
        # relic nor Mozambique's Gaza province
        ("On 2 March 2024, Israeli strikes on Gaza killed 20 people.", "Gaza"),
        ("On 2 March 2024, an Israeli air strike killed 9 people in Khan Younis.", "Khan Yunis"),
    ],
)
def test_a_country_named_in_the_text_speaks_for_its_neighbours(
    pipeline: Pipeline, text: str, admin2: str
) -> None:
    event = _one(pipeline, text)
    assert (event.country, event.admin1, event.admin2) == ("Palestine", "Gaza Strip", admin2)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 2 March 2024, an Israeli strike on a house in Rafah killed 6 people.", "Air/drone strike"),
        ("On 2 March 2024, a US strike killed a Houthi commander in Sanaa.", "Air/drone strike"),
        # soldiers who strike a hideout fight on the ground; workers on strike hold a protest
        ("On 2 March 2024, soldiers struck a militant hideout in Bannu, killing 4 militants.", "Armed clash"),
        ("On 2 March 2024, workers went on strike in Lahore over unpaid wages.", "Peaceful protest"),
        # a force that fires on people on strike meets a demonstration
        (
            "On 2 March 2024, police fired on striking workers in Lahore, killing 2.",
            "Excessive force against protesters",
        ),
    ],
)
def test_an_army_s_strike_is_delivered_from_afar(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert _one(pipeline, text).sub_event_type == sub_event_type


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, the junta issued a decree in Naypyidaw (Nay Pyi Taw) dissolving four parties.",
        "On 9 May 2024, the Taliban announced a new law in Herat (Herat) requiring men to grow beards.",
        "On 2 June 2024, the provincial government banned all rallies in Quetta (Quetta, Balochistan).",
        "On 5 July 2024, the cabinet approved a ban on the Baloch Students Organisation in Islamabad.",
    ],
)
def test_a_new_decree_law_or_ban_changes_the_rulers_activity(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Change to group/activity"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 7 October 2023, the Taliban held a military parade in Kabul city (Kabul) with seized vehicles.",
        "On 6 May 2024, the authorities forcibly evicted hundreds of families from their homes in Gizab.",
    ],
)
def test_a_military_parade_or_a_forced_eviction_is_other(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Other"


@pytest.mark.slow
def test_a_group_of_men_beating_people_without_weapons_is_a_mob(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 June 2024, a group of men beat two delivery workers and smashed their bikes in Larnaca.",
    )
    assert event.sub_event_type == "Mob violence"
    assert event.actor1 == "Rioters (Cyprus)"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2"),
    [
        (
            "On 3 May 2023, a group of men shot dead a shopkeeper in Turbat (Kech, Balochistan).",
            "Attack",
            None,
        ),
        (
            "On 3 May 2023, a group of men attacked a police checkpost in Turbat (Kech, Balochistan), "
            "killing a constable.",
            "Armed clash",
            "Police Forces of Pakistan",
        ),
    ],
)
def test_a_group_of_men_who_shoot_or_kill_police_is_an_armed_group(
    pipeline: Pipeline, text: str, sub_event_type: str, actor2: str | None
) -> None:
    event = _one(pipeline, text)
    assert event.sub_event_type == sub_event_type
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"
    if actor2 is not None:
        assert event.actor2 == actor2


@pytest.mark.slow
def test_protesters_demanding_something_who_set_fire_riot(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 November 2021, protesters demanding the Prime Minister's resignation set fire to shops in "
        "Auki.",
    )
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1 == "Rioters (Solomon Islands)"


@pytest.mark.slow
def test_an_announced_widening_of_attacks_changes_the_groups_activity(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, Ansar Allah announced it would extend its attacks to ships in the Mediterranean Sea.",
    )
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor1 == "Ansar Allah"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, residents angry over water shortages set tyres alight on the main road in "
        "Mamelodi (Tshwane, Gauteng). Police fired rubber bullets at them.",
        "On 9 June 2024, youths torched tyres and blocked the highway in Nyeri (Nyeri) to protest the "
        "killing of a trader.",
    ],
)
def test_tyres_a_crowd_sets_alight_are_crowd_violence(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Violent demonstration"


@pytest.mark.slow
def test_people_gathered_to_welcome_someone_are_no_protesters(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 7 May 2024, ISKP gunmen opened fire on Hazara civilians who had gathered to welcome pilgrims "
        "returning from Mashhad in Bamyan (Bamyan), killing 6 people.",
    )
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Afghanistan)")


@pytest.mark.slow
def test_weapons_assailants_are_armed_with_do_not_type_the_event(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, militants armed with rocket launchers and hand grenades stormed a village in "
        "Kidal (Kidal) and killed 6 herders.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Attack", 6)


@pytest.mark.slow
def test_a_banned_league_or_party_is_a_change_to_group(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 June 2024, the government banned the Awami Students League in Dhaka (Dhaka) under the "
        "Special Powers Act.",
    )
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_a_claimed_toll_the_other_side_denies_is_none(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 6 June 2024, rebels attacked an army post in Kalehe (South Kivu). The rebels claimed to have "
        "killed 5 soldiers, but the army denied any casualties.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 0)


@pytest.mark.slow
def test_a_later_count_holds_the_dead_a_note_named(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 June 2024, a suicide bomber blew himself up at a mosque in Jalalabad (Nangarhar), killing "
        "cleric Abdul Rahman Hakimi. 5 people, including the bomber, were killed.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 5)


@pytest.mark.slow
def test_an_incident_a_day_apart_is_background_of_the_main_clause(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 5 June 2024, rival clans exchanged heavy gunfire in Baidoa (Bay), a day after a bus carrying "
        "passengers was ambushed. 4 people were killed.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 4)


@pytest.mark.slow
def test_clashes_between_two_crowds_of_one_kind_are_mob_violence(pipeline: Pipeline) -> None:
    # one noun with two coordinated modifiers names both sides: the dead are their toll, not an attack
    event = _one(
        pipeline,
        "Clashes between Christian and Muslim youths in Kaduna on 2 June 2024 left three people dead.",
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence",
        "Rioters (Nigeria)",
        "Rioters (Nigeria)",
    )


@pytest.mark.slow
def test_a_bomber_killed_in_the_blast_makes_a_suicide_bomb(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "A bomb exploded outside a church in Surabaya (East Java) on 2 June 2024, wounding 12 worshippers. "
        "Police said the bomber was killed in the blast.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 1)


@pytest.mark.slow
def test_the_us_led_coalition_is_an_actor_not_a_place(pipeline: Pipeline) -> None:
    event = _one(pipeline, "A roadside bomb hit a US-led coalition supply convoy near Samawa on 2 June 2024.")
    assert (event.country, event.actor2) == ("Iraq", "Global Coalition Against Daesh")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 2 February 2025, the army handed over the Gao military base to a UN contingent (Gao).",
        "On 14 May 2024, foreign troops handed over the Ouallam military base to the Nigerien army.",
    ],
)
def test_a_base_handed_over_is_a_transfer(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Non-violent transfer of territory"


@pytest.mark.slow
def test_a_definite_victim_beside_an_indefinite_one_is_another_person(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, gunmen opened fire on a vaccination team in Tank (Tank, Khyber Pakhtunkhwa), killing "
        "a vaccinator and the driver of their vehicle.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Attack", 2)


@pytest.mark.slow
def test_a_word_of_an_unknown_izafa_name_is_no_place(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "Gunmen shot dead two money changers in the Qala-e-Wahid neighbourhood of Herat city on 6 May 2024, "
        "police said.",
    )
    assert (event.country, event.admin1) == ("Afghanistan", "Herat")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1", "admin2", "location"),
    [
        # the territory's own districts are ACLED's admin2
        (
            "On 4 June 2021, police arrested a woman at Victoria Park in Causeway Bay, Hong Kong, during a "
            "banned vigil.",
            "Hong Kong",
            "Eastern",
            None,
        ),
        # named alone, the territory is the place, at province precision
        ("On 20 December 2019, hundreds of protesters rallied in Macau.", "Macau", None, "Macau"),
    ],
)
def test_a_territory_acled_codes_as_a_province_is_in_its_country(
    pipeline: Pipeline, text: str, admin1: str, admin2: str | None, location: str | None
) -> None:
    event = _one(pipeline, text)
    assert (event.country, event.admin1) == ("China", admin1)
    if admin2 is not None:
        assert event.admin2 == admin2
    if location is not None:
        assert (event.location, event.geo_precision) == (location, 3)
        assert event.latitude is not None and event.longitude is not None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2024, the NRF said its fighters ambushed a Taliban patrol in Rukha district (Panjshir), "
        "killing 3 Taliban members.",
        "The TNLA said on 8 April 2024 that its fighters had clashed with the military near Namhsan (Shan).",
    ],
)
def test_a_notes_full_date_on_the_verb_of_saying_dates_the_told_incident(
    pipeline: Pipeline, text: str
) -> None:
    event = _one(pipeline, text)
    assert event.time_precision == 1
    assert event.event_date in (dt.date(2024, 3, 12), dt.date(2024, 4, 8))


@pytest.mark.slow
def test_a_day_of_the_told_clause_beats_the_day_of_saying(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 14 March 2024, the NRF said its fighters ambushed a Taliban patrol in Rukha district (Panjshir) "
        "on 12 March, killing 3 Taliban members.",
    )
    assert (event.event_date, event.time_precision) == (dt.date(2024, 3, 12), 1)


@pytest.mark.slow
def test_irans_unnamed_security_forces_facing_a_crowd_are_police(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 October 2022, security forces fired live ammunition at protesters in Sanandaj (Kurdistan), "
        "killing 3.",
    )
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1 == "Police Forces of Iran"


@pytest.mark.slow
def test_unnamed_security_forces_facing_a_crowd_elsewhere_stay_military(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 October 2022, security forces fired live ammunition at protesters in Omdurman (Khartoum), "
        "killing 3.",
    )
    assert event.actor1 == "Military Forces of Sudan"


@pytest.mark.slow
def test_a_theft_the_victim_was_caught_at_is_why_the_mob_killed_him(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2024, villagers beat a man to death in Kisumu (Kisumu) after they caught him stealing a "
        "goat.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Mob violence", 1)


@pytest.mark.slow
def test_police_arresting_men_caught_stealing_is_no_event(pipeline: Pipeline) -> None:
    text = "On 3 May 2024, police arrested two men caught stealing copper cables in Nairobi (Nairobi)."
    assert pipeline.extract_text(text, None) == []


@pytest.mark.slow
def test_cattle_rustlers_who_kill_villagers_are_an_armed_group(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2024, cattle rustlers attacked a village in Ihosy (Ihorombe), killing 2 villagers and "
        "stealing 50 zebus.",
    )
    assert (event.sub_event_type, event.actor1) == ("Attack", "Unidentified Armed Group (Madagascar)")


@pytest.mark.slow
def test_a_ban_during_ashura_processions_is_no_demonstration(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 16 July 2024, the Punjab home department banned pillion riding in Lahore (Punjab) during "
        "Muharram processions.",
    )
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_an_order_to_stop_teaching_girls_restricts_women(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 5 March 2024, the Taliban ordered schools in Herat (Herat) to stop teaching girls above grade "
        "six.",
    )
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor1 == "Military Forces of Afghanistan"


@pytest.mark.slow
def test_institutes_that_admit_women_bar_no_one(pipeline: Pipeline) -> None:
    text = "On 2 December 2024, the university admitted women to its medical courses in Kabul (Kabul)."
    assert pipeline.extract_text(text, None) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 14 May 2024, dozens of inmates escaped from the central prison in Maradi (Maradi).",
        "On 3 June 2024, four detainees escaped from a police station in Kenema (Eastern).",
    ],
)
def test_inmates_who_escape_are_a_strategic_development(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Other"


@pytest.mark.slow
def test_a_group_suspending_its_attacks_changes_its_activity(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 June 2024, the rebel group announced in Tibesti (Tibesti) that it was suspending its attacks "
        "on the army.",
    )
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 8 June 2024, unidentified men set fire to two lorries at a quarry near Temuco (Araucania).",
        "On 8 June 2024, masked men burned three buses in a depot in Osorno (Los Lagos).",
    ],
)
def test_trucks_and_buses_burned_are_property_destroyed(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Looting/property destruction"


@pytest.mark.slow
def test_weapons_handed_in_at_a_place_hand_over_no_place(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 15 May 2024, 40 members of the CPC handed over their weapons to MINUSCA in Bambari (Ouaka).",
    )
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_a_named_leader_escaping_from_prison_is_a_strategic_development(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 3 June 2024, gang leader Juan Perez escaped from the regional prison in Cuenca (Azuay)."
    )
    assert event.sub_event_type == "Other"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type", "fatalities"),
    [
        (
            "On 14 March 2024, a mob beat a Christian man in Jaranwala (Faisalabad, Punjab) over blasphemy "
            "allegations. He died of his injuries on 20 March.",
            "Mob violence",
            1,
        ),
        (
            "On 2 May 2024, gunmen shot a schoolteacher in Bannu (Bannu, Khyber Pakhtunkhwa). "
            "He succumbed to his wounds in hospital on 5 May.",
            "Attack",
            1,
        ),
    ],
)
def test_a_later_death_from_wounds_is_the_toll_of_the_incident(
    pipeline: Pipeline, text: str, sub_type: str, fatalities: int
) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == (sub_type, fatalities)
    assert event.event_date is not None and event.event_date.day in (14, 2)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 9 June 2024, militants ambushed a police van near Lakki Marwat (Lakki Marwat, Khyber "
        "Pakhtunkhwa). 3 policemen were killed. The TTP claimed the attack the following day.",
        "On 9 June 2024, militants ambushed a police van near Lakki Marwat (Lakki Marwat, Khyber "
        "Pakhtunkhwa). 3 policemen were killed. Police said the next day that the attackers had fled.",
    ],
)
def test_the_day_after_a_claim_or_saying_is_no_new_incident(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.event_date) == ("Armed clash", dt.date(2024, 6, 9))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 3 July 2024, NRF fighters clashed with Taliban forces in Andarab (Baghlan). The NRF claimed 4 "
        "Taliban were killed; the Taliban denied any losses.",
        "On 3 July 2024, NRF fighters clashed with Taliban forces in Andarab (Baghlan). The NRF claimed 4 "
        "Taliban were killed. The Taliban denied suffering any casualties.",
    ],
)
def test_a_claimed_toll_denied_in_the_next_sentence_counts_none(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 0)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # Tank, a district of Khyber Pakhtunkhwa, is no "tanks"
        (
            "On 5 June 2024, gunmen shot dead a schoolteacher in Tank (Tank, Khyber Pakhtunkhwa).",
            "Civilians (Pakistan)",
        ),
        # a tank is still the army's
        (
            "On 5 June 2024, Russian forces hit a Ukrainian tank with a drone near Avdiivka (Pokrovskyi, "
            "Donetsk).",
            "Military Forces of Ukraine",
        ),
    ],
)
def test_a_town_named_like_a_role_noun_is_no_side(pipeline: Pipeline, text: str, actor2: str) -> None:
    assert _one(pipeline, text).actor2 == actor2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the jail they fled is a building, no arrest
        ("On 5 June 2024, ten prisoners escaped from a jail in Koutiala (Koutiala, Sikasso).", "Other"),
        # jailing people is still an arrest
        ("On 5 June 2024, a court jailed three PTI workers in Lahore (Lahore, Punjab).", "Arrests"),
        # a jailbreak is the attack that frees them
        ("On 5 June 2024, gunmen freed 200 inmates in a jailbreak in Owerri (Owerri, Imo).", "Attack"),
    ],
)
def test_a_jail_as_a_noun_is_a_building(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert _one(pipeline, text).sub_event_type == sub_event_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # no victim died: the bomber who blew himself up is the dead, and the other attacker shot dead too
        (
            "On 3 May 2024, two gunmen attacked a checkpoint in Quetta (Quetta, Balochistan). One blew "
            "himself up and the other was shot dead by police. 3 policemen were injured.",
            2,
        ),
        (
            "On 3 May 2024, a suicide bomber blew himself up at a checkpoint in Quetta, injuring 3 guards.",
            1,
        ),
        # the bomber's death told again later is the same death
        (
            "On 3 May 2024, a suicide bomber blew himself up at a checkpoint in Quetta, injuring 3 guards. "
            "The attacker was killed.",
            1,
        ),
        # a toll of victims is taken as reported
        ("On 3 May 2024, a suicide bomber blew himself up at a market in Quetta, killing 6 civilians.", 6),
    ],
)
def test_a_suicide_bomber_is_dead_when_no_victim_is_counted(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a rebel side's country, not the foreign coalition's
        (
            "On 9 May 2024, the Houthis and the Saudi-led coalition agreed to extend the UN truce.",
            "Yemen",
        ),
        # the war's named militia gives the country of the two states' ceasefire
        (
            "On 9 May 2024, Israel and Lebanon agreed to a ceasefire to end the fighting between Israel and "
            "Hezbollah.",
            "Lebanon",
        ),
    ],
)
def test_a_placeless_agreement_goes_where_its_rebels_fight(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert _one(pipeline, text).country == country


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2024, Russian air defence shot down 9 Ukrainian drones over Belgorod (Belgorod). Falling "
        "debris damaged two houses, the governor said.",
        "On 14 May 2024, Ukrainian air defence shot down 20 Russian drones over Kharkiv (Kharkiv). Fragments "
        "damaged several houses but nobody was injured.",
    ],
)
def test_debris_of_downed_drones_is_part_of_the_interception(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Disrupted weapons use"


@pytest.mark.slow
def test_looting_overnight_after_a_riot_is_the_riot(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 12 March 2024, protesters burned tyres and pelted police with stones in Kisumu (Kisumu). Several "
        "shops were looted overnight.",
    )
    assert (event.sub_event_type, str(event.event_date)) == ("Violent demonstration", "2024-03-12")


@pytest.mark.slow
def test_state_fire_on_a_crowd_protesting_a_grievance_is_excessive_force(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 June 2024, police opened fire on students protesting the killing of a classmate in Gulu "
        "(Gulu), killing 2.",
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Excessive force against protesters",
        "Police Forces of Uganda",
        "Protesters (Uganda)",
    )


@pytest.mark.slow
def test_villagers_whose_subject_stands_on_the_first_of_their_verbs_are_a_mob(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2024, villagers in Kasese (Kasese) stopped a car carrying three suspected kidnappers, "
        "dragged them out and beat them to death.",
    )
    assert (event.sub_event_type, event.actor1, event.fatalities) == ("Mob violence", "Rioters (Uganda)", 3)
