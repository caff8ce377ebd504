"""Conventions seen in the held-out set "r" (苏州市吴江区, an unnamed district's progress table,
金乡县农业农村局), each as a short synthetic fixture with variants that are not in the collected
files: a table pasted one cell a line, each cell closed by a line ``|``, rows padded to the
table's width by lines of several ``|``, whose 序号 numbers groups while the task cells carry
the rows' own numbers (``1.…`` ``2.…``), with a person-only 牵头领导 column that is sometimes
left out; a row of a ``|`` table broken over two lines; ``参加`` after a list of units (support,
as 参与); and the last row of a ``|`` cell stream with no numbered rows cut by the end of the
input, which is reported instead of dropped in silence."""
from kg.extract import annotations
from kg.extract.outline import _item_cells

from test_conventions import cells, read, roles, who


def test_item_numbers_in_task_cells_number_the_rows_only_when_consecutive():
    body = cells("1", "民生保障", "1.新增城镇就业3000人。", "县人社局",
                  "2.新建养老服务中心2个。", "县民政局", "3.改造农村公路50公里。", "县交通局")
    assert _item_cells(body, [0]) == [2, 4, 6]
    # a number missing (1. 3. 4.): no rows are cut at them
    gap = cells("1", "民生保障", "1.甲项任务。", "县人社局", "3.乙项任务。", "县民政局",
                 "4.丙项任务。", "县交通局")
    assert _item_cells(gap, [0]) == []
    # as many 序号 numbers as items: the 序号 column numbers the rows itself
    assert _item_cells(body, [0, 1, 2]) == []


def test_cell_per_line_table_numbered_in_its_task_cells(write_doc):
    out = read(write_doc,
               "县政府2025年重点工作任务分解表\n"
               "序号\n|\n类别\n|\n工作任务\n|\n牵头领导\n|\n责任单位\n|\n"
               "一、发展目标\n|\n||||\n"
               "1\n|\n经济指标\n|\n1.地区生产总值增长6%左右。\n|\n张 明\n|\n★县发改局、统计局\n|\n"
               "2.一般公共预算收入增长5%。\n|\n★县财政局、税务局\n|\n|||\n"
               "3.外贸进出口总额稳中有升。\n|\n|\n★县商务局\n|\n||\n"
               "二、民生实事\n|\n||||\n"
               "2\n|\n民生保障\n|\n4.新增城镇就业3000人。\n|\n李 华\n|\n★县人社局\n|\n||\n"
               "5.改造提升农村公路50公里。\n|\n|\n★县交通运输局、各乡镇\n|\n||\n"
               "6.新建村级养老服务站10个,配套助餐\n")
    assert who(out, "地区生产总值增长6%左右") == [
        ("县发改局", "responsible"), ("统计局", "responsible")]
    # a row without its merged 序号/类别/牵头领导 cells, padded by a line |||
    assert who(out, "一般公共预算收入增长5%") == [
        ("县财政局", "responsible"), ("税务局", "responsible")]
    # an empty 牵头领导 cell
    assert who(out, "外贸进出口总额稳中有升") == [("县商务局", "responsible")]
    # the next group's caption row and 序号 come after the unit cell of the row above
    assert who(out, "新增城镇就业3000人") == [("县人社局", "responsible")]
    assert who(out, "改造提升农村公路") == [
        ("县交通运输局", "responsible"), ("各乡镇", "responsible")]
    # the last row, cut inside its task cell: no units, reported
    assert who(out, "新建村级养老服务站") == []
    assert any(i.code == "E306" for i in out[0].issues)
    # 牵头领导 names persons: no unit column, so no warning for each name
    assert not any(i.code == "E305" for i in out[0].issues)


def test_a_table_row_broken_over_two_lines_is_one_row(write_doc):
    out = read(write_doc,
               "序号 | 项目名称 | 建设内容 | 当前进度 | 计划投资 | 完成投资 | 完成率 | 责任单位 |\n"
               "1 | 城区道路提升工程 | 改造道路5条。 | 已完工。 | 800 | 760 | 95% | 区住建局 |\n"
               "2 | 社区食堂建设工程 | 新建社区食堂8个。 | 1.已建成6个。 2.其余在建。 |\n"
               "120 | 98 | 82% | 区民政局 |\n"
               "3 | 公园绿地建设工程 | 新建口袋公园4个。 | 已建成3个。 | 200 | 150 | 75% | 区园林局 |\n")
    assert who(out, "城区道路提升工程") == [("区住建局", "responsible")]
    assert who(out, "社区食堂建设工程") == [("区民政局", "responsible")]
    assert who(out, "公园绿地建设工程") == [("区园林局", "responsible")]


def test_units_that_join_in_are_support():
    p = annotations.parse_annotation(
        "责任单位：县水利局牵头，县财政局、县自然资源局等有关部门参加，各乡镇落实")
    assert roles(p.units) == [
        ("县水利局", "lead"), ("县财政局", "support"), ("县自然资源局", "support"),
        ("有关部门", "support"), ("各乡镇", "responsible")]
    p = annotations.parse_annotation("市商务局牵头，市市场监管局参加")
    assert roles(p.units) == [("市商务局", "lead"), ("市市场监管局", "support")]


def test_cut_last_row_of_a_piped_stream_without_numbers_is_reported(write_doc):
    out = read(write_doc,
               "关于印发2025年城市管理重点任务的通知\n"
               "重点任务 |\n牵头单位 |\n配合单位 |\n|\n"
               "开展道路清扫保洁提升行动 |\n区城管局 |\n区财政局 |\n|\n"
               "推进生活垃圾分类收集处理 |\n区环卫处 |\n区商务局 |\n|\n"
               "完善公共厕所设施建设 |\n区住建局 |\n")
    assert who(out, "开展道路清扫保洁提升行动") == [
        ("区城管局", "lead"), ("区财政局", "support")]
    assert who(out, "完善公共厕所设施建设") == []
    cut = [i for i in out[0].issues if i.code == "E306"]
    assert cut and cut[0].line == 15


def test_pipe_table_whose_header_is_padded_on_the_right(write_doc):
    # the header names fewer columns than the rows hold (its merged 任务 cell spans the
    # category and number cells): a row filling every column shows the names sit on the right;
    # a row padded with empty cells on the right lost its merged cells on the left
    out = read(write_doc,
               "重点任务 | 工作要求 | 责任单位 | 完成时限 | ||\n"
               "一、优化营商环境 | (一)提升审批效率 | 1 | 压缩工程建设项目审批时间。 | "
               "区住建局,各街道、经开区管委会负责落实 | 2025年6月底前 |\n"
               "2 | 推行企业开办一窗通办。 | 区市场监管局、区数据局 | 2025年3月底前 | ||\n")
    assert who(out, "压缩工程建设项目审批时间") == [
        ("区住建局", "responsible"), ("各街道", "responsible"), ("经开区管委会", "responsible")]
    assert who(out, "推行企业开办一窗通办") == [
        ("区市场监管局", "responsible"), ("区数据局", "responsible")]
