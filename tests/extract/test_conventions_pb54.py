"""pb54's probes: a county's 政府工作报告 分解方案 and 重点项目 台账 written as running text (units after
a dash, listed with 等, 各有关单位按职责分工负责, 责任领导 bracketed before the units), a 开发区's 工作要点
(高新区经发局), a province's 分工方案 naming its departments without 省 (发展改革委, 财政厅), a township's
工作要点 (党建办, 村建办, 各村（社区）), a 督查 通报 (进展滞后 items), with time limits written as
``2025年第三季度``, ``年内``, ``即日起``, ``每月5日前``, lists whose numbering restarts under each heading.

Misread on main:

- a person's field opening a bracket, then the units with their role verbs
  (``（责任领导：王副县长；县教体局牵头，县财政局配合）``, ``（责任领导：王副县长，县教体局牵头，…）``): the
  lead was kept as a *person* named ``县教体局牵头`` and the supporters lost, with no report; a
  person's field ends where units with a role verb follow (``annotations._units_with_verb`` in
  ``parse_annotation``);
- the sentence closing an item naming its units and 负责 and nothing else, several of them
  (``…。县工信局、县自然资源局负责。``, ``…。县民政局、县人社局等部门负责，年底前完成。``) or one
  after a clause of the task's own (``建立耕地保护共同责任机制，县自然资源局负责。``, pb51's and pb52's
  open item): read by prose only (one unit after a full stop was read, ``_topic_subject``); now the
  item's annotation (``assignments._charged``, in ``_inline_label`` and ``_closing_clauses``);
- the one in charge then the supporters after the task's sentence (``…。县教体局负责，各乡镇（街道）
  配合，…``): the supporters lost (``_topic_subject`` took them after 牵头 only);
- a township's or a village's level in brackets inside a name of the closing sentence
  (``…。村建办、环卫所、各村（社区）按职责分工负责。``): the item lost every unit, with no report
  (``VERB_SENTENCE_RE`` allowed a county's levels only, 各市（区）);
- a table with no column of units whose text cells carry the row's annotation (a 台账's 建设内容
  ``新建公共停车位2000个（责任单位：市城管局）``, ``…。责任单位：市住建局；配合单位：各区政府``, ``…。市城管局牵头，
  市应急局配合``): the units lost with no report, or (in the task's own cell, fm48's open item) given as
  mentioned only, without the row's time limit; now read as a task's line is, with the row's
  deadline (``Extractor._annotated_cells``); a bracket of names only (``廊坊市第三人民医院（廊坊市
  传染病医院）``, a second name) is none;
- a notice adjusting who holds the work (``原责任单位：县住建局；调整为：县城管局``, ``责任单位由县公安局
  调整为县城管局``, ``（原牵头单位：县住建局，调整为县商务局；…）``): the new holder lost with no report
  (or a unit named ``调整为县城管局`` beside the old one, responsible); a former holder or name bracketed
  after a unit (``县交通运输局（原为县公路中心）``) was part of the unit's name, left unresolved. Now the new
  holders under the old label's role, the former ones reported as a piece not used
  (``annotations._adjusted``; ``INLINE_LABEL_RE`` reads ``原…：`` and ``…由…调整为``);
- the units after a colon or a space closing an item (``…，全年完成投资120亿元：县发改局、县财政局``,
  ``…发展。 县科技局、县大数据中心``, a table's cells copied): lost with no report (``COLON_UNITS_END_RE``,
  ``SPACE_UNITS_END_RE`` in ``_inline_label``, every name a unit); a time limit bracketed after an
  annotation with no bracket (``——县工信局（2024年12月底前）``, ``责任单位：县住建局（2024年10月底前）``): the
  units and the deadline lost, the first with no report, the second reported as a piece not read
  (``Extractor._inline``);
- a zone committee's own document naming its bureaus bare (``科创局``, ``经发局`` in 湘潭高新区管委会's):
  the city's (``湘潭市科创局``); now the zone's own, as a ministry's bare 司 are its own
  (``resolve.units._ZONE_BARE_BODY``; ``高新区经发局`` was read right);
- ``年内`` / ``年内完成`` kept as written where ``年底前`` is dated by the title's year
  (``deadlines.with_year``); ``即日起``, ``立行立改`` reported as pieces neither unit nor deadline
  (now time limits kept as written, ``deadlines.ONGOING``), and how often (``每半年一次``,
  ``deadlines._RECURRING``); ``9月底前全部开工`` no deadline
  (``deadlines._MILESTONE``: 全部).

Read right on main (no test here): a dash then the units (``——县发改局、县财政局``), ``等部门配合``,
``各有关单位按职责分工负责``, ``2025年第三季度`` (2025-09), a second 责任单位 line under an item (its units
added), a province's departments
written without 省 (``发展改革委``, ``财政厅``, ``住房城乡建设厅`` of 湘政办发), numbering restarting
under each heading.
"""

