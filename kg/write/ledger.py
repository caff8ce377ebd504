"""Write the 台账: ``ledger.csv`` and ``ledger.xlsx``, one row per task that has stated units
or names posts or persons as its people (``责任领导：张三`` alone: unit columns empty).

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
from ..vocab import ACTOR_KINDS, DIVISION_KIND, LEDGER_FILE, LEDGER_XLSX_FILE, POST_ROLE_MARKS, STATED_ROLES

COLUMNS = ("序号", "任务", "牵头单位", "配合单位", "责任单位", "责任领导", "完成时限", "截止日期", "文件",
           "出处", "进展", "状态")
LEAD, SUPPORT, RESPONSIBLE = ("lead",), ("support", "assist"), ("responsible", "duty")
CONTRIBUTOR = ("contributor", "source")
CONTRIBUTOR_SHEET = "供稿"
POSTS_SHEET = "仅责任领导"     # by unit: the tasks naming only posts or persons, no unit
OTHER_SHEET = "其他"

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


def post_names(posts: Iterable[dict]) -> str:
    """The 责任领导 cell: the posts and persons written as a task's people (rows of the
    ``posts`` of ``tasks.jsonl``), a lead or supporting one marked (``市政府分管副市长（牵头）``), a
    contact person too (``李四（联系人）``: whom to call, written beside the units)."""
    return "、".join(dict.fromkeys(
        p["post"] + ("（联系人）" if (p.get("label") or "").startswith("联系人")
                     else POST_ROLE_MARKS.get(p["role"], "")) for p in posts))


def _where(src: dict) -> str:
    where = f"{src['file']}:{src['line']}"
    if src.get("locator"):
        where += f" ({src['locator']})"
    return where


def _title(title: Optional[str], number: Optional[str]) -> str:
    return (title or "") + (f" {number}" if number else "")


def entries(assignments: Iterable[dict], doc_types: dict[str, Optional[str]],
            posts: Optional[dict[str, list[dict]]] = None,
            tasks: Optional[Iterable[dict]] = None,
            documents: Optional[dict[str, dict]] = None) -> list[dict]:
    """One entry per task with stated units, in task order, from assignment rows as written
    to ``assignments.jsonl`` (or :func:`kg.write.jsonl.assignment_rows`); ``posts``: task_id ->
    the ``posts`` of its ``tasks.jsonl`` row (the 责任领导 column).

    With ``tasks`` (rows of ``tasks.jsonl`` in their order: ``task_id``, ``doc_id``, ``text``)
    and ``documents`` (doc_id -> its ``title`` and ``number``), a task that names only posts or
    persons (``责任领导：张三``, no unit) has an entry too: its people in the 责任领导 column,
    its unit columns empty, its source the first post's line."""
    by_task: dict[str, list[dict]] = {}
    for a in assignments:
        if a["role"] in STATED_ROLES:
            by_task.setdefault(a["task_id"], []).append(a)
    posts = posts or {}
    out = []
    for task_id, rows in by_task.items():
        first = rows[0]

        def names(roles: tuple[str, ...]) -> str:
            return "、".join(dict.fromkeys(a["unit"] for a in rows if a["role"] in roles))
        deadline = next((a["deadline"] for a in rows if a.get("deadline")), None)
        out.append({
            "task_id": task_id, "task": " ".join((first.get("task_text") or "").split()),
            "lead": names(LEAD), "support": names(SUPPORT), "responsible": names(RESPONSIBLE),
            "posts": post_names(posts.get(task_id, ())),
            "contributors": names(CONTRIBUTOR),
            "only_contributors": all(a["role"] in CONTRIBUTOR for a in rows),
            "deadline": deadline,
            "deadline_text": written_deadline(first.get("source_text", ""), deadline),
            "due": due_date(deadline),
            "document": _title(first.get("doc_title"), first.get("doc_number")),
            "doc_type": doc_types.get(first.get("doc_id", "")) or OTHER_SHEET,
            "where": _where(first["source"]),
            "units": list(dict.fromkeys((a["unit"], a["role"]) for a in rows)),
        })
    if tasks is None:
        return out
    # tasks naming only posts, in task order among the others (assignment rows follow the
    # order of tasks, document by document, so the entries above already do)
    by_id = {e["task_id"]: e for e in out}
    merged = []
    for t in tasks:
        e = by_id.pop(t["task_id"], None)
        if e is None and posts.get(t["task_id"]) and t.get("kind") != DIVISION_KIND:
            e = post_only_entry(t, posts[t["task_id"]], (documents or {}).get(t["doc_id"], {}),
                                doc_types.get(t["doc_id"]))
        if e is not None:
            merged.append(e)
    return merged + list(by_id.values())


