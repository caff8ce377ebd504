"""The forms an office's real files take (helper pb46's probes of session 45, written as short
fixtures; every case was lost, misread or misplaced before):

- four or more one-line items of about one width, each closed by its annotation, looked like a
  text hard-wrapped at that width: the title went on into the 文号 (no issuer, no title);
- a field of another name between a task's annotation lines (``督办单位：…``, ``备注：…``) opened a
  paragraph task that took the ``完成时限：`` line after it (the deadline lost in silence);
- ``督办单位：市政府督查室`` / ``负责考核部门：…`` kept the office as responsible (an unknown
  label): it follows the work up, no role, named in the report;
- ``分管副市长：钱某某`` and ``联系人及电话：周某某 13912345678`` were unknown labels: person fields;
  a 联系人及电话 column's ``张三 13912345678`` was "not a post or person" (the number is cut off);
- a 责任单位 cell holding ``牵头单位：X`` / ``配合单位：Y`` (a Word cell's paragraphs, a TAB cell split
  at ；) had both refused as text: each takes its label's role;
- ``各地（市）发展改革委``, ``各乡镇（街道）财政所`` were split, the organ resolved to the issuer's own
  (a wrong unit): one collective;
- ``2024年9月至12月``, ``即日起至2025年底`` were kept as written (their end: 2024-12, 2025-12); a
  时间节点 of two milestones took the first (the start), a cell of two dates a line was joined;
- pdftotext's ``— 3 —`` between the lines of an annotation a page broke was read into a name
  (保定市—3—市财政局);
- ``以上两项由X牵头，Y配合。`` after a list gave the items X alone;
- ``（市水利局负责，联系电话：…）`` was no annotation (the contact field refused it: the unit only
  "mentioned"), and ``督办：市政府督查室`` (no 单位) kept the office as responsible;
- a range copied out of Excel and pasted as text (quoted cells of several lines) lost its units
  and gave a row the unit of the row above;
- a table per department under numbered headings (``二、市财政局`` over the same header again): the
  heading was a section row of the first table, the header a row of it, and the second table's
  rows had the first heading's unit;
- a department's name alone (or with a colon) over a table whose rows name no unit, and a
  workbook of one sheet per department named after it: the rows had no unit.

Forms probed that were read right (no test here): wrapped annotations (``（责任单位：市发改委、`` /
``市财政局，完成时限：2024年`` / ``6月底前）``), page numbers between task lines, mixed full- and
half-width brackets and colons, spaced names (``市 发 改 委``, ``市　行政审批局``), Word tables with
merged 牵头单位 cells and two-row headers (责任单位 over 牵头 | 配合), Excel sheets with title rows,
blank rows, a 序号 column and a sheet per department, collectives of other provinces (各盟市,
各旗县（市、区）, 各州（市）, 各地（市、州）, 各区县（自治县）, 各乡镇（街道）, 各镇（街道）, 各县（区）,
各市（地）, 省直各有关单位, 市直各部门, 区属各单位, 各有关单位) alone and beside departments,
``责任领导：``, ``责任人：局长 张三``, ``包联领导：``, ``持续推进``, ``长期坚持``, ``2024年起``,
``每季度``, ``按上级要求``, ``第一季度``, ``11月份``, ``2025年春节前``, ``以上任务均由…负责``.

Forms seen in real pages: the notice's closing contact line (``联系人:…,联系电话:…``,
xyexam.com/html/2509/2021-05-25/content-93597.html, 盘锦市 2021), 责任领导 and 责任人 columns of
a 任务分解表 (www.xqq.gov.cn/zmhd/yjzjjgfk/201808/t20180819_980141.html, 银川市兴庆区 2018); the
others written from knowledge of the conventions (searches of the pages corpus for 督办单位,
各地（市）发展改革委 and 以上两项由…牵头 found no annotated list using them).
"""
from test_conventions import read, who

from kg.pipeline import build


