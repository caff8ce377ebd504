"""Word 97-2003 binary documents (``.doc``) and WPS Office's ``.wps`` (the same format), read
with :mod:`olefile` and the structures of the MS-DOC specification.

The file is an OLE2 compound file. Its ``WordDocument`` stream starts with the FIB (file
information block), which says which table stream (``0Table`` or ``1Table``) holds the piece
table (the CLX) and how many characters the main text has (``ccpText``); the text of headers,
footers, footnotes and comments follows the main text and is not read, as for a ``.docx``. Each
piece of the piece table is either 8-bit text (Windows-1252, "compressed") or UTF-16LE; Chinese
text is always in UTF-16 pieces.

Paragraphs end at ``\\r``; a table cell ends at ``\\x07`` and so does a table row (its mark is
the paragraph whose properties say "row end", sprmPFTtp). The paragraph properties come from
the PAPX pages (FKPs) of the ``WordDocument`` stream; a paragraph inside a cell (sprmPFInTable)
is a line of the cell, not a paragraph of the body. A table is written in the flattened table
form, one row per Word row; a table nested in a cell is read as the cell's text. Fields
(``\\x13`` code ``\\x14`` result ``\\x15``) keep their result (a page number, a cross reference's
text) and drop their code; pictures, drawn objects, footnote and comment marks are dropped;
page, section and column breaks end a paragraph. Word's automatic list numbers are not in the
text and are not read (government documents type their 一、（一）by hand). Locators:
``paragraph N`` and ``table T row R``, as for a ``.docx``.

A Word 6/95 document (FIB 0xA5DC) keeps its text as 8-bit characters in the code page of its
language (GBK for Chinese); it is read without paragraph properties (a ``\x07`` after a
``\x07`` ends a table row). Encrypted (password-protected) documents, fast-saved Word 6/95
documents and files that are not Word documents are reported naming the file, with what to
do; they are never read as junk.
"""
from __future__ import annotations

import io
import struct
import codecs
from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from ... import errors
from ...model import Issue
from . import LineWriter, Read, add_cell, need


class DocError(Exception):
    """A .doc that cannot be read: the message says why and what to do."""


# the index of each FIB field used here in FibRgFcLcb97 (pairs of fc, lcb)
_FC_PLCF_BTE_PAPX = 13
_FC_CLX = 33
# sprms of paragraph properties (MS-DOC 2.6.2)
_SPRM_P_IN_TABLE = 0x2416      # sprmPFInTable
_SPRM_P_TTP = 0x2417           # sprmPFTtp: the paragraph mark ends a table row
_SPRM_P_ITAP = 0x6649          # sprmPItap: the table depth
_SPRM_P_INNER_TTP = 0x244C     # sprmPFInnerTtp: the end of a nested row
_SPRM_P_INNER_CELL = 0x244B    # sprmPFInnerTableCell: the end of a nested cell
_SPRM_T_DEF_TABLE = 0xD608     # sprmTDefTable: the row's cells (TC80: merged down or not)
_SPRM_T_VERT_MERGE = 0xD62B    # sprmTVertMerge: one cell merged down
_SPRM_P_HUGE_PAPX = 0x6646     # sprmPHugePapx: the properties are in the Data stream

# characters of the text stream that are not text (MS-DOC 2.8.25 and Word's own)
_DROP = {"\x00", "\x01", "\x02", "\x03", "\x04", "\x05", "\x06", "\x08", "\x1f",
         "\ufeff", "\u200b"}
_BREAKS = {"\x0c", "\x0e"}     # page or section break, column break: the paragraph ends
_AS = {"\x1e": "-", "\x0b": "\n"}   # a non-breaking hyphen; a line break (Shift+Enter)


@dataclass(frozen=True)
class _Para:
    """What the paragraph properties say about one paragraph mark."""
    in_table: bool = False
    row_end: bool = False
    depth: int = 0
    merged: tuple[int, ...] = ()    # a row end: per cell, 1 merged with the cell above, 3 starts
    bounds: tuple[int, ...] = ()    # a row end: the cells' edges (twips), one more than cells


@dataclass
class _Piece:
    cp: int            # first character position
    cp_end: int
    fc: int            # byte offset in the WordDocument stream
    compressed: bool


