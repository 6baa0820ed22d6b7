"""Each writer's output reads back with a standard reader (csv, json, pyarrow)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flashpoint.errors import InputError
from flashpoint.export import write_events
from flashpoint.export.acled import ACLED_COLUMNS
from flashpoint.export.credits import GEONAMES_CREDIT
from flashpoint.export.parquet import write_parquet
from flashpoint.schema import Event

# ACLED's export columns since the March 2023 changes, in order (checked against ACLED's documentation).
EXPECTED_ACLED = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


def written(events: list[Event], fmt: str) -> bytes:
    out = io.BytesIO()
    assert write_events(events, fmt, out) == len(events)
    return out.getvalue()


def test_acled_csv_columns_and_values(events: list[Event]) -> None:
    assert list(ACLED_COLUMNS) == EXPECTED_ACLED
    rows = list(csv.DictReader(io.StringIO(written(events, "acled-csv").decode("utf-8"))))
    assert list(rows[0]) == EXPECTED_ACLED
    first, second = rows
    assert first["event_id_cnty"] == "fp0000000000001"
    assert (first["event_date"], first["year"], first["interaction"]) == ("2022-01-14", "2022", "12")
    assert (first["iso"], first["region"], first["country"]) == ("586", "South Asia", "Pakistan")
    assert (first["latitude"], first["longitude"]) == ("32.9667", "70.2833")
    assert first["notes"].endswith('"a raid" (N. Waziristan).')
    assert first["source"] == "IANS; RFE/RL" and first["fatalities"] == "4"
    assert first["timestamp"] == "1642325400"
    assert (second["admin1"], second["location"], second["latitude"]) == ("Khōst", "Tanī", "")
    assert second["notes"].startswith("خبر") and second["iso"] == "4"


def test_jsonl_and_json(events: list[Event]) -> None:
    lines = written(events, "jsonl").decode("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [Event(**r) for r in records] == events
    assert json.loads(written(events, "json")) == records
    assert json.loads(written([], "json")) == []


def test_geojson_feature_collection(events: list[Event]) -> None:
    data = json.loads(written(events, "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    first, second = data["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [70.2833, 32.9667]}
    assert first["properties"]["article_ids"] == ["a1", "a2"]
    assert second["geometry"] is None and second["properties"]["admin1"] == "Khōst"
    assert json.loads(written([], "geojson")) == {
        "type": "FeatureCollection",
        "attribution": GEONAMES_CREDIT,
        "features": [],
    }


def test_geojson_and_parquet_credit_geonames(events: list[Event], tmp_path: Path) -> None:
    assert "GeoNames" in GEONAMES_CREDIT and "CC BY 4.0" in GEONAMES_CREDIT
    assert json.loads(written(events, "geojson"))["attribution"] == GEONAMES_CREDIT
    path = tmp_path / "events.parquet"
    write_events(events, "parquet", path)
    assert pq.read_schema(path).metadata[b"attribution"] == GEONAMES_CREDIT.encode()


def test_failed_export_keeps_the_earlier_file_and_leaves_no_partial(
    events: list[Event], tmp_path: Path
) -> None:
    path = tmp_path / "events.csv"
    path.write_text("an earlier export\n")

    def breaks_midway() -> Iterator[Event]:
        yield events[0]
        raise RuntimeError("store went away")

    for fmt in ("acled-csv", "geojson", "jsonl", "parquet"):
        with pytest.raises(RuntimeError, match="store went away"):
            write_events(breaks_midway(), fmt, path)
        assert path.read_text() == "an earlier export\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]
    assert write_events(events, "acled-csv", path) == 2
    assert path.read_text().startswith("event_id_cnty,")


def test_export_to_a_directory_is_refused(events: list[Event], tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        write_events(events, "jsonl", tmp_path)


def test_parquet_reads_back_typed(events: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "out" / "events.parquet"
    assert write_events(events, "parquet", path) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2
    rows = table.to_pylist()
    assert rows[0]["event_date"] == events[0].event_date
    assert rows[0]["evidence"][0]["text"] == "killed four soldiers"
    assert rows[1]["admin2"] == "Tanī" and rows[1]["latitude"] is None
    assert rows[0]["updated_at"] == events[0].updated_at


def test_parquet_is_written_in_batches(events: list[Event]) -> None:
    many = [e.model_copy(update={"event_id": f"fp{i:014d}"}) for i in range(25) for e in events[:1]]
    out = io.BytesIO()
    assert write_parquet(iter(many), out, batch_size=10) == 25
    out.seek(0)
    parquet = pq.ParquetFile(out)
    assert parquet.metadata.num_rows == 25 and parquet.metadata.num_row_groups == 3
    out.seek(0)
    assert pq.read_table(out).num_rows == 25


def test_empty_parquet_keeps_the_schema() -> None:
    out = io.BytesIO()
    assert write_events([], "parquet", out) == 0
    out.seek(0)
    table = pq.read_table(out)
    assert table.num_rows == 0 and "event_id" in table.schema.names


def test_writers_consume_a_generator_once(events: list[Event]) -> None:
    for fmt in ("acled-csv", "geojson", "jsonl", "parquet"):
        assert write_events((e for e in events), fmt, io.BytesIO()) == 2


def test_unknown_format() -> None:
    with pytest.raises(InputError, match="unknown export format"):
        write_events([], "xlsx", io.BytesIO())


def test_caller_stream_stays_open(events: list[Event]) -> None:
    out = io.BytesIO()
    write_events(events, "acled-csv", out)
    assert not out.closed
    out.write(b"more")
