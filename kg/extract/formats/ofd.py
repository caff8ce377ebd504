"""OFD files (GB/T 33190, the national fixed-layout format): a ZIP of XML, read with the
standard library.

``OFD.xml`` names each document's ``Document.xml`` (``DocBody/DocRoot``), which lists its pages
in order (``Pages/Page BaseLoc``); each page's ``Content.xml`` holds layers of drawn objects.
The text is in ``TextObject`` elements: a ``Boundary`` (x y width height, in millimetres from
the page's top left), an optional ``CTM`` and a font ``Size``; each ``TextCode`` inside has the
position of its first glyph's baseline (``X``/``Y`` within the object) and the advance of each
glyph (``DeltaX``, whose ``g N d`` stands for N times d). A TextCode is a fragment of a line:
fragments whose baselines agree (within a third of the font size) are one line, read left to
right, a space where a gap of more than a character separates them; lines are read top to
bottom, page by page, as a PDF's text layer is (:mod:`kg.extract.formats.pdf`): a line that
reaches the right margin and is followed by one at the left margin is the same paragraph
wrapped, a gap of an empty line is a blank line, a page number alone at the foot or head of
a page is dropped. Rows of text in columns (two or more lines of three or more cells, each
cell set apart by a gap of a character or more) are a table, written in the flattened
table form: a column is where a cell of the table's first row starts; a line whose first
column is empty continues the row above (a wrapped cell: joined directly when the line above
filled its column, as a new line of the cell when it stopped short). A table that ends a page
goes on with the lines at the top of the next page that fit its columns (a header repeated
there is read once). Templates (``TemplatePage``),
annotations and signatures are not read. A page that has images but no text is a scan: it
is reported (OCR is needed), never read as junk. Locators: ``page P`` and ``page P table T row R``.
"""
from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from typing import Optional
from xml.etree import ElementTree as ET

from ... import errors
from ...model import Issue
from . import LineWriter, Read, starts_item
from .pdf import _page_number, _paragraphs

_CELL_GAP = 1.0          # a gap of this many characters or more sets a cell apart
_WRAP_SLACK = 2.5        # a cell's line ending this close to the next column filled it
_SPACE_GAP = 0.8         # a gap of more than this many characters is a space
_MAX_GLYPHS = 100_000    # a ``g N d`` longer than any line is a damaged file's


class OfdError(Exception):
    """An OFD that cannot be read: the message says why."""


@dataclass
class _Fragment:
    x0: float
    x1: float
    y: float             # baseline
    size: float
    text: str


@dataclass
class _Line:
    y: float
    size: float
    cells: list[_Fragment]     # fragments joined, split where a wide gap is
    page: int = 0

    @property
    def x0(self) -> float:
        return self.cells[0].x0

    @property
    def x1(self) -> float:
        return self.cells[-1].x1

    @property
    def text(self) -> str:
        return " ".join(c.text.strip() for c in self.cells if c.text.strip())


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el, name: str):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _children(el, name: str):
    return [c for c in el if _local(c.tag) == name]


def _floats(text: Optional[str]) -> list[float]:
    """An ST_Array of numbers; ``g N d`` is d repeated N times."""
    out: list[float] = []
    tokens = (text or "").split()
    k = 0
    while k < len(tokens):
        if tokens[k] == "g" and k + 2 < len(tokens):
            out.extend([float(tokens[k + 2])] * min(int(float(tokens[k + 1])), _MAX_GLYPHS))
            k += 3
        else:
            out.append(float(tokens[k]))
            k += 1
    return out


def _resolve(base: str, loc: str) -> str:
    """A path of the package: ``loc`` absolute (``/Doc_0/...``) or relative to ``base``'s folder."""
    loc = loc.strip().replace("\\", "/")
    if loc.startswith("/"):
        return posixpath.normpath(loc.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), loc))


class _Package:
    def __init__(self, data: bytes) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as err:
            raise OfdError(f"it is not a ZIP package ({err})") from err
        self.names = {n.lower(): n for n in self.zip.namelist()}

    def xml(self, path: str):
        name = self.names.get(path.lower())
        if name is None:
            raise OfdError(f"the package has no {path}")
        try:
            return ET.fromstring(self.zip.read(name))
        except ET.ParseError as err:
            raise OfdError(f"{path} is not well-formed XML ({err})") from err


