"""A read-only SPARQL 1.1 Protocol endpoint over a built store (stdlib ``http.server``) that
one client cannot knock over.

``GET /query?query=…`` or ``POST /query`` (form-encoded ``query=…`` or a body of type
``application/sparql-query``) returns SPARQL JSON results for SELECT/ASK, N-Triples for
CONSTRUCT/DESCRIBE. Binds to 127.0.0.1 only. Bounds (:class:`Limits`):

* a query longer than ``max_query`` characters or nested deeper than ``max_depth`` brackets
  is refused before any parser sees it (:func:`scan`: one linear pass that skips strings,
  IRIs and comments);
* ``SERVICE`` is refused unless ``allow_service`` (the server never connects anywhere a query
  says);
* queries run in a pool of worker processes (:class:`Pool`), each with the store opened
  read-only and a large thread stack; a query still running after ``timeout`` seconds has
  its worker killed and replaced, so it really stops, and the other workers go on answering;
  a worker that crashes is replaced the same way; a worker's start (its interpreter, imports
  and store) is waited for apart from that limit (``STARTUP_LIMIT``), so a loaded machine that
  starts a worker slowly does not turn the first query after it into a timeout;
* a result larger than ``max_result`` bytes is refused;
* malformed requests (bad Content-Length, bad UTF-8, oversized bodies, unknown methods) get a
  4xx answer, never a dropped connection; CORS headers only for the ``cors`` origins.

Each worker checks the build's marker before a query and reopens the store when a new build
has been swapped in (:mod:`kg.write.builddir`).
"""
from __future__ import annotations

import json
import os
import queue
import re
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional, Union
from urllib.parse import parse_qs, urlparse

from ..errors import ServeError
from .sparql import _check_built

TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Limits:
    """The bounds of the endpoint (see the module docstring)."""
    timeout: float = 30.0             # seconds per query, waiting for a free worker included
                                      # (a new worker's start is not: STARTUP_LIMIT)
    workers: int = 3                  # worker processes
    max_query: int = 100_000          # characters
    max_depth: int = 200              # nested (), {}, []
    max_result: int = 64 << 20        # bytes of a serialised result
    allow_service: bool = False
    cors: tuple[str, ...] = ()        # origins allowed to read answers ("*": any)

    @property
    def max_body(self) -> int:
        return 4 * self.max_query + 1024   # room for form encoding (%XX per byte)


# ---- scanning a query before it is parsed ------------------------------------------------

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.IGNORECASE)
_OPEN, _CLOSE = "({[", ")}]"


def _scan_one(q: str) -> tuple[int, str]:
    depth = top = 0
    code: list[str] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c in "'\"":
            long = q.startswith(c * 3, i)
            end_q = c * 3 if long else c
            j = i + len(end_q)
            while j < n:
                if q[j] == "\\":
                    j += 2
                    continue
                if q.startswith(end_q, j):
                    j += len(end_q)
                    break
                if not long and q[j] in "\r\n":
                    break
                j += 1
            code.append(" ")
            i = j
            continue
        if c == "<":
            m = _IRI.match(q, i)
            if m:
                code.append(" ")
                i = m.end()
                continue
        elif c == "#":
            j = q.find("\n", i)
            i = n if j < 0 else j
            code.append(" ")
            continue
        elif c in _OPEN:
            depth += 1
            top = max(top, depth)
        elif c in _CLOSE:
            depth -= 1
        code.append(c)
        i += 1
    return top, "".join(code)


def scan(query: str) -> tuple[int, bool]:
    """The deepest nesting of brackets in ``query`` and whether it uses ``SERVICE``, outside
    strings, IRIs and comments; in one linear pass over the text as written and one over it
    with ``\\uXXXX`` escapes decoded (SPARQL decodes them before parsing).

    >>> scan('SELECT * { { ?s ?p "{{{ SERVICE" } } # {{{')
    (2, False)
    >>> scan('SELECT * { sErViCe <http://x/> { ?s ?p ?o } }')
    (2, True)
    """
    depth, code = _scan_one(query)
    service = bool(_SERVICE.search(code))
    if _ESCAPE.search(query):
        decoded = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16))
                              if int(m.group(1) or m.group(2), 16) < 0x110000 else "", query)
        d2, code2 = _scan_one(decoded)
        depth, service = max(depth, d2), service or bool(_SERVICE.search(code2))
    return depth, service


