"""CPU seconds of the phases of ``build(workers=1)`` (the first build in the process, as
``kg build -w 1`` runs it): reading, splitting into documents, outline and assignments, the
enrichment and, inside it, the duty reader; the rest of ``build`` is resolution. Prints
figures; asserts nothing.

    .venv/bin/python benchmarks/bench_extract.py [corpus folder, default corpus/langfang]

The phases are timed by wrapping the functions ``kg.pipeline`` calls (a few hundred calls: the
wrapping costs nothing measurable). CPU time, not wall, so that figures taken on a shared
machine stay comparable.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

t0 = time.process_time()
import kg.extract.enrich as enrich  # noqa: E402
import kg.pipeline as pipeline  # noqa: E402

SPENT: Counter = Counter()


def _timed(module, name: str, label: str) -> None:
    real = getattr(module, name)

    def run(*args, **kwargs):
        t = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            SPENT[label] += time.process_time() - t
    setattr(module, name, run)


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else pipeline.BUNDLED_CORPUS
    _timed(pipeline, "read_source", "read")
    _timed(pipeline, "split_file", "split into documents")
    _timed(pipeline, "extract_document", "outline + assignments")
    _timed(pipeline, "enrich_document", "enrichment")
    _timed(enrich, "read_duties_of_lines", "  of which the duty reader")
    _timed(pipeline, "extract_file", "extraction (all of the above)")
    t1 = time.process_time()
    pipeline.build([src], workers=1, keep_lines=False)
    t2 = time.process_time()
    print(f"imports {t1 - t0:.2f} CPU s\nbuild {t2 - t1:.2f} CPU s")
    for label in ("read", "split into documents", "outline + assignments", "enrichment",
                  "  of which the duty reader", "extraction (all of the above)"):
        print(f"  {label} {SPENT[label]:.2f}")
    print(f"  resolution and the rest {t2 - t1 - SPENT['extraction (all of the above)']:.2f}")


if __name__ == "__main__":
    main()
