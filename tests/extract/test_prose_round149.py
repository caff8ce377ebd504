"""Duty clauses the round-149 held-out texts of issue 12 (tests/govs/prose n556-n561: a town's and a county's
督查 reports, a zone's 申报程序, a city's 申报流程, a 科技 notice's 报送 rules, a county's 督察 news item) showed
missing or wrong (kg.extract.enrich.duties, kg.extract.deadlines). The sentences are variants written for
these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.deadlines import deadline_in_clause
from kg.extract.enrich.duties import read_duties
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def test_the_units_in_charge_concerned_with_each(known):
    # 各相关责任单位要… : 相关责任单位 with 各, a collective as written (it was no name: the clause lost)
    assert _names("各相关责任单位要在两周内完成自查。", known) == ["各相关责任单位"]
    assert _names("会议强调,各有关责任单位要压实整改责任。", known) == ["各有关责任单位"]


def test_the_county_level_written_districts_first(known):
    # 各区(市)县X部门 (四川's order: districts, county-level cities, counties) read as 各县(市)区 is (lost)
    assert _names("各区(市)县教育主管部门应于2023年6月30日前完成初审。", known) == ["各区（市）县教育主管部门"]
    assert _names("由各区(市)县人力资源社会保障部门汇总后报送市人力资源社会保障局。", known) == [
        "各区（市）县人力资源社会保障部门"]
    # (福建's order, as before)
    assert _names("各县(市)区要高度重视。", known) == ["各县（市）区"]


def test_when_the_time_is_right_each_year(known):
    # X每年适时发布…通知 : each year, when the time is right, between the subject and its verb (lost: 适时 was
    # no manner, and 发布 a paper's issuance reported)
    assert _names("市统计局每年适时发布年度调查通知,组织填报。", known) == ["市统计局"]
    assert _names("区人社局适时组织专项检查。", known) == ["区人社局"]
    # (a notice issued once and reported stays no duty)
    assert _names("近日,区科技局发布年度申报通知。", known) == []
    # (an office's follow-up, 将 with a manner before its verb, stays none: docs/DUTIES.md's 将 rule)
    assert _names("县政府督查室将适时开展暗访。", known) == []
    assert _names("县政府督查室将定期开展暗访。", known) == []


def test_the_one_submitting_before_the_one_approving(known):
    # 由X报Y审批 : X, never one name made of both (区科技局报管委会 was read as a body)
    assert _names("由县人社局报县政府审批。", known) == ["县人社局"]
    assert _names("审核通过后,由区民政局报管委会批准后实施。", known) == ["区民政局"]


def test_papers_handed_in_after_jiang(known):
    # X将…报送Y : 将 and the papers, then the handing in, a step with no modal (lost); 各归口管理部门 a collective
    assert _names("各归口管理部门将推荐表报送市发展改革委。", known) == ["各归口管理部门"]
    assert _names("县教育局将汇总表报送市教育局。", known) == ["县教育局"]
    # (a report of what was done stays none)
    assert _names("县教育局已将汇总表报送市教育局。", known) == []


def test_a_due_date_before_the_subject(known):
    # …,9月30日前A村、B村要完成… : the date opens the clause, its subject after it (read as the clause before's)
    assert _names("各村要加强巡查,9月30日前东关村、西关村要完成清淤工作。", known) == ["各村", "东关村", "西关村"]
    # (with a modal only: a bare step after a date stays as before, prose-langfang's bare verbs)
    assert _names("2023年5月10日前各参编单位将修改稿报送市档案馆。", known) == []


def test_a_weekday_between_the_date_and_before():
    # 于2023年5月12日（星期五）前… : the weekday in brackets no bar to the clause's deadline
    assert deadline_in_clause("由各县级教育部门于2023年5月12日（星期五）前汇总报送") == "2023-05-12"
    assert deadline_in_clause("应于2024年1月8日(周一)前完成") == "2024-01-08"
    assert deadline_in_clause("于2024年3月15日前报市安办备案") == "2024-03-15"


def test_a_steps_title_naming_its_actor_short(known):
    # （二）X审核。各X…部门应… : the step's title restates the sentence's holder, no duty of its own (the level
    # alone was read as a second holder)
    assert _names("（二）区(市)县初审。各区(市)县科技主管部门应于2023年6月9日前完成初审。", known) == [
        "各区（市）县科技主管部门"]
    assert _names("（三）县（市、区）推荐。各县（市、区）民政部门应对候选对象进行推荐。", known) == ["各县（市、区）民政部门"]
    # (a title alone, with no sentence naming its actor after it, is read as before)
    assert _names("（二）县（市、区）审核。", known) == ["县（市、区）"]
