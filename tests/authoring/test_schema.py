"""`styrcheck schema`: the editor schema gives no false errors and catches field mistakes.

Files are read as check-jsonschema reads them (its own YAML loader: dates stay strings, as in
an editor's YAML 1.2), and checked with jsonschema's Draft202012Validator and with the real
check-jsonschema command line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from check_jsonschema.parsers.yaml import construct_yaml_implementation
from jsonschema import Draft202012Validator

from ci_fixtures import FELAKTIGT, NORRKOPING, NORRKOPING_TODAY
from test_examples import FELAKTIGT_TODAY

# Mistakes in one file's own fields, which a schema can see: a field missing that the model or
# the profile requires (M001, F001, F002, H004, D005), unknown (M002, G007), of the wrong form
# (M003), an unknown type (M004) or body (M008, with --organisation), intranet publishing where
# the type must be public (M009), and a file that is no mapping (Y003) or one nested too deep
# (Y006). The rest of validate's errors compare files, dates or texts, which no schema can.
FIELD_CODES = {"M001", "M002", "M003", "M004", "M008", "M009", "F001", "F002", "H004", "D005", "G007", "Y003",
               "Y006"}
EXAMPLES = {NORRKOPING: NORRKOPING_TODAY, FELAKTIGT: FELAKTIGT_TODAY}


def error_codes(cli, root: Path, monkeypatch) -> dict[str, set[str]]:
    """File -> the codes of the errors validate reports in it."""
    monkeypatch.chdir(root)
    run = cli("validate", ".", "--today", EXAMPLES[root], "--format", "json", "--no-cache", "--lang", "en")
    found: dict[str, set[str]] = defaultdict(set)
    for finding in run.json["findings"]:
        if finding["severity"] == "error":
            found[(root / finding["path"]).as_posix()].add(finding["code"])
    return found


def documents(root: Path) -> list[Path]:
    """Every YAML file of the example but styrcheck.yaml, which describes no document."""
    return sorted(p for p in root.rglob("*.y*ml") if p.name != "styrcheck.yaml")


def readable(path: Path):
    try:
        return True, construct_yaml_implementation().load(path.read_bytes())
    except Exception:  # noqa: BLE001 - not YAML at all (Y001, Y004, Y007): no schema reads it
        return False, None


def make_schema(cli, *args: str) -> dict:
    run = cli("schema", *args)
    assert run.code == 0, run.err
    schema = json.loads(run.out)
    Draft202012Validator.check_schema(schema)
    return schema


@pytest.mark.parametrize("root", [NORRKOPING, FELAKTIGT], ids=["norrkoping", "felaktigt"])
def test_no_false_errors_and_every_field_mistake_caught(cli, root, monkeypatch):
    validator = Draft202012Validator(make_schema(cli, "--organisation", root / "organisation.yaml"))
    errors = error_codes(cli, root, monkeypatch)
    accepted, caught, expected = [], set(), set()
    for path in documents(root):
        ok, data = readable(path)
        if not ok:
            continue
        flagged = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
        codes = errors.get(path.as_posix(), set())
        if not codes:
            accepted.append(path)
            assert flagged == [], f"false error in {path}: {flagged}"
        if flagged:
            caught.add(path.relative_to(root).as_posix())
        if codes & FIELD_CODES:
            expected.add(path.relative_to(root).as_posix())
    assert caught == expected
    assert len(accepted) > (40 if root is NORRKOPING else 15)  # the test saw files to accept


def test_the_field_mistakes_of_felaktigt_are_named(cli):
    """The schema's messages point at the field that is wrong."""
    validator = Draft202012Validator(make_schema(cli, "--organisation", FELAKTIGT / "organisation.yaml"))

    def said(name: str) -> set[tuple[str, str]]:
        """(field path, message) of every error, those under an anyOf included."""
        _, data = readable(FELAKTIGT / name)
        pending, found = list(validator.iter_errors(data)), set()
        while pending:
            error = pending.pop()
            found.add(("/".join(map(str, error.absolute_path)), error.message))
            pending += error.context or []
        return found

    assert ("", "'gäller_för' is a required property") in said("metadata/riktlinje-tolkanvandning.yaml")
    assert ("", "Additional properties are not allowed ('diarienr' was unexpected)") in said(
        "metadata/riktlinje-distansarbete.yaml")
    assert ("giltig_till", "'31/12/2027' does not match '^\\\\d{4}-\\\\d{2}-\\\\d{2}$'") in said(
        "metadata/riktlinje-tjanstebilar.yaml")
    assert any(path == "typ" and message.startswith("'rutin' is not one of ['budget'")
               for path, message in said("metadata/rutin-lokalbokning.yaml"))
    assert any(path == "ägare" and message.startswith("'kommunstyrelsens-kontoret' is not one of")
               for path, message in said("metadata/riktlinje-representation.yaml"))
    assert ("publicering", "'intern' is not one of ['extern', None]") in said(
        "metadata/planeringsforutsattningar-utbildning.yaml")
    assert ("", "'ägare' is a required property") in said("beslut/riktlinje-personuppgiftsincidenter.yaml")


