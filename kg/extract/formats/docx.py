"""Word documents (``.docx``, python-docx): body paragraphs and tables in document order.

A paragraph is a line (a manual line break inside it starts a new line); a table is written in
the flattened table form, one row per Word row: a cell spanning several columns gives its text
once and empty cells after it, a cell merged down repeats its text in the rows below (its units
and deadline apply to them) except in the first column, left empty so the row continues the
block above. Locators: ``paragraph N`` (N counts the body's paragraphs) and ``table T row R``.
Word's automatic list numbers (``一、`` ``（一）`` ``1.`` from the numbering definitions) are
written before the paragraph's text, as they are printed, in a table's cells too (a 序号 column
Word numbers itself holds no text: its cells print 1. 2. 3.). A paragraph's text is every run Word
prints: fields' results, tracked insertions (not deletions), content controls, also paragraphs
and tables inside a block-level content control, a table's rows and cells inside one (a form's
repeating section, a form field). A text box's paragraphs (``w:txbxContent``: an annotation
set in a box beside its task) and a footnote's or endnote's paragraphs are lines of their own
after the paragraph that anchors or cites them (locators ``paragraph N text box``, ``footnote
F``), as the page prints them near it; a note cited in a table cell is a line of that cell. The
fallback copy Word keeps of a text box for older readers (``mc:Fallback``) is not read twice. Headers and footers (a page's furniture: the
issuer's name, page numbers) and comments are not read.
"""
from __future__ import annotations

import io
from typing import Optional

from . import LineWriter, Read, add_cell, need


#: Every run of a paragraph as Word shows it: python-docx's ``Paragraph.text`` reads only the
#: paragraph's own runs and hyperlinks, and drops the runs inside a simple field (a page number,
#: a date), a tracked insertion, an inline content control or a smart tag. Text boxes (read by
#: neither) and ruby guides stay out.
_RUNS = ".//w:r[not(ancestor::w:txbxContent) and not(ancestor::w:rt)]"


_BOX_RUNS = ".//w:r[count(ancestor::w:txbxContent) = 1 and not(ancestor::w:rt)]"


def paragraph_text(p, boxed: bool = False) -> str:
    """The text of a ``w:p`` element, runs in document order (tabs and breaks as python-docx
    writes them); ``boxed``: ``p`` is a text box's paragraph (a box inside it stays out)."""
    return "".join(r.text for r in p.xpath(_BOX_RUNS if boxed else _RUNS))


#: The text boxes a paragraph anchors, outermost only; Word writes each twice, as a drawing
#: (``mc:Choice``) and as a VML shape for older readers (``mc:Fallback``): the second is skipped.
_BOXES = (".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])]"
          "[not(ancestor::w:txbxContent)]")
#: The footnotes and endnotes a paragraph cites (outside its text boxes), in order.
_NOTE_REFS = (".//w:footnoteReference[not(ancestor::w:txbxContent)]"
              " | .//w:endnoteReference[not(ancestor::w:txbxContent)]")


def box_texts(p) -> list[str]:
    """The paragraphs' texts of the text boxes ``p`` anchors, in document order."""
    return [paragraph_text(q, True) for box in p.xpath(_BOXES) for q in within(box, "w:p")]


class Notes:
    """The document's footnotes and endnotes (id -> their paragraphs' texts), read from their
    parts: python-docx gives neither."""

    def __init__(self, document) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml.parser import parse_xml
        self.notes: dict[tuple[str, str], list[str]] = {}
        for kind, reltype in (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES)):
            for rel in document.part.rels.values():
                if rel.reltype != reltype or rel.is_external:
                    continue
                root = parse_xml(rel.target_part.blob)
                for note in root.iterchildren(_w(kind)):
                    if note.get(_w("type")) in ("separator", "continuationSeparator",
                                                "continuationNotice"):
                        continue
                    self.notes[(kind, note.get(_w("id")))] = [
                        paragraph_text(q) for q in within(note, "w:p")]

    def cited(self, p) -> list[tuple[str, list[str]]]:
        """(``footnote F``, its paragraphs' texts) for each note ``p`` cites."""
        out = []
        for ref in p.xpath(_NOTE_REFS) if self.notes else []:
            kind = "footnote" if ref.tag.endswith("footnoteReference") else "endnote"
            texts = self.notes.get((kind, ref.get(_w("id"))))
            if texts:
                out.append((f"{kind} {ref.get(_w('id'))}", texts))
        return out


def _w(name: str) -> str:
    from docx.oxml.ns import qn
    return qn("w:" + name)


