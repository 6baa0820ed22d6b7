"""Text keys for comparing actor names: case-, accent-, hyphen- and punctuation-insensitive."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['’‘ʼʻʿʾ`´]")
_NON_WORD = re.compile(r"[\W_]+")
_REGIME_YEARS = re.compile(r"\(\s*\d{4}\s*[-–—]\s*(?:\d{4})?\s*\)")
_LEADING_THE = re.compile(r"^the\s+")


def fold(text: str) -> str:
    """Lowercase, strip accents and apostrophes, turn hyphens and other punctuation into single spaces.

    >>> fold("Tehrik-e Taliban  Pakistan")
    'tehrik e taliban pakistan'
    >>> fold("Jama'atu Ahlis Sunna")
    'jamaatu ahlis sunna'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _APOSTROPHES.sub("", stripped).replace("&", " and ")
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


@lru_cache(maxsize=1 << 16)  # pure; mentions repeat the same few names
def alias_key(text: str) -> str:
    """The lookup key of an alias or a mention: `fold` without a leading "the".

    Hyphens become spaces, so "Tehrik-e-Taliban" and "Tehrik e Taliban" share a key.
    """
    return _LEADING_THE.sub("", fold(text))


def strip_regime_years(name: str) -> str:
    """Remove ACLED regime years.

    >>> strip_regime_years("Military Forces of Pakistan (2018-2022)")
    'Military Forces of Pakistan'
    """
    return " ".join(_REGIME_YEARS.sub(" ", name).split())


def canonical_compare_key(name: str) -> str:
    """The key eval compares actor names on: regime years removed, then `alias_key`.

    >>> canonical_compare_key("Military Forces of Pakistan (2018-2022)")
    'military forces of pakistan'
    """
    return alias_key(strip_regime_years(name))


def split_abbreviation(name: str) -> tuple[str | None, str]:
    """Split an "ABBR: Full Name" canonical name into ("ABBR", "Full Name"); (None, name) otherwise.

    The abbreviation may hold a qualifier ("CPI (Maoist): Communist Party of India (Maoist)").
    """
    head, sep, tail = name.partition(":")
    head, tail = head.strip(), tail.strip()
    if sep and head and tail and len(head) <= 20 and head.count(" ") <= 2 and any(c.isupper() for c in head):
        return head, tail
    return None, name.strip()
