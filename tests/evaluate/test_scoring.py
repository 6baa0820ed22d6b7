"""Scoring one record: best match, missing predictions, null gold fields, source mappings, calibration."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.evaluate.adapters import GoldEvent, gold_event, satp_kind
from flashpoint.evaluate.gold import GoldRecord
from flashpoint.evaluate.scoring import NO_EVENT, Comparators, best_match, event_is_right, score_record
from flashpoint.schema import Event

from .conftest import gold_record

D = dt.date(2020, 5, 4)


def clash(**fields: object) -> Event:
    base: dict[str, object] = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "ZLF: Zarvan Liberation Front",
        "actor2": "Military Forces of Zarvania",
        "country": "Zarvania",
        "admin1": "Upper Vale",
        "admin2": "Kestrel",
        "latitude": 10.0,
        "longitude": 20.0,
        "event_date": D,
        "fatalities": 2,
        "confidence": 0.5,
    }
    base.update(fields)
    return Event(**base)


def ucdp_gold(**fields: object) -> GoldEvent:
    record = GoldRecord.model_validate(
        gold_record(
            "u1",
            "ucdp_ged_zar",
            "Two killed in Kestrel clash",
            "2020-05-05",
            event_date="2020-05-04",
            actor1="Government of Zarvania",
            actor2="ZLF",
            country="Zarvania",
            admin1="Upper Vale province",
            admin2="Kestrel district",
            latitude=10.0,
            longitude=20.1,
            fatalities=2,
            where_prec=1,
            **fields,
        )
    )
    return gold_event(record)


def test_all_fields_right_on_a_perfect_event(cmp: Comparators) -> None:
    score = score_record("u1", "ucdp_ged_zar", ucdp_gold(), [clash()], cmp)
    assert score.fields == {
        "actor1": True,
        "actor2": True,
        "country": True,
        "admin1": True,
        "admin2": True,
        "geo_within_25km": True,
        "event_date": True,
        "fatalities": True,
    }
    assert score.geo_km == pytest.approx(10.96, abs=0.05)
    assert score.high_conf == []  # confidence 0.5


def test_record_without_prediction_is_wrong_on_every_scored_field(cmp: Comparators) -> None:
    score = score_record("u1", "ucdp_ged_zar", ucdp_gold(), [], cmp)
    assert score.fields and not any(score.fields.values())
    assert set(score.fields) == {
        "actor1",
        "actor2",
        "country",
        "admin1",
        "admin2",
        "geo_within_25km",
        "event_date",
        "fatalities",
    }
    assert score.geo_km is None


def test_null_gold_fields_are_not_scored(cmp: Comparators) -> None:
    record = GoldRecord.model_validate(
        gold_record(
            "c1",
            "case2021_task2",
            "A clash.",
            sub_event_type="Armed clash",
            event_type="Battles",
            in_acled_ontology=True,
        )
    )
    score = score_record("c1", "case2021_task2", gold_event(record), [clash()], cmp)
    assert set(score.fields) == {"event_type", "sub_event_type"}
    assert score.sub_pair == ("Armed clash", "Armed clash")


def test_best_match_picks_the_event_with_most_right_fields(cmp: Comparators) -> None:
    wrong_place = clash(country="Oltenia", admin1="Lowland", admin2="Marsh", latitude=-40.0, confidence=0.99)
    right = clash(event_date=dt.date(2019, 1, 1))
    matched, fields, _ = best_match(ucdp_gold(), [wrong_place, right], cmp)
    assert matched is right
    assert fields["country"] and not fields["event_date"]


def test_ucdp_actors_match_either_side(cmp: Comparators) -> None:
    swapped = clash(actor1="Military Forces of Zarvania", actor2="ZLF: Zarvan Liberation Front")
    score = score_record("u1", "ucdp_ged_zar", ucdp_gold(), [swapped], cmp)
    assert score.fields["actor1"] and score.fields["actor2"]


def test_ordered_actors_for_acled_style_gold(cmp: Comparators) -> None:
    gold = GoldEvent(has_event=True, actor1="ZLF", actor2="Civilians")
    event = clash(actor1="Civilians (Zarvania)", actor2="ZLF: Zarvan Liberation Front")
    fields, _ = best_match(gold, [event], cmp)[1:]
    assert fields == {"actor1": False, "actor2": False}


def test_ucdp_date_range_and_coarse_locations(cmp: Comparators) -> None:
    gold = ucdp_gold(event_date_end="2020-05-10")
    gold = GoldEvent(**{**vars(gold), "date": dt.date(2020, 5, 1), "where_prec": 4})
    score = score_record("u1", "ucdp_ged_zar", gold, [clash()], cmp)
    assert score.fields["event_date"]  # 4 May is inside 1-10 May
    assert "geo_within_25km" not in score.fields and "admin2" not in score.fields
    assert "admin1" in score.fields


def test_fatalities_exact_and_in_range(cmp: Comparators) -> None:
    gold = ucdp_gold(fatalities_low=1, fatalities_high=5)
    score = score_record("u1", "ucdp_ged_zar", gold, [clash(fatalities=4)], cmp)
    assert not score.fields["fatalities"] and score.fields["fatalities_in_range"]


def test_case_out_of_ontology_rows_are_no_event_gold(cmp: Comparators) -> None:
    record = GoldRecord.model_validate(
        gold_record("c2", "case2021_task2", "Floods.", in_acled_ontology=False)
    )
    gold = gold_event(record)
    assert gold.has_event is False
    score = score_record("c2", "case2021_task2", gold, [clash(confidence=0.95)], cmp)
    assert score.fields == {}
    assert score.sub_pair == (NO_EVENT, "Armed clash")
    assert score.high_conf == [False]


@pytest.mark.parametrize(
    ("sub", "kind"),
    [
        ("Armed clash", "armed_assault"),
        ("Attack", "armed_assault"),
        ("Suicide bomb", "bombing_explosion"),
        ("Grenade", "bombing_explosion"),
        ("Abduction/forced disappearance", "kidnapping"),
        ("Arrests", "other"),
        (None, "other"),
    ],
)
def test_satp_kind(sub: str | None, kind: str) -> None:
    assert satp_kind(sub) == kind


def test_satp_relevance_and_attack_kind(cmp: Comparators) -> None:
    record = GoldRecord.model_validate(
        gold_record(
            "s1",
            "satp_conflibert",
            "x",
            satp_label_vector=[0, 1, 0, 1],
            satp_labels=["armed_assault", "bombing_explosion", "kidnapping", "other"],
        )
    )
    gold = gold_event(record)
    assert gold.attack_kinds == frozenset({"bombing_explosion", "other"})
    bomb = clash(sub_event_type="Remote explosive/landmine/IED", event_type="Explosions/Remote violence")
    assert score_record("s1", "satp", gold, [clash(), bomb], cmp).fields == {
        "attack_kind": True,
        "relevance": True,
    }
    assert score_record("s1", "satp", gold, [clash()], cmp).fields == {
        "attack_kind": False,
        "relevance": True,
    }
    assert score_record("s1", "satp", gold, [], cmp).fields == {"attack_kind": False, "relevance": False}


@pytest.mark.parametrize(
    ("codings", "has_event"),
    [
        ([{"sourcecode": "ARN", "targetcode": "GON", "eventcode": "190"}], True),
        ([{"sourcecode": "ARN", "targetcode": "GON", "eventcode": "064"}], False),
        ([{"noevents": "True"}], False),
        ([{"sourcecode": "ARN", "targetcode": "GON", "eventcode": "173"}], None),
        ([{"error": "x"}], None),
        ([{"eventcode": "042"}, {"eventcode": "1823"}], True),
    ],
)
def test_petrarch_mapping(codings: list[dict[str, str]], has_event: bool | None) -> None:
    record = GoldRecord.model_validate(gold_record("p", "petrarch2_unittests", "x", cameo_codings=codings))
    assert gold_event(record).has_event is has_event


@pytest.mark.parametrize(
    ("category", "has_event"),
    [
        ("ASSAULT", True),
        ("PROTEST", True),
        ("CONSULT", False),
        ("THREATEN", False),
        ("AGREE", None),
        ("COERCE", None),
    ],
)
def test_plover_mapping(category: str, has_event: bool | None) -> None:
    record = GoldRecord.model_validate(
        gold_record("p", "plover_gsr", "x", plover_event=category, actor1="rebels")
    )
    gold = gold_event(record)
    assert gold.has_event is has_event
    assert (gold.actor1 == "rebels") is (has_event is True)


def test_geoparsing_records_say_nothing_about_events(cmp: Comparators) -> None:
    record = GoldRecord.model_validate(gold_record("g", "lgl", "Floods in Kestrel.", toponyms=[]))
    gold = gold_event(record)
    assert gold.has_event is None and gold.toponyms == ()
    score = score_record("g", "lgl", gold, [clash(confidence=0.9)], cmp)
    assert score.fields == {} and score.high_conf == [] and score.sub_pair is None


def test_calibration_rightness(cmp: Comparators) -> None:
    gold = ucdp_gold()
    assert event_is_right(gold, clash(), cmp)
    assert event_is_right(gold, clash(fatalities=40, actor1="Somebody"), cmp)  # not calibration fields
    assert not event_is_right(gold, clash(admin1="Lowland"), cmp)
    assert not event_is_right(gold, clash(event_date=dt.date(2020, 6, 1)), cmp)
    assert not event_is_right(GoldEvent(has_event=False), clash(), cmp)
    score = score_record(
        "u1",
        "ucdp_ged_zar",
        gold,
        [clash(confidence=0.8), clash(country="Oltenia", confidence=0.85), clash(confidence=0.79)],
        cmp,
    )
    assert score.high_conf == [True, False]


def test_a_ucdp_province_in_the_philippines_is_scored_as_admin2(cmp: Comparators) -> None:
    record = GoldRecord.model_validate(
        gold_record("u9", "ucdp_ged_phl", "Clash in Sulu", country="Philippines", admin1="Sulu province")
    )
    gold = gold_event(record)
    assert (gold.admin1, gold.admin2) == (None, "Sulu province")
    event = clash(
        country="Philippines", admin1="Bangsamoro Autonomous Region in Muslim Mindanao", admin2="Sulu"
    )
    assert score_record("u9", "ucdp_ged_phl", gold, [event], cmp).fields["admin2"] is True
