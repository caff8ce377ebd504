"""Open-vocabulary unit names: is a string the name of an organisation, and where are they?

Chinese organisation names are formed by a small grammar, so units are recognised from their
form, not from a list::

    [administrative prefix] body organisational-suffix

* prefix: 国务院, 中共, 省/市/县/区/州/盟/旗/乡/镇/街道 and their 委 forms (市委, 县委 …), or a
  place name ending in 省/市/县/区/州/旗/盟/镇/乡 (嘉兴市, 咸安区);
* suffix: 部, 委, 厅, 局, 办, 署, 院, 会, 中心, 站, 所, 队, 集团, 公司, 银行, 支行, 分局,
  管委会, 管理区, 人民政府, 党委, 工委, 团委, 妇联, 总工会, 科协, 法院, 检察院, 科室 …
  (:data:`SUFFIX_KINDS`, longest first decides the kind);
* collectives: 各县（市、区）人民政府, 各乡、镇人民政府, 相关市、县政府, 有关部门, 国务院相关部门,
  相关市（州）人民政府, 区直各部门, 各村（社区） … (:data:`COLLECTIVE_RE`); two 各 words joined by
  、 (各地、各部门) are two collectives;
* persons and posts are never units: 分管副省长, 责任领导, 牵头负责领导, 局长 (:data:`POST_ENDINGS`,
  :func:`is_person_or_post`).

Mirror noise is tolerated: a pinyin gloss in brackets inside a name (``城鄉(xiāng)建設委``) and
a leading ``*`` marker are ignored when the form is judged (the name stays as written).

API (pure functions of text; names are compared in normalised form, so traditional script and
ASCII punctuation work too):

* :func:`unit_kind` ``(name) -> str | None``: the kind of unit a name forms (department,
  county_gov, township, zone, collective, central, court, enterprise, institution, social_org,
  grassroots, group, other), or ``None`` when the string is not a unit name;
* :func:`is_unit_name` ``(name) -> bool``; :func:`is_person_or_post` ``(name) -> bool``;
* :func:`split_fused` ``(text) -> list[str]``: names written with no separator
  (``市发改委市财政局``);
* :func:`find_units` ``(text) -> list[(start, end, name, kind)]``: unit names in free text
  (annotation text, table cells, labelled lines, clause subjects), offsets into ``text``.

To extend the grammar add a row to the tables below; each has a test in
``tests/extract/test_unitnames.py``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..patterns import ACT_AFTER_NAME_RE, CENTRAL_BANK_BRANCH, CORPS_HEAD, CORPS_ORDINAL, CORPS_REGIMENT_RE, HAN_RANGE, HANDLING_PARTS, ROLE_PART_WORDS, unglossed
from ..text import CACHE_SIZE, compact

# ---------------------------------------------------------------- the grammar, as data

#: organisational suffixes and the kind of unit they make, in runs of one kind; the longest
#: matching suffix wins
_SUFFIX_RUNS: tuple[tuple[str, str], ...] = (
    # governments
    # (行政公署, 行署: the government a 盟 or a 地区 has, 阿拉善盟行政公署, 喀什地区行署)
    ("county_gov", "人民政府 政府 办事处 行政公署 行署"),
    ("township", "街道办事处 街道办 乡镇办"),
    # party and mass organisations
    ("department", "党委 党组 工委 纪委"),
    ("social_org", "团委 团中央 妇联 总工会 工会 科协 残联 文联 侨联 工商联 红十字会 联合会 协会 商会 学会 基金会 作协 社科联 关工委"),
    # departments
    # (司: a ministry's department, 教育部校外教育培训监管司, 价格司; 公司 is longer and wins)
    ("department", "部 委 会 厅 局 办 署 司 分局 总局 委员会 办公室 办公厅 处 科 室 科室 处室 股 股室 海关 部门 支队 大队 中队 队 署办 监狱 军分区 军区 警备区 武装部 "
                   "人武部 税务局 监管局 监督管理委员会"),
    # zones
    # (投资区, 实验区: 漳州台商投资区, 综合改革实验区; not 经济区 or 旅游区, more often a region than a body)
    ("zone", "管委会 管委 管理委员会 管理区 开发区 经开区 高新区 新区 园区 工业园 产业园 试验区 示范区 保税区 合作区 度假区 自贸区 林场 农场 板块 功能区 "
             "投资区 实验区"),
    # courts
    ("court", "法院 人民法院 检察院 人民检察院"),
    # enterprises and banks
    ("enterprise", "集团 公司 有限公司 股份有限公司 有限责任公司 股份公司 厂 银行 支行 分行 中心支行 人行 邮政 电视台 报社 传媒 供电"),
    # businesses named by their shop or outlets: a dealer's 4S店, 各大药店, 各营业网点 (an
    # inspection's finding names the one that puts it right: 责任主体：华晨汽车昌隆4S店)
    ("enterprise", "店 网点"),
    # institutions
    ("institution", "院 中心 站 所 馆 学校 大学 学院 医院 台 研究院 研究所"),
    # palaces of culture and youth (少年宫, 青少年宫, 工人文化宫): institutions named by 宫
    ("institution", "少年宫 文化宫"),
    # a road's or a railway's maintenance section (县养路段, 工务段): an institution named by 段
    ("institution", "养路段 养护段 工务段"),
    ("enterprise", "直属库 粮库 联社 总社 供销社 合作社 信用社 国企"),
    # groups
    # (a team of law enforcement, 市容环境整治联合执法组; not the inspection teams, 督导组, 督查组, whose
    # visits a text reports more often than it gives them work: 由区督查组综合后向区政府汇报)
    ("group", "领导小组 工作小组 小组 专班 指挥部 联席会议 工作组 协调会议 执法组"),
    # grassroots
    ("grassroots", "村委会 居委会 村民委员会 居民委员会 社区"),
    # a village's or community's Party branch (双龙村党支部): a grassroots body, no ministry (部)
    # of the State
    ("grassroots", "党支部"),
    # collectives spelt as a plain noun
    ("collective", "单位 机构 机关"),
)
SUFFIX_KINDS: dict[str, str] = {suffix: kind for kind, run in _SUFFIX_RUNS for suffix in run.split()}

#: the level words of a township-level government's place (古林镇, 古林乡, 石碶街道)
TOWNSHIP_LEVELS = ("镇", "乡", "街道")

#: administrative prefixes written before a body (longest first when matched)
ADMIN_PREFIXES = (
    "国务院", "中共中央", "党中央", "中央", "全国", "国家", "中共", "自治区", "自治州", "自治县",
    "省委", "市委", "州委", "县委", "区委", "旗委", "盟委", "镇委", "乡委", "街道",
    "省直", "市直", "县直", "区直", "省", "市", "州", "盟", "区", "县", "旗", "乡", "镇",
)
#: the last character of a place name used as a prefix (嘉兴市, 咸安区, 北川羌族自治县)
PLACE_ENDINGS = "省市县区州旗盟镇乡"

#: a string ending in one of these is a person's post, never a unit
POST_ENDINGS = (
    "领导", "省长", "市长", "县长", "区长", "州长", "旗长", "镇长", "乡长", "主任", "书记",
    "局长", "厅长", "部长", "处长", "科长", "主席", "秘书长", "负责人", "责任人", "联系人",
    "同志", "总理", "组长", "召集人", "委员", "常委", "干部", "专员", "行长", "院长", "所长",
    "站长", "队长", "总经理", "董事长", "经理",
    # the chiefs of the 长制 systems (河长制, 湖长制, 林长制, 田长制, 路长制, 链长制, 网格化管理):
    # 各级河长, 总河湖长, 产业链链长 are posts held by leaders, never offices
    "河长", "湖长", "林长", "田长", "路长", "链长", "网格长",
    # the grassroots' workers a township's or a community's list names (社区网格员, 村级专干, 护林员):
    # people, never offices
    "网格员", "专干", "协管员", "信息员", "联络员", "护林员", "巡河员", "巡查员", "安全员", "监督员",
)
#: labels whose value is a person or post (责任领导：杜新国)
PERSON_LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}(领导|负责人|责任人|联系人|包保人|督办人)$")

#: words that end like a unit but are not one (社会 ends in 会, 场所 in 所)
NOT_UNIT_ENDINGS = (
    "社会", "机会", "场所", "住所", "厕所", "大会", "全会", "例会", "晚会", "博览会", "展会",
    "运动会", "交易会", "座谈会", "发布会", "推介会", "工作", "办公", "收支", "代办", "帮办",
    "督办", "承办", "主办", "协办", "举办", "创办", "兴办", "开办", "专办", "即办", "快办", "通办",
    "网办", "在办", "服务站点", "驿站", "书院", "庭院", "影院", "剧院", "宅院", "安全部",
    "内部", "外部", "全部", "东部", "西部", "南部", "北部", "中部", "局部", "干部", "头部",
    "基层干部", "布局", "格局", "结局", "大局", "开局", "变局", "新局", "出台", "平台", "舞台",
    "阳台", "后台", "前台", "站台", "柜台", "讲台", "灶台", "电台", "擂台", "高台", "跳台",
    "上台", "下台", "同台", "搭台", "配套", "车站", "网站", "加油站", "充电站", "换电站",
    "中心城区", "城区", "市区", "景区", "街区", "社区服务", "片区", "园区内", "辖区", "地区",
    "山区", "库区", "矿区", "林区", "牧区", "湾区", "省市县", "省市区",
    # 股 ends a county bureau's section (人事股, 旅游股) but also these words for shares
    "控股", "参股", "入股", "持股", "配股", "新股", "个股", "炒股", "港股", "美股", "蓝筹股",
    "概念股", "龙头股", "绩优股",
)

#: the parts taken in handling one matter (a proposal's 主办/会办 section): 主办科室 names no
#: section, as 主办单位 names no unit (各责任科室, 相关科室 stay collectives)
_PART_BODIES = "(?:单位|部门|科室|处室|股室)"
ROLE_PART_RE = re.compile("^(?:" + HANDLING_PARTS + "|" + ROLE_PART_WORDS + "|参与|协作)" + _PART_BODIES + "$")


#: the same part opening a piece of a list (由主办科室与其他相关科室共同研究办理)
ROLE_PART_PIECE_RE = re.compile("(?:^|[、，,；;与和及同])(?:" + HANDLING_PARTS + ")" + _PART_BODIES)


def is_role_part(name: str) -> bool:
    """``主办科室``, ``牵头单位``: a unit named only by its part in handling a matter, no name."""
    return bool(ROLE_PART_RE.match(clean(name)))


#: people's organisations named by their short name alone, one body at each level (a table's
#: 责任单位 cell 残联 beside 民政局); a bare 局 or 工会 stays no name
BARE_ORGS = ("妇联", "残联", "文联", "侨联", "科协", "团委")

#: a bureau of culture and press (文广新局, 文体新局, 文体广新局: 新 for 新闻出版), not 新局 (a new
#: situation) that NOT_UNIT_ENDINGS sets aside
CULTURE_PRESS_RE = re.compile(r"[文广体旅]新局$")

#: characters and words that only clauses contain, never names
CLAUSE_MARKS_RE = re.compile(
    r"[，。；：！？“”‘’《》\"]|的|\d{2,}|负责|配合|落实|加强|完成|确保|做好|按照|根据|不再|下同|"
    r"以上|以下|左右|增长|达到|力争|分工|哪|什么|涉及")
#: a quantity or a question before a generic noun (多部门, 若干单位, 哪些部门): no one's name
QUANTITY_BODY_RE = re.compile(r"^(?:多|多个|几个|若干|一些|个别|部分|哪些|哪个)(?:部门|单位|机构)$")

#: collectives: 各… lists, 有关/相关 sets, a level's departments (区直各部门)
_LEVELS = ("(?:省|自治区|直辖市|市|州|盟|地|县|区|旗|乡|镇|街道|开发区|管理区|园区|农场|林场|村|社区|"
           "居委会|村委会|嘎查)")
COLLECTIVE_RE = re.compile(
    r"^(?:"
    # 各县（市、区）人民政府 / 各县、市、区政府 / 各乡、镇人民政府 / 各乡镇（街道） / 各地区
    r"各" + _LEVELS + r"{1,3}(?:（" + _LEVELS + r"(?:、" + _LEVELS + r")*）)?"
    r"(?:、" + _LEVELS + r"{1,2})*(?:（" + _LEVELS + r"(?:、" + _LEVELS + r")*）)?"
    r"(?:[\u4e00-\u9fff（）]{0,10})?"
    r"|(?:[\u4e00-\u9fff]{0,12}?)各[\u4e00-\u9fff（）、]{1,14}"                  # 区直各部门
    r"|[\u4e00-\u9fff（）]{0,10}?(?:有关|相关|其他|其它|所属|直属|成员|职能|[委局厅办部]属)[\u4e00-\u9fff（）、]{0,14}"
    # 区属企业, 市属国有企业, 县属单位: the bodies a level owns, the level word opening the name
    r"|[省市县区州旗盟]属[\u4e00-\u9fff（）]{0,8}"
    # 国有企业, 中央企业 in a list of doers (…、驻区各单位、国有企业): the state's enterprises as a set
    r"|(?:国有|中央)(?:企业|企事业单位)"
    r")$")
#: a verb of need, request or direction written directly before a set's qualifier (需要有关部门,
#: 请各有关单位, 组织相关部门): the clause's verb, never part of the collective's name
VERB_BEFORE_SET_RE = re.compile(r"^(?:需要|需|要求|要|请|应当|应|必须|须|由|责成|督促|鼓励|支持|"
                                r"指导|组织|协调|会同|配合|推动|引导|动员|提请)(?=各|有关|相关|其他|其它)")
#: 各地、各部门: two 各 words joined by 、 are two collectives, not one
COLLECTIVE_SERIES_RE = re.compile(r"^各[\u4e00-\u9fff]{1,3}(?:、各[\u4e00-\u9fff]{1,3})+$")
#: what a collective ends with
COLLECTIVE_ENDINGS = ("部门", "单位", "机构", "机关", "地", "地区", "科室", "处室", "股室", "街道", "乡镇",
                      "专班", "成员单位", "园区", "村", "社区", "镇街", "镇（街）", "县市区", "县区",
                      "企业", "国企", "县级市",
                      # 各救援力量, 应急救援力量: the rescue forces (县人武部、消防大队…等各救援力量)
                      "救援力量",
                      # 各乡镇场, 各乡（镇）场: the townships and the state farms (农场, 林场) beside them
                      "镇场", "（镇）场",
                      # 各团场, 各团（场）: the Corps' regiments (a division's township level)
                      "团场", "团（场）")

#: a level's state investment company by its short name, the level word and the sector before
#: 投 (区城投 for 区城市建设投资公司, 县水投, 市交投, 省国投); written so in project tables' owner
#: columns, without 公司 or 集团
SHORT_INVESTOR_RE = re.compile(r"^[省市县区州旗盟][\u4e00-\u9fff]{1,2}投$")
#: a village named by its name (东关村, 王家庄村, 双龙村): in a township's list of units it stands
#: for its villagers' committee, as a town's name for its government; not a kind or a set of
#: villages (农村, 乡村, 行政村, 贫困村, 示范村, 城中村, 各村, 全村, 本村; 山村, 渔村 alone, not 青山村,
#: 东山村, named villages)
VILLAGE_RE = re.compile(r"^(?![各全本该每此其某])[\u4e00-\u9fff]{2,5}村$")
_NOT_VILLAGE_RE = re.compile(r"(?:[农乡]|^[山渔牧]|行政|自然|贫困|脱贫|困难|示范|重点|试点|空心|城中|城郊|边境|中心|"
                             r"特色|传统|美丽|和美|宜居|文明|先进|集体|软弱涣散|薄弱|相关|有关|所在|"
                             r"易地搬迁|搬迁|合并|撤并|整合|帮扶|结对|对口|定点|驻|包)村$|[的与及、到向至从对由把将被让给或于]|(?<!^)和")


def is_village(name: str) -> bool:
    """Is ``name`` a village named by its name (东关村), no kind or set of villages (贫困村, 各村)?"""
    return bool(VILLAGE_RE.match(name)) and not _NOT_VILLAGE_RE.search(name)


#: a numbered area of a grid of work (创文 网格片区, 网格化管理): 第十片区, 第3网格, 第二责任区
GRID_AREA_RE = re.compile(r"^第[一二三四五六七八九十百0-9]{1,4}(?:片区|网格|责任区)$")
#: the Production and Construction Corps and its divisions, named by an ordinal and 师 (兵团第八师,
#: 第一师, 各师市, 兵团师): governments of their own beside the prefectures (地州市政府和兵团师负责);
#: a bare 师 is a person (教师, 律师), so only these forms make a unit
CORPS_RE = re.compile(r"^(?:新疆生产建设兵团|兵团)(?:(?:第[一二三四五六七八九十]{1,3}|各)?师市?)?$"
                      r"|^(?:第[一二三四五六七八九十]{1,3}|各)师市?$"
                      # (a division with the city it is one with, 师市合一: 第三师图木舒克市)
                      "|^" + CORPS_HEAD + "第" + CORPS_ORDINAL + r"[\u4e00-\u9fff]{2,5}市$")
#: characters no unit name starts with (a preposition before a name: 由市财政局负责)
NEVER_FIRST = "由请把被让"
#: characters that start a name only rarely; dropped when a name with a level prefix follows
RARELY_FIRST = "按向在从将使并或经和及与对"
#: role verbs written after a list of units
VERB_TAIL_RE = re.compile(r"(?:分别|共同|按职责分工|按职责|具体)?(?:牵头|负责|配合|落实|参与|协助|协办|"
                          r"抓总|实施|推进)+(?:落实|负责|实施|推进)?$")

_SUFFIXES = sorted(SUFFIX_KINDS, key=len, reverse=True)
# the suffixes by their last character, longest first as in _SUFFIXES (a name can only end in
# a suffix that ends in its own last character)
_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _s in _SUFFIXES:
    _SUFFIXES_BY_LAST[_s[-1]] = _SUFFIXES_BY_LAST.get(_s[-1], ()) + (_s,)
_MAX_LEN = 30


@lru_cache(maxsize=CACHE_SIZE)
def clean(name: str) -> str:
    """The form the grammar judges: normalised, no white space, no pinyin glosses, no leading
    marker (``*``, ``※``, ``△``). Memoised: a name is cleaned again by each test it goes
    through (``unit_kind`` then ``is_person_or_post`` on the cleaned form)."""
    n = compact(name)
    n = unglossed(n)
    return n.lstrip("*＊※△▲☆★●·•-—")


@lru_cache(maxsize=CACHE_SIZE)        # pure; ~55 % of its asks repeat a name asked before
def is_person_or_post(name: str) -> bool:
    """``分管副省长``, ``责任领导``, ``市统计局局长``, ``常务副县长张三``: a person's post (and name),
    not a unit."""
    n = clean(name)
    # 副市长处 : a post's place (…的，由市长或副市长处理), the 处 of 处理 read as a division's
    return bool(n) and (n.endswith(POST_ENDINGS) or bool(PERSON_LABEL_RE.match(n))
                        or (n.endswith("处") and n[:-1].endswith(POST_ENDINGS))
                        or bool(_POST_THEN_NAME_RE.match(n)))


#: a person's name and the post held in brackets after it (王建国（常务副县长）)
_NAME_THEN_POST_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}（([^（）]{2,20})）$")


def post_holder(name: str) -> Optional[str]:
    """The person a post's text names, or None: ``副县长张伟`` -> 张伟, ``王建国（常务副县长）`` -> 王建国
    (``副县长``, ``分管副市长``: a post held by no one named).

    >>> post_holder("副县长张伟"), post_holder("王建国（常务副县长）"), post_holder("分管副市长")
    ('张伟', '王建国', None)
    """
    n = clean(name)
    m = _NAME_THEN_POST_RE.match(n)
    if m and m.group(1).endswith(POST_ENDINGS):
        return n[:n.index("（")]
    m = _POST_THEN_NAME_RE.match(n)
    return m.group("name") if m else None


#: a post and the name of the person holding it (常务副县长张三, 县长王五, 分管副市长李明): the name two or
#: three characters none of which a body's name or a role verb holds (局长办公会, 市长热线, 河长办牵头,
#: 县长负责 are no person)
_POST_THEN_NAME_RE = re.compile("^.{0,12}?(?:" + "|".join(
    p for p in sorted(POST_ENDINGS, key=len, reverse=True) if p.endswith("长") or p in (
        "主任", "书记", "主席", "专员", "总理")) + r")(?P<name>(?:(?![会室办局委组处科部院所站队厅署司线团心校域区县市省负责牵头配合协助参与落实推进抓统筹])[\u4e00-\u9fff]){2,3})$")


@lru_cache(maxsize=CACHE_SIZE)
def _suffix(n: str) -> Optional[str]:
    for s in _SUFFIXES_BY_LAST.get(n[-1:], ()):
        if n.endswith(s):
            return s
    return None


_ALIAS_RE = re.compile(r"^(.+?)（[^（）]*）$")


def _strip_alias(n: str) -> str:
    """``市自然资源和规划局（市林业局）`` and ``各乡镇（街道）``: judge the part before a final bracket."""
    if not n.endswith("）"):
        return n
    m = _ALIAS_RE.match(n)
    return m.group(1) if m else n


@lru_cache(maxsize=CACHE_SIZE)
def unit_kind(name: str) -> Optional[str]:
    """The kind of unit ``name`` forms, or ``None`` when it is not a unit name.

    >>> unit_kind("省发展改革委"), unit_kind("各县（市、区）人民政府"), unit_kind("分管副省长")
    ('department', 'collective', None)
    """
    if len(name) > 4 * _MAX_LEN:      # too long to be a name even with spaces and glosses
        return None
    n = clean(name)
    if not 2 <= len(n) <= _MAX_LEN:
        return None
    if is_person_or_post(n):
        return None
    if n.count("（") != n.count("）"):
        return None
    if CLAUSE_MARKS_RE.search(unglossed(n)) or QUANTITY_BODY_RE.match(n):
        return None
    if ACT_AFTER_NAME_RE.search(n):
        return None           # 县文体局组织一台: a bureau and its act, not one name
    if VERB_BEFORE_SET_RE.match(n):
        return None           # 需要有关部门, 组织各有关单位: a clause's verb before the set
    if SHORT_INVESTOR_RE.match(n):
        return "enterprise"   # 区城投, 市交投: a level's state investment company, shortened
    if GRID_AREA_RE.match(n):
        return "other"        # 第十片区, 第三网格: a numbered area of a grid of work, named as its doer
    if CORPS_REGIMENT_RE.match(n):
        return "township"     # 一团, 二二四团, 第八师一四二团: a regiment of the Corps (团场), township level
    if is_village(n):
        return "grassroots"   # 东关村: a village, its villagers' committee
    if CORPS_RE.match(n):
        # 各师, 兵团师 (the divisions, no ordinal): a set of them; 兵团第八师: one government
        return "collective" if "师" in n and "第" not in n else "county_gov"
    # collectives first: they may contain 、 and brackets
    if COLLECTIVE_RE.match(n) and _collective_ok(n) and not COLLECTIVE_SERIES_RE.match(n):
        return "collective"
    if "、" in n:
        return None
    base = _strip_alias(n)
    if ((base.endswith(NOT_UNIT_ENDINGS) or n.endswith(NOT_UNIT_ENDINGS))
            and not CULTURE_PRESS_RE.search(n)):
        return None
    suffix = _suffix(base) or _suffix(n)
    if suffix is None:
        return None
    body = base[: -len(suffix)] if base.endswith(suffix) else n[: -len(suffix)]
    if body and re.fullmatch(r"[0-9０-９.]+", body):
        return None           # 2所, 3个: a figure and a measure word (a target cell)
    if body and re.search(r"(?:^|[^第0-9０-９.])[0-9０-９][0-9０-９.]*$", body) and not re.search(r"[0-9０-９]", suffix):
        return None           # 新建3所, 新建学校3所: a count of the work (3 schools), no name (第3所 is)
    if not body and suffix not in ("办公室", "办公厅", "人行", "行署") + BARE_ORGS and len(suffix) < 3:
        return None           # a bare 局 / 部门 is no name (行署 is: a 地区's or a 盟's government)
    if suffix == "股" and len(body) < 2:
        return None           # a section is named by its work (人事股): 个股 / 入股 are no names
    if suffix == "司" and (len(body) < 2 or body.endswith(("官", "上", "打"))):
        return None           # a ministry's 司 is named by its work (价格司): 官司 / 上司 are no names
    kind = SUFFIX_KINDS[suffix]
    if kind == "collective":
        return None           # 单位 / 机构 alone need 有关 / 各 (handled above)
    if is_role_part(n):
        return None           # 主办科室: a section named by its part in one matter, as 主办单位
    if suffix in ("人民政府", "政府") and body in ("", "本级"):
        return None
    if kind == "county_gov" and body.endswith(TOWNSHIP_LEVELS):
        return "township"     # 古林镇人民政府, 镇政府: a township's government
    if _central(base, body):
        return "central" if kind == "department" else kind
    if kind == "enterprise" and CENTRAL_BANK_RE.match(base):
        return "central"      # 中国人民银行苏州市中心支行: the central bank and its branches, no enterprise
    return kind


#: the central bank and its branches (中国人民银行, 人民银行苏州市中心支行, 人行廊坊市中心支行, 中国人民银行
#: 上海总部): a body of the State, though its name ends as a bank's does
CENTRAL_BANK_RE = re.compile("^(?:中国人民银行(?:[" + HAN_RANGE + "（）]{2,20}?总部)?|" + CENTRAL_BANK_BRANCH + ")$")


def _collective_ok(n: str) -> bool:
    """A collective must end like a set of units (各地区, 有关部门, 各乡镇（街道）, 各县（市、区）政府)."""
    base = _strip_alias(n)
    if base.endswith(COLLECTIVE_ENDINGS) or _suffix(base) or _suffix(n):
        return True
    tail = base[1:] if base.startswith("各") else base
    # 相关盟市, 有关市县, 其他旗县（市、区）: a qualifier before a set of levels
    tail = re.sub(r"^(?:有关|相关|其他|其它)", "", tail)
    return bool(re.fullmatch(_LEVELS + r"{1,3}", tail))


def _central(name: str, body: str) -> bool:
    """State Council bodies: 国务院办公厅, 国家发展改革委, 财政部, 税务总局."""
    if name.startswith(("国务院", "国家", "中共中央", "中央", "全国")):
        return True
    if name.endswith(("总局", "总署")) and (name.startswith(("市场", "市政"))
                                            or not name.startswith(tuple(PLACE_ENDINGS))):
        return True
    # (城乡 names a field, 住房城乡建设部: its 乡 is no place's end)
    return name.endswith("部") and len(name) <= 9 and not re.match(
        r"^(中共)?[\u4e00-\u9fff]{0,6}?[" + PLACE_ENDINGS + "]", name[:-1].replace("城乡", "") or "x") \
        and "委" not in name


def is_unit_name(name: str) -> bool:
    """Does ``name`` (as written) form an organisation's name or a collective of them?"""
    return unit_kind(name) is not None


