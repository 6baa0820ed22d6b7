"""Coding rules on short texts, through the real pipeline (spaCy model, gazetteer, cue and actor tables).

Each case is a general property of news language or of ACLED's coding rules, not of one article; the texts
are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from flashpoint.evaluate.names import ActorMatcher, AdminAliases
from flashpoint.geo.parser import places_for_text
from flashpoint.pipeline import Pipeline
from flashpoint.schema import Event

NOTES = Path(__file__).with_name("acled_style_notes.tsv")


@dataclass(frozen=True)
class NoteRow:
    """One row of a notes file: what ACLED would code for the note. The optional columns are None when
    missing or empty (not checked)."""

    sub_type: str
    country: str
    fatalities: int
    text: str
    actor1: str | None = None
    admin1: str | None = None
    actor2: str | None = None
    admin2: str | None = None
    location: str | None = None


_OPTIONAL_COLUMNS = ("actor1", "admin1", "actor2", "admin2", "location")


def _notes(path: Path = NOTES) -> list[NoteRow]:
    """Rows of a notes file: sub_event_type, country, fatalities, note, then optional trailing columns
    actor1, admin1, actor2, admin2 and location (missing or empty: not checked)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sub_type, country, fatalities, text, *rest = line.split("\t")
            optional = dict(zip(_OPTIONAL_COLUMNS, [field.strip() or None for field in rest], strict=False))
            rows.append(NoteRow(sub_type, country, int(fatalities), text, **optional))
    return rows


def _one(pipeline: Pipeline, text: str, reference: dt.date | None = None) -> Event:
    events = pipeline.extract_text(text, reference)
    assert len(events) == 1, [e.sub_event_type for e in events]
    return events[0]


def _assert_coded_as(
    event: Event, note: NoteRow, actor_matcher: ActorMatcher, admin_aliases: AdminAliases
) -> None:
    """Type, country and fatalities as the row says; actor and admin names where the row gives them,
    compared as eval scores them (DESIGN.md section 7): regime years, "ABBR: Name", admin aliases."""
    assert (event.sub_event_type, event.country, event.fatalities) == (
        note.sub_type,
        note.country,
        note.fatalities,
    )
    for expected, got in ((note.actor1, event.actor1), (note.actor2, event.actor2)):
        if expected is not None:
            assert actor_matcher(expected, got), (expected, got)
    for expected, got in ((note.admin1, event.admin1), (note.admin2, event.admin2)):
        if expected is not None:
            assert admin_aliases.admin_match(expected, got), (expected, got)


def _time_precision(note: str) -> int:
    """ACLED's time precision for a note: 3 for a date it only knows the month of ("In May 2024 (month
    of), ..."), else 1 ("On 4 March 2023, ...")."""
    return 3 if "(month of)" in note else 1


@pytest.fixture(scope="module")
def actor_matcher() -> ActorMatcher:
    return ActorMatcher.load()


@pytest.fixture(scope="module")
def admin_aliases() -> AdminAliases:
    return AdminAliases.load()


@pytest.mark.slow
@pytest.mark.parametrize("note", _notes(), ids=lambda note: note.text[:60])
def test_acled_style_notes(
    pipeline: Pipeline, actor_matcher: ActorMatcher, admin_aliases: AdminAliases, note: NoteRow
) -> None:
    event = _one(pipeline, note.text)
    _assert_coded_as(event, note, actor_matcher, admin_aliases)
    assert event.event_date is not None and event.time_precision == _time_precision(note.text)
    # eval scores a location by its coordinates; by name it compares as an admin name does, without fuzz
    if note.location is not None:
        expected_key = admin_aliases.canonical_admin(note.location)
        got_key = admin_aliases.canonical_admin(event.location) if event.location else None
        assert expected_key == got_key, (note.location, event.location)


HEADLINES = Path(__file__).with_name("news_headlines.tsv")


@pytest.mark.slow
@pytest.mark.parametrize("note", _notes(HEADLINES), ids=lambda note: note.text[:60])
def test_news_headlines(
    pipeline: Pipeline, actor_matcher: ActorMatcher, admin_aliases: AdminAliases, note: NoteRow
) -> None:
    """Short news headlines (no date of their own: read against 1 June 2024), columns as in the notes file."""
    event = _one(pipeline, note.text, dt.date(2024, 6, 1))
    _assert_coded_as(event, note, actor_matcher, admin_aliases)


@pytest.mark.slow
def test_a_strike_on_a_target_is_no_labour_strike(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Israel strikes Hamas targets in Gaza", dt.date(2024, 6, 1))
    assert event.event_type != "Protests" and event.actor2 == "Hamas"


@pytest.mark.slow
def test_verbless_headline_reports_its_clashes(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "Casualties in clashes at Homs and raids on the countryside of Idlib", dt.date(2016, 1, 30)
    )
    assert (event.sub_event_type, event.country) == ("Armed clash", "Syria")


@pytest.mark.slow
def test_transliterated_and_mislabelled_places_are_found(pipeline: Pipeline) -> None:
    # the small model calls "Aleppo" a nationality; "Deir Ezzor" is spelled "Deir ez-Zor" in GeoNames
    for text in ("Warplanes bombed Aleppo, killing 5 civilians.", "Regime warplanes bombed Deir Ezzor city."):
        assert _one(pipeline, text, dt.date(2016, 4, 3)).country == "Syria"


@pytest.mark.slow
def test_a_nationality_read_as_the_subject_of_shelling_is_a_states_force(pipeline: Pipeline) -> None:
    # "Indian" parsed as the subject of the gerund "shelling", not as its modifier
    event = _one(pipeline, "Pakistan says Indian shelling kills three.", dt.date(2000, 3, 6))
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1 == "Military Forces of India"


@pytest.mark.slow
def test_a_nationality_on_armed_men_killed_names_no_state_force(pipeline: Pipeline) -> None:
    # "Palestinian" says who the gunmen were; the force they fought is the one named after 'with'
    event = _one(
        pipeline,
        "Two Palestinian gunmen were killed in a firefight with Israeli forces in Nablus on Thursday.",
        dt.date(2023, 9, 8),
    )
    assert (event.sub_event_type, event.actor1) == ("Armed clash", "Military Forces of Israel")
    assert event.actor2 == "Unidentified Armed Group (Palestine)"


@pytest.mark.slow
def test_a_weapon_someone_sent_is_theirs_not_a_states(pipeline: Pipeline) -> None:
    # "drones" alone are a state's aircraft ("drones bombed the village"); one launched by a group is its own
    event = _one(pipeline, "A drone launched by the Houthis struck a village in Marib on Monday.")
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "Ansar Allah")
    assert event.actor2 != "Military Forces of Yemen"
    # the drone launched is the weapon, not the target; "off" a port city sets the place at sea
    event = _one(pipeline, "Houthi forces launched a drone at a commercial ship off Hodeidah on Monday.")
    assert (event.actor1, event.actor2, event.country) == ("Ansar Allah", None, "Yemen")
    assert event.admin1 == "Al Hudaydah"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Russian forces shelled Kupiansk on Monday, killing two civilians.", "Ukraine", "Kharkiv"),
        ("Israeli troops raided Beit Ummar on Monday, arresting two men.", "Palestine", "West Bank"),
        # only the gazetteer reads "Eve" of "Christmas Eve" as a town (in Norway): no place, the country
        ("Myanmar soldiers burned 130 houses on Christmas Eve in a raid in Sagaing.", "Myanmar", "Sagaing"),
    ],
)
def test_the_attackers_nationality_does_not_push_the_town_they_struck_out(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    # a town of some size the model tags as a place is where the forces struck, though the only country
    # the text names is theirs
    event = _one(pipeline, text, dt.date(2024, 3, 6))
    assert (event.country, event.admin1) == (country, admin1)


@pytest.mark.slow
def test_party_supporters_riot_under_their_party(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 9 May 2023, PTI supporters attacked a military officer's house in Lahore and set it on fire.",
    )
    assert (event.sub_event_type, event.actor1, event.inter1) == (
        "Violent demonstration",
        "Rioters (Pakistan)",
        5,
    )
    assert event.assoc_actor_1 == "PTI: Pakistan Tehreek-i-Insaf"


@pytest.mark.slow
def test_rival_party_crowds_are_both_sides(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 4 June 2023, Awami League activists attacked BNP supporters in Dhaka, injuring 10."
    )
    assert (event.actor1, event.actor2, event.interaction) == (
        "Rioters (Bangladesh)",
        "Rioters (Bangladesh)",
        55,
    )
    assert event.assoc_actor_1 is not None and event.assoc_actor_2 is not None
    assert event.assoc_actor_1 != event.assoc_actor_2


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 12 June 2023, students protested in Dhaka over the killing of a classmate by police.",
        "On 9 May 2023, PTI supporters staged a protest in Lahore against the arrest of their leader.",
    ],
)
def test_what_a_protest_is_against_is_not_the_event(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert event.sub_event_type == "Peaceful protest"
    assert event.inter1 == 6 and event.actor2 is None and event.fatalities == 0


@pytest.mark.slow
def test_protesters_are_actor1_when_police_intervene(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "Police arrested 20 protesters during a rally in Karachi on Monday.", dt.date(2023, 6, 14)
    )
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1, event.actor2) == ("Protesters (Pakistan)", "Police Forces of Pakistan")


@pytest.mark.slow
def test_a_former_soldier_is_a_civilian(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 March 2022, Taliban fighters killed a former soldier in Jalalabad.")
    assert (event.sub_event_type, event.actor2, event.civilian_targeting) == (
        "Attack",
        "Civilians (Afghanistan)",
        "Civilians targeted",
    )


@pytest.mark.slow
def test_missiles_shot_down_are_not_deaths(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 10 October 2022, Ukrainian air defence shot down several Russian missiles over Kyiv."
    )
    assert event.fatalities == 0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a state's forces overtake ground abroad; at home, and once they are the state, they regain it
        ("On 9 October 2019, Turkish forces captured the town of Tal Abyad in Raqqa from the SDF.",
         "Non-state actor overtakes territory"),
        ("On 26 April 2024, Taliban forces retook the Darah district centre in Panjshir from NRF fighters.",
         "Government regains territory"),
    ],
)  # fmt: skip
def test_who_takes_ground_where_decides_the_territory_type(
    pipeline: Pipeline, text: str, sub_type: str
) -> None:
    assert _one(pipeline, text).sub_event_type == sub_type


@pytest.mark.slow
def test_a_claim_by_is_names_the_attacker(pipeline: Pipeline) -> None:
    # the small model reads "IS claimed" as "is claimed": the actor it tagged is still the claimant
    text = "On 2 September 2024, a suicide bomber killed 6 people in Kabul. IS claimed responsibility."
    assert _one(pipeline, text).actor1 == "Islamic State"


@pytest.mark.slow
def test_an_arrest_over_a_killing_is_an_arrest(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 5 June 2023, police arrested 3 men in connection with the killing of a reporter in Quetta.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Arrests", 0)


@pytest.mark.slow
def test_a_mob_lynching_a_thief_is_mob_violence_not_crime(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 3 September 2022, a mob lynched a suspected thief in Ikeja, Lagos.")
    assert (event.sub_event_type, event.country, event.fatalities) == ("Mob violence", "Nigeria", 1)


@pytest.mark.slow
def test_ordinary_crime_still_gives_no_event(pipeline: Pipeline) -> None:
    assert (
        pipeline.extract_text("Robbers stole cash from a bank in Lahore on Monday.", dt.date(2023, 6, 14))
        == []
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Police in Mombasa said on Friday they were investigating the murder of a hotel manager whose body "
        "was found near the beach.",
        "Police have opened a probe into the killing of a trader who was found with stab wounds in his home "
        "in Ludhiana on Sunday.",
    ],
)
def test_a_killing_the_police_investigate_is_crime(pipeline: Pipeline, text: str) -> None:
    # a short snippet with no armed actor and no crowd: the killing is a crime report, no political violence
    assert pipeline.extract_text(text, dt.date(2023, 6, 14)) == []


@pytest.mark.slow
def test_a_killing_the_police_investigate_keeps_its_armed_doer(pipeline: Pipeline) -> None:
    # the same case work after militants are named reports their attack
    events = pipeline.extract_text(
        "Militants shot dead a shopkeeper in Pulwama on Monday. Police said they were investigating the "
        "murder.",
        dt.date(2023, 6, 14),
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # headline misparse: "troops" a compound of the verb
        ("Nine killed as Nigerian troops battle Boko Haram terrorists", "Military Forces of Nigeria", None),
        # the means names who acted
        (
            "At least 27 Boko Haram fighters killed in Nigeria military operations",
            "Military Forces of Nigeria",
            None,
        ),
        # a force's post stands for the force
        ("Suspected Boko Haram gunmen raid police station in Maiduguri", None, "Police Forces of Nigeria"),
    ],
)
def test_state_forces_behind_headline_wording(
    pipeline: Pipeline, text: str, actor1: str | None, actor2: str | None
) -> None:
    event = _one(pipeline, text, dt.date(2014, 6, 30))
    assert event.sub_event_type == "Armed clash"
    assert actor1 is None or event.actor1 == actor1
    assert actor2 is None or event.actor2 == actor2


