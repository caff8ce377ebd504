"""Whole `kg build` runs of one corpus: wall seconds and CPU seconds (user + sys of the build
and every process it started: workers, forked writers, the store's threads), with the load
average beside each run. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_wall.py [CORPUS] [--workers 2] [--repeat 5]
                                             [--against DIR] [--cache]

``--against DIR`` alternates each run with the same build from another checkout of kg (e.g.
``git archive <commit> | tar -x -C DIR``), run as ``python -m kg`` from DIR so that it imports
DIR's code: before/after figures taken under the same load, which is what a shared machine
allows. Medians are printed at the end.

Builds are cold (``KG_NO_CACHE=1``: every document extracted). ``--cache`` times rebuilds
instead, which read every document back from the extraction cache (kg.extract.cache). Either
way each tree gets a cache folder of its own (a temporary ``XDG_CACHE_HOME``), filled by one
untimed build before the timed runs: kg's compiled patterns and jieba's dictionary are kept
there too, and a cache shared with other checkouts (another session's work tree editing the
patterns) would be rewritten between runs, a cost of ±0.4 CPU s that is not the code's.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cwd: Path, corpus: Path, workers: int, out: Path, cache: Path,
        extract_cache: bool = False) -> tuple[float, float]:
    """(wall, CPU) seconds of one ``python -m kg build`` from ``cwd``, with its cache folder
    ``cache`` (the extraction cache read only with ``extract_cache``)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    if extract_cache:
        env.pop("KG_NO_CACHE", None)
    else:
        env["KG_NO_CACHE"] = "1"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "-q",
                    "-w", str(workers)], cwd=cwd, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT / "corpus" / "langfang")
    ap.add_argument("--workers", "-w", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--against", type=Path, help="another checkout of kg, run alternately")
    ap.add_argument("--cache", action="store_true",
                    help="time rebuilds that read the extraction cache (filled by one build first)")
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    trees = [("this", ROOT)] + ([("against", args.against.resolve())] if args.against else [])
    for name, cwd in trees:
        # with PYTHONDONTWRITEBYTECODE set and no compiled modules, every run compiles kg's
        # sources (~0.15 CPU s at load ~3, ~0.5 under cProfile): an installed kg does not
        if os.environ.get("PYTHONDONTWRITEBYTECODE") and not (cwd / "kg" / "__pycache__").is_dir():
            print(f"note: {cwd / 'kg'} has no compiled modules and PYTHONDONTWRITEBYTECODE is set: "
                  f"each run compiles them; `python -m compileall -q {cwd / 'kg'}` first "
                  "(without that variable) to compare installed-like runs", flush=True)
    figures: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in trees}
    tmp = Path(tempfile.mkdtemp(prefix="kg-wall-"))
    caches = {name: tmp / f"cache-{name}" for name, _ in trees}
    try:
        for name, cwd in trees:     # fills each tree's cache folder (patterns, jieba): not timed
            run(cwd, corpus, args.workers, tmp / name, caches[name], args.cache)
        for k in range(args.repeat):
            for name, cwd in (trees if k % 2 == 0 else trees[::-1]):
                wall, cpu = run(cwd, corpus, args.workers, tmp / name, caches[name], args.cache)
                figures[name].append((wall, cpu))
                print(f"{name:8} run {k + 1}: {wall:6.2f} s wall {cpu:6.2f} CPU s  "
                      f"(load {os.getloadavg()[0]:.1f})", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name, got in figures.items():
        print(f"{name:8} median {statistics.median(w for w, _ in got):6.2f} s wall "
              f"{statistics.median(c for _, c in got):6.2f} CPU s "
              f"(CPU min {min(c for _, c in got):.2f}, max {max(c for _, c in got):.2f})")


if __name__ == "__main__":
    main()
