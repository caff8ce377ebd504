"""Placement errors found on the unseen round of real document openings (tests/govs/places,
helper jj39): the State written 中华人民共和国政府 in a title, a zone named by its county's short
form, and a portal's numbered menu above a document's header."""
from __future__ import annotations

from kg.extract.documents import split_file
from kg.model import Line
from kg.resolve.divisions import NATIONAL, load_divisions
from kg.resolve.jurisdiction import infer, place_of_org
from kg.text import normalise


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_title_of_the_state_s_government_or_ministry_is_national():
    div = load_divisions()
    assert place_of_org("中华人民共和国政府关于中华人民共和国领海基线的声明", div, title=True) is NATIONAL
    assert place_of_org("中华人民共和国财政部关于印发会计基础工作规范的通知", div, title=True) is NATIONAL
    assert place_of_org("中华人民共和国国务院令", div, title=True) is NATIONAL
    # a law's name, or a local text implementing one, is no issuer: not read here
    assert place_of_org("中华人民共和国民族区域自治法若干部分的说明", div, title=True) is None
    # a statement whose base points are named after places (山东高角) is the State's
    text = ("中华人民共和国政府关于中华人民共和国领海基线的声明\n国务院\n"
            "中华人民共和国政府根据《中华人民共和国领海及毗连区法》，宣布大陆领海的部分基线。\n"
            "1.山东高角(1) 北纬37°24.0’ 东经122°42.3’")
    docs = split_file(lines(text))
    assert [d.place.adcode for d in docs] == ["100000"]


def test_a_zone_named_by_its_county_s_short_form_in_the_title_is_that_county_s():
    div = load_divisions()
    j = infer(lines("增城经济技术开发区园区发展局机构职能\n（一）负责统筹开发区“一区多园”发展管理工作；"),
              title="增城经济技术开发区园区发展局机构职能", div=div)
    assert (j.adcode, j.how) == ("440118", "title")
    # a short form before no local body's name is a word, not the county (平安 is 平安区's)
    j = infer(lines("平安建设工作要点\n（一）推进平安建设；"), title="平安建设工作要点", div=div)
    assert j.adcode is None


def test_a_portal_s_numbered_menu_above_the_header_is_page_furniture():
    text = ("政府信息公开\n"
            "    1. 目录\n    2. 旗人民政府\n    3. 旗人民政府办公室\n"
            "    1. 旗政府工作部门\n    2. 苏木镇人民政府\n"
            "    1. 内蒙古自治区人民政府采购网\n    2. 巴彦淖尔市公共资源交易中心\n"
            "    1. 人大建议\n    2. 政协提案\n\n"
            "内蒙古自治区农牧厅关于印发《内蒙古自治区农牧厅项目实施细则》的通知\n"
            "各盟市农牧局,相关单位:\n"
            "  自治区农牧厅修订了《内蒙古自治区农牧厅项目实施细则》，现印发给你们，请遵照执行。\n"
            "  内蒙古自治区农牧厅\n  2025年7月24日")
    docs = split_file(lines(text))
    assert [(d.span.first_line, d.place.adcode) for d in docs] == [(1, "150000")]
    # an outline of a document's own (its numbers run on) is its text, not a menu
    text = ("工作方案\n1. 加强组织领导\n2. 落实责任分工\n3. 强化督促检查\n\n"
            "巴彦淖尔市人民政府关于印发工作方案的通知\n各旗县区人民政府：\n现印发给你们，请遵照执行。")
    assert len(split_file(lines(text))) == 2
