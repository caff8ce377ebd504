"""Mention -> Unit, within the mentioning document's jurisdiction. Never dropped, never guessed.

A mention resolves in its document's jurisdiction (:mod:`kg.resolve.jurisdiction`):

1. In a document of the lexicon's own place, the lexicon resolves it (canonical name, kind,
   aliases, members) as before.
2. An explicit place wins: ``廊坊市发改委``, ``浙江省发展改革委``, ``嘉兴银保监分局`` belong to the
   place they name (the lexicon of that place resolves them when there is one).
3. A relative prefix is completed from the document: ``市`` is the document's city (a county-level
   city itself, else its prefecture), ``省`` its province, ``县``/``区``/``旗`` its county;
   ``国务院``, ``国家…`` and ministries are national. A name without prefix that ends like a
   government body (局, 委, 厅, 办) is the document's own government's.
4. The body is brought to the national standard form (:mod:`kg.resolve.naming`): ``市发展改革委``
   in a 嘉兴 document is ``嘉兴市发展和改革委员会`` (330400); party bodies are printed
   ``中共嘉兴市委统一战线工作部``.

Unit ids are minted from (jurisdiction adcode, canonical name), so two cities' same-named
departments are two nodes. A name whose government cannot be told (the document's
jurisdiction unknown, ``区发改局`` in a city document) is kept as written and scoped to the
document's jurisdiction, or to the document itself when that is unknown; it is never merged
with another government's unit. Units found neither in a lexicon nor by the naming rules are
``resolved=False`` and reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Callable, Optional, Union

from ..ids import unit_id
from ..patterns import CENTRAL_BANK_BRANCH, CORPS_HEAD, CORPS_ORDINAL, CORPS_REGIMENT_RE, GROUP_SUFFIX, HAN, LEVEL_KIND_ALT, OWN_LEVELS, OWN_PLACE_ALONE, TEMPLATE_LETTER, TOWNSHIP, unglossed
from ..text import compact, normalise
from ..model import Jurisdiction, Unit
from .divisions import NATIONAL, Division, Divisions, load_divisions
from .lexicon import Entry, Lexicon
from .naming import canonical_body, is_standard_body, national_name

_TRAILING_ALIAS = re.compile(r"^(.+?)（[^（）]*）$")
# a short form cut from a body's name (区应急 of 区应急管理局): Han characters only, not ending
# as a place does (西青区, 某某村, 某某街道)
_STEM_RE = re.compile(HAN + r"+(?<![省市州盟县区旗镇乡村道])")
# a name ending in a coordinating body's kind (市整治工作领导小组, 县防汛指挥部) names that body: it is
# no stem of the body's office (市整治工作领导小组办公室), another unit
_GROUP_END_RE = re.compile(GROUP_SUFFIX + r"$")


RELATIVE = ("自治区", "自治州", "自治县", "省", "市", "州", "盟", "县", "区", "旗")
# (a level word and what follows read as one word: 市场, 市民, 县域. Where the word is the start
# of a body named after the level word it is relative: 市民政局 is 市 + 民政局, 市政务服务中心 is
# 市 + 政务服务中心, 市民族宗教事务局, 市民防局; 市场监督管理局, 市政管理局, 市民服务中心 are the
# bodies' own names, which a place is put before whole)
NOT_RELATIVE = re.compile(r"^(市场|市民(?!政|族|宗|防|航)|市政(?!府|务|协)|市容|市级|县级|区级|省级|区域|县域|省内|市内|区内|县内|"
                          r"市直|县直|区直|省直|市属|县属|区属|省属|州直|旗直|市县|省市(?!场)|县区|区县|县乡(?!村振兴)|"
                          r"市区|县市(?!场|监局)|区市(?!场|监局)|州市(?!场|监局)|盟市(?!场|监局)|省辖市|市辖区(?!域))")
# the word a zone with a division of its own (雄安新区, 两江新区, 滨海新区, 苏州工业园区), a 地区
# (阿克苏地区) or a 林区 (神农架林区) calls itself by in its own documents, as a city says 市: 新区建设局,
# 园区大数据中心, 地区水利局, 林区财政局
_ZONE_WORD = re.compile(r"(新区|开发区|高新区|经开区|示范区|试验区|合作区|园区|地区|林区)$")
# a division of the Corps by its ordinal at a name's start (兵团第八师, 第三师)
_CORPS_DIVISION_AT = "^" + CORPS_HEAD + "第" + CORPS_ORDINAL
# a Corps division before the city it is one with (第三师图木舒克市, 兵团第八师石河子市): the city
_CORPS_CITY = re.compile(_CORPS_DIVISION_AT + r"(?=[\u4e00-\u9fff]{2,5}市)")
LOWER = re.compile(r"^(乡镇|民族乡|乡|镇|街道|村|社区|居委会)")     # below the gazetteer: no one government
# the national people's organisations written without 全国 (共青团中央, 中国科协, 中国残联; 全国总工会
# and 全国妇联 open with 全国, read by NATIONAL_BODY's first alternative)
_PEOPLES_ORG = (r"^(共青团中央|中国(?:科协|科学技术协会|残联|残疾人联合会|文联|作协|侨联|"
                r"红十字会总会|文学艺术界联合会|作家协会))$")
# (the people's political consultative conference's national committee named in full, 中国人民政治协商会议
# 全国委员会 / 中国人民政协全国委员会常务委员会, as 全国政协 is: no place before it)
NATIONAL_BODY = re.compile(r"^(国务院|中共中央|中央|全国|国家|中国人民银行|人民银行总行|最高人民|最高法|最高检|"
                           r"中国人民政(?:治协商会议|协)全国)|"
                           # (a State organ named with 中国 before it: 中国气象局, 中国地震局, 中国证监会,
                           # 中国证券监督管理委员会; never a city's, as 中国 was read as no place at all)
                           r"^中国(?!共产党|人民政)" + HAN + r"{1,10}(?:局|总局|署|部|委员会|监会)$|"
                           r"^(人民银行|人民银行总行|银保监会|证监会|银监会|保监会)$|" + _PEOPLES_ORG)
# (the national people's organisations written without 全国, _PEOPLES_ORG: bodies of the State's level,
# named in full as they are)
PEOPLES_ORG = re.compile(_PEOPLES_ORG)
# the branches of vertically run State systems, named after the place they sit in or the
# region they serve (石家庄海关, 吴江海关, 民航宁夏监管局, 民航华北地区管理局, 中国民用航空华北地区管理局,
# 南京海事局, 苏州出入境边防检查站, 沈阳铁路监督管理局, 人民银行苏州市中心支行, 苏州银保监分局):
# bodies of the State, never of the government whose place the name holds; kept as written
# (民航机场…, an airport's own body, is not one)
VERTICAL_BRANCH = re.compile(r"^[\u4e00-\u9fff]{2,6}(?<!总署)(?<!直属)海关$|"
                             r"^(?:民航|中国民用航空)(?:[\u4e00-\u9fff]{2,6}?(?:地区)?)(?:管理局|监管局)$|"
                             # the maritime safety administration's branches (江苏海事局, 南京海事局, 长江海事局);
                             # a government's own is written with its level or as such (苏州市地方海事局,
                             # 县港航海事局): kept its government's
                             r"^(?!.*(?:地方|港航|港口))[\u4e00-\u9fff]{2,6}(?<![省市县区旗盟])海事局$|"
                             # the border inspection stations of the immigration administration
                             # (深圳出入境边防检查总站, 苏州出入境边防检查站, 珠海边检总站)
                             r"^[\u4e00-\u9fff]{2,6}(?<![省市县区旗盟])(?:出入境边防检查|边检)总?站$|"
                             # the railway's regional administrations and bureaus (沈阳铁路监督管理局, 上海铁路局,
                             # 中国铁路上海局集团 an enterprise of the State)
                             r"^[\u4e00-\u9fff]{2,4}(?<![省市县区旗盟地方])铁路(?:监督管理)?局$|"
                             # the financial regulators' branches named after their place (苏州银保监分局,
                             # 江苏金融监管局, 湖南证监局); a government's own is written with its level or 地方 (苏州市地方
                             # 金融监督管理局, 市金融监管局): its government's
                             r"^(?!.*地方)[\u4e00-\u9fff]{2,6}(?<![省市县区旗盟])(?:银保监分局|银保监局|银监分局|保监分局|"
                             r"金融监管分局|金融监管局|证监局)$|"
                             # the statistics bureau's survey teams (苏州调查队, 国家统计局浙江调查总队 has its head)
                             r"^[\u4e00-\u9fff]{2,6}(?<![省市县区旗盟])调查总?队$|"
                             # the central bank's branches (人民银行苏州市中心支行, 人行廊坊市中心支行), named
                             # with their place's level or not: a bank's name, no enterprise's
                             "^" + CENTRAL_BANK_BRANCH + "$")
# a ministry or a State administration named alone (教育部, 自然资源部, 海关总署, 市场监管总局)
# (not a command, 指挥部, which every level sets up: 现场指挥部, 镇防汛指挥部 were read as the State's)
MINISTRY_NAME = re.compile(r"^[\u4e00-\u9fff]{1,10}(?<!指挥)(部|总局|总署|海关总署)$")
# ...but not a Party committee's department, which every level has (县委宣传部, 市委组织部, 宣传部
# alone in a county's text; the central ones are written 中共中央…, 中央…), nor a body named after
# a committee (团市委宣传部, 党委组织部) or a level word (县人武部), nor a Party branch (东风村党支部)
PARTY_DEPARTMENT = re.compile(r"委[\u4e00-\u9fff]*部$|支部$|^(?:宣传部|组织部|统战部|统一战线工作部|社会工作部|"
                              r"对外联络部|人民武装部|人武部|武装部)$")
# an institution's own Party body named by the institution's kind (校党委, 学院党委, 局党组 in its own rules):
# no body of the document's government, kept as written
_INSTITUTION_PARTY = re.compile(r"^(?:本|我)?(?:校|学校|院|学院|局|医院|公司|集团)(?:党委|党组|纪委|纪检组|党工委|纪工委)$")
GOV_SUFFIX = re.compile(r"(局|委|厅|办|委员会|办公室|人民政府|管委会|管理委员会)$")
ORG_SUFFIX = re.compile(r"(局|委|厅|办|委员会|办公室|人民政府|政府|管委会|管理委员会|部|署|院|中心|海关|总队|支队|大队|"
                        r"分局|联合会|残联|工会|妇联|团委|科协|侨联|工商联|法院|检察院|边防检查总?站|边检总?站|调查总?队)$")
# a body inside one organisation (its 办公室, 财务科): the same words in another document are
# another organisation's, so such a unit is kept within its document
INTERNAL = re.compile(r"^(办公室|综合科|财务科|[\u4e00-\u9fff]{1,6}[科股室组]|各科室|各处室|各股室|"
                      r"[\u4e00-\u9fff]{1,6}(?<!公)司|[\u4e00-\u9fff]{1,6}(?<!办事)处)$")
# (a ministry's 司, 运管司, 水文司, and a department's 处, 公路处, 财务处: the issuer's own, as its 科;
# not a company, 公司, nor a sub-district's office, 办事处)
# ...and a body a department's document names with its own 厅 or 局 before it (厅办公室, 局机关各科室,
# 厅政务服务中心, 局属各单位): the issuing department's, never a government's (湖南省厅办公室)
OWN_BODY = re.compile(r"^(?:厅|局)(?!长)(?:机关|直属|所属|属)?[\u4e00-\u9fff]{2,12}$")
# a body a regulation names by its function (水行政主管部门, 市场监督管理部门, 城市管理综合执法部门,
# 公安机关, 气象主管机构): a department of the government it belongs to, whichever its name
# (a field before 部门 names one too: 财政部门, 公安部门, 住房城乡建设部门); a role or a relation
# before it (牵头部门, 上级主管部门, 其有关部门; 征收部门, whichever department expropriates) names none, nor do the utilities and carriers a list
# of 部门 names among the departments (电力、通信等部门: the power and telecom companies; their
# 电力管理部门, 通信管理部门 are the government's; 民航、铁路部门: the State's civil aviation and
# railway systems, which no local government has a department of)
FUNCTIONAL = re.compile(r"^(?!.*(?:有关|相关|其他|其它|各|等|直属|的|设立))(?!(?:电力|供电|供水|供气|燃气|通信|电信|通讯|民航|铁路)部门$)(?!(?:或|及|与|和(?=[省市县区乡镇])|上一级|下一级|上级|下级|同级|本级|(?:最低|最高)?一级|行业|业务|牵头|责任|配合|协办|主办|承办|主讲|综合(?!行政执法|执法)|其他|其它|"
                        r"所在|原|该|本|其|有关|相关|各|职能|成员|主管|执法|行政(?!审批)|管理|监管|监督|征收(?=部门$)|"
                        r"实施|组织|有权)).{2,14}(?:(?:主管|行政|管理|执法|监督)(?:部门|机关|机构)|部门)$"
                        r"|^(?:公安|审计|税务|司法行政|检察|监察)机关$")
# 县级以上人民政府…, 市县…, 市直…: several governments' or bodies', no one government's
LEVELS = re.compile(r"^(?:(?:省|市|县|区|乡|地)[级直属]|旗县|省辖市|市辖区(?!域)|市县|省市(?!场)|县区|区县|县乡(?!村振兴)|县市(?!场|监局)|区市(?!场|监局)|"
                    # (设区的市X: every city of a province, the level a national or provincial law names;
                    # 省辖市X, 市辖区X: every city under the province, every district of the city;
                    # 旗县级以上X, 旗县区X: 内蒙古's banners and counties, every level above them)
                    # (城市人民政府X: every city's government, as a national or provincial law writes it)
                    # (直辖市X, 计划单列市X, 副省级市X: every city of that class, named as a national
                    # law names the provinces' level, 省、自治区、直辖市人民政府: no one government)
                    r"州市(?!场)|盟市(?!场)|设区的市|城市(?=(?:人民)?政府)|直辖市|计划单列市|副省级(?:城)?市)")
# a body that starts with a conjunction (市和区县人民政府: 和区县人民政府) is no one body
CONJ_START = re.compile(r"^(?:或|及|与|、|和(?=[省市县区乡镇](?!场)))")
# 市人民政府水行政主管部门: the 人民政府 between a government and its department says nothing more
GOV_THEN_BODY = re.compile(r"^(?:人民政府|政府)(?=.{2})")
GENERIC = re.compile(r"^(办公室|委员会|管委会|人民政府|政府|办公厅|领导小组|.{0,1}[局委厅办])$")
# a township (镇, 乡) or sub-district (街道) named by its place, bare or with its body
TOWNSHIP_RE = re.compile("^" + TOWNSHIP + "$")
# what before 镇/乡/街道 makes a kind or a set of places, not one township's name (城镇, 乡镇,
# 重点镇, 全镇, 各街道, 本乡, 小城镇, 示范镇, 民族乡): a leading qualifier, or a place word ending it
# (城 of 城镇, but not of the seat towns' and the quarters' own names: 城关镇, 城厢镇, 城郊乡, 城北街道)
TOWNSHIP_QUALIFIERS = (
    "各 全 本 该 每 此 有关 相关 其他 其它 所在 事发地 所属 辖区 重点 中心 特色 建制 小城 城(?![关厢郊东南西北]) 乡 镇 村 集 "
    "示范 试点 贫困 民族 文明 卫生 生态 美丽 旅游 历史文化 经济强 先进 样板 明星 边境 千年古").split()
# (a place of three characters or more may end in 旗: 西三旗街道, an old banner camp's name, is one
# sub-district; 全旗镇, 本旗乡 are sets)
NOT_TOWNSHIP_PLACE = re.compile("^(?:" + "|".join(TOWNSHIP_QUALIFIERS) + ")|[乡镇村城市县区省州盟街]$"
                                "|^" + HAN + "?旗$")
# a sub-district named after a place ending in 城 (稠城街道, 东城街道, 新城街道): a township's name, as
# 城 ends a place's name in many; not a kind of town or area (县城, 主城, 全城, 京城, 省城, 小城)
_CITY_STREET = re.compile("^(?![县主全京省市小各本该每此其]城街道$)" + HAN + "{1,2}城街道$")
# the townships of a place as one collective: 各乡镇（街道）, 各镇（街）, 乡镇人民政府, 各街道办事处, 镇办;
# 民族乡人民政府 without a place is a level noun too (the county's ethnic townships, 瑶族乡 …)
TOWNSHIP_SET = re.compile(r"^各?(?:乡镇|镇街|镇办|民族乡|乡|镇|街道)(?:[、（](?:民族乡|苏木|乡|镇|街道|街)）?)*级?"
                          r"(?:人民政府|政府|街道办事处|办事处)?$")
# a level's government named by its level alone, with its alternatives in brackets (市人民政府,
# 州（市）人民政府, 县（市、区）人民政府, 盟行政公署): unresolved, no one government but every one of
# that level in the document's area (resolved, the document's own: 市人民政府 in a city's text)
LEVEL_GOV_SET = re.compile(r"^各?(?:省|市|州|盟|县|区|旗|自治区|自治州|自治县|自治旗|县级市|地区)(?:（[^（）]{1,8}）)?"
                           r"(?:人民政府|政府|行政公署|行署)$")
# a township's body opening a title (the document speaks for it: 凤屯镇政府文件…目录)
#: a township's own body named by its level word (镇财政所, 乡农业服务中心, 街道党政办公室): the
#: level word (group 1) and the body (group 2, two characters at least)
_TOWN_OWN_GOV = re.compile(r"(镇|乡|苏木|街道)(?:人民政府|政府|办事处)")
_TOWN_OWN_BODY = re.compile(r"^(镇|乡|街道|苏木)(" + HAN + "{2,20})$")
# (or the township's name before the year or the 关于 of its own plan: 城关镇2025年森林防火工作实施方案)
_TITLE_TOWNSHIP = re.compile("^(?:（[^（）]{1,4}）)?(?!关于)(" + HAN + "{2,4}?)(镇|乡|街道)(人民政府|政府|办事处|(?=\\d{4}年|关于))")
# a set of levels below the county written as one word (镇村, 镇街, 乡镇村): a collective
#: 本 before the document's own level word (本市, 本自治县): the level, as a name writes it
_OWN_LEVEL = re.compile("^本(?=(?:" + OWN_LEVELS + ")各)")
#: 本市, 本自治县 alone (the subject of a duty): the document's own government, its lookup's level
_OWN_PLACE_ALONE = re.compile(OWN_PLACE_ALONE)
LEVEL_SET = re.compile(r"^(?:乡|镇|街道?|村|社区)(?:[、（]?(?:乡|镇|街道?|村|社区|居)）?){1,3}$")
# (a kind of zone written with its alternative in brackets, 开发区（园区）管理机构, is every zone's body;
# so is a kind of zone or area named with no name, 园区管理委员会, 风景名胜区管理机构, 公园管理机构
# (each one's): 高新区管委会 names the city's one)
# (所在区人民政府, 所在地公安机关: the one where the thing is, of whichever place: no one government's;
# 铁路沿线县级以上地方人民政府, 铁路沿线乡（镇）人民政府: those along a line, whichever they are;
# 沿海县级以上地方人民政府, 受灾地区县级以上人民政府: a level's bodies of the coast or of a stricken area)
#: the words placing a level's bodies on the coast, a border or a stricken area (duties reads them too)
WHERE_KIND_WORDS = r"(?:沿海|沿边|边境|受灾|灾区)(?:地区)?的?"
#: the levels such words stand before
WHERE_KIND_LEVELS = r"(?:县级以上|设区的市|地级以上|省|市|县|乡)"
WHERE_KIND = "^" + WHERE_KIND_WORDS + "(?=" + WHERE_KIND_LEVELS + ")"
# (a government named by its level relative to another's, 本级人民政府, 同级政府, 上一级人民政府, (其)共同的上一级
# 人民政府: the one above, beside or of the level the clause is about, whichever it is; a set, never the
# document's own government by the place put before it; so too a congress or its standing committee,
# 本级人民代表大会常务委员会, 同级人大常委会)
RELATIVE_GOV = re.compile(r"^其?(?:共同的)?(?:本级|同级|上级|上一级|下级|下一级)(?:地方)?"
                          r"(?:(?:人民)?政府|人民代表大会(?:常务委员会)?|人大常委会)$")
# places counted before their level (长株潭三市人民政府, 沿江八县（市、区）, 两区党委和政府): several
# governments, a set (一 is no count: 四会市, 三河市, 十堰市 hold the figure inside their name)
COUNTED_PLACES = (r"[二两三四五六七八九十]{1,2}个?(?:市|县|区|县区|县市区|市州|市县|旗县|县（市、区）|县（市）)"
                  r"(?:人民政府|政府|党委和政府|党委)?$")
_COUNTED_PLACES_RE = re.compile(COUNTED_PLACES)
# the characters that make a place's short form a natural feature's name (长白山, 千岛湖): a body named
# after the feature is no body of the place whose short form opens it
_FEATURE_ENDS = "山湖江河岛峰"
# the Youth League's committee named with its level inside (团市委, 团县委, 团省委): the level's 团委
_YOUTH_LEAGUE = re.compile(r"^团(省|市|州|县|区|旗|盟)委(?=$|办公室)")
# an autonomous region's bodies written with 区 for 自治区 in its own texts: its Party committee and
# what it holds (区党委, 区党委编办: a district's committee is a 区委), the organs directly under it (区直
# 机关工委), its departments (…厅: a district has none)
_REGION_AS_QU = re.compile(r"^区(?:党委|直(?!各|有关|相关|部门|单位)|" + HAN + r"{2,12}厅$)")
# a department's section named bare in its own documents (基础教育科, 计划财务科, 秘书股, 办公室, 法规处,
# 综合室): not a level's or a place's body (市…, 县…), not a set (各科室)
_SECTION_RE = re.compile("(?!各|有关|相关|其他|本|局|委|厅|部|市|县|区|省|州|镇|乡|村|社区)" + HAN
                         + r"{1,12}(?:科|股|(?<!办事)处|(?<!卫生|医务|活动|阅览|图书|会议|值班|调解)室)")
# a bureau's branch named after the place it serves (生态环境局宁乡分局, 公安局开福分局): the place
_BRANCH_OF_PLACE = re.compile(r"局(" + HAN + r"{2,6}?)分局$")
# a place's Party committee, people's congress standing committee and CPPCC committee, however
# written, one unit each named once with its place, in the forms its own documents use: 中共昆山市委
# (中国共产党昆山市委员会, 中共昆山市委员会), 昆山市人民代表大会常务委员会 (昆山市人大常委会, 市人大常委会),
# 政协昆山市委员会 (中国人民政治协商会议昆山市委员会, 市政协: read as 昆山市政协, named so by _cppcc_name). The
# place was written twice before (苏州市中国共产党苏州市委员会), a county's committee was its city's, the
# short forms unresolved. (pattern, replacement)
_FORMAL_NAMES = (
    (re.compile(r"^中国共产党(?!中央)(?=" + HAN + ")"), "中共"),
    (re.compile(r"人大常委会"), "人民代表大会常务委员会"),
    (re.compile(r"^(?:中国人民政治协商会议|中国人民政协|政协)(?!全国)(" + HAN
                + r"{1,12}?(?:省|市|自治区|自治州|州|县|区|旗|盟))委员会"), r"\1政协"),
    # (共青团银川市委员会, 中国共产主义青年团X县委员会: the place's Youth League committee, as 团市委 is)
    (re.compile(r"^(?:中国)?(?:共青团|共产主义青年团)(?!中央)(" + HAN
                + r"{1,12}?(?:省|市|自治区|自治州|州|县|区|旗|盟))委员会(?=$|办公室)"), r"\1团委"),
)
# a congress's or a CPPCC committee's own name (苏州市人民代表大会常务委员会, 政协苏州市委员会): no working group
_ASSEMBLY_NAME = re.compile(r"人民代表大会(?:常务委员会)?$|^政协" + HAN + r"{2,16}委员会$")


def _cppcc_name(name: str, owner_name: str) -> str:
    """昆山市政协办公室 -> 政协昆山市委员会办公室: a CPPCC committee's name as it writes it."""
    at = len(owner_name)
    if name.startswith(owner_name) and name.startswith("政协", at) and name[at + 2:] != "部门":
        # (政协部门 of 人大、政协等部门: the sector, as written)
        return "政协" + owner_name + "委员会" + name[at + 2:]
    return name


