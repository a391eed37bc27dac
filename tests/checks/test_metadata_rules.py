"""The M rules' variants that a single rule case cannot show: no organisation at all, mistakes
inside organisation.yaml, two organisation files, goal ids that clash, reports decided after
their period. Each runs the CLI on a small repository and compares findings of the rule."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, write_files
from styrcheck.explain import CASES

ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")

GUIDELINE = """\
id: riktlinje-introduktion
typ: riktlinje
titel: Riktlinje för introduktion av nyanställda vid utbildningskontoret
beslutad_av: utbildningskontoret
beslutsdatum: 2024-01-15
giltig_från: 2024-02-01
gäller_för: [utbildningskontoret, vuxenutbildning]
slag: tjänstemannariktlinje
ägare: utbildningskontor
uppföljning: 2026-12-31
"""


@pytest.fixture
def check(tmp_path, monkeypatch, cli):
    """Validate `files` (name -> text) and return the findings of `code` as (file:line, subject)."""

    def run(files: dict[str, str], code: str) -> list[tuple[str, str]]:
        write_files(tmp_path, files)
        monkeypatch.chdir(tmp_path)
        result = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2024-06-01")
        assert result.code in (0, 1), result.out + result.err
        return sorted((f"{f['path']}:{f['line']}", f["subject"])
                      for f in json.loads(result.out)["findings"] if f["code"] == code)

    return run


def test_without_organisation_one_finding_says_what_to_add(check):
    second = GUIDELINE.replace("riktlinje-introduktion", "riktlinje-mentorskap")
    assert check({"a.yaml": GUIDELINE, "b.yaml": second}, "M008") == [("a.yaml:4", "organisation.yaml")]


def test_unknown_organs_in_documents_are_found_where_written(check):
    found = check({"organisation.yaml": ORGANISATION, "riktlinje.yaml": GUIDELINE}, "M008")
    assert found == [("riktlinje.yaml:7", "galler_for=vuxenutbildning"), ("riktlinje.yaml:9", "agare=utbildningskontor")]


def test_organisation_names_unknown_kinds_and_bodies(check):
    organisation = ORGANISATION.replace("slag: bolag", "slag: aktiebolag").replace(
        "slag: kontor, nämnd: bun", "slag: kontor, nämnd: bunn")
    found = check({"organisation.yaml": organisation}, "M008")
    assert found == [("organisation.yaml:12", "utbildningskontoret.namnd"), ("organisation.yaml:15", "nodra.slag")]


def test_one_broken_organ_does_not_make_every_reference_unknown(check):
    organisation = ORGANISATION.replace("{id: nodra, namn: Nodra AB, slag: bolag}", "{id: nodra, namn: Nodra AB}")
    assert check({"organisation.yaml": organisation, "riktlinje.yaml": GUIDELINE}, "M008") == [
        ("riktlinje.yaml:7", "galler_for=vuxenutbildning"), ("riktlinje.yaml:9", "agare=utbildningskontor")]


def test_second_organisation_file_is_a_duplicate(check):
    found = check({"organisation.yaml": ORGANISATION, "ovrigt/organisation.yaml": ORGANISATION}, "M005")
    assert found == [("ovrigt/organisation.yaml:3", "")]


# A riktlinje that is correct against ORGANISATION: beslutad_av on line 4.
CORRECT = GUIDELINE.replace("utbildningskontoret, vuxenutbildning", "utbildningskontoret").replace(
    "ägare: utbildningskontor\n", "ägare: utbildningskontoret\n")


@pytest.fixture
def validate(tmp_path, monkeypatch, cli):
    """Validate `files` (name -> text) with the CLI; the run, with every finding as 'CODE path:line'."""

    def run(files: dict[str, str], lang: str = "en"):
        write_files(tmp_path, files)
        monkeypatch.chdir(tmp_path)
        return cli("validate", ".", "--format", "json", "--lang", lang, "--today", "2024-06-01", "--no-cache")

    return run


@pytest.mark.parametrize("name", ["organisation.yaml", "kommunens-organ.yaml"])
def test_organisation_without_typ_is_told_to_add_typ_organisation(validate, name):
    """Named organisation.yaml, or holding a list 'organ:': the file is meant to be the organisation.
    Without it the bodies are checked as when there is no organisation file at all."""
    run = validate({name: ORGANISATION.replace("typ: organisation\n", ""), "riktlinje.yaml": CORRECT})
    assert run.code == 1
    assert run.findings() == ["M008 riktlinje.yaml:4", f"Y003 {name}:3"]
    y003, m008 = sorted(run.json["findings"], key=lambda f: f["code"], reverse=True)
    assert "'typ: organisation'" in y003["message"] and "riktlinje" not in y003["message"]
    assert m008["message"].startswith(f"The file {name} could not be read as the organisation")


def test_organisation_named_organisation_yaml_is_used_before_a_copy(validate):
    """A Windows copy sorts first, but the file named organisation.yaml is the one read."""
    copy = "".join(line for line in ORGANISATION.splitlines(keepends=True) if "id: utbildningskontoret" not in line
                   and "id: vuxenutbildningen" not in line)  # an older version, before the kontor was added
    run = validate({"organisation.yaml": ORGANISATION, "organisation - Kopia.yaml": copy, "riktlinje.yaml": CORRECT})
    assert run.code == 1
    assert run.findings() == ["M005 organisation - Kopia.yaml:3"]
    message = run.json["findings"][0]["message"]
    assert "reads organisation.yaml and not this file" in message and "remove organisation.yaml" not in message


def test_duplicate_organ_id_is_reported_and_the_first_holds(validate):
    """A body listed again under its id: reported where repeated; the kontor listed first still
    decides the riktlinje (read last, the bolag would make it a D001)."""
    company = "  - {id: utbildningskontoret, namn: Utbildningsbolaget AB, slag: bolag}\n"
    line = "  - {id: utbildningskontoret, namn: Utbildningskontoret, slag: kontor, nämnd: bun}\n"
    organisation = ORGANISATION.replace(line, line + company)
    run = validate({"organisation.yaml": organisation, "riktlinje.yaml": CORRECT})
    assert run.code == 1
    assert run.findings() == ["M005 organisation.yaml:13"]
    [finding] = run.json["findings"]
    assert "The id 'utbildningskontoret' is already used for a body on line 12 of this file (Utbildningskontoret)." \
        in finding["message"]
    assert (finding["subject"], finding["column"]) == ("organ=utbildningskontoret", 6)  # at the id
    swedish = validate({"organisation.yaml": organisation, "riktlinje.yaml": CORRECT}, lang="sv")
    assert "rad 12" in swedish.json["findings"][0]["message"]


def test_goal_ids_share_the_namespace_with_documents(check):
    plan = """\