ONE_LINE_ITEMS = ("张家口市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
                  "张政办字〔2024〕12号\n"
                  "各县（区）人民政府，市政府各部门：\n"
                  "1.推进重大项目建设。（责任单位：市发改委）\n"
                  "2.优化营商环境。（责任单位：市行政审批局）\n"
                  "3.加强生态环境保护。（责任单位：市生态环境局）\n"
                  "4.做好安全生产工作。（责任单位：市应急管理局）\n")


def test_one_line_items_of_one_length_are_no_hard_wrapped_page(write_doc):
    # four items closed by their annotations, each of about one width, looked like a text
    # hard-wrapped at that width: the title went on into the 文号 (no issuer, no title)
    out = read(write_doc, ONE_LINE_ITEMS)
    doc = out[0].documents[0]
    assert doc.issuer == "张家口市人民政府办公室"
    assert doc.title == "关于印发2024年重点工作任务分工方案的通知"
    assert who(out, "做好安全生产工作") == [("市应急管理局", "responsible")]


RECORD = ("晋中市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
          "市政办发〔2024〕9号\n"
          "各县（区、市）人民政府，市直各有关单位：\n"
          "1.推进重大项目建设。\n"
          "责任单位：市发改委\n"
          "{field}\n"
          "完成时限：2024年6月底前\n"
          "2.优化营商环境。\n"
          "责任单位：市行政审批局\n"
          "完成时限：2024年12月底前\n")


def _rows(result, tasks, anchor):
    return [(a.unit.name, a.raw.role, a.raw.deadline) for a in result.assignments
            if anchor in tasks[a.task_id].source_text]


def test_a_field_of_another_name_between_annotation_lines_keeps_the_block(write_doc):
    # the 督办 or 备注 line opened a paragraph task of its own, which took the deadline line after
    # it: the item lost its deadline in silence
    for field in ("督办单位：市政府督查室", "备注：市政府督查室督办"):
        result, tasks, _ = read(write_doc, RECORD.format(field=field))
        assert _rows(result, tasks, "推进重大项目建设") == [
            ("晋中市发展和改革委员会", "responsible", "2024-06")], field
        assert not [t for t in tasks.values() if t.source_text.startswith(field)], field


def test_an_overseeing_office_is_no_doer_and_is_named_in_the_report(write_doc):
    # 督办单位 was an unknown label whose units were kept as responsible; 负责考核部门 too
    text = ("大同市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
            "同政办发〔2024〕8号\n"
            "各县（区）人民政府，市直各委、办、局：\n"
            "1.推进乡村振兴。（责任单位：市农业农村局；督办单位：市政府督查室）\n"
            "2.推进重大项目建设。（责任单位：市发改委；负责考核部门：市政府督查室）\n")
    out = read(write_doc, text)
    assert who(out, "推进乡村振兴") == [("市农业农村局", "responsible")]
    assert who(out, "推进重大项目建设") == [("市发改委", "responsible")]
    msgs = [i.message for i in out[0].issues if "市政府督查室" in i.message]
    assert len(msgs) == 2 and all("no role" in m for m in msgs)
    assert not [i for i in out[0].issues if "unknown annotation label" in i.message]
    # the same line standing among the task's annotation lines
    result, tasks, _ = read(write_doc, RECORD.format(field="督办单位：市政府督查室"))
    assert [i.line for i in result.issues if "督办单位" in i.message] == [6]


def test_a_field_named_by_the_leaders_post_or_the_contact_and_phone(write_doc):
    # 分管副市长：钱某某 and 联系人及电话：周某某 13912345678 were unknown labels, their values
    # reported as pieces neither unit nor deadline
    text = ("大同市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
            "同政办发〔2024〕8号\n"
            "各县（区）人民政府，市直各委、办、局：\n"
            "1.推进乡村振兴。（分管副市长：钱某某；责任单位：市农业农村局）\n"
            "2.做好防汛工作。（责任单位：市水务局；联系人及电话：周某某 13912345678）\n")
    out = read(write_doc, text)
    result, tasks, _ = out
    assert who(out, "推进乡村振兴") == [("市农业农村局", "responsible")]
    assert who(out, "做好防汛工作") == [("市水务局", "responsible")]
    assert not result.issues, [i.message for i in result.issues]
    posts = sorted((p.written, p.label) for e in result.enrichment.values() for p in e.posts)
    assert posts == [("周某某", "联系人及电话"), ("钱某某", "分管副市长")]


