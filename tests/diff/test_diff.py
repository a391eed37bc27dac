"""`styrcheck diff`: real git repositories made from examples/norrkoping, a commit of every kind
of change the reviewer must see, and the exact report in text, Markdown and JSON
(tests/golden/diff-*). After an intended change, rewrite them with
`.venv/bin/python tests/update_golden.py` and review the diff.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from ci_fixtures import assert_golden

from conftest import EXAMPLES, ROOT
from styrcheck.cache.store import FOLDER

GOLDEN = ROOT / "tests" / "golden"
TODAY = ["--today", "2026-12-01"]

if shutil.which("git") is None:  # CI has git: there a missing one is a failure, not a skip
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("git is not installed, and CI=true: the diff tests need it", pytrace=False)
    pytest.skip("git is not installed", allow_module_level=True)

# A fixed author and time: the same commits, and commit ids, on every machine.
_GIT_ENV = {"GIT_AUTHOR_NAME": "Registrator", "GIT_AUTHOR_EMAIL": "registrator@example.se",
            "GIT_COMMITTER_NAME": "Registrator", "GIT_COMMITTER_EMAIL": "registrator@example.se",
            "GIT_AUTHOR_DATE": "2026-11-30T12:00:00+01:00", "GIT_COMMITTER_DATE": "2026-11-30T12:00:00+01:00",
            "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True,
                          env={**os.environ, **_GIT_ENV}).stdout


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# The base commit has two avsteg, so that the change can add, change and let one lapse.
_DEVIATIONS = """avsteg:
  - regel: D002
    motivering: Nämnden beslutar själv om sin tillämpning av lagen.
    beslut: VON-2024/0317
    beslutad_av: von
    giltig_till: 2027-12-31
  - regel: F008
    motivering: Uppföljningen samordnas med kvalitetsredovisningen.
    beslutad_av: von
    giltig_till: 2027-06-30