@pytest.mark.skipif(shutil.which("check-jsonschema") is None and not (Path(sys.executable).parent / "check-jsonschema").exists(),
                    reason="check-jsonschema is not installed")
def test_check_jsonschema_accepts_norrkoping(cli, tmp_path):
    schema = tmp_path / "styrcheck.schema.json"
    assert cli("schema", "--organisation", NORRKOPING / "organisation.yaml", "-o", schema).code == 0
    command = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    done = subprocess.run([command, "--schemafile", str(schema), *map(str, documents(NORRKOPING))],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    wrong = subprocess.run([command, "--schemafile", str(schema),
                            str(FELAKTIGT / "metadata/riktlinje-tjanstebilar.yaml")], capture_output=True, text=True)
    assert wrong.returncode == 1 and "riktlinje-tjanstebilar.yaml::$.giltig_till" in wrong.stdout


def test_descriptions_follow_the_language_and_enums_the_profile(cli):
    swedish, english = make_schema(cli, "--lang", "sv"), make_schema(cli, "--lang", "en")
    assert swedish["title"] == "Styrande dokument (Norrköpings kommun)"
    assert english["title"] == "Steering document (Norrköpings kommun)"
    rikt_sv, rikt_en = swedish["$defs"]["riktlinje"]["properties"], english["$defs"]["riktlinje"]["properties"]
    assert rikt_sv["beslutsdatum"]["description"] == "Dagen då beslutet fattades, ÅÅÅÅ-MM-DD."
    assert rikt_en["beslutsdatum"]["description"] == "The day the decision was taken, YYYY-MM-DD."
    assert rikt_sv["giltig_fran"]["description"] == "Samma som 'giltig_från'."
    assert {"riktlinje", "övergripande_mal", "overgripande_mal"} - set(swedish["properties"]["typ"]["enum"]) == {
        "övergripande_mal"}
    interval = swedish["$defs"]["FollowUp"]["properties"]["intervall"]["anyOf"]
    assert {"år", "ar", "halvår", "mandatperiod"} <= set(interval[0]["enum"])
    # Without --organisation any id is allowed; with it, the ids of the file.
    assert rikt_sv["ägare"]["type"] == "string" and rikt_sv["ägare"]["pattern"] == r"\S"  # required: not null
    with_ids = make_schema(cli, "--organisation", NORRKOPING / "organisation.yaml")
    assert "utbildningskontoret" in with_ids["$defs"]["riktlinje"]["properties"]["ägare"]["enum"]
    assert with_ids["$defs"]["Deviation"]["properties"]["beslutad_av"]["anyOf"][1] == {"type": "null"}


def test_bad_organisation_and_yaml_output_are_refused(cli, tmp_path):
    broken = tmp_path / "organisation.yaml"
    broken.write_text("typ: organisation\norgan: [{id: x}]\n", encoding="utf-8")
    run = cli("schema", "--organisation", broken)
    assert run.code == 2 and run.err == (f"styrcheck: {broken} cannot be read as an organisation (typ: organisation, "
                                         "organ: …); `styrcheck validate` says what is wrong\n")
    assert cli("schema", "-o", tmp_path / "schema.yaml").code == 2
