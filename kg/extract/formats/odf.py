"""OpenDocument files (``.odt`` text, ``.ods`` spreadsheet): a ZIP whose ``content.xml`` holds
the document, read with the standard library.

``.odt``: the body's paragraphs (``text:p``), headings (``text:h``), list items and sections in
document order, and its tables (``table:table``) in the flattened table form, one row per row;
a cell spanning columns gives its text once and empty cells after it, a cell spanning rows
repeats its text in the rows below except in the first column, as for a ``.docx``
(:func:`kg.extract.formats.merged_value`). Inside a paragraph ``text:s`` is spaces,
``text:tab`` a tab, ``text:line-break`` a new line; footnotes, comments, tracked deletions and
frames are not read, nor are automatic list numbers (as for a ``.docx`` without numbering).
Locators: ``paragraph N`` and ``table T row R``.

``.ods``: each visible sheet as :mod:`kg.extract.formats.sheets` reads a workbook (the header
row decides the columns, merged cells repeated, dates as ``2024年6月30日``); repeated rows and
columns (``number-rows-repeated``) are expanded only where they hold text. Locators:
``sheet NAME row R``.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Optional
from xml.etree import ElementTree as ET

from ... import errors
from ...model import Issue
from . import LineWriter, Read
from .sheets import fill_merged

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


_P, _H, _LIST, _ITEM, _HEADER_ITEM = _q("text:p"), _q("text:h"), _q("text:list"), \
    _q("text:list-item"), _q("text:list-header")
_SECTION, _TABLE, _S, _TAB, _BR = _q("text:section"), _q("table:table"), _q("text:s"), \
    _q("text:tab"), _q("text:line-break")
_ROW, _CELL, _COVERED = _q("table:table-row"), _q("table:table-cell"), \
    _q("table:covered-table-cell")
_ROW_GROUPS = {_q("table:table-header-rows"), _q("table:table-rows"),
               _q("table:table-row-group")}
# inline elements whose text is not the paragraph's
_SKIP = {_q("text:note"), _q("office:annotation"), _q("office:annotation-end"),
         _q("text:tracked-changes"), _q("text:deletion"),
         "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
         "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}custom-shape"}
_MAX_REPEAT = 1000       # a repeated empty row or column beyond this is the sheet's padding
_MAX_ROWS = 1_048_576    # a spreadsheet's rows


class OdfError(Exception):
    """An OpenDocument file that cannot be read: the message says why."""


def _content(data: bytes, kind: str):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "META-INF/manifest.xml" in names:
                manifest = z.read("META-INF/manifest.xml")
                if b"encryption-data" in manifest:
                    raise OdfError("the document is password-protected (encrypted): open it, "
                                   "remove the password and save it again")
            if "content.xml" not in names:
                raise OdfError(f"it has no content.xml: it is not an OpenDocument {kind}")
            raw = z.read("content.xml")
    except zipfile.BadZipFile as err:
        raise OdfError(f"it is not a ZIP package ({err})") from err
    try:
        return ET.fromstring(raw)
    except ET.ParseError as err:
        raise OdfError(f"its content.xml is not well-formed XML ({err})") from err


def _text(el) -> str:
    """The text of a paragraph (or of any inline element), with spaces, tabs and breaks."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag in _SKIP:
            pass
        elif child.tag == _S:
            parts.append(" " * int(child.get(_q("text:c"), "1")))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BR:
            parts.append("\n")
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _cell_text(cell) -> str:
    """A cell's paragraphs (and lists), one a line."""
    lines: list[str] = []
    for el in cell.iter():
        if el.tag in (_P, _H):
            lines.append(_text(el))
    return "\n".join(lines)


def _table_rows(table) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """A table's rows as text cells and its merged regions (0-based inclusive bounds)."""
    rows: list[list[str]] = []
    spans: list[tuple[int, int, int, int]] = []

    def rows_of(el):
        for child in el:
            if child.tag == _ROW:
                yield child
            elif child.tag in _ROW_GROUPS:
                yield from rows_of(child)

    for tr in rows_of(table):
        repeat = min(int(tr.get(_q("table:number-rows-repeated"), "1")), _MAX_REPEAT)
        row: list[str] = []
        for cell in tr:
            if cell.tag not in (_CELL, _COVERED):
                continue
            times = int(cell.get(_q("table:number-columns-repeated"), "1"))
            text = _cell_text(cell) if cell.tag == _CELL else ""
            if not text.strip():
                times = min(times, _MAX_REPEAT)
            r_span = int(cell.get(_q("table:number-rows-spanned"), "1"))
            c_span = int(cell.get(_q("table:number-columns-spanned"), "1"))
            if cell.tag == _CELL and (r_span > 1 or c_span > 1):
                spans.append((len(rows), len(row), len(rows) + r_span - 1, len(row) + c_span - 1))
            row.extend([text] * min(times, _MAX_REPEAT))
        for _ in range(repeat if any(c.strip() for c in row) else 1):
            rows.append(list(row))
    return rows, spans


