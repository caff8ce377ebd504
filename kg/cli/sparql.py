"""``kg query``, ``kg serve`` and ``kg load``: SPARQL over the built graph.

Heavy imports (rdflib, pyoxigraph) happen inside the commands.
"""
from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from ..errors import QueryError, ServeError
from .app import OUT, app


def _params(pairs: List[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in pairs or []:
        if "=" not in p:
            raise QueryError(f"--param {p!r}: expected key=value, e.g. --param unit=市发改委")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


@app.command()
def query(name: str = typer.Argument(..., help="A named query (see ontology/queries/) or "
                                               "a path to a .rq file."),
          param: List[str] = typer.Option(None, "--param", "-p",
                                          help="key=value bound to ?key (repeatable)."),
          fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
          out: Path = OUT,
          engine: str = typer.Option("oxigraph", "--engine",
                                     help="oxigraph (default, the on-disk store) or rdflib.")
          ) -> None:
    """Run a SPARQL query on the built graph.

    Example: kg query tasks-of-unit --param unit=市发改委 --format table
    """
    from ..read.sparql import run_query
    from .format import render
    if fmt not in ("table", "json", "csv"):
        raise QueryError(f"--format {fmt!r}: use table, json or csv")
    cols, rows = run_query(name, _params(param), out, engine)
    typer.echo(render(cols, rows, fmt), nl=False)


@app.command()
def serve(out: Path = OUT,
          port: int = typer.Option(7878, "--port", help="Port on 127.0.0.1.")) -> None:
    """Serve the built graph as a read-only SPARQL endpoint at http://127.0.0.1:PORT/query."""
    from ..read.serve import make_server
    try:
        server = make_server(out, port)
    except OSError as err:
        raise ServeError(str(err)) from err
    typer.echo(f"SPARQL endpoint: http://127.0.0.1:{server.server_address[1]}/query "
               f"(read-only; Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command()
def load(out: Path = OUT,
         endpoint: str = typer.Option(..., "--endpoint", "-e",
                                      help="Graph Store Protocol URL, e.g. "
                                           "http://127.0.0.1:7878/store (oxigraph serve)."),
         user: str = typer.Option(None, "--user", help="HTTP basic auth user."),
         password: str = typer.Option(None, "--password", envvar="KG_LOAD_PASSWORD",
                                      help="HTTP basic auth password (or $KG_LOAD_PASSWORD)."),
         timeout: float = typer.Option(300.0, "--timeout", help="Seconds per request.")) -> None:
    """Push the built graph to a SPARQL 1.1 Graph Store server: one named graph per document
    (replaced on reload) and the default graph (units, vocabulary).

    Example: kg load --out exports --endpoint http://127.0.0.1:7878/store
    """
    import time
    from ..write.remote import load_endpoint
    started = time.perf_counter()
    done = load_endpoint(out, endpoint, user, password, timeout)
    typer.echo(f"loaded {done.graphs} document graphs and the default graph "
               f"({done.triples} statements) into {endpoint} "
               f"({time.perf_counter() - started:.2f} s)")
