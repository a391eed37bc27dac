"""The G rules' variants that a single rule case cannot show, and the example repositories:
the faulty one shows every G rule, the Norrköping one none. Each test runs the CLI on a small
repository and compares the findings of one rule (place and subject, or message words)."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, write_files
from styrcheck.explain import CASES, load_case

ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")


def case_files(code: str, part: str) -> dict[str, str]:
    """A rule case's files: a valid chain of vision, programme and goal document to build on."""
    return dict(load_case(code)[part]["files"])


@pytest.fixture
def check(tmp_path, monkeypatch, cli):
    """Validate `files` on `today`; the findings of `code` as (file:line, subject, message)."""

    def run(files: dict[str, str], code: str, today: str = "2024-06-01") -> list[tuple[str, str, str]]:
        write_files(tmp_path, {"organisation.yaml": ORGANISATION, **files})
        monkeypatch.chdir(tmp_path)
        result = cli("validate", ".", "--format", "json", "--lang", "sv", "--today", today)
        assert result.code in (0, 1), result.out + result.err
        return sorted((f"{f['path']}:{f['line']}", f["subject"], f["message"])
                      for f in result.json["findings"] if f["code"] == code)

    return run


def test_the_norrkoping_example_has_no_goal_findings(cli):
    run = cli("validate", str(EXAMPLES / "norrkoping"), "--format", "json", "--today", "2026-11-23")
    assert [f for f in run.findings() if f.startswith("G")] == []


def test_too_many_goals_in_an_area(check):
    files = case_files("G002", "pass")
    extra = "".join(f"      - {{id: MO1.{n}, text: Fler barn läser varje dag., måluppfyllelse: Minst 70 procent.}}\n"
                    for n in (4, 5, 6))
    files["mal.yaml"] = files["mal.yaml"].replace("  - id: MO2\n", extra + "  - id: MO2\n")
    found = check(files, "G002")
    assert [(where, subject) for where, subject, _ in found] == [("mal.yaml:11", "MO1")]
    assert "har 6 mål" in found[0][2]


def test_goal_reference_level_leaves_missing_targets_to_h001(check):
    files = case_files("G006", "fail")
    files["uppdragsplan.yaml"] = files["uppdragsplan.yaml"].replace(
        "utgår_från: [mal-2023-2026]\n    måluppfyllelse", "utgår_från: [MO9.9]\n    måluppfyllelse")
    assert check(files, "G006") == []
    assert [where for where, _, _ in check(files, "H001")] == ["uppdragsplan.yaml:13"]


def test_an_activity_from_a_goal_area_is_no_goal_reference(check):
    files = case_files("G011", "pass")
    files["verksamhetsplan.yaml"] = files["verksamhetsplan.yaml"].replace("[BUN-2024-1]", "[MO1]")
    found = check(files, "G006", today="2023-12-15")
    assert [(where, subject) for where, subject, _ in found] == [("verksamhetsplan.yaml:12", "UK-2024-1>MO1")]
    assert "MO1 är inget mål (målområde i dokumentet mal-2023-2026)" in found[0][2]


def test_goal_areas_in_a_guideline_are_new_goals_too(check):
    files = case_files("G007", "pass")
    files["riktlinje.yaml"] += ("målområden:\n  - id: RL-MO1\n    namn: Introduktion\n"
                                "    mål: [{id: RL-1, text: Alla nyanställda har en mentor.}]\n")
    found = check(files, "G007")
    assert [(where, subject) for where, subject, _ in found] == [("riktlinje.yaml:14", "malomraden")]


def test_goals_in_an_activity_plan_belong_under_aktiviteter(check):
    """A type without `mål:` in the profile carries no goals either; a verksamhetsplan is told
    where what it does belongs."""
    files = case_files("G011", "pass")
    files["verksamhetsplan.yaml"] += "mål:\n  - {id: UK-MAL-1, text: Alla skolor har trygghetsvandringar.}\n"
    found = check(files, "G007", today="2024-03-01")
    assert [(where, subject) for where, subject, _ in found] == [("verksamhetsplan.yaml:13", "mal")]
    assert ("Dokument av typen verksamhetsplan har inga egna mål i styrmodellen, men det här dokumentet har 'mål'. "
            "Det som ska göras skrivs under 'aktiviteter'") in found[0][2]
    assert "utgår_från' till det mål i dokument av typen uppdragsplan" in found[0][2]


@pytest.mark.parametrize(("name", "key"), [("vision.yaml", "mål"), ("program.yaml", "målområden")])
def test_goals_in_a_type_the_profile_gives_none_are_reported(check, name, key):
    files = case_files("G011", "pass")
    files[name] += (f"{key}:\n  - {{id: X1, text: Norrköping är bäst.}}\n" if key == "mål" else
                    f"{key}:\n  - {{id: X1, namn: Allt, mål: [{{id: X1.1, text: Norrköping är bäst.}}]}}\n")
    found = check(files, "G007", today="2024-03-01")
    assert [subject for _, subject, _ in found] == [key.replace("å", "a")]
    assert "har inga egna mål i styrmodellen" in found[0][2]
    assert "Mål beslutas i måldokumenten (övergripande_mål, uppdragsplan)" in found[0][2]


