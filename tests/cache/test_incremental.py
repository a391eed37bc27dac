"""Incremental checking (incremental.py): after an edit, a run with the cache prints exactly what
a run without it prints, whether it checked only the edited files or everything again; which
of the two it does depends on what the edit changed."""

from __future__ import annotations

import importlib
import random
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

from styrcheck.pipeline import validate

TODAY = ("--today", "2026-06-30")


@pytest.fixture
def repo(examples_copy) -> Path:
    return examples_copy


@pytest.fixture
def full_runs(monkeypatch) -> list[int]:
    """One entry per run that checked the whole repository (rather than the edited files)."""
    runs: list[int] = []
    original = validate._checked

    def counting(repo, options):
        runs.append(len(repo.documents))
        return original(repo, options)

    monkeypatch.setattr(validate, "_checked", counting)
    return runs


def output(cli, *args: str) -> str:
    run = cli("validate", ".", *TODAY, *args)
    assert run.code in (0, 1) and "Traceback" not in run.err, run.err
    return run.out


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


VON = "mal/uppdragsplan-von-2024.yaml"
SN = "hierarki/uppdragsplan-sn-2024.yaml"
VON_TITLE = "titel: Uppdragsplan 2024 för vård- och omsorgsnämnden\n"
SN_TITLE = "titel: Uppdragsplan 2024 för socialnämnden"

# (what the edit is, the edits: file, text, new text; whether only the edited files are checked)
EDITS = [
    ("a title", [(SN, SN_TITLE, SN_TITLE + " (reviderad)")], True),
    ("lines above findings of other rules, which move",
     [(VON, VON_TITLE, VON_TITLE + "beskrivning: >-\n  Planen gäller\n  hela året.\n")], True),
    ("a comment on top, which moves every line", [(SN, "# Fel med avsikt", "# Ny rad.\n#\n# Fel med avsikt")], True),
    ("an indicator's name, which a finding of a local rule quotes",
     [(VON, "{namn: Andel undersköterskor", "{namn: Andelen undersköterskor")], True),
    ("goal texts in two files",
     [(VON, "text: Fler unga väljer", "text: Allt fler unga väljer"),
      ("mal/overgripande-mal-2023-2026.yaml", "text: Fler besöker biblioteken.", "text: Fler besöker biblioteken varje år.")],
     True),
    ("a reference", [(SN, "utgår_från: [övergripande-mål-2023-2026]", "utgår_från: [overgripande-mal-2023-2026]")],
     False),
    ("a date", [(VON, "beslutsdatum: 2023-11-23", "beslutsdatum: 2023-11-24")], False),
    ("a definition of fulfilment written as one text",
     [("mal/overgripande-mal-2023-2026.yaml", "måluppfyllelse: Fler besök än 2022.", "måluppfyllelse: Fler besök än 2021.")],
     True),
    ("a definition of fulfilment removed, which a local rule then reports",
     [("mal/overgripande-mal-2023-2026.yaml", ", måluppfyllelse: Fler besök än 2022.}", "}")], True),
    ("a definition of fulfilment written as one text turned into a mapping",
     [("mal/overgripande-mal-2023-2026.yaml", "måluppfyllelse: Fler besök än 2022.}",
       "måluppfyllelse: {beskrivning: Fler besök än 2022.}}")], False),
    ("the title of a document that may have no goals, which G008 reads",
     [("mal/riktlinje-mentorskap-utbildningskontoret.yaml", "titel: Riktlinje för mentorskap",
       "titel: Målet är att andelen ska öka till 95 procent senast 2026. Riktlinje för mentorskap")], False),
    ("a document with an avsteg", [("beslut/riktlinje-sociala-medier.yaml", "titel: Riktlinje för", "titel: Ny riktlinje för")],
     False),
    ("a document whose id is not unique",
     [("metadata/riktlinje-representation.yaml", "titel: Riktlinje för", "titel: Ny riktlinje för")], False),
    ("a document with a modelling problem",
     [("metadata/riktlinje-distansarbete.yaml", "titel: Riktlinje för", "titel: Ny riktlinje för")], False),
    ("a syntax error", [(SN, SN_TITLE, "titel: [Uppdragsplan")], False),
    ("the organisation", [("organisation.yaml", "namn: Kommunstyrelsen", "namn: Kommunstyrelsen i Exempelkommunen")],
     False),
]


