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
from typing import Optional

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
