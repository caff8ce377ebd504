"""Web pages (``.html``/``.htm``, lxml): the article body of a government portal page.

Charset: a byte-order mark, else the page's ``<meta charset>`` / ``http-equiv`` declaration
(GB2312/GBK read as GB18030), else the text decoder's guess. Boilerplate goes first: scripts,
styles, forms, ``<nav>``, ``<aside>``, page-level ``<header>``/``<footer>`` and elements whose id
or class names a menu, breadcrumb, footer, share bar or the like. The body is then the
largest ``<article>``/``<main>``/content container (ids and classes such as ``content``,
``article``, ``zoom``, ``TRS_Editor``) holding most of the page's text, else ``<body>``; the page's
``<h1>`` is kept when it stands outside that container. ``<br>`` and block elements end lines, an empty ``<p>`` is a blank line;
a data ``<table>`` becomes the flattened table form (``colspan``/``rowspan`` as merged cells),
while a layout table (one holding another table, or of one column) is read as blocks.
Locators: ``paragraph N`` and ``table T row R``.
"""
from __future__ import annotations

import re

from ... import errors
from ...model import Issue
from . import LineWriter, Read, merged_value, need, starts_item

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
DROP_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "form", "iframe",
             "button", "select", "input", "textarea", "svg", "canvas", "object", "embed",
             "head", "title", "link", "meta")
_BOILER = re.compile(r"(^|[-_\s])(nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|sidebar|"
                     r"share|copyright|banner|search|login|toolbar|related|friend-?links?|"
                     r"topbar|bottom|skip|print|font-?size|weixin|qrcode|ewm)($|[-_\s\d])", re.I)
_CONTENT = re.compile(r"(content|article|zoom|trs_editor|main|detail|text|wzzw|zwnr|"
                      r"pages?_con|con_?txt|view|body)", re.I)
BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
         "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "tr", "address",
         "figure", "figcaption", "header", "footer", "hr", "caption"}
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def _charset(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    m = _META.search(data[:8192])
    if not m:
        return None
    enc = m.group(1).decode("ascii").lower()
    if enc.replace("-", "").replace("_", "") in {"gb2312", "gbk", "gb18030", "xgbk", "cp936"}:
        return "gb18030"
    return enc


def _decode(data: bytes, name: str) -> tuple[str | None, str, list[Issue]]:
    enc = _charset(data)
    if enc:
        try:
            return data.decode(enc), enc, []
        except (LookupError, UnicodeDecodeError):
            issue = Issue(errors.W_REPLACED, f"the page declares charset {enc!r} but is not "
                          "in it; read with the guessed encoding instead", name)
            from .text import decode
            text, enc2, err = decode(data, name)
            return text, enc2, [issue] + ([err] if err else [])
    from .text import decode
    text, enc2, err = decode(data, name)
    return text, enc2, [err] if err else []


def _attrs(el) -> str:
    return f"{el.get('id', '')} {el.get('class', '')}"


def _strip_boilerplate(root) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str):      # comments, processing instructions
            if el.getparent() is not None:
                el.drop_tree()
            continue
    for el in list(root.iter(*DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter("header", "footer")):
        if el.getparent() is not None and not any(a.tag in ("article", "main")
                                                  for a in el.iterancestors()):
            el.drop_tree()
    for el in list(root.iter()):
        if el.getparent() is None or el.tag in ("html", "body", "table", "tr", "td", "th"):
            continue
        if _BOILER.search(_attrs(el)):
            el.drop_tree()


def _text_len(el) -> int:
    return len(_SPACE.sub("", el.text_content()))


def _content_root(body):
    total = _text_len(body) or 1
    best, best_len = None, 0
    for el in body.iter():
        if not isinstance(el.tag, str) or el is body:
            continue
        if el.tag in ("article", "main") or (el.tag in ("div", "section", "td")
                                             and _CONTENT.search(_attrs(el))):
            n = _text_len(el)
            if n > best_len:
                best, best_len = el, n
    if best is not None and best_len >= 0.3 * total:
        return best
    return body


_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.I)
#: an ordered list's ``type`` attribute (1, a, A, i, I) or CSS list-style-type -> Word's number
#: format (``docx.number_text``) and what follows the number as a browser shows it
_OL_STYLES = {"1": ("decimal", "."), "decimal": ("decimal", "."),
              "a": ("lowerLetter", "."), "lower-alpha": ("lowerLetter", "."),
              "lower-latin": ("lowerLetter", "."), "A": ("upperLetter", "."),
              "upper-alpha": ("upperLetter", "."), "upper-latin": ("upperLetter", "."),
              "i": ("lowerRoman", "."), "lower-roman": ("lowerRoman", "."),
              "I": ("upperRoman", "."), "upper-roman": ("upperRoman", "."),
              "decimal-leading-zero": ("decimalZero", "."),
              "cjk-ideographic": ("chineseCounting", "、"),
              "simp-chinese-informal": ("chineseCounting", "、"),
              "trad-chinese-informal": ("chineseCounting", "、"),
              "cjk-decimal": ("decimal", "、"), "cjk-heavenly-stem": ("ideographTraditional", "、")}


