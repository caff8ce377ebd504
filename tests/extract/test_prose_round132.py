"""Duty clauses the thirteenth-round held-out texts of issue 12 (tests/govs/prose n484-n488: a
国务院办公厅 函 approving a 部际联席会议, a city's reply setting one up, an autonomous prefecture's
养犬 rule, a province's 古树名木 rule, a 厅际联席会议 in glossed traditional script) showed
missing or over-read (kg.extract.enrich.duties). The sentences are variants written for these
tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(text, 1, known)]


def _read(texts, known, **kw):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known, **kw)


def test_a_state_administration_named_short_in_a_national_text(known):
    # X总局为牵头单位 in a 国务院办公厅 text: a State administration (税务总局, 市场监管总局), as 海关总署 is
    got = _read(["联席会议由税务总局、公安部、商务部等8个单位组成，税务总局为牵头单位。"], known, level="national")
    assert [d.mention for d in got] == ["税务总局"]
    # …not in a province's or a city's text, where a bare 总局 may be its own (农垦总局)
    assert _read(["农垦总局为牵头单位。"], known, level="city") == []


def test_a_standing_body_revised_holds_the_functions_its_rules_list(known):
    # 调整完善X（以下简称联席会议）制度, then 一、主要职能 and a paragraph of ； clauses: X's, as after 建立
    got = _read(["经国务院同意，调整完善食品安全部际联席会议（以下简称联席会议）制度。", "一、主要职能",
                 "研究提出食品安全工作思路；协调解决食品安全监管中的重大问题。"], known)
    assert {(d.line, d.mention) for d in got} == {(3, "食品安全部际联席会议")}
    assert "协调解决食品安全监管中的重大问题" in got[0].source


def test_the_one_a_body_is_set_up_to_be_led_by(known):
    # 建立由X牵头的Y联席会议制度 : X leads Y; the relative clause is no part of Y's name
    got = _read(["经市人民政府同意，建立由市商务局牵头的外贸工作联席会议制度。"], known)
    assert [d.mention for d in got] == ["市商务局"]
    got = _read(["经市人民政府同意，建立由市商务局牵头的外贸工作联席会议（以下简称联席会议）制度。", "一、主要职能",
                 "统筹推进外贸工作；协调解决重大问题。"], known)
    assert {(d.line, d.mention) for d in got} == {(1, "市商务局"), (3, "外贸工作联席会议")}


def test_a_replys_addressee_after_the_pages_furniture(known):
    # a city site's page: 听全文, the date, 分享到 and the 文号 before the title and the addressee's line;
    # 你局 is the addressee all the same
    got = _read(["相关内容", "市人民政府办公厅关于同意建立外贸工作联席会议制度的函", "• 听全文", "• 2018-07-13",
                 "• 来源：本网", "• 分享到", "市府办函〔2018〕1号", "市人民政府办公厅关于同意建立外贸工作联席会议制度的函",
                 "市商务局：", "经市人民政府同意，建立由你局牵头的外贸工作联席会议制度。"], known)
    assert [(d.mention, d.lookup) for d in got] == [("你局", "市商务局")]


def test_a_phrase_opening_with_a_verb_is_no_department(known):
    # 形成部门协同、上下联动的工作机制 : 形成 and its object, not a 形成部门 that 协同s
    assert _names("加强协调指导和相互配合，形成部门协同、上下联动的工作机制。", known) == []


def test_a_cut_paragraph_under_a_heading_keeps_what_the_edge_leaves_whole(known):
    # 一、主要职能 then a paragraph the excerpt's edge cuts inside its list: the lead-in before the
    # colon is whole and read; the cut item is not
    texts = ["建立外贸工作联席会议（以下简称联席会议）制度。", "一、主要职能",
             "在市政府领导下，加强协调指导，做好以下工作：一是统筹推进改革部署，扎实推进规"]
    got = _read(texts, known)
    assert [(d.line, d.mention) for d in got] == [(3, "外贸工作联席会议")]
    assert got[0].source.endswith("做好以下工作") and "一是" not in got[0].source
    # …a whole sentence before the edge too
    got = _read(texts[:2] + ["在市政府领导下，加强协调指导。统筹推进改革部署，扎实推进规"], known)
    assert [d.source for d in got] == ["在市政府领导下，加强协调指导"]
    # …not a member's label closed by a stop, its duty cut (县委宣传部。负责组织协调媒体做好…新闻报道)
    assert _read(["成员单位工作职责", "县委宣传部。负责组织协调媒体做好防灾减灾救灾工作的新闻报"], known) == []
    # …but a paragraph the edge cuts with nothing whole before it is not read, as before
    assert _read(texts[:2] + ["在市政府领导下，加强协调指导，统筹推进改革部署，扎实推进规"], known) == []


def test_a_polity_setting_a_system_over_a_matter_is_no_duty(known):
    # 本州对养犬实行…的方针 / 本市对生活垃圾实行分类管理 : the frame the articles fill, as 本市实行…
    assert _names("本州对养犬实行严格管理、限管结合的方针，按照政府部门执法的管理体制进行管理。", known) == []
    assert _names("本市对生活垃圾实行分类管理。", known) == []
    # …a body's act over a matter is its duty, and so is the polity's with a modal
    assert _names("县人民政府对养犬实行严格管理。", known) == ["县人民政府"]
    assert _names("本市应当对生活垃圾实行分类管理。", known) == ["本市"]


def test_a_sentence_opening_with_bing_and_a_verb_goes_on(known):
    # X负责…。并建立…机制 : a sentence cannot open with 并 but to go on with the one before
    got = read_duties("县人民政府负责本规定的组织实施。并建立由公安、城管等部门组成的养犬管理协调工作机制。", 1, known)
    assert {d.mention for d in got} == {"县人民政府"}
    assert all("并建立" in d.source for d in got)
    # (with a modal, as before)
    got = read_duties("县人民政府负责本规定的组织实施。并要建立养犬管理协调工作机制。", 1, known)
    assert all("并要建立" in d.source for d in got)


def test_a_glossed_body_is_named_as_the_line_setting_it_up_writes_it(known):
    # a mirror's pinyin glosses: the body set up on one line and its duties under a heading on
    # others keeps its name as written where it is set up, glosses and all
    got = _read(["建立農(nóng)業(yè)聯(lián)席會(huì)議(以下簡(jiǎn)稱聯席會議)制度。", "一、主要職能",
                 "研究提出農(nóng)業(yè)工作思路;協調(diào)解決重大問(wèn)題。"], known)
    assert {d.mention for d in got} == {normalise("農(nóng)業(yè)聯(lián)席會(huì)議")}
