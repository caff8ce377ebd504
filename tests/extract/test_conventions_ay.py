"""Conventions seen in the held-out set "ay" (a city's 应急体系 规划 责任分解, a prefecture's
民生实事 progress report, an autonomous region's 为民办实事 fund table as a PDF's text), each as a
short synthetic fixture with variants not in the collected files: a bracketed 责任单位 line of its
own after the last sub-item of an item that names no unit closes the whole item, so every
sub-item is its units'; and a table a PDF's text laid out a row a few lines, its header a line
of space-separated column names, gives each row the unit its last cell ran into the end of the
row's text line."""
from test_conventions import read, who

UNITS = [("市直各有关单位", "responsible"), ("各县（市、区）人民政府", "responsible")]


def test_a_closing_line_after_sub_items_is_the_whole_items(write_doc):
    out = read(write_doc, "一、体系建设\n"
                          "1.完善应急预案体系\n"
                          "（1）加强应急预案管理，规范预案编制工作。\n"
                          "（2）加强应急预案演练，完善演练管理制度。\n"
                          "（3）加强应急预案的培训宣传。\n"
                          "（责任单位：市直各有关单位、各县（市、区）人民政府）\n"
                          "2.健全应急管理体制\n"
                          "（1）推进三级政府应急管理办事机构建设。\n"
                          "（责任单位：市应急管理局）\n")
    for anchor in ("规范预案编制工作", "完善演练管理制度", "加强应急预案的培训宣传"):
        assert who(out, anchor) == UNITS
    # the next item's single sub-item keeps its own line; the heading gets nothing
    assert who(out, "推进三级政府应急管理办事机构建设") == [("市应急管理局", "responsible")]
    assert who(out, "完善应急预案体系") == []


def test_a_closing_line_stays_the_last_sub_items_where_another_names_units(write_doc):
    out = read(write_doc, "一、体系建设\n"
                          "1.完善应急预案体系\n"
                          "（1）加强应急预案管理。（责任单位：市应急管理局）\n"
                          "（2）加强应急预案演练，完善演练管理制度。\n"
                          "（3）加强应急预案的培训宣传。\n"
                          "（责任单位：市委宣传部）\n")
    assert who(out, "加强应急预案管理") == [("市应急管理局", "responsible")]
    assert who(out, "完善演练管理制度") == []
    assert who(out, "加强应急预案的培训宣传") == [("市委宣传部", "responsible")]


def test_a_closing_line_after_a_sections_items_stays_the_last_items(write_doc):
    # a top-level section's items are blocks of their own: the line is the last item's
    out = read(write_doc, "一、保障措施\n"
                          "（一）加强组织领导。各地要建立工作机制。\n"
                          "（二）强化督导考核。将工作纳入年度考核。\n"
                          "（责任单位：市政府督查室）\n")
    assert who(out, "加强组织领导") == []
    assert who(out, "强化督导考核") == [("市政府督查室", "responsible")]


def test_a_label_line_after_the_last_sub_item_is_that_sub_items(write_doc):
    # a label line (no bracket) under a sub-item is that sub-item's field, as before
    out = read(write_doc, "一、体系建设\n"
                          "1.完善应急预案体系\n"
                          "（1）加强应急预案管理。\n"
                          "（2）加强应急预案的培训宣传。\n"
                          "责任单位：市委宣传部\n")
    assert who(out, "加强应急预案管理") == []
    assert who(out, "加强应急预案的培训宣传") == [("市委宣传部", "responsible")]


PDF_TABLE = ("附件 2020年为民办实事工程项目计划表\n"
             "项目名称 合计 中央财政 市县财政\n"
             "2020 年目标任务 牵头单位 备注\n"
             "一、社保惠民项目\n"
             "120000 90000\n"
             "（一）城乡居民基本 养老保险项目\n"
             "60000 40000\n"
             "20000 为符合条件的参保群众代缴部分 保费.\n"
             "按规定发放丧 葬补助金. 自治区人力资 源社会保障厅\n"
             "（二）困难群众救助 项目\n"
             "30000 20000 为符合条件的城乡困难群众发放 救助金. 自治区民政厅 ―\n"
             "12 ―\n"
             "（三）扩大学前 教育资源项目\n"
             "6067 2020\n")


def test_a_pdf_tables_unit_cell_run_into_the_rows_line(write_doc):
    out = read(write_doc, PDF_TABLE)
    assert who(out, "城乡居民基本养老保险项目") == [("自治区人力资源社会保障厅", "lead")]
    # a dash of the page's furniture after the name is not the name's
    assert who(out, "困难群众救助项目") == [("自治区民政厅", "lead")]
    # a row cut by the excerpt's edge before its unit cell, and a theme row, get nothing
    assert who(out, "扩大学前教育资源项目") == []
    assert who(out, "社保惠民项目") == []


def test_a_responsible_column_gives_responsible_units(write_doc):
    out = read(write_doc, PDF_TABLE.replace("牵头单位", "责任单位"))
    assert who(out, "困难群众救助项目") == [("自治区民政厅", "responsible")]


def test_no_header_line_no_run_in_unit(write_doc):
    # the same rows with no header line naming a unit column: a name after a sentence end
    # is no cell of a unit column
    out = read(write_doc, PDF_TABLE.replace("2020 年目标任务 牵头单位 备注\n", ""))
    assert who(out, "困难群众救助项目") == []
    # nor does a sentence end followed by words that are no unit's name
    out = read(write_doc, PDF_TABLE.replace("自治区民政厅", "已全部完成"))
    assert who(out, "困难群众救助项目") == []


def test_a_header_line_repeated_inside_a_row_is_no_annotation(write_doc):
    # the header a page break repeats inside a row (… 目标任务 牵头单位 备注) is column names,
    # not a label and its value: no issue says an annotation names no unit
    out = read(write_doc, PDF_TABLE.replace("12 ―\n", "12 ―\n项目名称 合计 中央财政 市县财政\n"
                                                   "2020 年目标任务 牵头单位 备注\n"))
    assert who(out, "困难群众救助项目") == [("自治区民政厅", "lead")]
    assert not [i for i in out[0].issues if i.code in ("E303", "E305")]
    # a record line of fields (a unit among them) is no header: its label still reads
    out = read(write_doc, "1.完成老旧小区改造120个 责任单位 市住建局 完成时限 2024年12月\n")
    assert who(out, "完成老旧小区改造120个") == [("市住建局", "responsible")]
