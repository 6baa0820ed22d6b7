"""Offline geocoding that knows districts (GeoNames data, CC BY 4.0, via registry packages).

    gazetteer = Gazetteer.load(settings)
    geoparser = Geoparser(gazetteer)
    places = geoparser.parse(doc)
    location = geoparser.locate(doc, places, event_span, dateline_place="New Delhi")

Importing this package is cheap: the modules with heavy imports load on first attribute access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flashpoint.geo.gazetteer import ATTRIBUTION, Candidate, Gazetteer
    from flashpoint.geo.parser import Geoparser, places_for_text
    from flashpoint.geo.reverse import check_coordinates
    from flashpoint.geo.scoring import toponym_scores

__all__ = [
    "ATTRIBUTION",
    "Candidate",
    "Gazetteer",
    "Geoparser",
    "check_coordinates",
    "places_for_text",
    "toponym_scores",
]

_HOMES = {
    "ATTRIBUTION": "flashpoint.geo.gazetteer",
    "Candidate": "flashpoint.geo.gazetteer",
    "Gazetteer": "flashpoint.geo.gazetteer",
    "Geoparser": "flashpoint.geo.parser",
    "places_for_text": "flashpoint.geo.parser",
    "check_coordinates": "flashpoint.geo.reverse",
    "toponym_scores": "flashpoint.geo.scoring",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'flashpoint.geo' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_HOMES[name]), name)
