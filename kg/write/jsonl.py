"""Write the build as JSON Lines and a report (``report.json``).

Every file is UTF-8, sorted and written with fixed key order, so two builds of the same input
give byte-identical files whatever ``PYTHONHASHSEED`` is.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..ids import doc_post_scope, post_id
from ..model import Assignment, BuildResult, Document, Enrichment
from ..spool import DocRecord, external_sorted, records
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


def doc_assignment_rows(rec: DocRecord, locators: dict) -> list[dict]:
    """The rows of ``assignments.jsonl`` of one document: by task, then as stated."""
    task_pos = {t.task_id: k for k, t in enumerate(rec.tasks)}
    tasks = {t.task_id: t for t in rec.tasks}
    d = rec.doc
    rows = []
    for a in sorted(rec.assignments, key=lambda a: (
            task_pos.get(a.task_id, 0), a.raw.via == "inherited", a.raw.order,
            a.raw.mention.source.line, a.unit.unit_id)):
        t = tasks[a.task_id]
        r = a.raw
        rows.append({
            "task_id": t.task_id, "task_path": t.path_str, "task_text": t.text,
            "source_text": t.source_text, "doc_id": d.doc_id, "doc_title": d.title,
            "doc_number": d.number, "unit_id": a.unit.unit_id, "unit": a.unit.name,
            "unit_mention": r.mention.text, "unit_kind": a.unit.kind, "resolved": a.unit.resolved,
            "role": r.role, "via": r.via, "deadline": r.deadline, "label": r.label,
            "source": r.mention.source.as_dict(locators),
            "rule_source": r.rule_source.as_dict() if r.rule_source else None,
        })
    return rows


def assignment_rows(result: BuildResult) -> list[dict]:
    return [row for rec in records(result) for row in doc_assignment_rows(rec, result.locators)]


def doc_document_row(rec: DocRecord) -> dict:
    """The row of ``documents.jsonl`` of one document."""
    d = rec.doc
    row = {
        "doc_id": d.doc_id, "title": d.title, "number": d.number, "issuer": d.issuer,
        "date": d.date, "type": d.type, "jurisdiction": _jurisdiction(d),
        "source": d.span.as_dict(), "copies": [c.as_dict() for c in d.copies],
        "laws": list(d.laws), "cites": list(d.cites),
        "tasks": len(rec.tasks), "assignments": len(rec.assignments),
    }
    row.update(_document_extras(rec.enrichment))
    return row


def document_rows(result: BuildResult) -> list[dict]:
    return [doc_document_row(rec) for rec in records(result)]


def _jurisdiction(d: Document) -> dict:
    """A document's jurisdiction: name, adcode, level and how it was found."""
    if d.place is not None:
        return d.place.as_dict()
    return {"name": d.jurisdiction, "adcode": None, "level": "unknown",
            "how": "unknown" if d.jurisdiction is None else "given"}


def _document_extras(e: Optional[Enrichment]) -> dict:
    """Law, local-rule, normative-document and 文号 details read by the enrichment stage."""
    if e is None:
        return {}
    return {
        "laws_detail": [r.as_dict() for r in e.laws if r.kind == "law"],
        "local_rules": [r.title for r in e.laws if r.kind == "local_rule"],
        "normative_docs": [r.as_dict() for r in e.laws if r.kind == "normative"],
        "cites_detail": [c.as_dict() for c in e.cites],
        "places": sorted({p.place for p in e.places}),
    }


class _UnitIndex(dict):
    """Written unit name -> (unit_id, canonical) as resolved for group/prose assignments (the
    first assignment of each name), then the names and mentions of group units."""

    def see(self, rec: DocRecord) -> None:
        for a in rec.assignments:
            self.setdefault(a.raw.mention.text, (a.unit.unit_id, a.unit.name))

    def finish(self, result: BuildResult) -> "_UnitIndex":
        for u in result.units:
            if u.kind == "group":
                for written in [u.name, *sorted(result.mentions.get(u.unit_id, {}))]:
                    self.setdefault(written, (u.unit_id, u.name))
        return self


def _group_rows_of(rec: DocRecord, units: dict) -> list[dict]:
    e, d = rec.enrichment, rec.doc
    if e is None:
        return []
    doc_id = d.doc_id
    rows = []
    for m in e.groups:
        rows.append({
            "type": "member", "group": m.group,
            "group_unit_id": units.get(m.group, (None, None))[0], "doc_id": doc_id,
            "doc_title": d.title, "person": m.person,
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
            "doc_title": d.title, "office": o.office,
            "sits_in": name, "sits_in_written": o.sits_in, "unit_id": uid,
            "source": o.source.as_dict(), "line": o.source.line,
        })
    return rows


def _iter_group_rows(result: BuildResult, units: dict) -> Iterator[dict]:
    """One row per member of a leading group or joint meeting, plus one per group office,
    by place in the text (sorted on disk: the documents' rows in the order of their ids,
    then by line)."""
    def keyed():
        for rec in records(result):
            for j, r in enumerate(_group_rows_of(rec, units)):
                yield (r["source"]["file"], r["line"], r["type"], r.get("person") or "",
                       r["doc_id"], j), r
    for _, r in external_sorted(keyed(), key=lambda kr: kr[0]):
        yield r


