"""How `kg build` and the answers on its output grow with the corpus: 1x, 20x, 100x (and 1000x
with --with-1000). Prints a table; asserts nothing.

    .venv/bin/python benchmarks/bench_scale.py [--factors 1,20,100] [--with-1000]
                                               [--workers N] [--engine local|dask] [--repeat 5]

An Nx corpus is N year-shifted copies of every file of corpus/langfang (see bench_build.enlarge;
copies are distinct documents, not merged as reprints), written to a temporary directory and
deleted afterwards. Each build runs as `python -m kg build` in a child process; its peak memory
is sampled from /proc every 20 ms over the whole process tree (the build, its workers and its
forked writers): "peak RSS" is the largest sum seen, "largest process" the largest single one,
"parent" the build's own process (RSS counts pages that forked processes share in each of
them, so the sum overstates); "peak PSS" is the largest sum of the tree's proportional set sizes
(/proc/PID/smaps_rollup, sampled every 100 ms: a shared page counted once over its sharers), what
the tree holds.
Latencies are medians of cold processes (`kg who`, `kg query tasks-of-unit`,
`kg query county-obligations`) beside a bare `python -c pass`: wall time, and CPU time
(user+sys), which is what to compare on a shared machine. Each named query is timed twice,
labelled: its whole answer ("all rows (csv)", every row, what a script reads) and the table's
first page ("page (table)", `kg query`'s default: 50 rows and the total); both run the whole
query and its sort, the page prints less.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# cold builds: every document extracted, whatever earlier runs left in the user's extraction
# cache (kg.extract.cache); bench_wall.py --cache measures rebuilds that read it back
os.environ.setdefault("KG_NO_CACHE", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import CORPUS, enlarge  # noqa: E402
from bench_who import timed_cpu as medians  # noqa: E402  (cold-process medians: wall, CPU)

QUESTION = "老旧管网改造的融资支持谁来做"


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            pass
    return out


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return 0.0


def _pss_mb(pid: int) -> float:
    """The process's proportional set size (pages shared with others counted in part), MB."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except (OSError, ValueError):
        pass
    return 0.0


def measured(cmd: list[str]) -> dict:
    """Run ``cmd``; wall seconds, CPU seconds (its whole tree), peak summed and single RSS, and
    the peak of the tree's summed PSS (what the tree holds, shared pages counted once), sampled
    every fifth time."""
    peak = {"sum": 0.0, "one": 0.0, "parent": 0.0, "pss": 0.0}
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample():
        k = 0
        while not done.is_set():
            tree = _tree(proc.pid)
            sizes = [_rss_mb(p) for p in tree]
            if k % 5 == 0:
                peak["pss"] = max(peak["pss"], sum(_pss_mb(p) for p in tree))
            k += 1
            peak["sum"] = max(peak["sum"], sum(sizes))
            peak["one"] = max(peak["one"], max(sizes, default=0.0))
            peak["parent"] = max(peak["parent"], sizes[0] if sizes else 0.0)
            time.sleep(0.02)
    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, _, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    done.set()
    th.join()
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.returncode = 0
    if "->" not in out:
        raise SystemExit(f"build failed: {' '.join(cmd)}\n{err[-2000:]}")
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "rss_sum": peak["sum"],
            "rss_one": max(peak["one"], ru.ru_maxrss / 1024), "rss_parent": peak["parent"],
            "pss_sum": peak["pss"],
            "summary": out.strip()}