def _docx_table(path, rows, head=("序号", "工作任务", "责任单位", "完成时限")):
    """A notice with a Word table whose cells hold one paragraph per line of their text."""
    import docx
    d = docx.Document()
    d.add_paragraph("衡水市人民政府办公室关于印发2024年重点工作任务分工方案的通知")
    d.add_paragraph("衡政办字〔2024〕1号")
    d.add_paragraph("各县（市、区）人民政府，市政府各部门：")
    t = d.add_table(rows=len(rows) + 1, cols=len(head))
    for c, h in zip(t.rows[0].cells, head):
        c.text = h
    for r, row in zip(t.rows[1:], rows):
        for c, v in zip(r.cells, row):
            parts = v.split("\n")
            c.text = parts[0]
            for p in parts[1:]:
                c.add_paragraph(p)
    d.save(str(path))
    return path


def test_a_units_cell_that_labels_its_names_by_role(tmp_path, write_doc):
    # a 责任单位 cell holding 牵头单位：X / 配合单位：Y (a Word cell of two paragraphs, or one
    # line of a TAB table): both names were refused as "text, not a unit's name", the task left
    # with no unit
    path = _docx_table(tmp_path / "d.docx", [
        ("1", "推进重大项目建设。", "市发改委\n市财政局", "2024年6月底前"),
        ("2", "加强生态环境保护。", "牵头单位：市生态环境局\n配合单位：市自然资源和规划局", "持续推进")])
    result = build([path])
    tasks = {t.task_id: t for t in result.tasks}
    got = sorted((a.unit.name, a.raw.role, a.raw.label) for a in result.assignments
                 if "生态环境保护" in tasks[a.task_id].source_text)
    assert got == [("衡水市生态环境局", "lead", "牵头单位"),
                   ("衡水市自然资源和规划局", "support", "配合单位")]
    assert not [i for i in result.issues if "reads as text" in i.message]
    got = sorted((a.unit.name, a.raw.role) for a in result.assignments
                 if "重大项目" in tasks[a.task_id].source_text)
    assert got == [("衡水市发展和改革委员会", "responsible"), ("衡水市财政局", "responsible")]
    text = ("邯郸市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
            "邯政办字〔2024〕9号\n"
            "序号\t工作任务\t责任单位\t完成时限\n"
            "1\t优化营商环境。\t牵头单位：市行政审批局；配合单位：市市场监管局、市司法局\t2024年12月底前\n"
            "2\t加强生态环境保护。\t市生态环境局\t持续推进\n")
    out = read(write_doc, text)
    assert who(out, "优化营商环境") == [("市行政审批局", "lead"), ("市市场监管局", "support"),
                                        ("市司法局", "support")]


def test_the_organs_of_a_collective_of_places_written_with_a_bracketed_level(write_doc):
    # 各地（市）发展改革委 was split into 各地（市） and 发展改革委, the second resolved to the
    # issuer's own 发展和改革委员会 (a wrong unit); 各乡镇（街道）财政所 likewise
    text = ("拉萨市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
            "拉政办发〔2024〕13号\n"
            "各县（区）人民政府，市直各单位：\n"
            "1.推进重大项目建设。（责任单位：市发展改革委、各地（市）发展改革委）\n"
            "2.推进乡村振兴。（责任单位：各乡镇（街道）财政所）\n"
            "3.优化营商环境。（责任单位：各市（地）教育局）\n")
    out = read(write_doc, text)
    assert who(out, "推进重大项目建设") == [("市发展改革委", "responsible"),
                                            ("各地（市）发展改革委", "responsible")]
    assert who(out, "推进乡村振兴") == [("各乡镇（街道）财政所", "responsible")]
    assert who(out, "优化营商环境") == [("各市（地）教育局", "responsible")]
    kinds = {a.raw.mention.text: a.unit.kind for a in out[0].assignments}
    assert kinds["各地（市）发展改革委"] == "collective"


