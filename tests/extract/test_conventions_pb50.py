"""pb50's probes: what a clerk writes in an annotation's bracket beside the units (a county's
重点工作任务分工方案, a city's 民生实事 list, a 督办 list), one form at a time.

Read before (kept as they were, tests of lead46 and pb49): a note of words only after the units
(按进度推进, 正在推进, 详见清单, 根据国家部署推进, 此项为省考核指标 after a role verb), the deadline
first and the units after it (``（2024年底前，县住建局牵头，县财政局配合）``).

Fixed here (each lost or misread on main):

- a note holding figures after units formed like government bodies: progress (``已完成60%``,
  ``已完成年度目标的60%``), amounts (``投资5000万元``, ``完成2万亩``, ``全县覆盖率达到90%``), a
  reference (``见附件2``, ``具体清单见附件2``). The whole bracket was refused, its units lost in
  silence; now the units are read and the note reported as a piece not used
  (``annotations._note_piece``, ``_FIGURE_NOTE_RE``, ``gov_list``). A count per unit
  (``每校2名``) is still no note, nor a figure after a school's or a company's name.
- a contact after a bare list of units (``（县住建局，联系电话：0317-1234567）``,
  ``联系人：张三，电话：…``): refused whole (it was read beside units with a role verb only).
- who follows the work up, written with a verb (``县政府督查室督办``, ``县委督查室跟踪督办``): was a
  unit responsible named 县政府督查室督办, and ``督办`` alone was a unit; now the body is reported
  as the units of a 督办 field are, given no role (``annotations._oversee_piece``).
- a count of the work (``新建3所``, ``新建学校3所``): was a unit (its last character 所); now a
  piece not used (``annotations._COUNT_END_RE``, ``unitnames.unit_kind``).
- a bracket still refused that names government bodies (``（县教育局、县财政局，每校2名）``) is
  reported (``annotations.unread_units``): before, nothing said its units were not read.
"""
from kg.extract import annotations as ann
from kg.extract import unitnames

from test_conventions import read, who

PLAN = ("某某县人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
        "一、加快产业发展\n"
        "1.实施农村道路提升工程。（县交通运输局、县财政局，已完成60%）\n"
        "2.推进老旧小区改造。（县住建局，投资5000万元）\n"
        "3.推进学校建设。（县教育局，见附件2）\n"
        "4.推进高标准农田建设。（县农业农村局，2024年底前完成，已完成投资3000万元）\n"
        "5.推进城区管网改造。（县住建局，联系电话：0317-1234567）\n"
        "6.推进背街小巷整治。（县城管局，县政府督查室督办）\n"
        "7.推进农贸市场改造。（县商务局牵头，县市场监管局配合，县委督查室跟踪督办）\n"
        "8.扩大学前教育资源。（县教育局，新建3所）\n"
        "9.推进厕所革命。（县农业农村局，督办）\n"
        "10.选派干部驻村帮扶。（县委组织部、县农业农村局，每村2名）\n"
        "11.选派骨干教师支教。（县一中、县二中，每校2名）\n"
        "12.抽调人员组成专班。（县住建局2人、县财政局1人）\n"
        "13.推进污水管网建设。（县住建局，具体项目清单见附件2、附件3）\n")


def _issues(result, text):
    return [i.message for i in result.issues if text in i.message]


def test_a_note_with_figures_after_government_bodies(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "农村道路提升工程") == [("县交通运输局", "responsible"), ("县财政局", "responsible")]
    assert who(out, "老旧小区改造") == [("县住建局", "responsible")]
    assert who(out, "推进学校建设") == [("县教育局", "responsible")]
    assert who(out, "高标准农田建设") == [("县农业农村局", "responsible")]
    result, tasks, _ = out
    deadline = {tasks[a.task_id].source_text[:6]: a.raw.deadline for a in result.assignments}
    assert deadline["4.推进高标"] == "2024-12"
    assert who(out, "污水管网建设") == [("县住建局", "responsible")]
    for note in ("已完成60%", "投资5000万元", "见附件2", "已完成投资3000万元", "具体项目清单见附件2、附件3"):
        assert _issues(result, f"'{note}' is neither a unit nor a deadline"), note


def test_a_contact_after_a_bare_list(write_doc):
    assert who(read(write_doc, PLAN), "城区管网改造") == [("县住建局", "responsible")]


def test_who_follows_up_is_reported_not_responsible(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "背街小巷整治") == [("县城管局", "responsible")]
    assert who(out, "农贸市场改造") == [("县商务局", "lead"), ("县市场监管局", "support")]
    assert who(out, "厕所革命") == [("县农业农村局", "responsible")]
    result, _, _ = out
    assert _issues(result, "'县政府督查室' under '督办' follows the task up")
    assert _issues(result, "'县委督查室' under '督办' follows the task up")
    assert _issues(result, "annotation piece '督办' is neither")


def test_a_count_is_no_unit(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "扩大学前教育资源") == [("县教育局", "responsible")]
    assert _issues(out[0], "'新建3所' is neither a unit nor a deadline")
    assert unitnames.unit_kind("新建学校3所") is None and not ann.looks_like_unit("新建3所")
    assert ann.looks_like_unit("第3所") and unitnames.unit_kind("第3所") is not None


def test_participants_stay_unread_and_government_bodies_are_reported(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "选派干部驻村帮扶") == []
    assert who(out, "选派骨干教师支教") == []
    result, _, _ = out
    assert _issues(result, "bracket '（县委组织部、县农业农村局，每村2名）' names units")
    assert not _issues(result, "县一中")       # schools with a count: no government body named
    assert who(out, "抽调人员组成专班") == []     # who sends how many: participants
    assert _issues(result, "bracket '（县住建局2人、县财政局1人）' names units")


def test_what_a_figure_note_is_not():
    assert ann.classify("县住建局，投资5000万元", notes=True) == "bare"
    assert ann.classify("县住建局牵头，县财政局配合，已完成60%", notes=True) == "verb"
    assert ann.classify("县住建局，投资5000万元") is None           # running text: no note
    assert ann.classify("县一中、县二中，完成60%", notes=True) is None   # schools: no government body
    assert ann.classify("各乡镇，每乡镇2名", notes=True) is None       # a count per unit
    assert ann.classify("某某公司，投资5000万元", notes=True) is None   # a company's investment
    # where a group's office sits, then how to reach it: a clause, no unit (a 通知's own bracket)
    assert ann.classify("办公室设在区委办区府办督查室,联系电话:87768003", notes=True) is None
    assert not ann.unread_units("办公室设在区委办区府办督查室,联系电话:87768003")   # nor reported
