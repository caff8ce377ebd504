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
