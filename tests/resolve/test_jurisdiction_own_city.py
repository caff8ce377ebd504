"""A county-level city's own notice that names itself only through its bureaus (大冶市财政局、
大冶市农业农村局) and writes its bodies 市X局: the city's, not its prefecture's (黄石市), where
the text names no other place of the prefecture (collected ld01, lead session 41)."""
from __future__ import annotations

from kg.model import Line
from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import infer
from kg.text import normalise


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


OWN = ("省财政厅下达我市财政衔接推进乡村振兴补助资金1000万元，现将资金分配予以公告。\n"
       "市财政局举报电话:0714-871488\n市农业农村局举报电话:0714-3818192\n"
       "受理单位:大冶市财政局、大冶市农业农村局\n通讯地址:大冶市七里界路25号\n市委农办\n2024年8月9日")


def test_a_county_level_city_named_by_its_own_bureaus_writes_the_text():
    div = load_divisions()
    j = infer(lines(OWN), div=div)
    assert j.name == "大冶市", j


def test_the_prefecture_named_too_keeps_the_prefecture():
    div = load_divisions()
    # the prefecture names itself as well: the city may be one it writes about
    j = infer(lines(OWN + "\n黄石市人民政府办公室\n黄石市财政局"), div=div)
    assert j.name == "黄石市", j


def test_a_street_or_an_address_is_no_bureau():
    div = load_divisions()
    # the city named only in an address and a title word: no own body, the prefecture stays
    text = ("市财政局、市农业农村局要加强资金监管。\n通讯地址:大冶市七里界路25号农业局大楼\n"
            "附件:大冶市项目计划安排表")
    j = infer(lines(text), div=div)
    assert j.name == "黄石市", j
