"""The mistakes a Swedish registrar makes most often get a message that says what to write:
a date in another form gets the ISO date it stands for, several ids in one text are told to be
a list, and an organ or scope named by its name gets its id. Each runs the CLI on a small
repository and compares the exact message and line."""

from __future__ import annotations

import json

import pytest

from conftest import write_files
from test_metadata_rules import CORRECT, ORGANISATION

# A riktlinje that is correct against ORGANISATION, with a title short enough to be quoted whole.
GUIDELINE = CORRECT.replace(" vid utbildningskontoret\n", "\n", 1)


@pytest.fixture
def messages(tmp_path, monkeypatch, cli):
    """Validate the guideline with `replace` applied (old -> new) and return the findings of
    `code` as (line, message), in `lang`."""

    def run(replace: dict[str, str], code: str, lang: str = "en") -> list[tuple[int, str]]:
        text = GUIDELINE
        for old, new in replace.items():
            text = text.replace(old, new)
        write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": text})
        monkeypatch.chdir(tmp_path)
        result = cli("validate", ".", "--format", "json", "--lang", lang, "--today", "2024-06-01")
        assert result.code in (0, 1), result.out + result.err
        return [(f["line"], f["message"]) for f in json.loads(result.out)["findings"] if f["code"] == code]

    return run


def _write_instead(written: str, iso: str) -> str:
    return f"'beslutsdatum' must be a date written YYYY-MM-DD: write {iso} instead of '{written}'."


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2023-5-2", "2023-05-02"),
        ("2023/05/02", "2023-05-02"),
        ("20230502", "2023-05-02"),
        ("23-05-02", "2023-05-02"),
        ("31/12/2023", "2023-12-31"),
        ("12/31/2023", "2023-12-31"),
        ("2 maj 2023", "2023-05-02"),
        ("2:a maj 2023", "2023-05-02"),
        ("3 okt. 2023", "2023-10-03"),
        ("17 Februari 2023", "2023-02-17"),
        ("1 december 2023", "2023-12-01"),
        ("2023-05-02 10:30", "2023-05-02"),
        ("2023-05-02T10:30:00Z", "2023-05-02"),
    ],
)
def test_a_date_in_another_form_gets_the_iso_date_to_write(messages, written, iso):
    assert messages({"2024-01-15": written}, "M003") == [(5, _write_instead(written, iso))]


def test_a_date_that_reads_two_ways_names_both(messages):
    assert messages({"2024-01-15": "5/2/2023"}, "M003") == [
        (5, "'5/2/2023' in 'beslutsdatum' can be read two ways: day/month gives 2023-02-05, month/day gives "
            "2023-05-02. Write the date as YYYY-MM-DD, for example 2023-02-05.")
    ]
    assert messages({"2024-01-15": "5/2/2023"}, "M003", "sv") == [
        (5, "'5/2/2023' i 'beslutsdatum' kan läsas på två sätt: dag/månad ger 2023-02-05, månad/dag ger "
            "2023-05-02. Skriv datumet på formen ÅÅÅÅ-MM-DD, till exempel 2023-02-05.")
    ]


def test_an_excel_serial_is_read_as_excel_counts_days(messages):
    assert messages({"2024-01-15": "45048"}, "M003") == [
        (5, "'45048' in 'beslutsdatum' looks like a date from Excel (days counted from 1900); it is 2023-05-02. "
            "Write the date as YYYY-MM-DD, for example 2023-05-02.")
    ]


@pytest.mark.parametrize(
    ("written", "days", "last"),
    [("2023-02-30", 28, "2023-02-28"), ("2024-02-30", 29, "2024-02-29"), ("31/4/2023", 30, "2023-04-30")],
)
def test_a_day_the_month_does_not_have_names_its_last_day(messages, written, days, last):
    assert messages({"2024-01-15": written}, "M003") == [
        (5, f"'{written}' in 'beslutsdatum' is no date that exists: the month has {days} days. Did you mean the "
            f"month's last day, {last}?")
    ]


@pytest.mark.parametrize("written", ["hej", "13/13/2023", "2023-13-01"])
def test_what_is_no_date_at_all_gets_the_general_message(messages, written):
    assert messages({"2024-01-15": written}, "M003") == [
        (5, f"'beslutsdatum' must be a date written YYYY-MM-DD, for example 2024-01-31; '{written}' is not a "
            "valid date.")
    ]


