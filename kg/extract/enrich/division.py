"""A government's division of work among its leaders (领导分工): which leader oversees which units.

A division reads, leader by leader::

    陈寅常务副市长
    负责发展和改革、应急管理、…等工作。协助分管财政、审计工作。
    分管市发展和改革委员会（市物价局）及市粮食和物资储备局，市应急管理局，市统计局。协助分管市财政局，市审计局。
    联系市高院，市检察院。

or in one sentence (``根据分工，副市长张为分管市交通委员会及市道路运输管理局``), or with the leader
and the work on one line (``王某副县长：负责…工作。分管县教育局、县卫生局。``).

A leader is a line (or a line's head before ``：``) that is a post of a government's leadership
(市长, 常务副县长, 秘书长, 市长助理, 县委常委 …), maybe with a person's name before or after it;
the lines after it are that leader's until the next leader. A ``分管`` / ``协助分管`` / ``分管和联系单位``
clause opening a sentence lists the units the leader oversees (role ``overseen``), a ``联系``
clause the bodies the leader keeps in touch with (role ``liaison``); each listed item must be
formed like a unit's name (``分管工作`` lists nothing). Each leader's lines are a task of their
own (kind ``division``) with the leader as its responsible post; the units are its assignments
(``via: "division"``), never stated responsibility for a task (kept apart like a group's
members). A ``分管`` clause with no leader written before it (a page that shows the leader only in
its title) gives nothing here: its units stay the mentions the mention reader finds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from ...patterns import HAN, unglossed
from ...text import compact
from .. import annotations as ann

# the posts of a government's (or a Party committee's) leadership, a level word maybe first
_LEVEL = "(?:省|市|县|区|州|盟|旗|镇|乡|自治区|自治州|自治县|" + HAN + "{2,4}?(?:省|市|县|区|旗))?"
_CHIEF = "(?:省|市|县|区|州|盟|旗|镇|乡)长"
_POST = ("(?:" + _LEVEL + "(?:政府|人民政府|委|党委|党工委)?"
         "(?:(?:常务|第一|执行)?副?" + _CHIEF + "|" + _CHIEF + "助理|副?秘书长|常委"
         "|(?:党组|党委|党工委)?副?书记|(?:党组|党委)成员|副?主任|副?主席))")
_POSTS = _POST + "(?:[、，,]" + _POST + ")*"
# a person's name: two or three characters, not a word of the division's text (工作分工, 负责同志)
# nor a post's first part (常务, 县委)
_NAME = ("(?!工作|分工|负责|领导|同志|如下|常务|第一|执行|协助|受|由|经|对|向|请|报|在|按)(?:(?![委省市县区党政])" + HAN + "){2,3}?")
# a leader written alone: 陈寅常务副市长, 副市长 张为, 县委常委、常务副县长：王某, 龚正市长
LEADER_RE = re.compile("^(?:(?P<n1>" + _NAME + ")[ 　]*)?(?P<post>" + _POSTS + ")"
                       "(?:[ 　：:]*(?P<n2>" + _NAME + "))?[ 　]*[：:]?$")
# a leader opening its line as the subject of its work (王强常务副市长负责…；分管…)
LEADER_OPENS_RE = re.compile("^(?:(?P<n1>" + _NAME + ")[ 　]*)?(?P<post>" + _POSTS + ")"
                             "(?:[ 　]*(?P<n2>" + _NAME + "))?(?=[ 　]*(?:负责|主持|协助|分管|领导))")
# the clause openers: what follows lists units
_CLAUSE_RE = re.compile(r"(?P<verb>协助分管|分管和联系(?:单位|部门)?|分管(?:单位|部门)?|联系(?:单位|部门)?)[：:]?")
_SENTENCE_END = "。；;！!"
_LIST_END_RE = re.compile("[" + _SENTENCE_END + "]")
# 等单位 / 等部门 / 等工作 closing a list
_ETC_RE = re.compile(r"(?:等|以及)?(?:有关|相关)?(?:单位|部门|工作|方面(?:的)?工作)$")


@dataclass(frozen=True)
class Leader:
    """A leader heading a division of work: as written, and whether a person is named."""
    written: str
    line: int
    person: bool


@dataclass(frozen=True)
class DivisionLink:
    """One unit a leader oversees (``overseen``: 分管, 协助分管) or keeps in touch with
    (``liaison``: 联系), with the clause's verb as its label."""
    leader: Leader
    mention: str
    lookup: Optional[str]
    role: str
    label: str
    line: int


