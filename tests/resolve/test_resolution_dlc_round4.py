"""Written names of real regulations resolved to the right unit (units13, round 4 of
tests/govs/units-dlc, and the forms rounds 1-3 left); the names are variants written for these
tests, each with the form that must not change with it."""
from __future__ import annotations

from kg.extract import actors
from kg.extract.enrich.duties import read_duties
from kg.resolve.jurisdiction import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver

SH = ("上海市", "310000", "province")
ZB = ("淄博市", "370300", "prefecture")
PS = ("彭水苗族土家族自治县", "500243", "county")


def _resolved(text, place, adcode, level, roles=False):
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction(place, adcode, level, "issuer")
    out = []
    for d in read_duties(text, 1, r.knower(place)):
        u = r.resolve(d.mention, j, lookup=d.lookup)
        out.append((d.mention, u.name, u.resolved) + ((d.role,) if roles else ()))
    return out


def test_the_city_and_a_district_named_in_full_share_what_follows():
    assert _resolved("市、浦东新区人民政府应当加强领导。", *SH) == [
        ("市", "上海市人民政府", True), ("浦东新区人民政府", "浦东新区人民政府", True)]
    got = _resolved("市和浦东新区科技、卫生健康等部门以及海关等单位负责产业促进工作。", *SH)
    assert [(n, ok) for _m, n, ok in got] == [
        ("上海市科技部门", True), ("浦东新区科技部门", True), ("上海市卫生健康部门", True),
        ("浦东新区卫生健康部门", True), ("海关", False)]     # customs: no level's body
    # (a level word and the level's collective, 市、区人民政府, are read as before)
    assert _resolved("市、区人民政府应当加强领导。", *SH) == [
        ("市", "上海市人民政府", True), ("区人民政府", "各区人民政府", False)]


def test_a_short_name_defined_with_its_level_is_the_department_defined():
    got = _resolved("自治县人民政府国土资源和房屋管理主管部门（以下简称自治县国土资源主管部门）负责监督管理工作。"
                    "自治县国土资源主管部门应当编制规划。", *PS)
    assert {n for _m, n, _ok in got} == {"彭水苗族土家族自治县国土资源和房屋管理主管部门"}
    got = _resolved("卫生健康部门（以下称中医药主管部门）负责中医药管理工作。市中医药主管部门应当组织评估。",
                    "深圳市", "440300", "prefecture")
    assert [n for _m, n, _ok in got] == ["深圳市卫生健康部门", "深圳市卫生健康部门"]
    # (a field of a list keeps its own name whatever generic words it is written with)
    got = _resolved("本市发展改革、交通等行政管理部门按照各自职责，做好水资源相关管理工作。", *SH)
    assert got[-1] == ("交通行政管理部门", "上海市交通行政管理部门", True)


def test_an_autonomous_county_s_government_before_a_list_of_its_departments():
    got = _resolved("自治县人民政府环保、公安、交通等部门按照各自的职责，共同做好保护管理工作。", *PS)
    assert [(n, ok) for _m, n, ok in got] == [
        ("彭水苗族土家族自治县环保部门", True), ("彭水苗族土家族自治县公安部门", True),
        ("彭水苗族土家族自治县交通部门", True)]


def test_two_lists_with_their_own_heads_and_charged_institutions():
    got = _resolved("发展改革、水利等部门以及电力、通信等单位，负责各自职责范围内档案的管理工作。", *ZB)
    assert [(n, ok) for _m, n, ok in got] == [
        ("淄博市发展改革部门", True), ("淄博市水利部门", True), ("电力部门", False), ("通信部门", False)]
    # an institution named by its charge is a body of the government, as a department is
    assert _resolved("城乡建设档案管理机构具体负责日常工作。", *ZB) == [
        ("城乡建设档案管理机构", "淄博市城乡建设档案管理机构", True)]
    got = _resolved("市、区县城乡建设档案管理机构、有关部门和单位应当建立管理制度。", *ZB)
    assert [(n, ok) for _m, n, ok in got] == [
        ("淄博市城乡建设档案管理机构", True), ("各区县城乡建设档案管理机构", False),
        ("市有关部门", False), ("各区县有关部门", False)]
    # (a kind of institution is not: 医疗机构 are every hospital)
    assert all(not ok for _m, _n, ok in _resolved("医疗机构应当依法隔离治疗。", *ZB))


def test_unnamed_zones_bodies_are_every_zone_s_and_a_named_one_the_city_s():
    for body in ("园区管理委员会", "风景名胜区管理机构", "公园管理机构"):
        got = _resolved(body + "按照规定的职责做好相关工作。", "东莞市", "441900", "prefecture")
        assert got == [(body, body, False)]
    assert _resolved("高新区管委会应当做好工作。", "东莞市", "441900", "prefecture") == [
        ("高新区管委会", "东莞市高新区管委会", True)]


