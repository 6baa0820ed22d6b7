"""Calibrate event confidence on dev gold: fit the logistic weights of `extract.confidence` so that the
confidence of an event is the probability that it is right (as `flashpoint eval` judges it: event type,
country, date, admin1 and attack kind right where the gold has them).

    python -m flashpoint.evaluate.calibrate [GOLD.jsonl ...] [--limit 300] [--write]

Prints a reliability table (confidence bins against the share of right events) with the current and the
fitted weights, and with --write stores the fitted weights in the packaged pipeline config. Only weights
are learned; the features are fixed in code, so the calibration cannot memorise individual records. The
fitted weights are also judged out of sample: the expected calibration error and Brier score of a
five-fold cross-validation, next to those of the current weights on the same events.
"""

from __future__ import annotations

import argparse
import math
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from itertools import pairwise
from pathlib import Path

import numpy as np

from flashpoint.evaluate.adapters import gold_event
from flashpoint.evaluate.gold import iter_gold
from flashpoint.evaluate.scoring import Comparators, event_is_right
from flashpoint.extract.confidence import FEATURES
from flashpoint.pipeline import Pipeline
from flashpoint.schema import Article
from flashpoint.settings import Settings

DEV = Path(__file__).resolve().parents[3].parent / "shared" / "gold" / "dev"
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.01)


def collect(paths: Sequence[Path], limit: int, pipeline: Pipeline) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and right/wrong labels for every predicted event on the gold records."""
    comparators = Comparators.load()
    rows: list[list[float]] = []
    labels: list[float] = []
    for path in paths:
        records = [r for r in iter_gold(path, limit) if r.text]
        gold = [gold_event(r) for r in records]
        articles = [Article(text=r.text, published=r.reference_date) for r in records]
        for (_, result), gold_record in zip(
            pipeline.pipe(a.ensure_id() for a in articles), gold, strict=True
        ):
            if not isinstance(result, tuple) or gold_record.has_event is None:
                continue
            for event in result[1]:
                values = event._confidence_features
                rows.append([values[name] for name in FEATURES])
                labels.append(float(event_is_right(gold_record, event, comparators)))
    return np.array(rows), np.array(labels)


def probabilities(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The logistic confidence of each feature row (as `extract.confidence.score`, unrounded)."""
    return 1.0 / (1.0 + np.exp(-(x @ w)))


def fit(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, steps: int = 4000, rate: float = 0.5) -> np.ndarray:
    """L2-regularised logistic regression by gradient descent (the bias is not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2 / len(y))
    penalty[FEATURES.index("bias")] = 0.0
    for _ in range(steps):
        p = probabilities(x, w)
        w -= rate * (x.T @ (p - y) / len(y) + penalty * w)
    return w


def reliability(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> list[tuple[str, int, float]]:
    p = probabilities(x, w)
    table = []
    for low, high in pairwise(BINS):
        mask = (p >= low) & (p < high)
        share = float(y[mask].mean()) if mask.any() else math.nan
        table.append((f"[{low:.1f}, {min(high, 1.0):.1f})", int(mask.sum()), share))
    return table


def calibration_error(p: np.ndarray, y: np.ndarray) -> float:
    """Expected calibration error: the event-weighted gap between mean confidence and share right per bin."""
    total = 0.0
    for low, high in pairwise(BINS):
        mask = (p >= low) & (p < high)
        if mask.any():
            total += mask.sum() * abs(float(p[mask].mean()) - float(y[mask].mean()))
    return total / len(y)


def cross_validated(x: np.ndarray, y: np.ndarray, *, l2: float, folds: int = 5) -> np.ndarray:
    """Each event's confidence from weights fitted on the other folds (events dealt round-robin)."""
    p = np.empty(len(y))
    fold_of = np.arange(len(y)) % folds
    for fold in range(folds):
        held_out = fold_of == fold
        w = fit(x[~held_out], y[~held_out], l2=l2)
        p[held_out] = probabilities(x[held_out], w)
    return p


def _config_path() -> Path:
    return Path(str(resources.files("flashpoint").joinpath("default_config.toml")))


def write_weights(weights: dict[str, float]) -> Path:
    """Replace the confidence_weights block of the packaged default config."""
    path = _config_path()
    text = path.read_text(encoding="utf-8")
    for name, value in weights.items():
        text, count = re.subn(rf"(?m)^{name} = -?[0-9.]+$", f"{name} = {value:.3f}", text)
        if count != 1:
            raise SystemExit(f"calibrate: {path}: expected one '{name} = ...' line, found {count}")
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=300, help="records per file")
    parser.add_argument(
        "--write", action="store_true", help="store the fitted weights in default_config.toml"
    )
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty (higher keeps weights small)")
    args = parser.parse_args()
    paths = args.gold or sorted(DEV.glob("*.jsonl"))
    pipeline = Pipeline.from_settings(Settings())
    x, y = collect(paths, args.limit, pipeline)
    current = _config_path().read_text(encoding="utf-8")
    weights = tomllib.loads(current)["stages"]["segment"]["confidence_weights"]
    print(f"{len(y)} events, {y.mean():.3f} right")
    fitted = fit(x, y, l2=args.l2)
    for title, w in (("current", np.array([weights[n] for n in FEATURES])), ("fitted", fitted)):
        print(f"\n{title} weights: " + ", ".join(f"{n}={v:.2f}" for n, v in zip(FEATURES, w, strict=True)))
        for label, n, share in reliability(x, y, w):
            print(f"  confidence {label:<11} {n:6d} events  right {share:.3f}")
    current_p = probabilities(x, np.array([weights[n] for n in FEATURES]))
    print("\nout of sample (current weights: fitted on earlier code; fitted ones: 5-fold cross-validation):")
    for title, p in (("current", current_p), ("fitted", cross_validated(x, y, l2=args.l2))):
        high = p >= 0.8
        share_right = float(y[high].mean()) if high.any() else math.nan
        print(
            f"  {title:<8} calibration error {calibration_error(p, y):.3f}  Brier {np.mean((p - y) ** 2):.3f}"
            f"  events >= 0.8: {int(high.sum())}, right {share_right:.3f}"
        )
    if args.write:
        print(f"\nwrote {write_weights(dict(zip(FEATURES, fitted.tolist(), strict=True)))}")


if __name__ == "__main__":
    main()
