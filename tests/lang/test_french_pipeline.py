"""End to end with the real gazetteer: French headlines written here, French non-events and report titles."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.pipeline import Pipeline

ANCHOR = dt.date(2022, 8, 11)  # a Thursday
CAR = "Central African Republic"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Centrafrique : cinq civils tués par des hommes armés à Kaga-Bandoro",
            {"sub_event_type": "Attack", "actor1": f"Unidentified Armed Group ({CAR})",
             "actor2": f"Civilians ({CAR})", "country": CAR, "location": "Kaga-Bandoro", "fatalities": 5,
             "event_date": ANCHOR, "time_precision": 2},
        ),
        (
            "Affrontements entre l'UPC et les anti-Balaka près de Bambari : une dizaine de morts",
            {"sub_event_type": "Armed clash", "actor1": "UPC: Unity for Peace in Central Africa",
             "actor2": "Anti-Balaka", "admin1": "Ouaka", "fatalities": 10},
        ),
        (
            "RCA : un casque bleu tué hier dans une embuscade à Bangassou",
            {"sub_event_type": "Armed clash", "country": CAR, "admin1": "Mbomou",
             "event_date": ANCHOR - dt.timedelta(days=1), "time_precision": 1},
        ),
        (
            "Des éléments du 3R ont incendié plusieurs maisons lundi à Bocaranga",
            {"sub_event_type": "Looting/property destruction",
             "actor1": "3R: Return, Reclamation, Rehabilitation", "fatalities": 0,
             "event_date": dt.date(2022, 8, 8)},
        ),
    ],
)  # fmt: skip
def test_french_headlines(pipeline: Pipeline, text: str, expected: dict[str, object]) -> None:
    events = pipeline.extract_text(text, ANCHOR)
    assert len(events) == 1
    event = events[0]
    assert {key: getattr(event, key) for key in expected} == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Les Fauves du Bas-Oubangui battus par les Lions à domicile au stade de Bangui",
        "Le prix du café et du coton progresse sur les marchés de Bambari",
        "L'Assemblée nationale adopte la loi de finances après un long débat",
        "Le ministre annonce un arrêté sur les transports en commun à Bangui",
        "Rapport du Secrétaire général sur la situation en République centrafricaine",
        "République centrafricaine : aperçu humanitaire du mois de juin",
        "Bulletin d'information humanitaire : situation des déplacés à Bria",
    ],
)
def test_french_non_events(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract_text(text, ANCHOR) == []
