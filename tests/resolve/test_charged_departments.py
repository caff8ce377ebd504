"""Departments named by the duty they bear, the safety laws' form (负有安全生产监督管理职责的部门, 其他负有…
职责的部门 after a department named before it): holders of the clause, as 负责X的部门 is. The whole clause
was lost before (负有 read as its predicate, the subject empty). Variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

ZJ = ("浙江省", "330000", "province")


def test_the_departments_bearing_a_duty():
    got = _resolved("负有安全生产监督管理职责的部门应当加强检查。", *ZJ)
    assert [m for m, _n, _ok, _k in got] == ["负有安全生产监督管理职责的部门"]


def test_a_department_and_the_others_bearing_the_duty():
    got = _resolved("县级以上地方人民政府应急管理部门和其他负有安全生产监督管理职责的部门应当加强检查。", *ZJ)
    assert [m for m, _n, _ok, _k in got] == ["县级以上地方人民政府应急管理部门", "其他负有安全生产监督管理职责的部门"]


def test_the_forms_read_before():
    assert [m for m, _n, _ok, _k in _resolved("负责药品监督管理的部门应当加强检查。", *ZJ)] == ["负责药品监督管理的部门"]
    got = _resolved("县级以上人民政府负有安全生产监督管理职责的部门依照本条例规定进行监督检查。", *ZJ)
    assert [m for m, _n, _ok, _k in got] == ["县级以上人民政府负有安全生产监督管理职责的部门"]
    # a department that bears a duty, its predicate 负有: the department, not a name ending in 的部门
    got = _resolved("市应急管理局负有安全生产综合监督管理职责。", *ZJ)
    assert [m for m, _n, _ok, _k in got] == ["市应急管理局"]
