"""`flashpoint eval` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashpoint.cli import cli

from .conftest import gold_record, write_jsonl


def test_missing_gold_file_is_a_user_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_malformed_gold_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(bad), "--quiet"])
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.output and "source" in result.output


@pytest.mark.slow
def test_eval_json_with_the_real_pipeline(tmp_path: Path) -> None:
    gold = write_jsonl(
        tmp_path / "g.jsonl",
        [
            gold_record(
                "a",
                "case2021_task2",
                "Police arrested 12 protesters in Lahore on Monday.",
                event_type="Strategic developments",
                sub_event_type="Arrests",
                in_acled_ontology=True,
            ),
            gold_record(
                "b", "case2021_task2", "The central bank raised interest rates.", in_acled_ontology=False
            ),
            gold_record("c", "case2021_task2", "A third record beyond the limit.", in_acled_ontology=False),
        ],
    )
    result = CliRunner().invoke(cli, ["eval", str(gold), "--limit", "2", "--json", "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["records"] == 2
    assert data["per_source"]["case2021_task2"]["false_alarm"] in (0.0, 1.0)
    assert "sub_event_type_macro_f1" in data and "docs_per_s" in data
