"""Duty clauses the sixteenth-round held-out texts of issue 12 (tests/govs/prose n496-n499: 开州区's
联席会议 notice, a 龙岗 rule of procedure for 联席会议 in glossed traditional script, 辽宁's amendment
of its 选举实施细则, the 1949 全国政协工作条例) showed missing or wrong (kg.extract.enrich.duties).
The sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _read(texts, known):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known)


def test_an_organs_powers_listed_under_its_name(known):
    # 第一条 X的职权如下： / 一、… / 二、… : an article naming whose powers it lists, its items numbered
    # 一、 as an article's are (they were lost: 职权 was no heading's word, and 一、 ended the list)
    got = _read(["第一条 市政协常务委员会的职权如下：",
                 "一、执行全体会议的决议；",
                 "二、根据章程的规定，进行日常工作。",
                 "第二条 常务委员会的会议，由主席召开。"], known)
    assert [(d.line, d.mention) for d in got] == [(2, "市政协常务委员会"), (3, "市政协常务委员会")]
    # …its duties so too, and with 是 (X的职责是：)
    got = _read(["第三条 县防汛抗旱指挥部的职责是：",
                 "一、组织全县的防汛抗旱工作；",
                 "二、检查督促防汛抗旱措施的落实。"], known)
    assert [(d.line, d.mention) for d in got] == [(2, "县防汛抗旱指挥部"), (3, "县防汛抗旱指挥部")]
    # …a heading with a section's mark, 一、X职责, still ends at the next 一、-level section, as before
    got = _read(["一、县防汛抗旱指挥部职责",
                 "组织全县的防汛抗旱工作。",
                 "二、工作要求",
                 "加强领导，落实责任。"], known)
    assert [(d.line, d.mention) for d in got] == [(2, "县防汛抗旱指挥部")]


def test_the_body_a_paper_is_handed_to_is_no_holder(known):
    # …，提交常务委员会审核处理 / …，报送县人民政府审定 : the body handed the paper decides on it, no
    # subject of the clause (read as a unit named 提交常务委员会)
    assert _names("各组应将其意见作成报告，提交常务委员会审核处理。", known) == []
    assert _names("县财政局应当编制预算草案，报送县人民政府审定。", known) == ["县财政局"]
    # …the body asked, as before (提请…审议)
    assert _names("县司法局负责起草规范性文件，提请县人民政府审议。", known) == ["县司法局"]


def test_a_verb_setting_a_body_up_is_no_part_of_a_mentioned_name():
    # 省、设区的市设立选举工作办公室 : the unit-shaped 市…办公室 opens with the act of setting it up (read
    # as a unit 市设立选举工作办公室); a name after the verb, with its level, is still found
    from kg.extract.enrich.mentions import find_units
    unknown = lambda name: False    # noqa: E731
    assert find_units("省、设区的市设立选举工作办公室，负责指导县、乡的选举工作", unknown) == []
    assert find_units("县、市成立工作专班办公室，负责日常工作", unknown) == []
    assert find_units("市政府成立市防汛办公室，负责日常工作", unknown) == ["市防汛办公室"]


def test_the_political_consultative_conferences_national_committee_is_national():
    # 中国人民政协全国委员会常务委员会 in a text naming 北京 (其不常驻北京者): the national committee's body,
    # named in full as 全国政协 is short, takes no place before it (was 北京市中国人民政协全国委员会…)
    from kg.resolve.lexicon import load_lexicon
    from kg.resolve.units import Resolver
    r = Resolver(load_lexicon())
    for name in ("中国人民政协全国委员会常务委员会", "中国人民政治协商会议全国委员会"):
        got = r.resolve(name, "北京市", "")
        assert (got.name, got.kind) == (name, "central")
    # …a city's committee keeps its city (市政协)
    assert r.resolve("市政协", "北京市", "").name == "政协北京市委员会"     # (named so since session 48)
