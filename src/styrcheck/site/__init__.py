"""`styrcheck report`: the steering model as a static web site for the people it is for, and
the document register as a table for Excel.

model.py gathers what the pages show; hierarchy.py draws the Hierarki pictures; exports.py
writes CSV and xlsx; templates/ and static/ are the pages and their style and filter script.
Jinja2 escapes everything a template prints (autoescape), so no text of the repository
reaches a page as markup. Every link is relative and nothing is fetched from elsewhere: the
site works opened from disk, offline.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from styrcheck import __version__, output
from styrcheck.core.errors import ToolError

if TYPE_CHECKING:
    from styrcheck.core.diagnostics import Finding
    from styrcheck.core.repository import Repository
    from styrcheck.site.model import Site

FORMATS = ("html", "csv", "xlsx")
HERE = Path(__file__).parent
# The menu of every page: the overview pages, by file, and the word each is called by.
MENU = {
    "index.html": "overview",
    "dokument.html": "documents",
    "malkedjor.html": "chains",
    "uppfoljning.html": "followup",
    "avsteg.html": "deviations",
    "hierarki.html": "hierarchy",
}


class SiteError(ToolError):
    """The report cannot be made (its extra is not installed, the folder cannot be written)."""


def require_extra(output_format: str) -> None:
    """Jinja2 and openpyxl come with `pip install styrcheck[report]`."""
    module = "openpyxl" if output_format == "xlsx" else "jinja2" if output_format == "html" else None
    if module is None:
        return
    try:
        __import__(module)
    except ImportError:
        raise SiteError("report-extra", module=module) from None


def gather(repo: Repository, findings: list[Finding], lang: str) -> Site:
    from styrcheck.site.model import gather as gathered

    return gathered(repo, findings, lang)


def write_site(site: Site, findings: list[Finding], folder: Path, jobs: int | None = None) -> int:
    """Every page of the site into `folder` (made if missing); returns how many files. With
    many pages, rendered in forked worker processes (`jobs`; None: one per core)."""
    from styrcheck.site import hierarchy

    pictures, svgs, dot_found = hierarchy.pictures(site, findings)
    pages: dict[str, tuple[str, dict]] = {
        "index.html": ("overview.html", {}),
        "dokument.html": ("documents.html", {}),
        "malkedjor.html": ("chains.html", {}),
        "uppfoljning.html": ("followup.html", {"owners": _by_owner(site)}),
        "avsteg.html": ("deviations.html", {}),
        "hierarki.html": (
            "hierarchy.html",
            {"pictures": pictures, "dot_found": dot_found, "tree": hierarchy.tree(site)},
        ),
    }
    for page in site.pages:
        pages[page.href] = ("document.html", {"page": page})
    for rule in site.rules:
        pages[f"regel/{rule.code}.html"] = ("rule.html", {"rule": rule})
    global _job
    try:
        for sub in ("dokument", "regel", "static"):
            output.make_folder(folder / sub)
        _job = (_environment(site), folder, list(pages.items()))
        _render_all(len(pages), jobs)
        for name, data in svgs.items():
            output.write_in_folder(folder / name, data)
        for static in (HERE / "static").iterdir():
            output.write_in_folder(folder / "static" / static.name, static.read_bytes())
    except OSError as err:
        raise SiteError("cannot-write", path=err.filename or folder, reason=err.strerror or err) from None
    finally:
        _job = None
    return len(pages) + len(svgs)


def _environment(site: Site):
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from styrcheck import due
    from styrcheck.core.diagnostics import Severity
    from styrcheck.site.words import words

    environment = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # the templates do not change during a run: no stat of each one per page
    )
    environment.globals.update(
        w=words(site.lang, site.repo.profile),
        kinds=due.words(site.lang),
        site=site,
        version=__version__,
        anchor=site.anchor,
        profile=site.repo.profile,  # its words, quotes (citat) and their source (källa)
        source=site.repo.profile.source_text or "",
        severity_levels=Severity,
    )
    environment.globals.update(menu=MENU, chrome=_chrome(environment))
    environment.filters["number"] = lambda value: _number(value, site.lang)
    return environment


def _chrome(environment):
    """The header and footer of a page (templates/frame.html), rendered once for each folder
    depth and menu entry rather than for each of 10,000 pages."""
    frame = environment.get_template("frame.html")

    @functools.cache
    def rendered(root: str, current: str):
        module = frame.make_module({"root": root, "here": current})
        return {"header": module.header(), "footer": module.footer()}

    return lambda root, here: rendered(root, here if here in MENU else "")


# Below this many pages, rendering takes less time than starting worker processes costs.
PARALLEL_MIN = 1000
# What forked workers render: the environment, the folder and the pages (set by write_site).
_job: tuple | None = None


def _render_all(count: int, jobs: int | None) -> None:
    """Render pages [0, count) of `_job`, across forked processes when that pays (the workers
    share the parent's site as it stands, copy-on-write; only page numbers are sent)."""
    from styrcheck.pipeline.runner import fork_is_safe

    workers = min(jobs or os.cpu_count() or 1, 8)
    if workers > 1 and count >= PARALLEL_MIN and fork_is_safe():
        chunks = [range(start, count, workers) for start in range(workers)]
        try:
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                list(pool.map(_render, chunks))
            return
        except BrokenProcessPool:
            pass  # no processes to be had here: one process does it
    _render(range(count))


def _render(numbers: range) -> None:
    assert _job is not None
    environment, folder, pages = _job
    for number in numbers:
        name, (template, values) = pages[number]
        text = environment.get_template(template).render(root="../" * name.count("/"), here=name, **values)
        output.write_in_folder(folder / name, text.encode("utf-8"))


def _number(value: float, lang: str) -> str:
    """37.0 as 37, 82.1 as 82,1 in Swedish."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "sv" else text


def _by_owner(site: Site) -> list[tuple[str | None, str | None, list]]:
    """The follow-up calendar by owner (id, name, items), owners with overdue items first."""
    groups: dict[str | None, list] = {}
    for item in site.due:
        groups.setdefault(item.owner, []).append(item)

    def order(owner: str | None) -> tuple:
        return (min(i.date for i in groups[owner]) >= site.today, owner is None, owner or "")

    return [(owner, groups[owner][0].owner_name, groups[owner]) for owner in sorted(groups, key=order)]
