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

    @classmethod
    def load(cls, languages: Iterable[str] | None = None) -> LanguageIdentifier:
        """The bundled profiles, restricted to `languages` (English is always kept as the default)."""
        raw = resources.files("flashpoint.data").joinpath(PROFILES_FILE).read_text(encoding="utf-8")
        data = json.loads(raw)["profiles"]
        wanted = set(data) if languages is None else {*languages, DEFAULT}
        unknown = wanted - set(data)
        if unknown:
            raise ConfigError(f"{PROFILES_FILE}: no profile for language '{sorted(unknown)[0]}'")
        return cls(
            {
                code: Profile(frozenset(spec["words"]), frozenset(spec.get("letters", "")))
                for code, spec in data.items()
                if code in wanted
            }
        )

    def scores(self, text: str) -> dict[str, int]:
        """Profile words in the sample (and one point for a letter only that language writes)."""
        sample = text[:SAMPLE_CHARS]
        words = _counted_words(sample)
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


def _counted_words(sample: str) -> list[str]:
    """The sample's words, lowercased; in sentence-case text without the capitalised ones, which are
    names there ("Valle de Juárez", "La Mesa"), except each sentence's first word."""
    words = _WORD.findall(sample)
    capitalised = sum(w[:1].isupper() for w in words)
    if capitalised * 2 > len(words):  # Title Case or CAPITALS: every word counts
        return [w.lower() for w in words]
    kept = [m.group(0) for m in _WORD.finditer(sample) if not m.group(0)[:1].isupper() or _starts(sample, m)]
    return [w.lower() for w in kept]


def _starts(sample: str, match: re.Match[str]) -> bool:
    """Is the word the first of its text or sentence (after '.', ':', ';', '!' or '?')?"""
    before = sample[: match.start()].rstrip(" \"'“”‘’([")
    return not before or before[-1] in ".:;!?¿¡"
