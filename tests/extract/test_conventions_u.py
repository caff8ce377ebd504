"""Conventions seen in the held-out set "u" (units named at unusual levels), each as a short
synthetic fixture with variants that are not in the collected files: a sentence after a
numbered list that gives one body every item of it (``以上项目由X组织实施``, ``上述工作均由X、Y
负责落实``, ``以上任务由X牵头``), a mirror's pinyin glosses inside that sentence's verb and names,
and items each closed by ``由X、Y共同组织实施。`` naming a township level (民族乡政府)."""
from test_conventions import read, who


def test_a_sentence_after_a_list_gives_its_units_to_every_item(write_doc):
    out = read(write_doc,
               "关于下达2019年少数民族发展资金的公示\n"
               "现将项目安排公示如下:\n"
               "1.石门乡青龙村道路硬化工程建设项目80万元,硬化村道2.1公里。\n"
               "2.石门乡青龙村人饮工程建设项目40万元,新建水池2座。\n"
               "3.石门乡白岩村文化活动场所建设项目30万元。\n"
               "以上项目由石门乡人民政府组织实施,2019年3月开工建设。\n"
               "欢迎广大干部群众监督。\n")
    for anchor in ("青龙村道路硬化工程", "青龙村人饮工程", "白岩村文化活动场所"):
        assert who(out, anchor) == [("石门乡人民政府", "responsible")], anchor


def test_list_rule_with_several_units_a_lead_verb_and_an_item_of_its_own(write_doc):
    out = read(write_doc,
               "二、重点任务\n"
               "(一)完善苏木镇综合服务中心功能。\n"
               "(二)推进嘎查村级组织活动场所建设。(责任单位:旗民政局)\n"
               "(三)开展牧区饮水安全巩固提升行动。\n"
               "上述工作均由旗农牧局、各苏木镇人民政府负责落实。\n"
               "三、保障措施\n"
               "(一)加强组织领导。\n")
    units = [("旗农牧局", "responsible"), ("各苏木镇人民政府", "responsible")]
    assert who(out, "完善苏木镇综合服务中心功能") == units
    assert who(out, "开展牧区饮水安全巩固提升行动") == units
    # an item that names its own unit keeps it alone
    assert who(out, "推进嘎查村级组织活动场所建设") == [("旗民政局", "responsible")]
    # the rule reaches only the list it closes
    assert who(out, "加强组织领导") == []

    out = read(write_doc,
               "1.编制师市国土空间总体规划。\n"
               "2.完成团场城镇控制性详细规划。\n"
               "以上任务由师市自然资源和规划局牵头,各团场配合。\n")
    for anchor in ("编制师市国土空间总体规划", "完成团场城镇控制性详细规划"):
        assert who(out, anchor)[0] == ("师市自然资源和规划局", "lead"), anchor


def test_list_rule_through_pinyin_glosses_keeps_names_as_written(write_doc):
    out = read(write_doc,
               "1.龍潭鄉(xiāng)新寨村道路項目50萬元。\n"
               "2.龍潭鄉(xiāng)新寨村水池項目20萬元。\n"
               "以上項目由龍潭鄉(xiāng)人民政府組織實(shí)施,6月底完工。\n")
    for anchor in ("新寨村道路項目", "新寨村水池項目"):
        assert who(out, anchor) == [("龍潭鄉(xiāng)人民政府", "responsible")], anchor


def test_a_sentence_naming_no_unit_or_no_list_gives_nothing(write_doc):
    out = read(write_doc,
               "1.新建村级卫生室3个。\n"
               "2.改造农村公路10公里。\n"
               "以上项目由县里统筹安排资金。\n")
    assert who(out, "新建村级卫生室") == []
    assert who(out, "改造农村公路") == []


def test_items_closed_by_a_joint_implementation_sentence(write_doc):
    out = read(write_doc,
               "(一)街道硬化项目。安排民族乡政府所在地街道硬化5个项目,共投资100万元。"
               "由县民族局、民族乡政府共同组织实施。\n"
               "(二)村屯水电项目。安排水电工程2个项目。由县民族局、水利、电力部门共同组织实施。\n")
    assert who(out, "街道硬化项目") == [("县民族局", "responsible"), ("民族乡政府", "responsible")]
    # 水利、电力部门: an elliptical pair sharing its suffix, kept as two surface segments
    assert [u for u, _ in who(out, "村屯水电项目")] == ["县民族局", "水利", "电力部门"]
