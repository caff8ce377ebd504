"""Plain text hard-wrapped at a fixed width (pdftotext, a copy out of a PDF viewer) reads as the
same text with one paragraph a line: annotations and unit names cut by a line end are whole
again, and a text of one paragraph a line is left as it is."""
from __future__ import annotations

import unicodedata

from kg.extract.formats.text import unwrap, wrap_width
from kg.pipeline import build

# A work plan of an invented county, one paragraph a line (as a .docx or web page gives it).
PLAN = """\
示范县人民政府办公室关于印发2024年优化营商环境重点任务分工方案的通知
各乡镇人民政府，县政府各部门：
现将《2024年优化营商环境重点任务分工方案》印发给你们，请结合实际认真贯彻落实。
一、提升政务服务效能
（一）深化“一网通办”改革，推动高频政务服务事项全流程网上办理，年底前实现企业开办全程网办率达到百分之九十以上。（县政务服务和大数据管理局牵头，县市场监督管理局、县人力资源和社会保障局、县税务局按职责分工负责，2024年12月底前完成）
（二）优化工程建设项目审批流程，推行告知承诺制和容缺受理，压减审批时间，建立项目全流程帮办代办服务机制。（县住房和城乡建设局牵头，县自然资源和规划局、县发展和改革局配合）
二、加强要素保障
（三）完善中小微企业融资服务体系，推动政府性融资担保业务扩面增量，建立首贷续贷中心并常态化开展银企对接活动。（县财政局、县地方金融服务中心按职责分工负责）
（四）落实各项减税降费政策，加强政策宣传辅导，确保符合条件的市场主体应享尽享、直达快享。责任单位：县税务局、县财政局
"""


def _columns(ch: str) -> int:
    return 2 if ch in ",;:()!?" or unicodedata.east_asian_width(ch) in "WF" else 1


def hard_wrap(text: str, width: int) -> str:
    """``text`` as pdftotext writes a page set ``width`` columns wide."""
    out = []
    for line in text.splitlines():
        cur, used = "", 0
        for ch in line:
            if used + _columns(ch) > width:
                out.append(cur)
                cur, used = "", 0
            cur += ch
            used += _columns(ch)
        out.append(cur)
    return "\n".join(out) + "\n"


def facts(path) -> set[tuple]:
    result = build([path])
    tasks = {t.task_id: t for t in result.tasks}
    return {(tasks[a.task_id].text.replace("\n", ""), a.unit.name, a.raw.role, a.raw.deadline)
            for a in result.assignments}


def test_a_hard_wrapped_plan_reads_like_the_plan(tmp_path):
    whole = tmp_path / "whole" / "plan.txt"
    whole.parent.mkdir()
    whole.write_text(PLAN, encoding="utf-8")
    reference = facts(whole)
    assert len(reference) == 11
    assert any(u.endswith("市场监督管理局") and r == "responsible" and d == "2024-12"
               for _, u, r, d in reference)
    for width in (56, 60, 72):
        wrapped = tmp_path / f"w{width}" / "plan.txt"
        wrapped.parent.mkdir()
        wrapped.write_text(hard_wrap(PLAN, width), encoding="utf-8")
        assert len(wrapped.read_text(encoding="utf-8").splitlines()) > len(PLAN.splitlines()) + 8
        assert facts(wrapped) == reference, width


def test_the_wrap_width_is_found_and_a_paragraph_a_line_text_has_none():
    lines = hard_wrap(PLAN, 60).splitlines()
    assert wrap_width(lines) in range(55, 61)
    assert wrap_width(PLAN.splitlines()) is None
    assert wrap_width(lines[:4]) is None            # too few long lines to tell


def test_joined_lines_keep_the_first_number_and_stop_where_a_paragraph_ends():
    full = "一二三四五六七八九十" * 3                         # 30 characters, 60 columns
    lines = [
        "示范县关于做好有关工作的通知",
        "（一）" + full[:27],                               # at the width: goes on
        full[:20] + "。",
        "（二）" + full[:27],
        full[:29] + "。",                                   # at the width, ends a sentence
        "续写的一行" + full[:10],
        "（三）" + full[:16] + "（县财政局牵头，县审计",      # a unit cut by the line end
        "局配合）",
        full[:30],
        "1." + full[:20],                                   # a new item is never joined
        full[:30],
        full[:29] + "：",                                   # a lead-in ends its paragraph
        full[:30],
        "",
        full[:30],
    ]
    assert wrap_width(lines) == 60
    got = dict(unwrap(lines))
    assert got[2] == lines[1] + lines[2] and 3 not in got
    assert got[4] == lines[3] + lines[4] and got[6] == lines[5]
    assert got[7] == lines[6] + lines[7] and got[9] == lines[8]
    assert got[10] == lines[9]
    assert got[11] == lines[10] + lines[11] and got[13] == lines[12]
    assert got[14] == "" and got[15] == lines[14]           # a blank line ends a paragraph


