"""The lead's probes of session 46, written as short fixtures (every case was lost or misread before):

- a note written after an annotation's units (``（县交通运输局、县财政局，按进度推进）``,
  ``（县住建局，6月底前完成，具体见附件）``, ``（县交通运输局牵头，县财政局配合，按进度推进）``,
  ``（县水利局、各乡镇，已完成）``): words of progress or reference, naming no unit, no date and no
  field. The whole bracket was refused as "no annotation", so the task lost its units in silence;
  now the units are read and the note is reported as a piece not used. A bracket whose first piece
  names no unit, or whose other piece holds a number (``（县一中、县二中，每校2名）``: who takes part,
  not who answers for it), is still no annotation.

- a province's department (a 厅) dividing its work among its own bodies: ``厅办公室``,
  ``厅政务服务中心``, ``局办公室`` are the issuing department's (they were named 湖南省厅办公室, a body of
  the province's government made of the words); ``厅机关各处室``, ``局机关各科室`` are collectives (kind
  other before);
- units separated by the full-width solidus (``公路处／省公路事务中心``) are two, as with ``/`` (one
  unit named with the slash in it before).
- a municipal bureau's list: ``各市、区分局`` is one collective, each county-level city's and
  district's 分局 (it was cut into 各市, the cities, and a 区分局), as ``各县、区人民政府`` is;
  ``市生态环境综合行政执法局`` is that bureau (it was named 苏州市生态环境城市管理综合行政执法局: the
  naming rule that reads a bare 综合行政执法局 as the 城市管理 one applied after another field),
  ``市农业综合行政执法局`` and ``市数据和审批局`` too; ``市综合行政执法局`` and ``市审批局`` keep their
  standard names.
- deadlines: ``截至2024年底`` (a date after 截至, 截止, 于, 在) is the date (the annotation was
  refused whole: the task lost its unit in silence); ``6月底前启动，10月底前完成`` is done by the later
  (the first was taken).
- a township's document that names no county (``渔峡口镇人民政府关于印发…``) is placed in the county its
  township lies in, by a gazetteer of township names (``kg/data/townships.tsv``), where one township
  bears the name (or one under the place the text names most); ``城关镇``, borne by some ninety, stays
  unknown (all were unknown before).
- a sub-district's list: labels naming the units by their kind of place (``责任社区``, ``配合社区``,
  ``牵头乡镇``, ``责任镇街``, ``配合县区``) give their roles (unknown labels before: every unit
  responsible, a supporter too); joint issuers (``中共宝山街道工作委员会 宝山街道办事处``) speak for the
  sub-district as one issuer does (its ``街道城建科`` is 宝山街道城建科; it was kept bare).
- ``各县、区和市直各部门``: the series' last level word then 和 and a unit are two items (区, read as
  各区, and 市直各部门; it was one name 区和市直各部门).
- cities written bare before the last one's 市政府 (``福州、厦门、泉州市政府配合``) are those cities'
  governments, resolved: the same units as ``福州市`` written in full elsewhere in the document (they
  were second, unresolved nodes of the same name); a division written in full before them shares
  the government only (``川汇区、商水县、项城市、沈丘县人民政府``: 川汇区人民政府, never 川汇区县人民政府).
- a ministry's own sets (``部内相关司局``, ``部内各司局``, ``厅内相关处室``, ``市政府各局``) are collectives
  (kind department or other before).
- a post written with its holder's name (``常务副县长张三牵头``, ``县长王五负总责``) and a post's verb
  ``具体抓`` / ``亲自抓`` (``分管副县长具体抓``) beside the units: the annotation was refused whole, the
  units lost unreported; now the posts are the task's posts and the units read.
- a zone's committee written without its 会 (``西海岸新区管委``, ``高新区管委``) is a zone (kind
  department before); ``市城管委`` stays a department.
- a carry-over rule naming its holders before its 以下 (``（注：各县（市、区）人民政府为各项任务的责任主体，
  以下不再一一列出）``, ``各项任务均由各县（市、区）政府负责落实，以下不再列出``) adds them to every later
  annotated task (the rule was read with no unit: lost in silence).
- a unit label followed by a space where its colon belongs inside a bracket (``（责任单位 县交通运输局
  县财政局）``): the label was read into the first name (a unit 责任单位县交通运输局).
- the role words alone as labels after a task's last sentence (``…。牵头：县商务局；配合：各乡镇``): the
  annotation was lost with no report.

Forms: county 重点工作任务分工 tables and their text copies keep a 进展情况 / 备注 column beside the
units, and the copy runs its cell into the annotation's bracket."""
from kg.extract import annotations as ann
from kg.resolve.naming import canonical_body

