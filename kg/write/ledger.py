"""Write the 台账: ``ledger.csv`` and ``ledger.xlsx``, one row per task that has stated units.

``ledger.csv`` is UTF-8 with BOM and CRLF line ends, so Excel opens it as it is. ``ledger.xlsx``
(openpyxl, write-only mode) has the columns an office keeps — 序号, 任务, 牵头单位, 配合单位,
责任单位, 完成时限 (as written), 截止日期 (a real date: a month is due on its last day, a year on
31 December), 文件, 出处, and empty 进展 / 状态 to fill in — with a frozen header, filters and
column widths that fit Chinese text; one sheet per document type (or one per unit,
``kg ledger --by-unit``); tasks that name only 供稿 contributors are on a sheet of their own.

Every cell is safe to open (OWASP CSV injection): a cell beginning with ``=`` ``+`` ``-`` ``@``,
TAB or CR gets a leading ``'``, control characters are removed, and strings are always written
as strings, never as formulas. The xlsx is byte-identical across builds (fixed document
properties and zip timestamps).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..dates import due_date
from ..model import BuildResult
from ..spool import DocRecord, records
from ..vocab import ACTOR_KINDS, LEDGER_FILE, LEDGER_XLSX_FILE, STATED_ROLES

COLUMNS = ("序号", "任务", "牵头单位", "配合单位", "责任单位", "完成时限", "截止日期", "文件", "出处",
           "进展", "状态")
LEAD, SUPPORT, RESPONSIBLE = ("lead",), ("support", "assist"), ("responsible", "duty")
CONTRIBUTOR = ("contributor", "source")
CONTRIBUTOR_SHEET = "供稿"
OTHER_SHEET = "其他"
_FIXED_TIME = dt.datetime(2000, 1, 1)

# ------------------------------------------------------------------ safe cells

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """A string that no spreadsheet reads as a formula (OWASP): control characters removed
    (TAB and CR become spaces), and a leading ``'`` when it begins with = + - @ TAB or CR."""
    if value is None:
        return ""
    s = str(value)
    risky = s.startswith(_FORMULA_START)
    s = _CONTROL.sub("", s.replace("\t", " ").replace("\r\n", "\n").replace("\r", " "))
    if risky or s.lstrip().startswith(_FORMULA_START):
        s = "'" + s
    return s


# ------------------------------------------------------------------ rows

_PHRASE = re.compile(r"(\d{4})\s*年(?:(\d{1,2})\s*月(?:份)?(?:(\d{1,2})\s*日)?)?"
                     r"(底|末|年底|年末|中旬|上旬|下旬|初)?(?:之?前|以前|完成|内|止)*")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def written_deadline(source_text: str, deadline: Optional[str]) -> str:
    """The deadline as the text writes it (``2024年6月底前``), found in the task's source text
    by its year, month and day; the deadline as given when it is not a date or not there."""
    if not deadline:
        return ""
    want = _ISO.match(deadline)
    if not want:
        return deadline
    y, mo, d = (int(g) if g else None for g in want.groups())
    for m in _PHRASE.finditer(source_text or ""):
        my = int(m.group(1))
        mm = int(m.group(2)) if m.group(2) else (12 if m.group(4) in ("底", "末", "年底", "年末")
                                                   else None)
        md = int(m.group(3)) if m.group(3) else None
        if (my, mm, md) == (y, mo, d):
            return m.group(0)
    return deadline


def entries(assignments: Iterable[dict], doc_types: dict[str, Optional[str]]) -> list[dict]:
    """One entry per task with stated units, in task order, from assignment rows as written
    to ``assignments.jsonl`` (or :func:`kg.write.jsonl.assignment_rows`)."""
    by_task: dict[str, list[dict]] = {}
    for a in assignments:
        if a["role"] in STATED_ROLES:
            by_task.setdefault(a["task_id"], []).append(a)
    out = []
    for task_id, rows in by_task.items():
        first = rows[0]

        def names(roles: tuple[str, ...]) -> str:
            return "、".join(dict.fromkeys(a["unit"] for a in rows if a["role"] in roles))
        deadline = next((a["deadline"] for a in rows if a.get("deadline")), None)
        src = first["source"]
        where = f"{src['file']}:{src['line']}"
        if src.get("locator"):
            where += f" ({src['locator']})"
        title = first.get("doc_title") or ""
        if first.get("doc_number"):
            title += f" {first['doc_number']}"
        out.append({
            "task_id": task_id, "task": " ".join((first.get("task_text") or "").split()),
            "lead": names(LEAD), "support": names(SUPPORT), "responsible": names(RESPONSIBLE),
            "contributors": names(CONTRIBUTOR),
            "only_contributors": all(a["role"] in CONTRIBUTOR for a in rows),
            "deadline": deadline,
            "deadline_text": written_deadline(first.get("source_text", ""), deadline),
            "due": due_date(deadline), "document": title,
            "doc_type": doc_types.get(first.get("doc_id", "")) or OTHER_SHEET, "where": where,
            "units": list(dict.fromkeys((a["unit"], a["role"]) for a in rows)),
        })
    return out


