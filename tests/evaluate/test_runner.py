"""run_eval end to end with a toy extractor on tiny gold files written here."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from flashpoint.evaluate.report import render
from flashpoint.evaluate.runner import run_eval
from flashpoint.evaluate.scoring import Comparators
from flashpoint.schema import Event

from .conftest import ToyExtractor, gold_record, write_jsonl

ZAR = {
    "actor1": "Government of Zarvania",
    "actor2": "ZLF",
    "country": "Zarvania",
    "admin1": "Upper Vale",
    "admin2": "Kestrel district",
    "latitude": 10.0,
    "longitude": 20.0,
    "fatalities": 2,
}


def _files(tmp_path: Path) -> list[Path]:
    ucdp = write_jsonl(
        tmp_path / "ucdp.jsonl",
        [
            gold_record(
                "u1", "ucdp_ged_zar", "Clash kills two", "2020-05-04", event_date="2020-05-04", **ZAR
            ),
            gold_record(
                "u2", "ucdp_ged_zar", "Quiet day in Kestrel", "2020-05-06", event_date="2020-05-05", **ZAR
            ),
            gold_record("u3", "ucdp_ged_zar", "Bomb kills two", "2020-05-09", event_date="2020-05-08", **ZAR),
        ],
    )
    case = write_jsonl(
        tmp_path / "case.jsonl",
        [
            gold_record(
                "c1",
                "case2021_task2",
                "A roadside bomb exploded.",
                event_type="Explosions/Remote violence",
                sub_event_type="Remote explosive/landmine/IED",
                in_acled_ontology=True,
            ),
            gold_record(
                "c2",
                "case2021_task2",
                "Troops clash with rebels.",
                event_type="Battles",
                sub_event_type="Armed clash",
                in_acled_ontology=True,
            ),
            gold_record("c3", "case2021_task2", "A bomb of a film premiered.", in_acled_ontology=False),
            gold_record("c4", "case2021_task2", "Ministers met.", in_acled_ontology=False),
        ],
    )
    return [ucdp, case]


def test_per_source_and_overall(tmp_path: Path, toy: ToyExtractor, cmp: Comparators) -> None:
    report = run_eval(_files(tmp_path), toy, comparators=cmp, show_progress=False)
    ucdp, case = report.per_source["ucdp_ged_zar"], report.per_source["case2021_task2"]
    assert ucdp["records"] == 3 and case["records"] == 4 and report.overall["records"] == 7
    assert ucdp["detected"] == round(2 / 3, 4)
    assert ucdp["actor1_acc"] == round(2 / 3, 4)  # u2 has no prediction: wrong
    assert ucdp["event_date_acc"] == round(1 / 3, 4)  # u3 dated on the report day, gold a day earlier
    assert ucdp["admin2_acc"] == round(2 / 3, 4)
    assert ucdp["event_type_acc"] is None and ucdp["false_alarm"] is None
    assert case["sub_event_type_acc"] == 1.0 and case["false_alarm"] == 0.5
    assert case["country_acc"] is None
    assert report.overall["detected"] == round(4 / 5, 4)
    assert report.overall["sub_event_type_macro_f1"] == round((1.0 + 2 / 3) / 2, 4)
    assert ("(no event)", "Remote explosive/landmine/IED", 1) in report.confusions


def test_extractor_sees_only_text_and_reference_date(
    tmp_path: Path, toy: ToyExtractor, cmp: Comparators
) -> None:
    run_eval(_files(tmp_path), toy, comparators=cmp, show_progress=False)
    assert toy.calls[0] == ("Clash kills two", dt.date(2020, 5, 4))
    assert toy.calls[3] == ("A roadside bomb exploded.", None)
    assert len(toy.calls) == 7


def test_limit_takes_the_first_records_of_each_file(
    tmp_path: Path, toy: ToyExtractor, cmp: Comparators
) -> None:
    report = run_eval(_files(tmp_path), toy, limit=2, comparators=cmp, show_progress=False)
    assert {s: m["records"] for s, m in report.per_source.items()} == {"ucdp_ged_zar": 2, "case2021_task2": 2}
    assert [c[0] for c in toy.calls] == [
        "Clash kills two",
        "Quiet day in Kestrel",
        "A roadside bomb exploded.",
        "Troops clash with rebels.",
    ]


def test_batch_function_is_used_when_given(tmp_path: Path, toy: ToyExtractor, cmp: Comparators) -> None:
    batches: list[int] = []

    def many(items: list[tuple[str, dt.date | None]]) -> list[list[Event]]:
        batches.append(len(items))
        return [toy(text, ref) for text, ref in items]

    def never(text: str, ref: dt.date | None) -> list[Event]:
        raise AssertionError("single extraction used despite a batch function")

    report = run_eval(
        _files(tmp_path), never, extract_many=many, comparators=cmp, show_progress=False, batch_size=2
    )
    assert batches == [2, 2, 2, 1]
    assert report.overall["records"] == 7


def test_failures_are_recorded_per_record(tmp_path: Path, toy: ToyExtractor, cmp: Comparators) -> None:
    def flaky(text: str, ref: dt.date | None) -> list[Event]:
        if "Quiet" in text:
            raise ValueError("cannot parse")
        return toy(text, ref)

    report = run_eval(_files(tmp_path), flaky, comparators=cmp, show_progress=False)
    assert report.per_source["ucdp_ged_zar"]["errors"] == 1
    assert report.per_source["ucdp_ged_zar"]["detected"] == round(2 / 3, 4)


def test_json_and_text_forms(tmp_path: Path, toy: ToyExtractor, cmp: Comparators) -> None:
    report = run_eval(_files(tmp_path), toy, comparators=cmp, show_progress=False)
    data = json.loads(json.dumps(report.to_json()))
    for key in (
        "records",
        "detected",
        "false_alarm",
        "sub_event_type_macro_f1",
        "geo_km_median",
        "docs_per_s",
        "high_conf_precision",
    ):
        assert key in data and key in data["per_source"]["ucdp_ged_zar"]
    assert data["sub_event_types"][0]["label"] == "Armed clash"
    text = render(report)
    for heading in ("Overall", "Per source", "Sub-event types", "Top confusions"):
        assert heading in text
    assert "ucdp_ged_zar" in text


def test_toponym_scores_are_added_for_geoparsing_sources(
    tmp_path: Path, toy: ToyExtractor, cmp: Comparators
) -> None:
    lgl = write_jsonl(tmp_path / "lgl.jsonl", [gold_record("g1", "lgl", "Floods in Kestrel.", toponyms=[])])
    web = write_jsonl(tmp_path / "web.jsonl", [gold_record("w1", "geoweb", "Rain in Kestrel.", toponyms=[])])
    counts = {"lgl": (10, 8, 0.5), "geoweb": (30, 12, 0.25)}  # gold, found, within share

    def scorer(records: list) -> dict[str, float]:
        n_gold, n_found, within = counts[records[0].source]
        return {
            "toponym_gold": n_gold,
            "toponym_found": n_found,
            "toponym_recall": n_found / n_gold,
            "toponym_within_161km": within,
            "toponym_km_median": 40.0,
        }

    report = run_eval(
        [*_files(tmp_path), lgl, web], toy, comparators=cmp, show_progress=False, toponym_scorer=scorer
    )
    assert report.per_source["lgl"]["toponym_recall"] == 0.8
    assert report.per_source["geoweb"]["toponym_km_median"] == 40.0
    assert "toponym_recall" not in report.per_source["ucdp_ged_zar"]
    assert report.overall["toponym_recall"] == 0.5  # (8 + 12) / (10 + 30)
    assert report.overall["toponym_within_161km"] == 0.35  # (4 + 3) / 20
