"""A bureau's corps and brigades (执法总队, 交警支队, 路政大队) named with their government's level or place:
bodies of that government, resolved and of the department kind, as the bureau is (they were kept
unresolved, kind other: prose round 127's 实施 clause read units-dlc round 2's 上海市水务局执法总队, which
its answers resolve). Variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

SH = ("上海市", "310000", "province")
SZ = ("苏州市", "320500", "prefecture")


def test_a_corps_named_in_full_is_its_governments():
    assert _resolved("上海市水务局执法总队负责实施行政处罚。", *SH) == [
        ("上海市水务局执法总队", "上海市水务局执法总队", True, "department")]


def test_a_corps_named_by_its_level_is_the_texts_governments():
    assert _resolved("市公安局交警支队负责道路交通管理。", *SZ) == [
        ("市公安局交警支队", "苏州市公安局交警支队", True, "department")]


def test_a_brigade_whose_government_the_text_does_not_tell_stays_unresolved():
    # 区 in a city's text: which district, the name does not say
    assert _resolved("区消防救援大队负责火灾调查。", *SZ) == [("区消防救援大队", "区消防救援大队", False, "department")]
