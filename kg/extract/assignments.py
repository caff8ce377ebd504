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

import dataclasses
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Optional, Sequence, Union

from .. import errors, ids
from ..vocab import ROLE_ZH
from ..model import Document, Issue, Line, Mention, RawAssignment, Source, Span, Task, TaskPost
from . import annotations as ann
from .deadlines import is_deadline, normalise_deadline, with_year
from .formats import unclosed
from .numerals import to_int
from .outline import (COUNT_SUFFIX_RE, TASK_LABEL_RE, TASK_LABELS, Cell, Node,
                      _cell_per_line_rows, _is_header_word, match_marker, nonblank_from,
                      parse_outline, run_header_cuts, unit_heading, unit_list_heading)
from ..patterns import BYLINE_RE, CN_DIGITS, GLOSS_RE, HAN, SEQ_COLUMNS, SITE_FOOTER, unglossed
from ..text import compact, normalise
from .sources import original_of, squeezed
from . import unitnames

UNIT_COLUMNS = {
    "牵头单位": "lead", "牵头部门": "lead", "主办单位": "lead", "牵头": "lead",
    "配合单位": "support", "配合部门": "support", "协办单位": "support", "参与单位": "support",
    "配合": "support",
    "责任单位": "responsible", "责任部门": "responsible", "责任主体": "responsible",
    # 任务清单 | 责任清单 | 时限清单 (the three lists of a task table): the units of the row
    "责任清单": "responsible",
    "承办单位": "responsible", "实施主体": "responsible", "落实单位": "responsible",
    "牵头单位及责任单位": "responsible", "责任单位（部门）": "responsible",
    "信息来源": "source", "数据来源": "source", "信息提供单位": "source",
    # the body that must publish an item of a 政务公开 catalogue (基层政务公开标准目录)
    "公开主体": "responsible",
    # the owner of a project (a 民生实事 or 重点项目 table): the body that carries it out
    "业主单位": "responsible",
    # the department of each duty in a 职责清单 (序号 | 职责部门 | 职责名称 | 职责依据)
    "职责部门": "responsible", "职责单位": "responsible",
}
DEADLINE_COLUMNS = ("完成时限", "完成时间", "时间节点", "时限", "完成期限", "时间安排", "时限要求")
# (a 权责清单, the list of a department's powers and duties, names each power in 权力名称 or 职权名称
# ahead of its 责任事项, the steps it answers for: the power is the row's task)
TASK_COLUMNS = ("重点任务", "工作任务", "主要任务", "具体任务", "任务内容", "任务", "事项名称",
                "权力名称", "职权名称", "权力事项名称", "权责事项名称", "权责事项",
                "信息名称", "工作内容", "具体措施", "主要措施", "工作措施", "措施", "事项",
                "项目名称", "名称", "内容", "指标内容", "受理范围", "工作要点", "任务目标",
                "重点工作", "目标任务", "工作目标", "具体工作", "工作举措", "民生实事", "实事项目",
                "改革任务", "重点项目")


_UNIT_LABELS = "|".join(sorted((k for k in ann.LABEL_ROLES if k.endswith(("单位", "部门", "主体", "分工"))),
                              key=len, reverse=True))
# labels naming a bureau's own sections or a township's stations (责任科室：办公室, 牵头处室：…,
# 责任股室：…, 责任站所：…): read after a task's last sentence as the unit labels are
_SECTION_LABELS = "|".join(sorted((k for k in ann.LABEL_ROLES if k.endswith(("处室", "科室"))),
                                  key=len, reverse=True)) + \
    r"|(?:责任|牵头|配合|协办|主办)(?:股室|站所|办所)"
# a site's footer line (主办：… ICP备…): page furniture, no annotation (kg.patterns.SITE_FOOTER)
SITE_FOOTER_RE = re.compile(SITE_FOOTER)
# 1.推进X工作 责任单位：市发改委 — a label after a space or comma, once the task text is long enough;
# or run into a bracketed remark before it (投资：167万元（少数民族发展资金）实施单位：王家乡人民政府)
INLINE_SPACED_LABEL_RE = re.compile(r"(?<=[\u4e00-\u9fff）”])(?:\s+|[，,]\s*|(?<=）))((?:" + _UNIT_LABELS
                                    + r")[：:].+)$")
# 牵头单位 市财政局 配合单位 市税务局: labels written without a colon, a space after each
SPACED_LABEL_RE = re.compile(r"(?:(?<=\s)|^)(" + _UNIT_LABELS + r"|完成时限|完成时间|时间节点)\s+(?=[^\s：:])")
# 活动责任单位社区居委会、驻辖区单位: a label run into the task text and its units with no colon,
# space or bracket (a document site's text view that lost them). Not after a word that makes
# the label a noun of the sentence (各责任单位, 相关责任单位, 由牵头单位, 督促责任单位…, which the
# units' check below refuses too: the rest of such a line is no list of names), nor one of a
# level's units (县级责任单位) or a subject that goes on with its verb (县级责任单位负责对…督办:
# a sentence, whose words the check could take for a name ending in 办)
GLUED_LABEL_RE = re.compile(r"(?<![各本该等是的和与及、由请将对向其他它关级])(" + _UNIT_LABELS
                            + r")(?![为是均由要应需将对按在于和与及]|负责)(?=[\u4e00-\u9fff])")
_GLUED_PIECE_SEP_RE = re.compile(r"[、，,]")
# the last sentence of a task line naming units with 牵头 (市发改委牵头，市财政局配合。)
# (a level's variants in brackets may stand inside a name there: 由市教育局负责，各市（区）政府配合;
# a township's or a village's, 各乡镇（街道）, 各村（社区）, 各村（居）)
VERB_SENTENCE_RE = re.compile(r"[。；;]\s*((?:[^。；;（）]|（[市区县州旗盟、乡镇街道社区村居]{1,6}）){4,80}?)[。；;]?\s*$")
# the same sentence with its clauses divided by ；(…。区工信局牵头；区发改局、区投促局配合。): each clause
# units and their role verb
VERB_CLAUSES_END_RE = re.compile(r"。\s*((?:[^。（）]|（[市区县州旗盟、乡镇街道社区村居]{1,6}）){4,120}?)[。；;]?\s*$")
# the 分工 notices' formula closing an item's last sentence, its units sharing the work by their
# duties (…。有关部门按职责分工负责。, …。国家发展改革委、国家能源局按职责分工负责。): an annotation
BY_DUTIES_END_RE = re.compile(r"(?:按|按照|根据|依据)(?:各自)?职责(?:分工)?(?:分别)?负责$")
# a deadline's label closing that sentence (…。市工信局牵头，市科技局配合；完成时限：上半年): read with it
# a person in charge bracketed after a section heading's unit (一、县发展和改革局（责任领导：李四）)
PERSON_BRACKET_END_RE = re.compile(r"（[\u4e00-\u9fff]{0,4}(?:领导|责任人|负责人|联系人)[：:][^（）]{1,20}）$")
# the same label closing a task's text with no unit (…推进重大项目。完成时限：2024年6月30日前。)
_DEADLINE_FIELD = r"(?:完成时限|完成时间|完成期限|时限|时间节点)[：:][^。；;，,：:]{1,20}"
DEADLINE_LABEL_END_RE = re.compile(r"[。；;，,\s]\s*(" + _DEADLINE_FIELD + r")[。；;]?\s*$")
DEADLINE_SENTENCE_END_RE = re.compile(r"(?<=[。；;])\s*([^。；;，,：:]{4,24}?)[。；;]?\s*$")
DEADLINE_TAIL_RE = re.compile(r"[；;，,]\s*(" + _DEADLINE_FIELD + r")[。；;]?\s*$")
# …，责任单位为市商务局。 a label stated as a sentence (annotations.LABEL_IS_RE)
LABEL_IS_RE = ann.LABEL_IS_RE
INLINE_LABEL_RE = re.compile(r"[。；;]\s*((?:[\u4e00-\u9fff]{0,6}(?:领导|责任人|负责人)[：:][^\s：:。；;]{1,16}(?:\s[^\s：:。；;，,、]{2,4})?(?:\s+|[；;]\s*))?"
                             # (a person's field first, closed by a space or a semicolon: 包保县领导：李红（副县长）；
                             # 责任单位：县卫健委; 包保州领导：副州长 向东；…)
                             # (a notice adjusting the work: 原责任单位：A；调整为：B, 责任单位由A调整为B)
                             r"原?(?:" + "|".join(
    sorted((k for k in ann.LABEL_ROLES if k.endswith(("单位", "部门", "主体", "分工"))), key=len,
           reverse=True)) + "|" + _SECTION_LABELS
    # (the role words alone as labels: …。牵头：县商务局；配合：各乡镇)
    + "|牵头|主办|主责|配合|协办|协助|参与|协同|协作"
    # (the units' label with their persons': 责任单位及责任人：县住建局 张三)
    + r")(?:(?:及其?|和|与|/|／)(?:主要)?(?:责任人|负责人|联系人))?"
    + r"(?:[：:]|由(?=[^。；;：:]+?(?:调整|变更|更改|改)为)).+)$")


def _lead_group(norm: str) -> Optional[tuple[int, int]]:
    """``5.（县商务局）举办第三届招商引资推介会。``, ``6.【县发改局】推进…`` (``【】`` fold to ``（）``):
    a bracket right after the item's marker holding the units that do the task, then the task's
    text (four Chinese characters at least). The group must read as an annotation whose names
    are all formed like units of government (a bare list) or labelled or with role verbs; a
    bracket of anything else (``（新增）``, ``（续建）``, ``（县城）``) is the task's own word.
    Returns ``(start, end)`` of the group in ``norm``; else None."""
    mm = match_marker(norm)
    if mm is None:
        return None
    k = mm[2]
    while k < len(norm) and norm[k] in " .．、":
        k += 1
    if norm[k:k + 1] != "（":
        return None
    end = norm.find("）", k)
    if end < 0 or "（" in norm[k + 1:end]:
        return None
    content = norm[k + 1:end]
    if len(re.findall(r"[\u4e00-\u9fff]", norm[end + 1:])) < 4:
        return None
    kind = ann.classify(content)
    if kind in ("labeled", "verb"):
        return k, end + 1
    if kind == "bare" and ann.gov_list(content):
        return k, end + 1
    return None


def _label_is_run(norm: str) -> Optional[tuple[int, str]]:
    """``…，责任单位为县发改局，配合单位为县自然资源局。``: the labels stated as sentences closing a
    task's text, each ``label为X`` after the one before it -> (where the first starts, the labelled
    content ``责任单位：县发改局；配合单位：县自然资源局``); None when the text closes with none. (Only
    the last was read: the units of the ones before it were lost in silence.)"""
    m = LABEL_IS_RE.search(norm)
    if m is None:
        return None
    start, parts = m.start(), [m.group(1) + "：" + m.group(2)]
    while start > 0:
        before = LABEL_IS_RE.search(norm[:start])
        if before is None or not before.group(2).strip():
            break
        start = before.start()
        parts.insert(0, before.group(1) + "：" + before.group(2))
    return start, "；".join(parts)


def _task_floor(line: Line) -> int:
    """How many Chinese characters a task's own words before its closing sentence of units take at
    least: six, or four after a list item's number, whose title may be that short
    (``5.宣传发动。镇党政办负责，镇文化站协助。``, ``4.河道清理。镇水利站牵头，各沿河村配合。``)."""
    mm = match_marker(line.norm)
    return 4 if mm is not None and mm[0] not in _NOT_LIST_ITEM else 6


#: the markers that open no item of a task list (a law's article or chapter, 一是, a bullet)
_NOT_LIST_ITEM = ("article", "chapter", "shi", "bullet")


def _shared(parsed: ann.Parsed) -> bool:
    """``县自然资源局负责，县农业农村局配合``: a unit supported by another named with it, the work
    divided as a lead divides it. Supporters alone (``…等有关部门和单位参加``, after a lead named in a
    clause of its own: 市公安局牵头制定…预案，X、Y参加) are no division of the task's work."""
    roles = {u.role for u in parsed.units}
    return "support" in roles and bool(roles - {"support"})


def _charged(run: str, line: Line) -> bool:
    """``…。县工信局、县自然资源局负责。``, ``…，县自然资源局等部门负责。``: the clause closing a list's
    item names units and 负责 and nothing else, each name a unit; the work is theirs, as one unit's
    is after its topic (``_topic_subject``). Not in a law's article (it says who in its own ways)."""
    mm = match_marker(line.norm.strip())
    if mm is None or mm[0] in _NOT_LIST_ITEM:
        return False
    first = ann.split_top(run, "，,；;")[0] if run else ""
    names, verb = ann.split_verb(first)
    return (verb == "responsible" and first.endswith("负责") and not names.startswith("由")
            and bool(_all_units(names)))


# a clause of time or ground before the main one (在…整治行动的同时，由公安部门负责，…; 在…的基础上，…):
# the clauses after it are the sentence's own, no annotation of a task before them
_WHILE_CLAUSE_RE = re.compile(r"(?:同时|之时|时|之后|以后|之前|以前|期间|过程中|基础上|前提下)$")
# a label stated as a sentence opening a run of clauses (牵头单位为县文旅局，县财政局配合)
_LABEL_IS_OPENS_RE = re.compile(r"(?:其)?(?:" + "|".join(sorted(
    (k for k in ann.LABEL_ROLES if k.endswith(("单位", "部门", "主体"))), key=len, reverse=True))
    + r")(?:为|是)(?=[\u4e00-\u9fff])")
# the clauses closing a task's last sentence that say who does it, after a clause of the task's own
# (…，全年举办促消费活动20场以上，县商务局牵头，县财政局、各乡镇配合。): where each may start
_CLAUSE_CUT_RE = re.compile(r"[，,]\s*")


def _label_run_end(norm: str, start: int) -> int:
    """Where an unbracketed label's annotation from ``norm[start]`` ends: at the line's end, or
    at a full stop followed by sentences that are no annotation (a notice's ``1、X工程，牵头部门：
    市交通局。建设进度相对较慢的县区为舒城县。``: the counties after it lag, they are not
    assigned). A full stop followed by more labels or role clauses (``。完成时限：…``,
    ``。市直有关部门配合。``) does not end it."""
    for m in re.finditer("。", norm[start:]):
        cut = start + m.start()
        tail = norm[cut + 1:].strip().rstrip("。；; ")
        if tail and ann.classify(tail) is None:
            return cut
    return len(norm)


def _outside(text: str, start: int, stop: int, strip: str) -> str:
    """``text`` without its annotation ``text[start:stop]``: the task's words before it, and the
    sentences after it, if any."""
    before = text[:start].rstrip(strip)
    after = text[stop:].lstrip("。；; ").strip()
    return before + ("。" + after if after else "")


# units after a colon closing a task line: …，全年完成投资120亿元：县发改局、县财政局
# a field naming only the people in charge closing a task's line, a time limit's field beside it
# (…衔接。责任人：县委书记、县长。, …工作。责任领导：张三；完成时限：6月底前): the task's posts and persons
_PERSON_FIELD = r"(?:" + "|".join(sorted(ann.PERSON_LABELS, key=len, reverse=True)) + r"|[\u4e00-\u9fff]{0,4}(?:领导|责任人|负责人))[：:]"
PERSON_FIELDS_END_RE = re.compile(r"[。；;]\s*((?:" + _PERSON_FIELD + r"|(?:" + "|".join(
    sorted(ann.DEADLINE_LABELS, key=len, reverse=True)) + r")[：:])[^。；;：:（）()]{1,30}"
    r"(?:[；;，,]\s*(?:" + _PERSON_FIELD + r"|(?:" + "|".join(
    sorted(ann.DEADLINE_LABELS, key=len, reverse=True)) + r")[：:])[^。；;：:（）()]{1,30})*)[。；;]?\s*$")
COLON_UNITS_END_RE = re.compile(r"[：:]\s*([^：:。；;，,（）()\s]{2,80})[。；;]?\s*$")
# (or after a space closing the task's sentence, or two: …发展。 县工信局、县大数据中心)
SPACE_UNITS_END_RE = re.compile(r"(?:[。；;]\s+|\s{2,})([^：:。；;，,（）()\s]{2,80})\s*$")
# a field label followed by a dash where its colon belongs (责任单位——县数据资源局)
_DASH_LABEL_RE = re.compile("(" + ann.LABELS_ALT + r")\s*(?:——|－－|--|—)\s*")
# an annotation after a dash at the end of a task line: …。——市水利局牵头，市财政局配合
DASH_ANNOTATION_RE = re.compile(r"(?:——|－－|--|—)\s*([^—－\-]{2,80})$")


# the last clause of an item naming who does it: 由X会同A、B等部门研究提出落实意见。
#: the holders a carry-over rule names before its 以下 (各县（市、区）人民政府为各项任务的责任主体，以下
#: 不再一一列出; 各项任务均由各县（市、区）政府负责落实，以下不再列出)
_RULE_HOLDERS_RE = re.compile(r"^(?:各项任务|所有任务|上述任务|本方案任务)?(?:均|都)?(?:由|需|须)?(?P<u>.+?)"
                              r"(?:为|是|作为)(?:各项|所有|全部|每项)?(?:任务|工作)?(?:的)?"
                              r"(?:共同)?(?:责任主体|责任单位|落实主体|实施主体|主体责任单位)$"
                              r"|^(?:各项任务|所有任务|上述任务)?(?:均|都)?(?:由|需|须)(?P<v>.+?)(?:负责落实|抓好落实|负责|落实)$"
                              # 各项任务各县（市、区）人民政府均需落实: the holders before 均
                              r"|^(?:各项任务|所有任务|上述任务|每项任务)(?P<w>.+?)(?:均|都)(?:需|须|要|应)?"
                              r"(?:负责落实|抓好落实|负责|落实|参与)$")
CLOSING_CLAUSE_RE = re.compile(
    r"(?:^|[，,；;。])\s*由([^；;。由]{2,120}?)(?:(?:会同|联合|商)([^，,；;。]{2,160}?))?"
    r"(?:等(?:有关|相关)?(?:部门|单位))?(?:负责|研究提出|研究制定|共同|牵头|按职责)[^，,；;。]{0,16}[。；;]?$")


# a count of items, in digits or in Chinese numerals (4项, 两项, 十二条)
_COUNT = "[0-9" + CN_DIGITS + "两]"
# a sentence after a numbered list saying who does all of it: 以上项目由X组织实施，…, 上述工作均由
# X、Y负责落实。 (its units go to every item of the list above that names none of its own)
LIST_RULE_RE = re.compile(
    "^(?:以上|上述)(?:各|所有|全部|(?P<n>" + _COUNT + "+)(?:个|项|条)|第?(?P<a>\\d+)[-—－~至到](?P<b>\\d+)(?:项|条))?"
    r"(?:项目|工作|任务|事项|措施|工程|内容)?(?:均|都|统一|全部)?由(?P<u>[^，,；;。由]{2,80}?)"
    r"(?:共同|统一|具体)?(?P<v>牵头组织实施|牵头负责|牵头落实|牵头实施|牵头|组织实施|负责组织实施|负责实施|"
    r"负责落实|负责|实施|落实|承办)")

def _deadline_cell_text(cell: Cell) -> str:
    """A deadline cell's text: its lines one after another, set apart (``2024年6月底前启动`` /
    ``2024年12月底前完成``, a milestone a paragraph) when each is a deadline of its own, else
    joined (a date a narrow cell wrapped: ``2024年6月`` / ``底前``)."""
    parts = [t for t in (compact(p) for p in cell.text.split("\n")) if t]
    if len(parts) > 1 and all(ann.is_deadline(t) for t in parts):
        return "；".join(parts)
    return cell.flat


# the clause after such a rule naming who helps its lead (以上两项由X牵头，Y、Z配合。)
_LIST_RULE_HELPERS_RE = re.compile(r"[，,]([^，,；;。由]{2,80}?)(?:共同|积极|密切|全力)?"
                                   r"(?:配合|协助|协同|参与)(?:落实|实施)?[。；;]?$")
# …, or who carries it out (以上任务由X牵头，各乡镇人民政府负责落实。)
_LIST_RULE_DOERS_RE = re.compile(r"[，,]([^，,；;。由]{2,80}?)(?:具体|分别|共同)?"
                                 r"(?:负责落实|负责实施|负责|组织实施|具体实施|抓好落实|落实)[。；;]?$")
# what a rule over several items calls them (以上3项任务, 以下工作, 下列事项)
_RULE_OBJECTS = "项目|工作|任务|事项|措施|工程|内容"
# the rule written as a labelled field (（以上3项责任单位：县农业农村局，各乡镇配合）, 以上任务牵头单位：
# X；配合单位：Y): the field read as an annotation's
LIST_RULE_LABEL_RE = re.compile(
    "^(?:以上|上述)(?:各|所有|全部|(?P<n>" + _COUNT + "+)(?:个|项|条)|第?(?P<a>\\d+)[-—－~至到](?P<b>\\d+)(?:项|条))?"
    "(?:" + _RULE_OBJECTS + ")?的?" r"(?P<f>(?:牵头|责任|配合|主办|协办|承办|实施|落实)"
    r"(?:责任)?(?:单位|部门)[：:].{2,160})$")

# a line after one or several numbered targets of a 目标管理 plan naming their unit, written after
# them: 4项目标的责任单位均为市发改委。 (the four items before it) / 该目标责任单位为市经委。 (the item
# it follows); 该项任务牵头单位为X works the same way
CARRY_BACK_RE = re.compile(
    "^(?:(?:该|此|本)项?|(" + _COUNT + "+)项)(?:目标|任务|指标|工作|项目|事项)?的?"
    r"(" + _UNIT_LABELS + r")(?:均|都|皆)?(?:为|是)(.{2,120}?)[。；;]?$")


def _without_glosses(text: str) -> tuple[str, list[int]]:
    """``text`` without a mirror's pinyin glosses (``实（shí）施`` -> ``实施``), and for each
    character kept its position in ``text``."""
    if "（" not in text:
        return text, list(range(len(text)))     # (no gloss: every character, where it is)
    plain: list[str] = []
    at: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = text.find("（", i)          # (a gloss opens with its bracket: the text up to it is kept)
        if j < 0:
            j = n
        if j > i:
            plain.append(text[i:j])
            at.extend(range(i, j))
        if j == n:
            break
        g = GLOSS_RE.match(text, j)
        if g:
            i = g.end()
            continue
        plain.append("（")
        at.append(j)
        i = j + 1
    return "".join(plain), at


def _as_written(text: str, at: list[int], m: re.Match, group: Union[int, str]) -> str:
    """The span of ``text`` that ``m`` (a match in ``text`` read :func:`_without_glosses`, ``at``
    its positions) found as ``group``, with the glosses written inside it and after its last
    character."""
    end = at[m.end(group) - 1] + 1
    g = GLOSS_RE.match(text, end)
    return text[at[m.start(group)]:g.end() if g else end]


# the opening clauses of an item's paragraph naming who does it, before what is to be done:
# 由张三副市长负责，市发改委牵头，相关部门配合，尽快完成… (each clause ends in its role verb); a
# working group's paragraph may first name the post heading it (由县人民政府分管民政的副县长任组长，县民政局
# 牵头，受灾乡（镇、街道）及时…: the post is no unit and is left out, the clauses after it are read)
OPENING_CLAUSE_RE = re.compile(
    r"^(?:由[^，,；;。：:（）《》“”由]{2,40}?(?:任|担任)副?(?:组长|指挥长|召集人)[，,]由?|由)"
    r"((?:[^，,；;。：:（）《》“”]{2,40}?(?:负责|牵头|配合|参与|协助|协办)[，,])+)")

# a paragraph's closing sentence (or closing clause) that only says who does the item:
# 由县委宣传部具体负责。 / …，具体由县文体局负责。 — the agent's 由, the units, a role verb
CLOSING_AGENT_RE = re.compile(
    r"(?:^|[。！？，,])((?:具体|统一|均|主要)?由([^，,；;。：:（）《》“”由]{2,60}?)"
    r"(?:具体|统一|共同|分别|负责)?(?:负责落实|负责实施|组织实施|负责|落实)[。；;]?)$")

# the topic a decided matter of a 督查通报 names before saying who does it: 关于2016年冬季退役士兵
# 安置问题，由X、Y负责，… / 《关于…的实施意见》，由X负责，修改完善后…
OPENING_TOPIC_RE = re.compile(r"^(?:关于[^，,；;。由]{2,40}?(?:问题|事项|工作)|《[^《》]{2,60}》)[，,]")


# a numbered step whose short topic is followed by a sentence opening with its doer: 1、下达任务。由镇
# 农业服务中心根据机具保有量…下达《任务书》 (the unit before the verb does the step)
# a group's posts as a topic (副组长：由A、B等部门负责人担任: who fills it, no step of a procedure)
_GROUP_POST_TOPIC = r"(?:副?组长|副?召集人|成员|副?指挥长|副?主任)"
TOPIC_AGENT_RE = re.compile(
    r"^(?!" + _GROUP_POST_TOPIC + r"[。：:])[^，,；;。：:由（）]{2,10}[。：:]\s*由([^，,；;。：:由（）《》“”]{2,30}?)"
    r"(?:根据|按照|依据|负责(?!人|同志)|统一|组织|会同|牵头|具体)")


# an item's topic on its heading line, then a paragraph opening with who does it (（二）举办…成果展 /
# 由县委宣传部统一组织各党委…; 由A、B联合组织…，由C组织…): each 由 clause of that first sentence
# names doers, responsible
TOPIC_LINE_AGENT_RE = re.compile(r"(?:^|(?<=[，,；;]))\s*由(?P<x>[^，,；;。：:由（）《》“”]{2,80}?)"
                                 r"(?:联合|共同|统一|具体|负责(?!人|同志)|组织|牵头|会同|根据|按照|依据)")


# a plain line opening with a clause pair, its doers and their roles, a name's bracketed part allowed
# (区城建局负责，各街道办事处（乡）配合，清除…), maybe a third clause of units guiding (…，区爱卫办指导，
# 监督…: responsible). (A line opening with one subject and 负责, 区城管局负责…, is a duty in prose: a
# regulation's or a plan's sentence, read by the duty reader)
_NAMES = r"(?:[^，,；;。：:由（）“”《》\s]|（[^（）]{1,8}）)"
DOERS_PAIR_RE = re.compile(r"^(?P<a>" + _NAMES + r"{2,60}?)(?P<v>牵头|负责)[，,]\s*(?P<b>" + _NAMES + r"{2,80}?)"
                           r"(?:密切|积极|全力|协同|共同)?(?:配合|协助|参与)[，,]\s*"
                           r"(?:(?P<c>" + _NAMES + r"{2,40}?)(?:指导|监督)[，,])?")


# an item whose first sentence names its doers with 由 right after a short topic (no punctuation between)
# or after a condition and its comma, then what they do: 重大以上安全隐患由县安委办（县安监局）或负有安全
# 监管职责的县直有关部门（行业主管部门）向治理主体单位发出…; 对逾期未整治到位…的，由县安委办报告县人民
# 政府，… (a rule's paragraphs; the names may be joined by 或, a bracket after a name is its other name)
AGENT_CLAUSE_RE = re.compile(
    r"^(?:(?:对|凡)[^。；;：:]{2,60}?的(?:行为|情形|情况)?[，,]\s*|[^，,；;。：:由（）《》“”\s]{2,16}?)"
    # (…工作不再由县住建局负责 / 原由X负责的…: the holder it no longer is, never the doer)
    r"(?<!不)(?<!原)(?<!不再)(?<!原来)由(?P<x>[^，,；;。：:由《》“”]{2,80}?)"
    r"(?=向|对|根据|按照|依据|报告|报请|指定|组织|下达|发出|负责(?!人|同志)|会同|牵头|统一|具体|审核|核实"
    r"|督促|责令|予以|按(?:各自)?职责)")
# an item whose first sentence is a short topic, a comma and who is in charge, maybe who helps
# (（三）道路交通安全专项整治，由公安、交通部门负责，有关部门配合。要…): 负责 closes its clause (not
# 负责人, a post; not 负责对…, a duty written out), 配合 closes the helpers' clause
TOPIC_CHARGE_RE = re.compile(
    r"^[^，,；;。：:由（）《》“”\s]{2,20}[，,]\s*由(?P<x>[^，,；;。：:由（）《》“”]{2,40}?)负责(?=[，,。；;]|$)"
    r"(?:[，,]\s*(?P<y>[^，,；;。：:由（）《》“”]{2,40}?)配合(?=[，,。；;]|$))?")
# an item whose first sentence opens with its doers and a duty verb (a rule's or a notice's duty items:
# （十二）监察部门负责按相关规定…; 县安委办定期或不定期地组织相关部门…; X协助Y等有关部门负责…, X support
# and Y responsible). A modal (各有关部门要…, X应…) is not enough: a notice's own requirements of the
# bodies it is sent to are written so, and they are no task of its list
# A name may hold a bracket after its first character: the levels a collective stands for
# (各县（市、区）、各开发区负责…, 各乡（镇）人民政府负责…) or a body's other name (市安委办（市应急局）)
SUBJECT_FIRST_RE = re.compile(
    # (a meeting's 交办 item asks its doer: 1.请区住建局牵头，会同…; 请 is no part of the name)
    r"^(?:请(?=[^，,；;。]{2,40}?(?:负责|牵头)))?(?P<x>(?:[^，,；;。：:由（）《》“”\s]|(?<=[^\s（）])（[^（），,；;。：:由《》“”\s]{1,10}）){2,40}?)"
    r"(?:(?P<help>协助|配合)(?P<y>[^，,；;。：:由《》“”\s]{2,40}?)(?=负责))?"
    r"(?:按(?:照)?(?:各自)?职责(?:分工)?[，,]?\s*)?(?:负责(?!人|同志|的)|定期|牵头)")
#: the bodies a lead works with, named after it (…牵头，会同A、B于6月底前…, …牵头，会同A研究制定…)
_JOINED_BY_RE = re.compile(r"^[，,]?\s*会同([^，,；;。：:由（）《》“”\s]{2,40}?)"
                           r"(?=于|在|共同|[，,]|做好|开展|拿出|制定|研究|推进|完成|抓好|落实)")


