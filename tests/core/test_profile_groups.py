"""Field groups from the user's side: a profile in a temporary folder defines a type with a
combination of groups no model of styrcheck had (start decision, owner, follow-up), with an
organisation whose units name the body above with `tillhör:`; the CLI checks documents of it."""

from __future__ import annotations

import json

import pytest
from conftest import write_files

PROFILE = """\
typ: profil
namn: Provkommun
utökar: norrkoping
organslag:
  förvaltning: {namn: Förvaltning (förvaltningschef), stege: tjänstemän, nivå: 1}
dokumenttyper:
  inriktningsdokument: ~
  riktlinje:
    får_utgå_från: {ta_bort: [inriktningsdokument]}
  handlingsplan:
    namn: Handlingsplan
    fält: [startbeslut, ägare, uppföljning]
    beslutas_av: [förvaltning, nämnd]
    period: flera_år
    startbeslut_av: styrelse
    kräver_ägare: true
    kräver_uppföljning: true
"""
ORGANISATION = """\
typ: organisation
organ:
  - {id: kf, slag: fullmäktige}
  - {id: ks, slag: styrelse}
  - {id: bun, slag: nämnd}
  - {id: utbildningsforvaltningen, slag: förvaltning, tillhör: bun}
  - {id: skolenheten, slag: enhet, tillhör: utbildningsforvaltningen}
  - {id: elevhalsan, slag: enhet, tillhör: utbildningsforvaltningn}
"""
HEAD = """\
typ: handlingsplan
titel: Handlingsplan för skolnärvaro
beslutad_av: utbildningsforvaltningen
beslutsdatum: 2025-03-01
giltig_från: 2025-04-01
gäller_för: [utbildningsforvaltningen]
"""
CLEAN = HEAD + """\
id: plan-narvaro
startbeslut: {beslutad_av: ks, beslutsdatum: 2024-11-01}
ägare: utbildningsforvaltningen
uppföljning: {intervall: 2 år}
"""
FAULTY = HEAD + """\
id: plan-franvaro
startbeslut: {beslutad_av: bun, beslutsdatum: 2025-05-01}
ägre: utbildningsforvaltningen
aktiviteter: []
"""


@pytest.fixture
def municipality(tmp_path, monkeypatch):
    write_files(tmp_path, {
        "styrcheck.yaml": "typ: styrcheck\nprofil: regler/provkommun.yaml\n",
        "regler/provkommun.yaml": PROFILE,
        "organisation.yaml": ORGANISATION,
        "planer/plan-narvaro.yaml": CLEAN,
    })
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_new_combination_of_groups_works_without_python(municipality, cli):
    run = cli("validate", ".", "--format", "json", "--today", "2025-06-01")
    assert run.code == 1, run.err
    # Only the organisation's misspelt parent: the clean plan passes, the profile is no document.
    assert run.findings() == ["M008 organisation.yaml:8"]
    assert run.json["findings"][0]["message"].startswith("The body 'elevhalsan' has 'tillhör: utbildningsforvaltningn'")


def test_each_group_field_is_checked_on_the_new_type(municipality, cli):
    (municipality / "planer" / "plan-franvaro.yaml").write_text(FAULTY, encoding="utf-8")
    run = cli("validate", ".", "--format", "json", "--today", "2025-06-01")
    assert run.findings() == [
        "D005 planer/plan-franvaro.yaml:8",  # the start decision by a nämnd, not the styrelse
        "D005 planer/plan-franvaro.yaml:8",  # and after the plan itself
        "F001 planer/plan-franvaro.yaml:1",  # no owner (ägre is no field)
        "F002 planer/plan-franvaro.yaml:1",  # no follow-up
        "M002 planer/plan-franvaro.yaml:10",  # a field of a group the type does not have
        "M002 planer/plan-franvaro.yaml:9",
        "M008 organisation.yaml:8",
    ]
    messages = {f["line"]: f["message"] for f in run.json["findings"] if f["code"] == "M002"}
    assert "Did you mean 'ägare'?" in messages[9]
    assert "aktiviteter" in messages[10] and "Did you mean" not in messages[10]


def test_the_profile_in_the_repository_is_named_as_not_checked(municipality, cli):
    run = cli("validate", ".", "--today", "2025-06-01")
    assert "not checked: 1 profile (typ: profil) (regler/provkommun.yaml)" in run.out, run.out
    assert "M004" not in run.out
    again = cli("validate", ".", "--today", "2025-06-01")  # from the cache
    assert again.out == run.out
    plan = municipality / "planer" / "plan-narvaro.yaml"
    plan.write_text(CLEAN.replace("skolnärvaro", "närvaro i skolan"), encoding="utf-8")
    edited = cli("validate", ".", "--today", "2025-06-01")  # the edited file alone checked again
    assert edited.out == run.out


def test_new_and_schema_offer_the_new_types_fields(municipality, cli):
    run = cli("new", "handlingsplan", "--title", "Handlingsplan för läsning", "-o", "planer/lasning.yaml")
    assert run.code == 0, run.err
    written = (municipality / "planer" / "lasning.yaml").read_text(encoding="utf-8")
    keys = [line.split(":")[0] for line in written.splitlines() if line and not line.startswith("#")]
    assert keys[-3:] == ["startbeslut", "ägare", "uppföljning"], written
    schema = cli("schema")
    assert schema.code == 0, schema.err
    plan = json.loads(schema.out)["$defs"]["handlingsplan"]["properties"]
    assert {"startbeslut", "ägare", "uppföljning"} <= set(plan) and "aktiviteter" not in plan


def test_a_profile_written_with_modell_checks_as_the_one_with_falt(cli, tmp_path):
    """`modell:` (before field groups) is read as its groups: Norrköping's profile written the
    old way finds exactly what it finds now on the faulty example."""
    from conftest import EXAMPLES, ROOT

    old = (ROOT / "rules" / "norrkoping.yaml").read_text(encoding="utf-8")
    for groups, model in (("[horisont]", "vision"), ("[värdeord, roller]", "värdegrund"), ("[lagrum]", "lagstadgad_plan"),
                          ("[nämnd_informerad, aktiviteter]", "verksamhetsplan"),
                          ("[startbeslut, beredning]", "inriktningsdokument"),
                          ("[slag, ägare, uppföljning]", "riktlinje"), ("[utblick]", "budget"),
                          ("[bedömningar]", "årsredovisning")):
        assert f"    fält: {groups}\n" in old
        old = old.replace(f"    fält: {groups}\n", f"    modell: {model}\n")
    (tmp_path / "gammal.yaml").write_text(old, encoding="utf-8")
    args = ("validate", EXAMPLES / "felaktigt", "--format", "json", "--no-cache", "--today", "2026-01-15")
    now, before = cli(*args), cli(*args, "--profile", tmp_path / "gammal.yaml")
    assert now.code == before.code == 1
    assert before.json["findings"] == now.json["findings"]
