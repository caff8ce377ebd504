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

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Optional, Sequence

from ..model import Line
from ..patterns import CN_DATE, CN_DIGITS, DATE, HAN, PINYIN_GLOSS, SEQ_COLUMNS, unglossed
from ..text import cache_dir, compact, jieba_dictionary, write_cache
from . import unitnames
from .numerals import to_int

CN = "一二三四五六七八九十百零〇两"


def _number(label: str) -> int:
    """A marker's number (``十二``, ``（十二）``, ``3``), 0 when it is none (①, a letter)."""
    try:
        return to_int(label.strip("（）()")) or 0
    except ValueError:
        return 0


# the marker types a document's 一、 list outranks whatever their order of appearance: （一）, 1.,
# （1）, 1）, ①
_BELOW_CN = frozenset(("pcn", "num", "pnum", "rnum", "circ"))
# the marker types a document's （一） list outranks: 1., （1）, 1）, ①
_BELOW_PCN = frozenset(("num", "pnum", "rnum", "circ"))
MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"^第([{CN}]+)章")),
    ("article", re.compile(rf"^第([{CN}]+)条")),
    ("cn", re.compile(rf"^([{CN}]+)(?:、|[.．](?!\d))")),       # 一、 and 一．
    ("pcn", re.compile(rf"^（([{CN}]+)）")),
    # (a number after 、 opens the item's text when letters follow it: 3、5G基站建设, 2、4K…)
    ("num", re.compile(r"^(\d{1,3})(?:[.．、。](?!\d)|、(?=\d+[A-Za-z])|\s*[.．](?=\s))")),
    ("num", re.compile(r"^([⒈-⒛])")),                           # Word's numbered list: ⒈
    # a number padded with a zero before a space and words (a post's blocks 01 / 02:
    # ``01 项目名称：…``); never alone on its line (a page's stray mark), nor before a cell bar
    # or a figure
    ("num", re.compile(r"^0([1-9])(?=\s+[^\s|｜\d])")),
    ("pnum", re.compile(r"^（(\d{1,3})）")),
    ("pnum", re.compile(r"^([⑴-⒇])")),                          # ⑴, one character
    ("rnum", re.compile(r"^(\d{1,3})）(?![\d）])")),              # 1）, a bracket only closed
    ("circ", re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")),
    # (六是G350线…整治行动: a road's code after the marker)
    ("shi", re.compile("^([" + CN_DIGITS + "]{1,3})是(?=" + HAN + "|[A-Z]\\d)")),
    ("bullet", re.compile(r"^([■●◆▲])")),
    # a plan's parts numbered after their word (行动一：政务服务提速行动, 专项行动二、…, 工程三：…)
    ("word", re.compile(rf"^((?:专项)?行动|工程|板块|战役)([{CN}]{{1,3}})(?:[：:、．.]\s*|\s+)(?=\S)")),
]
# a line that names its task with a label: 具体任务：… / 重点工作：…; and the problem of an
# inspection notice (督查通报), 存在问题：电动车乱停放… over its 责任单位：… line
TASK_LABELS = ("具体任务", "重点工作", "重点任务", "工作任务", "主要任务", "任务内容", "工作内容",
               "任务名称", "项目名称", "民生实事", "实事项目", "工作事项", "事项名称", "涉及事项",
               "存在问题", "问题描述",
               # a 督办单's or 交办单's matter (督办事项：… / 主办单位：… / 协办单位：… / 办结时限：…)
               "督办事项", "交办事项", "督查事项")
# the problem labels among them: the short line right above such a line names where the problem
# was found (明馨园小区 / 存在问题：… / 责任单位：…) and belongs to its task
# (a 整改清单's problems numbered in their label: 问题1：…, 问题一：…)
_NUMBERED_PROBLEM = "问题[" + CN + r"\d]{1,3}"
PROBLEM_LABEL_RE = re.compile(r"^(存在问题|问题描述|" + _NUMBERED_PROBLEM + r")[：:].{4,}")
TASK_LABEL_RE = re.compile(r"^(" + "|".join(t for t in TASK_LABELS if t != "工作内容") + "|"
                           + _NUMBERED_PROBLEM + r")[：:].{4,}")
ATTACHMENT_RE = re.compile(r"^附件\s*(\d*)(\s|$|[：:])")
INTERPRETATION_RE = re.compile(r"政策解读$")
BOX_RE = re.compile(r"^专栏\s*(\d*)")
# a field line of a page's metadata (发布时间：2021-12-21, 信息来源：…): no task text
FIELD_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")
# a heading's count of its items: 一、市发改委（共2项）, and an inspection bulletin's unit over the
# problems handed to it, （一）鹿城镇（14个）, 二、县城管局（3处问题）
COUNT_SUFFIX_RE = re.compile(r"（共?\d+(项|条|个|件|处)(?:问题)?）$")


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
    cut: bool = False                                    # for rows: cut off by the input's end

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


#: Numbers written as one character by Word's list numbering (⒈ ⑴), read as the number.
_ONE_CHARACTER_NUMBER = {**{chr(0x2488 + k): str(k + 1) for k in range(20)},
                         **{chr(0x2474 + k): str(k + 1) for k in range(20)}}


# the characters a marker of MARKERS opens with: a line opening with none is no item, told by one
# match instead of one per marker pattern (match_marker is asked of every line ~3 times). A pattern
# added to MARKERS adds its first characters here (tests/extract/test_outline.py checks each pattern)
_MARKER_FIRST_RE = re.compile("[第（\\d\u2460-\u249b■●◆▲专行工板战" + CN + CN_DIGITS + "]")


def match_marker(text: str) -> Optional[tuple[str, str, int]]:
    """Return (type, label, length of marker) for a line that starts a list item."""
    t = text.lstrip()
    if _MARKER_FIRST_RE.match(t) is None:
        return None
    off = len(text) - len(t)
    for kind, rx in MARKERS:
        m = rx.match(t)
        if m:
            if kind == "num":
                label = _ONE_CHARACTER_NUMBER.get(m.group(1), m.group(1))
            elif kind in ("pnum", "pcn"):
                label = f"（{_ONE_CHARACTER_NUMBER.get(m.group(1), m.group(1))}）"
            elif kind == "rnum":
                label = m.group(0)
            elif kind in ("chapter", "article"):
                label = m.group(0)
            elif kind == "shi":
                label = m.group(0)
            elif kind == "word":
                label = m.group(1) + m.group(2)
            else:
                label = m.group(1)
            return kind, label, off + m.end()
    return None


def _table_ends(lines: Sequence[Line], i: int, blank: Callable[[Line], bool]) -> bool:
    """Two blank lines in a row end a flattened table: called at ``lines[i]``, the line after a
    blank one, this says whether it is the second (``blank`` says what counts as blank there)."""
    return i < len(lines) and blank(lines[i])


def _continues_unit_list(text: str) -> bool:
    """A line that is only names of units (县住建局、县自然资源局), maybe closed by a stop."""
    names = [p for p in re.split(r"[、，,]", text.strip().rstrip("。；;")) if p]
    return bool(names) and all(unitnames.is_unit_name(p) for p in names)


def _previous_text_line(lines: Sequence[Line], i: int) -> Optional[Line]:
    """The last line before ``lines[i]`` that is not blank, if any."""
    for k in range(i - 1, -1, -1):
        if not lines[k].blank:
            return lines[k]
    return None


def nonblank_from(lines: Sequence[Line], start: int) -> Iterator[tuple[int, Line]]:
    """``(index, line)`` of every line from ``lines[start]`` on that is not blank."""
    return ((i, lines[i]) for i in range(start, len(lines)) if not lines[i].blank)


def _split_rows(lines: Sequence[Line], start: int) -> tuple[list[list[Cell]], int]:
    """Read a flattened table from lines[start]; return its rows and the index after it."""
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    i = start
    after_blank = False
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.is_cell:             # an empty cell (a lone tab) too: tested before blank
            if after_blank and row:
                rows.append(row)
                row = []
            after_blank = False
            row.append(Cell(ln.text.strip(), [ln] if ln.text.strip() else [ln]))
            i += 1
            continue
        if ln.blank:
            i += 1
            if _table_ends(lines, i, lambda x: x.blank and not x.is_cell):
                break
            after_blank = True
            continue
        # a line without a tab: continuation of the last cell, unless the table has ended
        if not row and not rows:
            break
        target = row[-1] if row else rows[-1][-1]
        target.text = (target.text + "\n" + ln.text.strip()) if target.text else ln.text.strip()
        target.lines.append(ln)
        after_blank = False
        i += 1
    if row:
        rows.append(row)
    return rows, i


#: a record's field on its line: a short name, a colon, its value (备注：…, 督办单位：…)
_FIELD_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:](?=\S)")


#: an entry's title alone on a line: a few words, no sentence or field punctuation, no bracket
_ENTRY_TITLE_RE = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _annotation_follows(lines: Sequence[Line], i: int, is_annotation: Callable[[str], bool]) -> bool:
    """The next line after ``lines[i]`` (blank lines skipped) is a plain line wholly an
    annotation."""
    for ln in lines[i + 1:]:
        if ln.blank:
            continue
        return not ln.is_cell and ln.number > lines[i].number and is_annotation(ln.norm.strip())
    return False


# a heading line that is a body's name alone, maybe after a digest's numbered label and the verb
# of a reform setting it up (国家发展改革委 / 核心关注点一：组建中央金融委员会): the paragraphs under it
# are that body's work (a digest of several bodies' plans or duties, each written with no subject)
UNIT_HEADING_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}[" + CN + r"\d]{1,3}[：:])?(?:重新组建|新组建|组建)?"
                             r"(?P<name>[^，,；;。：:、（）《》“”\s]{2,24}(?:" + PINYIN_GLOSS
                             + r"[^，,；;。：:、（）《》“”\s]{0,20})*)$")


#: a body's name alone on its line in lenticular brackets (【市卫生健康委员会】 over its items)
# (normalised text reads them as （）: the line as written must have them, _LENTICULAR_HEAD_RE)
_BRACKET_HEAD_RE = re.compile(r"^\s*[【〖（]([^【】〖〗（）]{2,24})[】〗）]\s*$")
_LENTICULAR_HEAD_RE = re.compile(r"^\s*[【〖]([^【】〖〗]{2,24})[】〗]\s*$")


def unit_heading(text: str) -> Optional[tuple[int, int]]:
    """Where a line that is a body's heading (:data:`UNIT_HEADING_RE`) writes the body's name
    (start, end), when the name is one unit's (no collective, no person, no post); the name
    may be set in lenticular brackets (``【市医疗保障局】``)."""
    bm = _BRACKET_HEAD_RE.match(text)
    if bm:
        got = unit_heading(bm.group(1))
        return None if got is None else (bm.start(1) + got[0], bm.start(1) + got[1])
    # (市发改委： over its numbered items: the name before the colon)
    m = UNIT_HEADING_RE.match(re.sub(r"[：:]$", "", text.strip()))
    if not m:
        return None
    name = unglossed(m.group("name"), after_han=True)
    if not unitnames.is_unit_name(name) or unitnames.unit_kind(name) in (None, "collective"):
        return None
    off = len(text) - len(text.lstrip())
    return off + m.start("name"), off + m.end("name")


def unit_list_heading(text: str) -> Optional[tuple[int, int]]:
    """Where a line closed by a colon lists the bodies that do the items under it (``市商务局、
    市公安局：``): the list's span (start, end), when every name is one unit's (no collective)."""
    t = text.rstrip()
    if not t.endswith(("：", ":")):
        return None
    body = t[:-1].strip()
    names = body.split("、")
    if not 2 <= len(names) <= 6 or len(compact(body)) > 60 or not all(
            unit_heading(n) is not None and n.strip() == n for n in names):
        return None
    off = len(text) - len(text.lstrip())
    return off, off + len(body)


def _colon_unit_heading(lines: Sequence[Line], i: int) -> bool:
    """A body's name closed by a colon alone on its line over numbered items (``市发改委：`` /
    ``1.做好重大项目谋划储备。`` / ``2.…`` / ``市商务局：`` / ``3.…``): a department heading over its
    list."""
    text = lines[i].norm.strip()
    if _LENTICULAR_HEAD_RE.match(lines[i].text):
        # 【市卫生健康委员会】 / 1.… / 2.… / 【市医疗保障局】 / 3.…: the colon's heading in brackets
        # (:func:`_unit_headings` keeps it only when the first such line opens a list)
        if unit_heading(text) is None:
            return False
    elif not text.endswith(("：", ":")) or (unit_heading(text[:-1]) is None
                                            and unit_list_heading(text) is None):
        return False
    nxt = next((l for _, l in nonblank_from(lines, i + 1)), None)
    return nxt is not None and not nxt.is_cell and bool(match_marker(nxt.norm.strip()))


def _unit_over_table(lines: Sequence[Line], i: int) -> bool:
    """A body's name alone on its line (maybe closed by a colon) right over a table: the heading
    of that body's table (a list of one table per department, a workbook's sheet per
    department, its name written over it)."""
    text = re.sub(r"[：:]$", "", lines[i].norm.strip())
    if unit_heading(text) is None or len(compact(text)) > 20:
        return False
    nxt = next((l for _, l in nonblank_from(lines, i + 1)), None)
    return nxt is not None and nxt.is_cell


def _unit_headings(lines: Sequence[Line]) -> set[int]:
    """The indices of the lines that head a body's paragraphs (:func:`unit_heading`): a plain
    line, no list marker, a blank line (or nothing) before it and a paragraph of its own after
    it (a sentence, not a cell, not another heading); only when the text has two such headings
    at least (a single name on its line is more often a signature or an addressee)."""
    found = []
    for i, ln in enumerate(lines):
        if ln.blank or ln.is_cell or match_marker(ln.norm.strip()):
            continue
        if _colon_unit_heading(lines, i):
            found.append(i)
            continue
        if _unit_over_table(lines, i):
            found.append(i)
            continue
        if i > 0 and not lines[i - 1].blank:
            continue
        if unit_heading(ln.norm) is None or _BRACKET_HEAD_RE.match(ln.norm):
            continue
        nxt = next((l for _, l in nonblank_from(lines, i + 1)), None)
        if (nxt is None or nxt.is_cell or match_marker(nxt.norm.strip()) or len(compact(nxt.norm)) < 20
                or unit_heading(nxt.norm) is not None or not re.search("[，,。；;]", nxt.norm)):
            continue
        found.append(i)
    # a bracketed name over items (【市发改委】 / 1.…) heads them only when the first such line
    # opens a list: after an item of the kind its own items are (1.… / 【市发改委】 / 2.…) it is
    # that item's standalone annotation, and so are the others
    brackets = [i for i in found if _LENTICULAR_HEAD_RE.match(lines[i].text)]
    if brackets:
        first = brackets[0]
        prev = next((lines[k] for k in range(first - 1, -1, -1) if not lines[k].blank), None)
        nxt = next((l for _, l in nonblank_from(lines, first + 1)), None)
        pm = match_marker(prev.norm.strip()) if prev is not None else None
        nm = match_marker(nxt.norm.strip()) if nxt is not None else None
        if pm is not None and nm is not None and pm[0] == nm[0]:
            found = [i for i in found if i not in brackets]
    return set(found) if len(found) >= 2 else set()


def _next_is_problem(lines: Sequence[Line], i: int) -> bool:
    """The next non-blank line after ``lines[i]`` is a problem line (``存在问题：…``)."""
    for ln in lines[i + 1:]:
        if ln.blank:
            continue
        return not ln.is_cell and bool(PROBLEM_LABEL_RE.match(compact(ln.norm)))
    return False


def _doer_line_run(lines: Sequence[Line], i: int, opens: Callable[[str], bool]) -> bool:
    """``lines[i]`` has a plain neighbour (the next or the previous line not blank) that
    ``opens`` as well: a run of two such lines at least."""
    for step in (1, -1):
        k = i + step
        while 0 <= k < len(lines) and lines[k].blank:
            k += step
        if 0 <= k < len(lines) and not lines[k].is_cell and not match_marker(lines[k].norm.strip()) \
                and opens(lines[k].norm.strip()):
            return True
    return False


# a signature block closing a document: the issuer's name alone on its line (one or more joint
# issuers), its date alone on the next, then nothing but the publication remark, the attachments'
# or the copies' lines (宁乡市人民政府办公室 / 2024年3月1日 / （此件公开发布）)
_SIGNER_RE = re.compile("^(?:中共)?" + HAN + "{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|"
                        "办公厅|委员会|办事处|管理委员会|管委会|领导小组|分局|局|厅|委|办)$")
_SIGN_DATE_RE = re.compile("^(?:" + DATE + "|" + CN_DATE + ")$")
_AFTER_SIGNATURE_RE = re.compile(r"^(?:[（(]此件[^（()）]{0,8}[）)]|附件|抄送|印发|[（(]联系人)")


def _signature_end(lines: Sequence[Line], i: int) -> Optional[int]:
    """Where the signature block opening at ``lines[i]`` ends (the index after its date), or None
    when no signature opens there. The date must close the document or stand before its
    publication remark, its attachments or its copies: a unit's line and a date's under a task
    (a table flattened a cell a line) are no signature."""
    k = i
    signers = 0
    while k < len(lines) and signers < 4:
        if lines[k].blank:
            k += 1
            continue
        key = compact(lines[k].norm)
        if _SIGN_DATE_RE.match(key) and signers:
            rest = next((x for x in lines[k + 1:] if not x.blank), None)
            if rest is None or _AFTER_SIGNATURE_RE.match(compact(rest.norm)):
                return k + 1
            return None
        if lines[k].is_cell or not _SIGNER_RE.match(key) or key[0] in "省市县区州旗盟镇乡":
            return None     # (a signer writes its place in full: 市发改委 alone is a unit's cell)
        signers += 1
        k += 1
    return None


