"""Benchmark `kg view`: node/edge counts, HTML size, render time and time to interactive.

Time to interactive is measured in headless Chromium, from navigation start to the page's
ready flag (set on vis-network's ``stabilizationIterationsDone``, when physics is switched
off). Views: the full-corpus overview, one unit's view, and the overview and expanded
documents of a 10x graph made by duplicating the exports with renamed ids.

    python benchmarks/bench_viewer.py [--out exports] [--scale 10] [--unit 市住房和城乡建设局]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.view.viewer import render_html  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def ensure_build(out: Path) -> Path:
    if not (out / "assignments.jsonl").is_file():
        from kg.write import write_jsonl
        from kg.pipeline import BUNDLED_CORPUS, build
        write_jsonl(build([BUNDLED_CORPUS]), out)
    return out


def enlarge(src: Path, dest: Path, k: int) -> Path:
    """``k`` renamed copies of every document, task, unit and assignment."""
    dest.mkdir(parents=True, exist_ok=True)

    def rid(x, i):
        return x if x is None or i == 0 else f"{x}~{i}"

    def rname(x, i):
        return x if x is None or i == 0 else f"{x}·{i}"
    rows = {n: [json.loads(l) for l in (src / n).open(encoding="utf-8") if l.strip()]
            for n in ("documents.jsonl", "tasks.jsonl", "units.jsonl", "assignments.jsonl")}
    out = {n: [] for n in rows}
    for i in range(k):
        for d in rows["documents.jsonl"]:
            out["documents.jsonl"].append({**d, "doc_id": rid(d["doc_id"], i),
                                           "title": rname(d["title"], i),
                                           "number": rname(d["number"], i)})
        for t in rows["tasks.jsonl"]:
            out["tasks.jsonl"].append({**t, "task_id": rid(t["task_id"], i),
                                       "doc_id": rid(t["doc_id"], i),
                                       "parent_id": rid(t["parent_id"], i)})
        for u in rows["units.jsonl"]:
            out["units.jsonl"].append({**u, "unit_id": rid(u["unit_id"], i),
                                       "unit": rname(u["unit"], i),
                                       "members": [{"unit_id": rid(m["unit_id"], i),
                                                    "unit": rname(m["unit"], i)}
                                                   for m in u["members"]]})
        for a in rows["assignments.jsonl"]:
            out["assignments.jsonl"].append({**a, "task_id": rid(a["task_id"], i),
                                             "doc_id": rid(a["doc_id"], i),
                                             "unit_id": rid(a["unit_id"], i),
                                             "unit": rname(a["unit"], i)})
    for n, rs in out.items():
        with (dest / n).open("w", encoding="utf-8") as fh:
            for r in rs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return dest


def time_to_interactive(browser, page_path: Path, expand_all: bool = False) -> dict:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_path.resolve().as_uri())
    page.wait_for_selector('body[data-ready="1"]', state="attached", timeout=300000)
    res = page.evaluate("() => ({ready: kgView.readyMs, nodes: kgView.nodes.length,"
                        " edges: kgView.edges.length})")
    if expand_all:
        # one click on the biggest document, then every document expanded
        res["expand_one_ms"] = page.evaluate(
            "() => { const docs = JSON.parse(document.getElementById('kg-data').textContent).docs;"
            " const big = Object.keys(docs).sort((a, b) => docs[b].tasks.length - docs[a].tasks.length)[0];"
            " const t = performance.now(); kgView.expand(big); return performance.now() - t; }")
        res["expand_ms"] = page.evaluate(
            "() => { const t = performance.now();"
            " Object.keys(JSON.parse(document.getElementById('kg-data').textContent).docs)"
            ".forEach(d => kgView.expand(d)); return performance.now() - t; }")
        res["expanded_nodes"] = page.evaluate("() => kgView.nodes.length")
    res["errors"] = errors
    page.close()
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="exports of `kg build` (default: build the corpus)")
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--unit", default="市住房和城乡建设局")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-viewer-"))
    try:
        out = ensure_build(args.out or tmp / "exports")
        big = enlarge(out, tmp / f"x{args.scale}", args.scale)
        cases = [("overview (corpus)", out, {}, False),
                 (f"unit {args.unit}", out, {"unit": args.unit}, False),
                 (f"overview ({args.scale}x)", big, {}, False),
                 (f"overview ({args.scale}x), then expand", big, {}, True)]
        browser = pw = None
        if not args.no_browser:
            from playwright.sync_api import sync_playwright
            pw = sync_playwright().start()
            browser = pw.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                         args=CHROMIUM_ARGS)
        print(f"{'view':44} {'nodes':>6} {'edges':>6} {'HTML KiB':>9} {'render s':>9} {'TTI ms':>8}")
        for name, src, kw, expand in cases:
            dest = tmp / "page.html"
            t0 = time.perf_counter()
            stats = render_html(src, dest, **kw)
            render_s = time.perf_counter() - t0
            tti = ""
            extra = ""
            if browser:
                r = time_to_interactive(browser, dest, expand)
                tti = f"{r['ready']:.0f}"
                if expand:
                    extra = (f"  (expand biggest document: {r['expand_one_ms']:.0f} ms; expand all: "
                             f"+{r['expanded_nodes'] - r['nodes']} task nodes in {r['expand_ms']:.0f} ms)")
                if r["errors"]:
                    extra += f"  errors: {r['errors'][:2]}"
            print(f"{name:44} {stats.nodes:6d} {stats.edges:6d} {stats.bytes / 1024:9.0f} "
                  f"{render_s:9.2f} {tti:>8}{extra}")
        if browser:
            browser.close()
            pw.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
