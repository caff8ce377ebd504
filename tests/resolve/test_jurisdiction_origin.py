"""A place named as where people come from (对武汉等地来高人员进行体温筛查: prose n356, a county's
template) is not the place the text is of: it gave the county's 领导小组办公室 the name
武汉市领导小组办公室 (issue 12)."""
from __future__ import annotations

from kg.model import Line
from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import _places, infer
from kg.text import normalise


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_place_people_come_from_is_not_counted():
    div = load_divisions()
    assert "420100" not in _places("对武汉等地来高人员进行体温筛查", div)
    assert "420000" not in _places("做好湖北返乡人员的健康监测", div)
    # the same place doing something is counted
    assert _places("武汉市卫生健康委员会负责", div)["420100"] == 1
    text = ("xx县疫情联防联控工作领导小组及职责\n"
            "（二）交通检疫组 职责：全面启动发热旅客排查，对武汉等地来高人员进行体温筛查。\n"
            "领导小组办公室设在县卫生健康局，承担日常工作。")
    assert infer(lines(text), div=div) is None or infer(lines(text), div=div).adcode != "420100"
