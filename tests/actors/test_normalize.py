from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.actors import (
    alias_key,
    canonical_compare_key,
    fold,
    names_match,
    split_abbreviation,
    strip_regime_years,
)

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tehrik-e Taliban Pakistan", "tehrik e taliban pakistan"),
        ("Tehrik-e-Taliban  Pakistan", "tehrik e taliban pakistan"),
        ("TEHRIK E TALIBAN PAKISTAN", "tehrik e taliban pakistan"),
        ("Jama'atu Ahlis Sunna Lidda’awati wal-Jihad", "jamaatu ahlis sunna liddaawati wal jihad"),
        ("Cártel de Jalisco Nueva Generación", "cartel de jalisco nueva generacion"),
        ("Côte d'Ivoire", "cote divoire"),
        ("SPLM/A-IO", "splm a io"),
        ("U.S.", "u s"),
        ("Rock & Roll", "rock and roll"),
        ("  ", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Military Forces of Pakistan (2018-2022)", "military forces of pakistan"),
        ("Military Forces of Afghanistan (2021-)", "military forces of afghanistan"),
        (
            "Police Forces of Pakistan (2018–2022) Counter Terrorism Department",
            "police forces of pakistan counter terrorism department",
        ),
        ("The Taliban", "taliban"),
        ("Civilians (Pakistan)", "civilians pakistan"),
    ],
)
def test_canonical_compare_key(name: str, expected: str) -> None:
    assert canonical_compare_key(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("TTP: Tehreek-i-Taliban Pakistan", ("TTP", "Tehreek-i-Taliban Pakistan")),
        (
            "CPI (Maoist): Communist Party of India (Maoist)",
            ("CPI (Maoist)", "Communist Party of India (Maoist)"),
        ),
        ("Military Forces of Pakistan", (None, "Military Forces of Pakistan")),
        ("Ratio: 3:1", ("Ratio", "3:1")),
    ],
)
def test_split_abbreviation(name: str, expected: tuple[str | None, str]) -> None:
    assert split_abbreviation(name) == expected


@given(st.text(max_size=60))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(max_size=60))
def test_fold_output_is_plain(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert not any(ch in folded for ch in "-'’:()")


@given(st.lists(WORD, min_size=1, max_size=5))
def test_hyphens_spaces_and_case_do_not_matter(words: list[str]) -> None:
    spaced = " ".join(words)
    assert alias_key("-".join(words)) == alias_key(spaced)
    assert alias_key(spaced.upper()) == alias_key(spaced.lower())


@given(
    st.lists(WORD, min_size=1, max_size=4).map(" ".join),
    st.integers(1900, 2100),
    st.one_of(st.none(), st.integers(1900, 2100)),
)
def test_regime_years_are_ignored(name: str, start: int, end: int | None) -> None:
    dated = f"{name} ({start}-{'' if end is None else end})"
    assert strip_regime_years(dated) == name
    assert canonical_compare_key(dated) == canonical_compare_key(name)
    assert names_match(dated, name)


@given(st.text(min_size=1, max_size=40).filter(lambda s: canonical_compare_key(s) != ""))
def test_names_match_is_reflexive(name: str) -> None:
    assert names_match(name, name)


@given(st.text(max_size=30), st.text(max_size=30))
def test_names_match_is_symmetric(a: str, b: str) -> None:
    assert names_match(a, b) == names_match(b, a)
