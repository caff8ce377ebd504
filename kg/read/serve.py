"""A read-only SPARQL 1.1 Protocol endpoint over a built store (stdlib ``http.server``).

``GET /query?query=…`` or ``POST /query`` (form-encoded ``query=…`` or a body of type
``application/sparql-query``) returns SPARQL JSON results for SELECT/ASK, N-Triples for
CONSTRUCT/DESCRIBE. Update requests are refused: the store is opened read-only. Binds to
127.0.0.1 only.
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Union
from urllib.parse import parse_qs, urlparse

from .sparql import open_store


def make_server(out: Union[str, Path] = "exports", port: int = 0,
                host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """A server over ``<out>/store`` (not yet serving; call ``serve_forever``)."""
    import pyoxigraph as ox
    store = open_store(out)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql/0.1"

        def log_message(self, fmt, *args):   # quiet: the CLI prints the address once
            pass

        def _send(self, code: int, body: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(body)

        def _answer(self, query: str | None) -> None:
            if not query:
                self._send(400, b"missing 'query' parameter\n", "text/plain; charset=utf-8")
                return
            try:
                with lock:
                    res = store.query(query)
                    if isinstance(res, ox.QuerySolutions):
                        body = res.serialize(format=ox.QueryResultsFormat.JSON)
                        ctype = "application/sparql-results+json"
                    elif isinstance(res, ox.QueryBoolean):
                        body = json.dumps({"head": {}, "boolean": bool(res)}).encode()
                        ctype = "application/sparql-results+json"
                    else:
                        body = ox.serialize(res, format=ox.RdfFormat.N_TRIPLES)
                        ctype = "application/n-triples"
            except SyntaxError as err:
                self._send(400, f"query does not parse: {err}\n".encode(), "text/plain; charset=utf-8")
                return
            except (OSError, ValueError, RuntimeError) as err:
                self._send(400, f"query failed: {err}\n".encode(), "text/plain; charset=utf-8")
                return
            self._send(200, body, ctype)

        def do_GET(self):
            url = urlparse(self.path)
            if url.path != "/query":
                self._send(404, b"use /query?query=...\n", "text/plain; charset=utf-8")
                return
            self._answer(parse_qs(url.query).get("query", [None])[0])

        def do_POST(self):
            url = urlparse(self.path)
            if url.path != "/query":
                self._send(404, b"use POST /query\n", "text/plain; charset=utf-8")
                return
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode("utf-8")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if ctype == "application/sparql-query":
                self._answer(raw)
            else:
                self._answer(parse_qs(raw).get("query", [None])[0])

    return ThreadingHTTPServer((host, port), Handler)
