"""End to end with the real model and gazetteer: Spanish headlines written here, Spanish non-events, and
English articles coded exactly as by a pipeline without the language stages."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.pipeline_config import DEFAULT_CONFIG, PipelineConfig
from flashpoint.schema import Article
from flashpoint.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
ANCHOR = dt.date(2022, 8, 11)  # a Thursday


def _english_only() -> PipelineConfig:
    """The default config as it was before the language stages: no language stage, no gates."""
    raw: dict[str, Any] = tomllib.loads(
        resources.files("flashpoint").joinpath(DEFAULT_CONFIG).read_text(encoding="utf-8")
    )
    rule_stages = [n for n, b in raw["stages"].items() if b["factory"].startswith("flashpoint.rules.")]
    for name in ["language", *rule_stages]:
        raw["pipeline"]["stages"].remove(name)
        del raw["stages"][name]
    for block in raw["stages"].values():
        block.pop("languages", None)
    return PipelineConfig.model_validate(raw)


@pytest.mark.slow
def test_english_events_are_unchanged(pipeline: Pipeline, settings: Settings) -> None:
    english = Pipeline(settings, pipeline.resources, config=_english_only())
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += ["Gunmen kill three in Los Mochis, Sinaloa", "Police find two bodies in La Mesa, Tijuana"]
    for text in texts:
        article = Article(text=text, published=ANCHOR)
        got = [e.to_record() for e in pipeline.process(article.model_copy())[1]]
        want = [e.to_record() for e in english.process(article.model_copy())[1]]
        assert got == want


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asesinan a tres hombres en Chilpancingo, Guerrero",
            {"sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Mexico)",
             "actor2": "Civilians (Mexico)", "country": "Mexico", "admin1": "Guerrero", "fatalities": 3,
             "event_date": ANCHOR, "time_precision": 2},
        ),
        (
            "Enfrentamiento entre militares y civiles armados deja 5 muertos en Culiacán",
            {"sub_event_type": "Armed clash", "country": "Mexico", "admin1": "Sinaloa", "fatalities": 5},
        ),
        (
            "Ayer emboscan a policías estatales en Aguililla, Michoacán",
            {"sub_event_type": "Armed clash", "actor2": "Police Forces of Mexico", "admin1": "Michoacan",
             "event_date": ANCHOR - dt.timedelta(days=1), "time_precision": 1},
        ),
        (
            "Hallan dos cuerpos en la colonia Jalisco de Tijuana",
            {"sub_event_type": "Attack", "admin1": "Baja California", "fatalities": 2},
        ),
    ],
)  # fmt: skip
def test_spanish_headlines(pipeline: Pipeline, text: str, expected: dict[str, object]) -> None:
    events = pipeline.extract_text(text, ANCHOR)
    assert len(events) == 1
    event = events[0]
    assert {key: getattr(event, key) for key in expected} == expected
    assert event.location and event.location in event.notes  # the English note of the segment stage


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "El Guadalajara vence al América dos goles a uno en el estadio Jalisco",
        "El peso mexicano cierra la semana con una ganancia frente al dólar",
        "La inflación anual se ubica en 7 por ciento, informa el Banco de México",
        "Muere un motociclista tras un choque en la carretera a Saltillo",
    ],
)
def test_spanish_non_events(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract_text(text, ANCHOR) == []