def _organiser(doers: str) -> Optional[list[tuple[str, Optional[str]]]]:
    """``X组织Y负责…`` (2、农服中心组织兽医站负责…): the units of X, the one that organises; Y, the
    body organised, holds nothing (as ``由X组织Y进行…``), and ``组织Y`` is no name. None unless
    both sides are units (not 市委组织部, whose 组织 is its name's)."""
    for k in range(2, len(doers) - 3):
        if doers[k:k + 2] != "组织" or doers[k + 2] == "部":
            continue
        by, organised = _all_units(doers[:k]), _all_units(doers[k + 2:])
        if by and organised:
            return by
    return None


# an item's sentence opening with its doers, then where, when or on what they act (五、派出所、城管执法
# 中队在接访日派员到…做好…; 3、检查验收阶段 / 市整治工作领导小组对各区…进行全面检查): the doers are
# the subject. Only 在, 对 and 结合: with a modal or 将 (各有关部门要…, 省政府将…) a notice's own
# requirements and its plans read so too, and they are no task of its list
SUBJECT_ACTS_RE = re.compile(r"^(?P<x>[^，,；;。：:由（）《》“”\s的是]{2,24}?)(?:(?<!所)在(?!于)|对(?!于)|结合)")
# a name of those doers cannot open with a verb, a time or a preposition (指导湿地所在地…, 原则同意省有关
# 部门…对…, 每季度末镇食安办对…, 今年市政府办公室要求…在…, 请海航集团…): the sentence's subject is
# elsewhere or none, and such a "name" is a clause's words (所在 is where a thing lies, not who acts)
_NO_NAME_START_RE = re.compile(r"^(?:指导|通过|原则|同意|请|每|今年|明年|去年|本年|当年|要求|督促|组织|协调|"
                               r"负责|依法|按照|根据|加强|推动|支持|鼓励|经|凡|对|在|将|把|被|为|向|从|自(?!治)|于|如|若|"
                               r"协助|配合|会同|联合|协同|参与)")


# an item's topic sentence, then the clause of its dates, before the sentence's doers (a stage
# of a plan: 集中宣传发动阶段。午季：5月20日至5月24日（秋季：9月20至9月24日），各村结合实际…)
_STAGE_LEAD_RE = re.compile(r"^[^，,；;。：:由（）“”]{2,24}。\s*"
                            r"[^，,；;。]{0,40}?\d{1,2}月\d{1,2}日[^，,；;。]{0,40}?[，,]\s*")


def _acting_line(node: Node) -> Line:
    """The line of an item whose sentence :data:`SUBJECT_ACTS_RE` reads: its first, or the next
    when the first is only the item's topic (a stage, ``1、宣传发动阶段（7月-8月）``)."""
    first = node.lines[0].norm.strip()
    mm = match_marker(first)
    body = first[mm[2]:].strip(" .．、") if mm else first
    # (a topic line may close with its full stop: 第五条动态开展山洪灾害隐患排查。)
    if len(node.lines) >= 2 and body and len(body) <= 40 and not re.search("[，,。；;：:]", body.rstrip("。")):
        return node.lines[1]
    return node.lines[0]


# an item whose first sentence says whose the work is by naming them its owners: 各乡（镇）人民政府、
# 街道办事处是农作物秸秆禁烧工作的责任主体，生态环境、交通…等相关部门要配合乡镇街做好… (the owners
# responsible, or lead for 牵头单位; the bodies of a later clause of the sentence that help, support)
OWNER_CLAUSE_RE = re.compile(r"^(?P<x>[^，,；;。：:由《》“”\s]{2,60}?)是[^，,；;。]{2,40}?的?"
                             r"(?P<role>责任主体|主体责任单位|实施主体|责任单位|牵头单位|主管部门|监管主体)(?=[，,；;。]|$)")
_OWNER_HELPERS_RE = re.compile(r"[，,]\s*(?P<y>[^，,；;。：:由《》“”\s]{2,60}?)(?:要|应当|应|须)?"
                               r"(?:积极|密切|主动|全力)?(?:配合|协助)")


def _helpers_in(rest: str) -> list[ann.UnitRef]:
    """The bodies that help, named in later clauses of the sentence that ``rest`` goes on
    (``…，A、B等相关部门要配合…``, ``由镇环卫所负责全镇生活垃圾收运，镇城管中队配合做好执法工作``:
    :data:`_OWNER_HELPERS_RE`) up to its end, when a clause's names are units: support."""
    out: list[ann.UnitRef] = []
    for h in _OWNER_HELPERS_RE.finditer(re.split("[。；;！？]", rest, maxsplit=1)[0]):
        helpers = _all_units(h.group("y"))
        if helpers:
            out.extend(ann.UnitRef(n, "support", None, lk) for n, lk in helpers)
    return out


# a relative clause before a name in such a list (负有安全监管职责的县直有关部门), or a locative (由所在地
# 乡（镇）人民政府…: the one where it happens): not part of the name
_AGENT_MODIFIER_RE = re.compile(r"^(?:[^、，,（）()的]{2,20}?的(?=[^的]{2,}$)|(?:所在地|当地)(?=[^、，,]{2,}))")
# a later clause of the same sentence naming more doers with 由 (…予以制止，并由有权机关依据…处理)
_AGENT_MORE_RE = re.compile(r"[，,]\s*(?:并|再|另|同时)?由(?P<x>[^，,；;。：:由《》“”]{2,40}?)"
                            r"(?=向|对|根据|按照|依据|报告|报请|指定|组织|下达|发出|负责(?!人|同志)|会同|牵头|统一"
                            r"|具体|审核|核实|督促|责令|予以)")


# a numbered action whose short topic is followed by a sentence opening with its doer, no 由 (news
# of a bureau's actions: 一是规范营运车辆秩序行动。县运管所配合城管、交警部门开展专项整治行动, 三是…。
# 县运管所牵头，联合…, 四是…。县养路段负责…): X负责 (responsible), X牵头， (lead), X配合Y开展 (X support,
# Y responsible); X联合Y开展 gives X alone (Y a partner, a prose fact)
TOPIC_SUBJECT_RE = re.compile(
    r"^(?!" + _GROUP_POST_TOPIC + r"。)[^，,；;。：:由（）“”]{2,24}。\s*"
    r"(?P<x>[^，,；;。：:由（）《》“”、]{2,20}?)"
    r"(?:(?P<resp>负责)(?!人|同志|的)|(?P<lead>牵头)[，,]|(?P<with>配合|联合)"
    r"(?P<y>[^，,；;。：:由（）《》“”]{2,40}?)(?:开展|进行|做好|实施))")
# another clause of the same item opening with a doer (…。农业农村部门负责…；市场监管部门负责…): the
# item divides its work, so its first doer is not the item's
_NEXT_DOER_RE = re.compile(r"[。；;，,]\s*([^，,；;。：:由（）《》“”、]{2,20}?)(?:负责(?!人|同志)|牵头)")


# a sentence inside an item's paragraph dividing its work: 由所涉及的A、B…等省级主管部门牵头完成自查
# 报告，其他相关部门配合，… (the units before 牵头 lead, those before 配合 support)
DIVISION_SENTENCE_RE = re.compile(
    r"(?:^|[。；;，,])\s*由(?:所涉及的|涉及的|相关的|有关的)?([^，,；;。由：:（）]{2,400}?(?:（[^（）]{1,4}）)?)"
    r"牵头[^，,；;。]{0,24}[，,]\s*([^，,；;。：:]{2,60}?)(?:配合|协助|参与)")


# a decided matter of a 督查通报 quoted after who does it: 如县发改局负责的“严格落实…。”截至目前，…；
# 县自然资源局、县水利局负责的“紧盯…”… (each quote, with the progress sentence after it, is a task)
AGENT_QUOTE_RE = re.compile(r"(?:^|(?<=[。；;，,：:]))\s*(?:如|例如|比如|其中)?"
                            r"([^，,；;。：:“”（）《》由]{2,80}?)负责的“")
# …or named only by its number in the report's annex: 其中，由县民政局负责的第1件、县发改局负责的第4件、
# 县卫健局负责的第17、18件确定事项进展滞后 (each number with who does it is a task; a 由 opening it
# goes with its piece)
AGENT_NUMBER_RE = re.compile(r"(?:^|(?<=[。；;，,：:、]))\s*(?:如|例如|比如|其中)?(由)?"
                             r"([^，,；;。：:“”（）《》由]{2,80}?)负责的第[\d" + CN_DIGITS + r"]{1,3}"
                             r"(?:(?:[、，,和及至到—－-]|以及)第?[\d" + CN_DIGITS + r"]{1,3})*(?:件|项|条)")

# a sentence of a meeting's requirements dividing its work in two clauses of names and a role
# verb, without 由: …早着手，县交通局负责，各乡镇配合，细化任务… / 县国土资源局牵头，县发改局、县住建局等
# 部门密切配合，抢抓时间… (the first names lead or are responsible, the second support)
CLAUSE_PAIR_RE = re.compile(
    r"(?:^|(?<=[。；;，,：:]))\s*([^，,；;。：:由（）“”《》]{2,60}?)(牵头|负责)[，,]\s*"
    r"([^，,；;。：:由（）“”《》]{2,80}?)(?:密切|积极|全力|协同|共同)?(?:配合|协助|参与)[，,]")


# a meeting's charge opening a sentence: 会议原则通过《…》。责成县妇联根据会议讨论意见修改完善后，
# 履行发文程序。 / 会议责成市住建局、市财政局于6月底前拿出方案。 (the units charged do it)
CHARGE_RE = re.compile(r"(?:^|(?<=[。；;，,：:]))\s*(?:会议|会上|并|同时|另外?)?(?:决定|研究)?责成"
                       r"([^，,；;。：:由（）“”《》]{2,60})")
# …or the same charge with 由 right after the approved titles, in one sentence: 会议确定：原则同意《…》
# 《…》，由县农业农村局根据会议讨论意见修改完善后，以县政府办… (the unit named does it)
APPROVED_AGENT_RE = re.compile(r"(?:原则|审议|研究)?(?:通过|同意)(?:《[^《》]{2,60}》[、和及与]?){1,6}[，,]\s*由"
                               r"([^，,；;。：:由（）“”《》]{2,60})")
# a meeting's requirement of named bodies, in a news item or a meeting's minutes: 会议要求，各相关部门要深入
# 学习贯彻…; 会议强调，县住建局要… (the bodies so required do it; a notice's own requirements of the
# bodies it is sent to carry no 会议)
MEETING_REQUIREMENT_RE = re.compile(r"(?:^|(?<=[。；;！？]))\s*会议(?:要求|强调|明确|指出|提出)[，,：:]\s*"
                                    r"(?P<x>[^，,；;。：:由（）“”《》]{2,40}?)(?:要|必须|务必|须)(?!求)")
# … and, in the rest of its sentence, the bodies joined to the first (要会同各乡镇人民政府，于…) and a later
# clause's bodies required too (，县公安局、县市场监管局按照各自职责做好…)
_MEETING_JOINED_RE = re.compile(r"^\s*会同(?P<x>[^，,；;。：:由（）“”《》]{2,40}?)(?=$|[，,]|(?:于|在|做好|开展|抓紧|尽快|共同|对|加强|完成|落实))")
_MEETING_MORE_RE = re.compile(r"^\s*(?P<x>[^，,；;。：:由（）“”《》]{2,40}?)(?:要|必须|务必|须|按照|依照|根据)(?!求)")
# a time a sentence sets its work by (于6月30日前完成, 确保5月底前开工, 在2025年底前): the date and 前
_SENTENCE_BY_RE = re.compile(r"(?:于|在|确保|力争|务必|争取)(?P<d>(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|年底|年内)(?:之)?前)")
# a meeting's approval of what it then charges a unit with: 会议原则通过《…》 / 审议通过 / 原则同意
APPROVAL_RE = re.compile(r"(?:原则|审议|研究|会议)(?:上)?(?:通过|同意)")
# what follows the units charged: a time they are due by, a manner, or the verb of the charge
CHARGE_NEXT_RE = re.compile(r"(?:于|在)[^，,；;。]{1,20}?(?:之前|以前|前)|根据|按照|依据|结合|会同|牵头|负责|"
                            r"尽快|抓紧|立即|认真|做好|加快|进一步|修改|完善|组织|制定|研究|拿出|起草|拟定|"
                            r"对|将|就|做|完成|落实|开展|办理|履行|协调|妥善|及时|迅速|切实|全力|继续|"
                            r"督促|指导|核查|调查|整改|处理|跟踪")


def _charge(text: str) -> Optional[tuple[re.Match, list[tuple[str, Optional[str]]]]]:
    """The first :data:`CHARGE_RE` (or :data:`APPROVED_AGENT_RE`) in ``text`` whose charged names
    are units only: the match and their (mention, lookup) pairs. The names end where the shortest
    run of units is followed by a time, manner or verb (:data:`CHARGE_NEXT_RE`), so 县人民政府办公室
    is not cut at 县人民政府."""
    for m in [*CHARGE_RE.finditer(text), *APPROVED_AGENT_RE.finditer(text)]:
        rest = m.group(1)
        for end in range(2, len(rest)):
            if CHARGE_NEXT_RE.match(rest, end):
                items = _all_units(rest[:end])
                if items:
                    return m, items
    return None


def _same_below_units(content: str) -> bool:
    """Is 下同 written right after a piece of units and their verb (``县农业农村局牵头，下同``), no
    rule of the bracket's own before it (``标☆的为牵头单位，下同``, ``列第一位的为牵头单位，下同``)?"""
    pieces = ann.split_top(compact(content), "，,；;。")
    k = pieces.index(ann.SAME_BELOW) if ann.SAME_BELOW in pieces else -1
    if k < 1:
        return False
    names, verb = ann.split_verb(pieces[k - 1])
    return verb is not None and _all_units(names) is not None


#: a clause opening with the date its work is done by (2025年9月底前拆除…, 6月底前完成…)
_DATE_OPENING_RE = re.compile(r"^((?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末)?|底|年底)(?:之?前|以前))")


def _deadline_before(text: str) -> Optional[str]:
    """The deadline closing the task's words before the units' clauses (``推进老旧小区改造，年底前
    完成。区住建局牵头，区财政局配合。``, ``…，2024年底前完成，县住建局牵头，…``): the time the work
    is done by, the units' deadline as a deadline after them is; so too the clause closing an
    item's sentence that names its doers (``各乡镇负责做好秸秆禁烧工作，2024年10月底前完成。``)."""
    clauses = ann.split_top(text.rstrip("。；;，, "), "，,；;。")
    last = clauses[-1] if len(clauses) > 1 else ""
    return normalise_deadline(last) if last and ann.is_deadline(last) else None


def _all_units(text: str) -> Optional[list[tuple[str, Optional[str]]]]:
    """The (mention, lookup) pairs of ``text`` when it names units and nothing else (the new
    holders of work moved, ``县住建局划转至县城管局``: 县城管局)."""
    if "至" in text or "为" in text or "到" in text or "给" in text:
        text = ann.moved_to(text)
    items = ann.unit_items(text, None)
    if not items or not all(ann._unit_item(n, lk) for n, lk in items):
        return None
    aliases = ann.DOC_ALIASES.get()
    if aliases:
        # (a short form the document defined is looked up as the unit it stands for)
        items = [(n, aliases.get(compact(n), lk) if lk is None else lk) for n, lk in items]
    return items


def _sentence_due(text: str) -> Optional[str]:
    """The time the sentence ``text`` opens sets its work by (``…，于6月30日前完成``, ``确保5月底前开工``:
    :data:`_SENTENCE_BY_RE`, up to the sentence's end), normalised, or None."""
    dm = _SENTENCE_BY_RE.search(re.split(r"[。！？]", text, maxsplit=1)[0])
    return normalise_deadline(dm.group("d")) if dm and is_deadline(dm.group("d")) else None


def _clause_pair(text: str) -> Optional[re.Match]:
    """The first :data:`CLAUSE_PAIR_RE` in ``text`` whose two lists name units only."""
    for m in CLAUSE_PAIR_RE.finditer(text):
        if _all_units(m.group(1)) and _all_units(m.group(3)):
            return m
    return None


_BYLINE_SOURCE_RE = re.compile(r"(?:信息|文章)?来源[：:]")


# an item headed by who does it, a colon, then its work (a plan's 职责分工: （一）县发展和改革局：负责
# 统筹…; （二）县财政局、县审计局：要加强…; a township's internal bodies, 党政办公室：主要承担…): the
# names before the colon do the item. The work after the colon says the role: 牵头 leads; 配合/协助 Y
# supports Y (Y responsible); a closing ``，Z配合`` names Z's support
LABEL_DOER_RE = re.compile(r"^(?P<x>[^，,；;。：:（）《》“”\s]{2,40}?(?:（[^（）：:]{1,6}）[^，,；;。：:（）《》“”\s]{0,30})?)"
                           r"[：:]\s*(?P<body>\S.{5,})$")
LABEL_DOER_LEAD_RE = re.compile(r"^(?:主要|具体|负责)?牵头")
LABEL_DOER_HELP_RE = re.compile(r"^(?:主要|具体|积极|负责)?(?:配合|协助)(?P<y>[^，,；;。：:（）《》“”]{2,40}?)"
                                r"(?:[，,]|做好|开展|负责|抓好|推进|完成|实施|落实|共同)")
LABEL_DOER_JOIN_RE = re.compile(r"[，,；;]\s*(?P<z>[^，,；;。：:（）《》“”]{2,60}?)(?:等(?:有关|相关)?(?:部门|单位))?"
                                r"(?:积极|密切|全力|共同|协助)?(?:配合|协助)[。；;]?$")
# no work after the colon: a contact, a quota or a figure (县发改局：张三 1390000…, 县财政局：2人), a
# group's make-up (善后处理指挥部：由分管副县长任指挥长…, …组成), fields of its own (综合协调组：牵头单位：…)
LABEL_DOER_NOT_WORK_RE = re.compile(r"^[\d０-９]|电话|联系人|手机|邮箱|传真|^[^，,。；;]{0,4}[\d０-９]+(?:人|名|个|万|元)"
                                    r"|^由[^，,。；;]{1,40}?(?:任|担任|兼任|组成)|^[^，,。；;：:]{0,8}[：:]")


# the heading of a unit's own section: 县示范区管委会牵头工作, 市住建局负责的重点任务, 市发改委承担事项
# a department's heading naming its duties over its items (（七）卫生部门职责、任务, 县市场监管局职责和任务)
SECTION_DUTY_RE = re.compile(r"^(.{2,30}?)(?:的)?(?:工作)?职责[、和及与]?任务$")
SECTION_VERB_RE = re.compile(r"^(?:由|请)?(.{2,30}?)(牵头|主办|主责|负责|承担|承办)(?:的)?(?:重点|主要|具体)?"
                             r"(?:工作|任务|事项|项目)(?:清单|任务)?$")


# a heading saying who does the items below it (一、以下任务由县发改局牵头，县直有关部门配合：, 二、以下3项
# 责任单位为县商务局：, 下列事项均由X负责): the clause read as an annotation, its units every item's
# under the heading that names none of its own
#: the words closing a heading's rule (…，不再列出; …，下同): the rule's units are the items' all the same
_RULE_END_RE = re.compile(r"[，,]?(?:以下)?(?:不再(?:单独|一一|逐一|另行)?(?:列出|标注|列明)|不另(?:行)?列出|下同)[。]?$")
SECTION_RULE_RE = re.compile(
    "^(?:以下|下列|下述)(?:各|所有|全部|" + _COUNT + "+(?:个|项|条))?(?:" + _RULE_OBJECTS + ")?"
    r"(?:均|都|统一|全部)?(?:由(?P<a>[^：:]{2,80})|的?(?P<f>(?:牵头|责任|配合|主办|承办)(?:责任)?(?:单位|部门)"
    r"(?:均|都)?(?:为|是|[：:])[^：:]{2,80}))$")


# (its own brackets both or neither: in …各乡镇（街道）；全年） the last bracket closes the annotation,
# whose deadline 全年 is; a lone closer taken for the deadline's cut the annotation open)
TAIL_DEADLINE_RE = re.compile(r"(?<=）)[，,；;\s]*(?:（([^（）]{2,16}?)）|([^（）]{2,16}?))[。；;.\s]*$")


@dataclass
class Extraction:
    tasks: list[Task] = field(default_factory=list)
    raw: list[RawAssignment] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    posts: list[TaskPost] = field(default_factory=list)   # posts and persons kept on tasks


@dataclass
class _State:
    carry: list[tuple[ann.UnitRef, Source]] = field(default_factory=list)
    # the line of a running-text rule for the tasks below it only (以下各项任务均由X配合落实，不再列出
    # written after an item, read with that item's lines): a task opening above it inherits nothing
    carry_after: int = 0
    first_leads: bool = False
    # 明确牵头部门的，其他有关部门配合，下同: supporters implied where only a lead is named
    lead_only: list[tuple[ann.UnitRef, Source]] = field(default_factory=list)
    # 完成时限：2025年9月底前（下同）: the completion time of the tasks below naming none
    deadline_same: Optional[str] = None


# (a table asks the same few headers of every row: ~60 distinct of ~5 000 in the bundled corpus)
@lru_cache(maxsize=4096)
def _column_role(header: str) -> Optional[tuple[str, str]]:
    h = unglossed(compact(header), after_han=True)      # (a mirror's 責（zé）任單位)
    if ann.is_person_label(re.sub(r"（[^（）]*）$", "", h)):
        return None                        # 牵头领导, 责任领导: persons and posts, no unit
    if h in UNIT_COLUMNS:
        role = UNIT_COLUMNS[h]
        return role, ("source" if role == "source" else "table")
    for k, role in UNIT_COLUMNS.items():
        if h.startswith(k):
            return role, ("source" if role == "source" else "table")
    base = re.sub(r"（[^（）]*）$", "", h)
    role = ann.label_role(base)            # 责任科室, 牵头责任单位, 协同单位 …
    if role:
        return role, ("source" if role == "source" else "table")
    if base.startswith("责任") and base.endswith(("街镇", "乡镇", "镇街", "街道", "区县", "县区",
                                                 # a township's list: the villages each task is
                                                 # given to (责任村, 责任村（社区）, 责任社区, 责任嘎查)
                                                 "村", "社区", "村居", "嘎查")):
        return "responsible", "table"
    return None


@lru_cache(maxsize=4096)
def _is_deadline_column(header: str) -> bool:
    h = re.sub(r"（[^（）]*）$", "", unglossed(compact(header), after_han=True))
    return h in DEADLINE_COLUMNS or bool(re.fullmatch(r"[\u4e00-\u9fff]{0,4}(时限|期限|时间节点|完成时间)"
                                                      r"[\u4e00-\u9fff]{0,2}", h)) \
        or bool(_DONE_TIME_COLUMN_RE.fullmatch(h))


#: a project table's time of completion beside its start (开工时间 | 竣工时间, 计划完工时间, 办结时间):
#: the deadline (the start is none)
_DONE_TIME_COLUMN_RE = re.compile(r"(?:计划|预计)?(?:竣工|完工|建成|办结|整改完成|截止)(?:时间|日期)")


# a table cell saying "the same as above": 同上, the ditto marks 〃 and ″, straight or curly quotes
_DITTO_RE = re.compile(r"(?:同上|同前|仝上|〃+|″+|\"+|”+|“+)[。.]?")
# an annotation repeating the units of the one before: 责任单位：同上, （同上）, 牵头单位：同上。
_SAME_AS_ABOVE_RE = re.compile(r"(?:^|[；;，,。]|[\u4e00-\u9fff]{2,8}[：:])同上(?:[。；;，,]|$)")
_NOTHING_ABOVE = ("annotation '{}' repeats the one before it (同上), but no annotation before it "
                  "in the document names a unit; the task has none (write its units)")


# a header rule marking the lead with a star: 责任部门（加*号为牵头部门，其余为参与部门）
#: a completion time said once for the tasks below (完成时限：2025年9月底前（下同）, 时间节点：6月底前，下同)
_DEADLINE_SAME_BELOW_RE = re.compile(r"(?:时限|时间|节点|期限)[：:]\s*([^；;。，,（）()：:]+?)\s*(?:[（(]下同[）)]|[，,]下同)")
#: a note under a table (注：…, 备注：…, 说明：…, （注：…）) stating the table's rule
_TABLE_NOTE_RE = re.compile(r"^[（(]?(?:注|备注|说明|注释)\d?[：:]")
STAR_LEADS_RE = re.compile(r"[*＊※★☆▲△]号?(?:的|者)?(?:为|是)(?:牵头|主办)")
#: an annotation whose text ends in a role word is complete even if its bracket is not closed
_ENDS_IN_ROLE_RE = re.compile(r"(?:牵头|负责|配合|参与|落实|协办|协助|实施|推进)[。；;，,]?$")
# a line that ends on a list separator (…A、B、 / …A，): the names after it were cut off
_DANGLING_SEP_RE = re.compile(r"[、，,；;]\s*$")
_STAR = "\u2605"
#: a task's annotation naming its lead (牵头单位：X, 主办单位：X, X牵头，Y配合)
_NAMES_A_LEAD_RE = re.compile(r"(?:牵头|主办|主责)(?:责任)?(?:单位|部门|处室|科室)?[：:]|(?<!无)牵头[，,；;。）)\s]")
RESPONSIBLE_LEADS_RE = re.compile(r"(?:无|没有|未(?:明确|列明|注明|列)?)牵头(?:单位|部门)的[，,]?(?:其)?(?:责任单位|责任部门)"
                                  r"(?:即|均)?(?:为|是|视为|作为|就是)牵头(?:单位|部门)")
#: a column of the lead and the others whose header marks the lead's sign (牵头单位（★）/责任单位,
#: 牵头单位（*）、配合单位)
_STARRED_LEAD_HEADER_RE = re.compile(r"^牵头(?:单位|部门)[（(][*＊※★☆▲△]号?[）)][/／、和及]?"
                                     r"(责任|配合|协同|参与|协办)(?:单位|部门)$")
STAR_LEGEND_RE = re.compile(r"[*＊※★☆▲△][”’\"']?号?(?:标注|标记|标识|标示)?(?:的|者)?(?:单位|部门)?(?:为|是)(?:牵头|主办)")
#: the shortest piece of a unit cell formed like no organisation's name that is taken for text,
#: not an unknown unit (进一步增强政策文件制定实施的透明度: a task's text in the unit column)
_CLAUSE_PIECE_MIN = 8
# a bare two- or three-character personal name in a unit cell (a leader column next to it)
_PERSON_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,3}")
# a name closed by a bracket (区教体局（区国资公司代建）); a bracket of levels (（街道）, （市、区）);
# a company that builds or manages for the owner (区国资公司代建)
_TRAILING_BRACKET_RE = re.compile(r"(.+?)[（(]([^（）()]+)[）)]")
# an item that only announces the list under it: a short label closed by a count
# (预备重点项目（3个）。, 重点任务（5项）) or by a colon (主要任务如下：)
_ANNOUNCES_LIST_RE = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、)?"
    r"(?:[^，,。；;：:]{1,20}[（(]\d+[个项件条处][）)][。.]?|.{1,40}[：:])$")
_LEVEL_WORD_RE = re.compile(r"(?:[省市县区州旗盟乡镇村]|街道|社区|乡镇|镇街|县区|园区)(?:、.{1,3})*")
_BUILDER_RE = re.compile(r"(.+?)(?:代建|代管|承建|负责建设|建设)")
STAR_REST_SUPPORT_RE = re.compile(r"其余(?:的|者)?(?:为|是)(?:参与|配合|协办|协助)")
#: the same for the first-named rule (列第一位者为牵头单位，其他单位为参与单位 / 其余为配合部门 /
#: 其他部门配合): the units after the first support it
FIRST_REST_SUPPORT_RE = re.compile(r"(?:其他|其它|其余)(?:有关)?(?:的|者)?(?:单位|部门|责任单位)?"
                                   r"(?:(?:为|是)(?:参与|配合|协办|协助)|(?:配合|参与|协助|协办)[。；;）)]?$)")
#: the rule's sentence saying what the others do (…，其他有关部门按职责分工负责 / …，其余单位配合)
_FIRST_REST_RE = re.compile(r"^[，,；;]?(?:其他|其它|其余)(?:有关|相关)?(?:的|者)?(?:单位|部门|责任单位)?"
                            r"(?:按职责分工负责|按职责负责|分工负责|负责|配合|参与|协助|协办|"
                            r"(?:为|是)(?:参与|配合|协办|协助|责任)(?:单位|部门))[。；;]?$")


def _rule_and_rest_only(norm: str) -> bool:
    """A line holding only 列第一位者为牵头单位 and what the others do (``列第一位者为牵头单位，其他
    单位按职责分工负责。``): the document's rule, though its second clause reads as an annotation."""
    t = compact(norm).strip("（）()")
    m = ann.FIRST_LEADS_RE.search(t)
    return bool(m) and not t[:m.start()].strip("，,；;。") and bool(_FIRST_REST_RE.match(t[m.end():]))


def _task_column(header: list[str], cells_by_row: list[list[Cell]]) -> Optional[int]:
    for name in TASK_COLUMNS:
        for i, h in enumerate(header):
            # a qualified project column (省重点民生实事项目名称) is the project column, ahead of
            # a 目标任务 column beside it (in a progress table, the target's figure)
            if h == name or (name == "项目名称" and h.endswith(name)):
                return i
    for name in TASK_COLUMNS:
        for i, h in enumerate(header):
            if name in h and not _column_role(h) and h not in DEADLINE_COLUMNS:
                return i
    # no column named like a task: the text column with the longest cells
    lengths: dict[int, int] = {}
    for i, h in enumerate(header):
        if not _is_text_column(h):
            continue
        lengths[i] = sum(len(r[i].flat) for r in cells_by_row if i < len(r))
    if lengths and max(lengths.values()) > 0:
        return max(lengths, key=lambda i: (lengths[i], -i))
    return None


def _is_text_column(h: str) -> bool:
    """A column holding a row's own text: none of units, deadline, number, people or notes."""
    return not (_column_role(h) or _is_deadline_column(h) or h in ("序号", "编号")
                or re.search(r"领导|责任人|负责人|联系人|备注|说明", h))


