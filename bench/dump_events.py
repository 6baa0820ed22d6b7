"""Dump everything the pipeline extracts from a set of texts, as JSON lines, to check that a change which
should not alter output (a speed-up, a refactoring) really does not: run it before and after, then `diff`.

    .venv/bin/python bench/dump_events.py GOLD.jsonl [...] [--per-file N] [--bench-docs N] > out.jsonl

Takes the first N records of each JSONL file (fields `text` and `reference_date`, as in the gold files)
plus the benchmark corpus, runs the stages in batches as `Pipeline.pipe` does, and writes one line per
text: the cleaned article, the headline flag, the place mentions and locations, the default country and
every event (before the confidence threshold) with its confidence features.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from flashpoint.benchmark import corpus
from flashpoint.document import ArticleDoc
from flashpoint.pipeline import Pipeline
from flashpoint.schema import Article, Rejected
from flashpoint.settings import Settings


def read_items(paths: list[Path], per_file: int) -> Iterator[tuple[str, dt.date | None]]:
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for n, line in enumerate(lines):
                if n >= per_file:
                    break
                record = json.loads(line)
                ref = record.get("reference_date")
                yield record.get("text") or "", dt.date.fromisoformat(ref) if ref else None


def state(doc: ArticleDoc | Rejected) -> dict[str, Any]:
    if isinstance(doc, Rejected):
        return {"rejected": doc.model_dump(mode="json")}
    return {
        "clean": doc.clean.model_dump(mode="json") if doc.clean else None,
        "anchor": doc.anchor.isoformat() if doc.anchor else None,
        "source": doc.source,
        "language": doc.language,
        "headline": doc.headline,
        "places": [p.model_dump(mode="json") for p in doc.places],
        "locations": [loc.model_dump(mode="json") if loc else None for loc in doc.locations],
        "default_country": doc.default_country,
        "events": [
            {
                **e.model_dump(mode="json", exclude={"created_at", "updated_at"}),
                "features": e._confidence_features,
            }
            for e in doc.events
        ],
    }


def run(pipeline: Pipeline, items: list[tuple[str, dt.date | None]], batch_size: int = 32) -> Iterator[str]:
    from flashpoint.pipeline import _apply

    before, batched, after = pipeline._phases
    for start in range(0, len(items), batch_size):
        chunk = items[start : start + batch_size]
        docs: list[ArticleDoc | Rejected] = [
            _apply(before, ArticleDoc(article=Article(text=text, published=ref).ensure_id()))
            for text, ref in chunk
        ]
        ready = [d for d in docs if isinstance(d, ArticleDoc)]
        parsed = iter(batched[1].pipe(ready) if batched is not None else ready)  # type: ignore[attr-defined]
        for doc in docs:
            done = doc if isinstance(doc, Rejected) else _apply(after, next(parsed))
            yield json.dumps(state(done), sort_keys=True, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="*")
    parser.add_argument("--per-file", type=int, default=40)
    parser.add_argument("--bench-docs", type=int, default=16)
    args = parser.parse_args()
    items = list(read_items(args.files, args.per_file))
    items += [(text, None) for text in corpus(args.bench_docs)]
    pipeline = Pipeline.from_settings(Settings())
    for line in run(pipeline, items):
        sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main()
