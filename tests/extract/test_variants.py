"""The real excerpts of other governments (``tests/govs/external-dev``) read as well when a copy
writes them otherwise: the forms other mirrors of the same pages take (punctuation full- or
half-width, traditional script, ``??`` at line starts, CRLF with a BOM, blank lines between lines,
full-width indents and digits, the ratio sign for the colon, the small and half-width commas, pinyin glosses after the characters such mirrors gloss, the header
of a table among them, running text hard-wrapped as a PDF's text is, or every line typeset at a page's width
with marks kept off the lines' edges, a table's cells parted by tabs, by
a Markdown row's pipes or written one cell a line). Each variant is built and scored on the same answers (the anchors and
names glossed as the text is) and must read as the excerpts as stored do."""
from __future__ import annotations

import json
import functools
import random
import re
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.write import write_jsonl

EXT = Path(__file__).resolve().parents[1] / "govs" / "external-dev"
_FW = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
_HW = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
# characters such mirrors gloss (external-dev 014: 鄉(xiāng), 發(fā), 區(qū); collected kk04: 責(zé))
_GLOSSES = {"责": "(zé)", "發": "(fā)", "发": "(fā)", "乡": "(xiāng)", "县": "(xiàn)", "门": "(mén)",
            "协": "(xié)", "调": "(diào)", "区": "(qū)"}


def _gloss(t: str) -> str:
    return "".join(c + _GLOSSES.get(c, "") for c in t)


def _qq(t: str) -> str:
    rnd = random.Random(7)
    return "\n".join(("??" + l if l.strip() and rnd.random() < 0.3 else l) for l in t.split("\n"))


@functools.lru_cache(maxsize=1)
def _to_traditional():
    import opencc
    return opencc.OpenCC("s2t").convert     # (one converter: building one loads its dictionaries)


def _traditional(t: str) -> str:
    return _to_traditional()(t)


def _wrap(t: str, width: int = 38) -> str:
    """A PDF's text: each line of running text (one with a sentence or a field: no table's cell
    or row) cut every ``width`` characters."""
    out = []
    for line in t.split("\n"):
        if "|" not in line and re.search(r"[。：:]", line):
            while len(line) > width:
                out.append(line[:width])
                line = line[width:]
        out.append(line)
    return "\n".join(out)


#: marks a typesetter keeps off a line's start (carried back to the line before) and off its end
#: (carried on to the next)
_NO_START = set("。，、；：）」』”！？,.;:)]》〉")
_NO_END = set("（“《「『[(〈【")


def _typeset(t: str, width: int = 28, indent: str = "") -> str:
    """A PDF's text layer: every line but a table's ``|`` row set in lines ``width`` wide
    characters across (a half-width digit or letter half of one), marks kept off a line's
    edges as a typesetter keeps them, each paragraph opened by ``indent``."""
    from kg.extract.formats.text import _columns
    lines: list[str] = []
    for line in t.split("\n"):
        if "|" in line or not line.strip():
            lines.append(line)
            continue
        line, start, cols = indent + line.strip(), 0, 0
        for k, ch in enumerate(line):
            if cols + _columns(ch) > 2 * width:
                lines.append(line[start:k])
                start, cols = k, 0
            cols += _columns(ch)
        lines.append(line[start:])
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in _NO_START and lines[k - 1] and "|" not in lines[k - 1]:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    for k in range(len(lines) - 1):
        while lines[k] and lines[k][-1] in _NO_END and lines[k + 1] and "|" not in lines[k + 1]:
            lines[k + 1] = lines[k][-1] + lines[k + 1]
            lines[k] = lines[k][:-1]
    return "\n".join(lines)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def _one_cell_a_line(t: str) -> str:
    """A table's ``|`` rows as another copy writes them: one cell a line, the empty cells gone."""
    out = []
    for line in t.split("\n"):
        out += [c for c in _cells(line) if c] if "|" in line else [line]
    return "\n".join(out)


def _markdown(t: str) -> str:
    """A table's ``|`` rows as a page turned into Markdown writes them: each row opened by a
    ``|`` too, a rule row (``|---|---|``) under the first."""
    out, in_table = [], False
    for line in t.split("\n"):
        cells = _cells(line)
        if "|" in line and sum(1 for c in cells if c) >= 2:
            cells = cells[:-1] if line.rstrip().endswith("|") else cells
            out.append("| " + " | ".join(cells) + " |")
            if not in_table:
                out.append("|" + "---|" * len(cells))
            in_table = True
        else:
            out.append(line)
            in_table = False
    return "\n".join(out)


