"""PDF files with a text layer (pdfplumber; the optional extra ``kg[pdf]``).

Page by page, top to bottom: ruled tables (pdfplumber's ``find_tables``) become the flattened
table form, a row per table row (merged cells as in a .docx); the text outside them is read as
lines in reading order. A line that runs to the right margin and is followed by a line at the
left margin is the same paragraph wrapped: the two are joined (as a Word paragraph would be),
unless the next line starts a list item or an annotation (and the line before leaves no
bracket open). A gap of an empty line between two lines is a blank line, as in a .txt file.
Page numbers alone on a line (``- 3 -``) at the foot or head of a page are dropped. A page
that has images but no text (a scan) is reported — OCR is needed — and never read as junk; a
file with no text at all is an error. A table that goes on over a page break is one table
(a header repeated on the new page is read once). Locators: ``page P`` and ``page P table T row R``.
"""
from __future__ import annotations

import io
import re

from ... import errors
from ...model import Issue
from . import LineWriter, Read, merged_value, need, starts_item, unclosed

_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(第\s*)?\d{1,4}(\s*页)?[-—–－\s]*$|^\d+\s*/\s*\d+$")


def _page_number(text: str, page_no: int) -> bool:
    """A page number: a bare number (- 3 -, 第3页, 3/12) that is this page's (or one off)."""
    if not _PAGE_NUMBER.match(text):
        return False
    digits = re.findall(r"\d+", text)
    return bool(digits) and abs(int(digits[0]) - page_no) <= 1


def _text_lines(page, boxes, page_no: int = 0) -> list[dict]:
    def outside(obj) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)
    filtered = page.filter(outside) if boxes else page
    lines = [ln for ln in filtered.extract_text_lines(return_chars=False) if ln["text"].strip()]
    # a page number is a bare number (- 3 -, 第3页) at the foot or head of the page
    while lines and _page_number(lines[-1]["text"], page_no) and lines[-1]["top"] > page.height * 0.85:
        lines.pop()
    while lines and _page_number(lines[0]["text"], page_no) and lines[0]["bottom"] < page.height * 0.15:
        lines.pop(0)
    return lines


def _paragraphs(lines: list[dict]) -> tuple[list[tuple[str, float]], bool]:
    """Join wrapped lines; return (text, top) per paragraph, and ``("", top)`` for a gap of
    an empty line or more between two lines (a blank line, as in a .txt file); and whether
    the last line reaches the right margin (its paragraph may go on on the next page)."""
    if not lines:
        return [], False
    right = max(ln["x1"] for ln in lines)
    left = min(ln["x0"] for ln in lines)
    out: list[tuple[str, float]] = []
    joining = False
    bottom = None
    for ln in lines:
        text = ln["text"].strip()
        size = max((ln["bottom"] - ln["top"]), 1.0)
        gap = bottom is not None and ln["top"] - bottom > 1.2 * size
        bottom = ln["bottom"]
        if gap:
            out.append(("", ln["top"] - size))
            joining = False
        if joining and abs(ln["x0"] - left) <= 1.5 * size and (
                unclosed(out[-1][0]) or not starts_item(text)):
            out[-1] = (out[-1][0] + text, out[-1][1])
        else:
            out.append((text, ln["top"]))
        # a line that reaches the right margin goes on below, whatever its last character
        # (a sentence may end at the margin; a new paragraph is indented or starts an item)
        joining = ln["x1"] >= right - 3 * size      # CJK lines end ragged: 3 characters
    return out, joining


