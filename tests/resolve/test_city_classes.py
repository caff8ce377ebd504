"""Cities named by their class in a list of levels sharing one government's name (设区的市、县人民政府,
城市、县人民政府, 地级以上市和县级人民政府): each level's governments hold the duty, as 市、县人民政府's
do. These lists were read as no holder at all (the clause lost). Variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

ZJ = ("浙江省", "330000", "province")
CN = ("中华人民共和国", "100000", "national")
GD = ("广东省", "440000", "province")


def test_the_cities_with_districts_and_the_counties():
    got = _resolved("设区的市、县人民政府应当组织编制规划。", *ZJ)
    assert [(m, n) for m, n, _ok, _k in got] == [("设区的市", "设区的市人民政府"), ("县人民政府", "县人民政府")]
    got = _resolved("设区的市、县（市、区）人民政府应当组织编制规划。", *ZJ)
    assert [m for m, _n, _ok, _k in got] == ["设区的市", "县（市、区）人民政府"]
    # with a department after the shared head: each level's department
    got = _resolved("设区的市、县人民政府住房和城乡建设主管部门负责监督。", *ZJ)
    assert [n for _m, n, _ok, _k in got] == ["设区的市人民政府住房和城乡建设主管部门",
                                            "县人民政府住房和城乡建设主管部门"]
    # none resolved to one government: classes of governments
    assert not any(ok for _m, _n, ok, _k in got)


def test_the_cities_and_the_counties_of_a_national_law():
    got = _resolved("城市、县人民政府应当组织编制燃气发展规划。", *CN)
    assert [(m, n) for m, n, _ok, _k in got] == [("城市", "城市人民政府"), ("县人民政府", "县人民政府")]
    got = _resolved("地级以上市和县级人民政府应当加强协作。", *GD)
    assert [m for m, _n, _ok, _k in got] == ["地级以上市", "县级人民政府"]


def test_the_forms_read_before_are_read_as_before():
    assert _resolved("设区的市人民政府应当组织编制规划。", *ZJ) == [
        ("设区的市人民政府", "设区的市人民政府", False, "collective")]
    got = _resolved("省、设区的市人民政府应当组织编制规划。", *ZJ)
    assert [(m, n) for m, n, _ok, _k in got] == [("省", "浙江省人民政府"), ("设区的市人民政府", "各设区的市人民政府")]
    got = _resolved("市、县人民政府应当组织编制规划。", *ZJ)
    assert [m for m, _n, _ok, _k in got] == ["市", "县人民政府"]
    # 城市 before anything but a county is no level (城市和农村: places, and no government follows)
    assert _resolved("城市和农村居民应当节约用水。", *CN) == []


def test_every_local_level_in_the_states_text_is_no_body_of_the_state():
    # 地方各级人民政府 in the State's laws: every local level's government, a collective (was resolved as
    # a body of the State, kind central)
    assert _resolved("国务院和地方各级人民政府应当加强领导。", *CN) == [
        ("国务院", "国务院", True, "central"), ("地方各级人民政府", "地方各级人民政府", False, "collective")]
    # in a province's own text, its own levels' governments, as before
    got = _resolved("地方各级人民政府负责见义勇为人员奖励和保护工作。", "福建省", "350000", "province")
    assert got == [("地方各级人民政府", "福建省地方各级人民政府", True, "collective")]


NM = ("内蒙古自治区", "150000", "province")


def test_banner_and_county_levels_are_a_collective():
    # 内蒙古's regulations write 旗县级以上 where others write 县级以上: every level from the banners and
    # counties up, no one government (its departments were read as a department, the same level list
    # written 县级以上 as a collective)
    got = _resolved("旗县级以上人民政府公安、财政部门应当加强监督。", *NM)
    assert got[0] == ("旗县级以上人民政府公安", "旗县级以上人民政府公安部门", False, "collective")
    assert _resolved("旗县区人民政府负责本辖区工作。", *NM) == [
        ("旗县区人民政府", "旗县区人民政府", False, "collective")]
    # one banner's government is no collective
    assert _resolved("达拉特旗人民政府负责本辖区工作。", *NM)[0][3] == "county_gov"


def test_each_of_a_list_of_levels_with_their_alternatives():
    # a province's notice to its cities and counties, 各 before a list of levels (the levels' grammar):
    # the list was lost whole, no holder
    got = _resolved("各市（州）、县（市、区）人民政府应当加强领导。", *ZJ)
    assert [(m, n, ok, k) for m, n, ok, k in got] == [
        ("各市（州）", "市（州）人民政府", False, "collective"),
        ("县（市、区）人民政府", "县（市、区）人民政府", False, "collective")]
    assert [m for m, *_ in _resolved("各设区的市、县（市、区）人民政府应当加强领导。", *ZJ)] == [
        "各设区的市", "县（市、区）人民政府"]
    assert [m for m, *_ in _resolved("各州、市人民政府应当加强领导。", *ZJ)] == ["各州", "市人民政府"]
    # without 各 as well (州（市） was no level word)
    assert [m for m, *_ in _resolved("州（市）、县（市、区）人民政府应当加强领导。", *ZJ)] == [
        "州（市）", "县（市、区）人民政府"]


def test_a_level_named_alone_is_every_government_of_it():
    # unresolved, a level's government by its level alone is that level's governments (was county_gov,
    # one government's kind)
    assert _resolved("市人民政府负责组织实施。", *NM) == [("市人民政府", "市人民政府", False, "collective")]
    assert _resolved("县（市、区）人民政府负责组织实施。", *ZJ)[0][3] == "collective"


def test_a_league_or_a_prefectures_administrative_office():
    # 行政公署 (行署) is the government of a 盟 or a 地区: a government (was other), every one of them
    # written by its level alone or after 各 (was lost)
    assert _resolved("阿拉善盟行政公署负责组织实施。", *NM) == [
        ("阿拉善盟行政公署", "阿拉善盟行政公署", True, "county_gov")]
    assert _resolved("各盟行政公署、市人民政府应当加强领导。", *NM) == [
        ("各盟行政公署", "各盟行政公署", False, "collective"), ("市人民政府", "市人民政府", False, "collective")]
    assert _resolved("地区行署应当加强领导。", *NM) == [("地区行署", "地区行署", False, "collective")]
    # 各地区 alone is read as before
    assert _resolved("各地区要加强领导。", *NM) == [("各地区", "各地区", False, "collective")]


def test_a_provinces_word_is_its_own_only_when_it_is_its_kind():
    # 自治区 in a 浙江 text is the national triple quoted (every autonomous region), not 浙江省 (was
    # 浙江省人民政府, twice with 省); 省 in a 内蒙古 text likewise
    got = _resolved("国务院有关部门和省、自治区、直辖市人民政府应当加强指导。", *ZJ)
    assert ("自治区", "自治区人民政府", False, "collective") in got
    assert _resolved("省人民政府应当加强领导。", *NM) == [("省人民政府", "省人民政府", False, "collective")]
    # a province's own word is its own
    assert _resolved("省人民政府应当加强领导。", *ZJ) == [("省人民政府", "浙江省人民政府", True, "county_gov")]
    assert _resolved("自治区人民政府应当加强领导。", *NM) == [
        ("自治区人民政府", "内蒙古自治区人民政府", True, "county_gov")]
