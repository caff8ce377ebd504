"""Input formats: every file, whatever its format, becomes the same stream of :class:`~kg.model.Line`.

This package is the one place to add an input format. Each module reads one family of files
and returns a :class:`Read`: the lines the rest of the pipeline reads (exactly what a ``.txt``
file gives), a *locator* for lines that do not come from a numbered text line (``paragraph
12``, ``table 1 row 3``, ``page 2``, ``sheet 分工表 row 5``) and the problems it met, as
:class:`~kg.model.Issue` records naming the file (and line or page).

Tables of every format are written in the flattened form :mod:`kg.extract.outline` reads:
one cell per line starting with a tab, a line holding only a tab for an empty cell, a line
without a tab continuing the cell above, a blank line between rows and two blank lines after
the table (:meth:`LineWriter.table`). The first row is the header; a two-level header
(责任单位 over 牵头单位 | 配合单位) becomes one row of the lower names.

Registry: :data:`READERS` maps a lower-case extension to ``reader(data: bytes, name: str) ->
Read``. To add a format, write a module with such a function and add
``_Lazy(module, function)`` to :data:`READERS` (the module is imported on first use);
import its library inside the function (:func:`need` turns a missing optional library into
an issue naming the file and the extra to install).
"""
from __future__ import annotations

import importlib
import io
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from ... import errors
from ...model import Issue, Line
from ...text import as_written, normalise


@dataclass
class Read:
    """What a reader made of one file."""
    lines: list[Line] = field(default_factory=list)
    locators: dict[int, str] = field(default_factory=dict)   # line number -> locator
    encoding: str = ""                                         # text encoding or the format
    issues: list[Issue] = field(default_factory=list)


class MissingExtra(Exception):
    """An optional library needed for a format is not installed."""


def need(module: str, extra: str, name: str, what: str):
    """Import ``module`` or raise :class:`MissingExtra` with a message naming the file and the
    extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise MissingExtra(f"reading {what} needs the optional package '{module}' "
                           f"({err}); install it with: pip install 'kg[{extra}]'") from err


class LineWriter:
    """Collect the lines of one file: paragraphs and tables, each with its locator."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: list[Line] = []
        self.locators: dict[int, str] = {}

    def line(self, text: str, locator: str = "", number: Optional[int] = None) -> None:
        n = number if number is not None else len(self.lines) + 1
        text = as_written(text)
        self.lines.append(Line(self.name, n, text, normalise(text)))
        if locator and n not in self.locators:
            self.locators[n] = locator

    def blank(self, number: Optional[int] = None) -> None:
        self.line("", "", number)

    def paragraph(self, text: str, locator: str = "", number: Optional[int] = None) -> None:
        """One paragraph: a line per line break in it (a line without text stays blank).
        Tabs inside are spaces: a tab at the start of a line means a table cell."""
        parts = clean(text).split("\n")
        for part in parts:
            self.line(part.replace("\t", " ").strip(), locator, number)

    def table(self, rows: list[list[str]], locators: list[str],
              numbers: Optional[list[int]] = None) -> None:
        """A table in the flattened form; ``rows[0]`` is the header."""
        keep = [k for k, r in enumerate(rows) if any(clean(c).strip() for c in r)]
        rows = [[clean(c) for c in rows[k]] for k in keep]
        locators = [locators[k] for k in keep]
        numbers = [numbers[k] for k in keep] if numbers else None
        if not rows:
            return
        width = max(len(r) for r in rows)
        while width > 1 and all(len(r) < width or not r[width - 1].strip() for r in rows):
            width -= 1
        if len(rows) > 2 and _sub_header(rows[0], rows[1]):
            # a two-level header (责任单位 over 牵头单位 | 配合单位): one header row
            rows = [[low.strip() or high for high, low in zip(rows[0] + [""] * width,
                                                               rows[1] + [""] * width)]] + rows[2:]
            locators = locators[1:]
            numbers = numbers[1:] if numbers else None
        if len(rows) > 2 and (graded := _graded_header(rows)) is not None:
            # a classifying column over its grades (类别及事项 over 一级 | 二级): the grades are
            # its columns; a row short of cells lost the merged grade cells on its left
            rows, width = graded
            locators = locators[1:]
            numbers = numbers[1:] if numbers else None
        if record_table(rows):
            # a form's fields as a table (事项名称 | X, 实施机关 | Y): one labelled field a row
            for k, row in enumerate(rows):
                label, value = (c.strip() for c in row if c.strip())
                self.line(f"{label}：{''.join(p.strip() for p in value.splitlines())}",
                          locators[k], numbers[k] if numbers else None)
            self.blank(numbers[-1] if numbers else None)
            return
        if len(rows) == 1:
            # a one-row table is a caption: its text is a paragraph
            self.paragraph(" ".join(c.strip() for c in rows[0] if c.strip()), locators[0],
                           numbers[0] if numbers else None)
            return
        for k, row in enumerate(rows):
            number = numbers[k] if numbers else None
            if k:
                self.blank(number)
            row = (row + [""] * width)[:width]
            for cell in row:
                parts = [p.replace("\t", " ").strip() for p in cell.split("\n")]
                parts = [p for p in parts if p]
                if not parts:
                    self.line("\t", locators[k], number)
                    continue
                self.line("\t" + parts[0], locators[k], number)
                for p in parts[1:]:
                    self.line(p, locators[k], number)
        last = numbers[-1] if numbers else None
        self.blank(last)
        self.blank(last)

    def done(self, encoding: str, issues: Optional[list[Issue]] = None,
             unwrap: bool = False) -> Read:
        """The file's ``Read``; with ``unwrap``, lines of a page hard-wrapped at one width are
        joined again into paragraphs (:func:`kg.extract.formats.text.unwrap_lines`)."""
        lines = self.lines
        if unwrap:
            from .text import unwrap_lines
            lines = unwrap_lines(lines)
        return Read(lines, self.locators, encoding, issues or [])


