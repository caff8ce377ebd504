"""cc51's probes (session 51): forms seen on the pages searched for round ci, written as short
fixtures (the `pages` index gave no opening with annotated tasks that the collected set did not
already hold; see CHANGELOG).

Misread on main:

- a unit followed by a bracket naming its contact person *and* how to reach them
  (``牵头单位：县水利局（负责人：张三，电话：13800000000）``, ``县文旅局（联系人：王五，联系电话：
  0710-1234567）``, ``县城管局（联系人：孙七 电话：13900000000）``) or only a telephone
  (``县教育局（联系电话：0710-1234567）``): the unit was lost (a person's bracket alone was dropped,
  one with a telephone after the name was not: ``annotations._PERSON_FIELD_BRACKET_RE``);
- a 督办单's or 交办单's matter written as a labelled line (``督办事项：加快推进…`` over
  ``主办单位：`` / ``协办单位：`` / ``办结时限：`` lines): no task at all, the units and the time
  limit lost (``outline.TASK_LABELS``).
"""

from test_conventions import read, who


def test_a_units_contact_person_and_telephone_in_a_bracket(write_doc):
    out = read(write_doc, "2025年重点任务清单\n"
                          "1.实施城乡供水一体化工程。（牵头单位：县水利局（负责人：张三，电话：13800000000）；"
                          "配合单位：县发改局、各乡镇人民政府）\n"
                          "2.推进全域旅游。（责任单位：县文旅局（联系人：王五，联系电话：0710-1234567）、"
                          "县交通局（联系人：赵六））\n"
                          "3.建设智慧停车系统。\n"
                          "牵头单位：县城管局（联系人：孙七 电话：13900000000）\n"
                          "配合单位：县公安局交警大队\n"
                          "4.推进学前教育普惠发展。（责任单位：县教育局（联系电话：0710-7654321））\n")
    assert who(out, "城乡供水一体化") == [("县水利局", "lead"), ("县发改局", "support"),
                                          ("各乡镇人民政府", "support")]
    assert who(out, "推进全域旅游") == [("县文旅局", "responsible"), ("县交通局", "responsible")]
    assert who(out, "智慧停车系统") == [("县城管局", "lead"), ("县公安局交警大队", "support")]
    assert who(out, "学前教育普惠") == [("县教育局", "responsible")]


def test_a_person_bracket_alone_stays_as_before(write_doc):
    # (guard: the bracket of a person without a telephone was read before and still is)
    out = read(write_doc, "1.推进医共体建设。（牵头单位：县卫健局（联系人：李四）；配合单位：县医保局）\n"
                          "2.推进农业保险扩面。（牵头单位：县财政局；联系人：周八，电话：13700000000）\n")
    assert who(out, "医共体建设") == [("县卫健局", "lead"), ("县医保局", "support")]
    assert who(out, "农业保险扩面") == [("县财政局", "lead")]


def test_a_supervision_notices_labelled_matters(write_doc):
    out = read(write_doc, "县委办公室督办通知单\n"
                          "督办事项：加快推进城区老旧小区改造。\n"
                          "主办单位：县住建局\n"
                          "协办单位：县财政局、城关镇人民政府\n"
                          "办结时限：2025年6月30日前\n"
                          "督办事项：做好秋冬季森林草原防灭火工作。\n"
                          "主办单位：县林草局\n"
                          "协办单位：县应急管理局、各乡镇人民政府\n"
                          "办结时限：2025年11月底前\n"
                          "交办事项：研究解决园区企业用工难题。\n"
                          "承办单位：县人社局\n")
    assert who(out, "老旧小区改造") == [("县住建局", "lead"), ("县财政局", "support"),
                                        ("城关镇人民政府", "support")]
    assert who(out, "森林草原防灭火") == [("县林草局", "lead"), ("县应急管理局", "support"),
                                          ("各乡镇人民政府", "support")]
    assert who(out, "企业用工难题") == [("县人社局", "responsible")]
    result, tasks, _ = out
    deadlines = {tasks[a.task_id].text.split("\n")[0]: a.raw.deadline for a in result.assignments
                 if a.raw.deadline}
    assert sorted(set(deadlines.values())) == ["2025-06-30", "2025-11"]


def test_a_bulletin_items_bracketed_number_before_its_head_and_annotation(write_doc):
    # an inspection bulletin's item numbered （三）, its head's annotation, then a colon and the
    # state found: the number's bracket was taken for the head's group (the annotation a mention)
    out = read(write_doc, "2024年第三季度重点工作督查通报\n"
                          "二、滞后事项\n"
                          "（一）高铁片区安置房建设（市住建局牵头，经开区管委会配合）：征迁工作推进缓慢。\n"
                          "（二）智慧城市二期项目（责任单位：市数据局）：招标未完成。\n")
    assert who(out, "高铁片区安置房") == [("市住建局", "lead"), ("经开区管委会", "support")]
    assert who(out, "智慧城市二期") == [("市数据局", "responsible")]
    _, tasks, _ = out
    # (the state after the colon stays the item's: no task of its own)
    assert not [t for t in tasks.values() if t.text.strip().startswith("：")]


