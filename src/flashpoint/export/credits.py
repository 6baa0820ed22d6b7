"""The data credit that travels with exported coordinates (GeoNames' licence asks for attribution)."""

from __future__ import annotations

GEONAMES_CREDIT = (
    "Place names and coordinates: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0"
)
