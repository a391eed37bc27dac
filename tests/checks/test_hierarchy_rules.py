"""The H rules' variants that a single rule case cannot show, and the example repositories:
the faulty one shows every H rule, the Norrköping one none. Each test runs the CLI on a small
repository built from one chain (vision, programme, goals, plans) and compares the findings
of the H rules by place, subject or message words."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, ROOT, write_files
from styrcheck.explain import CASES

ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")


def document(id: str, typ: str, decided_by: str, decided: str, start: str, end: str | None = None,
             *, parents: str = "", extra: str = "") -> str:
    """One document's YAML: the header every type has, then `utgår_från` and extra lines."""
    text = (f"id: {id}\ntyp: {typ}\ntitel: {id.replace('-', ' ').capitalize()}\nbeslutad_av: {decided_by}\n"
            f"beslutsdatum: {decided}\ngiltig_från: {start}\n")
    text += f"giltig_till: {end}\n" if end else ""
    text += "gäller_för: kommunala_organisationen\n" if decided_by in ("kf", "ks") else f"gäller_för: [{decided_by}]\n"
    text += f"utgår_från: [{parents}]\n" if parents else ""
    return text + extra


def goals(prefix: str) -> str:
    lines = ["målområden:"]
    for a in (1, 2, 3):
        lines += [f"  - id: {prefix}{a}", f"    namn: Område {a}", "    mål:"]
        lines += [f"      - {{id: {prefix}{a}.{g}, text: Fler är nöjda., måluppfyllelse: Minst 80 procent.}}"
                  for g in (1, 2, 3)]
    return "\n".join(lines) + "\n"


def plan_goal(id: str, parent: str) -> str:
    return f"mål:\n  - {{id: {id}, text: Fler är nöjda., utgår_från: [{parent}], måluppfyllelse: Minst 80 procent.}}\n"


def activities(id: str, parent: str) -> str:
    return f"nämnd_informerad: {{}}\naktiviteter:\n  - {{id: {id}, text: Enkät till alla., utgår_från: [{parent}]}}\n"


def chain() -> dict[str, str]:
    """A valid chain for 2023–2026: vision, programme, goals, a budget and bun's plans for 2025."""
    return {
        "vision.yaml": document("vision-2035", "vision", "kf", "2016-04-25", "2016-05-01", extra="horisont: 2035\n"),
        "program.yaml": document("program-2023", "politiskt_program", "kf", "2022-11-28", "2023-01-01", "2026-12-31",
                                 parents="vision-2035"),
        "mal.yaml": document("mal-2023", "övergripande_mål", "kf", "2022-12-19", "2023-01-01", "2026-12-31",
                             parents="program-2023", extra=goals("MO")),
        "uppdragsplan-2025.yaml": document("up-2025", "uppdragsplan", "bun", "2024-12-10", "2025-01-01",
                                           "2025-12-31", parents="mal-2023", extra=plan_goal("BUN-2025-1", "MO1.1")),
        "verksamhetsplan-2025.yaml": document(
            "vp-2025", "verksamhetsplan", "utbildningskontoret", "2024-12-16", "2025-01-01", "2025-12-31",
            parents="up-2025", extra=activities("UK-2025-1", "BUN-2025-1").replace("{}", "2025-01-20")),
    }


@pytest.fixture
def check(tmp_path, monkeypatch, cli):
    """Validate `files` with the H rules only; their findings as (code, file:line, subject, message)."""

    def run(files: dict[str, str], today: str = "2025-06-01") -> list[tuple[str, str, str, str]]:
        write_files(tmp_path, {"organisation.yaml": ORGANISATION, **files})
        monkeypatch.chdir(tmp_path)
        result = cli("validate", ".", "--select", "H", "--format", "json", "--lang", "sv", "--today", today)
        assert result.code in (0, 1), result.out + result.err
        return sorted((f["code"], f"{f['path']}:{f['line']}", f["subject"], f["message"])
                      for f in result.json["findings"])

    return run


def places(found: list[tuple[str, str, str, str]]) -> list[tuple[str, str]]:
    return [(code, where) for code, where, _, _ in found]


def test_the_chain_itself_is_clean(check):
    assert check(chain()) == []


def test_the_norrkoping_example_has_no_hierarchy_findings(cli):
    run = cli("validate", str(EXAMPLES / "norrkoping"), "--format", "json", "--today", "2026-11-23")
    assert [f for f in run.findings() if f.startswith("H")] == []


def test_a_goal_referring_to_a_missing_goal(check):
    files = chain()
    files["uppdragsplan-2025.yaml"] = files["uppdragsplan-2025.yaml"].replace("[MO1.1]", "[MO7.4]")
    found = check(files)
    assert [(code, where, subject) for code, where, subject, _ in found] == [
        ("H001", "uppdragsplan-2025.yaml:11", "MO7.4")]


def test_a_misspelt_id_gets_a_suggestion(check):
    files = chain()
    files["program.yaml"] = files["program.yaml"].replace("[vision-2035]", "[visoin-2035]")
    [(code, _, _, message)] = check(files)
    assert code == "H001" and "Menade du 'vision-2035'?" in message