id: uppdragsplan-bun-2024
typ: uppdragsplan
titel: Uppdragsplan för barn- och utbildningsnämnden 2024
beslutad_av: bun
beslutsdatum: 2023-12-12
giltig_från: 2024-01-01
giltig_till: 2024-12-31
gäller_för: [bun]
mål:
  - {id: BUN-1, text: Fler elever når kunskapsmålen.}
  - {id: BUN-1, text: Fler elever känner sig trygga.}
  - {id: riktlinje-introduktion, text: Alla nyanställda får en mentor.}
"""
    found = check({"organisation.yaml": ORGANISATION, "a.yaml": GUIDELINE, "b.yaml": plan}, "M005")
    assert found == [("b.yaml:11", "BUN-1"), ("b.yaml:12", "riktlinje-introduktion")]


def test_reports_are_decided_after_their_period(check):
    report = """\
id: kvalitetsredovisning-bun-2023
typ: kvalitetsredovisning
titel: Kvalitetsredovisning för barn- och utbildningsnämnden 2023
beslutad_av: bun
beslutsdatum: 2024-03-19
giltig_från: 2023-01-01
giltig_till: 2023-12-31
gäller_för: [bun]
"""
    assert check({"organisation.yaml": ORGANISATION, "r.yaml": report}, "M007") == []


@pytest.mark.parametrize("written", ["[]", "true", "[ja]", "''"])
def test_joint_document_without_partners(check, written):
    vision = f"""\
