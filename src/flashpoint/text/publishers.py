"""The publishers list (data/publishers.txt): canonical outlet names and their aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources

PUBLISHERS_FILE = "publishers.txt"


@dataclass(frozen=True, eq=False)
class Publishers:
    """Maps every alias (and canonical name) of a news outlet to its canonical name."""

    aliases: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> Publishers:
        aliases: dict[str, str] = {}
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            names = [part.strip() for part in line.split("|") if part.strip()]
            canonical = names[0]
            for name in names:
                aliases.setdefault(name, canonical)
        return cls(aliases=aliases)

    @classmethod
    def bundled(cls) -> Publishers:
        data = resources.files("flashpoint.data").joinpath(PUBLISHERS_FILE).read_text(encoding="utf-8")
        return cls.parse(data)

    def canonical(self, name: str) -> str | None:
        """The canonical name for an alias, tolerant of a leading "the" and surrounding space."""
        name = " ".join(name.split())
        if name in self.aliases:
            return self.aliases[name]
        if name.lower().startswith("the "):
            return self.aliases.get(name[4:])
        return self.aliases.get(f"The {name}")

    @cached_property
    def pattern(self) -> str:
        """A regex alternation of every alias, longest first, for use inside larger patterns."""
        names = sorted(self.aliases, key=len, reverse=True)
        return "|".join(re.escape(name) for name in names)