# (事发地乡镇人民政府, 火灾所在地乡镇人民政府, 事发地县级人民政府: the government of a level of whichever
# place an event happens in, no one government's, as 所在… is; it was read as a township named 事发地, or
# the county's own; a department so named, 事发地主管部门, is read as the document's, as before)
COLLECTIVE = re.compile(r"^(各|有关|相关|其他|其它|所在)|所在辖区|(?:所在地|发生地|事发地)的?(?=乡|镇|街道|县级)|" + COUNTED_PLACES + "|" + RELATIVE_GOV.pattern + "|" + WHERE_KIND + "|" + HAN + "沿线|(有关部门|相关部门|成员单位|职能部门|等部门|各部门|"
                        r"各单位|单位)$|^(?:开发区|园区|工业园区|产业园区)（(?:开发区|园区|工业园区|产业园区)）"
                        r"|^(?:开发区|园区|工业园区|产业园区|功能区|风景名胜区|风景区|自然保护区|保护区|景区|公园)"
                        r"(?:管理委员会|管委会|管理机构)$")


# the bracketed variants of a lower level (区（市）, 县（市、区）) left before a shared head
_LEVEL_GLOSS = re.compile(r"^(?:（[市区县旗、]{1,5}）|" + LEVEL_KIND_ALT + r")(?=.{2})")


