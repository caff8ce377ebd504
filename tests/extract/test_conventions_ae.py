"""Conventions seen in the held-out set "ae" (a city's 2025 提振消费 measures, a county-level
city's and a city's 2025 若干政策, a province's 2022 明电 on consumption, a province's 2022 数字经济
measures on a mirror with pinyin glosses; from the ``pages`` corpus), each as a short synthetic
fixture with variants not in the collected files: a collective over a series of levels whose last
level says 级 (``各市、县级政府``), a section heading whose own bracket names its lead
(``一、科技创新政策（由市科技局牵头实施）``) over items that name no unit or name that unit again,
and the item the excerpt's edge cuts under such a heading (no unit from it where the items
write annotations of their own)."""
from test_conventions import read, who


def test_a_series_of_levels_ending_in_ji_is_one_collective(write_doc):
    out = read(write_doc,
               "一、有序恢复商业经营场所\n"
               "(一)开放大型生产资料市场。(省商务厅、省农业农村厅等部门及各市、县级政府按职责分工负责)\n"
               "(二)恢复便民服务场所经营。(省商务厅及各省、市、县级人民政府负责)\n")
    assert who(out, "开放大型生产资料市场") == [("省商务厅", "responsible"),
                                             ("省农业农村厅", "responsible"),
                                             ("各市、县级政府", "responsible")]
    assert who(out, "恢复便民服务场所经营") == [("省商务厅", "responsible"),
                                             ("各省、市、县级人民政府", "responsible")]


def test_a_heading_that_names_its_lead_leads_the_items_under_it(write_doc):
    out = read(write_doc,
               "一、科技创新政策(由县科技局牵头实施)\n"
               "县财政统筹安排3000万元,用于支持科技企业培育。\n"
               "1.鼓励创新主体发展。对首次认定的高新技术企业给予奖励。(责任单位:县科技局)\n"
               "2.支持企业加大研发投入。对新认定的研发机构给予补助。\n"
               "3.推进科技成果转化。对技术合同给予奖励。(责任单位:县经信局)\n"
               "二、工业发展政策\n"
               "1.支持企业技术改造。对技改项目给予补助。\n")
    assert who(out, "科技创新政策") == [("县科技局", "lead")]
    # the heading's unit named again by the item: it leads the item too
    assert who(out, "鼓励创新主体发展") == [("县科技局", "lead")]
    # an item that names no unit is the heading's lead's
    assert who(out, "支持企业加大研发投入") == [("县科技局", "lead")]
    # an item naming another unit keeps its own (the heading's unit is not added to it)
    assert who(out, "推进科技成果转化") == [("县经信局", "responsible")]
    # a heading with no annotation gives nothing to its items
    assert who(out, "支持企业技术改造") == []


def test_a_heading_naming_a_lead_and_others_gives_nothing_to_its_items(write_doc):
    # the heading's annotation names more than a lead: it is the heading's own division of
    # work, not the section's lead
    out = read(write_doc,
               "一、推进数字政府建设(牵头单位:市数据局;配合单位:市财政局)\n"
               "1.建设政务云平台。\n"
               "2.推进数据共享。(责任单位:市数据局)\n")
    assert who(out, "推进数字政府建设") == [("市数据局", "lead"), ("市财政局", "support")]
    assert who(out, "建设政务云平台") == []
    assert who(out, "推进数据共享") == [("市数据局", "responsible")]


def test_the_item_the_edge_cuts_gets_no_unit_from_its_heading_where_items_name_their_own(
        write_doc):
    # the excerpt stops inside item 2, and item 1 wrote its own annotation: item 2's may be
    # what the edge cut
    out = read(write_doc,
               "一、推进教育科技人才一体发展(由市科技局牵头实施)\n"
               "1.推动科创平台提质增效。对新认定的实验室给予补助。(责任单位:市科技局、市财政局)\n"
               "2.强化企业科技创新主体地位。对首次认定的高新技术企业给予项目补")
    assert who(out, "推动科创平台提质增效") == [("市科技局", "lead"), ("市财政局", "responsible")]
    assert who(out, "强化企业科技创新主体地位") == []


def test_the_item_the_edge_cuts_keeps_its_heading_unit_where_no_item_names_one(write_doc):
    # no item of the list writes an annotation: the heading's unit is all the list names
    out = read(write_doc,
               "一、推进教育科技人才一体发展(由市科技局牵头实施)\n"
               "(一)推动科创平台提质增效。对新认定的实验室给予补助。\n"
               "(二)强化企业科技创新主体地位。对首次认定的高新技术企业给予项目补")
    assert who(out, "推动科创平台提质增效") == [("市科技局", "lead")]
    assert who(out, "强化企业科技创新主体地位") == [("市科技局", "lead")]
