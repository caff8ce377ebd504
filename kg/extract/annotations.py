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

* other governments' forms (issue 10, tests in ``tests/test_conventions.py``): ``〔〕`` brackets,
  generic labels (``牵头责任单位``, ``协同责任单位`` = support, ``主办``/``协办``), person and post
  fields kept out (``责任领导：…``, ``牵头负责领导：…``, ``分管副市长``), ``分别牵头`` (every unit
  leads), ``部门分工：X牵头，各地、各部门配合``, blanket rules (``…均涉及X，不再做分工，下同``),
  collectives holding ``、`` (``各乡、镇人民政府``), names fused with no separator, elliptical
  pairs (``人民大垸、荒湖管理区``), pinyin noise inside a label, annotations inside a paragraph
  (:func:`annotation_cuts`).

Unit names are judged by :mod:`kg.extract.unitnames` (the name grammar); the lexicon's
``known()`` only guides expansions. The parser only records what is written (:class:`~kg.model.RawAssignment` with the mention as
written); resolving names to units is the next stage's job. Everything here is a pure function
of the text; table columns and section headings are read in :mod:`kg.extract.assignments`.
"""
from __future__ import annotations

import contextvars
import re
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import Optional, Sequence

from .deadlines import is_deadline, later_of, normalise_deadline
from ..patterns import CN_DIGITS, HAN, HAN_RANGE, OWN_LEVEL_CHARS, unglossed
from ..text import CACHE_SIZE, CACHED_TEXT_MAX, compact, normalise
from . import unitnames

OPEN, CLOSE = "（", "）"

LABEL_ROLES = {
    "牵头单位": "lead", "牵头部门": "lead", "主办单位": "lead", "牵头": "lead",
    "主责单位": "lead", "主责部门": "lead", "牵头处室": "lead", "牵头科室": "lead",
    "配合单位": "support", "配合部门": "support", "协办单位": "support", "参与单位": "support",
    "协助单位": "support", "会办单位": "support", "配合": "support", "协同单位": "support",
    "配合处室": "support", "参与部门": "support", "协办部门": "support",
    # the pair 主责单位 / 协责单位 (a body of main duty and the bodies sharing it): support
    "协责单位": "support", "协责部门": "support",
    "责任单位": "responsible", "责任部门": "responsible", "责任主体": "responsible",
    "实施主体": "responsible", "承办单位": "responsible", "落实单位": "responsible",
    "实施单位": "responsible", "主体责任单位": "responsible", "具体负责": "responsible",
    "责任处室": "responsible", "责任科室": "responsible", "责任主体单位": "responsible",
    "主要责任单位": "lead", "负责单位": "responsible", "负责部门": "responsible",
    "信息来源": "source", "数据来源": "source",
    # the body that supplies a target's figure (（牵头单位：市发改委，数据提供单位：市统计局）), as the
    # tables' 信息提供单位 column
    "数据提供单位": "source", "数据来源单位": "source", "信息提供单位": "source",
    # a yearbook's or a bulletin's entry closed by where its figures come from (（资料来源：市统计局）)
    "资料来源": "source", "资料提供": "source", "资料提供单位": "source",
    # the areas that carry a measure out beside its lead (（牵头单位：A；责任地区：各区市县政府）)
    "责任地区": "responsible", "责任县区": "responsible", "责任区县": "responsible",
    "责任县（市、区）": "responsible",
    "牵头责任单位": "lead", "牵头责任部门": "lead", "协同责任单位": "support",
    "协同部门": "support", "配合责任单位": "support", "协作单位": "support", "支持单位": "support",
    "部门分工": "responsible", "任务分工": "responsible", "责任分工": "responsible",
    "主办": "lead", "主责": "lead", "协办": "support", "参与": "support", "协助": "support",
    "协同": "support", "协作": "support",      # (主责：A；协同：B, the role words alone as labels)
    "业主单位": "responsible",             # a project's owner, the body that carries it out
    # the holder of a power in a 权责清单 (行使主体, 实施主体, 法定主体, 执法主体)
    "行使主体": "responsible", "法定主体": "responsible", "执法主体": "responsible",
    # an inspection's finding closed by who bears which responsibility for it, the 主体责任 (the
    # body that puts it right) and the 监督责任 / 监管责任 (the department that sees it done):
    # （主体责任：白茶村委会，监督责任：市工商局）; both are named for the finding, neither leads
    "主体责任": "responsible", "监督责任": "responsible", "监管责任": "responsible",
    # a list's item written as fields a line each (目标：… / 措施：… / 责任：A、B / 时间：2025年10月):
    # the doers' field (read at a line's or a clause's start only: BARE_FIELD_LABELS)
    "责任": "responsible",
}
# a label not listed above but formed like one: 主要牵头单位, 其他配合部门, 相关责任单位, 执行单位,
# 推进部门, 参加单位, and the fields of a service guide (办事指南): 实施机关, 实施机构, 共同实施部门,
# 承办机构; a township's plan names its offices and stations (站所): 责任站所, 责任办所, 配合站所,
# and its villages (责任村, 配合社区)
# (各责任科室 / 各责任单位: a collective of units, never a label)
GENERIC_LABEL_RE = re.compile(
    r"^(?!各)[\u4e00-\u9fff]{0,4}?(牵头|主办|主责|配合|协同|协办|参与|参加|协助|协作|会同|支持|责任|负责|"
    r"承办|实施|落实|执行|推进|完成|办理)[\u4e00-\u9fff]{0,3}?(单位|部门|处室|科室|股室|主体|机关|机构|"
    r"站所|办所|所站|办站所|"
    # (a township's or a sub-district's list names its villages and communities, a county's its
    # townships, a city's its districts: 责任社区, 配合村（社区）, 牵头乡镇, 责任镇街, 配合县区)
    r"社区|村|村居|村（社区）|乡镇|镇街|街道|县区|区县|县（市、区）|县市区|市县|区市)$")
GENERIC_ROLES = {"牵头": "lead", "主办": "lead", "主责": "lead", "配合": "support",
                 "协同": "support", "协办": "support", "参与": "support", "参加": "support",
                 "协助": "support", "协作": "support", "会同": "support", "支持": "support"}
#: 适用范围：所有自贸试验区 beside 负责部门：A、B: the field names where (or to whom) a measure
#: applies, not who carries it out; its pieces are no units
SCOPE_LABELS = ("适用范围", "实施范围", "适用对象", "适用地区", "覆盖范围")
PERSON_LABELS = ("责任领导", "分管领导", "牵头领导", "责任人", "联系人", "包联领导", "督导领导")
#: （联系人：张三，联系电话：1234567，电子邮箱：a@b.cn） closing a notice: how to reach its contact
#: person; the fields after 联系人 name no unit and are no deadline
CONTACT_LABELS = ("联系电话", "电话", "办公电话", "联系方式", "手机", "手机号码", "电子邮箱", "邮箱",
                  "电子信箱", "传真", "通讯地址", "地址", "邮编", "邮政编码")


#: fields of a 督办 list or a report noting the task's state or a remark (进展情况：已完成路基工程, 备注：…):
#: no unit, no deadline; reported as pieces not used (they were "unknown labels" whose units would be
#: kept as responsible, though none is read from them)
NOTE_LABELS = ("进展情况", "工作进展", "进展", "目前进展", "当前进展", "推进情况", "完成情况", "落实情况",
               "进度", "工作进度", "形象进度", "备注")

#: 整改措施：由X负责修复 under a numbered problem of an inspection notice (督查通报): the field
#: gives the remedy, and the unit each of its clauses opens with (由X负责…, 由X督促…, X负责…)
#: is the one that fixes the problem above
MEASURE_LABELS = ("整改措施", "整改要求", "整改意见")
#: a role word written before the unit in such a clause (由包片单位县林业局负责: the unit in
#: charge of the patch of streets), not part of its name
_MEASURE_ROLE_WORDS = ("包片责任单位", "包片单位", "包段单位", "责任单位")
_MEASURE_CLAUSE_RE = re.compile(r"^由?(.{2,40}?)(?:负责|督促)")
#: the agent written after a clause of manner, 由 marking it: 按照先劝阻、再强制的要求，由A、B、C负责…
_MEASURE_AGENT_RE = re.compile(r"[，,]由(.{2,60}?)(?:负责|督促)")
# clauses of a remedy field: split at ；。 and at sub-measure numbers （1）/ 1）
_MEASURE_SPLIT_RE = re.compile(r"[；;。]|（?\d{1,2}）")


def _without_role_word(name: str) -> str:
    """The unit after its role word, and after the place words that say which patch the role
    is for (陈家坝沿线包片单位县职教中心: 县职教中心)."""
    for word in _MEASURE_ROLE_WORDS:
        at = name.rfind(word)
        if at >= 0 and len(name) > at + len(word):
            return name[at + len(word):]
    return name


def measure_units(content: str, known: Optional[callable] = None) -> list["UnitRef"]:
    """The units a remedy field's clauses open with (see :data:`MEASURE_LABELS`), each
    responsible (the field marks no lead); a clause that does not open with units gives none."""
    units: list[UnitRef] = []
    for clause in _MEASURE_SPLIT_RE.split(compact(normalise(content))):
        for m in (_MEASURE_CLAUSE_RE.match(clause.strip("，,、 ")), _MEASURE_AGENT_RE.search(clause)):
            if not m:
                continue
            items = [(_without_role_word(n), lk) for n, lk in unit_items(m.group(1), known)]
            if items and all(_unit_item(n, lk) for n, lk in items):
                units.extend(UnitRef(n, "responsible", None, lk) for n, lk in items)
                break
    return units


#: a field named by the leader's post (分管副市长：钱某某, 包联县领导, 责任县长) or by the contact
#: person and how to reach them (联系人及电话：周某某 13912345678): a person's field
_POST_LABEL_RE = re.compile(r"^(?:分管|包联|联系|挂包|包抓|包保|责任|牵头|主管|协管)副?"
                            r"[\u4e00-\u9fff]{0,3}?(?:长|领导|书记|主任)$"
                            r"|^联系人(?:及|和|、|/|／)?(?:联系)?(?:电话|方式|手机)$")


def is_person_label(label: str) -> bool:
    """责任领导, 牵头负责领导, 分管省领导, 联系人, 分管副市长, 联系人及电话: the value is a person
    or post, not a unit (责任单位及责任人 names units, each with its person)."""
    if UNIT_AND_PERSON_LABEL_RE.match(label):
        return False
    return (label in PERSON_LABELS or bool(unitnames.PERSON_LABEL_RE.match(label))
            or bool(_POST_LABEL_RE.match(label)))


#: 督办单位：市政府督查室, 考核部门, 负责考核部门: the body that follows the work up or scores it
#: (a 督办 office, an assessor), not one that does it: the task gives it no role, and the report
#: names it (see :attr:`Parsed.overseers`)
OVERSEER_LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:督办|督查|督导|督促|考核|考评)"
                               r"(?:责任)?(?:单位|部门|处室|科室|机关|机构)?$")


def is_overseer_label(label: str) -> bool:
    return bool(OVERSEER_LABEL_RE.match(label)) or bool(
        ASSESSOR_LABEL_RE.search(label) and GENERIC_LABEL_RE.match(label))


#: 负责考核部门, 负责评分单位: the body that scores or checks the work (a 考核细则's last
#: column), not one that does it: no role
ASSESSOR_LABEL_RE = re.compile(r"(?:负责|责任)(?:考核|考评|评分|打分|评价|评估|检查|验收|核查)")


#: a label naming the units and their persons in charge in one field (责任单位及责任人：县住建局 张三,
#: 责任部门及责任人, 责任单位（责任人）, 牵头单位/责任人): the units' label, each unit's person after it
UNIT_AND_PERSON_LABEL_RE = re.compile(r"^([\u4e00-\u9fff]{0,6}?(?:单位|部门|处室|科室|股室|站所))"
                                      r"(?:及其?|和|与|、|/|／|（)(?:主要)?(?:责任人|负责人|联系人)）?$")
#: the person written after a unit in such a field: bracketed (县教育局（王五）), after a space
#: (县住建局 张三) or after the unit's post (县水利局局长李四)
_HOLDER_AFTER_UNIT_RE = re.compile(
    r"(?:（[\u4e00-\u9fff·]{2,4}）|\s+[\u4e00-\u9fff·]{2,4}"
    r"|(?<=[局委办室站所队院心])(?:副?(?:局长|主任|站长|所长|队长|院长|部长|书记|镇长|乡长|县长|区长)"
    r"|党组书记)[\u4e00-\u9fff·]{2,4})$")


def without_holders(value: str) -> str:
    """``县住建局 张三、县教育局（王五）`` -> ``县住建局、县教育局``: the units of a field naming units
    and their persons in charge, the persons left out."""
    parts = re.split(r"([、，,；;])", value)
    return "".join(p if k % 2 else _HOLDER_AFTER_UNIT_RE.sub("", p.strip())
                   for k, p in enumerate(parts))


def label_role(label: str) -> Optional[str]:
    """Role a unit label gives (lead / support / responsible / source), or None."""
    if label in LABEL_ROLES:
        return LABEL_ROLES[label]
    up = UNIT_AND_PERSON_LABEL_RE.match(label)
    if up:
        return label_role(up.group(1))
    m = GENERIC_LABEL_RE.match(label)
    if m and not ASSESSOR_LABEL_RE.search(label):
        return GENERIC_ROLES.get(m.group(1), "responsible")
    return None

#: a task's schedule field: milestones of its progress, not a completion deadline (进度安排：
#: 6月底前基本完成…；12月底前全部落实)
SCHEDULE_LABELS = ("进度安排", "时间安排", "进度要求")
DEADLINE_LABELS = ("完成时间", "完成时限", "时间节点", "时限要求", "时限", "完成期限", "办结时限",
                   # an inspection notice's time limit to put a problem right (整改时限：3天)
                   "整改时限", "整改期限")
#: the same with the time field of an item written as fields a line each (时间：2025年10月)
FIELD_DEADLINE_LABELS = DEADLINE_LABELS + ("时间",)
#: labels of one word that close many others (主体责任：, 会议时间：): read at a line's or a clause's
#: start only, never cut out of a longer word; 时间 only before a value of one word closing the
#: line or the clause (时间：2025年10月; not a portal's 时间: 2023-03-03 作者:…, 时间:2024-09-13, nor a
#: day's date, 时间：2024年9月13日, a page's or a meeting's)
BARE_FIELD_LABELS = ("责任", "时间")
#: every field label, longest first, as a regular expression's alternatives
LABELS_ALT = "|".join(sorted((k for k in list(LABEL_ROLES) + list(DEADLINE_LABELS)
                              if k not in BARE_FIELD_LABELS), key=len, reverse=True))
LABEL_RE = re.compile(r"^(" + LABELS_ALT + r"|责任|时间(?=[：:]\s*(?!\d{4}[-/.．])[^：:\s；;。，,]{2,16}(?<!日)[。；;]?\s*$))[：:]")
LABEL_ANYWHERE_RE = re.compile(r"(?<=[^；;，,。（\s])(?<!牵头)(?<!协同)(?<!配合)(?<!主要)(?<!主体)"
                               r"(?<!相关)(?<!其他)(?<!具体)(?<!直接)\s*((?:" + LABELS_ALT + r")[：:])")
# (up to eight characters: a unit label may carry what the unit does before it, 问题整改责任单位)
ANY_LABEL_RE = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:](.*)$", re.S)
# a field's label inside a line, after a separator or glued to the value before it
_FIELD_LABEL_RE = re.compile(r"([\u4e00-\u9fff]{2,6})[：:]")

# verbs after a list of units, longest first; the role they give
VERB_ROLES = [
    # a support verb after how it is done (（…，市财政局积极配合）, 密切配合, 全力配合, 做好配合), a
    # lead's with what it does (牵头组织): before the shorter verbs they end with
    ("积极配合", "support"), ("密切配合", "support"), ("全力配合", "support"),
    ("主动配合", "support"), ("做好配合", "support"), ("协助配合", "support"),
    ("配合实施", "support"), ("协同落实", "support"), ("牵头组织", "lead"),
    ("分别牵头落实", "lead"), ("分别牵头负责", "lead"), ("分别牵头", "lead"),
    ("分别负责落实", "responsible"), ("分别负责", "responsible"), ("分别落实", "responsible"),
    ("共同牵头", "lead"), ("牵头抓总", "lead"), ("总牵头", "lead"), ("负总责", "lead"),
    # (the verbs of a lead that coordinates or takes the main charge, and of the doers below it:
    # （市卫生健康局统筹，市医保局参与）, （市生态环境局主抓，各县（市、区）政府抓落实）; after the longer
    # verbs ending as they do, 牵头抓总)
    ("统筹推进", "lead"), ("统筹协调", "lead"), ("抓落实", "responsible"), ("主抓", "lead"),
    ("抓总", "lead"), ("总负责", "lead"), ("具体抓", "responsible"), ("亲自抓", "lead"), ("统筹", "lead"), ("为牵头单位", "lead"), ("为配合单位", "support"), ("为责任单位", "responsible"),
    ("牵头实施", "lead"), ("牵头落实", "lead"), ("牵头推进", "lead"), ("配合落实", "support"),
    ("按职责分工负责", "responsible"), ("按职责分工落实", "responsible"), ("按职能分工负责", "responsible"),
    ("按职责负责", "responsible"), ("分工负责", "responsible"), ("共同负责", "responsible"),
    # （县住建局牵头，各行政村具体落实）: the doers below the lead, as 具体实施 (before 落实)
    ("具体落实", "responsible"),
    ("负责落实", "responsible"), ("具体负责", "responsible"), ("牵头负责", "lead"),
    ("主要负责", "lead"),       # （县人社局主要负责，县财政局协助）: the main doer, as 主要责任单位
    ("负责实施", "responsible"), ("组织实施", "responsible"), ("按职责落实", "responsible"),
    ("抓好落实", "responsible"), ("负责", "responsible"), ("落实", "responsible"),
    # 由乡三农服务中心承办，乡畜牧站、卫生院配合: 承办 (undertakes) the handler's verb, as 负责 no lead
    ("承办", "responsible"),
    # a reworded mirror's 负责 (a spinner's synonym table writes 卖力 for it throughout a page:
    # （省发展改革委牵头卖力）, （…按职责分工卖力）)
    ("牵头卖力", "lead"), ("卖力", "responsible"),
    # （生态环境部指导）: a ministry guiding the local work of a national plan, neither lead
    # nor support (the governments that carry it out are named apart, or by a carry-over rule)
    # (…，市级有关部门给予指导 / 予以支持 / 给予配合: the same verbs after 给予 / 予以, what the units give;
    # before the shorter verbs they end with)
    ("给予指导", "responsible"), ("予以指导", "responsible"), ("给予支持", "support"),
    ("予以支持", "support"), ("给予配合", "support"), ("予以配合", "support"),
    ("指导", "responsible"),
    # the verbs of a 协同单位 / 支持单位 (who support) and of units doing the work together
    # (responsible), before the shorter verbs they end with: （市发改委牵头，市财政局协同配合）,
    # （…，市财政局参与配合）, （…，市住建局等部门共同推进）, （…，各区政府具体实施）
    ("协同配合", "support"), ("参与配合", "support"), ("配合参与", "support"),
    ("协同推进", "support"), ("共同推进", "responsible"), ("具体实施", "responsible"),
    ("牵头", "lead"), ("配合", "support"), ("协助", "support"), ("参与", "support"),
    ("参加", "support"), ("协办", "support"),
    # （市食安办牵头，市食安委各有关成员单位协作）: 协作 the verb of a 协作单位, who support
    ("协作", "support"), ("协同", "support"), ("支持", "support"),
    # （省财政厅主办，省国税局、地税局协办）: 主办 is the main handler against 协办, the lead
    # (and 主责 against 协同: （市发改委主责，市财政局协同配合）)
    ("主办", "lead"), ("主责", "lead"),
    # （县住建局为主，县城管局配合）: the main doer, who leads
    ("为主", "lead"),
]
CONTRIB_RE = re.compile(r"^(.*?)(?:各)?(供稿|提供|收集|撰稿)(?:各?[\d,，]*字)?(?:[，、].*)?$")
# (the look-ahead: every match opens with one of those characters; searched in every line and cell,
# a position opening with none is turned away at once, ~3x faster searches, the same matches; a new
# opening word adds its first character there)
FIRST_LEADS_RE = re.compile(r"(?=[列排第首])(?:(列|排|排名|排序)(在)?)?(第一位|第一个|第一|首位)(者|的)?"
                            r"(责任单位|单位|部门|责任部门)?(为|是)(工作)?(牵头|主办)(单位|部门)?")


class _CarryRe:
    """``以下…不再列出`` rules. A rule ends at its first terminator, so none reaches past the
    last terminator of a text: searching only up to it keeps every 以下 from scanning to the
    end (quadratic on a text with many 以下 and no terminator). Same matches as the plain
    pattern."""
    # 此项及以下任务均需X落实，不再列出: the rule may name the item it is written on first
    # (``HERE_TOO``), its units this item's too
    # (不另列出, 不再另行列出, 不再单独标注: the same words of a rule written otherwise)
    _re = re.compile(r"(?:(?:此|本|该)(?:项|条|款)(?:任务)?及)?以下(.*?)(不再(单独|一一|逐一|另行)?列出|不另(?:行)?列出|"
                     r"不再(?:单独|一一|逐一|另行)?(?:标注|标明|列明)|不再重复|下同)")
    ENDS = ("列出", "不再重复", "下同", "标注", "标明", "列明")     # every terminator ends with one of these
    pattern = _re.pattern

    def _cut(self, s: str) -> int:
        return max(s.rfind(t) + len(t) if t in s else 0 for t in self.ENDS)

    def search(self, s: str):
        return self._re.search(s, 0, self._cut(s))

    def finditer(self, s: str):
        return self._re.finditer(s, 0, self._cut(s))

    def sub(self, repl, s: str) -> str:
        cut = self._cut(s)
        return self._re.sub(repl, s[:cut]) + s[cut:]


CARRY_RE = _CarryRe()
#: the opening of a carry-over rule that names its own item too (此项及以下…, 本条及以下…)
HERE_TOO_RE = re.compile(r"^(?:此|本|该)(?:项|条|款)(?:任务)?及(?=以下)")
#: a closing clause naming no unit but the listed ones (〔市人社局，…。各责任单位按职责分工落实〕):
#: 各 + a unit label, then how they work
LISTED_UNITS_CLAUSE_RE = re.compile(r"^各(?:责任|牵头|配合|协办|参与|相关责任)单位(?:要|应|须|需)?"
                                    r"(?:按(?:照)?(?:各自)?职(?:责|能)(?:分工)?)?(?:负责|落实|抓好落实|共同落实)$")
# the exception clause a carry-over rule may open with (除专门列出外，以下任务均涉及X，不再重复):
# part of the rule, taken out with it; only where a 以下 rule follows, so a stray 除…外 is reported
CARRY_EXCEPT_RE = re.compile(r"除(?:专门|单独|另行|特别|另有|已)?(?:列出|列明|注明|标明|说明|明确|规定)"
                             r"(?:的|者)?外[，,]?\s*(?=以下.*?(?:列出|不再重复|下同))")
# a blanket rule inside an annotation: 具体任务均涉及相关市（州）人民政府，不再做分工，下同
BLANKET_RE = re.compile(r"(?:^|(?<=[，,；;。]))([^，,；;。]*?)[，,]?\s*(不再(?:做|作|进行|逐一|一一|单独)?"
                        r"(?:分工|列出|重复)|不(?:逐一|一一)列出)(?:[，,]?\s*下同)?")
SAME_BELOW = "下同"
# 排名不分先后: the order of the list means nothing (no lead by position)
NO_ORDER_RE = re.compile(r"[，,；;。]?\s*(?:排名|排序|排列|名次)?不分先后(?:顺序)?")
MARK_ROLES = {"牵头": "lead", "主办": "lead", "主责": "lead", "配合": "support", "协办": "support",
              "参与": "support", "协同": "support", "协助": "support", "协作": "support"}
# (in any bracket a clerk writes the mark in: 县发改委〔牵头〕, 县商务局（协同）, 县财政局【配合】)
ROLE_MARK_RE = re.compile(r"^(.+?)[（〔【\[](牵头|主办|主责|配合|协办|参与|协同|协助|协作)[）〕】\]]$")
# the manner a list's units do the work in, bracketed after its last name (牵头单位：县委编办、县发改局
# （按职责分工）): a note on the list, no part of the name it follows
MANNER_MARK_RE = re.compile(r"^(.+?)[（〔【\[](?:按照?|依)(?:各自)?(?:职责|职能)(?:分工)?(?:负责|落实)?[）〕】\]]$")

UNIT_SUFFIXES = (
    "人民政府", "政府", "管委会", "委员会", "办公室", "办公厅", "管理局", "局", "委", "办", "厅", "部",
    "院", "会", "所", "站", "队", "中心", "公司", "集团", "支行", "分行", "银行", "法院", "检察院",
    "联合会", "联", "社", "团", "馆", "处", "科", "组", "部门", "单位", "机构", "机关", "街道",
    "乡镇", "镇", "乡", "协会", "学校", "大学", "学院", "医院", "海关", "支队", "大队", "台",
    "报社", "分局", "党委", "党组", "工委", "小组", "专班", "商会", "学会", "基金会", "办事处",
    "（街道）", "公安分局", "室", "学", "校", "园", "党", "协", "军分区", "军区", "警备区", "盟", "革", "民建", "民进",
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
    starred: bool = False          # written with a star (县发改局★): the lead where a legend says so


@dataclass
class PostRef:
    """A post (分管副市长, 各级河长) or a named person (张三) written among a task's responsible
    people: kept on the task, never a unit."""
    written: str
    role: str                      # lead | responsible | support
    label: Optional[str] = None    # 责任领导, 牵头领导, 责任单位 … (None: with a verb or alone)
    kind: str = "post"             # post | person


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
    # (label, names) of a field naming who follows the work up (督办单位：…): no role, reported
    overseers: list[tuple[str, str]] = field(default_factory=list)
    contributor: bool = False
    posts: list[PostRef] = field(default_factory=list)  # posts and persons named (no units)


_NOT_IN_NAME_RE = re.compile(r"[，。；：:！？“”《》]|\d{2,}")
_BRACKET_END_RE = re.compile(r"（[^（）]*）$")
# a task's clause whose last word a name may end in too (改革 / 民革, 重组 / 小组): a verb of the work
# opening it (not 改革 closing it: 发展改革 is a field; nor a verb that sets a body up, 建立, 成立, 组建:
# 各镇街建立防灾应急工作站，负责… names the body set up, which the duty reader takes as the doer)
_WORK_NOT_NAME_RE = re.compile(r"^(?:\d+[.．、])?(?:深化|推动|推进|加快|加强|开展|实施|完善|健全|做好|强化|"
                               r"提升|优化|促进|落实|打造|举办|办好|建好|提高|扎实|切实|大力)"
                               r"|^\d+[.．、]\S")
# a political party's name by its last word before 党 (市农工党, 中国致公党, 中国共产党): a bare
# 党 after anything else ends a clause (坚持党, 全面加强党), no name
_PARTY_RE = re.compile(r"(?:共产|致公|农工|民主|国民)党$")
# a clause, never a name, whatever its last character: the agent's 由 inside it (具体由县文体局,
# 每天由一个党委组织…; not 自由贸易区, 理由), 以…为 (以党委为单位: "taking X as the unit"), a
# day of a month (于5月下旬举办…运动会)
# (办公室设在区委办…: where a body's office sits, a clause: no name holds 设在)
_CLAUSE_NOT_NAME_RE = re.compile(r"(?<![自理缘])由|^以.{1,12}为|\d月|设在")
# the units a list names, spoken of again (（负责单位：A、B。未明确牵头单位的，由所列负责单位按职责分工负责，
# 下同）): a reference back to the list, no unit of its own
_LISTED_REF_RE = re.compile(r"^(?:所|上|前)列(?:的)?各?(?:负责|負責|责任|責任|牵头|牽頭|配合|参加|參加|参与|參與"
                            r"|相关|相關|有关|有關)?(?:单位|單位|部门|部門|机关|機關|机构|機構)$")
_NOT_IN_CONTRIBUTOR_RE = re.compile(r"[，。；：:！？“”《》]|\d")
_HAN_ONLY_RE = re.compile(HAN + "+")
_SPACED_PUNCT_RE = re.compile(r"\s*([：:，,；;、。（）])\s*")
_POST_LIST_SEP_RE = re.compile(r"[、，,和及]")


# ---------------------------------------------------------------- brackets and splitting

_BRACKET_RE = re.compile("[（()）]")


@lru_cache(maxsize=64)
def _seps_re(seps: str) -> re.Pattern:
    return re.compile("[" + re.escape(seps) + "]")


def split_top(text: str, seps: str) -> list[str]:
    """Split ``text`` on any character of ``seps`` outside brackets."""
    if not _seps_re(seps).search(text):
        # no separator at all (most texts asked): the text, stripped, as the loop would give
        t = text.strip()
        return [t] if t else []
    if not _BRACKET_RE.search(text):
        # no bracket: every separator is outside one (one compiled split, not a loop)
        return [p for p in (s.strip() for s in _seps_re(seps).split(text)) if p]
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
    t = text.rstrip().rstrip("。；;，,.、 ")      # one pass: a loop of t[:-1] was quadratic
    if not t:
        return None
    if t.endswith("〕"):           # 〔责任单位：…〕 tortoise-shell brackets
        k = t.rfind("〔")
        if k >= 0 and "〕" not in t[k:-1]:
            return k, len(t), True
        return None
    if t.endswith(CLOSE):
        k = _open_scanning_back(t, 0)
        return None if k is None else (k, len(t), True)
    # unbalanced: an opening bracket never closed, searching backwards to depth -1
    k = _open_scanning_back(t, -1)
    tortoise = t.rfind("〔")
    if tortoise >= 0 and "〕" not in t[tortoise:] and (k is None or k > tortoise):
        return tortoise, len(t), False    # 〔牵头单位：…；配合单位：A、B（cut): the outer group
    return None if k is None else (k, len(t), False)


_PAREN_RE = re.compile("[" + OPEN + CLOSE + "]")
#: what a head may not hold: a sentence's end or a clause's break (the head is a name or a short
#: topic, 联盛快乐城, 问题1)
_HEAD_BREAK_RE = re.compile("[。；;！？!?，,：:]")


def head_group(text: str) -> Optional[tuple[int, int]]:
    """The annotation closing a line's head, the text after it opened by a colon: ``1、联盛快乐城
    （责任单位：县商务局）：前期通报该点位存在…`` (an inspection bulletin's place, then what was
    found there), ``问题一（牵头单位：X）：…``. Returns ``(start, end)`` of the bracket group in
    ``text`` (normalised) when the head before it is short (40 characters at most, no clause
    break), a colon follows the group and text follows that, and the group is a labelled or
    verb annotation; else None."""
    got = _group_after_head(text)
    if got is None:
        return None
    k, end = got
    if text[end:end + 1] not in ("：", ":") or not text[end + 1:].strip():
        return None
    return got if classify(text[k + 1:end - 1]) in ("labeled", "verb") else None


#: an item's number written in brackets before its head (（三）智慧城市二期项目（责任单位：…）：…)
_BRACKET_MARKER_RE = re.compile(r"\s*（(?:\d{1,3}|[一二三四五六七八九十]{1,3})）\s*")


def _group_after_head(text: str) -> Optional[tuple[int, int]]:
    """``(start, end)`` of the first bracket group of ``text`` (balanced) when the head before it is
    short (40 characters at most, no clause break); else None. An item's number written in
    brackets (``（三）``) opens the head, no group of it."""
    mk = _BRACKET_MARKER_RE.match(text)
    skip = mk.end() if mk else 0
    k = text.find(OPEN, skip)
    if k <= skip or k - skip > 40 or _HEAD_BREAK_RE.search(text[skip:k]):
        return None
    depth = 0
    for m in _PAREN_RE.finditer(text, k):
        depth += 1 if m.group() == OPEN else -1
        if depth == 0:
            return k, m.end()
    return None


def labelled_mid_group(text: str) -> Optional[tuple[int, int]]:
    """A labelled annotation after a line's short head, a few words of the head's state after it
    (a 督查 通报's item: ``邕江综合整治工程（责任单位：市住建局、市水利局）已按期完成。``): the group's
    ``(start, end)`` in ``text`` when the head before it is short (40 characters at most, no clause
    break), the group holds a label (``责任单位：``) and text follows it; else None. (A longer text
    after the group is a task of its own, cut there before the outline is read.)"""
    got = _group_after_head(text)
    if got is None:
        return None
    k, end = got
    if not text[end:].strip("。；;，, ") or classify(text[k + 1:end - 1]) != "labeled":
        return None
    return got


def _open_scanning_back(t: str, depth_at: int) -> Optional[int]:
    """Index of the first opening bracket, scanning ``t`` backwards, that brings the depth
    (closers +1, openers -1) to ``depth_at``: 0 finds the partner of a final closer, -1 an
    opener never closed."""
    depth = 0
    for k in reversed([m.start() for m in _PAREN_RE.finditer(t)]):    # only brackets count
        ch = t[k]
        if ch == CLOSE:
            depth += 1
        elif ch == OPEN:
            depth -= 1
            if depth == depth_at:
                return k
    return None


@lru_cache(maxsize=CACHE_SIZE)
@lru_cache(maxsize=1 << 12)
def county_named(name: str) -> bool:
    """A county-level division written by its full name (岳麓区, 长沙县, 浏阳市): listed among
    units, it stands for its government (as a town, 古林镇, does). Names of two characters
    are words as often as names (城区, 郊区, 矿区) and are left out, but for a county's (雄县,
    易县, 蠡县: one character and 县, no word of the language; 和县 begins with a conjunction). An
    autonomous county is named by its short form and level word as often (石柱县, 长白县)."""
    from ..resolve.divisions import load_divisions
    n = compact(name)
    if len(n) >= 3 and n[-1] in "县旗" and any(
            d.level == "county" and d.kind.startswith("autonomous")
            for d in load_divisions().lookup(n, shorts=True)):
        return True     # 石柱县, 长白县: an autonomous county by its short form and level word
    return (len(n) >= 3 or (len(n) == 2 and n[1] == "县" and n[0] != "和")) and any(
        d.level == "county" and d.kind != "zone" for d in load_divisions().lookup(n, shorts=False))


def looks_like_unit(name: str) -> bool:
    """A conservative test that a string names an organisation (or a set of them), a county
    named in full among them included."""
    return _formed_like_unit(name) or county_named(name)


@lru_cache(maxsize=CACHE_SIZE)
def _formed_like_unit(name: str) -> bool:
    """An organisation's name by its form (a county's bare name, 武乡县, may still be the
    elliptical first of 武乡县、长治市教育局). Memoised: a function of the name alone, asked
    again for the same piece by each reading of a list."""
    n = compact(name)
    if not 2 <= len(n) <= 40:
        return False
    if unitnames.is_person_or_post(n) or unitnames.is_role_part(n):
        return False
    if _CLAUSE_NOT_NAME_RE.search(n) or _LISTED_REF_RE.match(n):
        return False
    if _WORK_NOT_NAME_RE.search(n):
        # 深化国企改革, 推动区属国企整合重组, 4.建设县级综合服务中心, 提升乡镇卫生院: the work (革 ends
        # 民革, 组 a 小组, 院 a 卫生院), no name
        return False
    if unitnames.is_unit_name(n):
        return True
    if _NOT_IN_NAME_RE.search(n):
        return False
    base = _BRACKET_END_RE.sub("", n) or n
    if base.endswith("党") and not _PARTY_RE.search(base):
        return False        # 坚持党对…的领导: a clause; a party's name ends with its own word
    if _COUNT_END_RE.search(base):
        return False        # 新建3所, 新建学校3所: a count of the work, no name (第3所 is one)
    if base.endswith(UNIT_SUFFIXES) or n.endswith(UNIT_SUFFIXES):
        return True
    return False


#: a figure then a measure word closing a text (``新建3所``, ``改造5个``, ``建成12处``): how many, no
#: name; an ordinal (``第3所``) stays a name
_COUNT_END_RE = re.compile(r"(?<![第0-9０-９.．])[0-9０-９][0-9０-９.．]*[所个家座处]$")


def _contributor_name(name: str) -> bool:
    """In ``（X供稿）`` X is an organisation even when its name has no usual suffix
    (市民革, 市科协, 廊坊军分区); still refuse sentences and numbers."""
    n = compact(name)
    return (2 <= len(n) <= 40 and not _NOT_IN_CONTRIBUTOR_RE.search(n)
            and not n.endswith(("字", "张", "篇", "个")))


# ---------------------------------------------------------------- unit lists

_VERB_TAIL = re.compile("(" + "|".join(v for v, _ in VERB_ROLES) + r")$")


# VERB_ROLES by their last character, in their order (a piece ends only in verbs that end in
# its own last character)
_VERB_ROLES_BY_LAST: dict[str, list[tuple[str, str]]] = {}
for _verb, _role in VERB_ROLES:
    _VERB_ROLES_BY_LAST.setdefault(_verb[-1], []).append((_verb, _role))


# how the listed units do it, written between the names and the verb: 按照职责分工 (牵头),
# 根据各自职能 (负责), 依照职责 (落实)
# the manner before the verb: 按职责分工 (A、B按职责分工负责), or 结合实际 (各地级以上市人民政府结合实际
# 落实, 各县（市、区）结合本地实际抓好落实)
_MANNER_TAIL_RE = re.compile(r"(?:(?:分别|共同)?(?:按照|按|根据|依据|依照)(?:各自)?的?(?:职责|职能)(?:分工)?"
                             r"(?:分别|共同)?|结合(?:本地|当地|各地|各自|本地区|本部门)?实际(?:情况)?)$")


def split_verb(piece: str) -> tuple[str, Optional[str]]:
    """``市残联、市人社局按职责分工负责`` -> (``市残联、市人社局``, ``responsible``);
    ``市民政局按照职责分工牵头`` -> (``市民政局``, ``lead``)."""
    return _split_verb(piece)[:2]


def _split_verb(piece: str) -> tuple[str, Optional[str], bool]:
    """:func:`split_verb`, and whether 负责 stood before the verb's own phrase (``各街道负责具体实施``)."""
    p = piece.strip()
    m = _AS_LABEL_RE.match(p)
    if m and (role := label_role(m.group(2))) and role != "source" and not label_role(m.group(1)) \
            and not FIRST_LEADS_RE.match(m.group(1)):
        # (第一责任单位为牵头单位: a rule naming a label by a label, no unit)
        # 县农业农村局为第一责任单位, 县财政局为协同单位: the units named as holding a label (the
        # first responsible leads, as 主要责任单位 does)
        if role == "responsible" and m.group(2).startswith("第一"):
            role = "lead"
        return _drop_preposition(m.group(1).rstrip("、，, ")), role, False
    for verb, role in _VERB_ROLES_BY_LAST.get(p[-1:], ()):
        if p.endswith(verb) and len(p) > len(verb):
            names = p[: -len(verb)]
            manner = _MANNER_TAIL_RE.search(names)
            if manner and manner.start() > 0:
                names = names[: manner.start()]
            charge = _CHARGE_TAIL_RE.search(names)
            if charge and charge.start() > 0:
                # 各街道负责具体实施, 县商务局负责抓好落实, 各乡镇负责具体落实: 负责 before the verb's
                # own phrase, no part of the names (the piece was left unread, its units lost)
                return _drop_preposition(names[: charge.start()].rstrip("、，, ")), role, True
            return _drop_preposition(names.rstrip("、，, ")), role, False
    return p, None, False


