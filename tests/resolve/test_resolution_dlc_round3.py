"""Written names of real regulations resolved to the right unit (units12, round 3 of
tests/govs/units-dlc, and the forms left by rounds 1-2); the names are variants written for
these tests, each with the form that must not change with it."""
from __future__ import annotations

from kg.extract import actors
from kg.extract.enrich.duties import read_duties
from kg.resolve.jurisdiction import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver


def _resolved(text, place, adcode, level):
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction(place, adcode, level, "issuer")
    out = []
    for d in read_duties(text, 1, r.knower(place)):
        u = r.resolve(d.mention, j, lookup=d.lookup)
        out.append((d.mention, u.name, u.resolved))
    return out


def test_a_body_a_government_sets_up_holds_what_follows_at_that_government_s_level():
    # X设立Y负责… / X设立Y（以下简称Z），负责… : Y holds the duty, the setter's body
    got = _resolved("市人民政府设立专项工作管理机构负责具体工作落实。", "北京市", "110000", "province")
    assert got == [("专项工作管理机构", "北京市专项工作管理机构", True)]
    got = _resolved("县人民政府设立古镇保护管理机构（以下简称保护机构），负责古镇的保护和管理工作。",
                    "石柱土家族自治县", "500240", "county")
    assert got == [("古镇保护管理机构", "石柱土家族自治县古镇保护管理机构", True)]
    # (the name is no phrase `X设立Y`, and a government's own duty stays its own)
    got = _resolved("市人民政府应当设立专项资金，用于古镇保护。", "北京市", "110000", "province")
    assert got == [("市人民政府", "北京市人民政府", True)]


def test_branches_listed_before_their_kind_are_the_named_ones_and_a_kind_of_zone_is_every_zone_s():
    got = _resolved("乡（镇）人民政府以及街道办事处、开发区（园区）管理机构等人民政府的派出机关（机构）"
                    "应当加强监督检查。", "湖州市", "330500", "prefecture")
    assert [m for m, _n, _ok in got] == ["乡（镇）人民政府", "街道办事处", "开发区（园区）管理机构"]
    assert not any(ok for _m, _n, ok in got)        # each a collective, no one government's
    # a zone named (高新区管委会) stays the city's
    got = _resolved("高新区管委会应当加强监督检查。", "湖州市", "330500", "prefecture")
    assert got == [("高新区管委会", "湖州市高新区管委会", True)]


def test_this_city_alone_as_the_actor_is_its_government_but_not_as_a_determiner():
    got = _resolved("本市应当推进水资源节约利用。", "上海市", "310000", "province")
    assert got == [("本市", "上海市人民政府", True)]
    got = _resolved("本市加强公路管理工作，持续提升公路安全通行条件。", "上海市", "310000", "province")
    assert got == [("本市", "上海市人民政府", True)]
    got = _resolved("本自治县应当加强水资源保护。", "景宁畲族自治县", "331127", "county")
    assert got == [("本自治县", "景宁畲族自治县人民政府", True)]
    # 本市 before a noun names no actor; 本市各级人民政府 is every level's
    assert _resolved("本市公路的管理实行统一管理与分级负责相结合的原则。", "上海市", "310000", "province") == []
    assert _resolved("本市行政区域内的单位应当遵守本条例。", "上海市", "310000", "province") == []
    got = _resolved("本市各级人民政府应当加强领导。", "上海市", "310000", "province")
    assert [ok for _m, _n, ok in got] == [False]
