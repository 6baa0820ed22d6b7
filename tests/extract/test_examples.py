"""End to end on real text: the seed article and the bundled sample articles give their expected events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.schema import Article

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "articles"
SEED = REPO.parent / "shared" / "examples" / "seed"
EXPECTED = json.loads((Path(__file__).parent / "expected_examples.json").read_text(encoding="utf-8"))[
    "articles"
]


def _events(pipeline: Pipeline, path: Path) -> list[dict[str, object]]:
    article = Article(text=path.read_text(encoding="utf-8"), origin=str(path))
    _, events = pipeline.process(article)
    return [e.to_record() for e in events]


@pytest.mark.slow
def test_seed_gives_exactly_its_two_events(pipeline: Pipeline) -> None:
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    events = _events(pipeline, SEED / "article.txt")
    assert len(events) == 2
    for got, want in zip(events, expected["events"], strict=True):
        for key in ("event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "inter1",
                    "actor2", "inter2", "interaction", "country", "admin1", "admin2", "fatalities",
                    "civilian_targeting"):  # fmt: skip
            assert got[key] == want[key], key
        assert got["actor1"] == want["actor1"]
        assert got["geo_precision"] in (2, 3)
        assert 32.6 <= got["latitude"] <= 33.3 and 69.6 <= got["longitude"] <= 70.5
        assert "IANS" in got["source"] and "RFE/RL" in got["source"]
        evidence = got["evidence"][0]["text"]
        assert want["evidence"].split(",")[0] in evidence


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_article(pipeline: Pipeline, name: str) -> None:
    expected = EXPECTED[name]
    events = _events(pipeline, EXAMPLES / name)
    assert len(events) == expected["count"], [e["notes"] for e in events]
    for got, want in zip(events, expected["events"], strict=True):
        mismatches = {k: (got.get(k), v) for k, v in want.items() if got.get(k) != v}
        assert not mismatches, mismatches
