"""The actor alias table: canonical ACLED-style names, inter codes and aliases, loaded from versioned data.

The bundled ``data/actors.json`` is read first; user files given to :meth:`ActorTable.load` are layered
over it. A later entry with the same canonical name replaces the fields it sets and adds its aliases to
the earlier ones.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from flashpoint.actors.normalize import alias_key, canonical_compare_key, split_abbreviation
from flashpoint.errors import ConfigError

BUNDLED_FILE = "actors.json"
SCHEMA_VERSION = 1
ACTOR_LABEL = "ACTOR"

# Words a news text puts after a group's name ("TTP militants"); lookup retries without them.
_TRAILING_GENERIC = frozenset(
    {
        "militant", "militants", "fighter", "fighters", "rebel", "rebels", "group", "groups", "member",
        "members", "militia", "militias", "militiamen", "insurgent", "insurgents", "cadre", "cadres",
        "terrorist", "terrorists", "gunman", "gunmen", "forces", "supporters", "activists", "workers",
        "movement", "organisation", "organization", "faction", "men", "jihadists", "operatives",
    }
)  # fmt: skip


class ActorEntry(BaseModel):
    """One canonical actor: ``name`` is what events carry, ``aliases`` are what news texts say."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    abbr: str | None = None
    inter: int = Field(ge=1, le=8)
    country: str | None = None
    aliases: tuple[str, ...] = ()
    # the first-level units the group mostly fights in: a place name in a text that names it is read there
    # before a namesake elsewhere ("Maoists ... in Bijapur District": Chhattisgarh's, not Karnataka's)
    regions: tuple[str, ...] = ()
    note: str | None = None
    # the actor ACLED codes in this one's place from a date on: the Taliban are the state's forces from the
    # day after they took Kabul (15 August 2021), "Military Forces of Afghanistan (2021-)"
    successor: str | None = None
    successor_since: dt.date | None = None

    def surface_forms(self) -> Iterator[str]:
        """The canonical name, its "ABBR: Name" parts, the abbreviation and every alias (may repeat)."""
        yield self.name
        abbr, full = split_abbreviation(self.name)
        yield full
        if abbr:
            yield abbr
        if self.abbr:
            yield self.abbr
        yield from self.aliases

    def abbreviations(self) -> frozenset[str]:
        """Surface forms matched case-sensitively (the abbreviation and all-capital short aliases)."""
        forms = {form for form in self.surface_forms() if _looks_like_abbreviation(form)}
        if self.abbr:
            forms.add(self.abbr)
        head, _ = split_abbreviation(self.name)
        if head:
            forms.add(head)
        return frozenset(forms)