def group_rows(result: BuildResult) -> list[dict]:
    """One row per member of a leading group or joint meeting, plus one per group office."""
    units = _UnitIndex()
    for rec in records(result):
        units.see(rec)
    return list(_iter_group_rows(result, units.finish(result)))


def _iter_task_place_rows(result: BuildResult) -> Iterator[dict]:
    def keyed():
        for rec in records(result):
            if rec.enrichment is None:
                continue
            doc_id = rec.doc.doc_id
            for j, p in enumerate(rec.enrichment.places):
                r = {"task_id": p.task_id, "doc_id": doc_id, "place": p.place,
                     "adcode": p.adcode, "written": p.written, "source": p.source.as_dict()}
                yield (r["source"]["file"], r["source"]["line"], r["task_id"], r["place"],
                       doc_id, j), r
    for _, r in external_sorted(keyed(), key=lambda kr: kr[0]):
        yield r


class _UnitStats:
    """What ``units.jsonl`` says of each unit, gathered document by document."""
    LINES = 50          # the first lines (by "file:line") of a unit's assignments

    def __init__(self) -> None:
        self.roles: dict[str, Counter] = defaultdict(Counter)
        self.tasks: Counter = Counter()
        self.lines: dict[str, set[str]] = defaultdict(set)

    def see(self, rec: DocRecord) -> None:
        tasks: dict[str, set[str]] = defaultdict(set)
        for a in rec.assignments:
            uid = a.unit.unit_id
            self.roles[uid][a.raw.role] += 1
            tasks[uid].add(a.task_id)        # a task is of one document
            lines = self.lines[uid]
            lines.add(f"{a.raw.mention.source.file}:{a.raw.mention.source.line}")
            if len(lines) > 4 * self.LINES:
                self.lines[uid] = set(sorted(lines)[:self.LINES])
        for uid, ts in tasks.items():
            self.tasks[uid] += len(ts)

    def rows(self, result: BuildResult) -> Iterator[dict]:
        names = {u.unit_id: u.name for u in result.units}
        for u in sorted(result.units, key=lambda u: (not u.resolved, u.kind, u.name, u.unit_id)):
            roles = self.roles.get(u.unit_id, Counter())
            mentions = result.mentions.get(u.unit_id, {})
            yield {
                "unit_id": u.unit_id, "unit": u.name, "kind": u.kind, "resolved": u.resolved,
                "jurisdiction": u.jurisdiction, "adcode": u.adcode, "aliases": list(u.aliases),
                "aliases_seen": sorted(mentions), "members": [
                    {"unit_id": m, "unit": names.get(m, m)} for m in u.members],
                "mention_count": sum(mentions.values()),
                "task_count": self.tasks.get(u.unit_id, 0),
                "roles": {k: roles[k] for k in sorted(roles, key=lambda r: ROLE_RANK.get(r, 99))},
                "lines": sorted(self.lines.get(u.unit_id, ()))[:self.LINES],
            }


def doc_task_rows(rec: DocRecord, locators: Optional[dict] = None) -> list[dict]:
    """The rows of ``tasks.jsonl`` of one document."""
    by_task: dict[str, list[Assignment]] = defaultdict(list)
    for a in rec.assignments:
        by_task[a.task_id].append(a)
    places: dict[str, list[str]] = defaultdict(list)
    for p in (rec.enrichment.places if rec.enrichment else ()):
        if p.place not in places[p.task_id]:
            places[p.task_id].append(p.place)
    posts = rec.posts_by_task()
    scope = doc_post_scope(rec.doc)
    rows = []
    for t in rec.tasks:
        ass = by_task.get(t.task_id, [])
        deadline = next((a.raw.deadline for a in ass if a.raw.deadline), None)
        rows.append({
            "task_id": t.task_id, "doc_id": t.doc_id, "path": t.path_str, "kind": t.kind,
            "text": t.text, "source_text": t.source_text, "source": t.span.as_dict(),
            "parent_id": t.parent_id, "deadline": deadline,
            "units": [{"unit": a.unit.name, "role": a.raw.role, "via": a.raw.via}
                      for a in ass],
            # posts and persons (分管副市长, 责任领导：张三): the task's people, never units
            # (post_id: one per post or person of the document's government, across documents)
            "posts": [{**p.as_dict(locators), "post_id": post_id(scope, p.written)}
                      for p in posts.get(t.task_id, ())],
            "places": places.get(t.task_id, []),
        })
    return rows


def task_rows(result: BuildResult) -> list[dict]:
    return [row for rec in records(result) for row in doc_task_rows(rec, result.locators)]