def post_only_entry(task: dict, posts: list[dict], doc: dict, doc_type: Optional[str]) -> dict:
    """The entry of a task naming only posts or persons: no unit, its people as 责任领导."""
    return {
        "task_id": task["task_id"], "task": " ".join((task.get("text") or "").split()),
        "lead": "", "support": "", "responsible": "", "posts": post_names(posts),
        "contributors": "", "only_contributors": False, "deadline": None, "deadline_text": "",
        "due": None, "document": _title(doc.get("title"), doc.get("number")),
        "doc_type": doc_type or OTHER_SHEET, "where": _where(posts[0]["source"]), "units": [],
    }


LEDGER_HEADER = ["文件", "文号", "辖区", "层级", "任务", "牵头单位", "配合单位", "责任单位", "责任领导",
                 "其他（供稿/信息来源）", "完成时限", "出处", "社会主体（企业/社会组织/基层组织/事业单位）"]


def ledger_rows(rec: DocRecord) -> Iterator[list[str]]:
    """The rows of ``ledger.csv`` of one document: one per task that has stated units or
    names posts or persons (its unit columns then empty)."""
    by_task: dict[str, list] = defaultdict(list)
    for a in rec.assignments:
        if a.raw.role not in STATED_ROLES:
            continue        # group seats and mentions are not stated responsibility
        by_task[a.task_id].append(a)
    d = rec.doc
    posts = rec.posts_by_task()
    for t in rec.tasks:
        ass = by_task.get(t.task_id, [])
        if not ass and (not posts.get(t.task_id) or t.kind == DIVISION_KIND):
            # a task naming neither units nor posts has no row, nor a leader's share of the
            # work (领导分工: its units are overseen, not given a task)
            continue

        def names(roles: tuple[str, ...]) -> str:
            seen = dict.fromkeys(a.unit.name for a in ass
                                 if a.raw.role in roles and a.unit.kind not in ACTOR_KINDS)
            return "、".join(seen)
        # non-government actors are kept apart from government units, in a column of their own
        actors = "、".join(dict.fromkeys(a.unit.name for a in ass if a.unit.kind in ACTOR_KINDS))
        deadline = next((a.raw.deadline for a in ass if a.raw.deadline), "") or ""
        lines = sorted({a.raw.mention.source.line for a in ass}
                       or {p.source.line for p in posts[t.task_id]})
        where = f"{t.span.file}:{t.span.first_line}"
        if lines and lines[0] != t.span.first_line:
            where += f" (注 {','.join(str(x) for x in lines[:3])})"
        yield [safe_cell(v) for v in (
            d.title, d.number or "", d.jurisdiction or "", t.path_str, t.text.replace("\n", " "),
            names(LEAD), names(SUPPORT), names(RESPONSIBLE),
            post_names(p.as_dict() for p in posts.get(t.task_id, ())), names(CONTRIBUTOR),
            deadline, where, actors)]


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
    base = _BAD_SHEET.sub("_", _XML_NAME_BAD.sub("", name)).strip("'") or OTHER_SHEET
    base = base[:31]
    cand, k = base, 2
    while cand.lower() in used:
        suffix = f"({k})"
        cand = base[:31 - len(suffix)] + suffix
        k += 1
    used.add(cand.lower())
    return cand