def parse_outline(lines: Sequence[Line],
                  is_annotation: Callable[[str], bool] = lambda s: False,
                  closes_annotated: Callable[[str], bool] = lambda s: False,
                  opens_annotated: Callable[[str], bool] = lambda s: False,
                  opens_with_doers: Callable[[str], bool] = lambda s: False) -> Node:
    """Build the outline tree of one document's lines. ``is_annotation`` tells a line that is
    wholly an annotation, ``closes_annotated`` a line of task text closed by its own one,
    ``opens_annotated`` a line whose head carries its own (``X（责任单位：Y）：…``),
    ``opens_with_doers`` a plain line opening with who does it (``X负责，Y配合，…``)."""
    lines = _unpipe_cell_lines(lines)
    root = Node("root", "", "root")
    stack: list[Node] = [root]
    current: Node = root
    table_no = 0
    cn_seen = False            # a 一、 marker has opened a node
    pcn_seen = False           # a （一） marker has opened a node
    place: list[Line] = []     # a place line held for the problem line after it
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

    def siblings_of(mtype: str) -> list[Node]:
        """The children list a node of ``mtype`` joins when opened (see ``open_node``)."""
        for depth in range(len(stack) - 1, 0, -1):
            if stack[depth].kind == "box" and mtype != "box":
                break
            if stack[depth].marker_type == mtype:
                return stack[depth - 1].children
        return stack[-1].children

    def open_para(ln: Line) -> None:
        """Open a paragraph task ``段N`` under the current node (beside it when the current
        node is a paragraph task itself)."""
        siblings = sum(1 for c in (stack[-2].children if current.marker_type == "para"
                                   else current.children) if c.marker_type == "para")
        open_node(Node("item", f"段{siblings + 1}", "para", lines=[ln]), "para")

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

    heads = _unit_headings(lines)
    heading_no = 0
    in_box = False
    box_blanks = 0
    last_text = max((k for k in range(n) if not lines[k].blank), default=-1)
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
        if not ln.is_cell and (run := _run_table(lines, i)) is not None:
            rows, j, before = run
            if before is not None:
                (current if current is not None else root).lines.append(before)
            table_no += 1
            _add_table(rows, current if current is not None else root, table_no)
            i = j
            continue
        rows, j = _untabbed_table(lines, i, key)
        tabbed = not rows and ln.is_cell and not (in_box and not _next_is_cell_row(lines, i))
        if tabbed:
            rows, j = _split_rows(lines, i)      # never empty: lines[i] is a cell
        if rows:
            table_no += 1
            _add_table(rows, current if current is not None else root, table_no)
            i = j
            if tabbed and in_box:
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
        if (current.notes and not ln.is_cell and current.notes[-1] is _previous_text_line(lines, i)
                and current.notes[-1].norm.rstrip().endswith(("、", "，", ","))
                and _continues_unit_list(text)):
            # 责任单位：县发改局、县财政局、 / 县住建局、县自然资源局: the list a line left open goes
            # on in the next (one line of the annotation, numbered by its first)
            prev = current.notes[-1]
            current.notes[-1] = Line(prev.file, prev.number, prev.text.rstrip() + ln.text.strip(),
                                     prev.norm.rstrip() + text)
            i += 1
            continue
        if (current.kind != "root" and current.lines and not ln.is_cell
                and current.lines[-1] is _previous_text_line(lines, i)
                and current.lines[-1].norm.count("（") > current.lines[-1].norm.count("）")
                and text.rstrip("。；; ").endswith("）") and text.count("）") > text.count("（")):
            # …（责任单位：县发改局、县财政局， / 完成时限：2024年12月）。: the line closes the bracket
            # the task's line left open, the rest of its annotation (joined by the reader), no
            # annotation line of its own
            current.lines.append(ln)
            i += 1
            continue
        if is_annotation(text) and current.kind != "root" and i not in heads:
            current.notes.append(ln)
            i += 1
            continue
        if (current.notes and not ln.is_cell and _FIELD_LINE_RE.match(key)
                and not TASK_LABEL_RE.match(key) and not match_marker(text)
                and _annotation_follows(lines, i, is_annotation)):
            # 责任单位：X / 备注：… / 完成时限：…: a field of another name between the task's
            # annotation lines is one more line of them (was the text of a new paragraph task,
            # which took the lines after it, the deadline with them)
            current.notes.append(ln)
            i += 1
            continue
        if (current.notes and not ln.is_cell and i == last_text
                and is_annotation(key.rstrip("：:") + "：")):
            # 牵头单位：X / 责任单位 at the end of the input: a label whose names the excerpt's
            # edge cut off is one more annotation line of the item (read as cut, not as text)
            current.notes.append(ln)
            i += 1
            continue
        if current.kind != "root" and (end := _signature_end(lines, i)) is not None:
            # the document's signature after its last item: no text of that item (its issuer
            # and date were read as the item's last lines); the outline closes
            root.lines.extend(x for x in lines[i:end] if not x.blank)
            del stack[1:]
            current = root
            i = end
            continue
        tl = TASK_LABEL_RE.match(key)
        if tl and not match_marker(text):
            # 具体任务：… / 重点工作：…: a labelled task of a record page
            count = sum(1 for c in siblings_of("tasklabel") if c.marker_type == "tasklabel")
            open_node(Node("item", f"任务{count + 1}", "tasklabel", lines=place + [ln]),
                      "tasklabel")
            place = []
            i += 1
            continue
        if (not match_marker(text) and len(key) <= 30 and not key.endswith(("。", "；", "："))
                and _next_is_problem(lines, i)):
            # 黄龙街县医院路段 above 存在问题：…: the place the problem was found, part of its task
            place = [ln]
            i += 1
            continue
        mm = match_marker(text)
        if mm:
            mtype, label, _ = mm
            kind = "article" if mtype == "article" else "item"
            if mtype == "chapter":
                kind = "heading"
            first_listed = next((c for c in root.children if c.marker_type in _BELOW_CN), None)
            if (mtype == "cn" and not cn_seen and len(stack) > 1 and _number(label) > 1
                    and all(s.marker_type in _BELOW_CN for s in stack[1:])
                    and first_listed is not None and _number(first_listed.label) > 1):
                # an excerpt opening inside a document's lists (its first item is no list's first),
                # its 一、…三、 cut off above it:
                # （十二）…（十五） then 四、工作步骤 — 四、 outranks the bracketed items before it
                # (a later item of the top list), so it opens at the top, not under （十五）
                del stack[1:]
                current = root
            first_low = next((c for c in root.children if c.marker_type in _BELOW_PCN), None)
            if (mtype == "pcn" and not pcn_seen and not cn_seen and len(stack) > 1
                    and _number(label) > 1 and all(s.marker_type in _BELOW_PCN for s in stack[1:])
                    and first_low is not None and root.children[0] is first_low
                    and _number(first_low.label) > 1):
                # the same one level down: an excerpt opening inside a department's list
                # (2.… 3.… under a （六） cut off above it), then （七）卫生部门职责、任务 and its own
                # 1.… — （七） outranks the numbered items before it, so it opens at the top, not
                # under 3.
                del stack[1:]
                current = root
            cn_seen = cn_seen or mtype == "cn"
            pcn_seen = pcn_seen or mtype == "pcn"
            open_node(Node(kind, label, mtype, lines=[ln]), mtype)
            i += 1
            continue
        # the rest of a line cut after an annotation: a task of its own (so is its first
        # piece when no item holds it)
        cut_before = i > 0 and lines[i - 1].number == ln.number and not lines[i - 1].is_cell
        # (under a paragraph task of a line before, too: a meeting's next paragraph,
        # 会议审议通过《…》，由X、Y负责组织实施。, cut before its closing agent, is no more of the
        # paragraph above, whose annotation the agent's clause would become)
        cut_after = ((current.kind == "root" or (current.marker_type == "para" and current.lines
                                                 and current.lines[-1].number < ln.number))
                     and i + 1 < n and lines[i + 1].number == ln.number and not lines[i + 1].is_cell)
        if cut_before or cut_after:
            open_para(ln)
            i += 1
            continue
        # plain paragraph after the current node's own annotation line: a task of its own
        # (paragraphs of a 主要内容 cell, each followed by its 责任单位 line)
        if (current.kind != "root" and current.notes and current.lines
                and current.notes[-1].number > current.lines[-1].number):
            open_para(ln)
            i += 1
            continue
        # plain paragraph closed by its own annotation right after a line of the current node
        # closed by one: a task of its own (one indicator a line under a heading item, each
        # line ending in （X牵头）; blank lines between them, as a web page's copy has, change
        # nothing)
        prev = _previous_text_line(lines, i)
        if (current.kind != "root" and current.lines and prev is not None
                and current.lines[-1] is prev and prev.number < ln.number
                and closes_annotated(prev.norm) and closes_annotated(text)):
            open_para(ln)
            i += 1
            continue
        # an entry's title alone on its line (工业经济), after the document's opening or an entry
        # closed by its own annotation and over a paragraph closed by one: the next entry, its
        # title its first line (a yearbook's entries, each closed by （X供稿）, written unnumbered)
        if (not ln.is_cell and i not in heads and _ENTRY_TITLE_RE.fullmatch(key)
                and (current.kind == "root" or (current.marker_type == "para" and current.lines
                                                and closes_annotated(current.lines[-1].norm)))
                and (nxt_line := next(nonblank_from(lines, i + 1), (None, None))[1]) is not None
                and not nxt_line.is_cell and nxt_line.number > ln.number
                and match_marker(nxt_line.norm) is None and closes_annotated(nxt_line.norm)):
            open_para(ln)
            i += 1
            continue
        # plain paragraph whose head carries its own annotation, under a node: a task of its
        # own (an inspection bulletin's unnumbered place, 客运中心（责任单位：交通局）：大门…,
        # after a numbered one)
        if current.kind != "root" and current.lines and opens_annotated(text):
            open_para(ln)
            i += 1
            continue
        # plain paragraph under no node, followed by its own annotation line: a task of its
        # own (unnumbered task lines of a news list, each followed by 责任单位：… lines)
        if (current.kind == "root" and not FIELD_LINE_RE.match(key)
                and _annotation_follows(lines, i, is_annotation)):
            open_para(ln)
            i += 1
            continue
        # plain paragraph under no node closed by its own annotation: a task of its own (a
        # plan's unnumbered measures, each paragraph ending in （A牵头负责，B配合）, under a
        # title and a preamble it must not join)
        if (current.kind == "root" and not ln.is_cell and not FIELD_LINE_RE.match(key)
                and i not in heads and closes_annotated(text)):
            open_para(ln)
            i += 1
            continue
        # a body's name alone on its line over its paragraphs (国家发展改革委 / 扎实推动…): a node
        # of the body's work, at the top of an outline with no numbered heading above it
        # (a department's name and colon over its numbered items closes the department before)
        if i in heads and (current.kind == "root" or current.marker_type == "unithead" or (
                _colon_unit_heading(lines, i) and any(n.marker_type == "unithead" for n in stack))):
            heading_no += 1
            open_node(Node("item", f"节{heading_no}", "unithead", lines=[ln]), "unithead")
            i += 1
            continue
        # a plain line opening with who does it and their roles (a measure cell of a table
        # flattened a cell a line: 区城管局负责，工商局配合，取缔…; X、Y负责督促…): a task of its own
        if not ln.is_cell and opens_with_doers(text):
            open_para(ln)
            i += 1
            continue
        # plain lines under no node, each headed by its doers and a colon, two at least in a row
        # (a list of work by body or place with no numbers: 市教育体育局：实施… / 麒麟区：新建…):
        # a task each
        if current.kind == "root" and not ln.is_cell and opens_annotated(text) \
                and _doer_line_run(lines, i, opens_annotated):
            open_para(ln)
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


# 分解 (四季度任务分解), 状况 (完成状况), 评价 (工作评价): columns of quarterly progress tables;
# 清单 (任务清单 | 责任清单 | 时限清单: the three lists of a task table)
_HEADER_WORDS = ("单位|部门|处室|科室|股室|街镇|乡镇|时限|时间|内容|任务|事项|措施|分类|类别|目标|备注|领导|名称|"
                 "指标|要求|领域|项目|主体|节点|进度|举措|情况|实事|期限|工作|安排|步骤|成效|进展|方式|分工|"
                 "分解|状况|评价|计划|额度|占比|金额|资金|清单|"
                 # a 整改清单's columns: the problem (问题描述, 存在问题) and the person in charge
                 "问题|描述|责任人|负责人")
# 任务项 / 项次: the number column of a table that counts its rows as items
# 是否达序 / 是否完成: a column of yes-or-no answers; 说明 (a column of remarks, never the second
# line of a name wrapped in a narrow cell)
HEADER_WORD_RE = re.compile(r"^(序号|编号|任务项|项次|说明|是否[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{0,6}(" + _HEADER_WORDS + r"))$")
# a bare column-name word (任务, 领导, 科室): the second line of a name wrapped in a narrow cell
_BARE_HEADER_RE = re.compile(r"^(?:" + _HEADER_WORDS + r")$")
_NOTE_RE = re.compile(r"（[^（）]*）$")
_OPEN_NOTE_RE = re.compile(r"（[^（）]{1,6}$")
# a measure alone on a header's line (（万元）, （%）): the note of the name before it
_MEASURE_ONLY_RE = re.compile(r"（[^（）]{1,8}）?")
# a numbered row of a space-separated table (1 实施城镇老旧小区改造 …): its number, then a cell
_SPACE_ROW_RE = re.compile(r"^\s*(\d{1,3})\s+\S")
# a line of figures only (a total row's or a theme row's sums, 55219.1 30.2) or a total row
_FIGURES_LINE_RE = re.compile(r"^\s*(?:(?:合计|总计|小计|共计)\s+)?[\d.,%％]+(?:\s+[\d.,%％]+)*\s*$")
_NOTE_ONLY_RE = re.compile(r"（[^（）]{1,8}）")


def _untabbed_table(lines: Sequence[Line], i: int, key: str) -> tuple[list[list[Cell]], int]:
    """A table whose cells are not tab lines, starting at ``lines[i]`` (``key`` its compact
    text): rows split by spaces under a header line, a header one column name a line, or rows
    split by ``|`` (two rows at least). Returns its rows and the index after it; ``([], i)``
    when none starts here."""
    ln = lines[i]
    if ln.is_cell:
        return [], i
    if len(ln.norm.split()) >= 3:
        rows, j = _space_table_rows(lines, i)
        if rows:
            return rows, j
    if _is_header_word(key):
        rows, j = _cell_per_line_rows(lines, i)
        if rows:
            return rows, j
    if len(ln.norm.split()) >= 4:
        rows = _inline_header_rows(ln)
        if rows:
            return rows, i + 1
    cuts = run_header_cuts(ln.norm)
    if cuts:
        # the column names run together on one line: read as if each had its line
        names = [Line(ln.file, ln.number, ln.text[a:b], ln.norm[a:b])
                 for a, b in zip([0] + cuts, cuts + [len(ln.norm)])]
        rows, j = _cell_per_line_rows(list(lines[:i]) + names + list(lines[i + 1:]), i)
        if rows:
            return rows, j - len(names) + 1
    if _pipe_count(ln) >= 2:
        rows, j = _pipe_rows(lines, i)
        if len(rows) >= 2:
            return rows, j
    return [], i


# a year, also mistyped with a digit doubled (20224年1-3月份进度安排)
# a column name's period before its word (2022年预期目标, 1-10月推进情况, 三季度进展)
_YEAR_START_RE = re.compile(r"^(?:(?:19|20)\d{2}\d?年度?)?(?:\d{1,2}(?:[-—~～至]\d{1,2})?月份?|[一二三四1-4]季度)?")


def _is_header_word(key: str) -> bool:
    """A column name: 序号, 责任单位, 完成时限, 责任部门（加*号为牵头部门）, 2022年预期目标 …, or two
    of them in one column joined by 、 (执行措施、实施步骤, 工作进展、取得成效); a measure note
    the cell's wrap left open (占比（%) is a note too."""
    # (a mirror's pinyin glosses read through: 责（zé）任单位)
    key = _YEAR_START_RE.sub("", _NOTE_RE.sub("", _OPEN_NOTE_RE.sub("", unglossed(key, after_han=True))))
    if "、" in key and len(key) <= 12:
        parts = key.split("、")
        return len(parts) == 2 and all(len(p) <= 6 and HEADER_WORD_RE.match(p) for p in parts)
    if "与" in key and len(key) <= 12 and all(
            2 <= len(p) <= 6 and HEADER_WORD_RE.match(p) for p in key.split("与")):
        return True         # 责任主体与协同单位: two names joined by 与 (not 参与单位's 与)
    return len(key) <= 10 and bool(HEADER_WORD_RE.match(key))


# the words a column name's own stem may not hold (任务责任单位 is two names, 任务 | 责任单位)
_STEM_STOP_RE = re.compile(r"序号|任务|单位|部门|时限|时间|内容|情况|事项")


