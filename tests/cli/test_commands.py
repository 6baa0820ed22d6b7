"""The CLI contract of DESIGN.md section 5: exit codes, one-line errors, batch summaries, real store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashpoint.cli import cli

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "examples" / "seed" / "article.txt"
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def env(tmp_path: Path, cache_dir: Path) -> dict[str, str]:
    return {"FLASHPOINT_DB": str(tmp_path / "fp.sqlite"), "FLASHPOINT_CACHE_DIR": str(cache_dir)}


@pytest.mark.slow
def test_extract_prints_the_seed_events_as_json(runner: CliRunner, env: dict[str, str]) -> None:
    result = runner.invoke(cli, ["extract", str(SEED)], env=env)
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert [e["event_date"] for e in events] == ["2021-12-30", "2021-12-29"]
    assert all(e["article_ids"] for e in events)


@pytest.mark.slow
def test_extract_jsonl_lists_each_article_id(runner: CliRunner, env: dict[str, str], tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "kherson-1", "text": (EXAMPLES / "ukraine-kherson-shelling.txt").read_text()}),
        "{not json",
        json.dumps({"id": "economy-1", "text": (EXAMPLES / "no-event-economy.txt").read_text()}),
    ]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(dump), "--format", "jsonl"], env=env)
    assert result.exit_code == 2, result.output  # a bad line is bad input ...
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(events) == 1 and events[0]["article_ids"] == ["kherson-1"]  # ... the others are still coded
    assert "dump.jsonl:2: not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00junk" * 50, "binary")],
)
def test_extract_bad_input_is_one_line_and_exit_2(
    runner: CliRunner, env: dict[str, str], tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(cli, ["extract", str(path)], env=env)
    assert result.exit_code == 2
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_extract_missing_file_exit_2(runner: CliRunner, env: dict[str, str], tmp_path: Path) -> None:
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")], env=env)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_ingest_batch_goes_on_after_failures_and_is_idempotent(
    runner: CliRunner, env: dict[str, str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    article = tmp_path / "kherson.txt"
    article.write_text((EXAMPLES / "ukraine-kherson-shelling.txt").read_text())
    first = runner.invoke(cli, ["ingest", str(article), str(empty), "-q"], env=env)
    assert first.exit_code == 2  # one input failed ...
    assert "1 article(s) stored" in first.stderr and "empty" in first.stderr
    with sqlite3.connect(env["FLASHPOINT_DB"]) as db:  # ... the other was stored
        events_before = db.execute("select count(*) from events").fetchone()[0]
    assert events_before == 1

    again = runner.invoke(cli, ["ingest", str(article), "-q"], env=env)
    assert again.exit_code == 0, again.output
    assert "1 unchanged" in again.stderr
    with sqlite3.connect(env["FLASHPOINT_DB"]) as db:
        assert db.execute("select count(*) from events").fetchone()[0] == events_before

    listed = runner.invoke(cli, ["events", "--format", "json"], env=env)
    assert listed.exit_code == 0
    assert json.loads(listed.stdout)[0]["sub_event_type"] == "Shelling/artillery/missile attack"


def test_help_lists_the_contract_commands(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--help"])
    for command in ("extract", "ingest", "events", "export", "serve", "eval", "places"):
        assert command in result.output
