"""Conventions seen in the held-out set "an" (a city's 2007 目标管理 plan, a 2010 target division,
a 2009 notice of ten 实事), each as a short synthetic fixture with variants not in the collected
files: a line after one or several numbered targets naming their unit (N项目标的责任单位均为X。
for the N targets before it, 该目标责任单位为X。 / 该项任务牵头单位为X。 for the one it follows) is
their annotation, while a target that names its own unit keeps it and a target before the N
covered gets nothing from the line; 主办单位 after a target leads."""
from test_conventions import read, who

TARGETS = ("（一）发展目标。包括6项。\n"
           "1.地区生产总值增长12%；\n"
           "2.第三产业增加值达到800亿元；\n"
           "3.城镇固定资产投资新增150亿元；\n"
           "两项目标的责任单位均为市发展改革委。\n"
           "4.规模以上工业销售收入达到2000亿元；\n"
           "该目标责任单位为市经委。\n"
           "5.地方财政收入净增40亿元；\n"
           "该项任务牵头单位为市财政局、市税务局。\n"
           "6.万元生产总值能耗下降4%；\n"
           "该项目标责任单位为市发展改革委、统计局、经委。\n")


def test_a_line_naming_the_unit_of_the_n_targets_before_it(write_doc):
    out = read(write_doc, TARGETS)
    assert who(out, "地区生产总值增长12%") == []          # before the two the line covers
    assert who(out, "第三产业增加值达到800亿元") == [("市发展改革委", "responsible")]
    assert who(out, "城镇固定资产投资新增150亿元") == [("市发展改革委", "responsible")]


def test_a_line_naming_the_unit_of_the_target_it_follows(write_doc):
    out = read(write_doc, TARGETS)
    assert who(out, "规模以上工业销售收入达到2000亿元") == [("市经委", "responsible")]
    assert who(out, "地方财政收入净增40亿元") == [("市财政局", "lead"), ("市税务局", "lead")]
    assert who(out, "万元生产总值能耗下降4%") == [("市发展改革委", "responsible"),
                                                 ("统计局", "responsible"), ("经委", "responsible")]


def test_a_target_with_its_own_unit_keeps_it(write_doc):
    out = read(write_doc, "1.社会消费品零售总额增长15%。（责任单位：市商务局）\n"
                          "2.实际利用外资达到5亿美元；\n"
                          "2项目标的责任单位均为市招商局。\n")
    assert who(out, "社会消费品零售总额增长15%") == [("市商务局", "responsible")]
    assert who(out, "实际利用外资达到5亿美元") == [("市招商局", "responsible")]


def test_a_host_unit_label_after_a_target_leads(write_doc):
    out = read(write_doc, "一、目标分解\n1.地区生产总值增长11%。主办单位：市发展和改革委员会、统计局。\n"
                          "2.财政一般预算收入增长15%。主办单位：市财政局。\n")
    assert who(out, "地区生产总值增长11%") == [("市发展和改革委员会", "lead"), ("统计局", "lead")]
    assert who(out, "财政一般预算收入增长15%") == [("市财政局", "lead")]
