"""Conventions seen in the held-out set "y" (a county's 考核细则 tables of its departments and
townships, a provincial notice dividing work in one sentence, a city's 实施意见 with
``（牵头单位：X，配合单位：A，各区、县级市）``), each as a short synthetic fixture with variants not
in the collected files: a bare level word after a 各 collective in a unit list, a column naming
the bodies that score the rows (负责考核部门), ``由…等X部门（单位）牵头…，其他…配合`` inside a
paragraph, and a table keyed by department whose header names no unit column."""
from kg.extract.annotations import label_role, parse_annotation, unit_items

from test_conventions import read, roles, who


def test_a_bare_level_word_after_a_collective_of_each_is_a_collective_under_the_same_each():
    assert unit_items("各区、县级市") == [("各区", None), ("县级市", "各县级市")]
    assert unit_items("市民政局、各县、县级市") == [("市民政局", None), ("各县", None),
                                             ("县级市", "各县级市")]
    assert roles(parse_annotation("牵头单位：市卫生局，配合单位：市财政局，各区、县级市").units) == [
        ("市卫生局", "lead"), ("市财政局", "support"), ("各区", "support"), ("县级市", "support")]
    # a collective of its own after 各 is unchanged, and nothing after a named unit is touched
    assert unit_items("各开发区、镇（街道）") == [("各开发区", None), ("镇（街道）", None)]
    assert ("县级市", "各县级市") not in unit_items("市教育局、县级市")


def test_a_column_of_the_bodies_that_score_the_rows_names_no_responsible_unit(write_doc):
    assert label_role("负责考核部门") is None
    assert label_role("负责评分单位") is None
    assert label_role("负责部门") == "responsible"
    out = read(write_doc,
               "序号\t考核项目\t分值\t考核指标\t负责考核部门\n"
               "1\t完善河长体系\t5\t健全乡村两级河长组织体系，落实巡查保洁人员。\t县河长办\n"
               "2\t城镇污水治理\t3\t加强乡镇污水处理设施和配套管网建设。\t县住建局\n"
               "3\t畜禽养殖污染\t4\t建立限养区养殖场台账，防止禁养区复养。\t县农业农村局\n"
               "4\t渔业资源保护\t2\t成立乡镇护渔队，打击非法捕捞行为。\t县农业农村局\n")
    assert who(out, "健全乡村两级河长组织体系") == []
    assert who(out, "成立乡镇护渔队") == []


def test_a_sentence_in_a_paragraph_dividing_its_work_between_leads_and_supporters(write_doc):
    out = read(write_doc,
               "一、部门自查\n"
               "省直部门要对照检查本系统落实情况，形成自查报告。各项重点任务，由所涉及的教育厅、"
               "卫生健康厅、省医保局等省级主管部门（单位）牵头组织自查，其他有关部门（单位）配合，"
               "于5月10日前报送省政府。\n"
               "二、重点抽查\n"
               "由省政府督查室牵头组织，对重点地区开展抽查，及时通报发现的问题。\n")
    assert who(out, "省直部门要对照检查本系统落实情况") == [
        ("教育厅", "lead"), ("卫生健康厅", "lead"), ("省医保局", "lead"),
        ("省级主管部门（单位）", "lead"), ("其他有关部门（单位）", "support")]
    # a 由…牵头 with no supporters named is not such a sentence (no lead): the item's topic line
    # over a paragraph opening with its doer makes that doer responsible (_topic_line_agent)
    assert who(out, "对重点地区开展抽查") == [("省政府督查室", "responsible")]


def test_a_table_keyed_by_department_whose_header_names_no_unit_column(write_doc):
    out = read(write_doc,
               "序号\t考核项目\t分值\t考核内容\t评分标准\n"
               "1\t重点部门\t县卫健局\t60\t农村改厕和饮用水卫生监测\t完成年度改厕任务，按比例得分。\n"
               "2\t县农业农村局\t30\t持续推进畜禽养殖污染控制\t建立养殖污染台账，督促配套粪污设施。\n"
               "15\t推进化肥农药减量使用\t推广测土配方施肥技术和绿色防控措施。\n"
               "3\t县自然资源局\t60\t推进河湖管理范围划定\t完成县级河湖划界，规范项目用地审批。\n"
               "三、\t奖扣分项目\t\t上级部门通报情况\t受到省市通报表扬的按规定加分。\n")
    assert who(out, "农村改厕和饮用水卫生监测") == [("县卫健局", "responsible")]
    assert who(out, "持续推进畜禽养殖污染控制") == [("县农业农村局", "responsible")]
    # a sub-row holding the cells after the merged number and unit cells: the block's unit
    assert who(out, "推进化肥农药减量使用") == [("县农业农村局", "responsible")]
    assert who(out, "推进河湖管理范围划定") == [("县自然资源局", "responsible")]
    # a section row under another 一、二、三 marker is no sub-row of the block above
    assert who(out, "上级部门通报情况") == []


def test_a_contact_list_of_units_is_no_task_table(write_doc):
    out = read(write_doc,
               "序号\t名称\t联系人\t电话\n"
               "1\t县教育局\t张三\t12345678\n"
               "2\t县民政局\t李四\t12345679\n"
               "3\t县财政局\t王五\t12345670\n")
    assert all(not got for got in out[2].values())
