"""Instructions of the cold answers on a build (`kg who`, `kg query tasks-of-unit`,
`kg query county-obligations`) beside a bare `python -c pass`, counted by valgrind's callgrind:
the figure that a loaded machine does not move (CPU seconds of a cold process moved by ±30 %
at load 10-17 on the shared 2-core machine). Each command runs once (the count repeats to
~0.01 %); valgrind makes it ~50x slower. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_instructions.py --out OUT [--keep DIR]

The unit and county are the ones `bench_scale.py` picks (the busiest unit; a county). Compile
the tree first (`python -m compileall kg`) when PYTHONDONTWRITEBYTECODE is set: a module
compiled from source on every run costs instructions the answer does not. `--keep DIR` keeps
the callgrind files (`callgrind_annotate --inclusive=yes FILE` shows where they went).
To count another tree, run the script from that tree's folder with it on PYTHONPATH:
`python -m kg` puts the current folder first on the path, whatever PYTHONPATH says.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import QUESTION, params  # noqa: E402


def instructions(cmd: list[str], dump: Path) -> int:
    """Instructions of one run of ``cmd`` under callgrind (its output discarded)."""
    res = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={dump}", *cmd],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"Collected : (\d+)", res.stderr)
    if res.returncode or not m:
        sys.exit(f"{' '.join(cmd)}: failed under valgrind (exit {res.returncode})\n{res.stderr[-2000:]}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="a build (kg build --out OUT)")
    ap.add_argument("--keep", type=Path, help="keep the callgrind files here")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed")
    py = sys.executable
    p = params(args.out)
    kg = [py, "-m", "kg"]
    commands = {
        "bare python": [py, "-c", "pass"],
        "kg who": kg + ["who", QUESTION, "--out", str(args.out)],
        "tasks-of-unit": kg + ["query", "tasks-of-unit", "--param", f"unit={p['unit']}",
                               "--out", str(args.out), "--format", "csv"],
        "county-obligations": kg + ["query", "county-obligations", "--param",
                                    f"county={p['county']}", "--out", str(args.out),
                                    "--format", "csv"],
    }
    with tempfile.TemporaryDirectory(prefix="kg-instr-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        bare = None
        for name, cmd in commands.items():
            n = instructions(cmd, folder / f"callgrind.{name.replace(' ', '-')}")
            bare = n if bare is None else bare
            above = "" if n == bare else f"  ({(n - bare) / 1e6:,.0f} M above bare python)"
            print(f"{name:20s} {n / 1e6:,.0f} M instructions{above}", flush=True)


if __name__ == "__main__":
    main()
