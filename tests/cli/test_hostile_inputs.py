"""Every file styrcheck opens besides the documents (baseline, styrcheck.yaml, profile) is read
as a document is: a regular file, within the limits, inside the repository when the repository
names it; what a run leaves out is said; and an error of the machine is worded as one. Each
through the installed command (docs/security.md, guarantees 8-10 and 12)."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess

import pytest

from conftest import EXAMPLES, write_files
from installed import COMMAND, styrcheck

TODAY = ("--today", "2026-06-30")
NOT_A_FILE = "This is no regular file"
SECRET = "hemlig-token-4711"
SUMMARY = "0 errors, 14 warnings, 0 info in 59 files (57 documents among them)"  # examples/norrkoping on TODAY


def _at_most_2_gib() -> None:  # old code read /dev/zero until the memory ran out
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


@pytest.fixture
def repo(tmp_path):
    """A clean repository (exit 0), in a folder of the test's own: no git work tree around it."""
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "norrkoping", root, ignore=shutil.ignore_patterns(".styrcheck_cache"))
    return root


def validate(repo, *args, **options):
    return styrcheck("validate", ".", *TODAY, "--lang", "en", *args, cwd=repo, **options)


def clean(run) -> None:
    assert "internal error" not in run.err and "Traceback" not in run.err, run.err


# --- 4. bounded, non-blocking reads of the baseline and the configuration -------------------------


@pytest.mark.parametrize("option", ["--baseline", "--config"])
@pytest.mark.parametrize("source", ["/dev/zero", "/dev/urandom", "fifo", "/dev/stdin"])
def test_a_baseline_or_configuration_that_is_no_file_ends_at_once(repo, tmp_path, option, source):
    if source == "fifo":
        source = str(tmp_path / "fifo")
        os.mkfifo(source)
    with open("/dev/zero", "rb") as zero:
        run = validate(repo, option, source, stdin=zero, preexec_fn=_at_most_2_gib, timeout=60)
    assert run.code == 2 and not run.out
    assert run.err.startswith(f"styrcheck: {source}: cannot read the ") and NOT_A_FILE in run.err
    clean(run)


def test_a_styrcheck_yaml_that_is_a_pipe_is_reported_not_passed_over(repo):
    (repo / "styrcheck.yaml").unlink()
    os.mkfifo(repo / "styrcheck.yaml")
    run = validate(repo)
    assert run.code == 2 and run.err.startswith("styrcheck: styrcheck.yaml: cannot read the configuration")
    assert NOT_A_FILE in run.err


def baseline_file(entries: list | str) -> str:
    rows = entries if isinstance(entries, str) else ",\n".join(json.dumps(e) for e in entries)
    return '{"format": "styrcheck-baseline", "version": 1, "entries": [\n' + rows + "\n]}\n"


GOOD = {"document": "x", "rule": "G001", "subject": ""}


@pytest.mark.parametrize("bad", ['{"document": ["x"], "rule": "G001", "subject": ""}',
                                 '{"document": "x", "rule": "G001", "subject": "", "count": 1e400}',
                                 '{"document": "x", "rule": "G001", "subject": "", "count": 0}',
                                 '{"document": "x", "rule": "G001", "subject": {"a": 1}}',
                                 '"G001"'])
def test_a_malformed_baseline_entry_is_a_located_usage_error(repo, bad):
    (repo / "b.json").write_text(baseline_file(json.dumps(GOOD) + ",\n\n" + bad), encoding="utf-8")
    run = validate(repo, "--baseline", "b.json")
    assert run.code == 2 and run.err.startswith("styrcheck: b.json:4: entry 2 is not of the form"), run.err
    clean(run)


def test_a_baseline_of_a_million_entries_is_held_to_the_size_limit(repo):
    row = json.dumps(GOOD)
    (repo / "b.json").write_text(baseline_file(",\n".join([row] * 1_000_000)), encoding="utf-8")
    size = (repo / "b.json").stat().st_size
    run = validate(repo, "--baseline", "b.json", preexec_fn=_at_most_2_gib)
    assert run.code == 2 and not run.out
    assert run.err.startswith(f"styrcheck: b.json: cannot read the baseline: The file is {size} bytes, "
                              "but styrcheck reads at most 1048576 bytes")
    # The limit is the documents' own: gränser: max_byte raises or lowers it for both.
    (repo / "small.json").write_text(baseline_file([GOOD] * 10), encoding="utf-8")
    (repo / "styrcheck.yaml").write_text("typ: styrcheck\ngränser:\n  max_byte: 100\n", encoding="utf-8")
    (repo / "organisation.yaml").rename(repo / "organisation.txt")  # a document over 100 bytes would fail first
    run = validate(repo, "--baseline", "small.json")
    assert run.code == 2 and "but styrcheck reads at most 100 bytes" in run.err


