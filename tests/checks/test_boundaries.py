"""Every rule that counts, compares dates or ranks bodies, at its boundary: at the limit, one
inside and one outside; the first and the last valid day; the same day. Each row starts from
the rule's case (src/styrcheck/cases/CODE.yaml), changes one value and lists the findings of
the rule that the CLI then reports, by file and line."""

from __future__ import annotations

import pytest

from conftest import write_files
from styrcheck.explain import CASES, load_case

ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")


def case(code: str, part: str, *edits: tuple[str, str, str]) -> dict[str, str]:
    """The files of a rule case, with each (file, text, new text) edit made once."""
    files = dict(load_case(code)[part]["files"])
    for name, old, new in edits:
        assert old in files[name], f"{old!r} not in {code} {part} {name}"
        files[name] = files[name].replace(old, new, 1)
    return files


def goal_document(counts: list[int]) -> dict[str, str]:
    """G002's passing chain (vision, programme, goals) with goal areas holding `counts` goals."""
    files = case("G002", "pass")
    head = files["mal.yaml"].split("målområden:\n")[0]
    areas = "".join(
        f"  - id: MO{a}\n    namn: Område {a}\n    mål:\n" + "".join(
            f"      - {{id: MO{a}.{g}, text: Mål {a}.{g} nås., måluppfyllelse: Minst {g} procent.}}\n"
            for g in range(1, count + 1))
        for a, count in enumerate(counts, start=1))
    files["mal.yaml"] = f"{head}målområden:\n{areas}"
    return files


@pytest.fixture
def found(tmp_path, monkeypatch, cli):
    """The findings of `code` in `files` checked on `today`, as 'CODE file:line'."""

    def run(code: str, files: dict[str, str], today: str) -> list[str]:
        write_files(tmp_path, {"organisation.yaml": ORGANISATION, **files})
        monkeypatch.chdir(tmp_path)
        result = cli("validate", ".", "--format", "json", "--lang", "en", "--today", today)
        assert result.code in (0, 1), result.out + result.err
        return [f for f in result.findings() if f.split()[0] == code]

    return run


M011 = ("riktlinje.yaml", "beslutsdatum: 2024-06-01", "beslutsdatum: {}")
M007 = ("riktlinje.yaml", "beslutsdatum: 2024-01-15", "beslutsdatum: {}")
M006 = ("riktlinje.yaml", "giltig_till: 2027-06-30", "giltig_till: {}")
D005 = ("inriktning.yaml", "beslutsdatum: 2023-05-03", "beslutsdatum: {}")
F006 = ("vision.yaml", "horisont: 2045", "horisont: {}")
H005_START = ("vision.yaml", "giltig_från: 2016-05-01", "giltig_från: {}")
H005_END = ("vision.yaml", "giltig_från: 2016-05-01\n", "giltig_från: 2016-05-01\ngiltig_till: {}\n")
H007 = ("vision-2035.yaml", "giltig_från: 2016-05-01\n", "giltig_från: 2016-05-01\ngiltig_till: {}\n")
H008 = ("vision-2035.yaml", "giltig_till: 2024-04-30", "giltig_till: {}")
F002 = ("riktlinje.yaml", "intervall: 2 år", "intervall: {}")
F003 = ("riktlinje.yaml", "{intervall: år, senast_uppföljd: 2023-03-14}", "{{intervall: {}, senast_uppföljd: 2023-12-14}}")
G009_START = ("mal.yaml", "giltig_från: 2023-01-01", "giltig_från: {}")
G009_END = ("mal.yaml", "giltig_till: 2026-12-31", "giltig_till: {}")
F004_START = ("uppdragsplan.yaml", "giltig_från: 2024-01-01", "giltig_från: {}")
F004_END = ("uppdragsplan.yaml", "giltig_till: 2024-12-31", "giltig_till: {}")


