"""pb51's probes: what a clerk writes next to a task besides a bracket (a county's 重点工作任务分工方案
and 工作要点 written as running text, a 督办 list's person columns), one form at a time. Every
case was lost, misread or only reported on main:

- the clauses closing a task's last sentence after a clause of its own, no bracket
  (``…。全年举办促消费活动20场以上，县商务局牵头，县财政局、各乡镇配合。``, ``改造老旧小区10个，由县
  住建局负责，2024年11月底前完成。``, one sentence: ``举办消费促进活动，县商务局牵头，县财政局配合。``):
  only the prose reader read them (not the task's annotation); now the longest run of clauses to
  the sentence's end that reads as units with role verbs is the task's annotation, on the terms of
  a whole last sentence (a unit leads, or 由 opens it), in a list's item only (a law's article,
  ``第九条 …，由所在地的街道办事处负责。``, says who in its own ways: left to the prose reader)
  (``Extractor._closing_clauses``);
- the same, the work shared with no lead (``…，县自然资源局负责，县农业农村局配合。``, also as the whole
  last sentence), opened by a label stated as a sentence (``牵头单位为县文旅局，县财政局配合``), a post
  beside the unit (``各级河长负责，县水利局牵头``: the task's post), the date to be done by after
  确保 / 力争 / 争取 (``确保年底前完成``, ``deadlines._LEAD_WORD``);
- labels stated as sentences one after another (``…，责任单位为县发改局，配合单位为县自然资源局。``):
  the last was read, the units of the first lost in silence (``assignments._label_is_run``);
- the units in a bracket opening the task (``5.（县商务局）举办…``, ``6.【县发改局】推进…``): lost with
  no report (``assignments._lead_group``); a bracket of the task's own words (``（新增）``) is none;
  with role verbs (``14.（县商务局牵头，县财政局配合）开展…``) the line was cut after the bracket, the
  task's text a task of its own with no unit (``annotations._MARKER_ONLY_RE`` in ``annotation_cuts``);
- a bare count of the work beside the units (``（县行政审批局，2个）``, ``（县住建局，共3项）``,
  ``（市商务局，2次）``, ``（市民政局、各区政府，共8个）``): the bracket was refused (its units
  reported, not read); a target is a note of the task: the units are read, the count reported
  (``annotations._BARE_COUNT_RE``); a count of people (``县住建局2人``, ``每村2名``) stays unread;
- a contact's name and number run together with no label (``（县商务局，张三13812345678）``):
  reported as a piece neither unit nor deadline; now the task's contact, as under ``联系人：``
  (``annotations._CONTACT_PIECE_RE``); ``李四（13912345678）`` under 联系人及电话 left the person
  ``李四（）`` (the number's brackets kept);
- beside the units, how many bodies in all (``（县发改局等5个部门）``: one unit named 县发改局等5个部门,
  now 县发改局, ``annotations._ETC_COUNTED_RE``) and deadlines of other shapes: a span of months
  (``1—6月``: the bracket was refused, ``deadlines._MONTH_SPAN``), a space where the comma belongs
  (``（县商务局 2024年12月底）``: the deadline went with the names and was lost in silence,
  ``annotations._SPACED_DEADLINE_RE``), the year's work going on (``全年持续推进``: reported);
- a field noting the task's state or a remark (``进展情况：…``, ``进展：…``, ``备注：…``) beside the units:
  an unknown label (its units kept as responsible, none read) and, beside a bare list or role verbs
  (``（县数据局，进展：已完成招标）``), the bracket refused, its units lost; now a note
  (``annotations.NOTE_LABELS``);
- a 责任人 column's unit or post and the person's name (``县交通运输局 李四``, ``局长 孙七``): the
  unit was a person of its own, or the two run together (``县交通运输局李四``); now one person
  written with where they work, one post with its holder (``annotations._held_by``).

Forms seen in real pages: 通江县's 渝巴合作 tasks name their units in running text closing a clause,
``…由縣旅游局牽頭負責`` (bmm66.com/news/show-5052.html); 高唐县's 分工方案 has 牵头领导 and 责任单位
columns (www.gaotang.gov.cn, 2024); 咸阳市's 2022 放管服 要点 (newton.com.tw) and 四川省's 2022 流通体系
方案 (law.foodmate.net/show-219854.html) bracket the units as most lists do. The other forms were
written from knowledge of the conventions (searches of the pages corpus for 【县发改局】, ``责任单位为…，
配合单位为…`` and a county's unbracketed closing clauses found no list to cite).

Read right on main (no test here): ``由县商务局牵头，县财政局配合，2024年底前完成。`` as the item's
last sentence, ``县市场监管局：深化…`` (a unit and a colon opening the task), ``联系人：张三13812345678``
and ``联系人及电话：赵六13612345678`` inside a bracket, a 包联县领导 column (``副县长赵六``: a post), a
进展情况 column naming a unit (``正在施工，县住建局负责推进``: no unit of the task).
"""

