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
        if not ln.is_cell and _is_header_word(key):
            rows, j = _cell_per_line_rows(lines, i)
            if rows:
                table_no += 1
                _add_table(rows, current if current is not None else root, table_no)
                i = j
                continue
        if _pipe_count(ln) >= 2 and not ln.is_cell:
            rows, j = _pipe_rows(lines, i)
            if len(rows) >= 2:
                table_no += 1
                _add_table(rows, current if current is not None else root, table_no)
                i = j
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
        # the rest of a line cut after an annotation: a task of its own
        if i > 0 and lines[i - 1].number == ln.number and not lines[i - 1].is_cell:
            siblings = sum(1 for c in (stack[-2].children if current.marker_type == "para"
                                       else current.children) if c.marker_type == "para")
            open_node(Node("item", f"段{siblings + 1}", "para", lines=[ln]), "para")
            i += 1
            continue
        # plain paragraph after the current node's own annotation line: a task of its own
        # (paragraphs of a 主要内容 cell, each followed by its 责任单位 line)
        if (current.kind != "root" and current.notes and current.lines
                and current.notes[-1].number > current.lines[-1].number):
            siblings = sum(1 for c in (stack[-2].children if current.marker_type == "para"
                                       else current.children) if c.marker_type == "para")
            open_node(Node("item", f"段{siblings + 1}", "para", lines=[ln]), "para")
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


HEADER_WORD_RE = re.compile(
    r"^(序号|编号|[\u4e00-\u9fff]{0,6}(单位|部门|处室|科室|时限|时间|内容|任务|事项|措施|分类|类别|"
    r"目标|备注|领导|名称|指标|要求|领域|项目|主体|节点|进度|举措))$")
SEQ_COLUMNS = ("序号", "编号")


def _is_header_word(key: str) -> bool:
    return len(key) <= 10 and bool(HEADER_WORD_RE.match(key))


def _cell_per_line_rows(lines: Sequence[Line], start: int) -> tuple[list[list[Cell]], int]:
    """A table flattened one cell per line with no tab (blank lines between cells allowed):
    a run of column names (分类 / 序号 / 事项 / 责任单位 / 牵头单位), then rows, each starting at
    its number in the 序号 column; the cells before 序号 (a merged 分类 cell) come only when
    they change, so the lines between one row's last cell and the next number fill them.
    Needs a 序号 column and a unit column (ending 单位/部门) to be read as a table; a last row
    with fewer cells than columns was cut off at the end of the input and keeps its text in
    its task cell only. Returns no rows when the lines do not form such a table."""
    body = [(k, ln) for k, ln in enumerate(lines) if k >= start and not ln.blank]
    header: list[Line] = []
    p = 0
    while p < len(body) and _is_header_word(compact(body[p][1].norm)):
        header.append(body[p][1])
        p += 1
    names = [compact(h.norm) for h in header]
    if len(names) < 3 or not any(n.endswith(("单位", "部门")) for n in names):
        return [], start
    seq = next((k for k, n in enumerate(names) if n in SEQ_COLUMNS), None)
    if seq is None:
        return [], start
    after = len(names) - seq - 1

    def number(q: int) -> Optional[int]:
        if q >= len(body):
            return None
        t = compact(body[q][1].norm)
        return int(t) if t.isdigit() and len(t) <= 3 else None

    rows: list[list[Cell]] = [[Cell(h.text.strip(), [h]) for h in header]]
    expected = None
    end = body[p - 1][0] + 1
    while p < len(body):
        # up to `seq` category lines, then the number
        q = p
        while q < len(body) and q - p <= seq and number(q) is None:
            q += 1
        n = number(q)
        if n is None or (expected is not None and n != expected):
            break
        pre = [body[r][1] for r in range(p, q)]
        cells_after = [body[r][1] for r in range(q + 1, min(q + 1 + after, len(body)))]
        stop = False
        for r, ln in enumerate(cells_after):
            if number(q + 1 + r) == n + 1:     # the next row starts early: a cell was empty
                cells_after = cells_after[:r]
                stop = True
                break
        row = [Cell("", []) for _ in range(seq - len(pre))]
        row += [Cell(ln.text.strip(), [ln]) for ln in pre[:seq]]
        row.append(Cell(body[q][1].text.strip(), [body[q][1]]))
        if len(cells_after) < after and not stop:
            # cut off at the end of the input: the whole remainder is the task's text
            rest = cells_after
            row.append(Cell("\n".join(ln.text.strip() for ln in rest), list(rest)))
            rows.append(row)
            end = (rest[-1] if rest else body[q][1]).number
            end = max(k for k, _ in body if lines[k].number <= end) + 1
            break
        row += [Cell(ln.text.strip(), [ln]) for ln in cells_after]
        rows.append(row)
        last = q + len(cells_after)
        end = body[last][0] + 1
        expected = n + 1
        p = last + 1
    if len(rows) < 2:
        return [], start
    return rows, end


def _pipe_count(ln: Line) -> int:
    return ln.norm.count("|") + ln.norm.count("｜")


def _pipe_cells(ln: Line) -> list[Cell]:
    """``1 | 地区生产总值增长6%左右。 | 市发展改革委 |``: cells of a row flattened with ``|``.
    A final ``|`` closes the row; each cell keeps the line number (provenance)."""
    norm = ln.norm.replace("｜", "|")
    cells: list[Cell] = []
    start = 0
    bounds = [k for k, ch in enumerate(norm) if ch == "|"] + [len(norm)]
    for end in bounds:
        text, cnorm = ln.text[start:end], norm[start:end]
        lead = len(cnorm) - len(cnorm.lstrip())
        text, cnorm = text[lead:].rstrip(), cnorm[lead:].rstrip()
        cells.append(Cell(text, [Line(ln.file, ln.number, text, cnorm)]))
        start = end + 1
    if norm.rstrip().endswith("|") and cells and not cells[-1].text:
        cells.pop()
    return cells


def _pipe_rows(lines: Sequence[Line], start: int) -> tuple[list[list[Cell]], int]:
    """A table flattened one row per line with ``|`` between cells (blank lines between rows
    allowed); it ends at the first line without a ``|``."""
    rows: list[list[Cell]] = []
    i = start
    while i < len(lines):
        ln = lines[i]
        if ln.blank:
            i += 1
            continue
        if _pipe_count(ln) < 1 or ln.is_cell:
            break
        rows.append(_pipe_cells(ln))
        i += 1
    while i > start and lines[i - 1].blank:
        i -= 1
    return rows, i


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
