"""The lead's probes of session 49, written as short fixtures (every case was misread before):

- a leading group's make-up written in a sentence, not in labelled lines (``组长由县长王强担任，副组长由副县长
  李明、刘洋担任，成员由县农业农村局、县财政局主要负责同志组成``; ``由市长任组长，分管副市长任副组长``;
  ``区建设局局长曹庆良任组长``; ``成员单位包括A、B``; ``各乡镇主要领导为成员``): its people are the group's
  seats (组长, 副组长, with their posts) and the bodies named are its members (role member, via group, the
  seat as the label); only labelled lines (``组　长：…``) were read, and nothing of the sentence was kept.
  The group's office stated on the same line (``成立X领导小组，…。领导小组办公室设在Y``) is X's office (it was
  a group named ``领导小组``, no one's).
- a post opening with its organ after a bare place (``镇党委书记``): the place's organ (白沙镇党委), not the
  township.
- a township's own government written by its level word in its own document (``镇人民政府`` in 柳林县白沙镇's
  notice): that township's government (it was kept as written, unresolved); a township's document whose county
  is not named (``白沙镇人民政府关于…``, several townships of the name): placed in the township by name (its
  jurisdiction was unknown, and the warning said no issuer could be read).
- a Party committee's organs written bare after one named with the committee (``市委组织部、宣传部、统战部``)
  where no lexicon knows the committee: the same committee's (中共池州市委宣传部; they were unresolved
  units named 宣传部, 统战部).
"""
from kg.extract.annotations import unit_items
from kg.pipeline import build

from test_conventions import read, who

GROUP = ("青阳县人民政府办公室关于成立青阳县人居环境整治提升工作领导小组的通知\n"
         "青政办〔2024〕12号\n"
         "为加强组织领导，县政府决定成立青阳县人居环境整治提升工作领导小组。组长由县长王强担任，副组长由副县长"
         "李明、刘洋担任，成员由县农业农村局、县住房城乡建设局、县财政局、县生态环境局主要负责同志组成。"
         "领导小组办公室设在县农业农村局，办公室主任由县农业农村局局长张伟兼任。\n")


def _members(result):
    return {(a.raw.mention.text, a.unit.name, a.raw.label) for a in result.assignments
            if a.raw.via == "group" and a.raw.role == "member"}


def test_a_group_s_make_up_written_in_a_sentence(write_doc):
    result = build([write_doc(GROUP, "g.txt")])
    seats = {(m.group, m.person, m.role, tuple(p.unit for p in m.posts))
             for e in result.enrichment.values() for m in e.groups}
    g = "青阳县人居环境整治提升工作领导小组"
    assert {(g, "王强", "组长", ("县人民政府",)), (g, "李明", "副组长", ("县人民政府",)),
            (g, "刘洋", "副组长", ("县人民政府",))} <= seats
    members = _members(result)
    for unit in ("县农业农村局", "县住房城乡建设局", "县财政局", "县生态环境局"):
        assert (unit, "成员单位") in {(m, lab) for m, _u, lab in members}, unit
    assert ("县人民政府", "青阳县人民政府", "组长") in members
    offices = [o for e in result.enrichment.values() for o in e.offices]
    assert [(o.group, o.sits_in) for o in offices] == [(g, "县农业农村局")]


def test_seats_taken_and_members_named_as_the_group_s(write_doc):
    result = build([write_doc(
        "某市城乡环境卫生管理办法\n"
        "第四条 成立某市城乡环境卫生管理工作领导小组，由市长任组长，分管副市长任副组长，各乡镇人民政府、"
        "市城管局、市住建局主要领导为成员，领导小组统一领导全市城乡环境卫生管理工作。\n"
        "第五条 成立创建文明城市工作领导小组，由区建设局党委书记、局长曹庆良任组长，区建设局副局长王进德任副组长。\n",
        "m.txt")])
    seats = {(m.person, m.role) for e in result.enrichment.values() for m in e.groups}
    assert {("曹庆良", "组长"), ("王进德", "副组长")} <= seats
    members = {(m, lab) for m, _u, lab in _members(result)}
    assert {("市人民政府", "组长"), ("市城管局", "成员单位"), ("市住建局", "成员单位"),
            ("各乡镇人民政府", "成员单位")} <= members
    groups = {a.raw.mention.text: t.text for a in result.assignments for t in result.tasks
              if a.task_id == t.task_id and a.raw.via == "group"}
    assert groups["市城管局"] == "某市城乡环境卫生管理工作领导小组"
    assert groups["区建设局"] == "创建文明城市工作领导小组"


