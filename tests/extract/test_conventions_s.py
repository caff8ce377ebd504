"""Conventions seen in the held-out set "s" (a county bureau's target table), each as a short
synthetic fixture with variants that are not in the collected files: a table pasted one cell a
line with no separators whose row-spanning (merged) cells are written only in the first row
they span, so later rows lack their 指标, 完成时限, 责任领导 and unit cells; a unit column named
for a bureau's sections (责任股室) with its bracketed note (（单位）) on a line of its own; the
sections themselves (人事股, 旅游股) as units; and X属 collectives (委属单位, 局属各单位)."""
from kg.extract import annotations, unitnames

from test_conventions import read, who


def test_sections_of_a_bureau_are_units_and_shares_are_not():
    for name in ("人事股", "财务审计股", "规划建设股"):
        assert unitnames.unit_kind(name) == "department", name
    for word in ("控股", "参股", "入股", "个股", "股", "国有控股", "蓝筹股"):
        assert unitnames.unit_kind(word) is None, word
    assert unitnames.unit_kind("各股室") == "collective"
    # a collective of the units under a commission or bureau
    for name in ("委属单位", "局属各单位", "委属部门单位"):
        assert unitnames.unit_kind(name) == "collective", name
    assert annotations.label_role("责任股室") == "responsible"
    assert annotations.label_role("牵头股室") == "lead"


def test_cell_per_line_table_with_merged_cells_written_once(write_doc):
    out = read(write_doc,
               "序号\n指标\n重点任务\n完成时限\n分管领导\n责任股室\n（单位）\n备注\n"
               "1\n农业生产\n全年粮食播种面积稳定在20万亩以上。\n11月底前\n王 明\n"
               "农业股\n农技站\n"
               "2\n新建高标准农田1.2万亩。\n"                     # merged 指标/时限/领导/unit cells
               "3\n推进县农产品质量检测中心建设。\n"               # a sentence naming a centre
               "4\n畜牧产业\n生猪出栏量达到15万头。\n畜牧股\n"    # a new 指标, the same 时限
               "5\n做好动物疫病强制免疫工作。\n"
               "6\n乡村建设\n改造农村户厕800户。\n12月底前\n李 华\n"
               "各股室、局属单位\n")
    assert who(out, "全年粮食播种面积稳定") == [
        ("农业股", "responsible"), ("农技站", "responsible")]
    # a row without its own unit cell: the merged one above spans it
    assert who(out, "新建高标准农田1.2万亩") == [
        ("农业股", "responsible"), ("农技站", "responsible")]
    assert who(out, "推进县农产品质量检测中心建设") == [
        ("农业股", "responsible"), ("农技站", "responsible")]
    # a row with its own 指标 cell: the short label is no task, the clause is
    assert who(out, "生猪出栏量达到15万头") == [("畜牧股", "responsible")]
    assert who(out, "做好动物疫病强制免疫") == [("畜牧股", "responsible")]
    # the input's last row, whole with its unit cell (only 备注 is empty)
    assert who(out, "改造农村户厕800户") == [
        ("各股室", "responsible"), ("局属单位", "responsible")]
    # 分管领导 names persons: no unit
    assert not any(u == "王 明" for u, _ in who(out, "全年粮食播种面积稳定"))


def test_last_row_without_its_unit_cell_is_cut_not_merged(write_doc):
    out = read(write_doc,
               "序号\n指标\n重点任务\n责任股室\n"
               "1\n文化服务\n全年开展送戏下乡演出50场以上。\n文化股\n"
               "2\n推进乡镇综合文化站提档升级\n")
    assert who(out, "全年开展送戏下乡演出") == [("文化股", "responsible")]
    # at the end of the input a row short of its unit cell may be cut: no units
    assert who(out, "推进乡镇综合文化站提档升级") == []
