"""Written names of units-dlc round 8 (units17): a named place's list of fields, 城市人民政府 as a
level, each with the form that must not change with it. The names are variants written for these
tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

AY = ("安阳市", "410500", "prefecture")
HN = ("河南省", "410000", "province")
YN = ("云南省", "530000", "province")


def test_a_named_county_before_a_list_of_fields_holds_each():
    # 林州市人民政府A、B等主管部门 in 安阳's text: that county-level city's departments (the fields after
    # the first were the document's city's, the first unresolved as written)
    got = _resolved("第七条 林州市人民政府住房城乡建设、文物、城市管理等主管部门在职责范围内做好保护工作。", *AY)
    assert got == [("林州市人民政府住房城乡建设", "林州市住房城乡建设部门", True, "department"),
                   ("文物", "林州市文物部门", True, "department"),
                   ("城市管理主管部门", "林州市城市管理主管部门", True, "department")]
    # a named city in a province's text likewise (its fields were left unresolved)
    got = _resolved("南阳市人民政府水利、林业、公安等部门按照各自的职责，共同做好水源保护工作。", *HN)
    assert [(n, ok) for _m, n, ok, _k in got] == [("南阳市水利部门", True), ("南阳市林业部门", True),
                                                  ("南阳市公安部门", True)]
    # the document's own level word before the list is read as before
    got = _resolved("第七条 市人民政府住房城乡建设、文物等主管部门在职责范围内做好保护工作。", *AY)
    assert [(n, ok) for _m, n, ok, _k in got] == [("安阳市住房城乡建设部门", True), ("安阳市文物主管部门", True)]


def test_city_governments_of_a_province_are_no_one_government():
    # 城市人民政府 in a province's law: every city's (was the province's 云南省城市人民政府, resolved)
    got = _resolved("第五条 城市防洪规划，由城市人民政府组织水行政主管部门编制。", *YN)
    assert got == [("城市人民政府", "城市人民政府", False, "collective")]
    # a field's department of the city (城市管理) is no level word
    got = _resolved("第六条 省城市管理主管部门负责全省城市管理工作。", *YN)
    assert [(n, ok) for _m, n, ok, _k in got] == [("云南省城市管理主管部门", True)]


def test_a_head_with_the_other_kind_in_brackets_is_the_head():
    # A、B等部门（机构）按照各自职责… : the list's departments (was no subject at all)
    got = _resolved("民政、财政、商务等部门（机构）按照各自职责，做好垃圾分类相关工作。", *AY)
    assert [(n, ok) for _m, n, ok, _k in got] == [("安阳市民政部门", True), ("安阳市财政部门", True),
                                                  ("安阳市商务部门", True)]
    got = _resolved("民政、财政、商务等部门按照各自职责，做好垃圾分类相关工作。", *AY)
    assert [(n, ok) for _m, n, ok, _k in got] == [("安阳市民政部门", True), ("安阳市财政部门", True),
                                                  ("安阳市商务部门", True)]


def test_a_body_handling_its_matters_before_the_modal_holds_the_duty():
    # X办理政务服务事项，应当… : X's duty, as X进行…调查，应当… (was no subject)
    got = _resolved("第九条 市人民政府及其有关部门办理政务服务事项，应当公示具体办理时限。", *AY)
    assert ("市人民政府", "安阳市人民政府", True, "county_gov") in got
    # the regulated side doing so is still no unit
    assert _resolved("第九条 申请人办理登记手续，应当提交有关材料。", *AY) == []


def test_a_unit_and_the_bodies_where_a_thing_lies():
    # A和…所涉及的乡（镇）人民政府 : both (A was lost: the description read as the whole subject's)
    got = _resolved("龙安区人民政府和彰武水库保护所涉及的乡（镇）人民政府应当做好水源保护工作。", *HN)
    assert [(n, ok) for _m, n, ok, _k in got] == [("龙安区人民政府", True), ("乡（镇）人民政府", False)]
    # A及…所在辖区的局 : A and the districts' bureaus, unresolved (was no subject)
    got = _resolved("市水利局及水库所在辖区水利局依法负责水资源的统一管理工作。", *AY)
    assert [(n, ok) for _m, n, ok, _k in got] == [("安阳市水利局", True), ("水库所在辖区水利局", False)]
    # the description alone is read as before
    got = _resolved("水库保护所涉及的乡（镇）人民政府应当做好水源保护工作。", *HN)
    assert [(n, ok) for _m, n, ok, _k in got] == [("乡（镇）人民政府", False)]


def test_a_body_acting_for_a_government_is_named_before_it():
    # 开发区管委会代表市人民政府行使… (no comma): the committee, not a 管委会代表市人民政府 resolved as
    # the city's government
    got = _resolved("第三条 开发区管委会代表市人民政府行使市一级管理权限。", *AY)
    assert [(m, k) for m, _n, _ok, k in got] == [("开发区管委会", "zone")]


def test_a_zone_committee_named_with_the_zone_s_defined_short_name():
    # X经济技术开发区（以下简称开发区） … 开发区管理委员会: that zone's committee (was the collective of
    # every zone's committee, unresolved)
    got = _resolved("第二条 本条例适用于经国务院批准设立的安阳经济技术开发区（以下简称开发区）。\n"
                    "第三条 开发区管理委员会代表市人民政府行使市一级管理权限。", *AY)
    assert got == [("开发区管理委员会", "安阳经济技术开发区管理委员会", True, "zone")]
    # the zone's short name not defined: no one zone's committee, as before
    got = _resolved("第三条 开发区管理委员会负责开发区的建设和管理。", *AY)
    assert [(n, ok) for _m, n, ok, _k in got] == [("开发区管理委员会", False)]
