"""Render the responsibility graph as one self-contained, offline HTML page.

The page is built with pyvis (its ``Network`` holds nodes, edges and options; its Jinja
environment renders the template) but uses our own template, ``template.html``,
which inlines vis-network's JS and CSS from the installed pyvis package: the page makes
no request of any kind when opened from disk.

Safety: all data goes into the page as JSON inside ``<script type="application/json">``
with ``<``, ``>``, ``&`` and U+2028/2029 escaped, and the page's script only ever
writes text with ``textContent`` (never ``innerHTML``), so document text such as
``<script>alert(1)</script>`` is shown as text.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .viewdata import (EDGE_ROLES, NODE_TYPES, ROLE_ZH, Exports, Graph, load_exports,
                       page_data, select)

TEMPLATE = "template.html"
RANDOM_SEED = 7

# type -> (colour, shape, legend label)
NODE_STYLE = {
    "document": ("#4e79a7", "square", "文件 (document)"),
    "task": ("#f28e2b", "dot", "任务 (task)"),
    "unit": ("#59a14f", "dot", "单位 (unit)"),
    "collective": ("#b07aa1", "hexagon", "集合单位 (collective)"),
    "county": ("#e15759", "diamond", "县（市、区）(county)"),
    "law": ("#9c755f", "triangle", "法规/引用文件 (law / cited document)"),
}
EDGE_COLOUR = {
    "lead": "#d62728", "support": "#1f77b4", "responsible": "#2ca02c", "duty": "#17becf",
    "assist": "#7f7fff", "contributor": "#9467bd", "source": "#8c564b", "member": "#7f7f7f",
    "overseen": "#e377c2", "liaison": "#f7b6d2", "cites": "#bcbd22", "contains": "#c7c7c7", "mentioned": "#aaaaaa",
}
ROLE_EN = {r: r for r in EDGE_ROLES}


@dataclass(frozen=True)
class ViewStats:
    nodes: int
    edges: int
    bytes: int
    mode: str = "overview"
    seeds: tuple[str, ...] = ()


def _short(text: str, n: int = 16) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def script_json(obj) -> str:
    """JSON safe to place inside a ``<script>`` element (and an HTML attribute)."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _workload(data: dict) -> dict[str, int]:
    """Tasks per unit, not counting mere mentions."""
    return {uid: len({t for t, role in u["tasks"] if role != "mentioned"})
            for uid, u in data["units"].items()}


def vis_node(nid: str, node: dict, workload: dict[str, int], data: dict) -> dict:
    colour, shape, _ = NODE_STYLE[node["type"]]
    t = node["type"]
    if t in ("unit", "collective", "county"):
        size = 8 + 3 * math.sqrt(workload.get(nid, 0))
    elif t == "document":
        size = 12 + 1.5 * math.sqrt(len(data["docs"].get(nid, {}).get("tasks", [])))
    elif t == "task":
        size = 6
    else:
        size = 8
    return {"id": nid, "label": _short(node["label"], 14 if t == "task" else 16), "type": t,
            "shape": shape, "size": round(size, 1),
            "color": {"background": colour, "border": colour,
                      "highlight": {"background": "#ffd92f", "border": "#333333"}},
            "font": {"size": 12 if t != "task" else 10}}


def vis_edge(n: int, e: dict) -> dict:
    role = e["role"]
    w = e.get("weight", 1)
    label = ROLE_ZH.get(role, role) if role != "contains" else ""
    if w > 1:
        label += f" ×{w}"
    edge = {"id": f"e{n}", "from": e["from"], "to": e["to"], "role": role, "weight": w,
            "label": label, "arrows": "to", "color": EDGE_COLOUR.get(role, "#999999"),
            "width": round(1 + math.log2(w), 2), "font": {"size": 9, "align": "middle"}}
    if role == "mentioned":     # a mention is not a duty: dashed, no pull on the layout
        edge.update(dashes=True, physics=False)
    return edge


def stabilization_iterations(n_nodes: int) -> int:
    """Fewer layout iterations for bigger graphs: each costs O(n log n) in the browser."""
    if n_nodes <= 500:
        return 300
    if n_nodes <= 1500:
        return 200
    return 100


