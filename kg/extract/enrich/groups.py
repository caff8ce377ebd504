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
from ..annotations import looks_like_unit, unit_items

ROLE_LABEL_RE = re.compile(r"^\s*(组\s*长|副\s*组\s*长|召\s*集\s*人|副\s*召\s*集\s*人|成\s*员|"
                           r"主\s*任|副\s*主\s*任|常务副组长|执行组长|第一组长|"
                           # (a headquarters' seats: 指挥长, 常务副指挥长, 总指挥)
                           r"常务副指挥长|副\s*指\s*挥\s*长|指\s*挥\s*长|常务副总指挥|副\s*总\s*指\s*挥|总\s*指\s*挥)"
                           r"\s*[：:]\s*(.*)$")
# a group's member units listed on a line (成员单位：县委宣传部、县财政局、各镇人民政府), no persons
MEMBER_UNITS_RE = re.compile(r"^\s*(?:成\s*员\s*单\s*位|组\s*成\s*单\s*位|成员部门)\s*[：:]\s*(.+)$")
_GROUP_CHAR = "[" + HAN_RANGE + r"（）“”\d]"      # a character of a group's name
GROUP_LINE_RE = re.compile("^" + _GROUP_CHAR + "{4,50}?" + GROUP_SUFFIX + "$")
GROUP_IN_TEXT_RE = re.compile("(?:成立|对|调整(?:后的)?)(?:完善|优化|健全)?(" + _GROUP_CHAR + "{2,50}?" + GROUP_SUFFIX + ")")
OFFICE_RE = re.compile("(" + _GROUP_CHAR + "{0,50}?" + GROUP_SUFFIX + r")?办公室设在"
                       r"([\u4e00-\u9fff（）]{2,30}?)(?:[，,。；]|$)")
# the office's seats held by people written with their posts (办公室主任由县农业农村局局长张伟兼任;
# 副主任由中央网信办副主任盛荣华，最高人民法院副院长杨万明兼任)
OFFICE_SEAT_RE = re.compile(r"(?<![副务])((?:常务)?副?主任)由([^。；;：:]{2,200}?)(?:兼任|担任)")
DIRECTOR_RE = re.compile(r"(副?主任)由([\u4e00-\u9fff　 ]{2,8}?)同志(?:兼任|担任|负责)")
# a group named after its make-up (成立以X任组长、Y为成员的Z领导小组)
GROUP_AFTER_RE = re.compile("(?:(?:为(?:成员|组员)(?:单位)?|任(?:常务|第一)?副?组长)的|[，,]?(?:组成|成立))("
                            + _GROUP_CHAR + "{2,50}?" + GROUP_SUFFIX + ")")
# a group's make-up written in a sentence, not in labelled lines: its seats (组长由县长王强担任;
# 由市长任组长, 分管副市长任副组长; 区建设局局长曹庆良任组长) and its members (成员由县委宣传部、
# 县财政局主要负责同志组成; 成员单位包括A、B; 各乡镇主要领导为成员)
SEAT_WORD = r"(?:第一|常务|执行|双)?副?(?:组长|召集人|总指挥|指挥长)"
SEAT_HELD_RE = re.compile("(" + SEAT_WORD + r")由([^，,。；;：:]{2,80}?)(?:担任|兼任)")
SEAT_TAKEN_RE = re.compile(r"(?:^|[，,。；;：:]|由|以)([^，,。；;：:由以]{2,80}?)(?:任|为|担任)(" + SEAT_WORD
                           + r")(?=[，,。；;、]|的|$)")
MEMBERS_HELD_RE = re.compile(r"(?<!办公室)成员(单位)?(?:由|为|包括)([^。；;]{2,400}?)"
                             r"(?:组成|担任|兼任|构成|参加|(?=[。；;]|$))")
# the group itself made of bodies (联席会议由市场监管总局、中央宣传部…等N个部门和单位组成)
MADE_OF_RE = re.compile(GROUP_SUFFIX + r"(?:成员单位)?由([^。；;]{2,400}?)(?:组成|构成)")
MEMBERS_ARE_RE = re.compile(r"(?:^|[，,。；;：:])(?:以)?([^，,。；;：:]{2,300}?)为(?:成员|组员)(?:单位)?(?=[，,。；;的]|$)")
# what follows the bodies in a seat or a member list: their people (主要负责同志, 分管领导)
_PEOPLE_TAIL_RE = re.compile(r"(?:的)?(?:主要|分管|有关|相关|一名|1名)?(?:负责同志|负责人|领导同志|领导|负责领导|同志|代表|联络员)"
                             r"(?:各一名|各1名|各一人)?$")
