"""``kg load``: push a build's graph to a SPARQL 1.1 Graph Store Protocol server.

Each document's named graph (``{base}graph/{doc_id}``, as in ``graph.trig``) is sent with one
``PUT <endpoint>?graph=<iri>``, which replaces what the server held under that name, so a reload
updates documents in place; the default graph (units and vocabulary) goes with
``PUT <endpoint>?default``. The TriG file is read as a stream, one graph at a time, so memory is
bounded by the largest document's graph, not by the build. Any Graph Store server works
(Oxigraph ``oxigraph serve``: ``http://host:7878/store``; Fuseki: ``http://host:3030/ds/data``).
"""
from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from ..errors import ExportMissing, LoadError

TRIG_FILE = "graph.trig"
NTRIPLES = "application/n-triples"


@dataclass
class Loaded:
    graphs: int = 0            # named graphs sent
    triples: int = 0           # statements sent, default graph included
    default_triples: int = 0


def graphs_of(trig: Path, batch: int = 50_000) -> Iterator[tuple[Optional[str], bytes, int]]:
    """(graph IRI or None for the default graph, N-Triples bytes, statement count) of each
    graph of a TriG file, in file order. A graph larger than ``batch`` statements comes in
    several parts with the same name (sent as PUT then POST)."""
    import pyoxigraph as ox
    current: object = ...
    triples: list = []

    def flush():
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        name = None if isinstance(current, ox.DefaultGraph) else current.value
        return name, data, len(triples)
    try:
        for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
            if q.graph_name != current or len(triples) >= batch:
                if triples:
                    yield flush()
                current, triples = q.graph_name, []
            triples.append(q.triple)
    except SyntaxError as err:
        raise ExportMissing(f"{trig}: not valid TriG ({err}); rebuild with `kg build`") from err
    if triples:
        yield flush()


def _request(url: str, method: str, data: bytes, headers: dict[str, str], timeout: float) -> int:
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": NTRIPLES, **headers})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as res:
            return res.status
    except urllib.error.HTTPError as err:
        body = err.read(500).decode("utf-8", "replace").strip()
        raise LoadError(f"{method} {url}: the server answered {err.code} {err.reason}"
                        f"{': ' + body if body else ''}") from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise LoadError(f"{method} {url}: cannot reach the server ({reason}); is it running, "
                        "and is this its Graph Store endpoint (e.g. http://host:7878/store)?"
                        ) from err


def load_endpoint(out: Union[str, Path], endpoint: str, user: Optional[str] = None,
                  password: Optional[str] = None, timeout: float = 300.0,
                  progress: Optional[Callable[[int], None]] = None) -> Loaded:
    """Send every graph of the build in ``out`` to the Graph Store at ``endpoint``."""
    trig = Path(out) / TRIG_FILE
    if not trig.is_file():
        raise ExportMissing(f"{trig}: not found; run `kg build --out {out}` first")
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LoadError(f"--endpoint {endpoint!r}: expected an http(s) URL of a Graph Store "
                        "endpoint, e.g. http://127.0.0.1:7878/store")
    headers = {}
    if user:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    sep = "&" if parts.query else "?"
    done = Loaded()
    sent: set[Optional[str]] = set()
    for name, data, n in graphs_of(trig):
        target = (f"{endpoint}{sep}default" if name is None else
                  f"{endpoint}{sep}graph={urllib.parse.quote(name, safe='')}")
        # the first part of a graph replaces it; further parts add to it
        _request(target, "POST" if name in sent else "PUT", data, headers, timeout)
        if name is None:
            done.default_triples += n
        elif name not in sent:
            done.graphs += 1
        sent.add(name)
        done.triples += n
        if progress:
            progress(done.graphs)
    return done