def params(out: Path) -> dict[str, str]:
    """The busiest unit (as written) and a county of the build, read from its units."""
    units = [json.loads(l) for l in (out / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    busiest = max(units, key=lambda u: (u["task_count"], u["unit"]))
    county = next((u for u in units if u["kind"] == "county_gov"), busiest)
    return {"unit": busiest["unit"], "county": county["unit"]}


# the answers timed: (label, query, parameter); each named query twice, labelled: its whole
# answer (csv, every row: what a script reads) and the table's first page (`kg query`'s default
# for a table: the same query and sort, 50 rows printed with the total)
QUERIES = (("tasks-of-unit", "unit"), ("county-obligations", "county"))
LABELS = ("who",) + tuple(f"{q} {kind}" for q, _ in QUERIES for kind in ("all rows (csv)",
                                                                          "page (table)"))


def _answers(py: str, out: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """Cold-process medians (wall, CPU) of `kg who` and the two named queries on ``out``: each
    query's whole answer (csv) and its first page (the table's default)."""
    p = params(out)
    kg = [py, "-m", "kg"]
    got = {"who": medians(kg + ["who", QUESTION, "--out", str(out)], repeat)}
    for q, key in QUERIES:
        base = kg + ["query", q, "--param", f"{key}={p[key]}", "--out", str(out)]
        got[f"{q} all rows (csv)"] = medians(base + ["--format", "csv"], repeat)
        got[f"{q} page (table)"] = medians(base + ["--format", "table"], repeat)
    return got


def _rows(py: str, out: Path) -> str:
    """How many rows the two named queries' whole answers have (and for which parameter)."""
    p = params(out)
    said = []
    for q, key in QUERIES:
        res = subprocess.run([py, "-m", "kg", "query", q, "--param", f"{key}={p[key]}", "--out",
                              str(out), "--format", "csv"], capture_output=True, text=True,
                             check=True)
        # rows, not lines: a task's text may hold a line break (a quoted field)
        n = sum(1 for _ in csv.reader(io.StringIO(res.stdout))) - 1
        said.append(f"{q} {key}={p[key]}: {n} rows")
    return "; ".join(said)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factors", default="1,20,100")
    ap.add_argument("--with-1000", action="store_true", help="also 1000x (~1 GB of text)")
    ap.add_argument("--workers", type=int, default=0, help="default: one per core")
    ap.add_argument("--engine", default="local")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--answers", type=Path, metavar="OUT",
                    help="only time the answers on the existing build OUT (no build)")
    args = ap.parse_args()
    factors = [int(f) for f in args.factors.split(",") if f]
    if args.with_1000 and 1000 not in factors:
        factors.append(1000)
    py = sys.executable
    bare, bare_cpu = medians([py, "-c", "pass"], args.repeat)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}; bare `python -c pass` {bare * 1000:.0f} ms "
          f"({bare_cpu * 1000:.0f} ms CPU)")
    if args.answers:
        print(_rows(py, args.answers))
        for k, (wall, cpu) in _answers(py, args.answers, args.repeat).items():
            print(f"{k:38s} +{(wall - bare) * 1000:.0f} ms wall, +{(cpu - bare_cpu) * 1000:.0f} ms CPU "
                  "above bare python (median of cold processes)")
        return
    rows = []
    for factor in factors:
        with tempfile.TemporaryDirectory(prefix=f"kg-bench-{factor}x-") as tmp:
            if factor == 1:
                src, size = CORPUS, sum(p.stat().st_size for p in CORPUS.glob("*.txt"))
            else:
                src = Path(tmp) / "corpus"
                size = enlarge(src, factor)
            out = Path(tmp) / "out"
            cmd = [py, "-m", "kg", "build", str(src), "--out", str(out), "-q",
                   "--engine", args.engine]
            if args.workers:
                cmd += ["--workers", str(args.workers)]
            b = measured(cmd)
            docs = int(b["summary"].split("documents ")[1].split()[0])
            rows_said = _rows(py, out)
            lat = _answers(py, out, args.repeat)
            row = {"factor": factor, "mb": size / 1e6, "documents": docs, **b,
                   "mb_s": size / 1e6 / b["wall"], "docs_s": docs / b["wall"],
                   **{f"{k}_above_bare": v[0] - bare for k, v in lat.items()},
                   **{f"{k}_cpu_above_bare": v[1] - bare_cpu for k, v in lat.items()}}
            rows.append(row)
            print(f"{factor}x: {b['summary']}; CPU {b['cpu']:.1f} s; peak RSS MB sum {b['rss_sum']:.0f}, largest {b['rss_one']:.0f}, parent {b['rss_parent']:.0f}; peak PSS MB summed {b['pss_sum']:.0f}; {rows_said}", flush=True)
    print()
    print("| corpus | MB | documents | wall s | CPU s | MB/s | docs/s | peak RSS MB (sum / largest "
          "process / parent) | peak PSS MB (summed) | " + " | ".join(LABELS) + " |")
    print("|---|---|---|---|---|---|---|---|---|" + "---|" * len(LABELS))
    for r in rows:
        print(f"| {r['factor']}x | {r['mb']:.1f} | {r['documents']} | {r['wall']:.1f} | "
              f"{r['cpu']:.1f} | {r['mb_s']:.2f} | {r['docs_s']:.0f} | "
              f"{r['rss_sum']:.0f} / {r['rss_one']:.0f} / {r['rss_parent']:.0f} | {r['pss_sum']:.0f} | "
              + " | ".join(f"+{r[k + '_above_bare'] * 1000:.0f} / +{r[k + '_cpu_above_bare'] * 1000:.0f} ms"
                           for k in LABELS) + " |")
    print("(answers: median cold-process wall / CPU time above a bare `python -c pass`)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
