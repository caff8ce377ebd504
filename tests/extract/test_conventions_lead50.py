"""The lead's probes of session 50, written as short fixtures (every case was misread before):

- a collective whose levels close with a bracket, then a unit of its own after ``、`` (``各镇（区）、区财政局``,
  ``各县（市、区）、市交通局``, ``各村（社区）、镇林业站``): two units; the whole list was one collective, as if
  every level had a 财政局 of its own (``各市、区分局`` stays one collective: no bracket closes its levels).
- a township's plan titled by the township's name and the year (``城关镇2025年森林防火工作实施方案``): the
  township's own document, its ``镇应急办`` the township's (城关镇应急办) and the document placed in the township
  by name; its jurisdiction was unknown.
- the Youth League's committee by its formal name (``共青团银川市委员会``: it was a group named
  ``银川市共青团银川市委员会``) or a league's short form (``团盟委``: ``锡林郭勒盟团盟委``): the place's 团委, as
  ``团市委`` is.
- the Party committee's offices written without 委 (``市网信办``, ``县编办``, ``网信办`` after ``市委宣传部``): the
  committee's office, one unit with ``市委网信办`` (they were two units, one of them unresolved); the central
  offices of the names (``中央网信办``, ``国家网信办``, ``中央编办``) stay the State's; written bare in a list of
  the State's bodies (``公安部、商务部、网信办、编办``) the central offices; written bare in a county's text
  (``县人社局、民政局、编办``, ``编办负责…``) the county committee's office, as a bare 民政局 is the county's (编办
  was kept unresolved: a two-character name read as a generic word).
- a leader's field closed by a semicolon before the unit's label, no bracket (``…建设。包保县领导：李红（副县长）；
  责任单位：县卫健委``): the leader the task's post, the field out of the task's text (it stayed in the text
  and no post was read; a space closing the field was read already).
- a leader named with the post held (``王建国（常务副县长）``, ``副县长张伟``): a person (it was a post); a
  person's posts written before the post and name (``县委常委、副县长张伟``): one person (it was a post alone and
  a person).
- a yearbook's contributor by the writer's label (``（撰稿单位：市教育局）``): a contributor, as ``供稿单位：`` is
  (it was a mention).
- work moved from one holder to another with no label before it (``由县住建局划转至县城管局负责``): the new
  holder (it was 县住建局 and a unit named ``划转至县城管局``); in prose, a duty moved so (``将户外广告设置审批职责
  由县公安局调整为县城管局``) is the new holder's (nothing was read).
- a city's collective of its county-level governments (``各县（市、区）人民政府`` of 滁州市): its members are the
  county-level governments of that city the build names, of the kinds it names (``各县人民政府``: the 县 only), so
  a county's obligations through the collective are found for any government (members came only from a
  lexicon: Langfang's); so a province's collective of its cities (``各市（州）人民政府``) has the city and
  prefecture governments the build names, and a municipality's ``各区县人民政府`` its districts' and counties'.
- an autonomous place's short form with its level word (``阿坝州人民政府``, ``阿坝州林草局``): the place's own
  government and body, one unit with the ones its full name names (``阿坝藏族羌族自治州人民政府``; two units
  before, the short form kept as written).
- a document's signature right after its last item (``2.改造老旧小区10个。（…）`` / ``宁乡市人民政府办公室`` /
  ``2024年3月1日``): no text of that item (the issuer and the date were the item's last lines).
- a city bureau's branch named after one of its counties issuing (``长沙市生态环境局宁乡分局``, its notice to
  ``各镇人民政府``): placed in that county, its ``市农业农村局`` the county-level city's (it was 长沙市's).
"""
from kg.extract.annotations import post_refs, unit_items
from kg.pipeline import build
from kg.resolve.units import own_township_name

from test_conventions import read, who


def test_a_bracket_closes_a_collective_s_levels_before_a_unit_of_its_own():
    assert unit_items("各镇（区）、区财政局") == [("各镇（区）", None), ("区财政局", None)]
    assert unit_items("各县（市、区）、市交通局") == [("各县（市、区）", None), ("市交通局", None)]
    assert unit_items("各村（社区）、镇林业站") == [("各村（社区）", None), ("镇林业站", None)]
    # (no bracket, or a government each level has: one collective)
    assert unit_items("各市、区分局") == [("各市、区分局", None)]
    assert unit_items("各乡（镇）、街道办事处") == [("各乡（镇）、街道办事处", None)]


