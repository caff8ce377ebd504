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


@pytest.fixture(scope="module")
def county():
    """An autonomous county's own regulation (自治县 its short name)."""
    return Resolver(load_lexicon()).knower("彭水苗族土家族自治县")


def test_a_zone_or_new_district_s_department_named_by_its_field_stays_whole():
    from kg.extract.unitnames import split_run
    # 浦东新区知识产权部门 is the district's department, not 浦东新区 + 知识产权部门; so is a zone's
    # bureau written after it (经开区教育局: the zone's own, since session 45's pb47, as 示范区工业和信息化局);
    # a run of a bureau and then a zone in a flattened cell is still two names
    assert split_run("浦东新区知识产权部门") == ["浦东新区知识产权部门"]
    assert split_run("高新区城市绿化部门") == ["高新区城市绿化部门"]
    assert split_run("经开区教育局") == ["经开区教育局"]
    assert split_run("教育局经开区") == ["教育局", "经开区"]


def test_the_body_a_government_set_up_is_named_after_de(county):
    # X成立的Y，负责…: Y (not 的Y)
    assert _names("自治县成立的城乡规划委员会，负责审议县域内城乡总体规划。", county) == ["城乡规划委员会"]
    assert _names("县人民政府设立的城乡规划委员会，负责审议规划。", county) == ["城乡规划委员会"]


def test_township_governments_as_a_level_of_a_list(county):
    # 自治县、乡镇人民政府: the county's government and the townships' (乡镇 a level word like 乡（镇）)
    got = [(d.mention, d.lookup) for d in read_duties("自治县、乡镇人民政府应当将经费纳入同级财政预算。", 1, county)]
    assert got == [("自治县", "自治县人民政府"), ("乡镇人民政府", "乡镇人民政府")]


@pytest.fixture(scope="module")
def pds():
    return Resolver(load_lexicon()).knower("平顶山市")


def test_townships_written_town_first_are_a_collective(city):
    # 镇（乡）人民政府 is the same level as 乡（镇）人民政府 (round 1's 菏泽)
    assert _names("镇（乡）人民政府、街道办事处应当依法做好城乡规划的相关工作。", city) == [
        "镇（乡）人民政府", "街道办事处"]


def test_manner_words_of_a_share_before_the_verb(city, pds):
    # 按照各自职责和本条例规定 / 按照属地管理原则 between the subject and 负责
    assert _names("街道办事处、乡（镇）人民政府，按照各自职责和本条例规定负责辖区内市容管理工作。", city) == [
        "街道办事处", "乡（镇）人民政府"]
    assert _names("石龙区城市绿化行政主管部门按照属地管理原则负责本辖区内的绿化工作。", pds) == [
        "石龙区城市绿化行政主管部门"]
    assert _names("高新区管委会依据授权或者委托负责本辖区内的城市绿化工作。", pds) == ["高新区管委会"]


def test_districts_named_in_full_before_the_department_the_last_names(pds):
    # 新华区、卫东区、湛河区X主管部门: each district's X主管部门 (a list of sectors is read as before)
    got = [(d.mention, d.lookup) for d in read_duties(
        "新华区、卫东区、湛河区城市绿化主管部门负责本辖区内的城市绿化工作。", 1, pds)]
    assert got == [("新华区", "新华区城市绿化主管部门"), ("卫东区", "卫东区城市绿化主管部门"),
                   ("湛河区城市绿化主管部门", None)]
    assert _names("发展改革、财政、公安部门负责工作。", pds) == ["发展改革", "财政", "公安部门"]
    # two lists joined by 和, each ending in a unit's name
    got = _names("新华区、卫东区城市绿化主管部门和示范区管委会、高新区管委会负责本辖区内的城市绿化工作。", pds)
    assert got == ["新华区", "卫东区城市绿化主管部门", "示范区管委会", "高新区管委会"]


def test_he_between_two_sectors_and_inside_one_body_s_name(city):
    # 财政和审计部门: two one-word sectors before the head they share, two departments; a level
    # before them is both's (the first as written, looked up whole: the surface segments the answer
    # sets write, 和 as a list's 、; prose round 107)
    assert [(d.mention, d.lookup) for d in read_duties("财政和审计部门应当加强对经费使用的监督管理。", 1, city)] == [
        ("财政", "财政部门"), ("审计部门", None)]
    assert [(d.mention, d.lookup) for d in read_duties("市财政和审计部门应当加强监督。", 1, city)] == [
        ("市财政", "市财政部门"), ("审计部门", "市审计部门")]
    assert _names("公安和交通行政主管部门负责道路管理工作。", city) == ["公安", "交通行政主管部门"]
    # 文化和旅游, 林业和草原 (one body's standard name joins them), 自然资源和规划 (longer fields):
    # one department
    for name in ("文化和旅游部门", "林业和草原主管部门", "自然资源和规划部门", "住房和城乡建设部门"):
        assert _names(name + "应当加强监督。", city) == [name], name


def test_the_fields_a_standard_body_name_joins():
    from kg.resolve.naming import joined_fields
    assert {"文化和旅游", "林业和草原", "住房和城乡建设"} <= joined_fields()
    assert "财政和审计" not in joined_fields()
