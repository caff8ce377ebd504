"""Conventions seen in the collected set kk (a city's 食品安全 安排 run on in a document site's page
pieces, 南昌's 丧葬陋俗 notice, 夏河县's glossed 河长制 督办 rules), as short written fixtures with
variants not in the files: ``（X牵头，Y协作）`` makes Y support; a level's units written before
their verb (``县级责任单位负责对…``) are the doer, not a label glued to a value; a numbered item's
topic and doer read through a mirror's pinyin glosses, the name kept as written; a coordinating
body (``市整治工作领导小组``) is no short form of its office."""
from test_conventions import read, who

from kg.pipeline import build
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver

RUN_ON = ("某市食品安全重点工作安排\n"
          "一、切实加强食品安全工作制定出台若干措施。（市食安办负责）依据机构改革状况，调整食品安全委员会"
          "工作机制。（市食安办牵头，市食安委各有关成员单位协作）各区参照市的做法，调整区食品安全委员会。"
          "（各区食安办负责）二、深化开展示范城市创建活动\n")


def test_xiezuo_after_the_lead_makes_support(write_doc):
    out = read(write_doc, RUN_ON)
    assert who(out, "依据机构改革状况") == [("市食安办", "lead"), ("市食安委各有关成员单位", "support")]
    # the annotation closes its measure: the next one is a task of its own, with its own unit
    assert who(out, "各区参照市的做法") == [("各区食安办", "responsible")]


def test_xiezuo_alone_and_after_a_responsible_unit(write_doc):
    out = read(write_doc, "某县工作要点\n1.加强农产品质量监管。（县农业农村局负责，县市场监管局协作）\n"
                          "2.开展联合执法检查。（县公安局、县交通运输局协作）\n")
    assert who(out, "加强农产品质量监管") == [("县农业农村局", "responsible"),
                                              ("县市场监管局", "support")]
    assert who(out, "开展联合执法检查") == [("县公安局", "support"), ("县交通运输局", "support")]


RULES = ("某县河长制工作督办制度\n第四条 督办主体及对象。\n"
         "（一）责任单位督办。县级责任单位负责对职责范围内需要督办的事项进行督办。\n"
         "（二）部门督办。市级责任单位负责对本系统的事项进行督办；督办对象为下级责任单位。\n"
         "（三）推进落实。请各责任单位抓好落实，配合单位县水利局、县林业局\n")


def test_a_levels_units_before_their_verb_are_the_doer_not_a_glued_label(write_doc):
    out = read(write_doc, RULES)
    assert who(out, "责任单位督办。县级责任单位") == [("县级责任单位", "responsible")]
    assert who(out, "部门督办") == [("市级责任单位", "responsible")]
    # a label glued to its names after the task text is still read
    assert who(out, "推进落实") == [("县水利局", "support"), ("县林业局", "support")]


GLOSSED = ("夏河縣河長制工作督辦制度\n第四條 督辦主體及對象。\n"
           "(一)責(zé)任單位督辦。縣級責(zé)任單位負責(zé)對職責(zé)范圍內(nèi)需要督辦的事項進行督辦。\n"
           "(二)河長制辦公室督辦。縣河長(zhǎng)制辦公室負責(zé)對縣級總河長批辦事項進行督辦。\n"
           "(三)信息報送。縣水務(wù)局配合縣河長制辦公室做好信息報送工作。\n")


def test_an_items_topic_and_doer_read_through_pinyin_glosses(write_doc):
    out = read(write_doc, GLOSSED)
    # the names as written, glosses and all
    assert who(out, "縣級責(zé)任單位負責") == [("縣級責(zé)任單位", "responsible")]
    assert who(out, "縣河長(zhǎng)制辦公室負責") == [("縣河長(zhǎng)制辦公室", "responsible")]
    assert who(out, "信息報送") == [("縣水務(wù)局", "support"), ("縣河長制辦公室", "responsible")]


NOTICE = ("南昌市人民政府办公厅关于整治丧葬陋俗的通知\n四、工作步骤\n1、宣传发动阶段\n"
          "各区于7月25日前将工作方案报市整治工作领导小组办公室。\n2、检查验收阶段\n"
          "市整治工作领导小组对各区整治活动开展情况进行全面检查。\n")


def test_a_coordinating_body_is_no_short_form_of_its_office(write_doc):
    result = build([write_doc(NOTICE)])
    named = {(a.raw.mention.text, a.unit.name) for a in result.assignments}
    assert not any(m == "市整治工作领导小组" and u.endswith("办公室") for m, u in named)
    assert any(m == "市整治工作领导小组" for m, _u in named)


def test_stems_skip_a_name_ending_in_a_groups_kind():
    r = Resolver(load_lexicon(None))
    pairs = [("南昌市", None), ("市整治工作领导小组办公室", None), ("市整治工作领导小组", None),
             ("县防汛抗旱指挥部办公室", None), ("县防汛抗旱指挥部", None)]
    assert r.stems(pairs, "南昌市", scope="d") == {}


def _lines(text):
    from kg.model import Line
    from kg.text import normalise
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_local_text_citing_the_state_council_is_not_the_states():
    from kg.resolve.jurisdiction import infer
    plan = ("防范电信网络诈骗宣传工作方案\n为有效遏制电信网络诈骗高发态势，在全县范围内开展宣传活动。\n"
            "一、指导思想\n认真贯彻落实国务院及省、市决策部署，结合我县电信网络诈骗案件高发类型开展宣传。\n")
    assert infer(_lines(plan), title="防范电信网络诈骗宣传工作方案").adcode is None
    # without the county speaking of itself, 国务院 still says the state
    state = plan.replace("结合我县", "结合各地")
    assert infer(_lines(state), title="防范电信网络诈骗宣传工作方案").adcode == "100000"
    # 本区域 is a region, not 本区
    region = plan.replace("结合我县", "结合本区域")
    assert infer(_lines(region), title="防范电信网络诈骗宣传工作方案").adcode == "100000"