from test_conventions import read, who

PLAN = ("某某县人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
        "一、加快产业发展\n"
        "1.推进工业园区扩区调规工作。（县发改局、县自然资源局，年底前）\n"
        "2.实施农村道路提升工程20公里。（县交通运输局、县财政局，按进度推进）\n"
        "3.完成老旧小区改造5个。（县住建局，6月底前完成，具体见附件）\n"
        "4.改造提升农贸市场。（县商务局牵头，县市场监管局配合，按进度推进）\n"
        "5.推进河道治理。（县水利局、各乡镇，已完成）\n"
        "6.选派骨干教师支教。（县一中、县二中，每校2名）\n")


def test_a_note_after_the_units_keeps_the_annotation(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "农村道路提升工程") == [("县交通运输局", "responsible"), ("县财政局", "responsible")]
    assert who(out, "老旧小区改造") == [("县住建局", "responsible")]
    assert who(out, "农贸市场") == [("县商务局", "lead"), ("县市场监管局", "support")]
    assert who(out, "河道治理") == [("县水利局", "responsible"), ("各乡镇", "responsible")]
    result, tasks, _ = out
    deadline = {tasks[a.task_id].source_text[:6]: a.raw.deadline for a in result.assignments}
    assert deadline["3.完成老旧"] == "2024-06"


def test_the_note_is_reported_not_dropped(write_doc):
    result, _, _ = read(write_doc, PLAN)
    notes = sorted(i.message for i in result.issues if "neither a unit nor a deadline" in i.message)
    assert len(notes) == 4
    assert any("按进度推进" in m for m in notes) and any("具体见附件" in m for m in notes)
    assert any("已完成" in m for m in notes)


def test_what_a_note_is_not():
    assert ann.classify("县交通运输局、县财政局，按进度推进", notes=True) == "bare"
    assert ann.classify("县商务局牵头，县市场监管局配合，按进度推进", notes=True) == "verb"
    assert ann.classify("按进度推进，县交通运输局", notes=True) is None   # the units come first
    assert ann.classify("县一中、县二中，每校2名", notes=True) is None       # a number: who takes part
    assert ann.classify("县水利局、各乡镇，县政府督查室", notes=True) == "bare"   # a name: one more unit
    assert ann.classify("中国、美国，等国家", notes=True) is None
    # a line of running text has no notes: its other clauses are the work (由X牵头组织，对…开展抽查)
    assert ann.classify("由省政府督查室牵头组织，对重点地区开展抽查") is None
    assert ann.classify("县交通运输局、县财政局，按进度推进") is None


def test_the_participants_with_a_number_stay_unread(write_doc):
    assert who(read(write_doc, PLAN), "选派骨干教师支教") == []


DEPARTMENT = ("湖南省交通运输厅关于印发2024年全省交通运输工作要点任务分工的通知\n"
              "湘交办〔2024〕12号\n"
              "厅机关各处室、厅直属各单位：\n"
              "一、全力推进交通基础设施建设\n"
              "1.加快农村公路提质改造。（公路处／省公路事务中心，2024年12月底前）\n"
              "2.开展安全生产治本攻坚三年行动。（安监处牵头，厅机关各处室、厅直属各单位按职责分工负责）\n"
              "3.推进政务服务“一网通办”。（厅办公室、科技信息处、厅政务服务中心）\n")


def test_a_departments_own_bodies(write_doc):
    out = read(write_doc, DEPARTMENT)
    assert who(out, "农村公路提质改造") == [("公路处", "responsible"), ("省公路事务中心", "responsible")]
    result, tasks, _ = out
    units = {a.raw.mention.text: a.unit for a in result.assignments}
    assert units["厅办公室"].name == "厅办公室" and not units["厅办公室"].resolved
    assert units["厅政务服务中心"].name == "厅政务服务中心"
    assert units["厅机关各处室"].kind == "collective"
    assert units["省公路事务中心"].name == "湖南省公路事务中心"


BUREAU = ("苏州市生态环境局关于印发2024年全市生态环境保护工作要点的通知\n"
          "各市（区）生态环境局，局机关各处室、各直属单位：\n"
          "一、深入打好污染防治攻坚战\n"
          "1.推进长江大保护。（水生态环境处、各市、区分局，全年）\n"
          "2.开展执法检查。（市生态环境综合行政执法局、各县、区生态环境分局）\n")


