"""Conventions seen in the collected set oo (unseen round of session 37), as short written
fixtures with variants not in the files: a paragraph running on the duties of several bodies,
one sentence each (``交通部门，负责…。教育部门，负责…``, a law database's page opening with
``[接上页]``), each sentence a task of its own; a rule's condition naming the wrongdoing
(``对违反规定…的行为，由所在地X、Y予以制止，并由Z…处理``: the locative 所在地 is no part of the
names, the later 由 clause of the same sentence names more doers); a meeting's decision approving
a text and naming who finishes it (``原则同意《…》，由X根据会议讨论意见修改完善后…``); a plan's
stage whose dates come before its doers (``集中宣传发动阶段。午季：5月20日至5月24日，各村结合
实际…``)."""
from test_conventions import read, who


def test_a_run_of_duties_one_body_each_is_cut_into_tasks(write_doc):
    out = read(write_doc, "[接上页] 交通部门，负责通村公路和道路建设。 教育部门，负责义务教育和成人教育。"
                          " 人口和计生部门，负责人口和计划生育达标工作。 旅游部门，指导发展旅游产业，"
                          "配合搞好旅游发展规划。 |\n")
    assert who(out, "交通部门，负责通村公路") == [("交通部门", "responsible")]
    assert who(out, "教育部门，负责义务教育") == [("教育部门", "responsible")]
    # 负责人口 is a duty on population, not 负责人 (a person in charge); 和 inside the name
    assert who(out, "人口和计生部门，负责") == [("人口和计生部门", "responsible")]
    # 配合搞好… is the body's own duty verb, no support of another body
    assert who(out, "旅游部门，指导") == [("旅游部门", "responsible")]


def test_one_body_and_its_duty_or_a_run_of_non_units_is_no_run(write_doc):
    # one such sentence only: a duty in prose (the duty reader's), not a run
    out = read(write_doc, "市交通局，负责全市道路建设的统筹协调工作。\n")
    _, _, got = out
    assert not got
    # the names must be units: a topic and a comma (宣传发动，负责…) is no body
    out = read(write_doc, "宣传发动，负责人员由各村确定。 检查验收，负责人员由镇里抽调。\n")
    _, _, got = out
    assert not got


def test_a_condition_naming_the_wrongdoing_then_its_agents(write_doc):
    out = read(write_doc, "四、對違反規定露天焚燒農作物秸稈的行為，由所在地鄉（鎮）人民政府、街道辦事處予以制止，"
                          "并由有權機關依據有關規定進行處理。\n"
                          "五、对擅自占用道路的情形，由当地城市管理部门责令改正。\n")
    # traditional script read through its simplified form, the names kept as written; the
    # locative 所在地/当地 is no part of the names; the later 由 clause adds its doer
    assert who(out, "對違反規定露天焚燒") == [("鄉（鎮）人民政府", "responsible"),
                                         ("街道辦事處", "responsible"), ("有權機關", "responsible")]
    assert who(out, "对擅自占用道路") == [("城市管理部门", "responsible")]


def test_a_meeting_approves_a_text_and_names_who_finishes_it(write_doc):
    out = read(write_doc, "会议研究了管护办法相关事宜。会议确定：原则同意《吴堡县高标准农田项目建后管护办法》"
                          "《吴堡县节水农业工程建后管护制度（试行）》，由县农业农村局根据会议讨论意见修改完善后，"
                          "以县政府办名义印发。\n"
                          "会议审议通过《县城市容管理办法》，由县城管局、县住建局负责组织实施。\n")
    assert who(out, "由县农业农村局根据") == [("县农业农村局", "responsible")]
    assert who(out, "由县城管局、县住建局") == [("县城管局", "responsible"), ("县住建局", "responsible")]


def test_an_approval_without_a_unit_after_it_is_no_task(write_doc):
    out = read(write_doc, "会议原则同意《县国土绿化试点方案》，由分管副县长牵头抓好落实。\n")
    _, _, got = out
    assert not got


def test_a_stage_whose_dates_come_before_its_doers(write_doc):
    out = read(write_doc, "（一）集中宣传发动阶段。午季：5月20日至5月24日（秋季：9月20至9月24日），各村结合实际，"
                          "制定切实可行的工作措施。\n"
                          "（二）全面整治阶段。6月1日至6月30日，县城管局、各镇人民政府对重点路段进行集中整治。\n")
    assert who(out, "集中宣传发动阶段") == [("各村", "responsible")]
    assert who(out, "全面整治阶段") == [("县城管局", "responsible"), ("各镇人民政府", "responsible")]


def test_a_topic_sentence_with_no_dates_is_not_skipped_for_the_doers(write_doc):
    # (加强党建引领社区服务。坚持和加强党对…的全面领导: the topic stays, its words no doer)
    out = read(write_doc, "（三）加强党建引领社区服务。坚持和加强党对城乡社区服务体系建设的全面领导。\n")
    _, _, got = out
    assert not got


def test_a_meetings_requirement_of_named_bodies(write_doc):
    out = read(write_doc, "9月5日下午，县长主持召开县政府常务会议。\n"
                          "会议传达了有关重要指示精神。会议要求，各相关部门要深入学习贯彻重要指示精神，"
                          "进一步加强文化遗产保护。同时，要用好用活文化资源。\n\n"
                          "会议研究了老旧小区改造工作。会议强调，县住建局、县城管局必须加快推进老旧小区改造。\n")
    assert who(out, "各相关部门要深入学习") == [("各相关部门", "responsible")]
    assert who(out, "县住建局、县城管局必须") == [("县住建局", "responsible"), ("县城管局", "responsible")]