VARIANTS = {
    "fullwidth": lambda t: t.translate(_FW),
    "halfwidth": lambda t: t.translate(_HW),
    "traditional": _traditional,
    "question-marks": _qq,
    "crlf-bom": lambda t: "\ufeff" + t.replace("\n", "\r\n"),
    "blank-lines": lambda t: t.replace("\n", "\n\n"),
    "indent": lambda t: "\n".join(("　　" + l if l.strip() else l) for l in t.split("\n")),
    "fullwidth-digits": lambda t: t.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "glosses": _gloss,
    "hard-wrapped": _wrap,
    "typeset": _typeset,
    "typeset-indented": lambda t: _typeset(t, indent="\u3000\u3000"),
    # a word processor's ratio sign for the colon, the small and half-width forms of 、 and ，
    "ratio-colons": lambda t: t.replace(":", "∶").replace("：", "∶"),
    "small-commas": lambda t: t.replace("、", "､").replace(",", "﹐").replace("，", "﹐"),
    # a table's cells parted by tabs (a spreadsheet's copy), or each row opened by a | as well
    # (a page turned into Markdown), or one cell a line
    "tabs": lambda t: "\n".join("\t".join(_cells(l)).rstrip("\t") if "|" in l else l for l in t.split("\n")),
    "markdown": lambda t: _markdown(t),
    "one-cell-a-line": _one_cell_a_line,
}


def _gold(name: str) -> list[dict]:
    out = []
    for row in (EXT / "gold" / "assignments.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(row)
        if name in ("hard-wrapped", "one-cell-a-line", "markdown", "typeset", "typeset-indented"):
            g.pop("line", None)     # (the lines move; each anchor is unique in its file)
        if name == "blank-lines" and g.get("line"):
            g["line"] = g["line"] * 2 - 1
        if name == "traditional":
            g["anchor"] = _traditional(g["anchor"])
        if name == "glosses":
            g["anchor"] = _gloss(g["anchor"])
            for key in ("units", "lead", "support"):
                g[key] = [_gloss(u) for u in g.get(key) or []]
        out.append(g)
    return out


def _tabular(text: str) -> bool:
    """A table written as text (``|`` between cells, or one cell a line: most lines short)."""
    lines = [l for l in text.split("\n") if l.strip()]
    return any("|" in l for l in lines) or sum(len(l.strip()) <= 12 for l in lines) > 0.45 * len(lines)


def _one_line(text: str) -> str:
    """A page that put the whole document on one line, its breaks turned into spaces."""
    return " ".join(l.strip() for l in text.split("\n") if l.strip()) + "\n"


def test_a_task_list_run_onto_one_line_reads_the_same(tmp_path, scorer):
    """Each excerpt that is no table (a table run onto one line loses its cells), run onto one
    line, reads as the excerpt as stored does (017's measures under a sub-heading, ``…负责） 具体措施：
    1.…``, lost their item's units before; 013's byline, ``时间：… 浏览次数： 信息来源：丽水市政府``,
    which the page's own line break set apart as furniture, gave its header a source)."""
    src = tmp_path / "text"
    src.mkdir()
    files = []
    for path in sorted((EXT / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if not _tabular(text):
            files.append(path.name)
            (src / path.name).write_text(_one_line(text), encoding="utf-8")
    out = tmp_path / "out"
    write_jsonl(build([src]), out)
    sc = scorer
    gold = [g for g in _gold("one-line") if g["file"] in files]
    for g in gold:
        g.pop("line", None)
    tallies = sc.score(sc.read_jsonl(out / "assignments.jsonl"), gold,
                       sc.Lexicon.load(EXT / "gold" / "units.tsv"), None)
    total = sc.Tally()
    for t in tallies.values():
        total.add(t)
    assert len(files) >= 8 and (total.fp, total.fn, total.lead_fp, total.lead_fn) == (0, 0, 0, 0), total


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_excerpt_written_otherwise_reads_the_same(name, tmp_path, scorer):
    if name == "traditional":
        pytest.importorskip("opencc")
    src = tmp_path / "text"
    src.mkdir()
    for path in sorted((EXT / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (src / path.name).write_text(VARIANTS[name](text), encoding="utf-8", newline="")
    out = tmp_path / "out"
    write_jsonl(build([src]), out)
    sc = scorer
    preds = sc.read_jsonl(out / "assignments.jsonl")
    gold = _gold(name)
    lex = sc.Lexicon.load(EXT / "gold" / "units.tsv")
    tallies = sc.score(preds, gold, lex, None)
    total = sc.Tally()
    for t in tallies.values():
        total.add(t)
    assert (total.tp, total.fp, total.fn) == (total.tp, 0, 0), (name, total)
    assert total.lead_fn == 0 and total.lead_fp == 0, (name, total)
