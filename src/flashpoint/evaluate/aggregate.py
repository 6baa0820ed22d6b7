"""Turning record scores into the metrics of DESIGN.md section 7 (overall, or for one source)."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from flashpoint.evaluate.scoring import FIELD_METRICS, NO_EVENT, RecordScore

# The keys every summary has, in display order (None when nothing in the records could score them).
CORE_METRICS: tuple[str, ...] = (
    "records",
    "detected",
    "false_alarm",
    "event_type_acc",
    "sub_event_type_acc",
    "sub_event_type_macro_f1",
    "actor1_acc",
    "actor2_acc",
    "country_acc",
    "admin1_acc",
    "admin2_acc",
    "geo_km_median",
    "geo_within_25km",
    "event_date_acc",
    "fatalities_em",
    "docs_per_s",
    "high_conf_precision",
)
# Reported only where a source can measure them.
OPTIONAL_METRICS: tuple[str, ...] = (
    "fatalities_in_range",
    "relevance_acc",
    "attack_kind_acc",
    "toponym_recall",
    "toponym_within_161km",
    "toponym_km_median",
)


@dataclass(frozen=True)
class ClassScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  # gold records of this class
    predicted: int


def _mean(values: Iterable[bool]) -> float | None:
    items = list(values)
    return round(sum(items) / len(items), 4) if items else None


def class_scores(pairs: Sequence[tuple[str, str]]) -> list[ClassScore]:
    """Precision, recall and F1 per sub-event type (the "no event" label is not a class)."""
    gold_counts = Counter(g for g, _ in pairs)
    pred_counts = Counter(p for _, p in pairs)
    hits = Counter(g for g, p in pairs if g == p)
    labels = sorted((set(gold_counts) | set(pred_counts)) - {NO_EVENT})
    result = []
    for label in labels:
        tp, n_pred, n_gold = hits[label], pred_counts[label], gold_counts[label]
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result.append(ClassScore(label, precision, recall, f1, n_gold, n_pred))
    return result


def macro_f1(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Unweighted mean F1 over every sub-event type that occurs in the gold or the predictions."""
    scores = class_scores(pairs)
    return round(sum(s.f1 for s in scores) / len(scores), 4) if scores else None


def confusions(pairs: Sequence[tuple[str, str]], top: int = 10) -> list[tuple[str, str, int]]:
    """The most frequent (gold, predicted) sub-event type mix-ups, "no event" included."""
    counts = Counter((g, p) for g, p in pairs if g != p)
    return [(g, p, n) for (g, p), n in counts.most_common(top)]


def summarize(scores: Sequence[RecordScore], seconds: float) -> dict[str, Any]:
    """The metrics over `scores`, plus `support` (how many records each metric was computed on)."""
    out: dict[str, Any] = {key: None for key in CORE_METRICS}
    support: dict[str, int] = {}

    def put(metric: str, values: list[bool]) -> None:
        support[metric] = len(values)
        out[metric] = _mean(values)

    out["records"] = len(scores)
    put("detected", [s.n_pred > 0 for s in scores if s.has_event is True])
    put("false_alarm", [s.n_pred > 0 for s in scores if s.has_event is False])
    for name, metric in FIELD_METRICS.items():
        values = [s.fields[name] for s in scores if name in s.fields]
        if values or metric in CORE_METRICS:
            put(metric, values)
    distances = [s.geo_km for s in scores if s.geo_km is not None]
    support["geo_km_median"] = len(distances)
    out["geo_km_median"] = round(statistics.median(distances), 2) if distances else None
    pairs = [s.sub_pair for s in scores if s.sub_pair is not None]
    support["sub_event_type_macro_f1"] = len(pairs)
    out["sub_event_type_macro_f1"] = macro_f1(pairs)
    put("high_conf_precision", [right for s in scores for right in s.high_conf])
    out["docs_per_s"] = round(len(scores) / seconds, 2) if seconds > 0 and scores else None
    out["errors"] = sum(s.error is not None for s in scores)
    out["support"] = support
    return out
