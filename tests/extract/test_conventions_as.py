"""Conventions seen in the held-out set "as" (a district bureau's quarterly progress table, a
county bureau's rows of the county's 重点工作责任清单), each as a short synthetic fixture with
variants not in the collected files: a table flattened one cell a paragraph whose number column
is 任务项 and whose other columns end in 分解 and 状况; a space-separated table whose header
wraps its column names over two words (牵头 领导, 牵头 责任单位, 主体 责任单位, 配合 责任单位), its
year mistyped (20224年), its rows numbered with gaps (a bureau's own rows of a longer list) and
a unit cell written over two lines; a figure starting a continuation line is no row."""
from test_conventions import read, who

QUARTERLY = ("某区某局2023年第三季度重点工作任务完成情况\n\n"
             "任务项\n\n重点工作内容\n\n牵头责任单位\n\n三季度任务分解\n\n三季度进展情况\n\n完成状况\n\n"
             "1\n\n推进老旧小区改造,完成12个小区的管网更新。\n\n区房管中心及各街道办事处\n\n"
             "完成施工招标。\n\n已完成8个小区。\n\n推进中\n\n"
             "2\n\n开展餐饮油烟专项治理。\n\n区执法大队(油烟治理办)\n\n"
             "检查餐饮单位200家。\n\n检查236家。\n\n已完成\n")


def test_a_quarterly_table_numbered_in_a_task_item_column(write_doc):
    out = read(write_doc, QUARTERLY)
    assert who(out, "推进老旧小区改造") == [("区房管中心", "lead"), ("各街道办事处", "lead")]
    assert who(out, "开展餐饮油烟专项治理") == [("区执法大队(油烟治理办)", "lead")]


LIST = ("某县卫健委2023年重点工作责任清单进展情况汇总表(第三季度)\n"
        "序号 2023年重点工作任务 牵头  领导 牵头     责任单位 主体      责任单位 配合     责任单位 "
        "工作评价 2023年7-9月份进展情况 20223年10-12月份进度安排\n"
        "12 提升基层医疗服务能力,完成乡镇卫生院标准化建设。 张  明 县卫健委 各乡镇\n"
        "县经开区管委会\n"
        "县直有关单位 达到时序进度 完成4所卫生院改造 完成剩余2所\n"
        "15 新建村卫生室10个。 李华 县卫健委 有关乡镇 县财政局 已完成 建成11个 开展验收\n"
        "19 推进全民健康信息平台建设。 李华 县卫健委 县数据资源局 县直有关单位 滞后 完成招标\n"
        "30 余处点位的设备安装已完成\n")


def test_a_wrapped_header_gapped_rows_and_a_unit_cell_over_two_lines(write_doc):
    out = read(write_doc, LIST)
    assert who(out, "提升基层医疗服务能力") == [
        ("县卫健委", "lead"), ("各乡镇", "responsible"), ("县经开区管委会", "responsible"),
        ("县直有关单位", "support")]
    assert who(out, "新建村卫生室10个") == [
        ("县卫健委", "lead"), ("有关乡镇", "responsible"), ("县财政局", "support")]
    assert who(out, "推进全民健康信息平台建设") == [
        ("县卫健委", "lead"), ("县数据资源局", "responsible"), ("县直有关单位", "support")]


def test_persons_of_the_leader_column_are_no_units(write_doc):
    out = read(write_doc, LIST)
    units = {u for task in ("提升基层医疗服务能力", "新建村卫生室10个") for u, _ in who(out, task)}
    assert not units & {"张", "明", "张明", "李华"}


def test_a_figure_starting_a_continuation_line_is_no_row(write_doc):
    _, tasks, _ = read(write_doc, LIST)
    assert not any(t.source_text.startswith("30") for t in tasks.values())


MAIN_OVER_TWO = ("某区2025年重点工作任务分解表\n"
                 "序号 重点工作任务 主要责任单位 协同配合单位\n"
                 "1 税收收入增长5%左右。 区财政局\n"
                 "区税务局\n"
                 "区政府有关部门,各乡镇人民政府\n"
                 "2 固定资产投资增长7%左右。 区发改委 区住建局、区交通局\n")


def test_a_main_cell_over_two_lines_before_the_support_line(write_doc):
    out = read(write_doc, MAIN_OVER_TWO)
    got = who(out, "税收收入增长5%左右")
    assert [u for u, r in got if r == "support"] == ["区政府有关部门", "各乡镇人民政府"]
    assert {u for u, r in got if r != "support"} == {"区财政局", "区税务局"}


# as03: the header's column names run together on one line by the page (实事内容工作任务责任单位进展情况)

def test_a_header_run_together_over_cells_a_paragraph(write_doc):
    out = read(write_doc, "主题:\n教育惠民\n实事内容工作任务责任单位进展情况\n一季度二季度三季度四季度\n"
                          "新建公办幼儿园3所,新增学位900个。\n\n区教育局,各街道\n\n"
                          "完成选址工作。完成主体施工。\n")
    assert who(out, "新建公办幼儿园3所") == [("区教育局", "responsible"), ("各街道", "responsible")]


def test_a_header_run_together_over_numbered_rows(write_doc):
    out = read(write_doc, "重点工作任务清单\n序号工作任务责任单位完成时限\n1\n"
                          "推进老旧小区改造,完成改造小区20个。\n区住建局、各街道\n2024年12月\n2\n"
                          "新建停车泊位500个。\n区交通局\n2024年10月\n")
    assert who(out, "推进老旧小区改造") == [("区住建局", "responsible"), ("各街道", "responsible")]
    assert who(out, "新建停车泊位") == [("区交通局", "responsible")]


def test_where_a_run_together_header_is_cut():
    from kg.extract.outline import run_header_cuts

    def names(text):
        cuts = run_header_cuts(text)
        return cuts and [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
    assert names("实事内容工作任务责任单位进展情况") == ["实事内容", "工作任务", "责任单位", "进展情况"]
    assert names("序号重点任务牵头单位配合单位完成时限") == ["序号", "重点任务", "牵头单位", "配合单位",
                                                            "完成时限"]
    assert names("一季度二季度三季度四季度") is None        # no column names a unit
    assert names("加快推进项目建设工作任务") is None        # a sentence, no unit column
    assert names("任务责任单位") is None                    # too short to be a run of names
