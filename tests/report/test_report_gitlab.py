"""GitLab Code Quality: the fields GitLab reads, and fingerprints that survive edits."""

from __future__ import annotations

import json
import shutil

from ci_fixtures import STABLE, ci_repo  # noqa: F401


def gitlab(cli) -> list[dict]:
    run = cli("validate", ".", "--format", "gitlab", *STABLE)
    assert run.code == 1
    return json.loads(run.out)


def test_fields_and_severities(ci_repo, cli):
    issues = gitlab(cli)
    assert [(i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("G001 goal-area-count", "major", "mal/overgripande-mal-2023-2026.yaml", 9),
        ("M002 unknown-field", "minor", "riktlinjer/riktlinje-synpunkter.yaml", 11),
        ("Y001 yaml-syntax", "major", "riktlinjer/utkast.yaml", 4),
    ]
    assert all(i["description"] and len(i["fingerprint"]) == 64 for i in issues)
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_fingerprints_survive_reformatting_and_moving(ci_repo, cli):
    before = {i["check_name"]: i["fingerprint"] for i in gitlab(cli) if not i["check_name"].startswith("Y")}
    goals = ci_repo / "mal" / "overgripande-mal-2023-2026.yaml"
    goals.write_text("# Omformaterad: kommentar överst och tomrader.\n\n\n" + goals.read_text(encoding="utf-8"),
                     encoding="utf-8")
    shutil.move(ci_repo / "riktlinjer", ci_repo / "styrdokument")
    after = gitlab(cli)
    assert {i["check_name"]: i["fingerprint"] for i in after if not i["check_name"].startswith("Y")} == before
    assert [i["location"]["lines"]["begin"] for i in after if i["check_name"].startswith("G001")] == [12]
