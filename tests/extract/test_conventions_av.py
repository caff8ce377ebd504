"""Conventions seen in the held-out set "av" (a city's 营商环境 plan, a prefecture's 河湖长制 points,
a town's 安全生产 table), each as a short synthetic fixture with variants not in the collected
files: the Production and Construction Corps' divisions (兵团师, 第八师) are units, so a
government and the divisions joined by 和 are two; posts (河湖长, 分管副县长) joined by 和 to a
unit are kept apart from it, the unit read, the post never a unit."""
import pytest

from kg.extract import unitnames
from kg.extract.annotations import parse_annotation
from test_conventions import read, who


@pytest.mark.parametrize("name,kind", [
    ("兵团师", "collective"), ("各师市", "collective"), ("兵团各师", "collective"),
    ("兵团第八师", "county_gov"), ("第一师", "county_gov"), ("新疆生产建设兵团", "county_gov"),
])
def test_corps_divisions_are_units(name, kind):
    assert unitnames.unit_kind(name) == kind


@pytest.mark.parametrize("name", ["教师", "律师", "工程师", "师", "第一师范", "师生"])
def test_other_words_ending_in_shi_are_no_units(name):
    assert unitnames.unit_kind(name) is None


def test_governments_and_divisions_joined_by_he_are_two_units(write_doc):
    out = read(write_doc, "一、加强水资源管理。严格取用水总量控制。（各地州市政府（行署）和兵团师负责）\n"
                          "二、推进节水型社会建设。（第八师和石河子市人民政府负责）\n")
    assert who(out, "加强水资源管理") == [("各地州市政府（行署）", "responsible"),
                                      ("兵团师", "responsible")]
    assert who(out, "推进节水型社会建设") == [("第八师", "responsible"),
                                        ("石河子市人民政府", "responsible")]


def test_a_post_joined_to_an_office_by_he_is_kept_apart(write_doc):
    out = read(write_doc, "一、强化河长履职。压实属地责任。（各县政府负责，各级河湖长和河湖长制办公室落实）\n"
                          "二、开展清四乱行动。（县水利局牵头，分管副县长和县公安局配合）\n")
    assert who(out, "强化河长履职") == [("各县政府", "responsible"),
                                    ("河湖长制办公室", "responsible")]
    assert who(out, "开展清四乱行动") == [("县水利局", "lead"), ("县公安局", "support")]


def test_the_post_is_kept_as_a_post():
    parsed = parse_annotation("各级河湖长和河湖长制办公室落实")
    assert [u.mention for u in parsed.units] == ["河湖长制办公室"]
    assert [p.written for p in parsed.posts] == ["各级河湖长"]


def test_posts_alone_joined_by_he_stay_posts():
    parsed = parse_annotation("县长和分管副县长负责")
    assert parsed.units == []
    assert parsed.posts


def test_a_first_item_cut_by_the_edge_takes_no_section_unit(write_doc):
    # the excerpt ends inside the first item under an annotated heading: nothing shows whether
    # the items write their own annotations, so the heading's unit is not given to it
    out = read(write_doc, "二、任务分工\n（一）构建法治环境保障体系（总牵头单位：县委依法治县委员会办公室）\n"
                          "1.各级领导干部要切实增强法治意识，依法处理问题、化解矛盾，杜绝\n")
    assert who(out, "构建法治环境保障体系") == [("县委依法治县委员会办公室", "lead")]
    assert who(out, "各级领导干部要切实增强法治意识") == []


def test_items_under_an_annotated_heading_still_take_its_unit(write_doc):
    # whole items (the last one ending its sentence) keep the heading's unit as before
    out = read(write_doc, "二、任务分工\n（一）构建法治环境保障体系（总牵头单位：县委依法治县委员会办公室）\n"
                          "1.各级领导干部要切实增强法治意识。\n2.深化法治政府建设。\n")
    assert who(out, "各级领导干部要切实增强法治意识") == [("县委依法治县委员会办公室", "lead")]
    assert who(out, "深化法治政府建设") == [("县委依法治县委员会办公室", "lead")]