# ---------------------------------------------------------------- fused names

#: suffixes of a branch named after its place (中国人民银行市中心支行 is one name)
BRANCH_SUFFIXES = ("中心支行", "支行", "分行", "分局", "支队", "大队", "中队", "分公司", "营业部",
                   "分中心", "管理部")
_PREFIX_START_RE = re.compile(r"(?=(?:中共|国务院|国家|[省市州盟区县旗乡镇])[\u4e00-\u9fff])")


def split_fused(text: str) -> list[str]:
    """Split names written with no separator: ``市发改委市财政局`` -> [市发改委, 市财政局].

    A split point is where a complete unit name ends and an administrative prefix starts a
    second complete unit name; a string that is one name stays whole (``市生态环境局咸安分局``).
    """
    return list(_split_fused(text))


@lru_cache(maxsize=CACHE_SIZE)
def _split_fused(text: str) -> tuple[str, ...]:
    n = text.strip()
    if len(n) < 5 or len(n) > 40 * _MAX_LEN:    # a run of 40 fused names is not a list
        return (n,)
    for m in _PREFIX_START_RE.finditer(n):
        k = m.start()
        if k > 4 * _MAX_LEN:          # the left part is too long to be one name
            break
        if k < 2 or len(n) - k < 2:
            continue
        if _cuts_ending(n, k):
            continue          # 苏州工业园|区管委会: a cut through an ending (园区), inside one name
        left, right = n[:k], n[k:]
        if right[1:] in BRANCH_SUFFIXES or right[2:] in BRANCH_SUFFIXES:
            continue          # 中国人民银行市中心支行: a branch named after its place
        if (left in ("省委", "市委", "州委", "县委", "区委", "旗委") and re.match(
                r"^[省市州县区旗](?:人民)?政府.{2,}", right)):
            continue          # 市委市政府督查室: one office of both
        if k == 2 and re.match(r"[区县市旗](?:人民政府|政府|委|人大|政协)", right):
            continue          # 新会区政府, 汉台区政府: a place of two characters whose second is an
            #                   ending (会, 台) before its level's government, one name
        if re.fullmatch(r"[^局委办厅院]{2,12}[科股]", right):
            continue          # 市场监管局市场主体监督管理科: the organ's section (市场, no level), one name
        if is_unit_name(left) and not left.startswith("各") and _has_own_suffix(left):
            rest = _split_fused(right)
            if all(is_unit_name(r) for r in rest):
                return (left, *rest)
    return (n,)


