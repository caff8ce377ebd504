"""Which government a document speaks for, read from the document itself.

Sources, strongest first (the first that names a place settles it; the weaker ones settle
ambiguities and the level):

- ``issuer``: the issuer line or one-line title (``嘉兴市人民政府办公室``, ``国务院办公厅``); for
  a regulation, the congress its adoption line names (``2019年9月26日 信阳市第五届人民代表大会
  常务委员会第十三次会议通过``), not the one that approved it (``河南省…会议批准``), and not a
  place its title goes on to name (``上海市浦东新区…规定`` adopted by 上海市 is 上海市's; a
  title's first place written in full within the adopter, ``温州市…条例`` adopted by 浙江省,
  is the place it is written for);
- ``title``: a place at the start of the title (``2023年莲都区政府工作报告…``, ``潍坊市…方案``);
- ``signature``: the 落款, an organisation's name on the line before a date;
- ``docnum``: the 文号 prefix, through ``kg/data/docnum_prefixes.tsv`` or the gazetteer's
  abbreviations (``冀政办发`` -> 河北省, ``鞍立政发`` -> 鞍山市立山区);
- ``addressee``: the place names and the level of the addressees (``市直各单位`` says city level,
  ``各省、自治区、直辖市`` says national);
- ``text``: the place named most often in the document (``人行嘉兴市中心支行``);
- ``units``: the level of the units named (``省发展改革委`` -> provincial, ``国务院`` -> national).

A place in the form of a government's name that the gazetteer does not have (``某市``) is kept
by name, without adcode. Nothing found gives ``Jurisdiction(None, how="unknown")``: the
document's relative names (``市发改委``) then stay scoped to the document.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence

from ..text import compact, normalise
from ..patterns import BREADCRUMB, BYLINE_FIELD, BYLINE_RE, CN_DATE, CORPS_HEAD, CORPS_ORDINAL, DATE, DOCNUM, HAN, unglossed
from ..model import Jurisdiction, Line
from .divisions import NATIONAL, Division, Divisions, load_divisions, township_counties

UNKNOWN = Jurisdiction(None)

NUMBER_RE = re.compile("(" + HAN + "{1,10})" + DOCNUM)
OWN_NUMBER_RE = re.compile("^(?:发文字号：|文号：)?(" + HAN + "{1,10})" + DOCNUM)
# 结合嘉兴实际, 结合本县实际: the place whose conditions the document adapts to is its own
OWN_PLACE_RE = re.compile("结合(" + HAN + "{2,10}?)(?:的)?(?:实际|特点|市情|县情|区情|省情)")
# 自治州人民政府决定…, 县政府第4次常务会议议定…: a government naming itself by its level word
# alone, as it decides or holds its own executive meeting (常务会议, the government's meeting)
SELF_LEVEL_RE = re.compile(r"(?:^|[，,。；;：:\s])(自治州|自治县|州|盟|旗|市|县|区)(?:人民政府|政府|行政公署)"
                           r"(?:决定|研究决定|(?:第[一二三四五六七八九十百零〇\d]+次)?常务会议)")
# a text speaking of itself as a local government (结合我县…, 在本市范围内): one that names 国务院 cites
# the state's decisions (贯彻落实国务院及省、市决策部署), it is not the state's text
# 我代表朝阳区人民政府，向大会报告工作: the government a work report is made for is the report's
# the text's own leader, named by the level word alone, chairing the standing committee of the Party
# committee of that level of a place named in full (县委书记…主持召开墨竹工卡县十届县委常委会第101次会议):
# that place's committee, the text's own
OWN_COMMITTEE_RE = re.compile(r"(?:^|[\s，,。；;：:、])(县|区|市|州|旗|盟)委书记[^。\n，,]{0,12}?主持召开(" + HAN
                              + r"{2,12}?)(?:第?[一二三四五六七八九十]{1,3}届)?\1委常委会")
REPORT_SELF_RE = re.compile("代表(" + HAN + r"{2,20}?人民政府(?:" + HAN + r"{1,12}?街道办事处)?)[，,]?向(?:大会|会议)")
# a government below the province named by its level word alone, as the text's actor
# (以州政府名义, 报送州政府, 州政府各部门): counted against 国务院's mentions before a text is
# taken for the State's by the units it names (:func:`_local_government_speaks`)
LEVEL_GOVERNMENT_RE = re.compile(r"(?:^|[\s，,。；;：:、（(“以经由向送交报和及与])"
                                 r"(?:自治州|州|盟|旗|自治县|县|市|林区|区)(?:人民政府|政府|行政公署)(?!采购)")
# a division kind whose level word the table gives one division only (林区: 神农架林区, the only
# forestry district directly under a province), written alone as the text's own government or Party committee
# (林区党委常委, 林区政府副区长): that division, as 县政府 would be a county's if counties were one
UNIQUE_KIND_WORDS = {"林区": "forestry_district"}
UNIQUE_KIND_SELF_RE = re.compile(r"(?:^|[\s，,。；;：:、（(“])(" + "|".join(UNIQUE_KIND_WORDS)
                                 + r")(?:人民政府|政府|党委|委员会|人大|政协)")
# a 国家X局/委 counted as a national unit; not a 国家级 zone's body (国家级开发区管委) nor a park's
# managing bureau named with its 国家公园 (神农架国家公园管理局, 某国家森林公园管理局): a local one
NATIONAL_UNIT_RE = re.compile(r"国家(?!级|(?:森林|湿地|地质|矿山|海洋|沙漠|草原)?公园)"
                              r"[\u4e00-\u9fff]{1,10}(局|委)")
LOCAL_SELF_RE = re.compile(r"(?:我|本)(?:省|自治区|市|自治州|州|盟|县|自治县|区|旗)(?![委长域场])")
DATE_RE = re.compile("^(?:" + DATE + "|" + CN_DATE + ")$")
# a 落款 run together with its date on one line, as copied pages often join them
# (东莞市卫生和计划生育局2016年4月20日): the name before the date is a signature too
NAME_DATE_RE = re.compile("^(.{2,40}?)(?:" + DATE + "|" + CN_DATE + ")$")
ORG_RE = re.compile(r"^(中共)?[\u4e00-\u9fff（）、]{2,40}?(人民政府办公室|人民政府办公厅|人民政府|政府办公室|"
                    r"办公室|办公厅|委员会|领导小组|管理委员会|管委会|局|厅|委|办|中心|院|部|市委|县委|区委|"
                    r"省委)$")
# (国家级X is a rank, a local zone's grade: 国家级开发区管委 is a city's body, not the state's)
NATIONAL_RE = re.compile(r"^(国务院|中共中央|中央|全国人大|全国人民代表大会|国家(?!级)(?=[\u4e00-\u9fff]{1,14}"
                         r"(局|委|署|院|部|委员会|中心)$))")
# a title opening with a national body that is no standing office (国家教育督导检查组对河北省…反馈意见):
# the State's, whatever place it goes on to name; a body whose name holds a place's level word
# (国家税务总局嘉兴市税务局, 国家卫生城市…办公室) or a 国家级 zone is a local one
NATIONAL_TITLE_BODY_RE = re.compile(r"^国家(?!级)[^省市县区州旗盟\W\d]{1,14}?(?:局|委|署|院|部|委员会|中心|组)"
                                    r"(?=关于|对|印发)")
MINISTRY_RE = re.compile("^(?!.*[省市县区州旗盟])" + HAN + "{2,12}(部|总局|总署|银行)(办公厅)?$")
# the country's own committees and people's organisations named as the whole country's
# (全国爱国卫生运动委员会, 全国绿化委员会办公室, 中华全国总工会, 全国妇联) and the State's agencies
# named 中国X (中国气象局, 中国疾病预防控制中心, 中国科学院): never a body whose name holds a
# place's level word (中国共产党X县委员会, 中国人民银行X市中心支行, X镇委员会)
NATIONAL_BODY_RE = re.compile(
    r"^(?=.{4,}$)(?!.*[省市县区州旗盟镇乡村街])(?:(?:中华)?全国(?!各|地方)" + HAN
    + r"{0,16}?(?:委员会|委员会办公室|办公室|办|领导小组|工作小组|总工会|联合会|妇联|工商联|总会|政协)"
    r"|中国" + HAN + r"{2,14}?(?:局|中心|科学院|工程院|研究院))$")
LEADING_NOISE = re.compile(r"^(（[^（）]{0,30}）|\d{4}年(度)?|关于)+")
# the act a notice's title names before the place its matter is of (关于成立攸县…, 关于印发X县…, 关于调整…)
TITLE_ACT_RE = re.compile(r"^(?:成立|调整|印发|公布|设立|组建|建立|开展|做好|加强|推进|实施|命名)")
# addressees only a prefecture (or a province) writes to: its counties
PREFECTURE_ONLY = (r"各县（市、区）|各县、市、区|各区、县|各县（区）|各县区|各区（县|各县（市）|"
                   r"各区人民政府|各县人民政府")
# addressee phrases -> the level of the government that writes to them
ADDRESSEE_LEVELS = (
    # (各省（自治区）交通局: every province's department, written with its alternative in brackets)
    # (全国地方各级人民法院, 全国各级…: the whole country's bodies of one kind, written to by the state)
    ("national", re.compile(r"各省、自治区、直辖市|各省（自治区(?:、直辖市)?）|国务院各部委|国务院各直属机构|中央和国家机关|"
                            r"^全国(?:地方)?各级")),
    ("province", re.compile(r"各市（州）|各市、州|各地级以上市|各设区市|各地级市|省级有关部门|省直各|"
                            r"省政府各|省直有关|省属|各盟市|各盟|各地、州、市|各州、市|自治区各|"
                            r"自治区直|自治区政府各|省各")),
    ("county", re.compile(r"各乡|各镇|乡镇人民政府|各街道|街道办事处|区直|县直|区政府各|县政府各|"
                          r"区属各|县属各|旗直")),
    ("prefecture", re.compile(PREFECTURE_ONLY + r"|市直|市政府各|市府直属|市属各|州直|盟直")),
)
PREFECTURE_ONLY_RE = re.compile(PREFECTURE_ONLY)
# units written with a relative prefix, between separators: 省发展改革委, 市科技局, 区发改局; not
# 市政局 (市政, municipal works: a district's bureau as well), but 市政府办, 市政协办, 市政务服务中心
# (a conjunction before another level word ends the unit: 省政府和市委 is two, not a 省 unit ending
# in 委; 省住房和城乡建设厅 is one)
UNIT_PREFIX_RE = re.compile(r"(?:^|[、，；：（\s|“])(自治区|省|市|县|区|旗|州)"
                            r"(?!场|民|级|直|内|外|域|属|长|委员会|政(?!府|协|务|法))"
                            r"(?:(?![和及与](?:自治区|省|市|县|区|旗|州))[\u4e00-\u9fff]){1,12}?"
                            r"(?:局|委|厅|办|中心|部)(?=[、，；。）\s|”]|$)")
# 2023年区政府重点民生实事项目, 县人民政府工作报告…: a title naming a government by its level word alone
TITLE_SELF_RE = re.compile(r"^(?:\d{4}年度?)?(自治区|省|市|县|区|旗|州)(?:人民)?政府(?!采购)")
# 市直各单位 / 县直有关部门 / 区直相关单位: the units directly under the writer's own government
DIRECT_UNITS_RE = re.compile(r"(?:^|[、，；：（\s|“])(省|市|县|区|旗|州)直(?:各|有关|相关|所有)")
RELATIVE_LEVEL = {"自治区": "province", "省": "province", "市": "prefecture", "州": "prefecture",
                  "县": "county", "区": "county", "旗": "county"}
PLACE_RE = re.compile("^(" + HAN + "{1,8}?(?:自治州|自治县|地区|盟|市|县|区|省|旗))"
                      r"(?=\d|人民|政府|关于|党委|委员会|办公|$)")
# a township's government (or its Party committee) by its name, as an issuer names itself
TOWNSHIP_PLACE_RE = re.compile("^(" + HAN + "{2,6}?(?:镇|乡|苏木|街道))(?=人民政府|政府|办事处|党委|委员会|\\d{4}年|关于)")
# a preposition or pronoun before a bare level word opens a title with the government it
# speaks to or of, not a place's name: 对省政府…目标任务分解落实方案 (a department's breakdown of
# its province's tasks), 向市政府…, 本县…
RELATION_LEVEL_RE = re.compile(r"^[对向为在从按由经据将与同给本我全该各][省市县区州旗盟]$")
CITED_RE = re.compile(r"《[^《》\n]{0,80}》|（[^（）\n]{0,12}〔\d{4}〕\d+号）|（[^（）\n]{0,12}令第?\d+号）")
BREADCRUMB_RE = re.compile(BREADCRUMB)
# a site's greeting (北京九盛融汇投资管理公司欢迎您! 010-…, 欢迎访问中国…网): the site's owner and its
# place, not the document's government
GREETING_RE = re.compile(r"欢迎(?:您|光临|访问|来到)|歡迎(?:您|光臨|訪問|來到)")
# a site's copyright notice (凡注明来源为“海口网”的所有作品，版权均属海口网所有; 未经本网书面授权…;
# 转载自其它媒体): the site, not the document's government
COPYRIGHT_RE = re.compile(r"版权(?:均)?(?:属|归)|版權(?:均)?(?:屬|歸)|未经本网|未經本網|转载自|轉載自")
# a news site's dateline opening a line (海口網3月15日消息, 荆州新闻网讯, 东方网4月2日电): the site and its
# place, not the government the article is about
DATELINE_RE = re.compile(r"^[^\s，,。：:（）]{2,12}?(?:网|網)(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:讯|訊|消息|电|電)")
# the source field of a byline: 来源：芜湖市人民政府
SOURCE_FIELD_RE = re.compile(r"(?:文章|信息)?来源[：:]\s*([^\s：:]{2,40}?)(?=\s|" + BYLINE_FIELD + r"|$)")
# a law database's field naming the body that made the document (•【制定机关】中共中央办公厅,
# 5. 【颁布单位】最高人民检察院; its brackets normalised to （）): its issuer, stated apart from the text
ISSUER_FIELD_RE = re.compile(r"^[•·●▪\-*\d.]*[【（](?:制定机关|颁布单位|发布部门|发文机关)[】）][：:]?(\S{2,40})$")
# a government portal's 索引号 opening with its division's code and four digits
# (4311230009/2016-00065: 双牌县); a social credit code or a serial number is none
INDEX_CODE_RE = re.compile(r"^[•·●▪\-*]*索引号[：:|]?(\d{6})\d{4}/")
# a 索引号 that opens with the issuing organ's 统一社会信用代码 (11410402005462140C/2021-00011: 1 an organ
# registered by the 编制 office, 1-9 its kind, then the six-digit code of the division it is registered in)
CREDIT_INDEX_RE = re.compile(r"索引号[：:|]?1[1-9](\d{6})[0-9A-Z]{10}/")
HEAD_LINES = 12     # lines at the top of a document read for the 文号 and the addressees
# a regulation's adoption line (compact): [date] [经] X[第N届]人民代表大会[常务委员会]…通过; X is
# the government whose congress adopted it (the province's 批准 line only approves it); X holds
# no 在 (张三市长在市九届人大…会议上所作的报告: a speech at the congress, no adoption by it)
ADOPTED_RE = re.compile(r"^(?:" + DATE + "|" + CN_DATE + r")?[（(]?经?(?P<name>(?:(?!在)" + HAN
                        + r"){2,20}?)"
                        r"(?:第?[0-9一二三四五六七八九十]{1,4}届)?(?:人民代表大会|人大)")

# what a meeting does, never a word of a place's name (听取和讨论了市人大常委会…)
MEETING_VERB_RE = re.compile(r"了|听取|讨论|审议|传达|学习")


@lru_cache(maxsize=4)
def docnum_prefixes(path: Optional[str] = None) -> tuple[tuple[str, str, str], ...]:
    """The 文号 prefix table (``kg/data/docnum_prefixes.tsv``, or ``path``), longest prefix
    first: (prefix, issuer, level)."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = resources.files("kg.data").joinpath("docnum_prefixes.tsv").read_text("utf-8")
    rows = []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if cols[0] == "prefix" or len(cols) < 2:
            continue
        rows.append((cols[0].strip(), cols[1].strip(), (cols[2].strip() if len(cols) > 2 else "")
                     or "other"))
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


