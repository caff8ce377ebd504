"""Conventions seen in the held-out set "v" (a province's and a municipality's division of
their 十一五 纲要 targets), each as a short synthetic fixture with variants that are not in the
collected files: one target a line under a numbered heading, each line closed by its own
annotation (``（X牵头）``, ``（A、B负责）``), and ``（X配合Y落实）``: X helps, Y does the work."""
from test_conventions import read, who


def test_one_annotated_target_a_line_under_a_heading_is_a_task_each(write_doc):
    out = read(write_doc,
               "二、目标分解\n"
               "1. 约束性目标的责任单位\n"
               "  二氧化硫排放量下降10%。(州环保局牵头)\n"
               "  农村自来水普及率达到85%。(州水务局、州卫生局负责)\n"
               "  建制村通硬化路比例100%。(州交通局牵头)\n"
               "2. 建立目标通报制度\n"
               "  每季度通报各县目标完成情况。(州统计局负责)\n")
    assert who(out, "二氧化硫排放量下降") == [("州环保局", "lead")]
    assert who(out, "农村自来水普及率") == [("州水务局", "responsible"),
                                          ("州卫生局", "responsible")]
    assert who(out, "建制村通硬化路比例") == [("州交通局", "lead")]
    assert who(out, "每季度通报各县目标") == [("州统计局", "responsible")]


def test_lines_without_their_own_annotation_still_continue_the_item(write_doc):
    out = read(write_doc,
               "1. 推进污水处理厂建设\n"
               "  新建城东污水处理厂一座。(县住建局牵头)\n"
               "  配套建设管网20公里,年底前完成主体工程。\n")
    # the second line closes with no annotation: it stays the item's text
    assert who(out, "新建城东污水处理厂") == [("县住建局", "lead")]
    assert who(out, "配套建设管网20公里") == [("县住建局", "lead")]


def test_units_before_a_help_verb_support_the_units_after_it(write_doc):
    out = read(write_doc,
               "3. 建立目标考核制度\n"
               "  将约束性目标纳入年度绩效考核。(县人社局配合县委有关部门落实)\n"
               "  每年开展一次目标评估。(县统计局、县财政局协助县发改局组织实施)\n")
    assert who(out, "将约束性目标纳入年度") == [("县人社局", "support"),
                                            ("县委有关部门", "responsible")]
    assert who(out, "每年开展一次目标评估") == [("县统计局", "support"), ("县财政局", "support"),
                                           ("县发改局", "responsible")]
