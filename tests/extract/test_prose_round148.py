"""Duty clauses the round-148 held-out texts of issue 12 (tests/govs/prose n550-n555: a village's 村规民约, a
village's 村务监督委员会 rules, a 村民自治章程, a province's and a city's rules on 行业协会, a ministry's rules on
epidemic reports by hospitals) showed missing or wrong (kg.extract.enrich.duties, kg.extract.actors). The
sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.actors import actor_kind
from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def test_three_levels_then_their_departments_concerned(known):
    # 市、县(市)、区人民政府及其有关部门应当… : the levels' surface segments and the departments concerned (was
    # 市 and a unit 其有关部门: the two-level reading took 市、县（市） and left the rest a name)
    assert _names("市、县(市)、区人民政府及其有关部门应当为社会组织提供政策咨询服务。", known) == [
        "市", "县（市）", "区人民政府", "有关部门"]
    assert _names("市、县（市）、区人民政府和其相关部门应当加强指导。", known) == [
        "市", "县（市）", "区人民政府", "相关部门"]
    assert _names("市、县（区）、镇人民政府及其有关部门应当加强指导。", known) == [
        "市", "县（区）", "镇人民政府", "有关部门"]
    # (two levels, and three without a gloss, as before)
    assert _names("市、区人民政府及其有关部门应当加强指导。", known) == ["市", "区人民政府", "有关部门"]
    assert _names("省、市、县人民政府及其有关部门应当加强监管。", known) == ["省", "市", "县人民政府", "有关部门"]


def test_a_stray_dash_before_the_subject(known):
    # …的问询，-村民委员会应在10日内… : the dash a page left is no part of the name (was 「-村民委员会」)
    assert _names("对监督小组的询问,-居民委员会应当在七日内答复。", known) == ["居民委员会"]
    assert _names("对群众的询问，—村民委员会应当及时答复。", known) == ["村民委员会"]


def test_solving_opens_a_purpose_not_a_name(known):
    # …，主要用于…，解决协会承担…的需要 : 解决 and its object, no body (was a unit 解决协会)
    assert _names("财政每年安排专项经费,主要用于平台建设,解决商会承担政府委托事项的经费需要。", known) == []
    # (a group named by what it solves is still a name, and the bare association a holder, as before)
    assert _names("协会承担政府委托的行业统计工作。", known) == ["协会"]


def test_a_villages_groups_named_by_their_charge(known):
    # 审计工作由村务公开监督小组负责 / 由…产生的村财务理财小组负责 : a village's elected groups (were no names)
    assert _names("离任审计由村务公开监督小组负责。", known) == ["村务公开监督小组"]
    assert _names("村务监督小组应当每季度检查一次村级账目。", known) == ["村务监督小组"]
    assert _names("村级财务收支由民主理财小组负责审核。", known) == ["民主理财小组"]
    assert actor_kind("村财务理财小组") == "grassroots"
    assert actor_kind("村务公开监督小组") == "grassroots"


def test_a_body_set_up_then_how_it_is_made_up_then_its_duties(known):
    # 成立X，其组员从…中选举产生，任期…，其职责是对…进行… : the body set up (the clauses of its members and
    # term between it and its duty; 其职责是 with no 主要, as 其主要职责是)
    assert _names("成立村民理财小组,其组员由村民代表会议推选产生,任期三年,其职责是对村级账目进行审核。", known) == [
        "村民理财小组"]
    assert _names("乡政府成立安全生产委员会,其职责是统筹协调全乡安全生产工作。", known) == ["安全生产委员会"]
    assert _names("区政府成立河长制工作委员会,其成员由各部门负责人组成,其主要职责是统筹推进河湖管护。", known) == [
        "河长制工作委员会"]
    # (a setter's own duty to set it up stays, the body set up holds the duty after its make-up)
    assert _names("县人民政府应当设立森林防火指挥机构,其成员由有关部门负责人组成,负责本行政区域的森林防火工作。",
                  known) == ["县人民政府", "森林防火指挥机构"]


def test_sectors_sharing_an_enforcing_departments_head(known):
    # 工商、税务、环保等行政执法部门应当… : the sectors' surface segments, the head on the last as 等行政管理部门
    # gives it (was each bare sector and a unit 行政执法部门 of its own)
    assert _names("市场监管、税务、生态环境等行政执法部门应当支持商会开展行业自律。", known) == [
        "市场监管", "税务", "生态环境行政执法部门"]
    assert _names("公安、城管等执法部门应当依法查处占道经营行为。", known) == ["公安", "城管执法部门"]


def test_the_small_clinics_beside_the_hospitals(known):
    # 门诊部、诊所、卫生所（室）等应按照规定时限… : the clinics a health rule names (were no names)
    assert _names("门诊部、诊所、卫生所(室)等应当在两小时内向县疾病预防控制机构报告。", known) == [
        "门诊部", "诊所", "卫生所（室）"]
    assert actor_kind("个体诊所") == "institution"
    assert actor_kind("中医门诊部") == "institution"


def test_a_lists_header_keeps_its_own_duty(known):
    # X承担…任务，具体职责为： / X是…的登记管理机关，具体履行以下职责： : the header's own duty as the same
    # sentence closed by a full stop gives it (was lost before its list; X负责…，履行下列职责： was read)
    assert _names("各级疾病预防控制机构承担辖区内传染病监测任务,具体职责为:", known) == ["各级疾病预防控制机构"]
    assert _names("县级以上人民政府民政部门是社会组织的登记管理机关,具体履行以下职责:", known) == [
        "县级以上人民政府民政部门"]


def test_a_levels_party_committee_and_government_inside_a_list(known):
    # 村党组织、乡党委、政府和纪委应… : the township's pair inside a longer list (乡党委、政府 alone was read;
    # in the list the clause was lost)
    got = [(d.mention, d.lookup) for d in read_duties(
        normalise("村党组织、镇党委、政府和纪委应当及时协调处理。"), 1, known)]
    assert got == [("村党组织", None), ("镇党委", None), ("政府", "镇政府"), ("纪委", None)]
    assert _names("县民政局、乡党委、政府要及时处理群众反映的问题。", known) == ["县民政局", "乡党委", "政府"]


def test_how_often_between_a_subject_and_its_act(known):
    # X每次开展工作，都应… : how often the body acts, and 都 before the modal (was lost)
    assert _names("县审计局每次开展审计,都应形成书面报告。", known) == ["县审计局"]
    assert _names("县民政局每年检查后,应当通报检查结果。", known) == ["县民政局"]
    # (a village's supervisory body acting on its own work is no regulated side)
    assert _names("村务监督委员会每次开展监督,都应如实记录。", known) == ["村务监督委员会"]


def test_the_organs_in_charge_of_a_kind_of_body(known):
    # 行业协会的业务主管部门及登记管理机关应… : the organs as written after 的 (was lost with a modal; with
    # 负责 it was read)
    assert _names("商会的业务主管部门及登记管理机关应当定期听取商会的工作汇报。", known) == [
        "业务主管部门", "登记管理机关"]
    assert _names("社会组织的登记管理机关应当加强日常监督。", known) == ["登记管理机关"]


def test_taking_in_the_matters_brought(known):
    # 村党支部统一受理议案，并召集… : a body taking in proposals or letters (受理 was no predicate)
    assert _names("居民委员会统一受理居民提出的议案。", known) == ["居民委员会"]
    assert _names("县信访局统一受理群众来信来访。", known) == ["县信访局"]
    # (the act's nouns are none: 受理情况, 受理窗口)
    assert _names("县政务服务中心受理情况每月通报一次。", known) == []


def test_a_list_resumed_after_a_paragraph_of_its_own(known):
    # （三）… / 门诊部、诊所等应… / （四）… : the item numbered next after a paragraph with its own holder is
    # the list's again (（四）（五） were lost)
    lines = ["第十条 各级疾病预防控制机构承担辖区内传染病监测任务,具体职责为:", "(一)建立传染病监测制度。",
             "(二)执行疫情报告制度。", "乡镇卫生院、村卫生室等应当按时报告疫情。", "(三)对医务人员进行培训。",
             "(四)配合卫生健康部门开展调查。", "第十一条 县卫生健康局负责监督检查。"]
    got = [(d.line, d.mention) for d in read_lines([(k + 1, normalise(t)) for k, t in enumerate(lines)], known)]
    assert got == [(1, "各级疾病预防控制机构"), (2, "各级疾病预防控制机构"), (3, "各级疾病预防控制机构"),
                   (4, "乡镇卫生院"), (4, "村卫生室"), (5, "各级疾病预防控制机构"), (6, "各级疾病预防控制机构"),
                   (7, "县卫生健康局")]
    # (an item numbered otherwise, or an article between, does not resume it)
    lines = ["县民政局履行下列职责:", "(一)负责社会组织登记。", "(二)负责年度检查。", "乡镇人民政府应当予以配合。",
             "(五)其他事项另行规定。"]
    got = [(d.line, d.mention) for d in read_lines([(k + 1, normalise(t)) for k, t in enumerate(lines)], known)]
    assert (5, "县民政局") not in got


def test_convening_a_meeting(known):
    # 由村民委员会召集村民会议或村民代表会议讨论决定 : the body convening (was lost)
    assert _names("由居民委员会召集居民会议讨论决定。", known) == ["居民委员会"]
    # (the post 召集人 none; a meeting's body after a space no object of 召集)
    assert _names("联席会议召集人由副县长担任。", known) == []


def test_how_often_before_the_verb(known):
    # 村务监督委员会定期开展集体学习 : 定期 between the subject and its verb (was lost)
    assert _names("村务监督委员会定期开展集体学习。", known) == ["村务监督委员会"]
    assert _names("县审计局定期开展专项审计。", known) == ["县审计局"]
    # (a notice's follow-up, X将定期…, stays none)
    assert _names("市政府将定期对落实情况进行督促检查。", known) == []