def _unit_sheets(e: dict) -> Iterable[str]:
    """The sheets of an entry in the 台账 by unit: its units', or, for a task naming only
    posts or persons, the sheet of such tasks (:data:`POSTS_SHEET`)."""
    units = dict.fromkeys(u for u, role in e["units"] if role not in CONTRIBUTOR)
    return units or ((POSTS_SHEET,) if e.get("posts") else ())


def sheets(items: list[dict], by_unit: bool = False) -> dict[str, list[dict]]:
    """Entries grouped into sheets: by document type (default) or by unit; tasks naming only
    供稿 contributors on their own sheet, and by unit, tasks naming only posts or persons on
    theirs (:data:`POSTS_SHEET`)."""
    out: dict[str, list[dict]] = {}
    contributors: list[dict] = []
    for e in items:
        if e["only_contributors"]:
            contributors.append(e)
        elif by_unit:
            for unit in _unit_sheets(e):
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
            for unit in _unit_sheets(e):
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
            e["contributors"] if e["only_contributors"] else e["responsible"], e.get("posts", ""),
            e["deadline_text"], e["due"], e["document"], e["where"], "", ""]


# The workbook is written directly as the SpreadsheetML parts openpyxl's write-only mode wrote
# for it (same XML, same parts in the same order, same zip settings), so ``ledger.xlsx`` is
# byte-identical to what openpyxl 3.1.5 gave, without its import (~0.2 CPU s) and its per-cell
# objects (~0.3 CPU s per 10 000 cells). ``tests/cli/test_office.py`` compares the two on
# varied entries. The theme is openpyxl's default Office theme (kg/data/xlsx/theme1.xml), and
# docProps/app.xml still names the application openpyxl wrote there.

_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument"
_APP_XML = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties"><Application>Microsoft Excel Compatible / Openpyxl 3.1.5'
            '</Application><AppVersion>3.1</AppVersion></Properties>')
_CORE_XML = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties"><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">kg</dc:creator>'
    + "".join(f'<dcterms:{t} xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org'
              f'/2001/XMLSchema-instance" xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z'
              f'</dcterms:{t}>' for t in ("created", "modified"))
    + "</cp:coreProperties>")
_RELS_XML = (
    f'<Relationships xmlns="{_NS_PKG_REL}">'
    f'<Relationship Type="{_NS_REL}/officeDocument" Target="xl/workbook.xml" Id="rId1"/>'
    f'<Relationship Type="{_NS_PKG_REL}/metadata/core-properties" Target="docProps/core.xml" '
    f'Id="rId2"/><Relationship Type="{_NS_REL}/extended-properties" Target="docProps/app.xml" '
    f'Id="rId3"/></Relationships>')
_XF = '<xf numFmtId="{}" fontId="{}" fillId="0" borderId="0"{} pivotButton="0" quotePrefix="0" xfId="0"{}'
# cell styles (cellXfs), by the index the cells use: 0 default, 1 bold header, 2 top-aligned
# (numbers and unwrapped text), 3 wrapped, 4 a date (only when some cell holds one)
_XFS = (_XF.format(0, 0, "", "/>"), _XF.format(0, 1, "", "/>"),
        _XF.format(0, 0, ' applyAlignment="1"', '><alignment vertical="top"/></xf>'),
        _XF.format(0, 0, ' applyAlignment="1"', '><alignment vertical="top" wrapText="1"/></xf>'),
        _XF.format(164, 0, ' applyAlignment="1"', '><alignment vertical="top"/></xf>'))
