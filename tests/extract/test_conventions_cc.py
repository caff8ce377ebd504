"""Conventions seen in the held-out set "cc" (session 26), each as a short synthetic fixture with
variants that are not in the collected files: project blocks numbered 01 / 02 whose unit label
stands alone on its line, colon and all (``责任单位：`` / ``水务局、城管局``); an unbracketed label
whose list a full stop ends, the sentence after it naming places that lag (``牵头部门：市交通局。
建设进度相对较慢的县区为甲县。``); and a piped progress table whose rows under a merged unit cell
lack that cell and end with an empty one."""
from test_conventions import read, who


def test_a_label_alone_on_its_line_with_its_colon(write_doc):
    out = read(write_doc, "某县办实事项目进展情况\n"
                          "01 项目名称:提升县域生态环境\n"
                          "项目内容:\n"
                          "连通城区河道水系,新改建城区公共厕所5座。\n"
                          "责任单位:\n"
                          "水务局、城管局\n"
                          "进展与成效:\n"
                          "已完成开标。\n"
                          "02 项目名称:加大文化惠民力度\n"
                          "项目内容:\n"
                          "新建城市书房1个。\n"
                          "责任单位\n"
                          "文广旅局\n"
                          "进展与成效:\n"
                          "已确定建设地址。\n")
    assert who(out, "提升县域生态环境") == [("水务局", "responsible"), ("城管局", "responsible")]
    assert who(out, "加大文化惠民力度") == [("文广旅局", "responsible")]


def test_a_number_padded_with_a_zero_opens_an_item(write_doc):
    out = read(write_doc, "某县重点工作\n"
                          "01 建设城市书房\n责任单位:县文广旅局\n"
                          "02 新建公共厕所5座\n责任单位:县城管局\n")
    assert who(out, "建设城市书房") == [("县文广旅局", "responsible")]
    assert who(out, "新建公共厕所") == [("县城管局", "responsible")]
    # a padded number before a cell bar or a figure is no item's number
    from kg.extract.outline import match_marker
    assert match_marker("01 | 县文广旅局 |") is None
    assert match_marker("05 12.5 30") is None
    # nor is a padded number alone on its line (a page's stray mark over a document's first heading)
    assert match_marker("01") is None
    assert match_marker("01 建设城市书房") is not None


def test_a_full_stop_ends_an_unbracketed_labels_list(write_doc):
    out = read(write_doc, "某市民生工程实施进度通报\n"
                          "二、部分项目进展情况\n"
                          "1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为甲县、乙县。\n"
                          "2、棚户区改造工程,牵头部门:市住建委。新开工,完成进度相对较慢的为开发区。 某市民生办\n"
                          "3、农村饮水安全工程。责任单位:市水利局。完成时限:2017年12月\n"
                          "4、城乡困难群体法律援助。牵头单位:市司法局。市财政局配合。\n")
    assert who(out, "农村道路畅通工程") == [("市交通局", "lead")]
    assert who(out, "棚户区改造工程") == [("市住建委", "lead")]
    # a full stop followed by more fields or role clauses does not end the annotation
    assert who(out, "农村饮水安全工程") == [("市水利局", "responsible")]
    assert who(out, "城乡困难群体法律援助") == [("市司法局", "lead"), ("市财政局", "support")]
    # the sentence after the annotation stays the task's text
    tasks = [t for t in out[0].tasks if "农村道路畅通工程" in t.text]
    assert tasks and "建设进度相对较慢" in tasks[0].text


def test_rows_under_a_merged_unit_cell_that_a_copy_dropped(write_doc):
    out = read(write_doc, "某县民生实事项目进展情况汇总表\n"
                          "序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n"
                          "1 | 免费接种流感疫苗2万人。 | 4月:制定工作方案。 | 县卫生健康局 | 已完成。 |\n"
                          "2 | 开展结直肠癌筛查7400人。 | 4月:完成筛查1480人。 | 已完成。 完成筛查3495人。 | |\n"
                          "3 | 新增配置除颤仪47台。 | 4月:公布采购意向。 | 已完成。 向县财政局申请资产配置。 | |\n"
                          "4 | 培训应急救护人员235人。 | 4月:完成培训65人。 | 县红十字会 | 已完成。 |\n"
                          "5 | 全县异地结算定点医院开通率达100%。 | 8月底前对接。 | 已完成。 数据采集只到市级,本月已完成部署。 | |\n")
    assert who(out, "开展结直肠癌筛查") == [("县卫生健康局", "lead")]
    assert who(out, "新增配置除颤仪") == [("县卫生健康局", "lead")]
    assert who(out, "培训应急救护人员") == [("县红十字会", "lead")]
    # the block of row 4's merged cell: its progress text is no unit
    assert who(out, "异地结算定点医院") == [("县红十字会", "lead")]


def test_a_row_with_its_own_unit_and_an_empty_last_cell_keeps_its_cells(write_doc):
    # an empty last cell alone (a 备注 left blank) moves nothing: the row's unit is its own
    out = read(write_doc, "某县重点工作表\n"
                          "序号 | 工作任务 | 责任单位 | 备注 |\n"
                          "1 | 建设城市书房。 | 县文广旅局 | |\n"
                          "2 | 新建公共厕所5座。 | 县城管局 | |\n")
    assert who(out, "建设城市书房") == [("县文广旅局", "responsible")]
    assert who(out, "新建公共厕所") == [("县城管局", "responsible")]


def test_a_street_named_after_a_city_names_no_place():
    # cc01: 衡阳路河 (a river along 衡阳路, in a county of 江苏) is no text about 衡阳市; streets are
    # named after cities everywhere (南京路, 北京大街); a 街道 named after a place is a sub-district
    from kg.model import Line
    from kg.resolve.jurisdiction import infer
    from kg.text import normalise

    def lines(text):
        return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]

    j = infer(lines("项目内容:\n在老新建河的西侧至衡阳路河新开引水河道。\n改造南京路、北京大街。\n"
                    "责任单位:\n水务局"))
    assert j.adcode is None
    # the city itself, named as a place, still is
    assert infer(lines("衡阳市城区河道整治。\n责任单位:市水利局")).adcode == "430400"