def _key(text: str) -> str:
    # a mirror's pinyin gloss after a character (六盤（pán）水市): no part of a place's name
    return unglossed(compact(normalise(text or "")))


def place_of_org(name: str, div: Divisions, context: Optional[Division] = None,
                 title: bool = False) -> Optional[Division]:
    """The place an organisation's name (or a title) begins with: ``嘉兴市人民政府办公室`` ->
    嘉兴市, ``中共綿陽市委`` -> 绵阳市, ``国务院办公厅`` -> the country."""
    key = re.sub(r"^(（[^（）]{0,30}）)+", "", _key(name))
    if title:
        key = LEADING_NOISE.sub("", key)
        if div.read_prefix(key, context, county_shorts=False) is None:
            # 关于成立攸县…领导小组的通知, 关于印发X县…方案的通知: the place after the act the notice does
            key = TITLE_ACT_RE.sub("", key)
    key = re.sub(r"^中共", "", key)
    reply = REPLY_HEADLINE_RE.match(key) if title else None
    if reply:
        # 国务院批复秦皇岛部分行政区划调整: news of the reply the place was given, the place's
        hit = div.read_prefix(TITLE_ACT_RE.sub("", key[reply.end():]), context)
        if hit is not None:
            return hit[0]
    corps = CORPS_DIVISION.match(key)
    if corps and div.read_prefix(key[corps.end():], context) is not None:
        key = key[corps.end():]     # 新疆生产建设兵团第八师石河子市…, 八师石河子市…: the division's city
    if key.startswith(("国务院", "中共中央", "全国人大", "最高人民法院", "最高人民检察院")) \
            or STATE_BODY_RE.match(key) or (
            not title and (NATIONAL_RE.match(key) or MINISTRY_RE.match(key)
                           or NATIONAL_BODY_RE.match(key))) or (
            title and NATIONAL_TITLE_BODY_RE.match(key)):
        return NATIONAL
    hit = div.read_prefix(key, context, county_shorts=not title)
    if hit is None:
        return _county_zone(key, div) if title else None
    d, end = hit
    rest = key[end:]
    zone = _prefecture_zone(d, rest, div)
    if zone is not None:
        return zone
    if not key[:end].endswith(d.name) and TOWNSHIP_AFTER_SHORT_RE.match(rest):
        return None     # 武安镇人民政府: a township's own name, not 武安市's short form and a rest
    branch = None if title or d.level == "county" else _BRANCH_RE.search(rest)
    if branch:
        # 长沙市生态环境局宁乡分局: a city bureau's branch in one of its counties, which it serves (its
        # notices go to that county's townships): the county
        own = [c for c in div.lookup(branch.group(1)) if c.level == "county" and div.within(c, d)]
        if len(own) == 1:
            return own[0]
    if title or rest:
        return d
    return None


# the short names a national zone's full kind is written by (新乡高新区 for 新乡高新技术产业开发区,
# 邯郸经开区 for 邯郸经济技术开发区), the zone then written after its city's name or short form
ZONE_SHORT_NAMES = {"高新技术产业开发区": ("高新技术产业开发区", "高新区"),
                    "经济技术开发区": ("经济技术开发区", "经开区")}


def _prefecture_zone(d: Division, rest: str, div: Divisions) -> Optional[Division]:
    """A zone with a code of its own named after its prefecture, by its full kind or the short
    name everyone writes (新乡高新区管委会, 新乡市高新区管理委员会): that zone, when the
    prefecture has one zone of that kind named after it. A zone named otherwise (厦门火炬高新区)
    or a city without such a zone in the gazetteer keeps the city."""
    if d.level != "prefecture":
        return None
    stems = {d.name} | set(d.short)
    for kind, forms in ZONE_SHORT_NAMES.items():
        if not rest.startswith(forms):
            continue
        zones = []
        for c in div.children.get(d.adcode, ()):
            z = div.by_code[c]
            if z.kind != "zone" or not z.name.endswith(kind):
                continue
            # the zone's name, a province's short form maybe first (河北衡水高新技术产业开发区)
            head = z.name[: -len(kind)]
            if head in stems or any(head.endswith(st) and len(head) - len(st) <= 2 for st in stems):
                zones.append(z)
        if len(zones) == 1:
            return zones[0]
    return None


# a headline whose subject is the State replying to a place (国务院批复秦皇岛…, 国务院正式批复同意
# 设立…): the news of the place that received the reply, not the reply (国务院关于同意…的批复)
REPLY_HEADLINE_RE = re.compile(r"^国务院(?:正式|近日|日前)?(?:批复|批准)(?:同意)?")


#: a bureau's branch named after a place (长沙市生态环境局宁乡分局, 市公安局西湖分局)
_BRANCH_RE = re.compile(r"局(" + HAN + r"{2,6}?)分局$")


# what after a county's or a city's short form makes the whole a township's name (武安镇, 武安乡,
# 武安街道, 武安苏木; its Party committee, 中共武安镇委员会): a town of the same name as a county elsewhere, no
# body of that county
TOWNSHIP_AFTER_SHORT_RE = re.compile(r"^(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处|党委|党工委|工作委员会|委员会|委|$)")


# a division of the Production and Construction Corps before the city it is one with (师市合一:
# 兵团第八师石河子市, 八师石河子市): the city is the document's government
CORPS_DIVISION = re.compile("^" + CORPS_HEAD + "第?" + CORPS_ORDINAL + r"(?=\w)")
# the State written with the country's name before its government or a ministry
# (中华人民共和国政府关于…的声明, 中华人民共和国财政部令): a law's name (中华人民共和国X法) is none
STATE_BODY_RE = re.compile(r"^中华人民共和国(?:政府|国务院|主席令|" + HAN
                           + r"{2,10}?(?:部|总局|总署))(?=关于|令|公告|办公厅|$)")
# the words after a county's short form that make it a zone's name (增城经济技术开发区)
ZONE_WORDS = ("经济技术开发区", "经济开发区", "高新技术产业开发区", "高新区", "开发区", "工业园区")


def _county_zone(key: str, div: Divisions) -> Optional[Division]:
    """A title opening with a zone named by a county's short form (增城经济技术开发区园区发展局…):
    that county, when the form names one county only. Before no zone's word the form is too
    often a word (平安建设) to read."""
    for form, short in div.forms_at(key, 0):
        if not short:
            return None
        codes = div.shorts[form]
        if len(codes) == 1 and div.by_code[codes[0]].level == "county" \
                and form not in FIELD_FORMS and key.startswith(ZONE_WORDS, len(form)):
            return div.by_code[codes[0]]
    return None


# a body's word inside what reads as a place's name (区人大常委会检查区 of 区人大常委会检查区人民检察院…,
# a title whose subject is a body named by its level word): no place
BODY_INSIDE_RE = re.compile(r"人大|常委会|委员会|政府|政协|党委|纪委|法院|检察院")


def _unknown_place(name: str) -> Optional[str]:
    """A place in the form of a government's name that the gazetteer lacks (某市)."""
    key = re.sub(r"^中共", "", _key(name))
    m = PLACE_RE.match(key)
    if m and not m.group(1).startswith(("关于", "印发")) and not RELATION_LEVEL_RE.match(m.group(1)) \
            and not BODY_INSIDE_RE.search(m.group(1)):
        return m.group(1)
    m = TOWNSHIP_PLACE_RE.match(key)
    if m and not m.group(1).startswith(("关于", "印发", "各", "有关", "所在", "本", "全")):
        # 白沙镇人民政府关于…: a township whose county the text does not name (the gazetteer of
        # townships has several of the name): the township, by name
        return m.group(1)
    return None


def _level_hints(texts: Sequence[str], addressees: bool = False) -> Counter:
    """Counts of levels from addressee phrases (in addressee lines) and from units written
    with 省/市/区/县."""
    hints: Counter = Counter()
    for t in texts:
        t = CITED_RE.sub("", t)     # 《国务院…条例》, （国务院令第711号）: cited, not named
        said = {level for level, rx in (ADDRESSEE_LEVELS if addressees else ()) if rx.search(t)}
        if {"county", "prefecture"} <= said and not PREFECTURE_ONLY_RE.search(t):
            # 各镇乡人民政府、街道办事处，市政府各部门: a 市 that writes to townships is a
            # county-level city (its own 市直 / 市政府各部门 say nothing more)
            said.discard("prefecture")
        for level in sorted(said):
            hints["addressee:" + level] += 1
        for m in UNIT_PREFIX_RE.finditer(t):
            hints["units:" + RELATIVE_LEVEL[m.group(1)]] += 1
        for m in DIRECT_UNITS_RE.finditer(t):
            hints["units:" + RELATIVE_LEVEL[m.group(1)]] += 1
        if "国务院" in t or NATIONAL_UNIT_RE.search(t):
            hints["units:national"] += 1
    return hints


def _local_government_speaks(texts: Sequence[str]) -> bool:
    """More lines name a government below the province by its level word alone (州政府各部门,
    报送州政府) than name 国务院: rules of a 州 that send their reports up to 国务院有关部委 are
    the 州's, not the State's."""
    own = [CITED_RE.sub("", t) for t in texts]      # (what the text cites is not its own)
    local = sum(1 for t in own if LEVEL_GOVERNMENT_RE.search(t))
    state = sum(1 for t in own if "国务院" in t)
    return local > state


def _docnum(number: Optional[str], head: Sequence[str]) -> Optional[str]:
    """The document's own 文号 prefix: from the header, or a head line that is a 文号 alone
    (not one cited in the text: 根据《…》（昆政发〔2016〕13号）)."""
    if number:
        m = NUMBER_RE.search(_key(number))
        if m:
            return m.group(1)
    for t in head:
        m = OWN_NUMBER_RE.match(t)
        if m:
            return m.group(1)
    return None


@lru_cache(maxsize=None)
def city_abbreviations() -> dict[str, tuple[str, ...]]:
    """The one-character names cities go by in their 文号 (``kg/data/city_abbreviations.tsv``):
    city -> characters."""
    out: dict[str, list[str]] = {}
    text = resources.files("kg.data").joinpath("city_abbreviations.tsv").read_text("utf-8")
    for raw in text.splitlines():
        cols = raw.split("\t")
        if raw.startswith("#") or len(cols) < 2 or cols[0] == "char":
            continue
        out.setdefault(cols[1].strip(), []).append(cols[0].strip())
    return {k: tuple(v) for k, v in out.items()}


