"""Placement errors found on the fifth unseen round of real document openings
(tests/govs/places pl121-pl135, helper jj44): a street's own plan (天津市滨海新区新北街道)
placed in Taiwan's 新北市, because the street's name 新北 is also that city's short form and
the plan calls its street by it a dozen times (建设智慧新北, 健康新北)."""
from __future__ import annotations

from kg.model import Line
from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import _places, infer
from kg.text import normalise


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_townships_name_is_not_the_prefecture_of_the_same_short_form():
    div = load_divisions()
    # 新北 before 街道 names the street, and so does 新北 alone in the same text
    assert "710300" not in _places("天津市滨海新区新北街道。建设产城融合智慧新北，推动健康新北建设", div)
    # without a township of that name the short form still counts
    assert _places("新北的经济", div) == {"710300": 1}
    # a full name is never a township's short form: 天津市 before 街道 still counts
    assert _places("天津市街道办事处", div)["120000"] == 1
    text = ("当前位置:新北街道> 政务公开> 最新文件\n"
            "天津市滨海新区新北街道\n二〇二一年八月\n"
            "第三章 完善综合服务功能 建设产城融合智慧新北\n"
            "第四章 深化文明城区创建 建设特色文化新北\n"
            "第五章 持续增进民生福祉 建设健康幸福新北\n"
            "第二节 推动健康新北建设\n"
            "第六章 统筹发展与安全 建设平安示范新北\n"
            "第七章 提升综合治理效能 建设和谐稳定新北")
    j = infer(lines(text), div=div)
    assert j.adcode == "120116", j        # 滨海新区, not 新北市


def test_words_after_a_short_form_that_name_no_township():
    div = load_divisions()
    # 乡村 and 乡镇 are no township's level word; 镇江 is a city, not 南京's township
    assert _places("推进湖州乡村振兴，湖州乡镇工作", div)["330500"] == 2
    assert _places("南京镇江两地，南京", div)["320100"] == 2


def test_a_district_speaking_as_we_named_by_its_short_form_in_its_prefecture():
    """pl118 (left from round jn): a district's news (我区, 区委书记) names its city 商洛 and
    itself only by its short form in running text (展现商州发展成果)."""
    div = load_divisions()
    text = ("2月23日，我区召开基层党组织建设提升年活动筹备动员会。区委书记张盈安出席会议并讲话。\n"
            "张盈安指出，全省党建观摩活动是提升我区党建工作水平的重大机遇，"
            "是市委展示商洛“五个五”党建工作的重要平台，还是我区展现商州发展成果的重要窗口。")
    j = infer(lines(text), div=div)
    assert j.adcode == "611002", j        # 商州区, not only 商洛市
    # two of the city's divisions named: which one speaks is not told
    j = infer(lines(text + "\n山阳、商州的干部参加。"), div=div)
    assert j.adcode == "611000", j
    # 我县 in a text naming only a district of the city: no county of that kind is named
    j = infer(lines(text.replace("我区", "我县")), div=div)
    assert j.adcode == "611000", j
    # 我区 in an autonomous region is the region's word, not a district's
    text = ("我区召开会议。南宁的发展成果，南宁市人民政府。我区展现青秀发展成果。")
    j = infer(lines(text), div=div)
    assert j.adcode != "450103", j


def test_a_district_named_among_places_elsewhere_is_no_speaker():
    """collected nn05: a zone's news (我区) names 郑州市二七区 among the province's speakers
    (兰考县、商城县、西华县): no district of 郑州 is the text's own."""
    div = load_divisions()
    text = ("航空港区参加全省视频推进会议\n"
            "省委政法委组织召开全省视频推进会议。航空港实验区管委会副主任参加了视频会议。\n"
            "兰考县、商城县、西华县、郑州市二七区主管副县区长表态发言。\n"
            "会后，对我区各有关单位提出要求。")
    j = infer(lines(text), div=div)
    assert j.adcode != "410103", j


def test_a_zone_named_once_does_not_place_the_text():
    """pl137: a middle page of 河南's regulation on its 自贸试验区 names 郑州航空港经济综合实验区
    once beside 中国（河南）自由贸易试验区, and was placed in that zone."""
    div = load_divisions()
    text = ("在自贸试验区和郑州航空港经济综合实验区的基础上，申请建设内陆自由贸易港。"
            "第四条各区应当根据战略定位和功能分区，建立联动协作机制。\n"
            "开放创新联动区由省人民政府确定并公布。\n"
            "中国（河南）自由贸易试验区办公室负责制定发展规划和重大政策。")
    j = infer(lines(text), div=div)
    assert j.adcode == "410000", j
    # a zone's own text, naming it again and again, is still the zone's
    text = ("郑州航空港经济综合实验区管委会关于做好安全生产工作的通知\n"
            "各办事处：\n郑州航空港经济综合实验区各单位要认真落实。")
    j = infer(lines(text), div=div)
    assert j.adcode == "410173", j


def test_a_zone_named_once_in_its_own_news_still_counts():
    """collected nn05: the zone's own news (航空港实验区管委会, 我区) names it once in full; it keeps
    the text in the zone's city, not only the province."""
    div = load_divisions()
    text = ("航空港区参加全省视频推进会议\n"
            "发布机构:郑州航空港经济综合实验区社会治安综合治理委员会办公室\n"
            "航空港实验区管委会副主任参加了视频会议。\n"
            "兰考县、商城县、西华县、郑州市二七区主管副县区长表态发言。\n"
            "会后，对我区各有关单位提出要求。")
    j = infer(lines(text), div=div)
    assert j.adcode in ("410100", "410173"), j
