"""Wire-headline furniture the small parser misreads, removed from the text it parses.

Agency revision tags in brackets ("(Updating toll, quotes)", "(Adds details)", "[Corrected 07/31/02]") say
how a story was revised, never what happened; parsed with the title they hang on its last words. They are
blanked with spaces of the same length: character offsets never move, and evidence spans still point into
the original text. (Revision prefixes, "UPDATE 2-", are left as written: blanking them changed the parse of
titles the model reads no better without them, and the fatality counter already reads past them.)
"""

from __future__ import annotations

import re

# "(Updating toll, quotes)", "(Adds details)", "(Recasts with ...)", "[Corrected 07/31/02]"
_REVISION_TAG = re.compile(
    r"\((?:Updat|Adds?\b|Recast|Rewrite|Writethr|Correct|Refil|Repeat|Changes\b|Edits?\b)[^()\n;]{0,80}\)"
    r"|\[(?:Corrected|Updated)[^\[\]\n;]{0,40}\]"
)


def blank_wire_tags(text: str) -> str:
    """The text with agency revision tags in brackets replaced by spaces of the same length."""
    if "(" not in text and "[" not in text:
        return text
    return _REVISION_TAG.sub(_blank, text)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))