def _place_by_docnum(name: str, prefix: str, div: Divisions) -> Optional[Division]:
    """The one of several places named alike (鼓楼区: 南京市's, 徐州市's, 福州市's, 开封市's) that an
    issuer (or a title) names, told by its 文号: the prefix opens with a character its city or
    province goes by (its first, the province's abbreviation, ``city_abbreviations``) and then
    holds the place's own first character (榕鼓政办, 徐鼓政发, 京朝政发)."""
    place = _unknown_place(name)
    if not place or len(prefix) < 3:
        return None
    cands = [c for c in div.lookup(place, shorts=False) if c.level == "county" and c.name == place]
    if len(cands) < 2:
        return None
    fit = []
    for c in cands:
        if c.name[0] not in prefix[1:3]:
            continue
        heads = set()
        for a in div.ancestors(c)[1:]:
            heads.add(a.name[0])
            heads.update(ch for ch, code in div.abbr.items() if code == a.adcode)
            heads.update(city_abbreviations().get(a.name, ()))
        if prefix[0] in heads:
            fit.append(c)
    return fit[0] if len(fit) == 1 else None


def _from_docnum(prefix: str, div: Divisions, named: Counter) -> Optional[Division]:
    """The government a 文号 prefix names: a known prefix (``kg/data/docnum_prefixes.tsv``), or
    a province's abbreviation, a prefecture or a county by its first character (鞍立政发: 鞍山市,
    then its county 立山区). Several candidates (嘉: 嘉兴市, 嘉峪关市, 嘉善县…) are settled by
    the places the text names most, or, when it names none of them, by the one place it names
    that holds one of them only (哈: 哈尔滨市 in a text naming 黑龙江省); a lone candidate
    stands only when the text names no place."""
    for p, issuer, _level in docnum_prefixes():
        if prefix.startswith(compact(p)):
            return place_of_org(issuer, div)
    first = prefix[0]
    cands = [d for d in div.by_code.values()
             if d.level in ("prefecture", "county") and d.kind != "zone" and d.name[0] == first]
    prov = div.get(div.abbr.get(first))
    if prov is not None:
        cands.append(prov)
    if len(cands) > 1 or named:
        counts = sorted(((named.get(c.adcode, 0), c.adcode) for c in cands), reverse=True)
        if counts and counts[0][0] == 0:
            # no candidate is named itself, but a prefecture the text names holds the prefix
            # character after its first (锡政发 in a text naming 无锡: 无锡市, not 锡山区)
            inner = {a for a, k in named.items() if k and a in div.by_code
                     and div.by_code[a].level == "prefecture" and first in div.by_code[a].name[1:]}
            if len(inner) == 1:
                return div.by_code[inner.pop()]
            # …or a county the text names in full holds it after its first (阳政办 in a text
            # naming 武汉市汉阳区人民政府办公室: 汉阳区, not 阳新县 of the same province)
            inner = {a for a, k in named.items() if k and a in div.by_code
                     and div.by_code[a].level == "county" and div.by_code[a].kind != "zone"
                     and first in div.by_code[a].name[1:-1]}
            if len(inner) == 1:
                return div.by_code[inner.pop()]
            # no candidate is named itself: the one within the place the text names (哈政办规
            # in a text citing 黑龙江省's documents: 哈尔滨市, not 哈密市) — the 文号's issuer is
            # below the province merely mentioned
            counts = sorted(((max((named.get(a.adcode, 0) for a in div.ancestors(c)[1:]),
                                  default=0), c.adcode) for c in cands), reverse=True)
            top = [div.by_code[code] for n, code in counts if n == counts[0][0]]
            head = [c for c in top if all(div.within(o, c) for o in top)]
            family = False
            if len(top) > 1 and head:
                # 嘉: 嘉兴市 and its county 嘉善县 (written 善 or 嘉善): the prefecture; so too
                # when the text names no place at all and the candidates are one prefecture and
                # its own counties (揭府办: 揭阳市, its 揭东区 and 揭西县 within it)
                counts = [(counts[0][0], head[0].adcode)]
                family = not named and len(top) == len(cands)
        if not counts or (counts[0][0] == 0 and not family) or (
                len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None
        cands = [div.by_code[counts[0][1]]]
    if len(cands) != 1:
        return None
    found = cands[0]
    if found.level == "prefecture" and len(prefix) > 1:
        kids = [div.by_code[c] for c in div.children.get(found.adcode, ())
                if div.by_code[c].kind != "zone" and (
                    div.by_code[c].name[0] == prefix[1]
                    # (揭西府办: 揭西县, a county named with its prefecture's first character)
                    or (prefix[:2] != found.name[:2] and div.by_code[c].name.startswith(prefix[:2])))]
        if len(kids) == 1:
            found = kids[0]
    return found


# a place the text's people go to (赴X, 到X调研, 前往X考察学习, 去X读大学, 到X务工): somewhere else, not the issuer's
_VISIT_BEFORE_RE = re.compile(r"(?:赴|前往)$")
_GO_BEFORE_RE = re.compile(r"(?:到|去)$")
_VISIT_AFTER_RE = re.compile(r"^(?:[^\s，。；、]{0,4}?)(?:调研|考察|督察|督导|检查|视察|参观|观摩|学习|交流|"
                             r"走访|暗访|督办|读书|读大学|上大学|上学|求学|务工|打工)")


# a Corps division written before its city (第八师石河子市)
_CORPS_BEFORE_RE = re.compile(r"(?:第|兵团)?[一二三四五六七八九十]{1,3}师$")
# the rest of a list of places and bodies visited, up to 等 (、石河子大学、中新建物流集团等)
_VISIT_LIST_RE = re.compile(r"^(?:、[^\s，。；、,;：:]{2,16}){1,8}?等")


def _visited(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is named as the object of a visit: 赴X, 前往X, or 到X
    (去X) followed by what is done there (调研, 考察学习, 督察)."""
    # (a Corps city after its division, 到第八师石河子市: the division is no part of the visit's words)
    m = _CORPS_BEFORE_RE.search(text, max(0, start - 6), start)
    cut = m.start() if m else start
    before = text[max(0, cut - 3):cut].replace("\n", "")
    if _VISIT_BEFORE_RE.search(before):
        return True
    if (before.endswith("在") and _VENUE_AFTER_RE.match(text[end:end + 8])
            and _NATIONAL_EVENT_RE.search(re.split(r"[。\n]", text[max(0, start - 80):start])[-1])):
        return True     # 中国共产党第十八次全国代表大会在北京隆重开幕: a national meeting's venue
    if not _GO_BEFORE_RE.search(before):
        return False
    after = text[end:end + 160].replace("\n", "")
    # (先后到X、Y大学、Z集团等学习考察: the first of a list of places and bodies visited)
    return bool(_VISIT_AFTER_RE.match(after) or _VISIT_AFTER_RE.match(_VISIT_LIST_RE.sub("", after, 1)))


# the venue of a national meeting a local text reports (…全国代表大会在北京隆重开幕, 全国两会在京召开):
# where the nation met, not the text's place
_VENUE_AFTER_RE = re.compile(r"^(?:隆重|胜利|顺利|正式)?(?:召开|开幕|闭幕|举行)")
_NATIONAL_EVENT_RE = re.compile(r"全国|中国共产党第|党中央|中共中央|国务院")


# a street named after a place (衡阳路, 南京路, 北京大街, 湖南巷): the name is the street's, not
# a place the text is about; a 街道 (a sub-district) is not a street
_STREET_AFTER_RE = re.compile(r"(?:路|大道|大街|巷|街(?!道|镇|乡|办))")


def _street(text: str, end: int) -> bool:
    """The place name ending at ``text[end]`` is the first part of a street's name."""
    return bool(_STREET_AFTER_RE.match(text, end))


# a disaster named after the place it struck (汶川特大地震, 玉树地震, 舟曲泥石流, 定日县6.8级地震) and the
# relief named after it (玉树抗震救灾工作, not a body of its own: X抗震救灾指挥部): the name is the
# event's, told of by bodies anywhere, not a place the text is about
_EVENT_AFTER_RE = re.compile(r"(?:里氏)?(?:\d+(?:\.\d+)?级)?(?:特大|大|强烈)?(?:地震|泥石流|山洪|洪灾|水灾|雪灾|旱灾)"
                             r"|抗震救灾(?!指挥部|领导小组|工作领导小组|委员会|办公室)")


def _event(text: str, end: int) -> bool:
    """The place name ending at ``text[end]`` is the first part of a disaster's name."""
    return bool(_EVENT_AFTER_RE.match(text, end))


def _events(text: str, hits: list, div: Divisions) -> set[int]:
    """The hits that name a disaster's place (:func:`_event`), with the places written just
    before them that hold them (西藏日喀则市 of 西藏日喀则市定日县6.8级地震; 西藏 of 西藏定日抗震救灾, 定日
    a short form of a county inside 西藏 that is no hit of its own): the whole name is the event's."""
    out: set[int] = set()
    for k in range(len(hits) - 1, -1, -1):
        _s, e, cands = hits[k]
        if _event(text, e):
            out.add(k)
        elif k + 1 in out and hits[k + 1][0] == e:
            out.add(k)
        elif len(cands) == 1:
            for n in (4, 3, 2):
                inner = div.shorts.get(text[e:e + n]) or div.full.get(text[e:e + n]) or ()
                if any(div.within(div.by_code[c], cands[0]) for c in inner if c in div.by_code) \
                        and _event(text, e + n):
                    out.add(k)
                    break
    return out


# places whose name opens with a verb of government prose (会同 "together with": 县发改委要会同县督查
# 落实办…, 市财政局会同县…): after a modal or an organisation's last character the name is the verb
# and the level word the next unit's
_VERB_NAMES = ("会同",)
_BEFORE_VERB_RE = re.compile("[要应并将须需可也还再由局委办府室心部厅门位所院站队当头责]$")
# …or after a member's label or a clause's stop (县教育局：会同县卫生健康局做好…, 负责…；会同县政府有关
# 部门做好…) when a department, not the county's government itself, follows: 会同县人民政府 after a
# stop stays the county
_STOP_BEFORE_VERB_RE = re.compile("[：:，,；;]$")
_DEPT_AFTER_VERB_RE = re.compile("县(?!人民政府|委员会|人大|政协)[\u4e00-\u9fff]")


def _verb(text: str, start: int) -> bool:
    """The place name at ``text[start:]`` is a verb of the sentence (:data:`_VERB_NAMES`)."""
    if not text.startswith(_VERB_NAMES, start):
        return False
    before = text[:start]
    if _BEFORE_VERB_RE.search(before):
        return True
    return bool(_STOP_BEFORE_VERB_RE.search(before)
                and _DEPT_AFTER_VERB_RE.match(text, start + 2))


# a person whose given name is a place's short form (区领导卢金华到…调研, 卢金华要求: 金华, not 金华市):
# one of the common surnames just before the form (not those that end common words: 和, 全, 时, 解 of
# 了解), and the surname and form together written at least once as a person is, after a post (领导,
# 书记, 县长, 主任 …) or before what only a person does (要求, 强调, 一行, 详细了解)
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
             "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
             "孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝尚符舒阮柯纪梅童凌毕裴霍涂苗"
             "谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓吉缪简芦麦褚娄窦戚岑卜冷晏米柏瞿佟臧闵苟邬卞姬"
             "仇栾隋刁荣巫寇桑甄丛仲虞敖巩佘邝")
_PERSON_BEFORE_RE = re.compile(r"(?:领导|书记|常委|县长|区长|市长|州长|省长|镇长|乡长|主任|主席|局长|部长|"
                               r"委员|秘书长|同志|代表|院长|检察长|厅长|专员|旗长|盟长)$")
_PERSON_AFTER_RE = re.compile(r"(?:一行|同志|要求|强调|指出|表示|主持|出席|详细|带队|率队|讲话|介绍|勉励)")


def _person(text: str, start: int, end: int, div: Divisions) -> bool:
    """The short form at ``text[start:end]`` is a person's given name (卢金华): a common surname
    stands just before it, not as the end of a place's name (浙江金华: 江 of 浙江), and the text writes
    surname and form together after a post or before a person's doing (区领导卢金华, 卢金华要求)."""
    if start < 1 or text[start - 1] not in _SURNAMES or text[start:end] in div.full:
        return False
    if any(len(f) > 1 and k + len(f) == start for k in range(max(0, start - 8), start - 1)
           for f, _s in div.forms_at(text, k)):
        return False
    name = text[start - 1:end]
    for m in re.finditer(re.escape(name), text):
        if _PERSON_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) \
                or _PERSON_AFTER_RE.match(text, m.end()):
            return True
    return False


@lru_cache(maxsize=1)
def corps_cities() -> dict[str, str]:
    """The Corps' divisions and the city each is one with (``kg/data/corps_cities.tsv``): the
    ordinal with 师 (``七师``) -> the city's adcode."""
    text = resources.files("kg.data").joinpath("corps_cities.tsv").read_text("utf-8")
    out = {}
    for raw in text.splitlines():
        cols = raw.split("\t")
        if raw.startswith("#") or len(cols) < 2 or cols[0] == "division":
            continue
        out[cols[0].strip().removeprefix("第")] = cols[1].strip()
    return out


