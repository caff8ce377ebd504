"""pb52's probes: a county's 政府工作报告 分解方案 (brackets, two brackets, a closing clause, 责任人
with unit and name, places as doers, a task over two lines, 下同 and 以下不再列出), a 国办发 分工
(各地区各部门, ministries' short names: 发展改革委, 市场监管总局, 金融监管总局, 国家药监局), a TAB table
and a ``|`` table whose unit cells carry role marks (``县住建局（牵头）、县财政局（配合）``).

Misread on main:

- a date with the paper to be issued by then (``（县发改局牵头，县工信局配合，6月底前出台方案）``,
  ``2024年9月底前印发实施意见``, ``年底前制定实施办法``): reported as a piece neither unit nor
  deadline and the task left with no deadline; the date is the deadline, as with
  ``5月底前动工`` (``deadlines._MILESTONE``: 出台 / 印发 / 制定 / 编制 / 修订 and the paper, 方案, 意见,
  办法, 细则…);
- places as doers opening an item, the levels a collective stands for in brackets
  (``3.各县（市、区）、各开发区负责优化涉企服务。``, ``各县（市、区）政府、各开发区管委会负责…``):
  lost in silence (neither the item's reader nor prose read it), and ``各县（市、区）负责…`` read by
  prose only; a name may now hold a bracket after its first character (``SUBJECT_FIRST_RE``, read
  by ``Extractor._subject_first``), as ``各开发区负责…`` was read;
- a carry-over rule in new wordings: ``以下任务各乡镇均负有落实责任，不另列出`` (not read, no report:
  the 各乡镇 of every task lost; ``annotations.CARRY_RE`` now ends a rule at 不另列出 / 不再另行列出 /
  不再单独标注 too, and ``_carry_units`` drops 均负有…责任), ``各乡镇（街道）为各项任务的共同责任单位，
  不再重复列出`` (one unit named ``各乡镇（街道）为各项任务的共同责任单位``; now the holders before 为,
  ``_RULE_HOLDERS_RE`` asked in ``Extractor._text_rule``).

Read right on main (no test here): ``（县农业农村局牵头）（各乡镇配合）``, ``责任人：县商务局 李四``
inside a bracket, ``（各县区、开发区负责）``, a task broken over two lines before its bracket, the
国办发 分工's brackets, the tables' role marks in a unit cell. Left alone: ``（区住建局牵头，区财政局配合，各街道负责具体实施，下同）`` refused (reported; 负责具体实施
is no role verb the bracket reader knows); prose still does not read ``各县（市、区）、各开发区负责…``; ``2024年-2025年`` kept as written;
``（县市场监管局牵头，下同）`` (the next task gets no unit, and no report);
``…，县自然资源局负责。`` alone read by prose only (pb51's).
"""

from kg.extract.deadlines import is_deadline, normalise_deadline

from test_conventions import read, who

PLAN = ("某某县2024年政府工作报告重点任务分解方案\n"
        "一、推动经济高质量发展\n"
        "1.出台促进民营经济发展实施方案。（县发改局牵头，县工信局配合，6月底前出台方案）\n"
        "2.完善养老服务体系。（县民政局，2024年9月底前印发实施意见）\n")


def test_a_date_and_the_paper_issued_by_then_is_the_deadline(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "出台促进民营经济") == [("县发改局", "lead"), ("县工信局", "support")]
    result, tasks, _ = out
    due = {tasks[a.task_id].source_text[:2]: a.raw.deadline for a in result.assignments
           if a.raw.via == "inline"}
    assert due == {"1.": "2024-06", "2.": "2024-09"}
    assert not [i for i in result.issues if "neither a unit nor a deadline" in i.message]
    assert is_deadline("年底前制定实施办法") and normalise_deadline("年底前制定实施办法") == "年底前"
    # the paper with no date is no deadline
    assert not is_deadline("出台方案") and not is_deadline("制定实施办法")


POINTS = ("某某市2024年优化营商环境工作要点\n"
          "1.深化工程建设项目审批制度改革。（市住建局牵头）\n"
          "2.各县（市、区）、各开发区负责优化涉企服务。\n"
          "3.各县（市、区）政府、各开发区管委会负责落实惠企政策。\n"
          "4.各乡（镇）负责做好农村道路养护。\n")


def test_places_with_their_levels_in_brackets_open_the_item(write_doc):
    out = read(write_doc, POINTS)
    assert who(out, "优化涉企服务") == [("各县（市、区）", "responsible"), ("各开发区", "responsible")]
    assert who(out, "落实惠企政策") == [("各县（市、区）政府", "responsible"),
                                    ("各开发区管委会", "responsible")]
    assert ("各乡（镇）", "responsible") in who(out, "农村道路养护")
    # a bracket opening the text is no name's (pb51's opening bracket is read as before)
    assert who(out, "深化工程建设项目") == [("市住建局", "lead")]


def _carried(out, anchor):
    result, tasks, _ = out
    return [(a.raw.mention.text, a.raw.role) for a in result.assignments
            if a.raw.via == "inherited" and anchor in tasks[a.task_id].source_text]


def test_carry_over_rules_in_other_words(write_doc):
    out = read(write_doc, "某某县2024年民生实事分工方案\n"
                          "以下任务各乡镇均负有落实责任，不另列出。\n"
                          "1.新建公办幼儿园2所。（县教育局牵头，县财政局配合）\n"
                          "2.改造农村危房100户。（县住建局）\n")
    assert _carried(out, "新建公办幼儿园") == [("各乡镇", "responsible")]
    assert _carried(out, "改造农村危房") == [("各乡镇", "responsible")]
    out = read(write_doc, "某某县2024年重点工作任务分工方案\n"
                          "各乡镇（街道）为各项任务的共同责任单位，不再重复列出。\n"
                          "1.推进美丽乡村建设。（县农业农村局牵头）\n")
    assert _carried(out, "推进美丽乡村建设") == [("各乡镇（街道）", "responsible")]