def test_many_fixed_entries_are_summarised_not_listed(repo):
    (repo / "b.json").write_text(baseline_file([{**GOOD, "document": f"borta-{i:03}"} for i in range(500)]),
                                 encoding="utf-8")
    run = validate(repo, "--baseline", "b.json")
    assert run.code == 0
    assert "Fixed since the baseline b.json was written: 500." in run.out
    listed = [line for line in run.out.splitlines() if line.startswith("  borta-")]
    assert listed == [f"  borta-{i:03} G001 " for i in range(20)]
    assert "  … 480 more (--format json lists them all)" in run.out.splitlines()
    assert len(validate(repo, "--baseline", "b.json", "--format", "json").json["baseline"]["fixed"]) == 500


# --- 5. the configuration cannot reach outside the repository unnoticed ------------------------------


def secret_file(tmp_path) -> str:
    path = tmp_path / "runner" / "secret.yaml"
    write_files(path.parent, {"secret.yaml": f"{SECRET}: ja\n"})
    return str(path)


def test_a_styrcheck_yaml_linked_out_of_the_repository_is_refused_unread(repo, tmp_path):
    secret = secret_file(tmp_path)
    (repo / "styrcheck.yaml").unlink()
    (repo / "styrcheck.yaml").symlink_to(secret)
    run = validate(repo)
    assert run.code == 2
    assert run.err.startswith(f"styrcheck: styrcheck.yaml is a link to {secret}, outside the repository {repo}")
    assert SECRET not in run.err + run.out
    # Named on the command line it is read as named (and its mistakes are shown).
    assert SECRET in validate(repo, "--config", "styrcheck.yaml").err


def test_a_styrcheck_yaml_linked_inside_the_repository_is_read(repo):
    (repo / "inställningar").mkdir()
    (repo / "styrcheck.yaml").rename(repo / "inställningar" / "styrcheck.yaml")
    (repo / "styrcheck.yaml").symlink_to("inställningar/styrcheck.yaml")
    run = validate(repo)
    assert run.code == 0 and run.out.splitlines()[-1] == SUMMARY


@pytest.mark.parametrize("setting", ["baslinje: {path}", "profil: {path}"])
def test_a_baseline_or_profile_outside_the_repository_is_refused_unread(repo, tmp_path, setting):
    secret = secret_file(tmp_path)
    if setting.startswith("baslinje"):
        secret = str(tmp_path / "runner" / "baseline.json")
        write_files(tmp_path / "runner", {"baseline.json": baseline_file([{**GOOD, "document": SECRET}])})
    (repo / "styrcheck.yaml").write_text(f"typ: styrcheck\n# kommentar\n{setting.format(path=secret)}\n",
                                         encoding="utf-8")
    run = validate(repo)
    assert run.code == 2, run.out
    key = setting.split(":")[0]
    assert run.err.startswith(f"styrcheck: styrcheck.yaml:3:1: {key}: {secret} lies outside the repository {repo}")
    assert SECRET not in run.err + run.out
    relative = os.path.relpath(secret, repo)  # ../ reaches outside as well
    (repo / "styrcheck.yaml").write_text(f"typ: styrcheck\n{setting.format(path=relative)}\n", encoding="utf-8")
    assert validate(repo).code == 2


def test_a_profile_that_extends_one_outside_the_repository_is_refused(repo, tmp_path):
    secret = secret_file(tmp_path)
    write_files(repo, {"profil/kommun.yaml": f"utökar: {secret}\n",
                       "styrcheck.yaml": 'typ: styrcheck\nprofil: profil/kommun.yaml\nuteslut: ["profil/*"]\n'})
    run = validate(repo)
    assert run.code == 2
    assert run.err.startswith(f"styrcheck: {repo}/profil/kommun.yaml extends the profile {secret}, which lies "
                              f"outside the repository {repo}")
    assert SECRET not in run.err + run.out
    # A bundled profile is no file of the runner's: extending it is what profiles do.
    (repo / "profil" / "kommun.yaml").write_text("utökar: norrkoping\n", encoding="utf-8")
    assert validate(repo).code == 0


