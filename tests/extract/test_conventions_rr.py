"""Conventions seen in the collected set rr (unseen round of session 38), as short written
fixtures with variants not in the files: a numbered item written in stages, each stage closed by
a bracket of its deadline alone (``（完成时限：2022年6月）``), the item closed by the bracket that
names who (``（牵头单位：市营商局）``): one task, the unit's, its deadline the last stage's."""
from kg.extract import annotations as ann
from test_conventions import read, who


def test_a_bracket_of_deadline_fields_alone_does_not_cut_a_task():
    norm = ("加快推进一网通办。建设主题数据库。（完成时限：2022年6月）加快完善平台功能，上线160种事项。"
            "（完成时限：2022年12月）实现100个事项零提交。（完成时限：2023年12月）（牵头单位：市营商局）")
    assert ann.annotation_cuts(norm) == []
    # a bracket naming who still cuts, deadline field or not
    two = "推进A工作。（牵头单位：市发改委；完成时限：2022年6月）推进B工作建设。（责任单位：市财政局）"
    assert ann.annotation_cuts(two) == [two.index("推进B")]
    assert ann._deadline_fields_only("完成时限：2022年6月")
    assert ann._deadline_fields_only("完成时间：2022年6月；时间节点：2022年12月")
    assert not ann._deadline_fields_only("牵头单位：市营商局；完成时限：2022年6月")
    assert not ann._deadline_fields_only("市营商局负责")


def test_an_item_in_stages_is_one_task_of_the_unit_that_closes_it(write_doc):
    out = read(write_doc,
               "一 打造办事方便的政务环境\n"
               "1.加快推进一网通办，深化政务服务能力建设。建设政务服务主题数据库。（完成时限：2022年6月）"
               "加快完善一体化在线政务服务平台功能，上线160种多部门联办事项。（完成时限：2022年12月）"
               "实现100个政务服务事项材料零提交。（完成时限：2023年12月）（牵头单位：市营商局）\n"
               "2.优化工程建设项目审批流程，压缩审批时间。（完成时间：2022年9月）"
               "推行区域评估成果共享。（完成时间：2022年12月）（牵头单位：市住建局；责任单位：市自然资源局）\n")
    result, tasks, _ = out
    assert who(out, "加快推进一网通办") == [("市营商局", "lead")]
    assert who(out, "优化工程建设项目审批") == [("市住建局", "lead"), ("市自然资源局", "responsible")]
    first = next(t for t in tasks.values() if "加快推进一网通办" in t.source_text)
    assert "实现100个" in first.source_text          # the stages are not tasks of their own
    assert {a.raw.deadline for a in result.assignments if a.task_id == first.task_id} == {"2023-12"}


def test_a_last_unit_line_closed_by_a_whole_time_field_is_not_cut(write_doc):
    # round rr's items followed by their own '责任单位：X' line (rr02, rr03), here with a time field:
    # the excerpt's last line ends on the time, so the names before its separator are whole
    for sep in ("；", "，"):
        out = read(write_doc, "一、强化项目带动\n1.加快高速公路建设，完成改造120公里。\n"
                              f"责任单位：市交通运输局、市公路局{sep}完成时限：2013年12月底\n")
        assert who(out, "加快高速公路建设") == [("市交通运输局", "responsible"), ("市公路局", "responsible")]
        result, tasks, _ = out
        assert {a.raw.deadline for a in result.assignments if a.raw.via == "standalone"} == {"2013-12"}
    # a time cut inside its value (2013年1) may be where the excerpt ends: the line is not used
    out = read(write_doc, "一、强化项目带动\n1.加快高速公路建设，完成改造120公里。\n"
                          "责任单位：市交通运输局、市公路局；完成时限：2013年1\n")
    result, _, got = out
    assert not got
    assert any(i.code == "E306" for i in result.issues)
    # a unit list cut inside a name is still cut (市公路事业, the excerpt's last line)
    out = read(write_doc, "一、强化项目带动\n1.加快高速公路建设。\n牵头单位：市发改委。\n"
                          "配合单位：市交通运输局、市公路事业\n")
    assert not out[2]


def test_the_round_s_labels_are_known_with_their_roles(write_doc):
    # 数据提供单位 (rr01) supplies a target's figure, as the tables' 信息提供单位: an information
    # source; 责任地区 (rr05) and its variants name the areas that carry a measure out: responsible
    out = read(write_doc,
               "一、主要预期目标\n"
               "（一）地区生产总值增长7.5%左右。（牵头领导：谢瑞武，牵头单位：市发改委，数据提供单位：市统计局）\n"
               "（二）社会消费品零售总额增长9%。（牵头单位：市商务局，数据来源单位：市统计局）\n"
               "二、推进重点领域改革\n"
               "1.破除市场准入壁垒。严格落实全国一张清单。（牵头单位：市发展改革委；责任地区：各区市县政府、先导区管委会）\n"
               "2.推进登记管理改革。推动企业设立登记。（牵头单位：市市场监管局；责任区县：各区县政府）\n")
    assert who(out, "地区生产总值增长7.5%") == [("市发改委", "lead"), ("市统计局", "source")]
    assert who(out, "社会消费品零售总额增长9%") == [("市商务局", "lead"), ("市统计局", "source")]
    assert who(out, "破除市场准入壁垒") == [("市发展改革委", "lead"), ("各区市县政府", "responsible"),
                                        ("先导区管委会", "responsible")]
    assert who(out, "推进登记管理改革") == [("市市场监管局", "lead"), ("各区县政府", "responsible")]
    result = out[0]
    assert not [i for i in result.issues if i.code == "E302"]     # no unknown label



_TABLE = ("2022年重点工作及责任清单\n\n序号\n\n重点工作\n\n牵头责任单位\n\n协同责任单位\n\n任务来源\n\n{theme}"
          "1\n\n全面延伸双招双引，继续坚持顶格倾听、顶格协调。\n\n市政府办\n\n市政府各部门、各直属机构\n\n"
          "皖政〔2022〕9号文件\n\n"
          "2\n\n坚决贯彻落实中央、省和市委决策部署。\n\n市政府办\n\n市直各单位\n\n市政府工作报告\n\n"
          "3\n\n推进重点项目建设，完成年度投资。\n\n市发改委\n\n市财政局\n\n六财经委发〔2022〕1号\n")


def test_a_table_one_cell_a_line_keeps_its_last_column_after_a_theme_row(write_doc):
    # rr04: 序号 / 重点工作 / 牵头责任单位 / 协同责任单位 / 任务来源, a blank line after each cell, a
    # theme row between the header and the first row (一、…市长负责事项): 任务来源, a column name
    # not formed like the usual ones, is still a column (its cells were read as more lines of
    # the 协同责任单位 cell, 市政府工作报告 a helper); with no theme row as before
    for theme in ("一、潘东旭市长负责事项（共9项）\n\n", "（一）市长负责事项\n\n", ""):
        out = read(write_doc, _TABLE.format(theme=theme))
        assert who(out, "全面延伸双招双引") == [("市政府办", "lead"), ("市政府各部门", "support"),
                                          ("各直属机构", "support")]
        assert who(out, "坚决贯彻落实中央") == [("市政府办", "lead"), ("市直各单位", "support")]
        assert who(out, "推进重点项目建设") == [("市发改委", "lead"), ("市财政局", "support")]
        result = out[0]
        assert not [i for i in result.issues if i.code == "E305"]    # 文件 numbers are no unit cells
