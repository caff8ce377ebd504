"""PDF files with a text layer (pdfplumber; the optional extra ``kg[pdf]``).

Page by page, top to bottom: ruled tables (pdfplumber's ``find_tables``) become the flattened
table form, a row per table row (merged cells as in a .docx); the text outside them is read as lines in reading order.
A line that runs to the right margin and is followed by a line at the left margin is the same
paragraph wrapped: the two are joined (as a Word paragraph would be), unless the next line
starts a list item or an annotation (and the line before leaves no bracket open). Page numbers alone on a line (``- 3 -``) are dropped. A page that has
images but no text (a scan) is reported — OCR is needed — and never read as junk; a file with
no text at all is an error. Locators: ``page P`` and ``page P table T row R``.
"""
from __future__ import annotations

import io
import re

from ... import errors
from ...model import Issue
from ...text import normalise
from . import LineWriter, Read, merged_value, need

_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(第\s*)?\d{1,4}(\s*页)?[-—–－\s]*$|^\d+\s*/\s*\d+$")
_ENDS_SENTENCE = tuple("。；：！？）)》」”")


def _starts_item(text: str) -> bool:
    from ..outline import match_marker
    from ..annotations import is_standalone_annotation
    t = normalise(text).strip()
    return bool(match_marker(t)) or t.startswith(("附件", "（")) or is_standalone_annotation(t)


def _unclosed(text: str) -> bool:
    """Does ``text`` open a bracket it does not close (an annotation wrapped to the next line)?"""
    t = normalise(text)
    return t.count("（") > t.count("）")


def _text_lines(page, boxes) -> list[dict]:
    def outside(obj) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)
    filtered = page.filter(outside) if boxes else page
    return [ln for ln in filtered.extract_text_lines(return_chars=False)
            if ln["text"].strip() and not _PAGE_NUMBER.match(ln["text"])]


def _paragraphs(lines: list[dict]) -> list[tuple[str, float]]:
    """Join wrapped lines; return (text, top) per paragraph."""
    if not lines:
        return []
    right = max(ln["x1"] for ln in lines)
    left = min(ln["x0"] for ln in lines)
    out: list[tuple[str, float]] = []
    joining = False
    for ln in lines:
        text = ln["text"].strip()
        size = max((ln["bottom"] - ln["top"]), 1.0)
        if joining and abs(ln["x0"] - left) <= 1.5 * size and (
                _unclosed(out[-1][0]) or not _starts_item(text)):
            out[-1] = (out[-1][0] + text, out[-1][1])
        else:
            out.append((text, ln["top"]))
        joining = ln["x1"] >= right - 1.5 * size and (
            _unclosed(out[-1][0]) or not normalise(text).endswith(_ENDS_SENTENCE))
    return out


def _rows(table) -> list[list[str]]:
    """A pdfplumber table's rows as text; a cell merged down (its box reaches into the rows
    below, which read ``None`` there) follows :func:`kg.extract.formats.merged_value`."""
    texts = table.extract()
    grid = [[c or "" for c in r] for r in texts]
    rows = table.rows
    for r, row in enumerate(rows):
        for c, box in enumerate(row.cells):
            if box is None:
                continue
            for r2 in range(r + 1, min(len(rows), len(texts))):
                if rows[r2].bbox[1] >= box[3] - 1 or c >= len(texts[r2]):
                    break
                if texts[r2][c] is None:
                    grid[r2][c] = merged_value("", grid[r][c], r2 - r, 0, c)
    return grid


def read_pdf(data: bytes, name: str) -> Read:
    pdfplumber = need("pdfplumber", "pdf", name, "PDF files")
    out = LineWriter(name)
    issues: list[Issue] = []
    scanned: list[int] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        tables_seen = 0
        for p, page in enumerate(pdf.pages, 1):
            if not page.chars:
                if page.images:
                    scanned.append(p)
                continue
            found = page.find_tables()
            boxes = [t.bbox for t in found]
            items: list[tuple[float, str, object]] = []
            for text, top in _paragraphs(_text_lines(page, boxes)):
                items.append((top, "text", text))
            for t in found:
                items.append((t.bbox[1], "table", t))
            items.sort(key=lambda it: it[0])
            for _, kind, obj in items:
                if kind == "text":
                    out.paragraph(obj, f"page {p}")          # type: ignore[arg-type]
                else:
                    tables_seen += 1
                    rows = _rows(obj)
                    out.table(rows, [f"page {p} table {tables_seen} row {r}"
                                     for r in range(1, len(rows) + 1)])
                    out.blank()
    for p in scanned:
        issues.append(Issue(errors.W_OCR, f"page {p} has no text layer (a scanned image): OCR is "
                            "needed; run OCR on the PDF (e.g. ocrmypdf) and build again",
                            f"{name}", 0, severity="error" if not out.lines else "warning"))
    if not out.lines and not scanned:
        issues.append(Issue(errors.W_EMPTY, "the PDF has no text on any page", name))
    return out.done("pdf", issues)
