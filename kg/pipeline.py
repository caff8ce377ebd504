"""The only module that calls every stage, in order: read -> documents -> outline/tasks ->
raw assignments -> enrichment -> resolved units (:func:`build`), then every writer of
:data:`kg.write.WRITERS` (:func:`kg.write.write`, also importable from here). Library functions
behind ``kg build``, callable from notebooks too.

Documents are the unit of work. Reading a file, splitting it into documents and extracting
each document (:func:`extract_file`) is a pure function of the file and the lexicon, so it runs
in worker processes (``workers``) or on a Dask cluster (``engine="dask"``). The parent takes the
files' results in file order, merges reprints (by a digest of each document's normalised text),
makes document ids unique and resolves units in document order: every engine and every worker
count gives the same result.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

# (first: its digest of kg's code is taken as it imports, before the extraction code below is
# imported; taken later, an edit of kg during the build could key old output with new code)
from .extract.cache import DocCache
from . import errors
from .errors import KgError, SourceError
from .extract import actors
from .extract.assignments import extract_document
from .extract.documents import _content_key as content_key
from .extract.documents import split_file
from .extract.enrich import drop_duplicates, enrich_document
from .extract.sources import iter_inputs, read_source
from .model import (Assignment, BuildResult, Document, Enrichment, Issue, Jurisdiction,
                    RawAssignment, Task)
from .resolve.jurisdiction import override as jurisdiction_override
from .resolve.lexicon import Lexicon, _parse, load_lexicon, read_lexicon_file
from .resolve.divisions import load_divisions
from .resolve.units import NOT_RELATIVE, Resolver, own_ministry, own_township_name, own_zone
from .spool import DocRecord, Spool, SpoolEnrichment, SpoolView
from .vocab import ACTOR_KINDS, ENRICH_VIAS
from .write import write  # noqa: F401  (build() and write(): the two steps of `kg build`)
from .write.builddir import build_lock, check_replaceable, die_with_parent, spool_place
from .write.memory import frozen_heap

Progress = Callable[[str, int, int], None]

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "langfang"
ENGINES = ("local", "dask")
PART_BYTES = 128_000     # with several workers, no part of a file is smaller than about this


# ------------------------------------------------------------------------- one file (worker)

@dataclass
class DocOutput:
    """What extraction reads from one document: a pure function of its text and the lexicon."""
    doc: Document
    index: int                      # position of the document in its file
    key: str                        # digest of the normalised text (reprint merging)
    tasks: list[Task]
    raw: list[RawAssignment]
    issues: list[Issue]
    enrichment: Enrichment
    quotes: dict[tuple[str, int], str] = field(default_factory=dict)  # lines the exports quote
    cached: bool = False            # read back from the extraction cache (kg.extract.cache)


@dataclass
class FileOutput:
    name: Optional[str]             # None when the file could not be read
    size: int
    issues: list[Issue]             # reading issues (empty, binary, undecodable file)
    docs: list[DocOutput]
    locators: dict[int, str] = field(default_factory=dict)   # line -> "table 1 row 3" (office)


_WORKER_LEXICON: Optional[Lexicon] = None
_WORKER_FORCED: Optional[Jurisdiction] = None
_WORKER_CACHE: Optional[str] = None
_RESOLVERS: dict[int, Resolver] = {}
_CACHES: dict[tuple[str, int], DocCache] = {}


def _set_worker_lexicon(lex: Lexicon, forced: Optional[Jurisdiction] = None,
                        cache: Optional[str] = None) -> None:
    """Process-pool initialiser: the lexicon (and ``--jurisdiction``, and the extraction
    cache's folder) every task of this worker uses."""
    global _WORKER_LEXICON, _WORKER_FORCED, _WORKER_CACHE
    _WORKER_LEXICON = lex
    _WORKER_FORCED = forced
    _WORKER_CACHE = cache
    die_with_parent()


def _resolver(lex: Lexicon) -> Resolver:
    """One resolver per lexicon and process: ``knows`` only reads the lexicon (and memoises)."""
    r = _RESOLVERS.get(id(lex))
    if r is None or r.lexicon is not lex:
        _RESOLVERS.clear()
        r = _RESOLVERS[id(lex)] = Resolver(lex, kind_of=actors.kind_of)
    return r


def extract_doc(doc: Document, resolver: Resolver, index: int = 0,
                key: Optional[str] = None) -> DocOutput:
    """Tasks, raw assignments and enrichment of one document (names are recognised as the
    document's place reads them)."""
    known = resolver.knower(doc.place or doc.jurisdiction)
    out = extract_document(doc, known)
    extra = enrich_document(doc, out.tasks, known, out.raw)
    extra.posts[:0] = out.posts         # posts and persons read with the annotations
    return DocOutput(doc, index, key or content_key(doc.lines), list(out.tasks), list(out.raw),
                     list(out.issues), extra)


def _doc_cache(folder: Optional[str], lex: Lexicon) -> Optional[DocCache]:
    """One extraction cache per folder, lexicon and process (its digest of kg's code and of the
    lexicon is computed once)."""
    if not folder:
        return None
    c = _CACHES.get((folder, id(lex)))
    if c is None:
        _CACHES.clear()
        c = _CACHES[(folder, id(lex))] = DocCache(Path(folder), lex)
    return c


def _extract_cached(doc: Document, resolver: Resolver, index: int, key: str,
                    cache: Optional[DocCache]) -> DocOutput:
    """:func:`extract_doc`, read back from ``cache`` when it holds this document's output under
    the same code and lexicon (and kept there when it does not)."""
    ck = cache.key(doc) if cache is not None else None
    if ck is None:
        return extract_doc(doc, resolver, index, key)
    got = cache.get(ck)
    if got is not None:
        tasks, raw, issues, enrichment = got
        return DocOutput(doc, index, key, tasks, raw, issues, enrichment, cached=True)
    out = extract_doc(doc, resolver, index, key)
    cache.put(ck, (out.tasks, out.raw, out.issues, out.enrichment))
    return out


def _referenced_lines(d: DocOutput) -> Iterator[tuple[str, int]]:
    """The (file, line) locations the exports quote for a document (see kg.write.rdf)."""
    yield d.doc.span.file, d.doc.span.first_line
    for t in (*d.tasks, *d.enrichment.tasks):
        yield t.span.file, t.span.first_line
    for r in (*d.raw, *d.enrichment.raw):
        yield r.mention.source.file, r.mention.source.line
        if r.rule_source:
            yield r.rule_source.file, r.rule_source.line
    for p in d.enrichment.posts:
        yield p.source.file, p.source.line


def extract_file(path: str, name: Optional[str] = None, lexicon: Optional[Lexicon] = None,
                 keep_lines: bool = False,
                 only: Optional[int] = None, doc_id: Optional[str] = None,
                 forced: Optional[Jurisdiction] = None, part: int = 0,
                 parts: int = 1, seen: Optional[dict[str, int]] = None,
                 cache: Optional[str] = None, read: Optional[tuple] = None) -> FileOutput:
    """Read one file, split it into documents and extract each of them.

    The function a worker runs (a process of the pool or a Dask worker): it reads the file by
    its path, so a cluster's workers must see the same files; ``name`` is the name it is known
    by in the exports (:func:`kg.extract.sources.iter_inputs`; default: the file's name). ``keep_lines`` keeps each
    document's lines in the result (else only the lines the exports quote travel back).
    ``only``/``doc_id`` re-extract the document at that position under another id (ids made
    unique after reprint merging). ``forced`` (``--jurisdiction``) is every document's
    jurisdiction. ``part``/``parts`` extract only the documents :func:`_parts_of` gives part
    ``part`` (a large file is shared among workers; :func:`_join_parts` joins the
    parts; only part 0 reports the file's reading issues). ``seen`` holds the keys of the
    documents the build has kept so far: a reprint of one of them is not extracted, nor (with
    or without ``seen``, in any part) a reprint of a document before it in this file, since
    :func:`build` keeps only its span; its output has the document and its key, no tasks.
    Each document's ``quotes`` hold the text of every line of the file its exports quote.
    ``cache`` is the folder of the extraction cache (:mod:`kg.extract.cache`; None: none).
    ``read`` is the file as :func:`_read_split` read it (a part of a file the build's process
    read and split once for all its parts): the file is then not read again."""
    if lexicon is None:
        forced = forced or _WORKER_FORCED
        cache = cache or _WORKER_CACHE
    lex = lexicon if lexicon is not None else _WORKER_LEXICON
    if lex is None:
        raise KgError("extract_file: no lexicon given and none set for this worker")
    if read is None:
        read = _read_split(path, name, forced, parts > 1)
    f_name, f_size, locators, issues, docs, keys = read
    if part:
        issues = []
    if f_name is None:
        return FileOutput(None, 0, list(issues), [])
    resolver = _resolver(lex)
    doc_cache = _doc_cache(cache, lex)
    outs = []
    earlier: set[str] = set()           # keys of this file's documents before this one
    mine = _parts_of(docs, keys, parts) if keys is not None else None
    for k, doc in enumerate(docs):
        if only is not None and k != only:
            continue
        if mine is not None and mine[k] != part:
            earlier.add(keys[k])    # another part's: only its key is wanted
            continue
        if doc_id is not None:
            doc = replace(doc, doc_id=doc_id)
        key = keys[k] if keys is not None else content_key(doc.lines)
        if key in earlier or (seen is not None and key in seen):
            # a reprint of a document before it (in this file, or kept by the build):
            # build() keeps only its span, whichever process extracts the file
            outs.append(DocOutput(doc, k, key, [], [], [], Enrichment()))
            continue
        earlier.add(key)
        try:
            outs.append(_extract_cached(doc, resolver, k, key, doc_cache))
        except Exception as err:  # noqa: BLE001 - one document's failure never ends the build
            # a bug in kg, not in the input: the document is kept without facts and named in
            # report.json (file and first line), the other documents are built
            first = doc.lines[0].number if doc.lines else 0
            outs.append(DocOutput(doc, k, key, [], [], [Issue(
                errors.W_EXTRACT_FAILED, f"reading the tasks and units of this document failed "
                f"({type(err).__name__}: {str(err)[:200]}); it is kept without them. This is a "
                "bug in kg: please report it with the file", doc.lines[0].file if doc.lines
                else (name or Path(path).name), first, severity="error")], Enrichment()))
    # each document carries the text of every line of the file its exports quote (a line of
    # another document of the file too): its record is then complete on its own
    wanted = {loc for d in outs for loc in _referenced_lines(d)}
    text = {(ln.file, ln.number): ln.text for doc in docs for ln in doc.lines
            if (ln.file, ln.number) in wanted}
    for d in outs:
        d.quotes = {loc: text[loc] for loc in _referenced_lines(d) if loc in text}
        if not keep_lines:
            d.doc = replace(d.doc, lines=())
    return FileOutput(f_name, f_size if not part else 0, list(issues), outs,
                      dict(locators) if not part else {})


def _read_split(path: str, name: Optional[str], forced: Optional[Jurisdiction],
                keyed: bool) -> tuple:
    """A file read and split into documents, as :func:`extract_file` wants it: (its name,
    size and locators, the issues met reading it, its documents, and with ``keyed`` each
    document's content key); the name None when the file gives no text."""
    issues: list[Issue] = []
    f = read_source(Path(path), name or Path(path).name, issues)
    if f is None:
        return None, 0, {}, issues, [], None
    docs = split_file(f.lines(), forced)
    keys = [content_key(doc.lines) for doc in docs] if keyed else None
    return f.name, f.size, f.locators, issues, docs, keys


def _parts_of(docs: Sequence[Document], keys: Sequence[str], parts: int) -> list[int]:
    """The part (0 … ``parts - 1``) that extracts each document of a file shared among workers:
    the parts are balanced by the characters they read, the largest documents placed first,
    each in the part with the fewest so far (the lowest part on a tie). A reprint of an earlier
    document of the file (its key in ``keys`` seen before) weighs nothing (it is not
    extracted). Every part computes the same answer from the same split; which part reads a
    document does not change its output
    (:func:`_join_parts` puts them back in file order). Documents of a file differ in size
    many times over (a notice of a few lines beside a plan of a thousand): every ``parts``-th
    document per part left one part of the bundled corpus's largest file with twice the
    characters and twice the CPU of the other, the build waiting on it."""
    weight, before = [], set()
    for doc, key in zip(docs, keys):
        weight.append(0 if key in before else sum(len(ln.text) for ln in doc.lines))
        before.add(key)
    load = [0] * parts
    out = [0] * len(docs)
    for k in sorted(range(len(docs)), key=lambda k: (-weight[k], k)):
        p = min(range(parts), key=lambda p: (load[p], p))
        out[k] = p
        load[p] += weight[k]
    return out


def _join_parts(pieces: list[FileOutput]) -> FileOutput:
    """The parts of one file (:func:`extract_file` with ``parts``) as if read in one piece:
    documents in file order."""
    first = pieces[0]
    docs = sorted((d for p in pieces for d in p.docs), key=lambda d: d.index)
    return FileOutput(first.name, first.size, first.issues, docs, first.locators)


# ------------------------------------------------------------------------------- engines

def default_workers() -> int:
    """Worker processes when none are asked for: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:      # not on Linux
        return max(1, os.cpu_count() or 1)


def _run_local(paths: Sequence[str], names: Sequence[str], lex: Lexicon, workers: int,
               keep_lines: bool, forced: Optional[Jurisdiction],
               seen: Optional[dict[str, int]] = None,
               pool: Optional[dict] = None, cache: Optional[str] = None) -> Iterator[FileOutput]:
    # a file larger than a worker's share of the corpus is shared among the workers by
    # documents (a corpus of a few big files would otherwise wait on its largest); each part
    # reads and splits the whole file itself (~0.2-0.3 CPU s for a 0.5 MB file, ~1/7 of its
    # extraction), so a file is cut only as far as the balance needs. (Leaving a file a few per
    # cent over the share whole saves that re-read but costs wall time: the writers then wait
    # for the whole file's extraction before its first document; docs/SCALE.md, fifteenth round.)
    sizes = []
    for p in paths:
        try:
            sizes.append(os.path.getsize(p))
        except OSError:
            sizes.append(0)
    share = max(PART_BYTES, sum(sizes) // max(1, workers))
    tasks = []
    for n, size in enumerate(sizes):
        parts = 1 if workers <= 1 else max(1, min(workers * 2, -(-size // share)))
        tasks += [(n, k, parts) for k in range(parts)]
    if workers <= 1 or len(tasks) <= 1:
        # one file after the other: build() has taken each file's documents before the next
        # file is extracted, so ``seen`` tells the reprints to skip
        for p, name in zip(paths, names):
            yield extract_file(p, name, lex, keep_lines, forced=forced, seen=seen, cache=cache)
        return
    import multiprocessing as mp
    from concurrent.futures import Future, ProcessPoolExecutor
    # the resolver was made by build() before its heap was frozen: forked workers share it
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=min(workers, len(tasks)), mp_context=ctx,
                             initializer=_set_worker_lexicon, initargs=(lex, forced, cache)) as ex:
        if pool is not None:
            pool["ex"] = ex     # build() sends its re-reads (a duplicate id) to the workers
        # one task per message and at most ``2 * workers`` in flight: a result is unpickled
        # in this process as soon as it is done and waits there for its turn, so results
        # taken early piled up in it (all tasks submitted at once, 6-8 per message: ~24 files'
        # results at a time at 20x), and the heap they fragmented stayed this process's size
        # through the writers
        #
        # The results are taken in task (file) order; the tasks are started in that order too,
        # except where a file is shared. Then this process reads and splits each shared file
        # once (it is idle while the workers extract) and gives every part the documents, where
        # each part read and split the whole file itself (~0.22 CPU s for the bundled corpus's
        # 0.5 MB 004, in both of its parts); the other files start first, largest first, so
        # that the workers are busy while it reads, and a shared file's parts start together as
        # soon as it is read (they are the longest tasks: started last, the small files would
        # be left to run beside one part alone). Otherwise no task starts out of order, and
        # only within the ``2 * workers`` in flight (a shared file's parts, started together,
        # may go past it): as many results wait here as before.
        shared = sorted({n for n, _k, parts in tasks if parts > 1})
        start = list(range(len(tasks)))
        if shared:
            start.sort(key=lambda i: (tasks[i][2] > 1, -sizes[tasks[i][0]], i))
        first_task = {}
        for i, (n, k, _parts) in enumerate(tasks):
            first_task.setdefault(n, i)
        pending: dict[int, Future] = {}
        started = [False] * len(tasks)
        todo = iter(start)
        pieces: list[FileOutput] = []

        def submit(i: int) -> None:
            n, k, parts = tasks[i]
            if parts == 1:
                started[i] = True
                pending[i] = ex.submit(extract_file, paths[n], names[n], None, keep_lines)
                return
            # a shared file: read here once, all its parts started
            read = _read_split(paths[n], names[n], forced, True)
            for j in range(first_task[n], first_task[n] + parts):
                started[j] = True
                pending[j] = ex.submit(extract_file, paths[n], names[n], None, keep_lines,
                                       part=tasks[j][1], parts=parts, read=read)
            shared.remove(n)
        try:
            for i, (_n, k, parts) in enumerate(tasks):
                while len(pending) < 2 * workers:
                    j = next(todo, None)
                    if j is None:
                        break
                    if not started[j]:
                        submit(j)
                if not started[i]:
                    submit(i)
                if shared and not pending[i].done():
                    submit(first_task[shared[0]])   # read while the workers extract
                pieces.append(pending.pop(i).result())
                if k == parts - 1:
                    yield pieces[0] if parts == 1 else _join_parts(pieces)
                    pieces = []
        finally:
            if pool is not None:
                pool.pop("ex", None)
            for fut in pending.values():
                fut.cancel()


def _extract_again(path: str, name: str, lex: Lexicon, keep_lines: bool, index: int,
                   doc_id: str, forced: Optional[Jurisdiction], pool: Optional[dict] = None,
                   cache: Optional[str] = None):
    """The document at ``index`` of a file extracted again under ``doc_id`` (a second document
    with the same id), as a future (``.result()``: the :class:`FileOutput`). A worker of the
    pool makes it when there is one: extracting here would fill this process's memos (the
    lexicon's answers, the duty reader's) with what the workers already hold, and this
    process lives on through the writers (and forks the index writer)."""
    ex = pool.get("ex") if pool else None
    if ex is not None:
        # the workers hold the lexicon and ``forced`` (their initialiser): the same function
        return ex.submit(extract_file, path, name, None, keep_lines, only=index, doc_id=doc_id)
    from concurrent.futures import Future
    done: Future = Future()
    done.set_result(extract_file(path, name, lex, keep_lines, only=index, doc_id=doc_id,
                                 forced=forced, cache=cache))
    return done


def _run_dask(paths: Sequence[str], names: Sequence[str], lex: Lexicon, workers: int, keep_lines: bool,
              forced: Optional[Jurisdiction], scheduler: Optional[str],
              cache: Optional[str] = None) -> Iterator[FileOutput]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise KgError("--engine dask needs Dask distributed: pip install 'kg[distributed]'"
                      ) from err
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        lex_f = client.scatter(lex, broadcast=True)
        futures = client.map(extract_file, list(paths), list(names), lexicon=lex_f, keep_lines=keep_lines,
                             forced=forced, cache=cache, pure=False)
        for fut in futures:                 # in file order, as each one is done
            yield fut.result()
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ----------------------------------------------------------------------------- the build

def build(paths: Iterable[Path], lexicon: Optional[Lexicon] = None,
          lexicon_paths: Optional[Iterable[Path]] = None,
          progress: Optional[Progress] = None,
          extend_lexicon: Iterable[Path] = (), workers: int = 1, engine: str = "local",
          scheduler: Optional[str] = None, keep_lines: bool = True,
          jurisdiction: Optional[str] = None, spool: Optional[Spool] = None,
          cache: Optional[Path] = None) -> BuildResult:
    """Build the responsibility graph model of the given files or directories.

    ``lexicon`` (or the files ``lexicon_paths``) replaces the bundled lexicon; the files
    ``extend_lexicon`` add to it. Each document's jurisdiction is read from the document
    (issuer, title, 文号, …); ``jurisdiction`` (a place name or adcode) overrides it for every
    document. ``workers`` processes extract files in parallel (``engine``
    ``"local"``: a process pool; ``"dask"``: Dask distributed, on the cluster at ``scheduler``
    or a local one); the result does not depend on either. ``keep_lines=False`` drops each
    document's lines once it is extracted (what ``kg build`` does, to bound memory).

    With a ``spool`` (:class:`kg.spool.Spool`, what ``kg build`` does) the documents are not
    held: each is written to the spool as it is resolved, and the result's ``documents``,
    ``tasks``, ``assignments`` and ``enrichment`` read it back (see :mod:`kg.spool`); the
    caller closes the spool once the result is written.

    With a ``cache`` folder (what ``kg build`` gives unless ``--no-cache``) each document's
    extraction is read back from it when kg's code, the lexicon and the document are those it
    was kept under, and kept there otherwise (:mod:`kg.extract.cache`); the result is the same.
    ``progress("reused", n, total)`` then tells how many documents were read back.

    >>> from kg.pipeline import build, BUNDLED_CORPUS
    >>> result = build([BUNDLED_CORPUS / "000_a3dd51c4589df611.txt"])
    >>> len(result.documents)
    1
    """
    if engine not in ENGINES:
        raise KgError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    lex = lexicon or load_lexicon(lexicon_paths)
    for p in extend_lexicon or ():
        _parse(read_lexicon_file(Path(p), "--extend-lexicon"), str(p), lex)
    forced = jurisdiction_override(jurisdiction) if jurisdiction else None
    read_issues: list[Issue] = []       # folders that cannot be opened, then each file's
    inputs = list(iter_inputs([Path(p) for p in paths], read_issues))
    paths = [str(p) for p, _ in inputs]
    names = [name for _, name in inputs]
    if engine == "local" and workers > 1:
        _resolver(lex)      # made before the pool forks: workers share it (copy-on-write)
    with frozen_heap():     # what lives now outlives the build: collections skip it
        return _build(paths, names, lex, read_issues, forced, workers, engine, scheduler,
                      keep_lines, progress, spool, str(cache) if cache is not None else None)


def _build(paths: list[str], names: list[str], lex: Lexicon, read_issues: list[Issue],
           forced: Optional[Jurisdiction], workers: int, engine: str,
           scheduler: Optional[str], keep_lines: bool, progress: Optional[Progress],
           spool: Optional[Spool], cache: Optional[str] = None) -> BuildResult:
    by_key: dict[str, int] = {}         # document key -> position in kept (reprints merge)
    pool: dict = {}                     # the local engine's process pool while it runs
    if engine == "dask":
        outputs = _run_dask(paths, names, lex, max(1, workers), keep_lines, forced, scheduler, cache)
    else:
        outputs = _run_local(paths, names, lex, workers, keep_lines, forced, by_key, pool, cache)

    files: list[str] = []
    bytes_read = 0
    locators: dict[str, dict[int, str]] = {}
    # what resolution needs of every document before the first is resolved; the documents
    # themselves are in ``kept`` (a list, or a spool of DocOutput when spooling)
    kept = spool.beside() if spool is not None else _Kept()
    summaries: list[_DocSummary] = []
    copies: dict[int, tuple] = {}       # kept document -> spans of its reprints
    doc_issues: list[Issue] = []
    ids_seen: dict[str, int] = {}
    reused = 0                          # documents read back from the extraction cache
    try:
        for n, fo in enumerate(outputs, 1):      # consumed to the end: the pool then shuts down
            path = paths[n - 1]
            read_issues.extend(fo.issues)
            if fo.name is not None:
                files.append(fo.name)
                bytes_read += fo.size
                if fo.locators:
                    locators[fo.name] = fo.locators
            # the file's documents to keep, each with its re-read when its id was seen before
            # (the re-reads of a file are sent together, so the workers make them side by side)
            keep: list = []
            for d in fo.docs:
                k = by_key.get(d.key)
                if k is not None:       # a reprint: keep the first copy, note where this one is
                    copies[k] = copies.get(k, ()) + (d.doc.span,)
                    continue
                seen = ids_seen.get(d.doc.doc_id, 0)
                ids_seen[d.doc.doc_id] = seen + 1
                again = None
                if seen:                # same number, title and date: a distinct id, re-read
                    again = _extract_again(path, names[n - 1], lex, keep_lines, d.index,
                                           f"{d.doc.doc_id}-{seen + 1}", forced, pool, cache)
                by_key[d.key] = len(summaries) + len(keep)    # a re-read has the same key
                keep.append((d, again))
            for d, again in keep:
                if again is not None:
                    d = again.result().docs[0]
                reused += d.cached
                summaries.append(_DocSummary(d.doc.doc_id, d.doc.place or d.doc.jurisdiction,
                                             sorted({m.group for m in d.enrichment.groups}),
                                             d.doc.jurisdiction, d.doc.place))
                doc_issues += d.issues
                doc_issues += d.enrichment.issues
                kept.add(d)
            if progress:                # a file is read and parsed in one step (in a worker)
                progress("read", n, len(paths))
                progress("parse", n, len(paths))
        by_key.clear()
        ids_seen.clear()
        if progress and cache is not None:
            progress("reused", reused, len(summaries))
        return _resolve(kept, summaries, copies, lex, read_issues + doc_issues, files,
                        bytes_read, locators, spool)
    finally:
        if spool is not None:
            kept.close()


class _Kept(list):
    """The kept documents of a build held in memory (a :class:`kg.spool.PickleSpool` when
    spooling)."""
    add = list.append

    def close(self) -> None:
        self.clear()


@dataclass
class _DocSummary:
    """What resolution and the build's jurisdiction need of a document before any is resolved."""
    doc_id: str
    juris: object                   # the place read (else the jurisdiction's name)
    groups: list[str]               # the leading groups it names (units of kind group)
    jurisdiction: Optional[str]
    place: Optional[Jurisdiction]


