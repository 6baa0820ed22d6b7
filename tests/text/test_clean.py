from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.errors import EmptyInput
from flashpoint.schema import Article
from flashpoint.text import clean

from .conftest import DATA


def _article(**fields: object) -> Article:
    return Article(origin="test", **fields).ensure_id()


def test_seed_article(seed_text: str) -> None:
    result = clean(_article(text=seed_text))
    assert result.publisher == "IANS"
    assert result.published == dt.date(2022, 1, 15)
    assert result.published_inferred is True
    assert result.cited_sources == ["RFE/RL"]
    assert result.dateline_place == "New Delhi"
    assert result.title == "Pakistan’s violent insurgency galvanised by Taliban takeover"
    assert "cookies" not in result.text
    assert "Privacy & Cookies Policy" not in result.text
    assert result.text.startswith("New Delhi, Jan 15 (IANS) When the Taliban")
    assert result.text[result.body_start :].startswith("When the Taliban seized control")
    assert result.text.endswith("the report added.")
    assert "\n\n\n" not in result.text
    assert result.text.count("\n\n") == 12  # 13 body paragraphs; the headline and the banner are gone
    evidence = "The militant group claimed responsibility for the killing of four Pakistani soldiers"
    assert evidence in result.text


def test_metadata_published_wins_over_dateline(seed_text: str) -> None:
    result = clean(_article(text=seed_text, published=dt.date(2022, 1, 16)))
    assert result.published == dt.date(2022, 1, 16)
    assert result.published_inferred is False


def test_year_not_inferred_without_a_full_date() -> None:
    text = "Kabul, Jan 3 (Reuters) - A bomb went off near a mosque, officials said.\n\nNo one was hurt."
    result = clean(_article(text=text))
    assert result.publisher == "Reuters"
    assert result.published is None
    assert result.published_inferred is False


def test_wire_text_fixture() -> None:
    text = (DATA / "wire_quetta.txt").read_text(encoding="utf-8")
    result = clean(_article(text=text))
    assert result.title == "Gunmen attack checkpoint near Quetta"
    assert result.publisher == "Reuters"
    assert result.dateline_place == "Quetta"
    assert result.dateline_country == "Pakistan"
    assert result.published == dt.date(2023, 3, 3)
    assert result.published_inferred is True
    assert result.cited_sources == ["Dawn"]
    for junk in ("Advertisement", "Share this", "Sign up", "All rights reserved"):
        assert junk not in result.text
    assert result.text[result.body_start :].startswith("Gunmen opened fire")
    assert result.text.count("\n\n") == 2


def test_title_given_is_not_prepended_and_duplicate_heading_dropped() -> None:
    text = "Gunmen attack checkpoint\n\nGunmen opened fire on a checkpoint, police said."
    result = clean(_article(text=text, title="Gunmen attack checkpoint"))
    assert result.text == "Gunmen opened fire on a checkpoint, police said."
    assert result.title == "Gunmen attack checkpoint"


def test_html_footer_copyright_is_not_a_date() -> None:
    html = (DATA / "footer_copyright.html").read_text(encoding="utf-8")
    result = clean(_article(html=html, url="https://example.org/karachi"))
    assert result.published is None
    assert result.title is not None and result.title.startswith("Protest turns violent in Karachi")
    assert result.dateline_place == "Karachi"
    assert result.text[result.body_start :].startswith("Demonstrators angered by long power cuts")
    assert "Subscribe" not in result.text
    assert "cookies" not in result.text
    assert "Copyright" not in result.text
    assert not result.text.startswith("Protest turns violent")  # the heading is the title, not body text
    assert "\n\n" in result.text and "\n\n\n" not in result.text


def test_html_meta_date_beats_dateline_inference() -> None:
    html = (DATA / "meta_date.html").read_text(encoding="utf-8")
    result = clean(_article(html=html))
    assert result.published == dt.date(2023, 6, 12)
    assert result.published_inferred is False
    assert result.publisher == "AFP"
    assert result.dateline_place == "Miramshah"
    assert "Follow us" not in result.text


def test_html_json_ld_date() -> None:
    html = (DATA / "jsonld_date.html").read_text(encoding="utf-8")
    result = clean(_article(html=html))
    assert result.published == dt.date(2024, 2, 5)
    assert result.text.startswith("Fighting broke out")


