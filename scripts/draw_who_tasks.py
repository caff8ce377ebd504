"""Draw tasks at random from kg builds to write unseen `kg who` questions about.

    python scripts/draw_who_tasks.py SEED N OUT_DIR:NAME [OUT_DIR:NAME ...] [--skip FILE.jsonl ...]
                                     [--files LIST.txt]

The pool is every task with stated units of the builds, ordered by (build name, task id);
``random.Random(SEED).sample(pool, N)`` picks N of them (a larger N keeps the smaller one's draws
as its prefix). ``--skip`` leaves out the task ids of earlier draws (a ``task_id`` per line).
``--files`` keeps only the tasks of the source files named in LIST.txt (one file name a line, as
``source.file`` writes it: the never- or least-asked files of a round).
One JSON line a task: build, task id, file, line, document title, text and units."""
import json
import random
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    seed, n, rest = int(argv[0]), int(argv[1]), argv[2:]
    only = None
    if "--files" in rest:
        i = rest.index("--files")
        only = {l.strip() for l in Path(rest[i + 1]).read_text(encoding="utf-8").splitlines() if l.strip()}
        rest = rest[:i] + rest[i + 2:]
    skip_files = rest[rest.index("--skip") + 1:] if "--skip" in rest else []
    builds = rest[:rest.index("--skip")] if "--skip" in rest else rest
    skip = {json.loads(line)["task_id"] for f in skip_files
            for line in Path(f).read_text(encoding="utf-8").splitlines() if line.strip()}
    pool = []
    for spec in builds:
        out, name = spec.rsplit(":", 1)
        rows = lambda f: [json.loads(l) for l in (Path(out) / f).read_text(encoding="utf-8").splitlines() if l.strip()]
        docs = {d["doc_id"]: d for d in rows("documents.jsonl")}
        pool += [(name, t, docs[t["doc_id"]]) for t in rows("tasks.jsonl") if t["units"]]
    pool.sort(key=lambda x: (x[0], x[1]["task_id"]))
    pool = [p for p in pool if p[1]["task_id"] not in skip
            and (only is None or p[1]["source"]["file"] in only)]
    for name, t, d in random.Random(seed).sample(pool, n):
        print(json.dumps({"build": name, "task_id": t["task_id"], "file": t["source"]["file"],
                          "line": t["source"]["first_line"], "title": d.get("title"), "text": t["text"],
                          "units": [(u["unit"], u["role"]) for u in t["units"]]}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
