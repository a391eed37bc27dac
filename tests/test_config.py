"""styrcheck.yaml: found from the checked path upwards, validated with file:line errors, and
overridden by the command line."""

from __future__ import annotations

import pytest

from ci_fixtures import ci_repo  # noqa: F401
from conftest import write_files

RUN = ("--format", "json", "--lang", "en", "--today", "2024-06-01")


def configure(repo, text: str) -> None:
    (repo / "styrcheck.yaml").write_text("typ: styrcheck\n" + text, encoding="utf-8")


def codes(run) -> list[str]:
    return [f"{f['code']} {f['path']}:{f['line']} {f['severity']}" for f in run.json["findings"] if not f["accepted"]]


def test_select_and_ignore_by_code_name_tag_and_family(ci_repo, cli):
    configure(ci_repo, "välj: [goal-area-count, yaml]\n")  # a name and a tag
    assert codes(cli("validate", ".", *RUN)) == [
        "G001 mal/overgripande-mal-2023-2026.yaml:9 error", "Y001 riktlinjer/utkast.yaml:4 error"]
    configure(ci_repo, "välj: [G, Y]\nignorera: G001\n")  # families; a single value for a list
    assert codes(cli("validate", ".", *RUN)) == ["Y001 riktlinjer/utkast.yaml:4 error"]


def test_command_line_replaces_the_files_selection(ci_repo, cli):
    configure(ci_repo, "välj: [Y001]\n")
    run = cli("validate", ".", *RUN, "--select", "G001,M002")
    assert codes(run) == ["G001 mal/overgripande-mal-2023-2026.yaml:9 error",
                          "M002 riktlinjer/riktlinje-synpunkter.yaml:11 error"]
    run = cli("validate", ".", *RUN, "--select", "M002", "--ignore", "unknown-field")
    assert codes(run) == [] and run.code == 0


def test_severity_overrides_and_failing_threshold(ci_repo, cli):
    configure(ci_repo, "välj: [M002]\nallvarlighet: {M002: varning}\n")
    run = cli("validate", ".", *RUN)
    assert codes(run) == ["M002 riktlinjer/riktlinje-synpunkter.yaml:11 warning"] and run.code == 0
    configure(ci_repo, "välj: [M002]\nallvarlighet: {unknown-field: warning}\nunderkänn_vid: varning\n")
    assert cli("validate", ".", *RUN).code == 1
    assert cli("validate", ".", *RUN, "--fail-on", "error").code == 0  # the command line wins
    configure(ci_repo, "välj: [M002, G001]\nallvarlighet: {M002: av}\n")
    assert codes(cli("validate", ".", *RUN)) == ["G001 mal/overgripande-mal-2023-2026.yaml:9 error"]


def test_fail_on_takes_the_swedish_words_too(ci_repo, cli):
    """--fail-on accepts what underkänn_vid: accepts: fel and varning as well as error and warning."""
    configure(ci_repo, "välj: [M002]\nallvarlighet: {M002: varning}\n")
    assert cli("validate", ".", *RUN, "--fail-on", "varning").code == 1
    assert cli("validate", ".", *RUN, "--fail-on", "fel").code == 0
    run = cli("validate", ".", *RUN, "--fail-on", "av")
    assert run.code == 2
    assert "Invalid value for '--fail-on': 'av' is not allowed; choose error, warning, info, fel or varning" in run.err
    assert "fel, varning" in cli("validate", "--help").out


def test_per_file_ignores_and_excludes_keep_what_the_user_wrote(ci_repo, cli):
    write_files(ci_repo, {"styrdokument/mål/trasig.yaml": "titel: [\n", "arkiv/gammal.yaml": "titel: [\n"})
    configure(ci_repo, "välj: [Y001, M002]\n"
                       "ignorera_per_fil:\n  'styrdokument/mål/*': [yaml-syntax]\n  '*.yaml': [M002]\n"
                       "uteslut: ['arkiv/*']\n")
    assert codes(cli("validate", ".", *RUN)) == ["Y001 riktlinjer/utkast.yaml:4 error"]
    # --exclude replaces uteslut: the archive is checked again, the draft is not.
    run = cli("validate", ".", *RUN, "--exclude", "utkast.yaml")
    assert codes(run) == ["Y001 arkiv/gammal.yaml:2 error"]


