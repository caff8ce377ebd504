"""Conventions seen in the collected set vv (unseen round of session 39), as short written
fixtures with variants not in the files: a unit label opening a bracket whose first-listed
rule follows after a comma (``（责任单位：A、B，列第一位的为牵头单位，下同）``, also worded
``排在首位的为牵头单位`` and in traditional script), where the rule's clean-up had dropped the
label's whole list with the rule, leaving the task with no unit."""
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
