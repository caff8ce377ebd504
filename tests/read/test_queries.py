"""Named SPARQL queries: answers, parameter binding, both engines agree, clean errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ExportMissing, QueryError
from kg.read.sparql import query_names, run_query

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()

REQUIRED = {"tasks-of-unit", "owners-of-task", "co-owners", "workload", "deadlines",
            "unresolved-units", "laws-cited", "county-obligations", "tasks-under-law"}


def _params_for(out: Path) -> dict[str, dict[str, str]]:
    """Parameters read from the build itself (no hard-coded corpus answers)."""
    units = [json.loads(l) for l in (out / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    busiest = max(units, key=lambda u: (u["task_count"], u["unit"]))
    alias = next((a for a in busiest["aliases_seen"] if a != busiest["unit"]), busiest["unit"])
    tasks = [json.loads(l) for l in (out / "tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    stated = {"lead", "support", "responsible", "source", "contributor", "duty", "assist"}
    owned = next(t for t in tasks if any(u["role"] in stated for u in t["units"]))
    county = next((u for u in units if u["kind"] == "county_gov"), busiest)
    docs = [json.loads(l) for l in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    citing = next((d for d in docs if d["laws"] or d["cites"]), docs[0])
    return {"tasks-of-unit": {"unit": alias}, "owners-of-task": {"text": owned["text"][:6]},
            "co-owners": {"unit": alias}, "deadlines": {"from": "2023", "to": "2023-12"},
            "county-obligations": {"county": county["unit"]},
            "laws-cited": {"doc": citing["number"] or citing["title"]},
            # a law some document gives as its basis (every one of its tasks rests on it)
            "tasks-under-law": {"law": next((law["title"] for d in docs for law in d["laws_detail"]
                                             if law["basis"]), "")}}


def test_required_queries_exist():
    assert REQUIRED <= set(query_names())


def test_tasks_of_unit_by_alias(sample_out):
    cols, rows = run_query("tasks-of-unit", {"unit": "市发改委"}, sample_out)
    assert {"task", "role", "deadline", "document", "file", "line"} <= set(cols)
    assert len(rows) == 2
    by = [dict(zip(cols, r)) for r in rows]
    assert {r["unitName"] for r in by} == {"市发展和改革委员会"}
    assert all(isinstance(r["line"], int) and r["file"] == "sample.txt" for r in by)
    # the canonical name gives the same tasks
    assert run_query("tasks-of-unit", {"unit": "市发展和改革委员会"}, sample_out)[1] == \
        [["市发展和改革委员会"] + r[1:] for r in rows]


def test_county_obligations_through_collective(sample_out):
    for county in ("三河市", "三河市人民政府"):
        cols, rows = run_query("county-obligations", {"county": county}, sample_out)
        by = [dict(zip(cols, r)) for r in rows]
        through = {r["through"] for r in by}
        assert "各县（市、区）人民政府" in through      # given to the collective
        assert "三河市人民政府" in through              # given to the county directly
        assert any(r["deadline"] == "长期坚持" for r in by)


def test_county_obligations_corpus_includes_collective(corpus_out):
    cols, rows = run_query("county-obligations", {"county": "三河市"}, corpus_out)
    through = {dict(zip(cols, r))["through"] for r in rows}
    assert "各县（市、区）人民政府" in through


def test_deadlines_range(sample_out):
    cols, rows = run_query("deadlines", {"from": "2023-06", "to": "2023-06"}, sample_out)
    assert {dict(zip(cols, r))["deadline"] for r in rows} == {"2023-06"}
    cols, rows = run_query("deadlines", {"from": "2023"}, sample_out)
    assert {dict(zip(cols, r))["deadline"] for r in rows} == {"2023-06", "2023-12"}


def test_workload_and_co_owners(sample_out):
    cols, rows = run_query("workload", {}, sample_out)
    top = dict(zip(cols, rows[0]))
    assert top["unitName"] == "市发展和改革委员会" and top["tasks"] == 2
    cols, rows = run_query("co-owners", {"unit": "市发改委"}, sample_out)
    assert {r[1]: r[2] for r in rows} == {"各县（市、区）人民政府": 1, "市应急管理局": 1}


def test_laws_cited(sample_out):
    cols, rows = run_query("laws-cited", {"doc": "廊政办字〔2023〕99号"}, sample_out)
    assert [dict(zip(cols, r))["cited"] for r in rows] == ["中华人民共和国安全生产法"]
    assert run_query("laws-cited", {"doc": "no such document"}, sample_out)[1] == []


def test_parameters_are_bound_not_spliced(sample_out):
    evil = '市发改委" } UNION { ?s ?p ?o '
    cols, rows = run_query("tasks-of-unit", {"unit": evil}, sample_out)
    assert rows == []


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_engines_agree_on_sample(sample_out, name):
    params = _params_for(sample_out).get(name, {})
    ox = run_query(name, params, sample_out, "oxigraph")
    rl = run_query(name, params, sample_out, "rdflib")
    assert ox == rl


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_engines_agree_on_corpus(corpus_out, name):
    params = _params_for(corpus_out).get(name, {})
    ox = run_query(name, params, corpus_out, "oxigraph")
    rl = run_query(name, params, corpus_out, "rdflib")
    assert ox == rl
    assert ox[1], f"{name} {params} returned nothing"


def test_bad_query_clean_error(sample_out, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT * WHERE { ?s ?p }", encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        with pytest.raises(QueryError, match="bad.rq"):
            run_query(bad, {}, sample_out, engine)
        res = runner.invoke(app, ["query", str(bad), "--out", str(sample_out), "--engine", engine])
        assert res.exit_code == 1
        assert "Error:" in res.output and "bad.rq" in res.output
        assert "Traceback" not in res.output


def test_missing_build_says_run_build(tmp_path):
    with pytest.raises(ExportMissing, match="kg build"):
        run_query("workload", {}, tmp_path / "nothing")
    res = runner.invoke(app, ["query", "workload", "--out", str(tmp_path / "nothing")])
    assert res.exit_code == 1 and "kg build" in res.output


def test_cli_formats(sample_out):
    res = runner.invoke(app, ["query", "tasks-of-unit", "--param", "unit=市发改委",
                              "--format", "json", "--out", str(sample_out)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert len(data) == 2 and set(data[0]) >= {"unit", "task", "role", "file", "line"}
    res = runner.invoke(app, ["query", "workload", "--format", "csv", "--out", str(sample_out)])
    assert res.exit_code == 0 and res.output.splitlines()[0].startswith("unitName,tasks")
    res = runner.invoke(app, ["query", "workload", "--out", str(sample_out)])
    assert res.exit_code == 0 and "市发展和改革委员会" in res.output
    res = runner.invoke(app, ["query", "workload", "--param", "oops", "--out", str(sample_out)])
    assert res.exit_code == 1 and "key=value" in res.output


def test_cli_import_stays_cheap():
    code = "import sys, kg.cli; print('rdflib' in sys.modules, 'pyoxigraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT)}).stdout
    assert out.strip() == "False False"


# -- ORDER BY applied in Python (kg.read.sparql._sorted_here) -----------------------------------

def _oxigraph_sorted(store, text, params):
    """The rows with oxigraph's own ORDER BY: a comment after it keeps it there."""
    from kg.read.sparql import query_store
    return query_store(store, text + "\n# sorted by oxigraph\n", params)


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_rows_sorted_in_python_are_oxigraphs(corpus_out, name):
    from kg.read.sparql import open_store, query_store, resolve_query
    text = resolve_query(name).read_text(encoding="utf-8")
    params = _params_for(corpus_out).get(name, {})
    store = open_store(corpus_out)
    assert query_store(store, text, params) == _oxigraph_sorted(store, text, params)
    if name in ("tasks-of-unit", "county-obligations"):      # sorted here, not by oxigraph
        import pyoxigraph as ox

        from kg.read.sparql import _final_order, _sorted_here, _values_zh
        start, keys = _final_order(text)
        zh = _values_zh(text[:start], params, lambda v: str(ox.Literal(v, language="zh")))
        subs = {ox.Variable(k): ox.Literal(v) for k, v in params.items()}
        assert _sorted_here(store, zh, keys, subs, name) is not None


