"""Registries of pipeline parts, discoverable through entry points (catalogue).

Names are namespaced and versioned (``flashpoint.detect.v1``); a changed contract gets a new ``.v2`` name
rather than a changed signature. Third-party packages add parts without touching flashpoint:

    # pyproject.toml of a plugin
    [project.entry-points.flashpoint_stages]
    "acme.translate.v1" = "acme_flashpoint:TranslateStage"

    [project.entry-points.flashpoint_geocoders]
    "acme.mordecai.v1" = "acme_flashpoint:load_geoparser"

A stage factory is called with the keyword parameters of its config block and returns an object with
ClassVar ``requires``/``assigns`` (ArticleDoc field names), ``initialize(resources)`` and
``__call__(doc) -> doc`` (see `flashpoint.document.Stage`). A geocoder factory takes the Settings and
returns a `flashpoint.extract.extractor.Geoparser` (or None when unavailable).

flashpoint's own parts are registered the same way when `flashpoint.pipeline_config` imports them
(the datasette ``DEFAULT_PLUGINS`` habit), so no installed metadata is needed for the defaults.
"""

from __future__ import annotations

import catalogue

NAMESPACE = "flashpoint"

stages = catalogue.create(NAMESPACE, "stages", entry_points=True)
geocoders = catalogue.create(NAMESPACE, "geocoders", entry_points=True)

__all__ = ["NAMESPACE", "geocoders", "stages"]
