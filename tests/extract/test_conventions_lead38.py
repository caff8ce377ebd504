"""Session 38's lead: TAB tables as copies write them when they drop a row's trailing TABs
(collected ff04 and r04 rewritten with TABs: the forms a Word or web copy gives)."""
from test_conventions import read, who

# a sub-row of row 1 under merged cells (新增学位810个), its empty cells' TABs dropped: the table
# goes on past it (the next line is row 2), and the sub-row keeps the merged unit
LONE = ("2023年度省政府民生实事涉我区工作任务一季度进展情况\n"
        "序号\t工作任务\t责任单位\t一季度目标\t目标完成情况\n"
        "1\t新改扩建公办中小学校1所\t区教体局\t室内安装、装修及场外施工\t顺利推进\n"
        "新增学位810个\n"
        "2\t完成一对一结对帮扶学校2所\t区教体局\t互派人员到位\t顺利推进\n"
        "3\t随迁子女100%保障入学\t区教体局\t公布随迁子女入学政策\t顺利推进\n")


def test_a_row_of_one_cell_between_numbered_rows_keeps_the_table_going(write_doc):
    out = read(write_doc, LONE)
    for task in ("新改扩建公办中小学校", "新增学位810个", "结对帮扶学校2所", "随迁子女100%"):
        assert who(out, task) == [("区教体局", "responsible")], task


def test_a_line_after_a_table_is_no_row_of_it(write_doc):
    # the line after the last row is text, not a row: no number follows it
    out = read(write_doc, LONE.rsplit("\n", 2)[0] + "\n各单位要按时报送进展情况。\n")
    _, tasks, got = out
    assert who(out, "新增学位810个") == [("区教体局", "responsible")]
    after = [t for t in tasks.values() if "按时报送" in t.source_text]
    assert all(not got.get(t.task_id) for t in after)


# the header's trailing TABs and the rows' merged category cells on the left: the first row of a
# group is wider than the header (一、… | （一）… | 1 | …), the others open at their number
MERGED_LEFT = ("工作任务\t具体要求\t责任单位\t时限要求\n"
               "一、以公开助力经济平稳健康发展。\t（一）加强涉及市场主体的信息公开。\t1\t"
               "进一步增强政策文件制定实施的透明度与可预期性。\t市政府各有关部门，各县市区人民政府负责落实\t持续推进\n"
               "2\t开设行业帮扶政策公开专题，切实促进行业发展。\t市发展改革委牵头，市商务局配合\t持续推进\n"
               "3\t用好营商环境问题投诉、处置、回应机制。\t市发展改革委牵头，市住建局等政府各有关\n")


def test_a_tab_table_with_merged_cells_on_the_left_of_a_short_header(write_doc):
    out = read(write_doc, MERGED_LEFT)
    assert who(out, "进一步增强政策文件") == [("市政府各有关部门", "responsible"),
                                           ("各县市区人民政府", "responsible")]
    assert who(out, "开设行业帮扶政策") == [("市发展改革委", "lead"), ("市商务局", "support")]


def test_a_unit_cell_the_edge_cut_is_the_rows_own(write_doc):
    # the last row's unit cell cut inside a name: its lead is its own, never the row above's units
    out = read(write_doc, MERGED_LEFT)
    got = who(out, "用好营商环境问题投诉")
    assert ("市发展改革委", "lead") in got
    assert ("市商务局", "support") not in got
