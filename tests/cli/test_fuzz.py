"""Property-based fuzzing: whatever the bytes, the loader never raises; whatever the
documents, the whole pipeline ends in exit 0 or 1 (2 would be a crash: the arguments are
valid), and every output format stays well-formed.

The example budget is fixed and the search derandomized, with no deadline (the profile in
conftest.py), so CI is repeatable and its result never depends on the machine's speed. For a
longer hunt: STYRCHECK_FUZZ=explore pytest tests/cli/test_fuzz.py (random, 20 times the examples).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import tempfile
from datetime import date
from pathlib import Path
from unittest.mock import patch
from xml.etree import ElementTree as ET

from conftest import EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from test_hostile_battery import ORGANISATION, _plain

from styrcheck import report
from styrcheck.cli import main
from styrcheck.core import loader, parsers
from styrcheck.core.loader import Limits, Source, parse
from styrcheck.core.models import display_names
from styrcheck.core.profile import load

EXPLORE = os.environ.get("STYRCHECK_FUZZ") == "explore"


def budget(examples: int) -> settings:
    """The tests' profile (conftest.py) with this many examples; random in an explore run."""
    return settings(max_examples=examples * (20 if EXPLORE else 1), derandomize=not EXPLORE,
                    suppress_health_check=[*settings.default.suppress_health_check, HealthCheck.data_too_large])


TODAY = "2024-06-01"
TYPES = load().type_names()
ORGANS = ["kf", "ks", "bun", "von", "kommundirektören", "kommunstyrelsens-kontor", "utbildningskontoret", "okänt-organ"]
IDS = ["a", "b", "MO1", "MO1.1", "1.10", "BUN-2024-1", "r-[bold]x[/]", "själv"]
KEYS = sorted(set(display_names().values())) + ["okänd", "Titel", "giltig_fran", "<<", "x"]
WORDS = IDS + TYPES + ORGANS + [
    "ja", "nej", "no", "on", "~", "", "2023-13-45", "2023-02-30", "20230101", "kommunala_organisationen",
    "hela_kommunkoncernen", "extern", "intern", "år", "mandatperiod", "2 år", "öka", "uppfylld",
    "tjänstemannariktlinje", "politisk_riktlinje", "G001", "H002", "goal-area-count", "[bold]x[/]",
    "\x1b[2J", "ett\nnytt mål", "ska öka till 90 procent senast år 2030",
]

scalars = st.one_of(
    st.sampled_from(WORDS), st.text(max_size=12), st.integers(-5, 3000), st.booleans(), st.none(),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)), st.floats(allow_nan=True),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)),
    max_leaves=25,
)
dates = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
goal = st.fixed_dictionaries({"id": st.sampled_from(IDS), "text": st.sampled_from(WORDS)},
                             optional={"utgår_från": st.lists(st.sampled_from(IDS), max_size=2),
                                       "måluppfyllelse": values})
area = st.fixed_dictionaries({"id": st.sampled_from(IDS), "namn": st.text(max_size=10),
                              "mål": st.lists(goal, max_size=4)})
document = st.builds(
    lambda base, extra: {**base, **extra},
    st.fixed_dictionaries(
        {"id": st.sampled_from(IDS), "typ": st.sampled_from([*TYPES, "organisation", "okänd"]),
         "titel": st.sampled_from(WORDS), "beslutad_av": st.sampled_from(ORGANS), "beslutsdatum": dates,
         "giltig_från": dates, "gäller_för": st.sampled_from(["kommunala_organisationen", *ORGANS])},
        optional={"giltig_till": dates, "utgår_från": st.lists(st.sampled_from(IDS), max_size=3),
                  "ersätter": st.lists(st.sampled_from(IDS), max_size=2), "målområden": st.lists(area, max_size=7),
                  "mål": st.lists(goal, max_size=4), "avsteg": st.lists(values, max_size=2)},
    ),
    st.dictionaries(st.sampled_from(KEYS), values, max_size=4),
)

TOKENS = [
    "\n", "  ", " ", "- ", "-", ": ", ":", "? ", ",", "[", "]", "{", "}", "&a ", "&b ", "*a", "*b",
    "!!python/object/apply:os.system ", "!t ", "!!str ", "!!binary ", "!!map ", "'", '"', "#", "|\n", ">-\n",
    "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "<<: ", "\t", "\\", "id", "typ", "mål",
    "målområden", "utgår_från", "riktlinje", "2023-01-01", "2023-13-45", "nej", "1.10", "\ufeff", "\r\n",
    "\r", "å", "\x85", "\u2028", "\x1b", "\x00", "\x7f", "\ud7ff", "\U0001f642",
]
yaml_like = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=80).map("".join)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"]