"""


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """examples/norrkoping committed as `main`, with the working folder at its top."""
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "norrkoping", root, ignore=shutil.ignore_patterns(FOLDER))
    guideline = root / "riktlinjer" / "riktlinje-bistandsbedomning-aldreomsorg.yaml"
    guideline.write_text(guideline.read_text(encoding="utf-8") + _DEVIATIONS, encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return root


def change_everything(root: Path) -> None:
    """One change of every kind the issue lists, committed."""
    goals = root / "mal" / "overgripande-mal-2027-2030.yaml"
    edit(goals, "beslutsdatum: 2026-11-16", "beslutsdatum: 2026-12-14")  # decision date
    edit(goals, "giltig_till: 2030-12-31", "giltig_till: 2032-12-31")  # validity
    edit(goals, "text: Fler elever är närvarande i skolan.", "text: Fler elever är närvarande i skolan varje dag.")
    edit(goals, "utgångsvärde: 68, målvärde: 74", "utgångsvärde: 68, målvärde: 80")  # an indicator
    edit(goals, "går ut ensamma kvällstid i sitt bostadsområde.", "går ut ensamma kvällstid.")  # fulfilment
    edit(goals, "  - id: MO27-2\n    namn: Kunskap och framtidstro", "  - id: MO27-2\n    namn: Kunskap och bildning")
    # A goal moved to another goal area (MO27-1.3 from MO27-1 to the end of MO27-2's goals).
    text = goals.read_text(encoding="utf-8")
    start = text.index("      - id: MO27-1.3")
    end = text.index("  - id: MO27-2\n")
    moved, text = text[start:end], text[:start] + text[end:]
    at = text.index("  - id: MO27-3\n")
    goals.write_text(text[:at] + moved + text[at:], encoding="utf-8")
    # A goal added, and a goal area added, in the same document.
    edit(goals, "      - id: MO27-2.1\n", "      - id: MO27-2.4\n        text: Fler vuxna läser vidare.\n"
         "      - id: MO27-2.1\n")

    plan = root / "uppdragsplaner" / "uppdragsplan-kfn-2027.yaml"
    edit(plan, "beslutad_av: kfn", "beslutad_av: ks")  # decided by
    edit(plan, "gäller_för: [kfn]", "gäller_för: [kfn, bun]")  # scope
    text = plan.read_text(encoding="utf-8")  # a goal removed: KFN-2027-3
    start = text.index("  - id: KFN-2027-3")
    end = text.index("  - id: ", start + 1) if "  - id: " in text[start + 1:] else len(text)
    plan.write_text(text[:start] + text[end:], encoding="utf-8")

    # A derivation cut and another added: MO27-1.3 loses the only goal that followed it through.
    edit(root / "uppdragsplaner" / "uppdragsplan-ks-2027.yaml", "utgår_från: [MO27-1.3]", "utgår_från: [MO27-1.1]")

    guideline = root / "riktlinjer" / "riktlinje-bistandsbedomning-aldreomsorg.yaml"
    edit(guideline, "ägare: vard-och-omsorgskontoret", "ägare: socialkontoret")  # owner
    edit(guideline, "nästa: 2027-09-30", "nästa: 2029-09-30")  # follow-up date pushed back two years
    edit(guideline, "intervall: år", "intervall: två år")  # follow-up interval
    edit(guideline, "giltig_från: 2025-01-01", "giltig_från: 2025-01-01\npublicering: intern\nprincipiell: ja")
    edit(guideline, "    beslut: VON-2024/0317\n", "    beslut: VON-2026/0101\n")  # an avsteg changed
    edit(guideline, "giltig_till: 2027-06-30", "giltig_till: 2026-06-30")  # an avsteg lapsed
    edit(guideline, "avsteg:\n", "avsteg:\n  - regel: D001\n    motivering: Äldre beslut gäller tills vidare.\n"
         "    beslutad_av: von\n")  # an avsteg added

    # A document removed, and a new one that replaces it; a document renamed only.
    git(root, "rm", "-q", "riktlinjer/riktlinje-synpunktshantering.yaml")
    old = (EXAMPLES / "norrkoping" / "riktlinjer" / "riktlinje-synpunktshantering.yaml").read_text(encoding="utf-8")
    new = (old.replace("id: riktlinje-synpunktshantering", "id: riktlinje-klagomal-och-synpunkter")
           .replace("titel: Riktlinje för hantering av synpunkter", "titel: Riktlinje för klagomål och synpunkter"))
    new = new.replace("gäller_för:", "ersätter: [riktlinje-synpunktshantering]\ngäller_för:", 1)
    (root / "riktlinjer" / "riktlinje-klagomal-och-synpunkter.yaml").write_text(new, encoding="utf-8")
    git(root, "mv", "vardegrund/vardegrund.yaml", "vardegrund/gemensam-vardegrund.yaml")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "change")


def golden(name: str, actual: str) -> None:
    assert_golden(actual, GOLDEN / name)


def state(root: Path) -> dict[str, str]:
    """Every file of the working tree and of .git that a read could change: the index, refs,
    HEAD, config; hashed."""
    found = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_file() and not relative.startswith((FOLDER, ".git/objects/")):
            found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.mark.parametrize("output_format, suffix", [("text", "txt"), ("markdown", "md"), ("json", "json")])
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_every_kind_of_change(repo, cli, output_format, suffix, lang):
    change_everything(repo)
    before = state(repo)
    run = cli("diff", "HEAD~1", "HEAD", "--format", output_format, "--lang", lang, *TODAY)
    assert (run.code, run.err) == (1, "")  # new errors: the change breaks rules
    assert state(repo) == before  # working tree, index and refs byte-identical
    # Commit ids follow the content of examples/norrkoping: named, not pinned, in the golden files.
    out = run.out.replace(f'"version": "{_version()}"', '"version": "VERSION"')
    for name in ("HEAD~1", "HEAD"):
        out = out.replace(git(repo, "rev-parse", name).strip(), f"<commit {name}>")
    golden(f"diff-every-kind.{lang}.{suffix}", out)
    if output_format == "json":
        assert json.loads(run.out)["head"]["commit"] == git(repo, "rev-parse", "HEAD").strip()


def _version() -> str:
    from styrcheck import __version__

    return __version__


def test_json_names_every_kind(repo, cli):
    """Every kind the issue asks for is in the sample change, each where it belongs."""
    change_everything(repo)
    report = cli("diff", "main~1", "main", "--format", "json", *TODAY).json
    kinds = {(d["id"], c["kind"], c["subject"]) for d in report["documents"] for c in d["changes"]}
    expected = {
        ("riktlinje-klagomal-och-synpunkter", "document-added", ""),
        ("riktlinje-synpunktshantering", "document-removed", ""),
        ("riktlinje-synpunktshantering", "document-replaced", ""),
        ("uppdragsplan-kfn-2027", "field", "beslutad_av"),
        ("overgripande-mal-2027-2030", "field", "beslutsdatum"),
        ("overgripande-mal-2027-2030", "field", "giltig_till"),
        ("uppdragsplan-kfn-2027", "field", "gäller_för"),
        ("riktlinje-bistandsbedomning-aldreomsorg", "field", "ägare"),
        ("riktlinje-bistandsbedomning-aldreomsorg", "field", "uppföljning.nästa"),
        ("riktlinje-bistandsbedomning-aldreomsorg", "field", "uppföljning.intervall"),
        ("riktlinje-bistandsbedomning-aldreomsorg", "field", "publicering"),
        ("riktlinje-bistandsbedomning-aldreomsorg", "field", "principiell"),
        ("overgripande-mal-2027-2030", "goal-added", "MO27-2.4"),
        ("uppdragsplan-kfn-2027", "goal-removed", "KFN-2027-3"),
        ("overgripande-mal-2027-2030", "goal-reworded", "MO27-2.2"),
        ("overgripande-mal-2027-2030", "goal-moved", "MO27-1.3"),
        ("overgripande-mal-2027-2030", "goal-area-renamed", "MO27-2"),
        ("overgripande-mal-2027-2030", "fulfilment-changed", "MO27-1.1"),
        ("overgripande-mal-2027-2030", "indicator-changed", "MO27-1.1"),
        ("uppdragsplan-ks-2027", "derivation-added", "KS-2027-2"),
        ("uppdragsplan-ks-2027", "derivation-cut", "KS-2027-2"),
        ("overgripande-mal-2027-2030", "follow-through-lost", "MO27-1.3"),
        ("riktlinje-bistandsbedomning-aldreomsorg", "deviation-added", "D001"),
        ("riktlinje-bistandsbedomning-aldreomsorg", "deviation-changed", "D002"),
        ("riktlinje-bistandsbedomning-aldreomsorg", "deviation-lapsed", "F008"),
    }
    assert expected <= kinds, expected - kinds
    assert report["findings"]["new"] and report["findings"]["fixed"]
    assert not any(d["id"].startswith("vardegrund") for d in report["documents"])  # renamed only


def test_rename_only_is_no_governance_change(repo, cli):
    git(repo, "mv", "mal", "malsattning")
    git(repo, "mv", "riktlinjer/riktlinje-styrmodell.yaml", "riktlinjer/styrmodell.yaml")
    git(repo, "commit", "-q", "-m", "rename")
    before = state(repo)
    run = cli("diff", "HEAD~1", "--lang", "en", *TODAY)
    assert run.code == 0, run.err
    assert run.out == ("styrcheck diff HEAD~1 → working tree\n"
                       "Documents: no change to the steering model\n"
                       "Findings: 0 new, 0 fixed\n")
    report = cli("diff", "HEAD~1", "HEAD", "--format", "json", *TODAY).json
    assert report["documents"] == [] and report["findings"] == {"new": [], "fixed": []}
    assert state(repo) == before


def test_working_tree_is_the_default_head(repo, cli):
    """Uncommitted edits are HEAD's; the index and refs stay as they were."""
    edit(repo / "uppdragsplaner" / "uppdragsplan-kfn-2027.yaml", "beslutad_av: kfn", "beslutad_av: ks")
    git(repo, "add", "uppdragsplaner/uppdragsplan-kfn-2027.yaml")
    edit(repo / "budget" / "budget-2027.yaml", "id: budget-2027", "id: budget-2027-reviderad")
    before = state(repo)
    run = cli("diff", "main", "--format", "json", *TODAY)
    assert state(repo) == before
    changes = [(d["id"], d["status"], [c["kind"] for c in d["changes"]]) for d in run.json["documents"]]
    assert changes[:2] == [("budget-2027-reviderad", "added", ["document-added"]),
                           ("budget-2027", "removed", ["document-removed"])]
    assert ("uppdragsplan-kfn-2027", "changed", ["field"]) in changes
    assert run.json["head"] == {"name": None, "commit": None}


