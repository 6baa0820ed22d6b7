"""spaCy's attribute ruler with its rules found through a dict of token values instead of the Matcher.

`en_core_web_sm`'s `attribute_ruler` maps tags to POS and morphology with some 180 rules, nearly all of one
or two tokens testing TAG, LOWER, DEP or IS_SPACE ({"TAG": "NNS"}, {"LOWER": "i", "TAG": "PRP"},
{"LOWER": "gon"} {"LOWER": "na"}); the Matcher tries every rule at every token, which costs a tenth of the
whole parse. `IndexedAttributeRuler` looks each rule up by one value its first token must have, checks the
rest of the rule only there, and so finds the same matches several times faster. `match` returns exactly
the list the stock ruler's does (same matches, same order) and `set_annotations` is spaCy's, so the
annotations are the same. A rule it cannot index (operators, other attributes or predicates) still goes
through a Matcher. `use_indexed_attribute_ruler` swaps it into a loaded pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

# The token attributes an indexed rule may test, as `Doc.to_array` columns (in this order), and the order in
# which a rule's first token picks the attribute it is looked up by (the rarest values first).
COLUMNS = (ORTH, LOWER, TAG, DEP, IS_SPACE)
COLUMN_OF = {"ORTH": 0, "LOWER": 1, "TAG": 2, "DEP": 3, "IS_SPACE": 4}
FLAG_COLUMNS = frozenset({4})
LOOKUP_ORDER = (0, 1, 3, 2, 4)

Match = tuple[int, int, int, int]  # (rule number, match id, start, end), as AttributeRuler.match gives


@dataclass
class TokenTest:
    """What one token of a rule must satisfy, on `COLUMNS` values (string hashes, 0/1 for flags)."""

    one_of: dict[int, frozenset[int]] = field(default_factory=dict)  # exact value or IN
    none_of: dict[int, frozenset[int]] = field(default_factory=dict)  # NOT_IN
    regex: dict[int, re.Pattern[str]] = field(default_factory=dict)  # REGEX on the string
    _regex_memo: dict[tuple[int, int], bool] = field(default_factory=dict, repr=False, compare=False)

    def without(self, column: int) -> TokenTest:
        """This test less its exact-value condition on `column` (which a lookup by it has checked)."""
        one_of = {c: v for c, v in self.one_of.items() if c != column}
        return TokenTest(one_of, dict(self.none_of), dict(self.regex))

    def __bool__(self) -> bool:
        return bool(self.one_of or self.none_of or self.regex)

    def passes(self, row: Sequence[int], strings: StringStore) -> bool:
        for column, values in self.one_of.items():
            if row[column] not in values:
                return False
        for column, values in self.none_of.items():
            if row[column] in values:
                return False
        return all(self.value_passes(column, row[column], strings) for column in self.regex)

    def value_passes(self, column: int, value: int, strings: StringStore) -> bool:
        """Whether `value` in `column` meets this test's conditions on that column."""
        if column in self.one_of and value not in self.one_of[column]:
            return False
        if column in self.none_of and value in self.none_of[column]:
            return False
        pattern = self.regex.get(column)
        if pattern is None:
            return True
        found = self._regex_memo.get((column, value))
        if found is None:
            found = self._regex_memo[(column, value)] = bool(pattern.search(strings[value]))
        return found


@dataclass
class IndexedRule:
    """A rule of fixed length, found where its first token has the value it is looked up by (if any)."""

    number: int  # the rule's position in the ruler (its attr id)
    match_id: int
    tokens: tuple[TokenTest, ...]
    lookup: int | None = None  # the column the index looks the first token up by

    def __post_init__(self) -> None:
        first = self.tokens[0] if self.lookup is None else self.tokens[0].without(self.lookup)
        self._checks = tuple((k, test) for k, test in enumerate((first, *self.tokens[1:])) if test)
        self.length = len(self.tokens)

    @property
    def scan(self) -> int | None:
        """Without a lookup, the column whose value the first token is screened by (then the whole rule)."""
        first = self.tokens[0]
        return next((c for c in LOOKUP_ORDER if c in first.regex or c in first.none_of), None)

    @property
    def found_by_lookup(self) -> bool:
        """True when finding the first token by its value is the whole match (a one-token rule)."""
        return not self._checks

    def matches_at(self, rows: Sequence[Sequence[int]], start: int, strings: StringStore) -> bool:
        if start + self.length > len(rows):
            return False
        return all(test.passes(rows[start + k], strings) for k, test in self._checks)


