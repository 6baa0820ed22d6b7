"""Throughput of flashpoint end to end beside the bare spaCy pipeline, on the same texts, in the same run.

    flashpoint bench [--docs N] [--texts DIR]        (or: python bench/bench_ingest.py)

Prints words/s and articles/s for: bare `en_core_web_sm` `nlp.pipe`; flashpoint extraction (clean ->
annotate -> detect -> code -> geocode); flashpoint `ingest` into a fresh SQLite file (adds storage); plus
per-article latency percentiles and the peak resident memory of this process. The texts are the bundled
sample articles, repeated with a changed first line so every article is new to the store.

The ingest/bare ratio is given in wall-clock and in CPU time of this process: on a shared machine other
processes stretch the wall clock of one run and not the other, while CPU time barely moves. With
`--repeat N` bare spaCy and ingest (each into a fresh store) alternate N times and the medians are reported.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import spacy

from flashpoint.errors import InputError
from flashpoint.ingest import ingest
from flashpoint.pipeline import Pipeline
from flashpoint.schema import Article
from flashpoint.settings import Settings
from flashpoint.store import open_store

DEFAULT_TEXTS = Path(__file__).resolve().parents[2] / "examples" / "articles"


def corpus(n: int, folder: Path = DEFAULT_TEXTS) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise InputError(f"{folder}: no .txt articles to benchmark with (use --texts DIR)")
    return [f"{texts[i % len(texts)]}\n\n(copy {i})" for i in range(n)]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds
    cpu: float  # CPU seconds of this process


class Stopwatch:
    """Wall-clock and process CPU time of a block: `with Stopwatch() as watch: ...; watch.timing`."""

    def __enter__(self) -> Stopwatch:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timing = Timing(time.perf_counter() - self._wall, time.process_time() - self._cpu)


def median(timings: list[Timing]) -> Timing:
    return Timing(statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings))


def report(name: str, timing: Timing, docs: int, words: int) -> None:
    seconds = timing.wall
    print(
        f"{name:<34} {docs / seconds:9.1f} articles/s {words / seconds:11.0f} words/s {seconds:8.2f} s"
        f" (CPU {timing.cpu:.2f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--repeat", type=int, default=1, help="alternate bare and ingest runs N times")
    args = parser.parse_args()
    run(args.docs, args.texts, repeat=args.repeat)


def run(docs: int, folder: Path = DEFAULT_TEXTS, *, repeat: int = 1) -> None:
    """Print the throughput report (see the module docstring)."""
    texts = corpus(docs, folder)
    words = sum(len(t.split()) for t in texts)
    print(f"{docs} articles, {words} words; Python {sys.version.split()[0]}, spaCy {spacy.__version__}")

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=f"sqlite:///{tmp}/bench.sqlite", cache_dir=Path(tmp) / "cache")
        started = time.perf_counter()
        pipeline = Pipeline.from_settings(settings)
        pipeline.resources  # noqa: B018 - load model, actor ruler and gazetteer (cold cache)
        print(f"{'load resources (cold cache)':<34} {time.perf_counter() - started:8.2f} s")

        extract, latencies = _extract(pipeline, texts)
        bare = spacy.load(settings.spacy_model)
        bare_runs, ingest_runs = [], []
        for round_ in range(max(1, repeat)):
            with Stopwatch() as watch:
                for _ in bare.pipe(texts, batch_size=32):
                    pass
            bare_runs.append(watch.timing)
            articles = [Article(text=t, origin=f"bench:{i}").ensure_id() for i, t in enumerate(texts)]
            store = open_store(
                Settings(db=f"sqlite:///{tmp}/bench{round_}.sqlite", cache_dir=settings.cache_dir)
            )
            with Stopwatch() as watch:
                result = ingest(articles, pipeline, store, sources=["bench"], progress=False)
            store.close()
            ingest_runs.append(watch.timing)
        bare_s, ingest_s = median(bare_runs), median(ingest_runs)
        report("baseline: bare spaCy nlp.pipe", bare_s, len(texts), words)
        report("flashpoint extract (per article)", extract, len(texts), words)
        report("flashpoint ingest (batched+SQLite)", ingest_s, len(texts), words)

    q = statistics.quantiles(latencies, n=100)
    p50, p95, worst = q[49] * 1000, q[94] * 1000, max(latencies) * 1000
    print(f"latency per article: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms")
    print(f"ingest / bare spaCy time ratio: {ingest_s.wall / bare_s.wall:.2f}x")
    print(f"ingest / bare spaCy CPU-time ratio: {ingest_s.cpu / bare_s.cpu:.2f}x")
    if len(bare_runs) > 1:
        pairs = zip(bare_runs, ingest_runs, strict=True)
        each = ", ".join(f"{i.wall / b.wall:.2f}/{i.cpu / b.cpu:.2f}" for b, i in pairs)
        print(f"  (medians of {len(bare_runs)} alternating runs; each run's ratio, wall/CPU: {each})")
    print(f"stored {result.stored} articles, {result.events_created} events")
    print(f"peak memory (RSS): {peak_mb():.0f} MB")


def _extract(pipeline: Pipeline, texts: list[str]) -> tuple[Timing, list[float]]:
    """Time `Pipeline.process` one article at a time; the per-article latencies too."""
    latencies: list[float] = []
    with Stopwatch() as watch:
        for i, text in enumerate(texts):
            t0 = time.perf_counter()
            pipeline.process(Article(text=text, id=f"x{i}"))
            latencies.append(time.perf_counter() - t0)
    return watch.timing, latencies


if __name__ == "__main__":
    main()