def test_a_bare_partner_of_a_named_district_s_department_is_the_district_s():
    got = _resolved("浦东新区卫生健康部门会同农业农村部门负责实验室的备案。", *SH)
    assert got[1][1:] == ("浦东新区农业农村部门", True)
    got = _resolved("市卫生健康部门会同农业农村部门负责实验室的备案。", *SH)
    assert got[1][1:] == ("上海市农业农村部门", True)


def test_the_holder_of_a_licence_and_the_towns_concerned():
    got = _resolved("持市国土资源主管部门颁发的采矿许可证在自治县行政区域内开采矿产资源的，"
                    "自治县人民政府应当对矿区范围予以公告。", *PS)
    assert got == [("自治县人民政府", "彭水苗族土家族自治县人民政府", True)]
    got = _resolved("浦东新区相关镇人民政府、园区管理机构应当做好促进保障工作。", *SH)
    assert [(m, ok) for m, _n, ok in got] == [("浦东新区相关镇人民政府", False), ("园区管理机构", False)]


def test_this_city_without_a_modal_acts_but_not_when_it_sets_its_levels_system():
    assert _resolved("本市建立生物医药特殊物品出入境联合监管机制。", *SH) == [("本市", "上海市人民政府", True)]
    assert _resolved("本市建立市、区、镇三级河长体系。", *SH) == []
    assert _resolved("本市实行河长制。", *SH) == []
    # a place named for its government without a modal stays a report (安次区落实…)
    assert _resolved("三河市落实就业优先政策。", "廊坊市", "131000", "prefecture") == []


def test_the_body_assisted_holds_no_part_the_helper_does():
    got = _resolved("乡镇人民政府应依法维护正常秩序，协助自治县国土资源主管部门查处违法行为。", *PS, roles=True)
    assert [m for m, _n, _ok, _r in got] == ["乡镇人民政府"]
    got = _resolved("乡镇人民政府负责本辖区工作，配合县公安部门查处违法行为。", *PS, roles=True)
    assert [m for m, _n, _ok, _r in got] == ["乡镇人民政府"]
    # a partner after 会同 holds it (support), named before the verb after it
    got = _resolved("县林业部门负责监督，会同县公安部门查处违法行为。", *PS, roles=True)
    assert got[1] == ("县公安部门", "彭水苗族土家族自治县公安部门", True, "support")
    got = _resolved("由公安机关协助医疗机构采取强制隔离治疗措施。", "北京市", "110000", "province", roles=True)
    assert [(m, r) for m, _n, _ok, r in got] == [("公安机关", "assist")]


def test_a_station_holding_a_duty_is_a_body_a_facility_is_not():
    place = ("韶关市", "440200", "prefecture")
    assert _resolved("安委会的日常工作由安监站负责。", *place) == [("安监站", "安监站", False)]
    assert [m for m, _n, _ok in _resolved("农技站负责农业技术推广。", *place)] == ["农技站"]
    assert _resolved("污水处理站负责污水处理。", *place) == []
    assert _resolved("加油站应当落实安全生产责任。", *place) == []
    # a township's station of a field named bare holds what a modal gives it too (since prose round
    # 102: 企管站做好…, 安监站应当…), as a field's 所 does; a facility (污水处理站, 加油站) still does not
    assert [m for m, _n, _ok in _resolved("安监站应当加强巡查。", *place)] == ["安监站"]


def test_a_template_letter_for_a_township_s_name_and_townships_described():
    place = ("韶关市", "440200", "prefecture")
    got = _resolved("X镇党委政府、各村委会和镇属各站所对环境保护工作实行“一岗双责”制度,"
                    "对本行政区域内的环境保护工作负领导及监督检查责任;", *place)
    assert [(m, ok) for m, _n, ok in got] == [("X镇党委", False), ("政府", False), ("各村委会", False),
                                              ("镇属各站所", False)]
    assert got[1][1] == "X镇人民政府"
    for pre in ("相关", "沿线", "属地"):
        got = _resolved(pre + "乡镇（街道）负责辖区内的工作。", "丽水市", "331100", "prefecture")
        assert got == [(pre + "乡镇（街道）", "乡镇", False)]
    got = _resolved("莲都区各乡镇（街道）负责辖区内的工作。", "丽水市", "331100", "prefecture")
    assert got == [("莲都区各乡镇（街道）", "莲都区各乡镇（街道）", False)]
