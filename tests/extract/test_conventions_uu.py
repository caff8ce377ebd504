"""Conventions seen in the collected set uu (unseen round of session 38), as short written
fixtures with variants not in the files: a carry-over rule inside a task's bracket introduced by
an exception clause (``除专门列出外，以下任务均涉及X，不再重复``). The rule's units already reached
later tasks; the exception clause left before ``以下`` was reported as a piece that is neither a
unit nor a deadline (E305), a false report on every such bracket. And an organ owned by a
collective of levels written with no separator (``各市〔州〕数据管理部门``, ``各市（州）生态环境局``): the
run splitter had cut it into the levels' collective and a bare organ (``数据管理部门``)."""
from kg.errors import W_NOT_UNDERSTOOD
from kg.extract import annotations as ann
from kg.extract import unitnames

from test_conventions import read, who


def test_an_organ_of_a_collective_of_levels_is_one_name():
    for name in ("各市（州）数据管理部门", "各市〔州〕数据管理部门", "各市州数据管理部门",
                 "各市（州）生态环境局", "各县（市、区）市场监管局", "各县区数据管理部门"):
        assert [m for m, _ in ann.unit_items(name)] == [name], name
    assert [m for m, _ in ann.unit_items("省大数据局、各市（州）数据管理部门")] == [
        "省大数据局", "各市（州）数据管理部门"]
    # a collective of places ending a run, or a 街道 collective inside one, still splits
    assert unitnames.split_run("教育局经开区高新园（邹区镇）各街道市国有公司") == [
        "教育局", "经开区", "高新园（邹区镇）", "各街道", "市国有公司"]
    assert unitnames.split_run("民政局高新园（邹区镇）各街道") == ["民政局", "高新园（邹区镇）", "各街道"]

RULE_DOC = ("1.发展算力产业。培育算力配套产业。(责任单位:省大数据局、省工业和信息化厅,各市〔州〕数据管理部门。"
            "{exc}以下任务均涉及各市〔州〕数据管理部门,不再重复)\n"
            "2.发展数据产业。培育数据企业。(责任单位:省大数据局、省数据集团)\n")


def test_an_exception_clause_before_a_carry_rule_is_part_of_the_rule(write_doc):
    for exc in ("除专门列出外,", "除另有注明外,", "除单独列出的外,", "除特别说明外，"):
        out = read(write_doc, RULE_DOC.format(exc=exc))
        result = out[0]
        assert not [i for i in result.issues if i.code == W_NOT_UNDERSTOOD], exc
        assert who(out, "发展算力产业") == [
            ("省大数据局", "responsible"), ("省工业和信息化厅", "responsible"),
            ("各市〔州〕数据管理部门", "responsible")], exc
        # the rule still gives its units to the later task
        assert who(out, "发展数据产业") == [
            ("省大数据局", "responsible"), ("省数据集团", "responsible"),
            ("各市〔州〕数据管理部门", "responsible")], exc


def test_an_exception_clause_without_a_rule_after_it_is_still_reported(write_doc):
    # 除…外 alone (no 以下… rule) is no rule: the piece is reported as before
    out = read(write_doc, "1.发展算力产业。(责任单位:省大数据局。除专门列出外)\n")
    assert who(out, "发展算力产业") == [("省大数据局", "responsible")]
    assert [i for i in out[0].issues if i.code == W_NOT_UNDERSTOOD]
