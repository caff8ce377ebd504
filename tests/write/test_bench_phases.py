"""benchmarks/bench_phases.py counts the CPU of the child processes a phase waits for: a large
build's stored answers are written by a fresh interpreter (kg.write.answers), which the
parent's own CPU clock does not see."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_phases.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_phases", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_phase_counts_its_childs_cpu():
    bench = _bench()
    code = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass"
    got, (own, kids, wall) = bench.timed(
        lambda: subprocess.run([sys.executable, "-c", code], check=True).returncode)
    assert got == 0
    assert kids >= 0.25          # the child's busy loop, which the parent's clock misses
    assert own < kids
    assert wall >= 0.25
    assert "children" in bench.line("write_answers", own, kids, wall)
