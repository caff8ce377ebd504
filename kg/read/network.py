"""A networkx projection of the built graph, read from the JSON Lines exports.

Nodes (ids are stable strings, ``type`` attribute):
``doc:<doc_id>`` (document), ``task:<task_id>`` (task), ``unit:<unit_id>`` (unit; ``kind``
says department, collective, county_gov …), ``county:<name>`` (county or zone, from
``task_places.jsonl`` when present), ``law:<title>`` (cited law).
Edges of a :class:`networkx.MultiDiGraph`, keyed by their ``type``:
task → unit (``type='assigned'``, with ``role``, ``via``, ``deadline``, ``file``, ``line``),
task → document (``part_of``), document → law (``cites``), collective → member
(``has_member``), task → county (``located_in``).

Stated responsibility and ``mentioned`` links are both kept, with their role; every
analysis below uses stated roles only, unless told otherwise.

networkx is imported inside the functions that need it, so importing this module is cheap.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from ..errors import QueryError
from ..text import compact
from ..vocab import (ASSIGNMENTS_FILE, DOCUMENTS_FILE, STATED_ROLES, TASK_PLACES_FILE, TASKS_FILE,
                     UNITS_FILE)
from .build import match_names, open_build

STATED = frozenset(STATED_ROLES)


def load_graph(out: Path = Path("exports")):
    """The typed MultiDiGraph of a build directory."""
    import networkx as nx
    g = nx.MultiDiGraph()
    b = open_build(out)
    docs = b.rows(DOCUMENTS_FILE)
    units = b.rows(UNITS_FILE)
    tasks = b.rows(TASKS_FILE)
    assignments = b.rows(ASSIGNMENTS_FILE)
    for d in docs:
        g.add_node(f"doc:{d['doc_id']}", type="document", label=d["title"],
                   number=d.get("number") or "")
        for law in d.get("laws", []):
            g.add_node(f"law:{law}", type="law", label=law)
            g.add_edge(f"doc:{d['doc_id']}", f"law:{law}", key="cites", type="cites")
    for u in units:
        g.add_node(f"unit:{u['unit_id']}", type="unit", label=u["unit"], kind=u["kind"],
                   resolved=u["resolved"], aliases="|".join(u.get("aliases", [])))
    for u in units:
        for m in u.get("members", []):
            g.add_edge(f"unit:{u['unit_id']}", f"unit:{m['unit_id']}", key="has_member",
                       type="has_member")
    for t in tasks:
        g.add_node(f"task:{t['task_id']}", type="task", label=t["text"][:60], path=t["path"],
                   file=t["source"]["file"], line=t["source"]["first_line"])
        g.add_edge(f"task:{t['task_id']}", f"doc:{t['doc_id']}", key="part_of", type="part_of")
    for a in assignments:
        key = f"{a['role']}:{a['via']}:{a['source']['line']}"
        g.add_edge(f"task:{a['task_id']}", f"unit:{a['unit_id']}", key=key, type="assigned",
                   role=a["role"], via=a["via"], deadline=a.get("deadline") or "",
                   file=a["source"]["file"], line=a["source"]["line"])
    for p in b.rows(TASK_PLACES_FILE, required=False):
        name = p.get("place") or p.get("name")
        if not name or not p.get("task_id"):
            continue
        g.add_node(f"county:{name}", type="county", label=name, adcode=p.get("adcode") or "")
        g.add_edge(f"task:{p['task_id']}", f"county:{name}", key="located_in", type="located_in")
    return g


def unit_tasks(g, stated_only: bool = True) -> dict[str, set[str]]:
    """unit node -> the task nodes it is assigned to."""
    out: dict[str, set[str]] = defaultdict(set)
    for t, u, data in g.edges(data=True):
        if data.get("type") == "assigned" and (not stated_only or data["role"] in STATED):
            out[u].add(t)
    return out


def workload(g, stated_only: bool = True) -> list[dict]:
    """Units ranked by number of tasks, split by role (the networkx side of SPARQL `workload`)."""
    roles: dict[str, Counter] = defaultdict(Counter)
    tasks: dict[str, set] = defaultdict(set)
    for t, u, data in g.edges(data=True):
        if data.get("type") != "assigned" or (stated_only and data["role"] not in STATED):
            continue
        tasks[u].add(t)
        roles[u][data["role"]] += 1
    rows = [{"unit_id": u[5:], "unit": g.nodes[u]["label"], "kind": g.nodes[u].get("kind"),
             "tasks": len(ts), "roles": dict(sorted(roles[u].items()))} for u, ts in tasks.items()]
    return sorted(rows, key=lambda r: (-r["tasks"], r["unit"]))


def co_responsibility(g):
    """Units linked by the tasks they share (stated roles), edge ``weight`` = shared tasks."""
    import networkx as nx
    by_task: dict[str, set[str]] = defaultdict(set)
    for t, u, data in g.edges(data=True):
        if data.get("type") == "assigned" and data["role"] in STATED:
            by_task[t].add(u)
    h = nx.Graph()
    for u in {u for us in by_task.values() for u in us}:
        h.add_node(u, **g.nodes[u])
    for t, us in sorted(by_task.items()):
        us = sorted(us)
        for i, a in enumerate(us):
            for b in us[i + 1:]:
                w = h[a][b]["weight"] + 1 if h.has_edge(a, b) else 1
                h.add_edge(a, b, weight=w)
    return h


def rank(g, by: str = "tasks", limit: int = 20) -> list[dict]:
    """Units ranked by workload (``tasks``), weighted ``degree`` or ``betweenness`` in the
    co-responsibility network."""
    import networkx as nx
    if by == "tasks":
        return workload(g)[:limit]
    h = co_responsibility(g)
    if by == "degree":
        score = dict(h.degree(weight="weight"))
    elif by == "betweenness":
        score = nx.betweenness_centrality(h, weight=None, seed=0)
    else:
        raise QueryError(f"unknown ranking {by!r}; use tasks, degree or betweenness")
    rows = [{"unit_id": u[5:], "unit": h.nodes[u]["label"], "kind": h.nodes[u].get("kind"),
             "score": round(s, 6)} for u, s in score.items()]
    return sorted(rows, key=lambda r: (-r["score"], r["unit"]))[:limit]


def _closest(g, name: str, n: int = 5) -> str:
    """``; did you mean: A、B`` — the known unit names closest to ``name`` (difflib)."""
    import difflib
    labels: dict[str, str] = {}
    for _, d in g.nodes(data=True):
        if d.get("type") == "unit":
            for written in [d["label"], *d.get("aliases", "").split("|")]:
                if written:
                    labels.setdefault(compact(written), d["label"])
    close = difflib.get_close_matches(compact(name), list(labels), n=n * 3, cutoff=0.4)
    names = list(dict.fromkeys(labels[c] for c in close))[:n]
    if not names:
        return "; `kg query unresolved-units` lists the names kept as written"
    return "; did you mean: " + "、".join(names)


def find_unit(g, name: str) -> str:
    """The unit node for a name or alias (exact first, then substring; the shortest name)."""
    hits = match_names(name, ((n, [d["label"], *d.get("aliases", "").split("|")])
                              for n, d in g.nodes(data=True) if d.get("type") == "unit"))
    if not hits:
        raise QueryError(f"no unit named {name!r}{_closest(g, name)}")
    return sorted(hits, key=lambda n: (len(g.nodes[n]["label"]), n))[0]


def connections(g, a: str, b: str, limit: int = 5) -> dict:
    """How two units are connected: the tasks they share, and shortest paths between them in
    the co-responsibility network."""
    import networkx as nx
    ua, ub = find_unit(g, a), find_unit(g, b)
    ts = unit_tasks(g)
    shared = sorted(ts.get(ua, set()) & ts.get(ub, set()))
    h = co_responsibility(g)
    paths = []
    if ua in h and ub in h and nx.has_path(h, ua, ub):
        for p in nx.all_shortest_paths(h, ua, ub):
            paths.append([h.nodes[n]["label"] for n in p])
            if len(paths) >= limit:
                break
    return {"a": g.nodes[ua]["label"], "b": g.nodes[ub]["label"],
            "shared_tasks": [{"task_id": t[5:], "text": g.nodes[t]["label"],
                              "file": g.nodes[t]["file"], "line": g.nodes[t]["line"]} for t in shared],
            "paths": sorted(paths)}


def ego(g, name: str, radius: int = 1):
    """The ego graph of a unit in the co-responsibility network."""
    import networkx as nx
    return nx.ego_graph(co_responsibility(g), find_unit(g, name), radius=radius)


# Characters XML 1.0 forbids (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(value):
    return _XML_ILLEGAL.sub("", value) if isinstance(value, str) else value


def _xml_ready(g):
    """A copy of ``g`` that any XML writer can write and always writes the same way: nodes
    and edges in sorted order, XML-illegal characters removed from ids and attributes."""
    h = g.__class__()
    for n in sorted(g.nodes):
        h.add_node(_xml_safe(n), **{k: _xml_safe(v) for k, v in sorted(g.nodes[n].items())})
    if g.is_multigraph():
        edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
        for u, v, key, data in edges:
            h.add_edge(_xml_safe(u), _xml_safe(v), key=_xml_safe(key),
                       **{k: _xml_safe(x) for k, x in sorted(data.items())})
    else:
        for u, v, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
            h.add_edge(_xml_safe(u), _xml_safe(v),
                       **{k: _xml_safe(x) for k, x in sorted(data.items())})
    return h


def export_network(g, path: Path, fmt: str = "graphml", which: str = "full") -> Path:
    """Write the full typed graph or the co-responsibility network as GraphML or GEXF."""
    import networkx as nx
    h = _xml_ready(co_responsibility(g) if which == "co" else g)
    if fmt == "graphml":
        nx.write_graphml(h, path)
    elif fmt == "gexf":
        nx.write_gexf(h, path)
    else:
        raise QueryError(f"unknown format {fmt!r}; use graphml or gexf")
    return Path(path)


def stated_counts(assignments: Iterable[dict]) -> dict[str, int]:
    """Tasks per unit id straight from assignments.jsonl rows (stated roles): a cross-check."""
    tasks: dict[str, set] = defaultdict(set)
    for a in assignments:
        if a["role"] in STATED:
            tasks[a["unit_id"]].add(a["task_id"])
    return {u: len(t) for u, t in tasks.items()}


def county_obligations(out: Path, county: str) -> dict:
    """What a county government owns directly and through collectives it belongs to."""
    b = open_build(out)
    units = b.rows(UNITS_FILE)
    assignments = b.rows(ASSIGNMENTS_FILE)
    key = compact(county)
    gov = next((u for u in units if u["kind"] == "county_gov" and (
        compact(u["unit"]) == key or compact(u["unit"]).startswith(key)
        or any(compact(a) == key for a in u.get("aliases", [])))), None)
    if gov is None:
        raise QueryError(f"no county government named {county!r} in this build")
    collectives = [u for u in units if any(m["unit_id"] == gov["unit_id"] for m in u.get("members", []))]
    direct = [a for a in assignments if a["unit_id"] == gov["unit_id"] and a["role"] in STATED]
    via = [a for a in assignments if a["unit_id"] in {c["unit_id"] for c in collectives}
           and a["role"] in STATED]
    return {"county": gov["unit"], "unit_id": gov["unit_id"],
            "collectives": [c["unit"] for c in collectives], "direct": direct, "through": via}


def unit_profile(out: Path, name: str, top: int = 8) -> dict:
    """Everything a unit owns, by role and document, deadlines in order, main partners."""
    g = load_graph(out)
    uid = find_unit(g, name)
    b = open_build(out)
    assignments = [a for a in b.assignments if f"unit:{a['unit_id']}" == uid]
    units = b.units
    u = units[uid[5:]]
    by_role: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for a in assignments:
        by_role[a["role"]][a["doc_title"]].append(a)
    deadlines = sorted({(a["deadline"], a["task_text"][:40], a["source"]["line"])
                        for a in assignments if a.get("deadline") and a["role"] in STATED},
                       key=lambda x: (not x[0][:4].isdigit(), x[0], x[2]))
    h = co_responsibility(g)
    partners = sorted(((h.nodes[v]["label"], d["weight"]) for v, d in h[uid].items()),
                      key=lambda x: (-x[1], x[0]))[:top] if uid in h else []
    return {"unit": u, "by_role": by_role, "deadlines": deadlines, "partners": partners}
