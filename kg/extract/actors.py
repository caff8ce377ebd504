"""Non-government actors and generic unit types named as the subject of a duty.

Regulations give duties to actors that are not government departments: ``物业服务企业负责…``,
``村民委员会、居民委员会应当…``, ``乡镇卫生院负责提供基本公共卫生服务``. They are units of
their own kinds, kept apart from departments:

* ``enterprise``  — companies and business operators (物业服务企业, 专业经营单位, 中介机构);
* ``social_org``  — social organisations (社会团体, 行业协会, 基金会);
* ``grassroots``  — self-governing grass-roots organisations (村民委员会, 业主委员会);
* ``institution`` — public institutions (学校, 医疗机构, 乡镇卫生院).

Generic types of government organ (``乡（镇）人民政府``, ``街道办事处``, ``机关``) name a set of
units, not one: :func:`unit_type_kind` gives them the kind ``collective``.

The word lists are the tables below; a name is recognised by the head it ends with (after a
leading ``各`` and a trailing explanatory bracket such as ``（包括中小学）`` are set aside).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..patterns import ACT_AFTER_NAME_RE, HANDLING_PARTS, ROLE_PART_WORDS
from ..text import CACHE_SIZE
from .unitnames import is_village

# ---------------------------------------------------------------- tables (head -> kind)
# Longer heads are tried first, so 物业服务企业 wins over 企业.
ENTERPRISE_HEADS = (
    "企业", "公司", "集团", "经营单位", "经营性单位", "经营者", "生产经营单位", "专业经营单位", "物业服务企业",
    "物业服务人", "中介机构", "金融机构", "商业银行", "运营单位", "运营企业", "建设单位", "施工单位",
    "监理单位", "设计单位", "工商业用户", "供水单位", "供热单位", "供气单位", "燃气经营者",
    "产权单位", "管理单位", "服务单位", "个体工商户", "经营户", "市场主办方",
    # the owner of a project (项目单位承担项目建设主体责任, 项目业主), as 建设单位; platforms' and
    # services' providers (网络食品交易第三方平台提供者应当…), as 经营者
    "项目单位", "项目业主", "平台提供者", "服务提供者",
    # the parties of a contract for work or premises (发包单位, 承包单位, 出租单位, 承租单位), the
    # regulated side as 建设单位 and 施工单位 are
    "发包单位", "承包单位", "出租单位", "承租单位",
    # cooperatives (村经济合作社, 农民专业合作社), as kg.extract.unitnames files 合作社
    "合作社",
    # factories named by their kind (柏立化学有限公司热电厂, 县自来水厂, 污水处理厂); not a bare 厂
    "厂",
)
SOCIAL_ORG_HEADS = (
    "社会团体", "社会组织", "协会", "学会", "商会", "基金会", "民办非企业单位", "志愿服务组织",
    "志愿者组织", "行业组织", "慈善组织", "研究会", "促进会", "联合组织", "合作组织",
    # teams of volunteers (义务交通值勤纠察队伍, 志愿者队伍, 青年志愿服务队)
    "纠察队伍", "纠察队", "志愿者队伍", "志愿服务队", "志愿服务队伍",
    # sports bodies of the people (基层文化体育组织, 群众性体育组织, 社会体育组织)
    "体育组织",
    # bodies of a cause (动物保护组织, 消费者权益保护组织, 环保组织, 公益组织)
    "保护组织", "环保组织", "公益组织",
    # people's organisations (群团): 工会, 共产主义青年团, 妇女联合会, 残疾人联合会, as
    # kg.extract.unitnames files them (social_org); not their short names (妇联, 残联), which a
    # lexicon names as the city's own (市残疾人联合会)
    "工会", "共产主义青年团", "共青团", "联合会", "红十字会",
    # the collective a national law names them by, and the mediation bodies of 人民调解法
    "人民团体", "人民调解组织", "人民调解委员会", "群众团体", "群团组织",
    # bodies of members named by kind beside 机关 and 企事业单位 (机关、团体、企事业单位应…办理…)
    "团体",
)
GRASSROOTS_HEADS = (
    "村民委员会", "居民委员会", "村（居）民委员会", "村居民委员会", "业主委员会", "业主大会",
    "村委会", "居委会", "村（居）委会",
    # the two kinds of committee by the Constitution's name for them (乡镇人民政府、街道办事处和基层群众性自治组织应当协助…)
    "基层群众性自治组织", "基层群众自治组织",
    # the same pair written 居 first (居（村）民委员会、物业服务企业依法协助…)
    "居（村）民委员会", "居（村）委会",
    # 内蒙古's village kinds written so (嘎查（村）民委员会: the 嘎查's and the 村's committees)
    "嘎查（村）民委员会", "嘎查（村）委会", "物业管理委员会", "村集体经济组织", "村务监督委员会",
    # a village's elected groups named by their charge before 村务监督委员会 was made law (村务公开监督小组,
    # 村务监督小组, 民主理财小组, 村财务理财小组: 审计工作由村务公开监督小组负责)
    "村务公开监督小组", "村务监督小组", "理财小组",
    "社区", "村（社区）", "网格",
    # grass-roots party organisations: 村（社区）党组织, 社区党支部
    "村（社区）党组织", "社区党组织", "村党组织", "基层党组织", "党支部",
    # (社区 written first, as 居（村）民委员会 is: 社区（村）党组织、居（村）民委员会协助…)
    "社区（村）党组织",
    # a village's or community's Party branch and its committee together: 村两委, 村（社区）两委
    "两委",
)
INSTITUTION_HEADS = (
    "学校", "院校", "中小学", "幼儿园", "托幼机构", "托幼院所", "高等学校", "高校", "医疗机构",
    "医疗卫生机构", "卫生院", "乡镇卫生院", "社区卫生服务中心", "卫生服务站", "卫生室", "医院",
    # the smaller clinics a health rule names beside the hospitals (门诊部、诊所、卫生所（室）等应按照规定时限报告…)
    "门诊部", "诊所", "卫生所",
    "妇幼保健机构", "妇幼保健院", "血站", "疾病预防控制机构", "疾病预防控制中心", "急救中心", "急救中心（站）",
    "事业单位", "科研院所", "科研机构", "服务机构", "检测机构", "检验机构", "技术机构", "养老机构",
    "培训机构", "新闻媒体", "新闻媒介", "媒体单位", "报刊", "广播电视台",
    # rescue forces named by their work (县综合应急救援队伍, 专业救援队伍, 矿山救护队): the teams that
    # carry a rescue out, as 纠察队伍 carry their watch
    "救援队伍", "救援队", "救护队",
    # public cultural institutions (公共图书馆, 博物馆, 文化馆) named as the subject of a law's duty
    "图书馆", "博物馆", "文化馆", "美术馆",
    # archives named by their kind (综合档案馆, 部门档案馆, 各类专业档案馆负责收集…: 档案法's institutions)
    "档案馆",
    # the media named as bodies (日报社, 广播电台), not by their channels (广播、电视); a bare
    # 电视台 is left out (通过报刊、广播，电视台开展宣传: a means, its comma a slip)
    "报社", "广播电台", "通讯社", "新闻单位",
    # academies (中国科学院 and its short name 中科院, 省农科院, 社科院) named as holders with ministries
    "科学院", "工程院", "中科院", "社科院", "农科院",
    # observing and monitoring stations named by their kind (各级气象台站应立即报告…, 气象主管部门所属
    # 气象台站统一发布…, 环境监测站, 水文站); not a bare 站 (加油站, a township's 工作站)
    "台站", "气象台", "气象站", "监测站", "观测站", "水文站",
    # a university and its colleges (各学院, 二级学院 in a university's own rules; 天津师范大学负责…)
    "大学", "学院",
    # forest farms (国有林场, 各林场负责本经营区的森林防火工作: public institutions that manage a forest)
    "林场",
    "机构",     # any other 机构 (健康教育机构, 血站机构): longer heads above win
)
# (not 用人单位: a law's every employer, 机关、团体、企业、事业单位… alike, as 任何单位 is everyone; its
# rules of employment are no duty of a unit)
# heads that name nothing on their own (机构编制… must not read as an actor 机构)
BARE_HEADS = ("机构", "网格", "社区", "厂")
# generic types of government organ (and mixed sets): each names many units -> collective
UNIT_TYPE_NAMES = (
    "乡（镇）人民政府", "乡镇人民政府", "乡（镇）政府", "乡镇政府", "镇人民政府", "镇政府", "乡人民政府", "乡政府",
    "镇（乡）人民政府", "镇（乡）政府",       # the same level, written 镇 first (a regulation of 菏泽)
    # the ethnic townships' governments named by their kind, no township named (民族乡人民政府配备工作人员…,
    # a national 行政法规; 由县民族局、民族乡政府共同组织实施): every 民族乡's, as 乡人民政府 (was no unit)
    "民族乡人民政府", "民族乡政府",
    "街道办事处", "街道办", "乡镇（街道）",
    # (the same pair written 街道 first, as a district's texts do: 街道（乡镇）负责辖区网格的划分)
    "街道（乡镇）", "街道（镇）",
    # (a district's towns' and sub-districts' Party committees, no 乡: 镇（街道）党（工）委要履行主体责任)
    "镇（街道）党委", "镇（街道）党（工）委",
    # the township level's Party committees (乡镇党委全面负责驻村工作队员的日常管理, 各镇党委), as its governments
    "乡镇党委", "乡（镇）党委", "镇党委", "乡党委", "街道党工委", "乡镇（街道）党委", "乡镇（街道）党（工）委",
    "办事处",                 # bare, the street office (城中区政府责成办事处及村委立行立改)
    "乡（镇）、街道", "乡镇", "乡（镇）", "镇办",     # (镇办: the towns and the sub-district offices, 请镇办…)
    # (the townships and sub-districts in short: 乡街对辖区…负主体责任; 镇街, its other short form, is
    # read by the 各镇街 collective and the places' grammar, and as a type of its own would rename
    # 各镇街 to 镇街 where questions ask it by that name)
    "乡街",
    "镇村", "镇（村）", "科室", "机关", "国家机关", "机关单位", "企事业单位", "机关事业单位", "机关团体", "部队",
    "驻军", "行业", "军队", "司法机关", "企业事业组织",
    # the military's own bodies named by kind, the city's as its texts write them (由市人民政府、军分区根据…
    # 作出规定 ; 军分区和区人民武装部是同级人民政府的兵役机关)
    "军分区", "警备区", "省军区",
    # units named by their part in handling a matter (建议提案: 主办单位牵头会同会办单位)
    "主办单位", "会办单位", "协办单位", "分办单位", "承办单位", "牵头单位", "责任单位", "配合单位",
    "承办部门", "责任部门", "责任主体", "涉及单位",
    # (the units sending cadres to villages or pairing with them: 选派单位负责对工作队员进行跟踪管理)
    "选派单位", "派出单位", "帮扶单位",
    # (and the one handing a matter down: 由交办单位明确主办单位和协办单位)
    "交办单位", "交办部门",
    # (and the one drafting a document: 起草单位承担具体的争议协调处理工作)
    "起草单位", "起草部门",
    # a bureau's own sections named by their part (各责任科室、单位要落实具体负责人员)
    "责任科室", "责任股室", "责任处室", "牵头科室", "配合科室",
    # a 政协's special committees (相关专委会协助做好督办工作)
    "专委会", "专门委员会",
    # the government, the court and the procuratorate a 人大 supervises, named together (“一府两院”在接到
    # 审议意见后要及时研究…; with the 监察委员会 since 2018, 一府一委两院)
    "一府两院", "一府一委两院",
)
# the same parts named with the matter they handle: 提案承办单位, 提案办理牵头单位, 重点提案承办部门
MATTER_ROLE_RE = re.compile(r"^(?:重点)?(?:建议|提案|议案|建议提案|议提案|代表建议|政协提案)(?:办理)?"
                            "(?:" + HANDLING_PARTS + "|" + ROLE_PART_WORDS + r")(?:单位|部门)$")
# the parts units play in a task decomposition, named alone (主要责任单位, 牵头责任单位, 协同责任单位,
# 协同配合单位, 协作和配合单位, 参与单位: a cover notice's collectives of the units a table names)
TASK_ROLE_RE = re.compile(r"^(?:(?:主要|牵头|协同|协作|配合|参与|参会|与会)(?:和|及|、)?){1,3}(?:责任|配合)?(?:单位|部门)$"
                          # (an item's 承办科室, 承办单位, 主办科室, 协办处室: the sections or units it is given
                          # to; 主办单位/会办单位 are read as before, as the units they are)
                          r"|^承办(?:单位|部门|科室|股室|处室)$|^(?:主办|协办)(?:科室|股室|处室)$")
# a bureau's own sections and working bodies named without the bureau (相关科室, 局相关科室, 局领导小组,
# 各专项工作组: an agency's own plan speaking of its parts)
OWN_PARTS_RE = re.compile(r"^(?:(?:局|本局|委|办)(?:相关|有关|各)?|相关|有关|各)(?:科室|股室|处室|业务科室|专项工作组)$"
                          r"|^(?:局|本局)(?:领导小组|专项工作组)$")
# committees named with whose or which they are: 政协相关专委会, 各专委会
COMMITTEE_RE = re.compile(r"^(?:政协)?(?:有关|相关|各)?专(?:门委员|委)会$")

from ..vocab import ACTOR_KINDS  # noqa: E402,F401  (the kinds this module gives)

_TABLE = sorted(
    [(h, "enterprise") for h in ENTERPRISE_HEADS] + [(h, "social_org") for h in SOCIAL_ORG_HEADS]
    + [(h, "grassroots") for h in GRASSROOTS_HEADS] + [(h, "institution") for h in INSTITUTION_HEADS],
    key=lambda hk: (-len(hk[0]), hk[0]))
# the heads by their last character, in _TABLE's order (a name ends in a head only if it ends
# in the head's last character)
_TABLE_BY_LAST: dict[str, list[tuple[str, str]]] = {}
for _hk in _TABLE:
    _TABLE_BY_LAST.setdefault(_hk[0][-1], []).append(_hk)
# words that make a phrase a place, a thing or a person rather than an actor
# (群众团体, 群众性体育组织: bodies of the masses, not the masses)
_NOT_ACTOR = re.compile(r"[，。；：:！？“”《》的]|\d|场所|设施|项目(?!单位$|业主$)|工程|人员|个人|居民$|群众(?!团体|性)|农村|"
                        # (有可能影响经营者按照…: a clause's verbs before the kind, no actor's name)
                        r"可能|影响|提倡|鼓励|引导|"
                        # (街道办事处划分网格: a body dividing its area, no grid's name; 规划分局 a name)
                        r"(?<![规区计])划分|划定|"
                        # (建强综合性消防救援队伍, 加强志愿服务队伍: a verb building or strengthening a
                        # force, then the force, no actor's name)
                        r"^(?:建强|建立|组建|加强|强化|壮大|培育|充实|完善|健全)")
_EXPLAIN = re.compile(r"（(?:包括|含|包含|如|即)[^（）]*）$")


# a short bracketed gloss at the end: 卫生院（站）
_SHORT_GLOSS_END_RE = re.compile(r"（[^（）]{1,4}）$")


@lru_cache(maxsize=CACHE_SIZE)       # pure, and called for the same names many times
def base_name(name: str) -> str:
    """The name without a leading 各/所在地的 and a trailing explanatory bracket:
    ``各院校（包括中小学、托幼院所）`` -> ``院校``."""
    n = "".join(name.split())
    n = _EXPLAIN.sub("", n)
    for lead in ("所在地的", "所在地", "辖区内的", "辖区内", "各级", "各类", "各"):
        if n.startswith(lead) and len(n) > len(lead) + 1:
            n = n[len(lead):]
            break
    return n


@lru_cache(maxsize=CACHE_SIZE)
def actor_kind(name: str) -> Optional[str]:
    """The kind of a non-government actor (``enterprise``, ``social_org``, ``grassroots``,
    ``institution``), or None when the name is not one.

    >>> actor_kind("物业服务企业"), actor_kind("村（居）民委员会"), actor_kind("乡镇卫生院")
    ('enterprise', 'grassroots', 'institution')
    >>> actor_kind("市财政局") is None, actor_kind("公共场所") is None
    (True, True)
    """
    n = base_name(name)
    if not 2 <= len(n) <= 24 or _NOT_ACTOR.search(n) or ACT_AFTER_NAME_RE.search(n):
        return None     # (县民宗局联合组织: a bureau and its act, no federation)
    if is_village(n):
        return "grassroots"     # 东关村: a village named by its name, its villagers' committee
    n = _SHORT_GLOSS_END_RE.sub("", n) if not n.endswith(("（站）", "（社区）")) else n
    for head, kind in _TABLE_BY_LAST.get(n[-1:], ()):
        if n.endswith(head) and (n != head or head not in BARE_HEADS):
            return kind
    return None


# a gloss listing the levels a township-level name stands beside: （街道、园区）, （街道、开发区）
_LEVEL_LIST_GLOSS_RE = re.compile(r"(?<=乡镇|镇乡)（(?:街道|园区|开发区|社区|乡|镇)(?:、(?:街道|园区|开发区|社区|乡|镇))+）$")


# an autonomous region's township level written with its own word beside 乡 and 镇 (苏木, Inner
# Mongolia): 苏木乡镇人民政府, 苏木（乡镇）人民政府, 苏木镇政府, 苏木人民政府 are the township level's
# governments, as 乡镇人民政府 (a named sumu, 巴音苏木人民政府, has its name before the word)
_SUMU_LEVEL_RE = re.compile(r"^苏木(?:（(?P<a>乡镇|乡（镇）|镇|乡)）|(?P<b>乡镇|镇|乡))?(?=(?:人民)?政府$)")


@lru_cache(maxsize=CACHE_SIZE)
def unit_type_kind(name: str) -> Optional[str]:
    """``collective`` for a generic type of government organ or a mixed set of units
    (``街道办事处``, ``乡（镇）人民政府``, ``企事业单位``), else None."""
    n = base_name(name)
    n = _SHORT_GLOSS_END_RE.sub("", n) if n not in UNIT_TYPE_NAMES else n
    # (the township level's alternatives listed in its gloss: 乡镇（街道、园区）, the 乡镇)
    n = _LEVEL_LIST_GLOSS_RE.sub("", n) if n not in UNIT_TYPE_NAMES else n
    n = _SUMU_LEVEL_RE.sub(lambda m: m.group("a") or m.group("b") or "乡镇", n)
    if MATTER_ROLE_RE.match(n) or COMMITTEE_RE.match(n) or TASK_ROLE_RE.match(n) or OWN_PARTS_RE.match(n):
        return "collective"
    return "collective" if n in UNIT_TYPE_NAMES else None


def kind_of(name: str) -> Optional[str]:
    """The kind of an actor or a generic unit type, else None (for the resolver)."""
    return unit_type_kind(name) or actor_kind(name)