_INDEXED = ("00000000 00FFFFFF 00FF0000 0000FF00 000000FF 00FFFF00 00FF00FF 0000FFFF " * 2
            + "00800000 00008000 00000080 00808000 00800080 00008080 00C0C0C0 00808080 009999FF "
            "00993366 00FFFFCC 00CCFFFF 00660066 00FF8080 000066CC 00CCCCFF 00000080 00FF00FF "
            "00FFFF00 0000FFFF 00800080 00800000 00008080 000000FF 0000CCFF 00CCFFFF 00CCFFCC "
            "00FFFF99 0099CCFF 00FF99CC 00CC99FF 00FFCC99 003366FF 0033CCCC 0099CC00 00FFCC00 "
            "00FF9900 00FF6600 00666699 00969696 00003366 00339966 00003300 00333300 00993300 "
            "00993366 00333399 00333333").split()


def _styles_xml(n_xfs: int) -> str:
    """xl/styles.xml with the first ``n_xfs`` cell styles of :data:`_XFS`."""
    numfmts = ('<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
               if n_xfs > 4 else '<numFmts count="0"/>')
    return (
        f'<styleSheet xmlns="{_NS_MAIN}">{numfmts}<fonts count="2"><font><name val="Calibri"/>'
        '<family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font><font>'
        '<b val="1"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill>'
        '<patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/>'
        '<right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf '
        'numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{n_xfs}">{"".join(_XFS[:n_xfs])}</cellXfs><cellStyles count="1">'
        '<cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles><tableStyles '
        'count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>'
        '<colors><indexedColors>' + "".join(f'<rgbColor rgb="{c}"/>' for c in _INDEXED)
        + '</indexedColors></colors></styleSheet>')


_LETTERS = "ABCDEFGHIJKL"
assert len(_LETTERS) == len(COLUMNS)
_SHEET_TOP = (
    f'<worksheet xmlns="{_NS_MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/>'
    '<pageSetUpPr/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" '
    'topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" '
    'activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" '
    'defaultRowHeight="15"/><cols>')
_SHEET_TAIL = ('</sheetData><autoFilter ref="A1:L{}"/><pageMargins left="0.75" right="0.75" '
               'top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>')
_XML_TEXT_BAD = re.compile("[\ud800-\udfff\ufffe\uffff]")   # not characters of XML 1.0
# in a sheet name: also control characters, which lxml refused (the build stopped there)
_XML_NAME_BAD = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTR_ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
             "\r": "&#13;", "\t": "&#9;"}
_ATTR_RE = re.compile('[&<>"\n\r\t]')


