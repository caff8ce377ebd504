"""Conventions seen in the held-out set "ai" (national and provincial divisions of work, a
provincial department's breakdown to its own sections, a sub-provincial city's 分工方案), each as
a short synthetic fixture with variants not in the collected files: a task's standalone
``责任单位：`` line cut by the excerpt's edge right after the first level word of a collective the
document writes on with 、 (``…，各区`` where an item above wrote ``各区、县（市）政府``), and the
same line complete, or ending on a collective the document never wrote longer."""
from test_conventions import read, who

HEAD = ("2026年重点工作分工方案\n"
        "一、扩大内需\n"
        "1.持续做好重大项目谋划储备和政策资金争取工作。\n"
        "牵头单位：市发展改革委\n"
        "责任单位：市财政局等有关部门，各区、县（市）政府及开发区管委会\n"
        "2.适时出台促进经济平稳健康发展的政策举措，提振发展信心。\n"
        "牵头单位：市发展改革委\n")


def test_a_last_line_cut_after_the_head_of_a_collective_written_longer_above_is_not_read(write_doc):
    out = read(write_doc, HEAD + "责任单位：市工业和信息化局、商务局等有关部门，各区\n")
    # the first item keeps its annotation whole
    assert ("各区、县（市）政府", "responsible") in who(out, "政策资金争取工作")
    # the second's annotation lines are cut by the input's end: none of them is read
    assert who(out, "提振发展信心") == []


def test_the_same_line_complete_or_ending_on_a_collective_never_written_longer_is_read(write_doc):
    out = read(write_doc, HEAD + "责任单位：市工业和信息化局、商务局等有关部门，各区、县（市）政府\n")
    got = who(out, "提振发展信心")
    assert ("市发展改革委", "lead") in got and ("各区、县（市）政府", "responsible") in got
    # 各街道 is written nowhere longer in the document: the list ends there, not cut
    out = read(write_doc, HEAD + "责任单位：市商务局，各街道\n")
    assert ("各街道", "responsible") in who(out, "提振发展信心")
