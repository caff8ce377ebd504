"""Written names of units-dlc round 13 (ud45): a 内蒙古 city's two levels with its banners (市、旗县级人民政府),
governments named by their level relative to another's (本级人民政府, 共同的上一级人民政府) and a body the document's
own government sets up named again alone, with the forms that must not change with them. The sentences are variants
written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

from kg.extract import actors
from kg.resolve.jurisdiction import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver

TL = ("通辽市", "150500", "prefecture")
XC = ("许昌市", "411000", "prefecture")
YT = ("烟台市", "370600", "prefecture")
GD = ("广东省", "440000", "province")
SX = ("陕西省", "610000", "province")


def _units(got):
    return [(n, ok) for _m, n, ok, _k in got]


def test_a_city_and_its_banners_and_counties():
    # 市、旗县级人民政府 in a 内蒙古 city's text: the city's government and its banners' and counties' collective
    # (no duty was read: 旗县级 was no lower level of the two-level grammar)
    got = _resolved("市、旗县级人民政府应当将蒙药事业纳入国民经济和社会发展规划。", *TL)
    assert _units(got) == [("通辽市人民政府", True), ("各旗县级人民政府", False)]
    got = _resolved("市、旗县（市、区）林业主管部门应当加强森林防火工作。", *TL)
    assert _units(got) == [("通辽市林业主管部门", True), ("各旗县（市、区）林业主管部门", False)]
    # read as before: the county level written without 旗
    got = _resolved("市、县级人民政府应当将蒙药事业纳入国民经济和社会发展规划。", *YT)
    assert _units(got) == [("烟台市人民政府", True), ("各县级人民政府", False)]


def test_a_government_named_relative_to_another_is_no_one_government():
    # 本级人民政府 as a holder: the government of the level the clause is about (in 许昌's text, 禹州's and 长葛's),
    # never the document's own by its place put before it (was 许昌市本级人民政府, resolved)
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction(*XC, "issuer")
    for m in ("本级人民政府", "同级人民政府", "上一级人民政府", "共同的上一级人民政府", "本级政府", "其上一级人民政府"):
        u = r.resolve(m, j)
        assert (u.resolved, u.kind) == (False, "collective"), m
    assert r.resolve("市人民政府", j).name == "许昌市人民政府"
    # read as holders (they were no names of the duty reader): 由X组织编制, 由共同的上一级人民政府确定
    got = _resolved("禹州市、长葛市城市总体规划由本级人民政府组织编制，报省人民政府审批。", *XC)
    assert _units(got) == [("本级人民政府", False)]
    got = _resolved("森林防火工作涉及两个以上行政区域的，由共同的上一级人民政府确定森林防火联防区域。", *YT)
    assert [ok for _n, ok in _units(got)] == [False]
    # the government receiving a report or approving is still no holder
    got = _resolved("县级以上人民政府应当每年向上一级人民政府报告上一年度环境保护目标完成情况。", *GD)
    assert _units(got) == [("县级以上人民政府", False)]
    got = _resolved("市城乡规划主管部门应当组织编制城市设计，报本级人民政府审批。", *XC)
    assert _units(got) == [("许昌市城乡规划主管部门", True)]


def test_a_body_the_own_government_sets_up_named_again_alone():
    # 省人民政府设立的X…，X统一领导… : the second, bare X is the province's body too (was unresolved as written)
    got = _resolved("第五条 省人民政府设立的西咸新区管理机构负责西咸新区范围内的规划工作。\n"
                    "西咸新区管理机构统一领导各新城工作。", *SX)
    assert _units(got) == [("陕西省西咸新区管理机构", True), ("陕西省西咸新区管理机构", True)]
    # another place's government setting it up is no level word (西安市人民政府设立的…): as before
    got = _resolved("西安市人民政府设立的曲江新区管理机构负责新区的建设工作。\n"
                    "曲江新区管理机构应当统一领导新区工作。", *SX)
    assert [ok for _n, ok in _units(got)] == [False, False]


def test_grassroots_self_governing_organisations_by_the_constitution_s_name():
    # 基层群众性自治组织 (the villagers' and residents' committees by one name): a holder of kind grassroots, beside the
    # townships and sub-districts (no duty was read: the name was no unit)
    got = _resolved("乡镇人民政府、街道办事处和基层群众性自治组织应当协助生态环境主管部门做好本区域的环境保护工作。", *GD)
    assert [(m, ok, k) for m, _n, ok, k in got] == [("乡镇人民政府", False, "collective"),
                                                   ("街道办事处", False, "collective"),
                                                   ("基层群众性自治组织", False, "grassroots")]
    # one encouraged is still no holder
    got = _resolved("各级人民政府应当鼓励和支持基层群众性自治组织、社会组织开展环境保护宣传。", *GD)
    assert _units(got) == [("各级人民政府", False)]
