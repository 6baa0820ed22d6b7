"""Sentence starts in run-on text: reports whose punctuation was stripped (SATP's incident summaries, scraped
feeds) join several incidents and a source tag in one line ("... on May 6 reports Dawn Separately a soldier
was killed ..."). The small parser then reads the whole line as one sentence, and the second incident is
lost. Two marks of a new sentence survive the lost punctuation:

- a source tag: "reports Dawn", "according to The Hindu" is the last thing its sentence says; it is made a
  sentence of its own, so that the parser does not read "reports" as the verb of the incident before it;
- a capitalised word that opens clauses and is no part of a name ("The", "He", "Separately", "In") right
  after a word, not after punctuation;
- a lower-case word that opens a clause (a determiner, a pronoun, a number word) right after the day an
  incident is dated to, which ends its clause in SATP's summaries ("... in Dantewada District on March 15 a
  12 bore rifle and a tiffin bomb were recovered ...").

Both are read only inside a stretch that is clearly run-on: many words since the last sentence-final mark, no
comma, most of them lower case (a Title Case headline is no run-on sentence).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

# marks that end a sentence (a blank line does too: see `_ends_sentence`)
SENTENCE_END_MARKS = frozenset({".", "!", "?", ";"})
# capitalised words that open a clause and are never the second word of a name
CLAUSE_OPENERS = frozenset(
    {
        "The",
        "A",
        "An",
        "He",
        "She",
        "They",
        "It",
        "We",
        "His",
        "Her",
        "Their",
        "Its",
        "This",
        "These",
        "Those",
        "There",
        "In",
        "On",
        "At",
        "After",
        "When",
        "While",
        "As",
        "Separately",
        "Meanwhile",
        "However",
        "Earlier",
        "Later",
        "Elsewhere",
        "Subsequently",
        "Following",
        "According",
    }
)
MONTHS = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"}
)  # fmt: skip
# lower-case words that open a clause after a day ("on March 15 a rifle was recovered", "on May 6 two
# militants surrendered", "on October 7 no one was hurt"), not those that go on with it ("on March 15 in
# Sukma", "on May 6 night", "on October 3 police said")
OPENERS_AFTER_DAY = frozenset(
    {"a", "an", "the", "he", "she", "they", "his", "her", "their", "this", "these", "those", "two", "three",
     "four", "five", "six", "seven", "eight", "nine", "ten", "separately", "meanwhile", "however", "later",
     "subsequently", "no", "nobody", "none"}
)  # fmt: skip
# words after such an opener that make it part of a time phrase, which may go on the date: "on May 6 a day
# after", "on May 6 the same day", "on June 2 this year"
TIME_WORDS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning", "evening",
     "afternoon", "same", "next", "following", "previous", "time", "hours"}
)  # fmt: skip
# verbs of saying that, after a one-word speaker right after a day, open a sentence of their own when a clause
# follows them ("on June 16 police said the victim was ...", not a trailing "on October 3 police said")
SAYING_WORDS = frozenset({"said", "says", "added", "claimed", "told", "stated"})
# words after which a news outlet's name follows: "reports Dawn", "according to The Hindu"
CITING_WORDS = frozenset({"reports", "reported", "adds", "added", "quoted", "quoting", "citing", "cited"})
MAX_OPENING_DAY_WORDS = 3  # "On December 5", "On 5 December": a sentence's opening day phrase
MIN_RUN_WORDS = 15  # words since the last sentence-final mark before a stretch counts as run-on
MIN_LOWER_SHARE = 0.5  # share of lower-case words in it (Title Case headlines are not run-on prose)
MAX_UNKNOWN_OUTLET_WORDS = 4  # an outlet missing from the publishers list: at most this many capitalised
# words


@dataclass(frozen=True)
class OutletNames:
    """Known news outlets' names, as word sequences, for matching on tokens."""

    names: frozenset[tuple[str, ...]]
    longest: int

    @classmethod
    def of(cls, names: Iterable[str]) -> OutletNames:
        words = frozenset(tuple(name.split()) for name in names if name.strip())
        return cls(words, max((len(w) for w in words), default=0))

    def match(self, words: Sequence[str], start: int) -> int:
        """The end (exclusive) of the longest known outlet name at `start`, or `start` when there is none."""
        for end in range(min(len(words), start + self.longest), start, -1):
            if tuple(words[start:end]) in self.names:
                return end
        return start


def _ends_sentence(word: str) -> bool:
    return word in SENTENCE_END_MARKS or "\n" in word


def _is_word(word: str) -> bool:
    """A word or a number, not a punctuation mark or a line break."""
    return word[:1].isalnum()


def _run_on(words: Sequence[str], since: int, upto: int) -> bool:
    """The words from `since` to `upto` are run-on prose: many, mostly lower case, and without a comma (a
    long sentence with commas is punctuated prose, whose capitalised words belong to names: "in Nine
    Zero")."""
    stretch = words[since:upto]
    alpha = [w for w in stretch if w[:1].isalpha()]
    if len(alpha) < MIN_RUN_WORDS or "," in stretch:
        return False
    return sum(w.islower() for w in alpha) >= MIN_LOWER_SHARE * len(alpha)