def _resolve(kept: Iterable[DocOutput], summaries: list[_DocSummary], copies: dict[int, tuple],
             lex: Lexicon, issues: list[Issue], files: list[str], bytes_read: int,
             locators: dict[str, dict[int, str]], spool: Optional[Spool] = None) -> BuildResult:
    """Resolve every raw assignment in document order and assemble the result. Documents
    are placed by the place read from them (else by their jurisdiction's name); the units of
    a document of unknown jurisdiction are scoped to it. Every group is a unit before the
    first assignment is resolved. A document's resolution depends on those before it only
    through the resolver, so documents are resolved (and spooled) one at a time."""
    resolver = Resolver(lex, kind_of=actors.kind_of)
    for s in summaries:
        for group in s.groups:
            # the group itself is a unit (kind group)
            resolver.resolve(group, s.juris, scope=s.doc_id)
    reported: set[tuple[str, str]] = set()
    unresolved: list[Issue] = []
    docs: list[Document] = []
    tasks: list[Task] = []
    assignments: list[Assignment] = []
    enrichment: dict[str, Enrichment] = {}
    quotes: dict[tuple[str, int], str] = {}
    place_codes: set[str] = set()
    for k, d in enumerate(kept):
        place_codes.update(p.adcode for p in d.enrichment.places if p.adcode)
        if d.doc.place and d.doc.place.adcode:
            place_codes.add(d.doc.place.adcode)
        if k in copies:
            d.doc = replace(d.doc, copies=d.doc.copies + copies[k])
        juris = summaries[k].juris
        doc_tasks = [*d.tasks, *d.enrichment.tasks]
        town = own_township_name(d.doc.title, d.doc.issuer) or False
        ministry = own_ministry(d.doc.issuer)
        zone = own_zone(d.doc.issuer)
        dept = None if ministry or zone else resolver.issuing_department(d.doc.issuer, juris)
        raws = (*d.raw, *d.enrichment.raw)
        # (a short form the document cuts from a unit it names in full: that unit)
        stems = resolver.stems([(r.mention.text, r.lookup) for r in raws], juris,
                               scope=d.doc.doc_id, township_doc=town, ministry_doc=ministry,
                               zone_doc=zone, dept_doc=dept)
        doc_ass = drop_duplicates(
            [Assignment(r, resolver.note(r.mention.text, stems[r.mention.text])
                        if r.mention.text in stems and not r.lookup else
                        resolver.resolve(r.mention.text, juris, r.lookup,
                                         scope=d.doc.doc_id, township_doc=town,
                                         ministry_doc=ministry, zone_doc=zone, dept_doc=dept))
             for r in raws], doc_tasks)
        unresolved += _unresolved(doc_ass, reported, lex)
        if spool is not None:
            spool.add(DocRecord(d.doc, doc_tasks, doc_ass, d.enrichment, d.quotes))
            continue
        docs.append(d.doc)
        tasks += doc_tasks
        assignments += doc_ass
        enrichment[d.doc.doc_id] = d.enrichment
        for loc, text in d.quotes.items():
            quotes.setdefault(loc, text)
    units = resolver.units()
    common = dict(lexicon_digest=lex.digest(), jurisdiction=_common_jurisdiction(summaries),
                  units=units, issues=issues + unresolved, files=files, bytes_read=bytes_read,
                  mentions={u.unit_id: resolver.mentions_of(u.unit_id) for u in units},
                  locators=locators, places=_gazetteer(place_codes))
    if spool is not None:
        spool.finish()
        return BuildResult(documents=SpoolView(spool, "doc"), tasks=SpoolView(spool, "tasks"),
                           assignments=SpoolView(spool, "assignments"),
                           enrichment=SpoolEnrichment(spool), **common)
    return BuildResult(documents=docs, tasks=tasks, assignments=assignments,
                       enrichment=enrichment, quotes=quotes, **common)