def test_a_suggestion_is_never_the_referring_document_itself(check):
    """'program-2019' is closest to the programme's own id: following that advice would make it
    replace itself (H002). The next closest id, if any, is offered instead."""
    files = chain()
    files["program.yaml"] += "ersätter: [program-2019]\n"
    [(code, _, _, message)] = check(files)
    assert code == "H001" and "Menade du" not in message
    files["program-2019.yaml"] = document("program-2018", "politiskt_program", "kf", "2018-11-26", "2019-01-01",
                                          "2022-12-31", parents="vision-2035")
    [(code, _, _, message)] = [f for f in check(files) if f[0] == "H001"]
    assert "Menade du 'program-2018'?" in message


def test_a_reference_into_a_file_that_failed_to_model_is_not_dangling(check):
    files = chain()
    # A list as a goal area's name: `målområden` is reported (M003) and dropped from the model,
    # so MO1.1 is in no model, but it is written in the file: not dangling.
    files["mal.yaml"] = files["mal.yaml"].replace("    namn: Område 1\n", "    namn: [Område 1]\n")
    assert check(files) == []


def test_a_cycle_of_three_is_reported_once_where_it_closes(check):
    files = chain()
    files["vision.yaml"] = files["vision.yaml"].replace("horisont: 2035\n", "horisont: 2035\nutgår_från: [mal-2023]\n")
    found = [f for f in check(files) if f[0] == "H002"]
    # mal-2023 is the smallest id: the vision's reference back to it closes the cycle.
    assert places(found) == [("H002", "vision.yaml:9")]
    assert "mal-2023 → program-2023 → vision-2035 → mal-2023" in found[0][3]


def test_a_document_deriving_from_itself(check):
    files = chain()
    files["mal.yaml"] = files["mal.yaml"].replace("[program-2023]", "[program-2023, mal-2023]")
    found = check(files)
    assert places(found) == [("H002", "mal.yaml:9"), ("H003", "mal.yaml:9")]
    assert "'mal-2023' utgår från sig självt" in found[0][3]


def test_a_plan_deriving_from_a_goal_of_another_plan_names_that_plan(check):
    files = chain()
    files["verksamhetsplan-2025.yaml"] = files["verksamhetsplan-2025.yaml"].replace(
        "utgår_från: [up-2025]", "utgår_från: [MO1.1]")
    found = check(files)
    assert places(found) == [("H003", "verksamhetsplan-2025.yaml:9")]
    assert "'MO1.1' finns i 'mal-2023', som är av typen övergripande_mål" in found[0][3]


def test_a_type_without_parents_names_one(check):
    outlook = document("planeringsforutsattningar-2025", "planeringsförutsättningar", "kommunstyrelsens-kontor",
                       "2024-02-15", "2024-03-01", "2029-12-31", parents="program-2023")
    found = check({**chain(), "planering.yaml": outlook})
    assert places(found) == [("H003", "planering.yaml:9")]
    assert "utgår inte från något annat styrande dokument" in found[0][3]


@pytest.mark.parametrize("parents", ["", "program-2023", "vision-2035", "mal-2023", "MO1.1"])
def test_a_guideline_may_derive_from_the_political_levels_but_need_not(check, parents):
    guideline = document("riktlinje-synpunkter", "riktlinje", "ks", "2023-05-15", "2023-06-01", parents=parents)
    assert check({**chain(), "riktlinje.yaml": guideline}) == []


def test_a_guideline_deriving_from_an_activity_plan_names_the_allowed_types(check):
    guideline = document("riktlinje-synpunkter", "riktlinje", "ks", "2025-02-15", "2025-03-01", parents="vp-2025")
    found = check({**chain(), "riktlinje.yaml": guideline})
    assert places(found) == [("H003", "riktlinje.yaml:8")]
    assert ("'vp-2025' är av typen verksamhetsplan, som ett dokument av typen riktlinje inte kan utgå från (tillåtna "
            "typer: vision, politiskt_program, övergripande_mål, lagstadgad_plan, inriktningsdokument)") in found[0][3]


def test_the_format_contracts_example_derives_from_the_programme_without_h003(check):
    """The "Every document" example of docs/format.md, as written, beside the programme it names."""
    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8").split("## Every document", 1)[1]
    example = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert "typ: riktlinje" in example and "utgår_från: [politiskt-program-2023-2026]" in example
    files = chain()
    files["program.yaml"] = files["program.yaml"].replace("id: program-2023", "id: politiskt-program-2023-2026")
    files["mal.yaml"] = files["mal.yaml"].replace("[program-2023]", "[politiskt-program-2023-2026]")
    found = check({**files, "riktlinje.yaml": example})
    # Only the document it replaces is missing here (H001); its parent is of an allowed type.
    assert [(code, subject) for code, _, subject, _ in found] == [("H001", "riktlinje-styrmodell-2018")]


