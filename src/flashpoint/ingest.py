"""Batch ingest: read sources, run the pipeline, store each article in its own transaction.

One article's failure (bad input, a fetch error, a bug in a stage) is recorded with a one-line reason and
the batch goes on; nothing already stored is touched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from tqdm import tqdm

from flashpoint.pipeline import Result
from flashpoint.schema import Article, Rejected
from flashpoint.store.base import Store

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    run_id: int | None = None
    stored: int = 0
    unchanged: int = 0
    failed: list[Rejected] = field(default_factory=list)
    events_created: int = 0
    events_merged: int = 0

    def summary(self) -> str:
        text = (
            f"{self.stored} article(s) stored, {self.unchanged} unchanged, {len(self.failed)} failed; "
            f"{self.events_created} event(s) created, {self.events_merged} merged"
        )
        return text


class Coder(Protocol):
    """Anything that codes a stream of articles in order: `Pipeline` locally, `DaskCoder` on a cluster."""

    def pipe(
        self, items: Iterable[Article | Rejected]
    ) -> Iterator[tuple[Article | Rejected, Result | Rejected]]: ...


def ingest(
    items: Iterable[Article | Rejected],
    pipeline: Coder,
    store: Store,
    *,
    sources: list[str],
    progress: bool = True,
) -> IngestReport:
    report = IngestReport()
    report.run_id = store.start_run(sources)
    bar = tqdm(desc="ingest", unit="article", disable=not progress, leave=False)
    try:
        for item, result in pipeline.pipe(items):
            bar.update(1)
            if isinstance(result, Rejected):
                report.failed.append(result)
                if isinstance(item, Article):
                    store.record_failure(item, result.reason, report.run_id)
                log.info("skipped %s", result)
                continue
            if not isinstance(item, Article):
                continue
            cleaned, events = result
            try:
                saved = store.save_article(item, cleaned, events)
            except Exception as exc:  # one article's storage failure must not stop the batch
                log.debug("storing %s failed", item.id, exc_info=True)
                rejected = Rejected(
                    origin=item.origin or item.id, stage="store", code="store", reason=str(exc)
                )
                report.failed.append(rejected)
                store.record_failure(item, rejected.reason, report.run_id)
                continue
            if saved.unchanged:
                report.unchanged += 1
            else:
                report.stored += 1
            report.events_created += len(saved.created)
            report.events_merged += len(saved.merged)
    finally:
        bar.close()
        store.finish_run(
            report.run_id,
            stored=report.stored,
            failed=len(report.failed),
            events=report.events_created,
        )
    return report
