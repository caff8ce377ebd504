"""Office files as government offices lay them out (helper fm48): a 分工表 whose 序号 column
Word numbers itself, a 台账 with a hidden column and a totals row."""
from __future__ import annotations

import io

from kg.extract.formats import read_bytes
from kg.pipeline import build

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbered_list(document, num_id: int, fmt: str = "decimal", text: str = "%1") -> None:
    """Give ``document`` a one-level automatic list ``num_id`` (numbering.xml)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    root = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{num_id}"><w:lvl w:ilvl="0">'
        f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        "</w:abstractNum>")
    first = root.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="{num_id}">'
                          f'<w:abstractNumId w:val="{num_id}"/></w:num>'))


def _number(paragraph, num_id: int) -> None:
    from docx.oxml import parse_xml
    paragraph._p.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_docx_table_cells_numbered_by_word_show_their_numbers(tmp_path):
    # the 序号 column of a Word table is an automatic list: its cells hold no text, the page
    # prints 1. 2. 3.; each row keeps its number (a clerk's 第2项), the body's lists count apart
    import docx
    d = docx.Document()
    _numbered_list(d, 91, text="%1.")
    d.add_paragraph("某市2025年民生实事任务分解表")
    rows = [["序号", "工作任务", "牵头单位", "完成时限"],
            ["", "新建改扩建中小学校5所", "市教育局", "2025年9月底前"],
            ["", "新增公办幼儿园学位3000个", "", "2025年9月底前"],
            ["", "建设紧密型县域医共体", "市卫生健康委", "2025年12月底前"]]
    table = d.add_table(rows=4, cols=4)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v:
                table.cell(r, c).text = v
    for r in (1, 2, 3):
        _number(table.cell(r, 0).paragraphs[0], 91)
    table.cell(1, 2).merge(table.cell(2, 2))
    d.save(tmp_path / "t.docx")
    got = read_bytes((tmp_path / "t.docx").read_bytes(), "t.docx", ".docx")
    cells = [ln.text for ln in got.lines if ln.text.strip()]
    assert [c for c in cells if c.strip().rstrip(".").isdigit()] == ["\t1.", "\t2.", "\t3."]
    result = build([tmp_path / "t.docx"])
    assert sorted((t.path, t.text) for t in result.tasks if t.kind == "row") == [
        (("1.",), "新建改扩建中小学校5所"), (("2.",), "新增公办幼儿园学位3000个"),
        (("3.",), "建设紧密型县域医共体")]
    tasks = {t.task_id: t for t in result.tasks}
    assert {(tasks[a.task_id].path, a.unit.name, a.raw.role) for a in result.assignments} == {
        (("1.",), "市教育局", "lead"), (("2.",), "市教育局", "lead"),
        (("3.",), "市卫生健康委员会", "lead")}


def _ledger(path, hide_column: bool = True, hidden_sheet: bool = False):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["某区2025年民生实事项目推进台账"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "项目名称", "投资（万元）", "原责任单位", "责任单位", "完成时限"])
    ws.append([1, "老旧小区改造", 3600, "区建设局", "区住房城乡建设局", "2025年10月底"])
    ws.append([2, "新建公办幼儿园", 2400, "区教体局", "区教育局", "2025年8月底"])
    if hide_column:
        ws.column_dimensions["D"].hidden = True
    if hidden_sheet:
        old = wb.create_sheet("旧台账")
        old.append(["序号", "项目名称", "责任单位"])
        old.append([1, "老旧小区改造", "区建设局"])
        old.sheet_state = "hidden"
    wb.save(path)
    return path


def test_xlsx_hidden_column_is_not_read_and_is_reported(tmp_path):
    # a 台账 keeps the superseded 原责任单位 in a hidden column: Excel neither shows nor prints
    # it, so its units are no one's task; the column is reported (E110), not dropped in silence
    path = _ledger(tmp_path / "台账.xlsx", hidden_sheet=True)
    got = read_bytes(path.read_bytes(), "台账.xlsx", ".xlsx")
    assert not any("区建设局" in ln.text or "原责任单位" in ln.text for ln in got.lines)
    assert sorted((i.code, i.message) for i in got.issues) == [
        ("E110", "sheet 台账: hidden column D (原责任单位) not read (unhide it to have it read)"),
        ("E110", "sheet 旧台账 is hidden: not read (unhide it to have it read)")]
    result = build([path])
    assert {(a.unit.name, a.raw.role, a.raw.deadline) for a in result.assignments} == {
        ("区住房和城乡建设局", "responsible", "2025-10"), ("区教育局", "responsible", "2025-08")}
    assert [i.code for i in result.issues if i.code == "E110"] == ["E110", "E110"]
    # shown, the same column is read as written
    shown = read_bytes(_ledger(tmp_path / "shown.xlsx", hide_column=False).read_bytes(),
                       "shown.xlsx", ".xlsx")
    assert any("区建设局" in ln.text for ln in shown.lines) and not shown.issues


def test_a_tables_totals_row_is_no_task(tmp_path):
    # 合计 under a column of figures: a sum, no task (before: a task 合计 whose text was 6000)
    text = ("某区2025年民生实事项目推进台账\n"
            "序号\t项目名称\t投资（万元）\t责任单位\t完成时限\n"
            "1\t老旧小区改造\t3600\t区住房城乡建设局\t2025年10月底\n"
            "2\t新建公办幼儿园\t2400\t区教育局\t2025年8月底\n"
            "合计\t\t6000\t\t\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = build([tmp_path / "a.txt"])
    assert sorted((t.path, t.text) for t in result.tasks if t.kind == "row") == [
        (("1",), "老旧小区改造"), (("2",), "新建公办幼儿园")]
    assert len(result.assignments) == 2


def test_a_row_is_numbered_by_its_xuhao_column_not_a_category_before_it(tmp_path):
    # 类别 | 序号 | 重点任务 | 牵头单位: the category merged down over its rows opens the row;
    # the row's number is its 序号 (before: 产业振兴, 行2, 人才振兴)
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某县2025年乡村振兴重点任务清单"])
    ws.append(["类别", "序号", "重点任务", "牵头单位", "完成时限"])
    ws.append(["产业振兴", 1, "培育农业产业化龙头企业", "县农业农村局", "2025年12月"])
    ws.append([None, 2, "发展农村电商", "县商务局", "2025年10月"])
    ws.merge_cells("A3:A4")
    ws.append(["人才振兴", 3, "实施高素质农民培育计划", "县人社局", "2025年11月"])
    wb.save(tmp_path / "清单.xlsx")
    result = build([tmp_path / "清单.xlsx"])
    assert sorted((t.path, t.text) for t in result.tasks if t.kind == "row") == [
        (("1",), "培育农业产业化龙头企业"), (("2",), "发展农村电商"),
        (("3",), "实施高素质农民培育计划")]


def test_docx_footnote_cited_in_a_table_cell_is_read_in_the_cell(tmp_path):
    # a 分工表 without a unit column whose task cell cites a note giving its units: the note is
    # a line of the cell, as the body's notes follow their paragraph (before: not read at all)
    import docx
    from test_formats import _with_footnotes, _wxml
    d = docx.Document()
    d.add_paragraph("关于印发试点方案的通知")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["序号", "工作任务", "完成时限"], ["1", "摸清底数", "2025年6月底前"],
                             ["2", "建立台账", "2025年9月底前"]]):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    table.cell(1, 1).paragraphs[0]._p.append(_wxml(
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'))
    buf = io.BytesIO()
    d.save(buf)
    (tmp_path / "fn.docx").write_bytes(_with_footnotes(buf.getvalue(), {1: "责任单位：市住建局"}))
    got = read_bytes((tmp_path / "fn.docx").read_bytes(), "fn.docx", ".docx")
    note = next(ln for ln in got.lines if "市住建局" in ln.text)
    assert (note.text, got.locators[note.number]) == ("责任单位：市住建局", "table 1 row 2")
    result = build([tmp_path / "fn.docx"])
    tasks = {t.task_id: t for t in result.tasks}
    # the unit reaches its row (its role there is the row reader's: a labelled line in a task
    # cell is read as a mention, as the same cell in a .txt table)
    assert {(tasks[a.task_id].path, a.unit.name) for a in result.assignments} == {
        (("1",), "市住房和城乡建设局")}


def test_docx_empty_numbered_paragraph_counts_as_word_prints_it(tmp_path):
    # Word prints an empty list paragraph's number and counts it: with the second of four items
    # left empty, the page reads 一、 二、 三、 四、 and the third task is 三 (before: 二)
    import docx
    d = docx.Document()
    _numbered_list(d, 92, fmt="chineseCounting", text="%1、")
    d.add_paragraph("某县关于做好秋冬季森林防火工作的通知")
    for text in ["加强火源管控。（责任单位：县林业局）", "", "强化应急准备。（责任单位：县应急管理局）",
                 "做好宣传教育。（责任单位：县委宣传部）"]:
        _number(d.add_paragraph(text), 92)
    d.save(tmp_path / "n.docx")
    got = read_bytes((tmp_path / "n.docx").read_bytes(), "n.docx", ".docx")
    assert [ln.text[:2] for ln in got.lines if ln.text.strip()][1:] == ["一、", "三、", "四、"]
    result = build([tmp_path / "n.docx"])
    tasks = {t.task_id: t for t in result.tasks}
    assert {(tasks[a.task_id].path, a.unit.name) for a in result.assignments} == {
        (("一",), "县林业局"), (("三",), "县应急管理局"), (("四",), "县委宣传部")}


def test_pdf_table_cell_wrapped_by_its_width_is_one_name(tmp_path):
    # a ruled table's cell too narrow for its names wraps one (县自然资 / 源局): the line that
    # reaches the cell's edge goes on on the next; names written a line each stay apart
    import pytest
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("c", fontName="STSong-Light", fontSize=9, leading=12)
    data = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "推进雨污分流改造", "县住房城乡建设局",
             Paragraph("县财政局、县自然资源局", style), "2025年11月底前"],
            ["2", "实施农村饮水安全工程", "县水利局", Paragraph("县卫生健康局<br/>县财政局", style),
             "2025年10月底前"]]
    table = Table(data, colWidths=[30, 150, 90, 100, 80])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "分工.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("某县2025年重点工作任务分工", style), table])
    result = build([path])
    tasks = {t.task_id: t for t in result.tasks}
    assert {(tasks[a.task_id].path, a.unit.name, a.raw.role) for a in result.assignments} == {
        (("1",), "县住房和城乡建设局", "lead"), (("1",), "县财政局", "support"),
        (("1",), "县自然资源局", "support"), (("2",), "县水利局", "lead"),
        (("2",), "县卫生健康局", "support"), (("2",), "县财政局", "support")}


def test_html_ordered_list_items_show_their_numbers(tmp_path):
    # a government page's <ol>: the browser prints 一、 二、 三、 (cjk-ideographic) and 1. 2.
    # for the nested list, numbers that are not in the text; each item is a task of its own
    # (before: the items after the first ran together, 市交通运输局 given to 加强校园食品安全监管)
    page = ("<html><head><meta charset='utf-8'><title>关于加强校园安全工作的通知</title></head><body>"
            "<div class='content'><h2>某市关于进一步加强校园安全工作的通知</h2>"
            "<p>各县（市、区）人民政府，市政府有关部门：</p>"
            "<ol style='list-style-type: cjk-ideographic'>"
            "<li>强化校园周边治安管理。（牵头单位：市公安局；配合单位：市教育局）</li>"
            "<li>加强校园食品安全监管。（责任单位：市市场监管局）</li>"
            "<li>开展校车安全专项整治。<ol><li>排查校车安全隐患。（责任单位：市交通运输局）</li>"
            "<li value='5'>加强驾驶员培训。（责任单位：市教育局）</li></ol></li></ol>"
            "</div></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    got = read_bytes((tmp_path / "p.html").read_bytes(), "p.html", ".html")
    texts = [ln.text for ln in got.lines if ln.text.strip()]
    assert texts[2:] == ["一、强化校园周边治安管理。（牵头单位：市公安局；配合单位：市教育局）",
                         "二、加强校园食品安全监管。（责任单位：市市场监管局）", "三、开展校车安全专项整治。",
                         "1.排查校车安全隐患。（责任单位：市交通运输局）",
                         "5.加强驾驶员培训。（责任单位：市教育局）"]
    # a bullet list, a list styled without numbers and an item numbered in its text get none
    other = ("<html><body><div><ul><li>附件下载</li></ul><ol style='list-style: none'><li>甲</li>"
             "</ol><ol><li>一、已编号的一项。</li></ol></div></body></html>")
    got = read_bytes(other.encode("utf-8"), "o.html", ".html")
    assert [ln.text for ln in got.lines if ln.text.strip()] == ["附件下载", "甲", "一、已编号的一项。"]
    result = build([tmp_path / "p.html"])
    tasks = {t.task_id: t for t in result.tasks}
    assert {(tasks[a.task_id].text, a.unit.name, a.raw.role) for a in result.assignments} == {
        ("强化校园周边治安管理。", "市公安局", "lead"), ("强化校园周边治安管理。", "市教育局", "support"),
        ("加强校园食品安全监管。", "市市场监督管理局", "responsible"),
        ("排查校车安全隐患。", "市交通运输局", "responsible"),
        ("加强驾驶员培训。", "市教育局", "responsible")}
