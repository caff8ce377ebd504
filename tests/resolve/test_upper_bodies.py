"""Bodies named by a level above the text's (省级X, 上级X, 国家X) in a list of holders: set aside beside
the text's own units, but never all of them (the clause would lose every holder), and 省级X in a
province's own text is its own body. Variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

ZJ = ("浙江省", "330000", "province")
SZ = ("苏州市", "320500", "prefecture")


def test_a_provinces_own_bodies_by_their_level():
    # was no holder at all: both read as bodies above the text's, both set aside
    got = _resolved("省级财政部门、省级教育行政部门负责资金管理。", *ZJ)
    assert [m for m, _n, _ok, _k in got] == ["省级财政部门", "省级教育行政部门"]


def test_bodies_above_a_citys_text_when_no_own_body_is_named():
    got = _resolved("省级财政部门、省级教育行政部门负责资金管理。", *SZ)
    assert [m for m, _n, _ok, _k in got] == ["省级财政部门", "省级教育行政部门"]


def test_a_body_above_beside_the_texts_own_is_set_aside_as_before():
    got = _resolved("由上级热线管理机构和公安机关统筹协调。", *SZ)
    assert [m for m, _n, _ok, _k in got] == ["公安机关"]
    got = _resolved("省级财政部门、市财政局负责资金管理。", *SZ)
    assert [m for m, _n, _ok, _k in got] == ["市财政局"]
