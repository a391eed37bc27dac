"""Profile validation from the user's side: every cross-reference in a profile that names
nothing, and every setting a type's field groups do not support, stops the run (exit 2) with
file:line:col and did-you-mean; all mistakes at once; a YAML error as a document gets it;
`utökar` removes keys and edits inherited lists."""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

HEAD = "utökar: norrkoping\ndokumenttyper:\n  plan:\n    namn: Plan\n"


def check(cli, tmp_path, monkeypatch, text: str, *args: str):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    return cli("profile", "check", "p.yaml", *args)


@pytest.mark.parametrize(("setting", "error"), [
    ("beslutas_av: [nämnder]", "5:19: 'nämnder' is not an organ kind of the profile (organslag). Did you mean 'nämnd'?"),
    ("fält: [startbeslut]\n    startbeslut_av: styrelsen",
     "6:5: 'styrelsen' is not an organ kind of the profile (organslag). Did you mean 'styrelse'?"),
    ("utgår_från: [riktlinjer]", "5:18: 'riktlinjer' is not a document type of the profile (dokumenttyper). "
                                 "Did you mean 'riktlinje'?"),
    ("får_utgå_från: [visionen]", "5:21: 'visionen' is not a document type of the profile (dokumenttyper). "
                                  "Did you mean 'vision'?"),
    ("mål_utgår_från: [övergripande_mål, budgett]",
     "5:40: 'budgett' is not a document type of the profile (dokumenttyper). Did you mean 'budget'?"),
    ("fält: [aktiviteter]\n    aktiviteter_utgår_från: [uppdragsplaner]",
     "6:30: 'uppdragsplaner' is not a document type of the profile (dokumenttyper). Did you mean 'uppdragsplan'?"),
    ("redovisas_i: {typ: kvalitetsredovisningen}", "5:19: 'kvalitetsredovisningen' is not a document type of the "
                                                   "profile (dokumenttyper). Did you mean 'kvalitetsredovisning'?"),
    ("fält: [ägare, uppföljnig]", "5:19: 'uppföljnig' is not a field group. Did you mean 'uppföljning'?"),
    ("modell: riktlinjer", "5:5: 'riktlinjer' is not a model. Did you mean 'riktlinje'?"),
    ("obligatoriska_fält: [ägare]", "5:26: 'ägare' is not a field the type has (those of every document and of its "
                                    "field groups). Write one of: id, typ, titel, beslutad_av, beslutsdatum, "
                                    "diarienummer, giltig_från, giltig_till, ersätter, gäller_för, utgår_från, "
                                    "publicering, principiell, samverkan, avsteg, beskrivning, mål, målområden."),
], ids=["beslutas_av", "startbeslut_av", "utgår_från", "får_utgå_från", "mål_utgår_från", "aktiviteter_utgår_från",
        "redovisas_i", "fält", "modell", "obligatoriska_fält"])
def test_a_name_that_names_nothing_is_an_error_where_it_is_written(setting, error, cli, tmp_path, monkeypatch):
    run = check(cli, tmp_path, monkeypatch, f"{HEAD}    {setting}\n")
    assert (run.code, run.out) == (2, "")
    assert run.err == f"styrcheck: p.yaml:{error.replace(': ', ': error in the profile: ', 1)}\n"