def _fragments(page) -> tuple[list[_Fragment], int]:
    """The page's text fragments (absolute positions) and how many images it has."""
    out: list[_Fragment] = []
    images = 0
    for obj in page.iter():
        kind = _local(obj.tag)
        if kind == "ImageObject":
            images += 1
            continue
        if kind != "TextObject":
            continue
        box = _floats(obj.get("Boundary"))
        ox, oy = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        ctm = _floats(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        size = float(obj.get("Size") or 3.5) * (abs(d) if len(ctm) == 6 and d else 1.0)
        x = y = 0.0
        for code in _children(obj, "TextCode"):
            text = code.text or ""
            if code.get("X") is not None:
                x = float(code.get("X"))
            if code.get("Y") is not None:
                y = float(code.get("Y"))
            dx = _floats(code.get("DeltaX"))
            # the advance of each glyph but the last (the font's own when not given: a CJK
            # character is as wide as the font size); the last glyph is a character wide
            steps = [dx[k] if k < len(dx) else (dx[-1] if dx else size)
                     for k in range(len(text) - 1)]
            end = x + sum(steps) + size if text else x
            px0, py = a * x + c * y + e + ox, b * x + d * y + f + oy
            px1 = a * end + c * y + e + ox
            if text.strip():
                out.append(_Fragment(min(px0, px1), max(px0, px1), py, size, text))
            x = end
    return out, images


def _lines(fragments: list[_Fragment]) -> list[_Line]:
    """Fragments on one baseline are one line, left to right; a wide gap splits it into cells."""
    fragments = sorted(fragments, key=lambda fr: (fr.y, fr.x0))
    groups: list[list[_Fragment]] = []
    for fr in fragments:
        if groups and abs(fr.y - groups[-1][0].y) <= max(fr.size, groups[-1][0].size) / 3:
            groups[-1].append(fr)
        else:
            groups.append([fr])
    lines = []
    for group in groups:
        group.sort(key=lambda fr: fr.x0)
        size = max(fr.size for fr in group)
        cells: list[_Fragment] = []
        for fr in group:
            if cells and fr.x0 - cells[-1].x1 < _CELL_GAP * size:
                last = cells[-1]
                sep = " " if fr.x0 - last.x1 > _SPACE_GAP * size else ""
                cells[-1] = _Fragment(last.x0, max(last.x1, fr.x1), last.y, size,
                                      last.text.rstrip() + sep + fr.text.lstrip())
            else:
                cells.append(_Fragment(fr.x0, fr.x1, fr.y, size, fr.text.strip()))
        lines.append(_Line(sum(fr.y for fr in group) / len(group), size, cells))
    return lines


def _table_rows(lines: list[_Line]) -> tuple[list[list[str]], list[int]]:
    """Lines of a table as rows: a column starts where a cell of the first line starts; a line
    whose first column is empty continues the row above. A cell's text that fills its column to
    the next one's start was wrapped: its next line is joined to it directly (Chinese has no
    spaces); one that stops short ended a paragraph of the cell (a new line)."""
    head = lines[0]
    starts = [c.x0 for c in head.cells]
    size = head.size
    right = max(ln.x1 for ln in lines)
    edges = starts[1:] + [right]
    rows: list[list[str]] = []
    pages: list[int] = []
    ends: list[float] = []          # per column, where the row's text in it stops
    for ln in lines:
        row = [""] * len(starts)
        stops = [0.0] * len(starts)
        for cell in ln.cells:
            col = max((k for k, s in enumerate(starts) if s <= cell.x0 + size), default=0)
            row[col] = (row[col] + cell.text) if row[col] else cell.text
            stops[col] = cell.x1
        if rows and not row[0] and ln is not head:
            for k, text in enumerate(row):
                if not text:
                    continue
                before = rows[-1][k]
                wrapped = ends[k] >= edges[k] - _WRAP_SLACK * size
                rows[-1][k] = before + ("" if wrapped else "\n") + text if before else text
                ends[k] = stops[k]
        else:
            rows.append(row)
            pages.append(ln.page)
            ends = stops
    return rows, pages


def _fits(ln: _Line, starts: list[float]) -> bool:
    """Do the line's cells start under the columns of a table (a row, or a row's cells going
    on below with the first column empty)?"""
    tol = ln.size
    aligned = all(any(abs(c.x0 - s) <= tol for s in starts) for c in ln.cells)
    return aligned and (len(ln.cells) >= 2 or (len(starts) > 1 and ln.cells[0].x0 >= starts[1] - tol))


def _blocks(lines: list[_Line], carry: Optional[list[_Line]]) -> list[tuple[str, list[_Line]]]:
    """("text", [lines]) and ("table", [lines]) runs of a page, in order: two or more lines of
    three or more cells start a table; lines of fewer cells that continue its rows (their
    cells under its columns, the first empty) stay in it. ``carry`` is a table that ended the
    page before: the lines at the top of this page that fit its columns go on in it."""
    out: list[tuple[str, list[_Line]]] = []
    k = 0
    if carry:
        starts = [c.x0 for c in carry[0].cells]
        if lines and lines[0].text == carry[0].text:
            k = 1                                   # the header repeated on the new page
        while k < len(lines) and _fits(lines[k], starts):
            carry.append(lines[k])
            k += 1
    while k < len(lines):
        ln = lines[k]
        if len(ln.cells) >= 3 and k + 1 < len(lines) and len(lines[k + 1].cells) >= 3:
            table = [ln]
            second = ln.cells[1].x0
            k += 1
            while k < len(lines):
                nxt = lines[k]
                if len(nxt.cells) >= 3 or (len(nxt.cells) >= 1 and nxt.cells[0].x0 >= second - nxt.size
                                           and nxt.y - table[-1].y < 3 * nxt.size):
                    table.append(nxt)
                    k += 1
                    continue
                break
            out.append(("table", table))
            continue
        if out and out[-1][0] == "text":
            out[-1][1].append(ln)
        else:
            out.append(("text", [ln]))
        k += 1
    return out


def _as_pdf_lines(lines: list[_Line]) -> list[dict]:
    return [{"text": ln.text, "x0": ln.x0, "x1": ln.x1, "top": ln.y - ln.size,
             "bottom": ln.y + 0.2 * ln.size} for ln in lines]


def _pages(pkg: _Package) -> list[str]:
    """The Content.xml path of every page, documents and pages in order."""
    root = pkg.xml("OFD.xml")
    if _local(root.tag) != "OFD":
        raise OfdError("OFD.xml is not an OFD entry file")
    pages: list[str] = []
    for body in _children(root, "DocBody"):
        doc_root = _child(body, "DocRoot")
        if doc_root is None or not (doc_root.text or "").strip():
            continue
        doc_path = _resolve("OFD.xml", doc_root.text)
        document = pkg.xml(doc_path)
        if _child(body, "Encryptions") is not None or _child(document, "Encryptions") is not None:
            raise OfdError("the document is encrypted: open it in an OFD reader and export it "
                           "without protection (or as PDF)")
        holder = _child(document, "Pages")
        for page in _children(holder, "Page") if holder is not None else []:
            loc = page.get("BaseLoc")
            if loc:
                pages.append(_resolve(doc_path, loc))
    if not pages:
        raise OfdError("it lists no pages")
    return pages


def read_ofd(data: bytes, name: str) -> Read:
    out = LineWriter(name)
    issues: list[Issue] = []
    scanned: list[int] = []
    try:
        pkg = _Package(data)
        paths = _pages(pkg)
        # ("text", lines, first block of its page, page) | ("table", lines, ...), all pages
        blocks: list[tuple[str, list[_Line], bool, int]] = []
        for p, path in enumerate(paths, 1):
            frags, images = _fragments(pkg.xml(path))
            if not frags:
                if images:
                    scanned.append(p)
                continue
            lines = _lines(frags)
            for ln in lines:
                ln.page = p
            # a page number is a bare number at the foot or head of the page
            bottom = max(ln.y for ln in lines)
            while lines and _page_number(lines[-1].text, p) and len(lines) > 1 \
                    and lines[-1].y >= bottom - 1e-6:
                lines.pop()
            while lines and len(lines) > 1 and _page_number(lines[0].text, p):
                lines.pop(0)
            carry = blocks[-1][1] if blocks and blocks[-1][0] == "table" else None
            for k, (kind, run) in enumerate(_blocks(lines, carry)):
                blocks.append((kind, run, k == 0, p))
        tables = 0
        last_goes_on = False
        for kind, run, first, p in blocks:
            if kind == "table":
                tables += 1
                rows, pages = _table_rows(run)
                out.table(rows, [f"page {pg} table {tables} row {r}"
                                 for r, pg in enumerate(pages, 1)])
                last_goes_on = False
                continue
            paragraphs, goes_on = _paragraphs(_as_pdf_lines(run))
            for j, (text, _) in enumerate(paragraphs):
                if j == 0 and first and last_goes_on and out.lines and out.lines[-1].text \
                        and text and not starts_item(text):
                    # the paragraph goes on from the page before
                    last = out.lines.pop()
                    out.paragraph(last.text + text, out.locators.get(last.number, f"page {p}"))
                    continue
                out.paragraph(text, f"page {p}")
            # a page of one or two lines (a letter's last page) tells no right margin
            last_goes_on = goes_on and len(run) >= 3
    except OfdError as err:
        return Read(issues=[Issue(errors.W_CORRUPT, f"cannot read this OFD file: {err}", name,
                                  severity="error")])
    for p in scanned:
        issues.append(Issue(errors.W_OCR, f"page {p} has no text (a scanned image): OCR is "
                            "needed; run OCR on it (or on its PDF export) and build again",
                            name, 0, severity="error" if not out.lines else "warning"))
    if not out.lines and not scanned:
        issues.append(Issue(errors.W_EMPTY, "the OFD file has no text on any page", name))
    return out.done("ofd", issues)
