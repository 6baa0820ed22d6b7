"""Throughput of flashpoint end to end beside the bare spaCy pipeline, on the same texts, in the same run.

    flashpoint bench [--docs N] [--texts DIR]        (or: python bench/bench_ingest.py)

Prints words/s and articles/s for: bare `en_core_web_sm` `nlp.pipe`; flashpoint extraction (clean ->
annotate -> detect -> code -> geocode); flashpoint `ingest` into a fresh SQLite file (adds storage); plus
per-article latency percentiles and the peak resident memory of this process. The texts are the bundled
sample articles, repeated with a changed first line so every article is new to the store.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
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


def report(name: str, seconds: float, docs: int, words: int) -> None:
    print(f"{name:<34} {docs / seconds:9.1f} articles/s {words / seconds:11.0f} words/s {seconds:8.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    args = parser.parse_args()
    run(args.docs, args.texts)


def run(docs: int, folder: Path = DEFAULT_TEXTS) -> None:
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

        bare = spacy.load(settings.spacy_model)
        started = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=32):
            pass
        bare_s = time.perf_counter() - started
        report("baseline: bare spaCy nlp.pipe", bare_s, len(texts), words)

        latencies: list[float] = []
        started = time.perf_counter()
        for i, text in enumerate(texts):
            t0 = time.perf_counter()
            pipeline.process(Article(text=text, id=f"x{i}"))
            latencies.append(time.perf_counter() - t0)
        extract_s = time.perf_counter() - started
        report("flashpoint extract (per article)", extract_s, len(texts), words)

        articles = [Article(text=t, origin=f"bench:{i}").ensure_id() for i, t in enumerate(texts)]
        store = open_store(settings)
        started = time.perf_counter()
        result = ingest(articles, pipeline, store, sources=["bench"], progress=False)
        ingest_s = time.perf_counter() - started
        store.close()
        report("flashpoint ingest (batched+SQLite)", ingest_s, len(texts), words)

    q = statistics.quantiles(latencies, n=100)
    p50, p95, worst = q[49] * 1000, q[94] * 1000, max(latencies) * 1000
    print(f"latency per article: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms")
    print(f"ingest / bare spaCy time ratio: {ingest_s / bare_s:.2f}x")
    print(f"stored {result.stored} articles, {result.events_created} events")
    print(f"peak memory (RSS): {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
