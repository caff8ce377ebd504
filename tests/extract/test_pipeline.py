"""End-to-end on small documents written in the corpus's style."""
from kg.pipeline import build
from kg.resolve.lexicon import load_lexicon

NOTICE = """廊坊市人民政府办公室

关于印发某项工作实施方案的通知

廊政办字〔2099〕1号

一、重点任务

（一）科学编制改造方案。各地要严格对照要求。

（责任单位：市住建局、市发改委，各县（市、区）政府。以下均需各县（市、区）政府负责落实，不再列出）

（二）统筹推动实施。各地政府要切实履行属地责任。

（责任单位：市住建局、市某某新设局）

二、保障措施

（一）加强组织领导。市住建局要会同相关部门加强督导。
"""


def by_task(result):
    out = {}
    tasks = {t.task_id: t for t in result.tasks}
    for a in result.assignments:
        out.setdefault(tasks[a.task_id].path_str, []).append(a)
    return out


def test_standalone_inheritance_and_resolution(write_doc):
    r = build([write_doc(NOTICE)])
    got = by_task(r)
    first = [(a.unit.name, a.raw.via) for a in got["一/（一）"]]
    assert first == [("市住房和城乡建设局", "standalone"), ("市发展和改革委员会", "standalone"),
                     ("各县（市、区）人民政府", "standalone")]
    second = [(a.unit.name, a.raw.via, a.unit.resolved) for a in got["一/（二）"]]
    assert ("各县（市、区）人民政府", "inherited", True) in second
    # an unknown unit is kept, unresolved, and reported with its line
    assert ("市某某新设局", "standalone", False) in second
    assert any(i.code == "E401" and i.line == 15 for i in r.issues)
    # a task without an annotation gets no stated responsibility, not even the carried units
    # (its prose "市住建局要会同…" is a duty clause, kept apart with via "prose")
    assert all(a.raw.via in ("prose", "mention") for a in got.get("二/（一）", []))
    inh = [a for a in got["一/（二）"] if a.raw.via == "inherited"][0]
    assert inh.raw.rule_source.line == 11


def test_other_city_names_are_not_resolved_against_langfang(write_doc):
    text = ("唐山市人民政府办公室\n关于印发方案的通知\n唐政办字〔2024〕12号\n\n"
            "（一）规范中介服务。清理规范中介服务事项。（市行政审批局牵头，市发展改革委配合；长期坚持）\n")
    r = build([write_doc(text)])
    units = {a.unit.name: a for a in r.assignments}
    # completed with the document's own city and brought to the standard names
    assert set(units) == {"唐山市行政审批局", "唐山市发展和改革委员会"}
    assert {a.raw.mention.text for a in r.assignments} == {"市行政审批局", "市发展改革委"}
    assert all(a.unit.jurisdiction == "唐山市" and a.unit.adcode == "130200" for a in r.assignments)
    assert units["唐山市行政审批局"].raw.role == "lead"
    assert units["唐山市行政审批局"].raw.deadline == "长期坚持"


def test_own_lexicon_resolves(tmp_path, write_doc):
    lex = tmp_path / "city.tsv"
    lex.write_text("#@ jurisdiction\t唐山市\ncanonical\tkind\taliases\n"
                   "市发展和改革委员会\tdepartment\t市发展改革委\n", encoding="utf-8")
    text = "唐山市人民政府办公室\n关于印发方案的通知\n\n1.清理规范中介服务事项。（责任单位：市发展改革委）\n"
    r = build([write_doc(text)], lexicon=load_lexicon([lex]))
    a = r.assignments[0]
    assert a.unit.name == "市发展和改革委员会" and a.unit.resolved
    assert a.raw.mention.text == "市发展改革委"


