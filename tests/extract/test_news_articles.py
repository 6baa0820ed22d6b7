"""Whole news articles written blind (wire stories, local press): each gives exactly its expected events.

`news_articles.jsonl` holds one article a line (after an "about" line): its text, publication date, the
exact number of events and, for each expected event, the fields whose ACLED coding is unambiguous. Each
expected event must be matched by a distinct produced event whose listed fields all match.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.schema import Article

HERE = Path(__file__).parent
ROWS = [
    row
    for row in (
        json.loads(line) for line in (HERE / "news_articles.jsonl").read_text(encoding="utf-8").splitlines()
    )
    if "text" in row
]


def _matching(expected: list[dict[str, Any]], produced: list[dict[str, Any]]) -> list[int] | None:
    """A distinct produced event for each expected one (backtracking over the candidates), or None."""
    chosen: list[int] = []

    def place(i: int) -> bool:
        if i == len(expected):
            return True
        for j, got in enumerate(produced):
            if j in chosen or any(got.get(k) != v for k, v in expected[i].items()):
                continue
            chosen.append(j)
            if place(i + 1):
                return True
            chosen.pop()
        return False

    return chosen if place(0) else None


@pytest.mark.slow
@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_news_article(pipeline: Pipeline, row: dict[str, Any]) -> None:
    article = Article(text=row["text"], published=dt.date.fromisoformat(row["published"]))
    produced = [event.to_record() for event in pipeline.process(article)[1]]
    shown = [{k: got.get(k) for k in {k for want in row["events"] for k in want}} for got in produced]
    assert len(produced) == row["count"], f"{row['id']}: {len(produced)} events, want {row['count']}: {shown}"
    assert _matching(row["events"], produced) is not None, (
        f"{row['id']}: no distinct match for the expected events\nwant {row['events']}\ngot  {shown}"
    )
