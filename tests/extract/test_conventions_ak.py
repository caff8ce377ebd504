"""Conventions seen in the held-out set "ak" (a province's key projects divided among its city
governments, each government's name a heading over its project lists), each as a short synthetic
fixture with variants not in the collected files: the government a heading names is the unit of
every list under it, whether numbered by stage or not; a last item that only announces the list
under it (a label closed by a count, or by a colon) where the input ends was cut by the
excerpt's edge and gets no unit, while the same item followed by its list keeps the heading's."""
from test_conventions import read, who

HEAD = ("一、甲市政府\n"
        "（一）重点项目（3个）。\n"
        "1.竣工项目（1个）：甲市中心医院迁建工程。\n"
        "2.新开工项目（2个）：甲市滨江大道、甲市第二水厂。\n"
        "（二）预备重点项目（2个）。\n"
        "甲市东湖湿地公园、甲市物流园区。\n"
        "二、乙县政府\n"
        "（一）重点项目（1个）。\n"
        "1.续建项目（1个）：乙县环城公路。\n")


def test_a_government_heading_is_the_unit_of_every_list_under_it(write_doc):
    out = read(write_doc, HEAD + "（二）预备重点项目（1个）。\n乙县温泉小镇。\n")
    assert who(out, "甲市中心医院迁建工程") == [("甲市政府", "responsible")]
    assert who(out, "甲市滨江大道") == [("甲市政府", "responsible")]
    assert who(out, "甲市东湖湿地公园") == [("甲市政府", "responsible")]
    assert who(out, "乙县环城公路") == [("乙县政府", "responsible")]
    assert who(out, "乙县温泉小镇") == [("乙县政府", "responsible")]


def test_a_last_item_announcing_a_list_cut_by_the_edge_gets_no_unit(write_doc):
    for last in ("（二）预备重点项目（1个）。\n", "（二）预备项目如下：\n", "2.新开工项目（4项）\n"):
        out = read(write_doc, HEAD + last)
        assert who(out, "乙县环城公路") == [("乙县政府", "responsible")]
        assert who(out, last.strip()[3:]) == [], last