def test_table_columns_roles_and_deadline(write_doc):
    text = ("唐山市人民政府办公室\n关于印发方案的通知\n\n附件\n重点任务分工表\n\n\t序号\n\t重点任务\n\t牵头单位\n"
            "\t配合单位\n\t完成时限\n\n\t1\n\t建立涉企政策“免申即享”机制\n\t市财政局\n\t市发展改革委\n\n"
            "市工业和信息化局\n\t2024年9月\n\n\t2\n\t推行“首违不罚”清单\n\t市司法局\n\t\n\t2024年6月\n")
    r = build([write_doc(text)])
    got = by_task(r)
    row1 = [(a.raw.mention.text, a.raw.role, a.raw.via, a.raw.deadline) for a in got["附件/1"]]
    assert row1 == [("市财政局", "lead", "table", "2024-09"), ("市发展改革委", "support", "table", "2024-09"),
                    ("市工业和信息化局", "support", "table", "2024-09")]
    row2 = [(a.raw.mention.text, a.raw.role) for a in got["附件/2"]]
    assert row2 == [("市司法局", "lead")]


def test_forms_of_other_cities(write_doc):
    text = ("某市人民政府办公室关于印发某市行动方案的通知\n某政办发〔2024〕3号\n\n一、夯实基础\n"
            "1. 建设数据共享平台。(牵头单位:市数据局;配合单位:市发展改革委、市财政局;完成时限:2024年12月底前完成)\n"
            "2. 推进电子证照应用。责任单位：市数据局、市公安局。\n"
            "3. 优化营商环境（市发改委、市商务局）\n"
            "4. 完善制度。（责任单位：市司法局、\n"
            "市财政局）\n")
    r = build([write_doc(text)])
    got = {}
    tasks = {t.task_id: t for t in r.tasks}
    for a in r.assignments:
        got.setdefault(tasks[a.task_id].path_str, []).append((a.raw.mention.text, a.raw.role))
    assert got["一/1"] == [("市数据局", "lead"), ("市发展改革委", "support"), ("市财政局", "support")]
    assert got["一/2"] == [("市数据局", "responsible"), ("市公安局", "responsible")]
    assert got["一/3"] == [("市发改委", "responsible"), ("市商务局", "responsible")]
    assert got["一/4"] == [("市司法局", "responsible"), ("市财政局", "responsible")]
    assert all(a.unit.jurisdiction == "某市" for a in r.assignments)


def test_first_listed_leads_stated_in_text_applies_to_tables(write_doc):
    text = ("某县人民政府办公室\n关于印发分工方案的通知\n\n各单位：责任单位中列第一位的为牵头单位。\n\n"
            "\t序号\n\t任务\n\t责任单位\n\n\t1\n\t新建幼儿园3所\n\t县教育局、县财政局\n")
    r = build([write_doc(text)])
    assert [(a.raw.mention.text, a.raw.role) for a in r.assignments] == [
        ("县教育局", "lead"), ("县财政局", "responsible")]


def test_deadline_after_the_annotation_and_labels_run_together(write_doc):
    text = ("某市人民政府办公室关于印发某市行动方案的通知\n\n"
            "1.建立项目库。（责任单位：市发改委）2024年底前完成。\n"
            "2.完善配套政策。（责任单位：市财政局）（2024年6月底前）\n"
            "3.推进数字化。（牵头单位：市数据局 配合单位：市财政局）\n")
    r = build([write_doc(text)])
    got = {}
    tasks = {t.task_id: t for t in r.tasks}
    for a in r.assignments:
        got.setdefault(tasks[a.task_id].path_str, []).append((a.raw.mention.text, a.raw.role, a.raw.deadline))
    assert got["1"] == [("市发改委", "responsible", "2024-12")]
    assert got["2"] == [("市财政局", "responsible", "2024-06")]
    assert got["3"] == [("市数据局", "lead", None), ("市财政局", "support", None)]
    assert tasks[next(t for t in tasks if t.endswith(":1"))].text == "建立项目库。"


