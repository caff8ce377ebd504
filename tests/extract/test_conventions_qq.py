"""Conventions seen in the collected set qq (unseen round of session 38), as short written
fixtures with variants not in the files: a company named in a list by its full registered name
(``中国铁路呼和浩特局集团有限公司``: its legal form is no unit of its own); a carry-over rule over
all or some of the bodies (``以下各项任务均涉及四市或部分市人民政府，不再列出``: one collective)."""
from test_conventions import read, who

from kg.extract import annotations as ann, unitnames


def test_a_company_legal_form_stays_with_its_name():
    for name in ("中国铁路呼和浩特局集团有限公司", "中铁十八局集团有限公司", "中国铁路南宁局集团公司",
                 "自治区交通运输厅集团有限公司"):
        assert unitnames.split_run(name) == [name]
    # a run of short names is still cut
    assert unitnames.split_run("教育局经开区高新园") == ["教育局", "经开区", "高新园"]
    assert [n for n, _ in ann.unit_items("自治区发展改革委、财政厅，中国铁路呼和浩特局集团有限公司，四市人民政府")] \
        == ["自治区发展改革委", "财政厅", "中国铁路呼和浩特局集团有限公司", "四市人民政府"]


def test_a_company_in_an_annotation_is_one_unit(write_doc):
    out = read(write_doc, "（一）打造1小时铁路经济圈，提升优化既有城际动车组开行效率。（责任单位：自治区发展改革委、"
                          "中铁十八局集团有限公司，四市人民政府按职责分工负责）\n")
    assert who(out, "打造1小时铁路经济圈") == [("自治区发展改革委", "responsible"),
                                         ("中铁十八局集团有限公司", "responsible"),
                                         ("四市人民政府", "responsible")]


def test_a_carry_over_rule_over_all_or_some_of_the_bodies(write_doc):
    out = read(write_doc, "（一）打造1小时铁路经济圈，提升城际动车组开行效率。（责任单位：自治区发展改革委、财政厅，"
                          "四市人民政府按职责分工负责，下同。以下各项任务均涉及四市或部分市人民政府，不再列出）\n"
                          "（二）完善2小时公路经济圈，推进城际公交化改造。（责任单位：自治区交通运输厅）\n")
    # the rule's bodies on the first task are the ones it names already: no second name
    assert who(out, "打造1小时铁路经济圈") == [("自治区发展改革委", "responsible"), ("财政厅", "responsible"),
                                         ("四市人民政府", "responsible")]
    assert sorted(who(out, "完善2小时公路经济圈")) == [("四市人民政府", "responsible"),
                                                ("自治区交通运输厅", "responsible")]


def test_an_item_naming_who_manages_it_by_their_duties(write_doc):
    # 由A、B按职责分工管理 (no 负责 after the names), and X按职责分工，负责… (the phrase between the
    # names and 负责); a name may open with 自治 (自治区…: no preposition 自)
    out = read(write_doc, "（一）补助资金由自治区财政厅、住房和城乡建设厅按职责分工管理。\n"
                          "（二）盟市财政部门、住房和城乡建设部门按职责分工，负责本地区项目储备。\n"
                          "（三）自治区林业和草原局负责草原生态保护补助奖励资金的监督管理。\n")
    assert who(out, "补助资金由自治区财政厅") == [("自治区财政厅", "responsible"), ("住房和城乡建设厅", "responsible")]
    assert who(out, "盟市财政部门、住房和城乡") == [("盟市财政部门", "responsible"), ("住房和城乡建设部门", "responsible")]
    assert who(out, "自治区林业和草原局负责") == [("自治区林业和草原局", "responsible")]
