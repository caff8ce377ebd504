"""Township-level bodies (镇, 乡, 街道) and grass-roots organisations: recognised by how their
names are formed, given their own kinds and placed in the document's county."""
import pytest

from kg.extract import actors
from kg.model import Jurisdiction
from kg.pipeline import build
from kg.resolve.divisions import load_divisions
from kg.resolve.lexicon import Lexicon
from kg.resolve.units import Resolver, guess_kind, township_name
from kg.vocab import UNIT_KINDS


def _where(name):
    (d,) = load_divisions().lookup(name, shorts=False)
    return Jurisdiction(d.name, d.adcode, d.level, "given")


@pytest.fixture
def resolver():
    return Resolver(Lexicon(), kind_of=actors.kind_of)


@pytest.mark.parametrize("name,standard", [
    ("和平镇", "和平镇人民政府"), ("和平镇政府", "和平镇人民政府"), ("和平镇人民政府", "和平镇人民政府"),
    ("东湖乡", "东湖乡人民政府"), ("东湖乡政府", "东湖乡人民政府"),
    ("南门街道", "南门街道办事处"), ("南门街道办", "南门街道办事处"), ("南门街道办事处", "南门街道办事处"),
])
def test_a_township_is_named_by_its_body_standard_form(name, standard):
    assert township_name(name) == standard


@pytest.mark.parametrize("name", [
    "城镇", "乡镇", "小城镇", "重点镇", "特色小镇", "全镇", "各街道", "本乡", "中心镇", "建制镇",
    "南门街道人民政府", "东湖乡办事处", "县城", "和平镇卫生院",
])
def test_words_that_only_end_like_a_township_are_not_one(name):
    assert township_name(name) is None


def test_township_is_a_kind_of_the_shared_vocabulary():
    assert "township" in UNIT_KINDS and "grassroots" in UNIT_KINDS


@pytest.mark.parametrize("name,kind", [
    ("和平镇", "township"), ("镇人民政府", "collective"), ("南门街道办事处", "township"),
    ("镇村", "collective"), ("镇街", "collective"), ("乡镇村", "collective"),
    # (a level's government by its level alone, unresolved, is every one of that level, as
    # 镇人民政府 is: tests/resolve/test_city_classes.py)
    ("县人民政府", "collective"), ("县（市、区）人民政府", "collective"),
    ("某某市人民政府", "county_gov"), ("镇卫生院", "other"),
    ("市政府各部门", "collective"), ("县直各单位", "collective"), ("区政府各有关机构", "collective"),
    ("市政府办公室", "department"),
    # a residential compound's 管委会 is its residents' body, a development zone's is a zone
    ("小区管委会", "grassroots"), ("业主管委会", "grassroots"), ("住宅小区管理委员会", "grassroots"),
    ("开发区管委会", "zone"), ("国有资产监督管理委员会", "department"),
])
def test_kind_of_an_unresolved_name_from_its_form(name, kind):
    assert guess_kind(name) == kind


@pytest.mark.parametrize("name", ["村（社区）", "居委会", "前进村民委员会", "各村（社区）", "社区居民委员会"])
def test_villages_and_residents_committees_are_grassroots(resolver, name):
    assert resolver.resolve(name, _where("安吉县")).kind == "grassroots"


def test_a_county_documents_township_is_a_township_of_that_county(resolver):
    anji = _where("安吉县")
    bare = resolver.resolve("和平镇", anji)
    assert (bare.name, bare.kind, bare.resolved, bare.adcode) == \
        ("安吉县和平镇人民政府", "township", True, anji.adcode)
    # the bare place, its government written short or in full, and with its county: one unit
    for written in ("和平镇人民政府", "和平镇政府", "安吉县和平镇人民政府", "安吉县和平镇"):
        assert resolver.resolve(written, anji).unit_id == bare.unit_id
    office = resolver.resolve("南门街道", anji)
    assert (office.name, office.kind) == ("安吉县南门街道办事处", "township")
    assert resolver.resolve("南门街道办", anji).unit_id == office.unit_id


def test_same_named_townships_of_two_counties_are_two_units(resolver):
    a = resolver.resolve("和平镇", _where("安吉县"))
    b = resolver.resolve("和平镇", _where("长兴县"))
    assert a.unit_id != b.unit_id and a.adcode != b.adcode
    # stable: the same mention in the same county is the same id in a new resolver
    again = Resolver(Lexicon(), kind_of=actors.kind_of).resolve("和平镇人民政府", _where("安吉县"))
    assert again.unit_id == a.unit_id


def test_a_city_documents_township_is_not_the_citys_own_body(resolver):
    huzhou = _where("湖州市")
    u = resolver.resolve("和平镇人民政府", huzhou)
    # which county the township is in the name does not tell: kept in the city, unresolved
    assert (u.name, u.kind, u.resolved, u.adcode) == ("和平镇人民政府", "township", False, huzhou.adcode)
    assert resolver.resolve("和平镇", huzhou).unit_id == u.unit_id
    assert u.unit_id != resolver.resolve("和平镇", _where("安吉县")).unit_id


def test_township_collectives_have_the_countys_named_townships_as_members(resolver):
    anji = _where("安吉县")
    town, xiang, office = (resolver.resolve(n, anji) for n in ("和平镇", "东湖乡", "南门街道"))
    elsewhere = resolver.resolve("和平镇", _where("长兴县"))
    all_of_them = resolver.resolve("各乡镇（街道）", anji)
    towns_only = resolver.resolve("各镇人民政府", anji)
    offices = resolver.resolve("各街道办事处", anji)
    city_wide = resolver.resolve("各乡镇（街道）", _where("湖州市"))
    units = {u.unit_id: u for u in resolver.units()}
    assert units[all_of_them.unit_id].kind == "collective"
    assert set(units[all_of_them.unit_id].members) == {town.unit_id, xiang.unit_id, office.unit_id}
    assert units[towns_only.unit_id].members == (town.unit_id,)
    assert units[offices.unit_id].members == (office.unit_id,)
    assert elsewhere.unit_id not in units[all_of_them.unit_id].members
    assert units[city_wide.unit_id].members == ()       # a city's townships are not known


COUNTY_DOC = ("安吉县人民政府办公室关于印发乡村环境整治工作方案的通知\n\n"
              "1.完成农村生活污水治理。（责任单位：县生态环境局、和平镇、南门街道）\n"
              "2.开展村庄清洁行动。（责任单位：各乡镇（街道））\n")


def test_a_county_document_assigns_tasks_to_its_townships(write_doc):
    r = build([write_doc(COUNTY_DOC, "anji.txt")])
    got = {a.raw.mention.text: (a.unit.name, a.unit.kind, a.unit.resolved) for a in r.assignments}
    assert got["和平镇"] == ("安吉县和平镇人民政府", "township", True)
    assert got["南门街道"] == ("安吉县南门街道办事处", "township", True)
    units = {u.name: u for u in r.units}
    members = {m for m in units["各乡镇（街道）"].members}
    assert members == {units["安吉县和平镇人民政府"].unit_id, units["安吉县南门街道办事处"].unit_id}
