"""`kg serve`: a read-only SPARQL endpoint answering over HTTP."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib

from kg.read.serve import make_server

ROOT = Path(__file__).resolve().parents[2]
Q = """PREFIX kg: <https://w3id.org/zrtp/kg#>
SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Assignment }"""


def _expected_count(out: Path) -> int:
    g = rdflib.Graph().parse(out / "graph.nt", format="nt")
    return int(next(iter(g.query(Q)))[0])


@pytest.fixture()
def server(sample_out):
    srv = make_server(sample_out, 0)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()
    t.join(5)


def _json(req) -> dict:
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert resp.headers["Content-Type"].startswith("application/sparql-results+json")
        return json.loads(resp.read().decode("utf-8"))


def _count(data: dict) -> int:
    return int(data["results"]["bindings"][0]["n"]["value"])


def test_get_and_post(server, sample_out):
    expected = _expected_count(sample_out)
    assert expected > 0
    data = _json(f"{server}/query?" + urllib.parse.urlencode({"query": Q}))
    assert _count(data) == expected
    body = urllib.parse.urlencode({"query": Q}).encode()
    form = _json(urllib.request.Request(f"{server}/query", data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded"}))
    direct = _json(urllib.request.Request(f"{server}/query", data=Q.encode(), headers={
        "Content-Type": "application/sparql-query"}))
    assert form == direct == data


def test_bad_query_and_update_refused(server):
    for q in ("SELECT * WHERE { ?s ?p }", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"{server}/query?" + urllib.parse.urlencode({"query": q}),
                                   timeout=10)
        assert err.value.code == 400


def test_cli_serve_on_a_free_port(sample_out):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--out", str(sample_out),
                             "--port", str(port)], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": Q})
        deadline = time.time() + 20
        while True:
            try:
                data = _json(url)
                break
            except (urllib.error.URLError, ConnectionError):
                if time.time() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert _count(data) == _expected_count(sample_out)
    finally:
        proc.terminate()
        proc.wait(10)


def test_cli_serve_without_build(tmp_path):
    from typer.testing import CliRunner
    from kg.cli import app
    res = CliRunner().invoke(app, ["serve", "--out", str(tmp_path / "none")])
    assert res.exit_code == 1 and "kg build" in res.output