from kg import build
from kg.extract import annotations as ann

from test_conventions import read, who

PLAN = ("某某县人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
        "一、扩大有效需求\n"
        "1.举办消费促进活动。全年举办促消费活动20场以上，县商务局牵头，县财政局、各乡镇配合。\n"
        "2.开展家电以旧换新，县商务局牵头，县市场监管局配合。\n"
        "3.实施城市更新行动。改造老旧小区10个，由县住建局负责，2024年11月底前完成。\n"
        "4.加快项目建设。全年实施重点项目50个，责任单位为县发改局，配合单位为县自然资源局。\n"
        "5.（县商务局）举办第三届招商引资推介会。\n"
        "6.【县发改局】推进重大项目前期工作。\n"
        "7.（新增）推进城区停车场建设。\n"
        "8.深化“放管服”改革。（县行政审批局，2个）\n"
        "9.推进标准化厂房建设。（县住建局，共3项）\n"
        "10.开展消费券发放活动。（县商务局，2次）\n"
        "11.新建社区养老服务中心。（县民政局、各乡镇，共8个）\n"
        "12.推进农村电商发展。（县商务局，张三13812345678）\n"
        "13.提升群众满意度。全年办结群众诉求5000件以上，群众满意率达到95%。\n"
        "14.（县商务局牵头，县财政局配合）开展招商引资活动。\n")


def _issues(result, text):
    return [i.message for i in result.issues if text in i.message]


def test_the_clauses_closing_the_last_sentence_name_its_units(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "全年举办促消费活动") == [("县商务局", "lead"), ("县财政局", "support"),
                                          ("各乡镇", "support")]
    assert who(out, "开展家电以旧换新") == [("县商务局", "lead"), ("县市场监管局", "support")]
    assert who(out, "改造老旧小区10个") == [("县住建局", "responsible")]
    result, tasks, _ = out
    due = {tasks[a.task_id].source_text[:4]: a.raw.deadline for a in result.assignments
           if a.raw.via == "inline"}
    assert due["3.实施"] == "2024-11"
    assert who(out, "提升群众满意度") == []          # the task's own clauses: no unit


def test_a_laws_article_closing_with_its_agent_is_left_to_prose(write_doc):
    out = read(write_doc, "某某市病媒生物预防控制办法\n"
                          "第九条 实行物业管理的居住区，由物业服务企业负责消杀工作；未实行物业管理的"
                          "居住区，由所在地的街道办事处负责。\n")
    assert not [a for a in out[0].assignments if a.raw.via == "inline"]


def test_labels_stated_one_after_another(write_doc):
    assert who(read(write_doc, PLAN), "全年实施重点项目50个") == [
        ("县发改局", "responsible"), ("县自然资源局", "support")]


def test_the_units_in_a_bracket_opening_the_task(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "举办第三届招商引资推介会") == [("县商务局", "responsible")]
    assert who(out, "推进重大项目前期工作") == [("县发改局", "responsible")]
    assert who(out, "推进城区停车场建设") == []       # （新增）: the task's own word
    # with role verbs: one task (it was cut after the bracket, the text a task with no unit)
    assert who(out, "开展招商引资活动") == [("县商务局", "lead"), ("县财政局", "support")]