def test_the_manner_bracketed_after_a_lists_last_unit(write_doc):
    # （按职责分工） after the last name of a list: the manner the listed units work in, no part
    # of the last one's name (was 县发改局（按职责分工）, a unit nobody has)
    out = read(write_doc, "1.完善基层治理体系。\n"
                          "责任单位：县委政法委、县民政局（按职责分工负责）\n"
                          "2.推进平安乡村建设。（县委政法委、县公安局（按职责））\n"
                          "3.推进开发区体制改革。（牵头单位：县委编办、县发改局（按职责分工）；"
                          "完成时限：2025年12月）\n")
    assert who(out, "基层治理体系") == [("县委政法委", "responsible"), ("县民政局", "responsible")]
    assert who(out, "平安乡村建设") == [("县委政法委", "responsible"), ("县公安局", "responsible")]
    assert who(out, "开发区体制改革") == [("县委编办", "lead"), ("县发改局", "lead")]


def test_a_field_naming_the_units_and_their_persons_in_charge(write_doc):
    # 责任单位及责任人 (a 台账's column or field): the units, each with its person after it; the
    # label was read as a person's (责任人), so nothing was read, nor the row's time limit
    out = read(write_doc, "2025年重点工作台账\n"
                          "1.推进城区供热管网改造。责任单位及责任人：县住建局 张三。完成时限：2025年10月。\n"
                          "2.实施农村饮水安全巩固提升工程。\n"
                          "责任部门及责任人：县水利局局长李四\n"
                          "完成时限：2025年11月\n")
    assert who(out, "供热管网改造") == [("县住建局", "responsible")]
    assert who(out, "农村饮水安全") == [("县水利局", "responsible")]
    table = read(write_doc, "2025年重点工作台账\n"
                            "序号 | 工作任务 | 责任单位及责任人 | 完成时限 |\n"
                            "1 | 推进城区供热管网改造。 | 县住建局 张三 | 2025年10月 |\n"
                            "2 | 开展校园安全专项整治。 | 县教育局 王五、县公安局 赵六 | 2025年9月 |\n",
                 name="table.txt")
    assert who(table, "校园安全专项整治") == [("县教育局", "responsible"), ("县公安局", "responsible")]
    result, tasks, _ = table
    assert {a.raw.deadline for a in result.assignments if a.raw.deadline} == {"2025-10", "2025-09"}


def test_responsible_units_lead_only_where_no_lead_is_named(write_doc):
    # a cover notice's rule （无牵头单位的，责任单位即为牵头单位，下同）: a task whose lead and
    # responsible units stand on lines of their own had both made leads (each line was checked
    # alone for a lead)
    out = read(write_doc, "区人民政府办公室关于印发2025年区《政府工作报告》目标任务责任分解方案的通知\n"
                          "一、各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹相关责任单位"
                          "科学制订办理方案。\n"
                          "2025年区《政府工作报告》目标任务责任分解方案\n"
                          "1.地区生产总值增长6%。\n"
                          "责任单位：区发改局\n"
                          "2.规上工业增加值增长8%。\n"
                          "牵头单位：区经信局\n"
                          "责任单位：区统计局\n")
    assert who(out, "地区生产总值增长6%") == [("区发改局", "lead")]
    assert who(out, "规上工业增加值增长8%") == [("区经信局", "lead"), ("区统计局", "responsible")]


def test_a_rule_after_a_run_of_items_written_as_a_labelled_field(write_doc):
    # （以上3项责任单位：X，Y配合） closing a run of items: the field's units for each of them, by the
    # count it gives (nothing was read: only 以上N项由X负责 was a rule); and a rule's lead with the
    # units that carry the work out after it (以上任务由X牵头，Y负责落实: Y was lost)
    out = read(write_doc, "2025年农业农村重点工作\n"
                          "1.稳定粮食播种面积50万亩。\n"
                          "2.新建高标准农田2万亩。\n"
                          "3.发展特色产业基地10个。\n"
                          "（以上3项责任单位：县农业农村局，各乡镇配合）\n"
                          "4.完成农村户厕改造500户。\n"
                          "5.建设美丽乡村示范村5个。\n"
                          "以上任务由县乡村振兴局牵头，各乡镇人民政府负责落实。\n")
    for anchor in ("粮食播种面积", "高标准农田", "特色产业基地"):
        assert who(out, anchor) == [("县农业农村局", "responsible"), ("各乡镇", "support")]
    for anchor in ("农村户厕改造", "美丽乡村示范村"):
        assert who(out, anchor) == [("县乡村振兴局", "lead"), ("各乡镇人民政府", "responsible")]


