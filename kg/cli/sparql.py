"""``kg query``, ``kg serve`` and ``kg load``: SPARQL over the built graph.

Heavy imports (rdflib, pyoxigraph) happen inside the commands.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import ServeError
from .root import OUT, app
from .quick import query_body


@app.command()
def query(name: str = typer.Argument(..., help="A named query (see kg/ontology/queries/) or "
                                               "a path to a .rq file."),
          param: List[str] = typer.Option(None, "--param", "-p",
                                          help="key=value bound to ?key (repeatable)."),
          fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
          out: Path = OUT,
          engine: str = typer.Option("oxigraph", "--engine",
                                     help="oxigraph (default, the on-disk store) or rdflib."),
          limit: Optional[int] = typer.Option(
              None, "--limit", "-n", min=0,
              help="Rows to print; 0: all. Default: a first page of 50 for a table, all rows "
                   "for csv and json."),
          offset: int = typer.Option(0, "--offset", min=0,
                                     help="Rows to skip first (the next page: --offset 50).")
          ) -> None:
    """Run a SPARQL query on the built graph.

    Example: kg query tasks-of-unit --param unit=市发改委 --format table
    """
    query_body(typer.echo, name, param, fmt, out, engine, limit, offset)


@app.command()
def serve(out: Path = OUT,
          port: int = typer.Option(7878, "--port", min=1, max=65535, help="Port on 127.0.0.1."),
          timeout: float = typer.Option(30.0, "--timeout", min=0.1,
                                        help="Seconds a query may run before it is stopped."),
          workers: int = typer.Option(3, "--workers", min=1, max=64,
                                      help="Worker processes answering queries in parallel."),
          max_result: int = typer.Option(64, "--max-result", min=1,
                                         help="Largest result served, in MiB."),
          allow_service: bool = typer.Option(False, "--allow-service",
                                             help="Allow SERVICE (federated queries: the "
                                                  "server then connects where a query says)."),
          cors: List[str] = typer.Option(None, "--cors",
                                         help="Origin allowed to read answers from a browser "
                                              "(repeatable; '*' for any).")) -> None:
    """Serve the built graph as a read-only SPARQL endpoint at http://127.0.0.1:PORT/query.

    Each query runs in a worker process and is stopped after --timeout seconds; a new build
    into OUT is picked up without a restart.

    Example: kg serve --out exports --port 7878 --timeout 10
    """
    from ..read.serve import Limits, make_server
    limits = Limits(timeout=timeout, workers=workers, max_result=max_result << 20,
                    allow_service=allow_service, cors=tuple(cors or ()))
    try:
        server = make_server(out, port, limits=limits)
    except OSError as err:
        raise ServeError(f"cannot listen on 127.0.0.1:{port} ({err.strerror or err})") from err
    typer.echo(f"SPARQL endpoint: http://127.0.0.1:{server.server_address[1]}/query "
               f"(read-only; queries stop after {timeout:g} s; Ctrl-C to stop)")
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
