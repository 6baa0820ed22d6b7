"""The CI eval gate: pinned dev-set figures may not drop by more than 0.01."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.evaluate import gate

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_compare_flags_drops_beyond_tolerance() -> None:
    pins = {"src": {"detected": 0.80, "false_alarm": 0.10, "country_acc": 0.50}}
    ok = gate.compare(pins, {"src": {"detected": 0.791, "false_alarm": 0.109, "country_acc": 0.60}})
    assert ok.ok
    assert any("country_acc: improved" in n for n in ok.notes)
    bad = gate.compare(pins, {"src": {"detected": 0.7, "false_alarm": 0.2, "country_acc": 0.5}})
    assert len(bad.failures) == 2
    assert any(f.startswith("src.detected") for f in bad.failures)
    assert any(f.startswith("src.false_alarm") for f in bad.failures)  # lower is better


def test_compare_fails_on_missing_sources_and_metrics() -> None:
    result = gate.compare({"a": {"detected": 0.5}, "b": {"x": 0.1}}, {"a": {}, "c": {"detected": 0.1}})
    assert "b: pinned but not evaluated" in result.failures
    assert any(f.startswith("a.detected") for f in result.failures)
    assert "c: not pinned yet" in result.notes


def test_speed_distances_and_tiny_samples_are_not_pinned() -> None:
    report = {
        "records": 10,
        "detected": 0.5,
        "docs_per_s": 40.0,
        "geo_km_median": 12.0,
        "admin1_acc": None,
        "country_acc": 1.0,
        "support": {"detected": 40, "country_acc": 3},  # too few records to pin country_acc
        "errors": 0,
        "per_source": {"s": {"detected": 0.5, "toponym_km_median": 3.0, "toponym_recall": 0.7}},
    }
    assert gate.figures_of(report) == {
        "overall": {"detected": 0.5},
        "s": {"detected": 0.5, "toponym_recall": 0.7},
    }


def test_missing_gold_fails_with_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(gate.NO_GOLD_ENV, raising=False)
    with pytest.raises(gate.GoldMissing, match="FLASHPOINT_NO_GOLD=1"):
        gate.gold_files(tmp_path / "repo")
    assert gate.main(["--root", str(tmp_path / "repo"), "--quiet"]) == 2


def test_missing_gold_is_allowed_only_on_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gate.NO_GOLD_ENV, "1")
    result = gate.check(tmp_path / "repo")
    assert result.ok and result.skipped


def test_pins_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "pins.json"
    gate.write_pins(path, 150, {"s": {"detected": 0.123456}})
    assert gate.read_pins(path) == (150, {"s": {"detected": 0.1235}})
    assert json.loads(path.read_text())["tolerance"] == gate.TOLERANCE


def test_repository_pins_use_the_gate_limit() -> None:
    limit, pins = gate.read_pins(REPO_ROOT / gate.PINS_FILE)
    assert limit == gate.DEFAULT_LIMIT
    assert "overall" in pins and len(pins) > 5


@pytest.mark.slow
def test_dev_figures_do_not_drop_below_pins() -> None:
    """Runs eval on ../shared/gold/dev (first `limit` records per file) with the real pipeline."""
    result = gate.check(REPO_ROOT)
    assert result.ok, "eval gate failed:\n" + "\n".join(result.failures)
