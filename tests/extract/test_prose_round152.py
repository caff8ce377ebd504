"""Duty clauses the round-152 held-out texts of issue 12 (tests/govs/prose n574-n577: a province's 营商环境
投诉举报处理办法 news item, a city's 营商环境问题投诉联动处理办法, a city's 招商线索管理办法, a city's draft
优化营商环境条例) showed missing (kg.extract.enrich.duties). The sentences are variants written for these
tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def test_a_field_s_work_lead_unit(known):
    # 各级X工作牵头单位要… : the unit leading a field's work at every level (no name: lost; the
    # field's 牵头部门 was read)
    assert _names("各级安全生产工作牵头单位要定期通报排查情况。", known) == ["各级安全生产工作牵头单位"]
    assert _names("乡村振兴工作牵头单位负责汇总各村台账。", known) == ["乡村振兴工作牵头单位"]
    # (a clause ending in the part stays none)
    assert _names("要求各地明确工作牵头单位。", known) == []


def test_a_level_s_each_concerned_unit(known):
    # 市各有关单位要… : the level written before 各 (read for 部门, lost for 单位)
    assert _names("县各有关单位要按照职责分工做好来信办理。", known) == ["县各有关单位"]
    assert _names("各镇人民政府和全市各相关单位要按照职责分工,做好来信办理。", known) \
        == ["各镇人民政府", "全市各相关单位"]


def test_a_complaint_office_passes_a_matter_on(known):
    # X对…，及时函询承办单位 / X收到…后，及时转派… : a complaint office's handling, no modal (lost)
    assert _names("县营商办对群众评价不满意的工单,及时函询承办单位。", known) == ["县营商办"]
    assert _names("区信访局收到企业来信后,及时转办有关部门。", known) == ["区信访局"]
    # (a report and the one summoned stay none)
    assert _names("区纪委约谈了两家单位。", known) == []
    # (an office's follow-up of a notice, 将对…进行跟踪督办, stays none, as 将…进行 is)
    assert _names("县政府督查室将对各项任务完成情况进行跟踪督办。", known) == []


def test_a_body_obtaining_a_matter_then_its_duty(known):
    # X（通过各渠道）获取…线索后，做好… : the body obtaining a matter, as one receiving it (lost)
    assert _names("县投资促进中心获取项目信息后,做好登记建档。", known) == ["县投资促进中心"]
    assert _names("县投资促进中心通过多种途径获取招商线索后,做好研判跟进。", known) == ["县投资促进中心"]
    # (the regulated side obtaining a licence stays none)
    assert _names("企业获得许可后,做好登记。", known) == []
