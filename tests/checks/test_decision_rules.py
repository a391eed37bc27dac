"""Families D, F, V and X from the user's side: the ladders of D002 and D003, deviations, the
example repositories, and the explanations."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, write_files
from styrcheck.explain import CASES

ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")
CODES = {*(f"D00{n}" for n in range(1, 9)), *(f"F00{n}" for n in range(1, 10)), "V001", "X001", "X002"}


def guideline(decided_by: str, scope: str, *, kind: str = "politisk_riktlinje", extra: str = "") -> str:
    return (f"id: riktlinje\ntyp: riktlinje\ntitel: Riktlinje\nbeslutad_av: {decided_by}\nbeslutsdatum: 2024-02-20\n"
            f"giltig_från: 2024-03-01\ngäller_för: {scope}\nslag: {kind}\nägare: kommunstyrelsens-kontor\n"
            f"uppföljning: 2026-06-30\n{extra}")


@pytest.fixture
def check(tmp_path, monkeypatch, cli):
    """Validate one riktlinje against the standard organisation; its findings as (code, message)."""

    def run(text: str, *args: str) -> list[tuple[str, str]]:
        write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": text})
        monkeypatch.chdir(tmp_path)
        result = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2024-06-01", *args)
        assert result.code in (0, 1), result.err
        return [(f["code"], f["message"]) for f in result.json["findings"]]

    return run


@pytest.mark.parametrize(("decided_by", "scope", "kind", "expected"), [
    # political ladder: nämnd < kommunstyrelse < kommunfullmäktige
    ("von", "[von]", "politisk_riktlinje", None),
    ("ks", "[von]", "politisk_riktlinje", ("D002", "Vård- och omsorgsnämnden should decide it")),
    ("kf", "[von]", "politisk_riktlinje", ("D002", "Vård- och omsorgsnämnden should decide it")),
    ("bun", "[von]", "politisk_riktlinje", ("D003", "The lowest level whose area covers it is Vård- och omsorgsnämnden")),
    ("von", "[vard-och-omsorgskontoret]", "politisk_riktlinje", None),  # a kontor lies in its nämnd's area
    ("bun", "[vuxenutbildningen]", "politisk_riktlinje", None),  # an enhet in its kontor's nämnd's area
    ("von", "[bun, von]", "politisk_riktlinje", ("D003", "That is for Kommunstyrelsen to decide")),
    ("ks", "[bun, von]", "politisk_riktlinje", None),
    ("ks", "kommunala_organisationen", "politisk_riktlinje", None),
    ("kf", "kommunala_organisationen", "politisk_riktlinje", ("D002", "The lowest level that decides on it is "
                                                                      "Kommunstyrelsen")),
    ("ks", "hela_kommunkoncernen", "politisk_riktlinje", ("D003", "which is for Kommunfullmäktige to decide")),
    ("ks", "[nodra]", "politisk_riktlinje", ("D003", "which is for Kommunfullmäktige to decide")),
    ("kf", "hela_kommunkoncernen", "politisk_riktlinje", None),
    # official ladder: kontorschef < kommundirektör
    ("utbildningskontoret", "[utbildningskontoret]", "tjänstemannariktlinje", None),
    ("utbildningskontoret", "[vuxenutbildningen]", "tjänstemannariktlinje", None),
    ("utbildningskontoret", "[bun]", "tjänstemannariktlinje", None),  # the one kontor serving bun
    ("kommundirektören", "[utbildningskontoret]", "tjänstemannariktlinje",
     ("D002", "Utbildningskontoret should decide it")),
    ("utbildningskontoret", "kommunala_organisationen", "tjänstemannariktlinje",
     ("D003", "That is for Kommundirektören to decide")),
    ("kommundirektören", "kommunala_organisationen", "tjänstemannariktlinje", None),
    ("kommundirektören", "hela_kommunkoncernen", "tjänstemannariktlinje",
     ("D003", "The decision is for Kommunfullmäktige")),
    # across the ladders
    ("von", "[vard-och-omsorgskontoret]", "tjänstemannariktlinje",
     ("D002", "decided by the official organisation, here by Vård- och omsorgskontoret")),
    ("vard-och-omsorgskontoret", "[von]", "politisk_riktlinje",
     ("D003", "which the official organisation (Vård- och omsorgskontoret) cannot take")),
])
def test_the_lowest_possible_level(check, decided_by, scope, kind, expected):
    found = [(code, message) for code, message in check(guideline(decided_by, scope, kind=kind))
             if code in ("D002", "D003")]
    if expected is None:
        assert found == []
    else:
        assert [code for code, _ in found] == [expected[0]]
        assert expected[1] in found[0][1]


NO_COUNCIL = "".join(line for line in ORGANISATION.splitlines(keepends=True) if "id: kf," not in line)


@pytest.mark.parametrize(("decided_by", "kind", "words"), [
    # No body on the officials' side covers the koncern, and without a fullmäktige nobody on the other does.
    ("kommundirektören", "tjänstemannariktlinje",
     {"sv": "i organisationen finns inget organ som får besluta om dokument av typen riktlinje och har ett så "
            "vitt mandat",
      "en": "the organisation has no body that may decide documents of type riktlinje with a mandate that wide"}),
    # A political decision taken by a kontor, and no political body in the organisation covers the koncern.
    ("kommunstyrelsens-kontor", "politisk_riktlinje",
     {"sv": "men i organisationen finns inget politiskt organ som får besluta om dokument av typen riktlinje och "
            "vars mandat omfattar hela_kommunkoncernen",
      "en": "but the organisation has no political body that may decide documents of type riktlinje with a "
            "mandate covering hela_kommunkoncernen"}),
])
def test_when_no_body_may_decide_the_message_names_none(tmp_path, monkeypatch, cli, decided_by, kind, words):
    write_files(tmp_path, {"organisation.yaml": NO_COUNCIL,
                           "riktlinje.yaml": guideline(decided_by, "hela_kommunkoncernen", kind=kind)})
    monkeypatch.chdir(tmp_path)
    for lang in ("sv", "en"):
        run = cli("validate", ".", "--format", "json", "--lang", lang, "--today", "2024-06-01")
        assert run.findings() == ["D003 riktlinje.yaml:4"], run.out
        message = run.json["findings"][0]["message"]
        assert words[lang] in message
        assert "—" not in message


def _placeholder_gaps(message: str) -> list[str]:
    """Signs of a placeholder filled with nothing: a dash for a missing name, empty quotes or brackets."""
    return [sign for sign in ("—", "''", "()", "( ", " ,", " .", "  ") if sign in message]


@pytest.mark.parametrize("code", sorted(c for c in CODES if c.startswith("D")))
def test_no_decision_message_prints_an_empty_value(tmp_path, monkeypatch, cli, code):
    from styrcheck.explain import load_case

    files = {"organisation.yaml": ORGANISATION, **load_case(code)["fail"]["files"]}
    write_files(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    for lang in ("sv", "en"):
        run = cli("validate", ".", "--format", "json", "--lang", lang, "--today", "2024-06-01", "--select", code)
        messages = [f["message"] for f in run.json["findings"]]
        assert messages, run.out
        assert [message for message in messages if _placeholder_gaps(message)] == []


def test_a_matter_of_principle_may_be_decided_higher(check):
    text = guideline("kf", "kommunala_organisationen", extra="principiell: true\n")
    assert check(text) == []
    # ... but principle gives no mandate to a body that lacks it
    text = guideline("von", "[bun, von]", extra="principiell: true\n")
    assert [code for code, _ in check(text)] == ["D003"]


@pytest.mark.parametrize(("by_law", "expected"), [("true", []), ("false", ["D002"])])
def test_a_plan_the_law_gives_to_fullmaktige_is_decided_there_however_narrow(check, by_law, expected):
    """A lagstadgad plan for one committee's area is for that committee to decide, unless the
    law gives it to fullmäktige (`kräver_fullmäktige`): then fullmäktige is the lowest level."""
    plan = ("id: avfallsplan-2025-2028\ntyp: lagstadgad_plan\ntitel: Avfallsplan 2025–2028\nbeslutad_av: kf\n"
            "beslutsdatum: 2023-11-27\ngiltig_från: 2024-01-01\ngiltig_till: 2027-12-31\ngäller_för: [von]\n"
            f"lagrum: Miljöbalken 15 kap. 41 §\nkräver_fullmäktige: {by_law}\n")
    assert [code for code, _ in check(plan) if code.startswith("D")] == expected


def test_a_kind_that_may_not_decide_the_type_is_d001_not_d002(check):
    assert [code for code, _ in check(guideline("vuxenutbildningen", "[vuxenutbildningen]"))] == ["D001"]


def test_the_seed_riktlinje_itself_validates_clean(cli):
    folder = EXAMPLES / "norrkoping"
    run = cli("validate", folder / "organisation.yaml", folder / "riktlinjer" / "riktlinje-styrmodell.yaml",
              folder / "riktlinjer" / "riktlinje-styrmodell-2018.yaml", "--format", "json", "--today", "2026-11-23")
    assert run.findings() == []
    assert run.code == 0


def test_the_norrkoping_example_is_clean_of_these_rules(cli):
    run = cli("validate", EXAMPLES / "norrkoping", "--format", "json", "--today", "2026-11-23")
    assert [f for f in run.findings() if f[0] in "DFVX"] == []


def test_rules_lists_every_code(cli):
    listed = {row["code"] for row in cli("rules", "--format", "json").json}
    assert CODES <= listed


def test_explain_d002_shows_the_ladder_in_the_seeds_words(cli):
    run = cli("explain", "D002", "--lang", "sv")
    assert run.code == 0
    assert ("Styrmodellen har dessa stegar: den politiska (Nämnd < Kommunstyrelsen < Kommunfullmäktige) och "
            "tjänstemännens (Enhet < Kontor (kontorschef) < Kommundirektör).") in run.out
    assert ("Frågor som enbart berör verksamhet inom en nämnds verksamhetsområde beslutas av nämnden, medan beslut "
            "av mer övergripande karaktär beslutas av kommunstyrelsen i dess samordnande roll.") in run.out
    assert "beslutad_av: ks" in run.out and "principiell: true" in run.out  # the examples


def test_explain_d002_shows_the_ladders_of_the_profile_in_use(cli):
    """The reason is told in the profile's kinds of body, not Norrköping's."""
    run = cli("explain", "D002", "--lang", "en", "--profile", "vara")
    assert ("The styrmodell has these ladders: the political one (Nämnd < Kommunstyrelsen < Kommunfullmäktige) and "
            "the officials' (Verksamhet (verksamhetschef) < Förvaltning (förvaltningschef) < Kommundirektör).") in run.out
    why = next(paragraph for paragraph in run.out.split("\n\n") if paragraph.startswith("Why:"))
    assert "kontor" not in why.lower()


FOLLOWED_UP = "uppföljning: {intervall: år, senast_uppföljd: 2023-03-14}\n"


def overdue(extra: str = "") -> str:
    return guideline("utbildningskontoret", "[utbildningskontoret]", kind="tjänstemannariktlinje").replace(
        "uppföljning: 2026-06-30\n", FOLLOWED_UP) + extra


def test_a_deviation_with_a_reason_is_accepted_and_flagged(tmp_path, monkeypatch, cli):
    text = overdue("avsteg:\n  - regel: F003\n    motivering: Följs upp efter omorganisationen.\n"
                   "    beslut: UK-2024/0311\n    giltig_till: 2024-12-31\n")
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, "riktlinje.yaml": text})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--today", "2024-06-01")
    [finding] = run.json["findings"]
    assert (finding["code"], finding["accepted"]["decision"], finding["accepted"]["until"]) == (
        "F003", "UK-2024/0311", "2024-12-31")
    assert run.code == 0
    # after giltig_till the deviation has lapsed: F003 counts again, X003 says why, X002 says nothing
    run = cli("validate", ".", "--format", "json", "--today", "2025-01-02", "--lang", "en")
    assert [(f["code"], f["accepted"]) for f in run.json["findings"]] == [("F003", None), ("X003", None)]
    assert run.json["findings"][1]["message"].startswith(
        "The deviation from F003 (follow-up-overdue) was valid until 2024-12-31 and has lapsed")


def test_an_unused_deviation_names_its_rule(check):
    text = guideline("ks", "kommunala_organisationen", extra="avsteg:\n  - regel: G001\n    motivering: Sju områden.\n")
    assert check(text) == [("X002", "The deviation from G001 (goal-area-count) is not needed: the rule finds nothing "
                                    "in the document. Remove the deviation, or check that it is in the right document.")]


def test_a_deviation_for_a_rule_that_did_not_run_is_not_called_unused(check):
    text = guideline("ks", "kommunala_organisationen", extra="avsteg:\n  - regel: G001\n    motivering: Sju områden.\n")
    assert check(text, "--ignore", "G001") == []


def test_a_deviation_for_no_known_rule(check):
    text = guideline("ks", "kommunala_organisationen", extra="avsteg:\n  - regel: F03\n    motivering: Senare.\n")
    assert check(text) == [("X002", "The deviation concerns 'F03', which is no rule of styrcheck. Did you mean 'F003'?")]


def test_a_deviation_must_name_its_rule(check):
    text = guideline("ks", "kommunala_organisationen", extra="avsteg:\n  - motivering: Beslutat av KS.\n")
    assert [code for code, _ in check(text)] == ["X001"]
