"""Written names of real regulations resolved to the right unit (units11, round 2 of
tests/govs/units-dlc); the names are variants written for these tests."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties
from kg.resolve.jurisdiction import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver


def _resolved(text, place, adcode, level):
    r = Resolver(load_lexicon())
    j = Jurisdiction(place, adcode, level, "issuer")
    out = []
    for d in read_duties(text, 1, r.knower(place)):
        u = r.resolve(d.mention, j, lookup=d.lookup)
        out.append((d.mention, u.name, u.resolved))
    return out


def test_a_level_or_this_city_before_a_list_of_departments_is_the_city_s():
    # 市发展改革 / 本市发展改革 of a list: the city's 发展改革 department (not a body 上海市发展改革)
    got = _resolved("本市发展改革、环保、交通等行政管理部门按照各自职责，做好水资源相关管理工作。",
                    "上海市", "310000", "province")
    assert got == [("本市发展改革", "上海市发展改革部门", True), ("环保", "上海市环保部门", True),
                   ("交通行政管理部门", "上海市交通行政管理部门", True)]
    got = _resolved("市民政、公安等部门负责本行政区域内的有关工作。", "温州市", "330300", "prefecture")
    assert got[0] == ("市民政", "温州市民政部门", True)


def test_utilities_in_a_list_of_departments_are_no_government_s():
    # 电力、通信 among a county's 部门: the power and telecom companies, kept unresolved; the
    # government's 电力管理部门 / 通信管理 are its departments
    got = dict((m, (n, ok)) for m, n, ok in _resolved(
        "发展改革、财政、电力、通信等部门应当在职责范围内做好城乡建设管理工作。",
        "彭水苗族土家族自治县", "500243", "county"))
    assert got["发展改革"] == ("彭水苗族土家族自治县发展改革部门", True)
    assert not got["电力"][1] and not got["通信部门"][1]
    r = Resolver(load_lexicon())
    j = Jurisdiction("彭水苗族土家族自治县", "500243", "county", "issuer")
    assert r.resolve("电力管理部门", j).resolved
    assert r.resolve("通信管理", j, lookup="通信管理部门").resolved


def test_a_new_district_s_department_is_the_district_s():
    got = _resolved("浦东新区知识产权部门负责知识产权保护工作的统筹协调和组织实施。", "上海市", "310000", "province")
    assert got == [("浦东新区知识产权部门", "浦东新区知识产权部门", True)]


def test_the_administrative_approval_field_is_a_department_s():
    # 行政审批服务 (a city's 行政审批服务局) is a field; 行政主管部门 / 行政执法部门 alone are roles
    r = Resolver(load_lexicon())
    j = Jurisdiction("济南市", "370100", "prefecture", "issuer")
    assert r.resolve("行政审批服务", j, lookup="行政审批服务主管部门").name == "济南市行政审批服务主管部门"
    assert not r.resolve("行政主管部门", j).resolved
    assert not r.resolve("行政执法部门", j).resolved


def test_this_level_s_governments_of_every_level_are_a_set_named_without_ben():
    # 本市各级人民政府 / 自治县各级人民政府: the document's own governments of every level, a
    # collective kept unresolved (was 嘉兴市本市各级人民政府, resolved as one body)
    got = _resolved("本市各级人民政府应当加强城市供水工作。", "嘉兴市", "330400", "prefecture")
    assert got == [("本市各级人民政府", "嘉兴市各级人民政府", False)]
    got = _resolved("自治县各级人民政府应当加强农村供水工作。", "彭水苗族土家族自治县", "500243", "county")
    assert [(m, ok) for m, _, ok in got] == [("自治县各级人民政府", False)]
