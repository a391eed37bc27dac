"""`styrcheck diff` with the cache filled gives exactly what it gives without one.

A warm diff compares only the files whose content differs, with what they bear on
(diff/narrow.py), and reads what it needs of the others from the cache (diff/facts.py, a
revision's survey). Each kind of change is made in the working tree against `main` after a
diff that filled the cache; the warm run must print byte for byte what `--no-cache` prints, and
must not have modelled every file (`load_repository`, the whole comparison's way). A cache
entry that is stale (another content) or foreign (another cache's) is never used.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES
from test_diff import TODAY, change_everything, edit, git, repo  # noqa: F401 (repo: a fixture)

from styrcheck.cache.store import FOLDER

PLANS = Path("uppdragsplaner")


def _whole_sides(*args, **kwargs):
    raise AssertionError("the whole sides were modelled: the comparison was not narrowed")


def _move_goal(root: Path) -> None:
    """KS-2027-3 moved from the kommunstyrelse's uppdragsplan to the end of kfn's."""
    ks, kfn = root / PLANS / "uppdragsplan-ks-2027.yaml", root / PLANS / "uppdragsplan-kfn-2027.yaml"
    text = ks.read_text(encoding="utf-8")
    start, end = text.index("  - id: KS-2027-3\n"), text.index("  - id: KS-2027-4\n")
    ks.write_text(text[:start] + text[end:], encoding="utf-8")
    kfn.write_text(kfn.read_text(encoding="utf-8") + text[start:end], encoding="utf-8")


def _replacing(root: Path) -> None:
    """A new riktlinje that replaces one left in place (its entry needs the other's title)."""
    old = (root / "riktlinjer" / "riktlinje-synpunktshantering.yaml").read_text(encoding="utf-8")
    new = old.replace("id: riktlinje-synpunktshantering", "id: riktlinje-klagomal")
    new = new.replace("gäller_för:", "ersätter: [riktlinje-synpunktshantering]\ngäller_för:", 1)
    (root / "riktlinjer" / "riktlinje-klagomal.yaml").write_text(new, encoding="utf-8")


def _cut_one_of_two(root: Path, year: int = 2026) -> None:
    """kfn's plan of `year` no longer derives from MO2.4; the other year's (unchanged) still does."""
    plan = root / PLANS / f"uppdragsplan-kfn-{year}.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("utgår_från: [MO2.4]", "utgår_från: [MO2.3]"), "utf-8")


CHANGES = {
    "field": lambda r: edit(r / PLANS / "uppdragsplan-kfn-2027.yaml", "beslutad_av: kfn", "beslutad_av: ks"),
    "title only": lambda r: edit(r / PLANS / "uppdragsplan-kfn-2027.yaml", "titel: ", "titel: Ny "),
    "document added and replacing": _replacing,
    "document removed": lambda r: (r / "budget" / "budget-2027.yaml").unlink(),
    "document renamed": lambda r: (r / "vision" / "vision-2035.yaml").rename(r / "vision" / "visionen.yaml"),
    "goal reworded": lambda r: edit(r / PLANS / "uppdragsplan-ks-2027.yaml", "    text: ", "    text: Nu: "),
    "goal moved between documents": _move_goal,
    "last follow-through lost": lambda r: edit(
        r / PLANS / "uppdragsplan-ks-2027.yaml", "utgår_från: [MO27-1.3]", "utgår_från: [MO27-1.1]"
    ),
    "one follow-through of two cut": _cut_one_of_two,
    "avsteg": lambda r: edit(
        r / "riktlinjer" / "riktlinje-bistandsbedomning-aldreomsorg.yaml",
        "giltig_till: 2027-06-30",
        "giltig_till: 2026-06-30",
    ),
    "findings of a neighbour": lambda r: edit(
        r / "mal" / "overgripande-mal-2027-2030.yaml", "id: MO27-1.3\n", "id: MO27-1.9\n"
    ),
}


def _three(cli, *args: str) -> tuple[str, str, str]:
    """The output of `diff main` with the cache as it is, again warm, and without a cache."""
    runs = [
        cli("diff", "main", *args, *TODAY),
        cli("diff", "main", *args, *TODAY),
        cli("diff", "main", *args, *TODAY, "--no-cache"),
    ]
    assert len({run.code for run in runs}) == 1 and all(run.err == "" for run in runs), [r.err for r in runs]
    return runs[0].out, runs[1].out, runs[2].out


@pytest.mark.parametrize("kind", list(CHANGES))
def test_warm_diff_is_the_diff_without_cache(repo, cli, monkeypatch, kind):  # noqa: F811
    cli("diff", "main", *TODAY)  # the cache now holds main's tree, its result, and the working tree's
    CHANGES[kind](repo)
    monkeypatch.setattr("styrcheck.diff.command.load_repository", _whole_sides)
    first, warm, cold = _three(cli, "--format", "json")
    assert first == warm == cold
    first, warm, cold = _three(cli, "--lang", "en")
    assert first == warm == cold


def test_expected_changes_are_found_narrowed(repo, cli, monkeypatch):  # noqa: F811
    """The narrowed runs above report what the kinds say (not merely the same nothing)."""
    cli("diff", "main", *TODAY)
    monkeypatch.setattr("styrcheck.diff.command.load_repository", _whole_sides)
    found = {}
    for kind in ("document added and replacing", "last follow-through lost", "one follow-through of two cut"):
        git(repo, "checkout", "-q", "--", ".")
        git(repo, "clean", "-q", "-f", "--", "riktlinjer")
        CHANGES[kind](repo)
        report = cli("diff", "main", "--format", "json", *TODAY).json
        found[kind] = _changes(report)
    assert ("riktlinje-synpunktshantering", "document-replaced", "") in found["document added and replacing"]
    assert ("overgripande-mal-2027-2030", "follow-through-lost", "MO27-1.3") in found["last follow-through lost"]
    assert not [c for c in found["one follow-through of two cut"] if c[1] == "follow-through-lost"]


def test_an_id_held_twice_compares_the_whole_sides(repo, cli):  # noqa: F811
    """Which of two files holding one id counts depends on both: the whole sides are compared."""
    cli("diff", "main", *TODAY)
    shutil.copy(repo / PLANS / "uppdragsplan-ks-2027.yaml", repo / PLANS / "kopia.yaml")
    edit(repo / PLANS / "uppdragsplan-ks-2027.yaml", "beslutad_av: ks", "beslutad_av: kfn")
    first, warm, cold = _three(cli, "--format", "json")
    assert first == warm == cold


def test_two_revisions_warm(repo, cli, monkeypatch):  # noqa: F811
    change_everything(repo)
    cold = cli("diff", "HEAD~1", "HEAD", "--format", "json", *TODAY, "--no-cache")
    cli("diff", "HEAD~1", "HEAD", *TODAY)
    monkeypatch.setattr("styrcheck.diff.command.load_repository", _whole_sides)
    warm = cli("diff", "HEAD~1", "HEAD", "--format", "json", *TODAY)
    assert (warm.code, warm.out) == (cold.code, cold.out)


def test_facts_of_an_edited_file_are_not_stale(tmp_path, cli, monkeypatch):
    """Facts are kept by content, not by file: those of BASE's sn 2027, noted while it did not
    follow MO27-1.2, are not taken for it once it does again (two folders: BASE can change)."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(EXAMPLES / "norrkoping", old, ignore=shutil.ignore_patterns(FOLDER))
    shutil.copytree(old, new)
    plans = [Path(PLANS, f"uppdragsplan-{organ}-2027.yaml") for organ in ("bun", "kfn", "sn")]
    for folder, plan in [(new, plans[0]), (new, plans[1]), (new, plans[2]), (old, plans[2])]:
        edit(folder / plan, "MO27-1.2", "MO27-1.1")
    monkeypatch.chdir(tmp_path)
    lost = ("overgripande-mal-2027-2030", "follow-through-lost", "MO27-1.2")
    assert lost in _changes(cli("diff", "old", "new", "--format", "json", *TODAY).json)  # BASE's facts noted
    for folder in (old, new):
        shutil.copy(EXAMPLES / "norrkoping" / plans[2], folder / plans[2])
    monkeypatch.setattr("styrcheck.diff.command.load_repository", _whole_sides)
    warm = cli("diff", "old", "new", "--format", "json", *TODAY)
    assert warm.out == cli("diff", "old", "new", "--format", "json", *TODAY, "--no-cache").out
    assert lost not in _changes(warm.json)


def _changes(report: dict) -> list[tuple[str, str, str]]:
    return [(d["id"], c["kind"], c["subject"]) for d in report["documents"] for c in d["changes"]]


def test_foreign_survey_is_not_used(repo, cli):  # noqa: F811
    """A revision's noted survey copied from another cache (another token) is ignored: here
    BASE would otherwise be surveyed as HEAD's files, and show no change. (Facts are read
    through the same check: Cache._read_own.)"""
    change_everything(repo)
    expected = cli("diff", "HEAD~1", "HEAD", "--format", "json", *TODAY, "--no-cache").out
    cli("diff", "HEAD~1", "HEAD", *TODAY)
    trees = sorted(Path(os.environ["STYRCHECK_CACHE_DIR"]).glob(f"{FOLDER}/trees/*/{FOLDER}"))
    assert len(trees) == 2, trees
    head_tree = git(repo, "rev-parse", "HEAD^{tree}").strip()
    theirs, ours = sorted(trees, key=lambda cache: cache.parent.name != head_tree)
    shutil.copy(theirs / "note-survey.json", ours / "note-survey.json")
    assert cli("diff", "HEAD~1", "HEAD", "--format", "json", *TODAY).out == expected


def test_survey_noted_under_other_options_is_not_used(repo, cli):  # noqa: F811
    change_everything(repo)
    cli("diff", "HEAD~1", "HEAD", *TODAY)  # notes each revision's survey without excludes
    excluded = ("--exclude", "riktlinjer/*")
    warm = cli("diff", "HEAD~1", "HEAD", "--format", "json", *excluded, *TODAY)
    cold = cli("diff", "HEAD~1", "HEAD", "--format", "json", *excluded, *TODAY, "--no-cache")
    assert warm.out == cold.out
    assert not [d for d in warm.json["documents"] if d["id"].startswith("riktlinje")]


def test_revisions_in_a_cache_restored_by_ci_are_used(repo, cli, monkeypatch):  # noqa: F811
    """$STYRCHECK_CACHE_DIR restored in place (new inodes, as a CI cache step leaves it): the
    revisions' own caches are used, not emptied, and no rule runs again on either side."""
    change_everything(repo)
    expected = cli("diff", "HEAD~1", "HEAD", "--format", "json", *TODAY)
    kept = Path(os.environ["STYRCHECK_CACHE_DIR"])
    saved = kept.with_name(kept.name + "-saved")
    shutil.move(kept, saved)
    shutil.copytree(saved, kept)
    monkeypatch.setattr("styrcheck.pipeline.validate.run", _no_rules)
    warm = cli("diff", "HEAD~1", "HEAD", "--format", "json", *TODAY)
    assert (warm.code, warm.err, warm.out) == (expected.code, "", expected.out)


def _no_rules(*args, **kwargs):
    raise AssertionError("rules ran again: the cache's result was not used")
