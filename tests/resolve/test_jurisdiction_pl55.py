"""Placement errors found on the fourteenth unseen round of real document openings (tests/govs/places
pl285-pl299, helper pl55): a county-level city's Party committee news speaking as 市 (市委书记, 全市) and
naming its place only as the aim of its work by short form (为明光高质量发展) was left unknown; a
township's congress news (通门镇第十八届人民代表大会, 全镇, 县委、县政府) naming only its prefecture (云浮) was
placed at the prefecture, though the gazetteer gives that township to one county of it; a township's
news on a county 人大's account (关注“遂溪人大”) was unknown: a county's short form before 人大 or 政协 was
not read as the county's body."""
from __future__ import annotations

from kg.resolve.jurisdiction import infer

from test_jurisdiction_places_jr import lines


def test_a_county_level_city_names_itself_as_the_aim_of_its_work():
    text = ("6月3日，市委书记主持召开市委常委会会议。市委副书记、市长出席会议。\n"
            "会议强调，全市上下要锚定目标，为邳州高质量发展筑牢坚实根基。")
    assert infer(lines(text)).adcode == "320382"        # 邳州市
    county = ("县委书记主持召开县委常委会会议，县长出席。会议要求，全县上下要推动凤台高质量发展。")
    assert infer(lines(county)).adcode == "340421"      # 凤台县
    # the form must be a division of the kind the text's level word names (邳州 is no 县), and a
    # word before 高质量发展 (乡村振兴) is no place
    assert infer(lines(county.replace("凤台", "邳州"))).adcode is None
    assert infer(lines("县委书记主持会议，全县上下要推动乡村振兴高质量发展。")).adcode is None


def test_a_townships_own_news_lies_in_the_county_of_its_prefecture_that_holds_it():
    text = ("3月5日，慈航镇第十九届人民代表大会第四次会议开幕，来自全镇各条战线的代表齐聚一堂。\n"
            "会议听取和审议了慈航镇人民政府工作报告。会议强调，全镇上下要贯彻县委、县政府决策部署，"
            "在眉山市加快发展的新征程上作出新贡献。")
    assert infer(lines(text)).adcode == "511421"        # 仁寿县 (眉山市), not 眉山市
    # a township two counties of the prefecture hold (附城镇 of 遂溪县 and of 雷州市) stays at the prefecture
    two = text.replace("慈航镇", "附城镇").replace("眉山市", "湛江市")
    assert infer(lines(two)).adcode == "440800"
    # a city's own news naming a township's government is the city's
    city = ("市委书记到慈航镇人民政府调研，强调全市上下要在眉山市加快发展中走在前列，全镇干部要实干。")
    assert infer(lines(city)).adcode == "511400"


def test_a_county_written_by_its_short_form_before_its_congress():
    text = ("11月18日，兴堂镇第一届人民代表大会第七次会议召开。县人大常委会副主任出席会议并讲话。\n"
            "长按二维码 关注“兴文人大”")
    assert infer(lines(text)).adcode == "511528"        # 兴文县
