"""Conventions seen in the held-out set "gg" (helper of session 29), as short synthetic fixtures
with variants not in the collected files: a patrol notice's remedy field whose agent follows a
clause of manner (``整改要求：按照先教育、再处罚的要求，由沿线包片单位A、B负责…``); findings closed by
who bears which responsibility (``（主体责任：X，监督责任：Y）``); findings closed by ``责任主体：X``
naming a shop or a business's outlets (``4S店``, ``各营业网点``); and an inspection bulletin's
problems grouped under the township they are handed to, counted (``（一）城关镇（3个）``)."""
from kg.extract import annotations as ann
from kg.extract import unitnames
from test_conventions import read, who


def test_a_remedy_fields_agent_after_a_clause_of_manner(write_doc):
    text = ("1、滨河路沿线商户出店经营问题突出。\n"
            "整改要求：按照先教育、再处罚的原则，由滨河路沿线包片单位县文广局、县民政局负责劝导。\n"
            "2、新华街口绿化带有白色垃圾。\n"
            "整改措施：根据巡查情况，由包段单位县交通局督促业主清理。\n"
            "3、北关桥下堆放建筑垃圾。\n"
            "整改要求：立即清理，限期整改到位。\n")
    out = read(write_doc, text)
    # the place words and the role word before the units (滨河路沿线包片单位) are no part of them
    assert who(out, "滨河路沿线商户出店经营") == [("县文广局", "responsible"),
                                              ("县民政局", "responsible")]
    assert who(out, "新华街口绿化带有白色垃圾") == [("县交通局", "responsible")]
    # a remedy with no agent names no unit
    assert who(out, "北关桥下堆放建筑垃圾") == []


def test_an_agent_after_a_comma_needs_由_and_units():
    assert [u.mention for u in ann.measure_units("按照要求，由县城管局负责清理")] == ["县城管局"]
    # a clause after a comma without 由 is no agent of the field
    assert ann.measure_units("按照先劝阻、再处罚的要求，严格执法") == []
    # 由 before words that are no units
    assert ann.measure_units("按照要求，由业主自行负责清理") == []


def test_principal_and_supervising_responsibility_labels(write_doc):
    text = ("● 新华路农贸市场外占道经营、乱停乱放。\n"
            "（主体责任：新华社区，监督责任：市城管局）\n"
            "● 城区各药店未张贴创卫宣传标语。\n"
            "（主体责任：各药店；监管责任：县市场监管局）\n")
    out = read(write_doc, text)
    assert who(out, "新华路农贸市场外占道经营") == [("新华社区", "responsible"),
                                                ("市城管局", "responsible")]
    assert who(out, "各药店未张贴创卫宣传标语") == [("各药店", "responsible"),
                                                ("县市场监管局", "responsible")]
    parsed = ann.parse_annotation("主体责任：白茶村委会，监督责任：市工商局", lambda s: False)
    assert [(u.mention, u.label) for u in parsed.units] == [("白茶村委会", "主体责任"),
                                                           ("市工商局", "监督责任")]
    assert not parsed.leftover


def test_a_body_named_by_its_shop_or_outlets(write_doc):
    text = ("1、10月9日督查发现，河东路一处汽车销售公司门前堆放装修垃圾，问题未整改。\n"
            "责任主体：长城汽车河东4S店\n"
            "2、10月9日督查发现，各银行营业网点门前“三包”不到位。\n"
            "责任主体：各营业网点\n")
    out = read(write_doc, text)
    assert who(out, "门前堆放装修垃圾") == [("长城汽车河东4S店", "responsible")]
    assert who(out, "门前“三包”不到位") == [("各营业网点", "responsible")]
    assert unitnames.unit_kind("华晨汽车固原昌隆4S店") == "enterprise"
    assert unitnames.unit_kind("各大药店") == "collective"
    # a bare word of the kind is no outlet of anyone
    assert unitnames.unit_kind("网点") is None


def test_problems_grouped_under_the_township_they_are_handed_to(write_doc):
    text = ("二、存在问题\n"
            "（一）城关镇（3个）\n"
            "1.幸福小区内车辆乱停乱放。\n"
            "2.滨江路公益广告破损。\n"
            "3.东门菜市场：（1）地面污水横流；（2）无公益广告。\n"
            "（二）县住建局（2处问题）\n"
            "1.在建工地围挡破损。\n"
            "2.工地出口无冲洗设施。\n"
            "（三）环境卫生（2个）\n"
            "1.主干道垃圾桶满溢。\n")
    out = read(write_doc, text)
    assert who(out, "幸福小区内车辆乱停乱放") == [("城关镇", "responsible")]
    assert who(out, "滨江路公益广告破损") == [("城关镇", "responsible")]
    assert who(out, "在建工地围挡破损") == [("县住建局", "responsible")]
    # a counted heading that names no unit gives none
    assert who(out, "主干道垃圾桶满溢") == []


def test_a_collective_counted_by_its_units_is_no_section_unit(write_doc):
    # a list of recipients: the count is of the units listed under the collective, no problems
    text = ("二、各县（市、区）（3个）\n"
            "（一）安平县\n"
            "安平县文化馆\n"
            "（二）武强县\n"
            "武强县图书馆\n"
            "三、存在问题\n"
            "（一）安平县（1个）\n"
            "1.文化广场照明设施损坏。\n")
    out = read(write_doc, text)
    assert who(out, "安平县文化馆") == []
    assert who(out, "武强县图书馆") == []
    assert who(out, "文化广场照明设施损坏") == [("安平县", "responsible")]