@pytest.mark.slow
def test_gunmen_storming_is_no_storm(pipeline: Pipeline) -> None:
    text = "Gunmen stormed Kabul University on Monday, killing students in their classrooms."
    assert _one(pipeline, text, dt.date(2020, 11, 3)).sub_event_type == "Attack"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("3 soldiers martyred in unprovoked firing across the border by Indian forces", "Armed clash"),
        ("Military pounds militant hideouts in northwest Pakistan", "Shelling/artillery/missile attack"),
        ("Taliban claim killing of Pakistani journalist", "Attack"),
        # a named kind of person shot is attacked, with or without a death
        ("They shoot a shopkeeper in the old city market", "Attack"),
    ],
)
def test_headline_verbs(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert _one(pipeline, text, dt.date(2019, 4, 2)).sub_event_type == sub_type


@pytest.mark.slow
def test_a_commemoration_of_martyrs_is_no_event(pipeline: Pipeline) -> None:
    assert pipeline.extract_text("Martyrs Day was observed across Kashmir.", dt.date(2018, 7, 13)) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a named day beats a vague period elsewhere in the sentence
        (
            "Police on Friday fired tear gas at hundreds of demonstrators as the protest descended into the"
            " worst violence in two decades",
            "Protest with intervention",
        ),
        # crowd-control weapons mean a crowd, even unnamed
        (
            "Security forces fired rubber bullets and tear gas to disperse crowds in the capital,"
            " injuring dozens",
            "Excessive force against protesters",
        ),
        # an air strike that destroyed a depot is an air strike, not a seizure
        (
            "Turkish jets destroyed weapon depots and hideouts used by militants in northern Iraq on Sunday",
            "Air/drone strike",
        ),
    ],
)
def test_type_precedence_cases(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert _one(pipeline, text).sub_event_type == sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a labour strike someone goes on is a protest
        ("Sanitation workers went on strike in Chennai on 3 June 2023 over unpaid pay.", "Peaceful protest"),
        # an explosive thrown by hand is a grenade's (ACLED's hand-thrown explosives)
        ("Unknown persons hurled crude bombs at a police post in Narayanganj on 16 May 2023.", "Grenade"),
        # goods seized are looted, not territory taken
        (
            "SNA factions seized the olive harvest of Kurdish farmers in Afrin on 3 October 2023.",
            "Looting/property destruction",
        ),
        # arrests after a protest are arrests, not an intervention in it
        ("Police arrested 3 student leaders in Colombo on 18 August 2022 following a protest.", "Arrests"),
        # what the crowd's demand followed is its grievance, also when the parser hangs it on the demand
        (
            "On 1 September 2024, Israelis demonstrated in Tel Aviv calling for a hostage deal after six"
            " hostages were found dead.",
            "Peaceful protest",
        ),
        (
            "On 14 August 2024, doctors staged a protest in Kolkata demanding justice for a trainee doctor"
            " raped and murdered at the college.",
            "Peaceful protest",
        ),
    ],
)
def test_notes19_type_rules(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert _one(pipeline, text).sub_event_type == sub_type


@pytest.mark.slow
def test_an_office_set_up_after_a_capture_is_the_event(pipeline: Pipeline) -> None:
    text = "On 10 February 2024, the AA set up an administrative office in Kyauktaw after seizing the town."
    assert _one(pipeline, text).sub_event_type == "Headquarters or base established"


@pytest.mark.slow
def test_places_of_the_gaza_war_missing_from_geonames_are_patched(pipeline: Pipeline) -> None:
    text = "On 5 May 2024, Hamas fired rockets at the Kerem Shalom crossing, killing 4 soldiers."
    event = _one(pipeline, text)
    assert (event.country, event.location) == ("Israel", "Kerem Shalom")


@pytest.mark.slow
def test_a_stoplisted_admin1_closes_a_note_bracket(pipeline: Pipeline) -> None:
    # 'Northern' is no place alone; after another unit of the bracket it is that unit's admin1
    text = "On 2 July 2023, the navy arrested 15 fishermen near Delft Island (Jaffna, Northern)."
    event = _one(pipeline, text)
    assert (event.country, event.admin1, event.admin2) == ("Sri Lanka", "Northern", "Jaffna")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a nation's snipers are its military; its air defences and the Iron Dome intercept for it
        ("Israeli snipers shot dead a child in Tulkarm on 19 April 2024.", "Military Forces of Israel"),
        (
            "On 9 May 2025, Indian air defence systems intercepted several Pakistani drones over Jammu.",
            "Military Forces of India",
        ),
        # an armed group a peaceful crowd names is its grievance, not its organiser
        (
            "Residents held demonstrations in Idleb on 1 March 2024 calling for the fall of the HTS leader.",
            "Protesters (Syria)",
        ),
    ],
)
def test_notes19_actor_rules(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert _one(pipeline, text).actor1 == actor1


@pytest.mark.slow
def test_a_trend_over_recent_months_is_still_background(pipeline: Pipeline) -> None:
    assert pipeline.extract_text("Militants have killed dozens of soldiers in recent months.", None) == []


@pytest.mark.slow
def test_held_up_signs_is_no_arrest(pipeline: Pipeline) -> None:
    text = "Dozens of students chanted and held up signs as they marched around the campus on Monday."
    assert _one(pipeline, text, dt.date(2020, 6, 3)).sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_allies_in_the_subject_are_associated_actors(pipeline: Pipeline) -> None:
    text = "On 18 July 2023, FAMa and Wagner forces clashed with JNIM militants near Douentza (Mopti)."
    event = _one(pipeline, text)
    assert (event.actor1, event.assoc_actor_1) == ("Military Forces of Mali", "Wagner Group")
    assert event.actor2 is not None and event.actor2.startswith("JNIM")
    assert (event.country, event.admin1) == ("Mali", "Mopti")  # "FAMa" and "Wagner" are actors, not places


@pytest.mark.slow
def test_two_sides_in_the_subject_fought_each_other(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 8 September 2022, ELN and Clan del Golfo clashed in Tame (Arauca), leaving one dead."
    )
    assert event.actor1 is not None and event.actor1.startswith("ELN")
    assert event.actor2 is not None and event.actor2.startswith("AGC")


@pytest.mark.slow
def test_state_forces_take_acled_articles(pipeline: Pipeline) -> None:
    text = (
        "On 3 May 2022, soldiers clashed with Abu Sayyaf militants in Patikul (Sulu), killing two soldiers."
    )
    assert _one(pipeline, text).actor1 == "Military Forces of the Philippines"


@pytest.mark.slow
def test_a_fused_subject_of_two_actors_gives_both_sides(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 11 March 2023, Al Shabaab and Somali army forces clashed in Jalalaqsi (Hiraan)."
    )
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia")


@pytest.mark.slow
def test_hacked_to_death_is_a_killing_of_a_civilian(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 1 July 2023, members of the Mungiki gang hacked a man to death in Nakuru (Nakuru)."
    )
    assert (event.sub_event_type, event.actor2, event.fatalities) == ("Attack", "Civilians (Kenya)", 1)


@pytest.mark.slow
def test_a_death_sentence_is_no_event(pipeline: Pipeline) -> None:
    text = "A court sentenced two men to death for the murder on Monday."
    assert pipeline.extract_text(text, dt.date(2023, 5, 3)) == []


@pytest.mark.slow
def test_an_identity_militia_is_named_by_its_group(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 5 May 2023, Fulani militiamen attacked Adara villagers in Kauru (Kaduna), killing 8."
    )
    assert (event.actor1, event.inter1, event.actor2) == (
        "Fulani Ethnic Militia (Nigeria)",
        4,
        "Civilians (Nigeria)",
    )
    assert event.interaction == 47


@pytest.mark.slow
def test_a_religion_or_nationality_is_no_ethnic_militia(pipeline: Pipeline) -> None:
    for text in (
        "On 5 May 2023, Muslim gunmen killed two villagers in Jos (Plateau).",
        "On 5 May 2023, Nigerian gunmen killed two villagers in Jos (Plateau).",
        "On Friday gunmen killed two villagers in Jos, Plateau State.",  # the day read as a compound
    ):
        assert _one(pipeline, text).actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.slow
def test_an_unattributed_air_raid_is_by_the_state(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "Warplanes bombed the northern countryside of Idlib on Monday, killing 4 civilians."
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Air/drone strike",
        "Military Forces of Syria",
        "Civilians (Syria)",
    )


@pytest.mark.slow
def test_a_government_that_shells_is_its_military(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Sudanese government shelling killed three civilians in El Fasher on 6 May 2024.")
    assert (event.sub_event_type, event.actor1) == (
        "Shelling/artillery/missile attack",
        "Military Forces of Sudan",
    )


@pytest.mark.slow
def test_two_identity_groups_in_the_subject_fought_each_other(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 9 June 2023, Dinka and Nuer youths clashed in Jonglei, leaving 12 dead.")
    assert (event.actor1, event.actor2, event.interaction) == (
        "Dinka Ethnic Militia (South Sudan)",
        "Nuer Ethnic Militia (South Sudan)",
        44,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Riot police dispersed protesters in Nairobi on Monday.",
        "Police fired tear gas at crowds in central Nairobi on Monday, declaring the gathering illegal.",
    ],
)
def test_riot_police_and_tear_gas_make_a_protest_with_intervention(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text, dt.date(2023, 7, 12))
    assert event.sub_event_type == "Protest with intervention"  # "riot" only describes the police
    assert (event.actor1, event.actor2) == ("Protesters (Kenya)", "Police Forces of Kenya")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The army deployed troops to the border town of Kidal on Tuesday.",
        "On 3 August 2023, the military dispatched reinforcements and armoured vehicles to Kidal.",
    ],
)
def test_troop_deployments_change_a_groups_activity(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text, dt.date(2023, 8, 4))
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Change to group/activity",
        "Military Forces of Mali",
        0,
    )


@pytest.mark.slow
def test_a_surrender_is_an_agreement(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 2 May 2023, 40 ISWAP fighters surrendered to troops in Bama (Borno).")
    assert event.sub_event_type == "Agreement"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 7 March 2023, Al Shabaab fighters entered Bulo Burte without a fight.",
        "On 7 March 2023, Al Shabaab fighters entered Bulo Burte and did not encounter any resistance.",
        "On 7 March 2023, government troops withdrew from Bulo Burte, leaving it in the hands of Al Shabaab.",
    ],
)
def test_territory_taken_without_fighting_is_a_non_violent_transfer(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.country) == ("Non-violent transfer of territory", "Somalia")


@pytest.mark.slow
def test_a_mass_grave_found_is_other_not_a_new_killing(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 14 April 2023, residents found a mass grave holding the bodies of 30 villagers killed by "
        "militants in Kumba (Meme, Sud-Ouest).",
    )
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")


@pytest.mark.slow
def test_a_fire_lit_by_a_crowd_is_no_accident(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 May 2023, thousands marched in Portland and some smashed shop windows and sparked a blaze.",
    )
    assert (event.sub_event_type, event.inter1) == ("Violent demonstration", 5)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 6 May 2023, soldiers discovered a large amount of ammunition believed to belong to the PKK in "
        "Trabzon.",
        "On 6 May 2023, soldiers found a militant hideout holding rifles near Trabzon.",
    ],
)
def test_weapons_found_are_disrupted_weapons_use(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.country) == ("Disrupted weapons use", "Turkey")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Pakistan kills 30 militants in Balochistan",
        "12 militants killed in Pakistan's Balochistan",
        "Pakistani shelling kills three militants in Balochistan",
    ],
)
def test_a_country_its_shelling_or_its_dead_rebels_name_the_states_forces(
    pipeline: Pipeline, text: str
) -> None:
    event = _one(pipeline, text, dt.date(2016, 3, 21))
    assert event.actor1 == "Military Forces of Pakistan"
    assert event.actor2 in ("Unidentified Armed Group (Pakistan)", None)