# a Corps division named by its number (七师党委, 第十四师, 兵团第八师), in a text of the Corps: a bare
# number with 师 only before one of the division's bodies or people (党委, 师长, 政委, 党政代表团)
CORPS_NAMED_RE = re.compile(r"(第|兵团)?([一二三四五六七八九十]{1,3}师)(?!范)")
CORPS_BODY_RE = re.compile(r"党委|党政|师长|副师长|政委|机关|团场|各团")
# a bare number with 师 as a phrase's subject or object (七师与乌苏市…, 与七师全面融合): after no Han character
# but a conjunction or preposition
CORPS_BARE_BEFORE_RE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[与和及同对在为向])$")
# a Corps text's own people and bodies by the word 师 alone (师党委常委, 师机关, 全师, 师市党委书记): its voice
CORPS_VOICE_RE = re.compile(r"(?:^|[\s，,。；;：:、（(“])师(?:党委|机关|长(?!期|效|远)|领导|市)|[我本全]师(?![范生资])")
CORPS_TEXT_RE = re.compile(r"兵团|团场|师市")


def _corps(text: str, div: Divisions) -> list[tuple[int, int, str]]:
    """The Corps divisions the text names by number (:data:`CORPS_NAMED_RE`), each with the adcode
    of the city it is one with (:func:`corps_cities`): none in a text that is not the Corps' (no
    兵团, 团场 or 师市: 第一师 of an army), and none written with its city after it (第十四师昆玉市:
    the city's name is counted)."""
    if not CORPS_TEXT_RE.search(text):
        return []
    cities = corps_cities()
    out = []
    for m in CORPS_NAMED_RE.finditer(text):
        code = cities.get(m.group(2))
        city = div.by_code.get(code) if code else None
        if city is None:
            continue
        rest = text[m.end():m.end() + 8]
        if any(rest.startswith(n) for n in (city.name, *city.short) if len(n) >= 2):
            continue
        if (m.group(1) or CORPS_BODY_RE.match(rest)
                or CORPS_BARE_BEFORE_RE.search(text[max(0, m.start() - 1):m.start()])):
            out.append((m.start(), m.end(), code))
    return out


@lru_cache(maxsize=4)
def place_words(path: Optional[str] = None) -> dict[str, tuple[tuple[re.Pattern, re.Pattern], ...]]:
    """Short forms of places that are also words (``kg/data/place_words.tsv``, or ``path``):
    form -> (before, after) patterns, each row one context that makes the form the word
    (服务来宾1744人次, 长治久安); an empty pattern matches nothing."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = resources.files("kg.data").joinpath("place_words.tsv").read_text("utf-8")
    never = re.compile(r"(?!)")
    out: dict[str, list] = {}
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t") + ["", ""]
        if cols[0] == "form":
            continue
        before, after = (re.compile(c) if c.strip() else never for c in cols[1:3])
        out.setdefault(cols[0].strip(), []).append((before, after))
    return {k: tuple(v) for k, v in out.items()}


def _word(text: str, start: int, end: int, div: Divisions) -> bool:
    """The short form at ``text[start:end]`` is a word there, not the place
    (:func:`place_words`: 服务来宾1744人次 guests, 长治久安); a full name never is."""
    form = text[start:end]
    if form in div.full:
        return False
    before, after = text[max(0, start - 8):start], text[end:end + 8]
    return any(b.search(before) or a.match(after) for b, a in place_words().get(form, ()))


# the level word of a township or a sub-district after its name (新北街道, 平安镇, 城关乡); not
# 乡村, 乡镇, 镇村, 镇街 (湖州乡村振兴 is no township of 湖州)
_TOWNSHIP_AFTER_RE = re.compile(r"(?:街道|街办|苏木|镇(?![村镇街区域])|乡(?![村镇土愁亲贤情音里]))")


def _township_forms(text: str, hits: list, div: Divisions) -> set[str]:
    """Short forms the text uses as the name of one of its townships or sub-districts: a
    prefecture's short form written before 街道, 镇 or 乡 (新北街道 of 天津市滨海新区, not 新北市),
    where that word begins no other place's name (南京镇江: 镇江). Such a form is the
    township's name wherever the text writes it (建设智慧新北)."""
    return {text[s:e] for s, e, _c in hits
            if text[s:e] not in div.full and _TOWNSHIP_AFTER_RE.match(text, e)
            and not any(len(f) > 1 for f, _s in div.forms_at(text, e))}


# a place people come from (对武汉等地来高人员进行体温筛查, 从湖北返乡人员): where a text's arrivals were,
# not the issuer's (the text is of the place they come to)
_ORIGIN_AFTER_RE = re.compile(r"(?:等(?:地区?|省份?|市|国家))?(?:来|返|回|流入)[^\s，。；、,;]{0,4}?人员")


def _origin(text: str, end: int) -> bool:
    """The place name ending at ``text[end]`` is where people come from (X等地来Y人员)."""
    return bool(_ORIGIN_AFTER_RE.match(text[end:end + 14].replace("\n", "")))


# a village named after a place (南阳村, 长沙村): the short form is the village's name, not the
# place's; not 村镇 (南阳村镇银行 is 南阳's bank), 村级, 村庄, 村务 (全县村级组织)
_VILLAGE_AFTER_RE = re.compile(r"村(?!镇|级|庄|务)")


def _village(text: str, start: int, end: int, div: Divisions) -> bool:
    """The short form at ``text[start:end]`` is the first part of a village's name (南阳村 in a
    county's list of villages); a full name never is."""
    return text[start:end] not in div.full and bool(_VILLAGE_AFTER_RE.match(text, end))


# districts whose whole name is a common word for part of a city (老城区停车难 is the old town,
# 郊区 the suburbs): such a name is the district only with its city before it (洛阳市老城区,
# counted through :func:`_qualified`) or one of its own bodies after it (老城区人民政府, 老城区委)
_COMMON_AREA_RE = re.compile(r"(?:老城|新城|城中|城关|市中|城|郊|矿)区")
_AREA_BODY_RE = re.compile(r"(?:人民|政府|党委|区委|委|人大|政协|法院|检察院|公安|[\u4e00-\u9fff]{0,6}?(?:局|办|街道|镇))")


def _common_area(text: str, start: int, end: int, cands: Sequence[Division], div: Divisions) -> bool:
    """The full name at ``text[start:end]`` is a common word there (老城区停车难), not the
    district of that name: a name of :data:`_COMMON_AREA_RE` neither written after its city's
    name (铜陵市郊区, 洛阳老城区) nor followed by one of its bodies."""
    if not _COMMON_AREA_RE.fullmatch(text, start, end) or _AREA_BODY_RE.match(text, end):
        return False
    before = text[max(0, start - 8):start]
    for c in cands:
        city = div.by_code.get(c.parent) if c.parent else None
        if city is not None and any(len(n) >= 2 and before.endswith(n) for n in (city.name, *city.short)):
            return False
    return True


# the organisation a qualified place's name opens (杭州市滨江区人民政府, 杭州市滨江区西兴街道办事处)
_QUALIFIED_ORG_RE = re.compile(r"(?:人民政府|人民法院|人民检察院|人大常委会|人民代表大会|政协|"
                               # its congress by term (华池县第十九届人民代表大会) and its Party
                               # committee (华池县委, 华池县委员会; not 委托, the place entrusting)
                               r"第[一二三四五六七八九十]{1,3}届人民代表大会|委(?!托)|"
                               r"[\u4e00-\u9fff]{1,6}?(?:街道办事处|街道|镇人民政府|乡人民政府))")


def _qualified(text: str, hits: list, div: Divisions) -> dict[int, Division]:
    """Hits that a place written just before them qualifies in an organisation's full name
    (杭州市滨江区人民政府西兴街道办事处, 南京市鼓楼区人民法院): index -> the one division of the hit
    inside the qualifying place. There the qualifier says where the organisation's place lies,
    not a place of its own: it is counted through the place it qualifies (and a same-named
    place, 鼓楼区, is settled by it). Elsewhere (郑州市二七区主管副区长, an address) both count."""
    out: dict[int, Division] = {}
    for k in range(len(hits) - 1):
        _s, e, cands = hits[k]
        ns, ne, inner = hits[k + 1]
        if ns != e or len(cands) != 1 or not _QUALIFIED_ORG_RE.match(text, ne):
            continue
        inside = [c for c in inner if c is not cands[0] and div.within(c, cands[0])]
        if len(inside) == 1:
            out[k + 1] = inside[0]
    return out


# the bodies of a county written after its two-character name where it opens a phrase (凤县人民法院
# 院长…, 来源：兴县新闻网): there the name is the county's, not part of a word (康县 of 健康县)
_TWO_CHAR_ORGAN = r"(?:人民政府|人民法院|人民检察院|人民代表大会|人大常委会|政协|县委|融媒体中心|新闻网)"


@lru_cache(maxsize=4)
def _two_char_counties(div: Divisions) -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """The counties whose full name has two characters (凤县, 兴县, 睢县), one division a name,
    the pattern that reads them before one of their own bodies (:data:`_TWO_CHAR_ORGAN`) at the
    start of a phrase (after no Han character: 各市和县人民政府 is no 和县), and the one that reads
    them there whatever follows."""
    names = {k: v[0] for k, v in div.full.items()
             if len(k) == 2 and k.endswith("县") and len(v) == 1 and div.by_code[v[0]].level == "county"}
    bare = r"(?<![\u4e00-\u9fff])(" + "|".join(sorted(names)) + ")"
    # (a report's own name after the verb that presents it, 现将富县人民政府…年度报告予以公开: 将 ends
    # no word a county's name could close)
    lead = r"(?:(?<![\u4e00-\u9fff])|(?<=现将))(" + "|".join(sorted(names)) + ")"
    return re.compile(lead + "(?=" + _TWO_CHAR_ORGAN + ")"), re.compile(bare), names


# a township's name after a two-character county's (澧县澧南镇召开…): checked against the townships
# the gazetteer gives that county
_TOWNSHIP_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)")


def _two_char_places(text: str, div: Divisions) -> Counter:
    """How often the text names a two-character county before one of its own bodies, or before
    one of its own townships (澧县澧南镇: 澧南镇 is a township of 澧县 in ``townships.tsv``)."""
    pattern, bare, names = _two_char_counties(div)
    found = Counter(names[m.group(1)] for m in pattern.finditer(text))
    for m in bare.finditer(text):
        code = names[m.group(1)]
        if m.end() < len(text) and text[m.end():m.end() + 1] in "人县融新政":
            continue    # read above (凤县人民法院), or no township follows
        for t in _TOWNSHIP_NAME_RE.finditer(text[m.end():m.end() + 6]):
            if t.start() == 0 and code in township_counties(t.group(0)):
                found[code] += 1
            break
    return found


# a county's media by its short form as a page's byline gives its source (来源：双阳融媒, 来源：X融媒体中心)
MEDIA_SOURCE_RE = re.compile(r"来源[：:]([\u4e00-\u9fff]{2,4}?)(?:融媒体中心|融媒|新闻网|乡音报|报)(?![\u4e00-\u9fff])")