def test_python_order_follows_sparql_or_leaves_it_to_oxigraph():
    import pyoxigraph as ox

    from kg.read import sparql
    store = ox.Store()
    ex = "http://example.org/"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    values = [ox.Literal("b", language="zh"), ox.Literal("a", language="zh"),
              ox.Literal("\U00020000", language="zh"), ox.Literal("\uffef", language="zh"),
              ox.Literal("中", language="zh"), ox.Literal("ab"), ox.Literal("a"),
              ox.Literal("10", datatype=ox.NamedNode(xsd + "integer")),
              ox.Literal("-3", datatype=ox.NamedNode(xsd + "integer")),
              ox.Literal("9", datatype=ox.NamedNode(xsd + "integer")),
              ox.Literal("2023", datatype=ox.NamedNode(xsd + "gYear")),
              ox.Literal("2023-06-30", datatype=ox.NamedNode(xsd + "date")),
              ox.NamedNode(ex + "z"), ox.NamedNode(ex + "a"), ox.Literal("a", language="en")]
    for i, v in enumerate(values):
        s = ox.NamedNode(f"{ex}s{i}")
        store.add(ox.Quad(s, ox.NamedNode(ex + "kind"), ox.Literal(str(i % 3))))
        store.add(ox.Quad(s, ox.NamedNode(ex + "v"), v))
        if i % 4:
            store.add(ox.Quad(s, ox.NamedNode(ex + "w"), values[(i * 7) % len(values)]))
    where = f"WHERE {{ ?s <{ex}kind> ?k ; <{ex}v> ?v . OPTIONAL {{ ?s <{ex}w> ?w }} }}"
    fell_back = []
    real = sparql._solutions

    def counted(store_, text, subs, origin):
        if "ORDER BY" in text:
            fell_back.append(text)
        return real(store_, text, subs, origin)
    sparql._solutions = counted
    try:
        for kind in ("", "FILTER(?k = '0')", "FILTER(?k != '2')"):
            w = where[:-1] + kind + "}"
            for order in ("?k ?v ?w", "DESC(?v) ?w ?k", "?w ?k ?v", "?k DESC(?w) ?v"):
                text = f"SELECT ?k ?v ?w {w} ORDER BY {order}"
                assert sparql.query_store(store, text, {}) == \
                    _oxigraph_sorted(store, text, {}), (kind, order)
            # a key on a variable that is not projected: oxigraph sorts
            text = f"SELECT ?v {w} ORDER BY ?w ?v"
            assert sparql.query_store(store, text, {}) == _oxigraph_sorted(store, text, {})
    finally:
        sparql._solutions = real
    # mixed datatypes (gYear, date, integer, strings) in one group are left to oxigraph ...
    assert any("DESC(?v)" in t for t in fell_back)
    # ... and a query ending in LIMIT is never reordered
    assert sparql._final_order(f"SELECT ?v {where} ORDER BY ?v LIMIT 3") is None


def test_reading_rows_leaves_the_collector_as_it_found_it(sample_out):
    """The rows are read with automatic collection off (kg.read.sparql._no_collection); it is
    on again afterwards, and stays off for a caller that had turned it off."""
    import gc

    from kg.read.sparql import run_query
    assert gc.isenabled()
    for name, params in (("tasks-of-unit", {"unit": "市发改委"}), ("workload", {})):
        cols, rows = run_query(name, params, sample_out)
        assert rows and gc.isenabled()
        gc.disable()
        try:
            assert run_query(name, params, sample_out) == (cols, rows)
            assert not gc.isenabled()
        finally:
            gc.enable()
