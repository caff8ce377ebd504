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


# a task table pasted one cell a line, its merged cells written once, in the first row they span
# (collected al02 as another copy writes it): rows end at their deadline cell, the line before
# it the unit cell; a row whose deadline cell is merged ends at its line of names
ONE_CELL = ("建设任务\n工作事项\n工作指标\n任务清单\n责任清单\n时限清单\n"
            "一、体系建设\n"
            "（一）组织指挥提能升级\n1.组织机构\n"
            "（1）乡镇党政主要负责人是防汛工作第一责任人。\n1.落实防汛防台行政首长负责制；\n党政办 应消站\n4月\n"
            "（2）乡镇应急消防管理站承担防汛防台统筹协调工作。\n1.明确应消站防汛工作职责；\n应消站\n4月\n"
            "（3）村（社区）防汛职责按规定融入基层治理体系网格。\n1.明确乡、村全科网格员防汛相关职责；\n综治办 应消站\n5月\n"
            "2.根据辖区实际，补充设置水利工程巡查员。\n农村办 规划建设办 国土所\n"
            "二、能力建设\n")


def test_a_one_cell_a_line_table_with_merged_cells_ends_rows_at_their_deadline(write_doc):
    out = read(write_doc, ONE_CELL)
    assert who(out, "党政主要负责人是防汛工作") == [("党政办", "responsible"), ("应消站", "responsible")]
    assert who(out, "承担防汛防台统筹协调") == [("应消站", "responsible")]
    assert who(out, "融入基层治理体系网格") == [("综治办", "responsible"), ("应消站", "responsible")]
    assert who(out, "补充设置水利工程巡查员") == [("农村办", "responsible"), ("规划建设办", "responsible"),
                                               ("国土所", "responsible")]


def test_an_indented_typeset_paragraph_goes_on_past_a_sentence_end_at_the_width():
    # a PDF's text layer, paragraphs opened by 　　, lines 28 characters wide: a line of the
    # width that ends a sentence goes on into the next unless that one is indented
    from kg.extract.formats.text import unwrap
    para = ["　　" + "甲" * 26, "乙" * 27 + "。", "丙" * 28, "丁" * 8 + "（责任单位：县发改局）"]
    joined = unwrap(para * 4)
    assert [n for n, _ in joined] == [1, 5, 9, 13]
    assert joined[0][1] == "".join(para)


def test_an_unindented_text_keeps_a_sentence_end_at_the_width_as_a_break():
    from kg.extract.formats.text import unwrap
    para = ["甲" * 27 + "，", "乙" * 27 + "。", "丙" * 28, "丁" * 8 + "。"]
    joined = unwrap(para * 4)
    assert [t for _, t in joined][:2] == ["甲" * 27 + "，" + "乙" * 27 + "。", "丙" * 28 + "丁" * 8 + "。"]


def test_a_sub_district_office_after_townships_written_with_a_bracketed_level():
    # 乡（镇）人民政府、街道办事处: two levels' bodies; the office takes what qualifies the
    # townships (所在地, 各) but never their level word (no 所在地乡（镇）街道办事处)
    from kg.extract.annotations import unit_items
    assert unit_items("所在地乡（镇）人民政府、街道办事处") == [
        ("所在地乡（镇）人民政府", None), ("街道办事处", "所在地街道办事处")]
    assert unit_items("各乡（镇）人民政府、街道办事处")[1] == ("街道办事处", "各街道办事处")


def test_a_counted_clause_in_a_unit_column_is_text_not_names(write_doc):
    # the excerpt's last row, its 下一步计划 cell broken at 一是/二是 so its cells went one column
    # on: the clause under 责任单位 is reported, never split at its 、 into false units
    from kg import errors
    text = ("序号 | 重点任务 | 下一步计划 | 责任单位 |\n"
            "1 | 推进产业载体建设 | 持续谋划 | 区发展改革局、区投资促进局 |\n"
            "2 | 发展支柱产业 | 一是对接产业链 | 二是加强与市中城发集团、未来云谷等合作 |\n")
    out = read(write_doc, text)
    assert who(out, "推进产业载体建设") == [("区发展改革局", "responsible"), ("区投资促进局", "responsible")]
    assert who(out, "发展支柱产业") == []
    assert any(i.code == errors.W_NOT_UNDERSTOOD and "二是" in i.message for i in out[0].issues)
