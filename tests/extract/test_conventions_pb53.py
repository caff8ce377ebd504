"""pb53's probes: a county's 环保督察 整改清单 pasted with TABs (问题 / 整改措施 / 责任单位 / 责任领导 /
责任人 / 整改时限), a township's 工作任务分工方案 (its own offices: 党政综合办公室, 农业综合服务中心,
村镇建设办公室, 派出所, 司法所, and 各行政村 as doers), a county's 政府工作报告 分解 and 工作要点 (a
unit with the second name it carries, ``县委宣传部（县新闻出版局）``; ``（…牵头，下同）``), a 督查室's
通报 (责任单位 / 责任领导 / 整改时限 sentences; the units named after the problem's sentence).

Misread on main:

- the doers below the lead written with the verb's phrase (``（县住建局牵头，各行政村具体落实）``,
  ``（县水利局牵头，各乡镇负责具体实施）``): the whole bracket refused, its units unused (reported);
  ``具体落实`` is a role verb as ``具体实施`` is, and 负责 before the phrase is no part of the names
  (``annotations.split_verb``, ``_CHARGE_BEFORE_VERB``);
- the work kept up after its date (``（县教体局牵头，2024年6月底前完成，并长期坚持）``): ``并长期坚持``
  was reported as a piece neither unit nor deadline; and a 整改时限 cell ``2024年6月底前完成，并长期坚持``
  was no date (kept as written): both fall due at the date (``deadlines._AND_ONGOING``, ``_KEPT_UP``);
- a 督查 通报's or 整改清单's milestone (``2024年5月底前完成整改``, ``整改到位``, ``完成验收``): no
  deadline, so the clause of units before it (``县应急局牵头，县消防救援大队、县住建局配合，2024年5月底
  前完成整改。``) was no annotation; now a date and its milestone (``deadlines._MILESTONE``);
- the supporters after a problem's sentence and its lead (``（一）安全隐患排查不彻底。县应急局牵头，
  县消防救援大队、县住建局配合，确保隐患清零。``): the lead was read, the supporters lost
  (``_DocWalker._topic_subject``);
- a body written with its second name in brackets, unresolved (``县委宣传部（县新闻出版局）``,
  ``县统计局（县调查队）``): kind ``other``; now the first name's, and an organ's Party group
  (``县财政局党组``, ``中共某某县水利局党组``) the organ's (``resolve.units.guess_kind``);
- the task's own time limit closing its words before the units' clauses (``推进老旧小区改造，年底前
  完成。区住建局牵头，区财政局配合。``, ``…，2024年11月底前完成，区城管局牵头，…``): the units had no
  deadline; now that one (``assignments._deadline_before``);
- a 整改清单 pasted with TABs whose problem, units and leader are merged over a problem's measures,
  each measure numbered on its own (``2 |  | 开展入户安检 |  |  | 2024年6月底前``): the second measure
  had no unit, and no report; now the block's (``assignments._continues_block``, as a row whose
  first cell is empty was);
- a time limit after a leader's field in a bracket (``（…，县卫健局配合，责任领导：张副县长，每季度末）``):
  a person named 每季度末 and no deadline; now the deadline (``annotations.parse_annotation``); and
  the time limit closing an item's sentence that names its doers (``2.各乡镇（街道）负责做好秸秆禁烧
  工作，2024年10月底前完成。``): the inline row had none (prose's had it);
- ``（县农业农村局牵头，下同）``: 下同 after the units with no rule gives the later tasks nothing, and
  that was not reported; now it is (the units of the task itself are kept).

Read right on main (no test here): 各乡镇（街道） and 各行政村 as doers, 责任领导 / 责任人 fields and
columns beside the units (posts, no unit), ``长期坚持``, ``持续推进``, ``每季度末``, ``立行立改``.
"""

from kg.extract.deadlines import is_deadline, normalise_deadline

from test_conventions import read, who


