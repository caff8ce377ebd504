"""Placement errors found on the seventeenth unseen round of real document openings (tests/govs/places
pl360-pl379, helper pl59): a county's annual report naming itself only after the verb presenting it
(现将富县人民政府…予以公开) and a township's or a street's own news naming no place at all (平甸乡第十五届
人民代表大会…全乡; 大沽街道召开…, 街道党工委书记) were left unknown; a district's plan report given on its
government's behalf (受区人民政府委托) was placed at its 直辖市, a zone's report (西安临潼旅游商贸开发区管理委员会)
at its prefecture, and a county's report giving only its province and prefecture and its own name in
贡献正定力量 at its province."""
from __future__ import annotations

from kg.resolve.jurisdiction import infer

from test_jurisdiction_places_jr import lines


def test_a_two_character_county_after_the_verb_presenting_its_report():
    text = ("根据《中华人民共和国政府信息公开条例》要求，现将凤县人民政府2025年政府信息公开工作年度报告予以公开。\n"
            "一、总体情况\n2025年，我县扎实推进政务公开，全县共发布信息1200条。")
    assert infer(lines(text)).adcode == "610330"        # 凤县 (宝鸡), a two-character name
    # a county's name run into the word before it stays unread (各市和县人民政府: no 和县)
    other = "各市和县人民政府要抓好落实，全县共发布信息1200条。"
    assert infer(lines(other)).adcode is None


def test_a_townships_own_news_naming_no_place():
    text = ("3月2日，尧头镇第十八届人民代表大会第六次会议召开，镇党委书记主持会议。\n"
            "会议要求，全镇上下要在县委、县政府和镇党委的坚强领导下，奋力推动各项工作。")
    assert infer(lines(text)).adcode == "610525"        # 澄城县: the one county with a 尧头镇
    # a street's news, speaking through its own bodies (街道党工委书记)
    street = ("4月9日，桂林路街道召开辖区安全生产工作会议。街道党工委书记李强主持会议。\n"
              "会议要求各社区压实责任，确保辖区安全稳定。")
    assert infer(lines(street)).adcode == "620302"      # 金川区: the one 桂林路街道
    # a name six counties bear tells none
    many = text.replace("尧头镇", "石鼓镇")
    assert infer(lines(many)).adcode is None
    # a text speaking as a city (市委书记) may be the prefecture's: none
    city = text.replace("镇党委书记主持", "市委书记主持").replace("全镇上下", "全市上下")
    assert infer(lines(city)).adcode is None


def test_a_report_given_on_a_district_governments_behalf_in_a_municipality():
    text = ("各位代表：\n受区人民政府委托，现向大会报告渝北区2025年国民经济和社会发展计划执行情况，请予审议。\n"
            "2025年，全区深入落实习近平总书记视察重庆重要讲话精神和对重庆工作的重要指示要求，服务重庆国际消费中心城市建设，"
            "经济增速在全市保持前列，抢抓全市开放机遇。渝北区临空经济加快发展，打造渝北区数字经济高地，"
            "与江北区、巴南区协同推进。")
    assert infer(lines(text)).adcode == "500112"        # 渝北区 (named three times), not 重庆市
    # the municipality's own report (受市人民政府委托) stays the municipality's
    city = text.replace("受区人民政府委托", "受市人民政府委托").replace("全区深入", "全市深入")
    assert infer(lines(city)).adcode == "500000"
    # two districts named as often: none of them is told
    tied = text.replace("打造渝北区数字经济高地", "打造江北区数字经济高地")
    assert infer(lines(tied)).adcode == "500000"


def test_a_zones_own_report_named_by_its_districts_short_form():
    text = ("现将宝鸡陈仓文化旅游开发区管理委员会2024年度政府信息公开工作情况报告如下：\n"
            "2024年，在区委、区政府领导下，开发区主动公开各类信息120条，依托《宝鸡市政务公开规定》规范发布。")
    assert infer(lines(text)).adcode == "610304"        # 陈仓区, not 宝鸡市
    # a zone named by the prefecture's own short form is the prefecture's (宝鸡高新区)
    own = text.replace("宝鸡陈仓文化旅游开发区", "宝鸡高新技术产业开发区")
    assert infer(lines(own)).adcode == "610300"


def test_a_county_writing_its_own_name_as_what_its_work_gives():
    text = ("今年政府工作的总体要求是：全面贯彻习近平总书记视察河北重要讲话精神，按照县委十一届八次全会部署，"
            "为加快建设经济强省、美丽河北贡献赞皇力量。\n"
            "政治信心来自省、市、县委的坚强领导；工作信心来自全县上下团结奋斗。")
    assert infer(lines(text)).adcode == "130129"        # 赞皇县, not 河北省
    # the province's own short form in the formula (贡献河北力量) names no county
    prov = text.replace("贡献赞皇力量", "贡献河北力量")
    assert infer(lines(prov)).adcode == "130000"
