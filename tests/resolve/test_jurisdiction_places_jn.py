"""Placement errors found on the fourth unseen round of real document openings
(tests/govs/places pl96-pl120, helper jj43): the supreme court's notice to 全国地方各级人民法院
placed in 新疆 by an addressee (新疆兵团各级法院), and the national disease-control centre's
review placed in 玉树 by the earthquake it names (汶川特大地震、玉树地震)."""
from __future__ import annotations

from kg.model import Line
from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import _places, infer
from kg.text import normalise


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_addressees_of_the_whole_country_are_written_by_the_state():
    div = load_divisions()
    text = ("发文字号法办〔2001〕246号\n"
            "全国地方各级人民法院、各级军事法院、各海事法院、新疆兵团各级法院：\n"
            "现通知如下：\n一、人民法院公告是人民法院向社会公布的法律文告。")
    j = infer(lines(text), div=div)
    assert j.adcode == "100000", j        # not 新疆 (an addressee)
    # traditional script, the addressees alone
    j = infer(lines("全國地方各級人民法院:\n自從我院發出通知以來，多數法院已有所改善。"), div=div)
    assert j.adcode == "100000", j
    # a province writing to its own courts is no national addressee
    j = infer(lines("浙江省高级人民法院\n全省各级人民法院：\n现通知如下。"), div=div)
    assert j.adcode != "100000", j


def test_a_disaster_named_after_a_place_does_not_place_the_text():
    div = load_divisions()
    assert not _places("完成了汶川特大地震、玉树地震、舟曲泥石流的卫生应急保障", div)
    # the place itself, named apart from the event, still counts
    assert _places("玉树藏族自治州人民政府", div)
    text = ("中心逐步建立了疾病防控业务体系。\n"
            "十年间，先后开展了重大疫情的处置；完成了汶川特大地震、玉树地震的卫生应急保障。")
    j = infer(lines(text), div=div)
    assert j.adcode is None or j.adcode == "100000", j
