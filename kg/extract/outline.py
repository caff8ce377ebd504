"""Outline of a document: headings, list items, articles, 专栏 boxes and table rows.

Marker types (``一、`` ``（一）`` ``1.`` ``（1）`` ``①`` ``第X章`` ``第X条`` ``一是`` ``■``) are
ranked by the order in which they appear, as nested lists are: a marker type already open on
the stack closes everything below it and becomes a sibling; a new type opens a child level.
``附件`` and ``政策解读`` restart the outline at the top. A 专栏 caption opens a box whose items
stay inside it until the box ends.

Tables arrive flattened: one cell per line, each starting with a tab, a blank line between
rows, a line holding only a tab for an empty cell, a line without a tab continuing the cell
above it, and two blank lines after the table. Each row after the header becomes a ``row``
node with its cells.

A line that is wholly a responsibility annotation (``（责任单位：…）``, ``责任单位：…``) is not
text of its own: it is attached to the node above it as a *note*. Which lines are annotations
is decided by :func:`kg.extract.annotations.is_standalone_annotation`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

from ..model import Line
from ..text import compact

CN = "一二三四五六七八九十百零〇两"
MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"^第([{CN}]+)章")),
    ("article", re.compile(rf"^第([{CN}]+)条")),
    ("cn", re.compile(rf"^([{CN}]+)、")),
    ("pcn", re.compile(rf"^（([{CN}]+)）")),
    ("num", re.compile(r"^(\d{1,3})(?:[.．、](?!\d)|\s*[.．](?=\s))")),
    ("pnum", re.compile(r"^（(\d{1,3})）")),
    ("circ", re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")),
    ("shi", re.compile(rf"^([一二三四五六七八九十]{{1,3}})是(?=[\u4e00-\u9fff])")),
    ("bullet", re.compile(r"^([■●◆▲])")),
]
ATTACHMENT_RE = re.compile(r"^附件\s*(\d*)(\s|$|[：:])")
INTERPRETATION_RE = re.compile(r"政策解读$")
BOX_RE = re.compile(r"^专栏\s*(\d*)")
COUNT_SUFFIX_RE = re.compile(r"（共?\d+(项|条)）$")


@dataclass
class Cell:
    text: str                 # cell text; continuation lines joined with "\n"
    lines: list[Line]

    @property
    def first_line(self) -> int:
        return self.lines[0].number if self.lines else 0

    @property
    def flat(self) -> str:
        """Cell text with line breaks removed (a cell spread over several lines)."""
        return "".join(self.text.split("\n"))


@dataclass
class Node:
    kind: str                      # root | heading | item | article | row | box | section
    label: str                     # path component, e.g. 三, （一）, 1, 附件, 专栏1
    marker_type: str
    lines: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)      # standalone annotation lines
    children: list["Node"] = field(default_factory=list)
    parent: Optional["Node"] = None
    cells: Optional[list[Cell]] = None                   # for rows
    header: Optional[list[str]] = None                   # for rows: the table's header
    table_id: int = 0

    @property
    def path(self) -> tuple[str, ...]:
        out = []
        n: Optional[Node] = self
        while n is not None and n.kind != "root":
            out.append(n.label)
            n = n.parent
        return tuple(reversed(out))

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    @property
    def first_line(self) -> int:
        nums = [ln.number for ln in self.lines] + [ln.number for ln in self.notes]
        if self.cells:
            nums += [c.first_line for c in self.cells if c.lines]
        return min(nums) if nums else 0

    @property
    def last_line(self) -> int:
        nums = [ln.number for ln in self.lines] + [ln.number for ln in self.notes]
        if self.cells:
            nums += [ln.number for c in self.cells for ln in c.lines]
        return max(nums) if nums else 0


def match_marker(text: str) -> Optional[tuple[str, str, int]]:
    """Return (type, label, length of marker) for a line that starts a list item."""
    t = text.lstrip()
    off = len(text) - len(t)
    for kind, rx in MARKERS:
        m = rx.match(t)
        if m:
            if kind == "num":
                label = m.group(1)
            elif kind in ("pnum", "pcn"):
                label = f"（{m.group(1)}）"
            elif kind in ("chapter", "article"):
                label = m.group(0)
            elif kind == "shi":
                label = m.group(0)
            else:
                label = m.group(1)
            return kind, label, off + m.end()
    return None


def _split_rows(lines: Sequence[Line], start: int) -> tuple[list[list[Cell]], int]:
    """Read a flattened table from lines[start]; return its rows and the index after it."""
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    i = start
    blanks = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.is_cell:
            if blanks >= 1 and row:
                rows.append(row)
                row = []
            blanks = 0
            row.append(Cell(ln.text.strip(), [ln] if ln.text.strip() else [ln]))
            i += 1
            continue
        if ln.blank:
            blanks += 1
            if blanks >= 2:
                break
            i += 1
            continue
        # a line without a tab: continuation of the last cell, unless the table has ended
        if blanks >= 2 or not row and not rows:
            break
        target = row[-1] if row else rows[-1][-1]
        target.text = (target.text + "\n" + ln.text.strip()) if target.text else ln.text.strip()
        target.lines.append(ln)
        blanks = 0
        i += 1
    if row:
        rows.append(row)
    return rows, i


def parse_outline(lines: Sequence[Line],
                  is_annotation: Callable[[str], bool] = lambda s: False) -> Node:
    """Build the outline tree of one document's lines."""
    root = Node("root", "", "root")
    stack: list[Node] = [root]
    current: Node = root
    table_no = 0
    i = 0
    n = len(lines)

    def open_node(node: Node, mtype: str) -> None:
        nonlocal current
        # find an open node of the same marker type, not crossing a box barrier
        for depth in range(len(stack) - 1, 0, -1):
            if stack[depth].kind == "box" and mtype != "box":
                break
            if stack[depth].marker_type == mtype:
                del stack[depth:]
                break
        parent = stack[-1]
        node.parent = parent
        parent.children.append(node)
        stack.append(node)
        current = node

    def reset_top(node: Node) -> None:
        nonlocal current
        del stack[1:]
        node.parent = root
        root.children.append(node)
        stack.append(node)
        current = node

    def close_box() -> None:
        for depth in range(len(stack) - 1, 0, -1):
            if stack[depth].kind == "box":
                del stack[depth:]
                return

    in_box = False
    box_blanks = 0
    while i < n:
        ln = lines[i]
        if ln.blank:
            if in_box:
                box_blanks += 1
                if box_blanks >= 2:
                    close_box()
                    in_box = False
            i += 1
            continue
        box_blanks = 0
        key = compact(ln.norm)
        text = ln.norm.strip()
        # 专栏 caption (usually a one-cell table row)
        bm = BOX_RE.match(key)
        if bm and len(key) <= 40:
            if in_box:
                close_box()
            box = Node("box", "专栏" + bm.group(1), "box", lines=[ln])
            open_node(box, "box")
            in_box = True
            i += 1
            continue
        if ln.is_cell and not (in_box and not _next_is_cell_row(lines, i)):
            rows, j = _split_rows(lines, i)
            table_no += 1
            _add_table(rows, current if current is not None else root, table_no)
            i = j
            if in_box:
                close_box()
                in_box = False
            continue
        if ln.is_cell:
            text = ln.norm.strip()
        am = ATTACHMENT_RE.match(key)
        if am and len(key) <= 40 and not re.match(r"^附件[：:]", key):
            reset_top(Node("section", "附件" + am.group(1), "attachment", lines=[ln]))
            i += 1
            continue
        if INTERPRETATION_RE.search(key) and len(key) <= 60:
            # the title of a 政策解读 may start on the line before (《…》 / 政策解读)
            reset_top(Node("section", "政策解读", "interpretation", lines=[ln]))
            i += 1
            continue
        if is_annotation(text) and current.kind != "root":
            current.notes.append(ln)
            i += 1
            continue
        mm = match_marker(text)
        if mm:
            mtype, label, _ = mm
            kind = "article" if mtype == "article" else "item"
            if mtype == "chapter":
                kind = "heading"
            open_node(Node(kind, label, mtype, lines=[ln]), mtype)
            i += 1
            continue
        # plain paragraph: continues the current node's text
        if current.kind == "root":
            root.lines.append(ln)
        else:
            current.lines.append(ln)
        i += 1
    for node in root.walk():
        if node.kind == "item" and node.children:
            node.kind = "heading"
    return root


def _next_is_cell_row(lines: Sequence[Line], i: int) -> bool:
    """Inside a 专栏 box, a tab line starts a real table only when a row of several cells
    follows (a box's own text lines are sometimes tab-indented too)."""
    j = i
    count = 0
    while j < len(lines) and lines[j].is_cell:
        count += 1
        j += 1
    return count >= 2


def _add_table(rows: list[list[Cell]], parent: Node, table_no: int) -> None:
    if not rows:
        return
    header = [compact(c.flat) for c in rows[0]]
    body = rows[1:]
    if len(rows) == 1:
        # a one-row "table" is a caption or a box line: keep it as text of the parent
        parent.lines.extend(ln for c in rows[0] for ln in c.lines)
        return
    previous: Optional[list[Cell]] = None
    for k, cells in enumerate(body, 1):
        seq = compact(cells[0].flat) if cells else ""
        label = seq if seq and len(seq) <= 6 and not seq.startswith("（") else f"行{k}"
        if not seq and previous is not None:
            label = f"行{k}"
        node = Node("row", label, "row", cells=cells, header=header, table_id=table_no)
        node.parent = parent
        parent.children.append(node)
        previous = cells