def test_anchored_globs_hold_however_the_folder_is_named(ci_repo, cli, monkeypatch):
    """`uteslut` and `ignorera_per_fil` are anchored at styrcheck.yaml's folder: the same run
    from a subfolder with `..`, from outside with the folder's name, or by its absolute path."""
    write_files(ci_repo, {"styrdokument/mål/trasig.yaml": "titel: [\n", "arkiv/gammal.yaml": "titel: [\n"})
    configure(ci_repo, "välj: [Y001]\nignorera_per_fil:\n  'styrdokument/mål/*': [yaml-syntax]\n"
                       "uteslut: ['arkiv/*', riktlinjer/utkast.yaml]\n")
    for where, path in [(ci_repo, "."), (ci_repo / "riktlinjer", ".."), (ci_repo.parent, "repo"),
                        (ci_repo / "riktlinjer", str(ci_repo))]:
        monkeypatch.chdir(where)
        run = cli("validate", path, *RUN)
        assert (run.code, codes(run)) == (0, []), (where, path)
    monkeypatch.chdir(ci_repo)
    (ci_repo / "styrcheck.yaml").unlink()
    run = cli("validate", ".", *RUN, "--select", "Y001", "--exclude", "./arkiv/*", "--exclude", "./riktlinjer/*")
    assert codes(run) == ["Y001 styrdokument/mål/trasig.yaml:2 error"]  # './' is the working folder


def test_found_from_the_checked_path_upwards_and_relative_to_itself(ci_repo, cli, monkeypatch):
    configure(ci_repo, "språk: sv\nvälj: [Y001]\nuteslut: [riktlinjer/utkast.yaml]\n")
    monkeypatch.chdir(ci_repo.parent)
    run = cli("validate", "repo/riktlinjer", "--format", "json", "--select", "Y001,G001")
    assert run.json["findings"] == []  # the exclude is anchored at the file's folder
    (ci_repo / "styrcheck.yaml").write_text("typ: styrcheck\nspråk: sv\n", encoding="utf-8")
    run = cli("validate", "repo/riktlinjer", "--format", "json", "--select", "Y001")
    assert run.json["findings"][0]["message"].startswith("En lista inom [ ]")  # Swedish, from the file


def test_explicit_config_file(ci_repo, cli):
    write_files(ci_repo, {"ci/strikt.yaml": "typ: styrcheck\nunderkänn_vid: warning\nvälj: M002\n"})
    (ci_repo / "styrcheck.yaml").unlink()
    assert cli("validate", ".", *RUN, "--config", "ci/strikt.yaml").code == 1
    run = cli("validate", ".", *RUN, "--config", "ci/saknas.yaml")
    assert run.code == 2 and "configuration file not found: ci/saknas.yaml" in run.err


def test_limits_reach_the_loader(ci_repo, cli):
    configure(ci_repo, "välj: [Y006]\ngränser: {max_byte: 800}\n")  # the goal documents are larger
    run = cli("validate", ".", *RUN)
    assert codes(run) == ["Y006 mal/overgripande-mal-2019-2022.yaml:1 error",
                          "Y006 mal/overgripande-mal-2023-2026.yaml:1 error"]


# Each limit at what a file of the fixture holds (none reported), and one below (reported):
# overgripande-mal-2019-2022.yaml has 1157 bytes, organisation.yaml 48 values, and the goal
# documents nest 5 levels deep.
@pytest.mark.parametrize(("limit", "expected"), [
    ("max_byte: 1157", []),
    ("max_byte: 1156", ["Y006 mal/overgripande-mal-2019-2022.yaml:1 error"]),
    ("max_noder: 48", []),
    ("max_noder: 47", ["Y006 organisation.yaml:4 error"]),
    ("max_djup: 5", []),
    ("max_djup: 4", ["Y006 mal/overgripande-mal-2019-2022.yaml:17 error",
                     "Y006 mal/overgripande-mal-2023-2026.yaml:13 error"]),
])
def test_each_limit_is_reached_at_its_value_and_exceeded_one_above(ci_repo, cli, limit, expected):
    configure(ci_repo, f"välj: [Y006]\ngränser: {{{limit}}}\n")
    run = cli("validate", ".", *RUN)
    assert codes(run) == expected, run.out


