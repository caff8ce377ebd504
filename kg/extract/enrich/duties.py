"""Duty clauses in prose (``via: "prose"``).

Regulations and plans give duties in running text rather than in annotations::

    卫生健康部门负责各级各类医疗卫生机构……的监督管理。
    由市委网信办负责12345平台软硬件建设，市公安局牵头负责打通……
    涉及普查经费方面的事项，由市财政局负责和协调。
    市民政局、市发展改革委牵头，会同有关部门……
    财政、市场监督管理、人力资源和社会保障等部门协助……
    领导小组办公室设在市统计局

A clause (text between ``，；。``) that opens with a list of units (optionally after ``由``)
followed by a duty verb gives those units a role: 负责 -> responsible, 牵头 -> lead,
配合/会同 -> support, 协助/协同 -> assist. ``A会同B负责…`` makes B a supporter. Subjects that are
generic collectives (``各地各部门``, ``各级…``, ``有关部门``, ``各县（市、区）``) are exhortations,
not assignments, and are skipped, as are annotations in brackets (the annotation parser reads
those). The result is pure: mentions as written, with an expanded lookup form where a list is
elliptical; the pipeline resolves them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from ..annotations import looks_like_unit, unit_items
from ...text import compact

VERBS = [
    ("牵头负责", "lead"), ("具体负责", "responsible"), ("负责", "responsible"), ("牵头", "lead"),
    ("协助", "assist"), ("配合", "support"),
]
VERB_RE = "|".join(v for v, _ in VERBS)
ROLE_OF = dict(VERBS)
MANNER = (r"(?:在[^，。；]{0,20}?领导下|分工|根据各自职责|按照各自职责|按各自职责|按照职责分工|按职责分工|"
          r"按照职责|按职责|依据职责|依法|分别|共同|要|应当|应)*")
CLAUSE_RE = re.compile(r"^(?:由|请|并由)?(?P<subj>[^，。；：:]{2,200}?)" + MANNER + r"(?P<verb>" + VERB_RE + r")")
OFFICE_RE = re.compile(r"办公室设在(?P<unit>[\u4e00-\u9fff（）]{2,30}?)(?:[，,。；]|$)")
GENERIC_START = ("各", "有关", "相关", "其他", "其它", "全市", "全省", "我市", "本市", "县级", "乡（镇）", "乡镇",
                 "单位", "个人", "居民", "村民", "社会", "企业", "群众", "政府", "物业", "所在地")
GENERIC_NAMES = re.compile(r"^(市、县（市、区）|市县|市、县|县（市、区）|各级)")
BRACKET_RE = re.compile(r"（[^（）]{6,}）")


BY_RE = re.compile(r"^由(?P<subj>[^，。；：:]{2,40}?)(?:协调|承担|组织实施|统筹)")
JOINT_RE = re.compile(r"^(?P<subj>[^，。；：:]{2,40}?)(?:要|应当|应|将)?(?:会同|协同)(?P<obj>[^，。；：:]{2,80})")
# in a list of duties (第七条 …按各自职责做好…：（九）农业农村部门抓好…) a line that opens with a
# unit and 做好/抓好 states that unit's duty too
OPENING_RE = re.compile(r"^(?P<subj>[^，。；：:]{2,40}?)" + MANNER + r"(?:抓好|做好)")


def _leading_units(text: str, known: Callable[[str], bool]) -> list[tuple[str, Optional[str]]]:
    """The units a phrase starts with: ``住房和城乡建设部门、市场监督管理部门制定…``."""
    out: list[tuple[str, Optional[str]]] = []
    for piece in text.split("、"):
        best = None
        for k in range(len(piece), 1, -1):
            cand = piece[:k]
            if known(cand) and not cand.startswith(GENERIC_START) and "有关" not in cand \
                    and "相关" not in cand:
                best = cand
                break
        if best is None:
            break
        out.append((best, None))
        if len(best) < len(piece):
            break
    return out


@dataclass(frozen=True)
class Duty:
    mention: str
    lookup: Optional[str]
    role: str
    clause: str        # the clause as read (normalised), from the subject on
    line: int
    order: int


MARKER_RE = re.compile(r"^[\s　]*(（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}[、是]|"
                       r"\d{1,2}[.．、]|第[一二三四五六七八九十百\d]{1,4}条|[（(]\d{1,2}[）)])[\s　]*")
SHARED_LEVELS_RE = re.compile(r"^(市|省)、县（市、区）")


SENTENCE_END = "\x00"
# 由市委组织部、宣传部、编办，市发改委、教育局……等单位分工负责: one list across commas
BY_LIST_RE = re.compile(r"由(?P<list>[^。；由]{2,300}?)(?P<verb>(?:等(?:单位|部门))?(?:分工负责|共同负责|负责|牵头))")


def _join_list(m: re.Match) -> str:
    pieces = m.group("list").split("，")
    if len(pieces) > 1 and all(re.match(r"^(市|县|区|省|中共)", p) for p in pieces):
        return "由" + "、".join(pieces) + m.group("verb")
    return m.group(0)


def _clauses(text: str) -> list[str]:
    """Clauses of a line; a sentence end is marked by a SENTENCE_END pseudo-clause."""
    text = MARKER_RE.sub("", text)
    text = BRACKET_RE.sub("", text)
    text = re.sub(r"（以下简称[^（）]*）", "", text)
    # 卫生健康部门在政府的领导下，牵头编制… : keep the subject with its verb
    text = re.sub(r"(在[^，。；]{0,20}?领导下)，", r"\1", text)
    text = BY_LIST_RE.sub(_join_list, text)
    text = re.sub(r"[。！？]", "，" + SENTENCE_END + "，", text)
    return [c for c in re.split(r"[，；;]", text) if c.strip()]


def _subject_units(subj: str, known: Callable[[str], bool]) -> Optional[list[tuple[str, Optional[str]]]]:
    s = subj.strip(" 　")
    if not s or s.startswith(GENERIC_START) or GENERIC_NAMES.match(s):
        return None
    items = unit_items(s, known)
    if not items:
        return None
    # 民政、发展改革部门 : bare heads share the last item's generic suffix
    last = compact(items[-1][0])
    sm = re.search(r"(部门|机关|主管部门)$", last)
    if sm and len(items) > 1:
        items = [(n, lk) if lk or looks_like_unit(n) or known(n) else (n, n + sm.group(1))
                 for n, lk in items]
    out = []
    for name, look in items:
        n = compact(name)
        if n.startswith(GENERIC_START) or "有关" in n or "相关" in n:
            return None
        if not (known(look or name) or known(name) or (looks_like_unit(name) and _specific(n))):
            return None
        out.append((name, look))
    return out


def _specific(name: str) -> bool:
    """A unit name specific enough to stand alone: level prefix and an organ suffix."""
    return bool(re.match(r"^(市委|市政府|市|县委|县|区委|区|省委|省)[\u4e00-\u9fff（）]{1,20}"
                         r"(局|委|办|委员会|办公室|中心|院|联|会|部|厅|处|队)$", name)
                and not name.startswith(("市场", "市政", "县级", "区域", "省级")))


def read_duties(text: str, line: int, known: Callable[[str], bool]) -> list[Duty]:
    """Duty clauses of one line of text."""
    out: list[Duty] = []
    order = 0
    last_subject: Optional[list] = None
    n_clause = -1
    prev = ""
    for clause in _clauses(text):
        if clause == SENTENCE_END:
            last_subject = None
            n_clause = -1
            prev = ""
            continue
        n_clause += 1
        c = compact(clause)
        if c.startswith("由") and prev:
            # 涉及普查经费方面的事项，由市财政局负责和协调: the duty's matter is the clause before
            c_text = prev + "，" + c
        else:
            c_text = c
        prev = c
        om = OFFICE_RE.search(c)
        if om:
            units = _subject_units(om.group("unit"), known)
            last_subject = units
            if units:
                for name, look in units:
                    out.append(Duty(name, look, "responsible", c, line, order))
                    order += 1
            continue
        m = CLAUSE_RE.match(c)
        if not m:
            bm = BY_RE.match(c)
            if bm:
                units = _subject_units(bm.group("subj"), known)
                for name, look in units or []:
                    out.append(Duty(name, look, "responsible", c_text, line, order))
                    order += 1
                last_subject = units or last_subject
                continue
            om2 = OPENING_RE.match(c) if n_clause == 0 else None
            if om2:
                units = _subject_units(om2.group("subj"), known)
                for name, look in units or []:
                    out.append(Duty(name, look, "responsible", c, line, order))
                    order += 1
                last_subject = units or last_subject
                continue
            jm = JOINT_RE.match(c)
            if jm:
                units = _subject_units(jm.group("subj"), known)
                if units:
                    for name, look in units:
                        out.append(Duty(name, look, "responsible", c, line, order))
                        order += 1
                    for name, look in _leading_units(jm.group("obj"), known):
                        out.append(Duty(name, look, "support", c, line, order))
                        order += 1
                    last_subject = units
                continue
            vm = re.match(r"^(并|还|同时)?(" + VERB_RE + ")", c)
            if last_subject and vm:
                for name, look in last_subject:
                    out.append(Duty(name, look, ROLE_OF[vm.group(2)], c, line, order))
                    order += 1
            elif "要" in c or ("、" in c and re.search(r"(部门|单位|方面)$", c)) \
                    or c.endswith("有关方面"):
                last_subject = None     # another subject has taken over
            continue
        subj, verb = m.group("subj"), m.group("verb")
        if "由" in subj:          # 涉及…的事项由市财政局负责
            subj = subj.rsplit("由", 1)[1]
        role = ROLE_OF[verb]
        partners: list[tuple[str, Optional[str]]] = []
        for joiner in ("会同", "协同", "联合", "配合"):
            if joiner in subj:
                subj, other = subj.split(joiner, 1)
                partners = _subject_units(other, known) or []
                break
        shared = SHARED_LEVELS_RE.match(subj)
        if shared:
            # 市、县（市、区）爱卫办: the regulation's own level is the one the lexicon holds
            rest_name = subj[shared.end():]
            look = shared.group(1) + rest_name
            if known(look) and not rest_name.startswith(GENERIC_START):
                out.append(Duty(subj, look, role, c, line, order))
                order += 1
            continue
        units = _subject_units(subj, known)
        if not units:
            continue
        rest = c[m.end():]
        if verb == "牵头" and re.match(r"^[，]?负责", rest):
            role = "lead"
        for name, look in units:
            out.append(Duty(name, look, role, c_text, line, order))
            order += 1
        last_subject = units
        for name, look in partners:
            out.append(Duty(name, look, "support", c, line, order))
            order += 1
        # A牵头，会同B… : B supports (the next clause)
    # second pass: 会同/配合 objects right after a lead clause
    clauses = [c for c in _clauses(text) if c != SENTENCE_END]
    for k, clause in enumerate(clauses[1:], 1):
        c = compact(clause)
        cm = re.match(r"^(会同|配合|协助)([^，。；]{2,60}?)(?:共同|做好|开展|推进|研究|制定|负责|，|$)", c)
        if not cm or not any(d.role in ("lead", "responsible") for d in out):
            continue
        units = _subject_units(cm.group(2), known)
        for name, look in units or []:
            out.append(Duty(name, look, "support" if cm.group(1) != "协助" else "assist", c, line, order))
            order += 1
    return out