def _dump(data: object, flow: bool) -> str:
    """YAML as libyaml writes it (ruamel.yaml's pure-Python emitter writes `[:0]` and `[0?]`
    unquoted, which libyaml then refuses: its quirk, not the loader's)."""
    yaml = YAML(typ="safe")
    yaml.default_flow_style = flow
    yaml.allow_unicode = True
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def assert_sound_source(source: Source) -> None:
    for finding in source.findings:
        assert finding.code.startswith("Y") and finding.line >= 1 and finding.column >= 1, finding
    assert _plain(source.data)


def assert_well_formed(fmt: str, out: str) -> None:
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(out)
    elif fmt == "junit":
        ET.fromstring(out.encode("utf-8"))


# --- the loader ----------------------------------------------------------------------------


@budget(400)
@given(st.binary(max_size=4096))
def test_loader_never_raises_on_any_bytes(raw):
    source = Source("x.yaml")
    parse(raw, source, Limits())
    assert_sound_source(source)


@budget(400)
@given(yaml_like, st.sampled_from(ENCODINGS))
def test_loader_never_raises_on_yaml_like_text(text, encoding):
    source = Source("x.yaml")
    parse(text.encode(encoding, "replace"), source, Limits(max_depth=8, max_nodes=500))
    assert_sound_source(source)


@budget(150)
@given(values, st.booleans())
def test_loader_reads_back_what_was_written(data, flow):
    """Any structure of text, lists and mappings comes back with every scalar as text."""
    source = Source("x.yaml")
    parse(_dump(data, flow).encode("utf-8"), source)
    assert not [f for f in source.findings if f.code != "Y002"], source.findings  # folded keys may clash
    assert _plain(source.data)


def _read_both_ways(raw: bytes, limits: Limits) -> tuple[Source, Source]:
    """`raw` read as the loader reads it (the events fast path where it applies) and by the
    node-based reader alone, which is what every other file takes."""
    fast, full = Source("x.yaml"), Source("x.yaml")
    parse(raw, fast, limits)
    with patch.object(loader, "_read_plain", return_value=False):
        parse(raw, full, limits)
    return fast, full


def _as_read(source: Source) -> tuple[object, ...]:
    """What a source holds, and where it places every path it has and some it has not: each
    asked of a fresh copy (the fast reader's first lookup is in its packed positions) and all
    asked of the source itself (from then on, its map)."""
    paths = loader.paths_of(source.data) or []
    asked = [*paths, *((*p, "saknas") for p in paths), *((*p, 0) for p in paths), *((*p, 99) for p in paths)]
    first = [copy.copy(source).position(p) for p in asked]
    return (source.data, first, [source.position(p) for p in asked], list(source.positions.items()),
            list(source.spellings.items()), source.findings)


@budget(300)
@given(st.one_of(values.map(lambda d: (d, False)), values.map(lambda d: (d, True)), document.map(lambda d: (d, False))),
       st.lists(st.sampled_from(["", "# kommentar\n", "---\n", "x: &a [1]\ny: *a\n", "z: !!int 1\n"]), max_size=2))
def test_the_fast_reader_reads_exactly_what_the_full_reader_reads(dumped, extra):
    """Values, every position in order, spellings and findings: the same, whichever reader
    took the file (extra lines bring anchors, tags and second documents: the fast path's
    refusals)."""
    data, flow = dumped
    raw = (_dump(data, flow) + "".join(extra)).encode("utf-8")
    fast, full = _read_both_ways(raw, Limits(max_depth=6, max_nodes=60))
    assert _as_read(fast) == _as_read(full)


@budget(300)
@given(yaml_like)
def test_the_fast_reader_agrees_on_yaml_like_text(text):
    fast, full = _read_both_ways(text.encode("utf-8", "replace"), Limits(max_depth=8, max_nodes=500))
    assert _as_read(fast) == _as_read(full)


@budget(150)
@given(st.one_of(values.map(lambda d: (d, False)), values.map(lambda d: (d, True)), document.map(lambda d: (d, False))))
def test_the_fallback_parser_reads_exactly_what_libyaml_reads(dumped):
    """ruamel.yaml's parser, which reads the files libyaml refuses, reads any other file as
    libyaml does: values, positions, spellings and findings."""
    data, flow = dumped
    raw = _dump(data, flow).encode("utf-8")
    by_libyaml, by_python = Source("x.yaml"), Source("x.yaml")
    parse(raw, by_libyaml, Limits(max_depth=6, max_nodes=60))
    with patch.object(loader, "LIBYAML", parsers.PURE_PYTHON):
        parse(raw, by_python, Limits(max_depth=6, max_nodes=60))
    assert _as_read(by_python) == _as_read(by_libyaml)


