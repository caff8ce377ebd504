"""``who_owns(question)``: the tasks that best match a free Chinese question, with their units.

The question is cut by longest match over the index vocabulary (no jieba at query time), question
words (谁, 哪个部门, 由…负责, 归谁 …) are dropped so they do not drown the content words, and
tasks are ranked by BM25 over words and character bigrams. A unit named in the question (any
alias: 住建局, 市住建局) boosts the tasks that unit owns. Tasks with stated units rank above
tasks without for the same text match, because people ask who owns things. A place the
question names (海城, 立山区) ranks the tasks of that place first; its numbers (增长6%) and its
words in Latin letters (GDP, through their other forms) count as words of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..patterns import unglossed
from ..text import PUNCT_RE, bigrams, compact, normalise, variant_spans
from ..vocab import JOINED_TERM as JOINED
from .build import SearchIndex, load_index

QUESTION_WORDS = sorted([
    "由哪个部门负责", "哪个部门负责", "哪些部门负责", "哪个单位负责", "哪些单位负责", "由谁负责",
    "谁来负责", "谁负责", "谁来做", "谁来管", "谁管", "归谁管", "归谁", "哪个部门", "哪些部门",
    "哪个单位", "哪些单位", "哪家单位", "什么部门", "什么单位", "牵头部门是", "责任单位是",
    "是谁", "由谁", "谁", "负责", "哪个", "哪些", "什么", "吗", "呢", "由", "是", "的", "了",
    "请问", "我想知道", "想知道", "工作", "事项", "问题", "怎么", "如何", "做", "任务", "有哪些",
    "找谁", "归哪个", "单位", "哪个局", "哪个委", "哪个机关", "哪级政府",
    "谁牵头", "由谁牵头", "谁来牵头", "哪个部门牵头", "哪个单位牵头", "牵头", "配合",
    "谁的责任", "谁的职责", "谁的事",
], key=len, reverse=True)
# 配合 is the role a named unit plays where it is asked of it (市财政局配合哪些…), a word of the
# matter where it is the verb asked (谁来配合, 由哪个部门配合), as 协助 always is (由谁协助): the clause
# whose unit 应当积极给予配合 has it
SUPPORT_VERB_ASKED_RE = re.compile(r"(?:谁|(?:哪个|哪些|哪家|什么)(?:部门|单位|机关|机构|局|委|办))"
                                   r"(?:来|去|负责|要)?配合")
# 负责 where the question names a unit and asks what it does (乡镇卫生院负责什么): a word of the
# matter that the unit's duty clause (乡镇卫生院负责提供…) writes, not a question word (谁负责)
DUTIES_ASKED_RE = re.compile(r"(?<!谁)(?<!谁来)负责(?:什么|哪些|啥)")
K1, B = 1.2, 0.75      # as kg.write.search_index wrote them
BIGRAM_WEIGHT = 0.35
# the words that tile a longer word of the question (人工智能企业 = 人工智能 + 企业): a task that
# has them all but not the longer word matches it at this weight
SUB = "~"
SUB_WEIGHT = 0.8
UNIT_BOOST = 2.5
# a unit named right after a verb that acts on others (谁督促各地…, 谁来指导县区…) is the object
# of the matter, not the owner asked about: its name stays words of the question, no boost, and
# the tasks it alone owns (what it does itself) keep ROLE_FACTOR of their score
ACTING_ON_VERBS = ("督促", "指导", "督导", "监督", "要求", "指挥", "帮助", "考核")
OBJECT_OF_RE = re.compile("(?:" + "|".join(ACTING_ON_VERBS) + ")$")
# …and a unit named before the asking word of such a verb (村委会的工作谁来指导, 物业企业由哪个部门
# 监督): the matter is what is done to it, the one asked is who does it (the same verbs but 要求 and
# 帮助, as these were first written)
_ASKED_VERBS = [v for v in ACTING_ON_VERBS if v not in ("要求", "帮助")]
# (and the verbs designating a unit: 河长制的责任单位由谁来定 asks who names the 责任单位, not what
# the 责任单位 do; 定 last, so 确定 is read whole)
DESIGNATING_VERBS = ("确定", "指定", "认定", "定")
OBJECT_ASKED_RE = re.compile(r"(?:谁|(?:哪个|哪些|哪家|什么)(?:部门|单位|机关|机构|局|委|办))(?:来|去|负责)?"
                             "(?P<verb>" + "|".join(_ASKED_VERBS + list(DESIGNATING_VERBS)) + ")")
# …and a clause whose unit receives what is asked (业主委员会…接受其指导和监督; 在街道办事处指导下开展…):
# its owner is the one guided, not the guide asked about (村委会工作谁来指导), so where the verb asked
# is written only so the clause keeps ROLE_FACTOR of its score
_RECEIVED = "|".join(_ASKED_VERBS)                                   # (接受…考核 too)
_UNDER = "|".join(v for v in _ASKED_VERBS if v != "考核")             # 在…指导下
RECEIVES_RE = re.compile(r"接受[^。；;，,]{0,12}?(?P<a>" + _RECEIVED + ")"
                         r"(?:[和、及与](?:" + _RECEIVED + "))*"
                         r"|在[^。；;，,]{0,20}?(?P<b>" + _UNDER + ")(?:[和、及与](?:" + _UNDER + "))*下")
# …and a unit named as what is set up or done away with (民族乡的建立由哪一级政府决定, 居委会的设立
# 由谁批准): the matter is the unit's creation, the one asked is who creates it, not the unit
CREATED_AFTER_RE = re.compile(r"的(?:设立|建立|成立|设置|组建|撤销|撤并|合并|更名)")
# …or as the body whose office or daily work is asked (联席会议的办公室放在哪个部门, 领导小组日常工作由谁承担):
# a group works through an office set in a department, which is the one asked, not the group
OFFICE_AFTER_RE = re.compile(r"的?(?P<part>办公室|办事机构|秘书处|日常工作)")
# …or before the asking word of such a verb (殡葬管理委员会由哪一级政府来建, 联席会议由谁设立): the
# unit is what is set up, as after 的设立; the one asked is who sets it up (a level's government
# asked, 哪一级政府, asks who as 谁 does)
CREATED_ASKED_RE = re.compile(r"(?:谁|(?:哪个|哪些|哪家|什么)(?:部门|单位|机关|机构|局|委|办)|哪一?级(?:人民)?政府)"
                              r"(?:来|去|负责)?(?:建立|设立|成立|组建|设置|建(?![设议筑造])|设(?![计施备]))")
# a group's name ends so (网络市场监管厅际联席会议): the words before it in a question may name it
GROUP_NAME_RE = re.compile(r"(?:领导小组|联席会议|协调会议|工作专班|指挥部|委员会|工作组)")
NO_UNIT_FACTOR = 0.35
# a duty clause cut from a paragraph's text (D…:二/（三）/9/duty1), as kg.extract.enrich names it
DUTY_CLAUSE_ID_RE = re.compile(r"/duty\d+$")
# an item of an inline list (城中区生态环境局一是…二是…): its owner is the list's subject, written in the text
INLINE_ITEM_RE = re.compile(r"/[一二三四五六七八九十]+是$")
# a question asking which unit holds a role (县级河流的责任主体是谁, 区政府的兵役机关是哪个单位, …的主管
# 部门是谁): the clause designating its unit so (流域所经乡（镇）政府为责任主体, X是同级人民政府的兵役机关)
# answers it, before the clauses writing the role as a word of another matter (…并确定责任主体)
DESIGNATION_ASKED_RE = re.compile(r"(?P<role>[\u4e00-\u9fff]{2}(?:主体|单位|部门|机关|机构))(?:是|为)(?:谁|哪)")
DESIGNATED_FACTOR = 1.3
# the act a question asks who does (…谁来督促, …由谁承担, …谁来配合; …去哪里备案, where to go asks
# who as well; …归哪个部门指导监督, which body as well, and …由哪个局承担, a body by its name's head): the two
# to six characters after its asking words that end it
VERB_ASKED_RE = re.compile(r"(?:由谁|谁|(?:去|到|向)?哪里|(?:哪个|哪些|哪家)(?:部门|单位|机关|机构|局|委|办))(?:来|去|要|负责)?(?P<verb>(?![来去要])[\u4e00-\u9fff]{2,6}?)(?:吗|呢)?[？?。]?$")
VERB_MISSING_FACTOR = 0.85
# the words that start asking who (…的消防安全归哪个部门管, …由谁负责), and the share of its score a clause
# with units keeps when it lacks the head of the matter, its last word before them
# (:func:`_matter_head`): the rest of the matter's words may be its modifiers alone
ASKING_RE = re.compile(r"由谁|谁|归哪|由哪|哪个|哪些|哪家|什么部门|什么单位")
HEAD_MISSING_FACTOR = 0.95
# …and a clause writing it done to the last word of the matter the question names before it (实施
# 方案谁制定: 要制定实施方案), the object written after its verb as the question's word order puts it
# before: VERB_OBJECT_FACTOR of its score, over a clause writing the two apart (制定项目清单…随实施方案…)
VERB_OBJECT_FACTOR = 1.1
# …and a clause writing that act only as what its unit has others do (负责组织县级编制县域…规划, 督促各地
# 制定…): the others do it, the clause's owner organises; it keeps VERB_MISSING_FACTOR as well
OTHERS_DO = r"(?:组织|督促|指导|要求|推动|帮助)(?:[\u4e00-\u9fff（）()、]{0,6}?(?:县|市|区|乡|镇|街道|地|级|部门|单位|机构|企业))"
# a question asking who 负责 the matter (…由哪一级政府负责, …国务院哪些部门负责, 谁来负责): a clause whose unit
# 负责 a word of the matter (县级以上人民政府负责本行政区域内的学校安全工作) states that duty, one on another
# act of the same matter (…应当将学校安全工作经费列入本级财政预算) does not: the former's score times this
RESPONSIBLE_ASKED_RE = re.compile(r"(?:谁|哪(?:一?级|个|些|家)[\u4e00-\u9fff]{0,6}?)来?负责(?:吗|呢)?[？?。]?$")
RESPONSIBLE_FACTOR = 1.1
# a question asking a group's members (X有哪些成员单位, 由哪些部门组成, 成员有谁): the group's own
# task, which names its members and no owner, is an answer (not NO_UNIT_FACTOR)
MEMBERS_ASKED_RE = re.compile(r"成员|由哪些(?:部门|单位)组成|哪些(?:部门|单位)参加|组成单位"
                              # (or its people by seat: 组长是谁, 谁任召集人, 指挥长由谁担任)
                              r"|(?:组长|召集人|指挥长|总指挥)(?:是谁|由谁|有谁|是哪位)|谁(?:任|担任|当)(?:副?组长|副?召集人|副?指挥长)")
MEMBERS_FRAME_RE = re.compile(r"(?:成员单位|成员部门|组成单位|组成部门|成员)(?=有哪些|是哪些|都有哪些|都是哪些|包括哪些|有谁|是谁)"
                              r"|(?:都有哪些|有哪些|是哪些|哪些)(?:成员单位|成员部门|组成单位|组成部门|成员)"
                              r"|由哪些(?:部门|单位)组成")
UNIT_ID_RE = re.compile(r"U[0-9a-f]{12}")     # (kg.ids: a unit's id, as the index's aliases give it)
# a clause that defines a term (本规定所称…系指…, …投资，是指…): no owner and no duty either, so
# NO_UNIT_FACTOR counts twice
# a question that sets a unit aside (除了国土部门，国务院还有哪些部门…; 除市财政局外还有谁配合): what it
# names is known to the asker, not asked: its words are no words of the matter, a unit it names
# gets no boost, and the tasks owned only by units so named keep ROLE_FACTOR of their score (the
# words that name them, the generic heads 部门 / 单位 aside, in each of their names). 除 without 了
# needs its 外 / 以外 / 之外: alone it is a verb (除四害, 除雪, 除险加固)
EXCEPT_RE = re.compile(r"除(?:了(?P<x>[^，,。；;？?]{2,20}?)(?:以外|之外|外)?|(?P<y>[^，,。；;？?]{2,20}?)(?:以外|之外|外))"
                       r"(?:[，,]|(?=还|另外|其他|其它))")
#: the others, as a text names them (国务院其他有关部门), and the weight of a task they own for a
#: question that sets a unit aside and asks for the rest (除了国土部门，还有哪些部门…)
OTHERS = ("其他", "其它")
OTHERS_FACTOR = 1.25
UNIT_HEADS = frozenset({"部门", "单位", "机关", "机构", "政府", "主管部门", "行政主管部门", "有关部门"})
# a clause that sanctions the failure of a duty (未设置提示标识的，由公安机关责令改正; 有下列行为之一的，
# 由公安机关给予行政处罚): its unit enforces the duty, it does not hold it. For a question asking who
# holds a duty it is a clause with no owner of that duty (NO_UNIT_FACTOR, as a task without units),
# unless the question asks about the sanction (谁来罚, 违反…, 不…怎么办)
SANCTION_RE = re.compile(r"[^。；;]{2,80}?的[，,](?:[^。；;]{0,30}?[，,])?(?:由|对)?[^。；;，,]{0,24}?"
                         r"(?:责令|处(?:以)?[^。；;]{0,16}?罚款|给予[^。；;]{0,10}?(?:处罚|处分)|没收|吊销"
                         r"|予以处罚|追究)")
# (…谁来让他们改正, 谁叫它纠正: who makes another put it right asks the 责令改正 in plain words; a
# clause read as a sanction then keeps its score times SANCTION_ASKED_FACTOR)
ASKS_SANCTION_RE = re.compile(r"罚|处分|责令|违反|违规|违法|吊销|没收|追究"
                              r"|(?:不|没有?|未)[\u4e00-\u9fff]{0,8}(?:怎么办|怎么处理|如何处理)"
                              r"|(?:让|叫|令|责成)[\u4e00-\u9fff]{0,6}?(?:改正|纠正|整改|改过来)")
SANCTION_ASKED_FACTOR = 1.1
DEFINITION_RE = re.compile(r"(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])?(?:本(?:规定|办法|条例|细则|意见|方案|通知|规则|标准|实施细则)所称"
                           r"|[^。；;]{2,40}?(?:是指|系指))")
# a question that asks for a department (哪个部门, 什么部门): tasks owned only by actors outside
# government (enterprises, grass-roots and social organisations) rank lower
# (哪个局, 谁来管, 谁监管, 谁查, 谁来处罚 / 罚款: a question for the body that governs the matter)
ASKS_DEPARTMENT_RE = re.compile(r"(?:哪个|哪些|哪家|什么|何)(?:政府)?(?:部门|局|委|机关)|部门是"
                                r"|谁(?:来)?(?:主管|管|监管|查|检查|审批|处罚|罚)")
# a question that asks for a section or a working group (区政府办里哪个科督办…, 由哪个科室来建, 由哪个组
# 负责): the answer is a body named by that head (秘书科, 办公室, 综合协调组); a task whose units are all
# named otherwise (the office holding the sections, 区政府办公室) keeps SECTION_FACTOR of its score.
# 科室 asks 科 or 室, 处室 处 or 室; not 组织 / 组成 / 组建, words of their own
SECTION_ASKED_RE = re.compile(r"(?:哪个|哪些|哪一个|什么)(?P<head>科室|处室|科|处|股|室|组)(?![织成建长])")
SECTION_HEADS = {"科室": ("科", "室"), "处室": ("处", "室"), "科": ("科",), "处": ("处",), "股": ("股",),
                 "室": ("室",), "组": ("组",)}
SECTION_FACTOR = 0.7
# a question asking several bodies (还有哪些部门协同推进, 归哪些部门管): a task owned by one body alone,
# not named as several (有关部门, 相关部门, 各乡镇, 其他…, A等), keeps ROLE_FACTOR of its score
PLURAL_ASKED_RE = re.compile(r"哪些(?:部门|单位|机关|机构)")
SEVERAL_RE = re.compile(r"有关|相关|各|其他|其它|等")
# a question that opens with the one it asks about and asks what that one must do (国企安排残疾人就业有
# 什么要求, 各级就业服务机构要不要…), asking no who: a word of its opening (the first few characters)
# that a shown task's owner is named by (国有企业, 公共就业服务机构) says which clause answers it; the
# tasks whose units are all named otherwise (the plan's paragraph holding that clause, owned by the
# departments its annotation lists) keep ROLE_FACTOR of their score. A unit read as such in the
# question (公安和民政部门对…负什么责) names the tasks it owns and those of the bodies its alias names
SUBJECT_DUTY_RE = re.compile(r"要不要|有没有|有什么|做什么|干什么|负什么|要做|做哪些|负责什么|管什么|吗$")
WHO_ASKED_RE = re.compile(r"谁|哪(?:个|些|家|级|一|里)|什么(?:部门|单位|机构|机关|组织)")
SUBJECT_AT = 6
# (市里 / 区里 where it opens the question or follows a little word, not 城市里, 小区里)
_ASKER_BEFORE = r"(?:^|(?<=[在是由归找向跟和的、，,]))"
# the level of government a question asks of (市里谁督促…, 各区县的…谁管理), and a unit's level by
# how its name starts (市住建局 / 济南市文化局; 县（区）文化局 / 各县（市、区）人民政府 / 区教育局; 省里 the
# province's: 省人民政府各行政管理部门, not a city's 北京市…联席会议). 市级 / 县级 / 省级 are left out: they
# qualify the matter more often than the asker (市级重大疫情救治基地)
LEVEL_ASKED = (("province", re.compile(rf"{_ASKER_BEFORE}省(?:里|本级|一级)")),
               ("city", re.compile(rf"{_ASKER_BEFORE}市(?:里|区(?![县划域级]))|市本级|市一级")),
               ("county", re.compile(rf"{_ASKER_BEFORE}(?:县|区)里|区县|县区|各县|各区(?![域间])|县城(?!市(?!容))")),
               ("national", re.compile(r"(?:国家|中央|国务院)(?:的)?(?:哪个|哪些|什么|哪一?级|层面|一级)|哪个部委")),
               # (镇里 / 乡里 / 街道里: a township's body, itself also of the county level or below)
               # (…辖区内的X: the township's own jurisdiction, 景东县乡镇辖区内的林业工作)
               ("township", re.compile(rf"{_ASKER_BEFORE}(?:乡镇|镇|乡|街道)里|乡镇一级|各乡镇|各镇(?![域])|各街道"
                                       r"|(?:乡镇|镇|乡|街道)辖区")),
               # (村里 / 各村: a village's body, 村委会, or a clause on what is done in the village)
               ("village", re.compile(rf"{_ASKER_BEFORE}(?:村里|村上)|村一级|各村(?![镇])")),
               # (地方上的…, 地方X…谁来制定 opening the question: any government below the State's, as
               # 县级以上地方人民政府 is; not 地方性法规, 地方志, a matter's own word later in it; and
               # the asker's own place, 本地的… / 在当地…: not 本地区, 当地方…)
               ("local", re.compile(r"^地方(?:上)?(?!性|志)|(?:^|在)(?:本地|当地)(?![区方])")))
# the words of the question that ask the level (各区, 国家 of 国家哪个部门): a task owned at that
# level has them whether its text writes them or not
LEVEL_WORDS = {"province": re.compile(r"省里|省本级|省一级"),
               "city": re.compile(r"市里|市区|市本级|市一级"),
               "county": re.compile(r"各?(?:区县|县区)|各县|各区|县里|区里|县城"),
               "national": re.compile(r"国家|中央|国务院|部委"),
               "township": re.compile(r"(?:乡镇|镇|乡|街道)里|乡镇一级|各乡镇|各镇|各街道"),
               "village": re.compile(r"村里|村上|村一级|各村")}
# a township's body (镇人民政府, 各乡镇人民政府, 街道办事处, 石碶街道, 徐庄镇安委会办公室)
TOWNSHIP_UNIT_RE = re.compile(r"^各?(?:乡镇|乡|镇|街道)|^[\u4e00-\u9fff]{1,4}(?:镇|乡|街道)(?:人民政府|政府|办事处|党委|$)")
# a village's body (村委会, 各村民委员会, 张庄村党支部, 社区居委会)
VILLAGE_UNIT_RE = re.compile(r"^各?(?:行政)?村(?:委会|民委员会|党支部|$)|^[\u4e00-\u9fff]{1,4}村(?:委会|民委员会|党支部|$)"
                             r"|^各?(?:社区)?居(?:委会|民委员会)")
# the extent a clause states for itself (协调全镇突发公共事件的…, 负责做好本村…, 各村委会成立…), the level of
# a body its name does not give (应急办, 领导小组办公室): the township's, the village's
# (the township's first: 协调全镇…，指导各村委会… is the township's, the villages its object)
TEXT_LEVELS = (("township", re.compile(r"(?:全|本)(?:乡镇|镇|乡|街道)(?![长区])")),
               ("village", re.compile(r"(?:全|本)村(?!民)|^各村")))
# the body of the place where the matter is (所在地人民政府, 当地公安机关, 所在乡镇): of whatever level
# the place is, so of the level a question asks (广水镇里办的供水站归谁管: 镇办供水站由所在地人民政府管理);
# not 所在单位, a person's employer
LOCAL_UNIT_RE = re.compile(r"(?:所在地|当地|属地)|所在(?:乡镇|乡|镇|街道|县|区|市)")
# a body of every level from the county up (县级以上地方人民政府档案行政管理部门, 旗县级以上…)
SPANNING_UNIT_RE = re.compile(r"(?:旗)?县级以上")
# a body named for the levels it spans (市县两级应急管理部门, 省、市、县三级…, 县乡两级…): each level its
# name lists, not the county's alone (the 县 of 市县 read as a county's name)
TIERS_UNIT_RE = re.compile(r"^各?(?P<tiers>[省市州盟县区旗乡镇、]{2,9})[两三四五]级")
TIER_LEVELS = {"省": "province", "市": "city", "州": "city", "盟": "city", "县": "county", "区": "county",
               "旗": "county", "乡": "township", "镇": "township"}
COUNTY_UNIT_RE = re.compile(r"各?(?:县|区|乡|镇|街道)(?!级以上)|[\u4e00-\u9fff]{1,3}[县区](?![域级])")
CITY_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{0,4}市(?!场)")     # (not 国家市场监督管理总局)
# (国务院市场监督管理部门, 国家体育总局, 中央统战部, 全国妇联, 中国人民银行; a ministry by its bare
# name: 公安部, 生态环境部)
NATIONAL_UNIT_RE = re.compile(r"国务院|国家|中共中央|中央|全国|中国|[\u4e00-\u9fff]{2,8}部$")
# a province's or autonomous region's body (广东省财政厅, 省委宣传部 of 中共广东省委宣传部, 自治区党委
# 组织部, 各省): not a ministry though its name ends in 部; not a city or county body the name goes
# on to (广东省东莞市…, 省辖市): those are read by the patterns above
PROVINCE_UNIT_RE = re.compile(r"各?[\u4e00-\u9fff]{0,5}?(?:省|自治区)(?![\u4e00-\u9fff]{0,4}?[市县区](?!场))")
ACTOR_KINDS = frozenset({"enterprise", "grassroots", "social_org"})
# a question that names a unit and asks what it leads or supports (市发改委牵头哪些…, 市财政局配合
# …): among the tasks that could be shown, those where a named unit has the other role (it
# supports where its lead is asked, leads where its support is) keep ROLE_FACTOR of their score;
# a unit only responsible (责任单位) may do either
ROLE_ASKED_RE = re.compile(r"(?<!哪个)(?<!哪些)(?<!什么)(?:局|委|办|厅|中心|政府|部门)(?:要|来)?"
                           r"(牵头|配合|协助)")
ROLE_OTHER = {"牵头": {"support", "assist"}, "配合": {"lead"}, "协助": {"lead"}}
ROLE_FACTOR = 0.7
ACTOR_FACTOR = 0.6
GOVERNMENT_FACTOR = 0.8
# (and a task with no unit at all, for such a question: it keeps this share of its score after
# NO_UNIT_FACTOR)
UNNAMED_FACTOR = 0.8
# (重庆市人民政府, 各区县（自治县）人民政府; not 政府办公室), and the places a text names as their
# governments (各地, 各县（市、区）, 各区县市, 各乡镇: no department)
GOVERNMENT_RE = re.compile(r"政府$|^各(?:地区?|[省市州盟县区旗乡镇级（）()、]+)$")
# a question asking which government (由哪一级政府负责, 归哪级政府, 是哪个政府的事): a task none of whose
# units is a government (GOVERNMENT_RE) keeps ROLE_FACTOR of its score: a body of that government
# (县人民政府森林防火指挥部, 县政府办公室) or one of its departments is not what is asked; not where a
# department of the government is asked (哪一级政府的哪个部门, 哪级政府部门)
GOVERNMENT_ASKED_RE = re.compile(r"(?:哪一?级|哪个|哪家)(?:地方)?(?:人民)?政府"
                                 r"(?!的?(?:哪|什么|何|部门|局|委|办|机关|机构))")
CONTRIBUTOR_FACTOR = 0.5
# a question asking who leads (谁牵头, 归哪个部门牵头) naming no unit: a task whose units state no
# lead (责任单位 only, or a collective told to report) keeps ROLE_FACTOR of its score where a task
# could be shown with the unit that leads the matter
LEAD_ASKED_RE = re.compile(r"牵头(?!单位|部门)|牵头(?:单位|部门)(?:是|为)")
# …unless the clause itself writes that its unit leads (镇信访办要做好牵头协调工作, 由市发改委牵头): the
# role read is 责任单位 where no annotation names a 牵头单位, but the text says who leads; not the
# 牵头单位 / 牵头部门 it names (配合牵头部门…, 报牵头单位), but one it says its unit is (省气象局为牵头单位)
LEAD_WRITTEN_RE = re.compile(r"牵头(?!单位|部门)|(?:为|是)牵头(?:单位|部门)")
# …and a question asking who is in charge (归谁管, 谁主管: :data:`OWNER_ASK_RE`) naming no unit: a task
# whose units only support or assist (配合…开展) keeps ROLE_FACTOR of its score
HELPING_ROLES = frozenset({"support", "assist"})
# …unless the question asks for them (供稿, 谁来写): then it is the tasks owned by no contributor
# that keep CONTRIBUTOR_FACTOR of their score, and the asking words are question words (谁供稿 is
# 谁负责 for a yearbook's topic), not words of the matter
ASKS_CONTRIBUTOR_RE = re.compile(r"供稿|撰稿|交稿|稿件|谁来?(?:撰|编)?写")
# …and, in such a question, the words that name the piece written (年鉴里X的条目 / 那部分谁写): no
# words of the topic
CONTRIBUTOR_PIECE_RE = re.compile(r"(?:这|那)?(?:部分|条目|词条|稿子)")
CONTRIBUTOR_ASK_RE = re.compile(r"(?:由|是)?(?:谁|哪个单位|哪家单位|哪些单位|哪个部门|哪些部门|哪个局)"
                                r"(?:来|负责)?(?:供稿|撰稿|交稿|撰写|编写|写)")
# 主管 where it asks who is in charge (谁主管, 归哪个局主管, 主管部门是哪个): a word of the question
# that the clause designating the body in charge writes (X是…的主管部门). With a level asked (济南
# 县里的…归谁主管) it outweighed the level: the city's designation (济南市文化局是本市…的主管部门) came
# before the counties' body (县（区）文化局…负责…管理). Now a task owned only at another level keeps
# no score for it, and the tasks owned at the level asked have it (:func:`_level_matches`).
# 分管, 监管, 负责管理 and 归口 ask the same (归哪个部门监管, 由谁负责管理, 归口哪个部门): the verb of
# the question is no word of the matter; it is read as 主管 (:func:`_owner_asked`). So is 管 after
# 归谁 / 归哪个部门 (淄博的城建档案工作归哪个部门管: the 档案主管部门 in charge, not the 档案管理机构
# doing the work); not 管理 / 管护 / 管控 / 管制, the verbs of a matter
OWNER_ASK_RE = re.compile(r"(?:谁|归|由|(?:哪个|哪些|哪家|什么)(?:部门|单位|局|委|办|机关|机构))来?"
                          r"(?P<v>主管|分管|监管|归口管理|负责管理)"
                          r"|(?P<w>主管|分管|监管|归口)(?:部门|单位|机关)?是?(?=谁|哪|什么)"
                          r"|归(?:谁|(?:哪个|哪些|哪家|什么)(?:部门|单位|局|委|办|机关|机构))来?(?P<u>管)(?![理控护制])"
                          r"|归(?:谁|(?:哪个|哪些|哪家|什么)(?:部门|单位|局|委|办|机关|机构))(?P<e>负责|)(?=[呢啊？?。]*$)")
# …and a unit named before it (本地幼儿园归哪个部门管, 乡镇卫生院由谁主管, 物业公司的主管部门是谁) is
# what is governed, the object of the matter (:data:`OBJECT_ASKED_RE`), not the body asked about;
# not a unit before 主管哪些 (民政局主管哪些工作: what it governs)
OWNER_OBJECT_RE = re.compile(r"(?:谁|归|由|(?:哪个|哪些|哪家|什么)(?:部门|单位|局|委|办|机关|机构))来?主管"
                             r"|主管(?:部门|单位|机关)是?(?=谁|哪|什么)")
# a clause whose unit 负责…管理 the matter (卫生行政部门负责…碘盐的卫生监督管理工作) is in charge of it
# whether it writes 主管 or not: asked 归哪个部门管 (主管), it has that word (MANAGES_SHARE of it,
# whole as a level asked gives it, :func:`_level_matches`), so a clause that has 主管 only in the
# name of a body doing something else (由省盐业主管机构审定…, 向…盐业主管机构举报的) does not
# outrank it on that word alone
# (由A、B共同管理 / 统一管理 / 归口管理 as well, and 由X管理: 生物制品由…畜牧兽医行政管理部门管理, and 对X的管理:
# 加强对扫除文盲工作的具体管理, not 对X实行…管理; not a 管理办法 or 管理制度 the clause names)
MANAGES_RE = re.compile(r"(?:负责|共同|统一|归口|分级)[^。；;，,]{0,40}?管理(?![办制规细条])"
                        r"|由[^。；;，,]{2,30}?管理(?![办制规细条])"
                        r"|对[^。；;，,]{2,30}?的(?:具体|统一|日常|监督)?管理(?![办制规细条])")
MANAGES_SHARE = 1.0
# 主管 inside a body's name (城乡规划主管部门负责…, 由省盐业主管机构审定): the field's word before
# it, a body's word after; not the designation (X是本市…的主管部门, 为…主管部门) nor the verb (主管…工作).
# A clause writing 主管 only so has not the word a 归谁管 asks: every clause of a text naming its
# 城乡规划主管部门 writes it, the one that 负责…管理 the matter is the one in charge
NAMED_OWNER_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![的是为其])主管(?=部门|机构|机关|单位)")
# …and the name that is the predicate of a copula (X是本市公园行政主管部门, 为本县林业主管部门): the body
# so named is the one the clause designates in charge, as 是…的主管部门 does
DESIGNATED_OWNER_RE = re.compile(r"(?:是|为)[^。；;，,：:、是为]{0,16}?主管(?=部门|机构|机关|单位)")
# a character of the question that no word covers (挖, 养 of 养猪) matches the two-character words
# of the index it starts (挖掘, 养殖): the best of them adds this share of its score to a task that
# matched the question otherwise (it never makes a task look more complete)
LOOSE_WEIGHT = 0.4
LOOSE_CLEAR = 6
# characters that are grammar, not content, when left alone
LOOSE_STOP = frozenset("的是由了在和与及或等对把被将给跟向从以为也都还就要吗呢谁做啥哪么个些找归来去"
                       "中里内外上下")     # (locatives: 年鉴中的, 公路边上)
# a question that names a place (立山区, 海城; a place of the build's documents, by its name or
# short form): tasks of that place (their document's jurisdiction or a place their text names is
# it or lies inside it) keep their score; tasks of a government above it keep PLACE_NEAR of it,
# tasks whose place is not known PLACE_UNKNOWN (they may be of the place, or of any other);
# tasks of other places keep PLACE_ELSEWHERE. Where the place's own documents answer it (a task
# of the place has a word of the question besides the place's), a task whose place is not known
# keeps PLACE_ELSEWHERE too: it is a text of some other place as likely as of this one (a garbled
# copy naming no place, its short clause 区，…主管部门制定 read for 主管, ranked before 济南's
# county bureau for 济南各区县的…由哪个部门主管, 济南's own text answering it). Read for the
# best PLACE_READ tasks only (a bounded cost); the rest count as elsewhere.
PLACE_NEAR = 0.75
PLACE_UNKNOWN = 0.6
PLACE_ELSEWHERE = 0.4
PLACE_READ = 200
PLACE_TAILS = frozenset("省市县区州盟旗镇乡")       # 济南 + 市: the place's name written whole
# (the levels of the gazetteer's divisions, county and up: a place's short form and its level)
DIVISION_TAILS = "省市县区州盟旗"
# a clause opening with the case it narrows the matter to (…位于城镇开发边界外的村庄，由街道办事处…;
# …的，由…): the question writing none of the case's words keeps this share of its score
NARROWED_RE = re.compile(r"(?P<case>[^，,。；;：:]{4,30})的[^，,。；;：:的]{0,6}[，,](?:应当|应)?由")
NARROWED_FACTOR = 0.9
# a condition the question states (有行业主管部门的央企总部) and a task stating its contrary (没有安全生产
# 主管部门的行业…的中央企业总部): the words of the condition that task writes in its contrary count for nothing
# there (it is the case the question leaves out); so too a question's 没有X的 and a task's 有X的 (有没有X的
# asks both: no condition)
HAS_CONDITION_RE = re.compile(r"(?<![没所国拥具占享持未无还])有(?![关些的没无效权])(?P<c>[\u4e00-\u9fff]{2,12}?)的")
HAS_NOT_CONDITION_RE = re.compile(r"(?<!有)(?:没有|尚无|未设立|未设置|未设|不设|无)(?P<c>[\u4e00-\u9fff]{2,16}?)的")
# …and a place the question sets aside (县属企业不在富国街道的…) against a task on what is in it (…所在地为富国街道办事处
# 的，…由县安全生产监督管理部门…负责; not 所在地为富国街道办事处以外的…, the case asked)
NOT_IN_RE = re.compile(r"不(?:在|属于?)(?P<c>[\u4e00-\u9fff]{2,12}?)的")
IS_IN_RE = re.compile(r"(?:(?<!所)在|为|属于?)(?P<c>(?:(?!的)[\u4e00-\u9fff]){2,16}?)(?<!以外)(?<!之外)的")
# a two-character word of the question that a task lacks, when it has a word of the index
# ending in the same character (审查 ~ 检查): this share of the word counts towards the task's coordination
NEAR_SHARE = 0.5
# a word of the question only the task's document title has: this share of it (as a number)
TITLE_SHARE = 0.5
# …and a word only the lead-in of the sentence a clause was cut from writes (落实党风廉政建设责任制，
# 党委负主体责任， of 纪委负监督责任”): nearly all of it. The sentence is the clause's own: what it
# shares with its later clauses is their matter, not a context as a title is; but a clause that
# writes the word itself comes first where the two would tie (乡镇…应设立安全生产委员会 above its
# next clause 负责组织…, whose lead-in writes 设立 for a question 由谁设立)
LEAD_SHARE = 0.9
# the numbers of a question (增长6%): read in the texts of this many best tasks
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
# …and a number written in Chinese numerals before what it counts (三个月, 六十岁, 五个工作日, 十五日):
# the same number as a text writing it in figures (3个月内办复) or as the question does
_CN_NUMERAL = "零〇一二两三四五六七八九十百千"
CN_NUMBER_RE = re.compile(rf"(?<![{_CN_NUMERAL}第])(?P<n>[{_CN_NUMERAL}]+)"
                          r"(?=个(?:月|工作日|小时|季度|星期)|[月日天年周岁人次倍元万亿%])")
NUMBER_READ = 30
LATIN_RE = re.compile(r"[A-Za-z]{2,}")
# postings read per term, best first: the cost of a question is bounded. Lists longer than
# kg.write.search_index.POSTINGS_ORDERED are stored best first; this must not be smaller.
POSTINGS_READ = 2000


@dataclass
class Result:
    task_id: str
    task_text: str
    doc_title: str
    doc_number: Optional[str]
    units: list[dict]
    deadline: Optional[str]
    source: dict
    score: float
    path: str = ""
    mentioned: list[str] = field(default_factory=list)
    posts: list[dict] = field(default_factory=list)   # posts and persons (never units)
    members: list[str] = field(default_factory=list)  # the group's members (联席会议成员单位)
    overseen: list[str] = field(default_factory=list)  # a leader's units (领导分工: 分管, 联系)
    seats: list[dict] = field(default_factory=list)    # a group's people: person, seat (组长), posts
    laws: list[str] = field(default_factory=list)      # laws and rules the task's own text cites
    basis: list[str] = field(default_factory=list)     # those its document gives as its basis

    def as_dict(self) -> dict:
        return {"task_id": self.task_id, "task_text": self.task_text, "doc_title": self.doc_title,
                "doc_number": self.doc_number,
                "units": [{"unit": u["unit"], "role": u["role"], "kind": u["kind"]}
                          for u in self.units],
                "posts": self.posts,
                **({"members": self.members} if self.members else {}),
                **({"overseen": self.overseen} if self.overseen else {}),
                **({"seats": self.seats} if self.seats else {}),
                **({"laws": self.laws} if self.laws else {}),
                **({"basis": self.basis} if self.basis else {}),
                "deadline": self.deadline, "source": self.source, "score": round(self.score, 4)}


def _tiles(word: str, vocab: set) -> list[str]:
    """Shorter vocabulary words that tile ``word`` exactly (燃气管网 -> 燃气, 管网; 人工智能企业
    -> 人工智能, 企业), read from the end (backward maximum matching), else from the start (城市规划
    -> 城市, 规划 where 市规划, one city's name for its planning department, is a word too); []
    when neither tiles it."""
    if len(word) < 4:
        return []
    out, j = [], len(word)
    while j > 0:
        for k in range(min(j, len(word) - 1), 1, -1):
            if word[j - k:j] in vocab:
                out.insert(0, word[j - k:j])
                j -= k
                break
        else:
            break
    else:
        return out
    out, i = [], 0
    while i < len(word):
        for k in range(min(len(word) - i, len(word) - 1), 1, -1):
            if word[i:i + k] in vocab:
                out.append(word[i:i + k])
                i += k
                break
        else:
            return []
    return out


def _cut(text: str, vocab: set, max_word: int) -> list[str]:
    """Forward maximum matching over the index vocabulary; a long word brings the shorter
    words that tile it too (marked ``~word~tile``): the index was cut in jieba's search-engine
    mode, so a task that words the same thing apart (燃气…管网) still meets the question."""
    out, i = [], 0
    while i < len(text):
        for k in range(min(max_word, len(text) - i), 1, -1):
            w = text[i:i + k]
            if w in vocab:
                tiles = _tiles(w, vocab)
                if not tiles and len(w) >= 3 and w[:-1] in vocab:
                    tiles = [w[:-1]]    # 屠宰场 ~ 屠宰(企业): a one-character head word dropped
                if not tiles and k == 2 and text[i + 1:i + 3] in vocab and text[i + 1:i + 3] != w \
                        and "\u4e00" <= text[i] <= "\u9fff":
                    # (盐化|工 of 盐化工: the text may be cut 盐 + 化工, the word its last character
                    # starts; that word stands for it)
                    tiles = [text[i + 1:i + 3]]
                out += [f"{SUB}{w}{SUB}{t}" for t in tiles]
                out.append(w)
                i += k
                break
        else:
            i += 1
    return out


def _loose(text: str, vocab: set, max_word: int) -> list[str]:
    """The characters of ``text`` that the cut of :func:`_cut` leaves out (no vocabulary word
    covers them), grammar characters aside."""
    return [text[i] for i in _loose_at(text, vocab, max_word)]


def _loose_at(text: str, vocab: set, max_word: int) -> list[int]:
    """The positions of :func:`_loose`'s characters in ``text``."""
    out, i = [], 0
    while i < len(text):
        k = next((k for k in range(min(max_word, len(text) - i), 1, -1) if text[i:i + k] in vocab), 0)
        if k:
            i += k
            continue
        # (not the tail of a word the cut read otherwise: 业 of 残疾人就|业, as 就业 is a word)
        if text[i] not in LOOSE_STOP and "\u4e00" <= text[i] <= "\u9fff" \
                and text[i - 1:i + 1] not in vocab:
            out.append(i)
        i += 1
    return out


def _loose_pairs(text: str, vocab: set, max_word: int) -> dict[str, int]:
    """Two loose characters (:func:`_loose_at`) alone in a row -> where they are (a short form:
    农行). Exactly two: in a longer run (新出厂) which two make the word is not known."""
    at = set(_loose_at(text, vocab, max_word))
    return {text[i:i + 2]: i for i in sorted(at)
            if i + 1 in at and i - 1 not in at and i + 2 not in at}


def _loose_runs(text: str, vocab: set, max_word: int, n: int) -> list[str]:
    """Runs of exactly ``n`` loose characters (:func:`_loose_at`) in ``text``: a word the index's
    vocabulary lacks (医共体), read through its bigrams."""
    at = set(_loose_at(text, vocab, max_word))
    return [text[i:i + n] for i in sorted(at)
            if all(i + j in at for j in range(n)) and i - 1 not in at and i + n not in at]


def _initials(text: str, vocab: set, max_word: int, index: SearchIndex) -> list[tuple[str, str, str]]:
    """Words abbreviated by their first characters, the way short names are made (人民防空 ->
    人防, 农业 + 林业 -> 农林), in :func:`_variant_forms`' shape: two words of two characters in
    a row whose first characters make a word of the index (农业林业 -> 农林), and two loose
    characters alone in a row (:func:`_loose_at`) that abbreviate a four-character word of
    the index (:meth:`SearchIndex.spelled_out`: 安监 -> 安全监管, 农行 -> 农业银行)."""
    out = []
    pairs = {text[i] + text[i + 2]: i for i in range(len(text) - 3)
             if text[i:i + 2] in vocab and text[i + 2:i + 4] in vocab and text[i:i + 4] not in vocab}
    for short in index.words(list(pairs)) if pairs else ():
        i = pairs[short]
        out.append((text[i:i + 4], short, text[:i] + short + text[i + 4:]))
    runs = _loose_pairs(text, vocab, max_word)
    for short, longs in index.spelled_out(list(runs)).items() if runs else ():
        i = runs[short]
        out += [(short, w, text[:i] + w + text[i + 2:]) for w in longs]
    return out


# the characters of size and whole (小区, 小组, 总额, 总量) that a compound's second word drops in its
# short form (住宅小区 ~ 住宅区, 领导小组 ~ 领导组, 零售总额 ~ 零售额): :func:`_contractions`
CONTRACTED = "小总"


def _contractions(chunks: list[str], vocab: set, max_word: int, index: SearchIndex) -> list[tuple[str, str, str]]:
    """A word of two words of two characters whose second is written without its :data:`CONTRACTED`
    character, its head alone (住宅小区 ~ 住宅区, 居民小区 ~ 居民区, 用水总量 ~ 用水量), where the index
    has that word: the same thing, in :func:`_variant_forms`' shape. Not a body's name (体育总局 is
    no 体育局), nor another character (行政执法 is no 行政法, 廊坊北站 no 廊坊站)."""
    found = [(c, w) for c in chunks for w in dict.fromkeys(_cut(c, vocab, max_word))
             if len(w) == 4 and w[2] in CONTRACTED and w[:2] in vocab and w[2:] in vocab
             and not _BODY_END_RE.search(w)]
    short = index.words(sorted({w[:2] + w[3] for _c, w in found})) if found else set()
    return [(w, w[:2] + w[3], c.replace(w, w[:2] + w[3])) for c, w in found if w[:2] + w[3] in short]


def _substrings(text: str, lengths) -> list[str]:
    return [text[i:i + k] for k in lengths if k >= 2 for i in range(len(text) - k + 1)]


def parse_question(question: str, index: SearchIndex) -> tuple[list[str], list[str], set[str]]:
    """(words, bigrams, unit ids named) of a question, question words removed."""
    words, grams, units, _alts, _loose_chars, _objects = _parse(question, index)
    return words, grams, units


def _parse(question: str, index: SearchIndex) -> tuple[list[str], list[str], set[str], dict[str, str],
                                                       list[str], set[str]]:
    """:func:`parse_question`, for each word that is another form of a question word (防控 for
    预防控制) the question word it stands for (the two count as one word), the characters
    no word covers (:func:`_loose`), and the units named as the object of the matter
    (:data:`OBJECT_OF_RE`)."""
    q = compact(question)
    units: set[str] = set()
    objects: set[str] = set()
    keys_by_len = index["alias_lens"]
    aliases = index.aliases(_substrings(q, keys_by_len))
    # unit names first (longest match), so 住建局 is read as a unit, not as words
    i = 0
    rest = []
    asked_at = [m.start() for m in OBJECT_ASKED_RE.finditer(q)] \
        + [m.start() for m in OWNER_OBJECT_RE.finditer(q)] + [m.start() for m in CREATED_ASKED_RE.finditer(q)] \
        + [m.start() for m in VERB_ASKED_RE.finditer(q) if _acts_on_the_matter(m.group("verb"))]
    written: list[str] = []
    while i < len(q):
        for k in keys_by_len:
            if k >= 2 and q[i:i + k] in aliases and not _in_longer_word(q, i, index, k) \
                    and not (k == 2 and (_joined_to_matter(q, i, aliases, index)
                                         or _opens_longer_word(q, i, index, k)
                                         and not _DEPARTMENT_AFTER_RE.match(q, i + k))) \
                    and not _field_joined_to_next(q, i, k, aliases):
                office = OFFICE_AFTER_RE.match(q, i + k)
                acted_on = OBJECT_OF_RE.search(q[:i]) or any(a >= i + k for a in asked_at) \
                    or CREATED_AFTER_RE.match(q, i + k) or office
                (objects if acted_on else units).update(aliases[q[i:i + k]].split())
                if office:
                    units.update(_office_of(q[i:i + k], office.group("part"), index))
                if acted_on:
                    # (and its names: 村委会 is the alias of one text's unit, 村民委员会 the
                    # name of the others')
                    written.append(q[i:i + k])
                rest.append(q[i:i + k] + " ")   # keep the name as words too
                i += k
                break
        else:
            rest.append(q[i])
            i += 1
    if written:
        table = index.expansions(written)
        objects.update(written + [f for w in written for f in table.get(w, ())])
    content = CONTRIBUTOR_ASK_RE.sub(" ", "".join(rest))
    # (X有哪些成员单位, X的成员有哪些, X由哪些部门组成: the question's frame, as 哪个部门 is; the
    # group's own task names its members, a clause of 各成员单位 is none)
    content = MEMBERS_FRAME_RE.sub(" ", content)
    if ASKS_CONTRIBUTOR_RE.search(compact(question)):
        content = CONTRIBUTOR_PIECE_RE.sub(" ", content)
    # multi-character question words go before cutting; single characters (的, 是, 由) are left
    # to the cut, which keeps only vocabulary words of two characters or more
    # (a question word's last character that starts a word of the index with the character
    # after it stays: 谁管|理 is 谁 + 管理, the matter 管理 kept)
    asked = [w for w in QUESTION_WORDS if len(w) >= 2 and w in content
             and not (w == "配合" and SUPPORT_VERB_ASKED_RE.search(content))
             and not (w == "负责" and units and DUTIES_ASKED_RE.search(content))]
    # (a question word that starts a longer word of the index with the character after it is
    # no question word there: 工作组 of 应急工作组由谁来建, not 工作 + 组)
    longer = index.words(sorted({w + content[m.end()] for w in asked
                                 for m in re.finditer(re.escape(w), content) if m.end() < len(content)}))
    asked = [w for w in asked if not any(w + content[m.end()] in longer
                                         for m in re.finditer(re.escape(w), content) if m.end() < len(content))]
    joins = {w[-1] + content[m.end()] for w in asked for m in re.finditer(re.escape(w), content)
             if m.end() < len(content)}
    joins = index.words(sorted(joins)) if joins else set()
    for w in asked:
        content = re.sub(re.escape(w) + "(.?)", lambda m: " " + (w[-1] if w[-1] + m.group(1) in joins
                                                                  else "") + m.group(1), content)
    # (a place written whole with its level, 景东县 of 景东县乡镇…: its level closes its name, no
    # start of the next word, 县乡 of 县乡两级; unless the level asks one, 济南区县的 / 景东县城 / 县里.
    # A place named by its full name has its level already, 东山县 of 东山县乡镇…: the space goes after
    # it, not after the character next, 乡 of 乡镇; a short form's level is a division's, never 乡 or
    # 镇: 景东乡镇 is 景东 + 乡镇)
    named = _place_names(q, index)
    full = index.places([key for key, _chains in named]) if named else {}
    for key, _chains in named:
        tail = "" if full.get(key, ((), False))[1] else f"[{DIVISION_TAILS}]"
        content = re.sub(re.escape(key) + tail,
                         lambda m: m.group(0) if any(p.match(content, m.end() - 1) for p in LEVEL_WORDS.values())
                         else m.group(0) + " ", content)
    chunks = [c for c in PUNCT_RE.split(content) if c]
    max_word = index["max_word"]
    # the other forms of the question's words (人防 -> 人民防空, 发改 -> 发展和改革), from the
    # table the index was built with (the unit naming rules and kg/data/abbreviations.tsv)
    lengths = index.get("expansion_lens") or []
    keys = [w for c in chunks for w in _substrings(c, lengths)]
    if 1 in lengths:            # one-character forms of the data file (税 / 税收)
        keys += [ch for c in chunks for ch in c]
    # a word in Latin letters (GDP) is no part of the chunks: it counts through its other forms
    latin = list(dict.fromkeys(w.upper() for w in LATIN_RE.findall(content)))
    table = index.expansions(keys + latin) if lengths else {}
    forms = [f for c in chunks for f in _variant_forms(c, table, lengths)] if table else []
    forms += [(w, alt, alt) for w in latin for alt in table.get(w, ()) if not LATIN_RE.search(alt)]
    alts = [alt for _form, _other, alt in forms]
    # the index vocabulary, read for the substrings of the question (and its other forms) only
    vocab = index.words([w for c in chunks + alts for w in _substrings(c, range(2, max_word + 1))])
    initials = [f for c in chunks for f in _initials(c, vocab, max_word, index)] \
        + _contractions(chunks, vocab, max_word, index)
    if initials:
        forms += initials
        alts += [alt for _form, _other, alt in initials]
        vocab |= index.words([w for _f, _o, alt in initials
                              for w in _substrings(alt, range(2, max_word + 1))])
    words = []
    grams = []
    word_of: dict[str, str] = {}
    loose: list[str] = []
    for chunk in chunks:
        words += _cut(chunk, vocab, max_word)
        grams += bigrams(chunk, "#")
        loose += _loose(chunk, vocab, max_word)
    if alts:
        have_w, have_g = set(words), set(grams)
        plain = [w for w in words if not w.startswith(SUB)]
        first_other: dict[str, str] = {}
        for form, other, alt in forms:
            new = [w for w in dict.fromkeys(_cut(alt, vocab, max_word)) if w not in have_w]
            words += new
            grams += [g for g in dict.fromkeys(bigrams(alt, "#")) if g not in have_g]
            have_w.update(words)
            have_g.update(grams)
            # a new word holding the other form stands for the question word holding the form
            # (防控 for 预防控制; 人民防空工程 for 人防工程)
            rep = next((w for w in plain if form in w or w in form), None)
            holding = [w for w in new if not w.startswith(SUB) and (other in w or w in other)]
            if rep is None and holding:
                # a form no word of the question holds (农行, two loose characters): its other
                # forms (安监 -> 安全监管, 安全监控) are one word of the question, the first
                rep = first_other.setdefault(form, holding[0])
            for w in holding:
                if rep and w != rep:
                    word_of.setdefault(w, word_of.get(rep, rep))
    # two loose characters alone in a row that spell out no word (奖补, which the tasks' cut
    # splits into 奖 / 补 as jieba does not know it): their bigram is the only trace of that
    # word of the question, so it counts as a word (full weight, and towards coordination)
    # rather than as a bigram. Not where the pair is a form the other forms' table writes
    # otherwise (镇街 -> 乡镇, 街道): those words of the question are its trace, one word already
    spelled = {form for form, _other, _alt in initials}
    other_forms = {form for form, _other, _alt in forms}
    for chunk in chunks:
        for pair in _loose_pairs(chunk, vocab, max_word):
            if pair not in other_forms and "#" + pair in grams:
                grams.remove("#" + pair)
                words.append("#" + pair)
        # (three in a row, 医共体 of 县域医共体: its two bigrams are one word of the question, a task
        # scoring the better of them)
        for run in _loose_runs(chunk, vocab, max_word, 3):
            first, second = "#" + run[:2], "#" + run[1:]
            if first in grams and second in grams and not any(run[:2] in f for f in spelled):
                grams.remove(first)
                grams.remove(second)
                words += [first, second]
                word_of[second] = first
    return words, grams, units, word_of, loose, objects


def _office_of(name: str, part: str, index: SearchIndex) -> set[str]:
    """The ids of the office of the body ``name`` whose ``part`` a question asks (:data:`OFFICE_AFTER_RE`:
    开州区…联席会议的办公室 is the unit 开州区联席会议办公室, named by the index as 联席会议办公室): the
    longest ending of the name that, with the part (办公室 for its daily work), names a unit; none
    where no such unit is known."""
    part = "办公室" if part == "日常工作" else part
    found = index.aliases([name[j:] + part for j in range(len(name) - 1)])
    return set(found[max(found, key=len)].split()) if found else set()


def _acts_on_the_matter(verb: str) -> bool:
    """Whether the act a question asks who does (:data:`VERB_ASKED_RE`: 提出 of 联席会议什么时候开由谁提出,
    统一监督管理 of 粤环保工作归哪个部门统一监督管理) makes a unit named before it the matter it is done to,
    not the one asked (the meeting is called, the field is supervised: someone else does it), as the
    verbs acting on others do (:data:`OBJECT_ASKED_RE`). Not a question word (由谁负责, 谁牵头: the unit
    named there may be the one asked, 河长办…归哪个部门牵头), nor bearing a duty (谁负领导责任: who owns
    the matter, a 负责 of its own)."""
    return verb not in QUESTION_WORDS and not verb.startswith("负")


def _set_aside(question: str, index: SearchIndex) -> tuple[str, set[str], list[str]]:
    """(the question without the part it sets aside, the unit ids that part names, its words
    naming units) for a question of :data:`EXCEPT_RE`'s form; else (question, ∅, [])."""
    q = compact(question)
    m = EXCEPT_RE.search(q)
    if not m:
        return question, set(), []
    part = m.group("x") or m.group("y")
    aliases = index.aliases(_substrings(part, index["alias_lens"]))
    ids = {i for key in aliases for i in aliases[key].split()}
    max_word = index["max_word"]
    vocab = index.words(_substrings(part, range(2, max_word + 1)))
    words = [w for w in _cut(part, vocab, max_word) if not w.startswith(SUB) and w not in UNIT_HEADS]
    return q[:m.start()] + "，" + q[m.end():], ids, words


def question_places(question: str, index: SearchIndex) -> list[list[str]]:
    """The places ``question`` names (longest first, left to right), as chains of adcodes from
    the place upwards. A short form (立山 for 立山区) is read only where no longer word of the
    index holds it (大城 of 大城市 is no place)."""
    return _chains_of(_place_names(question, index))


def _chains_of(named: list[tuple[str, list[list[str]]]]) -> list[list[str]]:
    out: list[list[str]] = []
    for _key, chains in named:
        out += [c for c in chains if c not in out]
    return out


def _place_names(question: str, index: SearchIndex) -> list[tuple[str, list[list[str]]]]:
    """(the name as the question writes it, its chains) of each place :func:`question_places`
    reads, left to right."""
    lens = index.get("place_lens") or []
    if not lens:
        return []
    q = compact(question)
    keys = index.places(_substrings(q, lens))
    if not keys:
        return []
    out: list[tuple[str, list[list[str]]]] = []
    i = 0
    while i < len(q):
        for k in lens:
            key = q[i:i + k]
            if key in keys and (keys[key][1] or not _inside_word(q, i, k, keys, index)):
                out.append((key, keys[key][0]))
                i += k
                break
        else:
            i += 1
    return out


def _in_longer_word(q: str, i: int, index: SearchIndex, k: int = 2) -> bool:
    """The ``k`` characters at ``i`` end or stand inside a longer word of the index vocabulary
    that starts before them (建设 of 党风廉政建设: the field a list of departments names
    alone, 发展改革、建设、交通等部门, is there a word of the matter, no unit; 市规划 of 城市规划:
    one city's 市规划、住建部门 named its planning department so, no unit of the question), or a
    longer word of the other forms' table (卫生 of 市容卫生, a form of 市容环境卫生)."""
    spans = [q[a:b] for a in range(max(0, i - 4), i) for b in range(i + k, min(len(q), i + k + 2) + 1)]
    return bool(index.words(spans)) or bool(index.expansions(spans))


# how a unit's name ends (a word of the vocabulary opened by a field's name and ending so is that
# field's body: 交通部门, 财政局)
_BODY_END_RE = re.compile(r"(?:部门|局|委|办|厅|处|科|所|站|中心|机关|机构|单位|政府)$")


def _opens_longer_word(q: str, i: int, index: SearchIndex, k: int = 2) -> bool:
    """The ``k`` characters at ``i`` open a longer word of the index vocabulary that is no body's
    name (应急 of 应急处置, 市政 of 吉林市政协: a field a list of departments names alone, 应急、市政等
    部门, is there the first word of the matter or of another name, no unit of the question); so
    is a longer word of the other forms' table (市容 of 市容卫生, a form of 市容环境卫生)."""
    spans = [q[i:b] for b in range(i + k + 1, min(len(q), i + k + 4) + 1)]
    words = index.words(spans[:2]) | set(index.expansions(spans))
    return any(not _BODY_END_RE.search(w) for w in words)


def _joined_to_matter(q: str, i: int, aliases: dict, index: SearchIndex) -> bool:
    """The two characters at ``i`` are joined by 和/与/及 to a word of the matter before them, the
    longest word of the index vocabulary ending there being no unit's name (建设 of 城市规划和建设:
    the planning and building of the city, not the 建设部门 a list names by its field alone; 发改和
    建设 keeps both units)."""
    if i < 3 or q[i - 1] not in "和与及":
        return False
    before = [q[a:i - 1] for a in range(max(0, i - 9), i - 2)]
    words = index.words(before)
    longest = next((w for w in before if w in words), None)      # (longest first: a runs upward)
    # (a field a list names alone, 城市规划 of 城市规划、工商等部门, is an alias too: joined to a field
    # with no body's name after it, both are the matter)
    return longest is not None and (longest not in aliases
                                    or not _BODY_END_RE.search(longest) and not _BODY_AFTER_RE.match(q[i + 2:]))


# a field's bare name before 部门 (建设部门, 交通主管部门) is that field's department, a unit of the
# question, though a longer word of the vocabulary opens there (建设部, the ministry; round 90's
# 云南防洪工作中，建设部门负什么责 had cut 建设部 / 门 and read no unit)
_DEPARTMENT_AFTER_RE = re.compile(r"(?:行政)?(?:主管|管理)?部门")
# a body's name closing a field joined to another (发改和建设部门: 建设 is a department's field)
_BODY_AFTER_RE = re.compile(r"(?:等)?(?:有关|相关)?(?:行政)?(?:主管|管理)?(?:部门|局|委|办|厅|机关|单位)")


def _field_joined_to_next(q: str, i: int, k: int, aliases: dict) -> bool:
    """The ``k`` characters at ``i``, a field's bare name (城市规划), are joined by 和/与/及 to
    another field's bare name with no body's name after it (城市规划和建设归…): both the matter."""
    if _BODY_END_RE.search(q[i:i + k]) or i + k >= len(q) or q[i + k] not in "和与及":
        return False
    for m in (4, 3, 2):
        nxt = q[i + k + 1:i + k + 1 + m]
        if len(nxt) == m and nxt in aliases:
            if _BODY_END_RE.search(nxt):
                return False    # 公安和民政部门: a body's name joined (not 民政部 of 民政部门)
            return not _BODY_AFTER_RE.match(q[i + k + 1 + m:])
    return False


def _inside_word(q: str, i: int, k: int, keys: dict, index: SearchIndex) -> bool:
    """``q[i:i+k]`` is read as part of other words: a longer word of the index vocabulary (no
    place name) holds it, or a word of two characters crosses its start or its end (大城|市:
    城市, 人|文安: 人文)."""
    spans = [q[a:b] for a in range(max(0, i - 3), i + 1)
             for b in range(i + k, min(len(q), i + k + 3) + 1) if b - a > k]
    spans += [q[i - 1:i + 1]] if i > 0 else []
    spans += [q[i + k - 1:i + k + 1]] if i + k < len(q) else []
    return any(w not in keys for w in index.words(spans))


def _place_factor(own: Optional[list[list[str]]], places: list[list[str]]) -> float:
    """How much of its score a task keeps when the question names ``places`` (see
    :data:`PLACE_NEAR`): ``own`` is the chain of each of the task's own places, None when
    its place is not known."""
    if not own:
        return PLACE_UNKNOWN
    best = PLACE_ELSEWHERE
    for p in places:
        for chain in own:
            if p[0] in chain:
                return 1.0                  # the task's place is the place or lies inside it
            if chain[0] in p:
                best = PLACE_NEAR           # a government above the place
    return best


def _is_county(code: str) -> bool:
    """An adcode of a county-level division (370102, 210381), not of a city (370100) nor of a
    province (370000)."""
    return not code.endswith("00")


def _coordination(matched: float, query_mass: float) -> float:
    return 0.25 + 0.75 * (matched / query_mass) ** 2


def _credit(k: int, add: float, final: dict[int, float], matched: dict[int, float], query_mass: float) -> None:
    """Task ``k`` has ``add`` more of the question's mass (words it lacks but counts as had): its
    score takes the coordination that gains, and ``matched`` keeps the sum."""
    if add:
        m = matched.get(k, 0.0)
        final[k] *= _coordination(m + add, query_mass) / _coordination(m, query_mass)
        matched[k] = m + add


def _unit_level(name: str) -> Optional[str]:
    """"county" for a unit named at the county level or below (县（区）文化局, 各县（市、区）人民
    政府, 区教育局), "city" for one named at the city's (市住建局, 济南市文化局), "province" for a
    province's or an autonomous region's (广东省财政厅, 自治区财政厅, 中共广东省委宣传部), "national"
    for the State's (国务院市场监督管理部门, 国家体育总局, 公安部), None otherwise (各级人民政府).
    A Party body is its committee's level (中共石城县委宣传部: the county's)."""
    if name.startswith("中共") and not name.startswith("中共中央"):
        name = name[2:]
    if PROVINCE_UNIT_RE.match(name):
        return "province"          # (before the county's: 自治区财政厅 is no 区's body)
    if COUNTY_UNIT_RE.match(name):
        return "county"
    if CITY_UNIT_RE.match(name):
        return "city"
    if NATIONAL_UNIT_RE.match(name):
        return "national"
    return None


def _unit_levels(name: str) -> set[Optional[str]]:
    """The levels of government a unit stands at, for the level a question asks: a township's body
    (乡（镇）人民政府, 街道办事处) is the township's, not the county's (县里 asks the county's own
    bodies), though :func:`_unit_level` reads its name as of the county or below; a body of every
    level from the county up (县级以上人民政府民政部门, 旗县级以上…) is the county's and the city's; one
    named for the levels it spans (市县两级应急管理部门) is each of them."""
    if VILLAGE_UNIT_RE.match(name):
        return {"village"}
    if TOWNSHIP_UNIT_RE.match(name):
        return {"township"}
    if SPANNING_UNIT_RE.match(name):
        return {"county", "city"}
    tiers = TIERS_UNIT_RE.match(name)
    if tiers:
        return {TIER_LEVELS[c] for c in tiers.group("tiers") if c in TIER_LEVELS}
    return {_unit_level(name)}


def _level_matches(at_level: set[int], level: str, final: dict[int, float], group_share: dict,
                   matched: dict[int, float], query_mass: float, idf: dict,
                   owner_words: tuple = (), owner_tasks: frozenset = frozenset()) -> None:
    """The words that ask the level (各区县, 县里 of 济南各区县的…谁管理) are had by a task owned at
    that level (县（区）文化局 …) whether its text writes them or not: they count towards its
    coordination, as the name of a city the question names counts for the city's own clause
    that writes it (济南市文化局是…). So is the word that asks who is in charge (``owner_words``:
    主管 of 归谁主管, :data:`OWNER_ASK_RE`) for ``owner_tasks`` (those of a document with no
    clause of the level designating the body in charge): the body owning the matter at the level
    asked is in charge of it whether its clause says 主管部门 or 负责…管理."""
    pat = LEVEL_WORDS[level]
    level_words = [g for g in group_share if pat.fullmatch(g.lstrip("#"))]
    if not level_words:
        # no word of the index asks it (县里, 区里): the level is a word of the question as
        # rare as its rarest word (as a number is), had by the tasks owned at that level
        weight = max((idf.get(g, 0.0) for g in group_share), default=0.0) or 1.0
        for k in final:
            m = matched.get(k, 0.0)
            have = weight if k in at_level else 0.0
            final[k] *= _coordination(m + have, query_mass + weight) / _coordination(m, query_mass)
        owners = [w for w in owner_words if w in group_share]
        for k in owner_tasks if owners else ():
            add = sum(idf.get(w, 0.0) for w in owners if k not in group_share[w])
            if add:
                m = matched.get(k, 0.0) + weight
                final[k] *= _coordination(m + add, query_mass + weight) / _coordination(m, query_mass + weight)
        return
    for k in at_level:
        add = sum(idf.get(g, 0.0) for g in level_words + [w for w in owner_words if w in group_share
                                                          and k in owner_tasks]
                  if k not in group_share[g])
        _credit(k, add, final, matched, query_mass)


def _manager_matches(entries: dict[int, dict], final: dict[int, float], group_share: dict,
                     matched: dict[int, float], query_mass: float, idf: dict, owners: list[str],
                     group_score: dict, raw: dict[int, float]) -> None:
    """The word asking who is in charge (主管) counts MANAGES_SHARE of it towards the
    coordination of a shown clause with a unit that 负责…管理 (:data:`MANAGES_RE`) and does
    not write 主管: with no level asked, the body managing the matter is the one in charge."""
    for k, e in entries.items():
        if not e["units"]:
            continue
        text = compact(e["text"])
        m = matched.get(k, 0.0)
        named = text.count("主管") == _named_owners(text)
        if named:
            # (主管 only in a body's name: the word asked is not had, :data:`NAMED_OWNER_RE`)
            less = sum(group_share[w].get(k, 0.0) for w in owners)
            if less:
                gone = sum(group_score[w].get(k, 0.0) for w in owners)
                final[k] *= (max(raw[k] - gone, 0.0) / raw[k]
                             * _coordination(m - less, query_mass) / _coordination(m, query_mass))
                m = matched[k] = m - less
        if not MANAGES_RE.search(text):
            continue
        add = sum(MANAGES_SHARE * idf.get(w, 0.0) for w in owners if named or k not in group_share[w])
        _credit(k, add, final, matched, query_mass)


def _named_owners(text: str) -> int:
    """How many times ``text`` writes 主管 only inside a body's name (:data:`NAMED_OWNER_RE`), not
    as the name a copula designates (:data:`DESIGNATED_OWNER_RE`: 市城乡建设行政主管部门是本市公园行政
    主管部门 writes the word asked once, in its predicate)."""
    designated = [m.end() for m in DESIGNATED_OWNER_RE.finditer(text)]
    return sum(1 for m in NAMED_OWNER_RE.finditer(text) if m.start() + 2 not in designated)


def _group_named_in(question: str, title: str) -> str:
    """The name of a group (:data:`GROUP_NAME_RE`: 网络市场监管厅际联席会议) that ``question`` writes and
    ``title`` writes whole (the group's own charter, 四川省网络市场监管厅际联席会议制度), as the
    question writes it less 的 (网络市场监管的厅际联席会议); the longest, or ""."""
    best = ""
    for m in GROUP_NAME_RE.finditer(question):
        j = next((j for j in range(m.start()) if question[j:m.end()].replace("的", "") in title), None)
        if j is not None and m.end() - j > len(best):
            best = question[j:m.end()].replace("的", "")
    return best


def _title_matches(entries: dict[int, dict], final: dict[int, float], group_share: dict,
                   matched: dict[int, float], query_mass: float, idf: dict, question: str = "") -> None:
    """A word of the question that a shown task lacks but its document's title writes counts
    TITLE_SHARE of it towards the task's coordination: the title is the context of every task
    of the document (市住建局…抓好督促落实 under a plan for 老旧管网 renewal), weaker than the
    task's own text. The title's words are in the index already; this reaches what its cut
    does not give (a word of two loose characters, 老旧, and a tiled word written apart).
    So is the lead-in of the sentence a clause was cut from (``lead``: 落实党风廉政建设责任制，党委负
    主体责任， of 纪委负监督责任”), the matter its clauses share and the later ones do not repeat,
    at LEAD_SHARE (nine tenths): a word of the clause's own sentence. A word of the name of a group the
    question names (``question``: 网络市场监管的厅际联席会议) counts whole where the title writes that name
    (:func:`_group_named_in`): the document is the group's charter, each of its tasks on that group."""
    for k, e in entries.items():
        # (read as its words were indexed: a mirror's glosses, 创（chuàng）建, are no part of them)
        title = _plain(e["doc_title"] or "")
        lead = _plain(e.get("lead", ""))
        if not title and not lead:
            continue
        named = _group_named_in(question, title) if question else ""
        add = sum((LEAD_SHARE if g.lstrip("#") in lead else 1.0 if g.lstrip("#") in named else TITLE_SHARE)
                  * idf.get(g, 0.0)
                  for g in group_share
                  if k not in group_share[g] and (g.lstrip("#") in title or g.lstrip("#") in lead))
        _credit(k, add, final, matched, query_mass)


def _near_matches(entries: dict[int, dict], final: dict[int, float], group_share: dict,
                  matched: dict[int, float], query_mass: float, idf: dict, index: SearchIndex) -> None:
    """A two-character word of the question that a shown task lacks counts NEAR_SHARE of it
    towards the task's coordination when the task has a word of the index ending in the same
    character (审查 ~ 检查: in such words the last character is the head more often than the
    first, 改革 is no 改造): read for the tasks that could be shown."""
    near = [g for g in group_share if len(g) == 2 and idf.get(g)]
    if not near:
        return
    texts = {k: compact(e["text"]) for k, e in entries.items()}
    wanted: dict[int, list[tuple[str, list[str]]]] = {}
    spans: set[str] = set()
    for k, t in texts.items():
        for g in near:
            if k in group_share[g] or g in t:
                continue
            xs = [t[i:i + 2] for i in range(len(t) - 1)
                  if t[i + 1] == g[1] and t[i] != g[0]]
            if xs:
                wanted.setdefault(k, []).append((g, xs))
                spans.update(xs)
    if not spans:
        return
    vocab = index.words(sorted(spans))
    for k, missing in wanted.items():
        add = sum(NEAR_SHARE * idf[g] for g, xs in missing if any(x in vocab for x in xs))
        if add:
            m = matched.get(k, 0.0)
            final[k] *= _coordination(m + add, query_mass) / _coordination(m, query_mass)


def _cn_number(text: str) -> Optional[str]:
    """A Chinese numeral below 100 000 in figures (三 -> 3, 六十 -> 60, 一百零五 -> 105); None for
    one that is not (十十)."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    units = {"十": 10, "百": 100, "千": 1000}
    total = current = 0
    last_unit = 10 ** 9
    for ch in text:
        if ch in digits:
            current = digits[ch]
        else:
            if units[ch] >= last_unit:
                return None
            total += (current or 1) * units[ch]
            current, last_unit = 0, units[ch]
    return str(total + current)


def _question_numbers(question: str) -> list[tuple[str, ...]]:
    """The numbers of a question, each with the forms a text may write it in: figures (6 of
    增长6%), or a Chinese numeral before what it counts (:data:`CN_NUMBER_RE`: 三 of 三个月, in
    figures 3 or as written)."""
    out = [(n,) for n in NUMBER_RE.findall(question)]
    for m in CN_NUMBER_RE.finditer(question):
        n = _cn_number(m.group("n"))
        if n is not None:
            out.append((n, m.group("n")))
    return list(dict.fromkeys(out))


def _number_matches(numbers: list[tuple[str, ...]], entries: dict[int, dict], final: dict[int, float],
                    matched: dict[int, float], query_mass: float, idf: dict, group_share: dict) -> None:
    """The numbers of the question (增长6%, 3000辆) are words of it too, each as rare as its
    rarest word: a task whose text has the number (not inside a longer one) counts it towards
    its coordination; a number only its document's title has (a plan for the 12345 hotline)
    counts half, the title being the context of every task of the document; a task without
    it, or not read (below the NUMBER_READ best), does not."""
    weight = max((idf.get(g, 0.0) for g in group_share), default=0.0) or 1.0
    total = query_mass + weight * len(numbers)
    pats = [re.compile("|".join(rf"(?<![\d.]){re.escape(n)}(?![\d]|\.\d)" if n[0].isdigit()
                                else rf"(?<![{_CN_NUMERAL}]){re.escape(n)}(?![{_CN_NUMERAL}])" for n in forms))
            for forms in numbers]
    for k in final:
        e = entries.get(k)
        text = compact(e["text"]) if e else ""
        title = compact(e["doc_title"] or "") if e else ""
        have = sum(1.0 if p.search(text) else 0.5 if p.search(title) else 0.0 for p in pats)
        m = matched.get(k, 0.0)
        final[k] *= _coordination(m + weight * have, total) / _coordination(m, query_mass)


def _object_work_matches(names: list[str], entries: dict[int, dict], final: dict[int, float],
                          matched: dict[int, float], query_mass: float, idf: dict, group_share: dict) -> None:
    """The work of the unit the question names as the object (村委会工作谁来指导: the committee's
    work as a whole, 工作 being a question word elsewhere) is a word of the question as rare as
    its rarest word (as a number is): a shown task whose text writes one of the unit's names
    followed by (的)工作 (对村民委员会的工作给予指导) has it; one guiding the unit in a matter of
    its own (指导村民委员会做好传统村落保护) does not."""
    weight = max((idf.get(g, 0.0) for g in group_share), default=0.0) or 1.0
    pat = re.compile("(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + ")的?工作")
    for k in final:
        e = entries.get(k)
        have = weight if e and pat.search(compact(e["text"])) else 0.0
        m = matched.get(k, 0.0)
        final[k] *= _coordination(m + have, query_mass + weight) / _coordination(m, query_mass)


def _variant_forms(text: str, table: dict, lengths) -> list[tuple[str, str, str]]:
    """(form, other form, ``text`` with the form in its other form) for each known word of
    ``text``: the spans :func:`kg.text.variant_spans` finds, as the index writer's."""
    return [(text[i:i + k], alt, text[:i] + alt + text[i + k:])
            for i, k, alt in variant_spans(text, table, lengths)]


def _objects_own(units: list[dict], objects: set[str]) -> bool:
    """The task's owners are the unit the question names as the object (村委会工作谁来指导), or it
    with bodies of its own kind named beside it (居民委员会、村民委员会应当…: what such committees do
    themselves, not who guides them)."""
    def is_object(u: dict) -> bool:
        return u.get("unit_id") in objects or u["unit"] in objects
    kinds = {u.get("kind") for u in units if is_object(u)}
    return bool(kinds) and all(is_object(u) or (u.get("kind") in kinds and u.get("kind")) for u in units)


def _receives_only(text: str, verb: str) -> bool:
    """Whether ``text`` writes ``verb`` (指导 of 谁来指导) and only where its unit receives it
    (:data:`RECEIVES_RE`: 接受其指导和监督, 在…指导下)."""
    if verb not in text:
        return False
    return verb not in RECEIVES_RE.sub("", text)


# a question asking on what law a matter rests (经济普查的法律依据是什么, 依据哪部法规处罚, 根据什么规定,
# 有什么法律依据): the asking words are no words of the matter (法律 would find 法律服务机构), and an
# answer whose own text cites a law (由公安机关根据《…条例》第三十一条…处罚) or whose document states
# its basis (根据《…》…制定) ranks above one with neither
_LAW_WORDS = r"(?:法律法规|法律|法规|规章|条例|规定|政策|文件|法)"
BASIS_ASKED_RE = re.compile(
    r"(?:(?:的|有)?(?:什么|哪些)?(?:法律|法规|政策|法定)依据(?:是什么|是啥|有哪些|是哪部|是哪些|在哪|何在)?"
    r"|(?:的|有)?依据(?:是什么|是啥|有哪些|是哪部|是哪些|在哪|何在)|有(?:什么|哪些)依据)(?=$|[？?。]|吗|呢)"
    r"|(?:依据|根据|按照|依照)(?:的是)?(?:(?:什么|哪部|哪一部|哪条|啥)" + _LAW_WORDS + r"?|(?:哪个|哪些)"
    + _LAW_WORDS + r")(?:的?规定)?"
    r"|(?:是|有)?(?:哪部|哪些|什么|哪个|哪一部)(?:法律法规|法律|法规|条例)(?:里?规定[了的]?)?")
BASIS_CITED_FACTOR = 1.3        # the answer's own text cites a law
BASIS_OF_DOCUMENT_FACTOR = 1.1  # its document states its basis


def _basis_asked(question: str) -> tuple[str, bool]:
    """(the question without the words asking the legal basis, whether it asks it)."""
    q = compact(question)
    rest = BASIS_ASKED_RE.sub("", q)
    return (rest, True) if rest != q and rest else (question, False)


def _owner_asked(question: str) -> tuple[str, bool]:
    """(the question with the verb asking who is in charge written 主管, whether it asks that):
    归哪个部门监管, 由谁负责管理, 归口哪个部门 ask what 归谁主管 asks (:data:`OWNER_ASK_RE`)."""
    q = compact(question)
    m = OWNER_ASK_RE.search(q)
    if not m:
        return question, False
    v = next(g for g in ("v", "w", "u", "e") if m.group(g) is not None)
    return q[:m.start(v)] + "主管" + q[m.end(v):], True


def _clauses_stand_for_articles(entries: dict[int, dict], final: dict[int, float]) -> None:
    """An article with nobody of its own (its whole line, no unit: 县级以上人民政府应当保障…经费。
    民办学校…) ranked above its best duty clause that names an owner: the clause is the answer
    the article holds, so the two swap their scores (and the article, shown after its clause, is
    left out as before). The article's words are the clause's context: the whole line matching
    more of the question says which clause is meant, not that nobody owns it. Done before the
    clauses' roles and levels are weighed, so a clause whose unit only helps (归谁管) or stands at
    another level than the one asked keeps its share of the article's score as of its own."""
    articles = {e["task_id"]: k for k, e in entries.items()
                if not e["units"] and not e.get("members")}
    if not articles:
        return
    best: dict[int, int] = {}       # article -> its best-scoring clause with units
    for k, e in entries.items():
        if not e["units"]:
            continue
        tid = e["task_id"]
        while "/" in tid:
            tid = tid.rsplit("/", 1)[0]
            a = articles.get(tid)
            if a is not None:
                if a not in best or (final[k], -k) > (final[best[a]], -best[a]):
                    best[a] = k
                break
    for a, k in best.items():
        if final[a] > final[k]:
            final[k], final[a] = final[a], final[k]


def _paragraphs_and_their_clauses(entries: dict[int, dict], final: dict[int, float]) -> None:
    """A paragraph with owners of its own (a plan's item and the units its annotation lists,
    市财政局 first) ranked below a duty clause cut from its text whose owners are all of that list
    (各县（市、区）要落实…保障…资金投入): the paragraph, its whole list with the one leading, is the
    answer the clause is part of, so the two swap their scores, as an article with nobody of its
    own gives its score to its clause (:func:`_clauses_stand_for_articles`). A clause naming a doer
    the list does not (各县（市、区）政府残疾人工作委员会要…) is left where it ranks: the set's
    questions ask the list's units at least as often (measured: the swap the other way lost more
    than it won); an item under a heading is no clause of the heading's text."""
    names = {k: {u["unit"] for u in e["units"]} for k, e in entries.items() if e["units"]}
    by_id = {entries[k]["task_id"]: k for k in names if not entries[k].get("members")}
    best: dict[int, int] = {}       # paragraph -> its best clause owned within its list
    for k, own in names.items():
        tid = entries[k]["task_id"]
        if not DUTY_CLAUSE_ID_RE.search(tid):
            continue
        p = by_id.get(tid.rsplit("/", 1)[0])
        if p is None or not own <= names[p] or not _holds(entries[p]["text"], entries[k]["text"]):
            continue
        if p not in best or (final[k], -k) > (final[best[p]], -best[p]):
            best[p] = k
    for p, k in sorted(best.items()):
        if final[k] > final[p]:
            final[k], final[p] = final[p], final[k]


def _contrary_conditions(cq: str, entries: dict[int, dict], final: dict[int, float], before: dict[int, float],
                         group_score: dict, group_share: dict, forms: dict[str, set[str]],
                         matched: dict[int, float], query_mass: float) -> None:
    """A task stating the contrary of the question's condition (有X的 asked, 没有X的 written, or the
    converse; 不在X的 asked, 在X的 / 为X的 written) keeps no score for the words of the condition it
    writes there (HAS_CONDITION_RE, HAS_NOT_CONDITION_RE, NOT_IN_RE, IS_IN_RE)."""
    asked = [(HAS_NOT_CONDITION_RE, m.group("c")) for m in HAS_CONDITION_RE.finditer(cq)] \
        + [(HAS_CONDITION_RE, m.group("c")) for m in HAS_NOT_CONDITION_RE.finditer(cq)] \
        + [(IS_IN_RE, m.group("c")) for m in NOT_IN_RE.finditer(cq)]
    for contrary, condition in asked:
        # (the condition's words, their forms and the bigrams it writes: #主管 of 行业主管部门)
        groups = [g for g in group_score if any(len(f) >= 2 and f in condition for f in forms.get(g, {g.lstrip("#")}))]
        if not groups:
            continue
        for k, e in entries.items():
            if not before.get(k):
                continue
            phrases = [m.group("c") for m in contrary.finditer(compact(e["text"]))]
            out = [g for g in groups if k in group_score[g]
                   and any(len(f) >= 2 and f in p for p in phrases for f in forms.get(g, {g.lstrip("#")}))]
            if not out:
                continue
            less = sum(group_score[g][k] for g in out)
            m = matched.get(k, 0.0)
            less_mass = sum(group_share.get(g, {}).get(k, 0.0) for g in out)
            final[k] *= (max(before[k] - less, 0.0) / before[k]) \
                * _coordination(m - less_mass, query_mass) / _coordination(m, query_mass)
            matched[k] = m - less_mass


def _duty_before_sanction(text: str, matter: list[str]) -> bool:
    """Whether a clause read as a sanction (:data:`SANCTION_RE`) opens with a duty of its own that
    writes a word of the matter asked: its first part, before any comma, is no case (it does not
    end in 的) and holds the word (加强现场执法检查，发现有燃烧行为的，责令立即停止: the unit checks, and
    sanctions what it finds; 未设置提示标识的，由公安机关责令改正 opens with the case)."""
    first = re.split(r"[，,]", text, maxsplit=1)[0]
    return not first.endswith("的") and any(w in first for w in matter)


def _holds(paragraph: str, clause: str) -> bool:
    """Whether a paragraph's text writes its clause's (punctuation aside): a clause cut from a line
    the paragraph's text does not hold (an item's 整改要求 on the next line, read as its annotation)
    is no part of what the paragraph says."""
    bare = lambda text: PUNCT_RE.sub("", _plain(text))
    return bare(clause) in bare(paragraph)


def _plain(text: str) -> str:
    """A task's text as its words are compared: simplified, without glosses or spaces."""
    return compact(unglossed(normalise(text), after_han=True))


def _words_of_other_doers(entries: dict[int, dict], final: dict[int, float], before: dict[int, float],
                          group_share: dict, group_score: dict, forms: dict[str, set[str]],
                          matched: dict[int, float], query_mass: float) -> None:
    """A paragraph holding a duty clause whose doers are none of its own (城中区生态环境局 一是…
    二是配合…核查…。针对“南酉山村垃圾转运站运转不及时”问题，城中区政府责成办事处及村委立行立改…):
    what the clause says is done by its doers, so the question's words the paragraph writes only in
    that clause, or in another sentence naming those doers, are not the paragraph's owner's: it
    keeps no score for them (their share of its score before coordination, and their idf mass),
    and the clause, which has them, ranks on its own. A clause whose owners are among the
    paragraph's (a plan's item and its annotation's list) is the paragraph's own
    (:func:`_paragraphs_and_their_clauses`), and so is a clause of a paragraph whose owners an
    annotation names (一是…二是 aside): the annotation's units answer for the whole item, what its
    sentences have others do included (吉林's 有关部门要做好… under the 发展改革委's lead)."""
    names = {k: {u["unit"] for u in e["units"]} for k, e in entries.items() if e["units"]}
    by_id = {entries[k]["task_id"]: k for k in names}
    others: dict[int, list[int]] = {}
    for k, own in sorted(names.items()):
        tid = entries[k]["task_id"]
        if not DUTY_CLAUSE_ID_RE.search(tid):
            continue
        p = by_id.get(tid.rsplit("/", 1)[0])
        if p is not None and not own & names[p] and (INLINE_ITEM_RE.search(entries[p]["task_id"]) or all(
                u.get("via") == "prose" for u in entries[p]["units"])):
            others.setdefault(p, []).append(k)
    for p, clauses in sorted(others.items()):
        text = _plain(entries[p]["text"])
        for k in clauses:
            text = text.replace(_plain(entries[k]["text"]), "。")
        doers = {compact(u) for k in clauses for u in names[k]}
        rest = "。".join(s for s in re.split(r"[。；;]", text) if not any(d in s for d in doers))
        less = drop = 0.0
        for g, share in group_share.items():
            if p in share and not any(f in rest for f in forms.get(g, {g})):
                less += share[p]
                drop += group_score[g].get(p, 0.0)
        if less and before.get(p):
            m = matched.get(p, 0.0)
            final[p] *= (max(before[p] - drop, 0.0) / before[p]) \
                * _coordination(m - less, query_mass) / _coordination(m, query_mass)
            matched[p] = m - less


DUTY_PATH_RE = re.compile(r"^(?P<parent>.*)/duty(?P<n>\d+)$")
SENTENCE_NEAR = 3        # (entries read either side of one for its sentence's next clause)


def _writes_act(text: str, verb: str) -> bool:
    """Whether a clause writes the act asked (or its last word), and not only as what its unit
    has others do (督促各地制定…)."""
    return (verb in text or verb[-2:] in text) and not (
        verb in text and verb not in re.sub(OTHERS_DO + re.escape(verb), "", text))


def _sentence_writes_the_act(entries: dict[int, dict], final: dict[int, float], verb: str,
                             index: SearchIndex) -> None:
    """A sentence cut into clauses (开发区外行政执法部门对开发区内企业进行检查，应当与开发区管委会取得
    联系，开发区管委会应当积极给予配合): its matter is written once, in its first clause, and the
    act asked (谁来配合) in the next. The clause writing the act takes the score the clause before
    it in the same sentence (the duty before it of one item, on one line) had before that one lost
    VERB_MISSING_FACTOR for not writing the act at all: that clause's matter is its own too. (The index
    writes a document's entries in order, so the neighbour is a few entries away; it may have too
    little of the matter's words to be among the entries read.)"""
    def duty(path: str, file, line):
        m = DUTY_PATH_RE.match(path or "")
        return (m.group("parent"), file, line, int(m.group("n"))) if m else None
    lacking = {}
    for j, e in entries.items():
        d = duty(e.get("path"), e["source"].get("file"), e["source"].get("line"))
        text = compact(e["text"])
        if e["units"] and d and verb not in text and verb[-2:] not in text:
            # (a clause having others do the act, 负责组织县级编制…, writes it: not this case)
            lacking[(d[0], d[1], d[2], d[3] + 1)] = final[j]
    if not lacking:
        return
    near = sorted({k for j in entries for k in range(j - SENTENCE_NEAR, j + SENTENCE_NEAR + 1) if k >= 0})
    for k, (file, line, task_id) in sorted(index.where(near).items()):
        d = duty(task_id.split(":", 1)[-1], file, line)
        if d not in lacking:
            continue
        e = entries.get(k) or index.entry(k)
        if e["units"] and _writes_act(compact(e["text"]), verb):
            entries[k] = e
            final[k] = max(final.get(k, 0.0), lacking[d] / VERB_MISSING_FACTOR)


def _words_before(q: str, words: list[str], group_share: dict, at: int) -> list[tuple[int, str]]:
    """(where, word) of each word of the matter (``group_share``'s) that ``q`` writes whole before ``at``."""
    out = []
    for w in dict.fromkeys(words):
        i = q.rfind(w, 0, at)
        if w in group_share and i >= 0 and i + len(w) <= at:
            out.append((i, w))
    return out


def _last_word(before: list[tuple[int, str]]) -> str:
    """The word of :func:`_words_before` that ends last (the longest of those ending there)."""
    return max(before, key=lambda x: (x[0] + len(x[1]), len(x[1])))[1]


def _matter_head(q: str, words: list[str], group_share: dict) -> Optional[str]:
    """The head of the matter a question asks about: its last word before the asking words
    (消防安全 of 电动车充电的消防安全归哪个部门管; a modifier comes before its head), where the
    matter has more than one word; None otherwise."""
    ask = ASKING_RE.search(q)
    if not ask:
        return None
    before = _words_before(q, words, group_share, ask.start())
    return _last_word(before) if len(before) >= 2 else None


def who_owns(question: str, out: Path = Path("exports"), limit: int = 5) -> list[Result]:
    """The best-matching tasks for a question, best first (empty when nothing matches).

    Each term's postings are read best first, at most :data:`POSTINGS_READ` of them, so a
    question costs about the same on any size of build; below that many tasks per term the
    ranking is exact BM25."""
    index = load_index(Path(out))
    asked, set_aside, aside_words = _set_aside(question, index)
    asked, basis_asked = _basis_asked(asked)
    asked, owner_asked = _owner_asked(asked)
    words, grams, units, word_of, loose, objects = _parse(asked, index)
    named_places = _place_names(question, index)
    # (a place named before the level is where it is asked: 济南县里 as 济南的县里; a city's name
    # before 区 is its urban area, the city asked: 玉林市区里 as 玉林的市区里, not 玉林市的区里)
    level_q = compact(question)
    for key, _chains in named_places:
        if key.endswith("市"):
            level_q = re.sub(re.escape(key) + "(?=区(?![县划域级]))", key[:-1] + "的市", level_q)
        level_q = level_q.replace(key, key + "的")
    level_asked = next((lv for lv, pat in LEVEL_ASKED if pat.search(level_q)), None)
    tiles: dict[str, list[str]] = {}
    for w in words:
        if w.startswith(SUB):
            whole, tile = w[len(SUB):].split(SUB, 1)
            tiles.setdefault(whole, []).append(tile)
    words = [w for w in words if not w.startswith(SUB)]
    avgdl = index["avgdl"] or 1.0
    idf = index.idf(words + grams + [t for ts in tiles.values() for t in ts])
    has_units: dict[int, int] = {}

    def term_scores(term: str, posted: Optional[str] = None) -> dict[int, float]:
        """BM25 of ``term`` for the first POSTINGS_READ entries holding it (best first); with
        ``posted``, of the entries posted under that term instead (the word's idf)."""
        got: dict[int, float] = {}
        t_idf = idf.get(term)
        if t_idf is None:
            return got
        for k, tf, dl, h in index.postings(posted or term, POSTINGS_READ):
            got[k] = t_idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))
            has_units[k] = h
        return got
    # a word and its other forms are one word of the question: a task scores the best of them
    group_score: dict[str, dict[int, float]] = {}
    group_share: dict[str, dict[int, float]] = {}
    query_mass = sum(idf.get(w, 0.0) for w in set(words) if w not in word_of) or 1.0
    for term in sorted(set(words)):
        group = word_of.get(term, term)
        gs = group_score.setdefault(group, {})
        gm = group_share.setdefault(group, {})
        qtf = words.count(term)
        whole = term_scores(term)
        if len(term) == 4 and tiles.get(term) or len(term) == 2 or len(term) == 3 and term[0] == "#":
            # (written as its two words joined, 保护与管理 for 保护管理: the word, whole; two loose
            # characters, 牌证, written as two words of one character, 非机动车牌、证)
            for k, s in term_scores(term, JOINED + term.lstrip("#")).items():
                whole[k] = max(whole.get(k, 0.0), s)
        # a word matches whole, or through the words that tile it (燃气管网 ~ 燃气…管网) at
        # SUB_WEIGHT: word order and words in between cost little
        parts = [term_scores(t) for t in tiles.get(term, [])]
        for k in sorted(set(whole).union(*parts)) if parts else whole:
            have = [p[k] for p in parts if k in p]
            via_parts = SUB_WEIGHT * sum(have) if len(have) == len(parts) else 0.0
            s = max(whole.get(k, 0.0), via_parts)
            if s <= 0.0:
                continue
            gs[k] = max(gs.get(k, 0.0), qtf * s)
            share = 1.0 if k in whole else SUB_WEIGHT
            gm[k] = max(gm.get(k, 0.0), share * idf.get(group, idf.get(term, 0.0)))
    scores: dict[int, float] = {}
    matched: dict[int, float] = {}       # idf mass of the distinct query words a task has
    # the words naming a place the question names (济南 of 济南的养老服务…): the place filters
    # (_place_factor), it is not the matter asked. A task that has nothing else of the question
    # (no other word, no other bigram) keeps no score for them: a clause of 济南 on another
    # matter is no answer, and it ranked before the matter's clause of another place, as the
    # place filter made it
    place_keys = [key for key, _chains in named_places]
    in_place = (lambda w: any(w in key or (w.startswith(key) and len(w) == len(key) + 1
                                           and w[-1] in PLACE_TAILS) for key in place_keys))
    place_groups = {g for g in group_score if in_place(g.lstrip("#"))}
    place_part: set[int] = set()            # the tasks that have a word or bigram of the place
    topic: set[int] = set()
    worded: set[int] = set()                # …and those that have a word of it besides the place's
    for group in sorted(group_score):
        for k, s in group_score[group].items():
            scores[k] = scores.get(k, 0.0) + s
            matched[k] = matched.get(k, 0.0) + group_share[group].get(k, 0.0)
            if group in place_groups:
                place_part.add(k)
            else:
                topic.add(k)
                worded.add(k)
    gram_score: dict[str, dict[int, float]] = {}
    for term in sorted(set(grams)):
        qtf = grams.count(term)
        on_place = bool(place_keys) and in_place(term[1:])
        for k, s in term_scores(term).items():
            scores[k] = scores.get(k, 0.0) + BIGRAM_WEIGHT * qtf * s
            gram_score.setdefault(term, {})[k] = BIGRAM_WEIGHT * qtf * s
            if on_place:
                place_part.add(k)
            else:
                topic.add(k)
    if place_part and topic and len(place_groups) < len(group_score) and not level_asked:
        for k in [k for k in place_part if k not in topic]:
            del scores[k]               # (all it had is the place's)
    # the word asking who is in charge (主管), and the scores of the tasks having it before
    # coordination (a task of another level than the one asked keeps none of it, below)
    owners = ["主管"] if owner_asked and "主管" in group_score else []
    raw = {k: scores[k] for w in owners for k in group_score[w] if k in scores}
    before = dict(scores)
    # coordination: a task holding all the (rare) words of the question beats one that
    # repeats a single common word many times
    for k in scores:
        scores[k] *= _coordination(matched.get(k, 0.0), query_mass)
    # a loose character through the words it starts (养 of 养猪: 养殖): the best one, a share
    compounds = index.compounds(loose) if loose else {}
    extra = sorted({w for ws in compounds.values() for w in ws} - set(words))
    if extra:
        idf.update(index.idf(extra))
        best: dict[str, dict[int, float]] = {}
        for term in extra:
            for k, s in term_scores(term).items():
                b = best.setdefault(term[0], {})
                b[k] = max(b.get(k, 0.0), s)
        for head in sorted(best):
            # a character that starts many words says less which one it means (建: 建立,
            # 建设, 建筑 …): its share shrinks with their number
            weight = LOOSE_WEIGHT * min(1.0, LOOSE_CLEAR / len(compounds[head]))
            for k, s in best[head].items():
                if k in scores:
                    scores[k] += weight * s
    owned = index.owned(units) if units else {}
    if units:
        for k in scores:
            if k in owned:
                scores[k] += UNIT_BOOST * owned[k]
        # tasks the named units own that match no word: the first ones in (file, line) order
        for uid in sorted(units):
            for k in index.unit_entries(uid, POSTINGS_READ):
                if k not in scores:
                    scores[k] = UNIT_BOOST * owned[k]
                    has_units[k] = 1
    places = _chains_of(named_places)
    above_county: set[int] = set()      # tasks of a government above a county the question names
    if places and scores:
        read = sorted(scores, key=lambda k: (-scores[k], k))[:PLACE_READ]
        own = index.entry_places(read)
        counties = [p for p in places if _is_county(p[0])]
        factors = {k: _place_factor(own.get(k), places) for k in read}
        answered = any(f == 1.0 and k in worded for k, f in factors.items())
        for k in scores:
            factor = factors.get(k, PLACE_ELSEWHERE)
            if factor == PLACE_UNKNOWN and answered:
                factor = PLACE_ELSEWHERE
            scores[k] *= factor
            if factor == PLACE_NEAR and counties and any(
                    chain[0] in p for p in counties for chain in own.get(k, ())):
                above_county.add(k)
    cquestion, cq = compact(question), compact(asked)
    # (the places named are cities only, and the question writes no county: 濮阳…归哪个局管)
    city_only = bool(places) and all(p[0].endswith("00") and not p[0].endswith("0000") for p in places) \
        and "县" not in cquestion
    # (a group's task, its members and no owner: an answer when the question asks the members)
    members_asked = MEMBERS_ASKED_RE.search(cq) is not None
    final = {k: (s * NO_UNIT_FACTOR if not (has_units.get(k) == 1 or members_asked and has_units.get(k) == 2)
                 else s) for k, s in scores.items()}
    if not final:
        return []
    entries: dict[int, dict] = {}
    asks_department = ASKS_DEPARTMENT_RE.search(cquestion) is not None
    plural_asked = PLURAL_ASKED_RE.search(cquestion) is not None
    section = SECTION_ASKED_RE.search(cquestion)
    section_heads = SECTION_HEADS[section.group("head")] if section else ()
    asks_contributor = ASKS_CONTRIBUTOR_RE.search(cquestion) is not None
    asks_sanction = ASKS_SANCTION_RE.search(cquestion) is not None
    role_asked = ROLE_ASKED_RE.search(cquestion) if units else None
    # (the lead is asked whether or not the question names a unit, unless it asks what that unit
    # leads, 市金融办牵头哪些…: a body named in the matter, 气象 of 青海生态气象示范省建设谁牵头, or the
    # group led, is no answer for being named)
    lead_asked = not role_asked and LEAD_ASKED_RE.search(cquestion) is not None
    government_asked = GOVERNMENT_ASKED_RE.search(cquestion) is not None
    verb_asked = next((m.group("verb") for m in OBJECT_ASKED_RE.finditer(cquestion)), None)
    # (the office of a body named, 联席会议的办公室放在哪个部门: a clause writing no office cannot say where)
    office_parts = {m.group("part") for m in OFFICE_AFTER_RE.finditer(cq)
                    if any(cq.endswith(o, 0, m.start()) for o in objects if not UNIT_ID_RE.fullmatch(o))}
    if office_parts:
        office_parts.add("办公室")
    other_roles = ROLE_OTHER[role_asked.group(1)] if role_asked else set()
    subject: dict[str, int] = {}         # the words naming the one it opens with -> where
    if not units and SUBJECT_DUTY_RE.search(cq) and not WHO_ASKED_RE.search(cq):
        start = 0           # (after the places it opens with: 巴南区镇街防灾工作站…)
        for key, _chains in named_places:
            if cq.startswith(key, start):
                start += len(key) + (cq[start + len(key):start + len(key) + 1] == "的")
        lead = {w: cq.find(w, start) for w in dict.fromkeys(words)
                if len(w) >= 2 and start <= cq.find(w, start) <= start + SUBJECT_AT
                and w not in UNIT_HEADS and not re.match(r"各|本", w)}
        # (a word's other forms and the words that tile it stand where it stands: 国企 / 国有企业,
        # 电视台 / 电视)
        subject = {**lead, **{w: lead[rep] for w, rep in word_of.items() if rep in lead},
                   **{t: at for w, at in lead.items() for t in tiles.get(w, ()) if t not in UNIT_HEADS}}
    # (read for the tasks that could be shown)
    numbers = _question_numbers(cquestion)
    # (as many for one result as for ten: the first of a ranking is that of a longer one; a
    # clause the level asked lifts may stand below the twelfth before it is read)
    shown = max(4 * max(limit, 10), NUMBER_READ if numbers else 0)
    at_level: set[int] = set()
    top = sorted(final, key=lambda k: (-final[k], k))[:shown]
    for k in top:
        entries[k] = index.entry(k)
    _clauses_stand_for_articles(entries, final)
    _paragraphs_and_their_clauses(entries, final)
    # (a group's forms as a text writes them: its words, their other forms, the words tiling them)
    forms: dict[str, set[str]] = {}
    for term, group in [(w, word_of.get(w, w)) for w in words] + [(g, g) for g in group_score]:
        forms.setdefault(group, {group.lstrip("#")}).add(term.lstrip("#"))
    _words_of_other_doers(entries, final, before, group_share, group_score, forms, matched, query_mass)
    # (the tasks whose owner's name holds the most of those words, the earliest first: 防灾应急工作站
    # for 镇街防灾工作站, not 各镇街; 电视媒体 for 电视台收到气象警报…, not 气象主管部门)
    def naming(name: str) -> tuple[int, int]:
        have = [at for w, at in subject.items() if w in name]
        return (len(have), -min(have)) if have else (0, 0)
    named = {k: max((naming(u["unit"]) for u in entries[k]["units"]), default=(0, 0))
             for k in top} if subject else {}
    most = max(named.values(), default=(0, 0))
    named_subject = {k for k, n in named.items() if n[0] and n == most}
    if units and SUBJECT_DUTY_RE.search(cq) and not WHO_ASKED_RE.search(cq):
        # (a unit the question names, read as such: the tasks it owns, or owned by a body its
        # name names in another text, 乡镇 of 乡（镇）人民政府)
        found = index.aliases(_substrings(cq, index["alias_lens"]))
        keys = [a for a, ids in found.items() if units & set(ids.split())]
        named_subject = {k for k in top if k in owned or any(
            a in re.sub(r"[（）()]", "", u["unit"]) for a in keys for u in entries[k]["units"])}
    # (the words of the matter as a text writes them: its words and their other forms, place aside)
    matter_forms = [f for g in group_score if g not in place_groups
                    for f in {g.lstrip("#"), *(t.lstrip("#") for t, rep in word_of.items() if rep == g)} if len(f) >= 2]
    for k in top:
        e = entries[k]
        contributed = [u.get("role") == "contributor" for u in e["units"]]
        if e["units"] and (all(contributed) if not asks_contributor else not any(contributed)):
            # a yearbook's topic and the unit that writes it up (供稿): not who owns the matter;
            # and when the question asks who writes a topic up, the owners of matters are not
            final[k] *= CONTRIBUTOR_FACTOR
        if lead_asked and e["units"] and not any(u.get("role") == "lead" for u in e["units"]) \
                and not LEAD_WRITTEN_RE.search(compact(e["text"])):
            final[k] *= ROLE_FACTOR
            if all(u.get("kind") == "group" and (u.get("unit_id") in units or _group_named_in(cq, u["unit"]))
                   for u in e["units"]):
                # (…联席会议哪个局牵头: the group the question names is led, its own duties say not by whom)
                final[k] *= ROLE_FACTOR
        elif owner_asked and not units and e["units"] and all(u.get("role") in HELPING_ROLES
                                                              for u in e["units"]):
            # 归谁管 asks who is in charge: a clause whose units only help the one in charge
            # (民族事务主管部门…配合文化主管部门开展…) is not it
            final[k] *= ROLE_FACTOR
        if named_subject and e["units"] and k not in named_subject:
            # (the one the question opens with owns another clause: 国企…有什么要求)
            final[k] *= ROLE_FACTOR
        if asks_department and not e["units"] and not e.get("members"):
            # a question for a department: a line that names nobody (a duty list's item whose
            # heading the excerpt cut) cannot say which
            final[k] *= UNNAMED_FACTOR
        if plural_asked and len(e["units"]) == 1 and not SEVERAL_RE.search(e["units"][0]["unit"]) \
                and e["units"][0].get("kind") != "group":
            # 哪些部门 asks several: one body alone answers a part (a group's task names its members)
            final[k] *= ROLE_FACTOR
        if section_heads and e["units"] and not any(u["unit"].endswith(section_heads) for u in e["units"]):
            # a section asked (哪个科): the office holding it, or another body, is not it
            final[k] *= SECTION_FACTOR
        if asks_department and e["units"] and all(u.get("kind") in ACTOR_KINDS for u in e["units"]):
            # a question for a department: tasks owned only by actors outside government
            final[k] *= ACTOR_FACTOR
        elif government_asked and e["units"] and not any(GOVERNMENT_RE.search(u["unit"]) for u in e["units"]):
            # a government asked (哪一级政府): a body of it, or a department, is not it
            final[k] *= ROLE_FACTOR
        elif asks_department and e["units"] and all(GOVERNMENT_RE.search(u["unit"]) for u in e["units"]):
            # …and tasks owned only by governments (人民政府应当加强对…工作的领导): the government
            # leads, its departments do the work asked about
            final[k] *= GOVERNMENT_FACTOR
        levels = {lv for u in e["units"] for lv in _unit_levels(u["unit"])} \
            | {level_asked for u in e["units"] if level_asked and LOCAL_UNIT_RE.match(u["unit"])}
        if level_asked in ("township", "village") and e["units"] and levels == {None}:
            # (no unit's name gives its level: the extent its clause states, 协调全镇…, 各村委会成立…)
            levels = {next((lv for lv, pat in TEXT_LEVELS if pat.search(compact(e["text"]))), None)}
        if city_only and not level_asked and levels - {None} == {"county"}:
            # a city named and no lower level asked (濮阳农村生活垃圾治理归哪个局管): the city's own
            # bodies, not its text's clause on what its counties' bodies do (县（区）人民政府…主管部门
            # 负责本行政区域内…), as far as a government above the place named is
            final[k] *= PLACE_NEAR
        if k in above_county and "county" in levels and "city" not in levels:
            # a county named (历下区的…) and a city's text on what its counties' bodies do
            # (县（区）文化局负责本行政区域内…): the named county's own body, not the city above it
            final[k] /= PLACE_NEAR
        if level_asked == "local" and e["units"]:
            if levels - {None} == {"national"}:
                final[k] *= PLACE_NEAR      # the State's own body, where a local one is asked
        elif level_asked and e["units"]:
            if level_asked not in levels and levels - {None} and level_asked != "village":
                # (村里 asks the village's own, and no government is the village's: 村里的公路归哪个
                # 部门管 asks a county's department; so no level is put further than it)
                # the question asks the city's body (市里) or the counties' (各区县): a task
                # owned only at the other level is as far as a government above or below
                final[k] *= PLACE_NEAR
                if k in raw:
                    # …and its clause designating its own level's body in charge (济南市文化局是
                    # 本市…的主管部门) has no 主管 of the level asked
                    m = matched.get(k, 0.0)
                    less = sum(group_share[w].get(k, 0.0) for w in owners)
                    final[k] *= (max(raw[k] - sum(group_score[w].get(k, 0.0) for w in owners), 0.0)
                                 / raw[k]) * _coordination(m - less, query_mass) / _coordination(m, query_mass)
                    matched[k] = m - less
            elif level_asked in levels:
                at_level.add(k)
        if e["units"] and not asks_sanction and SANCTION_RE.match(compact(e["text"])) \
                and not _duty_before_sanction(compact(e["text"]), matter_forms):
            # a sanction of the duty asked about (未设置…的，由公安机关责令改正): its enforcer
            final[k] *= NO_UNIT_FACTOR
        elif e["units"] and asks_sanction and SANCTION_RE.match(compact(e["text"])):
            # …and where the question asks the sanction (谁来让他们改正): the clause stating it, before
            # the clauses on the duty it sanctions
            final[k] *= SANCTION_ASKED_FACTOR
        if not e["units"] and DEFINITION_RE.match(compact(e["text"])):
            # a clause defining a term (本规定所称…系指…) states neither an owner nor a duty
            final[k] *= NO_UNIT_FACTOR
        if objects and e["units"] and _objects_own(e["units"], objects):
            # owned only by the unit the question names as the object (谁督促各地…: what 各地
            # themselves do): a named unit in another role than the one asked
            final[k] *= ROLE_FACTOR
        if office_parts and e["units"] and not any(p in compact(e["text"]) for p in office_parts):
            final[k] *= ROLE_FACTOR
        if verb_asked and e["units"] and _receives_only(compact(e["text"]), verb_asked):
            final[k] *= ROLE_FACTOR
        if (set_aside or aside_words) and e["units"] and all(
                u.get("unit_id") in set_aside or any(w in u["unit"] for w in aside_words)
                for u in e["units"]):
            # owned only by the unit the question sets aside (除了国土部门，…还有哪些部门)
            final[k] *= ROLE_FACTOR
        elif (set_aside or aside_words) and any(w in u["unit"] for u in e["units"] for w in OTHERS):
            # …and asks for the others: owned by the ones a text names so (国务院其他有关部门)
            final[k] *= OTHERS_FACTOR
        if other_roles and any(u.get("unit_id") in units and u.get("role") in other_roles
                               for u in e["units"]):
            final[k] *= ROLE_FACTOR
    _contrary_conditions(cq, entries, final, before, {**group_score, **gram_score}, group_share,
                         {g: fs | set(tiles.get(g, ())) for g, fs in forms.items()}, matched, query_mass)
    if at_level:
        # (where no clause of the level in the same document designates its body in charge,
        # 主管部门, every body owning the matter at that level has 主管: the one in charge there
        # whatever its verb)
        doc = lambda k: (entries[k]["source"].get("file"), entries[k]["doc_title"])
        designated = {doc(k) for k in at_level if any(k in group_share[w] for w in owners)}
        _level_matches(at_level, level_asked, final, group_share, matched, query_mass, idf,
                       tuple(owners), {k for k in at_level if doc(k) not in designated})
    elif owners and level_asked in (None, "local"):
        _manager_matches(entries, final, group_share, matched, query_mass, idf, owners, group_score, raw)
    _title_matches(entries, final, group_share, matched, query_mass, idf, cq)
    _near_matches(entries, final, group_share, matched, query_mass, idf, index)
    if numbers:
        _number_matches(numbers, entries, final, matched, query_mass, idf, group_share)
    verb_m = VERB_ASKED_RE.search(cq)
    # (a word of the matter: not a question word, 谁负责 / 谁牵头, nor the 主管 of 谁主管)
    verb = verb_m.group("verb") if verb_m and (verb_m.group("verb") in group_score or verb_m.group("verb")[-2:]
                                               in group_score) and not owners else None
    if verb:
        # (the last word of the matter before the asking words, what the act is done to:
        # 实施方案 of 县城建设…的实施方案谁制定)
        before = _words_before(cq, words, group_share, verb_m.start())
        done_to = verb + _last_word(before) if before else None
        # (谁来督促, 由谁承担, 谁来配合: a clause that writes the act asked, or its last word,
        # before one that has the rest of the matter and not the act)
        for k, e in entries.items():
            text = compact(e["text"])
            if e["units"] and (verb not in text and verb[-2:] not in text
                               or verb in text and verb not in re.sub(OTHERS_DO + re.escape(verb), "", text)):
                final[k] *= VERB_MISSING_FACTOR
            elif e["units"] and done_to and done_to in text:
                final[k] *= VERB_OBJECT_FACTOR
        _sentence_writes_the_act(entries, final, verb, index)
    head = _matter_head(cq, words, group_share)
    if head:
        # (电动车充电的消防安全归哪个部门管: a clause on 充电 without 消防安全 is on another matter)
        for k, e in entries.items():
            if e["units"] and k not in group_share[word_of.get(head, head)]:
                final[k] *= HEAD_MISSING_FACTOR
    if RESPONSIBLE_ASKED_RE.search(cquestion) and matter_forms:
        # (负责 and a word of the matter in one clause, up to 20 characters apart: 负责本行政区域内的学校安全)
        charged = re.compile("负责[^。；;，,]{0,20}?(?:"
                             + "|".join(map(re.escape, sorted(matter_forms, key=len, reverse=True))) + ")")
        for k, e in entries.items():
            if e["units"] and charged.search(compact(e["text"])):
                final[k] *= RESPONSIBLE_FACTOR
    designation = DESIGNATION_ASKED_RE.search(cquestion)
    if designation:
        # (…的责任主体是谁: the clause designating its unit so, X为责任主体 / X是…的兵役机关)
        written = re.compile(r"(?:是|为)(?:[^，,。；;：:]{0,30}?)" + re.escape(designation.group("role")))
        for k, e in entries.items():
            if e["units"] and written.search(compact(e["text"])):
                final[k] *= DESIGNATED_FACTOR
    if basis_asked:
        for k, e in entries.items():
            if e.get("laws"):
                final[k] *= BASIS_CITED_FACTOR
            elif e.get("basis"):
                final[k] *= BASIS_OF_DOCUMENT_FACTOR
    names = [o for o in objects if not UNIT_ID_RE.fullmatch(o)]
    if names and re.search("(?:" + "|".join(map(re.escape, names)) + ")的?工作", cq):
        _object_work_matches(names, entries, final, matched, query_mass, idf, group_share)
    # (a clause whose opening narrows the matter to a case, 街道办事处管辖的…的村庄，由街道办事处…组织编制
    # 村庄规划, answers that case: where the question writes none of its words it ranks below the
    # clause on the matter at large, 乡（镇）人民政府组织编制村庄规划)
    matter = [g for g in group_share if g not in place_groups and not g.startswith("#")]
    for k, e in entries.items():
        m = NARROWED_RE.match(compact(e["text"]))
        if e["units"] and k in final and m and not any(g in m.group("case") for g in matter):
            final[k] *= NARROWED_FACTOR
    # only tasks scoring at least the best but a few can be shown: read where they are (a few
    # more than the limit, as an article is not shown again after its own duty clause)
    cut = sorted(final.values(), reverse=True)[min(2 * limit, len(final)) - 1]
    where = index.where([k for k, s in final.items() if s >= cut])
    ranked = sorted((-s, *where[k], k, s) for k, s in final.items() if k in where)
    results: list[Result] = []
    for *_, k, s in ranked:
        if len(results) >= limit:
            break
        e = entries.get(k) or index.entry(k)
        if not e["units"] and any(r.task_id.startswith(e["task_id"] + "/") for r in results):
            continue    # the article around a duty clause already shown, with nobody of its own
        results.append(Result(e["task_id"], e["text"], e["doc_title"], e["doc_number"], e["units"],
                              e["deadline"], e["source"], s, e["path"], e["mentioned"],
                              e.get("posts", []), e.get("members", []), e.get("overseen", []),
                              e.get("seats", []), e.get("laws", []), e.get("basis", [])))
    return results