TOWNSHIP = ("某某镇2024年重点工作任务分工方案\n"
            "一、乡村振兴\n"
            "1.推进人居环境整治。（村镇建设办公室牵头，各行政村具体落实，每季度末）\n"
            "2.整治河道沟渠。（水利站牵头，各行政村负责具体实施）\n"
            "3.开展矛盾纠纷排查化解。（综治中心牵头，派出所、司法所配合，长期坚持）\n")


def test_the_doers_below_the_lead_with_the_verbs_phrase(write_doc):
    out = read(write_doc, TOWNSHIP)
    assert who(out, "推进人居环境整治") == [("村镇建设办公室", "lead"), ("各行政村", "responsible")]
    assert who(out, "整治河道沟渠") == [("水利站", "lead"), ("各行政村", "responsible")]
    assert who(out, "矛盾纠纷排查") == [("综治中心", "lead"), ("派出所", "support"),
                                      ("司法所", "support")]
    result = out[0]
    assert not [i for i in result.issues if "not read as an annotation" in i.message]
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "inline"}
    assert due["村镇建设办公室"] == "每季度末"


def test_the_work_kept_up_after_its_date(write_doc):
    out = read(write_doc, "某某县2024年工作要点\n"
                          "1.推进教育强县建设。（县教体局牵头，2024年6月底前完成，并长期坚持）\n")
    result = out[0]
    assert [a.raw.deadline for a in result.assignments if a.raw.via == "inline"] == ["2024-06"]
    assert not [i for i in result.issues if "并长期坚持" in i.message]
    assert normalise_deadline("2024年6月底前完成，并长期坚持") == "2024-06"
    assert normalise_deadline("2024年6月底前完成并长期坚持") == "2024-06"
    assert is_deadline("并长期坚持") and is_deadline("并持续推进")
    # the words alone stay as written
    assert normalise_deadline("长期坚持") == "长期坚持"


LIST = ("某某县环保督察反馈问题整改清单\n"
        "序号\t问题\t整改措施\t责任单位\t责任领导\t责任人\t整改时限\n"
        "1\t城区黑臭水体反弹\t开展截污纳管\t县住建局（牵头）、县生态环境分局\t王副县长\t李明\t2024年6月底前完成，并长期坚持\n"
        "2\t宣传引导不到位\t加大环保宣传力度\t县委宣传部（县新闻出版局）\t陈部长\t周文\t2024年5月底前整改到位\n"
        "3\t主体责任落实不到位\t召开专题民主生活会\t县财政局党组\t局党组书记\t刘强\t2024年3月底前\n")


def test_a_rectification_lists_time_limits_and_a_second_name(write_doc):
    out = read(write_doc, LIST)
    result = out[0]
    rows = {a.raw.mention.text: (a.raw.role, a.raw.deadline, a.unit.kind) for a in result.assignments}
    assert rows["县住建局"] == ("lead", "2024-06", "department")
    assert rows["县生态环境分局"][1] == "2024-06"
    # 县委宣传部 carrying the name 县新闻出版局: a department, as its first name is
    assert rows["县委宣传部（县新闻出版局）"] == ("responsible", "2024-05", "department")
    # an organ's Party group: of the organ's kind
    assert rows["县财政局党组"] == ("responsible", "2024-03", "department")


NOTICE = ("关于2024年第一季度重点工作督查情况的通报\n"
          "一、存在的问题\n"
          "（一）安全隐患排查不彻底。县应急局牵头，县消防救援大队、县住建局配合，2024年5月底前完成整改。\n"
          "（二）项目审批手续滞后。县发改局牵头，县自然资源局配合，确保按期开工。\n")


def test_a_notices_units_after_the_problem_and_its_time_limit(write_doc):
    out = read(write_doc, NOTICE)
    assert who(out, "安全隐患排查") == [("县应急局", "lead"), ("县消防救援大队", "support"),
                                      ("县住建局", "support")]
    assert who(out, "项目审批手续") == [("县发改局", "lead"), ("县自然资源局", "support")]
    result = out[0]
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "inline"}
    assert due["县消防救援大队"] == "2024-05"
    assert normalise_deadline("2024年5月底前完成整改") == "2024-05"
    assert normalise_deadline("2024年5月底前整改到位") == "2024-05"
    assert not is_deadline("整改到位")      # the milestone with no date is none


