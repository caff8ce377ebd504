"""Plain text (``.txt``): decoding, line ends, very long lines and TAB-separated table rows.

Decoding: UTF-8 (with or without BOM) first; a UTF-8 file with a few invalid bytes is read
with those bytes replaced (U+FFFD) and each such line reported; otherwise charset-normalizer's
best guess, which covers GB18030/GBK. Binary, empty and undecodable files become issues.

Line ends: LF, CRLF and CR alone (old Mac exports) all end a line. A line longer than
:data:`MAX_LINE_CHARS` is refused with a message naming the file and line, and the file is not
read (nothing of it reaches the build).

A text hard-wrapped at a fixed width (as ``pdftotext`` or a copy out of a PDF viewer writes it:
most long lines end within a few columns of one width) has its wrapped lines joined again, as
the PDF reader joins them: a line that reaches that width goes on into the next unless it ends
a sentence, a lead-in (。！？：) or an annotation in brackets, or the next line is blank, indented, a table row or starts something of its
own (a list item, 附件, a bracket, an annotation); a line at the width that leaves a bracket
open goes on even into such a line. The joined line keeps the number of its first line. Texts whose lines are
paragraphs (widths spread out) are not touched.

A table pasted from Word or Excel arrives as one row per line with TAB-separated cells; a run
of two or more such lines (the first is the header) is turned into the flattened table form
the outline reads, every cell keeping its own line number.

PDF page furniture (:func:`page_furniture`: page numbers, a running header, form feeds) is
dropped before the lines are read; a TAB row broken over a page (its rest starts with an empty
cell after the furniture) is one row again, and so is a row whose cell holds a line break (a
web page's ``<br>``: the row's rest on the next line makes up its count of cells).
"""
from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Optional

from ... import errors
from ...model import Issue, Line
from ...patterns import SEQ_COLUMNS
from ...text import normalise
from . import LineWriter, Read

#: The longest line read (characters); a longer one is refused with a clear message.
MAX_LINE_CHARS = 4 * 1024 * 1024
_EOL = re.compile(r"\r\n|\r|\n")
_REPLACED = "utf-8 (invalid bytes replaced)"