def test_a_configuration_from_elsewhere_leaves_no_cache_there(repo, tmp_path):
    """docs/security.md: take styrcheck.yaml from the protected branch with --config. The cache
    stays in the checked repository (or in STYRCHECK_CACHE_DIR), never beside that file."""
    protected = tmp_path / "protected"
    protected.mkdir()
    shutil.copy(repo / "styrcheck.yaml", protected / "styrcheck.yaml")
    run = validate(repo, "--config", protected / "styrcheck.yaml", env={"STYRCHECK_CACHE_DIR": None})
    assert run.code == 0
    assert sorted(os.listdir(protected)) == ["styrcheck.yaml"]
    assert (repo / ".styrcheck_cache").is_dir()


# --- 6. what is skipped is said ----------------------------------------------------------------------


BROKEN = "typ: riktlinje\nid: [\n"


def test_a_folder_behind_a_link_is_named_in_the_summary(repo, tmp_path):
    write_files(tmp_path / "elsewhere", {"trasig.yaml": BROKEN})
    (repo / "mer").symlink_to(tmp_path / "elsewhere")
    run = validate(repo)
    assert run.code == 0
    assert run.out.splitlines()[-1] == f"{SUMMARY}; not checked: 1 link to a folder not followed (mer)"
    swedish = styrcheck("validate", ".", *TODAY, "--lang", "sv", cwd=repo)
    assert swedish.out.splitlines()[-1].endswith("; inte kontrollerat: 1 länk till en mapp inte följd (mer)")
    github = validate(repo, "--format", "github")
    assert "not checked: 1 link to a folder not followed (mer)" in github.out.splitlines()[-1]


def test_a_named_file_that_is_excluded_is_named_in_the_summary(repo):
    write_files(repo, {"utkast/trasig.yaml": BROKEN})
    (repo / "styrcheck.yaml").write_text('typ: styrcheck\nuteslut: ["utkast/*"]\n', encoding="utf-8")
    run = styrcheck("validate", ".", "utkast/trasig.yaml", *TODAY, "--lang", "en", cwd=repo)
    assert run.code == 0
    assert run.out.splitlines()[-1].endswith("; not checked: 1 named file excluded (utkast/trasig.yaml)")


def test_a_run_that_skips_nothing_says_nothing_of_it(repo):
    assert validate(repo).out.splitlines()[-1] == SUMMARY


# --- 8. errors of the environment are worded as such --------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_standard_output_on_a_full_disk(repo, fmt):
    with open("/dev/full", "wb") as full:
        run = validate(repo, "--format", fmt, stdout=full)
    assert run.code == 2
    assert run.err == ("styrcheck: cannot write the output (standard output): No space left on device. This is a "
                       "problem of the environment styrcheck runs in (a full disk, a closed pipe), not of your "
                       "documents.\n")


def test_a_working_folder_that_was_removed(repo, tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    done = subprocess.run(["sh", "-c", 'cd "$1" && rmdir "$1" && exec "$2" validate "$3" --lang en',
                           "sh", str(gone), str(COMMAND), str(repo)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == ("styrcheck: the working folder no longer exists (it was removed or moved); change to "
                           "a folder that exists (cd) and run again\n")


@pytest.mark.parametrize("env", [{"LC_ALL": "C", "PYTHONUTF8": "0", "LANG": None},
                                 {"PYTHONIOENCODING": "ascii"}])
def test_an_ascii_terminal_gets_escapes_not_a_crash(tmp_path, env):
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "felaktigt", root, ignore=shutil.ignore_patterns(".styrcheck_cache"))
    done = subprocess.run([str(COMMAND), "validate", ".", *TODAY, "--lang", "sv"], cwd=root,
                          env={**{k: v for k, v in os.environ.items() if k not in env}, **{k: v for k, v in
                                                                                          env.items() if v}},
                          capture_output=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stdout.isascii() and done.stderr.isascii()
    out = done.stdout.decode("ascii")
    assert "\\xe4" in out and "\\xf6" in out  # ä, ö as escapes
    assert out.splitlines()[-1].startswith(("\\u2714", "")) and " fel, " in out.splitlines()[-1]
    assert b"internal error" not in done.stderr and b"internt fel" not in done.stderr
