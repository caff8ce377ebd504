"""Benchmark `kg build`: wall time, throughput and peak memory on the bundled corpus and on a
100x enlarged copy of it. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_build.py [--factor 100] [--repeat 3]

The enlarged corpus repeats every file ``factor`` times with its years shifted per copy
(2023 -> 3000+n …), so that copies are distinct documents and not merged as reprints.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# cold builds: every document extracted, whatever earlier runs left in the user's extraction
# cache (kg.extract.cache); bench_wall.py --cache measures rebuilds that read it back
os.environ.setdefault("KG_NO_CACHE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "langfang"


def enlarge(dest: Path, factor: int) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    total = 0
    for f in sorted(CORPUS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        for n in range(factor):
            t = text.replace("2023", str(3000 + n)).replace("2017", str(4000 + n)).replace(
                "2020", str(5000 + n)).replace("2022", str(6000 + n))
            p = dest / f"{f.stem}_{n:03d}.txt"
            p.write_text(t, encoding="utf-8")
            total += p.stat().st_size
    return total


def run(src: Path, out: Path) -> tuple[float, float, dict]:
    """One cold build in a child process: (seconds, peak RSS MB, report counts)."""
    code = ("import resource,sys,time;from pathlib import Path;t=time.perf_counter();"
            "from kg.pipeline import build_and_write;"
            f"r=build_and_write([Path({str(src)!r})], Path({str(out)!r}));"
            "import json;print(json.dumps({'s':time.perf_counter()-t,"
            "'rss':resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024,'c':r['counts']}))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    d = json.loads(res.stdout.strip().splitlines()[-1])
    return d["s"], d["rss"], d["c"]


def bench(label: str, src: Path, size: int, repeat: int) -> None:
    times, rss, counts = [], [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(repeat):
            s, m, counts = run(src, Path(tmp) / f"o{k}")
            times.append(s)
            rss.append(m)
    med = statistics.median(times)
    print(f"{label}: {size / 1e6:.2f} MB, {counts['documents']} documents "
          f"({counts['copies']} reprints merged), {counts['tasks']} tasks, "
          f"{counts['assignments']} assignments")
    print(f"  build+export median {med:.2f} s over {repeat} (min {min(times):.2f}, max {max(times):.2f})"
          f"  ->  {counts['documents'] / med:.0f} documents/s, {size / 1e6 / med:.2f} MB/s,"
          f" peak RSS {max(rss):.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--factor", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    size = sum(p.stat().st_size for p in CORPUS.glob("*.txt"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    bench("bundled corpus", CORPUS, size, args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big"
        bsize = enlarge(big, args.factor)
        bench(f"{args.factor}x corpus", big, bsize, max(1, args.repeat // 3))


if __name__ == "__main__":
    main()