#: endings of a zone or park written without its place (经开区, 高新园, 工业园区): such a name may
#: stand before another in a run, unlike a bare place (嘉兴市, 咸安区), which is a prefix there
# (旅游度假区, 风景名胜区 / 风景区: zones a 管委会 governs as a 开发区's does)
ZONE_ENDINGS = ("开发区", "经开区", "高新区", "新区", "园区", "管理区", "示范区", "试验区", "合作区", "度假区", "风景区",
                "工业园", "产业园", "高新园", "科技园")
_RUN_MAX = 12       # a name in a run of short names: longer ones are written with a prefix


def split_run(text: str) -> list[str]:
    """Split a run of short names written with no separator and no administrative prefix
    (a table cell flattened into one string): ``教育局经开区高新园（邹区镇）各街道`` ->
    [教育局, 经开区, 高新园（邹区镇）, 各街道]; ``五星街道南大街街道荷花池街道`` -> three 街道.

    A split is made only where the whole run decomposes into names of known shape, each with
    a body of at least two characters before its organisational ending (so 县委办公室, 市场监管局
    and 各街道办事处 stay whole), or a 各/有关 collective; a bare place (嘉兴市) is a prefix, never
    a name followed by another, and a branch (咸安分局, 交警大队) belongs to what precedes it.
    Among decompositions the one with the most names wins (南大街街道 is one name only when
    五星街道南大街 cannot stand alone). A string that does not decompose stays whole.

    >>> split_run("民政局高新园（邹区镇）各街道")
    ['民政局', '高新园（邹区镇）', '各街道']
    >>> split_run("市场监管局"), split_run("北京市海淀区教育局"), split_run("县公安局交警大队")
    (['市场监管局'], ['北京市海淀区教育局'], ['县公安局交警大队'])
    """
    n = clean(text)
    if len(n) < 6 or len(n) > 16 * _RUN_MAX or "、" in n:
        return [n]
    best = _best_run(n)
    if best and len(best) == 2 and _TOWNS_EACH_RE.fullmatch(best[0]) and _TOWNS_OWN_BODY_RE.fullmatch(best[1]):
        return [n]      # 各街道便民服务中心: each sub-district's own centre, one name (not 各街道 and a centre)
    return list(best) if best and len(best) > 1 else [n]


