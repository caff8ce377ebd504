"""Clauses whose holder was lost, found by reading real regulations one sentence at a time (helper
rc42, session 42). Sentences written for these tests in the style of the real ones."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

CN = ("中华人民共和国", "100000", "national")


def test_the_provinces_departments_without_their_head():
    # 省、自治区、直辖市X部门 with no 人民政府 between (医疗器械注册与备案管理办法, 互联网药品信息服务
    # 管理办法): each level's department, as with the head written (the clause was lost)
    got = _resolved("省、自治区、直辖市药品监督管理部门负责本行政区域内的注册管理工作。", *CN)
    assert [(m, n) for m, n, _ok, _k in got] == [
        ("省", "省药品监督管理部门"), ("自治区", "自治区药品监督管理部门"),
        ("直辖市药品监督管理部门", "直辖市药品监督管理部门")]
    # none resolved to one body: classes of departments
    assert not any(ok for _m, _n, ok, _k in got)


def test_the_provinces_forms_read_as_before():
    got = _resolved("省、自治区、直辖市人民政府药品监督管理部门负责本行政区域内的注册管理工作。", *CN)
    assert [n for _m, n, _ok, _k in got] == ["省人民政府药品监督管理部门", "自治区人民政府药品监督管理部门",
                                            "直辖市人民政府药品监督管理部门"]
    # another level joined after the provinces is not a department's name (no 省和计划单列市财政部门)
    got = _resolved("省、自治区、直辖市和计划单列市财政部门应当加强管理。", *CN)
    assert all("和计划单列市" not in n for _m, n, _ok, _k in got[:2])
    # the levels alone, or a vague 有关部门 after them: no name read (as before)
    assert _resolved("省、自治区、直辖市应当加强管理。", *CN) == []


def test_a_public_institution_before_a_clause_of_when():
    # X接到…后，应当… / X进行…，应当… with X a public institution (海上交通安全法's 海事管理机构, 上海市统计
    # 条例's 市和区人民政府统计机构, 重庆市森林防火条例's 市人民政府森林防火指挥机构): X holds it, as it
    # does written alone (the clause was lost: every institution set aside as the regulated side)
    got = _resolved("海事管理机构接到举报后，应当及时进行核实、处理。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["海事管理机构"]
    got = _resolved("海事管理机构进行事故调查，应当会同有关军事机关进行调查。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["海事管理机构"]
    got = _resolved("县级以上人民政府统计机构接到举报后，应当依法及时核实处理。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["县级以上人民政府统计机构"]


def test_the_regulated_institutions_stay_set_aside():
    # a hospital, a broker: the regulated side's obligations, no holder (as before)
    assert _resolved("医疗机构接到举报后，应当及时报告。", *CN) == []
    assert _resolved("期货经营机构接到交易者的投诉后，应当及时处理。", *CN) == []
    assert _resolved("物业服务企业接到举报后，应当及时报告。", *CN) == []


def test_the_coastal_governments():
    # 沿海县级以上地方人民政府 (海洋环境保护法, 海上交通安全法, 海洋观测预报管理条例: 62 of 89 such
    # sentences of the mirror were lost): a level's governments of the coast, as written, a class
    got = _resolved("沿海县级以上地方人民政府应当安排必要的海上搜救资金。", *CN)
    assert got == [("沿海县级以上地方人民政府", "沿海县级以上地方人民政府", False, "collective")]
    got = _resolved("国务院交通运输主管部门、沿海设区的市级以上地方人民政府应当建立健全应急反应机制。", *CN)
    assert [(m, ok) for m, _n, ok, _k in got] == [("国务院交通运输主管部门", True),
                                                 ("沿海设区的市级以上地方人民政府", False)]
    # a stricken area's (浙江省社会救助条例)
    got = _resolved("受灾地区县级以上人民政府应当统筹研究制订居民住房恢复重建规划。", *CN)
    assert [(m, ok, k) for m, _n, ok, k in got] == [("受灾地区县级以上人民政府", False, "collective")]
    # the coast alone names no body
    assert _resolved("沿海地区应当加强海岸防护。", *CN) == []


def test_the_governments_where_listed_things_lie():
    # A、B和C所在地的X (文物保护法, 广东省水污染防治条例, 防洪法): X, as for one thing's 所在地的X
    got = _resolved("历史文化名城和历史文化街区、村镇所在地的县级以上地方人民政府应当组织编制保护规划。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["县级以上地方人民政府"]
    got = _resolved("港口、码头和装卸站所在地的县级人民政府应当统筹规划建设接收设施。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["县级人民政府"]
    # a unit before the place is no thing that lies there: not swallowed (no holder, as before)
    got = _resolved("市人民政府、项目所在地的县级人民政府应当加强协调。", *CN)
    assert [m for m, _n, _ok, _k in got] != ["县级人民政府"]


# second round (helper rc43, session 43): 43 other documents of the mirror

SH = ("上海市", "310000", "province")


def test_a_government_and_its_departments_then_more_bodies():
    # X及其有关部门、Y应当… (药品管理法 第十三条, 预防未成年人犯罪法 第二十四条; 92 such subjects in the mirror):
    # the government, its departments and the bodies after them, each as alone (the whole was lost)
    got = _resolved("县级以上人民政府及其有关部门、人民检察院应当加强宣传教育。", *CN)
    assert [(m, k) for m, _n, _ok, k in got] == [("县级以上人民政府", "collective"), ("有关部门", "collective"),
                                                ("人民检察院", "court")]
    got = _resolved("各级人民政府及其有关部门、药品行业协会等应当加强药品安全宣传教育。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["各级人民政府", "有关部门", "药品行业协会"]
    # 等 after it alone
    got = _resolved("各级人民政府及其有关部门等应当加强宣传。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["各级人民政府", "有关部门"]
    # a level list before it is read by the levels' grammar, as before (each level's departments)
    got = _resolved("市、区人民政府及其相关部门、学校、新闻媒体应当开展应急知识宣传。", *SH)
    assert [(m, n) for m, n, _ok, _k in got][:2] == [("市", "上海市人民政府"), ("区人民政府", "各区人民政府")]
    assert [m for m, _n, _ok, _k in got][-2:] == ["学校", "新闻媒体"]
    got = _resolved("市和区、县人民政府及其有关部门、精神卫生医疗机构应当采取措施。", *SH)
    assert ("区", "上海市区人民政府") not in [(m, n) for m, n, _ok, _k in got]
    # and bodies listed before it
    got = _resolved("国务院有关部门、县级以上地方人民政府及其有关部门、乡镇人民政府应当加强宣传。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["国务院有关部门", "县级以上地方人民政府", "有关部门", "乡镇人民政府"]


def test_a_list_after_a_government_and_its_departments_that_reads_no_unit_stays_unread():
    # a rest that is no unit's name leaves the whole unread, as before (no half-read list)
    assert _resolved("各级人民政府及其有关部门、有关单位应当加强宣传。", *CN) == []


def test_a_body_and_its_act_of_authority_before_the_modal():
    # X调查…，应当… / X移送…，应当… / X发现…，应当… / X制定…，应当… (老年人权益保障法 第四十五条, 疫苗管理法
    # 第七十四条; rc42's 行政执法机关移送涉嫌犯罪案件规定): X holds it, as with 进行/开展 (lost before)
    got = _resolved("县级以上人民政府民政部门调查养老机构涉嫌违法的行为，应当遵守有关规定。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["县级以上人民政府民政部门"]
    got = _resolved("行政执法机关移送涉嫌犯罪案件，应当移送全部材料。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["行政执法机关"]
    got = _resolved("县级以上人民政府药品监督管理部门发现可能误导公众的疫苗安全信息，应当立即进行核实。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["县级以上人民政府药品监督管理部门"]
    got = _resolved("有关部门制定医疗保险办法，应当对老年人给予照顾。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["有关部门"]


def test_a_body_and_its_act_are_not_one_name():
    # X调查养老机构，应当… : not one institution named 县级以上人民政府民政部门调查养老机构 (a wrong holder before)
    got = _resolved("县级以上人民政府民政部门调查养老机构，应当遵守有关规定。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["县级以上人民政府民政部门"]
    # a body's own name holding such a verb is still one name
    got = _resolved("国家统计局调查总队，应当依法开展调查。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["国家统计局调查总队"]
    # the regulated side's acts stay set aside
    assert _resolved("用人单位制定规章制度，应当听取工会意见。", *CN) == []
    assert _resolved("医疗机构发现传染病疫情，应当及时报告。", *CN) == []


def test_the_department_that_received_a_report():
    # 接到举报的部门应当…, 受理检举、控告的部门应当… (易制毒化学品管理条例 第二十五条, 疫苗管理法 第三十条; about
    # 134 such subjects in the mirror): the departments concerned, the description left out as for
    # 收到举报的行政主管部门 (lost before)
    got = _resolved("接到举报的部门应当为举报者保密。", *CN)
    assert got == [("部门", "有关部门", False, "collective")]
    got = _resolved("受理检举、控告的部门应当及时处理。", *CN)
    assert [(m, n) for m, n, _ok, _k in got] == [("部门", "有关部门")]
    got = _resolved("接到举报的有关部门应当及时调查处理。", *CN)
    assert [(m, n) for m, n, _ok, _k in got] == [("有关部门", "有关部门")]
    # a department named after the description, or a bare 机关 (prose n70), read as before
    got = _resolved("收到举报的行政主管部门应当及时处理。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["行政主管部门"]
    got = _resolved("接到举报或者控告的机关应当及时处理。", *CN)
    assert [(m, n) for m, n, _ok, _k in got] == [("机关", "机关")]


def test_the_department_that_received_another_bodys_paper_is_no_holder():
    # 收到协查通知或抄告单的部门应… : the counterparty of the two named before (prose n174), no holder
    assert _resolved("收到协查通知或抄告单的部门应将其掌握的信息及时反馈给对方。", *CN) == []


def test_a_body_whose_name_holds_an_act_is_one_name():
    # 国务院机构编制管理机关 (编制 in its name, prose n454): no act on a regulated party, one body
    got = _resolved("国务院机构编制管理机关在国务院领导下，负责国务院行政机构设置和编制管理的具体工作。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["国务院机构编制管理机关"]


def test_a_body_that_learns_of_a_matter_with_no_comma():
    # X接到…后应当… with no comma (洛阳市城市轨道交通条例 第五十条's 有关部门接到报告后应当…; 31 such in the mirror,
    # 水务部门接到举报后应当…): X, as with the comma (lost before)
    got = _resolved("县级以上人民政府民政部门接到举报后应当及时处理。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["县级以上人民政府民政部门"]
    got = _resolved("水务部门在接到举报后应当及时调查处理，并为举报人保密。", *CN)
    assert [m for m, _n, _ok, _k in got] == ["水务部门"]
    # the regulated side set aside, as with the comma
    assert _resolved("燃气经营企业接到事故隐患报告后应当立即组织抢险抢修。", *CN) == []
    assert _resolved("医疗机构接到举报后应当及时报告。", *CN) == []


def test_a_may_to_entrust_gives_no_duty():
    # X可以委托Y负责… (a may: prose n470's 市、区燃气主管部门可以委托其所属的燃气管理机构负责…, 743 可以委托 in the
    # mirror): no duty of either; it was read as one garbled name (市人民政府可以委托区人民政府, resolved as the
    # city's government) or as the one entrusted
    assert _resolved("市人民政府可以委托区人民政府负责管理。", *SH) == []
    assert _resolved("市燃气管理部门可以委托其所属的燃气管理机构负责日常监督管理工作。", *SH) == []
    # a grant written as done is read as before: the one entrusted does the work
    got = _resolved("市人民政府委托区人民政府负责管理。", *SH)
    assert [m for m, _n, _ok, _k in got] == ["区人民政府"]


def test_a_conditions_own_subject_is_no_holder():
    # X对…有异议的，Y应当… : Y's duty alone (X was kept as a holder too, read as X对… before a comma)
    got = _resolved("各单位对决定有异议的，市政府应当组织复核。", *SH)
    assert [m for m, _n, _ok, _k in got] == ["市政府"]
    got = _resolved("区人民政府对决定有异议的，市政府应当组织复核。", *SH)
    assert [m for m, _n, _ok, _k in got] == ["市政府"]
    # with no subject of its own after the comma, X holds it (as before)
    got = _resolved("各单位对决定有异议的，应当向市政府申请复核。", *SH)
    assert [m for m, _n, _ok, _k in got] == ["各单位"]
    got = _resolved("市财政局对符合条件的项目，要及时拨付资金。", *SH)
    assert [m for m, _n, _ok, _k in got] == ["市财政局"]
