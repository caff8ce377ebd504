"""Write the RDF exports of a build: Turtle, sorted N-Triples, JSON-LD, TriG (one named graph
per document) and an embedded pyoxigraph store under ``<out>/store/``.

One of the writers :func:`kg.pipeline.write` runs (:data:`kg.write.WRITERS`). All files are
byte-identical for the same input: statements are generated without blank nodes, sorted, and
serialised by pyoxigraph, which writes in input order.
"""
from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..model import BuildResult
from ..vocab import RDF_FILES as FILES, STORE_DIR
from ..errors import UsageError
from .rdf import PREFIXES, Statements, base_iri, statements
from .memory import STORE_REOPEN_MB, Growth, release_memory

NQ_TMP = ".graph.nq.tmp"     # the N-Quads text while the files and the store are made from it


def serialise(st: Optional[Statements], out: Path, nt: Optional[bytes] = None,
              nq: Optional[bytes] = None) -> dict[str, int]:
    """Write the four files of ``st`` into ``out``; return bytes written per file.

    Statements stream from the N-Triples/N-Quads text through pyoxigraph's parser into its
    serialisers, straight to the files: no list of term objects is held in memory (that list
    took ~1 GB per million triples). Without ``nt``/``nq`` the text goes to files first, a
    block at a time, and is parsed from there."""
    out.mkdir(parents=True, exist_ok=True)
    nq_path = out / NQ_TMP
    with (out / "graph.nt").open("wb") as fh:
        fh.write(nt) if nt is not None else st.write_ntriples(fh)
    with nq_path.open("wb") as fh:
        fh.write(nq) if nq is not None else st.write_nquads(fh)
    try:
        _serialise_files(out, out / "graph.nt", nq_path)
    finally:
        nq_path.unlink()
    return {f: (out / f).stat().st_size for f in FILES}


def _serialise_files(out: Path, nt_path: Path, nq_path: Path, lenient: bool = False) -> None:
    """Turtle and JSON-LD from the N-Triples file, TriG from the N-Quads file (pyoxigraph writes
    in input order). ``lenient`` skips pyoxigraph's validation of the input (its IRIs)."""
    import pyoxigraph as ox
    prefixes = dict(sorted(PREFIXES.items()))
    for name, fmt, src, src_fmt in (
            ("graph.ttl", ox.RdfFormat.TURTLE, nt_path, ox.RdfFormat.N_TRIPLES),
            ("graph.trig", ox.RdfFormat.TRIG, nq_path, ox.RdfFormat.N_QUADS),
            ("graph.jsonld", ox.RdfFormat.JSON_LD, nt_path, ox.RdfFormat.N_TRIPLES)):
        with (out / name).open("wb") as fh:
            ox.serialize(ox.parse(path=str(src), format=src_fmt, lenient=lenient), fh,
                         format=fmt, prefixes=prefixes)


# statements per bulk load into the store. The loader's memory while it loads is ~1 kB per
# line given (its parse, sort and SST buffers, in its own threads' heaps): +9 MB at the peak
# with 10 000 lines a load, +26 MB with 25 000, +58 MB with 50 000; each load also costs a fixed
# part (its own sorted files of every index): the bundled corpus's 104 000 lines took ~1.0 CPU s
# in 11 loads, ~0.6 in 5, ~0.6 in one (docs/SCALE.md, rounds 8 and 12)
LOAD_LINES = 25_000
# a graph of at most this many N-Quads lines is loaded in two loads, one per part of
# Statements.load_blocks (the named graphs, then the default graph's copy), not in blocks of
# LOAD_LINES: each load costs a fixed part, and the bundled corpus's 53 600 + 53 600 lines took
# 0.59-0.65 CPU s in 5 loads, 0.47-0.51 in 2 (+14 MB at the loader's peak), 0.41-0.45 in one
# (+56 MB). A larger graph is loaded LOAD_LINES at a time as before: there larger loads save
# nothing measurable and cost ~1 kB a line (docs/SCALE.md, thirty-sixth and fortieth rounds)
PART_LOAD_LINES = 60_000
# growth after which the store is reopened between loads (kg.write.memory.STORE_REOPEN_MB)
REOPEN_MB = STORE_REOPEN_MB