def _text(s: str) -> str:
    """Element text as lxml writes it (``&``, ``<``, ``>`` escaped)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(s: str) -> str:
    """An attribute value as lxml writes it."""
    return _ATTR_RE.sub(lambda m: _ATTR_ESC[m.group(0)], s)


def _cell_text(s: str) -> bytes:
    """An inline string's ``<is>`` element, in ASCII with character references (as openpyxl's
    worksheet writer serialises it); ``xml:space="preserve"`` when it has outer white space."""
    if _XML_TEXT_BAD.search(s):
        s = _XML_TEXT_BAD.sub("", s)
    space = ' xml:space="preserve"' if s != s.strip() else ""
    return f"<is><t{space}>{_text(s)}</t></is>".encode("ascii", "xmlcharrefreplace")


def _excel_day(d: dt.date) -> int:
    """The Excel serial day of ``d`` (1900 date system, as openpyxl counts it)."""
    days = (d - dt.date(1899, 12, 30)).days
    return days - 1 if 0 < days <= 60 else days


def _row_xml(r: int, values: list, dates: list[bool]) -> bytes:
    """One table row; ``dates[i]`` is set when column ``i`` holds a date."""
    out = [b'<row r="%d">' % r]
    for i, v in enumerate(values):
        ref = f"{_LETTERS[i]}{r}".encode()
        if isinstance(v, dt.date):
            out.append(b'<c r="%s" s="4" t="n"><v>%d</v></c>' % (ref, _excel_day(v)))
            dates[i] = True
        elif isinstance(v, int):
            out.append(b'<c r="%s" s="2" t="n"><v>%d</v></c>' % (ref, v))
        else:
            style = b"3" if _WRAPPED[i] else b"2"
            text = safe_cell(v)[:32767]      # a cell's limit (openpyxl cut strings there)
            if text:
                out.append(b'<c r="%s" s="%s" t="inlineStr">%s</c>' % (ref, style, _cell_text(text)))
            else:
                out.append(b'<c r="%s" s="%s" t="inlineStr"></c>' % (ref, style))
    out.append(b"</row>")
    return b"".join(out)


_WRAPPED = [c in ("任务", "文件") for c in COLUMNS]
_HEADER = (b'<row r="1">' + b"".join(b'<c r="%s1" s="1" t="inlineStr">%s</c>' % (
    _LETTERS[i].encode(), _cell_text(c)) for i, c in enumerate(COLUMNS)) + b"</row>")


def write_xlsx(items: Iterable[dict], path: Path, by_unit: bool = False) -> Path:
    """Write the 台账 workbook to ``path`` (byte-identical for the same entries).

    ``items`` is read once (twice when some task names only contributors), never held: each
    sheet's rows are written as they come to a spooled temporary file (in memory up to 1 MB),
    its column widths and row count kept, and the sheets are then zipped with the
    workbook's other parts, so ``items`` may read a large build one document at a time."""
    from ..data import resource
    widths: dict[str, list[int]] = {}
    count: dict[str, int] = {}
    rows: dict[str, tempfile.SpooledTemporaryFile] = {}
    dates = [False] * len(COLUMNS)
    try:
        for title, e in _sheet_rows(items, by_unit):
            w = widths.get(title)
            if w is None:
                w = widths[title] = [_width(c) for c in COLUMNS]
                count[title] = 0
                rows[title] = tempfile.SpooledTemporaryFile(max_size=1 << 20)
            count[title] += 1
            values = _table_row(count[title], e)
            for i, v in enumerate(values):
                w[i] = max(w[i], 10 if isinstance(v, dt.date) else _width(safe_cell(v)) if v != "" else 0)
            rows[title].write(_row_xml(count[title] + 1, values, dates))
        if not widths:
            widths, count = {"台账": [_width(c) for c in COLUMNS]}, {"台账": 0}
        used: set[str] = set()
        names = [_sheet_name(title, used) for title in widths]
        n = len(names)
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            def part(name: str, data) -> None:
                info = _zip_info(name)
                if isinstance(data, (bytes, str)):
                    z.writestr(info, data)
                    return
                data.seek(0, 2)
                info.file_size = data.tell()
                data.seek(0)
                with z.open(info, "w") as w:
                    shutil.copyfileobj(data, w, 1 << 20)
            part("docProps/app.xml", _APP_XML)
            part("docProps/core.xml", _CORE_XML)
            part("xl/theme/theme1.xml", resource("data", "xlsx", "theme1.xml").read_bytes())
            for k, title in enumerate(widths, 1):
                with tempfile.SpooledTemporaryFile(max_size=1 << 20) as sheet:
                    sheet.write(_sheet_top(widths[title]))
                    body = rows.get(title)
                    if body is not None:
                        body.seek(0)
                        shutil.copyfileobj(body, sheet, 1 << 20)
                    sheet.write(_SHEET_TAIL.format(count[title] + 1).encode())
                    part(f"xl/worksheets/sheet{k}.xml", sheet)
            part("xl/styles.xml", _styles_xml(2 if not rows else 5 if any(dates) else 4))
            part("_rels/.rels", _RELS_XML)
            part("xl/workbook.xml", _workbook_xml(names, [count[t] for t in widths]))
            part("xl/_rels/workbook.xml.rels", _workbook_rels(n))
            part("[Content_Types].xml", _content_types(n))
    finally:
        for f in rows.values():
            f.close()
    return path


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def _sheet_top(widths: list[int]) -> bytes:
    cols = []
    for i, w in enumerate(widths):
        limit = 60 if COLUMNS[i] in ("任务", "文件") else 40
        cols.append(f'<col width="{min(max(w + 2, 8), limit)}" customWidth="1" min="{i + 1}" '
                    f'max="{i + 1}"/>')
    return (_SHEET_TOP + "".join(cols) + "</cols><sheetData>").encode() + _HEADER


