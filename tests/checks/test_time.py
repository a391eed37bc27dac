"""Time: every date rule counts from `--today`, so the same repository gives different
follow-up findings on different days, and the mandate-period calendar is the profile's."""

from __future__ import annotations

import pytest

from conftest import write_files
from styrcheck.explain import CASES, load_case

ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")

GUIDELINE = """\
id: riktlinje-introduktion
typ: riktlinje
titel: Riktlinje för introduktion av nyanställda
beslutad_av: utbildningskontoret
beslutsdatum: 2022-08-12
giltig_från: 2022-09-01
gäller_för: [utbildningskontoret]
slag: tjänstemannariktlinje
ägare: utbildningskontoret
uppföljning: {intervall: år, senast_uppföljd: 2024-03-12}
"""

TERM = """\
id: riktlinje-sommarskola
typ: riktlinje
titel: Riktlinje för sommarskola 2024
beslutad_av: utbildningskontoret
beslutsdatum: 2024-03-18
giltig_från: 2024-04-01
giltig_till: 2024-12-31
gäller_för: [utbildningskontoret]
slag: tjänstemannariktlinje
ägare: utbildningskontoret
uppföljning: 2024-10-31
"""


@pytest.fixture
def repository(tmp_path, monkeypatch):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "introduktion.yaml": GUIDELINE,
                           "sommarskola.yaml": TERM})
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("today", "expected"), [
    ("2024-06-01", []),
    # The sommarskola riktlinje's follow-up date has passed; the yearly one is not yet due.
    ("2024-11-15", ["F003 sommarskola.yaml:11"]),
    # The sommarskola riktlinje has expired (F008) and is no longer nagged about its
    # follow-up; the yearly follow-up after 2024-03-12 is now overdue.
    ("2025-03-13", ["F003 introduktion.yaml:10", "F008 sommarskola.yaml:7"]),
])
def test_the_same_repository_on_different_days(repository, cli, today, expected):
    run = cli("validate", ".", "--format", "json", "--today", today)
    assert run.findings() == expected, run.out


def test_the_follow_up_is_due_the_day_after_its_date(repository, cli):
    assert cli("validate", ".", "--format", "json", "--today", "2024-10-31").findings() == []
    assert cli("validate", ".", "--format", "json", "--today", "2024-11-01").findings() == [
        "F003 sommarskola.yaml:11"]


def test_once_per_mandate_period_is_due_by_the_end_of_the_next_period(tmp_path, monkeypatch, cli):
    # Followed up 2024-10-15, in the period 2023–2026: the next follow-up is due in 2027–2030.
    styrmodell = GUIDELINE.replace("{intervall: år, senast_uppföljd: 2024-03-12}",
                                   "{intervall: mandatperiod, senast_uppföljd: 2024-10-15}")
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": styrmodell})
    monkeypatch.chdir(tmp_path)
    assert cli("validate", ".", "--format", "json", "--today", "2030-12-31").findings() == []
    assert cli("validate", ".", "--format", "json", "--today", "2031-01-01").findings() == [
        "F003 riktlinje.yaml:10"]


def _followed_up(follow_up: str) -> str:
    return GUIDELINE.replace("{intervall: år, senast_uppföljd: 2024-03-12}", follow_up)


@pytest.mark.parametrize(("follow_up", "today", "expected", "due"), [
    # A written date is met by a follow-up on or after it; with nothing more written, nothing is
    # due, and F002 asks when the next follow-up is to be.
    ("{datum: 2024-03-01, senast_uppföljd: 2024-04-01}", "2026-06-01", ["F002 riktlinje.yaml:10"], []),
    ("{datum: 2024-03-01, senast_uppföljd: 2024-03-01}", "2026-06-01", ["F002 riktlinje.yaml:10"], []),
    # A follow-up before the date (an earlier round) does not meet it.
    ("{datum: 2024-03-01, senast_uppföljd: 2023-02-20}", "2024-06-01", ["F003 riktlinje.yaml:10"], ["2024-03-01"]),
    ("{datum: 2024-03-01}", "2024-06-01", ["F003 riktlinje.yaml:10"], ["2024-03-01"]),
    # ... unless `nästa` says when the next one is.
    ("{datum: 2024-03-01, senast_uppföljd: 2024-04-01, nästa: 2025-03-31}", "2025-03-31", [], ["2025-03-31"]),
    ("{datum: 2024-03-01, senast_uppföljd: 2024-04-01, nästa: 2025-03-31}", "2025-04-01",
     ["F003 riktlinje.yaml:10"], ["2025-03-31"]),
    ("{nästa: 2025-03-31, senast_uppföljd: 2025-04-02}", "2026-06-01", ["F002 riktlinje.yaml:10"], []),
    # With an interval, the next date follows from senast_uppföljd once the written date is met.
    ("{datum: 2024-03-01, intervall: år, senast_uppföljd: 2024-04-01}", "2025-04-01", [], ["2025-04-01"]),
    ("{datum: 2024-03-01, intervall: år, senast_uppföljd: 2024-04-01}", "2025-04-02",
     ["F003 riktlinje.yaml:10"], ["2025-04-01"]),
])
def test_a_follow_up_on_or_after_its_date_meets_it(tmp_path, monkeypatch, cli, follow_up, today, expected, due):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": _followed_up(follow_up)})
    monkeypatch.chdir(tmp_path)
    assert cli("validate", ".", "--format", "json", "--today", today).findings() == expected
    # `styrcheck due` counts the same dates
    items = cli("due", ".", "--format", "json", "--today", today, "--within", "1y").json["items"]
    assert [i["date"] for i in items if i["kind"] == "follow-up"] == due


