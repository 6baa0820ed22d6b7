"""Drops whole boilerplate lines (cookie banners, share/subscribe prompts) driven by data/boilerplate.txt."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

BOILERPLATE_FILE = "boilerplate.txt"
MAX_BOILERPLATE_CHARS = 250  # a line longer than this is prose, whatever it contains


@dataclass(frozen=True)
class BoilerplateFilter:
    patterns: tuple[re.Pattern[str], ...]
    max_chars: int = MAX_BOILERPLATE_CHARS
    # the patterns as one alternation: every line of every article is tested, and one search is several
    # times cheaper than fifty
    _any: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        either = "|".join(f"(?:{pattern.pattern})" for pattern in self.patterns) or r"(?!)"
        object.__setattr__(self, "_any", re.compile(either, re.IGNORECASE))

    @classmethod
    def parse(cls, text: str) -> BoilerplateFilter:
        patterns = []
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            try:
                patterns.append(re.compile(line, re.IGNORECASE))
            except re.error as exc:
                raise ValueError(f"{BOILERPLATE_FILE} line {number}: bad regex {line!r}: {exc}") from exc
        return cls(patterns=tuple(patterns))

    @classmethod
    def bundled(cls) -> BoilerplateFilter:
        data = resources.files("flashpoint.data").joinpath(BOILERPLATE_FILE).read_text(encoding="utf-8")
        return cls.parse(data)

    def is_boilerplate(self, line: str) -> bool:
        line = line.strip()
        if not line or len(line) > self.max_chars:
            return False
        return self._any.search(line) is not None

    def filter_lines(self, lines: list[str]) -> list[str]:
        """Blank out boilerplate lines (kept as empty lines so paragraph structure survives)."""
        return ["" if self.is_boilerplate(line) else line for line in lines]