def test_a_collective_with_a_bracket_first_in_an_annotation(write_doc):
    out = read(write_doc, "某某区人民政府关于印发2024年重点工作任务的通知\n"
                          "1.完成老旧小区改造12个。（责任单位：各镇（区）、区财政局）\n"
                          "2.完成农村公路50公里。（责任单位：各县（市、区）、市交通局）\n")
    assert sorted(who(out, "完成老旧小区改造")) == [("区财政局", "responsible"), ("各镇（区）", "responsible")]
    assert sorted(who(out, "完成农村公路")) == [("各县（市、区）", "responsible"), ("市交通局", "responsible")]


TOWN = ("城关镇2025年森林防火工作实施方案\n"
        "为切实做好全镇森林防火工作，结合我镇实际，制定本方案。\n"
        "1.组建扑火队伍。组建30人的镇级半专业扑火队。（责任单位：镇应急办，3月15日前完成）\n")


def test_a_township_s_plan_titled_with_its_name_and_the_year(write_doc):
    assert own_township_name("城关镇2025年森林防火工作实施方案", None) == "城关镇"
    assert own_township_name("城关镇关于做好森林防火工作的通知", None) == "城关镇"
    assert own_township_name("关于印发乡镇2025年工作要点的通知", None) is None
    result = build([write_doc(TOWN, "t.txt")])
    assert [a.unit.name for a in result.assignments] == ["城关镇应急办"]
    assert result.documents[0].place.name == "城关镇"


def test_the_youth_league_s_committee_by_its_formal_name_and_at_a_league(write_doc):
    result = build([write_doc("银川市人民政府关于印发2024年民生实事的通知\n"
                              "1.开展青年就业见习。（团市委、市人社局）\n"
                              "2.组织青年创业大赛。（共青团银川市委员会）\n", "y.txt"),
                    write_doc("锡林郭勒盟行政公署办公室关于印发2024年稳就业工作要点的通知\n"
                              "1.做好高校毕业生就业。（盟人社局牵头，团盟委配合）\n", "x.txt")])
    got = {(a.raw.mention.text, a.unit.name, a.unit.kind) for a in result.assignments}
    assert ("共青团银川市委员会", "银川市团委", "social_org") in got
    assert ("团市委", "银川市团委", "social_org") in got
    assert ("团盟委", "锡林郭勒盟团委", "social_org") in got


def test_the_party_committee_s_offices_written_without_its_committee(write_doc):
    result = build([write_doc("扬州市人民政府办公室关于印发扬州市数字政府建设实施方案的通知\n"
                              "1.加强网络安全。（市网信办、市公安局）\n"
                              "2.推进政务数据共享。（市数据局、市委网信办、中央网信办、国家网信办）\n"
                              "3.加强宣传引导。（市委宣传部、网信办、市编办、市委编办、中央编办）\n", "y.txt")])
    got = {a.raw.mention.text: (a.unit.name, a.unit.kind) for a in result.assignments}
    office = ("中共扬州市委网络安全和信息化委员会办公室", "department")
    assert got["市网信办"] == got["市委网信办"] == got["网信办"] == office
    assert got["市编办"] == got["市委编办"] == ("中共扬州市委机构编制委员会办公室", "department")
    assert got["中央网信办"] == ("中央网络安全和信息化委员会办公室", "central")
    assert got["国家网信办"] == ("国家互联网信息办公室", "central")
    assert got["中央编办"] == ("中央机构编制委员会办公室", "central")


def test_a_leader_s_field_before_the_unit_s_label_closed_by_a_semicolon(write_doc):
    result = build([write_doc("凤台县人民政府办公室关于印发2024年重点项目包保责任表的通知\n"
                              "1.县人民医院新院区建设。包保县领导：李红（副县长）；责任单位：县卫健委；配合单位：县财政局\n",
                              "b.txt")])
    task = next(t for t in result.tasks if "新院区" in t.text)
    assert task.text == "县人民医院新院区建设。"
    posts = [(p.written, p.label) for e in result.enrichment.values() for p in e.posts
             if p.task_id == task.task_id]
    assert posts == [("李红（副县长）", "包保县领导")]
    assert sorted((a.raw.mention.text, a.raw.role) for a in result.assignments) == [
        ("县卫健委", "responsible"), ("县财政局", "support")]