@dataclass
class Division:
    """One leader's lines: the leader, the lines (numbers, text as read) and the links."""
    leader: Leader
    lines: list[tuple[int, str]]
    links: list[DivisionLink]


def leader_of(text: str) -> Optional[Leader]:
    """``text`` as a leader's heading (a whole line, or a line's head before ``：``), else None."""
    t = compact(text).strip("：:")
    m = LEADER_RE.match(t) if 2 <= len(t) <= 24 else None
    if m is None:
        return None
    return Leader(text.strip(" 　：:"), 0, bool(m.group("n1") or m.group("n2")))


def _inline_leader(head: str) -> Optional[str]:
    """The leader written right before a clause (``根据分工，副市长张为`` -> 副市长张为)."""
    piece = re.split("[，,：:。；;]", head)[-1].strip(" 　")
    return piece if piece and leader_of(piece) else None


def _units(listed: str, known: Callable[[str], bool]) -> list[tuple[str, Optional[str]]]:
    """The units of a clause's list, or nothing when any item is not formed like a unit's name
    (``分管工作``, ``联系群众``): such a clause lists no bodies."""
    # 分管A、B等单位 / 联系A、B等群众团体: the units named, not the kind of the rest
    text = _ETC_RE.sub("", listed.strip(" 　，,、"))
    text = re.sub("等[^、，,]*$", "", text)
    if not text:
        return []
    items = ann.unit_items(text, known)
    if not items or any(not (ann.looks_like_unit(m) or known(lookup or m)) for m, lookup in items):
        return []
    return items


def _links(leader: Leader, number: int, text: str,
           known: Callable[[str], bool]) -> Iterable[DivisionLink]:
    for m in _CLAUSE_RE.finditer(text):
        before = text[:m.start()]
        if before and before[-1] not in _SENTENCE_END + "，,：: 　" and not _inline_leader(before):
            continue            # inside a word or a sentence (负责联系…, 不分管…)
        end = _LIST_END_RE.search(text, m.end())
        listed = text[m.end():end.start() if end else len(text)]
        verb = m.group("verb")
        role = "liaison" if verb.startswith("联系") else "overseen"
        for mention, lookup in _units(listed, known):
            yield DivisionLink(leader, mention, lookup, role, re.sub("(?:单位|部门)$", "", verb),
                               number)


# a line that goes on with a leader's work (负责…, 分管…, 协助…, 联系…, 领导…, 兼…): other lines end it
_DUTY_LINE_RE = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?)?"
                           r"(?:负责|分管|协助|联系|领导|主持|兼|主管|牵头|统筹|抓)")


def read_divisions(lines: Iterable[tuple[int, str]], known: Callable[[str], bool]) -> list[Division]:
    """The divisions of work of a document's lines ((number, normalised text), blank lines left
    out): each leader with its lines and the units its clauses list."""
    out: list[Division] = []
    current: Optional[Division] = None
    for number, norm in lines:
        text = unglossed(norm, after_han=True).strip(" 　")
        own = leader_of(text)
        if own is not None:
            # a leader alone on its line: the lines after it are its work
            current = Division(Leader(own.written, number, own.person), [(number, text)], [])
            out.append(current)
            continue
        head, sep, rest = text.partition("：")
        if sep and (own := leader_of(head)) is not None:
            # 王某副县长：负责…。分管…: the leader and its work on one line
            current = Division(Leader(own.written, number, own.person), [(number, text)], [])
            out.append(current)
            text = rest
        elif (m := LEADER_OPENS_RE.match(text)) is not None and 2 <= len(compact(m.group(0))) <= 24:
            # 王强常务副市长负责…。分管…: the leader is the subject of its line's work
            lead = leader_of(m.group(0))
            current = Division(Leader(lead.written, number, lead.person), [(number, text)], [])
            out.append(current)
        elif current is not None and _DUTY_LINE_RE.match(text):
            current.lines.append((number, text))
        else:
            current = None
            inline = next((lead for m in _CLAUSE_RE.finditer(text)
                           if (lead := _inline_leader(text[:m.start()]))), None)
            if inline is None:
                continue
            # a leader written in the sentence (根据分工，副市长张为分管…): this line only
            lead = leader_of(inline)
            division = Division(Leader(inline, number, lead.person), [(number, text)], [])
            out.append(division)
            division.links.extend(_links(division.leader, number, text, known))
            continue
        current.links.extend(_links(current.leader, number, text, known))
    return [d for d in out if d.links]
