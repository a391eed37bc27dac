"""Open the report site in Debian's chromium, driven by Playwright, for the browser tests
(test_report_site.py) and the README's screenshots (screenshots.py).

Playwright's wheel carries its driver; no browser is ever downloaded (never `playwright
install`): chromium is /usr/bin/chromium. Every request that would leave the file system is
refused and recorded, so a test can assert that the site works offline. axe-core is the
npm package pinned in .ci/axe, found through $STYRCHECK_AXE (.ci/run sets it) or where
.ci/run installs it.

Locally a missing chromium, playwright or axe-core skips the tests; under CI=true (or
STYRCHECK_REQUIRE_RENDERERS=1, as .ci/run sets) it fails them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("STYRCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
AXE_ENV = "STYRCHECK_AXE"


def required() -> bool:
    return os.environ.get("CI") == "true" or os.environ.get("STYRCHECK_REQUIRE_RENDERERS") == "1"


def missing(what: str) -> None:
    """Skip the test, or fail it where the browser tests must run."""
    __tracebackhide__ = True
    message = f"{what}; run `bash .ci/run` (or `STYRCHECK_CI_SETUP_ONLY=1 bash .ci/run`) to install it"
    if required():
        pytest.fail(f"{message} (CI=true: a failure, not a skip)", pytrace=False)
    pytest.skip(message)


def axe_script() -> Path | None:
    """axe.min.js of the pinned axe-core, or None."""
    candidates = [os.environ.get(AXE_ENV)]
    prefix = os.environ.get("STYRCHECK_AXE_PREFIX") or str(Path.home() / ".cache" / "styrcheck-ci" / "axe")
    candidates.append(str(Path(prefix) / "node_modules" / "axe-core" / "axe.min.js"))
    candidates.append(str(Path(__file__).resolve().parents[1] / ".ci" / "axe" / "node_modules" / "axe-core" / "axe.min.js"))
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


class Offline:
    """Requests the page made that would have left the file system (refused)."""

    def __init__(self) -> None:
        self.refused: list[str] = []

    def route(self, route) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.refused.append(url)
            route.abort()


@contextlib.contextmanager
def browser_page(width: int = 1280, height: int = 900, javascript: bool = True) -> Iterator[tuple[object, Offline]]:
    """A page in headless chromium that may load files only, and what it tried otherwise."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the Python package playwright is not installed (pip install -e '.[test]')")
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        missing(f"chromium not found at {CHROMIUM} (apt-get install chromium)")
    offline = Offline()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block",
                                          java_script_enabled=javascript)
            context.route("**/*", offline.route)
            yield context.new_page(), offline
        finally:
            browser.close()