def test_a_series_of_levels_sharing_any_body(write_doc):
    out = read(write_doc, BUREAU)
    assert who(out, "推进长江大保护") == [("水生态环境处", "responsible"), ("各市、区分局", "responsible")]
    assert who(out, "开展执法检查") == [("市生态环境综合行政执法局", "responsible"),
                                      ("各县、区生态环境分局", "responsible")]
    result, _, _ = out
    units = {a.raw.mention.text: a.unit for a in result.assignments}
    assert units["市生态环境综合行政执法局"].name == "苏州市生态环境综合行政执法局"
    assert units["各市、区分局"].kind == "collective"


def test_a_short_form_leaving_out_a_field_stands_for_it_only_after_a_place():
    assert canonical_body("市综合行政执法局") == "市城市管理综合行政执法局"
    assert canonical_body("市农业综合行政执法局") == "市农业综合行政执法局"
    assert canonical_body("市审批局") == "市行政审批局"
    assert canonical_body("市数据和审批局") == "市数据和审批局"
    # heads that are no field (人民, 中国, 国家) stand after any words, as before
    assert canonical_body("各级政府") == "各级人民政府"
    assert canonical_body("事发地政府") == "事发地人民政府"
    assert canonical_body("人民银行") == "中国人民银行"


DATES = ("某某县人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
         "1.推进城区管网改造。（县住建局，截至2024年底）\n"
         "2.建设县城污水处理厂。（县水务局，6月底前启动，10月底前完成）\n"
         "3.完成高标准农田建设。（县农业农村局，于2024年9月底前）\n")


def test_a_date_after_a_word_and_the_later_of_two(write_doc):
    result, tasks, _ = out = read(write_doc, DATES)
    assert who(out, "城区管网改造") == [("县住建局", "responsible")]
    deadline = {tasks[a.task_id].source_text[:6]: a.raw.deadline for a in result.assignments}
    assert deadline == {"1.推进城区": "2024-12", "2.建设县城": "2024-10", "3.完成高标": "2024-09"}


def _township_doc(title):
    return (title + "\n各村（社区）、镇直各单位：\n"
            "1.做好森林防火巡查。（镇林业站、各村，全年）\n"
            "2.开展隐患排查。（镇应急办牵头，镇派出所配合）\n")


def test_a_townships_document_in_its_county(write_doc):
    result, _, _ = read(write_doc, _township_doc("渔峡口镇人民政府关于印发2024年森林防火工作方案的通知"))
    assert (result.documents[0].place.name, result.documents[0].place.adcode) == ("长阳土家族自治县", "420528")
    result, _, _ = read(write_doc, _township_doc("城关镇人民政府关于印发2024年森林防火工作方案的通知"))
    assert result.documents[0].place.adcode is None          # some ninety 城关镇: no one county
    # the place the text names decides between townships of one name (西湖街道: eight)
    result, _, _ = read(write_doc, _township_doc("西湖街道办事处关于印发2024年工作要点的通知")
                        + "3.配合杭州市西湖区做好亚运场馆周边环境整治。（街道城管科）\n")
    assert result.documents[0].place.adcode in ("330106", "330100")


STREET = ("中共宝山街道工作委员会 宝山街道办事处关于印发《2024年街道重点工作任务清单》的通知\n"
          "各社区党组织、居委会，街道各办（中心）：\n"
          "一、基层治理\n"
          "1.推进社会治理。（责任科室：党政办、平安办；配合社区：各社区）\n"
          "2.完成老旧小区加装电梯10部。（街道城建科牵头，幸福社区、和平社区居委会配合）\n")


def test_a_sub_districts_labels_and_joint_issuers(write_doc):
    out = read(write_doc, STREET)
    assert who(out, "推进社会治理") == [("党政办", "responsible"), ("平安办", "responsible"),
                                      ("各社区", "support")]
    result, _, _ = out
    assert not [i for i in result.issues if "unknown annotation label" in i.message]
    units = {a.raw.mention.text: a.unit for a in result.assignments}
    assert units["街道城建科"].name == "宝山街道城建科"
    assert ann.label_role("牵头乡镇") == "lead" and ann.label_role("配合县区") == "support"


def test_a_series_of_levels_closed_by_a_conjunction():
    assert ann.unit_items("各县、区和市直各部门") == [("各县", None), ("区", "各区"), ("市直各部门", None)]
    assert ann.unit_items("各县、市、区及县直有关单位")[-1] == ("县直有关单位", None)


PROVINCE = ("福建省人民政府办公厅关于印发2024年数字福建工作要点的通知\n"
            "闽政办〔2024〕9号\n"
            "1.深化数字港建设。（福州市、厦门市人民政府，省商务厅）\n"
            "2.推进数据要素市场化配置改革。（省发改委、省大数据局，福州、厦门、泉州市政府配合）\n")


