#!/usr/bin/env bash
# Mutation testing: mutmut changes the code one small fault at a time (a `<` for a `<=`, a
# constant, a dropped call) and runs the fast tests on each; a mutant no test notices is a
# gap. Which modules and which tests: [tool.mutmut] in pyproject.toml. Not part of CI (it
# took 40 minutes on two shared cores); the last score and every survivor: docs/testing.md.
#
#   bash tests/mutation.sh              # everything configured, 2 processes
#   JOBS=4 bash tests/mutation.sh       # more processes
#   bash tests/mutation.sh 'styrcheck.calendar*'   # only some mutants (mutmut's names)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ -x .venv/bin/mutmut ] || .venv/bin/pip install -q -e ".[test,mutation]"
rm -rf mutants  # mutmut keeps results there; a fresh copy, so none is from older code
.venv/bin/mutmut run --max-children "${JOBS:-2}" "$@" || true  # it exits non-zero when mutants survive
.venv/bin/mutmut export-cicd-stats >/dev/null
python3 - <<'PY'
import json
stats = json.load(open("mutants/mutmut-cicd-stats.json"))
print("mutation score:", json.dumps(stats))
PY
echo "survivors (inspect each with: .venv/bin/mutmut show NAME):"
.venv/bin/mutmut results
