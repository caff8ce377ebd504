"""The RDF writer alone on a built result: CPU seconds (the process's, every thread) and wall
seconds of ``write_rdf`` and of the store's loads in it (``build_store``), and the CPU of making
the store's blocks (sorting the statements and writing their text: the thread that runs
``Statements.load_blocks``). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_rdf_writer.py [CORPUS] [--repeat N]

The corpus is built first with the extraction cache (``kg build``'s default: a second run reads
every document back), so the figures are the writer's. With one process the writer is the
critical path of a large build's writers (docs/SCALE.md, thirty-eighth round): the blocks are
made by a thread of their own while pyoxigraph loads the one before (``kg.write.store.made_ahead``),
so the wall time can fall below the CPU time when a core is free.
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from kg.extract.cache import default_folder
from kg.pipeline import BUNDLED_CORPUS, build
from kg.write import rdf, store
from kg.write.memory import frozen_heap


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(BUNDLED_CORPUS))
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    result = build([Path(args.corpus)], workers=1, cache=default_folder())
    made = [0.0]
    load_blocks = rdf.Statements.load_blocks

    def timed_blocks(self, *a, **k):
        gen = load_blocks(self, *a, **k)
        while True:
            t = time.thread_time()
            try:
                block = next(gen)
            except StopIteration:
                made[0] += time.thread_time() - t
                return
            made[0] += time.thread_time() - t
            yield block
    rdf.Statements.load_blocks = timed_blocks
    build_store = store.build_store
    loads: dict[str, float] = {}

    def timed_store(blocks, out, *more):
        c, w = time.process_time(), time.perf_counter()
        got = build_store(blocks, out, *more)
        loads["cpu"], loads["wall"] = time.process_time() - c, time.perf_counter() - w
        return got
    store.build_store = timed_store
    for _ in range(args.repeat):
        out = Path(tempfile.mkdtemp(prefix="kg-rdf-bench-"))
        made[0] = 0.0
        try:
            with frozen_heap():
                c, w = time.process_time(), time.perf_counter()
                store.write_rdf(result, out)
                cpu, wall = time.process_time() - c, time.perf_counter() - w
        finally:
            shutil.rmtree(out, ignore_errors=True)
        print(f"write_rdf {cpu:.2f} CPU s {wall:.2f} s wall; build_store {loads['cpu']:.2f} CPU s "
              f"{loads['wall']:.2f} s wall, making its blocks {made[0]:.2f} CPU s; "
              f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
