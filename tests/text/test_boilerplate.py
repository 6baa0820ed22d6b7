from __future__ import annotations

import pytest

from flashpoint.text import TextResources
from flashpoint.text.boilerplate import BoilerplateFilter


@pytest.mark.parametrize(
    "line",
    [
        "This website uses cookies to improve your experience. We'll assume you're ok with this, "
        "but you can opt-out if you wish. Accept Read More",
        "Privacy & Cookies Policy",
        "Accept Read More",
        "Read more",
        "Read more: Five things to know about the talks",
        "Share this",
        "Share this article",
        "Subscribe",
        "Subscribe to our channel",
        "Sign up for our newsletter",
        "© 2021 Some Paper. All rights reserved.",
        "All rights reserved.",
        "Follow us on Twitter and Facebook",
        "Click here to read the full report",
        "Advertisement",
        "Also read: Talks stall in the capital",
        "Facebook | Twitter | WhatsApp",
        "Tags: Pakistan, security",
    ],
)
def test_drops_boilerplate(resources: TextResources, line: str) -> None:
    assert resources.boilerplate.is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Militants who refused to subscribe to the ceasefire attacked a checkpoint, police said.",
        "Officials said the website of the ministry was hacked and cookies were stolen from users.",
        "Read more than 40 names aloud, the protesters marched to the parliament building.",
        "Click here, click there: the drone operators described their work to investigators in detail.",
        "The group said all rights reserved for the tribe had been violated when troops entered "
        "the village on Tuesday and detained eleven men, including two elders, who were later released.",
        "Advertisement boards were set on fire by rioters in the main bazaar.",
        "Share prices fell after the attack.",
    ],
)
def test_keeps_news(resources: TextResources, line: str) -> None:
    assert not resources.boilerplate.is_boilerplate(line)


def test_long_lines_are_never_dropped(resources: TextResources) -> None:
    line = "This website uses cookies " + "and the story goes on " * 20
    assert not resources.boilerplate.is_boilerplate(line)


def test_data_file_is_versioned_and_parses() -> None:
    from importlib import resources as res

    data = res.files("flashpoint.data").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    assert "version" in data.splitlines()[0]
    assert len(BoilerplateFilter.parse(data).patterns) >= 20


def test_bad_regex_is_reported() -> None:
    with pytest.raises(ValueError, match="line 2"):
        BoilerplateFilter.parse("# comment\n(unclosed\n")


@pytest.mark.parametrize("line", ["More:", "SOURCE: News agencies", "Let our news meet your inbox."])
def test_drops_page_furniture(resources: TextResources, line: str) -> None:
    assert resources.boilerplate.is_boilerplate(line)


def test_headlines_listed_under_a_bare_heading_are_dropped(resources: TextResources) -> None:
    lines = [
        "Police said two men were arrested.",
        "",
        "Related stories",
        "- Four suspects held in Multan",
        "Security tightened at courts across Punjab",
        "",
        "The court will hear the appeal next month.",
    ]
    assert resources.boilerplate.filter_lines(lines) == [
        "Police said two men were arrested.", "", "", "", "", "", "The court will hear the appeal next month."
    ]  # fmt: skip
    # a line of prose right under the heading ends the list
    assert resources.boilerplate.filter_lines(["Read more:", "The army said two soldiers died."]) == [
        "",
        "The army said two soldiers died.",
    ]


def test_a_blank_line_under_the_heading_does_not_end_the_list(resources: TextResources) -> None:
    lines = [
        "Police said two men were arrested.",
        "",
        "Related stories",
        "",
        "Gunmen kill 20 in attack on village",
        "Rebels seize key town near border",
    ]
    kept = resources.boilerplate.filter_lines(lines)
    assert kept == ["Police said two men were arrested.", "", "", "", "", ""]
    # once a headline is listed, a blank line ends the list as before
    kept = resources.boilerplate.filter_lines(["Related", "Four held in Multan", "", "Talks will resume"])
    assert kept == ["", "", "", "Talks will resume"]