def replaced_vision(*successors: tuple[str, str | None]) -> dict[str, str]:
    """H005's passing case with vision-2035 ending 2024-04-30 and replaced by visions that
    run (from, to): the programme (to 2026-12-31) lasts as long as the line of successors."""
    files = case("H005", "pass", on(H005_END, "2024-04-30"))
    for n, (start, end) in enumerate(successors, start=1):
        files[f"vision-{n}.yaml"] = (
            f"id: vision-ny-{n}\ntyp: vision\ntitel: Vision {n}\nbeslutad_av: kf\nbeslutsdatum: 2024-04-22\n"
            f"giltig_från: {start}\n" + (f"giltig_till: {end}\n" if end else "") +
            "horisont: 2040\ngäller_för: hela_kommunkoncernen\nersätter: [vision-2035]\n")
    return files


def guideline_under_vision(vision_end: str) -> dict[str, str]:
    """A riktlinje from 2024-03-01 (it need not last as long as its parent) deriving from
    H005's vision, which ends `vision_end`."""
    files = case("H005", "pass", on(H005_END, vision_end))
    files["riktlinje.yaml"] = (
        "id: riktlinje\ntyp: riktlinje\ntitel: Riktlinje\nbeslutad_av: ks\nbeslutsdatum: 2024-02-20\n"
        "giltig_från: 2024-03-01\ngäller_för: kommunala_organisationen\nslag: politisk_riktlinje\n"
        "ägare: kommunstyrelsens-kontor\nuppföljning: 2026-06-30\nutgår_från: [vision-2035]\n")
    return files


def on(edit: tuple[str, str, str], value: str) -> tuple[str, str, str]:
    return edit[0], edit[1], edit[2].format(value)