LEDGER_HEADER = ["文件", "文号", "辖区", "层级", "任务", "牵头单位", "配合单位", "责任单位",
                 "其他（供稿/信息来源）", "完成时限", "出处", "社会主体（企业/社会组织/基层组织/事业单位）"]


def ledger_rows(rec: DocRecord) -> Iterator[list[str]]:
    """The rows of ``ledger.csv`` of one document: one per task that has stated units."""
    by_task: dict[str, list] = defaultdict(list)
    for a in rec.assignments:
        if a.raw.role not in STATED_ROLES:
            continue        # group seats and mentions are not stated responsibility
        by_task[a.task_id].append(a)
    d = rec.doc
    for t in rec.tasks:
        ass = by_task.get(t.task_id)
        if not ass:
            continue

        def names(roles: tuple[str, ...]) -> str:
            seen = dict.fromkeys(a.unit.name for a in ass
                                 if a.raw.role in roles and a.unit.kind not in ACTOR_KINDS)
            return "、".join(seen)
        # non-government actors are kept apart from government units, in a column of their own
        actors = "、".join(dict.fromkeys(a.unit.name for a in ass if a.unit.kind in ACTOR_KINDS))
        deadline = next((a.raw.deadline for a in ass if a.raw.deadline), "") or ""
        lines = sorted({a.raw.mention.source.line for a in ass})
        where = f"{t.span.file}:{t.span.first_line}"
        if lines and lines[0] != t.span.first_line:
            where += f" (注 {','.join(str(x) for x in lines[:3])})"
        yield [safe_cell(v) for v in (
            d.title, d.number or "", d.jurisdiction or "", t.path_str, t.text.replace("\n", " "),
            names(LEAD), names(SUPPORT), names(RESPONSIBLE), names(CONTRIBUTOR), deadline, where,
            actors)]


def _write_csv(result: BuildResult, fh) -> None:
    fh.write("\ufeff")
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(LEDGER_HEADER)
    for rec in records(result):
        w.writerows(ledger_rows(rec))


def ledger(result: BuildResult) -> str:
    """``ledger.csv``: one row per task that has units, UTF-8 with BOM for Excel."""
    buf = io.StringIO()
    _write_csv(result, buf)
    return buf.getvalue()


# ------------------------------------------------------------------ xlsx

def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_BAD_SHEET = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(name: str, used: set[str]) -> str:
    base = _BAD_SHEET.sub("_", name).strip("'") or OTHER_SHEET
    base = base[:31]
    cand, k = base, 2
    while cand.lower() in used:
        suffix = f"({k})"
        cand = base[:31 - len(suffix)] + suffix
        k += 1
    used.add(cand.lower())
    return cand


def sheets(items: list[dict], by_unit: bool = False) -> dict[str, list[dict]]:
    """Entries grouped into sheets: by document type (default) or by unit; tasks naming only
    供稿 contributors on their own sheet."""
    out: dict[str, list[dict]] = {}
    contributors: list[dict] = []
    for e in items:
        if e["only_contributors"]:
            contributors.append(e)
        elif by_unit:
            for unit in dict.fromkeys(u for u, role in e["units"] if role not in CONTRIBUTOR):
                out.setdefault(unit, []).append(e)
        else:
            out.setdefault(e["doc_type"], []).append(e)
    if contributors:
        out.setdefault(CONTRIBUTOR_SHEET, []).extend(contributors)
    return out


def _sheet_rows(items: Iterable[dict], by_unit: bool) -> Iterator[tuple[str, dict]]:
    """(sheet, entry) in the order of :func:`sheets`: the entries of each sheet in order, and
    the tasks naming only contributors after all others. Reads ``items`` twice when some
    task names only contributors."""
    contributors = False
    for e in items:
        if e["only_contributors"]:
            contributors = True
        elif by_unit:
            for unit in dict.fromkeys(u for u, role in e["units"] if role not in CONTRIBUTOR):
                yield unit, e
        else:
            yield e["doc_type"], e
    if contributors:
        for e in items:
            if e["only_contributors"]:
                yield CONTRIBUTOR_SHEET, e


def _table_row(k: int, e: dict) -> list:
    # on the 供稿 sheet the contributors stand in the 责任单位 column
    return [k, e["task"], e["lead"], e["support"],
            e["contributors"] if e["only_contributors"] else e["responsible"],
            e["deadline_text"], e["due"], e["document"], e["where"], "", ""]


def write_xlsx(items: Iterable[dict], path: Path, by_unit: bool = False) -> Path:
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


class _Entries:
    """The ledger entries of a build, read one document at a time on each iteration."""

    def __init__(self, result: BuildResult) -> None:
        self.result = result

    def __iter__(self) -> Iterator[dict]:
        from .jsonl import doc_assignment_rows
        for rec in records(self.result):
            yield from entries(doc_assignment_rows(rec, self.result.locators),
                               {rec.doc.doc_id: rec.doc.type})


def write_ledger(result: BuildResult, out: Path) -> None:
    """Write ``ledger.csv`` and ``ledger.xlsx`` into ``out`` (one document at a time)."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / LEDGER_FILE).open("w", encoding="utf-8", newline="") as fh:
        _write_csv(result, fh)
    write_xlsx(_Entries(result), out / LEDGER_XLSX_FILE)