def _dateline_county(texts: Sequence[str], body: str, div: Divisions) -> Counter:
    """A county's media named in a line's dateline by the county's short form (云阳网讯, 新甘谷讯
    is read elsewhere) or in its byline's source (:data:`MEDIA_SOURCE_RE`: 来源：双阳融媒), when the text names one of that county's own townships (龙角镇 of 云阳县
    in ``townships.tsv``): the two agree on the county, which neither tells alone (a media brand,
    a township's name many counties may bear). ``texts`` are the lines as written (the body
    counted for places drops datelines: they name the site)."""
    found: Counter = Counter()
    for line in texts:
        m = DATELINE_RE.match(line)
        if m:
            name = re.split(r"网|網", m.group(0))[0]
        elif (m := MEDIA_SOURCE_RE.search(line)):
            name = m.group(1)   # 来源：双阳融媒, the byline's source: the county's media by its short form
        else:
            continue
        codes = [c for c in div.shorts.get(name, ()) if div.by_code[c].level == "county"]
        if len(codes) != 1:
            continue
        if any(codes[0] in township_counties(t.group(0))
               for t in re.finditer(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)", body)):
            found[codes[0]] += 1
    return found


def _places(text: str, div: Divisions, codes: frozenset = frozenset()) -> Counter:
    """How often the text names each place (names that fit one division only); a place the
    text's people visit (:func:`_visited`), a street named after a place (:func:`_street`), a
    disaster named after one (:func:`_event`: 玉树地震), a place people come from
    (:func:`_origin`: 武汉等地来高人员), a verb that reads as a place's name (:func:`_verb`), a short form that is a word where it
    stands (:func:`_word`: 服务来宾1744人次), a short form that begins a village's name
    (:func:`_village`: 南阳村), a short form the text gives one of its townships
    (:func:`_township_forms`: 新北街道) and one that is a person's given name (:func:`_person`:
    区领导卢金华) are not counted; a place written just before one of its
    own in an organisation's name (:func:`_qualified`: 杭州市 of 杭州市滨江区人民政府) is counted
    through it. A name several divisions bear is settled by a place the text names that holds
    one of them, else by the one of them holding a township the text names (新华区…焦店镇, of
    平顶山's 新华区 only) or whose code ``codes`` gives (the credit code in the page's 索引号)."""
    found: Counter = _two_char_places(text, div)
    hits = div.find_all(text, shorts=True)
    townships = _township_forms(text, hits, div)
    qualified = _qualified(text, hits, div)
    shared = []
    visited: set[str] = set()
    away: set[str] = set()      # places the text's people visit (我省代表团赴X) or come from (X考察团)
    visit_end = -1      # where the last place visited ends (前往百色市、柳州市: the list goes on)
    chain: set[str] = set()     # the places of that list
    guests = _guests(text, hits)
    sub_venue = any(text.startswith("分会场", e) for _s, e, _c in hits)
    events = _events(text, hits, div)
    for k, (s, e, cands) in enumerate(hits):
        if k + 1 in qualified:
            continue        # 杭州市 of 杭州市滨江区: counted through 滨江区
        cands = [qualified[k]] if k in qualified else cands
        if k in guests:
            away.update(c.adcode for c in cands if len(cands) == 1)
            continue
        if sub_venue and _main_venue(text, s, e):
            away.update(c.adcode for c in cands if len(cands) == 1)
            continue
        if not guests and (_visited(text, s, e) or (
                visit_end >= 0 and text[visit_end:s] == "、"
                # (到第六师五家渠市、新疆大学: the region holding a place visited, in a body's name, is
                # no second place visited)
                and not any(div.within(div.by_code[v], c) for c in cands for v in chain))):
            visited.update(c.adcode for c in cands if len(cands) == 1)
            chain.update(c.adcode for c in cands if len(cands) == 1)
            if _our_visit(text, s):
                away.update(c.adcode for c in cands if len(cands) == 1)
            visit_end = e
            continue
        visit_end = -1
        chain = set()
        if (not _street(text, e)
                and k not in events and not _origin(text, e) and not _verb(text, s) and not _word(text, s, e, div)
                and not _village(text, s, e, div) and text[s:e] not in townships
                and not _person(text, s, e, div)
                and (k in qualified or not _common_area(text, s, e, cands, div))):
            if len(cands) == 1:
                found[cands[0].adcode] += 1
            else:
                shared.append(cands)
    # a name several divisions bear (龙华区 of 深圳 and of 海口, 朝阳区) is the one inside a place
    # the text names by a name of its own (来源：龙华区观湖街道办 in a text naming 深圳); never one
    # the text would name only through it
    named = [div.by_code[c] for c in list(found)]
    held: Optional[set] = None
    for cands in shared:
        inside = [c for c in cands if any(div.within(c, p) and c.adcode != p.adcode for p in named)]
        if not inside:
            if held is None:
                held = {code for m in _TOWNSHIP_NAME_RE.finditer(text)
                        for code in township_counties(m.group(0))}
            inside = ([c for c in cands if c.adcode in held]
                      or [c for c in cands if c.adcode in codes])
        if len(inside) == 1:
            found[inside[0].adcode] += 1
    for s, e, code in _corps(text, div):
        if _visited(text, s, e):
            visited.add(code)
        else:
            found[code] += 1
    visited.update(_delegations(text, div))
    found = _without_visited(found, visited, text, div)
    if away:
        gone = [div.by_code[c] for c in away if c in div.by_code]
        rest = Counter({c: n for c, n in found.items()
                        if not (c in div.by_code and any(div.within(div.by_code[c], g) for g in gone))})
        found = rest or found
    return found


# a delegation a named place sends (鹤庆县党政考察团到永平县考察), received by the text's own
# leaders, named by their level word alone (县领导…陪同考察): the text is the host's, and the
# delegation's place is its guest
_GUEST_AFTER_RE = re.compile(r"(?:党政|党委|政府)?(?:考察团|参观团|观摩团|学习团|考察组)")
_HOST_RE = re.compile(r"(?:^|[\s，,。；;：:、])(?:省|市|州|县|区|旗)领导[^。\n]{0,40}?陪同")


def _guests(text: str, hits: list) -> set[int]:
    """Hits naming a delegation's place (:data:`_GUEST_AFTER_RE`) in a text whose own leaders
    receive it (:data:`_HOST_RE`), and the other names of those places (鹤庆县委书记)."""
    if not _HOST_RE.search(text):
        return set()
    heads = {text[s:e] for s, e, _c in hits if _GUEST_AFTER_RE.match(text, e)}
    return {k for k, (s, e, _c) in enumerate(hits) if text[s:e] in heads}


# the text's own people on a visit (率我省党政代表团赴甘肃省考察): the place visited is another's
# even when the text speaks with its level word
def _our_visit(text: str, start: int) -> bool:
    """The clause before the visit at ``start`` names its visitors as the text's own (我省, 本市)."""
    clause = re.split(r"[。\n；;]", text[max(0, start - 60):start])[-1]
    return bool(LOCAL_SELF_RE.search(clause))


# a meeting held in one place that the text's people attend at a sub-venue of their own
# (以视频会议形式在河北省邢台市召开。我市…在濮阳分会场参加会议): the main venue is no place of the text
_MAIN_VENUE_AFTER_RE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:召开|举行|开幕)")


def _main_venue(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is where a meeting is held (在X召开, 在X省Y市召开)."""
    before = text[max(0, start - 4):start]
    return (re.search(r"在(?:[\u4e00-\u9fff]{2,4}?[省区])?$", before) is not None
            and not text.startswith("分会场", end)
            and bool(_MAIN_VENUE_AFTER_RE.match(text[end:end + 12])))


# a place's delegation to a congress, joined or reviewing there (市长来到蛟河代表团, 蛟河代表团分组审议)
DELEGATION_RE = re.compile("(?:到(" + HAN + "{2,6}?)代表团|(" + HAN + "{2,6}?)代表团(?:分组)?审议)")


def _delegations(text: str, div: Divisions) -> set[str]:
    """The places whose delegation to a congress the text's people join or that review there
    (:data:`DELEGATION_RE`), by full name or by a short form that names one division."""
    out = set()
    for m in DELEGATION_RE.finditer(text):
        name = m.group(1) or m.group(2)
        for k in range(len(name) - 1):      # the name ends the run (会议蛟河代表团)
            codes = div.full.get(name[k:]) or div.shorts.get(name[k:]) or []
            if len(codes) == 1:
                out.add(codes[0])
                break
    return out


def _without_visited(found: Counter, visited: set[str], text: str, div: Divisions) -> Counter:
    """The places named, less those a visit named (前往百色市、柳州市开展调研学习) and the places
    inside them, wherever the text names them again (来到百色起义纪念馆, 在百色市乐业县…村): the
    text's people are there, it is not the text's place. Not when the text speaks with the visited
    place's level word and no named place holding it speaks so (市领导赴X县调研 on X县's site: 县委书记陪同)
    nor when nothing else is named."""
    if not visited:
        return found
    voice = _voice(text)

    def speaks_as(d: Division) -> bool:
        return voice in VOICES.get(d.kind, ())

    gone = []
    for c in visited:
        v = div.by_code.get(c)
        # the text speaks with the visited place's word, and with that of no place named that holds
        # it (市长王吉来到蛟河代表团 in 吉林市's news: 蛟河市 and 吉林市 are both 市)
        if v is not None and (not speaks_as(v) or any(
                h.adcode in found and speaks_as(h) for h in div.ancestors(v) if h is not v)):
            gone.append(v)
    rest = Counter({c: n for c, n in found.items()
                    if not (c in div.by_code and any(div.within(div.by_code[c], g) for g in gone))})
    return rest or found


def _rolled(text_places: Counter, div: Divisions) -> Counter:
    rolled: Counter = Counter()
    for code, n in text_places.items():
        d = div.get(code)
        if d is None:
            continue
        for a in div.ancestors(d):
            rolled[a.adcode] += n
    return rolled


def _from_text(text_places: Counter, div: Divisions, level: Optional[str]) -> Optional[Division]:
    """The place the text names most, descending from province to a dominant child."""
    rolled = _rolled(text_places, div)
    if not rolled:
        return None
    provs = sorted((c for c in rolled if div.by_code[c].level == "province"),
                   key=lambda c: (-rolled[c], c))
    if not provs or (len(provs) > 1 and rolled[provs[0]] == rolled[provs[1]]):
        return None
    cur = div.by_code[provs[0]]
    order = ("province", "prefecture", "county")
    while True:
        if level and order.index(cur.level) >= order.index(level if level in order else "county"):
            return cur
        kids = sorted((c for c in div.children.get(cur.adcode, ()) if rolled.get(c)),
                      key=lambda c: (-rolled[c], c))
        if not kids:
            return cur
        top = kids[0]
        tied = len(kids) > 1 and rolled[kids[1]] == rolled[top]
        # go down when the child carries at least half of what is said of its parent, or
        # when the units say the document is of a lower level than its parent
        if tied or (rolled[top] * 2 < rolled[cur.adcode] and not level):
            return cur
        cur = div.by_code[top]


# a county-level city's own body after its name: 财政局, 农业农村局, 发展和改革委员会, 市场监管局
OWN_BODY_TAIL = r"[\u4e00-\u9fff]{1,8}?(?:局|委员会|办公室)(?![\u4e00-\u9fff]{0,3}[路街道号])"


COUNTY_CONTEXT = ("分局", "支局", "支行", "分行", "大队", "中队", "派出所", "法院", "检察院", "税务",
                  "供电", "邮政", "分公司", "城区", "经济开发区", "开发区", "高新区", "人民政府",
                  # the county as the subject of its own meeting (凤台召开全县…) and its people
                  # (鹤峰人民)
                  "召开", "举行", "人民",
                  # its congress and 政协 by the short form (遂溪人大, a county 人大's WeChat account)
                  "人大", "政协",
                  # the county's numbered schools (通城一中, 彭泽四中); a school of a name (南开中学)
                  # may stand anywhere
                  "一中", "二中", "三中", "四中", "五中", "六中", "七中", "八中", "第一中学", "第二中学",
                  "第三中学", "高级中学")
# the county in its own slogan (宜居五华, 健康集贤, 平安大悟), the slogan closed by a quotation mark or
# a stop: a text's name for its own place (not a slogan word itself: 和谐平安、 is no 平安区)
SLOGAN_WORDS = ("宜居", "平安", "法治", "美丽", "幸福", "健康", "魅力", "生态", "文明", "和谐", "活力",
                "数字", "智慧")
SLOGAN_BEFORE_RE = re.compile("(?:" + "|".join(SLOGAN_WORDS) + ")$")
SLOGAN_AFTER_RE = re.compile(r"[”」’、，。；！]")


# a county's short form that is also the field a department is named by, before the same
# contexts: 公安分局, 公安派出所 (the police), not 公安县's bodies
FIELD_FORMS = ("公安",)


@lru_cache(maxsize=1)
def _field_heads() -> frozenset[str]:
    """The openings (three characters or more) of the fields bodies are named by, from the naming
    rules (自然资源和规划局 -> 自然资, 自然资源, 自然资源和 …): a county's short form that ends one
    of them where it stands (资源 of 自然资源分局, 资源县's short form) is the field's word."""
    from .naming import load_rules
    out = set()
    for std, variants in load_rules().forms.items():
        for name in (std, *variants):
            field = re.sub(r"(?:委员会办公室|委员会|办公室|管理局|局|厅|委|办)$", "", name)
            out.update(field[:n] for n in range(3, len(field) + 1))
    return frozenset(out)


def _in_field(body: str, i: int, end: int) -> bool:
    """The characters before ``body[i:end]`` and it open a body's field (自然资源 of 自然资源分局)."""
    heads = _field_heads()
    return any(body[j:end] in heads for j in range(max(0, i - 6), i))


def _county_short_forms(body: str, div: Divisions, voice: Optional[str] = None) -> Counter:
    """How often the text writes a county's short form before a local body's name (咸安分局,
    咸安经济开发区), for forms that name one county only — or, in a text speaking with ``voice``
    (县), one county of the kinds that word names (五华 of 五华县, not 昆明's 五华区). A short form
    in running text is too often a word (振兴, 平安) to count."""
    counts: Counter = Counter()
    for i in range(len(body) - 1):
        for form, short in div.forms_at(body, i):
            if not short or (i and any(len(f) > 1 for f, _s in div.forms_at(body, i - 1))):
                break        # a full name, or inside another place's name (大竹山段)
            codes = div.shorts[form]
            if len(codes) > 1 and voice:
                codes = [c for c in codes if voice in VOICES.get(div.by_code[c].kind, ())]
            if len(codes) == 1 and div.by_code[codes[0]].level == "county" \
                    and form not in FIELD_FORMS and not _in_field(body, i, i + len(form)) \
                    and (body.startswith(COUNTY_CONTEXT, i + len(form))
                         or (form not in SLOGAN_WORDS and SLOGAN_BEFORE_RE.search(body, 0, i)
                             and SLOGAN_AFTER_RE.match(body, i + len(form)))):
                counts[codes[0]] += 1
                break
    return counts


# the text's own place as the aim of its work (为明光高质量发展筑牢根基, 推动友谊高质量发展) or as the ground
# its work stands on (立足潞城发展实际): the verb just before the short form and 高质量发展 (发展实际)
# just after it leave no room for a word (乡村振兴 is cut by 乡村 before it)
OWN_GOAL_RE = re.compile(r"(?:为|推动|推进|促进|助推|助力|服务)([\u4e00-\u9fff]{2,4}?)(?=高质量发展)"
                         r"|立足([\u4e00-\u9fff]{2,4}?)(?=(?:的)?发展实际)"
                         # (what its work gives the country: 为…强国建设…贡献正定力量)
                         r"|贡献([\u4e00-\u9fff]{2,4}?)(?=力量)")


def _own_goal_county(body: str, div: Divisions, voice: Optional[str]) -> Optional[Division]:
    """A text that names no place in full but speaks as a county-level government (``voice``:
    市委书记, 全市 of a county-level city; 县长, 全县) and writes its own place as the aim of its
    work or the ground it stands on by its short form (:data:`OWN_GOAL_RE`): the one county-level division of a kind that
    level word names bearing that short form, when the text gives one such form only."""
    if not voice:
        return None
    found = set()
    for m in OWN_GOAL_RE.finditer(CITED_RE.sub("", body)):
        codes = [c for c in div.shorts.get(m.group(1) or m.group(2) or m.group(3), ())
                 if div.by_code[c].level == "county" and voice in VOICES.get(div.by_code[c].kind, ())]
        if len(codes) == 1:
            found.add(codes[0])
    return div.by_code[found.pop()] if len(found) == 1 else None


# a township's own bodies in its own news (通门镇第十八届人民代表大会, 通门镇人民政府工作报告) and its
# voice (全镇, 我乡): the text is the township's
TOWNSHIP_BODY_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}?(?:镇|乡))(?=第[一二三四五六七八九十]{1,3}届"
                              r"|人民政府|人民代表大会|党委|人大主席团)")
