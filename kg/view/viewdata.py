"""The viewer's graph, read from the JSON Lines exports of ``kg build`` (no RDF needed).

Two shapes of the same data:

* the **detail graph**: document -> task (``contains``), task -> unit (one edge per role),
  collective -> member (``member``), document -> law / cited document (``cites``);
* the **overview**: documents and units only, each document's tasks collapsed into one
  weighted document -> unit edge per role (``weight`` = number of tasks).

Focused views (``unit`` / ``doc`` / ``county``) take a neighbourhood of the detail graph.
Everything here is plain data (dicts and lists); :mod:`kg.graph.viewer` turns it into HTML.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import QueryError
from ..read.build import EXPORT_FILES, Build, match_names, open_build
from ..vocab import EDGE_ZH, ROLE_ZH as _ROLE_ZH

NODE_TYPES = ("document", "task", "unit", "collective", "county", "law")
# Roles drawn as edges, in legend order. ``contains`` (document -> task) is structural.
EDGE_ROLES = ("lead", "support", "responsible", "duty", "assist", "contributor", "source",
              "member", "overseen", "liaison", "cites", "contains", "mentioned")
ROLE_ZH = {r: {**_ROLE_ZH, **EDGE_ZH}[r] for r in EDGE_ROLES}
# The four JSON Lines files of one build, indexed by id (documents, tasks, units by id;
# assignments as a list): the build reader of :mod:`kg.read.build`.
Exports = Build


@dataclass
class Graph:
    """Nodes keyed by id (each a dict with at least ``type`` and ``label``) and edges
    (dicts with ``from``, ``to``, ``role`` and, in the overview, ``weight``)."""
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[dict] = field(default_factory=list)
    mode: str = "overview"
    seeds: list[str] = field(default_factory=list)


def load_exports(out: Path) -> Exports:
    """Read the exports ``kg build --out OUT`` wrote."""
    return open_build(out, require=EXPORT_FILES)


def unit_type(kind: Optional[str]) -> str:
    if kind == "collective":
        return "collective"
    if kind == "county_gov":
        return "county"
    return "unit"


def law_id(name: str) -> str:
    return "L:" + name


def cite_id(number: str) -> str:
    return "X:" + number


def detail_graph(ex: Exports) -> Graph:
    """Every document, every task that names a unit, every unit, law and citation."""
    g = Graph(mode="detail")
    by_number = {d["number"]: d["doc_id"] for d in ex.documents.values() if d.get("number")}
    for d in ex.documents.values():
        g.nodes[d["doc_id"]] = {"type": "document", "label": d["title"]}
        for law in d.get("laws") or []:
            g.nodes.setdefault(law_id(law), {"type": "law", "label": f"《{law}》"})
            g.edges.append({"from": d["doc_id"], "to": law_id(law), "role": "cites"})
        for num in d.get("cites") or []:
            target = by_number.get(num)
            if target == d["doc_id"]:
                continue
            if target is None:
                target = cite_id(num)
                g.nodes.setdefault(target, {"type": "law", "label": num})
            g.edges.append({"from": d["doc_id"], "to": target, "role": "cites"})
    for u in ex.units.values():
        g.nodes[u["unit_id"]] = {"type": unit_type(u.get("kind")), "label": u["unit"]}
    for u in ex.units.values():
        for m in u.get("members") or []:
            if m["unit_id"] not in g.nodes:
                g.nodes[m["unit_id"]] = {"type": "unit", "label": m["unit"]}
            g.edges.append({"from": u["unit_id"], "to": m["unit_id"], "role": "member"})
    seen: set[tuple[str, str, str]] = set()
    for a in ex.assignments:
        tid, uid = a["task_id"], a["unit_id"]
        if tid not in g.nodes:
            t = ex.tasks.get(tid, {})
            g.nodes[tid] = {"type": "task", "label": t.get("path") or a.get("task_path") or tid}
            g.edges.append({"from": a["doc_id"], "to": tid, "role": "contains"})
        if uid not in g.nodes:   # an assignment to a unit units.jsonl lacks: keep it visible
            g.nodes[uid] = {"type": unit_type(a.get("unit_kind")), "label": a["unit"]}
        key = (tid, uid, a["role"])
        if key not in seen:
            seen.add(key)
            g.edges.append({"from": tid, "to": uid, "role": a["role"]})
    return g


def overview(detail: Graph) -> Graph:
    """Collapse tasks: one weighted document -> unit edge per (document, unit, role)."""
    g = Graph(mode="overview")
    task_doc = {e["to"]: e["from"] for e in detail.edges if e["role"] == "contains"}
    weights: Counter = Counter()
    for e in detail.edges:
        if e["role"] == "contains":
            continue
        if e["from"] in task_doc:
            weights[(task_doc[e["from"]], e["to"], e["role"])] += 1
        else:
            g.edges.append(dict(e))
    for (doc, unit, role), w in weights.items():
        g.edges.append({"from": doc, "to": unit, "role": role, "weight": w})
    g.nodes = {k: v for k, v in detail.nodes.items() if v["type"] != "task"}
    return g


def find_units(ex: Exports, query: str) -> list[str]:
    """Units whose name or alias equals ``query`` (or, failing that, contains it)."""
    return match_names(query, ((uid, [u["unit"], *(u.get("aliases") or []),
                                      *(u.get("aliases_seen") or [])])
                               for uid, u in ex.units.items()), city_prefix=False)


def find_documents(ex: Exports, query: str) -> list[str]:
    return match_names(query, ((did, [did, d.get("title") or "", d.get("number") or ""])
                               for did, d in ex.documents.items()), city_prefix=False)


def find_county_units(ex: Exports, query: str) -> list[str]:
    """Units of a county: its government and every unit whose name or jurisdiction names it."""
    q = query.strip()
    return sorted(uid for uid, u in ex.units.items()
                  if q and (q in u["unit"] or q == (u.get("jurisdiction") or "")
                            or any(q in a for a in u.get("aliases") or [])))


def _suggest(ex: Exports, query: str, what: str) -> str:
    import difflib
    names = ([u["unit"] for u in ex.units.values()] if what != "document"
             else [d["title"] for d in ex.documents.values()])
    close = difflib.get_close_matches(query, names, n=5, cutoff=0.3)
    hint = f"; did you mean: {'、'.join(close)}" if close else ""
    return f"no {what} matches '{query}'{hint}"


def neighbourhood(detail: Graph, seeds: list[str], depth: int, mode: str) -> Graph:
    """Nodes within ``depth`` hops of ``seeds`` in the detail graph, plus context.

    Documents are hubs (a yearbook plan has hundreds of tasks), so the walk does not pass
    *through* a document unless it is a seed. Every task kept brings its document and all
    its units, so a task is never shown without whom it is assigned to.
    """
    adj: dict[str, list[str]] = defaultdict(list)
    for e in detail.edges:
        adj[e["from"]].append(e["to"])
        adj[e["to"]].append(e["from"])
    seedset = set(seeds)
    keep = set(seeds)
    frontier = list(seeds)
    for _ in range(max(0, depth)):
        nxt = []
        for n in frontier:
            if detail.nodes[n]["type"] == "document" and n not in seedset:
                continue
            for m in adj[n]:
                if m not in keep:
                    keep.add(m)
                    nxt.append(m)
        frontier = nxt
    for n in [n for n in keep if detail.nodes[n]["type"] == "task"]:
        keep.update(m for m in adj[n])
    g = Graph(mode=mode, seeds=sorted(seedset))
    g.nodes = {k: v for k, v in detail.nodes.items() if k in keep}
    g.edges = [e for e in detail.edges if e["from"] in keep and e["to"] in keep]
    return g


def select(ex: Exports, unit: Optional[str] = None, doc: Optional[str] = None,
           county: Optional[str] = None, depth: int = 1) -> Graph:
    """The graph to draw: the overview, or the neighbourhood of the units/documents asked for."""
    detail = detail_graph(ex)
    if not (unit or doc or county):
        return overview(detail)
    if depth < 0:
        raise QueryError(f"--depth must be 0 or more, not {depth}")
    seeds: list[str] = []
    modes = []
    for query, find, what, mode in ((unit, find_units, "unit", "unit"),
                                    (doc, find_documents, "document", "doc"),
                                    (county, find_county_units, "county", "county")):
        if not query:
            continue
        found = find(ex, query)
        if not found:
            raise QueryError(_suggest(ex, query, what))
        seeds += found
        modes.append(mode)
    # A collective's tasks bind its members: seed the collectives a seed unit belongs to.
    member_of = defaultdict(list)
    for e in detail.edges:
        # collective -> member edges only; a group seat (task -> unit, role member) is not one
        if e["role"] == "member" and detail.nodes.get(e["from"], {}).get("type") == "collective":
            member_of[e["to"]].append(e["from"])
    for s in list(seeds):
        seeds += [c for c in member_of.get(s, []) if c not in seeds]
    seeds = [s for s in dict.fromkeys(seeds) if s in detail.nodes]
    return neighbourhood(detail, seeds, depth, "+".join(modes))


def _place(name: Optional[str], adcode: Optional[str]) -> str:
    return f"{name} ({adcode})" if name and adcode else (name or "")


def _doc_place(j) -> str:
    """A document's jurisdiction for the details panel: name (adcode) · how it was found."""
    if isinstance(j, dict):
        place = _place(j.get("name"), j.get("adcode")) or "?"
        return f"{place} · {j.get('how') or 'unknown'}"
    return j or ""


