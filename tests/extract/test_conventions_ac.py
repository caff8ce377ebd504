"""Conventions seen in the held-out set "ac" (a county's 民生实事 progress table, a township's
整改方案, a city's 2004 task list, a district's 人大票决 民生实事 progress table; from the
``pages`` corpus), each as a short synthetic fixture with variants not in the collected files:
a project table's 业主单位 column (the project's owner, who carries it out) beside its 牵头单位,
and the same field written as a label."""
from test_conventions import read, who


def test_an_owner_column_names_a_responsible_unit_beside_the_lead(write_doc):
    out = read(write_doc,
               "序号 | 项目名称 | 牵头单位 | 业主单位 | 完成时间 |\n"
               "1 | 新建城南幼儿园1所。 | 区教体局 | 区城投公司 | 2024年12月 |\n"
               "2 | 改造老旧小区8个。 | 区住建局 | 区住建局 | 2024年11月 |\n")
    assert who(out, "新建城南幼儿园1所") == [("区教体局", "lead"), ("区城投公司", "responsible")]
    # the lead owning its project: one unit, read under both columns
    assert {u for u, _ in who(out, "改造老旧小区8个")} == {"区住建局"}
    assert ("区住建局", "lead") in who(out, "改造老旧小区8个")


def test_an_owner_label_after_a_project_gives_its_unit(write_doc):
    out = read(write_doc,
               "一、民生实事项目\n"
               "1.建设农贸市场2个。(牵头单位:县商务局;业主单位:县城投公司、城关镇)\n"
               "2.新增公交线路3条。(业主单位:县交通局)\n")
    assert who(out, "建设农贸市场2个") == [("县商务局", "lead"), ("县城投公司", "responsible"),
                                        ("城关镇", "responsible")]
    assert who(out, "新增公交线路3条") == [("县交通局", "responsible")]


def test_rows_padded_at_their_end_by_a_line_of_pipes(write_doc):
    # one cell a line closed by ' |', a row padded to the table's width by a line of several
    # '|' (its empty cells, the merged ones left out): the cells between two such lines are
    # cells still, not one task's text with the '|' in it
    out = read(write_doc,
               "民生实事项目进度表\n序号 |\n项目名称 |\n牵头单位 |\n业主单位 |\n备注 |\n"
               "1 |\n新建城南幼儿园1所 |\n区教体局 |\n区城投公司 |\n|\n"
               "2 |\n改造老旧小区8个 |\n区住建局 |\n|||\n"
               "3 |\n建设口袋公园5个 |\n区城管局 |\n|||\n")
    assert who(out, "改造老旧小区8个") == [("区住建局", "lead")]
    assert who(out, "建设口袋公园5个") == [("区城管局", "lead")]
    tasks = [t.text for t in out[0].tasks]
    assert not any("|" in t for t in tasks), tasks


def test_a_padded_table_with_a_two_row_header_and_a_task_column_over_two_cells(write_doc):
    # rows padded to the table's width (8 cells) at their end, so the width is where the
    # header's first row ends; the second header row (前期手续 / 在建形象进度) names the columns
    # under 本月进展情况, not a row; the 项目名称 column spans a project and its sub-project; a
    # row without its number lacks the merged cells on its left (its 牵头单位 is the block's)
    text = ("序号 |\n牵头单位 |\n项目数量 |\n项目名称 |\n业主单位 |\n本月进展情况 |\n||\n"
            "前期手续 |\n在建形象进度 |\n||||||\n"
            "一 |\n区住建局 |\n3个 |\n(一)道路畅通工程 |\n1.北环路 |\n区城投公司 |\n已完工 |\n|\n"
            "2.南环路 |\n区交通局 |\n已完工 |\n|||||\n"
            "二 |\n区城管局 |\n1个 |\n(一)井盖整治项目 |\n区城管局 |\n已完工 |\n||\n"
            "三 |\n区教体局 |\n2个 |\n(一)全民健身器材更换项目 |\n区教体局 |\n已完工 |\n||\n"
            "(二)新建幼儿园1所 |\n区住建局 |\n已完工 |\n|||||\n")
    out = read(write_doc, "民生实事项目进度表\n" + text)
    assert who(out, "北环路") == [("区住建局", "lead"), ("区城投公司", "responsible")]
    assert who(out, "南环路") == [("区住建局", "lead"), ("区交通局", "responsible")]
    assert ("区城管局", "lead") in who(out, "井盖整治项目")
    assert who(out, "新建幼儿园1所") == [("区教体局", "lead"), ("区住建局", "responsible")]
    # no column name or row number read as a task or a unit
    tasks = [t.text for t in out[0].tasks]
    assert not any(t.startswith(("前期手续", "一", "二")) for t in tasks), tasks
