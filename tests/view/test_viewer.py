"""The viewer's HTML, checked without a browser."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.view import viewdata
from kg.view.viewer import render_html, script_json
from viewer_support import XSS_FIXTURE, build_into, corpus_sample

pytest.importorskip("pyvis")


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory) -> Path:
    return build_into(corpus_sample(), tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def xss_out(tmp_path_factory) -> Path:
    return build_into([XSS_FIXTURE], tmp_path_factory.mktemp("xss"))


def _json_block(html: str, block: str):
    m = re.search(r'<script type="application/json" id="kg-%s">(.*?)</script>' % block, html, re.S)
    assert m, f"no kg-{block} block"
    return json.loads(m.group(1))


def test_script_json_escapes_markup():
    s = script_json({"t": "</script><script>alert(1)</script>&\u2028"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == {"t": "</script><script>alert(1)</script>&\u2028"}


def test_overview_collapses_tasks(corpus_out, tmp_path):
    dest = tmp_path / "graph.html"
    stats = render_html(corpus_out, dest)
    html = dest.read_text(encoding="utf-8")
    nodes = _json_block(html, "nodes")
    edges = _json_block(html, "edges")
    assert stats.nodes == len(nodes) and stats.edges == len(edges) and stats.bytes == dest.stat().st_size
    types = {n["type"] for n in nodes}
    assert "task" not in types and {"document", "unit"} <= types
    ex = viewdata.load_exports(corpus_out)
    # every document of the build is there, and weights add up to the (task, unit, role) triples
    assert {n["id"] for n in nodes if n["type"] == "document"} == set(ex.documents)
    triples = {(a["task_id"], a["unit_id"], a["role"]) for a in ex.assignments}
    assert sum(e["weight"] for e in edges if e["from"] in ex.documents
               and e["role"] not in ("cites",)) == len(triples)
    # unit size grows with workload
    wl = {}
    for t, u, r in triples:
        wl.setdefault(u, set()).add(t)
    by_id = {n["id"]: n for n in nodes}
    busiest = max(wl, key=lambda u: len(wl[u]))
    idle = [n for n in nodes if n["type"] == "unit" and n["id"] not in wl]
    if idle:
        assert by_id[busiest]["size"] > idle[0]["size"]
    opts = _json_block(html, "options")
    assert opts["layout"]["randomSeed"] == 7 and opts["physics"]["stabilization"]["enabled"]


def test_page_is_self_contained(corpus_out, tmp_path):
    dest = tmp_path / "g.html"
    render_html(corpus_out, dest)
    html = dest.read_text(encoding="utf-8")
    assert "vis.Network" in html and "DataSet" in html      # vis-network inlined
    for pat in (r'<script[^>]+src=', r'<link[^>]+href=', r'https?://[^"\s]*\.(?:js|css)\b',
                r'@import', r'fonts\.googleapis'):
        assert not re.search(pat, html), pat
    assert "connect-src 'none'" in html


def test_same_input_same_page(corpus_out, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    render_html(corpus_out, a)
    render_html(corpus_out, b)
    assert a.read_bytes() == b.read_bytes()


def test_unit_view_is_neighbourhood(corpus_out, tmp_path):
    ex = viewdata.load_exports(corpus_out)
    uid, u = max(ex.units.items(), key=lambda kv: kv[1]["task_count"] if kv[1]["kind"] != "collective" else 0)
    dest = tmp_path / "u.html"
    stats = render_html(corpus_out, dest, unit=u["unit"])
    nodes = {n["id"]: n for n in _json_block(dest.read_text(encoding="utf-8"), "nodes")}
    own_tasks = {a["task_id"] for a in ex.assignments if a["unit_id"] == uid}
    assert uid in nodes and own_tasks <= set(nodes)
    assert {ex.tasks[t]["doc_id"] for t in own_tasks} <= set(nodes)   # context: the documents
    assert uid in stats.seeds and stats.mode == "unit"
    deeper = render_html(corpus_out, tmp_path / "u2.html", unit=u["unit"], depth=3)
    assert deeper.nodes >= stats.nodes


def test_doc_and_county_views(corpus_out, tmp_path):
    ex = viewdata.load_exports(corpus_out)
    did, d = max(ex.documents.items(), key=lambda kv: kv[1]["assignments"])
    stats = render_html(corpus_out, tmp_path / "d.html", doc=d["title"])
    nodes = {n["id"] for n in _json_block((tmp_path / "d.html").read_text(encoding="utf-8"), "nodes")}
    assert did in nodes and stats.seeds == (did,)
    assert {a["unit_id"] for a in ex.assignments if a["doc_id"] == did} <= nodes
    county = next(u for u in ex.units.values() if u["kind"] == "county_gov")
    cstats = render_html(corpus_out, tmp_path / "c.html", county=county["unit"][:3])
    assert county["unit_id"] in cstats.seeds


def test_unknown_unit_is_an_error(corpus_out, tmp_path):
    with pytest.raises(KgError, match="no unit matches"):
        render_html(corpus_out, tmp_path / "x.html", unit="不存在的单位XYZ")


def test_missing_exports_is_an_error(tmp_path):
    with pytest.raises(KgError, match="kg build"):
        render_html(tmp_path, tmp_path / "x.html")


def test_xss_document_text_is_escaped(xss_out, tmp_path):
    dest = tmp_path / "xss.html"
    render_html(xss_out, dest)
    html = dest.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    data = _json_block(html, "data")
    texts = [t["text"] for t in data["tasks"].values()]
    assert any("<script>alert(1)</script>" in t for t in texts)   # kept, as text
    # every unit view of the fixture is escaped too
    render_html(xss_out, tmp_path / "u.html", unit="市住房和城乡建设局")
    assert "<img src=x" not in (tmp_path / "u.html").read_text(encoding="utf-8")


def test_cli_view(corpus_out, tmp_path):
    from typer.testing import CliRunner
    from kg.cli import app
    dest = tmp_path / "cli.html"
    res = CliRunner().invoke(app, ["view", "--out", str(corpus_out), "-o", str(dest)])
    assert res.exit_code == 0, res.output
    assert dest.is_file() and "nodes" in res.output
    res = CliRunner().invoke(app, ["view", "--out", str(tmp_path / "nope")])
    assert res.exit_code == 1 and "kg build" in res.output


def test_mentioned_edges_are_dashed_and_kept_out_of_layout():
    from kg.view.viewer import vis_edge
    m = vis_edge(0, {"from": "T", "to": "U", "role": "mentioned"})
    r = vis_edge(1, {"from": "D", "to": "U", "role": "responsible", "weight": 4})
    assert m["dashes"] is True and m["physics"] is False and m["label"] == "提及"
    assert "dashes" not in r and r["label"] == "责任 ×4" and r["width"] == 3.0
