"""The lead's probes of session 47, written as short fixtures (every case was misread before):

- units named as holding a label inside the annotation (``（县农业农村局为第一责任单位，县财政局为协同
  单位）``, ``县农业农村局作为牵头单位``, ``县财政局是责任主体``): the label's role (the names were read
  whole, ``县农业农村局为第一责任单位`` an unresolved unit; ``作为牵头单位`` left a unit ``县农业农村局作``).
  The first responsible unit leads, as 主要责任单位 does. A rule naming one label by another
  (``（第一责任单位为牵头单位，下同）``) still names no unit.
- a zone named as a unit (``县开发区``, ``立山经济开发区``, ``湘江新区``, ``荒湖管理区``) is a zone, as its
  committee (``…管委会``) is (kind other before).
- milestones in a deadline field (``时间节点：3月底前完成方案，6月底前开工，12月底前完工``): the work
  is done by the last (the first was taken); an undated milestone after a dated one is in its year.
- a Party committee's body in a short form that leaves out the committee's 委 (``县直机关工委``,
  ``市直机关工委``: the committee's work committee for the organs directly under it) is that
  committee's (中共X县委直属机关工作委员会, resolved; it was named 县委直属机关工作委员会 with no place,
  unresolved, as 县直 opens the collectives 县直各单位, 县直部门, which stay collectives);
  ``昆山市直机关工委`` with its place as well (named without 中共 before).
- kinds: a committee's or government's office named by its work (``县委党史研究室``, ``县委县政府督查室``)
  and a commission's organs (``县纪委监委机关``) are departments, a committee's school (``县委党校``) an
  institution (all kind other before); a ministry's 司 (``科技司``, ``部科技司``) a department and its
  institutes (``部公路院``, ``部规划研究院``) institutions (kind other before; still kept within their
  document, as a ministry's own bodies are).
- a heading listing the units that do the items under it (``三、市人社局、市财政局``, ``市商务局、市公安局：``
  over numbered items): each unit takes the items (they took none, the colon form's items the unit
  of the heading before); the last item of a list followed by the notice's attachment line
  (``附件：责任分工表``) keeps its heading's unit (read as cut off by the input's edge before).
- a leading group's member with a government's head title (``县长``, ``常务副县长``, ``清源镇镇长``): a post
  of that government (no unit without a lexicon before; ``清源镇镇长`` a title with no unit).
- a time limit in a bracket of fields naming no unit after a sentence that names the units
  (``二、县教体局负责做好学位调配工作（责任人：李某某，完成时限：8月底）。``, a meeting's 议定事项): the
  units' deadline (lost before: the bracket was read alone, its deadline given to no row).
- role marks in another bracket or of another word (``县发改委〔牵头〕``: the annotation was lost whole;
  ``县商务局（协同）``: kept in the name, responsible), and the main doer's verbs ``为主`` and ``主要负责``
  (``（县住建局为主，县城管局配合）``, ``（县人社局主要负责，县财政局协助）``: the annotations were lost whole).
- a department after one named with its level's rank (``县级财政部门和水务部门``, ``县级以上人民政府财政部门
  和水务部门``) shares it: 县级水务部门 (it was the document's own government's, 六盘水市水务部门, as a
  bare name is alone).
- a gazette's articles, each a title and paragraphs closed by who contributed it on a line of its own
  (``（市统计局供稿）``, ``（供稿单位：市发改委、市市场监管局）``, ``（市应急局 供稿）``) with no numbered item:
  each paragraph is a task of its contributors (the lines were not read at all, the contributors lost
  in silence: only a numbered item's bracket was read).
- an annotation line whose list a trailing 、 leaves open, going on in the next line (``责任单位：县发改局、
  县财政局、`` / ``县住建局、县自然资源局`` / ``完成时限：2024年12月``): one list (the next line's units were
  lost and the time limit after them with them; ``配合单位：县发改局、`` / ``各乡镇`` as the input's end was
  read as cut off); a bracket a task's line leaves open and the next line closes after a time limit
  field (``…（责任单位：县发改局、县财政局，`` / ``完成时限：2024年12月）。``): one annotation (the second line was
  read as an annotation line of its own, the deadline ``2024年12月）``, the first reported unclosed).
- a task's line read whole as an annotation line because its clauses end like names
  (``5.深化国企改革，推动区属国企整合重组，年底前完成。区财政局（区国资办）牵头，区发改委配合。``: 革 ends 民革, 组
  ends 小组): two units made of the task's words (``5.深化国企改革``, ``推动区属国企整合重组``); a clause opening
  with the work's verb is no name (one closing with 改革 may be: 县（市、区）发展改革, a field); so too
  ``1.成立工作专班，组建督导组。县委办牵头，县政府办配合。`` and ``4.建设县级综合服务中心，提升乡镇卫生院。…``
  (four garbage units before; now the closing clauses' units, as pb51 reads them). A list's number
  opening a piece makes it no name either. ``县委组织部`` in a text naming no place is a department
  (kind other before).
- a township's red header of joint issuers on one line (``中共渔峡口镇委员会 渔峡口镇人民政府``, its space
  closed up in the issuer): the township is the document's (its 镇财政所 is 渔峡口镇财政所, the document
  placed in 长阳土家族自治县; all were bare and unplaced before); a township's Party committee
  (``中共红桥镇委员会``) is never the district named by its short form (红桥区: the document was placed in
  Tianjin).
- a law-enforcement team (``由市容环境整治联合执法组负责…``): one unit of the group kind (the duty reader refused
  the name and took ``市容环境整治联``, cut at the 联 of 妇联); inspection teams (督导组, 督查组) are left as they
  were (taking them moved prose n133 and n227 the wrong way).
"""
from kg.extract import annotations as ann
from kg.extract.deadlines import later_of
from kg.extract import actors
from kg.model import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver, guess_kind as kind_of