id: klimatvision
typ: vision
titel: Gemensam klimatvision
beslutad_av: kf
beslutsdatum: 2008-06-16
giltig_från: 2008-07-01
gäller_för: hela_kommunkoncernen
samverkan: {written}
"""
    assert check({"organisation.yaml": ORGANISATION, "v.yaml": vision}, "M010") == [("v.yaml:8", "samverkan")]




def test_explain_describes_files_that_are_not_text(cli):
    run = cli("explain", "Y004", "--lang", "en")
    assert "(a Windows-1252 file, saved by an older Windows program)" in run.out
    assert "base64" not in run.out


def test_wrong_shapes_are_named_in_the_users_language(tmp_path, monkeypatch, cli):
    """A list or a group of fields where a single value belongs: one message per place, in
    Swedish words (no 'mapping', no pydantic type names)."""
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "a.yaml": (
        "id: rl-1\ntyp: riktlinje\ntitel: [a]\nbeslutad_av: kf\nbeslutsdatum: [2023-01-01]\n"
        "giltig_från: 2023-01-01\ngäller_för: {kf: ja}\nuppföljning: [x]\n")})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "sv", "--no-cache")
    found = [(f["line"], f["code"], f["message"]) for f in run.json["findings"]]
    assert [(line, code) for line, code, _ in found] == [(3, "M003"), (5, "M003"), (7, "M003"), (8, "M003")]
    for _, _, message in found:
        assert "mapping" not in message and "constrained" not in message and "list[" not in message
    assert "ska vara ett enda värde, men här står en lista" in found[1][2]
    assert "ska vara en lista" in found[2][2] and "grupp av uppgifter" in found[2][2]


def test_whitespace_around_quoted_values_and_in_block_scalars_is_no_part_of_them(check):
    """' utbildningskontoret ' names the same organ; a title written as a block scalar (which
    ends in a line break) is the same title; the ids in a list are stripped like any other
    value; a required value of spaces only is empty."""
    padded = (GUIDELINE.replace("beslutad_av: utbildningskontoret", 'beslutad_av: " utbildningskontoret "')
              .replace("gäller_för: [utbildningskontoret, vuxenutbildning]", 'gäller_för: ["utbildningskontoret ", " bun"]')
              .replace("ägare: utbildningskontor\n", "ägare: '  utbildningskontoret'\n")
              .replace("titel: Riktlinje för introduktion av nyanställda vid utbildningskontoret\n",
                       "titel: |\n  Riktlinje för introduktion av nyanställda vid utbildningskontoret\n"))
    assert padded.count('"') == 6 and "titel: |" in padded
    files = {"organisation.yaml": ORGANISATION, "riktlinje.yaml": padded}
    assert check(files, "M008") == []
    blank = padded.replace('beslutad_av: " utbildningskontoret "', 'beslutad_av: "   "')
    assert check({**files, "riktlinje.yaml": blank}, "M001") == [("riktlinje.yaml:5", "beslutad_av")]


@pytest.mark.parametrize("written", ["[]", '""', "[ ]"])
def test_an_empty_scope_is_an_empty_required_field(check, written):
    empty = GUIDELINE.replace("[utbildningskontoret, vuxenutbildning]", written)
    files = {"organisation.yaml": ORGANISATION, "riktlinje.yaml": empty}
    assert check(files, "M001") == [("riktlinje.yaml:7", "galler_for")]


@pytest.mark.parametrize(("written", "line"), [
    ("[utbildningskontoret, kommunala_organisationen]", 7),
    ("\n  - hela_kommunkoncernen", 8),
    ("[Kommunala_Organisationen]", 7),
])
def test_a_scope_keyword_in_a_list_is_to_stand_alone(tmp_path, monkeypatch, cli, written, line):
    """In a list the keyword would be read as an organ id, and the decision rules would not
    know what the document applies to: M003 at the keyword, saying how to write it."""
    listed = GUIDELINE.replace(" [utbildningskontoret, vuxenutbildning]", " " + written.lstrip(" "))
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": listed})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "sv", "--today", "2024-06-01")
    [finding] = run.json["findings"]
    assert (finding["code"], finding["line"]) == ("M003", line)
    assert "ska stå ensamt i 'gäller_för', inte i en lista. Skriv 'gäller_för: " in finding["message"]
