"""Laws, local rules and cited 文号 (kg.extract.enrich.laws)."""
from __future__ import annotations

import pytest

from kg.extract.enrich.laws import cited_laws, issuer_of, law_level, scan_cites, scan_laws
from kg.model import Line


def _lines(*texts: str) -> list[Line]:
    return [Line("t.txt", k, t, t) for k, t in enumerate(texts, 1)]


def test_levels_and_basis():
    lines = _lines("第一条　为规范管理，根据《中华人民共和国传染病防治法》《河北省爱国卫生条例》等有关法律法规，"
                   "结合本市实际，制定本办法。",
                   "严格执行《居住证暂行条例》和《唐山市城市管理办法》，参照《嘉兴市房屋租赁管理办法》。")
    refs = {r.title: r for r in scan_laws(lines, "嘉兴市")}
    assert refs["中华人民共和国传染病防治法"].level == "national"
    assert refs["中华人民共和国传染病防治法"].basis is True
    assert refs["河北省爱国卫生条例"].level == "provincial"
    assert refs["河北省爱国卫生条例"].basis is True
    assert refs["居住证暂行条例"].basis is False
    # the document's own city: a local rule, derived from the jurisdiction, not hard-coded
    assert refs["嘉兴市房屋租赁管理办法"].kind == "local_rule"
    assert refs["嘉兴市房屋租赁管理办法"].level == "municipal"
    assert refs["唐山市城市管理办法"].kind == "law"


def test_mentions_that_are_not_laws():
    text = "为贯彻落实《办法》和《实施意见》，对照《廊坊市“十四五”应急管理体系规划》和《中华人民共和国民法典》。"
    laws = cited_laws(text, "廊坊市")
    assert laws == ["中华人民共和国民法典"]
    kinds = {r.title: r.kind for r in scan_laws(_lines(text), "廊坊市")}
    assert kinds["廊坊市“十四五”应急管理体系规划"] == "normative"
    assert "办法" not in kinds


def test_cites_issuer_from_prefix_table():
    lines = _lines("为贯彻落实《国务院关于开展第五次全国经济普查的通知》（国发〔2022〕22号）和"
                   "《河北省人民政府办公厅印发…的通知》（冀政办字〔2022〕168号）精神，",
                   "落实《廊坊市人民政府办公室关于印发…指导意见（试行）的通知》（〔2022〕3号），",
                   "廊政字〔2023〕8号")
    cites = {c.ref: c for c in scan_cites(lines, "廊政字〔2023〕8号")}
    assert list(cites) == ["国发〔2022〕22号", "冀政办字〔2022〕168号", "〔2022〕3号"]
    assert cites["国发〔2022〕22号"].issuer == "国务院"
    assert cites["冀政办字〔2022〕168号"].issuer == "河北省人民政府办公厅"
    assert cites["冀政办字〔2022〕168号"].line == 1
    assert cites["〔2022〕3号"].issuer == "廊坊市人民政府办公室"


def test_issuer_of_unknown_prefix():
    assert issuer_of("XYZ〔2020〕1号") == (None, None)
    assert law_level("全国经济普查条例", "廊坊市") == "national"


@pytest.fixture(scope="module")
def corpus():
    from kg.pipeline import BUNDLED_CORPUS, build
    return build([BUNDLED_CORPUS])


def test_corpus_census_notice(corpus):
    doc = next(d for d in corpus.documents if d.number == "廊政字〔2023〕8号")
    assert list(doc.laws) == ["全国经济普查条例", "中华人民共和国统计法", "中华人民共和国统计法实施条例"]
    e = corpus.enrichment[doc.doc_id]
    basis = {r.title: r.basis for r in e.laws}
    assert basis["全国经济普查条例"] is True
    assert {c.ref: c.issuer for c in e.cites} == {"国发〔2022〕22号": "国务院",
                                                  "冀政字〔2023〕12号": "河北省人民政府"}


def test_corpus_local_rules_kept_apart(corpus):
    doc = next(d for d in corpus.documents if d.number == "廊政字〔2023〕1号")
    e = corpus.enrichment[doc.doc_id]
    local = [r.title for r in e.laws if r.kind == "local_rule"]
    assert "廊坊市重大行政决策程序暂行规定" in local
    assert "廊坊市重大行政决策程序暂行规定" not in doc.laws
