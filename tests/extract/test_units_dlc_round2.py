"""Unit names of real regulations the duty reader lost or misread (units11, round 2 of
tests/govs/units-dlc). The sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

import pytest

from kg.extract.enrich.duties import read_duties
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver


@pytest.fixture(scope="module")
def city():
    """What a prefecture city's regulation knows its names by (a city the lexicon does not cover)."""
    return Resolver(load_lexicon()).knower("济南市")


def _names(text, known):
    return [d.mention for d in read_duties(text, 1, known)]


def test_a_department_of_civil_affairs_after_the_level_is_no_citizen(city):
    # 市民政主管部门 is 市 + 民政主管部门, not 市民 (citizens, no subject); 市民 still is none
    assert _names("市民政主管部门负责传统地名的保护和监督管理工作。", city) == ["市民政主管部门"]
    assert _names("市民应当遵守公共秩序。", city) == []


def test_a_long_list_of_sectors_is_read_item_by_item(city):
    sectors = ["发展改革", "工业和信息化", "公安", "财政", "生态环境", "城市管理", "交通运输", "农业农村",
               "商务", "文化和旅游", "应急管理", "国有资产监管", "市场监管", "人防", "行政审批服务",
               "民族宗教", "综合行政执法"]
    got = _names("、".join(sectors) + "等有关主管部门按照各自职责，共同做好历史文化名城保护的相关工作。", city)
    assert len(got) == len(sectors) and got[0] == "发展改革" and got[9] == "文化和旅游"
    # a long phrase that is no list stays no subject
    assert _names("在历史城区范围内从事建设活动涉及传统格局历史风貌城市文脉以及名泉泉水文化景观和泉域保护"
                  "并可能对古城圩子壕保护区商埠区历史文化街区传统风貌区造成影响的建设单位应当依法报告。",
                  city) == []


def test_a_government_s_sectors_before_a_head_are_its_departments(city):
    # 发展改革、公安、财政等主管部门: each sector's department; 银行、证券、保险等监管部门 and
    # 交通、水利、电力等行业主管部门 stay one collective as written
    assert _names("发展改革、公安、财政等主管部门按照各自职责做好相关工作。", city) == ["发展改革", "公安", "财政主管部门"]
    assert _names("银行、证券、保险等监管部门应当加强监督。", city) == ["银行、证券、保险等监管部门"]
    assert _names("交通、水利、电力等行业主管部门应当做好统计工作。", city) == ["交通、水利、电力等行业主管部门"]
