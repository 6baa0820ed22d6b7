"""Wire-headline furniture the small parser misreads, found in the text before it is parsed.

- Agency tags ("UPDATE 2-", "FOCUS-", "(Updating toll, quotes)", "[Corrected 07/31/02]") say how a story was
  revised, never what happened; they are blanked with spaces, so character offsets never move.
- A trailing attribution ("Bomb kills 3 in Bajaur - website", "Two policemen shot dead: police") names who
  reported the incident; parsed with the title it becomes the object of the verb ("shot ... police") and adds
  a dead or a side. `attribution_starts` gives where each one starts, for a sentence boundary there.

Headlines are the segments of a text between semicolons and line breaks, as `truecase_headlines` reads them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# "UPDATE 2-", "WRAPUP 1-", "FOCUS-", "REFILE-": Reuters' revision prefixes, in capitals, opening a headline
_WIRE_PREFIX = re.compile(
    r"(?:^|(?<=[;\n]))[ \t]*(?:UPDATE|WRAPUP|FOCUS|REFILE|CORRECTED|RPT|URGENT)(?: \d{1,2})?-(?=\S)"
)
# "(Updating toll, quotes)", "(Adds details)", "(Recasts with ...)", "[Corrected 07/31/02]"
_REVISION_TAG = re.compile(
    r"\((?:Updat|Adds?\b|Recast|Rewrite|Writethr|Correct|Refil|Repeat|Changes\b|Edits?\b)[^()\n;]{0,80}\)"
    r"|\[(?:Corrected|Updated)[^\[\]\n;]{0,40}\]"
)
_SEGMENT = re.compile(r"[^;\n]+")
# the separator before a headline's last part: a spaced dash or a colon
_LAST_PART = re.compile(r"(?:\s(?P<dash>[-\u2013\u2014])\s+|(?P<colon>:)\s+)(?P<part>[^-\u2013\u2014:;\n]+?)[\s.]*$")
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*|\d")
MAX_HEADLINE_CHARS = 250  # a longer segment is a paragraph of prose, not a title
MAX_ATTRIBUTION_WORDS = 5


def blank_wire_tags(text: str) -> str:
    """The text with agency revision tags replaced by spaces of the same length."""
    if "-" not in text and "(" not in text and "[" not in text:
        return text
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    return _REVISION_TAG.sub(blank, _WIRE_PREFIX.sub(blank, text))


def headline_attributions(text: str, words: frozenset[str] | None = None) -> list[tuple[int, int, int]]:
    """(title start, attribution start, headline end) of each headline in `text` that ends in an attribution;
    the attribution starts at the dash or colon before it, which goes with it (the title then ends on its
    last word, as the parser expects). Offsets are characters in `text`.

    The last part after a spaced dash or a colon is an attribution when it has at most five words, each an
    attribution word ("police", "state TV", "local officials"); the part before it must be longer (a leading
    place, "Pakistan: Bomb kills 3", is the title's own). Names are left alone: "- Pakistan army" may be the
    actor of the title ("110 militants killed in operation - Pakistan army"), "- Pakistan" the country.
    Prose paragraphs (long, or with a full stop inside) have no such part.
    """
    vocabulary = words if words is not None else attribution_words()
    found: list[tuple[int, int, int]] = []
    for segment in _SEGMENT.finditer(text):
        line = segment.group(0)
        if len(line) > MAX_HEADLINE_CHARS or ". " in line.strip():
            continue
        last = _LAST_PART.search(line)
        if last is None or len(line[: last.start()].split()) < 3:
            continue
        tokens = _WORD.findall(last["part"])
        if 0 < len(tokens) <= MAX_ATTRIBUTION_WORDS and all(_attribution_word(t, vocabulary) for t in tokens):
            separator = segment.start() + last.start("dash" if last["dash"] else "colon")
            title = segment.start() + len(line) - len(line.lstrip())
            found.append((title, separator, segment.end()))
    return found


def _attribution_word(word: str, vocabulary: frozenset[str]) -> bool:
    return word.lower() in vocabulary


@lru_cache(maxsize=1)
def attribution_words() -> frozenset[str]:
    """The bundled attribution words (`data/attribution_words.txt`), read once."""
    lines = (resources.files("flashpoint") / "data" / "attribution_words.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))
