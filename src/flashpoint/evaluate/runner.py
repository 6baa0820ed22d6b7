"""Running an extractor over gold files and scoring it: the library behind `flashpoint eval`.

The extractor is any callable `(text, reference_date) -> list[Event]`; it never sees the gold. A batch
function `(list[(text, reference_date)]) -> list[list[Event]]` is used instead when one is given.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm

from flashpoint.evaluate.adapters import gold_event
from flashpoint.evaluate.aggregate import ClassScore, class_scores, confusions, summarize
from flashpoint.evaluate.gold import GoldRecord, load_gold
from flashpoint.evaluate.scoring import Comparators, RecordScore, score_record
from flashpoint.schema import Event

log = logging.getLogger(__name__)

Item = tuple[str, dt.date | None]


class ExtractFn(Protocol):
    def __call__(self, text: str, reference_date: dt.date | None) -> list[Event]: ...


BatchFn = Callable[[list[Item]], Iterable[list[Event]]]
ToponymScorer = Callable[[list[GoldRecord]], dict[str, Any]]


@dataclass
class EvalReport:
    """Everything `flashpoint eval` prints."""

    overall: dict[str, Any]
    per_source: dict[str, dict[str, Any]]
    classes: list[ClassScore] = field(default_factory=list)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """One JSON object: the overall metrics at top level, `per_source` with the same keys, and the
        sub-event type table and confusions."""
        return {
            **self.overall,
            "per_source": self.per_source,
            "sub_event_types": [
                {k: round(v, 4) if isinstance(v, float) else v for k, v in vars(c).items()}
                for c in self.classes
            ],
            "confusions": [{"gold": g, "predicted": p, "count": n} for g, p, n in self.confusions],
        }


def _run_batch(
    items: list[Item], extract: ExtractFn, extract_many: BatchFn | None
) -> list[list[Event] | str]:
    """Events for each item, or an error message for an item the extractor failed on."""
    if extract_many is not None:
        try:
            results = list(extract_many(items))
            if len(results) == len(items):
                return list(results)
            log.warning("extract_many gave %d results for %d items; retrying", len(results), len(items))
        except Exception as exc:  # one bad item must not sink the batch: retry one by one
            log.warning("batch extraction failed (%s); retrying one by one", exc)
    out: list[list[Event] | str] = []
    for text, reference_date in items:
        try:
            out.append(list(extract(text, reference_date)))
        except Exception as exc:  # recorded per record, like the pipeline's article boundary
            log.warning("extraction failed: %s", exc)
            out.append(f"{type(exc).__name__}: {exc}")
    return out


def score_records(
    records: Sequence[GoldRecord],
    extract: ExtractFn,
    *,
    comparators: Comparators,
    extract_many: BatchFn | None = None,
    batch_size: int = 32,
    progress: tqdm | None = None,
) -> tuple[list[RecordScore], dict[str, float]]:
    """Score every record; also return the extraction seconds spent per source."""
    scores: list[RecordScore] = []
    seconds: dict[str, float] = {}
    for start in range(0, len(records), batch_size):
        chunk = records[start : start + batch_size]
        began = time.perf_counter()
        results = _run_batch([(r.text or "", r.reference_date) for r in chunk], extract, extract_many)
        share = (time.perf_counter() - began) / len(chunk)
        for record, result in zip(chunk, results, strict=True):
            seconds[record.source] = seconds.get(record.source, 0.0) + share
            events = result if isinstance(result, list) else []
            score = score_record(record.id, record.source, gold_event(record), events, comparators)
            score.error = result if isinstance(result, str) else None
            scores.append(score)
        if progress is not None:
            progress.update(len(chunk))
    return scores, seconds


def run_eval(
    paths: Sequence[Path],
    extract: ExtractFn,
    *,
    limit: int | None = None,
    comparators: Comparators | None = None,
    extract_many: BatchFn | None = None,
    toponym_scorer: ToponymScorer | None = None,
    show_progress: bool = True,
    batch_size: int = 32,
) -> EvalReport:
    """Evaluate `extract` on gold files (the first `limit` records of each)."""
    comparators = comparators or Comparators.load()
    loaded = [record for path in paths for record in load_gold(Path(path), limit)]
    records = [record for record in loaded if record.text and record.text.strip()]
    if len(records) < len(loaded):
        log.info("%d gold record(s) without text left out", len(loaded) - len(records))
    with tqdm(total=len(records), desc="eval", unit="doc", file=sys.stderr, disable=not show_progress) as bar:
        scores, seconds = score_records(
            records,
            extract,
            comparators=comparators,
            extract_many=extract_many,
            batch_size=batch_size,
            progress=bar,
        )
    by_source: dict[str, list[RecordScore]] = {}
    for score in scores:
        by_source.setdefault(score.source, []).append(score)
    per_source = {src: summarize(items, seconds.get(src, 0.0)) for src, items in by_source.items()}
    overall = summarize(scores, sum(seconds.values()))
    if toponym_scorer is not None:
        _add_toponym_scores(records, toponym_scorer, per_source, overall)
    pairs = [s.sub_pair for s in scores if s.sub_pair is not None]
    return EvalReport(
        overall=overall, per_source=per_source, classes=class_scores(pairs), confusions=confusions(pairs)
    )


def _add_toponym_scores(
    records: Sequence[GoldRecord],
    scorer: ToponymScorer,
    per_source: dict[str, dict[str, Any]],
    overall: dict[str, Any],
) -> None:
    """toponym_recall / toponym_within_161km / toponym_km_median for sources whose gold has `toponyms`.

    The scorer runs once per source; the overall recall and within-161-km share are pooled from the
    per-source counts (`toponym_gold`, `toponym_found`), the overall km median is left out (a median does
    not pool, and a second geoparsing pass would double the cost)."""
    geo_records: dict[str, list[GoldRecord]] = {}
    for record in records:
        if isinstance(record.gold.get("toponyms"), list):
            geo_records.setdefault(record.source, []).append(record)
    if not geo_records:
        return
    gold = found = within = 0
    for source, items in geo_records.items():
        result = scorer(items)
        per_source[source].update(_toponym_keys(result))
        n_gold, n_found = int(result.get("toponym_gold") or 0), int(result.get("toponym_found") or 0)
        gold, found = gold + n_gold, found + n_found
        within += round((result.get("toponym_within_161km") or 0.0) * n_found)
    overall["toponym_recall"] = round(found / gold, 4) if gold else None
    overall["toponym_within_161km"] = round(within / found, 4) if found else None


def _toponym_keys(result: dict[str, Any]) -> dict[str, Any]:
    keys = ("toponym_recall", "toponym_within_161km", "toponym_km_median")
    return {key: result.get(key) for key in keys}
