"""The dashboard in Debian's chromium against a real `flashpoint serve`: map, filters, timeline brushing,
sorting, event detail with highlighted evidence, safe rendering of article text, themes, adding articles."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

ALL = 7  # tests/api/samples.py (6 events) + the hostile-text event of conftest.seed_hostile
ALL_FATALITIES = 25 + 1


def open_dashboard(page: Page, url: str) -> None:
    page.goto(url + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=15_000)


def settle(page: Page) -> None:
    """Let map animations finish before a screenshot."""
    page.wait_for_function("() => !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim')")
    page.wait_for_timeout(400)


def rows(page: Page):
    return page.locator("#events-table tbody tr[data-id]")


def test_dashboard_loads_map_list_timeline(page, server, screenshots, page_errors):
    open_dashboard(page, server.url)
    expect(page.locator("#count")).to_have_text(f"{ALL} events · {ALL_FATALITIES} fatalities")
    expect(rows(page)).to_have_count(ALL)
    # basemap drawn from the vendored Natural Earth TopoJSON, event markers or clusters on top
    page.wait_for_function("() => document.querySelectorAll('.leaflet-countries-pane path').length > 100")
    assert page.locator(".leaflet-marker-icon.cluster-icon, path.leaflet-interactive").count() > 0
    expect(page.locator(".legend")).to_contain_text("Violence against civilians")
    assert page.locator("#timeline rect.bar").count() >= 5
    footer = page.locator("footer")
    expect(footer).to_contain_text("GeoNames")
    expect(footer).to_contain_text("CC BY 4.0")
    expect(footer).to_contain_text("Natural Earth")
    # everything fits a 1280x800 window: no page scrolling, the list scrolls inside its panel
    assert page.evaluate("document.documentElement.scrollHeight") <= 800
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    settle(page)
    page.screenshot(path=str(screenshots / "dashboard.png"))
    assert page_errors == []


def test_filters_country_type_text_and_reset(page, server, screenshots):
    open_dashboard(page, server.url)
    page.select_option("#f-country", "Nigeria")
    expect(rows(page)).to_have_count(2)
    expect(page.locator("#f-admin1 option", has_text="Zamfara")).to_have_count(1)
    page.select_option("#f-type", "Attack")
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("Kaura Namoda")
    expect(page.locator("#count")).to_have_text("1 event · 7 fatalities")
    settle(page)
    page.screenshot(path=str(screenshots / "filtered.png"))
    assert "country=Nigeria" in page.get_attribute("#export-link", "href")

    page.click("#f-reset")
    expect(rows(page)).to_have_count(ALL)
    page.fill("#f-q", "Kunduz")
    expect(rows(page)).to_have_count(1)
    page.fill("#f-q", "")
    page.fill("#f-actor", "TTP")
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("Mir Ali")


def test_timeline_brush_filters_map_and_list(page, server):
    open_dashboard(page, server.url)
    box = page.locator("#timeline").bounding_box()
    assert box
    # drag across the first third of the plot: January to early February 2022
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 36, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    expect(page.locator("#f-since")).to_have_value("2022-01-14")
    shown = rows(page).count()
    assert 0 < shown < ALL
    dates = rows(page).locator("td:first-child").all_inner_texts()
    assert all(d.startswith(("2022-01", "2022-02")) for d in dates), dates
    assert page.locator("#timeline rect.brush").count() == 1
    # a click without dragging clears the selection
    page.mouse.click(box["x"] + box["width"] / 2, y)
    expect(rows(page)).to_have_count(ALL)
    expect(page.locator("#f-since")).to_have_value("")

    # the date inputs filter the same way
    page.fill("#f-since", "2022-03-01")
    page.dispatch_event("#f-since", "change")
    expect(rows(page)).to_have_count(3)


def test_sorting_by_column(page, server):
    open_dashboard(page, server.url)
    fatal = rows(page).locator("td:nth-child(5)")
    page.click("th[data-sort=fatalities]")
    expect(fatal.first).to_have_text("12")
    page.click("th[data-sort=fatalities]")
    expect(fatal.first).to_have_text("0")
    page.click("th[data-sort=event_date]")
    expect(rows(page).first.locator("td").first).to_have_text("2022-03-14")


def test_event_detail_highlights_evidence(page, server, screenshots):
    open_dashboard(page, server.url)
    rows(page).filter(has_text="Kaura Namoda").click()
    detail = page.locator("#detail")
    expect(detail).to_be_visible()
    expect(page.locator("#detail-title")).to_have_text("Attack · 1 Mar 2022")
    expect(detail.locator(".notes")).to_have_text(
        "On 1 March 2022, gunmen killed 7 villagers in Kaura Namoda (Zamfara)."
    )
    expect(detail.locator("dd[data-field=actor1]")).to_have_text("Unidentified Armed Group (Nigeria)")
    expect(detail.locator("dd[data-field=interaction]")).to_have_text("37")
    text = detail.locator(".article-text")
    expect(text.locator("mark")).to_have_count(1)
    expect(text.locator("mark")).to_have_text("The attackers shot dead seven villagers and abducted dozens.")
    full = text.inner_text()
    assert full.startswith("GUSAU: Residents said gunmen stormed Kaura Namoda town on Tuesday. ")
    assert full.endswith("Separately, soldiers arrested three suspects in Gusau on Monday.")
    expect(detail.locator(".article-meta")).to_contain_text("Premium Times")
    expect(detail.locator(".history")).to_contain_text("created")
    expect(rows(page).filter(has_text="Kaura Namoda")).to_have_class(re.compile("selected"))
    # the map centred on the event at a regional zoom, where admin-1 boundaries are drawn
    page.wait_for_function("() => document.querySelectorAll('.leaflet-admin1-pane path').length > 10")
    settle(page)
    page.screenshot(path=str(screenshots / "detail.png"))
    page.click("#detail-close")
    expect(detail).to_be_hidden()


def test_article_html_is_shown_as_text(page, server, page_errors):
    open_dashboard(page, server.url)
    rows(page).filter(has_text="Lyari").click()
    detail = page.locator("#detail")
    expect(detail.locator("mark")).to_have_text("Gunmen shot dead a shopkeeper in Lyari on Monday.")
    expect(detail.locator(".article-text")).to_contain_text('<img src=x onerror="document.title=')
    expect(detail.locator(".article-text")).to_contain_text("<script>")
    expect(detail.locator(".notes")).to_contain_text("<b>(Sindh)</b>")
    expect(detail.locator(".article-meta strong")).to_have_text("<b>Shopkeeper</b> killed")
    assert page.locator("#detail img, #detail script, #detail b, #events-table i").count() == 0
    assert page.title() == "flashpoint"
    assert page_errors == []


def test_dark_theme_and_toggle(browser, server, screenshots):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme="dark")
    page = context.new_page()
    try:
        open_dashboard(page, server.url)
        page.wait_for_function("() => document.querySelectorAll('.leaflet-countries-pane path').length > 100")
        dark_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert dark_bg == "rgb(17, 21, 28)"
        settle(page)
        page.screenshot(path=str(screenshots / "dashboard-dark.png"))
        rows(page).filter(has_text="Mir Ali").click()
        expect(page.locator("#detail mark")).to_have_count(2)  # one per source article
        settle(page)
        page.screenshot(path=str(screenshots / "detail-dark.png"))
        page.click("#detail-close")
        expect(page.locator("#theme-toggle")).to_have_text("Auto")
        page.click("#theme-toggle")  # auto -> light
        expect(page.locator("#theme-toggle")).to_have_text("Light")
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(246, 247, 249)"
        page.reload()
        page.wait_for_selector("body[data-ready=true]")
        expect(page.locator("html")).to_have_attribute("data-theme", "light")
    finally:
        context.close()


def test_add_article_with_a_wrong_token_shows_the_error(page, server):
    open_dashboard(page, server.url)
    page.click("#open-add")
    page.fill("#add-token", "not-the-token")
    page.fill("#add-input", "Some article text.")
    page.click("#add-submit")
    expect(page.locator("#add-status")).to_contain_text("invalid bearer token")
    expect(page.locator("#add-status")).to_have_class(re.compile("error"))
    assert page.evaluate("sessionStorage.getItem('flashpoint.apiToken')") is None


@pytest.mark.slow
def test_paste_article_and_see_its_events(page, fresh_server, screenshots):
    """Uses the real Pipeline (spaCy model and gazetteer) inside the server."""
    open_dashboard(page, fresh_server.url)
    expect(rows(page)).to_have_count(6)
    page.click("#open-add")
    page.fill("#add-token", fresh_server.token)
    page.fill(
        "#add-input",
        "PESHAWAR, March 20 (IANS) Three policemen were killed on Saturday when militants of the "
        "Tehreek-i-Taliban Pakistan attacked a police post in Bannu district of Khyber Pakhtunkhwa "
        "province, officials said. The attackers fled after an exchange of fire lasting an hour.",
    )
    page.fill("#add-published", "2022-03-20")
    page.fill("#add-source", "IANS")
    page.click("#add-submit")
    expect(page.locator("#add-status")).to_contain_text("Done: 1 new", timeout=120_000)
    expect(page.locator("#add-results li")).to_have_count(1)
    settle(page)
    page.screenshot(path=str(screenshots / "add-article.png"))
    assert page.evaluate("sessionStorage.getItem('flashpoint.apiToken')") == fresh_server.token

    page.locator("#add-results a").first.click()
    expect(page.locator("#add-dialog")).to_be_hidden()
    expect(rows(page)).to_have_count(7)
    expect(page.locator("#events-table tbody tr.fresh")).to_have_count(1)
    expect(page.locator("#detail-title")).to_contain_text("Armed clash")
    expect(page.locator("#detail mark").first).to_contain_text("Three policemen were killed on Saturday")


def test_merged_event_shows_every_source_and_its_history(page, server, screenshots):
    open_dashboard(page, server.url)
    expect(rows(page)).to_have_count(ALL)  # the second report did not add an event
    rows(page).filter(has_text="Mir Ali").click()
    articles = page.locator("#detail .article")
    expect(articles).to_have_count(2)
    expect(articles.nth(0).locator("mark")).to_have_text(
        "Four soldiers were killed when TTP militants attacked a checkpoint near Mir Ali on Friday."
    )
    expect(articles.nth(1).locator("mark")).to_have_text(
        "Militants stormed a checkpoint near Mir Ali late on Friday, killing four soldiers."
    )
    expect(page.locator("#detail-title")).to_have_text("Armed clash · 14 Jan 2022")
    expect(page.locator("#detail dd[data-field=source]")).to_have_text("Dawn; RFE/RL")
    history = page.locator("#detail .history li")
    expect(history.filter(has_text="merged")).to_have_count(1)
    settle(page)
    page.screenshot(path=str(screenshots / "merged-detail.png"))


def test_timeline_measure_toggle(page, server):
    open_dashboard(page, server.url)
    page.click("[data-measure=fatalities]")
    expect(page.locator("#timeline-title")).to_have_text("Fatalities per day")
    expect(page.locator("#timeline .axis text").nth(1)).to_have_text("12")  # the largest daily total
    page.click("[data-measure=events]")
    expect(page.locator("#timeline-title")).to_have_text("Events per day")


def test_dashboard_says_when_it_shows_only_the_newest_events(page, tmp_path, screenshots):
    from tests.web.server import start_server, stop_server

    small = start_server(tmp_path, env={"FLASHPOINT_DASHBOARD_MAX_EVENTS": "4"})  # 6 events seeded
    try:
        open_dashboard(page, small.url)
        expect(rows(page)).to_have_count(4)
        note = page.locator("#list-note")
        expect(note).to_contain_text("newest 4 shown")
        expect(note).to_contain_text("at most 4")
        expect(note).to_contain_text("Export CSV")
        dates = [
            page.locator("#events-table tbody tr").nth(i).locator("td").first.inner_text() for i in range(4)
        ]
        assert dates == sorted(dates, reverse=True)
        settle(page)
        page.screenshot(path=str(screenshots / "dashboard-capped.png"))
    finally:
        stop_server(small)


def test_no_note_when_every_event_is_shown(page, server):
    open_dashboard(page, server.url)
    expect(rows(page)).to_have_count(ALL)
    expect(page.locator("#list-note")).to_have_text("")
