"""Benchmark `kg who` as a person runs it: a cold process each time, median of several runs,
beside `python -c "import kg"` and a bare `python -c pass`. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_who.py [--out exports] [--repeat 7]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def timed(cmd: list[str], repeat: int) -> float:
    return timed_cpu(cmd, repeat)[0]


def timed_cpu(cmd: list[str], repeat: int) -> tuple[float, float]:
    """Medians of ``repeat`` cold runs of ``cmd``: wall seconds, and CPU seconds (user+sys of
    the child, from ``getrusage``), the figure that stays comparable on a shared machine."""
    import resource
    times, cpu = [], []
    for _ in range(repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return statistics.median(times), statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="exports")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    if not (Path(args.out) / "search" / "index.sqlite").exists():
        sys.exit(f"{args.out}: no build; run `kg build --out {args.out}` first")
    py = sys.executable
    bare = timed([py, "-c", "pass"], args.repeat)
    imp = timed([py, "-c", "import kg"], args.repeat)
    who = timed([py, "-m", "kg", "who", "老旧管网改造的融资支持谁来做", "--out", args.out], args.repeat)
    print(f"python -c pass        {bare * 1000:7.0f} ms")
    print(f"python -c 'import kg' {imp * 1000:7.0f} ms")
    print(f"kg who (cold process) {who * 1000:7.0f} ms   ({(who - bare) * 1000:.0f} ms above bare python)")


if __name__ == "__main__":
    main()
