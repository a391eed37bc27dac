#!/usr/bin/env python3
"""Generate a reproducible repository of steering-document metadata for benchmarks.

    python benchmarks/generate.py OUT_DIR --documents N --seed S

Writes OUT_DIR/organisation.yaml and exactly N documents in the format of docs/format.md,
about 2 KB each, in nested folders by type and year, with goals and `utgår_från` chains as in
real use and about 3 % broken files (invalid YAML, missing fields, dangling references, wrong
types, duplicate or misspelt keys). Same arguments, byte-identical tree: one seeded RNG, no
clock, no hash-ordered containers. The municipality grows with N (more nämnder, years and
units), so that at 100,000 documents it is inflated but every file still looks real.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from corpus import (
    ACTIVITIES,
    AREAS,
    BOLAG,
    DIRECTION_DOCS,
    DOMAIN_AREAS,
    GUIDELINE_TOPICS,
    NAMNDER,
    PLACES,
    SENTENCES,
    STATUTORY_PLANS,
    UP_GOALS,
)

VERSION = 1  # bump when the output changes, so run.py regenerates cached trees
MARKER = ".styrcheck-bench.json"
LAST_YEAR = 2026  # fixed "now", so that output never depends on the clock
BROKEN_SHARE = 0.03
MUNICIPALITY = "Norrköpings kommun"


# --- a small YAML writer: we control every value, and a general dumper is far slower -----

class Flow(dict[str, Any]):
    """A mapping written on one line, as authors write indicators and activities."""


class Quoted(str):
    """A scalar in single quotes: authors quote dates now and then."""


_PLAIN = re.compile(r"[A-Za-zÅÄÖåäöÉé0-9(§][^:#,\[\]{}\"'\n|>&*!%@`]*")
_NUMBER_LIKE = re.compile(r"[-+.]?\d[\d_.:eE+-]*")
_RESERVED = {"yes", "no", "y", "n", "on", "off", "true", "false", "null", "ja", "nej", "~"}


def scalar(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Quoted):
        return "'" + v.replace("'", "''") + "'"
    s = str(v)
    if (_PLAIN.fullmatch(s) and not s.endswith(" ") and s.lower() not in _RESERVED
            and not _NUMBER_LIKE.fullmatch(s)):
        return s
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted one


def _flow(v: Any) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_flow(x) for x in v) + "]"
    return scalar(v)


def _folded(lines: list[str], text: str, ind: int) -> None:
    pad, width = " " * ind, max(40, 88 - ind)
    for n, para in enumerate(text.split("\n\n")):
        if n:
            lines.append("")
        line = ""
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(pad + line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(pad + line)


def _mapping(lines: list[str], m: dict[str, Any], ind: int) -> None:
    pad = " " * ind
    for k, v in m.items():
        if isinstance(v, Flow):
            lines.append(f"{pad}{k}: {_flow(v)}")
        elif isinstance(v, dict):
            lines.append(f"{pad}{k}:")
            _mapping(lines, v, ind + 2)
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            lines.append(f"{pad}{k}:")
            for item in v:
                if isinstance(item, Flow):
                    lines.append(f"{pad}  - {_flow(item)}")
                else:
                    start = len(lines)
                    _mapping(lines, item, ind + 4)
                    lines[start] = f"{pad}  - {lines[start][ind + 4:]}"
        elif isinstance(v, list):
            lines.append(f"{pad}{k}: {_flow(v)}")
        elif isinstance(v, str) and not isinstance(v, Quoted) and len(v) > 72:
            lines.append(f"{pad}{k}: >-")
            _folded(lines, v, ind + 2)
        else:
            lines.append(f"{pad}{k}: {scalar(v)}")


def dump(doc: dict[str, Any], comment: str = "") -> str:
    lines = [f"# {comment}"] if comment else []
    _mapping(lines, doc, 0)
    return "\n".join(lines) + "\n"


# --- the municipality -------------------------------------------------------------------

_FOLD = str.maketrans("åäöÅÄÖé", "aaoAAOe")


def fold(s: str) -> str:
    return s.translate(_FOLD)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s.lower())).strip("-")


Job = tuple[str, tuple[Any, ...]]  # (method name, its arguments): one document to write


@dataclass(frozen=True)
class Body:
    id: str
    namn: str
    abbr: str  # prefix of goal and activity ids, and of diarienummer
    domain: str
    namnd: str  # the nämnd it answers to (itself for a nämnd)
    kontor: str  # the kontor that decides for it (itself for a kontor)


class Generator:
    def __init__(self, out: Path, n: int, seed: int) -> None:
        self.out, self.n, self.seed, self.rng = out, n, seed, random.Random(seed)
        self.periods = max(1, min(10, round(math.log2(max(n, 1) / 250))))  # 1k: 2, 100k: 9
        self.first_year = LAST_YEAR + 1 - 4 * self.periods
        self.years = list(range(self.first_year, LAST_YEAR + 1))
        k = max(8, min(15, int(2 + 2 * math.log10(max(n, 10)))))  # 1k: 8, 100k: 12
        self.used_ids: set[str] = set()
        self.dirs: set[Path] = set()
        self.stats: Counter[str] = Counter()
        self.bytes = 0
        self._organisation(k)

    # organisation ------------------------------------------------------------------------
    def _organisation(self, k: int) -> None:
        ks = Body("ks", "Kommunstyrelsen", "KS", "styrning", "ks", "kommunstyrelsens-kontor")
        self.namnder: list[Body] = [ks]
        self.kontor: list[Body] = [Body("kommunstyrelsens-kontor", "Kommunstyrelsens kontor", "KSK",
                                        "styrning", "ks", "kommunstyrelsens-kontor")]
        self.kinds: dict[str, tuple[str, ...]] = {"kommunstyrelsens-kontor": ("Kansliet {p}",)}
        for nid, namn, abbr, kid, knamn, kabbr, domain, kinds in NAMNDER[:k]:
            self.namnder.append(Body(nid, namn, abbr, domain, nid, kid))
            self.kontor.append(Body(kid, knamn, kabbr, domain, nid, kid))
            self.kinds[kid] = kinds
        self.namnd_by_id = {b.id: b for b in self.namnder}
        self.bolag = BOLAG[:min(len(BOLAG), 3 + k // 3)]
        self.enheter: list[Body] = []

    def _add_enheter(self, count: int) -> None:
        # Schools and care homes dominate a real municipality's units.
        weights = [4 if b.domain in ("utbildning", "omsorg") else 1 for b in self.kontor]
        seen: Counter[str] = Counter()
        for kontor in self.rng.choices(self.kontor, weights, k=count):
            name = self.rng.choice(self.kinds[kontor.id]).format(p=self.rng.choice(PLACES))
            seen[name] += 1
            if seen[name] > 1:
                name = f"{name} {seen[name]}"
            # Organ ids keep å/ä/ö, as `kommundirektören` does in the format.
            organ_id = re.sub(r"[^a-z0-9åäö]+", "-", name.lower()).strip("-")
            self.enheter.append(Body(organ_id, name, f"{kontor.abbr}-E{len(self.enheter) + 1}", kontor.domain,
                                     kontor.namnd, kontor.id))

    def organisation_doc(self) -> dict[str, Any]:
        organ = [Flow(id="kf", namn="Kommunfullmäktige", slag="fullmäktige"),
                 Flow(id="ks", namn="Kommunstyrelsen", slag="styrelse")]
        organ += [Flow(id=b.id, namn=b.namn, slag="nämnd") for b in self.namnder[1:]]
        organ.append(Flow(id="kommundirektören", namn="Kommundirektören", slag="kommundirektör"))
        organ += [Flow(id=b.id, namn=b.namn, slag="kontor", nämnd=b.namnd) for b in self.kontor]
        organ += [Flow(id=b.id, namn=b.namn, slag="enhet", kontor=b.kontor) for b in self.enheter]
        organ += [Flow(id=i, namn=n, slag="bolag") for i, n in self.bolag]
        return {"typ": "organisation", "namn": MUNICIPALITY, "organ": organ}

    # helpers -----------------------------------------------------------------------------
    def day(self, year: int, m_lo: int, m_hi: int) -> date:
        return date(year, self.rng.randint(m_lo, m_hi), self.rng.randint(1, 28))

    def prose(self, domain: str, lo: int, hi: int, extra: str = "styrning") -> str:
        pool = SENTENCES[domain] + SENTENCES[extra] if domain != extra else SENTENCES[domain]
        picked = self.rng.sample(pool, min(len(pool), self.rng.randint(lo, hi)))
        per = max(2, len(picked) // self.rng.randint(1, 3))  # one to three paragraphs
        return "\n\n".join(" ".join(picked[i:i + per]) for i in range(0, len(picked), per))

    def unique(self, base: str) -> str:
        doc_id, n = base, 1
        while doc_id in self.used_ids:
            n += 1
            doc_id = f"{base}-{n}"
        self.used_ids.add(doc_id)
        return doc_id

    def common(self, doc_id: str, typ: str, titel: str, by: str, decided: date, start: date,
               end: date | None, scope: Any, parents: list[str] | None = None,
               replaces: list[str] | None = None) -> dict[str, Any]:
        abbr = self.namnd_by_id[by].abbr if by in self.namnd_by_id else by[:3].upper()
        d: dict[str, Any] = {"id": doc_id, "typ": typ, "titel": titel, "beslutad_av": by,
                             "beslutsdatum": Quoted(decided.isoformat()) if self.rng.random() < 0.04
                             else decided}
        if self.rng.random() < 0.85:
            d["diarienummer"] = f"{fold(abbr)}-{decided.year}/{self.rng.randint(12, 2400)}"
        d["giltig_från"] = start
        if end:
            d["giltig_till"] = end
        if replaces:
            d["ersätter"] = replaces
        d["gäller_för"] = scope
        if parents:
            d["utgår_från"] = parents
        return d

    def fulfilment(self, area: int, year: int) -> dict[str, Any]:
        name, unit, source = self.rng.choice(AREAS[area][2])
        if self.rng.random() < 0.2:  # a direction against a year is a definition too
            ind = Flow(namn=name, riktning=self.rng.choice(["öka", "minska"]), jämförelseår=year - 1)
            text = f"Målet är nått när {name[0].lower()}{name[1:]} har förbättrats jämfört med {year - 1}."
        else:
            base = self.rng.randint(10, 90) if unit == "procent" else self.rng.randint(50, 5000)
            target = base + self.rng.randint(1, 12) * (1 if unit == "procent" else 17)
            ind = Flow(namn=name, utgångsvärde=base, målvärde=target, enhet=unit, källa=source)
            text = (f"Målet är nått när {name[0].lower()}{name[1:]} uppgår till minst {target}"
                    f"{' procent' if unit == 'procent' else ''}.")
        return {"beskrivning": text, "indikatorer": [ind]}

    # planning ----------------------------------------------------------------------------
    def plan(self) -> list[Job]:
        """Every document to write, parents before children, so cutting at N keeps refs."""
        rng, jobs = self.rng, list[Job]()
        past = [y for y in self.years if y < LAST_YEAR]
        prev = None
        for v in sorted(y for y in (2013 - 10 * i for i in range(8)) if y > self.first_year - 10):
            jobs.append(("värdegrund", (v, prev, v + 10 if v + 10 <= 2013 else None)))
            prev = f"vardegrund-{v}"
        self.visions = sorted(y for y in (2016 - 12 * i for i in range(8)) if y > self.first_year - 12)
        for i, v in enumerate(self.visions):
            nxt = self.visions[i + 1] if i + 1 < len(self.visions) else None
            jobs.append(("vision", (v, nxt, self.visions[i - 1] if i else None)))
        jobs.append(("klimatvision", ()))
        self.goals: dict[int, list[tuple[int, str, list[str]]]] = {}  # period start -> areas
        directions: dict[str, str] = {}
        for s in range(self.first_year, LAST_YEAR + 1, 4):
            areas = sorted(rng.sample(range(len(AREAS)), rng.randint(4, 6)))
            self.goals[s] = [(a, f"MO{s}-{i + 1}", rng.sample(AREAS[a][1], rng.randint(3, 5)))
                             for i, a in enumerate(areas)]
            jobs += [("program", (s,)), ("övergripande_mål", (s,))]
            plans = [p for p in STATUTORY_PLANS if p[4] in self.namnd_by_id]
            for p in rng.sample(plans, min(len(plans), max(2, len(self.namnder) // 3))):
                jobs.append(("lagstadgad_plan", (s, p)))
            for topic in rng.sample(DIRECTION_DOCS, 2):
                jobs.append(("inriktningsdokument", (s, topic, directions.get(topic[0]))))
                directions[topic[0]] = f"inriktningsdokument-{topic[0]}-{s}"
        for y in self.years:
            jobs += [("budget", (y,)), ("planeringsförutsättningar", (y,))]
        jobs += [("årsredovisning", (y,)) for y in past]
        self.up_goals = {(b.id, y): rng.randint(4, 7) for b in self.namnder for y in self.years}
        jobs += [("uppdragsplan", (b, y)) for y in reversed(self.years) for b in self.namnder]
        jobs += [("kvalitetsredovisning", (b, y)) for y in reversed(past) for b in self.namnder]
        # What is left goes 60/40 to verksamhetsplaner (one per kontor and unit and year)
        # and riktlinjer: the bulk of any real repository.
        rest = self.n - len(jobs)
        self._add_enheter(max(0, round(0.6 * rest / len(self.years)) - len(self.kontor)))
        units = self.kontor + self.enheter
        jobs += [("verksamhetsplan", (u, y)) for y in reversed(self.years) for u in units]
        jobs += self._guidelines(self.n - len(jobs))
        return jobs[:self.n]

    def _guidelines(self, count: int) -> list[Job]:
        rng, jobs = self.rng, list[Job]()
        scopes: list[tuple[str, Body | None]] = [("org", None)]
        scopes += [("nämnd", b) for b in self.namnder] + [("kontor", b) for b in self.kontor]
        scopes += [("enhet", b) for b in self.enheter]
        weights = [10.0] + [15 / len(self.namnder)] * len(self.namnder) \
            + [25 / len(self.kontor)] * len(self.kontor) \
            + ([50 / len(self.enheter)] * len(self.enheter) if self.enheter else [])
        while len(jobs) < count:
            kind, body = rng.choices(scopes, weights)[0]
            domain = body.domain if body and rng.random() < 0.7 else "styrning"
            topic = rng.choice(GUIDELINE_TOPICS[domain])
            year, prev = rng.randint(self.first_year, LAST_YEAR), ""
            while year <= LAST_YEAR and len(jobs) < count:
                nxt = year + rng.randint(3, 6)
                doc_id = self.unique(f"riktlinje-{topic[0]}" + (f"-{fold(body.id)}" if body else "")
                                     + f"-{year}")
                jobs.append(("riktlinje", (doc_id, kind, body, domain, topic, year, prev,
                                           nxt if nxt <= LAST_YEAR else None)))
                year, prev = nxt, doc_id
        return jobs

    # documents: each returns (folder, id, document) -----------------------------------------
    def värdegrund(self, v: int, prev: str | None, nxt: int | None) -> tuple[str, str, dict[str, Any]]:
        d = self.common(f"vardegrund-{v}", "värdegrund", f"Värdegrund för {MUNICIPALITY}", "kf",
                        date(v, 9, 30), date(v, 10, 1), date(nxt, 9, 30) if nxt else None,
                        "kommunala_organisationen", replaces=[prev] if prev else None)
        d["värdeord"] = ["respekt", "delaktighet", "trovärdighet"]
        d["gäller_roller"] = ["förtroendevalda", "medarbetare"]
        d["beskrivning"] = self.prose("styrning", 5, 9, "vision")
        return "vardegrund", d["id"], d

    def vision(self, v: int, nxt: int | None, prev: int | None) -> tuple[str, str, dict[str, Any]]:
        h = v + 19
        d = self.common(f"vision-{h}", "vision", f"Vision {h}", "kf", date(v, 4, 25), date(v, 5, 1),
                        date(nxt, 4, 30) if nxt else None, "hela_kommunkoncernen",
                        replaces=[f"vision-{prev + 19}"] if prev else None)
        d["horisont"] = h
        d["beskrivning"] = (f"År {h} är Norrköping en av landets främsta miljökommuner med "
                            f"{150 + (h - 2000) * 1} 000 invånare. " + self.prose("vision", 4, 7))
        return "vision", d["id"], d

    def klimatvision(self) -> tuple[str, str, dict[str, Any]]:
        d = self.common("klimatvision-linkoping-norrkoping", "vision", "Gemensam klimatvision "
                        "Linköping – Norrköping", "kf", date(2008, 3, 31), date(2008, 4, 1), None,
                        "hela_kommunkoncernen")
        d["samverkan"] = ["Linköpings kommun"]
        d["horisont"] = 2030
        d["beskrivning"] = self.prose("miljö", 4, 8)
        return "vision", d["id"], d

    def _vision_at(self, year: int) -> str:
        return f"vision-{max(v for v in self.visions if v <= year) + 19}"

    def program(self, s: int) -> tuple[str, str, dict[str, Any]]:
        d = self.common(f"politiskt-program-{s}-{s + 3}", "politiskt_program",
                        f"Politiskt program för mandatperioden {s}–{s + 3}", "kf",
                        self.day(s - 1, 11, 12), date(s, 1, 1), date(s + 3, 12, 31),
                        "kommunala_organisationen", [self._vision_at(s)])
        d["beskrivning"] = self.prose("styrning", 8, 14, "vision")
        return "program", d["id"], d

    def övergripande_mål(self, s: int) -> tuple[str, str, dict[str, Any]]:
        late = self.rng.random() < 0.15  # decided in spring instead of with the budget
        d = self.common(f"overgripande-mal-{s}-{s + 3}", "övergripande_mål",
                        f"Målområden med övergripande mål {s}–{s + 3}", "kf",
                        self.day(s, 2, 4) if late else self.day(s - 1, 11, 11), date(s, 1, 1),
                        date(s + 3, 12, 31), "kommunala_organisationen", [f"politiskt-program-{s}-{s + 3}"])
        d["beskrivning"] = self.prose("styrning", 3, 6)
        d["målområden"] = [
            {"id": area_id, "namn": AREAS[a][0],
             "mål": [{"id": f"{area_id}.{j + 1}", "text": text, "måluppfyllelse": self.fulfilment(a, s)}
                     for j, text in enumerate(goals)]}
            for a, area_id, goals in self.goals[s]]
        return "mal", d["id"], d

    def _period(self, y: int) -> int:
        return y - (y - self.first_year) % 4

    def _om_goals(self, y: int, areas: list[int]) -> list[str]:
        s = self._period(y)
        ids = [f"{aid}.{j + 1}" for a, aid, g in self.goals[s] if a in areas for j in range(len(g))]
        return ids or [f"{aid}.{j + 1}" for _, aid, g in self.goals[s] for j in range(len(g))]

    def lagstadgad_plan(self, s: int, p: tuple[str, str, str, bool, str]) -> tuple[str, str, dict[str, Any]]:
        key, title, lagrum, kf, owner = p
        by = "kf" if kf else owner
        d = self.common(self.unique(f"{key}-{s}-{s + 3}"), "lagstadgad_plan", f"{title} {s}–{s + 3}",
                        by, self.day(s, 3, 11), date(s + 1, 1, 1), date(s + 3, 12, 31),
                        "kommunala_organisationen" if kf else [owner], [f"overgripande-mal-{s}-{s + 3}"])
        d["lagrum"] = lagrum
        if kf:
            d["kräver_fullmäktige"] = True
        d["beskrivning"] = self.prose(self.namnd_by_id[owner].domain, 8, 14)
        return f"lagstadgade-planer/{s}", d["id"], d

    def inriktningsdokument(self, s: int, topic: tuple[str, str], prev: str | None) -> tuple[str, str, dict[str, Any]]:
        decided = self.day(s + 1, 3, 11)
        d = self.common(f"inriktningsdokument-{topic[0]}-{s}", "inriktningsdokument", topic[1], "kf",
                        decided, decided + timedelta(days=14), None, "kommunala_organisationen",
                        replaces=[prev] if prev else None)
        if self.rng.random() < 0.95:  # the rest lack the KS start decision (D005)
            d["startbeslut"] = {"beslutad_av": "ks", "beslutsdatum": self.day(s, 2, 10),
                                "diarienummer": f"KS-{s}/{self.rng.randint(12, 999)}"}
        d["beredd_av"] = [b.id for b in self.rng.sample(self.namnder[1:], 2)]
        d["beskrivning"] = self.prose("styrning", 9, 15)
        return "inriktningsdokument", d["id"], d

    def budget(self, y: int) -> tuple[str, str, dict[str, Any]]:
        late = self.rng.random() < 0.1
        d = self.common(f"budget-{y}", "budget", f"Budget {y} med plan för {y + 1}–{y + 2}", "kf",
                        self.day(y - 1, 9, 11) if late else self.day(y - 1, 6, 6), date(y, 1, 1),
                        date(y, 12, 31), "kommunala_organisationen",
                        [f"overgripande-mal-{self._period(y)}-{self._period(y) + 3}"])
        d["utblick_till"] = y + 3
        d["beskrivning"] = self.prose("ekonomi", 12, 18)
        return "budget", d["id"], d

    def planeringsförutsättningar(self, y: int) -> tuple[str, str, dict[str, Any]]:
        d = self.common(f"planeringsforutsattningar-{y}", "planeringsförutsättningar",
                        f"Planeringsförutsättningar {y}–{y + 4}", "kommunstyrelsens-kontor",
                        self.day(y - 1, 2, 3), date(y, 1, 1), date(y, 12, 31), "kommunala_organisationen")
        d["beskrivning"] = self.prose("ekonomi", 12, 18)
        return "planeringsforutsattningar", d["id"], d

    def årsredovisning(self, y: int) -> tuple[str, str, dict[str, Any]]:
        s = self._period(y)
        d = self.common(f"arsredovisning-{y}", "årsredovisning", f"Årsredovisning {y}", "kf",
                        self.day(y + 1, 4, 4), date(y, 1, 1), date(y, 12, 31), "hela_kommunkoncernen",
                        [f"overgripande-mal-{s}-{s + 3}"])
        d["beskrivning"] = self.prose("ekonomi", 3, 5)
        grades = ["uppfylld", "delvis_uppfylld", "ej_uppfylld", "ej_bedömd"]
        d["bedömningar"] = [
            Flow(mål=g, bedömning=self.rng.choices(grades, [3, 5, 2, 1])[0],
                 motivering=self.rng.choice(SENTENCES["styrning"]))
            for g in self._om_goals(y, list(range(len(AREAS)))) if self.rng.random() < 0.97]
        return "arsredovisning", d["id"], d

    def uppdragsplan(self, b: Body, y: int) -> tuple[str, str, dict[str, Any]]:
        s = self._period(y)
        decided = self.day(y, 1, 1) if self.rng.random() < 0.05 else self.day(y - 1, 11, 12)
        d = self.common(f"{fold(b.id)}-uppdragsplan-{y}", "uppdragsplan",
                        f"Uppdragsplan {y} för {b.namn[0].lower()}{b.namn[1:]}", b.id, decided,
                        date(y, 1, 1), date(y, 12, 31), [b.id], [f"overgripande-mal-{s}-{s + 3}", f"budget-{y}"])
        d["beskrivning"] = self.prose(b.domain, 2, 4)
        areas = DOMAIN_AREAS[b.domain]
        om = self._om_goals(y, areas)
        texts = self.rng.sample(UP_GOALS[b.domain], min(len(UP_GOALS[b.domain]), self.up_goals[b.id, y]))
        texts += [self.rng.choice(UP_GOALS["styrning"]) for _ in range(self.up_goals[b.id, y] - len(texts))]
        goals = []
        for i, text in enumerate(texts):
            g: dict[str, Any] = {"id": f"{b.abbr}-{y}-{i + 1}", "text": text}
            if self.rng.random() < 0.96:  # the rest trace to nothing (G005)
                g["utgår_från"] = self.rng.sample(om, min(len(om), self.rng.randint(1, 2)))
            if self.rng.random() < 0.93:  # the rest are not followable (G004)
                g["måluppfyllelse"] = self.fulfilment(self.rng.choice(areas), y)
            goals.append(g)
        if self.rng.random() < 0.25:  # the committee's own areas
            half = len(goals) // 2
            d["målområden"] = [{"id": f"{b.abbr}-{y}-MO{k + 1}", "namn": name, "mål": part}
                               for k, (name, part) in enumerate([("Kvalitet och resultat", goals[:half]),
                                                                ("Medarbetare och ekonomi", goals[half:])])]
        else:
            d["mål"] = goals
        return f"uppdragsplaner/{y}", d["id"], d

    def verksamhetsplan(self, u: Body, y: int) -> tuple[str, str, dict[str, Any]]:
        namnd = self.namnd_by_id[u.namnd]
        decided = self.day(y, 1, 2) if self.rng.random() < 0.15 else self.day(y - 1, 12, 12)
        name = u.namn if u.kontor != u.id else f"{u.namn[0].lower()}{u.namn[1:]}"
        d = self.common(f"{slug(u.id)}-verksamhetsplan-{y}", "verksamhetsplan",
                        f"Verksamhetsplan {y} för {name}", u.kontor, decided, date(y, 1, 1),
                        date(y, 12, 31), [u.id], [f"{fold(namnd.id)}-uppdragsplan-{y}"])
        if self.rng.random() < 0.92:  # the rest forgot (D008)
            d["nämnd_informerad"] = self.day(y, 1, 2)
        d["beskrivning"] = self.prose(u.domain, 6, 10)
        goals = [f"{namnd.abbr}-{y}-{i + 1}" for i in range(self.up_goals[namnd.id, y])]
        acts = self.rng.sample(ACTIVITIES[u.domain] + ACTIVITIES["styrning"], self.rng.randint(4, 8))
        d["aktiviteter"] = [Flow(id=f"{u.abbr}-{y}-{i + 1}", text=t, utgår_från=[self.rng.choice(goals)])
                            for i, t in enumerate(acts)]
        return f"verksamhetsplaner/{y}/{slug(u.kontor)}", d["id"], d

    def kvalitetsredovisning(self, b: Body, y: int) -> tuple[str, str, dict[str, Any]]:
        d = self.common(f"{fold(b.id)}-kvalitetsredovisning-{y}", "kvalitetsredovisning",
                        f"Kvalitetsredovisning {y} för {b.namn[0].lower()}{b.namn[1:]}", b.id,
                        self.day(y + 1, 2, 3), date(y, 1, 1), date(y, 12, 31), [b.id],
                        [f"{fold(b.id)}-uppdragsplan-{y}"])
        d["beskrivning"] = self.prose(b.domain, 14, 24)
        return f"kvalitetsredovisningar/{y}", d["id"], d

    def riktlinje(self, doc_id: str, kind: str, body: Body | None, domain: str, topic: tuple[str, str],
                  year: int, prev: str | None, nxt: int | None) -> tuple[str, str, dict[str, Any]]:
        rng = self.rng
        political = kind == "nämnd" or (kind == "org" and rng.random() < 0.3)
        if kind == "org":
            by = ("kf" if rng.random() < 0.3 else "ks") if political else "kommundirektören"
            scope: Any = "kommunala_organisationen"
            owner = "kommunstyrelsens-kontor"
        else:
            assert body is not None
            by = body.id if kind == "nämnd" else body.kontor
            scope, owner = [body.id], body.kontor
        suffix = f" för {body.namn[0].lower()}{body.namn[1:]}" if body and kind != "enhet" else \
            (f" vid {body.namn}" if body else "")
        decided = self.day(year, 1, 11)
        start = decided + timedelta(days=rng.choice([1, 14, 30]))
        end = date(nxt, 1, 1) - timedelta(days=1) if nxt else None
        d = self.common(doc_id, "riktlinje", f"Riktlinje för {topic[1]}{suffix}", by, decided, start,
                        end, scope, replaces=[prev] if prev else None)
        if rng.random() < 0.2:
            d["publicering"] = "intern"
        if by == "kf":
            d["principiell"] = True
        d["slag"] = "politisk_riktlinje" if political else "tjänstemannariktlinje"
        if rng.random() < 0.97:  # the rest lack an owner (F001)
            d["ägare"] = owner
        r = rng.random()
        if r < 0.5:
            d["uppföljning"] = date(year + rng.randint(1, 4), rng.randint(1, 12), rng.randint(1, 28))
        elif r < 0.97:
            d["uppföljning"] = {"intervall": rng.choice(["år", "mandatperiod", "2 år"]),
                                "senast_uppföljd": self.day(min(LAST_YEAR, year + 1), 1, 12)}
        if rng.random() < 0.02:
            d["avsteg"] = [{"regel": "D002", "motivering": "Riktlinjen berör flera nämnder och "
                            "beslutas därför av kommunstyrelsen.", "beslut": f"KS {year}-03-14 § 42"}]
        d["beskrivning"] = self.prose(domain, 12, 20)
        return f"riktlinjer/{slug(owner)}/{year}", d["id"], d

    # broken files --------------------------------------------------------------------------
    def corrupt(self, text: str) -> tuple[str, str]:
        rng = self.rng
        kind = rng.choices(["yaml", "missing", "dangling", "type", "duplicate", "misspelt"],
                           [25, 20, 25, 15, 8, 7])[0]
        if kind == "dangling":
            m = re.search(r"utgår_från: \[([^,\]]+)", text)
            if m:
                return kind, text[:m.end()] + "0" + text[m.end():]  # MO2023-1.1 -> MO2023-1.10
            kind = "type"
        if kind == "yaml":
            variant = rng.randrange(3)
            if variant == 0:  # an unclosed quote runs to the end of the file
                return kind, re.sub(r"^titel: (.*)$", r'titel: "\1', text, count=1, flags=re.MULTILINE)
            if variant == 1:  # a tab where indentation was meant
                lines = text.split("\n")
                lines[1] = "\t" + lines[1]
                return kind, "\n".join(lines)
            return kind, re.sub(r"^(gäller_för: )\[(.*)\]$|^(gäller_för: )(.*)$",
                                lambda m: f"{m[1] or m[3]}[{m[2] or m[4]}", text, count=1, flags=re.MULTILINE)
        if kind == "missing":
            field = rng.choice(["titel", "beslutad_av", "beslutsdatum", "giltig_från", "gäller_för"])
            return kind, re.sub(rf"^{field}: .*\n", "", text, count=1, flags=re.MULTILINE)
        if kind == "type":
            variant = rng.randrange(4)
            if variant == 0:
                return kind, re.sub(r"^beslutsdatum: '?(\d{4})-\d\d-\d\d'?$", r"beslutsdatum: den 14 december \1",
                                    text, count=1, flags=re.MULTILINE)
            if variant == 1:
                return kind, re.sub(r"^giltig_från: (\d{4})-\d\d", r"giltig_från: \1-13", text, count=1,
                                    flags=re.MULTILINE)
            if variant == 2:
                return kind, text.replace("\ngäller_för:", "\nprincipiell: kanske\ngäller_för:", 1)
            return kind, re.sub(r"^gäller_för: .*$", "gäller_för: 42", text, count=1, flags=re.MULTILINE)
        if kind == "duplicate":
            m = re.search(r"^titel: .*$", text, flags=re.MULTILINE)
            return kind, text + (m[0] + " (reviderad)\n" if m else "typ: riktlinje\n")
        return kind, text.replace("\ngiltig_från:", "\ngiltigt_från:", 1)

    # writing -------------------------------------------------------------------------------
    def write(self, folder: str, name: str, text: str) -> None:
        d = self.out / folder
        if d not in self.dirs:
            d.mkdir(parents=True, exist_ok=True)
            self.dirs.add(d)
        data = text.encode("utf-8")
        (d / name).write_bytes(data)
        self.bytes += len(data)

    def run(self) -> dict[str, Any]:
        jobs = self.plan()
        self.write("", "organisation.yaml", dump(self.organisation_doc(),
                   "Genererad testdata för prestandamätning av styrcheck, inte verkliga beslut."))
        folded_keys = re.compile(r"^(\s*(?:- )?)([a-z_]*[åäö][a-zåäö_]*):", re.MULTILINE)
        for kind, args in jobs:
            folder, doc_id, doc = getattr(self, kind)(*args)
            text = dump(doc)
            self.stats[doc["typ"]] += 1
            if self.rng.random() < BROKEN_SHARE:
                broken, text = self.corrupt(text)
                self.stats["broken:" + broken] += 1
            if self.rng.random() < 0.02:  # typed on a keyboard without å/ä/ö: folded keys
                text = folded_keys.sub(lambda m: m[1] + fold(m[2]) + ":", text)
            ext = ".yml" if self.rng.random() < 0.02 else ".yaml"
            self.write(folder, slug(doc_id) + ext, text)
        info = {"generator": VERSION, "documents": self.n, "seed": self.seed,
                "nämnder": len(self.namnder) - 1, "kontor": len(self.kontor), "enheter": len(self.enheter),
                "years": [self.first_year, LAST_YEAR], "bytes": self.bytes,
                "counts": dict(sorted(self.stats.items()))}
        self.write("", MARKER, json.dumps(info, ensure_ascii=False, indent=1) + "\n")
        return info


def generate(out: Path, documents: int, seed: int, flow_urls: float = 0.0) -> dict[str, Any]:
    info = Generator(out, documents, seed).run()
    if flow_urls:
        info["flow_urls"] = add_flow_urls(out, flow_urls, seed)
        (out / MARKER).write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return info


# A free text inside { } whose plain value a link or a time of day can end: YAML 1.2 allows the
# ':' in it, libyaml's scanner does not (styrcheck then reads the file with ruamel.yaml's parser).
_FLOW_TEXT = re.compile(r"(\{[^}\n]*?\b(?:text|motivering|källa): )([^,}\n\"']+)")


def add_flow_urls(out: Path, share: float, seed: int) -> int:
    """Give `share` of all files (chosen among those with a free text in a flow mapping) a link
    at the end of that text, `… https://www.norrkoping.se/styrning`; the number changed."""
    files = sorted(p for p in out.rglob("*") if p.suffix in (".yaml", ".yml"))
    eligible = [p for p in files if _FLOW_TEXT.search(p.read_text(encoding="utf-8"))]
    chosen = random.Random(seed).sample(eligible, min(len(eligible), round(share * len(files))))
    for path in chosen:
        text = path.read_text(encoding="utf-8")
        path.write_text(_FLOW_TEXT.sub(r"\1\2 https://www.norrkoping.se/styrning", text, count=1), encoding="utf-8")
    return len(chosen)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out_dir", type=Path)
    p.add_argument("--documents", "-n", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--force", action="store_true", help="replace OUT_DIR if an earlier run made it")
    p.add_argument("--flow-urls", type=float, default=0.0, metavar="SHARE",
                   help="give this share of the files a link inside a flow mapping (YAML 1.2's ':' in { })")
    a = p.parse_args(argv)
    if a.documents < 0:
        p.error("--documents must be 0 or more")
    if a.out_dir.exists() and any(a.out_dir.iterdir()):
        if not (a.force and (a.out_dir / MARKER).exists()):
            print(f"{a.out_dir} is not empty (use --force to replace a generated tree)", file=sys.stderr)
            return 2
        shutil.rmtree(a.out_dir)
    t0 = time.perf_counter()
    info = generate(a.out_dir, a.documents, a.seed, a.flow_urls)
    secs = time.perf_counter() - t0
    print(f"{a.documents} documents, {info['bytes'] / 1e6:.1f} MB "
          f"({info['bytes'] / max(1, a.documents):.0f} B/document) in {secs:.1f} s -> {a.out_dir}")
    print(json.dumps(info["counts"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
