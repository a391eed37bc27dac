"""Rewrite the golden files (tests/golden/) after an intended change of output:

    .venv/bin/python tests/update_golden.py

It runs the golden tests with $STYRCHECK_UPDATE_GOLDEN=1, which rewrites each file whose
output changed (that test fails, so the run says which), then runs them again as usual to
show they pass. Review `git diff tests/golden` before committing. It refuses to run in CI
(the variable CI set), where golden files are compared and never written.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ci_fixtures import UPDATE_GOLDEN, in_ci  # noqa: E402 - after the path is set

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_TESTS = [
    "tests/report/test_report_golden.py",
    "tests/cli/test_examples.py::test_felaktigt_findings_are_the_golden_ones",  # both faulty examples
    "tests/diff/test_diff.py",
    "tests/authoring/test_guide.py",
    "tests/authoring/test_authoring.py::test_format_md_lists_the_required_fields_of_every_type",
]


def main() -> int:
    if in_ci():
        print("update_golden: CI is set; golden files are never rewritten in CI.", file=sys.stderr)
        return 2
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *GOLDEN_TESTS]
    subprocess.run(pytest, cwd=ROOT, env={**os.environ, UPDATE_GOLDEN: "1"}, check=False)
    env = {name: value for name, value in os.environ.items() if name != UPDATE_GOLDEN}
    return subprocess.run(pytest, cwd=ROOT, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
