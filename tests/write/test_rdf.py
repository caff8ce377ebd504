"""RDF exports: they parse, conform to the shapes, are deterministic and carry provenance."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg.write.store import FILES, write_rdf
from kg.write.rdf import KG, KG_TERMS, _Builder, base_iri, deadline_literal, due_by, statements

ROOT = Path(__file__).resolve().parents[2]
K = rdflib.Namespace(KG)
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")


def test_every_export_file_is_written(sample_out):
    for name in FILES:
        assert (sample_out / name).stat().st_size > 0, name
    assert (sample_out / "store").is_dir()


@pytest.mark.parametrize("name,fmt", [("graph.nt", "nt"), ("graph.ttl", "turtle"),
                                      ("graph.jsonld", "json-ld"), ("graph.trig", "trig")])
def test_round_trip_rdflib_same_triples(sample_out, name, fmt):
    nt = rdflib.Graph().parse(sample_out / "graph.nt", format="nt")
    if fmt == "trig":
        ds = rdflib.Dataset()
        ds.parse(sample_out / name, format="trig")
        g = rdflib.Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
    else:
        g = rdflib.Graph().parse(sample_out / name, format=fmt)
    assert len(g) == len(nt) > 0
    assert set(g) == set(nt)


@pytest.mark.parametrize("name", ["graph.nt", "graph.ttl", "graph.jsonld", "graph.trig"])
def test_round_trip_pyoxigraph(sample_out, name):
    import pyoxigraph as ox
    n_nt = sum(1 for _ in ox.parse(path=str(sample_out / "graph.nt")))
    terms = list(ox.parse(path=str(sample_out / name)))
    assert len({(t.subject, t.predicate, t.object) for t in terms}) == n_nt


def test_trig_has_one_named_graph_per_document(sample_out, sample_result):
    ds = rdflib.Dataset()
    ds.parse(sample_out / "graph.trig", format="trig")
    names = {str(c.identifier) for c in ds.contexts() if str(c.identifier).startswith(base_iri())}
    assert names == {f"{base_iri()}graph/{d.doc_id}" for d in sample_result.documents}


def test_every_assignment_links_document_and_source(sample_out, sample_result):
    g = rdflib.Graph().parse(sample_out / "graph.nt", format="nt")
    assignments = list(g.subjects(rdflib.RDF.type, K.Assignment))
    assert len(assignments) == len({(a.task_id, a.unit.unit_id, a.raw.role)
                                    for a in sample_result.assignments}) > 0
    lines = (sample_result.documents[0].lines)
    text = {(ln.file, ln.number): ln.text for ln in lines}
    for a in assignments:
        assert (a, K.document, None) in g
        src = g.value(a, PROV.wasDerivedFrom)
        f, n, q = g.value(src, K.file), g.value(src, K.line), g.value(src, K.quote)
        assert f is not None and n is not None
        assert str(q) == text[(str(f), int(n))]     # the quote is the line as read


def test_deadlines_typed_or_plain(sample_out):
    g = rdflib.Graph().parse(sample_out / "graph.nt", format="nt")
    typed = {o.datatype for o in g.objects(None, K.deadline)}
    assert typed == {rdflib.XSD.gYearMonth}
    plain = {str(o) for o in g.objects(None, K.deadlineText)}
    assert plain == {"长期坚持"}
    assert deadline_literal("2023")[0] == "deadline" and due_by("2024-02") == "2024-02-29"
    assert deadline_literal("年底前")[0] == "deadlineText" and due_by("年底前") is None


def test_collective_members_and_aliases(sample_out):
    g = rdflib.Graph().parse(sample_out / "graph.nt", format="nt")
    collectives = list(g.subjects(rdflib.RDF.type, K.Collective))
    assert collectives
    assert any(list(g.objects(c, ORG.hasMember)) for c in collectives)
    # the name as written (市发改委) is an altLabel of the canonical unit
    unit = next(g.subjects(SKOS.prefLabel, rdflib.Literal("市发展和改革委员会", lang="zh")))
    assert rdflib.Literal("市发改委", lang="zh") in set(g.objects(unit, SKOS.altLabel))


def test_mentioned_never_uses_the_responsibility_shortcut(sample_result):
    from dataclasses import replace
    a = sample_result.assignments[0]
    mentioned = replace(a, raw=replace(a.raw, role="mentioned", via="mention"))
    res = replace(sample_result, assignments=[mentioned])
    nt = statements(res).ntriples()
    assert f"<{KG}mentionsUnit>" in nt and f"<{KG}responsibleUnit>" not in nt


def test_base_iri_parameter_and_env(sample_result, monkeypatch):
    nt = statements(sample_result, "http://example.org/x/").ntriples()
    assert "<http://example.org/x/doc/" in nt and base_iri() not in nt
    monkeypatch.setenv("KG_BASE_IRI", "http://example.org/env")
    assert base_iri() == "http://example.org/env/"


def test_a_base_iri_that_is_no_iri_is_refused(sample_result, monkeypatch, tmp_path):
    """The base is the one part of an IRI not percent-encoded by the writer: it is checked once
    (the statements are then parsed and loaded without pyoxigraph's checks)."""
    from kg.errors import UsageError
    monkeypatch.setenv("KG_BASE_IRI", "no iri here")
    with pytest.raises(UsageError, match="KG_BASE_IRI"):
        write_rdf(sample_result, tmp_path)


def test_two_builds_are_byte_identical(sample_file, tmp_path):
    """Fresh processes with different hash seeds write the same bytes."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, "-m", "kg", "build", str(sample_file), "--out", str(out),
                        "-q"], check=True, env=env, capture_output=True, cwd=ROOT)
        outs.append(out)
    for name in FILES:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


@pytest.mark.parametrize("fan_in", [2, 16])
def test_statements_spilled_to_runs_give_the_same_text(sample_result, monkeypatch, fan_in):
    """Held in sets (a small build) or written as sorted runs past ``IN_MEMORY`` (a large one,
    the runs merged by generation), the statements come out the same, sorted and each once
    (default graph first in N-Quads), and so do the chunks the store is loaded from."""
    from kg.write.rdf import Statements
    held = statements(sample_result)
    nt, nq = held.ntriples(), held.nquads()
    monkeypatch.setattr(Statements, "IN_MEMORY", 50)
    monkeypatch.setattr(Statements, "FAN_IN", fan_in)
    spilled = statements(sample_result)
    assert spilled.spilled and not held.spilled
    tiers = spilled._nq_runs.tiers
    assert len(set(tiers)) == len(tiers) if fan_in == 2 else len(tiers) > 2     # merged by generation
    assert spilled.ntriples() == nt and spilled.nquads() == nq
    assert "".join(t for t, _k in spilled._nquad_chunks()) == nq
    assert "".join(t for t, _k in spilled._nt_chunks()) == nt
    lines = nq.splitlines()
    assert lines[0] in set(nt.splitlines()) and len(lines) == len(set(lines))   # a triple first


def test_ntriples_sorted(sample_out):
    lines = (sample_out / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))


# ---- SHACL ---------------------------------------------------------------------------------

def test_sample_graph_conforms(sample_out):
    from kg.write.validate import validate
    ok, text = validate(sample_out / "graph.nt")
    assert ok, text


def test_corpus_graph_conforms(corpus_out):
    from kg.write.validate import validate
    ok, text = validate(corpus_out / "graph.nt")
    assert ok, text[:3000]


def _broken(sample_out) -> rdflib.Graph:
    return rdflib.Graph().parse(sample_out / "graph.nt", format="nt")


def test_shapes_catch_assignment_without_source(sample_out):
    from kg.write.validate import validate
    g = _broken(sample_out)
    a = next(g.subjects(rdflib.RDF.type, K.Assignment))
    g.remove((a, PROV.wasDerivedFrom, None))
    ok, text = validate(g)
    assert not ok and "source location" in text


def test_shapes_catch_bad_role_and_deadline(sample_out):
    from kg.write.validate import validate
    g = _broken(sample_out)
    a = next(g.subjects(rdflib.RDF.type, K.Assignment))
    g.set((a, K.role, K.role_boss))
    g.add((a, K.deadline, rdflib.Literal("soon")))
    ok, text = validate(g)
    assert not ok
    assert "role_boss" in text and "deadline" in text


def test_shapes_catch_shortcut_backed_only_by_mentioned(sample_out):
    from kg.write.validate import validate
    g = _broken(sample_out)
    a = next(g.subjects(rdflib.RDF.type, K.Assignment))
    g.set((a, K.role, K.role_mentioned))
    ok, text = validate(g)
    assert not ok and "mentioned" in text


# ---- ontology ------------------------------------------------------------------------------

def test_ontology_labels_and_definitions():
    g = rdflib.Graph().parse(ROOT / "kg" / "ontology" / "kg.ttl", format="turtle")
    owl = rdflib.OWL
    terms = [s for t in (owl.Class, owl.ObjectProperty, owl.DatatypeProperty)
             for s in g.subjects(rdflib.RDF.type, t)]
    assert len(terms) > 20
    for t in terms:
        langs = {lab.language for lab in g.objects(t, rdflib.RDFS.label)}
        assert {"zh", "en"} <= langs, t
        assert (t, SKOS.definition, None) in g or (t, rdflib.RDFS.comment, None) in g, t


def test_every_kg_term_in_the_graph_is_declared(corpus_out):
    import re
    g = rdflib.Graph().parse(ROOT / "kg" / "ontology" / "kg.ttl", format="turtle")
    used = set(re.findall(r"<https://w3id\.org/zrtp/kg#(\w+)>",
                          (corpus_out / "graph.nt").read_text(encoding="utf-8")))
    assert used
    assert [u for u in sorted(used) if (K[u], None, None) not in g] == []


def test_kg_namespace_is_closed_and_matches_the_ontology():
    g = rdflib.Graph().parse(ROOT / "kg" / "ontology" / "kg.ttl", format="turtle")
    declared = {str(s)[len(KG):] for s in g.subjects() if str(s).startswith(KG)}
    assert declared == set(KG_TERMS)
    with pytest.raises(ValueError, match="kg:respnsibleUnit is not a term"):
        _Builder.k("respnsibleUnit")


def test_write_rdf_writes_every_file(sample_result, tmp_path):
    sizes = write_rdf(sample_result, tmp_path)
    assert set(sizes) == set(FILES)


def test_load_blocks_write_the_files_and_give_the_nquads(sample_result, monkeypatch):
    """The store's blocks are the N-Quads text then the N-Triples text, at most ``lines``
    lines each (whole chunks), and the files get exactly those texts; held in sets or
    written as sorted runs; a statement added after a pass is in the next one."""
    import io
    from kg.write.rdf import Statements

    def passes(st, lines):
        nq, nt = io.BytesIO(), io.BytesIO()
        blocks = list(st.load_blocks(nq, nt, lines))
        return blocks, nq.getvalue().decode("utf-8"), nt.getvalue().decode("utf-8")

    held = statements(sample_result)
    nt, nq = held.ntriples(), held.nquads()
    for st, lines in ((held, 10), (held, 10 ** 6)):
        blocks, got_nq, got_nt = passes(st, lines)
        assert got_nq == nq and got_nt == nt
        assert b"".join(blocks).decode("utf-8") == nq + nt
        assert all(b.count(b"\n") <= max(lines, 4096) for b in blocks)
    held.add("http://example.org/g", "<http://example.org/s>", "<http://example.org/p>",
             '"o"')
    blocks, got_nq, got_nt = passes(held, 10 ** 6)
    assert got_nt == held.ntriples() and got_nt != nt
    assert '<http://example.org/s> <http://example.org/p> "o" .' in got_nt.splitlines()
    monkeypatch.setattr(Statements, "IN_MEMORY", 50)
    monkeypatch.setattr(Statements, "FAN_IN", 2)
    spilled = statements(sample_result)
    assert spilled.spilled
    blocks, got_nq, got_nt = passes(spilled, 100)
    assert got_nq == nq and got_nt == nt and b"".join(blocks).decode("utf-8") == nq + nt


def test_a_small_graph_is_loaded_one_part_at_a_time(sample_result, tmp_path, monkeypatch):
    """A graph of at most PART_LOAD_LINES N-Quads lines goes to the store in two loads: the
    N-Quads text (named graphs) whole, then the N-Triples text (the default graph's copy)
    whole; a larger one in blocks of at most LOAD_LINES lines, none holding lines of both
    parts. The store holds the same statements either way."""
    import pyoxigraph as ox
    import kg.write.store as store_mod
    from kg.vocab import STORE_DIR
    real = store_mod.build_store
    seen = []

    def counted(blocks, out, *more):
        blocks = list(blocks)
        seen.append(blocks)
        return real(iter(blocks), out, *more)
    monkeypatch.setattr(store_mod, "build_store", counted)
    held = statements(sample_result)
    nq, nt = held.nquads().encode("utf-8"), held.ntriples().encode("utf-8")
    assert held.quads() == nq.count(b"\n") <= store_mod.PART_LOAD_LINES
    got = []
    for part, lines in ((store_mod.PART_LOAD_LINES, store_mod.LOAD_LINES), (0, 50)):
        monkeypatch.setattr(store_mod, "PART_LOAD_LINES", part)
        monkeypatch.setattr(store_mod, "LOAD_LINES", lines)
        out = tmp_path / f"out{part}"
        write_rdf(sample_result, out)
        st = ox.Store.read_only(str(out / STORE_DIR))
        got.append(sorted(str(q) for q in st.quads_for_pattern(None, None, None, None)))
        del st
    assert seen[0] == [nq, nt]
    assert len(seen[1]) > 2 and b"".join(seen[1]) == nq + nt
    k = 1      # (every block is lines of one part: the N-Quads text ends at a block's end)
    while len(b"".join(seen[1][:k])) < len(nq):
        k += 1
    assert b"".join(seen[1][:k]) == nq
    assert got[0] and got[0] == got[1]


def test_a_small_store_is_made_in_scratch_space_and_copied_in(sample_result, tmp_path,
                                                              monkeypatch):
    """A graph of at most SCRATCH_QUADS lines has its store made in a private folder of
    SCRATCH_ROOT (memory-backed: RocksDB's syncs cost nothing there) and copied into the build
    folder: the same statements as a store made in place, the folder removed after, and what
    a killed build's process left there removed by the next build; a larger graph, or too
    little room, is made in place."""
    import os
    import pyoxigraph as ox
    import kg.write.store as store_mod
    from kg.vocab import STORE_DIR
    root = tmp_path / "shm"
    root.mkdir()
    monkeypatch.setattr(store_mod, "SCRATCH_ROOT", root)
    dead = root / f"{store_mod.SCRATCH_PREFIX}{2 ** 22 + 1}-x"      # no such process
    alive = root / f"{store_mod.SCRATCH_PREFIX}{os.getpid()}-y"
    dead.mkdir()
    alive.mkdir()
    real = store_mod.scratch_folder
    made = []
    monkeypatch.setattr(store_mod, "scratch_folder", lambda quads: made.append(real(quads)) or made[-1])
    got = []
    for limit in (store_mod.SCRATCH_QUADS, 0):
        monkeypatch.setattr(store_mod, "SCRATCH_QUADS", limit)
        out = tmp_path / f"out{limit}"
        write_rdf(sample_result, out)
        st = ox.Store.read_only(str(out / STORE_DIR))
        got.append(sorted(str(q) for q in st.quads_for_pattern(None, None, None, None)))
        del st
    assert made[0] is not None and made[0].parent == root and made[1] is None
    assert got[0] and got[0] == got[1]
    assert sorted(p.name for p in root.iterdir()) == [alive.name]   # (its own removed too)
    monkeypatch.setattr(store_mod, "SCRATCH_QUADS", 10 ** 6)
    monkeypatch.setattr(store_mod, "SCRATCH_FREE", 1 << 62)
    assert real(10) is None


def test_a_store_reopened_between_loads_holds_the_same_statements(sample_result, tmp_path,
                                                                   monkeypatch):
    """build_store closes and reopens the store between bulk loads once the process has grown
    by REOPEN_MB: reopened after every load, the store holds the same statements."""
    import pyoxigraph as ox
    import kg.write.store as store_mod
    from kg.vocab import STORE_DIR
    outs = []
    for limit, lines, part in ((store_mod.REOPEN_MB, store_mod.LOAD_LINES,
                                store_mod.PART_LOAD_LINES), (-1e9, 50, 0)):
        monkeypatch.setattr(store_mod, "REOPEN_MB", limit)
        monkeypatch.setattr(store_mod, "LOAD_LINES", lines)
        monkeypatch.setattr(store_mod, "PART_LOAD_LINES", part)
        out = tmp_path / f"out{lines}"
        write_rdf(sample_result, out)
        st = ox.Store.read_only(str(out / STORE_DIR))
        outs.append(sorted(str(q) for q in st.quads_for_pattern(None, None, None, None)))
        del st
    assert outs[0] and outs[0] == outs[1]


def test_blocks_made_ahead_come_in_order_and_raise_where_read():
    """kg.write.store.made_ahead: the store's blocks are made by a thread while the one before
    loads; the caller gets them in order, an error of the maker where it reads, and a caller
    stopping early leaves no thread behind."""
    import threading
    from kg.write.store import made_ahead
    assert list(made_ahead(iter(range(200)))) == list(range(200))
    assert list(made_ahead([])) == []

    def failing():
        yield 1
        yield 2
        raise ValueError("maker failed")
    got = []
    with pytest.raises(ValueError, match="maker failed"):
        for x in made_ahead(failing()):
            got.append(x)
    assert got == [1, 2]
    before = threading.active_count()
    ahead = made_ahead(iter(range(10 ** 6)))
    assert next(ahead) == 0
    ahead.close()
    assert threading.active_count() == before