def test_a_member_list_of_units_and_the_office_s_people_are_no_members(write_doc):
    result = build([write_doc(
        "关于成立某县第五次经济普查领导小组的通知\n"
        "领导小组成员单位由县委宣传部、县财政局、县统计局等12个部门组成。办公室成员由各成员单位联络员组成。"
        "工作小组成员为7人以上单数。\n", "p.txt")])
    members = {m for m, _u, _lab in _members(result)}
    assert members == {"县委宣传部", "县财政局", "县统计局"}


def test_a_party_organ_titles_a_bare_township_s_committee(write_doc):
    result = build([write_doc(
        "中共白沙镇委员会 白沙镇人民政府\n关于印发《白沙镇人居环境整治提升行动方案》的通知\n"
        "成立白沙镇人居环境整治提升工作领导小组，组长由镇党委书记李明担任，副组长由镇长王强担任。\n", "b.txt")])
    posts = {m.person: [(p.unit, p.title) for p in m.posts] for e in result.enrichment.values()
             for m in e.groups}
    assert posts["李明"] == [("镇党委", "书记")]
    assert posts["王强"] == [("镇人民政府", "镇长")]


def test_a_township_s_own_government_and_place(write_doc):
    out = read(write_doc, "柳林县白沙镇人民政府关于印发人居环境整治方案的通知\n\n"
                          "一、开展村庄清洁行动。（责任单位：镇农业综合服务中心、镇人民政府）\n")
    names = {(a.raw.mention.text, a.unit.name, a.unit.resolved) for a in out[0].assignments}
    assert ("镇人民政府", "柳林县白沙镇人民政府", True) in names
    result = build([write_doc("白沙镇人民政府关于印发人居环境整治方案的通知\n\n"
                              "一、开展村庄清洁行动。（责任单位：镇农业综合服务中心）\n", "w.txt")])
    (doc,) = result.documents
    assert doc.jurisdiction == "白沙镇" and doc.place.how == "issuer"
    (a,) = result.assignments
    assert a.unit.name == "白沙镇农业综合服务中心" and a.unit.jurisdiction == "白沙镇"


def test_a_party_committee_s_organs_written_bare_after_it(write_doc):
    assert unit_items("市委组织部、宣传部、统战部", lambda n: False) == [
        ("市委组织部", None), ("宣传部", "市委宣传部"), ("统战部", "市委统战部")]
    # (a government's bureau after a committee's department is the government's, placed as any)
    assert unit_items("县委宣传部、发展改革局", lambda n: False) == [("县委宣传部", None), ("发展改革局", None)]
    out = read(write_doc, "青阳县人民政府办公室关于印发青阳县文明城市创建工作方案的通知\n青政办〔2024〕13号\n\n"
                          "三、规范市场秩序。（责任单位：县委组织部、宣传部、统战部）\n")
    names = {a.raw.mention.text: (a.unit.name, a.unit.resolved) for a in out[0].assignments}
    assert names == {"县委组织部": ("中共青阳县委组织部", True), "宣传部": ("中共青阳县委宣传部", True),
                     "统战部": ("中共青阳县委统一战线工作部", True)}


def test_a_joint_meeting_made_of_bodies_and_its_convener(write_doc):
    # 联席会议由A、B…等N个单位组成 (no 成员 word), 由X主要负责同志担任召集人, a group set up by 调整完善
    result = build([write_doc(
        "关于同意调整完善网络市场监管部际联席会议制度的函\n"
        "为强化部门间协调配合，调整完善网络市场监管部际联席会议（以下简称联席会议）制度。\n"
        "联席会议由市场监管总局、中央宣传部、公安部、商务部等14个单位组成，市场监管总局为牵头单位。\n"
        "联席会议由市场监管总局主要负责同志担任召集人，各成员单位有关负责同志为联席会议成员。\n"
        "联席会议办公室设在市场监管总局，承担联席会议日常工作。\n", "j.txt")])
    members = _members(result)
    assert {m for m, _u, _lab in members} == {"市场监管总局", "中央宣传部", "公安部", "商务部"}
    offices = [o for e in result.enrichment.values() for o in e.offices]
    assert [(o.group, o.sits_in) for o in offices] == [("网络市场监管部际联席会议", "市场监管总局")]


