"""Written names of units-dlc round 11 (ud43): an organ a ministry's rules name by the act it carries out
(组织专项监督检查的市场监督管理部门应当…), with the forms that must not change with it. The sentences are
variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

CN = ("中华人民共和国", "100000", "national")
HZ = ("惠州市", "441300", "prefecture")


def test_an_organ_named_by_the_act_it_carries_out():
    # V…的X before a modal: X, the organ that does it (was no duty: the clause opened with a verb)
    got = _resolved("第十一条 组织专项监督检查的市场监督管理部门应当制定专项监督检查工作方案。", *CN)
    assert got == [("市场监督管理部门", "市场监督管理部门", False, "department")]
    got = _resolved("作出行政处罚决定的市场监督管理部门应当在七日内公示。", *CN)
    assert got == [("市场监督管理部门", "市场监督管理部门", False, "department")]
    # in a city's text the organ is the city's as a bare name is
    got = _resolved("实施检查的市人民政府城市管理部门应当制作检查记录。", *HZ)
    assert [(n, ok) for _m, n, ok, _k in got] == [("惠州市城市管理部门", True)]
    # the forms read before are read as before: what it received, and a condition with no organ
    got = _resolved("收到举报的市场监督管理部门应当及时处理。", *CN)
    assert got == [("市场监督管理部门", "市场监督管理部门", False, "department")]
    assert _resolved("组织开展检查的，应当制定工作方案。", *CN) == []


def test_the_part_a_body_plays_in_a_thing_named_is_no_duty():
    # 由X作为提案人的Y : X's part in the thing reviewed, a relative; the one reviewing holds the duty (the
    # city's government was a second holder)
    got = _resolved("市人民政府司法行政部门具体负责立法工作的指导，并负责审查由市人民政府作为提案人的地方性法规"
                    "草案和政府规章送审稿。", *HZ)
    assert [(n, ok) for _m, n, ok, _k in got] == [("惠州市司法行政部门", True)]
    # 由X作为牵头单位，负责… : X named for its part and holding the work, read as before
    got = _resolved("由市人民政府作为牵头单位，负责协调。", *HZ)
    assert [(n, ok) for _m, n, ok, _k in got] == [("惠州市人民政府", True)]


def test_a_definition_or_a_scope_with_no_comma_gives_no_duty():
    # 本规定所称X，是指由Y组织起草…的法律文件 : a term defined, Y no holder (was the city's government)
    assert _resolved("本规定所称地方性法规草案，是指由市人民政府组织起草，提请市人民代表大会审议的法律文件。", *HZ) == []
    # X拟定…适用本规定 with no comma: whom the text applies to (was the city's government)
    assert _resolved("市人民政府拟定地方性法规草案和制定政府规章适用本规定。", *HZ) == []
    # a modal keeps the duty; a defined body charged in the same sentence is not made a definition only
    got = _resolved("市人民政府应当组织起草地方性法规草案。", *HZ)
    assert [(n, ok) for _m, n, ok, _k in got] == [("惠州市人民政府", True)]
    got = _resolved("各单位应当适用本规定。", *HZ)
    assert [(n, ok) for _m, n, ok, _k in got] == [("各单位", False)]


def test_a_definition_that_puts_the_thing_under_a_body_keeps_that_duty():
    # 是指由Y下拨…，归口X : the definition charges X with the fund (tests/govs/prose n260's label), kept
    got = _resolved("第二条 本办法所称专项资金是指由上级财政下拨给县财政，专项用于支持农业发展，归口县农业农村局，"
                    "实行项目支出预算管理的资金。", "三门县", "331022", "county")
    assert ("县农业农村局", True) in [(m, ok) for m, _n, ok, _k in got]