def test_two_folders(tmp_path, cli, monkeypatch):
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(EXAMPLES / "norrkoping", old, ignore=shutil.ignore_patterns(FOLDER))
    shutil.copytree(old, new)
    edit(new / "riktlinjer" / "riktlinje-bistandsbedomning-aldreomsorg.yaml", "beslutad_av: von", "beslutad_av: ks")
    monkeypatch.chdir(tmp_path)
    run = cli("diff", "old", "new", "--format", "json", *TODAY)
    assert run.code == 0, run.err  # a new warning only
    assert [(d["id"], c["subject"], c["before"], c["after"]) for d in run.json["documents"] for c in d["changes"]] \
        == [("riktlinje-bistandsbedomning-aldreomsorg", "beslutad_av", "von", "ks")]
    assert run.json["base"] == {"name": "old", "commit": None}


def test_fail_on_new_findings(repo, cli):
    """As validate: exit 1 only when HEAD has new findings at the failing severity."""
    edit(repo / "mal" / "overgripande-mal-2027-2030.yaml", "beslutsdatum: 2026-11-16", "beslutsdatum: 2026-12-14")
    warning = cli("diff", "main", "--fail-on", "warning", "--format", "json", *TODAY)
    assert warning.code == 1
    assert [f["code"] for f in warning.json["findings"]["new"]] == ["M011"] and warning.json["summary"]["failing"] == 1
    assert cli("diff", "main", "--fail-on", "error", *TODAY).code == 0