@pytest.mark.parametrize(("setting", "group"), [
    ("kräver_ägare: true", "ägare"),
    ("kräver_uppföljning: ja", "uppföljning"),
    ("startbeslut_av: styrelse", "startbeslut"),
    ("nämnd_informeras_inom_månader: 2", "nämnd_informerad"),
    ("aktiviteter_utgår_från: [uppdragsplan]", "aktiviteter"),
    ("roller: [medarbetare]", "roller"),
    ("horisont_minst_år: 10", "horisont"),
    ("stege_per_slag: {a: politisk}", "slag"),
    ("utvärderar_mål: true", "bedömningar"),
])
def test_a_setting_needs_the_group_of_its_field(setting, group, cli, tmp_path, monkeypatch):
    run = check(cli, tmp_path, monkeypatch, f"{HEAD}    {setting}\n")
    key = setting.split(":")[0]
    assert (run.code, run.err) == (2, f"styrcheck: p.yaml:5:5: error in the profile: '{key}' is about a field the "
                                      f"type does not have: add the field group '{group}' under fält "
                                      f"(fält: [{group}]), or remove the setting.\n")
    fixed = check(cli, tmp_path, monkeypatch, f"{HEAD}    fält: [{group}]\n    {setting}\n")
    assert fixed.code == 0, fixed.err


@pytest.mark.parametrize(("text", "errors"), [
    ("utökar: norrkoping\nallvarlighet:\n  D0077: error\n  D007.lagg: error\n  D007.lag: warning\n  g001: av\n",
     ["p.yaml:3:3: error in the profile: 'D0077' is not a rule or message variant. Did you mean 'D007'?",
      "p.yaml:4:3: error in the profile: 'D007.lagg' is not a rule or message variant. Did you mean 'D007.lag'?"]),
    ("utökar: norrkoping\nmålområden: {min: tre}\ndokumenttyper:\n  riktlinje:\n    beslutas_av: {ta_bort: [kontr]}\n",
     ["p.yaml:2:14: error in the profile: 'målområden.min' must be a whole number, not 'tre'.",
      "p.yaml:5:29: error in the profile: 'kontr' is not an entry of the inherited list. Did you mean 'kontor'?"]),
], ids=["rule codes and variants under allvarlighet", "a value that cannot be read beside an edit that misses"])
def test_every_mistake_is_told(text, errors, cli, tmp_path, monkeypatch):
    run = check(cli, tmp_path, monkeypatch, text)
    assert (run.code, run.err) == (2, "\n".join(["styrcheck: the profile has 2 errors:", *errors]) + "\n")


def test_every_mistake_is_reported_at_once_in_file_order_and_in_swedish(cli, tmp_path, monkeypatch):
    text = f"{HEAD}    beslutas_av: [kontr]\n    utgår_från: [visionn]\n    fält: [ägar]\n"
    run = check(cli, tmp_path, monkeypatch, text, "--lang", "sv")
    assert run.code == 2
    assert run.err == (
        "styrcheck: profilen har 3 fel:\n"
        "p.yaml:5:19: fel i profilen: 'kontr' är inte ett organslag i profilen (organslag). Menade du 'kontor'?\n"
        "p.yaml:6:18: fel i profilen: 'visionn' är inte en dokumenttyp i profilen (dokumenttyper). Menade du 'vision'?\n"
        "p.yaml:7:12: fel i profilen: 'ägar' är inte en fältgrupp. Menade du 'ägare'?\n")


