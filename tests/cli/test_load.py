"""`kg load`: the built graph pushed to a live `oxigraph serve` (Graph Store Protocol), started
here on a free loopback port."""
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app


def _oxigraph() -> str:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).is_file():
        pytest.skip("the `oxigraph` server binary is not installed (pip install oxigraph, "
                    "part of the dev extra: pip install -e '.[dev]')")
    return exe


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    exe = _oxigraph()
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path_factory.mktemp("oxi")),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode()[-500:]}")
            time.sleep(0.1)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def _select(url: str, query: str) -> list[dict]:
    req = urllib.request.Request(f"{url}/query?{urllib.parse.urlencode({'query': query})}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.loads(res.read())["results"]["bindings"]


def _graph_sizes(url: str) -> dict[str, int]:
    rows = _select(url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def test_load_puts_one_graph_per_document_and_replaces_on_reload(server, sample_out,
                                                                 sample_result):
    from kg.read.sparql import open_store
    store = open_store(sample_out)
    local = {g.value: sum(1 for _ in store.quads_for_pattern(None, None, None, g))
             for g in store.named_graphs()}
    runner = CliRunner()
    for _ in range(2):          # the second load replaces every graph: nothing doubles
        res = runner.invoke(app, ["load", "--out", str(sample_out), "--endpoint", f"{server}/store"])
        assert res.exit_code == 0, res.output
        assert f"loaded {len(sample_result.documents)} document graphs" in res.output
        assert _graph_sizes(server) == local
    # the default graph holds the units: a unit's label is there, as in the local store
    rows = _select(server, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                           "SELECT (COUNT(*) AS ?n) WHERE { ?u skos:prefLabel ?l }")
    assert int(rows[0]["n"]["value"]) > 0


def test_load_errors_are_messages(tmp_path, sample_out):
    runner = CliRunner()
    res = runner.invoke(app, ["load", "--out", str(tmp_path), "--endpoint", "http://127.0.0.1:1/store"])
    assert res.exit_code == 1 and "kg build" in res.output
    port = _free_port()         # nothing listens there
    res = runner.invoke(app, ["load", "--out", str(sample_out),
                              "--endpoint", f"http://127.0.0.1:{port}/store"])
    assert res.exit_code == 1 and "cannot reach the server" in res.output
    res = runner.invoke(app, ["load", "--out", str(sample_out), "--endpoint", "store"])
    assert res.exit_code == 1 and "expected an http(s) URL" in res.output
