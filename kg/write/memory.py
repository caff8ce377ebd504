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
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
