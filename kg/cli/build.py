"""``kg build``: build a corpus and write every export."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import SourceError
from .root import app


@app.command()
def build(paths: List[Path] = typer.Argument(None, help="Files or folders of documents: .txt, .md, "
                                               ".docx, .xlsx, .xls, .html, .pdf (default: "
                                               "the small sample shipped with kg)."),
          out: Path = typer.Option(Path("exports"), "--out", help="Output directory."),
          lexicon: List[Path] = typer.Option(None, "--lexicon", "-l",
                                             help="Unit lexicon TSV (repeatable; replaces the "
                                                  "bundled one). See kg/data/lexicon/langfang.tsv."),
          extend_lexicon: List[Path] = typer.Option(None, "--extend-lexicon",
                                                    help="Lexicon TSV that extends the bundled one."),
          jurisdiction: Optional[str] = typer.Option(
              None, "--jurisdiction", "-j",
              help="The government every document speaks for (a place name such as 嘉兴市, or "
                   "an adcode); by default it is read from each document (issuer, title, 文号)."),
          quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the summary."),
          workers: int = typer.Option(0, "--workers", "-w", min=0,
                                      help="Worker processes (default 0: one per core)."),
          engine: str = typer.Option("local", "--engine",
                                     help="local (process pool) or dask (Dask distributed; "
                                          "pip install 'kg\\[distributed]'). Same exports."),
          scheduler: str = typer.Option(None, "--scheduler",
                                        help="Dask scheduler address (tcp://host:8786) for "
                                             "--engine dask; default: a local cluster.")) -> None:
    """Build the graph of PATHS into OUT: JSON Lines, report, ledger, RDF, SPARQL store, search index.

    Each document resolves its units within its own jurisdiction, read from the document
    (report.json lists each one and how it was found); --jurisdiction overrides it.

    Example: kg build corpus/langfang --out exports
    """
    from ..data import SAMPLE_CORPUS
    from ..pipeline import ENGINES, build_and_write
    if engine not in ENGINES:
        raise typer.BadParameter(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask")
    paths = list(paths) if paths else [SAMPLE_CORPUS]
    for p in paths:
        if not Path(p).exists():
            raise SourceError(f"{p}: no such file or directory; give a document (.txt, .md, .docx, "
                              ".xlsx, .xls, .html, .pdf) or a folder of them")
    started = time.perf_counter()

    tty = sys.stderr.isatty()

    def progress(stage: str, n: int, total: int) -> None:
        """On a terminal a counter per stage; otherwise one line per stage, when it ends."""
        if quiet:
            return
        if tty:
            typer.echo(f"\r{stage} {n}/{total}", err=True, nl=(n == total))
        elif n == total:
            typer.echo(f"{stage} {n}/{total} ({time.perf_counter() - started:.1f} s)", err=True)
    lex_paths = list(lexicon) if lexicon else None
    summary = build_and_write(paths, out, lexicon_paths=lex_paths,
                              extend=list(extend_lexicon or []), progress=progress,
                              workers=workers or None, engine=engine, scheduler=scheduler,
                              jurisdiction=jurisdiction)
    c = summary["counts"]
    typer.echo(f"documents {c['documents']} · tasks {c['tasks']} · assignments {c['assignments']} · "
               f"units {c['units']} · unresolved {c['unresolved']} · issues {c['issues']} "
               f"({time.perf_counter() - started:.2f} s) -> {out}/")
    if not quiet:
        places: dict[str, int] = {}
        for d in summary["documents"]:
            j = d["jurisdiction"]
            key = j["name"] or "unknown"
            places[key] = places.get(key, 0) + 1
        typer.echo("  jurisdictions: " + " · ".join(f"{k} ×{n}" for k, n in sorted(
            places.items(), key=lambda kv: (-kv[1], kv[0])))
            + (" (unknown: units kept within their document; --jurisdiction sets one for all)"
               if "unknown" in places else ""))
        for u in summary["unresolved"][:15]:
            typer.echo(f"  unresolved: {u['unit']} ×{u['count']} ({', '.join(u['lines'][:3])})")
        if len(summary["unresolved"]) > 15:
            typer.echo(f"  … {len(summary['unresolved']) - 15} more in {out}/report.json")
        for i in summary["issues"]:
            if i["code"] != "E401":
                typer.echo(f"  {i['file']}:{i['line']}: {i['code']} {i['message']}")
    # the build is written: the process may end without freeing what it holds (kg.cli.main)
    from .. import cli
    cli.QUICK_EXIT = True