from test_conventions import read, who

PLAN = ("寿县2024年重点工作任务分工\n"
        "1.推进项目甲。（责任单位：县农业农村局为第一责任单位，县财政局为协同单位）\n"
        "2.推进项目乙。（县农业农村局作为牵头单位，县财政局、县发改局作为配合部门）\n"
        "3.推进项目丙。（责任单位：县自然资源局；时间节点：3月底前完成方案，6月底前开工，12月底前完工）\n"
        "4.推进项目丁。（责任单位：各乡镇、县开发区）\n"
        "5.推进项目戊。（责任单位：县发改委、县财政局（第一责任单位为牵头单位，下同））\n")


def test_units_named_as_holding_a_label(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "项目甲") == [("县农业农村局", "lead"), ("县财政局", "support")]
    assert who(out, "项目乙") == [("县农业农村局", "lead"), ("县财政局", "support"),
                                 ("县发改局", "support")]
    assert ann.split_verb("县财政局是责任主体") == ("县财政局", "responsible")


def test_a_rule_naming_a_label_by_a_label_names_no_unit(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "项目戊") == [("县发改委", "lead"), ("县财政局", "responsible")]
    assert ann.split_verb("第一责任单位为牵头单位")[0] == "第一责任单位"   # no unit: the rule's


def test_the_last_milestone_of_a_deadline_field(write_doc):
    result, tasks, _ = read(write_doc, PLAN)
    deadline = {tasks[a.task_id].source_text[:6]: a.raw.deadline for a in result.assignments}
    assert deadline["3.推进项目"] == "2024-12"
    assert later_of("2024-03", "12月底前完工") == "12月底前完工"
    assert later_of("2024-10", "3月底前") == "2024-10"      # maybe the next year's: the first kept


def test_a_zone_named_as_a_unit(write_doc):
    result, _, _ = read(write_doc, PLAN)
    kinds = {a.raw.mention.text: a.unit.kind for a in result.assignments}
    assert kinds["县开发区"] == "zone"
    for name in ("立山经济开发区", "湘江新区", "荒湖管理区", "长沙经开区"):
        assert kind_of(name) == "zone", name
    assert kind_of("各园区") == "collective"
    assert kind_of("湖南湘江新区管委会") == "zone"


