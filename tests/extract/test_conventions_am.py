"""Conventions seen in the held-out set "am" (proposals handed on to sections, a township's own
rules to its centres and villages, a 民生工程 plan's field lines), each as a short synthetic
fixture with variants not in the collected files: a numbered step whose short topic is followed
by a sentence opening with its doer (``1、下达任务。由镇农业服务中心根据…``) gives that unit the
step, while a step whose sentence opens with no unit, or with a part taken in handling a matter
(``由主办科室负责衔接…``, ``由主办单位与其他相关科室共同研究办理``), gives none: 主办科室 names no
section, as 主办单位 names no unit."""
from test_conventions import read, who

from kg.extract import unitnames
from kg.extract.annotations import looks_like_unit


def test_a_step_whose_sentence_opens_with_its_doer_is_that_units(write_doc):
    out = read(write_doc,
               "二、申报程序\n"
               "1、登记造册。由乡社会事务办根据各村上报名单进行登记，建立台账。\n"
               "2、审核公示。由县民政局按照有关规定统一组织审核，并在各村公示。\n"
               "3、资金发放。补助资金通过一卡通直接发放到户。\n")
    assert who(out, "登记造册") == [("乡社会事务办", "responsible")]
    assert who(out, "审核公示") == [("县民政局", "responsible")]
    assert who(out, "资金发放") == []


def test_a_step_opening_with_no_unit_or_a_part_gives_none(write_doc):
    out = read(write_doc,
               "三、办理要求\n"
               "1、加强协调。由主办科室负责衔接相关单位研究办理。\n"
               "2、分类办理。由承办单位根据建议内容分别提出办理意见。\n"
               "3、按时上报。由各位代表根据实际情况提出意见。\n")
    assert who(out, "加强协调") == []
    assert who(out, "分类办理") == []
    assert who(out, "按时上报") == []


def test_a_closing_clause_naming_a_part_gives_no_unit(write_doc):
    out = read(write_doc,
               "关于做好建议提案办理工作的通知\n"
               "一、明确责任。需要两个以上科室共同办理的，由主办科室与其他相关科室共同研究办理。\n"
               "二、加强衔接。涉及其他单位的，由主办科室负责衔接相关单位研究办理。\n"
               "三、及时报送。办理结果汇总后，由办公室会同督查科负责报送。\n")
    assert who(out, "明确责任") == []
    assert who(out, "加强衔接") == []
    assert who(out, "及时报送") == [("办公室", "responsible"), ("督查科", "responsible")]


def test_a_part_in_a_matter_is_no_unit_name():
    for part in ("主办科室", "会办科室", "协办处室", "主办单位", "牵头单位", "责任股室"):
        assert unitnames.is_role_part(part), part
        assert not unitnames.is_unit_name(part), part
        assert not looks_like_unit(part), part
    for name in ("各责任科室", "相关科室", "其他相关科室", "办公室", "综合科", "镇农业服务中心"):
        assert not unitnames.is_role_part(name), name
        assert looks_like_unit(name), name
