"""`flashpoint places` through click's CliRunner, with the full gazetteer (built once per session)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashpoint.cli import cli
from flashpoint.settings import Settings

from .conftest import in_north_waziristan

KEYS = {
    "article_id",
    "text",
    "start",
    "end",
    "name",
    "feature",
    "country",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "geonameid",
}


def _env(settings: Settings) -> dict[str, str]:
    return {"FLASHPOINT_CACHE_DIR": str(settings.cache_dir)}


@pytest.mark.slow
def test_places_on_a_text_file(tmp_path: Path, settings: Settings) -> None:
    src = tmp_path / "story.txt"
    src.write_text(
        "Islamabad, June 2 (Wire) Militants attacked a checkpoint in the North Waziristan tribal district, "
        "officials in Islamabad said.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["places", str(src)], env=_env(settings))
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert all(set(row) == KEYS for row in rows)
    district = next(row for row in rows if row["text"] == "North Waziristan")
    assert (district["admin1"], district["admin2"], district["feature"]) == (
        "Khyber Pakhtunkhwa",
        "North Waziristan",
        "admin2",
    )
    assert in_north_waziristan(district["latitude"], district["longitude"])
    text = src.read_text(encoding="utf-8")
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)


@pytest.mark.slow
def test_places_on_a_jsonl_file_of_articles(tmp_path: Path, settings: Settings) -> None:
    src = tmp_path / "articles.jsonl"
    lines = [
        {"id": "a1", "text": "A bomb went off in Hyderabad, Sindh, on Friday."},
        {"id": "a2", "text": "Shelling hit Kurram and Bajaur overnight."},
    ]
    src.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["places", str(src), "--format", "jsonl"], env=_env(settings))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {row["article_id"] for row in rows} == {"a1", "a2"}
    hyderabad = next(row for row in rows if row["text"] == "Hyderabad")
    assert (hyderabad["country"], hyderabad["admin1"]) == ("Pakistan", "Sindh")
    assert {row["admin2"] for row in rows if row["article_id"] == "a2"} == {"Kurram", "Bajaur"}


def test_a_missing_file_is_exit_code_2_without_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["places", str(tmp_path / "missing.txt")], env={"FLASHPOINT_CACHE_DIR": str(tmp_path)}
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_a_bad_line_is_reported_and_the_rest_is_printed(tmp_path: Path, settings: Settings) -> None:
    src = tmp_path / "articles.jsonl"
    good = json.dumps({"id": "a1", "text": "Shelling hit Kurram overnight."})
    src.write_text(good + "\n{not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["places", str(src), "--format", "jsonl"], env=_env(settings))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {row["admin2"] for row in rows} == {"Kurram"}
    assert "failed" in result.stderr
