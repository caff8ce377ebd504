"""CPU seconds of each step of a build in one process: imports, build (read, split, extract,
enrich, resolve; ``workers=1``) and each writer. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_phases.py [corpus folder, default corpus/langfang]

CPU time (not wall) so that figures taken on a shared machine stay comparable.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

t0 = time.process_time()
from kg.pipeline import BUNDLED_CORPUS, build  # noqa: E402
from kg.write import WRITERS  # noqa: E402


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else BUNDLED_CORPUS
    t1 = time.process_time()
    result = build([src], workers=1, keep_lines=False)
    t2 = time.process_time()
    print(f"imports {t1 - t0:.2f} CPU s\nbuild {t2 - t1:.2f} CPU s")
    out = Path(tempfile.mkdtemp(prefix="kg-phases-"))
    try:
        for writer in WRITERS:
            t = time.process_time()
            writer(result, out)
            print(f"{writer.__name__} {time.process_time() - t:.2f} CPU s")
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
