"""The timeline of one ``kg build``: when each process (the parent, each extraction worker,
each forked writer) starts and ends each phase, with its CPU seconds so far. Prints the
timeline and a summary of the critical path; asserts nothing, writes nothing but the build
and its own stamps (in a temporary folder, outside the exports).

    .venv/bin/python benchmarks/bench_timeline.py [CORPUS] [-w 2] [--docs] [--tree DIR]

The build runs in this process, as ``python -m kg build CORPUS --out TMP -q -w N``, with the
pipeline's stages wrapped in ``time.perf_counter`` stamps (imports, the lexicon, each file
or file part a worker extracts and its reading, splitting and documents, each file's output
taken by the parent, resolution, each writer in the parent or its forked child, the exit).
Forked processes inherit the wrapped functions, so their stamps are taken too. ``--tree DIR``
traces another checkout of kg (e.g. a ``git archive`` copy): its code is imported instead
of this one's. Times are wall seconds from the start of this script; ``cpu`` is the
process's CPU seconds (every thread) at the end of the phase.
"""
from __future__ import annotations

import os
import sys
import time

# cold builds: every document extracted, whatever earlier runs left in the user's extraction
# cache (kg.extract.cache); bench_wall.py --cache measures rebuilds that read it back
os.environ.setdefault("KG_NO_CACHE", "1")

T0 = time.perf_counter()

import argparse  # noqa: E402
import functools  # noqa: E402
import glob  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STAMPS = ""


def stamp(name: str, start: float, end: float) -> None:
    """One line per phase in this process's file: pid, phase, start, end, CPU so far."""
    fd = os.open(os.path.join(STAMPS, f"{os.getpid()}.log"),
                 os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        os.write(fd, f"{os.getpid()}\t{name}\t{start:.4f}\t{end:.4f}\t"
                     f"{time.process_time():.3f}\n".encode())
    finally:
        os.close(fd)


def wrap(mod, attr: str, label=None):
    """Replace ``mod.attr`` by the same function with a stamp; ``label(args, kwargs)`` names
    the phase. functools.wraps keeps its name, so it is pickled by reference as before."""
    f = getattr(mod, attr)

    @functools.wraps(f)
    def stamped(*a, **k):
        s = time.perf_counter()
        try:
            return f(*a, **k)
        finally:
            stamp(label(a, k) if callable(label) else (label or attr), s, time.perf_counter())
    setattr(mod, attr, stamped)
    return stamped


def trace(argv: list[str]) -> None:
    s = time.perf_counter()
    import kg.cli
    stamp("import kg.cli", s, time.perf_counter())
    s = time.perf_counter()
    import kg.pipeline as P
    stamp("import kg.pipeline", s, time.perf_counter())
    import kg.write as W
    wrap(P, "load_lexicon")
    wrap(P, "_resolver")
    wrap(P, "_resolve", "resolve")
    wrap(P, "extract_doc", lambda a, k: f"  doc {a[0].doc_id[:14]} ({len(a[0].lines)} lines)")
    wrap(P, "extract_file", lambda a, k: f"file {os.path.basename(a[0])[:24]} part "
         f"{k.get('part', 0)}/{k.get('parts', 1)}"
         + (f" only {k['only']}" if k.get("only") is not None else ""))
    wrap(P, "split_file", "  split")
    wrap(P, "read_source", "  read")
    stamped = []
    for fn in W.WRITERS:
        w = wrap(W, fn.__name__)
        w.fork_safe = getattr(fn, "fork_safe", False)
        stamped.append(w)
    W.write.__defaults__ = (tuple(stamped),) + W.write.__defaults__[1:]
    wrap(W, "replace_build", "writers (build folder)")
    wrap(W, "release_memory", "  release memory")
    wrap(W, "_write_forked", "  writers, forked and here")
    run_local = P._run_local

    def taken(*a, **k):
        s = time.perf_counter()
        for fo in run_local(*a, **k):
            stamp(f"taken {fo.name}", s, time.perf_counter())
            yield fo
            s = time.perf_counter()
    P._run_local = taken

    def stamped_exit():     # where `kg build` ends its process (here: shown first)
        stamp("exit", time.perf_counter(), time.perf_counter())
    kg.cli._exit_now = stamped_exit
    sys.argv = ["kg"] + argv
    try:
        kg.cli.main()
    except SystemExit as done:
        if done.code:
            raise


def show(folder: str, docs: bool) -> None:
    rows = []
    for f in glob.glob(os.path.join(folder, "*.log")):
        with open(f) as fh:
            for line in fh:
                pid, name, a, b, cpu = line.rstrip("\n").split("\t")
                rows.append((float(a), float(b), int(pid), name, float(cpu)))
    rows.sort()
    names: dict[int, str] = {}
    for a, b, pid, name, cpu in rows:
        if pid not in names:
            names[pid] = "parent" if not names else (
                "writer" if name.startswith("write_") else "worker") + f" {len(names)}"
    print(f"{'process':9} {'start':>7} {'end':>7} {'wall':>6} {'cpu':>6}  phase")
    for a, b, pid, name, cpu in rows:
        if name.startswith("  doc") and not docs:
            continue
        print(f"{names[pid]:9} {a - T0:7.3f} {b - T0:7.3f} {b - a:6.3f} {cpu:6.2f}  {name}")
    print("\nper process: first and last stamp, CPU seconds (every thread) at the last")
    for pid, who in names.items():
        mine = [r for r in rows if r[2] == pid]
        print(f"  {who:9} {min(r[0] for r in mine) - T0:7.3f} → {max(r[1] for r in mine) - T0:7.3f}"
              f"  {max(r[4] for r in mine):6.2f} CPU s")


def main() -> None:
    global STAMPS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT / "corpus" / "langfang")
    ap.add_argument("--workers", "-w", type=int, default=2)
    ap.add_argument("--docs", action="store_true", help="a line per document extracted")
    ap.add_argument("--tree", type=Path, default=ROOT, help="the checkout of kg to trace")
    args = ap.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    STAMPS = tempfile.mkdtemp(prefix="kg-timeline-")
    out = Path(STAMPS) / "exports"
    stamp("start", T0, T0)
    try:
        pid = os.getpid()
        try:
            trace(["build", str(args.corpus.resolve()), "--out", str(out), "-q",
                   "-w", str(args.workers)])
        finally:
            if os.getpid() == pid:
                stamp("end", time.perf_counter(), time.perf_counter())
        show(STAMPS, args.docs)
    finally:
        shutil.rmtree(STAMPS, ignore_errors=True)


if __name__ == "__main__":
    main()
