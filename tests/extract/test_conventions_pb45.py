"""Carry-over wording, tables with unusual headers and department headings (helper pb45's probes
of session 44, written as short fixtures; every case was lost before):

- ``责任单位：同上``, ``（同上）``, ``（牵头单位：同上；完成时限：…）``: a task whose annotation says
  "the same as above" has the units (and roles) of the annotation before it in the document; its
  own deadline stays its own (the task was left with no unit: the label form reported as "names
  no unit", the bracket form lost in silence);
- a department's name and a colon alone on its line over numbered items (``市发改委：`` / ``1.…`` /
  ``2.…`` / ``市商务局：`` / ``3.…``): a heading, each item under it the department's (the items had
  no unit, and the second heading was taken for the text of item 2, its unit "mentioned");
- a joint notice's title naming two offices separated by 、 (``中共南宁市委办公厅、南宁市人民政府办公厅关于…``)
  is a title with its issuers (it was not read as one: no issuer, no type, and the offices' names
  were kept as units "mentioned", ``市委办`` named 中共南宁市委办公室).

Forms probed that were read right (no test here): tables by TAB, pipe and one cell a line with
主责单位/协办单位/时间节点, 责任主体, 实施主体; ``（排名第一的为牵头单位）``; ``（带*号的为牵头单位）`` with
``市工信局*``; ``以下各项均由市工业和信息化局负责。``; ``（市科技局供稿）``.

Forms seen in real text: the joint title with 、 is that of tests/govs/prose/text/n375.txt (中共深圳市委办公厅、
深圳市人民政府办公厅, 2006); the others written from knowledge of the conventions (a search of the pages
corpus for ``责任单位：同上`` found no annotated list using it)."""
from test_conventions import read, who

SAME = ("杭州市人民政府办公厅关于印发2024年重点工作责任分解的通知\n"
        "杭政办函〔2024〕3号\n"
        "各区、县（市）人民政府，市政府各部门、各直属单位：\n"
        "1.推进数字经济创新提质。（市经信局牵头，市发改委配合）\n"
        "2.加快培育数据要素市场。{second}\n"
        "3.优化营商环境。（牵头单位：市市场监管局；完成时限：2024年6月底前）\n"
        "4.推进信用体系建设。（牵头单位：同上；完成时限：2024年12月底前）\n")


def test_same_as_above_repeats_the_units_before(write_doc):
    for second in ("（同上）", "责任单位：同上。"):
        out = read(write_doc, SAME.format(second=second))
        assert who(out, "加快培育数据要素市场") == [("市经信局", "lead"), ("市发改委", "support")], second
        assert not [i for i in out[0].issues if "同上" in i.message], second


def test_same_as_above_keeps_its_own_deadline(write_doc):
    out = read(write_doc, SAME.format(second="（同上）"))
    tasks = out[1]
    got = [(a.unit.name, a.raw.role, a.raw.deadline) for a in out[0].assignments
           if "信用体系" in tasks[a.task_id].source_text]
    assert got == [("杭州市市场监督管理局", "lead", "2024-12")]


HEADS = ("太原市人民政府办公室关于印发2024年重点工作任务分工的通知\n"
         "并政办发〔2024〕4号\n"
         "各县（市、区）人民政府，市人民政府各委、办、局：\n"
         "市发改委：\n"
         "1.做好重大项目谋划储备。\n"
         "2.推进能源革命综合改革试点。\n"
         "市商务局：\n"
         "3.扩大对外开放。\n"
         "4.促进消费持续恢复。\n")


def test_department_headings_with_a_colon_over_numbered_items(write_doc):
    result, tasks, _ = read(write_doc, HEADS)
    got = sorted((tasks[a.task_id].source_text.strip(), a.unit.name, a.raw.role)
                 for a in result.assignments if a.raw.via == "section")
    assert got == [("1.做好重大项目谋划储备。", "太原市发展和改革委员会", "responsible"),
                   ("2.推进能源革命综合改革试点。", "太原市发展和改革委员会", "responsible"),
                   ("3.扩大对外开放。", "太原市商务局", "responsible"),
                   ("4.促进消费持续恢复。", "太原市商务局", "responsible")]


JOINT = ("中共南宁市委办公厅、南宁市人民政府办公厅关于印发2024年重点工作责任分工的通知\n"
         "南办发〔2024〕2号\n"
         "各县、区党委和人民政府，市委各部委，市直各单位：\n"
         "1.深化全面从严治党。（市纪委监委、市委组织部负责）\n")


def test_a_joint_title_of_two_offices_separated_by_a_dun_comma(write_doc):
    result, _, _ = read(write_doc, JOINT)
    doc = result.documents[0]
    assert doc.issuer == "中共南宁市委办公厅、南宁市人民政府办公厅"
    assert doc.title == "关于印发2024年重点工作责任分工的通知"
    # the issuers' names are no unit mentioned by the document (市委办 -> 中共南宁市委办公室)
    assert sorted(a.unit.name for a in result.assignments) == ["中共南宁市委组织部", "南宁市纪委监委"]
