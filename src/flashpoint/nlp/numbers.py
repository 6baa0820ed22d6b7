"""Counts written in digits or words, and ACLED's conventions for vague quantities."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "single": 1, "lone": 1, "two": 2, "both": 2, "pair": 2,
    "couple": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
# ACLED's conservative reading of vague quantities.
VAGUE = {
    "several": 3, "many": 3, "some": 3, "multiple": 3, "scores": 12, "dozens": 12, "tens": 12,
    "numerous": 3, "hundreds": 100, "thousands": 1000, "few": 3, "a few": 3, "at least": 0,
}  # fmt: skip


def parse_count(text: str) -> int | None:
    """'four' -> 4, '21' -> 21, 'twenty-one' -> 21, 'dozens' -> 12, '1,200' -> 1200; None otherwise."""
    low = text.lower().strip().replace(",", "")
    if not low:
        return None
    if re.fullmatch(r"\d+", low):
        return int(low)
    if low in VAGUE:
        return VAGUE[low] or None
    words = re.split(r"[\s-]+", low)
    total = 0
    current = 0
    seen = False
    for word in words:
        if word in ("and",):
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif re.fullmatch(r"\d+", word):
            current += int(word)
        else:
            return None
        seen = True
    return total + current if seen else None
