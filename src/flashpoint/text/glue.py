"""Words glued together in wire headlines ("Boko Haramkills 48", "killsIslamic"), split again; the verbs
that get glued are a data file (data/glued_words.txt)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

GLUED_WORDS_FILE = "glued_words.txt"


@dataclass(frozen=True)
class GlueSplitter:
    after_name: re.Pattern[str]  # "Haramkills", "HaramKills"
    before_name: re.Pattern[str]  # "killsIslamic"

    @classmethod
    def parse(cls, text: str) -> GlueSplitter:
        words = sorted(
            {line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")},
            key=len,
            reverse=True,
        )
        verbs = "|".join(re.escape(w) for w in words) or "(?!)"
        return cls(
            after_name=re.compile(rf"\b([A-Z][a-z]{{3,}})((?i:{verbs}))\b"),
            before_name=re.compile(rf"\b({verbs})([A-Z][a-z]{{2,}})"),
        )

    @classmethod
    def bundled(cls) -> GlueSplitter:
        data = resources.files("flashpoint.data").joinpath(GLUED_WORDS_FILE).read_text(encoding="utf-8")
        return cls.parse(data)

    def split(self, text: str) -> str:
        text = self.after_name.sub(r"\1 \2", text)
        return self.before_name.sub(r"\1 \2", text)
