"""Written names of real regulations resolved to the right unit (units14, round 5 of
tests/govs/units-dlc, and the bare short name round 4 left); the names are variants written for
these tests, each with the form that must not change with it."""
from __future__ import annotations

from kg.extract import actors
from kg.extract.enrich.duties import read_lines
from kg.resolve.jurisdiction import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver

SD = ("山东省", "370000", "province")
SH = ("上海市", "310000", "province")
CQ = ("重庆市", "500000", "province")
SZ = ("深圳市", "440300", "prefecture")
LY = ("洛阳市", "410300", "prefecture")
QD = ("青岛市", "370200", "prefecture")
BJ = ("北京市", "110000", "province")
JN = ("景宁畲族自治县", "331127", "county")


def _resolved(text, place, adcode, level):
    """(mention, unit, resolved) of each duty's unit, read as the pipeline reads a document of
    that place (its level and adcode given to the reader)."""
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction(place, adcode, level, "issuer")
    out = []
    for d in read_lines([(1, text)], r.knower(place), level, adcode):
        u = r.resolve(d.mention, j, lookup=d.lookup)
        out.append((d.mention, u.name, u.resolved))
    return out


def test_a_short_name_with_no_level_is_the_department_its_definition_names():
    # one department defined: the short name, bare, is it (round 4's g03:41)
    got = _resolved("卫生健康部门（以下称中医药主管部门）负责中医药管理工作。中医药主管部门应当组织评估。", *SZ)
    assert [n for _m, n, _ok in got] == ["深圳市卫生健康部门", "深圳市卫生健康部门"]
    # one field's department at two levels: each level's (the city's and the counties' collective)
    got = _resolved("市、县（市）城市公共交通行政主管部门（以下简称公交主管部门）负责监督管理工作。"
                    "公交主管部门应当每年进行评价。", *LY)
    assert got[-2:] == [("公交主管部门", "洛阳市城市公共交通行政主管部门", True),
                        ("公交主管部门", "各县（市）城市公共交通行政主管部门", False)]
    # several fields' departments under one name (园林 and 林业 of each level): a role the text
    # names, one unit as written
    got = _resolved("市和区、县园林、林业行政主管部门（以下简称古树名木行政主管部门）负责古树名木的保护管理工作。"
                    "古树名木行政主管部门应当建立档案。", *BJ)
    assert [x for x in got if x[0] == "古树名木行政主管部门"] == [
        ("古树名木行政主管部门", "北京市古树名木行政主管部门", True)]
    # a short name the text does not define stays as written; with its level, as round 4
    assert _resolved("中医药主管部门应当组织评估。", *SZ) == [("中医药主管部门", "深圳市中医药主管部门", True)]
    got = _resolved("卫生健康部门（以下称中医药主管部门）负责中医药管理工作。市中医药主管部门应当组织评估。", *SZ)
    assert [n for _m, n, _ok in got] == ["深圳市卫生健康部门", "深圳市卫生健康部门"]


def test_a_partner_with_no_level_after_a_subject_of_the_document_s_level_is_at_its_levels():
    got = _resolved("省人民政府大数据工作主管部门会同卫生健康、公安等部门，建立健全全省医疗废物监管信息系统。", *SD)
    assert [(n, ok) for _m, n, ok in got] == [
        ("山东省大数据工作主管部门", True), ("山东省卫生健康部门", True), ("山东省公安部门", True)]
    # a subject at two levels: each level's partner, as 同级 would say
    got = _resolved("市、县（市）城市公共交通行政主管部门（以下简称公交主管部门）负责监督管理工作。"
                    "公交主管部门会同财政、审计等有关部门每年进行审计与评价。", *LY)
    assert [(n, ok) for m, n, ok in got if m.startswith(("财政", "审计"))] == [
        ("洛阳市财政部门", True), ("各县（市）财政部门", False), ("洛阳市审计部门", True),
        ("各县（市）审计部门", False)]
    # after a lower level's department alone, the partner stays the text's own bare name (round 3)
    got = _resolved("区教育行政部门应当会同财政部门制定补助标准。", *SH)
    assert got[1] == ("财政部门", "上海市财政部门", True)
    # a partner that is no department is left as it is
    got = _resolved("省人力资源社会保障主管部门会同工会制定办法。", *SD)
    assert ("工会", False) in [(m, ok) for m, _n, ok in got]


def test_the_province_and_its_cities_and_the_city_and_its_districts_concerned():
    assert _resolved("省、设区的市人民政府生态环境主管部门对环境污染防治工作实施统一监督管理。", *SD) == [
        ("省", "山东省生态环境主管部门", True),
        ("设区的市人民政府生态环境主管部门", "各设区的市人民政府生态环境主管部门", False)]
    # 设区的市 alone is every city of the province, not a body of the province
    assert _resolved("设区的市人民政府应当加强领导。", *SD) == [("设区的市人民政府", "设区的市人民政府", False)]
    assert _resolved("市、相关区人民政府应当建立风景区生态保护补偿机制。", *QD) == [
        ("市", "青岛市人民政府", True), ("相关区人民政府", "各相关区人民政府", False)]
    # (the forms before: 省、市 and 市、区)
    assert _resolved("市、区人民政府应当建立补偿机制。", *QD) == [
        ("市", "青岛市人民政府", True), ("区人民政府", "各区人民政府", False)]


def test_a_government_s_sub_districts_named_by_their_kind_are_a_set():
    got = _resolved("自治县人民政府街道办事处、乡（镇）人民政府负责组织落实辖区内具体工作。", *JN)
    assert got[0] == ("自治县人民政府街道办事处", "自治县人民政府街道办事处", False)
    # one named is that township
    got = _resolved("自治县人民政府红星街道办事处负责组织落实辖区内具体工作。", *JN)
    assert got == [("自治县人民政府红星街道办事处", "景宁畲族自治县红星街道办事处", True)]


def test_bodies_of_several_governments_named_together_are_a_set():
    got = _resolved("自贸试验区各区域所在地人民政府和开发区管委会（以下统称区域管理机构）负责组织领导区域建设管理工作。"
                    "区域管理机构应当建立协同发展机制。", *CQ)
    assert got == [("区域管理机构", "各区域管理机构", False)] * 2
    # the regulated side named together is still no holder
    assert _resolved("机关、团体、企业、事业单位和民办非企业单位（以下统称用人单位）应当依照有关法律履行义务。",
                     "中华人民共和国", "100000", "national") == []


def test_a_place_named_alone_does_not_hide_its_government_resolved_later():
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction(*SH, "issuer")
    first = r.resolve("上海市", j, lookup="上海市人民政府")
    later = r.resolve("市人民政府", j)
    assert later.name == "上海市人民政府" and later.resolved
    assert first.unit_id == later.unit_id


def test_the_head_a_list_of_fields_shares_after_its_levels_is_no_unit():
    got = _resolved("市、区城乡建设、财政等行政主管部门应当按照各自职责做好工作。", *QD)
    assert [(n, ok) for _m, n, ok in got] == [
        ("青岛市城乡建设部门", True), ("各区城乡建设部门", False), ("青岛市财政部门", True), ("各区财政部门", False)]
    # a field named by the head's words alone stays (市、区人民政府有关部门: the departments concerned)
    got = _resolved("市、区人民政府有关部门应当按照各自职责做好工作。", *QD)
    assert [ok for _m, _n, ok in got] == [False, False]