# a post's qualifier between its body and its title (县人民政府分管副县长, 教育局分管安全的副局长)
_POST_QUALIFIER_RE = re.compile(r"分管(?:[\u4e00-\u9fff]{1,8}?(?:工作)?的)?|主管|主要")
_SEAT_SPLIT_RE = re.compile(r"[、，,]|及(?=[\u4e00-\u9fff]{2})|以及")
_GENERIC_MEMBER_RE = re.compile(r"^(?:以及|及|和)?(?:其他|各)?(?:有关|相关)?(?:部门|单位|部门和单位|部门、单位)$")
NAME_CHARS = "[" + HAN_RANGE + "·]"          # a character of a person's name
TITLE_RE = re.compile(
    r"((?:党委|党组|党工委|管委会)?(?:常务|专职|执行)?副?"
    r"(?:市长|县长|区长|省长|州长|旗长|镇长|乡长|局长|主任|部长|书记|秘书长|主席|行长|关长|会长|社长|院长|校长|司令员|政委|"
    r"处长|科长|队长|站长|所长|总经理|董事长|理事长|总会计师|总工程师|总经济师|总师|检察长|"
    r"常委|委员|主任委员|成员|调研员|巡视员|督察长|警长|专员|组长)"
    r"|[一二三四]级(?:高级)?(?:调研员|巡视员|警长|主任科员)|党组成员|党委委员|新闻发言人)$")
# the organ a title may open with (党委书记, 党工委副书记, 管委会主任), and a place written bare
# before it (镇, 乡, 白沙镇, 街道): the place's organ holds the post
_ORGAN_OF_TITLE_RE = re.compile(r"党委|党工委|党组|管委会")
_BARE_PLACE_RE = re.compile(HAN + r"{0,8}(?:镇|乡|街道|苏木)|[省市州盟县区旗镇乡]")
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
        organ = _ORGAN_OF_TITLE_RE.match(tm.group(0))
        if organ and _BARE_PLACE_RE.fullmatch(head):
            # 镇党委书记, 白沙镇党委副书记: the township's Party committee, not the township
            return head + organ.group(0), tm.group(0)[organ.end():]
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
        if t.endswith("成立") and GROUP_LINE_RE.match(t[:-2]) and not t.startswith(("关于", "附件")):
            return t[:-2]       # 湖北省第四次全国经济普查领导小组成立 (a news item's headline)
        found = GROUP_IN_TEXT_RE.findall(t)
        if found:
            # the fullest form (对廊坊市…联席会议部分成员进行调整，调整后的联席会议…)
            return _full_name(max(found, key=len), lines, start)
    m = GROUP_IN_TEXT_RE.findall(compact(doc.title))
    return _full_name(max(m, key=len), lines, start) if m else None


def _full_name(name: str, lines: Sequence[Line], start: int) -> str:
    return re.sub(r"^(关于|调整|成立)+", "", name)


