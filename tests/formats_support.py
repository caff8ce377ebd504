"""One small work plan written in every input format, for the format tests.

Each writer uses the library the matching reader uses (python-docx, openpyxl, xlwt) or plain
text; the PDF is drawn with reportlab's built-in CID font STSong-Light (no font file needed,
the text layer maps back to Unicode); OFD and OpenDocument packages are ZIP + XML written
here. A .doc cannot be written without a word processor: it is a fixture
(tests/fixtures/formats/README.md).
"""
from __future__ import annotations

import html
from pathlib import Path

TITLE = "关于印发老旧小区改造工作方案的通知"
PARAGRAPHS = [
    "廊坊市人民政府办公室",
    TITLE,
    "一、加快推进老旧小区改造（责任单位：市住建局）",
    "二、完善资金保障机制（牵头单位：市财政局；配合单位：市发改委；完成时限：2024年6月底前）",
    "附件",
    "重点任务分工表",
]
TABLE = [
    ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "建立改造项目库", "市住建局", "市发改委、市财政局", "2024年6月底前"],
    ["2", "开展燃气管网改造", "市城管局", "市住建局", "2024年底前"],
    ["3", "加强安全生产监管", "市应急管理局", "市住建局", "2023年3月"],
]


def write_txt(path: Path) -> Path:
    """The plan as text; the table pasted from Word: one row a line, cells TAB-separated."""
    rows = ["\t".join(r) for r in TABLE]
    path.write_text("\n".join(PARAGRAPHS + rows) + "\n", encoding="utf-8")
    return path


def write_docx(path: Path) -> Path:
    import docx
    d = docx.Document()
    for p in PARAGRAPHS:
        d.add_paragraph(p)
    t = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(path)
    return path


def write_xlsx(path: Path) -> Path:
    """The plan's table as a 分工表: a title row, then the header and one row a task."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分工表"
    ws.append(["重点任务分工表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(TABLE[0]))
    for row in TABLE:
        ws.append([int(c) if c.isdigit() else c for c in row])
    wb.save(path)
    return path


def write_html(path: Path, charset: str = "utf-8") -> Path:
    """A portal page: navigation, the article (paragraphs and a table), a footer, a script."""
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                    for r in TABLE)
    body = "".join(f"<p>{html.escape(p)}</p>" for p in PARAGRAPHS)
    page = (f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>{TITLE}_政府网</title>"
            "<script>var nav = '首页';</script></head><body>"
            "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zw\">政务公开</a></div>"
            "<div class=\"breadcrumb\">当前位置：首页 &gt; 政策文件</div>"
            f"<div class=\"article-content\">{body}<table border=1>{cells}</table></div>"
            "<div class=\"footer\">主办单位：某市人民政府办公室 版权所有</div>"
            "<script>document.write('统计');</script></body></html>")
    path.write_bytes(page.encode("gb18030" if charset.lower() in ("gbk", "gb2312") else charset))
    return path


def write_pdf(path: Path) -> Path:
    """The plan as a PDF with a text layer: lines of text, then a ruled table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=11, leading=16)
    story = [Paragraph(html.escape(p), style) for p in PARAGRAPHS]
    table = Table(TABLE)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def write_xls(path: Path) -> Path:
    """The plan's table as an Excel 97 .xls (xlwt), a title row merged over the columns."""
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("分工表")
    ws.write_merge(0, 0, 0, len(TABLE[0]) - 1, "重点任务分工表")
    for r, row in enumerate(TABLE, 1):
        for c, text in enumerate(row):
            ws.write(r, c, int(text) if text.isdigit() else text)
    wb.save(str(path))
    return path


def write_md(path: Path) -> Path:
    """The plan as Markdown: the title a heading, a paragraph in bold with a link, a comment,
    the table in pipes."""
    head, title, first, second, *rest = PARAGRAPHS
    rows = ["| " + " | ".join(r) + " |" for r in TABLE]
    rows[1:1] = ["|" + "|".join(":---" for _ in TABLE[0]) + "|"]
    text = [head, "", f"# {title}", "", "<!-- exported from a law repository -->",
            f"## {first}", "", f"**{second[:2]}**[{second[2:8]}](http://example.org/a){second[8:]}",
            ""] + [f"### {t}" for t in rest] + [""] + rows
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


WRITERS = {"txt": write_txt, "md": write_md, "docx": write_docx, "xlsx": write_xlsx, "xls": write_xls,
           "html": write_html, "pdf": write_pdf}