from kg.extract.deadlines import is_deadline, normalise_deadline, with_year

from test_conventions import read, who


def test_a_leaders_field_then_the_units_in_one_bracket(write_doc):
    out = read(write_doc, "某某县2024年重点项目建设台账\n"
                          "一、民生类项目\n"
                          "1.县人民医院新院区建设。（责任领导：张副县长；县卫健局牵头，县发改局、县财政局配合；"
                          "2025年6月底前）\n"
                          "2.新建学校。（责任领导：王副县长，县教体局牵头，县财政局配合）\n"
                          "3.新建幼儿园。（责任领导：王副县长，李副县长）\n")
    assert who(out, "新院区建设") == [("县卫健局", "lead"), ("县发改局", "support"), ("县财政局", "support")]
    assert who(out, "新建学校") == [("县教体局", "lead"), ("县财政局", "support")]
    result, tasks, _ = out
    posts = {tasks[p.task_id].text: [] for e in result.enrichment.values() for p in e.posts}
    for e in result.enrichment.values():
        for p in e.posts:
            posts[tasks[p.task_id].text].append(p.written)
    assert posts["新建学校。"] == ["王副县长"]          # the leader kept, no person 县教体局牵头
    # persons after the field stay persons
    assert posts["新建幼儿园。"] == ["王副县长", "李副县长"]
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments}
    assert due["县发改局"] == "2025-06"


def test_a_closing_sentence_of_units_in_charge(write_doc):
    out = read(write_doc, "某某县2024年政府工作报告重点任务分解方案\n"
                          "一、推动经济高质量发展\n"
                          "1.推进工业园区扩容提质。县工信局、县自然资源局负责。\n"
                          "2.完善社会救助体系。县民政局、县人社局等部门负责，2025年第三季度完成。\n"
                          "3.建立耕地保护共同责任机制，县自然资源局负责。\n"
                          "4.推进数字乡村建设，县委网信办、县农业农村局负责。\n")
    assert who(out, "扩容提质") == [("县工信局", "responsible"), ("县自然资源局", "responsible")]
    assert who(out, "社会救助体系") == [("县民政局", "responsible"), ("县人社局", "responsible")]
    assert who(out, "耕地保护") == [("县自然资源局", "responsible")]
    assert who(out, "数字乡村") == [("县委网信办", "responsible"), ("县农业农村局", "responsible")]
    result, tasks, _ = out
    inline = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "inline"}
    assert inline["县民政局"] == "2025-09"
    assert "扩容提质" in next(t.text for t in tasks.values() if "扩容提质" in t.source_text)


def test_a_law_article_and_a_principle_are_no_closing_units(write_doc):
    out = read(write_doc, "某某县城市管理办法\n"
                          "第五条 本办法的具体实施，由县人民政府负责。\n"
                          "第六条 城市管理坚持党委领导、政府负责。\n")
    result = out[0]
    assert not [a for a in result.assignments if a.raw.via == "inline"]


def test_the_one_in_charge_then_supporters_after_the_tasks_sentence(write_doc):
    out = read(write_doc, "某某县2024年重点项目建设台账\n"
                          "一、民生类项目\n"
                          "1.城区中小学扩容。县教体局负责，各乡镇（街道）配合，每月5日前报送进展。\n")
    assert who(out, "中小学扩容") == [("县教体局", "responsible"), ("各乡镇（街道）", "support")]