def test_a_bare_count_beside_the_units_is_a_note(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "深化“放管服”改革") == [("县行政审批局", "responsible")]
    assert who(out, "推进标准化厂房建设") == [("县住建局", "responsible")]
    assert who(out, "开展消费券发放活动") == [("县商务局", "responsible")]
    assert who(out, "新建社区养老服务中心") == [("县民政局", "responsible"), ("各乡镇", "responsible")]
    result = out[0]
    for note in ("2个", "共3项", "2次", "共8个"):
        assert _issues(result, f"'{note}' is neither a unit nor a deadline"), note
    assert not _issues(result, "names units but is not read")
    # a count of people is who takes part (pb50): still no note
    assert ann.classify("县住建局，2人", notes=True) is None
    assert ann.classify("县教育局，每校2名", notes=True) is None


def test_a_contacts_name_and_number_run_together(write_doc):
    result = build([write_doc(PLAN)])
    assert not _issues(result, "张三13812345678")
    tasks = {t.task_id: t for t in result.tasks}
    posts = [(p.written, p.label) for e in result.enrichment.values() for p in e.posts
             if "推进农村电商发展" in tasks[p.task_id].source_text]
    assert posts == [("张三", "联系人")]
    out = read(write_doc, PLAN)
    assert who(out, "推进农村电商发展") == [("县商务局", "responsible")]


SHEET = ("某某县2024年民生实事督办清单\n"
         "序号\t工作任务\t责任单位\t责任人\t联系人及电话\t完成时限\n"
         "1\t新建农村公路50公里\t县交通运输局\t县交通运输局 李四\t王五（13912345678）\t2024年11月底前\n"
         "2\t新建幼儿园3所\t县教育局\t局长 孙七\t赵六13812345678\t2024年9月\n")


def test_person_columns_keep_a_person_with_their_unit_or_post(write_doc):
    result = build([write_doc(SHEET)])
    posts = sorted((p.written, p.kind, p.label) for e in result.enrichment.values() for p in e.posts)
    assert posts == [("县交通运输局 李四", "person", "责任人"), ("局长 孙七", "post", "责任人"),
                     ("王五", "person", "联系人及电话"), ("赵六", "person", "联系人及电话")]


def test_who_is_held_where():
    assert ann._held_by("县商务局", "李四") and ann._held_by("局长", "张三")
    assert not ann._held_by("张三", "李四")          # two persons
    assert not ann._held_by("县商务局", "县财政局")    # two units
    assert not ann._held_by("局长", "副局长")          # two posts


DEADLINES = ("某某县人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
             "1.推进任务甲。（县发改局等5个部门）\n"
             "2.推进任务乙。（县商务局，1—6月）\n"
             "3.推进任务丙。（县商务局 2024年12月底）\n"
             "4.推进任务丁。（县商务局、县财政局 年底前完成）\n"
             "5.推进任务戊。（县商务局，全年持续推进）\n")


def test_beside_the_units_a_count_of_all_and_deadlines_of_other_shapes(write_doc):
    result = build([write_doc(DEADLINES)])
    tasks = {t.task_id: t for t in result.tasks}
    got = {}
    for a in result.assignments:
        if a.raw.via == "inline":
            got.setdefault(tasks[a.task_id].source_text[:6], []).append(
                (a.raw.mention.text, a.raw.deadline))
    # 等5个部门: how many in all, the others unnamed (it was one unit 县发改局等5个部门)
    assert got["1.推进任务"] == [("县发改局", None)]
    # 1—6月: by June of the title's year (the bracket was refused, its unit not read)
    assert got["2.推进任务"] == [("县商务局", "2024-06")]
    # a space where the comma belongs: the deadline went with the names, lost in silence
    assert got["3.推进任务"] == [("县商务局", "2024-12")]
    assert got["4.推进任务"] == [("县商务局", "2024-12"), ("县财政局", "2024-12")]
    # the year's work going on: a deadline kept as written (reported as a piece not used)
    assert got["5.推进任务"] == [("县商务局", "全年持续推进")]
    assert not [i for i in result.issues if i.code == "E305"]