def _cited_outlet_end(words: Sequence[str], start: int, outlets: OutletNames) -> int:
    """Where the outlet named at `start` (after a citing word) ends: a known name, else a short run of
    capitalised words up to a clause opener."""
    end = outlets.match(words, start)
    if end > start:
        return end
    end = start
    while (
        end < len(words)
        and end - start < MAX_UNKNOWN_OUTLET_WORDS
        and words[end][:1].isupper()
        and (end == start or words[end] not in CLAUSE_OPENERS)
    ):
        end += 1
    return end


def _after_citing_word(words: Sequence[str], i: int) -> bool:
    """Word `i` follows a word that names an outlet next ("reports", "according to")."""
    according = i > 1 and words[i - 2].lower() == "according" and words[i - 1] == "to"
    return i > 0 and (words[i - 1] in CITING_WORDS or according)


def _ends_with_day(words: Sequence[str], i: int) -> bool:
    """The words before `i` end with a day of a month: "March 15", "15 March"."""
    if i < 2:
        return False
    first, second = words[i - 2], words[i - 1]
    day = second if first in MONTHS else first if second in MONTHS else ""
    return day.isdigit() and 1 <= int(day) <= 31


def _opens_clause_after_day(words: Sequence[str], i: int) -> bool:
    """Word `i` opens a new clause right after a dated clause: "on March 15 a 12 bore rifle was recovered"."""
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return words[i] in OPENERS_AFTER_DAY and following not in TIME_WORDS and _ends_with_day(words, i)


def _opens_statement_after_day(words: Sequence[str], i: int) -> bool:
    """Word `i` is a speaker whose statement starts right after a dated clause: "on June 16 police said the
    victim was affiliated with a sectarian outfit" (what police said is not the incident's own clause)."""
    if i + 2 >= len(words) or not words[i].isalpha() or not words[i].islower():
        return False
    said, next_word = words[i + 1], words[i + 2]  # a capitalised word after it opens a sentence of its own
    return (
        said in SAYING_WORDS
        and (next_word in OPENERS_AFTER_DAY or next_word == "that")
        and _ends_with_day(words, i)
    )


def _opens_clause_after_outlet(word: str) -> bool:
    return word[:1].isupper() or word.capitalize() in CLAUSE_OPENERS


@dataclass(frozen=True)
class RunOnSentences:
    """Where the sentences of a run-on text start, and the words that must not start one (the words of a
    source tag after its first: the parser would cut "reports | Dawn")."""

    starts: tuple[int, ...]
    inside: tuple[int, ...]


def runon_sentences(words: Sequence[str], outlets: OutletNames) -> RunOnSentences:
    """The sentence starts in the run-on stretches of a text given as its tokens (punctuation marks and line
    breaks as tokens of their own)."""
    starts: list[int] = []
    inside: list[int] = []
    since = 0  # the first word after the last sentence-final mark
    i = 1
    while i < len(words):
        word, previous = words[i], words[i - 1]
        if _ends_sentence(previous):
            since = i
        if not _is_word(word) or not _is_word(previous):
            i += 1
            continue
        if _after_citing_word(words, i) and word[:1].isupper():
            end = _cited_outlet_end(words, i, outlets)
            if (
                end < len(words)
                and _is_word(words[end])
                and _opens_clause_after_outlet(words[end])
                and _run_on(words, since, end)
            ):
                tag = i - 2 if words[i - 1] == "to" else i - 1  # "reports", "according to"
                starts.extend((tag, end))
                inside.extend(range(tag + 1, end))
                end += 1  # the word that starts the sentence is no clause opener to test again
            i = max(end, i + 1)
            continue
        opener = word in CLAUSE_OPENERS and outlets.match(words, i) == i
        # "On December 5 a CRPF jawan was injured": a day that opens its sentence ends no clause
        opens_sentence = i - max(since, starts[-1] if starts else 0) <= MAX_OPENING_DAY_WORDS
        after_day = not opens_sentence and (
            _opens_clause_after_day(words, i) or _opens_statement_after_day(words, i)
        )
        if (opener or after_day) and _run_on(words, since, i):
            starts.append(i)
        i += 1
    return RunOnSentences(tuple(starts), tuple(inside))


@Language.factory("flashpoint_runon_boundaries", default_config={"outlets": []})
def make_runon_boundaries(nlp: Language, name: str, outlets: list[str]) -> RunOnBoundaries:
    return RunOnBoundaries(OutletNames.of(outlets))


class RunOnBoundaries:
    """Sets the sentences of `runon_sentences` before the parser runs (it keeps them)."""

    def __init__(self, outlets: OutletNames) -> None:
        self.outlets = outlets

    def __call__(self, doc: Doc) -> Doc:
        found = runon_sentences([token.text for token in doc], self.outlets)
        for i in found.starts:
            if doc[i].is_sent_start is None:
                doc[i].is_sent_start = True
        for i in found.inside:
            if doc[i].is_sent_start is None:
                doc[i].is_sent_start = False
        return doc
