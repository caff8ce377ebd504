"""Duty clauses the round-146 held-out texts of issue 12 (tests/govs/prose n540-n543: two county governments'
常务会议 reports, a county 人大's rules on its 审议意见 in a news item, a county 人大 主任会议 report) showed
missing or wrong (kg.extract.enrich.duties, kg.extract.actors). The sentences are variants written for these
tests, not the corpus text."""
from __future__ import annotations

from kg.extract.actors import unit_type_kind
from kg.extract.enrich.duties import read_duties
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def test_the_zones_written_with_each_beside_the_townships(known):
    # 各乡镇、各园区及县级有关部门要… : 各园区 (the county's zones) a collective as 各乡镇 is (the whole clause
    # was lost: one part no name, the list no subject)
    assert _names("会议强调,各镇、各园区及区级有关部门要压实工作责任,主动认领任务。", known) == [
        "各镇", "各园区", "区级有关部门"]
    assert _names("各开发区要加强安全生产巡查。", known) == ["各开发区"]
    assert _names("各乡镇、各功能区要做好防汛值守。", known) == ["各乡镇", "各功能区"]


def test_an_adviser_before_the_one_advised(known):
    # 由X建议Y采取… : X (the adviser), never one name made of both (常委会建议县委 was read as a body)
    assert _names("逾期不整改的,由市人大常委会建议市委采取组织处理措施。", known) == ["市人大常委会"]
    assert _names("区政府建议区委采取整改措施。", known) == ["区政府"]
    # (an adviser read as no body leaves the clause without a holder, not a name with the verb in it)
    assert not any("建议" in n for n in _names("由常委会建议县委采取组织处理措施。", known))
    # (建议 after 代表/议案/提案 is the suggestions' noun inside a name, no adviser: 代表建议政协提案工作机构)
    assert _names("代表建议政协提案工作机构要发挥好牵头抓总作用。", known) == ["代表建议政协提案工作机构"]
    # (a request to a higher body keeps its subject, as before)
    assert _names("县财政局提请县政府研究决定。", known) == ["县财政局"]


def test_the_government_and_the_two_courts_named_together(known):
    # “一府两院”在接到审议意见后要… : the government, court and procuratorate a 人大 supervises, a collective
    # as written, with or without its quotes (it was no name)
    assert _names("“一府两院”在收到市人大常委会审议意见后应当及时研究处理。", known) == ["“一府两院”"]
    assert _names("一府一委两院要按期报告办理情况。", known) == ["一府一委两院"]
    assert unit_type_kind("一府两院") == "collective"