def run_header_cuts(text: str) -> Optional[list[int]]:
    """Where to cut a table's header whose column names a page ran together into one line
    (``实事内容工作任务责任单位进展情况``): the positions between its names, or ``None`` when the
    line is not wholly three or more column names of which one names units. Among the ways to
    cut it, names of four characters are preferred (the usual length), and a name whose stem
    holds another name's word (``任务责任单位``) is not taken."""
    t = text.strip()
    if not 8 <= len(t) <= 40 or not re.fullmatch(r"[\u4e00-\u9fff]+", t) or _is_header_word(t):
        return None
    n = len(t)
    best: list = [None] * (n + 1)      # best[i]: (cost, cuts) of t[:i]
    best[0] = (0, [])
    for i in range(1, n + 1):
        for j in range(max(0, i - 6), i - 1):
            if best[j] is None:
                continue
            word = t[j:i]
            m = HEADER_WORD_RE.match(word)
            if not m:
                continue
            stem = word[:len(word) - len(m.group(2))] if m.group(2) else ""
            cost = best[j][0] + (len(word) - 4) ** 2 + (10 if _STEM_STOP_RE.search(stem) else 0)
            if best[i] is None or cost < best[i][0]:
                best[i] = (cost, best[j][1] + [i])
    if best[n] is None:
        return None
    ends = best[n][1]
    names = [t[a:b] for a, b in zip([0] + ends, ends)]
    if len(names) < 3 or not any(_column_kind(w) == "unit" for w in names):
        return None
    lead = len(text) - len(text.lstrip())
    return [lead + e for e in ends[:-1]]


def _column_kind(name: str) -> str:
    """unit | deadline | text: what a column of a flattened table holds."""
    n = _NOTE_RE.sub("", compact(name))
    if n.endswith(("单位", "部门", "处室", "科室", "股室", "街镇", "乡镇", "主体", "责任分工")):
        return "unit"
    from .assignments import UNIT_COLUMNS       # (the reader of rows names its columns once)
    if n in UNIT_COLUMNS:
        return "unit"       # 责任清单 (任务清单 | 责任清单 | 时限清单), 公开主体
    if re.search(r"时限|时间|期限|节点", n):
        return "deadline"
    return "text"


# the separators of a list of names, and the same outside brackets only (各县（市、区）政府 is one name)
_NAME_SEP_RE = re.compile(r"[、，,；;]")
_NAME_SEP_TOP_RE = re.compile(r"[、，,；;](?![^（(]*[）)])")


def _is_unit_line(text: str, sep: re.Pattern = _NAME_SEP_RE) -> bool:
    """A line that is wholly unit names (a unit cell spread one name per line)."""
    t = compact(text).strip("，,、；;。")
    t = unitnames.VERB_TAIL_RE.sub("", t) or t
    t = re.sub(r"[*＊※]", "", t)
    parts = [p for p in sep.split(t) if p]
    return bool(parts) and all(unitnames.is_unit_name(p) for p in parts)


def _is_unit_item(text: str) -> bool:
    """An item of a space-separated row that is wholly unit names, a separator inside brackets no
    cut (各县（市、区）政府 is one name; the cell-per-line reading keeps :func:`_is_unit_line`'s cut,
    which its test of a last cell cut by the excerpt relies on)."""
    return _is_unit_line(text, _NAME_SEP_TOP_RE)


def _seq_number(text: str) -> Optional[int]:
    t = compact(text)
    return int(t) if t.isdigit() and len(t) <= 3 else None


_TRAILING_PIPE_RE = re.compile(r"^([^|｜]*?)\s*([|｜]{1,2})\s*$")
# a line of two cells or more, each closed by a ``|`` (序号 | 任务目录 |), nothing after the last
_CELLS_CLOSED_RE = re.compile(r"^\s*(?:[^|｜\s][^|｜]*?\s*[|｜]\s*){2,}$")


def _unpipe_cell_lines(lines: Sequence[Line]) -> list[Line]:
    """A table flattened one cell per line with the cell's closing ``|`` at the end of the
    line (``序号 |`` / ``主要任务 |`` / ``24 |`` … a row ended by a line ``|`` or ``||``) is
    rewritten as the piped cell stream the table reader knows: the cell's text on one line,
    each ``|`` on a line of its own (same line number). Only runs of at least six such lines
    count; a lone ``text |`` line stays as it is."""
    lines = list(lines)
    marks = [not ln.is_cell and bool(_TRAILING_PIPE_RE.match(ln.norm)
                                     or _PIPES_ONLY_RE.fullmatch(compact(ln.norm))) for ln in lines]
    # a line of several cells each closed by its | (``序号 | 任务目录 |``, the header's first
    # cells on one line) beside a line of one such cell: its cells are cells of the stream
    single = [marks[x] and not _PIPES_ONLY_RE.fullmatch(compact(ln.norm)) for x, ln in enumerate(lines)]
    for x, ln in enumerate(lines):
        if not marks[x] and not ln.is_cell and _CELLS_CLOSED_RE.match(ln.norm) and (
                (x + 1 < len(lines) and single[x + 1]) or (x > 0 and single[x - 1])):
            marks[x] = True
    if sum(marks) < 6 or sum(1 for ln, m in zip(lines, marks)
                             if m and not _PIPES_ONLY_RE.fullmatch(compact(ln.norm))) < 6:
        return _unpipe_leading(lines)
    out: list[Line] = []
    k = 0
    while k < len(lines):
        if not marks[k]:
            out.append(lines[k])
            k += 1
            continue
        j = k
        while j < len(lines) and (marks[j] or (lines[j].blank and j + 1 < len(lines)
                                               and marks[j + 1])):
            j += 1
        if sum(marks[k:j]) < 6:
            out.extend(lines[k:j])
            k = j
            continue
        for x in range(k, j):
            ln = lines[x]
            m = _TRAILING_PIPE_RE.match(ln.norm) if marks[x] else None
            if m is None and marks[x] and _CELLS_CLOSED_RE.match(ln.norm):
                at = 0
                for c in re.finditer(r"[|｜]", ln.norm):
                    a, b = at, c.start()
                    while a < b and ln.norm[a].isspace():
                        a += 1
                    while b > a and ln.norm[b - 1].isspace():
                        b -= 1
                    out.append(Line(ln.file, ln.number, ln.text[a:b], ln.norm[a:b]))
                    out.append(Line(ln.file, ln.number, "|", "|"))
                    at = c.end()
                continue
            if m is None:
                if marks[x]:
                    # a run of |: the empty cells padding a row to the table's width
                    out.extend(Line(ln.file, ln.number, "|", "|") for _ in compact(ln.norm))
                continue
            if m.group(1).strip():
                a = len(ln.norm) - len(ln.norm.lstrip())
                b = m.end(1)
                out.append(Line(ln.file, ln.number, ln.text[a:b], ln.norm[a:b]))
            for _ in m.group(2):
                out.append(Line(ln.file, ln.number, "|", "|"))
        k = j
    return out


_LEADING_PIPE_RE = re.compile(r"^\s*[|｜]\s*([^|｜]*?)\s*$")


def _unpipe_leading(lines: list[Line]) -> list[Line]:
    """A table flattened with each cell but a row's first opened by a ``|`` at the start of its
    line and each row closed by a line ``|`` (``牵头单位`` / ``| 目 标 任 务`` / ``| 责 任 单 位`` /
    ``|`` / ``市政`` / ``府办`` / ``公厅`` / ``| 强化行政监督…`` …) is rewritten as the piped cell
    stream: each ``|`` on a line of its own before the cell's text, the row's closing ``|``
    doubled (an empty cell ends the row). A cell that a narrow column broke over lines
    (``市政`` / ``府办`` / ``公厅``) is one line again when only the joined text is a unit name.
    Only runs of at least six ``| text`` lines and two closing lines count."""
    opened = [not ln.is_cell and bool(m := _LEADING_PIPE_RE.match(ln.norm)) and bool(m.group(1))
              for ln in lines]
    closing = [not ln.is_cell and compact(ln.norm) in ("|", "｜") for ln in lines]
    if sum(opened) < 6 or sum(closing) < 2:
        return lines
    first = opened.index(True)
    out: list[Line] = list(lines[:max(0, first - 1)])
    cell: list[Line] = []

    def flush() -> None:
        joined = "".join(compact(ln.norm) for ln in cell)
        if (len(cell) > 1 and all(len(compact(ln.norm)) <= 4 for ln in cell)
                and unitnames.is_unit_name(joined)
                and not unitnames.is_unit_name(compact(cell[0].norm))):
            a = cell[0]
            out.append(Line(a.file, a.number, "".join(ln.text.strip() for ln in cell), joined))
        else:
            out.extend(cell)
        cell.clear()
    for ln in lines[max(0, first - 1):]:
        m = _LEADING_PIPE_RE.match(ln.norm) if not ln.is_cell else None
        if m is None:
            cell.append(ln)
            continue
        flush()
        out.append(Line(ln.file, ln.number, "|", "|"))
        if m.group(1):
            a = ln.norm.index(m.group(1))
            b = a + len(m.group(1))
            cell.append(Line(ln.file, ln.number, ln.text[a:b], ln.norm[a:b]))
        else:
            out.append(Line(ln.file, ln.number, "|", "|"))
    flush()
    return out


def _theme_before_row(cells: list[list[Line]], m: int) -> bool:
    """``cells[m]`` is a theme row spanning the table before its first numbered row (one line
    opening with ``一、`` or ``（一）``: ``一、潘东旭市长负责事项（共9项）``), the row number right after it."""
    c = cells[m]
    mk = match_marker(c[0].norm) if len(c) == 1 else None
    return (mk is not None and mk[0] in ("cn", "pcn") and m + 1 < len(cells)
            and _seq_number(cells[m + 1][0].norm) is not None)


def _short_header(key: str) -> bool:
    """A column name not formed like the usual ones (责任主体与协同单位, 1-10月推进情况, 说明):
    short (its measure note aside: 年内已累计投入资金（万元）), no sentence punctuation, not a row
    number."""
    key = _NOTE_RE.sub("", key) or key
    return 1 <= len(key) <= 12 and not re.search(r"[。，,；;：:、]", key) and not key.isdigit()


def _align_row(columns: list[str], cells: list[list[Line]]) -> list[Cell]:
    """Give the cells of a row that lost some of its cells (an empty cell the flattening
    dropped) to the columns by what they hold: a run of unit names to a unit column, a short
    personal name to a 领导/责任人 column, a date to a deadline column; the remaining cells keep
    their order and fill from the left. Returns one cell per column."""
    n, m = len(columns), len(cells)
    kinds = [_column_kind(c) for c in columns]
    if sum(k == "unit" for k in kinds) > 1:
        # 单位 beside 责任部门: the unit of measure (万亩, 万元/人), not an organisation
        kinds = ["text" if compact(c) in ("单位", "计量单位") else k for c, k in zip(columns, kinds)]
    persons = [bool(re.search(r"领导|责任人|负责人|联系人", c)) for c in columns]
    measures = [k == "text" and compact(c) in _MEASURE_COLUMNS for c, k in zip(columns, kinds)]
    # a row's own text column (任务, 内容) is not left empty between cells it holds: the
    # merged cells a row lacks are on its left (类别, 指标), written once for their block
    tasks = [k == "text" and bool(_TASK_COLUMN_RE.search(compact(c))) and not
             _CLASS_COLUMN_RE.search(compact(c)) for c, k in zip(columns, kinds)]
    # (of two such columns, 主要任务 and 全年目标任务, the first is the row's own)
    tasks = [t and not any(tasks[:j]) for j, t in enumerate(tasks)]

    def score(i: int, j: int) -> int:
        t = compact(" ".join(ln.norm for ln in cells[i]))
        parts = [p for p in re.split(r"[、，,；;]", t.strip("。")) if p]
        units = 0 if t.endswith("。") else sum(1 for p in parts if unitnames.is_unit_name(p))
        if kinds[j] == "unit":
            if t.endswith("。"):
                return -3         # a sentence (推进县文化馆、图书馆…建设。), not a cell of names
            return 3 if parts and units == len(parts) else (1 if units else -3)
        s = -1 if parts and units == len(parts) else 0
        if measures[j] or (kinds[j] == "text" and _TASK_COLUMN_RE.search(compact(columns[j]))):
            # a unit of measure (万元/人, 万亩, %) or a figure is a cell of the measure column
            # (单位 beside 责任部门), never a task's or a content's text
            quantity = bool(_MEASURE_RE.fullmatch(t) or _FIGURE_RE.fullmatch(t))
            s += (1 if quantity else -1) if measures[j] else (-1 if quantity else 0)
            if tasks[j] and not quantity and not units and len(t) <= 12:
                s += 1        # a short text is a row's own task as well as a class label
        if persons[j]:
            # (a name of two or three characters is a person's more surely than a task's text)
            s += (2 if len(t) <= 3 else 1) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", t) and not units else -1
        if kinds[j] == "deadline" and re.search(r"\d|底|前|长期|持续", t):
            s += 1
        if kinds[j] == "text" and not units:
            name = compact(columns[j])
            if len(t) > 12 or t.endswith("。"):
                # a clause is a task, not the label of a classifying column (指标, 类别)
                s += -1 if _CLASS_COLUMN_RE.search(name) else (2 if _TASK_COLUMN_RE.search(name) else 0)
            elif _CLASS_COLUMN_RE.search(name):
                s += 1
        return s

    NEG = -10 ** 6
    best = [[NEG] * (n + 1) for _ in range(m + 1)]
    for j in range(n + 1):
        best[m][j] = 0
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            skip = best[i][j + 1] - (i > 0 and tasks[j]) if n - j - 1 >= m - i else NEG
            take = score(i, j) + best[i + 1][j + 1] if best[i + 1][j + 1] > NEG else NEG
            best[i][j] = max(skip, take)
    out = [Cell("", []) for _ in range(n)]
    i = j = 0
    while i < m and j < n:
        take = score(i, j) + best[i + 1][j + 1] if best[i + 1][j + 1] > NEG else NEG
        if take >= best[i][j]:
            out[j] = _as_cell(cells[i])
            i += 1
        j += 1
    return out


_CLASS_COLUMN_RE = re.compile(r"指标|类别|分类|类型|领域")
# a column of units of measure (a bare 单位 beside a column of organisations) and what it holds
_MEASURE_COLUMNS = ("单位", "计量单位")
_MEASURE_RE = re.compile(r"(?:[万亿千百]?(?:元|人次|人|亩|斤|吨|头|只|个|家|项|座|公里|千米|米|平方米|"
                         r"立方米|户|次|台|辆|所|张|条|处|件|床|小时|天|年|月|%|％|‰|㎡)[/／]?)+")
_TASK_COLUMN_RE = re.compile(r"任务|内容|措施|举措|事项|要求")
_FIGURE_RE = re.compile(r"[-—–－]|[-+]?\d[\d.,]*[%％‰]?")


def _row_number(body: list[list[Line]], r: int) -> Optional[int]:
    """The row number a cell of a cell stream holds, or None. A number followed by another
    figure (``7 | 7 | 100% |``: a target, its progress and its share) is a figure of the row
    above, not the next row's number: a row's number is followed by its text."""
    if len(body[r]) != 1 or (n := _seq_number(body[r][0].norm)) is None:
        return None
    if r + 1 < len(body) and _FIGURE_RE.fullmatch(compact(" ".join(ln.norm for ln in body[r + 1]))):
        return None
    return n


def _units_fit(columns: list[str], cells: list[Cell], last: bool) -> bool:
    """Do the cells a row's lines were given (``_align_row``) name units in every unit column
    they fill, and fill all of them in the input's last row (else the input's end cut it)?"""
    units = [c for c, name in zip(cells, columns) if _column_kind(name) == "unit"]
    return (all(_all_units(c.lines) for c in units if c.flat)
            and (not last or all(c.flat for c in units)))


def _all_units(cell: list[Line]) -> bool:
    t = compact(" ".join(ln.norm for ln in cell)).strip("。")
    parts = [q for q in re.split(r"[、，,；;]", t) if q]
    return bool(parts) and all(unitnames.is_unit_name(q) for q in parts)


def _unit_anchored(columns: list[str], cells: list[list[Line]]
                   ) -> Optional[tuple[list[Cell], list[list[Line]]]]:
    """A row of a cell stream with more cells than columns whose unit column would take a cell
    that names no unit (a progress table: a merged 类别 cell missing on the left, sub-rows of
    the project's other targets after it). The row's cell of unit names goes to the (only)
    unit column; the cells before it fill the columns on its left from the right (the missing
    merged cells are the leftmost), extra ones joining the column before the unit column; the
    cells after it fill the columns on its right, and the rest runs on. None when the plain
    cut fits or no cell names units."""
    units = [j for j, c in enumerate(columns) if _column_kind(c) == "unit"]
    if len(units) != 1 or _all_units(cells[units[0]]):
        return None
    u_col = units[0]
    at = next((i for i, c in enumerate(cells) if _all_units(c)), None)
    if at is None or (at and not u_col):
        return None
    left, right = cells[:at], cells[at + 1:]
    if len(left) <= u_col:
        post = [Cell("", []) for _ in range(u_col - len(left))] + [_as_cell(c) for c in left]
    else:
        post = [_as_cell(c) for c in left[:u_col - 1]]
        post.append(_as_cell([ln for c in left[u_col - 1:] for ln in c]))
    post.append(_as_cell(cells[at]))
    width = len(columns) - u_col - 1
    post += [_as_cell(c) for c in right[:width]]
    post += [Cell("", []) for _ in range(width - len(right[:width]))]
    return post, right[width:]