TOWNSHIP_VOICE_RE = re.compile(r"[全我本](?:镇|乡)(?![长村])")


# the phrases a line is cut into, where a township's, a street's or a county's own name may open one
_PHRASE_SPLIT_RE = re.compile(r"[，,。；;：:、（）()《》“”\"\s]")
# the voices of a city or a prefecture (市委书记, 州长, 盟委, 地委): a text speaking so is no township's
CITY_VOICES = ("市", "州", "盟", "地")


def _phrase_openers(body: str, pattern: re.Pattern) -> set[str]:
    """The names (``pattern``'s group 1) that open a phrase of ``body`` (:data:`_PHRASE_SPLIT_RE`)."""
    return {m.group(1) for line in body.split("\n") for piece in _PHRASE_SPLIT_RE.split(line)
            if (m := pattern.match(piece))}


def _own_township_county(body: str, within: Division, div: Divisions) -> Optional[Division]:
    """The county a township's own news lies in, when the text is placed only in the county's
    prefecture (云浮 of 第二个"云浮30年"): the text speaks as a township (:data:`TOWNSHIP_VOICE_RE`),
    not as a city (市委书记), names one township's own bodies (:data:`TOWNSHIP_BODY_RE`, written at
    the start of a phrase), and the gazetteer of townships gives that name to one county of
    ``within`` only."""
    if not TOWNSHIP_VOICE_RE.search(body) or _voice(body) in CITY_VOICES:
        return None
    names = _phrase_openers(body, TOWNSHIP_BODY_RE)
    if len(names) != 1:
        return None
    found = [d for d in (div.get(c) for c in township_counties(names.pop())) if d is not None
             and within in div.ancestors(d)]
    return found[0] if len(found) == 1 else None


# a street's or a township's own name written after its county's full name where a phrase opens
# (，潞州区紫金街道新时代文明实践所联合…): the county says where the street lies
STREET_AFTER_COUNTY_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:街道|镇|乡)(?![村镇街])")
# an address (通信地址：香格里拉市建塘镇长征大道21号): where an office sits, not whose news it is
ADDRESS_RE = re.compile(r"(?:地址|住址|地点)[：:][^，。；\s]*")


def _own_street_county(body: str, within: Division, div: Divisions) -> Optional[Division]:
    """The county a street's or a township's own news lies in, when the text is placed only in the
    county's prefecture (长治口腔, 长治科协 beside 潞州区 once): the text does not speak as a city
    (市委书记, 全市) and opens a phrase with the full name of one county of ``within`` followed by a
    street's or township's name (潞州区紫金街道…), one such county only; an address
    (:data:`ADDRESS_RE`) is no phrase of the text's own."""
    if _voice(body) in CITY_VOICES:
        return None
    kids = [div.by_code[c] for c in div.children.get(within.adcode, ())]
    found = set()
    for line in body.split("\n"):
        for piece in _PHRASE_SPLIT_RE.split(ADDRESS_RE.sub("", line)):
            for c in kids:
                if piece.startswith(c.name) and STREET_AFTER_COUNTY_RE.match(piece, len(c.name)):
                    found.add(c.adcode)
    return div.by_code[found.pop()] if len(found) == 1 else None


def _subject_township_county(body: str, within: Division, div: Divisions) -> Optional[Division]:
    """The county a township's or a street's own news lies in, when the text is placed only in a
    place holding the county (上海 of 上海动物园) and speaks with no level word at all: it opens three
    phrases at least with one township's name and with no other's (程家桥街道在…举行, 程家桥街道将…开展),
    and the gazetteer of townships gives that name to one county of ``within`` only."""
    if _voice(body) is not None:
        return None
    names: Counter = Counter()
    for line in body.split("\n"):
        for piece in _PHRASE_SPLIT_RE.split(line):
            m = STREET_AFTER_COUNTY_RE.match(piece)
            if m and township_counties(m.group(0)):
                names[m.group(0)] += 1
    if len(names) != 1:
        return None
    name, n = names.most_common(1)[0]
    found = [d for d in (div.get(c) for c in township_counties(name)) if d is not None
             and within in div.ancestors(d)]
    return found[0] if n >= 3 and len(found) == 1 else None


def _media_county(texts: Sequence[str], within: Division, div: Divisions,
                  voice: Optional[str]) -> Optional[Division]:
    """A county's own news on its own media, placed only in the province or prefecture holding it
    (来闽, 在福建调研): the text speaks as a county (``voice``: 县长, 县委常委会) and its byline's source
    is a county's media by the county's short form (:data:`MEDIA_SOURCE_RE`: 来源：闽侯乡音报), which
    names one county of ``within`` of a kind that level word names."""
    if voice not in ("县", "旗"):
        return None
    found = set()
    for line in texts:
        for m in MEDIA_SOURCE_RE.finditer(line):
            found.update(c for c in div.shorts.get(m.group(1), ())
                         if div.by_code[c].level == "county" and voice in VOICES.get(div.by_code[c].kind, ())
                         and within in div.ancestors(div.by_code[c]))
    return div.by_code[found.pop()] if len(found) == 1 else None


ZONE_AFTER_RE = re.compile("|".join(ZONE_WORDS))


# a zone's name after a county's short form, with the words of its trade between them
# (临潼旅游商贸开发区, 莒南现代物流园区): read only in a text already placed in the county's prefecture
ZONE_NAME_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + "|".join(ZONE_WORDS) + ")")


def _zone_district(body: str, div: Divisions, within: Optional[Division] = None) -> Optional[Division]:
    """A zone's own text (管委会, 党工委) speaking as 区 (全区, 区委) that names its zone by a
    district's short form (薛城经济开发区管委会): the district whose short form it writes most before
    a zone's word, of the short forms that name one district only, when one leads. With ``within``
    (the prefecture the text is placed in: 西安临潼旅游商贸开发区管理委员会 under 西安市), a zone's text
    that does not speak as the city: the county-level division of ``within`` whose short form names
    the zone, a few words of its trade allowed before the zone's word."""
    voice = _voice(body)
    if not ZONE_SELF_RE.search(body) or (voice != "区" if within is None
                                         else voice in CITY_VOICES):
        return None
    kids = set(div.children.get(within.adcode, ())) if within is not None else set()
    after = ZONE_NAME_AFTER_RE if within is not None else ZONE_AFTER_RE
    counts: Counter = Counter()
    for i in range(len(body) - 1):
        for form, short in div.forms_at(body, i):
            if not short or (i and any(len(f) > 1 for f, _s in div.forms_at(body, i - 1))):
                break
            # (a form the prefecture bears too names its own zone: 湘潭高新区 of 湘潭市, not 湘潭县)
            codes = [c for c in div.shorts[form] if c in kids and within.adcode not in div.shorts[form]] \
                if within is not None else [c for c in div.shorts[form] if div.by_code[c].kind == "district"]
            if len(codes) == 1 and form not in FIELD_FORMS and after.match(body, i + len(form)):
                counts[codes[0]] += 1
                break
    top = counts.most_common(2)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return div.by_code[top[0][0]]
    return None


# a township's name closing a phrase (其中沈所镇、澄江镇、司前镇等)
_PHRASE_TOWNSHIP_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:镇|乡|街道))(?=等|$)")


def _townships_listed(body: str) -> set[str]:
    """The township names (in ``townships.tsv``) that close a phrase of the text."""
    out = set()
    for piece in _PHRASE_SPLIT_RE.split(CITED_RE.sub("", body)):
        for m in _PHRASE_TOWNSHIP_RE.finditer(piece):
            if township_counties(m.group(1)):
                out.add(m.group(1))
            break
    return out


def _county_by_townships(body: str, div: Divisions, voice: Optional[str]) -> Optional[Division]:
    """A text that names no place but speaks as a county or a district (``voice``: 我县, 县委副书记)
    and names two townships or more (各乡镇汇报…沈所镇、澄江镇、司前镇、罗坝镇): the one division of the
    kind that word names holding every one of them, by the gazetteer of townships (澄江镇 alone is of
    five counties; with 沈所镇 and 司前镇 of 始兴县 only). A township of another county named too (a
    visit, a partner) leaves none."""
    if voice not in SELF_KINDS or (voice == "区" and re.search("自治区|地区|地委|行署", body)):
        return None     # (not 市 nor 区 of a 地区 or a region: its townships lie in its counties)
    names = _townships_listed(body)
    if len(names) < 2:
        return None
    common: Optional[set] = None
    for name in names:
        codes = {c for c in township_counties(name)
                 if c in div.by_code and voice in VOICES.get(div.by_code[c].kind, ())}
        common = codes if common is None else common & codes
    return div.by_code[common.pop()] if common and len(common) == 1 else None


# a township's own phrase: its name opening a phrase before its meeting or its bodies (凤凰镇召开工作
# 务虚会, 千垛镇党委书记)
TOWNSHIP_OWN_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}?(?:镇|乡))(?=召开|举行|党委|人民政府|"
                             r"第[一二三四五六七八九十]{1,3}届|人民代表大会|人大主席团)")


def _township_by_county_form(body: str, div: Divisions) -> Optional[Division]:
    """A township's own news (全镇, a township opening its phrases: 凤凰镇召开…) naming no place in
    full but the name or short form of one of the county-level divisions the gazetteer gives that
    township (弘扬张家港精神 beside 凤凰镇, which fifteen counties have, 张家港市 one): that division.
    Neither alone tells it (a township's name many counties bear, a short form that may be a word);
    not when the text speaks as a city (市委书记) or names two such townships."""
    if not TOWNSHIP_VOICE_RE.search(body) or _voice(body) in CITY_VOICES:
        return None
    names = _phrase_openers(body, TOWNSHIP_OWN_RE)
    if len(names) != 1:
        return None
    name = names.pop()
    rest = body.replace(name, "")
    found = []
    for code in township_counties(name):
        d = div.get(code)
        if d is None:
            continue
        # (a form inside the township's own name is its short form too: 孟村发展 of 孟村镇)
        forms = [n for n in (d.name, *d.short) if len(n) >= 2 and n not in name]
        if forms and re.search("|".join(re.escape(n) for n in forms), rest):
            found.append(d)
    return found[0] if len(found) == 1 else None


# a township's or a street's own news speaking of itself: 全乡, 我镇, or the street's own bodies by its
# level word where a phrase opens (街道党工委书记…主持, 。街道办事处…)
LONE_VOICE_RE = re.compile(TOWNSHIP_VOICE_RE.pattern + r"|(?:^|[\s，,。；;：:、])街道(?:党工委|办事处|人大工委)")
# its name opening a phrase before its meeting or its bodies (平甸乡第十五届人民代表大会, 大沽街道召开…)
LONE_OWN_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))(?=召开|举行|党委|党工委|"
                         r"人民政府|办事处|第[一二三四五六七八九十]{1,3}届|人民代表大会|人大主席团)")


def _lone_township_county(body: str, div: Divisions) -> Optional[Division]:
    """A township's or a street's own news that names no place at all (平甸乡第十五届人民代表大会…
    全乡; 大沽街道召开…, 街道党工委书记主持): the one county-level division the gazetteer of townships
    gives that name to, when it gives one only (many counties have a 城关镇: none). Not when the text
    speaks as a city or a prefecture (市委书记) or opens its phrases with two townships' names."""
    if not LONE_VOICE_RE.search(body) or _voice(body) in CITY_VOICES:
        return None
    # (a piece that only ends on the level word, 新当选的乡人民政府乡长, names no township the gazetteer has)
    names = {n for n in _phrase_openers(body, LONE_OWN_RE) if township_counties(n)}
    if len(names) != 1:
        return None
    found = [d for d in (div.get(c) for c in township_counties(names.pop())) if d is not None]
    return found[0] if len(found) == 1 else None


