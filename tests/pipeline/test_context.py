"""A file or subfolder of a repository is checked among the repository's other documents: the
rules that compare documents need them, so they are read too (from styrcheck.yaml's folder),
and only the findings in what was named are reported."""

from __future__ import annotations

from conftest import write_files
from test_hierarchy_rules import ORGANISATION, chain

RUN = ("--format", "json", "--lang", "en", "--today", "2025-06-01")


def repository(root, config: bool = True) -> None:
    files = {"organisation.yaml": ORGANISATION, **{f"plans/{k}" if "plan" in k else k: v for k, v in chain().items()}}
    if config:
        files["styrcheck.yaml"] = "typ: styrcheck\n"
    # Another plan's mistake: a goal that derives from a goal no document has.
    files["plans/uppdragsplan-2026.yaml"] = files["plans/uppdragsplan-2025.yaml"].replace(
        "up-2025", "up-2026").replace("2025-", "2026-").replace("2024-12-10", "2025-06-01").replace(
        "BUN-2025-1", "BUN-2026-1").replace("[MO1.1]", "[MO9.9]")
    write_files(root, files)


def test_one_file_is_checked_among_the_others(tmp_path, monkeypatch, cli):
    repository(tmp_path)
    monkeypatch.chdir(tmp_path / "plans")
    run = cli("validate", "verksamhetsplan-2025.yaml", *RUN)
    # Its parent plan, the goals and the organisation are all found: nothing dangles.
    assert (run.code, run.findings(), run.json["summary"]["files"], run.json["summary"]["documents"]) == (0, [], 1, 1)


def test_only_the_named_paths_findings_are_reported(tmp_path, monkeypatch, cli):
    repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    whole = cli("validate", ".", *RUN)
    assert [f for f in whole.findings() if f.startswith("H001")] == ["H001 plans/uppdragsplan-2026.yaml:11"]
    assert cli("validate", "plans/uppdragsplan-2025.yaml", *RUN).findings() == []
    folder = cli("validate", "plans", *RUN)
    assert (folder.code, folder.findings()) == (1, [f for f in whole.findings() if " plans/" in f])
    assert folder.json["summary"]["files"] == 3
    # The same from the cache, and with two paths named.
    assert cli("validate", "plans", *RUN).json == folder.json
    both = cli("validate", "plans/uppdragsplan-2026.yaml", "vision.yaml", *RUN)
    assert both.findings() == ["H001 plans/uppdragsplan-2026.yaml:11"]


def test_without_styrcheck_yaml_a_folder_is_checked_on_its_own(tmp_path, monkeypatch, cli):
    repository(tmp_path, config=False)
    monkeypatch.chdir(tmp_path)
    found = cli("validate", "plans", *RUN).findings()
    assert "H001 plans/uppdragsplan-2025.yaml:11" in found  # its goals are not in plans/
    assert any(f.startswith("M008") for f in found)  # nor is the organisation
