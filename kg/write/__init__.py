"""Writers: the built model -> files under the output directory.

Every writer is a function ``(BuildResult, out: Path)`` listed in :data:`WRITERS`, run in that
order by :func:`write` (also :func:`kg.pipeline.write` and ``kg.write``). To add an export, write a module here with such a function
and add it to the tuple. Heavy libraries (pyoxigraph, jieba) are imported inside the writers.
"""
from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..model import BuildResult
from .jsonl import report, write_jsonl
from .ledger import write_ledger
from .search_index import write_index
from .store import write_rdf

WRITERS = (write_jsonl, write_ledger, write_rdf, write_index)

__all__ = ["WRITERS", "write", "write_jsonl", "write_ledger", "write_rdf", "write_index"]

Writer = Callable[[BuildResult, Path], object]


def write(result: BuildResult, out: Path, writers: Iterable[Writer] = WRITERS,
          progress: Optional[Callable[[str, int, int], None]] = None) -> dict:
    """Write every export of ``result`` into ``out`` (each writer of ``writers`` in order);
    return the report (what ``report.json`` holds). ``progress("export NAME", 1, 1)`` is
    called after each writer (each export is a stage of its own)."""
    out = Path(out)
    for writer in writers:
        writer(result, out)
        if progress:
            name = getattr(writer, "__name__", "export").removeprefix("write_")
            progress(f"export {name}", 1, 1)
    return report(result)


class _Callable(types.ModuleType):
    """``kg.write`` is both this package and the public function :func:`write`
    (``kg.write(result, "exports")``): a package attribute cannot be both, so the package is
    callable and calls it."""

    def __call__(self, result: BuildResult, out: Path, writers: Iterable[Writer] = WRITERS) -> dict:
        return write(result, out, writers)


sys.modules[__name__].__class__ = _Callable
