"""Duty clauses the seventeenth-round held-out texts of issue 12 (tests/govs/prose n500-n503: 贵港's
突发公共事件总体应急预案, 景东's 林业管理条例 (an autonomous county), 山东's 乡镇人民政府工作条例 in
glossed traditional script, 环境保护部's 三定 rule) showed missing or wrong
(kg.extract.enrich.duties). The sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _read(texts, known):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known)


def test_its_duties_after_a_sentence_setting_a_body_up_are_that_bodys(known):
    # X是…办事机构，设Y（以下简称Z），同时挂…牌子。其主要职责是： / （1）… : 其 is the body the sentence has
    # just brought in and named, not its setter (the items were X's)
    got = _read(["县人民政府办公室是突发事件应急管理的办事机构，设县人民政府应急管理办公室（以下简称县应急办），"
                 "同时挂县应急指挥中心牌子。其主要职责是：",
                 "（1）负责接收和办理向县人民政府报送的紧急事项；",
                 "（2）承办县人民政府应急管理的专题会议。"], known)
    assert [(d.line, d.mention) for d in got] == [
        (1, "县人民政府办公室"), (2, "县人民政府应急管理办公室"), (3, "县人民政府应急管理办公室")]
    # …with no plate after it, too
    got = _read(["市林业局是市人民政府的工作部门，设立市森林防火办公室（以下简称市防火办）。其主要职责是：",
                 "（一）组织森林防火检查；"], known)
    assert [(d.line, d.mention) for d in got][-1] == (2, "市森林防火办公室")
    # …but a sentence that sets nothing up last leaves the list its subject's, as before
    got = _read(["县农业农村局是县人民政府的工作部门。其主要职责是：",
                 "（一）拟订农业农村发展规划；"], known)
    assert [(d.line, d.mention) for d in got] == [(1, "县农业农村局"), (2, "县农业农村局")]


def test_a_section_said_to_be_an_organ_and_the_bodies_it_works_under(known):
    # X科是…的执法机构，受A、B领导，负责… : a section named alone is a unit when the text says it is an
    # organ, and 受…领导 between it and its verb is where it works, no subject of its own (both lost)
    assert _names("第三条 森林公安科是维护林区治安的执法机构，受县公安局、林业局领导，负责查处涉林案件。",
                  known) == ["森林公安科"]
    # …受…领导 written right after a subject with its level, too
    assert _names("县林政股受县林业局领导，负责林木采伐的审核。", known) == ["县林政股"]
    # …a sentence only saying whom a body works under gives no duty, as before
    assert _names("乡选举委员会受县人民代表大会常务委员会领导。", known) == []
    # …nor is a section named alone a subject without the copula (科, 室 end many words)
    assert _names("财务科负责经费管理。", known) == []


def test_a_manner_citing_a_long_title(known):
    # X依照《…》等法律、法规的规定行使职权，… : a cited title is one piece of the manner between the
    # subject and its verb, whatever its length (the manner was limited to 20 characters: lost)
    assert _names("乡镇人民政府依照《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》等法律、"
                  "法规的规定行使职权，办理本辖区公共服务等事项。", known) == ["乡镇人民政府"]
    assert _names("县林业局依据《中华人民共和国森林法实施条例》等有关法律、法规的规定负责林木采伐管理。",
                  known) == ["县林业局"]


def test_an_act_already_done_by_a_body_is_no_duty(known):
    # 取消已由X公布取消的…事项 / 《…条例》已由X通过 : 已由 reports a past act, whose doer holds no duty of
    # the text (read as X's)
    assert _names("（二）取消已由国务院公布取消的行政审批事项。", known) == []
    assert _names("清理已由省人民政府决定下放的审批项目。", known) == []
    # …a 由X before its verb still gives X the work
    assert _names("具体办法由县人民政府另行制定。", known) == ["县人民政府"]


def test_a_congress_named_relative_to_another_level_is_no_one_body():
    # 本级人民代表大会常务委员会 / 同级人大常委会 : the standing committee of the level the clause is about
    # (round 135's n498: 县、区选举委员会组成人员由本级人民代表大会常务委员会任命), never the document's own by its
    # place put before it (was 辽宁省本级人民代表大会常务委员会, resolved), as 本级人民政府 is not
    from kg.extract import actors
    from kg.resolve.jurisdiction import Jurisdiction
    from kg.resolve.lexicon import load_lexicon
    from kg.resolve.units import Resolver
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction("辽宁省", "210000", "province", "issuer")
    for m in ("本级人民代表大会常务委员会", "同级人大常委会", "上一级人民代表大会常务委员会", "本级人民代表大会"):
        u = r.resolve(m, j)
        assert (u.resolved, u.kind) == (False, "collective"), m
    # …the province's own congress, named with its level, is still the province's
    assert r.resolve("省人民代表大会常务委员会", j).name.startswith("辽宁省")
