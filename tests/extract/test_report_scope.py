"""What belongs to the reported incident and what to its surroundings: nested clauses, unresolved days,
the cause of a protest, and phrases the small model misparses."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.schema import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract_text(text)


@pytest.mark.slow
def test_a_period_in_a_nested_clause_is_not_the_incidents(pipeline: Pipeline) -> None:
    # "in recent weeks" dates the grazing (a clause on "villages"), not the deployment
    events = _events(
        pipeline,
        "The Nigerian army has deployed troops in villages where herders have grazed their cattle in recent "
        "weeks, local radio reported.",
    )
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
    # the same period on the main verb is still a trend, not an event
    assert _events(pipeline, "The army has deployed troops to the north in recent months.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Landowners began a hunger strike outside Parliament in Algiers to demand the return of property "
        "seized by government forces in the 1970s.",
        "Farmers blocked the highway near Multan to protest against a land law that was passed in 1998.",
    ],
)
def test_an_old_date_of_another_nouns_clause_is_not_the_incidents(pipeline: Pipeline, text: str) -> None:
    # the decade dates the property and the year the law; the protest is today's news
    events = pipeline.extract_text(text, dt.date(2005, 1, 10))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Peaceful protest", dt.date(2005, 1, 10))]
    # the same old date on the incident itself is still background
    old = "Farmers blocked the highway near Multan in 1998."
    assert pipeline.extract_text(old, dt.date(2005, 1, 10)) == []


def test_an_incident_set_years_before_is_history(pipeline: Pipeline) -> None:
    pub = dt.date(2005, 1, 10)
    # no event: the burning of the embassy is five years old, the restored ties are diplomacy
    text = (
        "Chad is to restore full diplomatic ties with Sudan, five years after crowds burned down its embassy."
    )
    assert pipeline.extract_text(text, pub) == []
    # the attack of the day keeps its own toll and type; the old bombing's dead and weapon are history
    events = pipeline.extract_text(
        "Gunmen attacked a checkpoint in Quetta on Monday, two years after a bombing killed 8 soldiers.", pub
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 0)]
    # the bombing as the clause's verb: it does not type the day's killing either
    events = pipeline.extract_text(
        "Gunmen killed 3 people in Kano on Monday, a year after a mosque was bombed.", pub
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 3)]


@pytest.mark.slow
def test_protests_over_a_killing_are_no_crime_story(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "Hundreds of people marched through the city centre Saturday after the acquittal of a guard. "
        "Rallies began Thursday when a court cleared him of manslaughter. "
        "He had shot a teenager during a robbery at a petrol station.",
    )
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    # with no crowd, the same crime story reports no political violence
    assert _events(pipeline, "A guard shot a teenager during a robbery at a petrol station.") == []


@pytest.mark.slow
def test_a_weekday_without_a_publication_date_still_dates_the_incident(pipeline: Pipeline) -> None:
    # a long text without a reference date: "Sunday" cannot be resolved, but it is a day of its own
    text = (
        "Hundreds of farmers and their families marched on Sunday to demand higher crop prices and an end to "
        "the import of cheap grain that has driven many of them into debt over the past three years. "
        "The farmers' union has held several rallies since the harvest, each one larger than the last. "
        "Its leaders say the government ignores them and that the ministry refuses to publish its figures. "
        "Talks with the agriculture ministry broke down last year after a dispute over subsidies."
    )
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.slow
def test_a_hyphenated_attack_phrase_is_the_object_of_its_verb(pipeline: Pipeline) -> None:
    # the model reads "drive-by shooting attack" as "drive" + particle + a gerund taking "attack"
    events = _events(
        pipeline,
        "A suspected militant carried out a drive-by shooting attack on a car on Friday in the Hebron region",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
def test_an_earlier_incident_named_as_background_does_not_type_the_event(pipeline: Pipeline) -> None:
    # the year marks the gas attack as the town's history; the capture is the event
    events = _events(
        pipeline,
        "Government forces captured two villages on Monday near a town that was the scene of a 2013 "
        "chemical weapons attack.",
    )
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    # what happened "despite" the strikes is the event
    events = _events(
        pipeline, "Peace talks between the government and rebels opened despite the air strikes on Monday."
    )
    assert [e.sub_event_type for e in events] == ["Agreement"]
    # "six weeks of fighting" sums up a period; the handover is the event
    events = _events(
        pipeline,
        "The district was handed over by the militia to the army on Monday under a deal ending six weeks "
        "of fighting.",
    )
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


@pytest.mark.slow
def test_a_gathering_of_soldiers_is_no_demonstration(pipeline: Pipeline) -> None:
    events = _events(pipeline, "A gathering of soldiers was attacked with a grenade in Baidoa on Monday.")
    assert [e.sub_event_type for e in events] == ["Grenade"]


@pytest.mark.slow
def test_a_die_in_is_a_protest_and_an_air_strike_no_strike(pipeline: Pipeline) -> None:
    events = _events(pipeline, "On Saturday, 200 activists staged a die-in outside the parliament in Oslo.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert [c.category for c in pipeline.resources.cues.scan(pipeline.resources.nlp("an air strike"))] == [
        "t:airstrike"
    ]


@pytest.mark.slow
def test_a_dated_photo_caption_shows_its_scene(pipeline: Pipeline) -> None:
    # present tense and often parsed as nouns ("police fire tear gas"), but the date says it happened
    events = _events(
        pipeline,
        "Riot police fire tear gas to disperse student protesters during a clash outside the parliament in "
        "Bangkok, Thailand, Monday, Oct",
    )
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    events = _events(
        pipeline,
        "Riot police chase demonstrators during anti-government protests in Sfax, Tunisia, Monday, Jan",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


@pytest.mark.slow
def test_a_protest_that_descends_into_violence_is_violent(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "Police fired tear gas at demonstrators on Friday as the protest descended into violence.",
    )
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


@pytest.mark.slow
def test_a_number_of_bases_and_a_participle_of_a_past_act(pipeline: Pipeline) -> None:
    # "a number of" counts bases; it sums up no period
    events = _events(pipeline, "The Turkish army has established a number of barracks near Zakho.")
    assert [e.sub_event_type for e in events] == ["Headquarters or base established"]
    # "triggering clashes" hangs on the past "crossed", through another participle
    events = _events(
        pipeline,
        "The militia crossed the river near Jowhar on Monday, heading north, triggering clashes with the "
        "troops.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_a_demonstration_dispersed_later_that_day_is_one_event(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "Thousands of students rallied near the parliament in Beirut on Sunday, 15 December 2019. "
        "Security forces fired tear gas and water cannon on Sunday to disperse them.",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert (events[0].actor1, len(events[0].evidence)) == ("Protesters (Lebanon)", 2)


@pytest.mark.slow
def test_an_armed_doer_opens_the_object_of_its_participle(pipeline: Pipeline) -> None:
    # "casualties" alone is a weak cue; the armed group that "charged" the camp makes it an event
    events = _events(
        pipeline,
        "Al Shabaab members charged a camp outside Afgoye, hosting army units, reportedly inflicting "
        "casualties on the soldiers.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_lethal_force_by_state_forces_on_a_protest_is_excessive(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Soldiers shot live rounds to clear protests in Basra on Sunday.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


@pytest.mark.slow
def test_military_weapons_make_no_warehouse_accident(pipeline: Pipeline) -> None:
    # a short text with no armed group named: the bombing of missile warehouses is still an attack
    events = _events(
        pipeline,
        "Warplanes bombed an army base near Homs on Monday, destroying a number of missile warehouses.",
    )
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]
    # a warehouse fire stays an accident
    assert _events(pipeline, "A fire destroyed a warehouse near Homs on Monday, killing two workers.") == []


@pytest.mark.slow
def test_a_counted_toll_makes_plural_incidents_specific(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Police reported 10 deaths in clashes in Kano")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 10)]
    # a period's toll stays a tally
    assert _events(pipeline, "The ministry has recorded 300 deaths in attacks since January.") == []


@pytest.mark.slow
def test_fighting_at_an_industrial_site_is_no_accident(pipeline: Pipeline) -> None:
    # the refinery is where the battle was; a fire there with no fighting stays an accident
    events = _events(pipeline, "Seventeen killed in battles near the Baiji refinery")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 17)]
    assert _events(pipeline, "Five workers were killed in a fire at the Baiji refinery.") == []
    assert _events(pipeline, "Firefighters battled the blaze at the refinery; five workers died.") == []


@pytest.mark.slow
def test_a_clash_with_one_unnamed_side_was_fought_with_the_state(pipeline: Pipeline) -> None:
    for text in (
        "Militants attack a border post in Kurram on Monday",
        "At least 40 militants killed, 12 hideouts destroyed in Kurram on Monday",
    ):
        events = _events(pipeline, text)
        sides = {"Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan"}
        assert [(e.sub_event_type, {e.actor1, e.actor2}) for e in events] == [("Armed clash", sides)], text


@pytest.mark.slow
def test_property_attacked_with_nobody_hurt_is_property_destruction(pipeline: Pipeline) -> None:
    events = _events(
        pipeline, "Maoist cadres attacked and ransacked a liquor shop in Malkangiri district on Monday."
    )
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]
    # an armed target makes it a clash, a person hurt an attack
    events = _events(pipeline, "Maoist cadres attacked and torched a police post in Malkangiri on Monday.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_fighting_since_dawn_is_todays_clash_not_a_trend(pipeline: Pipeline) -> None:
    events = _events(
        pipeline, "Soldiers have been engaged in a gunfight with militants near Jowhar since dawn."
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert _events(pipeline, "Soldiers have been engaged in gunfights with militants since 2019.") == []


@pytest.mark.slow
def test_a_headlines_present_verb_opens_the_event_when_its_cue_is_misparsed(pipeline: Pipeline) -> None:
    # "air and missile strikes" is read with "missile" as a conjunct of "air": the verb carries the report
    events = pipeline.extract_text(
        "Intensive air and missile strikes target Kafr Nabl town and cause casualties", dt.date(2017, 3, 1)
    )
    assert len(events) == 1 and events[0].event_type == "Explosions/Remote violence"


@pytest.mark.slow
def test_the_side_a_place_was_taken_from_is_actor2(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The army recaptured the town of Palmyra from IS militants on Monday.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Government regains territory", "Islamic State")
    ]


@pytest.mark.slow
def test_power_seized_is_no_territory_taken(pipeline: Pipeline) -> None:
    text = "On 30 August 2023, military officers announced in Libreville that they had seized power."
    # a coup: ACLED's Other, no territory taken
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Other"]
    # a town seized is still taken
    town = "On 30 August 2023, militants seized the town of Kidal after the army withdrew."
    assert [e.event_type for e in _events(pipeline, town)] == ["Battles"]


@pytest.mark.slow
def test_an_accident_a_crowd_avenged_does_not_silence_its_violence(pipeline: Pipeline) -> None:
    # the accident is the cause of the crowd's violence, not the report (its dead are still counted: open);
    # property a crowd of villagers burns is mob violence
    text = "On 12 May 2023, villagers torched a bus after a road accident killed a local student."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Mob violence"]
    # with no crowd violence the accident is the story
    assert _events(pipeline, "On 12 May 2023, a road accident killed a local student.") == []


@pytest.mark.slow
def test_a_mixed_case_dateline_is_no_part_of_the_first_sentence(pipeline: Pipeline) -> None:
    # unread, the dateline's date entity runs on into "Four" and the count is lost
    events = _events(
        pipeline,
        "Maiduguri, 12 June 2024 - Four farmers were killed when gunmen attacked Kawuri village, residents "
        "said.",
    )
    assert [(e.fatalities, e.event_date) for e in events] == [(4, dt.date(2024, 6, 12))]


@pytest.mark.slow
def test_a_timeline_entry_is_dated_by_its_stamp(pipeline: Pipeline) -> None:
    # the small model tags only "2023" of the stamp; the entry's date is its incident's, to the day
    events = _events(pipeline, "Mar 4, 2023: Three policemen were killed in an ambush near Bannu.")
    assert [(e.event_date, e.time_precision) for e in events] == [(dt.date(2023, 3, 4), 1)]


# Wire stories (articles29 branch): several incidents in one article, follow-ups and background.
WIRE_DAY = dt.date(2024, 5, 8)  # a Wednesday


def _wire(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract_text(text, WIRE_DAY)


@pytest.mark.slow
def test_the_same_day_and_hours_later_date_an_incident_by_the_one_before(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "QUETTA: Gunmen shot dead two policemen at a checkpoint in Turbat on Monday, officials said.\n\n"
        "Hours later, a roadside bomb wounded four soldiers in Panjgur district, the military said.\n\n"
        "In Gwadar, traders staged a peaceful sit-in outside the press club the same day.",
    )
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Armed clash", dt.date(2024, 5, 6), 1),
        ("Remote explosive/landmine/IED", dt.date(2024, 5, 6), 1),
        ("Peaceful protest", dt.date(2024, 5, 6), 1),
    ]


@pytest.mark.slow
def test_an_undated_sentence_placing_the_incident_in_its_province_continues_it(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "NIAMEY: Suspected jihadists killed nine villagers in Niger's Tillaberi region on Monday, a local "
        "official said.\n\n"
        "The gunmen, riding motorcycles, attacked the village of Tizegorou in Banibangou department and "
        "fired on residents, the official said.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 9)]


@pytest.mark.slow
def test_a_rising_toll_counts_the_incident_before_it(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "GOMA: Rebels killed at least 11 civilians in an attack on a village in North Kivu province on "
        "Monday night, local officials said. The toll rose to 14 on Tuesday as more bodies were found.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 5, 6), 14)]


@pytest.mark.slow
def test_a_conflict_summed_up_since_its_start_is_background(pipeline: Pipeline) -> None:
    since = (
        "Gunmen killed three farmers in Plateau state on Sunday, police said. More than 200 people have been "
        "killed and thousands displaced since violence broke out in the area on January 3."
    )
    assert [(e.sub_event_type, e.fatalities) for e in _wire(pipeline, since)] == [("Attack", 3)]
    war = (
        "A drone struck a market in Sennar on Sunday, killing five civilians, activists said. The war, which "
        "began in April last year, has killed tens of thousands of people."
    )
    assert [e.fatalities for e in _wire(pipeline, war)] == [5]
    last_year = "Last year, the group killed dozens of soldiers across the province, officials said."
    assert _wire(pipeline, last_year) == []


@pytest.mark.slow
def test_a_search_operation_launched_after_an_attack_is_no_new_activity(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "Militants ambushed a police patrol in Bannu district on Tuesday, killing one officer, police said. "
        "A search operation was launched in the area after the attack, the district police officer said.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_an_arrest_tried_holds_nobody(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "Security forces killed two suspected militants in a shootout in Dagestan on Tuesday, officials "
        "said. The suspects opened fire when officers tried to detain them at a house in Kaspiysk.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_a_sentence_dated_only_to_the_month_of_the_incident_adds_to_it(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "Militants stormed a police station in Lakki Marwat district early Monday, killing three policemen, "
        "police said. The attack on the police station in Lakki Marwat was the third on police this month.",
    )
    assert [(e.event_date, e.time_precision) for e in events] == [(dt.date(2024, 5, 6), 1)]


@pytest.mark.slow
def test_the_hurt_carried_off_add_no_incident_and_a_force_is_no_place(pipeline: Pipeline) -> None:
    # "taken to a hospital in Imphal" takes no place; "Assam Rifles" is India's army, not the state of Assam
    events = _wire(
        pipeline,
        "IMPHAL: Suspected militants shot dead a farmer in Kangpokpi district on Monday, police said. The "
        "injured were taken to a hospital in Imphal. The body was recovered by Assam Rifles personnel.",
    )
    assert [(e.sub_event_type, e.admin2) for e in events] == [("Attack", "Kangpokpi")]


@pytest.mark.slow
def test_no_arrests_and_a_crowd_dispersing_itself_are_no_intervention(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "TEHRAN: On Monday, students at a university in Tehran held a sit-in on campus, chanting slogans. "
        "No arrests were reported.",
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Peaceful protest", None)]
    events = _wire(
        pipeline,
        "KISUMU: Several hundred opposition supporters marched peacefully through Kisumu on Monday to the "
        "county offices, where they handed in a petition before dispersing.",
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Peaceful protest", None)]


@pytest.mark.slow
def test_removing_dozens_of_activists_is_an_intervention(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "BERLIN: Police in Berlin removed dozens of climate activists who had glued themselves to roads on "
        "Monday, causing long traffic jams.",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


@pytest.mark.slow
def test_an_incident_after_since_starts_a_period(pipeline: Pipeline) -> None:
    # the incident a "since" phrase or clause counts from, and the dead summed up since, are background
    assert (
        _wire(
            pipeline,
            "The country has been shaken by nationwide protests since the death in custody of a young woman "
            "on Sept. 16. Rights groups say more than 250 protesters have been killed in the crackdown.",
        )
        == []
    )
    assert (
        _wire(
            pipeline,
            "Since the strike began on April 13, two protesters have died and dozens of police officers have "
            "been injured, according to the authorities.",
        )
        == []
    )


@pytest.mark.slow
def test_the_dead_of_these_attacks_sum_up_a_report(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "A think tank said 271 militant attacks were recorded between January and June. More than 380 "
        "people were killed in these attacks, most of them in Khyber Pakhtunkhwa.",
    )
    assert events == []


@pytest.mark.slow
def test_what_follows_the_attack_and_the_burial_of_its_dead_add_no_incident(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "IMPHAL: Nine people were killed when gunmen attacked a village in Imphal East district on Tuesday "
        "night, police said. A curfew was reimposed in Imphal East and Imphal West districts following the "
        "attack. The victims were buried on Wednesday in a mass grave in the village.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 9)]


@pytest.mark.slow
def test_people_gathered_waiting_for_news_hold_no_protest(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "GUSAU: Gunmen abducted 24 students from a university hostel in Zamfara state on Monday, police "
        "said. Parents gathered at the campus gate on Tuesday waiting for news of their children.",
    )
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


@pytest.mark.slow
def test_the_day_before_dates_an_incident_by_the_one_told_before(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "IDLIB: Government shelling killed four civilians in the town of Sarmin on Tuesday, rescuers said. "
        "The day before, Russian warplanes struck the outskirts of Jisr al-Shughur, killing two people.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Shelling/artillery/missile attack", dt.date(2024, 5, 7)),
        ("Air/drone strike", dt.date(2024, 5, 6)),
    ]


@pytest.mark.slow
def test_a_raised_toll_updates_the_incident_and_the_bush_is_no_place(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "BUNIA: Rebels killed 12 villagers in Ituri province on Sunday night, officials said. The toll was "
        "raised to 17 on Monday after more bodies were found in the bush.",
    )
    assert [(e.country, e.admin1, e.fatalities) for e in events] == [
        ("Democratic Republic of Congo", "Ituri", 17)
    ]


@pytest.mark.slow
def test_a_killing_by_the_crowd_in_the_riots_place_is_its_toll(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "DHAKA: Opposition supporters clashed with police in Dhaka on Tuesday, throwing stones at officers "
        "who fired tear gas. A police constable was beaten to death by the crowd, the Dhaka Metropolitan "
        "Police said.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Violent demonstration", 1)]


@pytest.mark.slow
def test_salahuddin_is_iraqs_salah_al_din(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "Iraqi warplanes struck Islamic State hideouts in the Hamrin mountains in Salahuddin province on "
        "Monday, killing five militants.",
    )
    assert [(e.country, e.admin1) for e in events] == [("Iraq", "Salah al-Din")]


@pytest.mark.slow
def test_grenades_carried_with_guns_make_no_grenade_attack(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "LAKKI MARWAT: Militants attacked a police station in Lakki Marwat district on Monday with heavy "
        "weapons and hand grenades, killing two policemen, officials said. The policemen returned fire and "
        "the exchange continued for nearly an hour.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


# articles40: whole wire stories written blind on that branch (tests/extract/news_articles.jsonl)


@pytest.mark.slow
def test_a_verb_joined_to_a_modal_one_is_a_plan_too(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "IMPHAL: Gunmen shot dead three villagers in Manipur's Bishnupur district on Sunday night, police "
        "said. The state government said it would extend the curfew in Bishnupur and deploy additional "
        "central forces companies.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
def test_what_a_commentator_reads_into_the_incident_is_no_new_one(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "MOSCOW: Ukrainian drones attacked the Russian border city of Belgorod early on Monday, damaging an "
        "administrative building, the regional governor said. Kremlin spokesman Dmitry Peskov said the "
        "attacks showed that the operation in Kyiv had to be continued.",
    )
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Air/drone strike", "Belgorod")]


@pytest.mark.slow
def test_a_day_years_before_the_report_is_history(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "PESHAWAR: An anti-terrorism court on Monday sentenced three men to death for helping the attackers "
        "of a school. On December 16, 2014, six gunmen stormed the school and opened fire on students. The "
        "attack prompted the government to launch a national action plan.",
    )
    assert events == []


@pytest.mark.slow
def test_every_friday_is_a_habit_and_since_when_a_period_start(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "DUBAI: Security forces fired tear gas at protesters in Zahedan on Saturday. The city has seen "
        "protests every Friday since September 30, when security forces killed dozens of people.",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


@pytest.mark.slow
def test_a_device_that_detonated_went_off(pipeline: Pipeline) -> None:
    events = _wire(pipeline, "An explosive device detonated near a police patrol in Mosul on Monday.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
    events = _wire(pipeline, "Police detonated an explosive device found near a school in Mosul on Monday.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


@pytest.mark.slow
def test_the_incidents_own_things_named_as_known_retell_it(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "BAGHDAD: A roadside bomb struck an army patrol in the northern province of Kirkuk on Sunday, "
        "killing two soldiers, officials said. The explosive device detonated as the patrol was passing "
        "through a rural area near the town of Hawija, two officials said.",
    )
    assert [(e.sub_event_type, e.admin1, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "Kirkuk", 2)
    ]


@pytest.mark.slow
def test_a_toll_update_gives_its_figure_whatever_else_the_sentence_names(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "YANGON: Myanmar's military carried out an air strike on a village in the Sagaing region on Sunday, "
        "killing at least 53 people. By Monday evening, the toll had risen to 100, according to the "
        "opposition government, which said the gathering was for the opening of an office.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 100)]


@pytest.mark.slow
def test_an_ousted_governments_soldier_is_no_territory_taken(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "KABUL: Unknown gunmen shot dead a former soldier of the ousted republic's army in Pul-e-Khumri, the "
        "capital of Baghlan province, on Sunday, his relatives said.",
    )
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Attack", "Baghlan")]


@pytest.mark.slow
def test_explosives_with_rifle_fire_are_a_gunfight(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "BOGOTA: Two police officers were killed when FARC dissidents attacked a police station with "
        "explosives and rifle fire in Cauca province on Sunday, the police said.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_metro_police_are_no_town(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "JOHANNESBURG: Striking municipal workers blocked roads and pelted police with stones in "
        "Johannesburg on Sunday. Metro police spokesman Xolani Fihla said officers used rubber bullets to "
        "disperse the crowd.",
    )
    assert [(e.country, e.admin1) for e in events] == [("South Africa", "Gauteng")]


@pytest.mark.slow
def test_a_neighbourhood_retells_the_incident_in_its_town(pipeline: Pipeline) -> None:
    # the gazetteer finds the neighbourhood's namesake in another state; it is the same shooting
    events = _wire(
        pipeline,
        "LAGOS: Gunmen opened fire inside a bar in the city of Jos in Plateau state late Saturday, killing "
        "five people, police said. Armed men arrived at the bar in the Tudun Wada neighbourhood shortly "
        "before midnight and shot at customers before fleeing, the police said in a statement.",
    )
    assert [(e.sub_event_type, e.admin1, e.fatalities) for e in events] == [("Attack", "Plateau", 5)]


@pytest.mark.slow
def test_the_day_of_a_statement_on_an_incident_told_before_is_no_new_day(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "MAIDUGURI: Boko Haram insurgents attacked a military base in Monguno in Borno state on Thursday, "
        "killing four soldiers. The militants attacked the base at dusk but were repelled by troops, army "
        "spokesman Onyema Nwachukwu said in a statement on Friday.",
    )
    assert [(e.event_date, e.admin1, e.fatalities) for e in events] == [(dt.date(2024, 5, 2), "Borno", 4)]


@pytest.mark.slow
def test_support_weapons_of_a_fight_keep_it_an_armed_clash(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "MOGADISHU: Al Shabaab militants attacked a military base in Somalia's Hiraan region on Saturday, "
        "sparking hours of fighting in which 20 insurgents were killed. The militants used a car bomb to "
        "breach the perimeter of the base before gunmen stormed it. Troops repelled the attack with support "
        "from the air force.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    # a one-sided attack whose weapon a follow-up names still takes the weapon's type
    events = _wire(
        pipeline,
        "KABUL: Gunmen attacked a wedding party in Kunduz province on Saturday, killing six civilians. The "
        "attackers also threw hand grenades at the guests.",
    )
    assert [e.sub_event_type for e in events] == ["Grenade"]


@pytest.mark.slow
def test_rounds_fired_by_gunmen_are_bullets(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "ACAPULCO: Gunmen fired dozens of rounds at customers inside a bar in Acapulco, Guerrero, on "
        "Saturday, killing six people.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
def test_the_town_of_a_name_is_no_pointer_back(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "KYIV: Russian missiles struck the city of Zaporizhzhia on Saturday, killing seven people. The "
        "missiles hit a residential block in the city's Oleksandrivskyi district, the governor said.\n\n"
        "On Sunday, a Russian drone struck a car in the town of Beryslav in the southern Kherson region, "
        "killing a man.",
    )
    assert [(e.sub_event_type, e.admin1) for e in events] == [
        ("Shelling/artillery/missile attack", "Zaporizhia"),
        ("Air/drone strike", "Kherson"),
    ]


@pytest.mark.slow
def test_shell_casings_are_no_shelling(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "CULIACAN: Gunmen shot dead four men outside a car wash in Culiacan, Sinaloa, on Tuesday, "
        "prosecutors said. Investigators found more than 40 shell casings at the scene.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 4)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Palestinian activists have staged rallies in the Gaza Strip to protest the blockade.",
        "Thousands of people have protested in Tbilisi since Thursday against the foreign agents law.",
        "Students have held sit-ins outside the parliament in Colombo this week.",
    ],
)
def test_protests_told_in_the_perfect_at_a_place_are_going_on(pipeline: Pipeline, text: str) -> None:
    # a perfect sums up attacks ('militants have carried out attacks in Bannu'), but crowds that have rallied
    # at a named place are protesting now; 'have protested' is the event's own verb, no trend verb
    events = _events(pipeline, text)
    assert [e.event_type for e in events] == ["Protests"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Militants have carried out attacks in Bannu.",
        "Farmers have staged protests across the country over the past year.",
        "Protests have intensified in Tbilisi.",
    ],
)
def test_a_perfect_without_a_place_or_with_a_period_sums_incidents_up(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.slow
def test_the_day_a_toll_rose_is_not_the_incidents(pipeline: Pipeline) -> None:
    # the lead is the toll update: "Sunday's" dates the blast, "on Tuesday" the count; the first count told
    # after it ("killed eight on the spot") does not lower the risen total
    events = _wire(
        pipeline,
        "PESHAWAR: The death toll from Sunday's bomb blast at a bus stop in Peshawar rose to eleven on "
        "Tuesday after three of the wounded died in hospital, officials said. The bomb, planted in a "
        "motorcycle, killed eight people on the spot.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 5, 5), 11)]


@pytest.mark.slow
def test_arrests_at_a_demonstration_are_its_intervention(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "ACCRA: Hundreds of nurses marched to the parliament in Accra on Tuesday to demand unpaid "
        "allowances. Police said 15 people were arrested in Accra.",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Protest with intervention", "Protesters (Ghana)", "Police Forces of Ghana")
    ]


@pytest.mark.slow
def test_a_similar_incident_with_no_day_is_another_one(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "LAHORE: Police fired tear gas at traders protesting against new taxes in Lahore on Monday. "
        "Traders in Multan held a similar protest last month.",
    )
    assert [e.event_date for e in events] == [dt.date(2024, 5, 6)]
    # a similar incident with a day of its own is news
    events = _wire(
        pipeline,
        "PESHAWAR: Gunmen killed two policemen at a checkpoint in Bannu on Monday. In a similar attack on "
        "Tuesday, gunmen killed a policeman in Lakki Marwat.",
    )
    assert [e.event_date for e in events] == [dt.date(2024, 5, 6), dt.date(2024, 5, 7)]


@pytest.mark.slow
def test_a_count_of_the_dead_or_the_mob_retold_adds_no_event(pipeline: Pipeline) -> None:
    # how the victims died, with nobody doing anything, is the shooting's toll (its gunmen stay actor 1)
    events = _wire(
        pipeline,
        "CULIACAN: Gunmen opened fire on customers at a restaurant in Culiacan late Monday, killing five "
        "people. Three people died at the scene and two others died later in hospital, the prosecutors' "
        "office said in a statement on Tuesday.",
    )
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Attack", "Unidentified Armed Group (Mexico)", 5)
    ]
    # what the mob did, retold with no day or place of its own
    events = _wire(
        pipeline,
        "JOHANNESBURG: A mob beat two suspected thieves to death in Soweto on Sunday, police said. They were "
        "kicked and stoned and one of them was set alight before officers arrived.",
    )
    assert [e.sub_event_type for e in events] == ["Mob violence"]


@pytest.mark.slow
def test_gunfire_heard_the_same_day_is_the_clash_told_before(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "YANGON: Kachin Independence Army fighters clashed with troops near Hpakant in Kachin state on "
        "Monday, the group said. Residents told local media that gunfire could be heard for several hours "
        "on Monday evening.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Armed clash", dt.date(2024, 5, 6))]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "More than 40 people have died in clashes between protesters and security forces since December, "
        "when the former president was ousted.",
        "Ethnic clashes between the two communities broke out in the state on May 3, and more than 100 "
        "people have been killed since then, according to official figures.",
    ],
)
def test_a_toll_counted_since_a_start_sums_a_period_up(pipeline: Pipeline, text: str) -> None:
    # the clashes are those of the whole period; the outbreak opens it, no incident of the report's own
    assert _events(pipeline, text) == []


@pytest.mark.slow
def test_deaths_since_an_incident_keep_the_incident(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a village in Bishnupur on Thursday, and two more people have died since."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Attack"]


# openart47: follow-ups of the open whole-article backlog (tests/extract/news_articles_open.jsonl)


@pytest.mark.slow
def test_shots_into_the_air_at_a_funeral_are_no_attack(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "NABLUS: Gunmen shot dead a shopkeeper in Nablus on Monday, police said. Hundreds of mourners "
        "attended his funeral on Tuesday, with armed men firing into the air as the body was carried "
        "through the streets.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Attack", dt.date(2024, 5, 6))]
    # police who fire into the air at a crowd still intervene in its demonstration
    events = _wire(
        pipeline,
        "LAHORE: Police fired into the air to disperse hundreds of protesters outside the Punjab assembly in "
        "Lahore on Monday.",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


@pytest.mark.slow
def test_reinforcements_sent_after_an_incident_are_no_event_of_their_own(pipeline: Pipeline) -> None:
    for follow_up in (
        "Reinforcements were sent to the area.",
        "The state government said it had deployed additional police to the town.",
    ):
        events = _wire(
            pipeline,
            "PESHAWAR: Militants attacked a police post in Bannu on Monday, killing two policemen, officials "
            f"said. {follow_up}",
        )
        assert [e.sub_event_type for e in events] == ["Armed clash"], follow_up
    # a deployment told alone is still a change to the group's activity
    events = _wire(pipeline, "The army deployed troops to the border town of Chaman on Monday.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


@pytest.mark.slow
def test_people_of_a_trade_on_strike_are_the_crowd(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "NAIROBI: Striking matatu operators blocked roads with burning tyres and stoned vehicles in Nairobi "
        "on Monday as police fired tear gas to clear the routes.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Violent demonstration", "Rioters (Kenya)")]


@pytest.mark.slow
def test_a_namesake_abroad_loses_to_a_place_in_the_storys_country(pipeline: Pipeline) -> None:
    # "Wadi" alone is a town in India; the sentence names Kirkuk too, the country of the lead's place
    events = _wire(
        pipeline,
        "BAGHDAD: Islamic State militants attacked an Iraqi army post in the northern province of Kirkuk on "
        "Monday, killing four soldiers, officials said.\n\nThe militants used sniper fire and hand grenades "
        "against the post near the village of Wadi al-Shay, south of Kirkuk city, the officials said.",
    )
    assert [(e.country, e.admin1) for e in events] == [("Iraq", "Kirkuk")]


@pytest.mark.slow
def test_explosives_listed_with_rifle_fire_make_a_gunfight(pipeline: Pipeline) -> None:
    # the small model hangs "rifle fire" on the verb, not on "explosives"
    events = _wire(
        pipeline,
        "BOGOTA: Rebels attacked a police station with explosives and rifle fire in the town of Suarez in "
        "Cauca province on Monday, killing a police officer, police said.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_a_gunbattle_in_one_word_is_a_clash(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "SRINAGAR: Two militants were killed in a gunbattle with security forces in Kupwara district on "
        "Monday, police said.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 2)]


@pytest.mark.slow
def test_one_demonstration_told_again_at_a_lesser_step_is_still_one(pipeline: Pipeline) -> None:
    # the dispersed protest, a killing, then the protest retold on its own day with no word of the police:
    # one demonstration per day and place, which keeps its graver type
    events = _wire(
        pipeline,
        "LAHORE: Police fired tear gas on Tuesday to disperse hundreds of farmers protesting in Okara.\n\n"
        "On Monday night, gunmen shot dead a farmers' leader in Okara.\n\n"
        "The protest on Tuesday began after his funeral, when farmers marched to the district office.",
    )
    assert sorted((e.event_date, e.sub_event_type) for e in events) == [
        (dt.date(2024, 5, 6), "Attack"),
        (dt.date(2024, 5, 7), "Protest with intervention"),
    ]


@pytest.mark.slow
def test_an_undated_sentence_in_an_earlier_incidents_town_tells_it_again(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "CATARMAN: Three New People's Army rebels were killed in a clash with troops in Catubig, Northern "
        "Samar, on Monday, the army said.\n\n"
        "Soldiers also exchanged fire with another group of rebels in Palapag town, the army said.\n\n"
        "The commander said the encounter in Catubig lasted 30 minutes.",
    )
    assert [e.location for e in events].count("Catubig") == 1


@pytest.mark.slow
def test_an_event_noun_under_a_modal_has_not_happened(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "JAKARTA: Police fired tear gas at students protesting in Jakarta on Monday. Student leaders said "
        "another rally would be held on Friday.",
    )
    assert [e.event_date for e in events] == [dt.date(2024, 5, 6)]
    assert _wire(pipeline, "Organisers said the march will take place in Nairobi on Sunday.") == []
    # a modal perfect guesses at who did a past incident: it happened
    guessed = _wire(pipeline, "Police said the attack in Quetta on Monday could have been carried out by IS.")
    assert [e.event_date for e in guessed] == [dt.date(2024, 5, 6)]


@pytest.mark.slow
def test_the_day_a_group_spoke_is_not_the_day_it_reports(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "YANGON: The Arakan Army said on Wednesday it had captured a police post in Buthidaung township on "
        "Monday.",
    )
    assert [e.event_date for e in events] == [dt.date(2024, 5, 6)]


@pytest.mark.slow
def test_verbs_joined_to_a_habitual_present_are_habitual(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "GUSAU: Gunmen killed five villagers in Maru on Monday, police said.\n\nThe state is plagued by "
        "bandits, who raid villages, kill residents and kidnap travellers for ransom.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 5, 6), 5)]


@pytest.mark.slow
def test_the_wounded_taken_to_a_hospital_elsewhere_belong_to_the_incident(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "MORELIA: Gunmen ambushed a police patrol near Apatzingan in Michoacan on Monday, killing two "
        "officers.\n\nThree other officers were wounded and taken to a hospital in Uruapan.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 5, 6), 2)]


@pytest.mark.slow
def test_a_township_before_its_region_is_read_in_that_region(pipeline: Pipeline) -> None:
    # the unit word before the comma keeps the container: Kani Township in Sagaing is not Kani, Japan
    events = _wire(
        pipeline,
        "YANGON: A military air strike hit a village in Kani Township, Sagaing Region, on Monday, killing "
        "seven civilians, residents said.",
    )
    assert [(e.country, e.admin1) for e in events] == [("Myanmar", "Sagaing")]


@pytest.mark.slow
def test_a_clause_on_a_periods_start_tells_no_incident(pipeline: Pipeline) -> None:
    # the ousting and arrest explain when the period of the toll began; only the toll's clashes are told,
    # and they sum the period up
    text = (
        "More than 40 people have died in clashes between protesters and security forces since December, "
        "when the former president was ousted and arrested after trying to dissolve Congress."
    )
    assert _events(pipeline, text) == []


def test_a_month_before_the_leads_day_is_background(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 1, 20)
    lead = "Gunmen killed five police officers at a checkpoint in Dera Ismail Khan on Friday, officials said."
    recalled = " In December, a suicide bomber killed 23 soldiers at a police station in Daraban."
    events = pipeline.extract_text(lead + recalled, pub)
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 1, 19), 5)]
    # told first, the month-dated incident is the story's own news, and so is one with no dated lead
    reordered = recalled.strip() + " On Friday, " + lead[0].lower() + lead[1:]
    assert len(pipeline.extract_text(reordered, pub)) == 2
    assert len(pipeline.extract_text(recalled.strip(), pub)) == 1


def test_a_participle_the_parse_made_the_root_is_no_demand(pipeline: Pipeline) -> None:
    # the small model reads "demanding" as the sentence's verb and "pelted" as what was demanded
    text = "Protesters demanding cheaper electricity pelted police with stones in Muzaffarabad on Friday."
    events = pipeline.extract_text(text, dt.date(2024, 1, 20))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Violent demonstration", "Rioters (Pakistan)")]
    # a demand that something be done reports nothing
    assert pipeline.extract_text("Protesters are demanding that the police who killed him be tried.") == []


def test_a_strike_misparsed_as_the_speaker_is_still_a_strike(pipeline: Pipeline) -> None:
    # the parse makes "strikes" the subject of "said" and "killed" a participle on it
    text = "Israeli air strikes killed at least 18 people in Rafah overnight, Gaza's health ministry said."
    events = pipeline.extract_text(text, dt.date(2024, 3, 10))
    coded = [(e.sub_event_type, e.actor1) for e in events]
    assert coded == [("Air/drone strike", "Military Forces of Israel")]
    # an air force that speaks is still the source, not a strike
    said = "Russian forces shelled Kherson overnight, the Ukrainian air force said."
    assert [e.sub_event_type for e in pipeline.extract_text(said, dt.date(2024, 3, 10))] == [
        "Shelling/artillery/missile attack"
    ]


@pytest.mark.parametrize(
    "firing",
    [
        "Police opened fire, killing two.",
        "Police fired live bullets, killing two.",
        "Police shot dead two of them.",
    ],
)
def test_security_forces_firing_after_a_protest_fired_on_its_crowd(pipeline: Pipeline, firing: str) -> None:
    text = "Thousands marched in Nairobi on Tuesday. " + firing
    events = pipeline.extract_text(text, dt.date(2024, 3, 10))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Excessive force against protesters", "Police Forces of Kenya", 2)
    ]


def test_firing_at_another_target_after_a_protest_is_its_own_event(pipeline: Pipeline) -> None:
    text = (
        "Thousands marched in Nairobi on Tuesday. Police opened fire on a car that ignored a checkpoint, "
        "killing two."
    )
    events = pipeline.extract_text(text, dt.date(2024, 3, 10))
    assert len(events) == 2
    assert events[0].sub_event_type == "Peaceful protest"


def test_injuries_from_rubber_bullets_belong_to_the_protest(pipeline: Pipeline) -> None:
    text = (
        "Hundreds of garment workers blocked a highway in Gazipur on Sunday demanding unpaid wages. "
        "Police fired rubber bullets, injuring 20."
    )
    events = pipeline.extract_text(text, dt.date(2024, 3, 10))
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Protest with intervention", "Police Forces of Bangladesh")
    ]


def test_a_toll_update_lead_takes_the_day_its_incident_is_told(pipeline: Pipeline) -> None:
    text = (
        "The death toll from a roadside bombing that hit a police van in Pakistan's Khyber district rose to "
        "seven on Thursday after two of the wounded died, officials said.\n\n"
        "The bomb went off as the van passed through Landi Kotal bazaar on Wednesday morning, killing five "
        "policemen on the spot, district police chief Saleem Khan said.\n\n"
        "A shopkeeper said the blast on Wednesday shattered windows along the street."
    )
    events = pipeline.extract_text(text, dt.date(2023, 5, 11))
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2023, 5, 10), 7)]


def test_an_incident_retold_as_known_is_the_same_incident(pipeline: Pipeline) -> None:
    # "The attack took place at ..." names a finer place in the lead's province, with no day of its own
    text = (
        "Gunmen attacked a camp for displaced people in Nigeria's Benue State late on Sunday, killing at "
        "least 12 people, officials said.\n\n"
        "The attack took place at the Ortese camp in Guma local government area, a local official said."
    )
    events = pipeline.extract_text(text, dt.date(2023, 6, 13))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 12)]


def test_a_place_fronted_round_up_sentence_shares_the_leads_day(pipeline: Pipeline) -> None:
    text = (
        "Police fired tear gas at protesters in Lima on Thursday as thousands marched against the "
        "government.\n\n"
        "In the southern city of Arequipa, protesters blocked roads with burning tyres and threw stones "
        "at police."
    )
    events = pipeline.extract_text(text, dt.date(2023, 1, 20))
    assert [(e.event_date, e.location) for e in events] == [
        (dt.date(2023, 1, 19), "Lima"),
        (dt.date(2023, 1, 19), "Arequipa"),
    ]


@pytest.mark.slow
def test_talks_suspended_with_no_side_named_are_no_event(pipeline: Pipeline) -> None:
    # an agentless passive that names neither who suspended the talks nor whose they were has no actor
    text = "Talks in Jeddah brokered by Saudi Arabia and the United States were suspended last week."
    assert _wire(pipeline, text) == []
    events = _wire(pipeline, "Peace talks between the government and the ELN were suspended on Monday.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


@pytest.mark.slow
def test_a_place_naming_a_quoted_officials_beat_is_no_incident_place(pipeline: Pipeline) -> None:
    # 'Papua' only qualifies the spokesman: the retold ambush stays the Yahukimo attack
    events = _wire(
        pipeline,
        "JAYAPURA: Rebels shot dead two construction workers in Yahukimo district on Monday, police said.\n\n"
        "The workers were ambushed by armed men as they were clearing land near a bridge, said Papua police "
        "spokesman Ignatius Prabowo.",
    )
    assert [(e.admin2, e.fatalities) for e in events] == [("Yahukimo", 2)]


@pytest.mark.slow
def test_the_town_the_wounded_were_airlifted_to_is_no_place_in_focus(pipeline: Pipeline) -> None:
    # 'Monday's blast' retells the Bijapur blast, not a blast in Raipur, where the injured were taken
    events = _wire(
        pipeline,
        "RAIPUR: Three policemen were killed when Maoists triggered an IED near Tarrem in Bijapur district "
        "on Monday, police said.\n\nThe policemen were on a road opening patrol when the IED went off. The "
        "injured were airlifted to Raipur.\n\nThe three policemen killed in Monday's blast were from Bihar, "
        "officials said.",
    )
    assert [(e.admin2, e.fatalities) for e in events] == [("Bijapur", 3)]


@pytest.mark.slow
def test_a_barangay_is_a_village_of_the_town_told_before(pipeline: Pipeline) -> None:
    # San Miguel in Leyte is a namesake: the barangay is part of Las Navas, where the clash was
    events = _wire(
        pipeline,
        "CATARMAN: Two rebels were killed in a clash with troops in a village in Las Navas town on Monday, "
        "the military said.\n\nSoldiers encountered about 15 armed men in Barangay San Miguel at around "
        "7 a.m., sparking a firefight.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Las Navas", 2)]


@pytest.mark.slow
def test_soldiers_who_came_under_fire_from_armed_men_fought_a_clash(pipeline: Pipeline) -> None:
    # 'armed men' are an armed side, so Monday's ambush is a clash of its own and takes the shootout's dead
    events = _wire(
        pipeline,
        "CULIACAN: Gunmen opened fire at a car wash in Culiacan on Sunday night, killing three workers.\n\n"
        "On Monday morning, soldiers patrolling a rural road near Navolato came under fire from armed men. "
        "Two of the gunmen were killed in the ensuing shootout.",
    )
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Attack", dt.date(2024, 5, 5), 3),
        ("Armed clash", dt.date(2024, 5, 6), 2),
    ]


@pytest.mark.slow
def test_where_a_bus_was_bound_for_is_no_incident_place(pipeline: Pipeline) -> None:
    # the bus's destination is no second blast: the device sentence retells the Isulan bombing
    events = _wire(
        pipeline,
        "COTABATO: A bomb exploded inside a passenger bus at the terminal in Isulan on Monday, killing two "
        "passengers, police said.\n\nThe improvised explosive device had been left in a bag under a seat of "
        "the bus, which was about to leave for General Santos City.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Isulan", 2)]


def test_a_fire_an_explosion_set_is_no_crowds_violence(pipeline: Pipeline) -> None:
    # "on fire" is also a crowd's deed, but beside a blast it tells what the blast did, and the blast
    # "due to" which bodies were unrecognisable is the incident, not a grievance
    text = (
        "Three militants blew themselves up during a raid by security forces on a house in Rajshahi on "
        "Monday. The bodies were unrecognisable due to the powerful blasts. The explosion also set the house "
        "on fire."
    )
    events = pipeline.extract_text(text, dt.date(2016, 11, 30))
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


@pytest.mark.slow
def test_a_toll_in_a_conflict_begun_months_ago_sums_a_period_up(pipeline: Pipeline) -> None:
    # the clashes began in May: the count is the period's, not Monday's ambush's
    events = _wire(
        pipeline,
        "IMPHAL: Suspected militants ambushed a police team in Kangpokpi district on Monday, wounding two "
        "commandos. More than 150 people have been killed in the ethnic clashes that began in early May.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 0)]
    # clashes that erupted on a named day are the report's own incident
    events = _wire(
        pipeline, "IMPHAL: Two people have been killed in clashes that erupted in Imphal on Monday."
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 2)]


@pytest.mark.slow
def test_words_a_defining_clause_spells_out_report_nothing(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "ANKARA: Two soldiers were killed in a clash with PKK militants in Hakkari province on Monday, the "
        "ministry said. It said 265 militants had been neutralised this year, using a term that means "
        "killed, captured or surrendered.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 2)]


@pytest.mark.slow
def test_an_event_noun_on_its_leaders_or_announced_for_a_later_day_is_no_event(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "LIMA: Police fired tear gas to clear a road blockade near Juliaca on Monday. Protest leaders said "
        "they would travel to Lima this week.",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    events = _wire(
        pipeline,
        "DHAKA: Police fired tear gas at BNP activists in Chattogram on Monday. The BNP has announced a "
        "three-day nationwide blockade of roads from Thursday.",
    )
    assert len(events) == 1
    # a blockade imposed on a named day was imposed
    events = _wire(pipeline, "The army imposed a blockade on the town of Sadah from Monday.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


@pytest.mark.slow
def test_a_force_sent_to_the_scene_answers_the_incident(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "BANGUI: Rebels killed four civilians in the village of Bang near Bocaranga on Sunday. Soldiers and "
        "their Russian allies were sent to the area on Monday.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]
    # a deployment to a named place is a change of the group's activity
    events = _wire(pipeline, "The army deployed troops to Bocaranga on Monday.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


@pytest.mark.slow
def test_air_support_in_a_fight_leaves_it_a_clash(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "MAIDUGURI: ISWAP fighters attacked a military base in Marte late Sunday, but troops repelled the "
        "assault. Soldiers, supported by air force jets, killed 14 insurgents, the army said.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_an_overnight_raid_on_a_named_day_is_that_day(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "GUSAU: Gunmen abducted 20 villagers in an overnight raid on the village of Kucheri in Zamfara state "
        "on Saturday, police said.",
    )
    assert [(e.event_date, e.time_precision) for e in events] == [(dt.date(2024, 5, 4), 1)]


@pytest.mark.slow
def test_two_places_of_one_country_beat_a_lone_namesake_abroad(pipeline: Pipeline) -> None:
    # 'the Andes' of Peru is no Andes, Antioquia, when Juliaca and Puno are named beside it
    events = _wire(
        pipeline,
        "LIMA: Peruvian police fired tear gas on Monday to clear a blockade set up by farmers on the highway "
        "between Juliaca and Puno, in the country's southern Andes.",
    )
    assert [(e.country, e.admin1) for e in events] == [("Peru", "Puno")]


@pytest.mark.slow
def test_weapons_left_behind_by_a_retreating_side_type_no_bombing(pipeline: Pipeline) -> None:
    # the explosives were found after the firefight: a clash, no IED
    events = _wire(
        pipeline,
        "DAVAO CITY: Two communist rebels were killed in a clash with soldiers in Compostela on Sunday. The "
        "rebels withdrew, leaving behind the bodies of their comrades, a rifle and a bag of explosives.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_a_step_taken_a_day_apart_leaves_the_main_clauses_incident_the_event(pipeline: Pipeline) -> None:
    # the suspended talks only date the fighting: the event is the clash
    events = _wire(
        pipeline,
        "KHARTOUM: Heavy fighting broke out between the army and the Rapid Support Forces in Omdurman on "
        "Sunday, residents said, a day after the army suspended talks with its rival.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    # with no incident in the main clause, the step is still told
    alone = _wire(pipeline, "KHARTOUM: The army suspended talks with the Rapid Support Forces on Sunday.")
    assert [e.sub_event_type for e in alone] == ["Change to group/activity"]


@pytest.mark.slow
def test_a_toll_raised_in_a_follow_up_keeps_the_leads_day(pipeline: Pipeline) -> None:
    # the wounded officer's death is the checkpoint attack's toll, not an incident of Tuesday, and Sunday's
    # bomb in another district stays an event of its own
    events = _wire(
        pipeline,
        "PESHAWAR: Militants stormed a police checkpoint in Bannu late Monday, killing three policemen, "
        "police said.\n\nA fourth officer who was wounded died in hospital on Tuesday, raising the toll to "
        "four.\n\nIn a separate incident on Sunday, a roadside bomb struck a military vehicle in the Lakki "
        "Marwat district, wounding two soldiers.",
    )
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        (dt.date(2024, 5, 6), "Armed clash", 4),
        (dt.date(2024, 5, 5), "Remote explosive/landmine/IED", 0),
    ]


@pytest.mark.slow
def test_a_group_blamed_in_a_sentence_of_the_incident_is_its_actor(pipeline: Pipeline) -> None:
    # the relative clause makes the blaming sentence a mention of its own; the blamed group is no target
    events = _wire(
        pipeline,
        "Three soldiers were killed when their vehicle ran over an explosive device in Lamu County on "
        "Tuesday. The county commissioner blamed the attack on Al-Shabaab militants, who he said had planted "
        "the device overnight.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [("Al Shabaab", "Military Forces of Kenya")]


@pytest.mark.slow
def test_a_lynching_retold_in_its_town_stays_one_event(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "PUEBLA: A mob beat two men to death in the town of San Miguel Canoa, on the outskirts of Puebla, on "
        "Monday night after rumours spread that they were child kidnappers.\n\nThe Puebla state prosecutor's "
        "office said residents dragged the men from a pickup truck and attacked them in the town square.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Mob violence", 2)]


@pytest.mark.slow
def test_a_death_in_a_torched_village_makes_the_raid_an_attack(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "RAMALLAH: Dozens of Israeli settlers attacked the village of Turmus Ayya on Tuesday, setting "
        "fire to houses and cars, residents said. One Palestinian man was shot dead, the health ministry "
        "said.",
    )
    got = [(e.sub_event_type, e.actor1, e.fatalities) for e in events]
    assert got == [("Attack", "Settlers (Israel)", 1)]
    # without a death the raid is the property destruction
    only_fire = _wire(
        pipeline,
        "RAMALLAH: Dozens of Israeli settlers attacked the village of Turmus Ayya on Tuesday, setting "
        "fire to houses and cars, residents said.",
    )
    assert [e.sub_event_type for e in only_fire] == ["Looting/property destruction"]


@pytest.mark.slow
def test_fighting_after_a_detention_is_the_clash(pipeline: Pipeline) -> None:
    # the detention is what the fighting followed, its cause
    events = _wire(
        pipeline,
        "TRIPOLI: Fighting erupted late Monday between the 444th Brigade and the Special Deterrence Force, "
        "known as Rada, after Rada detained a senior commander of the brigade at Mitiga airport.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Armed clash", dt.date(2024, 5, 6))]


@pytest.mark.slow
def test_a_clash_lasting_into_a_later_day_is_one_event(pipeline: Pipeline) -> None:
    # the day the fighting went on into is its stretch, no second clash
    events = _wire(
        pipeline,
        "TRIPOLI: Clashes between two rival armed groups in Tripoli on Monday killed 12 people, the "
        "emergency medicine centre said.\n\nThe clashes, which centred on the neighbourhood of Ain Zara, "
        "lasted into Tuesday.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 5, 6), 12)]


@pytest.mark.slow
def test_a_court_storys_old_bombing_retold_is_history(pipeline: Pipeline) -> None:
    # "The bombing" retells the March 2022 bombing the verdict is about; "Friday prayers" is its weekday
    text = (
        "PESHAWAR: An anti-terrorism court on Tuesday sentenced two men to death for facilitating the March "
        "2022 suicide bombing of a Shia mosque in the city.\n\nThe bombing, claimed by the Islamic State "
        "Khorasan Province, killed 63 worshippers during Friday prayers."
    )
    assert pipeline.extract_text(text, dt.date(2024, 11, 20)) == []
    # an old attack the lead only compares a reported one to does not swallow the reported one's retelling
    compared = _wire(
        pipeline,
        "QUETTA: Gunmen attacked a police checkpoint in Turbat on Monday, the deadliest attack since the "
        "2019 attack on the town's market.\n\nThe attack killed three policemen, officials said.",
    )
    assert [(e.event_date, e.fatalities) for e in compared] == [(dt.date(2024, 5, 6), 3)]


@pytest.mark.slow
def test_the_day_a_statement_was_read_is_not_the_incidents(pipeline: Pipeline) -> None:
    # Wednesday is when the ministry's statement was read on television: the attack told again, no second one
    events = _wire(
        pipeline,
        "NIAMEY: Suspected Islamic State fighters killed 12 civilians in an attack on a village in Niger's "
        "Tillaberi region on Monday, the defence ministry said.\n\nThe attackers arrived on motorcycles at "
        "the weekly market and opened fire on traders, the ministry said in a statement read on state "
        "television on Tuesday evening.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 5, 6), 12)]


@pytest.mark.slow
def test_an_armed_groups_encampment_is_no_protest_camp(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "Two soldiers and three communist rebels were killed when troops raided a New People's Army (NPA) "
        "encampment in Northern Samar on Monday, the military said.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    # a protest encampment is still a protest
    camp = _wire(pipeline, "Students set up a protest encampment outside the university in Manila on Monday.")
    assert [e.event_type for e in camp] == ["Protests"]


@pytest.mark.slow
def test_what_an_armed_group_is_estimated_to_control_is_a_state(pipeline: Pipeline) -> None:
    # (a story long enough not to be read as a headline, whose present tense tells the past)
    events = _wire(
        pipeline,
        "PORT-AU-PRINCE: Police fired tear gas to disperse hundreds of protesters demanding the resignation "
        "of the prime minister in Haiti's capital on Monday, as anger grew over the country's spiralling "
        "violence.\n\nGangs are estimated to control about 80% of Port-au-Prince.",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    # a past deed told under the same estimate keeps its perfect and is an event
    seized = _wire(
        pipeline, "Gang members are believed to have seized the town of Mirebalais in Haiti on Monday."
    )
    assert [e.event_date for e in seized] == [dt.date(2024, 5, 6)]


@pytest.mark.slow
def test_the_day_of_a_claim_is_not_a_new_incident(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "BAMAKO: Militants ambushed a Malian army convoy near Boni in central Mali's Mopti region on Monday, "
        "killing four soldiers, the army said.\n\nThe Group for the Support of Islam and Muslims (JNIM) "
        "claimed the ambush on Tuesday through its al-Zallaqa media outlet.",
    )
    assert [(e.event_date, e.actor1) for e in events] == [
        (dt.date(2024, 5, 6), "JNIM: Jama'a Nusrat al-Islam wal-Muslimin")
    ]


@pytest.mark.slow
def test_a_strike_retold_in_its_village_is_the_strike_told_before(pipeline: Pipeline) -> None:
    # "The strike hit the vehicle": a military strike (no labour strike), the one the lead placed only in
    # its country, now placed; the border it lies near names Israel, which is no place of the incident
    events = _wire(
        pipeline,
        "BEIRUT: An Israeli drone strike hit a car in southern Lebanon on Monday, killing two members of "
        "Hezbollah, security sources said.\n\nThe strike hit the vehicle on a road near the village of Kafr "
        "Kila, close to the border with Israel, the sources said.",
    )
    assert [(e.sub_event_type, e.country, e.fatalities) for e in events] == [
        ("Air/drone strike", "Lebanon", 2)
    ]


@pytest.mark.slow
def test_an_attack_the_army_says_it_repelled_is_the_attack_told_before(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "N'DJAMENA: Boko Haram fighters attacked an army position on an island in Lake Chad on Monday night, "
        "killing ten soldiers, a military source said.\n\nArmy spokesman General Azem Bermandoa said in a "
        "statement on Tuesday that the army had repelled the attack on its position near Ngouboua in the "
        "Lac province and killed 20 of the jihadists.",
    )
    assert [(e.event_date, e.country) for e in events] == [(dt.date(2024, 5, 6), "Chad")]


@pytest.mark.slow
def test_the_old_attack_of_a_verdict_is_history_wherever_the_story_names_it(pipeline: Pipeline) -> None:
    # "killed in the attack": the dead of the 2014 attack the verdict is about, not an incident of the day
    text = (
        "PESHAWAR: An anti-terrorism court in Peshawar on Thursday sentenced two men to life imprisonment "
        "for facilitating the 2014 attack on the Army Public School.\n\nParents of the children killed in "
        "the attack said outside the court that they would challenge the acquittal."
    )
    assert pipeline.extract_text(text, dt.date(2023, 11, 2)) == []


@pytest.mark.slow
def test_a_criminal_case_registered_is_no_incident(pipeline: Pipeline) -> None:
    pub = dt.date(2023, 5, 4)
    # the lynching is the event; the 'murder' of the case and the arrests joined to filing it are the law
    # taking its course
    text = (
        "A mob beat a trader to death in a village of Sindh's Sanghar district on Monday after he was "
        "accused of blasphemy.\n\nPolice said they had registered a murder case and arrested four men on "
        "Tuesday.\n\nOn Wednesday, police lodged a case against 60 people and detained nine of them."
    )
    events = pipeline.extract_text(text, pub)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Mob violence", 1)]
    # an arrest not tied to a case filed stays an arrest
    events = pipeline.extract_text("Police arrested four Maoists in Gaya district on Tuesday.", pub)
    assert [e.sub_event_type for e in events] == ["Arrests"]


@pytest.mark.slow
def test_a_captive_held_hostage_is_a_standing_state(pipeline: Pipeline) -> None:
    pub = dt.date(2023, 5, 4)
    text = (
        "Rebels attacked an army post in Nduga on Monday, killing three soldiers.\n\nThe troops had been "
        "looking for an engineer held hostage by the rebels when they were attacked."
    )
    events = pipeline.extract_text(text, pub)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    # a taking told as such is an abduction
    events = pipeline.extract_text("Rebels held five road workers hostage in Nduga on Monday.", pub)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


@pytest.mark.slow
def test_a_rally_only_told_as_the_audience_of_a_speech_is_no_protest(pipeline: Pipeline) -> None:
    pub = dt.date(2023, 5, 4)
    text = (
        "An air strike hit a car near the town of Nabatieh on Monday, killing two fighters, sources said."
        '\n\n"They will regret this," the group\'s deputy leader told a rally in Tyre.'
    )
    events = pipeline.extract_text(text, pub)
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    # a rally with a day of its own is one
    events = pipeline.extract_text("Thousands of supporters held a rally in Tyre on Tuesday.", pub)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.slow
def test_an_incident_blamed_on_a_state_is_its_forces(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "A drone strike blamed on Turkey hit a car near Sulaymaniyah on Sunday, killing two PKK fighters.",
        dt.date(2024, 6, 3),
    )
    found = [(e.sub_event_type, e.actor1) for e in events]
    assert found == [("Air/drone strike", "Military Forces of Turkey")]


@pytest.mark.slow
def test_the_day_of_a_claim_saying_what_it_did_is_not_a_new_incident(pipeline: Pipeline) -> None:
    # "claimed the raid on Tuesday, saying it had killed 15 soldiers": the claim's day, and its count is
    # the claimant's; the raid told before stays the one event
    events = _wire(
        pipeline,
        "NIAMEY: Jihadists raided an army post near Tera in Niger's Tillaberi region on Monday, security "
        "sources said.\n\nThe Islamic State Sahel Province claimed the raid on Tuesday, saying it had killed "
        "15 soldiers.",
    )
    assert [e.event_date for e in events] == [dt.date(2024, 5, 6)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier rallies this month left at least 12 people dead, according to a rights group.",
        "Previous clashes in the area killed nine people.",
        "Haftar's 14-month offensive on the capital in 2019-2020 left thousands dead.",
        "The two-year siege of the city left thousands dead.",
        "The raid was the latest in a string of army operations in the northern district.",
    ],
)
def test_earlier_incidents_and_periods_told_as_background_are_no_events(
    pipeline: Pipeline, sentence: str
) -> None:
    lead = "MOMBASA: Police fired tear gas at protesters marching in Mombasa on Tuesday, witnesses said.\n\n"
    events = _wire(pipeline, lead + sentence)
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Protest with intervention", dt.date(2024, 5, 7))
    ]


@pytest.mark.slow
def test_an_age_in_months_is_no_period(pipeline: Pipeline) -> None:
    text = "A two-month-old baby was killed when gunmen attacked a village in Zamfara on Monday."
    events = _wire(pipeline, text)
    assert [e.event_date for e in events] == [dt.date(2024, 5, 6)]


@pytest.mark.slow
def test_earlier_this_month_sets_an_incident_before_the_lead(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "QUETTA: Gunmen killed three policemen at a checkpoint in Turbat on Tuesday, officials said.\n\n"
        "Earlier this month, a three-day army operation in Kech killed 11 militants.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 5, 7), 3)]


@pytest.mark.slow
def test_fire_exchanged_since_a_date_long_past_sums_up_a_period(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "BEIRUT: An Israeli drone strike killed two men on a motorbike near Naqoura in southern Lebanon on "
        "Tuesday, a security source said.\n\nHezbollah has traded almost daily fire with Israeli troops "
        "since October 8.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Air/drone strike", dt.date(2024, 5, 7))]


@pytest.mark.slow
def test_a_year_in_another_clause_does_not_date_a_present_tense(pipeline: Pipeline) -> None:
    # "its strikes target": what Kyiv says its strikes are for, a habit; the year dates the war
    events = _wire(
        pipeline,
        "A Ukrainian drone hit a car in the village of Tetkino in Russia's Kursk region on Monday, killing "
        "the driver, the governor said.\n\nKyiv says its strikes target military sites used in the war that "
        "Russia began in February 2022.",
    )
    assert [(e.sub_event_type, e.country) for e in events] == [("Air/drone strike", "Russia")]


@pytest.mark.slow
def test_a_round_up_stamp_without_a_year_dates_its_entry(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Security round-up\n\nMOGADISHU - The main incidents of the week:\n\n"
        "Wednesday, 8 November: A roadside bomb struck an army convoy near Dhobley in Lower Juba region, "
        "killing two soldiers.\n\n"
        "November 10 - Soldiers clashed with Al-Shabaab fighters near Mahas in Hiraan region, killing 11 "
        "militants.",
        dt.date(2023, 11, 11),
    )
    assert [(e.event_date, e.time_precision) for e in events] == [
        (dt.date(2023, 11, 8), 1),
        (dt.date(2023, 11, 10), 1),
    ]


@pytest.mark.slow
def test_a_weekly_occasion_yields_to_the_date_the_sentence_gives(pipeline: Pipeline) -> None:
    # a court story: the bombing "during Friday prayers on March 4, 2022" is history, no event of the week
    text = (
        "ISLAMABAD: A court in Peshawar on Monday sentenced two men to death for their role in a bombing.\n\n"
        "Prosecutors said the convicts had sheltered the suicide bomber, who blew himself up inside a mosque "
        "during Friday prayers on March 4, 2022."
    )
    assert pipeline.extract_text(text, dt.date(2024, 5, 20)) == []
    # alone, the occasion still tells the day
    events = pipeline.extract_text(
        "Twin bombs hit the Sunday Mass at a cathedral in Jolo, killing 20 people.", dt.date(2019, 1, 28)
    )
    assert [e.event_date for e in events] == [dt.date(2019, 1, 27)]


@pytest.mark.slow
def test_gerunds_joined_as_a_subject_that_goes_on_are_no_incident(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "ADEN: A sniper shot dead a child in Taiz city on Monday, a local official said.\n\n"
        "A truce largely reduced fighting in 2022, but sniping and shelling continue to claim lives in the "
        "city.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
def test_a_bare_event_noun_a_copula_characterises_is_the_crime_in_general(pipeline: Pipeline) -> None:
    # (a story, not a lone line: a lone line reads as a headline, whose present and copulas report news)
    text = (
        "ABUJA - Kidnapping for ransom has become the fastest-growing criminal industry in the north-west, a "
        "report by a risk consultancy has found.\n\nArmed gangs have grown from cattle rustlers into heavily "
        "armed groups that control large swathes of forest, the report said."
    )
    assert pipeline.extract_text(text, dt.date(2023, 10, 4)) == []


@pytest.mark.slow
def test_a_capture_a_group_claims_with_no_day_of_its_own_takes_the_claims_day(pipeline: Pipeline) -> None:
    # "On Monday, the KIA said its fighters had seized ...": the capture names no day, the claim's day is
    # all the news knows of it (an air strike told before dates nothing after it)
    events = _wire(
        pipeline,
        "YANGON: A military airstrike on a village in Sagaing region killed four civilians on Sunday, "
        "residents said.\n\nOn Monday, the Kachin Independence Army said its fighters had seized an army "
        "camp near the town of Bhamo in Kachin state after two days of fighting.",
    )
    captures = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [(e.event_date, e.time_precision) for e in captures] == [(dt.date(2024, 5, 6), 1)]


@pytest.mark.slow
def test_a_raid_that_met_fire_from_gunmen_is_a_clash_with_them(pipeline: Pipeline) -> None:
    # the gunbattle the raid sparked names its armed side, whoever it killed
    events = _wire(
        pipeline,
        "NABLUS: Israeli troops raided the Balata refugee camp near Nablus on Tuesday, sparking a heavy "
        "gunbattle with Palestinian gunmen that killed three Palestinians, medics said.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Armed clash", "Military Forces of Israel")]
    # a follow-up with no day or place of its own that tells the troops fired back
    events = _wire(
        pipeline,
        "NABLUS: Israeli troops killed three Palestinians during a raid on the Balata refugee camp near "
        "Nablus on Tuesday, medics said.\n\nThe army said its soldiers came under fire from gunmen. The "
        "soldiers returned fire, it said.",
    )
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Armed clash", "Military Forces of Israel", 3)
    ]


@pytest.mark.slow
def test_another_strike_told_in_the_same_sentence_elsewhere_is_an_incident_of_its_own(
    pipeline: Pipeline,
) -> None:
    # one sentence, two strikes in two provinces: the second, 'another strike', is of the first's kind and
    # hand, on its day, in its own province
    events = _wire(
        pipeline,
        "KABUL: Pakistani jets carried out air strikes in Afghanistan on Monday, killing six people in "
        "Kunar province, a Taliban spokesman said.\n\nHe said the strikes hit homes in the Dangam district "
        "of Kunar, killing four women and two children, and another strike hit a house in the Sabari "
        "district of Khost province, causing no casualties.",
    )
    assert sorted((e.sub_event_type, e.actor1, e.admin1, e.event_date) for e in events) == [
        ("Air/drone strike", "Military Forces of Pakistan", "Khost", dt.date(2024, 5, 6)),
        ("Air/drone strike", "Military Forces of Pakistan", "Kunar", dt.date(2024, 5, 6)),
    ]


@pytest.mark.slow
def test_a_rough_figure_yields_to_a_count_of_the_same_dead(pipeline: Pipeline) -> None:
    # "dozens" (12) is an estimate; the army's exact count of the same fight stands, though it is higher
    events = _wire(
        pipeline,
        "MOGADISHU: Al Shabaab fighters attacked an army base in Somalia's Hiraan region on Monday, sparking "
        "hours of fighting, officials said. The army said 18 militants and 4 soldiers were killed.\n\n"
        "Al Shabaab said in a statement that it had killed dozens of soldiers.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 22)]


@pytest.mark.slow
def test_a_killing_by_police_told_after_a_riot_is_its_toll(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "KAMPALA: In the eastern town of Mbale, opposition supporters blocked roads with burning tyres and "
        "pelted police with stones on Tuesday. A boy was shot dead by police during the running battles, a "
        "police spokesman said, adding that officers had come under attack.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Violent demonstration", 1)]


@pytest.mark.slow
def test_a_claimed_bombing_of_that_month_is_history(pipeline: Pipeline) -> None:
    # "that month" points back to the month of the withdrawal told before: the bombing is background
    text = (
        "JALALABAD, Afghanistan (AFP) - A roadside bomb killed two Taliban fighters in Nangarhar province on "
        "Tuesday, a provincial spokesman said.\n\nIslamic State claimed that attack. The group also claimed "
        "the suicide bombing outside a Kabul hotel during the protests that month, which killed 40 people."
    )
    events = pipeline.extract_text(text, dt.date(2024, 4, 3))
    assert [(e.event_date, e.admin1) for e in events] == [(dt.date(2024, 4, 2), "Nangarhar")]


@pytest.mark.slow
def test_a_mob_word_in_the_reporters_phrase_makes_no_mob(pipeline: Pipeline) -> None:
    # the source is "a commander of a local vigilante group", the killers a named armed group
    events = pipeline.extract_text(
        "Boko Haram fighters killed six farmers on Sunday near Gwoza in Borno state, a commander of a local "
        "vigilante group told AFP.",
        dt.date(2024, 2, 13),
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians (Nigeria)")]


@pytest.mark.slow
def test_mourners_firing_guns_in_the_air_at_a_funeral_disperse_nobody(pipeline: Pipeline) -> None:
    # the mourners' own shots at the funeral are no attack on them and no dispersal of their march
    events = pipeline.extract_text(
        "Hundreds of mourners marched through Tubas on Tuesday for the funeral of a local fighter, firing "
        "guns in the air and chanting slogans.",
        dt.date(2023, 9, 13),
    )
    assert "Protest with intervention" not in [e.sub_event_type for e in events]
    assert all(e.actor2 is None or "Police" not in e.actor2 for e in events)


@pytest.mark.slow
def test_a_death_notice_after_the_incident_is_no_new_incident(pipeline: Pipeline) -> None:
    # the group's stock phrase for its dead names a place that is no place of any incident
    text = (
        "BEIRUT (AFP) - An Israeli air strike on a motorcycle near Naqoura killed a Hezbollah fighter on "
        "Wednesday, a security source said.\n\nHezbollah announced the death of one of its fighters, "
        '"martyred on the road to Jerusalem", in a statement.'
    )
    events = pipeline.extract_text(text, dt.date(2024, 1, 11))
    assert [(e.sub_event_type, e.country) for e in events] == [("Air/drone strike", "Lebanon")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The governor said on Wednesday that the government would continue with the offensive to liberate "
        "the remaining areas of the region from the militants.",
        "The commander said on Friday that the army will launch a new push to retake the town from the "
        "rebels.",
    ],
)
def test_an_infinitive_under_a_modal_verb_is_a_plan(pipeline: Pipeline, text: str) -> None:
    # the area to be liberated is an aim of what the government would do, no territory regained
    assert _events(pipeline, text) == []


@pytest.mark.slow
def test_provinces_taken_on_board_are_no_capture(pipeline: Pipeline) -> None:
    text = (
        "The interior minister said on Sunday that the provinces had been taken on board before the operation"
    )
    assert not [e for e in _events(pipeline, text) if "territory" in (e.sub_event_type or "")]


@pytest.mark.slow
def test_a_present_relative_clause_describes_its_noun(pipeline: Pipeline) -> None:
    # the gang's standing control of the area is no takeover on the day the sentence names
    events = _events(
        pipeline,
        "On Sunday, gunmen from a gang that controls parts of the area opened fire on residents in "
        "Port-au-Prince, killing three people.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
def test_air_support_of_a_raid_is_no_air_strike_and_its_battle_is_a_clash(pipeline: Pipeline) -> None:
    # 'backed by drones' says how the troops were supported; 'battling Palestinian gunmen', a participle
    # clause on the raid, names the armed side the raid fought
    events = _events(
        pipeline,
        "Israeli troops backed by drones raided the Jenin refugee camp on Monday, battling Palestinian "
        "gunmen in narrow alleys for hours.",
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Armed clash", "Unidentified Armed Group (Palestine)")
    ]


@pytest.mark.slow
def test_a_port_au_prince_neighbourhood_is_in_haiti(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "On Monday, a crowd beat and burned to death 13 suspected gang members in the Canapé-Vert "
        "neighborhood, police said.",
    )
    assert [(e.country, e.admin1) for e in events] == [("Haiti", "Ouest")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a day fronted before the deed, the attribution after it (the small model hangs 'A day earlier'
        # on 'said' when it reads 'clashed' as a clause on 'militias')
        (
            "Gunmen shot dead two soldiers at a checkpoint in Jowhar on Sunday, police said. A day earlier, "
            "Somali troops backed by local clan militias clashed with al Shabaab fighters near the town of "
            "Adale in Middle Shabelle region, a regional official said, as the army pressed an offensive.",
            dt.date(2023, 11, 20),
            dt.date(2023, 11, 18),
        ),
        # a day told between the deed and the speaker who tells it
        (
            "Insurgents beheaded two fishermen in the village of Mbau in Mozambique's northern Cabo Delgado "
            "province, on Saturday, local sources told reporters.",
            dt.date(2023, 9, 19),
            dt.date(2023, 9, 16),
        ),
    ],
)
def test_a_day_before_a_postposed_attribution_is_the_deeds(
    pipeline: Pipeline, text: str, published: dt.date, day: dt.date
) -> None:
    assert day in [e.event_date for e in pipeline.extract_text(text, published)]


@pytest.mark.slow
def test_a_bomb_planted_beforehand_is_no_second_blast(pipeline: Pipeline) -> None:
    # the quote's pluperfect laying is a step before Tuesday's blast, not an incident of its own
    events = pipeline.extract_text(
        "Two soldiers were killed on Tuesday when their vehicle ran over a roadside bomb in Mandera County. "
        '"The militants had planted the explosive on the road overnight," the county commissioner said on '
        "Wednesday.",
        dt.date(2024, 6, 13),
    )
    assert [(e.event_date, e.sub_event_type) for e in events] == [
        (dt.date(2024, 6, 11), "Remote explosive/landmine/IED")
    ]


@pytest.mark.slow
def test_small_arms_beside_grenades_make_a_gunfight(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Militants fired on a police patrol with small arms and hand grenades in Turbat on Sunday, killing "
        "two policemen, officials said.",
        dt.date(2023, 8, 14),
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_attackers_killed_in_the_ensuing_gunbattle_fought_the_guards(pipeline: Pipeline) -> None:
    # the attackers fell to guards who fought back (the state's forces when nobody else is named): a clash,
    # not an attack on the engineers the convoy carried
    events = pipeline.extract_text(
        "Militants attacked a convoy carrying Chinese engineers in Gwadar on Sunday, and two of the "
        "attackers were killed in the ensuing gunbattle, the military said.",
        dt.date(2023, 8, 14),
    )
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Military Forces of Pakistan", 2)
    ]


@pytest.mark.slow
def test_bodies_recovered_later_are_some_of_the_toll(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "A drone struck a gas station in Kharkiv late Friday, setting off a fire that killed seven people, "
        "the governor said. Rescuers pulled the bodies of a family of five from a burned house, he said.",
        dt.date(2024, 2, 10),
    )
    assert [e.fatalities for e in events] == [7]


@pytest.mark.slow
def test_a_seizure_the_violence_followed_is_its_background(pipeline: Pipeline) -> None:
    # the weapons the police seized before the crowd turned on the men do not type the crowd's violence
    text = (
        "A crowd beat 13 suspected gang members in Port-au-Prince on Monday after police stopped the men at "
        "a checkpoint and seized their weapons."
    )
    assert [e.sub_event_type for e in pipeline.extract_text(text, dt.date(2023, 4, 25))] == ["Mob violence"]
    # explosives found in the 'after' clause with no act of the main clause's own stay the event
    found = (
        "Police opened a counterterrorism investigation after two packages containing explosive devices "
        "were discovered at a railway station in London on Tuesday."
    )
    events = pipeline.extract_text(found, dt.date(2023, 4, 26))
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


@pytest.mark.slow
def test_a_car_bomb_that_opens_a_ground_assault_is_part_of_the_battle(pipeline: Pipeline) -> None:
    text = (
        "Fighting broke out on Wednesday when militants attacked an army base in Mahas district of Hiiraan "
        "region. An officer said the militants first detonated a car bomb at the gate before storming the "
        "base, and that the troops killed five of the attackers in the battle."
    )
    events = pipeline.extract_text(text, dt.date(2023, 6, 8))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_who_succumbed_to_wounds_is_no_doer(pipeline: Pipeline) -> None:
    text = (
        "The death toll from Monday's bomb blast targeting a police van in Quetta rose to eight on Tuesday "
        "after two injured constables succumbed to their wounds."
    )
    events = pipeline.extract_text(text, dt.date(2023, 8, 15))
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")
    ]


@pytest.mark.slow
def test_a_lead_dated_by_the_report_takes_the_day_of_its_retelling(pipeline: Pipeline) -> None:
    # the lead's only day is the authorities' saying; 'The lynching took place on Saturday' is its own day
    text = (
        "A mob beat a man and set him on fire in a village in Mexico's Puebla state, authorities said Sunday."
        " The lynching took place on Saturday in the community of San Miguel Canoa, prosecutors said."
    )
    events = pipeline.extract_text(text, dt.date(2024, 3, 18))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Mob violence", dt.date(2024, 3, 16))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Police baton-charged nurses who tried to march to the health minister's residence in Bhopal on "
            "Tuesday. Several nurses were hurt and 35 were detained.",
            "Protest with intervention",
        ),
        (
            "Protesters threw stones at police and set a bus on fire in Valencia on Sunday night. Police "
            "said nine people were arrested and 12 officers were injured.",
            "Violent demonstration",
        ),
    ],
)
def test_the_hurt_and_the_held_after_a_dispersal_or_a_riot_are_its_own(
    pipeline: Pipeline, text: str, sub_type: str
) -> None:
    # a follow-up with no day or place of its own that counts the injured and the detained tells the
    # intervention or the riot before it, no attack of its own
    events = pipeline.extract_text(text, dt.date(2022, 3, 1))
    assert [e.sub_event_type for e in events] == [sub_type]


# Short multi-event wire stories (articles84 branch): claims, follow-ups, actors the parse splits.
@pytest.mark.slow
def test_a_passive_claim_on_a_later_day_names_the_attackers_and_is_no_incident(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "NIAMEY: Gunmen attacked an army post near Tillaberi in western Niger on Monday, killing six "
        "soldiers, security sources said.\n\nThe attack was claimed on Tuesday by the Group for the Support "
        "of Islam and Muslims (JNIM) in a statement.",
    )
    assert [(e.event_date, e.actor1) for e in events] == [
        (dt.date(2024, 5, 6), "JNIM: Jama'a Nusrat al-Islam wal-Muslimin")
    ]


@pytest.mark.slow
def test_an_adjective_read_as_a_second_subject_gives_way_to_the_named_actor(pipeline: Pipeline) -> None:
    # the small model makes 'paramilitary' a subject beside 'Forces': the named group shelled, not the army
    events = _wire(
        pipeline,
        "KHARTOUM: The notorious paramilitary Rapid Support Forces shelled a market in Omdurman on Tuesday, "
        "killing seven people, medics said.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Shelling/artillery/missile attack", "RSF: Rapid Support Forces")
    ]


@pytest.mark.slow
def test_a_group_named_after_from_names_the_fighters_when_the_parse_splits_it(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "BEIRUT: On Monday, jihadists from Hayat Tahrir al-Sham (HTS) attacked army positions near Saraqib "
        "in Idlib province, killing three soldiers, a war monitor said.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Armed clash", "HTS: Hayat Tahrir al-Sham")]


@pytest.mark.slow
def test_the_bodies_of_the_dead_sent_home_are_no_deployment_and_no_new_killing(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "QUETTA: Four soldiers were killed when militants ambushed their vehicle near Panjgur on Monday, "
        "officials said.\n\nThe bodies of the martyred soldiers were sent to their home towns after funeral "
        "prayers on Tuesday.",
    )
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        (dt.date(2024, 5, 6), "Armed clash", 4)
    ]


@pytest.mark.slow
def test_forces_reinforced_after_an_incident_answer_it(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "MEXICO CITY: Gunmen killed four people at a taco stand in Culiacan on Monday, prosecutors said.\n\n"
        "The governor said security forces had been reinforced with 300 more soldiers.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
def test_positions_held_by_a_group_are_no_detention(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "ADEN: A sniper killed a woman in Taiz on Monday, officials said.\n\nShe was hit near a school "
        "that overlooks positions held by the Houthi movement, a spokesman said.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
def test_a_reports_tally_of_the_dead_is_no_incident(pipeline: Pipeline) -> None:
    # a UN mission's count over a period, told in the perfect under 'recorded': no event of its own
    text = (
        "KABUL: In a report covering the period from January to the end of April, the UN mission said it had "
        "recorded 412 civilians killed and 980 wounded across the country."
    )
    assert _wire(pipeline, text) == []


@pytest.mark.slow
def test_the_armed_dead_of_a_clash_between_two_sides_are_no_side_of_their_own(pipeline: Pipeline) -> None:
    events = _wire(
        pipeline,
        "ADEN: On Monday, clashes between government forces and Houthi fighters in Marib province killed "
        "at least six fighters, military sources said.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Yemen", "Ansar Allah")]


@pytest.mark.slow
def test_police_fronted_by_another_town_meet_a_demonstration_of_its_own(pipeline: Pipeline) -> None:
    # articles89: ACLED codes one demonstration per place; the tear gas in Lyon is not the Agen rally's
    events = pipeline.extract_text(
        "Farmers rallied outside the prefecture in Agen on Monday.\n\nIn Lyon, police used tear gas to clear "
        "a group of farmers who tried to block the ring road in the morning, the prefecture said.",
        dt.date(2024, 1, 23),
    )
    assert sorted((e.location, e.sub_event_type) for e in events) == [
        ("Agen", "Peaceful protest"),
        ("Lyon", "Protest with intervention"),
    ]


@pytest.mark.slow
def test_a_place_fronted_by_near_tells_a_parallel_incident_of_the_leads_day(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Farmers rallied in Agen on Monday.\n\nNear Toulouse, dozens of tractors blocked the A64 motorway "
        "at Carbonne for a sixth day.",
        dt.date(2024, 1, 23),
    )
    assert {(e.location, e.event_date) for e in events} == {
        ("Agen", dt.date(2024, 1, 22)),
        ("Toulouse", dt.date(2024, 1, 22)),
    }


@pytest.mark.slow
def test_banners_signed_by_a_group_are_no_agreement_and_no_protest(pipeline: Pipeline) -> None:
    text = "Last week, banners signed by a criminal group appeared in several towns in Guanajuato."
    assert pipeline.extract_text(text, dt.date(2024, 7, 9)) == []


@pytest.mark.slow
def test_a_shooting_with_no_named_doer_after_a_riot_is_its_toll(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "In Kisumu, youths barricaded roads with burning tyres and pelted police officers with stones on "
        "Wednesday. A 19-year-old man was shot dead in Kondele, Kisumu, the police commander said.",
        dt.date(2023, 7, 13),
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Violent demonstration", 1)]


@pytest.mark.slow
def test_a_national_count_of_arrests_joins_no_protest(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "In Mombasa, about 300 opposition supporters marched peacefully to Treasury Square on Wednesday.\n\n"
        "The interior minister said 87 people had been arrested across the country for looting.",
        dt.date(2023, 7, 13),
    )
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.slow
def test_another_sources_toll_is_the_incidents_and_the_lowest_stands(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Suspected ADF fighters killed at least 12 civilians in an attack on a village in Beni territory on "
        "Monday night, the administrator said. Local civil society groups put the toll at 15, saying several "
        "bodies had been found in nearby fields on Tuesday.",
        dt.date(2024, 10, 24),
    )
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 10, 21), 12)]


@pytest.mark.slow
def test_an_undated_lead_takes_the_day_of_its_retelling(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Armed bandits have killed three people in an attack on Gidan Dawa community in Maru Local "
        "Government Area of Zamfara State. The police spokesperson said the gunmen stormed the community "
        "at about 11 p.m. on Sunday. My brother was killed in front of his children, a resident said.",
        dt.date(2024, 3, 12),
    )
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 3, 10), 3)]


@pytest.mark.slow
def test_deaths_so_far_this_year_are_a_tally(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Nine Maoists were killed in an encounter with security forces in Bijapur district on Thursday. With "
        "this, 43 Maoists have been killed in separate encounters in the Bastar region so far this year.",
        dt.date(2024, 4, 5),
    )
    assert [e.fatalities for e in events] == [9]


@pytest.mark.slow
def test_a_death_doctors_declared_is_no_incident_of_its_own(pipeline: Pipeline) -> None:
    text = "A man was found unconscious in a street in Peshawar on Monday and doctors declared him dead."
    assert pipeline.extract_text(text, dt.date(2024, 7, 9)) == []
