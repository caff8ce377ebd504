"""Conventions seen in the collected set mm (国家发展改革委's 温室气体 部门分工 reposted by a firm's page,
汉阳区's 2019 分解方案 on a copying site), as short written fixtures with variants not in the files:
a rule that speaks of the listed units again (``由所列负责单位按职责分工负责``) names no unit; a site's
greeting (``X公司欢迎您``) names the site's owner, not the document's government; a 文号 whose first
character is inside a county the text names in full (``阳政办`` and ``武汉市汉阳区人民政府办公室``) is
that county's."""
from kg.extract.annotations import looks_like_unit, parse_annotation
from kg.model import Line
from kg.resolve.jurisdiction import infer
from kg.text import normalise

from test_conventions import read, roles, who


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_the_listed_units_spoken_of_again_are_no_unit():
    for name in ("所列负责单位", "所列单位", "上列部门", "所列各责任单位", "前列牵头部门", "所列負責單位"):
        assert not looks_like_unit(name), name
    # a collective or a body whose name only holds such a word stays a unit
    for name in ("有关单位", "所属单位", "上述各单位", "市陈列馆"):
        assert looks_like_unit(name), name
    p = parse_annotation("负责单位：发展改革委、能源局、国务院其他有关部门。未明确牵头单位的，"
                         "由所列负责单位按职责分工负责，下同")
    assert roles(p.units) == [("发展改革委", "responsible"), ("能源局", "responsible"),
                              ("国务院其他有关部门", "responsible")]


def test_a_rule_after_the_list_gives_the_item_its_listed_units_only(write_doc):
    out = read(write_doc, "一、重点任务\n"
                          "1. 实施能源双控。（负责单位：省发展改革委、省能源局。未明确牵头单位的，"
                          "由所列负责单位按职责分工负责，下同）\n"
                          "2. 推进重点领域节能。（牵头单位：省发展改革委 参加单位：省工业和信息化厅）\n")
    assert who(out, "实施能源双控") == [("省发展改革委", "responsible"), ("省能源局", "responsible")]
    assert who(out, "推进重点领域节能") == [("省发展改革委", "lead"), ("省工业和信息化厅", "support")]


def test_a_sites_greeting_names_no_government():
    text = ("北京某某投资管理公司欢迎您! 010-64246588\n"
            "“十三五”节能减排工作方案部门分工\n"
            "1. 实施能源消费总量和强度双控。（负责单位：发展改革委、能源局、国务院其他有关部门）\n"
            "2. 推动重点领域节能降耗。（负责单位：工业和信息化部、住房城乡建设部）")
    j = infer(lines(text))
    assert (j.adcode, j.level) == ("100000", "national")
    # the greeting's place is not counted, the text's own still is
    j = infer(lines("欢迎访问上海某某网\n一、任务（杭州市财政局负责）\n二、任务（杭州市商务局负责）"))
    assert j.adcode == "330100"


def test_a_docnum_inside_a_named_countys_name_is_that_county():
    text = ("阳政办〔2019〕1号\n各街办事处，区人民政府各部门：\n现将方案印发给你们。\n"
            "武汉市汉阳区人民政府办公室\n2019114\n1、推进工业园建设。（牵头单位：区经信局）")
    j = infer(lines(text))
    assert (j.name, j.how) == ("汉阳区", "docnum")
    # with no county named, the prefix's own candidates are weighed as before (nothing read)
    assert infer(lines("阳政办〔2019〕1号\n正文")).adcode is None