def _cell_per_line_rows(lines: Sequence[Line], start: int) -> tuple[list[list[Cell]], int]:
    """A table flattened into a stream of cells, one cell per line (blank lines between cells
    allowed) or cells separated by lines holding only ``|``.

    The stream starts with the column names (分类 / 序号 / 事项 / 责任单位 / 牵头单位 …). Each
    row starts at its number in the 序号 column (when the header has no 序号, the number sits
    before the columns it leads); the cells before a number fill the columns on its left (a
    merged 分类 cell comes only when it changes). With one cell per line a cell may be missing
    or spread over lines, so lines are given to the columns by what they hold: one line to a
    text column, the run of unit names to a unit column, one line to a deadline column. A last
    row cut off at the end of the input keeps its text in its task cell only. Needs a unit
    column and numbered rows; returns no rows otherwise."""
    stream, end, piped = _cell_stream(lines, start)
    if piped and (padded := _padded_rows(stream)):
        return padded, end
    cells = [c for c in stream if c]
    # the stream's last cell is closed by a | (not cut off inside a cell by the input's end)
    last = next((ln for ln in reversed(lines[start:end]) if not ln.blank), None)
    closed = last is not None and bool(_PIPES_ONLY_RE.fullmatch(compact(last.norm)))
    header: list[list[Line]] = []
    k = 0
    while k < len(cells) and _seq_number(cells[k][0].norm) is None:
        if header and not piped and _NOTE_ONLY_RE.fullmatch(_header_key(cells[k])):
            # a column name's bracketed note on a line of its own (责任股室 / （单位）)
            header[-1] = header[-1] + cells[k]
        elif _is_header_word(_NOTE_RE.sub("", _header_key(cells[k]))):
            header.append(cells[k])
        elif (not piped and k + 1 < len(cells) and _seq_number(cells[k + 1][0].norm) is None
              and _is_header_word(_header_key(cells[k]) + _header_key(cells[k + 1]))):
            # a column name wrapped in a narrow cell, one line a fragment (责任 / 领导)
            header.append(cells[k] + cells[k + 1])
            k += 1
        else:
            break
        k += 1
    if header and compact(header[0][0].norm) in SEQ_COLUMNS:
        # a numbered table: every short cell up to the first row number is a column name
        # (one cell a line: only when a row number does follow them)
        m = k
        while (m < len(cells) and len(cells[m]) == 1 and _seq_number(cells[m][0].norm) is None
               and _short_header(_header_key(cells[m]))):
            m += 1
        if piped or (m > k and m < len(cells) and (_seq_number(cells[m][0].norm) is not None
                                                  or _theme_before_row(cells, m))):
            header += cells[k:m]
            k = m
    names = [_header_key(c) for c in header]
    if len(names) < 3 or not any(_column_kind(n) == "unit" for n in names):
        return [], start
    seq = next((i for i, n in enumerate(names) if n in SEQ_COLUMNS), None)
    body = cells[k:]
    numbers = [i for i in range(len(body)) if _row_number(body, i) is not None]
    if not piped and seq == 0 and len(numbers) >= 2:
        header = _unwrapped_header(header, body, numbers)
        names = [_header_key(c) for c in header]
    row_width: Optional[int] = None       # the cells of a row, when the header has two rows
    if piped and seq is not None and len(numbers) >= 2:
        # a header of two rows (公开事项 … 公开层级 over 一级事项 二级事项 … 镇级 村级): the
        # columns are the leaves, counted by the cells of the first row
        # the first two rows: numbers n and n + 1 (a figure such as 300 before a text cell is
        # no row number)
        n0 = _row_number(body, numbers[0])
        second = next((i for i in numbers[1:] if _row_number(body, i) == n0 + 1), numbers[1])
        at = [next(x for x, c in enumerate(stream) if c is body[r]) for r in (numbers[0], second)]
        width = at[1] - at[0] - 1
        # (the widest of the first rows: a row whose last cell is empty may have lost it with
        # the | lines between rows, 是 | 25 |; a full row shows no second header row)
        follow = [second]
        for r in numbers:
            if r > follow[-1] and len(follow) < 5 and _row_number(body, r) == n0 + len(follow) + 1:
                follow.append(r)
        pos = [next(x for x, c in enumerate(stream) if c is body[r]) for r in follow]
        row_width = max([width] + [b - a - 1 for a, b in zip(pos, pos[1:])])
    elif (not piped and seq is not None and len(names) - seq > 3
            and all(GRADE_RE.match(n) for n in names[-2:])
            and any(CLASSIFYING_RE.search(n) for n in names[seq + 1:-2])):
        # one cell a line, a header of two rows whose second names two grades of a classifying
        # column (类别及事项 over 一级 二级): the grades are its columns (the rows' empty cells
        # are lost, so their count gives no width; the grades' pair is the one split)
        row_width = len(names) - seq - 2
    if row_width is not None:
        leaves = _two_row_header(names[seq + 1:], row_width)
        if leaves is not None:
            header = header[:seq + 1] + [[Line(c.file, c.number, n, n) for c in header[seq + 1][:1]]
                                         for n in leaves]
            names = names[:seq + 1] + leaves
    if piped and seq is not None:
        items = _item_cells(body, numbers)
        if items:
            return _rows_at_items(body, items, header, names, seq, closed), end
    if not piped and seq is None and numbers and numbers == [len(body) - 1]:
        # a bare number the input ends at (``2``: the next row cut at its number) numbers no
        # rows: read the rows before it as an unnumbered table, when they are one
        runs = _unit_run_rows(lines, header, names, body[:-1], start)
        if runs[0]:
            return runs
    if not numbers:
        if piped:
            return _rows_between_empty_cells(stream, len(header), header), end
        fixed = _fixed_width_rows(lines, header, names, body, start)
        anchored = _deadline_anchored_rows(lines, header, names, body, start)
        best = anchored if anchored[0] and anchored[1] > fixed[1] else fixed
        runs = _unit_run_rows(lines, header, names, body, start)
        return runs if runs[0] and runs[1] > best[1] else best
    if seq is None:
        # the number is a column of its own, not named in the header: 工作任务 | (1) | 具体要求 …
        lead = numbers[0]
        seq = lead
        header = header[:seq] + [[]] + header[seq:]
        names = names[:seq] + ["序号"] + names[seq:]
    after = names[seq + 1:]
    # one unit column: a run of unit lines is its cell (with two, the lines are given in order)
    units_in_header = sum(_column_kind(n) == "unit" for n in after)
    head_cells = [Cell("\n".join(ln.text.strip() for ln in c), list(c)) if c else Cell("序号", [])
                  for c in header]
    rows: list[list[Cell]] = [head_cells]
    expected = None
    p = 0
    if not piped and numbers and seq < numbers[0] <= seq + 4 and not any(
            _all_units(c) for c in body[:numbers[0]]):
        # theme rows spanning the table before its first numbered row (a part's title, then
        # ``（一）`` and a sub-part's title, each with its other cells empty): headings, not
        # cells of the first row, which starts at its number
        p = numbers[0] - seq
    while p < len(body):
        q = p
        while q < len(body) and q - p <= seq and _row_number(body, q) is None:
            q += 1
        if q >= len(body):
            break
        n = _row_number(body, q)
        if n is None or (expected is not None and n != expected):
            break
        nxt = next((r for r in range(q + 1, len(body)) if _row_number(body, r) == n + 1),
                   len(body))
        jumped = False
        if piped and nxt == len(body) and (at := q + 1 + len(after)) < len(body) \
                and (m := _row_number(body, at)) is not None and m > n:
            # no row n + 1, but a row number right where this row's cells end (its | lines
            # count them): the next row, numbered past n + 1 (a bureau's copy of its own rows
            # of a longer list: 145, 249)
            nxt, jumped = at, True
        own = body[q + 1:nxt]
        pre = body[p:q]
        row = [Cell("", []) for _ in range(seq - len(pre))]
        row += [_as_cell(c) for c in pre[:seq]]
        row.append(_as_cell(body[q]))
        if piped and len(own) < len(after) and (nxt < len(body) or (closed and any(
                c.flat for c, kind in zip(_align_row(after, own), map(_column_kind, after))
                if kind == "unit"))):
            # a row that lost some of its cells (or the last row, closed by its | but short)
            post, rest = _align_row(after, own), []
        elif piped and len(own) > len(after) and (fit := _unit_anchored(after, own)):
            # more cells than columns: sub-rows of the row's targets follow, and a merged
            # cell on the left is missing
            post, rest = fit
        elif piped:
            post = [_as_cell(c) for c in own[:len(after)]]
            rest = own[len(after):]
        else:
            flat = [ln for c in own for ln in c]
            grouped = _level_runs(flat) if nxt < len(body) else None
            runs = _unit_runs(flat)
            if grouped is not None and len(grouped) <= len(after):
                post, rest = _align_row(after, grouped), []
            elif len(flat) < len(after) and len(rows) > 1 and units_in_header == 1 and (
                    nxt < len(body) or all(c.flat for c, name in zip(_align_row(after, runs), after)
                                           if _column_kind(name) == "unit")):
                # a row short of cells: its merged (row-spanning) cells were written only in
                # the first row they span; the cells it has go to the columns by what they
                # hold, an empty unit cell is the merged one above. The input's last row is
                # whole only with all its unit cells (else the end of the input cut it)
                post, rest = _align_row(after, runs), []
                post = _merged_from_above(after, post, rows[-1][seq + 1:])
            elif len(flat) < len(after) and units_in_header > 1 and _units_fit(
                    after, aligned := _align_row(after, [[ln] for ln in flat]), nxt >= len(body)):
                # two unit columns (牵头单位, 责任单位) and a row short of cells: each line is
                # a cell, given to the columns by what it holds (a person to 分管领导, the
                # lead's name and the others' to their columns), not in turn from the left
                post, rest = aligned, []
            else:
                post, rest = _fill_columns(after, flat)
        cut = nxt >= len(body) and len(post) < len(after)
        if cut:
            # cut off at the end of the input: the whole remainder is the task's text
            flat = [ln for c in own for ln in c]
            row.append(Cell("\n".join(ln.text.strip() for ln in flat), flat))
            rows.append(CutRow(row))
            break
        row += post
        rows.append(row)
        expected = None if jumped else n + 1
        if rest and nxt < len(body) and len(rest) <= seq:
            # lines left before the next number: the next row's merged cells on the left
            p = q + 1 + len(own) - len(rest)
        elif rest and nxt >= len(body):
            # no row follows: the table ends here and the rest is the document's text again
            first = rest[0][0] if piped else rest[0]
            end = next((i for i in range(start, len(lines)) if lines[i] is first), end)
            break
        else:
            if rest and row:
                # more lines than columns: the last cell runs on (a sub-item of the row)
                extra = [ln for c in rest for ln in c] if piped else rest
                last = row[-1]
                row[-1] = Cell("\n".join([last.text] + [ln.text.strip() for ln in extra]),
                               last.lines + list(extra))
            p = nxt
    if len(rows) < 2:
        return [], start
    return rows, end


_CN_ORDINAL_RE = re.compile("[" + CN_DIGITS + "]{1,3}")