def test_bare_cities_before_a_shared_government_are_those_governments(write_doc):
    result, _, _ = read(write_doc, PROVINCE)
    ids = {}
    for a in result.assignments:
        ids.setdefault(a.unit.name, set()).add((a.unit.unit_id, a.unit.resolved))
    assert len(ids["福州市人民政府"]) == 1 and len(ids["厦门市人民政府"]) == 1
    assert all(resolved for (_, resolved) in ids["福州市人民政府"] | ids["厦门市人民政府"])


def test_a_division_in_full_shares_the_government_only():
    assert ann.unit_items("川汇区、项城市、沈丘县人民政府")[:2] == [
        ("川汇区", "川汇区人民政府"), ("项城市", "项城市人民政府")]
    assert ann.unit_items("福州、厦门、泉州市政府")[0] == ("福州", "福州市政府")


def test_a_bodys_own_sets_are_collectives():
    from kg.resolve.units import guess_kind
    for name in ("部内相关司局", "部内各司局", "厅内相关处室", "市政府各局", "各站所"):
        assert guess_kind(name) == "collective", name


LEADERS = ("中共某某县委办公室关于印发2024年全县重点工作责任分解的通知\n"
           "1.抓好招商引资。（县委常委、常务副县长张三牵头，县商务局、县投促中心负责）\n"
           "2.抓好安全生产。（县长王五负总责，分管副县长具体抓，县应急局牵头）\n")


def test_a_post_with_its_holders_name_beside_the_units(write_doc):
    out = read(write_doc, LEADERS)
    assert who(out, "抓好招商引资") == [("县商务局", "responsible"), ("县投促中心", "responsible")]
    assert who(out, "抓好安全生产") == [("县应急局", "lead")]
    result, tasks, _ = out
    posts = {}
    for e in result.enrichment.values():
        for p in e.posts:
            posts.setdefault(tasks[p.task_id].source_text[:6], []).append(p.written)
    # (one person holding both posts, since session 50: it was a post alone and a person)
    assert posts["1.抓好招商"] == ["县委常委、常务副县长张三"]
    assert posts["2.抓好安全"] == ["县长王五", "分管副县长"]
    from kg.extract import unitnames
    assert unitnames.is_person_or_post("县委书记王小明")
    assert not unitnames.is_person_or_post("局长办公会") and not unitnames.is_person_or_post("市长热线")


def test_a_zones_committee_without_its_hui():
    from kg.resolve.units import guess_kind
    assert guess_kind("西海岸新区管委") == "zone" and guess_kind("高新区管委") == "zone"
    assert guess_kind("市城管委") == "department"


RULE = ("某某市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
        "（注：各县（市、区）人民政府为各项任务的责任主体，以下不再一一列出）\n"
        "1.推进工业园区扩区调规工作。（市发改委）\n"
        "2.实施农村道路提升工程。（市交通运输局牵头，市财政局配合）\n")


def test_a_rule_naming_its_holders_before_its_yixia(write_doc):
    out = read(write_doc, RULE)
    assert who(out, "扩区调规") == [("市发改委", "responsible"), ("各县（市、区）人民政府", "responsible")]
    assert who(out, "农村道路") == [("市交通运输局", "lead"), ("市财政局", "support"),
                                   ("各县（市、区）人民政府", "responsible")]
    out = read(write_doc, RULE.replace("（注：各县（市、区）人民政府为各项任务的责任主体，以下不再一一列出）",
                                       "各项任务均由各县（市、区）政府负责落实，以下不再列出。"))
    assert who(out, "扩区调规") == [("市发改委", "responsible"), ("各县（市、区）政府", "responsible")]


def test_a_spaced_label_inside_a_bracket(write_doc):
    out = read(write_doc, "某某县人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
                          "1.实施农村道路提升工程。（责任单位 县交通运输局 县财政局）\n"
                          "2.推进河道治理。（牵头单位 县水利局；完成时限 2024年底）\n")
    assert who(out, "农村道路") == [("县交通运输局", "responsible"), ("县财政局", "responsible")]
    assert who(out, "河道治理") == [("县水利局", "lead")]


def test_role_words_alone_as_labels_after_the_task(write_doc):
    out = read(write_doc, "某某县人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
                          "1.打造电商直播基地1个。牵头：县商务局；配合：各乡镇\n"
                          "2.举办招商推介会3场。责任单位：县商务局\n")
    assert who(out, "电商直播基地") == [("县商务局", "lead"), ("各乡镇", "support")]