def test_the_offices_written_bare_in_a_state_s_and_a_county_s_text(write_doc):
    result = build([write_doc("国务院办公厅关于成立某某工作部际联席会议的通知\n"
                              "联席会议由市场监管总局、中央宣传部、公安部、商务部、网信办、编办组成。\n", "s.txt"),
                    write_doc("旬阳县人民政府关于退役士兵安置问题的会议纪要\n"
                              "一、关于冬季退役士兵安置问题，由县人社局、民政局、编办负责，抓紧做好安置工作。\n"
                              "二、编办负责核定编制。\n", "c.txt")])
    got = {(a.raw.mention.source.file, a.raw.mention.text, a.unit.name, a.unit.resolved) for a in result.assignments}
    assert ("s.txt", "网信办", "中央网络安全和信息化委员会办公室", True) in got
    assert ("s.txt", "编办", "中央机构编制委员会办公室", True) in got
    county = {(m, u, r) for f, m, u, r in got if f == "c.txt" and m == "编办"}
    # (旬阳县 is 旬阳市 since 2021: the gazetteer's name)
    assert county == {("编办", "中共旬阳市委机构编制委员会办公室", True)}, county


GAZETTE = ("宁乡市人民政府办公室关于印发宁乡市2024年为民办实事项目的通知\n"
           "宁政办发〔2024〕5号\n"
           "各镇人民政府、街道办事处，市直各单位：\n"
           "1.新建农村公路50公里。（责任单位：市交通运输局）\n"
           "2.改造老旧小区10个。（责任单位：市住建局）\n"
           "宁乡市人民政府办公室\n"
           "2024年3月1日\n"
           "（此件公开发布）\n")
BRANCH = ("长沙市生态环境局宁乡分局关于加强大气污染防治的通知\n"
          "各镇人民政府、街道办事处：\n"
          "1.加强秸秆禁烧巡查。（责任单位：各镇街、市农业农村局）\n"
          "长沙市生态环境局宁乡分局\n"
          "2024年4月2日\n")


def test_a_signature_after_the_last_item_is_no_text_of_it(write_doc):
    result = build([write_doc(GAZETTE, "g.txt")])
    last = next(t for t in result.tasks if "老旧小区" in t.text)
    assert last.text == "改造老旧小区10个。"
    assert (last.span.first_line, last.span.last_line) == (5, 5)


def test_a_table_s_unit_and_date_lines_under_a_task_are_no_signature(write_doc):
    out = read(write_doc, "某市2024年重点任务\n1.推进企业开办。\n责任单位：市市场监管局\n完成时限：\n"
                          "2024年6月30日\n2.开展收费检查。\n责任单位：市发改委\n", "t.txt")
    assert who(out, "推进企业开办") == [("市市场监管局", "responsible")]
    # (a unit's line and a date's closing the document: no signer writes its name without its place)
    result = build([write_doc("某市2024年重点任务\n1.推进企业开办。\n市市场监管局\n2024年6月30日\n"
                              "2.开展收费检查。\n市发改委\n2024年9月30日\n", "u.txt")])
    last = next(t for t in result.tasks if "收费检查" in t.text)
    assert "市发改委" in last.text


def test_a_city_bureau_s_branch_named_after_its_county_issues_for_the_county(write_doc):
    result = build([write_doc(BRANCH, "b.txt")])
    assert result.documents[0].place.name == "宁乡市"
    got = {a.raw.mention.text: a.unit.name for a in result.assignments}
    assert got["市农业农村局"] == "宁乡市农业农村局"


def test_a_leader_named_with_the_posts_held_is_one_person():
    got = [(p.written, p.kind) for p in post_refs("县委常委、副县长张伟", "responsible", "责任领导")]
    assert got == [("县委常委、副县长张伟", "person")]
    got = [(p.written, p.kind) for p in post_refs("王建国（常务副县长）", "responsible", "包保县领导")]
    assert got == [("王建国（常务副县长）", "person")]
    # (posts held by no one named stay posts, each)
    got = [(p.written, p.kind) for p in post_refs("县委常委、常务副县长", "responsible", "责任领导")]
    assert got == [("县委常委", "post"), ("常务副县长", "post")]
    assert [p.kind for p in post_refs("分管副市长", "lead", "牵头领导")] == ["post"]