#: 负责 written before a verb's phrase (负责具体实施, 负责组织实施, 负责抓好落实, 负责具体落实)
_CHARGE_TAIL_RE = re.compile(r"负责(?:具体|组织|抓好)?$")


#: units named as holding a label (县财政局为协同单位, 县农业农村局作为第一责任单位): the label's role
_AS_LABEL_RE = re.compile(r"^(.{2,}?)(?:为|是|作为)(\S{2,8}?(?:单位|部门|主体))$")


_AGENT_CLAUSE_RE = re.compile(r"^[^由]{2,40}?由([^由，,；;。]{2,20}?)(?:负责|公开|发布|办理|承办|落实|实施|"
                              r"提供|牵头|组织)[^由，,；;。]{0,12}$")


def clause_agent(piece: str) -> str:
    """``上级部门制定的规范性文件由对口部门公开`` -> ``对口部门``: a clause in a unit cell or
    annotation that names who does the work after 由. Anything else is returned unchanged."""
    m = _AGENT_CLAUSE_RE.match(piece.strip())
    if m and not looks_like_unit(piece) and all(
            _unit_item(n, lk) for n, lk in unit_items(m.group(1))):
        return m.group(1)
    return piece


_HELPS_RE = re.compile(r"^(.+?)(?:配合|协助)(.+)$")


