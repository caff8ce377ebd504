"""The State Council's and the ministries' 分工 notices and the provinces' 重点任务分工 (helper pb48's
probes of session 45, written as short fixtures; every case was lost before):

- a five-year plan's period as a task's deadline (``“十四五”期间``, ``十四五期间``, ``“十四五”时期``,
  ``“十四五”末``, ``“十四五”期间完成``): kept as written, as ``长期`` is (an annotation closing with it,
  ``（省商务厅牵头，各市（州）人民政府负责，“十四五”期间）``, was refused whole: its units lost in silence);
- an item's last sentence in the notices' formula ``X按职责分工负责。`` unbracketed
  (``…。有关部门按职责分工负责。``): an annotation, its units responsible (the bare collective was lost in
  silence: neither the annotation reader, which took a closing sentence only when a unit leads, nor
  the prose reader read it);
- a span closed by a word of continuing work (``2024—2025年持续推进``), a start with 及以后
  (``2024年及以后持续推进``) and a date with the progress to show by it (``2024年底前取得阶段性进展``,
  ``2025年取得明显成效``): deadlines (an annotation closing with one was refused whole, in silence);
- ``列第一位者为牵头单位，其他单位为参与单位`` (``…，其他单位配合``): the units after the first support it
  (they were responsible, the second half of the rule unread); ``列第一位者为牵头单位，其他单位按职责分工
  负责。`` on a line of its own is the document's rule (the line read as an annotation naming no unit,
  the rule was lost: no lead anywhere).

Forms probed that were read right (no test here): ``（国家发展改革委牵头，财政部、自然资源部等按职责分工负责）``,
``（…等按职责分工负责，2024年底前完成）``, ``（各省级人民政府负责，持续推进）``, ``（中央组织部、中央宣传部、
国务院办公厅等按职责分工负责）``, ``（国务院有关部门、各省级人民政府按职责分工负责，2025年6月底前出台）``,
``以下各项任务均需各省级人民政府落实，不再列出`` with ``排在第一位的为牵头单位``, a ministry's own
``（规划司牵头，财务司、国家能源局配合）`` (its 司 unresolved: a lexicon's matter), ``（省委编办、省司法厅）``,
numbering 一、（一）1., a pipe table ``牵头部门 | 参与部门 | 时间安排``, ``2024年起持续推进``,
``2025年年底前``, ``长期``. ``（教育部、人力资源社会保障部会同有关部门负责）`` gives every unit
responsible (会同 marks no lead, the project's reading: assignments._closing_clause)."""
import pytest

from kg.extract.deadlines import is_deadline, normalise_deadline
from test_conventions import read, who

PLAN = ("四川省人民政府办公厅关于印发2024年重点任务分工方案的通知\n"
        "川办发〔2024〕8号\n"
        "各市（州）人民政府，省政府各部门：\n"
        "1.培育消费新场景。（省商务厅牵头，各市（州）人民政府负责，{period}）\n"
        "2.稳定扩大就业。（省人力资源社会保障厅负责，长期）\n")


@pytest.mark.parametrize("period", ["“十四五”期间", "十四五期间", "“十四五”时期", "“十四五”末",
                                    "“十四五”期间完成"])
def test_a_five_year_plans_period_is_a_deadline(write_doc, period):
    out = read(write_doc, PLAN.format(period=period))
    assert who(out, "培育消费新场景") == [("省商务厅", "lead"), ("各市（州）人民政府", "responsible")]
    deadlines = {a.raw.deadline for a in out[0].assignments if "消费" in out[1][a.task_id].source_text}
    assert deadlines == {period}


def test_a_plans_name_alone_is_no_deadline():
    assert is_deadline("“十四五”期间") and normalise_deadline("“十四五”期间") == "“十四五”期间"
    assert not is_deadline("十四五规划") and not is_deadline("十五")


FORMULA = ("国务院办公厅关于印发重点工作分工的通知\n"
           "国办函〔2024〕9号\n"
           "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
           "（一）加强重点领域安全能力建设。有关部门按职责分工负责。\n"
           "（二）加强能源安全。国家发展改革委、国家能源局按职责分工负责。\n"
           "（三）推进乡村振兴。（农业农村部牵头，有关部门按职责分工负责）\n")


def test_the_formula_closing_an_item_unbracketed(write_doc):
    out = read(write_doc, FORMULA)
    assert who(out, "加强重点领域安全能力建设") == [("有关部门", "responsible")]
    assert sorted(who(out, "加强能源安全")) == [("国家发展改革委", "responsible"), ("国家能源局", "responsible")]
    assert who(out, "推进乡村振兴") == [("农业农村部", "lead"), ("有关部门", "responsible")]


SPANS = ("国务院办公厅关于印发2024年重点工作分工的通知\n"
         "国办发〔2024〕11号\n"
         "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
         "1.加快建设统一大市场。（国家发展改革委牵头，各有关部门按职责分工负责，{deadline}）\n")


@pytest.mark.parametrize("deadline,want", [
    ("2024—2025年持续推进", "2024—2025年持续推进"),
    ("2024年及以后持续推进", "2024年及以后持续推进"),
    ("2024年底前取得阶段性进展", "2024-12"),
    ("2025年取得明显成效", "2025"),
])
def test_a_span_a_start_and_a_milestone_as_deadlines(write_doc, deadline, want):
    out = read(write_doc, SPANS.format(deadline=deadline))
    assert who(out, "加快建设统一大市场") == [("国家发展改革委", "lead"), ("各有关部门", "responsible")]
    assert {a.raw.deadline for a in out[0].assignments} == {want}


REST = ("国务院办公厅关于印发2024年重点工作分工的通知\n"
        "国办发〔2024〕11号\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        "列第一位者为牵头单位，{rest}\n"
        "1.完善促进消费体制机制。（商务部、国家发展改革委、财政部）\n"
        "2.推动城市更新行动。（住房城乡建设部牵头，自然资源部负责）\n")


def test_first_named_leads_and_the_others_support(write_doc):
    out = read(write_doc, REST.format(rest="其他单位为参与单位。"))
    assert who(out, "完善促进消费") == [("商务部", "lead"), ("国家发展改革委", "support"), ("财政部", "support")]
    # roles written out are the item's own
    assert who(out, "推动城市更新") == [("住房城乡建设部", "lead"), ("自然资源部", "responsible")]
    out = read(write_doc, REST.format(rest="其他单位配合。"))
    assert who(out, "完善促进消费") == [("商务部", "lead"), ("国家发展改革委", "support"), ("财政部", "support")]
    out = read(write_doc, REST.format(rest="其他单位按职责分工负责。"))
    assert who(out, "完善促进消费") == [("商务部", "lead"), ("国家发展改革委", "responsible"),
                                      ("财政部", "responsible")]
