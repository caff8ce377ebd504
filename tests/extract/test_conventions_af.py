"""Conventions seen in the held-out set "af" (a city's 2021 employment measures; three 2015
inspection notices, 督查通报, of a county's 双创办; from the ``pages`` corpus), each as a short
synthetic fixture with variants not in the collected files: a numbered problem followed by a
remedy field (``整改措施：由X负责…`` / ``整改要求：X负责…`` / ``整改意见：…``) whose clauses open
with the unit that fixes it, a role word (``包片单位``) before the unit, two sub-measures on one
line, and a field whose clauses name no unit."""
from kg.extract import annotations as ann

from test_conventions import read, who


def test_a_remedy_field_gives_the_problem_above_its_units(write_doc):
    out = read(write_doc,
               "关于城区环境卫生整治情况的通报\n"
               "现将检查发现的问题通报如下:\n"
               "1、人民路东段路灯损坏较多。\n"
               "整改措施:由县城管局负责修复。\n"
               "2、中心市场片区:市场外流动摊贩占道经营,垃圾清运不及时。\n"
               "整改措施:(1)由市场监管联合执法组负责规范。(2)由包片单位县农业局负责督促商户清理。\n"
               "3、南门桥头有野广告。\n"
               "整改要求:县环卫所负责清除;包片单位县水利局负责日常巡查。\n"
               "请各责任单位尽快整改,整改情况报县创建办。\n")
    assert who(out, "人民路东段路灯损坏较多") == [("县城管局", "responsible")]
    # two sub-measures on one line: both units; 包片单位 is a role word, not part of the name
    assert who(out, "中心市场片区") == [("市场监管联合执法组", "responsible"),
                                       ("县农业局", "responsible")]
    # without 由, clauses split at ；
    assert who(out, "南门桥头有野广告") == [("县环卫所", "responsible"),
                                          ("县水利局", "responsible")]


def test_a_problem_with_no_remedy_line_gets_no_unit_from_the_next_one(write_doc):
    out = read(write_doc,
               "1、北街有卫生死角。\n"
               "2、西关路垃圾散落。\n"
               "整改意见:由县环卫所和包片单位县税务局负责清理。\n")
    assert who(out, "北街有卫生死角") == []
    assert who(out, "西关路垃圾散落") == [("县环卫所", "responsible"),
                                          ("县税务局", "responsible")]


def test_remedy_clauses_that_open_with_no_unit_give_none():
    # a clause opening with how, not who, and a person's post: no unit
    assert ann.measure_units("按照先劝阻、再处罚的要求加强管理。") == []
    assert ann.measure_units("由分管副县长负责协调。") == []
    assert [u.mention for u in ann.measure_units("由县交通局负责修复;县公安局督促车主挪车")] \
        == ["县交通局", "县公安局"]
    # a remedy field is an annotation line only when a clause names a unit
    assert ann.is_standalone_annotation("整改措施:由县住建局负责修复。")
    assert not ann.is_standalone_annotation("整改措施:加强宣传教育,提高群众意识。")


def test_a_problem_line_under_a_place_line_is_a_task_of_its_own(write_doc):
    out = read(write_doc,
               "创建文明城市第3次实地督查问题通报\n"
               "现对督查中发现的问题通报如下。\n"
               "幸福里小区\n"
               "存在问题:垃圾桶破损,楼道堆放杂物。\n"
               "责任单位:东城街道\n"
               "人民路农贸市场\n"
               "问题描述:市场外占道经营;污水外溢。\n"
               "责任单位:县市场监管局、县综合行政执法局\n"
               "参加检查的有县创文办等单位。\n")
    # the place line above the problem is part of its task; the 责任单位 line its annotation
    assert who(out, "幸福里小区") == [("东城街道", "responsible")]
    assert who(out, "垃圾桶破损") == [("东城街道", "responsible")]
    assert who(out, "市场外占道经营") == [("县市场监管局", "responsible"),
                                          ("县综合行政执法局", "responsible")]
    # one task per problem, none sharing a path
    _, tasks, _ = out
    problems = [t for t in tasks.values() if "问题" in t.text and "通报" not in t.text]
    assert len(problems) == len({t.path for t in problems}) == 2
