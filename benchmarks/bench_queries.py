"""Median latency of every named query, on the corpus graph and on an enlarged copy.

The enlarged graph is the corpus graph duplicated N times (default 100) with every instance
IRI renamed per copy (``…/id/`` -> ``…/id/c{k}/``); vocabulary IRIs stay shared. pyoxigraph runs
on both sizes. rdflib is slow on millions of triples, so it runs on the corpus graph and on a
smaller enlargement (``--rdflib-factor``, default 10); the output says which.

    PYTHONPATH=$PWD python benchmarks/bench_queries.py [--factor 100] [--rdflib-factor 10]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

# cold builds: every document extracted, whatever earlier runs left in the user's extraction
# cache (kg.extract.cache); bench_wall.py --cache measures rebuilds that read it back
os.environ.setdefault("KG_NO_CACHE", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def params_for(out: Path) -> dict[str, dict[str, str]]:
    """Parameters read from the build (the busiest unit, a county, a citing document)."""
    def rows(name):
        return [json.loads(l) for l in (out / name).read_text(encoding="utf-8").splitlines()]
    units, tasks, docs = rows("units.jsonl"), rows("tasks.jsonl"), rows("documents.jsonl")
    busiest = max(units, key=lambda u: (u["task_count"], u["unit"]))
    alias = next((a for a in busiest["aliases_seen"] if a != busiest["unit"]), busiest["unit"])
    owned = next(t for t in tasks if t["units"])
    county = next((u for u in units if u["kind"] == "county_gov"), busiest)
    citing = next((d for d in docs if d["laws"] or d["cites"]), docs[0])
    return {"tasks-of-unit": {"unit": alias}, "owners-of-task": {"text": owned["text"][:6]},
            "co-owners": {"unit": alias}, "deadlines": {"from": "2023", "to": "2023-12"},
            "county-obligations": {"county": county["unit"]},
            "laws-cited": {"doc": citing["number"] or citing["title"]},
            # a law some document gives as its basis (every one of its tasks rests on it)
            "tasks-under-law": {"law": next((law["title"] for d in docs for law in d["laws_detail"]
                                             if law["basis"]), "")}}


def enlarge(nt: str, base: str, factor: int) -> str:
    if factor == 1:
        return nt
    return "".join(nt.replace(f"<{base}", f"<{base}c{k}/") for k in range(factor))


def timed(fn, repeat: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        _, rows = fn()
        times.append(time.perf_counter() - t)
        n = len(rows)
    return statistics.median(times), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factor", type=int, default=100)
    ap.add_argument("--rdflib-factor", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    import pyoxigraph as ox
    import rdflib
    from kg.write.rdf import base_iri
    from kg.read.sparql import query_names, query_rdflib, query_store, resolve_query
    from kg.pipeline import BUNDLED_CORPUS
    from kg.pipeline import build_and_write

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    out = tmp / "exports"
    t = time.perf_counter()
    build_and_write([BUNDLED_CORPUS], out)
    print(f"build + export of the corpus: {time.perf_counter() - t:.2f} s")
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    base = base_iri()
    params = params_for(out)
    queries = {n: resolve_query(n).read_text(encoding="utf-8") for n in query_names()}

    results: dict[str, dict[str, str]] = {n: {} for n in queries}
    for label, factor, engines in (("corpus", 1, ("oxigraph", "rdflib")),
                                   (f"x{args.rdflib_factor}", args.rdflib_factor, ("rdflib",)),
                                   (f"x{args.factor}", args.factor, ("oxigraph",))):
        text = enlarge(nt, base, factor)
        n_triples = text.count("\n")
        for engine in engines:
            t = time.perf_counter()
            if engine == "oxigraph":
                store = ox.Store(str(tmp / f"store-{factor}"))
                store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
                run = lambda q, p: query_store(store, q, p)           # noqa: E731
            else:
                g = rdflib.Graph()
                g.parse(data=text, format="nt")
                run = lambda q, p: query_rdflib(g, q, p)              # noqa: E731
            load = time.perf_counter() - t
            print(f"{engine:8s} {label:7s} {n_triples:>9,d} triples loaded in {load:6.2f} s",
                  flush=True)
            rep = args.repeat if factor == 1 else max(1, args.repeat // 2)
            for name, q in queries.items():
                med, n = timed(lambda: run(q, params.get(name, {})), rep)
                results[name][f"{engine} {label}"] = f"{med * 1000:9.1f} ms ({n} rows)"
                print(f"  {engine:8s} {label:7s} {name:20s} {med * 1000:10.1f} ms  {n:>7d} rows",
                      flush=True)
    cols = sorted({c for r in results.values() for c in r},
                  key=lambda c: (c.split()[0], int(c.split()[1][1:]) if c.split()[1] != "corpus" else 0))
    print()
    print("median latency per named query (parameters from the build: "
          + "; ".join(f"{k} {v}" for k, v in sorted(params.items())) + ")")
    print(f"{'query':20s}" + "".join(f"{c:>28s}" for c in cols))
    for name in sorted(results):
        print(f"{name:20s}" + "".join(f"{results[name].get(c, '-'):>28s}" for c in cols))


if __name__ == "__main__":
    main()