def test_a_span_or_several_dates_give_the_deadline_they_end_at(write_doc, tmp_path):
    # 2024年9月至12月 and 即日起至2025年底 were kept as written (no date), and a 时间节点 of two
    # milestones took the first (the start: 2024年3月底前启动), as a table's 时间节点 cell of two
    # dates was kept as written
    text = ("呼和浩特市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
            "呼政办字〔2024〕5号\n"
            "各旗、县、区人民政府，市各委、办、局：\n"
            "1.做好防汛工作。（责任单位：市水务局，完成时限：2024年9月至12月）\n"
            "2.做好招商引资。（责任单位：市商务局，完成时限：即日起至2025年底）\n"
            "3.加强生态环境保护。（责任单位：市生态环境局，时间节点：2024年3月底前启动，"
            "2024年10月底前完成）\n"
            "4.做好春节保供。（责任单位：市商务局，完成时限：2025年春节前）\n")
    result, tasks, _ = read(write_doc, text)
    got = {tasks[a.task_id].source_text[2:6]: a.raw.deadline for a in result.assignments}
    assert got == {"做好防汛": "2024-12", "做好招商": "2025-12", "加强生态": "2024-10",
                   "做好春节": "2025年春节前"}
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["唐山市2024年重点工作任务分工表"])
    ws.append(["序号", "工作任务", "牵头单位", "时间节点"])
    ws.append([1, "推进重大项目建设。", "市发改委", "2024年3月底前；2024年6月底前"])
    ws.append([2, "加强生态环境保护。", "市生态环境局", "2024年9月至12月"])
    wb.save(tmp_path / "t.xlsx")
    result = build([tmp_path / "t.xlsx"])
    assert sorted(a.raw.deadline for a in result.assignments) == ["2024-06", "2024-12"]


def test_a_page_number_between_the_lines_of_a_broken_annotation(write_doc):
    # pdftotext's ``— 3 —`` (blank lines around it, one page number only) inside an annotation
    # the page broke: it was read into the name after it (—3—市财政局, 保定市—3—市财政局)
    text = ("保定市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
            "保政办字〔2024〕6号\n"
            "各县（市、区）人民政府，市政府各部门：\n"
            "1.推进重大项目建设。加快推进重点项目，确保按期完工。（责任单位：市发改委、\n"
            "\n"
            "— 3 —\n"
            "\n"
            "市财政局、市自然资源和规划局）\n"
            "2.优化营商环境。（责任单位：市行政审批局）\n")
    out = read(write_doc, text)
    assert who(out, "推进重大项目建设") == [("市发改委", "responsible"), ("市财政局", "responsible"),
                                            ("市自然资源和规划局", "responsible")]


def test_a_rule_over_the_items_above_with_a_lead_and_its_helpers(write_doc):
    # 以上两项由X牵头，Y配合。 gave the items X alone (the helpers after the lead were dropped)
    text = ("承德市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
            "承政办字〔2024〕2号\n"
            "各县（市、区）人民政府，市政府各部门：\n"
            "一、推进乡村振兴\n"
            "（一）稳定粮食生产。\n"
            "（二）发展特色产业。\n"
            "以上两项由市农业农村局牵头，市财政局、市商务局配合。\n")
    result, tasks, _ = read(write_doc, text)
    got = sorted(("/".join(tasks[a.task_id].path), a.raw.mention.text, a.raw.role)
                 for a in result.assignments if a.raw.via == "inherited")
    assert got == sorted((path, name, role) for path in ("一/（一）", "一/（二）")
                         for name, role in (("市农业农村局", "lead"), ("市财政局", "support"),
                                            ("市商务局", "support")))