# every township or sub-district of the text (各街道, 各乡镇（街道）) and a body each of them has
# (便民服务中心, 综合执法队, 财政所): written together, the one body of each
_TOWNS_EACH_RE = re.compile(r"各(?:乡镇（街道）|镇（街道）|街道（乡镇）|街道（镇）|乡（镇）|乡镇|镇街|街道|镇|乡)")
_TOWNS_OWN_BODY_RE = re.compile(r"(?![各省市县区])[\u4e00-\u9fff]{2,10}(?:服务中心|中心|工作站|站|所|队|办公室)")


#: endings a name has in a run of a district's units though not on its own: a sub-district
#: (五星街道) or a park (高新园) named without its district
RUN_ENDINGS = ("街道", "园")
#: places, not bodies, though they end in 园 (市公园城市局 is not 市公园 + 城市局)
_PLACE_NOUNS = ("公园", "花园", "家园", "校园", "乐园", "庄园", "田园", "菜园", "果园", "陵园", "墓园",
                "动物园", "植物园", "幼儿园", "游乐园")
#: collectives of bodies (not places) that belong to the name written before them
# (and the groups and task forces a 指挥部 or 领导小组 works through: 市疫情防控指挥部各工作组,
# 领导小组各专项组, 各专班, whose names say whose groups they are only by standing after it)
_BODY_SETS = ("部门", "单位", "机构", "机关", "科室", "处室", "委办局", "直属机构", "成员单位",
              "组", "专班")
