"""Give freed memory back to the system between the writers of a build (issue 11).

A writer that builds and drops many small objects (Python's, or pyoxigraph's in its native
threads) leaves the process's heap large and mostly free: glibc keeps freed blocks inside its
arenas (one per thread that allocated) rather than returning them, so the process's resident
size keeps the high-water mark of every writer before it. ``malloc_trim(0)`` returns the free
pages of every arena. Elsewhere (no glibc) this does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
from contextlib import contextmanager
from typing import Iterator, Optional

_TRIM: Optional[object] = None
_LOOKED = False


def _trim():
    global _TRIM, _LOOKED
    if not _LOOKED:
        _LOOKED = True
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            _TRIM = libc.malloc_trim
            _TRIM.argtypes, _TRIM.restype = [ctypes.c_size_t], ctypes.c_int
        except (OSError, AttributeError):
            _TRIM = None
    return _TRIM


def release_memory() -> None:
    """Collect garbage cycles and give the heap's free pages back to the system (glibc)."""
    gc.collect()
    trim = _trim()
    if trim is not None:
        trim(0)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Leave the objects alive now out of the garbage collector's full collections while the
    block runs (``gc.freeze``; ``gc.unfreeze`` after it).

    A build's long-lived objects (the gazetteer, the lexicon, the resolver's tables, imported
    modules: ~1 M objects) are scanned by every full collection: the writers' seven
    :func:`release_memory` calls and the automatic ones cost ~0.6 CPU s of a ~7 CPU s build of
    the bundled corpus, nearly all of it walking objects that stay. Frozen, a collection walks
    only what was made since. Worker processes forked inside the block inherit the frozen
    state (and their pages stay shared: a collection no longer writes to them). Cyclic garbage
    among the frozen objects waits until the block ends. Nothing is done when something else
    has frozen objects already (its freeze is left alone)."""
    global _FROZEN
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    _FROZEN = True
    try:
        yield
    finally:
        _FROZEN = False
        gc.unfreeze()


_FROZEN = False     # inside frozen_heap's own freeze (not another's)


def freeze_survivors() -> None:
    """Inside :func:`frozen_heap`, freeze what is alive now too (call it right after
    :func:`release_memory`, between two writers: what a writer leaves alive outlives the build,
    the modules it imported first). Unfrozen, those ~25 000 objects (openpyxl's, pyoxigraph's…)
    were walked by each of the ~8 full collections after them, ~30 ms each on the bundled
    corpus (docs/SCALE.md, thirty-second round). Nothing is done outside frozen_heap's freeze."""
    if _FROZEN:
        gc.freeze()


def resident_mb() -> Optional[float]:
    """This process's resident size in MB (Linux's ``/proc/self/statm``), None elsewhere."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _page_size() / 1e6
    except (OSError, ValueError, IndexError):
        return None


def _page_size() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return 4096


# a writer holding an open pyoxigraph store closes and reopens it once the process has grown by
# this many MB since it opened it (:class:`Growth`): RocksDB keeps the index and filter blocks of
# every file it has read for as long as the store is open, outside its bounded block cache, so
# over a build's loads (kg.write.store.build_store) and queries (kg.write.answers) its memory
# grew with the corpus (+20 MB per 5x copy of the bundled corpus: docs/SCALE.md, twenty-fifth
# round); a reopened store reads its files' blocks again as they are needed
STORE_REOPEN_MB = 24


class Growth:
    """``grown()``: whether this process has grown by more than ``limit_mb`` since it was made
    or last :meth:`reset` (its resident size; never where that cannot be read). A writer
    holding a native resource whose memory grows as it is used (an open pyoxigraph store:
    RocksDB keeps the index and filter blocks of the files it has read) closes and reopens it
    when this says so."""

    def __init__(self, limit_mb: float) -> None:
        self.limit = limit_mb
        self.reset()

    def reset(self) -> None:
        self.start = resident_mb()

    def __call__(self) -> bool:
        if self.start is None:
            return False
        now = resident_mb()
        return now is not None and now - self.start > self.limit
