"""Spreadsheets: ``.xlsx`` (openpyxl) and ``.xls`` (xlrd), a 分工表 sheet by sheet.

The header row decides the columns: the first row (of the first 15) in which a cell is a column
name a 分工表 uses (序号, 任务/工作任务/重点任务, 牵头单位, 责任单位, 配合单位, 完成时限 … the
names :mod:`kg.extract.assignments` reads). Rows above it (the sheet's title) are paragraphs;
the header and the rows below it are one table, each row a task. A sheet without such a row is
read as one table whose first non-empty row is the header. Merged cells follow
:func:`kg.extract.formats.merged_value`. Numbers are written without a trailing ``.0``, dates as
``2024年6月30日``. A sheet named after a government body (a workbook of one sheet per department)
has its name written over its table (its rows that name no unit are the body's). Locators:
``sheet NAME row R`` (R is the spreadsheet's own row number).

What the workbook hides is not read, as Excel neither shows nor prints it: a hidden sheet, a
hidden column (a 台账's 原责任单位 or a helper column kept beside the one in force). Each one
holding text is reported (E110, its column's letter and header), never dropped in silence.
Hidden rows are read: a filter hides rows for one reader's view, they are still the sheet's.
"""
from __future__ import annotations

import datetime as dt
import io
from typing import Iterable

from ...model import Issue
from ... import errors
from . import LineWriter, Read, header_score, merged_value, need

HEADER_SEARCH = 15


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime) and (value.hour, value.minute, value.second) == (0, 0, 0):
        value = value.date()
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def fill_merged(grid: list[list[str]], ranges: Iterable[tuple[int, int, int, int]]) -> None:
    """Fill merged regions (0-based inclusive row/col bounds) in place (spreadsheets, and the
    tables of an OpenDocument text)."""
    for r0, c0, r1, c1 in ranges:
        if r0 >= len(grid):
            continue
        top = grid[r0][c0] if c0 < len(grid[r0]) else ""
        for r in range(r0, min(r1, len(grid) - 1) + 1):
            row = grid[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = merged_value(row[c], top, r - r0, c - c0, c)


def _body_name(title: str) -> bool:
    """Is a sheet's name a government body's (市发改委), not a place's, a collective's or a
    default's (Sheet1, 汇总表)?"""
    from ..unitnames import is_unit_name, unit_kind
    t = "".join(title.split())
    return (2 <= len(t) <= 20 and not t.isascii() and is_unit_name(t)
            and unit_kind(t) not in (None, "collective"))


def _sheet(out: LineWriter, title: str, grid: list[list[str]]) -> None:
    numbered = [(r + 1, row) for r, row in enumerate(grid) if any(c.strip() for c in row)]
    if not numbered:
        return
    head = 0
    for k, (_, row) in enumerate(numbered[:HEADER_SEARCH]):
        if header_score(row) >= 1 and sum(1 for c in row if c.strip()) >= 2:
            head = k
            break
    for number, row in numbered[:head]:
        out.paragraph(" ".join(c.strip() for c in row if c.strip()), f"sheet {title} row {number}")
    out.blank()
    if _body_name(title):
        # a workbook of one sheet per department (市发改委, 市财政局): the sheet's name over its
        # table, as a department's name heads its table in a text (the rows that name no unit
        # of their own are its)
        out.paragraph(title.strip(), f"sheet {title}")
    body = numbered[head:]
    out.table([row for _, row in body], [f"sheet {title} row {n}" for n, _ in body])


def column_letter(c: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        out = chr(ord("A") + r) + out
    return out


def _hidden_sheet(name: str, title: str) -> Issue:
    return Issue(errors.W_HIDDEN, f"sheet {title} is hidden: not read (unhide it to have it "
                 "read)", name)


def drop_hidden(grid: list[list[str]], hidden: set[int], title: str, name: str) -> list[Issue]:
    """Take the ``hidden`` columns (0-based) out of ``grid`` in place; each one holding text is
    an issue naming its letter and its first text (the header's name, usually)."""
    issues = []
    for c in sorted(hidden):
        texts = [row[c].strip() for row in grid if c < len(row) and row[c].strip()]
        if texts:
            issues.append(Issue(errors.W_HIDDEN, f"sheet {title}: hidden column "
                                f"{column_letter(c)} ({texts[0][:20]}) not read (unhide it to "
                                "have it read)", name))
    if hidden:
        for k, row in enumerate(grid):
            grid[k] = [v for c, v in enumerate(row) if c not in hidden]
    return issues


def read_xlsx(data: bytes, name: str) -> Read:
    openpyxl = need("openpyxl", "office", name, ".xlsx files")
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = LineWriter(name)
    issues: list[Issue] = []
    try:
        for ws in wb.worksheets:
            grid = [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
            if ws.sheet_state != "visible":
                if any(c.strip() for row in grid for c in row):
                    issues.append(_hidden_sheet(name, ws.title))
                continue
            fill_merged(grid, [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
                          for m in ws.merged_cells.ranges])
            hidden = {c - 1 for dim in ws.column_dimensions.values() if dim.hidden
                      for c in range(dim.min or 1, (dim.max or dim.min or 1) + 1)}
            issues.extend(drop_hidden(grid, hidden, ws.title, name))
            _sheet(out, ws.title, grid)
    finally:
        wb.close()
    return out.done("xlsx", issues)


def read_xls(data: bytes, name: str) -> Read:
    xlrd = need("xlrd", "office", name, ".xls files")
    book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    out = LineWriter(name)
    issues: list[Issue] = []
    for sh in book.sheets():
        if getattr(sh, "visibility", 0):
            if sh.nrows:
                issues.append(_hidden_sheet(name, sh.name))
            continue
        grid = []
        for r in range(sh.nrows):
            row = []
            for c in range(sh.ncols):
                cell = sh.cell(r, c)
                if cell.ctype == xlrd.XL_CELL_DATE:
                    row.append(cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)))
                else:
                    row.append(cell_text(cell.value if cell.value != "" else None))
            grid.append(row)
        fill_merged(grid, [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sh.merged_cells])
        hidden = {c for c, info in sh.colinfo_map.items() if info.hidden}
        issues.extend(drop_hidden(grid, hidden, sh.name, name))
        _sheet(out, sh.name, grid)
    return out.done("xls", issues)