def test_a_party_committees_body_written_without_its_committee():
    resolver = Resolver(load_lexicon(), kind_of=actors.kind_of)
    song = Jurisdiction("嵩县", "410325", "county", "issuer")
    for written in ("县直机关工委", "县委直属机关工委"):
        unit = resolver.resolve(written, song)
        assert (unit.name, unit.resolved) == ("中共嵩县委直属机关工作委员会", True), written
    for written in ("县直各单位", "县直部门"):
        assert resolver.resolve(written, song).kind == "collective", written


def test_offices_named_by_their_work_and_a_party_school():
    for name in ("中共嵩县委党史研究室", "中共嵩县委县政府督查室", "嵩县纪委监委机关", "嵩县政府研究室"):
        assert kind_of(name) == "department", name
    assert kind_of("中共嵩县委党校") == "institution"
    for name in ("科技司", "部科技司", "综合规划司"):
        assert kind_of(name) == "department", name
    assert kind_of("中国铁路总公司") == "enterprise"
    for name in ("部公路院", "部规划研究院"):
        assert kind_of(name) == "institution", name


LISTS = ("桐城市2024年民生实事项目责任分工\n"
         "一、市教育局\n"
         "1.新建幼儿园2所。\n"
         "二、市人社局、市财政局\n"
         "2.发放创业担保贷款2亿元。\n"
         "三、各镇（街道）\n"
         "3.改造农村危房100户。\n"
         "附件：责任分工表\n")

COLON_LISTS = ("2024年市场监管工作要点\n"
               "市市场监管局：\n"
               "1.开展食品安全放心工程。\n"
               "市商务局、市公安局：\n"
               "2.打击侵权假冒行为。\n")


def _section_units(result, tasks, anchor):
    return sorted(a.raw.mention.text for a in result.assignments
                  if a.raw.via == "section" and anchor in tasks[a.task_id].source_text)


def test_a_heading_listing_the_units_of_its_items(write_doc):
    result, tasks, _ = read(write_doc, LISTS)
    assert _section_units(result, tasks, "创业担保贷款") == ["市人社局", "市财政局"]
    assert _section_units(result, tasks, "农村危房") == ["各镇（街道）"]
    assert not [i for i in result.issues if i.code == "E306"]
    result, tasks, _ = read(write_doc, COLON_LISTS)
    assert _section_units(result, tasks, "侵权假冒") == ["市公安局", "市商务局"]
    assert _section_units(result, tasks, "食品安全") == ["市市场监管局"]


def test_fields_in_a_heading_are_no_units(write_doc):
    result, tasks, _ = read(write_doc, LISTS.replace("市人社局、市财政局", "教育、卫生"))
    assert _section_units(result, tasks, "创业担保贷款") == []


def test_a_government_heads_post_is_its_governments():
    from kg.extract.enrich.groups import split_posts
    posts = split_posts("县委副书记、县长", lambda name: False)
    assert [(p.unit, p.title) for p in posts] == [("县委", "副书记"), ("县人民政府", "县长")]
    assert [(p.unit, p.title) for p in split_posts("清源镇镇长", lambda name: False)] == [
        ("清源镇", "镇长")]
    assert split_posts("常务副县长", lambda name: False)[0].unit == "县人民政府"


MINUTES = ("某县2024年第5次常务会议议定事项\n"
           "一、县教体局负责做好学位调配工作（完成时限：8月底）。\n"
           "二、县卫健局负责做好疫苗接种工作（责任人：李某某，完成时限：9月底）。\n"
           "三、县民政局负责做好养老服务工作。\n")


