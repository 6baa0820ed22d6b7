from __future__ import annotations

import pytest

from flashpoint.text import TextResources
from flashpoint.text.publishers import Publishers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three were killed, RFE/RL reported. The report said more died.", ["RFE/RL"]),
        ("According to Reuters, the convoy was hit twice.", ["Reuters"]),
        ("A resident told AFP that the market burned.", ["AFP"]),
        ("The state-run Xinhua news agency reported the blast.", ["Xinhua"]),
        ("Radio Free Europe/Radio Liberty reported the clash.", ["RFE/RL"]),
        ("The Associated Press said two died; the BBC said three.", ["AP", "BBC"]),
        ("The KNN reported a clash near the border.", ["KNN"]),
        ("The TTP said it carried out the attack.", []),
        ("The UN reported 40 deaths; the US reported fewer.", []),
        ("Police said the ISPR statement was false.", []),
        ("IANS reported, citing local media.", []),  # the publisher itself is not a cited source
    ],
)
def test_cited_sources(resources: TextResources, text: str, expected: list[str]) -> None:
    assert resources.citations.find(text, exclude="IANS") == expected


def test_publishers_aliases() -> None:
    publishers = Publishers.parse("# c\nAP | Associated Press\nDawn\n")
    assert publishers.canonical("Associated Press") == "AP"
    assert publishers.canonical("The Associated Press") == "AP"
    assert publishers.canonical("Dawn") == "Dawn"
    assert publishers.canonical("Nobody") is None
    bundled = Publishers.bundled()
    for name in (
        "IANS",
        "AP",
        "AFP",
        "Reuters",
        "PTI",
        "ANI",
        "Xinhua",
        "RFE/RL",
        "Dawn",
        "BBC",
        "Al Jazeera",
    ):
        assert bundled.canonical(name) == name