def test_table_run_together_with_no_separator(write_doc):
    # a .docx table a mirror flattened into one paragraph: header, then per row 序号, text, the
    # leader (a person) and the unit names, all run together; a row spans a line break and a
    # row with two sub-rows, each with its own cells
    text = ("某区2022年为民办实事项目责任分解表序号实事项目工作内容区政府分管领导牵头单位配合单位"
            "1改善出行条件完成农村公路提质改造80公里。李明交通运输局财政局城东街道城西街道"
            "2提升医疗服务建成区人民医院新院区。王晓芳卫健委医保局各街道推进智慧医疗建设，\n"
            "上线互联网医院。赵刚工信局大数据中心新增家庭医生团队20个，覆盖全部社区。"
            "3加强养老服务新建社区养老服务站5个。")
    r = build([write_doc(text)])
    tasks = {t.task_id: t for t in r.tasks}
    rows = {}
    for a in r.assignments:
        if a.raw.via == "table":
            rows.setdefault(tasks[a.task_id].text[:8], []).append((a.raw.mention.text, a.raw.role))
    assert rows["改善出行条件完成"] == [("交通运输局", "lead"), ("财政局", "support"),
                                    ("城东街道", "support"), ("城西街道", "support")]
    assert rows["提升医疗服务建成"] == [("卫健委", "lead"), ("医保局", "support"), ("各街道", "support")]
    # a sub-row with cells of its own, its text across the line break
    assert rows["推进智慧医疗建设"] == [("工信局", "lead"), ("大数据中心", "support")]
    sub = next(t for t in r.tasks if t.text.startswith("推进智慧医疗建设"))
    assert "上线互联网医院" in sub.text and (sub.span.first_line, sub.span.last_line) == (1, 2)
    # text with no cells of its own continues the row above (merged cells); row 3 has none
    assert "新增家庭医生团队20个" in sub.text
    assert not [t for t in r.tasks if t.text.startswith("加强养老服务")
                and any(a.task_id == t.task_id for a in r.assignments if a.raw.via == "table")]


def test_run_together_header_alone_is_not_a_table(write_doc):
    # column names run together in running text, with no row of unit names after them
    text = "表头为序号项目名称主要内容牵头单位配合单位，请各单位按此填报。\n一、加强领导。（牵头单位：县政府办）"
    r = build([write_doc(text)])
    assert [(a.raw.mention.text, a.raw.via) for a in r.assignments
            if a.raw.via in ("table", "inline")] == [("县政府办", "inline")]


def test_a_document_whose_extraction_fails_is_reported_and_the_build_goes_on(tmp_path,
                                                                           monkeypatch):
    import kg.pipeline as pipeline
    (tmp_path / "a.txt").write_text("一、摸清底数（责任单位：市住建局）\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("二、建立台账（责任单位：市财政局）\n", encoding="utf-8")
    real = pipeline.extract_document

    def failing(doc, known):
        if doc.lines[0].file == "a.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, known)
    monkeypatch.setattr(pipeline, "extract_document", failing)
    result = build([tmp_path], workers=1)
    assert [a.unit.name for a in result.assignments] == ["市财政局"]
    assert result.files == ["a.txt", "b.txt"] and len(result.documents) == 2
    failed = [i for i in result.issues if i.code == "E309"]
    assert [(i.file, i.line, i.severity) for i in failed] == [("a.txt", 1, "error")]
    assert "RecursionError" in failed[0].message and "bug in kg" in failed[0].message


def test_a_definition_inside_a_list_of_places_ends_the_build_normally(tmp_path):
    # 浦东新区以及闵行、…等区交通行政管理部门（以下简称区交通行政管理部门）: the short name is the
    # last item of its own full name. From 上海市公共汽车和电车客运管理条例 (LawRefBook/Laws DLC):
    # kg.extract.enrich.duties recursed without end on it (the short name read through its full
    # name, whose last item is the short name) and the whole build stopped
    (tmp_path / "reg.txt").write_text(
        "上海市公共汽车和电车客运管理条例\n"
        "浦东新区以及闵行、宝山、嘉定、金山、松江、奉贤、青浦、崇明等区交通行政管理部门（以下简称区"
        "交通行政管理部门）负责组织领导本行政区域内的公共汽车和电车客运管理工作。区交通行政管理部门"
        "所属的交通运输管理机构（以下简称区运输管理机构）负责具体实施本行政区域内公共汽车和电车客运"
        "日常管理和监督工作。\n", encoding="utf-8")
    result = build([tmp_path / "reg.txt"], workers=1)
    assert result.files == ["reg.txt"] and len(result.documents) == 1
    assert [(i.code, i.file, i.line) for i in result.issues if i.severity == "error"] == []
    assert "交通运输管理机构" in {a.raw.mention.text for a in result.assignments}
