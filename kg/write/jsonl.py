"""Write the build as JSON Lines and a report (``report.json``).

Every file is UTF-8, sorted and written with fixed key order, so two builds of the same input
give byte-identical files whatever ``PYTHONHASHSEED`` is.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from ..model import Assignment, BuildResult, Document
from ..vocab import (ASSIGNMENTS_FILE, DOCUMENTS_FILE, GROUPS_FILE, REPORT_FILE, ROLE_ORDER,
                     TASK_PLACES_FILE, TASKS_FILE, UNITS_FILE)

ROLE_RANK = {r: k for k, r in enumerate(ROLE_ORDER)}


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


def _write_lines(path: Path, rows: Iterable[dict]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(_dump(row))
            fh.write("\n")
            n += 1
    return n


def assignment_rows(result: BuildResult) -> list[dict]:
    tasks = {t.task_id: t for t in result.tasks}
    docs = {d.doc_id: d for d in result.documents}
    task_pos = {t.task_id: k for k, t in enumerate(result.tasks)}
    rows = []
    for a in sorted(result.assignments, key=lambda a: (
            task_pos.get(a.task_id, 0), a.raw.via == "inherited", a.raw.order,
            a.raw.mention.source.line, a.unit.unit_id)):
        t = tasks[a.task_id]
        d = docs[t.doc_id]
        r = a.raw
        rows.append({
            "task_id": t.task_id, "task_path": t.path_str, "task_text": t.text,
            "source_text": t.source_text, "doc_id": d.doc_id, "doc_title": d.title,
            "doc_number": d.number, "unit_id": a.unit.unit_id, "unit": a.unit.name,
            "unit_mention": r.mention.text, "unit_kind": a.unit.kind, "resolved": a.unit.resolved,
            "role": r.role, "via": r.via, "deadline": r.deadline, "label": r.label,
            "source": r.mention.source.as_dict(result.locators),
            "rule_source": r.rule_source.as_dict() if r.rule_source else None,
        })
    return rows


def document_rows(result: BuildResult) -> list[dict]:
    per_doc = Counter(t.doc_id for t in result.tasks)
    per_doc_a = Counter()
    tasks = {t.task_id: t for t in result.tasks}
    for a in result.assignments:
        per_doc_a[tasks[a.task_id].doc_id] += 1
    rows = []
    for d in result.documents:
        rows.append({
            "doc_id": d.doc_id, "title": d.title, "number": d.number, "issuer": d.issuer,
            "date": d.date, "type": d.type, "jurisdiction": _jurisdiction(d),
            "source": d.span.as_dict(), "copies": [c.as_dict() for c in d.copies],
            "laws": list(d.laws), "cites": list(d.cites),
            "tasks": per_doc[d.doc_id], "assignments": per_doc_a[d.doc_id],
        })
        rows[-1].update(_document_extras(result, d))
    return rows


def _jurisdiction(d: Document) -> dict:
    """A document's jurisdiction: name, adcode, level and how it was found."""
    if d.place is not None:
        return d.place.as_dict()
    return {"name": d.jurisdiction, "adcode": None, "level": "unknown",
            "how": "unknown" if d.jurisdiction is None else "given"}


def _document_extras(result: BuildResult, d: Document) -> dict:
    """Law, local-rule, normative-document and 文号 details read by the enrichment stage."""
    e = result.enrichment.get(d.doc_id)
    if e is None:
        return {}
    return {
        "laws_detail": [r.as_dict() for r in e.laws if r.kind == "law"],
        "local_rules": [r.title for r in e.laws if r.kind == "local_rule"],
        "normative_docs": [r.as_dict() for r in e.laws if r.kind == "normative"],
        "cites_detail": [c.as_dict() for c in e.cites],
        "places": sorted({p.place for p in e.places}),
    }


def _unit_index(result: BuildResult) -> dict[str, tuple[str, str]]:
    """Written unit name -> (unit_id, canonical) as resolved for group/prose assignments."""
    out: dict[str, tuple[str, str]] = {}
    for a in result.assignments:
        out.setdefault(a.raw.mention.text, (a.unit.unit_id, a.unit.name))
    return out


def group_rows(result: BuildResult) -> list[dict]:
    """One row per member of a leading group or joint meeting, plus one per group office."""
    units = _unit_index(result)
    for u in result.units:
        if u.kind == "group":
            for written in [u.name, *sorted(result.mentions.get(u.unit_id, {}))]:
                units.setdefault(written, (u.unit_id, u.name))
    docs = {d.doc_id: d for d in result.documents}
    rows = []
    for doc_id in sorted(result.enrichment):
        e = result.enrichment[doc_id]
        d = docs.get(doc_id)
        for m in e.groups:
            rows.append({
                "type": "member", "group": m.group,
                "group_unit_id": units.get(m.group, (None, None))[0], "doc_id": doc_id,
                "doc_title": d.title if d else None, "person": m.person,
                "person_written": m.person_written, "role": m.role,
                "posts": [{"post": p.post, "title": p.title, "unit": units.get(p.unit or "", (None, p.unit))[1],
                           "unit_written": p.unit,
                           "unit_id": units.get(p.unit or "", (None, None))[0]} for p in m.posts],
                "source": m.source.as_dict(), "line": m.source.line,
            })
        for o in e.offices:
            uid, name = units.get(o.sits_in, (None, o.sits_in))
            rows.append({
                "type": "office", "group": o.group,
                "group_unit_id": units.get(o.group, (None, None))[0], "doc_id": doc_id,
                "doc_title": d.title if d else None, "office": o.office,
                "sits_in": name, "sits_in_written": o.sits_in, "unit_id": uid,
                "source": o.source.as_dict(), "line": o.source.line,
            })
    return sorted(rows, key=lambda r: (r["source"]["file"], r["line"], r["type"],
                                       r.get("person") or ""))