def test_publisher_from_article_source_when_no_dateline() -> None:
    result = clean(
        _article(text="Three people were killed in a blast, police said.", source="The Express Tribune")
    )
    assert result.publisher == "The Express Tribune"
    assert result.body_start == 0


def test_nothing_left_raises_empty_input() -> None:
    with pytest.raises(EmptyInput):
        clean(_article(text="Advertisement\n\nShare this\n\nSubscribe"))


def test_crlf_and_spaces_normalised() -> None:
    result = clean(_article(text="ISLAMABAD: First  line\r\nstill first.\r\n\r\n\r\nSecond\u00a0para."))
    assert result.text == "ISLAMABAD: First line\nstill first.\n\nSecond para."
    assert result.dateline_place == "Islamabad"
    assert result.text[result.body_start :].startswith("First line")


def test_heading_matching_part_of_the_title_is_removed() -> None:
    text = "Is the ceasefire holding?\n\nShelling resumed on the front line on Monday, officials said."
    result = clean(_article(text=text, title="Analysis | Is the ceasefire holding?"))
    assert result.text.startswith("Shelling resumed")


def test_non_iso_time_element_date() -> None:
    html = (
        '<html><body><time datetime="Wed Nov 20 2019 08:00:58 GMT+0000">yesterday</time>'
        "<p>Two soldiers were wounded when a mine exploded under their vehicle near the border, "
        "the army said in a statement issued late in the evening.</p></body></html>"
    )
    assert clean(_article(html=html)).published == dt.date(2019, 11, 20)


def test_dateline_after_byline() -> None:
    text = (
        "Blast hits bus terminal\n\nBy Our Correspondent\n\nPESHAWAR: A bomb exploded at a bus terminal on "
        "Friday, killing one person, police said."
    )
    result = clean(_article(text=text))
    assert result.title == "Blast hits bus terminal"
    assert result.dateline_place == "Peshawar"
    assert result.text[result.body_start :].startswith("A bomb exploded")


@pytest.mark.parametrize(
    "block",
    ["By Mukhtar Ahmed, Gusau", "Staff Correspondent, Chattogram", "Our Correspondent\nSeptember 18, 2024",
     "TOLOnews\nKabul", "by Martin Fornusek\nMay 20, 2024 10:14 AM"],
)  # fmt: skip
def test_headline_over_a_byline_block_is_the_title(block: str) -> None:
    # no dateline follows, but the byline or the outlet's name under it shows the first line is the headline
    text = f"Bandits kill three in Zamfara community\n\n{block}\n\nArmed bandits have killed three people."
    result = clean(_article(text=text))
    assert result.title == "Bandits kill three in Zamfara community"
    assert result.text == "Armed bandits have killed three people."


def test_a_deck_between_the_headline_and_the_byline_goes_with_the_headline() -> None:
    text = (
        "Traders protest lawlessness in southern districts\n\nShutter-down strike observed in three towns; "
        "police use tear gas in Bannu\n\nBy Our Correspondent\nPublished: February 10, 2024\n\nTraders "
        "staged protests on Friday."
    )
    result = clean(_article(text=text))
    assert result.title == "Traders protest lawlessness in southern districts"
    assert result.text == "Traders staged protests on Friday."


def test_a_short_first_sentence_over_a_paragraph_is_no_title() -> None:
    text = "Two soldiers were killed in Kidal\n\nThe army said the attack came at dawn."
    assert clean(_article(text=text)).title is None


def test_character_references_in_plain_text_are_decoded() -> None:
    # feeds and scrapes leave entities in their text; a bare ampersand is kept as written
    result = clean(_article(text="Shelling hit Dar&#8217;a and Homs; R&D and AT&amp;T staff fled."))
    assert result.text == "Shelling hit Dar\u2019a and Homs; R&D and AT&T staff fled."


def test_verbs_glued_to_a_name_in_wire_headlines_are_split() -> None:
    result = clean(_article(text="Boko Haramkills 48 fish vendors; Peshmerga killsIslamic State fighter"))
    assert result.text == "Boko Haram kills 48 fish vendors; Peshmerga kills Islamic State fighter"
    # words that merely end in such a verb stay whole
    kept = "Skills training for unskilled and Semi workers"
    assert clean(_article(text=kept)).text == kept
