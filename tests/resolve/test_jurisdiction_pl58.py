"""Placement errors found on the sixteenth unseen round of real document openings (tests/govs/places
pl340-pl359, helper pl58): a district leader whose given name is a city's short form (区领导卢金华到郧阳区…
调研, 卢金华要求) tied the district with 金华市 and left it unknown; a county speaking as 县 (县委副书记、县长)
whose only place in full was its prefecture in a firm's name (赣州…有限公司) and whose own short form stood
in running text (江西(兴国)…产业城) was placed at the prefecture; a county's news naming only its
townships (沈所镇、澄江镇、司前镇、罗坝镇, each but one shared with other counties) and a township's news
naming its county-level city only in a slogan (凤凰镇…弘扬张家港精神) were left unknown."""
from __future__ import annotations

from kg.resolve.jurisdiction import infer

from test_jurisdiction_places_jr import lines, names


def test_a_leader_whose_given_name_is_a_citys_short_form_is_no_place():
    text = ("6月3日，区领导许宜昌到江夏区图书馆、江夏区档案馆调研。\n"
            "许宜昌详细了解馆藏建设和数字化工作。许宜昌要求，要提升服务水平，为全区发展作出贡献。")
    assert "宜昌市" not in names(text)
    assert infer(lines(text)).adcode == "420115"        # 江夏区, not 宜昌市
    # a short form after a place's name ending in a surname's character stays the place (浙江金华)
    assert names("浙江金华举办博览会，金华要求各地做好服务。")["金华市"] == 2
    # the same name never written as a person's (no post before it, no person's doing after it)
    assert "宜昌市" in names("许宜昌铁路沿线各站做好春运工作，宜昌发展势头良好。")


def test_a_county_speaking_as_county_names_itself_by_short_form_beside_its_prefecture():
    text = ("5月8日，县委副书记、县长李明深入上饶华宇茶业有限公司、婺源茶文化产业园等项目现场调研。\n"
            "李明强调，要加快项目建设进度，推动全县产业转型升级。县领导张军参加调研。")
    assert infer(lines(text)).adcode == "361130"        # 婺源县, not 上饶市
    # the city's own text, speaking as 市, stays the city's
    city = text.replace("县委副书记、县长", "市委副书记、市长").replace("全县", "全市").replace("县领导", "市领导")
    assert infer(lines(city)).adcode == "361100"


def test_a_county_named_only_by_the_townships_it_holds():
    text = ("11月20日，我县乡村振兴工作调度会召开，县委副书记王强主持会议。\n"
            "会上，太白镇、江湾镇、许村镇等乡镇汇报了典型村培育工作，全县各乡镇要加快推进。")
    assert infer(lines(text)).adcode == "361130"        # 婺源县: the one county holding all three
    # a township of another county among them (a partner, a visit) leaves none
    other = text.replace("许村镇等", "许村镇、东光镇等")
    assert infer(lines(other)).adcode is None
    # a text speaking as 市 may be the prefecture's, whose townships lie in its counties: none
    city = text.replace("我县", "我市").replace("县委", "市委").replace("全县", "全市")
    assert infer(lines(city)).adcode is None


def test_a_townships_news_naming_its_county_by_short_form():
    text = ("1月6日，石桥镇召开2025年度工作务虚会，镇党委书记刘华主持会议。\n"
            "会议要求，全镇上下要大力弘扬永新精神，抓好招商引资和乡村振兴各项工作。")
    assert infer(lines(text)).adcode == "360830"        # 永新县, of the seventeen holding a 石桥镇
    # a county's short form inside the township's own name is the township's (东光发展 of 东光镇)
    own = "东光镇召开工作会议，全镇干部参加，会议要求凝心聚力推动东光发展再上新台阶。"
    assert infer(lines(own)).adcode is None