def _county_by_short_form(body: str, div: Divisions, voice: Optional[str] = None) -> Optional[Division]:
    """In a county-level document that names no place in full: the county whose short form
    it writes most before a local body's name (``_county_short_forms``), when one leads."""
    counts = _county_short_forms(body, div, voice)
    top = counts.most_common(2)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return div.by_code[top[0][0]]
    return None


def _without_furniture(norm: str) -> str:
    """A line as its places are counted: a web page's breadcrumb names the site, not the
    document's government, and so do a news site's dateline (海口網3月15日消息), its copyright
    notice (版权均属海口网所有) and its byline, unless the byline's source is a
    government's organ (来源：芜湖市人民政府, 池州市政府网), which printed its own document."""
    t = norm.strip()
    if BREADCRUMB_RE.match(t) or GREETING_RE.search(t) or COPYRIGHT_RE.search(t):
        return ""
    t = DATELINE_RE.sub("", t)
    if len(BYLINE_RE.findall(t)) >= 2:
        sources = [compact(m.group(1)) for m in SOURCE_FIELD_RE.finditer(t)]
        return "\n".join(s for s in sources if ORG_RE.match(s) or s.endswith("政府网"))
    return compact(t)


def _adopter(head: Sequence[str], div: Divisions,
             context: Optional[Division]) -> Optional[Jurisdiction]:
    """The government whose congress adopted a regulation: the first head line that says a
    congress (or its standing committee) adopted it (``…会议通过``; a line where it approves,
    ``…会议批准``, is skipped). A place the gazetteer does not have in full (a city since
    merged, 莱芜市) is kept by name, without adcode."""
    for t in head:
        m = ADOPTED_RE.match(t)
        if not m:
            continue
        rest = t[m.end():]
        passed, approved = rest.find("通过"), rest.find("批准")
        if passed < 0 or 0 <= approved < passed:
            continue
        if rest.startswith("的", passed + 2):
            # 为全面完成市十四届人大五次会议通过的《政府工作报告》…: a sentence naming another
            # text the congress adopted (通过的 + what), not this text's adoption note
            continue
        name = m.group("name")
        if MEETING_VERB_RE.search(name):
            # 会议听取和讨论了市人大常委会工作要点…研究通过了…: a meeting's report naming the congress
            # it heard, no adoption note and no place
            continue
        d = place_of_org(name + "人民代表大会", div, context)
        if d is NATIONAL:
            return _as(d, "issuer")
        hit = div.read_prefix(_key(name), context, county_shorts=True)
        if d is not None and hit is not None and hit[1] == len(_key(name)):
            return _as(d, "issuer")
        place = _unknown_place(name + "人民代表大会")
        return Jurisdiction(place, None, "unknown", "issuer") if place else None
    return None


def _first_place(title: str, div: Divisions, adopter: Optional[Division]) -> Optional[Division]:
    """The place a title begins with, written in full (``温州市…``), when it lies within
    ``adopter`` (one division of that name there), or any place so written when the adopter is
    not in the gazetteer (a city since merged into another: ``济南市…`` adopted by 莱芜市). A
    development zone has no government of its own: a regulation on it is its adopter's."""
    key = LEADING_NOISE.sub("", _key(title))
    for form, _short in div.forms_at(key, 0, shorts=False):
        cands = [div.by_code[c] for c in div.full[form]]
        cands = [c for c in cands if c.kind != "zone" and (adopter is None or (
            c.adcode != adopter.adcode and div.within(c, adopter)))]
        if len(cands) == 1:
            return cands[0]
    return None


# a national law's or regulation's title (中华人民共和国反家庭暴力法, 中华人民共和国中医药条例); a local
# text implementing one names its own place first (XX省实施《中华人民共和国…》办法)
NATIONAL_TITLE_RE = re.compile(r"^中华人民共和国[\u4e00-\u9fff]{1,30}(?:法|条例|规定|办法|实施细则)$")


def _own_level_city(body: str, pref: Division, div: Divisions) -> Optional[Division]:
    """The one county-level city of ``pref`` the text names with 本级 after it (乐清本级, 乐清市本级):
    a government naming its own level's work; none when two are so named."""
    found = set()
    for code in div.children.get(pref.adcode, ()):
        c = div.by_code[code]
        if c.kind != "county_city":
            continue
        names = "|".join(re.escape(n) for n in (c.name, *c.short) if len(n) >= 2)
        if names and re.search("(?:" + names + ")本级", body):
            found.add(code)
    return div.by_code[found.pop()] if len(found) == 1 else None


def _own_plan(body: str, div: Divisions, named: Counter) -> Optional[Division]:
    """自治州人民政府决定…将《伊犁哈萨克自治州州直…规划纲要》确定的…分解落实: a government that
    names itself by its level word alone as it decides or meets (:data:`SELF_LEVEL_RE`: 县政府第4次
    常务会议…《旬阳县…考核办法》) and cites a plan or rules (规划, 纲要, 计划, 方案, 办法) whose title opens with the name of a division of that level implements its
    own plan: that division (a reply, 市人民政府同意…《X市财政局…请示》, is not one; only when every
    place the text names, ``named``, holds it or lies in it)."""
    words = {m.group(1) for m in SELF_LEVEL_RE.finditer(body)}
    if not words:
        return None
    found: set = set()
    for m in re.finditer(r"《([^《》\n]{2,80}(?:规划纲要|规划|纲要|计划|方案|办法))》", body):
        for s, _e, cands in div.find_all(m.group(1)):
            # the name as written (旬阳县, the county a city was before) or as it stands now
            written = m.group(1)[s:_e]
            if s == 0 and len(cands) == 1 and any(cands[0].name.endswith(w) or written.endswith(w)
                                                  for w in words):
                found.add(cands[0].adcode)
    if len(found) != 1:
        return None
    d = div.by_code[found.pop()]
    holders = {a.adcode for a in div.ancestors(d)}
    for code in named:
        c = div.get(code)
        if c is not None and code not in holders and d.adcode not in {
                a.adcode for a in div.ancestors(c)}:
            return None     # the text names a place beside it: not (only) its own plan
    return d


# a text speaking as a development zone or its committee: 我区, 本区, 管委会, 党工委
ZONE_SELF_RE = re.compile(r"[我本]区|管委会|管理委员会|党工委")


# the county-level kinds a text speaking of itself as 我区, 我县 or 我旗 may be of
SELF_KINDS = {"区": ("district", "new_area"), "县": ("county", "autonomous_county"),
              "旗": ("banner", "autonomous_banner")}
COUNTY_SELF_RE = re.compile(r"(?:我|本)(区|县|旗)(?![委长域场内外级])")


def _own_county_by_short_form(body: str, pref: Division, div: Divisions,
                              named_places: Counter) -> Optional[Division]:
    """A text placed in a prefecture that speaks of itself as a county-level division (我区,
    本县, never 我市; 我区 not in an autonomous region, where it is the region's own word): the one division of ``pref`` of that kind (a 区 for 我区) the text names,
    here by its short form in running text (展现商州发展成果 in 商洛's 商州区); none when the
    text names two of the prefecture's county-level divisions, any place outside the one found
    (``named_places``: a zone's news naming 兰考县、商城县、郑州市二七区 as a meeting's speakers) or
    speaks as two levels."""
    words = {m.group(1) for m in COUNTY_SELF_RE.finditer(body)}
    voice = _voice(body) if not words else None
    if voice in SELF_KINDS and voice not in VOICES.get(pref.kind, ()):
        # a 直辖市's or a city's district speaking as 区 (区政协主席, 副区长, 全区, 区人大常委会主任)
        # without 我区: its leaders' level word is no municipality's or city's (市), so the text is
        # one of its districts' (为长安经济社会发展 beside 《西安市…条例》); so a county speaking as 县
        # (县委副书记、县长 调度 江西(兴国)…产业城 beside 赣州 in a firm's name) and a banner as 旗
        words = {voice}
    if len(words) != 1 or LOCAL_SELF_RE.search(re.sub(r"[我本](?:区|县|旗)", "", body)):
        return None
    word = words.pop()
    province = div.ancestors(pref)[-1]
    if word == "区" and ("自治区" in body or province.kind == "autonomous_region"):
        return None         # 我区 is also an autonomous region's own word (广西, 内蒙古)
    kinds = SELF_KINDS[word]
    named = set()
    for code in div.children.get(pref.adcode, ()):
        c = div.by_code[code]
        forms = [n for n in (c.name, *c.short) if len(n) >= 2]
        if forms and re.search("|".join(re.escape(n) for n in forms), body):
            named.add(code)
    if len(named) != 1:
        return None
    d = div.by_code[named.pop()]
    holders = {a.adcode for a in div.ancestors(d)}
    if d.kind not in kinds or any(code not in holders for code in named_places):
        return None
    return d


# a report a government has its department give its congress (受区人民政府委托，现向大会报告…计划执行
# 情况): the level word names the government the text is of
COMMISSIONED_RE = re.compile(r"(?:^|[\s，,。；;：:])受(区|县|旗)人民政府(?:的)?委托")


def _commissioned_county(body: str, pref: Division, div: Divisions,
                         named_places: Counter) -> Optional[Division]:
    """A report made on behalf of a county-level government named by its level word alone
    (:data:`COMMISSIONED_RE`: 受区人民政府委托) in a text placed in a prefecture or a 直辖市 whose own
    level word that is not (市): the division of ``pref`` of the kind that word names which the
    text names in full most (河北区 ×3 beside 河东区、和平区 once, under 天津市), when one leads."""
    m = COMMISSIONED_RE.search(body)
    if not m or m.group(1) in VOICES.get(pref.kind, ()):
        return None
    kinds = SELF_KINDS[m.group(1)]
    cands = sorted(((n, c) for c, n in named_places.items() if c in div.by_code
                    and div.by_code[c].parent == pref.adcode and div.by_code[c].kind in kinds),
                   reverse=True)
    if not cands or (len(cands) > 1 and cands[0][0] == cands[1][0]):
        return None
    return div.by_code[cands[0][1]]


# the leaders of a government, a Party committee, a congress or a 政协 named by the level word alone, as
# a text names its own people (市委书记齐家滨会见…, 由市领导…率领, 市政协主席) and its congress by its
# term (，县十五届人大常委会召开…: a phrase's subject, not a cited meeting), or the whole area and the
# text's own place (全市各级, 我县): the level the text speaks at. Bodies alone are not counted: a
# county's text names its superiors so (按照市委、市政府部署)
VOICE_RE = re.compile(r"(?:(?:^|[\s，,。；;：:、（(“以经由向送交报和及与])(自治区|省|市|地|州|盟|县|区|旗)"
                      r"(?:委(?:书记|副书记|常委)|长(?!期|效|远|足|度)|领导|政协(?:主席|副主席|秘书长)|"
                      r"人大常委会(?:主任|副主任)|行署专员|[一二三四五六七八九十]{1,3}届)"
                      r"|(?:我|本|全)(自治区|省|市|州|盟|县|区|旗)(?![委长域场内外级直属]))")
# the level words a division's own text uses for itself (a 地区's 地委 and 全区, a 自治区's 全区)
VOICES = {"province": ("省",), "autonomous_region": ("自治区", "区"), "municipality": ("市",),
          "city": ("市",), "prefecture": ("地", "区"), "autonomous_prefecture": ("州",),
          "league": ("盟",), "county": ("县",), "autonomous_county": ("县",), "county_city": ("市",),
          "district": ("区",), "banner": ("旗",), "autonomous_banner": ("旗",),
          "special_district": ("区",), "forestry_district": ("区",), "new_area": ("区",)}


def _own_corps_city(d: Division, text_places: Counter, div: Divisions) -> Optional[Division]:
    """The one city of the Corps' divisions (:func:`corps_cities`) the text names, when it lies in
    ``d``; none when it names two."""
    cities = set(corps_cities().values())
    named = [div.by_code[c] for c in text_places if c in cities and c in div.by_code]
    if len(named) == 1 and d in div.ancestors(named[0]):
        return named[0]
    return None


def _voice(body: str) -> Optional[str]:
    """The level word a text speaks with most (:data:`VOICE_RE`: 县委书记, 全县, 我县), when one leads."""
    voice = Counter(m.group(1) or m.group(2) for m in VOICE_RE.finditer(CITED_RE.sub("", body)))
    if CORPS_TEXT_RE.search(body):
        # (a Corps division's text speaks as 师: 师党委常委, 全师)
        voice["师"] += len(CORPS_VOICE_RE.findall(CITED_RE.sub("", body)))
        voice = +voice
    top = voice.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _voiced_partner(body: str, d: Division, div: Divisions,
                    text_places: Counter) -> Optional[Division]:
    """The place a text speaks as, when the place it names most does not: a city's news of a
    partner county far away (日照市对口支援麦盖提县…, 市委书记…会见代表团一行) names the partner with
    its prefecture and region, which outweigh the city, but its own bodies are written by the
    level word alone (市委, 市领导, 全市), which the county's are not. The place of another
    province named twice at least, whose level word is the one the text speaks with most and
    the chosen place's is never used, is the text's."""
    voice: Counter = Counter()
    for m in VOICE_RE.finditer(CITED_RE.sub("", body)):
        voice[m.group(1) or m.group(2)] += 1
    own = VOICES.get(d.kind, ())
    if not voice or any(voice[w] for w in own):
        return None
    top = voice.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    word = top[0][0]
    province = div.ancestors(d)[-1]
    others = sorted(((n, div.by_code[c]) for c, n in text_places.items()
                     if n >= 2 and c in div.by_code and word in VOICES.get(div.by_code[c].kind, ())
                     and not div.within(div.by_code[c], province)),
                    key=lambda x: -x[0])
    if not others or (len(others) > 1 and others[0][0] == others[1][0]):
        return None
    return others[0][1]