def list_label(li) -> str:
    """The number a browser shows before an ordered list's item (``<ol>``: 1. 2. 3., 一、 二、
    with ``list-style-type: cjk-ideographic``, counted from ``start``, an item's ``value``
    restarting it), or ``""``: a bullet list, a list styled without numbers, an item whose text
    already opens with its own number (一、…)."""
    from .docx import number_text
    ol = li.getparent()
    if ol is None or ol.tag != "ol":
        return ""
    style = _LIST_STYLE.search(ol.get("style") or "")
    kind = style.group(1).lower() if style else (ol.get("type") or "1")
    if kind not in _OL_STYLES:
        return ""                                   # none, disc, circle, square, an unknown
    if starts_item("".join(li.itertext()).strip(" \t\r\n\u3000\xa0")):
        return ""
    n = None
    for item in ol.iterchildren("li"):
        value = (item.get("value") or "").strip()
        if value.lstrip("-").isdigit():
            n = int(value)
        elif n is None:
            start = (ol.get("start") or "").strip()
            n = int(start) if start.lstrip("-").isdigit() else 1
        else:
            n += 1
        if item is li:
            break
    fmt, after = _OL_STYLES[kind]
    return number_text(n or 1, fmt) + after


class _Walker:
    def __init__(self, out: LineWriter) -> None:
        self.out = out
        self.buf: list[str] = []
        self.paragraphs = 0
        self.tables = 0

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        for part in text.split("\n"):
            part = part.strip(" \u3000\xa0")
            if part:
                self.paragraphs += 1
                self.out.paragraph(part, f"paragraph {self.paragraphs}")

    def inline(self, s: str | None, pre: bool = False) -> None:
        if s:
            self.buf.append(s if pre else _SPACE.sub(" ", s))

    def walk(self, el, pre: bool = False) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table":
            self.flush()
            if _layout_table(el):
                for cell in el.iter("td", "th"):
                    if next(cell.iterancestors("table"), None) is el:
                        self.walk_block(cell)
            else:
                self.table(el)
            self.inline(el.tail, pre)
            return
        if tag == "br":
            self.buf.append("\n")
            self.inline(el.tail, pre)
            return
        block = tag in BLOCK
        if block:
            self.flush()
        if tag == "li":
            self.buf.append(list_label(el))
        if tag == "p" and not el.text_content().strip(" \t\r\n\u3000\xa0"):
            self.out.blank()          # an empty paragraph is a blank line, as in a .txt file
            self.inline(el.tail, pre)
            return
        self.inline(el.text, pre or tag == "pre")
        for child in el:
            self.walk(child, pre or tag == "pre")
        if block:
            self.flush()
        self.inline(el.tail, pre)

    def walk_block(self, el) -> None:
        """An element's content as blocks of its own (a cell of a layout table)."""
        self.flush()
        self.inline(el.text)
        for child in el:
            self.walk(child)
        self.flush()

    @staticmethod
    def cell_text(cell) -> str:
        w = _Walker(LineWriter(""))
        lines: list[str] = []
        w.out.paragraph = lambda text, locator="", number=None: lines.append(text)  # type: ignore
        w.inline(cell.text)
        for child in cell:
            w.walk(child)
        w.flush()
        return "\n".join(lines)

    def table(self, table) -> None:
        self.tables += 1
        rows: list[list[str]] = []
        pending: dict[int, tuple[str, int, int]] = {}   # col -> (text, rows left, rows done)
        for tr in table.iter("tr"):
            if next((a for a in tr.iterancestors("table")), None) is not table:
                continue                                # a nested table's row
            row: list[str] = []
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
            k = 0
            while k < len(cells) or any(col >= len(row) for col in pending):
                col = len(row)
                if col in pending:
                    text, left, done = pending[col]
                    row.append(merged_value("", text, done, 0, col))
                    pending[col] = (text, left - 1, done + 1)
                    if left <= 1:
                        del pending[col]
                    continue
                if k >= len(cells):
                    break
                cell = cells[k]
                k += 1
                text = self.cell_text(cell)
                span = _int(cell.get("colspan"))
                down = _int(cell.get("rowspan"))
                row.append(text)
                if down > 1:
                    pending[col] = (text, down - 1, 1)
                for extra in range(1, span):
                    row.append("")
                    if down > 1:
                        pending[col + extra] = ("", down - 1, 1)
            rows.append(row)
        self.out.table(rows, [f"table {self.tables} row {r}" for r in range(1, len(rows) + 1)])


def _layout_table(table) -> bool:
    """A table used for page layout, not data: it holds another table, or it has no row of
    two cells or more (one column), or it has a single row with a long text in it."""
    if any(True for _ in table.iterdescendants("table")):
        return True
    rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]
    widths = [sum(1 for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")) for tr in rows]
    if not rows or max(widths) < 2:
        return True
    return len(rows) == 1 and _text_len(table) > 200


def _int(v) -> int:
    try:
        return max(1, min(int(str(v).strip()), 1000))
    except (TypeError, ValueError):
        return 1


def read_html(data: bytes, name: str) -> Read:
    lxml_html = need("lxml.html", "office", name, ".html pages")
    text, enc, issues = _decode(data, name)
    if text is None:
        return Read(issues=issues)
    text = _XML_DECL.sub("", text, count=1)
    doc = lxml_html.document_fromstring(text)
    heading = next(iter(doc.iter("h1")), None)
    heading_text = _SPACE.sub(" ", heading.text_content()).strip() if heading is not None else ""
    _strip_boilerplate(doc)
    body = doc.find("body")
    if body is None:
        body = doc
    root = _content_root(body)
    out = LineWriter(name)
    walker = _Walker(out)
    if heading_text and root is not body and heading_text not in root.text_content():
        walker.paragraphs += 1
        out.paragraph(heading_text, f"paragraph {walker.paragraphs}")
    walker.inline(root.text)
    for child in root:
        walker.walk(child)
    walker.flush()
    if not out.lines:
        issues.append(Issue(errors.W_EMPTY, "the page has no article text (only navigation, "
                            "scripts or an empty body)", name))
    return out.done(enc, issues, unwrap=True)
