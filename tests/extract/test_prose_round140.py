"""Duty clauses the round-140 held-out texts of issue 12 (tests/govs/prose n516-n519: 扬州's 生态环境保护
责任规定, 仁寿's 森林火灾 plan, a county's 食品安全 notice, a news copy of 福州's 食品安全 责任体系) showed
missing or wrong (kg.extract.enrich.duties). The sentences are variants written for these tests, not
the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _duties(text, known):
    return [(d.mention, d.lookup) for d in read_duties(normalise(text), 1, known)]


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def test_the_government_of_the_place_where_it_happens(known):
    # 由发生地X负责… : the body of the place an event happens, as 所在地X and 事发地X are (发生地 was
    # dropped: the township governments in general)
    assert _names("发生山林火灾时，由发生地乡镇人民政府负责组织先期处置。", known) == ["发生地乡镇人民政府"]
    assert _names("发生地街道办事处应当立即组织群众转移。", known) == ["发生地街道办事处"]
    # …as before: 所在地 and 事发地
    assert _names("由所在地乡镇人民政府负责组织先期处置。", known) == ["所在地乡镇人民政府"]


def test_a_level_short_government_and_its_departments(known):
    # 市政府及其有关部门 : a government named by its level's short name and its departments (only
    # 市人民政府及其… was read: the name before 政府 had to be two characters or more)
    assert _names("区政府及其有关部门应当依法履行城市管理职责。", known) == ["区政府", "有关部门"]
    assert _names("县委和县政府及其有关部门、县法院和检察院，依照有关法律以及本办法，履行安全生产工作责任。",
                  known) == ["县委", "县政府", "有关部门", "县法院", "检察院"]
    # …as before: the full name
    assert _names("县人民政府及其有关部门应当依法履行城市管理职责。", known) == ["县人民政府", "有关部门"]


def test_party_committee_and_government_with_no_level(known):
    # 党委和政府对…负总责 : a 党政同责 rule's pair binding every level's, the two as written (a bare 政府
    # named no unit, so the clause was lost)
    assert _names("党委和政府对本行政区域安全生产工作负总责。", known) == ["党委", "政府"]
    assert _names("党委、政府对本地区耕地保护负总责。", known) == ["党委", "政府"]
    # …a principle naming them is still no clause
    assert _names("坚持党委和政府统一领导。", known) == []


def test_the_own_levels_units_concerned(known):
    # 县直有关单位要… : the units directly under the county concerned, a collective as written (no
    # subject was read in a list, nor alone before a verb that is no modal)
    assert _names("各乡镇人民政府、县直有关单位要加强执法队伍建设，严肃法纪。", known) == [
        "各乡镇人民政府", "县直有关单位"]
    assert _names("市直相关单位要按时报送统计数据。", known) == ["市直相关单位"]
    assert _names("县直有关单位负责做好本单位的信访工作。", known) == ["县直有关单位"]


def test_the_county_level_with_cities_in_brackets_and_districts_after(known):
    # 各县（市）区政府 (福建's usual form of 县（市、区）): the county level's governments, kept as written
    assert _names("各县（市）区政府要结合实际制定相应措施。", known) == ["各县（市）区政府"]
    assert _names("各县(市)区人民政府也要及时采取相应措施。", known) == ["各县（市）区人民政府"]
    # …after the city, by surface segments as 市、县（市、区）人民政府 is
    assert _duties("市、县（市）区人民政府应当加强对档案工作的领导。", known) == [
        ("市", "市人民政府"), ("县（市）区人民政府", "各县（市、区）人民政府")]


def test_a_levels_treasury(known):
    # 县财政要… : a level's treasury named by its field alone, its finance department as 各级财政 is
    # (no subject was read)
    assert _names("县财政要将工作经费纳入年度预算予以保障。", known) == ["县财政"]
    assert _names("县（市、区）财政要安排专项资金用于有奖举报。", known) == ["县（市、区）财政"]
    # …as before: 各级财政
    assert _duties("各级财政要将工作经费纳入预算。", known) == [("各级财政", "财政部门")]


def test_a_pattern_of_work_formed(known):
    # 形成A统一负责…，B牵头、C分工协作，…的工作格局 : the clauses describe the pattern to be formed, no
    # one's duty (B's 牵头 was read as B's)
    assert _names("县委、县政府要完善工作机制，形成乡镇统一负责本辖区的工作，县民政局牵头、相关部门分工协作，"
                  "社会参与的工作格局。", known) == ["县委", "县政府"]
    # …a 形成 clause that closes with no pattern leaves the holder after it
    assert _names("要形成工作合力，县市场监管局负责牵头组织实施。", known) == ["县市场监管局"]
    assert _names("形成政府主导、部门协同的格局，县民政局负责日常工作。", known) == ["县民政局"]


def test_a_bodys_chief_leaders_are_a_post(known):
    # X主要领导是…第一责任人 / X主要领导对…负总责 : the body's chief leaders, a post (领导 was read as
    # X's verb, leading the work named after it)
    assert _names("各级党委和政府主要领导是本地区安全生产工作第一责任人。", known) == []
    assert _names("县政府分管领导对本地区安全生产工作负直接领导责任。", known) == []
    # …as before: a government leading a field's work
    assert _names("县人民政府领导本行政区域内的献血工作。", known) == ["县人民政府"]


def _clauses(text, known):
    return [(d.mention, d.clause) for d in read_duties(normalise(text), 1, known)]


def test_a_topic_before_a_later_holders_by_clause(known):
    # …，A的B，由Y负责 : the topic before a later holder's 由 clause opens that holder's duty (it went
    # with the duty before, and the later holder's was a bare 由Y负责)
    assert _clauses("县民政局负责养老服务工作，农村敬老院的日常管理，由乡镇人民政府负责。", known) == [
        ("县民政局", "县民政局负责养老服务工作"), ("乡镇人民政府", "农村敬老院的日常管理，由乡镇人民政府负责")]
    # …not a clause of the duty before, opening with its verb (…会审，报县政府审批，由Z…)
    assert _clauses("实施方案由县发改局牵头会审，报县政府审批，由县农业农村局下达批复。", known) == [
        ("县发改局", "实施方案由县发改局牵头会审，报县政府审批"), ("县农业农村局", "由县农业农村局下达批复")]
    # …nor a clause of the work before that names no topic (…，提出相关工作措施和意见，由各有关部门落实)
    assert _clauses("县发展改革局会同县有关部门每年分析评估工作情况，提出相关工作措施和意见，由各有关部门落实。",
                    known)[-1] == (
        "各有关部门", "由各有关部门落实")
