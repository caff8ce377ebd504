"""Clauses whose holder was lost, found by reading real regulations one sentence at a time (helper
rc42, session 42). Sentences written for these tests in the style of the real ones."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

CN = ("中华人民共和国", "100000", "national")


def test_the_provinces_departments_without_their_head():
    # 省、自治区、直辖市X部门 with no 人民政府 between (医疗器械注册与备案管理办法, 互联网药品信息服务
    # 管理办法): each level's department, as with the head written (the clause was lost)
    got = _resolved("省、自治区、直辖市药品监督管理部门负责本行政区域内的注册管理工作。", *CN)
    assert [(m, n) for m, n, _ok, _k in got] == [
        ("省", "省药品监督管理部门"), ("自治区", "自治区药品监督管理部门"),
        ("直辖市药品监督管理部门", "直辖市药品监督管理部门")]
    # none resolved to one body: classes of departments
    assert not any(ok for _m, _n, ok, _k in got)


def test_the_provinces_forms_read_as_before():
    got = _resolved("省、自治区、直辖市人民政府药品监督管理部门负责本行政区域内的注册管理工作。", *CN)
    assert [n for _m, n, _ok, _k in got] == ["省人民政府药品监督管理部门", "自治区人民政府药品监督管理部门",
                                            "直辖市人民政府药品监督管理部门"]
    # another level joined after the provinces is not a department's name (no 省和计划单列市财政部门)
    got = _resolved("省、自治区、直辖市和计划单列市财政部门应当加强管理。", *CN)
    assert all("和计划单列市" not in n for _m, n, _ok, _k in got[:2])
    # the levels alone, or a vague 有关部门 after them: no name read (as before)
    assert _resolved("省、自治区、直辖市应当加强管理。", *CN) == []