def _gazetteer(codes: set[str]) -> dict[str, tuple]:
    """adcode -> (name, short forms, parent adcode) of ``codes`` and the divisions above them
    (the country left out)."""
    divisions = load_divisions()
    out: dict[str, tuple] = {}
    for code in sorted(codes):
        d = divisions.get(code)
        for a in (divisions.ancestors(d) if d else ()):
            parent = divisions.get(a.parent)
            out[a.adcode] = (a.name, tuple(a.short),
                             a.parent if parent and parent.level != "national" else None)
    return dict(sorted(out.items()))


#: the level words of the governments below a prefecture or a province, as a body's name opens
#: with them (区民政局, 县财政局, 旗农牧局; 市 below a province)
_LOWER_LEVEL_WORDS = {"prefecture": ("区", "县", "旗"), "province": ("市", "区", "县", "旗", "州", "盟")}


def _level_of(adcode: Optional[str]) -> Optional[str]:
    """The level of the division ``adcode`` (None when unknown)."""
    d = load_divisions().get(adcode) if adcode else None
    return d.level if d is not None else None


def _lower_level_word(name: str, adcode: Optional[str]) -> Optional[str]:
    """The level word ``name`` opens with when it is a level below the division ``adcode``
    (区民政局 in 武汉市's document: one of its districts, none told), else None."""
    if len(name) < 3 or NOT_RELATIVE.match(name) or name[:2] in ("区域", "县域"):
        return None
    words = _LOWER_LEVEL_WORDS.get(_level_of(adcode), ())
    return next((w for w in words if name.startswith(w)), None)


