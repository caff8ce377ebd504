"""Each annotation form of the corpus and of other cities' conventions."""
import pytest

from kg.extract.annotations import (classify, is_standalone_annotation, parse_annotation,
                                    trailing_group, unit_items)


def units(text):
    p = parse_annotation(text)
    return [(u.mention, u.role) for u in p.units], p.deadline


def test_inline_with_nested_brackets_and_deadline():
    got, dl = units("责任单位：市政府办公室、市公安局，各县（市、区）人民政府，临空经济区（廊坊）管委会，"
                    "完成时间：2022年12月")
    assert got == [("市政府办公室", "responsible"), ("市公安局", "responsible"),
                   ("各县（市、区）人民政府", "responsible"), ("临空经济区（廊坊）管委会", "responsible")]
    assert dl == "2022-12"


def test_lead_support_labels():
    got, dl = units("牵头单位：市行政审批局；配合单位：市公安局、市人社局；完成时限：2024年6月底前")
    assert got == [("市行政审批局", "lead"), ("市公安局", "support"), ("市人社局", "support")]
    assert dl == "2024-06"


def test_unlabeled_verbs_and_phrase_deadline():
    got, dl = units("市市场监管局牵头，市司法局、市发展改革委配合，各县（市、区）人民政府负责落实；持续推进")
    assert got == [("市市场监管局", "lead"), ("市司法局", "support"), ("市发展改革委", "support"),
                   ("各县（市、区）人民政府", "responsible")]
    assert dl == "持续推进"


def test_by_duty_and_bare_unit():
    assert units("市残联、市人社局按职责分工负责")[0] == [("市残联", "responsible"),
                                                      ("市人社局", "responsible")]
    assert classify("市残联") == "bare"
    assert classify("见附件") is None
    assert classify("含食品添加剂") is None


def test_collective_after_deng():
    got, _ = units("责任单位：市行政审批局、市国资委等市有关部门，各县（市、区）政府")
    assert [m for m, _ in got] == ["市行政审批局", "市国资委", "市有关部门", "各县（市、区）政府"]
    got, _ = units("市残联等有关部门及各县（市、区）政府按职责分工负责")
    assert [m for m, _ in got] == ["市残联", "有关部门", "各县（市、区）政府"]


def test_carry_over_rule():
    p = parse_annotation("责任单位：市住建局、市发改委，各县（市、区）政府、廊坊开发区管委会。"
                         "以下均需各县（市、区）政府、廊坊开发区管委会负责落实，不再列出")
    assert [u.mention for u in p.units] == ["市住建局", "市发改委", "各县（市、区）政府", "廊坊开发区管委会"]
    assert p.rules[0].kind == "carry"
    assert [u.mention for u in p.rules[0].units] == ["各县（市、区）政府", "廊坊开发区管委会"]


def test_first_listed_leads_rule():
    p = parse_annotation("责任单位：县经信局、县发改局、县财政局（列第一位者为牵头单位，下同）")
    assert [(u.mention, u.role) for u in p.units] == [
        ("县经信局", "lead"), ("县发改局", "responsible"), ("县财政局", "responsible")]
    assert p.rules[0].kind == "first_leads" and p.rules[0].text == "下同"


def test_contributors():
    assert units("市委党校、市委讲师团供稿，各1000字，图表各1张")[0] == [
        ("市委党校", "contributor"), ("市委讲师团", "contributor")]
    assert units("市四套班子领导名单由市委组织部提供，其他由各供稿单位提供")[0] == [
        ("市委组织部", "contributor"), ("各供稿单位", "contributor")]
    assert units("市地方志编纂中心收集")[0] == [("市地方志编纂中心", "contributor")]


def test_traditional_labels():
    got, dl = units("責任單位：市規劃和自然資源局牽頭，市財政局配合；完成時間：2023年12月")
    assert got == [("市规划和自然资源局", "lead"), ("市财政局", "support")]
    assert dl == "2023-12"


def test_trailing_group_balanced_and_unbalanced():
    t = "1.直接转办。（责任单位：市公安局，各县（市、区）人民政府）。"
    start, end, closed = trailing_group(t)
    assert closed and t[start:end].startswith("（责任单位")
    t2 = "（5）铁塔公司（铁塔廊坊分公司供稿1000字，图表1张"
    start, end, closed = trailing_group(t2)
    assert not closed and t2[start + 1:end].startswith("铁塔廊坊分公司")


