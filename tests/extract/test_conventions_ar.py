"""Conventions seen in the held-out set "ar" (a 宁夏 city's list of 实事, each a paragraph closed by
`责任单位:X、Y。`), as short synthetic fixtures with variants not in the collected file: a county or
district of the document's government named bare among the units of a list (`责任单位:平罗县、
市交通局`) is that division's government, resolved, as a bare township is; the document's own
government named bare, a division outside it and a word that only starts with a place are not
turned into a government."""
import pytest

from kg.extract import actors
from kg.model import Jurisdiction
from kg.resolve.divisions import load_divisions
from kg.resolve.lexicon import Lexicon
from kg.resolve.units import Resolver
from test_conventions import read, who


def _where(name):
    (d,) = load_divisions().lookup(name, shorts=False)
    return Jurisdiction(d.name, d.adcode, d.level, "given")


@pytest.fixture
def resolver():
    return Resolver(Lexicon(), kind_of=actors.kind_of)


@pytest.mark.parametrize("bare,adcode", [("平罗县", "640221"), ("惠农区", "640205"),
                                         ("大武口区", "640202")])
def test_a_division_of_the_documents_government_named_bare_is_its_government(resolver, bare,
                                                                             adcode):
    u = resolver.resolve(bare, _where("石嘴山市"))
    assert (u.name, u.resolved, u.adcode) == (bare + "人民政府", True, adcode)
    # written in full, the same unit
    assert resolver.resolve(bare + "人民政府", _where("石嘴山市")).unit_id == u.unit_id


def test_a_county_of_a_provinces_document_named_bare_is_its_government(resolver):
    u = resolver.resolve("平罗县", _where("宁夏回族自治区"))
    assert (u.name, u.resolved, u.adcode) == ("平罗县人民政府", True, "640221")


def test_what_a_bare_place_does_not_make_a_government(resolver):
    home = _where("石嘴山市")
    own = resolver.resolve("石嘴山市", home)            # the document's own government: as before
    assert own.adcode == "640200"
    outside = resolver.resolve("西吉县", home)           # a county of another city: no body of this one
    assert not (outside.resolved and outside.adcode == "640422" and outside.name == "西吉县人民政府"
                and outside.jurisdiction == "石嘴山市")
    word = resolver.resolve("平罗县城", home)            # more than the place: not its government
    assert word.name != "平罗县人民政府"


PLAN = ("石嘴山市人民政府2009年为民办实事实施方案\n"
        "3、改造城区供热管网20公里。项目总投资3000万元,年内完成。责任单位:大武口区、惠农区、市住建局。\n"
        "4、新建乡镇卫生院3所。责任单位:平罗县、市卫生局。\n")


def test_the_bare_divisions_of_a_plans_unit_list_are_read_and_resolved(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "改造城区供热管网20公里") == [("大武口区", "responsible"), ("惠农区", "responsible"),
                                                ("市住建局", "responsible")]
    assert who(out, "新建乡镇卫生院3所") == [("平罗县", "responsible"), ("市卫生局", "responsible")]
    result = out[0]
    units = {a.raw.mention.text: a.unit for a in result.assignments}
    assert units["平罗县"].resolved and units["平罗县"].name == "平罗县人民政府"
    assert units["惠农区"].adcode == "640205"