def _workbook_xml(names: list[str], counts: list[int]) -> str:
    sheets = "".join(f'<sheet xmlns:r="{_NS_REL}" name="{_attr(name)}" sheetId="{k}" '
                     f'state="visible" r:id="rId{k}"/>' for k, name in enumerate(names, 1))
    filters = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{k}" hidden="1">'
        f"{_text(chr(39) + name.replace(chr(39), chr(39) * 2) + chr(39))}!$A$1:$L${c + 1}"
        "</definedName>" for k, (name, c) in enumerate(zip(names, counts)))
    return (f'<workbook xmlns="{_NS_MAIN}"><workbookPr/><workbookProtection/><bookViews>'
            '<workbookView visibility="visible" minimized="0" showHorizontalScroll="1" '
            'showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" '
            f'activeTab="0" autoFilterDateGrouping="1"/></bookViews><sheets>{sheets}</sheets>'
            f'<definedNames>{filters}</definedNames><calcPr calcId="124519" '
            'fullCalcOnLoad="1"/></workbook>')


def _workbook_rels(n: int) -> str:
    rels = [(f"{_NS_REL}/worksheet", f"/xl/worksheets/sheet{k}.xml") for k in range(1, n + 1)]
    rels += [(f"{_NS_REL}/styles", "styles.xml"), (f"{_NS_REL}/theme", "theme/theme1.xml")]
    return (f'<Relationships xmlns="{_NS_PKG_REL}">' + "".join(
        f'<Relationship Type="{t}" Target="{target}" Id="rId{k}"/>'
        for k, (t, target) in enumerate(rels, 1)) + "</Relationships>")


def _content_types(n: int) -> str:
    parts = [("/xl/styles.xml", f"{_CT}.spreadsheetml.styles+xml"),
             ("/xl/theme/theme1.xml", f"{_CT}.theme+xml"),
             ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
             ("/docProps/app.xml", f"{_CT}.extended-properties+xml")]
    parts += [(f"/xl/worksheets/sheet{k}.xml", f"{_CT}.spreadsheetml.worksheet+xml")
              for k in range(1, n + 1)]
    parts.append(("/xl/workbook.xml", f"{_CT}.spreadsheetml.sheet.main+xml"))
    return ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{n_}" ContentType="{t}"/>' for n_, t in parts)
            + "</Types>")


class _Entries:
    """The ledger entries of a build, read one document at a time on each iteration."""

    def __init__(self, result: BuildResult) -> None:
        self.result = result

    def __iter__(self) -> Iterator[dict]:
        from .jsonl import doc_assignment_rows
        for rec in records(self.result):
            posts = {t: [p.as_dict(self.result.locators) for p in ps]
                     for t, ps in rec.posts_by_task().items()}
            d = rec.doc
            yield from entries(
                doc_assignment_rows(rec, self.result.locators), {d.doc_id: d.type}, posts,
                ({"task_id": t.task_id, "doc_id": t.doc_id, "text": t.text} for t in rec.tasks),
                {d.doc_id: {"title": d.title, "number": d.number}})


def write_ledger(result: BuildResult, out: Path) -> None:
    """Write ``ledger.csv`` and ``ledger.xlsx`` into ``out`` (one document at a time)."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / LEDGER_FILE).open("w", encoding="utf-8", newline="") as fh:
        _write_csv(result, fh)
    write_xlsx(_Entries(result), out / LEDGER_XLSX_FILE)


write_ledger.fork_safe = True     # pure Python: kg.write.write may run it in a forked child
# CPU s of the bundled corpus: the costliest forked writer is claimed first (kg.write._write_forked)
write_ledger.write_cost = 0.12
