"""Writers: the built model -> files under the output directory.

Every writer is a function ``(BuildResult, out: Path)`` listed in :data:`WRITERS`, run in that
order by :func:`kg.pipeline.write`. To add an export, write a module here with such a function
and add it to the tuple. Heavy libraries (pyoxigraph, jieba) are imported inside the writers.
"""
from __future__ import annotations

from .jsonl import write_jsonl
from .ledger import write_ledger
from .search_index import write_index
from .store import write_rdf

WRITERS = (write_jsonl, write_ledger, write_rdf, write_index)

__all__ = ["WRITERS", "write_jsonl", "write_ledger", "write_rdf", "write_index"]
