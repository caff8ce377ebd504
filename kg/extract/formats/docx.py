"""Word documents (``.docx``, python-docx): body paragraphs and tables in document order.

A paragraph is a line (a manual line break inside it starts a new line); a table is written in
the flattened table form, one row per Word row: a cell spanning several columns gives its text
once and empty cells after it, a cell merged down repeats its text in the rows below (its units
and deadline apply to them) except in the first column, left empty so the row continues the
block above. Locators: ``paragraph N`` (N counts the body's paragraphs) and ``table T row R``.
Headers, footers and comments are not read.
"""
from __future__ import annotations

import io

from . import LineWriter, Read, merged_value, need


def _rows(table) -> list[list[str]]:
    """The table's rows as text cells, merged cells resolved (see the module doc)."""
    from docx.table import _Cell
    rows: list[list[str]] = []
    tops: dict[int, str] = {}          # column -> text of the vertically merged cell above
    for tr in table._tbl.tr_lst:
        row: list[str] = []
        before = tr.trPr.grid_before if tr.trPr is not None else 0
        row.extend([""] * before)
        for tc in tr.tc_lst:
            col = len(row)
            span = tc.grid_span
            text = _Cell(tc, table).text
            if tc.vMerge == "continue":
                text = merged_value("", tops.get(col, ""), 1, 0, col)
            else:
                tops[col] = text
            row.append(text)
            row.extend([""] * (span - 1))
        rows.append(row)
    return rows


def read_docx(data: bytes, name: str) -> Read:
    docx = need("docx", "office", name, ".docx files")
    from docx.table import Table
    document = docx.Document(io.BytesIO(data))
    out = LineWriter(name)
    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            rows = _rows(block)
            out.table(rows, [f"table {tables} row {r}" for r in range(1, len(rows) + 1)])
        else:
            paragraphs += 1
            out.paragraph(block.text, f"paragraph {paragraphs}")
    return out.done("docx")
