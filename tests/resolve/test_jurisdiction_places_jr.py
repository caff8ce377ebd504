"""Placement errors found on the eighth unseen round of real document openings
(tests/govs/places pl170-pl184, helper jj47): a county Party committee's 巡察 notice listing
its towns' villages (龙城镇…南阳村) was placed in 南阳市, the village's name read as the
prefecture's short form; a street's guide on a traditional mirror (杭州市濱江區人民政府西興街道
辦事處) was placed in 杭州市 only, the city written before its district in the organisation's
name counted as a place of its own and outweighing the district."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from kg.extract.documents import split_file
from kg.extract.sources import read_sources
from kg.model import Line
from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import _places, infer
from kg.text import normalise

ROOT = Path(__file__).resolve().parents[2]
PLACES = ROOT / "tests" / "govs" / "places" / "text"


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def names(text: str) -> Counter:
    div = load_divisions()
    return Counter({div.by_code[c].name: n for c, n in _places(text, div).items()})


def test_a_villages_name_is_no_place():
    # 南阳村 and 玉溪村 are villages; 南阳, 玉溪 prefectures' short forms
    assert names("对龙城镇所辖红星村、南阳村、茅店村党组织开展巡察") == Counter()
    assert names("查看了孙村镇玉溪村水金洼项目区") == Counter()
    # the prefecture itself still counts: 南阳村镇银行 is 南阳's bank, 南阳市 a full name
    assert names("南阳村镇银行开业") == Counter({"南阳市": 1})
    assert names("南阳市村级组织建设") == Counter({"南阳市": 1})


def test_a_county_notice_listing_villages_is_not_the_prefectures():
    text = ("巡察公告\n按照县委关于巡察工作的统一部署，县委派出3个巡察组对龙城镇、芙蓉墩镇、县人大机关"
            "等单位党组织开展巡察。同时对龙城镇红星村、南阳村、茅店村等村级党组织开展巡察。")
    assert infer(lines(text)).adcode != "411300"


def test_a_city_written_before_its_district_in_an_organisations_name_is_counted_through_it():
    # the organisation is the district's: 杭州市 says where it lies
    assert names("杭州市滨江区人民政府西兴街道办事处信息公开指南") == Counter({"滨江区": 1})
    # a same-named district (鼓楼区: 南京, 徐州, 福州, 开封) is settled by the city before it
    assert names("南京市鼓楼区人民法院") == Counter({"鼓楼区": 1})
    div = load_divisions()
    assert set(_places("南京市鼓楼区人民法院", div)) == {"320106"}
    # outside an organisation's name both count (郑州市二七区主管副区长 is a speaker of another
    # place; an address)
    assert names("郑州市二七区主管副区长发言") == Counter({"郑州市": 1, "二七区": 1})
    assert names("地址：杭州市滨江区官河路1号") == Counter({"杭州市": 1, "滨江区": 1})


def test_pl176_a_streets_guide_on_a_traditional_mirror_is_its_districts():
    files, _ = read_sources([PLACES / "pl176.txt"])
    assert [d.place.adcode for d in split_file(files[0].lines())] == ["330108"]


def test_pl177_a_county_partys_notice_naming_villages_is_not_nanyang():
    files, _ = read_sources([PLACES / "pl177.txt"])
    assert all(d.place.adcode != "411300" for d in split_file(files[0].lines()))