def extract_groups(doc: Document, known: Callable[[str], bool]
                   ) -> tuple[list[GroupMember], list[GroupOffice],
                              list[tuple[str, str, Source, str, Optional[str]]]]:
    """Every member list and office statement of a document, and the member units listed
    without persons (``成员单位：A、B``; ``组长由县长担任``, ``成员由A、B主要负责同志组成``): (group,
    unit as written, source, its seat or 成员单位, the form it is looked up as or None)."""
    lines = doc.lines
    members: list[GroupMember] = []
    offices: list[GroupOffice] = []
    unit_members: list[tuple[str, str, Source, str, Optional[str]]] = []
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
                for name, lookup in unit_items(mu.group(1).rstrip("。；; ")):
                    unit_members.append((g, name, Source(ln.file, ln.number), "成员单位", lookup))
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
            elif rest.strip():
                # 组　长：县长; 成　员：县委办、县发改局…主要负责同志: posts and bodies, no person named
                # (a person written with no space, 县长王强, is found too)
                people: list = []
                bodies: list = []
                if role == "成员":
                    bodies = _member_bodies(rest, known)
                else:
                    _seat_holders(role, rest, known, people, bodies)
                _keep(group, people, bodies, ln, known, members, unit_members)
            continue
        if role is not None and group is not None:
            person = split_person(text)
            if person and not re.search(r"[。；：:]", person[2]):
                members.append(_member(group, role, person, ln, known))
                continue
            role = None
        ctext = compact(text)
        named_here: Optional[str] = None
        if ("组长" in ctext or "成员" in ctext or "召集人" in ctext or "指挥" in ctext or "组成" in ctext) \
                and not GROUP_LINE_RE.match(ctext):
            g, people, bodies = _composition(ctext, lines, i, doc, known)
            if g is not None:
                named_here = g
                _keep(g, people, bodies, ln, known, members, unit_members)
        # OFFICE_RE opens with an optional lazy group tried at every position: the literal it
        # needs is looked for first
        om = OFFICE_RE.search(ctext) if "办公室设在" in ctext else None
        if om:
            g = om.group(1) or group or _group_name(lines, i, doc)
            if g and re.fullmatch(GROUP_SUFFIX, g):
                # 领导小组办公室设在… after the sentence that set the group up, or under it: the group
                # named there (成立白沙镇人居环境整治工作领导小组，…。领导小组办公室设在…)
                named = (_named_before(ctext, om.start())
                         or named_here or group or _group_name(lines, i, doc))
                if named and named.endswith(g):
                    g = named
            if g and not g.startswith(("关于",)):
                g = re.sub(r"^(关于|调整|成立)+", "", g)
                if group and g.endswith(group[-4:]) and len(g) < len(group):
                    g = group      # 领导小组办公室设在… : the group named above
                offices.append(GroupOffice(g, g + "办公室", om.group(2),
                                           Source(ln.file, ln.number)))
                seated = set()
                for dm in DIRECTOR_RE.finditer(compact(text)):
                    name = "".join(dm.group(2).split())
                    seated.add(name)
                    members.append(GroupMember(g, name, dm.group(2).strip(), "办公室" + dm.group(1),
                                               (Post(g + "办公室" + dm.group(1), g + "办公室",
                                                     dm.group(1)),),
                                               Source(ln.file, ln.number)))
                for dm in OFFICE_SEAT_RE.finditer(ctext):
                    # 办公室主任由县农业农村局局长张伟兼任; 副主任由中央网信办副主任盛荣华，最高人民法院副院长
                    # 杨万明兼任: each person with the post written before the name, and the office's seat
                    seat = dm.group(1)
                    for person, post in _seat_pieces(dm.group(2), known):
                        if person and person[0] not in seated:
                            seated.add(person[0])
                            members.append(GroupMember(
                                g, person[0], person[1], "办公室" + seat,
                                (Post(g + "办公室" + seat, g + "办公室", seat),) + split_posts(post, known),
                                Source(ln.file, ln.number)))
    return members, offices, unit_members


def _seat_pieces(text: str, known: Callable[[str], bool]
                 ) -> list[tuple[Optional[tuple[str, str]], str]]:
    """The people written for a seat (``县长王强``, ``副县长李明、刘洋``, ``县人民政府分管副县长``,
    ``省统计局相关负责人``): (person (name, name as written) or None, post or body) per piece;
    a name written with no post of its own (``李明、刘洋`` after ``副县长``) takes the post before it."""
    out: list[tuple[Optional[tuple[str, str]], str]] = []
    prev_post: Optional[str] = None
    for piece in (p for p in _SEAT_SPLIT_RE.split(compact(text)) if p):
        piece = _POST_QUALIFIER_RE.sub("", re.sub("(?<!负责)(?<!领导)同志$", "", piece))
        if TITLE_RE.search(piece) or looks_like_unit(_PEOPLE_TAIL_RE.sub("", piece)):
            out.append((None, piece))
            prev_post = piece
            continue
        for k in (2, 3, 4):
            head, name = piece[:-k], piece[-k:]
            if len(head) >= 2 and TITLE_RE.search(head) and re.fullmatch(NAME_CHARS + "+", name):
                out.append(((name, name), head))
                prev_post = head
                break
        else:
            if prev_post and re.fullmatch(NAME_CHARS + "{2,4}", piece) and out and out[-1][0]:
                out.append(((piece, piece), prev_post))     # 副县长李明、刘洋: 刘洋 a 副县长 too
    return out


def _seat_unit(post: str, known: Callable[[str], bool]) -> Optional[str]:
    """The body a seat's post or its people belong to (``县人民政府副县长`` -> 县人民政府, ``县长`` ->
    the county's government, ``县财政局主要负责同志`` -> 县财政局), when it is named like one."""
    body = _PEOPLE_TAIL_RE.sub("", post)
    if (body != post or not TITLE_RE.search(body)) and looks_like_unit(body):
        return body
    unit, _title = _unit_and_title(post, known, None)
    if unit and (looks_like_unit(unit) or unit.endswith("人民政府")):
        return unit
    return None


