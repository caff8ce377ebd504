"""The enrichment stage (issue #6): after the outline and annotations of a document are read,
read what they leave out.

* laws, local rules and normative documents in 《》, cited 文号 (:mod:`kg.extract.laws`);
* duty clauses in prose, ``via: "prose"`` (:mod:`kg.extract.duties`);
* leading groups and joint meetings with their members and offices, ``via: "group"``
  (:mod:`kg.extract.groups`);
* a government's division of work among its leaders (领导分工): the units each leader oversees
  or keeps in touch with, ``via: "division"`` (:mod:`kg.extract.enrich.division`);
* county-level places named by tasks (:mod:`kg.resolve.places`);
* units named in the text of tasks without annotations, ``via: "mention"``
  (:mod:`kg.extract.mentions`).

Everything is kept apart from stated responsibility by its ``via`` and ``role``. The stage is a
pure function of the document, its tasks and a ``known(name)`` test; resolving mentions and
dropping duplicates of annotation-derived assignments happen in the pipeline
(:func:`drop_duplicates`).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Optional, Sequence

from ... import ids
from ...model import (Assignment, Document, Enrichment, Line, Mention, RawAssignment, Source, Span, Task,
                     TaskPlace, TaskPost)
from ...resolve.places import load_places
from ...resolve.units import township_place
from ...text import compact, normalise
from ...patterns import glossed_span
from ...vocab import ANNOTATION_VIAS, DIVISION_KIND
from ..deadlines import deadline_in_clause
from .division import read_divisions
from .duties import read_lines as read_duties_of_lines
from .groups import extract_groups
from .laws import scan_cites, scan_laws
from .mentions import find_units


def _line_tasks(doc: Document, tasks: Sequence[Task]) -> dict[int, Task]:
    """The innermost task containing each line of the document."""
    out: dict[int, Task] = {}
    size: dict[int, int] = {}
    for t in tasks:
        n = t.span.last_line - t.span.first_line
        for k in range(t.span.first_line, t.span.last_line + 1):
            if k not in out or n < size[k] or (n == size[k] and t.span.first_line >= out[k].span.first_line):
                out[k] = t
                size[k] = n
    return out


def _doc_task(doc: Document) -> Task:
    """A task standing for the document as a whole (for facts outside its outline)."""
    path = ("(document)",)
    return Task(ids.task_id(doc.doc_id, path), doc.doc_id, path, doc.title, doc.title,
                doc.span, "paragraph")


def _refers_to_labelled(mention: str, labels: set[str]) -> bool:
    """``各责任单位要…`` in a document that assigns its tasks under 牵头责任单位/协同责任单位
    labels: the role word stands for the units its annotations name, not for a unit of its
    own (where no annotation uses it, 主办单位/责任单位 stay the organ types of actors.py)."""
    word = compact(mention).removeprefix("各")
    return word.endswith("单位") and any(label.endswith(word) for label in labels)


_TOWN_BODY_RE = re.compile(r"(?:人民政府|政府|街道办事处|办事处)?")


def _towns_named(raw: Iterable[RawAssignment]) -> Optional[re.Pattern]:
    """The townships the document's annotations, tables and lists name (``古林镇``,
    ``石碶街道办事处``), as one pattern of their place names (longest first), each maybe
    followed by its body: running text names them so (``推进古林镇污水管网建设``). Only these
    are looked for, so common nouns (城镇, 乡镇, 小城镇) never are."""
    towns = {t for r in raw if (t := township_place(r.mention.text))}
    if not towns:
        return None
    return re.compile("(?:" + "|".join(re.escape(t) for t in sorted(towns, key=lambda t: (-len(t), t)))
                      + ")" + _TOWN_BODY_RE.pattern)


def _towns_in(text: str, towns: Optional[re.Pattern]) -> list[str]:
    """The townships of ``towns`` that ``text`` names, as written, once each."""
    if towns is None:
        return []
    norm = normalise(text)         # the same length as the text: offsets carry over
    return list(dict.fromkeys(text[m.start():m.end()] for m in towns.finditer(norm)))


def _as_written(line: Optional[Line], norm: str) -> str:
    """``norm``, text the duty reader read in a line's normalised form, as the line writes it
    (traditional characters, half-width punctuation): ``normalise`` keeps every offset, so the
    same span of the original is it. Text not found on that line alone (a clause joined over
    hard-wrapped lines) stays as read."""
    if line is None or line.text == line.norm:
        return norm
    k = line.norm.find(norm)
    if k >= 0:
        return line.text[k:k + len(norm)]
    if "（" in line.norm:
        # read without a mirror's pinyin glosses (duties read 部門（mén）負（fù）責 as 部门负责): the
        # span of the line that is the text with its glosses
        span = glossed_span(line.norm, norm)
        if span:
            return line.text[span[0]:span[1]]
    return norm


#: how far back a subject carried over a list is looked for as its own line writes it
_CARRIED_BACK = 200


def _written_chars(lines: Iterable[Line]) -> dict[str, str]:
    """The document's own spelling of each character its reading folds (traditional
    characters, half-width brackets): folded character -> the one the document writes, where the
    document writes it one way only (发 is 發 in one text; 后 written 後 and 后 is left)."""
    seen: dict[str, set[str]] = {}
    for line in lines:
        if line.text != line.norm and len(line.text) == len(line.norm):
            for a, b in zip(line.norm, line.text):
                if a != b:
                    seen.setdefault(a, set()).add(b)
    for line in lines:
        # a folded character the document also writes as it is (后 beside 後): not one way only
        for a in seen.keys() & set(line.text):
            seen[a].add(a)
    return {a: next(iter(bs)) for a, bs in seen.items() if len(bs) == 1}


def _carried_as_written(written: dict[int, Line], number: int, norm: str,
                        chars: Callable[[], dict[str, str]]) -> str:
    """``norm``, a duty's holder, as the document writes it: on the duty's own line, else on
    the nearest line above that holds it (a subject carried over an enumerated list from the
    line that names it: 第九條開發區管理委員會行使下列職權： then （壹）編制…), so a holder in
    traditional characters is shown as written there. A holder no line writes (a name the
    reader composed from a list: 市場監督、稅務等行政管理部門 -> 税务行政管理部门) is spelt with the
    characters the document writes (``chars()``: :func:`_written_chars`): 稅務行政管理部門."""
    got = _as_written(written.get(number), norm)
    if got != norm or not norm:
        return got
    for n in range(number - 1, max(number - _CARRIED_BACK, 0), -1):
        line = written.get(n)
        if line is not None and norm in line.norm:
            return _as_written(line, norm)
    own = chars()
    return "".join(own.get(c, c) for c in norm)


def enrich_document(doc: Document, tasks: Sequence[Task], known: Callable[[str], bool],
                    raw: Iterable[RawAssignment] = ()) -> Enrichment:
    """Read laws, cites, duty clauses, groups, places and unit mentions of one document.
    ``raw`` are the annotation-derived assignments already read (tasks that have them get no
    ``mention`` links)."""
    out = Enrichment()
    file = doc.span.file
    out.laws = scan_laws(doc.lines, doc.jurisdiction)
    out.cites = scan_cites(doc.lines, doc.number)
    by_line = _line_tasks(doc, tasks)
    annotated = {r.task_id for r in raw}
    extra: dict[str, Task] = {}

    def doc_task() -> Task:
        t = _doc_task(doc)
        extra.setdefault(t.task_id, t)
        return extra[t.task_id]

    # ---- leading groups
    members, offices, unit_members = extract_groups(doc, known)
    seen_office = set()
    for o in offices:
        if (o.group, o.sits_in) not in seen_office:
            seen_office.add((o.group, o.sits_in))
            out.offices.append(o)
    out.groups = members
    group_tasks: dict[str, Task] = {}
    for g in sorted({m.group for m in members} | {um[0] for um in unit_members}):
        path = (g,)
        lines = [m.source.line for m in members if m.group == g] + [
            um[2].line for um in unit_members if um[0] == g]
        t = Task(ids.task_id(doc.doc_id, path), doc.doc_id, path, g, g, Span(file, min(lines), max(lines)), "group")
        group_tasks[g] = t
        extra[t.task_id] = t
    member_units: set[tuple[str, str]] = set()
    for k, m in enumerate(members):
        if m.group not in group_tasks or m.role.startswith("办公室"):
            continue        # (the office's staff: their own bodies are no members by that seat)
        for p in m.posts:
            if not p.unit or (m.group, p.unit) in member_units or p.unit.endswith("办公室") and p.unit.startswith(m.group):
                continue
            member_units.add((m.group, p.unit))
            out.raw.append(RawAssignment(group_tasks[m.group].task_id, Mention(p.unit, m.source),
                                         "member", "group", label=m.role, order=k))
    for k, (g, name, src, label, lookup) in enumerate(unit_members, start=len(members)):
        # 成员单位：县委宣传部、县财政局; 组长由县长担任: the group's member units, no person named
        if (g, name) not in member_units:
            member_units.add((g, name))
            out.raw.append(RawAssignment(group_tasks[g].task_id, Mention(name, src), "member", "group",
                                         label=label, order=k, lookup=lookup))

    # ---- leaders' division of work: each leader's lines are a task of its own (kind
    # ``division``), the leader its responsible post, the units it oversees its ties
    written = {ln.number: ln for ln in doc.lines}
    # a document whose lines all read as written (no traditional characters, no half-width
    # punctuation folded): its holders are as the reader read them
    folds = any(ln.text != ln.norm for ln in doc.lines)
    chars_memo: list[dict[str, str]] = []

    def own_chars() -> dict[str, str]:
        if not chars_memo:
            chars_memo.append(_written_chars(doc.lines))
        return chars_memo[0]
    for k, div in enumerate(read_divisions(
            [(ln.number, ln.norm) for ln in doc.lines if not ln.blank and not ln.is_cell], known)):
        path = ("分工", f"{div.leader.written}#{k + 1}")
        first, last = div.lines[0][0], div.lines[-1][0]
        text = "\n".join(t for _n, t in div.lines)
        shown = "\n".join(written[n].text.strip() for n, _t in div.lines)
        t = Task(ids.task_id(doc.doc_id, path), doc.doc_id, path, text, shown,
                 Span(file, first, last), DIVISION_KIND)
        extra[t.task_id] = t
        out.posts.append(TaskPost(t.task_id, _as_written(written.get(div.leader.line),
                                                         div.leader.written),
                                  "person" if div.leader.person else "post", "responsible", "分工",
                                  Source(file, div.leader.line)))
        for order, link in enumerate(div.links):
            out.raw.append(RawAssignment(t.task_id,
                                         Mention(_as_written(written.get(link.line), link.mention),
                                                 Source(file, link.line)),
                                         link.role, "division", label=link.label, order=order,
                                         lookup=link.lookup))

    # ---- duty clauses: each is a task of its own (its text and line), under the task
    # whose span holds its line (or the document's stand-in task outside the outline);
    # a table's cells are read by the outline, but for the notes row's sentences
    notes_cells = _notes_cells(doc.lines)
    lines = [(ln.number, ln.norm) for ln in doc.lines
             if not ln.blank and (not ln.is_cell or ln.number in notes_cells)]
    duties_by_task: dict[str, list] = {}
    labels = {compact(r.label) for r in raw if r.label}
    for d in read_duties_of_lines(lines, known, doc.place.level if doc.place else None,
                                  doc.place.adcode if doc.place else None):
        if _refers_to_labelled(d.mention, labels):
            continue
        task = by_line.get(d.line) or doc_task()
        duties_by_task.setdefault(task.task_id, []).append((task, d))
    for tid in sorted(duties_by_task, key=lambda x: duties_by_task[x][0][1].line):
        items = duties_by_task[tid]
        task = items[0][0]
        clauses = list(dict.fromkeys((d.line, d.clause, d.source) for _t, d in items))
        sub: dict[tuple[int, str], Task] = {}
        for n, (line, clause, source) in enumerate(clauses, 1):
            if compact(task.text) == clause and task.path != ("(document)",):
                continue            # the clause is the task itself
            path = task.path + (f"duty{n}",)
            st = Task(ids.sub_task_id(task.task_id, f"duty{n}"), doc.doc_id, path, clause,
                      _as_written(written.get(line), source or clause), Span(file, line, line),
                      "duty", parent_id=task.task_id)
            sub[(line, clause)] = st
            extra[st.task_id] = st
        seen = set()
        for order, (_t, d) in enumerate(items):
            target = sub.get((d.line, d.clause), task)
            key = (target.task_id, compact(d.lookup or d.mention), d.role)
            if key in seen:
                continue
            seen.add(key)
            mention = _carried_as_written(written, d.line, d.mention, own_chars) if folds \
                else d.mention
            out.raw.append(RawAssignment(target.task_id, Mention(mention, Source(file, d.line)),
                                         d.role, d.via, label=d.clause, order=order,
                                         lookup=d.lookup,
                                         deadline=deadline_in_clause(d.clause) if d.via == "prose" else None))

    # ---- mentions (tasks without annotations) and places
    all_tasks = list(tasks) + [t for t in extra.values() if t.kind not in ("group", DIVISION_KIND)]
    texts = [(t, t.text, t.span.first_line) for t in all_tasks if t.kind != "duty"]
    if doc.issuer is None:
        # an untitled text (news, report): what lies outside its outline is the document's
        rest = [ln for ln in doc.lines if not ln.blank and ln.number not in by_line]
        if rest:
            texts.append((doc_task(), "\n".join(ln.norm for ln in rest), rest[0].number))
    gaz = load_places(doc.jurisdiction)
    place_names = [n for p in gaz.places for n in (p.name, *p.aliases)]
    towns = _towns_named(raw)
    for t, text, line in texts:
        if t.task_id not in annotated and t.kind not in ("group",):
            found = find_units(text, known, place_names)
            # a township the document lists elsewhere, named in a task's running text
            found += [n for n in _towns_in(text, towns) if n not in found]
            for k, name in enumerate(found):
                if compact(name).endswith("部门") or compact(name).startswith(("各", "有关", "相关")):
                    continue
                out.raw.append(RawAssignment(t.task_id, Mention(name, Source(file, line)),
                                             "mentioned", "mention", order=k))
        for place, written in gaz.find(text):
            out.places.append(TaskPlace(t.task_id, place.name, place.adcode, written,
                                        Source(file, line)))
    out.tasks = sorted(extra.values(), key=lambda t: (t.span.first_line, t.task_id))
    return out


def drop_duplicates(assignments: Sequence[Assignment], tasks: Sequence[Task]) -> list[Assignment]:
    """Drop an assignment that repeats one before it (same task, unit, role and way) and
    enrichment assignments that repeat what an annotation already says: a prose duty
    or a mention of a unit the task (or its parent) already has from an annotation, and a
    mention of a unit the task already has from a prose duty. A duty clause that is a task
    of its own (``kind == "duty"``) is kept: it says more precisely what the unit does than
    the annotation of the task around it."""
    parent = {t.task_id: t.parent_id for t in tasks if t.kind != "duty"}
    stated: set[tuple[str, str]] = set()
    prose: set[tuple[str, str]] = set()
    for a in assignments:
        if a.raw.via in ANNOTATION_VIAS:
            stated.add((a.task_id, a.unit.unit_id))
        elif a.raw.via == "prose":
            prose.add((a.task_id, a.unit.unit_id))
    out = []
    kept: set[tuple] = set()
    for a in assignments:
        # one mention giving the same unit the same role in the same task twice (a short name
        # defined over several units that all resolve to one) is one fact
        same = (a.task_id, a.unit.unit_id, a.raw.role, a.raw.via, a.raw.deadline, a.raw.mention)
        if same in kept:
            continue
        kept.add(same)
        if a.raw.via in ("prose", "conduct", "mention"):
            tid, uid = a.task_id, a.unit.unit_id
            keys = {(tid, uid)}
            if parent.get(tid):
                keys.add((parent[tid], uid))
            if keys & stated:
                continue
            if a.raw.via == "mention" and keys & prose:
                continue
        out.append(a)
    return out


# the label of a table's notes row (备  注, 说明, 注): the cell after it is written as sentences
NOTES_LABEL_RE = re.compile(r"^(?:备注|附注|说明|注)[:：]?$")


def _notes_cells(lines) -> set[int]:
    """The numbers of the cells that hold a table's notes: the next non-blank cell after a cell
    that only says 备注 (or 说明, 注), when it is written as sentences (a full stop in it). Such
    a note may hand work out (2.广阳区、安次区…老旧管网更新由A和B分别负责。), which no column of
    the table says."""
    out: set[int] = set()
    label = False
    for ln in lines:
        if ln.blank:
            continue
        if not ln.is_cell:
            label = False
            continue
        if label and "。" in ln.norm and len(compact(ln.norm)) >= 20:
            out.add(ln.number)
        label = bool(NOTES_LABEL_RE.match(compact(ln.norm)))
    return out