def _blocks(el):
    """Paragraphs and tables of the body, in document order (lists and sections opened)."""
    for child in el:
        if child.tag in (_P, _H):
            yield "p", child
        elif child.tag == _TABLE:
            yield "table", child
        elif child.tag in (_LIST, _ITEM, _HEADER_ITEM, _SECTION):
            yield from _blocks(child)


def _body(root, kind: str):
    body = root.find(_q("office:body"))
    inner = body.find(_q(f"office:{kind}")) if body is not None else None
    if inner is None:
        raise OdfError(f"its content.xml has no office:{kind} body")
    return inner


def read_odt(data: bytes, name: str) -> Read:
    out = LineWriter(name)
    try:
        body = _body(_content(data, "text document"), "text")
    except OdfError as err:
        return Read(issues=[Issue(errors.W_CORRUPT, f"cannot read this .odt file: {err}", name,
                                  severity="error")])
    paragraphs = tables = 0
    for kind, el in _blocks(body):
        if kind == "table":
            tables += 1
            rows, spans = _table_rows(el)
            fill_merged(rows, spans)
            out.table(rows, [f"table {tables} row {r}" for r in range(1, len(rows) + 1)])
        else:
            paragraphs += 1
            out.paragraph(_text(el), f"paragraph {paragraphs}")
    return out.done("odt", unwrap=True)


def _cell_value(cell) -> Optional[object]:
    """A spreadsheet cell's value: its date, its number or its text."""
    kind = cell.get(_q("office:value-type"))
    if kind == "date":
        value = cell.get(_q("office:date-value"), "")
        try:
            return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
        except ValueError:
            pass
    elif kind in ("float", "percentage", "currency"):
        value = cell.get(_q("office:value"))
        if value is not None and kind == "float":
            try:
                return float(value)
            except ValueError:
                pass
    elif kind == "boolean":
        return cell.get(_q("office:boolean-value")) == "true"
    text = _cell_text(cell)
    return text if text else None


def read_ods(data: bytes, name: str) -> Read:
    from .sheets import _sheet, cell_text
    out = LineWriter(name)
    try:
        root = _content(data, "spreadsheet")
        body = _body(root, "spreadsheet")
    except OdfError as err:
        return Read(issues=[Issue(errors.W_CORRUPT, f"cannot read this .ods file: {err}", name,
                                  severity="error")])
    hidden = {s.get(_q("style:name")) for s in root.iter(_q("style:style"))
              if any(p.get(_q("table:display")) == "false" for p in s)}
    for table in body.findall(_q("table:table")):
        if table.get(_q("table:style-name")) in hidden:
            continue
        grid: list[list[str]] = []
        spans: list[tuple[int, int, int, int]] = []
        for tr in table.iter(_ROW):
            repeat = min(int(tr.get(_q("table:number-rows-repeated"), "1")), _MAX_ROWS)
            row: list[str] = []
            for cell in tr:
                if cell.tag not in (_CELL, _COVERED):
                    continue
                times = int(cell.get(_q("table:number-columns-repeated"), "1"))
                text = cell_text(_cell_value(cell)) if cell.tag == _CELL else ""
                if cell.tag == _CELL:
                    r_span = int(cell.get(_q("table:number-rows-spanned"), "1"))
                    c_span = int(cell.get(_q("table:number-columns-spanned"), "1"))
                    if r_span > 1 or c_span > 1:
                        spans.append((len(grid), len(row), len(grid) + r_span - 1,
                                      len(row) + c_span - 1))
                row.extend([text] * min(times, _MAX_REPEAT))
            while row and not row[-1].strip():
                row.pop()
            for _ in range(repeat if row else min(repeat, _MAX_REPEAT)):
                grid.append(list(row))
        while grid and not any(c.strip() for c in grid[-1]):
            grid.pop()
        fill_merged(grid, spans)
        _sheet(out, table.get(_q("table:name"), ""), grid)
    return out.done("ods")
