"""Comparing names the way DESIGN.md section 7 asks: actors, countries and admin units.

Actor names compare case- and accent-insensitively, without regime years, and "ABBR: Name" matches "ABBR"
or "Name". A UCDP government ("Government of Pakistan") matches the state forces of that country
("Military Forces of Pakistan", "Police Forces of Pakistan"). Group names that differ by more than spelling
("TTP" vs "Tehreek-i-Taliban Pakistan", "IS" vs "Islamic State") go through the actor alias table of
`flashpoint.actors` when that package offers `ActorTable` and `names_match`; the rules here are the fallback.

Admin names compare without admin words (province, district, agency, ...), accent- and transliteration-
insensitively, and through `flashpoint/data/admin_aliases.json` for renamed or respelled units.
"""

from __future__ import annotations

import importlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from rapidfuzz import fuzz

_APOSTROPHES = re.compile(r"['’‘ʼʻʿʾ`´]")
_NON_WORD = re.compile(r"[^\w]+")
_REGIME_YEARS = re.compile(r"\(\s*\d{4}\s*(?:[-–—]\s*(?:\d{4})?\s*)?\)")
_PARENTHETICAL = re.compile(r"\s*\(([^)]*)\)\s*")
_STATE_FORCES = re.compile(
    r"^(government|military forces|police forces|armed forces|security forces|state forces)"
    r"\s+of\s+(?:the\s+)?"
)
_SPECIAL_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})

# Arabic articles written as separate words in transliterations ("Salah ad Din", "Dayr az Zawr").
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ud", "ul"})


def fold(text: str) -> str:
    """Lowercase, strip accents and apostrophes, turn punctuation into single spaces.

    >>> fold("Qaḑā’ Bayjī")
    'qada bayji'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_SPECIAL_LETTERS)
    stripped = _APOSTROPHES.sub("", stripped).replace("&", " and ")
    return " ".join(_NON_WORD.sub(" ", stripped.casefold()).replace("_", " ").split())


# --- actors -------------------------------------------------------------------------------------------


_IDENTITY_MILITIA = re.compile(r"\s+(?:Ethnic|Communal|Clan|Tribal)\s+Militia\b", re.IGNORECASE)


def strip_regime_years(name: str) -> str:
    """ "Military Forces of Pakistan (2018-2022)" -> "Military Forces of Pakistan"."""
    return " ".join(_REGIME_YEARS.sub(" ", name).split())


def _has_qualifier(name: str) -> bool:
    return bool(_PARENTHETICAL.search(strip_regime_years(name)))


def actor_variants(name: str, *, drop_qualifier: bool = False) -> set[str]:
    """Folded forms a name may be written as: whole, and "ABBR" and "Name" of "ABBR: Name"; with
    `drop_qualifier`, also without a parenthetical qualifier ("Civilians (Pakistan)" -> "civilians")."""
    base = strip_regime_years(name)
    forms = {base}
    head, sep, tail = base.partition(":")
    if sep and head.strip() and tail.strip():
        forms |= {head.strip(), tail.strip()}
    if drop_qualifier:
        forms |= {_PARENTHETICAL.sub(" ", form).strip() for form in forms}
        # ACLED's identity militias go by the identity in UCDP: "Fulani Ethnic Militia (Nigeria)" is "Fulani"
        forms |= {_IDENTITY_MILITIA.sub("", form).strip() for form in forms}
    return {f for f in (fold(x) for x in forms) if f}


def state_country(name: str) -> tuple[str, str] | None:
    """(kind, country) of a government or state-forces name, None for any other actor.

    >>> state_country("Government of Myanmar (Burma)")
    ('government', 'myanmar')
    """
    folded = fold(strip_regime_years(_PARENTHETICAL.sub(" ", name)))
    match = _STATE_FORCES.match(folded)
    if not match:
        return None
    country = folded[match.end() :].strip()
    country = country[4:] if country.startswith("the ") else country  # "of the Philippines"
    return (match.group(1), country) if country else None


def names_match_fallback(a: str, b: str) -> bool:
    """The rule-based actor comparison used when no alias table is available: shared variants, or a
    government against any state force of the same country (military and police stay different)."""
    if not a or not b:
        return False
    # a qualifier ("Civilians (Pakistan)") is dropped only against a name without one ("Civilians")
    qualified_a, qualified_b = _has_qualifier(a), _has_qualifier(b)
    if actor_variants(a, drop_qualifier=not qualified_b) & actor_variants(b, drop_qualifier=not qualified_a):
        return True
    state_a, state_b = state_country(a), state_country(b)
    if state_a is None or state_b is None or state_a[1] != state_b[1]:
        return False
    return state_a[0] == state_b[0] or "government" in (state_a[0], state_b[0])


class _AliasMatch(Protocol):
    def __call__(self, a: str, b: str) -> bool: ...


class _CountryName(Protocol):
    def __call__(self, text: str) -> str | None: ...


def _same_state(gold: str, pred: str, country_name: _CountryName) -> bool:
    """A government or state force against one of the same country under another of its names: UCDP's
    "Government of United States of America" is ACLED's "Military Forces of the United States", "Government
    of DR Congo (Zaire)" its "Military Forces of Democratic Republic of Congo"."""
    state_a, state_b = state_country(gold), state_country(pred)
    if state_a is None or state_b is None:
        return False
    country_a = country_name(state_a[1]) or state_a[1]
    country_b = country_name(state_b[1]) or state_b[1]
    if fold(country_a) != fold(country_b):
        return False
    return state_a[0] == state_b[0] or "government" in (state_a[0], state_b[0])