def made_ahead(items: Iterable, depth: int = 1) -> Iterator:
    """``items`` in order, each made by a thread of its own while the caller works on the one
    before (at most ``depth`` made and waiting): the store's bulk load of a block lets other
    threads run (pyoxigraph releases the GIL while it loads), so the next block's statements
    are sorted and written meanwhile instead of after it. What ``items`` raises is raised here;
    when the caller stops early the thread stops at its next item. The blocks and their order
    are the same, so the store and the files written on the way are too."""
    import queue
    import threading
    q: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def make() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        q.put((item, None), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            q.put((done, None))
        except BaseException as err:    # noqa: BLE001 - raised in the caller's thread
            q.put((done, err))

    maker = threading.Thread(target=make, name="kg-rdf-blocks", daemon=True)
    maker.start()
    try:
        while True:
            item, err = q.get()
            if item is done:
                if err is not None:
                    raise err
                return
            yield item
    finally:
        stop.set()
        while maker.is_alive():
            try:                        # (a maker waiting to put: free its place)
                q.get(timeout=0.1)
            except queue.Empty:
                pass
        maker.join()


# a graph whose N-Quads text has at most this many lines (Statements.quads: its store holds
# about twice as many quads, the default graph's copy; ~50 MB at most) has its store made in
# memory-backed scratch space (SCRATCH_ROOT, when it is a writable folder with room) and copied
# into the build folder once made and compacted (the bundled corpus's 53 600 lines: a 25 MB
# store of 104 500 quads). RocksDB syncs every file
# it writes to disk (~190 fsync calls for the bundled corpus: each load's sorted files, the
# compaction's, its manifest), a wait this process's writer path did nothing during; the build
# folder is swapped in whole afterwards and its other files are not synced either. The copy
# is ~0.02 CPU s. A larger store is made in place (it would hold memory the size of the store).
SCRATCH_QUADS = 100_000
SCRATCH_ROOT = Path("/dev/shm")
SCRATCH_PREFIX = "kg-store-"
SCRATCH_FREE = 256 << 20        # bytes free in SCRATCH_ROOT that its use leaves at least


def scratch_folder(quads: Optional[int]) -> Optional[Path]:
    """A new private folder in :data:`SCRATCH_ROOT` for a store of ``quads`` N-Quads lines, or
    ``None`` (a larger or uncounted graph, no such folder, too little room). Named with this
    process's id: what a killed build left there is removed by the next one
    (:func:`_remove_dead_scratch`)."""
    import os
    import tempfile
    if quads is None or quads > SCRATCH_QUADS:
        return None
    try:
        if not SCRATCH_ROOT.is_dir() or not os.access(SCRATCH_ROOT, os.W_OK):
            return None
        st = os.statvfs(SCRATCH_ROOT)
        if st.f_bavail * st.f_frsize < SCRATCH_FREE + quads * 1024:
            return None
        _remove_dead_scratch()
        return Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=SCRATCH_ROOT))
    except OSError:
        return None


