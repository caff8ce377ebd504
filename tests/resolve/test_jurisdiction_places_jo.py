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
