"""Conventions seen in the collected set vv (unseen round of session 39), as short written
fixtures with variants not in the files: a unit label opening a bracket whose first-listed
rule follows after a comma (``（责任单位：A、B，列第一位的为牵头单位，下同）``, also worded
``排在首位的为牵头单位`` and in traditional script), where the rule's clean-up had dropped the
label's whole list with the rule, leaving the task with no unit; a table one cell a line whose
last unit cell the excerpt's edge cut inside a name a row above wrote in full (``…，各县（市、区）``
after ``…，各县（市、区）政府``), read as a whole list; and a page's byline under its title
(``信息来源： 市府办 发布时间： …  浏览次数：``), read as the title's source."""
from kg.extract import annotations as ann

from test_conventions import read, who


def _units(content: str) -> list[tuple[str, str]]:
    return [(u.mention, u.role) for u in ann.parse_annotation(content).units]


def test_a_labelled_list_before_a_first_listed_rule_is_kept():
    for content in ("责任单位：市税务局、市财政局，列第一位的为牵头单位，下同",
                    "责任单位:市税务局、市财政局,排在首位的为牵头单位,下同",
                    "責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同",
                    "责任单位：市税务局、市财政局，排名第一的为牵头单位"):
        assert _units(content) == [("市税务局", "lead"), ("市财政局", "responsible")], content
    # one unit under the label: it leads
    assert _units("责任单位：市发改委，列第一位的为牵头单位，下同") == [("市发改委", "lead")]
    # the forms that already read stay as they were
    assert _units("市教育局，市委农办，排名第一位为牵头单位，下同") == [
        ("市教育局", "lead"), ("市委农办", "responsible")]
    assert _units("责任单位：市税务局、市财政局。列第一位的为牵头单位，下同") == [
        ("市税务局", "lead"), ("市财政局", "responsible")]
    # a deadline label before the rule is no list of units
    assert _units("完成时限：2023年底，列第一位的为牵头单位") == []


def test_the_rule_in_a_labelled_bracket_carries_to_later_items(write_doc):
    out = read(write_doc, "一、政策措施\n(一)降低企业税收负担。\n"
                          "1.全市城镇土地使用税税额标准下调至1—8元/平方米。"
                          "(责任单位:市税务局、市财政局,排在首位的为牵头单位,下同)\n"
                          "2.全面落实执行印花税核定征收管理办法,降低企业负担。"
                          "(责任单位:市财政局、市税务局)\n")
    assert who(out, "城镇土地使用税") == [("市税务局", "lead"), ("市财政局", "responsible")]
    # 下同: the first-listed rule holds for the next item too
    assert who(out, "印花税核定征收") == [("市财政局", "lead"), ("市税务局", "responsible")]


TAIZHOU = ("台州市人民政府关于印发《政府工作报告》2018年目标任务责任分解的通知\n"
           "{byline}\n\n各县(市、区)人民政府,市政府直属各单位:\n\n"
           "《政府工作报告》2018年目标任务责任分解已经市政府常务会议研究同意,现印发给你们。\n\n"
           "附件\n\n《政府工作报告》2018年目标任务责任分解\n\n目标任务\n\n责任领导\n\n责任单位\n\n"
           "一、主要预期指标\n\n1. 生产总值增长7.5%以上。\n\n董贵波\n\n"
           "市发改委、市经信委、市商务局,各县(市、区)政府,台州经济开发区管委会等\n\n"
           "2. 一般公共预算收入增长、城乡居民收入增长与经济增长基本同步。\n\n董贵波\n\n郑敏强\n\n"
           "{last}\n")


def test_a_last_unit_cell_cut_inside_a_name_written_above_is_not_read(write_doc):
    out = read(write_doc, TAIZHOU.format(byline="", last="市发改委、市农办、市财政局,各县(市、区)"))
    assert who(out, "生产总值增长7.5%以上") == [
        ("市发改委", "responsible"), ("市经信委", "responsible"), ("市商务局", "responsible"),
        ("各县(市、区)政府", "responsible"), ("台州经济开发区管委会", "responsible")]
    # 各县(市、区) opens 各县(市、区)政府, written in full above: the excerpt cut the cell
    assert who(out, "一般公共预算收入增长") == []
    # a last cell whose last name is whole is read
    out = read(write_doc, TAIZHOU.format(byline="", last="市发改委、市农办、市财政局"))
    assert who(out, "一般公共预算收入增长") == [
        ("市发改委", "responsible"), ("市农办", "responsible"), ("市财政局", "responsible")]


def test_a_page_byline_under_its_title_gives_no_source(write_doc):
    byline = "信息来源: 市府办 发布时间: 2022-06-21 17: 28 浏览次数:"
    result, _, got = read(write_doc, TAIZHOU.format(byline=byline, last="市发改委、市农办"))
    assert not [a for a in result.assignments if a.raw.mention.text == "市府办"]
    assert not any(role == "source" for units in got.values() for _, role in units)
    # a field of one name is still read: 信息提供单位：市统计局 under an indicator
    out = read(write_doc, "1.地区生产总值增长7.5%左右。\n信息提供单位:市统计局\n")
    assert who(out, "地区生产总值增长") == [("市统计局", "source")]