#: heads of central bodies: a name in a run after one of them is that body's own organ
#: (中央军委政治工作部, 国务院扶贫办综合司), never a second unit; so are the local branches of the
#: vertically run national systems, named after their head (国家税务总局上海市税务局,
#: 国家金融监督管理总局北京监管局, 国家统计局浙江调查总队, 中国人民银行杭州中心支行)
_CENTRAL_HEADS = ("中央", "中共中央", "国务院", "全国人大", "全国政协",
                  "国家税务总局", "国家金融监督管理总局", "国家外汇管理局", "国家统计局", "中国人民银行",
                  "中国银行保险监督管理委员会", "中国证券监督管理委员会")
#: local heads whose organs are written after them (市人大常委会选举任免联络工作委员会, 市政协提案委员会):
#: a name in a run after one of them is that body's own organ, never a second unit
_ORGAN_HEADS = ("人大常委会", "政协")
#: words that end a name and never begin one
_TAIL_WORDS = ("管委会", "管理", "服务", "建设", "工作", "办公室", "人民政府", "政府", "委员会", "办事处")


#: 各 and administrative level words alone (各市（州）, 各县（市、区）, 各市县): the governments of
#: those levels, or, before a name with no place of its own, that name's owners
_LEVELS_ONLY_RE = re.compile(r"各[省市州县区旗盟]{1,3}(?:（[省市州县区旗盟、]{1,7}）[省市州县区旗盟]{0,2})?")
# the levels of a collective of places with a bracket, 地 (a province's prefectures) or 乡镇 and
# 街道 (a county's townships) among them: 各地（市）发展改革委, 各乡镇（街道）财政所 are those
# places' own organs, one collective, unless the name after opens with a level of its own
# (各街道（社区）市国有公司: two names of a flattened cell)
_LEVEL_WORD = r"(?:[省市州县区旗盟地乡镇]|街道)"
_PLACE_LEVELS_RE = re.compile("各" + _LEVEL_WORD + "{1,3}（" + _LEVEL_WORD + "(?:、" + _LEVEL_WORD
                              + "){0,3}）" + _LEVEL_WORD + "{0,2}")