@pytest.mark.slow
def test_security_men_are_state_forces(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Blast kills two security men in Bajaur", dt.date(2013, 3, 26))
    assert (event.actor2, event.inter2) == ("Military Forces of Pakistan", 1)


@pytest.mark.slow
def test_a_place_after_a_reported_clause_is_the_events_not_the_speakers(pipeline: Pipeline) -> None:
    # "said ... in X" is where a spokesman spoke only when nothing but filler words stand between them
    event = _one(pipeline, "Police said 3 policemen were killed in Bannu on Sunday.", dt.date(2022, 3, 20))
    assert (event.location, event.admin2, event.geo_precision) == ("Bannu", "Bannu", 1)
    spoken = _one(
        pipeline,
        "Militants killed 3 policemen on Sunday, a spokesman said at a press conference in Peshawar.",
        dt.date(2022, 3, 20),
    )
    assert spoken.location != "Peshawar"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2023, police arrested a man who had bombed a bus in Quetta.",
        "On 2 May 2023, troops captured a commander who led attacks on soldiers in Bannu.",
    ],
)
def test_what_an_arrested_person_did_is_not_the_event(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == ("Arrests", 0)


@pytest.mark.slow
def test_a_town_the_model_calls_an_organisation_can_still_be_captured(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 2 May 2023, Al Shabaab fighters captured Bulo Burte.")
    assert (event.sub_event_type, event.actor1) == ("Non-state actor overtakes territory", "Al Shabaab")


@pytest.mark.slow
def test_holding_an_occasion_is_no_arrest(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 2 May 2023, nurses held a march in Lusaka against unpaid salaries.")
    assert (event.sub_event_type, event.actor2) == ("Peaceful protest", None)


@pytest.mark.slow
def test_a_march_with_a_cause_is_a_protest(pipeline: Pipeline) -> None:
    for text in (
        "On 6 June 2023, around 2,000 people marched in Skopje against rising food prices.",
        "On 6 June 2023, hundreds of students marched in Dhaka in solidarity with the striking teachers.",
    ):
        assert _one(pipeline, text).sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_a_protest_over_an_accident_is_no_accident(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 April 2023, protesters threw stones at police in Lyon during a demonstration over a bus crash.",
    )
    assert event.sub_event_type == "Violent demonstration"


@pytest.mark.slow
def test_police_action_in_the_next_clause_belongs_to_the_protest(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 9 May 2023, farmers gathered outside the governor's office in Jos to demand compensation; "
        "police dispersed them with tear gas.",
    )
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", "Police Forces of Nigeria")
    event = _one(
        pipeline,
        "On 9 May 2023, traders protested in Bo against new market fees; police detained several protesters.",
    )
    assert (event.sub_event_type, event.actor1) == ("Protest with intervention", "Protesters (Sierra Leone)")


@pytest.mark.slow
def test_retaking_and_choking_agents(pipeline: Pipeline) -> None:
    retaken = _one(
        pipeline,
        "On 11 June 2023, Military Forces of Ukraine retook Blahodatne town (Donetsk) from Russian forces.",
    )
    assert retaken.sub_event_type == "Government regains territory"
    gas = _one(
        pipeline,
        "On 5 June 2023, Russian troops dropped grenades with chloropicrin on trenches near Bakhmut.",
    )
    assert gas.sub_event_type == "Chemical weapon"


@pytest.mark.slow
def test_civilians_who_kill_are_a_mob(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 7 March 2023, villagers in Bunda (Mara) attacked and killed a man accused of theft."
    )
    assert (event.sub_event_type, event.actor1, event.inter1) == ("Mob violence", "Rioters (Tanzania)", 5)
    assert event.fatalities == 1
    beaten = _one(pipeline, "On 8 March 2023, a group of youths assaulted two traders in Tamale (Northern).")
    assert (beaten.sub_event_type, beaten.actor1, beaten.actor2) == (
        "Mob violence",
        "Rioters (Ghana)",
        "Civilians (Ghana)",
    )


@pytest.mark.slow
def test_the_bracketed_place_of_a_note_is_its_location(pipeline: Pipeline) -> None:
    # "Rivera" and "Hirak" are towns elsewhere; the name with its admin units in brackets is the place
    event = _one(
        pipeline,
        "On 2 July 2023, gunmen shot dead two men in the Rivera Hernandez neighbourhood of San Pedro Sula "
        "(San Pedro Sula, Cortes).",
    )
    assert (event.country, event.location) == ("Honduras", "San Pedro Sula")
    event = _one(pipeline, "On 5 March 2021, Hirak protesters marched in Oran (Oran) against the government.")
    assert event.country == "Algeria"


@pytest.mark.slow
def test_people_said_to_be_armed_are_an_armed_actor_even_when_they_steal(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 April 2023, armed youths raided Pariang (Ruweng), killing three herders and stealing cattle.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Attack", 3)
    assert pipeline.extract_text("On 3 March 2023, armed robbers killed a shopkeeper in Kano.") == []


@pytest.mark.slow
def test_the_brackets_overrule_a_namesake_abroad(pipeline: Pipeline) -> None:
    # GeoNames knows a Kani in Japan, not the Myanmar township: the bracketed region decides the country
    event = _one(pipeline, "On 8 February 2023, PDF members clashed with soldiers in Kani (Kani, Sagaing).")
    assert (event.country, event.admin1, event.geo_precision) == ("Myanmar", "Sagaing", 3)


@pytest.mark.slow
def test_an_alleged_crime_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 12 June 2023, residents of Iguala (Guerrero) beat to death a man accused of kidnapping."
    )
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Mexico)")
    event = _one(pipeline, "On 2 June 2023, police arrested a man suspected of killing a policeman in Kano.")
    assert event.sub_event_type == "Arrests"


@pytest.mark.slow
def test_arresting_marchers_is_an_intervention(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 8 March 2023, police detained 20 women who marched in Izmir to mark International Women's Day.",
    )
    assert (event.sub_event_type, event.actor1) == ("Protest with intervention", "Protesters (Turkey)")


@pytest.mark.slow
def test_a_unilateral_ceasefire_is_a_change_of_activity(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 17 July 2023, the ELN announced a unilateral ceasefire in Arauca (Arauca).")
    assert (event.sub_event_type, event.actor1) == (
        "Change to group/activity",
        "ELN: National Liberation Army",
    )


@pytest.mark.slow
def test_a_death_rioters_protest_is_not_their_fatality(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 30 June 2023, rioters set fire to cars in Lyon (Rhone, Auvergne-Rhone-Alpes) after the police "
        "killing of a teenager.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Violent demonstration", 0)


@pytest.mark.slow
def test_suspected_attackers_still_attack_and_demands_are_not_interventions(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 28 March 2021, two suspected suicide bombers blew themselves up outside a church in Makassar.",
    )
    assert event.sub_event_type == "Suicide bomb"
    event = _one(
        pipeline,
        "On 26 March 2021, dozens of protesters rallied in Grodno. They demanded the release of "
        "demonstrators detained during an earlier rally.",
    )
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_a_riot_and_its_wounded_are_one_event_of_the_crowd_s_country(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 29 May 2023, ethnic Albanian protesters clashed with police in Presevo (Pcinja). "
        "Around 12 officers were injured.",
    )
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (Serbia)")


@pytest.mark.slow
def test_an_agreement_that_frames_a_handover_is_not_the_event(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 25 November 2020, Armenian forces withdrew from Kalbajar (Kalbajar), which was handed over to "
        "Azerbaijan under the ceasefire agreement.",
    )
    assert event.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.slow
def test_causes_and_possessors(pipeline: Pipeline) -> None:
    # a cause is not a nationality; the crowd acts first in a riot
    event = _one(pipeline, "On 12 November 2023, pro-Kurdish protesters threw stones at police in Lyon.")
    assert (event.actor1, event.actor2) == ("Rioters (France)", "Police Forces of France")
    # the gendarme's wife is a civilian
    event = _one(pipeline, "On 3 April 2023, unidentified gunmen shot dead a gendarme's wife in Korhogo.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Ivory Coast)")


@pytest.mark.slow
def test_dead_fighters_exchanged_are_no_killing(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 3 May 2023, the army and the rebels swapped 40 prisoners and 12 dead fighters in Donetsk.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Agreement", 0)


@pytest.mark.slow
def test_a_drone_shot_down_is_disrupted_weapons_use(pipeline: Pipeline) -> None:
    # the drone is what was stopped, not what struck; drones that strike stay air strikes
    event = _one(pipeline, "On 2 June 2023, air defence units shot down four drones over Kursk.")
    assert event.sub_event_type == "Disrupted weapons use"
    event = _one(pipeline, "On 2 June 2023, drones struck a fuel depot in Kursk, killing one guard.")
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.slow
def test_violence_summed_up_as_background_does_not_type_the_event(pipeline: Pipeline) -> None:
    # "after a series of attacks", "following weeks of clashes": the reason, not the event
    event = _one(
        pipeline,
        "On 4 May 2023, elders of two clans signed a peace accord in Beledweyne after weeks of clashes.",
    )
    assert event.sub_event_type == "Agreement"
    event = _one(
        pipeline, "On 4 May 2023, the army deployed 500 troops to Beledweyne following a spate of attacks."
    )
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_arrests_at_a_demonstration_are_a_protest_with_intervention(pipeline: Pipeline) -> None:
    # ACLED: people detained at a protest make it a protest with intervention, not an arrest event
    for text in (
        "On 5 March 2023, police detained 14 people during a candlelit vigil in Minsk.",
        "On 5 March 2023, police arrested farmers taking part in a blockade of the port in Rotterdam.",
    ):
        event = _one(pipeline, text)
        assert (event.sub_event_type, event.inter1) == ("Protest with intervention", 6), text


@pytest.mark.slow
def test_people_beaten_stabbed_or_burned_are_attacked_and_unarmed_crowds_are_mobs(pipeline: Pipeline) -> None:
    # an assault verb with a person as object opens an event; students or fans who do it are a mob
    event = _one(pipeline, "On 8 March 2023, students beat and burned a teacher at a school in Kano.")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Nigeria)")
    event = _one(pipeline, "On 8 March 2023, football fans attacked two journalists in Belgrade.")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Serbia)")
    event = _one(pipeline, "On 8 March 2023, a man stabbed a local politician outside his office in Osaka.")
    assert event.sub_event_type == "Attack"


@pytest.mark.slow
def test_street_crowds_deployments_and_dropped_chemical_munitions(pipeline: Pipeline) -> None:
    # "took to the streets" is a demonstration
    event = _one(pipeline, "On 9 May 2023, thousands took to the streets of Niamey to back the junta.")
    assert event.sub_event_type == "Peaceful protest"
    # fighters and police sent somewhere change a group's activity, as troops do
    event = _one(pipeline, "On 9 May 2023, the group deployed 200 fighters to the outskirts of Kidal.")
    assert event.sub_event_type == "Change to group/activity"
    # a cylinder dropped from a helicopter is the weapon, not a gas accident
    event = _one(
        pipeline, "On 9 May 2023, a helicopter dropped a chlorine cylinder on Saraqib, killing 3 people."
    )
    assert (event.sub_event_type, event.fatalities) == ("Chemical weapon", 3)


@pytest.mark.slow
def test_the_day_an_agreement_is_announced_is_its_day(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 17 October 2023, the two sides announced a ceasefire agreement in Tibu.")
    assert (event.sub_event_type, event.event_date, event.time_precision) == (
        "Agreement",
        dt.date(2023, 10, 17),
        1,
    )


@pytest.mark.slow
def test_acled_english_names_of_gulf_and_asian_admin_units(pipeline: Pipeline) -> None:
    # GeoNames "Abu Zaby", "Masqat", "Wilayah Persekutuan Kuala Lumpur" are ACLED's "Abu Dhabi", ...
    for text, admin1 in (
        ("On 3 May 2023, hundreds of people protested in Abu Dhabi.", "Abu Dhabi"),
        ("On 3 May 2023, hundreds of people protested in Muscat.", "Muscat"),
        ("On 3 May 2023, hundreds of people protested in Kuala Lumpur.", "Kuala Lumpur"),
    ):
        assert _one(pipeline, text).admin1 == admin1, text


@pytest.mark.slow
def test_a_cited_outlet_is_no_party_and_a_town_area_stays_in_its_city(pipeline: Pipeline) -> None:
    # "reports PTI" cites the Press Trust of India, not Pakistan's Tehreek-e-Insaf
    event = _one(
        pipeline,
        "Maoist cadres set fire to four trucks of a private firm in Dantewada District on January 8, "
        "reports PTI.",
        dt.date(2015, 1, 10),
    )
    assert (event.actor1, event.actor2, event.country) == (
        "CPI (Maoist): Communist Party of India (Maoist)",
        None,
        "India",
    )
    # an area of a Karachi town matched only abroad by other spellings (Golestanak, Iran; Guliston,
    # Uzbekistan) is no evidence that the story is there: the event stays in Karachi
    event = _one(
        pipeline,
        "A prayer leader was shot dead inside a mosque in Gulistan e Jauhar area of Gulshan Town in Karachi, "
        "the provincial capital of Sindh, on July 12, reports The Express Tribune.",
        dt.date(2015, 7, 13),
    )
    assert (event.country, event.admin1, event.location) == ("Pakistan", "Sindh", "Karachi")


@pytest.mark.slow
def test_an_officer_by_rank_is_of_the_military(pipeline: Pipeline) -> None:
    # ACLED: gunmen shooting a serving officer is a clash with the state's forces, not an attack on a civilian
    event = _one(pipeline, "On 30 March 2015, gunmen shot dead an army colonel in Peshawar.")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Military Forces of Pakistan")


@pytest.mark.slow
def test_the_place_an_event_is_said_to_be_at_beats_a_place_inside_a_name(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "Naga National Council president Kiumukam Yimchunger was shot at by unidentified assailants at a "
        "colony in Dimapur District on October 18, reports Nagaland Post.",
        dt.date(2015, 10, 19),
    )
    assert (event.country, event.admin1, event.admin2) == ("India", "Nagaland", "Dimapur")


@pytest.mark.slow
def test_abbreviations_and_generic_place_nouns_are_no_namesakes_abroad(pipeline: Pipeline) -> None:
    # "RAB" abbreviates the battalion named before it: not Rab, Croatia, wherever it recurs
    event = _one(
        pipeline,
        "Two PBCP cadres were killed in a gunfight with the Rapid Action Battalion (RAB) in Tangail District "
        "on April 7. Two RAB personnel were injured in the gunfight.",
        dt.date(2016, 4, 8),
    )
    assert event.country == "Bangladesh"
    # "Town" cut from "Satellite Town" is no Town, Saint Lucia
    event = _one(
        pipeline,
        "At least one person was killed in an explosion near Sabzi Mandi in Satellite Town of provincial "
        "capital Quetta on December 4.",
        dt.date(2015, 12, 5),
    )
    assert (event.country, event.admin1) == ("Pakistan", "Balochistan")


@pytest.mark.slow
def test_a_mine_dug_for_coal_is_no_landmine(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 25 October 2024, gunmen attacked labourers sleeping at a coal mine in Duki, killing 2."
    )
    assert event.sub_event_type == "Attack"


@pytest.mark.slow
def test_a_cue_word_inside_a_group_name_opens_no_event(pipeline: Pipeline) -> None:
    # 'candlelight' is a protest cue, but not in the Candlelight Party's name
    event = _one(pipeline, "On 28 June 2024, police arrested 3 Candlelight Party activists in Phnom Penh.")
    assert event.sub_event_type == "Arrests"


@pytest.mark.slow
def test_arrests_ahead_of_a_rally_are_no_protest(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 16 December 2024, police detained 5 activists in Astana ahead of an unsanctioned rally."
    )
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Police Forces of Kazakhstan")


@pytest.mark.slow
def test_a_person_taken_hostage_is_no_place_taken(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 7 February 2023, TPNPB fighters took a New Zealand pilot hostage in Paro (Nduga, Highland "
        "Papua).",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.slow
def test_unnamed_militants_are_the_one_group_the_text_names(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 20 December 2023, security forces killed 12 militants in an operation in the Kalat area (Kalat, "
        "Balochistan). BLA militants fired at the troops first.",
    )
    assert (event.actor1, event.actor2) == ("Military Forces of Pakistan", "BLA: Baloch Liberation Army")
    # gunmen stay unidentified: ACLED names who attacked only when a source does
    event = _one(
        pipeline,
        "On 5 May 2024, gunmen shot dead a polio worker in Bannu (Bannu, Khyber Pakhtunkhwa). TTP "
        "militants are active in the district.",
    )
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"


@pytest.mark.slow
def test_a_claimed_attack_names_its_claimant(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 17 May 2024, gunmen opened fire on tourists in Bamyan city (Bamyan), killing 4. IS claimed the "
        "attack.",
    )
    assert event.actor1 in ("Islamic State", "IS: Islamic State (Khorasan Province)")


@pytest.mark.slow
def test_acled_english_names_of_russian_and_italian_admin_units(pipeline: Pipeline) -> None:
    for text, admin1 in (
        ("On 3 May 2023, hundreds of people protested in Yekaterinburg, Russia.", "Sverdlovsk"),
        ("On 3 May 2023, hundreds of people protested in Nizhny Novgorod, Russia.", "Nizhny Novgorod"),
        ("On 3 May 2023, hundreds of people protested in Florence, Italy.", "Tuscany"),
    ):
        assert _one(pipeline, text).admin1 == admin1, text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Police find bodies of three men with gunshot wounds in Culiacan", 3),
        ("Gunmen dump two bodies on a highway near Uruapan", 2),
        ("Residents find a man's body with signs of torture in Uruapan, Michoacan", 1),
    ],
)
def test_bodies_found_or_dumped_are_killings(pipeline: Pipeline, text: str, deaths: int) -> None:
    event = _one(pipeline, text, dt.date(2021, 3, 2))
    assert (event.sub_event_type, event.country, event.fatalities) == ("Attack", "Mexico", deaths)


@pytest.mark.slow
def test_the_body_of_someone_named_before_is_no_new_killing(pipeline: Pipeline) -> None:
    text = (
        "On 2 March 2021, troops killed a rebel commander in a clash near Tacloban. "
        "Soldiers later recovered the body of the commander and two rifles."
    )
    events = pipeline.extract_text(text, dt.date(2021, 3, 3))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 1)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type", "deaths"),
    [
        # blocking a road is a demonstration; only barricades, fires or fighting make it violent
        (
            "On 4 March 2024, farmers blocked the motorway with tractors near Lyon, France.",
            "Peaceful protest",
            0,
        ),
        # a firing verb whose object is tear gas tells how the crowd was met: the sentence joins the protest
        (
            "On 4 March 2024, hundreds of people protested in Luanda, Angola. Police fired tear gas.",
            "Protest with intervention",
            0,
        ),
        # the toll of the crowd just reported joins it
        (
            "On 4 March 2024, police used stun grenades against protesters in Minsk, Belarus."
            " One protester was killed.",
            "Excessive force against protesters",
            1,
        ),
        # an accident a crowd protests, or a killing it remembers, is no part of the event
        (
            "On 4 March 2024, thousands marched in Athens, Greece, over the train crash that killed"
            " 57 people.",
            "Peaceful protest",
            0,
        ),
        (
            "On 4 March 2024, thousands held a protest in Kocani, North Macedonia, after a nightclub fire"
            " killed 59 people.",
            "Peaceful protest",
            0,
        ),
        (
            "On 6 December 2023, on the anniversary of the killing of a teenager, youths threw stones at riot"
            " police in Athens, Greece.",
            "Violent demonstration",
            0,
        ),
        # who the people are is no arrest: 'detained' as an adjective
        ("On 4 March 2024, relatives of detained preachers protested in Riyadh.", "Peaceful protest", 0),
        # the interceptors are no weapon used
        (
            "On 10 September 2025, Polish aircraft shot down several Russian drones over Lublin, Poland.",
            "Disrupted weapons use",
            0,
        ),
        # a crowd fighting itself is rioters against rioters
        (
            "On 14 March 2024, supporters of two rival football clubs attacked each other near the stadium"
            " in Naples, Italy.",
            "Mob violence",
            0,
        ),
        # excessive force is the state's: a gunman who kills at a rally commits an attack, and a title
        # before a name is the same person
        (
            "On 9 August 2023, a gunman shot dead presidential candidate Fernando Villavicencio after a rally"
            " in Quito, Ecuador.",
            "Attack",
            1,
        ),
    ],
)
def test_notes15_rules(pipeline: Pipeline, text: str, sub_type: str, deaths: int) -> None:
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == (sub_type, deaths)


@pytest.mark.slow
def test_a_crowd_is_named_after_where_it_gathers(pipeline: Pipeline) -> None:
    """'National Salvation Front' is also a South Sudanese group's name: the crowd is still Tunisia's."""
    text = "On 14 January 2023, supporters of the National Salvation Front marched in Tunis, Tunisia."
    assert _one(pipeline, text).actor1 == "Protesters (Tunisia)"


@pytest.mark.slow
def test_a_capital_by_its_own_name_wins_when_no_country_is_named(pipeline: Pipeline) -> None:
    """'Santiago' alone is Chile's capital, not the Dominican province of that name."""
    event = _one(pipeline, "On 29 March 2023, hundreds of people protested in Santiago.")
    assert (event.country, event.location) == ("Chile", "Santiago")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # the crowd that tried to break in was there: an attempt governs what was tried, not its makers
        ("On 24 December 2023, protesters tried to break into the city hall in Belgrade, smashing windows.",
         "Violent demonstration"),
        ("On 24 December 2023, supporters protesting the results tried to break into the city hall in "
         "Belgrade, smashing windows.", "Violent demonstration"),
    ],
)  # fmt: skip
def test_an_attempt_was_made_by_its_subject(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert _one(pipeline, text).sub_event_type == sub_type


@pytest.mark.slow
def test_a_capture_tried_takes_no_ground(pipeline: Pipeline) -> None:
    text = "On 3 May 2023, rebels tried to take the airport in Goma but were repelled by the army."
    events = pipeline.extract_text(text, None)
    assert all(e.event_type != "Battles" or e.sub_event_type == "Armed clash" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 5 March 2024, Russian air defences intercepted 8 Ukrainian drones over Kursk region.",
         "Military Forces of Russia"),
        ("On 6 April 2024, Ukrainian air defence shot down 3 Russian missiles over Odesa region.",
         "Military Forces of Ukraine"),
    ],
)  # fmt: skip
def test_air_defence_that_intercepts_is_actor1(pipeline: Pipeline, text: str, actor1: str) -> None:
    """Air defence is its state's military: the interceptor disrupts the weapons use (actor 1)."""
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.actor1) == ("Disrupted weapons use", actor1)