@dataclass
class RuleIndex:
    """The rules of one ruler: by a value of their first token (or tried everywhere), others in a Matcher."""

    # column -> value of the first token in that column -> the rules looked up by it
    by_value: dict[int, dict[int, list[IndexedRule]]] = field(default_factory=dict)
    everywhere: list[IndexedRule] = field(default_factory=list)  # first token has no exact value to look up
    others: Matcher | None = None

    @classmethod
    def build(cls, vocab: Vocab, rules: Sequence[Iterable[Sequence[dict[str, Any]]]]) -> RuleIndex:
        """`rules[i]` are the token patterns of rule i (what `AttributeRuler.patterns` lists)."""
        index = cls()
        for number, patterns in enumerate(rules):
            match_id = vocab.strings.add(str(number))  # the Matcher key AttributeRuler gives rule `number`
            for pattern in patterns:
                tests = [_token_test(token) for token in pattern]
                if not tests or any(test is None for test in tests):
                    if index.others is None:
                        index.others = Matcher(vocab)
                    index.others.add(match_id, [list(pattern)])
                    continue
                tokens = tuple(t for t in tests if t is not None)
                column = next((c for c in LOOKUP_ORDER if c in tokens[0].one_of), None)
                rule = IndexedRule(number, match_id, tokens, column)
                if column is None:
                    index.everywhere.append(rule)
                    continue
                for value in tokens[0].one_of[column]:
                    index.by_value.setdefault(column, {}).setdefault(value, []).append(rule)
        return index

    def matches(self, doc: Doc) -> list[Match]:
        found: list[Match] = []
        strings = doc.vocab.strings
        if len(doc) and (self.by_value or self.everywhere):
            rows: list[list[int]] = doc.to_array(list(COLUMNS)).tolist()
            for column, rules_by_value in self.by_value.items():
                for start, row in enumerate(rows):
                    for rule in rules_by_value.get(row[column], ()):
                        if rule.found_by_lookup or rule.matches_at(rows, start, strings):
                            found.append((rule.number, rule.match_id, start, start + rule.length))
            starts_by_value: dict[int, dict[int, list[int]]] = {}  # column -> value -> token positions
            for rule in self.everywhere:
                for start in _screened(rule, rows, starts_by_value, strings):
                    if rule.matches_at(rows, start, strings):
                        found.append((rule.number, rule.match_id, start, start + rule.length))
        if self.others is not None:
            for match_id, start, end in self.others(doc, allow_missing=True, as_spans=False):  # type: ignore[misc]
                found.append((int(strings[match_id]), match_id, start, end))
        found.sort()
        return found


def _screened(
    rule: IndexedRule,
    rows: Sequence[Sequence[int]],
    starts_by_value: dict[int, dict[int, list[int]]],
    strings: StringStore,
) -> Iterable[int]:
    """Where a rule without a lookup may start: positions whose value in its scan column passes its first
    token's test on that column (each value tested once); every position when it has no scan column."""
    column = rule.scan
    if column is None:
        return range(len(rows))
    by_value = starts_by_value.get(column)
    if by_value is None:
        by_value = starts_by_value[column] = {}
        for start, row in enumerate(rows):
            by_value.setdefault(row[column], []).append(start)
    first = rule.tokens[0]
    return [
        start
        for value, starts in by_value.items()
        if first.value_passes(column, value, strings)
        for start in starts
    ]


def _token_test(token: dict[str, Any]) -> TokenTest | None:
    """The test of one pattern token, or None when it uses anything the index does not handle."""
    test = TokenTest()
    for name, value in token.items():
        column = COLUMN_OF.get(name.upper())
        if column is None:
            return None
        if column in FLAG_COLUMNS:
            if not isinstance(value, bool):
                return None
            test.one_of[column] = frozenset({int(value)})
        elif isinstance(value, str):
            test.one_of[column] = frozenset({get_string_id(value)})
        elif isinstance(value, dict) and len(value) == 1:
            (predicate, argument), *_ = value.items()
            if predicate in ("IN", "NOT_IN") and _strings(argument):
                values = frozenset(get_string_id(v) for v in argument)
                (test.one_of if predicate == "IN" else test.none_of)[column] = values
            elif predicate == "REGEX" and isinstance(argument, str):
                test.regex[column] = re.compile(argument)
            else:
                return None
        else:
            return None
    return test


def _strings(values: object) -> bool:
    return isinstance(values, list | tuple) and all(isinstance(v, str) for v in values)


class IndexedAttributeRuler(AttributeRuler):
    """An AttributeRuler whose `match` looks its rules up by token values (same matches, same order)."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._index: tuple[Matcher, int, RuleIndex] | None = None

    def match(self, doc: Doc) -> list[Match]:
        return self._rules().matches(doc)

    def _rules(self) -> RuleIndex:
        """The index of the current rules, rebuilt when rules were added or replaced (clear, from_disk)."""
        if self._index is None or self._index[0] is not self.matcher or self._index[1] != len(self.attrs):
            rules = [self.matcher.get(str(i))[1] for i in range(len(self.attrs))]
            self._index = (self.matcher, len(self.attrs), RuleIndex.build(self.vocab, rules))
        return self._index[2]


@Language.factory("flashpoint_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def use_indexed_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> Language:
    """Replace the pipeline's attribute ruler `name` by an `IndexedAttributeRuler` with the same rules."""
    if name not in nlp.pipe_names:
        return nlp
    stock = nlp.get_pipe(name)
    if isinstance(stock, IndexedAttributeRuler) or not isinstance(stock, AttributeRuler):
        return nlp
    indexed = nlp.replace_pipe(name, "flashpoint_attribute_ruler", config={"validate": stock.validate})
    indexed.add_patterns(stock.patterns)  # type: ignore[attr-defined]
    return nlp