def _helpers_before(names: str) -> Optional[tuple[str, str]]:
    """``省人事厅配合省委有关部门`` (落实) -> (``省人事厅``, ``省委有关部门``): the units before
    配合/协助 help the units after it, who do the work. ``None`` unless both sides are units."""
    m = _HELPS_RE.match(names)
    if not m:
        return None
    sides = (m.group(1), m.group(2))
    if all((items := unit_items(side)) and all(looks_like_unit(n) for n, _ in items)
           for side in sides):
        return sides
    return None


#: a conjunction opening an annotation's later piece (…按职责分工负责，以及各县（市、区）落实)
_PIECE_CONJ_RE = re.compile(r"^(?:以及|(?:并|同时)(?=由))(?=\S{2})")


def _drop_preposition(names: str) -> str:
    """``由县发改局`` (牵头实施) -> ``县发改局``: 由/请/经 before a list is not part of a name;
    nor is a conjunction opening a later piece (``以及各县（市、区）``, ``并由各县（市、区）`` 落实)."""
    c = _PIECE_CONJ_RE.match(names)
    if c:
        names = names[c.end():]
    m = re.match(r"^(?:(?:此项|本项|该项|上述|以上)(?:工作|任务|事项)?)?(?:具体|统一|均|全部|主要)?(由|请|经|责成)(?=\S{2})",
                 names)     # (此项工作由市教育局牵头负责: the item named before 由 too)
    if m and m.group(1) == "经" and names[m.end()] in "发信贸管济开合协研":
        return names    # 经发局, 经信局, 经贸局, 经管站: a body named for the economy (经济…), not 经 + X
    if m and looks_like_unit((split_top(names[m.end():], "、，,") or [""])[0]):
        # (由各县（市、区）: the first name whole, its bracket's 、 no separator)
        return names[m.end():]
    return names


#: a Party committee's own organ written bare after one named with its committee (市委组织部、宣传部、
#: 统战部; 县委政法委、编办): the same committee's, as every committee has them
_BARE_PARTY_ORGAN_RE = re.compile(r"(?:宣传部|组织部|统战部|统一战线工作部|社会工作部|政法委(?:员会)?|编办|"
                                  r"机构编制委员会办公室|网信办|农办|财经办|外办|台办|老干部局|"
                                  r"直属机关工委|党校|党史研究室|政研室|政策研究室|改革办|巡察办)")
#: a level written by its rank or as the governments above it, before a department (县级财政部门,
#: 县级以上人民政府财政部门): the prefix a bare department after it shares (…和水务部门)
_RANK_PREFIX_RE = re.compile(r"^(?:(?:县级以上|设区的市级以上|市级以上)(?:地方)?(?:各级)?人民政府|[省市州县区]级(?!以上|市))"
                             r"(?=(?:\S{2,}(?:部门|机构)|公安机关)$)")
# (not 司法机关, 监察机关: the judiciary's and the supervisors' organs are no government's: 县级以上
# 人民政府有关部门、司法机关)


def _level_prefix(name: str) -> Optional[str]:
    rank = _RANK_PREFIX_RE.match(name)
    if rank:
        return rank.group(0)    # (县级财政部门和水务部门: 县级水务部门)
    for p in ("市委", "县委", "区委", "省委", "市", "县", "区", "省"):
        if name.startswith(p) and not name.startswith(("市场", "市政", "县级", "区域", "省级")):
            return p
    return None


_KEEP = "\u0001"      # stands for a 、 inside a collective while a list is split


# a collective over a series of levels: 各乡、镇人民政府, 相关市、县政府
# (a level may carry its own bracketed levels: 各县（市）、区人民政府; the last may say 级 before
# the body: 各市、县级政府, 各省、市、县级人民政府)
_LEVEL = unitnames._LEVELS + r"(?:（" + unitnames._LEVELS + r"(?:、" + unitnames._LEVELS + r")*）)?"
_BODY = r"(?:人民政府|政府|党委|部门|单位)"
# (not one ending inside a word: 各街道、地区 is each sub-district and each 地区, two collectives
# under one 各, not 各街道、地 and a rest)
_LEVEL_SERIES_RE = re.compile(r"(?:各|相关|有关)" + _LEVEL + r"(?:、" + _LEVEL + r")+"
                              r"(?:级" + _BODY + r"|" + _BODY + r"?)(?![区县市])")
# the same opening with two levels in one word (县市: the county-level cities), then the body the
# series shares, which must be written: 各县市、区政府, 各县区、乡镇人民政府
_PAIR_LEVEL_SERIES_RE = re.compile(r"(?:各|相关|有关)(?:县市|市县|县区|区县|市区)(?:、" + _LEVEL + r")+级?"
                                   + _BODY + r"(?![区县市])")


# 市直有关部门、单位 / 各有关部门、机构: a collective of a class, then a bare class noun that
# shares everything written before the first class (市直有关部门和市直有关单位): one collective
_CLASS = r"(?:部门|单位|机构)"
_CLASS_PAIR_RE = re.compile("((?:各|有关|相关|[" + OWN_LEVEL_CHARS + r"]直|[省市县区州]级)" + HAN + r"{0,8}?"
                            + _CLASS + r")、(" + _CLASS + r")(?=$|[、，,；;。）)])")


#: a level's bracketed alternatives (（市、区） of 各县（市、区）)
_BRACKETED_LEVEL_RE = re.compile(r"（[^（）]*）")
#: the kinds of a level's own body (a department, a station, a company), not its government
_OWN_BODY_KINDS = ("department", "institution", "enterprise", "central")
#: the rest of a name after a series of levels, up to the next list separator
_NAME_REST_RE = re.compile(r"[\u4e00-\u9fff]*")


def _protect_collectives(text: str) -> str:
    """Hide the 、 of collectives (各乡、镇人民政府, 各县、市、区政府, 相关市、县政府, 市直有关部门、
    单位) from the list splitter. Two 各 words (各地、各部门) are two collectives."""
    def hide(m: re.Match) -> str:
        # (the body the series shares may be any body's: 各市、区分局, 各县、区生态环境分局, each
        # level's 分局, one collective, not 各市 and a 区分局)
        rest = _NAME_REST_RE.match(m.string, m.end()).group(0)
        if rest and "）、" in m.group(0) and unitnames.unit_kind(
                _BRACKETED_LEVEL_RE.sub("", m.group(0)).rsplit("、", 1)[-1] + rest) in _OWN_BODY_KINDS:
            # (各县（市、区）、市交通局, 各村（社区）、镇林业站: a bracket closes the first collective's levels,
            # and the level after it opens a body of its own, not a government each level has)
            return m.group(0)
        if unitnames.is_unit_name(m.group(0)) or (rest and _BODY_END_RE.search(rest)
                                                  and unitnames.is_unit_name(m.group(0) + rest)):
            return m.group(0).replace("、", _KEEP)
        return m.group(0)
    text = _CLASS_PAIR_RE.sub(lambda m: m.group(1) + _KEEP + m.group(2), text)
    return _LEVEL_SERIES_RE.sub(hide, _PAIR_LEVEL_SERIES_RE.sub(hide, text))


# X、Y等市有关部门 / 财政、农业农村等部门: the names, then the collective they end in (also a
# set of rescue forces: 县人武部、消防大队…等各救援力量负责搭建帐篷)
# (not the 等 of a word: 中等职业学校, 高等学校, 初等教育)
# (and X等数字经济工作领导小组成员单位: the members of a group named by its matter, whose name
# may be longer than a qualifier)
_ETC_COLLECTIVE_RE = re.compile(r"^(.+?)(?<![中高初])等((?:市|县|区|省)?(?:直|级)?(?:有关|相关|其他)?[\u4e00-\u9fff]{0,10}?"
                                r"(?:部门|单位|机构|救援力量)(?:（(?:部门|单位|机构)）)?"
                                r"|[\u4e00-\u9fff]{2,16}?(?:领导小组|委员会|指挥部|联席会议|工作专班)(?:各)?成员单位)$")


# X、Y等5个部门, X等十家单位: the names, then how many bodies there are in all (the others unnamed)
_ETC_COUNTED_RE = re.compile(r"^(.+?)(?<![中高初])等(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个|家)?"
                             r"(?:市直|县直|区直|省直)?(?:有关|相关)?(?:部门|单位|机构)$")


# a sector written bare in a list ending in 等相关部门 (生态环境, 交通, 公安): two to four characters
_SECTOR_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
# the level a list's first field is written after (省人民政府 of 省人民政府发展改革, 县级以上人民政府 of
# 县级以上人民政府发展改革, 市 of 市规划资源): a government's words or one level word, then a field
# (not a word a level character opens: 市场监管, 市政, 县域; nor a party committee: 市委)
# (an autonomous area's own level in full, 自治区发展改革、财政等部门, as 省发展改革、财政等部门)
_LIST_HEAD_RE = re.compile(r"^(?P<h>[\u4e00-\u9fff]{0,10}?(?:人民政府|政府)|(?:自治[区州县旗]|[省市县区州])(?!场|政|容|民(?!政|族|宗|防)|级|域|直|属|委))"
                           r"(?!的)(?=[\u4e00-\u9fff]{2,8}$)")
# what a body's name ends in, not a field's (办公厅, 财政局, 发改委, 中心)
_BODY_END_RE = re.compile(r"(?:[局委厅办室会院处科所站队部署]|中心)$")
# where the level a list's head names starts in it
_LEVEL_IN_HEAD_RE = re.compile(r"县级以上|设区的市|地级以上|各级|自治[区州县旗]|[省市州县区旗盟]")
# a field written bare in a distributive list (商务, 水务（海洋）, 住房城乡建设管理)
_FIELD_WORD_RE = re.compile(r"[\u4e00-\u9fff（）]{2,10}")
# two fields joined by 以及 (生态环境以及民航)
_FIELDS_JOINED_RE = re.compile(r"[\u4e00-\u9fff（）]{2,10}以及[\u4e00-\u9fff]{2,6}")


def _bare_field(piece: str, first: bool) -> bool:
    """Is ``piece`` a field written bare in a list of departments (市场监督管理, 住房城乡建设管理), or,
    first in the list, a field after the level or government the list is written after
    (省人民政府农业农村)? Not a body's name (办公厅, 财政局)."""
    n = compact(piece)
    head = _LIST_HEAD_RE.match(n) if first else None
    n = n[head.end():] if head else n
    return bool(_FIELD_WORD_RE.fullmatch(n)) and "的" not in n and not _BODY_END_RE.search(n) \
        and not looks_like_unit(n)


def unit_items(text: str, known: Optional[callable] = None) -> list[tuple[str, Optional[str]]]:
    """Split a list of units into (mention, lookup) pairs.

    Handles ``、``/``，``/newline separators outside brackets (a ``、`` inside a collective such
    as ``各乡、镇人民政府`` is kept), ``及``/``和`` between whole unit names, names fused with no
    separator (``市发改委市财政局``), ``X、Y等市有关部门`` (X, Y and the collective 市有关部门),
    distributive suffixes (``财政、农业农村等部门`` -> 财政部门, 农业农村部门), elliptical pairs
    sharing a suffix (``人民大垸、荒湖管理区`` -> 人民大垸 looked up as 人民大垸管理区), leading
    markers (``*``), and elliptical lists where a level prefix is shared (``市委组织部、宣传部``
    -> 宣传部 is looked up as 市委宣传部). ``known(name)`` tells whether the lexicon knows a
    name; it guides the expansions but recognition does not depend on it.

    Memoised: the answer is a function of ``text`` and of what ``known`` answers to the names
    it is asked, so a text seen before is answered again when ``known`` gives the same answers
    to those names (another document, another lexicon) as when it was first read.
    """
    if known is None:
        return list(_unit_items_alone(text))
    seen = _ITEMS_SEEN.get(text)
    for asked, items in seen or ():
        if all(bool(known(q)) == a for q, a in asked):
            return list(items)
    log: list[tuple[str, bool]] = []

    def asking(q: str) -> bool:
        a = bool(known(q))
        log.append((q, a))
        return a
    items = _unit_items(text, asking)
    if len(_ITEMS_SEEN) >= _ITEMS_SEEN_MAX:
        _ITEMS_SEEN.clear()
    if seen is None:
        seen = _ITEMS_SEEN[text] = []
    if len(seen) < 4:
        seen.append((tuple(log), tuple(items)))
    return items


@lru_cache(maxsize=1 << 14)
def _unit_items_alone(text: str) -> tuple[tuple[str, Optional[str]], ...]:
    return tuple(_unit_items(text, None))


# unit_items' memo: text -> [(the names known() was asked and its answers, the items)]
_ITEMS_SEEN: dict[str, list[tuple[tuple[tuple[str, bool], ...], tuple]]] = {}
_ITEMS_SEEN_MAX = 1 << 15


# a short name opened by a level word (区水投, 市城投): a unit when it follows one of that level
_SAME_LEVEL_SHORT_RE = re.compile("^[" + OWN_LEVEL_CHARS + "]" + HAN + "{2,4}$")
# what makes a text more than one piece for _unit_items: a separator, a space, a conjunction
# (会同 too), 等 (and _KEEP); a text with none of them is one item unless its names are fused
_MANY_PIECES_RE = re.compile("[、，,；;/\\s及与和等" + _KEEP + "]|会同")