def test_an_interval_never_followed_up_names_no_empty_date(tmp_path, monkeypatch, cli):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": _followed_up("{intervall: år}")})
    monkeypatch.chdir(tmp_path)
    for lang, words in (("sv", "riktlinjen gäller från 2022-09-01"), ("en", "the riktlinje applies from 2022-09-01")):
        run = cli("validate", ".", "--format", "json", "--lang", lang, "--today", "2024-06-01")
        [finding] = run.json["findings"]
        assert (finding["code"], finding["line"]) == ("F003", 10)
        assert "2023-09-01" in finding["message"] and words in finding["message"]
        assert "—" not in finding["message"]


def _goals(decided: str, start: str, end: str) -> str:
    areas = "".join(
        f"  - id: MO{a}\n    namn: Område {a}\n    mål:\n" + "".join(
            f"      - {{id: MO{a}.{g}, text: Mål {a}.{g}., måluppfyllelse: Minst {g}0 procent.}}\n"
            for g in (1, 2, 3))
        for a in (1, 2, 3))
    return (f"id: mal\ntyp: övergripande_mål\ntitel: Övergripande mål\nbeslutad_av: kf\n"
            f"beslutsdatum: {decided}\ngiltig_från: {start}\ngiltig_till: {end}\n"
            f"gäller_för: hela_kommunkoncernen\nutgår_från: [program]\nmålområden:\n{areas}")


def _program(start: str, end: str) -> str:
    return (f"id: program\ntyp: politiskt_program\ntitel: Politiskt program\nbeslutad_av: kf\n"
            f"beslutsdatum: 2026-10-19\ngiltig_från: {start}\ngiltig_till: {end}\n"
            f"gäller_för: hela_kommunkoncernen\nutgår_från: [vision]\n")


VISION = ("id: vision\ntyp: vision\ntitel: Vision 2040\nbeslutad_av: kf\nbeslutsdatum: 2019-04-23\n"
          "giltig_från: 2019-05-01\nhorisont: 2040\ngäller_för: hela_kommunkoncernen\n")


@pytest.mark.parametrize(("decided", "expected"), [
    # The 2026 election is on Sunday 13 September (the second Sunday of September).
    ("2026-09-13", ["D006 mal.yaml:5"]),  # on election day: still the outgoing fullmäktige
    ("2026-09-14", []),
    # The last day the profile allows: decided after the period began, on time all the same (no M007).
    ("2027-03-31", []),
    ("2027-04-01", ["D006 mal.yaml:5"]),  # one date mistake, one finding: D006's, not also M007
])
def test_goals_are_decided_after_the_election_and_early_in_the_first_year(tmp_path, monkeypatch, cli, decided,
                                                                           expected):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "vision.yaml": VISION,
                           "program.yaml": _program("2027-01-01", "2030-12-31"),
                           "mal.yaml": _goals(decided, "2027-01-01", "2030-12-31")})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--today", "2027-06-01")
    assert run.findings() == expected, run.out


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2027-01-01", "2030-12-31", []),
    ("2019-01-01", "2022-12-31", []),  # an earlier period of the same four-year cycle
    ("2027-01-01", "2031-12-31", ["F005 program.yaml:7"]),
    ("2026-10-15", "2030-10-14", ["F005 program.yaml:6"]),  # the council's term, not Norrköping's period
])
def test_mandate_periods_run_four_calendar_years_from_january_after_the_election(tmp_path, monkeypatch, cli,
                                                                                  start, end, expected):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "vision.yaml": VISION,
                           "program.yaml": _program(start, end)})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--today", "2018-06-01", "--select", "F005")
    assert run.findings() == expected, run.out


