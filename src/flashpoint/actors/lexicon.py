"""Generic actor nouns -> roles, and demonyms/country names -> ACLED country names.

Data: ``data/actor_roles.json`` (role -> nouns and phrases), ``data/demonyms.tsv`` (adjective -> country),
``data/country_names.tsv`` (ISO alpha-3 -> ACLED country name and extra names; ISO names come from pycountry)
``data/territories.tsv`` (territories ACLED codes as an admin1 unit of another country) and
``data/war_theatres.tsv`` (wars between two states and the country each is fought in).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationError

from flashpoint.actors.normalize import alias_key
from flashpoint.actors.roles import Role
from flashpoint.errors import ConfigError

ROLES_FILE = "actor_roles.json"
DEMONYMS_FILE = "demonyms.tsv"
COUNTRY_NAMES_FILE = "country_names.tsv"
TERRITORIES_FILE = "territories.tsv"
WAR_THEATRES_FILE = "war_theatres.tsv"

_IRREGULAR_PLURALS = {
    "men": "man", "women": "woman", "children": "child", "people": "people", "police": "police",
    "personnel": "personnel", "staff": "staff", "militia": "militia", "youth": "youth", "clergy": "clergy",
}  # fmt: skip
_INVARIANT_ENDINGS = ("ss", "us", "is", "ics")
# Head nouns after a force's name ("Frontier Corps personnel", "army convoy", "police station"): role_of
# retries without them.
# endings of nouns of people at work ("operator", "driver", "miner", "machinist", "crewman"): what a strike
# word may modify and make strikers, where "a striking resemblance" names no one
_AGENT_ENDINGS = ("er", "or", "ist", "man", "men", "ian", "ant", "ent")
_TRAILING_HEADS = frozenset(
    {
        "personnel",
        "member",
        "members",
        "men",
        "man",
        "official",
        "officials",
        "officer",
        "officers",
        "contingent",
        "convoy",
        "patrol",
        "unit",
        "units",
        "squad",
        "team",
        "jawans",
        "jawan",
        # places a force holds: an attack on a "police station" or "army camp" is on that force
        "station",
        "post",
        "checkpoint",
        "checkpost",
        "check",  # "a police check post", written in two words
        "picket",
        "outpost",
        "base",
        "camp",
        "barracks",
        "headquarters",
        "position",
        "positions",
        "vehicle",
        "vehicles",
        "truck",
        "van",
        "vans",
        "bus",
    }
)


def singular(word: str) -> str:
    """A rule-based lemma of an English plural noun ("soldiers" -> "soldier", "policemen" -> "policeman")."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    for plural, single in (("women", "woman"), ("men", "man")):
        if word.endswith(plural):
            return word[: -len(plural)] + single
    if len(word) <= 3 or word.endswith(_INVARIANT_ENDINGS):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def lemma_key(phrase: str) -> str:
    """`alias_key` with the last word singularised: the key roles are stored and looked up under."""
    words = alias_key(phrase).split()
    if not words:
        return ""
    words[-1] = singular(words[-1])
    return " ".join(words)


class _RolesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: int
    version: str = ""
    note: str = ""
    roles: dict[Role, list[str]]
    ethnic_militia_heads: list[str] = []
    not_ethnic: list[str] = []
    owned_things: list[str] = []
    military_posts: list[str] = []
    national_forces_nouns: list[str] = []
    party_words: list[str] = []
    armed_modifiers: list[str] = []
    strike_modifiers: list[str] = []
    police_ministries: list[str] = []


class Territory(NamedTuple):
    """A territory ACLED codes as a first-level unit of another country (`data/territories.tsv`)."""

    country: str
    admin1: str
    latitude: float
    longitude: float


