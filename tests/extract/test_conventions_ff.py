"""Conventions seen in the held-out set "ff" (helper of session 28), as short synthetic fixtures
with variants not in the collected files: an inspection notice's places, each followed by the
problems found there as sub-items ending on semicolons and closed by one line
``问题整改责任单位：X 整改时限：3天`` (a unit label longer than six characters, what the unit does
written before it)."""
from kg.extract import annotations as ann
from test_conventions import read, who


def test_a_qualified_unit_label_and_a_rectification_time_limit():
    parsed = ann.parse_annotation("问题整改责任单位：县文旅局 整改时限：7天", lambda s: False)
    assert [(u.mention, u.role) for u in parsed.units] == [("县文旅局", "responsible")]
    assert parsed.deadline == "7天" and not parsed.leftover
    assert ann.is_standalone_annotation("问题整改责任单位：县文旅局 整改时限：7天")
    assert ann.is_standalone_annotation("整改落实责任单位：县文旅局")


def test_a_closing_label_line_over_semicolon_problems_replaces_the_places_unit(write_doc):
    text = ("督查发现问题如下：\n"
            "1.县图书馆\n"
            "（1）阅览室消防通道堵塞；\n"
            "（2）公益广告破损。\n"
            "问题整改责任单位：县图书馆 整改时限：3天\n"
            "2.县中医院\n"
            "（1）门诊楼禁烟标识缺失；\n"
            "（2）停车场车辆乱停乱放；\n"
            "（3）志愿服务台账不全。\n"
            "问题整改责任单位：县卫生健康局 整改时限：5天\n")
    out = read(write_doc, text)
    assert who(out, "阅览室消防通道堵塞") == [("县图书馆", "responsible")]
    assert who(out, "公益广告破损") == [("县图书馆", "responsible")]
    # the place (县中医院) is where the problems are, the line names who puts them right
    for anchor in ("门诊楼禁烟标识缺失", "停车场车辆乱停乱放", "志愿服务台账不全"):
        assert who(out, anchor) == [("县卫生健康局", "responsible")], anchor


def test_sub_items_not_ending_on_semicolons_keep_the_last_ones_line(write_doc):
    # two sentences of their own, not clauses of one: the line after the last is that item's
    text = ("一、总体要求\n"
            "（一）推进城区改造\n"
            "1.完成老旧小区改造20个。\n"
            "2.新建口袋公园5个。\n"
            "责任单位：县住建局\n")
    out = read(write_doc, text)
    assert who(out, "新建口袋公园") == [("县住建局", "responsible")]
    assert who(out, "完成老旧小区改造") == []


def test_the_list_cut_before_its_closing_line_takes_no_place_unit(write_doc):
    text = ("1.县汽车站\n"
            "（1）候车厅垃圾未及时清理；\n"
            "（2）无障碍通道被占用。\n"
            "问题整改责任单位：县交通运输局 整改时限：3天\n"
            "2.县人民医院\n"
            "（1）门诊大厅无障碍通道堵塞；\n"
            "（2）院内消防设施未定期")
    out = read(write_doc, text)
    assert who(out, "候车厅垃圾未及时清理") == [("县交通运输局", "responsible")]
    # the excerpt's edge cut the second list before its line: the place is no unit of its items
    assert who(out, "门诊大厅无障碍通道堵塞") == []
