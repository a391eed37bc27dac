"""`styrcheck due`: overdue and upcoming follow-ups, reports and expiries, by date, with owner."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, write_files
from styrcheck.explain import CASES

ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")


def guideline(id_: str, follow_up: str, *, owner: str = "kommunstyrelsens-kontor", end: str | None = None,
              extra: str = "") -> str:
    ends = f"giltig_till: {end}\n" if end else ""
    return (f"id: {id_}\ntyp: riktlinje\ntitel: Riktlinje {id_}\nbeslutad_av: kommundirektören\n"
            f"beslutsdatum: 2023-05-15\ngiltig_från: 2023-06-01\n{ends}gäller_för: kommunala_organisationen\n"
            f"slag: tjänstemannariktlinje\nägare: {owner}\nuppföljning: {follow_up}\n{extra}")


FILES = {
    "organisation.yaml": ORGANISATION,
    # overdue: yearly, last 2023-04-12
    "attest.yaml": guideline("riktlinje-attest", "{intervall: år, senast_uppföljd: 2023-04-12}"),
    # upcoming within 90 days of 2024-06-01
    "resor.yaml": guideline("riktlinje-resor", "2024-08-15", owner="utbildningskontoret"),
    # beyond the window
    "gavor.yaml": guideline("riktlinje-gavor", "{intervall: 2 år, senast_uppföljd: 2024-04-08}"),
    # expires within the window with nothing to replace it; its follow-up is later
    "vaccination.yaml": guideline("riktlinje-vaccination", "2024-12-31", owner="vard-och-omsorgskontoret",
                                  end="2024-06-30"),
    # replaced: neither its expiry nor its follow-up is listed
    "synpunkter-2019.yaml": guideline("riktlinje-synpunkter-2019", "2020-01-31", end="2023-05-31"),
    "synpunkter.yaml": guideline("riktlinje-synpunkter", "2026-05-31",
                                 extra="ersätter: [riktlinje-synpunkter-2019]\n"),
}


@pytest.fixture
def repository(tmp_path, monkeypatch):
    write_files(tmp_path, FILES)
    monkeypatch.chdir(tmp_path)


def test_due_as_json(repository, cli):
    run = cli("due", ".", "--today", "2024-06-01", "--format", "json")
    assert run.code == 0, run.err
    data = run.json
    assert (data["schema_version"], data["today"], data["until"]) == (1, "2024-06-01", "2024-08-30")
    rows = [(i["date"], i["status"], i["kind"], i["document"], i["path"], i["line"], i["owner"], i["owner_name"])
            for i in data["items"]]
    assert rows == [
        ("2024-04-12", "overdue", "follow-up", "riktlinje-attest", "attest.yaml", 10,
         "kommunstyrelsens-kontor", "Kommunstyrelsens kontor"),
        ("2024-06-30", "upcoming", "expiry", "riktlinje-vaccination", "vaccination.yaml", 7,
         "vard-och-omsorgskontoret", "Vård- och omsorgskontoret"),
        ("2024-08-15", "upcoming", "follow-up", "riktlinje-resor", "resor.yaml", 10,
         "utbildningskontoret", "Utbildningskontoret"),
    ]
    assert data["items"][1]["title"] == "Riktlinje riktlinje-vaccination"


def test_due_as_text(repository, cli):
    run = cli("due", ".", "--today", "2024-10-01", "--lang", "sv")
    assert run.code == 0, run.err
    assert run.out.splitlines() == [
        "Försenat och kommande till och med 2024-12-30 (i dag 2024-10-01)",
        "",
        "datum       status    vad               dokument               ansvarig",
        "2024-04-12  försenad  uppföljning       riktlinje-attest       Kommunstyrelsens kontor",
        "2024-06-30  försenad  upphör att gälla  riktlinje-vaccination  Vård- och omsorgskontoret",
        "2024-08-15  försenad  uppföljning       riktlinje-resor        Utbildningskontoret",
        "",
        "3 försenade, 0 kommande.",
    ]


def test_the_window_is_counted_from_today(repository, cli):
    run = cli("due", ".", "--today", "2024-06-01", "--within", "6m", "--lang", "en")
    assert run.out.splitlines()[2:] == [
        "date        status    what       document               owner",
        "2024-04-12  overdue   follow-up  riktlinje-attest       Kommunstyrelsens kontor",
        "2024-06-30  upcoming  expires    riktlinje-vaccination  Vård- och omsorgskontoret",
        "2024-08-15  upcoming  follow-up  riktlinje-resor        Utbildningskontoret",
        "",
        "1 overdue, 2 upcoming.",
    ]


def test_nothing_due(repository, cli):
    run = cli("due", "synpunkter.yaml", "organisation.yaml", "--today", "2024-06-01", "--lang", "en")
    assert run.out.splitlines() == ["Overdue and upcoming up to 2024-08-30 (today 2024-06-01)", "",
                                    "Nothing is overdue or falls due up to 2024-08-30."]


def test_a_file_with_errors_is_named_not_left_out_in_silence(repository, cli, tmp_path):
    """A title with an unquoted ': ' breaks the file: its follow-up cannot be listed, and the
    warning on stderr says which file to look at; the list itself is unchanged on stdout."""
    assert cli("due", ".", "--today", "2024-06-01", "--lang", "en").err == ""
    resor = tmp_path / "resor.yaml"
    resor.write_text(resor.read_text(encoding="utf-8").replace("titel: Riktlinje", "titel: Riktlinje: resor"),
                     encoding="utf-8")
    run = cli("due", ".", "--today", "2024-06-01", "--lang", "en")
    assert run.code == 0 and "riktlinje-resor" not in run.out
    assert run.err == ("styrcheck: warning: resor.yaml has errors that may leave follow-ups or documents out "
                       "of this list; `styrcheck validate` shows them\n")


def test_a_report_is_due_after_the_plan_has_ended(cli, tmp_path, monkeypatch):
    from styrcheck.explain import load_case

    files = dict(load_case("F007")["fail"]["files"])
    write_files(tmp_path, {"organisation.yaml": ORGANISATION, **files})
    monkeypatch.chdir(tmp_path)
    items = cli("due", ".", "--today", "2024-06-01", "--format", "json").json["items"]
    assert [(i["date"], i["status"], i["kind"], i["document"], i["owner"]) for i in items] == [
        ("2024-03-31", "overdue", "report", "uppdragsplan-ks-2023", "ks"),
    ]


def test_the_norrkoping_example_in_late_november(cli):
    items = cli("due", str(EXAMPLES / "norrkoping"), "--today", "2026-11-23", "--within", "1y",
                "--format", "json").json["items"]
    follow_ups = [(i["date"], i["document"], i["owner"]) for i in items if i["kind"] == "follow-up"]
    assert follow_ups == [("2027-09-10", "riktlinje-synpunktshantering", "kommunstyrelsens-kontor"),
                          ("2027-09-30", "riktlinje-bistandsbedomning-aldreomsorg", "vard-och-omsorgskontoret")]
    reports = sorted(i["document"] for i in items if i["kind"] == "report")
    assert reports == [f"uppdragsplan-{n}-2026" for n in ("bun", "kfn", "ks", "sn", "von")]


@pytest.mark.parametrize("within", ["soon", "-3d", "3x"])
def test_a_window_that_cannot_be_read_is_a_usage_error(repository, cli, within):
    run = cli("due", ".", "--within", within)
    assert run.code == 2
    assert "--within" in run.err


def test_an_interval_never_followed_up_is_due_counted_from_the_start(cli, tmp_path, monkeypatch):
    write_files(tmp_path, {"organisation.yaml": ORGANISATION,
                           "ny.yaml": guideline("riktlinje-ny", "{intervall: år}")})  # giltig_från 2023-06-01
    monkeypatch.chdir(tmp_path)
    items = cli("due", ".", "--today", "2024-05-01", "--format", "json").json["items"]
    assert [(i["date"], i["status"], i["kind"], i["document"]) for i in items] == [
        ("2024-06-01", "upcoming", "follow-up", "riktlinje-ny")]
