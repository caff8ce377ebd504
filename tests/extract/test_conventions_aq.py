"""Conventions seen in the held-out set "aq" (a county's 督查通报 of its 常务会议's decided matters,
two counties' meeting news, a county's joint 县委办/县政府办 notice), each as a short synthetic
fixture with variants not in the collected files: a matter quoted after who does it
(``如X负责的“…”…；Y、Z负责的“…”…``) is a task of its own, its units responsible; a sentence that
divides its work in two clauses of names and a role verb with no 由 (``…，X负责，Y配合，…``,
``X牵头，A、B等部门密切配合，…``) gives X (responsible, or lead for 牵头) and the supporters,
while duty clauses, persons and an item's own opening clause are left as they were."""
from test_conventions import read, who

NOTICE = ("二、工作要求\n"
          "督查发现，需要加快推进的事项2件，如市住建局负责的“加快老旧小区改造项目开工。”截至目前，"
          "已开工5个，市住建局负责项目3个未开工；市交通运输局、市财政局负责的“推进城区公交站台改造，"
          "年底前完成。”截至目前，完成40%。请以上责任单位加快进度。\n")


def test_a_matter_quoted_after_who_does_it(write_doc):
    out = read(write_doc, NOTICE)
    assert who(out, "加快老旧小区改造项目开工") == [("市住建局", "responsible")]
    assert who(out, "推进城区公交站台改造") == [("市交通运输局", "responsible"),
                                                ("市财政局", "responsible")]


def test_a_quote_after_a_person_or_a_progress_sentence_gives_no_unit(write_doc):
    out = read(write_doc, "二、工作要求\n督查发现，需要加快推进的事项1件，如张三同志负责的“加快项目"
                          "前期工作。”截至目前，市发改局负责项目5个，开工2个。请加快进度。\n")
    assert who(out, "加快项目前期工作") == []


def test_a_clause_pair_inside_a_requirement(write_doc):
    out = read(write_doc, "副市长主持召开河道治理推进会。\n"
                          "会议要求，要早谋划、早部署，市水利局负责，各区县配合，建立台账，6月底前完成"
                          "河道清淤任务。要强化宣传引导，营造良好氛围。\n")
    assert who(out, "要早谋划、早部署") == [("市水利局", "responsible"), ("各区县", "support")]


def test_a_clause_pair_opening_a_sentence_with_a_lead(write_doc):
    out = read(write_doc, "市政府召开规划编制工作会议。\n"
                          "会议指出，要统一思想，提高认识。市自然资源局牵头，市发改委、市住建局等部门积极"
                          "配合，加快推进国土空间规划编制工作。\n")
    assert who(out, "加快推进国土空间规划编制工作") == [
        ("市自然资源局", "lead"), ("市发改委", "support"), ("市住建局", "support")]


def test_duty_clauses_and_persons_give_no_annotation(write_doc):
    out = read(write_doc, "县长主持召开专题会议。\n"
                          "会议要求，交通、农业、林业等部门要密切配合，加强沟通。张三负责，李四配合，"
                          "尽快拿出方案。各乡镇要落实属地责任。\n")
    assert out[2] == {}                  # no annotation-read unit anywhere (duties are prose)


def test_an_item_opening_with_its_own_clauses_keeps_them(write_doc):
    out = read(write_doc, "3、污水管网项目\n"
                          "由王五副市长负责，市建委牵头，相关部门配合，尽快完成项目申报。在工程建设方面，"
                          "进一步加快实施进度。\n"
                          "4、轨道交通项目\n由王五副市长负责，市建设局牵头，市发改委配合，修改完善建设方案。\n")
    assert who(out, "污水管网项目") == [("市建委", "lead"), ("相关部门", "support")]
    assert who(out, "轨道交通项目") == [("市建设局", "lead"), ("市发改委", "support")]