def _unresolved(assignments: list[Assignment], reported: set[tuple[str, str]],
                lex: Lexicon) -> Iterator[Issue]:
    """A warning for each unit left unresolved, once per unit and file (``reported``)."""
    for a in assignments:
        if not a.unit.resolved and a.raw.via not in ENRICH_VIAS:
            key = (a.unit.unit_id, a.raw.mention.source.file)
            if key in reported:
                continue
            reported.add(key)
            if a.unit.jurisdiction is None:
                why = ("the document's government could not be read (no issuer, title, 文号 or "
                       "place name); kept within the document (give it with --jurisdiction)")
            elif a.unit.adcode is None:
                why = (f"'{a.unit.jurisdiction}' is not in the gazetteer of divisions; kept "
                       "within it as written")
            elif lex.entries and a.unit.adcode == lex.adcode:
                why = ("not in the lexicon of this place; kept as an unresolved unit (add it "
                       "or an alias to the lexicon to resolve it)")
            elif a.unit.kind == "collective":
                why = ("a set of units (several governments or bodies, or those concerned), no "
                       "one body; kept as a collective, as written")
            elif a.unit.kind in ACTOR_KINDS:
                why = (f"a non-government actor ({a.unit.kind}); kept as written, apart from the "
                       "government's bodies")
            elif a.unit.kind == "township" and _level_of(a.unit.adcode) in ("prefecture", "province"):
                why = (f"a township (镇, 乡, 街道) named in a document of {a.unit.jurisdiction}, "
                       "above its counties: which county's the name does not tell; kept as written, "
                       "unresolved")
            elif (lower := _lower_level_word(a.unit.name, a.unit.adcode)) is not None:
                why = (f"a body of a {lower} named by the level word alone in a document of "
                       f"{a.unit.jurisdiction}, which has many: which {lower} the name does not "
                       "tell; kept as written, unresolved")
            elif a.unit.kind == "township":
                why = ("a township-level government (镇, 乡, 街道, a Corps regiment) not in the "
                       "gazetteer; kept as written, an unresolved unit (a lexicon for this place "
                       "would resolve it)")
            elif a.unit.kind != "other":
                why = (f"named like a government's body ({a.unit.kind}) but not resolved to "
                       "one; kept as written, an unresolved unit (a lexicon for this place would "
                       "resolve it)")
            else:
                why = ("not named like a government body; kept as written, an unresolved unit "
                       "(a lexicon for this place would resolve it)")
            yield Issue(errors.W_UNRESOLVED, f"unit '{a.raw.mention.text}' ({a.unit.name}, "
                        f"{a.unit.jurisdiction or 'jurisdiction unknown'}): {why}",
                        a.raw.mention.source.file, a.raw.mention.source.line)


