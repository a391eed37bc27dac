#!/usr/bin/env python3
"""Write document.schema.json: a JSON Schema of docs/format.md for check-jsonschema.

    python benchmarks/schema.py      # rewrites benchmarks/document.schema.json

Generated rather than hand-written because every key with å/ä/ö may also be written folded
(`giltig_fran`), and JSON Schema has no aliases: each such key is listed twice. It covers the
common fields and every type's own fields, so that check-jsonschema does work comparable to
styrcheck's per-file checks (not its cross-file rules, which no schema can express).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_FOLD = str.maketrans("åäö", "aao")


def fold(s: str) -> str:
    return s.translate(_FOLD)


def obj(props: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    """A closed object whose keys may be written canonically or folded."""
    properties: dict[str, Any] = {}
    for key, sub in props.items():
        properties[key] = sub
        properties.setdefault(fold(key), sub)
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    plain = [k for k in required if fold(k) == k]
    if plain:
        schema["required"] = plain
    aliased = [{"anyOf": [{"required": [k]}, {"required": [fold(k)]}]} for k in required if fold(k) != k]
    if aliased:
        schema["allOf"] = aliased
    return schema


def enum(*values: str) -> dict[str, Any]:
    return {"enum": sorted({v for value in values for v in (value, fold(value))})}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


def build() -> dict[str, Any]:
    text = {"type": "string", "minLength": 1}
    ids = {"type": "array", "items": ref("id")}
    yes_no = {"anyOf": [{"type": "boolean"}, {"enum": ["ja", "nej"]}]}
    year = {"type": "integer", "minimum": 1900, "maximum": 2200}
    defs: dict[str, Any] = {
        "id": {"type": "string", "minLength": 1, "pattern": r"^\S+$"},
        "ids": ids,
        "date": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "scope": {"anyOf": [enum("hela_kommunkoncernen", "kommunala_organisationen"),
                            {"type": "array", "items": ref("id"), "minItems": 1}]},
        "indicator": obj({"namn": text, "utgångsvärde": {"type": "number"}, "målvärde": {"type": "number"},
                          "enhet": text, "källa": text, "riktning": enum("öka", "minska"),
                          "jämförelseår": year}, ("namn",)),
        "fulfilment": obj({"beskrivning": text, "indikatorer": {"type": "array", "items": ref("indicator")}},
                          ("beskrivning",)),
        "goal": obj({"id": ref("id"), "text": text, "utgår_från": ids, "måluppfyllelse": ref("fulfilment")},
                    ("id", "text")),
        "area": obj({"id": ref("id"), "namn": text, "mål": {"type": "array", "items": ref("goal"), "minItems": 1}},
                    ("id", "namn", "mål")),
        "activity": obj({"id": ref("id"), "text": text, "utgår_från": ids}, ("id", "text")),
        "deviation": obj({"regel": text, "motivering": text, "beslut": text, "beslutad_av": ref("id"),
                          "giltig_till": ref("date")}, ("regel", "motivering")),
        "follow_up": {"anyOf": [ref("date"), obj({"intervall": text, "senast_uppföljd": ref("date"),
                                                  "nästa": ref("date")}, ("intervall",))]},
        "assessment": obj({"mål": ref("id"), "bedömning": enum("uppfylld", "delvis_uppfylld", "ej_uppfylld",
                                                                "ej_bedömd"), "motivering": text},
                          ("mål", "bedömning")),
        "start_decision": obj({"beslutad_av": ref("id"), "beslutsdatum": ref("date"), "diarienummer": text},
                              ("beslutad_av", "beslutsdatum")),
    }
    types = ("vision", "värdegrund", "politiskt_program", "övergripande_mål", "lagstadgad_plan",
             "uppdragsplan", "verksamhetsplan", "inriktningsdokument", "riktlinje",
             "kvalitetsredovisning", "budget", "årsredovisning", "planeringsförutsättningar")
    document = obj({
        # every document
        "id": ref("id"), "typ": enum(*types), "titel": text, "beslutad_av": ref("id"),
        "beslutsdatum": ref("date"), "diarienummer": text, "giltig_från": ref("date"),
        "giltig_till": ref("date"), "ersätter": ids, "gäller_för": ref("scope"), "utgår_från": ids,
        "publicering": enum("extern", "intern"), "principiell": yes_no,
        "samverkan": {"type": "array", "items": text, "minItems": 1},
        "avsteg": {"type": "array", "items": ref("deviation")}, "beskrivning": text,
        # per type
        "horisont": year, "värdeord": {"type": "array", "items": text},
        "gäller_roller": {"type": "array", "items": text},
        "målområden": {"type": "array", "items": ref("area"), "minItems": 1},
        "mål": {"type": "array", "items": ref("goal"), "minItems": 1},
        "lagrum": text, "kräver_fullmäktige": yes_no,
        "nämnd_informerad": ref("date"), "aktiviteter": {"type": "array", "items": ref("activity")},
        "startbeslut": ref("start_decision"), "beredd_av": ids,
        "slag": enum("tjänstemannariktlinje", "politisk_riktlinje"), "ägare": ref("id"),
        "uppföljning": ref("follow_up"), "utblick_till": year,
        "bedömningar": {"type": "array", "items": ref("assessment")},
    }, ("id", "typ", "titel", "beslutad_av", "beslutsdatum", "giltig_från", "gäller_för"))

    def when(typ: str, then: dict[str, Any]) -> dict[str, Any]:
        return {"if": {"properties": {"typ": enum(typ)}, "required": ["typ"]}, "then": then}

    def needs(*keys: str) -> dict[str, Any]:
        return {"allOf": [{"anyOf": [{"required": [k]}, {"required": [fold(k)]}]} for k in keys]}

    document["allOf"] = document.get("allOf", []) + [
        when("övergripande_mål", needs("målområden")),
        when("uppdragsplan", {"anyOf": [needs("mål"), needs("målområden")]}),
        when("verksamhetsplan", needs("aktiviteter")),
        when("inriktningsdokument", needs("startbeslut")),
        when("riktlinje", needs("slag", "ägare", "uppföljning")),
        when("årsredovisning", needs("bedömningar")),
    ]
    defs["document"] = document
    defs["organisation"] = obj({
        "typ": {"const": "organisation"}, "namn": text,
        "organ": {"type": "array", "items": obj({
            "id": ref("id"), "namn": text,
            "slag": enum("fullmäktige", "styrelse", "nämnd", "kommundirektör", "kontor", "enhet", "bolag"),
            "nämnd": ref("id"), "kontor": ref("id")}, ("id", "slag"))},
    }, ("typ", "organ"))
    defs["configuration"] = obj({"typ": {"const": "styrcheck"}, "profil": text, "språk": enum("sv", "en")},
                                ("typ",))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "styrcheck steering-document metadata (docs/format.md), for benchmarks",
        "type": "object",
        "if": {"properties": {"typ": {"const": "organisation"}}, "required": ["typ"]},
        "then": ref("organisation"),
        "else": {"if": {"properties": {"typ": {"const": "styrcheck"}}, "required": ["typ"]},
                 "then": ref("configuration"), "else": ref("document")},
        "$defs": defs,
    }


def main() -> None:
    out = Path(__file__).with_name("document.schema.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