class _Report:
    """What ``report.json`` says, gathered document by document."""

    def __init__(self) -> None:
        self.unresolved: dict[str, dict] = {}
        self.unresolved_lines: dict[str, set[str]] = defaultdict(set)
        self.via: Counter = Counter()
        self.roles: Counter = Counter()
        self.documents: list[dict] = []
        self.copies = self.tasks = self.tasks_with_units = self.assignments = self.posts = 0

    def see(self, rec: DocRecord) -> None:
        d = rec.doc
        self.documents.append({"doc_id": d.doc_id, "title": d.title,
                               "source": d.span.as_dict(), "jurisdiction": _jurisdiction(d)})
        self.copies += len(d.copies)
        self.tasks += len(rec.tasks)
        self.assignments += len(rec.assignments)
        self.tasks_with_units += len({a.task_id for a in rec.assignments})
        self.posts += len(rec.enrichment.posts) if rec.enrichment is not None else 0
        for a in rec.assignments:
            self.via[a.raw.via] += 1
            self.roles[a.raw.role] += 1
            if a.unit.resolved:
                continue
            e = self.unresolved.setdefault(a.unit.unit_id, {
                "unit": a.unit.name, "kind": a.unit.kind, "jurisdiction": a.unit.jurisdiction,
                "adcode": a.unit.adcode, "count": 0, "lines": []})
            e["count"] += 1
            loc = f"{a.raw.mention.source.file}:{a.raw.mention.source.line}"
            seen = self.unresolved_lines[a.unit.unit_id]
            if loc not in seen:         # a set beside the list: no list search per assignment
                seen.add(loc)
                e["lines"].append(loc)

    def report(self, result: BuildResult) -> dict:
        return {
            "counts": {
                "files": len(result.files), "documents": len(self.documents),
                "copies": self.copies,
                "tasks": self.tasks,
                "tasks_with_units": self.tasks_with_units,
                "assignments": self.assignments, "posts": self.posts,
                "units": len(result.units),
                "units_resolved": sum(1 for u in result.units if u.resolved),
                "unresolved": len(self.unresolved),
                "issues": len(result.issues),
            },
            "by_via": {k: self.via[k] for k in sorted(self.via)},
            "by_role": {k: self.roles[k] for k in sorted(self.roles)},
            "files": result.files,
            "jurisdiction": result.jurisdiction,
            "documents": self.documents,
            "lexicon": result.lexicon_digest,
            "unresolved": sorted(self.unresolved.values(), key=lambda e: (-e["count"], e["unit"])),
            "issues": [i.as_dict() for i in sorted(result.issues,
                                                   key=lambda i: (i.file, i.line, i.code))],
        }


def report(result: BuildResult) -> dict:
    r = _Report()
    for rec in records(result):
        r.see(rec)
    return r.report(result)


def write_jsonl(result: BuildResult, out: Path) -> dict[str, int]:
    """Write the JSON Lines files and ``report.json`` into ``out``; return records per file.

    The documents are read one at a time (:func:`kg.spool.records`): the rows of assignments,
    documents and tasks are written as they come, while what the units, the report and the
    group rows need of the whole build is gathered; the group and task-place rows are sorted
    on disk."""
    out.mkdir(parents=True, exist_ok=True)
    stats, rep, units = _UnitStats(), _Report(), _UnitIndex()
    counts = dict.fromkeys((ASSIGNMENTS_FILE, DOCUMENTS_FILE, UNITS_FILE, TASKS_FILE,
                            GROUPS_FILE, TASK_PLACES_FILE), 0)
    with _Lines(out / ASSIGNMENTS_FILE) as ass, _Lines(out / DOCUMENTS_FILE) as docs, \
            _Lines(out / TASKS_FILE) as tasks:
        for rec in records(result):
            ass.write(doc_assignment_rows(rec, result.locators))
            docs.write([doc_document_row(rec)])
            tasks.write(doc_task_rows(rec, result.locators))
            stats.see(rec)
            rep.see(rec)
            units.see(rec)
    counts[ASSIGNMENTS_FILE], counts[DOCUMENTS_FILE], counts[TASKS_FILE] = ass.n, docs.n, tasks.n
    counts[UNITS_FILE] = _write_lines(out / UNITS_FILE, stats.rows(result))
    counts[GROUPS_FILE] = _write_lines(out / GROUPS_FILE,
                                       _iter_group_rows(result, units.finish(result)))
    counts[TASK_PLACES_FILE] = _write_lines(out / TASK_PLACES_FILE, _iter_task_place_rows(result))
    (out / REPORT_FILE).write_text(json.dumps(rep.report(result), ensure_ascii=False, indent=1)
                                   + "\n", encoding="utf-8")
    return counts


class _Lines:
    """A JSON Lines file written a few rows at a time."""

    def __init__(self, path: Path) -> None:
        self.path, self.n = path, 0

    def __enter__(self) -> "_Lines":
        self.fh = self.path.open("w", encoding="utf-8", newline="\n")
        return self

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            self.fh.write(_dump(row))
            self.fh.write("\n")
        self.n += len(rows)

    def __exit__(self, *exc) -> None:
        self.fh.close()


write_jsonl.fork_safe = True      # pure Python: kg.write.write may run it in a forked child
# CPU s of the bundled corpus: the costliest forked writer is claimed first (kg.write._write_forked)
write_jsonl.write_cost = 0.08
