"""Conventions seen in the held-out set "ff" (helper of session 28), as short synthetic fixtures
with variants not in the collected files: an inspection notice's places, each followed by the
problems found there as sub-items ending on semicolons and closed by one line
``问题整改责任单位：X 整改时限：3天`` (a unit label longer than six characters, what the unit does
written before it); a weekly bulletin's places each followed by ``（责任单位：X）：`` and the
findings (an annotation closing a line's head, the text after a colon)."""
from kg.extract import annotations as ann
from test_conventions import read, who


def test_a_qualified_unit_label_and_a_rectification_time_limit():
    parsed = ann.parse_annotation("问题整改责任单位：县文旅局 整改时限：7天", lambda s: False)
    assert [(u.mention, u.role) for u in parsed.units] == [("县文旅局", "responsible")]
    assert parsed.deadline == "7天" and not parsed.leftover
    assert ann.is_standalone_annotation("问题整改责任单位：县文旅局 整改时限：7天")
    assert ann.is_standalone_annotation("整改落实责任单位：县文旅局")


def test_a_closing_label_line_over_semicolon_problems_replaces_the_places_unit(write_doc):
    text = ("督查发现问题如下：\n"
            "1.县图书馆\n"
            "（1）阅览室消防通道堵塞；\n"
            "（2）公益广告破损。\n"
            "问题整改责任单位：县图书馆 整改时限：3天\n"
            "2.县中医院\n"
            "（1）门诊楼禁烟标识缺失；\n"
            "（2）停车场车辆乱停乱放；\n"
            "（3）志愿服务台账不全。\n"
            "问题整改责任单位：县卫生健康局 整改时限：5天\n")
    out = read(write_doc, text)
    assert who(out, "阅览室消防通道堵塞") == [("县图书馆", "responsible")]
    assert who(out, "公益广告破损") == [("县图书馆", "responsible")]
    # the place (县中医院) is where the problems are, the line names who puts them right
    for anchor in ("门诊楼禁烟标识缺失", "停车场车辆乱停乱放", "志愿服务台账不全"):
        assert who(out, anchor) == [("县卫生健康局", "responsible")], anchor


def test_sub_items_not_ending_on_semicolons_keep_the_last_ones_line(write_doc):
    # two sentences of their own, not clauses of one: the line after the last is that item's
    text = ("一、总体要求\n"
            "（一）推进城区改造\n"
            "1.完成老旧小区改造20个。\n"
            "2.新建口袋公园5个。\n"
            "责任单位：县住建局\n")
    out = read(write_doc, text)
    assert who(out, "新建口袋公园") == [("县住建局", "responsible")]
    assert who(out, "完成老旧小区改造") == []


def test_the_list_cut_before_its_closing_line_takes_no_place_unit(write_doc):
    text = ("1.县汽车站\n"
            "（1）候车厅垃圾未及时清理；\n"
            "（2）无障碍通道被占用。\n"
            "问题整改责任单位：县交通运输局 整改时限：3天\n"
            "2.县人民医院\n"
            "（1）门诊大厅无障碍通道堵塞；\n"
            "（2）院内消防设施未定期")
    out = read(write_doc, text)
    assert who(out, "候车厅垃圾未及时清理") == [("县交通运输局", "responsible")]
    # the excerpt's edge cut the second list before its line: the place is no unit of its items
    assert who(out, "门诊大厅无障碍通道堵塞") == []


def test_an_annotation_closing_a_lines_head_before_a_colon(write_doc):
    text = ("整改较好的点位\n"
            "1、人民广场（责任单位：县城管局）：前期通报的占道经营问题已整改到位。\n"
            "2、5G体验馆（责任单位：县工信局、县文旅局）：前期通报的消防通道问题已整改到位。\n"
            "整改未落实的点位\n"
            "长途汽车站（责任单位：县交通运输局）：候车室卫生差，公益广告少等问题仍未整改到位。\n")
    out = read(write_doc, text)
    assert who(out, "占道经营问题已整改到位") == [("县城管局", "responsible")]
    # 2、5G…: a number then letters after 、 opens the item's text, not a figure
    assert who(out, "消防通道问题已整改到位") == [("县工信局", "responsible"),
                                               ("县文旅局", "responsible")]
    # an unnumbered place after a numbered one, its head annotated: a task of its own
    assert who(out, "候车室卫生差") == [("县交通运输局", "responsible")]


