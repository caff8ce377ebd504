"""Placement errors found on the fifteenth unseen round of real document openings (tests/govs/places
pl300-pl319, helper pl56): a district government's meeting that studies the leaders' instructions on an
earthquake far away (对西藏日喀则市定日县6.8级地震作出的重要指示, 西藏定日抗震救灾工作) was placed in the county
struck, the magnitude between the place and 地震 hiding the disaster's name; a district Party committee's
news naming its place only as the ground of its work (立足潞城发展实际) was unknown; a township's congress
news under its district's media (来源：双阳融媒) was unknown; a street's news writing itself after its
district's name (潞州区紫金街道…) was placed only in the prefecture; a zone's news (薛城经济开发区管委会, 全区,
区委) was unknown."""
from __future__ import annotations

from kg.resolve.jurisdiction import infer

from test_jurisdiction_places_jr import lines


def test_a_disaster_named_with_its_magnitude_is_no_place_of_the_text():
    text = ("1月20日，区长主持召开区政府常务会议，传达学习习近平总书记对四川甘孜州泸定县6.8级地震作出的"
            "重要指示精神和部署四川泸定抗震救灾工作的讲话精神；审议萧山区2025年《政府工作报告》。\n"
            "会议强调，全区各级各部门要抓好春节期间安全生产。")
    assert infer(lines(text)).adcode == "330109"        # 萧山区, not 泸定县 nor 四川省
    # the county's own relief headquarters is the county's body, not a disaster's name
    own = ("泸定县抗震救灾指挥部办公室\n关于做好受灾群众过冬安置工作的通知\n"
           "各乡镇人民政府，县级各部门：\n为切实做好全县受灾群众过冬安置工作，现将有关事项通知如下。")
    assert infer(lines(own)).adcode == "513322"


def test_a_county_level_text_names_itself_as_the_ground_of_its_work():
    text = ("县委书记主持召开县委常委会会议。会议要求，全县上下要立足凤台发展实际，谋划储备一批优质项目。")
    assert infer(lines(text)).adcode == "340421"        # 凤台县
    assert infer(lines("县委书记主持会议，要求全县上下立足本地发展实际谋划项目。")).adcode is None


def test_a_township_under_its_county_media_byline():
    text = ("慈航镇召开春季农业生产推进会\n时间：2025-03-02 来源：仁寿融媒\n"
            "3月1日，慈航镇召开春季农业生产推进会，镇党委书记出席会议并讲话。")
    assert infer(lines(text)).adcode == "511421"        # 仁寿县: its media and its township agree
    # the media alone does not place (a brand), nor does a township many counties may hold
    alone = "春季农业生产推进会召开\n时间：2025-03-02 来源：仁寿融媒\n3月1日，全镇召开春季农业生产推进会。"
    assert infer(lines(alone)).adcode is None


def test_a_street_writes_itself_after_its_district():
    text = ("9月3日，杏花岭区巨轮街道新时代文明实践站联合社区卫生服务中心开展义诊活动，太原科技馆志愿者"
            "参与服务。\n活动受到太原群众一致好评。")
    assert infer(lines(text)).adcode == "140107"        # 杏花岭区, not 太原市 only
    # an address is where an office sits, and a city's own news stays the city's
    address = ("9月3日，太原科技馆开展科普进社区活动，太原群众踊跃参加。\n"
               "通信地址：杏花岭区巨轮街道胜利街12号")
    assert infer(lines(address)).adcode == "140100"
    city = ("9月3日，太原市委书记主持召开市委常委会会议，听取太原科普工作汇报。\n"
            "会上通报，杏花岭区巨轮街道新时代文明实践站开展义诊，全市各级要学习推广。")
    assert infer(lines(city)).adcode == "140100"


def test_a_zone_named_after_its_district_in_its_own_text():
    text = ("专访峄城经济开发区管委会主任\n2025年，开发区将紧紧围绕区委部署要求，在招商引资中当先锋，"
            "为全区经济高质量发展作出新的贡献。")
    assert infer(lines(text)).adcode == "370404"        # 峄城区
    # not a text that is no zone's own (no 管委会, 党工委, 我区)
    other = ("峄城经济开发区企业座谈会召开\n2025年，全区各级要紧紧围绕区委部署要求，服务企业发展。")
    assert infer(lines(other)).adcode is None


def test_a_street_that_is_the_subject_of_its_own_news_lies_in_its_district():
    text = ("1月28日，天平路街道在上海交响乐团门前举行新春游园会。天平路街道还为辖区独居老人送上年货。\n"
            "今年，天平路街道将围绕上海文化地标开展系列活动，丰富居民生活。")
    assert infer(lines(text)).adcode == "310104"        # 徐汇区, not 上海市 only
    # named twice only, or beside another street, it stays the city's
    twice = text.replace("今年，天平路街道将", "今年，将")
    assert infer(lines(twice)).adcode == "310000"
    two = text.replace("天平路街道还为", "五里桥街道还为")
    assert infer(lines(two)).adcode == "310000"


def test_a_county_speaking_as_itself_on_its_own_paper():
    text = ("县政府常务会议召开\n内容更新时间：2025-06-03 来源：仁寿乡音报\n"
            "6月2日，县长主持召开县政府常务会议，传达学习四川省有关会议精神，研究县政府贯彻意见。")
    assert infer(lines(text)).adcode == "511421"        # 仁寿县, not 四川省 only
    # a paper of no county's name, or a text that does not speak as a county, stays the province's
    assert infer(lines(text.replace("仁寿乡音报", "农村科技报"))).adcode == "510000"
    assert infer(lines(text.replace("县长", "厅长").replace("县政府", "厅"))).adcode == "510000"


def test_a_wing_banner_or_county_by_its_usual_short_form():
    # 喀喇沁左翼 is written 喀左, 科尔沁右翼前旗 科右前旗: the first character, the wing and the rest
    from kg.resolve.divisions import load_divisions
    div = load_divisions()
    assert div.shorts.get("喀左") == ["211324"]
    assert div.shorts.get("科右前旗") == ["152221"]
    text = ("根据条例规定编制本报告。\n2025年度，我局及时在县人民政府网站主动公开信息，并通过“平安喀左”"
            "微信公众号发布信息，宣传我县卫生健康工作成效。")
    assert infer(lines(text)).adcode == "211324"