def test_a_collective_of_places_before_a_name_with_its_own_level_is_two_names():
    from kg.extract.annotations import unit_items
    # (a flattened cell: the places, then the city's companies; tests/govs/collected e16)
    assert [n for n, _ in unit_items("各街道市国有公司")] == ["各街道", "市国有公司"]
    assert [n for n, _ in unit_items("各乡镇（街道）市国有公司")] == ["各乡镇（街道）", "市国有公司"]


def test_a_spreadsheet_ledger_with_two_milestones_in_a_cell_and_a_contact_column(tmp_path):
    # an Excel 台账: a title row over a blank row, the header, a blank row between records; the
    # 时间节点 cell holds two milestones one a line (joined into one phrase, kept as written)
    # and the 联系人及电话 cell a name and a number (reported as "not a post or person")
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["沧州市2024年重点工作任务台账"])
    ws.append([])
    ws.append(["序号", "重点任务", "牵头单位", "配合单位", "时间节点", "联系人及电话"])
    ws.append([1, "推进重大项目建设。", "市发改委", "市财政局", "2024年6月底前启动\n2024年12月底前完成",
               "张三 13912345678"])
    ws.append([None] * 6)
    ws.append([2, "优化营商环境。", "市行政审批局", "市直各部门", "即日起至2024年底", "李四0317-2123456"])
    wb.save(tmp_path / "t.xlsx")
    result = build([tmp_path / "t.xlsx"])
    tasks = {t.task_id: t for t in result.tasks}
    got = sorted((tasks[a.task_id].text, a.raw.mention.text, a.raw.role, a.raw.deadline)
                 for a in result.assignments)
    assert got == sorted([("推进重大项目建设。", "市发改委", "lead", "2024-12"),
                          ("推进重大项目建设。", "市财政局", "support", "2024-12"),
                          ("优化营商环境。", "市行政审批局", "lead", "2024-12"),
                          ("优化营商环境。", "市直各部门", "support", "2024-12")])
    posts = sorted((p.written, p.label) for e in result.enrichment.values() for p in e.posts)
    assert posts == [("张三", "联系人及电话"), ("李四", "联系人及电话")]
    assert not [i for i in result.issues if "联系人" in i.message]


def test_a_spreadsheet_range_pasted_as_text_with_quoted_cells_of_several_lines(write_doc):
    # Excel's copy of a range: TAB-separated, a cell with line breaks in quotes. The quoted
    # cells' lines were read as rows of their own: 市发改委 and 市财政局 lost, and the third row
    # given the second row's unit (市行政审批局, a wrong unit) with '"牵头单位：…' as its deadline
    text = ("邯郸市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
            "邯政办字〔2024〕9号\n"
            "序号\t工作任务\t责任单位\t完成时限\n"
            '1\t"推进重大项目建设。\n加快推进重点项目。"\t"市发改委\n市财政局"\t2024年6月底前\n'
            "2\t优化营商环境。\t市行政审批局\t2024年12月底前\n"
            '3\t加强生态环境保护。\t"牵头单位：市生态环境局\n配合单位：市自然资源和规划局"\t持续推进\n')
    result, tasks, _ = read(write_doc, text)
    got = sorted((tasks[a.task_id].text, a.raw.mention.text, a.raw.role, a.raw.deadline)
                 for a in result.assignments)
    assert got == sorted([
        ("推进重大项目建设。加快推进重点项目。", "市发改委", "responsible", "2024-06"),
        ("推进重大项目建设。加快推进重点项目。", "市财政局", "responsible", "2024-06"),
        ("优化营商环境。", "市行政审批局", "responsible", "2024-12"),
        ("加强生态环境保护。", "市生态环境局", "lead", "持续推进"),
        ("加强生态环境保护。", "市自然资源和规划局", "support", "持续推进")])
    assert not result.issues