def _unit_items(text: str, known: Optional[callable]) -> list[tuple[str, Optional[str]]]:
    if not _MANY_PIECES_RE.search(text):
        # (most texts the duty reader asks: a clause or its head) the answer of the loops below
        # for one piece, without them: no separator to split at, no 、 to protect, no
        # conjunction, no 等, one item and no level prefix before it
        p = text.strip(" 　。.").lstrip("*＊※")
        if not p:
            return []
        if not (known and known(p)):
            fused = unitnames.split_fused(compact(p))
            if len(fused) == 1:
                fused = unitnames.split_run(compact(p))
            if len(fused) > 1:
                return _unit_items_split(text, known)
        return [(p, None)]
    return _unit_items_split(text, known)


# a level's body named by the level's word alone, no place (地区办事处 of 各街道办事处、地区办事处, 镇政府):
# after a 各 collective, one more collective under the same 各
_BARE_LEVEL_BODY_RE = re.compile("(?:地区|街道|乡镇|镇乡|镇|乡|苏木)(?:办事处|人民政府|政府)")


def _unit_items_split(text: str, known: Optional[callable]) -> list[tuple[str, Optional[str]]]:
    """:func:`_unit_items` of a text of several pieces (or fused names)."""
    raw: list[str] = []
    suffix = ""
    parts = []
    for p in split_top(_protect_collectives(text), "、，,；;\n/"):
        p = p.replace(_KEEP, "、").strip(" 　。.").lstrip("*＊※")
        if not p:
            continue
        bits = p.split()
        if len(bits) > 1 and all(looks_like_unit(b) for b in bits):
            parts.extend(bits)            # 市发改委 市财政局: spaces separate names
        elif (len(bits) > 1 and looks_like_unit(bits[0])
              and not looks_like_unit("".join(bits)) and not looks_like_unit(bits[-1])):
            # 各区政府 鄞州 海曙: the list ends at the space (text of a flattened table follows)
            k = 0
            while k < len(bits) and (looks_like_unit(bits[k]) or (k and _SAME_LEVEL_SHORT_RE.match(
                    bits[k]) and bits[k][0] == bits[k - 1][0])):
                # (区城管局 区水投: a short name after a unit of its level, as the owner column of
                # a project table writes a state company, 水投 for 水务投资公司, is one more unit)
                k += 1
            parts.extend(bits[:k])
        else:
            parts.append("".join(bits))
    for part in parts:
        for sub in _split_conj(part):
            counted = _ETC_COUNTED_RE.match(sub)
            if counted:
                sub = counted.group(1)     # 县发改局等5个部门: the ones named (how many in all: no unit)
            m = _ETC_COLLECTIVE_RE.match(sub)
            if m:
                head, coll = m.group(1), m.group(2)
                if coll in ("部门", "单位", "机构"):
                    suffix = coll          # 财政、农业农村等部门: distributive
                    # (生态环境以及民航等部门: 以及 before the last field joins two fields, never
                    # one field's words, as 和 may: 文化和旅游)
                    raw.extend(h for h in head.split("以及") if h) if _FIELDS_JOINED_RE.fullmatch(
                        compact(head)) else raw.append(head)
                else:
                    concerned = re.fullmatch(r"(?:有关|相关)((?:行政)?主管部门|部门)", coll)
                    if (concerned
                            and all(looks_like_unit(b) or _SECTOR_WORD_RE.fullmatch(compact(b))
                                    or _bare_field(b, k == 0) for k, b in enumerate(raw + [head]))
                            and not all(looks_like_unit(b) for b in raw + [head])):
                        # 生态环境、交通、公安等相关部门: the bare sectors named (two to four
                        # characters each) are departments, 生态环境部门…; the collective one more
                        # (…、商务等有关主管部门: 商务主管部门, the head as written)
                        suffix = concerned.group(1)
                    raw.extend([head, coll])
                continue
            if sub.endswith("等") and len(sub) > 2:
                sub = sub[:-1]
            if not (known and known(sub)):
                fused = unitnames.split_fused(compact(sub))
                if len(fused) == 1:
                    fused = unitnames.split_run(compact(sub))   # 教育局经开区高新园
                if len(fused) > 1:
                    raw.extend(fused)
                    continue
            raw.append(sub)
    items: list[tuple[str, Optional[str]]] = []
    under_each = False      # the items so far are a run of collectives opened by 各
    for k, piece in enumerate(raw):
        look = None
        if (under_each and (not looks_like_unit(piece) or _BARE_LEVEL_BODY_RE.fullmatch(compact(piece)))
                and unitnames.unit_kind("各" + compact(piece)) == "collective"):
            # 各区、县级市: a bare level word after a 各 collective is a collective under the
            # same 各 (kept as written, looked up as 各县级市)
            items.append((piece, "各" + compact(piece)))
            continue
        under_each = compact(piece).startswith("各") and unitnames.unit_kind(
            compact(piece)) == "collective"
        if compact(piece) in _BARE_LEVELS and k + 1 < len(raw):
            # 州、县（市）人民政府, 市、县（市、区）住建局: a bare level word shares the body the
            # last level's item names, by its own level word (州人民政府, never 州（市）…)
            j = k + 1
            while j + 1 < len(raw) and compact(raw[j]) in _BARE_LEVELS:
                j += 1
            m = _LEVEL_HEAD_RE.match(compact(raw[j]))
            cand = compact(piece) + compact(raw[j])[m.end():] if m else ""
            if m and looks_like_unit(cand):
                items.append((piece, cand))
                continue
        if k and compact(piece) in unitnames.SUFFIX_KINDS and _place_body(raw[k - 1]) \
                and not _village_body_of_no_village(compact(piece), raw[k - 1]):
            # 各县（市、区）党委和人民政府: the second body is the same place's
            look = _place_of(raw[k - 1]) + compact(piece)
            if compact(piece).endswith("办事处") and _TOWNSHIP_LEVEL_END_RE.search(_place_of(raw[k - 1])):
                # (乡镇人民政府、街道办事处, 各乡镇人民政府、街道办事处: two levels' bodies, the sub-districts'
                # office with what qualifies the townships but their level word: 街道办事处, 各街道办事处)
                rest = _TOWNSHIP_LEVEL_END_RE.sub("", _place_of(raw[k - 1]))
                look = rest + compact(piece) if rest else None
        elif suffix and not looks_like_unit(piece):
            look = piece + suffix
        elif k + 1 < len(raw) and (zone := _zone_shares_body(raw, k)):
            look = zone     # 滨州经济开发区、高新区、北海新区管委会: the zones share the committee
        elif (k + 1 < len(raw) and not _formed_like_unit(piece)
              and not (known and known(piece))):
            # 哈尔滨、黑河、绥芬河市政府: bare names before the one that carries the suffix
            j = k + 1
            while j + 1 < len(raw) and _bare_name(raw[j]):
                j += 1
            look = _elliptical(piece, raw[j])
        items.append((piece, look))
    # a distributive list written after one level or government (省人民政府发展改革、商务等部门,
    # 县级以上人民政府发展改革、公安等部门, 市规划资源、交通等部门): each later field is that level's
    # department (商务 looked up as 省人民政府商务部门, not the bare 商务部门, which a province's text
    # reads as every level's and a city's as the city's)
    head = _LIST_HEAD_RE.match(compact(raw[0])) if suffix and len(raw) > 1 else None
    if head and _BODY_END_RE.search(compact(raw[0])):
        head = None     # (省人民政府办公厅、财政等部门: a body the first item names, no field)
    if head:
        # (from the level word: 铁路沿线县级以上人民政府发展改革、公安等部门, 县级以上人民政府公安部门)
        lv = _LEVEL_IN_HEAD_RE.search(head.group("h"))
        h = head.group("h")[lv.start():] if lv else head.group("h")
        # (a field with a conjunction in it, 人力资源和社会保障, 文化和旅游, is looked up bare, as before)
        items = [(n, h + lk if k and lk and lk == compact(n) + suffix
                  and _FIELD_WORD_RE.fullmatch(compact(n)) and not re.search("[和及与]", compact(n)) else lk)
                 for k, (n, lk) in enumerate(items)]
    # elliptical prefixes: an item without a level prefix takes its predecessor's
    out: list[tuple[str, Optional[str]]] = []
    prev_prefix: Optional[str] = None
    for name, look in items:
        pre = _level_prefix(name)
        if pre is None and look is None and prev_prefix and not name.startswith(
                ("各", "有关", "相关", "国家", "中国", "中共", "全市")):
            candidate = prev_prefix + name
            ranked = not prev_prefix.endswith(("委", "市", "县", "区", "省"))
            if ranked and not _RANK_PREFIX_RE.match(candidate):
                pass                    # (县级以上人民政府有关部门、司法机关: no government's)
            elif ranked and looks_like_unit(candidate):
                look = candidate        # (县级水务部门: each county's, a set no lexicon holds)
            elif known is not None:
                if known(candidate) and not known(name):
                    look = candidate
                elif prev_prefix.endswith("委") and _BARE_PARTY_ORGAN_RE.fullmatch(name) \
                        and not known(name):
                    # 市委组织部、宣传部、统战部 where no lexicon knows the city's committee: each a
                    # department of the same Party committee, as every committee has them
                    look = candidate
            elif looks_like_unit(candidate) and len(name) <= 6:
                look = candidate
        elif pre is not None:
            prev_prefix = pre
        out.append((name, look))
    return out


# the level words an elliptical list of levels opens with (州、县（市）人民政府), and the lower
# level's word, maybe with its variants in brackets, before the body the levels share
_BARE_LEVELS = frozenset(("省", "市", "州", "盟", "县", "区", "旗"))
_LEVEL_HEAD_RE = re.compile(r"^(?:县区|区县|县级|县|区|市|旗)(?:（[市区县旗、]{1,6}）)?(?!直)(?=\S{2})")


def _unit_item(name: str, lookup: Optional[str]) -> bool:
    """A list item is a unit when its name, or the form it is looked up as, is one, or when the
    document being read defined it as a unit's short form (:func:`document_aliases`)."""
    mark = ROLE_MARK_RE.match(name)
    if mark:
        name = mark.group(1)            # 县发改委〔牵头〕: the name before its role's mark
    return (looks_like_unit(name) or bool(lookup and looks_like_unit(lookup))
            or compact(name) in DOC_ALIASES.get())


#: the short forms of units the document being read defines (``市防汛防台抗旱指挥部（以下简称市防指）``):
#: short form -> the unit's name; set by the reader of each document (:func:`document_aliases`)
DOC_ALIASES: contextvars.ContextVar[dict] = contextvars.ContextVar("DOC_ALIASES", default={})
# the aliases dict last seen (held, so that no other dict takes its id) and its items as a key
_ALIASES_SEEN: list = [None, frozenset()]
_MISSING = object()


def _aliases_key() -> frozenset:
    """The short forms :data:`DOC_ALIASES` holds now, as a key of :func:`_per_document`'s memos
    (made once per document: the reader of a document sets a new dict and never changes it)."""
    aliases = DOC_ALIASES.get()
    if aliases is not _ALIASES_SEEN[0]:
        _ALIASES_SEEN[0], _ALIASES_SEEN[1] = aliases, frozenset(aliases.items())
    return _ALIASES_SEEN[1]


def _per_document(f):
    """``f(text, *args)`` memoised by its arguments and the document's short forms (:data:`DOC_ALIASES`):
    for a function whose answer depends on nothing else (the module's tables; whether a name is
    a short form the document defined, :func:`_unit_item`), answered again without its work
    when a text is asked again under the same short forms, in this document or another (most
    documents define none). ~57 % of :func:`classify`'s asks repeat one (the same bracket read
    by the outline, the task splitter and the assignment reader), ~70 % of
    :func:`annotation_cuts`'. Texts longer than :data:`~kg.text.CACHED_TEXT_MAX` are computed
    each time, and the memo forgets everything past :data:`~kg.text.CACHE_SIZE` answers, so a
    worker's memory does not grow with the corpus. The answers must be immutable."""
    memo: dict = {}

    @wraps(f)
    def call(text: str, *args, **kwargs):
        if len(text) > CACHED_TEXT_MAX:
            return f(text, *args, **kwargs)
        key = (text, args, tuple(sorted(kwargs.items())) if kwargs else (), _aliases_key())
        got = memo.get(key, _MISSING)
        if got is _MISSING:
            got = f(text, *args, **kwargs)
            if len(memo) >= CACHE_SIZE:
                memo.clear()
            memo[key] = got
        return got
    call.cache_clear = memo.clear       # type: ignore[attr-defined]
    return call


_ALIAS_DEF_RE = re.compile(r"（(?:以下简称|以下称|下称|简称)[“‘\"]?(?P<short>[^（）“”‘’\"，,。；;、\s]{2,10}?)[”’\"]?）")


def document_aliases(texts: Sequence[str]) -> dict[str, str]:
    """The short forms a document defines for units (``X（以下简称Y）``, ``X（简称“Y”）``): Y -> X for
    each definition whose X, the longest run of the words before the bracket that is a unit's
    name (one opened by a level word first: 第四条市防指… gives 市防汛防台抗旱指挥部), is a unit;
    a short form that is itself a unit's name or shorter than two characters is none."""
    out: dict[str, str] = {}
    for text in texts:
        t = normalise(text)
        for m in _ALIAS_DEF_RE.finditer(t):
            before = t[:m.start()]
            run = re.split(r"[，,；;。：:（）《》“”、\s]", before)[-1][-40:]
            cands = [run[k:] for k in range(len(run) - 1) if looks_like_unit(run[k:])]
            if not cands:
                continue
            leveled = [c for c in cands if c[0] in OWN_LEVEL_CHARS]
            long = (leveled or cands)[0]
            short = compact(m.group("short"))
            if len(short) >= 2 and not looks_like_unit(short) and short != compact(long):
                out.setdefault(short, long)
    return out


@lru_cache(maxsize=1)
def _department_stems() -> frozenset[str]:
    """The short forms of departments without their ending (应急局 -> 应急, 发改委 -> 发改,
    住建局 -> 住建), from the national naming rules: two characters or more."""
    from ..resolve.naming import load_rules
    stems = set()
    for form in load_rules().standard:
        if len(form) >= 3 and form[-1] in "局委厅办":
            stems.add(form[:-1])
    return frozenset(stems)


def short_department(name: str) -> bool:
    """``区应急``, ``市发改``, ``县住建``: a level word and a department's short form with its
    ending (局, 委) left off, as a list written in haste or cut by a narrow cell writes it; a
    unit under an annotation's unit label, kept as written."""
    n = compact(name)
    return (3 <= len(n) <= 6 and n[0] in OWN_LEVEL_CHARS and n[1:] in _department_stems())


def _bare_name(piece: str) -> bool:
    p = compact(piece)
    return 2 <= len(p) <= 6 and bool(_HAN_ONLY_RE.fullmatch(p)) and not _formed_like_unit(p)


# a zone's name and the body that runs it (经济开发区 / 经济开发区管委会): zones listed before the last
# one's body share it
_ZONE_WORDS = r"(?:开发区|新区|高新区|园区|工业园|产业园|示范区|试验区|实验区|保税区|经济区|度假区|风景区|合作区|功能区)"
_ZONE_NAME_RE = re.compile(_ZONE_WORDS + "$")
_ZONE_BODY_RE = re.compile(_ZONE_WORDS + r"(管委会|管理委员会|党工委|工委)$")


def _zone_shares_body(raw: Sequence[str], k: int) -> Optional[str]:
    """``raw[k]`` looked up with the body of the zones listed after it (``滨州经济开发区`` before
    ``高新区``, ``北海新区管委会``: 滨州经济开发区管委会), when it and every item up to the one
    naming the body are zone names; None otherwise."""
    if not _ZONE_NAME_RE.search(compact(raw[k])):
        return None
    for j in range(k + 1, len(raw)):
        m = _ZONE_BODY_RE.search(compact(raw[j]))
        if m:
            if j + 1 < len(raw) and compact(raw[j + 1]) in ("管委会", "管理委员会", "党工委", "工委"):
                return None     # (城乡一体化示范区、高新区党工委和管委会: two bodies shared, neither alone)
            return compact(raw[k]) + m.group(1)
        if not _ZONE_NAME_RE.search(compact(raw[j])):
            return None
    return None


def _division_in_full(name: str) -> bool:
    """A division of any level written by its full name (川汇区, 项城市, 徐州市; not 福州)."""
    from ..resolve.divisions import load_divisions
    return name[-1:] in unitnames.PLACE_ENDINGS and bool(load_divisions().lookup(name, shorts=False))


def _elliptical(piece: str, following: str) -> Optional[str]:
    """``人民大垸`` before ``荒湖管理区``: the pair shares the suffix, so the first is looked up
    as ``人民大垸管理区``. Only a short bare name (no suffix of its own) qualifies."""
    p = compact(piece)
    if not 2 <= len(p) <= 6 or not _HAN_ONLY_RE.fullmatch(p):
        return None
    if unitnames.is_person_or_post(p):
        return None
    f = unitnames.clean(following)
    if f.endswith(("管委会", "管理委员会", "工委")) and county_named(p):
        return None     # (光明区、坪山区、大鹏新区管委会: districts of the city before a zone's body)
    if p[-1] in unitnames.PLACE_ENDINGS and f[-1] in unitnames.PLACE_ENDINGS:
        # (章贡区、赣州经开区, 信丰县、蓉江新区: a place named in full before a zone or another
        # place shares no word with it, never 章贡区经开区)
        return None
    place = _place_split(f)
    if place and p[-1] in unitnames.PLACE_ENDINGS and 2 <= len(p) <= 5:
        # 海东市、兰州市、临夏州发展改革部门: places sharing the department of the last
        cand = p + place[1]
        return cand if unitnames.is_unit_name(cand) else None
    suf = unitnames._suffix(f)
    if suf is None or len(suf) < 2 or unitnames.unit_kind(f) in (None, "collective"):
        return None
    body = f[: -len(suf)]
    if len(body) >= 3 and body[-1] in unitnames.PLACE_ENDINGS and p[-1] != body[-1] \
            and not _division_in_full(p):
        # 绥芬河市政府: the pair shares 市政府 (a division written in full, 川汇区 before
        # 沈丘县人民政府, shares 人民政府 only: never 川汇区县人民政府; 福州 before 泉州市政府 is
        # no division's full name, 福州市政府)
        suf, body = body[-1] + suf, body[:-1]
    if not body or _level_prefix(body) or len(body) > 6:
        return None
    cand = p + suf
    return cand if unitnames.is_unit_name(cand) else None


