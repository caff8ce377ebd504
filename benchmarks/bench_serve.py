"""Benchmark `kg serve` under a runaway query (issue 14): while one client's query runs until
its timeout, how long does a cheap query of another client take, and how soon after the
timeout is the runaway stopped? Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_serve.py [--out exports] [--timeout 2] [--repeat 5]
"""
from __future__ import annotations

import argparse
import statistics
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.read.serve import Limits, make_server

CHEAP = """PREFIX kg: <https://w3id.org/zrtp/kg#>
SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Assignment }"""
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def ask(url: str, query: str) -> tuple[int, float]:
    started = time.monotonic()
    req = urllib.request.Request(url, data=query.encode("utf-8"),
                                 headers={"Content-Type": "application/sparql-query"})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            resp.read()
            return resp.status, time.monotonic() - started
    except urllib.error.HTTPError as err:
        return err.code, time.monotonic() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="exports")
    ap.add_argument("--timeout", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if not (Path(args.out) / "store").exists():
        raise SystemExit(f"{args.out}: no build here; run `make build` first")
    srv = make_server(Path(args.out), 0, limits=Limits(timeout=args.timeout, workers=2))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/query"
    cheap, stopped = [], []
    try:
        ask(url, CHEAP)                                   # warm the workers
        for _ in range(args.repeat):
            slow: dict = {}
            t = threading.Thread(target=lambda: slow.setdefault("r", ask(url, RUNAWAY)))
            t.start()
            time.sleep(0.3)
            code, took = ask(url, CHEAP)
            cheap.append(took if code == 200 else float("nan"))
            t.join()
            code, took = slow["r"]
            stopped.append(took if code == 503 else float("nan"))
    finally:
        srv.shutdown()
        srv.server_close()
    print(f"cheap query during a runaway one: median {statistics.median(cheap):.3f} s, "
          f"max {max(cheap):.3f} s (issue 14 target: < 1 s)")
    print(f"runaway query stopped after: median {statistics.median(stopped):.3f} s "
          f"(timeout {args.timeout} s)")


if __name__ == "__main__":
    main()