def _row_text(cells: Sequence[Cell], header: Sequence[str], tcol: Optional[int]) -> str:
    """A table row's task text: its task cell's text; when that cell is empty (a merged task column written only on the
    first row of its block: 工作任务 | 具体要求, the rows below it carrying only 具体要求), the
    row's other text cells; when it has none either, every cell it holds (its number, units,
    deadline), so no row is an empty task."""
    if tcol is None or tcol >= len(cells):
        return " ".join(c.flat for c in cells[1:] if c.flat) or (cells[0].flat if cells else "")
    if cells[tcol].flat:
        if re.fullmatch(r"\d+(?:\.\d+)?", compact(cells[tcol].flat)):
            # a figure in the task column (a score, 60): a category cell written in the block's
            # first row pushed its cells right; the row's text is the next cell holding words
            later = next((c.flat for c in cells[tcol + 1:] if re.search(HAN, c.flat)), None)
            if later:
                return later
        return cells[tcol].flat
    own = " ".join(c.flat for i, c in enumerate(cells)
                   if c.flat and i < len(header) and _is_text_column(header[i]))
    return own or " ".join(c.flat for c in cells if c.flat)


# a unit cell run into the end of a row's line: a sentence end, a space, the name (maybe broken
# by the PDF's spaces) and maybe a dash of the page's furniture
RUN_IN_CELL_RE = re.compile(r"[。.；;]\s+([^\s。.；;，,、：:（）()―—－-]+(?:\s[^\s。.；;，,、：:（）()―—－-]+){0,2})"
                            r"(?:\s+[―—－-]+)?\s*$")


def _spaced_header(ln: Line) -> Optional[str]:
    """The role (lead, responsible) of the unit column of a table header written as a line of
    space-separated column names (2019 年目标任务 牵头单位 备注合计 …), or None: no field label,
    no sentence, at least three short names, one of them a unit column's and none a unit's."""
    bits = ln.text.split()
    if len(bits) < 3 or "：" in ln.norm or "。" in ln.norm or any(len(b) > 12 for b in bits):
        return None
    role = None
    for b in bits:
        col = _column_role(b)
        if col is not None and col[0] in ("lead", "responsible") and col[1] == "table":
            role = role or col[0]
        elif unitnames.is_unit_name(normalise(b)):
            return None                   # 责任单位 市发改委 完成时限 …: a record, not a header
    return role


def _spaced_header_role(lines: Sequence[Line]) -> Optional[str]:
    """:func:`_spaced_header` of the first line of ``lines`` that is such a header."""
    for ln in lines:
        role = _spaced_header(ln)
        if role is not None:
            return role
    return None


