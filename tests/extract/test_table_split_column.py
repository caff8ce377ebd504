"""A table's second header row that names the parts of one column (资金来源 split into 中央 /
省级 / … funds), flattened without the empty cells that placed those names: the columns right of
the split column must still meet their cells (责任单位 under 责任单位, not under 实施期限).
Synthetic fixtures in the form of a county's fund-allocation table (大冶市 2024, hbdaye.gov.cn)."""
from __future__ import annotations

from kg.extract.outline import Cell, _split_column, _spanned_sub_header

from test_conventions import read, who

HEAD = ("序号 | 部门 | 乡镇 | 项目名称 | 建设内容 | 计划投入资金 | 资金来源 | 实施期限 | 责任单位 | "
        "责任人 | 备注 | |||\n")


def test_the_parts_of_a_fund_column_move_the_columns_right_of_it(write_doc):
    out = read(write_doc,
               "附件:项目计划安排表\n"
               "单位:万元 | |||||||||||||\n"
               + HEAD +
               "中央资金 | 省级资金 | 市级资金 | 其他资金 | ||||||||||\n"
               "合 计 | 900 | 0 | 500 | 300 | 100 | |||||||\n"
               "1 | 市农业农村局 | 甲镇 | 甲镇蔬菜基地建设项目 | 建设大棚20座 | 500 | 0 | 300 | 200 | 0 | "
               "2024年6月到12月 | 甲镇人民政府 | 张三 |\n"
               "2 | 市农业农村局 | 乙乡 | 乙乡茶园提升项目 | 改造茶园300亩 | 400 | 0 | 200 | 100 | 100 | "
               "2024年12月底前 | 乙乡人民政府 | 李四 | 续建 |\n")
    assert ("甲镇人民政府", "responsible") in who(out, "甲镇蔬菜基地建设项目")
    assert ("乙乡人民政府", "responsible") in who(out, "乙乡茶园提升项目")
    result = out[0]
    # the deadline column meets its cell too
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "table"}
    # (a span is dated by its end since session 45: 2024年6月到12月 -> 2024-12)
    assert due == {"甲镇人民政府": "2024-12", "乙乡人民政府": "2024-12"}


def _cells(*texts):
    return [Cell(t, []) for t in texts]


def test_which_column_the_parts_split():
    names = ["序号", "项目名称", "计划投入资金", "资金来源", "实施期限", "责任单位"]
    # parts sharing a word: the last column holding it (either gives the same columns on its right)
    assert _split_column(names, ["中央衔接资金", "省级衔接资金", "其他资金"]) == 3
    # parts named by source: a money column
    assert _split_column(["序号", "项目", "投资额", "责任单位"], ["中央", "省级", "自筹"]) == 2
    # roles: the one unit column
    assert _split_column(["序号", "任务", "责任单位", "完成时限"], ["牵头", "配合"]) == 2
    # nothing the parts belong to
    assert _split_column(["序号", "任务", "责任单位", "完成时限"], ["甲", "乙"]) is None


def test_no_split_read_where_the_counts_do_not_agree():
    top = _cells("序号", "项目", "资金来源", "责任单位", "", "")
    # two padding cells but three parts: more than one column may be split (a catalogue's
    # 公开对象 | 公开方式 over 全社会 | 特定群体 | 主动 | 依申请): no reading
    sub = _cells("中央资金", "省级资金", "市级资金", "其他资金", "", "")
    row = _cells("1", "某项目", "1", "2", "3", "4", "甲镇人民政府")
    assert _spanned_sub_header(top, sub, [row]) is None
    # three parts, two padding cells, a numbered row as wide: read
    sub3 = _cells("中央资金", "省级资金", "其他资金", "", "", "")
    row3 = _cells("1", "某项目", "1", "2", "3", "甲镇人民政府")
    merged = _spanned_sub_header(top, sub3, [row3])
    assert [c.text for c in merged] == ["序号", "项目", "中央资金", "省级资金", "其他资金", "责任单位"]
    # no numbered row after it: no reading
    assert _spanned_sub_header(top, sub3, [_cells("说明", "见附件")]) is None