class _EntryIn(BaseModel):
    """An entry as a file states it: ``inter`` may be left out when extending an existing entry."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    abbr: str | None = None
    inter: int | None = Field(default=None, ge=1, le=8)
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    note: str | None = None
    successor: str | None = None
    successor_since: dt.date | None = None

    @field_validator("name", "abbr", "country")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        return value.strip() if value is not None else None

    @field_validator("aliases")
    @classmethod
    def _no_blank_alias(cls, value: list[str]) -> list[str]:
        cleaned = [alias.strip() for alias in value]
        if any(not alias for alias in cleaned):
            raise ValueError("aliases must not be blank")
        return cleaned


class _ActorFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: int
    version: str = ""
    about: str = ""
    entries: list[_EntryIn]

    @field_validator("schema_version")
    @classmethod
    def _known_schema(cls, value: int) -> int:
        if value != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {value} (expected {SCHEMA_VERSION})")
        return value


@dataclass(frozen=True, slots=True)
class ActorTable:
    """Immutable, indexed actor table. Build it with :meth:`load` (or :meth:`from_entries` in tests)."""

    entries: tuple[ActorEntry, ...]
    version: str
    _by_key: dict[str, ActorEntry]
    _by_abbreviation: dict[str, ActorEntry | None]  # folded key; None when two entries share it
    _by_abbreviation_exact: dict[str, ActorEntry]  # case kept ("JeM" vs "JEM")
    _by_name: dict[str, ActorEntry]

    # -- construction -------------------------------------------------------------------------------------

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> ActorTable:
        """The bundled table with each of ``extra_files`` layered over it, in order.

        Raises ConfigError (one line, naming the file) for a missing, unreadable or invalid user file.
        """
        bundled = resources.files("flashpoint.data").joinpath(BUNDLED_FILE).read_text(encoding="utf-8")
        layers = [_parse(bundled, origin=f"bundled {BUNDLED_FILE}")]
        for path in extra_files:
            try:
                raw = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"actor file {path}: cannot read it ({exc.__class__.__name__})") from exc
            layers.append(_parse(raw, origin=f"actor file {path}"))
        merged: dict[str, ActorEntry] = {}
        for layer, origin in zip(layers, ["bundled", *map(str, extra_files)], strict=True):
            for entry in layer.entries:
                _merge(merged, entry, origin)
        version = "+".join(filter(None, [layers[0].version, *(f"user{i}" for i in range(1, len(layers)))]))
        return cls.from_entries(merged.values(), version=version)

    @classmethod
    def from_entries(cls, entries: Iterable[ActorEntry], *, version: str = "") -> ActorTable:
        """Index entries; when two share an alias, the later one wins."""
        ordered = tuple(entries)
        by_key: dict[str, ActorEntry] = {}
        by_abbreviation: dict[str, ActorEntry | None] = {}
        by_abbreviation_exact: dict[str, ActorEntry] = {}
        by_name: dict[str, ActorEntry] = {}
        for entry in ordered:
            abbreviations = entry.abbreviations()
            for form in entry.surface_forms():
                if form in abbreviations:
                    folded = alias_key(form)
                    earlier = by_abbreviation.get(folded, entry)
                    by_abbreviation[folded] = entry if earlier is None or earlier.name == entry.name else None
                    by_abbreviation_exact[abbreviation_key(form)] = entry
                else:
                    by_key[alias_key(form)] = entry
            by_name[canonical_compare_key(entry.name)] = entry
        return cls(ordered, version, by_key, by_abbreviation, by_abbreviation_exact, by_name)

    # -- queries ------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self.entries)

    def get(self, name: str) -> ActorEntry | None:
        """The entry whose canonical name is ``name`` (compared without case, accents or regime years)."""
        return self._by_name.get(canonical_compare_key(name))

    def current(self, name: str, on: dt.date | None) -> ActorEntry | None:
        """The entry ACLED codes for actor ``name`` on date ``on`` when that is its successor ("Taliban"
        on 3 April 2023 is "Military Forces of Afghanistan"); None when the name stands as it is."""
        entry = self.get(name)
        if entry is None or entry.successor is None or entry.successor_since is None or on is None:
            return None
        return self.get(entry.successor) if on >= entry.successor_since else None

    def lookup(self, text: str) -> ActorEntry | None:
        """The entry a mention refers to, or None.

        Case-, accent-, hyphen- and punctuation-insensitive ("Tehrik-e Taliban Pakistan" -> TTP). A leading
        "the", a possessive "'s" and trailing generic nouns ("TTP militants", "Houthi rebels") are ignored.
        Abbreviations need at least one capital letter, so "let" or "is" never match LeT or IS.
        """
        text = text.strip()
        for suffix in ("'s", "’s"):
            if text.endswith(suffix):
                text = text[: -len(suffix)]
        words = _strip_accents(text).replace("-", " ").split()
        while words:
            found = self._find(" ".join(words))
            if found is not None or alias_key(words[-1]) not in _TRAILING_GENERIC:
                return found
            words.pop()
        return None

    def _find(self, text: str) -> ActorEntry | None:
        key = alias_key(text)
        if not key:
            return None
        found = self._by_key.get(key)
        if found is None and any(ch.isupper() for ch in text):
            found = self._by_abbreviation_exact.get(abbreviation_key(text)) or self._by_abbreviation.get(key)
        return found

    def namesakes(self) -> dict[str, tuple[ActorEntry, ...]]:
        """The forms that two or more entries share, each with those entries in table order. Keys are
        `abbreviation_key` for abbreviations (case kept) and `alias_key` for names (lower case).

        "UPDF" is Uganda's army and Bangladesh's United People's Democratic Front. The rulers tag a shared
        form with the later entry, as `lookup` does; the annotator's namesake step picks by the text's
        country (see flashpoint.nlp.namesakes).
        """
        owners: dict[str, dict[str, ActorEntry]] = {}
        for entry in self.entries:
            abbreviations = entry.abbreviations()
            for form in entry.surface_forms():
                key = abbreviation_key(form) if form in abbreviations else alias_key(form)
                owners.setdefault(key, {})[entry.name] = entry
        return {form: tuple(by_name.values()) for form, by_name in owners.items() if len(by_name) > 1}

    def phrase_patterns(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """String patterns for two fast PhraseMatcher-backed EntityRulers: (case-insensitive names,
        case-sensitive abbreviations). Hyphen, accent and apostrophe variants are spelled out, since a
        PhraseMatcher compares whole tokens; "Full Name (ABBR)" is one name pattern.
        """
        names: dict[str, str] = {}
        abbreviations: dict[str, str] = {}
        for entry in self.entries:  # later entries win a shared alias, as in lookup
            abbrs = entry.abbreviations()
            forms = [f for f in dict.fromkeys(entry.surface_forms()) if f not in abbrs]
            for form in forms:
                for variant in _spelling_variants(form):
                    names[variant.lower()] = entry.name
                    for abbr in abbrs:
                        names[f"{variant} ({abbr})".lower()] = entry.name
            for abbr in abbrs:
                abbreviations[abbr] = entry.name
        name_patterns = [{"label": ACTOR_LABEL, "pattern": text, "id": name} for text, name in names.items()]
        abbr_patterns = [
            {"label": ACTOR_LABEL, "pattern": text, "id": name} for text, name in abbreviations.items()
        ]
        return name_patterns, abbr_patterns

    def ruler_patterns(self, tokenizer: Callable[[str], Any] | None = None) -> list[dict[str, Any]]:
        """spaCy EntityRuler token patterns, label "ACTOR", id = canonical name.

        Words match on LOWER (accent and apostrophe variants included) and hyphens are optional, so
        "Tehrik-e Taliban", "Tehrik e Taliban" and "TEHRIK-E TALIBAN" all match; abbreviations match on
        ORTH (case-sensitive). For entries with an abbreviation, "Full Name (ABBR)" is one span too.
        ``tokenizer`` defaults to a blank English tokenizer, which splits text like the English models do.
        """
        if tokenizer is None:
            import spacy  # deferred: importing the actors package stays cheap

            tokenizer = spacy.blank("en").tokenizer
        patterns: list[dict[str, Any]] = []
        seen: set[str] = set()
        for entry in reversed(self.entries):  # later entries win a shared alias, as in lookup
            abbreviations = entry.abbreviations()
            forms = list(dict.fromkeys(entry.surface_forms()))
            for form in forms:
                token_pattern = _token_pattern(tokenizer, form, case_sensitive=form in abbreviations)
                _add(patterns, seen, entry.name, token_pattern)
            for abbr in sorted(abbreviations):
                abbr_pattern = _token_pattern(tokenizer, abbr, case_sensitive=True)
                bracketed = [{"ORTH": "("}, *abbr_pattern, {"ORTH": ")"}]
                for form in forms:
                    if form not in abbreviations:
                        long_pattern = _token_pattern(tokenizer, form, case_sensitive=False)
                        _add(patterns, seen, entry.name, long_pattern + bracketed)
        return patterns


# -- helpers ----------------------------------------------------------------------------------------------


def abbreviation_key(form: str) -> str:
    """The key an abbreviation is matched on, case kept: "JeM" (Jaish-e-Mohammed) is not "JEM" (Sudan)."""
    return " ".join(_strip_accents(form).replace("-", " ").replace(".", "").split())


def _looks_like_abbreviation(form: str) -> bool:
    letters = [ch for ch in form if ch.isalpha()]
    return bool(letters) and len(form) <= 10 and " " not in form and all(ch.isupper() for ch in letters)


def _parse(raw: str, *, origin: str) -> _ActorFile:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{origin}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    try:
        return _ActorFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "top level"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ConfigError(f"{origin}: {where}: {first['msg']}{more}") from exc


def _merge(merged: dict[str, ActorEntry], new: _EntryIn, origin: str) -> None:
    key = canonical_compare_key(new.name)
    old = merged.get(key)
    if old is None:
        if new.inter is None:
            raise ConfigError(f"actor file {origin}: entry {new.name!r} is new and needs an 'inter' code")
        merged[key] = ActorEntry(
            name=new.name, abbr=new.abbr, inter=new.inter, country=new.country,
            aliases=tuple(dict.fromkeys(new.aliases)), regions=tuple(new.regions), note=new.note,
            successor=new.successor, successor_since=new.successor_since,
        )  # fmt: skip
        return
    fields_set = new.model_fields_set
    merged[key] = ActorEntry(
        name=new.name,
        abbr=new.abbr if "abbr" in fields_set else old.abbr,
        inter=new.inter if new.inter is not None else old.inter,
        country=new.country if "country" in fields_set else old.country,
        aliases=tuple(dict.fromkeys([*old.aliases, *new.aliases])),
        regions=tuple(new.regions) if "regions" in fields_set else old.regions,
        note=new.note if "note" in fields_set else old.note,
        successor=new.successor if "successor" in fields_set else old.successor,
        successor_since=new.successor_since if "successor_since" in fields_set else old.successor_since,
    )


def _spelling_variants(form: str) -> set[str]:
    """'Tehrik-e Taliban' -> also 'Tehrik e Taliban', 'Tehrike Taliban'; accents and apostrophes optional."""
    variants = {form, form.replace("-", " "), form.replace("-", ""), _strip_accents(form)}
    for variant in list(variants):
        if "'" in variant or "’" in variant:
            bare = variant.replace("’", "'")
            variants.update({bare, bare.replace("'", "’"), bare.replace("'", "")})
    return {" ".join(v.split()) for v in variants if v.strip()}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _token_pattern(
    tokenizer: Callable[[str], Any], form: str, *, case_sensitive: bool
) -> list[dict[str, Any]]:
    pattern: list[dict[str, Any]] = []
    for token in tokenizer(form):
        text = token.text
        if text in {"-", "–", "‐"}:
            pattern.append({"ORTH": {"IN": ["-", "–", "‐"]}, "OP": "?"})
        elif case_sensitive:
            pattern.append({"ORTH": text})
        else:
            variants = {text.lower(), _strip_accents(text).lower()}
            for variant in list(variants):
                if "'" in variant or "’" in variant:
                    bare = variant.replace("’", "'")
                    variants.update({bare, bare.replace("'", "’"), bare.replace("'", "")})
            pattern.append(
                {"LOWER": next(iter(variants))} if len(variants) == 1 else {"LOWER": {"IN": sorted(variants)}}
            )
    return pattern


def _add(patterns: list[dict[str, Any]], seen: set[str], name: str, pattern: list[dict[str, Any]]) -> None:
    if not pattern or all(step.get("OP") == "?" for step in pattern):
        return
    fingerprint = json.dumps(pattern, sort_keys=True)
    if fingerprint in seen:
        return
    seen.add(fingerprint)
    patterns.append({"label": ACTOR_LABEL, "pattern": pattern, "id": name})