def vis_options(n_nodes: int) -> dict:
    big = n_nodes > 1500
    return {
        "layout": {"randomSeed": RANDOM_SEED, "improvedLayout": n_nodes <= 300},
        "physics": {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01,
                                 "springLength": 90, "springConstant": 0.08, "avoidOverlap": 0},
            "minVelocity": 1.0,
            # An upper bound: stabilisation stops earlier once nodes move less than minVelocity.
            "stabilization": {"enabled": True, "iterations": stabilization_iterations(n_nodes),
                              "updateInterval": 25, "fit": True},
        },
        "edges": {"smooth": False, "selectionWidth": 2},
        "nodes": {"borderWidth": 1},
        "interaction": {"hover": True, "hideEdgesOnDrag": big, "tooltipDelay": 200,
                        "multiselect": False},
    }


def _pyvis_assets() -> tuple[str, str]:
    import pyvis
    libs = sorted((Path(pyvis.__file__).parent / "lib").glob("vis-9*"),
                  key=lambda p: tuple(int(x) for x in p.name[4:].split(".") if x.isdigit()))
    if not libs:
        raise FileNotFoundError("pyvis ships no vis-network under pyvis/lib/vis-9*")
    js = (libs[-1] / "vis-network.min.js").read_text(encoding="utf-8")
    css = (libs[-1] / "vis-network.css").read_text(encoding="utf-8")
    # Inlined, so neither may close its own element early.
    js = js.replace("</script", "<\\/script")
    css = css.replace("</style", "<\\/style")
    return js, css


def build_network(g: Graph, data: dict):
    """A pyvis ``Network`` holding the graph (filled directly: add_node is O(V) per call)."""
    from pyvis.network import Network
    net = Network(height="100%", width="100%", directed=True, cdn_resources="local")
    workload = _workload(data)
    net.nodes = [vis_node(nid, node, workload, data) for nid, node in g.nodes.items()]
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges = [vis_edge(i, e) for i, e in enumerate(g.edges)]
    net.options = vis_options(len(net.nodes))
    net.set_template_dir(str(Path(__file__).parent), TEMPLATE)
    return net


def render_graph(g: Graph, data: dict, title: str = "责任图谱") -> str:
    net = build_network(g, data)
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    js, css = _pyvis_assets()
    style = {"nodes": {k: {"color": c, "shape": s, "label": lab}
                       for k, (c, s, lab) in NODE_STYLE.items()},
             "edges": {r: {"color": EDGE_COLOUR[r], "label": f"{ROLE_ZH[r]} ({ROLE_EN[r]})"}
                       for r in EDGE_ROLES}}
    meta = {"mode": g.mode, "seeds": g.seeds, "types": list(NODE_TYPES),
            "roles": list(EDGE_ROLES), "roleZh": ROLE_ZH}
    template = net.templateEnv.get_template(net.path)
    return template.render(
        title=title, vis_js=js, vis_css=css,
        nodes_json=script_json(nodes), edges_json=script_json(edges),
        options_json=script_json(json.loads(options)), data_json=script_json(data),
        style_json=script_json(style), meta_json=script_json(meta),
        mode=g.mode, node_count=len(nodes), edge_count=len(edges))


def render_html(out: Path, dest: Path, unit: Optional[str] = None, doc: Optional[str] = None,
                county: Optional[str] = None, depth: int = 1,
                exports: Optional[Exports] = None) -> ViewStats:
    """Write the viewer page for the build in ``out`` to ``dest``.

    With no ``unit``/``doc``/``county`` the page is the overview (documents and units,
    tasks collapsed into weighted edges; click a document to expand its tasks). Otherwise
    it is the ``depth``-hop neighbourhood of the matching units/documents.
    """
    ex = exports if exports is not None else load_exports(Path(out))
    g = select(ex, unit=unit, doc=doc, county=county, depth=depth)
    data = page_data(ex)
    parts = [p for p in (unit, doc, county) if p]
    title = "责任图谱 · " + " · ".join(parts) if parts else "责任图谱 · 总览 (overview)"
    html = render_graph(g, data, title=title)
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    raw = html.encode("utf-8")
    dest.write_bytes(raw)
    return ViewStats(nodes=len(g.nodes), edges=len(g.edges), bytes=len(raw), mode=g.mode,
                     seeds=tuple(g.seeds))