def nothing_read(issues: list[Issue]) -> str:
    """The message when no input file could be read: each file and why."""
    reasons = [str(i) for i in issues if i.code.startswith("E1")]
    if not reasons:
        return ("no input file was found: give .txt, .md, .docx, .xlsx, .xls, .html or .pdf "
                "files or a folder holding them")
    more = f"\n  … {len(reasons) - 20} more" if len(reasons) > 20 else ""
    return "nothing could be read; nothing was written:\n  " + "\n  ".join(reasons[:20]) + more


def _common_jurisdiction(docs: Sequence) -> Optional[str]:
    """The jurisdiction of the whole build: the smallest division that holds every document's
    (廊坊市 for Langfang's documents and its counties'); None when they are of unrelated
    governments or none was read. ``docs``: documents, or anything with their
    ``jurisdiction`` and ``place``."""
    div = load_divisions()
    names = {d.jurisdiction for d in docs if d.jurisdiction}
    places = [div.get(d.place.adcode) for d in docs if d.place is not None and d.place.adcode]
    if len(names) == 1 and len(places) < len(docs):
        return names.pop()          # one place, possibly outside the gazetteer (某市)
    if not places or len(places) < len(docs):
        return None
    common = div.ancestors(places[0])
    for p in places[1:]:
        inside = {a.adcode for a in div.ancestors(p)}
        common = [a for a in common if a.adcode in inside]
    if common:
        return common[0].name
    return places[0].name if all(p.level == "national" for p in places) else None


