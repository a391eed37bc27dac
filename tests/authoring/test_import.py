"""`styrcheck import`: a register (examples/register, xlsx and csv) to one file per document."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES

REGISTER = EXAMPLES / "register"
# What each bad row deserves (README.md of the example), and nothing else.
EXPECTED = ["F001 riktlinje-for-friskvard.yaml:2", "F002 riktlinje-for-arkivering.yaml:2",
            "M001 riktlinje-for-lokalbokning.yaml:6", "M001 riktlinje-for-tjansteresor.yaml:7",
            "Y003 policy-for-sociala-medier.yaml:2"]
SUMMARY = """\
styrcheck: columns: titel=Titel, typ=Dokumenttyp, beslutad_av=Beslutad av, beslutsdatum=Beslutsdatum, \
diarienummer=Diarienummer, giltig_från=Giltig från, giltig_till=Giltig till, gäller_för=Gäller för, ägare=Ägare, \
uppföljning=Aktualitetsprövning
styrcheck: wrote vision-for-exempelby-2040.yaml (row 2)
styrcheck: wrote riktlinje-for-attest.yaml (row 3)
styrcheck: wrote riktlinje-for-representation.yaml (row 4)
styrcheck: wrote riktlinje-for-skolskjuts.yaml (row 5)
styrcheck: wrote riktlinje-for-tjansteresor.yaml (row 6)
  fill in: beslutsdatum
styrcheck: wrote policy-for-sociala-medier.yaml (row 7)
  fill in: typ
styrcheck: wrote riktlinje-for-lokalbokning.yaml (row 8)
  fill in: beslutad_av
styrcheck: wrote riktlinje-for-friskvard.yaml (row 10)
  fill in: ägare
styrcheck: wrote riktlinje-for-arkivering.yaml (row 11)
  fill in: uppföljning
