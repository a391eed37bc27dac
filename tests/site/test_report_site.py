"""`styrcheck report`: the site of examples/norrkoping and examples/felaktigt opened in headless
chromium (tests/browser.py) as a person would use it, checked against `validate --format json`,
and checked by axe-core for serious and critical accessibility violations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser import axe_script, browser_page, missing
from conftest import EXAMPLES
from lxml import html as lxml_html

from styrcheck.cli import main

SITES = {"norrkoping": "2026-11-23", "felaktigt": "2024-06-01"}


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    built = {}
    for name, today in SITES.items():
        folder = tmp_path_factory.mktemp(name) / "site"
        code = main(["report", str(EXAMPLES / name), "-o", str(folder), "--today", today, "--lang", "sv", "--no-cache"])
        assert code == 0
        built[name] = folder
    return built


def text_of(path: Path, xpath: str = "/html") -> str:
    """What a page (or the first element `xpath` finds) says, as a person reads it: its text
    with runs of white space as one space."""
    return " ".join(lxml_html.fromstring(path.read_bytes()).xpath(xpath)[0].text_content().split())


def findings_json(capsys, name: str) -> dict:
    main(["validate", str(EXAMPLES / name), "--today", SITES[name], "--lang", "sv", "--format", "json", "--no-cache"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", SITES)
def test_every_document_and_every_finding_of_validate_is_in_the_site(sites, capsys, name):
    site = sites[name]
    pages = {}  # the file each document page says it is written in -> the page's text
    listing = text_of(site / "dokument.html")
    for page in (site / "dokument").glob("*.html"):
        path = text_of(page, "//p[@class='source']").removeprefix("Skrivet i ")
        pages[path] = text_of(page)
        assert f"({text_of(page, '//dl/dd/code')})" in listing
    report = findings_json(capsys, name)
    assert len(pages) == report["summary"]["documents"]
    overview = text_of(site / "index.html")
    assert report["findings"] or name == "norrkoping", "the example has findings (norrkoping is clean on its day)"
    for finding in report["findings"]:
        where = pages.get(finding["path"], overview)
        message = " ".join(finding["message"].split())
        assert message in where, (finding["code"], finding["path"])
        assert finding["code"] in where


def test_a_person_goes_from_the_overview_to_a_document_its_parent_and_a_findings_explanation(sites):
    with browser_page() as (page, offline):
        page.goto((sites["felaktigt"] / "index.html").as_uri())
        assert page.locator("h1").inner_text() == "Översikt"
        assert "Läget den 2024-06-01" in page.locator("main").inner_text()
        worst = page.get_by_role("region", name="Dokument att rätta först")
        first = worst.get_by_role("link").first
        title = first.inner_text()
        first.click()
        assert page.locator("h1").inner_text() == title
        place = page.get_by_role("region", name="Var dokumentet hör hemma")
        parent = place.locator("dd").first.get_by_role("link").first
        parent_title = parent.inner_text()
        parent.click()
        assert page.locator("h1").inner_text() == parent_title
        # A document with findings: its first finding's explanation, then the rule's page.
        page.go_back()
        finding = page.locator("li.finding").first
        code = finding.locator("strong").first.inner_text()
        finding.locator("summary").click()
        explanation = finding.locator("details")
        assert explanation.get_attribute("open") is not None
        explanation.get_by_role("link", name=f"Regel {code}").click()
        assert page.locator("h1").inner_text().startswith(code)
        assert "Varför" in page.locator("main").inner_text()
    assert offline.refused == []


def test_the_filter_narrows_the_documents_and_the_page_works_without_javascript(sites):
    site = sites["norrkoping"]
    total = len(list((site / "dokument").glob("*.html")))
    with browser_page() as (page, offline):
        page.goto((site / "dokument.html").as_uri())
        rows = page.locator("#documents tbody tr")
        assert rows.count() == total
        page.get_by_label("Sök i titel, id och diarienummer").fill("barn- och utbildningsnämnden")
        visible = page.locator("#documents tbody tr:visible")
        assert 0 < visible.count() < total
        for text in visible.all_inner_texts():
            assert "barn- och utbildningsnämnden" in text.lower()
        assert page.get_by_role("status").inner_text() == f"{visible.count()} av {total} dokument visas."
        page.get_by_label("Sök i titel, id och diarienummer").fill("")
        page.get_by_label("Status").select_option("replaced")
        shown = page.locator("#documents tbody tr:visible")
        assert shown.count() > 0
        assert all("ersatt" in text for text in shown.all_inner_texts())
        page.get_by_label("Typ").select_option("Riktlinje")
        assert all("Riktlinje" in text for text in page.locator("#documents tbody tr:visible").all_inner_texts())
    assert offline.refused == []
    with browser_page(javascript=False) as (page, offline):
        page.goto((site / "dokument.html").as_uri())
        assert page.locator("#filter").is_hidden()
        assert page.locator("#documents tbody tr:visible").count() == total


def test_the_hierarchy_pictures_link_every_document_to_its_page(sites):
    site = sites["norrkoping"]
    pictures = sorted(site.glob("hierarki-*.svg"))
    assert pictures, "Graphviz drew the hierarchy"
    with browser_page() as (page, offline):
        page.goto((site / "hierarki.html").as_uri())
        assert page.locator("object.diagram").count() == len(pictures)
        listed = page.get_by_role("region", name="Som lista").get_by_role("link")
        assert len({link.get_attribute("href") for link in listed.all()}) == total_documents(site)
    assert offline.refused == []
    for picture in pictures:
        links = re.findall(r'xlink:href="([^"]+)"', picture.read_text(encoding="utf-8"))
        assert links
        for link in links:
            assert (site / link).is_file(), link


def total_documents(site: Path) -> int:
    return len(list((site / "dokument").glob("*.html")))


PAGE_TYPES = ["index.html", "dokument.html", "malkedjor.html", "uppfoljning.html", "avsteg.html", "hierarki.html"]


@pytest.mark.parametrize("name", SITES)
def test_no_serious_or_critical_accessibility_violation_on_any_page_type(sites, name):
    axe = axe_script()
    if axe is None:
        missing("axe-core (.ci/axe) is not installed")
    site = sites[name]
    document = sorted((site / "dokument").glob("*.html"))[0]
    rules = sorted((site / "regel").glob("*.html"))[:1]  # a page per rule a finding names
    assert rules or name == "norrkoping"
    targets = [site / p for p in PAGE_TYPES] + [document, *rules]
    with browser_page() as (page, offline):
        for target in targets:
            page.goto(target.as_uri())
            page.add_script_tag(path=str(axe))
            result = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})")
            bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                   for v in result["violations"] if v["impact"] in ("serious", "critical")]
            assert bad == [], f"{target.relative_to(site)}: {bad}"
            assert result["passes"], "axe ran its checks"
    assert offline.refused == []


def test_the_keyboard_reaches_the_content_first_through_a_visible_skip_link(sites):
    with browser_page() as (page, offline):
        page.goto((sites["norrkoping"] / "index.html").as_uri())
        page.keyboard.press("Tab")
        skip = page.locator(":focus")
        assert skip.inner_text() == "Hoppa till innehållet"
        box = skip.bounding_box()
        assert box is not None and box["x"] >= 0 and box["y"] >= 0, "shown when focused"
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
        page.keyboard.press("Tab")
        assert page.locator(":focus").get_attribute("href") is not None, "the first link in the content"
    assert offline.refused == []