def _refined(d: Division, head: Sequence[str], div: Divisions) -> Division:
    """The place the text gives, made precise by the portal's 索引号 when that carries the code
    of a division within it (a town's plan naming only its province: the county's code); a code
    of a division elsewhere (a repost's host) changes nothing."""
    for t in head:
        m = INDEX_CODE_RE.match(t)
        low = div.get(m.group(1)) if m else None
        if low is not None and low is not d and d in div.ancestors(low):
            return low
    return d


def _township_county(title: str, issuer: Optional[str], div: Divisions,
                     context: Optional[Division]) -> Optional[Division]:
    """The county-level division a township's document lies in (its issuer or title names the
    township: ``渔峡口镇人民政府``), where the gazetteer of townships holds one township of that
    name, or one under ``context`` (the place the text names most); else None (城关镇: many)."""
    from .units import own_township_name        # (units reads the model only; no cycle)
    name = own_township_name(title, issuer)
    if not name:
        return None
    found = [d for d in (div.get(c) for c in township_counties(name)) if d is not None]
    if context is not None:
        found = [d for d in found if context.level == "national" or context in div.ancestors(d)]
    return found[0] if len(found) == 1 else None


def _as(d: Division, how: str) -> Jurisdiction:
    return Jurisdiction(d.name, d.adcode, d.level, how)


def infer(lines: Sequence[Line], issuer: Optional[str] = None, title: str = "",
          number: Optional[str] = None, div: Optional[Divisions] = None) -> Jurisdiction:
    """The jurisdiction of one document from its lines and the header already read."""
    div = div or load_divisions()
    texts = [unglossed(compact(ln.norm)) for ln in lines if not ln.blank]
    body = "\n".join(unglossed(_without_furniture(ln.norm)) for ln in lines if not ln.blank)
    # places inside cited titles (《浙江省…条例》) are mostly other governments' documents:
    # they count only when the rest of the text names no place
    codes = frozenset(m.group(1) for t in texts[:HEAD_LINES] for m in CREDIT_INDEX_RE.finditer(t))
    text_places = _places(CITED_RE.sub("", body), div, codes) or _places(body, div, codes)
    text_places = text_places + _dateline_county(texts, body, div)
    # a development zone named once, in a text that does not speak as a zone (我区, 管委会), is a
    # place the text mentions (a province's regulation on its 自贸试验区 naming
    # 郑州航空港经济综合实验区), not the body it is written by
    if not ZONE_SELF_RE.search(body):
        text_places = Counter({code: n for code, n in text_places.items()
                               if n > 1 or getattr(div.get(code), "kind", None) != "zone"})
    support = _rolled(text_places, div)
    # the most named place settles same-named divisions (朝阳区, 鼓楼区)
    context = _from_text(text_places, div, "prefecture")

    # a signature: an organisation's name on the line just before a date
    signatures = []
    for k, t in enumerate(texts):
        if DATE_RE.match(t) and k and ORG_RE.match(texts[k - 1]) and len(texts[k - 1]) <= 40:
            signatures.append(texts[k - 1])
        elif (m := NAME_DATE_RE.match(t)) and ORG_RE.match(m.group(1)):
            signatures.append(m.group(1))
    head = texts[:HEAD_LINES]
    addressees = [t for t in head if t.endswith("：") and ("各" in t or "有关" in t)]

    adopted = _adopter(head, div, context)
    if adopted is not None and not issuer:
        d = div.get(adopted.adcode) if adopted.adcode else None
        lower = _first_place(title, div, d) if title and (d is not None or not adopted.adcode) \
            else None
        return _as(lower, "title") if lower is not None else adopted
    if not issuer and NATIONAL_TITLE_RE.match(compact(title or "")):
        return _as(NATIONAL, "title")   # 中华人民共和国X法: a national law (no 国务院 need be named)
    for how, names, is_title in (("issuer", [issuer] if issuer else [], False),
                                 ("title", [title] if title else [], True),
                                 ("signature", signatures, False)):
        for name in names:
            d = place_of_org(name, div, context, title=is_title)
            if d is not None:
                return _as(d, how)
    for t in head:
        m = ISSUER_FIELD_RE.match(t)
        d = place_of_org(m.group(1), div, context) if m else None
        if d is not None:
            return _as(d, "issuer")
    own_number = _docnum(number, head)
    if own_number:
        for name in ([issuer] if issuer else []) + ([title] if title else []):
            d = _place_by_docnum(name, own_number, div)
            if d is not None:
                # 鼓楼区人民政府办公室 with 榕鼓政办〔2024〕8号: 福州市's 鼓楼区, of four so named
                return _as(d, "docnum")
    d = _township_county(title, issuer, div, context)
    if d is not None:
        # 渔峡口镇人民政府关于…: the county the township lies in, by the gazetteer of townships
        return _as(d, "issuer")
    for m in REPORT_SELF_RE.finditer(body):
        d = place_of_org(m.group(1), div, context)
        if d is not None and d is not NATIONAL:
            return _as(d, "text")
    for m in OWN_COMMITTEE_RE.finditer(body):
        codes = div.full.get(m.group(2), ())
        d = div.by_code[codes[0]] if len(codes) == 1 else None
        if d is not None and m.group(1) in VOICES.get(d.kind, ()):
            return _as(d, "text")
    for m in OWN_PLACE_RE.finditer(body):
        d = place_of_org(m.group(1), div, context, title=True)
        if d is not None and m.group(1).startswith(d.name[:2]):
            return _as(d, "text")
    d = _own_plan(body, div, text_places)
    if d is not None:
        return _as(d, "text")
    prefix = _docnum(number, head)
    if prefix:
        # a county written by its short form before a local body (嘉鱼经济开发区) is named too
        d = _from_docnum(prefix, div, support + _rolled(_county_short_forms(body, div), div))
        if d is not None:
            return _as(d, "docnum")
    for t in addressees:
        if ADDRESSEE_LEVELS[0][1].search(t):
            continue        # 各省（自治区）交通局、北京市交通局…: the state writes; the places named are addressees
        for part in re.split(r"[，、；]", t):
            d = place_of_org(re.sub(r"^各", "", part), div, context)
            if d is not None and d.level != "county":
                # the addressees' own place is below the issuer: 各县 of X are written by X
                return _as(d, "addressee")
    hints = _level_hints(addressees, True) + _level_hints(texts)
    m = TITLE_SELF_RE.match(compact(title)) if title else None
    if m:
        # 2023年区政府重点民生实事项目…: the title names the writing government by its level word
        hints["units:" + RELATIVE_LEVEL[m.group(1)]] += 1
    level = None
    for source in ("addressee", "units"):
        levels = Counter({k.split(":")[1]: n for k, n in hints.items() if k.startswith(source)})
        if levels:
            top = levels.most_common()
            if len(top) == 1 or top[0][1] > top[1][1]:
                level = top[0][0]
                if level != "national":
                    break
                if source == "addressee" or (_from_text(text_places, div, None) is None
                                             and not LOCAL_SELF_RE.search(body)
                                             and not _local_government_speaks(texts)):
                    return _as(NATIONAL, source)
                level = None
    d = _from_text(text_places, div, level)
    if d is not None and level == "prefecture" and d.level == "prefecture":
        # 市X局 says a 市, which a county-level city is too: a text about one of the
        # prefecture's county-level cities (its name carries most of what is said, its own
        # government is named: 兴宁市人民政府办公室) is that city's, unless it writes to the
        # prefecture's counties (各县（市）)
        # — or, where it names no place of the prefecture outside that city (not the
        # prefecture itself), one of the city's own bodies (大冶市财政局、大冶市农业农村局)
        low = _from_text(text_places, div, None)
        if low is not None and low.kind == "county_city" and low.parent == d.adcode \
                and (re.search(re.escape(low.name) + "(?:人民政府|政府|委)", body)
                     or (support[d.adcode] == support[low.adcode]
                         and re.search(re.escape(low.name) + OWN_BODY_TAIL, body))) \
                and not PREFECTURE_ONLY_RE.search(body):
            d = low
        elif not PREFECTURE_ONLY_RE.search(body):
            # X本级 (X's own-level work, beside the prefecture's 温州市级 ones): a county-level city
            # of the prefecture that names its own level writes the text (乐清本级民生实事)
            own = _own_level_city(body, d, div)
            if own is not None:
                d = own
    if d is not None and level is None:
        d = _voiced_partner(body, d, div, text_places) or d
    if d is not None and (d.level == "prefecture" or d.kind == "municipality") and level in (None, "county"):
        # (a 直辖市's districts stand under it as a prefecture's do: 青浦新城 in 青浦区's 政协 news)
        d = _own_county_by_short_form(body, d, div, text_places) \
            or _commissioned_county(body, d, div, text_places) or d
    if d is not None and d.level == "prefecture":
        # (a township's own news naming only its prefecture: the county that holds the township;
        # a street's news writing it after its district's name, 潞州区紫金街道)
        d = _own_township_county(body, d, div) or _own_street_county(body, d, div) \
            or _zone_district(body, div, d) or d
    if d is not None and (d.level == "prefecture" or d.kind == "municipality"):
        # (a street's news that is its subject phrase after phrase: 程家桥街道在上海动物园门前举行…)
        d = _subject_township_county(body, d, div) or d
    if d is not None and d.level in ("province", "prefecture") and level in (None, "county"):
        # (a county's report naming only its province and prefecture, 视察河北、视察石家庄, speaking as
        # 县 (全县, 县委十二届…全会) and writing its own place as what its work gives: 贡献正定力量)
        own = _own_goal_county(body, div, _voice(body))
        if own is not None and d in div.ancestors(own):
            d = own
    if d is not None and d.level == "province" and _voice(body) == "师":
        # (a Corps division's text, speaking as 师 (师市党委书记), that names one of the Corps' cities:
        # 立足第十四师昆玉市实际 beside 新疆 of 新疆农垦科学院)
        d = _own_corps_city(d, text_places, div) or d
    if d is not None and d.level in ("province", "prefecture"):
        # (a county's meeting news on its own paper, naming only its province: 来源：闽侯乡音报, 县长)
        d = _media_county(texts, d, div, _voice(body)) or d
    if d is not None:
        return _as(_refined(d, head, div), "text")
    voice = _voice(body)
    d = _own_goal_county(body, div, voice)
    if d is not None:
        # (为明光高质量发展 in a text speaking as 市委书记, 全市: 明光市, a county-level city)
        return _as(d, "text")
    if level in (None, "county"):
        # (a county's news naming only its townships: 沈所镇、澄江镇、司前镇 of 始兴县; a township's
        # naming its county by a short form: 凤凰镇…弘扬张家港精神)
        d = _county_by_townships(body, div, voice) or _township_by_county_form(body, div)
        if d is not None:
            return _as(d, "text")
        if not text_places:
            # (a township's own news naming no place: 平甸乡第十五届人民代表大会…全乡, one 平甸乡 in the
            # gazetteer)
            d = _lone_township_county(body, div)
            if d is not None:
                return _as(d, "text")
    if level == "county" or (level is None and voice in ("县", "旗")):
        # (a text whose units say nothing of its level but that speaks as a county, 县委书记…
        # 全县: 凤台召开全县…会议)
        d = _county_by_short_form(body, div, voice if voice in ("县", "旗") else None)
        if d is not None:
            return _as(d, "text")
    d = _zone_district(body, div)
    if d is not None:
        # (a zone named after its district by the district's short form, in the zone's own text
        # speaking as 区: 薛城经济开发区管委会, 全区)
        return _as(d, "text")
    m = UNIQUE_KIND_SELF_RE.search(body)
    if m:
        # (the table's kind is read from the name's ending: 碑林区, 万柏林区 are districts named
        # X林区 under their cities; a 林区 as a level of government stands under its province)
        only = [d for d in div.by_code.values() if d.kind == UNIQUE_KIND_WORDS[m.group(1)]
                and d.parent and div.by_code[d.parent].level == "province"]
        if len(only) == 1:
            return _as(only[0], "text")
    for name in ([issuer] if issuer else []) + ([title] if title else []) + signatures:
        place = _unknown_place(name)
        if place:
            return Jurisdiction(place, None, "unknown", "issuer")
    if level:
        return Jurisdiction(None, None, level, "addressee" if any(
            k.startswith("addressee:") for k in hints) else "units")
    return UNKNOWN


def override(name: str, div: Optional[Divisions] = None) -> Jurisdiction:
    """The jurisdiction given with ``kg build --jurisdiction`` (a name or an adcode)."""
    div = div or load_divisions()
    d = div.get(name.strip()) if name.strip().isdigit() else None
    if d is None:
        cands = div.lookup(name)
        if len(cands) == 1:
            d = cands[0]
        else:
            hit = div.read_prefix(_key(name))
            d = hit[0] if hit and hit[1] == len(_key(name)) else None
    if d is None:
        return Jurisdiction(name.strip(), None, "unknown", "override")
    return _as(d, "override")