def test_a_seat_held_by_bodies_named_bare(write_doc):
    # 省政府副秘书长王太晖及省统计局、省委宣传部相关负责人任副组长: the bodies named bare are members too
    result = build([write_doc(
        "湖北省第四次全国经济普查领导小组成立\n"
        "领导小组由省委常委、常务副省长黄楚平任组长，省政府副秘书长王太晖及省统计局、省委宣传部、省财政厅相关"
        "负责人任副组长。\n", "h.txt")])
    seats = {(m.person, m.role) for e in result.enrichment.values() for m in e.groups}
    assert seats == {("黄楚平", "组长"), ("王太晖", "副组长")}
    members = {m for m, _u, _lab in _members(result)}
    assert {"省统计局", "省委宣传部", "省财政厅"} <= members


def test_a_note_s_blanket_rule_naming_its_holders_before_jun(write_doc):
    # （注：…；各项任务各县（市、区）人民政府均需落实，不再一一列出）: the holders written before 均需 (lost:
    # only 由/需 before them was read, and the words after 需 were taken for the names)
    out = read(write_doc, "某某市人民政府办公室关于印发某某市优化营商环境三年行动方案的通知\n"
                          "（注：每项任务排在第一位的为牵头单位，其他为配合单位；各项任务各县（市、区）人民政府均需落实，"
                          "不再一一列出）\n"
                          "1.深化“一网通办”。（市政务服务中心、市大数据局）\n"
                          "2.推行“一件事一次办”。（市政务服务中心、市公安局）\n")
    assert who(out, "一网通办") == [("市政务服务中心", "lead"), ("市大数据局", "support"),
                                  ("各县（市、区）人民政府", "responsible")]
    assert ("各县（市、区）人民政府", "responsible") in who(out, "一件事一次办")


def test_a_star_legend_with_the_star_in_quotes(write_doc):
    out = read(write_doc, "某某县2024年民生实事实施方案\n以下任务中，带“★”的单位为牵头单位。\n"
                          "1.新建城区公办幼儿园2所。责任单位：县教育局★、县住建局。\n")
    assert who(out, "公办幼儿园") == [("县教育局", "lead"), ("县住建局", "responsible")]


def test_a_rule_for_the_tasks_below_written_after_an_item(write_doc):
    # 以下各项任务均由X配合落实，不再列出 on the line after item 2 (read with item 2's lines): items 3-4's,
    # not item 2's
    out = read(write_doc, "某某县2024年民生实事实施方案\n"
                          "1.新建城区公办幼儿园2所。责任单位：县教育局。\n"
                          "2.改造老旧小区15个。责任单位：县住建局、县财政局。\n"
                          "以下各项任务均由各乡镇人民政府配合落实，不再列出。\n"
                          "3.新建农村公路30公里。责任单位：县交通运输局。\n")
    assert who(out, "老旧小区") == [("县住建局", "responsible"), ("县财政局", "responsible")]
    assert who(out, "农村公路") == [("县交通运输局", "responsible"), ("各乡镇人民政府", "support")]


def test_a_securities_regulator_s_local_office_is_the_state_s():
    from kg.resolve.jurisdiction import Jurisdiction
    from kg.resolve.lexicon import load_lexicon
    from kg.resolve.units import Resolver
    u = Resolver(load_lexicon()).resolve("湖南证监局", Jurisdiction("湖南省", "430000", "province", "issuer"))
    assert u.kind == "central"


def test_a_district_named_like_others_told_by_its_document_number(write_doc):
    # 鼓楼区 is a district of 南京, 徐州, 福州 and 开封: the 文号 tells which (榕 is 福州's character, 徐 徐州's
    # first, 京 北京's abbreviation); without a telling 文号 it stays a name without a code
    cases = {"榕鼓政办〔2024〕8号": ("鼓楼区", "350102"), "徐鼓政办〔2024〕8号": ("鼓楼区", "320302"),
             "鼓政办〔2024〕8号": ("鼓楼区", None)}
    for k, (number, (name, code)) in enumerate(cases.items()):
        result = build([write_doc("鼓楼区人民政府办公室关于印发2024年为民办实事项目的通知\n" + number + "\n\n"
                                  "1.新建社区食堂5个。（责任单位：区民政局）\n", f"g{k}.txt")])
        (doc,) = result.documents
        assert (doc.jurisdiction, doc.place.adcode) == (name, code), number
    result = build([write_doc("朝阳区人民政府关于印发2024年重点工作的通知\n京朝政发〔2024〕3号\n\n"
                              "1.新建社区食堂5个。（责任单位：区民政局）\n", "c.txt")])
    (doc,) = result.documents
    assert doc.place.adcode == "110105"


