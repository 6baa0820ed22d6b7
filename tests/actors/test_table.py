from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.actors import ActorEntry, ActorTable, alias_key, split_abbreviation
from flashpoint.errors import ConfigError, FlashpointError


def test_bundled_table_is_large() -> None:
    # its load time is benchmarked (bench/bench_stages.py), not asserted: timings flake on shared machines
    table = ActorTable.load()
    assert len(table) >= 150
    assert table.version


def test_bundled_entries_are_well_formed(table: ActorTable) -> None:
    names = [entry.name for entry in table]
    assert len(names) == len(set(names))
    for entry in table:
        assert 1 <= entry.inter <= 8
        abbr, full = split_abbreviation(entry.name)
        if abbr:
            assert entry.abbr == abbr, entry.name
            assert full != abbr
        assert len(set(entry.aliases)) == len(entry.aliases), entry.name


def test_only_actors_of_different_countries_share_a_form(table: ActorTable) -> None:
    """A shared form is chosen between by the text's country (flashpoint.nlp.namesakes): two entries of
    one country, or one without a country, could not be told apart."""
    clashes = [
        (form, [entry.name for entry in entries])
        for form, entries in table.namesakes().items()
        if None in (countries := [entry.country for entry in entries]) or len(set(countries)) < len(entries)
    ]
    assert clashes == []


def test_every_alias_looks_up_its_own_entry(table: ActorTable) -> None:
    shared = table.namesakes()
    wrong = [
        (form, entry.name)
        for entry in table
        for form in entry.surface_forms()
        if form not in shared
        and alias_key(form) not in shared
        and ((found := table.lookup(form)) is None or found.name != entry.name)
    ]
    assert wrong == []


def test_namesakes_keep_case_for_abbreviations() -> None:
    entries = [
        ActorEntry(name="JeM: Jaish-e-Mohammed", inter=2, country="Pakistan"),
        ActorEntry(name="JEM: Justice and Equality Movement", inter=2, country="Sudan"),
        ActorEntry(name="Military Forces of Uganda", inter=1, country="Uganda", aliases=("UPDF",)),
        ActorEntry(name="UPDF: United People's Democratic Front", inter=3, country="Bangladesh"),
    ]
    shared = ActorTable.from_entries(entries).namesakes()
    assert {form: [e.country for e in found] for form, found in shared.items()} == {
        "UPDF": ["Uganda", "Bangladesh"]
    }