def test_a_heading_saying_who_does_the_items_below_it(write_doc):
    # 一、以下任务由X牵头，Y配合： over its items, 二、以下3项责任单位为X： — the items had no unit
    # (the heading's sentence a prose clause only); an item naming its own keeps them
    out = read(write_doc, "2025年重点工作\n"
                          "一、以下任务由县发改局牵头，县直有关部门配合：\n"
                          "1.争取中央预算内投资项目20个。\n"
                          "2.推进招商引资。（县招商局负责）\n"
                          "二、以下3项责任单位为县商务局：\n"
                          "3.社会消费品零售总额增长6%。\n"
                          "4.新增限上商贸企业30家。\n")
    assert who(out, "中央预算内投资") == [("县发改局", "lead"), ("县直有关部门", "support")]
    assert who(out, "推进招商引资") == [("县招商局", "responsible")]
    assert who(out, "社会消费品零售总额") == [("县商务局", "responsible")]
    assert who(out, "限上商贸企业") == [("县商务局", "responsible")]


def test_a_label_closing_the_tasks_line_its_units_on_the_next(write_doc):
    # …。责任单位： at a line's end, the units on the next line (a page's wrap): the label's field
    # was empty and the units a line of text, nothing read
    out = read(write_doc, "2025年工作要点\n"
                          "1.加快项目建设，确保全年开工项目50个。责任单位：\n"
                          "县发改局、县住建局\n"
                          "2.优化营商环境，推进“一件事一次办”改革。牵头单位：\n"
                          "县政务服务中心\n")
    assert who(out, "开工项目50个") == [("县发改局", "responsible"), ("县住建局", "responsible")]
    assert who(out, "一件事一次办") == [("县政务服务中心", "lead")]


def test_a_date_in_figures_with_its_unit_written_after_too():
    # 2025.6月底 (a month in figures, then 月 written as well): was 2025年6月月底, no date
    from kg.extract.deadlines import normalise_deadline
    assert normalise_deadline("2025.6月底前") == "2025-06"
    assert normalise_deadline("2025.6.30日前") == "2025-06-30"
    # (as before)
    assert normalise_deadline("2025.12") == "2025-12"
    assert normalise_deadline("2004.10.31") == "2004-10-31"


def test_a_letter_spaced_time_limit_label(write_doc):
    # 完 成 时 限：… set letter-spaced as the unit labels above it: the labels were closed up, the
    # time limit's was not (no word of the division of work in it), so the deadline was lost
    out = read(write_doc, "2025年重点工作\n"
                          "1.推进城区供热管网改造。\n"
                          "牵 头 单 位：县住建局\n"
                          "配 合 单 位：县财政局、县发改局\n"
                          "完 成 时 限：2025年10月\n")
    assert who(out, "供热管网改造") == [("县住建局", "lead"), ("县财政局", "support"),
                                        ("县发改局", "support")]
    result, _, _ = out
    assert {a.raw.deadline for a in result.assignments if a.raw.via == "standalone"} == {"2025-10"}


def test_a_bare_list_with_a_bracketed_collective_then_its_time(write_doc):
    # （县人社局、各乡镇（街道）；全年）: the collective's own bracket, then the time limit and the
    # annotation's closer; the closer was taken for a bracketed time limit's after the collective,
    # the annotation cut open and nothing read
    out = read(write_doc, "2025年重点工作\n"
                          "1.开展职业技能培训3000人次。（县人社局、各乡镇（街道）；全年）\n"
                          "2.完成新农合参保率98%以上。（社保所、各村（社区），2025年12月）\n")
    assert who(out, "职业技能培训") == [("县人社局", "responsible"), ("各乡镇（街道）", "responsible")]
    assert who(out, "新农合参保率") == [("社保所", "responsible"), ("各村（社区）", "responsible")]
    result, _, _ = out
    assert {a.raw.deadline for a in result.assignments if a.raw.via == "inline"} == {"全年", "2025-12"}


def test_the_role_word_xietong_alone_as_a_label(write_doc):
    # 主责：A；协同：B — 协同 alone as the supporters' label (as 配合, 协办, 协助): B was responsible,
    # or on a line of its own a task of its own
    out = read(write_doc, "1.推进数字乡村建设。（主责：县发改局；协同：县财政局、县统计局）\n"
                          "2.推进全民参保。主责：县人社局；协同：县医保局。\n"
                          "3.推进就业帮扶。\n"
                          "主责：县人社局\n"
                          "协同：县财政局\n")
    assert who(out, "数字乡村") == [("县发改局", "lead"), ("县财政局", "support"),
                                    ("县统计局", "support")]
    assert who(out, "全民参保") == [("县人社局", "lead"), ("县医保局", "support")]
    assert who(out, "就业帮扶") == [("县人社局", "lead"), ("县财政局", "support")]
