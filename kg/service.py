"""Library functions behind the CLI commands, callable from notebooks too."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Optional

from .export import write_all
from .export.jsonl import report
from .model import BuildResult
from .pipeline import build
from .resolve.lexicon import load_lexicon, DEFAULT_LEXICON


def build_and_export(paths: Iterable[Path], out: Path, lexicon_paths: Optional[list[Path]] = None,
                     extend: Optional[list[Path]] = None,
                     progress: Optional[Callable[[str, int, int], None]] = None,
                     jurisdiction: Optional[str] = None) -> dict:
    """Build ``paths`` and write every export into ``out``; return the report. ``jurisdiction``
    (a place name or adcode) overrides the jurisdiction read from each document."""
    lex = load_lexicon(lexicon_paths) if lexicon_paths else load_lexicon(None)
    if extend:
        from .resolve.lexicon import _parse
        for p in extend:
            _parse(Path(p).read_text(encoding="utf-8-sig"), str(p), lex)
    result: BuildResult = build(paths, lexicon=lex, progress=progress, jurisdiction=jurisdiction)
    write_all(result, Path(out))
    for hook in _export_hooks():
        hook(result, Path(out))
    return report(result)


def _export_hooks() -> list[Callable[[BuildResult, Path], None]]:
    """Further writers (RDF, search index, …) registered by the graph modules."""
    hooks = []
    try:
        from .graph.exports import export_graph   # written by the RDF stage
        hooks.append(export_graph)
    except ImportError:
        pass
    from .search.index import export_index
    hooks.append(export_index)
    return hooks