def test_profile_from_the_file_is_relative_to_it(ci_repo, cli):
    write_files(ci_repo, {"profiler/strikt.yaml": "utökar: norrkoping\nnamn: Strikt\nmålområden: {min: 1, max: 2}\n",
                          "profiler/norrkoping/README.md": "A folder named like the bundled profile.\n"})
    configure(ci_repo, "profil: profiler/strikt.yaml\nvälj: [G001]\n")
    assert codes(cli("validate", "mal", *RUN)) == []  # extends the bundled norrkoping, not the folder


def errors_for(ci_repo, cli, text: str) -> str:
    configure(ci_repo, text)
    run = cli("validate", ".", *RUN)
    assert run.code == 2 and run.out == ""
    return run.err.strip()


def test_errors_point_at_file_line_and_column(ci_repo, cli):
    assert errors_for(ci_repo, cli, "valj: [G001]\nignorer: [G009]\n") == (
        "styrcheck: styrcheck.yaml:3:1: unknown setting 'ignorer'; did you mean 'ignorera'? "
        "known: typ, profil, språk, välj, ignorera, allvarlighet, ignorera_per_fil, uteslut, "
        "underkänn_vid, baslinje, gränser")
    assert errors_for(ci_repo, cli, "välj:\n  - G001\n  - goal-area-cuont\n") == (
        "styrcheck: styrcheck.yaml:4:5: unknown rule, tag or family 'goal-area-cuont'; did you mean 'goal-area-count'?")
    assert errors_for(ci_repo, cli, "allvarlighet:\n  G001: kritisk\n") == (
        "styrcheck: styrcheck.yaml:3:3: allvarlighet.G001: 'kritisk' is not allowed; "
        "choose one of error, warning, info, off, fel, varning, av")
    assert errors_for(ci_repo, cli, "allvarlighet: {goals: warning}\n").startswith(
        "styrcheck: styrcheck.yaml:2:16: 'goals' names ")
    assert errors_for(ci_repo, cli, "underkänn_vid: av\n") == (
        "styrcheck: styrcheck.yaml:2:1: underkänn_vid: 'av' is not allowed; choose one of error, warning, info, fel, varning")
    assert errors_for(ci_repo, cli, "gränser: {max_djup: 0}\n").startswith(
        "styrcheck: styrcheck.yaml:2:11: gränser.max_djup must be a whole number greater than 0, not 0")
    assert errors_for(ci_repo, cli, "uteslut: {a: b}\n") == "styrcheck: styrcheck.yaml:2:1: uteslut must be a list"
    assert errors_for(ci_repo, cli, "välj: [G001\n").startswith("styrcheck: styrcheck.yaml:3:1: cannot read the configuration")


def test_command_line_names_are_checked_too(ci_repo, cli):
    run = cli("validate", ".", *RUN, "--ignore", "G001,X999")
    assert run.code == 2
    assert run.err.strip() == "styrcheck: --ignore: unknown rule, tag or family 'X999'; `styrcheck rules` lists codes, names and tags"


def test_a_bundled_profile_name_is_not_taken_for_a_folder_of_that_name(tmp_path, monkeypatch, cli):
    """`profil: norrkoping` beside a folder called norrkoping still means the bundled profile."""
    (tmp_path / "norrkoping").mkdir()
    (tmp_path / "norrkoping" / "styrcheck.yaml").write_text("typ: styrcheck\nprofil: norrkoping\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("validate", "norrkoping", "--format", "json", "--no-cache")
    assert run.code == 0, run.err