def within(element, *tags: str):
    """The children of ``element`` with one of ``tags`` (``w:p``, ``w:tbl``, ``w:tr`` …) in
    document order, those inside a content control (``w:sdt``: a template's or form's blocks, a
    repeating section's rows, a form field's cell) or custom XML included: python-docx's
    ``iter_inner_content``, ``tr_lst`` and ``tc_lst`` skip them."""
    from docx.oxml.ns import qn
    wanted = tuple(qn(t) for t in tags)
    wrappers = (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"))
    for child in element.iterchildren(*wanted, *wrappers):
        if child.tag in wrappers:
            yield from within(child, *tags)
        else:
            yield child


def _cell_text(tc, numbering: Optional["Numbering"] = None, parent=None,
               notes: Optional["Notes"] = None) -> str:
    """A cell's paragraphs, each with its automatic list number (a 序号 column Word numbers
    itself: the cell holds no text, the page prints 1, 2, 3), its text boxes and the notes it
    cites (a footnote giving a task's units), each a line of the cell."""
    texts = []
    for p in within(tc, "w:p"):
        text = paragraph_text(p)
        label = ""
        if numbering is not None:
            from docx.text.paragraph import Paragraph
            label = numbering.label(Paragraph(p, parent))
        texts.extend([label + text if (text.strip() or label.strip()) else text, *box_texts(p)])
        if notes is not None:
            texts.extend(note for _, cited in notes.cited(p) for note in cited)
    return "\n".join(texts)


def _rows(table, numbering: Optional["Numbering"] = None,
          notes: Optional["Notes"] = None) -> list[list[str]]:
    """The table's rows as text cells, merged cells resolved (see the module doc)."""
    rows: list[list[str]] = []
    tops: dict[int, str] = {}          # column -> text of the vertically merged cell above
    for tr in within(table._tbl, "w:tr"):
        row: list[str] = []
        before = tr.trPr.grid_before if tr.trPr is not None else 0
        row.extend([""] * before)
        for tc in within(tr, "w:tc"):
            add_cell(row, tops, _cell_text(tc, numbering, table, notes), tc.grid_span,
                     tc.vMerge == "continue")
        rows.append(row)
    return rows


_CN = "零一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _chinese(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一, 105 -> 一百零五 (up to 999)."""
    if n <= 0 or n >= 1000:
        return str(n)
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = (_CN[h] + "百") if h else ""
    if t:
        out += ("" if t == 1 and not h else _CN[t]) + "十"
    elif h and u:
        out += "零"
    return out + (_CN[u] if u else "")


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def number_text(n: int, fmt: str) -> str:
    """A list counter in a Word number format (w:numFmt)."""
    if fmt.startswith("chinese") or fmt in ("japaneseCounting", "taiwaneseCounting",
                                            "ideographDigital", "koreanCounting"):
        return _chinese(n)
    if fmt in ("ideographTraditional",) and 1 <= n <= 10:
        return _TIANGAN[n - 1]
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).lower() if fmt == "lowerRoman" else _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class Numbering:
    """Word's automatic list numbers (``一、`` ``（一）`` ``1.``), which are not in the
    paragraph's text: each numbered paragraph gets its label, counted per list and level."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn
        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # numId -> ilvl -> fmt
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for a in root.findall(qn("w:abstractNum")):
            abstract[a.get(qn("w:abstractNumId"))] = self._levels(a)
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(qn("w:val")), {}))
            for ov in num.findall(qn("w:lvlOverride")):
                start = ov.find(qn("w:startOverride"))
                ilvl = int(ov.get(qn("w:ilvl"), "0"))
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start.get(qn("w:val"), "1")))
            self.levels[num.get(qn("w:numId"))] = levels

    def _levels(self, abstract) -> dict[int, tuple[str, str, int]]:
        qn = self.qn
        out = {}
        for lvl in abstract.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            text = lvl.find(qn("w:lvlText"))
            start = lvl.find(qn("w:start"))
            out[int(lvl.get(qn("w:ilvl"), "0"))] = (
                fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
                text.get(qn("w:val"), "") if text is not None else "",
                int(start.get(qn("w:val"), "1")) if start is not None else 1)
        return out

    def _num_pr(self, paragraph):
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        style = paragraph.style
        while style is not None:
            sppr = style.element.pPr
            if sppr is not None and sppr.numPr is not None:
                return sppr.numPr
            style = style.base_style
        return None

    def label(self, paragraph) -> str:
        """The paragraph's list label, or ``""`` (bullets and unnumbered paragraphs)."""
        if not self.levels:
            return ""
        pr = self._num_pr(paragraph)
        if pr is None or pr.numId is None:
            return ""
        num_id = str(pr.numId.val)
        levels = self.levels.get(num_id)
        ilvl = pr.ilvl.val if pr.ilvl is not None else 0
        if not levels or ilvl not in levels:
            return ""
        fmt, text, start = levels[ilvl]
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt in ("bullet", "none"):
            return ""
        label = text
        for k in range(ilvl, -1, -1):
            kfmt, _, kstart = levels.get(k, ("decimal", "", 1))
            label = label.replace(f"%{k + 1}", number_text(counters[k] or kstart, kfmt))
        return label


def read_docx(data: bytes, name: str) -> Read:
    docx = need("docx", "office", name, ".docx files")
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    document = docx.Document(io.BytesIO(data))
    numbering = Numbering(document)
    notes = Notes(document)
    out = LineWriter(name)
    paragraphs = tables = 0
    for element in within(document.element.body, "w:p", "w:tbl"):
        if element.tag.endswith("}tbl"):
            tables += 1
            rows = _rows(Table(element, document), numbering, notes)
            out.table(rows, [f"table {tables} row {r}" for r in range(1, len(rows) + 1)])
        else:
            paragraphs += 1
            block = Paragraph(element, document)
            text = paragraph_text(element)
            # an empty numbered paragraph prints its number and counts (一、 二、 三、 with the
            # second empty: the third item is 三、): its label is counted, not written
            label = numbering.label(block)
            if text.strip():
                text = label + text
            out.paragraph(text, f"paragraph {paragraphs}")
            for box in box_texts(element):
                out.paragraph(box, f"paragraph {paragraphs} text box")
            for where, texts in notes.cited(element):
                for note in texts:
                    out.paragraph(note, where)
    return out.done("docx", unwrap=True)