def check_query(query: Optional[str], limits: Limits) -> Optional[tuple[int, str]]:
    """``None`` when ``query`` may run, else the status and message refusing it."""
    if not query or not query.strip():
        return 400, "missing 'query' parameter"
    if len(query) > limits.max_query:
        return 413, (f"query is {len(query)} characters long; the limit is {limits.max_query}")
    depth, service = scan(query)
    if depth > limits.max_depth:
        return 400, (f"query nests brackets {depth} deep; the limit is {limits.max_depth}")
    if service and not limits.allow_service:
        return 403, ("SERVICE (federated query) is disabled on this endpoint; start "
                     "`kg serve --allow-service` to allow it")
    return None


# ---- the worker processes -----------------------------------------------------------------

class _Capped:
    """A file-like sink that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int):
        self.limit, self.parts, self.size = limit, [], 0

    def write(self, b) -> int:
        self.size += len(b)
        if self.size > self.limit:
            raise _TooLarge()
        self.parts.append(bytes(b))
        return len(b)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


class _TooLarge(Exception):
    pass


def evaluate(store, query: str, max_result: int) -> tuple[int, str, bytes]:
    """Run ``query`` on a pyoxigraph ``store``: (HTTP status, content type, body)."""
    import pyoxigraph as ox
    try:
        res = store.query(query)
        sink = _Capped(max_result)
        if isinstance(res, ox.QuerySolutions):
            res.serialize(sink, format=ox.QueryResultsFormat.JSON)
            return 200, "application/sparql-results+json", sink.getvalue()
        if isinstance(res, ox.QueryBoolean):
            return 200, "application/sparql-results+json", json.dumps(
                {"head": {}, "boolean": bool(res)}).encode()
        ox.serialize(res, sink, format=ox.RdfFormat.N_TRIPLES)
        return 200, "application/n-triples", sink.getvalue()
    except _TooLarge:
        return 413, TEXT, (f"the result is larger than {max_result} bytes; add a LIMIT or "
                           "select fewer variables\n").encode()
    except SyntaxError as err:
        return 400, TEXT, f"query does not parse: {err}\n".encode()
    except Exception as err:   # the engine raises OSError/ValueError/RuntimeError and others
        if isinstance(err.__context__, _TooLarge) or "_TooLarge" in repr(err):
            return 413, TEXT, (f"the result is larger than {max_result} bytes; add a LIMIT "
                               "or select fewer variables\n").encode()
        return 400, TEXT, f"query failed: {err}\n".encode()


def _worker_main(fd: int, out: str, max_result: int) -> None:
    """A worker process: answer queries from the connection on ``fd`` until it closes.
    Queries run on a thread with a 512 MiB stack (reserved, not used), so a deep expression
    the scan let through exhausts no stack; the store is reopened when a new build is
    swapped in."""
    from multiprocessing.connection import Connection
    conn = Connection(fd)
    for mib in (512, 64, 0):           # 0: the platform's default, where big stacks are refused
        try:
            threading.stack_size(mib << 20)
            t = threading.Thread(target=_worker_loop, args=(conn, out, max_result))
            t.start()
            break
        except (ValueError, RuntimeError):
            continue
    t.join()


def _worker_loop(conn, out: str, max_result: int) -> None:
    from .build import marker_stamp
    from .sparql import open_store
    store, stamp = None, None
    try:                                # open the store before the first query, then say so
        store, stamp = open_store(out), marker_stamp(out)
    except Exception:                   # told to the query that finds it still unopened
        store, stamp = None, None
    try:
        conn.send(_READY)
    except (EOFError, OSError):
        return
    while True:
        try:
            query = conn.recv()
        except (EOFError, OSError):
            return
        now = marker_stamp(out)
        if store is None or now != stamp:
            try:
                store, stamp = open_store(out), now
            except Exception as err:
                conn.send((503, TEXT, f"the build in {out} cannot be opened: {err}\n".encode()))
                continue
        conn.send(evaluate(store, query, max_result))


# what a worker sends once it has started and opened the store, before its first answer
_READY = "ready"
# seconds a new worker may take to start (an interpreter, kg's imports, the store opened) before
# a query waiting for it is answered 503; not counted in ``Limits.timeout``, which is the
# query's own time: on a loaded machine a start can take longer than a short query limit
STARTUP_LIMIT = 120.0

_WORKER = ("import sys; from kg.read.serve import _worker_main; "
           "_worker_main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]))")


class _Worker:
    """One worker: a fresh interpreter (not a fork of the threaded server) joined to the
    server by a socket pair carrying pickled queries and answers."""

    def __init__(self, out: str, max_result: int):
        from multiprocessing.connection import Connection
        ours, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parents[2])   # the same kg as the server
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            p for p in (package_root, os.environ.get("PYTHONPATH")) if p))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(theirs.fileno()), out, str(max_result)],
            pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            env=env)
        theirs.close()
        self.conn = Connection(ours.detach())
        self.ready = False              # set when its _READY has been read

    def wait_ready(self, limit: float) -> bool:
        """Read the worker's _READY (once); False when it has not come within ``limit`` s.
        Raises EOFError/OSError when the worker died while starting."""
        if not self.ready:
            if not self.conn.poll(limit):
                return False
            if self.conn.recv() != _READY:
                raise OSError("worker spoke before it was ready")
            self.ready = True
        return True

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)
        self.conn.close()


class Pool:
    """Worker processes answering queries; a query runs in one worker at a time and its
    worker is killed and replaced when it overruns ``limits.timeout`` or dies."""

    def __init__(self, out: Union[str, Path], limits: Limits):
        self.out, self.limits = str(Path(out).resolve()), limits
        self._idle: "queue.Queue[_Worker]" = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, limits.workers)):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        w = _Worker(self.out, self.limits.max_result)
        with self._lock:
            self._all.append(w)
        return w

    def _replace(self, w: _Worker) -> None:
        with self._lock:
            if w in self._all:
                self._all.remove(w)
        w.kill()
        if not self._closed:
            self._idle.put(self._spawn())

    def run(self, query: str) -> tuple[int, str, bytes]:
        """Answer ``query``: (HTTP status, content type, body)."""
        import time
        limit = self.limits.timeout
        started = time.monotonic()
        try:
            w = self._idle.get(timeout=limit)
        except queue.Empty:
            return 503, TEXT, (f"every worker is busy; no answer within {limit:g} s, try "
                               "again later\n").encode()
        try:
            waited = time.monotonic()
            if not w.wait_ready(STARTUP_LIMIT):
                threading.Thread(target=self._replace, args=(w,), daemon=True).start()
                return 503, TEXT, (f"no worker started within {STARTUP_LIMIT:g} s (the machine is "
                                   "overloaded?); try again later\n").encode()
            started += time.monotonic() - waited        # a worker's start is not the query's time
            w.conn.send(query)
            left = max(0.0, limit - (time.monotonic() - started))
            if w.conn.poll(left):
                answer = w.conn.recv()
                self._idle.put(w)
                return answer
        except (EOFError, OSError):
            threading.Thread(target=self._replace, args=(w,), daemon=True).start()
            return 500, TEXT, (b"the query crashed its worker process (a replacement is "
                               b"starting); simplify the query\n")
        threading.Thread(target=self._replace, args=(w,), daemon=True).start()
        return 503, TEXT, (f"the query ran longer than {limit:g} s and was stopped (kg serve "
                           "--timeout sets the limit)\n").encode()

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()


# ---- HTTP -----------------------------------------------------------------------------------

class Server(ThreadingHTTPServer):
    """The HTTP server; :meth:`server_close` also stops the workers."""
    daemon_threads = True
    pool: Pool
    limits: Limits

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class Handler(BaseHTTPRequestHandler):
    server_version = "kg-sparql/0.2"
    protocol_version = "HTTP/1.1"
    timeout = 60                      # a client that stops sending is dropped after a minute
    server: Server

    def log_message(self, fmt, *args):   # quiet: the CLI prints the address once
        pass

    def __getattr__(self, name: str):
        if name.startswith("do_"):        # any other method: 405, not the stdlib's 501
            return self._not_allowed
        raise AttributeError(name)

    def _cors(self) -> None:
        origin = self.headers.get("Origin")
        allowed = self.server.limits.cors
        if origin and ("*" in allowed or origin in allowed):
            self.send_header("Access-Control-Allow-Origin", "*" if "*" in allowed else origin)
            self.send_header("Vary", "Origin")

    def _send(self, code: int, body: bytes, ctype: str = TEXT, close: bool = False,
              extra: Optional[dict] = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self._cors()
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _fail(self, code: int, message: str, close: bool = False, **kw) -> None:
        self._send(code, (message + "\n").encode("utf-8"), close=close, **kw)

    def _not_allowed(self) -> None:
        self._fail(405, f"method {self.command} is not allowed; use GET or POST /query",
                   close=True, extra={"Allow": "GET, POST, OPTIONS"})

    def _answer(self, query: Optional[str]) -> None:
        refused = check_query(query, self.server.limits)
        if refused:
            self._fail(*refused)
            return
        code, ctype, body = self.server.pool.run(query)
        self._send(code, body, ctype)

    def _params(self, text: str) -> Optional[dict]:
        try:
            return parse_qs(text, errors="strict", max_num_fields=100)
        except UnicodeDecodeError:
            self._fail(400, "the parameters are not valid UTF-8 once percent-decoded")
        except ValueError as err:
            self._fail(400, f"malformed parameters: {err}")
        return None

    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/query":
            self._fail(404, "use /query?query=...")
            return
        params = self._params(url.query)
        if params is not None:
            self._answer(params.get("query", [None])[0])

    do_HEAD = _not_allowed

    def do_OPTIONS(self):
        self._send(204, b"", extra={"Allow": "GET, POST, OPTIONS",
                                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                    "Access-Control-Allow-Headers": "Content-Type"})

    def do_POST(self):
        url = urlparse(self.path)
        limits = self.server.limits
        if self.headers.get("Transfer-Encoding"):
            self._fail(411, "send the body with a Content-Length, not chunked", close=True)
            return
        raw_len = self.headers.get("Content-Length")
        if raw_len is None:
            self._fail(411, "POST needs a Content-Length header", close=True)
            return
        try:
            length = int(raw_len)
            if length < 0 or not raw_len.strip().isdigit():
                raise ValueError
        except ValueError:
            self._fail(400, f"Content-Length {raw_len!r} is not a byte count", close=True)
            return
        if length > limits.max_body:
            self._fail(413, f"the body is {length} bytes; the limit is {limits.max_body}",
                       close=True)
            return
        data = self.rfile.read(length)
        if len(data) < length:
            self.close_connection = True   # the client went away mid-body: nobody to answer
            return
        if url.path != "/query":
            self._fail(404, "use POST /query")
            return
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            self._fail(400, f"the body is not valid UTF-8 (byte {err.start})")
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            self._answer(text)
            return
        params = self._params(text)
        if params is not None:
            self._answer(params.get("query", [None])[0])


def make_server(out: Union[str, Path] = "exports", port: int = 0, host: str = "127.0.0.1",
                limits: Optional[Limits] = None) -> Server:
    """A server over ``<out>/store`` (not yet serving; call ``serve_forever``, and
    ``server_close`` to stop its workers)."""
    limits = limits or Limits()
    if not isinstance(port, int) or not 0 <= port <= 65535:
        raise ServeError(f"--port {port}: a port is a number from 1 to 65535")
    if limits.timeout <= 0:
        raise ServeError(f"--timeout {limits.timeout:g}: give a number of seconds above 0")
    _check_built(Path(out))
    from .sparql import open_store
    del_store = open_store(out)        # fail now, with a message, if the store does not open
    del del_store
    try:
        server = Server((host, port), Handler)
    except OverflowError as err:
        raise ServeError(f"--port {port}: {err}") from err
    server.limits = limits
    server.pool = Pool(out, limits)
    return server