def test_validate_stops_on_a_profile_error_before_reading_documents(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(f"{HEAD}    beslutas_av: [nämnder]\n", encoding="utf-8")
    run = cli("validate", ".", "--profile", "p.yaml")
    assert run.code == 2 and run.err.startswith("styrcheck: p.yaml:5:19: error in the profile: 'nämnder'"), run.err


def test_a_yaml_error_in_a_profile_is_told_as_in_a_document(cli, tmp_path, monkeypatch):
    run = check(cli, tmp_path, monkeypatch, "utökar: norrkoping\norganslag:\n  a: {namn: A\n  b: 1\n")
    assert run.code == 2
    assert run.err.startswith("styrcheck: p.yaml:4:4: cannot read the profile: A list in [ ] or a group in { } "), run.err
    assert run.err.endswith(" (Y001)\n"), run.err


# --- utökar: removing and editing -------------------------------------------------------------


def shown(cli, tmp_path, monkeypatch, text: str) -> dict:
    run = check(cli, tmp_path, monkeypatch, text)
    assert run.code == 0, run.err
    show = cli("profile", "show", "--profile", "p.yaml")
    assert show.code == 0, show.err
    return YAML(typ="safe").load(show.out)


def test_null_removes_an_inherited_type_or_setting(cli, tmp_path, monkeypatch):
    profile = shown(cli, tmp_path, monkeypatch, "utökar: norrkoping\ndokumenttyper:\n  inriktningsdokument: ~\n"
                    "  riktlinje:\n    får_utgå_från: {ta_bort: [inriktningsdokument]}\n    kräver_uppföljning:\n")
    assert "inriktningsdokument" not in profile["dokumenttyper"]
    riktlinje = profile["dokumenttyper"]["riktlinje"]
    assert "kräver_uppföljning" not in riktlinje and riktlinje["kräver_ägare"] is True
    assert riktlinje["får_utgå_från"] == ["vision", "politiskt_program", "övergripande_mål", "lagstadgad_plan"]


def test_a_removed_type_still_named_is_an_error_where_it_is_named(cli, tmp_path, monkeypatch):
    run = check(cli, tmp_path, monkeypatch, "utökar: norrkoping\ndokumenttyper:\n  inriktningsdokument: ~\n")
    assert run.code == 2
    assert "rules/norrkoping.yaml:" in run.err and ": error in the profile: 'inriktningsdokument' is not a document " \
        "type of the profile (dokumenttyper)." in run.err, run.err


def test_an_inherited_list_is_edited_or_replaced(cli, tmp_path, monkeypatch):
    profile = shown(cli, tmp_path, monkeypatch, "utökar: norrkoping\norganslag:\n  förvaltning: {stege: tjänstemän}\n"
                    "dokumenttyper:\n  riktlinje:\n    beslutas_av: {lägg_till: [förvaltning], ta_bort: [kontor]}\n"
                    "  verksamhetsplan:\n    beslutas_av: [förvaltning]\n")
    types = profile["dokumenttyper"]
    assert types["riktlinje"]["beslutas_av"] == ["kommundirektör", "nämnd", "styrelse", "fullmäktige", "förvaltning"]
    assert types["verksamhetsplan"]["beslutas_av"] == ["förvaltning"]


def test_ta_bort_naming_what_is_not_inherited_is_an_error(cli, tmp_path, monkeypatch):
    run = check(cli, tmp_path, monkeypatch, "utökar: norrkoping\ndokumenttyper:\n  riktlinje:\n"
                                            "    beslutas_av: {ta_bort: [kontr]}\n")
    assert (run.code, run.err) == (2, "styrcheck: p.yaml:4:29: error in the profile: 'kontr' is not an entry of the "
                                      "inherited list. Did you mean 'kontor'?\n")



@pytest.mark.parametrize(("text", "error"), [
    ("aktualitetsprövning: {typer: [riktlinjer], minst: mandatperiod}\n",
     "5:31: error in the profile: 'riktlinjer' is not a document type of the profile (dokumenttyper). "
     "Did you mean 'riktlinje'?"),
    ("aktualitetsprövning: {typer: [plan], minst: mandatperiod}\n",
     "5:31: error in the profile: 'aktualitetsprövning: plan' is about a field the type does not have: add the "
     "field group 'uppföljning' under fält (fält: [uppföljning]), or remove the setting."),
    ("citat: {F00X: Riktlinjen följs upp.}\n",
     "5:9: error in the profile: 'F00X' is not a rule or message variant. Did you mean 'F009'?"),
], ids=["review-type", "review-type-without-follow-up", "citat"])
def test_review_types_and_quotes_name_what_exists(text, error, cli, tmp_path, monkeypatch):
    """aktualitetsprövning names types that can carry a follow-up; citat names rules."""
    run = check(cli, tmp_path, monkeypatch, HEAD + text)
    assert (run.code, run.out) == (2, "")
    assert run.err.startswith(f"styrcheck: p.yaml:{error}"), run.err