MAX_ASKED_PHRASES = 100_000  # phrases whose role `ActorLexicon.role_of` keeps


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """Lookups for generic actor words. Build it with :meth:`load`."""

    version: str
    _roles: dict[str, Role]
    _demonyms: dict[str, str]
    _countries: dict[str, str]
    _acronyms: frozenset[str] = frozenset()  # country names written only in capitals ("CAR", "DRC")
    ethnic_militia_heads: frozenset[str] = frozenset()
    _not_ethnic: frozenset[str] = frozenset()
    # things and posts a named group owns, which make it the target when hit ("a Taliban vehicle")
    owned_things: frozenset[str] = frozenset()
    # posts a country's forces hold: "Ukrainian positions" are Ukraine's military
    military_posts: frozenset[str] = frozenset()
    # armed men who after a nationality are its military ("Israeli snipers"), alone ("a sniper") unidentified
    national_forces_nouns: frozenset[str] = frozenset()
    # words that make a named group's canonical name a political party's ("Awami National Party")
    party_words: frozenset[str] = frozenset()
    # words that arm ordinary people: "armed herders" are an unidentified armed group, not civilians
    armed_modifiers: frozenset[str] = frozenset()
    # words that make people at work strikers: "striking matatu operators" are protesters, not civilians
    strike_modifiers: frozenset[str] = frozenset()
    # territories ACLED codes as an admin1 unit of another country: "Hong Kong" -> China's "Hong Kong"
    territories: Mapping[str, Territory] = field(default_factory=dict)
    # the role phrases as written ("tanks"), without the lemma keys that reach them ("tank")
    written_roles: frozenset[str] = frozenset()
    # wars between two states fought in one of them: the pair of sides -> the country it is fought in
    war_theatres: Mapping[frozenset[str], str] = field(default_factory=dict)
    # ministries whose forces are police: "the Interior Ministry's special forces"
    police_ministries: frozenset[str] = frozenset()
    # the roles of phrases asked before: the coder asks for the same few phrases in every sentence
    _asked: dict[str, Role | None] = field(default_factory=dict, init=False, compare=False, repr=False)

    @classmethod
    def load(cls) -> ActorLexicon:
        data = resources.files("flashpoint.data")
        try:
            roles_file = _RolesFile.model_validate(json.loads(data.joinpath(ROLES_FILE).read_text("utf-8")))
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"bundled {ROLES_FILE}: not valid JSON ({exc.msg} at line {exc.lineno})"
            ) from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise ConfigError(f"bundled {ROLES_FILE}: {where}: {first['msg']}") from exc
        roles: dict[str, Role] = {}
        for role, phrases in roles_file.roles.items():
            for phrase in phrases:
                roles[alias_key(phrase)] = role
                roles.setdefault(lemma_key(phrase), role)
        demonyms = {
            alias_key(term): country
            for term, country in _read_tsv(data.joinpath(DEMONYMS_FILE).read_text("utf-8"), columns=2)
        }
        country_rows = list(_read_tsv(data.joinpath(COUNTRY_NAMES_FILE).read_text("utf-8"), columns=3))
        return cls(
            roles_file.version,
            roles,
            demonyms,
            _country_names(country_rows),
            _country_acronyms(country_rows),
            frozenset(roles_file.ethnic_militia_heads),
            frozenset(w.lower() for w in roles_file.not_ethnic),
            frozenset(w.lower() for w in roles_file.owned_things),
            frozenset(w.lower() for w in roles_file.military_posts),
            frozenset(w.lower() for w in roles_file.national_forces_nouns),
            frozenset(w.lower() for w in roles_file.party_words),
            frozenset(alias_key(w) for w in roles_file.armed_modifiers),
            frozenset(alias_key(w) for w in roles_file.strike_modifiers),
            {
                name: Territory(country, admin1, float(lat), float(lon))
                for name, country, admin1, lat, lon in _read_tsv(
                    data.joinpath(TERRITORIES_FILE).read_text("utf-8"), columns=5
                )
            },
            frozenset(alias_key(phrase) for phrases in roles_file.roles.values() for phrase in phrases),
            {
                frozenset((side, other)): theatre
                for side, other, theatre in _read_tsv(
                    data.joinpath(WAR_THEATRES_FILE).read_text("utf-8"), columns=3
                )
            },
            police_ministries=frozenset(alias_key(w) for w in roles_file.police_ministries),
        )

    def is_party(self, name: str) -> bool:
        """A political party's canonical name: 'ANP: Awami National Party', 'JUI-F: Jamiat Ulema-e-Islam'."""
        return any(word in self.party_words for word in re.split(r"[^a-z]+", name.lower()))

    def vocabulary(self) -> frozenset[str]:
        """Every single word of the role phrases (common nouns such as 'soldiers', 'villagers')."""
        return frozenset(word for phrase in self._roles for word in phrase.split() if word.isalpha())

    def role_of(self, word_or_phrase: str) -> Role | None:
        """The role a generic noun or phrase names ("troops" -> MILITARY, "armed men" -> UNIDENTIFIED_ARMED).

        Plurals and leading modifiers are handled: the longest matching tail wins, so "three Pakistani
        soldiers" is MILITARY and "unknown gunmen" UNIDENTIFIED_ARMED; a trailing head noun is dropped when
        nothing else matched ("Frontier Corps personnel", "army convoy"). A spaCy lemma works as input too.
        Named groups are not roles: ask the ActorTable first.
        """
        if word_or_phrase in self._asked:
            return self._asked[word_or_phrase]
        if len(self._asked) >= MAX_ASKED_PHRASES:
            self._asked.clear()  # bounded over a long backfill
        role = self._asked[word_or_phrase] = self._role_of(word_or_phrase)
        return role

    def _role_of(self, word_or_phrase: str) -> Role | None:
        words = alias_key(word_or_phrase).split()
        while words:
            for start in range(len(words)):
                tail = " ".join(words[start:])
                role = self._roles.get(tail) or self._roles.get(lemma_key(tail))
                if role == Role.CIVILIANS and self._armed(words[:start]):
                    return Role.UNIDENTIFIED_ARMED  # "armed herders", "gun-toting youths"
                if role == Role.CIVILIANS and self._on_strike(words[:start]):
                    return Role.PROTESTERS  # "striking teachers", "striking bus drivers"
                if role is not None:
                    return role
            if len(words) > 1 and self._on_strike(words[:1]) and singular(words[-1]).endswith(_AGENT_ENDINGS):
                return Role.PROTESTERS  # "striking matatu operators": a trade on strike, whatever its noun
            if len(words) < 2 or words[-1] not in _TRAILING_HEADS:
                return None
            words = words[:-1]
        return None

    def sovereign(self, country: str) -> str:
        """The country a territory's forces, people and unplaced events belong to ("Hong Kong": China)."""
        territory = self.territories.get(country)
        return territory.country if territory is not None else country

    def war_theatre(self, countries: Iterable[str]) -> str | None:
        """The country the one listed war between two of `countries` is fought in ({"Russia", "Ukraine"}:
        Ukraine); None when no war or more than one is listed among them."""
        named = set(countries)
        found = {theatre for sides, theatre in self.war_theatres.items() if sides <= named}
        return found.pop() if len(found) == 1 else None

    def is_role_word(self, word: str) -> bool:
        """The word as written is a role noun of the table ("army", "tanks"), not only its lemma ("Tank")."""
        return alias_key(word) in self.written_roles

    def _armed(self, modifiers: list[str]) -> bool:
        """Words before a role noun that arm it ('armed', 'heavily armed'; keys, hyphens as spaces)."""
        text = " ".join(modifiers)
        return any(f" {key} " in f" {text} " for key in self.armed_modifiers)

    def _on_strike(self, modifiers: list[str]) -> bool:
        """Words before a people noun that put it on strike ('striking')."""
        return any(word in self.strike_modifiers for word in modifiers)

    def ethnic_group(self, word: str) -> str | None:
        """ "Fulani" -> "Fulani": a group name that is no nationality, religion or political label."""
        key = alias_key(word)
        if not word[:1].isupper() or key in self._not_ethnic or self.country_of_demonym(word):
            return None
        return None if self.country_name(word) else word

    def country_of_demonym(self, word: str) -> str | None:
        """ "Pakistani" / "Pakistanis" -> "Pakistan"; None for anything that is not a demonym."""
        key = alias_key(word)
        found = self._demonyms.get(key)
        if found is None and key.endswith("s"):  # "Pakistanis", "Afghans"
            found = self._demonyms.get(key[:-1])
        return found

    def country_name(self, text: str) -> str | None:
        """The ACLED country name for a country name, ISO name, common alias or demonym, else None.

        "Pakistan", "Islamic Republic of Pakistan", "Pakistani" -> "Pakistan"; "Burma" -> "Myanmar".
        """
        key = alias_key(text)
        if key in self._acronyms and not text.isupper():
            return self.country_of_demonym(text)  # "Car bomb" is no CAR
        return self._countries.get(key) or self.country_of_demonym(text)

    def country_words(self, country: str) -> frozenset[str]:
        """Every key that names ``country`` in a text: its names and its demonyms ("bangladesh",
        "people s republic of bangladesh", "bangladeshi")."""
        names = {key for key, name in self._countries.items() if name == country}
        return frozenset(names | {key for key, name in self._demonyms.items() if name == country})

    def countries(self) -> frozenset[str]:
        """Every ACLED country name the lexicon knows."""
        return frozenset(self._countries.values())


