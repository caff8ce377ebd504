"""Conventions seen in the collected set tt (unseen round of session 38), as short written
fixtures with variants not in the files: the bodies a level owns named by the level and 属
(``区属企业``, ``市属国有企业``), which the name grammar had dropped from a bracket's list; the
members of a group named by its matter after 等 (``A等数字经济工作领导小组成员单位``: A and the
collective, no longer one long name); and tasks listed in one paragraph with 、 between one
task's bracket and the next task (``…（责任单位：A）、重塑…``), whose task text had kept the 、."""
from kg.extract import annotations as ann
from kg.extract import unitnames

from test_conventions import read, who


def test_bodies_a_level_owns_are_a_collective():
    for name in ("区属企业", "市属国有企业", "县属单位", "旗属国有企业"):
        assert unitnames.unit_kind(name) == "collective", name
    # the level word and 属 alone, or a verb 属于, are no names
    for text in ("市属", "区属于", "属地企业"):
        assert unitnames.unit_kind(text) is None, text
    assert [m for m, _ in ann.unit_items("区机关各部门,驻区各单位,区属企业")] == [
        "区机关各部门", "驻区各单位", "区属企业"]


def test_a_level_owned_collective_closing_a_square_bracket_is_kept(write_doc):
    out = read(write_doc, "一、深化政务信息公开工作\n(一)强化重大战略部署落实情况信息公开\n"
                          "紧紧围绕内陆开放型经济试验区建设,及时依法公开相关规划。"
                          "[责任单位:区机关各部门,驻区各单位,区属企业]\n")
    assert who(out, "内陆开放型经济试验区") == [
        ("区机关各部门", "responsible"), ("驻区各单位", "responsible"), ("区属企业", "responsible")]
    out = read(write_doc, "1.推进国企改革三年行动。(牵头单位:市国资委;责任单位:市属国有企业)\n")
    assert who(out, "推进国企改革") == [("市国资委", "lead"), ("市属国有企业", "responsible")]


def test_the_members_of_a_named_group_after_etc_are_a_collective():
    names = [m for m, _ in ann.unit_items(
        "区政府办公室、区政数局、区商务局等数字经济工作领导小组成员单位,各乡、街办、管理处")]
    assert names == ["区政府办公室", "区政数局", "区商务局", "数字经济工作领导小组成员单位",
                     "各乡", "街办", "管理处"]
    assert [m for m, _ in ann.unit_items("县应急局等县森林防灭火指挥部各成员单位")] == [
        "县应急局", "县森林防灭火指挥部各成员单位"]
    assert [m for m, _ in ann.unit_items("市交通局等市安委会成员单位")] == ["市交通局", "市安委会成员单位"]
    # the old forms stay as they were
    assert [m for m, _ in ann.unit_items("县公安局等有关部门")] == ["县公安局", "有关部门"]


def test_tasks_listed_with_a_dunhao_after_each_bracket(write_doc):
    out = read(write_doc, "一、紧扣工作重点\n(一)做好重大战略部署落实情况信息公开。推进产业迭代升级。"
                          "(牵头单位:区发改委;责任单位:各街道)、重塑大中路核心商圈,打造区域消费中心"
                          "(牵头单位:区商务局;责任单位:区政府各相关部门)、深化国有企业改革行动。"
                          "(责任单位:区国资中心)\n")
    assert who(out, "推进产业迭代升级") == [("区发改委", "lead"), ("各街道", "responsible")]
    assert who(out, "重塑大中路核心商圈") == [("区商务局", "lead"), ("区政府各相关部门", "responsible")]
    assert who(out, "深化国有企业改革行动") == [("区国资中心", "responsible")]
    _, tasks, _ = out
    texts = [t.text for t in tasks.values()]
    # the 、 listing the next task belongs to neither task's text
    assert "重塑大中路核心商圈,打造区域消费中心" in texts or "重塑大中路核心商圈，打造区域消费中心" in texts
    assert not any(t.startswith("、") or t.endswith("、") for t in texts)
