import pytest

from flashpoint.nlp.numbers import parse_count


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("four", 4), ("21", 21), ("1,200", 1200), ("twenty-one", 21), ("one hundred", 100),
        ("dozens", 12), ("several", 3), ("hundreds", 100), ("thirty five", 35), ("a dozen", 12),
        ("two dozen", 24),
    ],
)  # fmt: skip
def test_parse_count(text: str, value: int) -> None:
    assert parse_count(text) == value


@pytest.mark.parametrize("text", ["", "soldiers", "many people"])
def test_not_a_number(text: str) -> None:
    assert parse_count(text) is None