def test_several_ids_in_one_text_are_told_to_be_a_list(messages):
    found = messages({"ägare: utbildningskontoret\n": "ägare: utbildningskontoret\nutgår_från: a, b\n"}, "M003")
    assert found == [
        (10, "'utgår_från: a, b' is several values in one text. Write them as a list: 'utgår_från: [a, b]' (or one "
             "line per value starting with -).")
    ]
    assert messages({"[utbildningskontoret]": "bun,von"}, "M003") == [
        (7, "'gäller_för: bun,von' is several values in one text. Write them as a list: 'gäller_för: [bun, von]' (or "
            "one line per value starting with -).")
    ]


def test_the_scope_keyword_written_as_words_is_suggested(messages):
    assert messages({"[utbildningskontoret]": "Kommunala organisationen"}, "M008") == [
        (7, "'gäller_för: Kommunala organisationen' – there is no body with the id 'Kommunala organisationen' in "
            "organisation.yaml. Did you mean 'kommunala_organisationen'?")
    ]


def test_an_organ_named_by_its_name_gets_its_id(messages):
    assert messages({"beslutad_av: utbildningskontoret": "beslutad_av: Kommunstyrelsen"}, "M008") == [
        (4, "'beslutad_av: Kommunstyrelsen' – there is no body with the id 'Kommunstyrelsen' in organisation.yaml. "
            "Did you mean 'ks'?")
    ]


def _syntax(tmp_path, monkeypatch, cli, text: str) -> list[tuple[int, int, str]]:
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": text})
    monkeypatch.chdir(tmp_path)
    result = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2024-06-01")
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.out)["findings"] if f["code"] == "Y001"]


@pytest.mark.parametrize("last", [False, True], ids=["middle", "last-line"])
def test_a_colon_without_a_space_is_found_on_its_own_line(tmp_path, monkeypatch, cli, last):
    text = GUIDELINE.replace("titel: ", "titel:")
    if last:  # the mistake on the file's last line
        text = "\n".join(line for line in text.splitlines() if not line.startswith("titel")) + "\ntitel:Riktlinje\n"
    line = 10 if last else 3
    title = "Riktlinje" if last else "Riktlinje för introduktion av nyanställda"
    assert _syntax(tmp_path, monkeypatch, cli, text) == [
        (line, 1, "A space is missing after the colon, so YAML reads no 'name: value' line here. "
                  f"Write titel: {title}.")
    ]


def test_a_non_breaking_space_after_a_colon_is_found_on_its_own_line(tmp_path, monkeypatch, cli):
    text = GUIDELINE.replace("beslutad_av: ", "beslutad_av:\u00a0")
    assert _syntax(tmp_path, monkeypatch, cli, text) == [
        (4, 1, "After the colon stands a non-breaking space (often pasted from Word), which YAML does not count as a "
               "space. Replace it with an ordinary space: beslutad_av: utbildningskontoret.")
    ]


def test_a_line_without_a_colon_is_found_on_its_own_line(tmp_path, monkeypatch, cli):
    text = GUIDELINE.replace("beslutad_av: ", "beslutad_av ")
    assert _syntax(tmp_path, monkeypatch, cli, text) == [
        (4, 1, "A colon (:) is missing after the name on this line, or a line has too little or too much "
               "indentation. Write 'name: value'.")
    ]


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("en", "2 errors, 0 warnings, 0 info in 2 files (0 documents among them)"),
        ("sv", "2 fel, 0 varningar, 0 info i 2 filer (varav 0 dokument)"),
    ],
)
def test_the_summary_counts_findings_in_files_and_the_documents_among_them(tmp_path, monkeypatch, cli, lang, summary):
    """A document whose required date is unreadable is no document, yet its findings are in a
    file: the summary says so rather than '2 errors in 0 documents (2 files)'."""
    text = GUIDELINE.replace("2024-01-15", "15/1/2024").replace("2024-02-01", "1 feb 2024")
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": text})
    monkeypatch.chdir(tmp_path)
    result = cli("validate", ".", "--lang", lang, "--today", "2024-06-01")
    assert result.code == 1
    assert result.out.strip().splitlines()[-1] == summary
