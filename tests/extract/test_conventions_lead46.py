"""The lead's probes of session 46, written as short fixtures (every case was lost or misread before):

- a note written after an annotation's units (``（县交通运输局、县财政局，按进度推进）``,
  ``（县住建局，6月底前完成，具体见附件）``, ``（县交通运输局牵头，县财政局配合，按进度推进）``,
  ``（县水利局、各乡镇，已完成）``): words of progress or reference, naming no unit, no date and no
  field. The whole bracket was refused as "no annotation", so the task lost its units in silence;
  now the units are read and the note is reported as a piece not used. A bracket whose first piece
  names no unit, or whose other piece holds a number (``（县一中、县二中，每校2名）``: who takes part,
  not who answers for it), is still no annotation.

Forms: county 重点工作任务分工 tables and their text copies keep a 进展情况 / 备注 column beside the
units, and the copy runs its cell into the annotation's bracket."""
from kg.extract import annotations as ann

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
    assert ann.classify("县交通运输局、县财政局，按进度推进") == "bare"
    assert ann.classify("县商务局牵头，县市场监管局配合，按进度推进") == "verb"
    assert ann.classify("按进度推进，县交通运输局") is None      # the units come first
    assert ann.classify("县一中、县二中，每校2名") is None          # a number: who takes part
    assert ann.classify("县水利局、各乡镇，县政府督查室") == "bare"  # a name: one more unit
    assert ann.classify("中国、美国，等国家") is None


def test_the_participants_with_a_number_stay_unread(write_doc):
    assert who(read(write_doc, PLAN), "选派骨干教师支教") == []
