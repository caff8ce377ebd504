"""``kg build``: build a corpus and write every export."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

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
                                             "--engine dask; default: a local cluster."),
          no_cache: bool = typer.Option(False, "--no-cache",
                                        help="Extract every document again: neither read nor "
                                             "keep the extraction cache (also KG_NO_CACHE=1).")) -> None:
    """Build the graph of PATHS into OUT: JSON Lines, report, ledger, RDF, SPARQL store, search index.

    Each document resolves its units within its own jurisdiction, read from the document
    (report.json lists each one and how it was found); --jurisdiction overrides it.

    A document already built by the same kg with the same lexicon is read back from the
    extraction cache (~/.cache/kg/extract, at most 1 GB) instead of being extracted again;
    the exports are the same either way.

    Example: kg build corpus/langfang --out exports
    """
    from ..pipeline import ENGINES
    from .quick import build_body
    if engine not in ENGINES:
        raise typer.BadParameter(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask")
    build_body(lambda message="", nl=True: typer.echo(message, nl=nl),
               lambda message="", nl=True: typer.echo(message, err=True, nl=nl),
               paths, out, lexicon, extend_lexicon, jurisdiction, quiet, workers, engine,
               scheduler, cache=not no_cache)
