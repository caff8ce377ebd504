"""Conventions seen in the held-out set "e" (issue 10), each as a short synthetic fixture with
variants that are not in the collected files: a body run onto one line, a first-listed rule
written as a clause of a verb annotation, a 任务分工 line naming a leader and a 总牵头 unit, and
an item closed by an unbracketed ``X牵头，A、B等单位配合。`` sentence."""
from kg.extract.annotations import parse_annotation

from test_conventions import read, roles, who


def test_body_run_onto_one_line_is_cut_at_markers_and_labels(write_doc):
    text = ("某县人民政府办公室关于印发重点工作责任分解的通知\n"
            "各乡镇人民政府,县政府各部门: 现印发给你们,请认真贯彻执行。 某县人民政府办公室 2023年1月5日 "
            "重点工作责任分解 一、张三县长牵头重点工作 1.推进老旧小区改造300个,完善配套设施。 "
            "责任单位:县住建局(首位单位为牵头单位,下同)、县财政局、县自然资源局 "
            "2.新建口袋公园5个,提升城市绿化水平。 责任单位:县综合执法局、县财政局 "
            "二、李四副县长牵头重点工作 1.完成植树造林1000亩,推进森林城市建设。 责任单位:县林业局\n")
    out = read(write_doc, text)
    assert who(out, "推进老旧小区改造300个") == [
        ("县住建局", "lead"), ("县财政局", "responsible"), ("县自然资源局", "responsible")]
    assert who(out, "新建口袋公园5个") == [("县综合执法局", "lead"), ("县财政局", "responsible")]
    assert who(out, "完成植树造林1000亩") == [("县林业局", "lead")]


def test_body_run_onto_one_line_with_bracketed_annotations(write_doc):
    text = ("某市人民政府办公室关于印发重点任务分工的通知 各区人民政府,市政府各部门: 现印发给你们。 "
            "重点任务分工 一、扩大有效投资 1.推进重大项目建设,全年完成投资500亿元。"
            "(牵头单位:市发展改革委;配合单位:市财政局) 2.加快城市更新,改造老旧小区100个。"
            "(牵头单位:市住房城乡建设局;配合单位:各区人民政府) 二、促进消费 3.开展促消费活动20场。"
            "(牵头单位:市商务局)\n")
    out = read(write_doc, text)
    assert who(out, "推进重大项目建设") == [("市发展改革委", "lead"), ("市财政局", "support")]
    assert who(out, "开展促消费活动20场") == [("市商务局", "lead")]
    _, tasks, _ = out
    assert any(t.path[-2:] == ("二", "3") for t in tasks.values())


def test_a_paragraph_with_spaces_but_one_label_is_not_cut(write_doc):
    text = ("1.推进老旧小区改造300个 完善配套设施 新建口袋公园5个 提升城市绿化水平 完成植树造林1000亩 "
            "推进森林城市建设 加快推进城市更新 改善人居环境质量 提升公共服务水平。"
            "(责任单位:县住建局、县财政局)\n")
    out = read(write_doc, text)
    assert who(out, "推进老旧小区改造300个") == [("县住建局", "responsible"), ("县财政局", "responsible")]


def test_first_listed_rule_in_a_clause_after_a_comma():
    p = parse_annotation("市发展改革委、市编办、市住房城乡建设局等负责，列第一位的为牵头部门，下同")
    assert roles(p.units) == [("市发展改革委", "lead"), ("市编办", "responsible"),
                              ("市住房城乡建设局", "responsible")]
    assert [r.text for r in p.rules] == ["下同"]
    p = parse_annotation("区商务局、区税务局负责，排在第一位的为牵头单位")
    assert roles(p.units) == [("区商务局", "lead"), ("区税务局", "responsible")]
    assert [r.text for r in p.rules] == ["此项"]


def test_first_listed_rule_without_a_verb_of_listing():
    p = parse_annotation("责任单位：县发改局（首位单位为牵头单位，下同）、县财政局、县税务局")
    assert roles(p.units) == [("县发改局", "lead"), ("县财政局", "responsible"),
                              ("县税务局", "responsible")]


def test_rule_clause_carried_to_later_tasks(write_doc):
    out = read(write_doc, "(一)深化放管服改革,推进审批事项下放。(市发改委、市司法局、市政务服务局等负责,"
                          "排在第一位的为牵头单位,下同)\n"
                          "(二)支持民营企业发展壮大,开展管理创新试点。(市工信局、市市场监管局负责)\n")
    assert who(out, "深化放管服改革") == [
        ("市发改委", "lead"), ("市司法局", "responsible"), ("市政务服务局", "responsible")]
    assert who(out, "支持民营企业发展壮大") == [("市工信局", "lead"), ("市市场监管局", "responsible")]


def test_task_division_line_with_a_leader_and_an_overall_lead(write_doc):
    out = read(write_doc, "二、清洁能源工程\n"
                          "工作要求:加快风电、光伏发电项目建设,提升清洁能源比重。\n"
                          "任务分工:王五副市长负责,市能源局总牵头。\n"
                          "1.风电工程:新建风电场3个。\n")
    assert who(out, "加快风电、光伏发电项目建设") == [("市能源局", "lead")]
    p = parse_annotation("部门分工：分管副县长负责，县农业农村局总牵头，县水利局配合")
    assert roles(p.units) == [("县农业农村局", "lead"), ("县水利局", "support")]


def test_item_closed_by_an_unbracketed_lead_and_support_sentence(write_doc):
    out = read(write_doc, "一、交通提升工程\n"
                          "1.道路工程:新建农村公路100公里,改造危桥20座。市交通局牵头,市财政局、自然资源局等单位配合。\n"
                          "2.港口工程:推进内河港口建设;市港航中心牵头,市发改委配合\n"
                          "3.物流工程:建设物流园区2个。市场主体负责运营。\n")
    assert who(out, "新建农村公路100公里") == [
        ("市交通局", "lead"), ("市财政局", "support"), ("自然资源局", "support")]
    assert who(out, "推进内河港口建设") == [("市港航中心", "lead"), ("市发改委", "support")]
    assert who(out, "建设物流园区2个") == []
