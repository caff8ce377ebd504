"""CPU seconds of each step of a build in one process: imports, build (read, split, extract,
enrich, resolve; ``workers=1``) and each writer. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_phases.py [corpus folder, default corpus/langfang]
    .venv/bin/python benchmarks/bench_phases.py --factor 20     # the bundled corpus, 20 copies

CPU time (not wall) so that figures taken on a shared machine stay comparable. Each step's
figure is this process's CPU (every thread) plus that of the child processes it waited for:
past a store of kg.write.answers.FRESH_PROCESS_STORE_MB the stored answers are written by a
fresh interpreter, whose CPU this process's own clock does not see (the 20x build's
``write_answers`` read 0.00 CPU s without it: docs/SCALE.md, forty-second round). The RDF
serialisations run here (only ``kg build`` leaves a large graph's to a fresh process). ``--factor N`` builds the bundled corpus enlarged
N times as ``bench_build.py`` enlarges it (year-shifted copies, distinct documents), so a
phase's growth with the corpus is read by comparing its figures at 1x, 5x and 20x.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

# cold builds: every document extracted (kg.extract.cache is not read)
os.environ.setdefault("KG_NO_CACHE", "1")


def cpu_seconds() -> tuple[float, float]:
    """(this process's CPU seconds, every thread; its waited-for children's CPU seconds)."""
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), c.ru_utime + c.ru_stime


def timed(fn):
    """``fn()``'s result and its (own, children's, wall) seconds."""
    own0, kids0 = cpu_seconds()
    w = time.perf_counter()
    got = fn()
    own1, kids1 = cpu_seconds()
    return got, (own1 - own0, kids1 - kids0, time.perf_counter() - w)


def line(name: str, own: float, kids: float, wall: float) -> str:
    return (f"{name} {own + kids:.2f} CPU s (here {own:.2f}, children {kids:.2f}), "
            f"{wall:.2f} s wall")


t0 = cpu_seconds()[0]
from kg.pipeline import BUNDLED_CORPUS, build  # noqa: E402
from kg.write import WRITERS  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=None)
    ap.add_argument("--factor", type=int, default=0,
                    help="build the bundled corpus enlarged this many times instead")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-phases-"))
    try:
        src = args.corpus or BUNDLED_CORPUS
        if args.factor:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from bench_build import enlarge
            src = tmp / "corpus"
            enlarge(src, args.factor)
        t1 = cpu_seconds()[0]
        print(f"imports {t1 - t0:.2f} CPU s")
        result, (own, kids, wall) = timed(lambda: build([src], workers=1, keep_lines=False))
        print(line("build", own, kids, wall))
        out = tmp / "out"
        for writer in WRITERS:
            _, (own, kids, wall) = timed(lambda: writer(result, out))
            print(line(writer.__name__, own, kids, wall))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
