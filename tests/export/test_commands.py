"""`flashpoint events` and `flashpoint export` against a real SQLite store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from flashpoint.cli import cli
from flashpoint.schema import Article, CleanArticle
from flashpoint.store.sql import SqlStore

from .conftest import sample_events


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "fp.sqlite"
    with SqlStore(f"sqlite:///{path}") as store:
        for event in sample_events():
            article = Article(id=event.article_ids[0], text=event.notes, source=event.source)
            clean = CleanArticle(article_id=article.id, text=event.notes, publisher=event.source)
            store.save_article(article, clean, [event.model_copy(update={"article_ids": [article.id]})])
    return str(path)


def run(db: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", db, *args])
    return result.exit_code, result.stdout, result.stderr


def test_events_table(db: str) -> None:
    code, out, _ = run(db, "events")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["date", "type", "actor1", "actor2"]
    assert "2022-01-14" in lines[2] and "Armed clash" in lines[2] and "Khyber Pakhtunkhwa / North" in lines[2]
    assert "Khōst / Tanī" in lines[3]
    assert len({len(line) for line in lines[:2]}) == 1  # fixed width


def test_events_formats_and_filters(db: str) -> None:
    code, out, _ = run(db, "events", "--format", "json", "--country", "AF")
    assert code == 0
    assert [e["admin2"] for e in json.loads(out)] == ["Tanī"]
    code, out, _ = run(db, "events", "--format", "jsonl", "--since", "2022-01-13", "--type", "battles")
    assert [json.loads(line)["event_id"] for line in out.splitlines()] == ["fp0000000000001"]
    code, out, _ = run(db, "events", "--format", "csv", "--actor", "taliban", "--bbox", "60,30,75,35")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["location"] for r in rows] == ["Mir Ali"]
    code, out, _ = run(db, "events", "--format", "jsonl", "--limit", "1")
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["--since", "14 Jan"],
        ["--bbox", "1,2"],
        ["--type", "massacre"],
        ["--limit", "0"],
        ["--format", "xml"],
    ],
)
def test_bad_input_exits_2_with_one_line(db: str, args: list[str]) -> None:
    code, _, err = run(db, "events", *args)
    assert code == 2
    assert "Traceback" not in err


def test_export_files(db: str, tmp_path: Path) -> None:
    target = tmp_path / "out" / "events.parquet"
    code, _, err = run(db, "export", "--format", "parquet", "-o", str(target))
    assert code == 0 and "wrote 2 events" in err
    assert pq.read_table(target).num_rows == 2
    geojson = tmp_path / "events.geojson"
    assert run(db, "export", "--format", "geojson", "-o", str(geojson), "--country", "Pakistan")[0] == 0
    assert len(json.loads(geojson.read_text(encoding="utf-8"))["features"]) == 1
    acled = tmp_path / "events.csv"
    assert run(db, "export", "--format", "acled-csv", "-o", str(acled))[0] == 0
    with acled.open(encoding="utf-8", newline="") as handle:
        assert [r["country"] for r in csv.DictReader(handle)] == ["Pakistan", "Afghanistan"]


def test_export_to_stdout_and_required_options(db: str) -> None:
    code, out, _ = run(db, "export", "--format", "jsonl", "-o", "-")
    assert code == 0 and len(out.splitlines()) == 2
    assert run(db, "export", "-o", "x.csv")[0] == 2  # --format is required
    assert run(db, "export", "--format", "acled-csv")[0] == 2  # -o is required
