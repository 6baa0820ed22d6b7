"""Where the time goes: each pipeline stage, and each spaCy component inside annotate, on the bench corpus.

    .venv/bin/python bench/bench_stages.py [--docs N] [--texts DIR] [--repeat R]

Runs the stages one after the other over all articles (annotate batched with `nlp.pipe`, as `Pipeline.pipe`
does), best of R runs per stage, and stores the results in a fresh SQLite file (the event resolution that
`ingest` adds); then times the spaCy components one by one (each over the whole batch:
tokenizer, then every component's `pipe`) for the flashpoint model and for bare `en_core_web_sm`. Times are
CPU seconds of this process, which other work on a shared machine stretches far less than the wall clock.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.benchmark import DEFAULT_TEXTS, corpus
from flashpoint.document import ArticleDoc
from flashpoint.pipeline import Pipeline
from flashpoint.schema import Article
from flashpoint.settings import Settings
from flashpoint.store import open_store

BATCH = 32
T = TypeVar("T")


def timed(fn: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The best time of `repeat` runs of `fn`, and what its last run returned."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        result = fn()
        best = min(best, time.process_time() - started)
    return best, result


def run_stage(stage: object, docs: list[ArticleDoc]) -> list[ArticleDoc]:
    if not hasattr(stage, "pipe"):
        return [stage(d) for d in docs]  # type: ignore[operator]
    out: list[ArticleDoc] = []
    for start in range(0, len(docs), BATCH):
        out.extend(stage.pipe(docs[start : start + BATCH]))  # type: ignore[attr-defined]
    return out


def run_component(proc: object, docs: list[Doc]) -> list[Doc]:
    if hasattr(proc, "pipe"):
        return list(proc.pipe(docs, batch_size=BATCH))  # type: ignore[attr-defined]
    return [proc(d) for d in docs]  # type: ignore[operator]


def component_times(nlp: Language, texts: list[str], repeat: int) -> list[tuple[str, float]]:
    """Seconds per component, each run over the whole batch on docs the earlier components annotated."""

    def tokenize() -> list[Doc]:
        return [nlp.make_doc(t) for t in texts]

    seconds, docs = timed(tokenize, repeat)
    rows = [("tokenizer", seconds)]
    for name, proc in nlp.pipeline:  # components annotate in place: run each once
        seconds, docs = timed(partial(run_component, proc, docs), 1)
        rows.append((name, seconds))
    return rows


def store_time(pipeline: Pipeline, docs: list[ArticleDoc]) -> float:
    """Seconds to save the coded articles into a fresh SQLite store (what `ingest` adds to extraction)."""
    results = [pipeline._result(d) for d in docs]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Settings(db=f"sqlite:///{tmp}/bench.sqlite"))
        started = time.process_time()
        for doc, (clean, events) in zip(docs, results, strict=True):
            store.save_article(doc.article, clean, events)
        seconds = time.process_time() - started
        store.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    texts = corpus(args.docs, args.texts)
    pipeline = Pipeline.from_settings(Settings())
    stages = pipeline._ready  # loads the resources
    articles = [Article(text=t, origin=f"bench:{i}").ensure_id() for i, t in enumerate(texts)]

    rows: list[tuple[str, float]] = []
    docs = [ArticleDoc(article=a) for a in articles]
    for name, stage in stages:
        seconds, docs = timed(partial(run_stage, stage, docs), args.repeat)
        rows.append((name, seconds))
    rows.append(("store (resolve)", store_time(pipeline, docs)))
    total = sum(s for _, s in rows)
    print(f"{len(texts)} articles; pipeline stages, CPU s (best of {args.repeat}):")
    for name, seconds in rows:
        print(f"  {name:<16} {seconds:7.3f} s  {seconds / total:6.1%}")
    print(f"  {'total':<16} {total:7.3f} s")

    analysis = [pipeline.resources.analysis_text(d.clean.text) for d in docs if d.clean is not None]
    for label, nlp in (
        ("flashpoint model", pipeline.resources.nlp),
        ("bare model", spacy.load(pipeline.settings.spacy_model)),
    ):
        comps = component_times(nlp, analysis, args.repeat)
        print(f"{label} components, CPU s (one pass, tokenizer best of {args.repeat}):")
        for name, seconds in comps:
            print(f"  {name:<22} {seconds:7.3f} s")
        print(f"  {'total':<22} {sum(s for _, s in comps):7.3f} s")


if __name__ == "__main__":
    main()