@pytest.mark.parametrize(("typ", "start", "end", "expected"), [
    ("budget", "2026-01-01", "2029-12-31", []),  # a multi-year budget need only start within
    ("budget", "2027-01-01", "2030-12-31", ["after"]),
    ("uppdragsplan", "2027-01-01", "2027-12-31", ["after"]),
    ("uppdragsplan", "2022-01-01", "2022-12-31", ["before"]),
    ("årsredovisning", "2026-01-01", "2027-12-31", ["end"]),
])
def test_periods_against_the_goals(check, typ, start, end, expected):
    child = document("barn", typ, "kf" if typ != "uppdragsplan" else "bun", "2021-06-14", start, end,
                     parents="mal-2023")
    found = check({**chain(), "barn.yaml": child}, today="2022-06-01")
    keys = {"börjar gälla först": "before", "gällde bara till": "after", "gäller bara till": "end"}
    assert [key for code, _, _, message in found if code == "H005" for words, key in keys.items()
            if words in message] == expected


def test_a_vision_replaced_mid_period_does_not_cut_the_programme_short(check):
    files = chain()
    files["vision.yaml"] = files["vision.yaml"].replace("giltig_från: 2016-05-01\n",
                                                        "giltig_från: 2016-05-01\ngiltig_till: 2024-04-30\n")
    # Without a successor the programme outlives the vision it derives from ...
    assert places(check(files)) == [("H005", "program.yaml:9")]
    # ... but a vision that takes over the next day carries it to its end.
    files["vision-2040.yaml"] = document("vision-2040", "vision", "kf", "2024-04-22", "2024-05-01",
                                         extra="horisont: 2040\nersätter: [vision-2035]\n")
    assert check(files) == []


def test_deriving_from_a_replaced_plan_depends_on_when(check):
    files = chain()
    files["uppdragsplan-2026.yaml"] = document("up-2026", "uppdragsplan", "bun", "2025-12-09", "2026-01-01",
                                               "2026-12-31", parents="mal-2023",
                                               extra="ersätter: [up-2025]\n" + plan_goal("BUN-2026-1", "MO1.1"))
    assert check(files) == []  # the 2025 plan was current all of 2025
    files["verksamhetsplan-2026.yaml"] = files["verksamhetsplan-2025.yaml"].replace("2025", "2026").replace(
        "up-2026", "up-2025").replace("BUN-2026-1", "BUN-2025-1")
    found = check(files)
    assert places(found) == [("H005", "verksamhetsplan-2026.yaml:9"), ("H006", "verksamhetsplan-2026.yaml:9")]
    assert "'up-2025' har ersatts av 'up-2026'" in found[1][3]


def test_two_current_visions_are_reported_on_the_later_decision(check):
    files = chain()
    files["vision-2040.yaml"] = document("vision-2040", "vision", "kf", "2024-04-22", "2024-05-01",
                                         extra="horisont: 2040\n")
    found = check(files)
    assert [(code, where, subject) for code, where, subject, _ in found] == [
        ("H007", "vision-2040.yaml:6", "vision-2035")]
    files["vision-2040.yaml"] += "ersätter: [vision-2035]\n"  # the old one ends the day before
    assert check(files) == []


def test_a_joint_vision_does_not_count(check):
    joint = document("klimatvision", "vision", "kf", "2008-06-16", "2008-07-01",
                     extra="horisont: 2030\nsamverkan: [Linköpings kommun]\n")
    assert check({**chain(), "klimatvision.yaml": joint}) == []


def test_a_replaced_document_still_valid_is_a_warning_not_an_overlap(check):
    files = chain()
    files["vision.yaml"] = files["vision.yaml"].replace("giltig_från: 2016-05-01\n",
                                                        "giltig_från: 2016-05-01\ngiltig_till: 2035-12-31\n")
    files["vision-2040.yaml"] = document("vision-2040", "vision", "kf", "2024-04-22", "2024-05-01",
                                         extra="horisont: 2040\nersätter: [vision-2035]\n")
    found = check(files)
    assert places(found) == [("H008", "vision-2040.yaml:9")]
    assert "Sätt giltig_till i 'vision-2035' till 2024-04-30" in found[0][3]


def test_optional_parents_are_profile_data(tmp_path, monkeypatch, cli):
    """Another profile can let a type derive from a level without requiring it (folded key)."""
    outlook = document("planeringsforutsattningar-2025", "planeringsförutsättningar", "kommunstyrelsens-kontor",
                       "2024-02-15", "2024-03-01", "2029-12-31", parents="program-2023")
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, **chain(), "planering.yaml": outlook,
                           "profil/egen.yaml": "namn: Egen\nutökar: norrkoping\ndokumenttyper:\n"
                                               "  planeringsforutsattningar: {far_utga_fran: [politiskt_program]}\n"})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--select", "H", "--format", "json", "--today", "2025-06-01",
              "--profile", "profil/egen.yaml", "--exclude", "profil")
    assert run.code == 0 and run.findings() == [], run.out + run.err
