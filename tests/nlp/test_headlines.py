"""Agency revision tags blanked from the text the parser reads."""

from __future__ import annotations

import pytest

from flashpoint.nlp.headlines import blank_wire_tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blast kills 4 (Updates toll);Toll rises to 6", "Blast kills 4 " + " " * 14 + ";Toll rises to 6"),
        ("Bomb kills 4 in Quetta (Updating toll, quotes)", "Bomb kills 4 in Quetta " + " " * 23),
        ("Shelling kills three [Corrected 07/31/02]", "Shelling kills three" + " " * 21),
    ],
)
def test_revision_tags_are_blanked_in_place(text: str, expected: str) -> None:
    blanked = blank_wire_tags(text)
    assert blanked == expected
    assert len(blanked) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters attack a base",  # a hyphen inside a name
        "Police said the update-1 figure was wrong",  # no capital tag opening a headline
        "Gunmen kill 7 (including two children) in Kano",  # brackets that say what happened
        "UPDATE 2-Three killed in Kano",  # revision prefixes are left as written
    ],
)
def test_other_text_is_left_alone(text: str) -> None:
    assert blank_wire_tags(text) == text