def test_a_verb_annotation_with_a_contact_or_a_bare_oversight_field(write_doc):
    # （市水利局负责，联系电话：…） was no annotation (the contact field refused the bracket): the
    # unit only "mentioned"; 督办：市政府督查室 (the label without 单位) kept the office as responsible
    text = ("鄂尔多斯市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
            "鄂府办发〔2024〕14号\n"
            "各旗区人民政府，市人民政府各部门，各直属单位：\n"
            "1.推进重大项目建设。（责任单位：市发展改革委；督办：市政府督查室）\n"
            "2.做好防汛工作。（市水利局负责，联系电话：0477-8581235）\n"
            "3.做好安全生产。（市应急管理局牵头，市消防救援支队配合，联系人：张某，13912345678）\n")
    out = read(write_doc, text)
    assert who(out, "推进重大项目建设") == [("市发展改革委", "responsible")]
    assert who(out, "做好防汛工作") == [("市水利局", "responsible")]
    assert who(out, "做好安全生产") == [("市应急管理局", "lead"), ("市消防救援支队", "support")]
    assert [i.line for i in out[0].issues if "督办" in i.message] == [4]


def test_a_table_per_department_under_numbered_headings(write_doc):
    # 二、市财政局 between two TAB tables of one header was read as a section row of the first
    # table, the second header as a row of it (a task with the deadline '完成时限'), and the
    # second table's rows given the first heading's unit (市发改委: a wrong unit)
    text = ("邢台市2024年重点工作任务清单\n"
            "一、市发改委\n"
            "序号\t工作任务\t完成时限\n"
            "1\t推进重大项目建设。\t2024年6月底前\n"
            "2\t做好项目储备。\t2024年12月底前\n"
            "二、市财政局\n"
            "序号\t工作任务\t完成时限\n"
            "1\t加强预算管理。\t2024年6月底前\n")
    result, tasks, _ = read(write_doc, text)
    got = sorted((tasks[a.task_id].text, a.unit.name, a.raw.deadline) for a in result.assignments
                 if a.raw.via == "section")
    assert got == sorted([("推进重大项目建设。", "邢台市发展和改革委员会", "2024-06"),
                          ("做好项目储备。", "邢台市发展和改革委员会", "2024-12"),
                          ("加强预算管理。", "邢台市财政局", "2024-06")])
    assert not [t for t in tasks.values() if "完成时限" in t.text]


def test_a_department_over_its_own_table_or_a_sheet_per_department(write_doc, tmp_path):
    # a department's name alone (or with a colon) over a table whose rows name no unit, and a
    # workbook of one sheet per department named after it: the rows had no unit
    text = ("邢台市2024年重点工作任务清单\n"
            "市发改委：\n"
            "序号\t工作任务\t完成时限\n"
            "1\t推进重大项目建设。\t2024年6月底前\n"
            "市财政局\n"
            "序号\t工作任务\t完成时限\n"
            "1\t加强预算管理。\t2024年6月底前\n")
    result, tasks, _ = read(write_doc, text)
    got = sorted((tasks[a.task_id].text, a.unit.name) for a in result.assignments
                 if a.raw.via == "section")
    assert got == sorted([("推进重大项目建设。", "邢台市发展和改革委员会"),
                          ("加强预算管理。", "邢台市财政局")])
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "市发改委"
    ws.append(["邢台市2024年重点工作任务清单"])
    ws.append(["序号", "工作任务", "完成时限"])
    ws.append([1, "推进重大项目建设。", "2024年6月底前"])
    ws2 = wb.create_sheet("市财政局")
    ws2.append(["序号", "工作任务", "完成时限"])
    ws2.append([1, "加强预算管理。", "2024年6月底前"])
    ws3 = wb.create_sheet("Sheet3")
    ws3.append(["序号", "工作任务", "责任单位"])
    ws3.append([1, "做好安全生产。", "市应急管理局"])
    wb.save(tmp_path / "t.xlsx")
    result = build([tmp_path / "t.xlsx"])
    tasks = {t.task_id: t for t in result.tasks}
    got = sorted((tasks[a.task_id].text, a.unit.name, a.raw.via) for a in result.assignments
                 if a.raw.via in ("section", "table"))
    assert got == sorted([("推进重大项目建设。", "邢台市发展和改革委员会", "section"),
                          ("加强预算管理。", "邢台市财政局", "section"),
                          ("做好安全生产。", "邢台市应急管理局", "table")])
