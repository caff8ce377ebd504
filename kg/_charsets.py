"""A memo for the regular-expression compiler's character sets, installed when ``kg`` is
imported: the same compiled patterns, ~0.3 CPU s less to import kg's readers.

kg compiles ~730 patterns at import, and most of them hold a class with a CJK range
(``[\\u4e00-\\u9fff]``, ``[^，。；]``, …). CPython's ``re._compiler._optimize_charset`` turns
each class into a bitmap by a Python loop over every code point of each range (~21 000 steps
for the CJK Unified Ideographs), and it is asked ~1 900 times during kg's imports (a class is
optimised again when it starts a pattern, for the pattern's prefix check), for only ~570
distinct classes. That loop was half of kg's import time (0.3 of 0.63 CPU s), paid before any
worker starts.

Without case folding (``fixup`` None: no ``re.IGNORECASE``) the function's answer depends on
the class alone, so it is memoised here on the class's items: the original function computes
every distinct class once and every pattern compiles to the same code as before. Calls with
case folding, classes whose items cannot be hashed, and a Python whose function has another
signature go to the original untouched. The memo is process-wide (any pattern compiled in the
process gets it) and bounded (cleared when it holds ``MAX`` classes).
"""
from __future__ import annotations

MAX = 4096


def install() -> None:
    """Put the memo in front of ``re._compiler._optimize_charset`` (once; a no-op where the
    function is not the one this was written for)."""
    try:
        from re import _compiler as compiler
    except ImportError:                 # Python < 3.11: sre_compile, left as it is
        return
    original = getattr(compiler, "_optimize_charset", None)
    code = getattr(original, "__code__", None)
    if code is None or getattr(original, "_kg_memo", False) or code.co_argcount != 4 \
            or code.co_varnames[:4] != ("charset", "iscased", "fixup", "fixes"):
        return
    memo: dict = {}

    def _optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        if fixup is not None:           # case folding: the answer depends on more than the class
            return original(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            hit = memo.get(key)
        except TypeError:
            return original(charset, iscased, fixup, fixes)
        if hit is None:
            if len(memo) >= MAX:
                memo.clear()
            hit = memo[key] = original(charset, iscased, fixup, fixes)
        out, hascased = hit
        return list(out), hascased      # a list of its own, as the original returns

    _optimize_charset._kg_memo = True   # type: ignore[attr-defined]
    _optimize_charset.__wrapped__ = original  # type: ignore[attr-defined]
    compiler._optimize_charset = _optimize_charset
