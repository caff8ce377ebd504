"""Write the RDF exports of a build: Turtle, sorted N-Triples, JSON-LD, TriG (one named graph
per document) and an embedded pyoxigraph store under ``<out>/store/``.

One of the writers :func:`kg.pipeline.write` runs (:data:`kg.write.WRITERS`). All files are
byte-identical for the same input: statements are generated without blank nodes, sorted, and
serialised by pyoxigraph, which writes in input order.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Optional

from ..model import BuildResult
from ..vocab import RDF_FILES as FILES, STORE_DIR
from .rdf import PREFIXES, Statements, statements


def serialise(st: Statements, out: Path, nt: Optional[bytes] = None,
              nq: Optional[bytes] = None) -> dict[str, int]:
    """Write the four files of ``st`` into ``out``; return bytes written per file.

    Statements stream from the N-Triples/N-Quads text through pyoxigraph's parser into its
    serialisers, straight to the files: no list of term objects is held in memory (that list
    took ~1 GB per million triples)."""
    import pyoxigraph as ox
    out.mkdir(parents=True, exist_ok=True)
    nt = nt if nt is not None else st.ntriples().encode("utf-8")
    nq = nq if nq is not None else st.nquads().encode("utf-8")
    (out / "graph.nt").write_bytes(nt)
    prefixes = dict(sorted(PREFIXES.items()))
    for name, fmt, data, src_fmt in (
            ("graph.ttl", ox.RdfFormat.TURTLE, nt, ox.RdfFormat.N_TRIPLES),
            ("graph.trig", ox.RdfFormat.TRIG, nq, ox.RdfFormat.N_QUADS),
            ("graph.jsonld", ox.RdfFormat.JSON_LD, nt, ox.RdfFormat.N_TRIPLES)):
        with (out / name).open("wb") as fh:
            ox.serialize(ox.parse(data, format=src_fmt), fh, format=fmt, prefixes=prefixes)
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
    nquads = nquads.encode("utf-8") if isinstance(nquads, str) else nquads
    ntriples = ntriples.encode("utf-8") if isinstance(ntriples, str) else ntriples
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    if ntriples:
        store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    store.flush()
    del store
    return path


def write_rdf(result: BuildResult, out: Path, base: Optional[str] = None) -> dict[str, int]:
    """Write every RDF export of ``result`` into ``out``: the four files and the store."""
    out = Path(out)
    st = statements(result, base)
    nt = st.ntriples().encode("utf-8")
    nq = st.nquads().encode("utf-8")
    del st
    sizes = serialise(None, out, nt, nq)
    build_store(nq, out, nt)
    return sizes
