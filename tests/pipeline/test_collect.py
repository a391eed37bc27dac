"""The garbage collector is off during a run (collect.py) and as it was afterwards, so that a
program using styrcheck as a library finds its collector untouched."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from conftest import EXAMPLES

from styrcheck.core.profile import load
from styrcheck.pipeline import engine
from styrcheck.pipeline.options import Options
from styrcheck.pipeline.validate import check


@pytest.mark.parametrize("enabled", [True, False])
def test_a_library_run_leaves_the_collector_as_it_found_it(enabled, monkeypatch):
    during: list[bool] = []
    original = engine._check

    def spying(*args, **kwargs):
        during.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(engine, "_check", spying)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    frozen = gc.get_freeze_count()
    try:
        result = check([EXAMPLES / "norrkoping"], Options(load(), date(2026, 6, 30)))
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() == frozen  # nothing left frozen: only the command line freezes
    finally:
        (gc.enable if was else gc.disable)()
    assert result.documents > 50
    assert len(during) > 40 and not any(during)  # every rule ran with the collector off