@pytest.mark.slow
def test_residents_of_a_town_the_model_calls_a_person_live_in_a_place(pipeline: Pipeline) -> None:
    """'Residents of Zawiya': the small model tags 'Zawiya' a person; the people who live there say it is a
    place."""
    text = "Residents of Zawiya took to the streets on 22 June 2024 to protest against militia violence."
    assert _one(pipeline, text).country == "Libya"


@pytest.mark.slow
def test_a_fight_going_on_where_a_relative_clause_places_it_is_no_incident(pipeline: Pipeline) -> None:
    """'in Guerrero, where the CJNG and the Sinaloa Cartel are fighting for control': the clause describes
    the state by what goes on there, it reports no fight."""
    text = (
        "Analysts say the cartels want to control mayors.\nMost of the killings took place in Guerrero, "
        "Michoacan and Guanajuato, where the Jalisco New Generation Cartel (CJNG) and the Sinaloa Cartel are "
        "fighting for control of drug routes."
    )
    assert pipeline.extract_text(text, dt.date(2024, 3, 8)) == []


@pytest.mark.slow
def test_people_shot_in_a_raid_that_also_burns_homes_are_attacked(pipeline: Pipeline) -> None:
    """'shooting residents and setting homes on fire': people were shot, so no property destruction alone."""
    text = (
        "Gang members stormed the Carrefour-Feuilles neighbourhood of Port-au-Prince on 8 August 2023, "
        "shooting residents and setting homes on fire."
    )
    assert _one(pipeline, text).sub_event_type == "Attack"


@pytest.mark.slow
def test_a_death_in_a_vehicle_rioters_burned_adds_to_the_riot(pipeline: Pipeline) -> None:
    """After a riot, 'a bus driver was killed when his vehicle was set on fire' (no day, no place of its own)
    is the riot's dead, not a new attack."""
    text = (
        "Opposition activists torched buses and clashed with police in Dhaka on 29 October 2023. "
        "A bus driver was killed when his vehicle was set on fire."
    )
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == ("Violent demonstration", 1)


@pytest.mark.slow
def test_where_the_dead_came_from_is_not_where_they_died(pipeline: Pipeline) -> None:
    """'The three policemen killed in the blast were from Uttar Pradesh and Kerala': their home states, no
    second blast there."""
    text = (
        "Three policemen were killed when Maoists triggered an IED in Bijapur district of Chhattisgarh on 24 "
        "April 2023. The three policemen killed in the blast were from Uttar Pradesh and Kerala."
    )
    event = _one(pipeline, text)
    assert (event.admin1, event.fatalities) == ("Chhattisgarh", 3)


@pytest.mark.slow
def test_syrian_forces_named_by_their_backers(pipeline: Pipeline) -> None:
    # wire copy names the SDF and the SNA by who leads or backs them
    event = _one(pipeline, "US-backed Kurdish-led forces clashed with Turkish-backed factions near Manbij.")
    assert (event.actor1, event.actor2) == ("SDF: Syrian Democratic Forces", "SNA: Syrian National Army")


@pytest.mark.slow
def test_property_a_crowd_wrecks_is_a_riot(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 3, 10)
    # ordinary people burning property are a mob, not an organised actor's property destruction
    event = _one(pipeline, "Villagers torched two buses in Dhaka on Saturday.", pub)
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Bangladesh)")
    # wrecking the police's property is a violent demonstration against them
    event = _one(pipeline, "Youths vandalised a police post in Kano on Saturday.", pub)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Violent demonstration",
        "Rioters (Nigeria)",
        "Police Forces of Nigeria",
    )
    # burning tyres is a demonstration's violence, and a death it followed is its grievance, not its toll
    event = _one(pipeline, "Residents burned tyres in Kano on Saturday after a suspect died in custody.", pub)
    assert (event.sub_event_type, event.fatalities) == ("Violent demonstration", 0)
    # soldiers who loot are an organised actor
    event = _one(pipeline, "Soldiers looted shops in Bunia on Saturday.", pub)
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        # a conflict summed up by its toll, in the past simple or through a relative clause
        "The talks come a year after a peace deal ended a two-year war in the northern region that killed "
        "hundreds of thousands.",
        "The insurgency killed more than 4,000 people in Cabo Delgado.",
        # 'held' describing a place says who controls it: no one is detained
        "El Fasher is the last major city in the Darfur region still held by the army.",
    ],
)
def test_a_periods_toll_and_a_held_city_are_no_incident(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract_text(text, dt.date(2023, 9, 1)) == []


@pytest.mark.slow
def test_an_incident_in_a_relative_clause_is_still_reported(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Gunmen attacked a village in the Tigray region on Tuesday, killing 5 people.")
    assert event.fatalities == 5


@pytest.mark.slow
def test_a_parent_is_a_civilian_and_their_children_are_no_toll(pipeline: Pipeline) -> None:
    pub = dt.date(2019, 7, 5)
    event = _one(pipeline, "Soldiers shot dead a father of three in Myitkyina on Monday.", pub)
    assert (event.sub_event_type, event.actor2, event.fatalities) == ("Attack", "Civilians (Myanmar)", 1)
    event = _one(pipeline, "Gunmen killed a mother of two in Kano on Monday.", pub)
    assert event.fatalities == 1


@pytest.mark.slow
def test_a_crowd_turning_violent_in_a_follow_up_makes_its_protest_a_riot(pipeline: Pipeline) -> None:
    pub = dt.date(2022, 4, 8)
    # the crowd's own violence, told next with no day or place of its own, is the rally's
    text = (
        "Hundreds of farmers rallied outside the district office in Lahore on Thursday against the new water "
        "tax. Some of the protesters threw stones at police and set fire to a car."
    )
    event = _one(pipeline, text, pub)
    assert (event.sub_event_type, event.event_date) == ("Violent demonstration", dt.date(2022, 4, 7))


@pytest.mark.slow
def test_a_dispersal_after_detentions_makes_them_a_protest_with_intervention(pipeline: Pipeline) -> None:
    pub = dt.date(2022, 4, 8)
    text = (
        "Police detained about 40 people in Ankara on Thursday as they tried to gather for a march. "
        "Officers used pepper spray to disperse the crowd."
    )
    event = _one(pipeline, text, pub)
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", "Police Forces of Turkey")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Students gheraoed the vice-chancellor in Patna on Monday demanding a new exam date.", "India"),
        ("Farmers staged a rasta roko on the highway near Sonipat on Monday.", "India"),
        ("Truck drivers observed a chakka jam across Maharashtra on Monday against a new law.", "India"),
        ("Residents held a cacerolazo in Rosario on Monday night against the rise in fares.", "Argentina"),
        ("Unemployed workers set up a piquete on a road in La Matanza on Monday.", "Argentina"),
        ("Residents toyi-toyied outside the municipal offices in Mthatha on Monday.", "South Africa"),
    ],
)
def test_protest_words_of_south_asian_latin_american_and_south_african_wires(
    pipeline: Pipeline, text: str, country: str
) -> None:
    event = _one(pipeline, text, dt.date(2022, 4, 6))
    assert (event.sub_event_type, event.country) == ("Peaceful protest", country)


@pytest.mark.slow
def test_tear_gas_shells_and_petrol_bombs_are_a_crowds_weapons(pipeline: Pipeline) -> None:
    pub = dt.date(2022, 4, 8)
    # shells of tear gas fired at a crowd are crowd control, no shelling
    text = "Police fired rubber bullets and tear gas shells at garment workers in Gazipur on Thursday."
    event = _one(pipeline, text, pub)
    assert event.sub_event_type in ("Protest with intervention", "Excessive force against protesters")
    # protesters who petrol-bomb a shop riot; they detonate no explosive device
    text = "Protesters petrol-bombed a shop in Cape Town on Thursday during a march over a hair advert."
    assert _one(pipeline, text, pub).sub_event_type == "Violent demonstration"


@pytest.mark.slow
def test_industrial_material_in_a_seized_cache_is_no_accident(pipeline: Pipeline) -> None:
    text = (
        "Police recovered a cache of arms, including 40 kg of ammonium nitrate, from a Maoist dump in "
        "Malkangiri on Friday."
    )
    event = _one(pipeline, text, dt.date(2021, 5, 15))
    assert (event.sub_event_type, event.admin1) == ("Disrupted weapons use", "Odisha")


@pytest.mark.slow
def test_a_period_in_the_clause_of_an_incident_on_a_noun_dates_that_incident(pipeline: Pipeline) -> None:
    # the day is the ceremony's; the killing, told in a clause on the dead, is last year's
    text = (
        "Police on Thursday paid tributes to the 14 personnel who were killed in militant attacks in the "
        "district last year, at a ceremony in Anantnag."
    )
    assert pipeline.extract_text(text, dt.date(2021, 10, 22)) == []


@pytest.mark.slow
def test_township_of_cape_town(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Gunmen shot dead three people in Khayelitsha on Sunday.", dt.date(2021, 7, 19))
    assert (event.country, event.admin1, event.location) == ("South Africa", "Western Cape", "Khayelitsha")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Left Front workers enforced a 12-hour bandh in Agartala on Monday against the killing of a leader.",
        "A complete shutdown was observed in Sopore on Monday on the call of traders' bodies.",
        "Shopkeepers observed a hartal in Kozhikode on Monday over the new tax.",
    ],
)
def test_a_shutdown_observed_or_enforced_was_held(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text, dt.date(2022, 4, 5))
    assert (event.sub_event_type, event.event_date) == ("Peaceful protest", dt.date(2022, 4, 4))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The opposition called a 12-hour bandh in Agartala on Monday.",  # called, not yet held
        "The government enforced an internet shutdown in Sopore on Monday.",  # no strike at all
    ],
)
def test_a_shutdown_called_or_imposed_by_the_state_is_no_protest(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract_text(text, dt.date(2022, 4, 5))
    assert all(e.sub_event_type != "Peaceful protest" for e in events)


@pytest.mark.slow
def test_bonfires_and_bricks_are_a_crowds_violence(pipeline: Pipeline) -> None:
    pub = dt.date(2022, 4, 6)
    text = (
        "Boda boda riders went on strike in Jinja on Tuesday to protest against new parking fees. "
        "Some riders lit bonfires on the main street before police dispersed them with tear gas."
    )
    event = _one(pipeline, text, pub)
    assert (event.sub_event_type, event.event_date) == ("Violent demonstration", dt.date(2022, 4, 5))
    text = "Jute mill workers threw bricks at police in Khulna on Tuesday during a protest over unpaid wages."
    assert _one(pipeline, text, pub).sub_event_type == "Violent demonstration"
    # bonfires lit to celebrate are no riot
    text = "Residents lit bonfires in Ludhiana on Tuesday to celebrate Lohri."
    assert pipeline.extract_text(text, pub) == []


@pytest.mark.slow
def test_the_group_a_speaker_blames_is_no_target(pipeline: Pipeline) -> None:
    text = (
        "Gunmen shot dead a community leader in Suarez, Cauca, on Sunday, a rights group said, blaming "
        "the ELN."
    )
    event = _one(pipeline, text, dt.date(2022, 4, 5))
    assert (event.sub_event_type, event.actor2, event.fatalities) == ("Attack", "Civilians (Colombia)", 1)


@pytest.mark.slow
def test_people_fired_on_while_they_chanted_slogans_were_protesters(pipeline: Pipeline) -> None:
    pub = dt.date(2022, 4, 6)
    text = "Police opened fire on villagers who chanted slogans outside a police station in Izeh on Tuesday, "
    text += "killing three people."
    event = _one(pipeline, text, pub)
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 3)
    # what the dead had done before is no demonstration of the day
    text = "Gunmen shot dead a man who had chanted slogans at a rally in Quetta last year, police said on "
    text += "Tuesday."
    assert _one(pipeline, text, pub).sub_event_type == "Attack"


@pytest.mark.slow
def test_crowds_stoning_each_other_are_rival_rioters(pipeline: Pipeline) -> None:
    text = (
        "Members of two communities clashed and pelted stones at each other in Bhadrak town on Tuesday "
        "evening, leaving 12 people injured."
    )
    event = _one(pipeline, text, dt.date(2022, 4, 6))
    sides = (event.actor1, event.actor2)
    assert (event.sub_event_type, sides) == ("Mob violence", ("Rioters (India)", "Rioters (India)"))


@pytest.mark.slow
def test_a_name_linked_to_a_group_yields_to_the_group(pipeline: Pipeline) -> None:
    # "the Al-Qaeda-linked X": X claimed, Al Qaeda is only what it is tied to
    events = pipeline.extract_text(
        "Gunmen attacked an army post in Menaka on Friday, killing five soldiers. The attack was claimed by "
        "the al Qaeda-affiliated Jama'at Nusrat al-Islam wal-Muslimin.",
        dt.date(2023, 3, 5),
    )
    assert [e.actor1 for e in events] == ["JNIM: Jama'a Nusrat al-Islam wal-Muslimin"]


@pytest.mark.slow
def test_fighting_between_two_armed_sides_is_their_clash_whoever_died(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Fighting broke out on Sunday between Fano militiamen and government soldiers in Bahir Dar, with 11 "
        "people killed, among them four civilians caught in the crossfire, residents said.",
        dt.date(2023, 8, 8),
    )
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Military Forces of Ethiopia", 11)
    ]


