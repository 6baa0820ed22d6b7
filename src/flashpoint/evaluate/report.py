"""The human-readable form of an `EvalReport`: overall table, per-source table, sub-type table, confusions."""

from __future__ import annotations

from typing import Any

from flashpoint.evaluate.aggregate import CORE_METRICS, OPTIONAL_METRICS
from flashpoint.evaluate.runner import EvalReport

_SHORT: dict[str, str] = {
    "records": "recs",
    "detected": "det",
    "false_alarm": "fa",
    "event_type_acc": "type",
    "sub_event_type_acc": "sub",
    "sub_event_type_macro_f1": "subF1",
    "actor1_acc": "act1",
    "actor2_acc": "act2",
    "country_acc": "ctry",
    "admin1_acc": "adm1",
    "admin2_acc": "adm2",
    "geo_km_median": "km_med",
    "geo_within_25km": "<25km",
    "event_date_acc": "date",
    "fatalities_em": "fatal",
    "docs_per_s": "doc/s",
    "high_conf_precision": "hc_prec",
    "fatalities_in_range": "fat_rng",
    "relevance_acc": "relev",
    "attack_kind_acc": "kind",
    "toponym_recall": "top_rec",
    "toponym_within_161km": "top161",
    "toponym_km_median": "top_km",
}


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    fmt = "  ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    return [fmt.format(*header), fmt.format(*("-" * w for w in widths)), *(fmt.format(*row) for row in rows)]


def render(report: EvalReport, *, top_confusions: int = 10) -> str:
    overall = report.overall
    lines = ["Overall"]
    keys = [k for k in (*CORE_METRICS, *OPTIONAL_METRICS) if k in overall]
    support = overall.get("support", {})
    lines += _table(
        ["metric", "value", "n"],
        [[k, _cell(overall[k]), _cell(support.get(k))] for k in keys],
    )
    if overall.get("errors"):
        lines.append(f"extractor errors: {overall['errors']} record(s)")

    sources = report.per_source.values()
    columns = [k for k in (*CORE_METRICS, *OPTIONAL_METRICS) if any(m.get(k) is not None for m in sources)]
    lines += ["", "Per source"]
    lines += _table(
        ["source", *(_SHORT.get(k, k) for k in columns)],
        [[src, *(_cell(m.get(k)) for k in columns)] for src, m in sorted(report.per_source.items())],
    )
    if report.classes:
        lines += ["", "Sub-event types"]
        lines += _table(
            ["sub_event_type", "P", "R", "F1", "gold", "pred"],
            [
                [c.label, _cell(c.precision), _cell(c.recall), _cell(c.f1), str(c.support), str(c.predicted)]
                for c in report.classes
            ],
        )
    if report.confusions:
        lines += ["", "Top confusions (gold -> predicted)"]
        lines += _table(
            ["gold", "predicted", "n"],
            [[g, p, str(n)] for g, p, n in report.confusions[:top_confusions]],
        )
    return "\n".join(lines)