def _bracketed(ln: Line) -> bool:
    """``ln`` is wholly one bracket group: （责任单位：…）, 〔…〕, not a label line."""
    t = compact(ln.norm)
    if not t.startswith(("（", "〔")):
        return False
    g = ann.trailing_group(t)
    return bool(g and g[0] == 0)


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
        self._tcols: dict = {}                       # (parent, table, header) -> task column
        self._lone_units: dict = {}                  # (parent, table) -> row id -> unit cell
        # annotations read that name posts, until a task takes them (else reported: E307)
        self._post_groups: list[tuple[ann.Parsed, Line]] = []
        self._posts_taken: set[int] = set()
        # the last annotation read that named units: what a later ``责任单位：同上`` repeats
        self._last_with_units: Optional[ann.Parsed] = None
        self._positions: dict[int, dict[int, int]] = {}   # parent -> child -> index
        self._row_cells: dict[int, list[Cell]] = {}   # a row -> its cells, dittos replaced
        # the items of a list so far, per parent node: (node, task, annotated?), for 以上…由X实施
        self._list_items: dict[int, list[tuple[Node, Task, bool]]] = {}
        # a heading whose own annotation names only leads (一、科技创新政策（由市科技局牵头实施）):
        # node -> (lead names, heading line), for the items under it (_heading_lead)
        self._heading_leads: dict[int, tuple[list[str], Line]] = {}
        # the headings and sections whose lead is written on a line of its own under their title
        # (a plan's （X牵头）): every task under them is the lead's, cut by the edge or not
        self._plan_leads: set[int] = set()
        self._plan_lead_tasks: list[tuple[str, int]] = []     # (the title's task, the lead's line)
        # items whose sub-items a closing annotation line took as one list (_close_enumeration)
        self._closed_lists: set[int] = set()
        self.by_number = {ln.number: ln for ln in doc.lines}
        self.at_number: dict[int, list[Line]] = {}
        for ln in doc.lines:
            self.at_number.setdefault(ln.number, []).append(ln)
        self.last_line = max(self.by_number, default=0)
        self.last_text_line = max((ln.number for ln in doc.lines if ln.text.strip()), default=0)
        # the plan year a title names (2016年民生实事…): dates month-only deadlines
        ym = re.search(r"((?:19|20)\d{2})年", doc.title or "")
        self.year = ym.group(1) if ym else None
        # (no year in the title: the document's date dates the months from its own month on, a
        # notice of 2025-03-10 writing 6月底前 means 2025-06; an earlier month, 2月底前, may be the
        # next year's or a past one a bulletin reports, and stays as written)
        dm = re.match(r"((?:19|20)\d{2})-(\d{2})", doc.date or "") if self.year is None else None
        self.date_year, self.date_month = (dm.group(1), int(dm.group(2))) if dm else (None, None)
        self.first_leads_lines = sorted(
            ln.number for ln in doc.lines
            if ann.FIRST_LEADS_RE.search(ln.norm) and (not ann.is_standalone_annotation(ln.norm)
                                                      or _rule_and_rest_only(ln.norm))
            and not ann.LABEL_RE.search(compact(ln.norm).lstrip("（")))
        # 列第一位为牵头单位，下同 written inside one annotation is the rule of the whole list:
        # it is attached to the first entry with several units, earlier entries follow it too
        # a legend for star marks (★为牵头单位，其余为配合单位): the role of the units not starred
        legend = next((ln.norm for ln in doc.lines if STAR_LEGEND_RE.search(ln.norm)), None)
        self.star_legend = None if legend is None else (
            "support" if STAR_REST_SUPPORT_RE.search(legend) else "responsible")
        # a table header a PDF's text laid out as one line of column names (…目标任务 牵头单位
        # 备注…): the role of its unit column, whose cells run into the ends of the rows' lines
        self.spaced_unit_role = _spaced_header_role(doc.lines)
        # 无牵头单位的，责任单位即为牵头单位: responsible units lead where no lead is named
        self.responsible_lead = any(RESPONSIBLE_LEADS_RE.search(compact(ln.norm)) for ln in doc.lines)
        self.first_leads_everywhere = any(
            ann.FIRST_LEADS_RE.search(ln.norm) and ann.SAME_BELOW in ln.norm for ln in doc.lines)
        # …，其他单位为参与单位 said with that rule: the role of the units after the first
        self.first_leads_rest = "support" if any(
            ann.FIRST_LEADS_RE.search(ln.norm) and FIRST_REST_SUPPORT_RE.search(
                compact(ln.norm[ann.FIRST_LEADS_RE.search(ln.norm).end():])) for ln in doc.lines) else "responsible"

    # ---------------------------------------------------------------- helpers
    def _ends_input(self, line: Line) -> bool:
        """``line`` (or the piece of a line it is) is where the document's text ends: the last
        line with text, and its end (a line that ran several items together is cut into
        pieces of one number; only the last piece ends the input)."""
        if line.number < self.last_text_line:
            return False
        last = self.by_number.get(self.last_text_line)
        # (a field's bold marks are blanked before reading: **牵头单位**:X)
        tail = compact(line.norm).replace("*", "")[-12:]
        return last is None or compact(last.norm).replace("*", "").endswith(tail)

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
        mention = self._original(ref.mention, where.line)
        self.out.raw.append(RawAssignment(
            task_id=task.task_id, mention=Mention(mention, src), role=ref.role, via=via,
            deadline=self._dated(deadline, src.line), label=ref.label, order=order,
            rule_source=rule_src, lookup=ref.lookup))

    def _dated(self, deadline: Optional[str], line: int) -> Optional[str]:
        """A deadline as a row keeps it: a month dated by the document's year (``8月底`` ->
        ``2024-08``), else as the line writes it."""
        if deadline and not deadline[:4].isdigit():
            dated = with_year(deadline, self.year)
            if dated:
                return dated
            dated = with_year(deadline, self.date_year) if self.date_year else None
            if dated and dated[5:7].isdigit() and int(dated[5:7]) >= self.date_month:
                return dated
            dl_line = self.by_number.get(line)
            return original_of(deadline, dl_line) if dl_line is not None else deadline
        return deadline

    def _original(self, fragment: str, number: int) -> str:
        """``fragment`` as line ``number`` writes it (or one of the lines numbered so: a table
        row's cells), or that line and the next ones, when a wrap cut it there (``…、園區黨工``
        / ``委、各街道黨工委``: joined before reading)."""
        line = self.by_number.get(number)
        if line is None:
            return fragment
        key = "".join(fragment.split())
        if key not in squeezed(line.norm):
            # a table row's cells: one line each, all numbered as the row's line
            line = next((ln for ln in self.at_number.get(number, ()) if key in squeezed(ln.norm)), line)
        joined, k = line, number
        while key not in squeezed(joined.norm) and k < number + 3 and (
                nxt := self.by_number.get(k + 1)) is not None:
            # (a name wrapped in a narrow cell, 市政 / 府辦 / 公廳, or cut by a hard wrap)
            k += 1
            joined = Line(line.file, number, joined.text.rstrip() + nxt.text.strip(),
                          joined.norm.rstrip() + nxt.norm.strip())
        return original_of(fragment, joined if key in squeezed(joined.norm) else line)

    def add_post(self, task: Task, ref: ann.PostRef, src: Source) -> None:
        """Keep a post or person written as the task's people on the task (never a unit)."""
        line = self.by_number.get(src.line)
        written = original_of(ref.written, line) if line is not None else ref.written
        post = TaskPost(task.task_id, written, ref.kind, ref.role, ref.label, src)
        if post not in self.out.posts:
            self.out.posts.append(post)

    def _report_set_aside(self) -> None:
        """Posts of annotations that no task took (the annotation was not used): named with
        their line in the report, never dropped silently."""
        for parsed, line in self._post_groups:
            if id(parsed) in self._posts_taken:
                continue
            for ref in parsed.posts:
                self.issue(errors.W_POST_SET_ASIDE, f"{'post' if ref.kind == 'post' else 'person'} "
                           f"'{ref.written}' ({ref.label or ROLE_ZH.get(ref.role, ref.role)}) "
                           "is written as responsible but no task could keep it (its annotation "
                           "was not read as one); it stays in the text only, not kept as a post",
                           line.number)

    def _overseer_issue(self, label: str, names: str, line: Line) -> None:
        """The units of a 督办单位 / 考核部门 field are named in the report: they follow the
        task up or score it, and the task gives them no role."""
        self.issue(errors.W_NOT_UNDERSTOOD, f"'{names[:30]}' under '{label}' follows the task up "
                   "or checks it, it does not carry it out: given no role in the task",
                   line.number)

    # ---------------------------------------------------------------- annotations
    def _classify(self, content: str, line: Optional[Line] = None,
                  notes: bool = False) -> Optional[str]:
        """:func:`ann.classify` (``notes``: of a bracket's content), and ``same`` for a bare
        ``（同上）`` after an annotation that named units (read as that annotation, repeated)."""
        kind = ann.classify(content, notes)
        if kind is None and compact(content) in ("同上", "同上。"):
            if self._last_with_units:
                kind = "same"
            elif line is not None:
                self.issue(errors.W_EMPTY_ANNOTATION, _NOTHING_ABOVE.format(content),
                           line.number)
        return kind

    def _parse_group(self, content: str, line: Line, closed: bool,
                     notes: bool = False) -> Optional[ann.Parsed]:
        kind = self._classify(content, line, notes)
        if kind is None:
            # a rule alone: （列第一位者为牵头单位，下同）
            if ann.FIRST_LEADS_RE.search(compact(content)):
                p = ann.Parsed()
                p.rules.append(ann.Rule("first_leads", [], "下同" if "下同" in content else "此项"))
                return p
            return None
        if not closed and self._ends_input(line):
            # （X牵头，A、B及C, （牵头单位：X；责任单位：A、B、, （责任单位：A、B、河湖长制责,
            # （…责任单位：各镇（, also （牵头单位：X；责任单位：各街办事处 at the end of the input: the
            # excerpt was cut inside the annotation, and what it lost (more names, the last names'
            # role word, the rest of a name) cannot be told, so it is not read (as the labelling of
            # other governments' excerpts gives such a task no answer: ten cases in external-dev and
            # the collected set, none with one)
            self.issue(errors.W_UNBALANCED, "annotation bracket '（' is never closed and the input "
                       "ends inside it (cut off?); its units are not used", line.number)
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
        if parsed.units and not parsed.rules and _same_below_units(content):
            # （县市场监管局牵头，下同）: 下同 after the units and no rule it belongs to (列第一位的为
            # 牵头单位，下同 is one): whether the later tasks are theirs, and which, the text does not
            # say; they are given nothing, and the report says so
            self.issue(errors.W_NOT_UNDERSTOOD, f"'下同' after the units of '（{content[:30]}）' is "
                       "no rule this reader knows: the later tasks are not given these units "
                       "(name them in each task's annotation)", line.number)
        for lab, names in parsed.overseers:
            self._overseer_issue(lab, names, line)
        if parsed.posts:
            self._post_groups.append((parsed, line))
        if parsed.units:
            self._last_with_units = parsed
        elif _SAME_AS_ABOVE_RE.search(compact(content)) and self._last_with_units is not None:
            # 责任单位：同上 / （同上）: the units (and roles) of the annotation before, repeated; the
            # task's own deadline, if it writes one, stays its own
            prev = self._last_with_units
            parsed.units = list(prev.units)
            parsed.contributor = prev.contributor
            parsed.leftover = []
            return parsed
        elif _SAME_AS_ABOVE_RE.search(compact(content)):
            self.issue(errors.W_EMPTY_ANNOTATION, _NOTHING_ABOVE.format(content[:30]), line.number)
            return parsed
        if not parsed.units and not parsed.rules and not parsed.deadline and not parsed.posts:
            self.issue(errors.W_EMPTY_ANNOTATION, f"annotation names no unit: {content[:30]}",
                       line.number)
        return parsed

    @staticmethod
    def _cut_name(content: str) -> bool:
        """``责任单位：A、B、河湖长制责``: the last name of the annotation's last clause is no unit
        name (the excerpt's edge cut it inside the word)."""
        if re.search(r"\s", re.split(r"[、，,；;：:]", content.strip())[-1].strip()):
            return False        # …宁波电业局 鄞州 海曙 合计: a run of words (a table's header) follows
        clauses = [c for c in ann.split_top(compact(content), "，,；;") if c]
        if not clauses or _ENDS_IN_ROLE_RE.search(clauses[-1]):
            return False
        _, colon, names = clauses[-1].rpartition("：")
        items = ann.unit_items(names)
        # a unit list: after a label, or names before the last one (not a note such as 图表1张)
        listed = bool(colon) or (len(items) > 1 and ann.looks_like_unit(items[0][0]))
        if listed and bool(items) and not ann.looks_like_unit(items[-1][0]):
            return True
        # 配合单位：A、B，C，各县（区）人民 — a label's list written with both 、 and ，: the
        # last name of the labelled clause (up to ；) is no unit name
        labelled = [c for c in ann.split_top(compact(content), "；;") if c]
        _, colon, names = labelled[-1].rpartition("：") if labelled else ("", "", "")
        if not colon or _ENDS_IN_ROLE_RE.search(names):
            return False
        items = ann.unit_items(names)
        return (len(items) > 1 and ann.looks_like_unit(items[0][0])
                and not ann.looks_like_unit(items[-1][0]))

    def _inline(self, line: Line) -> tuple[Optional[ann.Parsed], str, Optional[bool]]:
        """Annotation at the end of a line -> (parsed, text without it, contributor?)."""
        norm = line.norm
        tail_deadline = None
        tm = TAIL_DEADLINE_RE.search(norm)
        if tm and ann.is_deadline(tm.group(1) or tm.group(2)):
            # （责任单位：市发改委）2024年底前完成 / （责任单位：市发改委）（2024年底前）
            tail_deadline = normalise_deadline(tm.group(1) or tm.group(2))
            norm = norm[:tm.start()]
        g = ann.trailing_group(norm)
        if g and g[2] and not tail_deadline and g[0] > 0 and norm[:g[0]].rstrip()[-1:] not in "）)〕】" \
                and ann.is_deadline(norm[g[0] + 1:g[1] - 1]) \
                and ann.classify(norm[g[0] + 1:g[1] - 1]) not in ("labeled", "verb"):
            # …。——县工信局（2024年12月底前）, …。责任单位：县工信局（2024年底前）: the time limit
            # bracketed after an annotation with no bracket: the annotation is read as without it,
            # and it is the annotation's deadline (units and deadline were lost)
            cut = dataclasses.replace(line, text=line.text[:g[0]], norm=line.norm[:g[0]])
            parsed, rest, contributor = self._inline(cut)
            if parsed is not None and parsed.units:
                if not parsed.deadline:
                    parsed.deadline = normalise_deadline(norm[g[0] + 1:g[1] - 1])
                return parsed, rest.rstrip(), contributor
        if not g:
            hg = ann.head_group(norm) or ann.labelled_mid_group(norm)
            if hg is not None and not tail_deadline:
                # 1、联盛快乐城（责任单位：县商务局）：前期通报… the head's annotation is the line's
                parsed = self._parse_group(norm[hg[0] + 1:hg[1] - 1], line, True, notes=True)
                if parsed is not None and parsed.units:
                    return (parsed, (line.text[:hg[0]] + line.text[hg[1]:]).rstrip(),
                            parsed.contributor)
            lg = _lead_group(norm) if not tail_deadline else None
            if lg is not None:
                # 5.（县商务局）举办…推介会。 / 6.【县发改局】推进…: the units opening the task
                got = self._inline_label(line)
                if got[0] is not None:
                    return got      # (a label closing the task names them: …。责任单位：X)
                parsed = self._parse_group(norm[lg[0] + 1:lg[1] - 1], line, True)
                if parsed is not None and parsed.units:
                    return (parsed, (line.text[:lg[0]] + line.text[lg[1]:]).rstrip(),
                            parsed.contributor)
            return self._inline_label(line)
        start, end, closed = g
        content = norm[start + 1:end - 1] if closed else norm[start + 1:end]
        if not closed and ann.classify(content) is None:
            # （牵头单位：X；责任单位：各镇（ — the last bracket never closed is a name's own,
            # opened inside the annotation's: the annotation is the group around it
            outer = ann.trailing_group(norm[:start])
            if (outer is not None and not outer[2]
                    and ann.classify(norm[outer[0] + 1:end]) in ("labeled", "verb")):
                start, content = outer[0], norm[outer[0] + 1:end]
        # several groups in a row: （牵头领导：王某）（责任单位：市住建局）（完成时限：2024年底）
        while closed:
            before = norm[:start].rstrip()
            g2 = ann.trailing_group(before) if before.endswith(("）", "〕")) else None
            if not g2 or not g2[2] or g2[1] != len(before):
                break
            prev = before[g2[0] + 1:g2[1] - 1]
            if not (ann.classify(prev) in ("labeled", "verb") or ann.is_deadline(prev)
                    or ann._is_label_piece(ann._squeeze(prev))):
                break
            combined = prev + "；" + content
            if ann.classify(combined) not in ("labeled", "verb"):
                break
            content, start = combined, g2[0]
        kind = self._classify(content, line, notes=True)
        if kind is None:
            got = self._inline_label(line)
            if got[0] is None and closed and ann.unread_units(content):
                # （县教育局、县财政局，每校2名）: government bodies and words not read as an
                # annotation (participants, a count): left unread, named in the report
                self.issue(errors.W_NOT_UNDERSTOOD, f"bracket '（{content[:30]}）' names units "
                           "but is not read as an annotation (a count, words neither a deadline "
                           "nor a note, or a name not read as a unit, beside them); its units are "
                           "not used", line.number)
            return got
        if kind == "bare":
            before = line.norm[:start].rstrip()
            if before and before[-1] not in "。；！？”":
                # "推进X工作（市发改委、市财政局）" is an annotation; "市第三人民医院
                # （廊坊市传染病医院）" is a second name of the unit before it
                # (the unit before it may close an unbracketed label: …。牵头单位：市发改委（统计局）)
                several = len(ann.unit_items(content)) >= 2
                if not several and (ann.looks_like_unit(before[-12:]) or before.endswith(
                        ann.UNIT_SUFFIXES)):
                    return self._inline_label(line)
                if not several and not self.known(compact(content)):
                    return self._inline_label(line)
        parsed = self._parse_group(content, line, closed, notes=True)
        if parsed is None:
            return None, line.text, None
        if tail_deadline and not parsed.deadline:
            parsed.deadline = tail_deadline
        rest = line.text[:start] + (line.text[end:].lstrip("。；;，, ") if not tail_deadline else "")
        return parsed, rest.rstrip(), parsed.contributor

    def _inline_label(self, line: Line) -> tuple[Optional[ann.Parsed], str, Optional[bool]]:
        """An unbracketed annotation after the task's last sentence:
        ``…完成改造。责任单位：市住建局、市发改委。`` or after a dash: ``…——市水利局牵头，
        市财政局配合``."""
        if "—" in line.norm or "--" in line.norm or "－－" in line.norm:
            # 责任单位——县数据资源局；配合单位——县委网信办: a dash after a label is its colon (the same
            # length as norm, the dash's rest as spaces); the last dash's piece alone was read
            dashed = _DASH_LABEL_RE.sub(
                lambda x: x.group(1) + "：" + " " * (len(x.group(0)) - len(x.group(1)) - 1), line.norm)
            if dashed != line.norm:
                line = replace(line, norm=dashed)
        m = INLINE_LABEL_RE.search(line.norm)
        if not m:
            # the same length as norm: each space after a bare label becomes its colon
            spaced = SPACED_LABEL_RE.sub(
                lambda x: x.group(1) + "：" + " " * (len(x.group(0)) - len(x.group(1)) - 1),
                line.norm)
            m2 = INLINE_SPACED_LABEL_RE.search(spaced)
            if (m2 is not None and len(re.findall(r"[\u4e00-\u9fff]", spaced[:m2.start(1)])) >= 4
                    and _spaced_header(line) is None):     # … 目标任务 牵头单位 备注: column names
                stop = _label_run_end(spaced, m2.start(1))
                content = spaced[m2.start(1):stop].rstrip("。；; ")
                parsed = self._parse_group(content, line, True)
                if parsed is not None and parsed.units:
                    return (parsed, _outside(line.text, m2.start(1), stop, " ，,"),
                            parsed.contributor)
            tail = DEADLINE_TAIL_RE.search(line.norm)
            if tail is None:
                # (…。X牵头，Y配合。2024年12月底前完成。 a deadline's own sentence closing the line)
                tail = DEADLINE_SENTENCE_END_RE.search(line.norm)
                if tail is not None and not ann.is_deadline(tail.group(1)):
                    tail = None
            head = line.norm[:tail.start()] if tail else line.norm
            vs = VERB_SENTENCE_RE.search(head)
            if vs is not None and ann.classify(vs.group(1)) == "verb" and len(re.findall(
                    r"[\u4e00-\u9fff]", line.norm[:vs.start(1)])) >= _task_floor(line) and not re.match(
                    r"[—－\-]", vs.group(1)):
                # …加快建设步伐。市发改委牵头，市财政局配合。 the last sentence names the units
                # (…。由市教育局负责，各市（区）政府配合。 as well; a deadline's label may close it)
                parsed = self._parse_group(vs.group(1) + ("；" + tail.group(1) if tail else ""),
                                           line, True)
                if parsed is not None and parsed.units and (
                        parsed.units[0].role == "lead" or vs.group(1).startswith("由")
                        or _shared(parsed) or BY_DUTIES_END_RE.search(vs.group(1))
                        or _charged(vs.group(1), line)):
                    if not parsed.deadline:
                        parsed.deadline = _deadline_before(line.norm[:vs.start(1)])
                    if not parsed.deadline:
                        # (由X牵头，Y配合，…，确保5月底前开工建设: the time the sentence sets)
                        parsed.deadline = _sentence_due(vs.group(1))
                    return parsed, line.text[:vs.start(1)].rstrip(), parsed.contributor
            vc = VERB_CLAUSES_END_RE.search(head)
            if vc is not None and re.search("[；;]", vc.group(1)) and len(re.findall(
                    r"[\u4e00-\u9fff]", line.norm[:vc.start(1)])) >= _task_floor(line):
                # …10家。区工信局牵头；区发改局、区投促局配合。 the lead and the supporters in
                # clauses of their own (the supporters alone were the last sentence: lost)
                pieces = [p for p in re.split("[；;]", vc.group(1)) if p.strip()]
                if len(pieces) > 1 and all(ann.classify(p) == "verb" for p in pieces):
                    parsed = self._parse_group(vc.group(1) + ("；" + tail.group(1) if tail else ""),
                                               line, True)
                    if parsed is not None and parsed.units and parsed.units[0].role == "lead":
                        if not parsed.deadline:
                            parsed.deadline = _deadline_before(line.norm[:vc.start(1)])
                        return parsed, line.text[:vc.start(1)].rstrip(), parsed.contributor
            got = self._closing_clauses(line, head, tail)
            if got is not None:
                return got
            li = _label_is_run(line.norm)
            if li is not None and li[0] > 0:
                parsed = self._parse_group(li[1], line, True)
                if parsed is not None and parsed.units:
                    return parsed, line.text[:li[0]].rstrip(" ，,。") + "。", parsed.contributor
            d = DASH_ANNOTATION_RE.search(line.norm)
            if d and d.start() > 0 and ann.classify(d.group(1).rstrip("。；; ")) in (
                    "labeled", "verb", "bare"):
                parsed = self._parse_group(d.group(1).rstrip("。；; "), line, True)
                if parsed is not None and parsed.units:
                    return parsed, line.text[:d.start()].rstrip(), parsed.contributor
            cu = COLON_UNITS_END_RE.search(line.norm) or SPACE_UNITS_END_RE.search(line.norm)
            if cu and len(re.findall(r"[\u4e00-\u9fff]", line.norm[:cu.start()])) >= 6 \
                    and _charged(cu.group(1) + "负责", line):
                # 1.加快重大项目建设，全年完成投资120亿元：县发改局、县财政局 — the units after a
                # colon closing a list's item, nothing else after it (lost with no report); after
                # a space closing its sentence (…。 县工信局、县大数据中心: a table's cells copied)
                parsed = self._parse_group(cu.group(1), line, True)
                if parsed is not None and parsed.units:
                    return (parsed, line.text[:cu.start(1)].rstrip().rstrip("：:").rstrip(),
                            parsed.contributor)
            glued = self._glued_labels(line)
            if glued is not None:
                return glued
            own = DEADLINE_LABEL_END_RE.search(line.norm)
            if own is not None and len(re.findall(r"[\u4e00-\u9fff]", line.norm[:own.start(1)])) >= 4:
                # …推进重大项目。完成时限：2024年6月30日前。 the task's own time limit and no unit:
                # the deadline of the unit its section heading gives it
                parsed = ann.parse_annotation(own.group(1))
                if parsed.deadline and not parsed.units:
                    return parsed, line.text[:own.start(1)].rstrip(), None
            pf = PERSON_FIELDS_END_RE.search(line.norm)
            if pf is not None and re.search(_PERSON_FIELD, pf.group(1)) and len(
                    re.findall(r"[\u4e00-\u9fff]", line.norm[:pf.start(1)])) >= 4:
                # …衔接。责任人：县委书记、县长。 the people in charge alone, no unit: the task's
                # posts (they were lost, or read by prose as the units 县委, 县政府)
                parsed = self._parse_group(pf.group(1), line, True)
                if parsed is not None and parsed.posts and not parsed.units:
                    return parsed, line.text[:pf.start(1)].rstrip(), None
            return None, line.text, None
        stop = _label_run_end(line.norm, m.start(1))
        content = line.norm[m.start(1):stop].rstrip("。；; ")
        parsed = self._parse_group(content, line, True)
        if parsed is None or not parsed.units:
            return None, line.text, None
        return parsed, _outside(line.text, m.start(1), stop, " "), parsed.contributor

    def _closing_clauses(self, line: Line, head: str, tail: Optional[re.Match]
                         ) -> Optional[tuple[ann.Parsed, str, Optional[bool]]]:
        """The clauses closing a task's last sentence after one of its own, with no bracket:
        ``…。全年举办促消费活动20场以上，县商务局牵头，县财政局、各乡镇配合。``, ``改造老旧小区10个，由县
        住建局负责，2024年11月底前完成。`` (a county's 分工方案 written as running text). The longest
        run of clauses to the sentence's end that reads as units with their role verbs is the
        task's annotation, as the whole last sentence is (``VERB_SENTENCE_RE``), on the same terms:
        a unit leads, or the run opens with the agent's 由 or a label stated as a sentence
        (牵头单位为X，Y配合), or the units share the work by their duties, or one supports the
        others (X负责，Y配合); the task keeps six Chinese characters at least before it, and the
        line opens a list's item (not a law's article). A post beside the units is the task's
        post, as in a bracket. A run whose words are no unit, or a note left over, is
        none, nor a run after a clause of time (``在…整治行动的同时，由公安部门负责``: the sentence is
        the task's own)."""
        mm = match_marker(line.norm)
        if mm is None or mm[0] in _NOT_LIST_ITEM:
            return None     # an item of a list only (a law's article says who in its own ways)
        body = head.rstrip("。；; ")
        cut = max(body.rfind(ch) for ch in "。；;")
        for m in _CLAUSE_CUT_RE.finditer(body, cut + 1):
            run = body[m.end():]
            if len(re.findall(r"[\u4e00-\u9fff]", body[:m.start()])) < 6:
                continue
            if _WHILE_CLAUSE_RE.search(body[:m.start()]):
                return None     # …整治行动的同时，由公安部门负责: the sentence's own subject, no note
            first = ann.split_top(run, "，,；;")[0] if run else ""
            stated = _LABEL_IS_OPENS_RE.match(run)      # 牵头单位为县文旅局，县财政局配合
            if not (run.startswith("由") or ann.split_verb(first)[1] or stated):
                continue        # the run opens with a unit and its role verb, or with 由
            if ann.classify(run) not in (("verb", "labeled") if stated else ("verb",)):
                continue
            probe = ann.parse_annotation(run + ("；" + tail.group(1) if tail else ""), self.known)
            if not probe.units or probe.leftover or probe.unknown_labels:
                continue
            if not (probe.units[0].role == "lead" or run.startswith("由") or stated
                    or _shared(probe) or BY_DUTIES_END_RE.search(run) or _charged(run, line)):
                return None     # (X负责，Y配合: the work shared, as a lead shares it)
            parsed = self._parse_group(run + ("；" + tail.group(1) if tail else ""), line, True)
            if parsed is None or not parsed.units:
                return None
            if not parsed.deadline:
                parsed.deadline = _deadline_before(body[:m.start()])
            return parsed, line.text[:m.start()].rstrip() + "。", parsed.contributor
        return None

    def _glued_labels(self, line: Line) -> Optional[tuple[ann.Parsed, str, Optional[bool]]]:
        """``…卫生大扫除活动责任单位社区居委会、驻辖区单位`` (and ``…责任单位环卫分公司配合单位办事处、
        城管中队``): labels run into the task text and their units with nothing between. Read only
        when the rest of the line from the first such label is a list of names: no sentence mark,
        its first piece a unit, any piece that is none a short plain word (``物业管理小区``, reported
        by the annotation reader as a piece not understood)."""
        norm = line.norm.rstrip("。；; ")
        for m in GLUED_LABEL_RE.finditer(norm):
            if len(re.findall(r"[\u4e00-\u9fff]", norm[:m.start()])) < 4:
                continue
            rest = norm[m.start():]
            if re.search(r"[。；;：:！？（）()\s]", rest):
                return None
            labels = list(GLUED_LABEL_RE.finditer(rest))
            if labels[0].start() != 0:
                return None
            parts, pieces = [], []
            for k, lm in enumerate(labels):
                end = labels[k + 1].start() if k + 1 < len(labels) else len(rest)
                names = rest[lm.end():end]
                if not names:
                    return None
                parts.append(lm.group(1) + "：" + names)
                pieces.extend(p for p in _GLUED_PIECE_SEP_RE.split(names) if p)
            content = "；".join(parts)
            if not pieces or ann.classify(content) != "labeled":
                return None
            # (checked on a parse of its own: _parse_group reports what it does not understand, and a
            # line refused here is no annotation to report on)
            got = {compact(u.mention) for u in ann.parse_annotation(content, self.known).units}
            if compact(pieces[0]) not in got or any(
                    compact(p) not in got and not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", p) for p in pieces):
                return None
            parsed = self._parse_group(content, line, True)
            if parsed is None or not parsed.units:
                return None
            return parsed, line.text[:m.start()].rstrip(" ，,"), parsed.contributor
        return None

    def _text_rule(self, line: Line, text: str) -> None:
        """A carry-over rule written in running text (以下各项任务均需各县（市、区）政府落实，不再
        单独列出): its units are added to every later annotated task."""
        norm = compact(normalise(text))
        m = ann.CARRY_RE.search(norm) or ann.BLANKET_RE.search(norm)
        if not m:
            return
        # (各乡镇（街道）为各项任务的共同责任单位，不再重复列出: the holders named before 为)
        holders = _RULE_HOLDERS_RE.match(m.group(1)) if m.re.pattern != ann.CARRY_RE.pattern else None
        units = ann._carry_units(m.group(0), self.known) if m.re.pattern == ann.CARRY_RE.pattern else [
            ann.UnitRef(n, "responsible", None, lk) for n, lk in ann.unit_items(
                holders.group("u") or holders.group("v") or holders.group("w") if holders else re.sub(
                    r"^.*?(?:均|都|皆|也)?(?:涉及|包括|包含|需要|需|由)", "", m.group(1)), self.known)]
        if not units and m.re.pattern == ann.CARRY_RE.pattern:
            # （注：各县（市、区）人民政府为各项任务的责任主体，以下不再一一列出）: the units named in
            # the clause before the rule's 以下
            pieces = ann.split_top(norm[:m.start()].rstrip("，,；; "), "，,；;。")
            cm = _RULE_HOLDERS_RE.match(re.sub(r"^[（(]?(?:注|备注|说明)?[：:]?", "", pieces[-1])) \
                if pieces else None
            if cm:
                units = [ann.UnitRef(n, "responsible", None, lk)
                         for n, lk in ann.unit_items(cm.group("u") or cm.group("v") or cm.group("w"),
                                                     self.known)]
        if units and all(ann._unit_item(u.mention, u.lookup) for u in units):
            src = Source(line.file, line.number)
            self.state.carry = [(u, src) for u in units]
            self.state.carry_after = line.number if m.re.pattern == ann.CARRY_RE.pattern \
                and "以下" in m.group(0) and not re.match("(?:此|本|该)(?:项|条|款)", m.group(0)) else 0

    def _closing_clause(self, line: Line) -> Optional[ann.Parsed]:
        """An item whose last clause says who does it (分工 notices of the State Council):
        ``…的问题，由发展改革委会同中央农办、农业部等部门研究提出落实意见。`` Every unit named is
        responsible (会同 marks no lead)."""
        m = CLOSING_CLAUSE_RE.search(line.norm.rstrip())
        if not m:
            return None
        names = [m.group(1)] + ([m.group(2)] if m.group(2) else [])
        if any(unitnames.ROLE_PART_PIECE_RE.search(compact(part)) for part in names):
            return None     # 由主办科室负责衔接…: whichever section leads each proposal, no unit
        parsed = ann.Parsed()
        for part in names:
            items = ann.unit_items(part, self.known)
            if not items or not all(ann._unit_item(n, lk) for n, lk in items):
                return None
            parsed.units.extend(ann.UnitRef(n, "responsible", None, lk) for n, lk in items)
        return parsed

    def _opening_clause(self, line: Line, first: bool) -> Optional[ann.Parsed]:
        """A paragraph of an item that opens by saying who does it, then what:
        ``由张三副市长负责，市发改委牵头，相关部门配合，尽快完成…``. The clauses before the first
        one without a role verb are the annotation (a leader named there is a post, not a unit);
        read when a unit leads (``牵头``), or when the item's first line opens with clauses naming
        units and nothing else (``由县编办、发改局负责，调整…``, a 督查通报's decided matter, also
        after its topic: ``关于…问题，由X负责，…``, ``《…》，由X负责，…``)."""
        text = line.norm.strip()
        if first:
            mm = match_marker(text)
            if mm:
                text = text[mm[2]:].lstrip(" .．、")
        topic = OPENING_TOPIC_RE.match(text)
        if topic:
            text = text[topic.end():]
        m = OPENING_CLAUSE_RE.match(text)
        if not m:
            return None
        content = m.group(1).rstrip("，,")
        if ann.classify(content) != "verb":
            return None
        parsed = self._parse_group(content, line, True)
        if parsed is None or not parsed.units:
            return None
        if not any(u.role == "lead" for u in parsed.units):
            # 由县编办、发改局负责，调整充实…: read without a lead only when the item's first line
            # opens with it and it names units and nothing else (no post, no leftover words)
            if not first or parsed.posts or parsed.leftover or "牵头" in content:
                return None
        return parsed

    def _topic_agent(self, line: Line) -> Optional[ann.Parsed]:
        """A step of a procedure: a short topic, then who does it (``1、下达任务。由镇农业服务中心
        根据…下达《…任务书》``). Read only when every name before the verb is a unit (not a part
        such as 主办科室); the unit is responsible, no lead."""
        text = line.norm.strip()
        mm = match_marker(text)
        if not mm:
            return None
        m = TOPIC_AGENT_RE.match(text[mm[2]:].lstrip(" .．、"))
        if not m or unitnames.ROLE_PART_PIECE_RE.search(compact(m.group(1))):
            return None
        items = ann.unit_items(m.group(1), self.known)
        if not items or not all(ann._unit_item(n, lk) for n, lk in items):
            return None
        rest = text[mm[2]:].lstrip(" .．、")[m.end():]
        return ann.Parsed(units=[ann.UnitRef(n, "responsible", None, lk) for n, lk in items]
                          + _helpers_in(rest))

    def _topic_line_agent(self, node: Node) -> Optional[ann.Parsed]:
        """An item whose first line is only its topic (no clause break) and whose next line opens
        with who does it (:data:`TOPIC_LINE_AGENT_RE`, ``（三）制作…光荣榜`` / ``由县委宣传部组织力量，
        …``): the units of every 由 clause of that first sentence, responsible; read through a
        mirror's pinyin glosses, the names kept as written."""
        if len(node.lines) < 2:
            return None
        first = node.lines[0].norm.strip()
        mm = match_marker(first)
        if not mm:
            return None
        topic = first[mm[2]:].strip(" .．、")
        if not topic or len(topic) > 40 or re.search("[，,。；;：:]", topic):
            return None
        body = node.lines[1].norm.strip()
        plain, at = _without_glosses(body)
        sentence = re.split("[。！？]", plain, maxsplit=1)[0]
        if not sentence.startswith("由"):
            return None
        parsed = ann.Parsed()
        for m in TOPIC_LINE_AGENT_RE.finditer(sentence):
            if unitnames.ROLE_PART_PIECE_RE.search(compact(m.group("x"))):
                return None
            items = _all_units(_as_written(body, at, m, "x"))
            if not items:
                if not parsed.units:
                    return None
                continue
            parsed.units.extend(ann.UnitRef(n, "responsible", None, lk) for n, lk in items)
        return parsed if parsed.units else None

    def _doers_first(self, text: str) -> Optional[ann.Parsed]:
        """A plain line (no list marker, no annotation of its own) opening with who does it and
        their roles, a clause pair (:data:`DOERS_PAIR_RE`, ``区城管局负责，工商局、区商务局配合，
        取缔…``); every name a unit (the first clause's names responsible, or lead for 牵头; the
        second's support; a third's, guiding, responsible)."""
        text = text.strip()
        if len(text) < 12 or match_marker(text) or ann.annotation_cuts(normalise(text)):
            return None
        m = DOERS_PAIR_RE.match(text)
        doers = _all_units(m.group("a")) if m else None
        helpers = _all_units(m.group("b")) if doers else None
        if not helpers:
            return None
        first = "lead" if m.group("v") == "牵头" else "responsible"
        guide = (_all_units(m.group("c")) or []) if m.group("c") else []
        return ann.Parsed(units=[ann.UnitRef(n, first, None, lk) for n, lk in doers]
                          + [ann.UnitRef(n, "support", None, lk) for n, lk in helpers]
                          + [ann.UnitRef(n, "responsible", None, lk) for n, lk in guide])

    def _agent_clause(self, line: Line) -> Optional[ann.Parsed]:
        """An item whose first sentence says who does it with 由 after a short topic or a
        condition (:data:`AGENT_CLAUSE_RE`, ``重大以上安全隐患由县安委办（县安监局）或…县直有关部门
        向…发出…``, ``对…的，由县安委办报告县人民政府，…``). Read only when every name (split at 或,
        a relative clause before it dropped) is a unit; responsible, no lead."""
        text = line.norm.strip()
        mm = match_marker(text)
        if not mm:
            return None
        m = AGENT_CLAUSE_RE.match(text[mm[2]:].lstrip(" .．、"))
        if not m or unitnames.ROLE_PART_PIECE_RE.search(compact(m.group("x"))):
            return None
        items: list[tuple[str, Optional[str]]] = []
        for part in ann.split_top(m.group("x"), "或"):
            part = _AGENT_MODIFIER_RE.sub("", part)
            got = _all_units(part)
            if not got:
                return None
            items.extend(got)
        # the same sentence's later 由 clauses, each naming units only (…，并由有权机关依据…)
        rest = re.split("[。；;！？]", text[mm[2]:].lstrip(" .．、")[m.end():], maxsplit=1)[0]
        for more in _AGENT_MORE_RE.finditer(rest):
            got = _all_units(_AGENT_MODIFIER_RE.sub("", more.group("x")))
            if got:
                items.extend(got)
        return ann.Parsed(units=[ann.UnitRef(n, "responsible", None, lk) for n, lk in items]
                          + _helpers_in(rest))

    def _topic_charge(self, line: Line) -> Optional[ann.Parsed]:
        """An item whose first sentence is a short topic and who is in charge of it
        (:data:`TOPIC_CHARGE_RE`, ``（三）道路交通安全专项整治，由公安、交通部门负责，有关部门配合。``):
        the 由 clause's names responsible (负责 is no lead), the 配合 clause's support. Read only
        when every name of both clauses is a unit."""
        text = line.norm.strip()
        mm = match_marker(text)
        if not mm:
            return None
        m = TOPIC_CHARGE_RE.match(text[mm[2]:].lstrip(" .．、"))
        if not m or unitnames.ROLE_PART_PIECE_RE.search(compact(m.group("x"))):
            return None
        doers = _all_units(m.group("x"))
        helpers = _all_units(m.group("y")) if m.group("y") else []
        if not doers or helpers is None:
            return None
        return ann.Parsed(units=[ann.UnitRef(n, "responsible", None, lk) for n, lk in doers]
                          + [ann.UnitRef(n, "support", None, lk) for n, lk in helpers])

    def _owner_clause(self, line: Line) -> Optional[ann.Parsed]:
        """An item whose first sentence names the owners of its work (:data:`OWNER_CLAUSE_RE`,
        ``各乡（镇）人民政府、街道办事处是…工作的责任主体``): every name a unit, responsible (牵头单位:
        lead); a later clause of the sentence naming bodies that help (``…，A、B等相关部门要配合…``,
        :data:`_OWNER_HELPERS_RE`), when its names are units, support."""
        text = line.norm.strip()
        mm = match_marker(text)
        if not mm:
            return None
        body = text[mm[2]:].lstrip(" .．、")
        m = OWNER_CLAUSE_RE.match(body)
        if not m or _DEMONSTRATIVE_RE.match(m.group("x")):
            return None
        items = _all_units(m.group("x"))
        if not items:
            return None
        role = "lead" if m.group("role") == "牵头单位" else "responsible"
        parsed = ann.Parsed(units=[ann.UnitRef(n, role, None, lk) for n, lk in items])
        parsed.units.extend(_helpers_in(body[m.end():]))
        return parsed

    def _subject_first(self, line: Line) -> Optional[ann.Parsed]:
        """An item whose first sentence opens with its doers and a duty verb
        (:data:`SUBJECT_FIRST_RE`, ``（十二）监察部门负责…``, ``四、县安委办定期…组织…``): read only when
        every name is a unit (not a person, a post or a part); ``X协助Y负责`` makes X support and
        Y responsible, ``X牵头`` leads; else responsible."""
        text = line.norm.strip()
        mm = match_marker(text)
        if not mm:
            return None
        m = SUBJECT_FIRST_RE.match(text[mm[2]:].lstrip(" .．、"))
        if not m or unitnames.ROLE_PART_PIECE_RE.search(compact(m.group("x"))):
            return None
        items = _organiser(m.group("x")) or _all_units(m.group("x"))
        if not items:
            return None
        if m.group("help"):
            helped = _all_units(m.group("y"))
            if not helped:
                return None
            return ann.Parsed(units=[ann.UnitRef(n, "support", None, lk) for n, lk in items]
                              + [ann.UnitRef(n, "responsible", None, lk) for n, lk in helped])
        role = "lead" if m.group(0).endswith("牵头") else "responsible"
        units = [ann.UnitRef(n, role, None, lk) for n, lk in items]
        body = text[mm[2]:].lstrip(" .．、")
        with_ = _JOINED_BY_RE.match(body[m.end():]) if role == "lead" else None
        joined = _all_units(with_.group(1)) if with_ else None
        if joined and not any(unitnames.COLLECTIVE_RE.match(compact(n)) for n, _ in joined):
            # (会同有关部门: those concerned, no one named; the lead's alone, as before)
            # …牵头，会同区文旅局、区自然资源局于6月底前拿出…: those the lead works with support it
            units += [ann.UnitRef(n, "support", None, lk) for n, lk in joined]
            when = _DATE_OPENING_RE.match(body[m.end() + with_.end():].lstrip("于在"))
            if when and ann.is_deadline(when.group(1)):
                # (…于6月底前拿出方案: the date the work is done by)
                return ann.Parsed(units=units, deadline=normalise_deadline(when.group(1)))
        return ann.Parsed(units=units)

    def _subject_acts(self, node: Node) -> Optional[ann.Parsed]:
        """A numbered item whose sentence (on its first line, or the next after a topic line:
        :func:`_acting_line`) opens with its doers and where, when or on what they act
        (:data:`SUBJECT_ACTS_RE`): every name a unit (no pronoun, no part), responsible."""
        if not node.lines or not match_marker(node.lines[0].norm.strip()):
            return None
        ln = _acting_line(node)
        body = ln.norm.strip()
        if ln is node.lines[0]:
            body = body[match_marker(body)[2]:].strip(" .．、")
        m = SUBJECT_ACTS_RE.match(body)
        lead = None if m else _STAGE_LEAD_RE.match(body)
        if lead and lead.end() < len(body):
            # (a stage's topic sentence and its dates first: （一）集中宣传发动阶段。午季：5月20日至5月24日
            # （秋季：…），各村结合实际，制定…)
            m = SUBJECT_ACTS_RE.match(body[lead.end():])
        if not m or _DEMONSTRATIVE_RE.match(m.group("x")) or unitnames.ROLE_PART_PIECE_RE.search(compact(m.group("x"))):
            return None
        items = _all_units(m.group("x"))
        if not items or any(_NO_NAME_START_RE.match(compact(n)) for n, _ in items):
            return None
        return ann.Parsed(units=[ann.UnitRef(n, "responsible", None, lk) for n, lk in items])

    def _topic_subject(self, line: Line) -> Optional[ann.Parsed]:
        """A numbered action whose topic sentence is followed by its doer with no 由
        (:data:`TOPIC_SUBJECT_RE`, ``一是…行动。县运管所配合城管、交警部门开展…``). Read only when every
        name is a unit (a person or a part, 主办科室, is none) and no later clause of the item opens
        with another doer (the item then divides its work: prose)."""
        text = line.norm.strip()
        mm = match_marker(text)
        if not mm:
            return None
        # read through a mirror's pinyin glosses (责（zé）任单位督办。县级责（zé）任单位负责…), the
        # names kept as written
        body = text[mm[2]:].lstrip(" .．、")
        plain, at = _without_glosses(body)
        m = TOPIC_SUBJECT_RE.match(plain)
        if not m or unitnames.ROLE_PART_PIECE_RE.search(compact(m.group("x"))):
            return None
        items = _all_units(_as_written(body, at, m, "x"))
        rest = plain[m.end():]
        if not items or any(_all_units(n.group(1)) for n in _NEXT_DOER_RE.finditer(rest)):
            return None
        if m.group("with") == "配合":
            helped = _all_units(_as_written(body, at, m, "y"))
            if not helped:
                return None
            return ann.Parsed(units=[ann.UnitRef(n, "support", None, lk) for n, lk in items]
                              + [ann.UnitRef(n, "responsible", None, lk) for n, lk in helped])
        role = "lead" if m.group("lead") else "responsible"
        units = [ann.UnitRef(n, role, None, lk) for n, lk in items]
        if m.group("lead") or m.group("resp"):
            # …。县应急局牵头，县消防救援大队、县住建局配合，确保隐患清零。 the supporters named in the
            # clauses right after the lead's (they were lost); after the one in charge too (…。县教体局
            # 负责，各乡镇（街道）配合，每月5日前报送进展。)
            # (…。区城管局牵头，各街道具体实施，2025年9月底前拆除…: those who carry it out under the
            # lead, and the date the clause after them opens with, the units' deadline)
            deadline = None
            for clause in ann.split_top(rest, "，,；;。"):
                names, verb = ann.split_verb(clause)
                helpers = _all_units(names) if verb == "support" or (
                    verb == "responsible" and m.group("lead")) else None
                if not helpers:
                    lead_date = _DATE_OPENING_RE.match(clause)
                    if lead_date and ann.is_deadline(lead_date.group(1)) and len(units) > 1:
                        deadline = normalise_deadline(lead_date.group(1))
                    break
                units += [ann.UnitRef(n, verb, None, lk) for n, lk in helpers]
            return ann.Parsed(units=units, deadline=deadline)
        return ann.Parsed(units=units)

    def _label_doer(self, line: Line) -> Optional[ann.Parsed]:
        """An item headed by its doers and a colon (:data:`LABEL_DOER_RE`, ``（一）县发展和改革局：
        负责统筹推进…``, ``（二）县财政局、县审计局：要加强…``): read only when every name before the
        colon is a unit (a field label, 责任单位：…, is an annotation; a person's label, 组长：…, no
        unit) and what follows is work (not a contact, a quota or a figure)."""
        text = line.norm.strip()
        mm = match_marker(text)
        if mm:
            text = text[mm[2]:].lstrip(" .．、")
        return self._label_doer_text(text)

    def _label_doer_text(self, text: str) -> Optional[ann.Parsed]:
        """:meth:`_label_doer` of a line's text after its marker (also asked by the outline: a
        plain line so headed under an item is a task of its own, 党政办公室：主要承担…)."""
        m = LABEL_DOER_RE.match(text)
        if not m:
            return None
        names, body = m.group("x"), m.group("body")
        label = compact(names)
        if (ann.label_role(label) is not None or ann.is_person_label(label)
                or unitnames.ROLE_PART_PIECE_RE.search(label) or LABEL_DOER_NOT_WORK_RE.search(body)):
            return None
        items = ann.unit_items(names, self.known)
        if not items or not all(ann._unit_item(n, lk) for n, lk in items):
            return None
        if _all_units(body.rstrip("。；;.")):
            return None     # 成员单位：A、B… / 政策解读单位：X: a field naming units, no work
        helped: list[tuple[str, Optional[str]]] = []
        role = "responsible"
        if LABEL_DOER_LEAD_RE.match(body):
            role = "lead"
        elif (h := LABEL_DOER_HELP_RE.match(body)) is not None:
            role = "support"
            helped = _all_units(h.group("y")) or []
        parsed = ann.Parsed(units=[ann.UnitRef(n, role, None, lk) for n, lk in items]
                            + [ann.UnitRef(n, "responsible", None, lk) for n, lk in helped])
        j = LABEL_DOER_JOIN_RE.search(body)
        if j is not None and role != "support":
            parsed.units.extend(ann.UnitRef(n, "support", None, lk) for n, lk in _all_units(j.group("z")) or [])
        return parsed

    def _cut_from(self, ln: Line) -> Optional[Line]:
        """The whole line ``ln`` is a piece of (a paragraph cut by :func:`_split_at_annotations`),
        or None when ``ln`` is a whole line."""
        full = self.by_number.get(ln.number)
        return None if full is None or compact(full.norm) == compact(ln.norm) else full

    def _inline_list_item(self, node: Node) -> Optional[ann.Parsed]:
        """An item of an inline list cut out of its paragraph (:func:`_inline_list_cuts`): its own
        doers (:func:`_item_doers`; or a first clause opening with units and a duty verb, 二是县财政局
        负责…), else the list's subject written before 一是 (省住房城乡建设厅一是将…), responsible."""
        if node.marker_type != "shi" or not node.lines:
            return None
        ln = node.lines[0]
        full = self._cut_from(ln)
        if full is None:
            return None     # an item on a line of its own: read as any numbered item
        found = inline_list(full.norm)
        m = _INLINE_ORDINAL_RE.match(ln.norm.strip())
        if found is None or m is None:
            return None
        text = ln.norm.strip()[m.end():]
        parsed = _item_doers(text)
        if parsed is not None:
            return parsed
        own = _doer_clause(re.split("[，,；;。]", text, maxsplit=1)[0])
        if own is not None and own[1] not in _MODALS:
            role = ann.GENERIC_ROLES.get(own[1], "responsible")
            return ann.Parsed(units=[ann.UnitRef(n, role, None, lk) for n, lk in own[0]])
        subject = found[1]
        items = _all_units(full.norm[subject[0]:subject[1]]) if subject is not None else None
        if not items:
            return None
        return ann.Parsed(units=[ann.UnitRef(n, "responsible", None, lk) for n, lk in items])

    def _duty_run_item(self, node: Node) -> Optional[ann.Parsed]:
        """A sentence cut out of a run of duties (:func:`_duty_run_cuts`, ``教育部门，负责试点嘎查村
        义务教育…``): the body it opens with, responsible."""
        if node.marker_type != "para" or not node.lines:
            return None
        ln = node.lines[0]
        full = self._cut_from(ln)
        if full is None or not _duty_run(full.norm):
            return None
        m = DUTY_RUN_RE.match(ln.norm)
        items = _all_units(m.group("x")) if m else None
        if not items:
            return None
        return ann.Parsed(units=[ann.UnitRef(n, "responsible", None, lk) for n, lk in items])

    def _anaphor_item(self, node: Node) -> Optional[ann.Parsed]:
        """A paragraph's piece opening with a pronoun for the body named before it in its line
        (:func:`_anaphor`, ``该厅将继续…`` after ``记者从X获悉，``), cut so by
        :func:`_inline_list_cuts`: that body, responsible."""
        if node.marker_type != "para" or not node.lines:
            return None
        ln = node.lines[0]
        full = self._cut_from(ln)
        if full is None:
            return None
        got = _anaphor(full.norm)
        if got is None or not full.norm[got[0]:].strip().startswith(ln.norm.strip()[:6]):
            return None
        items = _all_units(got[1]) or []
        return ann.Parsed(units=[ann.UnitRef(n, "responsible", None, lk) for n, lk in items]) if items else None

    def _division_sentence(self, line: Line) -> Optional[ann.Parsed]:
        """A sentence in an item's paragraph that divides its work between units:
        ``…。19个方面督查重点，由所涉及的A、B…等省级主管部门（单位）牵头完成自查报告，其他相关部门
        （单位）配合，于…前报送…。`` Read only when every name before 牵头 and before 配合 is a unit."""
        m = DIVISION_SENTENCE_RE.search(line.norm)
        if not m:
            return None
        parsed = ann.Parsed()
        for part, role in ((m.group(1), "lead"), (m.group(2), "support")):
            items = ann.unit_items(part, self.known)
            if not items or not all(ann._unit_item(n, lk) for n, lk in items):
                return None
            parsed.units.extend(ann.UnitRef(n, role, None, lk) for n, lk in items)
        parsed.deadline = _sentence_due(line.norm[m.end():])
        return parsed

    def _agent_quote(self, line: Line) -> Optional[ann.Parsed]:
        """A decided matter quoted after who does it, opening the item's piece (``如县发改局负责
        的“严格落实…”截至目前…``, cut so by :func:`_unbracketed_cuts`): every unit named before
        ``负责的`` is responsible, no lead."""
        text = line.norm.strip()
        m = AGENT_QUOTE_RE.match(text)
        name = m.group(1) if m else None
        if name is None:
            m = AGENT_NUMBER_RE.match(text)
            name = m.group(2) if m else None
        items = _all_units(name) if name else None
        if not items:
            return None
        return ann.Parsed(units=[ann.UnitRef(n, "responsible", None, lk) for n, lk in items])

    def _clause_pair(self, line: Line) -> Optional[ann.Parsed]:
        """A sentence dividing the item's work in two clauses, names and a role verb each, with no
        由 (:data:`CLAUSE_PAIR_RE`): ``…，县交通局负责，各乡镇配合，…`` (responsible and support),
        ``县国土资源局牵头，县发改局、县住建局等部门密切配合，…`` (lead and support)."""
        m = _clause_pair(line.norm)
        if m is None:
            return None
        first = "lead" if m.group(2) == "牵头" else "responsible"
        parsed = ann.Parsed()
        for part, role in ((m.group(1), first), (m.group(3), "support")):
            parsed.units.extend(ann.UnitRef(n, role, None, lk) for n, lk in _all_units(part) or [])
        parsed.deadline = _sentence_due(line.norm[m.end():])
        return parsed

    def _meeting_requirement(self, line: Line) -> Optional[ann.Parsed]:
        """A meeting's requirement of named bodies (:data:`MEETING_REQUIREMENT_RE`, ``会议要求，
        各相关部门要…``): every name a unit (a pronoun or a person is none), responsible."""
        for m in MEETING_REQUIREMENT_RE.finditer(line.norm):
            if _DEMONSTRATIVE_RE.match(m.group("x")):
                continue
            items = _all_units(m.group("x"))
            if items:
                units = [ann.UnitRef(n, "responsible", None, lk) for n, lk in items]
                # the rest of the requirement's sentence: the bodies joined with 会同 (support), and
                # its later clauses opening with more bodies so required (会议强调，县教体局要…，县公安局、
                # 县市场监管局按照各自职责做好…: three bodies)
                rest = re.split(r"[。！？]", line.norm[m.end():], maxsplit=1)[0]
                for k, clause in enumerate(re.split(r"[，,；;]", rest)):
                    jm = _MEETING_JOINED_RE.match(clause) if k == 0 else None
                    if jm and (more := _all_units(jm.group("x"))):
                        units += [ann.UnitRef(n, "support", None, lk) for n, lk in more]
                        continue
                    cm = _MEETING_MORE_RE.match(clause) if k else None
                    if cm and not _DEMONSTRATIVE_RE.match(cm.group("x")) \
                            and (more := _all_units(cm.group("x"))):
                        units += [ann.UnitRef(n, "responsible", None, lk) for n, lk in more]
                return ann.Parsed(units=units, deadline=_sentence_due(rest))
        return None

    def _charge(self, line: Line) -> Optional[ann.Parsed]:
        """A meeting's charge (:data:`CHARGE_RE`, ``…。责成县妇联根据会议讨论意见修改完善后，履行发文
        程序。``): every unit charged is responsible, no lead."""
        got = _charge(line.norm)
        if got is None:
            return None
        return ann.Parsed(units=[ann.UnitRef(n, "responsible", None, lk) for n, lk in got[1]])

    def _notes_cut(self, notes: Sequence[Line]) -> bool:
        """A task's annotation lines of which the last is the input's last line and, unlike the
        ones before it, does not end its sentence: the excerpt was cut inside it."""
        if not notes or not self._ends_input(notes[-1]):
            return False
        last = notes[-1].norm.strip()
        # (a time limit field after the units, a space between: 问题整改责任单位：X 整改时限：5天
        # ends on it, whole; the units before it are what a cut would have lost)
        last = _TRAILING_LIMIT_RE.sub("", last) or last
        # a whole time field after the units and a separator (责任单位：A、B；完成时限：2013年12月底,
        # …，完成时间：2024年6月): the separator closed the names, the line is whole (a value that is
        # no whole time, 完成时限：2013年1, may be the cut)
        m = _TRAILING_DEADLINE_FIELD_RE.search(last)
        if m and m.start() > 0 and is_deadline(m.group(1).rstrip("。；;")):
            return False
        ended = ("。", "；", ";", ".")
        if len(notes) > 1 and ann.label_role(compact(last).rstrip("：:")) is not None:
            return True     # 牵头单位：X / 责任单位 — a unit label alone: its names are cut off
        if last.endswith(ended) or ann.classify(last) != "labeled":
            return False
        # the earlier lines end their sentences and this one does not, or it lists units and
        # its last name is no unit name (配合单位：A、B、市公路事业: cut inside the word)
        label = compact(last).partition("：")[0]
        # (责任单位：A、B、C、 — a list ending on its separator: the names after it are lost)
        return ((len(notes) > 1 and all(n.norm.strip().endswith(ended) for n in notes[:-1]))
                or (ann.label_role(label) is not None
                    and (self._cut_name(last) or self._cut_collective(last)
                         or self._cut_short_of_written(last)
                         or bool(_DANGLING_SEP_RE.search(last)))))

    def _cut_collective(self, text: str) -> bool:
        """``责任单位：A、B等有关部门，各区`` at the end of the input, where an annotation above
        wrote ``…，各区、县（市）政府及开发区管委会``: the last name is the head of a collective the
        document writes on with 、 (its levels listed under one 各), so the excerpt cut that
        collective after its first level word."""
        names = compact(text).partition("：")[2]
        items = ann.unit_items(names)
        if not items:
            return False
        head = compact(items[-1][0])
        return any(compact(r.mention.text).startswith(head + "、") for r in self.out.raw)

    def _cut_short_of_written(self, text: str) -> bool:
        """The last name of a unit list at the end of the input is the opening of a longer name
        the document already wrote (``责任单位：市发改委、市农办…，各县（市、区）`` where a row above
        wrote ``各县（市、区）政府``): the excerpt's edge cut the name the document writes in full."""
        items = ann.unit_items(compact(text).partition("：")[2] or compact(text))
        if not items:
            return False
        head = compact(items[-1][0])
        return len(head) >= 2 and any(
            len(m) > len(head) and m.startswith(head)
            for m in (compact(r.mention.text) for r in self.out.raw))

    def _standalone(self, line: Line) -> Optional[ann.Parsed]:
        t = ann.spaced_field(line.norm) or line.norm.strip()
        if SITE_FOOTER_RE.search(t):
            return None     # 主办：某县人民政府办公室  晋ICP备…: the site's host, no task's unit
        if len(BYLINE_RE.findall(t)) >= 2:
            # 信息来源： 市府办 发布时间： 2022-06-21 17：28 浏览次数： under a page's title: the
            # page's byline (who posted it, when), no task's source
            return None
        am = ann.ANY_LABEL_RE.match(compact(t))
        if am and am.group(1) in ann.MEASURE_LABELS:
            # 整改措施：（1）由县环卫站负责更换…（2）由包片单位县幼儿园负责…: the units the
            # remedy's clauses open with
            parsed = ann.Parsed(units=ann.measure_units(am.group(2), self.known))
            return parsed if parsed.units else None
        if am and ann.is_overseer_label(am.group(1)):
            # 督办单位：市政府督查室 among the task's annotation lines: who follows it up
            self._overseer_issue(am.group(1), am.group(2), line)
            return None
        if t.startswith("（"):
            g = ann.trailing_group(t)
            if g and g[0] == 0:
                content = ann.bracket_source(t[1:g[1] - 1] if g[2] else t[1:])
                return self._parse_group(content, line, g[2], notes=True)
        return self._parse_group(t, line, True)

    def apply(self, task: Task, parsed: ann.Parsed, via: str, src: Source, order0: int) -> int:
        """Record a parsed annotation for a task; returns the next order number."""
        order = order0
        lead_only = []
        for rule in parsed.rules:
            if rule.kind == "first_leads" and rule.text == "下同":
                self.state.first_leads = True
            if rule.kind == "lead_only":
                lead_only = [(u, src) for u in rule.units]
                if rule.text == "下同":
                    self.state.lead_only = lead_only
        lead_only = lead_only or self.state.lead_only
        named_lead_only = bool(parsed.units) and all(u.role == "lead" for u in parsed.units)
        if self.star_legend and any(u.starred for u in parsed.units) and all(
                u.role == "responsible" for u in parsed.units):
            for u in parsed.units:    # 县发改局★、县财政局 under a legend ★为牵头单位
                u.role = "lead" if u.starred else self.star_legend
        if (self.responsible_lead and parsed.units and not parsed.contributor
                and all(u.role == "responsible" for u in parsed.units)
                and not _NAMES_A_LEAD_RE.search(compact(task.source_text))):
            # (the rule is for the tasks naming no lead: 牵头单位：X on a line of its own and
            # 责任单位：Y on the next are one task's, Y no lead)
            for u in parsed.units:
                u.role = "lead"
        if ((self.state.first_leads or self._first_leads_at(src.line)
             or self.first_leads_everywhere) and parsed.units
                and all(u.role == "responsible" for u in parsed.units)):
            parsed.units[0].role = "lead"
            for u in parsed.units[1:]:
                u.role = self.first_leads_rest
        dl_line = self.by_number.get(src.line)
        same = _DEADLINE_SAME_BELOW_RE.search(dl_line.norm) if dl_line is not None else None
        if same:
            self.state.deadline_same = normalise_deadline(same.group(1))
            parsed.deadline = self.state.deadline_same or parsed.deadline
        elif parsed.units and not parsed.deadline and self.state.deadline_same:
            parsed.deadline = self.state.deadline_same
        use_via = "contributor" if parsed.contributor else via
        for post in parsed.posts:
            self.add_post(task, post, src)
        self._posts_taken.add(id(parsed))
        for ref in parsed.units:
            self.add(task, ref, use_via, src, parsed.deadline, order)
            order += 1
        if named_lead_only and not parsed.contributor:
            named = {compact(u.mention) for u in parsed.units}
            for ref, rule_src in lead_only:
                if compact(ref.mention) not in named:
                    self.add(task, ann.UnitRef(ref.mention, "support", None, ref.lookup),
                             "inherited" if rule_src != src else use_via, src, parsed.deadline,
                             order, None if rule_src == src else rule_src)
                    order += 1
        for rule in parsed.rules:
            if rule.kind == "carry":
                self.state.carry = [(u, src) for u in rule.units]
                self.state.carry_after = 0
        return order

    # ---------------------------------------------------------------- walking
    def run(self) -> Extraction:
        # (the short forms the document defines for its units, 市防汛防台抗旱指挥部（以下简称市防指）:
        # units wherever it writes them)
        token = ann.DOC_ALIASES.set(ann.document_aliases([ln.text for ln in self.doc.lines]))
        try:
            return self._run()
        finally:
            ann.DOC_ALIASES.reset(token)

    def _run(self) -> Extraction:
        root = parse_outline(_split_at_annotations(_prepare_lines(
            [piece for line in _unnumber_page_fragments(self.doc.lines)
             for piece in _split_collapsed(_bold_fields(line))])),
                             ann.is_standalone_annotation, ann.closes_with_annotation,
                             lambda text: ann.head_group(text) is not None
                             or self._label_doer_text(text.strip()) is not None,
                             lambda text: self._doers_first(text) is not None)
        # a carry-over rule in the text before the first task (a cover notice's 以下各项任务均需
        # 各县（市、区）人民政府落实，不再单独列出): its units go to every annotated task after it
        first = root.children[0].first_line if root.children else None
        for ln in sorted(root.lines + root.notes, key=lambda l: l.number):
            if first is not None and ln.number < first:
                self._text_rule(ln, ln.text.strip())
        for child in root.children:
            self.visit(child, None)
        for task_id, number in self._plan_lead_tasks:
            # a plan's lead given to its items is theirs: the title and its preamble are no task
            if any(r.via == "section" and r.mention.source.line == number and r.task_id != task_id
                   for r in self.out.raw):
                self.out.raw = [r for r in self.out.raw if not (
                    r.task_id == task_id and r.via == "standalone" and r.mention.source.line == number)]
        self._report_set_aside()
        return self.out

    def visit(self, node: Node, parent_id: Optional[str]) -> None:
        if node.kind == "row":
            task_id = self.row(node, parent_id)
        else:
            task_id = self.block(node, parent_id)
        for c in node.children:
            self.visit(c, task_id)

    def _add_section_unit(self, task: Task, node: Node, deadline: Optional[str]) -> None:
        """A task that names no unit is assigned to the unit its section heading names
        (:meth:`_section_unit`), if any."""
        sec = self._section_unit(node)
        if sec:
            name, ln, role = sec
            for one in (_heading_unit_list(name) or [name]):
                self.add(task, ann.UnitRef(one, role, None), "section",
                         Source(ln.file, ln.number), deadline, 0)
            return
        rule = self._section_rule(node)
        if rule:
            refs, ln = rule
            for k, ref in enumerate(refs):    # 一、以下任务由X牵头，Y配合： over the items
                self.add(task, ann.UnitRef(ref.mention, ref.role, None, ref.lookup), "section",
                         Source(ln.file, ln.number), deadline, k)

    def _section_rule(self, node: Node) -> Optional[tuple[list[ann.UnitRef], Line]]:
        """The units a heading above ``node`` gives the items under it in a sentence of its own
        (:data:`SECTION_RULE_RE`), with the heading's line; None when no heading does."""
        p = node.parent
        while p is not None and p.kind != "root":
            if p.lines and p.kind in ("heading", "item") and len(p.lines) == 1:
                first = p.lines[0]
                text = compact(_strip_marker(first.norm.strip())).rstrip("：:。")
                m = SECTION_RULE_RE.match(text)
                if m is None:
                    # 一、市容秩序整治（以下任务均由X牵头，Y配合，不再列出）: the rule bracketed after
                    # the heading's words, closed by the words saying it is not written again
                    bm = re.search(r"（([^（）]*(?:（[^（）]*）[^（）]*)*)）$", text)
                    if bm:
                        m = SECTION_RULE_RE.match(_RULE_END_RE.sub("", bm.group(1)))
                if m:
                    clause = m.group("a") or re.sub(r"(?:均|都)?(?:为|是)", "：", m.group("f"), count=1)
                    parsed = ann.parse_annotation(clause, self.known)
                    if (parsed.units and not parsed.unknown_labels
                            and all(ann._unit_item(u.mention, u.lookup) for u in parsed.units)):
                        return list(parsed.units), first
                    return None
            p = p.parent
        return None

    def _section_unit(self, node: Node) -> Optional[tuple[str, Line, str]]:
        """A heading that names the unit of every item under it: one that counts its items
        (一、市发展和改革委员会（共2项）) or says what the unit does with them (一、县示范区管委会
        牵头工作（8项）, 二、市住建局负责的任务). Returns (name, heading line, role)."""
        own = self._own_section_line(node)
        if own is not None:
            return own
        p = node.parent
        while p is not None and p.kind != "root":
            if id(p) in self._heading_leads:
                names, first = self._heading_leads[id(p)]
                return names[0], first, "lead"
            if (p.marker_type == "unithead" and len(p.lines) == 1
                    and p.lines[0].text.lstrip().startswith(("【", "〖"))):
                # 【市医疗保障局】 over its items: the name inside the brackets, as written
                at = unit_heading(p.lines[0].norm)
                if at is not None:
                    return p.lines[0].text[at[0]:at[1]], p.lines[0], "responsible"
            if p.lines and p.kind in ("heading", "item"):
                first = p.lines[0]
                # (一、县发展和改革局（责任领导：李四）: the person in charge bracketed after the name)
                text = PERSON_BRACKET_END_RE.sub("", compact(_strip_marker(first.norm.strip())).rstrip(
                    "：:。"))
                cm = COUNT_SUFFIX_RE.search(text)
                name = COUNT_SUFFIX_RE.sub("", text)
                # problems counted (个, 件, 处) are handed to one unit: a collective so counted
                # (二、各县（市、区）（38个）) counts the units listed under it, no tasks of theirs
                counted = bool(cm) and not (cm.group(1) in ("个", "件", "处")
                                            and unitnames.unit_kind(name) == "collective")
                if cm and not counted:
                    name = text
                vm = SECTION_VERB_RE.match(name)
                role = "responsible"
                if vm:
                    name, role = vm.group(1), ("lead" if vm.group(2) in ("牵头", "主办", "主责")
                                               else "responsible")
                dm = None if (counted or vm) else SECTION_DUTY_RE.match(name)
                if dm:
                    name = dm.group(1)
                if (counted or vm or dm) and (ann.looks_like_unit(name) or self.known(name)):
                    return name, first, role
                if len(p.lines) == 1 and len(name) <= 20 and (unitnames.is_unit_name(name)
                                                               or ann.county_named(name)):
                    # 一、市发展和改革委员会 over its own items; 一、涞源县 over a county's (the
                    # place named as the doer: its government)
                    return name, first, role
                if len(p.lines) == 1 and len(name) <= 40 and _heading_unit_list(name):
                    # 三、市人社局、市财政局 over the items they do together
                    return name, first, role
            p = p.parent
        return None

    def _own_section_line(self, node: Node) -> Optional[tuple[str, Line, str]]:
        """An item whose first line is a lead department's heading and whose next lines are its
        work (（一）省监察厅牵头的工作 / 加强行政监察工作，…): the heading's unit does the item.
        Only the verb form (X牵头的工作, X负责的任务) counts here: a bare name over more lines
        is a task text of its own."""
        if node.kind not in ("item", "heading") or len(node.lines) < 2:
            return None
        first = node.lines[0]
        if node.marker_type == "unithead":
            # 国家发展改革委 / 核心关注点一：组建中央金融委员会 over the body's paragraphs: the name as
            # written (a mirror's glosses kept)
            at = unit_heading(first.norm) or unit_list_heading(first.norm)
            if at is not None:
                return first.text[at[0]:at[1]], first, "responsible"
        text = compact(_strip_marker(first.norm.strip())).rstrip("：:。")
        vm = SECTION_VERB_RE.match(COUNT_SUFFIX_RE.sub("", text))
        if vm and (ann.looks_like_unit(vm.group(1)) or self.known(vm.group(1))):
            return vm.group(1), first, ("lead" if vm.group(2) in ("牵头", "主办", "主责")
                                        else "responsible")
        return None

    def block(self, node: Node, parent_id: Optional[str]) -> str:
        path = node.path
        task_id = self.task_id(path)
        pieces: list[str] = []
        parsed_inline: list[tuple[ann.Parsed, Line]] = []
        for k, ln in enumerate(_join_broken(node.lines)):
            if k == 0 and node.marker_type == "unithead":
                # (【市医疗保障局】: the body's heading, its name in brackets, no annotation of its own)
                parsed, rest = None, ln.text
            else:
                parsed, rest, _ = self._inline(ln)
            if k == 0:
                mm = match_marker(ln.norm)
                if mm:   # offsets of norm and text line up; cut the marker in the original
                    rest = rest[mm[2]:].lstrip(" .．、")
            text = rest.strip()
            if parsed is not None:
                parsed_inline.append((parsed, ln))
            elif text:
                self._text_rule(ln, text)
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
        # the task's own time limit written with no unit (完成时限：2023年12月底 on a line of its
        # own, （2023年9月底前完成）): the deadline of a unit its section heading gives it
        own_deadline: Optional[str] = None
        for parsed, ln in parsed_inline:
            order = self.apply(task, parsed, "inline", Source(ln.file, ln.number), order)
            annotated = annotated or bool(parsed.units)
            if not parsed.units and parsed.deadline and own_deadline is None:
                own_deadline = parsed.deadline
        if node.children and node.kind in ("heading", "item") and parsed_inline:
            self._note_heading_lead(node, task, parsed_inline[0][1])
        notes = _join_broken(node.notes)
        closing: Optional[tuple[Line, ann.Parsed]] = None
        label_line: Optional[tuple[Line, ann.Parsed]] = None    # an unbracketed one
        # 以上项目由X组织实施 after a numbered list: a rule over the list, read by _list_rule
        list_rules = [ln for ln in node.lines[1:] + notes if self._list_rule_match(ln)]
        notes = [ln for ln in notes if ln not in list_rules]
        if self._notes_cut(notes):
            # 牵头责任单位：X。/ 协同责任单位：A、B、人行芜 at the end of the input: the excerpt was
            # cut inside the task's annotation (names, and maybe lines, are lost)
            self.issue(errors.W_CUT, "the input ends inside this task's annotation lines (cut "
                       "off?); they are not used", notes[-1].number)
            # (a whole person field above the cut line, 分管省领导：张新, is still the task's)
            notes = [ln for ln in notes[:-1] if ann.is_person_label(
                compact(ln.norm).partition("：")[0].lstrip("（"))]
        for ln in notes:
            parsed = self._standalone(ln)
            if parsed is None:
                continue
            if not parsed.units and parsed.deadline:
                own_deadline = own_deadline or parsed.deadline
                # 完成时限：2024年12月 on a line of its own: the deadline of the units above
                for k in range(len(self.out.raw) - 1, -1, -1):
                    r = self.out.raw[k]
                    if r.task_id != task.task_id:
                        break
                    if r.deadline is None and r.via in ("inline", "standalone"):
                        # (年底前, 9月底前: dated by the title's year, as a row's own deadline is)
                        self.out.raw[k] = dataclasses.replace(
                            r, deadline=self._dated(parsed.deadline, ln.number))
            order = self.apply(task, parsed, "standalone", Source(ln.file, ln.number), order)
            annotated = annotated or bool(parsed.units)
            if parsed.units and not parsed_inline and _bracketed(ln):
                closing = (ln, parsed)
            elif parsed.units and not parsed_inline and closing is None:
                label_line = (ln, parsed)
        if (node.children and node.kind in ("heading", "section") and closing is not None
                and closing[0].number == (node.notes[0].number if node.notes else -1)):
            # 专项行动方案 / （县自然资源局牵头） under a plan's title, over its items: the plan's
            # lead, given to every item under it that names no unit (as a heading's own one)
            self._note_heading_lead(node, task, closing[0], via="standalone")
            if id(node) in self._heading_leads:
                self._plan_leads.add(id(node))
                self._plan_lead_tasks.append((task.task_id, closing[0].number))
        if not annotated and node.kind == "item" and node.lines:
            parsed = self._closing_clause(node.lines[-1])
            if parsed is not None:
                ln = node.lines[-1]
                order = self.apply(task, parsed, "inline", Source(ln.file, ln.number), order)
                annotated = True
        if not annotated and node.kind == "item":
            for k, ln in enumerate(node.lines):
                parsed = self._opening_clause(ln, k == 0)
                if parsed is None and k + 1 < len(node.lines) and ln.norm.rstrip()[-1:] not in "。；;！？":
                    # a paragraph broken into print lines (an e-book's page text): its opening
                    # clauses run on to the next line, inside a name (…武警中队、信访 / 局、司法局参与，)
                    nxt = node.lines[k + 1]
                    parsed = self._opening_clause(Line(ln.file, ln.number, ln.text.rstrip() + nxt.text.strip(),
                                                       ln.norm.rstrip() + nxt.norm.strip()), k == 0)
                if parsed is not None:
                    order = self.apply(task, parsed, "inline", Source(ln.file, ln.number), order)
                    annotated = True
                    break
        if not annotated and node.kind == "item" and node.lines:
            ln = node.lines[0]
            parsed = self._topic_agent(ln)
            if parsed is None:
                parsed = self._agent_quote(ln)
            if parsed is None:
                parsed = self._topic_subject(ln)
            if parsed is None:
                parsed = self._agent_clause(ln)
            if parsed is None:
                parsed = self._topic_charge(ln)
            if parsed is None:
                parsed = self._owner_clause(ln)
            if parsed is None:
                parsed = self._topic_line_agent(node)
                if parsed is not None:
                    ln = node.lines[1]
            if parsed is None:
                parsed = self._subject_first(ln)
            if parsed is None:
                parsed = self._subject_acts(node)
                if parsed is not None:
                    ln = _acting_line(node)
            if parsed is None and self._section_unit(node) is None:
                # (a place and its problems under the unit its heading names, 4.信义花园：(1)…,
                # stay that unit's)
                parsed = self._label_doer(ln)
            if parsed is not None:
                if not parsed.deadline and len(node.lines) == 1:
                    # 各乡镇（街道）负责做好秸秆禁烧工作，2024年10月底前完成。 the item's own time
                    # limit closing the sentence that names its doers
                    parsed.deadline = _deadline_before(ln.norm)
                order = self.apply(task, parsed, "inline", Source(ln.file, ln.number), order)
                annotated = True
        if not annotated and node.kind in ("item", "heading") and node.marker_type in ("shi", "para"):
            # (a paragraph's piece over the items of an inline list cut after it is a heading)
            parsed = (self._inline_list_item(node) or self._anaphor_item(node)
                      or self._duty_run_item(node))
            if parsed is None and node.marker_type == "para":
                parsed = self._doers_first(node.lines[0].norm)
                if parsed is not None and len(node.lines) >= 2 and is_deadline(node.lines[1].norm):
                    # (its time limit, the next cell: 2008年5月1日前)
                    parsed.deadline = normalise_deadline(node.lines[1].norm)
                elif parsed is not None and own_deadline:
                    parsed.deadline = own_deadline      # (the same, read as a time limit line)
            if parsed is not None:
                ln = node.lines[0]
                order = self.apply(task, parsed, "inline", Source(ln.file, ln.number), order)
                annotated = True
        if not annotated and node.kind == "item":
            for ln in node.lines:
                parsed = (self._division_sentence(ln) or self._clause_pair(ln) or self._charge(ln)
                          or self._meeting_requirement(ln))
                if parsed is not None:
                    order = self.apply(task, parsed, "inline", Source(ln.file, ln.number), order)
                    annotated = True
                    break
        if not annotated and node.kind == "item" and self.spaced_unit_role is not None:
            hit = self._run_in_unit_cell(node)
            if hit is not None:
                ln, name, lookup = hit
                self.add(task, ann.UnitRef(name, self.spaced_unit_role, None, lookup), "table",
                         Source(ln.file, ln.number), None, order)
                order += 1
                annotated = True
        if node.kind in ("item", "heading") and node.marker_type != "para":
            annotated = self._list_rule(node, task, annotated, order, list_rules) or annotated
        limit = next((p.deadline for p, _ in parsed_inline if not p.units and p.deadline), None)
        if limit is not None:
            # 县教体局负责做好学位调配工作（责任人：李某某，完成时限：8月底）: the units named by the
            # sentence, the time limit by a bracket of fields naming none
            for k in range(len(self.out.raw) - 1, -1, -1):
                r = self.out.raw[k]
                if r.task_id != task.task_id:
                    break
                if r.deadline is None and r.via == "inline":
                    self.out.raw[k] = dataclasses.replace(
                        r, deadline=self._dated(limit, r.mention.source.line))
        if annotated:
            self.inherit(task, order)
            if node.kind in ("item", "article") and not node.children:
                self._heading_lead_named_again(task, node)
            if node.kind in ("item", "article") and not node.children and self._helpers_only(task):
                # 协同单位：省直各部门 under 省审计厅牵头的工作: the annotation names only those
                # who help; the one who does it is the unit the section heading names
                self._add_section_unit(task, node, None)
        elif node.kind in ("item", "article") and not node.children:
            if self._announces_cut_list(node):
                # （二）预备重点项目（3个）。 as the input's last line: the list it announces,
                # which its section heading's unit was given to, is past the excerpt's edge
                self.issue(errors.W_CUT, "the input ends after this item, which only announces "
                           "the list under it (cut off?): no unit is given to it",
                           node.lines[-1].number)
            elif self._closing_line_cut(node):
                # 5. 市妇幼保健医院 / （1）…；… / （5）学雷 at the end of the input, the places
                # before it each closed by a 问题整改责任单位 line: the line was cut off
                self.issue(errors.W_CUT, "the input ends inside this list before the line that "
                           "would close it, as lines closed the lists before it (cut off?): its "
                           "heading's unit is not given to it", node.lines[-1].number)
            elif self._cut_by_edge(node):
                # 3.进一步完善…决策评估以及 at the end of the input, its siblings each closed by
                # their own 协同单位 line: the excerpt cut the item before its annotation
                self.issue(errors.W_CUT, "the input ends inside this item before its annotation "
                           "lines (cut off?): no unit is given to it, not even its section's",
                           node.lines[-1].number)
            else:
                self._add_section_unit(task, node, own_deadline)
        if closing is not None:
            self._close_sub_list(node, parent_id, *closing)
        if closing is not None or label_line is not None:
            self._close_enumeration(node, parent_id, *(closing or label_line))
        return task_id

    def _run_in_unit_cell(self, node: Node) -> Optional[tuple[Line, str, Optional[str]]]:
        """The unit cell a PDF's text ran into the end of a row's text line, after the sentence
        the text cell ends with and a space (…按规定发放丧葬补助金. 自治区人力资 源社会保障厅,
        …发放生活补助. 自治区民政厅 ―): the last such line of the item, with the name closed up."""
        for ln in reversed(node.lines):
            m = RUN_IN_CELL_RE.search(ln.text)
            if m is None:
                continue
            name = re.sub(r"\s+", "", normalise(m.group(1)))
            if len(name) > 20 or not unitnames.is_unit_name(name):
                continue
            found = ann.unit_items(name, self.known)
            if len(found) == 1 and ann._unit_item(*found[0]):
                return ln, found[0][0], found[0][1]
        return None

    def _close_sub_list(self, node: Node, parent_id: Optional[str], ln: Line,
                        parsed: ann.Parsed) -> None:
        """A bracketed annotation on a line of its own after the last sub-item of an item, where
        neither the item nor any sub-item names a unit (1.完善应急预案体系 / （1）…（4）… /
        （责任单位：A、B、C）): the line closes the item, so every sub-item is the line's. Only
        under an item of a section (a top-level heading's items, 一、保障措施 / （一）… / （二）…,
        are blocks of their own: a line after the last is that item's)."""
        parent = node.parent
        if (parent is None or parent.kind not in ("item", "heading") or node.kind != "item"
                or parent.parent is None or parent.parent.kind == "root"
                or not parent.children or parent.children[-1] is not node):
            return
        got = self._unowned_siblings(node, parent)
        if got is None:
            return
        items, earlier = got
        owned = {r.task_id for r in self.out.raw}
        if parent_id in owned or any(otask.task_id in owned for _, _, otask in earlier):
            return
        self._give_line(items, earlier, ln, parsed)

    def _unowned_siblings(self, node: Node, parent: Node) -> Optional[tuple[list, list]]:
        """(the parent's list items as read, the items before ``node``: (position, node, task))
        when ``node`` and its siblings are items of one marker style and none of those before it
        has a unit of its own; None otherwise (:meth:`_close_item`, :meth:`_close_enumeration`)."""
        if any(c.kind != "item" or c.marker_type != node.marker_type for c in parent.children):
            return None
        items = self._list_items.get(id(parent), [])
        earlier = [(k, other, otask) for k, (other, otask, had) in enumerate(items)
                   if other is not node]
        if len(earlier) != len(parent.children) - 1 or any(items[k][2] for k, _, _ in earlier):
            return None
        return items, earlier

    def _give_line(self, items: list, earlier: list, ln: Line, parsed: ann.Parsed) -> None:
        """Every item of ``earlier`` (from :meth:`_unowned_siblings`) takes the closing line's
        units, and the rules carried over; each is then marked as having a unit."""
        src = Source(ln.file, ln.number)
        for k, other, otask in earlier:
            order = self.apply(otask, parsed, "standalone", src, 0)
            self.inherit(otask, order)
            items[k] = (other, otask, True)

    def _close_enumeration(self, node: Node, parent_id: Optional[str], ln: Line,
                           parsed: ann.Parsed) -> None:
        """An annotation line after the last sub-item of an item whose sub-items are the clauses
        of one sentence, each before the last ending on its semicolon (an inspection notice's
        place and the problems found there: ``1. 市科技馆`` / ``（1）…；`` / ``（2）…；`` /
        ``（3）…。`` / ``问题整改责任单位：X 整改时限：3天``): the line closes the whole list, so every
        sub-item is the line's, whatever level the item is at. The item's heading then names
        no unit of its items (the place inspected, not who puts it right): a unit a sub-item
        took from it (:meth:`_add_section_unit`) gives way to the line's. Not where any sub-item
        or the item has a unit of its own."""
        parent = node.parent
        if (parent is None or parent.kind not in ("item", "heading") or node.kind != "item"
                or len(parent.children) < 2 or parent.children[-1] is not node):
            return
        got = self._unowned_siblings(node, parent)
        if got is None:
            return
        items, earlier = got
        if not all(other.lines and compact(other.lines[-1].norm).endswith(("；", ";"))
                   and not other.notes and not other.children for _, other, _ in earlier):
            return
        sub_ids = {otask.task_id for _, _, otask in earlier}
        if any(r.task_id == parent_id or (r.task_id in sub_ids and r.via != "section")
               for r in self.out.raw):
            return
        self.out.raw = [r for r in self.out.raw if r.task_id not in sub_ids]
        self._closed_lists.add(id(parent))
        self._give_line(items, earlier, ln, parsed)

    def _closing_line_cut(self, node: Node) -> bool:
        """A sub-item of the list the input ends in, stopping mid-sentence, where the list
        before it (its heading's previous sibling) was closed by an annotation line over all its
        sub-items (:meth:`_close_enumeration`): the excerpt's edge cut this list before its own
        line, so the unit its heading names (the place inspected) is not given to its items."""
        parent = node.parent
        if parent is None or parent.kind not in ("item", "heading") or not parent.children:
            return False
        last = parent.children[-1]
        if last.notes or not last.lines or not self._ends_input(last.lines[-1]):
            return False
        if compact(last.lines[-1].norm).endswith(("。", "；", ";", ".", "！", "？", "）", ")")):
            return False
        siblings = parent.parent.children if parent.parent is not None else []
        k = next((j for j, c in enumerate(siblings) if c is parent), 0)
        return k > 0 and id(siblings[k - 1]) in self._closed_lists

    def _announces_cut_list(self, node: Node) -> bool:
        """An item of one line that only announces the list under it (``（二）预备重点项目（3
        个）。``, ``主要任务如下：``) and is where the input ends: the list was cut by the
        excerpt's edge, so there is no task to give a unit to."""
        return (len(node.lines) == 1 and self._ends_input(node.lines[0])
                and bool(_ANNOUNCES_LIST_RE.match(compact(node.lines[0].norm))))

    def _cut_by_edge(self, node: Node) -> bool:
        """An item whose text is where the input ends, stopping mid-sentence (… 项目补 / …工程中 /
        3.进一步完善…决策评估以及), in a list whose items write annotations of their own (an item
        before it has one, or, for an item with no annotation lines, the item just before has
        annotation lines): the excerpt was cut inside it, maybe before its own annotation, so a
        unit its section heading names is not given to it. Where no item of the list has its
        own, the heading's unit is all the list ever names and the cut item keeps it."""
        if not node.lines or not self._ends_input(node.lines[-1]):
            return False
        own = DEADLINE_LABEL_END_RE.search(node.lines[-1].norm)
        if own is not None and ann.parse_annotation(own.group(1)).deadline:
            return False    # (…。完成时限：长期坚持: the item ends on its own time limit, not cut)
        last = compact(node.lines[-1].norm)
        if len(node.lines) > 1 and _ATTACHMENT_NOTE_RE.match(last):
            return False    # (…。 / 附件：责任分工表: the notice's attachment line after its last item)
        if node.marker_type == "unithead" and not last.endswith(("。", "；", ";", "！", "？", "”", ".")):
            # (教育部 / 会议指出，… / 会议强调，要树牢底线 as the input's end: the body's work cut)
            return True
        if not last.endswith(("。", "；", ";", "）", ")", "！", "”", ".")) and any(
                had for other, _, had in self._list_items.get(id(node.parent), []) if other is not node):
            return True
        if node.notes or last.endswith(("。", "；", ";", ".", "！", "？", "）", ")")):
            return False
        siblings = node.parent.children if node.parent is not None else []
        k = next((j for j, c in enumerate(siblings) if c is node), 0)
        p = node.parent
        while p is not None and id(p) not in self._plan_leads:
            p = p.parent
        if p is not None:
            return False    # (the plan's lead is its every task's, whatever the edge cut)
        if k == 0 and node.parent is not None and node.parent.kind != "root":
            # （一）构建法治环境保障体系（总牵头单位：X） / 1.各级领导干部要…杜绝 as the input's end:
            # the first item of its list, cut mid-sentence; no earlier item shows whether the
            # items write annotations of their own, so nothing says the heading's unit is all
            # it ever names: the cut item, maybe before its own annotation, takes none
            return True
        return k > 0 and bool(siblings[k - 1].notes)

    def _note_heading_lead(self, node: Node, task: Task, ln: Line, via: str = "inline") -> None:
        """A heading (or an item with items under it) whose own annotation names one lead and
        nothing else (一、科技创新政策（由市科技局牵头实施）, （一）加强X（Y牵头）): Y leads the
        section, so the items under it that name no unit are Y's (:meth:`_section_unit`) and an
        item that names Y again has Y as its lead (:meth:`_heading_lead_named_again`)."""
        mine = [r for r in self.out.raw if r.task_id == task.task_id]
        if len(mine) == 1 and mine[0].role == "lead" and mine[0].via == via:
            self._heading_leads[id(node)] = ([mine[0].mention.text], ln)

    def _heading_lead_named_again(self, task: Task, node: Node) -> None:
        """An item under a heading that names its lead (:meth:`_note_heading_lead`) and whose own
        annotation names that unit as responsible (责任单位：市科技局 under 科技创新政策（由市科技局
        牵头实施）): the unit leads the item too."""
        p = node.parent
        while p is not None and p.kind != "root" and id(p) not in self._heading_leads:
            p = p.parent
        if p is None or id(p) not in self._heading_leads:
            return
        leads = {compact(n) for n in self._heading_leads[id(p)][0]}
        for k in range(len(self.out.raw) - 1, -1, -1):
            r = self.out.raw[k]
            if r.task_id != task.task_id:
                break
            if r.role == "responsible" and r.via == "inline" and compact(r.mention.text) in leads:
                self.out.raw[k] = dataclasses.replace(r, role="lead")

    def _bracket_note(self, name: str, look: Optional[str]) -> list[tuple[str, Optional[str]]]:
        """A unit cell's name closed by a bracket that names no unit: ``区教体局（区国资公司代建）``
        (the owner and the company that builds for it, 代建) is two units; ``某房地产有限公司
        （开发商配建学校项目）`` (a remark on the project) is the name before it. A bracket naming a
        unit (``县发改局（粮食局）``, ``各乡镇（街道）``) stays part of the name."""
        m = _TRAILING_BRACKET_RE.fullmatch(compact(name))
        if not m or not ann.looks_like_unit(m.group(1)):
            return [(name, look)]
        inner = m.group(2)
        if ann.looks_like_unit(inner) or self.known(inner) or _LEVEL_WORD_RE.fullmatch(inner):
            return [(name, look)]
        builder = _BUILDER_RE.fullmatch(inner)
        if builder and ann.looks_like_unit(builder.group(1)):
            return [(m.group(1), None), (builder.group(1), None)]
        if len(inner) >= 4 and not unitnames.find_units(inner):
            return [(m.group(1), None)]
        return [(name, look)]

    def _helpers_only(self, task: Task) -> bool:
        """Every unit recorded for ``task`` so far is a support unit (配合, 协同 …)."""
        roles = set()
        for r in reversed(self.out.raw):
            if r.task_id != task.task_id:
                break
            roles.add(r.role)
        return roles == {"support"}

    def _list_rule_match(self, ln: Line) -> Optional[tuple[list[ann.UnitRef], Source, Optional[int]]]:
        """The units (and the line) of a rule ``以上项目由X组织实施`` / ``上述工作均由X、Y负责落实``
        / ``以上任务由X牵头`` written on ``ln``, with how many items before it the rule covers
        (None: the whole list; ``4项目标的责任单位均为X``: 4, ``该目标责任单位为X``: 1), or None.
        A mirror's pinyin glosses are read through (``组织实（shí）施``) and kept in the names
        as written."""
        text = compact(ln.norm)
        plain, at = _without_glosses(text)
        cb = CARRY_BACK_RE.match(plain)
        if cb is not None:
            names = _as_written(text, at, cb, 3)
            parsed = ann.parse_annotation(cb.group(2) + "：" + names, self.known)
            if (not parsed.units or parsed.leftover or parsed.unknown_labels
                    or not all(ann._unit_item(u.mention, u.lookup) for u in parsed.units)):
                return None
            count = to_int(cb.group(1)) if cb.group(1) else 1
            return list(parsed.units), Source(ln.file, ln.number), count
        if text.startswith(("（以上", "(以上", "（上述", "(上述")) and text.rstrip("。").endswith(("）", ")")):
            # （以上2项由县发改委负责）: the rule in brackets on a line of its own
            text = text[1:].rstrip("。")[:-1]
            plain, at = _without_glosses(text)
        if not text.startswith(("以上", "上述")):
            return None
        m = LIST_RULE_RE.match(plain)
        if not m:
            lm = LIST_RULE_LABEL_RE.match(plain)
            if lm is None:
                return None
            # （以上3项责任单位：县农业农村局，各乡镇配合）: the field's units, roles as it gives them
            parsed = ann.parse_annotation(_as_written(text, at, lm, "f"), self.known)
            if (not parsed.units or parsed.unknown_labels
                    or not all(ann._unit_item(u.mention, u.lookup) for u in parsed.units)):
                return None
            count = to_int(lm.group("n")) if lm.group("n") else (
                int(lm.group("b")) - int(lm.group("a")) + 1
                if lm.group("a") and int(lm.group("b")) >= int(lm.group("a")) else None)
            return list(parsed.units), Source(ln.file, ln.number), count
        names = _as_written(text, at, m, "u")
        found = ann.unit_items(names, self.known)
        if not found or not all(ann._unit_item(n, lk) for n, lk in found):
            return None
        role = "lead" if m.group("v").startswith("牵头") else "responsible"
        refs = [ann.UnitRef(n, role, None, lk) for n, lk in found]
        sm = _LIST_RULE_HELPERS_RE.match(plain, m.end())
        if sm:
            # 以上两项由X牵头，Y配合: the helpers of the rule's lead (they were left out)
            helpers = ann.unit_items(sm.group(1), self.known)
            if helpers and all(ann._unit_item(n, lk) for n, lk in helpers):
                refs += [ann.UnitRef(n, "support", None, lk) for n, lk in helpers]
        elif role == "lead" and (dm := _LIST_RULE_DOERS_RE.match(plain, m.end())):
            # 以上任务由X牵头，各乡镇人民政府负责落实: the units that carry it out beside the lead
            doers = ann.unit_items(dm.group(1), self.known)
            if doers and all(ann._unit_item(n, lk) for n, lk in doers):
                refs += [ann.UnitRef(n, "responsible", None, lk) for n, lk in doers]
        # (以上2项, 上述第6-7项: that many items back, the line's own included)
        count = to_int(m.group("n")) if m.group("n") else (
            int(m.group("b")) - int(m.group("a")) + 1 if m.group("a") and int(m.group("b")) >= int(m.group("a"))
            else None)
        return refs, Source(ln.file, ln.number), count

    def _list_rule(self, node: Node, task: Task, annotated: bool, order: int,
                   rules: Sequence[Line]) -> bool:
        """``以上项目由X组织实施`` on a line of the last item of a numbered list (continuing it, or
        an annotation line of it): X is responsible for every item of the list (the items of the
        same parent and marker, back to the first) that names no unit of its own. Returns whether
        this item got units from it."""
        items = self._list_items.setdefault(id(node.parent), [])
        items.append((node, task, annotated))
        for ln in rules:
            hit = self._list_rule_match(ln)
            if hit is None:
                continue
            refs, rule_src, count = hit
            got = False
            for k in range(len(items) - 1, -1, -1):
                other, otask, had = items[k]
                if other.marker_type != node.marker_type:
                    break
                if count is not None and k < len(items) - count:
                    break      # 4项目标的…: only the four items before the line
                if had:
                    continue
                src = Source(otask.span.file, otask.span.first_line)
                for j, ref in enumerate(refs):
                    self.add(otask, ref, "inherited", src, None,
                             (order if otask is task else 0) + j, rule_src)
                items[k] = (other, otask, True)
                got = got or otask is task
            return got
        return False

    def inherit(self, task: Task, order: int) -> None:
        # (a name as written with a mirror's glosses, 各區（qū）、市政府, is the rule's 各区、市政府)
        key = lambda name: unglossed(compact(name), after_han=True)
        have = {key(r.mention.text) for r in self.out.raw if r.task_id == task.task_id}
        if task.span.first_line < self.state.carry_after:
            return      # (the rule is written below this task's first line: for the tasks after it)
        for ref, rule_src in self.state.carry:
            if key(ref.mention) in have:
                continue
            have.add(key(ref.mention))
            last = max((r.mention.source.line for r in self.out.raw if r.task_id == task.task_id),
                       default=task.span.first_line)
            role = "support" if ref.role == "support" else "responsible"
            self.add(task, ann.UnitRef(ref.mention, role, None, ref.lookup), "inherited",
                     Source(task.span.file, last), None, order, rule_src)
            order += 1

    def row(self, node: Node, parent_id: Optional[str]) -> str:
        header = node.header or []
        cells = node.cells or []
        path = node.path
        task_id = self.task_id(path)
        tcol = self._task_col(node, header)
        # a row with more cells than the header has a sub-divided column on the left
        # (类别 split in two levels): align the task and later columns from the right
        shift = max(0, len(cells) - len(header))
        cells = self._align(cells, header, tcol, shift)
        cells = self._target_sub_row(node, cells, header, tcol)
        cells = self._realigned(node, cells, header, tcol)
        cells, gap = _gap_cells(cells, header, tcol)
        text = _row_text(cells, header, tcol)
        lines = [ln for c in cells for ln in c.lines]
        task = Task(
            task_id=task_id, doc_id=self.doc.doc_id, path=path, text=text,
            source_text=" | ".join(c.flat for c in cells if c.flat),
            span=Span(self.doc.span.file, min((l.number for l in lines), default=0),
                      max((l.number for l in lines), default=0)),
            kind="row", parent_id=parent_id)
        self.out.tasks.append(task)
        if not text:
            self.issue(errors.W_EMPTY_ROW, "a table row without any text (an empty row of a "
                       "form?)", task.span.first_line or node.first_line)
        cells = self._dittos(node, cells, header, tcol)
        deadline = None
        for i, h in enumerate(header):
            if _is_deadline_column(h) and i < len(cells) and cells[i].flat:
                deadline = normalise_deadline(_deadline_cell_text(cells[i]))
        # merged cells: a row whose first cell is empty continues the block above
        prev = self._prev_row(node)
        order = 0
        if node.cut or self._row_cut(node, prev, header):
            self.issue(errors.W_CUT, "the input ends inside this table row (cut off?); its cells "
                       "are not used", task.span.last_line)
            header = []
        for i, h in enumerate(header):
            col = _column_role(h)
            if not col and i < len(cells) and cells[i].flat and ann.is_person_label(
                    re.sub(r"（[^（）]*）$", "", compact(h))):
                # 责任领导, 区政府分管领导: people (not the row's own text: the row label of an
                # empty form, 责任人 | 姓名 | 手机 with rows 主管领导, 撰稿人)
                if compact(cells[i].flat) != compact(text):
                    self._post_cell(task, cells[i], h)
                continue
            if not col or i >= len(cells):
                continue
            role, via = col
            cell = cells[i]
            above = prev
            while not cell.flat and above is not None and cells and (
                    _continues_block(cells, header, tcol) or i in gap):
                # a merged cell spans the rows of its block: the nearest row above that
                # holds it, up to the block's first row (the one whose first cell is filled,
                # and whose cell here is no gap a dropped merged cell left)
                pcells = self._align(above.cells or [], header, tcol,
                                     max(0, len(above.cells or []) - len(header)))
                pcells = self._realigned(above, pcells, header, tcol)
                pcells, pgap = _gap_cells(pcells, header, tcol) if i in gap else (pcells, set())
                if i < len(pcells):
                    cell = pcells[i]
                if not pcells or (not _continues_block(pcells, header, tcol) and i not in pgap):
                    break
                above = self._prev_row(above)
            if not cell.flat:
                continue
            if _COUNTED_CLAUSE_RE.match(compact(cell.flat)):
                # 二是加强与…合作，…: a clause of a plan counted as 一是/二是 is text (a row whose
                # cells went to the wrong columns), never a cell of names to be split at its 、
                self.issue(errors.W_NOT_UNDERSTOOD, f"table cell '{compact(cell.flat)[:30]}' under "
                           f"'{h}' reads as text, not units (check the row's cells); not used",
                           cell.first_line)
                continue
            first_leads = (bool(ann.FIRST_LEADS_RE.search(h)) or self._first_leads_at(cell.first_line)
                           or self._first_leads_noted_under(node))
            h_label = ann.FIRST_LEADS_RE.sub("", h).strip("（）()") or h
            star_leads = bool(STAR_LEADS_RE.search(h))
            star_rest = "support" if STAR_REST_SUPPORT_RE.search(h) else "responsible"
            marked = _STARRED_LEAD_HEADER_RE.match(compact(h))
            if marked:
                # 牵头单位（★）/责任单位: one column of both, the starred name leads (the whole
                # cell was read as leads)
                star_leads, role = True, "responsible"
                star_rest = "support" if marked.group(1) in ("配合", "协同", "参与", "协办") else "responsible"
            if (not star_leads and self.star_legend and role == "responsible"
                    and re.search(r"[*＊※★☆▲△]", cell.flat)):
                # the document's legend (注：带*的为牵头单位, above or under the table) marks the
                # lead of a unit column whose header says nothing of stars
                star_leads, star_rest = True, self.star_legend
            cell_order = 0
            field_role: Optional[str] = None    # 牵头单位：A / 配合单位：B written in the cell
            field_label: Optional[str] = None
            for ln in cell.lines:
                t = ln.norm.strip()
                if not t:
                    continue
                spaced = spaced_units(ln.text)
                if spaced:           # 党政办 应消站: names a single space separates
                    t = "、".join(spaced)
                if star_leads:       # keep the star through the list splitter
                    t = re.sub(r"[*＊※]", _STAR, t)
                # hollow stars and triangles (▲发改局) are star marks too: off the names, and
                # the lead only where a legend says so (as ★)
                t = re.sub(r"[☆▲△]", _STAR, t)
                for piece in ann.split_top(t.rstrip("。"), "，,；;"):
                    fm = ann.ANY_LABEL_RE.match(piece.strip()) if role != "source" else None
                    if fm and ann.label_role(fm.group(1)) in ("lead", "support", "responsible"):
                        # a cell of a 责任单位 column that labels its names (牵头单位：市生态环境局
                        # / 配合单位：市自然资源和规划局, one a paragraph): each label's role
                        field_label, field_role = fm.group(1), ann.label_role(fm.group(1))
                        piece = fm.group(2)
                    elif fm and fm.group(1) in ann.DEADLINE_LABELS:
                        continue            # 完成时限：… written in the units' cell
                    names, verb = ann.split_verb(ann.clause_agent(piece))
                    items = []
                    for name, look in ann.unit_items(names, self.known):
                        items.extend(self._bracket_note(name, look))
                    for name, look in items:
                        starred = _STAR in name
                        name = name.replace(_STAR, "")
                        r = verb if verb and role != "source" else (field_role or role)
                        m = ann.ROLE_MARK_RE.match(name)     # 市发改委（牵头）
                        if m:
                            name, r = m.group(1), ann.MARK_ROLES[m.group(2)]
                        if not (_cell_unit(name) or self.known(name)
                                or (look and (self.known(look) or ann.looks_like_unit(look)))):
                            if not name or ann.is_deadline(name):
                                continue
                            if (ln is cell.lines[-1] and ln.number == self.last_line
                                    and len(compact(name)) <= 3):
                                self.issue(errors.W_NOT_UNDERSTOOD, f"table cell '{name}' at the "
                                           "end of the input is not a unit name (cut off?); not "
                                           "used", ln.number)
                                continue
                            if unitnames.is_person_or_post(name) and not re.search(r"\d", name):
                                # 各级河长, 分管副市长 in a unit column: a post of the task
                                for post in ann.post_refs(compact(name), ann.post_role(h_label, verb)
                                                          if verb else r, h_label):
                                    self.add_post(task, post, Source(ln.file, ln.number))
                                continue
                            if not re.search(HAN, name):
                                # √, ○, ●: a mark of a column of checks the row's cells were
                                # given to (a table whose empty cells were lost)
                                self.issue(errors.W_NOT_UNDERSTOOD, f"table cell '{name[:30]}' "
                                           f"under '{h}' is a mark, not a unit name (check the "
                                           "row's cells); not used", ln.number)
                                continue
                            if (re.search(r"\d", name) or _PERSON_NAME_RE.fullmatch(compact(name))):
                                self.issue(errors.W_NOT_UNDERSTOOD, f"table cell '{name[:30]}' "
                                           f"under '{h}' is not a unit name (a date, number or "
                                           "person?); not used", ln.number)
                                continue
                            if len(compact(name)) >= _CLAUSE_PIECE_MIN:
                                # a long piece formed like no organisation's name: a task's text
                                # in the unit column (a row whose cells went to the wrong columns)
                                self.issue(errors.W_NOT_UNDERSTOOD, f"table cell '{name[:30]}' "
                                           f"under '{h}' reads as text, not a unit's name (check "
                                           "the row's cells); not used", ln.number)
                                continue
                        if first_leads and role == "responsible" and not verb and not field_role:
                            r = "lead" if cell_order == 0 else self.first_leads_rest
                        if star_leads and role == "responsible" and not verb and not field_role:
                            r = "lead" if starred else star_rest
                        ref = ann.UnitRef(name, r, field_label or h_label, look)
                        self.add(task, ref, via, Source(ln.file, ln.number), deadline, order)
                        order += 1
                        cell_order += 1
        if order and self.responsible_lead:
            mine = [k for k in range(len(self.out.raw) - order, len(self.out.raw))
                    if self.out.raw[k].task_id == task.task_id and self.out.raw[k].via == "table"]
            if mine and all(self.out.raw[k].role == "responsible" for k in mine):
                for k in mine:            # 无牵头单位的，责任单位即为牵头单位
                    self.out.raw[k] = dataclasses.replace(self.out.raw[k], role="lead")
        if order == 0 and not node.cut and header and not any(
                _column_role(h) or _ORG_COLUMN_RE.search(compact(h)) for h in header):
            order = self._annotated_cells(task, cells, header, deadline)
        if order == 0 and not node.cut and not _lone_unit(text) and not any(
                _column_role(h) or _ORG_COLUMN_RE.search(compact(h)) for h in header):
            # no column of units at all (a column naming bodies in another capacity, 负责考核部门
            # or 评分部门 the bodies that score the row, rules the reading out); a row whose text
            # is itself a unit's name lists units (机构名称 | 医院类型 | 地点), it is no task
            cell = self._lone_unit_cells(node).get(id(node))
            ln = next((ln for ln in cell.lines if ln.norm.strip()), None) if cell else None
            if ln is not None:        # one name, as the whole cell writes it (县工业园区管委会)
                ref = ann.UnitRef(compact(cell.flat), "responsible", None, None)
                self.add(task, ref, "table", Source(ln.file, ln.number), deadline, order)
                order += 1
        if order == 0:
            self._add_section_unit(task, node, deadline)
        return task_id

    def _annotated_cells(self, task: Task, cells: list[Cell], header: Sequence[str],
                         deadline: Optional[str]) -> int:
        """A table with no column of units whose text cells carry the row's annotation, as a
        task's line does (``新建公共停车位2000个（责任单位：市城管局）``, ``改造老旧小区50个。责任单位：
        市住建局；配合单位：各区政府`` under 建设内容 or 项目名称): those units, with the row's time
        limit (they were lost with no report, or given as mentioned only). The number, deadline
        and person columns are no text of the row's."""
        order = 0
        for i, h in enumerate(header):
            if i >= len(cells) or not cells[i].flat or _is_deadline_column(h) or ann.is_person_label(
                    re.sub(r"（[^（）]*）$", "", compact(h))):
                continue
            for ln in cells[i].lines:
                if not ln.norm.strip():
                    continue
                g = ann.trailing_group(ln.norm)
                if g and g[2] and ann.classify(ln.norm[g[0] + 1:g[1] - 1]) not in ("labeled", "verb"):
                    continue    # 廊坊市第三人民医院（廊坊市传染病医院）: a second name, no annotation
                parsed = self._inline(ln)[0]
                if parsed is None or not parsed.units or parsed.contributor:
                    continue
                for ref in parsed.units:
                    self.add(task, ref, "inline", Source(ln.file, ln.number),
                             parsed.deadline or deadline, order)
                    order += 1
                for post in parsed.posts:
                    self.add_post(task, post, Source(ln.file, ln.number))
                self._posts_taken.add(id(parsed))
        return order

    def _target_sub_row(self, node: Node, cells: list[Cell], header: list[str],
                        tcol: Optional[int]) -> list[Cell]:
        """A numbered row's second target on a row of its own, its number and the other cells
        merged with the row above, a copy writing only its text and padding the rest
        (``新增学位810个 | |||||`` under ``1 | 新改扩建公办中小学校1所 | 教体局 | …``, the header
        ``序号 | 工作任务 | 责任单位 | …``): the text is the task column's, every other cell is
        empty (so the merged cells are the row above's). Only where the first column numbers the
        rows, the row's one filled cell is its first and is a target (a figure in words: no bare
        number, no caption such as 社会保障类 or 二、…, no total), and the row above is numbered.
        Other rows are returned as they are."""
        if (not header or tcol is None or tcol == 0 or len(cells) < 2
                or compact(header[0]) not in SEQ_COLUMNS):
            return cells
        first = compact(cells[0].flat)
        if (not first or any(c.flat.strip() for c in cells[1:])
                or re.fullmatch(r"[\d.．]+", first) or match_marker(normalise(cells[0].flat))
                or first.endswith(("：", ":")) or re.match(r"(?:合计|小计|总计|共计)", first)
                or not re.search(r"\d", first)):
            return cells
        prev = self._prev_row(node)
        pcells = (prev.cells or []) if prev is not None else []
        if not pcells or not re.fullmatch(r"\d{1,3}", compact(pcells[0].flat)):
            return cells
        out = [Cell("", []) for _ in range(max(len(header), len(cells)))]
        out[tcol] = cells[0]
        return out

    def _realigned(self, node: Node, cells: list[Cell], header: list[str],
                   tcol: Optional[int]) -> list[Cell]:
        """``cells`` of a row whose merged cells the flattening dropped, in their columns: a
        block's circled sub-task (:meth:`_marked_sub_row`), else, where no moving of the whole
        row right (:func:`_unshift`: merged cells on its left) reads it, a cell spanning two
        columns (:func:`_colspan_gap`)."""
        moved = self._marked_sub_row(node, cells, header)
        if moved is cells and _unshift(cells, header, tcol) is cells:
            moved = _colspan_gap(cells, header)
        return moved

    def _marked_sub_row(self, node: Node, cells: list[Cell], header: list[str]) -> list[Cell]:
        """A block's later sub-task on a row of its own, the cells it shares with the block's
        first row (the task, the leader, the unit) dropped by the flattening and made up by empty
        cells at the row's end: ``②新建… | 开工建设… | 经前期… | 是 | ||||`` under ``57.务实开展… |
        ①建成… | 完成建设… | 徐国江 | 城管局 | … | 是 | |`` (年度重点工作 | 细化任务及目标 |
        三季度目标 | 分管领导 | 牵头单位 | 落实情况 | 是否达序 | 说明). The row's first cell opens with
        a circled number after ① and the block's first row (up past rows opening with circled
        numbers) holds its ① in a column j after the first: the row's cells go to the columns
        from j on, past the unit and people columns (merged, given by the rows above); the
        columns before j are empty. Other rows are returned as they are."""
        if not header or len(cells) != len(header):
            return cells
        first = compact(cells[0].flat)
        if not first or first[0] not in _CIRCLED[1:]:
            return cells
        k = 0
        while k < len(cells) and not cells[len(cells) - 1 - k].flat.strip():
            k += 1
        if not k:
            return cells
        above, j = self._prev_row(node), None
        while above is not None:
            pc = above.cells or []
            j = next((i for i, c in enumerate(pc) if compact(c.flat).startswith(_CIRCLED[0])), None)
            if j is not None or not (pc and compact(pc[0].flat)[:1] in _CIRCLED[1:]):
                break
            above = self._prev_row(above)
        if not j:
            return cells
        merged = {i for i, h in enumerate(header) if _column_role(h) or _people_column(h)}
        targets = [i for i in range(j, len(header)) if i == j or i not in merged]
        real = cells[:len(cells) - k]
        if len(real) > len(targets):
            return cells
        out = [Cell("", []) for _ in header]
        for i, c in zip(targets, real):
            out[i] = c
        return out

    def _lone_unit_cells(self, node: Node) -> dict:
        """A table whose header names no unit column but whose rows each hold a cell that is
        one unit's name and nothing else (a 考核细则 keyed by department: ``1 | 重点考核部门 |
        县委农工部 | 60 | 农村生活垃圾专项治理 | …``, the column names 序号 | 考核项目 | 各项分值 |
        考核内容 | …): the row's unit is that cell (the one nearest the row's text when a category
        cell is a unit-like name too). A row right below with as many cells as the block's
        first row has after its unit cell is a sub-row of that block, the number and unit cells
        being merged (``15 | 持续推进农业化肥… | …``). Read only when at least three rows have
        such a cell beside a cell of text, so a contact list is no task table. Worked out once
        per table: row id -> the unit cell."""
        key = (id(node.parent), node.table_id)
        if key in self._lone_units:
            return self._lone_units[key]
        rows = [c for c in (node.parent.children if node.parent else [])
                if c.kind == "row" and c.table_id == node.table_id]
        found: dict = {}
        own = 0                                       # rows holding a unit cell of their own
        # the block's unit cell, the cells after it, its first filled cell
        block: Optional[tuple[Cell, int, int]] = None
        for row in rows:
            cells = row.cells or []
            # the cells a row fills (a row is padded to the header's width with empty cells)
            width = max((i + 1 for i, c in enumerate(cells) if c.flat.strip()), default=0)
            # (from its first filled cell when the block's first row opens as far in: every
            # row of a piped table may open with an empty cell, | | 15 | …)
            first = next((i for i, c in enumerate(cells) if c.flat.strip()), 0)
            lone = [i for i, c in enumerate(cells) if _lone_unit(c.flat)]
            texty = any(len(re.findall(HAN, c.flat)) >= 8 for c in cells)
            if lone and texty:
                i = lone[-1]
                found[id(row)] = cells[i]
                own += 1
                block = (cells[i], width - i - 1, first)
            elif (block is not None and texty and first == block[2] and width - first == block[1]
                  and not (cells and re.fullmatch(r"[一二三四五六七八九十]+、",
                                                  compact(cells[0].flat)))):
                found[id(row)] = block[0]
            else:
                block = None
        if own < 3:
            found = {}
        self._lone_units[key] = found
        return found

    def _post_cell(self, task: Task, cell: Cell, header: str) -> None:
        """A cell under a person column (责任领导, 牵头领导, 区政府分管领导): its posts and
        persons are kept on the row's task; a piece that is neither is reported."""
        label = re.sub(r"（[^（）]*）$", "", compact(header))
        for ln in cell.lines:
            # (a space kept between a unit or post and the person's name: 县交通运输局 李四)
            for piece in ann.split_top(" ".join(ln.norm.split()).rstrip("。"), "，,；;"):
                piece = piece.strip()
                posts = ann.post_refs(piece, ann.post_role(label), label)
                for post in posts:
                    self.add_post(task, post, Source(ln.file, ln.number))
                if not posts and piece and not ann.is_deadline(piece):
                    self.issue(errors.W_NOT_UNDERSTOOD, f"table cell '{piece[:30]}' under "
                               f"'{header}' is not a post or person; not used", ln.number)

    def _first_leads_at(self, line: int) -> bool:
        """Was 列第一位者为牵头单位 stated in running text before this line?"""
        return bool(self.first_leads_lines) and self.first_leads_lines[0] <= line

    def _first_leads_noted_under(self, node: Node) -> bool:
        """Does the note under ``node``'s table (its first line after the table's last row,
        ``注：责任单位排名第一的为牵头单位。``) say 列第一位者为牵头单位? A table's note is its
        legend, as a legend above it is."""
        if not self.first_leads_lines or node.parent is None:
            return False
        key = ("noted", id(node.parent), node.table_id)
        if key not in self._tcols:
            rows = [c for c in node.parent.children if c.kind == "row" and c.table_id == node.table_id]
            last = max((ln.number for r in rows for ln in r.lines), default=0)
            for c in rows:
                for cl in c.cells or []:
                    last = max([last] + [ln.number for ln in cl.lines])
            k = last + 1
            while k in self.by_number and not self.by_number[k].norm.strip():
                k += 1
            nxt = self.by_number.get(k)
            self._tcols[key] = bool(nxt is not None and k in self.first_leads_lines
                                    and _TABLE_NOTE_RE.match(nxt.norm.strip()))
        return self._tcols[key]

    @staticmethod
    def _align(cells: list[Cell], header: list[str], tcol: Optional[int], shift: int) -> list[Cell]:
        if not shift:
            return cells
        first = tcol if tcol is not None else min(
            (i for i, h in enumerate(header) if _column_role(h) or _is_deadline_column(h)),
            default=len(header))
        left = cells[:first]
        return left + cells[first + shift:] if first + shift <= len(cells) else cells

    def _task_col(self, node: Node, header: list[str]) -> Optional[int]:
        """The task column of ``node``'s table, worked out once per table (per row it made
        tables quadratic)."""
        key = (id(node.parent), node.table_id, tuple(header))
        if key not in self._tcols:
            siblings = [c for c in (node.parent.children if node.parent else [])
                        if c.kind == "row" and c.table_id == node.table_id]
            self._tcols[key] = _task_column(header, [s.cells or [] for s in siblings])
        return self._tcols[key]

    def _row_cut(self, node: Node, prev: Optional[Node], header: Sequence[str]) -> bool:
        """A piped row on the input's last line with fewer cells than the header, and either
        without the closing ``|`` the row above ends with or stopping before its task column:
        the excerpt was cut inside it."""
        lines = [ln for c in node.cells or [] for ln in c.lines]
        prev_lines = [ln for c in (prev.cells or []) for ln in c.lines] if prev else []
        if lines and header:
            end = lines[-1]          # the row's last cell (a piped row's cells share a line)
            if end.number >= self.last_text_line and unclosed(end.norm):
                # ``▲招商投资促进中心,各部门,各镇乡(`` on the input's last line: a cell that
                # stops inside a bracket was cut by the excerpt's edge (cells one a line too)
                return True
        if not lines or not prev_lines or len(node.cells or []) >= len(header):
            return False
        last = max(ln.number for ln in lines)
        if last < self.last_text_line:
            return False
        tcol = self._task_col(node, header)
        if tcol is not None and len(node.cells or []) <= tcol:
            # ``6 | 县能源局 |`` under ``序号 | 职责部门 | 职责名称 | 职责依据``: the row stops
            # before its task cell, even when a | closes the cell it has
            return True

        def closed(number: int) -> bool:       # the source line (a cell's Line holds its cell)
            line = self.by_number.get(number)
            return line is not None and line.norm.rstrip().endswith(("|", "｜"))
        return closed(max(ln.number for ln in prev_lines)) and not closed(last)

    def _dittos(self, node: Node, cells: list[Cell], header: Sequence[str],
                tcol: Optional[int]) -> list[Cell]:
        """``cells`` with a units' or deadline cell that holds only a ditto mark (``同上``, ``〃``,
        ``"``: a Word table's "the same as above") replaced by the same column's cell of the row
        above, as that row was read (its own dittos replaced), its lines numbered as this row's.
        With no such cell above, the mark stays (the units' reader reports it, never a unit)."""
        prev = self._prev_row(node)
        above = self._row_cells.get(id(prev)) if prev is not None else None
        out = list(cells)
        for i, c in enumerate(cells):
            if (i == tcol or i >= len(header) or above is None or i >= len(above)
                    or not _DITTO_RE.fullmatch(compact(c.flat))
                    or not (_column_role(header[i]) or _is_deadline_column(header[i]))):
                continue
            if above[i].flat and not _DITTO_RE.fullmatch(compact(above[i].flat)):
                out[i] = Cell(above[i].text, [dataclasses.replace(ln, number=c.first_line)
                                              for ln in above[i].lines])
        self._row_cells[id(node)] = out
        return out

    def _prev_row(self, node: Node) -> Optional[Node]:
        if node.parent is None:
            return None
        sib = node.parent.children
        pos = self._positions.get(id(node.parent))
        if pos is None:    # list.index compared nodes field by field: quadratic per table
            pos = self._positions[id(node.parent)] = {id(c): k for k, c in enumerate(sib)}
        k = pos[id(node)]
        for j in range(k - 1, -1, -1):
            if sib[j].kind == "row" and sib[j].table_id == node.table_id:
                return sib[j]
            break
        return None



def _field_label(key: str) -> bool:
    return (key in TASK_LABELS or key in ann.DEADLINE_LABELS or ann.label_role(key) is not None)


def _prepare_lines(lines) -> list[Line]:
    """Undo layouts that put one field on several lines, before the outline is read:

    * ``牵头单位: | 市城管局 |`` (a record page flattened as label | value rows): the ``|`` are
      blanked, leaving ``牵头单位:  市城管局``;
    * a field label alone on a line with its value on the next (``责任单位`` / ``卫健局、文旅局``)
      becomes one line ``责任单位：卫健局、文旅局`` (numbered as the value's line); a run of
      labels (a table header) is left alone;
    * an annotation line hard-wrapped inside a unit name (``协办单位:区委编办、园区党工`` /
      ``委、各街道党工委``) is joined with its continuation.
    """
    src = list(lines)
    src = _unnumber_field_record(src)
    out: list[Line] = []
    k = 0
    nonblank = [i for i, ln in enumerate(src) if not ln.blank]
    pos = {i: n for n, i in enumerate(nonblank)}

    def neighbour(i: int, step: int) -> Optional[Line]:
        n = pos.get(i)
        if n is None or not 0 <= n + step < len(nonblank):
            return None
        return src[nonblank[n + step]]

    unit_column: Optional[str] = None      # a cell-per-line table with no 序号 column
    while k < len(src):
        ln = src[k]
        if ln.is_cell or ln.blank:
            out.append(ln)
            k += 1
            continue
        ln = _bulleted_labels(_bracketed_labels(ln))
        run = _header_run(src, k)
        if run:
            names, k_end = run
            units = [n for n in names if _column_role(n)]
            unit_column = units[0] if len(units) == 1 and not any(
                n in ("序号", "编号") for n in names) else None
            if unit_column and _cell_per_line_rows(src, k)[0]:
                unit_column = None        # a table the outline reads row by row
            out.extend(src[k:k_end])
            k = k_end
            continue
        if (unit_column and not match_marker(ln.norm) and _unit_line(ln.norm)
                and not ann.is_standalone_annotation(ln.norm)):
            # a bare unit cell of the table's only unit column: 市人社局、市财政局
            text = unit_column + "：" + ln.text.strip()
            out.append(Line(ln.file, ln.number, text, normalise(text)))
            k += 1
            continue
        m = re.match(r"^\s*(?:[|｜]\s*)?([\u4e00-\u9fff]{2,8}[：:])\s*[|｜]", ln.norm)
        if m and _field_label(compact(m.group(1))[:-1]):
            text = re.sub(r"[|｜]", " ", ln.text)
            ln = Line(ln.file, ln.number, text, re.sub(r"[|｜]", " ", ln.norm))
        key = compact(ln.norm)
        nxt, prv = neighbour(k, 1), neighbour(k, -1)
        bare = key[:-1] if key[-1:] in "：:" else key     # 责任单位： with its value below
        if (_field_label(bare) and nxt is not None and not nxt.is_cell
                and re.search(r"[\u4e00-\u9fff]", nxt.norm) and "|" not in nxt.norm
                and not _field_label(compact(nxt.norm)) and not match_marker(nxt.norm)
                and not (prv is not None and (_is_header_like(compact(prv.norm))
                                              or compact(prv.norm) in ("|", "｜")))
                and not _is_header_like(compact(nxt.norm))):
            joined = ln.text.strip().rstrip("：:") + "：" + nxt.text.strip()
            out.append(Line(ln.file, nxt.number, joined, normalise(joined)))
            k = src.index(nxt, k + 1) + 1
            continue
        closing = _closing_lines(src, k, neighbour) if nxt is not None and _open_annotation(ln.norm) else None
        if closing:
            # (…。（牵头单位：市发改局；责任单位：市统计局，各 / 乡、镇人民政府，…）: an annotation's bracket
            # hard-wrapped open at the line's end, closed on the next line or the one after)
            joined_text = ln.text.rstrip() + "".join(c.text.strip() for c in closing)
            out.append(Line(ln.file, ln.number, joined_text, normalise(joined_text)))
            k = src.index(closing[-1], k + 1) + 1
            continue
        if nxt is not None and ann.is_standalone_annotation(ln.norm) and not nxt.is_cell:
            joined = _hard_wrap(ln, nxt)
            if joined is not None:
                k = src.index(nxt, k + 1)
                # (a list wrapped over more than two lines: 责任单位：A、B / 、C、D / 、E)
                while (after := neighbour(k, 1)) is not None and not after.is_cell \
                        and (more := _hard_wrap(joined, after)) is not None:
                    joined, k = more, src.index(after, k + 1)
                out.append(joined)
                k += 1
                continue
        out.append(ln)
        k += 1
    return out


_FIELD_RE = re.compile(r"^\s*([\u4e00-\u9fff]{2,8})[：:]")


def _numbered_field(ln: Line) -> Optional[str]:
    """The label of a numbered field line (``四、实施机关：…``), else None."""
    mm = None if ln.is_cell or ln.blank else match_marker(ln.norm)
    if not mm:
        return None
    m = _FIELD_RE.match(ln.norm[mm[2]:])
    return m.group(1) if m else None


def _unnumber_field_record(src: list[Line]) -> list[Line]:
    """A record written as numbered field lines (a service guide, 办事指南: ``一、事项名称：…`` /
    ``二、事项类别：…`` / ``四、实施机关：…`` / ``五、共同实施部门：…``) numbers its fields, not
    its tasks: the one task is the matter its name field gives, and the unit fields belong to
    it. When such lines hold a task field and a unit field, their numbers are blanked (the
    line keeps its length), so the outline reads a labelled task with its fields below."""
    labels = [_numbered_field(ln) for ln in src]
    named = [lb for lb in labels if lb]
    if (len(named) < 3 or not any(lb in TASK_LABELS for lb in named)
            or not any(ann.label_role(lb) for lb in named)):
        return src
    out = []
    for ln, lb in zip(src, labels):
        if lb:
            n_norm = match_marker(ln.norm)[2]
            mt = match_marker(ln.text)
            n_text = mt[2] if mt else 0
            ln = Line(ln.file, ln.number, " " * n_text + ln.text[n_text:],
                      " " * n_norm + ln.norm[n_norm:])
        out.append(ln)
    return out


_BRACKET_LABEL_RE = re.compile(r"（([\u4e00-\u9fff]{2,8})）")


def _annotation_field(label: str) -> bool:
    """A label that opens one of a task's annotation fields: units (of any role), a deadline or a
    person (:func:`_field_label` is the line fields', task labels among them, no person)."""
    return label in ann.DEADLINE_LABELS or bool(ann.label_role(label)) or ann.is_person_label(label)


def _bracketed_labels(ln: Line) -> Line:
    """``【责任单位】市发改委`` (a label in square brackets, folded to ``（责任单位）``) is written
    ``责任单位： 市发改委``; the line keeps its length, so offsets still line up."""
    if "（" not in ln.norm:
        return ln
    text, norm = list(ln.text), list(ln.norm)
    changed = False
    for m in _BRACKET_LABEL_RE.finditer(ln.norm):
        label = m.group(1)
        after = ln.norm[m.end():m.end() + 1]
        if not _annotation_field(label):
            continue
        if not after or after in "。；;，,）" or ln.text[m.start()] not in "【[［〖":
            continue                      # （牵头）, （承办单位）…: a mark or a caption
        repl = label + "：" + " "
        text[m.start():m.end()] = list(repl)
        norm[m.start():m.end()] = list(repl)
        changed = True
    if not changed:
        return ln
    return Line(ln.file, ln.number, "".join(text), "".join(norm))


# a bullet glyph inside a line before a field's label (…。◆牵头单位：县民政局 ◆配合单位：…): a separator
_BULLET_LABEL_RE = re.compile(r"[◆◇●○■□▲△▶►•](?=\s*([\u4e00-\u9fff]{2,8})[：:])")


def _bulleted_labels(ln: Line) -> Line:
    """``…。◆牵头单位：县民政局 ◆配合单位：县财政局`` (each field after a bullet glyph, a form's layout):
    each glyph before a unit, deadline or person label inside the line is written ``；``, as
    the fields' separator; the line keeps its length. A glyph opening the line is its marker."""
    text, norm = list(ln.text), list(ln.norm)
    changed = False
    for m in _BULLET_LABEL_RE.finditer(ln.norm):
        label = m.group(1)
        if m.start() == len(ln.norm) - len(ln.norm.lstrip()) or not _annotation_field(label):
            continue
        text[m.start()] = norm[m.start()] = "；"
        changed = True
    if not changed:
        return ln
    return Line(ln.file, ln.number, "".join(text), "".join(norm))


def _header_run(src: list, k: int) -> Optional[tuple[list[str], int]]:
    """Column names one per line from ``src[k]`` (blank lines between allowed), or run together
    on a line (:func:`kg.extract.outline.run_header_cuts`): at least three, one of them a unit
    column. Returns (names, index after the run)."""
    names: list[str] = []
    i = len(src)
    for j, ln in nonblank_from(src, k):
        key = compact(ln.norm)
        cuts = None if ln.is_cell else run_header_cuts(key)
        if cuts:
            # names a page ran together on one line (实事内容工作任务责任单位进展情况)
            names.extend(key[a:b] for a, b in zip([0] + cuts, cuts + [len(key)]))
            continue
        if ln.is_cell or not _is_header_word(key) or (unitnames.is_unit_name(key)
                                                      and not _column_role(key)):
            # 责任部门, 责任科室 are formed like a unit's name (…部门, …科室) and name a column
            i = j
            break
        names.append(key)
    if len(names) >= 3 and any(_column_role(n) for n in names):
        return names, i
    return None


def _unit_line(norm: str) -> bool:
    t = compact(norm).rstrip("。；;，,")
    items = ann.unit_items(t)
    return bool(items) and len(t) <= 80 and all(ann._unit_item(n, lk) for n, lk in items)


def _is_header_like(key: str) -> bool:
    if unitnames.is_unit_name(key):
        return False
    return _is_header_word(key) or key in ("序号", "编号")


def _closing_lines(src: list[Line], k: int, neighbour) -> Optional[list[Line]]:
    """The lines after ``src[k]`` (an annotation's bracket left open, :func:`_open_annotation`)
    up to the one that closes it: two at most, none a cell, a list item or an annotation of its
    own; None when they do not close it."""
    got: list[Line] = []
    at = k
    while len(got) < 2:
        nxt = neighbour(at, 1)
        if nxt is None or nxt.is_cell or match_marker(nxt.norm) or ann.is_standalone_annotation(nxt.norm):
            return None
        got.append(nxt)
        if "）" in nxt.norm:
            return got
        at = src.index(nxt, at + 1)
    return None


def _open_annotation(norm: str) -> bool:
    """Whether ``norm`` ends inside an annotation's bracket it opened (``…。（牵头单位：X；责任单位：
    Y，各``): the last ``（`` left open holds a unit label."""
    if norm.count("（") <= norm.count("）"):
        return False
    at = ann._open_scanning_back(norm, -1)
    if at is None:
        return False
    inside = norm[at + 1:].rstrip("，,、；; ")
    return len(inside) >= 4 and ann.is_standalone_annotation("（" + inside + "）")


# a body's word alone, the rest of a name a wrap cut after its place or zone (滁州经开区 / 管委会)
_BARE_BODY_RE = re.compile(r"(?:管委会|管理委员会|党工委|工委|人民政府|政府|办事处|委员会|局|委|办|会)")


def _hard_wrap(ln: Line, nxt: Line) -> Optional[Line]:
    """Join an annotation line cut inside a unit name with the line that completes it."""
    t = ln.norm.rstrip()
    if not t or t[-1] in "。；;，,、）)" or match_marker(nxt.norm):
        return None
    if nxt.norm.lstrip().startswith("、") and _unit_line(nxt.norm.lstrip()[1:]) \
            and not ann.is_standalone_annotation(nxt.norm):
        # (the list goes on after a wrap at its separator: 责任单位：A、B / 、C、D)
        joined_text = ln.text.rstrip() + nxt.text.strip()
        return Line(ln.file, ln.number, joined_text, normalise(joined_text))
    tail = re.split(r"[、，,；;：:]", t)[-1]
    head = re.split(r"[、，,；;。]", nxt.norm.strip())[0]
    head = re.sub(r"等(?:有关|相关)?(?:部门|单位)?$", "", head)     # (中新苏滁 / 高新区管委会等，…)
    if not tail or not head or ann.is_standalone_annotation(nxt.norm):
        return None
    if ann.looks_like_unit(tail) and not _BARE_BODY_RE.fullmatch(compact(head)):
        return None     # (滁州经开区 / 管委会、…: a zone's name, its body on the next line, is joined)
    if not unitnames.is_unit_name(compact(tail + head)):
        return None
    joined_text = ln.text.rstrip() + nxt.text.strip()
    return Line(ln.file, ln.number, joined_text, normalise(joined_text))


_BOLD_FIELD_RE = re.compile(r"\*\*([\u4e00-\u9fff]{2,8})\*\*(?:[：:]|(?=\s))")


def _bold_fields(ln: Line) -> Line:
    """A field name set in markdown bold (``2. **实施机构**   县退役军人事务局牵头…``, a guide
    kept as markdown) is a field label: it is written ``实施机构：`` followed by spaces, so the
    line keeps its length and the label reads as one."""
    if "**" not in ln.norm:
        return ln

    def sub(m: re.Match) -> str:
        return (m.group(1) + "：").ljust(len(m.group(0)))
    return Line(ln.file, ln.number, _BOLD_FIELD_RE.sub(sub, ln.text), _BOLD_FIELD_RE.sub(sub, ln.norm))


_GAP_RE = re.compile(r"(?<=\S)[ \t]+(?=\S)")
_GAP_LABEL_RE = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]")
_SENTENCE_END = "。；;！？"
_SENTENCE_MARK_RE = re.compile("[" + re.escape("（(〔[【）)〕]】" + _SENTENCE_END) + "]")


