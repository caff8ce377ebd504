"""Duty clauses the round-150 held-out texts of issue 12 (tests/govs/prose n562-n567: a city's 以旧换新 专班
meeting, a county-level city's 以旧换新 meeting news, a city's 养老服务 meeting, a city's 生育支持 座谈会, a
province's 人工智能+ plan, a ministry's 低空经济 司 set up) showed missing or wrong (kg.extract.enrich.duties).
The sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _duties(text, known):
    return [(d.mention, d.clause) for d in read_duties(normalise(text), 1, known)]


def test_a_meeting_held_after_a_news_lead_in_is_a_report(known):
    # 眼下，为推动…工作，9月29日，X组织召开…会 : the purpose and a time word before the date are a news item's
    # lead-in; the meeting held is reported, no duty (it was read as X's duty)
    assert _names("眼下,为推动全县家电以旧换新工作,10月8日,县商务局组织召开家电以旧换新工作推进会,副县长主持。",
                  known) == []
    assert _names("为做好秋粮收购工作,全力保障农民利益,11月3日下午,县粮食局组织召开收购工作调度会。", known) == []
    # (as with the date alone, before)
    assert _names("11月3日,县粮食局组织召开收购工作调度会。", known) == []
    # (a plan's charge to hold meetings stays a duty)
    assert _names("为推动工作落实,县商务局要定期组织召开工作推进会。", known) == ["县商务局"]


def test_bare_yao_parts_of_a_sentence_going_on(known):
    # X要…。要…，…；要…，…；要…，… : a sentence of bare 要-parts going on with the holders before: each later
    # ；-part goes on with them too, its own task (they were lost)
    got = _duties("会议强调,各县区要结合实际,统筹部署。要按时序推进适老化改造,保质保量完成年度任务;"
                  "要加强协同,扎实推进养老机构安全整治;要坚持政府引导,推动社区助餐服务发展。", known)
    assert [m for m, _c in got] == ["各县区", "各县区", "各县区"]
    assert got[1][1].startswith("要加强协同") and got[2][1].startswith("要坚持政府引导")
    # (in the holder's own sentence, X要…；要…, the later part stays with the plan's annotations, as before)
    got = read_duties("各县（市、区）要科学制定托位建设计划；要保障资金需求，规范开展验收工作。", 1, known)
    assert [d.mention for d in got] == ["各县（市、区）"] and "保障资金" not in got[0].clause


def test_each_fields_lead_departments(known):
    # 各行业应用牵头部门要… : every field's lead department, a collective as written (lost: 各 before a field
    # and a part's name made no name)
    assert _names("各行业应用牵头部门要按照职责分工细化工作措施。", known) == ["各行业应用牵头部门"]
    assert _names("各领域牵头部门要按季度报送工作进展。", known) == ["各领域牵头部门"]


def test_a_ministrys_department_named_alone(known):
    # X司 (a ministry's department, its ministry left out): a body, as X局 is (it was no name)
    assert _names("数据资源司负责拟订数据资源开发利用政策。", known) == ["数据资源司"]
    # …and after its ministry, one body (not the ministry and a 司)
    assert _names("文化和旅游部产业发展司牵头协调有关司局做好指导工作。", known) == ["文化和旅游部产业发展司"]
    assert _names("教育部职业教育司负责指导职业院校办学。", known) == ["教育部职业教育司"]
    # (公司 stays an enterprise's word; 各司其职 no body)
    assert _names("各部门各司其职,共同做好托育服务监管。", known) == []


def test_what_a_body_is_in_charge_of_before_its_kind(known):
    # X是负责拟订…，提出…，协调…等的职能司局 : the body's charge, over several clauses before the kind of organ it
    # is (lost: the 是…的X reading stops at a comma)
    got = _duties("算力发展司是负责拟订算力基础设施布局规划,提出有关政策建议,协调有关重大问题等的职能司局。", known)
    assert [m for m, _c in got] == ["算力发展司"] and "协调有关重大问题" in got[0][1]
    assert _names("县数据局是负责统筹数据资源整合,推进数字政府建设的县政府工作部门。", known) == ["县数据局"]
    # (a post, and a duty list's lead-in, read as before)
    assert _names("李明是负责同志。", known) == []
    assert _names("专班主要职责是负责统筹推进人工智能应用工作。", known) == []
