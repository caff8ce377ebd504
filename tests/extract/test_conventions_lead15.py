"""Conventions real documents use that round 1 of session 15 saw misread (al01, al02, n166,
n169), each as a short written fixture: a portal's weather box above the document, a short
department form cut from a unit the same text names in full, a place named only as the
object of a visit, 委托 after a government's name, and the township level's alternatives
listed in a bracket (乡镇（街道、园区）) or a village's (村（社区）)."""
from kg.extract.enrich.duties import read_duties
from kg.extract.enrich.mentions import SHAPE_RE
from kg.extract.actors import kind_of
from kg.model import Line
from kg.pipeline import build
from kg.resolve.jurisdiction import infer
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise

WEATHER = ("天气预报：\n\n"
           "某区气象台2024年3月29日07时发布：今天白天晴间多云，北风4-5级；气温19℃至6℃。\n\n"
           "区应急局关于印发某区应急管理“十四五”规划任务分工的通知\n\n"
           "各街镇，有关单位：\n\n现将任务分工印发给你们，请认真抓好贯彻落实。\n\n"
           "1.优化应急管理职责分工，推进应急管理机构建设。\n\n牵头单位：区应急局\n\n"
           "2.健全应急管理责任制。\n\n牵头单位：区应急\n\n"
           "3.加强应急值守。\n\n牵头单位：区财政\n")


def _units(result):
    return {(a.raw.mention.text, a.unit.name, a.unit.resolved) for a in result.assignments}


def test_a_portals_weather_box_is_no_document(write_doc):
    result = build([write_doc(WEATHER)])
    assert [d.title for d in result.documents] == ["关于印发某区应急管理“十四五”规划任务分工的通知"]


def test_a_short_form_cut_from_a_unit_the_document_names_is_that_unit(write_doc):
    result = build([write_doc(WEATHER.replace("某区", "西青区"))])
    got = _units(result)
    assert ("区应急", "西青区应急管理局", True) in got
    # a stem no unit of the document has (区财政: no 区财政局 written) stays as written
    assert not any(m == "区财政" and ok for m, _u, ok in got)


def test_a_stem_two_units_share_stays_as_written(write_doc):
    text = ("某区教育局关于印发工作要点的通知\n\n各街镇：\n\n现将工作要点印发给你们。\n\n"
            "1.推进义务教育均衡发展。\n\n牵头单位：区教育局\n\n"
            "2.推进体育设施建设。\n\n牵头单位：区教育体育局\n\n"
            "3.推进课后服务。\n\n牵头单位：区教育\n")
    result = build([write_doc(text.replace("某区", "西青区"))])
    assert not any(m == "区教育" and ok for m, _u, ok in _units(result))


def test_stems_never_take_a_place_or_a_whole_name():
    r = Resolver(load_lexicon(None))
    pairs = [("西青区", None), ("区应急局", None), ("区政府", None), ("区政府办", None),
             ("区应急", None)]
    got = r.stems(pairs, "西青区", scope="d")
    assert set(got) == {"区应急"}
    assert got["区应急"].name == "西青区应急管理局"


def _lines(text):
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_place_visited_is_no_issuer():
    text = ("关于生态环境问题整改情况的报告\n"
            "县国土局负责，已组织砖厂业主到蓬溪县考察学习，督促整改。\n"
            "县环保局赴绵竹市调研，学习先进经验。\n")
    assert infer(_lines(text), title="关于生态环境问题整改情况的报告").name is None
    # a place named otherwise still tells the document's place
    own = "蓬溪县国土局负责，督促砖厂整改。\n"
    assert infer(_lines(own)).name == "蓬溪县"


def test_wei_of_weituo_is_no_committee():
    assert SHAPE_RE.match("市人民政府委托") is None
    assert SHAPE_RE.match("市发改委负责") is not None


def _known():
    r = Resolver(load_lexicon())
    return lambda name: r.knows(name, "廊坊市")


def test_township_levels_listed_in_a_bracket_are_one_subject():
    assert kind_of("乡镇（街道、园区）") == "collective"
    known = _known()
    got = [(d.mention, d.lookup) for d in
           read_duties("在行业部门指导下，由乡镇（街道、园区）组织村（社区）补充落实巡查、预警等责任人。", 1, known)]
    assert got == [("乡镇（街道、园区）", None)]
    # a village's level alternative in its bracket is the collective as written, not 村
    got = [(d.mention, d.lookup) for d in
           read_duties("村（社区）建立村级主要负责人为组长的应急工作组。", 1, known)]
    assert got == [("村（社区）", None)]
