"""Conventions seen in the collected set xx (unseen round of session 39): a city's notice whose
addressees name its national-level development zones (``各区市人民政府，国家级开发区管委，综保区
管委，市政府各部门、单位：``). The rank word 国家级 (national-level, a zone's grade) was read as the
state (国家…委), so that a city's text with no title was inferred to be the country's."""
from kg.extract.documents import split_file
from kg.model import Line
from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import place_of_org
from kg.text import normalise

BODY = ("为深入贯彻《山东省人民政府办公厅印发〈关于加快推进数据要素市场化配置改革的实施意见〉的通知》"
        "精神，经市政府同意，制定本实施意见。\n"
        "一、全链条培育数据产业\n"
        "1.提高数据供给质量。加强数据产权保护。（牵头单位：市财政局；责任单位：市直各部门）\n")


def _places(text: str) -> set:
    lines = [Line("x.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]
    return {d.place.adcode for d in split_file(lines) if d.place is not None}


def test_a_national_level_zone_among_the_addressees_is_no_state_body():
    div = load_divisions()
    for name in ("国家级开发区管委", "國家級開發區管委", "国家级经济技术开发区管委会", "国家级新区管委会"):
        d = place_of_org(name, div)
        assert d is None or d.adcode != "100000", name
    # the state's own bodies are still the state's
    for name in ("国家发展改革委", "国家税务总局", "国务院办公厅"):
        assert place_of_org(name, div).adcode == "100000", name
    for addressees in ("各区市人民政府，国家级开发区管委，综保区管委，市政府各部门、单位：",
                       "各區市人民政府,國家級開發區管委,綜保區管委,市政府各部門、單位:",
                       "各县（市、区）人民政府，国家级经济技术开发区管委会，市直各部门："):
        assert "100000" not in _places(addressees + "\n" + BODY), addressees
    # a notice the state writes to the provinces is still the state's
    assert "100000" in _places("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n" + BODY)
