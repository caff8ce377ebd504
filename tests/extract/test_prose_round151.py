"""Duty clauses the round-151 held-out texts of issue 12 (tests/govs/prose n568-n573: a bureau's 意识形态
会商研判 rules, a county's 意识形态 联席会议 news item, a 街道's 意识形态工作方案, two schools' 党风廉政建设责任制
rules, a district's 两个责任 实施意见 news item) showed missing or wrong (kg.extract.enrich.duties,
kg.resolve.units). The sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.resolve.jurisdiction import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _lines(text, known):
    lines = [(i + 1, normalise(line)) for i, line in enumerate(text.splitlines())]
    return [(d.line, d.mention) for d in read_lines(lines, known)]


def test_an_institution_s_own_party_body(known):
    # 校党委对…负主体责任 : a school's (or a bureau's) own Party committee named by its kind (no name: lost)
    assert _names("学校党委对全校师生的思想政治工作负主体责任。", known) == ["学校党委"]
    assert _names("院党委要把廉政教育纳入年度计划。", known) == ["院党委"]
    assert _names("局党组对全局网络意识形态工作负主体责任。", known) == ["局党组"]
    # (its posts stay none)
    assert _names("校党委书记要带头抓意识形态工作。", known) == []
    assert _names("局党组书记对全局工作负总责。", known) == []


def test_each_party_committee_of_a_county(known):
    # 全县各党委（党组）务必… : 各 alone before the kind, as 各级 (lost)
    assert _names("全区各党委(党组)务必把意识形态工作摆上重要议事日程。", known) == ["全区各党委（党组）"]
    assert _names("各党委(党组)要定期分析研判。", known) == ["各党委（党组）"]


def test_collective_leadership_answered_for(known):
    # X对…负集体领导责任 : the committee's collective leadership (no predicate: lost)
    assert _names("县委对全县党风廉政建设负集体领导责任。", known) == ["县委"]


def test_what_a_responsibility_is_made_of_label(known):
    # X主体责任包括：X对…负… : the label, then the holder written again (lost behind the label)
    assert _names("（一）县委主体责任包括：县委对全县党风廉政建设负全面领导责任、县委书记负第一责任。",
                  known) == ["县委"]


def test_a_system_of_leadership_kept_to_is_no_duty(known):
    # 要坚持党委统一领导，…，纪委组织协调，…的领导体制和工作机制 : the system's parts (纪委 was given 组织协调)
    assert _names("实行廉政建设责任制，要坚持党委统一领导，党政齐抓共管，纪委组织协调，部门各负其责，"
                  "依靠群众参与的领导体制和工作机制。", known) == []
    # (a body keeping to its committee's lead stays the holder of its own work)
    assert _names("县纪委要坚持党委统一领导，加强日常监督。", known) == ["县纪委"]


def test_an_office_hosted_under_a_body_s_lead(known):
    # 办公室设在Y，在Z统一领导下，履行…职责 : the office's duty past the setting, written with 履行 (the host only)
    got = _names("领导小组办公室设在党政综合办，在党委统一领导下，履行组织、协调、督查的职责。", known)
    assert "领导小组办公室" in got
    assert "党委" not in got
    # A办公室和B办公室设在Y，… : both offices (was one name, 和B办公室)
    got = _names("宣传工作领导小组办公室和网信工作领导小组办公室设在党政综合办，负责日常工作。", known)
    assert "宣传工作领导小组办公室" in got and "网信工作领导小组办公室" in got
    assert not any(n.startswith("和") for n in got)


def test_answering_for_an_object_holding_a_charge(known):
    # X对负责…的Y负主体责任 : 负责 inside 对's object, the verb after it (lost); posts before 和 none
    assert _names("各分管领导和科室对负责业务领域、联系村组的宣传工作负主体责任。", known) == ["科室"]
    assert _names("各股室对负责业务领域的宣传工作负主体责任。", known) == ["各股室"]


def test_achieving_opens_no_name(known):
    # …，做到总揽全局、协调各方 : 做到 and what is to be achieved (read as a body 做到总揽全局)
    assert _names("主要负责同志要履行好第一责任人职责，做到总揽全局、协调各方。", known) == []


def test_a_post_opening_a_line_under_a_duties_heading(known):
    # 三、工作职责 / X书记是第一责任人，应当… : the post's, no heading body's (the group set up before took it)
    text = ("二、组织领导\n成立宣传思想工作领导小组，负责统筹全镇宣传思想工作。\n三、工作职责\n"
            "镇党委书记是第一责任人，应当带头抓理论学习。\n分管领导要协助抓好统筹协调。\n")
    assert _lines(text, known) == [(2, "宣传思想工作领导小组")]
    # (a line with no subject of its own stays the heading body's)
    text = "二、组织领导\n成立宣传思想工作领导小组，负责统筹全镇宣传思想工作。\n三、工作职责\n要定期研判形势。\n"
    assert _lines(text, known) == [(2, "宣传思想工作领导小组"), (4, "宣传思想工作领导小组")]


def test_an_institution_s_party_body_is_no_body_of_the_document_s_government():
    # 校党委 in a province's (or the State's) text: kept as written, not 甘肃省校党委
    j = Jurisdiction("甘肃省", "620000", "province", "issuer")
    r = Resolver(load_lexicon())
    for name in ("校党委", "学院党委"):
        u = r.resolve(name, j)
        assert u.name == name and not u.resolved, (name, u.name)
