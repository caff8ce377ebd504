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
    # without a modal too (units13: the present of a rule; tests/govs/units-dlc rounds 2-4), but
    # not a system its levels make up (本市建立…四级河长体系, 本市实行…: the frame the next articles
    # fill; tests/govs/prose n53), nor a place named for its government (安次区落实…: a report)
    got = _resolved("本市加强公路管理工作，持续提升公路安全通行条件。", "上海市", "310000", "province")
    assert got == [("本市", "上海市人民政府", True)]
    assert _resolved("本市建立市、区（县）、镇（街道）、村（社区）四级河长体系。", "汕头市", "440500", "prefecture") == []
    assert _resolved("本市实行河长制。", "汕头市", "440500", "prefecture") == []
    # the polity's encouragement is no one's duty (as 国家鼓励…)
    assert _resolved("本市鼓励企业开展技术创新。", "上海市", "310000", "province") == []
    assert _resolved("本市支持社会资本参与公路建设。", "上海市", "310000", "province") == []
    got = _resolved("本自治县应当加强水资源保护。", "景宁畲族自治县", "331127", "county")
    assert got == [("本自治县", "景宁畲族自治县人民政府", True)]
    # 本市 before a noun names no actor; 本市各级人民政府 is every level's
    assert _resolved("本市公路的管理实行统一管理与分级负责相结合的原则。", "上海市", "310000", "province") == []
    assert _resolved("本市行政区域内的单位应当遵守本条例。", "上海市", "310000", "province") == []
    got = _resolved("本市各级人民政府应当加强领导。", "上海市", "310000", "province")
    assert [ok for _m, _n, ok in got] == [False]


def test_a_partner_of_the_same_level_is_each_level_s_the_subject_names():
    # 会同同级X : X at the subject's level; where the subject names two levels, each one's
    got = _resolved("市交通行政管理部门应当会同同级财政部门制定补助标准。", "上海市", "310000", "province")
    assert got == [("市交通行政管理部门", "上海市交通行政管理部门", True), ("同级财政部门", "上海市财政部门", True)]
    got = _resolved("市、县城市绿化主管部门应当会同同级城乡规划主管部门编制城市绿地系统规划。",
                    "漯河市", "411100", "prefecture")
    assert [(n, ok) for _m, n, ok in got[2:]] == [("漯河市城乡规划主管部门", True),
                                                  ("各县城乡规划主管部门", False)]
    got = _resolved("县级以上人民政府卫生健康主管部门应当会同同级财政部门制定补助标准。",
                    "浙江省", "330000", "province")
    assert [(n, ok) for _m, n, ok in got] == [("县级以上人民政府卫生健康主管部门", False),
                                              ("县级以上人民政府财政部门", False)]
    # a field after 同级 in a list: each field at each level
    got = _resolved("由市和区、县信息化主管部门会同同级发展改革、财政等相关部门制定。", "北京市", "110000", "province")
    resolved = sorted(n for _m, n, ok in got if ok)
    assert resolved == ["北京市信息化主管部门", "北京市发展改革部门", "北京市财政部门"]
    # (no 同级: the partner as written, the text's own level for a bare functional name)
    got = _resolved("区教育行政部门应当会同财政部门制定补助标准。", "上海市", "310000", "province")
    assert got[1] == ("财政部门", "上海市财政部门", True)


def test_courts_and_procuratorates_are_judicial_units_kept_as_their_own_kind():
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction("漯河市", "411100", "prefecture", "issuer")
    got = _resolved("公安机关、人民检察院、人民法院应当依法办理毒品案件。", "漯河市", "411100", "prefecture")
    assert [(m, ok) for m, _n, ok in got][1:] == [("人民检察院", False), ("人民法院", False)]
    assert _resolved("由人民法院依法判决。", "上海市", "310000", "province") == [("人民法院", "人民法院", False)]
    assert r.resolve("人民法院", j).kind == "court"
    # a court named with its place is that place's court, of its own kind (no department)
    got = _resolved("市中级人民法院应当依法办理案件。", "漯河市", "411100", "prefecture")
    assert got == [("市中级人民法院", "漯河市中级人民法院", True)]
    assert r.resolve("市中级人民法院", j).kind == "court"
    # the court asked to act is no holder
    assert _resolved("对仲裁裁决不服的，可以向人民法院提起诉讼。", "上海市", "310000", "province") == []
    assert _resolved("当事人可以申请人民法院强制执行。", "上海市", "310000", "province") == []


def test_a_short_name_defined_over_two_levels_is_both_where_it_is_used():
    text = ("市、县人民政府城乡规划主管部门（以下简称城乡规划主管部门）负责本行政区域内的城乡规划管理工作。"
            "城乡规划主管部门应当加强监督检查。")
    got = _resolved(text, "菏泽市", "371700", "prefecture")
    assert [(m, n, ok) for m, n, ok in got[2:]] == [("城乡规划主管部门", "菏泽市城乡规划主管部门", True),
                                                    ("城乡规划主管部门", "各县人民政府城乡规划主管部门", False)]
    # one level defined: the one unit
    text = "市人民政府城乡规划主管部门（以下简称城乡规划主管部门）负责管理工作。城乡规划主管部门应当加强监督检查。"
    got = _resolved(text, "菏泽市", "371700", "prefecture")
    assert got[1:] == [("城乡规划主管部门", "菏泽市城乡规划主管部门", True)]


def test_an_authority_s_registration_written_as_a_bare_verb_is_its_duty():
    got = _resolved("以指定集中办公区作为住所的，工商行政管理部门依法予以登记。", "北京市", "110000", "province")
    assert got == [("工商行政管理部门", "北京市工商行政管理部门", True)]
    got = _resolved("经审批机关批准后，工商行政管理部门予以登记注册。", "北京市", "110000", "province")
    assert got == [("工商行政管理部门", "北京市工商行政管理部门", True)]
    # the approving organ of a condition is no holder; a bare 予以受理 names none
    assert _resolved("申请人提交的材料齐全的，予以受理。", "北京市", "110000", "province") == []


def test_a_government_leading_a_field_s_work_holds_it_but_not_one_led():
    got = _resolved("市、区（县）人民政府领导科技创新工作，将科技创新纳入国民经济和社会发展规划。",
                    "汕头市", "440500", "prefecture")
    assert [(n, ok) for _m, n, ok in got] == [("汕头市人民政府", True), ("各区（县）人民政府", False)]
    got = _resolved("市人民政府在省人民政府领导下开展防汛工作。", "汕头市", "440500", "prefecture")
    assert got == [("市人民政府", "汕头市人民政府", True)]
    got = _resolved("成立科技创新工作领导小组，负责统筹协调。", "汕头市", "440500", "prefecture")
    assert [m for m, _n, _ok in got] == ["科技创新工作领导小组"]