def write_rich_docx(path: Path) -> Path:
    """What a .doc/.odt reader must get right beyond plain paragraphs: a line break inside a
    paragraph, a page break, a field (PAGE), an English paragraph, and a 分工表 with a unit
    merged down over two rows, a cell of two paragraphs and an empty cell. Saved as .doc and
    .odt by LibreOffice, it is the fixture tests/fixtures/formats/rich.* (see the README)."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = docx.Document()
    d.add_paragraph(TITLE)
    p = d.add_paragraph("一、加快推进老旧小区改造（责任单位：市住建局）")
    p.add_run().add_break()
    p.add_run("二、完善资金保障机制（牵头单位：市财政局；配合单位：市发改委）")
    d.add_paragraph("Annex: task list")
    p = d.add_paragraph("第")
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t>'
                          '</w:r></w:fldSimple>'))
    p.add_run("页")
    d.add_paragraph("附件").add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("重点任务分工表")
    t = d.add_table(rows=5, cols=4)
    for c, text in enumerate(["序号", "工作任务", "牵头单位", "完成时限"]):
        t.cell(0, c).text = text
    rows = [["1", "建立改造项目库", "市住建局", "2024年6月底前"],
            ["2", "开展燃气管网改造", "", "2024年底前"],
            ["3", "加强安全生产监管", "市应急管理局", ""],
            ["4", "完善长效管理机制", "市城管局", "长期坚持"]]
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    t.cell(1, 2).merge(t.cell(2, 2)).text = "市住建局"          # one lead unit for two tasks
    t.cell(4, 1).add_paragraph("（持续推进）")                   # a cell of two paragraphs
    d.add_paragraph("抄送：市委办公室")
    d.save(path)
    return path


def _zip(path: Path, members: list[tuple[str, str]], stored_first: bool = False) -> Path:
    import zipfile
    with zipfile.ZipFile(path, "w") as z:
        for k, (name, text) in enumerate(members):
            kind = zipfile.ZIP_STORED if stored_first and k == 0 else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(name) if kind == zipfile.ZIP_STORED else name,
                       text.encode("utf-8"), compress_type=kind)
    return path


OFD_NS = "http://www.ofdspec.org/2016"


def ofd_text(x: float, y: float, text: str, size: float, oid: int) -> str:
    """One TextObject as OFD writers draw a run: its box's top left at (x, y) mm, the baseline
    a font size below, a DeltaX per glyph (full width for CJK, half for ASCII)."""
    widths = [size if ord(ch) > 0x2E7F else size / 2 for ch in text]
    delta = " ".join(f"{w:g}" for w in widths[:-1])
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x:g} {y:g} {sum(widths):g} {size * 1.3:g}" '
            f'Font="3" Size="{size:g}"><ofd:TextCode X="0" Y="{size:g}" DeltaX="{delta}">'
            f'{html.escape(text)}</ofd:TextCode></ofd:TextObject>')


def write_ofd_pages(path: Path, pages: list[list[str]]) -> Path:
    """An OFD package (OFD.xml, Document.xml, a Content.xml a page) of pages of TextObjects."""
    entry = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.1" '
             'DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>kg-test</ofd:DocID>'
             '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    listed = "".join(f'<ofd:Page ID="{100 + k}" BaseLoc="Pages/Page_{k}/Content.xml"/>'
                     for k in range(len(pages)))
    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}">'
                '<ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                '</ofd:PageArea><ofd:MaxUnitID>999</ofd:MaxUnitID></ofd:CommonData>'
                f'<ofd:Pages>{listed}</ofd:Pages></ofd:Document>')
    members = [("OFD.xml", entry), ("Doc_0/Document.xml", document)]
    for k, objects in enumerate(pages):
        members.append((f"Doc_0/Pages/Page_{k}/Content.xml",
                        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}">'
                        f'<ofd:Content><ofd:Layer ID="{k + 2}">{"".join(objects)}</ofd:Layer>'
                        '</ofd:Content></ofd:Page>'))
    return _zip(path, members)


def write_ofd(path: Path) -> Path:
    """The plan as an OFD exported from Word: A4 pages, 3号 text (5.6 mm) from 28 mm to 182 mm,
    a paragraph's first line indented two characters and its long lines wrapped at the right
    margin; page 2 holds the table, each cell a TextObject in its column (9 pt), and each page
    a page number at its foot."""
    left, right, size, leading = 28.0, 182.0, 5.6, 10.0
    per_line = int((right - left) / size)
    pages: list[list[str]] = [[], []]
    oid = 10
    y = 40.0
    for k, p in enumerate(PARAGRAPHS):
        if k < 2:                                           # the sender and the title: centred
            pages[0].append(ofd_text(105 - len(p) * size / 2, y, p, size, oid))
            oid, y = oid + 1, y + leading
            continue
        text, first = p, True
        while text:
            room = per_line - (2 if first else 0)
            pages[0].append(ofd_text(left + (2 * size if first else 0), y, text[:room], size, oid))
            text, first, oid, y = text[room:], False, oid + 1, y + leading
    pages[0].append(ofd_text(100, 280, "- 1 -", 4.9, oid))
    small, gap = 3.2, 3
    widths = [max(len(r[c]) for r in TABLE) for c in range(len(TABLE[0]))]
    xs = [left]
    for w in widths[:-1]:
        xs.append(xs[-1] + (w + gap) * small)
    y = 30.0
    for row in TABLE:
        for c, cell in enumerate(row):
            oid += 1
            pages[1].append(ofd_text(xs[c], y, cell, small, oid))
        y += 8.0
    pages[1].append(ofd_text(100, 280, "- 2 -", 4.9, oid + 1))
    return write_ofd_pages(path, pages)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')


def _odf(path: Path, mimetype: str, body: str, styles: str = "") -> Path:
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS} '
               f'office:version="1.2"><office:automatic-styles>{styles}</office:automatic-styles>'
               f'<office:body>{body}</office:body></office:document-content>')
    return _zip(path, [("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                       ("content.xml", content)], stored_first=True)


def write_odt(path: Path) -> Path:
    """The plan as an OpenDocument text: the title a heading, the items in a list, the table."""
    e = html.escape
    head, title, first, second, *rest = PARAGRAPHS
    rows = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{e(c)}</text:p></table:table-cell>'
        for c in r) + "</table:table-row>" for r in TABLE)
    body = (f'<office:text><text:p>{e(head)}</text:p><text:h text:outline-level="1">{e(title)}'
            f'</text:h><text:list><text:list-item><text:p>{e(first)}</text:p></text:list-item>'
            f'<text:list-item><text:p>{e(second[:2])}<text:span>{e(second[2:])}</text:span>'
            '</text:p></text:list-item></text:list>'
            + "".join(f"<text:p>{e(t)}</text:p>" for t in rest)
            + f'<table:table table:name="表1"><table:table-column table:number-columns-repeated='
            f'"{len(TABLE[0])}"/><table:table-header-rows>{rows.split("</table:table-row>")[0]}'
            f'</table:table-row></table:table-header-rows>'
            f'{"</table:table-row>".join(rows.split("</table:table-row>")[1:])}</table:table>'
            '</office:text>')
    return _odf(path, "application/vnd.oasis.opendocument.text", body)


def write_ods(path: Path) -> Path:
    """The plan's table as an OpenDocument spreadsheet: a title row merged over the columns,
    numbers as numbers, the padding rows and columns a spreadsheet program writes, and a
    hidden sheet that is not read."""
    e = html.escape

    def cell(c: str) -> str:
        if c.isdigit():
            return (f'<table:table-cell office:value-type="float" office:value="{c}">'
                    f'<text:p>{c}</text:p></table:table-cell>')
        return f'<table:table-cell office:value-type="string"><text:p>{e(c)}</text:p></table:table-cell>'
    width = len(TABLE[0])
    title = (f'<table:table-row><table:table-cell table:number-columns-spanned="{width}" '
             f'office:value-type="string"><text:p>重点任务分工表</text:p></table:table-cell>'
             f'<table:covered-table-cell table:number-columns-repeated="{width - 1}"/>'
             '<table:table-cell table:number-columns-repeated="1019"/></table:table-row>')
    rows = "".join("<table:table-row>" + "".join(cell(c) for c in r)
                   + '<table:table-cell table:number-columns-repeated="1019"/></table:table-row>'
                   for r in TABLE)
    pad = ('<table:table-row table:number-rows-repeated="1048571"><table:table-cell '
           'table:number-columns-repeated="1024"/></table:table-row>')
    hidden = ('<table:table table:name="旧表" table:style-name="ta2"><table:table-row>'
              '<table:table-cell office:value-type="string"><text:p>作废</text:p>'
              '</table:table-cell></table:table-row></table:table>')
    styles = ('<style:style style:name="ta2" style:family="table">'
              '<style:table-properties table:display="false"/></style:style>')
    body = (f'<office:spreadsheet><table:table table:name="分工表">{title}{rows}{pad}'
            f'</table:table>{hidden}</office:spreadsheet>')
    return _odf(path, "application/vnd.oasis.opendocument.spreadsheet", body, styles)


WRITERS.update({"ofd": write_ofd, "odt": write_odt, "ods": write_ods})


WIDE_HEADER = ["序号", "代表委员姓名", "建议提案编号", "标题", "承办科室", "责任人", "职务", "联系电话",
               "沟通方式", "沟通时间", "办理结果", "备注"]


def write_wide_docx(path: Path) -> Path:
    """A ruled table of twelve columns: saved as .doc (tests/fixtures/formats/wide.doc), its
    rows' properties are too large for the paragraph pages and go to the Data stream."""
    import docx
    d = docx.Document()
    d.add_paragraph("参阅件联系沟通情况登记表")
    t = d.add_table(rows=3, cols=len(WIDE_HEADER))
    t.style = "Table Grid"
    for c, h in enumerate(WIDE_HEADER):
        t.cell(0, c).text = h
    for c, v in enumerate(["1", "张三", "A001", "关于加强老旧小区改造的建议", "城建科", "李四", "科长",
                           "2331861", "电话", "8月", "已办结", "无"]):
        t.cell(1, c).text = v
    t.cell(2, 0).text = "2"
    t.cell(2, 3).text = "关于完善资金保障机制的建议（牵头单位：市财政局）"
    d.add_paragraph("注：此表于2023年8月31日前报送市政府办公室。")
    d.save(path)
    return path