styrcheck: 9 files written, 0 already there, 5 need a person
"""


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "dokument"
    folder.mkdir()
    shutil.copy(REGISTER / "organisation.yaml", folder)
    monkeypatch.chdir(folder)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return folder


def written(folder: Path) -> dict[str, str]:
    """The imported files, without the line that names the register."""
    return {p.name: p.read_text(encoding="utf-8").split("\n", 1)[1] for p in sorted(folder.glob("*.yaml"))
            if p.name != "organisation.yaml"}


@pytest.mark.parametrize("register", ["forteckning.xlsx", "forteckning.csv"])
def test_import_then_validate_finds_exactly_the_bad_rows(repo, cli, register):
    done = cli("import", REGISTER / register)
    assert done.code == 0, done.err
    assert done.out == SUMMARY
    checked = cli("validate", "--format", "json", "--today", "2024-06-01")
    assert checked.findings() == EXPECTED
    # Every file the summary sends to a person has a finding, and no other file has one.
    needing = {line.split()[2] for line, nxt in zip(done.out.splitlines(), done.out.splitlines()[1:])
               if nxt.startswith("  fill in:")}
    assert needing == {finding.split()[1].split(":")[0] for finding in EXPECTED}


def test_unreadable_values_are_kept_as_comments(repo, cli):
    cli("import", REGISTER / "forteckning.xlsx", "--lang", "sv")
    text = (repo / "riktlinje-for-tjansteresor.yaml").read_text(encoding="utf-8")
    assert ("# I registret: beslutsdatum: '5/2/2023' – inte ett datum ÅÅÅÅ-MM-DD (dag och månad i annan ordning "
            "kan läsas på två sätt)\nbeslutsdatum:\n") in text
    representation = (repo / "riktlinje-for-representation.yaml").read_text(encoding="utf-8")
    assert "beslutsdatum: 2023-05-02\n" in representation and "beslutad_av: kommundirektoren\n" in representation
    assert "uppföljning: {intervall: mandatperiod}\n" in representation


def test_xlsx_csv_and_utf8_comma_csv_give_the_same_files(repo, tmp_path, cli):
    results = []
    variants = {"forteckning.xlsx": None, "forteckning.csv": None,
                "utf8.csv": (REGISTER / "forteckning.csv").read_bytes().decode("cp1252").replace(";", ",")}
    for name, text in variants.items():
        source = REGISTER / name
        if text is not None:
            source = tmp_path / name
            source.write_text(text, encoding="utf-8-sig")
        folder = tmp_path / name.replace(".", "-")
        folder.mkdir()
        shutil.copy(REGISTER / "organisation.yaml", folder)
        assert cli("import", source, "--folder", folder).code == 0
        results.append(written(folder))
    assert results[0] == results[1] == results[2] and len(results[0]) == 9


def test_never_overwrites(repo, cli):
    (repo / "riktlinje-for-attest.yaml").write_text("# ours\n", encoding="utf-8")
    done = cli("import", REGISTER / "forteckning.csv")
    assert "styrcheck: riktlinje-for-attest.yaml was already there and was not overwritten (row 3)" in done.out
    assert done.out.endswith("styrcheck: 8 files written, 1 already there, 5 need a person\n")
    assert (repo / "riktlinje-for-attest.yaml").read_text(encoding="utf-8") == "# ours\n"
    again = cli("import", REGISTER / "forteckning.csv")
    assert again.out.endswith("styrcheck: 0 files written, 9 already there, 0 need a person\n")


def test_column_mapping_by_flag_and_file(repo, tmp_path, cli):
    register = tmp_path / "egen.csv"
    register.write_text("Dokument;Sort;Organ;Datum;Start\nRiktlinje för IT;Riktlinje;ks;2024-01-10;2024-02-01\n",
                        encoding="utf-8")
    mapping = tmp_path / "kolumner.yaml"
    mapping.write_text("titel: Dokument\ntyp: Sort\nbeslutad_av: Organ\n", encoding="utf-8")
    done = cli("import", register, "--mapping", mapping, "--column", "beslutsdatum=Datum",
               "--column", "giltig_fran=Start")
    assert done.code == 0, done.err
    assert done.out.splitlines()[0] == ("styrcheck: columns: titel=Dokument, typ=Sort, beslutad_av=Organ, "
                                        "beslutsdatum=Datum, giltig_från=Start")
    text = (repo / "riktlinje-for-it.yaml").read_text(encoding="utf-8")
    assert "beslutad_av: ks\nbeslutsdatum: 2024-01-10\ngiltig_från: 2024-02-01\ngäller_för:\n" in text


@pytest.mark.parametrize(("args", "message"), [
    (["--column", "titel"], "styrcheck: --column 'titel': write FIELD=HEADING, for example titel=Dokumentnamn\n"),
    (["--column", "titl=Titel"], "styrcheck: unknown field 'titl' in the column mapping; did you mean 'titel'?\n"),
    (["--column", "titel=Namn"], "styrcheck: the register has no column 'Namn'; its columns are: Titel, Dokumenttyp, "
                                 "Beslutad av, Beslutsdatum, Diarienummer, Giltig från, Giltig till, Gäller för, "
                                 "Ägare, Aktualitetsprövning\n"),
    (["--sheet", "Blad2"], "styrcheck: there is no sheet 'Blad2'; the sheets are: Styrande dokument\n"),
])
def test_usage_errors(repo, cli, args, message):
    done = cli("import", REGISTER / "forteckning.xlsx", *args)
    assert (done.code, done.err) == (2, message)
    assert list(repo.iterdir()) == [repo / "organisation.yaml"]


def test_xlsx_without_openpyxl_says_how_to_get_it(repo, cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl raises ImportError
    done = cli("import", REGISTER / "forteckning.xlsx", "--lang", "sv")
    assert done.code == 2
    assert done.err == ("styrcheck: för att läsa .xlsx behöver styrcheck openpyxl: pip install 'styrcheck[import]' "
                        "(eller spara registret som CSV i Excel och importera det)\n")


def test_the_committed_csv_is_what_the_script_writes(tmp_path):
    copy = tmp_path / "register"
    shutil.copytree(REGISTER, copy)
    subprocess.run([sys.executable, str(copy / "make_register.py")], check=True)
    assert (copy / "forteckning.csv").read_bytes() == (REGISTER / "forteckning.csv").read_bytes()
    import openpyxl

    def rows(path: Path) -> list[tuple]:
        return list(openpyxl.load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))

    assert rows(copy / "forteckning.xlsx") == rows(REGISTER / "forteckning.xlsx")