def _seat_holders(seat: str, who: str, known: Callable[[str], bool], people: list, bodies: list) -> None:
    """Add the people ((seat, (name, written), post)) and the bodies ((seat, unit, None)) that
    ``who`` names for a seat (``县长王强``, ``县人民政府分管副县长``, ``常务副县长、分管副县长``)."""
    for person, post in _seat_pieces(who, known):
        if person:
            people.append((seat, person, post))
            continue
        unit = _seat_unit(post, known)
        if unit:
            bodies.append((seat, unit, None))


def _member_bodies(listed: str, known: Callable[[str], bool]) -> list[tuple[str, str, Optional[str]]]:
    """The bodies a member list names (``县委宣传部、县财政局主要负责同志``, ``民政、公安等有关部门的主要领导``):
    (成员单位, unit, lookup) each; the people after them, generic words and non-names left out."""
    listed = _PEOPLE_TAIL_RE.sub("", compact(listed).rstrip("。；;，, "))
    listed = re.sub(r"(等(?:有关|相关)?部门)[、和及]单位$", r"\1", listed)   # (…等有关部门、单位)
    out = []
    for name, lookup in unit_items(listed, known):
        for part in re.split("或(?=[\u4e00-\u9fff]{2})", name) if lookup is None else (name,):
            if _GENERIC_MEMBER_RE.match(part) or not (looks_like_unit(part)
                                                      or (lookup and looks_like_unit(lookup))):
                continue
            out.append(("成员单位", part, lookup))
    return out


def _composition(text: str, lines: Sequence[Line], i: int, doc: Document,
                 known: Callable[[str], bool]) -> tuple[Optional[str], list, list]:
    """A group's make-up written in the sentence ``text`` (line ``i``): the group, its people
    ((seat, (name, written), post) each) and its bodies ((seat or 成员单位, unit, lookup) each)."""
    people: list[tuple[str, tuple[str, str], str]] = []
    bodies: list[tuple[str, str, Optional[str]]] = []
    first = len(text)
    seats = [(m.start(), m.group(1), m.group(2)) for m in SEAT_HELD_RE.finditer(text)]
    seats += [(m.start(), m.group(2), m.group(1)) for m in SEAT_TAKEN_RE.finditer(text)
              if not any(a <= m.start(1) < a + 4 + len(w) for a, _s, w in seats)]
    for pos, seat, who in sorted(seats):
        first = min(first, pos)
        _seat_holders(seat, who, known, people, bodies)
    for m in (list(MEMBERS_HELD_RE.finditer(text)) + list(MEMBERS_ARE_RE.finditer(text))
              + list(MADE_OF_RE.finditer(text))):
        first = min(first, m.start())
        bodies += _member_bodies(m.group(2) if m.re is MEMBERS_HELD_RE else m.group(1), known)
    if not people and not bodies:
        return None, people, bodies
    after = GROUP_AFTER_RE.search(text)
    group = _named_before(text, first) or (after.group(1) if after else _group_name(lines, i, doc))
    return group, people, bodies


def _named_before(text: str, end: int) -> Optional[str]:
    """The group a sentence sets up before ``end`` (成立X领导小组，…), the fullest form, or None."""
    found = GROUP_IN_TEXT_RE.findall(text[:end])
    return _full_name(max(found, key=len), (), 0) if found else None


def _keep(group: str, people: list, bodies: list, ln: Line, known: Callable[[str], bool],
          members: list[GroupMember], unit_members: list) -> None:
    """Add a make-up's people (seats with their posts) and bodies (member units) to the group."""
    src = Source(ln.file, ln.number)
    for seat, (name, written), post in people:
        members.append(GroupMember(group, name, written, seat, split_posts(post, known), src))
    for label, name, lookup in bodies:
        unit_members.append((group, name, src, label, lookup))


def _member(group: str, role: str, person: tuple[str, str, str], ln: Line,
            known: Callable[[str], bool]) -> GroupMember:
    name, written, posts = person
    k = ln.norm.find(written)
    if k >= 0:
        written = ln.text[k:k + len(written)]      # as printed (full-width spaces kept)
    return GroupMember(group, name, written, role, split_posts(posts, known),
                       Source(ln.file, ln.number))