# words of two characters ending as a place's name does that name no place: a 地区's (行政公署's) word
# for itself (乌什县、地区应急管理局: a county and the 地区's bureau, never 乌什县应急管理局), a zone's,
# kinds of area
_WORDS_NOT_PLACES = frozenset("地区 市区 城区 郊区 矿区 园区 新区 社区 景区 片区 辖区 山区 林区 牧区 库区 "
                              "灾区 老区 校区 小区 街区 全区 本区 该区 各区 全市 本市 该市 各市 全县 本县 "
                              "该县 各县 全州 本州 各州 全旗 本旗 各旗".split())


def _place_split(name: str) -> Optional[tuple[str, str]]:
    """``临夏州发展改革部门`` -> (``临夏州``, ``发展改革部门``): a place name (2 to 5 characters
    ending in 市/州/县/区/盟/旗…) before a department name that stands on its own."""
    for k in range(2, min(6, len(name) - 1)):
        if name[k - 1] in unitnames.PLACE_ENDINGS and name[:k] not in _WORDS_NOT_PLACES:
            rest = name[k:]
            if len(rest) >= 3 and unitnames.unit_kind(rest) not in (None, "collective") and \
                    not rest.startswith(tuple(unitnames.PLACE_ENDINGS)):
                return name[:k], rest
    return None


# (内蒙古's townships are 苏木 too, written before the others: 苏木乡镇人民政府、街道办事处 is the townships'
# and the sub-districts', no place 苏木 before them)
_TOWNSHIP_LEVEL_END_RE = re.compile(r"(?:(?:民族)?苏木)?(?:乡镇|镇乡|乡[（(]镇[）)]|镇[（(]乡[）)]|乡|镇)$|(?:民族)?苏木$")


def _place_of(name: str) -> str:
    """``各县（市、区）党委`` -> ``各县（市、区）``, ``高新区党工委`` -> ``高新区``: the name before its
    organisational suffix."""
    n = compact(name)
    suf = unitnames._suffix(n)
    return re.sub(r"党$", "", n[:-len(suf)] if suf else "")


#: the committees of a village or a residents' community, each the body of one village or community
_VILLAGE_BODIES = frozenset({"村民委员会", "居民委员会", "村委会", "居委会"})


def _village_body_of_no_village(piece: str, prev: str) -> bool:
    """``乡镇人民政府、村民委员会``, ``XX镇人民政府、村民委员会``: a village's committee after a township's
    or a county's body is the villages' own (below that place), never the place's body; only a
    village's or a community's name before it shares it (``XX村党支部、村民委员会``)."""
    if piece not in _VILLAGE_BODIES:
        return False
    place = re.sub(r"（[^（）]*）$", "", _place_of(prev))
    return not place.endswith(("村", "社区", "嘎查", "居"))


def _place_body(name: str) -> bool:
    """``各县（市、区）党委``, ``高新区党工委``: a unit whose name before its suffix is a place or
    a series of levels (not ``各级党委``, not a bare ``党委``)."""
    body = re.sub(r"（[^（）]*）$", "", _place_of(name))
    # (a kind of area named by its class alone is no place: 社区居民委员会、村民委员会 is two kinds of
    # committee, not 社区's 村民委员会; 城市居民委员会 the same; 幸福社区 is a place)
    return len(body) >= 2 and body[-1] in unitnames.PLACE_ENDINGS and body not in _AREA_CLASS_WORDS


#: words naming a kind of area, no one place, though they end as places' names do (区, 市, 镇)
_AREA_CLASS_WORDS = frozenset({"社区", "小区", "城市", "城镇", "集镇", "园区", "景区", "街区", "辖区", "片区", "村镇"})


def _etc_stripped(name: str) -> str:
    """``全国总工会等`` -> ``全国总工会``: a bare 等 closing the named units before 和/及 (``A、B等和
    各省级人民政府负责``) adds no unit, so the side is a unit name when what precedes 等 is."""
    n = name.strip()
    return n[:-1] if n.endswith("等") and len(n) > 3 else n


_PARTY_WORD_RE = re.compile(r"党委|党工委|党组|工委")
_GOV_WORD_RE = re.compile(r"(?:人民)?政府|管委会|管理委员会|办事处")


#: the concrete endings of one body's name (not a set's: 发展改革和财政部门 names two fields' departments)
_ONE_BODY_END_RE = re.compile(r"(?:局|委|办|厅|委员会|办公室|中心)$")
#: the last character of a body's or a set's name (成员单位, 法院, 党委, 工会): a left side ending so
#: names a body, no field
_ORGAN_END_RE = re.compile(r"[位局院委会办厅处室所站队心司部组关构团府署行军门社]$")


def _one_body_with_conj(text: str, conj: str) -> bool:
    """Is ``text`` one body whose own name holds ``conj`` between two fields
    (``示范区发展改革和统计局``, ``区发展改革和统计局``)? The whole is a body's name by the grammar,
    ending as one body does, and what stands before the conjunction is no name by it (a field,
    maybe after a level or a zone's word: 区发展改革); ``市发改委和市财政局`` is two."""
    n = compact(text)
    if n.count(conj) != 1 or "、" in n:
        return False
    left, right = n.split(conj)
    return (bool(_ONE_BODY_END_RE.search(n)) and unitnames.unit_kind(n) == "department"
            and unitnames.unit_kind(left) is None and not _ORGAN_END_RE.search(left)
            and right[:1] not in unitnames.PLACE_ENDINGS and not right.startswith(("各", "有关", "相关")))


def _split_conj(text: str) -> list[str]:
    """Split on 及/和/以及/与 only where both sides are whole unit names (the left side may
    end in a bare 等: ``全国妇联等和各省级人民政府``)."""
    # (会同 too: 市发改委会同市财政局负责, the two doing it together, neither the lead)
    for conj in ("以及", "会同", "及", "与", "和"):
        if conj not in text:
            continue
        if conj in "及与和" and _one_body_with_conj(text, conj):
            return [text.strip()]   # 示范区发展改革和统计局: one bureau of two fields
        parts = text.split(conj) if len(conj) > 1 else split_top(text, conj)
        if (conj in "及与和" and len(parts) == 2 and compact(parts[0]) in _BARE_LEVELS
                and looks_like_unit(parts[1])):
            # 各县、区和市直各部门: the last level word of a 各 series, then a unit (the level word is
            # read under the series' 各 by the caller)
            return [parts[0].strip(), *_split_conj(parts[1])]
        bare = [compact(p) in unitnames.SUFFIX_KINDS for p in parts[1:]]
        if (len(parts) == 2 and bare[0] and looks_like_unit(parts[0])
                and _place_body(parts[0]) and not _place_body(parts[1])):
            # 各县（市、区）党委和人民政府, 高新区党工委和管委会: two bodies of the place the
            # first one names (the second elliptical), as written
            return [parts[0].strip(), parts[1].strip()]
        if (len(parts) == 2 and bare[0] and compact(parts[0]) in unitnames.SUFFIX_KINDS
                and compact(parts[0]) != compact(parts[1])
                and compact(parts[1]) not in ("部门", "单位", "机关", "机构")
                and not (_PARTY_WORD_RE.fullmatch(compact(parts[0])) and _GOV_WORD_RE.fullmatch(compact(parts[1])))):
            # 法院和检察院, 检察院及党委 : two bodies each named by its kind alone (a list of a
            # level's bodies written once: 党委、人大、政府、政协、…法院和检察院及党委、政府有关部门);
            # 党委和政府, 党工委和管委会 stay one pair, as written
            return [parts[0].strip(), parts[1].strip()]
        if (len(parts) > 1 and all(looks_like_unit(_etc_stripped(p)) for p in parts)
                and not any(bare)):
            # (党委和政府: one collective, not two); each side may hold another conjunction
            # (环保厅和电力监管办及相关盟市)
            return [q for p in parts for q in _split_conj(p)]
        if (len(parts) > 1 and not any(bare)
                and all(looks_like_unit(_etc_stripped(p)) or unitnames.is_person_or_post(p)
                        for p in parts)
                and any(looks_like_unit(_etc_stripped(p)) for p in parts)
                and any(unitnames.is_person_or_post(p) for p in parts)):
            # 各级河湖长和河湖长制办公室落实: posts (the river chiefs) and an office joined by 和
            # are two items, the posts kept apart from the units (never one name)
            return [q for p in parts for q in _split_conj(p)]
    return [text.strip()]


# ---------------------------------------------------------------- annotations

#: a unit label closed by a semicolon where its colon belongs (（责任单位;住建局、畜牧局）, a typist's
#: slip): read as the label
_LABEL_SEMICOLON_RE = re.compile(r"(?:^|(?<=[；;，,（]))(" + "|".join(
    sorted(LABEL_ROLES, key=len, reverse=True)) + r")[；;](?=[\u4e00-\u9fff])")


#: a unit label stated with 为/是 at the start of a piece (（牵头单位为市发改委，配合单位为市财政局）): the label
_LABEL_IS_PIECE_RE = re.compile(r"(?:^|(?<=[；;，,（]))(" + "|".join(sorted(
    (k for k in LABEL_ROLES if k.endswith(("单位", "部门", "主体"))), key=len, reverse=True))
                                + r")(?:为|是)(?=[\u4e00-\u9fff])")
#: a role verb closing its clause, the next clause after a 、 or a space where a comma belongs
#: (（市发改委牵头、市财政局配合）, （市发改委牵头 市财政局配合）)
_VERB_CLAUSE_SEP_RE = re.compile(r"(?<=[\u4e00-\u9fff])(牵头|负责|配合|协助|协办|参与)[、 ](?=[\u4e00-\u9fff])")


#: a space between the units and a deadline closing their piece (``县商务局 2024年12月底``, ``县住建局
#: 年底前完成``): the piece's comma, else the deadline went with the names (and was lost in silence)
_SPACED_DEADLINE_RE = re.compile(r"(?<=[\u4e00-\u9fff）])\s+(?=((?:\d{4}年|\d{1,2}月|年底|年内|年末|上半年|下半年|"
                                 r"第?[一二三四]季度|长期|持续|每)[^，,；;。\s]*)(?:[，,；;。]|$))")


#: a carry-over rule in a bracket written without its closing words (（牵头单位：X，以下各项任务均需各县
#: （市、区）人民政府落实）): the rule's, as if 不再列出 closed it (the clause was read as a unit's name)
_CARRY_UNCLOSED_RE = re.compile(r"(以下(?:各项|所有|全部)?(?:任务|工作|事项)?(?:均|都)(?:需|须|由|要)"
                                r"[^，,；;。]{2,60}?(?:负责|抓好)?落实)(?=$|[；;。])")


def _squeeze(text: str) -> str:
    """Normalised text with white space kept only between two names (a possible separator)."""
    t = " ".join(normalise(text).split())
    if "以下" in t and "落实" in t:
        t = _CARRY_UNCLOSED_RE.sub(r"\1，不再列出", t)
    t = _SPACED_PUNCT_RE.sub(r"\1", t) if " " in t else t     # (no space left: nothing to drop)
    if " " in t:
        # (责任单位 县交通运输局 县财政局: a unit label followed by a space where its colon belongs)
        t = _SPACED_LABEL_PIECE_RE.sub(r"\1：", t)
        # (县商务局 2024年12月底: a deadline after the units and a space where its comma belongs)
        t = _SPACED_DEADLINE_RE.sub(lambda m: "，" if is_deadline(m.group(1)) else m.group(0), t)
    # (each pattern scanned only where a character every match holds is: most texts hold none)
    if "；" in t or ";" in t:
        t = _LABEL_SEMICOLON_RE.sub(r"\1：", t)
    if "为" in t or "是" in t:
        t = _LABEL_IS_PIECE_RE.sub(r"\1：", t)
    if "、" in t or " " in t:
        t = _VERB_CLAUSE_SEP_RE.sub(r"\1，", t)
    if "供稿" in t or "撰稿" in t:
        t = _CONTRIBUTOR_LABEL_RE.sub(r"\1供稿", t)     # 供稿单位：A、B (撰稿单位：A), as A、B供稿
    if "（" in t and ("人" in t or "领导" in t or "电话" in t or "手机" in t or "联系方式" in t):
        # 县工信局（责任人：张三）: the person in charge beside the unit, no part of its name (the
        # piece was refused whole; the unit's mention stays as the line writes it)
        # and its contact's fields (县财政局（联系人：李四，电话：138…）): the person goes to a field of its
        # own at the end, the number with it
        fields = [m.group("f") for m in _PERSON_FIELD_BRACKET_RE.finditer(t)]
        if fields:      # (a telephone alone, 县城管局（联系电话：…）, goes with no field of its own)
            t = _PERSON_FIELD_BRACKET_RE.sub("", t) + "".join("；" + f for f in fields if f)
    # (a mirror's pinyin glosses read through everywhere, labels and role verbs alike: 牽（qiān）頭;
    # each name is found again as the line writes it, glosses and all: sources.original_of)
    return unglossed(t, after_han=True)


#: a person field in a bracket right after a unit (县工信局（责任人：张三）, 县财政局（联系人：李四）), then how to
#: reach them (（联系人：李四，电话：13800000000）, （联系人：孙七，139…）, 县水利局（负责人：张三，电话：138…）),
#: or a telephone alone (县城管局（联系电话：0710-1234567）): no part of the unit's name
_CONTACT_FIELD = r"(?:联系电话|办公电话|联系方式|手机号码|电话|手机)[：:]?\s*[\d０-９][\d０-９\-－—\s]{4,19}"
_PERSON_FIELD_BRACKET_RE = re.compile(r"(?<=[\u4e00-\u9fff])（(?:(?P<f>(?:责任人|联系人|负责人|具体负责人|责任领导|"
                                      r"分管领导|包联领导)[：:]\s*[^（）：:，,；;]{1,20}?)"
                                      r"(?:[，,；;\s]\s*(?:(?:" + "|".join(CONTACT_LABELS) + r")[：:]\s*"
                                      r"[^（）：:，,；;]{1,40}|[\d\s+＋\-－—]{7,20}))*"
                                      r"|" + _CONTACT_FIELD + r")\s*）")


#: a contributor's field (供稿单位：市发改委、市市场监管局): the names and 供稿, as a clerk writes it after them
_CONTRIBUTOR_LABEL_RE = re.compile(r"^(?:供稿单位|供稿部门|供稿|撰稿单位|撰稿部门|撰稿)[：:]\s*([^：:，,；;。]+)$")


def _is_label_piece(piece: str) -> bool:
    """``责任单位：…``, ``协同责任单位：…``, ``责任领导：…``: a labelled field of an annotation."""
    if LABEL_RE.match(piece):
        return True
    am = ANY_LABEL_RE.match(piece)
    return bool(am) and (label_role(am.group(1)) is not None or is_person_label(am.group(1)))


def _has_label(content: str) -> bool:
    pieces = split_top(content, "，,；;。")
    if not any(_is_label_piece(p) for p in pieces):
        return False
    # person fields alone (责任领导：杜新国) are a label only next to a unit label
    return any(LABEL_RE.match(p) or ((am := ANY_LABEL_RE.match(p)) and label_role(am.group(1)))
               for p in pieces) or all(_is_label_piece(p) for p in pieces[:1])


# star marks on names; solid and hollow triangles (▲发改局) are written the same way
STAR_CHARS = "★☆*＊※▲△"
_STARRED_RE = re.compile(r"(?:(?<=^)|(?<=[、，,；;：:]))\s*[★☆*＊※▲△]+\s*([^、，,；;：:（）★☆*＊※▲△]+)|"
                         r"([^、，,；;：:（）★☆*＊※▲△]+?)\s*[★☆*＊※▲△]+")


# a legend for the stars written inside the annotation it explains (责任单位：☆经信局、科技局。标☆的
# 为牵头单位，下同。): no unit; the document's legend (``STAR_LEGEND_RE`` of the walker) gives the roles
STAR_LEGEND_CLAUSE_RE = re.compile(r"[，,。；;]?\s*(?:标|标注|标有|注)?[★☆*＊※▲△]号?(?:标注|标记|标识|标示)?(?:的|者)?"
                                   r"(?:单位|部门)?(?:为|是)(?:牵头|主办)(?:单位|部门)?(?:[，,]?\s*下同)?[。；;]?")


def _without_star_legend(c: str) -> str:
    """``c`` less a star legend written in it (see :data:`STAR_LEGEND_CLAUSE_RE`), and less the
    brackets it stood in (``★县发改局、县财政局（★为牵头单位）``)."""
    if not any(ch in c for ch in STAR_CHARS):
        return c
    return re.sub(r"（\s*）|\(\s*\)", "", STAR_LEGEND_CLAUSE_RE.sub("", c))


def _unstar(c: str) -> tuple[str, set[str]]:
    """``县发改局★、县财政局`` -> (``县发改局、县财政局``, {``县发改局``}): star marks taken off the
    names (a legend elsewhere says what they mean)."""
    if not any(ch in c for ch in STAR_CHARS):
        return c, set()
    starred = {compact(m.group(1) or m.group(2)) for m in _STARRED_RE.finditer(c)}
    return re.sub("[" + STAR_CHARS + "]", "", c), starred


@lru_cache(maxsize=CACHE_SIZE)
def _aside_field(piece: str) -> bool:
    """A piece of an annotation beside its units that names none: a contact's field
    (``联系人：张某``, ``联系电话：0477-8581235``, a number alone), a 督办 field (``督办：市政府督查室``)
    or a note's (``进展情况：已完成``, ``备注：续建``)."""
    am = ANY_LABEL_RE.match(piece)
    if am and (am.group(1) in CONTACT_LABELS or is_person_label(am.group(1))
               or is_overseer_label(am.group(1)) or am.group(1) in NOTE_LABELS):
        return True
    return bool(re.fullmatch(r"[\d\s()（）+＋\-－—]{7,}", piece)) or bool(_CONTACT_PIECE_RE.fullmatch(piece))


