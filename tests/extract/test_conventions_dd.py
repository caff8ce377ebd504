"""Conventions seen in the held-out set "dd" (session 27), each as a short synthetic fixture with
variants that are not in the collected files: a page that put a division of work on one line with
single spaces between its fields (``…。 分管领导：… 部门分工：X牵头，A，B、C，D等配合。 …``); a role
verb closing a sentence of comma-set groups after a lead clause (``X牵头，A，B、C等配合``); and a
bracket of labels whose last name the excerpt's edge cut inside its own bracket (``责任单位：各镇（``)."""
from kg.extract import annotations as ann
from test_conventions import read, who


def test_a_person_field_and_a_unit_field_run_together_on_one_line(write_doc):
    text = ("某省政府工作报告工作任务分工方案印发,明确分工责任,确保完成全年经济社会发展主要目标任务。 "
            "推进数字政府建设,完善一体化政务服务平台功能,提升政务数据共享水平和利用效率,打造数字政府"
            "建设示范标杆,推动更多政务服务事项实现全程网办。 分管领导:副省长张三 部门分工:省政务服务"
            "数据管理局牵头,省委网信办,省发展改革委、财政厅等配合。 建设全省统一的公共资源交易平台,"
            "推进交易全流程电子化,实现交易信息全公开,推动市场主体一次注册全省通用。 分管领导:副省长李四 "
            "部门分工:省发展改革委牵头,省财政厅配合。\n")
    out = read(write_doc, text)
    assert who(out, "推进数字政府建设") == [
        ("省政务服务数据管理局", "lead"), ("省委网信办", "support"), ("省发展改革委", "support"),
        ("财政厅", "support")]
    assert who(out, "建设全省统一的公共资源交易平台") == [
        ("省发展改革委", "lead"), ("省财政厅", "support")]
    # the person field is the task's people, never its text nor a unit
    _, tasks, _ = out
    task = next(t for t in tasks.values() if t.text.startswith("推进数字政府建设"))
    assert "分管领导" not in task.text


def test_a_person_field_not_before_a_unit_field_stays_on_its_line(write_doc):
    # 项目责任人：… 实际完成情况：… after the unit field: the progress text is no line of its own
    text = ("市政府民生实事项目1—6月份进展情况予以公示,接受社会监督,确保各项目标任务圆满完成。 "
            "1.新建公办幼儿园5所。 牵头领导:王五 责任单位:市教育局 项目责任人:赵六 实际完成情况:已全部开工建设。 "
            "2.新增公交线路10条。 牵头领导:王五 责任单位:市交通委 项目责任人:钱七 实际完成情况:已开通运营。\n")
    out = read(write_doc, text)
    assert who(out, "新建公办幼儿园5所") == [("市教育局", "responsible")]
    assert who(out, "新增公交线路10条") == [("市交通委", "responsible")]


def test_comma_set_groups_take_the_verb_that_closes_their_sentence():
    p = ann.parse_annotation("市工信局牵头,市委网信办,市发改委、市科技局,市通信管理局等配合")
    assert [(u.mention, u.role) for u in p.units] == [
        ("市工信局", "lead"), ("市委网信办", "support"), ("市发改委", "support"),
        ("市科技局", "support"), ("市通信管理局", "support")]
    # no clause with a verb before them: the groups keep the label's role
    p = ann.parse_annotation("责任单位:市委组织部,市人社局负责")
    assert [(u.mention, u.role) for u in p.units] == [
        ("市委组织部", "responsible"), ("市人社局", "responsible")]
    # a sentence end stops the borrowing; a deadline closing the sentence lends nothing
    p = ann.parse_annotation("市发改委牵头,市财政局,2024年底前完成")
    assert [(u.mention, u.role) for u in p.units] == [("市发改委", "lead"), ("市财政局", "responsible")]


def test_a_bracket_cut_inside_a_names_own_bracket_is_not_read(write_doc):
    text = ("市爱国卫生运动实施方案\n"
            "1.宣传动员,提升卫生健康意识。(牵头单位:市爱卫办;配合单位:市爱卫会各成员单位;"
            "责任单位:各镇(区);完成时限:2024年12月)\n"
            "2.全民参与,筑牢社会健康基石。(牵头单位:市爱卫办;配合单位:市爱卫会各成员单位;责任单位:各镇(\n")
    out = read(write_doc, text)
    assert who(out, "宣传动员") == [("市爱卫办", "lead"), ("市爱卫会各成员单位", "support"),
                                   ("各镇(区)", "responsible")]
    assert who(out, "全民参与") == []
    # closed, the same bracket is read
    out = read(write_doc, text.rstrip("(\n") + "(区))\n")
    assert who(out, "全民参与") == [("市爱卫办", "lead"), ("市爱卫会各成员单位", "support"),
                                   ("各镇(区)", "responsible")]