@pytest.mark.slow
def test_a_linked_name_yields_to_the_alias_the_group_is_also_known_as(pipeline: Pipeline) -> None:
    text = (
        "MOGADISHU (Reuters) - A roadside bomb hit a police vehicle in Afgoye on Tuesday, killing three "
        "officers, a police spokesman said.\n\nThe al Qaeda-linked group, also known as Harakat al-Shabaab "
        "al-Mujahideen, claimed the attack."
    )
    events = pipeline.extract_text(text, dt.date(2024, 3, 6))
    assert [e.actor1 for e in events] == ["Al Shabaab"]


@pytest.mark.slow
def test_activists_of_two_party_wings_fighting_each_other_are_rival_rioters(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Activists of the Chhatra League and Chhatra Dal clashed with sticks and machetes at Rajshahi "
        "University on Tuesday, leaving 12 injured, police said.",
        dt.date(2023, 10, 25),
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Mob violence", "Rioters (Bangladesh)", "Rioters (Bangladesh)")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_types"),
    [
        # the unrest that 'explodes' is the figure: no bomb, and the crowd's own event stays
        ("With Kenyan protests exploding to new levels, the president is likely to deploy the army.", []),
        (
            "Protests exploded across Kenya on 4 July 2024, and police fired tear gas in Nairobi.",
            ["Protest with intervention"],
        ),
        ("Violence exploded in Kisumu on 4 July 2024, killing 5 people.", ["Attack"]),
        # a device that explodes is still a bomb
        (
            "A bomb exploded in a market in Quetta on 4 July 2024, killing 5 people.",
            ["Remote explosive/landmine/IED"],
        ),
    ],
)
def test_violence_that_explodes_is_no_explosive(
    pipeline: Pipeline, text: str, sub_event_types: list[str]
) -> None:
    assert [e.sub_event_type for e in pipeline.extract_text(text, None)] == sub_event_types


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the dead read as the subject are the victims; the nationality on the means is who fired
        (
            "Five civilians died in Turkish shelling in Afrin on Tuesday.",
            "Military Forces of Turkey",
            "Civilians",
        ),
        (
            "Two villagers died in army shelling in Kachin State on Monday.",
            "Military Forces of Myanmar",
            "Civilians",
        ),
        # "Indian" parsed as the preposition's object and "shelling" as a verb beside it
        (
            "Two civilians were killed in Russian shelling in Kherson.",
            "Military Forces of Russia",
            "Civilians",
        ),
        (
            "A woman was killed in Indian shelling in Kotli on Monday.",
            "Military Forces of India",
            "Civilians",
        ),
        # "trade" read as a noun whose modifier is both sides
        (
            "Pakistan and India trade heavy fire along border.",
            "Military Forces of Pakistan",
            "Military Forces of India",
        ),
    ],
)
def test_a_nationality_on_the_means_names_who_fired(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    event = _one(pipeline, text)
    assert event.actor1 is not None and event.actor1.startswith(actor1)
    assert event.actor2 is not None and event.actor2.startswith(actor2)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # ACLED codes each place of a demonstration reported in several as an event of its own
        (
            "Supporters of Ousmane Sonko protested in Dakar and in Ziguinchor on Friday.",
            ["Dakar", "Ziguinchor"],
        ),
        (
            "Teachers held protests in Lahore, Karachi and Peshawar on Monday demanding higher pay.",
            ["Lahore", "Karachi", "Peshawar"],
        ),
        ("Rioters torched shops in Kisumu and Homa Bay on Tuesday, police said.", ["Kisumu", "Homa Bay"]),
        # a town and its province, or a note's bracket, is one place
        ("Protesters rallied in Kotli, Azad Kashmir on Monday.", ["Kotli"]),
        ("On 3 August 2024, protesters looted a warehouse in Jos (Jos North, Plateau).", ["Jos"]),
        # a toll told for all the places cannot be shared out: one event
        ("Two protesters were shot dead as crowds rioted in Kisumu and Homa Bay on Tuesday.", ["Kisumu"]),
    ],
)
def test_a_demonstration_in_several_places_is_one_event_per_place(
    pipeline: Pipeline, text: str, places: list[str]
) -> None:
    events = pipeline.extract_text(text, dt.date(2024, 8, 5))
    assert [e.location for e in events] == places
    assert len({(e.sub_event_type, e.event_date, e.actor1) for e in events}) == 1


def test_a_headline_led_by_the_abbreviation_is_is_parsed_as_its_subject(pipeline: Pipeline) -> None:
    # with the norm "is", the model parsed "IS" as the verb and "kills" as a noun: no event at all
    event = _one(pipeline, "IS kills at least 23 Iraqi tribesmen near Ramadi")
    assert (event.sub_event_type, event.actor1, event.fatalities, event.admin1) == (
        "Attack",
        "Islamic State",
        23,
        "Anbar",
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the riot's dead, with nobody named who killed them, are the riot's toll: no attack of their own
        (
            "On 2 March 2024, youths burned tyres and threw stones at police in Kankan (Kankan, Kankan); "
            "one protester was shot dead.",
            1,
        ),
        (
            "On 2 March 2024, youths burned tyres and threw stones at police in Kankan (Kankan, Kankan); "
            "two young men were shot dead.",
            2,
        ),
    ],
)
def test_an_agentless_killing_after_a_riot_is_its_toll(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    events = pipeline.extract_text(text, None)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Violent demonstration", fatalities)]


@pytest.mark.slow
def test_killing_both_counts_two(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 May 2024, villagers beat two suspected cattle thieves and set them alight, killing both, in "
        "Kisii (Kisii, Kisii).",
    )
    assert (event.sub_event_type, event.fatalities) == ("Mob violence", 2)


@pytest.mark.slow
def test_an_extermination_site_found_is_other(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 12 May 2024, volunteers searching for missing relatives found a suspected extermination and "
        "burial site at a ranch in Lagos de Moreno (Lagos de Moreno, Jalisco).",
    )
    assert (event.sub_event_type, event.fatalities) == ("Other", 0)


@pytest.mark.slow
def test_a_bare_man_killed_by_a_rocket_of_any_side_is_a_civilian(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 2 June 2024, a Hezbollah rocket hit a house in Kiryat Shmona (Kiryat Shmona), killing one man.",
    )
    assert (event.actor1, event.actor2) == ("Hezbollah", "Civilians (Israel)")


@pytest.mark.slow
def test_the_owner_of_a_captured_base_is_actor_2(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 12 May 2024, Al Shabaab fighters overran the army's base in Bulo Burte (Bulo Burte, Hiraan).",
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Non-state actor overtakes territory",
        "Al Shabaab",
        "Military Forces of Somalia",
    )


@pytest.mark.slow
def test_a_mob_accusing_someone_of_an_offence_still_acts(pipeline: Pipeline) -> None:
    # the small model hangs 'set' as a compound on 'fire' under 'accusing ... of blasphemy': the past verb
    # still heads the cue, and a charge that is no incident ('of blasphemy') denies nothing
    event = _one(
        pipeline,
        "On 3 June 2024, a mob accusing a shopkeeper of blasphemy set fire to his shop in Nankana Sahib "
        "(Nankana Sahib, Punjab).",
    )
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Pakistan)")
    assert (
        pipeline.extract_text(
            "On 4 April 2024, the army accused the rebels of the attack on Kidal (Kidal).", None
        )
        == []
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities"),
    [
        # the last items of a haul the small model hangs on "killed" are neither a grenade attack nor dead
        (
            "SFs killed two militants in an encounter at Hajin in Bandipora District on June 16 and "
            "recovered two AK rifles and three hand grenades from the site.",
            "Armed clash",
            2,
        ),
        # fidayeen storm a place with guns: no suicide bomb without a blast
        (
            "Seventeen soldiers were killed in a fidayeen attack on an Army camp at Uri in Baramulla "
            "District on June 16.",
            "Armed clash",
            17,
        ),
        # a non-state group that detonates a bomb bombs; it disposes of nothing
        (
            "Cadres of a Madhesi outfit detonated a socket bomb at the Land Revenue Office in Gaur in "
            "Rautahat District on June 16. The building was damaged.",
            "Remote explosive/landmine/IED",
            0,
        ),
        # militants who seize the weapons of the men they abduct take loot, no weapons disrupted
        (
            "Unidentified militants abducted five security personnel and seized their vehicle and weapons in "
            "Kharan District on June 16.",
            "Abduction/forced disappearance",
            0,
        ),
        # a landmine stepped on by accident still went off
        (
            "An Army trooper was injured in a landmine blast along the Line of Control in Kupwara District "
            "on June 16. He accidentally stepped on a mine while patrolling.",
            "Remote explosive/landmine/IED",
            0,
        ),
        (
            "Police exchanged heavy firing with CPI-Maoist cadres in Latehar District on June 16.",
            "Armed clash",
            0,
        ),
        # a region named by who holds it, its hyphen stripped, is no capture
        (
            "Police arrested a suspected militant near Rawalakot in Pakistan occupied Kashmir on June 16.",
            "Arrests",
            0,
        ),
        # the bombing an arrest was for is its cause
        (
            "Police arrested a cadre of the Communist Party of Nepal from Kalikot District on June 16 for "
            "his alleged involvement in a bomb blast at a telecommunication tower.",
            "Arrests",
            0,
        ),
        # what the abducted were suspected of is no bombing of the report
        (
            "Volunteers of a peace committee kidnapped two men in Landi Kotal on June 16 on suspicion of "
            "their involvement in two explosions.",
            "Abduction/forced disappearance",
            0,
        ),
        # a shooting near a factory is no industrial accident
        (
            "A Police head constable was shot dead in an incident of targeted killing near a factory in "
            "Karachi on June 16.",
            "Armed clash",
            1,
        ),
    ],
)
def test_satp_summary_shapes(pipeline: Pipeline, text: str, sub_event_type: str, fatalities: int) -> None:
    event = _one(pipeline, text, dt.date(2021, 6, 17))
    assert (event.sub_event_type, event.fatalities) == (sub_event_type, fatalities)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A convoy of foreign hunters came under a gun attack by militants in Panjgur District on Monday.",
        "Troops at a border post in Mohmand District returned fire after coming under attack by militants "
        "on Monday.",
    ],
)
def test_coming_under_attack_by_armed_men_is_a_clash(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text, dt.date(2021, 6, 15)).sub_event_type == "Armed clash"


@pytest.mark.slow
def test_a_game_is_no_attack_and_a_mob_burning_a_police_station_riots(pipeline: Pipeline) -> None:
    pub = dt.date(2021, 8, 15)
    text = "Manchester United beat Leeds 5-1 at Old Trafford on Saturday, with Bruno Fernandes scoring a "
    text += "hat-trick as United's attack overwhelmed the visitors' defence."
    assert pipeline.extract_text(text, pub) == []
    text = "Angry residents set fire to a police station in Ikorodu in Lagos State on Saturday after a young "
    text += "man died in police custody."
    assert _one(pipeline, text, pub).sub_event_type == "Violent demonstration"
    text = "Dock workers at the port of Santos went on a 24-hour strike on Saturday demanding higher wages."
    assert _one(pipeline, text, pub).sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_an_undated_lead_takes_the_day_of_its_retelling(pipeline: Pipeline) -> None:
    lead = (
        "Gunmen shot and killed a village elder in Kunar province, officials said. "
        "The elder was attacked on Saturday evening as he walked home from a mosque in Asadabad, the "
        "provincial police spokesman said. His son was wounded. No group has claimed the killing. "
        "Residents said the elder, who had led a council that settled land disputes in the district for more "
        "than a decade, had received threats from unknown men in recent months."
    )
    events = pipeline.extract_text(lead, dt.date(2025, 3, 3))
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Attack", dt.date(2025, 3, 1), 1)
    ]
    # an incident set apart is another one
    apart = lead.replace("The elder was attacked", "In a separate attack, a teacher was killed")
    assert len(pipeline.extract_text(apart, dt.date(2025, 3, 3))) == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # what a perfect summing up a period says was done is of that period
        "The rebels have repeatedly claimed to have shot down army drones over the hills, without evidence.",
        # a present beside a past in running text is what goes on, whatever day the sentence names
        "The interior ministry published its half-year crime figures on Monday. Murders rose by a third in "
        "the first six months, the ministry said on Monday, as gangs fight for control of the ports. "
        "Officials blamed the fragmentation of the gangs. The government says it will build three prisons.",
    ],
)
def test_a_period_summed_up_is_no_incident(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract_text(text, dt.date(2025, 8, 11)) == []


@pytest.mark.slow
def test_a_passive_subject_read_as_the_fronted_places_apposition_is_the_dead(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "In Donetsk Oblast, a 70-year-old woman was killed when Russian artillery struck Kostiantynivka on "
        "3 May 2025, the governor said.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 1)


@pytest.mark.slow
def test_shelling_by_a_named_force_is_theirs(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "Artillery shelling by the paramilitary Rapid Support Forces on a market in El Obeid killed 9 people "
        "on 2 June 2025.",
    )
    assert (event.actor1, event.fatalities) == ("RSF: Rapid Support Forces", 9)


@pytest.mark.slow
def test_the_day_of_what_befell_someone_a_protest_demands_for_is_not_the_protests(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Hundreds of students rallied outside the press club in Peshawar on Friday. The protesters had "
        "gathered to demand the release of a classmate who had been detained by police in Mardan last week. "
        "They dispersed peacefully in the evening. Organisers said more rallies would follow.",
        dt.date(2025, 5, 10),
    )
    assert [(e.sub_event_type, e.event_date, e.location) for e in events] == [
        ("Peaceful protest", dt.date(2025, 5, 9), "Peshawar")
    ]


@pytest.mark.slow
def test_a_country_named_only_in_the_background_is_not_the_storys(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "LIMA (AFP) - Peru recorded its highest number of murders in a decade last year, according to "
        "official figures. The interior minister said on Sunday that 3,000 soldiers had been deployed to "
        "patrol the streets alongside the police. He said the troops would stay for 60 days. Much of the "
        "cocaine seized in the capital is produced in neighbouring Bolivia.",
        dt.date(2025, 8, 11),
    )
    assert [e.country for e in events] == ["Peru"]


@pytest.mark.slow
def test_weapons_recovered_with_the_bodies_were_not_used(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Troops clashed with New People's Army rebels in Impasugong, Bukidnon, on 12 October 2025, the army "
        "said. The bodies of two rebels were recovered along with a rifle and a grenade launcher.",
        dt.date(2025, 10, 13),
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 2)]


@pytest.mark.slow
def test_a_part_of_the_toll_told_again_is_no_conflicting_figure(pipeline: Pipeline) -> None:
    events = pipeline.extract_text(
        "Two soldiers and four militants were killed in a clash in Datu Piang, Maguindanao del Sur, on 5 May "
        "2025, the army said. Two soldiers who were wounded in the fighting died on the way to hospital.",
        dt.date(2025, 5, 6),
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 6)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ACLED writes its crowd-size tag on demonstrations only: people detained there were a crowd
        (
            "On 3 March 2024, police detained 40 people who came to lay wreaths in Minsk. [size=around 60]",
            ("Protest with intervention", "Protesters (Belarus)"),
        ),
        # an armed actor other than the police does what the sentence says, tag or not
        (
            "On 3 March 2024, Taliban forces arrested a former police officer in Herat. [size=no report]",
            ("Arrests", "Military Forces of Afghanistan"),
        ),
    ],
)
def test_a_crowd_size_tag_marks_a_demonstration(
    pipeline: Pipeline, actor_matcher: ActorMatcher, text: str, expected: tuple[str, str]
) -> None:
    event = _one(pipeline, text)
    assert event.sub_event_type == expected[0]
    assert actor_matcher(expected[1], event.actor1), event.actor1


