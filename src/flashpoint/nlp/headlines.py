"""Wire-headline furniture the small parser misreads, removed from the text it parses.

Agency revision tags ("UPDATE 2-", "FOCUS-", "(Updating toll, quotes)", "[Corrected 07/31/02]") say how a
story was revised, never what happened. Parsed with the title they take its subject ("UPDATE 2-Eight Iraqi
police ... killed" reads "2-Eight" as one number), so they are blanked with spaces of the same length:
character offsets never move, and evidence spans still point into the original text.
"""

from __future__ import annotations

import re

# "UPDATE 2-", "WRAPUP 1-", "FOCUS-", "REFILE-": Reuters' revision prefixes, in capitals, opening a headline
# (the text's start, or after a semicolon or line break that joins it to another)
_WIRE_PREFIX = re.compile(
    r"(?:^|(?<=[;\n]))[ \t]*(?:UPDATE|WRAPUP|FOCUS|REFILE|CORRECTED|RPT|URGENT)(?: \d{1,2})?-(?=\S)"
)
# "(Updating toll, quotes)", "(Adds details)", "(Recasts with ...)", "[Corrected 07/31/02]"
_REVISION_TAG = re.compile(
    r"\((?:Updat|Adds?\b|Recast|Rewrite|Writethr|Correct|Refil|Repeat|Changes\b|Edits?\b)[^()\n;]{0,80}\)"
    r"|\[(?:Corrected|Updated)[^\[\]\n;]{0,40}\]"
)


def blank_wire_tags(text: str) -> str:
    """The text with agency revision tags replaced by spaces of the same length."""
    if "-" not in text and "(" not in text and "[" not in text:
        return text
    return _REVISION_TAG.sub(_blank, _WIRE_PREFIX.sub(_blank, text))


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))