def _u16(b: bytes, off: int) -> int:
    return struct.unpack_from("<H", b, off)[0]


def _u32(b: bytes, off: int) -> int:
    return struct.unpack_from("<I", b, off)[0]


_ENCRYPTED = ("the document is password-protected (encrypted): open it in Word or WPS, "
              "remove the password and save it as .docx")

# the ANSI code page of a Word 6/95 document's 8-bit text, by its language (FIB lid)
_WORD95_CODEPAGES = {0x0804: "gb18030", 0x1004: "gb18030", 0x0404: "cp950", 0x0C04: "cp950",
                     0x1404: "cp950", 0x0411: "cp932", 0x0412: "cp949", 0x0419: "cp1251",
                     0x0422: "cp1251", 0x0423: "cp1251", 0x0402: "cp1251", 0x0408: "cp1253",
                     0x041F: "cp1254", 0x040D: "cp1255", 0x0401: "cp1256", 0x0405: "cp1250",
                     0x0415: "cp1250", 0x040E: "cp1250"}


def _word95_text(word: bytes) -> list[tuple[str, int]]:
    """The main text of a Word 6/95 document (its FIB starts 0xA5DC): 8-bit text in the code
    page of the document's language, from fcMin, ccpText characters (a double-byte character
    of Chinese text counts as two). A fast-saved (complex) file keeps its text in pieces
    this reader does not follow: it is reported."""
    flags = _u16(word, 0x0A)
    if flags & 0x0100:
        raise DocError(_ENCRYPTED)
    if flags & 0x0004:
        raise DocError("it is a fast-saved Word 6/95 document: open it in Word or WPS and save "
                       "it as .docx")
    fc_min, ccp_text = _u32(word, 0x18), _u32(word, 0x34)
    codepage = _WORD95_CODEPAGES.get(_u16(word, 0x06), "cp1252")
    raw = word[fc_min:fc_min + ccp_text]
    out: list[tuple[str, int]] = []
    decoder = codecs.getincrementaldecoder(codepage)(errors="replace")
    for k in range(len(raw)):
        ch = decoder.decode(raw[k:k + 1])
        out.extend((c, fc_min + k) for c in ch)
    return out


def _fib(word: bytes) -> tuple[int, int, dict[int, tuple[int, int]]]:
    """(flags, ccpText, {index: (fc, lcb)}) of the FIB, checked."""
    if len(word) < 0x20 or _u16(word, 0) != 0xA5EC:
        raise DocError("its WordDocument stream does not start with a Word file information "
                       "block: it is not a Word 97-2003 document")
    flags = _u16(word, 0x0A)
    if flags & 0x0100:
        raise DocError(_ENCRYPTED)
    off = 0x20
    csw = _u16(word, off)
    off += 2 + 2 * csw
    cslw = _u16(word, off)
    lw = off + 2
    if cslw < 4:
        raise DocError("its file information block is truncated")
    ccp_text = _u32(word, lw + 3 * 4)
    off = lw + 4 * cslw
    cb = _u16(word, off)
    off += 2
    fcs = {}
    for k in (_FC_PLCF_BTE_PAPX, _FC_CLX):
        if k < cb and off + 8 * k + 8 <= len(word):
            fcs[k] = (_u32(word, off + 8 * k), _u32(word, off + 8 * k + 4))
    return flags, ccp_text, fcs


