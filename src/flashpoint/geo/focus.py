"""Which first-level units (US states, Canadian provinces) a document is about, from their short forms.

Local news rarely spells out its state: it writes "Oxford, Miss.", "Paris, TX" or "Guelph, Ont.". The
table of short forms is `data/admin1_abbreviations.json`: style abbreviations (with their periods) count
after any "Name," and postal codes only right after a capitalised "Town," and before punctuation, a ZIP
code or the end of the line (so "IN", "OR" and "ME" stay words).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class UnitCue:
    """A short form in the text ("Miss." at start..end) and the unit it stands for."""

    start: int
    end: int
    country_code: str
    admin1: str


def abbreviations_path() -> Path:
    return Path(str(resources.files("flashpoint") / "data" / "admin1_abbreviations.json"))


class Admin1Abbreviations:
    """The short forms of first-level units, and a scanner for them in text."""

    def __init__(self, units: dict[str, dict[str, dict[str, object]]]) -> None:
        self._by_form: dict[str, tuple[str, str]] = {}
        style_forms: list[str] = []
        postal_forms: list[str] = []
        for code, unit_map in units.items():
            for admin1, forms in unit_map.items():
                styles = forms.get("style") or []
                for form in styles if isinstance(styles, list) else []:
                    self._by_form[str(form)] = (code.upper(), admin1)
                    style_forms.append(str(form))
                postal = forms.get("postal")
                if isinstance(postal, str) and postal:
                    self._by_form[postal] = (code.upper(), admin1)
                    postal_forms.append(postal)
        styles_alt = "|".join(re.escape(f) for f in sorted(style_forms, key=len, reverse=True))
        postal_alt = "|".join(sorted(postal_forms))
        # "Oxford, Miss." / "Lafayette County, Miss.," / "OXFORD, Miss. --": a style form after a name
        self._style = (
            re.compile(rf"(?<=[A-Za-z])\s*,\s*(?P<form>{styles_alt})(?![A-Za-z])") if styles_alt else None
        )
        # "Paris, TX" / "Paris, TX 75460": a postal code after a capitalised town, before punctuation or a ZIP
        self._postal = (
            re.compile(rf"(?<=[A-Z][a-z])[a-z]*\s*,\s*(?P<form>{postal_alt})(?=\s*(?:[,.;:)\n]|\d{{5}}|$))")
            if postal_alt
            else None
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Admin1Abbreviations:
        data = json.loads((path or abbreviations_path()).read_text(encoding="utf-8"))
        return cls(data.get("units", {}))

    def unit(self, form: str) -> tuple[str, str] | None:
        """(country code, admin1 name) of a short form ("Miss." -> ("US", "Mississippi"))."""
        return self._by_form.get(form)

    def cues(self, text: str) -> list[UnitCue]:
        """Every short form that follows a name in `text`, in text order."""
        found: dict[int, UnitCue] = {}
        for pattern in (self._style, self._postal):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                code, admin1 = self._by_form[match.group("form")]
                start, end = match.span("form")
                found.setdefault(start, UnitCue(start, end, code, admin1))
        return [found[k] for k in sorted(found)]
