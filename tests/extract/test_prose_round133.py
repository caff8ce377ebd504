"""Duty clauses the fourteenth-round held-out texts of issue 12 (tests/govs/prose n489-n491: a
township's notice setting up a 督查领导小组 in glossed traditional script, a national ministry's
公共场所卫生 细则 quoted on an explainer page, a township's 犬类管理 work plan) showed missing
(kg.extract.enrich.duties). The sentences are variants written for these tests, not the corpus
text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _read(texts, known, **kw):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known, **kw)


def test_an_article_quoted_after_its_rules_title(known):
    # an explainer page: 法律客观：《X细则》 第三条 Y主管… : the article's text opens after its number
    got = _names("法律客观： 《档案管理条例实施细则》 第三条 文化部主管全国档案监督管理工作。"
                 "县级以上地方各级人民政府档案行政部门负责本行政区域的档案监督管理工作。", known)
    assert got == ["文化部", "县级以上地方各级人民政府档案行政部门"]
    # …not a reference to an article (no space after its number): the sentence is read as before
    assert _names("根据《档案管理条例实施细则》第三条规定，文化部主管全国档案监督管理工作。", known) == ["文化部"]


def test_the_police_station_is_a_name_not_an_act(known):
    # 派出所负责… in a township's plan: the station (派出 is an act only when no 所 follows it)
    assert _names("派出所负责养犬管理的日常指导工作，并具体负责养犬登记。", known) == ["派出所"]
    assert _names("必要时派出工作组负责现场处置。", known) == []


def test_an_office_set_up_under_its_own_name(known):
    # 领导小组下设X办公室（以下简称Y），办公室设在Z，具体负责… : X办公室 as written
    got = _read(["镇政府成立禁烧工作领导小组，领导小组下设秸秆禁烧办公室（以下简称禁烧办），办公室设在农业服务中心，"
                 "具体负责禁烧工作的组织部署。"], known)
    assert "秸秆禁烧办公室" in [d.mention for d in got]
    assert "办公室" not in [d.mention for d in got]
    # …the group's own office where the text names none (领导小组下设办公室), as before
    got = _read(["镇政府成立禁烧工作领导小组，领导小组下设办公室，办公室设在农业服务中心，具体负责禁烧工作的组织部署。"], known)
    assert "禁烧工作领导小组办公室" in [d.mention for d in got]


def test_an_item_whose_doer_organises_another_body(write_doc):
    # 2、X组织Y负责… in a township's numbered 职责分工: X's item (Y, the body organised, holds nothing,
    # as 由X组织Y进行…), not a unit named 组织Y; 市委组织部负责… keeps its name
    from test_conventions import read, who
    out = read(write_doc, "1、农服中心组织兽医站负责各种犬类的识别、登记。\n"
                          "2、县农业农村局组织县动物疫病预防控制中心负责犬只免疫。\n"
                          "3、市委组织部负责干部培训。\n")
    assert who(out, "农服中心组织") == [("农服中心", "responsible")]
    assert who(out, "县农业农村局组织") == [("县农业农村局", "responsible")]
    assert who(out, "市委组织部负责") == [("市委组织部", "responsible")]
