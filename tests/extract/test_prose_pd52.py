"""Duty clauses in running text probed with short written articles (helper pd52, issue 12): a level
written with the other kinds of division at that level in brackets, as each province's divisions are
formed (贵州's 特区, 湖北's 林区, autonomous counties: 县（特区、区）, 县（市、林区）, 县（自治县、区）), read as
县（市、区） is (kg.patterns.LEVEL_KIND_ALT in kg.extract.enrich.duties and kg.resolve.units), and the
township level so written (乡（民族乡、镇）, 乡（镇、街道）: duties.TOWN_LEVEL_ALT, units.TOWNSHIP_SET). The
sentences are written for these tests."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def test_a_county_level_with_rarer_kinds_in_its_bracket(known):
    # 县（特区、区）人民政府对…负总责 (a 贵州 province's rule): the county level's governments, as
    # 县（市、区）人民政府 is read (it was lost: the bracket's kind words were not known)
    assert _names("县（市、区）人民政府对本行政区域内的森林防火工作负总责。", known) == ["县（市、区）人民政府"]
    assert _names("县（特区、区）人民政府对本行政区域内的森林防火工作负总责。", known) == ["县（特区、区）人民政府"]
    assert _names("县（市、林区）人民政府对本行政区域内的林业工作负总责。", known) == ["县（市、林区）人民政府"]
    assert _names("县（自治县、区）人民政府对本行政区域内的地质灾害防治工作负总责。", known) == [
        "县（自治县、区）人民政府"]
    assert _names("各县（市、区、特区）人民政府负责本辖区的河道保洁工作。", known) == ["各县（市、区、特区）人民政府"]
    # …before a department of that level, and as the lower of two levels written once (市 and the county level)
    assert _names("县（特区、区）林业主管部门负责本行政区域内的森林防火监督管理工作。", known) == [
        "县（特区、区）林业主管部门"]
    # (no lexicon: a lexicon without the county level's department keeps the top level's alone, as for 县（市、区）)
    got = read_duties(normalise("市、县（特区、区）林业主管部门负责本行政区域内的森林防火监督管理工作。"), 1, lambda n: False)
    assert [d.lookup for d in got] == ["市林业主管部门", "各县（特区、区）林业主管部门"]
    # a bracket that is no list of kinds of division is no level's gloss
    assert _names("县（特别、区）人民政府对本行政区域内的森林防火工作负总责。", known) == []


def test_a_county_levels_gloss_dropped_in_the_countys_own_text():
    # in 六枝特区's own rule 县（特区、区）人民政府 is its own government, as 县（市、区）人民政府 is (it was
    # named 六枝特区（特区、区）人民政府, the gloss kept)
    r = Resolver(load_lexicon())
    assert r.resolve("县（市、区）人民政府", "六枝特区").name == "六枝特区人民政府"
    assert r.resolve("县（特区、区）人民政府", "六枝特区").name == "六枝特区人民政府"
    assert r.resolve("县（自治县、区）人民政府", "六枝特区").name == "六枝特区人民政府"


def test_the_township_level_with_its_other_kinds_in_brackets(known):
    # 乡（民族乡、镇）人民政府, 乡（镇、街道）: the townships' governments as a set, as 乡（镇）人民政府 is
    # (both were lost: one alternative in the bracket was the only form known)
    assert _names("乡（镇）人民政府负责本行政区域内的河道保洁工作。", known) == ["乡（镇）人民政府"]
    assert _names("乡（民族乡、镇）人民政府负责本行政区域内的河道保洁工作。", known) == ["乡（民族乡、镇）人民政府"]
    assert _names("乡（镇、街道）负责本辖区的河道保洁工作。", known) == ["乡（镇、街道）"]
    # …as the last of three levels written once: each level's governments (市, 县（区）, the townships), not
    # the city's 乡（镇、街道）人民政府
    got = read_duties(normalise("市、县（区）、乡（镇、街道）人民政府负责本行政区域内的河道保洁工作。"), 1, lambda n: False)
    assert sorted(d.lookup for d in got) == sorted(["市人民政府", "各县（区）人民政府", "乡（镇、街道）人民政府"])
    # a bracket of other words after 乡 is no level's
    assert _names("乡（村振兴、镇）人民政府负责本行政区域内的河道保洁工作。", known) == []


def test_a_township_set_with_its_ethnic_townships_resolves_as_a_set():
    r = Resolver(load_lexicon())
    assert r.resolve("乡（民族乡、镇）人民政府", "六枝特区").kind == "collective"


def test_a_level_with_its_kinds_then_its_zones_committees(known):
    # 各县（市、区）政府（管委会）负责… : the county level's governments and, where a zone stands at that level,
    # its 管委会 (one collective as written, as 相关区人民政府（开发区、风景区管委会） is; it was lost)
    got = read_duties(normalise("各县（市、区）政府（管委会）负责本辖区的河道保洁工作。"), 1, lambda n: False)
    assert [d.mention for d in got] == ["各县（市、区）政府（管委会）"]
    assert _names("县（特区、区）人民政府（管委会）负责本辖区的河道保洁工作。", known) == ["县（特区、区）人民政府（管委会）"]
    assert _names("区人民政府（管委会）负责本辖区的河道保洁工作。", known) == ["区人民政府（管委会）"]


def test_more_kinds_of_division_in_a_levels_bracket(known):
    # 乡（镇、办事处）人民政府 (周口's rules on normative documents), 县（市、区、行委） (青海's 行政委员会): more
    # kinds of division a level's bracket lists (both were lost)
    assert _names("乡（镇、办事处）人民政府负责本辖区内的规范性文件备案工作。", known) == ["乡（镇、办事处）人民政府"]
    assert _names("县（市、区、行委）人民政府负责本辖区的防汛工作。", known) == ["县（市、区、行委）人民政府"]
    # levels listed before the government they share, the county level with two kinds or more in its bracket
    # (市（州）、县（市、区、林区）人民政府, 湖北's) and the prefectures of older texts (市（地、州）): each level
    none = lambda n: False  # noqa: E731
    got = read_duties(normalise("市（州）、县（市、区、林区）人民政府负责本辖区的防汛工作。"), 1, none)
    assert [(d.mention, d.lookup) for d in got] == [("市（州）", "市（州）人民政府"),
                                                    ("县（市、区、林区）人民政府", "县（市、区、林区）人民政府")]
    got = read_duties(normalise("市（地、州）、县（市、区）人民政府负责本辖区的防汛工作。"), 1, none)
    assert [(d.mention, d.lookup) for d in got] == [("市（地、州）", "市（地、州）人民政府"),
                                                    ("县（市、区）人民政府", "县（市、区）人民政府")]
    # (市、县（市）人民政府 as before: the city's and each county's)
    got = read_duties(normalise("市、县（市）人民政府负责本辖区的防汛工作。"), 1, none)
    assert [d.lookup for d in got] == ["市人民政府", "各县（市）人民政府"]


def test_a_members_line_labelled_by_a_levels_governments(known):
    # 各成员单位职责如下： … 各乡（镇）人民政府：负责本辖区…: the townships' governments hold the line's duties
    # (the label, a type of unit's name, was refused and the duties went to the heading's 各成员单位)
    from kg.extract.enrich.duties import read_lines
    lines = ["各成员单位职责如下：", "县市场监督管理局：负责食品生产的监督管理。",
             "各乡（镇）人民政府：负责本辖区食品安全工作，协助有关部门做好食品安全监管。",
             "街道办事处：负责本辖区食品安全工作。"]
    got = read_lines([(n, normalise(t)) for n, t in enumerate(lines, 1)], known)
    assert [(d.line, d.mention) for d in got] == [(2, "县市场监督管理局"), (3, "各乡（镇）人民政府"), (4, "街道办事处")]
    # a role's label names the unit in that part, as written (pd53: it went to the heading's 各成员单位,
    # which holds no such duty as a whole)
    got = read_lines([(n, normalise(t)) for n, t in enumerate(
        ["各成员单位职责如下：", "牵头单位：负责本辖区食品安全工作。"], 1)], known)
    assert [d.mention for d in got] == ["牵头单位"]


def test_a_municipalitys_districts_and_counties_stay_one_collective(known):
    # 区、县（自治县、市）人民政府 (重庆's rules): one collective, as 区、县（市）人民政府 is, never 区 and 县（…）
    assert _names("区、县（自治县、市）人民政府负责本行政区域内的防汛工作。", known) == ["区、县（自治县、市）人民政府"]
    assert _names("区、县（市）人民政府负责本行政区域内的防汛工作。", known) == ["区、县（市）人民政府"]
