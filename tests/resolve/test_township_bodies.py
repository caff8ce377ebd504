"""A district's or county's towns and sub-districts as a plan names them without 各 (镇（街道）要…, 镇街要…),
their Party committees (镇（街道）党（工）委), and a village's two committees (村两委, 村（社区）两委): holders of
the clause (each was read as no holder: the clause lost). Collected oo03:13 (黔江区's 山洪灾害 plan) writes
`镇(街道)负责组织…`, which its answers give to 镇(街道). Variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

SZ = ("苏州市", "320500", "prefecture")


def test_the_towns_and_sub_districts_without_each():
    assert _resolved("镇（街道）负责日常巡查。", *SZ) == [("镇（街道）", "各镇（街道）", False, "collective")]
    assert _resolved("镇街要加强巡查。", *SZ) == [("镇街", "各镇街", False, "collective")]
    # with 各, as before
    assert _resolved("各镇（街道）要加强巡查。", *SZ) == [("各镇（街道）", "各镇（街道）", False, "collective")]


def test_their_party_committees():
    got = _resolved("镇（街道）党（工）委要履行主体责任。", *SZ)
    assert [(m, k) for m, _n, _ok, k in got] == [("镇（街道）党（工）委", "collective")]


def test_a_villages_two_committees():
    assert _resolved("村两委要做好宣传发动。", *SZ) == [("村两委", "村两委", False, "grassroots")]
    got = _resolved("村（社区）两委要做好宣传发动。", *SZ)
    assert [(m, k) for m, _n, _ok, k in got] == [("村（社区）两委", "grassroots")]
