"""CLI commands of the RDF stage: ``kg query`` and ``kg serve`` (registered by ``kg.cli``).

Heavy imports (rdflib, pyoxigraph) happen inside the commands.
"""
from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from .errors import KgError, QueryError

OUT_HELP = "Directory written by `kg build` (default: exports/)."


def _fail(err: Exception) -> None:
    typer.echo(f"Error: {err}", err=True)
    raise typer.Exit(1)


def _params(pairs: List[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in pairs or []:
        if "=" not in p:
            raise QueryError(f"--param {p!r}: expected key=value, e.g. --param unit=市发改委")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


def register(app: typer.Typer) -> None:
    @app.command()
    def query(name: str = typer.Argument(..., help="A named query (see ontology/queries/) or "
                                                   "a path to a .rq file."),
              param: List[str] = typer.Option(None, "--param", "-p",
                                              help="key=value bound to ?key (repeatable)."),
              fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
              out: Path = typer.Option(Path("exports"), "--out", "-o", help=OUT_HELP),
              engine: str = typer.Option("oxigraph", "--engine",
                                         help="oxigraph (default, the on-disk store) or rdflib.")
              ) -> None:
        """Run a SPARQL query on the built graph.

        Example: kg query tasks-of-unit --param unit=市发改委 --format table
        """
        from .graph.format import render
        try:
            if fmt not in ("table", "json", "csv"):
                raise QueryError(f"--format {fmt!r}: use table, json or csv")
            from .graph.store import run_query
            cols, rows = run_query(name, _params(param), out, engine)
        except KgError as err:
            _fail(err)
            return
        typer.echo(render(cols, rows, fmt), nl=False)

    @app.command()
    def serve(out: Path = typer.Option(Path("exports"), "--out", "-o", help=OUT_HELP),
              port: int = typer.Option(7878, "--port", help="Port on 127.0.0.1.")) -> None:
        """Serve the built graph as a read-only SPARQL endpoint at http://127.0.0.1:PORT/query."""
        try:
            from .graph.serve import make_server
            server = make_server(out, port)
        except (KgError, OSError) as err:
            _fail(err)
            return
        typer.echo(f"SPARQL endpoint: http://127.0.0.1:{server.server_address[1]}/query "
                   f"(read-only; Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
