"""The country's own committees and people's organisations sign as the whole country's
(全国X委员会, 中华全国总工会, 全国妇联) and the State's agencies as 中国X局/中心/科学院: a notice
they sign is the State's. A body whose name holds a place's level word is a local one."""
from __future__ import annotations

import pytest

from kg.resolve.divisions import NATIONAL, load_divisions
from kg.resolve.jurisdiction import infer, place_of_org

from test_jurisdiction_places_jr import lines


@pytest.mark.parametrize("name", [
    "全国绿化委员会", "全国老龄工作委员会办公室", "全国爱卫办", "中华全国总工会", "全国妇联",
    "中国地震局", "中国疾病预防控制中心", "中国社会科学院",
])
def test_a_national_body_signs_for_the_state(name):
    assert place_of_org(name, load_divisions()) is NATIONAL


@pytest.mark.parametrize("name", [
    # a place's level word inside: a local body or branch
    "中国人民银行嘉兴市中心支行", "中国共产党青山镇委员会", "全国文明城市创建工作领导小组办公室（某市）",
    "创建全国文明城市工作领导小组办公室", "全国各级人民法院", "全国办", "中国电信股份有限公司",
])
def test_a_local_body_or_a_firm_is_not_the_state(name):
    assert place_of_org(name, load_divisions()) is not NATIONAL


def test_a_notice_signed_by_a_national_committee():
    text = ("全绿字〔2024〕3号\n\n全国绿化委员会各成员单位：\n"
            "现将《2024年国土绿化工作要点》印发给你们，请结合职责认真贯彻落实。\n\n"
            "全国绿化委员会\n2024年3月1日\n")
    assert infer(lines(text)).adcode == "100000"
