"""A build one document at a time: the feeding interface of the writers (issue 11).

A :class:`~kg.model.BuildResult` holds two kinds of things. What is global to the build and
small — the units, their mention counts, the issues, the files read — is held in memory.
What grows with the corpus — each document with its tasks, assignments, enrichment and the
lines its exports quote — is a :class:`DocRecord`. :func:`records` gives a result's records
in document order, whichever way the result is held:

- in memory (``kg.pipeline.build``): the lists of the result, grouped by document;
- spooled (``kg build``, :func:`kg.pipeline.build_and_write`): a :class:`Spool`, a temporary
  file of pickled records written in document order as they are resolved. The result's
  ``documents``, ``tasks`` and ``assignments`` are then :class:`SpoolView` sequences that read
  the spool again on each iteration (nothing of it is held), and ``enrichment`` a
  :class:`SpoolEnrichment` mapping reading one record by its offset.

Writers iterate :func:`records` and keep only what must be global (a sort over the corpus is
done on disk by :func:`external_sorted`), so a build's memory is bounded by its largest
document and its global summaries, not by the corpus.
"""
from __future__ import annotations

import heapq
import pickle
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .model import Assignment, BuildResult, Document, Enrichment, Task


@dataclass
class DocRecord:
    """One document of a build and what the exports say of it: its tasks (the enrichment's
    after the document's own, as in ``BuildResult.tasks``), its resolved assignments (in
    result order), its enrichment and the text of the lines its exports quote."""
    doc: Document
    tasks: list[Task]
    assignments: list[Assignment]
    enrichment: Optional[Enrichment] = None
    quotes: dict[tuple[str, int], str] = field(default_factory=dict)

    def quote(self, file: str, line: int) -> Optional[str]:
        """The text of a line the exports quote, None when it was not read."""
        return self.quotes.get((file, line))

    def posts_by_task(self) -> dict[str, list]:
        """task_id -> the posts and persons written as the task's people
        (:class:`kg.model.TaskPost`), in the order read."""
        out: dict[str, list] = {}
        for p in (self.enrichment.posts if self.enrichment is not None else ()):
            out.setdefault(p.task_id, []).append(p)
        return out


class PickleSpool:
    """Objects pickled one after the other into a temporary file (in a private folder,
    removed by :meth:`close`) and read back in the same order; each reader opens the file
    itself, so forked writers may read it at the same time.

    A finished spool of at most :attr:`HOLD_BYTES` is held decoded after its first whole
    pass: the writers read a build's records ~12 times, and unpickling them is ~0.03-0.06
    CPU s a pass for the bundled corpus (2 MB of pickles, ~15 000 objects; ~7 MB decoded).
    Readers must not change the objects they are given (none does: a pass gives the same
    objects every time)."""

    HOLD_BYTES = 4 << 20

    def __init__(self, folder: Optional[Path] = None, prefix: str = "kg-spool-") -> None:
        self.prefix = prefix
        self.folder = Path(tempfile.mkdtemp(prefix=prefix, dir=folder))
        self.path = self.folder / "records.pickle"
        self._fh = self.path.open("wb")
        self.offsets: list[int] = []        # where each object starts
        self._held: Optional[list] = None   # the decoded objects of a small finished spool
        self._size = 0                      # bytes written, once finished

    def add(self, obj) -> None:
        self.offsets.append(self._fh.tell())
        pickle.dump(obj, self._fh, protocol=pickle.HIGHEST_PROTOCOL)

    def finish(self) -> None:
        """No more objects: the file is flushed, so readers see them all."""
        if not self._fh.closed:
            self._size = self._fh.tell()
            self._fh.close()

    def __len__(self) -> int:
        return len(self.offsets)

    def __iter__(self) -> Iterator:
        if self._held is not None:
            yield from self._held
            return
        if not self._fh.closed:
            self._fh.flush()
        hold = self._fh.closed and self._size <= self.HOLD_BYTES
        got: list = []
        with self.path.open("rb") as fh:
            for k in range(len(self.offsets)):
                obj = self._fix(k, pickle.load(fh))
                if hold:
                    got.append(obj)
                yield obj
        if hold:
            self._held = got

    def get(self, k: int):
        if self._held is not None:
            return self._held[k]
        if not self._fh.closed:
            self._fh.flush()
        with self.path.open("rb") as fh:
            fh.seek(self.offsets[k])
            return self._fix(k, pickle.load(fh))

    def _fix(self, k: int, obj):
        return obj

    def close(self) -> None:
        self._held = None
        if not self._fh.closed:
            self._fh.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def beside(self) -> "PickleSpool":
        """A new spool in the same place, named the same way (so what a killed build leaves is
        found and removed by the same rule)."""
        return PickleSpool(self.folder.parent, self.prefix)