def township_name(name: str) -> Optional[str]:
    """The standard name of the township-level body ``name`` names, or None: a township's
    government (``古林镇``, ``古林镇政府`` -> ``古林镇人民政府``) or a sub-district's office
    (``石碶街道``, ``石碶街道办`` -> ``石碶街道办事处``). The bare place stands for its body,
    as documents that give tasks to townships write it.

    >>> township_name("古林镇"), township_name("石碶街道办"), township_name("重点镇")
    ('古林镇人民政府', '石碶街道办事处', None)
    """
    m = TOWNSHIP_RE.match(name)
    if m is None or (NOT_TOWNSHIP_PLACE.search(m.group(1)) and not _CITY_STREET.match(m.group(1) + m.group(2))):
        return None
    place, level, body = m.groups()
    if level == "街道":
        return None if body in ("人民政府", "政府") else place + "街道办事处"
    return None if body in ("办事处", "办") else place + level + "人民政府"


# a township written as a clause's subject: a short place name (no set word such as 各 in it)
_TOWN_SUBJECT = re.compile("^(?!.*[各全本该每此其])" + HAN + "{2,4}?(?:镇|乡|街道)$")


def township_subject(name: str) -> Optional[str]:
    """The government of the township ``name`` names when it is written alone as a clause's
    subject (``古林镇负责…``, ``石碶街道要…``), else None: stricter than :func:`township_name`,
    as running text gives no separator before the name (``征求各街道`` is no township).

    >>> township_subject("古林镇"), township_subject("征求各街道"), township_subject("小城镇")
    ('古林镇人民政府', None, None)
    """
    return township_name(name) if _TOWN_SUBJECT.match(name) else None


def township_place(name: str) -> Optional[str]:
    """The place and level word of a township's body (``古林镇人民政府`` -> ``古林镇``,
    ``石碶街道办`` -> ``石碶街道``), the form running text names it by; None for anything else.

    >>> township_place("古林镇人民政府"), township_place("城镇")
    ('古林镇', None)
    """
    n = unglossed(compact(name))
    if township_name(n) is None:
        return None
    m = TOWNSHIP_RE.match(n)
    return m.group(1) + m.group(2)


# a ministry or a State administration issuing in its own name (生态环境部, 交通运输部办公厅,
# 海关总署): its bare 局 and 部-prefixed units are its own organs (公路局, 长江局, 部路网中心), as its 司
_MINISTRY_ISSUER = re.compile(r"^(?!中共|中央)[\u4e00-\u9fff]{2,12}(?:部|总局|总署)(?:办公厅)?$")
_MINISTRY_ORGAN = re.compile(r"^(?!国家|中国|中央|全国)[\u4e00-\u9fff]{2,8}局$|^部(?!门)[\u4e00-\u9fff]{2,12}$")


def _corps_city(d: Division) -> bool:
    """A city the region governs directly, one with a Corps division (师市合一: 石河子市 of 第八师)."""
    return d.parent == "650000" and d.level == "county" and d.name.endswith("市")


def own_ministry(issuer: Optional[str]) -> bool:
    """Does a ministry (or a State administration) issue the document in its own name? There
    a bare ``公路局`` is its own bureau, kept within the document as its 司 are (never
    国家公路局, a State body the name does not give).

    >>> own_ministry("交通运输部办公厅"), own_ministry("国务院办公厅"), own_ministry("中共宜昌市委组织部")
    (True, False, False)
    """
    n = compact(issuer or "")
    return bool(_MINISTRY_ISSUER.match(n)) and not re.search("[省市县区州旗盟]", n)


@lru_cache(maxsize=1)
def ministries() -> frozenset[str]:
    """The ministries of the State Council, today's and former, with their short forms
    (``kg/data/ministries.tsv``): a bare name ending in 部 is the State's only when it is one."""
    text = resources.files("kg.data").joinpath("ministries.tsv").read_text("utf-8")
    return frozenset(t.strip() for t in text.splitlines()
                     if t.strip() and not t.startswith("#") and t.strip() != "name")


def _committee_organ(written: str, lookup: str) -> bool:
    """``宣传部`` looked up as ``市委宣传部``: a Party committee's organ written bare after another of
    the same committee (市委组织部、宣传部), which the level's committee holds, as any committee does."""
    return len(lookup) == len(written) + 2 and lookup.endswith(written) \
        and lookup[0] in "省市州盟县区旗" and lookup[1] == "委"


def own_township(title: Optional[str], issuer: Optional[str]) -> bool:
    """Does a document speak for one township: its issuer is a township's body, or its title
    opens with a township's name (``凤屯镇政府文件信息领域基层政务公开标准目录``)? There a bare
    ``镇人民政府`` is the township itself, not the townships as a set.

    >>> own_township("（二）凤屯镇政府文件信息领域基层政务公开标准目录", None)
    True
    >>> own_township("关于印发乡镇人民政府职责清单的通知", "某某县人民政府")
    False
    >>> own_township("关于做好古林镇人民政府换届工作的通知", "鄞州区人民政府办公室")
    False
    """
    return own_township_name(title, issuer) is not None


#: a zone's committee issuing in its own name (苏州高新区管委会, 西咸新区管理委员会, 济源产城融合示范区
#: 管理委员会): the zone's name (group z) and its kind word (group k)
_ZONE_ISSUER = re.compile(r"^(?P<z>" + HAN + r"{2,16}?(?P<k>高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|"
                          r"开发区|新区|示范区|试验区|合作区|工业园区|园区))(?:管理委员会|管委会)(?:办公室)?$")
#: the words a zone of each kind calls itself by in its own documents, as a city says 市
_ZONE_SELF_WORDS = {"高新技术产业开发区": ("高新区", "开发区"), "经济技术开发区": ("经开区", "开发区"),
                    "经济开发区": ("经开区", "开发区"), "工业园区": ("园区",)}


def own_zone(issuer: Optional[str]) -> Optional[str]:
    """The zone whose committee issues the document in its own name (``苏州高新区管委会`` ->
    ``苏州高新区``), else None.

    >>> own_zone("西咸新区管委会"), own_zone("苏州市人民政府")
    ('西咸新区', None)
    """
    m = _ZONE_ISSUER.match(compact(issuer or ""))
    return m.group("z") if m else None


def _zone_body(zone: str, key: str, level: Optional[str]) -> Optional[str]:
    """``key`` written in ``zone``'s own document with the zone's word for itself (新区经济发展局,
    高新区科技局, or 区科技局 where the document is a city's or a province's, which has no 区 of its
    own), named with the zone (西咸新区经济发展局), else None."""
    kind = _ZONE_ISSUER.match(zone + "管委会").group("k")
    words = (kind,) + _ZONE_SELF_WORDS.get(kind, ())
    if level in ("prefecture", "province"):
        words += ("区",)
    for w in sorted(words, key=len, reverse=True):
        rest = key[len(w):]
        if key.startswith(w) and len(rest) >= 2 and not rest.startswith(
                ("各", "有关", "相关", "直", "级", "内", "域", "属", "县", "市", "镇", "乡", "街")) \
                and not NOT_RELATIVE.match(key) and not LEVELS.match(key):
            return zone + rest
    return None


#: an office, station or team a township's own document writes bare (城市管理办公室, 党政办, 文化站,
#: 财政所, 农业综合服务中心, 综合行政执法队): the township's own; names opening with a level, a set
#: word or a higher body's words are not
_TOWN_BARE_OFFICE = re.compile("^" + HAN + "{1,14}?(?:办公室|办|站|所|中心|执法队|中队)$")
#: a bureau or office a zone committee's own document writes bare (经发局, 科创局, 党政办, 招商服务中心)
_ZONE_BARE_BODY = re.compile("^" + HAN + "{1,10}?(?:局|办公室|办|中心)$")
#: a group's office (领导小组办公室, 指挥部办公室, 创建工作领导小组办公室): the group's, whoever set it up
_GROUP_OFFICE = re.compile(GROUP_SUFFIX + "(?:办公室|办)$")
_NOT_BARE = ("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "街道", "村委", "居委", "各", "有关",
             "相关", "其他", "全", "本", "该", "中共", "国家", "中央", "国务院", "自治")
#: a township's office of its villages' and towns' building (村镇建设办, 村镇规划建设管理所)
_TOWN_WORKS = re.compile("村镇(?:规划)?(?:建设|规划|管理)")
#: the last character of a place above a township (省, 自治区, 市, 州, 盟, 区, 县, 旗)
_ABOVE_TOWNSHIP_ENDS = "省市州盟区县旗"


#: where joint issuers meet: 、, or the end of a Party committee's name run into the next issuer
_JOINT_ISSUERS_RE = re.compile(r"、|(?<=委员会)(?=\S)|(?<=党委)(?=\S)|(?<=党工委)(?=\S)")


_GOV_BEFORE_TOWN = re.compile(r"(?<=[市县区旗])(?:人民政府|政府)(?=" + HAN + r"{2,8}?(?:镇|乡|街道))")


def own_township_name(title: Optional[str], issuer: Optional[str]) -> Optional[str]:
    """The township a document speaks for (:func:`own_township`), by its place and level word
    as the document names it (``古林镇``, ``鄞州区古林镇``, ``宝山街道``), else None.

    >>> own_township_name("关于印发2024年重点工作的通知", "鄞州区古林镇人民政府")
    '鄞州区古林镇'
    >>> own_township_name("关于印发2024年重点工作的通知", "宝山街道办事处")
    '宝山街道'
    >>> own_township_name("关于印发2024年重点工作的通知", "中共宝山街道工作委员会、宝山街道办事处")
    '宝山街道'
    >>> own_township_name("关于印发2024年重点工作的通知", "宁波市鄞州区古林镇人民政府")
    '鄞州区古林镇'
    >>> own_township_name("南夏墅街道办事处，北区工作组，机关各部门：", None) is None
    True

    Joint issuers written in one run, as a red header's line with its space closed up
    (``中共渔峡口镇委员会渔峡口镇人民政府``), are each read too:

    >>> own_township_name("关于印发…的通知", "中共渔峡口镇委员会渔峡口镇人民政府")
    '渔峡口镇'
    >>> own_township_name("关于印发…的通知", "天河区人民政府石牌街道办事处")
    '天河区石牌街道'
    """
    for who in _JOINT_ISSUERS_RE.split(compact(issuer or "")):
        # (天河区人民政府石牌街道办事处, a sub-district's formal name: the district's government's words
        # before it are no part of the township's name)
        who = _GOV_BEFORE_TOWN.sub("", who)
        # (each of joint issuers: 中共宝山街道工作委员会、宝山街道办事处; 宁波市鄞州区古林镇人民政府: the
        # places above the township written before it, as an issuer names itself in full, are cut
        # at a level word until the township's own name is left)
        for at in [0] + [k + 1 for k, c in enumerate(who[:-4]) if c in _ABOVE_TOWNSHIP_ENDS]:
            m = TOWNSHIP_RE.match(who[at:])
            if m and township_name(who[at:]):
                return m.group(1) + m.group(2)
    t = unglossed(compact(title or ""))
    m = _TITLE_TOWNSHIP.match(t)
    if m and t[m.end():m.end() + 1] in ("，", ",", "、", "：", ":", "；"):
        m = None    # (南夏墅街道办事处，北区工作组，…： a line of addressees read as the title, no issuer)
    if m and township_name(m.group(1) + m.group(2)) is not None \
            and not (m.group(3) == "" and re.search("[各全本" + _ABOVE_TOWNSHIP_ENDS + "]", m.group(1))):
        # (before the year, a name alone: not 广州市各街道, a set of a city's sub-districts)
        return m.group(1) + m.group(2)
    # 临沂市兰山区枣园镇2025年重点工作任务台账, 鄞州区古林镇人民政府2025年…: a title opening with the
    # township after the places above it, then its year or its government: the township's own
    # list (its bare offices were the county's)
    ends = [k + 1 for k, c in enumerate(t[:12]) if c in _ABOVE_TOWNSHIP_ENDS]
    for i, at in enumerate(ends):
        m = _TITLE_PLACED_TOWNSHIP.match(t[at:])
        if m and re.fullmatch(HAN + "{2,12}", t[:at]) and township_name(m.group(1) + m.group(2)) \
                and m.group(1)[0] not in _ABOVE_TOWNSHIP_ENDS \
                and not m.group(1).startswith(("各", "全", "本", "有关", "所在", "相关")):
            # (named as an issuer's name is: the county's place and the township, 兰山区枣园镇)
            return t[ends[i - 1] if i else 0:at] + m.group(1) + m.group(2)
    return None