#: a contact written with no label, a person's name and the number to call run together
#: (``张三13812345678``, ``李四 0317-2123456``, ``王五（13912345678）``): how to reach the task's
#: contact, no unit (kept as the task's person, as under ``联系人：``)
_PHONE_NUMBER = r"[（(]?(?:1[3-9]\d{9}|0\d{2,3}[-－—]?\d{7,8})[）)]?"     # a mobile or a fixed line, maybe bracketed
_CONTACT_PIECE_RE = re.compile(r"[\u4e00-\u9fff]{2,4}\s*" + _PHONE_NUMBER)
#: units, a space, then such a contact (市住建局 王五 0316-2222222)
_UNITS_THEN_CONTACT_RE = re.compile(r"(?P<units>.*[\u4e00-\u9fff）)])\s+(?P<who>" + _CONTACT_PIECE_RE.pattern + ")")
#: a person's name alone, as a piece before the number to call (市政务服务管理局，张明，13900000000)
_BARE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
_BARE_PHONE_RE = re.compile(r"\s*" + _PHONE_NUMBER + r"\s*")


#: a short note beside an annotation's units: words of progress or reference, no name, no number,
#: no field (``按进度推进``, ``具体见附件``, ``正在推进``); ``classify`` lets one follow the units, and
#: :func:`parse_annotation` reports it as a piece not used
_NOTE_RE = re.compile(r"[\u4e00-\u9fff]{2,12}")


#: a note holding figures (``已完成60%``, ``投资5000万元``, ``见附件2``, ``完成2万亩``): words, figures
#: and their signs, no more than a short clause; read as a note only beside units formed like
#: government bodies (:func:`_note_piece`)
_FIGURE_NOTE_RE = re.compile(r"(?=.*[\u4e00-\u9fff]{2})(?=.*\d)[\u4e00-\u9fff\d.．%％‰~～\-－—、]{3,24}")
#: a bare count of the work beside the units (``2个``, ``共3项``, ``计5处``, ``2次``): how many things the
#: task makes or holds, a target (a count of people, ``2名``, ``3人``, is who takes part: never a note)
_BARE_COUNT_RE = re.compile(r"(?:共|计|合计|总计|全年|年内)?[0-9０-９]+(?:[.．][0-9０-９]+)?"
                            r"(?:个|项|次|处|所|场|家|座|条|批|期|户|套|件|宗|类|篇|期|轮)")
#: a count per unit (``每校2名``, ``每乡镇3人``): who takes part and how many, the sign of a bracket
#: listing participants, never a note
_QUOTA_RE = re.compile(r"^(?:每|各)[\u4e00-\u9fff]{1,4}\d")
#: unit kinds of bodies of the State, a party's and a government's (a school, 县一中, a hospital or
#: a company is none: a bracket of them with a count lists who takes part)
_GOV_KINDS = ("department", "county_gov", "township", "collective", "central", "group", "zone",
              "court", "grassroots")


#: a piece after the units naming who follows the work up, by a verb (``县政府督查室督办``,
#: ``县委督查室跟踪督办``), or that verb alone (``督办``): no unit of the task (a 督办 field's
#: units are reported, given no role, as under the label ``督办单位：``)
_OVERSEE_PIECE_RE = re.compile(r"^(.*?)(?:负责|全程|跟踪|定期)?(?:督办|督查|督导)$")


def _oversee_piece(piece: str) -> Optional[str]:
    """``县政府督查室督办`` -> ``县政府督查室``; ``督办`` -> ``""``; ``None`` for any other piece."""
    m = _OVERSEE_PIECE_RE.match(piece)
    if not m:
        return None
    names = m.group(1)
    if not names:
        return ""
    return names if all(_unit_item(n, lk) for n, lk in unit_items(names)) else None


def gov_list(first: str) -> bool:
    """Every name of an annotation's first piece (its role verb off) is formed like a government's
    body (``县住建局``, ``各乡镇``), none with a figure in it."""
    items = unit_items(split_verb(_drop_preposition(first))[0])
    return bool(items) and not re.search(r"\d", first) and all(
        unitnames.unit_kind(compact(n)) in _GOV_KINDS and looks_like_unit(n) for n, _ in items)


#: a count of people after a unit's name in a list (``县住建局2人、县财政局1人``): who sends how many
_COUNTED_RE = re.compile(r"[0-9０-９]+(?:名|人)(?=[、，,；;]|$)")


def unread_units(content: str) -> bool:
    """A bracket ``classify`` refuses whose first piece is a list of government bodies, other
    pieces after it (``县教育局、县财政局，每校2名``) or a count after each name (``县住建局2人、
    县财政局1人``), or whose role verb follows a government body and a name not read as a unit
    (``州交通运输局、大理机场牵头``): its units are not read, and say so."""
    pieces = split_top(_squeeze(content), "，,；;。")
    if not pieces:
        return False
    counted = _COUNTED_RE.sub("", pieces[0])
    if (len(pieces) > 1 or counted != pieces[0]) and gov_list(counted):
        return True
    # (州交通运输局、大理机场牵头: names before a role verb, a government body among them and a name no
    # grammar reads beside it: the bracket is refused whole, and says so)
    for p in pieces:
        names, role = split_verb(p)
        if role and names != p:
            items = unit_items(names)
            if len(items) > 1 and any(gov_list(n) for n, _lk in items) \
                    and not all(_unit_item(n, lk) for n, lk in items):
                return True
    return False


def _note_piece(piece: str, first: str) -> bool:
    """A piece after an annotation's units (``first``, its first piece) that names no unit and no
    date: a note the clerk wrote beside them (``按进度推进``), not the sign of a bracket that is no
    annotation. Units written with a number (``建成6—8个…产业学院。开展职``, a task's own words that
    end like a name) allow no note. A note with figures (``已完成60%``, ``投资5000万元``,
    ``见附件2``) follows government bodies only, and never counts per unit (``县一中、县二中，每校2名``:
    the participants, no annotation)."""
    if split_verb(piece)[1] or re.search(r"\d", first):
        return False
    if not _NOTE_RE.fullmatch(piece):
        if not ((_FIGURE_NOTE_RE.fullmatch(piece) or _BARE_COUNT_RE.fullmatch(piece))
                and not _QUOTA_RE.match(piece)
                and not is_deadline(piece) and gov_list(first)):
            return False
    return not any(looks_like_unit(n) or _unit_item(n, lk) for n, lk in unit_items(piece))


@_per_document
def classify(content: str, notes: bool = False) -> Optional[str]:
    """Is a bracket group's content a responsibility annotation? Returns its kind
    (``labeled``, ``verb``, ``contributor``, ``bare``) or ``None``. ``notes``: the content is a
    bracket's, where a short note may follow the units (:func:`_note_piece`); never on a line
    of running text (由省政府督查室牵头组织，对重点地区开展抽查: the work, no note)."""
    c = _unstar(_without_star_legend(_squeeze(content)))[0]
    if "原" in c or ("由" in c and _MOVED_RE.search(c)):   # (_adjusted's patterns hold one of them)
        c = _adjusted(c)[0]
    elif "为" in c and "由" in c:
        c = _SHIFTED_RE.sub(lambda m: m.group("label") + "：", c)
    if "不分先后" in c:                  # (every match of NO_ORDER_RE holds it)
        c = NO_ORDER_RE.sub("", c)
    c = CARRY_RE.sub("", CARRY_EXCEPT_RE.sub("", LEAD_ONLY_RE.sub("", c)))
    if "不" in c:                        # (every match of BLANKET_RE holds 不)
        c = BLANKET_RE.sub("", c)
    written = [p for p in split_top(c, "，,；;。") if not LISTED_UNITS_CLAUSE_RE.match(p)]
    # posts are no units (a labelled field of them, 责任单位：各级河长, stays a field)
    c = "。".join(p for p in written if _is_label_piece(p) or not is_post_list(p))
    if not c:
        # 分管副市长负责, 县长牵头: posts with a role verb, an annotation naming no unit
        return "verb" if any(split_verb(p)[1] for p in written) else None
    if _has_label(c) or any((am := ANY_LABEL_RE.match(p)) and PERIOD_LABEL_RE.match(am.group(1))
                            and period_end(am.group(2)) for p in written):
        return "labeled"
    pieces = split_top(c, "，,；;。")
    if not pieces:
        return None
    if any(FIRST_LEADS_RE.search(p) for p in pieces) and all(
            FIRST_LEADS_RE.search(p) or p == SAME_BELOW for p in pieces):
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
    for k, p in enumerate(pieces):
        if CARRY_RE.search(p) or FIRST_LEADS_RE.search(p) or p == SAME_BELOW:
            continue
        if is_deadline(p) or unitnames.is_person_or_post(p):
            continue
        if _aside_field(p) or (k and _oversee_piece(p) is not None):
            continue        # 市水利局负责，联系电话：0477-8581235: how to reach it, no unit
        if notes and k and _note_piece(p, pieces[0]):
            continue        # 县交通运输局牵头，按进度推进: a note after the units (reported)
        names, verb = split_verb(p)
        items = unit_items(names)
        # a post beside units in one piece (各级河湖长和河湖长制办公室落实) is no unit but no
        # reason to refuse the piece: the units decide
        items = [(n, lk) for n, lk in items if not unitnames.is_person_or_post(n)] or items
        if not items or not all(_unit_item(n, lk) for n, lk in items):
            return None
        unit_pieces += 1 if verb else 0
        if verb is None:
            unit_pieces += 0
    if unit_pieces:
        return "verb"
    # a bare list of units: every piece is units
    pieces = [p for p in pieces if not (FIRST_LEADS_RE.search(p) or p == SAME_BELOW)]
    # (县住建局，6月底前完成，具体见附件): a note after the units does not unmake the list
    if notes:
        pieces = pieces[:1] + [p for p in pieces[1:] if not _note_piece(p, pieces[0])]
    # (县住建局，联系电话：0317-1234567): a contact or a 督办 field after the units, as beside units
    # with a role verb above
    pieces = pieces[:1] + [p for p in pieces[1:] if not _aside_field(p)
                           and _oversee_piece(p) is None]
    if pieces and all(all(_unit_item(n, lk) for n, lk in unit_items(p)) or is_deadline(p)
                      for p in pieces):
        if any(not is_deadline(p) for p in pieces):
            return "bare"
    return None


#: an article's number opening a line (第十五条), after its chapter's heading where a page ran them
#: together (第二章 确    认第六条 见义勇为的确认,由…负责)
ARTICLE_OPEN_RE = re.compile("^(?:第[" + CN_DIGITS + r"\d]+章[^第，。；]{0,12})?第[" + CN_DIGITS + r"\d]+条")


#: a unit or deadline label opening an annotation's piece, a space where its colon belongs
#: (（责任单位 县交通运输局 县财政局）, （牵头单位 市发改委；完成时限 2024年底）)
_SPACED_LABELS = "|".join(sorted(
    [k for k in LABEL_ROLES if k.endswith(("单位", "部门", "主体"))] + list(DEADLINE_LABELS),
    key=len, reverse=True))
_SPACED_LABEL_PIECE_RE = re.compile(r"(?:^|(?<=[；;，,]))(" + _SPACED_LABELS + r") (?=[\u4e00-\u9fff\d])")
#: a field on a line of its own whose label is followed by a space instead of its colon
#: (``牵头单位 市发改委``, ``完成时限 2024年6月底前``: a form's two columns flattened; names or a date,
#: not words of another language: ``完成时限 columns`` in an English note)
_SPACED_FIELD_RE = re.compile(r"^(" + _SPACED_LABELS + r")[ \u3000]+((?=[\u4e00-\u9fff\d（(〔【])[^\s：:].*)$")


def spaced_field(text: str) -> Optional[str]:
    """``牵头单位 市发改委`` -> ``牵头单位：市发改委``; ``None`` for any other line, and for a run of
    column names (``牵头单位 配合单位 完成时限``, a table's header)."""
    m = _SPACED_FIELD_RE.match(normalise(text).strip())
    if not m or any(LABEL_RE.match(w + "：") for w in m.group(2).split()):
        return None
    return m.group(1) + "：" + m.group(2)


_SOURCE_BRACKET_RE = re.compile(r"^(?:稿件|文章|新闻|消息)?来源[：:]")


def bracket_source(inner: str) -> str:
    """A bracket's content on a line of its own after an article, ``来源：市医保局``: where the
    article came from, read as ``信息来源：…`` (a bare 来源 label elsewhere is a page's byline or a
    field of its own: not read so)."""
    m = _SOURCE_BRACKET_RE.match(inner)
    return "信息来源：" + inner[m.end():] if m else inner      # (稿件来源：X as well)


@_per_document          # (classify reads the document's short forms: never another document's answer)
def is_standalone_annotation(text: str) -> bool:
    """A line that is wholly an annotation: ``（责任单位：…）`` or ``责任单位：…`` (or
    ``责任单位 …``: :func:`spaced_field`)."""
    text = spaced_field(text) or text
    t = unglossed(compact(text), after_han=True)
    if not t or ARTICLE_OPEN_RE.match(t):
        # (第十五条 自治县的人民法院和人民检察院对…负责: an article of its own, never the
        # annotation of the article before)
        return False
    if LABEL_RE.match(t):
        return True
    am = ANY_LABEL_RE.match(t)
    if am and label_role(am.group(1)):
        return True
    if am and is_person_label(am.group(1)) and len(am.group(2)) <= 30 and (
            am.group(2).strip() or not _POST_LABEL_RE.match(am.group(1))):
        # (a form's empty 联系人及电话： line stays the form's text)
        return True         # 牵头负责领导：金力。/ 主要责任人：毛杰 a person field of the task above
    if am and is_person_label(am.group(1)) and any(
            label_role(lm.group(1)) for lm in _FIELD_LABEL_RE.finditer(am.group(2))):
        # 责任领导：副镇长张三 责任站所：农业服务中心、各村 完成时限：2024年10月: a person field
        # first, then the unit field, on one long line
        return True
    if am and am.group(1) in SCHEDULE_LABELS:
        return True         # 进度安排：6月底前…；12月底前全部落实 a field of the task above
    if am and is_overseer_label(am.group(1)) and 2 <= len(am.group(2)) <= 40:
        return True         # 督办单位：市政府督查室 a field of the task above (no role)
    if am and PERIOD_LABEL_RE.match(am.group(1)) and period_end(am.group(2)):
        return True         # 项目实施时间：2026年1月-2026年10月 a field of the project above
    if am and am.group(1) in MEASURE_LABELS:
        return bool(measure_units(am.group(2)))   # 整改措施：由县住建局负责修复
    if t.startswith(OPEN) or t.startswith("〔"):
        g = trailing_group(t)
        if g and g[0] == 0:
            inner = bracket_source(t[1:g[1] - 1] if g[2] else t[1:])
            kind = classify(inner, notes=True)
            # (（市统计局供稿） under an article's paragraph: who contributed it, a gazette's form)
            return kind in ("labeled", "verb", "contributor")
        return False
    # a cell or line that is wholly units and a role verb: 市发改委牵头落实 / 办公室牵头，各科室配合
    # (not a line whose 负责 stands before the verb's own phrase, 镇党委负责统筹协调。/ 县住建局负责组织
    # 实施。: a duty's sentence of its own, in a bracket an annotation)
    if len(t) <= 80 and classify(t.rstrip("。；;")) == "verb" and not any(
            _split_verb(p)[2] for p in split_top(t.rstrip("。；;"), "，,；;")):
        return True
    return False


@_per_document          # (classify reads the document's short forms: never another document's answer)
def closes_with_annotation(text: str) -> bool:
    """A line of task text closed by its own responsibility annotation:
    ``森林覆盖率20%左右。（省林业局牵头）``, or by a label stated as a sentence:
    ``服务业增加值：增长8%（…），责任单位为区发改委；``. A line that is wholly an annotation is
    not one."""
    t = compact(text)
    g = trailing_group(t)
    if not g or not g[2] or g[0] == 0:
        return label_sentence_closes(t)
    # (a yearbook's entry closed by who wrote it up, 【工业经济】全年…。（市工信局供稿）: a task too)
    return classify(t[g[0] + 1:g[1] - 1]) in ("labeled", "verb", "contributor")


def label_sentence_closes(text: str) -> bool:
    """``text`` (task text before it) ends in a label stated as a sentence naming units:
    ``…，责任单位为区发改委；``."""
    m = LABEL_IS_RE.search(text)
    return (m is not None and m.start() > 0
            and classify(m.group(1) + "：" + m.group(2)) == "labeled")


def is_post_list(piece: str) -> bool:
    """``分管副省长、协管副秘书长负责`` / ``市长、常务副市长``: persons and posts (with an
    optional verb), never units."""
    names, _ = split_verb(piece)
    found = False
    for n in _POST_LIST_SEP_RE.split(names):
        if n.strip():
            if not unitnames.is_person_or_post(n):
                return False        # (the first item that is no post decides: most pieces)
            found = True
    return found


def post_role(label: Optional[str], verb: Optional[str] = None) -> str:
    """The role a person field or a post's verb gives: 牵头领导 / 县长牵头 lead, 配合领导 support,
    anything else (责任领导, 第一责任人, 分管副市长负责) responsible."""
    if verb in ("lead", "support"):
        return verb
    if label and ("牵头" in label or "主办" in label or "主责" in label):
        return "lead"
    if label and any(w in label for w in ("配合", "协助", "协同", "协办", "参与")):
        return "support"
    return "responsible"


_PERSON_SEP_RE = re.compile(r"[、，,/／]")
_POST_CONJ_RE = re.compile(r"[和及]")