def test_standalone_lines():
    assert is_standalone_annotation("（责任单位：市住建局）")
    assert is_standalone_annotation("责任单位：县税务局、县财政局")
    assert not is_standalone_annotation("（一）加强组织领导。")


def test_elliptical_list_expands_with_lexicon():
    known = {"市委宣传部", "市教育局", "市委组织部", "市发改委"}.__contains__
    got = unit_items("市委组织部、宣传部，市发改委、教育局", known)
    assert got == [("市委组织部", None), ("宣传部", "市委宣传部"), ("市发改委", None), ("教育局", "市教育局")]


def test_half_width_and_other_brackets_and_marks():
    got, dl = units("牵头单位:市政务服务数据管理局;配合单位:市发展改革委;完成时限:2024年12月底前完成")
    assert got == [("市政务服务数据管理局", "lead"), ("市发展改革委", "support")]
    assert dl == "2024-12"
    got, _ = units("责任单位：市发改委（牵头）、市市场监管局")
    assert got == [("市发改委", "lead"), ("市市场监管局", "responsible")]
    got, _ = units("责任单位：市政府督查室 市发改委")
    assert [m for m, _ in got] == ["市政府督查室", "市发改委"]


def test_person_labels_are_not_units():
    p = parse_annotation("责任领导：张三；责任单位：市统计局")
    assert [(u.mention, u.role) for u in p.units] == [("市统计局", "responsible")]
    assert not p.unknown_labels and not p.leftover


def test_square_brackets_fold_to_round():
    from kg.text import normalise
    t = normalise("3.优化营商环境。【责任单位：市发改委】")
    start, end, closed = trailing_group(t)
    assert closed and classify(t[start + 1:end - 1]) == "labeled"


def test_a_deadline_label_is_not_split_at_its_inner_label():
    # 时限： inside 完成时限： is not a label of its own (it gave a false E305 '完成')
    p = parse_annotation("牵头单位：市财政局；配合单位：市发改委；完成时限：2024年6月底前")
    assert p.deadline == "2024-06" and p.leftover == []
    assert [(u.mention, u.role) for u in p.units] == [("市财政局", "lead"), ("市发改委", "support")]


def test_a_bare_level_word_before_a_lower_levels_unit_names_its_own_level():
    # 州、县（市）人民政府 in an annotation: the bare 州 is the prefecture's own government, named
    # by its level word (not dropped, not 州（市）人民政府); the lower level's unit as written
    assert unit_items("州、县（市）人民政府") == [("州", "州人民政府"), ("县（市）人民政府", None)]
    assert unit_items("市、县（市、区）住房和城乡建设局") == [
        ("市", "市住房和城乡建设局"), ("县（市、区）住房和城乡建设局", None)]
    assert unit_items("省、市、县人民政府") == [
        ("省", "省人民政府"), ("市", "市人民政府"), ("县人民政府", None)]
    # a level word before a named place or a level's 直属 bodies shares no body with it
    assert unit_items("市、广阳区政府")[0] == ("市", None)
    assert unit_items("县、市直有关部门")[0] == ("县", None)


def test_a_short_name_after_a_unit_of_its_level_is_kept():
    # a project table's owner cell: two units apart by a space, the second a state company's
    # short name (区水投, 区城投) no name rule knows; it is one more unit, kept to be reported
    # as unresolved, never dropped with the text a flattened table puts after a list
    assert [m for m, _ in unit_items("区城管局 区水投")] == ["区城管局", "区水投"]
    assert [m for m, _ in unit_items("市住建局 市城投")] == ["市住建局", "市城投"]
    # …but not a word of another column (a status, a flattened table's header of places)
    assert [m for m, _ in unit_items("区城管局 已完工")] == ["区城管局"]
    assert [m for m, _ in unit_items("各区政府 鄞州 海曙")] == ["各区政府"]


def test_an_article_is_never_the_annotation_of_the_article_before():
    # an article whose sentence is units and 负责 (accountable to), written on its own line
    assert not is_standalone_annotation(
        "第十五条 县人民法院和人民检察院对县人民代表大会及其常务委员会负责。")
    assert not is_standalone_annotation("第4条 公安机关交通管理部门负责")
    # the same units and verb without the article's number stay a line of units and a verb
    assert is_standalone_annotation("市发改委牵头，市财政局配合")