def test_a_time_limit_bracket_after_a_sentence_naming_the_units(write_doc):
    result, tasks, _ = read(write_doc, MINUTES)
    got = {tasks[a.task_id].source_text[:4]: (a.raw.mention.text, a.raw.deadline)
           for a in result.assignments if a.raw.via == "inline"}
    assert got["一、县教"] == ("县教体局", "2024-08")
    assert got["二、县卫"] == ("县卫健局", "2024-09")
    assert got["三、县民"] == ("县民政局", None)


MARKS = ("平舆县2024年营商环境提升行动任务清单\n"
         "1.推进项目甲。（县发改委〔牵头〕、县财政局）\n"
         "2.推进项目乙。（县市场监管局（主责）、县商务局（协同））\n"
         "3.推进项目丙。（县住建局为主，县城管局配合）\n"
         "4.推进项目丁。（县人社局主要负责，县财政局协助）\n")


def test_role_marks_and_the_main_doers_verbs(write_doc):
    out = read(write_doc, MARKS)
    assert who(out, "项目甲") == [("县发改委", "lead"), ("县财政局", "responsible")]
    assert who(out, "项目乙") == [("县市场监管局", "lead"), ("县商务局", "support")]
    assert who(out, "项目丙") == [("县住建局", "lead"), ("县城管局", "support")]
    assert who(out, "项目丁") == [("县人社局", "lead"), ("县财政局", "support")]


def test_a_department_after_a_ranked_one_shares_its_rank(write_doc):
    assert ann.unit_items("县级财政部门和水务部门") == [("县级财政部门", None), ("水务部门", "县级水务部门")]
    assert ann.unit_items("县级以上人民政府财政部门和水务部门")[1] == (
        "水务部门", "县级以上人民政府水务部门")
    assert ann.unit_items("县级财政部门、各乡镇") == [("县级财政部门", None), ("各乡镇", None)]
    # the judiciary's organs are no government's
    assert ann.unit_items("县级以上人民政府有关部门、司法机关")[1] == ("司法机关", None)
    result, _, _ = read(write_doc, "六盘水市农村饮水安全工程运行管理办法\n"
                                   "第九条 县级财政部门和水务部门依据各自职责，加强对维修养护资金的监督管理。\n")
    units = {a.raw.mention.text: a.unit.name for a in result.assignments if a.raw.via == "prose"}
    assert units["水务部门"] == "县级水务部门"


GAZETTE = ("2024年第3期宁德市人民政府公报\n"
           "宁德市一季度经济运行情况\n"
           "一季度，全市地区生产总值增长6.5%。规模以上工业增加值增长8.1%。\n"
           "（市统计局供稿）\n"
           "宁德市推进营商环境建设\n"
           "今年以来，我市持续优化营商环境，新增市场主体1.2万户。\n"
           "（供稿单位：市发改委、市市场监管局）\n")


def test_a_gazettes_articles_closed_by_their_contributors(write_doc):
    result, tasks, _ = read(write_doc, GAZETTE)
    got = sorted((tasks[a.task_id].source_text[:6], a.raw.mention.text, a.raw.role, a.raw.via)
                 for a in result.assignments if a.raw.via == "contributor")
    assert got == [("一季度，全市", "市统计局", "contributor", "contributor"),
                   ("宁德市推进营", "市发改委", "contributor", "contributor"),
                   ("宁德市推进营", "市市场监管局", "contributor", "contributor")]


WRAPPED = ("某县2024年重点工作\n"
           "1.推进项目建设，全年完成投资50亿元。\n"
           "责任单位：县发改局、县财政局、\n"
           "县住建局、县自然资源局\n"
           "完成时限：2024年12月\n"
           "2.推进招商引资。\n"
           "牵头单位：县商务局\n"
           "配合单位：县发改局、\n"
           "各乡镇\n")