def _sentence_ends(text: str) -> set[int]:
    """Each sentence end (``。``) outside brackets directly followed by more text: where a copy
    that dropped the line breaks without leaving a space had them (``…资助。责任单位：…。2.对…``)."""
    ends, depth = set(), 0
    for m in _SENTENCE_MARK_RE.finditer(text):      # only brackets and sentence ends count
        i, ch = m.start(), m.group()
        if ch in "（(〔[【":
            depth += 1
        elif ch in "）)〕]】":
            depth = max(0, depth - 1)
        elif ch in _SENTENCE_END and depth == 0 and i + 1 < len(text) and not text[i + 1].isspace():
            ends.add(i + 1)
    return ends


# a document site's preview cut into pages, each page's text numbered 1、 2、 … wherever the page
# broke, mid-sentence (…为农户、小微企业及个体工商 / 2、户提供融资担保…): the number is the site's,
# not the document's
_FRAGMENT_NUMBER_RE = re.compile(r"^\s*(\d{1,3})、(?=\S)")
_FRAGMENT_MIN = 150          # a page's fragment: a long line (a list item this long ends its sentence)
_SENTENCE_CLOSERS = "。；;！？!?：:）)」”’》】…"


def _unnumber_page_fragments(lines) -> list[Line]:
    """Drop a document site's page numbers (see :data:`_FRAGMENT_NUMBER_RE`): a run of two lines
    or more numbered 1、 2、 … in order, every line but the last long and ending with no sentence's
    end (the next page goes on with the sentence). The lines keep their numbers and text, less the
    site's number, so the outline reads each page as running on from the one before."""
    src = list(lines)
    nonblank = [i for i, ln in enumerate(src) if not ln.blank]
    out = list(src)
    n = 0
    while n < len(nonblank):
        run = [nonblank[n]]
        m = _FRAGMENT_NUMBER_RE.match(src[run[0]].norm)
        if not m or m.group(1) != "1":
            n += 1
            continue
        while n + len(run) < len(nonblank):
            last = src[run[-1]].norm.rstrip()
            nxt = _FRAGMENT_NUMBER_RE.match(src[nonblank[n + len(run)]].norm)
            if (len(last) < _FRAGMENT_MIN or last[-1] in _SENTENCE_CLOSERS or not nxt
                    or int(nxt.group(1)) != len(run) + 1):
                break
            run.append(nonblank[n + len(run)])
        if len(run) >= 2:
            for i in run:
                ln = src[i]
                cut = _FRAGMENT_NUMBER_RE.match(ln.norm).end()
                out[i] = Line(ln.file, ln.number, ln.text[cut:], ln.norm[cut:])
        n += len(run)
    return out