class Spool(PickleSpool):
    """The :class:`DocRecord` of a build, in document order, with their counts."""

    def __init__(self, folder: Optional[Path] = None, prefix: str = "kg-spool-") -> None:
        super().__init__(folder, prefix)
        self.doc_ids: list[str] = []
        self.n_tasks = 0
        self.n_assignments = 0

    def add(self, rec: DocRecord) -> None:
        super().add(rec)
        self.doc_ids.append(rec.doc.doc_id)
        self.n_tasks += len(rec.tasks)
        self.n_assignments += len(rec.assignments)


class SpoolView:
    """The documents, tasks or assignments of a spooled result as a sequence that can be
    iterated any number of times (each time reading the spool) and measured, not indexed."""

    def __init__(self, spool: Spool, part: str) -> None:
        self.spool, self.part = spool, part

    def __iter__(self) -> Iterator:
        for rec in self.spool:
            if self.part == "doc":
                yield rec.doc
            else:
                yield from getattr(rec, self.part)

    def __len__(self) -> int:
        return {"doc": len(self.spool), "tasks": self.spool.n_tasks,
                "assignments": self.spool.n_assignments}[self.part]

    def __bool__(self) -> bool:
        return len(self) > 0


class SpoolEnrichment(Mapping):
    """doc_id -> Enrichment of a spooled result, each read from its record when asked."""

    def __init__(self, spool: Spool) -> None:
        self.spool = spool
        self._at = {d: k for k, d in enumerate(spool.doc_ids)}

    def __getitem__(self, doc_id: str) -> Enrichment:
        rec = self.spool.get(self._at[doc_id])
        if rec.enrichment is None:
            raise KeyError(doc_id)
        return rec.enrichment

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


def spooled(result: BuildResult) -> Optional[Spool]:
    """The spool a result reads its documents from; None for a result held in memory."""
    docs = result.documents
    return docs.spool if isinstance(docs, SpoolView) else None


def records(result: BuildResult) -> Iterator[DocRecord]:
    """The records of ``result`` in document order (see the module's docstring)."""
    spool = spooled(result)
    if spool is not None:
        yield from spool
        return
    tasks: dict[str, list[Task]] = defaultdict(list)
    doc_of: dict[str, str] = {}
    for t in result.tasks:
        tasks[t.doc_id].append(t)
        doc_of[t.task_id] = t.doc_id
    assignments: dict[str, list[Assignment]] = defaultdict(list)
    for a in result.assignments:
        assignments[doc_of.get(a.task_id, "")].append(a)
    quotes = dict(result.quotes)
    for d in result.documents:
        for ln in d.lines:
            quotes.setdefault((ln.file, ln.number), ln.text)
    for d in result.documents:
        yield DocRecord(d, tasks.get(d.doc_id, []), assignments.get(d.doc_id, []),
                        result.enrichment.get(d.doc_id), quotes)


def external_sorted(items: Iterable, key: Callable, run: int = 50_000) -> Iterator:
    """``sorted(items, key=key)`` holding at most ``run`` items in memory: sorted runs are
    pickled to temporary files and merged (stable, as ``sorted``: ties keep input order)."""
    buf: list = []
    runs: list = []             # one temporary file per sorted run
    try:
        for item in items:
            buf.append(item)
            if len(buf) >= run:
                buf.sort(key=key)
                fh = tempfile.TemporaryFile()
                runs.append(fh)
                pickle.dump(len(buf), fh)
                for x in buf:
                    pickle.dump(x, fh, protocol=pickle.HIGHEST_PROTOCOL)
                buf.clear()
        buf.sort(key=key)
        if not runs:
            yield from buf
            return

        def read(fh) -> Iterator:
            fh.seek(0)
            for _ in range(pickle.load(fh)):
                yield pickle.load(fh)
        yield from heapq.merge(*(read(fh) for fh in runs), buf, key=key)
    finally:
        for fh in runs:
            fh.close()