def _unwrapped_cell(page, box, text: str) -> str:
    """A cell's text with the lines the cell's width wrapped joined again: a line whose last
    character reaches the cell's right edge (less than two characters' room left) goes on on
    the next (``县财政局、县自然资`` / ``源局``); a line ending short of it is a line of its own
    (a name a line, a paragraph of the cell)."""
    if "\n" not in text:
        return text
    try:
        lines = [ln for ln in page.crop(box).extract_text_lines(return_chars=True)
                 if ln["text"].strip()]
    except ValueError:                 # a box outside the page
        return text
    if len(lines) < 2 or [ln["text"] for ln in lines] != [t for t in text.split("\n")
                                                          if t.strip()]:
        return text
    out = lines[0]["text"]
    for ln, nxt in zip(lines, lines[1:]):
        size = max((ch["x1"] - ch["x0"] for ch in ln["chars"]), default=0) or 1
        out += ("" if box[2] - ln["x1"] < 2 * size + 2 else "\n") + nxt["text"]
    return out


def _rows(table) -> list[list[str]]:
    """A pdfplumber table's rows as text, each cell's wrapped lines joined
    (:func:`_unwrapped_cell`); a cell merged down (its box reaches into the rows below, which
    read ``None`` there) follows :func:`kg.extract.formats.merged_value`."""
    texts = table.extract()
    grid = [[c or "" for c in r] for r in texts]
    rows = table.rows
    for r, row in enumerate(rows):
        for c, box in enumerate(row.cells):
            if box is not None and c < len(grid[r]) and grid[r][c]:
                grid[r][c] = _unwrapped_cell(table.page, box, grid[r][c])
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
    # ("text", text, locator) | ("table", rows, locators, table number), in reading order
    blocks: list[tuple] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        tables_seen = 0
        last_goes_on = False          # the last page ended with a line at the right margin
        for p, page in enumerate(pdf.pages, 1):
            if not page.chars:
                if page.images:
                    scanned.append(p)
                continue
            found = page.find_tables()
            boxes = [t.bbox for t in found]
            items: list[tuple[float, str, object]] = []
            paragraphs, goes_on = _paragraphs(_text_lines(page, boxes, p))
            for text, top in paragraphs:
                items.append((top, "text", text))
            for t in found:
                items.append((t.bbox[1], "table", t))
            items.sort(key=lambda it: it[0])
            went_on, last_goes_on = last_goes_on, goes_on if items and items[-1][1] == "text" else False
            for k, (_, kind, obj) in enumerate(items):
                if kind == "text":
                    last = blocks[-1] if blocks else None
                    if k == 0 and last is not None and last[0] == "text" and last[1]:
                        if went_on and obj and not starts_item(obj):
                            blocks[-1] = ("text", last[1] + obj, last[2])   # over the page break
                            continue
                        blocks.append(("text", "", f"page {p}"))        # a page break ends it
                    blocks.append(("text", obj, f"page {p}"))
                    continue
                rows = _rows(obj)
                last = blocks[-1] if blocks else None
                if k == 0 and last is not None and last[0] == "table" and last[1] and rows \
                        and len(last[1][0]) == len(rows[0]):
                    # the table goes on from the page before (its header repeated or not)
                    start = 1 if rows[0] == last[1][0] else 0
                    base = len(last[2])
                    last[1].extend(rows[start:])
                    last[2].extend(f"page {p} table {last[3]} row {base + r}"
                                   for r in range(1, len(rows) - start + 1))
                    continue
                tables_seen += 1
                if k == 0 and blocks and blocks[-1][0] == "text" and blocks[-1][1]:
                    blocks.append(("text", "", f"page {p}"))
                blocks.append(("table", rows, [f"page {p} table {tables_seen} row {r}"
                                               for r in range(1, len(rows) + 1)], tables_seen))
    for block in blocks:
        if block[0] == "text":
            out.paragraph(block[1], block[2])
        else:
            out.table(block[1], block[2])
            out.blank()
    for p in scanned:
        issues.append(Issue(errors.W_OCR, f"page {p} has no text layer (a scanned image): OCR is "
                            "needed; run OCR on the PDF (e.g. ocrmypdf) and build again",
                            f"{name}", 0, severity="error" if not out.lines else "warning"))
    if not out.lines and not scanned:
        issues.append(Issue(errors.W_EMPTY, "the PDF has no text on any page", name))
    return out.done("pdf", issues)
