"""``kg view``: write the interactive, offline HTML graph viewer (see docs/VIEWER.md).

pyvis is imported only when the command runs.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .root import OUT, app


@app.command("view")
def view(out: Path = OUT,
         output: Optional[Path] = typer.Option(None, "-o", "--output",
                                               help="Page to write (default: OUT/graph.html)."),
         unit: Optional[str] = typer.Option(None, "--unit", help="Focus on a unit (name or alias)."),
         doc: Optional[str] = typer.Option(None, "--doc",
                                           help="Focus on a document (title, 文号 or id)."),
         county: Optional[str] = typer.Option(None, "--county",
                                              help="Focus on a county's units (e.g. 安次区)."),
         depth: int = typer.Option(1, "--depth", min=0,
                                   help="Neighbourhood depth of a focused view.")) -> None:
    """Write one self-contained HTML page showing the graph (works offline).

    Without --unit/--doc/--county the page is an overview of documents and units; click a
    document to expand its tasks. Example: kg view --out exports --unit 市住房和城乡建设局
    """
    from ..view.viewer import render_html
    dest = output or (out / "graph.html")
    stats = render_html(out, dest, unit=unit, doc=doc, county=county, depth=depth)
    typer.echo(f"{stats.mode}: nodes {stats.nodes} · edges {stats.edges} · "
               f"{stats.bytes / 1024:.0f} KiB -> {dest}")
