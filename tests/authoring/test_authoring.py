"""`styrcheck init` and `styrcheck new`: from an empty folder to a repository that validates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from styrcheck.core import profile as profiles
from styrcheck.authoring.fields import fields_of, has_hint
from styrcheck.core.fields import model_of
from styrcheck.core.fields import mixins
from styrcheck.core.models import Document, Organisation

INIT_FILES = ["styrcheck.yaml", "organisation.yaml", ".pre-commit-config.yaml", ".gitignore", "README.md"]


def fill(path: Path, values: dict[str, str]) -> None:
    """What a person does with a skeleton: write a value after each empty key named."""
    text = path.read_text(encoding="utf-8")
    for key, value in values.items():
        text, count = re.subn(rf"(?m)^{key}:$", f"{key}: {value}", text)
        assert count == 1, key
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def empty(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "dokument"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return folder


def test_init_new_validate_from_an_empty_folder(empty, cli):
    done = cli("init", "--ci", "gitlab", "--organisation", "Exempelby kommun")
    assert done.code == 0, done.err
    assert sorted(p.name for p in empty.iterdir()) == sorted([*INIT_FILES, ".gitlab-ci.yml"])
    setup = cli("validate", "--lang", "en")  # nothing but the setup: no finding, the tool files not read
    assert setup.code == 0, setup.out
    assert setup.out.endswith("; not checked: 2 tool files (.gitlab-ci.yml, .pre-commit-config.yaml)\n"), setup.out

    made = cli("new", "riktlinje", "--id", "x", "--title", "Riktlinje för attest")
    assert made.code == 0, made.err
    assert made.out.splitlines() == ["styrcheck: wrote x.yaml (riktlinje)",
                                     "styrcheck: fill in: beslutad_av, beslutsdatum, giltig_från, gäller_för, ägare, "
                                     "uppföljning"]
    unfilled = cli("validate", "--format", "json")
    assert unfilled.code == 1
    assert unfilled.findings() == [f"M001 x.yaml:{line}" for line in (10, 12, 14, 16)]

    fill(empty / "x.yaml", {"beslutad_av": "kommundirektor", "beslutsdatum": "2024-05-02",
                            "giltig_från": "2024-06-01", "gäller_för": "kommunala_organisationen",
                            "ägare": "kommundirektor", "uppföljning": "{intervall: mandatperiod}"})
    checked = cli("validate", "--format", "json", "--today", "2024-09-01")
    assert checked.code == 0, checked.out
    assert checked.json["findings"] == [] and checked.json["summary"]["documents"] == 1


def test_init_keeps_what_is_there(empty, cli):
    (empty / "README.md").write_text("ours\n", encoding="utf-8")
    done = cli("init", "--ci", "github", "--lang", "sv")
    assert done.code == 0
    assert "styrcheck: behöll README.md, som redan fanns (skrevs inte över)" in done.out.splitlines()
    assert (empty / "README.md").read_text(encoding="utf-8") == "ours\n"
    assert (empty / ".github/workflows/styrcheck.yml").is_file()
    again = cli("init", "--ci", "github")
    assert again.code == 0 and "wrote" not in again.out and again.out.count("kept") == 6
    assert cli("validate").code == 0


def test_init_asks_nothing_without_a_terminal(empty, cli):
    done = cli("init")  # stdin is not a terminal under pytest: defaults, no prompt
    assert done.code == 0 and "?" not in done.out
    config = YAML(typ="safe").load((empty / "styrcheck.yaml").read_text(encoding="utf-8"))
    assert config == {"typ": "styrcheck", "profil": "norrkoping", "språk": "en"}  # tool files need no uteslut


def test_init_refuses_an_unknown_profile(empty, cli):
    done = cli("init", "--profile", "norrkopin")
    assert done.code == 2 and "norrkopin" in done.err and not any(empty.iterdir())


@pytest.mark.parametrize("type_name", profiles.load().type_names())
def test_new_skeleton_of_every_type_names_each_required_field(empty, cli, type_name):
    done = cli("new", type_name, "--title", "Ett dokument", "--lang", "sv")
    assert done.code == 0, done.err
    (written,) = list(empty.glob("*.yaml"))
    assert written.name == "ett-dokument.yaml"
    data = YAML(typ="safe").load(written.read_text(encoding="utf-8"))
    assert data["typ"] == type_name and data["titel"] == "Ett dokument" and data["id"] == "ett-dokument"
    # What validate says is missing is exactly what the skeleton leaves empty: M001 for every
    # field the model or the profile requires, and the rules the profile adds (F001, H004, …).
    empty_keys = [key for key, value in data.items() if value is None]
    assert done.out.splitlines()[1] == f"styrcheck: fyll i: {', '.join(empty_keys)}"


def test_new_refuses_to_overwrite_and_unknown_types(empty, cli):
    assert cli("new", "vision", "--id", "v").code == 0
    before = (empty / "v.yaml").read_text(encoding="utf-8")
    again = cli("new", "vision", "--id", "v")
    assert again.code == 2 and again.err == ("styrcheck: v.yaml already exists; styrcheck never overwrites a file. "
                                             "Choose another name with -o or remove the file first\n")
    assert (empty / "v.yaml").read_text(encoding="utf-8") == before
    wrong = cli("new", "riktlinej")
    assert wrong.code == 2 and wrong.err == "styrcheck: unknown document type 'riktlinej'; did you mean 'riktlinje'?\n"


def test_profile_requirements_shape_the_skeleton():
    profile = profiles.load()
    required = {name: [s.key for s in fields_of(model_of(t, profile), t) if s.required]
                for name, t in ((n, profile.doc_type(n)[1]) for n in profile.type_names())}
    base = ["id", "typ", "titel", "beslutad_av", "beslutsdatum", "giltig_från", "gäller_för"]
    assert required["kvalitetsredovisning"] == [*base[:6], "giltig_till", "gäller_för", "utgår_från"]
    assert required["lagstadgad_plan"] == [*base, "utgår_från"]
    assert required["riktlinje"] == [*base, "ägare", "uppföljning"]
    assert required["inriktningsdokument"] == [*base, "startbeslut"]
    assert required["värdegrund"] == [*base, "gäller_roller"]
    assert required["övergripande_mål"][-1] == "målområden"


def test_every_field_of_every_model_says_what_to_write():
    from styrcheck.core.models import Activity, Assessment, Deviation, FollowUp, Fulfilment, Goal, GoalArea, Indicator, Organ, StartDecision

    for model in (Document, *mixins(), Organisation, Organ, Indicator, Fulfilment, Goal, GoalArea, Activity,
                  Deviation, StartDecision, FollowUp, Assessment):
        for spec in fields_of(model):
            assert has_hint(model, spec.key), f"{model.__name__}.{spec.key} has no line in authoring/fields.yaml"


def test_init_asks_on_a_terminal(empty, cli, monkeypatch):
    import io
    import sys

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("\nsv\ngithub\nÖrebro kommun\n"))  # the profile: its default
    done = cli("init")
    assert done.code == 0, done.err
    assert "Profile (styrmodell) [norrkoping]: " in done.out and "CI job (github/gitlab/none) [none]: " in done.out
    assert (empty / ".github/workflows/styrcheck.yml").is_file()
    assert "namn: Örebro kommun\n" in (empty / "organisation.yaml").read_text(encoding="utf-8")
    assert "språk: sv\n" in (empty / "styrcheck.yaml").read_text(encoding="utf-8")
    assert "styrcheck: skrev README.md" in done.out  # the language answered is the one spoken from then on


def test_format_md_lists_the_required_fields_of_every_type():
    """docs/format.md's table is the profile's (rewritten by tests/update_golden.py)."""
    from ci_fixtures import assert_golden
    from conftest import ROOT
    from styrcheck.authoring.fields import required_table

    doc = ROOT / "docs" / "format.md"
    text = doc.read_text(encoding="utf-8")
    start = text.index("<!-- required-fields:")
    start = text.index("\n", start) + 1
    end = text.index("<!-- /required-fields -->")
    table = required_table(profiles.load())
    assert_golden(table, doc, (start, end))
    assert "| kvalitetsredovisning | `giltig_till` (M001), `utgår_från` (H004) |" in table
    assert "| lagstadgad_plan | `utgår_från` (H004) |" in table


def test_a_folder_that_cannot_be_written_is_a_clear_error(empty, cli):
    (empty / "fil").write_text("", encoding="utf-8")
    done = cli("init", "fil/dokument")
    assert done.code == 2 and done.err.startswith("styrcheck: cannot write fil/dokument/styrcheck.yaml: ")
    made = cli("new", "vision", "-o", "fil/vision.yaml")
    assert made.code == 2 and made.err.startswith("styrcheck: cannot write fil/vision.yaml: ")


def test_new_and_schema_follow_the_profile_in_styrcheck_yaml(empty, cli):
    """A profile of one's own (profil: in styrcheck.yaml) with a type of its own: new and schema
    both read it, and what the skeleton requires is what validate and the schema require."""
    import json

    (empty / "egen.yaml").write_text(
        "utökar: norrkoping\nnamn: Exempelby kommun\ndokumenttyper:\n"
        "  policy:\n    namn: Policy\n    beslutas_av: [fullmäktige]\n    obligatoriska_fält: [diarienummer]\n",
        encoding="utf-8")
    (empty / "styrcheck.yaml").write_text("typ: styrcheck\nprofil: egen.yaml\n", encoding="utf-8")
    done = cli("new", "policy", "--title", "Policy för inköp")
    assert done.code == 0, done.err
    assert done.out.splitlines()[1] == ("styrcheck: fill in: beslutad_av, beslutsdatum, diarienummer, giltig_från, "
                                        "gäller_för")
    schema = json.loads(cli("schema").out)
    assert schema["title"] == "Steering document (Exempelby kommun)"
    assert "diarienummer" in schema["$defs"]["policy"]["required"]