@pytest.mark.slow
def test_forces_that_take_away_a_person_detain_them(pipeline: Pipeline, actor_matcher: ActorMatcher) -> None:
    # the taking away is the detention, by the force that did it; missing afterwards, a forced disappearance
    event = _one(
        pipeline,
        "On 2 May 2024, plainclothes police officers took away a student leader from his home in Masaya. "
        "His whereabouts remain unknown.",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert actor_matcher("Police Forces of Nicaragua", event.actor1), event.actor1
    arrest = _one(pipeline, "On 2 May 2024, soldiers took away two students from a hostel in Turbat.")
    assert (arrest.sub_event_type, arrest.actor1) == ("Arrests", "Military Forces of Pakistan")
    # 'picked up' is the disappearance phrase ("picked up by armed men"), active or passive
    picked = _one(pipeline, "On 2 May 2024, soldiers picked up two students from a hostel in Turbat.")
    assert (picked.sub_event_type, picked.actor1) == (
        "Abduction/forced disappearance",
        "Military Forces of Pakistan",
    )


@pytest.mark.slow
def test_a_dateline_place_opening_the_text_is_a_place(pipeline: Pipeline) -> None:
    # a town the model does not tag, first word of the text, before the dateline's date
    event = _one(pipeline, "Antakya, 3 March 2023 - Angry survivors threw stones at a relief convoy.")
    assert (event.country, event.admin1) == ("Turkey", "Hatay")


@pytest.mark.slow
def test_a_place_stood_with_yields_to_the_dateline(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Rabat, 13 October 2023 - Thousands marched on Friday in solidarity with Gaza.")
    assert (event.country, event.location) == ("Morocco", "Rabat")


@pytest.mark.slow
def test_a_past_verb_hung_on_the_subject_of_a_participle_happened(pipeline: Pipeline) -> None:
    # the small model makes 'demanding' the root and 'protested' a clause on 'graduates'
    event = _one(pipeline, "On 4 March 2024, graduates protested in Basra demanding jobs.")
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_a_death_after_an_intervention_is_excessive_force(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 March 2024, police fired tear gas and rubber bullets at students protesting in Dhaka. "
        "One student died later in hospital.",
    )
    assert (event.sub_event_type, event.fatalities, event.actor2) == (
        "Excessive force against protesters",
        1,
        "Protesters (Bangladesh)",
    )


@pytest.mark.slow
def test_a_death_in_the_clashes_after_a_riot_is_its_toll(pipeline: Pipeline) -> None:
    event = _one(
        pipeline,
        "On 4 March 2024, protesters stormed the parliament in Beirut and clashed with police. "
        "A soldier was killed in the clashes.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Violent demonstration", 1)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # protesters who attack people or damage shops are violent
        "On 4 March 2024, protesters attacked migrants and damaged their shops in Tripoli, Lebanon.",
        # people who storm a place demanding something demonstrate
        "On 4 March 2024, depositors stormed a bank in Sidon demanding their savings and broke its windows.",
    ],
)
def test_a_crowd_that_attacks_or_demands_is_a_violent_demonstration(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Violent demonstration"


@pytest.mark.slow
def test_a_named_stone_is_a_monument(pipeline: Pipeline) -> None:
    # 'the Solovetsky stone' is a memorial: no stone thrown
    event = _one(pipeline, "On 4 March 2024, police detained 20 people at the Solovetsky stone in Moscow.")
    assert event.sub_event_type == "Arrests"


@pytest.mark.slow
def test_a_baton_charge_with_light_injuries_is_an_intervention(pipeline: Pipeline) -> None:
    text = "On 4 March 2024, police baton-charged teachers protesting in Lahore, injuring several of them."
    event = _one(pipeline, text)
    assert event.sub_event_type == "Protest with intervention"


@pytest.mark.slow
def test_two_factions_of_a_group_are_both_sides(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 4 March 2024, members of two Gulf Clan factions clashed in Tierralta, killing 3."
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", event.actor1, event.actor1)
    assert event.actor1 is not None and event.actor1.startswith("AGC")


@pytest.mark.slow
def test_tear_gas_from_drones_is_crowd_control(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 4 March 2024, police fired tear gas from drones at farmers marching in Ambala."
    )
    assert event.sub_event_type == "Protest with intervention"


@pytest.mark.slow
def test_a_dispute_turned_into_clashes_is_a_clash(pipeline: Pipeline) -> None:
    text = (
        "On 4 March 2024, a land dispute between two tribes turned into armed clashes in Kurram, killing 4."
    )
    assert _one(pipeline, text).sub_event_type == "Armed clash"


@pytest.mark.slow
def test_the_district_named_before_its_bracketed_province(pipeline: Pipeline) -> None:
    event = _one(
        pipeline, "On 4 March 2024, Pakistani forces fired rockets into the Dangam district of Kunar (Kunar)."
    )
    assert (event.admin1, event.admin2) == ("Kunar", "Dangam")


@pytest.mark.slow
def test_police_charging_with_batons_is_crowd_control(pipeline: Pipeline) -> None:
    text = "On 4 March 2024, police charged students at a protest in Milan with batons, injuring several."
    assert _one(pipeline, text).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # a headline's comma lists a second group of dead
        ("Air strike kills 13 IS militants, seven civilians in Iraq's Mosul", 20),
        ("Clashes killed 5 soldiers, 12 militants in Kunar on Monday.", 17),
        # a bare count of people broken down, or a kind of person any group holds, adds none
        ("Gunmen killed 20 people, 13 policemen, in Zamfara on Monday.", 20),
        ("Gunmen killed 10 villagers, four women, in Zamfara on Monday.", 10),
    ],
)
def test_a_comma_between_two_counted_groups_of_dead_adds_them(
    pipeline: Pipeline, text: str, fatalities: int
) -> None:
    assert _one(pipeline, text).fatalities == fatalities


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a period word hung on the second of two coordinated verbs or counts scopes over both
        "More than 220 people have been killed and about 60,000 displaced in the conflict so far.",
        "Bandits have killed thousands of people and abducted many more for ransom over the past decade.",
        # a toll dated by a span of years
        "More than 450,000 people were killed in Colombia's armed conflict between 1985 and 2018.",
        # what an infinitive of purpose aims at under a habit
        "The group has increasingly used drones fitted with explosives to attack security forces in Cauca.",
    ],
)
def test_period_tallies_and_habits_report_no_incident(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract_text(text, dt.date(2024, 6, 12)) == []


@pytest.mark.slow
def test_two_years_that_are_no_range_are_no_period(pipeline: Pipeline) -> None:
    text = "On 18 June 2024, thousands of young people protested in Nairobi against the Finance Bill 2024."
    assert _one(pipeline, text).sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_a_nationwide_interception_count_is_no_incident(pipeline: Pipeline) -> None:
    text = (
        "Russian missiles struck Kharkiv on Sunday, killing three people. Ukraine's air force said on "
        "Monday that it had shot down 22 of the 24 Shahed drones that Russia launched overnight over several "
        "oblasts."
    )
    events = pipeline.extract_text(text, dt.date(2024, 5, 27))
    assert [(e.sub_event_type, e.admin1) for e in events] == [
        ("Shelling/artillery/missile attack", "Kharkiv")
    ]


@pytest.mark.slow
def test_the_dead_of_a_separate_clash_are_not_added(pipeline: Pipeline) -> None:
    text = (
        "Insurgents beheaded four villagers in Macomia district on Friday, local sources said, while "
        "Rwandan troops said they had killed six militants in a separate clash at the weekend."
    )
    events = pipeline.extract_text(text, dt.date(2024, 10, 14))
    assert events[0].fatalities == 4


@pytest.mark.slow
def test_a_day_after_by_on_a_count_is_no_incident_day(pipeline: Pipeline) -> None:
    text = (
        "Militiamen attacked a camp in Djugu territory late on Monday, killing at least 12 civilians. Local "
        "leaders gave a higher toll, saying 18 bodies had been recovered by Tuesday evening."
    )
    events = pipeline.extract_text(text, dt.date(2024, 5, 22))
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 5, 20), 12)]


@pytest.mark.slow
def test_a_similar_gathering_held_elsewhere_is_the_same_days(pipeline: Pipeline) -> None:
    text = (
        "In Turbat, thousands of people staged a sit-in at Shaheed Fida Chowk on Sunday. A similar sit-in "
        "was held in Gwadar, where participants blocked the Marine Drive for several hours."
    )
    events = pipeline.extract_text(text, dt.date(2024, 8, 5))
    assert [(e.location, e.event_date) for e in events] == [
        ("Turbat", dt.date(2024, 8, 4)),
        ("Gwadar", dt.date(2024, 8, 4)),
    ]


@pytest.mark.slow
def test_a_town_naming_a_routes_end_is_not_the_place(pipeline: Pipeline) -> None:
    text = "Police fired tear gas at students who had blocked the Dhaka-Aricha highway in Savar on Monday."
    assert _one(pipeline, text, dt.date(2024, 7, 16)).location == "Savar"


@pytest.mark.slow
def test_a_present_passive_in_running_text_tells_what_goes_on(pipeline: Pipeline) -> None:
    text = (
        "Russian artillery shelled Nikopol on Monday, killing a woman. The town, opposite the occupied "
        "nuclear plant, is shelled almost daily."
    )
    assert _one(pipeline, text, dt.date(2024, 6, 12)).event_date == dt.date(2024, 6, 10)


@pytest.mark.slow
def test_a_placeless_share_of_intercepted_drones_is_no_event(pipeline: Pipeline) -> None:
    """'shot down 40 of 52 drones launched overnight': a national count of a night's wave, placed nowhere;
    with a place of its own it is an interception there."""
    text = "The air force said it had shot down 40 of the 52 drones launched by Russia overnight."
    assert pipeline.extract_text(text, dt.date(2024, 6, 1)) == []
    placed = (
        "On 1 June 2024, air defence shot down 40 of 52 drones launched by Russia over Kharkiv (Kharkiv)."
    )
    assert [e.sub_event_type for e in pipeline.extract_text(placed, None)] == ["Disrupted weapons use"]


@pytest.mark.slow
def test_so_far_this_year_makes_a_tally_wherever_it_hangs(pipeline: Pipeline) -> None:
    text = (
        "With this, 61 militants have been killed in separate operations in the Kurram region, comprising "
        "three tehsils including Parachinar, so far this year."
    )
    assert pipeline.extract_text(text, dt.date(2024, 6, 1)) == []


@pytest.mark.slow
def test_a_name_before_a_province_of_another_names_that_province(pipeline: Pipeline) -> None:
    """'the Red Sea province of Hodeidah' is Yemen's Hodeidah, not Egypt's Red Sea."""
    text = "On 2 June 2024, a landmine killed two shepherds in the Red Sea province of Hodeidah."
    events = pipeline.extract_text(text, None)
    assert [(e.country, e.admin1) for e in events] == [("Yemen", "Al Hudaydah")]


@pytest.mark.slow
def test_a_placeless_nationwide_march_sums_up_the_placed_ones(pipeline: Pipeline) -> None:
    from flashpoint.schema import Article

    text = (
        "MADRID (Reuters) - Hundreds of thousands of people marched across Spain on Saturday against the "
        "housing crisis and the rise of short-term holiday rentals in the big cities, in one of the largest "
        "days of protest in years, organisers said.\n\nIn Madrid, protesters marched to the parliament "
        "building. In Barcelona, demonstrators rallied outside the regional government's offices.\n\n"
        "Rents have risen sharply in both cities over the past decade. The government said it would "
        "present a new housing law next month. Unions called for more marches in the autumn."
    )
    events = pipeline.process(Article(text=text, published=dt.date(2024, 6, 2)))[1]
    assert all(e.admin1 is not None for e in events), [(e.sub_event_type, e.location) for e in events]


@pytest.mark.slow
def test_a_victims_armed_group_told_in_a_later_sentence_is_the_target(pipeline: Pipeline) -> None:
    text = (
        "On 3 March 2024, an Israeli drone hit a motorcycle near Majdal Zoun (Tyre, South), killing its "
        "rider. Hezbollah said the next day that the man was a fighter of its Radwan unit."
    )
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.actor2) == ("Air/drone strike", "Hezbollah")


@pytest.mark.slow
def test_a_party_member_told_later_stays_a_civilian(pipeline: Pipeline) -> None:
    text = (
        "On 3 March 2024, a roadside bomb struck a car near Mir Ali (North Waziristan, Khyber Pakhtunkhwa), "
        "killing a man. He was a member of the PTI."
    )
    assert _one(pipeline, text).actor2 == "Civilians (Pakistan)"


@pytest.mark.slow
def test_one_of_the_wounded_dying_on_a_later_day_adds_to_the_incident(pipeline: Pipeline) -> None:
    text = (
        "On 2 April 2024, gunmen opened fire on a bus in Mandera (Mandera), wounding six passengers. "
        "Two of the injured passengers died in hospital on 4 April."
    )
    event = _one(pipeline, text)
    assert (event.fatalities, event.event_date) == (2, dt.date(2024, 4, 2))


@pytest.mark.slow
def test_troops_taking_positions_in_a_coup_take_no_territory(pipeline: Pipeline) -> None:
    text = (
        "On 1 February 2024, soldiers took positions around the presidential palace in Niamey (Niamey) in "
        "an apparent coup attempt."
    )
    assert _one(pipeline, text).sub_event_type == "Other"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2024, the junta suspended the activities of all political parties in Niamey (Niamey).",
        "On 5 May 2024, the government revoked the legal status of 300 NGOs in Managua (Managua).",
    ],
)
def test_suspending_parties_or_revoking_ngos_changes_activity(pipeline: Pipeline, text: str) -> None:
    assert _one(pipeline, text).sub_event_type == "Change to group/activity"


@pytest.mark.slow
def test_the_place_a_crowd_stands_with_loses_to_a_capital_named_like_its_country(pipeline: Pipeline) -> None:
    text = (
        "On 3 November 2023, hundreds marched in Djibouti (Djibouti) in solidarity with the people of Gaza."
    )
    event = _one(pipeline, text)
    assert (event.country, event.admin1) == ("Djibouti", "Djibouti")


@pytest.mark.slow
def test_a_deed_a_mob_accuses_its_victim_of_makes_no_crowd(pipeline: Pipeline) -> None:
    text = (
        "On 2 October 2024, a group of students beat a man to death in Rajshahi (Rajshahi), accusing him of "
        "firing on protesters in August."
    )
    assert _one(pipeline, text).sub_event_type == "Mob violence"


@pytest.mark.slow
def test_a_person_taken_hostage_with_words_between_is_abducted(pipeline: Pipeline) -> None:
    text = "On 9 March 2024, gunmen burned a truck near Bambari (Ouaka) and took its driver hostage."
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.actor2) == (
        "Abduction/forced disappearance",
        "Civilians (Central African Republic)",
    )


