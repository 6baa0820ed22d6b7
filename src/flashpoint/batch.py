"""Scale-out for large backfills: code articles on a Dask cluster, store them in this process.

Workers run the pure stages (clean -> ... -> geocode) on chunks of articles, each worker loading the heavy
resources once; the results come back in order and the single writer in the calling process stores them
(SQLite allows one writer, and one transaction per article keeps the store consistent).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from flashpoint.errors import ConfigError
from flashpoint.pipeline import Pipeline, Result
from flashpoint.schema import Article, Rejected
from flashpoint.settings import Settings

log = logging.getLogger(__name__)

CHUNK = 16


@lru_cache(maxsize=2)
def _worker_pipeline(settings_json: str) -> Pipeline:
    """One pipeline per worker process and settings; resources load on first use."""
    return Pipeline.from_settings(Settings.model_validate_json(settings_json))


def code_chunk(
    settings_json: str, articles: list[Article | Rejected]
) -> list[tuple[Article | Rejected, Result | Rejected]]:
    """Run on a worker: code a chunk of articles, in order."""
    return list(_worker_pipeline(settings_json).pipe(articles))


def _chunks(items: Iterable[Article | Rejected], size: int) -> Iterator[list[Article | Rejected]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class DaskCoder:
    """A drop-in for `Pipeline.pipe` that spreads the work over a Dask cluster."""

    def __init__(self, settings: Settings, *, workers: int = 2, scheduler: str | None = None) -> None:
        self.settings = settings
        self.workers = workers
        self.scheduler = scheduler

    def pipe(
        self, items: Iterable[Article | Rejected]
    ) -> Iterator[tuple[Article | Rejected, Result | Rejected]]:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask is a dependency
            raise ConfigError("Dask is not installed: pip install 'dask[distributed]'") from exc
        if not log.isEnabledFor(logging.INFO):
            logging.getLogger("distributed").setLevel(logging.WARNING)
        settings_json = self.settings.model_dump_json()
        if self.scheduler:
            client = Client(self.scheduler, timeout="10s")
            cluster = None
        else:
            cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
        log.info("coding on Dask: %s", client)
        try:
            # keep a bounded window of chunks in flight so memory stays flat on big backfills
            pending = []
            window = max(2, 2 * self.workers)
            for chunk in _chunks(items, CHUNK):
                pending.append(client.submit(code_chunk, settings_json, chunk, pure=False))
                if len(pending) >= window:
                    yield from pending.pop(0).result()
            for future in pending:
                yield from future.result()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