def _padded_rows(stream: list[list[Line]]) -> list[list[Cell]]:
    """Rows of a piped cell stream whose rows a mirror padded to the table's width: each row
    its own cells, then as many empty ones as it lacks (its cells merged from the rows above or
    over two columns), written as one line of several ``|`` (``2.乐业路 |`` / ``区城管局 |`` /
    ``已完工 |`` / ``|||||``). The width is where the first row, the header, ends: at its
    first run of two empty cells; every row is then that many cells, its cells first, its
    empty ones after (else this is not such a table: no rows). A second header row names the
    columns under the top row's last spanning column (``本月进展情况`` over ``前期手续 在建形象进度``);
    a column the names still lack is the task column spanning two (a project, its
    sub-projects). A row opening with its number (``一``, ``2``) fills the columns from the left
    up to its task cell, the rest from the right; a row without its number lacks the cells on
    its left (merged from above) and fills from the right, its last cell under the last
    column the fullest row fills. The input ending inside a row cuts it (``CutRow``)."""
    first_empty = next((i for i in range(len(stream) - 1) if not stream[i] and not stream[i + 1]),
                       None)
    if first_empty is None or first_empty < 3 or any(not c for c in stream[:first_empty]):
        return []
    width = first_empty
    while width < len(stream) and not stream[width]:
        width += 1
    top = [_header_key(c) for c in stream[:first_empty]]
    if not _is_header_word(_NOTE_RE.sub("", top[0])) or width < 4:
        return []
    chunks = [stream[k:k + width] for k in range(0, len(stream), width)]
    cut = len(chunks[-1]) < width
    whole = chunks[:-1] if cut else chunks

    def filled(row: list[list[Line]]) -> int:
        n = next((i for i, c in enumerate(row) if not c), len(row))
        return n if all(not c for c in row[n:]) else -1
    counts = [filled(r) for r in whole]
    if any(n < 1 for n in counts) or sum(1 for n in counts if width - n >= 2) < 3:
        return []
    # the header's second row: short names, no number, no unit
    k = 1
    sub: list[str] = []
    second = whole[1][:counts[1]] if len(whole) > 1 else []
    if second and len(top) < width and all(
            len(c) == 1 and _short_header(key := _header_key(c)) and _seq_number(c[0].norm) is None
            and not _CN_ORDINAL_RE.fullmatch(key) and not unitnames.is_unit_name(key)
            for c in second):
        sub = [_header_key(c) for c in second]
        k = 2
    head_lines = list(stream[:first_empty]) + (list(second) if sub else [])
    names = top + sub
    if sub:
        if len(sub) % 2:
            return []
        leaves = _two_row_header(names, len(top) + len(sub) // 2)
        if leaves is None:
            return []
    else:
        leaves = list(top)
    kinds = [_column_kind(n) for n in leaves]
    if "unit" not in kinds or len(leaves) > width:
        return []
    # the task column: the last text column before the last unit column
    last_unit = max(i for i, kd in enumerate(kinds) if kd == "unit")
    task = next((i for i in range(last_unit - 1, -1, -1) if kinds[i] == "text"), None)
    if task is None:
        return []
    span = width - len(leaves)
    # the position of each of the row's cells -> its column: the task column's span is one
    column = list(range(task + 1)) + [task] * span + list(range(task + 1, len(leaves)))

    def leaf_cell(name: str) -> Cell:
        src = next((c for c in head_lines if _header_key(c) == name), head_lines[0])
        return Cell(name, list(src))
    rows: list[list[Cell]] = [[leaf_cell(n) for n in leaves]]
    body = whole[k:]
    if not body:
        return []
    fullest = max(counts[k:])
    last = fullest - 1                  # the last column a row fills

    def numbered(c: list[Line]) -> bool:
        key = compact(c[0].norm) if c else ""
        return len(c) == 1 and (_seq_number(key) is not None or bool(_CN_ORDINAL_RE.fullmatch(key)))

    def place(own: list[list[Line]]) -> Optional[list[Cell]]:
        n = len(own)
        if numbered(own[0]) and n < fullest:
            left = min(n, task + 1)
            right = own[left:]
            pos = list(range(left)) + list(range(last - len(right) + 1, last + 1))
        else:
            pos = list(range(last - n + 1, last + 1)) if n <= fullest else list(range(n))
        if min(pos) < 0 or len(set(pos)) != n or (pos and max(pos) >= width):
            return None
        got: list[list[list[Line]]] = [[] for _ in leaves]
        for x, c in zip(pos, own):
            got[column[x]].append(c)
        return [_as_cell([ln for c in g for ln in c]) if g else Cell("", []) for g in got]
    for row, n in zip(body, counts[k:]):
        placed = place(row[:n])
        if placed is None:
            return []
        rows.append(placed)
    if cut:
        own = [c for c in chunks[-1] if c]
        if own:
            placed = place(own)
            rows.append(CutRow(placed if placed is not None else
                               [_as_cell(own[0])] + [Cell("", []) for _ in leaves[1:]]))
    return rows


_ITEM_CELL_RE = re.compile(r"^(\d{1,3})[.．、）](?!\d)")


class CutRow(list):
    """The cells of a table row the end of the input cut off (its unit cells may follow in
    the full text): read for its task text, never for units; the reader reports it."""


def _item_cells(body: list[list[Line]], numbers: list[int]) -> list[int]:
    """Cells of a piped cell stream whose text opens with an item number (``1.地区生产总值…`` /
    ``2.一般公共预算…``) numbering 1, 2, 3 … in order, when these number the rows and the
    序号 column numbers only groups of them (``1`` / ``主要预期目标`` over eleven task rows).
    Returns their indices in ``body``; none when there are fewer than three, when a number
    is missing or repeated, or when they are no more than the 序号 numbers."""
    found = [i for i, c in enumerate(body)
             if _seq_number(c[0].norm) is None and _ITEM_CELL_RE.match(compact(c[0].norm))]
    if len(found) < 3 or len(found) <= len(numbers):
        return []
    nums = [int(_ITEM_CELL_RE.match(compact(body[i][0].norm)).group(1)) for i in found]
    return found if nums == list(range(1, len(nums) + 1)) else []


def _rows_at_items(body: list[list[Line]], items: list[int], header: list[list[Line]],
                   names: list[str], seq: int, closed: bool) -> list[list[Cell]]:
    """Rows of a piped cell stream that start at cells numbered in the task column (see
    ``_item_cells``). The first item's row is whole: the 序号 number before it and the cells
    between give the task column's place; a cell before that number is a caption row of its
    own (``一、主要预期目标``). After each task cell, the cells up to its run of unit names go
    to the columns on its right by what they hold (a 牵头领导 cell may be missing or empty);
    the cells after the unit cell open the next row (its 序号 and merged group cells), a
    caption among them being a row of its own. A last row without its unit cell, the input
    ending before the stream's closing ``|``, is cut (``CutRow``)."""
    first = items[0]
    at = next((r for r in range(first - 1, -1, -1) if _seq_number(body[r][0].norm) is not None),
              None)
    if at is None:
        return []
    t = seq + first - at
    width = len(names)
    after = names[t + 1:]
    if t >= width or not any(_column_kind(n) == "unit" for n in after):
        return []
    head = [Cell("\n".join(ln.text.strip() for ln in c), list(c)) for c in header]
    rows: list[list[Cell]] = [head]

    def left_part(pre: list[list[Line]]) -> list[Cell]:
        for c in pre[:max(0, len(pre) - t)]:          # captions before the row's own cells
            rows.append([_as_cell(c)] + [Cell("", []) for _ in range(width - 1)])
        own = pre[max(0, len(pre) - t):]
        return [Cell("", []) for _ in range(t - len(own))] + [_as_cell(c) for c in own]

    pre = body[:first]
    for k, q in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else len(body)
        own = body[q + 1:nxt]
        left = left_part(pre)
        u = next((x for x in range(len(own) - 1, -1, -1) if _all_units(own[x])), None)
        if u is None or (nxt == len(body) and not closed and u == len(own) - 1):
            if nxt == len(body):
                rows.append(CutRow(left + [_as_cell(body[q])] +
                                   [Cell("", []) for _ in range(len(after))]))
                return rows
            u = len(own) - 1
        tail = sum(1 for n in after[after.index(next(n for n in reversed(after)
                                                     if _column_kind(n) == "unit")) + 1:])
        cut = u + 1
        while cut < len(own) and cut - u - 1 < tail and _seq_number(own[cut][0].norm) is None:
            cut += 1
        rows.append(left + [_as_cell(body[q])] + _align_row(after, own[:cut]))
        pre = own[cut:]
    return rows

def _letter_spaced_joined(toks: list[str]) -> list[str]:
    """Header words of a space-separated table with a column name set letter-spaced
    (``序号 工 作 任 务 牵头负责部门``): a run of two or more one-character tokens is one name."""
    out: list[str] = []
    run: list[str] = []
    for t in toks + [""]:
        if len(t) == 1 and re.fullmatch(HAN, t):
            run.append(t)
            continue
        if run:
            out.extend(["".join(run)] if len(run) >= 2 else run)
            run = []
        if t:
            out.append(t)
    return out


# the grades of a two-level classification (一级 二级, 一级事项 二级事项) and the column they split
GRADE_RE = re.compile("^[" + CN_DIGITS + r"]级")
CLASSIFYING_RE = re.compile(r"类别|分类|类型|事项|指标")


def _header_key(cell: Sequence[Line]) -> str:
    """A cell as a column name is judged: compact, without a mirror's pinyin glosses
    (``公开内(nèi)容(要素)``)."""
    return unglossed(compact("".join(ln.norm for ln in cell)))


def _two_row_header(names: list[str], width: int) -> Optional[list[str]]:
    """The columns of a header written in two rows and flattened into one run of names:
    the top row's names, then the second row's, which split some top columns in two
    (``公开事项 公开内容 … 公开对象 公开方式 公开层级 | 一级事项 二级事项 全社会 特定群众 主动
    依申请公开 镇级 村级`` over rows of 13 cells). With ``width`` cells to a row and ``len(names)``
    names, ``k = len(names) - width`` top columns are split, each into two; their pairs are
    the last ``2k`` names, in order. A split column is one whose last character its pair
    repeats (事项 / 一级事项, 层级 / 镇级) or a classifying column over a pair of grades
    (类别及事项 / 一级 二级); the others are the rightmost that keep the order. Returns the
    columns (the split ones replaced by their pair), or None when the counts allow no such
    reading."""
    k = len(names) - width
    top = len(names) - 2 * k
    if k < 1 or width < 2 or top < k:
        return None
    pairs = [names[top + 2 * p: top + 2 * p + 2] for p in range(k)]

    def fits(parent: str, pair: list[str]) -> int:
        if all(w[-1:] == parent[-1:] for w in pair):
            return 1
        return int(all(GRADE_RE.match(w) for w in pair) and bool(CLASSIFYING_RE.search(parent)))

    best: Optional[tuple[int, int, tuple[int, ...]]] = None
    from itertools import combinations
    for chosen in combinations(range(top), k):
        score = (sum(fits(names[c], pairs[p]) for p, c in enumerate(chosen)), sum(chosen))
        if best is None or score > best[:2]:
            best = (score[0], score[1], chosen)
    assert best is not None
    out: list[str] = []
    for c in range(top):
        out.extend(pairs[best[2].index(c)] if c in best[2] else [names[c]])
    return out


_PERIOD_RE = re.compile(r"^\d{1,2}[-—~至]\d{1,2}月份?")
_LONG_COLUMN_RE = re.compile(r"^[\u4e00-\u9fff]{0,10}(名称|内容|任务|事项|情况|完成率|完成比例)$")


def _role_split_joined(toks: list[str]) -> list[str]:
    """Header words of a space-separated table whose column names were wrapped in narrow cells
    and flattened with spaces (``牵头  领导 牵头  责任单位 主体  责任单位 配合  责任单位``): a role
    word (牵头, 主体, 配合 …) followed by a column-name word is one name (牵头领导, 主体责任单位)."""
    out: list[str] = []
    for t in toks:
        if out and out[-1] in _ROLE_WORDS + ("主体",) and len(t) <= 4 and _is_header_word(t):
            out[-1] += t
        else:
            out.append(t)
    return out


def _period_joined(toks: list[str]) -> list[str]:
    """Header words of a space-separated table whose reporting period was broken by a space
    (``1- 8月实际完成情况``): a token ``1-`` joins the one after it."""
    out: list[str] = []
    for t in toks:
        if out and re.fullmatch(r"\d{1,2}[-—~至]", out[-1]):
            out[-1] += t
        else:
            out.append(t)
    return out


def _space_header_word(name: str) -> bool:
    """A column name of a space-separated table's header line: a header word, also after a
    reporting period and without a percent sign (``1-8月实际完成情况``, ``1-8月实际完成率%``), or
    a longer name of a text column (``省重点民生实事项目名称``). The header's other tests (a 序号
    and a unit column, three names at least) keep a sentence from passing."""
    if _is_header_word(name):
        return True
    key = _PERIOD_RE.sub("", _YEAR_START_RE.sub("", name)).rstrip("%％")
    return _is_header_word(key) or (len(key) <= 14 and bool(_LONG_COLUMN_RE.match(key)))


def _inline_header_rows(ln: Line) -> list[list[Cell]]:
    """A table's header and its rows run together on one line, cells divided by spaces (a
    document site's preview: ``…任务分解表 项目 负责领导 责任科室 工作内容 完成时间 爱国卫生组织管理
    白洪森 社会事务办 主持…``): maybe a title first, then three column names or more, one of them a
    unit column's, then the rows' cells in column order, the header row first. The last row may be
    cut by the excerpt's edge (its later cells missing); a row cut before its unit cell is none.
    Every row's unit cell must be a unit's name: a cell holding a space would shift the cells
    after it."""
    toks = ln.norm.split()
    names: list[str] = []
    e = 0
    for s in (0, 1):
        e = s
        while e < len(toks) and _space_header_word(unglossed(compact(toks[e]))):
            e += 1
        names = [unglossed(compact(t)) for t in toks[s:e]]
        if len(names) >= 3:
            break
    units = [k for k, n in enumerate(names) if _column_kind(n) == "unit"]
    rest = toks[e:]
    width = len(names)
    if width < 3 or not units or not rest:
        return []
    if _space_header_word(unglossed(compact(rest[0]))):
        return []                   # (more names: no row starts here)
    chunks = [rest[k:k + width] for k in range(0, len(rest), width)]
    if len(chunks[-1]) <= max(units):
        chunks.pop()                # cut before its unit cell
    if not chunks or not all(unitnames.is_unit_name(c[k]) for c in chunks for k in units):
        return []                   # (none, or a cell holding a space shifted the cells after it)

    def cell(t: str) -> Cell:
        return Cell(t, [Line(ln.file, ln.number, t, t)])
    return ([[cell(t) for t in toks[e - width:e]]]
            + [[cell(t) for t in c] + [Cell("", []) for _ in range(width - len(c))] for c in chunks])


def _space_table_rows(lines: Sequence[Line], start: int) -> tuple[list[list[Cell]], int]:
    """A table flattened one row per line with spaces between cells, under a header line of
    column names (``序号 目标任务 责任单位 上半年推进情况``). A row starts at its number; the lines
    after it continue its last cells (a unit cell written one name per line, then the next
    column's text). Headings between rows (``一、…``) are skipped; the table ends at two blank
    lines, an attachment line or a heading not followed by a row."""
    head = lines[start]
    toks = _period_joined(_role_split_joined(_letter_spaced_joined(head.norm.split())))
    toks, first_row = _header_continued(lines, start, toks)
    names = [unglossed(compact(t)) for t in toks]    # without a mirror's glosses
    if (len(names) < 3 or not all(_space_header_word(n) for n in names)
            or not any(n in SEQ_COLUMNS for n in names)
            or not any(_column_kind(n) == "unit" for n in names)):
        return [], start
    seq = next(k for k, n in enumerate(names) if n in SEQ_COLUMNS)
    after = names[seq + 1:]
    groups: list[list[Line]] = []
    starts: list[int] = []                   # index of each row's first line
    expected = None
    i = first_row
    while i < len(lines):
        ln = lines[i]
        if ln.blank:
            i += 1
            if _table_ends(lines, i, lambda x: x.blank):
                break
            continue
        if ln.is_cell or ATTACHMENT_RE.match(compact(ln.norm)):
            break
        if _FIGURES_LINE_RE.match(ln.norm):
            i += 1          # 合计 182852 / 55219.1 30.2 : sums, no row's text and no unit
            continue
        m = _SPACE_ROW_RE.match(ln.norm)
        if m and (expected is None or int(m.group(1)) == expected
                  or _skipped_rows(ln, int(m.group(1)), expected)):
            groups.append([ln])
            starts.append(i)
            expected = int(m.group(1)) + 1
        elif match_marker(ln.norm):
            nxt = next((x for x in lines[i + 1:] if not x.blank and not _FIGURES_LINE_RE.match(x.norm)), None)
            follows = nxt is not None and (_SPACE_ROW_RE.match(nxt.norm)
                                           or match_marker(nxt.norm))
            if not follows:
                break
        elif groups:
            groups[-1].append(ln)
        else:
            break
        i += 1
    if not groups:
        return [], start
    rows: list[list[Cell]] = [[Cell(t, [Line(head.file, head.number, t, t)]) for t in toks]]
    last_text = max((k for k, x in enumerate(lines) if not x.blank), default=-1)
    for at, group in zip(starts, groups):
        first = group[0]
        items = _pieces(first)
        number, items = items[0], items[1:]
        if len(group) == 1:
            cells_r = _right_aligned(first, items, after, at == last_text)
            if cells_r is not None:
                rows.append([Cell("", []) for _ in range(seq)] + [_as_cell([number])] + cells_r)
                continue
        subs = _sub_rows(items, group[1:], after)
        own = group[1:len(group) - sum(len(sub) for sub in subs)]
        cells_s = [Cell("", []) for _ in range(seq)] + [_as_cell([number])] + _space_row_cells(
            items + own, after, _wrapped_units(items, own, after))
        if (not subs and len(group) > 1 and group[-1] is lines[last_text]
                and _column_kind(after[-1]) == "unit" and _cut_names(group[-1].norm)):
            # the input ends inside the row's last cell (…，谯城经开): cut off, its cells are
            # not read for units (as a one-line row's, _right_aligned)
            rows.append(CutRow(cells_s))
            continue
        rows.append(cells_s)
        for sub in subs:
            # a sub-row: its number and merged cells on the left were written in the row above
            rows.append([Cell("", []) for _ in range(seq + 1)]
                        + _space_row_cells(_pieces(sub[0]) + sub[1:], after))
    return rows, i


def _header_continued(lines: Sequence[Line], start: int, toks: list[str]) -> tuple[list[str], int]:
    """A space-separated table's header continued on the lines after its first (a PDF's
    two-level header, or a name wrapped in a narrow cell: ``… 2025年投资计划(万元) 责任`` /
    ``单位`` / ``月度进展情况(1-3月) 投资完成情况 备注`` / ``完成额度`` / ``(万元)``): a role word
    ending the line joins the column word opening the next (责任 + 单位), a measure alone is the
    note of the name before it, and a line wholly of column names adds them. Returns the header's
    words and the index of the first line after it (``start + 1`` when nothing continues it)."""
    toks = list(toks)
    i = start + 1
    while i < len(lines) and not lines[i].blank and not lines[i].is_cell:
        more = lines[i].norm.split()
        if not more or _SPACE_ROW_RE.match(lines[i].norm):
            break
        joined = bool(toks) and toks[-1] in _ROLE_WORDS and _BARE_HEADER_RE.match(more[0]) is not None
        if not all(_space_header_word(t) or _MEASURE_ONLY_RE.fullmatch(t) for t in more[joined:]):
            break
        if joined:
            toks[-1] += more[0]         # 责任 / 单位 : one name wrapped
            more = more[1:]
        for t in more:
            if _MEASURE_ONLY_RE.fullmatch(t) and toks:
                toks[-1] += t
            else:
                toks.append(t)
        i += 1
    return toks, i


def _skipped_rows(ln: Line, n: int, expected: int) -> bool:
    """A row numbered past the one expected (a bureau's copy of its own rows of a longer list:
    81, 85, 87): a number not far ahead whose line, after the task, names a unit of its own
    (a continuation line starting with a figure, ``30 余处``, names none)."""
    return expected < n <= expected + 50 and any(
        _is_unit_line(p.norm) for p in _pieces(ln)[2:])


def _pieces(line: Line) -> list[Line]:
    """The space-separated pieces of a line, each a line of its own (same file and number)."""
    return [Line(line.file, line.number, line.text[a:b], line.norm[a:b])
            for a, b in ((m.start(), m.end()) for m in re.finditer(r"\S+", line.norm))]


def _sub_rows(items: list[Line], rest: list[Line], after: list[str]) -> list[list[Line]]:
    """The sub-rows among the lines continuing a numbered row of a space-separated table with
    one unit column (a progress table: ``9 深化…改革 完成在职参保人数6300人 区人社局 6300人 …`` then
    ``完成征缴基金10000万元 区人社局 10000万 …``): a line whose pieces name a unit after text of
    their own, as the row's first line does, opens a sub-row (its number and project cells
    merged above); lines after it continue it. Returns each sub-row's lines."""
    units = [c for c, n in enumerate(after) if _column_kind(n) == "unit"]

    def opens(pieces: list[Line]) -> bool:
        at = next((p for p, x in enumerate(pieces) if _is_unit_line(x.norm)), None)
        return at is not None and at >= 1 and len(pieces) > at + 1
    if len(units) != 1 or not units[0] or not opens(items):
        return []
    subs: list[list[Line]] = []
    for ln in rest:
        if opens(_pieces(ln)):
            subs.append([ln])
        elif subs:
            subs[-1].append(ln)
    return subs


def _wrapped_units(items: list[Line], own: list[Line], after: list[str]
                   ) -> Optional[tuple[list[Line], set[int]]]:
    """The pieces of a row's continuation lines when the table has two unit columns or more
    (``81 … 县卫健委 各乡镇`` / ``县开发区`` / ``县直有关单位 达到时序进度 …`` under 牵头 / 主体 /
    配合责任单位): each line split by spaces, and the indexes of the pieces that continue the
    cell before them, a unit name alone on its line after a unit name (a cell wrapped over two
    lines: 各乡镇 / 县开发区), the first of them while the names outnumber the unit columns. A
    name that starts a line holding further cells starts a cell.
    None for a table with one unit column (its continuation lines stay whole)."""
    unit_columns = sum(_column_kind(n) == "unit" for n in after)
    if unit_columns < 2 or not own:
        return None
    pieces = list(items)
    glued: set[int] = set()
    for ln in own:
        ps = _pieces(ln)
        if (len(ps) == 1 and pieces and _is_unit_line(ps[0].norm)
                and _is_unit_line(pieces[-1].norm)):
            glued.add(len(pieces))
        pieces.extend(ps)
    # every unit column keeps a cell: glue no more names than the unit columns can spare
    # (主要责任单位 over two lines, 区财政局 / 区税务局, then 协同配合单位 on a line of its own)
    spare = sum(_is_unit_line(p.norm) for p in pieces) - unit_columns
    return pieces, set(sorted(glued)[:max(spare, 0)])


def _space_row_cells(items: list[Line], after: list[str],
                     wrapped: Optional[tuple[list[Line], set[int]]] = None) -> list[Cell]:
    """The cells of a row of a space-separated table after its number: a unit column takes the
    run of unit names, the text column before it everything up to them, the last column the
    rest. ``wrapped`` (see _wrapped_units) replaces the items by pieces, some glued to the
    cell before them."""
    glued: set[int] = set()
    if wrapped is not None:
        items, glued = wrapped
    # the items as cells: a glued piece joins the cell before it
    groups: list[list[Line]] = []
    for x, it in enumerate(items):
        if x in glued and groups:
            groups[-1].append(it)
        else:
            groups.append([it])
    cells: list[Cell] = []
    k = 0
    for c, name in enumerate(after):
        if _column_kind(name) == "unit":
            j = k
            while j < len(groups) and _is_unit_item(groups[j][0].norm):
                j += 1
            # 牵头单位 配合单位 side by side: leave one name to each unit column that follows
            following = 0
            while (c + 1 + following < len(after)
                   and _column_kind(after[c + 1 + following]) == "unit"):
                following += 1
            if following and j - k > 1:
                j = max(k + 1, j - following)
        elif c == len(after) - 1:
            j = len(groups)
        else:
            j = k + 1
            if c + 1 < len(after) and _column_kind(after[c + 1]) == "unit":
                while j < len(groups) and not _is_unit_item(groups[j][0].norm):
                    j += 1
        cells.append(_as_cell([ln for g in groups[k:j] for ln in g]))
        k = j
    return cells


def _cut_names(text: str) -> bool:
    """A list of unit names whose last name is no name (``区发改委，各乡镇人民政府，谯城经开``):
    the input's end cut it inside the word."""
    t = compact(text).strip("，,、；;。")
    names = [n for n in re.split(r"[、，,；;和及]", re.sub(r"等$", "", t)) if n]
    return (len(names) >= 2 and unitnames.is_unit_name(names[0])
            and not unitnames.is_unit_name(names[-1]))


def _unitish(text: str) -> bool:
    """A cell that names units, maybe loosely (``A、B和C等``, an elliptical ``X党委和人民政府``):
    no sentence, and a unit name among its parts."""
    t = compact(text).strip("，,、；;")
    if not t or "。" in t or len(t) > 120:
        return False
    return any(unitnames.is_unit_name(q) for q in re.split(r"[、，,；;和及]|等", t) if q)


#: a column of the people in charge (责任人, 包联领导, 区政府分管领导): in a space-separated row a
#: cell of its own, written with a space between the post and the name (局长 张明)
_PERSON_COLUMN_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:领导|责任人|负责人|联系人|包保人)$")


