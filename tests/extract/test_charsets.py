"""kg.charsets memoises re's class optimisation: every pattern compiles to the same code."""
from __future__ import annotations

import importlib
import pkgutil
import re

import kg

try:
    from re import _compiler as compiler
except ImportError:                 # Python 3.10
    import sre_compile as compiler  # type: ignore[no-redef]

EXTRA = [(r"[\u4e00-\u9fff]+", 0), (r"[^\u4e00-\u9fff（）]", 0), (r"[a-zÄ\u4e00-\u9fff]", re.I),
         (r"[\d\s\w（]", 0), (rb"[\x00-\xff]", 0), (r"[\U00010000-\U0010ffff一]", 0),
         (r"[^\W\d_]", re.I), (r"[ǅ-ǆ]", re.I), (r"[\u4e00-\u9fff]", re.ASCII)]


def _kg_patterns() -> set:
    found = set()
    for info in pkgutil.walk_packages(kg.__path__, "kg."):
        try:
            mod = importlib.import_module(info.name)
        except ImportError:         # an optional extra (dask, the viewer) not installed
            continue
        for v in vars(mod).values():
            if isinstance(v, re.Pattern):
                found.add((v.pattern, v.flags))
    return found


def test_memo_is_installed():
    assert getattr(compiler._optimize_charset, "_kg_memo", False)


def test_every_pattern_compiles_to_the_same_code(monkeypatch):
    patterns = sorted(_kg_patterns(), key=repr) + EXTRA
    assert len(patterns) > 200
    memo = compiler._optimize_charset
    twice = [compiler.compile(p, f) for p, f in patterns for _ in range(2)]
    monkeypatch.setattr(compiler, "_optimize_charset", memo.original)
    plain = [compiler.compile(p, f) for p, f in patterns]
    assert twice[0::2] == plain and twice[1::2] == plain
