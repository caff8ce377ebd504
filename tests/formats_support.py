"""One small work plan written in every input format, for the format tests.

Each writer uses the library the matching reader uses (python-docx, openpyxl, xlwt is not
available so .xls is not generated here) or plain text; the PDF is drawn with reportlab's
built-in CID font STSong-Light (no font file needed, the text layer maps back to Unicode).
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