def _split_collapsed(ln: Line) -> list[Line]:
    """A body whose line breaks were turned into spaces or dropped (a page that put a whole
    document on one line: ``…重点工作 1.全县生产总值增长7.5%左右。 责任单位：县发改局、县财政局
    2.落实…``, ``…资助。责任单位：市委组织部、市科技局。2.对…``) is cut at each space that is
    followed by a list marker or a field label, which is where its lines were. Chinese text has
    no spaces between words, so such a space is a lost break; the cut is made only when at least
    two field labels (责任单位：…, 牵头单位：…), or a person field followed by a unit field
    (分管领导：… 部门分工：…), or three list markers follow spaces, the signature of a task list
    run together. A sentence end directly followed by a field label counts as such a break
    too, and when labels cut the line, so do the list markers right after a sentence end (a
    paragraph of 一是…。二是… with no label is left whole) and the spaces after a sentence end
    (``…配合。 打造…``: the next paragraph). A row of a table
    flattened with ``|`` between its cells is no run-together body: its cells may hold their
    own numbered points (``| 1 | 政策文件 | 1、中央…文件 2、我镇…文件 | … |``)."""
    if ln.is_cell or len(ln.norm) < 120 or len(re.findall(r"[|｜]", ln.norm)) >= 3:
        return [ln]
    fields = _field_starts(ln.norm)
    if fields:
        return _cut_line(ln, fields)
    gaps = {m.end() for m in _GAP_RE.finditer(ln.norm)}
    ends = _sentence_ends(ln.norm)
    cuts, end_markers, end_gaps, labels, persons, markers = [], [], [], 0, 0, 0
    person_at = None
    for end in sorted(gaps | ends):
        rest = ln.norm[end:]
        lm = _GAP_LABEL_RE.match(rest)
        pending, person_at = person_at, None
        if lm and _BYLINE_SOURCE_RE.match(lm.group(0)) and BYLINE_RE.search(ln.norm[max(0, end - 40):end]):
            continue        # 时间：… 浏览次数： 信息来源：X : a page's byline, kept whole (no task's field)
        if lm and _field_label(lm.group(1)):
            labels += 1
            if pending is not None and ann.label_role(lm.group(1)):
                # 分管领导：… 部门分工：…: a person field right before a unit field is a line
                # of the task's record (项目责任人：… 实际完成情况：… stays on its line)
                persons += 1
                cuts.append(pending)
            cuts.append(end)
        elif lm and end in gaps and ann.is_person_label(lm.group(1)):
            person_at = end
        elif lm and end in gaps and match_marker(rest[lm.end():].lstrip()):
            cuts.append(end)    # …负责） 具体措施： 1.… : a sub-heading over the list after it
        elif match_marker(rest):
            if end in gaps:
                markers += 1
                cuts.append(end)
            else:
                end_markers.append(end)
        elif end in gaps and ln.norm[:end].rstrip()[-1:] in "。！？":
            end_gaps.append(end)
    if labels and labels + persons >= 2:
        # a record's fields run together (``…融合发展。 分管领导：… 部门分工：X牵头，…配合。
        # 打造…``): the person field is one of its lines, and so is a sentence after a space
        # (a paragraph the copy put on the line of the field before it)
        return _cut_line(ln, sorted(set(cuts + end_markers + end_gaps)))
    if markers < 3:
        return [ln]
    return _cut_line(ln, cuts)


