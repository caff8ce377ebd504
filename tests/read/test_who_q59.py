"""`kg who` held-out rounds 105 and 106 (session 51, helper q59): the general faults behind their misses."""
import pytest

from kg.read.who import who_owns

from test_who import _built

HEADQUARTERS = {
    "hq.txt": """某某省企业安全生产监督管理规定

第五条 省人民政府有关部门负责相关行业领域企业总部的安全生产监督管理工作。

第六条 省安全生产监督管理部门负责没有行业主管部门的企业总部安全生产监督管理工作，并对前款部门的监督管理工作进行指导协调。

第七条 企业总部应当建立健全安全生产责任制。
""",
    "estates.txt": """某某市住宅小区生活垃圾管理办法

第四条 实行物业服务的住宅小区，由物业服务企业负责生活垃圾的收集和清运。

第五条 没有物业服务的住宅小区，由社区居民委员会负责组织生活垃圾的收集和清运，街道办事处予以指导。
""",
}


@pytest.mark.parametrize("question, condition", [
    ("有行业主管部门的央企总部，安全生产归谁管", "行业主管部门"),
    ("有物业的小区，垃圾谁来清运", "物业"),
    ("小区里有物业的，垃圾谁来清运", "物业"),
])
def test_a_condition_the_question_states(question, condition):
    from kg.read.who import HAS_CONDITION_RE
    assert HAS_CONDITION_RE.search(question).group("c") == condition


@pytest.mark.parametrize("question", [
    "没有行业主管部门的企业总部谁管", "所有的小区谁管", "有关部门的职责是什么", "国有企业的安全谁管",
    "有没有物业的小区都归街道管吗",
])
def test_no_condition_stated(question):
    from kg.read.who import HAS_CONDITION_RE, HAS_NOT_CONDITION_RE
    assert not HAS_CONDITION_RE.search(question)
    if question.startswith("有没有"):
        assert not HAS_NOT_CONDITION_RE.search(question)


@pytest.mark.parametrize("question, start", [
    # round 105: the clause on the headquarters with no 主管部门 writes the condition's words (主管部门
    # in its 没有…的), and ranked first for the question on those that have one
    ("有行业主管部门的企业总部，安全生产归谁管", "省人民政府有关部门负责相关行业领域"),
    # (guards, first on main as well: the condition written, 实行物业服务的, and its converse)
    ("有物业的小区，生活垃圾谁来清运", "实行物业服务的住宅小区"),
    # the converse: a question stating the negated condition is answered by the clause stating it
    ("没有物业的小区，生活垃圾谁来清运", "没有物业服务的住宅小区"),
    ("没有行业主管部门的企业总部，安全生产归谁管", "省安全生产监督管理部门负责没有行业主管部门"),
])
def test_a_task_stating_the_contrary_condition_is_not_the_case_asked(tmp_path_factory, question, start):
    """有X的 asked: a task writing X only in its 没有X的 (the case the question leaves out) keeps no score
    for the condition's words (HAS_CONDITION_RE, HAS_NOT_CONDITION_RE, who._contrary_conditions)."""
    out = _built(tmp_path_factory, "hq", HEADQUARTERS)
    top = who_owns(question, out, limit=1)[0]
    assert "".join(top.task_text.split()).startswith(start), top.task_text


PARKS = {
    "parks.txt": """某某县企业安全生产监管职责划分办法

第二条 县属企业所在地为工业园区的，其安全生产监管工作由园区管理委员会和县应急管理局负责。

第三条 县属企业所在地为工业园区以外的乡镇的，企业安全生产监管工作由所在地乡镇人民政府负责。

第四条 企业应当落实安全生产主体责任。
""",
}


@pytest.mark.parametrize("question, condition", [
    ("县属企业不在富国街道的，安全生产由谁监管", "富国街道"),
    ("不属于工业园区的企业归谁管", "工业园区"),
])
def test_a_place_the_question_sets_aside(question, condition):
    from kg.read.who import NOT_IN_RE
    assert NOT_IN_RE.search(question).group("c") == condition


@pytest.mark.parametrize("text, read", [
    ("所在地为富国街道办事处的，", ["富国街道办事处"]),
    ("所在地为富国街道办事处以外的乡镇政府、办事处的，", []),
    ("企业在工业园区之外的，", []),
])
def test_a_place_a_task_is_in(text, read):
    from kg.read.who import IS_IN_RE
    assert [m.group("c") for m in IS_IN_RE.finditer(text)] == read


def test_a_task_in_the_place_set_aside_is_not_the_case_asked(tmp_path_factory):
    """Round 103: 不在X的 asked (县属企业不在富国街道的…), the clause on the enterprises 所在地为X的 is the case the
    question leaves out, the clause on those 所在地为X以外的 the one it asks (NOT_IN_RE, IS_IN_RE)."""
    out = _built(tmp_path_factory, "parks59", PARKS)
    top = who_owns("县属企业不在工业园区的，安全生产由谁监管", out, limit=1)[0]
    assert "".join(top.task_text.split()).startswith("县属企业所在地为工业园区以外的"), top.task_text
    # (the place asked, not set aside: the clause on the enterprises in it)
    top = who_owns("县属企业在工业园区的，安全生产由谁监管", out, limit=1)[0]
    assert "".join(top.task_text.split()).startswith("县属企业所在地为工业园区的"), top.task_text