def decode(data: bytes, name: str) -> tuple[Optional[str], str, Optional[Issue]]:
    """Decode bytes; return (text, encoding, issue)."""
    if not data.strip():
        return None, "", Issue(errors.W_EMPTY, "file is empty; nothing to read (check that the "
                               "export that produced it did not fail)", name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not (data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")):
        return None, "", Issue(errors.W_BINARY, "looks like a binary file (NUL bytes), not text; "
                               "convert it to .txt (UTF-8) first", name)
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    wide = sum(1 for ch in loose if ord(ch) > 0x7F) - bad
    if wide > 0 and bad <= max(2, wide // 100):
        # UTF-8 with a few broken bytes: keep the file, replace the bytes, report the lines
        return loose, _REPLACED, None
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001
        best = None
    if best is not None:
        enc = best.encoding.lower()
        # GB2312/GBK are subsets of GB18030: decode with the superset.
        if enc.replace("_", "").replace("-", "") in {"gb2312", "gbk", "gb18030", "hz"}:
            enc = "gb18030"
        try:
            return data.decode(enc), enc, None
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("gb18030"), "gb18030", None
    except UnicodeDecodeError as err:
        return None, "", Issue(errors.W_UNDECODABLE, f"cannot decode as UTF-8 or GB18030 "
                               f"(byte {err.start}); re-save the file as UTF-8", name)


def split_lines(text: str) -> list[str]:
    """Lines of ``text`` at LF, CRLF or CR; a final line end does not make an empty line."""
    raw = _EOL.split(text)
    if raw and raw[-1] == "":
        raw.pop()
    return raw


def _seq_head(cell: str) -> bool:
    """Does ``cell`` name a table's number column (序号, 序號, 序)?"""
    key = normalise("".join(cell.split()))
    return key in SEQ_COLUMNS or key == "序"


def _cells(t: str) -> Optional[list[str]]:
    """The cells of a TAB-separated row (two or more non-empty cells), else ``None``."""
    if "\t" not in t:
        return None
    cells = [c.strip() for c in t.split("\t")]
    filled = [c for c in cells if c]
    if len(filled) < 2 or (len(filled) == 2 and filled[0].endswith(("：", ":"))):
        return None     # (牵头单位：<TAB>市城管局: a field and its value, not a table's row)
    return cells


def _open_quote(t: str) -> bool:
    """Does a TAB row (or a run of its lines) end inside a quoted cell? A cell that opens with
    ``"`` is quoted up to the next ``"`` not doubled (``""`` is a quote mark inside it)."""
    quoted = False
    k = 0
    start = True            # at the start of a cell
    while k < len(t):
        ch = t[k]
        if quoted:
            if ch == '"':
                if t[k + 1:k + 2] == '"':
                    k += 1
                else:
                    quoted = False
        elif start and ch == '"':
            quoted = True
        start = ch == "\t" and not quoted
        k += 1
    return quoted


#: the most lines a quoted cell of a copied spreadsheet range runs over
_QUOTED_MAX = 30


def _quoted_cells(kept: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A range copied out of Excel (or WPS) and pasted as text is TAB-separated, a cell that holds
    line breaks written in quotes (``1<TAB>"推进…。\n加快…。"<TAB>"市发改委\n市财政局"``, quote
    marks in it doubled): the row's lines joined into one, each such cell's lines kept apart
    inside it (as a Word cell's paragraphs), its quotes off; the row keeps its first line's
    number. A quote that never closes within :data:`_QUOTED_MAX` lines, a row not under a TAB
    row (the header), or a TAB row none of whose cells opens with a quote, is left as it is."""
    if not any('"' in t and "\t" in t for _, t in kept):
        return kept
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(kept):
        number, t = kept[i]
        if "\t" in t and _open_quote(t) and out and _cells(out[-1][1]) is not None:
            # (a row under the table's header or another row: the table's)
            parts = [t]
            j = i + 1
            while j < len(kept) and j - i <= _QUOTED_MAX and _open_quote("\n".join(parts)):
                parts.append(kept[j][1])
                j += 1
            joined = "\n".join(parts)
            if not _open_quote(joined):
                rows = list(csv.reader(io.StringIO(joined), delimiter="\t", quotechar='"'))
                if len(rows) == 1:
                    out.append((number, "\t".join(rows[0])))
                    i = j
                    continue
        out.append((number, t))
        i += 1
    return out


#: a table's section row, a cell merged across the table (``一、体系建设``, ``（二）农村地区``):
#: Word copies it without the TABs of the cells it spans
_SECTION_ROW_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部章节篇])"
                             r"[^。；;：:\t]{1,28}$")


def _pipe_pair(t: str) -> Optional[list[str]]:
    """The two cells of a ``|`` row that holds two (``| 实施机关 | 县市场监管局 |``), else None."""
    if "|" not in t and "｜" not in t:
        return None
    cells = [c.strip() for c in re.split("[|｜]", t.strip())]
    cells = [c for c in cells if c]
    return cells if len(cells) == 2 and not re.fullmatch(r"[-:：\s]+", cells[0]) else None


def _record_fields(kept: list[tuple[int, str]], i: int) -> Optional[list[tuple[int, str, str]]]:
    """``(line number, name, value)`` of a form's fields written as ``|`` rows from line ``i``
    (:func:`~kg.extract.formats.record_table`), else None."""
    from . import record_table
    if (first := _pipe_pair(kept[i][1])) is None:
        return None
    rows = [(kept[i][0], first)]
    j = i + 1
    while j < len(kept) and (pair := _pipe_pair(kept[j][1])) is not None:
        rows.append((kept[j][0], pair))
        j += 1
    if j < len(kept) and re.search("[|｜]", kept[j][1]):
        return None         # a row of more cells follows: a table, not a form
    if not record_table([pair for _, pair in rows]):
        return None
    return [(number, name, value) for number, (name, value) in rows]


def _next_row_number(number: str, cell: str) -> bool:
    """Is ``cell`` the number of the row after the one numbered ``number`` (2 after 1)?"""
    a, b = normalise(number).strip(), normalise(cell).strip()
    return a.isdigit() and b.isdigit() and int(b) == int(a) + 1


def _same_header(header: list[str], cells: Optional[list[str]]) -> bool:
    """Are ``cells`` the table's header written again (序号 | 工作任务 | 完成时限)?"""
    if not cells or not _seq_head(cells[0]) and not any(_seq_head(h) for h in header[:1]):
        return False
    key = lambda row: [normalise("".join(c.split())) for c in row if c.strip()]
    return key(cells) == key(header)


def _section_row(kept: list[tuple[int, str]], j: int) -> bool:
    """Is line ``j`` a section row between a TAB table's rows (a merged cell spanning the
    table, its TABs lost) rather than the text after the table? It is numbered as a heading,
    short, and the next line is another row of the table."""
    if not _SECTION_ROW_RE.match(kept[j][1].strip()):
        return False
    return j + 1 < len(kept) and (c := _cells(kept[j + 1][1])) is not None and len(
        [x for x in c if x]) >= 3


def _merged_left(rows: list[list[str]]) -> list[list[str]]:
    """A TAB table whose header is shorter than its widest rows because a copy dropped the
    header's trailing TABs and the rows' merged cells on the left: the first row of a group
    holds its category cells (一、… | （一）… | 1 | …), the others open at their number (2 | …).
    When every wide row has a row number where the others have theirs, the header and the
    short rows are set on the right, under the columns they belong to."""
    width, head = max(len(r) for r in rows), len(rows[0])
    off = width - head
    if off <= 0 or off > 3:
        return rows
    body = [r for r in rows[1:] if sum(1 for c in r if c) > 1]
    wide = [r for r in body if len(r) == width]
    short = [r for r in body if len(r) <= head]

    def numbered(cell: str) -> bool:
        return normalise(cell).strip().isdigit()
    if (not wide or not short or len(wide) + len(short) != len(body)
            or not all(numbered(r[off]) for r in wide) or not all(numbered(r[0]) for r in short)):
        return rows
    return [[""] * off + r if len(r) <= head and (r is rows[0] or sum(1 for c in r if c) > 1) else r
            for r in rows]


def _lone_row(rows: list[list[str]], kept: list[tuple[int, str]], j: int) -> bool:
    """Is line ``j`` (no TAB in it) a row of the TAB table above whose other cells were empty
    (a copy drops a row's trailing TABs)? The row above is whole and numbered, and the line
    after is a row numbered next (1 … 2): the table goes on past the line."""
    if len(rows) < 2 or len(rows[-1]) != len(rows[0]) or not kept[j][1].strip():
        return False
    number = next((r[0] for r in reversed(rows) if normalise(r[0]).strip().isdigit()), None)
    if number is None or j + 1 >= len(kept) or (c := _cells(kept[j + 1][1])) is None:
        return False
    return _next_row_number(number, c[0])


#: a paragraph's indent lost to a charset (two ideographic spaces written as ``??`` by a mirror
#: that could not encode them, or as U+FFFD): dropped before a line's text. No Chinese line opens
#: with a question mark, and the marker after it (``??1.加快…``) is what the outline looks for.
_LOST_INDENT_RE = re.compile("^[?\ufffd]{1,8}(?=[ \\t\u3000]*[^\\s?\ufffd])")


def decoded_lines(data: bytes, name: str) -> tuple[Optional[list[str]], str, list[Issue],
                                                 Optional[Read]]:
    """A text file's lines as decoded (NFC), its encoding and the issues of its bytes; or, when
    the file cannot be read (undecodable, a line too long), the ``Read`` that says so. Shared by
    the plain text and the Markdown readers."""
    text, enc, issue = decode(data, name)
    if text is None:
        return None, "", [], Read(issues=[issue] if issue else [])
    text = unicodedata.normalize("NFC", text)
    raw = split_lines(text)
    for number, t in enumerate(raw, 1):
        if len(t) > MAX_LINE_CHARS:
            return None, "", [], Read(issues=[Issue(
                errors.W_LINE_TOO_LONG, f"line is {len(t):,} characters long (the limit is "
                f"{MAX_LINE_CHARS:,}); the file is not read: break the text into lines", name,
                number, severity="error")])
    issues: list[Issue] = []
    if enc == _REPLACED:
        bad = [n for n, t in enumerate(raw, 1) if "\ufffd" in t]
        for n in bad[:20]:
            issues.append(Issue(errors.W_REPLACED, "invalid UTF-8 byte(s) on this line were "
                                "replaced by '\ufffd'; check the characters there", name, n))
        if len(bad) > 20:
            issues.append(Issue(errors.W_REPLACED, f"{len(bad) - 20} more lines with invalid "
                                "UTF-8 bytes", name, bad[20]))
        enc = "utf-8"
    return [_LOST_INDENT_RE.sub("", t) for t in raw], enc, issues, None


#: Half-width punctuation that Chinese text writes for full-width marks (a page's or an
#: extractor's folding of ，；：（）): set in a full column where the line was wrapped.
_FOLDED_MARKS = frozenset(",;:()!?")


#: Characters whose East Asian width is W or F in every Unicode version (the CJK ideographs,
#: CJK punctuation, full-width forms): most of a line, counted without asking unicodedata of
#: each (tests/extract/test_formats.py checks them against it)
_SURE_WIDE_RE = re.compile("[\u4e00-\u9fff\u3000-\u303e\uff01-\uff60]+")


def _columns(text: str) -> int:
    """Width of a line as it was set: a wide character (CJK, full-width) or a folded mark takes
    two columns, a half-width digit, letter or space one."""
    rest = _SURE_WIDE_RE.sub("", text)
    return 2 * (len(text) - len(rest)) + sum(
        2 if ch in _FOLDED_MARKS or unicodedata.east_asian_width(ch) in "WF" else 1 for ch in rest)


#: Below this many columns a line is never taken as wrapped (headings, short items).
_WRAP_MIN_COLUMNS = 40
#: A wrapped line ends this many columns short of the width at most (a character that may
#: not start a line is carried over with the one before it; half-width digits and letters).
_WRAP_SLACK = 5
_SENTENCE_END = ("。", "！", "？", "!", "?", "：", ":")


def _table_row(line: str) -> bool:
    return "\t" in line or line.rstrip().endswith(("|", "｜")) or " | " in line


@lru_cache(maxsize=1)
def _field_end_re() -> re.Pattern:
    from ..annotations import DEADLINE_LABELS, LABEL_ROLES
    labels = sorted((k for k in list(LABEL_ROLES) + list(DEADLINE_LABELS) if len(k) >= 3),
                    key=len, reverse=True)
    return re.compile(r"(?:^|[\s，,；;）])(?:" + "|".join(labels) + r")[：:][^：:。；;]{1,60}$")


def _field_line(text: str) -> bool:
    """A line that ends with a labelled field (``投资：500万元 实施单位：泽库县农牧水利和科技局``,
    ``责任单位：市住建局``): a record's field, complete where it ends, not prose wrapped at the
    page's width (lines of fields of one length look wrapped at that length)."""
    return bool(_field_end_re().search(normalise(text).rstrip()))


def wrap_width(lines: list[str]) -> Optional[int]:
    """The width (columns) ``lines`` were hard-wrapped at, or ``None``: the width that the most
    long lines end within :data:`_WRAP_SLACK` columns of, when those are at least four, half
    the long lines, and mostly end inside a sentence (a text of one paragraph a line ends its
    lines with 。, a list of one item a line its items with their annotations). Field lines
    (:func:`_field_line`) are not counted."""
    rows = [t.rstrip() for t in lines if t.strip() and not _table_row(t) and not _field_line(t)]
    long = [(_columns(t), t) for t in rows]
    long = [(w, t) for w, t in long if w >= _WRAP_MIN_COLUMNS]
    if len(long) < 4:
        return None
    per_width = Counter(w for w, _ in long)
    # the width whose window [width - slack, width] holds the most lines (the widest on a tie)
    best, count = max(((width, sum(per_width[w] for w in range(width - _WRAP_SLACK, width + 1)))
                       for width in per_width), key=lambda wc: (wc[1], wc[0]))
    near = [t for w, t in long if best - _WRAP_SLACK <= w <= best]
    # (an item closed by its annotation in brackets, ``1.推进…。（责任单位：市发改委）``, ends
    # where it ends: one-line items of one length are no page's width)
    inside = sum(1 for t in near if not t.endswith(_SENTENCE_END) and not _ends_annotation(t))
    if len(near) >= 4 and len(near) * 2 >= len(long) and inside * 2 > len(near):
        return best
    return None


def _indented(line: str) -> bool:
    return line[:1] in ("\u3000", "\t") or line.startswith("  ")


def _ends_annotation(text: str) -> bool:
    """Does a line end with a bracketed annotation (``（财政部牵头，…按职责分工负责）``), which
    closes its item?"""
    from ..annotations import is_standalone_annotation
    t = normalise(text)
    if not t.endswith("）") or "（" not in t:
        return False
    return is_standalone_annotation(t[t.rindex("（"):])


def _owner_line(text: str) -> bool:
    """A line that is wholly units and their role verb (``市金融办、人民银行潍坊市中心支行、潍坊银监分局
    分别牵头落实``): the owners of the item above, complete where the verb ends the line however
    near the page's width it comes. (A labelled field, ``主要协作单位：A、B，县政府有关部`` / ``门``,
    may be wrapped: its value runs on; a bracket closes where it closes.)"""
    from ..annotations import is_standalone_annotation
    t = normalise(text).strip()
    return not re.search(r"[：:（(]", t) and is_standalone_annotation(t)


def unwrap(raw: list[str]) -> list[tuple[int, str]]:
    """``(line number, text)`` of a text's lines with hard-wrapped ones joined (see the module
    doc); every line as it is when the text is not wrapped at one width."""
    return _unwrap(list(enumerate(raw, 1)))


def unwrap_lines(lines: list[Line]) -> list[Line]:
    """:func:`unwrap` over a reader's ``Line`` stream (table cells, which start with a TAB,
    are never joined): used by the readers whose paragraphs may be lines of a wrapped page."""
    joined = _unwrap([(k, ln.text) for k, ln in enumerate(lines)])
    if len(joined) == len(lines):
        return lines
    return [lines[k] if lines[k].text == text
            else Line(lines[k].file, lines[k].number, text, normalise(text))
            for k, text in joined]


#: a wrapped line that ends inside a clause (on 、 or a comma, a joining word, or the 各 that opens
#: a collective after them): the next line goes on with it even when it opens like an item or an
#: owner's line (…开工建设东部绥滨、 / 八五九、二九○、虎林… is one list; …按职责分工负责，各 /
#: 地级以上市人民政府结合实际落实 one field)
_MID_CLAUSE_RE = re.compile(r"(?:[、，,]各?|[及和与])\s*$")


def _indent_wrapped(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A short text whose paragraphs open with an indent (首行缩进, ``　　``) and whose lines were
    wrapped too few to show the page's width: a line without the indent right under a long
    line of an indented paragraph that ends inside a sentence goes on with it (``　　…积水严重，``
    / ``臭气熏天，…``), unless it opens an item, a table row or a field (a page's unindented
    title, source line or menu above its body is no paragraph's line). Texts with three indented
    lines or fewer, or with as many unindented lines as indented ones, are left alone."""
    from . import starts_item
    lines = [t for _, t in numbered if t.strip() and not _table_row(t)]
    indented = sum(1 for t in lines if _indented(t))
    if indented <= 3 or indented * 2 <= len(lines):
        return numbered
    out: list[tuple[int, str]] = []
    for number, text in numbered:
        last = out[-1][1].rstrip() if out else ""
        if (last and _indented(out[-1][1]) and text.strip() and not _indented(text)
                and not _table_row(text)
                and not _table_row(last) and _columns(last) >= _WRAP_MIN_COLUMNS
                and not normalise(last).endswith(_SENTENCE_END + ("；", ";"))
                and not _ends_annotation(last) and not _field_line(last)
                and not starts_item(text)):
            out[-1] = (out[-1][0], last + text.strip())
        else:
            out.append((number, text))
    return out


def _field_goes_on(last: str, nxt: Optional[str], width: int) -> bool:
    """Does a labelled field wrapped at the page's width go on on the next line, ``nxt``? When it
    ends on a list's separator (``协同责任单位：市经信局、…、``) or ``nxt`` is its short tail
    (``政府。``, ``资源局``): fields of one length, each complete (a record's lines), do neither."""
    if _MID_CLAUSE_RE.search(last):
        return True
    if nxt is None or not nxt.strip():
        return False
    nxt = nxt.rstrip()
    return _columns(nxt) < width - _WRAP_SLACK and not _field_line(nxt)


def _unwrap(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``(key, text)`` pairs with wrapped lines joined into the first one's pair."""
    from . import starts_item, unclosed
    width = wrap_width([text for _, text in numbered])
    if width is None:
        return _bracket_breaks_joined(_indent_wrapped(numbered))
    # paragraphs that open with an indent (首行缩进): a line of the page's width that ends a
    # sentence goes on into the next unless that one is indented (a new paragraph)
    indented = _indented_paragraphs([text for _, text in numbered], width)
    out: list[tuple[int, str]] = []
    joining = False
    sentence = False        # the line joining ends a sentence (only an indented text's)
    for k, (number, text) in enumerate(numbered):
        if joining and text.strip() and not _table_row(text) and (
                (not sentence and (unclosed(out[-1][1]) or _MID_CLAUSE_RE.search(out[-1][1])))
                or not (_indented(text) or starts_item(text)
                        or (sentence and (_field_line(text) or _owner_line(text))))):
            out[-1] = (out[-1][0], out[-1][1].rstrip() + text.strip())
        else:
            out.append((number, text))
        last = out[-1][1].rstrip()
        sentence = indented and last.endswith(("。", "！", "？")) and not _ends_annotation(last)
        joining = (bool(last) and not _table_row(last)
                   and (not _field_line(last) or _field_goes_on(
                       last, numbered[k + 1][1] if k + 1 < len(numbered) else None, width))
                   and _columns(text.rstrip()) >= width - _WRAP_SLACK
                   and not _owner_line(last)
                   and (unclosed(last) or sentence or not (last.endswith(_SENTENCE_END)
                                                           or _ends_annotation(last))))
    return _bracket_breaks_joined(out)


def _indented_paragraphs(lines: list[str], width: int) -> bool:
    """Do the paragraphs of a text wrapped at ``width`` open with an indent (首行缩进)? Four
    indented lines at least, each under a line that ends a sentence or is short of the width
    (a paragraph's last line) more often than not, and unindented lines of the width more than
    the indented ones (the paragraphs' other lines)."""
    rows = [t.rstrip() for t in lines if t.strip() and not _table_row(t)]
    opened = [k for k in range(len(rows)) if _indented(rows[k])]
    if len(opened) < 4:
        return False
    ends = sum(1 for k in opened if not k or rows[k - 1].endswith(_SENTENCE_END)
               or _columns(rows[k - 1]) < width - _WRAP_SLACK)
    inner = sum(1 for t in rows if not _indented(t) and _columns(t) >= width - _WRAP_SLACK)
    return ends * 2 > len(opened) and inner > len(opened)


def _closes_first(text: str) -> bool:
    """Does ``text`` close a bracket before it opens one (``区）人民政府应当…``)?"""
    t = normalise(text)
    close = min((k for k in (t.find("）"), t.find("〕")) if k >= 0), default=-1)
    return close > 0 and not re.search("[（〔]", t[:close])


#: a line that is only the bracketed levels of a name (（街道）, （市、区）, （镇、街道）), the rest of a
#: collective's name (各乡镇 / （街道）); a note of another kind, （此件公开发布）, （共204名）, stands alone
_LEVEL = r"(?:[省市县区乡镇村旗盟州]|街道|社区|园区|开发区|管委会)"
_LONE_NOTE_RE = re.compile(r"（" + _LEVEL + r"(?:、" + _LEVEL + r")*）")


def _bracket_breaks_joined(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A paragraph broken inside a bracket (``…，市、县（市、`` then ``区）人民政府应当…``, a page
    break of the PDF a text was made from) joined to the paragraph that closes it, whatever
    the width (the blank lines between stay; a page number between is dropped). A paragraph
    whose bracket the next one does not close first, or an item or table row after it, is left
    alone."""
    from . import starts_item, unclosed
    out: list[tuple[int, str]] = []
    open_at: Optional[int] = None       # index in out of a paragraph broken inside a bracket
    for number, text in numbered:
        if not text.strip():
            out.append((number, text))
            continue
        if open_at is not None and _page_number(text, False) is not None:
            # ``— 3 —`` between the lines of a bracket a page broke (the footer of the page
            # it broke on: one page number, no form feed, is not found as furniture before)
            continue
        if open_at is not None and not _table_row(text) and not starts_item(text) \
                and _closes_first(text):
            key, first = out[open_at]
            out[open_at] = (key, first.rstrip() + text.strip())
            open_at = None
            continue
        if (_LONE_NOTE_RE.fullmatch(normalise(text).strip()) and out and out[-1][1].strip()
                and not _table_row(out[-1][1]) and not _table_row(text)
                and not normalise(out[-1][1]).rstrip().endswith(_SENTENCE_END + ("）",))):
            # a name's bracketed levels wrapped to a line of their own (…、各乡镇 / （街道）, a
            # narrow cell's or the page's edge): the name's rest
            key, first = out[-1]
            out[-1] = (key, first.rstrip() + text.strip())
            continue
        out.append((number, text))
        t = text.rstrip()
        open_at = len(out) - 1 if (unclosed(t) and not _table_row(t)
                                    and not t.endswith(_SENTENCE_END)) else None
    return out


#: A page number as a PDF extractor writes a page's footer or header line: ``— 3 —``, ``- 3 -``,
#: ``第 3 页 共 12 页``, ``共12页 第3页``, ``3/12``, ``第3页``; a bare ``3`` only right above a form feed.
_PAGE_NUMBER_RE = re.compile(
    r"[-—–－―~～]+\s*(\d{1,4})\s*[-—–－―~～]+"
    r"|第\s*(\d{1,4})\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*(\d{1,4})\s*页"
    r"|(\d{1,4})\s*/\s*\d{1,4}")
_BARE_NUMBER_RE = re.compile(r"(\d{1,4})")
#: A text that may hold page furniture: a form feed, a page number's dashes or 页.
_MAYBE_FURNITURE_RE = re.compile(r"\f|^[-—–－―~～]+\s*\d|页\s*$|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$", re.MULTILINE)
#: The longest running header or footer (characters).
_SENTENCE_MARKS_RE = re.compile("[，。；：、（）“”《》！？]")
_RUNNING_MAX = 40


def _page_number(text: str, bare: bool) -> Optional[int]:
    t = normalise(text).strip()
    m = _PAGE_NUMBER_RE.fullmatch(t) or (_BARE_NUMBER_RE.fullmatch(t) if bare else None)
    if m is None:
        return None
    return int(next(g for g in m.groups() if g is not None))


def page_furniture(raw: list[str]) -> set[int]:
    """Indexes of the lines of a PDF's text that are page furniture, as pdftotext or a copy out
    of a PDF viewer leaves it between the pages: page numbers (:data:`_PAGE_NUMBER_RE`; a bare
    number only as the last line above a form feed) that count up through the file, two
    at least or one beside a form feed, and the running header or footer, a short line of words
    (numbers aside) repeated beside two page breaks or more, or once after a page number and a
    form feed when it holds no mark of a sentence, a list or an annotation. Table rows (TAB, ``|``) and a
    number alone (a table's 序号 cell) are never a running header."""
    feeds = {k for k, t in enumerate(raw) if t.startswith("\f") or t.endswith("\f")}
    near_feed = feeds | {k - 1 for k in feeds} | {k + 1 for k in feeds}
    # a bare number is a page's last line, right above the form feed (not between table cells)
    foot = {k for k in feeds if raw[k].endswith("\f")} | {k - 1 for k in feeds
                                                            if raw[k].startswith("\f")}
    numbers = [(k, n, bool(_BARE_NUMBER_RE.fullmatch(raw[k].strip("\f").strip())))
               for k, t in enumerate(raw) if "\t" not in t and "|" not in t
               and (n := _page_number(t, k in foot)) is not None]
    # page numbers count up; a bare one must be the next page's (the page's first: at most the
    # number of pages begun), lest a table's 序号 cell above a page break be taken for one
    pages: list[int] = []
    last = 0
    for k, n, bare in numbers:
        begun = 1 + sum(1 for f in feeds if f < k)
        if (n == last + 1 or (not last and n <= begun)) if bare else (
                n > last or (k in near_feed and n >= last)):
            pages.append(k)
            last = n
    if len(pages) < 2 and not (pages and pages[0] in near_feed):
        pages = []
    furniture = set(pages)
    breaks = sorted(set(pages) | {k for k in feeds if not raw[k].strip("\f").strip()})
    furniture |= {k for k in breaks if not raw[k].strip("\f").strip()}

    def neighbour(k: int, step: int) -> Optional[int]:
        k += step
        while 0 <= k < len(raw) and (k in furniture or not raw[k].strip("\f").strip()):
            k += step
        return k if 0 <= k < len(raw) else None

    seen: dict[str, list[int]] = {}
    for b in breaks:
        for k in {neighbour(b, -1), neighbour(b, 1), b if raw[b].startswith("\f") else None}:
            if k is None or k in furniture:
                continue
            t = raw[k].strip("\f").strip()
            if (len(t) > _RUNNING_MAX or "\t" in t or "|" in t
                    or not re.search("[\u4e00-\u9fff]{2}", t)):
                continue
            seen.setdefault(re.sub(r"\d+", "#", "".join(normalise(t).split())), []).append(k)
    for ks in seen.values():
        if len(set(ks)) >= 2:
            furniture |= set(ks)
    # a page's first line after a page number and a form feed, short and without a mark of a
    # sentence, a list or an annotation, is its running header even when it comes once
    from . import starts_item
    for k in feeds:
        t = raw[k].strip("\f").strip()
        if (raw[k].startswith("\f") and t and k not in furniture and len(t) <= _RUNNING_MAX
                and not _SENTENCE_MARKS_RE.search(normalise(t)) and not starts_item(t)
                and k - 1 in pages):
            furniture.add(k)
    return furniture


def _wrapped_cell(head: str, rest: str) -> bool:
    """Does ``rest`` (a line's first cell) go on with the cell ``head`` that ended the row
    above short of cells: ``head`` stops after a list mark (市住建局、), or both are unit
    names (市住建局 / 市财政局: one name a line)?"""
    from ..unitnames import is_unit_name
    from ...text import compact
    if not head or not rest:
        return False
    if head.rstrip()[-1] in "、，,；;":
        return True
    return all(parts and all(is_unit_name(p) for p in parts)
               for parts in ([p for p in re.split("[、，,；;]", compact(t)) if p]
                             for t in (head, rest)))


#: a document site's page mark run into the text where its pages were joined (``…县农作第2页共4页物秸秆…``)
_INLINE_PAGE_RE = re.compile(r"第\s*(\d{1,4})\s*页\s*[，,/]?\s*共\s*(\d{1,4})\s*页")


def inline_page_marks(kept: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines without the page marks a document site's preview runs into its text
    (``第2页共4页`` inside a word): two at least, all of one total, counting up through the file.
    Anything else that reads so (a single 第3页共12页, marks of several totals) is kept."""
    if not any("页" in t for _n, t in kept):
        return kept
    found = [m for _n, t in kept for m in _INLINE_PAGE_RE.finditer(t)]
    pages = [int(m.group(1)) for m in found]
    if len(found) < 2 or len({m.group(2) for m in found}) != 1 \
            or any(b <= a for a, b in zip(pages, pages[1:])) or pages[-1] > int(found[0].group(2)):
        return kept
    return [(n, _INLINE_PAGE_RE.sub("", t) if "页" in t else t) for n, t in kept]


def furniture_lines(raw: list[str]) -> set[int]:
    """:func:`page_furniture` of a text that may hold any (a cheap scan first)."""
    return page_furniture(raw) if _MAYBE_FURNITURE_RE.search("\n".join(raw)) else set()


_ROW_MARK_RE = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3}、?|（[一二三四五六七八九十\d]{1,3}）)$")
_SENTENCE_MARK_RE = re.compile(r"[。，；,;：:]")


def _blank_rows(kept: list[tuple[int, str]], i: int) -> Optional[list[list[tuple[int, str]]]]:
    """A table pasted from a web page as its cells, one a line, a blank line after each row
    (empty cells give no line), starting at ``kept[i]``: its header, the column names a line
    (序号 / 考核项目 / 各项分值 …, three at least, short, no sentence marks) up to the first
    blank line, then rows of no more lines than the header has names, each but the odd caption
    row (总分 / 100) opening with its number (1, 一、, （一）). The rows as (line number, text)
    runs, header first; None when none starts here. No line of it is a TAB cell or a TAB row:
    a page's own table flattened with TABs (its rows hold blank lines too) is read as such."""
    first = kept[i][1]
    if "\t" in first or not 0 < len(first.strip()) <= 12:
        return None     # (the header's first line is one of its names: the test below, first)
    from ..outline import _is_header_word
    n = len(kept)
    if not _is_header_word(re.sub(r"\s", "", first)):
        return None
    j = i
    while j < n and kept[j][1].strip() and j - i <= 12:
        t = kept[j][1]
        if "\t" in t or "|" in t or len(t.strip()) > 12 or _SENTENCE_MARK_RE.search(t):
            return None
        j += 1
    width = j - i
    if width < 3 or j >= n or j - i > 12:
        return None
    blocks = [kept[i:j]]
    rows: list[list[tuple[int, str]]] = []
    while j < n and not kept[j][1].strip() and kept[j][0] == kept[j - 1][0] + 1:
        k = j + 1
        while k < n and kept[k][1].strip() and "\t" not in kept[k][1]:
            k += 1
        if k == j + 1 or k - j - 1 > width or (k < n and kept[k][1].strip()):
            break           # two blank lines, a row longer than the header, a TAB line
        rows.append(kept[j + 1:k])
        j = k
    # the rows open with their numbers (a caption row between numbered rows may not); the run
    # ends at its last numbered row
    numbered = [k for k, r in enumerate(rows) if _ROW_MARK_RE.match(re.sub(r"\s", "", r[0][1]))]
    if len(numbered) < 2 or len(numbered) * 3 < (numbered[-1] + 1) * 2:
        return None
    return blocks + rows[:numbered[-1] + 1]


# ---------------------------------------------------------------- a web page's markup left in
# A stored page's text, or a copy of its source, can keep the page's HTML: `<p>…</p><p>…</p>` run
# on one line, `<br/>`, `&nbsp;`, a `<table>` of `<tr><td>` cells. A block element seen anywhere
# makes the file marked-up text: each line is cut where a block element opens or closes, a row's
# cells become TAB cells (as a table pasted from Word), every other tag is dropped (a script's or
# style's content with it) and entities are read. The lines so shown are numbered in order, as
# the HTML reader numbers a page's blocks, and each has the locator ``line N`` of the file line it
# came from. A text with only inline tags (`<img …>`, `<script>` written as words) is read as it is.
_BLOCK_TAG_RE = re.compile(r"<\s*/?\s*(?:p|br|div|li|tr|h[1-6]|table|tbody|thead|tfoot|ul|ol|dl|dt|dd|"
                           r"section|article|blockquote|pre|center|hr|caption)\b[^<>]*>", re.I)
_CELL_OPEN_RE = re.compile(r"<\s*t[dh]\b[^<>]*>", re.I)
_CELL_CLOSE_RE = re.compile(r"<\s*/\s*t[dh]\s*>", re.I)
_DROPPED_RE = re.compile(r"<\s*(script|style)\b[^<>]*>.*?<\s*/\s*\1\s*>|<!--.*?-->", re.I | re.S)
_ANY_TAG_RE = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9]*\b[^<>]*>")


#: an entity a page's source writes for a character (``&nbsp;``, ``&ldquo;``, ``&#12288;``)
_ENTITY_RE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});")


def marked_up(raw: list[str]) -> bool:
    """Does the text hold a web page's block markup (``<p>``, ``<br>``, ``<div>``, ``<tr>`` …)?"""
    return any("<" in t and _BLOCK_TAG_RE.search(t) for t in raw)


_EMPTY_BLOCK_RE = re.compile(r"<\s*(p|div)\b[^<>]*>(?:\s|&nbsp;|\u00a0|<\s*br\s*/?\s*>)*<\s*/\s*\1\s*>", re.I)
_BLANK = "\x00"


def unmarkup(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    r"""The lines of a marked-up text as a browser shows them (see above), each piece with the
    number of the line it came from. A line without markup is kept as it is; an empty paragraph
    (``<p><br/></p>``) is a blank line, the boundaries between elements are not.

    >>> unmarkup([(3, '<p>一、任务</p><p>1.做好工作。&nbsp;（责任单位：县财政局）</p><p><br/></p>')])
    [(3, '一、任务'), (3, '1.做好工作。\xa0（责任单位：县财政局）'), (3, '')]
    >>> unmarkup([(1, '<tr><td>1</td><td>任务</td><td>县财政局</td></tr>')])
    [(1, '1\t任务\t县财政局')]
    """
    out: list[tuple[int, str]] = []
    for number, text in numbered:
        if "<" not in text and "&" not in text:
            out.append((number, text))
            continue
        text = _DROPPED_RE.sub("", text)
        text = _EMPTY_BLOCK_RE.sub("\n" + _BLANK + "\n", text)
        text = _CELL_CLOSE_RE.sub("\t", _CELL_OPEN_RE.sub("", text))
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = html.unescape(_ANY_TAG_RE.sub("", text))
        for piece in text.split("\n"):
            piece = piece.strip("\t").rstrip()
            if piece == _BLANK:
                if out and out[-1][1].strip():
                    out.append((number, ""))
            elif piece.strip():
                out.append((number, piece))
    return out


#: a Markdown heading's marks before a heading of the document's own numbering or text
#: (``## 一、…``); ``#`` alone, or one not followed by a space, is text
_MD_HEADING_MARKS_RE = re.compile(r"^#{1,6}[ \t]+(?=\S)")


def read_text(data: bytes, name: str) -> Read:
    raw, enc, issues, failed = decoded_lines(data, name)
    if failed is not None:
        return failed
    out = LineWriter(name)
    furniture = furniture_lines(raw)
    kept = inline_page_marks([(k + 1, t) for k, t in enumerate(raw) if k not in furniture])
    where: dict[int, str] = {}
    if marked_up(raw):
        # the lines as a browser shows them, counted as the file's lines are (the outline
        # tells pieces of one line from lines by their numbers); each says its file line
        shown = unmarkup(kept)
        kept = [(k, t) for k, (_n, t) in enumerate(shown, 1)]
        where = {k: f"line {n}" for k, (n, _t) in enumerate(shown, 1)}
    elif any("&" in t and _ENTITY_RE.search(t) for t in raw):
        # entities without markup (a page's text with its &nbsp; indents kept): the characters
        kept = [(n, html.unescape(t) if "&" in t else t) for n, t in kept]
    # a heading's Markdown marks in a text with no other Markdown (a converter's one ``## 一、…``
    # in a page read as .txt; two signs or more and the file is read as Markdown): dropped
    kept = [(n, _MD_HEADING_MARKS_RE.sub("", t, count=1) if t[:1] == "#" else t) for n, t in kept]
    kept = _quoted_cells(kept)
    i, n = 0, len(kept)
    while i < n:
        blocks = _blank_rows(kept, i)
        if blocks is not None:
            # a web table pasted a cell a line, a blank line after each row: read as the TAB
            # rows it was (each cell keeps its own line number)
            for k, block in enumerate(blocks):
                if k:
                    out.blank(block[0][0])
                for number, t in block:
                    out.line("\t" + t.strip(), "", number)
            out.blank(blocks[-1][-1][0])
            out.blank(blocks[-1][-1][0])
            i += sum(len(b) for b in blocks) + len(blocks) - 1
            continue
        if (fields := _record_fields(kept, i)) is not None:
            # a form's fields as a | table (| 事项名称 | X |, | 实施机关 | Y |): a labelled field a row
            for number, label, value in fields:
                out.line(f"{label}：{value}", "", number)
            i += len(fields)
            continue
        cells = _cells(kept[i][1])
        if cells is not None:
            j = i
            rows: list[list[str]] = []
            numbers: list[int] = []
            while j < n:
                if not kept[j][1].strip() and rows and not kept[i][1].startswith("\t"):
                    # blank lines between rows (a copy that puts one after every line; not
                    # the flattened form's cells, a TAB first, a blank line after each row)
                    nxt = next((q for q in range(j, n) if kept[q][1].strip()), n)
                    if nxt < n and _cells(kept[nxt][1]) is not None:
                        j = nxt
                if (c := _cells(kept[j][1])) is None:
                    if rows and j + 1 < n and _same_header(rows[0], _cells(kept[j + 1][1])):
                        break       # 二、市财政局 over a table of its own (the header again)
                    if rows and _lone_row(rows, kept, j):
                        # a row of one cell, its empty cells' TABs lost (a sub-row under a
                        # merged cell: 新增学位810个), between two numbered rows
                        c = [kept[j][1].strip()] + [""] * (len(rows[0]) - 1)
                    elif not (rows and _section_row(kept, j)):
                        break
                    else:
                        c = [kept[j][1].strip()]
                if rows and _seq_head(c[0]) and not _seq_head(rows[0][0]):
                    break       # a table's header (序号 …) after rows of a page's fields
                if len(rows) >= 2 and _same_header(rows[0], c):
                    # the header again (a table per section, or the header repeated on each
                    # page): a table of its own, never a row of this one
                    break
                if (rows and not c[0] and kept[j][0] - kept[j - 1][0] > 1
                        and len(rows[-1]) + len(c) - 1 <= len(rows[0])):
                    # a row broken over a page: its cells go on after the page's furniture
                    rows[-1] = rows[-1] + c[1:]
                elif (rows and len(rows[-1]) < len(rows[0])
                      and len(rows[-1]) + len(c) - 1 == len(rows[0])
                      and _wrapped_cell(rows[-1][-1], c[0])):
                    # a cell with a line break in it (a web page's <br>): the row goes on
                    # on the next line, the cell's rest first
                    rows[-1] = rows[-1][:-1] + [rows[-1][-1] + "\n" + c[0]] + c[1:]
                elif (len(rows) >= 2 and len(rows[-1]) < len(rows[0])
                      and len(rows[-1]) + len(c) == len(rows[0])
                      and normalise(rows[-1][0]).strip().isdigit()
                      and not _next_row_number(rows[-1][0], c[0])
                      and all(len(x) <= 12 for x in c)):
                    # a numbered row broken between two cells (a line break at a cell's end):
                    # the next line, not the next row's number, holds the row's last cells,
                    # exactly as many as it lacks, short ones (figures, a unit: 130 | 95.00% |
                    # 民卫局; a sub-row under a merged cell holds a task's text)
                    rows[-1] = rows[-1] + c
                else:
                    rows.append(c)
                    numbers.append(kept[j][0])
                j += 1
            if len(rows) >= 2:
                out.table(_merged_left(rows), [""] * len(rows), numbers)
                i = j
                continue
        out.line(kept[i][1], "", kept[i][0])
        i += 1
    out.locators.update(where)
    return out.done(enc, issues, unwrap=True)