def _cut_line(ln: Line, cuts: list[int]) -> list[Line]:
    out, prev = [], 0
    for c in cuts + [len(ln.norm)]:
        if c > prev and ln.norm[prev:c].strip():
            out.append(Line(ln.file, ln.number, ln.text[prev:c].rstrip(), ln.norm[prev:c].rstrip()))
        prev = c
    return out


_FIELD_START_RE = re.compile(r"(?<![\d.．])(\d{1,2})[.．、]\s*([\u4e00-\u9fff]{2,8})：")


def _field_starts(text: str) -> list[int]:
    """Where the numbered fields of a record run together on one line begin (``1. 涉及事项：
    1. 退役报到 2. … 2. 实施机构： 县退役军人事务局牵头… 3. 适用范围：…``, a guide whose field
    names were set in bold): at least three numbered ``label：`` fields, one naming the task and
    one a unit field. Only those numbers cut the line, so a field's own list stays whole."""
    found = [(m.start(), m.group(2)) for m in _FIELD_START_RE.finditer(text)]
    labels = [lb for _, lb in found]
    if (len(found) < 3 or not any(lb in TASK_LABELS for lb in labels)
            or not any(ann.label_role(lb) for lb in labels)):
        return []
    return [pos for pos, _ in found if pos > 0]


_RUN_ON_RE = re.compile(r"(?<=\S)\s+(?=(\d{1,3})[.．、](?=[\u4e00-\u9fff“《]))")


def _split_run_on(ln: Line) -> list[Line]:
    """A paragraph holding numbered items one after another (``…。 1.A。 … 2.B。 …``, a reprint
    that lost its line breaks) is cut before each number of the 1, 2, 3 … sequence. A row of a
    table flattened with ``|`` between its cells is no such paragraph: a cell may hold its own
    numbered steps (``| 2 | 新建成… | 1.成长驿站：3月底前… 2.托位：… | 卫生健康局 | … |``)."""
    if ln.is_cell or len(ln.norm) < 80 or TASK_LABEL_RE.match(ln.norm.strip()):
        return [ln]          # a labelled task's own list (涉及事项：1. … 2. …) is its value
    if len(re.findall(r"[|｜]", ln.norm)) >= 3:
        return [ln]
    cuts, want = [], None
    for m in _RUN_ON_RE.finditer(ln.norm):
        n = int(m.group(1))
        if want is None and ln.norm[m.start() - 1] not in "。；;！？":
            continue              # the first item starts after a sentence
        if want is None or n == want:
            cuts.append(m.end())
            want = n + 1
    if len(cuts) < 2:
        return [ln]
    out, prev = [], 0
    for c in cuts + [len(ln.norm)]:
        if c > prev and ln.norm[prev:c].strip():
            out.append(Line(ln.file, ln.number, ln.text[prev:c], ln.norm[prev:c]))
        prev = c
    return out


# the first heading and the first item of an outline run into the text before them, a reprint that
# lost its line breaks: …整改措施清单一、认识不深（一）部分领导干部… (both markers, a short heading
# between them: 统一、规范 in running text has no （一） after it)
_GLUED_OUTLINE_RE = re.compile(r"(?<=[\u4e00-\u9fff）。])(一[、．.])[\u4e00-\u9fff]{2,16}?(（一）)(?=[\u4e00-\u9fff])")


def _split_glued_outline(ln: Line) -> list[Line]:
    """Cut a long line before an outline's first heading and first item run into it (see
    :data:`_GLUED_OUTLINE_RE`), and before each later heading (``。二、``) or item (``。（二）``) of
    the same sequences written after a sentence's end. The pieces keep the line's number."""
    if ln.is_cell or len(ln.norm) < 80:
        return [ln]
    m = _GLUED_OUTLINE_RE.search(ln.norm)
    if not m:
        return [ln]
    cuts = [m.start(1), m.start(2)]
    for fmt in ("。{}、", "。（{}）", "）（{}）"):     # （二） after an annotation's bracket too
        at = m.end(2)
        for n in CN_DIGITS[1:]:
            k = ln.norm.find(fmt.format(n), at)
            if k < 0:
                break
            cuts.append(k + 1)
            at = k + 1
    return _cut_line(ln, sorted(set(cuts)))


# a document site's preview that lost the line breaks after its sections' headings (…本方案。一、指导思想
# 坚持…。二、目标任务 宣传…): a heading numbered 一、二、… after a sentence's end, its short words, then
# the space where its line ended
_SPACED_SECTION_RE = re.compile("(?<=[。！？])([" + CN_DIGITS[1:] + "]{1,2})、([\u4e00-\u9fff]{2,8})[ \u3000]+(?=\\S)")
# an item headed by its doers and a colon run on after the sentence before it (…共同做好…工作。派出所：配合…)
_GLUED_DOER_RE = re.compile(r"(?<=[。；;])(?=[^，,；;。：:（）《》“”\s]{2,30}[：:])")


#: a notice's attachment line (附件：责任分工表, 附件1：…), which may follow its last item
_ATTACHMENT_NOTE_RE = re.compile(r"^附件\d*[：:]")


def _heading_unit_list(name: str) -> Optional[list[str]]:
    """The units of a heading that lists several (``市人社局、市财政局``), each formed like a unit's
    name; None for one name or anything else (``教育、卫生``: fields)."""
    if "、" not in name:
        return None
    items = ann.unit_items(name)
    if len(items) >= 2 and all(unitnames.is_unit_name(n) for n, _ in items):
        return [n for n, _ in items]
    return None