def test_revision_that_does_not_exist(repo, cli):
    run = cli("diff", "no-such-branch", "--lang", "en")
    assert (run.code, run.out) == (2, "")
    assert run.err == "styrcheck: 'no-such-branch' is neither a folder nor a git revision of this repository\n"
    swedish = cli("diff", "main", "nope~3", "--lang", "sv")
    assert swedish.code == 2 and "'nope~3' är varken en mapp eller en git-revision" in swedish.err


def test_shallow_clone_without_base(repo, tmp_path, cli, monkeypatch):
    (repo / "budget" / "budget-2027.yaml").write_text("id: x\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "second")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    monkeypatch.chdir(clone)
    base = git(repo, "rev-parse", "main~1").strip()
    for lang, words in (("en", "is not in this shallow clone; fetch it with `git fetch --deepen=50`"),
                        ("sv", "finns inte i den här grunda klonen")):
        run = cli("diff", base, "--lang", lang)
        assert run.code == 2 and words in run.err, run.err


def test_links_and_submodules_are_skipped(repo, cli):
    os.symlink("budget-2027.yaml", repo / "budget" / "lank.yaml")
    sub = repo.parent / "sub"
    sub.mkdir()
    git(sub, "init", "-q", "-b", "main")
    (sub / "x.yaml").write_text("id: x\n", encoding="utf-8")
    git(sub, "add", "-A")
    git(sub, "commit", "-q", "-m", "sub")
    git(repo, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(sub), "extern")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "link and submodule")
    run = cli("diff", "main", "main~1", "--format", "json", *TODAY)
    assert run.code == 0, run.err
    assert run.json["skipped"] == [{"side": "main", "path": "budget/lank.yaml", "kind": "link"},
                                   {"side": "main", "path": "extern", "kind": "submodule"}]
    tree = Path(os.environ["STYRCHECK_CACHE_DIR"], FOLDER, "trees", git(repo, "rev-parse", "main^{tree}").strip())
    assert (tree / "budget" / "budget-2027.yaml").is_file()
    assert not (tree / "budget" / "lank.yaml").exists() and not (tree / "extern").exists()


def test_no_cache_leaves_no_tree(repo, cli, tmp_path):
    import tempfile

    before = set(os.listdir(tempfile.gettempdir()))
    assert cli("diff", "main", "--no-cache", *TODAY).code == 0
    assert not (repo / FOLDER).exists()
    assert {n for n in set(os.listdir(tempfile.gettempdir())) - before if n.startswith("styrcheck-diff-")} == set()


