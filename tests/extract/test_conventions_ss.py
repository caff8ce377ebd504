"""Conventions seen in the collected set ss (unseen round of session 38), as short written
fixtures with variants not in the files: triangles written on unit names like stars (``▲发改局``
in a table cell one a line, in a piped cell, in a bracket; the lead only under a legend), a table
cell that stops inside a bracket on the input's last line (cut by the excerpt's edge), and a
joint body's name with a conjunction inside (``新区科技和人才局〈区科技局〉``), which the reader of
names run together had cut in two (``新区科`` + ``技和人才局``)."""
from test_conventions import read, who


CELLS = ("附件\n\n主要目标任务分解清单\n\n序号\n\n主要工作\n\n责任单位\n\n1\n\n生产总值增长7.5%左右\n\n"
         "▲发改局,各部门,各镇乡(街道)\n\n2\n\n研发投入强度2.85%以上\n\n△科技局,各镇乡(街道)\n\n")


def test_triangles_on_names_in_cells_one_a_line_are_marks_not_names(write_doc):
    out = read(write_doc, CELLS)
    # no legend says what the triangle means: no lead, the mark off the name
    assert who(out, "生产总值增长") == [("发改局", "responsible"), ("各部门", "responsible"),
                                      ("各镇乡(街道)", "responsible")]
    assert who(out, "研发投入强度") == [("科技局", "responsible"), ("各镇乡(街道)", "responsible")]


def test_triangles_in_piped_cells_and_brackets_and_under_a_legend(write_doc):
    out = read(write_doc, "| 序号 | 工作任务 | 责任单位 |\n| 1 | 建设智慧城市平台。 | ▲区发改局、区财政局 |\n"
                          "| 2 | 推进老旧小区改造。 | 区住建局△、区城管局 |\n")
    assert who(out, "智慧城市") == [("区发改局", "responsible"), ("区财政局", "responsible")]
    assert who(out, "老旧小区") == [("区住建局", "responsible"), ("区城管局", "responsible")]
    # a legend in the unit column's header: the marked name leads wherever the mark stands
    out = read(write_doc, "| 序号 | 工作任务 | 责任单位(▲为牵头单位) |\n"
                          "| 1 | 建设智慧城市平台。 | 区财政局、▲区发改局 |\n")
    assert who(out, "智慧城市") == [("区财政局", "responsible"), ("区发改局", "lead")]
    out = read(write_doc, "一、重点任务\n(一)优化营商环境。(▲县发改局、县政务服务中心)\n")
    assert who(out, "优化营商环境") == [("县发改局", "responsible"), ("县政务服务中心", "responsible")]
    out = read(write_doc, "一、重点任务(标▲的为牵头单位)\n(一)优化营商环境。(▲县发改局、县政务服务中心)\n"
                          "(二)提升农田水利。(县水利局▲、县农业农村局)\n")
    assert who(out, "优化营商环境") == [("县发改局", "lead"), ("县政务服务中心", "responsible")]
    assert who(out, "提升农田水利") == [("县水利局", "lead"), ("县农业农村局", "responsible")]


def test_a_unit_cell_stopping_inside_a_bracket_at_the_end_of_the_input_is_cut(write_doc):
    out = read(write_doc, CELLS + "3\n\n外贸出口保增长稳份额\n\n▲商务局,各部门,各镇乡(\n")
    result = out[0]
    # the row's cell was cut by the excerpt's edge: none of its names (各镇乡( least of all)
    assert who(out, "外贸出口保增长") == []
    assert any("cut" in i.message for i in result.issues)
    assert who(out, "研发投入强度") == [("科技局", "responsible"), ("各镇乡(街道)", "responsible")]
    # piped: the same, a cell stopping inside its bracket
    out = read(write_doc, "| 序号 | 工作任务 | 责任单位 |\n| 1 | 建设智慧城市平台。 | 区发改局 |\n"
                          "| 2 | 推进老旧小区改造。 | 区住建局、各街道(")
    assert who(out, "老旧小区") == []
    assert who(out, "智慧城市") == [("区发改局", "responsible")]
    # a bracket closed on the last line is no cut
    out = read(write_doc, CELLS + "3\n\n外贸出口保增长稳份额\n\n商务局,各镇乡(街道)\n")
    assert who(out, "外贸出口保增长") == [("商务局", "responsible"), ("各镇乡(街道)", "responsible")]


def test_a_name_with_a_conjunction_inside_is_not_cut_in_two(write_doc):
    out = read(write_doc, "一、强化科技创新(新区科技和人才局〈区科技局〉牵头)\n锚定建成高水平创新型城市。\n"
                          "二、壮大人才队伍(新区科技和人才局牵头,区财政局配合)\n加快引进人才。\n")
    assert who(out, "强化科技创新") == [("新区科技和人才局〈区科技局〉", "lead")]
    assert who(out, "壮大人才队伍") == [("新区科技和人才局", "lead"), ("区财政局", "support")]
    # a name that does open with a character and 和 before its ending stays a name of a run
    from kg.extract import unitnames
    assert unitnames.split_run("民政局人和街道") == ["民政局", "人和街道"]
    assert unitnames.split_run("新区科技和人才局") == ["新区科技和人才局"]
