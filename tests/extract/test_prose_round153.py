"""Duty clauses the round-153 held-out texts of issue 12 (tests/govs/prose n580-n584: a province's
社会救助办法, a city's 校园周边 方案, a county's 校园周边 notice, a news item on the ministries' 秋季学校食品安全
notice, a city's 残疾预防 plan) showed missing (kg.extract.enrich.duties). The sentences are variants
written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.model import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def test_each_place_before_an_elliptical_list_of_sectors(known):
    # 各地A、B部门要… : the list's first segment after 各地 shares the head (was none)
    assert _names("各地民政、财政部门要加强救助资金监管。", known) == ["各地民政", "财政部门"]
    assert _names("《意见》要求，各地卫生健康、医保部门要督促医院开展自查。", known) == ["各地卫生健康", "医保部门"]
    # (a segment that is an organ itself takes no head: 各地食安办 is no 食安办部门)
    assert _names("各地食安办、教育行政部门要依职责加强", known) == []
    # (the single department after 各地 as before)
    assert _names("各地民政部门要加强救助资金监管。", known) == ["各地民政部门"]


def test_where_the_weight_of_the_work_lies(known):
    # X重点抓好以下工作 : 重点 right before the verb, no part of the subject (was none)
    assert _names("县交通运输局重点抓好以下工作：一是排查隐患。", known) == ["县交通运输局"]
    assert _names("区卫生健康局重点做好疫苗接种工作。", known) == ["区卫生健康局"]
    # (重点 in a name stays: the key enterprises)
    assert _names("各重点企业要落实安全生产主体责任。", known) == ["各重点企业"]


def test_emphasis_without_shi(known):
    # 尤其X要… : the emphasis written without 是 (was read into the name, 尤其县公安局)
    assert _names("尤其县市场监管局要加强校园周边食品检查。", known) == ["县市场监管局"]


def test_a_force_named_by_its_service_word(known):
    # 公安要… / 公安负责… : the police written by the service's word alone (was none)
    assert _names("公安要加强校园周边巡逻防控。", known) == ["公安"]
    assert _names("公安负责上下学时段的巡逻防控。", known) == ["公安"]
    # (a bare field's word still names no body; nor 交警, as often the work as the force)
    assert _names("教育要优先发展。", known) == []
    assert _names("会上反映的问题有：渣土来源问题；交警对渣土车进行管制的问题。", known) == []


def test_the_service_word_in_a_county_s_own_text():
    # the same in a county's text, as the build reads it (its known names end no name with 安)
    r = Resolver(load_lexicon())
    county = r.knower(Jurisdiction(name="正定县", adcode="130123", level="county", how="issuer"))
    lines = [(1, normalise("尤其公安重点抓好以下工作：一是坚持护学岗，二是加强巡逻。"))]
    assert [(d.line, d.mention) for d in read_lines(lines, county, "county", "130123")] == [(1, "公安")]
