"""GET /api/export in every format, with filters."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest


def test_export_acled_csv_with_filter(client):
    response = client.get("/api/export", params={"format": "acled-csv", "country": "Nigeria"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="flashpoint-events.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {r["location"] for r in rows} == {"Kaura Namoda", "Gusau"}
    assert "sub_event_type" in rows[0]


def test_export_geojson(client):
    response = client.get("/api/export", params={"format": "geojson"})
    assert response.status_code == 200
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 6
    kunduz = next(f for f in collection["features"] if f["properties"]["admin1"] == "Kunduz")
    assert kunduz["geometry"]["coordinates"] == pytest.approx([68.9114, 37.1844])


def test_export_jsonl(client):
    response = client.get("/api/export", params={"format": "jsonl", "type": "Battles"})
    lines = [json.loads(line) for line in response.text.splitlines() if line.strip()]
    assert {line["location"] for line in lines} == {"Mir Ali", "Imām Şāḩib"}


def test_export_parquet(client):
    response = client.get("/api/export", params={"format": "parquet", "since": "2022-03-01"})
    assert response.status_code == 200
    table = pq.read_table(io.BytesIO(response.content))
    assert table.num_rows == 2
    assert sorted(table.column("location").to_pylist()) == ["Imām Şāḩib", "Kaura Namoda"]


@pytest.mark.parametrize("query", ["", "format=xlsx", "format=csv&bbox=1"])
def test_export_bad_requests(client, query):
    response = client.get(f"/api/export?{query}")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation"