@pytest.mark.parametrize(
    ("mention", "canonical"),
    [
        ("Tehrik-e Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
        ("tehrik e taliban pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
        ("TEHREEK-E-TALIBAN PAKISTAN", "TTP: Tehreek-i-Taliban Pakistan"),
        ("the Pakistani Taliban", "TTP: Tehreek-i-Taliban Pakistan"),
        ("TTP", "TTP: Tehreek-i-Taliban Pakistan"),
        ("TTP's", "TTP: Tehreek-i-Taliban Pakistan"),
        ("TTP militants", "TTP: Tehreek-i-Taliban Pakistan"),
        ("Baloch Liberation Army", "BLA: Baloch Liberation Army"),
        (
            "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
            "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad",
        ),
        (
            "Jama’atu Ahlis Sunna Lidda’awati wal Jihad",
            "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad",
        ),
        ("Boko Haram fighters", "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad"),
        ("IS", "Islamic State"),
        ("ISIS", "Islamic State"),
        ("Daesh", "Islamic State"),
        ("IS-K", "ISKP: Islamic State Khorasan Province"),
        ("ISIS-K", "ISKP: Islamic State Khorasan Province"),
        ("Houthi rebels", "Ansar Allah"),
        ("Hashd al-Shaabi", "PMF: Popular Mobilization Forces"),
        ("al-Shabaab", "Al Shabaab"),
        ("Jalisco Cartel New Generation", "CJNG: Jalisco New Generation Cartel"),
        ("Cártel de Jalisco Nueva Generación", "CJNG: Jalisco New Generation Cartel"),
        ("Clan del Golfo", "AGC: Gaitanist Self-Defence Forces of Colombia"),
        ("CPP", "NPA: New People's Army"),
        ("ASG", "ASG: Abu Sayyaf Group"),
        ("Tatmadaw", "Military Forces of Myanmar"),
        ("Arakan Army", "AA: Arakan Army"),
        ("People's Defence Force", "PDF: People's Defense Force"),
        ("Syrian insurgents", "Syrian insurgents"),
        ("SPLA-IO", "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition"),
        ("JeM", "JeM: Jaish-e-Mohammed"),
        ("JEM", "JEM: Justice and Equality Movement"),
        ("Naxalites", "CPI (Maoist): Communist Party of India (Maoist)"),
        ("Wagner", "Wagner Group"),
    ],
)
def test_lookup(table: ActorTable, mention: str, canonical: str) -> None:
    entry = table.lookup(mention)
    assert entry is not None
    assert entry.name == canonical


@pytest.mark.parametrize(
    "mention", ["is", "let", "aa", "militants", "soldiers", "", "   ", "Taliban Pakistan x"]
)
def test_lookup_misses(table: ActorTable, mention: str) -> None:
    assert table.lookup(mention) is None


@pytest.mark.parametrize(
    ("name", "inter"),
    [
        ("TTP: Tehreek-i-Taliban Pakistan", 2),
        ("Taliban", 2),
        ("CJNG: Jalisco New Generation Cartel", 3),
        ("Anti-Balaka", 4),
        ("Fulani Ethnic Militia (Nigeria)", 4),
        ("Wagner Group", 8),
        ("Military Forces of Myanmar", 1),
    ],
)
def test_inter_codes(table: ActorTable, name: str, inter: int) -> None:
    entry = table.get(name)
    assert entry is not None
    assert entry.inter == inter


def _write(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text(
        json.dumps({"schema_version": 1, "version": "test", "entries": entries}), encoding="utf-8"
    )
    return path


def test_user_file_adds_and_extends(tmp_path: Path) -> None:
    user = _write(
        tmp_path / "mine.json",
        [
            {"name": "TTP: Tehreek-i-Taliban Pakistan", "aliases": ["Tahreek Taliban Pakistan"]},
            {
                "name": "Kurram Lashkar",
                "inter": 4,
                "country": "Pakistan",
                "aliases": ["Kurram tribal lashkar"],
            },
        ],
    )
    base = ActorTable.load()
    table = ActorTable.load([user])
    assert len(table) == len(base) + 1
    ttp = table.lookup("Tahreek Taliban Pakistan")
    assert ttp is not None and ttp.name == "TTP: Tehreek-i-Taliban Pakistan"
    assert ttp.inter == 2  # kept from the bundled entry
    assert "Pakistani Taliban" in ttp.aliases  # bundled aliases kept
    lashkar = table.lookup("kurram tribal lashkar")
    assert lashkar is not None and lashkar.inter == 4
    assert base.lookup("Tahreek Taliban Pakistan") is None  # no shared state between tables
    assert ttp.regions == ("Khyber Pakhtunkhwa",)  # a field the user's entry leaves out is kept


def test_a_user_file_sets_where_a_group_fights(tmp_path: Path) -> None:
    user = _write(
        tmp_path / "mine.json",
        [{"name": "TTP: Tehreek-i-Taliban Pakistan", "regions": ["Khyber Pakhtunkhwa", "Balochistan"]}],
    )
    ttp = ActorTable.load([user]).get("TTP: Tehreek-i-Taliban Pakistan")
    assert ttp is not None and ttp.regions == ("Khyber Pakhtunkhwa", "Balochistan")


def test_later_files_replace_fields_and_win_shared_aliases(tmp_path: Path) -> None:
    first = _write(tmp_path / "a.json", [{"name": "Taliban", "inter": 1, "country": "Afghanistan"}])
    second = _write(
        tmp_path / "b.json", [{"name": "Emirate Army", "inter": 1, "aliases": ["Islamic Emirate"]}]
    )
    table = ActorTable.load([first, second])
    taliban = table.get("taliban")
    assert taliban is not None and taliban.inter == 1
    emirate = table.lookup("Islamic Emirate")
    assert emirate is not None and emirate.name == "Emirate Army"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"entries": []}), "schema_version"),
        (json.dumps({"schema_version": 99, "entries": []}), "unsupported schema_version 99"),
        (json.dumps({"schema_version": 1, "entries": [{"name": "X", "inter": 9}]}), "entries.0.inter"),
        (
            json.dumps({"schema_version": 1, "entries": [{"name": "X", "inter": 2, "alias": ["y"]}]}),
            "entries.0.alias",
        ),
        (
            json.dumps({"schema_version": 1, "entries": [{"name": "X", "inter": 2, "aliases": [" "]}]}),
            "blank",
        ),
        (json.dumps({"schema_version": 1, "entries": [{"name": "Brand New"}]}), "needs an 'inter'"),
    ],
)
def test_bad_user_file_is_a_one_line_config_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        ActorTable.load([path])
    text = str(info.value)
    assert message in text
    assert "bad.json" in text
    assert "\n" not in text
    assert isinstance(info.value, FlashpointError)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        ActorTable.load([tmp_path / "absent.json"])


def test_from_entries_builds_a_small_table() -> None:
    table = ActorTable.from_entries(
        [ActorEntry(name="XYZ: Example Front", abbr="XYZ", inter=2, aliases=("Example-Front",))]
    )
    assert table.lookup("example front") is not None
    assert table.lookup("XYZ") is not None
    assert table.lookup("xyz") is None


def test_entry_countries_use_lexicon_spellings(table: ActorTable) -> None:
    from flashpoint.actors import ActorLexicon

    countries = ActorLexicon.load().countries()
    unknown = sorted({entry.country for entry in table if entry.country and entry.country not in countries})
    assert unknown == []


@pytest.mark.parametrize("module", ["normalize", "roles"])
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"flashpoint.actors.{module}"))
    assert result.attempted > 0
    assert result.failed == 0