@pytest.mark.parametrize(("start", "end", "nearest"), [
    ("2024-01-01", "2030-12-31", "2027-01-01–2030-12-31"),  # the middle, 2027-07-02, lies in the later period
    ("2023-01-01", "2027-12-31", "2023-01-01–2026-12-31"),  # the middle, 2025-07-02, in the earlier one
])
def test_a_span_across_two_periods_is_told_the_period_holding_its_middle(tmp_path, monkeypatch, cli, start, end,
                                                                         nearest):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "vision.yaml": VISION,
                           "program.yaml": _program(start, end)})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2018-06-01", "--select", "F005")
    [finding] = run.json["findings"]
    assert f"The nearest mandate period is {nearest};" in finding["message"]


def test_a_budget_after_the_legal_limit_is_an_error_and_after_the_norm_a_warning(cli, tmp_path, monkeypatch):
    from styrcheck.explain import load_case

    files = dict(load_case("D007")["fail"]["files"])
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, **files})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2025-01-15")
    found = {f["path"]: (f["severity"], f["message"]) for f in run.json["findings"] if f["code"] == "D007"}
    assert found["budget-2024.yaml"][0] == "warning"
    assert "normally set by 2023-06-30" in found["budget-2024.yaml"][1]
    assert found["budget-2025.yaml"][0] == "error"
    assert "after the legal limit of 2024-11-30" in found["budget-2025.yaml"][1]
    assert run.code == 1


def _budget(decided: str, year: int) -> str:
    return (f"id: budget-{year}\ntyp: budget\ntitel: Budget {year}\nbeslutad_av: kf\nbeslutsdatum: {decided}\n"
            f"giltig_från: {year}-01-01\ngiltig_till: {year + 3}-12-31\ngäller_för: hela_kommunkoncernen\n"
            f"utgår_från: [mal]\n")


@pytest.mark.parametrize(("decided", "year", "expected"), [
    # 2026 is an election year (13 September): the newly elected fullmäktige sets the 2027 budget.
    # It cannot meet the June norm, but the legal limit (end of November) holds in an election year too.
    ("2026-06-15", 2027, None),
    ("2026-11-23", 2027, None),
    ("2026-11-30", 2027, None),
    ("2026-12-01", 2027, ("error", "lag")),
    ("2026-12-14", 2027, ("error", "lag")),
    # Before the election the outgoing fullmäktige decides: the norm still applies.
    ("2026-08-31", 2027, ("warning", "norm")),
    # Once the budget year has begun, the budget is late in an election year too.
    ("2027-01-18", 2027, ("error", "lag")),
    # 2025 is no election year: December is past the legal limit.
    ("2025-12-08", 2026, ("error", "lag")),
    # ... and the norm holds: the last day of June is in time, the first of July not.
    ("2025-06-30", 2026, None),
    ("2025-07-01", 2026, ("warning", "norm")),
    # On election day the outgoing fullmäktige still sits; from the day after, the newly elected.
    ("2026-09-13", 2027, ("warning", "norm")),
    ("2026-09-14", 2027, None),
])
def test_in_an_election_year_the_newly_elected_fullmaktige_sets_the_budget(tmp_path, monkeypatch, cli, decided,
                                                                             year, expected):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "vision.yaml": VISION,
                           "program.yaml": _program("2027-01-01", "2030-12-31"),
                           "mal.yaml": _goals("2026-11-23", "2027-01-01", "2030-12-31"),
                           "budget.yaml": _budget(decided, year)})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2027-06-01", "--select", "D007")
    found = [(f["severity"], f["line"], f["message"]) for f in run.json["findings"]]
    if expected is None:
        assert found == [], run.out
        return
    severity, variant = expected
    [(got, line, message)] = found
    assert (got, line) == (severity, 5)
    assert ("is normally set by" if variant == "norm" else "Local Government Act requires") in message