PROGRESS = ("某某县2024年第二季度重点工作督办通报\n"
            "1.城区污水管网改造工程。责任单位：县住建局；进展情况：已完成投资3000万元，占年度计划的60%。\n"
            "2.农村公路提升工程。责任单位：县交通运输局 进展情况：已完成路基工程。\n"
            "3.智慧城市建设项目。（县数据局，进展：已完成招标）\n"
            "4.县医院门诊楼建设。（县卫健委牵头，县发改局配合，备注：省级重点项目）\n")


def test_a_progress_or_remark_field_is_a_note(write_doc):
    out = read(write_doc, PROGRESS)
    assert who(out, "城区污水管网改造工程") == [("县住建局", "responsible")]
    assert who(out, "农村公路提升工程") == [("县交通运输局", "responsible")]
    # beside a bare list or role verbs the bracket was refused: its units were lost
    assert who(out, "智慧城市建设项目") == [("县数据局", "responsible")]
    assert who(out, "县医院门诊楼建设") == [("县卫健委", "lead"), ("县发改局", "support")]
    result = out[0]
    # no "unknown label" whose units would be kept as responsible: a note, reported once a piece
    assert not [i for i in result.issues if i.code == "E302"]
    for note in ("进展情况：已完成路基工程", "进展：已完成招标", "备注：省级重点项目"):
        assert _issues(result, f"'{note}' is neither a unit nor a deadline"), note


SHARED = ("某某县人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
          "1.加强耕地保护。严格落实耕地保护制度，县自然资源局负责，县农业农村局配合。\n"
          "2.加强林地保护。严格落实林地保护制度。县林业局负责，县农业农村局配合。\n"
          "3.推进招商引资。全年引进项目20个，由县商务局牵头负责，确保年底前完成。\n"
          "4.推进全域旅游。创建A级景区2个，牵头单位为县文旅局，县财政局配合。\n"
          "5.推进河长制。落实河湖长制，各级河长负责，县水利局牵头。\n")


def test_closing_clauses_sharing_the_work_without_a_lead(write_doc):
    out = read(write_doc, SHARED)
    # X负责，Y配合: the work shared (a lead was asked for, the units lost to the annotation reader)
    assert who(out, "严格落实耕地保护制度") == [("县自然资源局", "responsible"), ("县农业农村局", "support")]
    assert who(out, "严格落实林地保护制度") == [("县林业局", "responsible"), ("县农业农村局", "support")]
    # 确保年底前完成: the date it is to be done by
    assert who(out, "全年引进项目20个") == [("县商务局", "lead")]
    result, tasks, _ = out
    due = {tasks[a.task_id].source_text[:4]: a.raw.deadline for a in result.assignments
           if a.raw.via == "inline"}
    assert due["3.推进"] == "2024-12"
    # a label stated as a sentence, then a role verb
    assert who(out, "创建A级景区2个") == [("县文旅局", "lead"), ("县财政局", "support")]
    # a post beside the unit: the task's post
    assert who(out, "落实河湖长制") == [("县水利局", "lead")]
    posts = [(p.written, p.role) for e in result.enrichment.values() for p in e.posts]
    assert posts == [("各级河长", "responsible")]


def test_supporters_alone_are_no_division_of_the_work(write_doc):
    # the lead named in a clause of its own (牵头制定…预案): the clause of those taking part alone
    # would give the task its supporters without its lead (rowdiff of the first try: n94, n205)
    out = read(write_doc, "某某市人民政府关于成立应急指挥部的通知\n"
                          "（十七）设立市公共场所安全事故应急指挥部。市公安局牵头制定和组织实施应急预案，"
                          "市民政局、市交通局等有关部门和单位参加。\n"
                          "4、联席会议确定各项具体工作牵头单位，由牵头单位组织实施，相关成员单位积极配合。\n")
    assert who(out, "设立市公共场所安全事故应急指挥部") == []
    assert who(out, "联席会议确定各项具体工作牵头单位") == []