def test_a_contributor_by_the_writer_s_label(write_doc):
    result = build([write_doc("2023年德阳市国民经济和社会发展统计公报概况\n四、教育\n"
                              "全市共有普通高中30所。（撰稿单位：市教育局）\n", "c.txt")])
    assert [(a.raw.mention.text, a.raw.role, a.raw.via) for a in result.assignments] == [
        ("市教育局", "contributor", "contributor")]


def test_work_moved_to_another_holder(write_doc):
    out = read(write_doc, "某某县人民政府关于调整部分行政执法职责的通知\n"
                          "二、将城市道路占用许可由县住建局划转至县城管局负责。\n", "m.txt")
    assert who(out, "城市道路占用许可") == [("县城管局", "responsible")]
    from kg.extract.annotations import parse_annotation
    assert [u.mention for u in parse_annotation("由县住建局移交县城管局负责").units] == ["县城管局"]


def test_a_city_s_collective_of_county_governments_has_the_ones_named_as_members(write_doc):
    result = build([write_doc("滁州市人民政府办公室关于印发2024年重点工作的通知\n"
                              "1.扩大消费。（牵头单位：市商务局；配合单位：各县（市、区）人民政府）\n"
                              "2.建设高标准农田。（责任单位：各县人民政府）\n"
                              "3.推进天长市高新区建设。（责任单位：天长市人民政府）\n"
                              "4.推进绿色产业。（责任单位：明光市人民政府、来安县人民政府、琅琊区人民政府）\n", "c.txt")])
    by_id = {u.unit_id: u for u in result.units}
    members = {u.name: sorted(by_id[m].name for m in u.members) for u in result.units if u.kind == "collective"}
    assert sorted(members["各县（市、区）人民政府"]) == sorted(
        ["天长市人民政府", "明光市人民政府", "来安县人民政府", "琅琊区人民政府"])
    assert members["各县人民政府"] == ["来安县人民政府"]

    result = build([write_doc("四川省人民政府办公厅关于印发2024年重点工作的通知\n"
                              "1.推进双城经济圈建设。（责任单位：省发展改革委、各市（州）人民政府）\n"
                              "2.推进成都都市圈建设。（责任单位：成都市人民政府、德阳市人民政府）\n"
                              "3.推进川西生态屏障建设。（责任单位：阿坝州人民政府）\n", "p.txt")])
    by_id = {u.unit_id: u for u in result.units}
    members = {u.name: sorted(by_id[m].name for m in u.members) for u in result.units if u.kind == "collective"}
    assert sorted(members["各市（州）人民政府"]) == sorted(["成都市人民政府", "德阳市人民政府",
                                                       "阿坝藏族羌族自治州人民政府"])


def test_an_autonomous_place_s_short_form_names_one_unit_with_its_full_name(write_doc):
    result = build([write_doc("四川省人民政府办公厅关于印发2024年重点工作的通知\n"
                              "1.推进川西生态屏障建设。（责任单位：阿坝州人民政府）\n"
                              "2.推进草原保护。（责任单位：阿坝藏族羌族自治州人民政府、阿坝州政府）\n"
                              "3.推进林业。（责任单位：阿坝州林草局、阿坝藏族羌族自治州林业和草原局）\n", "a.txt")])
    got = {a.raw.mention.text: a.unit.unit_id for a in result.assignments}
    assert got["阿坝州人民政府"] == got["阿坝藏族羌族自治州人民政府"] == got["阿坝州政府"]
    assert got["阿坝州林草局"] == got["阿坝藏族羌族自治州林业和草原局"]

    result = build([write_doc("重庆市人民政府办公厅关于印发2024年重点工作的通知\n"
                              "1.推进城市更新。（责任单位：市住房城乡建委、各区县人民政府）\n"
                              "2.推进城口县发展。（责任单位：城口县人民政府、渝中区人民政府）\n", "m.txt")])
    by_id = {u.unit_id: u for u in result.units}
    members = {u.name: sorted(by_id[m].name for m in u.members) for u in result.units if u.kind == "collective"}
    assert sorted(members["各区县人民政府"]) == sorted(["城口县人民政府", "渝中区人民政府"])


def test_a_duty_moved_from_one_holder_to_another_in_prose(write_doc):
    result = build([write_doc("某某县人民政府关于调整部分行政执法职责的通知\n"
                              "一、将户外广告设置审批职责由县公安局调整为县城管局。\n", "p.txt")])
    assert [(a.raw.mention.text, a.raw.role, a.raw.via) for a in result.assignments] == [
        ("县城管局", "responsible", "prose")]