def page_data(ex: Exports) -> dict:
    """Everything the page needs for details, search and expansion (all of it text)."""
    tasks: dict[str, dict] = {}
    unit_tasks: dict[str, list] = defaultdict(list)
    doc_tasks: dict[str, list] = defaultdict(list)
    for a in ex.assignments:
        tid = a["task_id"]
        t = ex.tasks.get(tid, {})
        if tid not in tasks:
            src = t.get("source") or a.get("source") or {}
            tasks[tid] = {"doc": a["doc_id"], "path": t.get("path") or a.get("task_path") or "",
                          "text": t.get("text") or a.get("task_text") or "",
                          "file": src.get("file", ""),
                          "line": src.get("first_line", src.get("line", 0)),
                          "deadline": t.get("deadline") or a.get("deadline"), "units": []}
            doc_tasks[a["doc_id"]].append(tid)
        entry = [a["unit_id"], a["role"], a.get("via") or ""]
        if entry not in tasks[tid]["units"]:
            tasks[tid]["units"].append(entry)
            unit_tasks[a["unit_id"]].append([tid, a["role"]])
        if a.get("deadline") and not tasks[tid]["deadline"]:
            tasks[tid]["deadline"] = a["deadline"]
    # posts and persons written as tasks' people (分管副市长, 张三), one per government and name
    # (post_id): each lists its tasks across documents; a task lists its posts
    posts: dict[str, dict] = {}
    for tid, t in ex.tasks.items():
        for p in t.get("posts") or ():
            pid = p.get("post_id")
            if not pid:
                continue
            if tid not in tasks:
                src = t.get("source") or {}
                tasks[tid] = {"doc": t.get("doc_id", ""), "path": t.get("path") or "",
                              "text": t.get("text") or "", "file": src.get("file", ""),
                              "line": src.get("first_line", src.get("line", 0)),
                              "deadline": t.get("deadline"), "units": []}
            tasks[tid].setdefault("posts", [])
            if [pid, p["role"]] not in tasks[tid]["posts"]:
                tasks[tid]["posts"].append([pid, p["role"]])
            doc = ex.documents.get(t.get("doc_id", ""), {})
            entry = posts.setdefault(pid, {"name": p["post"], "kind": p.get("kind") or "",
                                           "jurisdiction": _doc_place(doc.get("jurisdiction")),
                                           "tasks": []})
            if [tid, p["role"]] not in entry["tasks"]:
                entry["tasks"].append([tid, p["role"]])
    units = {}
    for uid, u in ex.units.items():
        units[uid] = {"name": u["unit"], "kind": u.get("kind") or "",
                      "resolved": bool(u.get("resolved")),
                      "jurisdiction": _place(u.get("jurisdiction"), u.get("adcode")),
                      "aliases": sorted(set(u.get("aliases") or []) | set(u.get("aliases_seen") or [])),
                      "members": [m["unit_id"] for m in u.get("members") or []],
                      "tasks": unit_tasks.get(uid, [])}
    for a in ex.assignments:   # units missing from units.jsonl
        units.setdefault(a["unit_id"], {"name": a["unit"], "kind": a.get("unit_kind") or "",
                                        "resolved": bool(a.get("resolved")), "jurisdiction": "",
                                        "aliases": [],
                                        "members": [], "tasks": unit_tasks[a["unit_id"]]})
    docs = {}
    for did, d in ex.documents.items():
        src = d.get("source") or {}
        docs[did] = {"title": d.get("title") or "", "number": d.get("number"),
                     "issuer": d.get("issuer"), "date": d.get("date"),
                     "jurisdiction": _doc_place(d.get("jurisdiction")),
                     "file": src.get("file", ""), "line": src.get("first_line", 0),
                     "last_line": src.get("last_line", 0), "laws": d.get("laws") or [],
                     "cites": d.get("cites") or [], "task_count": d.get("tasks", 0),
                     "tasks": doc_tasks.get(did, [])}
    return {"docs": docs, "tasks": tasks, "units": units, "posts": posts}