VERBS = ("某市重点工作安排\n"
         "1.推进项目甲建设。（市发改委牵头，市财政局协同）\n"
         "2.推进项目乙建设。（市发改委主责，市财政局、市住建局协同配合）\n"
         "3.推进项目丙建设。（市发改委会同市财政局负责）\n"
         "4.推进项目丁建设。（市发改委牵头，市财政局、市住建局共同推进）\n"
         "5.推进项目戊建设。（市发改委牵头，市财政局支持）\n"
         "6.推进项目己建设。（市发改委牵头，各区政府具体实施）\n"
         "7.推进项目庚建设。（市发改委牵头，市财政局参与配合）\n")


def test_support_and_joint_verbs_in_a_bracketed_annotation(write_doc):
    out = read(write_doc, VERBS)
    assert who(out, "推进项目甲建设") == [("市发改委", "lead"), ("市财政局", "support")]
    assert who(out, "推进项目乙建设") == [("市发改委", "lead"), ("市财政局", "support"),
                                          ("市住建局", "support")]
    # 会同: the two do it together, neither the lead (the name is not cut inside 委会)
    assert who(out, "推进项目丙建设") == [("市发改委", "responsible"), ("市财政局", "responsible")]
    assert who(out, "推进项目丁建设") == [("市发改委", "lead"), ("市财政局", "responsible"),
                                          ("市住建局", "responsible")]
    assert who(out, "推进项目戊建设") == [("市发改委", "lead"), ("市财政局", "support")]
    assert who(out, "推进项目己建设") == [("市发改委", "lead"), ("各区政府", "responsible")]
    assert who(out, "推进项目庚建设") == [("市发改委", "lead"), ("市财政局", "support")]


def test_a_support_verb_after_how_it_is_done_and_a_leads_with_what_it_does(write_doc):
    out = read(write_doc, "某市重点工作安排\n"
                          "1.推进项目甲建设。（市发改委牵头，市财政局积极配合）\n"
                          "2.推进项目乙建设。（市发改委牵头，市财政局、市住建局密切配合）\n"
                          "3.推进项目丙建设。（市发改委牵头组织，市财政局做好配合）\n"
                          "4.推进项目丁建设。（市发改委牵头，市财政局协同落实）\n"
                          "5.推进项目戊建设。（市发改委牵头，市财政局配合实施）\n")
    assert who(out, "推进项目甲建设") == [("市发改委", "lead"), ("市财政局", "support")]
    assert who(out, "推进项目乙建设") == [("市发改委", "lead"), ("市财政局", "support"),
                                          ("市住建局", "support")]
    assert who(out, "推进项目丙建设") == [("市发改委", "lead"), ("市财政局", "support")]
    assert who(out, "推进项目丁建设") == [("市发改委", "lead"), ("市财政局", "support")]
    assert who(out, "推进项目戊建设") == [("市发改委", "lead"), ("市财政局", "support")]


def test_a_label_stated_with_wei_and_clauses_parted_by_a_dunhao_or_a_space(write_doc):
    out = read(write_doc, "某市重点工作安排\n"
                          "1.推进项目甲建设。（牵头单位为市发改委，配合单位为市财政局）\n"
                          "2.推进项目乙建设。（市发改委牵头、市财政局配合）\n"
                          "3.推进项目丙建设。（市发改委牵头 市财政局、市住建局配合）\n")
    for anchor in ("推进项目甲建设", "推进项目乙建设"):
        assert who(out, anchor) == [("市发改委", "lead"), ("市财政局", "support")]
    assert who(out, "推进项目丙建设") == [("市发改委", "lead"), ("市财政局", "support"),
                                          ("市住建局", "support")]


def test_a_carry_over_rule_in_the_cover_notice_goes_to_every_annotated_task(write_doc):
    for rule in ("各县（市、区）人民政府，市直各部门：\n现将任务分解印发给你们。以下各项任务均需各县（市、区）"
                 "人民政府落实，不再单独列出。\n",
                 "（以下任务均需各县（市、区）人民政府落实，不再列出）\n"):
        out = read(write_doc, "某市2024年重点工作任务分解\n" + rule
                   + "1.推进项目甲建设。（市发改委负责）\n2.推进项目乙建设。（市财政局负责）\n")
        assert who(out, "推进项目甲建设") == [("市发改委", "responsible"),
                                              ("各县（市、区）人民政府", "responsible")]
        assert who(out, "推进项目乙建设") == [("市财政局", "responsible"),
                                              ("各县（市、区）人民政府", "responsible")]


def test_a_field_line_whose_label_is_followed_by_a_space(write_doc):
    from kg.extract.annotations import spaced_field
    out = read(write_doc, "某市重点工作安排\n1.推进项目甲建设。\n牵头单位 市发改委\n配合单位 市财政局、市住建局\n"
                          "2.推进项目乙建设。\n责任单位　各乡镇（街道）\n完成时限 2024年6月底前\n")
    assert who(out, "推进项目甲建设") == [("市发改委", "lead"), ("市财政局", "support"),
                                          ("市住建局", "support")]
    assert who(out, "推进项目乙建设") == [("各乡镇（街道）", "responsible")]
    assert spaced_field("牵头单位 市发改委") == "牵头单位：市发改委"
    # a table's header, and a label followed by words of another language, are no field
    assert spaced_field("牵头单位 配合单位 完成时限") is None
    assert spaced_field("完成时限 columns, an empty cell") is None