#: a township after the places above it opening a title, then the year of its list or its
#: government (临沂市兰山区枣园镇2025年…, 兰山区枣园镇人民政府…)
_TITLE_PLACED_TOWNSHIP = re.compile("^(" + HAN + "{2,4}?)(镇|乡|街道)(?=\\d{4}年|人民政府|政府|办事处)")


# the levels a partner 同级 to its subject is looked up at (市, 各区、县, 县级以上人民政府)
_LEVEL_PREFIX = re.compile(r"县级以上(?:地方)?(?:人民政府)?|各级(?:人民政府)?|各?[省州区县市旗（）、自治]{1,10}")
# ...and with the government's words after it (省人民政府 of 省人民政府商务部门, a list's field given its level)
_LEVEL_GOV_PREFIX = re.compile(_LEVEL_PREFIX.pattern + r"|各?[省州区县市旗（）、自治]{1,10}(?:人民政府|政府)")


def _at_level(written: str, lookup: str) -> bool:
    """Is ``lookup`` ``written`` at a level its reader gave it (发展改革 of 会同同级发展改革、财政等部门,
    looked up as 市发展改革部门 and 各区、县发展改革部门: each level the subject names)?"""
    if written.startswith("同级"):
        written = written[2:]
    if len(written) < 2 or (written.startswith(RELATIVE) and not NOT_RELATIVE.match(written)):
        return False
    # (any place the field may start after the level's words: 民政 of 省人民政府民政部门 is not the 民政
    # inside 人民政府; 市场 of 市市场监督管理部门 the second 市)
    i = lookup.find(written[:2], 1)
    while i > 0:
        if _LEVEL_GOV_PREFIX.fullmatch(lookup[:i]) and FUNCTIONAL.search(lookup[i:]):
            return True
        i = lookup.find(written[:2], i + 1)
    return False


def _sector_of(written: str, lookup: str) -> bool:
    """Is ``written`` the field a list of departments shares its head with (财政 of 财政、公安等
    部门, 体育有关部门 of …、体育等有关部门), ``lookup`` the department it completes to? (A level
    before the field and the department alike is the field's: 市发展改革 of 市发展改革、环保等部门,
    looked up as 市发展改革部门.)"""
    if written[:1] == "本" and written[1:2] == lookup[:1]:
        written = written[1:]       # 本市民政 of 本市民政、财政等部门, looked up as 市民政部门
    lv = next((r for r in RELATIVE if written.startswith(r) and r != "旗"), "")
    if lv and len(written) > len(lv) + 1 and lookup.startswith(lv) and not NOT_RELATIVE.match(written):
        # (自治县 of 自治县人民政府环保、公安等部门 as 县 of 县人民政府环保…)
        written, lookup = written[len(lv):], lookup[len(lv):]
    return len(written) >= 2 and lookup != written and lookup[:2] == written[:2] \
        and not FUNCTIONAL.search(written) \
        and bool(FUNCTIONAL.search(lookup)) and not LEVELS.match(lookup) \
        and (NOT_RELATIVE.match(written) or not written.startswith(RELATIVE)) \
        and not LOWER.match(written) \
        and not re.search(r"[部局委厅办会署院处科室组所站队]$", written) and not is_standard_body(written)


_ZONE_COMMITTEE_SHORT = re.compile(r"(?:经济技术开发区|经济开发区|开发区|高新区|新区|园区|示范区|试验区|合作区|保税区)"
                                   r"(?:管理委员会|管委会|执行委员会)")


def _zone_committee_of(written: str, lookup: str) -> bool:
    """Is ``written`` a zone's committee named with the zone's short name (开发区管理委员会), looked
    up as the committee of the zone the text defined that short name for (乌鲁木齐经济技术开发区
    管理委员会)? Undefined, the short form is no one zone's (a collective)."""
    return bool(_ZONE_COMMITTEE_SHORT.fullmatch(written)) and len(lookup) > len(written) \
        and lookup.endswith(written)


def _place_sector(div, written: str, lookup: str) -> bool:
    """Is ``written`` a field of a list a place named before the list shares (经济信息化 of
    市和浦东新区发展改革、经济信息化等部门, looked up as 浦东新区经济信息化部门)?"""
    hit = div.read_prefix(lookup, None)
    if hit is None or not lookup[:hit[1]].endswith(hit[0].name) or len(lookup) - hit[1] <= 2:
        return False
    place = lookup[:hit[1]]
    gov = re.match("(?:人民政府|政府)(?=.{2})", written[len(place):]) if written.startswith(place) else None
    if gov:
        # 浚县人民政府住房城乡建设 of 浚县人民政府住房城乡建设、文物等主管部门: the first field with
        # the place and its government's words the list is written after (a name cut after the place,
        # 上街区城市园 of 上街区城市园林绿化行政主管部门, is no field)
        written = written[len(place) + gov.end():]
    return _sector_of(written, lookup[hit[1]:])


#: a field's generic words, which one field may be written with or without (交通行政管理部门, 交通部门)
_FIELD_GENERIC = re.compile(r"行政|主管|管理|(?:部门|机关|机构)$")
#: a template's letter for a name not given (X镇党委)
_TEMPLATE_LETTER = re.compile(TEMPLATE_LETTER)


def field_of(name: str, div=None) -> str:
    """The field a unit's name gives after its place, level and government words, its generic
    words left out (浦东新区交通行政管理部门, 各县（市）城市公共交通行政主管部门 -> 交通,
    城市公共交通): what the units of one short name's definition share when they are one field's
    departments at several levels or places."""
    n = compact(name)
    if div is not None:
        hit = div.read_prefix(n, None)
        if hit is not None and len(n) - hit[1] >= 2:
            n = n[hit[1]:]
    if not NOT_RELATIVE.match(n):
        m = _LEVEL_PREFIX.match(n)
        if m and len(n) - m.end() >= 2:
            n = n[m.end():]
    n = GOV_THEN_BODY.sub("", n)
    return _FIELD_GENERIC.sub("", n)


# the area a body is named by before it (…保护区范围所涉及的, 受益范围内的, 多民族居住地区的): no part of its name (not
# 所在地 / 当地, which name the local body of whatever level: units-dlc d04's answer)
_AREA_BEFORE_BODY = re.compile(r"(?:范围内|区域内|辖区内|涉及|(?:居住|聚居)(?:地区|区域))的?$")


def _named_short_form(key: str) -> bool:
    """A two-character name the naming rules know as one body's short form (编办, 外办, 教委), not a
    generic word (委办: whose committee's office, or the 两办)."""
    return len(key) == 2 and key != "委办" and is_standard_body(key)


def _party_body(body: str) -> bool:
    """A body of the level's Party committee: written after its 委 (委统战部), or in a short form
    whose standard form is (直机关工委 -> 委直属机关工作委员会: 县直机关工委 is the county committee's)."""
    return body.startswith("委") or (not body.startswith("各") and canonical_body(body).startswith("委"))


def _of_body(rest: str) -> str:
    """The body after a place or a level word, 的 between them left out (自治县的自治机关, 市的人民政府:
    the place's body, one unit with 自治县自治机关, 市人民政府)."""
    return rest[1:] if rest.startswith("的") and len(rest) >= 3 else rest


def _area_then_body(written: str, lookup: str) -> bool:
    """``written`` is the body ``lookup`` names, with the area it serves or touches before it
    (``黄水…保护区范围所涉及的乡镇人民政府`` looked up as ``乡镇人民政府``)."""
    return (len(written) > len(lookup) and written.endswith(lookup)
            and _AREA_BEFORE_BODY.search(written[:-len(lookup)]) is not None)


def _self_reference(written: str, lookup: str) -> bool:
    """Is ``written`` the text's own way of naming the body it defined (西藏自治区筹备委员会（以下简称
    本委员会）: 本委员会, this committee; 本会, 本局)? 本 and the body's kind are no name of their own:
    the body the definition names is meant, not a body of that kind at the document's place."""
    return len(written) >= 2 and written.startswith("本") and lookup != written \
        and lookup.endswith(written[1:])


#: a short name that names a part (主管部门, 市供水主管部门, 县节水行政主管部门), no body's own name
_ROLE_SHORT = re.compile("[省市州县区旗]?" + "[\u4e00-\u9fff]{0,8}?(?:行政)?主管部门")
#: the ending of one organ's own name (局, 委员会, 厅, 办公室), not a set's
_ONE_ORGAN_END = re.compile("(?:局|委员会|委|厅|办公室|署)$")


def _defined_short(written: str, lookup: str) -> bool:
    """Is ``written`` a department's short name the text defined for the department ``lookup``
    names (卫生健康部门（以下称中医药主管部门）: 中医药主管部门 looked up as 卫生健康部门;
    自治县人民政府国土资源和房屋管理主管部门（以下简称自治县国土资源主管部门）)? Both name one
    department, and neither is the other with a level or a field put before it (those the
    forms above read): the definition, not the words, tells the department."""
    if written == lookup or written in lookup or lookup in written or NOT_RELATIVE.match(written) \
            or NOT_RELATIVE.match(lookup):
        return False
    if _ROLE_SHORT.fullmatch(written) and _ONE_ORGAN_END.search(lookup) and not COLLECTIVE.search(lookup) \
            and not LEVELS.match(lookup):
        # a short name defined for the part a body plays (廊坊市水务局是本市城市供水的主管部门（以下简称市
        # 主管部门）: 市主管部门 looked up as 廊坊市水务局): that body, named by no field the words could give
        return True
    # (交通行政管理部门 looked up as 交通部门, 应急管理行政管理部门 as 应急管理部门: one field, its
    # generic words written two ways)
    lv_w = next((r for r in RELATIVE if written.startswith(r)), "")
    if not lv_w:
        # a short name written with no level word (中医药主管部门, 公交主管部门) is the department its
        # definition names, at each level it names one (卫生健康部门（以下称中医药主管部门）: 深圳市
        # 卫生健康部门; 市、县（市）城市公共交通行政主管部门（以下简称公交主管部门）: the city's and the
        # counties' collective); a definition over several fields (市和区、县园林、林业行政主管部门
        # （以下简称古树名木行政主管部门）) the reader gives no lookup: the role stays as written
        m = _LEVEL_PREFIX.match(lookup)
        body_l = GOV_THEN_BODY.sub("", lookup[m.end():] if m else lookup)
        return bool(FUNCTIONAL.search(written)) and not COLLECTIVE.search(written) \
            and bool(FUNCTIONAL.search(body_l)) and not COLLECTIVE.search(body_l) \
            and _FIELD_GENERIC.sub("", written) != _FIELD_GENERIC.sub("", body_l)
    if COLLECTIVE.search(lookup) or LEVELS.match(lookup):
        return False
    # the same level word before both: 市中医药主管部门 looked up as 市卫生健康部门
    lv_l = next((r for r in RELATIVE if lookup.startswith(r)), "")
    body_w = GOV_THEN_BODY.sub("", written[len(lv_w):])
    body_l = GOV_THEN_BODY.sub("", lookup[len(lv_l):])
    return lv_w == lv_l and bool(FUNCTIONAL.search(body_w)) \
        and bool(FUNCTIONAL.search(body_l)) \
        and _FIELD_GENERIC.sub("", body_w) != _FIELD_GENERIC.sub("", body_l)


def _abbreviates(div, written: str, lookup: str) -> bool:
    """Is ``written`` a short form of ``lookup``, a body named with its place, that the text
    defined (宁波杭州湾新区开发建设管理委员会（以下简称新区管委会）: 新区管委会 is that committee, not
    a 新区管委会 of the document's city)? Every character of the short form is in the full name,
    in order, not one run of it (甘肃出入境检验检疫局 looked up as 甘肃出入境检验检疫局部门, 办公室 as
    its group's office: read by the rules above), itself opening with no place (黔南州 of
    黔南布依族苗族自治州人民政府: the places' rules read it), and the full name opens with a place. (A short form opening with a level word,
    区政府办公室 of 郑州市管城回族区人民政府办公室, is read by the level's rules, as before.)"""
    if ((written.startswith(RELATIVE) and not NOT_RELATIVE.match(written))
            or len(written) < 3 or len(lookup) <= len(written) + 1 or written in lookup
            or div.read_prefix(written, None) is not None or div.read_prefix(lookup, None) is None):
        return False
    at = 0
    for ch in written:
        at = lookup.find(ch, at) + 1
        if at == 0:
            return False
    return True


#: a zone's committee in full (宁波大榭开发区管理委员会, X新区开发建设管理委员会)
_ZONE_COMMITTEE = re.compile(r"(?:开发区|新区|园区|示范区|试验区|保税区|合作区|度假区|工业园|产业园)"
                             r"[\u4e00-\u9fff]{0,6}(?<!监督)(?:管理|执行)委员会$")
