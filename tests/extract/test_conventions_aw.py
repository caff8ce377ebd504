"""Conventions seen in the held-out set "aw" (a county's 常务会议 news item in traditional script,
a province's 任务分工 notice), each as a short synthetic fixture with variants not in the
collected files: a meeting's charge (``责成X…``) opening a sentence is a task of its own, the
units charged responsible; a person charged, or a charge whose names are not all units, gives
no annotation-read unit."""
from test_conventions import read, who


def test_a_meeting_charge_is_a_task_of_its_own(write_doc):
    out = read(write_doc, "县长主持召开县政府常务会议。\n"
                          "会议原则通过《县养老服务体系建设方案》。责成县民政局根据会议讨论意见修改完善后，"
                          "以县政府名义印发。会议还研究了其他事项。\n")
    assert who(out, "以县政府名义印发") == [("县民政局", "responsible")]
    # the approval before the charge is what the unit is charged with: one task
    assert who(out, "会议原则通过《县养老服务体系建设方案》") == [("县民政局", "responsible")]
    assert who(out, "会议还研究了其他事项") == []


def test_a_charge_to_two_units_with_a_time(write_doc):
    out = read(write_doc, "市政府召开专题会议。\n"
                          "会议听取了城区积水点治理情况汇报。会议责成市住建局、市城管局于6月底前拿出"
                          "整改方案，报市政府审定。\n")
    assert who(out, "拿出整改方案") == [("市住建局", "responsible"), ("市城管局", "responsible")]


def test_an_office_is_not_cut_at_its_government(write_doc):
    out = read(write_doc, "区长主持召开区政府常务会议。\n"
                          "会议原则同意有关意见。责成区人民政府办公室抓紧起草实施细则。\n")
    assert who(out, "抓紧起草实施细则") == [("区人民政府办公室", "responsible")]


def test_a_person_charged_gives_no_unit(write_doc):
    out = read(write_doc, "镇长主持召开镇政府办公会议。\n"
                          "会议原则同意该方案。责成张三同志尽快落实资金，确保项目开工。\n")
    assert out[2] == {}                  # no annotation-read unit anywhere