@dataclass
class ActorMatcher:
    """Compares a gold actor name with a predicted one: the fallback rules, then the alias table.

    `alias_match` is the `flashpoint.actors.names_match` bound to a loaded table when that exists.
    """

    alias_match: _AliasMatch | None = None
    country_name: _CountryName | None = None  # the ACLED name of a country's other names
    _cache: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> ActorMatcher:
        """The alias table of `flashpoint.actors` (bundled + `extra_files`) if the package has one."""
        try:
            actors = importlib.import_module("flashpoint.actors")
        except ImportError:
            return cls()
        table_cls = getattr(actors, "ActorTable", None)
        match_fn = getattr(actors, "names_match", None)
        if table_cls is None or match_fn is None:
            return cls()
        table = table_cls.load(list(extra_files))

        def alias_match(a: str, b: str) -> bool:
            return bool(match_fn(a, b, table))

        lexicon_cls = getattr(actors, "ActorLexicon", None)
        country_name = lexicon_cls.load().country_name if lexicon_cls is not None else None
        return cls(alias_match=alias_match, country_name=country_name)

    def __call__(self, gold: str | None, pred: str | None) -> bool:
        if not gold or not pred:
            return False
        key = (gold, pred)
        if key not in self._cache:
            result = names_match_fallback(gold, pred)
            if not result and self.country_name is not None:
                result = _same_state(gold, pred, self.country_name)
            if not result and self.alias_match is not None:
                result = self.alias_match(gold, pred) or _government_via_table(gold, pred, self.alias_match)
            self._cache[key] = result
        return self._cache[key]


def _government_via_table(gold: str, pred: str, alias_match: _AliasMatch) -> bool:
    state = state_country(gold)
    if state is None or state[0] != "government":
        return False
    country = state[1]
    forces = (f"Military Forces of {country}", f"Police Forces of {country}")
    return any(alias_match(name, pred) for name in forces)


# --- admin units and countries ------------------------------------------------------------------------


def admin_key(name: str, admin_words: frozenset[str] = frozenset()) -> str:
    """Comparison key of an admin unit: folded, without `admin_words`, Arabic articles, spaces or hyphens.

    >>> admin_key("Şalāḩ ad Dīn province", frozenset({"province"})) == admin_key("Salah al-Din")
    True
    """
    words = fold(name).split()
    # a name made only of admin words ("Capital", "Capital District") keeps its first; only articles, all
    words = [w for w in words if w not in admin_words] or words[:1]
    words = [w for w in words if w not in _ARTICLES] or words
    return "".join(words)


def country_key(name: str) -> str:
    """Comparison key of a country: folded, parentheticals dropped ("Myanmar (Burma)" -> "myanmar")."""
    return "".join(fold(_PARENTHETICAL.sub(" ", name)).split())


@dataclass(frozen=True)
class AdminAliases:
    """Admin words, renamed or respelled admin units and countries (keyed by `admin_key` / `country_key`)."""

    words: frozenset[str]
    admin: dict[str, str]
    country: dict[str, str]
    # a name that is a unit and also the town a lower unit is named after: "Donetsk" (oblast; the raion is
    # "Donetskyi"); it matches either
    town_units: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> AdminAliases:
        words = frozenset(fold(w) for w in data.get("admin_words", []))
        admin = {admin_key(k, words): admin_key(v, words) for k, v in data.get("admin", {}).items()}
        country = {country_key(k): country_key(v) for k, v in data.get("country", {}).items()}
        towns = data.get("units_named_after_towns", {})
        town_units = {admin_key(k, words): admin_key(v, words) for k, v in towns.items()}
        return cls(words=words, admin=admin, country=country, town_units=town_units)

    @classmethod
    def load(cls) -> AdminAliases:
        """The bundled table `flashpoint/data/admin_aliases.json`."""
        text = resources.files("flashpoint").joinpath("data/admin_aliases.json").read_text(encoding="utf-8")
        return cls.from_mapping(json.loads(text))

    def canonical_admin(self, name: str) -> str:
        key = admin_key(name, self.words)
        return self.admin.get(key, key)

    def _readings(self, name: str) -> set[str]:
        key = admin_key(name, self.words)
        return {self.admin.get(key, key), *([self.town_units[key]] if key in self.town_units else [])}

    def canonical_country(self, name: str) -> str:
        key = country_key(name)
        return self.country.get(key, key)

    def admin_match(self, gold: str | None, pred: str | None) -> bool:
        if not gold or not pred:
            return False
        a, b = self.canonical_admin(gold), self.canonical_admin(pred)
        if a == b or self._readings(gold) & self._readings(pred):
            return True
        # respellings ("Khyber Pakhtunkwa"): long keys that differ by a letter or two
        return min(len(a), len(b)) >= 8 and fuzz.ratio(a, b) >= 93

    def country_match(self, gold: str | None, pred: str | None) -> bool:
        if not gold or not pred:
            return False
        return self.canonical_country(gold) == self.canonical_country(pred)


_LOOSE_STOP = frozenset(
    {
        "the",
        "of",
        "a",
        "an",
        "and",
        "in",
        "on",
        "for",
        "to",
        "its",
        "his",
        "her",
        "their",
        "forces",
        "force",
        "group",
        "groups",
        "people",
        "members",
        "member",
        "unidentified",
        "armed",
        "government",
    }
)


def loose_match(gold: str | None, pred: str | None) -> bool:
    """A raw text actor span ("the Ugandan army") against one of our names: at least one shared content
    word. Used for PLOVER, whose gold actors are spans of the sentence, not normalised names."""
    if not gold or not pred:
        return False
    gold_words = set(fold(gold).split()) - _LOOSE_STOP
    pred_words = set(fold(strip_regime_years(pred)).split()) - _LOOSE_STOP
    return bool(gold_words & pred_words)