def _read_tsv(text: str, *, columns: int) -> Iterable[list[str]]:
    for row in csv.reader(io.StringIO(text), delimiter="\t"):
        if not row or row[0].startswith("#"):
            continue
        yield (row + [""] * columns)[:columns]


def _country_acronyms(rows: Iterable[list[str]]) -> frozenset[str]:
    """Keys of the extra names written only in capitals ("CAR", "DRC"): they match only in capitals."""
    extra = [name for _, _, names in rows for name in names.split("|") if name]
    capitals = {alias_key(n) for n in extra if n.isupper() and len(n) <= 4}
    return frozenset(capitals - {alias_key(n) for n in extra if not n.isupper()})


def _country_names(rows: Iterable[list[str]]) -> dict[str, str]:
    import pycountry  # deferred: only the lexicon needs it

    overrides = {alpha3: (name, [a for a in extra.split("|") if a]) for alpha3, name, extra in rows}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        ours, extra = overrides.get(country.alpha_3, ("", []))
        canonical = ours or getattr(country, "common_name", None) or country.name
        for form in (country.name, getattr(country, "official_name", None),
                     getattr(country, "common_name", None), *extra):  # fmt: skip
            if form:
                names.setdefault(alias_key(form), canonical)
        names[alias_key(canonical)] = canonical
    for alpha3, (canonical, extra) in overrides.items():  # regions pycountry lacks (e.g. Kosovo)
        if pycountry.countries.get(alpha_3=alpha3) is None:
            for form in (canonical, *extra):
                names.setdefault(alias_key(form), canonical)
    return names