def test_the_office_s_seats_held_by_people_with_their_posts(write_doc):
    # 办公室主任由民政部部长李纪恒兼任；副主任由中央网信办副主任盛荣华，最高人民法院副院长杨万明兼任 (only
    # a name written with 同志 was read); 办公室成员由…担任 and 成员单位有关司局 name no member
    result = build([write_doc(
        "国务院办公厅关于成立国务院未成年人保护工作领导小组的通知\n"
        "领导小组办公室设在民政部，承担领导小组日常工作。办公室主任由民政部部长李纪恒兼任；常务副主任由民政部副部长"
        "高晓兵兼任；副主任由中央网信办副主任盛荣华，最高人民法院副院长杨万明兼任。办公室成员由领导小组成员单位有关司局"
        "负责同志担任。\n", "o.txt")])
    seats = {(m.person, m.role, m.posts[-1].unit) for e in result.enrichment.values() for m in e.groups}
    assert seats == {("李纪恒", "办公室主任", "民政部"), ("高晓兵", "办公室常务副主任", "民政部"),
                     ("盛荣华", "办公室副主任", "中央网信办"), ("杨万明", "办公室副主任", "最高人民法院")}
    assert "有关司局" not in " ".join(m for m, _u, _lab in _members(result))


def test_a_rule_for_the_items_above_in_brackets_or_by_their_numbers(write_doc):
    # （以上2项由县发改委负责） on a line of its own, 上述第6-7项任务均由县商务局负责落实 (read by prose only)
    out = read(write_doc, "青阳县人民政府办公室关于印发青阳县2024年稳经济若干措施的通知\n青政办〔2024〕30号\n"
                          "二、扩大有效投资\n4.加快专项债券发行使用。\n5.推进重大项目建设。\n（以上2项由县发改委负责）\n"
                          "三、促进消费\n6.开展消费券发放活动。（县商务局，2024年6月底前）\n7.举办汽车展销会。\n"
                          "上述第6-7项任务均由县商务局负责落实。\n")
    assert who(out, "专项债券") == [("县发改委", "responsible")]
    assert who(out, "重大项目建设") == [("县发改委", "responsible")]
    assert who(out, "汽车展销会") == [("县商务局", "responsible")]


def test_a_work_committee_s_own_department_is_one_name():
    # 省委教育工委宣传部 (the education work committee's publicity department) was split into 省委教育工委 and
    # 宣传部, which then read as the province's committee's own 宣传部
    for name in ("省委教育工委宣传部", "市直机关工委组织部"):
        assert unit_items(name, lambda n: False) == [(name, None)]
    assert unit_items("市直机关工委市财政局", lambda n: False) == [("市直机关工委", None), ("市财政局", None)]


def test_a_space_separated_row_whose_unit_cell_holds_a_bracketed_collective(write_doc):
    # 各县（市、区）政府 in a unit column of a space-separated row: one name (its 、 cut it in two, the cell
    # was joined to the deadline after it and the helpers lost)
    out = read(write_doc, "某某市2024年政府工作报告重点工作任务分解表\n序号 重点任务 牵头单位 配合单位 完成时限\n"
                          "1 城镇新增就业2.5万人 市人力资源社会保障局 各县（市、区）政府 2024年底\n")
    assert who(out, "城镇新增就业") == [("市人力资源社会保障局", "lead"), ("各县（市、区）政府", "support")]
    assert {a.raw.deadline for a in out[0].assignments} == {"2024-12"}


def test_an_article_closed_by_its_source_named_otherwise(write_doc):
    # （稿件来源：县农业农村局） as （来源：X） and （供稿单位：X）: the article's source (it was no annotation)
    out = read(write_doc, "青阳县人民政府公报 2024年第3期\n\n全县春季农业生产有序推进\n截至3月底，全县完成春播面积12万亩。\n"
                          "（稿件来源：县农业农村局）\n")
    rows = [(a.raw.mention.text, a.raw.role) for a in out[0].assignments]
    assert rows == [("县农业农村局", "source")]