def _split_spaced_sections(ln: Line) -> list[Line]:
    """Cut a long line where a preview lost its breaks (see :data:`_SPACED_SECTION_RE`): before each
    heading and after its words, when two headings or more of one sequence (二、 after 一、) follow
    sentence ends; and, on such a line, before an item headed by its doers and a colon run on after
    a sentence's end (``派出所：配合有关部门开展…``: every name before the colon a unit, work after it).
    The pieces keep the line's number."""
    if ln.is_cell or len(ln.norm) < 120 or "|" in ln.norm:
        return [ln]
    found = list(_SPACED_SECTION_RE.finditer(ln.norm))
    if len(found) < 2 or any(to_int(b.group(1)) != to_int(a.group(1)) + 1 for a, b in zip(found, found[1:])):
        return [ln]
    cuts = [c for m in found for c in (m.start(1), m.end())]
    for m in _GLUED_DOER_RE.finditer(ln.norm):
        lm = LABEL_DOER_RE.match(ln.norm[m.start():])
        if lm is None:
            continue
        label = compact(lm.group("x"))
        if (ann.label_role(label) is not None or ann.is_person_label(label)
                or LABEL_DOER_NOT_WORK_RE.search(lm.group("body")) or not _all_units(lm.group("x"))):
            continue
        cuts.append(m.start())
    return _cut_line(ln, sorted(set(cuts)))


# a one-line preview's list whose items close with labelled fields glued on (…工作（一）A…。牵头领导：
# 张三副局长责任部门：建工科、安全站（二）B…配合领导：李四副局长配合部门：区园林局（三）…): the bracketed
# markers, and the run of fields closing an item (a leader's field, then unit fields, to the marker)
_BRACKET_ITEM_RE = re.compile("（([" + CN_DIGITS + "]{1,2})）")
_FIELD_RUN_RE = re.compile(r"(?:(?:牵头|责任|配合|协办|主办|分管|主管)?(?:领导|责任人|负责人)[：:][^\s：:（）。；;]{1,12}?)?"
                           r"(?:" + _UNIT_LABELS + r")[：:][^：:。；;（）]+$")


def _field_run_before(text: str, at: int, known: Callable[[str], bool]) -> Optional[int]:
    """Where the run of labelled fields ending at ``at`` starts, when it names units and nothing
    else (:data:`_FIELD_RUN_RE`), else None."""
    m = _FIELD_RUN_RE.search(text, 0, at)
    if not m or m.end() != at:
        return None
    got = ann.parse_annotation(text[m.start():at], known)
    return m.start() if got.units and not got.leftover else None


def _split_field_closed_items(ln: Line) -> list[Line]:
    """Cut a long line before each bracketed item of a list run into it (（一）…（二）…) when every
    item after the first closes the one before with a run of labelled fields naming units (a
    document site's preview of a plan, one line for the whole text), and before each such run, so
    that the outline sees items with their annotation lines. The pieces keep the line's number."""
    if ln.is_cell or len(ln.norm) < 80:
        return [ln]
    text = ln.norm
    seqs: list[list[int]] = []
    for m in _BRACKET_ITEM_RE.finditer(text):
        n = to_int(m.group(1))
        if n == 1:
            seqs.append([m.start()])
        elif seqs and n == len(seqs[-1]) + 1:
            seqs[-1].append(m.start())
    cuts: list[int] = []
    for seq in seqs:
        if len(seq) < 2:
            continue
        runs = [_field_run_before(text, at, lambda _n: False) for at in seq[1:]]
        if all(r is not None for r in runs):
            cuts.extend(seq)
            cuts.extend(r for r in runs if r is not None)
            if seq is seqs[-1]:
                # (the last item's own fields, where the line ends)
                last = _field_run_before(text, len(text.rstrip("。；; ")), lambda _n: False)
                if last is not None and last > seq[-1]:
                    cuts.append(last)
    if not cuts:
        return [ln]
    return _cut_line(ln, sorted(set(c for c in cuts if c > 0)))


# a table flattened with no separators at all (a newspaper's 分工清单): each row's number glued to
# the role verb closing the unit cell of the row before (…省卫生健康委配合;各州(市)党委和政府落实22
# 根据…), a number of one to three digits and then the next task's words, no count (3个, 10项)
GLUED_ROW_RE = re.compile(r"(?:牵头|负责|落实|配合|参与|协助|协办)(?=\d{1,3}(?![\d.．、，,%％])"
                          r"[\u4e00-\u9fff](?<![个项件条家所名人万亿元次年月日天批户座处]))")


def _glued_row_cuts(text: str) -> list[int]:
    """Where a run-together table's rows part: before each row number glued to the role verb
    closing the row before, and before each unit cell, the sentence after the task's last 。
    that is wholly units and role verbs (``A、B牵头;C配合;D落实``). Only where two rows or more
    part so (one 负责 before a number is a sentence, not a table)."""
    ends = []
    for m in GLUED_ROW_RE.finditer(text):
        start = text.rfind("。", 0, m.end()) + 1
        if start > 0 and ann.classify(text[start:m.end()]) == "verb":
            ends.append((start, m.end()))
    if len(ends) < 2:
        return []
    cuts = [c for pair in ends for c in pair]
    tail = text.rstrip("。；; ")
    start = tail.rfind("。") + 1
    if start > ends[-1][1] and ann.classify(tail[start:]) == "verb":
        cuts.append(start)      # the last row's unit cell, at the line's end
    return cuts


def _sentence_bounds(text: str, a: int, b: int) -> tuple[int, int]:
    """Where the sentence holding ``text[a:b]`` starts (after the last 。！？ before ``a``) and
    ends (after the first 。！？ from ``b``, else the text's end)."""
    start = max(text.rfind(ch, 0, a) for ch in "。！？") + 1
    ends = [k for k in (text.find(ch, b) for ch in "。！？") if k >= 0]
    return start, min(ends) + 1 if ends else len(text)


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` that ``at`` is in, from after the last 。！？ before it."""
    start = max(text.rfind(p, 0, at) for p in "。！？") + 1
    return text[start:]


def _unbracketed_cuts(ln: Line) -> list[int]:
    """Where a paragraph with no list marker holds tasks that annotations without brackets single
    out: before each matter quoted after who does it (:data:`AGENT_QUOTE_RE`, a 督查通报's
    ``如X负责的“…”…；Y负责的“…”…``), and around the sentence holding a clause pair
    (:data:`CLAUSE_PAIR_RE`, a meeting's ``…，X负责，Y配合，…。``) or, when there is none, a charge
    (:data:`CHARGE_RE`, ``…。责成X根据…修改完善后…。``), and before a meeting's requirement of named
    bodies (:data:`MEETING_REQUIREMENT_RE`). Only where every name is a unit."""
    text = ln.norm
    if ln.is_cell or "|" in text or len(text) < 20 or match_marker(text.strip()):
        return []
    cuts = [m.start(1) for m in AGENT_QUOTE_RE.finditer(text) if _all_units(m.group(1))]
    numbered = [m for m in AGENT_NUMBER_RE.finditer(text) if _all_units(m.group(2))]
    if numbered:
        # (由X负责的第1件、Y负责的第4件…进展滞后，请以上责任单位…。: a piece for each, from its 由;
        # the sentence naming them ends the last piece, what the paragraph says after it is not X's)
        cuts += [m.start(1) if m.group(1) else m.start(2) for m in numbered]
        cuts.append(_sentence_bounds(text, numbered[-1].start(2), numbered[-1].end())[1])
    cuts += _glued_row_cuts(text)
    am = CLOSING_AGENT_RE.search(text)
    # (not in an article of rules, …。第二章 确认第六条 见义勇为的确认，由…负责: its sentence is one
    # clause of the prose reader's, the matter before the 由 no task of its own)
    if am and am.start(1) > 0 and _all_units(am.group(2)) \
            and not ann.ARTICLE_OPEN_RE.match(compact(_sentence_at(text, am.start(1)))):
        cuts.append(am.start(1))      # …进行集中宣传。由县委宣传部具体负责。 / …，具体由县文体局负责。
    m = _clause_pair(text)
    start, end = _sentence_bounds(text, m.start(1), m.end()) if m else (0, 0)
    if m and not OPENING_CLAUSE_RE.match(text[start:].strip()):
        # (由张三副市长负责，X牵头，Y配合，… opens an item's paragraph: read there, not cut)
        cuts += [start, end]
    got = None if m else _charge(text)
    if got is not None:
        # (a meeting's charge, 责成X…: its sentence is the task, with the sentence before it when
        # that one approves what X is charged with: 会议原则通过《…》。责成X修改完善后印发。)
        start, end = _sentence_bounds(text, got[0].start(), got[0].end())
        before = _sentence_bounds(text, max(start - 1, 0), start)[0]
        if start and APPROVAL_RE.search(text[before:start]) and (before or end < len(text.rstrip())):
            # (not when the two make the whole line: a line uncut is no task of its own)
            start = before
        cuts += [start, end]
    for mr in MEETING_REQUIREMENT_RE.finditer(text):
        # (a meeting's requirement of named bodies, 会议要求，X要…: the task from there on)
        if not _DEMONSTRATIVE_RE.match(mr.group("x")) and _all_units(mr.group("x")):
            cuts.append(mr.start() + len(mr.group(0)) - len(mr.group(0).lstrip()))
    return sorted(c for c in set(cuts) if 0 < c < len(text.rstrip()))


# an inline list of a paragraph, each item opening with its ordinal and 是 (…提出要求。一是高度重视，…。
# 二是明确任务，…): the ordinals after a clause break; the first may follow the list's subject
# written right before it (省住房城乡建设厅一是将加快…。二是…)
_INLINE_ORDINAL_RE = re.compile("([" + CN_DIGITS + "]{1,2})是(?=" + HAN + ")")
_ORDINAL_BREAK = "。；;：:，,！？"
# a clause of an item opening with its doers and what they do (政法部门牵头组织，公安分局制定安保方案，
# 中小学校负主体责任，…; 各有关单位要迅速传达…): the names, then a role or duty verb or a modal
DOER_CLAUSE_RE = re.compile(r"^(?P<x>[^，,；;。：:由（）《》“”\s]{2,30}?)"
                            r"(?P<v>牵头|负责(?!人|同志|的)|负[^，,；;。]{0,4}责任|主管|承担|制定|落实|组织|"
                            r"配合|协助|做好|开展|督促|指导|要|应当|应|须|必须)")
_MODALS = ("要", "应当", "应", "须", "必须")
_DEMONSTRATIVE_RE = re.compile(r"^(?:该|本|其|此|各该)")


def _doer_clause(clause: str) -> Optional[tuple[list[tuple[str, Optional[str]]], str]]:
    """The (names, verb) of a clause opening with units and what they do (:data:`DOER_CLAUSE_RE`);
    None when a name is no unit, or a pronoun (该厅, 本单位: who it stands for is read elsewhere)."""
    m = DOER_CLAUSE_RE.match(clause.strip())
    if not m or _DEMONSTRATIVE_RE.match(m.group("x")):
        return None
    items = _all_units(m.group("x"))
    return (items, m.group("v")) if items else None


def inline_list(text: str) -> Optional[tuple[list[int], Optional[tuple[int, int]]]]:
    """An inline list of ``text`` (:data:`_INLINE_ORDINAL_RE`): the offsets of its ordinals (一是,
    二是, … in order, two at least, each after a clause break but the first, which may follow
    the list's subject), and the span of that subject when the clause before 一是 names units and
    nothing else (省住房城乡建设厅一是将…: the doer of every item)."""
    marks: list[int] = []
    subject: Optional[tuple[int, int]] = None
    for m in _INLINE_ORDINAL_RE.finditer(text):
        if to_int(m.group(1)) != len(marks) + 1:
            continue
        before = text[:m.start()].rstrip()
        if before and before[-1] not in _ORDINAL_BREAK:
            if marks:
                continue
            start = max(before.rfind(ch) for ch in _ORDINAL_BREAK) + 1
            clause = before[start:].strip()
            if not clause or _DEMONSTRATIVE_RE.match(clause) or not _all_units(clause):
                continue
            subject = (m.start() - len(clause), m.start())
        elif not marks:
            subject = None
        marks.append(m.start())
    return (marks, subject) if len(marks) >= 2 else None


def _item_doers(text: str) -> Optional[ann.Parsed]:
    """Who does an item of an inline list that names its own doers after its topic (``明确任务，
    政法部门牵头组织，公安分局制定安保方案，…，各有关单位落实责任分工。``: two clauses or more,
    each opening with units and a verb; 牵头 leads, 配合/协助 supports, the rest responsible; or
    ``高度重视，各有关单位要迅速传达…``: the one clause after the topic, its units and a modal)."""
    sentence = re.split("[。！？]", text, maxsplit=1)[0]
    clauses = re.split("[，,；;]", sentence)
    if len(clauses) < 2 or len(compact(clauses[0])) > 12 or _doer_clause(clauses[0]) is not None:
        return None
    doers = [d for d in (_doer_clause(c) for c in clauses[1:]) if d is not None]
    first = _doer_clause(clauses[1])
    if len(doers) < 2 and not (first is not None and first[1] in _MODALS):
        return None
    parsed = ann.Parsed()
    for items, verb in doers:
        role = ann.GENERIC_ROLES.get(verb, "responsible")
        parsed.units.extend(ann.UnitRef(n, role, None, lk) for n, lk in items)
    return parsed


# a sentence of a news item or a report whose subject is a pronoun for the body just named, and
# whose verb says what it will do (记者从X获悉，2012年，该厅将继续…; 该局下一步将…): the body's
# task. 已 (该厅已下发通知) is done, no task
ANAPHOR_RE = re.compile(r"(?:^|(?<=[。；;，,！？]))\s*该(?P<s>厅|局|委|办|部|院|中心|办公室|委员会|署|处|站|所)"
                        r"(?=(?:还|也|亦|同时|今年|明年|下一步|近期|年内)?(?:将|拟|计划|准备|要))")
# the words before a body's name in the clause naming it (记者从X获悉, 据X介绍, 在X召开的…)
_BEFORE_NAME_RE = re.compile(r"^[^从向到据经在对与同跟]{0,12}?(?:从|向|到|据|经|在|对|与|同|跟)")


def _anaphor(text: str) -> Optional[tuple[int, str]]:
    """A clause of ``text`` opening with a pronoun for a body (:data:`ANAPHOR_RE`, 该厅将…) and the
    name it stands for: the last unit named before it in the text whose name ends with the
    pronoun's noun (海南省住房和城乡建设厅 for 该厅), the words before the name in its clause
    (记者从) dropped. Returns (where the clause starts, the name as ``text`` writes it)."""
    m = ANAPHOR_RE.search(text)
    if not m:
        return None
    noun = m.group("s")
    before = text[:m.start("s") - 1]
    end = before.rfind(noun)
    while end >= 0:
        stop = end + len(noun)
        start = max(before.rfind(ch, 0, end) for ch in _ORDINAL_BREAK + "、") + 1
        clause = before[start:stop].strip()
        b = _BEFORE_NAME_RE.match(clause)
        name = clause[b.end():] if b else clause
        items = _all_units(name)
        if items and len(items) == 1 and not _DEMONSTRATIVE_RE.match(name):
            return m.start("s") - 1, name
        end = before.rfind(noun, 0, end)
    return None


def _inline_list_cuts(ln: Line) -> list[int]:
    """Where a plain paragraph holding an inline list (:func:`inline_list`) is cut, before each
    ordinal, so each item is a task of its own: only when the list's subject is written before it
    or an item names its own doers (:func:`_item_doers`), and the paragraph holds no annotation
    (its brackets or labels are read as they stand)."""
    text = ln.norm
    if ln.is_cell or "|" in text or len(text) < 20 or match_marker(text.strip()):
        return []
    if ann.annotation_cuts(text):
        return []
    found = inline_list(text)
    if found is None:
        pronoun = _anaphor(text)
        return [pronoun[0]] if pronoun is not None else []
    marks, subject = found
    ends = marks[1:] + [len(text)]
    if subject is None and not any(_item_doers(text[_INLINE_ORDINAL_RE.match(text, a).end():b])
                                   for a, b in zip(marks, ends)):
        return []
    return marks


# a run of sentences each naming one body and then, after a comma, its duty (a plan's 职责分工 run on
# in one paragraph, a law database's page opening mid-list: 〔接上页〕交通部门，负责通村公路…。教育部门，
# 负责…。…旅游部门，指导发展旅游产业…): each sentence is a task of its own, the body responsible
# (the page's note before the run, its square brackets folded to 〔〕 by the normal form)
_PAGE_NOTE = r"(?:〔[^〔〕]{1,6}〕)"
DUTY_RUN_RE = re.compile(r"(?:^\s*" + _PAGE_NOTE + r"?|(?<=[。；;]))\s*(?P<x>[^，,；;。：:（）《》“”\s、]{2,16})[，,]\s*"
                         r"(?=(?:主要|具体)?(?:负责(?!人(?!口)|同志)|指导|承担))")
# an outline marker after a sentence's end inside such a run (…规划。（七）严格目标考核。…)
_RUN_MARKER_RE = re.compile(r"(?<=[。；;])\s*(?=（[一二三四五六七八九十]{1,3}）)")


def _duty_run(text: str) -> list[re.Match]:
    """The sentences of ``text`` that open with one body's name, a comma and its duty
    (:data:`DUTY_RUN_RE`), when there are two or more: a run of duties, one body each."""
    found = [m for m in DUTY_RUN_RE.finditer(text)
             if (got := _all_units(m.group("x"))) and len(got) == 1
             and unitnames.unit_kind(compact(got[0][0])) not in (None, "collective")]
    return found if len(found) >= 2 else []


def _duty_run_cuts(ln: Line) -> list[int]:
    """Where a plain paragraph holding a run of duties (:func:`_duty_run`) is cut: before each
    sentence of the run and before an outline marker after it, so each is a task of its own.
    A page's closing table rule (`` |``) is furniture; a paragraph with an annotation is left
    as it stands."""
    text = ln.norm
    if ln.is_cell or "|" in text.rstrip(" |") or match_marker(text.strip()) or ann.annotation_cuts(text):
        return []
    run = _duty_run(text)
    if not run:
        return []
    cuts = {m.start("x") for m in run if m.start("x") > 0 and text[:m.start("x")].strip()
            and not re.fullmatch(r"\s*" + _PAGE_NOTE + r"\s*", text[:m.start("x")])}
    cuts |= {m.end() for m in _RUN_MARKER_RE.finditer(text) if m.end() > run[0].start("x")}
    return sorted(cuts)


def _split_at_annotations(lines) -> list[Line]:
    """Cut a line after each annotation followed by more task text, so that every annotated
    sentence run (or inline sub-item) of a paragraph is a task of its own. The pieces keep the
    line's number; the outline opens a node for each piece after the first."""
    out: list[Line] = []
    for ln in (piece for line in lines for closed in _split_field_closed_items(line)
               for glued in _split_glued_outline(closed)
               for spaced in _split_spaced_sections(glued)
               for piece in _split_run_on(spaced)):
        cuts = [] if ln.is_cell or "|" in ln.norm or (
            "）" not in ln.norm and "〕" not in ln.norm and "为" not in ln.norm and "是" not in ln.norm) \
            else ann.annotation_cuts(ln.norm)
        cuts = sorted(set(cuts) | set(_unbracketed_cuts(ln)) | set(_inline_list_cuts(ln))
                      | set(_duty_run_cuts(ln)))
        if not cuts:
            out.append(ln)
            continue
        prev = 0
        for c in cuts + [len(ln.norm)]:
            end = c
            while c < len(ln.norm) and end > prev and ln.norm[end - 1] == "、":
                end -= 1        # …（责任单位：A）、重塑…: the 、 listing the next task is no text
            if end > prev:
                out.append(Line(ln.file, ln.number, ln.text[prev:end], ln.norm[prev:end]))
            prev = c
    return out


# a relative time limit field closing a line of fields, after a space (… 整改时限：5天, … 办结时限：
# 15个工作日内)
_TRAILING_LIMIT_RE = re.compile(r"\s+(?:" + "|".join(sorted(ann.DEADLINE_LABELS, key=len, reverse=True))
                                + r")[：:]\s*[0-9一二三四五六七八九十百]+(?:个)?(?:天|日|个工作日|周|个月|月)"
                                  r"(?:内)?[。；;]?$")
# a time field closing a line of fields after a separator (…；完成时限：2013年12月底, …，完成时间：2024年6月)
_TRAILING_DEADLINE_FIELD_RE = re.compile(r"[；;，,\s]+(?:" + "|".join(sorted(ann.DEADLINE_LABELS, key=len, reverse=True))
                                         + r")[：:]\s*([^：:；;，,]+)$")
# a column name naming bodies (负责考核部门, 评分单位): its cells are organisations, whatever role
_ORG_COLUMN_RE = re.compile(r"(?:单位|部门|机构|机关|处室|科室|股室)(?:（[^（）]*）)?$")


def _lone_unit(text: str) -> bool:
    """A cell holding one unit's name and nothing else (``县农粮局``); not a collective or a
    set of names."""
    t = compact(text)
    return 3 <= len(t) <= 20 and unitnames.unit_kind(t) not in (None, "collective")


# a level word standing for every body of that level, its alternative in brackets: 村（社区）,
# 乡镇（街道、园区） — a collective a unit column writes without 各
_LEVELS_ALT = r"(?:村|社区|乡镇|乡|镇|街道|镇街|园区)"
LEVEL_COLLECTIVE_RE = re.compile(_LEVELS_ALT + r"[（(]" + _LEVELS_ALT + r"(?:、" + _LEVELS_ALT
                                 + r")*[）)]")


def _cell_unit(name: str) -> bool:
    return ann.looks_like_unit(name) or bool(LEVEL_COLLECTIVE_RE.fullmatch(compact(name)))


def spaced_units(text: str) -> Optional[list[str]]:
    """``党政办 应消站``, ``农村办 规划建设办 国土所 村（社区）``: a cell of short names that single
    spaces separate (the line's normal form, which drops a space between two Han characters,
    runs them together), when every piece is a unit's name."""
    bits = normalise(text).split()
    if len(bits) > 1 and all(_cell_unit(b) for b in bits):
        return bits
    return None


def _unit_cell(text: str) -> bool:
    """A cell that is wholly units (with role verbs): 各科室 / 办公室牵头，各科室配合."""
    t = compact(text).rstrip("。；;")
    if not t:
        return False
    if spaced_units(text) or LEVEL_COLLECTIVE_RE.fullmatch(t):
        return True
    if ann.classify(t) in ("verb", "bare", "labeled"):
        return True
    return all(ann._unit_item(n, lk) for n, lk in ann.unit_items(t))


#: a clause counted as a plan counts its measures (一是…, 二是…, 其三…)
_COUNTED_CLAUSE_RE = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、])")


def _units_first(text: str) -> bool:
    """A cell that opens with units and their role (``市发展改革委牵头，市住建局等政府各有关``: the
    excerpt's edge cut the rest): a unit cell, not text moved in from the next column."""
    first = re.split("[，,；;。]", compact(text), maxsplit=1)[0]
    return bool(re.search("(?:牵头|负责|配合)$", first)) and _unit_cell(first)


#: the circled numbers a table's sub-tasks open with (①建成…, ②新建…)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _people_column(h: str) -> bool:
    """A column of people: 分管领导, 责任领导, 责任人."""
    return bool(h) and ann.is_person_label(re.sub(r"（[^（）]*）$", "", compact(h)))


def _colspan_gap(cells: list[Cell], header: list[str]) -> list[Cell]:
    """A row one of whose cells spans two columns, written once by the flattening and made up
    by an empty cell at the row's end: ``58.开展违建… | 削减存量底册违建至30%。 | 徐国江 | 城管局 |
    截至目前，… | 是 | ||`` under ``年度重点工作 | 细化任务及目标 | 三季度目标 | 分管领导 |
    牵头单位 | 落实情况 | 是否达序 | 说明`` (the target spans 三季度目标). The unit column holds no
    units but a cell s places to its left does, s no more than the empty cells the row ends
    with: the row moves right by s from that cell on, or from the people cells just before it
    (分管领导), so the unit cell sits in its column. Other rows are returned as they are."""
    unit_cols = [i for i, h in enumerate(header) if _column_role(h)]
    if not unit_cols or len(cells) != len(header):
        return cells
    u = unit_cols[0]
    if u >= len(cells) or not cells[u].flat.strip() or _unit_cell(cells[u].flat):
        return cells
    k = 0
    while k < len(cells) and not cells[len(cells) - 1 - k].flat.strip():
        k += 1
    for shift in range(1, k + 1):
        at = u - shift
        if at < 1 or not _unit_cell(cells[at].flat):
            continue
        while (at - 1 >= 1 and _people_column(header[at - 1 + shift]) and cells[at - 1].flat.strip()
               and not _unit_cell(cells[at - 1].flat)):
            at -= 1
        return cells[:at] + [Cell("", []) for _ in range(shift)] + cells[at:len(cells) - shift]
    return cells


def _continues_block(cells: list[Cell], header: Sequence[str], tcol: Optional[int]) -> bool:
    """Does this row continue the merged block above (its merged cells the block's first row's)?
    Its first cell is empty; or, under a 序号 column, the row is numbered and every cell between
    the number and the task is empty (``2 |  | 开展入户安检 |  |  | 2024年6月底前`` under ``序号 | 问题 |
    整改措施 | 责任单位 | 责任领导 | 整改时限``: one problem's second measure, numbered on its own, the
    problem, its units and leader merged over both)."""
    if not cells:
        return False
    if not cells[0].flat:
        return True
    return (tcol is not None and tcol >= 2 and bool(header) and len(cells) > tcol
            and compact(header[0]) in SEQ_COLUMNS
            and re.fullmatch(r"\d{1,3}", compact(cells[0].flat)) is not None
            and all(not c.flat.strip() for c in cells[1:tcol]))


def _unshift(cells: list[Cell], header: list[str], tcol: Optional[int] = None) -> list[Cell]:
    """A continuation row of a merged block whose empty first cell(s) the flattening dropped:
    ``3.及时反馈… | 各科室 | |`` under ``工作任务 | 具体要求 | 责任部门``. The unit columns hold
    no units (empty, or the next column's text); moved right by the number of empty cells the
    row ends with, or so that its numbered first cell (``15.推进…``) sits in the numbered task
    column, a unit column holds units. Other rows stay as they are."""
    unit_cols = [i for i, h in enumerate(header) if _column_role(h)]
    if not unit_cols or len(cells) > len(header) or any(
            i < len(cells) and cells[i].flat.strip() and _unit_cell(cells[i].flat)
            for i in unit_cols):
        return cells

    def holds_units(row: list[Cell]) -> bool:
        return any(i < len(row) and row[i].flat.strip() and _unit_cell(row[i].flat)
                   for i in unit_cols)

    k = 0
    while k < len(cells) and not cells[len(cells) - 1 - k].flat.strip():
        k += 1
    if len(cells) == len(header) and 0 < k < len(cells):
        shifted = [Cell("", []) for _ in range(k)] + cells[:-k]
        if holds_units(shifted):
            return shifted
    # (the marker as the line's normal form writes it: (2) of a half-width mirror is （2）)
    if cells and match_marker(normalise(cells[0].flat)) and len(cells) < len(header):
        for shift in range(1, min(3, len(header) - len(cells)) + 1):
            shifted = [Cell("", []) for _ in range(shift)] + cells
            if holds_units(shifted):
                return shifted
    return cells


def _gap_cells(cells: list[Cell], header: list[str],
               tcol: Optional[int] = None) -> tuple[list[Cell], set[int]]:
    """A row under a merged unit cell, flattened by a copy that drops the merged cell and pads
    the row with empty cells at its end: ``2 | 为全县重点人群… | 4月：… | 已完成。… | |`` under
    ``序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况``, the unit cell spanning rows 1-3.
    When :func:`_unshift` finds no reading of the row (moving it right puts no units in a unit
    column), its own first cell is filled (the row's number or task: its leading cells are all
    there), no unit column holds units and the row ends with as many empty cells as there are
    unit columns to take them, the cells from the first unit column on move right past the unit
    column(s): returns the row and the indices of the gaps (cells of the merged block, given by
    the row above). Any other row is returned as it is, with no gaps."""
    moved = _unshift(cells, header, tcol)
    unit_cols = [i for i, h in enumerate(header) if _column_role(h)]
    if (moved is not cells or not unit_cols or len(cells) != len(header)
            or not cells[0].flat.strip() or any(
                cells[i].flat.strip() and (_unit_cell(cells[i].flat) or _units_first(cells[i].flat))
                for i in unit_cols)):
        return moved, set()
    k = 0
    while k < len(cells) and not cells[len(cells) - 1 - k].flat.strip():
        k += 1
    if not 0 < k <= len(unit_cols) or unit_cols[0] == 0 or unit_cols[k - 1] >= len(cells) - 1:
        return cells, set()
    gaps = set(unit_cols[:k])
    kept = iter(cells[:len(cells) - k])
    out = [Cell("", []) if i in gaps else next(kept) for i in range(len(header))]
    if not out[unit_cols[k - 1] + 1].flat.strip():
        return cells, set()       # the cell moved into the column after the gap: text, not empty
    return out, gaps


# a unit label closing a line, its field empty (…确保全年开工项目50个。责任单位：)
_LABEL_AT_END_RE = re.compile(r"(?:^|[。；;，,\s])([\u4e00-\u9fff]{2,8})[：:]$")


def _join_broken(lines: list[Line]) -> list[Line]:
    """Join an annotation broken over two lines: a line whose trailing bracket is never closed
    and a next line that closes it (``…（责任单位：市住建局、`` / ``市发改委）``). The joined line
    keeps the first line's number."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if k + 1 < len(lines) and (lm := _LABEL_AT_END_RE.search(ln.norm.rstrip())) \
                and ann.label_role(lm.group(1)) in ("lead", "support", "responsible"):
            # …。责任单位： / 县发改局、县住建局: a label closing the line, its units the next line's
            # (a page's wrap); was the label's empty field and a line of text
            nxt = lines[k + 1]
            t = nxt.norm.strip()
            items = ann.unit_items(t.rstrip("。；;"))
            if (t and not match_marker(t) and not ann.ANY_LABEL_RE.match(compact(t)) and items
                    and all(ann._unit_item(n, lk) for n, lk in items)):
                out.append(Line(ln.file, ln.number, ln.text.rstrip() + nxt.text.strip(),
                                ln.norm.rstrip() + t))
                k += 2
                continue
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