#: a residential compound's or its owners' 管委会 (小区管委会, 住宅小区管理委员会, 业主管委会)
RESIDENTS_COMMITTEE = re.compile(r"(?:小区|业主)(?:管委会|管理委员会)$")
#: bodies described by a line they lie along (铁路沿线县级以上地方人民政府)
_ALONG = re.compile(HAN + "沿线|" + WHERE_KIND)
#: the short names of the people's organisations (群团) a level's name is put before (县妇联, 市残联,
#: 区科协, 团县委 named 江夏区团委): social organisations, as 总工会 and 红十字会 are by their heads
_PEOPLES_ORG_SHORT = ("妇联", "残联", "科协", "文联", "侨联", "工商联", "社科联", "团委", "关工委")
#: 各 before the last word of a name that ends like a set of units (市政府各部门, 县直各单位)
_EACH_OF = re.compile(r"各[\u4e00-\u9fff]{0,4}(?:部门|单位|机构|机关|处室|科室|股室|司局|司|局|处|科|股|室|站所|站|所)$")


_COURT_OF_LEVEL = {"province": "高级人民法院", "prefecture": "中级人民法院", "county": "人民法院"}
# a division of the Corps named by its ordinal (第八师, 第八师发展改革委 outside its city's own text): no
# body of the document's own government
_CORPS_DIVISION = re.compile(_CORPS_DIVISION_AT)
# the Corps or one of its divisions alone (新疆生产建设兵团, 兵团第八师): a government; its divisions
# without an ordinal (兵团师, 各师市: 地州市政府和兵团师负责) a set of them
_CORPS_GOV = re.compile("^" + CORPS_HEAD + "(?:第" + CORPS_ORDINAL + ")?$")
_CORPS_DIVISIONS = re.compile("^" + CORPS_HEAD + "各?师市?$")


#: a set of a city's county-level governments (各县（市、区）人民政府, 各县市区政府, 各旗县市（区）人民政府)
_COUNTY_GOV_SET = re.compile(r"^各[县市区旗（）、]{1,10}(?:人民政府|政府)$")
#: the kinds of county-level division each level word of such a set names
_COUNTY_LEVEL_KINDS = {"县": ("county", "autonomous_county"), "市": ("county_city",),
                       "区": ("district", "new_area", "special_district", "forestry_district"),
                       "旗": ("banner", "autonomous_banner")}


#: a set of a province's prefecture-level governments (各市（州）人民政府, 各设区市人民政府, 各盟市行政公署)
_CITY_GOV_SET = re.compile(r"^各(?:设区的?|地级)?[市州盟地（）、]{1,8}(?:人民政府|政府|行政公署|行署)$")
_CITY_LEVEL_KINDS = {"市": ("city",), "州": ("autonomous_prefecture",), "盟": ("league",), "地": ("prefecture",)}
#: the set of governments one level down a division's own, by its level (a municipality's districts and
#: counties are the level below it: 重庆市's 各区县人民政府), and the kinds each level word of the set names
_SETS_BELOW = {"prefecture": (_COUNTY_GOV_SET, _COUNTY_LEVEL_KINDS),
               "municipality": (_COUNTY_GOV_SET, _COUNTY_LEVEL_KINDS),
               "province": (_CITY_GOV_SET, _CITY_LEVEL_KINDS)}


def guess_kind(name: str) -> str:
    """Kind of an unresolved unit from its form only (a label, not an identity)."""
    n = compact(name)
    if n.startswith(("各", "相关")) or "各级" in n or n.endswith(("有关部门", "相关部门", "成员单位", "职能部门")) or "有关" in n \
            or "相关" in n:
        return "collective"
    if _EACH_OF.search(n) or _ALONG.search(n):
        return "collective"     # 市政府各部门, 县直各单位: every unit of a government or level; 铁路沿线…: those along it
    if LEVELS.match(n):
        return "collective"     # 县级以上人民政府, 县区人民政府: several levels' governments
    if _CORPS_DIVISIONS.fullmatch(n):
        return "collective"     # 兵团师, 新疆生产建设兵团各师: the Corps' divisions
    if RELATIVE_GOV.match(n):
        return "collective"     # 本级人民政府, 共同的上一级人民政府: a level relative to another's
    if _COUNTED_PLACES_RE.search(n):
        return "collective"     # 长株潭三市人民政府: places counted before their level
    if TOWNSHIP_SET.match(n):
        return "collective"     # 镇人民政府, 乡镇人民政府 without a place: the townships as a set
    if LEVEL_GOV_SET.match(n):
        return "collective"     # 县（市、区）人民政府 without a place: that level's governments
    if n.endswith(("镇人民政府", "乡人民政府", "镇政府", "乡政府", "街道办事处", "街道办",
                   "苏木人民政府", "苏木政府")) or township_name(n) or CORPS_REGIMENT_RE.match(n):
        # (一团, 二二四团: a regiment of the Corps, the township level; 那日图苏木人民政府: a sumu,
        # Inner Mongolia's township, no county)
        return "township"
    if LEVEL_SET.match(n):
        return "collective"
    if n.endswith(("人民政府", "县政府", "区政府", "市政府", "行政公署", "行署")) \
            or (n and _CORPS_GOV.fullmatch(n)):
        return "county_gov"     # (行政公署: a 盟's or a 地区's government)
    if RESIDENTS_COMMITTEE.search(n):
        return "grassroots"     # a residential compound's 管委会 is its residents' body, no zone
    if _ZONE_COMMITTEE.search(n):
        return "zone"       # 宁波杭州湾新区开发建设管理委员会: a zone's committee, no working group
    if _ASSEMBLY_NAME.search(n):
        return "other"      # 苏州市人民代表大会常务委员会, 政协苏州市委员会: a congress's or a CPPCC's, no working group
    if n.endswith(("领导小组", "联席会议", "指挥部", "委员会")) and "办公室" not in n \
            and not (is_standard_body(n) and not n.endswith("人民政府")):
        return "group"
    if n.endswith(("公司", "集团", "银行", "分行", "支行")):
        return "enterprise"
    if n.endswith(("法院", "检察院")):
        return "court"
    if n.endswith(_PEOPLES_ORG_SHORT):
        return "social_org"     # 县妇联, 团县委: a people's organisation by its short name, as 县总工会
    if n.endswith(("研究院", "研究所", "设计院", "规划院", "公路院", "水运院", "科学院")) and len(n) >= 4:
        return "institution"    # 部规划研究院, 部公路院: a ministry's or a government's institute
    if n.endswith("党校") and len(n) >= 4:
        return "institution"    # 中共嵩县委党校: the committee's school
    if n.endswith(("中学", "小学")) and len(n) >= 4:
        return "institution"    # 县第一中学, 仙桃中学: a school, as 县人民医院 is a hospital
    if n.endswith("中心") and len(n) >= 4:
        return "institution"    # 县疾控中心, 区征收中心, 市住房公积金管理中心: a public institution (事业单位)
    if n.endswith(("管委会", "管理委员会")) and not n.endswith(("监督管理委员会", "城市管理委员会")) or (
            re.search("(?:区|园|港|场)管委$", n) is not None):
        # 国有资产监督管理委员会, 城市管理委员会 are departments, not zones; 西海岸新区管委 (a zone's
        # committee without its 会) is a zone's
        return "zone"
    if n.endswith(("局", "委", "办", "厅", "部门", "委员会", "办公室", "总队", "支队", "大队",
                   # a committee's or a government's office named by its work (县委党史研究室,
                   # 县委县政府督查室) and a commission's organs (县纪委监委机关)
                   "研究室", "督查室", "督办室", "纪委机关", "监委机关")) \
            or (n.endswith("司") and len(n) >= 3):
        # (科技司, 部科技司: a ministry's department; a company, 公司, is an enterprise above)
        return "department"             # (执法总队, 交警支队, 消防救援大队: a bureau's corps)
    if (n.startswith("中共") or re.search("党(?:工)?委", n) or re.match("(?:省|市|州|盟|县|区|旗)委", n)) \
            and PARTY_DEPARTMENT.search(n):
        # (县委组织部 in a text that names no place: the county committee's, a department as well)
        return "department"             # 中共突泉县委宣传部, 自治区党委组织部: a Party committee's department
    if _ZONE_NAME.search(n):
        return "zone"   # 立山经济开发区, 县高新区, 湘江新区: a zone named as a unit, its committee at work
    party = _ORGANS_PARTY.match(n)
    if party and guess_kind(party.group(1)) in ("department", "central", "court", "social_org",
                                                 "institution", "enterprise"):
        # 县财政局党组, 中共固安县水利局党组, 县公安局党委: the Party group (or committee) of a state
        # organ, named for it: of the organ's kind
        return guess_kind(party.group(1))
    second = _SECOND_NAME.match(n)
    if second:
        # 县委宣传部（县新闻出版局）, 县自然资源和规划局（县林业局）: a body written with the second name
        # it carries (挂牌) in brackets is of the kind its first name is, unless the second is of
        # another kind (辖区政府（管委会）: a government or a zone's committee, either)
        first, other = guess_kind(second.group(1)), guess_kind(second.group(2))
        return first if other in (first, "other") else "other"
    if _DEPT_SECTION.search(n):
        return "department"     # 株洲市教育局基础教育科, 县财政局预算股: a department's section
    return "other"


#: an organ's Party group or committee (县财政局党组, 中共某某县水利局党组, 县公安局党委)
_ORGANS_PARTY = re.compile(r"^(?:中共|中国共产党)?(" + HAN + r"{3,}?)(?:党组|党委)$")
#: a name followed by a second name in brackets, the second ending like a body's name
_SECOND_NAME = re.compile(r"^(" + HAN + r"{2,}?)（(" + HAN + r"{2,}(?:局|委|办|部|厅|室|队|院|所|站|中心|公司|会))）$")


#: a department's section named after it (…教育局基础教育科, …财政局预算股, …发展改革委法规处)
_DEPT_SECTION = re.compile("(?:局|委|厅|办|部)(?!事处)" + HAN + r"{1,12}(?:科|股|(?<!办事)处|室)$")


#: the words a zone's own name ends in (its committee is named apart: 管委会)
_ZONE_NAME = re.compile(r"(?:开发区|经开区|高新区|新区|工业园区?|产业园区?|科技园区?|园区|示范区|试验区|"
                        r"保税区|合作区|度假区|自贸区|管理区|功能区)$")


Where = Union[Jurisdiction, str, None]


def _as_jurisdiction(where: Where) -> Jurisdiction:
    if isinstance(where, Jurisdiction):
        return where
    if not where:
        return Jurisdiction(None)
    cands = load_divisions().lookup(where, shorts=False)
    if len(cands) == 1:
        d = cands[0]
        return Jurisdiction(d.name, d.adcode, d.level, "given")
    return Jurisdiction(where, None, "unknown", "given")


#: names whose answer ``knows`` keeps (a memo; cleared when full: a worker of a large build asks
#: every document's candidate names, and kept they grew with the corpus)
KNOWN_MAX = 1 << 17