@pytest.mark.slow
def test_youths_of_an_ethnic_group_who_riot_are_rioters(pipeline: Pipeline) -> None:
    text = (
        "On 14 May 2024, Kanak youths threw stones at gendarmes and burned cars in Dumbea (South Province) "
        "in protest against an electoral reform."
    )
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (New Caledonia)")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2024, Wagner Group fighters and Malian soldiers killed 14 herders near Hombori "
        "(Douentza, Mopti).",
        "On 9 March 2024, Malian soldiers and Wagner Group fighters killed 14 herders near Hombori "
        "(Douentza, Mopti).",
    ],
)
def test_a_states_forces_lead_the_group_they_act_with(pipeline: Pipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.actor1, event.assoc_actor_1) == ("Military Forces of Mali", "Wagner Group")


@pytest.mark.slow
def test_a_foreign_national_taken_is_a_civilian_of_their_country(pipeline: Pipeline) -> None:
    event = _one(pipeline, "On 9 March 2024, gunmen abducted a US national near Agadez (Agadez).")
    assert event.actor2 == "Civilians (United States)"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 9 March 2024, rebels took five soldiers hostage near Bambari (Ouaka).", "Military Forces of"),
        ("On 9 March 2024, rebels took two Chinese hostages near Bambari (Ouaka).", "Civilians (China)"),
    ],
)
def test_hostages_are_who_they_are(pipeline: Pipeline, text: str, actor2: str) -> None:
    assert (_one(pipeline, text).actor2 or "").startswith(actor2)


@pytest.mark.slow
def test_the_fire_of_a_military_exercise_is_no_attack(pipeline: Pipeline) -> None:
    pub = dt.date(2022, 8, 9)
    text = "Navy ships began joint live-fire drills off the coast on Monday, firing missiles into the sea."
    assert pipeline.extract_text(text, pub) == []
    text = "China fired rockets into waters near the island on Monday during large-scale military exercises."
    assert pipeline.extract_text(text, pub) == []
    # fire in a clause of its own, and an exercise that killed someone, are news
    text = "Russian troops shelled Kharkiv on Monday as Belarus held military exercises near the border."
    assert _one(pipeline, text, pub).sub_event_type == "Shelling/artillery/missile attack"
    text = "Two soldiers were killed when a shell exploded during a military exercise near Jhelum on Monday."
    assert _one(pipeline, text, pub).fatalities == 2


@pytest.mark.slow
def test_a_fixture_preview_is_no_clash(pipeline: Pipeline) -> None:
    text = "Arsenal and Chelsea clash in the Champions League semi-final at the Emirates on Tuesday night."
    assert pipeline.extract_text(text, dt.date(2022, 4, 25)) == []


@pytest.mark.slow
def test_bombers_who_blew_themselves_up_set_off_a_suicide_bomb(pipeline: Pipeline) -> None:
    text = "Two militants blew themselves up in a house in Chapainawabganj District on November 28."
    assert _one(pipeline, text, dt.date(2022, 11, 29)).sub_event_type == "Suicide bomb"


@pytest.mark.slow
def test_what_a_reported_incident_led_to_happened(pipeline: Pipeline) -> None:
    pub = dt.date(2019, 1, 20)
    text = "Troops cordoned off a village in Shopian on January 19, leading to an exchange of fire."
    assert _one(pipeline, text, pub).sub_event_type == "Armed clash"
    text = "Police raided a hideout in Shopian on January 19, resulting in a gunfight with militants."
    assert _one(pipeline, text, pub).sub_event_type == "Armed clash"
    # what a dispute could lead to is no incident
    assert pipeline.extract_text("The dispute could lead to clashes in Shopian, officials warned.", pub) == []


@pytest.mark.slow
def test_what_someone_is_told_to_do_is_not_done(pipeline: Pipeline) -> None:
    pub = dt.date(2019, 1, 20)
    assert pipeline.extract_text("Police told the Maoists in Sukma to surrender on January 19.", pub) == []
    # told with a that-clause reports what was done
    text = "The officer told reporters that militants attacked a police post in Sukma on January 19."
    assert _one(pipeline, text, pub).sub_event_type == "Armed clash"


@pytest.mark.slow
def test_insurgents_blocking_a_road_are_no_protest(pipeline: Pipeline) -> None:
    pub = dt.date(2019, 1, 20)
    assert (
        pipeline.extract_text("Suspected militants blocked the road with logs in Sukma on January 19.", pub)
        == []
    )
    text = "Villagers blocked the highway in Sukma on January 19 to protest power cuts."
    assert _one(pipeline, text, pub).sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_people_named_by_nationality_are_civilians_of_it(pipeline: Pipeline) -> None:
    pub = dt.date(2019, 1, 20)
    # plural nationals something was done to are civilians of that country
    event = _one(pipeline, "Israeli attacks killed 12 Palestinians in Gaza on January 19.", pub)
    assert (event.actor1, event.actor2) == ("Military Forces of Israel", "Civilians (Palestine)")
    event = _one(pipeline, "Police arrested 20 Afghans in Karachi on January 19.", pub)
    assert (event.sub_event_type, event.actor2) == ("Arrests", "Civilians (Afghanistan)")


@pytest.mark.slow
def test_a_placeless_exchange_between_states_at_war_is_where_the_war_is(pipeline: Pipeline) -> None:
    text = "On 31 May 2024, Russia and Ukraine exchanged 75 prisoners of war each, mediated by the UAE."
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.country) == ("Agreement", "Ukraine")


@pytest.mark.slow
def test_a_crowd_that_wrecks_an_institutions_premises_riots(pipeline: Pipeline) -> None:
    text = (
        "On 11 April 2024, angry depositors stormed a bank branch in Tripoli (North) and smashed its windows."
    )
    assert _one(pipeline, text).sub_event_type == "Violent demonstration"
    # riders of a trade who burn a police post after an accident riot; the accident is their grievance
    text = (
        "On 19 March 2024, boda boda riders burned a police post in Kakamega (Lurambi, Kakamega) after a "
        "colleague was killed in a road accident."
    )
    event = _one(pipeline, text)
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (Kenya)")
    assert event.fatalities == 0
    # the property of a person they blame is no institution's: a mob
    text = "On 3 May 2023, traders beat a motorist and set his car on fire in Mukono (Mukono)."
    assert _one(pipeline, text).sub_event_type == "Mob violence"


@pytest.mark.slow
def test_a_foreign_mission_leaving_with_no_taker_changes_its_activity(pipeline: Pipeline) -> None:
    text = (
        "On 21 December 2023, the last contingent of the East African Community regional force withdrew "
        "from Goma (Nord-Kivu)."
    )
    assert _one(pipeline, text).sub_event_type == "Change to group/activity"
    # handing its camp to the army transfers it
    text = (
        "On 13 August 2023, MINUSMA withdrew from its camp in Ber (Timbuktu) and handed it over to the "
        "Malian army."
    )
    assert _one(pipeline, text).sub_event_type == "Non-violent transfer of territory"


@pytest.mark.slow
def test_a_notes_month_of_date_is_the_incidents_under_a_reporting_verb(pipeline: Pipeline) -> None:
    text = (
        "In October 2022 (month of), detained protesters reported being raped by security forces in a "
        "detention centre in Zahedan (Zahedan, Sistan and Baluchestan)."
    )
    event = _one(pipeline, text)
    assert (event.event_date, event.time_precision) == (dt.date(2022, 10, 15), 3)


@pytest.mark.slow
def test_an_object_the_parser_hangs_on_a_passive_killing_is_no_victim(pipeline: Pipeline) -> None:
    pub = dt.date(2023, 4, 13)
    text = (
        "A Maoist was killed in an exchange of fire with the police in the forest near the village in the "
        "Bijapur District on April 12 a 12 bore rifle and a pressure bomb were recovered from the spot"
    )
    event = _one(pipeline, text, pub)
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 1)


@pytest.mark.slow
def test_a_fight_of_politics_or_law_is_no_battle(pipeline: Pipeline) -> None:
    pub = dt.date(2021, 3, 10)
    for text in (
        "The battle over the federal budget intensified on Tuesday as senators vowed to block the bill.",
        "The company lost a long legal battle with the regulator in Lagos on Tuesday.",
    ):
        assert pipeline.extract_text(text, pub) == []
    text = "Students clashed with police in Santiago on Tuesday during a protest against the budget."
    assert _one(pipeline, text, pub).event_type == "Riots"


@pytest.mark.slow
def test_an_abduction_word_that_takes_a_gun_took_a_weapon(pipeline: Pipeline) -> None:
    pub = dt.date(2023, 5, 10)
    text = "Militants shot at two policemen and snatched away their rifles in Tinsukia District on May 9."
    assert _one(pipeline, text, pub).sub_event_type == "Armed clash"
    text = "Gunmen abducted two traders from a market in Tinsukia District on May 9."
    assert _one(pipeline, text, pub).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.slow
def test_the_place_people_are_arrested_from_is_a_place(pipeline: Pipeline) -> None:
    pub = dt.date(2023, 5, 10)
    text = "SFs arrested two Overground Workers OGWs of LeT from Sopore and recovered three grenades"
    event = _one(pipeline, text, pub)
    assert (event.sub_event_type, event.country, event.location) == ("Arrests", "India", "Sopur")


@pytest.mark.slow
def test_the_weapon_of_a_lead_that_told_no_fight_types_it(pipeline: Pipeline) -> None:
    pub = dt.date(2023, 5, 10)
    text = (
        "A soldier was injured when militants targeted government buildings in Bara tehsil of Khyber "
        "District on May 9. Militants fired at least 20 rockets at the fort and the telephone exchange."
    )
    assert _one(pipeline, text, pub).sub_event_type == "Shelling/artillery/missile attack"
    # a fight the lead tells stays a clash, whatever weapon backed a side
    text = (
        "Militants attacked an army post in Bara tehsil of Khyber District on May 9. Soldiers repelled the "
        "attack with support from artillery."
    )
    assert _one(pipeline, text, pub).sub_event_type == "Armed clash"


@pytest.mark.slow
def test_what_a_side_answered_with_happened(pipeline: Pipeline) -> None:
    pub = dt.date(2023, 3, 26)
    text = "Militants met the police with explosions of crude bombs in Sylhet on March 25."
    assert _one(pipeline, text, pub).sub_event_type == "Remote explosive/landmine/IED"
    # reactions a decision was met with are no protest of their own
    assert pipeline.extract_text("The new tax was met with protests across Dhaka on March 25.", pub) == []


@pytest.mark.slow
def test_a_claim_for_one_side_conflicts_only_with_that_sides_count(pipeline: Pipeline) -> None:
    # one source counts both sides' dead, the other only the soldiers: the soldiers' lowest figure plus
    # the attackers
    text = (
        "On 2 March 2024, BLF militants attacked a camp in Turbat (Kech, Balochistan). The army said three "
        "soldiers and seven attackers were killed, while the BLF claimed to have killed dozens of soldiers."
    )
    assert _one(pipeline, text).fatalities == 10
    # 'several of its soldiers' counts soldiers, the same dead as the other side's 'dozens of soldiers'
    text = (
        "On 2 March 2024, rebels overran an army post in Tessit (Ansongo, Gao). The rebels said they had "
        "killed dozens of soldiers, while the army said several of its soldiers were killed."
    )
    assert _one(pipeline, text).fatalities == 3


@pytest.mark.slow
def test_shooting_dead_counts_every_listed_victim(pipeline: Pipeline) -> None:
    text = (
        "On 3 May 2023, gunmen stormed a checkpoint in Domel (Bannu, Khyber Pakhtunkhwa), shooting dead "
        "two policemen and three labourers."
    )
    assert _one(pipeline, text).fatalities == 5


@pytest.mark.slow
def test_a_verb_sharing_its_object_is_the_doers(pipeline: Pipeline) -> None:
    # 'tortured' hung on the crowd by the parser: the crowd did it, only the man died
    text = (
        "On 4 May 2022, a crowd of about 300 people tortured and beat to death a man accused of theft in "
        "Jhelum (Punjab)."
    )
    assert _one(pipeline, text).fatalities == 1


@pytest.mark.slow
def test_a_capture_days_before_as_a_gerund_is_background(pipeline: Pipeline) -> None:
    text = (
        "On 3 June 2024, RSF fighters looted the market in Sinja (Sennar) two days after taking control of "
        "the town."
    )
    assert _one(pipeline, text).sub_event_type == "Looting/property destruction"


@pytest.mark.slow
def test_a_gathering_in_a_private_place_is_no_protest(pipeline: Pipeline) -> None:
    text = (
        "On 5 May 2022, police arrested 20 opposition activists at a private house in Bulawayo where they "
        "had gathered for a meeting."
    )
    assert _one(pipeline, text).sub_event_type == "Arrests"


@pytest.mark.slow
def test_a_police_district_is_a_part_of_a_city(pipeline: Pipeline) -> None:
    text = (
        "On 9 May 2023, a magnetic bomb exploded in the 8th police district of Kandahar city (Kandahar), "
        "killing one civilian."
    )
    assert _one(pipeline, text).actor1 == "Unidentified Armed Group (Afghanistan)"


@pytest.mark.slow
def test_a_group_that_mourns_the_dead_as_its_fighters_was_hit(pipeline: Pipeline) -> None:
    text = (
        "On 9 March 2024, an Israeli drone struck a car near Kfar Kila (Marjayoun, Nabatieh), killing two "
        "men. Hezbollah later mourned them as fighters."
    )
    assert _one(pipeline, text).actor2 == "Hezbollah"


@pytest.mark.slow
def test_the_first_counted_subject_of_a_reported_passive_is_dead_too(pipeline: Pipeline) -> None:
    # the small model hangs 'four security personnel' on 'said' as its object
    text = (
        "On 5 April 2024, militants attacked a checkpoint in Dalbandin (Chagai, Balochistan). The ISPR said "
        "four security personnel and two attackers were killed."
    )
    assert _one(pipeline, text).fatalities == 6


@pytest.mark.slow
def test_a_disaster_that_only_describes_the_victim_is_no_accident(pipeline: Pipeline) -> None:
    text = (
        "On 2 October 2022, soldiers allegedly raped a flood-affected girl at a relief camp in Mehar (Dadu, "
        "Sindh)."
    )
    assert _one(pipeline, text).sub_event_type == "Sexual violence"


@pytest.mark.slow
def test_a_side_named_later_replaces_a_guessed_one(pipeline: Pipeline) -> None:
    pub = dt.date(2025, 4, 18)
    text = (
        "A drone strike on a car near the town of Hermel killed one person on Friday, the NNA reported. "
        "The Israeli army said it had targeted a member of Hezbollah's smuggling network."
    )
    assert _one(pipeline, text, pub).actor1 == "Military Forces of Israel"


@pytest.mark.slow
def test_one_of_the_wounded_dying_later_adds_to_the_toll(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 11, 12)
    text = (
        "Gunmen killed three soldiers in an ambush on a convoy in Kech district on Monday evening, officials "
        "said. One of the injured soldiers succumbed to his wounds in hospital."
    )
    assert _one(pipeline, text, pub).fatalities == 4


@pytest.mark.slow
def test_what_was_said_in_an_earlier_month_is_background(pipeline: Pipeline) -> None:
    pub = dt.date(2025, 1, 8)
    text = (
        "A roadside bomb wounded two soldiers near Muqdadiyah in Diyala province on Wednesday, a police "
        "source said. Last month, security forces said they killed several militants in an airstrike on "
        "their hideouts in the Hamrin Mountains."
    )
    event = _one(pipeline, text, pub)
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 0)


