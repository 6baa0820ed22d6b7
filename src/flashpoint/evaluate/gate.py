"""The CI quality gate: dev-set figures may not drop by more than 0.01 below their pins.

    python -m flashpoint.evaluate.gate            # check (exit 1 on a drop, 2 when the gold is missing)
    python -m flashpoint.evaluate.gate --update   # re-pin the current figures

Runs `flashpoint eval` on the first `limit` records (150, kept in the pins file so checking and pinning
always use the same sample) of every `../shared/gold/dev/*.jsonl` (relative to the repository root).
Pins live in `tests/evaluate/eval_pins.json`: per source, per metric. Rates where higher is better fail when
they fall more than `tolerance` below the pin; `false_alarm` fails when it rises more than `tolerance`.
Speed (`docs_per_s`) and km medians are reported by eval but not pinned: they vary with the machine and
have no fixed scale. Without the gold directory the gate fails, unless `FLASHPOINT_NO_GOLD=1`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_LIMIT = 150
TOLERANCE = 0.01
MIN_SUPPORT = 10
PINS_FILE = Path("tests/evaluate/eval_pins.json")
GOLD_DIR = Path("../shared/gold/dev")
NO_GOLD_ENV = "FLASHPOINT_NO_GOLD"

LOWER_IS_BETTER: frozenset[str] = frozenset({"false_alarm"})
NOT_PINNED: frozenset[str] = frozenset(
    {"records", "docs_per_s", "geo_km_median", "toponym_km_median", "errors", "support"}
)


class GoldMissing(Exception):
    """The dev gold directory is not there (and FLASHPOINT_NO_GOLD is not set)."""


@dataclass(frozen=True)
class GateResult:
    failures: list[str]
    notes: list[str]
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return not self.failures


def pinnable(metrics: dict[str, Any]) -> dict[str, float]:
    """The figures of one summary that are pinned: numeric, not speed or distance, and computed on at
    least MIN_SUPPORT records (a rate over three records jumps by 0.33 at the slightest change)."""
    support = metrics.get("support") or {}
    return {
        key: float(value)
        for key, value in metrics.items()
        if key not in NOT_PINNED
        and isinstance(value, int | float)
        and not isinstance(value, bool)
        and support.get(key, MIN_SUPPORT) >= MIN_SUPPORT
    }


def figures_of(report_json: dict[str, Any]) -> dict[str, dict[str, float]]:
    """{"overall": {...}, source: {...}} from `EvalReport.to_json()`."""
    figures = {"overall": pinnable(report_json)}
    for source, metrics in report_json.get("per_source", {}).items():
        figures[source] = pinnable(metrics)
    return figures


def compare(
    pins: dict[str, dict[str, float]], current: dict[str, dict[str, float]], tolerance: float = TOLERANCE
) -> GateResult:
    """Every pinned figure that got worse by more than `tolerance`, and notes on improvements/new figures."""
    failures: list[str] = []
    notes: list[str] = []
    for source, pinned in sorted(pins.items()):
        now = current.get(source)
        if now is None:
            failures.append(f"{source}: pinned but not evaluated")
            continue
        for metric, pin in sorted(pinned.items()):
            value = now.get(metric)
            if value is None:
                failures.append(f"{source}.{metric}: pinned {pin:.4f}, now not computed")
                continue
            worse = value - pin if metric in LOWER_IS_BETTER else pin - value
            if worse > tolerance + 1e-9:
                failures.append(f"{source}.{metric}: {value:.4f} vs pinned {pin:.4f} (worse by {worse:.4f})")
            elif worse < -tolerance:
                notes.append(f"{source}.{metric}: improved to {value:.4f} from {pin:.4f} (re-pin: --update)")
        for metric in sorted(set(now) - set(pinned)):
            notes.append(f"{source}.{metric}: not pinned yet ({now[metric]:.4f})")
    for source in sorted(set(current) - set(pins)):
        notes.append(f"{source}: not pinned yet")
    return GateResult(failures=failures, notes=notes)


def gold_files(root: Path) -> list[Path]:
    """The dev gold files, or GoldMissing with a message saying what to do."""
    gold_dir = (root / GOLD_DIR).resolve()
    files = sorted(gold_dir.glob("*.jsonl")) if gold_dir.is_dir() else []
    if not files:
        raise GoldMissing(
            f"no dev gold at {gold_dir}: the eval gate needs ../shared/gold/dev/*.jsonl next to the "
            f"repository (set {NO_GOLD_ENV}=1 to run without it)"
        )
    return files


def evaluate_dev(root: Path, limit: int, *, show_progress: bool = False) -> dict[str, dict[str, float]]:
    """Run eval with the real pipeline on the dev gold; the pinnable figures."""
    from flashpoint.evaluate.backends import pipeline_extractor, toponym_scorer
    from flashpoint.evaluate.runner import run_eval
    from flashpoint.evaluate.scoring import Comparators
    from flashpoint.settings import Settings

    files = gold_files(root)
    settings = Settings()
    extract, extract_many = pipeline_extractor(settings)
    report = run_eval(
        files,
        extract,
        limit=limit,
        comparators=Comparators.load(settings.actor_alias_files),
        extract_many=extract_many,
        toponym_scorer=toponym_scorer(settings),
        show_progress=show_progress,
    )
    return figures_of(report.to_json())


def read_pins(path: Path) -> tuple[int, dict[str, dict[str, float]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return int(data["limit"]), {k: dict(v) for k, v in data["pins"].items()}


def write_pins(path: Path, limit: int, figures: dict[str, dict[str, float]]) -> None:
    data = {
        "about": "flashpoint eval figures on ../shared/gold/dev (first `limit` records of each file); "
        "written by `python -m flashpoint.evaluate.gate --update`, checked by tests/evaluate/test_gate.py",
        "limit": limit,
        "tolerance": TOLERANCE,
        "pins": {src: {m: round(v, 4) for m, v in sorted(f.items())} for src, f in sorted(figures.items())},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def check(root: Path, pins_path: Path | None = None, *, show_progress: bool = False) -> GateResult:
    """Compare the current dev figures with the pins (the limit comes from the pins file)."""
    if os.environ.get(NO_GOLD_ENV) == "1" and not (root / GOLD_DIR).is_dir():
        return GateResult(failures=[], notes=[f"{NO_GOLD_ENV}=1 and no gold: gate not run"], skipped=True)
    gold_files(root)  # GoldMissing before anything else
    pins_path = pins_path or root / PINS_FILE
    if not pins_path.is_file():
        return GateResult(failures=[f"no pins file at {pins_path}: run with --update first"], notes=[])
    limit, pins = read_pins(pins_path)
    return compare(pins, evaluate_dev(root, limit, show_progress=show_progress))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flashpoint.evaluate.gate", description="eval quality gate"
    )
    parser.add_argument("--update", action="store_true", help="re-pin the current figures")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root (default: cwd)")
    parser.add_argument("--limit", type=int, default=None, help=f"records per file to pin ({DEFAULT_LIMIT})")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    root: Path = args.root
    try:
        if args.update:
            limit = args.limit or DEFAULT_LIMIT
            figures = evaluate_dev(root, limit, show_progress=not args.quiet)
            write_pins(root / PINS_FILE, limit, figures)
            print(
                f"pinned {sum(len(f) for f in figures.values())} figures of {len(figures)} sources "
                f"(limit {limit}) in {root / PINS_FILE}"
            )
            return 0
        result = check(root, show_progress=not args.quiet)
    except GoldMissing as exc:
        print(f"eval gate: {exc}", file=sys.stderr)
        return 2
    for note in result.notes:
        print(f"note: {note}")
    for failure in result.failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    if result.ok:
        print("eval gate: ok" + (" (skipped)" if result.skipped else ""))
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