# (what is pinned, rule, files, today, the rule's findings)
BOUNDARIES = [
    # G001: 3-6 goal areas.
    ("G001 one area too few", "G001", goal_document([3, 3]), "2024-06-01", ["G001 mal.yaml:10"]),
    ("G001 the fewest areas", "G001", goal_document([3, 3, 3]), "2024-06-01", []),
    ("G001 the most areas", "G001", goal_document([3] * 6), "2024-06-01", []),
    ("G001 one area too many", "G001", goal_document([3] * 7), "2024-06-01", ["G001 mal.yaml:10"]),
    # G002: 3-5 goals per area.
    ("G002 one goal too few", "G002", goal_document([2, 3, 3]), "2024-06-01", ["G002 mal.yaml:11"]),
    ("G002 the fewest goals", "G002", goal_document([3, 3, 3]), "2024-06-01", []),
    ("G002 the most goals", "G002", goal_document([5, 3, 5]), "2024-06-01", []),
    ("G002 one goal too many", "G002", goal_document([3, 6, 3]), "2024-06-01", ["G002 mal.yaml:17"]),
    # D005: the start decision comes before the decision on the document.
    ("D005 start the day before", "D005", case("D005", "pass", on(D005, "2024-03-24")), "2024-06-01", []),
    ("D005 start the same day", "D005", case("D005", "pass", on(D005, "2024-03-25")), "2024-06-01",
     ["D005 inriktning.yaml:9"]),
    ("D005 start the day after", "D005", case("D005", "pass", on(D005, "2024-03-26")), "2024-06-01",
     ["D005 inriktning.yaml:9"]),
    # M011: decided in the future: today itself is not.
    ("M011 decided today", "M011", case("M011", "pass", on(M011, "2024-06-01")), "2024-06-01", []),
    ("M011 decided tomorrow", "M011", case("M011", "pass", on(M011, "2024-06-02")), "2024-06-01",
     ["M011 riktlinje.yaml:5"]),
    # M007: decided after its start; on the first valid day is in time.
    ("M007 decided the day before the start", "M007", case("M007", "pass", on(M007, "2024-01-31")), "2024-06-01", []),
    ("M007 decided on the first valid day", "M007", case("M007", "pass", on(M007, "2024-02-01")), "2024-06-01", []),
    ("M007 decided the day after the start", "M007", case("M007", "pass", on(M007, "2024-02-02")), "2024-06-01",
     ["M007 riktlinje.yaml:5"]),
    # M006: giltig_till before giltig_från; one day of validity is a period.
    ("M006 valid one day", "M006", case("M006", "pass", on(M006, "2024-07-01")), "2024-06-01", []),
    ("M006 ends the day before it starts", "M006", case("M006", "pass", on(M006, "2024-06-30")), "2024-06-01",
     ["M006 riktlinje.yaml:11"]),
    # F006: a horizon of at least ten years from the decision.
    ("F006 ten years", "F006", case("F006", "pass", on(F006, "2034")), "2024-06-01", []),
    ("F006 nine years", "F006", case("F006", "pass", on(F006, "2033")), "2024-06-01", ["F006 vision.yaml:7"]),
    # F008: expired from the day after giltig_till.
    ("F008 on the last valid day", "F008", case("F008", "fail"), "2023-05-31", []),
    ("F008 on the first day after", "F008", case("F008", "fail"), "2023-06-01", ["F008 riktlinje-2019.yaml:7"]),
    # X003: an avsteg lapses the day after its giltig_till (2024-03-31).
    ("X003 on the avsteg's last day", "X003", case("X003", "fail"), "2024-03-31", []),
    ("X003 on the day after", "X003", case("X003", "fail"), "2024-04-01", ["X003 riktlinje.yaml:15"]),
    # F003: due a year after the last follow-up (2023-03-14): overdue from the day after.
    ("F003 on the day it is due", "F003", case("F003", "fail"), "2024-03-14", []),
    ("F003 on the day after", "F003", case("F003", "fail"), "2024-03-15", ["F003 riktlinje.yaml:10"]),
    # ... but not for a riktlinje that another replaces, valid or not (giltig_till removed).
    ("F003 leaves a replaced riktlinje alone", "F003",
     case("F008", "pass", ("riktlinje-2019.yaml", "giltig_till: 2023-05-31\n", "")), "2024-06-01", []),
    ("F003 of the same riktlinje not replaced", "F003",
     case("F008", "fail", ("riktlinje-2019.yaml", "giltig_till: 2023-05-31\n", "")), "2024-06-01",
     ["F003 riktlinje-2019.yaml:10"]),
    # ... and in months, from the last follow-up (2023-12-14): 6 months is 2024-06-14.
    ("F003 six months, on the day due", "F003", case("F003", "fail", on(F003, "6 månader")), "2024-06-14", []),
    ("F003 six months, the day after", "F003", case("F003", "fail", on(F003, "6 månader")), "2024-06-15",
     ["F003 riktlinje.yaml:10"]),
    # F002: an interval counts at least one year or month.
    ("F002 an interval of one year", "F002", case("F002", "pass", on(F002, "1 år")), "2024-06-01", []),
    ("F002 an interval of one month", "F002", case("F002", "pass", on(F002, "1 månad")), "2024-06-01", []),
    ("F002 an interval of none", "F002", case("F002", "pass", on(F002, "0 år")), "2024-06-01",
     ["F002 riktlinje.yaml:10"]),
    # G009 judges goal documents current on the day: on their first and their last valid day too.
    ("G009 goals current from today", "G009", case("G009", "fail", on(G009_START, "2024-06-01")), "2024-06-01",
     ["G009 mal.yaml:26", "G009 mal.yaml:27", "G009 mal.yaml:28"]),
    ("G009 goals current until today", "G009", case("G009", "fail", on(G009_END, "2024-06-01")), "2024-06-01",
     ["G009 mal.yaml:26", "G009 mal.yaml:27", "G009 mal.yaml:28"]),
    ("G009 goals expired yesterday", "G009", case("G009", "fail", on(G009_END, "2024-05-31")), "2024-06-01", []),
    # D008: the nämnd is informed within 2 months of the start (2024-01-01).
    ("D008 on the last day", "D008", case("D008", "fail"), "2024-03-01", []),
    ("D008 on the day after", "D008", case("D008", "fail"), "2024-03-02", ["D008 verksamhetsplan.yaml:1"]),
    # F007: the kvalitetsredovisning is due 3 months after the plan's year (2023-12-31).
    ("F007 on the last day", "F007", case("F007", "fail"), "2024-03-31", []),
    ("F007 on the day after", "F007", case("F007", "fail"), "2024-04-01", ["F007 uppdragsplan-2023.yaml:7"]),
    # F004: an uppdragsplan covers one calendar year, from 1 January to 31 December.
    ("F004 from 2 January", "F004", case("F004", "pass", on(F004_START, "2024-01-02")), "2024-06-01",
     ["F004 uppdragsplan.yaml:6"]),
    ("F004 to 30 December", "F004", case("F004", "pass", on(F004_END, "2024-12-30")), "2024-06-01",
     ["F004 uppdragsplan.yaml:6"]),
    # H005: the programme (2023-01-01 to 2026-12-31) lies within the vision it derives from.
    ("H005 parent starts the same day", "H005", case("H005", "pass", on(H005_START, "2023-01-01")), "2024-06-01", []),
    ("H005 parent starts a day later", "H005", case("H005", "pass", on(H005_START, "2023-01-02")), "2024-06-01",
     ["H005 program.yaml:9"]),
    ("H005 parent ends the same day", "H005", case("H005", "pass", on(H005_END, "2026-12-31")), "2024-06-01", []),
    ("H005 parent ends a day earlier", "H005", case("H005", "pass", on(H005_END, "2026-12-30")), "2024-06-01",
     ["H005 program.yaml:9"]),
    # A riktlinje may start on its parent's last valid day, not after it (the programme, cut
    # short by the vision's end, is reported either way).
    ("H005 starts on the parent's last day", "H005", guideline_under_vision("2024-03-01"), "2024-06-01",
     ["H005 program.yaml:9"]),
    ("H005 starts the day after the parent's last", "H005", guideline_under_vision("2024-02-29"), "2024-06-01",
     ["H005 program.yaml:9", "H005 riktlinje.yaml:11"]),
    # ... and as long as the visions that take over from it without a gap.
    ("H005 a successor from the next day", "H005", replaced_vision(("2024-05-01", None)), "2024-06-01", []),
    ("H005 a successor after a day's gap", "H005", replaced_vision(("2024-05-02", None)), "2024-06-01",
     ["H005 program.yaml:9"]),
    ("H005 a successor ending too early", "H005", replaced_vision(("2024-05-01", "2025-12-31")), "2024-06-01",
     ["H005 program.yaml:9"]),
    ("H005 the successor reaching furthest", "H005",
     replaced_vision(("2024-05-01", "2025-12-31"), ("2024-05-01", None)), "2024-06-01", []),
    # H007: two visions are current at once from the day the later one starts (2024-05-01).
    ("H007 the older ends the day before", "H007", case("H007", "fail", on(H007, "2024-04-30")), "2024-06-01", []),
    ("H007 the older ends the same day", "H007", case("H007", "fail", on(H007, "2024-05-01")), "2024-06-01",
     ["H007 vision-2040.yaml:6"]),
    # H008: the replaced vision ends the day before its successor starts (2024-05-01).
    ("H008 ends the day before", "H008", case("H008", "pass", on(H008, "2024-04-30")), "2024-06-01", []),
    ("H008 ends the same day", "H008", case("H008", "pass", on(H008, "2024-05-01")), "2024-06-01",
     ["H008 vision-2040.yaml:9"]),
]


@pytest.mark.parametrize(("code", "files", "today", "expected"), [b[1:] for b in BOUNDARIES],
                         ids=[b[0] for b in BOUNDARIES])
def test_boundary(found, code, files, today, expected):
    assert found(code, files, today) == expected


def test_the_missing_report_is_named_by_its_type(tmp_path, monkeypatch, cli):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, **case("F007", "fail")})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2024-06-01", "--select", "F007")
    [finding] = run.json["findings"]
    assert "but no document of type kvalitetsredovisning derives from the plan" in finding["message"]


def test_of_two_replacements_in_force_the_newer_is_named(tmp_path, monkeypatch, cli):
    """vision-2025 is replaced twice before the programme starts: H006 names the newer."""
    files = case("H006", "fail")
    files["vision-2020.yaml"] = files["vision-2035.yaml"].replace("vision-2035", "vision-2030").replace(
        "Vision 2035", "Vision 2030").replace("giltig_från: 2016-05-01", "giltig_från: 2020-01-01").replace(
        "horisont: 2035", "horisont: 2030")
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, **files})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2024-06-01", "--select", "H006")
    [finding] = run.json["findings"]
    assert finding["message"].startswith("'vision-2025' has been replaced by 'vision-2030', valid from 2020-01-01")
