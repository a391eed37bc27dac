"""Draw the README's screenshots of the report site (docs/images/report-*.png) with the helper
the browser tests use: `.venv/bin/python tests/screenshots.py`.

The site is that of examples/norrkoping on a fixed date, in Swedish, as a nämnd sees it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from browser import browser_page  # noqa: E402

from styrcheck.cli import main  # noqa: E402

TODAY = "2026-11-23"
SHOTS = {  # file name: (page, what to show)
    "report-overview.png": ("index.html", None),
    "report-document.png": ("dokument/uppdragsplan_bun_2026.html", None),
    "report-goal-chain.png": ("malkedjor.html", "article.chain"),
}


def main_() -> int:
    images = ROOT / "docs" / "images"
    with tempfile.TemporaryDirectory(prefix="styrcheck-shots-") as tmp:
        site = Path(tmp) / "site"
        code = main(["report", str(ROOT / "examples" / "norrkoping"), "-o", str(site), "--today", TODAY,
                     "--lang", "sv", "--no-cache"])
        if code != 0:
            return code
        with browser_page(width=1100, height=900) as (page, offline):
            for name, (target, element) in SHOTS.items():
                page.goto((site / target).as_uri())
                shot = images / name
                if element:
                    page.locator(element).first.screenshot(path=str(shot))
                else:
                    page.screenshot(path=str(shot), full_page=False)
                print(f"wrote {shot.relative_to(ROOT)}")
            if offline.refused:
                print(f"requests that left the file system: {offline.refused}", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main_())
