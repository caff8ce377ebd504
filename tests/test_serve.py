"""`kg serve`: a read-only SPARQL endpoint answering over HTTP."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.graph.serve import make_server
from kg.graph.store import run_query

Q = """PREFIX kg: <https://w3id.org/zrtp/kg#>
SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Assignment }"""


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


def test_get_and_post(server, sample_out):
    expected = run_query(
        __import__("pathlib").Path(__file__).parent.parent / "ontology/queries/workload.rq",
        {}, sample_out)
    n_assign = len(__import__("rdflib").Graph().parse(sample_out / "graph.nt", format="nt")
                   .query(Q).bindings)
    assert n_assign == 1
    data = _json(f"{server}/query?" + urllib.parse.urlencode({"query": Q}))
    n = int(data["results"]["bindings"][0]["n"]["value"])
    assert n > 0
    body = urllib.parse.urlencode({"query": Q}).encode()
    data2 = _json(urllib.request.Request(f"{server}/query", data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded"}))
    assert data2 == data
    data3 = _json(urllib.request.Request(f"{server}/query", data=Q.encode(), headers={
        "Content-Type": "application/sparql-query"}))
    assert data3 == data
    assert expected[1]


def test_bad_query_and_update_refused(server):
    for q in ("SELECT * WHERE { ?s ?p }", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"{server}/query?" + urllib.parse.urlencode({"query": q}),
                                   timeout=10)
        assert err.value.code == 400
