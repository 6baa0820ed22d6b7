"""Drops whole boilerplate lines (cookie banners, share/subscribe prompts) driven by data/boilerplate.txt."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

BOILERPLATE_FILE = "boilerplate.txt"
MAX_BOILERPLATE_CHARS = 250  # a line longer than this is prose, whatever it contains
# a bare heading over a list of links to other stories ("Related stories", "Read more:"): the headlines
# listed under it, up to the next blank line, are other articles' events, not this one's
LIST_HEADING = re.compile(
    r"^(?:related|related (?:articles?|stories|news|posts|coverage)|also read|read (?:more|also|next)|"
    r"see also|more (?:on this(?: story)?|stories)|recommended(?: stories| for you)?|you may also like|"
    r"trending(?: now| stories)?|must read|most (?:read|popular))\s*[:|»>-]?$",
    re.IGNORECASE,
)
MAX_LISTED_HEADLINE_CHARS = 150


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
        """Blank out boilerplate lines (kept as empty lines so paragraph structure survives), and the
        headlines listed right under a bare list heading ("Related stories" then "- Four held in Multan")."""
        kept: list[str] = []
        in_list = False
        # no headline listed yet: a web page often leaves a blank line after the heading
        under_heading = False
        for line in lines:
            stripped = line.strip()
            if in_list and (_listed_headline(stripped) or (under_heading and not stripped)):
                under_heading = under_heading and not stripped
                kept.append("")
                continue
            in_list = under_heading = LIST_HEADING.match(stripped) is not None
            kept.append("" if in_list or self.is_boilerplate(line) else line)
        return kept


def _listed_headline(line: str) -> bool:
    """A short line with no sentence end: a headline in a list of links (a line of prose ends the list)."""
    return bool(line) and len(line) <= MAX_LISTED_HEADLINE_CHARS and not line.endswith((".", "?", "!", '"'))