def test_a_head_annotation_needs_a_short_head_and_text_after_the_colon():
    assert ann.head_group("人民广场（责任单位：县城管局）：占道经营已整改。") == (4, 15)
    # a sentence before the bracket: no head (the bracket closes task text)
    assert ann.head_group("推进城区改造，完成20个小区（责任单位：县住建局）：详见附件") is None
    # nothing after the colon
    assert ann.head_group("人民广场（责任单位：县城管局）：") is None
    # a bracket that is no annotation (a unit's second name)
    assert ann.head_group("县第一医院（县急救中心）：已整改。") is None


def test_a_second_target_row_writing_only_its_text_takes_the_merged_cells(write_doc):
    text = ("2024年民生实事二季度进展情况\n"
            "序号 | 工作任务 | 责任单位 | 二季度目标 | 进展情况 |\n"
            "1 | 新建城市书房3家 | 文广旅局 | 完成选址 | 已完成选址。 |\n"
            "新增座位300个 | ||||\n"
            "2 | 改造农贸市场2个 | 商务局 | 开工建设 | 已开工。 |\n"
            "二、社会保障类 | ||||\n"
            "养老服务类 | ||||\n"
            "3 | 新增养老床位100张 | 民政局 | 完成招标 | 已招标。 |\n")
    out = read(write_doc, text)
    assert who(out, "新建城市书房3家") == [("文广旅局", "responsible")]
    # the second target of row 1: its number and unit cells are row 1's
    assert who(out, "新增座位300个") == [("文广旅局", "responsible")]
    assert who(out, "新增养老床位100张") == [("民政局", "responsible")]
    # a category caption row is no target of the row above, numbered or not
    assert who(out, "社会保障类") == []
    assert who(out, "养老服务类") == []


def test_a_label_closed_by_a_semicolon_and_the_townships_and_farms(write_doc):
    # one line of items run together; a label written with ；for its colon (a typist's slip)
    text = ("一、督办事项 1.清理河道漂浮物。(责任单位:水利局、各乡（镇）场) "
            "2.规范农村集贸市场秩序。(责任单位;市场监管局、各乡镇场) 3.加强秸秆禁烧巡查。(责任单位:生态环境分局)\n")
    out = read(write_doc, text)
    assert who(out, "清理河道漂浮物") == [("水利局", "responsible"), ("各乡（镇）场", "responsible")]
    assert who(out, "规范农村集贸市场秩序") == [("市场监管局", "responsible"),
                                            ("各乡镇场", "responsible")]
    assert who(out, "加强秸秆禁烧巡查") == [("生态环境分局", "responsible")]
    # a market is no level: 各市场 stays no collective of governments
    from kg.extract import unitnames
    assert unitnames.unit_kind("各乡镇场") == "collective"
    assert unitnames.unit_kind("各市场") is None


def test_a_sites_footer_naming_its_host_is_no_unit_of_the_task_above_it(write_doc):
    # a county site's footer under a notice (主办：X  晋ICP备…  网站地图): X hosts the site, it is no
    # annotation of the last task; a labelled line of a task is still read
    text = ("关于做好清单管理工作的通知\n"
            "一、强化运用\n"
            "1.各乡镇要严格执行清单。\n"
            "责任单位：县委编办\n"
            "主办: 某县人民政府办公室  晋ICP备06004910号-3 网站地图\n"
            "网站标识码: 1411240003   晋公网安备 14112402160002号\n")
    out = read(write_doc, text)
    assert who(out, "各乡镇要严格执行清单") == [("县委编办", "responsible")]