def _person_column(name: str) -> bool:
    return bool(_PERSON_COLUMN_RE.match(_NOTE_RE.sub("", compact(name))))


#: a person's name of two or three characters after a post in a person cell (局长 张明)
_PERSON_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


def _post_then_name_joined(items: list[Line]) -> list[Line]:
    """The pieces of a space-separated row with a post and the name after it joined into one
    piece (``市综合执法局 局长 张明 2025年5月31日前``: the person cell ``局长 张明``), as the person
    column's cell."""
    out: list[Line] = []
    for it in items:
        prev = out[-1] if out else None
        name = compact(it.norm)
        if (prev is not None and _PERSON_NAME_RE.match(name)
                and compact(prev.norm).endswith(unitnames.POST_ENDINGS)
                and unitnames.is_person_or_post(compact(prev.norm))
                and not unitnames.is_person_or_post(name) and not unitnames.is_unit_name(name)):
            out[-1] = Line(prev.file, prev.number, prev.text + " " + it.text, prev.norm + " " + it.norm)
        else:
            out.append(it)
    return out


def _right_aligned(line: Line, items: list[Line], columns: list[str],
                   at_end: bool) -> Optional[list[Cell]]:
    """A one-line row of a space-separated table whose cells hold spaces of their own
    (``加强水资源保 护 严守… 市水利局 市发改委、财政局等 各县（市、区）人民政府``): the unit and
    deadline columns after the last text column take the row's last pieces, counted from the
    right; the text columns share the rest. A run of spaces after the row's number leaves a text
    cell empty (a merged cell); a piece of one or two characters is the end of the piece before
    it (a cell broken by a space); pieces left over go to the text column before the last. On
    the input's last line, a last unit cell whose last name is no name (``…、高``) was cut by the
    excerpt: its unit cells are kept as text of its last text cell. None when the row does not
    fit."""
    tail = 0
    while tail < len(columns) and (_column_kind(columns[-1 - tail]) != "text"
                                   or _person_column(columns[-1 - tail])):
        tail += 1
    n_text = len(columns) - tail
    if not tail or not n_text or len(items) < tail + 1:
        return None
    if any(_person_column(c) for c in columns[n_text:]):
        items = _post_then_name_joined(items)
    tail_items = items[len(items) - tail:]
    for name, it in zip(columns[n_text:], tail_items):
        if _column_kind(name) == "unit" and not _unitish(it.norm):
            return None
    text_items = items[:len(items) - tail]
    gap = re.match(r"^\s*\d{1,3}(\s+)", line.norm)
    empty = max(0, len(gap.group(1)) - 1) if gap else 0
    merged: list[Line] = []
    for it in text_items:
        if merged and len(compact(it.norm)) <= 2:
            prev = merged[-1]
            merged[-1] = Line(prev.file, prev.number, prev.text + it.text, prev.norm + it.norm)
        else:
            merged.append(it)
    slots = n_text - min(empty, n_text - 1)
    text_cells: list[list[Line]] = [[] for _ in range(n_text - slots)]
    if len(merged) <= slots:
        text_cells += [[m] for m in merged] + [[] for _ in range(slots - len(merged))]
    else:
        surplus = len(merged) - slots + 1
        keep = slots - 2 if slots >= 2 else 0
        text_cells += [[m] for m in merged[:keep]]
        text_cells.append(merged[keep:keep + surplus])
        text_cells += [[m] for m in merged[keep + surplus:]]
    cells = [_as_cell(c) for c in text_cells]
    last = compact(tail_items[-1].norm).strip("，,、；;")
    last_name = re.split(r"[、，,；;和及]", re.sub(r"等$", "", last))[-1]
    if at_end and _column_kind(columns[-1]) == "unit" and not unitnames.is_unit_name(last_name):
        # cut: the unit cells stay with the row's last text cell, as text, and are not read
        cells[-1] = _as_cell(text_cells[-1] + tail_items)
        return cells
    return cells + [_as_cell([it]) for it in tail_items]


def _unwrapped_header(header: list[list[Line]], body: list[list[Line]],
                      numbers: list[int]) -> list[list[Line]]:
    """A header with more names than a row has cells, where a bare column word stands after a
    name (攻坚目标 / 任务 for 攻坚目标任务: a name wrapped in a narrow cell, both lines column
    names on their own): such words are joined to the name before them, from the right, until
    the header is as wide as the widest of the first rows (numbered n, n + 1, …; a row's cell
    spread over two lines only makes it look wider). Returns the header unchanged otherwise."""
    n0 = _row_number(body, numbers[0])
    follow = [numbers[0]]
    for r in numbers[1:]:
        if len(follow) < 5 and _row_number(body, r) == n0 + len(follow):
            follow.append(r)
    if len(follow) < 2:
        return header
    width = max(b - a for a, b in zip(follow, follow[1:]))
    excess = len(header) - width
    if excess <= 0:
        return header
    out = list(header)
    for c in range(len(out) - 1, 1, -1):
        if excess and _BARE_HEADER_RE.match(_header_key(out[c])) and \
                _is_header_word(_header_key(out[c - 1]) + _header_key(out[c])):
            out[c - 1:c + 1] = [out[c - 1] + out[c]]
            excess -= 1
    return out if excess == 0 else header


#: a deadline cell's text (4月, 2024年底, 长期坚持, 12月31日前)
_DEADLINE_CELL_RE = re.compile(r"\d|底|前|长期|持续|常态|年内|季度|半年")


def _fixed_width_rows(lines: Sequence[Line], header: list[list[Line]], names: list[str],
                      body: list[list[Line]], start: int) -> tuple[list[list[Cell]], int]:
    """Unnumbered rows of a cell-per-line table (工作任务 / 责任单位 / 完成时限 / 推进… / 县水利局 /
    2024年底 …): rows of exactly one line per column, read while every unit column holds unit
    names, every deadline column a date and no other column units. The table ends at the
    first row that does not fit."""
    width = len(names)
    kinds = [_column_kind(n) for n in names]
    rows: list[list[Cell]] = []
    k = 0
    while k + width <= len(body):
        chunk = body[k:k + width]
        # a numbered line opens no row's first cell (a list, not a table); a later cell may
        # open with one (后续举措: 一是…二是…)
        ok = all(len(c) == 1 for c in chunk) and not match_marker(chunk[0][0].norm)
        for c, kind in zip(chunk, kinds):
            if not ok:
                break
            t = c[0].norm
            unit = _is_unit_line(t)
            if kind == "unit":
                ok = unit
            elif kind == "deadline":
                ok = bool(_DEADLINE_CELL_RE.search(t)) and not unit
            else:
                ok = not unit
        if not ok:
            break
        rows.append([_as_cell(c) for c in chunk])
        k += width
    # one row is a table only under a wide header (five names and more: 目标任务 / 执行措施、实施
    # 步骤 / 工作进展、取得成效 / 后续举措 / 责任分工 / 监督方式, the excerpt cut in its second row)
    if len(rows) < (1 if width >= 5 else 2):
        return [], start
    last = rows[-1][-1].lines[-1]
    end = next(i for i in range(start, len(lines)) if lines[i] is last) + 1
    head = [Cell("\n".join(ln.text.strip() for ln in c), list(c)) for c in header]
    return [head] + rows, end


def _deadline_anchored_rows(lines: Sequence[Line], header: list[list[Line]], names: list[str],
                            body: list[list[Line]], start: int) -> tuple[list[list[Cell]], int]:
    """Unnumbered rows of a cell-per-line table whose merged cells are written once, in the
    first row they span (建设任务 / 工作事项 / 工作指标 / 任务清单 / 责任清单 / 时限清单, then
    ``(一)… / 1.… / (1)… / 1.… / 党政办 应消站 / 4月`` and ``(2)… / 1.… / 应消站 / 4月``): a table
    whose one unit column is followed by its deadline column only. Each row ends at its deadline
    cell, the line before it is its unit cell (a short line of names, not a sentence; else the
    unit cell is merged from above), and the lines before go to the columns on the unit's left
    from the right, the missing ones merged; lines more than those columns are a section row
    (一、体系建设) above. The table ends after the last such row; two rows at least."""
    kinds = [_column_kind(n) for n in names]
    if kinds.count("unit") != 1 or kinds[-2:] != ["unit", "deadline"] or len(kinds) < 3:
        return [], start
    u = len(kinds) - 2
    flat = [ln for c in body for ln in c]

    def deadline(ln: Line) -> bool:
        t = compact(ln.norm)
        return (0 < len(t) <= 16 and bool(_DEADLINE_CELL_RE.search(t)) and not t.endswith("。")
                and not _is_unit_line(ln.norm) and match_marker(ln.norm) is None)

    def unit_cell(ln: Line) -> bool:
        t = compact(ln.norm)
        return _names_line(ln) or (0 < len(t) <= 30 and not re.search("[。；;：:]", t)
                                   and match_marker(ln.norm) is None and not deadline(ln))

    def names_only(ln: Line) -> bool:       # names only (党政办 应消站: a space between names)
        parts = ln.norm.split()
        return _names_line(ln) or (len(parts) >= 2 and all(len(p) <= 12 for p in parts) and 2 * sum(
            unitnames.is_unit_name(p) for p in parts) > len(parts))
    rows: list[list[Cell]] = []
    k = 0
    last = -1
    while k < len(flat):
        # the row's end: its deadline cell, or a line of names the next line does not follow
        # with a deadline (the deadline cell merged or empty)
        d = next((i for i in range(k + 1, min(len(flat), k + u + 4)) if deadline(flat[i]) or (
            names_only(flat[i]) and not (i + 1 < len(flat) and deadline(flat[i + 1])))), None)
        if d is None:
            break
        if deadline(flat[d]):
            unit = flat[d - 1] if unit_cell(flat[d - 1]) else None
            left = flat[k:d - 1] if unit is not None else flat[k:d]
            due = _as_cell([flat[d]])
        else:
            unit, left, due = flat[d], flat[k:d], Cell("", [])
        if not left or len(left) > u + 2 or any(deadline(ln) for ln in left):
            break
        for ln in left[:-u] if len(left) > u else []:
            rows.append([_as_cell([ln])] + [Cell("", []) for _ in range(len(names) - 1)])
        left = left[-u:]
        row = [Cell("", []) for _ in range(u - len(left))] + [_as_cell([ln]) for ln in left]
        row += [_as_cell([unit]) if unit is not None else Cell("", []), due]
        rows.append(row)
        k = d + 1
        last = d
    if sum(1 for r in rows if r[-1].lines) < 2:
        return [], start
    while not rows[-1][-1].lines and not rows[-1][-2].lines:
        rows.pop()      # (a section row the table's end left last)
    end = next(i for i in range(start, len(lines)) if lines[i] is flat[last]) + 1
    head = [Cell("\n".join(ln.text.strip() for ln in c), list(c)) for c in header]
    return [head] + rows, end


#: a short cell between two lines of unit names in one unit cell: a name written short, no
#: usual suffix (省人口计生, 人口计生, 省新闻出版), never a sentence, figure or numbered item
_SHORT_NAME_MAX = 8


def _unit_run_rows(lines: Sequence[Line], header: list[list[Line]], names: list[str],
                   body: list[list[Line]], start: int) -> tuple[list[list[Cell]], int]:
    """Unnumbered rows of a cell-per-line table whose columns after its text columns are all
    unit columns (领域 / 主要目标 / 主要责任单位 / 责任单位, then ``1.妇女…`` / ``——…`` /
    ``省卫生厅`` / ``省发改委`` …): each row ends with its run of lines of unit names, one name a
    line; the lines before the run are its text, all of it the text column next to the unit
    columns (a merged column further left, 领域, written once or not at all, stays empty). With
    two unit columns the run's first name is the first column's (主要责任单位, the lead) and the
    rest the second's, as :func:`_fill_columns` gives them. A short line between two lines of
    names in a run is a name written short (省人口计生). A line of names with its verb
    (市发改委牵头落实) is no cell: it is the annotation of the paragraph above it. The table ends
    after the last run; two rows at least."""
    kinds = [_column_kind(n) for n in names]
    u = next((i for i, k in enumerate(kinds) if k == "unit"), None)
    if u is None or u == 0 or any(k != "unit" for k in kinds[u:]) or len(kinds) - u > 2:
        return [], start
    flat = [ln for c in body for ln in c]

    def short_name(i: int) -> bool:
        t = compact(flat[i].norm)
        return (0 < len(t) <= _SHORT_NAME_MAX and 0 < i < len(flat) - 1
                and _names_line(flat[i - 1]) and _names_line(flat[i + 1])
                and re.fullmatch(r"[\u4e00-\u9fff]+", t) is not None)

    def name_at(i: int) -> bool:
        # names only: a line of names with its verb (市发改委牵头落实) closes the paragraph
        # above as its annotation, the standalone reader's, not a table's cell; a list of names
        # closed by 等 (财政所、便民综合服务中心、土管所等) is a cell of names
        t = compact(flat[i].norm)
        if unitnames.VERB_TAIL_RE.search(t):
            return False
        return _names_line(flat[i]) or short_name(i) or (
            t.endswith("等") and "、" in t and _is_unit_line(t[:-1]))

    # a line opening with names and their verb (市财政局牵头，…按职能分工落实) among the text: the
    # names annotate the paragraphs above them, as the standalone reader reads them; no unit
    # column's
    def annotates(ln: Line) -> bool:
        first = re.split(r"[，,；;]", compact(ln.norm))[0]
        return bool(first) and unitnames.VERB_TAIL_RE.search(first) is not None and _is_unit_line(first)
    if any(annotates(ln) for ln in flat):
        return [], start
    rows: list[list[Cell]] = []
    k = i = 0
    last = -1
    while i < len(flat):
        if not name_at(i):
            i += 1
            continue
        j = i
        while j < len(flat) and name_at(j):
            j += 1
        left, run = flat[k:i], flat[i:j]
        if not left or len(left) > 12 or len(run) > 12 or match_marker(run[0].norm):
            break
        row = [Cell("", []) for _ in range(u - 1)] + [_as_cell(left)]
        if len(kinds) - u == 2:
            row += [_as_cell(run[:1]), _as_cell(run[1:]) if len(run) > 1 else Cell("", [])]
        else:
            row.append(_as_cell(run))
        rows.append(row)
        k = i = j
        last = j - 1
    if len(rows) < 2:
        return [], start
    end = next(x for x in range(start, len(lines)) if lines[x] is flat[last]) + 1
    head = [Cell("\n".join(ln.text.strip() for ln in c), list(c)) for c in header]
    return [head] + rows, end


def _rows_between_empty_cells(stream: list[list[Line]], width: int,
                              header: list[list[Line]]) -> list[list[Cell]]:
    """Rows of a ``|``-separated cell stream with no numbers, each ended by an empty cell
    (``… | 财政所 | |``); a row with fewer cells than columns lost its merged cells on the
    left. Returns no rows when the stream is not cut that way."""
    rows: list[list[Cell]] = []
    cur: list[list[Line]] = []
    names = [_header_key(c) for c in header]
    k = 0
    while k < len(stream) and stream[k] == [] :
        k += 1
    for c in stream[k + width:]:
        if c:
            cur.append(c)
            continue
        if cur:
            if len(cur) > width:
                return []
            row = [Cell("", []) for _ in range(width - len(cur))] + [_as_cell(x) for x in cur]
            if any(_column_kind(n) == "unit" and c.flat and not _unitish(c.flat)
                   for n, c in zip(names, row)):
                # the merged cells are not all on the left (a row of its task cell only, under
                # merged 牵头单位 and 责任单位 cells): give the cells by what they hold
                row = _align_row(names, cur)
            rows.append(row)
            cur = []
    if cur and len(cur) == width:
        rows.append([_as_cell(x) for x in cur])
    elif cur and rows:
        # the input ends inside the last row (no empty cell closes it): cut off, its cells
        # kept for the task text and reported by the assignment reader, never read for units
        rows.append(CutRow(_align_row(names, cur)))
    if len(rows) < 1:
        return []
    head = [Cell("\n".join(ln.text.strip() for ln in c), list(c)) for c in header]
    return [head] + rows


