"""An unresolved body named X中心 is a public institution (事业单位), kept apart from departments
(session 51, lead51): it was of kind 'other'."""
from __future__ import annotations

import pytest

from kg.resolve.units import guess_kind


@pytest.mark.parametrize("name", ["县疾控中心", "区征收中心", "市住房公积金管理中心", "大竹县政务服务中心",
                                  "镇农业服务中心"])
def test_a_centre_is_an_institution(name):
    assert guess_kind(name) == "institution"


def test_a_bare_centre_stays_unknown():
    assert guess_kind("中心") == "other"