def test_a_requirement_with_no_meeting_or_no_named_body_is_no_task(write_doc):
    # a notice's own requirements of the bodies it is sent to (no 会议), a meeting's requirement
    # naming no body, and one naming a pronoun or a person
    out = read(write_doc, "各相关部门要高度重视，认真抓好落实。\n"
                          "会议要求，要明确工作任务，早谋划、早着手。\n"
                          "会议强调，该局要加快推进。会议要求，张三同志要亲自抓。\n")
    _, _, got = out
    assert not got


def test_an_item_naming_the_owners_of_its_work_and_who_helps(write_doc):
    out = read(write_doc, "三、各鄉（鎮）人民政府、街道辦事處是農作物秸稈禁燒工作的責任主體，生態環境、交通、公安、"
                          "消防等相關部門要配合鄉鎮街做好執法工作。\n"
                          "四、县住建局是本县城镇燃气安全监管的牵头单位，县市场监管局、县应急局积极配合。\n")
    # the owners responsible (牵头单位: lead); the helpers of a later clause support; the bare
    # sectors of a list ending in 等相關部門 are departments, the collective one more
    assert who(out, "是農作物秸稈禁燒工作") == [
        ("各鄉（鎮）人民政府", "responsible"), ("街道辦事處", "responsible"), ("生態環境", "support"),
        ("交通", "support"), ("公安", "support"), ("消防", "support"), ("相關部門", "support")]
    assert who(out, "是本县城镇燃气安全") == [("县住建局", "lead"), ("县市场监管局", "support"),
                                          ("县应急局", "support")]


def test_owners_that_are_no_units_or_a_list_of_non_sectors_are_not_read(write_doc):
    out = read(write_doc, "一、企业法定代表人是本单位安全生产的第一责任人。\n"
                          "二、本办法是我县秸秆禁烧工作的责任主体依据。\n")
    _, _, got = out
    assert not got
    from kg.extract import annotations as ann
    # a field after the government the list is written after is that government's department
    # (units-dlc round 12: 国务院林业草原等有关部门, the State Council's forestry department and the
    # others concerned; was left without a lookup)
    assert ann.unit_items("国务院林业草原等有关部门") == [("国务院林业草原", "国务院林业草原部门"), ("有关部门", None)]
    # a named body before 等有关部门 is no bare sector: no 部门 is added to it
    assert ann.unit_items("省人民政府办公厅、财政等有关部门")[0] == ("省人民政府办公厅", None)
    assert ann.unit_items("市、区人民政府的发展计划、规划等有关部门")[0] == ("市", None)


def test_a_short_form_the_document_defines_for_a_unit_is_a_unit(write_doc):
    out = read(write_doc, "为做好山洪灾害防御，成立县防汛防台抗旱指挥部（以下简称县防指）。\n"
                          "一、完善隐患排查机制。（县防指牵头，县水务局、各乡镇人民政府配合）\n"
                          "二、加强监测预警。（县气象台负责）\n")
    assert who(out, "完善隐患排查机制") == [("县防指", "lead"), ("县水务局", "support"),
                                       ("各乡镇人民政府", "support")]
    from kg.extract import annotations as ann
    # the unit before the bracket: the longest run opened by a level word (an article's number
    # glued before it is no part of it); a short form that is a unit's name, or a term that is no
    # unit's short form (在线平台), is no alias
    assert ann.document_aliases(["第四条市防汛防台抗旱指挥部(以下简称市防指)指挥协调"]) == {
        "市防指": "市防汛防台抗旱指挥部"}
    assert ann.document_aliases(["依托省投资项目在线审批监管平台（以下简称在线平台），梳理项目",
                                 "县人民政府办公室（以下简称县政府办）负责"]) == {}


def test_a_topic_line_closing_with_its_full_stop(write_doc):
    out = read(write_doc, "（二）动态开展隐患排查。\n"
                          "县安委办结合全县安全生产检查，组织相关部门开展隐患排查。\n")
    assert who(out, "动态开展隐患排查") == [("县安委办", "responsible")]


def test_an_excerpt_opening_inside_a_list_then_a_later_top_item(write_doc):
    # the excerpt opens at （十二） (its 三、 cut off above it): 四、 is a later item of the top list,
    # not a sub-item of （十五）, which stays an item of its own and is read
    out = read(write_doc, "（十二）监察部门负责按相关规定进行查处。\n"
                          "（十三）民宗部门协助民政部门负责宣传教育。\n"
                          "四、工作步骤\n"
                          "（一）集中整治\n"
                          "1、宣传发动阶段（7月-8月）\n"
                          "各区结合本区实际，制定整治活动实施方案。\n")
    _, tasks, _ = out
    assert who(out, "民宗部门协助民政部门") == [("民宗部门", "support"), ("民政部门", "responsible")]
    paths = {t.path for t in tasks.values()}
    assert ("四",) in paths and ("四", "（一）") in paths
    assert not any(p[0] == "（十三）" and len(p) > 1 and p[1] != "duty1" for p in paths)


def test_a_top_item_after_a_list_the_excerpt_holds_from_its_start_stays_below_it(write_doc):
    # the list opens at its first item in the excerpt: the order of appearance ranks the markers
    out = read(write_doc, "（一）加强组织领导。\n"
                          "二、明确工作职责\n"
                          "（二）强化督查考核。\n")
    _, tasks, _ = out
    paths = {t.path for t in tasks.values()}
    assert ("（一）", "二") in paths
