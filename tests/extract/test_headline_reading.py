"""Wire headlines the small model misparses: the verb read as a noun, the object read as a complement, an
acronym read into a common word, a nationality read as the place."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.schema import Event

DAY = dt.date(2014, 6, 9)


def _one(pipeline: Pipeline, text: str) -> Event:
    events = pipeline.extract_text(text, DAY)
    assert len(events) == 1, [e.sub_event_type for e in events]
    return events[0]


@pytest.mark.slow
def test_a_rising_death_toll_updates_one_incident(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Suicide bomb attack death toll rises to 15 in Quetta")
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 15)
    # a rising number of attacks is still a trend
    assert pipeline.extract_text("Attacks on polio teams rise across the country", DAY) == []


@pytest.mark.slow
def test_a_headline_verb_tagged_as_a_noun_keeps_its_object(pipeline: Pipeline) -> None:
    # "trade" is tagged NN and made the root, with "fire" as its object
    event = _one(pipeline, "Pakistan and India trade heavy fire along border.")
    assert event.sub_event_type == "Armed clash"


@pytest.mark.slow
def test_an_attempt_on_a_life_is_an_attack(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Senior party leader escapes bid on life in Bannu")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.slow
def test_a_common_word_is_no_country_acronym(pipeline: Pipeline) -> None:
    # 'Car' is no CAR (Central African Republic) ...
    event = _one(pipeline, "Car bomb targets police, kills 8 civilians in Pakistan")
    assert event.country == "Pakistan" and "Central African" not in (event.actor1 or "")
    # ... but the acronym in capitals still is
    assert _one(pipeline, "Gunmen kill 5 in CAR capital Bangui").country == "Central African Republic"


@pytest.mark.slow
def test_the_country_of_the_incident_is_where_it_was_not_whose_soldiers(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Three Emirati soldiers killed in Yemen")
    assert (event.country, event.fatalities) == ("Yemen", 3)
    # a country that only modifies the weapon's owner is not the place
    assert _one(pipeline, "Pakistani civilian killed in Indian shelling.").country == "Pakistan"


@pytest.mark.slow
def test_a_killing_verb_without_an_object_is_a_headline_passive(pipeline: Pipeline) -> None:
    # "Two militants shot dead": the parser makes the victims the subject of an active "shot"
    event = _one(pipeline, "Two militants shot dead in Peshawar")
    assert (event.actor2, event.fatalities) == ("Unidentified Armed Group (Pakistan)", 2)
    assert event.actor1 != "Unidentified Armed Group (Pakistan)"
    event = _one(pipeline, "Taliban commander killed in Peshawar")
    assert event.actor2 == "Taliban" and event.actor1 != "Taliban"
    # with an object, or shooting at something, the subject acts
    assert _one(pipeline, "Gunmen shot dead two policemen in Peshawar").actor2 == "Police Forces of Pakistan"
    assert (
        _one(pipeline, "Militants shot at a police convoy in Bannu").actor1
        == "Unidentified Armed Group (Pakistan)"
    )


@pytest.mark.slow
def test_the_force_a_bomber_targeted_is_the_target(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Suicide bomber targeting police van in Bannu kills 2 people")
    assert (event.sub_event_type, event.actor2) == ("Suicide bomb", "Police Forces of Pakistan")


@pytest.mark.slow
def test_a_nationality_on_a_bomb_is_no_state_force(pipeline: Pipeline) -> None:
    event = _one(pipeline, "15 killed in Pakistani suicide attack in Quetta")
    assert (event.sub_event_type, event.actor1) == ("Suicide bomb", "Unidentified Armed Group (Pakistan)")
    # on shelling it is
    assert _one(pipeline, "Indian shelling kills three in Kotli").actor1 == "Military Forces of India"


@pytest.mark.slow
def test_unnamed_gunmen_arrest_nobody(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Mass arrests in Karachi after gunmen shoot at plane")
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Police Forces of Pakistan")


@pytest.mark.slow
def test_a_bomb_disposal_team_is_police(pipeline: Pipeline) -> None:
    assert (
        _one(pipeline, "Blast kills four bomb disposal team members in Peshawar").actor2
        == "Police Forces of Pakistan"
    )


@pytest.mark.slow
def test_a_party_named_inside_what_was_hit_is_the_target(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "The main entrance to the house of a PTI candidate was damaged in a blast caused by an improvised "
        "explosive device in Mir Ali on June 3.",
    )
    # a party's candidate is a civilian, the party the associated actor (ACLED's coding of party members)
    assert (event.actor1, event.actor2, event.assoc_actor_2) == (
        "Unidentified Armed Group (Pakistan)",
        "Civilians (Pakistan)",
        "PTI: Pakistan Tehreek-i-Insaf",
    )
    # a group that names the event itself is still its doer
    assert _one(pipeline, "Leaders slam continued NPA killings in Surigao").actor1 == "NPA: New People's Army"


@pytest.mark.slow
def test_a_rocket_attack_is_shelling(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "Six Levies personnel were killed in a rocket attack on their convoy in Jiwani on August 25.",
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.slow
def test_a_nationality_on_a_riot_names_the_rioters(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Palestinian riots erupted in Hebron on Friday.")
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (Palestine)")


@pytest.mark.slow
def test_a_lodged_protest_is_a_diplomatic_note(pipeline: Pipeline) -> None:
    assert pipeline.extract_text("Pakistan lodges protest with India over soldier's death at LoC", DAY) == []
    assert (
        _one(pipeline, "Villagers staged a protest in Bannu over power cuts.").sub_event_type
        == "Peaceful protest"
    )


@pytest.mark.slow
def test_a_vow_does_not_govern_what_happens_meanwhile(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Rebels vow new offensive as rockets kill 30 in Mariupol")
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 30)
    # the vowed offensive itself is still no event
    assert pipeline.extract_text("Rebels vow new offensive in Mariupol", DAY) == []


@pytest.mark.slow
def test_inflected_headline_verbs_are_truecased(pipeline: Pipeline) -> None:
    # "Ambushed" is lowercased through its stem "ambush", so the parser sees a verb
    event = _one(pipeline, "Boko Haram Ambushed Army, Borno")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Military Forces of Nigeria")


@pytest.mark.slow
def test_a_wire_headline_opening_with_updated_is_no_time_stamp(pipeline: Pipeline) -> None:
    event = _one(pipeline, "UPDATED: Boko Haram Kills 12, Robs Two Banks In Gombi, Adamawa State")
    assert event.fatalities == 12


@pytest.mark.slow
def test_feared_dead_are_reported_deaths(pipeline: Pipeline) -> None:
    assert _one(pipeline, "10 Feared Killed in Taraba Ethnic Clash").fatalities == 10
    assert pipeline.extract_text("Residents fear attacks by bandits in Zamfara", DAY) == []


@pytest.mark.slow
def test_two_armed_sides_versus_each_other_clashed(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Soldiers vs Boko Haram , Borno")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} >= {"Military Forces of Nigeria"}
    # teams and farmers are no armed sides
    assert pipeline.extract_text("Barcelona vs Real Madrid in Madrid", DAY) == []
    assert pipeline.extract_text("Boko Haram vs Farmers, Borno", DAY) == []


@pytest.mark.slow
def test_a_force_that_suffered_casualties_was_hit(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Nigeria Army Suffers Casualties in Adamawa")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Military Forces of Nigeria")


@pytest.mark.slow
def test_two_countries_in_a_subject_are_both_sides(pipeline: Pipeline) -> None:
    for text in (
        "India and Pakistan exchanged fire along the border on Monday.",
        "Indian and Pakistani troops exchanged heavy fire along the border on Monday.",
    ):
        event = _one(pipeline, text)
        assert {event.actor1, event.actor2} == {"Military Forces of India", "Military Forces of Pakistan"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # other spellings of sizeable towns, which the small model calls organisations or people
        ("Regime shelling kills two children in al-Tabaqa", "Ar-Raqqa"),
        ("Warplanes strike Der-Ezzor city, killing six", "Deir-ez-Zor"),
        ("Three fighters die in clashes near Sheikh Meskin", "Dar'a"),
        ("Helicopters drop barrel bombs on the Eastern Ghouta and al-Dumayr", "Rural Damascus"),
        ("Four civilians killed in Dar&#8217;a shelling", "Dar'a"),
        ("Regime helicopters bomb Talbiseh, killing a child", "Homs"),
        ("Heavy air raids on Manbej leave seven dead", "Aleppo"),
        ("Two shepherds killed by a landmine in the countryside of Deir Ezzor", "Deir-ez-Zor"),
        # districts the war made known, which GeoNames lacks (gazetteer patch)
        ("Mortar shells kill four in Jobar", "Damascus"),
    ],
)
def test_transliterated_town_names_find_their_place(pipeline: Pipeline, text: str, admin1: str) -> None:
    event = _one(pipeline, text)
    assert (event.country, event.admin1) == ("Syria", admin1)


@pytest.mark.slow
def test_aircraft_that_bomb_make_an_air_strike(pipeline: Pipeline) -> None:
    assert _one(pipeline, "Army helicopters bomb a village in Sagaing").sub_event_type == "Air/drone strike"
    # a suicide bomber who strikes is no aircraft, and a crash is no strike
    event = _one(pipeline, "Two suicide bombers struck a market in Maiduguri, killing nine")
    assert event.sub_event_type == "Suicide bomb"
    assert pipeline.extract_text("A helicopter crashed near Kabul, killing two pilots", DAY) == []


@pytest.mark.slow
def test_a_verb_read_as_a_noun_between_armed_men_and_a_place_is_the_event(pipeline: Pipeline) -> None:
    # "torch" is tagged as a noun modifying "Nigeria"
    event = _one(pipeline, "Gunmen torch Nigeria villages")
    assert (event.country, event.actor1) == ("Nigeria", "Unidentified Armed Group (Nigeria)")


@pytest.mark.slow
def test_storming_a_base_is_a_battle_not_a_capture(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Al-Shabaab fighters storm Somali army base")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Military Forces of Somalia")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a township is named by its town; the states keep their older English names in the news
        ("Landmine kills two farmers in Madaya Township", "Mandalay"),
        ("Junta airstrike hits a school in Karenni State", "Kayah"),
        # the model stops at "Hpa" of "Hpa-an"
        ("Shelling kills two civilians in Hpa-an Karen State", "Kayin"),
    ],
)
def test_myanmar_townships_and_state_names(pipeline: Pipeline, text: str, admin1: str) -> None:
    event = _one(pipeline, text)
    assert (event.country, event.admin1) == ("Myanmar", admin1)


@pytest.mark.slow
def test_the_named_group_says_which_country_a_place_name_is_in(pipeline: Pipeline) -> None:
    # Samar is a Philippine province and a Ukrainian town; the NPA fights in the Philippines
    event = _one(pipeline, "Soldiers clash with NPA fighters in Samar")
    assert event.country == "Philippines"


@pytest.mark.slow
def test_a_place_whose_end_the_model_reads_as_a_person(pipeline: Pipeline) -> None:
    # "Ismail Khan" is tagged a person, which left "Dera" to a town in Ethiopia
    event = _one(pipeline, "Gunmen attack police station in Dera Ismail Khan, killing two")
    assert (event.country, event.admin1) == ("Pakistan", "Khyber Pakhtunkhwa")
    # a title before a person's name makes no place of the name: the event stays in Kinshasa
    event = _one(pipeline, "Gunmen kill President Joseph Kabila's aide in Kinshasa")
    assert (event.country, event.location) == ("Democratic Republic of Congo", "Kinshasa")


@pytest.mark.slow
def test_a_named_country_is_where_a_nationality_only_says_whose(pipeline: Pipeline) -> None:
    # the wire suffix " - General Staff" costs the parse its 'in': no country is a locative object
    event = _one(pipeline, "Turkish Airstrike Kills 14 Kurdish Militants in Northern Iraq - General Staff")
    assert (event.country, event.actor1) == ("Iraq", "Military Forces of Turkey")
    # but a nationality that names the place ("in a Mexican city") still says where
    assert _one(pipeline, "Gunfights kill 13 in Mexican city on U.S. border").country == "Mexico"


@pytest.mark.slow
def test_a_verb_read_as_a_modifier_keeps_its_subject(pipeline: Pipeline) -> None:
    # "Regime forces shell areas" parsed as one noun phrase: the forces still fired
    event = _one(pipeline, "Regime forces shell areas in Aleppo southern countryside")
    assert (event.sub_event_type, event.actor1) == (
        "Shelling/artillery/missile attack",
        "Military Forces of Syria",
    )
    event = _one(pipeline, "20 militants killed in Pak airstrikes")
    assert (event.actor1, event.actor2) == (
        "Military Forces of Pakistan",
        "Unidentified Armed Group (Pakistan)",
    )


@pytest.mark.slow
def test_a_place_name_of_several_words_the_model_calls_a_person_is_placed(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Warplanes carried out raids on Maarat al-Numan, killing 5 civilians")
    assert (event.country, event.admin1, event.fatalities) == ("Syria", "Idleb", 5)


@pytest.mark.slow
def test_a_toll_from_one_incident_rising_reports_it(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Toll from Peshawar church bomb rises to 81")
    assert (event.admin2, event.fatalities) == ("Peshawar", 81)
    # a toll of many attacks over a period is still a trend
    assert pipeline.extract_text("Toll of attacks on polio teams rises this year", DAY) == []


@pytest.mark.slow
def test_a_claim_read_as_a_compound_noun_names_the_claimant(pipeline: Pipeline) -> None:
    # "Pakistan Taleban claim attack" is one noun phrase to the parser; the group, not Pakistan, is actor 1
    event = _one(pipeline, "Pakistan Taleban claim attack on police post in Bannu")
    assert event.actor1 == "TTP: Tehreek-i-Taliban Pakistan"
    assert event.actor2 == "Police Forces of Pakistan"


@pytest.mark.slow
def test_an_incident_ranked_in_a_period_is_no_old_incident(pipeline: Pipeline) -> None:
    # "third this year" counts the year's attacks; it dates nothing
    event = _one(pipeline, "Policeman guarding polio team shot dead in Bajaur, third this year")
    assert (event.fatalities, event.admin2) == (1, "Bajaur")


@pytest.mark.slow
def test_a_trailing_reporter_is_none_of_the_dead(pipeline: Pipeline) -> None:
    # a passive title's victims stay its subject, whoever reports them
    event = _one(pipeline, "Two police officers shot dead in Karachi's Orangi Town: police")
    assert (event.fatalities, event.actor2) == (2, "Police Forces of Pakistan")
    # the attribution read as the verb's object: one dead, not the three (or a dozen) the title counts
    samar = "NPA rebels ambush army patrol in Samar, 3 soldiers killed - military"
    assert _one(pipeline, samar).fatalities == 3
    assert _one(pipeline, "Dozens of Taliban killed in Helmand air strikes - ministry").fatalities == 12
    # ... unless it took the title's own object as its modifier ("Two Senior Commanders" of "Army")
    assert _one(pipeline, "Troops Repel Boko Haram, Kill Two Senior Commanders - Army").fatalities == 2
    # the place the attribution took as its modifier is the incident's
    africom = "US airstrike kills 7 al-Shabaab militants in southern Somalia - AFRICOM"
    assert _one(pipeline, africom).country == "Somalia"


@pytest.mark.slow
def test_a_title_placed_only_in_its_country_is_the_incident_a_later_title_places(pipeline: Pipeline) -> None:
    text = "Gunmen kill 5 police officers in ambush; Five police killed in Mexico's Guerrero - officials"
    event = _one(pipeline, text)
    assert (event.admin1, event.fatalities) == ("Guerrero", 5)
    # a title of another type, or with another count, is another incident
    assert len(pipeline.extract_text("Bomb kills 5 in Pakistan; Gunmen kill 3 in Quetta", DAY)) == 2


@pytest.mark.slow
def test_a_later_title_names_the_group_the_same_force_fought(pipeline: Pipeline) -> None:
    # the first title's "Islamists" are unnamed; the second, retelling the fight, names Boko Haram
    event = _one(
        pipeline,
        "Troops retake Gwoza, 40 Islamists killed: source;Two soldiers killed as Boko Haram loses Gwoza",
    )
    assert (event.actor1, event.actor2) == (
        "Military Forces of Nigeria",
        "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad",
    )


@pytest.mark.slow
def test_an_incident_word_before_a_rising_toll_names_the_updated_incident(pipeline: Pipeline) -> None:
    # 'shelling' parsed as a gerund subject with the toll as its object
    event = _one(pipeline, "Shelling kills 5 in Aleppo; Aleppo shelling death toll rises to 8")
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 8)
    # the incident before a headline's colon, hung on the update as a stray dependent
    text = "Air strike kills 14 at Yemen wedding; Yemen wedding air strike: toll rises to 21"
    assert _one(pipeline, text).fatalities == 21


@pytest.mark.slow
def test_a_toll_update_may_use_the_present_or_a_bare_verb(pipeline: Pipeline) -> None:
    text = (
        "Gunmen kill 23 Shia pilgrims in Mastung; Death toll reaches to 30 in attack on pilgrims in Mastung"
    )
    assert _one(pipeline, text).fatalities == 30
    # a toll that may rise is no count
    text = "Bomb kills 9 in Quetta market; Officials fear the toll could rise to 20"
    assert _one(pipeline, text).fatalities == 9


@pytest.mark.slow
def test_a_verbless_list_before_a_clash_noun_read_as_its_verb_counts_both_groups(pipeline: Pipeline) -> None:
    # 'clash' parsed as a present verb with both counted groups as its subjects
    event = _one(pipeline, "6 militants, 2 soldiers killed in Tirah clash")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 8)


@pytest.mark.slow
def test_a_bare_number_the_model_calls_a_date_is_a_count_of_the_dead(pipeline: Pipeline) -> None:
    # NER tags the '45' of a Title Case headline as a DATE
    assert _one(pipeline, "Gunmen Kill 45, Injure 95 in Taraba").fatalities == 45


@pytest.mark.slow
def test_soldiers_killed_fighting_a_group_are_the_dead(pipeline: Pipeline) -> None:
    # 'killed' tagged as a past verb with the gerund 'fighting' as its object
    event = _one(pipeline, "Four Iraqi soldiers killed fighting with Islamic State in Tikrit")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 4)


@pytest.mark.slow
def test_people_a_second_verb_detains_are_not_dead(pipeline: Pipeline) -> None:
    # 'detain' read as a noun modifying 'militants', which the parser hangs on 'kill'
    assert _one(pipeline, "Iraqi Kurds kill five, detain 12 IS militants in Tal Afar").fatalities == 5


@pytest.mark.slow
def test_a_short_form_of_a_country_doing_violence_is_its_forces(pipeline: Pipeline) -> None:
    # 'Pak' is tagged as no entity
    event = _one(pipeline, "Pak kills 24 militants in crackdown in Khyber")
    assert event.actor1 == "Military Forces of Pakistan"


@pytest.mark.slow
def test_a_family_counted_after_of_hung_on_the_verb_counts_its_members(pipeline: Pipeline) -> None:
    assert _one(pipeline, "Islamic State kills family of 12 in Anbar").fatalities == 12


@pytest.mark.slow
def test_a_headline_gerund_subject_that_counts_its_dead_is_an_incident(pipeline: Pipeline) -> None:
    # "Shelling" opening the title is tagged a gerund, the clausal subject of "claims"
    event = _one(pipeline, "Shelling on Homs suburb claims 7 lives")
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 7)
    # uncounted, the gerunds tell what goes on
    assert pipeline.extract_text("Sniping and shelling continue to claim lives in Aleppo", DAY) == []


@pytest.mark.slow
def test_the_men_a_side_lost_are_the_dead_of_a_battle(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Army loses 4 soldiers in Kachin fighting")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 4)
    event = _one(pipeline, "Junta loses dozens of troops in resistance attacks in Magway")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 12)
    # ground lost is no one's death
    assert pipeline.extract_text("Government forces lose ground in Anbar", DAY) == []


@pytest.mark.slow
def test_bodies_found_in_a_verbless_headline(pipeline: Pipeline) -> None:
    # the parser hangs "found" on the men, leaving "Bodies" the root with no verb
    event = _one(pipeline, "Bodies of 5 men found in Tamaulipas")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 5)


@pytest.mark.slow
def test_barrel_bombs_are_dropped_from_the_air(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Barrel bombs kill 9 in Daraa")
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 9)


@pytest.mark.slow
def test_an_incident_s_rank_in_the_year_dates_nothing(pipeline: Pipeline) -> None:
    # "the 30th this year" is tagged a date: read as a day, it made the killing old news
    event = _one(pipeline, "Human rights defender killed in Antioquia, the 30th this year")
    assert (event.sub_event_type, event.fatalities, event.event_date) == ("Attack", 1, DAY)
