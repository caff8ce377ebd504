"""Responsibility annotations: what the text says about who does a task.

Forms read here (each with a test in ``tests/test_annotations.py``):

* inline, at the end of a task line: ``（责任单位：市发改委、市财政局，完成时间：2023年10月）``,
  with nested brackets (``临空经济区（廊坊）管委会``) and the labels 责任单位, 责任部门,
  牵头单位, 配合单位 …; unlabeled ones (``（市残联、市人社局按职责分工负责）``, ``（市残联）``);
  phrases ``X牵头，Y、Z配合``; deadlines (``完成时限：2024年6月底前``, ``长期坚持``);
* standalone lines (``（责任单位：…）`` or ``责任单位：…``) that belong to the task above;
* carry-over rules: ``以下均需X负责落实，不再列出`` (X is added to every later annotated task
  of the document) and ``列第一位者为牵头单位，下同`` (the first unit listed leads);
* contributors: ``（市统计局供稿1000字，图表1张）``, ``（市地方志编纂中心收集）``,
  ``（…由市委组织部提供，其他由各供稿单位提供）``.

The parser only records what is written (:class:`~kg.model.RawAssignment` with the mention as
written); resolving names to units is the next stage's job. Everything here is a pure function
of the text; table columns and section headings are read in :mod:`kg.extract.assignments`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .deadlines import is_deadline, normalise_deadline
from ..text import compact, normalise

OPEN, CLOSE = "（", "）"

LABEL_ROLES = {
    "牵头单位": "lead", "牵头部门": "lead", "主办单位": "lead", "牵头": "lead",
    "主责单位": "lead", "主责部门": "lead", "牵头处室": "lead", "牵头科室": "lead",
    "配合单位": "support", "配合部门": "support", "协办单位": "support", "参与单位": "support",
    "协助单位": "support", "会办单位": "support", "配合": "support", "协同单位": "support",
    "配合处室": "support", "参与部门": "support", "协办部门": "support",
    "责任单位": "responsible", "责任部门": "responsible", "责任主体": "responsible",
    "实施主体": "responsible", "承办单位": "responsible", "落实单位": "responsible",
    "实施单位": "responsible", "主体责任单位": "responsible", "具体负责": "responsible",
    "责任处室": "responsible", "责任科室": "responsible", "责任主体单位": "responsible",
    "主要责任单位": "responsible", "负责单位": "responsible", "负责部门": "responsible",
    "信息来源": "source", "数据来源": "source",
}
PERSON_LABELS = ("责任领导", "分管领导", "牵头领导", "责任人", "联系人", "包联领导", "督导领导")
DEADLINE_LABELS = ("完成时间", "完成时限", "时间节点", "时限要求", "时限", "完成期限", "办结时限")
LABEL_RE = re.compile(r"^(" + "|".join(sorted(list(LABEL_ROLES) + list(DEADLINE_LABELS),
                                              key=len, reverse=True)) + r")[：:]")
LABEL_ANYWHERE_RE = re.compile(r"(?<=[^；;，,。（\s])\s*((?:" + "|".join(
    sorted(list(LABEL_ROLES) + list(DEADLINE_LABELS), key=len, reverse=True)) + r")[：:])")
ANY_LABEL_RE = re.compile(r"^([\u4e00-\u9fff]{2,6})[：:](.*)$", re.S)
_ALL_LABELS = tuple(LABEL_ROLES) + tuple(DEADLINE_LABELS)


def _label_break(m: "re.Match[str]") -> str:
    """A label inside a piece starts a new piece, unless it is the end of a longer label
    (时限： in 完成时限：)."""
    label, before = m.group(1)[:-1], m.string[:m.start(1)]
    if any(long.endswith(label) and long != label and before.endswith(long[:-len(label)])
           for long in _ALL_LABELS):
        return m.group(0)
    return "；" + m.group(1)

# verbs after a list of units, longest first; the role they give
VERB_ROLES = [
    ("为牵头单位", "lead"), ("为配合单位", "support"), ("为责任单位", "responsible"),
    ("牵头实施", "lead"), ("牵头落实", "lead"), ("牵头推进", "lead"), ("配合落实", "support"),
    ("按职责分工负责", "responsible"), ("按职责分工落实", "responsible"), ("按职能分工负责", "responsible"),
    ("按职责负责", "responsible"), ("分工负责", "responsible"), ("共同负责", "responsible"),
    ("负责落实", "responsible"), ("具体负责", "responsible"), ("牵头负责", "lead"),
    ("负责实施", "responsible"), ("组织实施", "responsible"), ("按职责落实", "responsible"),
    ("负责", "responsible"), ("落实", "responsible"),
    ("牵头", "lead"), ("配合", "support"), ("协助", "support"), ("参与", "support"),
    ("协办", "support"),
]
CONTRIB_RE = re.compile(r"^(.*?)(?:各)?(供稿|提供|收集|撰稿)(?:各?[\d,，]*字)?(?:[，、].*)?$")
FIRST_LEADS_RE = re.compile(r"(列|排)(在)?(第一位|第一|首位)(者|的|单位)?(为|是)(牵头|主办)(单位|部门)?")
CARRY_RE = re.compile(r"以下(.*?)(不再(单独)?列出|不再重复|下同)")
SAME_BELOW = "下同"
MARK_ROLES = {"牵头": "lead", "主办": "lead", "主责": "lead", "配合": "support", "协办": "support",
              "参与": "support"}
ROLE_MARK_RE = re.compile(r"^(.+?)（(牵头|主办|主责|配合|协办|参与)）$")

UNIT_SUFFIXES = (
    "人民政府", "政府", "管委会", "委员会", "办公室", "办公厅", "管理局", "局", "委", "办", "厅", "部",
    "院", "会", "所", "站", "队", "中心", "公司", "集团", "支行", "分行", "银行", "法院", "检察院",
    "联合会", "联", "社", "团", "馆", "处", "科", "组", "部门", "单位", "机构", "机关", "街道",
    "乡镇", "镇", "乡", "协会", "学校", "大学", "学院", "医院", "海关", "支队", "大队", "台",
    "报社", "分局", "党委", "党组", "工委", "小组", "专班", "商会", "学会", "基金会", "办事处",
    "（街道）", "公安分局", "室", "学", "校", "园", "党", "协", "军分区", "盟", "革", "民建", "民进",
    "九三学社", "供电公司", "电视台", "报社", "指挥部", "联席会议",
)
LEVEL_PREFIXES = ("市委", "县委", "区委", "省委", "市", "县", "区", "省", "中共", "各", "国家",
                  "全市", "州", "盟", "旗")


@dataclass
class UnitRef:
    """One unit as written in an annotation, with the role the text gives it."""
    mention: str
    role: str
    label: Optional[str] = None
    lookup: Optional[str] = None   # an expanded form to resolve (elliptical lists), if any


@dataclass
class Rule:
    kind: str                      # "carry" (units added to later tasks) | "first_leads"
    units: list[UnitRef] = field(default_factory=list)
    text: str = ""


@dataclass
class Parsed:
    units: list[UnitRef] = field(default_factory=list)
    deadline: Optional[str] = None
    rules: list[Rule] = field(default_factory=list)
    unknown_labels: list[str] = field(default_factory=list)
    leftover: list[str] = field(default_factory=list)   # pieces neither unit nor deadline
    contributor: bool = False


# ---------------------------------------------------------------- brackets and splitting

def split_top(text: str, seps: str) -> list[str]:
    """Split ``text`` on any character of ``seps`` outside brackets."""
    out, buf, depth = [], [], 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
        if ch in seps and depth == 0:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    return [p for p in (s.strip() for s in out) if p]


def trailing_group(text: str) -> Optional[tuple[int, int, bool]]:
    """Find the last top-level bracket group at the end of ``text`` (normalised form).

    Returns ``(start, end, closed)``: ``text[start:end]`` is the group with its brackets.
    Trailing punctuation after the group is allowed. An opening bracket never closed is
    returned with ``closed=False`` and ``end=len(text)``.
    """
    t = text.rstrip()
    while t and t[-1] in "。；;，,.、 ":
        t = t[:-1]
    if not t:
        return None
    if t.endswith(CLOSE):
        depth = 0
        for k in range(len(t) - 1, -1, -1):
            ch = t[k]
            if ch == CLOSE:
                depth += 1
            elif ch == OPEN:
                depth -= 1
                if depth == 0:
                    return k, len(t), True
        return None
    # unbalanced: an opening bracket never closed, searching backwards to depth -1
    depth = 0
    for k in range(len(t) - 1, -1, -1):
        ch = t[k]
        if ch == CLOSE:
            depth += 1
        elif ch == OPEN:
            if depth == 0:
                return k, len(t), False
            depth -= 1
    return None


def strip_trailing_alias(name: str) -> str:
    """``市自然资源和规划局（市林业局）`` -> ``市自然资源和规划局``."""
    m = re.match(r"^(.+?)（[^（）]*）$", name)
    if m and looks_like_unit(m.group(1)):
        return m.group(1)
    return name


def looks_like_unit(name: str) -> bool:
    """A conservative test that a string names an organisation (or a set of them)."""
    n = compact(name)
    if not 2 <= len(n) <= 40:
        return False
    if re.search(r"[，。；：:！？“”《》]|\d{2,}", n):
        return False
    base = re.sub(r"（[^（）]*）$", "", n) or n
    if base.endswith(UNIT_SUFFIXES) or n.endswith(UNIT_SUFFIXES):
        return True
    return False


def _contributor_name(name: str) -> bool:
    """In ``（X供稿）`` X is an organisation even when its name has no usual suffix
    (市民革, 市科协, 廊坊军分区); still refuse sentences and numbers."""
    n = compact(name)
    return (2 <= len(n) <= 40 and not re.search(r"[，。；：:！？“”《》]|\d", n)
            and not n.endswith(("字", "张", "篇", "个")))


# ---------------------------------------------------------------- unit lists

_VERB_TAIL = re.compile("(" + "|".join(v for v, _ in VERB_ROLES) + r")$")


def split_verb(piece: str) -> tuple[str, Optional[str]]:
    """``市残联、市人社局按职责分工负责`` -> (``市残联、市人社局``, ``responsible``)."""
    p = piece.strip()
    for verb, role in VERB_ROLES:
        if p.endswith(verb) and len(p) > len(verb):
            return p[: -len(verb)].rstrip("、，, "), role
    return p, None


def _level_prefix(name: str) -> Optional[str]:
    for p in ("市委", "县委", "区委", "省委", "市", "县", "区", "省"):
        if name.startswith(p) and not name.startswith(("市场", "市政", "县级", "区域", "省级")):
            return p
    return None


def unit_items(text: str, known: Optional[callable] = None) -> list[tuple[str, Optional[str]]]:
    """Split a list of units into (mention, lookup) pairs.

    Handles ``、``/``，``/newline separators outside brackets, ``及``/``和`` between whole unit
    names, ``X、Y等市有关部门`` (X, Y and the collective 市有关部门), distributive suffixes
    (``财政、农业农村等部门`` -> 财政部门, 农业农村部门), and elliptical lists where a level
    prefix is shared (``市委组织部、宣传部`` -> 宣传部 is looked up as 市委宣传部).
    ``known(name)`` tells whether the lexicon knows a name; it guides the expansions.
    """
    raw: list[str] = []
    suffix = ""
    parts = []
    for p in split_top(text, "、，,；;\n/"):
        p = p.strip(" 　。.")
        if not p:
            continue
        bits = p.split()
        if len(bits) > 1 and all(looks_like_unit(b) for b in bits):
            parts.extend(bits)            # 市发改委 市财政局: spaces separate names
        else:
            parts.append("".join(bits))
    for part in parts:
        for sub in _split_conj(part):
            m = re.match(r"^(.+?)等((?:市|县|区|省)?(?:直|级)?(?:有关|相关|其他)?[\u4e00-\u9fff]{0,10}?"
                         r"(?:部门|单位|机构))$", sub)
            if m:
                head, coll = m.group(1), m.group(2)
                if coll in ("部门", "单位", "机构"):
                    suffix = coll          # 财政、农业农村等部门: distributive
                    raw.append(head)
                else:
                    raw.extend([head, coll])
                continue
            if sub.endswith("等") and len(sub) > 2:
                sub = sub[:-1]
            raw.append(sub)
    items: list[tuple[str, Optional[str]]] = []
    for piece in raw:
        look = None
        if suffix and not looks_like_unit(piece):
            look = piece + suffix
        items.append((piece, look))
    # elliptical prefixes: an item without a level prefix takes its predecessor's
    out: list[tuple[str, Optional[str]]] = []
    prev_prefix: Optional[str] = None
    for name, look in items:
        pre = _level_prefix(name)
        if pre is None and look is None and prev_prefix and not name.startswith(
                ("各", "有关", "相关", "国家", "中国", "中共", "全市")):
            candidate = prev_prefix + name
            if known is not None:
                if known(candidate) and not known(name):
                    look = candidate
            elif looks_like_unit(candidate) and len(name) <= 6:
                look = candidate
        elif pre is not None:
            prev_prefix = pre
        out.append((name, look))
    return out


def _split_conj(text: str) -> list[str]:
    """Split on 及/和/以及/与 only where both sides are whole unit names."""
    for conj in ("以及", "及", "与", "和"):
        if conj not in text:
            continue
        parts = text.split(conj) if len(conj) > 1 else split_top(text, conj)
        if len(parts) > 1 and all(looks_like_unit(p) for p in parts):
            return [p.strip() for p in parts]
    return [text.strip()]


# ---------------------------------------------------------------- annotations

def _squeeze(text: str) -> str:
    """Normalised text with white space kept only between two names (a possible separator)."""
    t = " ".join(normalise(text).split())
    return re.sub(r"\s*([：:，,；;、。（）])\s*", r"\1", t)


def _has_label(content: str) -> bool:
    return any(LABEL_RE.match(p) for p in split_top(content, "，,；;。"))


def classify(content: str) -> Optional[str]:
    """Is a bracket group's content a responsibility annotation? Returns its kind
    (``labeled``, ``verb``, ``contributor``, ``bare``) or ``None``."""
    c = CARRY_RE.sub("", _squeeze(content))
    if not c:
        return None
    if _has_label(c):
        return "labeled"
    pieces = split_top(c, "，,；;。")
    if not pieces:
        return None
    if any(FIRST_LEADS_RE.search(p) for p in pieces) and len(pieces) <= 2:
        return None   # a rule alone, e.g. （列第一位者为牵头单位，下同）, handled by the caller
    # contributors
    first = pieces[0]
    cm = CONTRIB_RE.match(first)
    if cm and cm.group(1):
        names = cm.group(1).split("由")[-1]
        if names and all(_contributor_name(n) for n, _ in unit_items(names)):
            return "contributor"
    # unit lists with verbs (X牵头，Y配合；长期坚持)
    unit_pieces = 0
    for p in pieces:
        if CARRY_RE.search(p) or FIRST_LEADS_RE.search(p):
            continue
        if is_deadline(p):
            continue
        names, verb = split_verb(p)
        items = unit_items(names)
        if not items or not all(looks_like_unit(n) for n, _ in items):
            return None
        unit_pieces += 1 if verb else 0
        if verb is None:
            unit_pieces += 0
    if unit_pieces:
        return "verb"
    # a bare list of units: every piece is units
    if all(all(looks_like_unit(n) for n, _ in unit_items(p)) or is_deadline(p) for p in pieces):
        if any(not is_deadline(p) for p in pieces):
            return "bare"
    return None


def is_standalone_annotation(text: str) -> bool:
    """A line that is wholly an annotation: ``（责任单位：…）`` or ``责任单位：…``."""
    t = compact(text)
    if not t:
        return False
    if LABEL_RE.match(t):
        return True
    if t.startswith(OPEN):
        g = trailing_group(t)
        if g and g[0] == 0:
            inner = t[1:g[1] - 1] if g[2] else t[1:]
            kind = classify(inner)
            return kind in ("labeled", "verb")
    return False


def _carry_units(rule_text: str, known) -> list[UnitRef]:
    """Units named by a carry-over rule such as 以下均需X、Y负责落实，不再列出."""
    t = re.sub(r"^以下(各项)?(任务|工作|事项)?", "", rule_text)
    t = re.sub(r"(不再(单独)?列出|不再重复|下同)$", "", t).rstrip("，,。；")
    t = re.sub(r"^(责任单位|责任部门)?(均|都|皆)?(需|须|由|包含|包括|含)?", "", t)
    t = re.sub(r"^(责任单位|责任部门)(均|都)?(需|须|由|包含|包括|含)?", "", t)
    names, _verb = split_verb(t)
    return [UnitRef(n, "responsible", None, lk) for n, lk in unit_items(names, known)]


def parse_annotation(content: str, known=None) -> Parsed:
    """Parse the content of an annotation (without its outer brackets)."""
    out = Parsed()
    c = _squeeze(content)
    # a label in the middle of a piece starts a new piece: 牵头单位：X 责任单位：Y
    c = LABEL_ANYWHERE_RE.sub(_label_break, c)
    # carry-over rules come first: take them out of the text
    for m in list(CARRY_RE.finditer(c)):
        rule_text = m.group(0)
        if "以下" in rule_text:
            out.rules.append(Rule("carry", _carry_units(rule_text, known), rule_text))
    c = CARRY_RE.sub("", c)
    # embedded rule in brackets: 责任单位：A、B（列第一位者为牵头单位，下同）
    fl = FIRST_LEADS_RE.search(c)
    if fl:
        persistent = SAME_BELOW in c[fl.start():fl.end() + 6]
        out.rules.append(Rule("first_leads", [], "下同" if persistent else "此项"))
        c = re.sub(r"（?[^（）]*" + FIRST_LEADS_RE.pattern + r"[^（）]*）?", "", c)
    label: Optional[str] = None
    role_of_label = "responsible"
    order_hint = classify(c)
    if order_hint == "contributor":
        out.contributor = True
    for piece in split_top(c, "，,；;。"):
        lm = LABEL_RE.match(piece)
        if lm:
            label = lm.group(1)
            piece = piece[lm.end():].strip()
            if label in DEADLINE_LABELS:
                out.deadline = normalise_deadline(piece) if piece else out.deadline
                continue
            role_of_label = LABEL_ROLES[label]
        else:
            am = ANY_LABEL_RE.match(piece)
            if am and am.group(1) in PERSON_LABELS:
                label = am.group(1)      # a person, not a unit: recognised and left out
                continue
            if am and am.group(1) not in LABEL_ROLES and am.group(2) and not is_deadline(piece):
                out.unknown_labels.append(am.group(1))
                label = am.group(1)
                piece = am.group(2)
                role_of_label = "responsible"
        if not piece:
            continue
        if label in DEADLINE_LABELS or label in PERSON_LABELS:
            continue
        if is_deadline(piece):
            out.deadline = out.deadline or normalise_deadline(piece)
            continue
        if out.contributor:
            cm = CONTRIB_RE.match(piece)
            if not cm or not cm.group(1):
                continue
            names = cm.group(1)
            # （市四套班子领导名单由市委组织部提供，其他由各供稿单位提供）
            if "由" in names:
                names = names.split("由")[-1]
            for n, lk in unit_items(names, known):
                if _contributor_name(n):
                    out.units.append(UnitRef(n, "contributor", cm.group(2), lk))
            continue
        names, verb = split_verb(piece)
        role = verb or role_of_label
        taken = False
        for n, lk in unit_items(names, known):
            r = role
            mark = ROLE_MARK_RE.match(n)
            if mark:                      # 市发改委（牵头）
                n, r = mark.group(1), MARK_ROLES[mark.group(2)]
            if not looks_like_unit(n) and not (known and known(n)):
                continue
            out.units.append(UnitRef(n, r, label, lk))
            taken = True
        if not taken and names:
            out.leftover.append(piece)
    # first-listed leads: the first unit of a list without lead/support distinction
    if any(r.kind == "first_leads" for r in out.rules) and out.units:
        if all(u.role == "responsible" for u in out.units):
            out.units[0].role = "lead"
    # 各… listed after a lead with 负责落实 stays responsible; dedupe keeping first role
    seen: dict[str, UnitRef] = {}
    deduped = []
    for u in out.units:
        key = compact(u.mention)
        if key in seen:
            continue
        seen[key] = u
        deduped.append(u)
    out.units = deduped
    return out
