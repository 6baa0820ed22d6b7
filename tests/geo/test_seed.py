"""The seed article with the full gazetteer: both events sit in North Waziristan (examples/seed)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from flashpoint.geo.gazetteer import Gazetteer
from flashpoint.geo.parser import Geoparser
from flashpoint.schema import Span
from flashpoint.settings import Settings

from .conftest import in_north_waziristan

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed" / "article.txt"
EVENT_STARTS = ("The militant group claimed responsibility", "A day earlier, one police officer")


@pytest.mark.slow
def test_seed_events_are_located_in_north_waziristan(settings: Settings) -> None:
    text = SEED.read_text(encoding="utf-8")
    nlp = spacy.load(settings.spacy_model)
    geoparser = Geoparser(Gazetteer.load(settings))
    doc = nlp(text)
    places = geoparser.parse(doc)
    assert any(p.text == "North Waziristan" and p.admin2 == "North Waziristan" for p in places)
    for opening in EVENT_STARTS:
        start = text.index(opening)
        end = text.index(".", start) + 1
        location = geoparser.locate(doc, places, Span(start=start, end=end), dateline_place="New Delhi")
        assert location is not None
        assert (location.country, location.admin1, location.admin2) == (
            "Pakistan",
            "Khyber Pakhtunkhwa",
            "North Waziristan",
        )
        assert location.geo_precision == 2
        assert in_north_waziristan(location.latitude, location.longitude)
