"""The networkx projection, and its agreement with SPARQL and with the JSONL exports."""
import json

import networkx as nx
from typer.testing import CliRunner

from kg.cli import app
from kg.read import network as kn


def test_typed_nodes_and_edges(corpus_out):
    g = kn.load_graph(corpus_out)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert {"document", "task", "unit", "law", "county"} <= types
    etypes = {d["type"] for *_, d in g.edges(data=True)}
    assert {"assigned", "part_of", "cites", "has_member", "located_in"} <= etypes
    coll = kn.find_unit(g, "各县（市、区）人民政府")
    assert len([v for _, v, d in g.out_edges(coll, data=True) if d["type"] == "has_member"]) == 10


def test_workload_agrees_with_assignments_and_sparql(corpus_out):
    g = kn.load_graph(corpus_out)
    rows = [json.loads(l) for l in (corpus_out / "assignments.jsonl").read_text("utf-8").splitlines()]
    direct = kn.stated_counts(rows)
    nx_counts = {r["unit_id"]: r["tasks"] for r in kn.workload(g)}
    assert nx_counts == direct
    from kg.read.sparql import run_query
    cols, qrows = run_query("workload", {}, corpus_out)
    sparql = {dict(zip(cols, r))["unitName"]: int(dict(zip(cols, r))["tasks"]) for r in qrows}
    by_name = {r["unit"]: r["tasks"] for r in kn.workload(g)}
    assert sparql == by_name


def test_co_responsibility_and_paths(corpus_out):
    g = kn.load_graph(corpus_out)
    h = kn.co_responsibility(g)
    a, b = kn.find_unit(g, "市发改委"), kn.find_unit(g, "市财政局")
    res = kn.connections(g, "市发改委", "市财政局")
    assert h[a][b]["weight"] == len(res["shared_tasks"]) > 0
    assert res["paths"] == [["市发展和改革委员会", "市财政局"]]
    ego = kn.ego(g, "市财政局")
    assert a in ego and b in ego


def test_rankings_and_exports(corpus_out, tmp_path):
    g = kn.load_graph(corpus_out)
    top = kn.rank(g, "betweenness", 3)
    assert len(top) == 3 and top[0]["score"] >= top[-1]["score"]
    p = kn.export_network(g, tmp_path / "co.gexf", "gexf", "co")
    assert nx.read_gexf(p).number_of_nodes() == kn.co_responsibility(g).number_of_nodes()
    p = kn.export_network(g, tmp_path / "full.graphml", "graphml")
    assert nx.read_graphml(p).number_of_nodes() == g.number_of_nodes()


def test_cli_rank_and_path(corpus_out):
    r = CliRunner().invoke(app, ["rank", "--out", str(corpus_out), "-n", "3"])
    assert r.exit_code == 0 and r.output.count("\n") == 3
    r = CliRunner().invoke(app, ["path", "市发改委", "市财政局", "--out", str(corpus_out)])
    assert r.exit_code == 0 and "shared tasks" in r.output
    r = CliRunner().invoke(app, ["path", "市发改委", "不存在的局", "--out", str(corpus_out)])
    assert r.exit_code == 1 and "Error:" in r.output
