"""Outline -> tasks and raw assignments, applying the rules that carry across tasks.

For every node of a document's outline this module makes a :class:`~kg.model.Task` and reads
who is responsible for it:

* ``inline``: an annotation at the end of one of the task's lines;
* ``standalone``: annotation lines attached to the task by the outline (``notes``);
* ``contributor``: ``（X供稿…）`` / ``提供`` / ``收集``;
* ``table``/``source``: the unit columns of a table row (责任单位, 牵头单位, 配合单位,
  信息来源 …) and its deadline column; an empty unit cell in a row that continues a merged
  block (its first cell is empty too) takes the cell above;
* ``section``: items under a heading that is a unit name with a count
  (``一、市发展和改革委员会（共2项）``);
* ``inherited``: units a carry-over rule (``以下均需…不再列出``) adds to every later annotated
  task of the same document; ``列第一位者为牵头单位，下同`` makes the first unit listed the lead.

To add a new annotation form: teach :mod:`kg.extract.annotations` to classify and parse it
(with a test), then, if it is structural (a new kind of column or heading), read it here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from .. import errors, ids
from ..model import Document, Issue, Line, Mention, RawAssignment, Source, Span, Task
from . import annotations as ann
from .deadlines import normalise_deadline
from .outline import COUNT_SUFFIX_RE, Cell, Node, match_marker, parse_outline
from ..text import compact
from .sources import original_of

UNIT_COLUMNS = {
    "牵头单位": "lead", "牵头部门": "lead", "主办单位": "lead", "牵头": "lead",
    "配合单位": "support", "配合部门": "support", "协办单位": "support", "参与单位": "support",
    "配合": "support",
    "责任单位": "responsible", "责任部门": "responsible", "责任主体": "responsible",
    "承办单位": "responsible", "实施主体": "responsible", "落实单位": "responsible",
    "牵头单位及责任单位": "responsible", "责任单位（部门）": "responsible",
    "信息来源": "source", "数据来源": "source", "信息提供单位": "source",
}
DEADLINE_COLUMNS = ("完成时限", "完成时间", "时间节点", "时限", "完成期限", "时间安排", "时限要求")
TASK_COLUMNS = ("重点任务", "工作任务", "主要任务", "具体任务", "任务内容", "任务", "事项名称",
                "信息名称", "工作内容", "具体措施", "主要措施", "工作措施", "措施", "事项",
                "项目名称", "名称", "内容", "指标内容", "受理范围", "工作要点", "任务目标")


INLINE_LABEL_RE = re.compile(r"[。；;]\s*((?:" + "|".join(
    sorted((k for k in ann.LABEL_ROLES if k.endswith(("单位", "部门", "主体"))), key=len, reverse=True))
    + r")[：:].+)$")


TAIL_DEADLINE_RE = re.compile(r"(?<=）)[，,；;\s]*（?([^（）]{2,16}?)）?[。；;.\s]*$")


@dataclass
class Extraction:
    tasks: list[Task] = field(default_factory=list)
    raw: list[RawAssignment] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


@dataclass
class _State:
    carry: list[tuple[ann.UnitRef, Source]] = field(default_factory=list)
    first_leads: bool = False


def _column_role(header: str) -> Optional[tuple[str, str]]:
    h = compact(header)
    if h in UNIT_COLUMNS:
        role = UNIT_COLUMNS[h]
        return role, ("source" if role == "source" else "table")
    for k, role in UNIT_COLUMNS.items():
        if h.startswith(k):
            return role, ("source" if role == "source" else "table")
    return None


def _task_column(header: list[str], cells_by_row: list[list[Cell]]) -> Optional[int]:
    for name in TASK_COLUMNS:
        for i, h in enumerate(header):
            if h == name:
                return i
    for name in TASK_COLUMNS:
        for i, h in enumerate(header):
            if name in h and not _column_role(h) and h not in DEADLINE_COLUMNS:
                return i
    return None


def _strip_marker(text: str) -> str:
    mm = match_marker(text)
    if mm:
        return text[mm[2]:].lstrip(" .．、")
    return text


class _DocWalker:
    def __init__(self, doc: Document, known: Callable[[str], bool]):
        self.doc = doc
        self.known = known
        self.out = Extraction()
        self.state = _State()
        self.ids: dict[str, int] = {}
        self.by_number = {ln.number: ln for ln in doc.lines}
        self.first_leads_lines = sorted(
            ln.number for ln in doc.lines
            if ann.FIRST_LEADS_RE.search(ln.norm) and not ann.is_standalone_annotation(ln.norm)
            and not ann.LABEL_RE.search(compact(ln.norm).lstrip("（")))

    # ---------------------------------------------------------------- helpers
    def issue(self, code: str, msg: str, line: int) -> None:
        self.out.issues.append(Issue(code, msg, self.doc.span.file, line))

    def task_id(self, path: tuple[str, ...]) -> str:
        base = ids.task_id(self.doc.doc_id, path)
        n = self.ids.get(base, 0)
        self.ids[base] = n + 1
        return ids.task_id(self.doc.doc_id, path, n + 1)

    def add(self, task: Task, ref: ann.UnitRef, via: str, src: Source,
            deadline: Optional[str], order: int, rule_src: Optional[Source] = None) -> None:
        where = rule_src or src
        line = self.by_number.get(where.line)
        mention = original_of(ref.mention, line) if line is not None else ref.mention
        if deadline and not deadline[:4].isdigit():
            dl_line = self.by_number.get(src.line)
            deadline = original_of(deadline, dl_line) if dl_line is not None else deadline
        self.out.raw.append(RawAssignment(
            task_id=task.task_id, mention=Mention(mention, src), role=ref.role, via=via,
            deadline=deadline, label=ref.label, order=order, rule_source=rule_src,
            lookup=ref.lookup))

    # ---------------------------------------------------------------- annotations
    def _parse_group(self, content: str, line: Line, closed: bool) -> Optional[ann.Parsed]:
        kind = ann.classify(content)
        if kind is None:
            # a rule alone: （列第一位者为牵头单位，下同）
            if ann.FIRST_LEADS_RE.search(compact(content)):
                p = ann.Parsed()
                p.rules.append(ann.Rule("first_leads", [], "下同" if "下同" in content else "此项"))
                return p
            return None
        if not closed:
            self.issue(errors.W_UNBALANCED, "annotation bracket '（' is never closed; read to the "
                       "end of the line (add the missing '）' in the source)", line.number)
        parsed = ann.parse_annotation(content, self.known)
        for lab in parsed.unknown_labels:
            self.issue(errors.W_UNKNOWN_LABEL, f"unknown annotation label '{lab}'; its units are "
                       "kept with role 'responsible' (add the label to LABEL_ROLES if it means "
                       "something else)", line.number)
        for piece in parsed.leftover:
            self.issue(errors.W_NOT_UNDERSTOOD, f"annotation piece '{piece[:30]}' is neither a unit "
                       "nor a deadline; it was not used (check the annotation)", line.number)
        if not parsed.units and not parsed.rules and not parsed.deadline:
            self.issue(errors.W_EMPTY_ANNOTATION, f"annotation names no unit: {content[:30]}",
                       line.number)
        return parsed

    def _inline(self, line: Line) -> tuple[Optional[ann.Parsed], str, Optional[bool]]:
        """Annotation at the end of a line -> (parsed, text without it, contributor?)."""
        norm = line.norm
        tail_deadline = None
        tm = TAIL_DEADLINE_RE.search(norm)
        if tm and ann.is_deadline(tm.group(1)):
            # （责任单位：市发改委）2024年底前完成 / （责任单位：市发改委）（2024年底前）
            tail_deadline = normalise_deadline(tm.group(1))
            norm = norm[:tm.start()]
        g = ann.trailing_group(norm)
        if not g:
            return self._inline_label(line)
        start, end, closed = g
        content = norm[start + 1:end - 1] if closed else norm[start + 1:end]
        kind = ann.classify(content)
        if kind is None:
            return self._inline_label(line)
        if kind == "bare":
            before = line.norm[:start].rstrip()
            if before and before[-1] not in "。；！？”":
                # "推进X工作（市发改委、市财政局）" is an annotation; "市第三人民医院
                # （廊坊市传染病医院）" is a second name of the unit before it
                several = len(ann.unit_items(content)) >= 2
                if not several and (ann.looks_like_unit(before[-12:]) or before.endswith(
                        ann.UNIT_SUFFIXES)):
                    return None, line.text, None
                if not several and not self.known(compact(content)):
                    return None, line.text, None
        parsed = self._parse_group(content, line, closed)
        if parsed is None:
            return None, line.text, None
        if tail_deadline and not parsed.deadline:
            parsed.deadline = tail_deadline
        rest = line.text[:start] + (line.text[end:].lstrip("。；;，, ") if not tail_deadline else "")
        return parsed, rest.rstrip(), parsed.contributor

    def _inline_label(self, line: Line) -> tuple[Optional[ann.Parsed], str, Optional[bool]]:
        """An unbracketed annotation after the task's last sentence:
        ``…完成改造。责任单位：市住建局、市发改委。``"""
        m = INLINE_LABEL_RE.search(line.norm)
        if not m:
            return None, line.text, None
        content = line.norm[m.start(1):].rstrip("。；; ")
        parsed = self._parse_group(content, line, True)
        if parsed is None or not parsed.units:
            return None, line.text, None
        return parsed, line.text[:m.start(1)].rstrip(), parsed.contributor

    def _standalone(self, line: Line) -> Optional[ann.Parsed]:
        t = line.norm.strip()
        if t.startswith("（"):
            g = ann.trailing_group(t)
            if g and g[0] == 0:
                content = t[1:g[1] - 1] if g[2] else t[1:]
                return self._parse_group(content, line, g[2])
        return self._parse_group(t, line, True)

    def apply(self, task: Task, parsed: ann.Parsed, via: str, src: Source, order0: int) -> int:
        """Record a parsed annotation for a task; returns the next order number."""
        order = order0
        for rule in parsed.rules:
            if rule.kind == "first_leads" and rule.text == "下同":
                self.state.first_leads = True
        if ((self.state.first_leads or self._first_leads_at(src.line)) and parsed.units
                and all(u.role == "responsible" for u in parsed.units)):
            parsed.units[0].role = "lead"
        use_via = "contributor" if parsed.contributor else via
        for ref in parsed.units:
            self.add(task, ref, use_via, src, parsed.deadline, order)
            order += 1
        for rule in parsed.rules:
            if rule.kind == "carry":
                self.state.carry = [(u, src) for u in rule.units]
        return order

    # ---------------------------------------------------------------- walking
    def run(self) -> Extraction:
        root = parse_outline(self.doc.lines, ann.is_standalone_annotation)
        for child in root.children:
            self.visit(child, None)
        return self.out

    def visit(self, node: Node, parent_id: Optional[str]) -> None:
        if node.kind == "row":
            task_id = self.row(node, parent_id)
        else:
            task_id = self.block(node, parent_id)
        for c in node.children:
            self.visit(c, task_id)

    def _section_unit(self, node: Node) -> Optional[tuple[str, Line]]:
        """A heading that names a unit and counts its items: 一、市发展和改革委员会（共2项）."""
        p = node.parent
        while p is not None and p.kind != "root":
            if p.lines and p.kind in ("heading", "item"):
                first = p.lines[0]
                text = compact(_strip_marker(first.norm.strip()))
                if COUNT_SUFFIX_RE.search(text):
                    name = COUNT_SUFFIX_RE.sub("", text)
                    if ann.looks_like_unit(name) or self.known(name):
                        return name, first
            p = p.parent
        return None

    def block(self, node: Node, parent_id: Optional[str]) -> str:
        path = node.path
        task_id = self.task_id(path)
        pieces: list[str] = []
        parsed_inline: list[tuple[ann.Parsed, Line]] = []
        for k, ln in enumerate(_join_broken(node.lines)):
            parsed, rest, _ = self._inline(ln)
            if k == 0:
                mm = match_marker(ln.norm)
                if mm:   # offsets of norm and text line up; cut the marker in the original
                    rest = rest[mm[2]:].lstrip(" .．、")
            text = rest.strip()
            if parsed is not None:
                parsed_inline.append((parsed, ln))
            if text:
                pieces.append(text)
        src_lines = sorted(node.lines + node.notes, key=lambda l: l.number)
        task = Task(
            task_id=task_id, doc_id=self.doc.doc_id, path=path,
            text="\n".join(pieces), source_text="\n".join(l.text.strip() for l in src_lines),
            span=Span(self.doc.span.file, node.first_line or 0, node.last_line or 0),
            kind=node.kind, parent_id=parent_id)
        self.out.tasks.append(task)
        order = 0
        annotated = False
        for parsed, ln in parsed_inline:
            order = self.apply(task, parsed, "inline", Source(ln.file, ln.number), order)
            annotated = annotated or bool(parsed.units)
        for ln in _join_broken(node.notes):
            parsed = self._standalone(ln)
            if parsed is None:
                continue
            order = self.apply(task, parsed, "standalone", Source(ln.file, ln.number), order)
            annotated = annotated or bool(parsed.units)
        if annotated:
            self.inherit(task, order)
        elif node.kind in ("item", "article") and not node.children:
            sec = self._section_unit(node)
            if sec:
                name, ln = sec
                self.add(task, ann.UnitRef(name, "responsible", None), "section",
                         Source(ln.file, ln.number), None, 0)
        return task_id

    def inherit(self, task: Task, order: int) -> None:
        have = {compact(r.mention.text) for r in self.out.raw if r.task_id == task.task_id}
        for ref, rule_src in self.state.carry:
            if compact(ref.mention) in have:
                continue
            have.add(compact(ref.mention))
            last = max((r.mention.source.line for r in self.out.raw if r.task_id == task.task_id),
                       default=task.span.first_line)
            self.add(task, ann.UnitRef(ref.mention, "responsible", None, ref.lookup), "inherited",
                     Source(task.span.file, last), None, order, rule_src)
            order += 1

    def row(self, node: Node, parent_id: Optional[str]) -> str:
        header = node.header or []
        cells = node.cells or []
        path = node.path
        task_id = self.task_id(path)
        siblings = [c for c in (node.parent.children if node.parent else []) if c.kind == "row"
                    and c.table_id == node.table_id]
        tcol = _task_column(header, [s.cells or [] for s in siblings])
        # a row with more cells than the header has a sub-divided column on the left
        # (类别 split in two levels): align the task and later columns from the right
        shift = max(0, len(cells) - len(header))
        cells = self._align(cells, header, tcol, shift)
        if tcol is not None and tcol < len(cells):
            text = cells[tcol].flat
        else:
            text = " ".join(c.flat for c in cells[1:] if c.flat) or (cells[0].flat if cells else "")
        lines = [ln for c in cells for ln in c.lines]
        task = Task(
            task_id=task_id, doc_id=self.doc.doc_id, path=path, text=text,
            source_text=" | ".join(c.flat for c in cells if c.flat),
            span=Span(self.doc.span.file, min((l.number for l in lines), default=0),
                      max((l.number for l in lines), default=0)),
            kind="row", parent_id=parent_id)
        self.out.tasks.append(task)
        deadline = None
        for i, h in enumerate(header):
            if h in DEADLINE_COLUMNS and i < len(cells) and cells[i].flat:
                deadline = normalise_deadline(cells[i].flat)
        # merged cells: a row whose first cell is empty continues the block above
        prev = self._prev_row(node)
        order = 0
        for i, h in enumerate(header):
            col = _column_role(h)
            if not col or i >= len(cells):
                continue
            role, via = col
            cell = cells[i]
            if not cell.flat and prev is not None and cells and not cells[0].flat:
                pcells = self._align(prev.cells or [], header, tcol,
                                     max(0, len(prev.cells or []) - len(header)))
                if i < len(pcells):
                    cell = pcells[i]
            if not cell.flat:
                continue
            first_leads = bool(ann.FIRST_LEADS_RE.search(h)) or self._first_leads_at(cell.first_line)
            h_label = ann.FIRST_LEADS_RE.sub("", h).strip("（）()") or h
            cell_order = 0
            for ln in cell.lines:
                t = ln.norm.strip()
                if not t:
                    continue
                for piece in ann.split_top(t.rstrip("。"), "，,；;"):
                    names, verb = ann.split_verb(piece)
                    for name, look in ann.unit_items(names, self.known):
                        r = verb if verb and role != "source" else role
                        m = ann.ROLE_MARK_RE.match(name)     # 市发改委（牵头）
                        if m:
                            name, r = m.group(1), ann.MARK_ROLES[m.group(2)]
                        if not (ann.looks_like_unit(name) or self.known(name)
                                or (look and self.known(look))):
                            if not name or ann.is_deadline(name):
                                continue
                        if first_leads and role == "responsible" and not verb:
                            r = "lead" if cell_order == 0 else "responsible"
                        ref = ann.UnitRef(name, r, h_label, look)
                        self.add(task, ref, via, Source(ln.file, ln.number), deadline, order)
                        order += 1
                        cell_order += 1
        if order == 0:
            sec = self._section_unit(node)
            if sec:
                name, ln = sec
                self.add(task, ann.UnitRef(name, "responsible", None), "section",
                         Source(ln.file, ln.number), deadline, 0)
        return task_id

    def _first_leads_at(self, line: int) -> bool:
        """Was 列第一位者为牵头单位 stated in running text before this line?"""
        return bool(self.first_leads_lines) and self.first_leads_lines[0] <= line

    @staticmethod
    def _align(cells: list[Cell], header: list[str], tcol: Optional[int], shift: int) -> list[Cell]:
        if not shift:
            return cells
        first = tcol if tcol is not None else min(
            (i for i, h in enumerate(header) if _column_role(h) or h in DEADLINE_COLUMNS),
            default=len(header))
        left = cells[:first]
        return left + cells[first + shift:] if first + shift <= len(cells) else cells

    def _prev_row(self, node: Node) -> Optional[Node]:
        if node.parent is None:
            return None
        sib = node.parent.children
        k = sib.index(node)
        for j in range(k - 1, -1, -1):
            if sib[j].kind == "row" and sib[j].table_id == node.table_id:
                return sib[j]
            break
        return None


def _join_broken(lines: list[Line]) -> list[Line]:
    """Join an annotation broken over two lines: a line whose trailing bracket is never closed
    and a next line that closes it (``…（责任单位：市住建局、`` / ``市发改委）``). The joined line
    keeps the first line's number."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        g = ann.trailing_group(ln.norm)
        if g and not g[2] and k + 1 < len(lines):
            nxt = lines[k + 1]
            t = nxt.norm.strip()
            if t.rstrip("。；; ").endswith("）") and t.count("）") > t.count("（"):
                out.append(Line(ln.file, ln.number, ln.text.rstrip() + nxt.text.strip(),
                                ln.norm.rstrip() + t))
                k += 2
                continue
        out.append(ln)
        k += 1
    return out


def extract_document(doc: Document, known: Callable[[str], bool] = lambda s: False) -> Extraction:
    """Tasks and raw assignments of one document. ``known`` says whether a name is in the
    lexicon; it only guides the expansion of elliptical lists (宣传部 -> 市委宣传部)."""
    return _DocWalker(doc, known).run()