_RUN_CHARS_RE = re.compile("[" + HAN_RANGE + "（）]+")       # what a run piece is made of
#: a company's legal form written after its name (集团有限公司, 股份有限公司, 集团公司): never a
#: name of a run by itself
_FIRM_FORM_RE = re.compile("(?:集团|控股|股份|有限|责任)+(?:公司)?")
_NOT_RUN_CHAR_RE = re.compile("[^" + HAN_RANGE + "（）]")
#: the characters a run piece can end in: an organisational ending's last, or a bracket
_RUN_LAST_CHARS = frozenset(e[-1] for e in (*SUFFIX_KINDS, *RUN_ENDINGS, *ZONE_ENDINGS, "）"))


def _run_piece(piece: str, last: bool, first: bool = True) -> bool:
    if not 3 <= len(piece) <= _RUN_MAX + 8 or not _RUN_CHARS_RE.fullmatch(piece):
        return False
    if piece[-1] not in _RUN_LAST_CHARS and not piece.startswith(("各", "有关")):
        return False            # no ending of a name (most heads tried: a clause's prefixes)
    base = _strip_alias(piece)
    if len(base) > _RUN_MAX or "（" in base:
        return False
    if piece.startswith(("各", "有关")):
        # 各街道, 各乡镇: the places of a district; 各部门 / 有关单位 after a name are its own
        # (国务院各部门), so they never start a name of a run
        if not last and _LEVELS_ONLY_RE.fullmatch(piece):
            return False        # 各市（州）数据管理部门: the levels own the organ after them, a prefix
        return unit_kind(piece) == "collective" and not base.endswith(_BODY_SETS)
    if not last and piece.startswith(_CENTRAL_HEADS):
        return False            # 中央军委政治工作部: the name after is the central body's own organ
    if not last and (base.endswith(_ORGAN_HEADS) or (
            base.endswith("委") and len(base) >= 3 and base[-2] in "省市县区州盟旗地"
            and unit_kind(base) == "department") or (
            # 省委教育工委宣传部, 市直机关工委组织部: a work committee's own department
            base.endswith(("工委", "政法委")) and len(base) >= 4 and not base.startswith("各")) or (
            base.endswith(("党委", "党工委")) and len(base) >= 4 and not base.startswith("各"))):
        # 市人大常委会法制工作委员会: the committee after is the congress's own; 中共宜昌市委统战部,
        # 宜昌市委宣传部: the department after a Party committee is the committee's own, and so
        # where the committee is written 党委 (自治区党委组织部, 兵团党委宣传部, 师市党委组织部)
        return False
    if (("政府" in base and not base.endswith("政府")) or piece.startswith(_TAIL_WORDS)
            or piece[0] in "会局厅处室署站所队部委" or piece.startswith(("党委", "党工委"))):
        return False            # 管委会财政局: 管委会 ends the name before it (高新区党工委党群工作部)
    if base.endswith(RUN_ENDINGS) and not base.endswith(NOT_UNIT_ENDINGS):
        ending = next(e for e in RUN_ENDINGS if base.endswith(e))
        return (len(base) - len(ending) >= 2 and not is_person_or_post(base)
                and base[0] not in PLACE_ENDINGS and not base.endswith(_PLACE_NOUNS)
                and not re.search("[局委厅办署司院所站]", base[: -len(ending)]))
    # the tests on the piece's own ending come before unit_kind (the costly one: most pieces
    # tried are prefixes of a clause, with no organisational ending)
    if _FIRM_FORM_RE.fullmatch(base):
        return False            # 中国铁路呼和浩特局集团有限公司: a company's legal form, no name of its own
    if re.match("(?:集团|控股|股份|有限)", base):
        return False            # (中国铁路兰州局)集团有限公司兰州西站: a piece opening with a company's
        #                         legal form is the tail of the company before it and its branch
    suffix = _suffix(base)
    if suffix and re.search("[局厅]", base[: -len(suffix)]):
        return False            # 信局大数据中心: a bureau's ending inside a short name
    if suffix and base[: -len(suffix)].endswith(("和", "及", "与")):
        return False            # 经济信息化和科(学技术局): a conjunction before the ending, inside a name
    if suffix and base[1:2] in ("和", "及", "与") and len(base) - len(suffix) > 2:
        return False            # 新区科|技和人才局: a piece opening with one character and a
        #                         conjunction is the cut-off end of a word (科技和人才), no name;
        #                         a name does start so only when its ending follows (人和街道)
    if not (base in ZONE_ENDINGS and len(base) >= 3):     # 经开区, 高新区: a zone called by its kind alone
        if suffix is None or len(base) - len(suffix) < 2:
            return False
        if base.endswith(BRANCH_SUFFIXES):
            return False
        if base[-1] in PLACE_ENDINGS and not base.endswith(ZONE_ENDINGS) and not last:
            return False        # 北京市 before 海淀区…: a prefix, not a name of the run
        if base.endswith("政府") and not last:
            return False        # 上一级人民政府交通运输主管部门: the government's own department
    kind = unit_kind(piece)
    if kind in (None, "collective"):
        return False            # 成员单位 is a collective only with 各 / 有关
    if not first and (kind == "group" or base[-1] in "科股室处"):
        # 区域教育中心建设专班: a task force is named after its matter; 财政局预算科: a
        # section belongs to the body before it
        return False
    return True