def _as_cell(lines: list[Line]) -> Cell:
    return Cell("\n".join(ln.text.strip() for ln in lines), list(lines))


_LEVEL_OF_RE = re.compile(r"^(省|市|县|区|州|旗|镇|乡|街道)")


def _level_runs(lines: list[Line]) -> Optional[list[list[Line]]]:
    """The lines of a row (one cell a line) as cells, when its unit names change level: a run
    of unit lines is one cell until the names' level changes (``县海洋与渔业局`` /
    ``县农业农村局`` under 责任部门, then ``市海洋渔业局`` under 评分部门, the city department that
    scores the county); every other line is a cell of its own. None when no run changes level
    (the columns are then filled in order)."""
    out: list[list[Line]] = []
    changed = False
    level = None
    for ln in lines:
        if _is_unit_line(ln.norm):
            m = _LEVEL_OF_RE.match(compact(ln.norm))
            lv = m.group(1) if m else None
            if out and level is not None and out[-1] and _is_unit_line(out[-1][-1].norm):
                if lv == level:
                    out[-1].append(ln)
                    continue
                changed = changed or lv is not None
            out.append([ln])
            level = lv
        else:
            out.append([ln])
            level = None
    return out if changed else None


def _unit_runs(lines: list[Line]) -> list[list[Line]]:
    """The lines of a row (one cell a line) as cells: a run of lines of unit names is one cell
    (a unit cell written one name a line), every other line a cell of its own."""
    out: list[list[Line]] = []
    for ln in lines:
        if out and _names_line(ln) and _names_line(out[-1][-1]):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _names_line(ln: Line) -> bool:
    """A line of unit names only, not a sentence (建成县残疾人综合服务中心。 names a centre)."""
    return not compact(ln.norm).endswith("。") and _is_unit_line(ln.norm)


def _merged_from_above(columns: list[str], cells: list[Cell], above: list[Cell]) -> list[Cell]:
    """``cells`` of a row with its empty unit and deadline cells taken from the row above
    (``above``, the same columns): one cell a line, a cell spanning rows is written once."""
    out = list(cells)
    for j, name in enumerate(columns):
        if (j < len(above) and not out[j].flat and above[j].flat
                and _column_kind(name) in ("unit", "deadline")):
            out[j] = above[j]
    return out


def _fill_columns(columns: list[str], lines: list[Line]) -> tuple[list[Cell], list[Line]]:
    """Give the lines of one row (one cell per line) to the columns after 序号 by what they
    hold; returns the cells and the lines left over."""
    out: list[Cell] = []
    i = 0
    for c, name in enumerate(columns):
        if i >= len(lines):
            break
        kind = _column_kind(name)
        if kind == "unit":
            j = i + 1
            while j < len(lines) and _is_unit_line(lines[j].norm) and not (
                    c + 1 < len(columns) and _column_kind(columns[c + 1]) == "unit"):
                j += 1
            out.append(_as_cell(lines[i:j]))
            i = j
        else:
            out.append(_as_cell(lines[i:i + 1]))
            i += 1
    return out, lines[i:]


_PIPES_ONLY_RE = re.compile(r"[|｜]+")


#: text lines a cell of a piped stream may run over between its blank lines (责任部门 / （加*号为
#: 牵头部门， / 其余为参与部门）)
_PIPED_CELL_LINES = 6


def _pipes_go_on(lines: Sequence[Line], i: int) -> bool:
    """Does a piped cell stream go on past the blank line at ``i`` (a page copied with a blank
    line after each of its lines: ``责任科室`` / ``|`` / ``办公室``)? Yes when a ``|`` line comes
    within :data:`_PIPED_CELL_LINES` lines of text, each after a single blank line; two blank
    lines in a row (by their numbers: a bracket's lines joined in one leave their blank lines
    between) or a tab cell first end the table; lines of text that run to the end of the input
    are its last cell, cut off (as they are with no blank lines)."""
    k, text, last_blank = i, 0, None
    while k < len(lines):
        ln = lines[k]
        if ln.blank:
            if last_blank is not None and ln.number == last_blank + 1:
                # (blank lines to the end: the input ends there)
                return text > 0 and all(x.blank for x in lines[k:])
            last_blank = ln.number
        elif ln.is_cell:
            return False
        elif _PIPES_ONLY_RE.fullmatch(compact(ln.norm)):
            return True
        else:
            last_blank = None
            text += 1
            if text > _PIPED_CELL_LINES:
                return False
        k += 1
    return text > 0         # the input ends inside a cell: the last row, cut off


def _cell_stream(lines: Sequence[Line], start: int) -> tuple[list[list[Line]], int, bool]:
    """Cells from ``start``: either lines separated by ``|`` lines (piped) or one non-blank
    line per cell. Returns (cells, index after the stream, piped)."""
    k = start + 1
    while k < len(lines) and lines[k].blank:
        k += 1
    piped = k < len(lines) and compact(lines[k].norm) in ("|", "｜")
    cells: list[list[Line]] = []
    i = start
    if piped:
        cur: list[Line] = []
        while i < len(lines):
            ln = lines[i]
            if ln.blank and _pipes_go_on(lines, i):
                i += 1          # a copy that puts a blank line after every line
                continue
            if ln.blank or ln.is_cell:
                break
            if _PIPES_ONLY_RE.fullmatch(compact(ln.norm)):
                # ``|`` closes the cell; ``|||`` on one line: the empty cells after it
                # (a row padded to the table's width, its merged cells left out)
                for _ in compact(ln.norm):
                    cells.append(cur)
                    cur = []
            else:
                cur.append(ln)
            i += 1
        if cur:
            cells.append(cur)
        while cells and cells[0] == [] :
            cells.pop(0)
        return cells, i, True
    while i < len(lines):
        ln = lines[i]
        if ln.is_cell or _pipe_count(ln) >= 1:
            break
        if not ln.blank:
            cells.append([ln])
        i += 1
    return cells, i, False


# ---------------------------------------------------------------- run-together tables

#: column names of a table whose header a copy ran together with no separator
#: (序号项目名称主要内容区政府分管领导牵头单位配合单位), longest first where one holds another
_RUN_TEXT_WORDS = ("序号", "编号", "项目名称", "主要内容", "工作内容", "任务内容", "具体内容", "重点任务",
                   "工作任务", "主要任务", "具体任务", "目标任务", "工作措施", "具体措施", "主要措施",
                   "实事项目", "实事内容", "项目", "名称", "内容", "完成时限", "完成时间", "时间节点", "备注",
                   "进展情况", "完成情况", "推进情况", "落实情况")
#: column names that may follow the unit columns (a progress table: 责任单位进展情况)
_RUN_AFTER_WORDS = ("进展情况", "完成情况", "推进情况", "落实情况")
#: a second header row naming the periods under a progress column (一季度二季度三季度四季度)
_RUN_PERIODS_RE = re.compile(r"(?:第?[一二三四1-4]季度|[上下]半年|全年|\d{1,2}月份?){2,}")
_RUN_PERSON_RE = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:分管领导|责任领导|牵头领导|联系领导|包抓领导)")
_RUN_UNIT_RE = re.compile(r"(?:牵头|配合|责任|协办|参与|主办)(?:单位|部门)")
#: first characters of a clause (提升…, 推进…), never of the person before a unit list
_CLAUSE_START = "提推加完实开建落深做抓健组持优促新对为在按以全围"
_LEAD_KINDS = ("department", "institution", "enterprise", "central")


def _run_header(key: str) -> Optional[tuple[int, int, list[str], list[str]]]:
    """``(start, end, column names, progress columns)`` of a header run together in ``key``:
    it starts with 序号 (or 编号), has at least four known column names and ends with a unit
    column (no progress columns: the last list empty); or it is the whole line, a text column,
    then unit columns, then progress columns (``实事内容工作任务责任单位进展情况``)."""
    start = key.find("序号")
    if start < 0:
        start = key.find("编号")
    whole = start < 0
    k, words = max(start, 0), []
    while k < len(key):
        m = _RUN_UNIT_RE.match(key, k) or _RUN_PERSON_RE.match(key, k)
        w = m.group(0) if m else next((t for t in _RUN_TEXT_WORDS if key.startswith(t, k)), None)
        if not w or (not whole and w in _RUN_AFTER_WORDS):
            break
        words.append(w)
        k += len(w)
    if whole:
        after = []
        while words and words[-1] in _RUN_AFTER_WORDS:
            after.insert(0, words.pop())
        text = [w for w in words if not _RUN_UNIT_RE.fullmatch(w) and not _RUN_PERSON_RE.fullmatch(w)]
        if (k < len(key) or not after or len(words) < 2 or not text
                or not _RUN_UNIT_RE.fullmatch(words[-1])):
            return None
        return 0, k, words, after
    if len(words) < 4 or not _RUN_UNIT_RE.fullmatch(words[-1]):
        return None
    return start, k, words, []


def _listed_tail(s: str, p: int) -> Optional[tuple[int, str, list[str]]]:
    """``(end, "", names)`` of a list of unit names with separators at ``s[p:]``
    (``区残联,相关镇街1.完成…``): the longest prefix of two pieces or more, each a unit's name
    and none opening a clause."""
    m = re.match(r"[\u4e00-\u9fff（）、，,]+", s[p:])
    if not m:
        return None
    r = m.group(0)[:80]
    for end in range(len(r), 2, -1):
        if r[end - 1] in "、，,":
            continue
        parts = re.split(r"[、，,]", r[:end])
        if (len(parts) >= 2 and all(parts)
                and all(unitnames.is_unit_name(x) and x[0] not in _CLAUSE_START for x in parts)):
            return p + end, "", parts
    return None


def _run_tail(s: str, p: int, person: bool, listed: bool = False
              ) -> Optional[tuple[int, str, list[str]]]:
    """The cells that end a row at ``s[p:]``: a person (when the table has a leader column)
    and a run of unit names with no separator (``何海平教育局经开区各街道``). The longest run
    whose first name is a department (or institution, enterprise) wins; a person is two or
    three characters (three tried first). ``listed``: the names may also be a list with
    separators (``区残联,相关镇街``), every piece a unit's name."""
    if listed and not person:
        got = _listed_tail(s, p)
        if got is not None:
            return got
    m = re.match(r"[\u4e00-\u9fff（）]+", s[p:])
    if not m:
        return None
    r = m.group(0)[:60]
    found = []
    for skip in ((3, 2) if person else (0,)):
        if person and (len(r) <= skip or r[0] in _CLAUSE_START or "（" in r[:skip]
                       or "）" in r[:skip]):
            continue
        rest = r[skip:]
        for end in range(len(rest), 2, -1):
            pieces = unitnames.run_pieces(rest[:end])
            if (pieces and unitnames.unit_kind(pieces[0]) in _LEAD_KINDS
                    and not any(x[0] in _CLAUSE_START for x in pieces[1:])):
                found.append((p + skip + end, r[:skip], pieces))
                break
    if len(found) > 1:
        # 何海平教育局 or 李明交通运输局: the person ends where the first name begins with a word
        # (教育, 交通), not in the middle of one (平教, 通运); three characters when neither tells
        weights = [_word_weight(f[2][0][:2]) for f in found]
        if weights[1] > weights[0]:
            return found[1]
    return found[0] if found else None


@lru_cache(maxsize=1)
def _word_freq() -> dict:
    """jieba's word frequencies (its dictionary is loaded only when a run-together table
    needs a person's name told from the unit name after it)."""
    import logging

    import jieba
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    return jieba.dt.FREQ


# a word of two characters and its frequency, on a line of jieba's dictionary ("word freq tag")
_TWO_CHAR_WORD_RE = re.compile(r"^[ \t\r\x0b\x0c]*(\S\S) ([^ \n]*)", re.M)


class _TwoCharFreq:
    """The two-character words of jieba's dictionary and their frequencies, looked up by a
    binary search of the words sorted and written one after another (two characters each):
    a table of ~114 000 words is read in ~0.02 CPU s, where a dict of them takes ~0.1 to
    build (the reader asks for a handful)."""

    def __init__(self, words: str, freqs: list[str]):
        self.words, self.freqs = words, freqs       # freqs[k]: the frequency of words[2k:2k+2]

    def get(self, word: str) -> Optional[int]:
        lo, hi = 0, len(self.freqs)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.words[2 * mid:2 * mid + 2] < word:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.freqs) and self.words[2 * lo:2 * lo + 2] == word:
            return int(self.freqs[lo])
        return None

    def __getitem__(self, word: str) -> int:
        got = self.get(word)
        if got is None:
            raise KeyError(word)
        return got

    def __iter__(self) -> Iterator[str]:
        return (self.words[k:k + 2] for k in range(0, len(self.words), 2))

    def __len__(self) -> int:
        return len(self.freqs)