def _remove_dead_scratch() -> None:
    """Remove the scratch folders of processes that are gone (a killed build's)."""
    import os
    for p in SCRATCH_ROOT.glob(SCRATCH_PREFIX + "*"):
        try:
            pid = int(p.name[len(SCRATCH_PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(p, ignore_errors=True)
        except OSError:             # another user's process: alive, not ours to touch
            pass


def build_store(blocks: Iterable[bytes], out: Path, quads: Optional[int] = None) -> Path:
    """(Re)create the on-disk SPARQL store ``<out>/store`` from ``blocks`` of N-Quads text
    (whole lines, UTF-8), one bulk load per block; a store of ``quads`` lines (when counted)
    that :func:`scratch_folder` finds room for is made there and copied into ``out``.

    :func:`write_rdf` gives the named graphs (one per document) and then every statement again
    in the default graph, so queries see the whole graph without ``use_default_graph_as_union``:
    early pyoxigraph 0.5 releases ignored ``substitutions=`` in some queries when the default
    graph was a union (seen with laws-cited); 0.5.13 gives the same rows either way, but the
    named queries take 1.2-1.9x the CPU on a union (docs/SCALE.md, seventeenth round), which
    costs more than the copy's ~0.45 CPU s of loading the bundled corpus. The bulk
    loader holds what it is given in memory (~1 kB per statement) and each load costs a fixed
    part (its own sorted files of every index, which ``optimize`` then merges): blocks of
    :data:`LOAD_LINES` lines. The loads skip pyoxigraph's validation (``lenient``): the
    statements are made by :mod:`kg.write.rdf`, every IRI the base IRI (checked by
    :func:`write_rdf`) and percent-encoded segments, every literal escaped. Each block is made
    (``blocks`` advanced: the statements sorted, their text written) by a thread of its own while
    the block before loads (:func:`made_ahead`): at 20x the loads and the making are ~19.5 and ~2.4
    CPU s of the parent's RDF writer, the writers' critical path (docs/SCALE.md, thirty-eighth round).
    """
    final = out / STORE_DIR
    if final.exists():
        shutil.rmtree(final)
    scratch = scratch_folder(quads)
    try:
        return _build_store(blocks, final, scratch / STORE_DIR if scratch else final)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _build_store(blocks: Iterable[bytes], final: Path, path: Path) -> Path:
    import pyoxigraph as ox
    store = ox.Store(str(path))
    grown = Growth(REOPEN_MB)
    for block in made_ahead(blocks):
        store.bulk_load(block, format=ox.RdfFormat.N_QUADS, lenient=True)
        if grown():
            # RocksDB keeps the index and filter blocks of every file it holds open: one set
            # of sorted files per load, so over the loads its memory grew with the corpus
            # (docs/SCALE.md, twenty-fifth round). Closed, they are given back
            del store
            release_memory()
            store = ox.Store(str(path))
            grown.reset()
    # each bulk load leaves its own sorted files; a lookup probes every one of them. Compacted
    # once here (~2 % of a 20x build's CPU), a named query on the 20x build takes half the time
    # (tasks-of-unit 0.79 -> 0.38 CPU s for 2 440 rows)
    store.optimize()
    store.flush()
    del store
    if path != final:
        shutil.copytree(path, final)
    release_memory()        # what the loader's threads freed goes back to the system
    return final


def write_rdf(result: BuildResult, out: Path, base: Optional[str] = None) -> dict[str, int]:
    """Write every RDF export of ``result`` into ``out``: the four files and the store.

    The N-Triples and N-Quads text is written to files a block at a time and everything else
    (Turtle, TriG, JSON-LD, the store) is parsed from those files, so the text of the graph is
    never held whole in memory beside its statements. Within :func:`serialising_aside`, a large
    graph's Turtle, TriG and JSON-LD are left to a fresh process (and not counted in the
    sizes returned)."""
    import pyoxigraph as ox
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        # the one part of an IRI not made here: with it checked, every IRI is valid (the rest
        # is percent-encoded segments), so pyoxigraph need not check each statement again
        ox.NamedNode(base_iri(base) + "doc/x")
    except ValueError as e:
        raise UsageError(f"the base IRI {base_iri(base)!r} ($KG_BASE_IRI) is not an "
                         f"absolute IRI: {e}") from None
    st = statements(result, base)
    nq_path = out / NQ_TMP
    try:
        # the store is loaded from the lines as they are written to graph.nt and the N-Quads
        # file (named graphs, then every statement in the default graph), not read back
        quads = st.quads()
        lines = LOAD_LINES if quads is None or quads > PART_LOAD_LINES else PART_LOAD_LINES
        with (out / "graph.nt").open("wb") as nt, nq_path.open("wb") as nq:
            build_store(st.load_blocks(nq, nt, lines), out, quads)
        st.close()
        del st
        release_memory()    # the statements' sets and runs
        if _ASIDE is not None and (out / "graph.nt").stat().st_size > ASIDE_MIN_BYTES:
            _ASIDE.append(_serialise_in_fresh_process(out))
            return {}
        _serialise_files(out, out / "graph.nt", nq_path, lenient=True)
    except BaseException:
        nq_path.unlink(missing_ok=True)
        raise
    nq_path.unlink(missing_ok=True)
    return {f: (out / f).stat().st_size for f in FILES}


# Inside serialising_aside(): write_rdf leaves the Turtle, TriG and JSON-LD files of a graph.nt
# larger than this to a fresh process (started once the store is loaded, waited for when the
# block ends), which writes them while this process writes the stored answers. The bundled
# corpus's graph.nt (~10 MB) is written here: its three files take ~0.25 CPU s, about what a
# fresh interpreter costs, and the other core is busy with the forked writers then.
ASIDE_MIN_BYTES = 32 * 1024 * 1024
_ASIDE: Optional[list] = None


@contextmanager
def serialising_aside() -> Iterator[None]:
    """Within the block, :func:`write_rdf` may serialise in a fresh process (see
    :data:`ASIDE_MIN_BYTES`); when the block ends each such process is waited for and its
    failure raised (an error leaving the block kills them)."""
    global _ASIDE
    _ASIDE = jobs = []
    try:
        yield
        _ASIDE = None
        for job in jobs:
            job()
    finally:
        _ASIDE = None
        for job in jobs:
            job.kill()


class _Serialiser:
    """A fresh interpreter running :func:`_serialise_files` on ``out``'s N-Triples and
    N-Quads files (the same pyoxigraph, so the same bytes), then removing the N-Quads file.
    Called, it waits and raises the child's failure."""

    def __init__(self, out: Path) -> None:
        import os
        import subprocess
        import sys
        root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [root] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
        code = ("import sys; from pathlib import Path; from kg.write.store import serialise_nq; "
                "serialise_nq(Path(sys.argv[1]))")
        self.out = out
        self.proc = subprocess.Popen([sys.executable, "-c", code, str(out)], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def __call__(self) -> None:
        _out, err = self.proc.communicate()
        if self.proc.returncode != 0:
            from ..errors import OutputError
            raise OutputError(f"{self.out}: the Turtle, TriG and JSON-LD files could not be written "
                              f"(a child process serialising the graph failed): "
                              f"{err.decode('utf-8', 'replace').strip()[-1500:]}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def _serialise_in_fresh_process(out: Path) -> _Serialiser:
    return _Serialiser(out)


def serialise_nq(out: Path) -> None:
    """The Turtle, TriG and JSON-LD files of ``out`` from its graph.nt and the N-Quads file
    :func:`write_rdf` left (removed after); run by :class:`_Serialiser`'s fresh process."""
    nq_path = out / NQ_TMP
    try:
        _serialise_files(out, out / "graph.nt", nq_path, lenient=True)
    finally:
        nq_path.unlink(missing_ok=True)