def test_a_carry_over_rule_in_a_bracket_without_its_closing_words(write_doc):
    # （牵头单位：市发展改革委，以下各项任务均需各县（市、区）人民政府落实）: a rule, never a unit named
    # 以下各项任务均需各县（市、区）人民政府 (it was one, kind county_gov)
    out = read(write_doc, "某某市人民政府办公室关于印发某某市2024年乡村振兴重点任务的通知\n"
                          "3.发展乡村产业。（牵头单位：市发展改革委，以下各项任务均需各县（市、区）人民政府落实）\n"
                          "4.加强农村人居环境整治。（牵头单位：市住建局）\n")
    names = {a.raw.mention.text for a in out[0].assignments}
    assert not any("以下" in n for n in names)
    assert ("各县（市、区）人民政府", "responsible") in who(out, "农村人居环境整治")


def test_labelled_seats_holding_posts_and_bodies_without_names(write_doc):
    # 组　长：县长 / 成　员：县委办、县发改局…主要负责同志: no person named, nothing was kept
    result = build([write_doc("关于成立青阳县营商环境优化提升工作领导小组的通知\n\n组  长：县长\n"
                              "副组长：常务副县长、分管副县长\n成  员：县委办、县政府办、县发改局主要负责同志\n"
                              "领导小组办公室设在县发改局。\n", "l.txt")])
    members = {(m, lab) for m, _u, lab in _members(result)}
    assert members == {("县人民政府", "组长"), ("县委办", "成员单位"), ("县政府办", "成员单位"),
                       ("县发改局", "成员单位")}


def test_a_headquarters_named_after_its_make_up(write_doc):
    # 由县长任指挥长，…为成员，组成X指挥部: the group named after the sentence that makes it up
    result = build([write_doc("青阳县人民政府关于做好2024年防汛抗旱工作的通知\n\n由县长任指挥长，分管副县长任副指挥长，"
                              "县水利局、县应急管理局主要负责人为成员，组成青阳县防汛抗旱指挥部。\n", "f.txt")])
    groups = {a.raw.mention.text: t.text for a in result.assignments for t in result.tasks
              if a.task_id == t.task_id and a.raw.via == "group"}
    assert groups == {"县人民政府": "青阳县防汛抗旱指挥部", "县水利局": "青阳县防汛抗旱指挥部",
                      "县应急管理局": "青阳县防汛抗旱指挥部"}


def test_field_labels_followed_by_a_dash(write_doc):
    # 责任单位——X；配合单位——Y: the last dash's piece alone was read (Y responsible, X lost)
    out = read(write_doc, "青阳县人民政府办公室关于印发青阳县2024年重点工作任务的通知\n"
                          "4.推进数字政府建设。责任单位——县数据资源局；配合单位——县委网信办\n")
    assert who(out, "数字政府") == [("县数据资源局", "responsible"), ("县委网信办", "support")]


def test_a_township_named_as_issuer_and_collectives_that_are_none():
    from kg.resolve.jurisdiction import _unknown_place
    assert _unknown_place("白沙镇人民政府关于印发人居环境整治方案的通知") == "白沙镇"
    assert _unknown_place("宝山街道办事处关于印发重点工作的通知") == "宝山街道"
    # (an addressee line read as a title names no township)
    assert _unknown_place("各乡镇人民政府、街道办事处：") is None


def test_a_name_ending_in_bu_is_a_ministry_only_when_it_is_one():
    # 年级部, 销售部 (a school's, a company's) were ministries of the State, resolved; 教育部, 人社部, 铁道部 are
    from kg.resolve.jurisdiction import Jurisdiction
    from kg.resolve.lexicon import load_lexicon
    from kg.resolve.units import Resolver
    r = Resolver(load_lexicon())
    ks = Jurisdiction("昆山市", "320583", "county", "issuer")
    for name in ("年级部", "销售部", "财务部"):
        u = r.resolve(name, ks)
        assert (u.kind, u.resolved) != ("central", True), name
    for name, full in (("教育部", "教育部"), ("人社部", "人力资源和社会保障部"), ("铁道部", "铁道部")):
        u = r.resolve(name, ks)
        assert (u.name, u.kind, u.resolved) == (full, "central", True), name
