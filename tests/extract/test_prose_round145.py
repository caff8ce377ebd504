"""Duty clauses the round-145 held-out texts of issue 12 (tests/govs/prose n536-n539: a news item on a county's
township duty list, a news item on a city's three lists, a city's 街道办事处条例 on 行政事务准入, a 数据局's comment
notice) showed missing or wrong (kg.extract.enrich.duties). The sentences are variants written for these tests,
not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def test_sectors_listed_before_the_kind_of_enforcing_organ(known):
    # A、B、C等执法和管理机构应当… : the sectors' departments, as A、B等部门 (the clause was lost: bare
    # sector words before a kind of organ were no names)
    assert _names("城管执法、公安、市场监管等执法和管理机构应当加强协作，接受网格化管理机构的派单调度。", known) == [
        "城管执法", "公安", "市场监管"]
    assert _names("交通运输、市场监管等行政执法机构应当及时反馈处置情况。", known) == ["交通运输", "市场监管"]
    # (the last segment is named as written, 市场监管, no 部门 added to the text)
    assert "市场监管部门" not in _names("公安、市场监管等执法机构应当加强协作。", known)
    # (organs named in full keep their names, the kind after 等 adds no body of its own)
    assert _names("县城管执法局、县公安局等执法和管理机构应当加强协作。", known) == ["县城管执法局", "县公安局"]
    # (a kind of area's bodies are still read by their areas)
    assert "自然保护区管理机构" in _names("国家公园、自然保护区等管理机构应当加强巡护。", known)


def test_a_team_its_members_form_holds_the_work_after_it(known):
    # 由A、B等部门组成工作小组，（下沉至…）开展… : the team has no name; its members hold its work (the
    # places gone to were read as holders, or nothing at all)
    text = "立足职能定位，由县委编办、县司法局等部门组成工作小组，下沉至各镇及职能部门开展清单运行调研指导。"
    assert _names(text, known) == ["县委编办", "县司法局"]
    assert _names("由市教育局、市市场监管局组成联合检查组，开展校外培训机构专项检查。", known) == [
        "市教育局", "市市场监管局"]
    # (a body gone down to the townships with its experts keeps its duty)
    assert _names("县农业农村局组织专家，下沉至各乡镇开展技术指导。", known) == ["县农业农村局"]


def test_a_duty_taken_away_then_the_one_kept(known):
    # X不再负责A，转而聚焦B / 转而负责B : X holds B (the run was lost with its negated opening)
    assert _names("市级部门不再负责具体项目的日常管理，转而聚焦政策指导和使用监督。", known) == ["市级部门"]
    assert _names("县住房城乡建设局不再承担维修资金的日常审核，转而负责使用监督。", known) == ["县住房城乡建设局"]
    # (a duty taken away alone is no one's; another holder after it keeps its own)
    assert _names("县住房城乡建设局不再负责项目的日常管理。", known) == []
    assert _names("市级部门不再负责项目的日常管理，乡镇负责受理审核。", known) == ["乡镇"]