@dataclass
class Resolver:
    lexicon: Lexicon
    divisions: Divisions = field(default_factory=load_divisions)
    # the kind of an unresolved name read from its form before guess_kind's rules, or None
    # (the pipeline passes kg.extract.actors.kind_of: enterprises, grass-roots bodies …)
    kind_of: Optional[Callable[[str], Optional[str]]] = None
    _units: dict[str, Unit] = field(default_factory=dict)
    _mentions: dict[str, dict[str, int]] = field(default_factory=dict)   # unit_id -> mention counts
    _known: dict[tuple[str, bool], bool] = field(default_factory=dict)
    _finals: Optional[set[str]] = None
    _cache: dict[tuple, str] = field(default_factory=dict)               # (mention, where) -> id
    _local: dict[tuple, bool] = field(default_factory=dict)
    # this resolver, in keys of memos kept across documents (see knower)
    _token: object = field(default_factory=object, repr=False, compare=False)

    # ------------------------------------------------------------------ the lexicon
    def _entry_for(self, name: str, local: bool) -> Optional[Entry]:
        lex = self.lexicon
        candidates = [name]
        m = _TRAILING_ALIAS.match(compact(name))
        if m:
            candidates.append(m.group(1))       # 市自然资源和规划局（市林业局）
        for cand in candidates:
            # place-qualified names are resolved in every document
            lf = lex.local_form(cand)
            if lf:
                e = lex.lookup(lf) or lex.lookup(cand)
                if e:
                    return e
            if local:
                e = lex.lookup(cand)
                if e:
                    return e
            elif lex.jurisdiction and compact(cand).startswith(compact(lex.jurisdiction)):
                e = lex.lookup(cand)
                if e:
                    return e
        return None

    def _lexicon_place(self) -> Optional[Division]:
        lex = self.lexicon
        if lex.adcode:
            d = self.divisions.get(lex.adcode)
            if d is not None:
                return d
        if lex.jurisdiction:
            cands = self.divisions.lookup(lex.jurisdiction, shorts=False)
            if len(cands) == 1:
                return cands[0]
        return None

    def is_local(self, jurisdiction: Where) -> bool:
        """Does the lexicon speak for documents of ``jurisdiction``? (For recognising names
        only: an unknown jurisdiction is read with the lexicon's forms but never resolved to
        its units.)"""
        if isinstance(jurisdiction, Jurisdiction):
            k = (jurisdiction.name, jurisdiction.adcode)
            hit = self._local.get(k)
            if hit is None:
                hit = self._local[k] = self._is_local(jurisdiction)
            return hit
        return self._is_local(jurisdiction)

    def _is_local(self, jurisdiction: Where) -> bool:
        lex = self.lexicon
        if isinstance(jurisdiction, Jurisdiction):
            place = self._lexicon_place()
            here = self.divisions.get(jurisdiction.adcode)
            if here is not None and place is not None:
                return self.divisions.within(here, place)     # its counties read alike
            jurisdiction = jurisdiction.name
        return (jurisdiction is None or lex.jurisdiction is None
                or compact(jurisdiction) == compact(lex.jurisdiction))

    def _resolves_locally(self, j: Jurisdiction) -> bool:
        lex = self.lexicon
        if not lex.entries or (j.name is None and j.adcode is None):
            return False
        if lex.jurisdiction is None:
            return True          # a lexicon that names no place speaks for every document
        if j.adcode and lex.adcode:
            return j.adcode == lex.adcode
        return bool(j.name) and compact(j.name or "") == compact(lex.jurisdiction)

    def knows(self, name: str, jurisdiction: Where = None) -> bool:
        if not name:
            return False
        finals = self._finals
        if finals is None:
            finals = self._finals = {k[-1] for k in self.lexicon.index if k} | {"）"}
        if normalise(name[-1]) not in finals:     # fast reject: no lexicon name ends so
            return False
        key = (name, self.is_local(jurisdiction))
        hit = self._known.get(key)
        if hit is None:
            if len(self._known) >= KNOWN_MAX:
                self._known.clear()
            hit = self._known[key] = self._entry_for(name, key[1]) is not None
        return hit

    def knower(self, jurisdiction: Where = None) -> Callable[[str], bool]:
        """``knows`` for the names of one document: ``knower(j)(name) == knows(name, j)``,
        with the locality of ``j`` settled once (extraction asks it at every position)."""
        local = self.is_local(jurisdiction)
        finals = self._finals
        if finals is None:
            finals = self._finals = {k[-1] for k in self.lexicon.index if k} | {"）"}
        cache, entry_for = self._known, self._entry_for

        def knows(name: str) -> bool:
            if not name or normalise(name[-1]) not in finals:
                return False
            key = (name, local)
            hit = cache.get(key)
            if hit is None:
                if len(cache) >= KNOWN_MAX:
                    cache.clear()       # (a worker's memory bounded, not grown with the corpus)
                hit = cache[key] = entry_for(name, local) is not None
            return hit
        # the characters a known name can end in (normalised): callers that try many lengths
        # at each position skip the ends knows() would turn away (kg.extract.enrich.mentions)
        knows.final_chars = finals
        # two knowers with the same answers_key give the same answers (the lexicon is read
        # only): callers may keep what they derived from the answers (kg.extract.enrich.duties)
        knows.answers_key = (self._token, local)
        return knows

    def _unit_from_entry(self, e: Entry) -> Unit:
        lex = self.lexicon
        scope = lex.adcode or lex.jurisdiction
        uid = unit_id(scope, e.canonical)
        if uid not in self._units:
            members = tuple(unit_id(scope, lex.index.get(compact(m), m)) for m in e.members)
            self._units[uid] = Unit(uid, e.canonical, e.kind, True, e.aliases, members,
                                    lex.jurisdiction, e.parent, lex.adcode)
            for m in e.members:
                me = lex.lookup(m)
                if me:
                    self._unit_from_entry(me)
        return self._units[uid]

    # ------------------------------------------------------------------ any name
    def _owner(self, key: str, home: Optional[Division]) -> tuple[Optional[Division], str, bool]:
        """(government the name belongs to, the body after its prefix, party body?).
        The government is None when the name does not tell it. A place written in a short
        form (嘉兴住房公积金管理中心, 廊坊开发区…) gives its government but the body is the whole name:
        the short form is part of how such bodies are named."""
        div = self.divisions
        party = key.startswith("中共")
        if party:
            key = key[2:]
        if key.startswith("兵团"):
            # 兵团发展改革委, 兵团党委: the Production and Construction Corps' short name, its bodies
            # named in full (never the document's own government's body, nor the State's)
            key = "新疆生产建设" + key
        corps = _CORPS_CITY.match(key)
        if corps and not party:
            city = div.read_prefix(key[corps.end():], home)
            if city is not None and _corps_city(city[0]):
                key = key[corps.end():]     # 第三师图木舒克市 (师市合一): the division's city
        hit = div.read_prefix(key, home)
        if hit is not None and not key[:hit[1]].endswith(hit[0].name) \
                and key[hit[1]:hit[1] + 1] in _FEATURE_ENDS and len(key) - hit[1] >= 3:
            hit = None      # (长白山管委会: a feature named after the place, 长白山, not 长白县's body)
        if hit is not None and len(key) - hit[1] == 1 and key[hit[1]:] != "委" \
                and not key[:hit[1]].endswith(hit[0].name):
            hit = None      # (公安部: 公安 is 公安县's short form, but a county has no 部 of its own)
        if (NATIONAL_BODY.match(key) or VERTICAL_BRANCH.match(key) or (
                MINISTRY_NAME.match(key) and not PARTY_DEPARTMENT.search(key)
                and (not key.endswith("部") or key in ministries())
                and (NOT_RELATIVE.match(key) or not key.startswith(RELATIVE))
                and hit is None)) and not key.startswith("各"):
            return NATIONAL, key, party
        if party and hit is not None and key.startswith("委员会", hit[1]):
            # 中共突泉县委员会宣传部 is 中共突泉县委宣传部, 中共突泉县委员会 is 中共突泉县委: the Party
            # committee's full name, alone or before one of its bodies
            key = key[:hit[1]] + "委" + key[hit[1] + 3:]
            hit = div.read_prefix(key, home)
        if hit is not None and not party and hit[1] == len(key) \
                and (key.endswith(hit[0].name) or key[-1] == hit[0].name[-1]) \
                and hit[0].level in ("county", "prefecture", "province") and hit[0].kind != "zone" \
                and not key.endswith(("地区", "盟")) and (len(key) >= 3 or key.endswith("县")):
            # a place named in full as a doer (责任单位：市交通运输局，涞源县、雄县; 岳麓区 in a table's
            # unit column): its government, one unit with 涞源县人民政府 (a 地区's or a 盟's is its
            # 行政公署, a zone's its committee: not told by the place's name; an autonomous
            # prefecture's or county's short form with its level word, 黔南州, 长白县, as well)
            return hit[0], "人民政府", party
        if hit is not None and (len(key) - hit[1] >= 2 or key[hit[1]:] == "委"):
            d, end = hit
            if d.name.endswith("地区") and key.startswith("地委", end) \
                    and not key[:end].endswith(d.name):
                return d, _of_body(key[end + 1:]), True     # 中共阿克苏地委统战部: the 地区's committee
            if not key[:end].endswith(d.name) and not (
                    d.kind.startswith("autonomous_") and key[end - 1] == d.name[-1]):
                # (an autonomous place's short form with its level word, 阿坝州, 恩施州, 长白县: the
                # place's own body, one unit with the one its full name names)
                return d, "@" + key, party          # short form: keep the name as written
            return d, _of_body(key[end:]), party or _party_body(_of_body(key[end:]))
        if (NOT_RELATIVE.match(key) and not (key[1:2] == "直" and _party_body(key[1:]))) \
                or LOWER.match(key):
            # (县直机关工委: the county committee's own body for its organs, not 县直's collective)
            return None, key, party
        if key.startswith("师市") and len(key) > 3 and home is not None and _corps_city(home):
            # 师市住建局 in a Corps division's city's own document (第八师石河子市, 师市合一): the
            # division-city's body, as 市 of 市住建局
            return home, _of_body(key[2:]), party
        zone_word = _ZONE_WORD.search(home.name) if home is not None else None
        if zone_word and key.startswith(zone_word.group(0)) \
                and len(key) - len(zone_word.group(0)) >= 2:
            # 新区建设局 in 雄安新区's own document: the zone's word for itself, as 市 of 市财政局
            # (地区发改委 in 阿克苏地区's: the 地区's)
            return home, _of_body(key[len(zone_word.group(0)):]), party
        if key.startswith("地区") and len(key) >= 4 and home is not None and home.level == "county":
            # 地区发改委 in 和田县's document: the 地区 the county is in (和田地区), as 州 of 州农业
            # 农村局 in a county of a 自治州 is its prefecture; never the county's own body
            pref = self.divisions.at_level(home, "prefecture")
            if pref is not None and pref.name.endswith("地区"):
                return pref, _of_body(key[2:]), party
        if key in ("行署", "行政公署") and home is not None and home.level == "prefecture" \
                and home.name.endswith(("地区", "盟")):
            return home, "行政公署", party      # 行署 in a 地区's or a 盟's document: its government
        if zone_word and zone_word.group(0) == "地区" and key.startswith("地委") \
                and home.level == "prefecture":
            # 地委统战部 in 阿克苏地区's document: the 地区's Party committee (中共阿克苏地委), as 盟委
            # of a 盟's
            return home, _of_body(key[1:]), True
        for rel in RELATIVE:
            if key.startswith(rel) and (len(key) > len(rel) + 1 or key[len(rel):] == "委"):
                rest = _of_body(key[len(rel):])
                owner = self._relative(rel, home)
                # 市沙坪坝区人民政府办公室 (a name cut after 重庆): a place written in full after
                # the level word, inside its government, owns the name
                inner = div.read_prefix(rest, owner or home)
                if inner is not None and rest[:inner[1]].endswith(inner[0].name) \
                        and len(rest) - inner[1] >= 2 \
                        and (owner is None or div.within(inner[0], owner)):
                    return inner[0], rest[inner[1]:], party
                return owner, rest, party or _party_body(rest)
        return None, key, party

    def _without_counties(self, home: Division) -> bool:
        """A prefecture-level city with no county-level division under it (不设区的市: 东莞, 中山,
        儋州, 嘉峪关), whose towns and sub-districts are its own, as a county's are."""
        return home.level == "prefecture" and home.kind == "city" and not any(
            self.divisions.by_code[c].kind != "zone"
            for c in self.divisions.children.get(home.adcode, ()))

    def _relative(self, rel: str, home: Optional[Division]) -> Optional[Division]:
        if home is None or home.level == "national":
            return None
        div = self.divisions
        if rel == "省" or rel == "自治区":
            # (only a province's own word: 自治区 in a 浙江 text, 省 in a 内蒙古 or 北京 text, is the
            # national triple 省、自治区、直辖市 quoted, every province of that kind, no one government)
            prov = div.at_level(home, "province")
            return prov if prov is not None and prov.name.endswith(rel) else None
        if rel == "市":
            city = div.city_of(home)
            # 市 in a provincial document is every city (市（州）人民政府): no one government;
            # in a municipality's own (上海市人民政府's, 北京市's regulations) it is the municipality
            return city if city is not None and (home.level != "province"
                                                 or home.kind == "municipality") else None
        if rel in ("州", "盟", "自治州"):
            pref = div.at_level(home, "prefecture")
            return pref if pref is not None and home.level != "province" else None
        # 县, 区, 旗, 自治县: the document's own county
        return home if home.level == "county" else None

    def _display(self, owner: Division, body: str, party: bool, local_style: Optional[str],
                 home: Optional[Division] = None) -> str:
        """The canonical name: the government's name and the body's standard form (a central
        body a national document writes without its prefix gets it: 发展改革委 ->
        国家发展和改革委员会)."""
        if body.startswith("@"):
            return canonical_body(body[1:])
        raw, body = body, canonical_body(body)
        if owner.level == "national":
            central = canonical_body("中央" + raw) if body.startswith("委") and not raw.startswith("委") else ""
            if central and not central.startswith("中央委"):
                # (网信办, 编办 in a list of the State's bodies: the central office of the name,
                # 中央网络安全和信息化委员会办公室; no committee's 委网信办)
                return central
            if VERTICAL_BRANCH.match(body) and body.startswith(("人民银行", "人行")):
                # 人民银行苏州市中心支行, 人行苏州市中心支行: the central bank's full name before its branch
                body = "中国人民银行" + body[(4 if body.startswith("人民银行") else 2):]
            if party:
                return ("中共" if not body.startswith("中央") else "") + body
            # (a branch named after its place is named in full: 南京海事局, not 国家南京海事局)
            return national_name(body) if home is not None and home.level == "national" \
                and not VERTICAL_BRANCH.match(body) else body
        if body == "法院" and not party:
            # 省法院, 市法院, 县法院: the people's court of the government's level (a province's
            # and a municipality's is its 高级人民法院, a prefecture's its 中级人民法院)
            body = _COURT_OF_LEVEL.get(owner.level, body)
        if local_style is not None:           # the lexicon's own place keeps its local style
            return local_style + body
        place = self.divisions.qualified_name(owner)
        if party and place.endswith("地区") and body.startswith("委"):
            place = place[:-1]                # 中共阿克苏地委: a 地区's committee says 地委
        if party:
            return "中共" + place + body      # 中共嘉兴市委统一战线工作部, 中共嘉兴市委
        return place + body

    def _resolve_general(self, mention: str, j: Jurisdiction, scope: Optional[str],
                         lookup: Optional[str], own_town: bool = False) -> Unit:
        div = self.divisions
        # a pinyin gloss a mirror put inside the name (經（jīng）開區) is no part of it
        written = unglossed(" ".join(normalise(mention).split()))
        if lookup and (compact(written) in RELATIVE or _OWN_PLACE_ALONE.fullmatch(compact(written))
                       or _at_level(compact(written), compact(lookup)) or (
                FUNCTIONAL.search(compact(written)) and compact(lookup) != compact(written)
                and compact(written) in compact(lookup)) or (
                any(compact(lookup).startswith(d.name) and len(compact(lookup)) > len(d.name)
                    for d in div.lookup(compact(written)))
                ) or (
                _sector_of(compact(written), compact(lookup))
                and div.read_prefix(compact(written), None) is None) or (
                compact(written).startswith("其") and FUNCTIONAL.search(compact(written)[1:])
                and compact(lookup).endswith(compact(written))) or _place_sector(
                div, compact(written), compact(lookup)) or _defined_short(
                compact(written), compact(lookup)) or _area_then_body(compact(written), compact(lookup))
                or _abbreviates(div, compact(written), compact(lookup))
                or _zone_committee_of(compact(written), compact(lookup))
                or _self_reference(compact(written), compact(lookup))
                or _committee_organ(compact(written), compact(lookup))):
            # the level word of a shared suffix (市 of 市、县（区）人民政府水行政主管部门), or a
            # place of a list before a department (闵行 of 闵行、宝山等区交通行政管理部门: 闵行区
            # 交通行政管理部门, the lookup starting with the place's full name: not 公安 of
            # 公安、交通等部门, 公安县 a county), or a functional name completed by its list
            # (卫生健康部门 of 市、县级市民政部门以及卫生健康部门: 市… and 各县级市卫生健康部门, not
            # twice the city's), or a field of a list of departments (财政 of 财政、公安等部门,
            # 体育有关部门 of …、体育等有关部门, looked up as 财政部门, 体育部门), is the body its
            # completed form names
            written = unglossed(" ".join(normalise(lookup).split()))
        key = compact(written)
        m = _TRAILING_ALIAS.match(key)
        if m and ORG_SUFFIX.search(m.group(1)):
            key = m.group(1)        # 区民政局（区委社会工委）: the body named first
        home = div.get(j.adcode) if j.adcode else None
        if _YOUTH_LEAGUE.match(key):
            key = _YOUTH_LEAGUE.sub(r"\1团委", key)     # 团市委: the city's Youth League committee, 市团委
        for formal, short in _FORMAL_NAMES:
            key = formal.sub(short, key)
        if home is not None and home.level == "province" and home.name.endswith("自治区") \
                and _REGION_AS_QU.match(key):
            key = "自治" + key      # 区党委编办, 区直机关工委, 区财政厅 in 广西壮族自治区's text: the region's
        if _OWN_LEVEL.match(key):
            key = key[1:]           # 本市各级人民政府: the document's 市; 本 is no part of a name
        owner, body, party = self._owner(key, home)
        actor = self.kind_of(key) if self.kind_of else None
        # a township of a county (古林镇 in a county's document, 鄞州区古林镇): the county's;
        # named by its body's standard form, so 古林镇 and 古林镇人民政府 are one unit
        town = None
        if not party and not actor:
            if owner is not None and owner.level != "national" and not body.startswith("@"):
                # (市人民政府红星街道办事处: the township after its government's words)
                town = township_name(GOV_THEN_BODY.sub("", body))
            elif owner is not None and owner.level == "county" and body.startswith("@") \
                    and TOWNSHIP_RE.match(key) and township_name(key):
                # (新都街道 in 新都区's text: a township named after its county, the county's short
                # form opening it: the county's township, not the county's body as written)
                town = township_name(key)
            elif owner is None:
                town = township_name(key)
                if town is not None and home is not None and (
                        home.level == "county" or self._without_counties(home)):
                    # (a city without counties, 东莞, 中山, 儋州: its towns are its own)
                    owner = home
        if town is not None:
            body = town
        # (a township's body in a city's document is a township of one of its counties: which
        # one the name does not tell, so it is not the city's own body)
        # (an institution named by a charge, 城乡建设档案管理机构, 气象主管机构, is a body of the
        # government as a department is: a bare one the document's own as well)
        if owner is None and home is not None and not COLLECTIVE.search(key) \
                and not _CORPS_DIVISION.match(key) and not _INSTITUTION_PARTY.match(key) \
                and (not actor or (actor == "institution" and FUNCTIONAL.search(key)
                                   and key.endswith("机构"))) \
                and town is None \
                and (NOT_RELATIVE.match(key) or not key.startswith(RELATIVE)) \
                and not LOWER.match(key) \
                and not LEVELS.match(key) \
                and not (home.level == "national" and key.startswith("地方")) \
                and (GOV_SUFFIX.search(key) or (FUNCTIONAL.search(key) and (
                    home.level not in ("province", "national") or home.kind == "municipality"))) \
                and (not GENERIC.match(key) or _named_short_form(key)):
            # 商务厅 in a 四川 document: the document's own; not several levels (县级以上人民政府,
            # 县区…人民政府), and not a body named by its function in a province's or the State
            # Council's document (its 市场监督管理部门 is every level's, the lowest acting: the
            # province's own is written 省…部门, the State Council's 国务院…部门); a city's and a
            # municipality's own regulation name their own so (地方各级人民政府 in a province's text
            # is its own levels', 福建省地方各级人民政府; in the State's, every local level's, no body of
            # the State)
            owner, body = home, key
            party = party or _party_body(key)       # (编办 in a county's text: 中共X县委机构编制委员会办公室)
        if owner is not None and town is None and not party and owner.parent and owner.level == "county":
            branch = _BRANCH_OF_PLACE.search(body)
            if branch and branch.group(1) in (owner.name,) + tuple(owner.short):
                # 市生态环境局宁乡分局 in 宁乡市's own text: a county's government has no branch named
                # after itself; the branch is the city's bureau's, in the county (长沙市生态环境局
                # 宁乡分局: the bureaus run from the city, as 生态环境 and 自然资源 often are)
                parent = div.get(owner.parent)
                if parent is not None and parent.level in ("prefecture", "province"):
                    owner = parent
        if owner is not None and town is None and not party \
                and FUNCTIONAL.search(GOV_THEN_BODY.sub("", body)):
            body = GOV_THEN_BODY.sub("", body)       # 市人民政府水行政主管部门: 市水行政主管部门
        if owner is not None and town is None and not party and body.startswith("其") \
                and FUNCTIONAL.search(body[1:]):
            # 市 of 市、县人民政府及其城乡规划主管部门 looked up as 市其…部门: its department
            body = body[1:]
        if owner is not None and town is None and not party and _LEVEL_GLOSS.match(body):
            # 市 of 市、区（市）人民政府 looked up with the next level's gloss: 市人民政府
            body = _LEVEL_GLOSS.sub("", body)
        if owner is not None and owner.level != "national" and town is None \
                and TOWNSHIP_SET.match(GOV_THEN_BODY.sub("", body.lstrip("@"))):
            # 市镇（乡）人民政府 (a level list read short), 自治县人民政府街道办事处 (a government's
            # sub-districts, none named): the townships, no one body
            owner = None
        if owner is not None and town is None and CONJ_START.match(body):
            owner = None        # 市和区县人民政府, 市或者…部门: two levels or a cut name, no one body
        if owner is not None:
            lex_place = self._lexicon_place()
            style = None
            if lex_place is not None and owner.adcode == lex_place.adcode:
                # the lexicon of the named place canonicalises (廊坊市发改委 in any document)
                # and its place keeps the lexicon's local style (市发展和改革委员会)
                style = owner.name[-1] if owner.name[-1] in "省市州盟县区旗" else owner.name
                plain = body[1:] if body.startswith("@") else None
                forms = (lookup, mention, plain) if plain else \
                    (lookup, mention, style + body, style + canonical_body(body))
                for cand in forms:
                    e = self._entry_for(cand, True) if cand else None
                    if e is not None:
                        return self._unit_from_entry(e)
            name = self._display(owner, body, party or body.startswith("委"), style, home)
            if body.startswith("政协"):
                name = _cppcc_name(name, owner.name)
            body = body.lstrip("@")
            # a body of a known government, named as such bodies are: resolved; in the place
            # of a lexicon, only the lexicon resolves (the name is not in it)
            # (each level's or each body's of it, 自治县各级人民政府, is a set: not resolved; nor
            # those of it concerned, 浦东新区相关镇人民政府; nor a template's, X镇党委, whose letter
            # stands for a name not given)
            concerned = body.startswith(("各", "有关", "相关"))
            resolved = style is None and not concerned \
                and not _TEMPLATE_LETTER.search(body) and bool(
                is_standard_body(body) or ORG_SUFFIX.search(body) or VERTICAL_BRANCH.match(body)
                # (a place's CPPCC committee, 市政协, 县政协办公室: a body of the place as its
                # government's departments are)
                or PEOPLES_ORG.match(body) or body.startswith("政协")
                                              or town is not None or (
                                                  FUNCTIONAL.search(body)
                                                  and not COLLECTIVE.search(body)))
            uid = unit_id(owner.adcode, name)
            unit = self._units.get(uid)
            # (a name kept unresolved before, in the document's jurisdiction, may be this body's:
            # 上海市 alone, looked up as 上海市人民政府, then 市人民政府; the body resolved is it)
            if unit is None or (resolved and not unit.resolved):
                # (国务院相关部门, 国务院各部门: a set of the State's bodies, a collective)
                kind = "central" if owner.level == "national" and not (
                    concerned or COLLECTIVE.search(body)) else \
                    "township" if town is not None else self._kind(name)
                unit = Unit(uid, name, kind, resolved, (), (), owner.name, None, owner.adcode)
                self._units[uid] = unit
            return unit
        # the government cannot be told: kept as written, in the document's jurisdiction
        # (by adcode, or by name for a place the gazetteer lacks), else in the document
        if lookup:
            # an expanded form (各机关 -> 机关, a defined short name -> its full name) names
            # the unit better than the mention as written
            written = " ".join(lookup.split())
        if town is not None:
            written = town          # a township of a place the document does not tell
        name = canonical_body(written) if is_standard_body(written) else normalise(written)
        if name.startswith("委") and not compact(written).startswith("委"):
            name = normalise(written)   # (编办, 网信办 with no level: whose committee's office, not said)
        if INTERNAL.match(key) or own_town:       # (own_town: the document's own township)
            sc = f"doc:{scope or ''}"
        elif j.adcode:
            sc = j.adcode
        elif j.name:
            sc = j.name
        else:
            sc = f"doc:{scope or ''}"
        uid = unit_id(sc, name)
        unit = self._units.get(uid)
        if unit is None:
            unit = Unit(uid, name, "township" if own_town else self._kind(name), False, (), (),
                        j.name, None, j.adcode)
            self._units[uid] = unit
        return unit

    def _kind(self, name: str) -> str:
        return (self.kind_of(name) if self.kind_of else None) or guess_kind(name)

    def resolve(self, mention: str, jurisdiction: Where = None,
                lookup: Optional[str] = None, scope: Optional[str] = None,
                township_doc: Union[bool, str] = False, ministry_doc: bool = False,
                zone_doc: Optional[str] = None, dept_doc: Optional[str] = None) -> Unit:
        """Resolve a mention of a document of ``jurisdiction`` (a :class:`Jurisdiction` or a
        place name; optionally through an expanded ``lookup`` form). ``scope`` (the document id)
        keeps the units of a document of unknown jurisdiction apart from every other's.
        ``township_doc``: the document speaks for one township (:func:`own_township`), where a
        bare ``镇人民政府`` is that township (kept within the document), not the set of them; given
        as the township's name (:func:`own_township_name`), its bodies named by its level word
        (``镇财政所``) are named with it (``古林镇财政所``).
        ``ministry_doc``: a ministry issues it (:func:`own_ministry`), whose bare 局 are its own.
        ``zone_doc``: a zone's committee issues it (:func:`own_zone`, the zone's name), whose bodies
        named by the zone's word for itself are the zone's.
        ``dept_doc``: a government's department issues it (its name, :meth:`issuing_department`),
        whose sections named bare (``基础教育科``, ``人事科``, ``办公室``) are its own."""
        return self.note(mention, self._unit(mention, jurisdiction, lookup, scope, township_doc,
                                             ministry_doc, zone_doc, dept_doc))

    def issuing_department(self, issuer: Optional[str], jurisdiction: Where = None) -> Optional[str]:
        """The name of the one government department (or Party committee department) that issues a
        document in its own name (``株洲市教育局``), as resolved; None for a government, a joint
        issue or anything that is no resolved department."""
        n = unglossed(compact(issuer or ""))
        if not n or re.search(r"[、，,\s]", issuer or "") or not ORG_SUFFIX.search(n) \
                or re.search("(?:人民政府|政府|管委会|管理委员会|行政公署)$", n) or own_ministry(n):
            return None
        had = set(self._units)
        cached = len(self._cache)
        u = self._unit(n, jurisdiction)
        # (no trace: the issuer is a unit only where the document names it)
        for uid in set(self._units) - had:
            del self._units[uid]
        for k in list(self._cache)[cached:]:
            del self._cache[k]
        return u.name if u.resolved and u.kind == "department" else None

    def note(self, mention: str, unit: Unit) -> Unit:
        """Count ``mention`` as naming ``unit``."""
        counts = self._mentions.setdefault(unit.unit_id, {})
        counts[mention] = counts.get(mention, 0) + 1
        return unit

    def stems(self, mentions: list[tuple[str, Optional[str]]], jurisdiction: Where = None,
              scope: Optional[str] = None, township_doc: Union[bool, str] = False,
              ministry_doc: bool = False, zone_doc: Optional[str] = None,
              dept_doc: Optional[str] = None) -> dict[str, Unit]:
        """The short forms one document cuts from a unit it names in full: 区应急 under a
        牵头单位： label where the same text writes 区应急局 (西青区应急管理局). ``mentions`` are
        the document's (mention, lookup) pairs; a mention that names no body of its own (no
        body's suffix, no place, not resolved by itself) and is the stem of other mentions of
        the document that name exactly one resolved unit between them is that unit. Two units
        with the stem (区教育局, 区教育体育局) leave it as written."""
        pairs = list(dict.fromkeys(mentions))
        out: dict[str, Unit] = {}
        for m, lookup in pairs:
            key = unglossed(compact(m))
            if lookup or m in out or len(key) < 3 or not _STEM_RE.fullmatch(key) \
                    or ORG_SUFFIX.search(key) or _GROUP_END_RE.search(key) \
                    or COLLECTIVE.search(key) \
                    or FUNCTIONAL.search(key) or self.divisions.lookup(key):
                continue
            longer = [(f, fl) for f, fl in pairs
                      if len(unglossed(compact(f))) > len(key)
                      and unglossed(compact(f)).startswith(key)
                      and ORG_SUFFIX.search(unglossed(compact(f)))]
            if not longer or self._peek(m, jurisdiction, None, scope, township_doc,
                                        ministry_doc, zone_doc, dept_doc).resolved:
                continue
            units = {u.unit_id: u for u in (self._unit(f, jurisdiction, fl, scope, township_doc,
                                                       ministry_doc, zone_doc, dept_doc)
                                            for f, fl in longer)}
            if len(units) == 1:
                (u,) = units.values()
                if u.resolved:
                    out[m] = u
        return out

    def _peek(self, mention: str, jurisdiction: Where, lookup: Optional[str],
              scope: Optional[str], township_doc: Union[bool, str], ministry_doc: bool = False,
              zone_doc: Optional[str] = None, dept_doc: Optional[str] = None) -> Unit:
        """The unit ``mention`` resolves to, leaving no trace of a new unresolved unit."""
        before = len(self._units)
        cached = len(self._cache)
        unit = self._unit(mention, jurisdiction, lookup, scope, township_doc, ministry_doc, zone_doc,
                          dept_doc)
        if not unit.resolved and len(self._units) > before:
            del self._units[unit.unit_id]
            if len(self._cache) > cached:
                self._cache.pop(next(reversed(self._cache)))
        return unit

    def _unit(self, mention: str, jurisdiction: Where = None,
              lookup: Optional[str] = None, scope: Optional[str] = None,
              township_doc: Union[bool, str] = False, ministry_doc: bool = False,
              zone_doc: Optional[str] = None, dept_doc: Optional[str] = None) -> Unit:
        j = _as_jurisdiction(jurisdiction)
        key = unglossed(compact(mention))
        if dept_doc and not lookup and not ministry_doc and _SECTION_RE.fullmatch(key) \
                and not key.startswith(_NOT_BARE) and not _GROUP_OFFICE.search(key) \
                and self.divisions.read_prefix(key) is None:
            # 基础教育科, 人事科, 办公室 in 株洲市教育局's own document: the bureau's own sections
            # (株洲市教育局基础教育科), never one unit with every other bureau's 人事科 in the city
            # (办公室 in the document of an office, X人民政府办公室: the issuer itself; 联席会议办公室,
            # 指挥部办公室: a group's office, no section of the issuer)
            return self._unit(dept_doc if dept_doc.endswith(key) else dept_doc + key, jurisdiction,
                              None, scope, township_doc)
        own_town = bool(township_doc) and not key.startswith("各") and bool(TOWNSHIP_SET.match(key))
        if isinstance(township_doc, str) and own_town and not lookup:
            m = _TOWN_OWN_GOV.fullmatch(key)
            if m and township_doc.endswith(m.group(1)):
                # 镇人民政府, 镇政府 in 白沙镇's own document: that township's government, named
                # (白沙镇人民政府), as 县人民政府 in a county's document is the county's
                return self._unit(township_doc + ("办事处" if m.group(1) == "街道" else "人民政府"),
                                  jurisdiction, None, scope, True, ministry_doc)
        if isinstance(township_doc, str) and lookup and not key.startswith(("各", "有关", "相关")):
            lk = unglossed(compact(lookup))
            m = _TOWN_OWN_BODY.match(lk)
            if m and township_doc.endswith(m.group(1)) and not TOWNSHIP_SET.match(lk) \
                    and not m.group(2).startswith(("各", "有关", "相关", "村", "镇", "乡", "街")):
                # 镇应急办 defined in 白沙镇's own document as 镇应急管理办公室（以下简称镇应急办）: the
                # township's own body the short name stands for (白沙镇应急管理办公室), as its full name is
                return self._unit(township_doc + m.group(2), jurisdiction, None, scope, True,
                                  ministry_doc)
        if isinstance(township_doc, str) and not lookup and not own_town:
            m = _TOWN_OWN_BODY.match(key)
            if m and township_doc.endswith(m.group(1)) \
                    and (not m.group(2).startswith(("各", "有关", "相关", "村", "镇", "乡", "街"))
                         or _TOWN_WORKS.match(m.group(2))):
                # (乡村振兴办, 镇村两级: a word of levels, no body after the township's level word;
                # 镇村镇建设办 is the township's office of 村镇建设, the field of its villages' works)
                # 镇财政所, 镇党政办 in 古林镇's own document: the township's own body (古林镇财政所),
                # never one body with every other township's 镇财政所 in the county
                return self._unit(township_doc + m.group(2), jurisdiction, None, scope, True,
                                  ministry_doc)
            if m is None and _TOWN_BARE_OFFICE.match(key) and not key.startswith(_NOT_BARE) \
                    and not _GROUP_OFFICE.search(key) and self.divisions.read_prefix(key) is None \
                    and not any(key.startswith(township_doc[i:]) for i in range(len(township_doc) - 2)):
                # (木李镇经济发展办公室 in 高青县木李镇's: named with the township already)
                # 城市管理办公室, 平安建设办公室, 党政办 in 三里屯街道办事处's own document: the
                # sub-district's own offices (its 科室), never the district's body of that name
                return self._unit(township_doc + key, jurisdiction, None, scope, True, ministry_doc)
        if zone_doc and not lookup and j.name and not (
                j.name == zone_doc or zone_doc.endswith(j.name)
                or _ZONE_WORD.search(j.name)):
            body = _zone_body(zone_doc, key, j.level)
            if body is None and _ZONE_BARE_BODY.match(key) and not key.startswith(_NOT_BARE) \
                    and not _GROUP_OFFICE.search(key) and self.divisions.read_prefix(key) is None:
                # 科创局, 经发局 in 湘潭高新区管委会's own document, written with no word for the
                # zone: the zone's own bureaus (湘潭高新区科创局), as a ministry's bare 司 are its
                # own; never the city's body of that name (湘潭市科创局)
                body = zone_doc + key
            if body is not None:
                # 区科技局, 新区经济发展局 in the document of a zone's committee placed in its city or
                # province (苏州高新区管委会's, 西咸新区管委会's): the zone's own body, named with the
                # zone (苏州高新区科学技术局, 陕西省西咸新区经济发展局), never the city's or a district's
                return self._unit(body, jurisdiction, None, scope, township_doc, ministry_doc)
        if (ministry_doc and not lookup and _MINISTRY_ORGAN.match(key)) or OWN_BODY.match(key):
            # 公路局 in 交通运输部's document: its own bureau, kept within the document (unresolved,
            # as its 司 are), never a State body made of the name (国家公路局)
            name = normalise(mention)
            uid = unit_id(f"doc:{scope or ''}", name)
            if uid not in self._units:
                self._units[uid] = Unit(uid, name, self._kind(name), False, (), (), j.name, None,
                                        j.adcode)
            return self._units[uid]
        per_doc = (j.name is None and j.adcode is None) or INTERNAL.match(compact(mention)) \
            or own_town
        ck = (mention, lookup, j.name, j.adcode, scope if per_doc else None)
        uid = self._cache.get(ck)
        if uid is not None:
            unit = self._units[uid]
        else:
            e = None
            if self._resolves_locally(j):
                if lookup:
                    e = self._entry_for(lookup, True)
                if e is None:
                    e = self._entry_for(mention, True)
            unit = self._unit_from_entry(e) if e is not None else \
                self._resolve_general(mention, j, scope, lookup, own_town)
            self._cache[ck] = unit.unit_id
        return unit

    def units(self) -> list[Unit]:
        """Every unit, by id. A collective of a county's townships (各乡镇（街道） in a
        county's document) has as members the townships of that county the build names."""
        towns: dict[str, list[tuple[str, str]]] = {}      # adcode -> [(level, unit id)]
        ethnic: set[str] = set()        # the ethnic townships (X瑶族乡, X民族乡) among them
        for u in self._units.values():
            if u.kind == "township" and u.resolved and u.adcode:
                level = "街" if u.name.endswith("街道办事处") else u.name[-5:-4]
                towns.setdefault(u.adcode, []).append((level, u.unit_id))
                if u.name.endswith("族乡人民政府"):
                    ethnic.add(u.unit_id)
        below: dict[str, list[tuple[str, str]]] = {}   # adcode -> [(kind, unit id)] of the governments under it
        for u in self._units.values():
            d = self.divisions.get(u.adcode) if u.kind == "county_gov" and u.resolved and u.adcode else None
            if d is not None and d.level in ("county", "prefecture") and d.parent \
                    and compact(u.name).endswith(("人民政府", "行政公署")):
                # (the place's government, however the build names it: 阿坝州人民政府 as written)
                below.setdefault(d.parent, []).append((d.kind, u.unit_id))
        out = []
        for k in sorted(self._units):
            u = self._units[k]
            key = compact(u.name)
            home = self.divisions.get(u.adcode) if u.kind == "collective" and not u.members \
                and u.adcode in below else None
            sets = _SETS_BELOW.get("municipality" if home.kind == "municipality" else home.level) \
                if home is not None else None
            if sets and sets[0].match(key):
                # 各县（市、区）人民政府 in a city's document, 各市（州）人民政府 in a province's: the governments one
                # level down that the build names, of the kinds the set names (县, 市, 区, 旗; 市, 州, 盟, 地),
                # as the townships below
                kinds = {kind for c in set(key) & set(sets[1]) for kind in sets[1][c]}
                members = sorted(uid for kind, uid in below[u.adcode] if kind in kinds)
                if members:
                    u = replace(u, members=tuple(members))
            if u.kind == "collective" and not u.members and u.adcode in towns \
                    and TOWNSHIP_SET.match(key):
                d = self.divisions.get(u.adcode)
                # the levels the collective names: 各镇人民政府 the 镇 only, 各乡镇（街道） all
                levels = set(re.sub("人民政府|政府|办事处", "", key)) & {"乡", "镇", "街"}
                members = sorted(uid for level, uid in towns[u.adcode] if level in levels
                                 and ("民族乡" not in key or uid in ethnic))
                if d is not None and d.level == "county" and members:
                    u = replace(u, members=tuple(members))
            out.append(u)
        return out

    def mentions_of(self, uid: str) -> dict[str, int]:
        return dict(self._mentions.get(uid, {}))
