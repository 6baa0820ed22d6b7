"""Original sources a story cites: "..., RFE/RL reported", "according to Reuters", "told AFP"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from flashpoint.text.publishers import Publishers

# an acronym such as "RFE/RL" or "KNN": accepted as a source only right before a reporting verb
_ACRONYM = r"[A-Z][A-Z0-9]*(?:[/&-][A-Z0-9]+)*[A-Z0-9]"
# acronyms that report things but are not news outlets (states, alliances, armed groups)
_NOT_OUTLETS = frozenset(
    {
        "US",
        "USA",
        "UK",
        "UN",
        "EU",
        "AU",
        "NATO",
        "UAE",
        "IS",
        "ISIS",
        "ISIL",
        "TTP",
        "BLA",
        "IDF",
        "OCHA",
        "WHO",
    }
)
_REPORT_VERB = r"(?:reported|reports|had reported|has reported|quoted|cited|said in a report|wrote)"
_AGENCY_NOUN = r"(?:\s+(?:news\s+agency|news\s+channel|newspaper|daily|television|TV|radio|website))?"


@dataclass(frozen=True, eq=False)
class CitationFinder:
    publishers: Publishers

    @cached_property
    def _known(self) -> re.Pattern[str]:
        names = self.publishers.pattern
        return re.compile(
            rf"(?:(?<![\w/])(?P<a>{names})(?![\w/]){_AGENCY_NOUN}\s+(?:{_REPORT_VERB}|said|says|added|quoting)\b"
            rf"|\b[Aa]ccording\s+to\s+(?:(?:a|the)\s+)?(?:report\s+(?:by|in|on|from)\s+)?(?:(?:state-run|state-owned|"
            rf"official|local|private)\s+)?(?P<b>{names})(?![\w/])"
            rf"|\b(?:told|quoted\s+by|reported\s+by|cited\s+by|in\s+an\s+interview\s+with|speaking\s+to)"
            rf"\s+(?:the\s+)?(?P<c>{names})(?![\w/]))"
        )

    @cached_property
    def _acronym(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w/])(?P<a>{_ACRONYM})(?![\w/])\s+{_REPORT_VERB}\b")

    def find(self, text: str, *, exclude: str | None = None) -> list[str]:
        """Canonical names of cited outlets, in order of first mention, without `exclude` (the publisher)."""
        hits: list[tuple[int, str]] = []
        for match in self._known.finditer(text):
            name = match["a"] or match["b"] or match["c"]
            canonical = self.publishers.canonical(name)
            if canonical:
                hits.append((match.start(), canonical))
        for match in self._acronym.finditer(text):
            name = match["a"]
            if name in _NOT_OUTLETS:
                continue
            hits.append((match.start(), self.publishers.canonical(name) or name))
        cited: list[str] = []
        for _, name in sorted(hits):
            if name != exclude and name not in cited:
                cited.append(name)
        return cited