# ---------------------------------------------------------------------------- build + write

def build_and_write(paths: Iterable[Path], out: Path,
                    lexicon_paths: Optional[list[Path]] = None,
                    extend: Optional[list[Path]] = None,
                    progress: Optional[Progress] = None, workers: Optional[int] = None,
                    engine: str = "local", scheduler: Optional[str] = None,
                    jurisdiction: Optional[str] = None, cache: bool = True) -> dict:
    """Build ``paths`` and write every export into ``out``; return the report. ``jurisdiction``
    (a place name or adcode) overrides the jurisdiction read from each document. ``out`` is
    checked and locked first, so a folder that cannot be replaced fails before the work.

    ``workers`` defaults to the cores this process may use. ``cache`` reads and keeps each
    document's extraction in the user's extraction cache (:mod:`kg.extract.cache`; not when
    ``$KG_NO_CACHE`` is set), pruned to its size after the build."""
    from .extract import cache as extract_cache
    workers = workers or default_workers()
    folder = extract_cache.default_folder() if cache and not extract_cache.disabled_by_env() else None
    check_replaceable(Path(out))
    with build_lock(Path(out)):        # a second build into ``out`` stops now, not after its work
        # the documents, one at a time (see kg.spool), spooled beside ``out`` so that what a
        # killed build leaves there is removed by the next build (not left in the system's
        # temporary folder)
        spool = Spool(*spool_place(Path(out)))
        try:
            result = build(paths, lexicon_paths=lexicon_paths or None, progress=progress,
                           extend_lexicon=extend or (), workers=workers, engine=engine,
                           scheduler=scheduler, keep_lines=False, jurisdiction=jurisdiction,
                           spool=spool, cache=folder)
            if not result.files:
                raise SourceError(nothing_read(result.issues))
            return write(result, out, progress=progress, jobs=workers)
        finally:
            spool.close()
            if folder is not None:
                extract_cache.prune(folder)