#: a person's name of two to four characters, none a body's or a post's (张三, 欧阳明华)
_NAME_ONLY_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _held_by(first: str, second: str) -> bool:
    """``县商务局 李四``, ``局长 张三`` in a person field (a 责任人 column of a 督办 list): a unit or a
    post, then the name of the person there (one person, written with where or what they are:
    the unit is no person of the task, the post no one of its own)."""
    if not _NAME_ONLY_RE.fullmatch(second) or unitnames.is_person_or_post(second) \
            or looks_like_unit(second) or unitnames.unit_kind(second) is not None:
        return False
    return unitnames.is_person_or_post(first) or (
        looks_like_unit(first) and unitnames.unit_kind(compact(first)) is not None)


def _held_posts(value: str) -> list[str]:
    """The items of a list of posts and persons cut at 、，/ outside brackets: ``张伟（旗委常委、常务
    副旗长）`` is one person, the posts in the bracket theirs (it was cut at the bracket's 、 into
    ``张伟（旗委常委`` and ``常务副旗长）``). (A Party post written before a government post and a
    name, ``县委常委、常务副县长张三``, is two items here; :func:`_post_items` joins them into one person.)"""
    return [item for piece in split_top(value, "，,/／") for item in split_top(piece, "、")]


def _post_items(value: str) -> list[str]:
    """The names of a list of posts and persons: cut at 、，/ and at white space between names
    of two characters or more (``张三 李四``; ``陆 明`` is one letter-spaced name), and at 和/及
    only between posts (``市长和常务副市长``; 和 may be part of a person's name)."""
    out = []
    for item in _held_posts(value):
        parts = item.split()
        if len(parts) == 2 and _held_by(*parts):
            names = [" ".join(parts)]     # 县商务局 李四, 局长 张三: who, and where or what they are
        elif len(parts) > 1 and all(len(p) >= 2 for p in parts):
            names = parts
        else:
            names = ["".join(parts)]
        for n in names:
            n = n.strip("。；;")
            pieces = _POST_CONJ_RE.split(n)
            if len(pieces) > 1 and all(unitnames.is_person_or_post(p) for p in pieces):
                out.extend(pieces)
            elif n:
                out.append(n)
    # a person's posts written before the post and name (县委常委、副县长张伟): one person, not a post
    # alone and another person
    k = 0
    while k + 1 < len(out):
        if (" " not in out[k] and out[k].endswith(unitnames.POST_ENDINGS)
                and not unitnames.post_holder(out[k]) and unitnames.post_holder(out[k + 1])):
            out[k:k + 2] = [out[k] + "、" + out[k + 1]]
        else:
            k += 1
    return out


#: a telephone number written after a contact person's name (a mobile's eleven figures, a
#: fixed line with its area code)
_PHONE_RE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}[-－—]?\d{7,8}|\d{7,8})(?!\d)")


def post_refs(value: str, role: str, label: Optional[str]) -> list[PostRef]:
    """The posts and persons of a person field's value or a list of posts (``张三、李四``,
    ``市政府分管副市长``, ``各乡镇党委书记``): one :class:`PostRef` each, ``kind`` ``post`` when
    the item is formed like a post (ends in 市长, 书记, 河长 …), else ``person``. Items that hold
    clause marks (a sentence, a date) are not persons and are left out (the caller reports)."""
    out = []
    # 张三 13912345678, 李四0317-2123456, 王五（13912345678）: the person (the number's brackets too)
    value = re.sub(r"[（(]\s*" + _PHONE_RE.pattern + r"\s*[）)]|" + _PHONE_RE.pattern, " ", value)
    for n in _post_items(value):
        if not n or unitnames.CLAUSE_MARKS_RE.search(n) or len(n) > 24:
            continue
        head = n.split()[0]      # (局长 张三: the post's kind; 县商务局 李四: a person)
        kind = "post" if unitnames.is_person_or_post(head) or (head == n and any(
            e in n for e in unitnames.POST_ENDINGS)) else "person"
        if kind == "post" and head == n and unitnames.post_holder(n):
            kind = "person"      # (王建国（常务副县长）, 副县长张伟: a person named with the post held)
        out.append(PostRef(n, role, label, kind))
    return out


# 明确牵头部门的，其他有关部门配合，不逐一列出，下同: an annotation naming only a lead implies
# the supporting units; those of annotations that list their units are written out
LEAD_ONLY_RE = re.compile(
    r"(?:凡|对)?(?:已?明确|列明|注明|标明|只列|仅列|只明确|仅明确)(?:了)?(?:牵头|主办|主责)(?:单位|部门)"
    r"(?:的|者)?(?:事项|任务|工作)?[，,]?\s*([^，,；;。]{2,30}?)(?:均|为|作为)?(?:配合|协办|参与)(?:单位|部门)?"
    r"(?:[，,]?\s*不再?(?:逐一|一一|单独)?(?:列出|列明|分工))?(?:[，,]?\s*(下同))?")


def _carry_units(rule_text: str, known) -> list[UnitRef]:
    """Units named by a carry-over rule such as 以下均需X、Y负责落实，不再列出."""
    rule_text = HERE_TOO_RE.sub("", rule_text)
    head = re.match(r"^以下.{0,10}?(?:均|都|皆)?(?:需要|需|须|由|包含|包括|含|涉及)", rule_text)
    t = rule_text[head.end():] if head else re.sub(r"^以下(各项)?(任务|工作|事项)?", "", rule_text)
    t = re.sub(r"(不再(单独|一一|逐一|另行)?列出|不另(行)?列出|不再(单独|一一|逐一|另行)?(标注|标明|列明)|不再重复|下同)$",
               "", t).rstrip("，,。；")
    # 以下任务各乡镇均负有落实责任: the units that bear the work
    t = re.sub(r"(?:均|都|皆)?(?:负有|承担|负)(?:落实|属地|主体|属地管理|共同)?责任$", "", t)
    t = re.sub(r"^(责任单位|责任部门)?(均|都|皆)?(需|须|由|包含|包括|含)?", "", t)
    t = re.sub(r"^(责任单位|责任部门)(均|都)?(需|须|由|包含|包括|含)?", "", t)
    names, verb = split_verb(t)
    # 涉及四市或部分市人民政府: all of those bodies or some of them, one collective (四市人民政府)
    some = _ALL_OR_SOME_RE.match(names)
    if some:
        names = some.group(1) + some.group(2)
    role = "support" if verb == "support" else "responsible"   # 其他有关部门配合 stays support
    return [UnitRef(n, role, None, lk) for n, lk in unit_items(names, known)]


#: X或部分Y (四市或部分市人民政府, 各县或部分县人民政府): the bodies X, all of them or some; Y's
#: ending is X's too
_ALL_OR_SOME_RE = re.compile(r"^([^、，,；;或]+?)或(?:其中)?部分[^、，,；;或]*?(人民政府|政府|部门|单位)$")


_ALL_LABELS = sorted(list(LABEL_ROLES) + list(DEADLINE_LABELS), key=len, reverse=True)


def _cut_before_label(text: str, m: re.Match) -> str:
    """Put a separator before a label written in the middle of a piece, unless the label is
    the end of a longer one (时限： inside 完成时限：, 责任单位： inside 牵头责任单位：)."""
    label = m.group(1)[:-1]
    head = text[:m.start(1)]
    for longer in _ALL_LABELS:
        if len(longer) > len(label) and longer.endswith(label) and (
                head + label).endswith(longer):
            return m.group(0)
    # 项目责任单位： a field's own label with a word of two characters before a label of the list,
    # formed like one (GENERIC_LABEL_RE), at the start of its piece; up to four when the label
    # stays within a field label's length (问题整改责任单位：, what the unit does before it)
    k = m.start(1)
    word = re.split(r"[；;，,。（\s]", text[max(0, k - 5):k])[-1]      # the last characters only
    if ((len(word) <= 2 or len(word + label) <= 8)
            and (k == len(word) or text[k - len(word) - 1] in "；;，,。（ \t")
            and GENERIC_LABEL_RE.match(word + label) and not is_person_label(word + label)):
        return m.group(0)
    return "；" + m.group(1)


# a person field run into the unit before it, the line breaks of a 整改清单 lost: 责任单位：州委办公室，
# 各县市党委和政府责任人：州委办公室主要负责人 (the person label is 责任人, not 各县市党委和政府责任人)
_PERSON_GLUED_RE = re.compile(r"(?<=[^；;，,。、（\s])(" + "|".join(
    sorted(PERSON_LABELS, key=len, reverse=True)) + r")[：:]")
_UNIT_LABEL_BEFORE_RE = re.compile(r"(?:^|[；;，,。\s])[\u4e00-\u9fff]{0,6}(?:单位|部门)[：:]")


def _cut_before_person_label(text: str, m: re.Match, known) -> str:
    """Put a separator before a person label (:data:`PERSON_LABELS`) glued to the text before
    it, when a unit field comes earlier and that text, from the last separator on, is wholly
    units (the unit field's last names). Otherwise the label stays as written (项目责任人,
    主要责任人, 市发改委责任人 with no unit field before it: a label of its own)."""
    head = re.split(r"[；;，,。：:\s]", text[:m.start()])[-1]
    if not _UNIT_LABEL_BEFORE_RE.search(text[:m.start() - len(head)]):
        return m.group(0)
    items = unit_items(head, known)
    if not items or not all(_unit_item(n, lk) for n, lk in items):
        return m.group(0)
    return "；" + m.group(0)


#: a field giving the span of time a project is carried out in (项目实施时间, 建设期限, 实施周期):
#: a range's end is when it is to be done (:func:`period_end`)
PERIOD_LABEL_RE = re.compile(r"^(?:项目)?(?:实施|建设|执行)(?:时间|期限|周期|工期|年限)$")
_RANGE_RE = re.compile(r"^(.+?)\s*(?:[-—–~～－]+|至|到)\s*(.+?)[。；;]?$")


_ISO_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")


def period_end(value: str) -> Optional[str]:
    """The end of a range of dates (``2026年1月-2026年10月`` -> ``2026-10``; ``2024年3月-11月``
    takes the start's year), normalised as a deadline; None for a value that is no range."""
    v = compact(normalise(value))
    m = _RANGE_RE.match(v) if len(v) <= 40 else None      # a span is short (no backtracking on text)
    if not m:
        return None
    start, end = m.group(1), m.group(2)
    year = re.match(r"(\d{4})年", start)
    if year and not re.search(r"\d{4}年", end) and re.match(r"\d{1,2}月", end):
        end = year.group(0) + end
    if not re.search(r"\d{4}年", start) or not is_deadline(end):
        return None
    return normalise_deadline(end)


def _borrowed_verbs(c: str) -> dict[int, str]:
    """The role verb a bare group of names takes from the clause that closes its sentence,
    when a clause before it has a verb of its own: in ``X牵头，A，B、C，D等配合`` the groups
    A and B、C are set off by commas (a party body, then the government's departments, then
    a vertical one) but 配合 is theirs as it is D's. Keyed by the piece's index in the
    ``，；。`` split of ``c``; a group that is not all unit names borrows nothing."""
    flat = split_top(c, "，,；;。")
    out: dict[int, str] = {}
    index = 0
    nested = []
    for sentence in split_top(c, "；;。"):
        pieces = split_top(sentence, "，,")
        nested.extend(pieces)
        verbs = [split_verb(p)[1] for p in pieces]
        for k, piece in enumerate(pieces):
            if verbs[k] or not any(verbs[:k]) or LABEL_RE.match(piece) or ANY_LABEL_RE.match(piece):
                continue
            closing = next((j for j in range(k + 1, len(pieces)) if verbs[j]), None)
            if closing is None or any(ANY_LABEL_RE.match(p) for p in pieces[k:closing + 1]):
                continue
            groups = pieces[k:closing] + [split_verb(pieces[closing])[0]]
            if all(unit_items(g) and all(_unit_item(n, lk) for n, lk in unit_items(g))
                   for g in groups):
                out[index + k] = verbs[closing]
        index += len(pieces)
    return out if nested == flat else {}


#: pieces of a carry-over rule's wording left in a list (下同, 未明确牵头单位的, 由所列负责单位): no name
_RULE_WORDS_RE = re.compile(r"^(?:下同|同上|以下同|下略|由所列.*|.*的)$")


def _units_with_verb(piece: str, known=None) -> bool:
    """``县教体局牵头``, ``县财政局、县发改局配合``: a piece naming units and their role verb, no
    person nor post among them (after a person's field, ``责任领导：王副县长；…``, the units of the
    task, not more persons)."""
    names, verb = split_verb(piece)
    if not verb:
        return False
    items = unit_items(_drop_preposition(names), known)
    return bool(items) and all(_unit_item(n, lk) and not unitnames.is_person_or_post(n)
                               for n, lk in items)


# a notice adjusting the division of work: the former holders and the new ones (原责任单位：A；调整为：B,
# 责任单位由A调整为B), and a former holder or name bracketed after a unit (县交通运输局（原为县公路中心）)
_HOLDER_LABEL = (r"(?:责任|牵头|配合|主办|协办|参与|承办)[\u4e00-\u9fff]{0,4}?"
                 r"(?:单位|部门|科室|处室|股室)")
_FORMER_THEN_RE = re.compile(r"原(?P<label>" + _HOLDER_LABEL + r")[：:](?P<names>[^；;。：:]+?)[，,；;。]\s*"
                             r"(?:现|拟)?(?:调整|变更|更改|改)(?:为|后)[：:]?")
_SHIFTED_RE = re.compile(r"(?P<label>" + _HOLDER_LABEL + r")由(?P<names>[^，,；;。：:]+?)"
                         r"(?:调整|变更|更改|改)为[：:]?")
_FORMER_NOTE_RE = re.compile(r"（原(?:为|是|由)?(?P<names>[省市县区旗镇乡][^（）]{1,20}?)(?:负责|承担)?）")
# the work moved from a holder to another, no label before it (由县住建局划转至县城管局负责, 由A移交B承担): the new
# holder's 由 (the former a note; or opening a clause cut after its 由)
_MOVED_RE = re.compile(r"(?:(?<=由)|^)(?P<names>[^，,；;。：:由]{2,40}?)(?:(?:调整|变更|更改|改|划转|转)(?:为|至|到|给)"
                       r"|(?:移交|转交|划归)(?:给|至|到)?)(?=[^，,；;。：:]{2,})")


def moved_to(text: str) -> str:
    """``text`` without the former holders of work moved to others (``县住建局划转至县城管局`` ->
    ``县城管局``), else unchanged."""
    m = _MOVED_RE.match(text)
    return text[m.end():] if m and looks_like_unit(m.group("names")) else text


def _adjusted(c: str) -> tuple[str, list[str]]:
    """An annotation adjusting who holds the work, read as its new holders under the label of the
    old (``原责任单位：县住建局；调整为：县城管局`` -> ``责任单位：县城管局``; ``责任单位由县公安局调整为
    县城管局`` likewise; ``县交通运输局（原为县公路中心）`` -> ``县交通运输局``), and the former holders
    as written (a note: reported as a piece not used, never a unit of the task). Before, the new
    holder was lost with no report (or named ``调整为县城管局``, the old one responsible)."""
    notes: list[str] = []

    def former(m: re.Match) -> str:
        notes.append(m.group(0).rstrip("，,；;。 ：:"))
        return m.group("label") + "："

    c = _FORMER_THEN_RE.sub(former, c)
    c = _SHIFTED_RE.sub(former, c)

    def noted(m: re.Match) -> str:
        # (the former holders written out: by 由 before the move, or in a bracket after the unit)
        if not looks_like_unit(m.group("names")):
            return m.group(0)
        notes.append(m.group(0))
        return ""

    return _FORMER_NOTE_RE.sub(noted, _MOVED_RE.sub(noted, c)), notes


def _unheld_words(names: str, items: list[tuple[str, Optional[str]]]) -> list[str]:
    """The words of ``names`` after a space that none of its unit ``items`` holds (``市住建局 王五``:
    王五), Chinese ones only: what the annotation named beside its units."""
    if " " not in names or not items:
        return []
    held = "".join(compact(n) for n, _lk in items)
    return [b for b in names.split() if compact(b) not in held and re.search(HAN, b)]