def test_the_fast_reader_agrees_on_every_example_file():
    files = sorted(EXAMPLES.rglob("*.yaml"))
    assert len(files) > 50
    for path in files:
        fast, full = _read_both_ways(path.read_bytes(), Limits())
        assert _as_read(fast) == _as_read(full), path


# --- the whole pipeline --------------------------------------------------------------------


@budget(60)
@given(st.lists(document, min_size=1, max_size=3), st.lists(yaml_like, max_size=1), st.booleans(),
       st.sampled_from(sorted(report.FORMATS)), st.sampled_from(["sv", "en"]))
def test_the_pipeline_ends_well_on_generated_documents(documents, garbage, flow, fmt, lang):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "organisation.yaml").write_text(ORGANISATION, encoding="utf-8")
        for number, data in enumerate(documents):
            Path(folder, f"dokument-{number}.yaml").write_text(_dump(data, flow), encoding="utf-8")
        for number, text in enumerate(garbage):
            Path(folder, f"skräp-{number}.yaml").write_bytes(text.encode("utf-8", "replace"))
        code, out, err = run_cli("validate", folder, "--format", fmt, "--lang", lang, "--today", TODAY)
    assert code in (0, 1), f"exit {code}: {err or out}"
    assert not err.strip() or "warning" in err, err
    assert_well_formed(fmt, out)


EXAMPLE_FILES = [
    "organisation.yaml", "vision/vision-2035.yaml", "program/politiskt-program-2023-2026.yaml",
    "mal/overgripande-mal-2023-2026.yaml", "uppdragsplaner/uppdragsplan-bun-2025.yaml",
    "verksamhetsplaner/verksamhetsplan-utbildningskontoret-2025.yaml", "riktlinjer/riktlinje-styrmodell.yaml",
    "redovisning/arsredovisning-2025.yaml", "vardegrund/vardegrund.yaml",
]
MUTATIONS = ["delete", "duplicate", "replace", "insert", "swap", "truncate", "indent", "dedent"]


def _mutate(text: str, data: st.DataObject) -> str:
    lines = text.splitlines(keepends=True) or [""]
    index = data.draw(st.integers(0, len(lines) - 1), label="line")
    line = lines[index]
    token = data.draw(st.one_of(st.sampled_from(TOKENS + WORDS), st.text(max_size=4)), label="token")
    kind = data.draw(st.sampled_from(MUTATIONS), label="mutation")
    if kind == "delete":
        del lines[index]
    elif kind == "duplicate":
        lines.insert(index, line)
    elif kind == "replace":
        key, sep, _ = line.partition(":")
        lines[index] = f"{key}{sep} {token}\n" if sep else token + "\n"
    elif kind == "insert":
        at = data.draw(st.integers(0, len(line)), label="column")
        lines[index] = line[:at] + token + line[at:]
    elif kind == "swap":
        other = data.draw(st.integers(0, len(lines) - 1), label="other")
        lines[index], lines[other] = lines[other], lines[index]
    elif kind == "truncate":
        lines = lines[:index]
    elif kind == "indent":
        lines[index] = "  " + line
    else:
        lines[index] = line[2:] if line.startswith("  ") else line.lstrip()
    return "".join(lines)


@budget(60)
@given(st.data())
def test_the_pipeline_ends_well_on_mutated_example_files(data):
    """Realistic documents, each run with a few edits gone wrong; every format renders."""
    from styrcheck.pipeline.options import Options
    from styrcheck.pipeline.validate import validate

    files = {name: (EXAMPLES / "norrkoping" / name).read_text(encoding="utf-8") for name in EXAMPLE_FILES}
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        name = data.draw(st.sampled_from(EXAMPLE_FILES), label="file")
        files[name] = _mutate(files[name], data)
    with tempfile.TemporaryDirectory() as folder:
        for name, text in files.items():
            Path(folder, name).parent.mkdir(parents=True, exist_ok=True)
            Path(folder, name).write_text(text, encoding="utf-8")
        code, out, err = run_cli("validate", folder, "--format", "json", "--today", "2025-06-01")
        assert code in (0, 1), f"exit {code}: {err or out}"
        json.loads(out)
        _, result = validate([Path(folder)], Options(profile=load(), today=date(2025, 6, 1)))
    assert not result.crashed, result.crashed
    for fmt in sorted(report.FORMATS):
        assert_well_formed(fmt, report.render(fmt, result, "sv"))
