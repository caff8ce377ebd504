"""Command line: a thin layer over the library. Each command parses its arguments, calls one
library function and prints what it returns. Only this module catches :class:`KgError`.

Heavy imports (rdflib, pyoxigraph, jieba, networkx, pyvis) happen inside the commands that
need them, so ``kg who`` starts fast.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from .errors import KgError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="责任图谱: who is responsible for what in Chinese government documents.")

OUT_HELP = "Directory written by `kg build` (default: exports/)."


@app.callback()
def _root() -> None:
    """责任图谱: who is responsible for what in Chinese government documents."""


def _fail(err: Exception) -> None:
    typer.echo(f"Error: {err}", err=True)
    raise typer.Exit(1)


@app.command()
def build(paths: List[Path] = typer.Argument(None, help="Files or directories of .txt documents "
                                               "(default: the bundled corpus)."),
          out: Path = typer.Option(Path("exports"), "--out", "-o", help="Output directory."),
          lexicon: List[Path] = typer.Option(None, "--lexicon", "-l",
                                             help="Unit lexicon TSV (repeatable; replaces the "
                                                  "bundled one). See kg/data/lexicon/langfang.tsv."),
          extend_lexicon: List[Path] = typer.Option(None, "--extend-lexicon",
                                                    help="Lexicon TSV that extends the bundled one."),
          jurisdiction: Optional[str] = typer.Option(
              None, "--jurisdiction", "-j",
              help="The government every document speaks for (a place name such as 嘉兴市, or "
                   "an adcode); by default it is read from each document (issuer, title, 文号)."),
          quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the summary.")) -> None:
    """Build the graph of PATHS into OUT: JSON Lines, report, ledger (and RDF when available).

    Each document resolves its units within its own jurisdiction, read from the document
    (report.json lists each one and how it was found); --jurisdiction overrides it.

    Example: kg build corpus/langfang --out exports
    """
    from .pipeline import BUNDLED_CORPUS
    from .service import build_and_export
    paths = list(paths) if paths else [BUNDLED_CORPUS]
    for p in paths:
        if not Path(p).exists():
            _fail(KgError(f"{p}: no such file or directory; give a .txt file or a folder of them"))
    started = time.perf_counter()

    def progress(stage: str, n: int, total: int) -> None:
        if not quiet and total >= 20 and sys.stderr.isatty():
            typer.echo(f"\r{stage} {n}/{total}", err=True, nl=(n == total))
    try:
        lex_paths = list(lexicon) if lexicon else None
        summary = build_and_export(paths, out, lexicon_paths=lex_paths,
                                   extend=list(extend_lexicon or []), progress=progress,
                                   jurisdiction=jurisdiction)
    except KgError as err:
        _fail(err)
        return
    c = summary["counts"]
    typer.echo(f"documents {c['documents']} · tasks {c['tasks']} · assignments {c['assignments']} · "
               f"units {c['units']} · unresolved {c['unresolved']} · issues {c['issues']} "
               f"({time.perf_counter() - started:.2f} s) -> {out}/")
    if not quiet:
        for u in summary["unresolved"][:15]:
            typer.echo(f"  unresolved: {u['unit']} ×{u['count']} ({', '.join(u['lines'][:3])})")
        if len(summary["unresolved"]) > 15:
            typer.echo(f"  … {len(summary['unresolved']) - 15} more in {out}/report.json")
        for i in summary["issues"]:
            if i["code"] != "E401":
                typer.echo(f"  {i['file']}:{i['line']}: {i['code']} {i['message']}")


# Commands of later stages live in their own modules, each with ``register(app)``; their
# heavy imports happen inside the command functions, so registering them costs little.
for _mod in ("graph_cli", "search_cli", "viewer_cli", "enrich_cli"):
    try:
        __import__(f"{__package__}.{_mod}", fromlist=["register"]).register(app)
    except ImportError as _err:   # a stage not installed: its commands are simply absent
        if _mod not in str(_err):
            raise


def main() -> None:
    app()


if __name__ == "__main__":
    main()