def test_an_item_ending_with_its_annotation_is_not_run_into_the_next_line():
    full = "一二三四五六七八九十" * 3
    lines = ["示范县关于做好有关工作的通知"] + [full[:30]] * 6 + [
        "（一）" + full[:13] + "（县财政局、县税务局按职责分工负责）",
        "具体措施：",
    ]
    got = dict(unwrap(lines))
    assert got[8] == lines[7] and got[9] == "具体措施："


def test_an_owner_line_near_the_width_is_not_run_into_the_next_item():
    """潍坊's plan (external-dev 016) set in a PDF: a line of units and their verb ends as full as
    a wrapped line, but the verb closes it; a labelled field wrapped inside a name still runs on."""
    full = "一二三四五六七八九十" * 3
    owners = "市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实"       # 29 characters
    field = "主要协作单位：各乡镇人民政府、经济开发区管委会，县政府有关部"
    lines = [full[:30]] * 2 + [full[:10] + "。", owners, full[:30], full[:8] + "。",
                               field, "门、有关直属单位", full[:30], full[:5] + "。"]
    assert wrap_width(lines) == 60
    got = dict(unwrap(lines))
    assert got[4] == owners and got[5] == lines[4] + lines[5]
    assert got[7] == field + "门、有关直属单位"


def test_a_tortoise_shell_annotation_broken_after_its_label_is_joined():
    """四川's plan (external-dev 001) writes its annotations in 〔〕; set in a PDF, one broke right
    after its label (``…新制度。〔责任单位：`` / ``省市场监管局〕``): the colon ends no paragraph
    inside an open bracket, of either kind."""
    full = "一二三四五六七八九十" * 3
    lines = [full[:30], full[:30], full[:29] + "。"] * 2 + [
        "（二）" + full[:20] + "。〔责任单位：", "省市场监管局〕", "（三）" + full[:20]]
    assert wrap_width(lines) == 60
    got = dict(unwrap(lines))
    assert got[7] == lines[6] + "省市场监管局〕" and 8 not in got and got[9] == lines[8]


def test_a_wrapped_page_as_html_or_docx_reads_like_the_plan(tmp_path):
    """A web page or a Word file made from a PDF: one line of the page a <br> or a paragraph."""
    import docx
    import html as html_lib

    whole = tmp_path / "whole" / "plan.txt"
    whole.parent.mkdir()
    whole.write_text(PLAN, encoding="utf-8")
    reference = facts(whole)
    lines = hard_wrap(PLAN, 60).splitlines()
    page = tmp_path / "html" / "plan.html"
    page.parent.mkdir()
    page.write_text("<html><head><meta charset='utf-8'><title>通知</title></head><body>"
                    "<div class='article'>" + "<br>\n".join(html_lib.escape(t) for t in lines)
                    + "</div></body></html>", encoding="utf-8")
    assert facts(page) == reference
    document = docx.Document()
    for t in lines:
        document.add_paragraph(t)
    word = tmp_path / "docx" / "plan.docx"
    word.parent.mkdir()
    document.save(str(word))
    assert facts(word) == reference


def test_a_paragraph_broken_inside_a_bracket_is_joined_to_the_one_closing_it():
    # a page break of the PDF a regulation was copied from (units11, round 1's 平顶山): the
    # paragraph ends in 县（市、 and the next closes the bracket; no wrap width in the text
    raw = ["第二十条 任何单位和个人都有保护城市绿化的义务。", "",
           "对在城市绿化工作中成绩显著的单位和个人，市、县（市、", "",
           "区）人民政府应当给予表彰和奖励。", "",
           "第二十一条 市、县（市、区）人民政府应当加强领导。"]
    got = unwrap(raw)
    assert (3, "对在城市绿化工作中成绩显著的单位和个人，市、县（市、区）人民政府应当给予表彰和奖励。") in got
    assert not any(t.startswith("区）") for _, t in got)
    # a bracket the next paragraph does not close first, or an item after it: left alone
    kept = ["说明（一", "（二）另一项。", "附件（见", "第三条 其他（规定）。"]
    assert unwrap(kept) == list(enumerate(kept, 1))