def parse_annotation(content: str, known=None) -> Parsed:
    """Parse the content of an annotation (without its outer brackets)."""
    out = Parsed()
    c, starred = _unstar(_without_star_legend(_squeeze(content)))
    c = NO_ORDER_RE.sub("", c)
    c, former = _adjusted(c)
    out.leftover.extend(former)
    # a label in the middle of a piece starts a new piece: 牵头单位：X 责任单位：Y
    # run-on fields separated by spaces: 牵头领导：林静国 责任单位：X 项目责任人：Y
    c = re.sub(r" (?=[\u4e00-\u9fff]{2,8}：)", "；", c)
    c = LABEL_ANYWHERE_RE.sub(lambda m: _cut_before_label(c, m), c)
    c = _PERSON_GLUED_RE.sub(lambda m: _cut_before_person_label(c, m, known), c)
    # carry-over rules come first: take them out of the text
    for m in list(LEAD_ONLY_RE.finditer(c)):
        units = [UnitRef(n, "support", None, lk) for n, lk in unit_items(m.group(1), known)
                 if looks_like_unit(n)]
        if units:
            out.rules.append(Rule("lead_only", units, "下同" if m.group(2) else "此项"))
    c = CARRY_EXCEPT_RE.sub("", LEAD_ONLY_RE.sub("", c))
    here_too: list[UnitRef] = []        # 此项及以下…: the rule's units are this item's as well
    for m in list(CARRY_RE.finditer(c)):
        rule_text = m.group(0)
        if "以下" in rule_text:
            out.rules.append(Rule("carry", _carry_units(rule_text, known), rule_text))
            if HERE_TOO_RE.match(rule_text):
                here_too += [UnitRef(u.mention, u.role, u.label, u.lookup)
                             for u in _carry_units(rule_text, known)]
    c = CARRY_RE.sub("", c)
    for m in list(BLANKET_RE.finditer(c)):
        names = re.sub(r"^.*?(?:均|都|皆|也)?(?:涉及|包括|包含|需要|需|由)", "", m.group(1))
        units = [UnitRef(n, "responsible", None, lk) for n, lk in unit_items(names, known)
                 if looks_like_unit(n)]
        if units:
            out.rules.append(Rule("carry", units, m.group(0)))
    c = BLANKET_RE.sub("", c)
    # embedded rule in brackets: 责任单位：A、B（列第一位者为牵头单位，下同）, also 〔…〕
    fl = FIRST_LEADS_RE.search(c)
    if fl:
        close = min([k for k in (c.find("）", fl.end()), c.find("〕", fl.end())) if k >= 0]
                    or [-1])
        if close < 0:       # no bracket of its own: the rule's sentence ends at 。 or ；
            close = min([k for k in (c.find("。", fl.end()), c.find("；", fl.end())) if k > 0]
                        or [len(c)])
        persistent = SAME_BELOW in c[fl.start():close]
        out.rules.append(Rule("first_leads", [], "下同" if persistent else "此项"))
        bracketed = re.compile(r"（[^（）]*" + FIRST_LEADS_RE.pattern + r"[^（）]*）|〔[^〔〕]*"
                               + FIRST_LEADS_RE.pattern + r"[^〔〕]*〕")
        if bracketed.search(c):
            c = bracketed.sub("", c)
        else:
            # 省发改委、省财政厅负责。列第一位的为牵头部门，下同: the rule's own sentence goes;
            # in 市教育局，市委农办，排名第一位为牵头单位，下同 the comma list before it stays
            def drop_rule(m: re.Match) -> str:
                head = m.group(1)
                pieces = split_top(head, "，,")
                # 责任单位：A、B，列第一位的为牵头单位，下同: the unit label opening the list
                # is no unit, but the list it opens is (the label is kept for the reading below)
                lm = LABEL_RE.match(pieces[0]) if pieces else None
                if lm and lm.group(1) not in FIELD_DEADLINE_LABELS:
                    pieces[0] = pieces[0][lm.end():].strip()
                if pieces and all(unit_items(p) and all(_unit_item(n, lk) for n, lk in unit_items(
                        split_verb(p)[0])) for p in pieces):
                    return head.rstrip("，, ")
                return ""
            c = re.sub(r"(?:^|(?<=[。；;]))([^。；;]*?)" + FIRST_LEADS_RE.pattern + r"[^。；;]*",
                       drop_rule, c)
    label: Optional[str] = None
    role_of_label = "responsible"
    order_hint = classify(c)
    if order_hint == "contributor":
        out.contributor = True
    borrowed = _borrowed_verbs(c)
    pieces = split_top(c, "，,；;。")
    for index, piece in enumerate(pieces):
        if LISTED_UNITS_CLAUSE_RE.match(piece):
            continue                       # 各责任单位按职责分工落实: the units listed, no new one
        if index and _BARE_PHONE_RE.fullmatch(piece) and _BARE_NAME_RE.fullmatch(pieces[index - 1]) \
                and not looks_like_unit(pieces[index - 1]) and not (known and known(pieces[index - 1])):
            continue                       # (the number of the contact named before it, below)
        if index + 1 < len(pieces) and _BARE_NAME_RE.fullmatch(piece) and _BARE_PHONE_RE.fullmatch(
                pieces[index + 1]) and not looks_like_unit(piece) and not (known and known(piece)):
            # 市政务服务管理局，张明，13900000000: a name, then the number to call it at: the contact
            out.posts.extend(post_refs(piece, post_role("联系人"), "联系人"))
            continue
        # (the piece as written: one with no label of its own after a person's field, 责任领导：
        # 张副县长，每季度末, is no person when it is a deadline)
        written = piece
        lm = LABEL_RE.match(piece)
        if lm:
            label = lm.group(1)
            piece = piece[lm.end():].strip()
            if label in FIELD_DEADLINE_LABELS:
                out.deadline = normalise_deadline(piece) if piece else out.deadline
                continue
            role_of_label = LABEL_ROLES[label]
        else:
            if _CONTACT_PIECE_RE.fullmatch(piece):
                # 张三13812345678 beside the units: the contact, as under 联系人：
                out.posts.extend(post_refs(piece, post_role("联系人"), "联系人"))
                continue
            am = ANY_LABEL_RE.match(piece)
            if am and is_person_label(am.group(1)):
                label = am.group(1)      # a person, not a unit: kept as a post of the task
                out.posts.extend(post_refs(am.group(2), post_role(label), label))
                continue
            if am and am.group(1) in SCOPE_LABELS:
                label = am.group(1)      # where the measure applies: no unit, nor the pieces after
                continue
            if am and is_overseer_label(am.group(1)):
                label = am.group(1)      # 督办单位：… who follows the work up, not who does it
                if am.group(2).strip():
                    out.overseers.append((label, am.group(2).strip()))
                continue
            if am and am.group(1) in CONTACT_LABELS:
                label = am.group(1)      # a telephone number or an address: no unit, nor after
                continue
            if am and am.group(1) in NOTE_LABELS:
                label = am.group(1)      # 进展情况：已完成路基工程: a note of the task's state
                if am.group(2).strip():
                    out.leftover.append(piece)
                continue
            if am and PERIOD_LABEL_RE.match(am.group(1)) and period_end(am.group(2)):
                label = am.group(1)      # 项目实施时间：2026年1月-2026年10月: done by its end
                out.deadline = out.deadline or period_end(am.group(2))
                continue
            if am and label_role(am.group(1)):
                label = am.group(1)
                piece = am.group(2).strip()
                role_of_label = label_role(label)
                if UNIT_AND_PERSON_LABEL_RE.match(label):
                    piece = without_holders(piece)     # 县住建局 张三: the unit, its person left out
            elif am and am.group(1) not in LABEL_ROLES and am.group(2) and not is_deadline(piece):
                out.unknown_labels.append(am.group(1))
                label = am.group(1)
                piece = am.group(2)
                role_of_label = "responsible"
        if not piece:
            continue
        if label in NOTE_LABELS:
            out.leftover.append(piece)     # 进展情况：已完成投资3000万元，占年度计划的60%: the note goes on
            continue
        if label and is_person_label(label) and piece == written and _units_with_verb(piece, known):
            # 责任领导：王副县长；县教体局牵头，县财政局配合: a person's field ends where units with
            # their role verbs follow (they were kept as persons named 县教体局牵头, the rest lost)
            label, role_of_label = None, "responsible"
        elif label and is_person_label(label) and not (piece == written and is_deadline(piece)):
            out.posts.extend(post_refs(piece, post_role(label), label))    # 责任领导：张三，李四
            continue
        if (not label or label in LABEL_ROLES) and " " in piece \
                and (cm := _UNITS_THEN_CONTACT_RE.fullmatch(piece)):
            # 市住建局 王五 0316-2222222: the units, then their contact and the number to call
            out.posts.extend(post_refs(cm.group("who"), post_role("联系人"), "联系人"))
            piece = cm.group("units")
        if label in FIELD_DEADLINE_LABELS and is_deadline(piece):
            # 时间节点：2024年3月底前启动，2024年10月底前完成: the field's dates one after another,
            # the work done by the last of them
            got = normalise_deadline(piece)
            if _ISO_DATE_RE.match(got or "") and (not _ISO_DATE_RE.match(out.deadline or "")
                                                  or got > out.deadline):
                out.deadline = got
            elif got and not _ISO_DATE_RE.match(got):
                out.deadline = later_of(out.deadline, got)    # 3月底前完成方案，6月底前开工，12月底前完工
            continue
        if label in FIELD_DEADLINE_LABELS or label in SCOPE_LABELS or label in CONTACT_LABELS:
            continue
        if label and is_overseer_label(label):
            out.overseers.append((label, piece))
            continue
        if is_deadline(piece):
            # (6月底前启动，10月底前完成: done by the later)
            out.deadline = later_of(out.deadline, normalise_deadline(piece))
            continue
        if not lm and (unitnames.is_person_or_post(piece) or is_post_list(piece)):
            # 分管副市长 / 分管副省长、协管副秘书长负责: posts, not units (kept as posts)
            names, verb = split_verb(piece)
            out.posts.extend(post_refs(names, post_role(label, verb), label))
            continue
        if out.contributor:
            cm = CONTRIB_RE.match(piece)
            if not cm or not cm.group(1):
                continue
            names = cm.group(1)
            # （市四套班子领导名单由市委组织部提供，其他由各供稿单位提供）
            if "由" in names:
                names = names.split("由")[-1]
            items = unit_items(names, known)
            for n, lk in items:
                if _contributor_name(n):
                    out.units.append(UnitRef(n, "contributor", cm.group(2), lk))
            # 市财政局 李四 撰稿: the writer's name after the unit, named in the report (no unit)
            out.leftover += _unheld_words(names, items)
            continue
        overseen = _oversee_piece(piece) if index else None
        if overseen:                    # 县政府督查室督办: who follows the work up, no role
            out.overseers.append(("督办", overseen))
            continue
        if overseen == "":              # 督办 alone: a note (the word ends as 县委办 does)
            out.leftover.append(piece)
            continue
        names, verb = split_verb(piece)
        names = _drop_preposition(names)        # 由X，Y负责落实: 由 before the first piece too
        if verb and unitnames.is_person_or_post(names):
            # 吕维峰副省长负责: a leader in charge, not a unit (kept as a post)
            out.posts.extend(post_refs(names, post_role(label, verb), label))
            continue
        role = verb or borrowed.get(index) or role_of_label
        taken = False
        unused: list[str] = []      # names of the piece that are no unit (reported if others are)
        helpers = _helpers_before(names)
        if helpers:                       # 省人事厅配合省委有关部门落实: X helps, Y does it
            for n, lk in unit_items(helpers[0], known):
                out.units.append(UnitRef(n, "support", label, lk))
            names = helpers[1]
            taken = True
        items = unit_items(names, known)
        # 市住建局 王五: words after a space that no item holds (a list read as ending at the space) are
        # named in the report, never dropped in silence
        unused += [b for b in _unheld_words(names, items) if not _RULE_WORDS_RE.search(compact(b))]
        for n, lk in items:
            r = role
            manner = MANNER_MARK_RE.match(n)
            if manner:                    # 县发改局（按职责分工）
                n = manner.group(1)
            mark = ROLE_MARK_RE.match(n)
            if mark:                      # 市发改委（牵头）
                n, r = mark.group(1), MARK_ROLES[mark.group(2)]
            if lk is None and compact(n) in DOC_ALIASES.get():
                lk = DOC_ALIASES.get()[compact(n)]    # (县防指, the document's short form of a unit)
            if not looks_like_unit(n) and not (known and known(n)) and not (
                    lk and looks_like_unit(lk)) and not (label and short_department(n)):
                # (牵头单位：区应急 — a department's short form under a unit label is a unit)
                if unitnames.is_person_or_post(n):    # 责任单位：市水利局、各级河长
                    out.posts.extend(post_refs(n, post_role(label, verb) if verb else r, label))
                    taken = True
                elif compact(n) and not _RULE_WORDS_RE.search(compact(n)):
                    # a name of a list the others of which are units (责任单位：师市住建局，各团场):
                    # not used, but named in the report, never dropped in silence (a rule's
                    # words, 下同, 未明确牵头单位的, are no name; a piece none of whose names is a
                    # unit is reported whole below)
                    unused.append(n)
                continue
            out.units.append(UnitRef(n, r, label, lk))
            taken = True
        if not taken and names and not _RULE_WORDS_RE.search(compact(piece)):
            out.leftover.append(piece)
        elif taken:
            out.leftover += unused
    out.units += here_too
    # 牵头单位：X；主办单位：A、B — beside a 牵头 label, 主办 names the units that do the work
    if any(u.label and "牵头" in u.label for u in out.units):
        for u in out.units:
            if u.label and u.label.startswith(("主办", "主责")) and u.role == "lead":
                u.role = "responsible"
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
    for u in out.units:
        u.starred = compact(u.mention) in starred
    return out


# ---------------------------------------------------------------- annotations inside a paragraph

_CUT_BRACKET_RE = re.compile("[（）〔〕]")

# the labels a sentence can state units with (责任单位为X, 牵头单位是X)
_SENTENCE_LABELS = "|".join(sorted((k for k in LABEL_ROLES if k.endswith(("单位", "部门", "主体", "分工"))),
                                   key=len, reverse=True))
# …，责任单位为市商务局。 a label stated as a sentence at the end of a task's text
LABEL_IS_RE = re.compile(r"(?:^|[。；;，,])\s*(?:其)?(" + _SENTENCE_LABELS
                         + r")(?:为|是)([^，,。；;：:]{2,80}?)[。；;]?$")
# the same inside a line, closing one target before the next: …，责任单位为区发改委；技改投资…
_LABEL_IS_MID_RE = re.compile(r"[，,]\s*(?:其)?(" + _SENTENCE_LABELS
                              + r")(?:为|是)([^，,。；;：:（）()]{2,80}?)[。；;]")
_LABEL_START_RE = re.compile(r"\s*(?:其)?(?:" + _SENTENCE_LABELS + r")")


def _label_sentence_cuts(norm: str) -> list[int]:
    """Offsets after each ``，责任单位为X；`` followed by more task text (a new target, not a
    further label: ``牵头单位为A；配合单位为B。`` is one annotation)."""
    cuts: list[int] = []
    for m in _LABEL_IS_MID_RE.finditer(norm):
        end = m.end()
        if (_EIGHT_HAN_RE.match(norm, end) and not _LABEL_START_RE.match(norm, end)
                and classify(m.group(1) + "：" + m.group(2)) == "labeled"
                and not is_deadline(norm[end:])):
            cuts.append(end)
    return cuts
# at least eight Chinese characters from where it is matched on
_EIGHT_HAN_RE = re.compile("(?:[^" + HAN_RANGE + "]*" + HAN + "){8}")


def _cutting_kind(content: str) -> bool:
    """Does this bracket end a task when text follows it? A labelled or verb annotation does; a
    bare list of units does only with a rule of its own (列第一位的为牵头单位, 以下…不再列出): no
    unit's second name says that."""
    kind = classify(content)
    return kind in ("labeled", "verb") or (kind == "bare" and bool(
        FIRST_LEADS_RE.search(content) or CARRY_RE.search(content) or BLANKET_RE.search(content)))


def _more_groups(norm: str, end: int) -> bool:
    """Another annotation group follows directly (``（牵头领导：王某）（责任单位：X）``): the
    groups in a row are one annotation, read together by the caller, not a cut."""
    if end >= len(norm) or norm[end] not in "（〔":
        return False
    close = norm.find("）" if norm[end] == "（" else "〕", end)
    inner = norm[end + 1:close] if close > 0 else norm[end + 1:]
    return classify(inner) in ("labeled", "verb") or is_deadline(inner)


def _deadline_fields_only(content: str) -> bool:
    """A bracket of deadline fields alone (``完成时限：2022年6月``): a stage's time inside a task,
    naming no doer; the task runs on to the annotation that names who (an item written in stages
    ``…（完成时限：2022年6月）…（完成时限：2023年12月）（牵头单位：市营商局）`` is one task)."""
    pieces = [p for p in split_top(_squeeze(content), "，,；;。") if p]
    return bool(pieces) and all(
        (m := LABEL_RE.match(p)) and m.group(1) in FIELD_DEADLINE_LABELS for p in pieces)


#: a list item's marker and nothing else (``2.``, ``（3）``, ``四、``): an annotation after it opens
#: the item (``2.（县商务局牵头，县财政局配合）开展招商引资活动。``), it closes no task before it
_MARKER_ONLY_RE = re.compile(r"\s*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、]|（(?:\d{1,3}|[一二三四五六七八九十]{1,3})）)\s*$")


def annotation_cuts(norm: str) -> list[int]:
    """Offsets after each annotation that is followed by more task text on the same line:
    ``…推进A工作（市发改委负责落实）。推进B工作（A、B分别负责落实）。`` or inline sub-items
    ``（1）…（X牵头负责）（2）…``. Only labelled or verb annotations cut (a bare bracket may be
    a unit's second name); a remainder that is only a deadline or a few characters stays.
    A label stated as a sentence cuts too: ``…162亿元（…），责任单位为区发改委；技改投资占
    固定资产投资比重16.5%（…），责任单位为区经信局；`` (two targets of one indicator line)."""
    return list(_annotation_cuts(norm))


@_per_document
def _annotation_cuts(norm: str) -> tuple[int, ...]:
    """:func:`annotation_cuts` as a tuple (memoised: a line is asked again by each step that
    cuts tasks)."""
    cuts = _label_sentence_cuts(norm)
    if "（" not in norm and "〔" not in norm:
        return tuple(cuts)
    depth, start = 0, -1
    pairs = {"（": "）", "〔": "〕"}
    close_of = None
    for m in _CUT_BRACKET_RE.finditer(norm):       # only brackets change the depth
        k, ch = m.start(), m.group()
        if depth == 0 and ch in pairs:
            depth, start, close_of = 1, k, pairs[ch]
            continue
        if depth:
            if ch == norm[start]:
                depth += 1
            elif ch == close_of:
                depth -= 1
                if depth == 0:
                    content = norm[start + 1:k]
                    end = k + 1
                    if norm[end:end + 1] in ("：", ":") and head_group(norm) == (start, end):
                        continue    # 联盛快乐城（责任单位：县商务局）：前期通报… the head's, not cut
                    if _MARKER_ONLY_RE.match(norm[:start]):
                        continue    # 2.（县商务局牵头）开展…: the units opening the task, not cut
                    while end < len(norm) and norm[end] in "。；;，,、 ":
                        end += 1        # (、 too: …（责任单位：A）、重塑…, tasks listed with 、)
                    # (the deadline test, which reads the whole rest, comes last)
                    if (_EIGHT_HAN_RE.match(norm, end) and _cutting_kind(content)
                            and not _deadline_fields_only(content)
                            and not is_deadline(norm[end:]) and not _more_groups(norm, end)):
                        cuts.append(end)
    if cuts:
        # inline sub-items （1）…（X牵头负责）（2）…: each starts a piece of its own
        for m in re.finditer(r"(?<=[。；;）〕])\s*(?=（\d{1,2}）)", norm):
            if 0 < m.end() < len(norm) and m.end() not in cuts:
                cuts.append(m.end())
    return tuple(sorted(cuts))
