"""Written names of units-dlc round 12 (ud44): a list of fields written after one level or government, two
fields joined by 以及 and the State's carriers among them, a department named by its act, a zone's short name
defined after a purpose's verb and its executive committee, 市或者区、县, and two governments each with its
departments, with the forms that must not change with them. The sentences are variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

GD = ("广东省", "440000", "province")
SD = ("山东省", "370000", "province")
SH = ("上海市", "310000", "province")
BJ = ("北京市", "110000", "province")
HZ = ("惠州市", "441300", "prefecture")


def _units(got):
    return [(n, ok) for _m, n, ok, _k in got]


def test_a_list_of_fields_after_one_government_is_that_government_s():
    # 省人民政府A、B、C等有关部门 in a province's text: each field the province's (B and C were bare, every
    # level's, unresolved; 民政 was also read inside 人民政府)
    got = _resolved("省人民政府发展改革、商务、民政等有关部门应当推动制定家政服务标准。", *GD)
    assert _units(got) == [("广东省发展改革部门", True), ("广东省商务部门", True), ("广东省民政部门", True)]
    got = _resolved("省人民政府农业农村、市场监督管理、商务等有关主管部门应当推动建立标准体系。", *GD)
    assert _units(got) == [("广东省农业农村主管部门", True), ("广东省市场监督管理主管部门", True),
                           ("广东省商务主管部门", True)]
    # a level's list in a city's text: each field the level's collective (商务 was the city's department)
    got = _resolved("县级以上人民政府发展改革、商务等部门应当做好相关工作。", *HZ)
    assert _units(got) == [("县级以上人民政府发展改革部门", False), ("县级以上人民政府商务部门", False)]
    # a municipality's districts: the districts' department, not the city's (was 北京市商务部门)
    got = _resolved("区人民政府发展改革、商务等部门应当做好相关工作。", *BJ)
    assert [ok for _n, ok in _units(got)] == [False, False]
    # the words placing the level (铁路沿线) stay with the first field only, each field the level's
    got = _resolved("铁路沿线县级以上人民政府发展改革、公安等部门，应当按照各自职责，做好相关工作。", *SD)
    assert _units(got)[1] == ("县级以上人民政府公安部门", False)
    # read as before: the city's own level, and a list opening with a body's name
    got = _resolved("市发展改革、商务等部门应当做好相关工作。", *HZ)
    assert _units(got) == [("惠州市发展改革部门", True), ("惠州市商务部门", True)]


def test_fields_joined_by_yiji_and_the_state_s_carriers():
    # 生态环境以及民航等部门: two fields (was one 上海市生态环境以及民航部门); civil aviation is the State's,
    # no city department (kept unresolved, as 电力、通信等部门 are)
    got = _resolved("市气象主管机构会同市规划资源、生态环境以及民航等部门，编制本市气象设施建设规划。", *SH)
    assert ("上海市生态环境部门", True) in _units(got)
    assert [ok for m, _n, ok, _k in got if m == "民航部门"] == [False]     # (the last field with the head)
    assert [ok for m, _n, ok, _k in got if m == "市规划资源"] == [True]


def test_a_department_named_by_its_act_is_no_one_department():
    # 征收部门: whichever department expropriates (was the city's 征收部门, resolved)
    assert _units(_resolved("征收部门应当提供保障邮政普遍服务的周转用房。", *SH)) == [("征收部门", False)]
    # a field's department is read as before
    assert _units(_resolved("财政部门应当提供经费保障。", *SH)) == [("上海市财政部门", True)]


def test_a_zone_defined_after_a_purpose_s_verb_and_its_executive_committee():
    text = ("第一条 为了推动横琴粤澳深度合作区（以下简称合作区）建设，制定本条例。\n"
            "第七条 合作区执行委员会负责合作区具体开发建设工作。\n"
            "第八条 合作区管理委员会统筹决定下列重大事项。")
    got = _units(_resolved(text, *GD))
    # (was 广东省了推动横琴粤澳深度合作区管理委员会 and 广东省合作区执行委员会)
    assert got == [("广东省横琴粤澳深度合作区执行委员会", True), ("广东省横琴粤澳深度合作区管理委员会", True)]


def test_the_top_level_or_the_lower_ones():
    # 由市或者区、县人民政府划拨: the city's government and the lower levels' (was no holder)
    got = _resolved("建设邮政营业场所所需的土地，由市或者区、县人民政府依法划拨。", *SH)
    assert got[0][1:3] == ("上海市人民政府", True) and len(got) == 3
    assert [ok for _m, _n, ok, _k in got[1:]] == [False, False]
    got = _resolved("建设用地由市或者县人民政府依法划拨。", *HZ)
    assert _units(got) == [("惠州市人民政府", True), ("各县人民政府", False)]


def test_two_governments_each_with_its_departments():
    # A人民政府及其有关部门、B人民政府及其有关部门应当… : both governments and their departments (was no holder)
    got = _resolved("广东省人民政府及其有关部门、珠海市人民政府及其有关部门应当加强对合作区的指导。", *GD)
    assert _units(got) == [("广东省人民政府", True), ("有关部门", False), ("珠海市人民政府", True), ("有关部门", False)]