def run_pieces(text: str) -> Optional[list[str]]:
    """The names ``text`` decomposes into as a run (one or more), or None when it does not:
    ``run_pieces("教育局经开区")`` -> [教育局, 经开区]; a clause gives None."""
    n = clean(text)
    if len(n) > 16 * _RUN_MAX:
        return None
    best = _best_run(n)
    return list(best) if best else None


_MULTI_SUFFIXES = frozenset(s for s in _SUFFIXES if len(s) > 1)
_MULTI_LENS = sorted({len(s) for s in _MULTI_SUFFIXES})


def _cuts_ending(n: str, k: int) -> bool:
    """Would a cut before ``n[k]`` go through an organisational ending (园|区 of 园区)?"""
    for i in range(max(0, k - _MULTI_LENS[-1] + 1), k):      # an ending starting at i < k
        for length in _MULTI_LENS:
            if k < i + length <= len(n) and n[i:i + length] in _MULTI_SUFFIXES:
                return True
    return False


@lru_cache(maxsize=CACHE_SIZE)
def _best_run(n: str, first: bool = True) -> Optional[tuple[str, ...]]:
    """The decomposition of ``n`` into run pieces with the most pieces (None when there is none);
    ``first``: ``n`` starts the run."""
    best: Optional[tuple[str, ...]] = None
    if _NOT_RUN_CHAR_RE.search(n) or (n[-1:] not in _RUN_LAST_CHARS
                                      and "各" not in n and "有关" not in n):
        # the piece that ends ``n`` would hold a character no piece holds, or it ends in no
        # name's ending and cannot be a 各/有关 collective: no decomposition (most texts asked:
        # a clause's prefixes), as the loop below would find, piece by piece
        return None
    collective = n.startswith(("各", "有关"))
    # a head longer than a run piece can be is none (nor is any longer head)
    for k in range(3, min(len(n), _RUN_MAX + 8) + 1):
        if n[k - 1] not in _RUN_LAST_CHARS and not collective:
            continue        # the head ends no name (as _run_piece would find)
        head = n[:k]
        if head.count("（") != head.count("）"):
            continue
        if k < len(n) and head.startswith(("中共", "中国共产党")) and head.endswith("委员会") \
                and "政府" not in n[k:] and not n.startswith(("中共", "中国共产党"), k):
            continue        # 中共突泉县委员会宣传部: the Party committee's full name before its organ
        if k == len(n):
            cand = (head,) if _run_piece(head, True, first) else None
        elif (_PLACE_LEVELS_RE.fullmatch(head) and n[k] not in "省市州县区旗盟"
              and _suffix(n[k:]) is not None):
            cand = None     # 各地（市）发展改革委: the places' own organ, no run of two
        elif _run_piece(head, False, first) and not _cuts_ending(n, k):
            rest = _best_run(n[k:], False)
            cand = (head, *rest) if rest else None
            if (cand and head.endswith(("有限公司", "有限责任公司", "集团公司")) and len(rest) == 1
                    and len(rest[0]) <= 8 and rest[0].endswith(("站", "段", "所", "厂", "矿"))):
                cand = None     # 中国铁路青藏集团有限公司西宁站: the company's station or works, its own
            elif cand and _strip_alias(head).endswith(ZONE_ENDINGS) and rest[0].endswith("部门"):
                cand = None     # 浦东新区知识产权部门: a body named by its field is the zone's own
            elif cand and _strip_alias(head).endswith(ZONE_ENDINGS) and _zones_own(rest[0]):
                # 示范区工业和信息化局, 苏州高新区城投公司: a zone (called by its kind alone or
                # by its name) and a body with no place of its own after it is the zone's own
                # body, as 区 or 新区 before a bureau is (a zone, a township or a set after it
                # is a unit of its own: 经开区高新园, 经开区各街道)
                cand = None
        else:
            cand = None
        if cand and (best is None or len(cand) > len(best)):
            best = cand
    return best