def test_a_villages_levels_in_a_name_of_the_closing_sentence(write_doc):
    out = read(write_doc, "某某镇2024年工作要点\n"
                          "一、经济发展\n"
                          "1.推进农村人居环境整治。村建办、环卫所、各村（社区）按职责分工负责。\n"
                          "2.推进特色产业。农业办牵头，各村（居）配合。\n")
    assert who(out, "人居环境整治") == [("村建办", "responsible"), ("环卫所", "responsible"),
                                      ("各村（社区）", "responsible")]
    assert who(out, "特色产业") == [("农业办", "lead"), ("各村（居）", "support")]


def test_time_limits_within_the_year_from_today_and_all_begun(write_doc):
    assert with_year("年内", "2024") == "2024-12"
    assert with_year("年内完成", "2024") == "2024-12"
    assert with_year("年内持续推进", "2024") is None          # the year's work going on: as written
    for t in ("即日起", "即日起开展", "自即日起", "立行立改", "即知即改"):
        assert is_deadline(t), t
        assert normalise_deadline(t) == t
    assert normalise_deadline("2024年9月底前全部开工") == "2024-09"
    assert normalise_deadline("2024年底前全部建成") == "2024-12"
    out = read(write_doc, "某某县2024年重点工作督查通报\n"
                          "一、进展滞后的事项\n"
                          "1.推进老旧小区改造。（县住建局牵头，县财政局配合，年内完成）\n"
                          "2.加强食品安全监管。（县市场监管局负责，即日起）\n"
                          "3.农村饮水安全巩固提升工程。2个村未开工。县水利局牵头，相关乡镇配合，9月底前全部开工。\n")
    result = out[0]
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "inline"}
    assert due["县住建局"] == "2024-12"
    assert due["县市场监管局"] == "即日起"
    assert due["相关乡镇"] == "2024-09"
    assert not [i for i in result.issues if "即日起" in i.message]


def test_a_tables_text_cells_carry_the_rows_annotation(write_doc):
    # a 台账 with no column of units: the 建设内容 or 工作任务 cell names them, as a task's line does
    out = read(write_doc, "株洲市2024年重点民生实事项目台账\n"
                          "序号\t项目名称\t建设内容\t完成时限\n"
                          "1\t城区停车场建设\t新建公共停车位2000个（责任单位：市城管局）\t2024年12月底\n"
                          "2\t老旧小区改造\t改造老旧小区50个。责任单位：市住建局；配合单位：各区政府\t2024年10月底\n"
                          "3\t燃气安全整治\t开展燃气安全整治。市城管局牵头，市应急局配合\t2024年9月底\n"
                          "4\t农贸市场提质\t提质改造农贸市场10个\t2024年9月底\n")
    assert who(out, "城区停车场建设") == [("市城管局", "responsible")]
    assert who(out, "老旧小区改造") == [("市住建局", "responsible"), ("各区政府", "support")]
    assert who(out, "燃气安全整治") == [("市城管局", "lead"), ("市应急局", "support")]
    assert who(out, "农贸市场提质") == []
    result = out[0]
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments}
    assert due["市城管局"] in ("2024-12", "2024-09") and due["各区政府"] == "2024-10"


def test_a_labelled_line_in_a_tables_task_cell(write_doc):
    # (fm48's open item: the unit was given as mentioned only, without the row's deadline)
    out = read(write_doc, "株洲市2024年安全生产重点工作清单\n"
                          "序号\t工作任务\t完成时限\t责任领导\n"
                          "1\t摸清自建房底数（责任单位：市住建局）\t2024年6月底\t张副市长\n"
                          "2\t开展消防安全检查\t2024年10月底\t王副市长\n")
    assert who(out, "摸清自建房底数") == [("市住建局", "responsible")]
    result = out[0]
    assert [(a.raw.via, a.raw.deadline) for a in result.assignments
            if a.raw.mention.text == "市住建局"] == [("inline", "2024-06")]


def test_a_second_name_in_a_list_of_bodies_is_no_annotation(write_doc):
    out = read(write_doc, "廊坊市医疗机构设置规划\n"
                          "序号\t医院名称\t类别\t地址\n"
                          "1\t廊坊市第三人民医院（廊坊市传染病医院）\t专科医院\t广阳区北旺乡\n"
                          "2\t廊坊市儿童医院\t专科医院\t广阳区\n")
    result = out[0]
    assert not [a for a in result.assignments if a.raw.via == "inline"]


