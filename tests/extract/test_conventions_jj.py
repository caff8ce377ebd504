"""Conventions seen in the collected set jj (a county transport bureau's news of its numbered
actions), as short synthetic fixtures with variants not in the file: an action ``一是<topic>。`` whose
next sentence opens with its doer and no 由 gives that doer (``X负责…`` responsible, ``X牵头，…`` lead,
``X配合Y开展…`` X support and Y responsible, ``X联合Y开展…`` X alone); a person, a part of an office, or
a subject with no role verb gives none; a marker before a road's code (``六是G318线…``) opens an item."""
from test_conventions import read, who

NEWS = ("市交通运输局开展道路整治五项行动\n"
        "一是货车超限治理行动。市公路中心配合公安、城管部门开展联合执法，严查超限车辆。\n"
        "二是客运站点整治行动。市运输中心联合有关部门开展检查，规范站点秩序。\n"
        "三是桥梁安全排查行动。市公路中心牵头，联合各区县开展桥梁排查。\n"
        "四是G318线沿线整治行动。市养护段负责沿线垃圾清理，确保路面整洁。\n"
        "五是宣传引导行动。张三同志负责组织宣传活动。\n")


def test_an_action_whose_doer_opens_its_second_sentence(write_doc):
    out = read(write_doc, NEWS)
    assert who(out, "货车超限治理行动") == [("市公路中心", "support"), ("公安", "responsible"),
                                           ("城管部门", "responsible")]
    assert who(out, "客运站点整治行动") == [("市运输中心", "responsible")]
    assert who(out, "桥梁安全排查行动") == [("市公路中心", "lead")]


def test_a_marker_before_a_road_code_opens_its_item(write_doc):
    out = read(write_doc, NEWS)
    assert who(out, "G318线沿线整治行动") == [("市养护段", "responsible")]
    assert ("市养护段", "responsible") not in who(out, "桥梁安全排查行动")


def test_a_person_gives_no_unit(write_doc):
    out = read(write_doc, NEWS)
    assert who(out, "宣传引导行动") == []


def test_an_item_dividing_its_work_among_doers_gives_none_of_them(write_doc):
    out = read(write_doc, "（一）落实监管职责。生态环境部门负责污染溯源。农业农村部门负责种植环节监管；"
                          "市场监管部门负责流通环节监管。\n")
    assert who(out, "落实监管职责") == []


PREVIEW = ("下载后可任意编辑关于开展市容整治的工作方案各科室:为做好____年整治工作,结合实际,制定本方案。具体任务"
           "（一）老旧小区整治小区:清理楼道杂物,规范停车秩序。牵头领导:王五副局长责任部门:物业科、房管所"
           "（二）背街小巷整治小巷:修补破损路面。牵头领导:赵六副局长责任部门:市政科"
           "（三）配合区城管局做好门前三包配合领导:王五副局长配合部门:区环卫处\n")


def test_a_one_line_preview_whose_items_close_with_glued_fields(write_doc):
    out = read(write_doc, PREVIEW)
    assert who(out, "老旧小区整治小区") == [("物业科", "responsible"), ("房管所", "responsible")]
    assert who(out, "背街小巷整治小巷") == [("市政科", "responsible")]
    assert who(out, "配合区城管局做好门前三包") == [("区环卫处", "support")]


def test_bracketed_numbers_not_closed_by_fields_stay_one_paragraph(write_doc):
    out = read(write_doc, "我局结合实际制定方案,重点抓好三项工作:（一）清理楼道杂物,规范停车秩序,由物业科负责落实"
                          "到位;（二）修补破损路面,加强日常巡查;（三）整治占道经营,维护市容秩序,共同营造良好环境。\n")
    _, tasks, _ = out
    assert not any(t.text.startswith(("清理楼道杂物", "修补破损路面")) for t in tasks.values())