def _pieces(table: bytes, fc: int, lcb: int) -> list[_Piece]:
    """The piece table of the CLX at ``table[fc:fc + lcb]``."""
    clx = table[fc:fc + lcb]
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:          # Prc: property modifiers, skipped
        pos += 3 + max(struct.unpack_from("<h", clx, pos + 1)[0], 0)
    if pos + 5 > len(clx) or clx[pos] != 0x02:
        raise DocError("its piece table (CLX) is damaged")
    size = _u32(clx, pos + 1)
    plc = clx[pos + 5:pos + 5 + size]
    n = (len(plc) - 4) // 12
    if n <= 0:
        raise DocError("its piece table (CLX) is empty")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    pieces = []
    for k in range(n):
        raw = _u32(plc, 4 * (n + 1) + 8 * k + 2)
        compressed = bool(raw & 0x40000000)
        value = raw & 0x3FFFFFFF
        pieces.append(_Piece(cps[k], cps[k + 1], value // 2 if compressed else value, compressed))
    return pieces


def _sprms(grpprl: bytes):
    """(sprm, operand bytes) of a grpprl (MS-DOC 2.2.5.1: the operand size is in the sprm)."""
    pos = 0
    while pos + 2 <= len(grpprl):
        sprm = _u16(grpprl, pos)
        pos += 2
        spra = sprm >> 13
        if spra in (0, 1):
            size = 1
        elif spra in (2, 4, 5):
            size = 2
        elif spra == 3:
            size = 4
        elif spra == 7:
            size = 3
        elif sprm == 0xD608 and pos + 2 <= len(grpprl):   # sprmTDefTable: a 2-byte size
            size = _u16(grpprl, pos) + 1
        else:                                      # variable: a size byte, then the operand
            size = (grpprl[pos] + 1) if pos < len(grpprl) else 0
        yield sprm, grpprl[pos:pos + size]
        pos += size


def _para(grpprl: bytes, data: bytes = b"") -> _Para:
    """What a paragraph's properties (a grpprl) say; a row of many cells keeps them in the
    Data stream (sprmPHugePapx: an offset to a size and the grpprl)."""
    in_table = row_end = False
    depth = 0
    merged: list[int] = []
    bounds: tuple[int, ...] = ()
    sprms = list(_sprms(grpprl))
    for sprm, arg in list(sprms):
        if sprm == _SPRM_P_HUGE_PAPX and len(arg) >= 4:
            off = _u32(arg, 0)
            if off + 2 <= len(data):
                sprms.extend(_sprms(data[off + 2:off + 2 + _u16(data, off)]))
    for sprm, arg in sprms:
        if sprm == _SPRM_T_DEF_TABLE and len(arg) >= 3:
            cells = arg[2]
            tcs = 3 + 2 * (cells + 1)
            if tcs <= len(arg):
                bounds = struct.unpack_from(f"<{cells + 1}h", arg, 3)
            merged = [(_u16(arg, tcs + 20 * k) >> 5) & 3 if tcs + 20 * k + 2 <= len(arg) else 0
                      for k in range(cells)]
        elif sprm == _SPRM_T_VERT_MERGE and len(arg) >= 3:
            if arg[1] < len(merged):
                merged[arg[1]] = arg[2] & 3
        elif sprm == _SPRM_P_IN_TABLE and arg:
            in_table = bool(arg[0])
        elif sprm == _SPRM_P_TTP and arg:
            row_end = bool(arg[0])
        elif sprm == _SPRM_P_ITAP and len(arg) >= 4:
            depth = _u32(arg, 0)
        elif sprm in (_SPRM_P_INNER_TTP, _SPRM_P_INNER_CELL) and arg and arg[0]:
            depth = max(depth, 2)
    if in_table and not depth:
        depth = 1
    if depth and not in_table:
        in_table = True
    if not row_end:
        return _Para(in_table, row_end, depth)
    return _Para(in_table, row_end, depth, tuple(merged), bounds)


class _Paragraphs:
    """Paragraph properties by the byte offset of a paragraph mark (the PAPX FKPs)."""

    def __init__(self, word: bytes, table: bytes, fc: int, lcb: int, data: bytes = b"") -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.props: list[_Para] = []
        plc = table[fc:fc + lcb]
        n = (len(plc) - 4) // 8
        if n <= 0:
            return
        for k in range(n):
            pn = _u32(plc, 4 * (n + 1) + 4 * k) & 0x3FFFFF
            page = word[pn * 512:pn * 512 + 512]
            if len(page) < 512:
                continue
            crun = page[511]
            if 4 * (crun + 1) + 13 * crun > 511:
                continue
            fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for r in range(crun):
                b_off = page[4 * (crun + 1) + 13 * r] * 2
                para = _Para()
                if b_off:
                    cb = page[b_off]
                    if cb:
                        start, size = b_off + 1, 2 * cb - 1
                    else:
                        start, size = b_off + 2, 2 * page[b_off + 1]
                    papx = page[start:start + size]
                    para = _para(papx[2:], data)            # after the style index
                self.starts.append(fcs[r])
                self.ends.append(fcs[r + 1])
                self.props.append(para)
        order = sorted(range(len(self.starts)), key=lambda i: self.starts[i])
        self.starts = [self.starts[i] for i in order]
        self.ends = [self.ends[i] for i in order]
        self.props = [self.props[i] for i in order]

    def __bool__(self) -> bool:
        return bool(self.props)

    def at(self, fc: int) -> Optional[_Para]:
        k = bisect_right(self.starts, fc) - 1
        if k >= 0 and fc < self.ends[k]:
            return self.props[k]
        return None


_CP1252_GAPS = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def _compressed(raw: bytes) -> str:
    """8-bit text of a compressed piece: Windows-1252 (its five undefined bytes as Latin-1)."""
    if not any(b in _CP1252_GAPS for b in raw):
        return raw.decode("cp1252")
    return "".join(bytes([b]).decode("latin-1" if b in _CP1252_GAPS else "cp1252") for b in raw)


def _main_text(word: bytes, pieces: list[_Piece], ccp_text: int) -> list[tuple[str, int]]:
    """The main document's characters with each one's byte offset in the WordDocument stream."""
    out: list[tuple[str, int]] = []
    for p in pieces:
        if p.cp >= ccp_text:
            break
        n = min(p.cp_end, ccp_text) - p.cp
        if n <= 0:
            continue
        if p.compressed:
            raw = word[p.fc:p.fc + n]
            text = _compressed(raw)
            out.extend((ch, p.fc + k) for k, ch in enumerate(text))
        else:
            raw = word[p.fc:p.fc + 2 * n]
            text = raw[:len(raw) // 2 * 2].decode("utf-16-le", errors="replace")
            out.extend((ch, p.fc + 2 * k) for k, ch in enumerate(text))
    return out


def _unfield(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop each field's code (``\\x13`` code ``\\x14`` result ``\\x15``), keeping its result."""
    out = []
    stack: list[bool] = []          # per open field: is its result being read?
    for ch, fc in chars:
        if ch == "\x13":
            stack.append(False)
        elif ch == "\x14" and stack:
            stack[-1] = True
        elif ch == "\x15" and stack:
            stack.pop()
        elif not stack or all(stack):
            out.append((ch, fc))
    return out


def _grid(rows: list[tuple[list[str], _Para]]) -> list[list[str]]:
    """A table's rows on one grid of columns. Word 97 keeps a cell merged across columns as one
    wide cell, so rows have different numbers of cells: each cell is placed by its left edge
    among the edges of all rows (sprmTDefTable), its text in its first column and empty columns
    after it, as a .docx's gridSpan is read. A cell merged with the one above (TC80 vertMerge,
    sprmTVertMerge) gets that cell's text (:func:`kg.extract.formats.merged_value`)."""
    edges = sorted({b for _, p in rows if len(p.bounds) >= 2 for b in p.bounds})
    columns: list[int] = []
    for b in edges:                       # edges a few twips apart are one
        if not columns or b - columns[-1] > 30:
            columns.append(b)

    def col_of(edge: int) -> int:
        return min(range(len(columns)), key=lambda k: abs(columns[k] - edge))

    out: list[list[str]] = []
    tops: dict[int, str] = {}
    for cells, p in rows:
        placed = len(p.bounds) == len(cells) + 1 and len(columns) >= 2
        line: list[str] = []
        for k, text in enumerate(cells):
            start = col_of(p.bounds[k]) if placed else len(line)
            span = max(col_of(p.bounds[k + 1]) - start, 1) if placed else 1
            line.extend([""] * max(start - len(line), 0))
            add_cell(line, tops, text, span,
                     k < len(p.merged) and p.merged[k] == 1 and not text.strip())
        out.append(line)
    return out


def _write(out: LineWriter, chars: list[tuple[str, int]], paras: _Paragraphs) -> None:
    """Paragraphs and tables, in order, from the characters of the main text."""
    paragraphs = tables = 0
    buf: list[str] = []
    row: list[str] = []             # the cells of the row being read
    rows: list[tuple[list[str], _Para]] = []     # the rows of the table being read

    def para_of(fc: int) -> Optional[_Para]:
        return paras.at(fc) if paras else None

    def flush_table() -> None:
        nonlocal tables, rows
        if rows:
            tables += 1
            grid = _grid(rows)
            out.table(grid, [f"table {tables} row {r}" for r in range(1, len(grid) + 1)])
            rows = []

    def end_row(p: Optional[_Para]) -> None:
        rows.append((list(row), p or _Para()))

    def end_paragraph() -> None:
        nonlocal paragraphs, buf
        flush_table()
        paragraphs += 1
        out.paragraph("".join(buf), f"paragraph {paragraphs}")
        buf = []

    previous = ""
    for k, (ch, fc) in enumerate(chars):
        if ch in _BREAKS and k + 1 < len(chars) and chars[k + 1][0] in "\r\x07":
            continue                         # a page break before the paragraph mark
        if ch in _DROP:
            continue
        if ch == "\x07":
            p = para_of(fc)
            if p is not None and p.depth >= 2:
                buf.append("\n" if p.row_end else " ")      # a nested table: the cell's text
            elif (p.row_end if p is not None else previous == "\x07"):
                if row or buf:
                    if buf:
                        row.append("".join(buf))
                    end_row(p)
                row.clear()
                buf = []
            else:
                row.append("".join(buf))
                buf = []
            previous = ch
            continue
        if ch == "\r" or ch in _BREAKS:
            p = para_of(fc) if ch == "\r" else None
            in_cell = p.in_table if p is not None else bool(row)
            if in_cell and ch == "\r":
                buf.append("\n")
            else:
                end_paragraph()
            previous = ch
            continue
        buf.append(_AS.get(ch, ch))
        previous = ch
    if row:
        if buf:
            row.append("".join(buf))
            buf = []
        end_row(None)
    flush_table()
    if "".join(buf).strip():
        paragraphs += 1
        out.paragraph("".join(buf), f"paragraph {paragraphs}")


def read_doc(data: bytes, name: str) -> Read:
    olefile = need("olefile", "office", name, ".doc and .wps files")
    out = LineWriter(name)
    try:
        if not olefile.isOleFile(io.BytesIO(data)):
            raise DocError("it is not a Word 97-2003 document (no OLE2 compound file header)")
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
                raise DocError(_ENCRYPTED)
            if not ole.exists("WordDocument"):
                raise DocError("it has no WordDocument stream: it is not a Word 97-2003 "
                               "document (an old WPS or another program's file); open it "
                               "and save it as .docx")
            word = ole.openstream("WordDocument").read()
            if len(word) >= 0x38 and _u16(word, 0) == 0xA5DC:          # Word 6 or Word 95
                chars = _word95_text(word)
                _write(out, _unfield(chars), _Paragraphs(b"", b"", 0, 0))
                issues = []
                lid = _u16(word, 0x06)
                if lid not in _WORD95_CODEPAGES and sum(ch >= "\x80" for ch, _ in chars) > \
                        len(chars) / 5:
                    issues.append(Issue(errors.W_REPLACED, "a Word 6/95 document whose "
                                        f"language (0x{lid:04X}) names no code page: its "
                                        "text was read as Windows-1252 and may be wrong; "
                                        "open it in Word or WPS and save it as .docx", name))
                return out.done("doc (Word 6/95)", issues, unwrap=True)
            flags, ccp_text, fcs = _fib(word)
            table_name = "1Table" if flags & 0x0200 else "0Table"
            if not ole.exists(table_name):
                raise DocError(f"its table stream {table_name} is missing")
            table = ole.openstream(table_name).read()
            data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
        if _FC_CLX not in fcs or not fcs[_FC_CLX][1]:
            raise DocError("it has no piece table (CLX)")
        pieces = _pieces(table, *fcs[_FC_CLX])
        paras = _Paragraphs(word, table, *fcs.get(_FC_PLCF_BTE_PAPX, (0, 0)), data_stream)
        chars = _unfield(_main_text(word, pieces, ccp_text))
        _write(out, chars, paras)
    except DocError as err:
        return Read(issues=[Issue(errors.W_CORRUPT, f"cannot read this Word document: {err}",
                                  name, severity="error")])
    except (struct.error, IndexError, OSError) as err:
        return Read(issues=[Issue(errors.W_CORRUPT, "cannot read this Word document: it is "
                                  f"damaged ({type(err).__name__}: {err}); open it in Word or "
                                  "WPS and save it as .docx", name, severity="error")])
    return out.done("doc", unwrap=True)