@pytest.mark.parametrize("changes, incremental", [e[1:] for e in EDITS], ids=[e[0] for e in EDITS])
def test_after_an_edit_the_cached_run_prints_what_a_full_run_prints(repo, cli, full_runs, changes, incremental):
    output(cli, "--format", "json")  # fills the cache
    for name, old, new in changes:
        edit(repo, name, old, new)
    del full_runs[:]
    cached = output(cli, "--format", "json")
    assert len(full_runs) == (0 if incremental else 1)
    assert cached == output(cli, "--format", "json", "--no-cache")
    assert output(cli) == output(cli, "--no-cache")  # the text, lines and columns as shown


@pytest.mark.parametrize("organisation", ["removed", "without typ"])
def test_without_a_usable_organisation_an_edit_is_checked_in_full(repo, cli, full_runs, organisation):
    """M008 then reports once in the repository, on the first document naming a body: a run
    over the edited files alone would report it on them too."""
    if organisation == "removed":
        (repo / "organisation.yaml").unlink()
    else:
        edit(repo, "organisation.yaml", "typ: organisation\n", "")
    output(cli, "--format", "json")
    edit(repo, SN, SN_TITLE, SN_TITLE + " (reviderad)")
    del full_runs[:]
    assert output(cli, "--format", "json") == output(cli, "--format", "json", "--no-cache")
    assert len(full_runs) == 2


def test_an_edit_that_leaves_a_documents_avsteg_unused_shows_x002_as_a_full_run_does(repo, cli, full_runs):
    """The avsteg accepts G003 (a local rule) until the edit writes the definition of
    fulfilment as one text: a free text, so the document looks the same from outside, but now
    the avsteg has nothing to accept. X002 is a rule across documents: only a full run finds it."""
    goals = "mal/overgripande-mal-2023-2026.yaml"
    kept, missing = "biblioteken., måluppfyllelse: Fler besök än 2022.}", "biblioteken.}"
    edit(repo, goals, kept, missing)
    with (repo / goals).open("a", encoding="utf-8") as file:
        file.write("avsteg:\n  - {regel: G003, motivering: Definieras när biblioteksplanen är klar.}\n")
    before = cli("validate", ".", *TODAY, "--format", "json").findings()
    edit(repo, goals, missing, kept)
    cached = cli("validate", ".", *TODAY, "--format", "json")
    full = cli("validate", ".", *TODAY, "--format", "json", "--no-cache")
    assert cached.out == full.out
    line = (repo / goals).read_text(encoding="utf-8").splitlines().index("avsteg:") + 2
    assert f"X002 {goals}:{line}" in set(full.findings()) - set(before)


def test_the_findings_that_move_are_shown_at_their_new_lines(repo, cli, full_runs):
    """Not only equal to a full run: the lines really moved (G006 and G010 are below the edit)."""
    before = cli("validate", ".", *TODAY, "--format", "json").findings()
    edit(repo, VON, VON_TITLE, VON_TITLE + "beskrivning: >-\n  Planen gäller\n  hela året.\n")
    del full_runs[:]
    after = cli("validate", ".", *TODAY, "--format", "json").findings()
    assert full_runs == []
    moved = sorted(set(after) - set(before))
    assert moved == ["F007 mal/uppdragsplan-von-2024.yaml:13", "F008 mal/uppdragsplan-von-2024.yaml:13",
                     "G006 mal/uppdragsplan-von-2024.yaml:24", "G010 mal/uppdragsplan-von-2024.yaml:34"]


def test_files_added_or_removed_are_checked_in_full(repo, cli, full_runs):
    output(cli)
    shutil.copy(repo / SN, repo / "hierarki" / "kopia.yaml")
    del full_runs[:]
    assert output(cli) == output(cli, "--no-cache")
    assert len(full_runs) == 2  # the cached run and the uncached one
    (repo / "hierarki" / "kopia.yaml").unlink()
    del full_runs[:]
    assert output(cli) == output(cli, "--no-cache")
    assert len(full_runs) == 2


def test_options_that_differ_from_the_last_run_check_in_full(repo, cli, full_runs):
    output(cli)
    edit(repo, SN, SN_TITLE, SN_TITLE + " (reviderad)")
    del full_runs[:]
    assert output(cli, "--ignore", "F008") == output(cli, "--ignore", "F008", "--no-cache")
    assert len(full_runs) == 2