def task_place_rows(result: BuildResult) -> list[dict]:
    rows = []
    for doc_id in sorted(result.enrichment):
        for p in result.enrichment[doc_id].places:
            rows.append({"task_id": p.task_id, "doc_id": doc_id, "place": p.place,
                         "adcode": p.adcode, "written": p.written, "source": p.source.as_dict()})
    return sorted(rows, key=lambda r: (r["source"]["file"], r["source"]["line"], r["task_id"],
                                       r["place"]))


def unit_rows(result: BuildResult) -> list[dict]:
    by_unit: dict[str, list[Assignment]] = defaultdict(list)
    for a in result.assignments:
        by_unit[a.unit.unit_id].append(a)
    names = {u.unit_id: u.name for u in result.units}
    rows = []
    for u in sorted(result.units, key=lambda u: (not u.resolved, u.kind, u.name, u.unit_id)):
        assigned = by_unit.get(u.unit_id, [])
        roles = Counter(a.raw.role for a in assigned)
        mentions = result.mentions.get(u.unit_id, {})
        rows.append({
            "unit_id": u.unit_id, "unit": u.name, "kind": u.kind, "resolved": u.resolved,
            "jurisdiction": u.jurisdiction, "adcode": u.adcode, "aliases": list(u.aliases),
            "aliases_seen": sorted(mentions), "members": [
                {"unit_id": m, "unit": names.get(m, m)} for m in u.members],
            "mention_count": sum(mentions.values()),
            "task_count": len({a.task_id for a in assigned}),
            "roles": {k: roles[k] for k in sorted(roles, key=lambda r: ROLE_RANK.get(r, 99))},
            "lines": sorted({f"{a.raw.mention.source.file}:{a.raw.mention.source.line}"
                             for a in assigned})[:50],
        })
    return rows


def task_rows(result: BuildResult) -> list[dict]:
    by_task: dict[str, list[Assignment]] = defaultdict(list)
    for a in result.assignments:
        by_task[a.task_id].append(a)
    places: dict[str, list[str]] = defaultdict(list)
    for e in result.enrichment.values():
        for p in e.places:
            if p.place not in places[p.task_id]:
                places[p.task_id].append(p.place)
    rows = []
    for t in result.tasks:
        ass = by_task.get(t.task_id, [])
        deadline = next((a.raw.deadline for a in ass if a.raw.deadline), None)
        rows.append({
            "task_id": t.task_id, "doc_id": t.doc_id, "path": t.path_str, "kind": t.kind,
            "text": t.text, "source_text": t.source_text, "source": t.span.as_dict(),
            "parent_id": t.parent_id, "deadline": deadline,
            "units": [{"unit": a.unit.name, "role": a.raw.role, "via": a.raw.via}
                      for a in ass],
            "places": places.get(t.task_id, []),
        })
    return rows


def report(result: BuildResult) -> dict:
    unresolved: dict[str, dict] = {}
    for a in result.assignments:
        if a.unit.resolved:
            continue
        e = unresolved.setdefault(a.unit.unit_id, {"unit": a.unit.name, "kind": a.unit.kind,
                                                   "jurisdiction": a.unit.jurisdiction,
                                                   "adcode": a.unit.adcode,
                                                   "count": 0, "lines": []})
        e["count"] += 1
        loc = f"{a.raw.mention.source.file}:{a.raw.mention.source.line}"
        if loc not in e["lines"]:
            e["lines"].append(loc)
    via = Counter(a.raw.via for a in result.assignments)
    roles = Counter(a.raw.role for a in result.assignments)
    return {
        "counts": {
            "files": len(result.files), "documents": len(result.documents),
            "copies": sum(len(d.copies) for d in result.documents),
            "tasks": len(result.tasks),
            "tasks_with_units": len({a.task_id for a in result.assignments}),
            "assignments": len(result.assignments), "units": len(result.units),
            "units_resolved": sum(1 for u in result.units if u.resolved),
            "unresolved": len(unresolved),
            "issues": len(result.issues),
        },
        "by_via": {k: via[k] for k in sorted(via)},
        "by_role": {k: roles[k] for k in sorted(roles)},
        "files": result.files,
        "jurisdiction": result.jurisdiction,
        "documents": [{"doc_id": d.doc_id, "title": d.title, "source": d.span.as_dict(),
                       "jurisdiction": _jurisdiction(d)} for d in result.documents],
        "lexicon": result.lexicon_digest,
        "unresolved": sorted(unresolved.values(), key=lambda e: (-e["count"], e["unit"])),
        "issues": [i.as_dict() for i in sorted(result.issues, key=lambda i: (i.file, i.line, i.code))],
    }


def write_jsonl(result: BuildResult, out: Path) -> dict[str, int]:
    """Write the JSON Lines files and ``report.json`` into ``out``; return records per file."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {
        ASSIGNMENTS_FILE: _write_lines(out / ASSIGNMENTS_FILE, assignment_rows(result)),
        DOCUMENTS_FILE: _write_lines(out / DOCUMENTS_FILE, document_rows(result)),
        UNITS_FILE: _write_lines(out / UNITS_FILE, unit_rows(result)),
        TASKS_FILE: _write_lines(out / TASKS_FILE, task_rows(result)),
        GROUPS_FILE: _write_lines(out / GROUPS_FILE, group_rows(result)),
        TASK_PLACES_FILE: _write_lines(out / TASK_PLACES_FILE, task_place_rows(result)),
    }
    (out / REPORT_FILE).write_text(json.dumps(report(result), ensure_ascii=False, indent=1) + "\n",
                                   encoding="utf-8")
    return counts