def test_a_statutory_plan_may_carry_goals_of_its_own(check):
    """'mål: tillåtna': "lagstadgade planer är en del av den hierarki av politiska mål"."""
    files = case_files("G011", "pass")
    files["avfallsplan.yaml"] = (
        "id: avfallsplan-2025\ntyp: lagstadgad_plan\ntitel: Avfallsplan 2025–2030\nbeslutad_av: kf\n"
        "beslutsdatum: 2024-02-26\ngiltig_från: 2024-03-01\ngiltig_till: 2030-12-31\n"
        "gäller_för: hela_kommunkoncernen\nutgår_från: [mal-2023-2026]\n"
        "mål:\n  - {id: AVF-1, text: Matavfallet minskar med 20 procent till 2030.}\n")
    assert check(files, "G007", today="2024-03-01") == []
    assert check(files, "G008", today="2024-03-01") == []


@pytest.mark.parametrize("sentence", [
    "Riktlinjen följs upp och revideras senast 2026.",  # the follow-up time F002 asks for
    "Den bidrar till målet MO1.1, att minst 88 procent av eleverna ska vara behöriga.",  # quotes a goal
    "Mentorn träffar den nyanställda minst 10 gånger och högst 14 dagar efter starten.",  # no share
    "Ansökan ska vara inlämnad senast 2026-03-31.",  # a date, not a target year
])
def test_goal_like_text_leaves_ordinary_wording_alone(check, sentence):
    files = case_files("G003", "pass")  # MO1.1 exists
    files["riktlinje.yaml"] = case_files("G008", "pass")["riktlinje.yaml"] + f"  {sentence}\n"
    assert check(files, "G008") == []


@pytest.mark.parametrize("sentence, words", [
    ("Minst 90 % av de nyanställda ska ha en mentor.", "”Minst 90 %”"),
    ("Kostnaderna för introduktionen ska minska med 20 procent.", "”ska minska med 20 procent”"),
    ("Målet är att alla nyanställda ska känna sig välkomna.", "”Målet är att”"),
])
def test_goal_like_text_quotes_the_words(check, sentence, words):
    files = {"riktlinje.yaml": case_files("G008", "pass")["riktlinje.yaml"] + f"  {sentence}\n"}
    found = check(files, "G008")
    assert [where for where, _, _ in found] == ["riktlinje.yaml:11"]
    assert f"låter som ett nytt mål: {words}." in found[0][2]


def test_uncovered_goal_says_nothing_without_a_current_plan(check):
    """In 2025 the 2024 plans are over: the repository holds no current plan to take goals up."""
    assert check(case_files("G009", "fail"), "G009", today="2025-06-01") == []


def test_uncovered_goal_skips_goal_documents_no_longer_valid(check):
    files = case_files("G009", "fail")
    files["uppdragsplan-bun.yaml"] = files["uppdragsplan-bun.yaml"].replace("2024", "2027")
    assert check(files, "G009", today="2027-06-01") == []
    assert len(check(files, "G009", today="2026-06-01")) == 0  # no plan current in 2026 either
    assert len(check(files, "G009", today="2024-06-01")) == 6  # the von plan alone: MO1.x, MO3.x


@pytest.mark.parametrize("indicator, words", [
    ("{namn: Andel behöriga}", "har varken 'utgångsvärde' och 'målvärde' eller 'riktning' och 'jämförelseår'"),
    ("{namn: Andel behöriga, riktning: öka}", "saknar 'jämförelseår'"),
    ("{namn: Andel behöriga, målvärde: 88}", "saknar 'utgångsvärde'"),
])
def test_incomplete_indicator_says_what_is_missing(check, indicator, words):
    files = case_files("G010", "fail")
    files["mal.yaml"] = files["mal.yaml"].replace(
        "{namn: Andel behöriga till gymnasiet, utgångsvärde: 82, enhet: procent, källa: Skolverket}", indicator)
    found = check(files, "G010")
    assert [(where, subject) for where, subject, _ in found] == [("mal.yaml:19", "MO1.1:Andel behöriga")]
    assert words in found[0][2]


def test_goal_areas_that_cannot_be_read_are_not_counted(check):
    """A goal area without an id is M001; the list is then dropped, and G001 must not call the
    document one with 0 goal areas."""
    files = case_files("G001", "pass")
    text = files["mal.yaml"].replace("  - id: MO1\n", "  - \n", 1)
    assert text != files["mal.yaml"]
    files["mal.yaml"] = text
    assert check(files, "G001") == []
    assert [where for where, _, _ in check(files, "M001")] == ["mal.yaml:12"]


@pytest.mark.parametrize(("fulfilment", "expected"), [
    ("{beskrivning: ' '}", "empty"),
    ("{indikatorer: []}", "empty"),
    ("{indikatorer: [{namn: Andel inskrivna barn, utgångsvärde: 91 procent, målvärde: 95 procent}]}", None),
    ("Minst 95 procent inskrivna.", None),
])
def test_a_definition_of_fulfilment_with_nothing_in_it_is_called_empty(check, fulfilment, expected):
    files = case_files("G003", "fail")
    files["mal.yaml"] = files["mal.yaml"].replace(
        "{id: MO1.2, text: Fler barn går i förskola.}",
        f"{{id: MO1.2, text: Fler barn går i förskola., måluppfyllelse: {fulfilment}}}")
    found = check(files, "G003")
    if expected is None:
        assert found == []
    else:
        assert [(where, subject) for where, subject, _ in found] == [("mal.yaml:15", "MO1.2")]
        assert "Måluppfyllelsen för det övergripande målet MO1.2 är tom" in found[0][2]
