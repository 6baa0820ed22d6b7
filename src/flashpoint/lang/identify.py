"""Which language an article is written in, from frequent-word profiles (data/language_profiles.json).

Cheap by design: English articles pay for one regex pass over the first few hundred characters and a set
lookup per word. A text is another language only when that language's profile covers clearly more of its
words than English does, so names ("Los Mochis", "La Paz") never turn an English headline Spanish.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from flashpoint.errors import ConfigError

PROFILES_FILE = "language_profiles.json"
DEFAULT = "en"
# Headlines decide in a few words; the start of a long article is as telling as the whole of it.
SAMPLE_CHARS = 600
MIN_WORDS = 2  # a language needs at least this many profile words (and more than English)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Profile:
    words: frozenset[str]
    letters: frozenset[str]


@dataclass(frozen=True)
class LanguageIdentifier:
    profiles: dict[str, Profile]
    connectors: frozenset[str] = frozenset()  # 'del' in 'Playa del Carmen'

    @classmethod
    def load(cls, languages: Iterable[str] | None = None) -> LanguageIdentifier:
        """The bundled profiles, restricted to `languages` (English is always kept as the default)."""
        raw = json.loads(
            resources.files("flashpoint.data").joinpath(PROFILES_FILE).read_text(encoding="utf-8")
        )
        data = raw["profiles"]
        wanted = set(data) if languages is None else {*languages, DEFAULT}
        unknown = wanted - set(data)
        if unknown:
            raise ConfigError(f"{PROFILES_FILE}: no profile for language '{sorted(unknown)[0]}'")
        return cls(
            {
                code: Profile(frozenset(spec["words"]), frozenset(spec.get("letters", "")))
                for code, spec in data.items()
                if code in wanted
            },
            frozenset(raw.get("name_connectors", ())),
        )

    def scores(self, text: str) -> dict[str, int]:
        """Profile words in the sample (and one point for a letter only that language writes)."""
        sample = text[:SAMPLE_CHARS]
        words = _counted_words(sample, self.connectors)
        sample = sample.lower()
        return {
            code: sum(w in profile.words for w in words) + any(ch in profile.letters for ch in sample)
            for code, profile in self.profiles.items()
        }

    def identify(self, text: str) -> str:
        """ISO 639-1 code of the text's language; English unless another profile clearly wins."""
        scores = self.scores(text)
        english = scores.pop(DEFAULT, 0)
        if not scores:
            return DEFAULT
        best = max(scores, key=lambda code: scores[code])
        if scores[best] >= MIN_WORDS and scores[best] > english:
            return best
        return DEFAULT


def _counted_words(sample: str, connectors: frozenset[str]) -> list[str]:
    """The sample's words, lowercased, without those that are parts of names: in sentence-case text the
    capitalised ones ("Valle de Juárez", "La Mesa") except each sentence's first word, and in any text a
    connector right before a capitalised word ("Playa del Carmen" in a Title Case English headline)."""
    matches = list(_WORD.finditer(sample))
    words = [m.group(0) for m in matches]
    title_case = sum(w[:1].isupper() for w in words) * 2 > len(words)
    kept = []
    for i, match in enumerate(matches):
        word = words[i]
        if not title_case and word[:1].isupper() and not _starts(sample, match):
            continue
        if word in connectors and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue
        kept.append(word.lower())
    return kept


def _starts(sample: str, match: re.Match[str]) -> bool:
    """Is the word the first of its text or sentence (after '.', ':', ';', '!' or '?')?"""
    before = sample[: match.start()].rstrip(" \"'“”‘’([")
    return not before or before[-1] in ".:;!?¿¡"
