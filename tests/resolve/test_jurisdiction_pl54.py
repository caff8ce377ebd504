"""Placement errors found on the thirteenth unseen round of real document openings (tests/govs/places
pl265-pl284, helper pl54): a district congress's news of its departments answering deputies (松江区第五届
人民代表大会…) was left unknown because 老城区停车难 (the old town's parking) was counted as 洛阳's 老城区, a
district whose whole name is a common word for part of a city, tying with the district the text names;
a 上海 district 政协's news speaking as 区 (区政协主席, 副区长, 全区) and naming its district only by short form
(青浦新城) was placed at 上海市: a 直辖市's district was never looked for under its municipality."""
from __future__ import annotations

from collections import Counter

from kg.extract.documents import split_file
from kg.extract.sources import read_sources
from kg.resolve.jurisdiction import infer

from test_jurisdiction_places_jr import PLACES, lines, names


def test_a_district_named_by_a_common_word_is_the_word_alone():
    text = ("1月9日上午，金山区第五届人民代表大会第八次会议召开现场会议，22个职能部门面对面接受了区人大代表的咨询。\n"
            "今年的代表们更加关注公交网络优化、老城区停车难、道路基础设施等问题。")
    assert names(text) == Counter({"金山区": 1})
    assert infer(lines(text)).adcode == "310116"        # 金山区 (上海)
    assert names("加快老城区有机更新，推进新城区建设") == Counter()


def test_a_district_named_by_a_common_word_is_read_with_its_city_or_its_bodies():
    # the city before it, or one of its bodies after it, makes the word the district
    assert names("洛阳老城区开展环境整治") == Counter({"洛阳市": 1, "老城区": 1})
    assert names("老城区人民政府印发通知") == Counter({"老城区": 1})
    assert names("老城区市场监管局开展检查") == Counter({"老城区": 1})
    assert infer(lines("洛阳市老城区人民政府关于印发…的通知\n各街道办事处：")).adcode == "410302"


def test_a_municipalitys_district_speaking_as_a_district_by_its_short_form():
    text = ("7月2日下午，区政协召开常委（扩大）会议。会议传达学习习近平总书记在天津考察时的重要讲话精神，"
            "围绕“推动武清新城建设功能提升”开展协商议政。区政协主席主持会议并讲话，副区长应邀出席。\n"
            "他指出，自武清新城建设实施以来，区委区政府高度重视，全区各方面共同努力，推动武清新城发展上台阶。")
    assert infer(lines(text)).adcode == "120114"        # 武清区 (天津), not 天津市
    # the municipality's own voice (市政协主席, 全市) keeps the municipality
    city = ("市政协召开常委会议，围绕“推动武清新城建设”开展协商。市政协主席主持会议，副市长出席。"
            "全市各方面共同努力，推动天津新城建设。")
    assert infer(lines(city)).adcode == "120000"
    # two districts named: neither is the text's
    two = text.replace("自武清新城", "自武清新城和宝坻新城")
    assert infer(lines(two)).adcode == "120000"


def test_the_round_files_are_placed():
    files, _ = read_sources([PLACES])
    wanted = {"pl278.txt": "310117", "pl276.txt": "310118"}
    got = {f.name: {d.place.adcode for d in split_file(f.lines())} for f in files if f.name in wanted}
    assert got == {k: {v} for k, v in wanted.items()}
