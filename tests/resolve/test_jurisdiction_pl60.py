"""Placement errors found on the eighteenth unseen round of real document openings (tests/govs/places
pl380-pl395, helper pl60): a county court's report writing its county always after its province and
prefecture (甘肃省庆阳市华池县第十九届人民代表大会, 甘肃省庆阳市华池县委) was placed at the prefecture,
and a national zone's notice issued as 新乡高新区管委会 (the zone has a code of its own) at its city."""
from __future__ import annotations

from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import infer, place_of_org

from test_jurisdiction_places_jr import lines


def test_a_county_named_with_its_province_and_prefecture_before_its_congress_and_committee():
    text = ("1月10日，四川省绵阳市盐亭县第十八届人民代表大会第五次会议召开，四川省绵阳市盐亭县人民法院院长作工作报告。\n"
            "一年来，在四川省绵阳市盐亭县委领导和市中院指导下，四川省绵阳市盐亭法院落实全省法院部署，全年受理案件3000件。\n"
            "新的一年，四川省绵阳市盐亭法院将为四川省绵阳市盐亭县全县发展提供司法保障。")
    assert infer(lines(text)).adcode == "510723"        # 盐亭县, not 绵阳市
    # the city written before its own congress and committee is the city's (绵阳市委: no county)
    city = ("1月10日，四川省绵阳市第八届人民代表大会第五次会议召开。\n"
            "一年来，在四川省绵阳市委领导下，全市受理案件30000件，四川省绵阳市盐亭县受理3000件。")
    assert infer(lines(city)).adcode == "510700"


def test_a_zone_issuing_by_the_short_name_of_its_kind():
    div = load_divisions()
    assert place_of_org("新乡高新区管委会", div).adcode == "410771"
    assert place_of_org("邯郸市经开区管理委员会", div).adcode == "130471"
    # a province's short form first in the gazetteer's name (河北衡水高新技术产业开发区)
    assert place_of_org("衡水高新区管委会", div).adcode == "131171"
    text = ("新乡高新区管委会\n关于印发2025年营商环境工作要点的通知\n各部门，各乡、街道：\n"
            "现将《新乡高新区2025年营商环境工作要点》印发给你们，请认真贯彻落实。新乡市要求全市优化营商环境。")
    assert infer(lines(text), issuer="新乡高新区管委会").adcode == "410771"
    # a zone named otherwise (火炬) or one the gazetteer lacks keeps its city
    assert place_of_org("厦门火炬高新区管委会", div).adcode == "350200"
    assert place_of_org("鞍山高新区管委会", div).adcode == "210300"
    assert place_of_org("新乡市人民政府", div).adcode == "410700"


def test_a_meeting_that_heard_the_congress_is_no_adoption_note():
    text = ("区人大常委会主任会议召开\n3月5日上午，区人大常委会第12次主任会议召开。\n"
            "会议听取和审议了区人大常委会2025年监督工作计划草案，研究通过了常委会第九次会议安排建议。")
    j = infer(lines(text))
    assert j.name is None and j.adcode is None      # no place named, none made of the sentence