def test_same_below_after_units_is_reported(write_doc):
    out = read(write_doc, "某某县2024年政府工作报告重点任务分解\n"
                          "1.推进高标准农田建设。（县农业农村局牵头，下同）\n"
                          "2.实施耕地保护。（县自然资源局配合）\n")
    assert who(out, "高标准农田") == [("县农业农村局", "lead")]
    assert who(out, "耕地保护") == [("县自然资源局", "support")]
    result = out[0]
    assert [i.line for i in result.issues if "'下同'" in i.message] == [2]
    # a rule's 下同 is no such case
    out = read(write_doc, "某某县2024年工作要点\n"
                          "1.做好X工作。（县发改局、县财政局，列第一位的为牵头单位，下同）\n")
    assert not [i for i in out[0].issues if "'下同'" in i.message]


def test_the_tasks_own_time_limit_before_the_units_clauses(write_doc):
    out = read(write_doc, "某某区2024年工作要点\n"
                          "1.推进老旧小区改造，年底前完成。区住建局牵头，区财政局配合。\n"
                          "2.改造背街小巷12条，2024年11月底前完成，区城管局牵头，区财政局配合。\n"
                          "3.新建学校3所，改善办学条件。区教育局牵头，区财政局配合。\n")
    assert who(out, "推进老旧小区改造") == [("区住建局", "lead"), ("区财政局", "support")]
    result, tasks, _ = out
    due = {(tasks[a.task_id].source_text[:2], a.raw.mention.text): a.raw.deadline
           for a in result.assignments if a.raw.via == "inline"}
    assert due[("1.", "区财政局")] == "2024-12"
    assert due[("2.", "区城管局")] == "2024-11"
    # no time limit written: none invented
    assert due[("3.", "区教育局")] is None


def test_a_numbered_measure_under_a_problem_merged_over_its_rows(write_doc):
    out = read(write_doc, "某某县安全生产专项整治整改清单\n"
                          "序号\t问题\t整改措施\t责任单位\t责任领导\t整改时限\n"
                          "1\t燃气管道老化\t更换老旧管道\t牵头：县住建局；配合：县应急局\t王副县长\t2024年10月底前\n"
                          "2\t\t开展入户安检\t\t\t2024年6月底前\n"
                          "3\t危化品运输监管\t开展联合执法\t县交通运输局\t刘副县长\t每月开展一次\n")
    # the second measure's problem, units and leader are the merged cells of the first's
    assert who(out, "开展入户安检") == [("县住建局", "lead"), ("县应急局", "support")]
    assert who(out, "开展联合执法") == [("县交通运输局", "responsible")]
    result, tasks, _ = out
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments
           if "入户安检" in tasks[a.task_id].source_text}
    assert due == {"县住建局": "2024-06", "县应急局": "2024-06"}


def test_a_time_limit_after_a_leaders_field_and_after_the_doers_sentence(write_doc):
    out = read(write_doc, "某某县2024年重点工作任务分工方案\n"
                          "1.推进农村改厕。（县农业农村局牵头，县卫健局配合，责任领导：张副县长，每季度末）\n"
                          "2.各乡镇（街道）负责做好秸秆禁烧工作，2024年10月底前完成。\n"
                          "3.各行政村负责村内道路保洁。\n")
    result, tasks, _ = out
    due = {(tasks[a.task_id].source_text[:2], a.raw.mention.text): a.raw.deadline
           for a in result.assignments if a.raw.via == "inline"}
    assert due[("1.", "县卫健局")] == "每季度末"
    assert due[("2.", "各乡镇（街道）")] == "2024-10"
    assert due[("3.", "各行政村")] is None
    # the leader is a post; the deadline no person
    first = next(t.task_id for t in result.tasks if t.source_text.startswith("1."))
    posts = [p for e in result.enrichment.values() for p in e.posts if p.task_id == first]
    assert [(p.written, p.label) for p in posts] == [
        ("张副县长", "责任领导")]