_CONTROL = {c: None for c in range(32) if c not in (9, 10)}
_CONTROL.update({0x7F: None, 0xFEFF: None, 0x200B: None})


def clean(text: str) -> str:
    """Text of a cell or paragraph: line ends unified to ``\\n``, control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    return text.translate(_CONTROL)


def starts_item(text: str) -> bool:
    """Does a line start something of its own (a list item, 附件, a bracket, an annotation), so
    that a wrapped line before it does not go on into it?"""
    from ..outline import match_marker
    from ..annotations import is_standalone_annotation
    t = normalise(text).strip()
    return bool(match_marker(t)) or t.startswith(("附件", "（")) or is_standalone_annotation(t)


def unclosed(text: str) -> bool:
    """Does ``text`` open a bracket it does not close (an annotation wrapped to the next line:
    ``（责任单位：`` or, in tortoise-shell brackets, ``〔责任单位：``)?"""
    t = normalise(text)
    return t.count("（") > t.count("）") or t.count("〔") > t.count("〕")


def merged_value(value: str, top: str, row_in_span: int, col_in_span: int, column: int) -> str:
    """The text a cell of a merged region shows in the flattened table: the region's text in
    its first cell; a vertically merged cell repeats it below (its units and deadline apply
    to every row it spans) except in the first column, where an empty cell tells the outline
    that the row continues the block above; horizontally merged cells are empty."""
    if row_in_span == 0 and col_in_span == 0:
        return value
    if col_in_span == 0 and column > 0:
        return top
    return ""


def add_cell(row: list[str], tops: dict[int, str], text: str, span: int,
             merged_down: bool) -> None:
    """Append a word processor's table cell to ``row``: a cell that goes on the vertically
    merged cell above (``merged_down``) shows what :func:`merged_value` gives it, any other
    becomes its column's top (``tops``: column -> text); a cell spanning ``span`` columns
    leaves the others empty."""
    col = len(row)
    if merged_down:
        text = merged_value("", tops.get(col, ""), 1, 0, col)
    else:
        tops[col] = text
    row.append(text)
    row.extend([""] * (span - 1))


def _graded_header(rows: list[list[str]]) -> Optional[tuple[list[list[str]], int]]:
    """A header whose second row names the grades of one classifying column (序号 | 类别及事项 |
    内容 | 责任单位 over 一级 | 二级): the rows with the grades as that column's columns, and the
    table's width; a row with fewer cells than that, opened by its number, lost its merged grade
    cells (the leftmost after the number): empty cells stand for them. None for any other table."""
    from ..outline import CLASSIFYING_RE, GRADE_RE
    head = [normalise(c).strip() for c in rows[0]]
    grades = [normalise(c).strip() for c in rows[1] if c.strip()]
    if len(grades) < 2 or not all(GRADE_RE.match(g) and len(g) <= 4 for g in grades):
        return None
    spans = [k for k, c in enumerate(head) if CLASSIFYING_RE.search(c)]
    width = len(head) + len(grades) - 1
    if len(spans) != 1 or max(len(r) for r in rows[2:]) != width:
        return None
    at = spans[0]
    header = rows[0][:at] + [c.strip() for c in rows[1] if c.strip()] + rows[0][at + 1:]
    body = [row[:at] + [""] * (width - len(row)) + row[at:]
            if len(row) < width and at > 0 and normalise(row[0]).strip().isdigit() else row
            for row in rows[2:]]
    return [header] + body, width


def _sub_header(first: list[str], second: list[str]) -> bool:
    """Is ``second`` the lower row of a two-level header: only column names where it is not
    the same as the row above (a name merged down over both rows, 备注 or 说明 among them, is
    repeated below it), not all the same?"""
    own = [c for k, c in enumerate(second)
           if c.strip() and c.strip() != (first[k].strip() if k < len(first) else "")]
    return bool(own) and header_score(own) == len(own) and header_score(first) >= 1


#: a field's name in a form's first column: a few characters, no mark of a sentence or a number
_FIELD_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?")


def record_table(rows: list[list[str]]) -> bool:
    """Is a table a form's fields, a name and its value a row (a 办事指南's 事项名称 | 食品经营许可,
    实施机关 | 县市场监督管理局; a 权责清单's 职权名称 | … 法定主体 | 国土资源局)? Every row holds two
    cells, the first a field's name (no unit's), one at least a unit label whose value is no
    column name (a two-column task table's header, 责任单位 | 工作任务, is no such row)."""
    from ..annotations import label_role
    from ..unitnames import is_unit_name
    from ...text import compact
    if len(rows) < 2:
        return False
    pairs = []
    for row in rows:
        filled = [compact(c) for c in row if c.strip()]
        if len(filled) != 2 or not row[0].strip():
            return False
        pairs.append(filled)
    if not all(_FIELD_NAME_RE.fullmatch(name) and not is_unit_name(name) for name, _ in pairs):
        return False
    return any(label_role(name) not in (None, "source") and header_score([value]) == 0
               and not label_role(value) for name, value in pairs)


def header_score(cells: list[str]) -> int:
    """How many cells of a row are column names a 分工表 header uses."""
    from ..assignments import DEADLINE_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS
    from ...text import compact
    names = set(UNIT_COLUMNS) | set(DEADLINE_COLUMNS) | set(TASK_COLUMNS) | {"序号", "编号"}
    score = 0
    for c in cells:
        h = compact(c)
        if h and (h in names or any(h.startswith(k) for k in UNIT_COLUMNS)):
            score += 1
    return score


class _Lazy:
    """A reader imported on first call: ``_Lazy("sheets", "read_xlsx")`` calls
    ``formats.sheets.read_xlsx``, so a format's library is loaded only when a file needs it."""

    def __init__(self, module: str, function: str):
        self.module, self.function = module, function

    def __call__(self, data: bytes, name: str) -> Read:
        module = importlib.import_module(f".{self.module}", __package__)
        return getattr(module, self.function)(data, name)

    def __repr__(self) -> str:
        return f"<reader {self.module}.{self.function}>"


_text = _Lazy("text", "read_text")
_docx = _Lazy("docx", "read_docx")
_xlsx = _Lazy("sheets", "read_xlsx")
_xls = _Lazy("sheets", "read_xls")
_html = _Lazy("html", "read_html")
_pdf = _Lazy("pdf", "read_pdf")
_md = _Lazy("markdown", "read_markdown")
_doc = _Lazy("doc", "read_doc")
_ofd = _Lazy("ofd", "read_ofd")
_odt = _Lazy("odf", "read_odt")
_ods = _Lazy("odf", "read_ods")


Reader = Callable[[bytes, str], Read]

#: Lower-case extension -> reader. Directories are searched for these extensions.
READERS: dict[str, Reader] = {
    ".txt": _text, ".docx": _docx, ".xlsx": _xlsx, ".xlsm": _xlsx, ".xls": _xls,
    ".html": _html, ".htm": _html, ".shtml": _html, ".pdf": _pdf, ".md": _md, ".markdown": _md,
    ".doc": _doc, ".wps": _doc, ".ofd": _ofd, ".odt": _odt, ".ods": _ods,
}

#: Formats an office has that are not read: named in report.json with what to do.
UNSUPPORTED = {
    ".rtf": "save it as .docx", ".et": "save it as .xlsx",  # an .et that is not OLE2 or a zip
    ".ppt": "save the text as .docx", ".pptx": "save the text as .docx",
}


#: lines only a Markdown text opens with: an ATX heading, a bold run, a table's rule, a list
#: bullet before a list marker of a Chinese document (- 1., * （一）, - 一、)
_MARKDOWN_SIGNS_RE = re.compile(
    rb"^[ \t]*(?:#{1,6}[ \t]+\S|\*\*[^*\r\n]+\*\*|\|?[ \t]*:?-{3,}:?[ \t]*\|"
    + rb"|[-*+][ \t]+(?:\d{1,3}(?:[.]|" + "|".join("．、（一二三四五六七八九十").encode("utf-8")
    + rb")|[(]|" + "|".join("（一二三四五六七八九十").encode("utf-8") + rb"))", re.M)


def sniff(data: bytes, suffix: str) -> str:
    """The extension an office file really has: a ``.xls`` that is an HTML table or a
    ``.xlsx`` workbook, a ``.doc`` that is a ``.docx`` (or RTF), a ``.docx`` that is a Word
    97-2003 file, a WPS ``.et`` that is an Excel workbook, an OFD or OpenDocument package under another name, a PDF under another
    name. Plain text keeps its extension, unless a ``.txt`` is written in Markdown (two lines
    or more opening with a heading's ``#``, a bold ``**…**``, a table's ``|---|`` rule or a
    bullet before a list marker, ``- 1.``, as a page converted to text by a Markdown converter
    is): then it is read as ``.md``."""
    if suffix == ".txt":
        return ".md" if len(_MARKDOWN_SIGNS_RE.findall(data[:65536], 0)) >= 2 else suffix
    if suffix in (".md", ".markdown", ""):
        return suffix
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if data.startswith(b"%PDF"):
        return ".pdf"
    if data.startswith(b"{\\rtf"):
        return ".rtf"
    if data.startswith(b"\xd0\xcf\x11\xe0") and suffix in (".docx", ".wps", ".doc"):
        return ".doc"                    # a Word 97-2003 file (OLE2) under a newer name
    if data.startswith(b"\xd0\xcf\x11\xe0") and suffix in (".et", ".xlsx"):
        return ".xls"                    # WPS 表格's .et is an Excel 97-2003 workbook (OLE2)
    if data.startswith(b"PK\x03\x04"):
        import zipfile
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile:
            return suffix
        if "word/document.xml" in names:
            return ".docx"
        if "xl/workbook.xml" in names:
            return ".xlsx"
        if "OFD.xml" in names or "ofd.xml" in names:
            return ".ofd"
        if "content.xml" in names and "mimetype" in names:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                mimetype = z.read("mimetype")[:100]
            if mimetype.endswith(b"opendocument.text"):
                return ".odt"
            if mimetype.endswith(b"opendocument.spreadsheet"):
                return ".ods"
        return suffix
    if suffix in (".xls", ".doc", ".et", ".wps", ".odt", ".ofd") and head.startswith(
            (b"<!doctype html", b"<html", b"<table", b"<?xml", b"<meta")):
        return ".html"
    return suffix


def read_bytes(data: bytes, name: str, suffix: str) -> Read:
    """Read one file's bytes with the reader of its extension (text for an unknown one),
    after :func:`sniff` has checked what the file really is.

    Never raises for bad content: a file that cannot be read gives a ``Read`` without lines
    and an issue saying why, naming the file.
    """
    suffix = sniff(data, suffix.lower())
    if suffix in UNSUPPORTED:
        return Read(issues=[Issue(errors.W_FORMAT, f"{suffix} files are not read; "
                                  f"{UNSUPPORTED[suffix]} and build again", name,
                                  severity="error")])
    reader = READERS.get(suffix, _text)
    try:
        return reader(data, name)
    except MissingExtra as err:
        return Read(issues=[Issue(errors.W_FORMAT, str(err), name, severity="error")])
    except Exception as err:  # noqa: BLE001 - a corrupt file is reported, never a traceback
        what = suffix.lstrip(".") or "text"
        if isinstance(err, (ImportError, NameError)):
            # no file makes a name go missing: kg's own code is broken; say so, not "corrupt"
            return Read(issues=[Issue(errors.W_EXTRACT_FAILED, f"reading this {what} file failed "
                                      f"inside kg ({type(err).__name__}: {err}); the file is not at "
                                      "fault: please report this with kg's version", name,
                                      severity="error")])
        return Read(issues=[Issue(errors.W_CORRUPT, f"cannot read this {what} file "
                                  f"({type(err).__name__}: {err}); open it and save it again, "
                                  "or convert it to .txt", name, severity="error")])
