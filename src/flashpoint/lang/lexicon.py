"""The cue lexicon of a language without a parser model (`data/event_cues_<lang>.json`).

Everything is matched on lowercase, accent-folded words, since headlines drop accents as often as they keep
them ("Cadaver", "policia"); phrases match longest first and do not overlap.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from flashpoint.errors import ConfigError

Phrase = tuple[str, ...]


def fold(word: str) -> str:
    """Lowercase without accents ('Policía' -> 'policia'); 'ñ' folds to 'n' as well, harmlessly."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def phrase(text: str) -> Phrase:
    return tuple(fold(w) for w in text.split())


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found at word positions [start, end) of a word list, with the table key it belongs to."""

    key: str
    phrase: Phrase
    start: int
    end: int


class PhraseTable:
    """Phrases by key; `find` returns the longest non-overlapping matches, left to right."""

    def __init__(self, table: dict[str, Iterable[str]]) -> None:
        self._by_first: dict[str, list[tuple[Phrase, str]]] = {}
        for key, texts in table.items():
            for text in texts:
                words = phrase(text)
                self._by_first.setdefault(words[0], []).append((words, key))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def words(self) -> set[str]:
        return {w for entries in self._by_first.values() for p, _ in entries for w in p}

    def find(self, words: Sequence[str]) -> list[Match]:
        found: list[Match] = []
        i = 0
        while i < len(words):
            for words_of, key in self._by_first.get(words[i], ()):
                n = len(words_of)
                if tuple(words[i : i + n]) == words_of:
                    found.append(Match(key, words_of, i, i + n))
                    i += n
                    break
            else:
                i += 1
        return found


@dataclass(frozen=True)
class RuleLexicon:
    language: str
    triggers: PhraseTable
    weak: frozenset[Phrase]
    support: PhraseTable
    suppressors: PhraseTable
    roles: PhraseTable
    victim_marks: frozenset[str]
    agent_marks: PhraseTable
    dead_nouns: frozenset[Phrase]
    injured_nouns: frozenset[Phrase]
    numbers: dict[str, int]
    count_fillers: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    days_ago: dict[str, int]
    place_words: frozenset[Phrase]
    street_words: frozenset[str]
    person_words: frozenset[str]  # one-word role nouns: who can be counted ('tres policías')
    between_marks: frozenset[str]  # 'entre' before two sides that fought each other
    # Grammar the code must not hard-wire: words inside place names ('Valle de Juárez'), those that end a
    # street name before its town ('colonia Jalisco de Tijuana'), participle endings (lowercase, accents
    # kept: French 'tué' and present 'tue' fold alike), auxiliaries that make a participle active ('ont
    # tué'), articles before a singular object, the words between day, month and year ('3 de mayo de
    # 2021'; none in '3 mai 2021') and ordinal endings of a day number ('1er').
    name_connectors: frozenset[str]
    street_name_ends: frozenset[str]
    participle_endings: tuple[str, ...]
    active_auxiliaries: frozenset[str]
    articles: frozenset[str]
    date_connectors: frozenset[str]
    ordinal_suffixes: tuple[str, ...]

    @classmethod
    def load(cls, language: str) -> RuleLexicon:
        name = f"event_cues_{language}.json"
        try:
            raw = resources.files("flashpoint.data").joinpath(name).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"no cue lexicon for language '{language}' (data/{name})") from None
        data = json.loads(raw)

        def folded(key: str) -> dict[str, int]:
            return {fold(k): int(v) for k, v in data[key].items()}

        return cls(
            language=language,
            triggers=PhraseTable(data["triggers"]),
            weak=frozenset(phrase(p) for p in data["weak"]),
            support=PhraseTable({"support": data["support"]}),
            suppressors=PhraseTable(data["suppressors"]),
            roles=PhraseTable(data["roles"]),
            victim_marks=frozenset(fold(w) for w in data["victim_marks"]),
            agent_marks=PhraseTable({"agent": data["agent_marks"]}),
            dead_nouns=frozenset(phrase(p) for p in data["dead_nouns"]),
            injured_nouns=frozenset(phrase(p) for p in data["injured_nouns"]),
            numbers=folded("numbers"),
            count_fillers=frozenset(fold(w) for w in data["count_fillers"]),
            months=folded("months"),
            weekdays=folded("weekdays"),
            days_ago=folded("days_ago"),
            place_words=frozenset(phrase(p) for p in data["place_words"]),
            street_words=frozenset(fold(w) for w in data["street_words"]),
            person_words=frozenset(fold(w) for ws in data["roles"].values() for w in ws if " " not in w),
            between_marks=frozenset(fold(w) for w in data["between_marks"]),
            name_connectors=frozenset(fold(w) for w in data["name_connectors"]),
            street_name_ends=frozenset(fold(w) for w in data["street_name_ends"]),
            participle_endings=tuple(w.lower() for w in data["participle_endings"]),
            active_auxiliaries=frozenset(fold(w) for w in data["active_auxiliaries"]),
            articles=frozenset(fold(w) for w in data["articles"]),
            date_connectors=frozenset(fold(w) for w in data["date_connectors"]),
            ordinal_suffixes=tuple(fold(w) for w in data["ordinal_suffixes"]),
        )

    def vocabulary(self) -> frozenset[str]:
        """Every word of the cue tables: never read as part of a place name when capitalised."""
        words: set[str] = set(self.person_words) | set(self.numbers) | set(self.months) | set(self.weekdays)
        words |= set(self.days_ago) | self.street_words
        for table in (self.triggers, self.support, self.suppressors, self.roles):
            words |= table.words()
        return frozenset(words)