def _generator(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # generate.py and the corpus.py it imports
    return importlib.import_module("generate")


def _random_edit(text: str, rng: random.Random) -> str:
    """A title, a goal's text, a description, a fulfilment, comments or a date: some are free
    texts, some not; some edits break the file."""
    lines = text.split("\n")
    keys = ("titel:", "text:", "beskrivning:", "måluppfyllelse:", "beslutsdatum:")
    choices = [i for i, line in enumerate(lines) if line.lstrip().startswith(keys)]
    kind = rng.choice(["comment", "description", "line"] + (["field"] if choices else []))
    if kind == "comment":
        return "# En kommentar.\n" * rng.randint(1, 3) + text
    if kind == "description" and lines and lines[0].startswith("id:"):
        return "\n".join([lines[0], "beskrivning: >-", "  Två rader", "  av text.", *lines[1:]])
    if kind == "field":
        i = rng.choice(choices)
        if lines[i].lstrip().startswith("beslutsdatum:"):
            lines[i] = lines[i].replace("-0", "-1", 1)
        else:
            lines[i] += " ändrad"
        return "\n".join(lines)
    return text + "# Sist.\n"


def test_a_series_of_random_edits_on_a_generated_repository(tmp_path, monkeypatch, cli, full_runs):
    """Edits one after another, each run building on the last one's cache, on every type of
    document the benchmark generates (with broken files among them)."""
    root = tmp_path / "generated"
    _generator(monkeypatch).generate(root, 150, seed=7)
    monkeypatch.chdir(root)
    rng = random.Random(7)
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*.yaml"))
    output(cli, "--format", "json")
    incremental = 0
    for _ in range(16):
        name = rng.choice(files)
        path = root / name
        path.write_text(_random_edit(path.read_text(encoding="utf-8"), rng), encoding="utf-8")
        del full_runs[:]
        cached = output(cli, "--format", "json")
        incremental += not full_runs
        assert cached == output(cli, "--format", "json", "--no-cache"), name
    assert incremental >= 4  # the series does exercise the incremental path


def test_the_graph_after_an_edit_is_the_graph_drawn_without_the_cache(repo, cli, full_runs):
    output(cli)
    edit(repo, SN, SN_TITLE, SN_TITLE + " (reviderad)")
    del full_runs[:]
    drawn = cli("graph", ".", "--format", "dot", *TODAY)
    assert full_runs == [] and "(reviderad)" in drawn.out  # the findings from the edited file alone
    assert drawn.out == cli("graph", ".", "--format", "dot", "--no-cache", *TODAY).out


def _alone_and_among_all(root: Path, codes: frozenset[str]) -> tuple[int, int]:
    """For each document: the findings of `codes` in it, checked alone (with the organisation)
    and among all documents. Returns how many documents there were and in how many they differ."""
    from datetime import date

    from styrcheck.core import profile
    from styrcheck.core.repository import assemble, is_organisation_file
    from styrcheck.pipeline.engine import run
    from styrcheck.pipeline.result import Selection

    rules, today = profile.load(None), date(2026, 6, 30)
    sources = validate.read_all([root], validate.Options(rules, today))
    repo = assemble(sources, rules, today)
    among_all = run(repo, Selection(codes), jobs=1).findings
    organisation = [s for s in sources if is_organisation_file(s)]
    differ = 0
    for doc in repo.documents:
        alone = assemble([doc.source, *(s for s in organisation if s is not doc.source)], rules, today)
        found = [f for f in run(alone, Selection(codes), jobs=1).findings if f.path == doc.path]
        differ += found != [f for f in among_all if f.path == doc.path]
    return len(repo.documents), differ


@pytest.mark.parametrize("example", ["norrkoping", "felaktigt", "generated"])
def test_a_local_rule_finds_in_a_document_alone_what_it_finds_there_among_all(example, tmp_path, monkeypatch):
    """What `local=True` promises, and the incremental path rests on."""
    from styrcheck.checks.registry import all_rules

    root = EXAMPLES / example
    if example == "generated":
        root = tmp_path / example
        _generator(monkeypatch).generate(root, 150, seed=3)
    local = frozenset(r.code for r in all_rules() if r.local)
    documents, differ = _alone_and_among_all(root, local)
    assert documents > 40 and differ == 0
    # ... and the comparison can tell: the other rules do depend on the other documents.
    others = frozenset(r.code for r in all_rules() if r.check is not None and not r.local and not r.reviews)
    assert _alone_and_among_all(root, others)[1] > 0
