"""Written names of units-dlc round 7 (units16): a zone's committee named by the short form its
regulation defines, each with the form that must not change with it. The names are variants
written for these tests."""
from __future__ import annotations

from kg.extract import actors
from kg.extract.enrich.duties import read_lines
from kg.resolve.jurisdiction import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver, guess_kind
from kg.text import normalise

NB = ("宁波市", "330200", "prefecture")


def _resolved(text, place, adcode, level):
    """(mention, unit, resolved, kind) of each duty's unit, read as the pipeline reads a document."""
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction(place, adcode, level, "issuer")
    lines = [(i, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]
    out = []
    for d in read_lines(lines, r.knower(place), level, adcode):
        u = r.resolve(d.mention, j, lookup=d.lookup)
        out.append((d.mention, u.name, u.resolved, u.kind))
    return out


def test_a_zone_committee_short_name_is_the_committee_defined():
    # 新区管委会 defined for the committee named with its place: that committee (was 宁波市新区管委会)
    got = _resolved("第四条 宁波北仑湾新区开发建设管理委员会（以下简称新区管委会）是市人民政府的派出机构。\n"
                    "第十条 新区管委会应当推进城市规划和建设。", *NB)
    assert ("新区管委会", "宁波北仑湾新区开发建设管理委员会", True, "zone") in got
    # undefined, the short form is read as before
    got = _resolved("第十条 新区管委会应当推进城市规划和建设。", *NB)
    assert got == [("新区管委会", "宁波市新区管委会", True, "zone")]


def test_a_body_set_up_then_given_a_short_name():
    # 开发区设立X（以下简称Y）: Y is X, not its setter's words (was unresolved as written)
    got = _resolved("第六条 开发区设立宁波梅山开发区管理委员会（以下简称开发区管委会），代表市人民政府行使管理职权。\n"
                    "第七条 开发区管委会负责开发区的环境保护工作。", *NB)
    assert ("开发区管委会", "宁波梅山开发区管理委员会", True, "zone") in got


def test_acting_for_a_government_names_no_unit():
    # 代表市人民政府行使…职权: the body acting holds it, not a 代表市人民政府 (was resolved as such)
    got = _resolved("第六条 开发区设立宁波梅山开发区管理委员会，代表市人民政府行使管理职权。", *NB)
    assert all("代表" not in name for _m, name, _ok, _k in got)
    got = _resolved("市人民政府行使管理职权。", *NB)
    assert got == [("市人民政府", "宁波市人民政府", True, "county_gov")]


def test_a_zone_committee_in_full_is_a_zone():
    assert guess_kind("宁波杭州湾新区开发建设管理委员会") == "zone"
    assert guess_kind("宁波大榭开发区管理委员会") == "zone"
    # a working committee stays a group
    assert guess_kind("宁波市爱国卫生运动委员会") == "group"


def test_a_level_first_short_name_is_read_as_before():
    # 区政府办公室 defined for a district's office named with its city: the level's reading, unchanged
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction("郑州市", "410100", "prefecture", "issuer")
    u = r.resolve("区政府办公室", j, lookup="郑州市管城回族区人民政府办公室")
    assert u.name == "郑州市管城回族区人民政府办公室"


def test_a_name_inside_its_lookup_is_no_abbreviation():
    # 甘肃出入境检验检疫局 of a list looked up with the list's 部门: the name as written (was …局部门)
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction("甘肃省", "620000", "province", "issuer")
    u = r.resolve("甘肃出入境检验检疫局", j, lookup="甘肃出入境检验检疫局部门")
    assert u.name == "甘肃出入境检验检疫局"


def test_a_place_short_name_is_no_abbreviation():
    # 黔南州 looked up as its government: the places' rules read it, as before (was resolved by the
    # abbreviation rule while the province's other cities stayed unresolved)
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction("贵州省", "520000", "province", "issuer")
    before = r.resolve("遵义市", j, lookup="遵义市人民政府").resolved
    assert r.resolve("黔南州", j, lookup="黔南布依族苗族自治州人民政府").resolved == before
