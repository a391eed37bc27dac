"""`styrcheck profile show`: a profile fully resolved, as YAML that `profile check` accepts.

`utökar` is applied (the result stands alone), every key is spelled canonically (with å/ä/ö),
names as the profile wrote them, each type's fields as its field groups (`modell:` read as
its groups), and settings left at their default are left out.
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML

from styrcheck.core.fields import groups_of
from styrcheck.core.profile import Profile

# Mappings whose keys are names the profile chose (read folded), not settings.
_NAMED = ("organslag", "dokumenttyper", "allvarlighet", "uppföljningsintervall")


def resolved(profile: Profile) -> dict[str, Any]:
    data = profile.model_dump(mode="json", by_alias=True, exclude_defaults=True, exclude={"spellings", "extends"})
    for key in _NAMED:
        if key in data:
            data[key] = {profile.spell(name): value for name, value in data[key].items()}
    for (_, doc_type), written in zip(profile.types(), _in_order(profile, data)):
        written.pop("modell", None)
        written.pop("fält", None)
        if groups_of(doc_type):
            written["fält"] = list(groups_of(doc_type))
        if "stege_per_slag" in written:
            written["stege_per_slag"] = {profile.spell(k): v for k, v in written["stege_per_slag"].items()}
    return data


def _in_order(profile: Profile, data: dict[str, Any]) -> list[dict[str, Any]]:
    """Each type's dumped settings, in the order of `profile.types()`."""
    types = data.get("dokumenttyper", {})
    return [types[name] for name, _ in profile.types()]


def to_yaml(profile: Profile) -> str:
    yaml = YAML()
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    yaml.width = 100
    out = io.StringIO()
    yaml.dump(resolved(profile), out)
    return out.getvalue()