def test_an_annotation_list_left_open_goes_on_in_the_next_line(write_doc):
    result, tasks, _ = read(write_doc, WRAPPED)
    got = [(tasks[a.task_id].source_text[:4], a.raw.mention.text, a.raw.role, a.raw.deadline)
           for a in result.assignments if a.raw.via == "standalone"]
    assert got == [("1.推进", "县发改局", "responsible", "2024-12"),
                   ("1.推进", "县财政局", "responsible", "2024-12"),
                   ("1.推进", "县住建局", "responsible", "2024-12"),
                   ("1.推进", "县自然资源局", "responsible", "2024-12"),
                   ("2.推进", "县商务局", "lead", None), ("2.推进", "县发改局", "support", None),
                   ("2.推进", "各乡镇", "support", None)]
    assert not [i for i in result.issues if i.code == "E306"]


def test_a_bracket_closed_in_the_next_line_after_a_time_limit(write_doc):
    result, tasks, _ = read(write_doc, "某县2024年重点工作\n"
                                       "1.推进项目建设，全年完成投资50亿元（责任单位：县发改局、县财政局，\n"
                                       "完成时限：2024年12月）。\n")
    got = [(a.raw.mention.text, a.raw.deadline) for a in result.assignments]
    assert got == [("县发改局", "2024-12"), ("县财政局", "2024-12")]
    assert not [i for i in result.issues if i.code == "E301"]


def test_a_tasks_clauses_are_no_names(write_doc):
    assert not ann.looks_like_unit("5.深化国企改革")
    assert not ann.looks_like_unit("推动区属国企整合重组")
    for name in ("民革", "县民革", "县委改革办", "全面深化改革委员会办公室", "县深化改革领导小组",
                 "县（市、区）发展改革"):
        assert ann.looks_like_unit(name), name
    result, _, _ = read(write_doc, "鹤壁市淇滨区2024年重点工作任务分解\n"
                                   "一、深化改革开放\n"
                                   "5.深化国企改革，推动区属国企整合重组，年底前完成。区财政局（区国资办）牵头，区发改委配合。\n")
    mentions = {a.raw.mention.text for a in result.assignments}
    assert not mentions & {"5.深化国企改革", "推动区属国企整合重组"}


TOWNSHIP = ("中共渔峡口镇委员会 渔峡口镇人民政府\n"
            "关于印发《渔峡口镇2024年人居环境整治工作方案》的通知\n"
            "各村（社区）、镇直各单位：\n"
            "1.推进农村厕所改造200户。（牵头单位：镇农业服务中心；配合单位：镇财政所、各村）\n")


def test_a_townships_joint_issuers_on_one_line(write_doc):
    result, _, _ = read(write_doc, TOWNSHIP)
    units = {a.raw.mention.text: a.unit for a in result.assignments}
    assert units["镇财政所"].name == "渔峡口镇财政所"
    assert result.documents[0].place.name == "长阳土家族自治县"
    result, _, _ = read(write_doc, TOWNSHIP.replace("渔峡口镇", "红桥镇"))
    assert result.documents[0].place.name != "红桥区"
    assert {a.unit.name for a in result.assignments if a.raw.mention.text == "镇财政所"} == {"红桥镇财政所"}


def test_clauses_opening_with_the_works_verb_are_no_names(write_doc):
    result, _, _ = read(write_doc, "某县2024年重点工作任务分解\n"
                                   "一、加强组织保障\n"
                                   "1.成立工作专班，组建督导组。县委办牵头，县政府办配合。\n"
                                   "2.建设县级综合服务中心，提升乡镇卫生院。县卫健局牵头，各乡镇配合。\n")
    got = sorted((a.raw.mention.text, a.raw.role) for a in result.assignments if a.raw.via != "prose")
    assert got == [("县卫健局", "lead"), ("县委办", "lead"), ("县政府办", "support"), ("各乡镇", "support")]
    assert kind_of("县委组织部") == "department"


def test_a_team_named_by_its_work(write_doc):
    from kg.extract import unitnames
    assert unitnames.unit_kind("市容环境整治联合执法组") == "group"
    result, _, _ = read(write_doc, "某县2024年整改通报\n"
                                   "第三条 由市容环境整治联合执法组负责对出店商户予以规范。\n")
    assert {a.raw.mention.text for a in result.assignments if a.raw.via == "prose"} == {"市容环境整治联合执法组"}
