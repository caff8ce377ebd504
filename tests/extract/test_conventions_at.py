"""Conventions seen in the held-out set "at" (a county's 宣传活动方案 whose items close with a
sentence naming who does them, Party bodies among the units), each as a short synthetic fixture
with variants not in the collected files: a paragraph closed by a sentence 由X具体负责。 or by a
clause …，具体由X负责。; a body line opening with a clause 以…为单位 or a date, and ending in such a
sentence, is no line of units; 具体由X is no unit's name."""
from test_conventions import read, who
from kg.extract import annotations as ann

PLAN = ("某县宣传活动方案\n"
        "(一)开展集中宣传\n"
        "在县电视台开设专栏,集中报道先进典型。由县委宣传部具体负责。\n"
        "(二)举办文艺展演\n"
        "以乡镇为单位,每周由一个乡镇组织一场展演。具体由县文旅局负责。\n"
        "(三)举办全县运动会\n"
        "于9月中旬举办全县运动会,具体由县教体局负责。\n"
        "(四)编印宣传手册\n"
        "编印宣传手册5000册,发放到户。\n")


def test_a_closing_sentence_naming_who_does_the_item(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "在县电视台开设专栏") == [("县委宣传部", "responsible")]
    assert who(out, "每周由一个乡镇组织一场展演") == [("县文旅局", "responsible")]
    assert who(out, "于9月中旬举办全县运动会") == [("县教体局", "responsible")]
    assert who(out, "编印宣传手册5000册") == []


def test_a_clause_is_no_unit_name():
    assert not ann.looks_like_unit("以乡镇为单位")
    assert not ann.looks_like_unit("具体由县文体局")
    assert not ann.looks_like_unit("每天由一个党委组织展演一台文艺晚会")
    assert not ann.looks_like_unit("于5月下旬举办全县运动会")
    assert ann.looks_like_unit("县文体局")
    assert ann.looks_like_unit("中国(上海)自由贸易试验区管理委员会")


GLUED = ("重点任务分工清单\n"
         "序号工作任务责任单位7推进婚育文化建设。开展宣传活动。市委宣传部、市妇联牵头;市总工会、团市委配合;"
         "各县(区)党委和政府落实8完善托育服务体系。新增托位500个。市卫生健康委牵头;市发展改革委配合;"
         "各县(区)党委和政府落实9加强监测评估。市统计局牵头;市卫生健康委配合\n")


def test_a_table_run_together_with_each_row_number_glued_to_the_unit_cell_before(write_doc):
    out = read(write_doc, GLUED)
    assert who(out, "推进婚育文化建设") == [
        ("市委宣传部", "lead"), ("市妇联", "lead"), ("市总工会", "support"), ("团市委", "support"),
        ("各县(区)党委", "responsible"), ("政府", "responsible")]
    assert who(out, "完善托育服务体系") == [
        ("市卫生健康委", "lead"), ("市发展改革委", "support"), ("各县(区)党委", "responsible"),
        ("政府", "responsible")]
    assert who(out, "加强监测评估") == [("市统计局", "lead"), ("市卫生健康委", "support")]


def test_role_verbs_before_counts_are_no_table_rows(write_doc):
    _, tasks, _ = read(write_doc, "一、重点工作\n1.加强道路建设。县交通局负责3个项目的建设。县财政局负责10项资金的拨付。\n")
    texts = ["".join(t.source_text.split()) for t in tasks.values()]
    assert not any(t.startswith(("3个项目", "10项资金")) for t in texts)
