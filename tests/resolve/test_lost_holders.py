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
