"""Written names of units-dlc round 10 (ud42): the ethnic townships' governments by their kind, the
classes of cities a national law names beside the provinces (直辖市人民政府), a State administration by
its name (海关总署), and a zone committee's own short name beside the zone's, each with the form that
must not change with it. The names are variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

CN = ("中华人民共和国", "100000", "national")
ZJ = ("浙江省", "330000", "province")
BJ = ("北京市", "110000", "province")


def test_the_ethnic_townships_governments_by_their_kind():
    # 民族乡人民政府 with no township named: every ethnic township's government (was no unit: no duty)
    got = _resolved("第六条 民族乡人民政府应当因地制宜地发展经济、教育、科技、文化、卫生等项事业。", *CN)
    assert got == [("民族乡人民政府", "民族乡人民政府", False, "collective")]
    # its short form likewise (was named 民族乡人民政府 as one township's, resolved nowhere)
    got = _resolved("由县民族事务局、民族乡政府共同组织实施。", *ZJ)
    assert ("民族乡政府", "民族乡人民政府", False, "collective") in got
    # the list of township levels is read as before
    got = _resolved("乡、民族乡、镇人民政府应当配备工作人员。", *ZJ)
    assert [m for m, _n, _ok, _k in got] == ["乡", "民族乡", "镇人民政府"]
    assert all(not ok for _m, _n, ok, _k in got)


def test_a_class_of_cities_is_no_one_government():
    # 省、自治区、直辖市人民政府 in a national law: the municipalities' governments are a level like the
    # provinces' (直辖市人民政府 was resolved as a body of the State)
    got = _resolved("第八条 民族乡的财政由省、自治区、直辖市人民政府负责确定。", *CN)
    assert [(m, ok) for m, _n, ok, _k in got] == [("省", False), ("自治区", False), ("直辖市人民政府", False)]
    # in a province's text (was 浙江省直辖市人民政府, 浙江省计划单列市人民政府, resolved)
    got = _resolved("直辖市人民政府和计划单列市人民政府应当加强协作。", *ZJ)
    assert [(n, ok) for _m, n, ok, _k in got] == [("直辖市人民政府", False), ("计划单列市人民政府", False)]
    # the text's own level is read as before
    got = _resolved("市人民政府应当加强协作。", *BJ)
    assert got == [("市人民政府", "北京市人民政府", True, "county_gov")]


def test_a_state_administration_by_its_name():
    # 海关总署 holding 由X制发 (was the 海关 of the thing made, 海关稽查证, unresolved)
    got = _resolved("海关稽查证，由海关总署统一制发。", *CN)
    assert got == [("海关总署", "海关总署", True, "central")]
    got = _resolved("海关总署应当统一制发海关稽查证。", *CN)
    assert got == [("海关总署", "海关总署", True, "central")]
    # a ministry and the customs by their kind are read as before; a bare 总局 (a province's own bureau is
    # written so, 农垦总局 of 黑龙江) is not taken for the State's
    assert _resolved("财政部负责组织实施。", *CN) == [("财政部", "财政部", True, "central")]
    assert _resolved("海关应当予以保密。", *CN) == [("海关", "海关", False, "other")]
    assert _resolved("农垦总局负责组织实施。", *ZJ) == []


def test_a_zone_committee_s_own_short_name_wins_over_the_zone_s():
    # 开发区 defined as the zone, then the committee defined in full with its own short name: the
    # committee is the name defined (was 北京经济技术开发区管委会, from the zone's short name)
    text = ("第二条 本条例适用于经国务院批准设立的北京经济技术开发区（以下简称开发区）。\n"
            "第八条 市人民政府设立北京经济技术开发区管理委员会（以下简称开发区管委会），代表市人民政府对开发区实行统一领导。\n"
            "第九条 开发区管委会应当管理开发区的财政收支。")
    got = _resolved(text, *BJ)
    assert ("开发区管委会", "北京经济技术开发区管理委员会", True, "zone") in got
    assert all(n != "北京经济技术开发区管委会" for _m, n, _ok, _k in got)
    # with no definition of the committee, its name is still read with the zone's (round 8)
    got = _resolved("第二条 本条例适用于经国务院批准设立的北京经济技术开发区（以下简称开发区）。\n"
                    "第九条 开发区管理委员会应当管理开发区的财政收支。", *BJ)
    assert got == [("开发区管理委员会", "北京经济技术开发区管理委员会", True, "zone")]