def _zones_own(piece: str) -> bool:
    """Is ``piece``, written after a zone (示范区, 苏州高新区), that zone's
    own body: a department, company or institution opening with no place or level word of its
    own (工业和信息化局, 城投公司), never a zone, township or set of units?"""
    base = _strip_alias(piece)
    return (base[:1] not in PLACE_ENDINGS and not base.startswith(("各", "有关", "相关"))
            and not base.endswith(ZONE_ENDINGS + RUN_ENDINGS)
            and unit_kind(piece) in ("department", "enterprise", "institution"))


def _has_own_suffix(name: str) -> bool:
    """The left part of a fused pair must end with a real organisational suffix (not a place)."""
    return _suffix(_strip_alias(clean(name))) is not None


# ---------------------------------------------------------------- finding names in text

def find_units(text: str) -> list[tuple[int, int, str, str]]:
    """Unit names in ``text``: ``(start, end, name, kind)`` with offsets into ``text``.

    The text is cut at separators (、，；。 and white space outside brackets, conjunctions 和/及/与
    between names), each piece is split where names are fused, and the longest unit name ending
    each piece is kept. Meant for lists (annotations, cells, labelled lines) and for the subject
    of a duty clause; a piece that is not a name gives nothing.

    >>> [n for _, _, n, _ in find_units("责任单位：省发展改革委、省市场监管局、商务厅")]
    ['省发展改革委', '省市场监管局', '商务厅']
    """
    out: list[tuple[int, int, str, str]] = []
    for start, piece in _pieces(text):
        offset = start
        piece = _strip_verb(piece)
        for part in split_fused(piece):
            at = text.find(part, offset)
            at = offset if at < 0 else at
            hit = _longest_tail_unit(part)
            if hit is not None:
                k, name, kind = hit
                out.append((at + k, at + len(part), name, kind))
            offset = at + len(part)
    return out


def _longest_tail_unit(piece: str) -> Optional[tuple[int, str, str]]:
    """The longest unit name ending ``piece`` (a label, preposition or verb before it is
    dropped: ``由市财政局`` -> 市财政局)."""
    piece = piece.rstrip("。；;，,、 ")
    for k in range(0, max(0, len(piece) - 1)):
        cand = piece[k:]
        kind = unit_kind(cand)
        if kind is None:
            continue
        rest = cand[1:]
        if cand[0] in NEVER_FIRST or (cand[0] in RARELY_FIRST and rest.startswith(
                ADMIN_PREFIXES + ("各", "有关", "相关")) and unit_kind(rest)):
            continue
        return k, cand, kind
    return None


def _strip_verb(piece: str) -> str:
    m = VERB_TAIL_RE.search(piece)
    return piece[:m.start()] if m and m.start() > 0 else piece


_SEP = "、，,；;。：:\n\t "


def _pieces(text: str) -> list[tuple[int, str]]:
    """Cut ``text`` at separators outside brackets, keeping collectives with 、 whole."""
    out: list[tuple[int, str]] = []
    depth, start = 0, 0
    norm = text
    k = 0
    while k <= len(norm):
        ch = norm[k] if k < len(norm) else "\n"
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
        if depth == 0 and (k == len(norm) or ch in _SEP):
            if ch == "、":
                m = _collective_at(norm, start)
                if m and m > k:
                    k = m
                    continue
            piece = norm[start:k]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                for sub_at, sub in _split_conj(piece.strip()):
                    out.append((start + lead + sub_at, sub))
            start = k + 1
        k += 1
    return out


def _collective_at(text: str, start: int) -> Optional[int]:
    """End offset of a collective containing 、 that starts at ``start`` (各乡、镇人民政府,
    相关市、县政府)."""
    rest = compact(text[start:start + 40])
    m = re.match(r"(?:各|相关|有关)" + _LEVELS + r"(?:、" + _LEVELS + r")+(?:人民政府|政府|党委|部门)?",
                 rest)
    if not m or not unit_kind(m.group(0)):
        return None
    # map the compact length back onto the text (white space may sit inside)
    want, k = len(m.group(0)), start
    while want and k < len(text):
        if not text[k].isspace():
            want -= 1
        k += 1
    return k


def _split_conj(piece: str) -> list[tuple[int, str]]:
    """Split on 和/及/以及/与 only where both sides end in unit names."""
    piece_v = _strip_verb(piece)
    for conj in ("以及", "及", "与", "和"):
        if conj not in piece_v:
            continue
        parts = piece_v.split(conj)
        if len(parts) > 1 and all(_longest_tail_unit(p) for p in parts):
            out, at = [], 0
            for p in parts:
                out.append((at, p))
                at += len(p) + len(conj)
            return out
    return [(0, piece)]