@lru_cache(maxsize=1)
def _two_char_freq() -> Optional[_TwoCharFreq]:
    """The two-character words of jieba's dictionary file and their frequencies: what
    ``jieba.dt.FREQ`` holds for them (the last line of a word wins, as jieba reads it), read
    with one regex instead of jieba's load of the whole dictionary (~0.8 CPU s, and importing
    jieba). None when the file is not where jieba keeps it.

    The table is kept in kg's cache folder, keyed by the file (path, size, time): reading and
    decoding the file and the regex over its ~350 000 lines cost ~0.35 CPU s in each worker
    whose documents hold a run-together table, the cached table ~0.02."""
    found = jieba_dictionary()
    if found is None:
        return None
    path = found[1]
    try:
        st = path.stat()
    except OSError:
        return None
    key = f"two-char-freq sorted|{path}|{st.st_size}|{st.st_mtime_ns}"
    cache = cache_dir() / ("kg-jieba2-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16] + ".cache")
    try:
        # the key; the words sorted, one after another; their frequencies
        got_key, words, freqs = cache.read_text(encoding="utf-8").split("\n")
        listed = freqs.split()
        if got_key == key and len(words) == 2 * len(listed):
            return _TwoCharFreq(words, listed)
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    table = {m.group(1): int(m.group(2)) for m in _TWO_CHAR_WORD_RE.finditer(text)}
    ordered = sorted(table)
    got = _TwoCharFreq("".join(ordered), [str(table[w]) for w in ordered])
    if "\n" not in got.words:
        write_cache(cache, "\n".join([key, got.words, " ".join(got.freqs)]).encode("utf-8"))
    return got


def _word_weight(word: str) -> int:
    two = _two_char_freq() if len(word) == 2 else None
    if two is not None:
        return int(two.get(word) or 0)
    return int(_word_freq().get(word) or 0)


def _run_rows(segment: str, person: bool) -> list[tuple[int, int, str, list[str]]]:
    """``(start, end, person, units)`` per row of a run-together table, offsets into
    ``segment``: a row ends where a sentence (。；) is followed by its cells (``end`` is where
    the cells end); the text after the last cells is a row without any."""
    rows: list[tuple[int, int, str, list[str]]] = []
    k = p = 0
    while p < len(segment):
        if p > 0 and segment[p - 1] in "。；;！":
            tail = _run_tail(segment, p, person)
            if tail:
                end, who, units = tail
                rows.append((k, end, who, units))
                k = p = end
                continue
            if p > k and re.match(r"\d{1,3}(?=[\u4e00-\u9fff])", segment[p:]):
                rows.append((k, p, "", []))     # 。3加强…: the next row's number
                k = p
        p += 1
    if segment[k:].strip():
        rows.append((k, len(segment), "", []))
    return rows


def _run_table(lines: Sequence[Line], start: int
               ) -> Optional[tuple[list[list[Cell]], int, Optional[Line]]]:
    """A table copied with no separator at all (a .docx table a mirror flattened into one
    paragraph): the header's column names run together, then each row as 序号, text, the
    person of a leader column and the unit names, all in one string, rows running on across
    line breaks. Gives ``(rows, next index, the text before the header as a line of its own
    or None)``. The table goes on over the next lines while the line before ends inside a row
    or the line holds a row's cells; it ends at a blank line or a line that does neither. Text
    with no cells of its own after a row's cells belongs to that row (merged cells)."""
    ln = lines[start]
    key = compact(ln.norm)
    found = _run_header(key)
    if found is None:
        return None
    hs, he, words, after = found
    person = any(_RUN_PERSON_RE.fullmatch(w) for w in words)
    units = [w for w in words if _RUN_UNIT_RE.fullmatch(w)]
    text_col = next((w for w in words if w not in ("序号", "编号") and not _RUN_UNIT_RE.fullmatch(w)
                     and not _RUN_PERSON_RE.fullmatch(w) and "内容" in w),
                    next((w for w in words if w in ("项目名称", "名称", "项目")), "内容"))
    header_text = key[hs:he]
    header = ["序号", text_col] + ([next(w for w in words if _RUN_PERSON_RE.fullmatch(w))]
                                   if person else []) + units[:2]
    if after:
        return _run_table_lines(lines, start, header + after[:1], person, len(units[:2]))

    def has_cells(text: str) -> bool:
        return any(names for part in text.split(header_text)
                   for _s, _e, _w, names in _run_rows(part, person))

    # the lines of the table and the stream of their text, each character with its line
    stream, owner = key[he:], [ln] * (len(key) - he)
    j = start + 1
    while j < len(lines) and not lines[j].blank and not lines[j].is_cell:
        nxt = compact(lines[j].norm)
        prev_open = not compact(lines[j - 1].norm).endswith(("。", "；", ";", "！"))
        if not prev_open and not has_cells(nxt):
            break
        stream += nxt
        owner += [lines[j]] * len(nxt)
        j += 1
    if not has_cells(stream):
        return None               # column names in running text, no row after them

    def cell(text: str, srcs: list[Line]) -> Cell:
        seen: list[Line] = []
        for src in srcs:
            if not seen or seen[-1].number != src.number:
                seen.append(src)
        return Cell(text, [Line(s.file, s.number, text, text) for s in seen])

    body: list[list[Cell]] = []
    base = 0
    for part in stream.split(header_text):
        for rs, re_, who, names in _run_rows(part, person):
            text = part[rs:re_]
            srcs = owner[base + rs:base + re_]
            cell_srcs = srcs
            if names:
                # the cells are the tail of the span: the text is what comes before them
                cut = len(text) - len(who) - len("".join(names))
                text, srcs, cell_srcs = text[:cut], srcs[:cut] or srcs[:1], srcs[cut:]
            m = re.match(r"^(\d{1,3})(?=[\u4e00-\u9fff])", text)
            seq = m.group(1) if m else ""
            text = text[len(seq):]
            if not names and not seq and body:
                prev = body[-1][1]         # no cells of its own: the row above goes on
                body[-1][1] = cell(prev.text + text, [*prev.lines, *srcs])
                continue
            cells = [cell(seq, srcs[:1]), cell(text, srcs)]
            if person:
                cells.append(cell(who, cell_srcs[:1]))
            if len(units) >= 2:
                cells += [cell(names[0] if names else "", cell_srcs[-1:]),
                          cell("、".join(names[1:]), cell_srcs[-1:])]
            else:
                cells.append(cell("、".join(names), cell_srcs[-1:]))
            body.append(cells)
        base += len(part) + len(header_text)
    before = None
    if hs > 0:
        before = Line(ln.file, ln.number, key[:hs], key[:hs])
    return [[cell(h, [ln]) for h in header]] + body, j, before


def _run_table_lines(lines: Sequence[Line], start: int, header: list[str], person: bool,
                     unit_cols: int) -> Optional[tuple[list[list[Cell]], int, Optional[Line]]]:
    """A run-together table whose unit columns are followed by a progress column
    (``实事内容工作任务责任单位进展情况``): its rows cannot run on into one another, as the
    progress text after a row's names is no next row, so each line is a row: its text up to
    the first sentence (``。；``) its names follow, then those names (a list with separators
    too, ``区残联,相关镇街``), then its progress. A second header row of periods
    (``一季度二季度三季度四季度``) is skipped; a line with no names continues the row above's
    progress; the table ends at a blank line. None when no row has names."""
    hdr = lines[start]
    j = start + 1
    while j < len(lines) and not lines[j].blank and _RUN_PERIODS_RE.fullmatch(compact(lines[j].norm)):
        j += 1
    body: list[list[Cell]] = []
    while j < len(lines) and not lines[j].blank and not lines[j].is_cell:
        ln = lines[j]
        s = compact(ln.norm)
        row = None
        for p in range(1, len(s)):
            if s[p - 1] in "。；;！" and (tail := _run_tail(s, p, person, listed=True)):
                row = (p, *tail)
                break
        if row is None:
            if not body:
                return None
            last = body[-1][-1]
            body[-1][-1] = Cell(last.text + s, [*last.lines, Line(ln.file, ln.number, s, s)])
            j += 1
            continue
        p, end, who, names = row
        text = s[:p]
        m = re.match(r"^(\d{1,3})(?=[\u4e00-\u9fff])", text)
        seq = m.group(1) if m else ""
        text = text[len(seq):]

        def cell(t: str) -> Cell:
            return Cell(t, [Line(ln.file, ln.number, t, t)])

        cells = [cell(seq), cell(text)]
        if person:
            cells.append(cell(who))
        if unit_cols >= 2:
            cells += [cell(names[0]), cell("、".join(names[1:]))]
        else:
            cells.append(cell("、".join(names)))
        cells.append(cell(s[end:]))
        body.append(cells)
        j += 1
    if not body:
        return None
    return [[Cell(h, [hdr]) for h in header]] + body, j, None


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
    allowed); it ends at the first line without a ``|``, or at a row of column names under a
    block of ``|`` rows that hold none (a portal's metadata set as ``索引号 | … | 公开方式 | …``
    rows right above the table's header): the table starts at its header."""
    rows: list[list[Cell]] = []
    i = len(lines)
    for k, ln in nonblank_from(lines, start):
        if _pipe_count(ln) < 1 or ln.is_cell:
            i = k
            break
        if not re.fullmatch(r"[\s|｜:：\-—–=]+", ln.norm):   # not a Markdown rule row (| --- |)
            cells = _pipe_cells(ln)
            if len(rows) >= 2 and _is_header_row(cells) and not any(_is_header_row(r) for r in rows):
                i = k
                break
            rows.append(cells)
    while i > start and lines[i - 1].blank:
        i -= 1
    if rows and all(r and not r[0].text for r in rows):
        # every row opened by a | as well (a page turned into Markdown, | 序号 | 任务 |)
        rows = [r[1:] for r in rows]
    return _merge_sub_header(_right_align_padded(_rejoin_broken_rows(_without_caption(rows)))), i


def _right_align_padded(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A ``|`` table whose header row ends in empty cells (``工作任务 | 具体要求 | 责任单位 |
    时限要求 | ||``): its names span more columns than they are, the copy padding the row on the
    right to the table's width. When a row fills every column to the last, the names belong
    to the rightmost columns, and a row ending in empty cells lost its merged cells on the left
    (``2 | 开设… | 市政府各有关部门… | 持续推进 | ||``): both are aligned on the right."""
    if len(rows) < 2:
        return rows
    head = rows[0]
    pad = len(head) - max((k + 1 for k, c in enumerate(head) if c.text), default=0)
    width = len(head)
    if not pad or pad == width or not any(len(r) == width and r[-1].text for r in rows[1:]):
        return rows
    if len(rows) >= 3 and _spanned_sub_header(head, rows[1], rows[2:]) is not None:
        return rows         # the padding is a split column's parts, named in the second row

    def right(row: list[Cell]) -> list[Cell]:
        t = len(row) - max((k + 1 for k, c in enumerate(row) if c.text), default=0)
        if not t or len(row) != width:
            return row
        return [Cell("", []) for _ in range(t)] + row[:width - t]
    return [right(head)] + [right(r) for r in rows[1:]]


def _rejoin_broken_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A numbered row the copy broke over two lines (``2 | 兒童口腔… | … | 1.現場… |`` /
    ``130 | 105.96 | 95.00% | 民衛局 |``): two short lines whose cells together fill the header
    exactly, the second not opening with the next row's number, are one row."""
    if len(rows) < 3:
        return rows
    width = len(rows[0])
    out = [rows[0]]
    k = 1
    while k < len(rows):
        row = rows[k]
        n = _seq_number(row[0].text) if row else None
        if (n is not None and k + 1 < len(rows) and len(row) < width
                and len(row) + len(rows[k + 1]) == width
                and _seq_number(rows[k + 1][0].text) != n + 1):
            out.append(row + rows[k + 1])
            k += 2
            continue
        if (n is not None and k + 1 < len(rows) and 2 <= len(row) < width and rows[k + 1]
                and len(row) + len(rows[k + 1]) == width + 1
                and re.search(r"[、，,]$", compact(row[-1].flat))
                and _seq_number(rows[k + 1][0].text) is None):
            # ``2 | 推进… | 市商城管委会、`` / ``兰山区政府 | 2025年11月底前``: broken inside a cell
            # of names after a list separator; the two halves are one cell
            a, b = row[-1], rows[k + 1][0]
            out.append(row[:-1] + [Cell(a.text + "\n" + b.text, a.lines + b.lines)] + rows[k + 1][1:])
            k += 2
            continue
        out.append(row)
        k += 1
    return out


def _filled(row: list[Cell]) -> list[str]:
    return [w for w in (compact(c.flat) for c in row) if w]


def _is_header_row(row: list[Cell]) -> bool:
    """A row of column names (``序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位``): three
    header words at least, two in three of its cells, one of them a unit column."""
    names = _filled(row)
    words = [w for w in names if _is_header_word(w)]
    return (len(words) >= 3 and 3 * len(words) >= 2 * len(names)
            and any(_column_kind(w) == "unit" for w in words))


def _without_caption(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A table whose first row is its caption, one cell spanning every column
    (``| 涉农资金领域基层政务公开标准目录 | ||||``), above a header of several column names: the
    caption is no header. (Its line is a row of no cells: it names no task.)"""
    if (len(rows) >= 3 and len(_filled(rows[0])) == 1 and len(_filled(rows[1])) >= 3
            and sum(_is_header_word(w) for w in _filled(rows[1])) >= 2):
        return rows[1:]
    return rows


_ROLE_WORDS = ("牵头", "配合", "主责", "协同", "参与", "协办", "责任", "主办")


def _merge_sub_header(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A two-level header (``| 序号 | 任务 | 责任单位 | | 完成时限 |`` over ``| | | 牵头 | 配合 | |``):
    the second row names the parts of a spanning column; the two rows become one header
    (``牵头单位``, ``配合单位``)."""
    if len(rows) < 3:
        return rows
    top, sub = rows[0], rows[1]
    words = [compact(c.flat) for c in sub]
    filled = [w for w in words if w]
    spanned = _spanned_sub_header(top, sub, rows[2:])
    if spanned is not None:
        return [spanned] + rows[2:]
    if _lost_sub_header(top, sub, rows[2]):
        return [top] + rows[2:]
    if not filled or len(filled) == len(words) or not all(
            len(w) <= 6 and (w in _ROLE_WORDS or _is_header_word(w)) for w in filled):
        return rows
    merged: list[Cell] = []
    last_top = ""
    for k in range(max(len(top), len(sub))):
        t = compact(top[k].flat) if k < len(top) else ""
        w = words[k] if k < len(words) else ""
        last_top = t or last_top
        if w:
            name = w + "单位" if w in _ROLE_WORDS else w
        else:
            name = t
        src = (top[k].lines if k < len(top) else []) + (sub[k].lines if k < len(sub) else [])
        merged.append(Cell(name, src))
    return [merged] + rows[2:]


# a row of totals between a table's header and its first numbered row (合 计 | 3069.7 | …)
_TOTAL_ROW_RE = re.compile(r"(?:合|总|小)计")
# the parts a money column is split into by source or level (中央 | 省级 | 市级 | 自筹)
_FUND_PART_RE = re.compile(r"^(?:中央|省|市|州|县|区|乡|镇|地方|上级|本级|其他|社会|自筹|企业|银行)")
_FUND_COLUMN_RE = re.compile(r"资金|投资|金额|经费|万元|预算")


def _spanned_sub_header(top: list[Cell], sub: list[Cell], body: list[list[Cell]]) -> Optional[list[Cell]]:
    """The second header row of a numbered table, flattened without the empty cells that placed
    its names under the one column they split (``| 序号 | … | 计划投入资金 | 资金来源 | 实施期限 |
    … | 责任单位 | 责任人 | 备注 | |||`` over ``| 中央衔接资金 | 省级衔接资金 | 省级财政资金 |
    其他资金 | ||||…``): the top row is padded on the right by as many empty cells as the split
    adds columns (k names, k - 1 more columns), and its numbered rows are that much wider. The
    column split is the one whose name the parts share (资金), a money column for parts named by
    source (中央, 省级, 自筹), the one unit column for roles (牵头, 配合). The k names replace it, so
    the columns right of it (责任单位) meet their cells; ``None`` where any of this does not hold."""
    names, sub_names = _filled(top), _filled(sub)
    k = len(sub_names)
    if k < 2 or not names or names[0] not in SEQ_COLUMNS:
        return None
    last = max(j for j, c in enumerate(top) if compact(c.flat))
    if len(top) - (last + 1) != k - 1 or len(names) != last + 1:
        return None                     # padded by k - 1, its names with no gap
    if ([compact(c.flat) for c in sub[:k]] != sub_names
            or not all(_short_header(w) and len(w) <= 8 and _seq_number(w) is None for w in sub_names)):
        return None                     # the parts packed to the left
    first = next((r for r in body if r and not _TOTAL_ROW_RE.search(compact(r[0].flat))), None)
    if first is None or _seq_number(first[0].text) is None or len(first) < len(names) + k - 2:
        return None
    span = _split_column(names, sub_names)
    if span is None:
        return None
    parts = [Cell(w + "单位" if w in _ROLE_WORDS else w, top[span].lines + sub[j].lines)
             for j, w in enumerate(sub_names)]
    return top[:span] + parts + top[span + 1:last + 1]


def _split_column(names: list[str], parts: list[str]) -> Optional[int]:
    """Which of a header's columns the parts of a second header row split (see
    :func:`_spanned_sub_header`); the last of several that may be (the columns right of it are
    placed the same either way), ``None`` where none is."""
    if all(w in _ROLE_WORDS for w in parts):
        units = [j for j, w in enumerate(names) if _column_kind(w) == "unit"]
        return units[0] if len(units) == 1 else None
    shared = ""
    for n in range(min(len(w) for w in parts), 1, -1):
        ends = {w[-n:] for w in parts}
        if len(ends) == 1:
            shared = ends.pop()
            break
    if shared:
        found = [j for j, w in enumerate(names) if shared in w]
    elif all(_FUND_PART_RE.match(w) for w in parts):
        found = [j for j, w in enumerate(names) if _FUND_COLUMN_RE.search(w)]
    else:
        found = []
    return found[-1] if found else None


def _lost_sub_header(top: list[Cell], sub: list[Cell], first: list[Cell]) -> bool:
    """The second header row of a numbered table, flattened without the empty cells that
    placed its names under their spanning columns (``| 序号 | 公开事项 | … | 公开对象 | 公开方式 |``
    over ``| 全社会 | 特定群体 | 主动 | 依申请 | |||``): short names, packed to the left, fewer than
    the top row's, no row number, and a numbered row after it. Its names cannot be given to
    columns; the top row's names keep the columns of the cells on their left."""
    names, sub_names, row = _filled(top), _filled(sub), _filled(first)
    if not (names and names[0] in SEQ_COLUMNS and row and _seq_number(row[0]) is not None):
        return False
    def blanks(row: list[Cell]) -> int:
        k = 0
        while k < len(row) and not compact(row[k].flat):
            k += 1
        return k

    # packed: starting where the top row starts, no empty cell between its names (a row kept
    # under its spanning columns starts further right: | | | 牵头 | 配合 | |)
    lead = blanks(sub)
    packed = (lead <= blanks(top)
              and [compact(c.flat) for c in sub[lead:lead + len(sub_names)]] == sub_names)
    return (packed and 2 <= len(sub_names) < len(names) and _seq_number(sub_names[0]) is None
            and all(_short_header(w) and len(w) <= 6 for w in sub_names))


def _next_is_cell_row(lines: Sequence[Line], i: int) -> bool:
    """Inside a 专栏 box, a tab line starts a real table only when a row of several cells
    follows (a box's own text lines are sometimes tab-indented too)."""
    j = i
    count = 0
    while j < len(lines) and lines[j].is_cell:
        count += 1
        j += 1
    return count >= 2


_TOTAL_RE = re.compile(r"(?:合计|总计|小计|共计|累计)")
_FIGURE_CELL_RE = re.compile(r"[\d.,，%％+\-—/]+(?:万元|亿元|元|个|项|人|%|％)?")


def _total_row(cells: list[Cell]) -> bool:
    """Is a table row its totals (合计 | | 6000 |: a sum under a column of figures)? It opens
    with 合计 / 总计 / 小计 and holds figures only: no task, no unit, no deadline."""
    filled = [compact(c.flat) for c in cells if compact(c.flat)]
    return (len(filled) >= 1 and bool(_TOTAL_RE.fullmatch(filled[0]))
            and all(_FIGURE_CELL_RE.fullmatch(t) for t in filled[1:]))


def _add_table(rows: list[list[Cell]], parent: Node, table_no: int) -> None:
    if not rows:
        return
    header = [compact(c.flat) for c in rows[0]]
    body = rows[1:]
    if len(rows) == 1:
        # a one-row "table" is a caption or a box line: keep it as text of the parent
        parent.lines.extend(ln for c in rows[0] for ln in c.lines)
        return
    # the row's number is its 序号 column's, wherever it stands (类别 | 序号 | 任务: a category
    # merged down over its rows comes first, and is no row's number)
    at = next((c for c, name in enumerate(header) if name in SEQ_COLUMNS), 0)
    previous: Optional[list[Cell]] = None
    for k, cells in enumerate(body, 1):
        if _total_row(cells):
            continue
        seq = compact(cells[at].flat) if len(cells) > at else ""
        if at and not seq:
            seq = compact(cells[0].flat) if cells else ""
        label = seq if seq and len(seq) <= 6 and not seq.startswith("（") else f"行{k}"
        if not seq and previous is not None:
            label = f"行{k}"
        node = Node("row", label, "row", cells=list(cells), header=header, table_id=table_no,
                    cut=isinstance(cells, CutRow))
        node.parent = parent
        parent.children.append(node)
        previous = cells
