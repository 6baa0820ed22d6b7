from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.errors import ConfigError
from flashpoint.geo.gazetteer import Gazetteer
from flashpoint.settings import Settings


def _patch(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_index_is_built_once_then_read_from_the_cache(tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path / "cache")
    first = Gazetteer.load(settings, countries=["PK"])
    files = list((tmp_path / "cache").glob("gazetteer-*.pickle"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    second = Gazetteer.load(settings, countries=["PK"])
    assert files[0].stat().st_mtime_ns == stamp  # read, not rewritten
    assert len(second) == len(first)
    assert second.sources["key"] == first.sources["key"]
    assert {c.name for c in second.candidates("Bannu")} == {c.name for c in first.candidates("Bannu")}


def test_a_corrupt_cache_file_is_rebuilt(tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path)
    Gazetteer.load(settings, countries=["AF"])
    [path] = tmp_path.glob("gazetteer-*.pickle")
    path.write_bytes(b"not a pickle")
    assert Gazetteer.load(settings, countries=["AF"]).candidates("Kabul")


def test_user_patches_layer_over_the_bundled_one_and_change_the_cache_key(tmp_path: Path) -> None:
    first = _patch(
        tmp_path / "one.json",
        {
            "places": [
                {
                    "name": "Testabad",
                    "feature": "city",
                    "country_code": "PK",
                    "admin1": "Khyber Pakhtunkhwa",
                    "admin2": "North Waziristan",
                    "latitude": 32.9,
                    "longitude": 70.1,
                    "population": 100,
                }
            ],
            "rename": {"1168875": "Waziristan North"},
        },
    )
    second = _patch(tmp_path / "two.json", {"rename": {"1168875": "North Waziristan (renamed)"}})
    settings = Settings(cache_dir=tmp_path / "cache", gazetteer_patch_files=[first, second])
    gazetteer = Gazetteer.load(settings, countries=["PK"])
    [town] = gazetteer.candidates("Testabad")
    assert (town.geonameid < 0, town.admin2) == (True, "North Waziristan")
    district = next(c for c in gazetteer.candidates("North Waziristan District") if c.feature == "admin2")
    assert district.name == "North Waziristan (renamed)"  # the later file wins
    plain = Gazetteer.load(Settings(cache_dir=tmp_path / "cache"), countries=["PK"])
    assert plain.candidates("Testabad") == []
    assert len(list((tmp_path / "cache").glob("gazetteer-*.pickle"))) == 2


def test_a_broken_patch_file_is_a_config_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError):
        Gazetteer.load(Settings(cache_dir=tmp_path, gazetteer_patch_files=[broken]), countries=["PK"])
    bad_place = _patch(
        tmp_path / "bad.json", {"places": [{"name": "X", "country_code": "PK", "feature": "moon"}]}
    )
    with pytest.raises(ConfigError):
        Gazetteer.build(countries=["PK"], patch_files=[bad_place])


def test_a_patch_drops_relics_by_geonameid(tmp_path: Path) -> None:
    bundled = Gazetteer.load(Settings(cache_dir=tmp_path / "cache"), countries=["IL", "PS"])
    # the Israeli "Gaza" subdistrict (no town, no point) made "Israeli strikes on Gaza" a place in Israel
    assert {c.country_code for c in bundled.candidates("Gaza")} == {"PS"}
    [town] = [c for c in bundled.candidates("Rafah") if c.feature == "city"]
    drop = _patch(tmp_path / "drop.json", {"drop": {str(town.geonameid): "a test"}})
    patched = Gazetteer.load(
        Settings(cache_dir=tmp_path / "cache", gazetteer_patch_files=[drop]), countries=["IL", "PS"]
    )
    assert [c.feature for c in patched.candidates("Rafah")] == ["admin2"]