@pytest.mark.slow
def test_a_days_toll_across_a_country_and_a_years_first_months_are_tallies(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 11, 15)
    text = (
        "On the morning of Nov. 15, Russian drones attacked Odesa, injuring two people, the governor said. "
        "Over the past day, Russian attacks killed at least nine people across Ukraine, officials reported."
    )
    assert _one(pipeline, text, pub).fatalities == 0
    text = (
        "Landmines killed or injured more than 600 civilians in Yemen in the first ten months of this year, "
        "an aid group said on Tuesday."
    )
    assert pipeline.extract_text(text, dt.date(2024, 12, 10)) == []


@pytest.mark.slow
def test_debris_of_an_interception_is_part_of_it(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 6, 3)
    text = (
        "Russian air defences shot down nine Ukrainian drones over Belgorod region overnight, the defence "
        "ministry said on Monday. Two people were injured by falling debris in the village of Dubovoye."
    )
    assert _one(pipeline, text, pub).sub_event_type == "Disrupted weapons use"


@pytest.mark.slow
def test_arresting_the_known_culprits_later_is_no_event(pipeline: Pipeline) -> None:
    text = (
        "On 9 May 2024, three men shot dead a schoolteacher in Kohat (Kohat, Khyber Pakhtunkhwa). Police "
        "arrested two of the attackers on 11 May."
    )
    assert _one(pipeline, text, None).sub_event_type == "Attack"


@pytest.mark.slow
def test_a_force_of_a_police_service_or_interior_ministry_is_police(pipeline: Pipeline) -> None:
    text = (
        "On 2 March 2024, special units of the Ministry of Internal Affairs detained 15 opposition activists "
        "in Yerevan (Yerevan)."
    )
    assert _one(pipeline, text, None).actor1 == "Police Forces of Armenia"


@pytest.mark.slow
def test_a_cue_phrase_with_its_own_particle_is_kept(pipeline: Pipeline) -> None:
    text = "On 6 April 2023, police rounded up 40 striking teachers in Kampala (Kampala)."
    assert _one(pipeline, text, None).sub_event_type == "Arrests"


@pytest.mark.slow
def test_a_forest_named_in_a_headline_is_no_belgian_place(pipeline: Pipeline) -> None:
    # "Forest" alone is a Brussels municipality in GeoNames; the forest's own name comes before it
    event = _one(pipeline, "Military Kills Five Terrorists Fleeing Sambisa Forest", dt.date(2016, 4, 25))
    assert event.country != "Belgium"
    event = _one(pipeline, "Troops kill 12 Boko Haram fighters in Sambisa Forest", dt.date(2016, 4, 25))
    assert event.country == "Nigeria"


@pytest.mark.slow
def test_a_short_interception_note_with_an_accident_word_keeps_its_event(pipeline: Pipeline) -> None:
    # the short-text filter for accidents with no armed actor read "damaged a warehouse" as an industrial
    # accident; an interception is an act of war
    text = (
        "On 9 March 2024, Ukrainian air defence shot down a Russian drone over Kharkiv city (Kharkiv). "
        "Debris damaged a warehouse."
    )
    assert _one(pipeline, text, dt.date(2024, 3, 10)).sub_event_type == "Disrupted weapons use"


@pytest.mark.slow
def test_an_incident_set_apart_is_no_follow_up_even_without_day_or_place(pipeline: Pipeline) -> None:
    text = (
        "Unidentified gunmen shot dead a shopkeeper near his house in Bannu District on March 3, reports "
        "Dawn. In another incident, a roadside bomb went off near a police van in the same District, "
        "injuring two policemen."
    )
    events = pipeline.extract_text(text, dt.date(2023, 3, 4))
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Remote explosive/landmine/IED"]


@pytest.mark.slow
def test_a_day_before_an_inverted_source_tag_dates_the_deed(pipeline: Pipeline) -> None:
    text = (
        "Unidentified men on a motorcycle hurled a hand grenade at a shop on Jinnah Road in Quetta, the "
        "provincial capital of Balochistan, on May 9, injuring three people, reports Dawn."
    )
    assert _one(pipeline, text, dt.date(2023, 5, 10)).event_date == dt.date(2023, 5, 9)


@pytest.mark.slow
def test_a_place_read_as_a_second_object_after_the_thing_taken_is_no_territory(pipeline: Pipeline) -> None:
    text = (
        "The Counter Terrorism Department arrested three suspected militants and recovered explosives and "
        "detonators during an intelligence-based operation in Bahawalpur District on August 2, reports Dawn."
    )
    assert _one(pipeline, text, dt.date(2023, 8, 3)).sub_event_type == "Arrests"


@pytest.mark.slow
def test_a_fight_over_a_budget_and_a_sports_clash_are_no_events(pipeline: Pipeline) -> None:
    for text in (
        "Senators are locked in a bitter battle over the budget, and the fight could lead to a government "
        "shutdown next month, analysts said.",
        "Arsenal clash with Chelsea at the Emirates on Saturday in a battle for fourth place.",
        "Germany urged its partners to consider new sanctions against Pyongyang after its recent missile "
        "tests.",
    ):
        assert pipeline.extract_text(text, dt.date(2023, 9, 20)) == []


@pytest.mark.slow
def test_a_lower_case_word_the_model_calls_a_person_is_no_place(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 3, 14)
    text = (
        "KHAR: Two policemen were killed when a roadside bomb went off near their vehicle in Bajaur on "
        "Wednesday, officials said. The police van was returning from the market when the device exploded."
    )
    event = _one(pipeline, text, pub)
    assert (event.country, event.admin1) == ("Pakistan", "Khyber Pakhtunkhwa")


@pytest.mark.slow
def test_thousands_killed_with_a_perfect_and_what_bandits_do_are_no_incidents(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 9, 2)
    text = (
        "Gunmen killed four people in an attack on a village in Danmusa, Katsina State, on Saturday, police "
        "said. Zamfara, Katsina and other states in North-west Nigeria have for years been plagued by armed "
        "bandits who kill, abduct for ransom and loot villages. Thousands of people have been killed and "
        "many more displaced by the violence."
    )
    assert _one(pipeline, text, pub).fatalities == 4


@pytest.mark.slow
def test_a_day_in_a_future_clause_does_not_date_the_incident(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 10, 25)
    text = (
        "Youths looted shops and set a vehicle on fire in Nakuru on Thursday during protests against "
        "abductions. The county police commander said 14 people had been arrested for looting, and that "
        "officers would remain deployed in the town on Friday."
    )
    assert [str(e.event_date) for e in pipeline.extract_text(text, pub)] == ["2024-10-24"]


@pytest.mark.slow
def test_a_capital_that_judges_stands_for_its_government(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 8, 19)
    text = (
        "A drone strike hit a vehicle near Sinjar in Nineveh province on Sunday, killing two fighters of the "
        "YBS, a Yazidi force that Ankara considers an affiliate of the PKK, the mayor said."
    )
    assert _one(pipeline, text, pub).country == "Iraq"
    # the capital stays a place named (geoparsing gold marks it): it only places no event
    resources = pipeline.resources
    assert resources.geoparser is not None
    places = places_for_text(text, resources.nlp, resources.geoparser)
    assert "Ankara" in [p.text for p in places]


@pytest.mark.slow
def test_the_losers_withdrawal_and_a_known_target_retell_the_incident(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 4, 30)
    text = (
        "M23 rebels took control of the mining town of Rubaya in North Kivu province on Tuesday, residents "
        'said. "The soldiers withdrew towards Ngungu during the night," a civil society leader said.'
    )
    assert _one(pipeline, text, pub).sub_event_type == "Non-state actor overtakes territory"
    pub = dt.date(2024, 5, 26)
    text = (
        "At least 20 soldiers were killed in a jihadist attack on a military detachment in northern Burkina "
        'Faso on Saturday, security sources said. "A large group of terrorists attacked the detachment in '
        'Djibo in the morning," a source said.'
    )
    event = _one(pipeline, text, pub)
    assert (event.location, event.fatalities) == ("Djibo", 20)


@pytest.mark.slow
def test_last_weeks_protests_across_the_country_are_background(pipeline: Pipeline) -> None:
    pub = dt.date(2024, 1, 16)
    text = (
        "Thousands of farmers drove their tractors into central Berlin on Monday for a rally against subsidy "
        "cuts. Last week, farmers blocked motorway access roads and city centres across the country with "
        "tractors, causing traffic jams in many regions."
    )
    assert str(_one(pipeline, text, pub).event_date) == "2024-01-15"


@pytest.mark.slow
def test_naming_some_of_the_dead_is_no_other_count(pipeline: Pipeline) -> None:
    pub = dt.date(2025, 3, 29)
    text = (
        "Two people were killed on Friday when a rally turned violent in Kathmandu, police said. Protesters "
        "pelted stones at police and set fire to a house. A journalist who was trapped inside a burning "
        "building was among the dead, while a protester died of gunshot wounds, police said."
    )
    assert _one(pipeline, text, pub).fatalities == 2


@pytest.mark.slow
def test_a_crowd_that_hurts_people_is_a_mob_and_an_armed_group_s_arson_no_riot(pipeline: Pipeline) -> None:
    # a crowd whose violence is an attack on people (no state force on either side) is ACLED's mob violence,
    # even when it gathered for a rally first
    stoned = _one(
        pipeline,
        "On 12 May 2024, ruling party youths stoned an opposition supporter to death in Kadoma (Mashonaland "
        "West) after a campaign rally.",
    )
    assert (stoned.sub_event_type, stoned.actor1) == ("Mob violence", "Rioters (Zimbabwe)")
    # people who die in a building demonstrators set on fire were not their target: still a riot
    burned = _one(
        pipeline,
        "On 2 September 2025, protesters set fire to the district council office in Bima (West Nusa "
        "Tenggara), killing 2 people trapped inside.",
    )
    assert burned.sub_event_type == "Violent demonstration"
    # a named armed group that burns vehicles and blocks roads is no crowd: property destruction
    torched = _one(
        pipeline,
        "On 14 March 2024, CJNG members set fire to 6 vehicles and blocked roads in Zapopan (Jalisco) after "
        "the arrest of a local leader.",
    )
    assert (torched.sub_event_type, torched.actor1) == (
        "Looting/property destruction",
        "CJNG: Jalisco New Generation Cartel",
    )


def test_a_verb_conjoined_without_a_subject_shares_the_first_verbs(pipeline: Pipeline) -> None:
    """'beat and shot a village headman': the armed cadres who beat him also shot him (the parser hangs the
    subject on the first verb only)."""
    event = _one(pipeline, "Maoist cadres beat and shot a village headman in Latehar District on March 29.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (India)")


def test_a_relative_share_shot_down_is_a_nights_tally(pipeline: Pipeline) -> None:
    # "of which 64 drones were shot down": the share stopped of a night's wave, placed nowhere
    pub = dt.date(2025, 7, 31)
    text = (
        "Ukraine's Air Force said Russia launched 85 drones and two ballistic missiles overnight, of which "
        "64 drones were shot down or suppressed."
    )
    assert pipeline.extract_text(text, pub) == []


@pytest.mark.slow
def test_agents_who_fire_tear_gas_fire_no_chemical_agent(pipeline: Pipeline) -> None:
    # a frame's object is never its verb's subject unless the frame says so ("agents" is no nerve agent)
    pub = dt.date(2025, 10, 4)
    text = (
        "Federal agents fired pepper balls and tear gas at protesters outside an immigration facility in "
        "Broadview on Friday, and at least five people were arrested, officials said."
    )
    assert _one(pipeline, text, pub).sub_event_type == "Protest with intervention"
    # a reduced passive with its agent keeps its subject as what the verb did ("bombs dropped by helicopters")
    text = "New barrel bombs dropped by regime helicopters on the villages of eastern Hama"
    # barrel bombs dropped from the air are ACLED's air strikes
    assert _one(pipeline, text, dt.date(2016, 3, 2)).sub_event_type == "Air/drone strike"


@pytest.mark.slow
def test_demonstrations_in_two_towns_of_one_county_are_two_events(pipeline: Pipeline) -> None:
    pub = dt.date(2025, 10, 4)
    text = (
        "Federal agents fired tear gas at protesters outside an immigration facility in suburban Chicago on "
        "Friday. About 200 demonstrators had gathered outside the building in Broadview.\n\n"
        "Earlier on Friday, several hundred people rallied peacefully in Federal Plaza in downtown Chicago."
    )
    events = pipeline.extract_text(text, pub)
    assert sorted((e.location, e.sub_event_type) for e in events) == [
        ("Broadview", "Protest with intervention"),
        ("Chicago", "Peaceful protest"),
    ]


@pytest.mark.slow
def test_the_killing_a_demonstration_protests_told_days_before_is_background(pipeline: Pipeline) -> None:
    pub = dt.date(2025, 6, 4)
    text = (
        "Hundreds of people staged a protest in Khuzdar on Tuesday against the killing of local journalist "
        "Ghulam Rasool Mengal and demanded the arrest of his killers.\n\n"
        "Mengal, who reported for an Urdu daily, was shot dead by two unidentified motorcyclists near his "
        "home last Friday."
    )
    event = _one(pipeline, text, pub)
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Khuzdar")
    resources = pipeline.resources
    assert resources.geoparser is not None
    # a language is no place ("an Urdu daily" is no sign of Ordu, Turkey)
    assert "Urdu" not in [p.text for p in places_for_text(text, resources.nlp, resources.geoparser)]


@pytest.mark.slow
def test_a_gallery_caption_under_its_counter_reports_its_scene(pipeline: Pipeline) -> None:
    pub = dt.date(2025, 6, 18)
    text = (
        "In pictures: Life under siege in El Fasher\n\n1 of 2\nDisplaced women wait for food rations in "
        "Tawila, North Darfur, June 14, 2025. REUTERS/Stringer\n\n2 of 2\nSmoke rises over the Abu Shouk "
        "camp on the outskirts of El Fasher after shelling by the Rapid Support Forces on Monday, June 16, "
        "2025. Nine people were killed, according to a rights group. REUTERS/Stringer"
    )
    event = _one(pipeline, text, pub)
    assert (event.sub_event_type, event.event_date, event.fatalities) == (
        "Shelling/artillery/missile attack",
        dt.date(2025, 6, 16),
        9,
    )


@pytest.mark.slow
def test_a_community_a_garrison_town_and_where_people_fled(pipeline: Pipeline) -> None:
    # names the small model reads as people: "the hillside community of X", "a military camp at X"; a
    # present 'as' clause is what goes on (no territory taken); where a witness fled to places nothing
    pub = dt.date(2025, 4, 2)
    text = (
        "Gang members attacked the hillside community of Kenscoff on Monday, killing at least eight people, "
        "as armed groups push further into areas once considered safe.\n\nA resident who fled with her "
        "family to Petion-Ville described the attack.\n\nOn Tuesday, police launched an operation in the "
        "area and killed three gang members."
    )
    events = pipeline.extract_text(text, pub)
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Attack", "Kenscoff"),
        ("Armed clash", "Kenscoff"),
    ]
    pub = dt.date(2025, 5, 12)
    text = (
        "Jihadists killed 12 soldiers in an attack on a military camp at Boulkessi in central Mali on Sunday."
    )
    assert _one(pipeline, text, pub).location == "Boulkessi"
