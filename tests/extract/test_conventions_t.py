"""Conventions seen in the held-out set "t" (a city bureau's share of a 政府工作报告 分工, a county's
民生实事 table, a city's list of matters with a vice-mayor in charge, a city's 营商环境 points),
each as a short synthetic fixture with variants that are not in the collected files: an item's
paragraph that opens by saying who does it (由张三副市长负责，A牵头，B配合，…); a 牵头单位 /
配合单位 line at the end of the input cut inside its last name; an annotation in tortoise-shell
brackets (〔牵头单位：…；配合单位：…〕) cut by the end of the input; a ``|`` table one cell a line
whose rows are opened by a line ``|`` and carry a figure (投资金额) just before the unit cell."""
from test_conventions import read, who


def test_item_paragraph_opening_with_who_does_it(write_doc):
    out = read(write_doc,
               "1、推进城市更新试点事宜\n"
               "由李明副市长负责，市住建局牵头，市财政局、市自然资源局配合，尽快制定试点实施方案，"
               "报市政府审定后组织实施。\n"
               "2、加快物流园区建设\n"
               "由市商务局牵头，相关部门配合，完善园区道路、仓储等配套设施。\n"
               "3、开展节能宣传\n"
               "由各单位结合实际，组织开展节能宣传周活动。\n")
    # the vice-mayor is a person (no unit); the unit before 牵头 leads, those before 配合 support
    assert who(out, "推进城市更新试点事宜") == [
        ("市住建局", "lead"), ("市财政局", "support"), ("市自然资源局", "support")]
    assert who(out, "加快物流园区建设") == [("市商务局", "lead"), ("相关部门", "support")]
    # a paragraph opening with 由 but naming no lead and no role verb: not an annotation
    assert who(out, "开展节能宣传") == []


def test_opening_clause_on_the_item_line_itself(write_doc):
    out = read(write_doc,
               "（一）由市教育局牵头，市卫生健康委配合，做好学校传染病防控工作。\n"
               "（二）由市水务局负责组织编制供水规划。\n")
    assert who(out, "做好学校传染病防控工作") == [
        ("市教育局", "lead"), ("市卫生健康委", "support")]


def test_label_line_cut_inside_its_last_name_at_the_end_of_the_input(write_doc):
    out = read(write_doc,
               "1.完善农村公路养护机制。\n"
               "牵头单位：市交通运输局\n"
               "配合单位：市财政局、市农业农村局等。\n"
               "2.推进汽车客运站改造。\n"
               "牵头单位：市交通运输局\n"
               "配合单位：市住建局、市公路事业\n")
    assert who(out, "完善农村公路养护机制") == [
        ("市交通运输局", "lead"), ("市财政局", "support"), ("市农业农村局", "support")]
    # the excerpt ends inside a name (市公路事业…): the task's annotation lines are not read
    assert who(out, "推进汽车客运站改造") == []


def test_label_line_at_the_end_of_the_input_ending_on_a_whole_name_is_read(write_doc):
    out = read(write_doc,
               "1.推进汽车客运站改造。\n"
               "牵头单位：市交通运输局\n"
               "配合单位：市住建局、市城市管理局\n")
    assert who(out, "推进汽车客运站改造") == [
        ("市交通运输局", "lead"), ("市住建局", "support"), ("市城市管理局", "support")]


def test_tortoise_shell_annotation_cut_by_the_end_of_the_input(write_doc):
    out = read(write_doc,
               "（一）优化政务服务。推行企业开办一网通办。〔牵头单位：市行政审批局；配合单位：市公安局、"
               "税务局〕\n"
               "（二）优化市场准入。推行经营主体登记全程电子化。〔牵头单位：市市场监管局、发展改革委；"
               "配合单位：市公安局、民政局，市消防救援支队，各县（区）人民\n")
    assert who(out, "推行企业开办一网通办") == [
        ("市行政审批局", "lead"), ("市公安局", "support"), ("税务局", "support")]
    # the bracket is never closed and the input ends inside a name: no unit is read (not even
    # those of the 配合单位 label before the cut)
    assert who(out, "推行经营主体登记全程电子化") == []


def test_pipe_table_with_rows_opened_by_a_pipe_line_and_a_figure_before_the_units(write_doc):
    out = read(write_doc,
               "附件：\n|\n2025年民生实事项目表 |\n||||||\n|\n"
               "序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n建设内容 |\n投资金额（万元） |\n"
               "责任单位 |\n|\n"
               "1 |\n城区背街小巷改造项目 |\n老城街道 (东区) |\n2025 |\n改造背街小巷12条。 |\n"
               "500 |\n住建局 |\n|\n"
               "2 |\n社区养老服务中心建设项目 |\n新华街道 |\n2025 |\n新建社区养老服务中心2处。 |\n"
               "120 |\n民政局 |\n|\n"
               "3 |\n乡村道路提档升级项目 |\n各镇 |\n2025 |\n对各镇主要村道进行拓宽")
    # a three-figure amount followed by a unit cell is no row number: the header is one row
    # (its columns are not read as a two-row header)
    assert who(out, "城区背街小巷改造项目") == [("住建局", "responsible")]
    assert who(out, "社区养老服务中心建设项目") == [("民政局", "responsible")]
    # the last row, cut inside a cell before its figure and unit cells: nothing read
    assert who(out, "乡村道路提档升级项目") == []
