"""Write the RDF exports of a build: Turtle, sorted N-Triples, JSON-LD, TriG (one named graph
per document) and an embedded pyoxigraph store under ``<out>/store/``.

Called by :func:`kg.service.build_and_export` after the JSON Lines exports. All files are
byte-identical for the same input: statements are generated without blank nodes, sorted, and
serialised by pyoxigraph, which writes in input order.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Optional

from ..model import BuildResult
from .rdf import PREFIXES, Statements, statements

FILES = ("graph.nt", "graph.ttl", "graph.trig", "graph.jsonld")
STORE_DIR = "store"


def serialise(st: Statements, out: Path) -> dict[str, int]:
    """Write the four files of ``st`` into ``out``; return bytes written per file."""
    import pyoxigraph as ox
    out.mkdir(parents=True, exist_ok=True)
    nt = st.ntriples()
    nq = st.nquads()
    (out / "graph.nt").write_text(nt, encoding="utf-8", newline="\n")
    triples = list(ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    quads = list(ox.parse(nq.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    prefixes = dict(sorted(PREFIXES.items()))
    (out / "graph.ttl").write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                                 prefixes=prefixes))
    (out / "graph.trig").write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG,
                                                  prefixes=prefixes))
    (out / "graph.jsonld").write_bytes(ox.serialize(triples, format=ox.RdfFormat.JSON_LD,
                                                    prefixes=prefixes))
    return {f: (out / f).stat().st_size for f in FILES}


def build_store(nquads: str, out: Path, ntriples: str = "") -> Path:
    """(Re)create the on-disk SPARQL store ``<out>/store``.

    ``nquads`` fills the named graphs (one per document); ``ntriples`` (every statement) fills
    the default graph, so queries see the whole graph without ``use_default_graph_as_union``:
    pyoxigraph 0.5 ignores ``substitutions=`` in some queries when the default graph is a
    union (seen with laws-cited), so queries run on a real default graph instead.
    """
    import pyoxigraph as ox
    path = out / STORE_DIR
    if path.exists():
        shutil.rmtree(path)
    store = ox.Store(str(path))
    store.bulk_load(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    if ntriples:
        store.bulk_load(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES,
                        to_graph=ox.DefaultGraph())
    store.flush()
    del store
    return path


def export_graph(result: BuildResult, out: Path, base: Optional[str] = None) -> dict[str, int]:
    """Write every RDF export of ``result`` into ``out`` (the hook of ``kg build``)."""
    out = Path(out)
    st = statements(result, base)
    sizes = serialise(st, out)
    build_store(st.nquads(), out, st.ntriples())
    return sizes
