"""Duty clauses the fifteenth-round held-out texts of issue 12 (tests/govs/prose n492-n495: 北京's
街道办事处条例, a 云南 county's 联席会议 notice, 陆丰's 联席会议 notice in glossed traditional script,
the 1956 西藏自治区筹备委员会组织简则) showed missing or wrong (kg.extract.enrich.duties,
kg.resolve.units). The sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _read(texts, known):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known)


def test_a_rule_named_for_a_bodys_organisation_is_a_title(known):
    # X组织简则 / X组织条例 / X组织法: the rule's name (the body's organisation), no act of organising
    assert _names("西藏自治区筹备委员会组织简则", known) == []
    assert _names("县防汛抗旱指挥部组织规程", known) == []
    assert _names("城市街道办事处组织暂行条例", known) == []
    # …組織 the act, its work after it, as before (组织法制宣传: 法 opens the work's words)
    assert _names("县司法局组织法制宣传。", known) == ["县司法局"]
    assert _names("县应急管理局组织编制应急预案。", known) == ["县应急管理局"]


def test_a_run_in_label_of_duties_under_a_duties_heading(known):
    # 二、联席会议职责 / …召开1次。主要职责：听取…。成员单位按照各自职责，… : the labelled sentence is the
    # body's set up above, though the paragraph's next sentence names a holder of its own
    got = _read(["县人民政府决定建立林长制工作联席会议（以下简称联席会议）制度。",
                 "二、联席会议职责",
                 "联席会议每季度召开1次。主要职责：听取林长制实施情况汇报，协调解决林长制工作中的重大问题。"
                 "联席会议成员单位按照各自职责，落实联席会议确定的工作任务。"], known)
    assert [(d.mention, d.clause[:6]) for d in got] == [
        ("林长制工作联席会议", "听取林长制实"), ("联席会议成员单位", "联席会议成员")]
    # …no duties heading above: the label holds nothing of its own (the sentence before is no duty)
    got = _read(["联席会议每季度召开1次。主要职责：听取林长制实施情况汇报。"
                 "联席会议成员单位按照各自职责，落实联席会议确定的工作任务。"], known)
    assert [d.mention for d in got] == ["联席会议成员单位"]


def test_an_item_opening_a_list_of_its_own(known):
    # （一）…，筹备…；应执行以下任务： / (1)… / (2)… : the item and the items under it are the list's
    # holder's (they were all lost: the item's header closed the list, with no holder of its own)
    got = _read(["市筹备委员会负责领导各区执行下列任务和职权：",
                 "（一）根据有关规定，筹备设立新区；应执行以下任务：",
                 "(1)逐步加强筹备工作，积累工作经验。",
                 "(2)筹备成立新区的各项具体工作。",
                 "（二）负责协商办理新区的建设事宜。"], known)
    assert [(d.line, d.mention) for d in got] == [(2, "市筹备委员会"), (3, "市筹备委员会"),
                                                  (4, "市筹备委员会"), (5, "市筹备委员会")]
    # …an item opening a list of cases (有下列情形之一的：) keeps closing the list, as before
    got = _read(["市筹备委员会负责领导各区执行下列任务：",
                 "（一）对有下列情形之一的：",
                 "(1)逾期不改正。"], known)
    assert [(d.line, d.mention) for d in got if d.line > 1] == []


def test_this_body_named_by_its_definition():
    # 西藏自治区筹备委员会（以下简称本委员会）… 本委员会负责… : 本委员会 is the body defined, not a
    # committee of the document's place named 本委员会
    r = Resolver(load_lexicon())
    assert r.resolve("本委员会", "西藏自治区", "西藏自治区筹备委员会").name == "西藏自治区筹备委员会"
    assert r.resolve("本會", "北京市", "北京市科学技术协会").name == "北京市科学技术协会"


def test_a_townships_centre_named_by_its_field(known):
    # round 133's leftover (n491): 2、农服中心组织兽医站负责…；负责…；对…进行监督 — a township's centre of a
    # public service named by its field, no township before it, holds its duties as 农技站 does
    assert _names("农服中心组织兽医站负责各种犬类的识别、登记；负责兽用疫苗的供应。", known) == ["农服中心", "农服中心"]
    assert _names("综治中心负责矛盾纠纷排查化解。", known) == ["综治中心"]
    assert _names("镇便民服务中心负责代办群众事项。", known) == ["镇便民服务中心"]
    # …not a centre of anything else, named alone (以…为中心, 数据中心)
    assert _names("以经济建设为中心，负责发展。", known) == []
    assert _names("数据中心负责系统运维。", known) == []


def test_an_object_first_segment_with_jinxing_goes_on(known):
    # …；对经营、养殖场所免疫情况进行监督 : the segment's object first, then 进行 and the work (as 对…予以制止)
    got = _names("县农业农村局负责犬只登记；对经营、养殖场所免疫情况进行监督。", known)
    assert got == ["县农业农村局", "县农业农村局"]
