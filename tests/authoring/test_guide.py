"""docs/getting-started.md is run, not read: every `$ styrcheck …` in a ```console block runs
in a fresh folder, one for the Swedish half and one for the English, and what it prints must
be what the page shows. `<!-- file: NAME -->` before a ```yaml block writes that file first
(what a person fills in), `<!-- copy: PATH -->` copies a file of the checkout there.

The page is written as of GUIDE_TODAY: `validate` runs with that --today, as the examples'
READMEs are (their follow-up dates fall due some day). After an intended change, rewrite the
outputs with `.venv/bin/python tests/update_golden.py` and
review the diff.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest

from ci_fixtures import assert_golden
from conftest import ROOT

GUIDE = ROOT / "docs" / "getting-started.md"
GUIDE_TODAY = "2026-06-01"
_SECTION = re.compile(r"<!-- guide: (sv|en) -->")


def sections(text: str) -> dict[str, tuple[int, int]]:
    """Language -> (start, end) of its half of the page."""
    marks = list(_SECTION.finditer(text))
    return {m.group(1): (m.end(), marks[i + 1].start() if i + 1 < len(marks) else len(text))
            for i, m in enumerate(marks)}


def run_section(text: str, folder: Path, cli) -> str:
    """The section with every console block's output as the commands print it now."""
    out, pending, lines, i = [], None, text.split("\n"), 0
    while i < len(lines):
        line = lines[i]
        directive = re.fullmatch(r"<!-- (file|copy): (.+) -->", line.strip())
        if directive:
            pending = directive.groups()
            if pending[0] == "copy":
                shutil.copy(ROOT / pending[1], folder)
                pending = None
        if line.startswith("```yaml") and pending:
            end = lines.index("```", i + 1)
            (folder / pending[1]).write_text("\n".join(lines[i + 1:end]) + "\n", encoding="utf-8")
            pending = None
        if line == "```console":
            end = lines.index("```", i + 1)
            block = [line]
            for command in (c for c in lines[i + 1:end] if c.startswith("$ ")):
                args = shlex.split(command[2:])
                assert args[0] == "styrcheck", command
                extra = ["--today", GUIDE_TODAY] if args[1] == "validate" else []
                done = cli(*args[1:], *extra)
                block += [command, *(done.out + done.err).rstrip("\n").split("\n")]
            out += block + ["```"]
            i = end + 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_command_prints_what_the_guide_shows(lang, tmp_path, monkeypatch, cli):
    text = GUIDE.read_text(encoding="utf-8")
    start, end = sections(text)[lang]
    folder = tmp_path / "dokument"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8" if lang == "sv" else "C.UTF-8")
    now = run_section(text[start:end], folder, cli)
    assert_golden(now, GUIDE, (start, end))
    assert text[start:end].count("$ styrcheck") >= 6