@pytest.mark.parametrize(("election_year", "decided", "year", "expected"), [
    # Elections in odd years (2023, 2027, ...): 2027's is on Sunday 12 September.
    (2023, "2027-09-12", 2028, ["D007 budget.yaml:5"]),
    (2023, "2027-09-13", 2028, []),
    # September 2024 begins on a Sunday: the second Sunday is the 8th.
    (2024, "2024-09-08", 2025, ["D007 budget.yaml:5"]),
    (2024, "2024-09-09", 2025, []),
])
def test_election_days_follow_the_profiles_cycle(tmp_path, monkeypatch, cli, election_year, decided, year, expected):
    """A budget set after the election (by the newly elected fullmäktige) is held to the legal
    limit only, under any profile's cycle of elections."""
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "budget.yaml": _budget(decided, year),
                           "profil.yaml": "utökar: norrkoping\nmandatperiod: "
                                          f"{{valår: {election_year}, längd: 4, valmånad: 9, valsöndag: 2}}\n"})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--profile", "profil.yaml", "--today", f"{year}-06-01",
              "--select", "D007")
    assert run.findings() == expected, run.out


def _guideline(follow_up: str) -> str:
    return ("id: riktlinje\ntyp: riktlinje\ntitel: Riktlinje\nbeslutad_av: kommundirektören\n"
            "beslutsdatum: 2023-05-15\ngiltig_från: 2023-06-01\ngäller_för: kommunala_organisationen\n"
            f"slag: tjänstemannariktlinje\nägare: kommunstyrelsens-kontor\nuppföljning: {follow_up}\n")


@pytest.mark.parametrize(("follow_up", "today", "words"), [
    # Once a mandate period, never followed up: by the end of the period it started in.
    ("{intervall: mandatperiod}", "2026-12-31", None),
    ("{intervall: mandatperiod}", "2027-01-01", "due by 2026-12-31 (interval: mandatperiod; the riktlinje applies"),
    # ... followed up: by the end of the next period.
    ("{intervall: mandatperiod, senast_uppföljd: 2024-02-01}", "2030-12-31", None),
    ("{intervall: mandatperiod, senast_uppföljd: 2024-02-01}", "2031-01-01",
     "due by 2030-12-31 (interval: mandatperiod; last followed up: 2024-02-01)"),
    # A written date is no interval.
    ("{datum: 2024-02-01, intervall: mandatperiod}", "2024-02-02", "due by 2024-02-01. Follow up"),
])
def test_follow_up_once_a_mandate_period(tmp_path, monkeypatch, cli, follow_up, today, words):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": _guideline(follow_up)})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "en", "--today", today, "--select", "F003")
    messages = [f["message"] for f in run.json["findings"]]
    if words is None:
        assert messages == [], run.out
    else:
        assert len(messages) == 1 and words in messages[0], run.out


def _succession_repository(kind: str) -> dict[str, str]:
    """Two documents of `kind` by kf for the whole municipality, for 2023-2025 and 2024-2026,
    the later one without `ersätter:`, beside the goals they derive from."""
    case = load_case("F008")["pass"]["files"]
    files = {"organisation.yaml": ORGANISATION, **{name: case[name] for name in ("vision.yaml", "program.yaml",
                                                                             "mal.yaml")}}
    extra = "lagrum: Miljöbalken 15 kap. 41 §\nkräver_fullmäktige: true\n" if kind == "lagstadgad_plan" else ""
    for first in (2023, 2024):
        files[f"{kind}-{first}.yaml"] = (
            f"id: {kind}-{first}\ntyp: {kind}\ntitel: {kind} {first}–{first + 2}\nbeslutad_av: kf\n"
            f"beslutsdatum: {first - 1}-06-13\ngiltig_från: {first}-01-01\ngiltig_till: {first + 2}-12-31\n"
            f"gäller_för: hela_kommunkoncernen\nutgår_från: [mal-2023-2026]\n{extra}"
        )
    return files


@pytest.mark.parametrize(("kind", "expected"), [
    # A budget is decided every year with plan years beyond it: next year's takes over
    # (efterträds_av_nästa: true in the profile).
    ("budget", []),
    # A lagstadgad plan of the same period is succeeded only by one that says so in ersätter.
    ("lagstadgad_plan", ["F008 lagstadgad_plan-2023.yaml:7"]),
])
def test_a_budget_is_succeeded_by_next_years_without_ersatter(tmp_path, monkeypatch, cli, kind, expected):
    write_files(tmp_path, _succession_repository(kind))
    monkeypatch.chdir(tmp_path)
    assert cli("validate", ".", "--format", "json", "--today", "2026-06-01").findings() == expected
