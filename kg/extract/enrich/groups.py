"""Leading groups (领导小组), joint meetings (联席会议) and their members.

A member list reads::

    组　长：侯晓平　常务副市长
    副组长：陈桂杰　市政府副秘书长
    　　　　李晓东　市统计局局长
    成　员：尚秋霞　市委宣传部副部长、市政府新闻办主任
    ……
    廊坊市第五次全国经济普查领导小组办公室设在市统计局，办公室主任由李柏霖同志兼任。

A role label (组长, 副组长, 召集人, 副召集人, 成员, 主任, 副主任) opens a run of person lines
(``name<space>posts``); unlabeled person lines continue the last role. Two-character names are
printed with a space inside (``秦　涛``): the name is normalised, the written form kept. Each
post (``市政府副市长、市公安局局长``; ``…党工委书记兼管委会主任``) is split into the unit as
written and the title; a post without a unit (``副局长`` after ``市公安局党委副书记``) takes the
unit of the post before it; a bare head-of-government title (``市长``, ``常务副市长``) is a post
in that level's government (``市人民政府``, as the lexicon names it, else placed in the document's
jurisdiction as any unit); ``清源镇镇长`` is a post of 清源镇 (its government).
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from ...model import Document, GroupMember, GroupOffice, Line, Post, Source
from ...patterns import GROUP_SUFFIX, HAN, HAN_RANGE
from ...text import compact
from ..annotations import unit_items

ROLE_LABEL_RE = re.compile(r"^\s*(组\s*长|副\s*组\s*长|召\s*集\s*人|副\s*召\s*集\s*人|成\s*员|"
                           r"主\s*任|副\s*主\s*任|常务副组长|执行组长|第一组长|"
                           # (a headquarters' seats: 指挥长, 常务副指挥长, 总指挥)
                           r"常务副指挥长|副\s*指\s*挥\s*长|指\s*挥\s*长|常务副总指挥|副\s*总\s*指\s*挥|总\s*指\s*挥)"
                           r"\s*[：:]\s*(.*)$")
# a group's member units listed on a line (成员单位：县委宣传部、县财政局、各镇人民政府), no persons
MEMBER_UNITS_RE = re.compile(r"^\s*(?:成\s*员\s*单\s*位|组\s*成\s*单\s*位|成员部门)\s*[：:]\s*(.+)$")
_GROUP_CHAR = "[" + HAN_RANGE + r"（）“”\d]"      # a character of a group's name
GROUP_LINE_RE = re.compile("^" + _GROUP_CHAR + "{4,50}?" + GROUP_SUFFIX + "$")
GROUP_IN_TEXT_RE = re.compile("(?:成立|对|调整(?:后的)?)(" + _GROUP_CHAR + "{2,50}?" + GROUP_SUFFIX + ")")
OFFICE_RE = re.compile("(" + _GROUP_CHAR + "{0,50}?" + GROUP_SUFFIX + r")?办公室设在"
                       r"([\u4e00-\u9fff（）]{2,30}?)(?:[，,。；]|$)")
DIRECTOR_RE = re.compile(r"(副?主任)由([\u4e00-\u9fff　 ]{2,8}?)同志(?:兼任|担任|负责)")
NAME_CHARS = "[" + HAN_RANGE + "·]"          # a character of a person's name
TITLE_RE = re.compile(
    r"((?:党委|党组|党工委|管委会)?(?:常务|专职|执行)?副?"
    r"(?:市长|县长|区长|省长|州长|旗长|镇长|乡长|局长|主任|部长|书记|秘书长|主席|行长|关长|会长|社长|院长|校长|司令员|政委|"
    r"处长|科长|队长|站长|所长|总经理|董事长|理事长|总会计师|总工程师|总经济师|总师|检察长|"
    r"常委|委员|主任委员|成员|调研员|巡视员|督察长|警长|专员|组长)"
    r"|[一二三四]级(?:高级)?(?:调研员|巡视员|警长|主任科员)|党组成员|党委委员|新闻发言人)$")
SUB_ORGAN_RE = re.compile("^" + HAN + "{1,10}?(?:办公室|服务中心|中心|办)")
LEVEL_RE = re.compile("^(市|县|区|省|中共|中国|国家|" + HAN + "{2,4}(?:市|县|区))")
GOV_TITLE_RE = re.compile(r"^(常务)?副?(省|市|州|盟|县|区|旗|镇|乡)长$")


def normalise_role(label: str) -> str:
    return "".join(label.split())


def split_person(text: str) -> Optional[tuple[str, str, str]]:
    """``秦　涛　市委编办四级调研员`` -> (秦涛, 秦　涛, 市委编办四级调研员)."""
    t = text.strip(" 　\t")
    toks = [x for x in re.split(r"[ 　\t]+", t) if x]
    if len(toks) < 2:
        return None
    if (len(toks) >= 3 and re.fullmatch(NAME_CHARS, toks[0]) and re.fullmatch(NAME_CHARS + "{1,2}", toks[1])):
        written = re.match(r"^(" + re.escape(toks[0]) + r"[ 　]+" + re.escape(toks[1]) + r")", t).group(1)
        name, rest = toks[0] + toks[1], " ".join(toks[2:])
    elif re.fullmatch(NAME_CHARS + "{2,4}", toks[0]):
        written, name, rest = toks[0], toks[0], " ".join(toks[1:])
    else:
        return None
    if not rest or not re.search(r"[\u4e00-\u9fff]", rest):
        return None
    return name, written, "".join(rest.split())


def split_posts(posts: str, known: Callable[[str], bool]) -> tuple[Post, ...]:
    """Split ``市政府副市长、市公安局局长`` into posts with unit and title."""
    out: list[Post] = []
    prev_unit: Optional[str] = None
    pieces = [p for p in re.split(r"[、，,；]|兼(?=[\u4e00-\u9fff]{2})", posts) if p]
    for piece in pieces:
        unit, title = _unit_and_title(piece, known, prev_unit)
        out.append(Post(piece, unit, title))
        if unit:
            prev_unit = unit
    return tuple(out)


def _unit_and_title(piece: str, known: Callable[[str], bool],
                    prev_unit: Optional[str]) -> tuple[Optional[str], str]:
    # the longest prefix the lexicon knows, extended by a sub-organ it holds
    # (市政府新闻办主任 -> 市政府新闻办; 市人社局就业服务中心主任 -> 市人社局就业服务中心)
    for k in range(len(piece) - 1, 1, -1):
        if known(piece[:k]):
            sub = SUB_ORGAN_RE.match(piece[k:])
            if sub and TITLE_RE.fullmatch(piece[k + sub.end():] or "-"):
                return piece[:k + sub.end()], piece[k + sub.end():]
            return piece[:k], piece[k:]
    tm = TITLE_RE.search(piece)
    if tm and tm.start() > 0:
        head = piece[:tm.start()]
        # 管委会主任 after 临空经济区（廊坊）党工委书记: the organ of the previous unit's place
        if prev_unit and head in ("管委会", "党工委", "党委", "党组"):
            return _sibling(prev_unit, head), piece[tm.start():]
        # 广阳区委常委、政法委书记: 政法委 of the same place
        if prev_unit and not known(head) and not LEVEL_RE.match(head) and prev_unit.endswith("委"):
            return prev_unit + head, piece[tm.start():]
        return head, piece[tm.start():]
    if GOV_TITLE_RE.match(piece):
        level = GOV_TITLE_RE.match(piece).group(2)
        for cand in (level + "人民政府", level + "政府"):
            if known(cand):
                return cand, piece
        return level + "人民政府", piece       # (no lexicon: the level's government, placed as any unit)
    if prev_unit:
        return prev_unit, piece
    return None, piece


def _sibling(prev_unit: str, organ: str) -> str:
    m = re.match(r"^(.+?)(党工委|管委会|党委|党组)$", prev_unit)
    base = m.group(1) if m else prev_unit
    return base + organ


def _group_name(lines: Sequence[Line], start: int, doc: Document) -> Optional[str]:
    """The group a member list belongs to: the nearest heading line naming a group, or the
    group named in the sentence before the list (成立…领导小组 / 对…联席会议部分成员进行调整)."""
    for k in range(start - 1, max(-1, start - 12), -1):
        t = compact(lines[k].norm)
        if not t:
            continue
        if GROUP_LINE_RE.match(t) and not t.startswith(("关于", "附件")):
            return t
        found = GROUP_IN_TEXT_RE.findall(t)
        if found:
            # the fullest form (对廊坊市…联席会议部分成员进行调整，调整后的联席会议…)
            return _full_name(max(found, key=len), lines, start)
    m = GROUP_IN_TEXT_RE.findall(compact(doc.title))
    return _full_name(max(m, key=len), lines, start) if m else None


def _full_name(name: str, lines: Sequence[Line], start: int) -> str:
    return re.sub(r"^(关于|调整|成立)+", "", name)


def extract_groups(doc: Document, known: Callable[[str], bool]
                   ) -> tuple[list[GroupMember], list[GroupOffice], list[tuple[str, str, Source]]]:
    """Every member list and office statement of a document, and the member units listed
    without persons (``成员单位：A、B``): (group, unit as written, source)."""
    lines = doc.lines
    members: list[GroupMember] = []
    offices: list[GroupOffice] = []
    unit_members: list[tuple[str, str, Source]] = []
    group: Optional[str] = None
    role: Optional[str] = None
    for i, ln in enumerate(lines):
        if ln.blank:
            continue
        text = ln.norm
        mu = MEMBER_UNITS_RE.match(text)
        if mu:
            g = group if role is not None and group is not None else _group_name(lines, i, doc)
            if g is not None:
                for name, _lookup in unit_items(mu.group(1).rstrip("。；; ")):
                    unit_members.append((g, name, Source(ln.file, ln.number)))
            role = None
            continue
        m = ROLE_LABEL_RE.match(text)
        if m:
            if role is None:
                group = _group_name(lines, i, doc)
            role = normalise_role(m.group(1))
            rest = m.group(2)
            if group is None:
                role = None
                continue
            person = split_person(rest)
            if person:
                members.append(_member(group, role, person, ln, known))
            continue
        if role is not None and group is not None:
            person = split_person(text)
            if person and not re.search(r"[。；：:]", person[2]):
                members.append(_member(group, role, person, ln, known))
                continue
            role = None
        ctext = compact(text)
        # OFFICE_RE opens with an optional lazy group tried at every position: the literal it
        # needs is looked for first
        om = OFFICE_RE.search(ctext) if "办公室设在" in ctext else None
        if om:
            g = om.group(1) or group or _group_name(lines, i, doc)
            if g and not g.startswith(("关于",)):
                g = re.sub(r"^(关于|调整|成立)+", "", g)
                if group and g.endswith(group[-4:]) and len(g) < len(group):
                    g = group      # 领导小组办公室设在… : the group named above
                offices.append(GroupOffice(g, g + "办公室", om.group(2),
                                           Source(ln.file, ln.number)))
                for dm in DIRECTOR_RE.finditer(compact(text)):
                    name = "".join(dm.group(2).split())
                    members.append(GroupMember(g, name, dm.group(2).strip(), "办公室" + dm.group(1),
                                               (Post(g + "办公室" + dm.group(1), g + "办公室",
                                                     dm.group(1)),),
                                               Source(ln.file, ln.number)))
    return members, offices, unit_members


def _member(group: str, role: str, person: tuple[str, str, str], ln: Line,
            known: Callable[[str], bool]) -> GroupMember:
    name, written, posts = person
    k = ln.norm.find(written)
    if k >= 0:
        written = ln.text[k:k + len(written)]      # as printed (full-width spaces kept)
    return GroupMember(group, name, written, role, split_posts(posts, known),
                       Source(ln.file, ln.number))
