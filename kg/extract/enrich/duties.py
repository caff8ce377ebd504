"""Duty clauses in prose (``via: "prose"``).

Regulations, plans and their interpretations give duties in running text rather than in
annotations. A duty clause is a *subject* followed by a *duty predicate*::

    卫生健康部门负责各级各类医疗卫生机构……的监督管理。
    由市委网信办负责12345平台软硬件建设，市公安局牵头负责打通……
    市、县（市、区）爱国卫生运动委员会（以下简称爱卫会）在同级人民政府的领导下负责……
    领导小组办公室设在市统计局，负责普查的具体组织实施
    各县（市、区）和廊坊开发区、临空经济区对园区项目建设负总责
    主办单位牵头会同会办单位进行具体办理
    村民委员会、居民委员会应当确定其成员分工，具体负责……

**Subjects** are lists of units: names the lexicon knows, names that look like a specific
organ (``市X局``), generic organs (``卫生健康部门``, ``公安机关``), collectives
(``各县（市、区）``, ``市有关部门``), short names defined earlier in the document
(``（以下简称爱卫办）``) and non-government actors (:mod:`kg.extract.actors`). A subject
shared by two levels (``市、县（市、区）X``) names the municipal X and, where the lexicon has
it, the county-level collective X. A subject that is not wholly units (``单位和居民``,
``农村``, ``……等场所``) gives no duty.

**Predicates** and the roles they give: 牵头/牵头负责 -> lead; 负责, 具体负责, 负总责,
对…负责, 是…主体责任单位, 承担/履行…, 应当/应/要, 做好/抓好, 组织/统筹/指导/监督… ->
responsible; 配合 -> support; 协助 -> assist; ``A会同B…`` / ``A牵头会同B…`` -> B support
(``会同有关部门`` too). ``由X+verb`` (负责, 管理, 给予处罚, 根据…规定，处…罚款), ``以X为（责任）主体``
and ``成立X领导小组，负责…`` name X; ``办公室设在Y`` names the host Y (people ask where an office
is) and the office too when a duty follows. Not duties: an enterprise's obligation to apply to
or file with a department (``建设单位应当…向…部门申请``); private parties (出租人, 承租人).

**Carrying the subject**: within a ``；``-segment later clauses belong to the duty of the
subject before them; across ``；`` inside a sentence a segment that opens with a duty verb
(``同时，负责…``) keeps the subject; a header ``X履行下列职责：`` gives X every enumerated item
after it (``（一）…（二）…``) that names no subject of its own; a line labelled by its unit
(``县水利局：负责…；指导…；督促…``) gives the unit every duty on it; a sentence opening with a
connective and a modal (``并要…``, ``同时应…``) goes on with the holders of the sentence before, in
the same duty.

Each duty is returned with its own text (from the start of its segment, or of its subject's
clause when a second subject appears in the segment, to the next subject) and line, so the
enrichment stage can make it a task of its own. The result is pure: mentions as written, with
an expanded lookup form where the mention is elliptical or a defined short name; the pipeline
resolves them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Optional, Sequence

from ...patterns import (ACT_AFTER_NAME_RE, BYLINE_FIELD, CLAUSE_CHAR, CN_DIGITS, GROUP_SUFFIX, HAN, HAN_RANGE, HANDLING_PARTS,
                         LEVEL_KIND, LEVEL_KIND_ALT, OWN_LEVELS, OWN_PLACE_ALONE, ROLE_PART_WORDS, SPACE, TEMPLATE_LETTER, digit_date,
                         glossed_span,
                         unglossed)
from ...text import compact
from ...resolve.divisions import load_divisions
from ...resolve.naming import canonical_body, joined_fields
from ...resolve.units import RELATIVE_GOV, WHERE_KIND_LEVELS, WHERE_KIND_WORDS, field_of, township_subject
from ..actors import BARE_HEADS, TASK_ROLE_RE, actor_kind, base_name, unit_type_kind
from ..numerals import to_int
from .. import unitnames
from ..annotations import LABEL_RE, MEASURE_LABELS, _seps_re, looks_like_unit, split_top, unit_items

# ---------------------------------------------------------------- grammar tables

_UNDER_LEAD = "(?:在" + CLAUSE_CHAR + "{0,40}?(?:领导|指导|管理|指挥)下"   # 在同级人民政府的领导下, 在X的归口管理下
# (在县应急指挥部统一指挥下 : an emergency plan's command, a setting as a body's lead is)
# (在省公安厅、省应急办、省应急救援总队、县委、县政府领导下: a list of the bodies led under, as long as 受…领导's)
# (接受县食安委办公室的业务指导 : the body that guides it, a setting as 在…指导下; not 接受社会监督)
_UNDER_LEAD += "|接受" + CLAUSE_CHAR + "{1,20}?(?:的|业务)(?:业务)?(?:指导|领导|监督)(?:和(?:指导|监督))?"
# (受县公安局、林业局领导 : the bodies it works under, written with 受 (not 受理, 受托, 受灾 …; not 领导小组,
# 领导干部: a body or posts after the verb))
_UNDER_LEAD += "|受(?![理托灾益援让委])" + CLAUSE_CHAR + "{1,30}?(?:领导|指导)(?![小组人干者机下班])" + ")"

# a phrase opening with an act (setting up, opening, sending), a place (位于…) or a time word is no
# unit's name (设区的市 is)
# a post acting for a body (市长代表市政府向…报告工作, 副市长代表市政府进行外事活动): the post's act
POST_ACTS_FOR_RE = re.compile("(?:" + "|".join(unitnames.POST_ENDINGS) + ")代表")
# a body's name after the words that set it up (开发区设立X, 市人民政府成立X): X, the body
_SETS_UP_BEFORE_RE = re.compile(r"^.{0,20}?(?:设立|设置|成立|组建)(?P<x>.{2,40})$")
# (and 代表 before a government: 代表市人民政府行使管理职权, a body acting for it, named before)
# (派出所, the police station, is a name: 派出所负责养犬登记 in a township's plan)
# (and 管 before what is managed, the rule 管行业必须管安全、管生产经营单位必须管安全生产: a verb, not
# 管委会, 管理局, 管线单位, 管道企业, 管网公司)
ACT_FIRST_RE = re.compile(r"^(?:必要时|派出(?!所)|设(?!计|备|施|区)|开办|举办|兴办|位于|移送|代表(?=[省市州盟县区旗乡镇本国各])|"
                          r"管(?![委理线道网护]))")
# the part a body plays in a plan's organisation (县人民政府是…最高行政领导机构, X是…的办事机构)
# (…最高领导和决策机构: a committee's part, a leading body's that decides too; 议事协调机构 in a classification,
# X根据职能分为A、B和议事协调机构, is no part played: pd55's 分为 guard)
_ORGAN_ROLE = "(?:行政)?(?:领导(?:和|与|、)?)?(?:领导|办事|工作|指挥|派出|决策|协调)机(?:构|关)"
# (and a government's functional department: X（以下简称Y）是依法设立的政府职能部门，…行使…; X是负责…的
# 区政府工作部门, an agency's rules stating what it is in charge of)
_FUNCTION_DEPT = "(?:政府)?(?:职能|工作)部门"
# X是项目建设管理的综合部门，主要负责… : the department that oversees a matter as a whole (the
# complement is the part X plays, not a holder of its own)
_OVERALL_DEPT = "综合(?:管理|协调)?部门"
# the part a unit plays after 为 / 作为 (市财政局为牵头单位 ; 市城管局为本市…的主管部门)
# the acts by which a complaint office passes a matter on or calls a unit to account (转派, 函询, 约谈)
_HANDLES_COMPLAINT = r"(?:转派|转办|交办|函询|约谈|督办)(?!了|单位|部门|件|事项|情况|工作|制度|机制|的)"
_PART_PLAYED = (CLAUSE_CHAR + "{0,40}?(?:主体责任单位|责任主体|责任单位|(?:管理|维护|养护|防治)责任人|(?:技术)?支撑单位|实施单位|主管部门|监管部门|监督管理部门|牵头单位|牵头部门|" + _ORGAN_ROLE
                + "|" + _OVERALL_DEPT + ")")
# a body stating the part it plays before a short name defined for the part (市水务局是本市城市供水的
# 主管部门（以下简称市主管部门）, X为…的行政主管部门（以下简称主管部门）): the body the short name stands for
_PART_OF_BODY_RE = re.compile("^(?P<x>" + HAN + "{2,30}?)(?:是|为)" + _PART_PLAYED + "$")
# a department named by what it is in charge of (县级以上地方人民政府负责中医药管理的部门负责…): 负责
# there is part of the name, not the verb, when the name goes on to its verb
# (…的部门或者机构: either, as the text's government sets it up; a short name may follow in brackets)
_CHARGED_NAME = "[\u4e00-\u9fff]{2,12}?的(?:行政)?(?:部门|机构|机关)(?:(?:或者|或)(?:部门|机构|机关))?"
_CHARGED_ORGAN = _CHARGED_NAME + "(?=(?:则|也|亦)?(?:负责|应|在|按照|依照|根据|对|会同|承担)|，|、|和|及|（|$)"
CHARGED_ORGAN_RE = re.compile("^(?P<gov>.{2,20}?)负责" + _CHARGED_NAME + "$")
# (the same convention read by two rounds, kept as each was measured: a name wholly of the form
# [X人民政府]负责…的部门 is a subject as it stands; after 负责, …的部门 followed by a predicate makes
# that 负责 no predicate of the words before it)
# (国务院负责特种设备安全监督管理的部门: the State Council's department so named)
# (and 负有X职责的部门, the safety laws' form, with 其他 after a department named before it: 应急管理部门和
# 其他负有安全生产监督管理职责的部门)
# (and 承担/履行X职责的部门 / 机构, a charge named by the duties borne: 承担城市管理职责的机构, the form that
# names a body whatever each government calls it)
# (负有安全生产监管职责的有关部门: the safety laws' collective with 有关/相关 before its head, as written;
# 负责行政执法的有关部门 stays the 有关部门 its description qualifies)
CHARGED_DEPT_RE = re.compile("^(?:" + HAN + "{2,16}?(?:人民政府|政府)|国务院)?(?:其他)?(?:(?:负责" + HAN
                             + "{2,16}?|(?:承担|履行)" + HAN + "{2,16}?(?:职责|职能))的(?:部门|机构|机关)|负有" + HAN
                             + "{2,16}?的(?:有关|相关)?(?:部门|机构|机关))$")
# (…的部门则对…实施监督管理: an adverb between the name and its predicate)
CHARGE_AFTER_RE = re.compile("^" + HAN + "{2,16}?的(?:部门|机构|机关)(?:则|也|亦)?")
# …and the verb of that department after a manner or a helper's frame: 配合有关部门依法处理 / 依法处理
CHARGED_DEPT_VERB_RE = re.compile("(?:依法|及时|配合" + HAN + "{2,10}?(?:部门|机构|机关))?(?:依法)?"
                                  "(?:处理|处罚|查处|负责|组织|实施|监督)")
# duty predicates, matched left to right in a clause; (pattern, role)
# a verb that begins the name of a section (城管执法局协调科, 市场主体监督管理科, 指导股): part of
# the name, not the verb (not 科学/科技/科室/科协/农科所, 股份/股东, 室内/室外: 指导各科室…, 协调解决科技…)
_NOT_SECTION = "(?!(?:(?![各有相其本科股])" + HAN + "{1,2})?(?:科(?![学技研普室所院协])|股(?![份东权票室])|室(?![内外])))"
# experts a body gathers to do its work (成立专家组进行…评审)
_EXPERTS_AT_WORK = r"(?=专家(?:组|小组|团队|委员会)(?:进行|开展|对|负责))"
# a due date, then the verb of finishing a work (2025年6月30日前完成…, 2025年底前建成…)
_DUE_THEN_DONE = (r"(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日|底|末)?|底|末|上半年)(?:前|之前|以前)[，,]?"
                  r"(?:全面|全部|基本)?(?:完成|建成|实现|出台|制定|制订|印发|报送|上报|编制)")
# the acts two bodies do jointly after 联合 (A与B联合发布预警, 联合开展检查; 组织 too after 与B联合, not
# after a name: 企业联合组织)
_JOINT_ACTS_NOW = r"发布|制定|制订|开展|实施|检查|督查|查处|执法|整治|会商|研判|调查"
# the help one body gives another's work (给予技术指导, 给予资金支持, 给予帮助)
_HELP_GIVEN = r"(?:技术|业务|政策|资金|经费|必要的?|适当的?|大力)?(?:指导|支持|帮助)"
# a power named by the act it allows (行使…审批权, …监管权, …处罚权; 监督权 and 管理权 as before)
_POWER_OF = r"(?:监督|管理|监管|审批|许可|处罚|检查|执法|调查|决策|裁量)权"
# what a body answers for (负主体责任, 对…负主要领导责任)
_ANSWERS_FOR = (r"负(?:主体|监督|全面领导|集体领导|主要领导|领导|直接领导|直接|首要|主管|(?:行业|综合|属地|直接|日常|安全)?"
                r"(?:监管|管理))责任")
PREDICATES = [
    # (负责同志 / 负责人: a post, not the verb: 承办单位负责同志要包案办理, X由…，各部门主要负责人组成,
    # 据X负责人介绍 (news); 负责人口普查 is the verb)
    # (牵头单位, 配合单位: the names of parts in a matter, 由提案办理牵头单位、配合单位…办理)
    (r"牵头负责", "lead"), (r"牵头(?!单位)", "lead"), (r"统[一壹](?:领导|管理)", "responsible"),
    (r"负总责", "responsible"), (r"具体负责", "responsible"),
    # an emergency plan's command: 县应急指挥部…，统一指挥应急处置工作 (not 在…统一指挥下, nor 统一指挥部)
    (r"统一指挥(?!部|中心|机构|体系|系统|下|、|和)", "responsible"),
    # an emergency plan's step, written without a modal: X立即启动…预案, X立即向Y报告 (what X does
    # the moment it learns of an event; not 立即 before another verb, as often a report's: …立即组织)
    (r"立即(?=启动|向" + CLAUSE_CHAR + r"{1,20}?(?:报告|报送|通报)|报告|上报|赶赴)", "responsible"),
    # 县林业行政主管部门总体负责… / 全面负责… : how wholly, the verb's own (not a subject's word)
    (r"总体负责(?!同志|人)", "responsible"), (r"全面负责(?!同志|人)", "responsible"),
    # X（含…，下同）具体实施…管理 : the body that carries a field's management out (regulations)
    (r"具体实施", "responsible"), (r"负责(?!同志|人(?:[，。；、要应须是为和及与的对在由担兼任正已带率亲深到前主陪讲汇介一等们分签作就还也均都先会将需必指督检调依通每]|组成|构成|参加|出席|列席|介绍|表示|说|称|指出|透露|$)|"
     # (X主要负责人安全生产职责主要包括： : the post's duties named, 负责人 before a field and 职责;
     # 市级党委主要负责人每年至少… : the post, then how often)
     "人" + HAN + "{0,8}?(?:职责|责任)|" + _CHARGED_ORGAN + ")", "responsible"),
    ("对" + CLAUSE_CHAR + "{1,40}?负(?:总)?责", "responsible"),
    # A、B等5家企业，限期于2008年12月31日前建成… : a time limit with its date is the duty's verb
    (r"限期(?:于|在)(?=[0-9" + CN_DIGITS + r"]{2,4}年)", "responsible"),
    # 各牵头单位于2月29日前将…报送至… : a due date, then 将 and the thing handed in (no modal): a step's verb
    (r"于(?=(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末)?(?:前|之前|以前)[，,]?将)", "responsible"),
    # 市住建局于2025年6月30日前完成… / X会同Y，在2025年底前建成… : a due date, then the verb of
    # finishing a work (a plan's step, no modal; 完成了 is a report, as elsewhere)
    ("于(?=" + _DUE_THEN_DONE + ")", "responsible"), ("在(?=" + _DUE_THEN_DONE + ")", "responsible"),
    # Party texts: 党委（党组）负主体责任，纪委负监督责任 ; X对…负主要领导责任 (not 负责任, a word)
    # (安全生产 rules: X对…负监管责任, Y负综合监管责任, 行业主管部门负直接监管责任 / 属地管理责任)
    # (发包或者出租单位…对其承包、承租单位的安全生产负主管责任: the unit in charge of those under it)
    # (a committee's collective leadership, beside its head's first responsibility: 校党委对…负集体领导责任)
    # (the object of 对 read with it, however long, when a charge is written inside it: 各科室对负责业务领域、
    # 包抓村（社区）的意识形态工作负主体责任, not 负责 the verb)
    ("对(?=" + CLAUSE_CHAR + "{0,40}?负责)" + CLAUSE_CHAR + "{1,40}?" + _ANSWERS_FOR, "responsible"),
    (_ANSWERS_FOR, "responsible"),
    # (企业是污染治理的实施主体，要… : the body that carries the work out, as 责任主体)
    # (X是主要负责城市标语设置的监管部门: the body in charge, as 主管部门)
    # (not 是指: 本规定所称企业，是指依法在工商行政管理机关登记注册的…, a definition)
    # (X是…的兵役机关: the 人民武装部, as 兵役法 names it; X是负责组织实施的机构: the body in charge)
    # (…|管理机构: 基金会办公室是公文处理的管理机构, after 是 only: X，作为示范区开发建设管理机构，负责…
    # names a body whose government the text does not say)
    # (X是其承包、承租单位安全生产的主管单位: the unit in charge, as 主管部门 for a government's)
    # (X是负责拟订…，提出…，协调…等的职能司局: what the body is in charge of, its clauses before the kind
    # of organ it is; 是负责人 / 是负责同志 a post; 主要职责是负责… a duty list's lead-in, read as before)
    (r"(?<!职责|职能|任务|工作)是(?:主要)?负责(?!人|同志)", "responsible"),
    ("是(?!指)" + CLAUSE_CHAR + "{0,40}?(?:主体责任单位|责任主体|实施主体|责任单位|主管部门|主管单位|监管部门|监督管理部门|牵头单位|牵头部门|"
     "行业管理部门|行业主管部门|"
     # (义务交通值勤纠察队伍是群众性的交通管理组织，协助…: an organisation by the work it does)
     "(?:管理|服务)组织|"
     # (X是…的备案机关 / 登记机关 / 审批机关: an organ named by the act it performs for a trade, its
     # competence as 主管部门 is)
     "(?:管理|主管|议事协调|兵役|备案|登记|审批|许可|发证)机(?:构|关)|负责" + CLAUSE_CHAR + "{1,24}?机(?:构|关)|" + _ORGAN_ROLE
     + "|" + _FUNCTION_DEPT + "|" + _OVERALL_DEPT + ")",
     "responsible"),
    # 市财政局为牵头单位 ; 市城管局为本市…的主管部门 (为 = 是)
    # (not 分为, 改为, 列为: X根据职能分为A、B和议事协调机构, a classification, n454)
    ("(?<![分改列评称视认划转])为" + _PART_PLAYED + "(?!" + HAN + ")", "responsible"),
    # the supporting part in a work another leads (…由X牵头负责，我局为配合部门 ; Y作为配合单位，将做好…)
    ("为(?:配合|协办)(?:部门|单位)(?!" + HAN + ")", "support"),
    ("作为(?:配合|协办)(?:部门|单位)(?!" + HAN + ")", "support"),
    # (作为 = 为: 市文旅局作为牵头单位，负责…)
    ("作为" + _PART_PLAYED + "(?!" + HAN + ")", "responsible"),
    ("对" + CLAUSE_CHAR + "{1,40}?(?:实施|进行|实行)" + CLAUSE_CHAR + "{0,10}?(?:监督管理|管理|监督)",
     "responsible"),
    # X依照法定授权实施…行政处罚 / X依法实施监督检查 : an act of enforcement carried out by law or a
    # mandate (a bare 实施 after the manner; not 实施方案, 组织实施, 行政处罚决定, nor 依法实施的行政许可:
    # a definition's relative clause)
    ("(?<=依法|授权|规定|职责|职权)实施(?!的)(?=" + CLAUSE_CHAR + "{0,30}?(?:行政处罚|监督检查|行政许可|行政强制(?:措施)?)"
     "(?!" + HAN + "))", "responsible"),
    # 街道办事处对本行政区域内的物业管理活动履行下列职责： the duties of a matter, a body's own
    ("对" + CLAUSE_CHAR + "{1,40}?履行(?=" + CLAUSE_CHAR + "{0,6}?职责)", "responsible"),
    # X对项目资金进行审计, X在5个工作日内对…进行反馈 : any work X does to a thing (进行了: a report;
    # X将对…进行核查, will and a bare verb, is not counted: the office's follow-up of a notice)
    ("(?<!将)对" + CLAUSE_CHAR + "{1,40}?进行(?!了)(?=" + HAN + ")", "responsible"),
    # X依法进行查处 / X进行定期督查 : a bare 进行 before an act of enforcement or inspection, done by law
    # or as a routine (将对…进行核查, will and a bare verb, stays an office's follow-up)
    (r"(?<=依法)进行(?=查处|调查处理|督查|核查|巡查|稽查|执法检查|监督检查)", "responsible"),
    # X依法查处… : a body's enforcement stated as done by law, no modal (乡镇人民政府和街道办事处依照…，依法查处…)
    (r"依法(?=查处|查办|调查处理)", "responsible"),
    (r"进行(?=(?:定期|日常|专项)(?:督查|核查|巡查|稽查|执法检查|监督检查))", "responsible"),
    # 县人民政府对…的单位和个人给予表彰和奖励 : a body's award, no modal (regulations)
    # (X对…的单位和个人，给予表彰 : the award after the object's comma)
    ("对" + CLAUSE_CHAR + "{1,40}?给予(?:表彰|奖励)", "responsible"), (r"给予(?=表彰|奖励)", "responsible"),
    # a complaint office's handling of the matters it takes in: X对…问题，约谈被投诉单位 / X对…工单，及时函询
    # 承办单位 / X接到投诉后，及时转派承办单位 (rules of complaint handling: passing a matter on, asking the
    # unit handling it, summoning the unit complained of; no modal; not a report, 约谈了, nor 被约谈)
    # (X将对…进行跟踪督办: will, an office's follow-up of a notice, none, as the 将…进行 rule below)
    ("(?<![被将])对" + CLAUSE_CHAR + "{1,40}?(?<!进行)(?<!跟踪)(?:及时|立即|依法|按规定)?(?=" + _HANDLES_COMPLAINT + ")",
     "responsible"),
    ("及时(?=" + _HANDLES_COMPLAINT + ")", "responsible"), ("立即(?=" + _HANDLES_COMPLAINT + ")", "responsible"),
    # 由各街道办事处具体负责，区住建局、区市场监管局给予技术指导 ; 区财政局给予资金支持 : the guidance or help
    # given to another's work, a support as 配合 (对…给予指导、支持和帮助 : the help a body owes a field,
    # its own; a modal before it, 应当给予支持, reads as the modal's duty as before)
    ("对" + CLAUSE_CHAR + "{1,40}?给予(?=" + _HELP_GIVEN + ")", "responsible"),
    ("给予(?=" + _HELP_GIVEN + ")", "support"),
    # a reply's own unit, its stated next step: 我局将…, 我们会将…, 我们继续跟进… (SELF_REF_RE; a report
    # of work done, 我们已要求…, is none; 将 after any other subject is no modal: 将X纳入…)
    ("(?<=我局|我委|我办|我厅|我们|本局|本委)将(?:继续)?(?=" + HAN + ")", "responsible"),
    ("(?<=我局|我委|我办|我厅|我们|本局|本委)会(?:将)?(?=" + HAN + ")", "responsible"),
    ("(?<=我局|我委|我办|我厅|我们|本局|本委)继续(?=" + HAN + ")", "responsible"),
    ("(?<=我街道)将(?:继续)?(?=" + HAN + ")", "responsible"),
    # A牵头，B、C等部门协同支持 : 协同 before 支持/配合/协助 is the support of another's duty (营商环境 plans)
    (r"会同", "responsible"), (r"协同(?=支持|配合|协助)", "support"), (r"协同", "responsible"),
    # A与B联合发布… / A、B联合开展… : a joint act, both its holders (not 企业联合组织, a name; 联合对…进行…
    # is read by its own predicate)
    # (X等5部门联合印发《…》, 联合发布《…》: a paper's issuance told, no duty)
    ("联合(?=(?:" + _JOINT_ACTS_NOW + ")(?![《“了]))", "responsible"),
    (r"配合(?!单位)", "support"), (r"协助", "assist"),
    # (X牵头抓总，A、B密切配合，C、D通力合作，共同做好… : the co-operating ones support, as 配合)
    (r"通力合作(?=[，,。；;]|$)", "support"),
    (r"承担", "responsible"), (r"履行", "responsible"),
    # 村（居）委会具体承办参保登记工作 : a body carrying a work out (not 承办单位, 承办部门, 承办人: names)
    (r"(?<=具体)承办(?!单位|部门|人|的|事项|处|科|室)", "responsible"),
    # X负有…职责 / 负有…责任 (the safety laws' and regulations' form, as 承担…职责); not 负有…的部门, a
    # department named by the duty it bears (CHARGED_DEPT_RE)
    ("负有(?=" + CLAUSE_CHAR + "{1,30}?(?:职责|责任)(?!的))", "responsible"),
    (r"做好", "responsible"), (r"抓好", "responsible"),
    (r"应当", "responsible"), (r"应(?!急|用|对|届|收|予)", "responsible"), (r"必须", "responsible"), (r"务必", "responsible"),
    (r"(?<![主重需只必])要(?!求|点|素|件|害|闻|案|事|情)", "responsible"), (r"须", "responsible"),
    # (各有关部门一定要高度重视… : must by all means, as 务必)
    (r"一定要(?!求|点|素|件|害|闻|案|事|情)", "responsible"),
    (r"(?<![所急必无不亟只])需(?!要|求)", "responsible"), (r"只需(?!要)", "responsible"),     # X答复代表前10个工作日，需将…
    # (not a noun in a list of bodies: 其他团体、组织、学校开展的…)
    (r"组织(?!体制|体系|架构|机构|保障|形式|方式|建设|部)(?:(?<!、组织)|(?!、))", "responsible"),
    ("统筹" + _NOT_SECTION, "responsible"), ("指导" + _NOT_SECTION, "responsible"),
    # 县农业农村局成立专家组进行…评审 : experts a body gathers do its work (as 组织专家…), no organ
    # of their own (设立X指挥部，统一领导… is X's)
    ("成立" + _EXPERTS_AT_WORK, "responsible"), ("组建" + _EXPERTS_AT_WORK, "responsible"),
    ("督促" + _NOT_SECTION, "responsible"), ("监督" + _NOT_SECTION, "responsible"),
    # (not the kind of body a name ends with: 国务院议事协调机构, 议事协调机关)
    ("协调(?!机构|机关)" + _NOT_SECTION, "responsible"),
    # actions a unit is given (市统计局汇总…, 领导小组办公室将及时汇总…): a duty when the words
    # before them are wholly a subject
    # (X制定的《…》已经…同意，现印发给你们 : a verb before 的 names a document by its drafter, no predicate)
    (r"制定(?!的)", "responsible"), (r"建立", "responsible"), (r"完善", "responsible"),
    # 三定 rules and plans: 制订/拟订/拟定 as 制定 (市科技局：制订…规划 ; （二）拟订…政策); a member's
    # watch over a matter (市公安局：密切注视疫情动态)
    (r"制订(?!的)", "responsible"), (r"拟订(?!的)", "responsible"), (r"拟定(?!的)", "responsible"),
    # 自治区人民政府…，补充制定本行政区域内…的具体项目和标准 (a rule completing a higher one's)
    (r"补充(?=制定|制订)", "responsible"),
    # 乡镇人民政府、街道办事处结合实际，科学合理划分网格 : dividing an area into the units of a system of
    # management (网格, 责任区, 片区) is a body's work (not 职责划分, 网格划分情况: nouns)
    ("划(?:分|定)(?=" + HAN + "{0,6}?(?:网格|责任区|片区|管理单元|服务单元))", "responsible"),
    (r"密切(?:注视|关注|跟踪|监视)", "responsible"),
    # (机构编制, 行政编制, 事业编制, 人员编制: the staffing, a noun; 管理机关事业单位机构编制实名制台账 has no
    # 机构 that 编制s anything)
    (r"(?<!机构|行政|事业|人员)编制(?!分别|统一|由|实行|核定|总量|数|内|外|委|办|限额)", "responsible"), (r"汇总", "responsible"), (r"审核", "responsible"),
    # 县法制办审查后报… (minutes: the body that reviews a draft before it goes up)
    (r"审查(?=后|并|，)", "responsible"),
    (r"发布", "responsible"), (r"研究", "responsible"), (r"开展", "responsible"),
    (r"推进", "responsible"), (r"推行(?!的)", "responsible"), (r"落实", "responsible"), (r"加强", "responsible"), (r"强化", "responsible"),
    # 省林长制办公室发挥牵头抓总，负责… / 市河长办发挥统筹协调作用 : the part a body is to play
    ("发挥(?=" + CLAUSE_CHAR + "{0,12}?(?:作用|职能|牵头抓总|统筹协调))", "responsible"),
    (r"加快(?!推进|建设|发展)", "responsible"),
    (r"提供", "responsible"), (r"处理(?!意见|结果|情况|方式|能力)", "responsible"),
    # 镇人民政府依法办理…手续 (regulations: a competence written as a bare verb; bare 办理 is as
    # often the regulated side's, 当事人…到登记机关办理…)
    (r"依法办理", "responsible"),
    # 村党支部统一受理议案 / 县信访局统一受理群众来信 : a body taking in the matters brought to it (not the
    # act's nouns: 受理后, 受理情况, 受理窗口)
    (r"受理(?!后|的|中心|窗口|机构|点|处|情况|结果|范围|时间|时限|条件|工作|通知|回执)", "responsible"),
    # 由村民委员会召集村民会议讨论决定 : the body convening a meeting (not the post, 召集人)
    (r"召集(?!人)(?=[^，。；、\s]{0,16}?会议)", "responsible"),
    # 行政执法部门按程序办理并将处理结果反馈… : a body handling a case by the procedure (the regulated side
    # applies, 当事人按程序申请; the body's 办理 is written with its procedure, as 依法办理 with the law)
    (r"按(?:照)?(?:法定)?程序(?=办理|查处)", "responsible"), (r"依照(?:法定)?程序(?=办理|查处)", "responsible"),
    # 行业主管部门…将违法案件移送对应的行政执法部门 : a body passing a case or its evidence on to the one
    # competent (a case, a clue, the evidence: the objects a competence moves)
    ("将" + CLAUSE_CHAR + "{0,12}?(?:案件|线索|证据材料|材料|问题)移(?:送|交)", "responsible"),
    # 公安机关对…的社区矫正人员及时依法处理 / 人民法院对…依法作出判决 (rules dividing a work among
    # courts, procuratorates and police: each one's part, no modal)
    ("对" + CLAUSE_CHAR + "{1,40}?依法(?=处理|作出)", "responsible"),
    # 工商行政管理部门依法予以登记 / …予以登记注册 : an authority's act (the regulated side applies
    # for it; 不予登记 is a refusal written to the same authority)
    (r"依法予以(?=登记|注册|受理|公告|公布)", "responsible"), (r"予以(?=登记|注册|受理|公告|公布)", "responsible"),
    # 自治县人民政府鼓励企业…投资 : a body's own encouragement is its work (the encouraged hold none;
    # 国家鼓励…, 本市鼓励… name no body)
    (r"鼓励(?:和|、)?(?:支持)?(?=" + CLAUSE_CHAR + ")", "responsible"),
    # 各级财政足额安排…经费: a unit arranges funds (安排残疾人就业 is employing, no duty verb)
    ("安排(?=" + CLAUSE_CHAR + "{0,20}?(?:经费|资金))", "responsible"),
    ("将" + CLAUSE_CHAR + "{1,30}?纳入", "responsible"),     # X将残疾人就业纳入服务范围
    # 各归口部门将推荐函、汇总表报送市科技局 : 将 and the papers, then their handing in (a notice's step,
    # no modal; the one handed them holds nothing)
    ("将" + CLAUSE_CHAR + "{1,40}?(?:报送|上报|呈报|提交|送交)(?!了)", "responsible"),
    ("把" + CLAUSE_CHAR + "{1,30}?(?:纳入|列入)", "responsible"),     # 计划、财政部门…，把解决人畜缺水列入年度计划
    (r"帮助解决", "responsible"),       # 物资部门帮助解决兴建…工程所需的物资
    # 县级以上人民政府林业主管部门主管本行政区域内的森林防火工作 (regulations)
    (r"主管(?!部门|单位|机关|领导|副|局|委|办|厅|处|科|的)", "responsible"),
    # laws: 地方各级人民政府领导本行政区域内的献血工作 (领导 of the area's work; not 在…领导下, 领导小组);
    # 各级人民政府采取措施广泛宣传… (a bare 采取措施 of a subject written wholly before it)
    # (旗县级以上人民政府领导并组织实施本行政区域内的…工作 : leading and organising, one act)
    # (not a post, 主要领导 / 分管领导: 各级党委和政府主要领导是本地区…工作第一责任人, 县政府主要领导对本地区…负总责)
    (r"(?<!主要|分管)领导(?=(?:并|和)?(?:组织实施|组织|指导|协调)?本(?:行政区域|地区|辖区))", "responsible"),
    # 市、区（县）人民政府领导科技创新工作 : a government leading a field's work (not 领导小组, 在…领导下)
    (r"(?<!主要|分管)领导(?!是|为)(?=" + HAN + "{2,12}?工作(?![小组者人]))", "responsible"), (r"采取(?:有效|必要|多种|切实|有力)?措施", "responsible"),
    # (县水电局…对…设施采取紧急处置措施 : a measure named by its kind, a few words before 措施)
    ("采取" + HAN + "{2,6}?措施", "responsible"),
    # (自治州人民政府…采取特殊政策和灵活措施 : policies and measures, the autonomy law's words)
    ("采取" + HAN + "{0,4}?政策(?:和|与|、)" + HAN + "{0,4}?措施", "responsible"),
    # (县水电局、县建设局等部门对处在灾区的易于发生次生灾害的设施采取紧急处置措施 : what the measure is
    # taken on may be long, as 对…进行; the verb, not a longer manner, bounds it)
    ("对" + CLAUSE_CHAR + "{1,40}?采取(?:" + HAN + "{2,6}?)?措施", "responsible"),
    # 自治县的自治机关重视培养使用各民族干部，采取多种措施… : an organ's commitment to a work (自治条例;
    # not 高度重视, which follows a modal: 各部门要高度重视)
    ("(?<!高度)重视(?=" + HAN + "{2})", "responsible"),
    # 自治县的自治机关根据…，按照…的原则，设置行政工作机构 : an organ setting up its working bodies
    # (a 开发区 管委会's own: 按照精简高效的原则，设立必要的职能机构)
    ("设置(?=" + CLAUSE_CHAR + "{0,12}?(?:工作机构|行政机构|职能部门|职能机构|内设机构))", "responsible"),
    ("设立(?=" + CLAUSE_CHAR + "{0,12}?(?:工作机构|行政机构|职能部门|职能机构|内设机构))", "responsible"),
    # a government's rules on its own organs (自治条例实施办法): 自治州人民政府根据…决议，草拟…草案 ;
    # 自治州各级人民政府，坚决贯彻落实… (bare verbs, no modal; not 坚持: 市委、市政府坚持以…为指导 is a
    # plan's guiding idea as often as a duty)
    (r"草拟", "responsible"), (r"贯彻(?:落实|执行)", "responsible"),
    # 政府工作规则: an organ's powers and its report (市政府各工作部门依照…行使职权 ; 市审计局…独立行使
    # 审计监督权 ; 市政府工作部门受市政府的委托，向…汇报某一方面的工作 ; …对县人民代表大会负责并报告工作)
    # (…等职权: a list of the matters; 乡级人民政府受…委托，可以行使村寨规划、用地、建设和管理等职权 : a
    # power entrusted to it, 可以 its own, not a permission to others as 可由…)
    # (园区管委会依法行使本园区电动自行车管理职责 : the duties of a matter, a body's own)
    # (国务院…行使国务院行政机构设置和编制管理职权 : the matter's name before 职权 may be long)
    # (吕梁's 审管分离: 由X集中行使划转事项审批权，相关职能部门行使事中事后监管权 : a power named by the
    # act it allows, 审批权, 监管权, 处罚权, as 监督权 and 管理权)
    ("行使(?=" + CLAUSE_CHAR + "{0,16}?(?:职权|权力|" + _POWER_OF + ")|" + CLAUSE_CHAR + "{0,24}?(?:等职权|职责))", "responsible"),
    ("可以行使(?=" + CLAUSE_CHAR + "{0,8}?(?:职权|权力|" + _POWER_OF + ")|" + CLAUSE_CHAR + "{0,24}?等职权)", "responsible"),
    ("汇报(?=" + CLAUSE_CHAR + "{0,12}?工作(?![小组人会]))", "responsible"),
    ("报告(?=" + CLAUSE_CHAR + "{0,12}?工作(?![小组人会]))", "responsible"),
    # an organ carrying out a higher body's decisions (省委全委会…是全省党的领导机关，执行上级党组织的指示和
    # 省党代表大会的决议 ; not 执行机关, 执行情况: a name or a report)
    ("执行(?=" + CLAUSE_CHAR + "{1,24}?(?:决议|决定|指示|命令)(?:$|[和及、，]))", "responsible"),
]


def _first_char(pattern: str) -> str:
    """The literal character a predicate pattern starts with (after a look-behind)."""
    if pattern.startswith("(?<"):
        pattern = pattern[pattern.index(")") + 1:]
    if not pattern or pattern[0] in "\\[(.^$*+?{|":
        raise ValueError(f"predicate {pattern!r} must start with a literal character")
    return pattern[0]


# The alternation is tried at every position of a clause; a look-ahead for the characters the
# predicates start with turns most positions away at once (same matches, ~10x faster search).
# A second look-ahead, the same predicates without their named groups, turns away the positions
# that pass the first but start no predicate (~14 % of a clause's positions; 一, 为, 是, 对, 要…):
# the regex engine skips an alternative opening with a literal character that is not the one at
# the position without entering it, but tries each named group (~100) in turn. Only where some
# predicate matches are the named groups tried, in the same order: the same matches, spans and
# groups, ~4x faster searches (docs/SCALE.md, forty-first round). (Not when a predicate holds a
# capturing group of its own: the look-ahead's copy would add groups.)
_PRED_ALTERNATIVES = "|".join(f"(?:{p})" for p, _r in PREDICATES)
PRED_RE = re.compile(
    "(?=[" + "".join(sorted({_first_char(p) for p, _r in PREDICATES})) + "])"
    + ("(?=" + _PRED_ALTERNATIVES + ")" if re.compile(_PRED_ALTERNATIVES).groups == 0 else "")
    + "(?:" + "|".join(f"(?P<p{k}>{p})" for k, (p, _r) in enumerate(PREDICATES)) + ")")
# X将根据…对…进行督查 / X将定期对…进行通报 : an office's follow-up of a notice, as X将对…进行核查
# (the 对…进行 predicate after 将 and a manner, or any predicate the manner's end is read as, 将根据X
# 落实方案对…: 落实 a noun's part; a self-reference's 我局将… is its stated next step)
WORK_ON_RE = re.compile(next(p for p, _r in PREDICATES if p.startswith("(?<!将)对")))
WILL_FOLLOW_UP_RE = re.compile("将(?:(?:根据|依据|按照|依照|结合)" + CLAUSE_CHAR + "{1,30}?|定期|适时|不定期|视情)$")
# a portal's byline field opening a line (发布日期：2020-06-19 查看次数：…): its 发布 is no verb
BYLINE_START_RE = re.compile(BYLINE_FIELD)
# …and in a regulation's list of one holder's charges (X负责…；统一领导和指挥…；完善和落实…责任制), verbs
# of setting up and leading; not after a plan's modal (X要加强…，…；健全…: one sentence of a plan, one task,
# as tests/govs/prose-langfang labels it)
CHARGE_CONTINUE_RE = re.compile(r"^(?:统一(?:领导|指挥|组织|协调|管理)|完善|健全|建立健全|"
                                # (…；按照国家有关标准设置和完善…的交通设施 : a manner, then its verb)
                                r"(?:按照|依照|依据)" + CLAUSE_CHAR + r"{2,30}?(?:设置|设立|制定|建立|完善|组织|开展|"
                                r"实施|做好|加强))")
CHARGE_BEFORE_RE = re.compile(r"负责|主管|统一领导")
PLAN_MODAL_BEFORE_RE = re.compile(r"(?<![重需主必只])要(?![求点素件])|应当|必须|务必")
# verbs that open a clause continuing the previous subject's duty across ；
CONTINUE_RE = re.compile(r"^(?:同时|并|还|另外|此外|其中)?[，]?(?:也)?(?:牵头负责|具体负责|负责|牵头|配合|协助|"
                         r"会同|承担|履行|承办|指导|组织|协调|督促|统筹|监督|拟订|制定|审核|汇总|"
                         r"召集|开展|采取|管理|办理|兴办|推行|宣传|维护|调解|做好|抓好|及时|积极|接受(?!了)|"
                         # (…；纠正违法违规经营行为；倡导推行文明经商；实行划行归市… : a duty list's verbs)
                         # (not 建立/加强/规范…, a plan's exhortations going on after its 要: one task)
                         r"纠正|倡导|实行|查处|核查|受理|审查|制止|监测|培训|收集|"
                         # …；对违法养犬行为予以制止 : the segment's object first, then its verb
                         r"对" + CLAUSE_CHAR + r"{2,30}?(?:依法)?予以|"
                         # …；对经营、养殖场所免疫情况进行监督 : so with 进行 and the work done to it
                         # (…；对行业内的主体进行日常监督管理 : how often, before the work)
                         r"对" + CLAUSE_CHAR + r"{2,30}?(?:依法)?进行(?:日常|定期|常态化|经常性)?"
                         r"(?:监督|检查|监管|管理|查处|处理|审查|督查|督导|指导|考核|评估|整治)|"
                         # …；对本级党委、政府交办的职责分工事项，及时组织协商协调 : the matter as a
                         # clause of its own, then the verb
                         r"对" + CLAUSE_CHAR + r"{2,30}?(?:事项|问题|工作)，(?:及时|依法)?(?:组织|负责|协调|办理|处理))")
# partners named after the subject's verb: A牵头会同B / A负责，会同B / 配合B
PARTNER_RE = re.compile(r"^(?:牵头|负责)?(?:会同|协同|联合|连同)")
# …and 协同/联合 as the manner of a verb (协同实施本办法, 联合开展检查): doing together, no partner named
JOINT_MANNER_RE = re.compile(r"^(?:牵头|负责)?(?:协同|联合)(?:实施|执行|推进|做好|开展|落实|完成|办理|抓好|处置|"
                             r"查处|整治|治理|应对|保障)")
# a matter that 归 (belongs to) X to handle: …，主要归城市管理行政执法部门负责日常监管 (not 归口, 归属, 归档…)
BELONGS_TO_RE = re.compile(r"归(?![口属还档纳集类并])(?P<x>" + HAN + r"{2,30})$")
# the one helped, written holding the duty itself (X协助Y负责… / X协助Y牵头…): Y holds it, X assists
HELPED_HOLDS_RE = re.compile("^(?P<y>" + CLAUSE_CHAR + "{2,30}?)(?:具体)?(?:负责|牵头)(?!人|同志)")
# a name's last character that is the first of a word going on after it (本办法, 会议, 组织, 处理)
_WORD_GOES_ON_RE = re.compile(r"办(?=法|理)|会(?=议|商)|局(?=面|势)|组(?=织|成)|处(?=理|置|罚)|所(?=有|属|需)|室(?=内)")
# a verb acting on others right after a partner's name (会同X指导Y…: X the partner, Y the object),
# or the joint work's own verb (会同X做好企业开办工作, 会同X推行企业开办“一网通办”: the partner is X,
# never a name running on to the 办 of 开办)
ACTS_ON_AFTER_NAME_RE = re.compile(r"指导|督促|督导|帮助|指挥|做好|抓好|推行|推进|推动|落实")
# a news item's date before its first clause, and a meeting held (组织召开…会议): a report
NEWS_DATE_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?")
# (the date after a news item's lead-in: 眼下，为推动…工作，9月29日，X组织召开…会: a time word and the
# meeting's purpose, clauses of their own before the date)
NEWS_LEAD_RE = re.compile(r"(?:(?:眼下|近日|日前|近期|目前|当前)，)?(?:为" + CLAUSE_CHAR + r"+，(?:"
                          + CLAUSE_CHAR + r"+，){0,2})?" + NEWS_DATE_RE.pattern)
MEETING_HELD_RE = re.compile(r"(?:组织|主持)?召开" + CLAUSE_CHAR + r"*?(?:会|会议)$")
# a meeting's or a notice's point opening with its modal (一要…，二要…), no subject before it
POINT_MUST_RE = re.compile("^[一二三四五六七八九十]+要")
# a clause opening with a case passed on, no subject before its 将 (…的，将相关证据材料移送Y，…)
PASSED_ON_OPEN_RE = re.compile("^(?:及时|依法)?将" + CLAUSE_CHAR + "{0,12}?(?:案件|线索|证据材料|材料|问题)(?:移送|移交)")
# a field written before a subject (预付式消费领域行业主管部门负责…, 安全生产领域有关部门要…): no body's name
# holds 领域, the field is what the text speaks of
FIELD_BEFORE_UNIT_RE = re.compile("^" + HAN + "{2,12}?领域(?=" + HAN + "{2})")
# a time word before a subject (下一步我局将…, 下阶段各乡镇要…)
NEXT_STEP_RE = re.compile(r"^(?:下一步|下一阶段|下阶段|接下来|今后|近期|当前)(?=" + HAN + ")")
# a later clause whose holder takes another along (…，并与财政部门一起负责…的监督管理)
# the acts two bodies do jointly (A与B联合发布预警, 联合开展检查)
_JOINT_ACTS = _JOINT_ACTS_NOW + r"|组织"
# (…，与Y联合发布…: jointly, as 共同)
JOINED_BY_RE = re.compile(r"^(?:并且|并|还)?(?:及时|主动|积极)?(?:与|同|和)(?P<x>" + HAN + r"{2,30}?)(?:一起|一道|共同"
                          r"|联合(?=" + _JOINT_ACTS + r"))(?:负责|承担|做好|开展|实施|组织|推进|研究|" + _JOINT_ACTS + ")")
# a later clause of a labelled line opening with its partners (…，会同市气象局开展…; 并会同…)
LATER_PARTNER_RE = re.compile(r"^(?:并|同时|还|并且)?(?:要|应|应当|须|必须)?(?=会同)")
PARTNER_CLAUSE_RE = re.compile(r"^(?:并)?(?:会同|协同|联合|连同|配合)")     # a clause adding partners
# a partner list closed by 等(有关)部门/单位 within a sentence's length (会同A、B、…等部门)
LONG_PARTNER_LIST_RE = re.compile(r"^[^，。；：]{2,150}?等(?:有关|相关)?(?:部门|单位)")
# an adverb opening the verb's phrase, its 及 no conjunction (会同市场监管等部门及时办理…: no partner 时办)
JI_ADVERB_RE = re.compile(r"及时|及早")
# 会同同级财政部门 : the partner at the subject's own level (each level's, where it names several)
SAME_LEVEL_RE = re.compile(r"^同级(?:人民政府)?(?=" + HAN + "{2})")
# the level a body's name opens with (市, 各县（区）, 区、县, 县级以上人民政府, 自治县)
LEVEL_OF_RE = re.compile(r"^(?P<lv>旗?县级?以上(?:地方)?(?:人民政府)?|各级(?:人民政府)?|"
                         r"各?(?:区、县（市）|县（市、区）|区（县、市）|区（县）|县（区）|区县（自治县）|区县|"
                         r"县（市）|县区|区、县|县、区|县|区)|省|自治区|自治州|自治县|自治旗|市|州|旗)(?!场|政|级|域|民(?!政))")
# (城市管理委员会办公室可以设在同级城市管理部门，负责…: where the office may sit, its duty as where it sits)
# (an office moved by a notice adjusting the group, 指挥部办公室调整设在Y，承担… / 改设在Y: where it sits now)
OFFICE_RE = re.compile("(?:办公室(?:可以|可|调整|改)?设在|下设办公室(?:设)?(?:在|于))(?P<unit>" + CLAUSE_CHAR + "{2,30}?)$")
OFFICE_AFTER_RE = re.compile("^设在(?P<unit>" + CLAUSE_CHAR + "{2,30}?)$")
MODALS = ("应当", "应", "要", "须", "需", "只需", "务必")
# a subject, then the rule it acts by, before the clause of its verb (X依据…各自职责，承担…)
SUBJECT_MANNER_RE = re.compile("^(?P<s>" + CLAUSE_CHAR + "{2,40}?)(?:依据|依照|按照|根据|遵照)" + CLAUSE_CHAR
                               + "{0,40}?(?:职责|分工|规定|委托|决议|决定|责任范围)$")     # (…或者接受政府委托: a 群团's mandate)
# a clause that is a condition of the sentence (…的，), not its duty; or a case a list names (下列事项：
# （一）…需由市人民政府加以具体规定的； （五）市人民政府履行…职能需要制定行政规章的。)
# a clause 由X… closing with 的 before its comma: the case a rule provides for (…由业主委托物业服务
# 企业实施物业管理的，), not a duty of X
BY_CASE_END_RE = re.compile(r"的[，,]?$")
CONDITION_RE = re.compile("(?:[未不]由|需要?)" + CLAUSE_CHAR + "+的[；;。]?$")
# a subject, then a description, an exception or a condition before the clause of its duty:
# 妇幼保健机构是…事业单位，负责… ; 中心卫生院除…外，还应… ; 供稿单位如调整…，务必…
# (and where it is set up: 县征兵办公室设在县人武部，是负责组织实施的机构 / …，负责… : the office's, not its
# host's)
FRAME_RE = re.compile(r"是|除|如果|如|若|设在")
# a subject, then what it is made of or who fills its posts, before the clause of its duty (征兵办公室由
# 兵役机关和公安、卫生等部门有关人员组成，负责… : the office's; the members are no holders)
COMPOSED_FRAME_RE = re.compile("^(?P<s>" + CLAUSE_CHAR + "{2,30}?)由" + CLAUSE_CHAR + "{2,60}(?:组成|构成|担任|兼任)$")
# words that join a clause to the one before it, before its verb (还应…, 并承担…, 主要承担…)
# (都/均 before a modal too: X每次开展工作，都应认真记录)
CONNECTIVE_RE = re.compile(r"^(?:同时|并且|并|还|也|另外|此外|主要|(?:都|均)(?=应|要|须|必须))*")
# manner words opening the clause of the verb after a subject split from it by a comma
# (A、B等部门按照各自职责，共同做好… ; X在Y领导下，依法负责…)
# (not 积极/认真: …要求，积极组织… is as often a report of work done)
# (and each one's share: A、B等有关部门，按照各自职责做好… ; …，在各自职责范围内负责…)
# (…按照各自职责和本条例规定负责…: the regulation's own rules with it)
# (按照各自职责, and 按照职责 without 各自: 教育、财政等部门，按照职责做好…)
_OWN_SHARE = (r"(?:(?:按照|根据|依据|依照|按)(?:各自(?:的)?)?职责(?:分工)?|在各自(?:的)?职责(?:范围)?内)"
              r"(?:(?:和|及|以及)本(?:条例|办法|规定)(?:的)?(?:规定|有关规定))?")
LEAD_MANNER_RE = re.compile(r"^(?:(?:共同|依法|依规|分别|具体|坚决|"
                            # X结合实际，科学合理划分… : how well, opening the verb's clause
                            r"科学合理|科学|合理|"
                            # X按照…职责，按季度对…进行自查 : how often, opening the verb's clause
                            r"按(?:季度|月|年度|周)|每(?:季度|月|年|周)|定期|" + _OWN_SHARE
                            # X在…领导下，依照法律规定独立行使…监督权 (工作规则)
                            + "|依照" + CLAUSE_CHAR + "{1,20}?规定|独立"
                            # X集中行使划转事项审批权 : a power gathered in one body (审管分离), as 独立
                            + "|集中(?=行使)"
                            # X接受Y的指导，按照规定协助… : by the rules, none named
                            + "|(?:按照|依照|按)(?:有关|相关)?规定"
                            # X按照…的原则，在编制限额内设置… : within a limit or scope
                            + "|在" + CLAUSE_CHAR + "{1,12}?(?:限额|范围)内)"
                            # (依法、依规做好… : two manners joined by 、)
                            + "(?:、(?=依|共|分|具|坚))?)+(?=" + HAN + ")")
HOST = "host"           # the role, inside this module, of the unit a group's office is set in
MAX_SUBJECT = 90        # characters: a longer phrase before a verb is not a list of units
# …unless it is a long list of short names (a regulation's seventeen sectors, 发展改革、工业和信息化、
# …、综合行政执法等有关主管部门): every piece between 、 a name's length
_LONG_LIST_PIECE = 12


def _long_list(text: str) -> bool:
    pieces = text.split("、")
    return (len(pieces) >= 6 and len(text) <= 3 * MAX_SUBJECT
            and all(len(p) <= _LONG_LIST_PIECE for p in pieces[:-1]))
# predicates that name a duty on their own (a unit after a relative clause may take them)
STRONG_RE = re.compile(r"^(?:牵头|负责|具体负责|负总责|会同|配合|协助|对.*负)")
# "by their own duties" opening the clause of the verb after a subject alone (A、B等部门，按照各自
# 职责协同实施…; not 积极/认真, as often a report's: …各县认真按照…要求，积极组织…)
OWN_DUTIES_OPEN_RE = re.compile(r"^(?:依法)?(?:(?:按照|根据|依照)?各自职责|(?:按照|根据|依照)职责分工)")
MANNER_AFTER_RE = re.compile(r"^(?:依法|积极|主动|切实|认真|具体|按照各自职责|根据各自职责|依照各自职责|按职责|依照职责)*")
# whom a subject split from its verb by a comma reports to (X受Y委托，向Z汇报…工作)
TO_WHOM_OPEN_RE = re.compile("^向" + CLAUSE_CHAR + "{1,30}?(?=汇报|报告)")
ROLE_AFTER_MODAL = {"牵头负责": "lead", "牵头": "lead", "配合": "support", "协助": "assist"}
VERB_AFTER_MODAL_RE = re.compile("|".join(ROLE_AFTER_MODAL))
# words between a subject and its verb
# (the characters a manner word can start with, a digit too (2021年底前): the search below is
# tried at every position of a subject, and a look-ahead for them turns most positions away
# at once; same matches, tests/extract/test_duty_reader_speed.py)
# a character of a manner's object, a quoted name counting as one (按照“年初建账、逐月查账、年底交账”的
# 督查制度: the quotation's words are the system's name, however long)
_MANNER_OBJ_CHAR = "(?:“[^“”，。；]{1,30}”|《[^《》，。；]{1,60}》|[^，。；“”])"
_MANNER_FIRST = r"[\d在按根依分共切主具认积及事统直足要应须必务也都均还则将进予会原到于向对结受独并严马立尽每全密接收同自不科合坚集定适以重]"
MANNER_RE = re.compile(
    "(?=" + _MANNER_FIRST + ")(?:" + _UNDER_LEAD + "|" + _OWN_SHARE + r"|根据各自职责|按照各自职责|按各自职责|依据各自职责|按照职责分工|"
    # 按照属地管理原则负责… ; 依据授权或者委托负责… (a district's share, a zone's mandate)
    r"(?:按照|根据|依照)属地(?:管理)?(?:的)?原则|(?:依据|根据|依照)(?:授权|委托)(?:或者|或)?(?:授权|委托)?|"
    r"按职责分工|根据职责分工|在职责范围内|分工|按照职责|按职责|依据职责|依照职责|根据职责|依法依规|依法|分别|共同|切实|主要|"
    r"具体|认真|严格|积极|及时|事先|统一|直接|足额|要|应当|应|须|必须|务必|也|都|均|还|将|要进一步|进一步|予以|"
    # 各乡镇人民政府和森林经营单位不仅要…，更要… : the first half of a 不仅…更… pair
    r"不仅|不但|"
    # 而X则对…实施监督管理 : 则 (in turn) after the subject of a contrast
    r"(?<=[院局厅委办府门关构会])则|"
    # 市有关部门全力配合 : how hard ; 街道办事处科学合理划分网格 : how well
    r"全力|密切|主动|科学合理|科学|合理|"
    # 各县级市（区）自行承担… : on its own (its own budget)
    r"自行|"
    # X集中行使划转事项审批权 : a power gathered in one body (审管分离), as 统一
    r"集中|"
    # 村务监督委员会定期开展集体学习 : how often, as LEAD_MANNER_RE reads it after a comma (not 将定期, a
    # notice's follow-up: WILL_FOLLOW_UP_RE)
    r"(?<!将)定期|"
    # 市容局环卫处马上组织人员… (a reply's action at once: when, as 及时)
    r"马上|立即|尽快|"
    # 县公安局重点抓好以下工作 : where the weight of the work lies, right before the verb (the
    # subject's last words; 重点 in a name, 重点单位, is no end of one)
    r"重点|"
    # 区科技局每年适时发布申报通知 : when the time is right (not after 将: X将适时…, as X将定期…, is an
    # office's follow-up, no duty; docs/DUTIES.md)
    r"(?<!将)适时|"
    # 市应急管理局接报后，按规定时限上报… : when, after a report reaches it
    r"(?:接报|接到报告|接到通知|收到报告|接到预警)后|"
    # 自治县的人民检察院并对上级人民检察院负责 : 并 (also) after a subject written again
    r"(?<=[院局厅委办府门关构会])并|"
    # 各级公安禁毒专门机构同时是…的办事机构，应… : 同时 (at the same time) after an organ's name
    r"(?<=[院局厅委办府门关构会])同时|"
    # 县农业局会发布… : 会 (will) after an organ's name, not the end of a name (委员会, 村委会 keep it)
    r"(?:(?<=[局厅处])|(?<=部门)|(?<=政府)|(?<=单位)|(?<=机关)|(?<=中心)|(?<=办公室))会|"
    # 原则上到2021年底要… : when, as a rule
    # 法制部门每年年初制定方案 ; 市统计局每季度末汇总… : when, each year or term
    r"每(?:年度|年|半年|季度|月|周)(?:年初|年底|年末|初|底|末)?(?:前)?|"
    r"原则上|(?:到|于|在)?\d{4}年(?:\d{1,2}月)?(?:底|末)?(?:前|以前)?|(?:在|于)?\d{1,3}个工作日内|"
    # 市办医院主要向本市居民提供…: whom the work is for; 血站对献血者必须…: what it is done to
    # (not 对不/对未: X对不落实…的单位 is what X acts on, its 落实 negated, no verb of X's)
    "向" + CLAUSE_CHAR + "{1,20}?|对(?![不未])" + CLAUSE_CHAR + "{1,12}?|"
    # 承办单位在相关业务工作中认真研究…: where the work is done; 乡级党委和政府在…职责约定中，应当…
    "在" + CLAUSE_CHAR + "{1,20}?中|"
    # 县卫生健康局、县医疗保障局等部门在医疗、医保、医药等方面加强… : the fields the work is done in
    "在" + CLAUSE_CHAR + "{1,20}?(?:方面|领域)|"
    # 开发区管委会在编制限额内设置…: within a limit or scope
    "在" + CLAUSE_CHAR + "{1,12}?(?:限额|范围)内|"
    # 计划、财政部门按同级人民政府的部署和财力情况，… (not 按需扩区: 按 alone only before what it follows)
    "按" + CLAUSE_CHAR + "{1,20}?(?:部署|情况|状况|安排)|"
    "结合" + CLAUSE_CHAR + "{0,30}?实际|按照" + _MANNER_OBJ_CHAR + "{1,30}?要求|(?:依据|根据|按照)"
    # (行业主管部门依据本条例和有关法律法规规章的规定及本级人民政府的要求，配合…: 25 characters)
    + _MANNER_OBJ_CHAR + "{1,30}?|"
    # 市政府各工作部门依照法律、法规和规章行使职权 ; 市审计局…依照法律规定独立行使审计监督权 ;
    # 市政府工作部门受市政府的委托，向…汇报 (工作规则)
    "依照" + _MANNER_OBJ_CHAR + "{1,20}?|独立|受" + CLAUSE_CHAR + "{1,20}?委托|"
    # 名单由市发展改革局以工作专班综合协调组名义印发 : in another body's name, the one acting before it
    "以" + CLAUSE_CHAR + "{1,20}?名义|"
    # 自治州人民政府坚持以…理论为指导，采取…措施 ; X坚持党在农村的基本政策，制定… : the guidance or the
    # policy the body keeps to, before the verb's clause (坚持 is no duty of its own: 市委、市政府坚持
    # 以…为指导 is a plan's guiding idea as often); a clause of its own (市委编办坚持三项原则进一步完善… :
    # a headline's words, no manner)
    "(?:坚持以" + _MANNER_OBJ_CHAR + "{1,30}?为(?:指导|引领|统领|中心|导向|根本|主线)|坚持" + _MANNER_OBJ_CHAR + "{1,20}?(?:政策|方针|原则|路线|观))(?=[，,]|$))+$")
UNDER_LEAD_END_RE = re.compile(_UNDER_LEAD + "$")
# a sentence opening with the body it works under and no subject of its own (X是…领导机构。在县长的
# 领导下，…统一领导…): it goes on with the holders of the sentence before, as 并要… does
UNDER_LEAD_OPEN_RE = re.compile("^" + _UNDER_LEAD + "$")
UNDER_LEAD_START_RE = re.compile("^" + _UNDER_LEAD)   # X，在本级人民政府领导下履行…: before the verb
# a leading enumeration marker or article number
_CN_NO = "[" + CN_DIGITS + "]{1,3}"                              # 一 … 九十九
_ARTICLE_NO = "第[" + CN_DIGITS + r"百零\d]{1,5}"                  # 第十二 (条, 章, 节)
# (壹 for 一: a mirror's traditional-script conversion writes （壹）, 第壹责任人)
_ITEM_NO = "（[" + CN_DIGITS + r"壹\d]{1,3}）|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]"   # （一） 1. （1）
# (a chapter's heading run into its first article, 第二章 档案机构及其职责 第四条 X…, is part of the mark)
# (a site's own paragraph number before an article, 4、  第四条 X…: both are the mark)
MARKER_RE = re.compile("^" + SPACE + "*(?:\\d{1,3}[、.．]" + SPACE + "*(?=" + _ARTICLE_NO + "[章条]))?"
                       "(?:(?:" + _ARTICLE_NO + "章" + SPACE + "*[^，。；：:\\s　]{1,20}?" + SPACE + "*)?"
                       # (an article's title in brackets after its number: 第三条（职责分工）X负责…)
                       + _ARTICLE_NO + "条(?:" + SPACE + "*（[^（），。；：]{2,10}）)?|" + _ITEM_NO + "|" + _CN_NO + "[、是]"
                       # (a circled number before a plan's step, ②事发地政府值班室接报后，应…)
                       + "|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]"
                       # (a flattened table's row number before its unit, 1 市公安局 负责…: no count of anything)
                       + r"|\d{1,3}[ 　]+(?=[\u4e00-\u9fff])(?![个项件条次年月日天名人家所座处万亿元份批期届])"
                       # (a plan's numbered section run into its text, 5.3.4现场指挥部的职责是：…: a
                       # number of two to four parts, no amount: 1.5万元, 2.5亿)
                       + r"|\d{1,2}(?:[.．]\d{1,2}){1,3}(?![\d.．])(?=[\u4e00-\u9fff])(?![个项件条次年月日天名人家所座处万亿元份批期届倍])"
                       + ")" + SPACE + "*")
# (a page's bullets, ``- 审批…`` / ``• 监督…``, are items too where a list's header carries its subject)
ITEM_RE = re.compile("^" + SPACE + "*(?:" + _ITEM_NO + "|[-•·●▪](?=" + SPACE + "*[\u4e00-\u9fff]))")
TOP_ITEM_RE = re.compile("^" + SPACE + "*" + _CN_NO + "、")     # 一、 : items of a list numbered at the top level
ARTICLE_RE = re.compile("^" + SPACE + "*" + _ARTICLE_NO + "[条章节]")
# the words that define a short name in brackets: （以下简称X）, （下简称X）, （简称X）, （以下称X）
_SHORT_DEF = r"(?:以下简称|下简称|简称|以下称|下称)"
# where an office is hosted, written in its brackets before its short name: X（设在区气象局，以下简称Y）
_HOSTED_BEFORE_DEF = r"(?:设在[^（）〔〕［］，,。]{2,20}[，,])?"
# the host alone in brackets after an office's name: X（设在区气象局）具体负责… (the office's duty, not the host's)
HOSTED_NOTE_RE = re.compile(r"（设在[^（），,。]{2,20}）")
# a zone's short name a text defines (开发区, 新区, 高新区) and the full name it stands for, and a
# committee named with the short name (开发区管理委员会, 新区管委会)
_ZONE_SHORT_RE = re.compile(r"(?:经济技术开发区|经济开发区|开发区|高新区|新区|园区|示范区|试验区|合作区|保税区)")
_ZONE_FULL_RE = re.compile(HAN + r"{2,20}(?:开发区|高新区|新区|园区|示范区|试验区|合作区|保税区)")
# (执行委员会: the committee that runs a zone under a joint council, 合作区执行委员会)
_ZONE_COMMITTEE_RE = re.compile("(?P<z>" + _ZONE_SHORT_RE.pattern + ")(?P<c>管理委员会|管委会|执行委员会)")
# a body acting for a government, the words before its act (开发区管委会代表市人民政府行使…职权): no part of its name
_ACTS_FOR_GOV_END_RE = re.compile("(?<=" + HAN + "|）)代表(?:本级|同级)?[省市州盟县区旗]?(?:人民)?政府$")
# a list's head with the other kind of body it covers in brackets (…等部门（机构）, …等部门（单位）): the head
# (a list's only: 有关部门（机构） alone is one collective as written)
_HEAD_ALT_KIND_RE = re.compile(r"(等(?:省级|市级|县级)?(?:有关|相关)?(?:行政)?(?:主管)?部门)（(?:机构|单位)）$")
# the document's level and a place named in full sharing what follows (市、浦东新区人民政府, 市和浦东新区
#科技、卫生健康等部门)
_LEVEL_AND_PLACE_RE = re.compile("^(?P<top>省|市)[、和](?P<place>" + HAN + "{2,8}?(?:新区|区|县|市))(?P<rest>" + HAN + ".*)$")
# two lists, each with its own head: 发展改革、…等部门以及海关等单位, …等部门以及电力、通信等单位
_TWO_ETC_LISTS_RE = re.compile("^(?P<a>" + HAN + "{2,}?、.+?等(?:有关|相关)?(?:行政)?(?:主管)?部门)(?:以及|及|和)"
                               "(?P<b>(?!其他|其它|有关|相关)" + HAN + ".*?等(?:有关|相关)?(?:单位|(?:金融)?机构|部门))$")
# the utilities and carriers a list of 部门 names (no government's body at any level)
_UTILITY_RE = re.compile(r"^(?:电力|供电|供水|供气|燃气|通信|电信|通讯)")
# a place named in full, its government written or not, then a list of fields sharing one head:
# 浚县人民政府住房城乡建设、规划、文物等主管部门, 信阳市人民政府发展和改革、水利等部门
_PLACE_THEN_LIST_RE = re.compile("^(?P<place>" + HAN + "{1,10}?(?:自治县|自治州|新区|区|县|市|旗|盟))"
                                 "(?P<gov>人民政府|政府)?(?P<rest>" + HAN + "{2,}?、.+等?(?:有关|相关)?(?:行政)?"
                                 "(?:主管|管理)?(?:部门|机关|机构))$")
# an institution named by its charge, a body each level's government has (城乡建设档案管理机构, 精神文明建设工作机构)
_CHARGED_INSTITUTION_RE = re.compile(HAN + "{2,12}(?:主管|管理|执法|监督|工作|指导)机构$")
# the departments and units concerned closing a list (X、有关部门和单位): the departments
_DEPTS_AND_UNITS_END_RE = re.compile("(?<=[" + HAN_RANGE + "）]、)((?:有关|相关)部门)和(?:有关|相关)?单位$")
# how a body's name ends (a partner's name read before the verb after it)
_NAME_END_RE = re.compile(r"(?:部门|机关|机构|单位|政府|局|委|办|厅|院|会|中心|站|所|队|(?<![查惩处判])处|组|室|署|(?<![内全局东西南北中外干上下])部)$")
# a template's letter standing for a township's name (X镇, ××乡)
_NAME_LETTER_RE = re.compile("^" + TEMPLATE_LETTER + "{1,3}(?:镇|乡)$")
# townships and sub-districts described before their pair (相关乡镇（街道）, 沿线乡镇（街道）,
# 项目所在乡镇（街道）, 各相关乡镇) or after a place named in full (莲都区各乡镇（街道）)
_TOWNS_OF_RE = re.compile("^(?:各?(?:相关|有关|属地|沿线|辖区内?|涉及的?|" + HAN + "{0,8}?所在(?:地)?的?)各?|"
                          "(?P<place>" + HAN + "{2,8}?(?:区|县|市))各)"
                          "(?P<x>乡镇（街道）|乡（镇）、街道|镇（街道）|乡镇、街道|乡（镇）（街道）|街道（乡镇）|街道（镇）|"
                          # (项目所在镇村, 相关乡镇: the townships, or towns and villages, concerned)
                          "乡镇|镇村|村（社区）)$")
# a station named by its field alone (安监站), and the facilities so named (加油站, 污水处理站)
# a community named bare, read as a holder only beside units in a list or after 由 with a verb
BARE_COMMUNITY = ("社区",)
# a village named bare, one character, read as a holder only after 由 with a verb (由村统一收集…上报,
# 由村盖章证明: a township's text to its villages); not 由村民…, 由村到镇 (no verb after it)
BARE_VILLAGE = ("村",)
# a body named by its part in a matter, after 由 and a verb (由公园业主单位负责, 由制订单位修订, 由项目业主组织编制): the
# text gives it the work (tests/govs/prose n13, n58; an owner, a drafter, a project's legal person: not 业主 alone, persons)
# (…and the other parties a matter names by their part: 开发单位, 开办部门, 权属单位, 产权单位, 经营管理单位,
# a matter's 责任单位 (门前三包责任单位): 由开发单位负责, 由权属物业公司或权属单位负责)
ROLE_BODY_RE = re.compile("(?:" + HAN + "{0,6}(?:业主单位|制订单位|制定单位|开发单位|开办单位|开办部门|权属单位|产权单位|"
                          "经营管理单位|管理单位|责任单位)|(?:" + HAN + "{0,6})?项目(?:业主|法人))")
_STATION_RE = re.compile("(?:[镇乡]|街道)?" + HAN + "{2,6}站")
_FACILITY_RE = re.compile(r"加油|加气|充电|换电|处理|中转|转运|收费|检查|泵|车站|网站|驿站|服务站|公交|客运|货运|"
                          r"水厂|电站|变电|基站|气象站|观测|监测|哨")
# a level word before a short name the text defined without one (市中医药主管部门)
LEVEL_BEFORE_SHORT_RE = re.compile(r"^(?:自治县|省|市|州|县|区)(?!场|政|级|域|容|民)")
# a short name that is a kind of unit (准入单位, 责任部门) and a list of bodies before it
SHORT_KIND_RE = re.compile("^" + HAN + r"{2,8}(?:单位|部门|机构|机关)$")
LIST_OF_BODIES_RE = re.compile(r"[、和及](?:有关|相关|其他)?" + HAN + r"{0,8}(?:单位|部门|机构|机关|组织)$")
# (or in square brackets round a short name that has brackets of its own: X（Y）［以下简称Z（Y）］)
# (or in round ones, the short name in quotes with its alternative in brackets: 镇人民政府、街道办事处
# （以下简称“镇（街道）”）)
DEFINE_RE = re.compile("(?:（|(?P<sq>[［〔\\[]))" + _HOSTED_BEFORE_DEF + _SHORT_DEF + r"(?:(?P<q>[“\"「])|)"
                       r"(?P<short>(?(sq)[^［］〔〕\[\]”\"」《》]{1,24}|"
                       r"[^（）”\"」《》]{1,20}(?(q)(?:（[^（）”\"」《》]{1,10}）)?)))[”\"」]?(?(sq)[］〕\]]|）)")
# levels listed before one government they share, written out as a list of level words:
# 乡、民族乡、镇人民政府, 市、县、自治县人民政府, 省和市、县人民政府 (each level's own government)
# (a level written with its alternative in brackets: 县（区）, 乡（镇）, 区（县级市）, 县（市、区）;
# not 区、县（市）, one collective of LEVEL_LIST_RE)
# (县（市）, 市（县）: a county level with the county-level cities beside it, before the districts: 市、市（县）、区人民政府;
# 区、县（市）人民政府 stays one collective)
_LEVEL_WORD = ("(?:(?:旗县|县)（(?:市、)?区）|旗县（市）|区（县(?:级市)?）|乡（镇）|县（市）(?=[、和]区)|市（县）|"
               # (the county level with two kinds or more of its divisions in brackets: 县（市、区、林区）, 县（特区、区）;
               # not after 区、, 区、县（自治县、市）, a municipality's districts and counties as one collective)
               "(?<!区、)县（" + LEVEL_KIND + "(?:、" + LEVEL_KIND + "){1,4}）|"
               # (a province's cities and prefectures as one level: 市（州）、县（市、区）人民政府, 州（市）…,
               # 市（地、州）, the prefectures of older texts)
               "市（(?:地、)?州(?:、盟|、地)?）|州（市）|"
               # (a province's and the State's texts name the cities by their class: 设区的市、县人民政府,
               # 地级以上市和县级人民政府, 城市、县人民政府)
               "设区的市|地级以上市|城市(?=[、和](?:县|自治县))|"
               "省|自治区|直辖市|自治州|盟市|市|州|盟|县级市|自治县|县|自治旗|旗县|旗|区|民族乡|苏木乡镇|苏木|乡镇|乡|镇|"
               # (a level by its rank: 自治州和县级人民政府, 市级和县级人民政府)
               "(?:省|市|州|县|乡)级(?!市|以))")
# (the shared government may be followed by a department of it: 省、自治区、直辖市人民政府X主管部门,
# the provinces' departments in a national text)
# (with the count of its levels: 县、乡镇两级政府, a county's text naming itself and its townships)
# (a national text names the provinces' departments without their head too: 省、自治区、直辖市药品监督
# 管理部门, the head empty, each level's department named after it)
LEVEL_WORDS_RE = re.compile("^(?P<levels>" + _LEVEL_WORD + "(?:[、和]" + _LEVEL_WORD + ")+)(?:两级|三级)?的?"
                            "(?P<head>人民政府|政府|(?<=^省、自治区、直辖市)(?![和及与或的、])(?=" + HAN + "{2,20}(?:部门|局|厅)$))"
                            "(?P<dept>" + HAN + "{2,20})?$")
# …and with the last level's alternatives in brackets (市和县（市、区）人民政府), the list read
# only when the two-level reading below does not take it
LEVEL_WORDS_GLOSSED_RE = re.compile("^(?P<levels>" + _LEVEL_WORD + "(?:[、和]" + _LEVEL_WORD + ")*和"
                                    + _LEVEL_WORD + r"（[^（）]{1,8}）)的?(?P<head>人民政府|政府)$")
# the township level written with its other kinds in brackets (乡（镇、街道）人民政府, 乡（民族乡、镇）人民政府,
# 镇（乡、街道）, 苏木（乡、镇）, 乡（镇、办事处） as 周口's rules write it): the townships' governments as a set, as 乡（镇）人民政府 is (two kinds at least:
# one, 乡（镇）, is read as a name with its alias)
_TOWN_KIND = r"(?:乡|镇|民族乡|街道办事处|街道|办事处|苏木|民族苏木)"
TOWN_LEVEL_ALT = r"(?:乡|镇|乡镇|街道|苏木)（" + _TOWN_KIND + "(?:、" + _TOWN_KIND + "){1,3}）"
TOWN_LEVEL_ALT_RE = re.compile("^各?" + TOWN_LEVEL_ALT + "(?:人民政府|政府)?$")
# a subject shared by two levels: 市、县（市、区）爱卫办
# (the lower level written with its variants in brackets, 县（市）, 县（市、区）, 县（区、市）, 区（县级市）,
# is one level word: the top level's unit is named by its own, 州人民政府, never 州（市）人民政府)
# (an autonomous prefecture's text writes its own level in full: 自治州、县（市）人民政府)
# 或者 between the top level and the lower ones (由市或者区、县人民政府划拨)
_LEVEL_OR_RE = re.compile(r"(?<=^[省市州])或者?(?=[区县](?!级))")
LEVELS_RE = re.compile(r"^(?P<top>省|自治区|盟市|盟|市|自治州|州)(?:、|和(?=区|县(?!级)|各))(?:(?P<mid>盟市|市)、)?"
                       # (市和各县级市X / 市、各县级市X: the city's X and each county-level city's)
                       # (重庆's 区县（自治县）, 区、县（自治县、市）: the county level with its autonomous
                       # counties and county-level cities in brackets)
                       r"(?:各(?=县级市|区县|县区|县|区))?(?P<low>(?:区县|县)（自治县(?:、市)?）|县区|区县|县级市(?:（[区县、]{1,3}）)?|区、县|县、区|旗县(?:（[市区、]{1,5}）|级|区)?|县[和、]市辖区|县(?:（[市区旗、]{1,5}）|" + LEVEL_KIND_ALT + r"|级)?|区(?:（(?:县级市|[县市、]{1,5})）)?|"
                       # (省、设区的市X / 省、地级以上市X: the province's and its cities'; 市、相关区X: the districts
                       # concerned)
                       r"(?<=省、)(?:设区的市|地级以上市)|(?:相关|有关)(?:区县|县区|区|县))"
                       r"(?:、(?P<town>乡（镇）|镇（乡）|乡镇|" + TOWN_LEVEL_ALT + "))?(?:两级|三级)?")
# the verbs passing a matter on to the one who handles it (转交X办理, 交由X处理; a bare 转 too)
PASSING_VERBS = "转交|转由|交由|转送"
# an item opening with a verb that passes a matter on: 批转有关部门 (办理) names a way of handling it
PASSING_START_RE = re.compile("^(?:批转|" + PASSING_VERBS + ")")
# a name that opens with a verb or a preposition is a phrase, not a unit (完善部门协同机制,
# 鼓励企业牵头…, 在上级业务部门指导下), also after the 并 going on with the sentence's subject
# (…，并督促各类培训机构开展…: the object of 督促, not a new subject)
VERB_START_RE = re.compile(r"^(?:并且?)?(?:完善|制定|加强|强化|落实|推进|推动|鼓励|提升|实现|不得|要求|改造|依法|需要|在|对|依靠|依托|"
                           # (属于本部门受理的，应当… : whose matter it is, a condition, no name)
                           r"属于|不属于|"
                           r"全面|清理|支持|引导|建立|健全|发挥|开展|督促|促进|加快|深化|优化|规范|培育|"
                           r"扶持|引进|严格|积极|确保|按照|根据|通过|将|把|向|为|从|以|经(?![济贸信])|被|让|使|给予|"
                           # (做到 and what is to be achieved: 做到总揽全局、协调各方, no body)
                           r"协调|统筹|组织|指导|做好|做到|抓好|压实|明确|探索|坚持|提高|加大|强调|推广|发展(?!和?改革)|"
                           r"整合|依托|围绕|聚焦|针对|结合|参照|督导|配合|协助|会同|牵头|负责|承担|履行|应(?!急)|须|要|"
                           r"大力|优先|广泛|出台|瞄准|确定|是|与|联合|加快|监督|全市|全省|所有|同时|作为|其中|成立|组建|"
                           r"构建|形成|设立|设置|启动|及时|定期|稳步|报|第|保障|维护|移送|采取|"
                           # (撤销X领导小组，其工作由Y承担 : the body a notice dissolves, merges, keeps or
                           # renames is that act's object, not a subject; the duty is Y's)
                           r"撤销|撤消|撤并|合并|保留|更名|调整|恢复|"
                           # (审定物业管理公司制订的…计划: a verb and its object, not a company)
                           r"审定|审核|审查|选聘|续聘|"
                           # (a matter passed on: 转县住建局依法处理, 交由区城管局办理, not a name)
                           + PASSING_VERBS + r"|批转|转(?=[省市州县区乡镇各有相])|"
                           # (持 and 凭 of a holder's condition: 持市国土资源主管部门颁发的采矿许可证…开采的, 凭…证明)
                           r"持(?!续)|凭|"
                           # (发现 of a condition: 发现需要进一步理顺部门职责分工的，应当… names no body)
                           r"发现|"
                           # (a purpose going on after a comma, 主要用于…，解决协会承担…的需要: 解决 and its
                           # object, no body; a group named by the problem it solves, 解决…问题领导小组, is one)
                           r"解决(?!" + CLAUSE_CHAR + r"{0,20}?(?:小组|联席会议|指挥部|专班|办公室)))")
# a preposition or a duty verb inside a name: a phrase (住宅小区在村（居）民委员会, 应指定专人配合公安机关)
DUTY_VERB_IN_RE = re.compile(r"[在按由向对把将与均]|所有|配合(?!单位|部门)|协助|负责(?!部门|单位)|牵头(?!部门|单位)|会同|召集|指定|应当|设立|成立|组建|受(?![理托灾益援让委])")
# a header opening the rules of conduct of whom a regulation governs (房屋租赁中介机构应当遵守
#下列规定：), which are no duties given to an actor
CONDUCT_RE = re.compile(r"遵守(?:下列|以下|如下)(?:规定|要求|规范)|履行(?:下列|以下|如下)义务")
# a duty list's header that names its holder by 其 (its), or by nothing, after the sentence (or the
# article) naming the holder: 其主要职责是： / 主要工作职责是：
ITS_DUTIES_RE = re.compile(r"^其?(?:主要|具体)?(?:工作)?(?:职责|职能|任务)(?:是|为|如下)?[：:]$")
# …and the requirements a sentence before charges its holder with, listed after: X要…。具体要求主要有：
ITS_REQUIREMENTS_RE = re.compile(r"^(?:其|主要|具体|工作)*要求(?:主要)?(?:有|是|为|如下)[：:]$")
# …and the list written on after it in running prose, no colon (X为县委工作部门，…。主要职责是贯彻执行…；
# 组织开展…。负责…；指导…): every duty of the paragraph after it is the holder's
# a working group of a plan named by its work, led by a unit (一、综合协调组由市应急管理局牵头，A、B参加。): the
# topic of the sentence; a 主要职责： written on after it (主要职责：…；…) lists the group's duties
GROUP_TOPIC_RE = re.compile("^(?:[" + CN_DIGITS + r"]{1,3}、|\d{1,2}[、.．])?(?P<g>" + HAN + "{2,10}组)由" + CLAUSE_CHAR
                            + "{2,30}?牵头")
# …and a working group's row of a table flattened into a line: the group, its empty cells for the
# leader and members (组 长 副组长 成 员), then 职责 (a space inside it) and its duties
GROUP_ITEM_LABEL_RE = re.compile("[ 　]*(?P<g>" + HAN + r"{2,10}?(?:组|专班))"
                                 r"(?:[ 　]+(?:副?[ 　]*组[ 　]*长|成[ 　]*员|副?[ 　]*主[ 　]*任))*"
                                 r"[ 　]+(?:主要)?职[ 　]*责[：:]?[ 　]*")
GROUP_DUTIES_RE = re.compile(r"^(?:主要|具体)?(?:工作)?(?:职责|任务)[：:](?=" + HAN + ")")
# …and a plan's working group as a numbered heading of its own line (4.6.8 城市基础设施抢险与应急恢复组,
# （三）医疗救治组), its leader's and members' lines after it (组 长：X负责人 / 成员单位：A、B), then its
# duties or measures labelled with no subject (主要应急措施：组织力量… / 主要职责：负责…): the group's
PLAN_GROUP_HEADING_RE = re.compile(r"^(?:\d{1,2}(?:[.．]\d{1,2}){0,3}[、.．]?|[（(][" + CN_DIGITS + r"]{1,3}[）)]|["
                                   + CN_DIGITS + r"]{1,3}、)?(?P<g>" + HAN + r"{2,16}?(?:组|专班))$")
PLAN_GROUP_MEMBERS_RE = re.compile(r"^(?:副?组长|副?指挥长|成员单位|成员|组成单位|牵头单位)[：:]")
PLAN_GROUP_DUTIES_RE = re.compile(r"[ 　]*(?:主要|具体)?(?:应急)?(?:工作)?(?:职责|任务|措施)[：:][ 　]*(?=" + HAN + ")")
ITS_DUTIES_INLINE_RE = re.compile(r"^其?(?:主要|具体)?(?:工作)?(?:职责|职能)(?:是|为)(?![：:])(?=" + HAN + ")")
# …and a run-in label of duties opening a sentence under a duties heading (主要职责：听取…), its
# holder the heading's body
DUTIES_RUN_IN_RE = re.compile(SPACE + r"*(?:主要|具体)?(?:工作)?(?:职责|职能)(?:是|为)?[：:]" + SPACE + "*(?=" + HAN + ")")
# a 三定 rule's article stating what its agency is (X（简称Y）为市政府工作部门): the holder of a later
# bare 主要职责是： list, the agency the rule is about
AGENCY_RE = re.compile("^(?P<x>[^，。；（）]{2,40}?)(?:（[^（）]*）)?(?:为|是)" + CLAUSE_CHAR + "{0,16}?"
                       r"(?:工作部门|组成部门|直属机构|直属特设机构|部门管理机构|派出机构|直属事业单位)")
# a header that opens a list of duties (X履行下列职责： / 应当遵守以下规定：), not of contents
# (…其主要职责为： as …是：, the copula a hospital's or a school's rules write)
DUTY_HEADER_RE = re.compile(r"(?:职责|职权|职能|工作|义务|规定|事项|任务|责任|措施)(?:如下|是)?[：:]$|(?:职责|职能|任务)为[：:]$")
# …and a duty of 负责/主管 closed by a colon, its parts listed after it (市、县两级文物主管部门负责
# …的指导协调和监督管理：; 乡人民政府对村民委员会的工作给予指导、支持和帮助： the help given, its kinds
# the items), unless the colon opens a list of cases (有下列情形之一的，由X…：)
DUTY_PARTS_HEADER_RE = re.compile(r"负责|主管|给予(?:指导|支持|帮助|监督)")
# …also a duty of a named work closed by a colon (村民委员会依照…，协助乡级人民政府做好…的有关工作：), which
# DUTY_HEADER_RE takes for a list's header: the work is X's duty as well as its items (not 做好下列工作：)
# (…的献血工作： a work named by its field before 工作, as …的有关工作：)
WORK_PARTS_HEADER_RE = re.compile(r"(?:负责|协助|做好)" + CLAUSE_CHAR + r"{2,40}?的(?:有关|相关)?" + HAN + r"{0,6}?工作[：:]$")
CASES_HEADER_RE = re.compile(r"下列|以下|如下|之一|情形|行为")
# a header's own duty before its list (X负责… / X应当…，履行下列职责： / X主管…工作，对…履行下列职责：)
# (承担 too, and a body said to be a field's authority: 各级各类医疗机构承担…报告任务，具体职责为： / X是…的登记管理机关，
# 具体履行以下职责：, as the same sentence closed by a full stop reads)
OWN_DUTY_BEFORE_LIST_RE = re.compile(r"负责|应当|必须|主管(?!部门)|承担|(?:是|为)" + CLAUSE_CHAR
                                     + r"{0,30}?(?:主管部门|主管机关|管理机关)")
# a matter's own role body: 事项的牵头部门, 项目的牵头单位 (the body leading that matter)
MATTER_OWN_ROLE_RE = re.compile(r"^(?:事项|项目|任务)的(?P<r>" + HAN + "{2,6}(?:单位|部门))$")
# the place a subject is restricted to, before it (传统村落所在地乡（镇）人民政府, …所在地的县级人民政府)
# (the things listed: 港口、码头、装卸站和船舶修造厂所在地的…, 历史文化名城和历史文化街区、村镇所在地的…)
WHERE_PREFIX_RE = re.compile("^" + HAN + "(?:" + HAN + "|、(?=" + HAN + ")){1,30}?(?:所在地|发生地)的?(?=" + HAN + ")")     # 事故发生地的县级X
# a government described by where a thing is or runs (流域所在的县政府, 流域所经乡（镇）政府): the
# governments so described, as written (as 项目所在镇村 is; 所在地X is X, above)
# the words that describe bodies by where a thing lies (所在地, 所涉及的, 所在辖区)
_DESCRIBED_PLACE_RE = re.compile(r"所在|所经|流经|涉及|发生地")
# …not after an act (代表所在市人民政府: the government a body stands for, no holder)
WHERE_ACT_END_RE = re.compile(r"(?:代表|作为|根据|依照|按照|依据|协助|配合|会同|协调|向|由|经|对|在)$")
# (铁路沿线县级以上地方人民政府, 铁路沿线乡(镇)人民政府: those along a line, as 沿线乡镇（街道）)
WHERE_GOV_RE = re.compile("^(?P<what>" + HAN + "{2,8}?)(?:所在|所经|流经|沿线)的?(?P<x>" + HAN + "[" + HAN_RANGE + "（）()]{0,10}(?:政府|人民政府))$"
                          # (星湖所在辖区水利局: the bureaus of the districts where it lies)
                          "|^(?P<what2>" + HAN + "{2,8}?)所在辖区的?(?P<x2>" + HAN + "{2,10}(?:局|部门|机关|机构))$")
# (沿海县级以上地方人民政府, 受灾地区县级以上人民政府, 沿海设区的市级以上地方人民政府海洋主管部门: a
# level's bodies of the coast or of the stricken area, as written, as 铁路沿线… are)
WHERE_KIND_GOV_RE = re.compile("^" + WHERE_KIND_WORDS + "(?P<x>" + WHERE_KIND_LEVELS
                               + "[" + HAN_RANGE + "（）]{1,24}(?:政府|部门|机构|机关))$")
# …a verb handing the matter to the body before 所在地: no place but what is done (应当立即报告
# 所在地公安机关处理: the body reported to is no holder)
HANDED_TO_RE = re.compile(r"报告|报送|报请|移送|移交|提交|告知|通知|应当|必须")
# a space between a level's closing bracket and its government (市、县级市(区) 人民政府应当…)
_BRACKET_SPACE_GOV_RE = re.compile(r"(?<=[）)])[ 　]+(?=(?:人民)?政府)")
# a bracket opened by 或 that its sentence never closes (区城建局(或区市政局是…的职能部门，负责…。): the
# alternative it holds, read as 或 (the bracket left open hid the rest of the line from the reader)
_UNCLOSED_OR_RE = re.compile(r"[（(]或(?=[^（）()。；]*(?:[。；]|$))")
# a body a government of the document's own level sets up, by its name (省人民政府设立的西咸新区管理机构): not
# after another place's name (西安市人民政府设立的…: 市 is no level word there), nor a set (各类开发区管理机构)
SET_UP_OWN_BODY_RE = re.compile("(?:^|(?<=[^" + HAN_RANGE + "])|(?<=[条款]))(?P<lv>" + OWN_LEVELS + ")(?:人民政府|政府)(?:依法)?"
                                "(?:设立|设置|成立|组建)的(?P<x>(?![各该其])" + HAN + "{2,16}?(?:管理机构|管理委员会|管委会|管理局))")
# a body designated or set up by another, named after 的 (X确定的部门, 其设立的房屋管理事务机构)
# (授权: 省政府授权的盐业主管机构, the body a government empowers)
DESIGNATED_RE = re.compile(r"^(?:其|" + HAN + r"{2,20}?)(?:确定|设立|指定|设置|成立|组建|授权)$")
# …where the one designating it is the document's own level's government (省政府授权的X, 市人民政府设立的X):
# the body is that government's, looked up at its level (in a province's text a bare 盐业主管机构 is
# every level's)
SETTER_GOV_RE = re.compile("^(?P<lv>" + OWN_LEVELS + ")(?:人民政府|政府)(?:确定|设立|指定|设置|成立|组建|授权)的?$")
# …where it is the county level's governments, written as a level (县级市（区）人民政府确定的X, 区县人民政府设立的X)
LOWER_SETTER_GOV_RE = re.compile(r"^(?P<lv>县级市（区）|县（市、区）|县（市）|县（区）|区（县）|区县|县区)(?:人民政府|政府)"
                                 r"(?:确定|设立|指定|设置|成立|组建|授权)$")
# …where it is two levels' governments or more, written once (市、县（市、区）人民政府设立的X)
LEVELS_SETTER_GOV_RE = re.compile("^(?P<levels>" + _LEVEL_WORD + "(?:[、和]" + _LEVEL_WORD + ")+)(?:两级|三级)?(?:人民政府|政府)"
                                  "(?:依法)?(?:确定|设立|指定|设置|成立|组建|授权)的?$")
# …and named after the verb, no 的 between (市人民政府设立示范区管理机构负责…)
OWN_GOV_SETTER_RE = re.compile("^(?P<lv>" + OWN_LEVELS + ")(?:人民政府|政府)$")
# (X下设办事机构Y，承担X日常工作 : the body under X, set up by it, named after what it is)
SET_UP_BY_RE = re.compile("^(?P<by>" + HAN + r"{2,20}?)(?:设立|成立|组建|下设)(?:(?:日常)?(?:办事|工作|常设)机构(?=" + HAN
                          + "{2}))?(?P<x>" + HAN + r"{2,30}(?:（[^（）]{1,24}）)?)[，,]?$")
# X成立相应的Y : a body set up with no name of its own (相应的应急指挥部, 相应机构)
SET_UP_MATCHING_RE = re.compile("^(?P<by>" + CLAUSE_CHAR + r"{2,20}?)(?:也)?(?:要)?(?:设立|成立|组建)相应(?:的)?"
                                + HAN + r"{2,12}$")
# a list's last item that only points to duties written elsewhere (（五）法律、法规规定的其他职责):
# no act is given, no duty ((六)承办…交办的其他事项 gives one)
# (…的其他学校安全管理工作: the work of the matter named before 工作)
# (also a power a body grants: （十二）所在地设区的市人民政府授予的其他职权)
OTHER_DUTIES_ITEM_RE = re.compile(r"^(?:(?:法律|法规|规章|国家|依法)[^，。；]{0,16}(?:规定|应当履行|赋予)"
                                  r"|[^，。；]{2,30}?(?:授予|赋予))的其他"
                                  # (…规定的其他监督职责 : the rest of a kind of duty, no act either)
                                  r"(?:[^，。；]{0,4}?(?:职责|职权|职能)|[^，。；]{0,12}?工作)[。；]?$"
                                  # (履行城区菜市场其他监管职责 : the rest of the holder's duties, no act)
                                  r"|^履行[^，。；]{0,16}?其他[^，。；]{0,8}?(?:职责|职能)[。；]?$"
                                  # (承担上级禁毒委员会和本级人民政府规定的其他职责 : duties others assign, no act)
                                  r"|^承担[^，。；]{0,24}?规定的其他(?:职责|职能)[。；]?$")
# words that make a subject a person, a place or the public rather than a unit
NOT_SUBJECT_RE = re.compile(r"个人|居民|村民|群众(?!团体|性)|公民|市民(?!政|族|宗|防)|同志|负责人|领导干部|人员|场所|设施|项目(?!单位|业主)|工程|"
                            r"其他|其它|全市|全省|全县|我市|本市|社会各界|广大|的")
# a government's own department, written with 的: 县级以上人民政府的有关部门
GOVS_OWN_RE = re.compile("^(?P<g>[^的，。；为是]{1,16}?(?:人民政府|政府))的(?P<y>[^的，。；]{2,20})$")
GRASSROOTS_RE = re.compile(r"村（居）民委员会|村民委员会|居民委员会|村（居）委会")
# …but the body of a part it plays toward a work, a site or a facility is a unit (建设工程施工现场管理单位,
# 消防设施维护保养单位, 项目建设单位): the thing before its part is its object, not the subject
# (and the department overseeing such work: 工程建设监管部门, 行业工程建设监管部门)
THINGS_PARTY_RE = re.compile("^(?!.*(?:的|个人|人员|居民|村民|群众|公民|经(?!营|济)))" + HAN
                             + "{2,14}(?:(?:管理|运营|经营|使用|产权|施工|建设|监理|设计|维护保养|维保|业主)单位"
                             "|(?:监管|监督管理|行政主管|主管)部门)$")
# …and the body in charge of a kind of people (服刑人员管理部门, 流动人员服务中心): the people are its object
PEOPLE_CHARGE_RE = re.compile("^(?!.*(?:的|个人))" + HAN + r"{1,8}?(?:人员|人口)(?:管理|服务|安置|帮教)+"
                              r"(?:部门|机构|中心|站|所|办公室)$")
LEVEL_STARTS = ("市委", "市政府", "市", "县委", "县", "区委", "区", "省委", "省", "中共", "国家")
# the departments concerned, named by no name of their own (what a list's 等有关部门 adds)
BARE_DEPTS_RE = re.compile(r"^(?:市|县|区|省)?(?:有关|相关)?(?:行政)?(?:主管)?(?:部门|单位)$")
BARE_COLLECTIVE_RE = re.compile(r"^(?:有关|相关|其他|其它)(?:部门|单位|方面|机构|团体)$")
# what 各 / 各级各 makes a collective of (各部门, 各级各相关部门, 各成员单位, 各有关部门单位): every
# unit of that description; 有关/相关 ones are the 有关部门 collective
# (其他各有关行政主管部门: the rest of the administrative departments concerned, each of them)
OTHER_DEPTS_RE = re.compile(r"^(?:其他|其它|其余)各?(?:有关|相关)?(?:行政)?(?:主管)?(?:部门|单位|团体)(?:(?:和|及)(?:单位|部门))?$")
# the departments and units concerned named together (有关部门和单位, 相关部门及有关单位): one collective
DEPTS_AND_UNITS = r"(?:有关|相关)部门(?:和|及)(?:有关|相关)?单位"
DEPTS_AND_UNITS_RE = re.compile("^" + DEPTS_AND_UNITS + "$")
# the bodies concerned alone before their verb, with a manner word (有关部门积极…, 相关部门和单位密切…)
CONCERNED_HEAD_RE = re.compile(r"^(?P<x>(?:有关|相关)(?:部门|单位)|" + DEPTS_AND_UNITS + r")(?:密切|积极|主动)?$")
# a list's last item that joins the rest of the departments to it: …、保险或其他部门
OR_OTHERS_RE = re.compile(r"^(?P<a>.+?)(?:或者|或|以及|和|及)(?P<b>(?:其他|其它)(?:有关|相关)?(?:部门|单位))$")
# (各归口部门, 各归口管理部门, 各业务部门: the departments a field's matters are put under, each)
# (市各有关单位, 全县各相关单位: a level's own collective, as 市各有关部门 reads, the level written before 各)
EACH_RE = re.compile(r"^(?:(?:全)?(?:市|县|区|省))?各(?:级各?)?(?P<x>(?:(?P<rel>有关|相关)?(?:职能|行政主管|行政管理|主管|归口管理|归口|业务)?)?部门(?:和?单位)?"
                     r"|成员单位|(?:有关|相关)?单位)$")
# a level's treasury named by its field alone (县财政, 县（市、区）财政), as 各级财政 is
LEVEL_TREASURY_RE = re.compile(r"^(?P<lv>省|市|州|县|区|旗|乡|镇|县（市、区）|县（区）|区（县）|县（市）|县区|区县|县市区)财政$")
# a county-level body of every county: 各县（市、区）政府残疾人工作委员会（办公室）
COUNTY_BODY_RE = re.compile("^各?县（市、区）(?:人民政府|政府)?(?P<x>" + HAN + "{2,20}"
                            "(?:委员会|办公室|领导小组|局|中心|部门|机构))$")
# the bureau of each government of a level below (各区城管局, 各县教育局, 各旗市区卫生健康委): one organ of
# each, a collective as written (the clause was lost, a partner read as 各区)
EACH_LOWER_BUREAU_RE = re.compile("^各(?:县市区|旗县市区|旗市区|旗县|县区|区县|区|县|旗)(?!级|委(?!员)|政府|人民政府|直|属)"
                                 + HAN + "{1,12}(?:局|委员会|委|办|中心|所|队|站)$")
# 了 closing a verb: a report of what was done (not 为了, 了解, 除了)
PAST_RE = re.compile(r"(?<![为除])了(?!解)")
# the whole area a description of units opens with: 全市具有企业监管职责的部门
SCOPE_RE = re.compile(r"^(?:全市|全省|全县|全区)")
# the end of a phrase of time or condition whose subject is the holder of the duty after it
EMBEDDING_END_RE = re.compile("(?:前|后|时|期间|过程中|以前|以后|之前|之后)(?:[" + CN_DIGITS + r"\d]{1,3}个?"
                              r"(?:工作日|日|天|个月|月))?$|[^，。；、]{2,}的$")
# a law's subject doing the work its duty is about, the duty after a comma (文化主管部门进行非物质文化遗产
# 调查，应当…): the subject is the holder (the verbs of carrying out work only; not a condition of
# any act, 单位申请…，应当…; 办理 of a body's own matters, X及其有关部门办理政务服务事项，应当…, too)
# (and an act of authority a body carries out, 县级以上人民政府民政部门调查…的行为，应当…, 行政执法机关移送涉嫌
# 犯罪案件，应当…, 有关部门制定…办法，应当…, X发现…信息，应当…: tried at each such verb, the words before it a
# subject as written; the regulated side still set aside by _regulated)
WORK_BEFORE_MODAL_RE = re.compile("(?:进行|从事|开展|办理|调查|制定|制订|起草|移送|审查|检查|受理|查处|编制|发现|作出"
                                  "|采取|核查)(?=" + CLAUSE_CHAR + "{2,}$)")
# the short names of people's organisations (妇联, 残联): units of their own where no lexicon names
# them (a national law's 各级妇联); not actors of kg.extract.actors, so that a city's lexicon still
# resolves a bare 残联 to its own 市残疾人联合会
SHORT_MASS_ORG_RE = re.compile(r"^(?:各级|各)?(?:妇联|残联|侨联|科协|文联)$")
# the media named by their channels before a modal (广播、电视、报刊、网络等(新闻)媒体应当…): each channel
# stands for its bodies, the last keeping the head as written (n44's answers); not a means (通过广播、
# 电视…, 利用…: no list of the whole subject)
_MEDIUM = r"(?:广播|电视|报刊|报纸|杂志|网络|互联网|新媒体|(?:政府|门户)?网站|期刊)"
MEDIA_LIST_RE = re.compile("^(?P<l>" + _MEDIUM + "(?:、" + _MEDIUM + r")+)等(?P<h>(?:新闻)?媒体|新闻单位)?$")
# the financial sectors named before their kind (银行、保险、证券等金融机构应当…): each sector stands for
# its institutions, the last keeping the head as written (as the media's list)
_FINANCE = r"(?:银行|保险|证券|期货|信托|基金|担保|小额贷款)"
FINANCE_LIST_RE = re.compile("^(?P<l>" + _FINANCE + "(?:、" + _FINANCE + r")+)等(?P<h>(?:银行业)?金融机构|金融企业)$")
# a list's head after 等 naming two kinds at once (教育、财政、残联等部门和组织, A、B等部门和单位): the list
# names its members (as A、B等部门); the second kind adds no body of its own
_ETC_TWO_KIND_HEAD_RE = re.compile(r"等((?:有关|相关|参与)?部门)(?:和|及|、)(?:单位|组织|机构)$")
# people's organisations listed before their kind (共产主义青年团、妇女联合会、科学技术协会等群团组织):
# the named ones, as A、B等部门
MASS_ORGS_ETC_RE = re.compile(r"^(?P<l>[^等]+、[^等]+)等(?:群团组织|人民团体|社会团体)$")
# bodies of any kind listed before a kind of organisation (居委会、社区工作站等各类社区组织要…): the named
# ones, each a unit of its own, as A、B等部门 (the kind names no further body)
# (a kind the actor table knows, 基层医疗卫生机构, is read by the kind's own rule: the named ones when all
# are of it, else the kind too)
ORGS_ETC_RE = re.compile("^(?P<l>[^等]+、[^等]+)等(?:各类|各种|其他|其它)?(?P<k>" + HAN + "{0,8}?(?:组织|机构))$")
# sectors listed before the kind of organ they enforce or regulate by (城管执法、公安、市场监管等执法和管理机构
# 应当…, A、B等行政执法机构): the sectors' departments, as A、B等部门 (the clause was lost: bare sector words
# are no names of their own)
ENFORCING_ORGANS_KIND_RE = re.compile(r"(?:行政)?(?:执法|监管|监督管理)(?:(?:和|、|及)(?:执法|管理|监管))?(?:机构|机关)")
# governments' branches listed before their kind (乡（镇）人民政府以及街道办事处、开发区（园区）管理机构等
# 人民政府的派出机关（机构）): the named ones, as A、B等部门
BRANCHES_ETC_RE = re.compile(r"^(?P<l>[^等]+)等(?:(?:人民)?政府的?)?派出(?:机关|机构)(?:（(?:机关|机构)）)?$")
# a unit's staff go with it: 各级普查机构及其工作人员 = 各级普查机构
STAFF_RE = re.compile(r"及其(?:工作人员|成员|负责人|所属单位)$")
# a name, 和, then a list with its levels written again: 市人民政府A和市、县（区）人民政府B、C等部门
TWO_LISTS_RE = re.compile(r"^(?P<a>[^、和]{2,20}?)和(?P<b>(?:省|市|州|县|区)(?:、|（)[^和]*?、.+)$")
# X及其地方组织 / X及其分支机构: X and its branches, a body of their own (a 群团's local organisations)
BRANCHES_RE = re.compile(r"^(?P<x>.{2,30}?)(?:及其?|和其?)(?P<b>地方组织|地方各级组织|分支机构|派出机构)$"
                         # (县级以上人民政府及其有关部门应当…: a government and its departments concerned)
                         # (各级政府及其部门, 各级政府及其所属各部门: its departments, as written after 及其)
                         # (市政府及其有关部门: a level's short name before 政府 too)
                         r"|^(?P<g>.{1,30}?(?:人民政府|政府))(?:及其|和其)(?P<d>(?:有关|相关|所属|工作)部门|(?:所属)?各?部门)$")
# a government and its departments, then more bodies after 、 (县级以上人民政府及其有关部门、人民检察院应当…,
# 市、区人民政府及其相关部门、学校、新闻媒体应当…), or 等 (各级人民政府及其有关部门等应当…): each part read as
# alone (the whole was lost: no unit's name holds 及其)
GOV_DEPTS_THEN_RE = re.compile(r"^(?P<g>[^，。；]{1,30}?(?:人民政府|政府)(?:及其|和其)(?:(?:有关|相关|所属|工作)部门|(?:所属)?各?部门))"
                               r"(?:、(?P<rest>[^，。；]+?)等?|(?P<etc>等))$")
# a dash a page left before a name (…的问询，-村民委员会应在10日内…), never part of it
STRAY_DASH_RE = re.compile("^[-－‐–—]+(?=" + HAN + ")")
# …及其有关部门 after a list of levels' governments (市、县（市）、区人民政府及其有关部门): the departments
# concerned of each level, as after one government (BRANCHES_RE)
_ITS_DEPTS_RE = re.compile(r"^(?:及其|和其)(?P<d>(?:有关|相关)部门)$")
# X及其下设的Y / X及其办公室: a group and the office under it, both (由市征兵工作领导小组及其下设的征兵办公室组织实施)
ITS_OFFICE_RE = re.compile("^(?P<x>.{2,30}?(?:小组|委员会|指挥部|联席会议))及其(?:下设的?|所属的?)?"
                           "(?P<b>" + HAN + "{0,12}(?:办公室|办事机构|工作机构))$")
# the parties concerned, after named units: nobody in particular (…和单位及有关方面)
EVERYONE_TAIL_RE = re.compile("(?<=" + HAN + ")(?:以及|及|和|、)(?:[^，。；、]{0,12}的)?(?:其他|其它)(?:组织|单位)(?:和|或者|及)个人$")
VAGUE_TAIL_RE = re.compile(r"(?<=.)(?:及|和|以及|、)(?:其他|其它)?(?:有关|相关)方面$")
# the bodies of a list of sectors, one collective as written: 银行、证券、保险、铁路等行业主管部门(和单位),
# 银行、证券、保险等监管部门 (a government's list, 发展改革、公安、财政等主管部门, is its departments)
SECTORS_RE = re.compile("^(?:" + HAN + "{2,6}、)+" + HAN + "{2,6}等(?:行业(?:主管|管理|监管)|监管)部门(?:和单位)?$")
# a county or city by its name alone (三河市, 固安县), the subject of a duty: its government
PLACE_NAME_RE = re.compile("^" + HAN + "{1,8}[省市县区旗州盟]$")
# kinds of area listed and named together (以下统称X) before the head of their bodies:
# 开发区（园区）、港区、风景区等各类功能区（以下统称功能区）管理机构 is the 功能区管理机构
# bodies named together, a whole subject: A或B（以下统称X） / A、B（统称X）
CALLED_TOGETHER_RE = re.compile("^" + CLAUSE_CHAR + "{2,60}?(?:或者|或|、|和|及)" + CLAUSE_CHAR
                                + r"{2,40}?（(?:以下)?统称(?P<x>[^（）]{2,20})）$")
KINDS_CALLED_RE = re.compile(r"(?:(?<=以及)|(?<=[及和、])|^)(?:[^、，。；及和]{1,10}、)*[^、，。；及和]{1,10}?等各类"
                             "(?P<x>" + HAN + r"{2,8})（(?:以下)?统称(?P=x)）(?=" + HAN + ")")
PLACE_GOV_RE = re.compile("^(?P<p>" + HAN + "{1,8}[省市县区旗州盟])政府$")     # 辽阳市政府: the short form
# a body with another kind of body in brackets after it: 乡镇政府（街道办事处）, the two alike
ALT_BODY_END_RE = re.compile(r"^(?P<a>[^（）]{2,20})（(?P<b>[^（）]{2,8})）$")
# …and several, listed in the bracket (各镇人民政府（街道办事处、开发区）: each in its own area)
ALT_BODIES_END_RE = re.compile(r"^(?P<a>[^（）]{2,20})（(?P<b>[^（）、]{2,8}(?:、[^（）、]{2,8}){1,3})）$")
_ALT_ZONES = ("开发区", "园区", "管委会", "新区", "高新区", "工业园区", "经开区", "社区", "农场", "林场")
# a body named by where it is (所在地人民政府, 当地人民政府, 属地乡镇人民政府; an emergency plan's 事发地政府, the
# government of the place an event happens) or by the area it serves (受益范围内的村委会,
# 辖区内的派出所): the body so described, as written
SITE_BODY_RE = re.compile(r"^(?:所在地|当地|事发地|(?:事件)?发生地|属地)的?(?P<x>" + HAN + "{2,12})$")
# 辖区政府 (a city's fireworks notice: 辖区政府（管委会）应当承担…主要责任): the government of the
# area a matter lies in, as 所在地政府 is; its short form is too short for a placed name
AREA_GOV_RE = re.compile(r"^辖区的?(?:人民政府|政府)$")
# (not a scope of everything, 凡在本市范围内的党政机关…均记述在内: a yearbook's coverage)
# (…and the area it touches: 黄水国家森林公园和大风堡自然保护区范围所涉及的乡镇人民政府)
# (…and where a people lives: 多民族居住地区的居民委员会，应当…, 少数民族聚居地区的乡镇人民政府)
SCOPE_BODY_RE = re.compile(r"^(?!凡)(?:(?!在)" + HAN + r"){2,10}?(?:范围内|区域内|辖区内|(?:居住|聚居)(?:地区|区域))的(?P<x>"
                           + HAN + "{2,12})$"
                           r"|^(?!凡)(?:(?!在)" + HAN + r"){2,30}?(?:范围|区域)?所?涉及的(?P<y>" + HAN + "{2,12})$")
# the government of a level named by the level: 由市本级和各县（市、区）统筹安排
OWN_LEVEL_RE = re.compile(r"^(?P<lv>省|市|州|县|区)本级(?:政府|财政)?$")
# 县政府, 市政府 : the text's own government at that level, in its short form (县人民政府 is read by
# the level grammar; the short form is too short for a placed name)
OWN_GOV_RE = re.compile(r"^(?:省|市|州|县|区|旗|盟)政府$")
# a province or an autonomous region named by its level alone, as its own rules write it (自治区建立…)
BARE_PROVINCE_RE = re.compile(r"^(?:省|自治区)$")
# an office of the text's own government named without its level (政府督查室, 政府办公室, 政府督考办)
OWN_GOV_OFFICE_RE = re.compile(r"^政府(?:督查室|督考办|督查组|督查督办室|办公室|办)$")
# a court or a procuratorate named by its kind (人民法院, 中级人民法院, 各级人民检察院): a judicial
# unit of its own kind, no department of a government; kept as written (unresolved but for a place
# named before it, 市中级人民法院, which the unit grammar reads)
# (an autonomous area's own written with its level and 的: 自治县的人民法院和人民检察院对…负责)
# (a text a government issues with its court names the court by its short kind: 法院要积极参与…)
JUDICIAL_RE = re.compile(r"^(?:地方)?(?:(?:自治县|自治州|自治旗|县|市|区|州|旗)的)?(?:各级|上级|基层|中级|高级|专门|海事|铁路运输)?"
                         r"(?:人民)?(?:法院|检察院)$")
# the State's border organs named by their kind (海关, 海事管理机构, 出入境边防检查机关): units of their own,
# no department of a local government, kept as written
STATE_BORDER_ORGAN_RE = re.compile(r"^(?:各级|各地|当地|所在地)?(?:海关|海事管理机构|海事机构|出入境边防检查机关|边防检查机关|"
                                   r"出入境检验检疫机构)$")
# a full stop between two characters of a subject (国务院.中央军事委员会建立…: a copy whose 、 became
# a stop): a lost list mark, each side a unit of its own or the subject is none
# (two characters at least before it, back to a mark: 市.区政府, a level list's lost 、, is left as it was)
LOST_LIST_MARK_RE = re.compile(r"(?<![、，,\u3000 .．][\u4e00-\u9fff])(?<=[\u4e00-\u9fff）][\u4e00-\u9fff）])[.．](?=[\u4e00-\u9fff（])")
# a State Council ministry by its name alone (财政部, 住房城乡建设部, 农业农村部; in a national text, as its
# addressees write them): unitnames' central kind, three to nine characters (not 总部, 俱乐部)
# (and a State administration by its name, 海关总署: 海关稽查证，由海关总署统一制发; not a bare 总局, which a
# province's own bureau is written too, 农垦总局 of 黑龙江)
MINISTRY_RE = re.compile("^" + HAN + "{2,8}(?<!俱乐|营业|事业)部$|^" + HAN + "{2,8}总署$")
# …and a State administration named short, X总局 (市场监管总局为牵头单位, 税务总局负责…), in a national
# text only, where no province's own 总局 (农垦总局 of 黑龙江) can be meant
STATE_ADMIN_RE = re.compile("^" + HAN + "{2,8}总局$")
# the rest of a Party committee's own organ after its name (市委|组织部, 县委|宣传部, 市委|编办)
PARTY_ORGAN_AFTER_RE = re.compile("^" + HAN + "{1,4}?(?:部|办|委|室)(?![" + HAN_RANGE + "])")
# an autonomous area's own organ written with 的 (自治县的自治机关, 自治州的人民政府): the organ so named
AUTONOMOUS_OWN_RE = re.compile("^(?P<lv>自治区|自治州|自治县|自治旗)的(?P<x>" + HAN + "{2,16})$")
# Party bodies named by kind or level in a Party text (党委负主体责任，纪委负监督责任 ; 全市各级党委（党组）和
# 纪委（纪检组）要… ; 由省委集体讨论作出决定 ; 省委全委会…是全省党的领导机关): units as written, left
# unresolved where no lexicon names them; never their posts (党委书记, 省委常委会委员, 班子成员)
_PARTY_KIND = "(?:党委|党组|纪委|纪检组|党工委|纪工委|纪检监察组)"
# the towns and sub-districts written without 各 (镇（街道）要加强巡查): the collective 各镇（街道） names
_TOWNS_ALONE = frozenset(("镇（街道）", "街道（镇）", "镇街"))
# …and a bare 街道 listed right after the township level (乡镇、街道要… ; 乡镇和街道负责… ; 乡镇人民政府、
# 街道要…): the sub-district offices beside the townships, as 各乡镇、街道 gives them (alone, 街道 is a
# street: 街道要保持整洁; after another kind, 村庄、街道, it stays no body)
_TOWN_LEVEL_BEFORE_STREETS_RE = re.compile(r"^各?(?:乡镇|乡（镇）|镇乡|镇)(?:人民政府|政府)?$")
# (an institution's own Party body, named by the institution's kind as its own rules write it: 校党委对全校…负主体
# 责任, 学院党委, 局党组; and each of a county's committees, 全县各党委（党组）务必…)
_OWN_INSTITUTION = "(?:本|我)?(?:校|学校|院|学院|局|医院|公司|集团)"
PARTY_BODY_RE = re.compile("^(?:(?:全[省市州县区])?(?:各级|各|[省市县乡]级以上(?:地方)?)?(?:" + _PARTY_KIND + "|[省市州县区]委)"
                           "|" + _OWN_INSTITUTION + _PARTY_KIND + ")"
                           "(?:（" + _PARTY_KIND + "(?:、" + _PARTY_KIND + ")*）)?(?:常委会|全委会)?$")
# 本市 / 本县 / 本自治县 alone as the subject of a duty (本市应当推进…, 本市加强…): the text's own
# government, with or without a modal (but a system of its levels, 本市建立…四级体系, is no one's act);
# 本市X, 本市的X name X, 本市各级人民政府 is a set
OWN_PLACE_ALONE_RE = re.compile("^" + OWN_PLACE_ALONE + "$")
# …whose encouragement or advocacy is the polity's (本市鼓励…, 本市提倡…), no duty of its government
POLITY_WORDS_RE = re.compile(r"鼓励|支持|提倡|倡导|引导")
# a pattern of work being formed over several clauses (形成A统一负责…，B牵头、C分工协作，社会监督、群众参与的
# 工作格局): its opening verb, and the noun closing it (a 格局 or 局面 is only ever formed, never anyone's work)
# (and a system of leadership kept to, its parts listed: 要坚持党委统一领导，党政齐抓共管，纪委组织协调，部门各负
# 其责，依靠群众支持和参与的领导体制和工作机制: the system's parts, no one's duty)
PATTERN_OPEN_RE = re.compile(r"^(?:逐步|加快|努力|着力|进一步|从而|最终)?(?:形成|构建|打造|营造)")
PATTERN_CLOSE_RE = re.compile(r"的[^，。；的]{0,8}(?:格局|局面)[。；;]?$")
KEPT_SYSTEM_OPEN_RE = re.compile(r"^(?:要|应|应当|必须)?坚持(?=" + HAN + "{2,8}(?:统一|集体)领导)")
KEPT_SYSTEM_CLOSE_RE = re.compile(r"的[^，。；的]{0,8}(?:体制|机制)[。；;]?$")
# what a polity sets up over its levels, no one's act: 实行…, a system of levels (四级河长体系,
# 市、区（县）、镇…), over a matter too (本州对养犬实行严格管理…的方针)
LEVELS_SYSTEM_RE = re.compile(r"^(?:对[^，。；：]{1,20}?)?实行|[两二三四五]级(?!以上|以下|政府|人民政府)|^建立(?:省|市|县|区)(?:（[^（）]{1,6}）)?、")
# a level's party committees and governments written once for both: 各县（市、区）党委、政府 (a surface
# segment each, as 市、区人民政府 is read)
# (a template's letter standing for the township's name, X镇党委政府, is a name as a real one is)
PARTY_AND_GOV_RE = re.compile(r"^(?P<pre>(?:各级|[省市县乡]级以上(?:地方)?)|各?(?:县（市、区）|县（区）|区（县）|县（市）|县（市区）|县市区|县区|县|区|乡镇（街道）|镇（街道）|乡镇|乡（镇）|[乡县市]级|(?:[\u4e00-\u9fff]{0,6}?|" + TEMPLATE_LETTER + "{1,3})[镇乡]))"
                              r"(?P<party>党委|党工委)(?:、|和|及)?(?P<gov>(?:人民)?政府)$")
# …and the pair with no level, in a rule binding every level's (党委和政府对本行政区域生态环境保护工作负总责):
# the two, as written (each level's; no one government)
BARE_PARTY_AND_GOV_RE = re.compile(r"^(?P<party>党委|党工委)(?:、|和|及)?(?P<gov>(?:人民)?政府)$")
_PARTY_END_RE = re.compile(r"(?:党委|党工委)$")
_BARE_GOV_START_RE = re.compile(r"^(?P<g>(?:人民)?政府)(?:(?:和|及|与)(?P<rest>.+))?$")


def _pair_inside(subj: str) -> Optional[list[str]]:
    """The parts of a list holding a level's 党委、政府 pair after its first part (``村党组织、乡党委、政府和
    纪委`` -> 村党组织, 乡党委、政府, 纪委), or None."""
    parts = split_top(subj, "、")
    for i in range(1, len(parts) - 1):
        gov = _BARE_GOV_START_RE.match(parts[i + 1])
        if gov and _PARTY_END_RE.search(parts[i]) and PARTY_AND_GOV_RE.match(parts[i] + "、" + gov.group("g")):
            more = ([gov.group("rest")] if gov.group("rest") else []) + parts[i + 2:]
            return ["、".join(parts[:i]), parts[i] + "、" + gov.group("g")] + (["、".join(more)] if more else [])
    return None


# a level written before another level's 党委、政府, sharing them: 县（市、区）、乡镇（街道）党委、政府
LEVEL_BEFORE_PARTY_GOV_RE = re.compile(r"^(?P<lv>各?(?:县（市、区）|县（区）|区（县）|县（市）|县市区|县区|县|区|市))、"
                                       r"(?P<rest>[^、]+(?:党委|党工委)(?:、|和|及)?(?:人民)?政府)$")
# the county level written with its cities in brackets and its districts after them (各县（市）区, 福建's
# usual form), or its districts first and its counties after (各区（市）县, 四川's): the level 县（市、区）
COUNTY_CITY_DISTRICT_FORMS = ("县（市）区", "区（市）县")
# the parts units play in handling a matter (配合单位, 牵头单位), whose first word is also a verb
PART_NAME_RE = re.compile(r"(?:牵头|配合)(?:单位|部门)$")
# a part named by the work it leads (文件牵头起草部门, 牵头办理单位): 牵头 no verb of the clause here
LEAD_ROLE_NAME_RE = re.compile("^" + HAN + r"{0,4}?牵头(?:起草|制定|制订|拟订|办理|承办|实施)(?:部门|单位)$")
# a due date written before a subject with no comma (8月7日前A村、B村要完成…; the date is the clause's deadline)
DUE_BEFORE_SUBJECT_RE = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末)?(?:前|之前|以前)(?=" + HAN + ")")
# 市有关责任部门 / 有关职能部门: the departments concerned
# (市政府有关工作部门: the government's working departments concerned)
CONCERNED_DEPTS_RE = re.compile(r"^(?P<lv>市|县|区|省)?(?:有关|相关)(?:责任|职能|主管|工作)部门$"
                                r"|^(?P<lv2>市|县|区|省)(?:有关|相关)部门(?:（单位）)?$"     # 县有关部门（单位）
                                r"|^(?P<lvl>市|县|区|省)级(?:有关|相关)部门$"
                                # 房屋租赁相关管理部门: the departments concerned with a matter
                                "|^(?!其他|其它)(?!" + HAN + "*[的和及与、])" + HAN
                                + "{2,10}?(?:有关|相关)(?:管理|主管|职能|责任|工作)?部门$"
                                r"|^各级(?:各)?(?:监管|主管|行业主管|职能)部门$"
                                # 自治县其他行政主管部门: the level's other departments
                                "|^(?!其他|其它)(?!" + HAN + "*[的和及与、])" + HAN + "{1,10}?(?:其他|其它)(?:行政)?主管部门$")
# 以X为（责任）主体，… : X holds the duty of the sentence
AS_SUBJECT_RE = re.compile("^以(?P<x>" + CLAUSE_CHAR + "{2,60}?)为(?:责任|工作|实施)?主体(?:单位)?")
# what an applicant does: 建设单位应当…向国家安全部门申请审查 (the obligation of the regulated
# side, not a duty given to it)
APPLICANT_RE = re.compile("向" + CLAUSE_CHAR + "{1,30}?(?:提出|申请|提交|报送|申报|报批|备案|登记|缴纳)")
# one name for two kinds of committee: 村（居）民委员会 = 村民委员会 and 居民委员会 (also written the
# other way round, 社区居（村）委会)
# …and 内蒙古's village kinds written so: 嘎查、村民委员会, 嘎查（村）民委员会 (嘎查村民委员会 the region's name)
GACHA_COMMITTEES_RE = re.compile(r"^(?P<e>各)?嘎查(?:[、和]村|（村）)(?P<h>民委员会|委会)$")
BOTH_COMMITTEES_RE = re.compile(r"^(?:各)?(?:社区)?(?:村（居）|居（村）)(?:民委员会|委会)$")
# a level list before a generic organ or government (other governments' rules):
# 县级以上人民政府, 区、县（市）生态环境主管部门, 区（县）人民政府
# (an autonomous region's county level, 旗 beside 县: 旗县以上人民政府, 旗县级以上, 旗县（市、区）; and the
# older 县以上人民政府, without 级)
LEVEL_LIST_RE = re.compile(r"^(?:(?:旗?县|省|地市)级?以上(?:地方)?(?:各级)?(?:人民政府)?|各级|(?:省|市|州|县|乡)级(?!以上)|设区的市(?:级)?(?:以上(?:地方)?(?:人民政府)?)?|地级以上市|"
                           r"(?:(?:省|市|州)、|各)?(?:区、县（市）|(?:区、县|区县|县)（自治县(?:、市)?）|"
                           r"旗?县（市、区）|旗县（区）|旗县（市）|旗县区|旗县市区|"
                           r"区（县、市）|区（县）|县（区）|区县|县（市）|县区|(?:旗?县|区县)" + LEVEL_KIND_ALT + ")|"
                           # 各区人民政府, 所在区人民政府, 所在地县级人民政府, 乡（镇）人民政府
                           r"(?:所在地?的?|各)(?:区|县|市|县级|乡（镇）|乡镇|镇)(?!域|级以上))")
# (never with a question or a count in it: 由哪些部门牵头, 涉及多部门工作的)
# (its other name in brackets before the head: 农业农村（畜牧兽医）部门, 住房和城乡建设（城管）部门)
GENERIC_ORGAN_RE = re.compile("^(?!.*(?:哪|什么|涉及|若干|多个|几个))" + HAN
                              + "{2,16}(?:[（(]" + HAN + "{2,8}[）)])?(?:行政主管部门|主管部门|管理部门|部门|机关)$")
# a name that starts with its level or place: 市…, 中共…, 国家…, 某某市…, 某某县…
_NOT_A_LEVEL = "(?!场|政|级|域)"        # 市场, 市政, 市级, 区域: a word, not a level and a name
# (a bare level may go on with 政府 / 政务: 市政府办公室, 市政务公开领导小组)
PLACED_RE = re.compile("^(?:中共|国家|国务院|(?:省|市|州|盟|县|区|旗)(?=政府|政务)|(?:省|市|州|盟|县|区|旗|"
                       + HAN + "{1,6}?[省市州盟县区旗])" + _NOT_A_LEVEL + ")")
# a zone's committee named by the zone's kind after a qualifier (城乡一体化示范区管委会, 产城融合示范区管理委员会)
ZONE_COMMITTEE_RE = re.compile("^" + HAN + "{2,12}(?:示范区|开发区|高新区|新区|园区|试验区|合作区|功能区|度假区|风景区)(?:管委会|管理委员会)$")
# a verb of advising or asking before the ones advised (建议区委区政府统一领导…, 报请市应急委宣布…, 提请…审议):
# the holder is the body the sentence is about, the ones named after the verb hold nothing (建议承办单位, 建议提案办:
# names of the bodies handling suggestions; nor the body a paper is handed to: 各组应将其…意见作成报告或
# 提案，提交常务委员会审核处理, …，报送市政府审定)
ADVISED_RE = re.compile(r"^(?:建议(?!提案|办|承办|主办|会办|协办|答复)|报请|提请|呈请|提交|报送)")
# a body advising another before the advice (由常委会建议县委采取组织处理措施, 县政府提请县人大常委会审议): the
# adviser is the subject; the name it and the one advised made together (常委会建议县委) was read as one body
# (建议 after 代表, 议案 or 提案 is the noun of the deputies' suggestions, part of a name: 代表建议政协提案工作机构,
# 人大常委会代表议案建议工委)
ADVISER_BEFORE_ADVISED_RE = re.compile(r"^(?:由)?(?P<x>[^，。；：、]{2,30}?)"
                                       r"(?:(?<!代表|议案|提案)建议(?!提案|政协|办|承办|主办|会办|协办|答复|工委)|提请|报请|呈请)"
                                       r"(?P<y>[^，。；：]{2,20})$")
# verbs no organisation's name contains (嘉兴市财政局制定办法 is a clause, not a name)
# (and a penalty's verbs: 由县林业局没收违法所得 was read as a station 县林业局没收违法所)
# a clause saying what kind of body its subject is (机构改革, 三定: X为县委直属公益一类事业单位 ; X作为县政府
# 派出机构), before the clause of its work
BODY_KIND_CLAUSE_RE = re.compile("(?P<x>[^，。；：为是]{2,30}?)(?:为|是|作为)(?P<y>[^，。；：]{0,20}?"
                                 "(?:直属|所属|派出|公益[一二]类|工作|职能|组成|议事协调|办事)"
                                 "[^，。；：]{0,10}?(?:事业单位|机构|机关|部门))")
NEVER_IN_NAME_RE = re.compile(r"下设|制定|建立|完善|汇总|审核|加强|负责|配合|协助|会同|牵头|开展|进行|按照|根据|召开|召集|"
                              r"没收|吊销|责令|罚款|"
                              # A联合有关部门… : with its partners (联合会, 联合社 are names)
                              r"联合(?=有关|相关|各|[市县区省]|配合|开展|对)")
# the governments of one level a plan has chosen for a part (各样板县政府, 试点县, 各示范乡镇): a
# collective as written; the designation is one of the parts a plan gives places, not a place
# (示范区, 先行区 alone are zones, not a district's government; a bare 示范镇, 重点镇 is a kind of
# town a plan speaks of, as 小城镇 is: only the pilot or sample ones a plan chose, 试点县, 样板县, are
# its collective without 各 or 政府)
DESIGNATED_LEVEL_RE = re.compile(r"^各?(?:试点|样板|示范|重点|先行|达标|创建|帮扶|受援|支援|对口|结对)"
                                 r"(?:县（市、区）|县（市）|县（区）|县市区|县区|县|市|区(?=(?:人民)?政府)|乡镇（街道）|乡镇|镇|乡)"
                                 r"(?:人民政府|政府)?$")
# an office named by its short form alone, as an agency's own rules name it (督查目标办, 综治办, 考评办):
# two characters at least before 办/办公室, the kind of a department; not a verb ending in 办 (督办, 交办,
# 承办: 督查督办要…), nor an office being set up (下设办公室，负责…: the group's office, read elsewhere)
OWN_OFFICE_SHORT_RE = re.compile("^(?!.*[时提拟要将对在由向把做及和与并或])(?!下设|下設|设立|設立|成立|另设|另設)"
                                 + HAN + "{2,6}(?:办|办公室)$")
OFFICE_VERB_END_RE = re.compile(r"(?:督|交|承|协|代|举|创|包|主|转|查|催|批|领|合|开|兴|试|筹|停|缓|快|速|照|自)办$")
# a body's own departments and divisions by their kinds (机关各处室, 机关各部, 处（室）, 科（室）)
OWN_SECTIONS_RE = re.compile(r"^(?:机关各(?:部|处|科|处室|科室|部室)|各?[处科部]（室）)$")
# a body of a government named with it, no place written: 乡镇人民政府林业管理工作站, 县人民政府
# 应急管理办公室 (the government as the text names it, then its own station, office or centre)
GOV_OWN_PART_RE = re.compile("^(?P<gov>" + HAN + "{1,8}?人民政府)" + HAN + "{2,12}(?:站|所|办公室|中心|队)$")
# …and the townships' own office or station, named after their collective (各乡镇（街道）综合信息指挥室,
# 乡镇综合行政执法队): the collective's body, as written
TOWNS_OWN_PART_RE = re.compile(r"^各?(?:乡镇（街道）|镇（街道）|街道（乡镇）|街道（镇）|乡（镇）|乡镇|镇街|街道)(?P<rest>" + HAN
                               + r"{2,12}(?:指挥室|指挥中心|服务中心|办公室|工作站|站|所|队|委员会|委会|委))$")
LEVEL_BODY_RE = re.compile("^(?:市|县|区|省|州)" + _NOT_A_LEVEL + HAN + "{2,20}机构$")

# ---- duty lists whose subject is named elsewhere, transfers, offices, 由X clauses
# 实行 before a subject: the sentence describes a system of leading and sharing the work
# (实行县人民政府统一领导，职能部门分工负责), whose parts have no object of their own
SYSTEM_OPEN_RE = re.compile(r"实行")
# …with its subject written before what it is kept for: X对环境保护工作实行“一岗双责”制度
SYSTEM_SUBJECT_RE = re.compile("^(?P<s>" + CLAUSE_CHAR + "{2,60}?)对" + CLAUSE_CHAR + "{2,30}?实行")
# a heading opening a duty list: 主要职责 / X机构职能 / X的主要职责如下： / 第七条办公室职责。
# (X…责任主要包括： of a 责任制 rule: 各级党委和政府乡村振兴责任主要包括：)
# the words before 职责 in a heading that name the body's own duties, no body (部门职责, 单位职责)
OWN_DUTIES_WORDS = ("部门", "单位", "本部门", "本单位")
#: the least length of an item with no stop read as a duty of its heading's list (its mark and words:
#: 2.研究部署…相关工作; a short title such as （二）加强组织领导 ends the list)
UNSTOPPED_ITEM_MIN = 12
# a post of the body a duty list's heading names, written after it (各级党委主要负责人安全生产职责主要包括：,
# 县应急管理局分管领导职责：): the list is the post's duties, a person's, no unit's (posts are never units)
POST_AFTER_BODY_RE = re.compile("^(?:主要|其他|分管" + HAN + "{0,10}?的?)?(?:"
                                + "|".join(unitnames.POST_ENDINGS) + "|班子(?:其他)?成员|领导班子成员)")
# (an organ's powers named so too: 常务委员会的职权如下：, as 履行下列职权： is a duty list's header)
LIST_HEADING_RE = re.compile(r"^(?P<x>[^，。；：:,]{0,40}?)的?(?:(?:主要|工作|机构)?(?:职责|职能|责任|职权)(?:职责|任务|配置)?)"
                             r"(?:如下|是|(?:主要)?包括)?[：:。]?$")
# a manner opened before a predicate (X根据应急|处理|工作的实际需要) and the clause ending in the
# need, rule or plan it names: the predicate is a word of the manner's object, not X's verb
MANNER_OPEN_END_RE = re.compile("(?:根据|依据|依照|按照)" + CLAUSE_CHAR + "{0,20}$")
NEED_END_RE = re.compile(r"的(?:实际|工作)?(?:需要|要求|规定|部署|安排)$")
# a line that is one sentence saying what body its subject is (X是…的办事机构。), no more
DESIGNATION_LINE_RE = re.compile(r"[^。；;，,：:]{2,40}是[^。；;：:]{2,40}(?:机构|部门|机关)。?")
# a clause opening with the act of setting a body up (决定成立X, 研究设立X): its subject, written
# before it, makes the body; the duty after it is the body's
SETS_UP_OPEN_RE = re.compile(r"^(?:研究)?(?:决定|同意)?(?:成立|设立|组建)")
# the body a document sets up: 决定成立X领导小组 / 设立X / 组建X
ESTABLISH_RE = re.compile(r"(?:成立|设立|组建)(?:了)?(?!的)(?P<x>[^，。；：:,、]{2,50}?)"
                          r"(?:（(?:加挂|挂)[^（）]*牌子）)?"     # 设立X（加挂“Y”、“Z”牌子）: X, its plates aside
                          r"(?=[，。；：:,]|$|现将|相关|并|的(?:通知|决定|批复|意见))")
# …or a group set up with its head and members before its name, commas between them (学校成立以校党委书记
# 为主任，主管安全工作的副校长为副主任、相关职能处室为成员的X委员会，委员会下设办公室): the group
ESTABLISH_LED_RE = re.compile(r"(?:成立|设立|组建)(?:了)?以[^。；]{2,80}?为[^。；]{0,80}?的(?P<x>[^，。；：:,、的]{2,40}?"
                              r"(?:委员会|领导小组|工作小组|指挥部|联席会议))(?=[，。；：:,]|$)")
# …or an organ placed somewhere (在黄水镇设置森林公安派出机构，负责…): the organ, holding the duty after it
SET_UP_SOMEWHERE_RE = re.compile(r"设置(?P<x>[^，。；：:,、]{2,50}?)(?=[，。；：:,]|$)")
GROUP_NAME_RE = re.compile(GROUP_SUFFIX + "$")
# a group named after its members, closing a clause (…负责人为成员的X领导小组)
MEMBERS_THEN_GROUP_RE = re.compile("(?:为成员|为副组长|为组长|参加|组成)的(?P<x>" + HAN + "{2,30}?" + GROUP_SUFFIX + ")$")
# a body set up as a standing arrangement: 建立X联席会议（以下简称联席会议）制度
# (or revised as one: 经国务院同意，调整完善X部际联席会议（以下简称联席会议）制度)
# (a relative clause of who leads it or makes it up before the body set aside: 建立由你局牵头的X制度)
SYSTEM_SET_UP_RE = re.compile(r"(?:建立|调整完善|调整)(?:由[^，。；：:,、（）]{2,30}?(?:牵头|负责|参加|组成)的)?(?P<x>[^，。；：:,、（）]{2,50}?" + GROUP_SUFFIX + r")(?:（[^（）]*）)?(?:工作)?制度")
# the one a body is set up to be led by: 建立由X牵头的Y联席会议制度, 成立由X负责的Y领导小组 : X leads Y
# (a relative clause elsewhere, 由X负责的第1件, names a matter, no duty)
LED_SET_UP_RE = re.compile(r"(?:建立|成立|组建|设立)由(?P<x>[^，。；：:,、（）由]{2,30}?)(?:牵头|负责|牵头负责)的"
                           r"[^，。；：:,、（）]{2,50}?" + GROUP_SUFFIX + r"(?:（[^（）]*）)?(?:工作)?(?:制度)?$")
# a body whose rules the text is, named in its purpose (为了明确X协调会议职责，规范议事程序，制定本规则)
PURPOSE_BODY_RE = re.compile(r"^为了?明确(?P<x>[^，。；：:,、（）]{2,50}?" + GROUP_SUFFIX + r")(?:的)?(?:工作)?职责")
# a top-level heading that closes a duty list: 二、组成人员 / 第二章
# an article's mark (第三条, after a site's own paragraph number: 4、  第四条)
ARTICLE_MARK_RE = re.compile("^" + SPACE + "*(?:\\d{1,3}[、.．]" + SPACE + "*)?(?:" + _ARTICLE_NO + "章" + SPACE + "*[^，。；：:\\s　]{1,20}?" + SPACE + "*)?" + _ARTICLE_NO + "条")
TOP_MARK_RE = re.compile("^" + SPACE + "*(?:" + _CN_NO + "、|" + _ARTICLE_NO + "[章节条])")
# the first item of a numbered list: （一） / 1. / （1）
FIRST_ITEM_RE = re.compile("^" + SPACE + "*(?:（一）|1[.．、](?!\\d)|（1）)")
# an item of a list that is only a short title, the items under it numbered another way: （一）组织领导与
# 法制建设 then 1.贯彻执行… (a sub-heading inside the list)
SUBHEADING_RE = re.compile("^" + SPACE + "*（[一二三四五六七八九十]{1,3}）[^。；;，,：:]{2,20}$")
SUBHEADING_NEXT_RE = re.compile("^" + SPACE + "*(?:1[.．、](?!\\d)|（1）)")
# a duty moved to another unit (三定 职责调整): 将…职责划归X ; …职责划入X ; …职能交由X承担 ; 将…职责由A调整为X
TRANSFER_RE = re.compile(r"(?:职责|职能|工作)(?:整体)?(?:由" + CLAUSE_CHAR + "{2,30}?(?:调整|变更|改)(?:为|至|到)|"
                         r"由" + CLAUSE_CHAR + "{2,30}?(?:划转|移交|转交)(?:给|至|到)?|"
                         r"划归|划入|并入|划给|划转(?:给|至|到)?|移交(?:给|至)?|交由|交给)"
                         "(?P<x>" + CLAUSE_CHAR + "{2,30}?)(?:承担|负责|行使)?$")
# 将A、B…的职责整合，组建X : X, the body the duties are merged into (机构改革)
MERGED_RE = re.compile(r"(?:职责|职能)(?:整合|合并)$")
MERGED_INTO_RE = re.compile("^(?:整合)?(?:重新)?(?:组建|设立|成立)(?P<x>" + CLAUSE_CHAR + "{2,30}?)$")
# a post filled by someone (…的副市长担任召集人, 由…兼任): a clause of a body's composition
# (and a bare 任 before the post, 市政府协调…工作的副秘书长、市发展改革局主要负责同志任副召集人, as
# BY_MEMBERS_RE reads it; not 主任委员, 聘任委员: a post's name, hiring staff)
_POST_TAKEN = r"(?<![担兼出主聘选委])任(?=(?:常务)?副?(?:主任|组长|召集人|指挥长|总指挥|秘书长|主席))"
POST_FILLED_RE = re.compile(r"担任|兼任|" + _POST_TAKEN)
POST_FILLED_END_RE = re.compile(r"(?:担任|兼任|" + _POST_TAKEN + r"(?:常务)?副?(?:主任|组长|召集人|指挥长|总指挥|秘书长|主席))[。；;]?$")
# …and a post's holder appointed (支队长由本级人大常委会任命 ; 负责人由县人民政府任免): who names a person to a
# post, the body's composition (n498's labelling: none), no duty the text gives the body (as 由…担任 fills one);
# not 由X负责…的任免, X's charge of them, nor 由X聘任 (hiring staff, a work: n183's answer counts it)
POST_APPOINTED_END_RE = re.compile(r"由(?:(?!负责|牵头|组织|办理)[^，,。；;]){2,30}?(?:依法|按照规定|按程序)?"
                                   r"(?:任命|任免)[。；;]?$")
# work with no object of its own (各科室在分管局长的领导下开展工作), a part of a system described
BARE_WORK_RE = re.compile(r"(?:开展|进行|从事)(?:各项|日常)?工作")
# verbs of holding that, before 的, make a relative clause (X承担的…职责: the duty X has)
RELATIVE_VERBS = ("负责", "具体负责", "承担", "履行", "主管", "牵头", "牵头负责")
# 由X负责的第1件 / 由X牵头的项目: the verb of holding before 的 makes a relative clause (as above)
RELATIVE_AFTER_BY_RE = re.compile(r"^(?:具体|分别|共同)?(?:" + "|".join(RELATIVE_VERBS) + r")的")
# 由X + verb: 由有关县级人民政府共同协商管理 ; 或者由其共同的上一级…部门管理
BY_RE = re.compile(r"^(?P<pre>(?:其中|或者|或|并|再|均|另|则|统一|分别|按照[^，。；由]{1,8}?分别|依法"
                   # the matter first: 具体办法由X制定, 实施细则由X另行制定
                   r"|(?:具体|实施)?(?:办法|方案|细则|标准|措施|计划))*"
                   # or any topic: 走访代表委员必须由X…, 市辖区由X…, 重大问题均由X… (not 可由 / 可以由:
                   # may; 是由 / 经由 / 交由 / 不由 / 理由 …; nor 、由X…的: one of a list of attributes)
                   # (nor 已由: a past act, 取消已由国务院公布取消的…事项, 方案已由X编制完成, no duty given)
                   # (nor 不再由: a duty taken away, 森林防火职责不再由A承担，改由B承担 is B's)
                   "|" + CLAUSE_CHAR + r"{1,30}?)(?<![可以是不未经交理自缘事、已])(?<!不再)由(?!于|此)")
ALT_RE = re.compile(r"^(?:或者|或)由")
# 由X… closing an exception (除依法由X审批发证的以外, 除…，由X…对通信进行检查外): the body excepted, no holder
# (not a place outside: 境外, 省外, 户外)
EXCEPTED_BY_END_RE = re.compile(r"(?<![国境省市县区室户海域场馆校内野之意另])(?:的)?以?外$")
# 由X + a verb + 的, the clause then a noun to its end (…应由县政府办理的有关工作): a relative clause
# …after a clause opening with its own verb, a predicate or one of handling a matter (承办, 督办, 办理)
HANDLING_OPEN_RE = re.compile(r"^(?:[督交承协代主转查催批]办|办理)")
# …or after a subject's verb of holding right before 由 (A负责由B实施监督管理的…工程)
HOLDING_END_RE = re.compile(r"(?:负责|承担)$")
# the clause after a topic opening with its agent (…控股参股的企业，由所在地乡镇政府负责 / …的，按行政
# 区划由X负责): the words before the comma name the matter, not a subject split from its verb
# a topic a later 由 clause takes up: a described thing or a condition (农村敬老院的日常管理, 设置机构的),
# or money and matters (…等项经费, 临时性事项)
TOPIC_RE = re.compile(r"的|(?:经费|费用|资金|事项|事宜|项目|问题)$")
BY_NEXT_CLAUSE_RE = re.compile(r"^(?:则|均|统一|分别|另|按(?:照)?行政区划|按(?:照)?属地(?:管理)?(?:原则)?)?由(?!于|此)")
BY_RELATIVE_RE = re.compile(r"(?:办理|负责|承担|处理|实施|组织|管理|审批|决定|确定|执行)的(?=[^，,。；;的]*$)")
# a clause that is a table's or list's title (an annex named in a list of annexes), no duty
# (unless it has a verb giving work: 县环保局负责编制污染源清单 / 要建立企业名单)
# the kind of rule a title names after 组织 (X组织简则, X组织法, X组织暂行条例): the body's organisation,
# no act of organising
RULE_KIND_END_RE = re.compile(r"^(?:暂行|试行)?(?:简则|通则|条例|法|规程|章程|规则|办法|细则|规定)(?:[（(][^）)]*[）)])?[。.]?$")
TITLE_HAS_VERB_RE = re.compile(r"负责|牵头|承担|应当|应|要|须|需|编制|制定|建立|建设|形成|梳理|报送|上报|公布|公示")
DOCUMENT_TITLE_END_RE = re.compile(r"(?:分工|任务|职责|责任)(?:分解)?(?:一览)?表$|(?:名单|清单|分布图|一览表)$")
# a duty written as a role's frame, which the helpers after it join (X牵头，Y配合 ; 由X负责，Y协助)
ROLE_FRAME_RE = re.compile(r"牵头|负责|主办|主抓|总负责")
# X要求Y… / X责成Y… : who requires or charges, then who is required (a time word may open it:
# 今年市政府办公室要求…); a report's charge, 区政府责成街道办事处立行立改, is Y's whatever the tense
# …or the text itself requires it (《通知》要求各责任单位…, 方案要求…): a 解读's or a report's wording
REQUIRING_TEXT_RE = re.compile(r"《[^《》]{1,40}》|(?:该|本|此)?(?:文件|通知|方案|意见|办法|规定|细则|会议)")
REQUIRED_RE = re.compile("^(?:今年|近日|日前|目前|同时|此外|另外)?(?P<x>" + CLAUSE_CHAR + "{2,30}?)(?:要求|责成)(?P<rest>"
                         + CLAUSE_CHAR + "{3,})$")
# (已)转交X办理 / 转X依法处理 / 交由X调查处理 : a matter (a petition letter, a case) passed on to X to
# handle; X holds it, a transfer reported (已全部转交…) as much as one ordered (信访 转办)
_PASSED_ON = r"(?:已|均|并|全部|分别|及时|依法|按程序)*"
TRANSFERRED_RE = re.compile(r"^(?:" + CLAUSE_CHAR + r"{1,12}?(?=" + _PASSED_ON + "(?:" + PASSING_VERBS + ")))?"    # (该信访件…)
                            + _PASSED_ON + "(?:" + PASSING_VERBS + r"|转)(?P<x>"
                            + CLAUSE_CHAR + r"{2,80}?)(?:依法|按规定|及时|调查)?(?:办理|处理|处置|核查|核实|查处)$")
# (topic)归口X（管理） : the department a matter is put under (a fund 归口县农业农村局, 实行项目支出预算管理;
# 专项资金归口县农业农村局管理)
PUT_UNDER_RE = re.compile(r"^(?:" + CLAUSE_CHAR + r"{0,20}?)?(?:统一|实行)?归口(?:于|到)?(?P<x>" + CLAUSE_CHAR + r"{2,30}?)(?:统一)?(?:管理|负责|办理)?$")
# 请以上责任单位加快…, 上述单位要…: the units named before it in its sentence (由X负责的第1件、Y负责
#的第4件…进展滞后，请以上责任单位…), a notice's request pointing back at them
ANAPHOR_RE = re.compile(r"^(?:请|要求|责成)?(?:以上|上述|上列|前述)(?:各)?(?:责任|相关|有关)?(?:单位|部门)(?!名单|清单|负责的|牵头的|承担的)")
# what opens a piece naming a unit before the anaphor: 其中，由X负责的第1件
_ANAPHOR_PIECE_OPEN_RE = re.compile(r"^(?:其中|由|对|经|是)")
_ANAPHOR_VERB_END_RE = re.compile(r"(?:负责|牵头|承担|承办|主办|办理|报送|提交|提出|落实)$")
# 设置市健康教育所1个: a plan sets up one body of the kind its paragraph is about
SET_UP_RE = re.compile("^(?:设置|设立)(?P<x>" + CLAUSE_CHAR + "{2,30}?)[" + CN_DIGITS + r"\d]{1,2}[个所家处]$")
# 会议原则同意X关于…的意见 / 原则通过X提交的《…》 (minutes): the proposer X of what the meeting approved
APPROVED_RE = re.compile(r"^(?:会议)?原则(?:上)?(?:同意|通过)(?P<x>[^，。；《》]{2,30}?)(?:关于|提交的|提出的|报送的|起草的)")
# …and what the proposer does next: 会后…, 根据会议讨论意见修改完善…, 修改完善后…
AFTER_APPROVED_RE = re.compile(r"^(?:会后|根据会议|按照会议|依据会议|结合会议|修改完善|进一步修改)")
# 请X…: a notice's request to X (请各级各部门高度重视…); a meeting's charge, 责成X… / 会议要求X… (minutes,
# 督办 notices: the one charged holds the duty, not the meeting)
ASK_RE = re.compile(r"^(?:请(?!示)|(?:会议)?(?:责成|要求)|会议(?:明确|议定|决定|确定))")
# a meeting's charge opening a sentence (会议明确，一是X…。二是Y…): the points after it, each in its
# own sentence, are charges as 会议要求X… is (news of a meeting, minutes)
MEETING_CHARGE_RE = re.compile(r"^(?:会议|会上|会议还)(?:明确|要求|议定|决定|确定|强调|指出|提出)[，,：:]?")
# …and what opens a point of it before its unit: its count, a time (三是下周A、B联合…)
_CHARGED_POINT_RE = re.compile("^(?:" + _CN_NO + "是)?(?:下(?:周|月)(?![一二三四五六日天底初末])|下一步|下阶段|本(?:周|月)(?![一二三四五六日天底初末])|近期|会后)?")
# what follows X in 由X…: manner words and a verb of managing or handling
# (与Y共同… : whom X works with, 由A、B与提案人共同协商办理; Y holds the duty only when A、B与Y is
# wholly a list of units, read first as the longer subject)
_BY_MANNER = (r"^(?:依法|共同|协商|统一|分别|具体|及时|(?:按照|根据)职责(?:分工)?|结合(?:本地)?实际"
              # the time it is due by: 请各乡镇于每月28日之前将…报送… / 责成X于5月底前完成…
              r"|(?:于|在)[^，。；由]{1,30}?(?:之前|以前|前)"
              r"|与[^，。；、由]{1,12}?(?=共同))*")
# a request's due date alone in its clause (请X于12月10日前，将…报送…): its verb in the next clause
ASK_DUE_RE = re.compile(r"(?:务必|务|须|要)?(?:于|在)[^，。；由]{1,30}?(?:之前|以前|前)")
# the verbs of a village's own steps in a township's procedure, after a bare 村 (由村统一收集、核实, 由村盖章证明)
BY_VILLAGE_VERB_RE = re.compile(_BY_MANNER + r"(?:收集|核实|盖章|审核|初审|上报|报送|公示|登记|统计|签字|推荐|评议|"
                                r"进行|开展|落实)")
BY_VERB_RE = re.compile(_BY_MANNER + r"(?:负责|管理|管护|养护|承担|组织|"
                        r"实施|办理|审批|处理|处置|解决|协调|确定|制定|明确|提供|汇总|监督|查处|统筹|指导|认定|核定|执行|受理|对|"
                        # 由上一级公安机关交通管理部门指定管辖 (designating who handles a case)
                        r"指定管辖|"
                        # penalty articles: 由公安机关给予行政处罚 ; 由X根据《…》第N条规定，处…罚款
                        r"给予|处以|处罚|责令|没收|予以|(?:根据|依据|依照|按照)" + CLAUSE_CHAR + "{0,60}?规定)"
                        + _NOT_SECTION)     # 由城管执法局协调科…: the section's name, not 协调
# any other verb after 由X (由各分办单位分别答复…, 由X征求…意见后): not the words that continue a
# name or a list (相关股室, 、; 机关 of 由公安机关…, after the service word 公安), a post (局长兼任),
# discretion (自愿选择), composition or cause
BY_ANY_VERB_RE = re.compile(
    _BY_MANNER + r"(?!产生|引起|造成|导致|派出|自愿|自主|自行|事处|公室|员会|[的和及与或等之所于此、（）长员人党正副门局委厅处科院队站室组办]|[市县区省州乡镇村国各]"
    r"|相关|有关|所属|下属|内设|机关|机构|部门|系统|主管领导|主要领导|局长|主任|书记|部长|厅长|处长|科长|组长|市长|县长|区长|主席|委员|秘书长|同志|"
    # (由省委常委、常务副省长X任组长 : a Party committee's standing member, a post)
    r"常委|常务|"
    # (由市人民政府作为提案人的草案 : the part X plays in a thing the clause names, a relative, no duty)
    r"作为[^，。；]{1,10}?的|"
    r"负责同志|负责人|领导|分管|主要负责)" + HAN)
# 由A扩展至B / 由A调整为B / 由A放宽至B: 由 marks where a change starts, not who makes it
BY_CHANGE_RE = re.compile(r"^[^，,。；;]{0,30}?(?:扩展|扩大|放宽|调整|提高|提升|降低|上调|下调|延长|缩短|增加|减少|"
                          r"压缩|变更|改)(?:至|到|为)")
# a movement to where the work is done (下沉至各镇, 深入到各村): the places gone to hold nothing
GONE_TO_RE = re.compile(r"^(?:下沉|深入|派驻|进驻)(?:至|到)")
# a duty taken away, then the one kept (市级部门不再负责…的日常管理，转而聚焦政策指导和使用监督)
TAKEN_AWAY_RE = re.compile("(?P<s>" + CLAUSE_CHAR + "{2,30}?)不再(?:直接|具体)?(?:负责|承担|承办|从事)" + CLAUSE_CHAR + "{2,60}")
TURNED_TO_RE = re.compile(r"(?:转而|转为|改为|而是)(?:主要)?(?:负责|承担|聚焦|侧重|专注|集中)")
# 由A、B等部门组成工作小组 (a team of no name of its own, its work after it): its members (so with no 由:
# A、B组成工作专班，负责…)
MEMBERS_FORM_TEAM_RE = re.compile("(?:" + CLAUSE_CHAR + "{0,12}，)?由?(?P<l>" + CLAUSE_CHAR + "{2,60}?)(?:共同|联合)?组成"
                                  "(?:联合|专项)?(?:工作|调研|督导|检查|督查)?(?:小组|专班|组)"
                                  )
# 由X组成 / 由X…同志担任: who a body is made of or who fills a post, not a duty
# (由乡镇政府“一把手”任主任 : a bare 任 before the post it fills, as 担任)
BY_MEMBERS_RE = re.compile(r"组成|构成|担任|兼任|出任|^[^，,；;。]*参加(?=[，,；;。]|$)"
                           r"|(?<![担兼出])任(?=(?:常务)?副?(?:主任|组长|召集人|指挥长|总指挥|秘书长|主席|委员|成员))")
# 调整由县直部门或乡镇提出书面申请 : who applies (for a change, a fund), not a duty the text gives
BY_APPLIES_RE = re.compile("^(?P<x>" + CLAUSE_CHAR + "{2,30}?)(?:向" + CLAUSE_CHAR
                           + r"{1,30}?)?(?:(?:提出|提交|递交)(?:书面)?(?:申请|请求)|(?:申请|申报)(?!表))")
BY_POST_RE = re.compile(r"^(?:主要|分管|有关|相关)?(?:负责人|负责同志)")
# 由X于2010年07月06日颁布 : who issued the text and when, no duty
BY_ISSUED_RE = re.compile(r"^[^，。；,;]{2,40}?(?:于|在)\d{4}年[^，。；,;]{0,12}?(?:颁布|发布|公布|印发)")
# a verb whose first character ends a unit's name (处, a division): 由市长或副市长处理 is the posts'
# handling, not a unit 副市长处 (a cut between its two characters is no subject's end)
# (办 too, an office: 由人民武装部办理 is the department's handling, no office 人民武装部办)
SUFFIX_VERB_RE = re.compile(r"处(?:理|置|罚|分)|办(?:理|结)")
POSSESSIVE_RE = re.compile(r"^(?:其共同的|其共同|共同的|其)")
# 有关县级人民政府 / 有关区人民政府: the governments concerned, a collective
# the bodies of a kind concerned (…等部门和有关军事机关; 各相关责任单位, with 各): a collective of its own
CONCERNED_KIND_RE = re.compile("^各?(?:有关|相关)(?P<x>" + HAN + "{2,6})(?:机关|单位|部门|机构)$")
CONCERNED_GOV_RE = re.compile(r"^(?:" + HAN + r"{2,8}?(?:新区|区|县|市))?(?:有关|相关)(?:省级|市级|县级|乡级|省|市|区|县|乡（镇）|乡镇|镇|乡)(?:人民政府|政府)$"
                              # the places concerned standing for their governments (转交…和相关县区办理)
                              r"|^(?:有关|相关)(?:县区|区县|县市区|县（市、区）|县（市）|县（区）|区（县）|乡镇|乡镇（街道）|镇街|镇（街道）)$")
# a group's office that takes the duty after it: 领导小组下设办公室，办公室设在X，主要负责…
# a body of one charge named without its level or place: 安全生产委员会, 防汛抗旱指挥部 (a
# township's or a level's own committee, as a regulation or a 规范 names it)
# (not a clause ending in one: 乡镇人民政府应设立安全生产委员会 holds a body, a modal and an act)
# (建设 is a field's word in a name, 建设工程文明施工管理领导小组; 设 and 建 elsewhere set a body up)
LEVELLESS_GROUP_RE = re.compile("^(?!.*(?:政府|部门|单位|机关|局|应|要|须|(?<!建)设|建(?!设)|成立))" + HAN
                                + "{4,16}(?:委员会|领导小组|指挥部)$")
GROUP_OFFICE_RE = re.compile("(?P<g>[" + HAN_RANGE + "（）“”]{0,50}?(?:小组|联席会议|指挥部|专班|委员会|委会|委))"
                             r"(?:下设)?办公室")
# (…，是负责组织实施的机构 / …，是…的一个办事机构 : what the office is, its part as 是…机构 states it)
# a body's duties introduced after it (…，主要职责是：承担…)
# (其职责是… with no 主要 too: 成立民主理财小组，…，其职责是对村财务…进行管理)
_DUTIES_ARE = r"(?:其)?(?:主要(?:工作)?|(?<=其)(?=职责))职责(?:是|为)"
DUTIES_ARE_RE = re.compile("^" + _DUTIES_ARE + "[：:]?")
# (a committee's or group's coordinating work: 市人民政府成立安全生产委员会，统筹协调全市安全生产工作; 研究部署…)
# (…，履行指导、组织、协调、督查的职责 : the office's charge written with 履行, as with 承担)
OFFICE_DUTY_RE = re.compile(r"^是?(?:主要|具体|全面)?(?:负责|承担|牵头|统一领导|统筹协调|研究部署|履行(?=" + CLAUSE_CHAR + "{1,40}?职责))|^具体实施|^领导(?:当地|本地|全[省市县区]|本行政区域)"
                            # (教育部成立X司，主要职责是：承担…: the body set up, its duties listed)
                            "|^" + _DUTIES_ARE + "(?:[：:]?(?=" + HAN + ")|[：:]?$)"
                            "|^是" + CLAUSE_CHAR + "{0,40}(?:机构|机关)$")
# how a body set up is made up, written between it and its duty (成立民主理财小组，其组员从村民代表中选举产生，
# 任期和本届村委会相同，其职责是…): its members, who fill its posts, its term
BODY_MADE_UP_RE = re.compile(r"^其?(?:组员|成员|委员|组成人员|组长|主任)(?:由|从|在)" + CLAUSE_CHAR
                             + r"{2,40}(?:产生|组成|担任|兼任)$|^其?任期" + CLAUSE_CHAR + r"{1,20}$")
# the working groups a body set up has under it, between the body and its duty (成立X指挥部，下设A、B等
# 工作组，具体实施…)
# (not 下设办公室，负责…: the duty after it may be the office's)
UNDER_IT_RE = re.compile(r"^下设" + CLAUSE_CHAR + "{2,80}组$")
# the ones taking part in the duty before them, at the end of its sentence: …，市Y、市Z等有关部门参加
PARTICIPANTS_RE = re.compile("^(?P<x>" + CLAUSE_CHAR + "{2,300}?)(?:共同)?(?:参加|参与)[。]?$")
# a command set up holds the command after it: 设立市X应急指挥部，指挥…应急工作 (not 指挥部, 指挥长)
WITH_ITS_OFFICE_RE = re.compile(r"及其(?:办公室|办事机构|工作机构)$")
COMMAND_DUTY_RE = re.compile(r"^(?:统一)?(?:组织)?指挥(?!部|长|中心|机构|体系|系统)")
# X应当设立Y，负责… : the body a clause sets up (the object of 设立), which holds the duty after it
# (建立 too, of a body: 应建立由有关部门参加的殡葬管理委员会，领导…; the relative clause before the body set aside)
# (设立或者明确X : the body set up or named for the work, X)
PIVOT_RE = re.compile("(?:设立|成立|组建|设置|建立)(?:或者?(?:明确|指定|确定|设立|设置))?(?:由" + CLAUSE_CHAR + "{2,30}?(?:参加|组成)的)?(?P<x>" + HAN + "{2,24})$")
# a body set up is named by what it is, not by its level (草原监督管理机构, 质量检测中心)
# a section of an agency named alone, as its 内设机构 list gives it (（一）秘书科 / 信息调研科 / 电子政务中心 /
# 应急指挥协调科（加挂…牌子）): not a subject anywhere else (科, 室, 组 end many words)
SECTION_NAME_RE = re.compile("^(?![本我该此其各由])(?P<x>" + HAN
                             + r"{1,10}(?:科|室|(?<![查惩判罚办理])处|股|中心|组))(?:（[^（）]{1,30}）)?[。]?$")
# …not a plan's heading of work to do (（二）建设物流中心, 打造创新中心)
SECTION_VERB_RE = re.compile(r"^(?:建设|打造|建成|创建|培育|组建|设立|成立|筹建|新建|扩建|搭建|提升|优化|发挥)")
SET_UP_ORGAN_RE = re.compile("^" + HAN + "{2,20}(?:机构|中心|办公室|站|所|队|小组|委员会|司|局|科|股|(?<![查惩判罚办理])处)$")
# the governments one level down, as a municipal text names them without a level (各地要…,
# 由属地政府…, 各地政府): the lower level's collective under the names the lexicon knows
# a hard-wrapped text: lines of one width (WRAP_LINES of them at least, WRAP_MIN characters or
# more) that end inside a sentence
WRAP_MIN = 20
WRAP_LINES = 4
WRAP_SHARE = 0.5
WRAP_END_RE = re.compile(r"[。；;！？!?：:]$|[）)]$")
# a line opening with 的, which opens no sentence (not 的确), after a line ending inside one: a break
# the page put inside a sentence (…对省委常委会及其成员 / 的工作进行监督和评议；), read as one line
RUN_ON_OPEN_RE = re.compile("^" + SPACE + "*的(?!确)")
# a body named by what it has received or done, before a generic organ: 收到举报的行政主管部门应当…
# (最先发现或者最先接到报警的X: the first of them to learn of it)
# (and by the act it carries out, a law naming the organ that does it: 组织专项监督检查的市场监督管理部门应当…,
# 作出行政处罚决定的X, 实施检查的X: that organ, whichever level's)
_LEARNS = "(?:最先|首先)?(?:发现|收到|接到|受理)"
_DESCRIBED_BY = "(?:" + _LEARNS + "|组织|实施|作出|开展|办理)"
DESCRIBED_ORGAN_RE = re.compile("^(?:" + _LEARNS + "[^，。；的]{0,12}?(?:或者|或))?" + _DESCRIBED_BY + CLAUSE_CHAR
                                + "{1,12}?的(?P<x>" + HAN
                                + "{0,12}(?:主管部门|部门|机关|机构|人民政府))$")     # (接到举报的公安消防机构必须…)
# a body's learning of a matter, closing its subject (有关部门接到报告后应当…, X在收到检举后应当…)
# (X获取招商线索后，做好…, X获得…信息后: a body obtaining a matter to handle, as one receiving it; only here,
# not before 的, where 获得…的单位 is as often the regulated side's)
# (X通过各渠道获取…后: the means of learning it, between the body and its act, no part of the name)
LEARNED_AFTER_END_RE = re.compile("(?:通过[^，。；、的]{1,8}?)?在?(?:" + _LEARNS + "|获取|获得)" + r"[^，。；、的]{1,16}?(?:后|之后|以后)$")
# the bare organ after such a description, no name of its own (接到举报的部门, 受理申请的有关机关)
# (a matter the public or the regulated bring to it, 举报, 投诉, 申请: not a paper another body sends, 收到协查
# 通知或抄告单的部门, the counterparty of a pair named before, prose n174; a bare 机关 is read as before)
_BARE_DESCRIBED_RE = re.compile(r"^(?:有关|相关)?部门$")
_FROM_THE_PUBLIC_RE = re.compile("^" + _LEARNS + r"(?:[^，。；的]{0,4}?(?:举报|投诉|检举|控告|申请|报告|信访|报案)){1,3}的")
# a body named by where something happens, before a level's organ: 气象灾害发生的区、县（自治县、市）人民政府,
# 事故发生地的县级人民政府, 突发事件发生地县级以上人民政府 (the governments of that area)
OCCURS_ORGAN_RE = re.compile("^[^，。；的、]{1,12}?发生(?:地|所在地)?的?(?P<x>(?:" + HAN + "|[、（）]){2,30}?"
                             "(?:主管部门|部门|机关|机构|人民政府|政府))$")
# an item of a list of sectors joined by 与 inside its name (海洋与渔业; 和 passes as it is)
_SECTOR_PAIR_YU_RE = re.compile(HAN + "{2}与" + HAN + "{2}")
# a level's organ whose name joins two sectors by 与 (省民族与宗教事务厅, 市海洋与渔业局): one body, its 与
# no verb (not two bodies, 市财政局与县财政局: the first half ends as a name ends)
LEVEL_SECTOR_PAIR_YU_RE = re.compile("^(?:省|自治区|市|州|县|区|旗)" + HAN + "{1,4}(?<![局厅委办部院会室处所队站心府组])与"
                                     + HAN + r"{2,6}?(?:厅|局|委员会|委)$")
# a duty's words for its holder's own scope (本部门, 本行业, 本系统, 本单位)
SETTER_OWN_SCOPE_RE = re.compile(r"本(?:部门|行业|系统|单位|机关)")
# where a quoted text opens in a subject: at its start, or after the colon that introduces it
# (一、将第四条修改为：“市、区(市)人民政府应当…)
QUOTE_OPENS_RE = re.compile("^[“「『\"]|^" + CLAUSE_CHAR + "{0,30}?(?:修改为|修订为|改为|规定)[：:][“「『\"]")
# bodies named by the bare kind of every employer, in a list a law gives a short name to (机关、团体、企业、
# 事业单位…（以下统称用人单位）): the regulated side, no unit's duty
_EVERY_EMPLOYER = ("企业", "企事业单位", "企业事业单位", "企业事业组织")
# a regulation's purpose (第一条 为了规范…，建设节约型机关，根据…，制定本办法。): no clause of it is a duty
PURPOSE_RE = re.compile(r"^(?:为了|为)[^。]*?(?:特)?(?:制定|制订)本(?:实施)?(?:办法|规定|条例|细则|规则|通告|决定|方案|意见|制度)[。]?$")
# a modal or a charge before 发布 (X要及时发布《…》, X负责发布《…》): a duty to publish, not an issuance reported
# what a clause's 发布 issues when it is a paper of a kind, its title unquoted, the clause ending
# with it (发布关于落实《政府工作报告》重点工作部门分工的意见): a document issued, reported
ISSUED_PAPER_RE = re.compile(r"^(?:了)?(?:关于)?[^，。；,;]{2,60}?的?(?:意见|通知|决定|办法|规定|细则|实施方案|工作方案|条例|通告)。?$")
# (or a recurring time, 区科技局每年适时发布年度申报通知: a step the body takes each year, no one issuance)
ISSUED_MODAL_RE = re.compile("(?:" + "|".join(MODALS) + r"|必须|负责|将|按时|定期|及时|适时|每(?:年度|年|半年|季度|月|周))"
                             r"[^，。；]{0,6}$")
# the committee or group of a work that each level's government sets up (县级以上人民政府食品安全委员会)
LEVEL_GROUP_RE = re.compile(HAN + r"{2,12}(?:委员会|领导小组|指挥部|联席会议)")
# a scope article's sentence: who the text applies to (X履行…职责，适用本规定 / X的…职责，参照本规定执行)
SCOPE_SENTENCE_RE = re.compile(r"[，,](?:适用|参照)本(?:实施)?(?:办法|规定|条例|细则|规则|通告|决定|方案|意见|制度)"
                               r"(?:执行|的规定执行|规定执行)?[。]?$")
# a sentence defining a term of the text (本规定所称地方性法规草案，是指由市人民政府组织起草…的法律文件), or
# saying whom it applies to with no comma before (市人民政府拟定…和制定政府规章适用本规定, no modal in it): no duty,
# whoever the definition names
DEFINITION_SENTENCE_RE = re.compile(r"^本(?:实施)?(?:办法|规定|条例|细则|规则|决定)(?:中)?所(?:称|指)[^，,。；]{1,30}?[，,]?"
                                    # (not one charging the body it defines: …是指市城市管理部门，负责…)
                                    r"(?:是指|系指|指|包括)(?![^。]*(?:负责|应当|必须|承担|履行|归口|主管|牵头))"
                                    r"|^[^，,。；应须要必]{4,60}?(?<![不应须])(?:适用|参照)本(?:实施)?(?:办法|规定|条例|细则|规则)"
                                    r"(?:执行)?[。]?$")
# the document's own place before a collective: 本市各级人民政府, and an autonomous area's own
# level word alone, 自治州各级人民政府 (the collective, as written)
OWN_PLACE_RE = re.compile("^(?:本(?:" + OWN_LEVELS + ")|自治区|自治州|自治县|自治旗)(?=各)")
# an incorporated town or village (建制镇, 建制村): a level word, qualified
INCORPORATED_RE = re.compile(r"^各?(建制)(?=[镇村乡])")
# a named place before a collective under it: 大冶市各乡镇卫生健康办公室 (the collective as written)
NAMED_PLACE_EACH_RE = re.compile(r"^[^各和及与、，（）]{1,6}?(?:省|市|州|县|区|盟|旗)(?=各" + HAN + r"{2})")
# 本市 before a list of departments: the document's own level (本市X、Y等部门 is 市X、Y等部门)
_OWN_LEVEL_DEPTS_RE = re.compile("^本(?:省|市|州|县|区)(?!各)[^，。；、]{2,}、[^，。；]{2,}(?:部门|机关|机构)$")
# X所属的Y / X下属的Y : Y, a body under X; X根据实际需要设立的Y, X授权的Y : Y, the body X sets up or empowers
# (X never holds 或: A或者本级人民政府确定的Y is two alternatives, each read)
# (not X及其所属Y: X and its own Y, both: 各级政府及其所属各部门)
BELONGS_RE = re.compile("^[^，。；或]{2,30}?(?:(?<!及其)(?<!和其)(?:所属|下属|直属)的?|(?:设立|设置|成立|组建|授权|确定|指定)的)(?P<x>" + CLAUSE_CHAR + "{2,30})$")
# X的主要职责是… / X的职责为… : X is the subject of the duties that follow
DUTY_IS_RE = re.compile(r"的?(?:主要)?(?:职责|职能|任务)(?:是|为)$")
# 各县（市、区）人民政府, 各旗市区人民政府, 各区人民政府: the county-level governments written
LOWER_GOVS_WRITTEN_RE = re.compile(r"各[县区旗市（）、]{1,8}?(?:人民政府|政府)(?=[，,、：:；;和及])")
COUNTED_RE = re.compile("^[" + CN_DIGITS + r"两几多\d]+个")
LOCALITIES_RE = re.compile(r"^(?:各地|属地|当地)(?:人民政府|政府)?$")
LOWER_GOVS = ("各县（市、区）人民政府", "各区人民政府", "各县（区）人民政府", "各县人民政府")
# 各级政府: the document's own government and the lower level's collective
ALL_LEVEL_GOVS_RE = re.compile(r"^各级(?:地方)?(?:人民政府|政府)$")
# 各级人民政府财政部门, 地方各级人民政府林业主管部门: the organ of every level's government, one name
# (unit_items reads the governments and a bare 财政部门; 县级以上人民政府X部门 it keeps whole)
EACH_LEVEL_ORGAN_RE = re.compile("^(?!.*[和及与或、])(?:地方)?各级(?:地方)?(?:人民政府|政府)" + HAN + "{2,12}?(?:部门|机关|机构)$")
# 属地公安机关, 当地财政部门: the generic organ of the place, i.e. the generic organ
# (所在地法律援助中心: a body of the place named by its kind, 机构 / 中心 too)
PLACE_OF_RE = re.compile("^(?:属地|当地|所在地)(?P<x>" + HAN + "{2,16}(?:部门|机关|机构|中心))$")
# a government named by its level relative to another's (本级人民政府应当…, 上级人民政府负责…, 由共同的上一级
# 人民政府协调解决): a subject or holder as written; the resolver reads it as a set, never the document's own
# (kg.resolve.units.RELATIVE_GOV, the one pattern)
RELATIVE_GOV_RE = RELATIVE_GOV
# 上级热线管理机构, 省级主管部门: a body above the document's government, listed beside its
# own units (由上级热线管理机构和公安机关统筹协调), holds no duty of it; 国家机关 is the generic
# organ of any level (国家机关、社会团体…应当…: a collective, actors.UNIT_TYPE_NAMES), and so is the
# organ named by the field 国家安全 (邮政管理部门、公安机关、国家安全机关和海关应当…: every level's, as 公安机关)
UPPER_RE = re.compile(r"^(?:上级|上一级|省级|国家(?!机关$|安全(?:机关|部门|机构)$))(?!人民政府$)")
# a condition, then a modal and no subject of its own: the holder before goes on. Inside a
# sentence, a segment after ； (…；涉及…事项的，应当及时征求…意见) …
_CONDITION = "^" + CLAUSE_CHAR + "{2,40}?的，"
# (…；协商不一致的，提请本级机构编制部门进行协调 : the case's referral, its holder the one before)
CONDITION_SEGMENT_GOES_ON_RE = re.compile(_CONDITION + "(?:还|也|并)?(?:应当|应|须|必须|提请|报请)")
# …and the case after a manner of its own (…；结合开展…评估等工作，发现需要…的，应当组织…): three clauses
MANNER_CONDITION_GOES_ON_RE = re.compile("^(?:结合|根据|按照|依照|依据)" + CLAUSE_CHAR + "{2,30}?，"
                                         + CLAUSE_CHAR + "{2,40}?的，(?:还|也|并)?(?:应当|应|须|必须)")
# … and a sentence of its own only with a word adding to the duty before (X…的，应当…。吊销
# 驾驶证的，还应当…): a bare …的，应当… sentence may be anyone's
CONDITION_SENTENCE_GOES_ON_RE = re.compile(_CONDITION + "(?:还|也|并|同时)(?:要|应当|应|须|必须|需)")
# a sentence opening with its object or case (对…) and a modal, no subject of its own, right after
# a sentence that gave a duty: the holders before go on (X应当在法定时限内鉴定。对没有法定时限的，应当
# 在…内鉴定 / X要加强领导。对…中出现的问题要及时向Y报告)
# (对于…的X，应当…: the object's clause closed by a comma, 对于一时不能完全了解清楚的…信息，应当边上报边核实)
# (…；对…的单位和个人，予以表彰和奖励 : the award or penalty after the object's comma, no modal)
OBJECT_GOES_ON_RE = re.compile("^对(?:于(?=" + CLAUSE_CHAR + "{2,40}?，))?" + CLAUSE_CHAR + "{2,40}?(?:(?:的?，)?"
                               "(?:要|应当|应|须|必须|需)(?!求)|，(?:依法)?(?:予以|给予))")
# a sentence of contrasted cases named by a short topic before its modal, right after a sentence that
# gave a duty: the holders before go on (X应实行督查通报制度。…要及时予以通报。好的要总结经验，…；差的要
# 查明原因，… / 有条件的要…); no comma after the topic (a bare …的，应当… sentence may be anyone's)
CASE_TOPIC_GOES_ON_RE = re.compile("^" + HAN + "{1,6}的(?:还|也)?(?:要|应当|应|须|必须)(?!求)")
# a sentence opening with when it applies (X发生后，应当…; …时，应当…) and a modal, right after a sentence
# that gave a duty: the holders before go on (市、区县人民政府…及时启动…方案。气象灾害发生后，应当…启动…预案)
WHEN_GOES_ON_RE = re.compile("^" + CLAUSE_CHAR + "{2,30}?(?:之后|以后|后|时)，(?:还|也|并|同时)?(?:要|应当|应|须|必须)(?!求)")
# a clause of when alone (森林火灾发生后 / 接到报告时), after a system's clauses: what follows is a
# statement of its own, not the system's next part
WHEN_CLAUSE_RE = re.compile(CLAUSE_CHAR + "{2,30}?(?:之后|以后|后|时)")
# a sentence opening with a connective and a modal: the sentence before's holders go on (并要…, 同时要…)
GO_ON_RE = re.compile(r"^(?:并且|并|同时|还|也|另外)(?:也|还)?(?:要|应当|应|须|必须|需)")
# …or with 并 and a duty verb, no modal, right after a sentence that gave a duty (X负责本规定的组织实施。
# 并建立…工作机制): a sentence cannot open with 并 but to go on with the one before; so with 同时 (at the
# same time), the means maybe between it and the verb (X要加强…。同时依托全科网格建立巡视机制，…)
GO_ON_AND_VERB_RE = re.compile(r"^(?:并且|并|同时)(?:(?:依托|通过|利用|借助)[^，。；]{1,30}?)?"
                               r"(?:建立|健全|完善|设立|组织|制定|落实|加强|做好|负责|开展|协调|指导|"
                               r"督促|监督|承担)")
# a sentence opening with a bare 要 right after a sentence that gave a duty (各乡镇要…。要明确责任，
# 进一步…): the speaker's holders go on, as 并要… does (a sentence with a clause after a comma: a
# report's topic line 要增建校所。 is a heading, not a duty going on; not a ；segment of a list)
BARE_GO_ON_RE = re.compile(r"^要(?!求|点|素|件|害|闻|案|事|情)(?=" + HAN + ")")
# a sentence opening with a duty verb and no subject of its own, right after a sentence charging a
# holder with work (X负责…) in the same paragraph (文化旅游部门负责督导…。指导导游…。): a duty list
# written as sentences, the holders before go on as across ； (not after a modal's sentence: a plan's
# item goes on with exhortations, 各县要…。统筹用好…, whose holders its annotation names)
# (a 三定-like list's items as sentences: 会同有关方面拟订…。及时反映和处理…重大问题。)
VERB_GO_ON_RE = re.compile(r"^(?:及时|依法)?(?:负责|指导|组织|协调|督促|统筹|监督|拟订|制定|审核|汇总|承担|履行|采取|"
                           r"会同|反映|处理)")
# (or a body's duties introduced after it: 教育部成立X司，主要职责是：承担…)
# (or what the holder is, then its charge: 街道办事处是…监管责任的落实主体，负责…)
# (or an office and where it sits, then its charge: 联席会议办公室设在省农委，负责联席会议日常工作。组织…)
CHARGE_SENTENCE_RE = re.compile(r"^[^，。；：]{2,30}?(?:具体|牵头|主要)?负责|^[^。；]{2,60}?[，,]" + _DUTIES_ARE
                                + r"|^[^，。；：]{2,30}?(?:是|为|作为)[^。；]{2,60}?[，,](?:具体|主要)?负责"
                                + r"|^[^，。；：]{2,30}?办公室设在[^，。；：]{2,20}[，,](?:具体|主要)?(?:负责|承担)")
# (or, in a regulation's article, a sentence giving its holder a duty by the rule's modal:
# 第三条 各级人民政府应制定…规划。组织…有关方面分工协作… ; not 要, a plan's exhortation)
ARTICLE_MODAL_SENTENCE_RE = re.compile(r"^(?:第[^条]{1,6}条)?[^，。；：]{2,30}?(?:应当|应(?![急用对届收予])|必须)")
# (or, in an article whose first sentence gave its subject a duty by a bare verb, as an autonomous
# area's rules write them, 第四条自治州各级人民政府加强…。转变…，建立…长效机制。: a sentence with no
# subject whose clauses open with the work to do, one of them with a duty's verb, _article_goes_on)
# (the first clause's words before a verb: an adverb of how, 逐步提高…, 重点发展…, 进一步…)
_ARTICLE_GO_ON_LEAD_RE = re.compile(r"^(?:逐步|重点|进一步|大力|积极|切实|不断|着力|努力|继续|全面|加快)?")


_ANY_OPENING_RE = re.compile("")       # (a sentence _article_goes_on found going on: its opening, whatever it is)


def _article_goes_on(sentence: str, subjects: "_Subjects") -> bool:
    """A sentence of an article going on with the subject of the article's first sentence: no
    subject of its own (its first clause names no unit and reads no predicate after other words,
    任何单位和个人不得… ; 具体办法由X制定 names one ; 政府主要领导为第一责任人，应当… is a post's, its
    copula saying what the post is ; 鼓励社会力量… is the rule's own encouragement, no body's, as 国家鼓励…),
    and a clause of it opening with a duty's verb."""
    clauses = [c for c in re.split(r"[，,；;]", sentence.rstrip("。")) if c]
    if len(clauses) < 2 or len(sentence) > 120:
        return False
    first = clauses[0][_ARTICLE_GO_ON_LEAD_RE.match(clauses[0]).end():]
    pm = PRED_RE.search(first)
    if (pm and pm.start() > 0) or _embedded_subject(first, subjects) or NOT_SUBJECT_RE.search(first) \
            or re.search(r"由|不得|禁止|任何|是|为", first) or re.match(r"鼓励|支持|提倡|倡导|引导", first):
        return False
    return any(PRED_RE.match(c[_ARTICLE_GO_ON_LEAD_RE.match(c).end():]) for c in clauses)


# a 三定 rule's section of changes to the body's duties (一、职责调整), and an item of it adding one
# (（一）增加…的职责 / 强化…职责), not one taking a duty away (取消, 下放, 划出, 将…划归Y)
DUTY_CHANGES_HEADING_RE = re.compile(r"^(?:主要)?职(?:责|能)调整[：:]?$")
DUTY_ADDED_RE = re.compile(r"^(?:增加|新增|强化|加强)")
# a group's section titled by its members (二、成员单位 / 二、联席会议成员单位): the paragraphs after it
# say who the members are, no one unit's duties
MEMBERS_TITLE_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?" + HAN
                              + r"{0,12}?(?:成员单位|组成单位|组成部门|成员)(?:及(?:其)?职责)?$")
# how a document's last line may end when the document is whole (a sentence's or a list's end, a
# heading's colon, a closing bracket or quote, a date)
# (a date's 日 after its number, 2023年5月1日 / 五月一日: not a word cut before its end, 承担…委员会日)
EDGE_END_RE = re.compile(r"[。；;！？!?：:）)」”\"’.．…]$|[\d〇零一二三四五六七八九十]日$|\d$")
# a collapsed page's heading before its paragraph: 一、主要职责 贯彻落实…
COLLAPSED_HEADING_RE = re.compile("^" + SPACE + "*" + _CN_NO + r"、(?P<h>[^，。；：:\s　]{2,12})" + SPACE + r"+(?=[^\s　])")
# … and its articles run on after a space: … 。 第五条 X负责…
INLINE_MARK_RE = re.compile("(?<=" + SPACE + ")(?=（" + _CN_NO + "）|" + _CN_NO + "、|" + _ARTICLE_NO + "条)")
# a mark after a space, as INLINE_MARK_RE finds it, and its number (一、 二、 ; （一） （二） ; 第一条 第二条)
_INLINE_MARK_NO_RE = re.compile("（(?P<i>" + _CN_NO + ")）|(?P<t>" + _CN_NO + ")、|第(?P<a>[" + CN_DIGITS + "百零]{1,5})条")


def _counts_up(text: str, cuts: list[int]) -> bool:
    """Two marks after spaces, of one kind, the second numbered one after the first (``… 一、主要职责
    在…领导下，… 二、成员组成 X由…``: a notice's two sections on one line, cut short by the excerpt):
    a list, where two marks of no such order may be a spaced reference."""
    if len(cuts) != 2:
        return False
    found = [_INLINE_MARK_NO_RE.match(text, k) for k in cuts]
    if not all(found):
        return False
    kinds = [next((g, m.group(g)) for g in ("i", "t", "a") if m.group(g)) for m in found]
    if kinds[0][0] != kinds[1][0]:
        return False
    try:
        return to_int(kinds[1][1]) == to_int(kinds[0][1]) + 1
    except ValueError:
        return False


# an article opening right after a sentence's end (…。第五条X负责…): a cut there splits no sentence
# (a copy whose punctuation was garbled writes the stop as 、 , . or ；, the article's number then
# followed by one of them too: …社会公益宣传、第五条、法律援助机构组织实施… ; a reference, 依照第五条规定,
# has no mark after its number, and a list of references, 第七十一条、第七十四条、…, is no stop)
# (a copy joining its paragraphs with spaces leaves one after the stop: …学校安全。 第五条 X负责…)
STOP_ARTICLE_RE = re.compile("(?<=。)(?=" + SPACE + "*" + _ARTICLE_NO + "[条章])"
                             "|(?<=[，,、.．；;])(?<![条款项][，,、.．；;])(?=" + _ARTICLE_NO + "[条章][、，,.．。 　])")
# a sentence that is only a name, between two sentences, before the duties it heads (…如下：县环保局。
# 负责…。县交通局、公路局。负责…): cut before it and after its stop, as if each were its own line
# (a name's ending before the stop, no digit: 设置市健康教育所1个。负责… is a sentence setting a body up)
NAME_SENTENCE_RE = re.compile(r"(?<=[。；;：:])(?=[^。；;：:，,（）()\s\d]{1,29}"
                              r"(?:局|委|办|室|科|股|站|所|队|中心|部|院|会|组|处|厅|府|署|社|团)。(?:负责|承担|主要负责))")
# a body's duties listed on its own line after its label: X的职责是：（一）…；（二）…；（三）… (a plan's
# 现场指挥部 as a page prints it): cut after the label's colon and before each item opening after a
# stop, as if each item were its own line under the label (the list's holder, as on lines of their own)
# a rule's title in 《》 then one of its articles quoted after a space (an explainer page's 法律客观：
# 《X实施细则》 第三条 Y主管…): the article's text opens there, as on a line of its own (not a reference,
# 《X》第三条规定 / 《X》第三条，, which has no space after its number)
QUOTED_ARTICLE_RE = re.compile("(?<=》)" + SPACE + "*(?=" + _ARTICLE_NO + "条" + SPACE + "+(?!规定)[\u4e00-\u9fff])")
# (and a regulation's 履行下列职责：（一）…；（二）… run on in one line)
DUTIES_INLINE_RE = re.compile("(?:(?:职责|职能|任务)(?:是|为|如下)|下列(?:职责|职能))[：:](?=（一）)")
DUTY_ITEM_MARK_RE = re.compile("(?<=[；;。])(?=（" + _CN_NO + "）)")


# a list of departments, then the alternative kind: 通讯、广播电视、自来水、路政等主管部门或单位
EITHER_KIND_TAIL_RE = re.compile("^(?P<a>" + HAN + "{2,}[、，]" + CLAUSE_CHAR + "{2,}?等" + HAN + "{0,4}部门)或者?单位$")
# a collective, then a bare kind sharing its modifier: 各级各有关部门、单位 (各有关单位), 有关部门、单位
SHARED_KIND_TAIL_RE = re.compile("^(?P<a>" + HAN + "{0,6}?(?:有关|相关)(?:部门|单位))、(?P<b>单位|部门)$")
# how a department's name ends (a short name for several fields' departments is one role)
_DEPT_END_RE = re.compile(r"(?:部门|机构|机关)$")
# a definition of a short name written after a name: （以下简称X）, （下简称X）
# (a quoted short name with its alternative in brackets, （以下简称“镇（街道）”）, as DEFINE_RE)
_SHORT_NAME_DEF_RE = re.compile("（" + _HOSTED_BEFORE_DEF + _SHORT_DEF
                                + "(?:[“\"「][^（）”\"」]{1,20}（[^（）]{1,10}）[”\"」]|[^（）]*)）")


def _without_short_def(text: str) -> str:
    """``text`` without its ``（以下简称Y）`` definitions (:data:`_SHORT_NAME_DEF_RE`): every one
    holds 称, so a text without it is returned as it is, unscanned (~17 000 texts a build of the
    bundled corpus, nearly none with a definition)."""
    return _SHORT_NAME_DEF_RE.sub("", text) if "称" in text else text
# a level's scope written after it (县（含县级市、区，下同）): not part of the name; a list of
# what a collective includes (院校（包括中小学…）) stays with it as written
GLOSS_RE = re.compile(r"（(?:含|不含)[^（）]*）|（[^（）]*下同）")
# punctuation or a digit: a phrase, not a name
# (他们联合…: a pronoun; 其业务接受X监督: received, no name; 坚决移送司法机关处理, 及时移交公安机关: the
# body a case is passed to, after the verb that passes it, is no subject)
# (为 after an organ's name is its copula, as 是: 县减灾委员会为县…综合协调机构; not 为民服务中心)
_NOT_IN_SUBJECT_RE = re.compile(r"[，。；：:！？“”《》是]|\d|他们|我们|她们|接受|移送|移交|报请|提请|要求|责成"
                                r"|(?<=[会局委办府院厅部室心])为(?!民|老)")
_EACH_PREFIX_RE = re.compile(r"^各(?:级)?(?:各)?")
# the office or the members of a group written after the group's short name (市安委会办公室, 县普查领导小组成员单位)
# (县防指各成员单位, 县防指其他成员单位: the members of the group the short name stands for, each or the rest)
_GROUP_PART_END_RE = re.compile(r"(?:办公室|(?:各|全体|其他|其它)?成员单位)$")
# the two committees of a village or community in quotes (村“两委”, 村（社区）“两委”)
# (and the government, court and procuratorate a 人大 supervises, in quotes: “一府两院”, “一府一委两院”)
QUOTED_TWO_COMMITTEES_RE = re.compile(r"“(?:两委|一府两院|一府一委两院)”$")
# the text's whole area before a 各 collective (全市各成员单位, 全县各乡镇人民政府)
WHOLE_AREA_EACH_RE = re.compile(r"^全(?:市|县|区|省|州|旗)(?=各)")
# the supporting part a unit plays in a work another leads, after its name (我局为配合部门 ; X作为配合单位)
SUPPORT_PART_RE = re.compile(r"(?:作)?为(?:配合|协办)(?:部门|单位)$")
# a reply to the public (提案/建议 答复, 市长信箱, 网上留言 回复) speaks of its own unit as 我局, 我委,
# 我街道 or 我们: the replying unit, as the reply's signature, 联系单位/承办单位 line, 答复 heading or
# spokesman names it (我市, 我县, 我区 are the polity, not the unit that replies)
SELF_REF_RE = re.compile(r"^(?:我|本)(?:局|委|办|厅|处|科|所|中心|街道办事处|街道办|街道|镇|乡|单位|机关|委员会|署|院|会)$|^我们$")
# a part of the body speaking (本局办公室, 本机关各处室, 我委各科室): the document's own body's office or sections
SELF_PART_RE = re.compile(r"^(?P<me>(?:我|本)(?:局|委员会|委|厅|署|办|院|会|机关|单位))(?P<p>(?:各|有关|相关)?(?:处室|科室|内设机构|职能处室|业务处室|直属单位)|"
                          r"[\u4e00-\u9fff]{0,10}(?:办公室|处|科|庭|中心))$")
# …and named by its kind alone, no 本 (局办公室, 委办公室: a bureau's or a commission's own office)
BARE_SELF_PART_RE = re.compile(r"^(?P<me>局|委|厅|署)(?P<p>办公室)$")
# the kind of body a self-reference names (本局: a 局; 本委: a 委 or 委员会), and a title's opening body
_SELF_KIND = {"局": ("局",), "委": ("委", "委员会"), "厅": ("厅",), "署": ("署",), "办": ("办", "办公室"),
              "委员会": ("委员会",), "会": ("会",), "院": ("院",)}
_TITLE_OWN_RE = re.compile("^(?P<x>" + HAN + r"{2,30}?(?:局|委员会|委|厅|署|办公室|院|会))(?![会员办])")


def _self_is(ref: str, own: Optional[str]) -> Optional[str]:
    """The body a self-reference (本局, 本机关) stands for: ``own`` when its kind agrees (本局 is no
    委员会's), else None."""
    if not own:
        return None
    kind = re.sub("^(?:我|本)", "", ref)
    if kind in ("机关", "单位"):
        return own
    ends = _SELF_KIND.get(kind)
    return own if ends and own.endswith(ends) else None
# where a reply names its unit: 联系单位：X / 承办单位：X (anywhere on a line), a heading 'X答复：',
# a spokesman's signature 'X发言人', a line wholly an organ's name before the date or at the end
OWN_UNIT_LABEL_RE = re.compile("(?:联系单位|承办单位|答复单位|办理单位)[:：][ 　]*(?P<x>" + HAN + r"{2,30}?)(?=[；;，,。 　]|$)")
OWN_UNIT_HEAD_RE = re.compile("^(?P<x>" + HAN + r"{2,30}?)(?:答复|回复)[:：]$|^(?P<y>" + HAN + r"{2,20}?)发言人$")
OWN_UNIT_SIGNED_RE = re.compile("^" + HAN + r"{2,30}(?:局|委员会|委|办公室|厅|办事处|街道办|中心|人民政府)$")
_DATE_LINE_RE = re.compile("^" + digit_date("-") + "$")
_JOINT_VERB_RE = re.compile(r"联合|协同|组织|督促|指导")
# an organ, then 或/及 before another name
# (部门和Y, 机关和Y, 政府和Y: 各级教育行政部门和中等职业学校的主管部门 is two; not …部门和单位,
# one collective)
_TWO_ORGANS_RE = re.compile(r"(?:部门|机关|政府|局|委|办)(?:或者|或|及|以及)|(?:部门|机关|政府)和(?!单位|机构)")
_BRACKETED_RE = re.compile(r"（[^（）]*）")
_GOV_BEFORE_DEPTS_RE = re.compile(r"^(?:地方)?(?:各级)?人民政府(?=(?:其他|其它)?(?:有关|相关)部门$)")
# the general office of the governments of a level written as a list (县级以上人民政府办公室, 县级以上地方
# 人民政府办公厅（室）): one body of each of those governments, as 县级以上人民政府X部门 is
_GOV_OFFICE_WORDS = ("办公室", "办公厅", "办公厅（室）")
_CONCERNED_DEPTS_ONLY_RE = re.compile(r"^(?:(?:其他|其它)?各?(?:有关|相关)|(?:其他|其它)(?:行政)?主管)部门$")
_NOT_ONE_BODY_RE = re.compile(r"有关|相关|其他|其它|、|与|人民政府.")
_VAGUE_RE = re.compile(r"的|有关|相关|其他|其它")
# a county level written with its alternatives and nothing else (县（市、区）, 旗（县）): its governments
# (各县（市、区） is read elsewhere, as the lower governments)
# a level written alone (with a bracketed alternative): an item of a list of levels
_BARE_LEVEL_WORD = r"(?:省|市|州|县|区|旗|乡|镇|街道|县级市|自治县)(?:（[^（）]{1,6}）)?"
# (three levels or more: two bare levels, 市、县建立…制度, open a plan's arrangements as often, and
# stay unread as before; but a regulation's two levels, the second with its alternatives,
# 市、县（市、区）负责…, are its levels as three are)
LEVELS_ALONE_RE = re.compile(_BARE_LEVEL_WORD + "(?:(?:、" + _BARE_LEVEL_WORD + "){2,}|、(?:县|旗)（[^（）]{1,6}?、[^（）]{1,6}）)$")
# …and three levels or more counted after the list (省、市、县三级建立…机制 : each level, the count no part
# of a name; two, 县、乡两级根据…统筹…, stay unread as two bare levels do)
LEVELS_COUNTED_RE = re.compile("(?P<l>" + _BARE_LEVEL_WORD + "(?:、" + _BARE_LEVEL_WORD + "){2,})[三四五]级$")
BARE_LEVEL_ALT_RE = re.compile(r"^(?:县（市、区）|县（市、区、旗）|县（市区）|县（区）|区（县）|县（市）|市（县）|旗（县）|县"
                               + LEVEL_KIND_ALT + ")$")
# a may of handing work on before the duty verb (市、区燃气主管部门可以委托其燃气管理机构负责…): a
# permission, neither the one permitted nor the one entrusted holds the duty, and never a name
MAY_HAND_ON_RE = re.compile(r"(?:可以|可)(?:委托|授权|指定)")
# ...and before a predicate (X可以委托Y负责…, X可授权Y…, no 由 before it): the predicate gives no
# duty (a designation, 可以指定, is left to the subject's reading above)
MAY_EMPOWER_RE = re.compile(r"(?:可以|可)(?:委托|授权)")
# a modal and a verb of building up inside a phrase: a clause (县教育局应健全…管理机构), never a name
MODAL_VERB_IN_NAME_RE = re.compile(r"(?:应当|应|须|必须|要)(?:健全|建立|设立|设置|完善|加强|配备|落实|制定)")
# 等 closing a list (not the 等 of a word: 中等职业学校, 高等学校)
ETC_WORD_RE = re.compile(r"(?<![中高初])等")
# the department over a kind of actor, as written: 中等职业学校的主管部门, 企业的行政主管部门
OWNERS_DEPT_RE = re.compile("^(?P<x>[^的和及与、，]{2,12})的(?:行政)?主管部门$")
_SHORT_GLOSS_END_RE = re.compile(r"（[^（）]{1,4}）$")
# a village's alternative closing a name: 村（社区）, 社区（村）, 村（居）; a township's: 街道（乡镇）
_LEVEL_ALT_GLOSS_RE = re.compile(r"(?:村|社区)（(?:社区|村|居)）$|街道（(?:乡镇|镇)）$")
_BY_PREFIX_RE = re.compile(r"^(?:由|请|并由|再由|均由|另由|(?:会议)?(?:责成|要求))")
_EACH_LEVEL_COMMA_RE = re.compile(r"^各级、(?=各)")
_GENERIC_END_RE = re.compile(r"(主管部门|部门|机关)$")
# the words that say which bodies of a kind are meant (有关, 相关, 涉灾, 参与): one alternation for the
# patterns of 等…部门 below
_CONCERNED = r"(?:有关|相关|涉[灾农企]|参与)"
# (…等行政执法部门 too: 工商、税务、环保等行政执法部门应当支持…, the list's shared head as 行政管理部门)
_ETC_GENERIC_END_RE = re.compile(r"等(?:其他|其它)?" + _CONCERNED + r"?(行政主管部门|行政管理部门|行政执法部门|行政部门|主管部门|部门|机关)$")
_ETC_JOINED_RE = re.compile(r"等(?:其他|其它)?" + _CONCERNED + r"?(行政主管部门|行政管理部门|行政执法部门|行政部门|主管部门|部门|机关)(?=和|及|以及)")
# the head a list shares after 等, as written (A、B等有关部门, A、B等行政管理部门): the list's last
# segment, a bare sector word, keeps the head in its mention (B有关部门, B行政管理部门, B部门: the
# convention of the answers; 市财政局 stays as written), all
# are looked up by the generic head; a bare head left as an item of its own is no unit
_ONE_ETC_RE = re.compile("(?P<x>" + HAN + "{2,6}?)(?<!政府)等(?P<h>" + _CONCERNED + "(?:行政)?(?:主管|管理)?部门)")
_ETC_DEPTS_AND_RE = re.compile("^(?P<l>.{2,}?、.{2,}?)等(?P<h>(?:其他|其它)?(?:有关|相关)部门)(?:和|及|以及)"
                               "(?P<z>单位|各" + HAN + "{2,20})$")
_ETC_THEN_BODIES_RE = re.compile("^(?P<l>.{2,}?、.{2,}?)等(?P<h>(?:其他|其它)?(?:有关|相关)?(?:行政)?(?:主管|管理)?部门)"
                                 "(?:以及|和|及)(?P<z>.{2,})$")
_ETC_HEAD_RE = re.compile(r"等(?P<h>(?:其他|其它)?" + _CONCERNED + r"?(?:行政)?(?:主管|管理|执法)?(?:部门|单位|机关))$")
# …and the body each kind of area before 等 has (国家公园、自然保护区等管理机构: 国家公园管理机构 and
# 自然保护区管理机构)
_ETC_BODY_HEAD_RE = re.compile(r"等(?P<h>(?:管理|保护|监督管理)?机构)$")
# (…an organ's own name before it is no area: 县林业局、县水利局等管理机构)
_ORGAN_END_RE = re.compile(r"(?:局|委|办|厅|处|科|部|院|所|队|站|中心|政府|机关|部门|单位|会|公司|组)$")
# a body each level of a list sets up, the list closed by 级: 市、区（县）、镇（街道）级河长制工作机构 (not a
# government, 人民政府/政府, which the level readers take)
_BODY_LEVEL = r"(?:市|区（县）|县（区）|县（市、区）|镇（街道）|乡（镇）|乡镇（街道）|区|县|乡|镇|街道)"
BODY_OF_LEVELS_RE = re.compile("^(?P<levels>" + _BODY_LEVEL + "(?:、" + _BODY_LEVEL + ")+)级(?P<head>(?!人民政府|政府)"
                               "(?:(?![为的是和及与或])" + HAN + "){2,12}(?:机构|办公室|中心))$")
# named actors, then their kind after 等, counted or not (A公司、B公司等3家企业, A医院等两所医院)
_ETC_COUNTED_KIND_RE = re.compile("^(?P<l>.{4,}?)(?<![中高初])等(?P<n>(?:[0-9]{1,3}|[" + CN_DIGITS + "两]{1,3})[家个所座户])?"
                                  "(?P<k>" + HAN + "{2,8})$")
# A、B等城乡基层卫生服务机构 : the kind of actor the named ones are, written after 等
_ETC_KIND_RE = re.compile("等(" + HAN + "{2,16})$")
# a short gloss closing a name, set aside to tell its kind: 社区卫生服务中心（站）
_GLOSS_END_RE = re.compile(r"（[^（）]{1,4}）$")
_ETC_HEAD_ITEM_RE = re.compile(r"^(?:其他|其它)?" + _CONCERNED + r"?(?:行政)?(?:主管|管理|执法)?(?:部门|单位|机关)$")
# the text's own place before a list of departments (本市发展改革、建设…等部门, 自治县的水利、
# 电力…等部门): set aside to read the list, kept in the first segment's mention as written
# (各级 before a list is every level's, each department looked up as 各级X部门: 各级物价、财政等有关部门)
_OWN_PLACE_BEFORE_LIST_RE = re.compile(r"^(?P<p>本(?:省|市|县|区|州)|自治(?:县|州|区)的|各级)(?=[^、]{2,12}、)")
# 全市除A、B外，其余N个县（市）要… : the rest of the county-level places
EXCEPT_CLAUSE_RE = re.compile("除" + CLAUSE_CHAR + "+外$")
REST_OF_PLACES_RE = re.compile(r"^其余(?P<n>\d{1,2}|[" + CN_DIGITS + r"])个县(?:（(?:市、)?[市区]）|市区|市|区)?$")
_REST_OF_RE = re.compile(r"^(?:其他|其它|其余)(?=各)")
# places listed before a level word and a department (浦东新区以及闵行、宝山等区、县交通行政管理部门)
_PLACES_LEVEL_DEPT_RE = re.compile("^(?P<list>" + HAN + "{2,6}(?:(?:、|以及|及|和)" + HAN + "{2,6})+)等"
                                   r"(?P<lv>区、县|县、区|区县|县区|县（市、区）|县（区）|区|县|市)"
                                   "(?P<dept>" + HAN + "{2,12}(?:部门|机关|机构))$")
_PLACE_JOIN_RE = re.compile("以及|及|和")
# the head a list of fields shares after its 等 (财政、公安等行政主管部门), no field of its own
_SHARED_HEAD_RE = re.compile(r"(?:行政)?(?:主管|管理|执法)?部门")
# two one-word sectors joined by 和 before a department's head: 财政和审计部门
# (a level before them is both's: 市财政和审计部门)
_TWO_SECTORS_RE = re.compile("^(?P<lv>省|市|州|县|区)?(?P<a>" + HAN + "{2})和(?P<b>" + HAN + "{2})"
                             "(?P<h>(?:行政)?(?:主管|管理)?部门)$")
_PLACES_DEPT_RE = re.compile("^(?P<list>(?:" + HAN + "{2,8}、)+(?P<last>" + HAN + "{4,24}(?:部门|机关|机构)))$")
# places of the gazetteer by their short names before the level and government the last one
# writes in full: 西安、咸阳、渭南市政府 (each city's government)
_PLACES_GOV_RE = re.compile("^(?P<list>(?:" + HAN + "{2,6}、)+)(?P<last>" + HAN + "{2,6}?(?P<lv>[省市县区州盟旗])"
                            "(?:人民政府|政府))$")
# 各 before a kind of body that reads alone (not 各级, 各地, 各有关…: read above)
_EACH_OF_KIND_RE = re.compile("^各(?!级|地(?!区行)|有关|相关|类)" + HAN + "{1,8}(?:人民政府|政府|行政公署|行署|主管部门)$")
# …and before a field's bodies named by their part (各行业应用牵头部门, 各专项牵头单位: every field's lead
# department, a collective as written; the part's word no verb of 各行业 there)
_EACH_FIELD_PART_RE = re.compile("^各(?!级|地|有关|相关|类)" + HAN + "{2,8}?(?:牵头|责任|主管|主办|承办)(?:部门|单位)$")
# …and a field's work led by its unit at every level (各级优化营商环境工作牵头单位, 安全生产工作牵头单位: the
# unit leading that work, a collective as written, as the field's 牵头部门 reads as a generic organ; 工作
# closes the field, so the part's word is no verb of it)
_FIELD_WORK_LEAD_RE = re.compile("^(?:各级|各)?(?![的和及与、])" + HAN + "{2,12}?工作牵头单位$")
_PLACES_AND_DEPTS_RE = re.compile(r"^各地各(?=(?:有关|相关)?部门$)")
_POSTS_THEN_UNITS_RE = re.compile("^各?(?:牵头|分管|责任|包联|联系|包保)?(?:县|市|区|镇)?(?:领导|领导同志)[、和及](?P<x>"
                                  + HAN + "{2,12})$")
_DEFINED_THEN_EACH_RE = re.compile("^(?P<l>.{2,40}?)（" + _SHORT_DEF + "[^（）]{1,8}）(?P<r>各" + HAN + "{2,10})$")
_TWO_EACH_RE = re.compile("^(?P<a>各" + HAN + "{2,6}?)(?P<b>各" + HAN + "{2,8})$")
# every body of a kind the text's government has below or beside it, written with 各 and no
# level: 各镇（办）, 各乡镇（街道）, 各街道 (the township-level bodies), 各村, 各社区, 各村（社区）
# (the villages' and communities' own bodies, a township's text: 各村也要组织巡查), 各团场 (the Corps'
# regiments under a division), 各园区, 各开发区 (the zones a county has beside its townships), 各局委, 各委办局, 各股室 (its
# departments or sections), 各分指挥部, 各工作组, 各专业委员会 (the parts of a command, a group or a
# committee: 安委会下设…专业委员会。…各专业委员会应当…); a
# qualifier of which ones may go before 各 (现场各分指挥部, 县直各股室, 镇属各站所), and 上述 before that
EACH_BODY_RE = re.compile(r"^(?:上述|前述|上列)?(?P<q>现场|下设|(?:市|县|区|镇|乡)(?:直|级|属))?(?P<each>各(?:"
                          r"(?:乡镇|镇乡|乡|镇|街道|镇街|街镇|镇办|村|社区|村居)(?:（[^（）]{1,6}）)?"
                          # (各团场, 各团（场）: the Corps' regiments, a division's township level)
                          r"|团场|团（场）"
                          # (各园区, 各开发区, 各功能区: the zones beside the townships, 各乡镇、各园区及…要…;
                          # and their committees so written, 各园区管委会、镇人民政府（街道办事处）应…)
                          r"|(?:园区|开发区|功能区|产业园区|工业园区)(?:管委会|管理委员会|管理机构)?"
                          r"|委办局|局委|委局|委办|局办|科局|股室|处室|站所"
                          "|" + HAN + r"{0,6}?(?:指挥部|工作组|专班|小组|专业委员会|专项委员会|专门委员会)))$")
# the units directly under the text's own level, written with 直/属 before a 各 collective (区直各责任单位,
# 县直各单位, 市属各单位): that collective, qualified as written
# a body listed with the guardians of the minors it serves (学校、未成年人的监护人应当对未成年人开展…宣传
# 教育): the guardians are persons, no unit; the bodies before them hold the duty
GUARDIANS_TAIL_RE = re.compile(r"^(?P<a>[^，。；：]{2,30}?)(?:、|和|及|以及)(?:[^、，。；：和及]{1,8}的)?"
                               r"(?:父母或者其他监护人|父母或其他监护人|其他监护人|监护人)$")
# a subject and the ones of it singled out after 尤其是 / 特别是 (责任单位尤其是各乡镇（街道）)
SINGLED_OUT_RE = re.compile(r"^(?P<a>[^，。；：]{2,30}?)(?:尤其是|特别是)(?P<b>[^，。；：]{2,30})$")
# a collective of units by their role, another role bracketed before its head (各责任（配合）单位)
_PART_WORD = "(?:" + ROLE_PART_WORDS + "|" + HANDLING_PARTS + ")"
ROLE_ALT_EACH_RE = re.compile("^(?P<a>各?" + _PART_WORD + ")[（(]" + _PART_WORD + "[）)](?P<z>单位|部门)$")
# (驻区各单位, 驻市各单位: the units of other levels stationed in the area, as written)
OWN_EACH_RE = re.compile(r"^(?:(?:市|县|区|镇|乡|旗)(?:直|属)|驻(?:市|县|区|镇|乡|旗|地))(?P<each>各" + HAN + r"{1,8})$")
# …and the units of the text's own level concerned, with no 各 (县直有关单位, 市直相关单位, 县直单位): the
# collective as written (a bare 有关单位 is no one in particular; 县直 makes them the government's own)
OWN_CONCERNED_RE = re.compile(r"^(?:省|市|州|县|区|旗)(?:直|属)(?:有关|相关)?(?:部门和单位|部门及单位|单位)$")
# the county-level areas of a city's text, every one (各县（区）要…, 各区（县）, 各县区): the collective as
# written, the lower governments where the lexicon names them (as 各地)
# (…and a province's: 各市县（区）, 各市、县（区）, 各市县, 各市（州）, 各州（市）, 各盟市: its lower areas)
# (…and a level written alone: 各区根据…部署本区的征兵工作, 各县要…, a province's 各市)
# (…and a region's prefectures and cities, 各地州市 / 各地（州、市）; or the areas counted instead of
# 各, 四地州市 / 两县要…: the ones the text has just named, each as the collective written)
EACH_COUNTY_RE = re.compile(r"^(?:各|[二两三四五六七八九十]{1,2})"
                            r"(?:区|县|市|旗|州|盟|县（区）|区（县）|县（市）|县区|区县|县市区|县市|县（市、区）|区（县、市）|旗县（市、区）|"
                            r"地州市|地州|地（州、市）|地（州）市|"
                            r"市县（区）|市、县（区）|市县区|市县|市、县|市（州）|州（市）|市（地、州）|市（州、地）|盟市|"
                            # (各县级市（区）: a prefecture-level city's county-level cities and districts)
                            r"县级市|县级市（区）|市（县）|市（县、区）)$")
# 其他 of a group's other member units (县减灾委其他成员单位), no 其他 of the vague kind NOT_SUBJECT_RE sets aside
_OTHER_MEMBERS_RE = re.compile(r"(?:其他|其它)(?=成员单位$)")
# the member units of a group or committee concerned, named by the group (市安委会有关成员单位,
# 领导小组各成员单位, 县减灾委其他成员单位, a 工作专班's 专班成员单位 : the members a duty list has not named yet): the
# collective as written
GROUP_MEMBERS_RE = re.compile("^(?:市|县|区|省|州|旗)?" + HAN + r"{0,12}?(?:委员会|委会|委|领导小组|小组|指挥部|联席会议|专班)"
                              r"(?:各|有关|相关|其他|其它)?成员单位$")
# a pointer after a subject to where its members are listed: （详见任务分工）, （见附件2）, （名单附后）
# …and the members named without their group, the group being the text's (成员单位要…), or by the
# part of the area each is given (包片成员单位, 包联成员单位): the collective as written
BARE_MEMBERS_RE = re.compile(r"^(?:各|有关|相关|其他|其它|全体)?(?:包片|包联|联系|挂钩|责任)?成员单位$")
SEE_NOTE_END_RE = re.compile(r"[（(](?:详见|具体见|参见|见)[^（）()]{1,12}[）)]$|[（(]名单附后[）)]$")
# a development zone by its place and kind (广元经济技术开发区, 某某高新技术产业开发区): its managing body
ZONE_NAME_RE = re.compile("^" + HAN + r"{2,8}(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|工业园区)$")
# an organ named without its level (a county's text: 经贸局、安监局、国土局等部门 ; 交警五大队),
# not a self-reference (本局, 该局); 经 is the preposition before a level (经省财政厅审核)
# a ministry's department named by its field (资源开发司, 低空经济发展司; not 公司, 上司, 各司)
MINISTRY_DEPT_RE = re.compile("^(?!.*各)" + HAN + r"{2,8}(?<![公上])司$")
# …after its ministry (文化和旅游部资源开发司, 国家发展改革委低空经济发展司)
MINISTRY_AND_DEPT_RE = re.compile("^(?P<m>" + HAN + r"{2,16}?(?:部|委员会|委|总局|署|局))(?P<d>(?!.*各)" + HAN
                                  + r"{2,8}(?<![公上])司)$")
BARE_ORGAN_RE = re.compile("^(?![本我该此其贵])(?!经[省市县区国])(?:" + HAN + r"{1,8}(?:局|厅|大队|支队|中队|分局)"
                           # (a ministry's department named alone, 低空经济发展司, 价格司 in its own texts: 司
                           # after a field's words; not 公司, nor 各司 of 各司其职)
                           r"|(?!.*各)" + HAN + r"{2,8}(?<![公上])司)$")
# …and, in a list of such names, a short one ending in 委 or 办 (财委, 侨办): alone, such a
# cut is as often a verb's first character (委托, 办理) or a verb (转办, 督办)
# …and a station of a field named without its township (国土资源管理所, 司法所, 财政所, 派出所,
# 市场监管所): 所 after a field's word is the body (场所, 住所, 研究所 are not read so)
# …and an office of a field's management (殡葬管理处, 公园管理处, 河道管理处): 处 after 管理 is the body
# (各级殡葬管理处: the collective of every level's, as written)
FIELD_STATION_RE = re.compile("^(?:各级)?(?![本我该此其贵各])(?:" + HAN + r"{0,8}(?:管理|监管|财政|司法|民政|派出|税务|供电|林业|水利|水务"
                              r"|国土|农经|农技|畜牧兽医|兽医|工商|卫生监督)所|" + HAN + r"{2,8}(?:管理|监管)处"
                              # …and a township's station of a field (企管站, 农技站, 文化站, 安监站)
                              r"|(?:企管|农技|农机|安监|文化|林业|水利|水务|畜牧|兽医|计生|城建|环卫|经管|农经|统计|社保"
                              r"|劳动保障|民政|司法|村建|规划建设)站"
                              # …and a township's centre of a public service named by its field (农服中心, 农业
                              # 服务中心, 综治中心, 便民服务中心), its township's level word or none before it
                              r"|(?:乡|镇|街道|乡镇)?(?:农服|农技|农机|农经|综治|农业服务|农业综合服务|农村经济服务|农业技术推广"
                              r"|便民服务|政务服务|为民服务|文化服务|社会事务服务|退役军人服务|党群服务|社会治理)中心)$")
# …and a brigade of an organ, named after it (延庆国土资源分局土地执法监察大队, 县公安局交警大队)
ORGAN_BRIGADE_RE = re.compile("^(?P<x>" + HAN + r"{2,12}?(?:局|分局|厅))(?P<b>" + HAN + r"{2,10}(?:大队|支队|中队))$")
# …and a section of an organ, named after it, the organ's level left out as in its text
# (城管执法局协调科, 市场监管局政策法规科, 财政局办公室): the section, as written
ORGAN_SECTION_RE = re.compile("^(?P<x>" + HAN + r"{2,10}?(?:局|分局|厅))(?P<s>" + HAN + r"{1,10}(?:科|股|室))$")
BARE_SHORT_ORGAN_RE = re.compile("^(?![本我该此其贵党])" + HAN + r"{1,2}[委办]$")
# …not a word of handling a matter (督办：, 主办：, 承办： label a role or a step, not an organ)
HANDLING_WORD_RE = re.compile(r"^[督转交承主协会催查代包领帮首经批缓速严合创举开兴置筹]办$")
# the collectives a national or any other government's text writes without a lexicon of its own
# (国务院's regulations: 各级人民政府、有关部门应当…; 有关地方人民政府应当…; 由人民政府给予奖励):
# the governments or departments concerned, kept as written
WRITTEN_COLLECTIVE_RE = re.compile(r"^(?:(?:其他|其它)?(?:有关|相关)部门"
                                   r"|(?:有关)?(?:地方)?(?:各级)?人民政府)$")


@dataclass(frozen=True)
class Duty:
    mention: str
    lookup: Optional[str]
    role: str
    clause: str        # the duty's own text (normalised): its task's text
    line: int
    order: int
    source: str = ""   # the same text verbatim
    via: str = "prose"  # "group" for the host of a group's office (a fact of the group);
    #                     "conduct" for the rules a regulation sets for a party it governs


@dataclass(frozen=True)
class _Run:
    """One subject's duty inside a segment: clauses [first, last) of the segment."""
    first: int
    last: int
    duties: tuple[tuple[str, Optional[str], str], ...]   # (mention, lookup, role)


# brackets whose inside is not read as clauses: （）, and the 〔〕 and 【】 an annotation may use
_MASK_BRACKET_RE = re.compile("[（()）〔〕【】]")


def _as_glossed(text: str, line: str) -> str:
    """``text``, read without glosses, as ``line`` writes it with them (:func:`glossed_span`)."""
    span = glossed_span(line, text)
    return line[span[0]:span[1]] if span else text


def _as_glossed_in(name: str, glossed: dict[int, str], line: int) -> str:
    """A unit's ``name``, read without glosses, as line ``line`` writes it, or else as the nearest
    line before it writing it with glosses does (the body a text sets up, named where it is set up);
    as read when no line writes it so."""
    here = glossed_span(glossed[line], name)
    if here:
        return glossed[line][here[0]:here[1]]
    for n in sorted((n for n in glossed if n < line), reverse=True):
        span = glossed_span(glossed[n], name)
        if span and span[1] - span[0] > len(name):
            return glossed[n][span[0]:span[1]]
    return name


# the principles or requirements a text cites in quotation marks before it says who acts (按照“谁许可谁
#监管”“…，由原审批部门依法承担监管职责”等要求，由各行业主管部门…): words quoted, no clause of the text's own
CITED_PRINCIPLES_RE = re.compile("(?:“[^“”]{1,80}”[、，,]?)+(?=等?的?(?:要求|原则|方针|理念|思路)(?!的))")


def _line_mask(text: str) -> str:
    """A line's mask (:func:`_mask`), the principles it cites in quotation marks filled too
    (:data:`CITED_PRINCIPLES_RE`): their words are no clauses of the text's own."""
    mask = _mask(text)
    if "“" in text and CITED_PRINCIPLES_RE.search(mask):
        mask = CITED_PRINCIPLES_RE.sub(lambda m: re.sub("[^“”]", "□", m.group(0)), mask)
    return mask


def _mask(text: str) -> str:
    """``text`` with everything inside brackets replaced by a filler of the same length, so
    punctuation and verbs inside an annotation or an explanation are not read."""
    if not _MASK_BRACKET_RE.search(text):
        return text         # no bracket: nothing is inside one (most lines)
    # (a closing bracket closes its own kind's opener and any left open inside it: a copy's
    # unclosed 〔 in （办〔2017号） masks no more than the round bracket around it)
    # (bracket by bracket: the text between two brackets is kept or filled whole)
    out: list[str] = []
    open_kinds: list[str] = []
    last = 0
    for m in _MASK_BRACKET_RE.finditer(text):
        k = m.start()
        if k > last:
            out.append("□" * (k - last) if open_kinds else text[last:k])
        last = k + 1
        ch = text[k]
        if ch in "（(〔【":
            out.append(ch if not open_kinds else "□")
            open_kinds.append(_BRACKET_KIND[ch])
        elif open_kinds:
            kind = _BRACKET_KIND[ch]
            if kind in open_kinds:
                del open_kinds[len(open_kinds) - 1 - open_kinds[::-1].index(kind):]
            else:
                open_kinds.pop()
            out.append(ch if not open_kinds else "□")
        else:
            out.append(ch)      # a closing bracket with none open
    if last < len(text):
        out.append("□" * (len(text) - last) if open_kinds else text[last:])
    return "".join(out)


_BRACKET_KIND = {"（": "round", "(": "round", "）": "round", ")": "round",
                 "〔": "tortoise", "〕": "tortoise", "【": "lenticular", "】": "lenticular"}


def _spans(mask: str, start: int, end: int, seps: str) -> list[tuple[int, int]]:
    """Split mask[start:end] at any of ``seps``; spans exclude the separator."""
    out, s = [], start
    for m in _seps_re(seps).finditer(mask, start, end):
        k = m.start()
        out.append((s, k))
        s = k + 1
    out.append((s, end))
    return [(a, b) for a, b in out if mask[a:b].strip(" 　□")]


# a comma inside a list of names (a copy writing its list with commas: 会同县发展和改革局,县公安局,县财政局…等
# 有关部门 ; …市水利局、市农牧局,鄂尔多斯军分区战备建设处、武警鄂尔多斯支队…参加)
_PIECE_END_RE = re.compile(r"[，,；;。：:！？!?]")
_LIST_PIECE_MAX = 40        # characters: a longer piece between commas is no list of names
# a piece opening with a verb is a clause, though it ends in a name (…，列入市政府工作部门)
_NOT_NAMES_RE = re.compile(r"^(?:列入|纳入|撤销|组建|设立|成立|设置|报送|上报|报|抄送|抄报|移送|移交|交由|交|送|经|由|请|"
                           r"向|对|将|把|按照|根据|依据|会同|配合|协助|联合|协同|参照|同|与|和|及|并)")


# where a list after a comma goes on (_list_commas: A、B,C、D参加)
_LIST_GOES_ON_RE = re.compile("[、和及与等]")


def _list_commas(text: str, mask: str, subjects: "_Subjects") -> str:
    """``text`` with each comma between two parts of one list of names read as ``、`` (same
    length, so offsets hold): the piece after the comma is wholly names and the piece before
    ends with one (``会同A,B,C等有关部门``), or the piece before is wholly names and the piece
    after opens with one that a list goes on from (``A、B,C、D参加``). A piece with a verb of its own on both sides of
    the comma (``报市政府，市财政局负责…``) is left alone."""
    if "," not in mask and "，" not in mask:
        return text
    out = list(text)
    ends = [m.start() for m in _PIECE_END_RE.finditer(mask)]
    for n, k in enumerate(ends):
        if mask[k] not in "，,":
            continue
        lo = ends[n - 1] + 1 if n else 0
        hi = ends[n + 1] if n + 1 < len(ends) else len(mask)
        before, after = compact(text[lo:k]), compact(text[k + 1:hi])
        if not before or not after or len(before) > _LIST_PIECE_MAX and len(after) > _LIST_PIECE_MAX:
            continue
        if _NOT_NAMES_RE.match(after):
            continue
        if len(after) <= _LIST_PIECE_MAX and subjects.subject_as_written(after) \
                and (subjects.subject_as_written(before) or any(
                    subjects.subject_as_written(before[j:]) for j in range(max(0, len(before) - 20), len(before) - 2))):
            out[k] = "、"
        elif len(before) <= _LIST_PIECE_MAX and not _NOT_NAMES_RE.match(before) \
                and _LIST_GOES_ON_RE.search(after, 3, min(len(after) - 1, 20) + 1) \
                and subjects.subject_as_written(before) and any(
                after[j] in "、和及与等" and subjects.subject_as_written(after[:j])
                for j in range(min(len(after) - 1, 20), 2, -1)):
            # (the cheap test first: with no 、和及与等 where a name after the comma could end,
            # whether ``before`` is names need not be read; ~1 900 readings of the bundled corpus)
            out[k] = "、"
        elif n >= 1 and out[ends[n - 1]] == "、" and len(before) <= _LIST_PIECE_MAX \
                and _URGES_RE.search(compact(text[ends[n - 2] + 1 if n >= 2 else 0:ends[n - 1]])) \
                and subjects.subject_as_written(before) and any(
                subjects.subject_as_written(after[:j]) for j in range(min(len(after) - 1, 20), 1, -1)):
            # 推动A，B、C，D开展…工作 : the list of those urged goes on over its commas to the last, whose
            # act closes it (D was read as the subject of a duty of its own)
            out[k] = "、"
    return "".join(out)


# a verb whose object a list of units is, who then do the work after it (推动A、B开展…)
_URGES_RE = re.compile(r"(?:推动|督促|指导|监督|检查|组织|动员|要求|帮助|支持|引导|鼓励)[^，,]*$")


# _Subjects._items' answers: (subject, definitions, places set aside, area, level rule,
# known's answers_key) -> the units or None
_ITEMS_MEMO: dict[tuple, Optional[tuple]] = {}
_ITEMS_MEMO_MAX = 1 << 14


# The characters a subject can end in, besides the endings of the names the lexicon knows and
# of the short names the text defines (_Subjects._refuses): every reading of _Subjects._items
# takes a subject by how it ends (a pattern anchored at its end, a vocabulary's word: a unit's
# suffix, an actor's head, a type of unit, a level word), by a name the lexicon or the text
# gives, or by reading a tail of it the same way; and a conjunction the lists are split at may
# close it (和, 及, 与, 或: split_top drops the empty part after it, A、B和C以及 is A, B and C).
# tests/extract/test_subject_refusal.py derives these endings from the grammar's patterns,
# vocabularies and separators and checks that this set holds them.
SUBJECT_FINALS = frozenset("业乡人主介企伍会位体关军刊办区协厂厅县台司员团园地场块处央委媒学室宫局居州市师库店府心户所"
                           "投政方旗村构查校格段点狱班电盟省社科站等级组织署者联股行街议道部量镇门队院面馆"
                           "和及与或"
                           "安")      # (the service word SERVICE_WORD_BODIES reads: 公安)


# the words of a service that name its force when written alone as a subject (公安要…)
# (公安 only: 交警 is as often the work as the force, 交警对车辆进行交通管制的问题)
SERVICE_WORD_BODIES = {"公安": "公安机关"}


# a bare sector in a list of bodies (公安, 工商, 物价: a field's word, no head of its own)
BARE_SECTOR_SEG_RE = re.compile("^" + HAN + "{2,4}$")


def _bare_or_others(part: str) -> bool:
    """A bare collective (有关部门) or the rest of one (其他有关部门), a part of a joined list."""
    return bool(BARE_COLLECTIVE_RE.match(part) or OTHER_DEPTS_RE.match(part))


def _streets_beside_towns(name: str, before: str) -> Optional[tuple[str, Optional[str]]]:
    """A bare ``街道`` listed right after the township level (``乡镇、街道``, ``乡镇和街道``): the
    sub-district offices, as ``各乡镇、街道`` reads them (looked up as 各街道); None otherwise."""
    if compact(name) == "街道" and _TOWN_LEVEL_BEFORE_STREETS_RE.match(compact(before)):
        return (name, "各街道")
    return None


class _Subjects:
    """Recognises the units a subject names, with the document's short-name definitions."""

    def __init__(self, known: Callable[[str], bool], level: Optional[str] = None,
                 area: Optional[str] = None):
        self.known = known
        self.area = area                        # adcode of the document's jurisdiction
        self.level = level                      # its level (province, prefecture, county), if known
        # the places a clause before sets aside (除A、B外，其余N个县…), or None
        self.excepted: Optional[frozenset[str]] = None
        # the county collectives stand for "the level below" only in a prefecture's text (or
        # one whose level is not known): a county's 各地 are its townships, a province's its cities
        self.below_is_county = level in (None, "unknown", "prefecture")
        # a bare field completed as the city's body (林业 -> 市林业局, 编办 -> 市委编办) only in a city's
        # text (or a reader not told the level): a document whose level could not be read (a
        # province's rules with no name in the excerpt) is no city's, its 林业 the field's
        # department as written
        self.city_text = level in (None, "prefecture")
        self.national = level == "national"     # (a national body is no body above the text's)
        self.defs: dict[str, str] = {}          # short name -> full name as written
        # names the text gives bodies of several governments together (以下统称X), none read as a unit
        self.together: set[str] = set()
        self._expanding: set[str] = set()       # short names being read through their full name
        # the body the document sets up (成立X领导小组), which a bare 领导小组 later names
        self.established: Optional[tuple[str, Optional[str]]] = None
        # the county-level governments as the document itself names them (各旗市区人民政府 in
        # its addressees), for a government whose lexicon does not name that collective
        self.lower_written: Optional[str] = None
        # the unit a reply to the public is written by (_own_unit), which its 我局/我们 name
        self.own: Optional[str] = None
        # the body a document's title names as its own (市环境保护局工作规则): whom 本局 stands for, where
        # the kind of body agrees (_title_own)
        self.title_own: Optional[str] = None
        self.addressee: Optional[str] = None    # the one unit a reply or approval speaks to (你局)
        # inside a meeting's charge (会议明确，一是X…。二是Y…): each point's unit holds what it does
        self.charged = False
        self._memo: dict[tuple[str, int], Optional[list]] = {}
        # what known() answers is a function of (its answers_key, the name) when it tells one
        # (Resolver.knower): then _items' answers are kept across documents (_ITEMS_MEMO)
        self._answers_key = getattr(known, "answers_key", None)
        self._defs_key: Optional[tuple] = ()    # self.defs as a key of _ITEMS_MEMO (None: stale)
        self._one_memo: dict[tuple, Optional[tuple[str, Optional[str]]]] = {}
        # the characters a name the lexicon knows ends in (Resolver.knower tells them), for
        # _refuses; None: not told, nothing is refused before the grammar
        self._known_finals: Optional[frozenset] = getattr(known, "final_chars", None)

    def _refuses(self, subj: str) -> bool:
        """True only when :meth:`_items` surely answers None for ``subj``: its last character is
        a Chinese character that ends no name the lexicon knows, no short name the text defines
        and no ending of the grammar (:data:`SUBJECT_FINALS`). Every reading that takes a subject
        takes it by its end, or by the same reading of a tail of it, except three, which are
        never refused: a list's head after 等 lends its ending to a name written after it
        (财政等部门、公安: 公安部门), 各级 before a sector names its department (各级财政), and a
        space ends a flattened table's list (各区政府 鄞州 海曙). A closing bracket, a digit or
        any other character that is not a Chinese one is never refused either.

        ~70 % of the texts the duty reader asks that are no subject are refused so (the clauses
        of a comma's two sides, _list_commas; the prefixes of a partner phrase), each without
        the ~40 patterns and the list splitting of the grammar."""
        finals = self._known_finals
        if finals is None:
            return False
        n = compact(subj)
        c = n[-1:]
        if not c or not "\u4e00" <= c <= "\u9fff" or c in SUBJECT_FINALS or c in finals:
            return False
        if len(n) != len(subj) or "等" in n or "各级" in n:
            return False        # (white space: compact drops it, keeping every other character)
        return not any(k.endswith(c) for k in self.defs)

    def knows(self, name: str) -> bool:
        n = compact(name)
        return (self.known(name) or n in self.defs or actor_kind(n) is not None
                or unit_type_kind(n) is not None)

    def define(self, text: str, mask: str) -> None:
        """Record ``X（以下简称Y）`` definitions of a line."""
        for m in DEFINE_RE.finditer(text):
            k = m.start()
            j = k
            while j > 0 and mask[j - 1] not in "，。；：:,":
                j -= 1
            full = MARKER_RE.sub("", text[j:k]).strip(" 　")
            full = re.sub(r"^(?:由|请|并由)", "", full)
            short = compact(m.group("short"))
            if not full or short == compact(full):
                continue
            if m.group("sq"):
                # 为了正确履行X（Y）［以下简称Z］机关工作职责 : the name the brackets close, from the
                # first place named before them that opens one unit
                full = next((full[a:] for a, _b, _ds in load_divisions().find_all(full)
                             if (got := self._items(full[a:])) and len(got) == 1), full)
            so = GROUP_SETS_OFFICE_RE.fullmatch(compact(full))
            if so:
                # 领导小组设办公室（以下简称镇应急办）在Z : the office the group sets up (领导小组办公室, or
                # its own name after the verb), not the group and its verb run into one name
                full = so.group("g") + "办公室" if so.group("o") == "办公室" else so.group("o")
            # (not the employers a law names by their kinds, 机关、团体、企业…（以下统称用人单位）: the
            # regulated side, whose rules of employment are no unit's duty)
            items = self._items(full)
            part = _PART_OF_BODY_RE.match(compact(full)) if items is None else None
            if part and (got := self._items(part.group("x"))) and len(got) == 1:
                # 市水务局是本市城市供水的主管部门（以下简称市主管部门）: the short name names the part X
                # plays, so X itself (the short name was kept as written, a body of its own)
                full, items = part.group("x"), got
            setup = _SETS_UP_BEFORE_RE.match(full) if items is None else None
            if setup and (got := self._items(setup.group("x"))) and len(got) == 1:
                # 开发区设立宁波大榭开发区管理委员会（以下简称开发区管委会）: the body set up, not its setter
                full, items = setup.group("x"), got
            belongs = BELONGS_RE.match(compact(full)) if items is None else None
            by = belongs and compact(full)[:belongs.start("x")]
            setup = _SETS_UP_BEFORE_RE.match(compact(full)) if items is None and not belongs else None
            x = belongs.group("x") if belongs else setup.group("x") if setup else None
            if x and self._levelless_group(x) and SETTER_GOV_RE.match(by or compact(full)[:setup.start("x")]):
                # 县人民政府设立（的）森林防火指挥部（以下简称县防火指挥部）: the command set up, named without
                # its level, at its setter's (县森林防火指挥部; the short name was kept as written)
                got = _at_setter_level(by or compact(full)[:setup.start("x")], [(x, None)])
                if got and len(got) == 1:
                    full, items = got[0][1] or got[0][0], got
            if items and any(compact(n) in _EVERY_EMPLOYER for n, _lk in items):
                continue
            zone = re.split("[的于在为]", compact(full))[-1] if items is None else ""
            off = 1 if zone.startswith("了") else 0
            verb = VERB_START_RE.match(zone[off:])
            if verb and verb.end() and _ZONE_FULL_RE.fullmatch(zone[off + verb.end():]):
                # 为了推动横琴粤澳深度合作区（以下简称合作区）: the zone after the purpose's verb
                zone = zone[off + verb.end():]
            if _ZONE_SHORT_RE.fullmatch(short) and _ZONE_FULL_RE.fullmatch(zone) and zone != short:
                # 乌鲁木齐经济技术开发区（以下简称开发区）: a zone's short name, which its committee's
                # name is written with (开发区管理委员会: that zone's committee); kept apart from the
                # names of units (a key no name has)
                self.defs["@zone:" + short] = zone
                self._defs_key = None
                continue
            if items is not None or SHORT_KIND_RE.match(short) and LIST_OF_BODIES_RE.search(full) \
                    and "企业" not in full:
                # (各区县党政部门、群团组织和有关单位（简称"准入单位"）: the bodies the text names
                # together by a kind of unit, though it cannot read each of them)
                self.defs[short] = full
                self._defs_key = None
        for su in SET_UP_OWN_BODY_RE.finditer(text):
            # 省人民政府设立的西咸新区管理机构负责…，西咸新区管理机构统一领导… : the body a government of the
            # document's own level sets up, named again alone, is that body (looked up at the setter's
            # level, as the first mention is: _at_setter_level)
            x = su.group("x")
            if x not in self.defs and not self.known(x):
                self.defs[x] = su.group("lv") + x
                self._defs_key = None
        if self.lower_written is None:
            lw = LOWER_GOVS_WRITTEN_RE.search(text)
            if lw:
                self.lower_written = compact(lw.group(0))

    def _lower_govs_known(self) -> bool:
        """Does the lexicon name the collective of the county-level governments?"""
        return any(self.known(g) for g in LOWER_GOVS)

    def _lower_govs(self) -> Optional[str]:
        """The collective of the governments one level down, as the lexicon names it, when
        the document is a prefecture's; else None (the name as written is kept)."""
        if not self.below_is_county:
            return None
        return next((g for g in LOWER_GOVS if self.known(g)), self.lower_written)

    def defined_part(self, name: str) -> Optional[str]:
        """``市安委会办公室`` where the text defined 市安全生产委员会（以下简称市安委会）: the office
        (or the members) of the body the short name stands for, by its full name
        (市安全生产委员会办公室); None for any other name."""
        n = compact(name)
        part = _GROUP_PART_END_RE.search(n)
        short = n[:part.start()] if part else ""
        if len(short) >= 2 and short in self.defs and short not in self._expanding \
                and GROUP_NAME_RE.search(compact(self.defs[short])):
            return compact(self.defs[short]) + part.group(0)
        return None

    def _one(self, name: str, look: Optional[str]) -> Optional[tuple[str, Optional[str]]]:
        """(mention, lookup) if ``name`` is a unit on its own, else None.

        Memoised for the document (~30 % of the names asked are asked again, the same name
        in the subjects a clause's prefixes are read as): the answer is a function of the
        name, the lookup, the definitions, the short names being read, the places set aside,
        the body the document sets up and its lower governments as written (the rest of what
        it reads is the document's own and does not change)."""
        if self._defs_key is None:
            self._defs_key = tuple(sorted(self.defs.items()))
        key = (name, look, self._defs_key, frozenset(self.together),
               frozenset(self._expanding) if self._expanding else None,
               self.excepted, self.established, self.lower_written)
        memo = self._one_memo
        if key in memo:
            return memo[key]
        got = self._one_of(name, look)
        n = compact(name)
        if got is not None and n in self.together and not self.known(n):
            got = (name, "各" + n)      # 区域管理机构 of bodies named together: the set, no one body
        memo[key] = got
        return got

    def _one_of(self, name: str, look: Optional[str]) -> Optional[tuple[str, Optional[str]]]:
        """:meth:`_one` without its memo."""
        n = compact(name)
        n = _without_short_def(n)
        if "“" in n and QUOTED_TWO_COMMITTEES_RE.search(n):
            unquoted = QUOTED_TWO_COMMITTEES_RE.sub(lambda m: m.group(0)[1:-1], n)
            got = self._one(unquoted, None)
            # 村“两委”负责…: the village's two committees, the quotes a habit of writing (as 村两委)
            return (name, look or got[1] or unquoted) if got else None
        if not n or len(n) > 40 or _NOT_IN_SUBJECT_RE.search(n):
            return None     # (是: a copula, 妇幼保健机构是…事业单位, is no name)
        if MODAL_VERB_IN_NAME_RE.search(n):
            return None     # 县教育局应健全成人教育管理机构: a clause ending in a kind of body, no name
        if COUNTED_RE.match(n):
            return None     # 由一个部门统筹, 两个单位: a number of bodies, not a body
        if n in SERVICE_WORD_BODIES and not self.known(n):
            # 尤其公安重点抓好… / 公安要加强… : a force named by its service's word, the body that serves
            # (a bare field's word, 教育, 财政, names no body alone; these name their forces in speech)
            return (name, look or SERVICE_WORD_BODIES[n])
        if EACH_LOWER_BUREAU_RE.match(n) and not NEVER_IN_NAME_RE.search(n) \
                and (one := self._one(n[1:], None)) and one[1] is None \
                and not _EACH_OF_KIND_RE.match(n):
            return (name, look)                 # 各区城管局, 各县教育局: each one's bureau, as written
        inc = INCORPORATED_RE.match(n)
        if inc and (got := self._one(n[:inc.start(1)] + n[inc.end(1):], None)):
            return (name, look or got[1] or got[0])     # 建制镇人民政府: the towns' governments, as written
        if AREA_GOV_RE.match(n):
            return (name, look)     # 辖区政府: the government of the area, as written, unresolved
        site = SITE_BODY_RE.match(n)
        if site and n.startswith("属地") and site.group("x").startswith(("人民政府", "政府")):
            site = None     # 属地政府 : the localities' governments, as 当地政府 (below)
        if site and not n.startswith("当地") and (site.group("x") in ("人民政府", "政府") or (
                site.group("x").startswith(("人民政府", "政府")) and not DUTY_VERB_IN_RE.search(site.group("x"))
                and self._one("县" + site.group("x"), None))):
            # 事发地政府应…, 所在地人民政府负责…: the government of that place, a bare government
            # naming no level, or a part of it (事发地政府值班室, judged as a county's would be): kept
            # as written, unresolved (当地政府 is the localities', below)
            return (name, look)
        if site and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(site.group("x")) \
                and (got := self._one(site.group("x"), None)):
            # 由所在地人民政府管理: the governments where it is, as written (a bare government names
            # no level); 当地卫生行政部门, 所在地的街道办事处: the body, looked up as named
            bare = site.group("x") in ("人民政府", "政府")
            return (name, look if bare else look or got[1] or got[0])
        scope = SCOPE_BODY_RE.match(n)
        scoped = (scope.group("x") or scope.group("y")) if scope else None
        if scope and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(scoped) \
                and (got := self._one(scoped, None)):
            # 由受益范围内的村委会…管理: the bodies of that kind, the area they serve no part of the name
            return (name, look or got[1] or got[0])
        if n[:2] in ("其他", "其它") and (len(n) > 5 or actor_kind(n[2:]) == "institution" and n[2:] not in BARE_HEADS) \
                and not BARE_COLLECTIVE_RE.match(n[2:]) \
                and not _VAGUE_RE.search(n[2:]) and actor_kind(n[2:]) not in ("social_org", "enterprise") \
                and self._one(n[2:], None):
            # 其他公共管理服务机构: the rest of the bodies of that kind, as written (not 其他有关部门,
            # a bare collective, read as before; not 其他社会组织 closing 国家机关、企业事业单位、社会团体…,
            # every organisation, the regulated side)
            return (name, look)
        zones = GOV_ZONES_GLOSS_RE.match(n)
        if zones and (got := self._one(zones.group("g"), None)):
            # 相关区人民政府（开发区、风景区管委会）: the governments and, where a zone stands at their
            # level, its 管委会: one collective as written (as an annotation's 各县（市、区）政府（管委会）)
            return (name, look or (got[1] and got[1] + "（" + zones.group("z") + "）"))
        alt = ROLE_ALT_EACH_RE.match(n)
        if alt and (got := self._one(alt.group("a") + alt.group("z"), None)):
            # 各责任（配合）单位: the role's collective with its other role in brackets, as written
            return (name, look or got[1] or got[0])
        if CHARGED_DEPT_RE.match(n):
            return (name, look)     # 负责药品监督管理的部门: a department named by its charge
        role_name = n[1:] if n.startswith("各") else n
        matter = MATTER_OWN_ROLE_RE.match(role_name)
        if matter and TASK_ROLE_RE.match(matter.group("r")):
            # 事项的牵头部门: the part a body plays in a matter, as written (as 事项牵头部门 is)
            return (name, look)
        if TASK_ROLE_RE.match(role_name):
            # 各牵头责任单位, 主要责任单位, 协同配合单位, 参与单位: the units a task list names in a
            # part, as a cover notice writes them (its verbs, 牵头/配合/参与, no act here)
            return (name, look or role_name)
        if _FIELD_WORK_LEAD_RE.match(n) and not NEVER_IN_NAME_RE.search(n[:-6]) and not re.search("[的和及与、]", n):
            return (name, look)     # 各级优化营商环境工作牵头单位: the unit leading a field's work, as written
        if ACT_FIRST_RE.match(n):
            return None     # 设县应急管理办公室, 必要时派出…工作组: an act, not a name
        if POST_ACTS_FOR_RE.search(n):
            return None     # 市长代表市政府: a post acting for its government, no unit
        charged = CHARGED_ORGAN_RE.match(n)
        if charged and self._one(charged.group("gov"), None) and not self.known(n):
            return (name, look)     # 县级以上人民政府负责残疾人工作的机构: the organ so named
        if LOCALITIES_RE.match(n):              # 各地, 属地政府: the governments one level down
            lower = self._lower_govs()
            if lower:
                return (name, lower)
            # 第三条各地应当… in a text whose place is not named (a draft, XX市): 各地 as written, the
            # collective of the places below (a bare 属地 / 当地 stays no body)
            return (name, None) if n.startswith("各地") else None
        if n == "各地区":
            # 各地区、各部门要… (a national or provincial text's pair): the governments one level
            # down, as the lexicon names them, else the collective as written (as an annotation's
            # 各地区按职责分工负责 is)
            return (name, look or self._lower_govs())
        if n.startswith("各地") and GENERIC_ORGAN_RE.match(n[2:]) and not n.startswith("各地各") \
                and not self.known(n):
            got = self._one(n[2:], None)        # 各地烟草专卖管理部门: the 烟草专卖管理部门
            if got:
                return (name, got[1] or n[2:])
        lk = compact(look) if look else ""
        if n.startswith("各地") and not n.startswith("各地各") and lk.startswith(n) and len(lk) > len(n) \
                and GENERIC_ORGAN_RE.match(lk[2:]) and not self.known(lk) and not looks_like_unit(n[2:]):
            # 各地市场监管、教育部门 : the first segment of an elliptical list after 各地 (its lookup the
            # shared head's, 各地市场监管部门): the sector's department, the mention as written (a
            # segment that is an organ itself, 各地食安办, takes no head: not read so)
            got = self._one(lk[2:], None)
            if got:
                return (name, got[1] or lk[2:])
        place = PLACE_OF_RE.match(n)
        if place and not self.known(n):         # 属地公安机关: the 公安机关
            got = self._one(place.group("x"), None)
            if got is None and unitnames.unit_kind(place.group("x")) == "institution":
                got = (place.group("x"), None)  # 所在地法律援助中心: the place's centre, as named
            return (name, got[1] or place.group("x")) if got else None
        part = BARE_SELF_PART_RE.match(n)
        if part and not self.known(n):
            # 局办公室、创卫办负责… in a bureau's own plan: its office named by its kind alone, as written
            # (looked up under the body the title names when its kind agrees)
            own = self.own or _self_is("本" + part.group("me"), self.title_own)
            return (name, look or (own + part.group("p") if own else None))
        if OWN_SECTIONS_RE.match(n) and not self.known(n):
            # 各学院，机关各部、处（室），各业务服务单位要… : a body's own departments and divisions, named
            # by their kinds in its own rules (the elliptical list's second segment its bare kind, 处（室）)
            return (name, look)
        if n == "办公室" and not self.known(n):
            # a body's own office (an agency's rules), or the office of the group the document
            # sets up (领导小组…办公室)
            group = compact(self.established[1] or self.established[0]) if self.established else None
            return (name, group + "办公室" if group and GROUP_NAME_RE.search(group) else None)
        # (…or, for a meeting, its name's tail down to the group's kind: 机关工作协调会议 of 九三学社中央机关
        # 工作协调会议, 中医药发展工作联席会议 of 市…联席会议; not a committee's tail, 专家委员会 of 浦东新区…专家委员会,
        # which the resolver places at the city: tests/govs/units-dlc round 4, g02)
        if self.established and (GROUP_NAME_RE.fullmatch(n) or n.endswith("会议") and GROUP_NAME_RE.search(n)) \
                and not VERB_START_RE.match(n) \
                and compact(self.established[0]).endswith(n) and not self.known(n):
            return (name, self.established[1] or compact(self.established[0]))  # 领导小组: the one set up
        zc = _ZONE_COMMITTEE_RE.fullmatch(n)
        if zc and "@zone:" + zc.group("z") in self.defs and n not in self.defs:
            # 开发区管理委员会 where 开发区 is defined as 乌鲁木齐经济技术开发区: that zone's committee
            # (a committee's short name defined itself, 北京经济技术开发区管理委员会（以下简称开发区管委会）,
            # is the name defined, below: not 北京经济技术开发区管委会 from the zone's short name)
            return (name, self.defs["@zone:" + zc.group("z")] + zc.group("c"))
        if n in self.defs and n not in self._expanding:
            # (a short name may end its own full name: 浦东新区以及闵行…等区交通行政管理部门（以下简称
            # 区交通行政管理部门）; inside its own reading it is the name as written)
            full = self.defs[n]
            self._expanding.add(n)
            try:
                got = self._items(full)
            finally:
                self._expanding.discard(n)
            if got and len(got) == 1:
                return (name, got[0][1] or got[0][0])
            return (name, full)
        if (part := self.defined_part(n)) is not None:
            return (name, part)
        lv = LEVEL_BEFORE_SHORT_RE.match(n)
        if lv and n[lv.end():] in self.defs and not LEVEL_BEFORE_SHORT_RE.match(compact(self.defs[n[lv.end():]])) \
                and self._one(self.defs[n[lv.end():]], None):
            # 卫生健康部门（以下称中医药主管部门） … 市中医药主管部门: the level's department so defined
            return (name, lv.group(0) + compact(self.defs[n[lv.end():]]))
        if look and self.known(look):
            return (name, look)
        if self.known(n):
            return (name, look)
        bare = _EACH_PREFIX_RE.sub("", n)
        if bare != n and len(bare) >= 2 and self.known(bare):
            return (name, bare)                 # 各有关部门 -> 有关部门
        if bare == n and not n.startswith(("有关", "相关")) and self.known("各" + n):
            return (name, "各" + n)             # 供稿单位 -> 各供稿单位: the same collective
        if n in _TOWNS_ALONE and (got := self._one("各" + n, None)):
            return (name, got[1] or "各" + n)   # 镇（街道）要… : the towns and sub-districts, as 各镇（街道）
        if BARE_LEVEL_ALT_RE.match(n) or TOWN_LEVEL_ALT_RE.match(n):
            # 县（市、区）、乡（镇）、城市街道办事处和企业、事业单位，应… : a level written with its
            # alternatives, alone, stands for that level's governments (as written; the lexicon's
            # collective when it has one, above)
            return (name, look)
        own = OWN_LEVEL_RE.match(n)
        if own:                                 # 市本级: the municipal government
            return (name, own.group("lv") + "人民政府")
        if OWN_GOV_RE.match(n):                 # 最后由县政府审批: the county's government
            return (name, look)
        if OWN_GOV_OFFICE_RE.match(n):          # 政府督查室、监察局要跟踪问效: the text's government's office
            return (name, look)
        own_place = OWN_PLACE_ALONE_RE.match(n)
        if own_place:                           # 本市应当推进… : the city's government
            return (name, own_place.group("lv") + "人民政府")
        if BARE_PROVINCE_RE.match(n) and not look:     # (省 of 省、市司法行政机关: that list's own)
            # 自治区建立…协调机制，负责… : a region's (or a province's) own rule naming its
            # level alone, as 本省 (a bare 市, 县 or 区 is left: too often a word's first character)
            return (name, n + "人民政府")
        if JUDICIAL_RE.match(n):                # 人民法院依法…, 由人民检察院… : the competent court
            return (name, look)
        if STATE_BORDER_ORGAN_RE.match(n):      # 海关负责出入境…的监管 : the State's own organ by its kind
            return (name, look)
        if n == "国务院":
            # 国务院建立…制度, 国务院根据…行使…职权 : the State Council by its name alone, a national
            # rule's own government, as a city's 市人民政府 is (no lexicon names it)
            return (name, look)
        if PARTY_BODY_RE.match(n):              # 各级党委（党组）要…, 纪委负监督责任 : a Party body
            return (name, look)
        own = AUTONOMOUS_OWN_RE.match(n)
        if own and self._one(own.group("lv") + own.group("x"), None):
            return (name, look or own.group("lv") + own.group("x"))     # 自治县的自治机关 : 自治县自治机关
        if LEAD_ROLE_NAME_RE.match(n):
            return (name, look)     # 文件牵头起草部门须… : the department leading a matter's drafting
        if PART_NAME_RE.search(n) and unit_type_kind(n):
            # 配合单位, 提案办理牵头单位: a part in a matter (its verb is no act here); 各牵头单位 is
            # looked up as 牵头单位, as any kind of unit is
            b = base_name(n)
            return (name, b if b != n else look)
        cd = CONCERNED_DEPTS_RE.match(n)
        # 市有关责任部门: the departments concerned
        if (cd and not NEVER_IN_NAME_RE.search(n) and not _JOINT_VERB_RE.match(n)
                and not unitnames.VERB_BEFORE_SET_RE.match(n)):     # 需要有关部门: a clause
            for form in ((cd.group("lv") or cd.group("lv2") or cd.group("lvl") or "") + "有关部门",
                         "有关部门"):
                if self.known(form):
                    return (name, form)
            return (name, look)
        if DEPTS_AND_UNITS_RE.match(n):
            # 相关部门和单位应…: the departments and units concerned, one collective as written (as
            # 其他有关部门和单位 is, below), looked up as 有关部门 where a lexicon names it
            return (name, "有关部门" if self.known("有关部门") else look)
        if OTHER_DEPTS_RE.match(n):            # 其他相关部门: the rest of the departments concerned
            if n.endswith("团体"):
                return (name, None)             # 其他有关团体: the rest of the bodies, as written
            if self.known("有关部门"):
                return (name, "有关部门")
            # (where no lexicon names the collective, 其他有关部门 / 其他相关行政主管部门 are the rest
            # of the departments concerned, as written, as 有关部门 is (WRITTEN_COLLECTIVE_RE); a bare
            # 其他单位 or 其他部门 is not read so)
            return (name, None) if re.search("(?:有关|相关).*部门(?:[和及]单位)?$", n) else None
        if n.startswith(("其他", "其它", "其余")) and len(n) >= 5 and unit_type_kind(n[2:]):
            return (name, look)     # 其它乡镇人民政府: the rest of a kind of body, as written
        each = EACH_RE.match(n)
        if each:                                # 各级各部门, 各成员单位, 各有关部门单位
            return (name, "有关部门" if each.group("rel") and self.known("有关部门") else look)
        if _EACH_OF_KIND_RE.match(n) and (one := self._one(n[1:], None)) \
                and (GENERIC_ORGAN_RE.match(kind := compact(one[1] or one[0]))
                     or kind.endswith(("政府", "行政公署", "行署"))):
            return (name, look)     # 各城区政府, 各景区主管部门: every body of a kind, as written
        if _EACH_FIELD_PART_RE.match(n) and self._one(n[1:], None):
            return (name, look)     # 各行业应用牵头部门: every field's body in that part, as written
        if n.startswith("各级") and len(bare) >= 2 and not self.known(bare) and self.known("市" + bare) \
                and not bare.endswith("政府"):
            return (name, "市" + bare)          # 各级残联: recorded under the municipal one
        if n.startswith("各级") and len(bare) >= 2 and GENERIC_ORGAN_RE.match(bare + "部门") \
                and self.known(bare + "部门") and not bare.endswith(("政府", "部门", "机关")):
            return (name, bare + "部门")        # 各级财政: the 财政部门
        treasury = LEVEL_TREASURY_RE.match(n)
        if treasury:
            # 县财政要…, 市、县（市、区）财政要将…纳入预算 : a level's treasury, its finance department (as
            # 各级财政 is), looked up as that level's bureau where known, else as written
            bureau = treasury.group("lv") + "财政局"
            return (name, bureau if self.known(bureau) else look)
        cb = COUNTY_BODY_RE.match(n)
        if cb and not NEVER_IN_NAME_RE.search(n) and not VERB_START_RE.match(cb.group("x")):
            return (name, look)                 # 各县（市、区）政府残疾人工作委员会
        if not self.known(n) and _TWO_ORGANS_RE.search(_BRACKETED_RE.sub("", n)):
            return None     # 发展和改革部门或社会调查机构: two names, not one
        lv = LEVEL_LIST_RE.match(n)
        rest = n[lv.end():] if lv else ""
        rest = _GOV_BEFORE_DEPTS_RE.sub("", rest)
        if lv and n.endswith("人民政府") and not rest:
            return (name, look)                 # 县级以上地方人民政府
        if lv and rest and (rest in ("人民政府", "政府", "部门") or GENERIC_ORGAN_RE.match(rest)) \
                and (_CONCERNED_DEPTS_ONLY_RE.match(rest)
                     or not _NOT_ONE_BODY_RE.search(rest) and not DUTY_VERB_IN_RE.search(rest)):
            # 县级以上人民政府, 各区人民政府, 所在区人民政府, 区、县（市）生态环境主管部门,
            # 设区的市级以上人民政府部门 (the departments of the governments at those levels)
            return (name, "各" + n if not look and self.known("各" + n) else look)
        if lv and lv.group(0).endswith("政府") and rest in _GOV_OFFICE_WORDS:
            return (name, look)     # 县级以上人民政府办公室: each of those levels' governments' general office
        if lv and rest and LEVEL_GROUP_RE.fullmatch(rest) and not VERB_START_RE.match(rest) \
                and not NEVER_IN_NAME_RE.search(rest) and not DUTY_VERB_IN_RE.search(rest):
            return (name, look)     # 县级以上人民政府食品安全委员会: each level's committee of that work
        if BARE_ORGAN_RE.match(n) and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and not (VERB_START_RE.match(n) and not n.startswith("经")) \
                and unitnames.unit_kind(n) == "department":
            # 经贸局, 安监局, 交警五大队: an organ whose level is left out (经 here is no verb)
            return (name, look)
        if FIELD_STATION_RE.match(n) and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and not VERB_START_RE.match(n):
            return (name, look)     # 国土资源管理所, 司法所: a township's station of a field
        md = MINISTRY_AND_DEPT_RE.match(n)
        if md and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(md.group("d")) \
                and not VERB_START_RE.match(md.group("d")) and self._one(md.group("m"), None) \
                and self._one(md.group("d"), None):
            return (name, look)     # 文化和旅游部资源开发司: a ministry's department named after it
        brigade = ORGAN_BRIGADE_RE.match(n)
        if brigade and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and not VERB_START_RE.match(n) and self._one(brigade.group("x"), None):
            return (name, look)     # 县公安局交警大队: an organ's brigade
        section = ORGAN_SECTION_RE.match(n)
        if section and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and not VERB_START_RE.match(n) and self._one(section.group("x"), None):
            return (name, look)     # 城管执法局协调科: an organ's section, the organ's level left out
        go = GROUP_OFFICE_RE.fullmatch(n)
        if go and len(go.group("g")) >= 4 and not VERB_START_RE.match(n) and not NEVER_IN_NAME_RE.search(n) \
                and not DUTY_VERB_IN_RE.search(n) and not _VAGUE_RE.search(n):
            return (name, look)     # 防汛指挥部办公室: a group's office, named without its level
        wg = WHERE_GOV_RE.match(n)
        what, x = (wg.group("what") or wg.group("what2"), wg.group("x") or wg.group("x2")) if wg else ("", "")
        if wg and not self.known(n) and not VERB_START_RE.match(what) \
                and not HANDED_TO_RE.search(what) and not WHERE_ACT_END_RE.search(what) \
                and not NEVER_IN_NAME_RE.search(what) and not DUTY_VERB_IN_RE.search(what) \
                and self._one(x, None):
            return (name, look)     # 流域所在的县政府, 流域所经乡（镇）政府: as written
        wk = WHERE_KIND_GOV_RE.match(n)
        if wk and not self.known(n) and self._one(wk.group("x"), None):
            return (name, look)     # 沿海县级以上地方人民政府: as written
        if look and _SECTOR_PAIR_YU_RE.fullmatch(n) and unitnames.unit_kind(compact(look)) == "department":
            return (name, look)     # 农业、海洋与渔业、林业等部门: one sector's name joined by 与 (海洋与渔业局)
        if LEVEL_SECTOR_PAIR_YU_RE.match(n) and not NEVER_IN_NAME_RE.search(n):
            return (name, look)     # 省民族与宗教事务厅: a level's organ of two sectors, as written
        if (VERB_START_RE.match(n) or ETC_WORD_RE.search(n) or DUTY_VERB_IN_RE.search(base_name(n))) \
                and not _TOWNS_OF_RE.match(n):
            return None     # (所在乡镇（街道）: the townships where it happens; its 在 is no verb)
        owner = OWNERS_DEPT_RE.match(n)
        if owner and actor_kind(owner.group("x")) and not VERB_START_RE.match(owner.group("x")):
            return (name, look)     # 中等职业学校的主管部门: the department over a kind of actor
        if _specific(n) and not _VAGUE_RE.search(n) and not NEVER_IN_NAME_RE.search(n):
            return (name, look)     # 市市政设施管理中心: an organ's name may hold 设施, 项目 …
        if THINGS_PARTY_RE.match(n) and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and not VERB_START_RE.match(n):
            return (name, look)     # 建设工程施工现场管理单位: the party, 工程 its object
        govs = GOVS_OWN_RE.match(n)
        if govs and not NOT_SUBJECT_RE.search(govs.group("y")) and self._one(govs.group("g"), None) \
                and (got := self._one(govs.group("g") + govs.group("y"), None)):
            # 县级以上人民政府的有关部门, 区人民政府的发展计划(、规划等有关部门): the government's own
            # departments, as written (as 县级以上人民政府有关部门)
            return (name, look or got[1] or got[0])
        charge = compact(look) if look and compact(look).startswith(n) else n   # (服刑人员管理 of a list's 等部门)
        if PEOPLE_CHARGE_RE.match(charge) and not NEVER_IN_NAME_RE.search(charge) \
                and not VERB_START_RE.match(charge) and not DUTY_VERB_IN_RE.search(charge):
            return (name, look)     # 服刑人员管理部门: the department over a kind of people, not the people
        if NOT_SUBJECT_RE.search(GRASSROOTS_RE.sub("", _BRACKETED_RE.sub("", base_name(_OTHER_MEMBERS_RE.sub("", n))))) \
                and not _TOWNS_OF_RE.match(n):
            return None     # a person, a place or a project, not an organisation (项目所在镇村: its townships)
        if SHORT_MASS_ORG_RE.match(n):
            return (name, look)     # 各级妇联 where no lexicon names the government's own
        if actor_kind(n) or unit_type_kind(n):
            b = base_name(n)
            # (a village's alternative in the gloss, 村（社区）, 村（居）: the collective as written)
            b = _SHORT_GLOSS_END_RE.sub("", b) if not self.known(b) \
                and not _LEVEL_ALT_GLOSS_RE.search(b) else b
            return (name, b if b != n else look)
        if NOT_SUBJECT_RE.search(_BRACKETED_RE.sub("", _OTHER_MEMBERS_RE.sub("", n))) and not _TOWNS_OF_RE.match(n):
            return None
        if CONCERNED_GOV_RE.match(n) and not _TOWNS_OF_RE.match(n):
            # 有关县级人民政府, 相关县区: the governments concerned (相关乡镇（街道）: the townships, below)
            return (name, look)
        town = township_subject(n)  # 古林镇要…, 石碶街道负责…: the township's government
        if town is not None:
            return (name, town)
        divisions = load_divisions().lookup(n) if PLACE_NAME_RE.match(n) else None
        if divisions:           # 三河市要…, 大厂县要…: a place stands for its government
            full = {d.name for d in divisions}
            return (name, (full.pop() if len(full) == 1 else n) + "人民政府")
        pg = PLACE_GOV_RE.match(n)
        divisions = load_divisions().lookup(pg.group("p")) if pg and not n.endswith("人民政府") else None
        if divisions:           # 辽阳市政府对全市…负全责: the place's government, in its short form
            full = {d.name for d in divisions}
            return (name, (full.pop() if len(full) == 1 else pg.group("p")) + "人民政府")
        alt = ALT_BODY_END_RE.match(n)
        if alt and (unit_type_kind(alt.group("b")) or alt.group("b") in _ALT_ZONES) and self._one(alt.group("a"), None):
            return (name, look)     # 乡镇政府（街道办事处）: either, as written
        alts = ALT_BODIES_END_RE.match(n)
        if alts and self._one(alts.group("a"), None) and all(
                unit_type_kind(b) or b in _ALT_ZONES for b in alts.group("b").split("、")):
            return (name, look)     # 各镇人民政府（街道办事处、开发区）: each in its own area, as written
        kind = CONCERNED_KIND_RE.match(n)
        if kind and not _VAGUE_RE.search(kind.group("x")) and not NEVER_IN_NAME_RE.search(n) \
                and not re.search(r"[和及与或、]|部门|单位|机关|机构", kind.group("x")) \
                and not VERB_START_RE.match(kind.group("x")):
            return (name, look)     # 有关军事机关, 有关驻军单位: the bodies of that kind concerned
        if EACH_COUNTY_RE.match(n):
            lower = self._lower_govs()          # 各县（区）要…: the county-level governments
            return (name, look or lower)
        if GROUP_MEMBERS_RE.match(n) and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and not VERB_START_RE.match(n):
            return (name, look)     # 市安委会有关成员单位: the group's member units concerned
        if BARE_MEMBERS_RE.match(n):
            return (name, look)     # 包片成员单位协助省级林长…: the members, as written
        if ZONE_NAME_RE.match(n) and unitnames.unit_kind(n) == "zone" and not NEVER_IN_NAME_RE.search(n) \
                and not DUTY_VERB_IN_RE.search(n) and not VERB_START_RE.match(n):
            return (name, look)     # 广元经济技术开发区要…: a development zone by its full name
        own_each = OWN_EACH_RE.match(n)
        if own_each and (got := self._one(own_each.group("each"), None)):
            # 区直各责任单位, 县直各单位: the collective of the text's own level as written
            return (name, look or got[1] or got[0])
        if OWN_CONCERNED_RE.match(n):
            return (name, look)     # 县直有关单位要…: the county's own units concerned, as written
        eb = EACH_BODY_RE.match(n)
        if eb:
            # 各镇（办）, 各局委, 现场各分指挥部: the collective as written (the qualified one by 各X)
            return (name, look or (eb.group("each") if eb.group("each") != n else None))
        if WRITTEN_COLLECTIVE_RE.match(n) and not self.known("有关部门"):
            # 有关部门, 有关地方人民政府 in the text of a government no lexicon covers (where one
            # does, its collectives are the ones it names)
            return (name, look)
        towns = _TOWNS_OF_RE.match(n)
        if towns and not self.known(n):
            # 相关乡镇（街道）, 项目所在乡镇（街道）, 莲都区各乡镇（街道）: the townships and sub-districts
            # so described, a collective as the bare 乡镇（街道） is (the place's kept as written)
            # (街道（乡镇）: the same pair written the other way round)
            x = towns.group("x")
            got = self._one("乡镇（街道）" if x.startswith("街道") else x, None)
            if got:
                return (name, got[1] if not towns.group("place") else look)
        if DESIGNATED_LEVEL_RE.match(n) and (n.startswith("各") or n.endswith("政府") or n.startswith(("试点", "样板"))) \
                and not self.known(n):
            return (name, look)     # 各样板县政府, 试点县: the governments a plan chose, as written
        own = GOV_OWN_PART_RE.match(n)
        if own and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and unitnames.is_unit_name(n) and self._one(own.group("gov"), None):
            return (name, look)     # 乡镇人民政府林业管理工作站: a government's own station or office
        towns_own = TOWNS_OWN_PART_RE.match(n)
        if towns_own and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and not VERB_START_RE.match(towns_own.group("rest")):
            return (name, look)     # 各乡镇（街道）综合信息指挥室: the townships' own office
        if RELATIVE_GOV_RE.match(n):
            return (name, look)     # 上级人民政府负责…, 由共同的上一级人民政府协调解决: as written
        if n.startswith(("有关", "相关", "各")):
            return None
        if "有关" in n or "相关" in n:
            return None
        if GENERIC_ORGAN_RE.match(n) or (look and GENERIC_ORGAN_RE.match(compact(look))):
            return (name, look)
        if (_specific(n) and not NEVER_IN_NAME_RE.search(n)) or LEVEL_BODY_RE.match(n):
            return (name, look)     # (not 市农业农村局制定专项资金管理办 of 会同A制定…办法)
        if MINISTRY_RE.match(n) and unitnames.unit_kind(n) == "central" and not NEVER_IN_NAME_RE.search(n) \
                and not DUTY_VERB_IN_RE.search(n):
            return (name, look)     # 住房城乡建设部要加强业务指导 : a ministry, named without 国务院
        if self.national and STATE_ADMIN_RE.match(n) and unitnames.unit_kind(n) == "central" \
                and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n):
            return (name, look)     # 市场监管总局为牵头单位 (a 国务院办公厅 text): a State administration
        if unitnames.CENTRAL_BANK_RE.match(n) \
                and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n):
            return (name, look)     # 中国人民银行苏州市中心支行负责… : the central bank or its branch
        # any other government's names that carry their level or place (某某县人民政府,
        # 潍坊市财政局): the unit-name grammar of kg.extract.unitnames
        if len(n) >= 4 and PLACED_RE.match(n) and not NEVER_IN_NAME_RE.search(n) \
                and unitnames.unit_kind(n) not in (None, "collective"):
            return (name, look)
        # a body named after a place written short, no level word (南京海关, 石家庄海关: a State
        # branch named after the city it sits in): the place read in the gazetteer, the rest an organ
        if len(n) >= 4 and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and unitnames.unit_kind(n) == "department" \
                and (hit := load_divisions().read_prefix(n, None)) is not None \
                and 2 <= len(n) - hit[1] <= 8 and not VERB_START_RE.match(n[hit[1]:]):
            return (name, look)
        if OWN_OFFICE_SHORT_RE.match(n) and not OFFICE_VERB_END_RE.search(n) and not NEVER_IN_NAME_RE.search(n) \
                and not DUTY_VERB_IN_RE.search(n) and unitnames.unit_kind(n) == "department":
            return (name, look)     # 督查目标办要…: an office of the text's own agency by its short name
        if ZONE_COMMITTEE_RE.match(n) and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
                and unitnames.unit_kind(n) == "zone":
            return (name, look)     # 城乡一体化示范区管委会: a zone's committee, its name longer than a place's
        return None

    def _items(self, subj: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """The units of a whole subject, or None when any part is not a unit; 各级政府 is the
        document's government and the lower level's collective, and a body above the
        document's government (上级热线管理机构) is set aside when a unit of its own remains.

        Memoised across documents when ``known`` tells its ``answers_key``: the answer is a
        function of ``subj``, the definitions, the places set aside, the area, the level rules
        (and whether the text is a city's),
        the body the document sets up, the lower governments as it writes them and what
        ``known`` answers (the key of ``_ITEMS_MEMO``)."""
        if self._refuses(subj):
            return None
        if self._answers_key is None:
            return self._items_of(subj)
        if self._defs_key is None:
            self._defs_key = tuple(sorted(self.defs.items()))
        key = (subj, self._defs_key, frozenset(self.together), self.excepted, self.area,
               self.below_is_county, self.national, self.city_text, self.level,
               self.established, self.lower_written, self._answers_key)
        if key in _ITEMS_MEMO:
            units = _ITEMS_MEMO[key]
            return None if units is None else list(units)
        got = self._items_of(subj)
        if len(_ITEMS_MEMO) >= _ITEMS_MEMO_MAX:
            _ITEMS_MEMO.clear()
        _ITEMS_MEMO[key] = None if got is None else tuple(got)
        return got

    def _defined_list(self, subj: str, bodies: bool = False) -> Optional[list[tuple[str, Optional[str]]]]:
        """The units a short name the text defined for several stands for, each its own (the
        short name as written, each defined unit as its lookup), or None. ``bodies``: several
        fields make one role only where all are departments (a short name in brackets)."""
        short = compact(subj)
        if short not in self.defs or short in self._expanding:
            return None
        # 市、县人民政府城乡规划主管部门（以下简称城乡规划主管部门） : the short name, where used,
        # is each unit its definition names (the city's department and the counties')
        self._expanding.add(short)
        try:
            full = self._items(self.defs[short])
        finally:
            self._expanding.discard(short)
        if not full or len(full) < 2:
            return None
        if len({field_of(lk or n, load_divisions()) for n, lk in full}) > 1 \
                and (not bodies or all(_DEPT_END_RE.search(compact(lk or n)) for n, lk in full)):
            # 市和区、县园林、林业行政主管部门（以下简称古树名木行政主管部门）: several fields'
            # departments under one name, a role the text names (as written, one unit); not
            # bodies of other kinds (镇人民政府、街道办事处（以下简称“镇（街道）”）: the two)
            return [(subj, None)]
        return [(subj, lk or compact(n)) for n, lk in full]

    def _items_of(self, subj: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """:meth:`_items` without its memo."""
        short = compact(subj)
        if SUPPORT_PART_RE.search(short):
            return None     # 我局为配合部门 / X作为配合单位 : the part X plays, no name
        if "（" in short and (got := self._defined_list(subj, bodies=True)):
            # 镇人民政府、街道办事处（以下简称“镇（街道）”）… 镇（街道）应当… : the two bodies defined, not the
            # level list the short name's words also make (read first, as no other short name is)
            return got
        if (form := next((f for f in COUNTY_CITY_DISTRICT_FORMS if f in short), None)):
            # 各县（市）区政府, 市、县（市）区财政 (福建's texts), 各区（市）县工业和信息化主管部门 (四川's): the county
            # level with its cities and districts, 县（市、区）, read so and kept as written
            got = self._items(short.replace(form, "县（市、区）"))
            return [(n.replace("县（市、区）", form), lk) for n, lk in got] if got else None
        if LOST_LIST_MARK_RE.search(short):
            # 国务院.中央军事委员会 : a list whose 、 became a stop, read as the list (or no subject)
            return self._items(LOST_LIST_MARK_RE.sub("、", short))
        if (gacha := GACHA_COMMITTEES_RE.match(short)):
            # 嘎查、村民委员会 / 嘎查（村）民委员会 : 内蒙古's village kinds (嘎查, 村) before the committee
            # they share, each its committee (嘎查村民委员会, the region's formal name, and 村民委员会;
            # as 村（居）民委员会 is both; lost, or 嘎查 read as no name)
            h = gacha.group("h")
            if "（" in short:
                return [(subj, "嘎查村" + h), (subj, "村" + h)]
            return [((gacha.group("e") or "") + "嘎查", "嘎查村" + h), ("村" + h, None)]
        if LEVELS_ALONE_RE.fullmatch(short):
            # 市、县级市（区）、镇、街道应当… : levels named alone in a list, each its level's
            # government or office, as written (a level alone is no subject: 市 of 市场)
            # (县（市、区） one level with its alternatives: split outside brackets)
            return [(p, None) for p in split_top(short, "、")]
        counted = LEVELS_COUNTED_RE.fullmatch(short)
        if counted:
            return [(p, None) for p in split_top(counted.group("l"), "、")]
        if EACH_LEVEL_ORGAN_RE.match(short):
            return [(subj, None)]   # 各级人民政府法制部门: one name, as 县级以上人民政府法制部门 is
        singled = SINGLED_OUT_RE.match(short)
        if singled:
            # 责任单位尤其是各乡镇（街道）要… : the ones singled out hold the duty with the whole
            whole, some = self._items(singled.group("a")), self._items(singled.group("b"))
            return whole + some if whole and some else None
        guarded = GUARDIANS_TAIL_RE.match(short)
        if guarded:
            # 学校、未成年人的监护人应当… : the bodies before the guardians, each read alone (the
            # guardians no unit); nothing where those are no units either (单位和监护人)
            return self._items(guarded.group("a"))
        either = EITHER_KIND_TAIL_RE.match(short)
        if either and (got := self._items(either.group("a"))):
            return got      # 通讯、路政等主管部门或单位 : the departments named, the alternative kind no unit of its own
        shared = SHARED_KIND_TAIL_RE.match(short)
        if shared and (first := self._items(shared.group("a"))):
            # 各级各有关部门、单位 : a bare kind after a collective shares its modifier (有关单位), kept as
            # written (a surface segment), looked up as the collective of that kind where known
            kind = shared.group("b")
            return first + [(kind, next((c for c in ("有关" + kind,) if self.known(c)), None))]
        if (got := self._defined_list(subj)):
            return got
        both = PARTY_AND_GOV_RE.match(compact(subj))
        if both:
            # 各县（市、区）党委、政府 : the level's party committees (kept as written) and its
            # governments (the second segment, 政府, looked up with the level written once)
            govs = self._items(both.group("pre") + both.group("gov"))
            if not govs and both.group("pre").endswith(("镇", "乡")) and len(both.group("pre")) > 2:
                govs = self._items(both.group("pre"))     # 古林镇党委政府: the township's government
            if not govs and both.group("pre").endswith("（街道）"):
                govs = self._items(both.group("pre"))     # 乡镇（街道）党委、政府: the township bodies
            if not govs and _NAME_LETTER_RE.match(both.group("pre")):
                # X镇党委政府 (a template's letter for the township's name): that township's
                govs = [(both.group("pre") + "人民政府", None)]
            if govs:
                written = both.group("gov")
                return [(both.group("pre") + both.group("party"), None)] \
                    + [(written, lk or compact(n)) for n, lk in govs]
        bare_pair = BARE_PARTY_AND_GOV_RE.match(compact(subj))
        if bare_pair:
            # 党委和政府对…负总责 : each level's party committee and government, as written
            return [(bare_pair.group("party"), None), (bare_pair.group("gov"), None)]
        lvp = LEVEL_BEFORE_PARTY_GOV_RE.match(compact(subj))
        if lvp and PARTY_AND_GOV_RE.match(lvp.group("rest")):
            # 县（市、区）、乡镇（街道）党委、政府 : the first level (its surface segment, looked up as
            # the level alone) and the second level's pair, as written
            first, pair = self._items(lvp.group("lv")), self._items(lvp.group("rest"))
            if first and pair and len(first) == 1:
                return first + pair
        head, sep, tail = compact(subj).partition("、")
        if sep and PARTY_AND_GOV_RE.match(head):
            # 镇党委政府、各村党支部、各村委会和镇属各站所 : the pair first in a list
            first, others = self._items(head), self._items(tail)
            if first and others:
                return first + others
        inner = _pair_inside(compact(subj))
        if inner:
            # 村党组织、乡党委、政府和纪委 : a level's pair inside a list (乡党委、政府: the township's party
            # committee and government, the second looked up at its level), each other part as alone
            got = [self._items(p) for p in inner]
            if all(got):
                return [u for g in got for u in g]
        rest = self._rest_of_places(subj)
        if rest is not None:
            return rest or None
        got = self._written_items(subj)
        if got is None:
            # (each part read by _items already)
            return self._joined_lists(subj) or self._bodies_and_sectors(subj)
        if not got:
            return got
        if any(unitnames.is_person_or_post(compact(n)) for n, _lk in got):
            return None     # 县长、副县长以及X部门…负责人: posts, not a list of units (as _joined_lists)
        out: list[tuple[str, Optional[str]]] = []
        # (国家林草局、住房城乡建设部、中科院…: a national body beside ministries is of their level, not above)
        central = _national(got, self)
        # (省级X in a province's own text is its own body, none above it; where every body listed
        # is above the text's, 省级财政部门、省级教育行政部门负责… in a county's, they are the ones named)
        above = [not central and not look and self._above(compact(name)) for name, look in got]
        for (name, look), up in zip(got, above):
            n = compact(name)
            lower = self._lower_govs() if ALL_LEVEL_GOVS_RE.match(n) else None
            if lower and self.known("市人民政府"):
                out.extend([(name, "市人民政府"), (name, lower)])
            elif not (up and len(got) > 1 and not all(above)):
                out.append((name, look))      # (alone, 上一级X is the one named: kept)
        return out or None

    def _above(self, n: str) -> bool:
        """A body above the document's government, named by its level (上级X, 省级X, 国家X) and not
        known as a unit: in a province's text 省级X is its own."""
        return bool(UPPER_RE.match(n)) and not (self.level == "province" and n.startswith("省级")) \
            and not self.known(n)

    def _joined_lists(self, subj: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """Lists joined by 以及/和/及 whose parts are each units (乡、镇人民政府和街道办事处,
        城市管理主管部门和有关部门以及街道办事处、镇人民政府, 各级人民政府及相关部门): each part's
        units, a bare collective (有关部门, 相关部门) beside the others as the departments concerned;
        None when any part is not. Read only when the subject is not read whole. (其他有关部门, the rest
        of the departments concerned, stands beside the others as 有关部门 does: 文化主管部门和其他有关部门.)"""
        s = compact(subj)
        if not ("和" in s or "及" in s) or "的" in s or len(s) > MAX_SUBJECT or VERB_START_RE.match(s):
            return None     # (most subjects read here are phrases: the cheap tests first)
        for sep in ("以及", "和", "及"):
            parts = split_top(s.replace(sep, "\u0001"), "\u0001") if sep in s else []
            if len(parts) < 2 or not any("、" in p or sep == "以及" or _bare_or_others(p) for p in parts):
                continue
            if not (_bare_or_others(parts[-1]) or looks_like_unit(parts[-1].rsplit("、", 1)[-1])):
                continue
            out: list[tuple[str, Optional[str]]] = []
            for part in parts:
                if _bare_or_others(part):
                    out.append((part, "有关部门" if "部门" in part and self.known("有关部门") else None))
                    continue
                got = self._items(part) or self._bodies_and_sectors(part, part is not parts[-1])
                if not got or any("以及" in compact(n) or unitnames.is_person_or_post(compact(n))
                                  for n, _lk in got):
                    out = []        # 县长、分管副县长以及X部门…负责人: posts, not a list of units
                    break
                out.extend(got)
            if out and any(not BARE_COLLECTIVE_RE.match(compact(n)) for n, _lk in out):
                return out
        return None

    def _bodies_and_sectors(self, subj: str, more: bool = False) -> Optional[list[tuple[str, Optional[str]]]]:
        """A list of named bodies with bare sectors among them and a named body last (区管理委员会、
        镇人民政府、公安、工商、物价、消防): each part as written, a bare sector (one whose 部门 is a
        unit) looked up as its department; None unless two parts are bodies with a head of their own
        (one, and the body joined after the list) and one is a bare sector. Read only where no other reading takes the list (A、B和C部门 shares
        its head: read before). ``more``: a part of a list joined by 和, the body last after it."""
        segs = split_top(compact(subj), "、")
        if len(segs) < 3 or any(not s for s in segs):
            return None
        out: list[tuple[str, Optional[str]]] = []
        bodies = sectors = 0
        for k, seg in enumerate(segs):
            # (工商联, 妇联, 科协: a body's short name, never a field's word: 工商联部门 is no body)
            if BARE_SECTOR_SEG_RE.fullmatch(seg) and not _NAME_END_RE.search(seg) and (more or k < len(segs) - 1) \
                    and not unitnames.is_unit_name(seg) and (dept := self._one(seg + "部门", None)):
                out.append((seg, dept[1] or compact(dept[0])))
                sectors += 1
                continue
            got = self._items(seg)
            if not got or not all(_NAME_END_RE.search(compact(n)) or actor_kind(compact(lk or n)) for n, lk in got):
                return None
            out.extend(got)
            bodies += 1
        return out if bodies >= (1 if more else 2) and sectors else None

    def except_places(self, clause: Optional[str]) -> None:
        """Note the places an exception clause names (``全市除A、B外``), for a ``其余N个县``
        subject right after it; any other clause clears them."""
        t = compact(clause or "")
        if not EXCEPT_CLAUSE_RE.search(t):
            self.excepted = None
            return
        self.excepted = frozenset(c.adcode for _a, _b, cands in load_divisions().find_all(t)
                                  for c in cands if c.level == "county")

    def _rest_of_places(self, subj: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """``其余N个县（市）`` after an exception clause: the governments of the document's
        county-level places other than those set aside, when there are exactly N of them
        ([] when the count does not agree: no one is guessed); None for any other subject."""
        m = REST_OF_PLACES_RE.match(compact(subj))
        if not m:
            return None
        if self.excepted is None or not self.area:
            return []
        divs = load_divisions()
        rest = [divs.by_code[c] for c in divs.children.get(self.area, [])
                if c not in self.excepted and divs.by_code[c].level == "county"
                and divs.by_code[c].kind != "zone"]     # a development zone is no 县（市）
        count = m.group("n")
        n = int(count) if count.isdigit() else CN_DIGITS.find(count) + 1 if len(count) == 1 else -1
        if len(rest) != n or not all(self.known(d.name + "人民政府") for d in rest):
            return []
        return [(subj, d.name + "人民政府") for d in rest]

    def _written_items(self, subj: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """The units of a whole subject as written (see :meth:`_items`)."""
        got = self._written_items_plain(subj)
        then = GOV_DEPTS_THEN_RE.match(compact(subj)) if got is None else None
        lv = LEVELS_RE.match(subj) if then else None
        if not then or lv and lv.group("low") in ("区、县", "县、区"):
            return got      # (市和区、县人民政府及其有关部门、…: three levels, the pair read by the levels' grammar)
        # (a list no other reading takes whole, read in its parts: both must read, a rest no unit's
        # name, 有关单位, leaves the whole unread, as before; bodies listed before it too, 国务院有关部门、
        # 县级以上地方人民政府及其有关部门、…: the list split at the first 、 whose two sides both read)
        rest = self._items(then.group("rest")) if then.group("rest") else []
        own = self._items(then.group("g"))
        if not own:
            segs = split_top(then.group("g"), "、")
            for k in range(1, len(segs)):
                if len(compact(segs[k - 1])) <= 2:
                    continue    # (a level word alone, 区、县人民政府…: the levels' list, not split here)
                first = self._items("、".join(segs[:k]))
                second = self._items("、".join(segs[k:])) if first else None
                if first and second:
                    own = first + second
                    break
        return own + rest if own and rest is not None and (rest or then.group("etc") is not None) else None

    def _written_items_plain(self, subj: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """:meth:`_written_items` but for a government's departments then more bodies."""
        named_then = _DEFINED_THEN_EACH_RE.match(compact(subj))
        if named_then:
            # 各镇街、经济开发区（以下简称各地）各相关部门 : the places the short name covers, then the
            # collective after it (各地各相关部门), each read as alone
            a, b = self._items(named_then.group("l")), self._items(named_then.group("r"))
            if a and b:
                return a + b
        dm = DEFINE_RE.search(subj)
        charged = compact(_without_short_def(subj)) if dm else ""
        if dm and CHARGED_ORGAN_RE.match(charged) and (got := self._one(charged, None)):
            # 县级以上人民政府负责管理地震工作的部门或者机构（以下简称县级以上地震工作主管部门）: a body
            # named only by what it does, then given a short name: the short name (as n52's answers)
            return [(dm.group("short"), got[1])]
        s = HOSTED_NOTE_RE.sub("", _without_short_def(subj)).strip(" 　")
        s = GLOSS_RE.sub("", s)                     # 县（含县级市、区，下同）X: 县X
        s = _HEAD_ALT_KIND_RE.sub(r"\1", s)         # A、B等部门（机构）: A、B等部门
        s = _BY_PREFIX_RE.sub("", s)
        touched = SCOPE_BODY_RE.match(compact(s))
        if touched and touched.group("y") and not re.search("[、和及与或]", touched.group("y")) \
                and (got := self._one(s, None)):
            # …森林公园和…保护区范围所涉及的乡镇人民政府: one body named by the area it touches (its
            # 和 joins places, not bodies)
            return [got]
        own = OWN_PLACE_RE.match(s)
        if own and own.group(0).startswith("自治") and ALL_LEVEL_GOVS_RE.match(s[own.end():]):
            # 自治州各级人民政府: the autonomous area's governments of every level, the collective as
            # written (its own is 自治州人民政府, not the lexicon's 市人民政府, which 本市各级人民政府 names)
            return [(s, None)]
        if own:                                     # 本市各级人民政府: 各级人民政府, as written
            got = self._items(s[own.end():])
            return [(s if n == s[own.end():] else n, lk) for n, lk in got] if got else None
        named = NAMED_PLACE_EACH_RE.match(s)
        if named and load_divisions().lookup(named.group(0)):
            got = self._items(s[named.end():])
            if got and len(got) == 1 and got[0][0] == s[named.end():] and got[0][1] is None:
                return [(s, None)]      # (a collective looked up otherwise, 莲都区各乡镇（街道）, is read below)
        own = _OWN_LEVEL_DEPTS_RE.match(s)
        if own:
            # 本市发展改革、环保等行政管理部门: the document's own level's departments, looked up
            # as 市… (the first mention as written)
            got = self._items(s[1:])
            if got:
                first, look = got[0]
                return [("本" + first if s[1:].startswith(first) else first, look or first)] + got[1:]
        s = _EACH_LEVEL_COMMA_RE.sub("各级", s)      # 各级、各有关部门: one collective
        s = _LEVEL_OR_RE.sub("、", s)                # 市或者区、县人民政府: either level's, as 市、区、县
        s = _REST_OF_RE.sub("", s)                  # 其他各县（市、区）: the rest of a collective
        s = _PLACES_AND_DEPTS_RE.sub("各地、各", s)   # 各地各部门: two collectives
        posts_first = _POSTS_THEN_UNITS_RE.match(compact(s))
        if posts_first:
            # 各牵头领导、责任单位要… : the leaders named first are posts (not counted), the units
            # after them hold it
            return self._items(posts_first.group("x"))
        two_each = _TWO_EACH_RE.match(s)
        if two_each and "、" not in s:
            # 各部门各单位, 各乡镇各部门: two collectives written together, each as alone
            a, b = self._items(two_each.group("a")), self._items(two_each.group("b"))
            if a and b and len(a) == 1 and len(b) == 1:
                return a + b
        s = STAFF_RE.sub("", s)                     # X及其工作人员: X
        # 中国残疾人联合会及其地方组织, X领导小组及其下设的征兵办公室: both, the second as written
        govs = split_top(compact(s), "、") if "、" in s else []
        if len(govs) > 1 and all((g := BRANCHES_RE.match(p)) and g.group("g") for p in govs):
            # 广东省人民政府及其有关部门、珠海市人民政府及其有关部门: each government and its departments
            got = [self._items(p) for p in govs]
            return [u for g in got for u in g] if all(got) else None
        br = BRANCHES_RE.match(compact(s)) or ITS_OFFICE_RE.match(compact(s))
        if br and br.group("x"):
            own = self._items(br.group("x"))
            return own + [(br.group("b"), None)] if own and len(own) == 1 else None
        if br:
            # (one government and its departments; several levels' are read by the level grammar:
            # 市、区（市）人民政府及其有关部门, each level's government and departments)
            own = self._items(br.group("g"))
            # (one name, though it may stand for several levels' governments: 各级政府及其部门)
            if own and len({n for n, _lk in own}) == 1:
                return own + [(br.group("d"), None)]
        # (not after a list of levels, 市、区人民政府及其有关部门、Y: the levels' grammar reads it whole, each
        # level's departments)
        s = VAGUE_TAIL_RE.sub("", s)                # …及有关方面: no one in particular
        if "单位" in s[-3:]:
            s = _DEPTS_AND_UNITS_END_RE.sub(r"\1", s)    # …、有关部门和单位: the departments concerned
        s = EVERYONE_TAIL_RE.sub("", s)             # X以及依法知情的其他组织和个人: X (the rest is anyone)
        s = _ETC_TWO_KIND_HEAD_RE.sub(r"等\1", s)    # A、B等部门和组织: A、B等部门
        if not s:
            return None
        bl = BODY_OF_LEVELS_RE.match(compact(s))
        if bl:
            # 市、区（县）、镇（街道）级河长制工作机构 : the body each level sets up, by surface segments,
            # each earlier level looked up as its own body (市河长制工作机构)
            levels, head = bl.group("levels").split("、"), bl.group("head")
            return [(w, w + head) for w in levels[:-1]] + [(levels[-1] + "级" + head, None)]
        ea = _ETC_DEPTS_AND_RE.match(compact(s))
        if ea and not self.known(compact(s)):
            # A、B等有关部门和单位 : the ones named (as A、B等有关部门); …和各电信运营企业 : and the
            # collective written after the head
            named = self._written_items(ea.group("l") + "等" + ea.group("h"))
            more = self._items(ea.group("z")) if ea.group("z") != "单位" else []
            return named + more if named and more is not None else None
        ej = _ETC_THEN_BODIES_RE.match(compact(s))
        if ej and not ea and not self.known(compact(s)):
            # A、B等有关行政管理部门以及C、D : the list with its head, then the bodies joined after
            # it, each read as it would be alone
            named = self._written_items(ej.group("l") + "等" + ej.group("h"))
            more = self._items(ej.group("z")) if named else None
            if named and more:
                return named + more
        oe = _ONE_ETC_RE.fullmatch(compact(s))
        if oe and not self.known(compact(s)):
            # 水利等有关部门 : one sector named before the head, as the last of a list (A、B等有关部门:
            # A, B有关部门) — the surface segment without 等, the sector's department
            got = self._one(oe.group("x") + "部门", None)
            if got:
                return [(oe.group("x") + oe.group("h"), got[1] or oe.group("x") + "部门")]
        named = self._place_then_list(s)
        if named:                                   # 浚县人民政府A、B等主管部门: that county's A and B
            return named
        places = self._places_before_level(s)
        if places:                                  # 闵行、宝山等区X部门: each place's X部门
            return places
        both = self._level_and_place(s)
        if both:                                    # 市和浦东新区A、B等部门: each's A and B
            return both
        if s[:2] in ("有关", "相关") and LEVEL_WORDS_RE.match(compact(s[2:])):
            # 由有关市、县人民政府…组织制定 : the levels' governments concerned, by surface segments
            # (有关市, 县人民政府), the first looked up as its level's government concerned
            got = self._written_items(s[2:])
            if got:
                first = _segment_of(got[0][0], got[0][1])
                return [(s[:2] + first, s[:2] + (got[0][1] or got[0][0]))] \
                    + [(_segment_of(n, lk), lk) for n, lk in got[1:]]
        lv = LEVELS_RE.match(s)
        lw = LEVEL_WORDS_RE.match(compact(s)) or LEVEL_WORDS_GLOSSED_RE.match(compact(s))
        dept = lw.groupdict().get("dept") if lw else None
        if dept and dept[0] in "和及与" and not self.known(compact(s)) \
                and not dept[1:].startswith(("有关", "相关", "其", "所属", "各", "本级", "同级有关", "工作部门")):
            # 市、区、县级市人民政府和同级军事机关: the levels' governments, and the body joined
            # after their head, as written (…人民政府及有关部门 is each level's departments, read by
            # the levels' grammar below)
            govs = self._written_items(compact(s)[:-len(dept)])
            more = self._items(dept[1:]) if govs else None
            if govs and more:
                return govs + more
        its = _ITS_DEPTS_RE.match(dept) if lw and dept else None
        if its and lv and s[lv.end():lv.end() + 1] in ("、", "和") \
                and lv.group("low") not in ("区、县", "县、区"):
            # 市、县（市）、区人民政府及其有关部门 : three levels the two-level reading does not take
            # whole, then their departments concerned: the levels' surface segments (as without
            # 及其…), and the departments as 县级以上人民政府及其有关部门 gives them
            levels = split_top(lw.group("levels"), "、和")
            whole = compact(s)[:-len(dept)]
            last = whole[len(lw.group("levels")) - len(levels[-1]):]
            head = lw.group("head")
            return [(w, w + head) for w in levels[:-1]] + [(last, levels[-1] + head), (its.group("d"), None)]
        # (…人民政府行政执法监督机构: an institution named by its charge is a department of it too)
        if lw and dept and not ((GENERIC_ORGAN_RE.match(dept) or _CHARGED_INSTITUTION_RE.match(dept))
                                and not NEVER_IN_NAME_RE.search(dept)
                                and not _VAGUE_RE.search(dept)) \
                and not CHARGED_ORGAN_RE.match("人民政府" + dept):
            lw = None       # 省、自治区、直辖市人民政府负责…的部门: no department's name after the head
        paired = lv is not None and lv.group("low") in ("区、县", "县、区")
        if paired and not lw:
            # 市、区、县A、B部门 / 市和区、县A部门 (three levels, the last two a pair): the surface
            # segments, the first two levels each looked up as the first name after the last level
            rest = self._items(s[lv.end() - 1:])
            first = compact(rest[0][1] or rest[0][0]) if rest else ""
            if first[:1] == lv.group("low")[-1]:
                # (the last level 县级市, 市、区、县级市X: the first two looked up as 市X, 区X)
                own = first[3:] if first.startswith("县级市") else first[1:]
                # (the last level's gloss, 县（市）, 县（自治县、市）, is not the others': 市人民政府)
                own = re.sub(r"^（[^（）]*）", "", own)
                return [(lv.group("top"), lv.group("top") + own),
                        (lv.group("low")[0], lv.group("low")[0] + own)] + rest
        if lw and (not lv or paired or s[lv.end():lv.end() + 1] in ("、", "和")):
            # a list of levels the two-level reading does not take whole: the surface segments,
            # the last with the shared head as written; each looks up its level's government (or
            # the department of it written after the head)
            levels = split_top(lw.group("levels"), "、和")
            last = compact(s)[len(lw.group("levels")) - len(levels[-1]):]
            own = lw.group("head") + (dept or "")
            return [(w, w + own) for w in levels[:-1]] + [(last, levels[-1] + own)]
        if lv and lv.end() < len(s):
            got = self._levels(lv.group("top"), s[lv.end():], s, lv.group("low"), lv.group("mid"))
            if got:
                return got
            got = self._levels_before_list(s, lv)
            if got:
                return got
        ll = LEVEL_LIST_RE.match(compact(s))
        if ll and ll.end() < len(compact(s)) and "、" not in compact(s)[ll.end():] \
                and not self._two_joined(s):
            one = self._one(s, None)        # 区、县（市）人民政府: one collective
            if one:
                return [one]
        two = TWO_LISTS_RE.match(compact(s))
        if two:
            # 市人民政府A和市、县（区）人民政府B、C等部门: a name, then a list with its own levels,
            # sharing the list's head (the first split at the 和 before the second's levels)
            second = self._items(two.group("b"))
            head = _ETC_GENERIC_END_RE.search(compact(s))
            first = self._items(two.group("a")) or (
                [(two.group("a"), look) for _n, look in (self._items(two.group("a") + head.group(1)) or [])]
                if head else None)
            if first and second and len(first) == 1:
                return first + second
        pair = _TWO_SECTORS_RE.match(compact(s))
        if pair and pair.group("a") + "和" + pair.group("b") not in joined_fields():
            # 财政和审计部门: two sectors, each one word, before the head they share: two departments
            # (文化和旅游部门, 林业和草原部门: one body's standard name joins them, one department)
            lv, h = pair.group("lv") or "", pair.group("h")
            if lv:          # (the first as written, looked up whole: 市财政 alone would be read as a body's name)
                return [(lv + pair.group("a"), lv + pair.group("a") + h), (pair.group("b") + h, lv + pair.group("b") + h)]
            return [(pair.group("a"), pair.group("a") + h), (pair.group("b") + h, None)]
        lists = _TWO_ETC_LISTS_RE.match(compact(s))
        if lists:
            # A、B等部门以及C、D等单位: two lists, the departments and the other bodies, each read
            b = lists.group("b")
            one = re.fullmatch("(" + HAN + "{2,6})等单位", b)
            got = [self._items(lists.group("a")),
                   self._items(b) or self._items(re.sub("单位$", "部门", b))
                   or ([(one.group(1), None)] if one and not NOT_SUBJECT_RE.search(one.group(1)) else None)]
            if all(got):
                return [u for g in got for u in g]
        halves = [h for h in split_top(s, "和") if h]
        if len(halves) == 2 and "、" in s and (all("、" not in h or h is halves[-1] for h in halves)
                                               or all("、" in h and unitnames.unit_kind(compact(h).rsplit("、", 1)[-1])
                                                      and "等" not in h for h in halves)):
            # 市建设局和广阳区、安次区政府 : 和 between a unit and a list; 新华区、卫东区X主管部门和
            # 示范区管委会、高新区管委会 : between two lists, each ending in a unit's name
            got = [self._items(h) for h in halves]
            if all(got):
                return [u for g in got for u in g]
        if SECTORS_RE.match(compact(s)):
            return [(s, None)]
        own = _OWN_PLACE_BEFORE_LIST_RE.match(s) if _ETC_HEAD_RE.search(compact(s)) else None
        if own:
            got = self._written_items(s[own.end():])
            if not got:
                return got
            if own.group("p") == "各级":
                return [("各级" + n if k == 0 else n, "各级" + compact(lk or n)) for k, (n, lk) in enumerate(got)]
            return [(own.group("p") + got[0][0], got[0][1] or got[0][0])] + got[1:]
        media = MEDIA_LIST_RE.match(compact(s)) or FINANCE_LIST_RE.match(compact(s))
        if media:
            words = media.group("l").split("、")
            return [(w, None) for w in words[:-1]] + [(words[-1] + (media.group("h") or ""), None)]
        orgs = MASS_ORGS_ETC_RE.match(compact(s))
        if orgs:
            named = unit_items(orgs.group("l"), self.knows)
            # (their short names among them: 工会、共青团、妇联、残联等人民团体)
            if named and all(actor_kind(compact(n)) == "social_org" or SHORT_MASS_ORG_RE.match(compact(n))
                             for n, _lk in named):
                return named
        kinds = ORGS_ETC_RE.match(compact(s))
        if kinds and not orgs and ENFORCING_ORGANS_KIND_RE.fullmatch(kinds.group("k")):
            named = self._items(kinds.group("l") + "等部门")
            last = kinds.group("l").split("、")[-1]
            if named and named[-1][0] == last + "部门":
                # (the last segment as written, 市场监管: 部门 is no word of the text; looked up as a department)
                named[-1] = (last, named[-1][1] or named[-1][0])
            if named:
                return named            # 城管执法、公安、市场监管等执法和管理机构: the sectors' departments
        if kinds and not orgs and actor_kind(kinds.group("k")) is None:
            named = self._items(kinds.group("l"))
            if named:
                return named            # 居委会、社区工作站等各类社区组织: the named ones
        branches = BRANCHES_ETC_RE.match(compact(s))
        if branches and ("、" in branches.group("l") or "以及" in branches.group("l")):
            return self._items(branches.group("l"))
        counted = _ETC_COUNTED_KIND_RE.match(compact(s))
        if counted and (kind := actor_kind(counted.group("k"))):
            # A公司、B公司等3家企业要… : the ones named, of the kind (counted or not) written after 等
            named = unit_items(counted.group("l"), self.knows)
            if named and all(actor_kind(compact(n)) == kind for n, _lk in named):
                return named
        if counted and counted.group("n") and counted.group("k") in ("部门", "单位"):
            s = counted.group("l") + "等" + counted.group("k")     # A、B等3个部门: A、B等部门
        bits = s.split()
        if len(bits) > 1 and any(not unitnames.is_unit_name(compact(b)) and PRED_RE.search(b) for b in bits[1:]):
            return None     # 市公安局 负责… (a flattened table's row): a unit and its duty, no list of names
        items = unit_items(s, self.knows)
        if not items:
            return None
        # 由市民政局或者市财政局责令…: unit_items splits the alternatives at the known name but
        # leaves the conjunction on the second; either may hold the duty (由A…，或者由B…), both named
        items = items[:1] + [(re.sub("^(?:或者|或)(?=" + HAN + "{2})", "", n), lk) if not lk else (n, lk)
                             for n, lk in items[1:]]
        if len(items) >= 2 and not items[1][1] and compact(items[0][0]) in ("国务院", "中央") \
                and compact(s).startswith(compact(items[0][0]) + compact(items[1][0])):
            # 国务院A主管部门、B主管部门等有关部门: the level written once before a list stays with
            # its first name (the surface segment 国务院A主管部门), not a unit of its own (nor
            # before one name and 等: 会同国务院市场监督管理部门等建立…)
            items = [(items[0][0] + items[1][0], None)] + items[2:]
        if len(items) > 1 and not re.search(r"[、，,和及与或]", s) \
                and ((not all(self._one(n, lk) for n, lk in items) and self._one(s, None))
                     or (len(items) == 2 and ZONE_NAME_RE.match(compact(items[0][0])))
                     or (not items[-1][1] and self._levelless_group(compact(items[-1][0]))
                         and LEVELLESS_GROUP_RE.match(compact(s)[-16:]) is not None)):
            # 中共衡水市委机构编制委员会: one name, not 中共衡水市委 and a rest; 增城经济技术开发区园区发展局:
            # the zone's own bureau, not the zone and a bureau; 天津师范大学校园管理综合治理委员会: a body's
            # own committee named after it, not 天津师范大学校 and a committee
            items = [(s, None)]
        if len(items) == 2 and not items[1][1] and compact(s) == compact(items[0][0]) + compact(items[1][0]) \
                and MINISTRY_DEPT_RE.match(compact(items[1][0])) \
                and compact(items[0][0]).endswith(("部", "委", "委员会", "总局", "署", "局")):
            # 文化和旅游部资源开发司, 教育部基础教育司: a ministry's department named after it, one body
            items = [(s, None)]
        if len(items) > 1 and re.search(r"等(?:市|县|区)?(?:其他|其它)?(?:有关|相关)?(?:行政)?(?:主管)?(?:部门|单位)$", compact(s)) \
                and BARE_DEPTS_RE.match(re.sub(r"^(?:其他|其它)(?=有关|相关)", "", compact(items[-1][0]))):
            items = items[:-1]      # A、B等(其他)有关部门: the units named (as in 由A、B等单位分工负责)
        kind_etc = _ETC_KIND_RE.search(compact(s)) if len(items) > 1 and not items[-1][1] else None
        if kind_etc and compact(items[-1][0]) == kind_etc.group(1) \
                and (kind := actor_kind(kind_etc.group(1))) is not None \
                and all(actor_kind(_GLOSS_END_RE.sub("", compact(n))) == kind for n, _lk in items[:-1]):
            items = items[:-1]      # A、B等城乡基层卫生服务机构: the ones named, of the kind after 等
        eb = _ETC_BODY_HEAD_RE.search(compact(s))
        if eb and len(items) > 2 and compact(items[-1][0]) == eb.group("h") and not items[-1][1] \
                and all(not lk and not _ORGAN_END_RE.search(compact(n)) for n, lk in items[:-1]):
            # 国家公园、自然保护区等管理机构 : kinds of area sharing the body written after 等, each the
            # area's body (国家公园管理机构), written as the answers write an elliptical list (the head
            # on the last, 等 left out: 国家公园, 自然保护区管理机构); a bare body alone is no unit
            bodies = [compact(n) + eb.group("h") for n, _lk in items[:-1]]
            if all(self._one(b, None) for b in bodies):
                return [(n, b) for (n, _lk), b in zip(items[:-2], bodies)] + [(bodies[-1], None)]
        if eb and len(items) > 2 and compact(items[-1][0]) == eb.group("h") and not items[-1][1] \
                and all(_ORGAN_END_RE.search(compact(n)) for n, _lk in items[:-1]):
            items = items[:-1]      # 县林业局、县水利局等管理机构 : the organs named, as A、B等部门 (n42)
        etc = _ETC_HEAD_RE.search(compact(s))
        if etc and len(items) > 2 and _ETC_HEAD_ITEM_RE.match(compact(items[-1][0])) and not items[-1][1]:
            items = items[:-1]      # A、B等行政管理部门: the same
        pair = _TWO_SECTORS_RE.match(compact(items[-1][0])) if len(items) > 1 and not items[-1][1] else None
        if pair and not pair.group("lv") and pair.group("a") + "和" + pair.group("b") not in joined_fields():
            # 铁路、公路和水利部门 : 和 as the list's 、 before the head its sectors share (two, as alone)
            items = items[:-1] + [(pair.group("a"), None), (pair.group("b") + pair.group("h"), None)]
        oo = OR_OTHERS_RE.match(compact(items[-1][0])) if len(items) > 1 and not items[-1][1] else None
        if oo:
            items = items[:-1] + [(oo.group("a"), None), (oo.group("b"), None)]    # X或其他部门: X, 其他部门
        # 民政、发展改革部门 : bare heads share the last item's generic suffix
        last = compact(items[-1][1] or items[-1][0])     # (财政 of 人社、财政等部门: 财政部门)
        # (发展改革、财政等部门和有关军事机关: the heads before 等 share its 部门, not the 机关 of the
        # body joined after the list)
        sm = _ETC_JOINED_RE.search(compact(s)) or _GENERIC_END_RE.search(last) \
            or _ETC_GENERIC_END_RE.search(compact(s))
        if sm and len(items) > 1:
            suffix = sm.group(1)

            def head(n: str, lk: Optional[str]) -> tuple[str, Optional[str]]:
                if lk == n + suffix and not self.known(lk):
                    lk = None       # 卫健部门, a form no one knows: the organ's short names below
                if lk or self.knows(n) or n.endswith(suffix):
                    return (n, lk)
                own = next((p + n for p in ("市委", "市") if self.known(p + n)), None) if self.city_text else None
                if own and not self.known(n + suffix):
                    return (n, own)         # 编办: an organ's short name (市委编办), not 编办部门
                # 卫健, 发改, 审批: the short word of an organ whose short name ends in 委 or 局
                # (市卫健委, 市发改委, 市审批局 = 市行政审批局 by the naming rules)
                own = next((canonical_body(p + n + t) for p in ("市委", "市") for t in ("委", "局")
                            if self.known(canonical_body(p + n + t))), None) if self.city_text else None
                if own and not self.known(n + suffix):
                    return (n, own)
                if looks_like_unit(n) and (self._one(n, None) or not self._one(n + suffix, None)
                                           or (BARE_SHORT_ORGAN_RE.match(n)
                                               and unitnames.unit_kind(n) == "department")):
                    return (n, lk)
                return (n, n + suffix)      # 发展改革 -> 发展改革部门
            items = [head(n, lk) for n, lk in items]
            written_head = re.search(r"等(主管部门|行政主管部门|行政部门)$", compact(s))
            n_last, lk_last = items[-1]
            if written_head and lk_last == compact(n_last) + "部门" and not self.known(lk_last):
                # 财政、工业和信息化等主管部门: the last name takes the head as written (工业和信息化
                # 主管部门), not the generic 部门 the sector's word would get alone
                items[-1] = (n_last, compact(n_last) + written_head.group(1))
        out: list[tuple[str, Optional[str]]] = []
        for k_item, (name, look) in enumerate(items):
            if BOTH_COMMITTEES_RE.match(compact(name)):
                out.extend([(name, "村民委员会"), (name, "居民委员会")])
                continue
            # 出租人或者房屋租赁中介机构 : an alternative that is not wholly units is no subject
            alts = [p for p in split_top(name.replace("或者", "或"), "或") if p] if not look else [name]
            if len(alts) > 1:
                got_alts = [self._one(p, None) or self._body_of(p) for p in alts]
                if not all(got_alts):
                    return None
                out.extend(g for g in got_alts if g)    # A或B: both may hold the duty
                continue
            # 各县（市、区）和廊坊开发区 : a conjunction between whole units splits them
            parts = [p for p in split_top(name.replace("或者", "或").replace("以及", "及"), "和及与或") if p] \
                if not look else [name]
            subs = [self._one(p, None) or ((p, None) if ALL_LEVEL_GOVS_RE.match(compact(p))
                                           or compact(p) in BARE_COMMUNITY
                                           and all(self.knows(compact(q)) for q in parts if q != p) else None)
                    or (_streets_beside_towns(p, parts[k - 1]) if k else None)
                    for k, p in enumerate(parts)] if len(parts) > 1 else [None]   # 各级人民政府和X: both; 社区以及X
            if all(subs):
                out.extend(s for s in subs if s)
                continue
            got = self._one(name, look)
            if got is None and len(items) > 1 and look and "（" in name:
                # 文化（文物）旅游 in a list of sectors: an alternative in brackets, read as the
                # sector without it (文化旅游部门), the mention as written
                plain = self._one(_BRACKETED_RE.sub("", name), _BRACKETED_RE.sub("", look))
                got = (name, plain[1] or _BRACKETED_RE.sub("", look)) if plain else None
            if got is None and len(items) > 1 and BARE_SHORT_ORGAN_RE.match(compact(name)) \
                    and (not VERB_START_RE.match(compact(name))
                         or len(compact(name)) == 3 and compact(name).endswith("办")
                         and compact(name)[0] not in "经由请向对按在从据") \
                    and unitnames.unit_kind(compact(name)) == "department":
                # 经贸局、安监局、国土局、财委等部门: 财委 beside them; 统筹办、新农办: a whole item of
                # three characters ending 办 is the office even when its first two are a verb (统筹),
                # not a preposition and a level (经县委、县政府研究同意: the step, no body)
                got = (name, look)
            if got is None and k_item + 1 < len(items) and not look:
                got = self._elliptical_township(name, items[k_item + 1][0])
            if got is None and k_item + 1 < len(items) and look and look.startswith(compact(name)) \
                    and unitnames.unit_kind(look) == "zone" and self._one(look, None):
                # 市高新、经济开发区管委会 : a zone written by its first word before the next one's
                # ending (市高新区管委会), the mention as written
                got = (name, look)
            if (got is None and k_item > 0
                    and (look == "各" + compact(name)
                         or not look and compact(name) in unitnames.COLLECTIVE_ENDINGS)
                    and compact(items[k_item - 1][0]).startswith("各")
                    and unitnames.unit_kind("各" + compact(name)) == "collective"):
                # 各街道、地区 / 各科室、单位: the second collective under one 各, a bare kind of
                # body (单位, 部门) as the first's 各 gives it
                got = (name, "各" + compact(name))
            if got is None and k_item > 0 and not look:
                got = _streets_beside_towns(name, items[k_item - 1][0])     # 乡镇、街道要… : both
            if got is None and len(items) > 1 and k_item + 1 == len(items) and _bare_or_others(compact(name)) \
                    and compact(s).endswith("、" + compact(name)):
                # 居民委员会、有关单位应当协助… ; 工会、妇女联合会…和其他有关团体 : the rest of the bodies
                # concerned closing a list of units, as written
                got = (name, None)
            if got is None and len(items) > 1 and self._levelless_group(compact(name)) \
                    and not re.search("[和及与或]", compact(name)):
                # 工会、妇女联合会、老龄工作委员会、科学技术协会… : a committee named without its level
                # in a list, as it reads when it is the whole subject (_items_or_group; not a phrase
                # joined by 和: 倡导和鼓励居民委员会、村民委员会制定…, the encouragement of no body)
                got = (name, None)
            if got is None and len(items) > 1 and compact(name) in BARE_COMMUNITY \
                    and all(self.knows(compact(lk or n)) for n, lk in items if compact(n) not in BARE_COMMUNITY):
                # 街道办事处、镇人民政府、社区，应当… : a bare 社区 among units is the communities of
                # the list's area, as written (alone it names nothing: actors.BARE_HEADS)
                got = (name, None)
            if got is None:
                return None
            out.append(got)
        last_n = compact(out[-1][0])
        if etc and len(out) > 1 and etc.group("h") not in ("单位", "机关") \
                and not last_n.endswith(etc.group("h")) and not looks_like_unit(last_n) \
                and (etc.group("h") != "部门" or compact(out[-1][1] or "").endswith(last_n + "部门")) \
                and compact(s).endswith(last_n + etc.group(0)):
            # …、气象等有关部门: 气象有关部门; …、林业等部门: 林业部门 (the convention of the
            # answers, which a bare 部门 met through the unresolved lookup before units10 resolved
            # a city's list to its own departments: 临沂市林业部门)
            out[-1] = (last_n + etc.group("h"), out[-1][1])
        return out

    def _body_of(self, name: str) -> Optional[tuple[str, Optional[str]]]:
        """``X确定的Y`` / ``X所属的Y`` as one alternative of a subject (A或者本级人民政府确定的Y): Y."""
        below = BELONGS_RE.match(compact(name))
        return self._one(below.group("x"), None) if below else None

    def _elliptical_township(self, name: str, following: str) -> Optional[tuple[str, Optional[str]]]:
        """``清河、西三旗街道和东北旺乡``: a bare place before a township written with its level
        word shares that word (清河街道), the mention as written, the lookup the township's body;
        None when ``name`` is no bare place or the next item is no township."""
        n, nxt = compact(name), compact(following)
        level = next((w for w in ("街道", "镇", "乡") if nxt.endswith(w)), None)
        if (level is None or township_subject(nxt) is None or not re.fullmatch(HAN + "{2,3}", n)
                or looks_like_unit(n)):
            return None
        full = township_subject(n + level)
        return (name, full) if full else None

    def _places_before_level(self, s: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """``浦东新区以及闵行、宝山…等区交通行政管理部门``: places of the gazetteer listed by their
        short names before a level word and a department: each place's department (闵行区交通行政
        管理部门), each mention as written; a place name is no sector word (not 宝山部门)."""
        m = _PLACES_LEVEL_DEPT_RE.match(compact(s))
        if not m:
            return self._places_before_dept(s)
        levels = [c for c in m.group("lv") if c in "区县市"]
        divs = load_divisions()
        out: list[tuple[str, Optional[str]]] = []
        for part in (p for seg in m.group("list").split("、") for p in _PLACE_JOIN_RE.split(seg)):
            if not part:
                return None
            names = {d.name for d in divs.lookup(part)}
            full = part if part in names else next((part + c for c in levels if part + c in names), None)
            if full is None:
                return None         # not every item a place: a list of sectors, read below
            out.append((part, full + m.group("dept")))
        return out if len(out) > 1 else None

    def _level_and_place(self, s: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """``市、浦东新区人民政府`` / ``市和浦东新区科技、卫生健康等部门``: the document's level word and
        a place of the gazetteer named in full, sharing what follows: each unit after them at
        both (市科技部门 and 浦东新区科技部门, …); the first unit's mentions are the level word and
        the place's name, each further unit's as written."""
        m = _LEVEL_AND_PLACE_RE.match(compact(s))
        if not m:
            return None
        place, rest = m.group("place"), m.group("rest")
        if place not in {d.name for d in load_divisions().lookup(place)}:
            return None
        top = m.group("top")
        if rest in ("人民政府", "政府"):
            return [(top, top + rest), (place + rest, None)]
        inner = self._written_items(rest)
        if not inner or any(compact(n).startswith(("有关", "相关", "其他", "其它", "各")) for n, _lk in inner):
            return None
        out: list[tuple[str, Optional[str]]] = []
        for name, look in inner:
            own = compact(look or name)
            if re.match("^[省市县区]" + _NOT_A_LEVEL, own):
                return None         # a unit with its own level: not the shared one
            if not re.search("(?:部门|机关|机构)$", own) or _UTILITY_RE.match(own):
                out.append((name, look))    # 海关, 电力: no level's body, as written
                continue
            out.append((top if not out else name, top + own))
            out.append((place if len(out) == 1 else name, place + own))
        return out

    def _place_then_list(self, s: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """``浚县人民政府住房城乡建设、规划、文物等主管部门``: one place of the gazetteer named in full
        (its government written or not) before a list of fields sharing a head: each field's
        department of that place (浚县住房城乡建设主管部门, …), not of the document's own level; the
        first mention the surface segment with the place, the others as written."""
        m = _PLACE_THEN_LIST_RE.match(compact(s))
        if not m:
            return None
        place, gov, rest = m.group("place"), m.group("gov") or "", m.group("rest")
        if place not in {d.name for d in load_divisions().lookup(place)}:
            return None
        inner = self._written_items(rest)
        if not inner or len(inner) < 2:
            return None
        out: list[tuple[str, Optional[str]]] = []
        for name, look in inner:
            own = compact(look or name)
            if re.match("^(?:[省市县区州旗盟]" + _NOT_A_LEVEL + "|各|有关|相关|其他|其它|本)", own) \
                    or not re.search("(?:部门|机关|机构)$", own) or _UTILITY_RE.match(own):
                return None         # a unit with its own level, a collective or a utility: read below
            out.append((place + gov + name if not out else name, place + own))
        return out

    def _places_before_dept(self, s: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """``新华区、卫东区、湛河区城市绿化主管部门``: places of the gazetteer listed by their full
        names before the department the last one names: each place's department, each mention as
        written (the last the whole name)."""
        m = _PLACES_DEPT_RE.match(compact(s))
        if not m:
            return self._places_before_gov(s)
        divs = load_divisions()
        places = m.group("list").split("、")[:-1]
        if not all(p in {d.name for d in divs.lookup(p)} for p in places):
            return None             # not every item a place: a list of sectors, read below
        last = m.group("last")
        place = next((last[:k] for k in range(len(last) - 4, 1, -1)
                      if last[:k] in {d.name for d in divs.lookup(last[:k])}), None)
        if place is None:
            return None
        dept = last[len(place):]
        return [(p, p + dept) for p in places] + [(last, None)]

    def _places_before_gov(self, s: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """``西安、咸阳、渭南市政府``: places of the gazetteer by their short names before the level
        and the government the last one writes in full: each place's government, each mention as
        written (the surface segments, the last the whole name)."""
        m = _PLACES_GOV_RE.match(compact(s))
        if not m:
            return None
        divs = load_divisions()
        last = m.group("last")
        out: list[tuple[str, Optional[str]]] = []
        for part in m.group("list").rstrip("、").split("、"):
            full = part + m.group("lv")
            if full not in {d.name for d in divs.lookup(full)}:
                return None         # not every item a place of that level
            out.append((part, full + "人民政府"))
        got = self._one(last, None)
        return out + [(last, got[1] if got else None)] if got else None

    def _levels_before_list(self, s: str, lv: re.Match) -> Optional[list[tuple[str, Optional[str]]]]:
        """``市、县（市、区）A、B…等有关主管部门`` / ``市、县（区）人民政府A、B等部门``: the levels
        written once before a list of departments; the surface segments (``市``, ``县（市、区）A``,
        ``B``, …), the top level's segment looked up as its own A."""
        rest = s[lv.end():]
        gov = re.match(r"(?:人民政府|政府)(?=" + HAN + ")", rest)
        inner_text = rest[gov.end():] if gov else rest
        if "、" not in inner_text or lv.group("mid"):
            return None
        inner = self._written_items(inner_text)
        if not inner or len(inner) < 2:
            return None
        top = lv.group("top")
        low = s[len(top) + 1:lv.end()] + (gov.group(0) if gov else "")
        first, look = inner[0]
        own = compact(look or first)
        return [(top, own if own.startswith(top) else top + own), (low + first, look)] + inner[1:]

    def _two_joined(self, s: str) -> bool:
        """``各级人民政府和村民委员会``: two units joined by 和/及/与, the first a level's, not one
        collective."""
        halves = [h for h in split_top(s, "和及与") if h]
        return len(halves) == 2 and all(self._one(h, None) or ALL_LEVEL_GOVS_RE.match(compact(h))
                                        for h in halves)

    def _joined(self, name: str, look: Optional[str], top: str = "") -> list[tuple[str, Optional[str]]]:
        """``企业联合组织及行业协会商会``: names joined by 和/及/与 that are each a unit, apart
        (以及 too; 或 and 或者 of alternative holders, 市、县人民政府或者X主管部门, as well)."""
        joined = name.replace("以及", "及").replace("或者", "或")
        parts = [p for p in split_top(joined, "和及与或") if p] if not look or "或" in name else [name]
        if len(parts) > 1 and all(self._one(p, None) or (top and self._one(top + compact(p), None))
                                  for p in parts):
            return [(p, None) for p in parts]
        return [(name, look)]

    def _levels(self, top: str, rest: str, written: str, low: str = "",
                mid: Optional[str] = None) -> Optional[list[tuple[str, Optional[str]]]]:
        """``市、县（市、区）X``: the top level's X and the county-level collective X
        (``市、县（市、区）政府`` -> 市政府 and 各县（市、区）政府; ``市、区人民政府`` -> 市人民政府 and
        各区人民政府), by the lexicon's name where it has one, else as the level is written."""
        items = unit_items(rest, lambda x: self.knows(top + compact(x)) or self.knows(x))
        # (市、区A、B等行政主管部门: the head the list shares, read as an item of its own after 等, is
        # no unit of either level)
        items = [(n, lk) for n, lk in items
                 if not (lk is None and _SHARED_HEAD_RE.fullmatch(compact(n)) and len(items) > 1
                         and compact(rest).endswith("等" + compact(n)))]
        if not items:
            return None
        items = [i for name, look in items for i in self._joined(name, look, top)]
        out: list[tuple[str, Optional[str]]] = []
        levels = written[:len(written) - len(rest)]     # 市、县（区）
        if mid and len(items) == 1 and compact(items[0][1] or items[0][0]) == "财政":
            return None     # 省、市、县三级财政 : the levels' treasuries, by the levels' segments (below)
        for i, (name, look) in enumerate(items):
            n = compact(look or name)
            # the levels stay with the first name (市、县（区）人民政府 及有关部门: its segments)
            mention = written if len(items) == 1 else levels + name if i == 0 and levels else name
            # 市、县人民政府民政局 / 市、区县经委（经济局）: an organ each level has, named by
            # the unit-name grammar once the level is put before it (市民政局)
            organ = self._one(name, look) is None and not self.known(top + n) \
                and self._one(top + n, None) is not None and not NEVER_IN_NAME_RE.search(n)
            # (a named organ no lexicon entry stands for, read at the top level, 省、市、县机构编制委员会
            # 办公室: each level's, as a generic organ is)
            level_organ = False
            if self.known(top + n):
                out.append((mention, top + n))
            elif n in ("人民政府", "政府") or organ \
                    or (GENERIC_ORGAN_RE.match(n) and not n.startswith(("有关", "相关"))):
                out.append((mention, top + n))         # 市、区人民政府: 市人民政府
            else:
                got = self._one(name, look)
                if got is None:
                    return None
                if n in self.defs or (actor_kind(n) and not _CHARGED_INSTITUTION_RE.search(n)) \
                        or unit_type_kind(n):
                    out.append((mention, got[1]))      # an actor has no level
                    # (an institution named by its charge has: 市、区县城乡建设档案管理机构)
                else:
                    out.append((mention, got[1] or top + n))
                    level_organ = got[1] is None and not _CHARGED_INSTITUTION_RE.search(n)
            if mid and (n in ("人民政府", "政府") or GENERIC_ORGAN_RE.match(n) or level_organ):
                out.append((mention, mid + n))         # 省、市、县X: the middle level's X too
            town = LEVELS_RE.match(written)
            if town and town.group("town") and n in ("人民政府", "政府"):
                # 市、县（区）、乡（镇）人民政府: the townships' governments too
                t = town.group("town")
                out.append((mention, next((f for f in ("各" + t + n, t + n) if self.known(f)), t + n)))
            counties = ["各县（市、区）" + n, "县（市、区）" + n]
            if low and not low.startswith("县"):
                counties = ["各" + low + n, low + n]
            elif low.startswith("县（") and low != "县（市、区）":
                # 县（市）, 县（区）: the collective so written where known, else the county level's
                counties = ["各" + low + n, low + n] + counties
            for county in counties:
                if self.known(county):
                    out.append((mention, county))
                    break
            else:
                if low and (n in ("人民政府", "政府") or organ or GENERIC_ORGAN_RE.match(n)
                            or _CHARGED_INSTITUTION_RE.search(n) or level_organ) \
                        and (not low.startswith("县") or not self._lower_govs_known()):
                    # 市、区人民政府: 各区人民政府; 市、县区X主管部门: 各县区X主管部门 in the
                    # text of a government whose lexicon does not name its county-level
                    # collective (where it does, 市、县 forms of a department are the municipal one)
                    out.append((mention, "各" + low + n))
        return out

    def partner(self, text: str, bare: bool = False) -> list[tuple[str, Optional[str]]]:
        """The units a partner phrase starts with (``会同B、C制定…`` -> B, C); a bare
        collective (有关部门) is a partner only when ``bare`` (会同有关部门: a joint duty, as in
        annotations), not after 配合/协助."""
        t = compact(text)
        adverb = JI_ADVERB_RE.search(t)
        if adverb:
            t = t[:adverb.start()]      # 会同A等部门及时办理… : the partners end before the adverb
        etc = LONG_PARTNER_LIST_RE.match(t)
        if etc and etc.end() > 60:
            # a list longer than the prefixes below, closed by 等部门 (会同同级A、B、…、N等部门建立…)
            units = self._items(etc.group(0))
            if units:
                return units
        bc = BARE_COLLECTIVE_RE.match(t[:4])
        if bc and t[2:4] == "方面":
            return []       # 会同有关方面拟订… : the sides concerned, no one in particular (…及有关方面)
        if bare and bc and not re.match(r"[和及、与等（]|单位|机构|机关", t[4:]):
            # 会同有关部门健全完善机构编制… : the collective, not a longer 'name' ending in a later 机构
            return [(t[:4], "有关部门" if self.known("有关部门") and "部门" in t[:4] else None)]
        # (a prefix that ends a name first: 县公安部门 of 会同县公安部门查处…, not 县公安部门查处)
        ends = [k for k in range(min(len(t), 60), 1, -1) if _NAME_END_RE.search(t[:k])]
        for k in ends + [k for k in range(min(len(t), 60), 1, -1) if k not in ends]:
            if _WORD_GOES_ON_RE.match(t, k - 1):
                continue    # 会同X实施本办法 : 办 of 办法 ends no name (nor 会 of 会议, 组 of 组织 …)
            if any(ACTS_ON_AFTER_NAME_RE.match(t, j) and _NAME_END_RE.search(t[:j]) and self._items(t[:j])
                   for j in range(3, k - 2)):
                continue    # 会同县农业农村局指导乡（镇）人民政府… : the partner ends before its verb
            if bare and BARE_COLLECTIVE_RE.match(t[:k]) and not re.match(r"和|及|、", t[k:k + 1]):
                return [(t[:k], "有关部门" if self.known("有关部门") and "部门" in t[:k] else None)]
            if DEPTS_AND_UNITS_RE.match(t[:k]):
                continue    # 会同有关部门和单位 : the partners concerned, 有关部门 as before (not the subject's collective)
            units = self._items(t[:k])
            if units:
                if all(re.match(r"^(?:其他|其它|其余)?(?:有关|相关)", compact(n)) for n, _lk in units):
                    return [] if not bare else units
                return units
        return []

    def subject(self, text: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """The units of a subject phrase, after manner words before the verb are set aside."""
        if len(text) > MAX_SUBJECT and not _long_list(text):
            return None
        key = (text, len(self.defs), len(self.together), self.excepted, self.established, self.lower_written)
        if key not in self._memo:
            self._memo[key] = self._glossed(text, self._subject)
        return self._memo[key]

    def subject_as_written(self, text: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """The units of ``text`` when it is wholly a subject, no words set aside."""
        key = ("=" + text, len(self.defs), len(self.together), self.excepted, self.established, self.lower_written)
        if key not in self._memo:
            self._memo[key] = self._glossed(text, self._items) if len(text) >= 2 else None
        return self._memo[key]

    @staticmethod
    def _glossed(text: str, read: Callable[[str], Optional[list]]) -> Optional[list]:
        """``read(text)``, a mirror's pinyin glosses (``各相關（guān）部門``) read as if absent;
        each unit keeps its mention as written, glosses and all, and is looked up without them.
        (A space a page left between a level's bracket and its government, ``县级市(区) 人民政府``,
        is read as absent too.)"""
        if " " in text or "　" in text:     # (the pattern's spaces: no scan of a text without one)
            text = _BRACKET_SPACE_GOV_RE.sub("", text)
        plain = unglossed(text)
        if plain == text:
            return read(text)
        units = read(plain)
        if not units:
            return units
        out = []
        for name, look in units:
            at = glossed_span(text, name)
            written = text[at[0]:at[1]] if at else name
            out.append((written, look or name) if written != name else (name, look))
        return out

    def _subject(self, text: str) -> Optional[list[tuple[str, Optional[str]]]]:
        # (a stray dash a page left before the subject, …的问询，-村民委员会应…: no name opens with it)
        s = STRAY_DASH_RE.sub("", text.strip(" 　"))
        quoted = QUOTE_OPENS_RE.search(s)
        if quoted and not re.search("[”」』\"]", s[quoted.end():]):
            # “住房城乡建设部门负责… / 将第五条修改为：“X负责… : an article quoted (an amendment's new
            # text, each paragraph opening with its quotation mark), the quoted text's own subject
            s = s[quoted.end():]
        if s.startswith("关于"):
            return None     # 关于X落实…方案的通知 (a title): X is the topic, no unit's name opens with 关于
        if ADVISED_RE.match(s):
            return None     # …，建议区委区政府统一领导… / 报请市应急委宣布… : the ones advised or asked, no holder
        advising = ADVISER_BEFORE_ADVISED_RE.match(s)
        if advising and self._subject(advising.group("y")):
            # 由县人大常委会建议县委采取… : the adviser holds it; never a name 常委会建议县委 (an adviser read
            # as no body, a bare 常委会, leaves the clause without a holder)
            return self._subject(advising.group("x"))
        if MAY_HAND_ON_RE.search(s):
            return None     # X可以委托其Y负责… : a permission to hand the work on, no one's duty (nor a name)
        if s.startswith("而") and len(s) > 3:
            s = s[1:]       # …，而X则对…实施监督管理 : the contrast's conjunction, no part of the name
        if GONE_TO_RE.match(s):
            return None     # …，下沉至各镇及职能部门开展… : where the subject before goes, no holder
        formed = MEMBERS_FORM_TEAM_RE.fullmatch(s)
        if formed and (units := self._items(formed.group("l"))):
            # 由A、B等部门组成工作小组，开展… : the team is its members, unnamed: the named members hold
            # what it does (the clause was lost, or read as 'B组成工作专班')
            return units
        if s.startswith(("特别是", "尤其是")) and len(s) > 4:
            s = s[3:]       # …，特别是牵头单位要统筹… : the emphasis before a second subject, no part of its name
        elif s.startswith("尤其") and len(s) > 3:
            s = s[2:]       # 尤其县公安局要… : the same emphasis written without 是 (no name starts with 尤其)
        kind = BODY_KIND_CLAUSE_RE.fullmatch(s)
        if kind and (units := self.subject_as_written(kind.group("x"))):
            # X为县委直属公益一类事业单位，承担… / X作为县政府派出机构，负责… : what kind of body X is,
            # then its work: X (the kind was read as the holder, or the clause as one name)
            return units
        set_up = BELONGS_RE.match(_without_short_def(s)) if "设" in s or "授权的" in s else None
        if set_up and self._items_or_group(set_up.group("x")):
            # X根据需要设立的Y (before 根据… is read as manner)
            # (its short name defined after it, X设立的Y（以下简称Z），负责…: Y, the definition no part of
            # its name; the clause was lost)
            return _at_setter_level(_without_short_def(s)[:set_up.start("x")], self._items_or_group(set_up.group("x")))
        s = MANNER_RE.sub("", s) if MANNER_RE.search(s) else s
        s = _ACTS_FOR_GOV_END_RE.sub("", s)  # 管委会代表市人民政府（行使…）: the body acting, not a name
        learned = LEARNED_AFTER_END_RE.search(s)
        if learned and learned.start() >= 2:
            # 有关部门接到报告后应当… (no comma): the body, as X接到…后，应当… reads it (the regulated
            # side set aside as there: 燃气经营企业接到…后应当…)
            units = self.subject_as_written(s[:learned.start()])
            return units if units and not any(_regulated(compact(n)) for n, _lk in units) else None
        played = SUPPORT_PART_RE.search(s)
        if played and played.start() >= 2 and not s[played.end():].strip(" 　"):
            s = s[:played.start()]          # 我局作为配合部门，将…做好… : the part played set aside
        s = NEXT_STEP_RE.sub("", s)          # 下一步我局将… : when, no part of the name
        field = FIELD_BEFORE_UNIT_RE.match(s)
        if field and (named := self._items(s[field.end():])):
            return named    # 预付式消费领域行业主管部门负责… : the field the text speaks of, no part of the name
        charged = CHARGED_BEFORE_EACH_RE.match(s)
        if charged and (each := self._items(s[charged.end():])):
            return each     # 负责灾害处置的各村、各站所要… : the collectives the charge describes, as written
        if POINT_MUST_RE.match(s):
            return None     # 会议要求，一要…；二要强化部门协同联动 : a point's verb phrase, no subject
        if SELF_REF_RE.match(compact(s)):
            # 我局将… in a reply: the replying unit, as written; a reply that never names itself
            # (no signature, no 承办单位 line) leaves it no one the text names
            # (本局负责… in an agency's own rules, 市环境保护局工作规则: the body its title names)
            own = self.own or _self_is(compact(s), self.title_own)
            return [(s, own)] if own else None
        part = SELF_PART_RE.match(compact(s))
        if part and (own := self.own or _self_is(part.group("me"), self.title_own)):
            # 本局办公室负责… / 本机关各处室按照职责分工负责… : that body's part, looked up under its name
            return [(s, own + part.group("p"))]
        if self.addressee and SECOND_PERSON_RE.match(compact(s)):
            return [(s, self.addressee)]    # 你局应会同… in an approval: the unit it is addressed to
        if self.addressee and SECOND_PERSON_GOVS_RE.match(compact(s)):
            return [(s, None)]              # 你市有关各级政府 : the addressee's place's governments
        whole = WHOLE_AREA_EACH_RE.match(s)
        if whole and (each := self._items(s[whole.end():])):
            # 全市各成员单位 / 全县各乡镇 : the collective within the text's own area, as written
            return [(s[:whole.end()] + each[0][0], each[0][1])] + each[1:]
        s = SEE_NOTE_END_RE.sub("", s)      # X（详见任务分工）要…: a pointer to the list, no name
        role_is = ROLE_IS_BODY_RE.match(compact(s))
        if role_is and (filled := self._items(role_is.group("x"))) \
                and not any(PART_ONLY_RE.fullmatch(compact(n)) for n, _lk in filled):
            # 市级行政许可项目管理机关为市政府法制办公室，负责… / 牵头单位为市财政局，负责… : the body
            # that fills the part, not the part's name (a body named, not another part: 确定一个县直部门
            # 为联系部门 names none)
            return filled
        s = UNDER_LEAD_END_RE.sub("", s)
        s = DUTY_IS_RE.sub("", s)           # 领导小组主要职责是（负责…）: the body before it
        by, _de, body = s.rpartition("的")
        if by and LOWER_SETTER_GOV_RE.match(compact(by)) and (got := self._items(body)):
            # 县级市（区）人民政府确定的排水行政主管部门 : each county-level government's body, as
            # written, looked up at that level (_at_setter_level), not the document's own
            return _at_setter_level(by, got)
        described = DESCRIBED_ORGAN_RE.match(s) or OCCURS_ORGAN_RE.match(s)
        if described and _BARE_DESCRIBED_RE.match(described.group("x")) and _FROM_THE_PUBLIC_RE.match(s):
            # 接到举报的部门应当…, 受理申请的有关部门应当… (a law's usual words): whichever department
            # received it, the departments concerned (a bare 部门 read no unit: the clause was lost); the
            # description left out of the mention, as for 收到举报的行政主管部门
            return [(described.group("x"), "有关部门")]
        if described and not NEVER_IN_NAME_RE.search(described.group("x")):
            s = described.group("x")                    # 收到举报的行政主管部门: 行政主管部门
        below = BELONGS_RE.match(s)
        if below and self._items(below.group("x")):
            return self._items(below.group("x"))      # X所属的Y: Y, the body that does it
        halves = [h for h in re.split(r"和|以及|(?<![涉普以])及", s) if h] if _DESCRIBED_PLACE_RE.search(s) else []
        if len(halves) == 2 and _DESCRIBED_PLACE_RE.search(halves[1]) and not _DESCRIBED_PLACE_RE.search(halves[0]) \
                and (first := self._items(halves[0])) and (second := self._subject(halves[1]) or _lower_described(
                    halves[1], self)):
            # 浉河区人民政府和…保护所涉及的乡（镇）人民政府, 市水利局及星湖所在辖区水利局 : a unit and the
            # bodies described by where a thing lies, each read as alone (the description's place
            # was read as covering both, or neither read)
            return first + second
        where = WHERE_PREFIX_RE.match(s)
        if where and any(self._items(p) for p in re.split("[、和]", where.group(0)) if len(p) >= 2):
            where = None    # 市人民政府、项目所在地的县级人民政府: a unit before the place, no list of places
        if where and HANDED_TO_RE.search(where.group(0)):
            return None
        if where and self._items(s[where.end():]):
            return self._items(s[where.end():])       # 传统村落所在地乡（镇）人民政府: those where it is
        if len(s) < 2 or BARE_COLLECTIVE_RE.match(s) or DEPTS_AND_UNITS_RE.match(s):
            return None     # 由有关部门(和单位)责令… : no one in particular
        bits = s.split()
        if len(bits) > 1 and not all(self._items(b) for b in bits):
            return None     # a page's lines run together (发文机关 日期 标题 …): no subject
        together = CALLED_TOGETHER_RE.match(compact(s))
        named = compact(s)[:together.start("x") - len("（以下统称")] if together else ""
        if together and "或" not in named and self._items(named) is None \
                and not self.known(together.group("x")):
            # 自贸试验区各区域所在地人民政府和开发区管委会（以下统称区域管理机构）: bodies of several
            # governments no name of which reads as a unit, named together: a set where used
            # (区域管理机构应当…), never one government's body (bodies named as alternatives, A或B
            # （以下统称X）, are the role X as written: whichever of them is competent)
            self.together.add(together.group("x"))
        if together and self._items_or_group(together.group("x")):
            # 行业主管部门或法律法规规定的主管部门（以下统称行业主管部门）要… : the bodies by the
            # name the text gives them together (as 功能区管理机构 below)
            return self._items_or_group(together.group("x"))
        called = KINDS_CALLED_RE.search(s)
        if called:
            s = s[:called.start()] + called.group("x") + s[called.end():]
        if s.startswith("各") and (levels := self._each_levels(s[1:])):
            return levels
        return self._items_or_group(s)

    def _each_levels(self, rest: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """各市、县（区）人民政府要… : a subject written once for two levels after 各 (each of the
        cities and each of their counties), its surface segments with 各 kept on the first
        (``各市``, ``县（区）人民政府``, as :func:`_segmented` writes the bare list); None when
        ``rest`` is no such subject."""
        if not LEVELS_RE.match(compact(rest)):
            if not (LEVEL_WORDS_RE.match(compact(rest)) or LEVEL_WORDS_GLOSSED_RE.match(compact(rest))):
                return None
            # 各设区的市、县（市、区）人民政府, 各州、市人民政府, 各市（州）、县（市、区）人民政府: a list of
            # levels read by surface segments (the levels' grammar), 各 kept on the first
            got = self._items(rest)
            if not got or len(got) < 2:
                return None
            return [("各" + got[0][0], got[0][1])] + got[1:]
        got = self._items(rest)
        if not got or len(got) < 2 or any(m != rest for m, _look in got):
            return None
        segs = [(_segment_of(m, look), look) for m, look in got]
        if segs[0][0] == rest:
            return None     # no segment told apart: not an elliptical list
        return [("各" + seg if i == 0 else seg, look) for i, (seg, look) in enumerate(segs)]

    def _items_or_group(self, s: str) -> Optional[list[tuple[str, Optional[str]]]]:
        """:meth:`_items`, else a committee named without its level (安全生产委员会应当…) when it
        is the whole subject (not the end of a longer name: 中共衡水市委机构编制委员会 stays one)."""
        got = self._items(s)
        if not got and self._levelless_group(compact(s)):
            got = [(s.strip(" 　"), None)]
        bare = _without_short_def(compact(s)) if not got else ""
        if bare and bare != compact(s) and self._levelless_group(bare):
            # 医院安全生产管理委员会（简称“医院安委会”，以下同）是…机构 : the committee, its short name
            # defined after it no part of its name (the subject was lost with its definition)
            got = [(bare, None)]
        if not got and bare and self._group_office(bare):
            got = [(s.strip(" 　"), None)]
        return got

    def _group_office(self, n: str) -> bool:
        """``n`` is the office of the levelless committee the text sets up, named by the
        committee's name with 办公室 for its kind (学校成立X校园管理综合治理委员会，委员会下设办公室 …
        校园管理综合治理办公室负责…): the committee's name without its kind ends with the office's."""
        if not n.endswith("办公室") or not self.established:
            return False
        stem = n[:-3]
        group = compact(self.established[0])
        kind = re.search("(?:委员会|领导小组|指挥部)$", group)
        return bool(kind) and len(stem) >= 4 and group[:kind.start()].endswith(stem) \
            and not VERB_START_RE.match(stem) and not DUTY_VERB_IN_RE.search(stem)

    @staticmethod
    def _levelless_group(n: str) -> bool:
        """A committee named without its level (安全生产委员会, 老龄工作委员会), no phrase."""
        return bool(LEVELLESS_GROUP_RE.match(n)) and not VERB_START_RE.match(n) \
            and not NEVER_IN_NAME_RE.search(n) and not DUTY_VERB_IN_RE.search(n) \
            and not _VAGUE_RE.search(n) and not n.startswith(("有关", "相关", "各"))


# (a township's own bodies too, named by its level word in its own texts: 镇综合行政执法办公室, 乡农业服务中心,
# 街道综合执法队)
# (and a township's sections, 街道城管科, 镇综治科: 街道城管科具体负责… in a sub-district's notice; its 所 and
# 站 are read as stations already)
_SPECIFIC_RE = re.compile(r"^(市委|市政府|市|县委|县|区委|区|省委|省|镇(?!街)|乡(?![村镇])|街道(?!办事处$))[\u4e00-\u9fff（）]{1,20}"
                          r"(局|委|办|委员会|办公室|中心|院|联|会|部|厅|处|队)$"
                          r"|^(?:镇|乡|街道)(?!办事处)[\u4e00-\u9fff]{1,8}(?<![外内专学理工])科$")


def _specific(name: str) -> bool:
    """A unit name specific enough to stand alone: level prefix and an organ suffix (used by
    :mod:`kg.extract.enrich.mentions`)."""
    return bool(_SPECIFIC_RE.match(name)) and not name.startswith(("市场", "市政", "县级", "区域", "省级")) \
        and not ACT_AFTER_NAME_RE.search(name)     # 县民宗局联合举办: a bureau and its act


def _role(m: re.Match) -> str:
    k = int(m.lastgroup[1:])
    return PREDICATES[k][1]


def _find(clause: str, mclause: str, subjects: _Subjects):
    """The first (subject units, role, predicate match) of a clause whose text before a
    predicate is wholly a subject; ``由`` inside a clause starts the subject. A clause that is
    wholly a subject has no predicate (国务院机构编制管理机关在国务院领导下: 编制 is in the name)."""
    if not PRED_RE.search(mclause):
        return None     # no predicate: nothing below can find one (the common case; cheap)
    c = compact(clause)
    if "的" in c and CONDITION_RE.search(c):      # (every condition holds 的)
        return None     # 运行维护未由专业经营单位承担的，应…: a condition, the duty comes after
    found = _find_predicate(clause, mclause, subjects)
    # a clause wholly a subject gives None whatever the predicates find; it is asked only when
    # they find something (the same answer: the test of the whole clause, the costliest and
    # almost never true, is left out when nothing would be returned anyway)
    if found is None:
        return None
    units, _role, pm = found
    if units and all(lk is None and compact(n).startswith("各地") for n, lk in units) \
            and pm.group(0) not in MODALS and not STRONG_RE.match(pm.group(0)):
        return None     # 各地采取措施，取得明显成效 : 各地 as written holds a duty only by a modal or 负责
    whole = UNDER_LEAD_END_RE.sub("", clause.strip(" 　"))
    if len(whole) <= 40 and subjects.subject_as_written(whole):
        return None
    return found


def _find_predicate(clause: str, mclause: str, subjects: _Subjects):
    """:func:`_find` without its test that the clause is wholly a subject."""
    # where the clause's last 担任/兼任 starts, found once (searched after every predicate, the
    # rest of the clause made the reading quadratic in a long clause of many predicates)
    post_at = max((pm.start() for pm in POST_FILLED_RE.finditer(mclause)), default=-1)
    for m in PRED_RE.finditer(mclause):
        head = clause[:m.start()]
        if not head.strip(" 　"):
            continue
        if (fu := WILL_FOLLOW_UP_RE.search(compact(head))) and WORK_ON_RE.search(mclause, m.start()) \
                and not SELF_REF_RE.match(compact(head)[:fu.start()]):
            continue        # 督查室将根据方案对…进行督查 : a notice's follow-up, no duty given
        if MANNER_OPEN_END_RE.search(compact(head)) and NEED_END_RE.search(compact(clause[m.end():])):
            continue        # 县人民政府根据应急处理工作的实际需要 : the verb inside the manner's object
        if m.group(0) in RELATIVE_VERBS and mclause[m.end():m.end() + 1] == "的":
            continue        # 区农业局承担的林业管理职责 : a relative clause naming a duty, not a duty given
        if m.group(0) == "发布" and (mclause[m.end():m.end() + 1] in "《〈"
                                      or ISSUED_PAPER_RE.match(compact(clause[m.end():]))) \
                and not ISSUED_MODAL_RE.search(compact(head)):
            # 省委办公厅、省政府办公厅发布《…细则》, 近日，国务院发布关于落实…的意见 : the text's
            # issuance reported, no duty
            continue
        if m.group(0) in ("负责", "主管") and (charge := CHARGE_AFTER_RE.match(mclause[m.end():])) \
                and (PRED_RE.match(mclause, m.end() + charge.end())
                     or CHARGED_DEPT_VERB_RE.match(mclause, m.end() + charge.end())):
            # X人民政府负责药品监督管理的部门负责… / 由X人民政府主管农村能源工作的部门配合Y依法处理 :
            # a department named by its charge
            continue
        if post_at >= m.end():
            return None     # 市政府协调民政工作的办公室副主任担任副召集人 : who fills a post, no duty
        if m.group(0) in MODALS + ("必须",) and not mclause[m.end():].strip(" 　。；;，,"):
            continue        # 第九条 市、区（市）人民政府应 (the excerpt's edge): a modal with no work after it
        if m.group(0) == "主管" and not mclause[m.end():].strip(" 　。；;，,") and "由" not in head:
            continue        # 国家市场监督管理总局主管 (a site's sponsor line, 主办 beside it): no work
        if m.group(0) == "组织" and RULE_KIND_END_RE.match(compact(mclause[m.end():])):
            continue        # 西藏自治区筹备委员会组织简则, 居民委员会组织法 : a rule's title, no act
        if DOCUMENT_TITLE_END_RE.search(compact(mclause)) and not TITLE_HAS_VERB_RE.search(compact(mclause)):
            return None     # 3.市区空气质量监测子站监督管理责任分工表 : an annex's title, no duty given
        units = None
        if "由" not in head and MAY_EMPOWER_RE.search(compact(head)):
            # 市人民政府可以委托区人民政府负责… : a may, no duty of either (read before as one garbled name,
            # 市人民政府可以委托区人民政府, or as the one entrusted: prose n470's 燃气管理机构)
            continue
        if "由" in head:            # 涉及…的事项由市财政局负责
            if re.search(r"(?:可|可以)$", head.rsplit("由", 1)[0]):
                continue            # 可由X组织…: X may, not must
            if head.rsplit("由", 1)[0].endswith("不再"):
                return None         # …职责不再由X承担 : a duty taken away from X, no one's here
            by = head.rsplit("由", 1)[1]
            units = _consulting(by, subjects) or _coordinating(by, subjects) \
                or _reporting_up(by, m.group(0), subjects) or subjects.subject(by)
        elif (bm := BELONGS_TO_RE.search(head)) and m.group(0) in ("负责", "具体负责", "管理", "主管"):
            units = subjects.subject(bm.group("x"))     # …主要归X负责日常监管 : X, as after 由
        if "指定" in head and not units:
            # 由A指定X、Y负责… : the ones designated hold the duty, not who designates them
            units = subjects.subject(head.rsplit("指定", 1)[1])
        if not units and (em := EMPOWERS_RE.match(compact(head))) and subjects.subject(em.group("by")):
            # 市人民政府授权市法制办公室对…进行…，并负责… : the one empowered holds the work (the
            # grant is no duty of its own; 可以委托… is none: MAY_EMPOWER_RE above)
            units = subjects.subject(em.group("x"))
        units = units or subjects.subject(head)
        concerned = CONCERNED_HEAD_RE.fullmatch(compact(head)) \
            if "由" not in head else None
        by_rule = CONCERNED_BY_RULE_RE.fullmatch(compact(head)) \
            if m.group(0) in ("开展", "履行") and "由" not in head else None
        if not units and by_rule:
            # 协商协调期间，相关部门仍按照原职责划分规定开展工作 : the departments concerned go on with
            # their work by the rule named (the manner before the verb, 按照…; a bare 相关部门开展… is not read)
            concerned = by_rule
        if not units and concerned and (by_rule or m.group(0) in ("负责", "具体负责", "牵头负责", "负总责")
                                        or m.group(0) == "配合" or m.group(0) in ("要", "需", "务必", "应当", "应")):
            # …，相关部门负责组织实施 : the departments concerned hold a duty written to them
            # (由有关部门责令… stays no one's: a penalty by whoever is competent); …，相关部门密切
            # 配合 in a chain of clauses each with its holder: they support
            units = [(concerned.group("x"), "有关部门" if subjects.known("有关部门") else None)]
        described = compact(head.rsplit("的", 1)[1]) if "的" in head else ""
        if not units and described and not VERB_START_RE.match(SCOPE_RE.sub("", compact(head))) \
                and (STRONG_RE.match(m.group(0)) or described.startswith("各")
                     or (described == "部门" and m.group(0) in MODALS)):
            # 涉及重点工作的主办单位牵头… / 掌握基础资料的各级各相关部门要… / 全市具有监管职责的
            # 部门要… : the unit after a relative clause (any verb after a 各 collective)
            units = _described(described, subjects)
        if not units and described and DESIGNATED_RE.search(compact(head.rsplit("的", 1)[0])):
            # 自治县人民政府确定的部门（以下简称X）负责… / 其设立的Y（以下简称Z）承担… : the body
            # designated or set up, by its name (the short one when the name is only a kind)
            units = _at_setter_level(head.rsplit("的", 1)[0], _designated(described, subjects))
        if not units and STRONG_RE.match(m.group(0)) and _station(compact(head)):
            # 安监站负责…: a station named without its level, the subject of a duty verb, is a body
            # (加油站应当…, 污水处理站…: a facility, the regulated side or a thing)
            units = [(head.strip(" 　"), None)]
        if not units and "的" not in head and (su := SET_UP_BY_RE.match(compact(head))) \
                and subjects.subject(su.group("by")) and not SET_UP_MATCHING_RE.match(compact(head)):
            # 市人民政府设立示范区管理机构负责… / 自治县人民政府设立X机构（以下简称Y），负责… : the
            # body set up holds what follows, not who sets it up
            units = _set_up_by(su, subjects)
        if not units and (sc := SET_UP_MATCHING_RE.match(compact(head))):
            # 各乡镇、街道成立相应的应急指挥部负责… : the body set up is only "the matching one" (no
            # name of its own), so the ones setting it up hold the work
            units = subjects.subject(sc.group("by"))
        if not units and described and m.group(0) in MODALS \
                and not VERB_START_RE.match(SCOPE_RE.sub("", compact(head))):
            # 还没有帮扶车间的乡镇原则上要… : a generic kind of government body after a
            # description, with a modal (not an actor: the regulated side's obligations)
            got = _described(described, subjects)
            # (行业协会的业务主管部门及登记管理机关应… : the organs in charge of what is named before 的)
            units = got if got and all(unit_type_kind(compact(n)) or OWNERS_CHARGE_ORGAN_RE.match(compact(n))
                                       for n, _lk in got) else None
        if not units and described and m.group(0) in MODALS and WORK_DESCRIBED_RE.match(compact(head)):
            # 承担行政执法工作的市政府部门要… : the departments a description of the work they do
            # names, by the kind after it (a relative clause opening with its verb)
            units = _described(described, subjects)
        if not units and m.group(0) in MODALS + ("必须",) and (due := DUE_BEFORE_SUBJECT_RE.match(compact(head))):
            # …，8月7日前A村、B村要完成… : the due date before the subject, no part of its name (with a
            # modal: a bare step after a date, 3月30日前各X将…报送…, stays as before)
            units = subjects.subject(compact(head)[due.end():])
        if not units and m.group(0) in MODALS + ("必须",):
            units = _maker_files(head, clause[m.start():], subjects)    # X作出的决定应当报Y备案
        if not units and m.group(0) in MODALS + ("必须",) and (of := OBJECT_FIRST_RE.match(compact(head))):
            # 公安部门对未领取牌证的车辆要依法予以查处 (a public body's: 中介机构及其工作人员对…应当予以保密
            # is the regulated side's conduct, as 应当遵守下列规定)
            units = subjects.subject(of.group("s"))
            if units and any(_regulated(compact(n)) for n, _lk in units):
                units = None
        if units and all(OWN_PLACE_ALONE_RE.match(compact(n)) for n, _lk in units) \
                and POLITY_WORDS_RE.match(mclause[m.start():]):
            continue                # 本市鼓励… : the polity's encouragement (as 国家鼓励…), no duty
        if units and any(_place(n, lk) for n, lk in units) \
                and not (m.group(0) in MODALS + ("必须", "务必") or STRONG_RE.match(m.group(0))) \
                and not (all(OWN_PLACE_ALONE_RE.match(compact(n)) for n, _lk in units)
                         and not LEVELS_SYSTEM_RE.search(mclause[m.start():])):
            # 安次区落实就业优先政策: a report of a place, not a duty given; 本市 (the text's own
            # polity, as only its own rules write it) acts in the present of a rule (本市加强公路
            # 管理工作: its government's duty), but a system its levels make up (本市建立市、区（县）、
            # 镇（街道）、村（社区）四级河长体系, 本市实行…) is the frame the next articles fill
            continue
        if units:
            if PAST_RE.search(mclause[m.end():]):
                return None         # 省工信厅指导成立了…: a report of what was done
            role = _role(m)
            if m.group(0) in MODALS:
                # X应当配合… : the verb after the modal gives the role
                after = MANNER_AFTER_RE.sub("", clause[m.end():])
                vm = VERB_AFTER_MODAL_RE.match(after)
                if vm:
                    role = ROLE_AFTER_MODAL[vm.group(0)]
            return units, role, m
    return None


# governments glossed with the zones' bodies standing at their level: 相关区人民政府（开发区、风景区管委会）
# (the governments a level with its kinds in brackets names: 各县（市、区）人民政府（管委会）)
GOV_ZONES_GLOSS_RE = re.compile("^(?P<g>(?:" + HAN + "{0,8}?" + LEVEL_KIND_ALT + "|" + HAN + "{1,12}?)(?:人民政府|政府))（(?P<z>(?:" + HAN + "{1,8}、)*"
                                + HAN + "{0,8}?(?:管委会|管理委员会))）$")
# a subject, then the object its duty acts on (对…), then the modal: 公安部门对…车辆要依法予以查处, X对…的，
# 应当… (defined once: an earlier, looser copy above was rebound by this one at import and never used)
OBJECT_FIRST_RE = re.compile("^(?P<s>" + CLAUSE_CHAR + "{2,30}?)对(?!口|外|内|上|下|照|接|标|比)"
                             + CLAUSE_CHAR + "{2,40}$")
# departments named by the work they do before a modal: 承担行政执法工作的市政府部门(要…)
WORK_DESCRIBED_RE = re.compile("^(?:承担|从事|负责)[^，。；的]{2,20}?工作的(?:[省市州县区])?(?:政府)?"
                               "(?:有关|相关)?(?:职能)?部门$")
# who made a decision must file it: 各级人民政府作出的重大行政处罚决定，应报上一级人民政府备案 ;
# the maker before 作出/制定…的 is the subject when the modal's verb is a report for filing or approval
MADE_BY_RE = re.compile("^(?P<s>" + CLAUSE_CHAR + "{2,30}?)(?:作出|做出|制定|制发|出具|下达|核发)的"
                        + CLAUSE_CHAR + "{2,20}$")
FILE_WITH_RE = re.compile("^(?:应当|应|须|必须)(?:及时|依法)?报" + CLAUSE_CHAR + "{2,30}?"
                          "(?:备案|批准|审批|核准|审查|审核)")


def _consulting(by: str, subjects: "_Subjects") -> Optional[list]:
    """``由X商Y提出…``: X, who consults Y (Y holds nothing); None when no 商 stands between two
    names (市商务局, 协商)."""
    t = compact(by)
    for m in CONSULT_RE.finditer(t):
        if subjects.subject(t[m.end():]) and (units := subjects.subject(t[:m.start()])):
            return units
    return None


# 商 between two names: X consults Y (not 商务, 商业, 商会 …, nor 协商/会商 as one word)
CONSULT_RE = re.compile(r"(?<![协会磋洽])商(?:请|(?![务业会品场户标贸铺贩家城圈超用定议]))")


def _coordinating(by: str, subjects: "_Subjects") -> Optional[list]:
    """``由X统筹协调Y承担…``: X, who coordinates (or organises, directs) Y to do the work; the
    ones coordinated are its objects and hold nothing (the set's rule for 协调/督促 objects). None
    unless names stand on both sides of the verb."""
    m = COORDINATES_RE.match(compact(by))
    if not m or not (subjects.subject(m.group("y")) or CONCERNED_ALONE_RE.fullmatch(m.group("y"))):
        return None
    x = m.group("x")
    return subjects.subject(x) or ([(x, None)] if LOCAL_GOV_RE.fullmatch(x) else None)


def _reporting_up(by: str, verb: str, subjects: "_Subjects") -> Optional[list]:
    """``由X报Y审批``: X, who submits the matter; Y, whose approval the verb names, holds nothing
    here (the set's rule for the bodies reported to). None unless names stand on both sides of 报
    and the verb is an approval's (by-phrases read before as one name, 区科技局报管委会)."""
    if not verb.startswith(APPROVAL_VERBS):
        return None
    m = REPORTS_UP_RE.match(compact(by))
    if not m or not (subjects.subject(m.group("y")) or APPROVING_BODY_RE.fullmatch(m.group("y"))):
        return None
    return subjects.subject(m.group("x"))


# 由X报Y审批 / 由X报请Y批准 : the one submitting, then the one whose approval follows
REPORTS_UP_RE = re.compile("^(?P<x>" + CLAUSE_CHAR + "{2,30}?)(?:报请|报送|上报|报)(?P<y>" + CLAUSE_CHAR + "{2,30})$")
APPROVAL_VERBS = ("审批", "批准", "审定", "核准", "审核", "备案", "审查", "同意")
# …and a body approving named by its kind alone (报管委会审批: a zone's committee, no unit of its own here)
APPROVING_BODY_RE = re.compile(HAN + r"{0,10}?(?:管委会|管理委员会|人民政府|政府|委员会|常委会|领导小组|党委|党组)")


# X统筹协调Y / X组织协调Y / X督促Y : a by-phrase's holder and the ones it moves (由X统筹协调有关部门承担…)
COORDINATES_RE = re.compile("^(?P<x>" + CLAUSE_CHAR + "{2,30}?)(?:统筹协调|组织协调|统筹指导|协调指导|统筹|协调|督促)"
                            "(?P<y>" + CLAUSE_CHAR + "{2,30})$")
# the departments concerned, written alone (有关部门 / 相关单位): a collective as the object of 协调
CONCERNED_ALONE_RE = re.compile(r"(?:各)?(?:有关|相关)(?:职能)?(?:部门|单位)(?:和单位)?")
# the local government a national text names without its level (由地方政府统筹协调…)
LOCAL_GOV_RE = re.compile(r"(?:地方|当地|属地|所在地)(?:各级)?(?:人民)?政府")
# A授权B / A委托B, the one empowered doing the work after it: 市人民政府授权市人民政府法制办公室(对…进行…)
# (受A委托 and 依据授权 name no one before the verb)
EMPOWERS_RE = re.compile("^(?P<by>[^，。；受]{2,20}?)(?<!依据)(?<!根据)(?<!依照)(?:授权|委托)"
                         "(?P<x>[^，。；]{2,30}?)(?:对" + CLAUSE_CHAR + "*)?$")


def _maker_files(head: str, after: str, subjects: "_Subjects"):
    """The maker of a decision, as subject, when what follows the head is its filing with a
    higher body (``None`` otherwise)."""
    mm = MADE_BY_RE.match(compact(head))
    if not mm or not FILE_WITH_RE.match(compact(after)):
        return None
    return subjects.subject(mm.group("s"))


# a subject with its partners, the verb after a comma: 国家安全机关会同宣传主管部门，协调和指导…
JOINT_SUBJECT_RE = re.compile("^(?P<s>" + CLAUSE_CHAR + "{2,40}?)(?:会同|协同)(?P<p>" + CLAUSE_CHAR + "{2,40})$")


def _joint_subject(head: str, subjects: "_Subjects"):
    """(the subject's units, its partners' units) of a clause ``X会同Y`` whose verb comes after a
    comma, or None (the clause would otherwise be read as a list, 会|同 split)."""
    jm = JOINT_SUBJECT_RE.match(compact(head))
    if not jm:
        return None
    own, partners = subjects.subject(jm.group("s")), subjects.subject(jm.group("p"))
    return (own, partners) if own and partners else None


def _place(name: str, lookup: Optional[str]) -> bool:
    """A place named for its government (``三河市`` read as 三河市人民政府; ``本市``, the text's
    own: 本市建立…体系 states the place's system, 本市应当… gives its government a duty)."""
    if OWN_PLACE_ALONE_RE.match(compact(name)):
        return True
    return bool(lookup) and PLACE_NAME_RE.match(compact(name)) is not None \
        and compact(lookup).endswith("人民政府") and bool(load_divisions().lookup(compact(name)))


# the organs in charge of a kind of body, named after it and 的 (行业协会的业务主管部门, 社会组织的登记管理机关)
OWNERS_CHARGE_ORGAN_RE = re.compile(r"^(?:业务)?主管(?:部门|机关)$|^登记管理机关$")


def _described(x: str, subjects: _Subjects) -> Optional[list[tuple[str, Optional[str]]]]:
    """The units after a description (``具有企业监管职责的部门``: the departments concerned)."""
    if x == "部门":
        return [(x, "有关部门")] if subjects.known("有关部门") else None
    return subjects.subject(x)


def _designated(x: str, subjects: _Subjects) -> Optional[list[tuple[str, Optional[str]]]]:
    """The body after ``X确定的`` / ``其设立的``: its name, or the short name it is given when
    the name is only a kind (部门, 机构)."""
    bare = _without_short_def(x)
    dm = DEFINE_RE.search(x)
    if bare in ("部门", "机构", "单位") and dm:
        return subjects.subject_as_written(dm.group("short"))
    if bare in ("部门", "机构", "单位"):
        return None
    got = subjects.subject_as_written(bare)
    if got is None and unitnames.unit_kind(bare) == "institution":
        got = [(bare, None)]        # 司法部设立法律援助中心，指导… : the centre set up, as named
    if got is None and subjects._levelless_group(compact(bare)):
        # 县人民政府设立森林防火指挥部（以下简称县防火指挥部），负责… : a command or committee set up, named
        # without its level (its setter's level is put before it), as X设立的Y reads it (it was lost)
        got = [(bare.strip(" 　"), None)]
    return got


def _at_setter_level(by: str, got: Optional[list[tuple[str, Optional[str]]]]
                     ) -> Optional[list[tuple[str, Optional[str]]]]:
    """``got`` (the body after ``X设立的`` / ``X授权的``) looked up at the level of X where X is the
    document's own level's government (:data:`SETTER_GOV_RE`); else as it is."""
    lower = LOWER_SETTER_GOV_RE.match(compact(by))
    if got and lower:
        # 县级市（区）人民政府确定的排水行政主管部门 (a city's rules): each county-level government's
        # body, named as written and looked up at that level (not the city's own department)
        lv = lower.group("lv")
        return [(compact(by) + "的" + compact(n), ("各" if "（" in lv or len(lv) == 2 else "") + lv + compact(n))
                for n, _lk in got]
    levels = LEVELS_SETTER_GOV_RE.match(compact(by))
    if got and levels:
        # 市、县（市、区）人民政府设立的城市管理综合执法机构 : each level's body, looked up at that level (the
        # county level's as their collective), as 市、县（市、区）X主管部门 is read (only the name was kept,
        # looked up at the document's level alone)
        return [(n, ("各" if "（" in lv else "") + lv + compact(n))
                for lv in split_top(levels.group("levels"), "、和") for n, _lk in got]
    lv = SETTER_GOV_RE.match(compact(by))
    if not got or not lv:
        return got
    return [(n, lk or (lv.group("lv") + compact(n) if not compact(n).startswith(lv.group("lv")) else None))
            for n, lk in got]


def _set_up_by(su: re.Match, subjects: _Subjects) -> Optional[list[tuple[str, Optional[str]]]]:
    """The body of ``X设立Y`` (:data:`SET_UP_BY_RE`), looked up at the level of the government
    setting it up (市人民政府设立示范区管理机构: the city's 示范区管理机构)."""
    got = _designated(su.group("x"), subjects)
    lv = OWN_GOV_SETTER_RE.match(su.group("by"))
    if not got or not lv:
        return got
    return [(n, lk or (lv.group("lv") + compact(n) if not compact(n).startswith(lv.group("lv")) else None))
            for n, lk in got]


# X是…的Y : a subject said to be a kind of organ (执行机关, 行政机关) before the verb's clause
# (作为 and its variant spelling 做为 alike: 县人民武装部做为县人民政府的兵役机关，负责…)
COPULA_FRAME_RE = re.compile("^(?P<s>" + CLAUSE_CHAR + "{2,30}?)(?:同时|也|亦)?(?:是|作为|做为)" + CLAUSE_CHAR + "{1,60}的"
                             + CLAUSE_CHAR + "{0,12}(?:机关|机构)$")

# a part a text names, then the body that fills it (X管理机关为Y，负责… ; 牵头单位为Y): Y
# …a part's name, no body (联系部门, 牵头单位, 责任主体: no level, a short word before the kind)
PART_ONLY_RE = re.compile("(?![省市县区州盟旗乡镇])" + HAN + "{0,4}(?:部门|单位|机构|机关|主体)")
ROLE_IS_BODY_RE = re.compile("^" + HAN + "{2,20}?(?:机关|机构|部门|单位)为(?P<x>" + HAN + "{2,30})$")
# (any copula before a thing said of its subject, X是…的Y: Y is what X is, no holder of its own)
COPULA_ANY_RE = re.compile("^" + CLAUSE_CHAR + "{2,30}?(?:同时|也|亦)?(?:是(?!否)|作为|做为)" + CLAUSE_CHAR + "{1,60}的"
                           + CLAUSE_CHAR + "{1,12}$")
# …，是B机关 : a second thing the subject is said to be, between it and its verb
COPULA_MORE_RE = re.compile("^是" + CLAUSE_CHAR + "{1,60}(?:机关|机构)$")
# X在… : a subject and a setting with no verb, before a clause saying what X is (COPULA_MORE_RE)
SETTING_RE = re.compile("^(?P<s>" + CLAUSE_CHAR + "{2,30}?)在" + CLAUSE_CHAR + "{2,30}$")


# the departments concerned going on by a rule named before their verb (相关部门仍按照原职责划分规定开展工作)
CONCERNED_BY_RULE_RE = re.compile(r"(?P<x>(?:有关|相关)(?:部门|单位))(?:仍|继续)?(?:按照|依照|根据)" + CLAUSE_CHAR + r"{2,20}")
# a public body among the institutions actor_kind names: one named by its charge (海事管理机构,
# 国务院期货监督管理机构) or set up by a government (县级以上人民政府统计机构, 市人民政府森林防火指挥机构)
_PUBLIC_INSTITUTION_RE = re.compile("(?:人民政府|国务院)" + HAN + "{2,16}机构$")


def _regulated(name: str) -> bool:
    """A non-government actor (the regulated side, whose obligations are no duty of a holder); an
    institution named by its charge or by the government it belongs to is a public body."""
    kind = actor_kind(name)
    if kind == "grassroots" and SUPERVISING_COMMITTEE_RE.search(name):
        return False    # 村务监督委员会每次开展工作，都应… : a village's supervisory body, its own work
    return kind is not None and not (kind == "institution" and (_CHARGED_INSTITUTION_RE.search(name)
                                                                or _PUBLIC_INSTITUTION_RE.search(name)))


# a village's bodies that supervise its affairs (村务监督委员会, 村务公开监督小组, 民主理财小组): they watch
# over the village's committee, no regulated side
SUPERVISING_COMMITTEE_RE = re.compile(r"(?:监督委员会|监督小组|理财小组)$")


# how often a subject acts, written between it and the act before a comma and a modal (村务监督委员会每次开展
# 工作，都应认真记录; 县民政局每年检查后，应当…)
FREQUENCY_AFTER_SUBJECT_RE = re.compile(r"(?:每次|每年|每半年|每季度?|每月|每周)(?=" + HAN + ")")


def _act_subject(t: str, subjects: _Subjects) -> Optional[list[tuple[str, Optional[str]]]]:
    """The units of a clause opening with a subject and its act of work or authority
    (``文化主管部门进行…调查``, ``X移送涉嫌犯罪案件``), the duty after a comma; or None."""
    for vm in WORK_BEFORE_MODAL_RE.finditer(t, 2):
        if vm.start() > 30:
            break
        units = subjects.subject_as_written(t[:vm.start()])
        if units:
            return units
    return None


def _acts_on_regulated(name: str, subjects: _Subjects) -> bool:
    """A name read whole that is a subject, an act and the regulated party it is on (``县级以上人民政府
    民政部门调查养老机构``); not a body's own name holding such a verb (国家统计局调查总队, 国务院机构编制
    管理机关: no regulated party after the verb)."""
    if subjects.known(name):
        return False
    for vm in WORK_BEFORE_MODAL_RE.finditer(name, 2):
        if _regulated(name[vm.end():]) and subjects.subject_as_written(name[:vm.start()]):
            return True
    return False


# a sentence ending as it sets one body up and names it for what follows (…，设市人民政府应急管理办公室（以下简称
# 市应急办），同时挂市应急指挥中心牌子。): the body set up, its plate after it
SET_UP_LAST_RE = re.compile(r"(?:^|[，,])(?:下设|设立|设置|设)(?P<y>[^，,。；;、（）]{2,40}?)（(?:以下)?简称[^（）]{1,20}）"
                            r"(?:[，,](?:同时|并)?(?:加挂|挂)[^，,。；;]{2,40}?牌子)?[。！]?$")


def _set_up_last(sentence: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """The one body ``sentence`` (compacted) sets up last and names for what follows
    (:data:`SET_UP_LAST_RE`), which a list headed ``其主要职责是：`` after it is the duties of:
    the body the text has just brought in, not the one that sets it up; None when the sentence
    ends otherwise or the body is no unit."""
    m = SET_UP_LAST_RE.search(sentence)
    if not m:
        return None
    got = subjects.subject_as_written(m.group("y"))
    return got if got and len(got) == 1 else None


def _section_said_organ(name: str) -> Optional[list[tuple[str, Optional[str]]]]:
    """``[(name, None)]`` when ``name``, the subject of a copula saying it is an organ (``X是…的执法
    机构``), is a section's name as a 内设机构 list writes it alone (:data:`SECTION_NAME_RE`:
    ``林业公安科``, ``治安股``); else None. The copula is what makes such a word a unit: alone, 科,
    室 and 组 end many words that are none."""
    sm = SECTION_NAME_RE.match(name)
    if not sm or sm.group("x") != name or NEVER_IN_NAME_RE.search(name) or VERB_START_RE.match(name) \
            or SECTION_VERB_RE.match(name) or PRED_RE.search(name):
        return None
    return [(name, None)]


def _embedded_subject(clause: str, subjects: _Subjects) -> Optional[list[tuple[str, Optional[str]]]]:
    """The units a clause names inside a phrase of time or condition (``X答复代表前10个工作日``,
    ``X增加、删除或修改监管事项的``, ``X在走访过程中``) or after a description (``从事…管理的有关
    部门及其工作人员``, ``开展…较快的三河市、固安县``): the holders of a duty written after a comma
    with a modal. Non-government actors are set aside (the regulated side's obligations)."""
    t = compact(clause)
    if len(t) > MAX_SUBJECT:
        return None
    units = None
    if COPULA_MORE_RE.match(t):
        return None     # …，是B机关 : what a subject written before is said to be, no subject
    if "的" in t and not t.endswith("的"):
        cm = COPULA_FRAME_RE.match(t)
        # 县人民政府是县人民代表大会的执行机关，在…领导下，对…负责 : the subject of 是, not what
        # it is said to be (the 机关 after 的)
        units = subjects.subject_as_written(cm.group("s")) if cm else None
        if cm and not units:
            # 林业公安科是维护林区社会治安的执法机构，受…领导，负责… : a section named alone, said by
            # the text to be an organ (not a subject anywhere else: 科, 室, 组 end many words)
            units = _section_said_organ(cm.group("s"))
        # (…的X after a copula is what its subject is said to be, never a holder: 驾驶员是道路交通安全的
        # 责任主体，必须… has no unit the reader knows, not 责任主体)
        units = units or (None if COPULA_ANY_RE.match(t) else _described(t.rsplit("的", 1)[1], subjects))
    if not units and EMBEDDING_END_RE.search(t) and not VERB_START_RE.match(SCOPE_RE.sub("", t)):
        # (自治县的A、B等部门在编制规划时: the 的 is the subject's own)
        for k in range(min(len(t) - 2, 40), 1, -1):            # X + verb … 前/时/的
            units = subjects.subject_as_written(t[:k])
            if units:
                break
    if not units:
        units = _act_subject(t, subjects)
    fm = FREQUENCY_AFTER_SUBJECT_RE.search(t) if not units else None
    if fm and fm.start() >= 2:
        # X每次开展工作，都应… / X每年检查后，应当… : how often, between the subject and its act
        units = subjects.subject_as_written(t[:fm.start()])
    # (海事管理机构接到举报后，应当…: a public institution holds it, as it does written alone)
    if not units or any(_regulated(compact(n)) for n, _lk in units):
        return None
    return units


def _lower_described(text: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``…保护所涉及的乡（镇）人民政府``: the townships' bodies after the words describing where a
    thing lies, as alone (a collective below the gazetteer; a body of a named level is not read so)."""
    m = re.search(r"(?:所涉及|涉及|所在|所经|流经)的?(?=乡|镇|街道)", text)
    return subjects.subject_as_written(text[m.end():]) if m else None


def _framed_subject(clause: str, subjects: _Subjects) -> Optional[list[tuple[str, Optional[str]]]]:
    """The units a clause opens with before a description, an exception or a condition
    (``X是…``, ``X除…外``, ``X如…``): the holders of the duty in the clause after it. Enterprises
    are set aside (the regulated side's obligations)."""
    t = compact(clause)
    if len(t) > MAX_SUBJECT:
        return None
    cm = COMPOSED_FRAME_RE.match(t)
    for start in ([cm.end("s")] if cm else
                  (m.start() for m in FRAME_RE.finditer(t, 2, min(len(t), 41)))):
        units = subjects.subject_as_written(t[:start])
        if units:
            return None if any(actor_kind(compact(n)) == "enterprise" for n, _lk in units) else units
    return None


def _opens_duty(m: Optional[re.Match]) -> bool:
    """A predicate that opens a duty clause on its own, its subject written before it: a modal
    or a verb of holding (负责, 承担, 牵头 …)."""
    return m is not None and (m.group(0) in MODALS + ("必须",) or STRONG_RE.match(m.group(0)) is not None
                              or m.group(0) in ("承担", "履行") or m.group(0) == "执行")


def _partners(rest: str, subjects: _Subjects,
              held_by: Optional[list] = None) -> list[tuple[str, Optional[str], str]]:
    """``会同B…`` right after the subject's verb: B supports. ``会同同级B、C…`` (the subject's
    ``held_by`` units given): B and C of each level the subject names."""
    pm = PARTNER_RE.match(compact(rest))
    if not pm or JOINT_MANNER_RE.match(compact(rest)):
        return []
    tail = compact(rest)[pm.end():]
    same = SAME_LEVEL_RE.match(tail)
    levels = [lv for lv in (_level_of(n, lk) for n, lk in held_by or []) if lv] if same else []
    if same and levels:
        got = subjects.partner(tail[same.end():], bare=True)
        # (the first keeps 同级 in its mention, as written: 同级建设 of 会同同级建设、水利等部门)
        # (a bare sector the lexicon names at its own level, 公安 -> 市公安局, is each level's)
        return [(same.group(0) + n if k == 0 else n, lv + _without_level(compact(lk or n)), "support")
                for k, (n, lk) in enumerate(got) for lv in dict.fromkeys(levels)
                if not LEVEL_OF_RE.match(compact(n))]
    got = subjects.partner(tail, bare=True)
    place = _named_place_of(held_by) if held_by else None
    if place:
        # 浦东新区卫生健康部门会同农业农村部门: a department named with no level of its own after a
        # named place's department is that place's, as 同级 would say
        return [(n, place + compact(lk or n) if _bare_department(compact(lk or n)) else lk, "support")
                for n, lk in got]
    levels = [lv for lv in (_level_of(n, lk) for n, lk in held_by or []) if lv]
    if levels and any(lv in _OWN_LEVEL_WORDS.get(subjects.level or "", ()) for lv in levels):
        # 省人民政府大数据工作主管部门会同卫生健康、公安等部门 / 公交主管部门（市、县（市）的）会同财政、
        # 审计等有关部门: a department named with no level of its own, after a subject at the
        # document's own level, is at each level the subject names, as 同级 would say (the
        # province's; the city's and the counties'); after a lower level's alone (区教育行政部门
        # 会同财政部门 in a municipality's text) it stays the text's own bare name
        return [(n, lv + compact(lk or n), "support") if _bare_department(compact(lk or n))
                else (n, lk, "support")
                for n, lk in got for lv in (dict.fromkeys(levels) if _bare_department(compact(lk or n))
                                            else (None,))]
    return [(n, lk, "support") for n, lk in got]


#: the level words a document of each level writes for its own level (省 in a province's text, 市
#: in a municipality's or a city's, 县 or 自治县 in a county's)
_OWN_LEVEL_WORDS = {"province": ("省", "自治区", "市"), "prefecture": ("市", "州", "自治州", "盟"),
                    "county": ("县", "自治县", "旗", "区", "市")}


def _named_place_of(held_by: list) -> Optional[str]:
    """The place of the gazetteer every unit of a subject is named with (浦东新区 of
    浦东新区卫生健康部门), or None (a level word, 市X, or none: the document's own)."""
    places = set()
    for n, lk in held_by:
        x = compact(lk or n)
        hit = load_divisions().read_prefix(x, None)
        if hit is None or not x[:hit[1]].endswith(hit[0].name) or len(x) - hit[1] < 4 \
                or not x.endswith("部门"):
            return None
        places.add(x[:hit[1]])
    return places.pop() if len(places) == 1 else None


def _bare_department(x: str) -> bool:
    """A department named by its field alone (农业农村部门): no level, place, relation or set."""
    return x.endswith("部门") and len(x) >= 4 and not re.match("^[省市县区州]" + _NOT_A_LEVEL, x) \
        and not x.startswith(("有关", "相关", "其他", "其它", "各", "同级", "上级", "本级")) \
        and not _UTILITY_RE.match(x) and load_divisions().read_prefix(x, None) is None


def _without_level(name: str) -> str:
    """``name`` without the level it opens with (市公安局 -> 公安局), as :func:`_level_of` reads it."""
    lm = LEVEL_OF_RE.match(name)
    return name[lm.end():] if lm and len(name) > lm.end() + 1 else name


def _level_of(name: str, lookup: Optional[str]) -> Optional[str]:
    """The level a subject's body is written at (市 of 市信息化主管部门, 各县（区） of
    各县（区）城市绿化主管部门, 县级以上人民政府 of 县级以上人民政府卫生健康主管部门), or None."""
    x = compact(lookup or name)
    lm = LEVEL_OF_RE.match(x)
    return lm.group("lv") if lm and len(x) > lm.end() + 1 else None


class _ClauseFinds:
    """:func:`_find` of a segment's clauses, each read once for a state of the places set aside
    (``except_places``, the one state of the subjects that changes inside a segment): a clause's
    own reading and the look-ahead from the clause before it (:func:`_verb_may_follow`) ask the
    same. A clause without a predicate is None at once (``_find``'s first test), told by the
    search that ``_segment_runs`` makes of every clause anyway."""

    def __init__(self, text: str, mask: str, clauses: list[tuple[int, int]], subjects: _Subjects):
        self.text, self.mask, self.clauses, self.subjects = text, mask, clauses, subjects
        self.preds = [PRED_RE.search(mask[a:b]) is not None for a, b in clauses]
        self._got: dict[tuple, Optional[tuple]] = {}

    def __call__(self, j: int):
        key = (j, self.subjects.excepted)
        if key not in self._got:
            a, b = self.clauses[j]
            found = _find(self.text[a:b], self.mask[a:b], self.subjects) if self.preds[j] else None
            if found and found[2].group(0) in MODALS and j + 1 < len(self.clauses):
                found = self._role_after_setting(j, found)
            self._got[key] = found
        return self._got[key]

    def _role_after_setting(self, j: int, found: tuple) -> tuple:
        """X应当在Y的指导下，协助做好… : the modal's verb after the setting's comma gives the role
        (assist), as with no comma (X应当协助…)."""
        units, role, m = found
        a, b = self.clauses[j]
        after = re.sub(r"[，,\s　]+$", "", MANNER_AFTER_RE.sub("", self.text[a + m.end():b]))
        if not after or not UNDER_LEAD_OPEN_RE.match(after):
            return found
        na, nb = self.clauses[j + 1]
        vm = VERB_AFTER_MODAL_RE.match(MANNER_AFTER_RE.sub("", self.text[na:nb].lstrip("，, 　")))
        return (units, ROLE_AFTER_MODAL[vm.group(0)], m) if vm else found


def _described_actor_before_comma(clause: str, text: str, mask: str, clauses: list[tuple[int, int]], k: int,
                                  subjects: _Subjects) -> Optional[list[tuple[str, Optional[str]]]]:
    """``受托为物业小区提供物业服务的物业服务人，应依据…，负责…``: an actor after a relative clause
    opening with its verb, closed by a comma, holds a verb of charge (负责, 牵头…) in the clauses of
    its sentence after it, as it does with no comma (``提供物业服务的物业服务人负责…``); not a mere
    modal (``从事…的企业，应当…``: the regulated side's rules, as without the comma)."""
    c = compact(clause)
    if "的" not in c:
        return None
    rel, described = c.rsplit("的", 1)
    if not described or actor_kind(described) is None or len(rel) < 2 or "是" in rel:
        return None     # (县办医院是政府举办的公立医院，负责… : what the subject is, read as before)
    for a, b in clauses[k + 1:k + 4]:
        pm = PRED_RE.search(mask[a:b])
        if pm and STRONG_RE.match(pm.group(0)):
            return _described(described, subjects)
        if re.search("[。；;]", text[a:b + 1]):
            break
    return None


def _condition_before_subject(clause: str, k: int, find: "_ClauseFinds") -> bool:
    """Clause k is a condition (``…的``) and the clause after it names its own holder before its
    verb (``各单位对决定有异议的，市政府应当组织复核``): the condition's subject holds nothing
    (``X对…的，应当…``, the verb's clause opening with it, keeps X)."""
    if not compact(clause).endswith("的") or k + 1 >= len(find.clauses):
        return False
    got = find(k + 1)
    return bool(got and got[0] and got[2].start() > 0)


def _verb_may_follow(text: str, mask: str, clauses: list[tuple[int, int]], k: int,
                     subjects: _Subjects, find: _ClauseFinds) -> bool:
    """Whether the clauses after clause k can give a subject read from clause k its verb, as
    :func:`_segment_runs`' loop over them reads them for *any* subject found (its steps depend on
    the subject only through ``embedded``, so both ways are followed). False only when every
    step of that loop would stop at clause k+1 with no duty: the subject of clause k, ~99 % of
    whose readings find none, need not be read. Conservative where a step would go on (an
    object or a manner clause): True. What it asks (``_find`` and ``subject`` of clause k+1)
    is what that loop asks first, in the same state, and mostly what clause k+1's own reading
    asks next (memoised)."""
    if k + 1 >= len(clauses):
        return False
    nxt, mnxt = text[slice(*clauses[k + 1])], mask[slice(*clauses[k + 1])]
    if PRED_RE.match(mnxt):
        return True                                     # a subject read whole
    lm = LEAD_MANNER_RE.match(mnxt)
    if lm and PRED_RE.match(mnxt, lm.end()):
        return True
    um = UNDER_LEAD_START_RE.match(mnxt)
    if um and PRED_RE.match(mnxt, um.end()):
        return True                                     # X，在Y领导下履行…
    om = OWN_DUTIES_OPEN_RE.match(mnxt) or TO_WHOM_OPEN_RE.match(mnxt)
    if om and PRED_RE.match(mnxt, om.end()):
        return True
    pe = PRED_RE.match(mnxt, CONNECTIVE_RE.match(mnxt).end())
    if pe and _opens_duty(pe):
        return True                                     # a subject embedded in a clause
    if compact(nxt).startswith("对") or (MANNER_RE.fullmatch(compact(nxt)) and not PAST_RE.search(nxt)) \
            or COPULA_MORE_RE.match(compact(nxt)):
        return True                                     # the loop goes on past it: not followed
    more = find(k + 1)
    if more and more[2].start() > 0:
        return True
    return subjects.subject(nxt) is not None            # a list of subjects goes on: not followed


def _segment_runs(text: str, mask: str, clauses: list[tuple[int, int]], subjects: _Subjects,
                  carried: Optional[list], article_on: bool = False, held_part: bool = False) -> list[_Run]:
    """The runs of one ``；``-segment's clauses, each with its holders; ``carried``, the holders
    going on from before, hold the opening clauses where those go on with them (``article_on``: a
    sentence of an article going on with its subject, _article_goes_on, whatever its opening;
    ``held_part``: ``carried`` are the holders of the ``；``-part before, in the same sentence)."""
    runs: list[_Run] = []
    # pred_after[k]: some clause after k has a predicate. A subject split from its verb by
    # commas needs one; without it the subject is not worth reading (most clauses)
    find = _ClauseFinds(text, mask, clauses, subjects)
    pred_after = [False] * (len(clauses) + 1)
    for n in range(len(clauses) - 1, 0, -1):
        pred_after[n - 1] = pred_after[n] or find.preds[n]
    k = 0
    # the last clause of a pattern of work being formed (形成A统一负责…，B牵头、C分工协作，…的工作格局):
    # the clauses from 形成 to it describe the pattern, no one's duty
    pattern_upto = -1
    system = False      # inside 实行A统一领导，B分工负责 : a system of who leads, no duty
    system_holders: Optional[list] = None   # X对…实行…制度 : X, written before 实行
    while k < len(clauses):
        a, b = clauses[k]
        clause = text[a:b]
        subjects.except_places(text[slice(*clauses[k - 1])] if k else None)
        found = find(k)
        body = _system_body(clause, text[slice(*clauses[k + 1])], subjects) if k == 0 and len(clauses) > 1 else None
        if body:
            # 本市建立X联席会议制度，协调解决… : the body the system sets up holds the duty after it,
            # not the one setting it up (设立X指挥部，统一领导…); a 建立 after its setter's modal duty
            # (X应当加强…，建立X协调会议制度，统筹…) stays the setter's
            found = (body, "responsible", re.match("", clause))
        if not found and k + 1 < len(clauses):
            found = _approved_proposer(clause, text[slice(*clauses[k + 1])], subjects)
        taken = TAKEN_AWAY_RE.fullmatch(compact(clause).rstrip("，,")) if not found and k + 1 < len(clauses) else None
        if taken and TURNED_TO_RE.match(compact(text[slice(*clauses[k + 1])])):
            # X不再负责A，转而负责B / 转而聚焦B : the duty X keeps (the run was lost with its negated opening)
            kept = subjects.subject(taken.group("s"))
            if kept:
                found = (kept, "responsible", re.match("", clause))
        if not found and k + 1 < len(clauses) and MEMBERS_FORM_TEAM_RE.fullmatch(compact(clause).rstrip("，,")):
            # 由A、B等部门组成工作小组，下沉至…开展… : the team's members hold the work after it
            team = subjects.subject(compact(clause).rstrip("，,"))
            if team:
                found = (team, "responsible", re.match("", clause))
        close_re = PATTERN_CLOSE_RE if PATTERN_OPEN_RE.match(compact(clause)) \
            else KEPT_SYSTEM_CLOSE_RE if KEPT_SYSTEM_OPEN_RE.match(compact(clause)) else None
        if k > pattern_upto and close_re and not close_re.search(compact(clause)):
            for j in range(k + 1, len(clauses)):
                later = compact(text[slice(*clauses[j])])
                if close_re.search(later):
                    pattern_upto = j
                    break
                if "。" in later:
                    break
        if found and k <= pattern_upto:
            found = None    # …，食品药品监管部门牵头、相关部门分工协作，…的工作格局 : the pattern formed
        if system and not found and WHEN_CLAUSE_RE.fullmatch(compact(clause)):
            system = False  # 实行…负责制，森林火灾发生后，各级政府…开展工作 : a new statement, timed
        if found and SYSTEM_OPEN_RE.search(clause[:found[2].start()]):
            found, system = None, True      # 城市管理实行县人民政府统一领导 : the system it sets
        elif not found and system_holders and STRONG_RE.match(compact(clause)) \
                and compact(clause).startswith("对"):
            # …，对本行政区域内的…工作负领导责任 : the system's holder answers for the work
            found = (system_holders, "responsible", re.match("", clause))
            system_holders = None
        elif not found and SYSTEM_OPEN_RE.search(clause):
            system = True                   # 实行…行政首长负责制，统一指挥，分级分部门负责 : a system too
            sm = SYSTEM_SUBJECT_RE.match(compact(clause)) if not runs else None
            # X对…工作实行“一岗双责”制度，对…负…责任 : X, the subject of the system it keeps
            system_holders = subjects.subject(sm.group("s")) if sm else None
        elif found and system and (not compact(clause[found[2].end():])
                                   or BARE_WORK_RE.fullmatch(compact(clause[found[2].start():]).rstrip("。；;"))):
            # …，职能部门分工负责 / …领导体系，各科室在分管局长的领导下开展工作 : the system's
            # next part (work with no object of its own)
            found = None
        if found and k and NEWS_LEAD_RE.fullmatch(compact(text[clauses[0][0]:clauses[k - 1][1]])) \
                and MEETING_HELD_RE.match(compact(clause[found[2].start():])):
            found = None    # 5月15日，县发改局组织召开…推进会 : a news item's report of a meeting held
        duties: list[tuple[str, Optional[str], str]] = []
        span = 1
        if found and found[2].group(0) in MODALS + ("应该", "必须") \
                and all(actor_kind(compact(n)) == "enterprise" for n, _lk in found[0]) \
                and APPLICANT_RE.search("，".join([clause[found[2].end():]]
                                                 + [text[slice(*c)] for c in clauses[k + 1:k + 4]])):
            found = None    # 建设单位应当…向…部门申请… : an applicant's obligation, not a duty
        if found and found[2].group(0) not in MODALS + ("必须", "务必") \
                and PAST_RE.search(mask[a + found[2].end():clauses[-1][1]]):
            found = None    # X牵头围绕…，深入…调研了… : a report of what was done, not a duty
        if found and FORMER_HOLDER_RE.match(compact(clause)):
            found = None    # 原由县林业局承担的…职责，划入… : the duties a body held before, named to be moved
        if found:
            units, role, m = found
            rest = clause[m.end():]
            if role == "lead" and re.match(r"^[，]?负责", rest):
                role = "lead"
            duties = [(n, lk, role) for n, lk in units]
            if m.group(0) in ("会同", "协同"):
                # A会同B… : A is responsible, B supports
                duties += _partners(clause[m.start():], subjects, units)
            else:
                duties += _partners(rest, subjects, units)
            if m.group(0) == "协助" and (helped := HELPED_HOLDS_RE.match(compact(rest))):
                # 民宗部门协助城市管理等有关部门负责… : the one helped is written holding the duty
                duties += [(n, lk, "responsible") for n, lk in subjects.subject(helped.group("y")) or []]
        else:
            # 将…职责划归X ; 由X共同协商管理
            merged = MERGED_INTO_RE.match(compact(clause)) \
                if k and MERGED_RE.search(compact(text[slice(*clauses[k - 1])])) else None
            duties = [(n, lk, "responsible") for n, lk in (_moved(clause, subjects)
                                                          or _moved_on(clause, text, clauses, k, subjects)
                                                          or _anaphor(clause, text, clauses, k, subjects)
                                                          or _by(clause, subjects,
                                                                 point=k == 0 or SEGMENT_NO_RE.match(clause) is not None
                                                                 or (k == 1 and MEETING_CHARGE_RE.fullmatch(
                                                                     compact(text[slice(*clauses[0])])) is not None))
                                                          or _led_set_up(clause, subjects)
                                                          or _as_subject(clause, subjects)
                                                          or _required(clause, subjects)
                                                          or _transferred(clause, subjects)
                                                          or _put_under(clause, subjects)
                                                          or (_organ(merged.group("x"), subjects) if merged else None)
                                                          or [])] if not FORMER_HOLDER_RE.match(compact(clause)) else []
            om = OFFICE_RE.search(_without_short_def(clause)) if not duties else None
            if not om and not duties and k and compact(text[slice(*clauses[k - 1])]).endswith("办公室"):
                om = OFFICE_AFTER_RE.match(compact(clause))     # X下设办公室，设在Y，…
            if om:
                # 领导小组办公室设在市统计局（，负责…）: the host runs the office's work, a
                # fact of the group (via "group"); the duty written after it is the office's
                units = subjects.subject(om.group("unit"))
                if units:
                    duties = [(n, lk, HOST) for n, lk in units]
                # …，主要负责… : so does the office itself
                office = _office(text, clauses, k) or _own_office(clause, text, clauses, k)
                # (A办公室和B办公室设在Y，… : two offices sharing one host, each the duty's)
                for office in (_offices_joined(clause) or [office]) if office else []:
                    # (县普查领导小组办公室 of a group defined by its short name: the full name's office)
                    duties.append((office, subjects.defined_part(office), "responsible"))
            # (the clause after a 下设…组 or a setting, 在乡镇政府领导下 / 接受…的业务指导: 设立X，在Y领导下，负责…)
            nxt = k + 1
            # (成立X，其组员从…中选举产生，任期…，其职责是… : how the body is made up, BODY_MADE_UP_RE)
            while nxt + 1 < len(clauses) and (UNDER_IT_RE.match(compact(text[slice(*clauses[nxt])]))
                                              or UNDER_LEAD_OPEN_RE.match(compact(text[slice(*clauses[nxt])]))
                                              or BODY_MADE_UP_RE.match(compact(text[slice(*clauses[nxt])]))):
                nxt += 1
            after = compact(text[slice(*clauses[nxt])]) if nxt < len(clauses) else ""
            if not duties and after and (OFFICE_DUTY_RE.match(after) or COMMAND_DUTY_RE.match(after)):
                # 成立X领导小组，负责… : the body set up holds the duty after it (设立X指挥部，指挥…)
                em = ESTABLISH_RE.search(compact(clause)) or SET_UP_SOMEWHERE_RE.search(compact(clause))
                # (相应成立X指挥部及其办公室，负责指挥… : the command, its office set up with it)
                x = WITH_ITS_OFFICE_RE.sub("", em.group("x")) if em else ""
                # (同时设立公共财政所，负责… : an organ set up, as a group is, when 负责 opens its duty; a
                # plan's 成立X中心，承担… describes a body to come)
                named = _organ(x, subjects) \
                    if em and compact(clause).endswith(em.group("x")) \
                    and (GROUP_NAME_RE.search(x) or SET_UP_ORGAN_RE.match(x)
                         and (after.startswith("负责") or DUTIES_ARE_RE.match(after))) else None
                if named:
                    duties = [(n, lk, "responsible") for n, lk in named]
                mm = MEMBERS_THEN_GROUP_RE.search(compact(clause)) if not duties and not em else None
                if mm and any(ESTABLISH_RE.search(compact(text[slice(*clauses[j])]))
                              for j in range(max(0, k - 3), k)) \
                        and not re.search("[。；;]", text[clauses[max(0, k - 3)][0]:clauses[k][0]]):
                    # 成立A任组长，B、C负责人为成员的X领导小组，负责… : the group, its posts described
                    # before its name across the sentence's commas
                    duties = [(n, lk, "responsible") for n, lk in (_organ(mm.group("x"), subjects) or [])]
                # (第三条 X（以下简称A）下设办事机构Y（以下简称B），承担A日常工作 : the article's number
                # and the short names defined aside)
                su = SET_UP_BY_RE.match(compact(_without_short_def(MARKER_RE.sub("", clause.strip(" 　"))))) \
                    if not duties else None
                if su and subjects.subject(su.group("by")):
                    # 自治县人民政府设立X机构（以下简称Y），负责… : the body set up, as without the comma
                    duties = [(n, lk, "responsible") for n, lk in (_set_up_by(su, subjects) or [])]
            if not duties and pred_after[k] and _verb_may_follow(text, mask, clauses, k, subjects, find) \
                    and not _condition_before_subject(clause, k, find) \
                    and not (k + 1 < len(clauses) and BY_NEXT_CLAUSE_RE.match(compact(text[slice(*clauses[k + 1])]))):
                # a subject split from its verb by commas: 卫生健康部门在政府的领导下，牵头编制… ;
                # 由市委组织部、宣传部，市发改委、教育局等单位分工负责
                head = clause.rsplit("由", 1)[1] if "由" in clause else clause
                partners = _joint_subject(head, subjects)
                units = partners[0] if partners else subjects.subject(head) or subjects.subject(clause)
                if units and len(units) == 1 and not partners and _acts_on_regulated(compact(units[0][0]), subjects):
                    # X调查养老机构，应当… : a subject and its act on a regulated party read as one name
                    # (…机构); the subject, read below as one inside a clause before the modal
                    units = None
                if not units:
                    units = _described_actor_before_comma(clause, text, mask, clauses, k, subjects)
                hm = SUBJECT_MANNER_RE.match(compact(clause)) if not units else None
                if hm:      # 县有关部门依据有关法律和各自职责，承担… : the manner after the subject
                    units = subjects.subject(hm.group("s"))
                if not units and k + 1 < len(clauses):
                    # X作出的决定，应报Y备案 : the maker files what it made
                    units = _maker_files(clause, text[slice(*clauses[k + 1])], subjects)
                tm = OBJECT_FIRST_RE.match(compact(clause)) if not units else None
                if tm:      # 市财政局对符合条件的项目，要及时拨付资金: the object before the verb
                    units = subjects.subject(tm.group("s"))
                # 各主办单位答复代表前10个工作日，需… / 开展…较快的三河市、固安县，要… : a subject
                # inside a clause of time, condition or description, when a modal opens the duty
                embedded = not units
                units = units or _embedded_subject(clause, subjects)
                if not units and k + 1 < len(clauses) and COPULA_MORE_RE.match(compact(text[slice(*clauses[k + 1])])):
                    # X在…（期间），是…领导机关，执行… : a setting after the subject, what X is after it
                    sm = SETTING_RE.match(compact(clause))
                    units = subjects.subject_as_written(sm.group("s")) if sm else None
                if not units and k + 1 < len(clauses):
                    nm = mask[slice(*clauses[k + 1])]
                    if _opens_duty(PRED_RE.match(nm, CONNECTIVE_RE.match(nm).end())):
                        units = _framed_subject(clause, subjects)
                j = k + 1
                while units and j < len(clauses):
                    nxt, mnxt = text[slice(*clauses[j])], mask[slice(*clauses[j])]
                    pm = PRED_RE.match(mnxt, CONNECTIVE_RE.match(mnxt).end() if embedded else 0)
                    if not pm and not embedded and LEAD_MANNER_RE.match(mnxt):
                        pm = PRED_RE.match(mnxt, LEAD_MANNER_RE.match(mnxt).end())
                    if not pm and not embedded and UNDER_LEAD_START_RE.match(mnxt):
                        # X，在Y领导下履行… : the setting opening the verb's clause after a comma
                        pm = PRED_RE.match(mnxt, UNDER_LEAD_START_RE.match(mnxt).end())
                    if not pm and not embedded and TO_WHOM_OPEN_RE.match(mnxt):
                        # X受Y委托，向Z汇报…工作 : whom X reports to, opening the verb's clause
                        pm = PRED_RE.match(mnxt, TO_WHOM_OPEN_RE.match(mnxt).end())
                    if not pm and not embedded and OWN_DUTIES_OPEN_RE.match(mnxt):
                        # A、B等部门，按照各自职责协同实施… : the manner opening the verb's clause
                        pm = PRED_RE.match(mnxt, OWN_DUTIES_OPEN_RE.match(mnxt).end())
                    if pm and embedded and not _opens_duty(pm):
                        if COPULA_MORE_RE.match(compact(nxt)):
                            j += 1  # X在…期间，是…领导机关，执行… : what X is, before its verb
                            continue
                        break
                    if pm:
                        role = _role(pm)
                        vm = VERB_AFTER_MODAL_RE.match(MANNER_AFTER_RE.sub("", nxt[pm.end():])) \
                            if pm.group(0) in MODALS else None
                        if vm:
                            role = ROLE_AFTER_MODAL[vm.group(0)]     # X…，还应当协助…
                        duties = [(n, lk, role) for n, lk in units]
                        if partners:        # X会同Y，协调… : Y works with X (as X会同Y协调…)
                            duties += [(n, lk, "support") for n, lk in partners[1]]
                        span = j - k + 1
                        break
                    if compact(nxt).startswith("对"):
                        j += 1      # X，对在工作中获悉的信息，应当予以保密: the object between
                        continue
                    if COPULA_MORE_RE.match(compact(nxt)):
                        j += 1      # X是A机关，是B机关，在…领导下，对…负责 : what X is, again
                        continue
                    if MANNER_RE.fullmatch(compact(nxt)) and not PAST_RE.search(nxt):
                        j += 1      # A、B等部门，按照各自职责，共同做好… : the manner between
                        continue
                    if SETS_UP_OPEN_RE.match(compact(nxt)):
                        break   # X根据…，决定成立Y，负责… : X sets Y up; the duty after it is Y's
                    more = find(j)
                    if more and more[2].start() > 0:
                        # (a clause of condition or time naming X before a clause with a subject of its own,
                        # X…有异议的，Y应当… : Y's duty alone, X no holder)
                        # (so too when the clause, read as X对…, ends as a condition ends: 各单位对决定有异议的，
                        # 市政府应当组织复核 gave 各单位 too)
                        units = more[0] if embedded or compact(clause).endswith("的") else units + more[0]
                        duties = [(n, lk, more[1]) for n, lk in units]
                        # (…发生分歧的，由Y会同Z协调解决 : Z supports, as without the clause before)
                        mv = more[2]
                        duties += _partners(nxt[mv.start():] if mv.group(0) in ("会同", "协同")
                                            else nxt[mv.end():], subjects, more[0])
                        span = j - k + 1
                        break
                    extra = subjects.subject(nxt)
                    if not extra:
                        break
                    units = units + extra
                    j += 1
        if not duties and runs and OFFICE_DUTY_RE.match(compact(clause)) \
                and not SETTER_OWN_SCOPE_RE.search(compact(text[clauses[k][0]:clauses[-1][1]])):
            # X应当设立Y，负责… : the body set up holds the duty after it (a pivot), unless
            # the clause before already gave Y itself the duty (成立Y领导小组，负责…), or the duty
            # speaks of the setter's own scope (水利等部门建立工作站，负责本行业…和本部门…: the departments')
            # (设立X，在Y领导下，接受Z的业务指导，承担… : the settings between the body and its duty)
            setter = k - 1
            # (成立X，其组员从…中选举产生，任期…，其职责是… : how the body is made up, between it and its duty)
            while setter > 0 and (UNDER_LEAD_OPEN_RE.match(compact(text[slice(*clauses[setter])]))
                                  or BODY_MADE_UP_RE.match(compact(text[slice(*clauses[setter])]))):
                setter -= 1
            pm = PIVOT_RE.search(compact(text[slice(*clauses[setter])]))
            if pm and not NEVER_IN_NAME_RE.search(pm.group("x")):
                x = WITH_ITS_OFFICE_RE.sub("", pm.group("x"))
                x = re.sub(r"^(?:必要的|相应的|专门的)", "", x)    # 设立必要的职能机构，负责… : the body, not its need
                named = _organ(x, subjects) or ([(x, None)] if SET_UP_ORGAN_RE.match(x) else None)
                if named and {n for n, _lk in named} != {n for n, _lk, _r in runs[-1].duties}:
                    duties = [(n, lk, "responsible") for n, lk in named]
        if duties:
            runs.append(_Run(k, k + span, tuple(duties)))
            k += span
            continue
        if runs:
            # later clauses belong to the last subject's duty; a partner clause adds supporters
            last = runs[-1]
            extra = []
            # (…，要会同Y加强… : the modal of the subject's duty again before its partners, as 并会同)
            cm = re.match(r"^(?:并)?(会同|配合|协助|协同|联合)|^(?:并|同时|还)?(?:要|应当|应|须|必须)(会同|协同|联合)",
                          compact(clause))
            if cm and (cm.group(1) or cm.group(2)) in ("会同", "协同", "联合"):
                units = subjects.partner(compact(clause)[cm.end():], bare=True)
                extra = [(n, lk, "support") for n, lk in units]
            # (…，协助B查处… / …，配合B做好… : B is the one helped, who holds that work; the
            # last subject is the helper, and B no partner of its duty: no holder, as both
            # tests/govs/prose and tests/govs/units-dlc label the body assisted)
            pm = PARTICIPANTS_RE.match(compact(clause)) if not cm else None
            if pm:
                # X牵头制定…，A、B等有关部门参加 : the participants join the duty (参加 as 参与)
                extra = [(n, lk, "support") for n, lk in subjects.subject(pm.group("x")) or []]
            if not cm and not pm:
                extra = list(_joined_holders(clause, subjects))     # 由X负责…，并与Y一起负责…
            runs[-1] = _Run(last.first, k + 1, last.duties + tuple(extra))
        k += 1
    opening = compact("，".join(text[a:b] for a, b in clauses[:2]))
    # (a later clause's own holder leaves the opening clauses to the carried one: …；会同B分析…，
    # 提出…，由各有关部门落实 : the carried holder and B analyse, the 各有关部门 carry it out)
    upto = runs[0].first if runs else len(clauses)
    before = compact(text[:clauses[0][0]])
    m = (CONTINUE_RE.match(opening) or GO_ON_RE.match(opening) or GO_ON_AND_VERB_RE.match(opening)
         or CONDITION_SEGMENT_GOES_ON_RE.match(opening)
         or MANNER_CONDITION_GOES_ON_RE.match(compact("，".join(text[a:b] for a, b in clauses[:3])))
         or (CHARGE_CONTINUE_RE.match(opening) if CHARGE_BEFORE_RE.search(before)
             and not PLAN_MODAL_BEFORE_RE.search(before) else None)
         or ((_opens_sentence(text, clauses[0][0]) or held_part) and BARE_GO_ON_RE.match(opening))
         or OBJECT_GOES_ON_RE.match(opening) or WHEN_GOES_ON_RE.match(opening)
         or CASE_TOPIC_GOES_ON_RE.match(opening)
         or UNDER_LEAD_OPEN_RE.match(compact(text[slice(*clauses[0])]))
         or (_ANY_OPENING_RE.match(opening) if article_on else None)) \
        if carried and upto > 0 and not OTHER_DUTIES_ITEM_RE.match(opening) else None
    if m and runs:
        # (the later runs only help, 县住建局：牵头负责…，县生态环境局配合 : the carried holder keeps
        # the role frame they join)
        helpers = all(r in ("support", "assist") for run in runs for _n, _lk, r in run.duties)
        m = CONTINUE_RE.match(opening) if PARTNER_RE.match(opening) or helpers else None
    if m:
        role = "lead" if "牵头" in m.group(0) else "support" if "配合" in m.group(0) else \
            "assist" if "协助" in m.group(0) else "responsible"
        duties = tuple((n, lk, role) for n, lk in carried) \
            + tuple(_partners(compact(text[slice(*clauses[0])]), subjects))     # 会同B… : B supports
        for a, b in clauses[1:upto]:
            duties += _joined_holders(text[a:b], subjects)    # …，并与Y一起负责… : with the carried holder
        runs.insert(0, _Run(0, upto, duties))
    # X牵头，Y配合做好… : the supporters join the duty before them (one task, two roles), when
    # that duty is a role's frame (牵头 / 负责 / 主办); after a holder's own work (X组织…，Y予以协助 ;
    # X指导监督，Y密切配合) the helper's clause is a task of its own, as with a modal (docs/DUTIES.md)
    merged: list[_Run] = []
    for run in runs:
        # …，或者由Y管理 : an alternative holder of the same duty
        if merged and ((all(r in ("support", "assist") for _n, _lk, r in run.duties)
                        and _role_frame(compact(text[clauses[merged[-1].first][0]:clauses[run.first][0]])))
                       or ALT_RE.match(compact(text[slice(*clauses[run.first])]))):
            last = merged[-1]
            merged[-1] = _Run(last.first, run.last, last.duties + run.duties)
        else:
            merged.append(run)
    runs = merged
    if runs:
        found_at = {run.first for run in runs}      # the clauses whose holders were read
        # the first run starts with its segment (the topic, manner or setting before its
        # subject: 涉及…的事项，由X负责 ; 按事故的类别，…，相关部门负责…); the last ends with it
        # (not over a clause passing a case on with no subject of its own, 需要立案查处的，将…证据材料移送Y，
        # Y按程序办理… : its act is no part of the later holder's duty)
        opens = max((j + 1 for j in range(runs[0].first) if find.preds[j]
                     and PASSED_ON_OPEN_RE.match(compact(text[slice(*clauses[j])]))), default=0)
        runs[0] = _Run(opens, runs[0].last, runs[0].duties)
        runs[-1] = _Run(runs[-1].first, len(clauses), runs[-1].duties)
        for n in range(len(runs) - 1):
            runs[n] = _Run(runs[n].first, runs[n + 1].first, runs[n].duties)
        for n in range(1, len(runs)):
            # …，A、B等项经费，由省财政解决 : the topic before a later holder's 由X clause opens that
            # holder's duty (it went with the duty before, and the later one was left a bare 由X…);
            # not a clause read for holders, one naming its own 由, nor a verb's (…会审，报Y审批，由Z… ;
            # …，提出相关工作措施和意见，由各有关部门落实: the holder before proposes, Z carries out)
            f = runs[n].first
            if f - 1 > runs[n - 1].first and f - 1 not in found_at and not find.preds[f - 1] \
                    and "由" not in text[slice(*clauses[f - 1])] \
                    and not VERB_START_RE.match(compact(text[slice(*clauses[f - 1])])) \
                    and TOPIC_RE.search(compact(text[slice(*clauses[f - 1])])) \
                    and BY_NEXT_CLAUSE_RE.match(compact(text[slice(*clauses[f])])) \
                    and re.fullmatch(r"\s*[，,]\s*", text[clauses[f - 1][1]:clauses[f][0]]):
                runs[n - 1] = _Run(runs[n - 1].first, f - 1, runs[n - 1].duties)
                runs[n] = _Run(f - 1, runs[n].last, runs[n].duties)
    return runs


def _joined_holders(clause: str, subjects: "_Subjects") -> tuple[tuple[str, Optional[str], str], ...]:
    """``…，并与Y一起负责…`` (:data:`JOINED_BY_RE`): Y holds the clause's work with the holder
    before it; () for any other clause."""
    jm = JOINED_BY_RE.match(compact(clause))
    if not jm:
        return ()
    # (a bare collective, 与有关部门共同研究…, joins as 会同有关部门 does: a joint duty)
    units = subjects.subject(jm.group("x")) or subjects.partner(jm.group("x"), bare=True)
    return tuple((n, lk, "responsible") for n, lk in units or [])


def _role_frame(before: str) -> bool:
    """Whether the duty before a helper's clause is written as a role's frame (``X牵头``,
    ``由X负责``, ``X主办``, any holder marked lead), which its helpers join as supporters; a holder's
    own work before it (``X组织…``, ``X指导监督``) leaves the helper's clause a task of its own."""
    return bool(ROLE_FRAME_RE.search(before))


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` starts a sentence: nothing but spaces before it, or an end of sentence
    (a ``；`` segment opening with 要 is one of a list, not a sentence going on)."""
    before = text[:at].rstrip(" 　")
    return not before or before[-1] in "。！？!?"


def _unwrapped(lines: Sequence[tuple[int, str]]) -> Sequence[tuple[int, str]]:
    """A text hard-wrapped at a fixed width (a page copied from print: ``…设立突发事件应急处理指`` /
    ``挥部，统一领导…``) is read as its paragraphs: a line of the document's wrap width that ends
    without a sentence's end runs on into the next, unless that one opens an article or an item.
    The joined line keeps the first line's number. A text without such a width is left as it is."""
    ends = [len(t.rstrip(" 　")) for _n, t in lines if len(t.rstrip(" 　")) >= WRAP_MIN]
    if len(ends) < WRAP_LINES:
        return lines
    width = max(sorted(set(ends)), key=ends.count)
    if sum(abs(e - width) <= 1 for e in ends) < WRAP_SHARE * len(ends):
        return lines        # most long lines are not of one width: written as paragraphs

    def wrapped(t: str) -> bool:
        t = t.rstrip(" 　")
        return abs(len(t) - width) <= 1 and not WRAP_END_RE.search(t)
    if sum(wrapped(t) for _n, t in lines) < WRAP_LINES:
        return lines
    out: list[tuple[int, str]] = []
    last = ""           # the last physical line of the paragraph being joined
    for number, text in lines:
        if out and wrapped(last) and text.strip() and not MARKER_RE.match(text):
            out[-1] = (out[-1][0], out[-1][1].rstrip(" 　") + text.strip(" 　"))
        else:
            out.append((number, text))
        last = text
    return out


# a line that cannot end where it does: on an enumeration's 、, a conjunction, an ordinal's 第 waiting for
# its number, or an opened book title (履行《消防法》第 / 二、 / 十四条、《 / 广东省实施…办法》(以下简称 / …): a
# copy broken inside a sentence at its citations
BROKEN_END_RE = re.compile(r"(?:[《〈、]|第|及|和)$")
# …or on a preposition of the rule followed, its title opening the next line (各部门要按照 / 《条例》的要求，…)
CITING_END_RE = re.compile(r"(?:按照|依照|根据|依据|遵照|参照)$")
_PAIRS = (("（(", "）)"), ("《", "》"), ("〈", "〉"))


def _unclosed(t: str) -> Optional[str]:
    """The closing brackets a line leaves open (the kinds of its openers with no closer after)."""
    out = ""
    for opens, closes in _PAIRS:
        depth = 0
        for ch in t:
            if ch in opens:
                depth += 1
            elif ch in closes and depth:
                depth -= 1
        if depth:
            out += closes
    return out or None


def _closes_first(closes: Optional[str], text: str) -> bool:
    """Whether ``text`` closes one of the brackets ``closes`` before it opens another of its kind."""
    for opens, shut in _PAIRS:
        if closes and any(ch in closes for ch in shut):
            first = next((ch for ch in text if ch in opens or ch in shut), "")
            if first and first in shut:
                return True
    return False


def _broken(lines: Sequence[tuple[int, str]]) -> Sequence[tuple[int, str]]:
    """A line that stops inside a sentence where no sentence may stop (:data:`BROKEN_END_RE`, or
    inside a bracket the next line closes) goes on with the next line, unless that one opens an
    article; the joined line keeps the first line's number. After 第 or 、 the next line's numeral
    (``二、``) is the citation's, not an item's marker."""
    if not any(BROKEN_END_RE.search(t.rstrip(" 　")) or "《" in t or "（" in t or "(" in t for _n, t in lines):
        return lines
    out: list[tuple[int, str]] = []
    for number, text in lines:
        if out and text.strip() and out[-1][1].strip() and not ARTICLE_RE.match(text):
            last = out[-1][1].rstrip(" 　")
            if not WRAP_END_RE.search(last) and (BROKEN_END_RE.search(last) or _closes_first(_unclosed(last), text)
                                                 or CITING_END_RE.search(last) and text.lstrip(" 　").startswith("《")):
                out[-1] = (out[-1][0], last + text.strip(" 　"))
                continue
        out.append((number, text))
    return out


# a table's 职责 heading cell broken by the page's wrap: its 职 ends a line after a space (…副主任 职),
# its 责 opens the next line before the row's duties (责领导小组办公室设在…): the 责 is the heading's
SPLIT_DUTIES_HEAD_RE = re.compile(r"(?:^|[ 　])(?:主要)?职$")


def _heading_rejoined(lines: Sequence[tuple[int, str]]) -> Sequence[tuple[int, str]]:
    """A line opening with the 责 of a 职责 heading whose 职 ends the line before
    (:data:`SPLIT_DUTIES_HEAD_RE`) gives its 责 back to that line, so the next line opens with
    the row's duties, not a name glued to the heading's word (责领导小组办公室)."""
    out: list[tuple[int, str]] = []
    for number, text in lines:
        if out and text.startswith("责") and len(text) > 1 and SPLIT_DUTIES_HEAD_RE.search(out[-1][1].rstrip(" 　")):
            out[-1] = (out[-1][0], out[-1][1].rstrip(" 　") + "责")
            text = text[1:]
        out.append((number, text))
    return out


def _run_on(lines: Sequence[tuple[int, str]]) -> Sequence[tuple[int, str]]:
    """A line opening with 的 (:data:`RUN_ON_OPEN_RE`) goes on with the last line before it that
    ends inside a sentence; the joined line keeps the first line's number."""
    if not any(RUN_ON_OPEN_RE.match(t) for _n, t in lines):
        return lines
    out: list[tuple[int, str]] = []
    for number, text in lines:
        k = len(out) - 1
        while k >= 0 and not out[k][1].strip():
            k -= 1          # (blank lines between the two)
        if k >= 0 and RUN_ON_OPEN_RE.match(text) and not WRAP_END_RE.search(out[k][1].rstrip(" 　")):
            out[k] = (out[k][0], out[k][1].rstrip(" 　") + text.strip(" 　"))
        else:
            out.append((number, text))
    return out


# (a label's duty opens with its verb, or with the manner of its share: 其他部门：按照职责做好…)
_LABEL_VERB = r"(?:负责|承担|(?:按照|根据|依据)(?:各自)?的?职责)"
_COLLAPSED_GATE_RE = re.compile(SPACE + "|[条章]|。(?:负责|承担|主要负责)|（一）|[。；;：:]" + HAN + "{2,30}?[：:]" + _LABEL_VERB)
# a members' list that lost its line breaks: each member's labelled sentence after the one before
# (…职责：县公安局：负责治安维护。县交通运输局：负责道路抢通。…), two labels at least; cut before
# each label, as the lines it was
LABEL_AFTER_STOP_RE = re.compile("(?<=[。；;：:])(?=" + HAN + "{2,30}?[：:]" + _LABEL_VERB + ")")
# …the line's own opening label counting as one (民政所：负责…。其他部门：按照职责做好…: two stations' lines run
# into one)
LABEL_AT_START_RE = re.compile("^" + HAN + "{2,30}?[：:](?:负责|承担)")


def _split_collapsed(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """A page that lost its line breaks (a whole 三定 rule on one line) keeps its list markers
    after a space: ``… 二、主要职责 （一）负责… （二）…``. Such a line is read as the lines it
    was, each with the same line number."""
    out: list[tuple[int, str]] = []
    for number, text in lines:
        if not _COLLAPSED_GATE_RE.search(text):
            # none of the cuts' patterns can match without one of these (a space before a
            # marker, an article's 条/章, a name sentence's stop then 负责/承担/主要负责, a list's
            # （一）): the common line, kept whole without the five scans below
            out.append((number, text))
            continue
        cuts = [m.start() for m in INLINE_MARK_RE.finditer(text)]
        if len(cuts) < 3 and not _counts_up(text, cuts):
            cuts = []           # one or two may be a spaced reference, three are a list (or two counting up)
        named = [m.start() for m in NAME_SENTENCE_RE.finditer(text)]
        named += [text.index("。", k) + 1 for k in named]
        listed = DUTIES_INLINE_RE.search(text)
        if listed:
            named += [listed.end()] + [m.start() for m in DUTY_ITEM_MARK_RE.finditer(text, listed.end())]
        named += [m.end() for m in QUOTED_ARTICLE_RE.finditer(text)]
        labels = [m.start() for m in LABEL_AFTER_STOP_RE.finditer(text)]
        if len(labels) + (LABEL_AT_START_RE.match(text) is not None) >= 2:
            named += labels
        cuts = sorted(set(cuts) | {m.start() for m in STOP_ARTICLE_RE.finditer(text)} | set(named))
        if not cuts:
            out.append((number, text))
            continue
        for a, b in zip([0] + cuts, cuts + [len(text)]):
            piece = text[a:b]
            hm = COLLAPSED_HEADING_RE.match(piece)
            if hm and LIST_HEADING_RE.match(hm.group("h")):
                # 一、主要职责 贯彻落实… : a heading and its paragraph, a space between
                out.extend([(number, piece[:hm.end("h")]), (number, piece[hm.end():])])
            elif piece.strip():
                out.append((number, piece))
    return out


# the work a body set up as a standing arrangement does (…联席会议制度，协调解决… / 研究… / 统筹…)
SYSTEM_DUTY_RE = re.compile(r"^(?:负责|承担|统筹|协调|研究)")


def _system_body(clause: str, following: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """The body a clause sets up as a standing arrangement, ending with it (``本市建立X联席会议制度``),
    when the clause after it opens with the body's work (:data:`SYSTEM_DUTY_RE`)."""
    c = compact(clause)
    m = SYSTEM_SET_UP_RE.search(c) if c.endswith("制度") and ("建立" in c or "调整" in c) else None
    if not m or m.end() != len(c) or not SYSTEM_DUTY_RE.match(compact(following)):
        return None
    return _organ(m.group("x"), subjects)


def _led_set_up(clause: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``建立由X牵头的Y联席会议制度``: X, the one the body set up is to be led by (an approval's
    ``你局``, its addressee); Y's own duties are those its rules list."""
    m = LED_SET_UP_RE.search(compact(clause))
    return subjects.subject(m.group("x")) if m else None


def _organ(name: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """The units of a name given by its context as a body (a list heading ``X机构职能``, the
    object of ``成立``/``设立``): a unit the subject grammar reads, or any name the unit-name
    grammar calls an organ or a group."""
    x = compact(name).strip("“”\"")
    if x.startswith("的"):
        x = x[1:]       # 自治县成立的城乡规划委员会: the body set up is the name after 的
    if not x:
        return None
    got = subjects.subject(x)
    if got:
        return got
    if unitnames.unit_kind(x) not in (None, "collective") or GROUP_NAME_RE.search(x) and len(x) >= 4:
        return [(x, None)]
    return None


# the field a heading's holders are charged with, between their names and 职责 (一、乡（镇）人民政府、
# 街道办事处消防安全工作职责): a few characters of a field, no name's ending, no verb
# (履行下列职责 is a sentence's verb, not a field)
_HEADING_FIELD_RE = re.compile("^(?!.*(?:履行|承担|负|下列|以下|如下|做好|落实|行使))" + HAN + "{2,8}$")


def _organ_before_field(name: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """The units of a list heading whose holders' names are followed by their field
    (``乡（镇）人民政府、街道办事处消防安全工作职责``): the names before a field after
    which the rest is read whole as units, the rest ending as a name ends (the shortest field
    first, so that 街道办事处 is not cut to 街道办)."""
    x = compact(name)
    for cut in range(len(x) - 2, max(1, len(x) - 9), -1):
        head, field = x[:cut], x[cut:]
        if not _HEADING_FIELD_RE.match(field) or NEVER_IN_NAME_RE.search(field) or VERB_START_RE.match(field) \
                or _NAME_END_RE.search(field) or not _NAME_END_RE.search(head):
            continue
        got = _organ(head, subjects)
        # (the names written whole, the list's 、/和/及 aside: 各级党委和政府乡村振兴责任 is 各级党委, 政府)
        if got and re.sub("[、和及与]", "", "".join(compact(n) for n, _lk in got)) == re.sub("[、和及与]", "", head):
            return got
    return None


def _name_alone(text: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """The body a line names when the line is that name and nothing else (``政府办``, a
    responsibility list's section above its ``部门职责``); no mark, no punctuation."""
    line = compact(text)
    if not 2 <= len(line) <= 30 or re.search(r"[，,。；;：:、（）()\s]", line) or MARKER_RE.match(text):
        return None
    return _one_body_named(line, subjects)


def _one_body_named(line: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """The one body ``line`` (compact) names when it is that body's name whole."""
    got = _organ(line, subjects)
    return got if got and len(got) == 1 and compact(got[0][0]) == line else None


def _title_own(read: Sequence[tuple[int, str]], subjects: "_Subjects") -> Optional[str]:
    """The body a document's title opens with (``市环境保护局工作规则``, ``X关于…的通知``), or the
    body opening the title it issues (``…关于印发《X工作规则》的通知``): the body ``本局`` of its
    articles is. None when the first line is no title (a sentence) or opens with no one body."""
    first = next((compact(t) for _n, t in read if t.strip()), "")
    if not 4 <= len(first) <= 80 or re.search(r"[，,。；;：:]", first):
        return None
    issued = re.search("(?:印发|转发|颁布|发布)《([^《》]{4,60})》", first)
    if issued and _TITLE_OWN_RE.match(issued.group(1)):
        first = issued.group(1)
    elif issued and not first.startswith("关于"):
        # (市生态环境局关于印发《行政处罚裁量基准》的通知: the rules issued name no body, so their 本局 is the issuer's)
        first = first[:issued.start()]
    elif issued:
        return None
    m = _TITLE_OWN_RE.match(first)
    if not m:
        return None
    got = subjects._items(m.group("x"))
    return (got[0][1] or compact(got[0][0])) if got and len(got) == 1 and compact(got[0][0]) == m.group("x") else None


def _title_body(read: Sequence[tuple[int, str]], subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """The body a text is about when its first line is that body's name and nothing else
    (``黑龙江省人民政府办公厅``; not a title, ``关于…的通知``, nor a line with more words)."""
    first = next((compact(t) for _n, t in read if t.strip()), "")
    if not 4 <= len(first) <= 30 or re.search(r"[，,。；;：:、\s]", first):
        return None
    return _one_body_named(first, subjects)


def _established(text: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """The body a line sets up (``决定成立X领导小组``, ``设立X``), whose duties a later
    ``主要职责`` heading lists."""
    found = None
    for m in [*ESTABLISH_RE.finditer(compact(text)), *SYSTEM_SET_UP_RE.finditer(compact(text)),
              *PURPOSE_BODY_RE.finditer(compact(text)), *ESTABLISH_LED_RE.finditer(compact(text))]:
        got = _organ(m.group("x"), subjects)
        if got:
            found = got
    return found


def _moved(clause: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``将…职责划归X`` (职责调整 of a 三定 rule): X now holds the duty."""
    m = TRANSFER_RE.search(compact(clause))
    return _organ(m.group("x"), subjects) if m else None


# a clause handing on the duties the clause before names (将…社会事务管理职能剥离，移交所在镇人民政府承担)
TRANSFER_ON_RE = re.compile(r"^(?:并|再)?(?:整体)?(?:移交|划转|划归|划入|交由|交给)(?:给|至|到)?(?P<x>" + CLAUSE_CHAR
                            + "{2,30}?)(?:承担|负责|行使)?$")
DUTIES_NAMED_END_RE = re.compile(r"(?:职责|职能)(?:剥离|划出|分离出来|剥离出来)?$")
# the body that held a duty before it was moved (原由X承担的…职责 ; 原由X负责的…工作): a name of the duties,
# no duty of X's (the clause after it says who holds them now)
FORMER_HOLDER_RE = re.compile(r"^(?:原|原来|原先|此前|以前)由" + CLAUSE_CHAR + r"{2,30}?(?:承担|负责|行使|履行|管理)的"
                              + CLAUSE_CHAR + r"{1,40}?(?:职责|职能|工作|事项|任务)$")


def _moved_on(clause: str, text: str, clauses: list[tuple[int, int]], k: int,
              subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``将A承担的…职能剥离，移交X承担``: X now holds the duties the clause before names (as
    ``…职责划入X`` in one clause)."""
    m = TRANSFER_ON_RE.match(compact(clause)) if k else None
    before = compact(text[slice(*clauses[k - 1])]) if m else ""
    if not m or not (DUTIES_NAMED_END_RE.search(before) or FORMER_HOLDER_RE.match(before)):
        return None
    return _organ(m.group("x"), subjects)


def _station(x: str) -> bool:
    """A station named by its field alone (安监站, 农技站, 畜牧兽医站): a government's body when it
    holds a duty; not a facility (加油站, 污水处理站, 充电站), nor a name holding anything else."""
    return bool(_STATION_RE.fullmatch(x)) and not _FACILITY_RE.search(x) \
        and not NOT_SUBJECT_RE.search(x[:-1]) and not VERB_START_RE.match(x)


def _with_later_partners(runs: list, text: str, clauses: list[tuple[int, int]], subjects: "_Subjects",
                         held_by: list) -> list:
    """市生态环境局：负责…，会同市气象局开展… : the partners a later clause of a labelled line opens
    with support the label's unit there, as after a subject written in the sentence (they were
    lost); a run that names them already is left as it is."""
    out = []
    for run in runs:
        named = {compact(n) for n, _lk, _r in run.duties}
        more = tuple(p for a, b in clauses[max(run.first, 1):run.last]
                     if LATER_PARTNER_RE.match(compact(text[a:b]))
                     for p in _partners(LATER_PARTNER_RE.sub("", compact(text[a:b]), count=1), subjects, held_by)
                     if compact(p[0]) not in named)
        out.append(replace(run, duties=run.duties + tuple(dict.fromkeys(more))) if more else run)
    return out


def _without_cut_partners(run: _Run, tail: str) -> _Run:
    """A duty whose last clause, cut by the excerpt's edge, names its partners (…要加强业务指导，会同
    中科院、广东): the list is not whole, so its partners are not read; the holders' duty is."""
    if not PARTNER_CLAUSE_RE.match(tail):
        return run
    return replace(run, duties=tuple(d for d in run.duties if not (d[2] == "support" and compact(d[0]) in tail)))


def _national(units: list, subjects: "_Subjects") -> bool:
    """Bodies of the national level: the text is national, or a ministry is among ``units``
    (国家林草局、住房城乡建设部、中科院…): a 国家X beside them is of their level, not above the text's."""
    return subjects.national or any(unitnames.unit_kind(compact(n)) == "central" and not UPPER_RE.match(compact(n))
                                    for n, _lk in units)


def _alternatives(text: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``A或者B`` / ``A或B`` after 由, each a holder (a subject, a party named by its part, or an
    actor): both, as ``由A…，或者由B…`` are. None unless every alternative is one."""
    parts = [p for p in re.split("或者|或", text) if p]
    if len(parts) < 2:
        return None
    out: list[tuple[str, Optional[str]]] = []
    for p in parts:
        got = subjects.subject(p) or ([(p, None)] if ROLE_BODY_RE.fullmatch(p) or actor_kind(compact(p)) else None)
        if not got:
            return None
        out.extend(got)
    return out


def _by(clause: str, subjects: "_Subjects", point: bool = False) -> Optional[list[tuple[str, Optional[str]]]]:
    """A clause opening with ``由X`` and a verb that is no duty predicate of the table
    (``由有关县级人民政府共同协商管理``): X holds the duty. ``其共同的`` before X is set aside.
    ``point``: the clause opens a point (a segment's first clause, or one opening 一是…), where
    inside a meeting's charge a unit and any verb are a charge as after 会议要求."""
    t = compact(clause)
    if t.endswith("、"):
        return None     # …，按行政区划由所在乡镇政府、 : a list cut by the excerpt's edge, no verb read
    if "任" in t and POST_FILLED_END_RE.search(t):     # (担任, 兼任, 任组长: no scan without 任)
        return None     # 主席由市政府协调城建工作的副秘书长担任 / 由…副县长任组长 : who fills a post, no duty
    if "任" in t and POST_APPOINTED_END_RE.search(t):
        return None     # 支队长由本级人大常委会任命 : who appoints a post's holder, no duty
    if "的" in t and CONDITION_RE.search(t):
        return None     # （一）…需由市人民政府加以具体规定的； : a case a list names, as in _find
    if BY_CASE_END_RE.search(t) and "是由" not in t:
        return None     # 住宅小区由业主委托物业服务企业实施物业管理的，物业服务企业为… : a case, its
                        # holder in the clause after (是由X负责的 is X's)
    m = (BY_RE.match(t) if "由" in t else None) or ASK_RE.match(t)    # (no 由: BY_RE cannot match)
    if not m and subjects.charged and point:
        m = _CHARGED_POINT_RE.match(t)      # 会议明确，一是X按照…进行分工 : the point's unit
    if not m:
        return None
    rest = POSSESSIVE_RE.sub("", t[m.end():])
    pre = m.groupdict().get("pre") or ""
    if pre and (PRED_RE.match(pre) or HANDLING_OPEN_RE.match(pre) or HOLDING_END_RE.search(pre)) \
            and (rel := BY_RELATIVE_RE.search(rest)) and not PRED_RE.search(rest, rel.end()):
        # 承办…应由县政府办理的有关工作 : 由X…的 inside the object of the verb before it (or of the
        # subject's: A管理块负责由B实施监督管理的土建…工程 : B's supervision names A's object)
        return None
    if t.startswith("会议"):
        rest = _CHARGED_POINT_RE.sub("", re.sub(r"^[，,：:]", "", rest), count=1)    # 会议明确：一是X…
    if BY_ISSUED_RE.match(rest):
        return None         # 由黑龙江省鹤岗市人民政府于2010年07月06日颁布并生效 : the text's issuance, a past act
    if EXCEPTED_BY_END_RE.search(rest):
        return None         # 除…由公安机关…进行检查外，任何组织…不得… : the exception's, no duty the text gives
    applies = BY_APPLIES_RE.match(rest)
    if applies and subjects.subject(applies.group("x")):
        return None         # 由县直部门或乡镇提出书面申请 : who applies, not a duty the text gives
    for cm in CONSULT_RE.finditer(rest[:40]):
        if _by("由" + rest[cm.end():], subjects) and (units := subjects.subject(rest[:cm.start()])):
            return units    # 由区人民政府商市公安局提出 : who consults, not who is consulted
    for k in range(min(len(rest) - 1, 40), 0, -1):
        if k == 1 and (rest[0] not in BARE_VILLAGE
                       or not (BY_VERB_RE.match(rest[1:]) or BY_VILLAGE_VERB_RE.match(rest[1:]))):
            break           # (one character names no body but a bare village, before a verb:
                            # 由村民…, 由村级…, 由村到镇, 由村向镇申报 are none)
        if re.search(r"[《》〈〉“”]", rest[:k]) or rest[k - 1] == "、":
            continue        # (管理 inside a title: 由公安机关根据《…治安管理处罚法》…)
        if SUFFIX_VERB_RE.match(rest[k - 1:]):
            continue        # 由副市长处理 : 处理 is the verb (副市长处 no name)
        if rest[k - 1] == "会" and rest[k:].startswith("议"):
            return None     # 由县农业农村局党组会议通过, 由市政府常务会议审定 : a meeting, no unit (n105)
        if (rest[k - 1] == "委" and rest[k:k + 1] == "会") or rest[k:].startswith("组织部"):
            continue        # 由市安委会主任召集, 由县委组织部作为… : 委会 and 组织部 end a name, no verb
                            # after 市安委 or 县委
        if BY_POST_RE.match(rest[k:]):
            continue        # 成员由市有关部门主要负责人组成 : the units' heads, a post (the members)
        if (up := _reporting_up(rest[:k], rest[k:], subjects)):
            return up       # 由区科技局报管委会审批 : who submits, not a name made of both
        if PARTY_ORGAN_AFTER_RE.match(rest[k:]) and PARTY_BODY_RE.match(rest[:k]):
            continue        # 由市委组织部、宣传部… : the committee's own department, no verb after 市委
        named = BY_VERB_RE.match(rest[k:])
        if not named and not t.startswith("由") and ASK_DUE_RE.fullmatch(rest[k:]):
            named = True    # 请各镇办于12月10日前，将…报送… : a request, its date, its verb after the comma
        if not named and (not BY_ANY_VERB_RE.match(rest[k:]) or BY_MEMBERS_RE.search(rest[k:])
                          or BY_CHANGE_RE.match(rest[k:])):
            continue
        units = subjects.subject(rest[:k])
        if units and len(units) > 1 and any(PASSING_START_RE.match(compact(n)) for n, _lk in units):
            # 由接待领导当面解答、批转有关部门办理 : the ways a matter is handled, verb phrases listed, no names
            units = None
        if not units and named and _station(rest[:k]) and rest[k:].startswith(("负责", "具体负责", "承担")):
            units = [(rest[:k], None)]      # 由安监站负责: the station (as 安监站负责…)
        if not units and ROLE_BODY_RE.fullmatch(rest[:k]):
            units = [(rest[:k], None)]      # 由公园业主单位负责 / 由项目业主组织编制: the body the matter's role names
        if not units and (alts := _alternatives(rest[:k], subjects)):
            units = alts                    # 由权属物业公司或权属单位负责 : either holds it
        if not units and (rest[:k] in BARE_COMMUNITY or rest[:k] in BARE_VILLAGE):
            units = [(rest[:k], None)]      # 由社区组织人员承办 / 由村统一收集: the community, the village
        if units and not named and any(actor_kind(compact(n)) == "enterprise"
                                       or (UPPER_RE.match(compact(n)) and not _national(units, subjects))
                                       for n, _lk in units):
            return None     # 由企业自愿选择… / 由省级部门按需共享…: not a duty this text gives
        if units:
            # 由A管护或者由B指定专人管护 : an alternative holder in the same clause (both hold it)
            alt = re.search(r"(?:或者|或)(?=由)", rest[k:])
            more = _by(rest[k:][alt.end():], subjects) if alt else None
            return units + more if more else units
    return None


def _approved_proposer(clause: str, after: str, subjects: "_Subjects"):
    """``会议原则同意X关于…的意见，会后修改完善后报…`` (minutes): the clause after the approval, with no
    subject of its own, is the proposer X's to do (the meeting approves, X revises and submits). An
    approval alone, or one followed by anything else (``会议时间另行确定``), gives no duty."""
    m = APPROVED_RE.match(compact(clause))
    if not m or not AFTER_APPROVED_RE.match(compact(after)):
        return None
    units = subjects.subject(m.group("x"))
    return (units, "responsible", re.match("", clause)) if units else None


def _anaphor(clause: str, text: str, clauses: list[tuple[int, int]], k: int,
             subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``请以上责任单位加快…`` (:data:`ANAPHOR_RE`): the units the clauses before it in the same
    sentence name, each piece between 、 read for the longest opening that is a subject
    (``由县民政局负责的第1件、县发改局负责的第4件`` names 县民政局 and 县发改局). None when they name none."""
    if not k or not ANAPHOR_RE.match(compact(clause)):
        return None
    found: list[tuple[str, Optional[str]]] = []
    for a, b in clauses[:k]:
        for piece in compact(text[a:b]).split("、"):
            piece = _ANAPHOR_PIECE_OPEN_RE.sub("", piece)
            for j in range(min(len(piece), 30), 1, -1):
                if piece[j:].startswith("的") and _ANAPHOR_VERB_END_RE.search(piece[:j]):
                    continue    # 市住建局承办的2件 : 承办 is the verb of the relative clause
                units = subjects.subject(piece[:j])
                if units:
                    found.extend(u for u in units if u not in found)
                    break
    return found or None


def _required(clause: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``X要求Y…`` (``市政府要求各县（市、区）在6月底前完成整改``): the ones required hold the duty
    (their verb need be none of the table's), not the unit that requires it."""
    c = compact(clause)
    # (every match holds 要求 or 责成: a clause with neither is not matched at each of its ~30 first positions)
    m = REQUIRED_RE.match(c) if "要求" in c or "责成" in c else None
    if not m or not (subjects.subject(m.group("x")) or REQUIRING_TEXT_RE.fullmatch(m.group("x"))):
        return None
    rest = m.group("rest")
    for k in range(min(len(rest) - 1, 40), 1, -1):
        if rest[k - 1] == "、" or not BY_ANY_VERB_RE.match(rest[k:]):
            continue
        units = subjects.subject(rest[:k])
        if units:
            return units
    return None


def _transferred(clause: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``已全部转交A、B等部门和相关县区办理`` / ``转县住建局依法处理`` (:data:`TRANSFERRED_RE`): the
    ones a matter is passed on to hold its handling; the clause must end with the verb, so that
    ``转交X的材料…`` or ``转X以后…`` is no transfer."""
    c = compact(clause)
    m = TRANSFERRED_RE.match(c) if "转" in c or "交由" in c else None    # (转…, 交由: every match)
    return subjects.subject(m.group("x")) if m else None


def _put_under(clause: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``（专项资金）…，归口县农业农村局，…`` / ``归口X管理``: the department a matter or a fund is
    put under holds it (:data:`PUT_UNDER_RE`), as ``由X归口管理`` does."""
    c = compact(clause)
    m = PUT_UNDER_RE.match(c) if "归口" in c else None      # (every match holds 归口)
    return subjects.subject(m.group("x")) if m else None


def _as_subject(clause: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """``以市建设局和广阳区、安次区政府为责任主体，…`` / ``以各县（市、区）为主体，…``: X holds
    the duty of the sentence."""
    m = AS_SUBJECT_RE.match(compact(clause))
    units = subjects.subject(m.group("x")) if m else None
    if units and "责任" not in m.group(0) and any(actor_kind(compact(n)) for n, _lk in units):
        return None     # 以企业为主体、市场为导向: a policy phrase, not a duty
    return units


def _item_partners(item: str, subjects: "_Subjects") -> list[tuple[str, Optional[str], str]]:
    """An item of a duty list opening with ``会同X`` (``（二）会同有关部门编制…规划``): the
    partners share the duty, the collective ``有关部门`` too, as in annotations."""
    # (…or a later clause of the item opening so: （四）对…涉及其他部门职权的，会同有关单位进行处理)
    m = re.search(r"(?:^|[，,])(?:并)?(?:负责|牵头)?(?:会同|协同|联合|连同)", compact(item))
    if not m:
        return []
    t = compact(item)[m.end():]
    for k in range(min(len(t), 40), 1, -1):
        if BARE_COLLECTIVE_RE.match(t[:k]):
            return [(t[:k], None, "support")]
        units = subjects._items(t[:k])
        if units:
            return [(n, lk, "support") for n, lk in units]
    return []


# a point counted inside a sentence after ；: 一是…；二是…；四是经发局要… (the line's marker is MARKER_RE's)
SEGMENT_NO_RE = re.compile("[ 　]*" + _CN_NO + "是(?=" + HAN + ")")
# …and one opening a sentence inside a paragraph, after 即： announcing the points (…调度通报。即：一是X须…。二是Y须…)
SENTENCE_NO_RE = re.compile("[ 　]*(?:即[：:][ 　]*)?" + _CN_NO + "是(?=" + HAN + ")")
# a run-in label naming the topic of the sentence after it (notices, 督办 and work notices:
# 督查要求：, 工作要求：, 报送方式：): no unit, the sentence after it is read as a line of its own (not
# 部门分工：, 责任分工：, which open an annotation of the task before)
TOPIC_LABEL_RE = re.compile(r"[ 　]*(?P<x>[^：:，。；,、]{0,8}(?:要求|方式|内容|安排|步骤|时限|时间))[：:][ 　]*")
# …and a run-in label naming an area of work (驻村教育管理：, 资金保障：, 考核机制：) or the measures of a
# plan's working group (主要应急措施：县公安局协助…), read so only when a subject and its verb open the
# sentence after it (乡镇党委全面负责…; not an inspection's remedy field, 整改措施：, MEASURE_LABELS)
# (and what a body's responsibility is made of, its holder written again after it: 校党委主体责任包括：校党委对…负
# 集体领导责任、…)
AREA_LABEL_RE = re.compile(r"[ 　]*(?P<x>[^：:，。；,、]{0,8}(?:管理|保障|机制|制度|督导|考核|措施|责任包括))[：:][ 　]*")
# …and a bare label of duties, read so only when a unit and its verb follow it (主要职责：县公安局负责…;
# not 主要职责：负责…, the duties of the body named before, nor X主要职责：, a body's own label)
DUTIES_LABEL_RE = re.compile(r"[ 　]*(?P<x>(?:主要|工作)?(?:职责|职能))[：:][ 　]*")
OWN_DUTIES_LABEL_RE = re.compile(r"的?(?:主要|工作)?(?:职责|职能)$")
# an item's number opening a sentence inside a paragraph: （34）, (35) (a list run on in one line)
INLINE_ITEM_RE = re.compile(SPACE + r"*[（(](?:\d{1,3}|[" + CN_DIGITS + "]{1,3})[）)]" + SPACE + "*")


# the governments of a level named as a set (各乡（镇）人民政府, 乡镇人民政府, 各街道办事处): a line's label
# naming who holds the duties after it, though a type of unit's name
# (each township, sub-district or village of the text, 各乡镇：落实…属地管理责任 in a 责任分工, as their governments)
LEVEL_GOVS_LABEL_RE = re.compile(r"^各?" + HAN + r"{0,4}?(?:（[^（）]{1,12}）)?(?:人民政府|政府|街道办事处)$"
                                 r"|^各(?:乡镇|乡（镇）|镇|乡|街道|镇街|乡镇（街道）|镇（街道）|村（社区）|村|社区)$")


# the verbs a member's line in an emergency plan's 成员单位职责 opens with that no predicate lists
# (县财政局：保障应急资金 ; 市公安局：维护…秩序 ; 市武警中队：参加抢险救援 ; 市气象局：及时发布…): read so
# only after a label wholly naming a unit (_labelled)
MEMBER_LINE_VERB_RE = re.compile(r"[ 　]*(?:保障|保证|确保|维护|参与|参加|接收|储备|监测|收集|核实|筹措|调拨|调运|"
                                 r"及时|积极|全力|迅速|主动)(?=" + HAN + ")")


# the manner a member's line may open with after its label (根据各自职责, 按照职责分工), then its verb
# (or the principle it works by: 各县市人民政府：按照属地管理原则，负责… ; 按照…的要求，)
# (县红十字会：依法开展救灾募捐… : by law, before the verb)
LABEL_MANNER_RE = re.compile(r"(?:根据|按照|依据|依照|按)(?:(?:各自|自身|部门|本部门)?(?:职责|职能)(?:分工)?"
                             r"|[^，,。；;：:]{1,16}?(?:原则|要求))[，,]?|[ 　]*(?:依法依规|依法|依规)[，,]?")

# (各乡镇人民政府：在县应急指挥部统一领导下，负责本辖区应急处置工作 : the setting the member works in,
# before its verb; the line was lost)
LABEL_SETTING_RE = re.compile("[ 　]*" + _UNDER_LEAD + "[，,]?")


def _labelled(text: str, start: int, end: int, subjects: "_Subjects"
              ) -> Optional[tuple[list[tuple[str, Optional[str]]], int]]:
    """A line labelled by its subject (a member unit's duties): ``县住建局：负责城区环境卫生整治``
    -> (the units, where the duty starts). The text after the colon must open with a duty
    verb, and a role label (``牵头单位：``, ``责任单位：``) is no subject."""
    g = GROUP_ITEM_LABEL_RE.match(text[start:end])
    if g and len(compact(text[start + g.end():end])) >= 6 and not NEVER_IN_NAME_RE.search(g.group("g")) \
            and not DUTY_VERB_IN_RE.search(g.group("g")):
        # （二）交通检疫组 组 长 副组长 职 责全面启动… : a working group's row of a table flattened
        # into text (its empty 组长 / 成员 cells, 职责 split by a space): the duties are the group's
        return [(g.group("g"), None)], start + g.end()
    m = re.match(r"[ 　]*(?P<x>[^：:，。；,]{2,40})[：:][ 　]*", text[start:end])
    if m and TASK_ROLE_RE.match(compact(m.group("x"))) and PRED_RE.match(text[start + m.end():end]) \
            and len(compact(text[start + m.end():end])) >= 6:
        # 牵头单位：负责领导小组的日常工作… in a members' duties list: the unit in that part, as written (no
        # one body the line names; it was credited to the heading's 各成员单位); a role's field holding a
        # name, 牵头单位：市财政局, opens with no duty verb and stays no holder
        return [(m.group("x").strip(" 　"), compact(m.group("x")))], start + m.end()
    if not m or unit_type_kind(compact(m.group("x"))) and not LEVEL_GOVS_LABEL_RE.match(compact(m.group("x"))):
        # (a role, 牵头单位：, or a type of unit, 企事业单位：, labels no holder; but a level's governments do,
        # 各乡（镇）人民政府：负责本辖区…, a member's line in a 领导小组's list)
        return None
    after = text[start + m.end():end]
    manner = LABEL_MANNER_RE.match(after) or LABEL_SETTING_RE.match(after)
    if manner and PRED_RE.match(after, manner.end()):
        # 其他成员单位：根据各自职责做好… / 其他有关部门：按照职责分工做好… : the manner before the verb (the
        # line went to the heading's 成员单位)
        after = after[manner.end():]
    member_verb = False
    if not PRED_RE.match(after) and not any(PRED_RE.match(p.lstrip(" 　"))
                                            for p in re.split("[；;]", re.split("[。！？]", after)[0])[1:]) \
            and not _restates_label(m.group("x"), after):
        # (a duty verb opens the text after the colon, or one of its ；-parts: 县民政局：支持引导…；
        # 督促指导… , whose first verb the table does not list)
        if not (MEMBER_LINE_VERB_RE.match(after) and len(compact(after)) >= 6):
            return None
        # 县财政局：保障应急资金。 / 市公安局：维护…秩序，实施交通管制。 : a member's line in an emergency
        # plan's 成员单位职责 opens with a verb of securing or taking part the predicates leave out (保障 is
        # as often a noun, 资金保障); only a unit the label wholly names holds it (below)
        member_verb = True
    # 联席会议办公室职责：协调落实… : the unit whose duties the label names
    x = OWN_DUTIES_LABEL_RE.sub("", m.group("x")) or m.group("x")
    units = subjects.subject(x)
    if member_verb:
        return (units, start + m.end()) if units else None
    if not units and BARE_SHORT_ORGAN_RE.match(compact(x)) and not HANDLING_WORD_RE.match(compact(x)):
        # 教委：负责…, 综治办：负责… : a short organ's name as a line's label (the colon ends the
        # name: no verb's first character, as in a running clause)
        units = [(x.strip(" 　"), None)]
    if not units:
        # 城管科：负责…, 党工委办公室（挂精神文明办牌子）：负责… : a section of a body labelling its line
        # (the bracket, a plate it carries or an office it shares, is no part of the name)
        units = _section(x, subjects)
    return (units, start + m.end()) if units else None


# a sentence opening with whose duties it lists: X的主要职责是：… / X的职责为… (the verb after it, no colon
# needed); X the subject, the duties the rest of the sentence (not 其主要职责是, whose holder is before)
DUTIES_OF_RE = re.compile(SPACE + r"*(?P<x>[^，。；：:,;]{2,40}?)(?:的(?:主要)?(?:工作)?(?:职责|职能)(?:是|为)[：:]?"
                          # (or no 的, the adverb after the noun: 区林业局林长科职责主要是牵头…)
                          r"|(?<!的)(?:职责|职能)主要(?:是|为)[：:]?"
                          # (or with a colon and no 的: …。联席会议办公室主要职责：一是负责…)
                          r"|的?(?:主要)?(?:工作)?职责[：:])" + SPACE + "*(?=" + HAN + ")")


def _duties_of(text: str, start: int, end: int, subjects: "_Subjects"
               ) -> Optional[tuple[list[tuple[str, Optional[str]]], int]]:
    """A sentence opening ``X的主要职责是：`` / ``X的职责为`` with X a unit: (X's units, where its
    duties start), as :func:`_labelled` gives for a line labelled ``X：``; None otherwise."""
    if text.find("职", start, end) < 0:
        return None     # (both of the pattern's forms hold 职责 or 职能: most sentences have neither)
    m = DUTIES_OF_RE.match(text, start, end)
    if not m or len(compact(text[m.end():end])) < 6:
        return None
    units = subjects.subject(m.group("x"))
    return (units, m.end()) if units else None


# the duties a 三定 rule moves to a body, listed after a colon (X负责管理Y，将下述职责划入Y：制定…；组织…):
# the list is Y's, as a line labelled Y： is; a clause before it (X负责管理Y) keeps its own holder
TRANSFER_LIST_RE = re.compile(SPACE + r"*将(?:下述|下列|以下|如下)的?(?:职责|职能)(?:划入|划归|划给|划转(?:给|至|到)?|交给|交由"
                              r"|移交(?:给|至)?)(?P<x>[^，。；：:,;]{2,30}?)(?:承担|负责|行使)?[：:]")


def _transfer_split(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sentences), each one holding a clause before a moved list (``X负责管理Y，将下述职责
    划入Y：…``) cut in two at the list's 将: the clause before it and the list are read apart."""
    out: list[tuple[int, int]] = []
    for sa, sb in spans:
        if text.find("将", sa, sb) < 0:
            out.append((sa, sb))
            continue
        cut = next((m.start() + 1 for m in re.finditer("[，,]", text[sa:sb])
                    if TRANSFER_LIST_RE.match(text, sa + m.start() + 1, sb)), None)
        out.extend([(sa, sa + cut), (sa + cut, sb)] if cut else [(sa, sb)])
    return out


def _moved_list(text: str, start: int, end: int, subjects: "_Subjects"
                ) -> Optional[tuple[list[tuple[str, Optional[str]]], int]]:
    """A sentence opening ``将下述职责划入Y：`` with Y a unit: (Y's units, where the list starts), as
    :func:`_duties_of` gives for ``Y的主要职责是：``; None otherwise."""
    m = TRANSFER_LIST_RE.match(text, start, end)
    if not m or len(compact(text[m.end():end])) < 6:
        return None
    units = _organ(m.group("x"), subjects)
    return (units, m.end()) if units else None


def _restates_label(label: str, after: str) -> bool:
    """Does the text after a label's colon name the label's actors again, described, before its
    verb (``有关企业：位于市区的14家热电、钢铁企业要…``: the label's head word, 企业, closing
    the description)?"""
    head = compact(label)[-2:]
    if actor_kind(compact(label)) is None:
        return False
    k = after.find(head)
    while 0 <= k <= 40:
        if not re.search("[，。；,;：:]", after[:k]) and PRED_RE.match(after[k + len(head):]):
            return True
        k = after.find(head, k + 1)
    return False


def _verb_before_name_end(x: str) -> bool:
    """Whether a duty's verb stands inside a section's name ``x`` other than as the work a group is
    named by, right before its 组 (综合协调组, 政策研究组: the group that coordinates, that studies,
    a name; a verb elsewhere, 加强…组 / 负责协调组, is a sentence)."""
    found = list(PRED_RE.finditer(x))
    return bool(found) and not (x.endswith("组") and all(m.end() == len(x) - 1 for m in found))


def _section(text: str, subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """A line or sentence that is wholly a unit's name, heading the duties after it: an agency's
    section in its 内设机构 list (``（一）秘书科``, ``办公室。负责…``) or a unit the reader knows
    (``县水利局``); None for anything else (a title, a verb phrase)."""
    t = compact(text).rstrip("。")
    if t[-1:] in ("：", ":") and not LABEL_RE.match(t):
        t = t[:-1]      # 住房城乡建设行政主管部门： / 负责…的质量监督 (a summary's name, its duty below)
    if not t or len(t) > 24 or re.search(r"[，,；;：:]", t):
        return None
    if "、" in t:
        # 县交通局、公路局。 / 负责… : two units heading the duties they share, each wholly a name
        got = subjects.subject_as_written(t) if not PRED_RE.search(t) else None
        return got if got and len(got) >= 2 and "、".join(compact(n) for n, _lk in got) == t else None
    sm = SECTION_NAME_RE.match(t)
    if sm and not NEVER_IN_NAME_RE.search(sm.group("x")) and not VERB_START_RE.match(sm.group("x")) \
            and not SECTION_VERB_RE.match(sm.group("x")) and not _verb_before_name_end(sm.group("x")) \
            and "依法" not in sm.group("x"):
        return [(sm.group("x"), None)]
    # (a verb inside an organ's name, 市市场监督管理局, leaves it a name: it ends as one)
    got = subjects.subject_as_written(t) if not PRED_RE.search(t) or _NAME_END_RE.search(t) else None
    # (the whole of it one name: 由公安机关依法查处 is a clause, not a name)
    return got if got and len(got) == 1 and compact(got[0][0]) == t else None


def _segmented(d: Duty) -> Duty:
    """A subject written once for two levels (``市、区人民政府``) is recorded as its surface
    segments, as an elliptical list in an annotation is: ``市`` for the top level's unit,
    ``区人民政府`` for the lower level's; the lookup keeps the full name."""
    mention = _segment_of(d.mention, d.lookup)
    return d if mention == d.mention else replace(d, mention=mention)


def _segment_of(mention: str, lookup: Optional[str]) -> str:
    """The surface segment of ``mention`` (a subject written once for two levels) that names
    ``lookup``'s level (:func:`_segmented`); ``mention`` itself when it is no such subject."""
    written = compact(mention)
    lv = LEVELS_RE.match(written)
    if not lookup or not lv or lv.end() >= len(written):
        return mention
    top, mid = lv.group("top"), lv.group("mid")
    cut = len(top) + (len(mid) + 1 if mid else 0)      # the 、 after the upper levels
    look = compact(lookup)
    town = lv.group("town")
    if look.startswith(top) and not look.startswith("各"):
        mention = top
    elif mid and look.startswith(mid) and not look.startswith("各"):
        mention = mid
    elif town and look.lstrip("各").startswith(town):
        mention = written[lv.start("town"):]           # 乡（镇）人民政府
    elif town:
        mention = written[cut + 1:lv.start("town") - 1]     # 县（区）, between the two
    else:
        mention = written[cut + 1:]
    return mention


# the lines of their own a list may be paused by before its next item resumes it
PAUSED_LIST_LINES = 4
_ITEM_NUMBER_RE = re.compile("^" + SPACE + "*[（(]?([" + CN_DIGITS + r"]{1,3}|\d{1,2})[）)．.、]")


def _item_number(text: str) -> Optional[int]:
    """The number of a list's item (``（三）`` 3, ``4.`` 4), or None."""
    m = _ITEM_NUMBER_RE.match(text)
    try:
        return to_int(m.group(1)) if m else None
    except ValueError:
        return None


def _list_mark(text: str) -> Optional[str]:
    """How a line is numbered as an item of a list: ``（一）``/``1.``/``（1）`` ("item"), or ``一、``
    ("top": a list under a header such as ``主要工作职责是：`` numbered at the top level)."""
    return "item" if ITEM_RE.match(text) else "top" if TOP_ITEM_RE.match(text) else None


# a clause filling the office's post between the office and its duty (办公室设在X，由X局长兼任办公室主任，负责…)
OFFICE_POST_FILLED_RE = re.compile("^由" + CLAUSE_CHAR + r"{2,40}?(?:兼任|担任|任)(?:办公室)?(?:常务)?副?主任$"
                                   # (the post first: 办公室主任由县教育局局长兼任)
                                   r"|^(?:办公室)?(?:常务)?副?主任由" + CLAUSE_CHAR + r"{2,40}?(?:兼任|担任)$"
                                   # (the post's holder written as the subject: 县卫生健康局局长兼任办公室主任)
                                   r"|^" + CLAUSE_CHAR + r"{2,40}?(?:局长|主任|部长|书记|负责人|负责同志|主要领导)"
                                   r"(?:兼任|担任)(?:办公室)?(?:常务)?副?主任$")


def _office_duty_after(text: str, clauses: list[tuple[int, int]], k: int) -> bool:
    """Does the clause after clause k give the office a duty, past a clause filling its post
    (``由市卫生健康局局长兼任办公室主任，负责…`` / ``办公室主任由…兼任，负责…``: the office's duty was
    lost, the post between)?"""
    j = k + 1
    if j < len(clauses) and OFFICE_POST_FILLED_RE.match(compact(text[slice(*clauses[j])])):
        j += 1
    # (办公室设在X，在Y统一领导下，履行…职责 : the office's lead, a setting between it and its duty)
    if j < len(clauses) and UNDER_LEAD_OPEN_RE.match(compact(text[slice(*clauses[j])])):
        j += 1
    return j < len(clauses) and OFFICE_DUTY_RE.match(compact(text[slice(*clauses[j])])) is not None


# two offices joined before the host they share (意识形态领导小组办公室和网络安全领导小组办公室设在党政办)
OFFICES_JOINED_RE = re.compile("^(?P<a>" + HAN + "{2,20}?办公室)(?:和|及|、)(?P<b>" + HAN + "{2,20}?办公室)设在")


def _offices_joined(clause: str) -> Optional[list[str]]:
    """``A办公室和B办公室设在Y``: the two offices, as written, or None."""
    m = OFFICES_JOINED_RE.match(compact(_without_short_def(clause)))
    if not m or any(NEVER_IN_NAME_RE.search(m.group(g)) or re.search("[和及与]", m.group(g)) for g in "ab"):
        return None
    return [m.group("a"), m.group("b")]


def _office(text: str, clauses: list[tuple[int, int]], k: int) -> Optional[str]:
    """``领导小组下设办公室，办公室设在X，主要负责…``: the office (as written, ``领导小组办公室``)
    when the clause after clause k gives it a duty."""
    if not _office_duty_after(text, clauses, k):
        return None
    lo = clauses[max(0, k - 1)][0]
    found = list(GROUP_OFFICE_RE.finditer(compact(text[lo:clauses[k][1]])))
    if not found and k and compact(text[slice(*clauses[k])]).startswith("办公室"):
        # 领导小组下设X办公室（以下简称Y），办公室设在Z，具体负责… : the bare 办公室 is the office the
        # clause before named, as written (not the group's 领导小组办公室, a name the text never gives)
        named = NAMED_OFFICE_SET_UP_RE.search(_without_short_def(compact(text[slice(*clauses[k - 1])])))
        return named.group("o") if named else None
    return _named_before(_office_name(found[-1].group("g")), compact(text[:lo])) + "办公室" if found else None


# a charge describing the collectives after it (负责灾害应急处置的各村、各站所及相关单位要…): no part of their names
CHARGED_BEFORE_EACH_RE = re.compile(r"^(?:负责|承担|参与)[^，。；、的]{2,20}的(?=各|有关|相关)")
# a group and the office it sets up, a short name defined after them (领导小组设办公室（以下简称Y）,
# 指挥部下设防汛办公室（以下简称Y）): the office
GROUP_SETS_OFFICE_RE = re.compile("(?P<g>" + HAN + "{2,20}?(?:领导小组|工作小组|小组|指挥部|委员会|委会|联席会议))"
                                  "(?:下设|设立|设)(?P<o>" + HAN + "{0,16}?办公室)")
# a group's office set up under its own name (领导小组下设犬类管理办公室), at the clause's end
NAMED_OFFICE_SET_UP_RE = re.compile("下设(?P<o>(?!办公室)" + HAN + "{2,20}?办公室)$")


def _named_before(group: str, before: str) -> str:
    """A bare kind of group (``指挥部下设办公室…``) as the full name the text gave it before
    (``县森林防火指挥部负责…。指挥部下设办公室``); ``group`` itself when it is named or none is."""
    if not BARE_GROUP_RE.fullmatch(group):
        return group
    # (市委、市政府成立X领导小组 : the name after the verb that sets it up)
    names = [n for n in (SETS_UP_RE.split(n)[-1] for n in NAMED_GROUP_RE.findall(before))
             if n.endswith(group) and len(n) > len(group) and not NOT_IN_GROUP_NAME_RE.search(n)]
    return names[-1] if names else group


# a group written by its kind alone, standing for the one named before it
BARE_GROUP_RE = re.compile(r"指挥部|领导小组|工作小组")
SETS_UP_RE = re.compile(r"成立|设立|组建")
# …but not a clause's words run into one (各成员单位有关负责同志为联席会议)
NOT_IN_GROUP_NAME_RE = re.compile(r"^各|[为是由和及的与在]")
# a group's full name after a stop or at the text's start (县森林防火指挥部负责… ; 由县防汛指挥部统一…)
NAMED_GROUP_RE = re.compile(r"(?:^|[，。；：、（）])(?:由|经|在|设立|成立)?(" + HAN + r"{2,20}?(?:指挥部|领导小组|工作小组))")


def _office_name(name: str) -> str:
    """An office's name as its sentence gives it: after the sentence's last 是/的/机构 when the full
    stop before it was lost (食安委是…的议事协调机构食安委办公室…设在Z: 食安委办公室)."""
    name = re.split("是|的|机构|机关", name)[-1] if re.search("是|的", name) else name
    # (镇应急领导小组设立应急领导小组办公室，办公室设在Z，负责… : the office the group sets up, named
    # after the verb, as written; not the setter and its verb run into one name)
    return SETS_UP_RE.split(name)[-1] or name


def _own_office(clause: str, text: str, clauses: list[tuple[int, int]], k: int) -> Optional[str]:
    """``X办公室（以下简称Y）设在Z，负责…``: the office the clause names before 设在 (as written),
    when the clause after it gives it a duty and no group's office is named."""
    if not _office_duty_after(text, clauses, k):
        return None
    name = _office_name(compact(_without_short_def(clause)).split("设在", 1)[0])
    name = re.sub("(?:调整|改)$", "", name)
    if name.startswith("其"):
        # 保留X委员会，其办公室设在Y，负责… : the office of the group the clause before names (not 其办公室)
        before = re.split(KEEPS_GROUP_RE, compact(text[slice(*clauses[k - 1])]))[-1] if k else ""
        group = NAMED_GROUP_AT_END_RE.fullmatch(before)
        return group.group("g") + name[1:] if group and name == "其办公室" \
            and not NEVER_IN_NAME_RE.search(group.group("g")) and not VERB_START_RE.match(group.group("g")) else None
    return name if len(name) > 3 and name.endswith("办公室") and not NEVER_IN_NAME_RE.search(name) else None


# a group named at a clause's end, after the verb that keeps, sets up or adjusts it (保留县绿化委员会 ;
# 县政府决定成立X领导小组): the clause's words after its last such verb
KEEPS_GROUP_RE = "保留|成立|设立|组建|调整|设置"
NAMED_GROUP_AT_END_RE = re.compile("(?P<g>(?:" + HAN + "|[（）]){2,30}?" + GROUP_SUFFIX + ")")


# a segment whose subject is both parties of an agreement between two bodies (两部门要建立…机制 ;
# 双方确定…), before what they do
BOTH_PARTIES_RE = re.compile(r"^(?:双方|两部门|两个部门|两局|两单位|两家单位)(?=共同|要|应当|应|须|必须|确定|建立|负责|加强|"
                             r"定期|及时|互相|相互|联合|协商|每)")
# the word joining the two parties a text names (县市场监督管理局与县农业农村局…职责分工的意见)
_PARTIES_JOIN_RE = re.compile("[与和同]")
# …the words the first party follows (关于A与B…, 加强A与B…, a stop)
_PARTY_OPENS_RE = re.compile(r"[，。；：、（）“”《》]|关于|加强|建立|健全|完善|推进|促进|深化|规范|明确|理顺|为|对|在|由|是")


def _parties(read: Sequence[tuple[int, str]], number: int, head: str,
             subjects: "_Subjects") -> Optional[list[tuple[str, Optional[str]]]]:
    """The two bodies ``A与B`` the text named last before the line ``number`` (or on it, in
    ``head``): whom 双方 / 两部门 stands for in an agreement between two bodies (its title or its
    opening names them). None when no such pair is named."""
    texts = [head] + [t for n, t in reversed(read) if n < number][:12]
    for t in texts:
        c = compact(t)
        for m in reversed(list(_PARTIES_JOIN_RE.finditer(c))):
            # (the first party opens where a word before it ends, the nearest: 为进一步加强A与B…)
            opens = sorted({0, *(o.end() for o in _PARTY_OPENS_RE.finditer(c, 0, m.start()))}, reverse=True)
            a = next((u for k in opens if m.start() - 20 <= k <= m.start() - 2
                      and (u := subjects.subject_as_written(c[k:m.start()]))), None)
            b = next((u for k in range(min(len(c), m.end() + 20), m.end() + 1, -1)
                      if (u := subjects.subject_as_written(c[m.end():k]))), None)
            if a and b and len(a) == 1 and len(b) == 1 and a != b:
                return a + b
    return None


def _own_unit(read: Sequence[tuple[int, str]]) -> Optional[str]:
    """The unit a reply to the public is written by, as the reply names it: its 联系单位/承办单位
    line, else its heading ``X答复：`` or spokesman ``X发言人``, else its signature (a line wholly
    an organ's name before the date line or at the end); None when it names none."""
    texts = [compact(t) for _n, t in read if t.strip()]
    for t in texts:
        m = OWN_UNIT_LABEL_RE.search(t)
        if m:
            return m.group("x")
    for t in texts:
        m = OWN_UNIT_HEAD_RE.match(t)
        if m:
            return m.group("x") or m.group("y")
    for k, t in enumerate(texts):
        if OWN_UNIT_SIGNED_RE.match(t) and (k + 1 == len(texts) or _DATE_LINE_RE.match(texts[k + 1])):
            return t
    return None


#: the one unit a reply or an approval is addressed to, on its opening line (县自然资源局：)
_ADDRESSEE_LINE_RE = re.compile("^(?P<x>" + HAN + r"{3,30}?)[：:]$")
#: the addressee named in the second person (你局应会同…; 你委要…), anywhere and as a whole subject
# (an approval to a government names its place so: 你市 / 你县, the polity the government runs)
_SECOND_PERSON = r"(?:你|贵)(?:局|委|办|厅|处|所|中心|单位|公司|院|站|队)|你们|你(?:省|市|县|区|州|旗|盟)"
SECOND_PERSON_RE = re.compile("^(?:" + _SECOND_PERSON + ")$")
#: …and that place's governments of every level (你市有关各级政府要…): a collective as written
SECOND_PERSON_GOVS_RE = re.compile(r"^你(?:省|市|县|区|州|旗|盟)(?:有关|相关)?各级(?:人民)?政府$")


def _addressee(read: Sequence[tuple[int, str]], subjects: "_Subjects") -> Optional[str]:
    """The one unit a document is addressed to, on a line of its own ending in a colon among its
    first lines (an approval's ``县自然资源局：``), when the text speaks to it in the second person
    (``你局``); None otherwise (a notice to many, 各乡镇人民政府、县政府各部门：, is no addressee of one)."""
    texts = [compact(t) for _n, t in read if t.strip()]
    if not any(re.search(_SECOND_PERSON, t) for t in texts):
        return None
    # (its first lines, or more of them before the body's first sentence where a page's furniture,
    # 听全文 / 分享到 / a date, comes first: 穗府办函…，the title, then 市工商局：)
    head = texts[:6]
    for k, t in enumerate(texts[:12]):
        if "。" in t:
            break
        if k >= 6:
            head.append(t)
    for t in head:
        m = _ADDRESSEE_LINE_RE.match(t)
        if m and "、" not in t and "，" not in t and not LABEL_RE.match(t):
            got = subjects.subject_as_written(m.group("x"))
            if got and len(got) == 1:
                return m.group("x")
    return None


# an item ending in a Chinese character (no stop, no comma: cut mid-word by a copy's wrapping), and
# the line going on with it (a Chinese character first, no mark)
# (an item of ten characters or more; the line going on ends as an item does, with ；or 。, which a
# list written without stops and the heading after it do not)
WRAPPED_CUT_RE = re.compile("[^\\s]{10,}[\u4e00-\u9fff]$")
WRAPPED_ON_RE = re.compile("[\u4e00-\u9fff][^\\n]*[；;。]$")
WRAPPED_INSIDE_RE = re.compile("[，,、；;“”]")


def _wrapped_cut(text: str) -> bool:
    """``WRAPPED_CUT_RE`` found in ``text``. Searched from the line's start it tried every position of a
    long line (its ``{10,}`` run to the end and back: ~40 us a line, 4 % of the bundled corpus's
    extraction); a match, if any, also starts at the eleventh character before the end (or the twelfth,
    before a final newline ``$`` admits), so the search starts there: the same answer."""
    return WRAPPED_CUT_RE.search(text, max(0, len(text) - 12)) is not None
_NO_MARK = re.match("", "")     # (the span of no mark: the search from a line's start)


def _opens_with_unit(text: str, subjects: "_Subjects") -> bool:
    """``text``'s first clause opens with a unit's name (县财政局负责…): a sentence of its own, no
    wrapped item's rest."""
    first = compact(re.split("[，,；;。：:]", text, maxsplit=1)[0])
    return any(subjects.subject_as_written(first[:j]) for j in range(min(len(first), 24), 1, -1))


def read_lines(lines: Sequence[tuple[int, str]], known: Callable[[str], bool],
               level: Optional[str] = None, area: Optional[str] = None) -> list[Duty]:
    """Duty clauses of a document's lines, given as (line number, normalised text); ``level``
    is the document's jurisdiction level (national, province, prefecture, county), if known."""
    subjects = _Subjects(known, level, area)
    out: list[Duty] = []
    order = 0
    list_subject: Optional[list] = None      # subject of an open enumerated list
    list_at: Optional[int] = None            # …the number of its last item
    paused: Optional[tuple] = None           # …a list a paragraph of its own stopped (its holder, mark, via,
    #                                          last item's number, the lines since)
    established: Optional[list] = None       # the body the document sets up (成立X / 设立X)
    pending_group: Optional[list] = None     # the working group the last sentence was about (GROUP_TOPIC_RE)
    heading_subject: Optional[list] = None   # subject of a 主要职责 heading's list
    heading_top = True                       # …whose heading has a mark or a name (一、主要职责, X职责)
    heading_top_items = False                # …whose list's first item is numbered at the top level
    heading_items: Optional[bool] = None     # that list is enumerated (or paragraphs)
    heading_paras = 0                        # …the paragraphs it has had (a head paragraph, then items)
    heading_changes = False                  # …is a 三定 rule's 职责调整 (only the duties added are the body's)
    list_via = "prose"                       # "conduct": the list is a regulated party's rules
    last_holders: Optional[list] = None      # the holders of the last duty read on the line
    agency: Optional[list] = None            # the agency a 三定 rule is about (X为…工作部门)
    list_mark: Optional[str] = None          # how the open list's items are numbered (_list_mark)
    section: Optional[list] = None           # a unit named alone on the line before (（一）秘书科)
    prev_labelled: Optional[list] = None     # the unit labelling the line before (市公安局：负责…)
    conduct = False
    # (a mirror's pinyin glosses inside the words, 部門（mén）負（fù）責（zé）, read as if absent: a gloss
    # splits the verb and the name it follows; the duty's text is then the line's without them)
    read = _split_collapsed(_run_on(_broken(_heading_rejoined(_unwrapped([(n, _UNCLOSED_OR_RE.sub("或", unglossed(t, after_han=True)))
                                                        for n, t in lines])))))
    glossed = {n: t for n, t in lines if unglossed(t, after_han=True) != t}
    commas: dict[int, str] = {}              # lines whose list commas were read as 、 (_list_commas)
    subjects.own = _own_unit(read)
    subjects.title_own = _title_own(read, subjects)
    # an article about one body, its name the text's first line (an encyclopedia's 宁都县应急管理办公室,
    # then 工作职责 / 主要职责是： and the items): a nameless duties heading with no body set up lists its duties
    title_body = _title_body(read, subjects)
    subjects.addressee = _addressee(read, subjects)
    last_line = max((n for n, t in read if t.strip()), default=None)
    # a list's sub-heading ((一)组织领导与法制建设, then 1.… / (1)…): a title inside the list, no duty
    filled = [(n, t) for n, t in read if t.strip()]
    subheads = {n for (n, t), (_n2, t2) in zip(filled, filled[1:])
                if SUBHEADING_RE.match(t) and SUBHEADING_NEXT_RE.match(t2)}
    alone_before: Optional[list] = None     # the line before, when it is wholly one body's name
    line_holders: Optional[list] = None     # the holders of the last duty read on the line before
    points: Optional[list] = None           # the holders whose points the paragraphs number (一要…)
    alone_now: Optional[list] = None
    plan_group: Optional[list] = None       # a plan's working group headed on a line before (PLAN_GROUP_HEADING_RE)
    item_cut = False                        # the open list's last item ends mid-word (a wrapped copy)
    this_line = ""                          # the line being read (the one before, when a line opens)
    for number, text in read:
        if not text.strip():
            continue
        before_line, this_line = this_line, text.rstrip(" 　\t")
        group_line = compact(text)
        group_before, plan_group = plan_group, None
        if gh := PLAN_GROUP_HEADING_RE.match(group_line):
            plan_group = [(gh.group("g"), None)]
        elif group_before and PLAN_GROUP_MEMBERS_RE.match(group_line):
            plan_group = group_before       # 组 长：X负责人 / 成员单位：A、B : the group's leader and members
        alone_before, alone_now = alone_now, _name_alone(text, subjects)
        section_before, section = section, None
        labelled_before, prev_labelled = prev_labelled, None
        if item_cut and _list_mark(text) is None and WRAPPED_ON_RE.match(text.rstrip(" 　\t")) \
                and not ARTICLE_RE.match(text) and (list_subject is not None or heading_subject is not None) \
                and not _opens_with_unit(text, subjects):
            # 1.组织贯彻落实…的安 / (a blank line) / 全生产方针，执行…； : an item a copy wrapped
            # mid-word over a paragraph break goes on; the list stays open for the items after it
            # (its rest is no duty of its own: the item's text was read on its first line)
            item_cut = False
            continue
        # (an item of a clause, its punctuation inside, no unit's name alone as a heading:
        # （四）市安全生产综合监管部门 / 在市政府的领导下，… is the unit's paragraph, no wrap)
        item_cut = _list_mark(text) is not None and _wrapped_cut(text.rstrip(" 　\t")) \
            and WRAPPED_INSIDE_RE.search(text, (MARKER_RE.match(text) or _NO_MARK).end()) is not None \
            and not alone_now
        if list_subject is not None:
            mark = _list_mark(text)
            list_mark = list_mark or mark       # the list's first item says how its items are numbered
            if mark is None or mark != list_mark or ARTICLE_RE.match(text):
                # (a paragraph of its own between two items, its own subject, 门诊部、诊所等应… between
                # （三） and （四）: the list is suspended, its next item resumes it below)
                paused = (list_subject, list_mark, list_via, list_at, 0) \
                    if mark is None and not ARTICLE_RE.match(text) and list_at is not None else None
                list_subject = None
            else:
                list_at = _item_number(text)
        elif paused is not None:
            mark = _list_mark(text)
            if mark is None and not ARTICLE_RE.match(text) and paused[4] < PAUSED_LIST_LINES:
                paused = paused[:4] + (paused[4] + 1,)
            elif mark == paused[1] and not ARTICLE_RE.match(text) and _item_number(text) == paused[3] + 1:
                # （四）… after the paragraph: the list's next item, its holder the list's
                list_subject, list_mark, list_via, list_at, paused = paused[0], paused[1], paused[2], paused[3] + 1, None
            else:
                paused = None
        mask = _line_mask(text)
        subjects.define(text, mask)
        listed = _list_commas(text, mask, subjects)
        if listed != text:
            commas[number] = text       # the line as written, for the duties' text
            text, mask = listed, _line_mask(listed)
        # the document's last line ending inside a sentence: an excerpt's edge; an item of a list
        # or a duty carried from a subject written before, cut there, is not read (a clause with
        # its own subject is: its holder is written)
        cut = number == last_line and not EDGE_END_RE.search(text.rstrip(" 　\t"))
        mk = MARKER_RE.match(text)
        start = mk.end() if mk else 0
        end = len(text.rstrip(" 　\t"))
        hm = LIST_HEADING_RE.match(compact(text[start:end]))
        named = (_organ(hm.group("x"), subjects) or _organ_before_field(hm.group("x"), subjects)) \
            if hm and hm.group("x") else None
        if hm and hm.group("x") and compact(text[start:end]).endswith("。") \
                and "".join(compact(n) for n, _lk in named or ()) != compact(hm.group("x")):
            # 第七条办公室职责。 is a heading (its words before 职责 one body's name); X依据职能履行
            # 监管职责。 is a sentence ending in 职责, X's duty
            hm = named = None
        if named and POST_AFTER_BODY_RE.match(
                compact(hm.group("x"))[len("".join(compact(n) for n, _lk in named)):]):
            # 各级党委主要负责人安全生产职责主要包括： : the duties of the body's head, a post; neither
            # the heading nor its items are the body's (the list before it ends here too)
            heading_subject = heading_items = None
            continue
        # 部门职责 / 单位职责 under a body's name: the body's own duties, the word no name
        own_word = bool(hm) and hm.group("x") in OWN_DUTIES_WORDS
        if own_word:
            named = None
        if not hm and established and DUTY_CHANGES_HEADING_RE.match(compact(text[start:end])):
            # 一、职责调整 of a 三定 rule (设立X…) : its items that add a duty to X (（一）增加…的职责。)
            # are X's; those that take one away or move it (取消…, 将…职责划归Y) are not
            heading_subject, heading_items, heading_changes = established, None, True
            heading_top = mk is not None
            continue
        if hm and (named or not hm.group("x") or own_word):
            heading_changes = False
            # 一、主要职责 / X机构职能 : the list after it is X's (or the body set up above)
            if named and established and len(named) == 1 and GROUP_NAME_RE.fullmatch(compact(named[0][0])) \
                    and compact(established[0][0]).endswith(compact(named[0][0])):
                named = established     # 领导小组主要职责 : the group set up above
            # (a responsibility list's section, 政府办 on a line of its own, then 部门职责 and the
            # duties: the body named on the line just before the heading)
            heading_subject = named or alone_before or established or title_body
            heading_items = None
            # (a bare heading with no mark of its own, 职责：, may list the duties of the body set up above
            # numbered at the top level: 一、组织… / 二、加强…, one list, not the next sections)
            # (…but an article's heading, 第一条 X的职权如下：, lists its items numbered 一、 / 二、 as
            # the rules of articles do, its own items and not the next sections)
            heading_top = (mk is not None or bool(hm.group("x"))) and not (mk and ARTICLE_MARK_RE.match(mk.group()))
            continue
        if mk and (ITEM_RE.match(text) or TOP_ITEM_RE.match(text)) and not cut \
                and not re.search(r"[，,。；;：:、]", mask[start:end]) and end - start <= 20:
            # （一）辽阳市政府 on a line of its own: the paragraphs after it are its duties, as
            # under （五）X的职责
            named = subjects.subject_as_written(text[start:end].strip(" 　")) \
                if not MEMBERS_TITLE_RE.match(compact(text[start:end])) else None
            if named:
                heading_subject, heading_changes = named, False
                heading_items = None
                continue
        if heading_subject is not None:
            # the list is enumerated items or paragraphs, as its first line is; it ends with the
            # next top-level heading, a line of the other form, or a line that is no sentence
            top_item = not heading_top and TOP_ITEM_RE.match(text) is not None
            is_item = bool(ITEM_RE.match(text)) or top_item
            if heading_items is None:
                heading_items, heading_top_items = is_item, top_item
                heading_paras = 0
            elif heading_items is False and heading_paras == 1 and FIRST_ITEM_RE.match(text):
                # 一、主要职能 / 在市政府领导下，统筹协调…工作。 / （一）研究拟定…； : one paragraph
                # saying the body's part, then the list of its duties, numbered from its first item
                heading_items = True
            if not heading_items:
                heading_paras += 1
            # (an item of the list's own form the page wrote without its full stop, 2.研究部署…工作,
            # is still one of its duties when it opens with a duty's verb and is no short title)
            unstopped_item = is_item and heading_items and end - start >= UNSTOPPED_ITEM_MIN \
                and PRED_RE.match(compact(text[start:end])) is not None
            if (TOP_MARK_RE.match(text) and not (top_item and heading_top_items)) \
                    or is_item != heading_items \
                    or not (re.search(r"[。；;，,]", mask[start:end]) or unstopped_item):
                heading_subject, heading_changes = None, False
        established = _established(text, subjects) or established
        am = AGENCY_RE.match(compact(text[start:end]))
        agency = (_organ(am.group("x"), subjects) if am else None) or agency
        if established and len(established) == 1:
            subjects.established = established[0]
        header: Optional[list] = None
        sub_list = False                  # the line's header opens a duty list with no holder of its own
        heading: Optional[list] = None    # 健康教育机构。…负责… : a line headed by its subject
        line_holders, last_holders = last_holders, None
        last_run: Optional[tuple[int, int, int]] = None    # out[lo:hi], the text's start: the last duty
        got_any = False
        set_up: list[str] = []      # the bodies this line sets up (设置市中心血站1个)
        first_out = len(out)
        topic = TOPIC_LABEL_RE.match(text[start:end])
        if topic and topic.group("x").strip(" 　") in MEASURE_LABELS:
            topic = None    # 整改要求：X负责… : an inspection notice's remedy field, read as its annotation
        if not topic and (area := AREA_LABEL_RE.match(text[start:end])) \
                and area.group("x").strip(" 　") not in MEASURE_LABELS:
            first = re.split("[，,。；;]", text[start + area.end():end], maxsplit=1)[0]
            if _find_predicate(first, compact(first), subjects):
                topic = area    # 驻村教育管理：乡镇党委全面负责… : an area's label, then its holder
        if not topic and (dl := DUTIES_LABEL_RE.match(text[start:end])):
            first = re.split("[，,。；;]", text[start + dl.end():end], maxsplit=1)[0]
            got = _find_predicate(first, compact(first), subjects)
            if got and got[0] and got[2].start() > 0:
                topic = dl      # 主要职责：县公安局负责… : the label, then a holder of its own
        if topic and len(text[start + topic.end():end].strip(" 　")) >= 6 \
                and not subjects.subject(topic.group("x")):
            start += topic.end()    # （三）督查要求：要求各责任单位于…前… : a run-in topic label, no subject
        labelled = _labelled(text, start, end, subjects)     # 县住建局：负责…
        opening = text[start:end].lstrip(" 　")
        if not labelled and group_before and (gl := PLAN_GROUP_DUTIES_RE.match(text, start, end)) \
                and len(compact(text[gl.end():end])) >= 6:
            # 4.6.11 消防组 / 组 长：… / 成员单位：… / 主要应急措施：组成抢险队伍，… : the group's measures
            # (a subject written after the label was read as its own, AREA_LABEL_RE)
            labelled = (group_before, gl.end())
        if not labelled and not mk and line_holders and before_line.endswith(("；", ";")) \
                and not _list_mark(before_line) and not ARTICLE_RE.match(text) \
                and PRED_RE.match(opening, CONNECTIVE_RE.match(opening).end()) and len(compact(text[start:end])) >= 6 \
                and not _opens_with_unit(text, subjects):
            # 区教育局负责…；负责…； / 指导全区学校安全工作。 : a paragraph broken after a ；, its next part
            # opening with a duty's verb and no subject, goes on with the holders of the line before
            # (an item of a list, 1.…； / 2.…, has its own holder: the list's)
            labelled = (line_holders, start)
        if not labelled and not mk and (section_before or labelled_before) \
                and PRED_RE.match(opening, CONNECTIVE_RE.match(opening).end()) and len(compact(text[start:end])) >= 6 \
                and not BYLINE_START_RE.match(opening):
            # （一）秘书科 / 负责文电办理工作；… : the unit named alone on the line before holds the
            # duties of this one; so does a member's, on a line of its own after its labelled line
            # (市发展改革局：负责…。 / 负责维护…；负责保障…); a bare verb is a page's menu (财政厅 / 推进),
            # a byline field a page's date (信息中心 / 发布日期：2020-06-19 查看次数：…)
            labelled = (section_before or labelled_before, start)
        # X要…。 / 一要…。 / 二要…。 : paragraphs numbering their points with a modal and no subject
        # of their own go on with the holder of the paragraph before the first (a charge, then its
        # points); any other line ends them
        point = POINT_MUST_RE.match(text[start:end].lstrip(" 　")) if not mk else None
        if point and point.group().startswith("一要"):
            points = line_holders
        elif not point:
            points = None
        if point and points and not labelled:
            labelled = (points, start)
        if labelled:
            heading, start = labelled
            prev_labelled = labelled[0]
        elif end - start <= 24 and not _spans(mask, start, end, "。！？")[1:]:
            section = _section(text[start:end], subjects)
            if section:
                continue
        prev_mark: Optional[int] = None    # len(out) when the sentence before began
        article = ARTICLE_RE.match(text) is not None     # a regulation's article (第三条 …)
        group_labelled = False             # labelled by a working group's 主要职责： (GROUP_DUTIES_RE)
        prev_text = ""                     # the sentence before, compacted
        said_before = ""
        verb_went_on = False               # the sentence before went on with the holders before it
        merged_on = False                  # …and its task took that sentence in (no duty of its own added)
        article_chain = False              # the sentence before opened the article or went on with it
        subjects.charged = False
        for sa, sb in _transfer_split(text, _spans(mask, start, end, "。！？")):
            chained_before, article_chain = article_chain, False
            # (会议明确，一是…。二是…: the meeting's points, to the first sentence that is none)
            subjects.charged = MEETING_CHARGE_RE.match(compact(text[sa:sb])) is not None \
                or (subjects.charged and SENTENCE_NO_RE.match(text[sa:sb]) is not None)
            # (the working group the sentence before is about: 综合协调组由A牵头，B参加。主要职责：…)
            group_topic, pending_group = pending_group, None
            gt = GROUP_TOPIC_RE.match(compact(text[sa:sb]))
            if gt:
                pending_group = [(gt.group("g"), None)]
            if group_labelled and MARKER_RE.match(text[sa:sb]):
                labelled = heading = None   # …；汇总上报…。二、X组… : the next group's item ends its duties
                group_labelled = False
            # the sentence before gave a duty, or went on with the holders before it (X要…。对…，要…。对…，要…:
            # each sentence of cases goes on, not only the first)
            held_before = prev_mark is not None and (len(out) > prev_mark or merged_on)
            merged_on = False
            # (the sentence before charged a holder, or went on with one so: 指导…。采取…)
            charged_before = (held_before and CHARGE_SENTENCE_RE.match(prev_text) is not None) or verb_went_on \
                or (held_before and article and ARTICLE_MODAL_SENTENCE_RE.match(prev_text) is not None)
            said_before = prev_text             # the sentence before (其主要职责是： after it sets a body up)
            prev_mark, prev_text, verb_went_on = len(out), compact(text[sa:sb]), False
            inline = INLINE_ITEM_RE.match(text, sa, sb) if sa > start else None
            if inline and inline.end() < sb:
                # …协助做好有关工作。（36）县减灾委其他成员单位… : a list's items run on in one paragraph
                # (a document's text copied without its line breaks): each item opens its own
                # sentence, and a unit labelling an item (（35）乡村振兴服务中心：负责…) holds that
                # item's duties only, not the next item's
                sa = inline.end()
                labelled = _labelled(text, sa, sb, subjects)
                heading = None
                if labelled:
                    heading, sa = labelled
            elif not (sa == start and labelled) and (own := _duties_of(text, sa, sb, subjects)
                                                      or _moved_list(text, sa, sb, subjects)):
                # …。乡镇食品安全监管办公室的主要职责是：贯彻…；配合…；负责… / X的职责为宣传…；制定… : a
                # sentence naming whose duties it lists, inside a paragraph or with no colon, labels
                # the rest of the sentence as a unit's line does (every ；-part its own)
                labelled = own
                heading, sa = own
            if PURPOSE_RE.match(compact(text[sa:sb])):
                continue        # 为了…，建设节约型机关，…，制定本办法。 : the text's purpose
            if SCOPE_SENTENCE_RE.search(compact(text[sa:sb])) or DEFINITION_SENTENCE_RE.match(compact(text[sa:sb])):
                continue        # 各级党委…履行…职责，适用本规定。 : whom the text applies to; 本规定所称X，是指… a term
            if sa == start and not re.search(r"[，,；;：:]", mask[sa:sb]) and sb - sa <= 20:
                # wholly a subject, nothing set aside (市财政局根据规定制定细则 is a clause)
                heading = subjects.subject_as_written(text[sa:sb].strip(" 　"))
                sec = _section(text[sa:sb], subjects) if not heading and sb < end else None
                if sec and PRED_RE.match(text[sb:end].lstrip(" 　。")):
                    # 办公室。负责机关日常运转；承担… : a section named alone holds every duty after it
                    heading, labelled = sec, (sec, sb)
                if heading:
                    continue
            for ca, cb in _spans(mask, sa, sb, "，,；;"):
                su = SET_UP_RE.match(compact(text[ca:cb]).rstrip("。！？"))
                if su and subjects.subject_as_written(su.group("x")):
                    set_up.append(su.group("x"))
            if heading and set_up and re.fullmatch(r"[^，,；;]+[。！？]?", mask[sa:sb].strip(" 　")) \
                    and SET_UP_RE.match(compact(text[sa:sb]).rstrip("。！？")):
                # 健康教育机构。设置市健康教育所1个。负责… : the one body set up holds the duties after it
                heading = subjects.subject_as_written(set_up[-1])
                continue
            carried: Optional[list] = heading
            going_on = not heading and last_holders is not None and last_run is not None \
                and (GO_ON_RE.match(compact(text[sa:sb])) is not None
                     or CONDITION_SENTENCE_GOES_ON_RE.match(compact(text[sa:sb])) is not None
                     or GO_ON_AND_VERB_RE.match(compact(text[sa:sb])) is not None
                     or held_before and UNDER_LEAD_OPEN_RE.match(compact(text[sa:sb]).split("，", 1)[0]) is not None
                     or held_before and OBJECT_GOES_ON_RE.match(compact(text[sa:sb])) is not None
                     or held_before and CASE_TOPIC_GOES_ON_RE.match(compact(text[sa:sb])) is not None
                     or held_before and WHEN_GOES_ON_RE.match(compact(text[sa:sb])) is not None
                     and not _embedded_subject(compact(text[sa:sb]).split("，", 1)[0], subjects)
                     or held_before and BARE_GO_ON_RE.match(compact(text[sa:sb])) is not None
                     and re.search(r"[，,]", mask[sa:sb]) is not None
                     or charged_before and VERB_GO_ON_RE.match(compact(text[sa:sb])) is not None
                     or held_before and article and chained_before
                     and _article_goes_on(compact(text[sa:sb]), subjects))
            article_on = going_on and held_before and article and chained_before \
                and _article_goes_on(compact(text[sa:sb]), subjects)
            article_chain = article and (sa == start or article_on)
            # (X要…。要…；要…；要… : a sentence of bare 要-parts going on with the holders before; its
            # later parts go on too, each its own task)
            bare_went_on = going_on and BARE_GO_ON_RE.match(compact(text[sa:sb])) is not None
            if going_on:
                carried = last_holders      # X要…。并要… : the sentence before's holders go on
                verb_went_on = charged_before and VERB_GO_ON_RE.match(compact(text[sa:sb])) is not None
            before = last_holders       # the holders of the sentence before (其主要职责是：)
            for ga, gb in _spans(mask, sa, sb, "；;"):
                sm = SEGMENT_NO_RE.match(text[ga:gb]) if ga > sa else SENTENCE_NO_RE.match(text[ga:gb])
                if sm and ga + sm.end() < gb:
                    ga += sm.end()      # …；四是X要… : a count of points inside a sentence, no subject's part
                clauses = _spans(mask, ga, gb, "，,")
                is_header = mask[ga:gb].rstrip(" 　").endswith(("：", ":"))
                if is_header:
                    last = clauses[-1]
                    clauses[-1] = (last[0], last[0] + len(mask[last[0]:last[1]].rstrip(" 　：:")))
                gd = GROUP_DUTIES_RE.match(compact(mask[ga:gb])) if group_topic and ga == sa else None
                if gd and not is_header:
                    # 综合协调组由A牵头，B参加。主要职责：衔接…；建立…；统筹… : every duty after it the group's
                    ga += re.search(r"[：:]", text[ga:gb]).end()
                    clauses = _spans(mask, ga, gb, "，,")
                    labelled = (group_topic, ga)
                    heading = carried = group_topic
                    group_labelled = True
                elif not labelled and not is_header and (before or agency) \
                        and ITS_DUTIES_INLINE_RE.match(compact(mask[ga:gb])):
                    # X为…工作部门。…主要职责是贯彻执行…；组织开展…。负责… : the paragraph's duties from here
                    # on are X's, as on a line X labels
                    labelled = (before or agency, ga)
                    heading = carried = labelled[0]
                    # …and the paragraphs after it, as a 主要职责 heading's (a text wrapped at ；)
                    heading_subject, heading_items, heading_changes = labelled[0], None, False
                run_in = None
                if not labelled and not is_header and ga == sa and heading_subject and not (before or agency) \
                        and (ri := DUTIES_RUN_IN_RE.match(text, ga, gb)) and ri.end() < gb:
                    # 二、联席会议职责 / 联席会议每年至少召开1次。主要职责：听取…，协调解决…。成员单位按照
                    # 各自职责，… : the sentence a run-in label of duties opens is the heading's body's,
                    # though another sentence of the paragraph names a holder of its own
                    ga, run_in = ri.end(), heading_subject
                    clauses = _spans(mask, ga, gb, "，,")
                    carried = run_in
                # (…。要…；要…；要… : a ；-part opening with a bare 要 in a sentence of such parts that went
                # on with the holders before goes on with them too, its own task; not in the holder's own
                # sentence, X要…；要…, whose later parts a plan gives to the units its annotations name)
                runs = _segment_runs(text, mask, clauses, subjects, carried, article_on and ga == sa,
                                     bare_went_on and ga > sa and carried is not None)
                if run_in and not runs and not OTHER_DUTIES_ITEM_RE.match(compact(text[ga:gb])):
                    runs = [_Run(0, len(clauses), tuple((n, lk, "responsible") for n, lk in run_in))]
                if not runs and not is_header and BOTH_PARTIES_RE.match(compact(text[slice(*clauses[0])])) \
                        and (pair := _parties(read, number, text[:ga], subjects)):
                    # 县市场监管局与县农业农村局…的意见 … 三、两部门要建立…机制 : both parties the text
                    # named hold it (a reference, n174's 双方; it was lost)
                    runs = [_Run(0, len(clauses), tuple((n, lk, "responsible") for n, lk in pair))]
                if labelled and not runs and not is_header \
                        and not OTHER_DUTIES_ITEM_RE.match(compact(text[ga:gb])):
                    # 县住建局：负责…；指导、配合…；督促… : every duty on a unit's line is its own
                    # (not its last, …；法律法规规章等规定的其他职责。: no act, as an item of a list)
                    first = compact(text[slice(*clauses[0])])
                    lead = LEAD_MANNER_RE.match(first)
                    # (县住建局：牵头负责… : the label's unit leads)
                    role = "lead" if (first[lead.end():] if lead else first).startswith("牵头") else "responsible"
                    runs = [_Run(0, len(clauses), tuple((n, lk, role) for n, lk in labelled[0]))]
                    # …；依法会同有关部门开展… : a segment opening with its partners (a manner word before)
                    partners = _partners(first[lead.end():] if lead else first, subjects, labelled[0])
                    if partners:
                        runs = [_Run(0, len(clauses), runs[0].duties + tuple(partners))]
                    # (…，及时与有关部门共同研究解决… : a later clause taking another along, as after
                    # a carried holder)
                    joined = tuple(j for a, b in clauses[1:] for j in _joined_holders(text[a:b], subjects))
                    if joined:
                        runs = [_Run(0, len(clauses), runs[0].duties + joined)]
                if labelled and runs:
                    runs = _with_later_partners(runs, text, clauses, subjects, labelled[0])
                if cut and gb >= end and runs and not _segment_runs(text, mask, clauses, subjects, None):
                    runs = []       # a carried duty the excerpt's edge cuts (…；负责组织…承担度汛临)
                if cut and gb >= end and runs and runs[-1].last == len(clauses) and len(clauses) > 1:
                    runs[-1] = _without_cut_partners(runs[-1], compact(text[slice(*clauses[-1])]))
                carried = None
                if is_header:
                    requirements = not runs and bool(before) and ITS_REQUIREMENTS_RE.match(compact(mask[ga:gb])) is not None
                    duty_list = DUTY_HEADER_RE.search(mask[ga:gb].rstrip(" 　")) or requirements
                    # 市、县两级X负责…的监督管理： a duty of X's whose parts are the items after it
                    # (not 有下列行为之一的，由X处罚： a list of cases)
                    parts_after = bool(runs) and not duty_list and DUTY_PARTS_HEADER_RE.search(mask[ga:gb]) is not None \
                        and not CASES_HEADER_RE.search(mask[ga:gb])
                    if runs and duty_list and WORK_PARTS_HEADER_RE.search(mask[ga:gb].rstrip(" 　")) \
                            and not CASES_HEADER_RE.search(mask[ga:gb]):
                        duty_list, parts_after = None, True
                    header = [(n, lk) for n, lk, r in runs[-1].duties if r not in ("support", HOST)] \
                        if runs and (duty_list or parts_after) else []
                    sub_list = bool(duty_list) and not runs
                    if duty_list and not runs and group_topic and ITS_DUTIES_RE.match(compact(mask[ga:gb])):
                        header = group_topic    # 综合协调组由A牵头，B参加。主要职责： the group's list
                    elif duty_list and not runs and before and ITS_DUTIES_RE.match(compact(mask[ga:gb])) \
                            and (set_last := _set_up_last(said_before, subjects)):
                        header = set_last   # X是…办事机构，设Y（以下简称Z）。其主要职责是： Y's list
                    elif duty_list and not runs and before and (ITS_DUTIES_RE.match(compact(mask[ga:gb])) or requirements):
                        header = before     # X是…主管部门，负责…。其主要职责是： X's list
                    elif duty_list and not runs and not before and agency \
                            and ITS_DUTIES_RE.match(compact(mask[ga:gb])):
                        header = agency     # 第二条 X为…工作部门。第三条 …。主要职责是： the agency's
                    # 中介机构应当遵守下列规定： the rules of the regulated side, kept apart
                    conduct = bool(header) and CONDUCT_RE.search(mask[ga:gb]) is not None \
                        and all(actor_kind(compact(n)) for n, _lk in header)
                    if duty_list or not runs:
                        # X负责…，履行下列职责： X's own duty before the list is read too (负责 or
                        # a modal before it: X应当加强…，履行下列职责：)
                        own = _segment_runs(text, mask, clauses[:-1], subjects, None) \
                            if duty_list and runs and len(clauses) > 1 \
                            and OWN_DUTY_BEFORE_LIST_RE.search(mask[ga:clauses[-1][0]]) else []
                        if not own:
                            continue
                        runs = own
                    # 有下列行为之一的，由公安机关给予行政处罚： a duty of its own before a list
                    # of cases, not a list of duties
                if going_on and len(runs) == 1 and ga == sa and last_run is not None \
                        and [(n, lk) for n, lk, _r in runs[0].duties] == last_holders:
                    # …。同时应… : the same duty goes on; its task takes the sentence in
                    lo, hi, a0 = last_run
                    b = clauses[runs[0].last - 1][1]
                    src = text[a0:b].strip(" 　")
                    out[lo:hi] = [replace(d, clause=compact(src), source=src) for d in out[lo:hi]]
                    got_any = True
                    going_on = False
                    merged_on = True
                    # (…；督促…；纠正… : the sentence's later segments go on with the same holders)
                    carried = last_holders
                    continue
                going_on = False
                for run in runs:
                    a, b = clauses[run.first][0], clauses[run.last - 1][1]
                    if run.first == 0:
                        a = ga
                    src = text[a:b].strip(" 　")
                    got_any = True
                    last_run = (len(out), len(out) + len(run.duties), a)
                    for name, look, role in run.duties:
                        out.append(Duty(name, look, "responsible" if role == HOST else role,
                                        compact(src), number, order, src,
                                        "group" if role == HOST else "prose"))
                        order += 1
                    carried = [(n, lk) for n, lk, r in run.duties if r not in ("support", HOST)]
                    last_holders = carried
        if set_up:
            # 中心血站承担… after 设置市中心血站1个: the body set up, its level left out
            for n, d in enumerate(out[first_out:], first_out):
                full = next((x for x in set_up if x != compact(d.mention) and x.endswith(compact(d.mention))
                             and x[:-len(compact(d.mention))] in ("市", "县", "区")), None)
                if full and not d.lookup:
                    out[n] = replace(d, lookup=full)
        if not mk and last_holders and len(out) > first_out \
                and DESIGNATION_LINE_RE.fullmatch(compact(text[start:end])):
            # 督查目标办是督查督办工作的办事机构。 / 主要负责收集、登记… : a line that only says what body X
            # is hands X to the next line's duties, as a unit's labelled line does
            prev_labelled = last_holders
        if header is not None and not header and sub_list and mk and ITEM_RE.match(text) \
                and (list_subject and _list_mark(text) or heading_subject):
            # （一）根据…，筹备…；应执行以下任务： / (1)… (2)… : an item of the list opening a list of its
            # own, with no holder of its own: the item and the items under it are the list's holder's
            header = None
        if header is not None:
            list_subject = header or None
            list_mark = None
            list_at, paused = None, None
            list_via = "conduct" if conduct else "prose"
            continue
        whole = end if not cut else -1
        if cut and heading_subject and not got_any and not mk:
            # 办公室职责。 then 综合协调…；建立健全…；负责组织机 : the duties the excerpt's edge leaves
            # whole are read, the cut last one is not (a numbered item is one duty: cut, none); so are
            # a whole sentence and the words before a colon opening the cut list (主要职能 then 在市政府
            # 领导下，加强…，做好以下工作：一是统筹推进…，扎实推进规 : the lead-in)
            # (not a unit's label closed by a stop, 县委宣传部。负责…: the label's cut duty, none)
            whole = max(mask.rfind("；", start, end), mask.rfind(";", start, end))
            stop = max(mask.rfind(mark, start, end) for mark in "。：:")
            if stop > whole:
                opened = max(mask.rfind(mark, start, stop) for mark in "；;。：:") + 1
                said = compact(text[max(opened, start):stop])
                if said and not subjects.subject_as_written(said):
                    whole = stop
        if not got_any and (not cut or whole > start) and number not in subheads \
                and (list_subject and _list_mark(text) or heading_subject or labelled) \
                and not OTHER_DUTIES_ITEM_RE.match(compact(text[start:end])) \
                and not (heading_subject and not labelled and not list_subject
                         and POST_OPENS_RE.match(compact(text[start:end]))) \
                and not (heading_changes and heading_subject and not labelled and not list_subject
                         and not DUTY_ADDED_RE.match(compact(text[start:end]))):
            src = text[start:end if not cut else whole].strip(" 　")
            holders = labelled[0] if labelled else list_subject or heading_subject or []
            via = list_via if list_subject and not labelled else "prose"
            for name, look, role in [(n, lk, "responsible") for n, lk in holders] \
                    + _item_partners(src, subjects):
                out.append(Duty(name, look, role, compact(src), number, order, src, via))
                order += 1
    if commas:
        # the duty's text with the commas the line writes
        out = [replace(d, clause=compact(src), source=src) if d.line in commas
               and (src := _as_written_commas(d.source, commas[d.line])) != d.source else d for d in out]
    if glossed:
        # the duty's text and its mention as the line writes them, glosses and all
        # (a body named on another line, the one setting it up, 建立網（wǎng）絡（luò）…聯席會議制度, then
        # 一、主要職能 and its duties: its name as that line writes it)
        out = [replace(d, mention=_as_glossed_in(d.mention, glossed, d.line),
                       clause=_as_glossed(d.clause, compact(glossed[d.line])),
                       source=_as_glossed(d.source, glossed[d.line]))
               if d.line in glossed else d for d in out]
    return [_segmented(d) for d in _without_step_titles(out)]


# a line under a duties heading opening with a post as its subject (街道党工委书记是第一责任人，应当… ; 分管
#领导要…): the post's, a person's, not the heading's body's (posts are never units)
POST_OPENS_RE = re.compile("^" + HAN + "{0,16}?(?:" + "|".join(unitnames.POST_ENDINGS) + ")"
                           r"(?:是|为|要|应当|应(?!急)|必须|须|对|负责|分管|协助)")


# a procedure's step titled by who acts and the act, the step's sentence naming the actor in full after it
# (（二）区（市）县审核。各区（市）县工业和信息化主管部门应于…前…审核): the title no duty of its own
STEP_TITLE_VERB_RE = re.compile(HAN + "{1,4}")


def _without_step_titles(out: list[Duty]) -> list[Duty]:
    """The duties without a step's title (``X审核``, the clause wholly the mention and a verb of up to four
    characters) when the next duty on its line names X again inside a longer name (``各X工业和信息化主管
    部门应…``): the step's holder is the sentence's, the title restates it."""
    drop = set()
    for k, d in enumerate(out):
        m, c = compact(d.mention), d.clause
        if not (c.startswith(m) and STEP_TITLE_VERB_RE.fullmatch(c[len(m):])):
            continue
        after = next((e for e in out[k + 1:] if e.clause != c), None)
        if after is not None and after.line == d.line and m in compact(after.mention) \
                and len(compact(after.mention)) > len(m):
            drop.update(j for j, e in enumerate(out) if e.clause == c and e.line == d.line)
    return [d for j, d in enumerate(out) if j not in drop]


def _as_written_commas(source: str, line: str) -> str:
    """``source``, read with a list's commas as 、 (:func:`_list_commas`), as ``line`` writes it."""
    read = "".join("、" if ch in "，," else ch for ch in line)
    at = read.find("".join("、" if ch in "，," else ch for ch in source))
    return line[at:at + len(source)] if at >= 0 else source


def read_duties(text: str, line: int, known: Callable[[str], bool]) -> list[Duty]:
    """Duty clauses of one line of text."""
    return read_lines([(line, text)], known)
