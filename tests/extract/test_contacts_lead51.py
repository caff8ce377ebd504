"""A task's contact person written beside its units (session 51, lead51): the unit is kept, the
person is kept as the task's 联系人, the number to call is no unit and no leftover."""
from __future__ import annotations

import pytest

from kg.extract.annotations import parse_annotation


def _read(content: str):
    p = parse_annotation(content)
    return [(u.mention, u.role) for u in p.units], [(x.written, x.label) for x in p.posts], p.leftover


@pytest.mark.parametrize("content, unit, person", [
    # a contact's fields in a bracket after the unit: the unit was lost whole (E303, E305)
    ("责任单位：市市场监管局（联系人：李四，电话：13800000000）", "市市场监管局", "李四"),
    ("责任单位：市商务局（联系人：赵六，联系电话：0316-1234567）", "市商务局", "赵六"),
    ("县财政局（联系人：孙七；手机：13912345678）", "县财政局", "孙七"),
    ("县财政局（联系人：孙七，13912345678）", "县财政局", "孙七"),
])
def test_contact_fields_bracketed_after_a_unit(content, unit, person):
    units, posts, leftover = _read(content)
    assert units == [(unit, "responsible")]
    assert posts == [(person, "联系人")]
    assert leftover == []


def test_person_bracketed_after_a_unit_is_kept():
    # 县工信局（责任人：张三）: the person was taken out of the text and lost
    units, posts, leftover = _read("县工信局（责任人：张三）、县发改局")
    assert units == [("县工信局", "responsible"), ("县发改局", "responsible")]
    assert posts == [("张三", "责任人")]
    assert leftover == []


@pytest.mark.parametrize("content", ["市住建局 王五 0316-2222222", "市住建局 王五 13800000000",
                                     "责任单位：市住建局 王五 13800000000"])
def test_units_then_a_person_and_a_number_after_spaces(content):
    # 市住建局 王五 0316-2222222: the person and the number were dropped without a word
    units, posts, leftover = _read(content)
    assert units == [("市住建局", "responsible")]
    assert posts == [("王五", "联系人")]
    assert leftover == []


def test_units_then_a_person_and_a_number_after_commas():
    # 市政务服务管理局，张明，13900000000: the person and the number were each a piece not used
    units, posts, leftover = _read("市政务服务管理局，张明，13900000000")
    assert units == [("市政务服务管理局", "responsible")]
    assert posts == [("张明", "联系人")]
    assert leftover == []


def test_a_name_after_a_space_without_a_number_is_reported_not_dropped():
    # 市住建局 王五: no number says 王五 is a contact; the piece is named in the report (E305)
    units, posts, leftover = _read("市住建局 王五")
    assert units == [("市住建局", "responsible")]
    assert leftover == ["王五"]


def test_two_units_after_a_space_stay_two_units():
    units, posts, leftover = _read("市住建局 市财政局")
    assert units == [("市住建局", "responsible"), ("市财政局", "responsible")]
    assert posts == [] and leftover == []
