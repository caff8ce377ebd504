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


NOTICE = ("2022年度省市县三级民生实事共计126项,126项民生实事均全部或超额完成年度目标任务。\n"
          "省级民生实事30项;温州市民生实事49项;{own}民生实事47项,其中“农村公路大中修”等17项超额完成。\n"
          "另,“老旧小区改造”(市住建局)等5个项目曾因过程性滞后被温州通报,但均能如期完成。"
          "“居家养老服务设施改造”(市民政局)被温州采纳为亮点案例。下一步,市府办将以此次通报为依据予以赋分。\n"
          "附件:1.2022年度省政府民生实事项目完成情况\n"
          "2.2022年度温州市级民生实事项目完成情况\n"
          "3.2022年度{self}民生实事项目完成情况\n"
          "序号 | 项目内容 | 责任单位 | 责任人 |\n"
          "1 | 新增2个乡镇(街道)建有托育机构 | 市卫健局 | 仇永亲 |\n")


def test_a_county_level_city_naming_its_own_level_work_is_that_citys():
    # 乐清本级 (乐清's own-level projects, beside 温州市级 ones): the notice is 乐清's, though the
    # prefecture is named more often and the county-level city writes 市X局 as the prefecture does
    for own, self_ in (("乐清市", "乐清本级"), ("乐清市", "乐清市本级"), ("本市", "乐清本级")):
        assert _places(NOTICE.format(own=own, self=self_)) == {"330382"}, (own, self_)
    # without such a word the text stays the prefecture's (the place it names most)
    assert _places(NOTICE.format(own="乐清市", self="乐清市级")) == {"330300"}
    # the prefecture's own level (温州市本级) is the prefecture
    assert _places(NOTICE.format(own="乐清市", self="温州市本级")) == {"330300"}
