"""The 台账 workbook as kg wrote it with openpyxl (write-only mode) before it wrote the XML
itself: the reference that ``kg.write.ledger.write_xlsx`` must match byte for byte
(tests/cli/test_office.py)."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Iterable

from kg.write.ledger import COLUMNS, _sheet_name, _sheet_rows, _table_row, _width, safe_cell

_FIXED_TIME = dt.datetime(2000, 1, 1)


def write_xlsx_openpyxl(items: Iterable[dict], path: Path, by_unit: bool = False) -> Path:
    """Write the 台账 workbook to ``path`` (byte-identical for the same entries).

    ``items`` is read twice (or three times), never held: first for each sheet's column widths
    and rows, then row by row into openpyxl's write-only sheets (each spooled to its own
    temporary file), so ``items`` may read a large build one document at a time."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    wb = Workbook(write_only=True)
    wb.properties.creator = "kg"
    wb.properties.created = wb.properties.modified = _FIXED_TIME
    widths: dict[str, list[int]] = {}
    count: dict[str, int] = {}
    for title, e in _sheet_rows(items, by_unit):
        w = widths.get(title)
        if w is None:
            w = widths[title] = [_width(c) for c in COLUMNS]
            count[title] = 0
        count[title] += 1
        for i, v in enumerate(_table_row(count[title], e)):
            w[i] = max(w[i], 10 if isinstance(v, dt.date) else _width(safe_cell(v)) if v != "" else 0)
    if not widths:
        widths, count = {"台账": [_width(c) for c in COLUMNS]}, {"台账": 0}
    used: set[str] = set()
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    wrapped = [c in ("任务", "文件") for c in COLUMNS]
    styles: dict = {}     # (kind of value, wrapped column) -> the cells' StyleArray, shared
    sheet = {}
    for title, ws_widths in widths.items():
        ws = sheet[title] = wb.create_sheet(_sheet_name(title, used))
        for i, w in enumerate(ws_widths):
            limit = 60 if COLUMNS[i] in ("任务", "文件") else 40
            ws.column_dimensions[get_column_letter(i + 1)].width = min(max(w + 2, 8), limit)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count[title] + 1}"
        header = []
        for c in COLUMNS:
            cell = WriteOnlyCell(ws, value=c)
            cell.font = bold
            header.append(cell)
        ws.append(header)
    written = dict.fromkeys(widths, 0)
    for title, e in _sheet_rows(items, by_unit):
        ws = sheet[title]
        written[title] += 1
        cells = []
        for i, v in enumerate(_table_row(written[title], e)):
            kind = "date" if isinstance(v, dt.date) else "int" if isinstance(v, int) else "str"
            cell = WriteOnlyCell(ws, value=v if kind != "str" else safe_cell(v))
            if kind == "str":
                cell.data_type = "s"          # a string, never a formula
            key = (kind, wrapped[i])
            got = styles.get(key)
            if got is None:
                # the first cell of its kind is styled as such (registering its number format
                # and alignment with the workbook, in the order of first use)...
                if kind == "date":
                    cell.number_format = "yyyy-mm-dd"
                cell.alignment = wrap if wrapped[i] else top
                styles[key] = cell._style
            else:
                # ...the others share its style: openpyxl would look the same font, alignment
                # and number format up again for each cell (most of its time)
                cell._style = got
            cells.append(cell)
        ws.append(cells)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile() as buf:       # a large workbook is not held in memory
        wb.save(buf)
        buf.seek(0)
        _fixed_zip(buf, path)
    return path


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _fixed_zip(data, path: Path) -> None:
    """Rewrite the workbook's zip (bytes or a binary file) with fixed timestamps, so two
    builds give the same bytes. Members are copied a block at a time (the same bytes as
    ``writestr`` of the whole member, which writes through the same stream)."""
    with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            if info.filename == "docProps/core.xml":   # openpyxl stamps the save time
                dst.writestr(fixed, _MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>",
                                                  src.read(info.filename)))
                continue
            fixed.file_size = info.file_size
            with src.open(info) as r, dst.open(fixed, "w") as w:
                shutil.copyfileobj(r, w, 1 << 20)