def test_a_notice_adjusting_who_holds_the_work(write_doc):
    out = read(write_doc, "某某县人民政府办公室关于调整部分重点任务责任单位的通知\n"
                          "一、调整事项\n"
                          "1.推进城区背街小巷改造。原责任单位：县住建局；调整为：县城管局。\n"
                          "2.推进智慧停车建设。责任单位由县公安局调整为县城管局。\n"
                          "3.农村公路养护。责任单位：县交通运输局（原为县公路中心）。\n"
                          "4.推进老旧市场改造。（原牵头单位：县住建局，调整为县商务局；配合单位：县财政局）\n")
    assert who(out, "背街小巷改造") == [("县城管局", "responsible")]
    assert who(out, "智慧停车建设") == [("县城管局", "responsible")]
    assert who(out, "农村公路养护") == [("县交通运输局", "responsible")]
    assert who(out, "老旧市场改造") == [("县商务局", "lead"), ("县财政局", "support")]
    result = out[0]
    # the former holders are reported, never a unit of the task
    said = " ".join(i.message for i in result.issues)
    assert "原责任单位：县住建局" in said and "县公安局" in said and "原为县公路中心" in said


def test_units_after_a_colon_a_space_or_a_dash_with_a_bracketed_time_limit(write_doc):
    out = read(write_doc, "某某县2024年政府工作报告重点任务分解方案\n"
                          "一、推动经济高质量发展\n"
                          "1.加快重大项目建设，全年完成投资120亿元：县发改局、县财政局\n"
                          "2.推进工业园区扩容提质。——县工信局（2024年12月底前）\n"
                          "3.推进园区建设。责任单位：县住建局（2024年10月底前）\n"
                          "4.推进数字经济发展。 县科技局、县大数据中心\n"
                          "5.推进招商引资  县商务局\n"
                          "6.推进园区绿化。（2024年12月底前）\n")
    assert who(out, "重大项目建设") == [("县发改局", "responsible"), ("县财政局", "responsible")]
    assert who(out, "扩容提质") == [("县工信局", "responsible")]
    assert who(out, "推进园区建设") == [("县住建局", "responsible")]
    assert who(out, "数字经济发展") == [("县科技局", "responsible"), ("县大数据中心", "responsible")]
    assert who(out, "招商引资") == [("县商务局", "responsible")]
    result, tasks, _ = out
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "inline"}
    assert due["县工信局"] == "2024-12" and due["县住建局"] == "2024-10"
    texts = {t.text for t in tasks.values()}
    assert {"加快重大项目建设，全年完成投资120亿元", "推进工业园区扩容提质。", "推进数字经济发展。"} <= texts
    # the task's own time limit with no unit: its text keeps it (no unit to give it to)
    assert "推进园区绿化。（2024年12月底前）" in texts


def test_a_colon_or_a_space_before_words_that_are_no_units(write_doc):
    out = read(write_doc, "某某县2024年工作要点\n"
                          "一、重点任务\n"
                          "1.实施三大行动：产业提升、城市更新\n"
                          "2.推进乡村振兴。  重点抓好产业发展\n")
    result = out[0]
    assert not [a for a in result.assignments if a.raw.via == "inline"]


def test_how_often_is_a_time_limit_kept_as_written():
    for t in ("每半年一次", "每季度报送一次", "每月开展1次"):
        assert is_deadline(t) and normalise_deadline(t) == t
    assert not is_deadline("一次")


def test_a_zone_committees_bare_bureaus_are_its_own(write_doc):
    result = read(write_doc, "湘潭高新区管委会关于印发2024年重点工作任务分解的通知\n"
                             "一、科技创新\n"
                             "1.新增高新技术企业50家。（科创局牵头，经发局配合）\n"
                             "2.推进园区路网建设。（建设局负责，市自然资源和规划局配合）\n")[0]
    got = {a.raw.mention.text: a.unit.name for a in result.assignments if a.raw.via == "inline"}
    assert got["科创局"] == "湘潭高新区科创局"
    assert got["经发局"] == "湘潭高新区经发局"
    assert got["建设局"] == "湘潭高新区建设局"
    # a body written with the city's level word stays the city's
    assert got["市自然资源和规划局"] == "湘潭市自然资源和规划局"
