"""The collected set (``tests/govs/collected``: real pages of many governments) read when a
copy writes it otherwise, file by file: tables written one cell a line, with tabs or as
Markdown rows, or the whole text in traditional script. Each variant is built once and
every file scored on the set's answers (rewritten as the text is); a file's F1 must not fall
below its floor in ``variant_floors.json`` (``--regen`` raises floors, never lowers them).
These forms are those other mirrors of the same pages take; a file whose variant reads worse
than the file as stored is a place to look, and a floor keeps what was mended."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.write import write_jsonl
from test_variants import VARIANTS, _traditional

COLLECTED = Path(__file__).resolve().parents[1] / "govs" / "collected"
FLOORS = COLLECTED / "variant_floors.json"
# (a blank line after every line and the Markdown page's headings and bold labels are checked
# by the fixtures of tests/extract/test_conventions_lead35.py: each build here costs a minute)
REWRITES = {name: VARIANTS[name] for name in ("one-cell-a-line", "tabs", "markdown", "traditional")}
_MOVED = ("one-cell-a-line", "markdown")      # lines move: anchors find them
_TABLES = ("one-cell-a-line", "tabs", "markdown")


def _gold(name: str) -> list[dict]:
    out = []
    for row in (COLLECTED / "gold" / "assignments.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(row)
        if name in _MOVED:
            g.pop("line", None)
        if name in _TABLES and "|" in g["anchor"]:
            # an anchor spanning a row's cells: its last cell's text
            parts = [p.strip() for p in g["anchor"].split("|") if p.strip()]
            g["anchor"] = parts[-1] if len(parts[-1]) >= 4 else max(parts, key=len)
        if name == "traditional":
            g["anchor"] = _traditional(g["anchor"])
            for key in ("units", "lead", "support"):
                g[key] = [_traditional(u) for u in g.get(key) or []]
        out.append(g)
    return out


def _scores(name: str, tmp: Path, sc) -> dict[str, float]:
    src = tmp / "text"
    src.mkdir()
    for path in sorted((COLLECTED / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (src / path.name).write_text(REWRITES[name](text), encoding="utf-8")
    write_jsonl(build([src]), tmp / "out")
    preds = sc.read_jsonl(tmp / "out" / "assignments.jsonl")
    gold = _gold(name)
    lex = sc.Lexicon.load(COLLECTED / "gold" / "units.tsv")
    figures = {}
    for file in sorted({g["file"] for g in gold}):
        tallies = sc.score([p for p in preds if sc.source_file(p) == file],
                           [g for g in gold if g["file"] == file], lex, None)
        total = sc.Tally()
        for t in tallies.values():
            total.add(t)
        figures[file] = round(total.f1, 4)
    return figures


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_each_file_written_otherwise_reaches_its_floor(name, tmp_path, scorer, regen):
    if name == "traditional":
        pytest.importorskip("opencc")
    figures = _scores(name, tmp_path, scorer)
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    mine = floors.get(name, {})
    if regen:
        floors[name] = {f: max(mine.get(f, 0.0), v) for f, v in figures.items()}
        FLOORS.write_text(json.dumps(floors, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                          encoding="utf-8")
        mine = floors[name]
    fell = {f: (v, mine.get(f, 0.0)) for f, v in figures.items() if v < mine.get(f, 0.0) - 1e-9}
    assert not fell, f"{name}: files below their floor (F1, floor): {fell}"
