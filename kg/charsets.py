"""Character classes compiled once per process (issue 11: the import cost of a build).

kg compiles ~350 regular expressions when its extractor is imported, most of them holding
classes of Chinese characters (``[\\u4e00-\\u9fff]``, lists of full-width punctuation).
CPython's ``re`` compiler optimises every class on its own: a class holding a character above
U+00FF is laid out as a 65 536-entry map, in Python, item by item (the Han range alone is a
loop over 20 992 code points, ~1.5 ms, and it occurs in ~100 patterns). Of the ~890 classes
optimised while a build's modules are imported, ~300 are distinct.

:func:`install` memoises the compiler's ``_optimize_charset`` for classes compiled without
IGNORECASE (its answer is then a function of the class alone; with IGNORECASE it also depends
on the case tables passed, and those calls are left alone). The answer is the same list of
the same items, so the compiled pattern is the same: ``tests/extract/test_charsets.py``
compiles every pattern kg holds both ways and compares the compiled code. On an interpreter
whose compiler has no such function nothing is changed.
"""
from __future__ import annotations

from functools import lru_cache

_INSTALLED = False


def install() -> None:
    """Memoise ``re``'s class optimisation in this process (once; safe to call again)."""
    global _INSTALLED
    if _INSTALLED:
        return
    _INSTALLED = True
    try:
        from re import _compiler as compiler     # Python >= 3.11
    except ImportError:                          # pragma: no cover - Python 3.10
        import sre_compile as compiler           # type: ignore[no-redef]
    original = getattr(compiler, "_optimize_charset", None)
    if original is None or getattr(original, "_kg_memo", False):
        return

    @lru_cache(maxsize=2048)
    def plain(items: tuple):
        out, hascased = original(list(items))
        return tuple(out), hascased

    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        if iscased is None and fixup is None and fixes is None:
            try:
                out, hascased = plain(tuple(charset))
            except TypeError:        # an item that cannot be hashed: not memoised
                return original(charset)
            return list(out), hascased
        return original(charset, iscased, fixup, fixes)

    optimize_charset._kg_memo = True            # type: ignore[attr-defined]
    optimize_charset.original = original        # type: ignore[attr-defined]
    compiler._optimize_charset = optimize_charset