def test_ci_doc_shows_what_the_run_prints(repo, cli):
    """docs/ci.md's sample comment is this run's Markdown, exactly."""
    edit(repo / "uppdragsplaner" / "uppdragsplan-kfn-2027.yaml", "beslutad_av: kfn", "beslutad_av: ks")
    edit(repo / "riktlinjer" / "riktlinje-bistandsbedomning-aldreomsorg.yaml",
         "nästa: 2027-09-30", "nästa: 2029-09-30")
    run = cli("diff", "main", "--format", "markdown", "--lang", "sv", *TODAY)
    assert run.code == 1, run.err  # a new error: the kommunstyrelse may not decide the nämnd's plan
    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    start = doc.index("<!-- sample: tests/diff/test_diff.py -->\n\n````markdown\n") + len(
        "<!-- sample: tests/diff/test_diff.py -->\n\n````markdown\n")
    end = doc.index("````", start)
    assert_golden(run.out, ROOT / "docs" / "ci.md", (start, end))


def test_revision_outside_a_repository(tmp_path, cli, monkeypatch):
    shutil.copytree(EXAMPLES / "norrkoping", tmp_path / "plain", ignore=shutil.ignore_patterns(FOLDER))
    monkeypatch.chdir(tmp_path / "plain")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # no repository above tmp_path is found
    run = cli("diff", "main", "--lang", "en")
    assert run.code == 2 and run.out == ""
    assert run.err == ("styrcheck: . is not inside a git repository; compare two folders instead: "
                       "styrcheck diff OLD_FOLDER NEW_FOLDER\n")


def test_unknown_format(repo, cli):
    run = cli("diff", "main", "--format", "sarif", "--lang", "en")
    assert run.code == 2 and run.err == "styrcheck: unknown format 'sarif'; choose text, markdown or json\n"


def test_excluded_files_are_excluded_in_the_revision_too(repo, cli):
    """`uteslut: [uppdragsplaner/*]` is anchored at styrcheck.yaml's folder; in the revision
    written out it must mean the same files, or they would all look removed."""
    with (repo / "styrcheck.yaml").open("a", encoding="utf-8") as config:
        config.write('uteslut: ["uppdragsplaner/*"]\nignorera_per_fil:\n  "riktlinjer/*": [F003]\n')
    git(repo, "commit", "-q", "-am", "exclude")
    run = cli("diff", "main", "--format", "json", *TODAY)
    assert run.code == 0, run.err
    assert (run.json["documents"], run.json["findings"]) == ([], {"new": [], "fixed": []})


def test_kept_revisions_do_not_pile_up(repo, cli):
    """Each base is written once below the cache and reused; only the last four used stay."""
    trees = Path(os.environ["STYRCHECK_CACHE_DIR"], FOLDER, "trees")
    budget = repo / "budget" / "budget-2027.yaml"
    for n in range(5):
        edit(budget, "beskrivning:", f"# edit {n}\nbeskrivning:")
        git(repo, "commit", "-q", "-am", f"edit {n}")
        assert cli("diff", "HEAD~1", "HEAD", *TODAY).code == 0
    used = {git(repo, "rev-parse", f"HEAD~{n}^{{tree}}").strip() for n in range(3)}
    assert {p.name for p in trees.iterdir()} == used | {git(repo, "rev-parse", "HEAD~3^{tree}").strip()}
    written = (trees / git(repo, "rev-parse", "HEAD^{tree}").strip() / "budget" / "budget-2027.yaml").stat()
    assert cli("diff", "HEAD", *TODAY).code == 0
    again = (trees / git(repo, "rev-parse", "HEAD^{tree}").strip() / "budget" / "budget-2027.yaml").stat()
    assert (again.st_mtime_ns, again.st_ino) == (written.st_mtime_ns, written.st_ino)  # reused, not rewritten


def test_repository_text_is_escaped_in_markdown(repo, cli):
    """A title is repository text: no HTML, no table or emphasis, no line break in the comment."""
    plan = repo / "uppdragsplaner" / "uppdragsplan-kfn-2027.yaml"
    edit(plan, "beslutad_av: kfn", 'beslutad_av: "kfn <img src=x onerror=alert(1)> | **x**\\nny rad"')
    run = cli("diff", "main", "--format", "markdown", "--lang", "en", *TODAY)
    line = next(x for x in run.out.splitlines() if x.startswith("- beslutad"))
    assert line == r"- beslutad\_av: kfn → kfn \<img src=x onerror=alert(1)\> | \*\*x\*\*\\nny rad"  # shows \n
