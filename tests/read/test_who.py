"""`kg who` and `kg unit`: questions typed the way people ask them."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.read.who import _loose, parse_question, who_owns, load_index
from kg.text import normalise

HERE = Path(__file__).resolve().parents[1]

SMALL = """某某市人民政府办公室

关于印发城市更新行动方案的通知

一、重点任务

1.推进老旧管网改造。完成燃气管网更新改造100公里。（责任单位：市住建局、市发改委，完成时间：2024年12月）

2.加大融资支持。鼓励商业银行加大对老旧管网改造的信贷支持。（牵头单位：市金融办；配合单位：市财政局）

3.建设城市书房。新建城市书房20座。（责任单位：市文广旅局）
"""


@pytest.fixture(scope="module")
def small_out(tmp_path_factory):
    from kg.pipeline import build_and_write
    d = tmp_path_factory.mktemp("who")
    src = d / "small.txt"
    src.write_text(SMALL, encoding="utf-8")
    out = d / "out"
    build_and_write([src], out)
    return out


def test_question_words_do_not_drown_content(small_out):
    words, grams, units = parse_question("老旧管网改造的融资支持由哪个部门负责", load_index(small_out))
    assert "哪个" not in "".join(words) and "负责" not in words
    top = who_owns("老旧管网改造的融资支持由哪个部门负责", small_out)[0]
    assert top.task_text.startswith("加大融资支持")
    assert [(u["unit"], u["role"]) for u in top.units] == [("市金融工作办公室", "lead"), ("市财政局", "support")]
    assert top.source["line"] == 9


def test_unit_alias_in_question(small_out):
    top = who_owns("文广旅局负责什么", small_out)[0]
    assert top.task_text.startswith("建设城市书房")


def test_a_unit_asked_what_it_leads_or_supports(small_out):
    """市金融办牵头哪些…, 市财政局配合哪些…: the role is what is asked (as 负责), not a word of
    the matter."""
    for q in ("市金融办牵头哪些信贷的事", "市财政局配合哪些信贷工作"):
        words, _grams, units = parse_question(q, load_index(small_out))
        assert units and "牵头" not in words and "配合" not in words, words
        assert who_owns(q, small_out)[0].task_text.startswith("加大融资支持")
    # 市财政局 supports the 融资 task: asked what it leads, that task keeps ROLE_FACTOR of its score
    from kg.read.who import ROLE_FACTOR
    support = who_owns("市财政局配合哪些信贷工作", small_out)[0]
    lead = who_owns("市财政局牵头哪些信贷工作", small_out)[0]
    assert support.task_id == lead.task_id
    assert abs(lead.score - ROLE_FACTOR * support.score) < 1e-6


def test_no_match_is_empty(small_out):
    assert who_owns("火星探测器发射", small_out) == []
    res = CliRunner().invoke(app, ["who", "火星探测器发射", "--out", str(small_out), "--json"])
    assert res.exit_code == 0
    assert json.loads(res.output) == {"query": "火星探测器发射", "results": []}
    res = CliRunner().invoke(app, ["who", "火星探测器发射", "--out", str(small_out)])
    assert res.exit_code == 0 and "没有找到" in res.output


def test_missing_build_is_a_clean_error(tmp_path):
    res = CliRunner().invoke(app, ["who", "图书馆", "--out", str(tmp_path / "none")])
    assert res.exit_code == 1 and "kg build" in res.output


def test_json_shape(small_out):
    res = CliRunner().invoke(app, ["who", "城市书房", "--out", str(small_out), "--json", "--limit", "1"])
    data = json.loads(res.output)
    r = data["results"][0]
    assert set(r) == {"task_id", "task_text", "doc_title", "doc_number", "units", "posts",
                      "deadline", "source", "score"}
    assert r["posts"] == []          # posts and persons (责任领导), never units
    assert r["units"] == [{"unit": "市文化广电和旅游局", "role": "responsible",
                           "kind": "department"}]


def _questions(name):
    return [json.loads(l) for l in (HERE / "data" / name).read_text(
        encoding="utf-8").splitlines() if l.strip()]


QUESTIONS = _questions("who_questions.jsonl")


def test_question_set_on_the_corpus(corpus_out):
    """Natural questions written from reading the corpus: the expected task first for most,
    in the top three for nearly all, with the expected unit among its units.

    The last 24 were written on 2026-12-01 from tasks drawn at random (seed 99 over the tasks
    with units, none already asked), before running them: 18 first and 22 in the top three as
    found. Two anchors were then widened to the same clause's other copy that ranked first (the
    爱卫会 article itself rather than its 政策解读 copy; the 人工智能 scene award's table row) and
    kg/data/abbreviations.tsv took everyday words for official terms (网吧 = 互联网上网服务营业场所):
    64 of 67 first, 67 in the top three.

    The last 20 were written on 2026-12-01 (another session) from tasks drawn at random (seed 812
    over the tasks with stated units, none already asked), in everyday words, before running
    them: 12 first and 15 in the top three as found (76 and 82 of 87 in all). After the general
    changes (a character no word covers matches the words it starts, 谁管 / 哪个局 ask for a
    department, 供稿 topics rank lower, three everyday words in kg/data/abbreviations.tsv):
    84 of 87 first, 87 in the top three. 85 first since a two-character word a task lacks counts
    half through a word ending in the same character (水利施工图审查 ~ 行政检查); the two not
    first: 公路边上 (the task says 公路建筑控制区; first is the task on 公路用地范围, same unit) and
    110跟12345联动机制各地谁来建 (first is the 应急联动 clause of the same plan, whose units
    include the expected 各县（市、区）人民政府)."""
    first = top3 = 0
    misses = []
    for q in QUESTIONS:
        res = who_owns(q["question"], corpus_out, limit=3)
        texts = ["".join(r.task_text.split()) for r in res]
        hit = [q["anchor"] in t for t in texts]
        if hit and hit[0]:
            first += 1
            assert q["unit"] in {u["unit"] for u in res[0].units}, q
        if any(hit):
            top3 += 1
        else:
            misses.append(q["question"])
    n = len(QUESTIONS)
    assert first / n >= 0.95, (first, n, misses)
    assert top3 / n >= 0.99, (top3, n, misses)


def test_unit_command_with_alias_and_county(corpus_out):
    res = CliRunner().invoke(app, ["unit", "住建局", "--out", str(corpus_out)])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("市住房和城乡建设局 (department)")
    assert "加大融资保障力度" in res.output
    res = CliRunner().invoke(app, ["unit", "--county", "三河市", "--out", str(corpus_out)])
    assert res.exit_code == 0, res.output
    assert "through 各县（市、区）人民政府" in res.output


@pytest.mark.parametrize("question, anchor, unit", [
    ("人防工程质量检查", "对人民防空工程质量的行政检查", "市人民防空办公室"),        # 人防 = 人民防空
    ("人工智能企业上市奖励", "上市企业奖励", "市地方金融监督管理局"),            # order, words between
])
def test_questions_in_other_words(corpus_out, question, anchor, unit):
    top = who_owns(question, corpus_out, limit=1)[0]
    assert anchor in "".join(top.task_text.split())
    assert unit in {u["unit"] for u in top.units}


def test_short_forms_come_from_the_naming_rules_the_lexicon_and_the_data_file(corpus_out):
    index = load_index(corpus_out)
    table = index.expansions(["人防", "人民防空", "住建", "发改", "市场监管", "林草", "应急",
                              "场监管"])
    assert "人民防空" in table["人防"] and "人防" in table["人民防空"]          # lexicon: 市人防办
    assert "住房和城乡建设" in table["住建"] and "发展改革" in table["发改"]
    assert "市场监督管理" in table["市场监管"]
    assert "林业和草原" in table["林草"]                         # naming rules: 林草局
    assert "应急" not in table and "场监管" not in table        # no generic or cut pairs
    words, _grams, _units = parse_question("发改委的价格管理", index)
    assert any("发展和改革" in w for w in words) or any("发展改革" in w for w in words)


def test_one_character_forms_of_the_data_file(corpus_out):
    """A word a question writes alone (税, 未) meets its longer form in the tasks (税收, 没有),
    from rows of kg/data/abbreviations.tsv; the naming rules' forms stay two characters or more."""
    from kg.write.search_index import load_abbreviations
    index = load_index(corpus_out)
    table = index.expansions(["税", "没有", "未"])
    assert "税收" in table["税"] and "未" in table["没有"] and "没有" in table["未"]
    words, _grams, _units = parse_question("房屋出租的税谁来收", index)
    assert "税收" in words
    assert load_abbreviations("standard\tvariants\n税收\t税\n") == []          # names: 2+ characters
    assert load_abbreviations("standard\tvariants\n税收\t税\n", min_len=1) == [("税收", "税")]
    top = who_owns("没有物业管理的小区病媒防制谁负责", corpus_out, limit=1)[0]
    assert "未实行物业管理" in "".join(top.task_text.split())


def test_derive_short_forms():
    from kg.write.search_index import derive_abbreviations, load_abbreviations
    assert derive_abbreviations([("市人民防空办公室", "市人防办"),
                                 ("市委网络安全和信息化委员会办公室", "市委网信办"),
                                 ("市人民政府办公室市长专线办", "市政府办公室市长专线办"),
                                 ("市财政局", "市财政局")]) == [
        ("人民防空", "人防"), ("网络安全和信息化", "网信")]
    groups = load_abbreviations("# note\nstandard\tvariants\n人民防空\t人防\n住房和城乡建设\t住建|住房城乡建设\n")
    assert groups == [("人民防空", "人防"), ("住房和城乡建设", "住建", "住房城乡建设")]


def _tally(questions: list[dict], build_of) -> tuple[int, int, list[str]]:
    """(first, top three, the questions not in the top three): a question counts first when
    the best task holds its anchor and its unit, in the top three when one of three holds the
    anchor (a question asking a group's members: its unit among the group's members; a question
    asking which leader has a field of work (领导分工): its unit among the units the leader oversees).
    ``build_of(question)`` is the build it is asked of. The task's text and the anchor
    are compared in the script and punctuation the build folds to (:func:`kg.text.normalise`):
    a task kept in a page's traditional script holds an anchor written in simplified ones."""
    first = top3 = 0
    misses = []
    for q in questions:
        res = who_owns(q["question"], build_of(q), limit=3)
        anchor = normalise(q["anchor"])
        hit = [anchor in normalise("".join(r.task_text.split())) for r in res]
        if hit and hit[0] and q["unit"] in ({u["unit"] for u in res[0].units} | set(res[0].members)
                                             | set(res[0].overseen)):
            first += 1
        if any(hit):
            top3 += 1
        else:
            misses.append(q["question"])
    return first, top3, misses


def test_prose_question_set_on_the_corpus(corpus_out):
    """Questions a citizen would ask about duties written in prose (regulations, plans):
    everyday words (村委会, 监管, 防制), the answer a duty clause with its unit. Measured
    46 questions: 45 first, 46 in the top three (没有 ~ 未实行, 税 ~ 税收征管 and 出租 ~ 租赁 through
    the one-character and synonym rows of kg/data/abbreviations.tsv; the one not first names its
    unit as 市、县两级…, which the build records as the municipal 市…牵头部门)."""
    questions = _questions("who_prose_questions.jsonl")
    first, top3, misses = _tally(questions, lambda q: corpus_out)
    n = len(questions)
    assert first / n >= 0.9, (first, n, misses)
    assert top3 / n >= 0.95, (top3, n, misses)


def test_other_forms_of_a_word_count_once(corpus_out):
    """A question word and its other forms (防制 / 预防控制 / 防控) are one word of the question:
    a task that has neither is not put further behind for lacking two words."""
    from kg.read.who import _parse
    words, _grams, _units, alts, _loose_chars, _objects = _parse("病媒防制经费", load_index(corpus_out))
    assert "防制" in words and "预防控制" in words
    assert alts["预防控制"] == "防制" and "防制" not in alts


def test_a_clause_cut_from_its_sentence_keeps_its_lead_in():
    """纪委负监督责任” cut from 落实党风廉政建设责任制，党委负主体责任，纪委负监督责任”: the index keeps
    the sentence's part before the clause, and a question word only it writes counts nine tenths
    (LEAD_SHARE: a clause writing the word itself comes first where they would tie) towards the
    clause's coordination; one only the document title writes, half (TITLE_SHARE)."""
    from kg.read.who import _title_matches
    from kg.write.search_index import _sentence_lead
    parent = "强化责任意识\n党的十八届三中全会强调,“落实党风廉政建设责任制,党委负主体责任,纪委负监督责任”。党风廉政建设…"
    assert _sentence_lead(parent, "纪委负监督责任”") == "党的十八届三中全会强调，“落实党风廉政建设责任制，党委负主体责任，"
    assert _sentence_lead(parent, "党的十八届三中全会强调,“落实党风廉政建设责任制,党委负主体责任") == ""
    assert _sentence_lead(parent, "强化责任意识") == "" and _sentence_lead(None, "纪委负监督责任") == ""
    assert _sentence_lead(parent, "市财政局负保障责任") == ""          # not the parent's
    entries = {0: {"doc_title": "", "lead": "落实党风廉政建设责任制，党委负主体责任，"},
               1: {"doc_title": ""}, 2: {"doc_title": "关于加强党风廉政建设的意见"}}
    final, matched = {0: 1.0, 1: 1.0, 2: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0}
    share = {"廉政建设": {}, "监督责任": {0: 1.0, 1: 1.0, 2: 1.0}}
    _title_matches(entries, final, share, matched, 2.0, {"廉政建设": 1.0, "监督责任": 1.0})
    assert final[0] > final[2] > final[1] == 1.0 and abs(matched[0] - 1.9) < 1e-9 and matched[2] == 1.5


def test_a_short_form_a_document_defines_stands_for_its_full_name():
    """A document naming a matter in full once and by a short form after (…城镇保障性安居工程补助
    资金（以下简称补助资金）…): the full name is read from before the bracket, the sentence's
    opening wording left off; a body's short form or a law's (《条例》) is none."""
    from kg.write.search_index import defined_short_forms
    assert defined_short_forms([
        "第一條 為加強(qiáng)中央及自治區(qū)本級財政城鎮(zhèn)保障性安居工程補(bǔ)助資金(以下簡稱補(bǔ)助資金)管理",
        "第三条 本办法适用于本市行政区域内人民防空警报设施（以下简称警报设施）的建设和管理",
        "本条例所称突发公共卫生事件（以下简称突发事件），是指…",
        "第六条 市城市管理行政主管部门（以下简称市主管部门）负责…",
        "建立全区社会救助局际联席会议（以下简称“联席会议”）",
        "根据《中华人民共和国草原法》（以下简称《草原法》）",
    ]) == {"补助资金": "中央及自治区本级财政城镇保障性安居工程补助资金", "警报设施": "人民防空警报设施",
           "突发事件": "突发公共卫生事件"}


SHORT_NAMED = {"a.txt": """关于印发资金管理办法的通知

第一条 为加强城镇保障性安居工程补助资金（以下简称补助资金）管理，提高资金使用效益，制定本办法。

第二条 市财政局负责编制补助资金预算，确定补助资金分配方案，对资金使用情况进行监督。

第三条 市住房和城乡建设局负责住房保障计划编制，提供城镇保障性安居工程年度计划数据，提出保障性安居工程补助资金分配建议。

第四条 市审计局负责审计保障性安居工程项目。
"""}


def test_a_clause_writing_a_short_form_is_posted_its_full_names_words(tmp_path_factory):
    """Round 74: 内蒙古保障性安居工程补助资金的分配方案谁来定 had the 住建厅's clause (which writes
    保障性安居工程 and 补助资金分配建议) first, the 财政厅's (确定补助资金分配方案, the short form its
    第一条 defines) second: a clause writing the short form is posted the full name's words (as
    the title's are); a clause writing the full name itself is posted nothing more."""
    import sqlite3
    out = _built(tmp_path_factory, "short_named", SHORT_NAMED)
    db = sqlite3.connect(out / "search" / "index.sqlite")
    keys = {text: k for k, text in ((k, json.loads(d)["text"]) for k, d in db.execute("select k, data from entries"))}
    finance = keys["市财政局负责编制补助资金预算，确定补助资金分配方案，对资金使用情况进行监督"]
    audit = keys["市审计局负责审计保障性安居工程项目"]
    posted = lambda term: {int(p.split(":")[0]) for p in (db.execute(
        "select postings from terms where term = ?", (term,)).fetchone() or [""])[0].split()}
    assert finance in posted("安居工程") and finance in posted("城镇")
    assert audit not in posted("城镇")
    top = who_owns("保障性安居工程补助资金的分配方案由谁确定", out, limit=1)[0]
    assert top.units[0]["unit"].endswith("财政局")


def test_loose_characters_are_those_no_word_covers():
    vocab = {"检查", "残疾人就", "就业", "公路"}
    assert _loose("养猪场的检查", vocab, 4) == ["养", "猪", "场"]      # 的: grammar
    assert _loose("残疾人就业", vocab, 4) == []          # 业 ends 就业, a word the cut read otherwise
    assert _loose("年鉴中的公路", vocab, 4) == ["年", "鉴"]      # 中: a locative


@pytest.mark.parametrize("question, anchor", [
    ("养鱼的环节谁来检查", "对养殖环节的监督检查"),          # 养 ~ 养殖
    ("公路被人挖了谁管", "挖掘公路"),                        # 挖 ~ 挖掘
])
def test_a_loose_character_matches_the_words_it_starts(corpus_out, question, anchor):
    assert anchor in "".join(who_owns(question, corpus_out, limit=1)[0].task_text.split())


def test_yearbook_topics_rank_below_owners_unless_contributors_are_asked(corpus_out):
    # 廊坊市第一中学 is a 年鉴 topic its school writes up (供稿), not a task it owns
    top = who_owns("一中搬迁新校区哪个部门负责", corpus_out, limit=1)[0]
    assert "迁建" in top.task_text
    top = who_owns("年鉴里统计公报谁供稿", corpus_out, limit=1)[0]
    assert {u["role"] for u in top.units} == {"contributor"}


def test_a_question_for_who_writes_a_topic_up(small_out):
    """供稿 / 谁来写 ask for the contributor: words of the question, not of the matter (so the
    instructions to every contributor, which say 供稿, do not match them)."""
    for q in ("年鉴里城市书房的条目由哪个单位供稿", "年鉴里城市书房谁来写", "年鉴里城市书房谁交稿"):
        words, _grams, _units = parse_question(q, load_index(small_out))
        assert not any("供稿" in w or "写" in w or "交稿" in w for w in words), (q, words)


def _built(tmp_path_factory, name: str, texts: dict[str, str]):
    """The build folder of ``texts`` (file name -> text), written to a fresh folder ``name``."""
    from kg.pipeline import build_and_write
    d = tmp_path_factory.mktemp(name)
    for file, text in texts.items():
        (d / file).write_text(text, encoding="utf-8")
    build_and_write(sorted(d.glob("*.txt")), d / "out")
    return d / "out"


TWO_PLACES = {
    "a.txt": """鞍山市立山区人民政府办公室

关于印发立山区2023年重点工作任务分解方案的通知

一、主要目标

1.规模以上工业增加值增长5%左右。（牵头单位：区工业和信息化局）

2.地区生产总值增长6%左右。（牵头单位：区发展和改革局）

3.一般公共预算收入增长6%左右。（牵头单位：区财政局）
""",
    "b.txt": """海城市人民政府办公室

关于印发海城市2023年重点工作任务分解方案的通知

一、主要目标

1.规模以上工业增加值增长7%以上。（牵头单位：市工业和信息化局）

2.一般公共预算收入增长8%。（牵头单位：市财政局）
""",
}


@pytest.fixture(scope="module")
def two_places(tmp_path_factory):
    return _built(tmp_path_factory, "places", TWO_PLACES)


@pytest.mark.parametrize("question, place", [
    ("海城规上工业增加值增长谁牵头", "b.txt"),          # a short form of 海城市
    ("立山区规上工业增加值增长谁牵头", "a.txt"),
    ("海城市财政收入增长由哪个部门负责", "b.txt"),
])
def test_a_place_named_in_the_question_filters(two_places, question, place):
    assert who_owns(question, two_places, limit=1)[0].source["file"] == place


def test_place_words_of_a_question(two_places):
    from kg.read.who import question_places
    index = load_index(two_places)
    assert question_places("海城的规上工业", index) == [["210381", "210300", "210000"]]
    assert question_places("鞍山市的规上工业", index) == [["210300", "210000"]]
    assert question_places("规上工业增加值", index) == []


def test_place_factor():
    from kg.read.who import PLACE_ELSEWHERE, PLACE_NEAR, PLACE_UNKNOWN, _place_factor
    haicheng = ["210381", "210300", "210000"]
    assert _place_factor([haicheng], [["210300", "210000"]]) == 1.0        # inside the place
    assert _place_factor([["210300", "210000"]], [haicheng]) == PLACE_NEAR  # the city above it
    assert _place_factor(None, [haicheng]) == PLACE_UNKNOWN                # place not known
    # (a task of no known place may be any place's: below a government above the place, which is
    # surely in charge there, above a task known to be another place's)
    assert PLACE_ELSEWHERE < PLACE_UNKNOWN < PLACE_NEAR < 1.0
    assert _place_factor([["210304", "210300", "210000"]], [haicheng]) == PLACE_ELSEWHERE


def test_a_latin_abbreviation_counts_through_its_other_forms(two_places):
    top = who_owns("立山区GDP增长目标谁牵头", two_places, limit=1)[0]
    assert top.task_text.startswith("地区生产总值")


SHORT_FORMS = """某某市人民政府办公室

关于印发2023年主要目标任务分解的通知

1.生产总值增长6%以上。（牵头单位：市发改委）

2.规上工业增加值增长8%。（牵头单位：市经信局）

3.一般公共预算收入与经济增长基本同步。（牵头单位：市财政局）
"""


@pytest.fixture(scope="module")
def short_forms(tmp_path_factory):
    from kg.pipeline import build_and_write
    d = tmp_path_factory.mktemp("short")
    (d / "a.txt").write_text(SHORT_FORMS, encoding="utf-8")
    out = d / "out"
    build_and_write([d / "a.txt"], out)
    return out


def test_a_short_form_adds_the_words_it_spells_not_the_rest():
    """规上 written 规模以上 adds 规模 and 规模以上 to the task's words, not 以上 (上 ends it: the
    short form does not say it) nor the bigrams inside the full form that it starts no
    character of; a synonym (公司 / 企业) is no abbreviation and keeps all."""
    from kg.write.search_index import _filler
    assert _filler("以上", "规上", "规模以上") and _filler("模以", "规上", "规模以上")
    assert not _filler("规模", "规上", "规模以上") and not _filler("规模以上", "规上", "规模以上")
    assert not _filler("工业", "规上", "规模以上")              # outside the full form
    assert not _filler("人民", "人防", "人民防空") and not _filler("防空", "人防", "人民防空")


@pytest.mark.parametrize("question, anchor", [
    # the 规上 task written 规模以上 no longer has 以上, the bound of the question's number
    ("经济增长6%以上的目标由谁牵头", "生产总值增长6%以上"),
    # …and a question writing the full form still finds the short one
    ("规模以上工业增加值增长谁牵头", "规上工业增加值增长8%"),
])
def test_a_short_form_in_a_task(short_forms, question, anchor):
    assert anchor in who_owns(question, short_forms, limit=1)[0].task_text


def test_a_word_near_in_its_last_character(corpus_out):
    """审查 of the question ~ 检查 of the task: the task holding 水利 and 施工图 ranks above one
    that repeats 施工图审查 but is no 水利 matter."""
    top = who_owns("水利施工图审查", corpus_out, limit=1)[0]
    assert "对水利施工图设计文件的行政检查" in top.task_text


GOVS = HERE / "govs"
GOV_QUESTIONS = _questions("who_questions_govs.jsonl")


@pytest.fixture(scope="module")
def gov_indexes(tmp_path_factory, corpus_out):
    """The search index of each build the held-out questions run on (``langfang``: the
    bundled corpus; a set's every ``text`` folder, as units-dlc's and its round2's)."""
    from kg.pipeline import build
    from kg.write.search_index import write_index
    outs = {"langfang": corpus_out}
    for name in sorted({q["build"] for q in GOV_QUESTIONS} - set(outs)):
        out = tmp_path_factory.mktemp(name)
        write_index(build(sorted((GOVS / name).rglob("text"))), out)      # units-dlc: two rounds
        outs[name] = out
    return outs


def test_question_set_on_other_governments(gov_indexes):
    """Questions on other governments' builds (tests/govs/collected, external-dev, prose),
    each written before running it, about a task drawn at random (scripts/draw_who_tasks.py).
    As found: round 1, 25 questions (seed 1201), 21 first and 23 in the top three; round 2, 20
    questions (seed 1202) written after the place, GDP and near-word changes, 17 first and 19 in
    the top three; round 3, 15 questions (seed 1203) with the final ranking, 15 first. The
    ranking before this work (main at edc4547) answers 21/23, 17/20 and 15/15 of them: the gains
    are on the misses the changes were made for (two place questions, 立山区 and 海城, missing from
    its top three; GDP; 6% in 丽水经济增长6%以上), not yet shown on unseen questions. After
    the changes of the three rounds (the question's places as a filter, its numbers and Latin
    abbreviations as words, 牵头 a question word, 日常 / 平时): 58 of 60 first, 60 in the top
    three. Of the two not first, one task ranks first but has no stated unit (the build read its
    units as mentions only), the other (歌舞厅 …) ranks third behind the article defining the
    trade and the municipal bureau's article.

    Rounds 4 and 5 (who3) were drawn from the builds of tests/govs/collected, tests/govs/prose
    and the bundled Langfang corpus (build ``langfang``), seeds 1204 and 1205, the tasks of all
    earlier questions skipped, and written in other words (abbreviations, synonyms, a place or a
    year named, a unit asked of) before running them. As found: round 4, 23 questions, 17 first
    and 23 in the top three; round 5, 24 questions, 19 first and 22 in the top three. A
    question for who writes a yearbook's topic up (供稿, 谁来写) ranks the tasks owned by no
    contributor lower, its asking words no words of the matter: 99 of 107 first. Words
    abbreviated by their first characters (农业林业 -> 农林, 安监 -> 安全监管): 100 first, 106 in
    the top three; or by the first and the last (农行 -> 农业银行): 101 first, 107 in the top
    three.

    Round 6 (who4), drawn the same way (seed 1206, 40 drawn, the first 26 taken, a heading
    制度建設 and a cut fragment skipped), 24 questions written before running them (五经普, 固投,
    编办, 市三院 named by its base; a place, a year, an amount): as found 21 first and 23 in the
    top three (122 of 131 first, 130 in the top three). Not first: 人工智能奖补的钱由谁出 (the
    task says 奖补涉及资金 … 统筹安排保障; not in the top three), 部门之间职责分工的具体协调归编办吗
    (third, behind the 市委编委 sentence of the same article), 廊坊市级重大疫情救治基地依托哪家医院建设
    (the task ranks first but the build gives it no unit: the hospital is a mention). A unit's
    name in a question stands for every unit so named (市委编办 of two cities' rules), and a name
    may drop a 县 / 区 / 省 or a party committee's prefix (编办 for 市委编办): 123 first.

    Session 8 (who5), on the misses of rounds 1-6: two loose characters that spell out no word
    (奖补) count as a word through their bigram; a question word only the document title writes
    counts half; a unit named after 督促 / 指导 is the matter's object; 无 and 房子 in
    kg/data/abbreviations.tsv; a question word does not cut the word its last character starts
    (谁管|理); the level asked (市里, 各区县); a definition clause ranks as no duty: 127 of 131
    first, 131 in the top three.

    Round 7 (who5), drawn the same way (seed 1207, 40 drawn, the first 24 askable taken: two
    bare 概况 yearbook rows, a heading 公開指南 and a signature skipped), written before running
    them (固投, GDP, 医保, 工会; a place, a year, a unit asked of; two questions on texts in
    traditional characters): as found 22 of 24 first, 24 in the top three (the ranking before
    session 8 answers the same 22 and 24): 149 of 155 first, 155 in the top three. 谁来处罚 /
    谁罚 ask for a department (the rental agency's own duties rank lower): 150 first.

    Session 8 (gaps8): an outline item is no document title, so prose n18 (an excerpt opening
    at item 6 of a plan's list of 指挥部) is no longer titled by its item ``(1)道路交通、火灾、
    民用爆炸物品等事故由县公安局负责;``, whose 事故 counted for every task of the excerpt as the
    title's word; 事故发生后的善后工作由谁组织实施 (round 5) now finds the 善后处理指挥部 task
    fourth, behind three tasks of the same excerpt that write 事故 or 善后 themselves: 149 of 155 first, 154 in the top three.

    The prose build grew by six State Council regulations (n62-n67, prose17), whose tasks compete
    with the older ones (on its own branch the 歌舞厅 question fell to fourth, behind n65's list of
    public places 文化体育娱乐场所, a task with no unit). Measured on the merge of session 8:
    148 of 155 first, 154 in the top three. A city's own functional names and a municipality's 市
    now resolve in its government (units9): two expected units renamed to the name the build
    prints for the same unit (西宁市人民政府经委, 中共北京市委农村工作领导小组); the same 148 and 154.

    Round 8 (who6, session 9), seed 1208 over the same builds, the tasks holding the anchor of
    any earlier question skipped; of the 400 drawn, the first 12 askable from the files added
    since round 7 (collected x01-x05, prose n52-n67) and the first 12 askable from the others,
    in draw order (mention-only draws skipped), 24 questions written before running them
    (市场监管, 卫健, 住建, 地灾, 体育总局; colloquial 归谁管, 找谁, 谁来; a place, a year, a unit
    asked of): as found 21 of 24 first, 23 in the top three (169 of 179 first, 177 in the top
    three). A unit the question sets aside (除了国土部门，国务院还有哪些部门…) is not asked about;
    a sanction clause (未设置…的，由公安机关责令改正) owns no duty unless the question asks about
    the sanction; 谁的责任 a question word; 摄像头 ~ 图像采集设备: 171 of 179 first, 178 in the
    top three. Not first: four whose build records the expected unit as a mention or on the
    duty clause inside the ranked paragraph (潍坊 舆情, 生物安全二级实验室, 第三人民医院, 各级公共就业
    服务机构), 济南's county bureau second behind the city's (whose clause writes 济南), 新出厂
    (新生产 ~ 在用), 地灾防治规划 (the national article ranks before the local one: the question
    names no level), and 善后 (not in the top three). The words of a document title cut from its
    first sentence (a text without a title line) count for every task of it: building the index
    without them moved no question of the 312 within its top ten.
    prose18: an office's follow-up read through `对X` before its verb (嘉鱼's `县政府政务督查室将对各单位的
    贯彻落实情况开展专项督查`, a duty the build did not have) adds a task to collected h01, and the two
    near-equal growth targets of the same document swap (嘉鱼县规上工业增加值增长目标由哪个部门牵头: the
    expected 11.5% task second, behind the 3.5% one, both in the top three): 147 of 155 first on prose18's branch; on the merge with
    round 8 the set keeps 171 of 179 first and 178 in the top three; the n68-n73 texts move no
    prose question.
    A city's list of departments (公安、工商行政管理等部门) resolves to its own departments too
    (units10): one expected unit renamed likewise (公安部门 -> 济南市公安部门).
    Session 9 (govs22): the collected build grew by set z, whose z01 table now gives its rows
    their units (街道 and 镇 in every row); the weights of the collected build moved with it and
    中山镇街的规范性文件由哪个部门负责公开 (round 6) now ranks the expected 镇街文件 row second, behind
    a traditional-script 政府規范性文件 task of another page: 147 of 155 first, 154 in the top three on govs22's branch
    (no assignment of any other file moved; the ranking, not the reading, changed). On the
    merge of session 9's branches the whole set stands at 171 of 179 first, 178 in the top three.

    Round 9 (who7, session 10), seed 1209 over the collected and prose builds (600 drawn), the
    tasks holding the anchor of any earlier question skipped; the first 24 from the sets never
    asked about (collected x, y, z; prose n68-n79), in draw order, written before running them
    (家暴, 车祸, 交警, 县城, 比赛, 体育馆, 钱, 饭店; a place, a year, 国家哪个部门): as found 18 of 24
    first, 24 in the top three (189 of 203 first, 202 in the top three: 济南各区县的… had left the
    top three as the prose build grew). After the general changes (the level asked, 各区县 /
    县里 / 国家哪个部门, is a word that a task owned at that level has; a county named makes a
    city's clause on its counties' bodies the county's own; seven rows of kg/data/abbreviations.tsv):
    24 of 24 first, and the set 196 of 203 first, 203 in the top three (济南's county bureau first).

    Round 10 (who8, session 11), seed 1210 over the collected, prose and units-dlc builds (1500
    drawn; units-dlc, both its rounds' texts, asked about for the first time), the tasks holding
    the anchor of any earlier question skipped; the first 24 askable from the sets never asked
    about (collected aa, ab; prose n80-n91; units-dlc), in draw order (one title-only mention
    skipped), written before running them (幼儿园 for 学前教育, 民营医院 for 社会办医, 卫健委, 城管局, 市容
    环卫, 失业率, 人保局 asked as 哪个局; a place, a year, 国家哪个部委): as found 24 of 24 first, the
    set 220 of 227 first, 227 in the top three. The two ranking faults of round 9 were mended after
    (主管 against the level asked; a match on the place alone), which moved no question of the set.

    Round 11 (who9, session 12), seed 1211 over the same builds (1500 drawn), the tasks holding
    an earlier anchor skipped, one task a file from the files never asked about: the 22 drawn
    from collected ac, prose n92-n103 and units-dlc round 3, then two of the other files (one
    whose lead, 兰州电信局, is no unit of the build skipped), written before running them (抽烟,
    景区, 安委会, 镇街, 劳动仲裁, GDP, 高管, 分管, 监管; a place, a year): as found 21 of 24 first, 22
    in the top three (241 of 251 first, 249 in the top three). After three rows of
    kg/data/abbreviations.tsv (安委会, 镇街, 景区): 23 of 24 first (抽烟 asked of 哪些部门 finds the
    卫生健康 bodies' clauses of the 主管部门 before the drawn 相关部门 clause), the set 244 of 251
    first (中山镇街… first too), 250 in the top three; with a clause only governments own ranked
    lower when a department is asked (and 抽烟 ~ 吸烟), the 抽烟 question third: 251 in the top three.

    Round 12 (who10, session 13), seed 1212 over the same builds (1500 drawn), the tasks holding
    an earlier anchor skipped, one task a file from the files never asked about, in draw order:
    collected ad01-ad05, prose n104-n115 (n106, a 副市长 分工 list, has no task with units to
    draw; a mention-only draw of n105 skipped) and units-dlc round 4 (g01-g08; g07's first draw,
    a cut fragment 除由…外，…的矿产资源, skipped), 24 questions written before running them (城管,
    固投, 城建档案, 采矿证, 镇街, 新冠, 禁放; a place, a year, 找谁, 归哪个部门管, 谁的职责, 四十天内):
    as found 21 of 24 first, 23 in the top three (265 of 275 first, 274 in the top three). After
    归哪个部门管 / 归谁管 read as 主管 (淄博 城建档案 first) and a residential compound's 管委会 no
    development zone (小区管委会, grassroots: 物业…归哪个部门指导监督 first): 23 of 24 first, 24 in
    the top three; the set 267 of 275 first, 275 in the top three (the 规上 row of
    kg/data/abbreviations.tsv, with the index adding only the words a short form spells, moved
    none). Not first of round 12: the 5万吨 货物集散地 question, whose answer ranks first as the
    duty clause of the drawn paragraph (the same sentence, simplified, its unit 县级交通运输部门),
    the anchor written in the paragraph's traditional characters.

    Round 13 (who11, session 13), seed 1213 over the same builds (1500 drawn), the tasks holding
    an earlier anchor skipped, one task a file from the files never asked about, in draw order:
    collected ae and af (ae01, ae03, ae04 not reached: ae01's two draws mention-only), prose
    n116-n127 (n116, n118, n121 not reached) and units-dlc round 5 (h01-h08; h03's title draw,
    mention-only, skipped), 24 questions written before running them (公交, 创文巩卫, 国常会, 残保金,
    医疗垃圾, 包片, 找哪个部门, 归谁管, 谁给补助; a place, a year, a traditional-script text): as found
    21 of 24 first, 22 in the top three (288 of 299 first, 297 in the top three). After the
    公交 row of kg/data/abbreviations.tsv (洛阳的公交归哪个部门管 first): 22 of 24, the set 289 of
    299 first, 297 in the top three. A clause cut from its sentence counts the sentence's lead-in
    as its title (纪委负监督责任” after 落实党风廉政建设责任制，党委负主体责任，): it moved from sixth to
    fifth, no question of the three sets moved. Not in the top three: 潮州的畲族文化保护归谁管 (归谁管
    asks 主管: first is the 文化主管部门's clause 负责…畲族文化保护, the drawn 市人民政府 clause is
    fourth) and 党风廉政建设谁负监督责任 (first is the 全市各级党委和纪委 sentence that writes 纪委监督
    责任 and 党风廉政建设 itself).

    Round 14 (who12, session 14), seed 1214 over the same builds (1500 drawn), the tasks holding
    an earlier anchor and the mention-only draws skipped, one task a file never asked about, in
    draw order: collected ag01, ag03 and prose n128-n130, n133-n136, n138, n139 first (ag02 has
    no draw with a stated unit; n132, n137 not reached), then the next never-asked files (n79,
    n26, n94, units-dlc e08 and d05, collected t01, n43, t03, n87, a16, n66, n67, n70), 24
    questions written before running them (城管, 无证经营, 找工作 for 就业, 农机, 喝水 for 饮水, 送戏
    下乡, 国安, 安办; a deadline, places dropped or shortened): as found 24 of 24 first (313 of
    323 first, 321 in the top three). A two-character alias (建设 of the 建设部门 a list names
    alone) inside a longer word of the question (党风廉政建设) no longer reads as a unit: no
    ranking of the three sets moved. As none failed, the draw went on (batch 2): the next 24
    never-asked files in draw order (w01's draw skipped, its text mojibake), 24 questions
    written before running them (打架 for a dispute, 物价, AI, 治雾霾, 扶贫车间, 垃圾分类, 补税,
    啥时候): as found 20 of 24 first, 23 in the top three (333 of 347 first, 344 in the top
    three). After a page's piped byline (某某市委员会| 2017-05-31) read as no table row (n89
    titled: 吉林市政协重点提案督办由谁协助 first), 物价 = 价格 in kg/data/abbreviations.tsv (河南物价
    检查谁领导 first), and a unit named before 谁来指导 / 谁监督 read as the object (村委会工作谁来
    指导: the expected clause fifth to fourth, behind other clauses on who guides 村委会):
    22 of 24, 335 of 347 first, 344 in the top three. Not first: 衡水部门之间职责打架找谁 (first
    the 市委编委 clause that 统筹协调部门之间…职责分工, the drawn 市委编办 clause third) and 村委会工作
    谁来指导. units15: the 重庆 采石场 question's unit is `所在区人民政府` (the
    government where the quarry lies, none named: no longer resolved as the city's `重庆市所在区人民政府`;
    the same task first).

    Round 15 (who13, session 15), seed 1215 over the collected, prose and units-dlc builds
    (1500 drawn from the tasks with stated units, the tasks holding an earlier anchor left out),
    one task a file from the files never asked about of collected ah-ak, prose n140-n161 and
    units-dlc round 6 (i04-i12), in draw order: mention-only draws skipped, and the boilerplate
    clauses whose unit is only a role placeholder (牵头单位, 责任单位, 责任部门, 各责任科室, 全区各级
    各部门, 全市各成员单位: n161, n159, n156, n160, ak02, ak03, n146) skipped as no citizen's
    question; 28 questions written before running them (吃水 for 饮水, 农民工 for 农村劳动力, 扯皮,
    协调不了, 归谁管, 找哪个部门, 财政收入 for 一般公共预算收入; a place dropped or shortened, a year,
    traditional-script texts): as found 26 of 28 first, 28 in the top three (361 of 375 first,
    372 in the top three). Not first: 综合执法部门和其他部门扯皮协调不了找谁 (其他部门 read as the
    unit 有关部门 of another text's clause: the n144 clause of 省政府其他各有关部门 first) and 山东碘盐的
    卫生监督归哪个部门管 (归…管 asks 主管: first the clause 由省盐业主管机构审定, whose only 主管 is
    the body's name). After a collective left unnamed (其他部门, 有关部门, 相关单位, 各部门) names
    no unit in the index's aliases, and a clause whose unit 负责…管理 the matter has the 主管 asked
    (as a level asked gives it): 28 of 28, the set 363 of 375 first, 372 in the top three; no
    other question of the three sets moved. The misses outside the top three looked at again:
    a clause writing the verb asked only as what its unit receives (业主委员会…接受其指导和监督)
    is not who does it (村委会工作谁来指导: the expected clause fourth to third): 373 in the top
    three. The two left: 潮州的畲族文化保护归谁管 (first the 文化主管部门's clause 负责…畲族文化保护,
    the one in charge a 归谁管 asks; the drawn 市人民政府 clause fourth) and 党风廉政建设谁负监督责任
    (first the 全市各级党委和纪委 sentence that writes 纪委监督责任 and 党风廉政建设 itself, its units
    纪委（纪检组）, not the anchor's clause 纪委负监督责任” cut from the quoted sentence).

    Round 16 (who14, session 15), seed 1216: the files never asked about counted by file (a
    question's file that of the tasks holding its anchor: 63 of collected, 51 of prose), drawn with
    scripts/draw_who_tasks.py --files, first over the new ones (collected al01-al03, prose
    n166-n169: 7 files, one task a file in draw order, the n168 mention-only draw skipped), then
    over the rest (18 files in draw order; mention-only draws, ae01 n24, and the boilerplate
    clauses of role placeholders or 此项工作, n156 n155, skipped); 25 questions written before
    running them (退伍军人 for 退役士兵, 人工降雨 for 人工影响天气, 违建, 企业注册 for 企业登记, 建养老院,
    化妆品店, 哪个部委; places dropped or shortened, a year): as found 22 of 25 first, 25 in the
    top three (385 of 400 first, 398 in the top three). Not first: 村里的防汛应急工作组由谁来建
    (first the 应消站 row, which writes 防汛; the drawn row second, behind its own duty clause
    whose unit the build cut to 村 from 村（社区）), 长春城市体检归哪个部门牵头 (first the clause of
    全市各成员单位 writing 城市体检 four times, the 牵头 clause second) and 区政府工作报告重点工作完成情况
    谁来督查 (the clauses of 各牵头单位 / 责任单位 that report to 区政府督查室 first and second: the
    word 督查 is only the name of the unit they report to). After a question asking who leads
    (牵头, no unit named) gives the tasks stating no lead ROLE_FACTOR of their score: 长春 first;
    386 of 400 first, 398 in the top three; the Langfang and prose sets unchanged.

    Merged with session 15's other branches (lead): 385 first, 397 in the top three. lead15 found
    that n166 only mentions a visit to 蓬溪县 (its county is not named): its units are 县国土局 as
    written, no longer 蓬溪县's, so round 16's 蓬溪砖厂整改不到位谁来督促, written against the old
    placement, expects 县国土局 now (the answer was the parser's error) and, its place named
    wrongly, ranks second. prose34's n165 adds a clause of 民政部门 guiding 村民委员会, which puts
    村委会工作谁来指导's expected clause fourth (both guide it; the set counts the one drawn).

    Round 17 (who15, session 16), seed 1217: first the files of collected am, an and prose
    n162-n165 (scripts/draw_who_tasks.py 1217 40 --files, one task a file in draw order: 9
    askable; am03 has no task with units, am05's draws are all 各单位 placeholders, an03's units
    are false ones its answers do not have), then the 93 other files no earlier anchor falls in
    (1217 250 --files, the first 16 askable files in draw order; mention-only draws, cut
    fragments, headings and placeholder clauses skipped); 25 questions written and committed
    before running them (GDP for 生产总值, 财政收入, 高中生, 危房, 小燃煤锅炉, 幼儿园, 减负, 公务用车,
    谁来搞, 找谁, 归哪个部门管; places dropped, years, traditional-script texts): as found 24 of 25
    first, 25 in the top three (409 of 425 first, 422 in the top three). Not first: 菏泽城乡规划归
    哪个部门管 (every clause of the regulation names its 城乡规划主管部门, so all had the 主管 asked;
    the 负责…城乡规划管理工作 clause third). After 主管 inside a body's name counts as no 主管 asked
    (菏泽 first) and the object's 工作 (村委会工作谁来指导: the clause on 村民委员会的工作 first, was
    fourth): 411 of 425 first (96.7 %), 423 in the top three (99.5 %); no other question of the
    three sets moved. Left: 潮州的畲族文化保护归谁管 (fourth: the 文化主管部门's clause 负责…畲族文化
    保护 first, the one in charge a 归谁管 asks) and 党风廉政建设谁负监督责任 (the 全市各级党委和纪委
    sentence writing 纪委监督责任 and 党风廉政建设 first; the anchor clause, cut from its quoted
    sentence, fifth).

    Round 18 (who16, session 16), seed 1218: prose n170-n181 and collected ao-aq not yet on main,
    so the files never asked about counted as round 17 counts them (45 of collected, 32 of prose,
    1 of units-dlc: scripts/draw_who_tasks.py 1218 150 --files, the whole pool), one task a file
    in draw order, the first 25 askable (mention-only draws, headings, cut fragments and the
    placeholder clauses of 各科室, 各部门, 各有关单位, 此项工作, 市政府各有关部门 skipped), and a
    question on a deadline (山西禁煤区什么时候划完, j03, further down the draw); 26 questions written
    and committed before running them (危化品, 托位, 管廊, 网格员, 谁来抓, 找哪个部门, 归哪个厅, 哪个部委,
    是谁的事; places dropped, years, traditional-script texts asked in simplified): as found 24 of 26
    first, 26 in the top three (435 of 451 first, 449 in the top three; no earlier question moved).
    Not first: 汕头河长制的责任单位由谁来定 (the 各责任单位 clause first: 责任单位 read as the unit
    asked) and 藏医药事业纳入国民经济和社会发展规划是谁的事 (the place dropped, two regulations write
    the same duty: 玉树's first, the drawn n40 clause of 县级以上人民政府 third). After a unit before
    a designating verb asked (由谁来定, 谁确定/指定/认定) is the object, as before 谁来指导 (汕头
    first): 436 of 451 first (96.7 %), 449 in the top three (99.6 %).

    Round 19 (who17, session 17), seed 1219: the 70 files of collected and prose no earlier
    anchor falls in (scripts/draw_who_tasks.py 1219 70 --files, one task a file in draw order;
    mention-only draws, headings and the placeholder clauses of 各有关单位, 各部门, 各科室,
    各相关单位, 各县市党委和政府 skipped); 27 questions written and committed before running them
    (找谁, 归谁管, 谁来搞, 谁来建, 是谁的事, 找哪个部门, 交通局 / 卫健委 for the county's bodies,
    places dropped or shortened, a year's 今年, traditional-script texts asked in simplified): as
    found 27 of 27 first, 27 in the top three (463 of 478 first, 476 in the top three). A bare
    name a text writes (国土局) now also names the units that only add a level to it (县国土局 of
    another text; the index's alias kept the bare-named units only): two questions of the set
    read one unit more, none moved; the expected unit's bare name put before each of the 132
    collected and prose questions whose unit has one: 130 first before and after. 463 of 478 first
    (96.9 %), 476 in the top three (99.6 %). Merged with place16 (al03 placed in 旬阳市, d03 in
    崇川区), two questions' expected units follow the placement, their answers the same tasks:
    崇川区城市管理局 (was 城市管理局), 旬阳市人力资源和社会保障局 (was 县人力资源和社会保障局).

    Round 20 (who18, session 18), seed 1220: the 56 files of collected, prose and units-dlc no
    earlier anchor falls in (scripts/draw_who_tasks.py 1220 60 --files, one task a file in draw
    order; mention-only draws, cut rows (au02's 市科, n175's OCR), headings and the placeholder
    clauses of 各科室, 办公室…此项工作, 全区各级各部门 skipped), then four tasks of the langfang build
    (1220 400, one each of the 残疾人就业, 五经普, 人工智能 and 房屋租赁 documents; the 病媒 policy
    reading's copy of an asked article skipped); 26 questions written and committed before running
    them (市监, 发改委, 五经普, AI, 治理 for 整治, 找谁, 归谁管, 谁来配合; places, a year, words left
    out): as found 24 of 26 first, 25 in the top three (487 of 504 first, 501 in the top three).
    Not first: 廊坊残疾人就业培训的资金投入谁保障 (the paragraph's own duty clause 各县（市、区）要落实…
    保障…资金投入 first, its unit 各县（市、区）人民政府; the paragraph with 市财政局 second) and
    开发区外执法部门检查区内企业时谁来配合 (out of the top three: 配合 was dropped as a question word,
    and the clause of the 执法部门 doing the 检查 matched every other word). After a clause whose
    units only support or assist keeps ROLE_FACTOR for a 归谁管 / 主管 question naming no unit (潮州的
    畲族文化保护归谁管: the drawn 市人民政府 clause fourth to third, behind the 文化主管部门's clauses), a
    word of the question only a clause's sentence lead-in writes counting whole (LEAD_SHARE, was
    TITLE_SHARE: 党风廉政建设谁负监督责任, the drawn 纪委负监督责任” second, was fifth) and 配合 asked
    as the verb (谁来配合, 由哪个部门配合) a word of the matter, as 协助 is (the 开发区 question third):
    487 of 504 first (96.6 %), 504 in the top three (100 %); the Langfang and prose sets unchanged.

    Round 21 (lead, session 21), seed 1221: the 91 files of collected, prose and units-dlc no
    earlier anchor falls in (scripts/draw_who_tasks.py 1221 90 --files, one task a file in draw
    order; mention-only draws, headings and the placeholder clauses of 责任单位, 各委办局, 各县（区）、
    各部门, 责任部门, 责任科室 skipped; the first 24 askable taken, among them the new n196-n200 and
    ba01's neighbours); 24 questions written and committed before running them (找谁, 归哪个局, 谁来
    协调, 去哪里办, 公卫, 镇里, 闵行, 连江, a number): as found 21 of 24 first, 22 in the top three. Two
    anchors were made distinct of the same task before any change (the gloss of 小區(qū) kept the
    written anchor from the task's text; 由县农 too short). Not first: 扬州农业发展专项资金归哪个部门管
    (its 第四条/第五条 items, shorter, before 由市财政局、市农业农村局共同管理; out of the top three) and
    镇里河长制的责任单位是谁 (各责任单位…协同推进实施河长制工作 first, the 镇政府 clause second). After
    MANAGES_RE reads 共同/统一/归口/分级…管理 (not a 管理办法 it names) as 负责…管理 is, and 镇里 / 乡里 /
    街道里 / 各乡镇 ask the township level (TOWNSHIP_UNIT_RE: 镇人民政府, 街道办事处, X镇…): 24 of 24,
    511 of 528 first (96.8 %), 528 in the top three (100 %).

    Round 22 (lead, session 21), seed 1222 on the langfang build alone (the hidden questions are
    asked of that corpus): 120 drawn, tasks holding any earlier question's anchor skipped, the
    first 23 askable taken (bare names of contributors, headings, mentions, placeholder clauses
    skipped; four 供稿 topics kept); 23 questions written and committed before running them (医院用的,
    卖肉, 物业公司, 劳保用品, 世博会, 算力, 综合工时, 节水, 谁供稿): as found 22 of 23 first, 23 in the top
    three. Not first: 医院用的医疗器械谁来监督检查 (the 生产 and 经营 checks before the 使用单位 one).
    After 用 alone is a short form of 使用 (kg/data/abbreviations.tsv, as 税 is of 税收): 23 of 23,
    534 of 551 first (96.9 %), 551 in the top three (100 %).

    Round 23 (lead, session 21), seed 1223 on the langfang build, drawn as round 22 (200 drawn,
    tasks owned only by contributors or mentions skipped as well; 24 taken): as found 23 of 24
    first, 24 in the top three. Not first: 信创产品安全测试费补贴找谁, whose first answer is the same
    measure's row of the policy's table (鼓励信创产品安全性测试补助, 市工业和信息化局) and the drawn
    paragraph second; left as it is. 557 of 575 first (96.9 %), 575 in the top three (100 %).

    Round 24 (lead, session 21), seed 1224 on the prose build: one task a file of the 53 files no
    earlier anchor falls in (the traditional-script files' earlier anchors, written in simplified
    characters, made five of them look unasked: their drawn tasks skipped), placeholders and
    mentions skipped; 23 questions written and committed before running them: as found 19 of 23
    first, 21 in the top three. A mirror's pinyin glosses inside words (联（lián）席会（huì）议) are
    now left out of the words the index cuts (kg/write/search_index.py, as the duty reader reads
    them): 20 of 23 first, 22 in the top three. Left: 县里政务公开考核谁来组织 (the task writes
    政府信息公开, not 政务公开: out of the top three), 小作坊小餐饮…由谁领导组织 (third: the task writes
    食品作坊, 监督、管理) and 防汛预案操作演练谁来组织 (second). 577 of 598 first (96.5 %), 597 in the
    top three (99.8 %).

    Round 25 (lead, session 21), seed 1225 on the langfang build, drawn as rounds 22-23 (300
    drawn, 24 taken): as found 20 of 24 first, 22 in the top three. 医美 and 奥运 are now short
    forms of 医疗美容 and 奥林匹克 (kg/data/abbreviations.tsv, words of the language as 网约车 is):
    22 of 24 first, 23 in the top three. Left: 县域医共体谁来建 (second, behind the 卫健委's county
    planning clause) and 国企安排残疾人就业有什么要求 (the same rule's sentence in the other 残疾人就业
    document, 应 for 应当, first and second: the drawn one out of the top three). 599 of 622 first
    (96.3 %), 620 in the top three (99.7 %).

    Round 26 (seed 1226, the Langfang build, 60 drawn, the tasks holding an earlier anchor and
    mention-only or bare 概况 draws skipped, the first 24 taken), written before running them (房产中介,
    五经普, 年鉴…那部分 / 条目 谁写, 外资企业, 北站): as found 21 of 24 first, 23 in the top three.
    房产中介 is a short form of 房地产经纪 (kg/data/abbreviations.tsv), and in a question for who
    writes a yearbook's topic up the words naming the piece (条目, 那部分) are no words of the topic
    (年鉴科技条目谁写 had ranked the 编纂方案's rule on 条目 first): 23 of 24 first, 24 in the top
    three. Left: 残疾人就业方案实施情况谁监测评估 ranks the paragraph 实施监测评估 (its annotation's
    units) above its own sentence's 残疾人工作委员会. The set: 622 of 646 first (96.3 %), 644 in the
    top three (99.7 %).

    Round 27 (seed 1227, the Langfang build, 70 drawn, the tasks holding an earlier anchor and
    mention-only or bare 概况 draws skipped, the first 24 taken; 15 of them yearbook topics, as drawn),
    written before running them (七中, 环卫, 贸促会, 首违不罚, 中介机构 for 安全评价): as found 23 of 24
    first, 24 in the top three; 环卫 is now a short form of 环境卫生: 24 of 24. The prose build's
    new texts (n218-n225) had moved 元江县的城市规划和建设归哪个部门分管 (round 11) to third: 桂林's
    `市规划、住建部门` made 市规划 a word, which broke the tiling of 城市规划 (read from the end,
    城 + 市规划: no tiles), and the field words its lists name alone (建设) made 建设 after
    城市规划和 a unit of the question. Now a tiling is tried from the start when the end fails, an
    alias standing inside a longer word of the vocabulary is no unit whatever its length, and a
    field alias joined by 和/与/及 to a word of the matter is that matter's word. The set: 646 of
    670 first (96.4 %), 668 in the top three (99.7 %).

    Round 28 (seed 1228, the prose build's never-asked files n218-n231, 40 drawn, one whose task
    the build no longer has skipped, the first 24 taken), written before running them: 20 of 24
    first, 22 in the top three, left as found. Not first: two questions written too loosely
    (政府工作报告的任务谁牵头抓总 names no place, and another text's 牵头单位 sentence ranks first; 电梯谁监管
    ranks the same unit's other sentence of the same page first) and two ranking the same unit's
    neighbouring clause first (青岛's 编制停车场专业规划时…征求 and 公安部门…有关管理工作). The set: 666 of 694
    first (96.0 %), 690 in the top three (99.4 %).

    Round 29 (seed 1229, the Langfang build, 90 drawn, the tasks holding an earlier anchor, a
    member list's title and a source field skipped, the first 24 taken), written before running them
    (餐厨垃圾, 自来水, 报废汽车, 危化品, 五经普): 22 of 24 first, 24 in the top three, left as found. Not
    first: the 财政 sentence of the paragraph asked about ranks first with the same unit, and 年鉴重要会议
    has three contributors (the question names none). The set: 688 of 718 first (95.8 %), 714 in the
    top three (99.4 %).

    Round 30 (seed 1230, the Langfang build, yearbook topics left out of the draw, the first 24 taken),
    written before running them (化肥, 菜市场, 人防, 五经普): as found 20 of 24 first, 23 in the top three;
    化肥 is now a short form of 化学肥料 (kg/data/abbreviations.tsv): 21 of 24, 24. Left: a paragraph's
    own 编制改造方案 item ranks above the sentence asked (same unit), the 各级政府 sentence of the same
    plan above the 发展改革部门 one, and a question that asks what, not who. The set: 708 of 742 first
    (95.4 %), 738 in the top three (99.5 %). Prose round 61's agency parts (相关科室) gave collected am03's
    `由主办科室与其他相关科室共同研究办理，各相关科室要…协办` its units, and with them it ranks first for
    人大代表建议不归我们单位办，要换主办单位找谁 (round 17; the expected 邢台 rule second): 707 first.

    Round 31 (seed 1231, the collected build, 24 drawn, a table cell, a count heading and a task cut
    before its units left out), written before running them: 19 of 21 first, 21 in the top three,
    left as found. Not first: two questions that name no place where two documents of other places
    write the same sentence (毕业生求职创业补贴; 各级各部门要坚持…, asked with 县政府 as its context, and a
    区's copy ranks first). The set: 726 of 763 first (95.2 %), 759 in the top three (99.5 %).

    Round 32 (seed 1232, the Langfang build, 40 drawn, mentions, yearbook contributors and a 解读 left
    out, 23 taken), written before running them: 20 of 23 first, 23 in the top three. A question asking
    a group's members (居住证工作局际联席会议有哪些成员单位) found the group's task second, shown with no unit:
    the index now keeps a group's members apart from its mentions (``members``), ``kg who`` shows them,
    and a question asking members (MEMBERS_ASKED_RE) does not rank the group's task as one without
    units: 21 of 23 (a question on members counts first when its unit is among them). Left: the same
    unit's neighbouring prose clause ranks first (国家安全审查), and the city's 负责组织县级编制… above the
    county departments' 编制… (县域医疗卫生服务体系规划由谁编制). The set: 747 of 786 first (95.0 %), 782 in the
    top three (99.5 %).

    Round 33 (seed 1233, this session's new prose files n247-n253 and held-out bb03, 30 drawn, a
    group's composition lines and a cut line left out, 24 taken), written before running them: 23 of
    24 first, 24 in the top three, left as found (样板县要… ranks above 各样板县政府是责任主体，要制定实施方案,
    the same counties named two ways). The set: 770 of 810 first (95.1 %), 806 in the top three
    (99.5 %).

    Round 34 (seed 1234, round 67's prose files n254-n258 and the external-dev build, 20 drawn, a
    narrated 各部门… left out, 19 taken), written before running them: 19 of 19 first. The set: 789 of
    829 first (95.2 %), 825 in the top three (99.5 %).

    Round 35 (seed 1235, rounds 68-69's prose files n259-n266, 16 drawn, a mention left out, 15
    taken), written before running them: 12 of 15 first, 15 in the top three, left as found (another
    document's 河长制 clause first for a question naming no place; the same article's 实施监督管理
    above its 负责实施; 县级河流 …确定责任主体 above …为责任主体). The set: 801 of 844 first (94.9 %),
    840 in the top three (99.5 %).

    Round 36 (seed 1236, rounds 70-71's prose files, 14 drawn, a document-level mention left out, 13
    taken), written before running them: 11 of 13 first, 13 in the top three, left as found (another
    county's 兵役机关 first for a question naming no place; a name joined by a mirror's scrambled mark,
    国务院.中央军事委员会). With round 71-72's files in the index, one older near tie flipped (韶关镇街的
    安委会由谁设立: 22.85 against 22.81, the next clause first through its lead-in's 设立); a lead-in's
    word now counts nine tenths (LEAD_SHARE), which puts it back and moves no other question. The set:
    812 of 857 first (94.8 %), 853 in the top three (99.5 %).

    Round 37 (seed 1237, rounds 72-73's prose files n277-n285, 16 drawn, 16 taken), written before
    running them: 14 of 16 first, 15 in the top three. With round 73's files in the index, a field
    named alone in a list of departments (西安's …、市政、旅游等行政管理部门) became a unit's alias and
    read 吉林市政协 as 吉林 + 市政 + 协 (an older question left the first place); a two-character
    alias that opens a longer word of the vocabulary, not a body's name (市政协, 应急处置), is now no
    unit of the question, which puts it back and moves no other question. Left as found: 气象灾害发生后的
    应急处置由哪些部门做 (the clause 各有关部门…做好应急处置工作 sixth, its sentence's 气象灾害 not in
    its text); 巴南区镇街防灾工作站负责什么 (second, behind 各镇街建立防灾应急工作站). The set: 826 of 873
    first (94.6 %), 868 in the top three (99.4 %).

    Round 38 (seed 1238, rounds 75-76's prose files n291-n302, 30 drawn; a cut fragment, a text's
    cut last clause and a mention-only article skipped, the next draw taken), written before running
    them: 14 of 16 first, 16 in the top three. Left as found: 电动车充电的消防安全归哪个部门管 (second,
    behind the 住建 clause on 停放、充电: both words of the question, 充电 rarer than 消防安全 in the
    set) and 达州卖电动车的归哪个部门监管 (second, behind the 公安 clause: 卖 is not read as 销售, and a
    one-character form would also split 外卖). The set: 840 of 889 first (94.5 %), 884 in the top
    three (99.4 %).

    Round 39 (seed 1239, rounds 77-78's prose files n303-n310, 30 drawn, the first 16 taken),
    written before running them: 12 of 16 first, 15 in the top three. Left as found: 县里谁监督指导
    档案馆和企事业单位的档案工作 (企事业单位 is the 综合档案馆 item's word; the expected item writes
    企業、事業單位), 市县国家综合档案馆负责什么 (second, behind the shorter 国家综合档案馆应当设立…),
    定点医院履行服务协议的情况谁监督 (second, behind the item 監督服務協議訂立、履行情況), 谁负责在本地
    贯彻执行档案工作的法律法规和方针政策 (second, behind the same words of the 档案机构's item). The
    set: 852 of 905 first (94.1 %), 899 in the top three (99.3 %).

    Round 40 (seed 1240, round 79's prose files n311-n315, 20 drawn, the first 16 taken), written
    before running them: 13 of 16 first, 15 in the top three. After two general changes: a question
    opening with 地方 (地方上的…, 地方X规划由谁编制) asks a government below the State's, so a task
    owned only by the State's bodies ranks as one of another level (not 地方性法规, 地方志); and
    科研 is the short form of 科学研究 (kg/data/abbreviations.tsv): 15 of 16 first, 16 in the top
    three. Left as found: 地方湿地保护管理工作归哪个部门 (second, behind the same department's
    宣传教育 clause, whose 湿地保护管理机构 holds the words; the expected clause writes 职业 for 工作).
    The set: 867 of 921 first (94.1 %), 915 in the top three (99.3 %).

    Round 41 (seed 1241, round 80's prose files n316-n319, 20 drawn, the first 16 taken), written
    before running them: 15 of 16 first, 15 in the top three. Left as found: 防疫用的生物制品归哪个部门管
    (fourth: 预防动物疫病所需的生物制品由各级人民政府畜牧兽医行政管理部门管理 holds 管理 inside the
    department's name too, and the two 动物防疫监督机构 clauses on 生物制品 rank before it). The set:
    882 of 937 first (94.1 %), 930 in the top three (99.3 %).

    Round 42 (seed 1242, round 81's prose files n320-n322, 17 drawn, a title-only mention skipped),
    written before running them: 16 of 16 first. The set: 898 of 953 first (94.2 %), 946 in the
    top three (99.3 %).

    Round 43 (seed 1243, rounds 82-83's prose files n323-n328, 17 drawn; an item cut inside its
    verb, a mention and two section headings skipped), written before running them: 13 of 13
    first. Two older questions lost to the new files' words: 济南各区县的歌舞厅网吧这些娱乐场所谁管理
    (third, behind the new 济南 扬尘 rules' 区县人民政府 clauses, which hold 济南 and 区县 but none of
    the matter's words) and 开发区外执法部门检查区内企业时谁来配合 (fifth, was third). The set: 910 of
    966 first (94.2 %), 958 in the top three (99.2 %).

    Round 44 (seed 1244, round 84's prose files n329-n331, 16 drawn), written before running them:
    15 of 16 first, 16 in the top three (文物的保护管理谁负责: second, behind 哈尔滨's 文物部门 clause on
    the 不可移动文物's buildings). The set: 925 of 982 first (94.2 %), 974 in the top three (99.2 %).

    Round 45 (seed 1245, round 85's prose files n332-n333, all 9 of their tasks drawn), written
    before running them: 9 of 9 first. The set: 934 of 991 first (94.2 %), 983 in the top three
    (99.2 %).

    Round 46 (seed 1246, round 86's prose files n335-n337, all 16 of their tasks drawn, the title's
    mention skipped), written before running them: 13 of 15 first, 15 in the top three. Not first:
    公安和民政部门对心理卫生工作负什么责 (second, behind the 卫生行政部门's clause on 心理卫生 of the same
    rules: the list's units are named by their field alone, 公安 / 民政, and the question's 民政部门 does
    not name them) and 本地的网约车管理归哪个部门负责 (third, behind the 各地 clause that writes 网络预约出租汽车
    and 出租汽车 twice). The set: 947 of 1006 first (94.1 %), 998 in the top three (99.2 %).

    Round 47 (seed 1247, round 87's prose files n338-n340, 25 drawn; the first 15 askable taken in
    draw order: four whole-article tasks holding only a mention or a hosted office, and an item cut
    inside its verb, skipped), written before running them: as found 12 of 15 first, 15 in the top
    three. Two lost to 福建's chapter task, which held an article's 由…负责 clause read as a closing
    annotation (第二章 确认第六条 见义勇为的确认，由…负责, run together on one line by the page): with that
    read as the article's clause, 14 first. Not first: 县里的民政和人社部门对见义勇为人员有什么工作 (second,
    behind the other province's 民政、人力资源和社会保障… clause, which does not say 县). The set: 961
    of 1021 first (94.1 %), 1013 in the top three (99.2 %). After 公安和民政部门 was read as two units
    (test_a_field_joined_to_a_department_by_和_is_a_unit): round 46's question first, 962 of 1021.

    Round 48 (seed 1248, round 88's prose files n341-n342, all 7 of their tasks drawn), written
    before running them (the one on 苏州's county-level cities after their department was read at
    that level, not the city's): 7 of 7 first. The set: 969 of 1028 first (94.3 %), 1020 in the top
    three (99.2 %).

    Round 49 (seed 1249, round 89's prose files n343-n344, 14 drawn, two whole-article tasks holding
    only a mention skipped), written before running them: 10 of 12 first, 11 in the top three. Not
    first: 住宅小区物业管理的主管部门是谁 (no place named; six 物业 texts of other cities answer it, the
    expected one not in the top five) and 物业管理条例的实施其他部门要协同吗 (third). Since round 48,
    开发区外执法部门检查区内企业时谁来配合 (round 9) is back in the top three (third). The set: 979 of
    1040 first (94.1 %), 1032 in the top three (99.2 %).

    Round 50 (seed 1250, round 90's prose files n345-n347, 18 drawn; five tasks skipped: two
    definitions read as duties, a garbled clause read as a junk unit, the title's mention and a
    repeat), written before running them: 12 of 13 first, 13 in the top three (法律援助工作由哪个部门
    监督管理: second, behind the other city's 司法行政部门 组织实施 clause). The set: 991 of 1053 first
    (94.1 %), 1045 in the top three (99.2 %).

    Round 51 (seed 1251, round 91's prose files n348-n349, all 10 of their tasks drawn), written
    before running them: 9 of 10 first, 10 in the top three (全民健身活动站点和体育俱乐部由哪个部门支持:
    the article's whole line, with no unit, ranks before its clause with the department). The set:
    1000 of 1063 first (94.1 %), 1055 in the top three (99.2 %).

    Round 52 (round 92's prose files n350-n351, 11 questions on their clauses; no seed: written by
    hand before the parser ran on the files): 9 of 11 first as found, 10 after round 92's fixes
    (殡葬管理的日常工作谁负责: its clause's 各级殡葬管理处 was not read, then was); 县里的殡葬管理工作归
    哪个部门 stays second, behind another city's 区、县（市）民政部门 clause word for word the same. The
    set: 1010 of 1074 first (94.0 %), 1065 in the top three (99.2 %).

    Round 53 (round 93's prose files n352-n353, 7 questions by hand before the parser ran): 3 of 7
    first as found, 4 after round 93's fixes (人民团体在志愿服务方面要做什么: 有关人民团体和群众团体 was not
    read); 幼儿园的发展规划由谁制订 is second (its clause is cut at a converter's ? inside 发展?fàn)顩r), 本地
    幼儿园归哪个部门管 third (behind another city's 学校、幼儿园应当… clause and 国家教育委员会's), 志愿服务工作协调
    机制由谁建立 second by its unit only (国家和地方精神文明建设指导机构 read as one name, the answers split it).
    One question of round 13 changed its unit to the answers' 准入单位, the short name the build now
    resolves n119's clause to (as the answers have it). The set: 1014 of 1081 first (93.8 %), 1072 in
    the top three (99.2 %).

    Round 54 (round 94's prose files n354-n355, 6 questions by hand before the parser ran; two units
    spelt as the build names the same unit before counting): 1 of 6 first as found, 3 after round 94's
    fixes; 属地管理事项清单要调整…由谁提出 asks for an applicant, which the answers hold no duty (second);
    属地管理事项的运行流程图由谁绘制 finds its clause first under the role's collective 牵头部门, not the
    answers' 事项的牵头部门; 莲都区五个一工作体系是谁构建的 has no clause read. The set: 1017 of 1087 first
    (93.6 %), 1077 in the top three (99.1 %).

    Round 55 (round 95's prose file n356, 3 questions by hand before the parser ran): 0 of 3 first as
    found (on a build of the file alone: each anchor first, no unit), 1 after (交通检疫组, read from its
    flattened table row); the leading group's 主要职责 and its office (职 / 责 split over two lines) are
    still not read. The set: 1018 of 1090 first (93.4 %), 1079 in the top three (99.0 %).

    Round 56 (round 96's prose files n357-n358, 3 questions by hand before the parser ran; two anchors
    rewritten with the glosses the index keeps, one unit spelt as the build names it): 0 of 3 first as
    found, 2 after; 应急物资储备保障由哪个部门牵头 finds no clause (a news report, no duty read). The set:
    1020 of 1093 first (93.3 %), 1081 in the top three (98.9 %).

    Round 57 (round 97's prose files n359-n361, 5 questions by hand before the parser ran; two units
    spelt as the build names them): 2 of 5 first as found, 5 after. The set: 1025 of 1098 first
    (93.4 %), 1086 in the top three (98.9 %).

    Round 58 (round 98's prose files n362-n365, 6 questions by hand before the parser ran; one unit
    spelt as the build names it): 2 of 6 first as found, 4 after; 禁放烟花爆竹的主要责任由谁承担 (its
    辖区政府(管委会) not read) third, 学校要对学生做…宣传教育吗 not in the top five (the school listed with
    guardians, persons, is not read). The set: 1028 of 1104 first (93.1 %), 1090 in the top three
    (98.7 %).

    Round 59 (round 99's prose file n366, 3 questions by hand before the parser ran; units spelt in
    simplified characters as the build names them): 2 of 3 first as found on a build of the file alone, 1
    after on the set's build. The set: 1030 of 1107 first (93.0 %), 1092 in the top three (98.6 %).

    Round 60 (round 101's prose file n368, 3 questions by hand before the parser ran): 2 of 3 first as
    found, no change of the parser. The set: 1031 of 1110 first (92.9 %), 1095 in the top three
    (98.6 %). Round 102's documents (no questions of their own) answer a round-33 question's words too:
    秸秆焚烧的现场执法检查由哪个部门负责 finds a township's 企管站…现场检查 clause first, its expected 县环保局
    clause third. The set: 1030 of 1110 first (92.8 %), 1095 in the top three (98.6 %).

    Session 32 (helper): 电动车 ~ 电动自行车, 卖 ~ 销售 and 国企 ~ 国有企业 in kg/data/abbreviations.tsv
    (达州卖电动车的归哪个部门监管 first, 国企安排残疾人就业有什么要求 third): 1031 of 1110 first, 1096 in the
    top three. Round 61 (seed 1261, 40 drawn from the collected, prose and langfang builds, the tasks
    holding an earlier anchor skipped, the first 10 askable taken in draw order: a bare 由…统筹安排, a
    heading 制度建設 and a bare 办公室负责协调 skipped), written and committed before running them: 8 of
    10 first as found, 10 in the top three (检测机构的监督检查归廊坊哪个局: third, behind the 特种设备…检验、
    检测机构 item of the same bureau; 公办学校的安全工作经费由谁保障: its article's whole line, no unit,
    before its clause), 9 after an article with nobody of its own swaps scores with its best duty
    clause naming an owner (also 全民健身活动站点和体育俱乐部由哪个部门支持, round 51). The set: 1041 of 1120
    first (92.9 %), 1106 in the top three (98.8 %).

    Session 33 (helper): 负责 asked of a named unit (乡镇卫生院负责什么) is a word of the matter, not a
    question word (the unit's 负责… clause first, was third); 由X管理 manages the matter as 负责…管理
    does (MANAGES_RE: 防疫用的生物制品归哪个部门管 fourth -> third, 电梯谁监管 not in the top five ->
    third); a bare 主管部门 is no alias a question names. The set: 1042 of 1120 first, 1108 in the top
    three. Round 62 (seed 1262, 40 drawn from the collected, prose and langfang builds, the tasks
    holding an earlier anchor skipped, the first 12 askable taken in draw order: two mention-only draws
    and a 粤数安 matter cut by its excerpt, whose unit is its own text, skipped), written and committed
    before running them: 10 of 12 first as found, 12 in the top three (业委会选举办法谁来定: second,
    behind a 省委全委会's 选举 clause; 广水镇里办的供水站归谁管: second, behind the 各镇人民政府's 负责…
    供水单位的管理 clause, 镇里 read as the township level asked), 11 after 业委会 is a short form of
    业主委员会 (kg/data/abbreviations.tsv, with 低保, 公租房, 电商, 疾控, 棚改 and other everyday short
    forms, which move no question of the set), 12 after a body of the place where the matter is
    (所在地人民政府, LOCAL_UNIT_RE) counts at the level asked. The set: 1054 of 1132 first (93.1 %), 1120
    in the top three (98.9 %). Measured on main after merging the session's twelve new prose texts,
    which moved the index's weights (the clauses asked of read the same): 1053 of 1132 first, 1118 in the
    top three.

    Session 34 (helper q34). Round 63 (seed 1263, 40 drawn from the collected, prose and langfang
    builds, the tasks holding an earlier anchor skipped, the first 12 askable taken in draw order: a
    bare heading 迴應關切 and a mention-only title draw skipped), written and committed before running
    them (固投, 业委会, 噪音, 一米线, 四小, 手上有几个; places dropped or shortened, a year): as found 11 of
    12 first, 12 in the top three (业委会成立后去哪里备案 second, behind a 业主委员会建立后… clause that
    writes no 备案). The set with it: 1064 of 1144 first, 1131 in the top three. Then, each a rule of
    its own: a unit named before the asking words of who is in charge is what is governed
    (OWNER_OBJECT_RE: 本地幼儿园归哪个部门管) and 本地 / 当地 ask a local body; two words written
    joined by 与 / 和 / 及 / 、 and levels of one character joined (保护与管理, 协调、指导、监督, 市、县) are
    posted as the word they make (kg.vocab.JOINED_TERM: 文物的保护管理谁负责, 市县国家综合档案馆负责什么);
    a role asked (…的责任主体是谁) ranks the clause designating its unit so (DESIGNATION_ASKED_RE); the
    act asked (…谁来督促, …由谁承担, …去哪里备案) is what the answer writes, a clause without it keeps
    VERB_MISSING_FACTOR of its score (VERB_ASKED_RE). Round 63: 12 of 12 first after. The set: 1071 of
    1144 first (93.6 %), 1132 in the top three (98.95 %); of the 1132 questions before round 63, 1059
    first (was 1053) and 1120 in the top three (was 1118). One question fell from first to second
    (小区物业管理归哪个部门指导监督, behind a line of the same text, with no unit, writing 协调、指导、监督).
    Measured after merging main's prose round 114 (n396-n399 in the prose build): 1070 of 1144 first,
    1132 in the top three (农贸市场的门前三包谁负责 second, behind n396's clause on 农贸市场 that writes no
    门前三包).

    Session 35 (helper q35). Round 64 (seed 1264, 40 drawn from the collected, prose and langfang
    builds, the tasks holding an earlier anchor skipped, the first 12 askable taken in draw order:
    three mention-only draws skipped), written and committed before running them (区政府办里哪个科,
    控烟, 病媒防制, 公章, 小卖部, 老百姓收入, 妇联那一条; places dropped or shortened, a year): as found 11
    of 12 first, 12 in the top three (区政府办里哪个科督办人大建议和政协提案 second, behind the office's own
    督查督办 line). The set with it: 1081 of 1156 first, 1144 in the top three. Then, each a rule of its
    own (tests below): a section or working group asked (哪个科, 哪些科室, 哪个组: SECTION_ASKED_RE) ranks the
    tasks of bodies named otherwise lower; a question opening with the one it asks about and asking what
    it must do (国企…有什么要求, 各级就业服务机构要不要…, 公安和民政部门对…负什么责: SUBJECT_DUTY_RE) ranks the
    tasks owned by others lower; a plan's paragraph whose list holds the owner of its duty clause takes
    the clause's better score (_paragraphs_and_their_clauses); an act the clause's unit only has others
    do (负责组织县级编制…: OTHERS_DO) is not written by it; the act asked done to the matter's last word
    (实施方案谁制定 ~ 制定实施方案: VERB_OBJECT_FACTOR); the head of the matter missing (HEAD_MISSING_FACTOR);
    a township's body is of the township level, a 县级以上 body of the county's and the city's
    (_unit_levels); asked which department, a task naming nobody keeps UNNAMED_FACTOR more of its score;
    three loose characters in a row (医共体) are a word of the question through their bigrams; 哪些部门
    asks several bodies, one body alone keeps ROLE_FACTOR (PLURAL_ASKED_RE). Round 64: 12 of 12 first
    after. The set: 1095 of 1156 first (94.7 %), 1147 in the top three (99.2 %); no question fell from
    first or from the top three.

    Session 36 (helper q36). Round 65 (seed 1265, 40 drawn from the collected, prose and langfang
    builds, the tasks holding an earlier anchor skipped, the first 12 askable taken in draw order: a
    bare 由责任部门分别负责落实 and a 我局作为配合部门…做好指导和配合工作 whose matter is only in the clause
    before it skipped), written and committed before running them (当铺, 挖沙, 乱拆乱建, 年鉴…那部分谁来写,
    自行车的牌证; places dropped or shortened): as found 10 of 12 first, 11 in the top three (镇领导每周
    接待来访群众由谁牵头协调 third, behind clauses on 接待 and 来访 that write no 牵头; 南京自行车的牌证由哪个
    部门管 not in the top three: 非机动车牌、证, no word of the question). The set with it: 1105 of 1168
    first, 1158 in the top three. Then, each a rule of its own (tests below): a bare 归哪个部门 / 归…负责
    ending the question asks who is in charge (OWNER_ASK_RE); a local body asked (地方…, 本地) weighs the
    body managing the matter as no level asked does; 各地, 各县（市、区） name governments (GOVERNMENT_RE);
    asked who leads, a clause writing 牵头 of its unit is no clause stating no lead (LEAD_WRITTEN_RE); a
    compound written without the 小 / 总 of its second word (住宅小区 ~ 住宅区: _contractions); everyday
    words for administrative ones in kg/data/abbreviations.tsv (政务公开, 遛狗 / 养狗). Round 65: 11 of
    12 first after, 11 in the top three. The set: 1111 of 1168 first (95.1 %), 1159 in the top three
    (99.2 %); of the 1156 before round 65, 1100 first (was 1095), 1148 in the top three (was 1147); no
    question fell from first or from the top three.

    Session 36, merged with helper nn36's readings of running text (an inline 一是…二是… list cut into
    its subject's items): prose n167's 城中区生态环境局一是…二是配合…督察反饋問題整改… is now a task of that
    bureau, and its item holds the line's rest, the 南酉山村 clause naming 办事处 and 村委; asked
    城中区南酉山村垃圾站老是不及时清运找谁, the bureau's item comes first and the clause second (top three
    kept). The set: 1110 of 1168 first (95.0 %), 1159 in the top three.

    Session 37 (helper q37). Rounds 66 and 67 (seeds 1266 and 1267, 40 drawn each from the
    collected, prose and langfang builds, the tasks holding an earlier anchor skipped, round 67's
    draw also round 66's; the first 12 askable of each taken in draw order: mention-only draws, cut
    fragments (共数据管理工作。各公共管理和服务机构负责, 县税务局负责的第13件、) and the placeholder clauses
    of 各相关部门 and 其他公共管理服务机构 skipped), written and committed before running them (非遗普查,
    失独家庭, 地下管网, 一天供水一百方, 谣言, 饭店分餐, 独角兽, 工地门口, 农信社, 灭蚊灭鼠, 自行车上路, 河塘
    清淤; places dropped or shortened, 今年): as found round 66 10 of 12 first, 11 in the top three
    (非遗普查由谁来组织 second, behind a 经济普查 clause; 徐庄镇医院的安全生产专项整治谁负责 out of the top
    three: the row writes 医疗机构), round 67 9 of 12 first, 11 in the top three (独角兽公司在廊坊设总部的
    奖励找哪个部门 second, behind the policy table's row of the same measure owned by 各县（市、区）人民政府;
    廊坊年鉴里农信社那一条谁供稿 out of the top three; 上海小区综合管理的工作制度由谁来建 second, behind the
    乡镇/街道 clause writing the same 建立住宅小区综合管理工作制度). The set with them: 1129 of 1192 first,
    1181 in the top three. Then, each a rule of its own (tests below): the question's words that an
    inline list's item (or a paragraph whose owner the text names) writes only in a clause naming
    other doers, or in a sentence naming them, are theirs (_words_of_other_doers: 城中区南酉山村垃圾站
    老是不及时清运找谁, 办事处 first); two characters joined by 、 (牌、证) are posted as the word they make
    and read for two loose characters of the question (牌证); 非遗, 农信社 and 自行车 ~ 非机动车 in
    kg/data/abbreviations.tsv (南京自行车的牌证由哪个部门管 first, was out of the top three). The set:
    1133 of 1192 first (95.05 %), 1183 in the top three (99.2 %); of the 1168 before, 1112 first
    (was 1110), 1160 in the top three (was 1159); no question fell from first or from the top three.

    Session 37 (helper q38). Round 68 (seed 1268, 30 drawn with ``--files`` the files no question
    had asked about: collected oo01-oo09 and 75 prose files; the tasks holding an earlier anchor
    skipped; the first 16 askable taken in draw order, mention-only draws, a cut fragment and the
    placeholder clauses of 各相关部门 / 各单位 / 有关部门 skipped), written and committed before running
    them (店铺招牌, 老树古树, 菜市场, 学校周边, 殡葬, 停车场平时, 补习班, 林子看护, 志愿者, 会同县2023年, 副市长
    是谁): as found 13 of 16 first, 16 in the top three (菜市场脏乱差找谁 second, behind the street office's
    clause on 专职监管人员; 石柱黄水森林公园的林子由谁看护 third, behind the county bureau's and the forest
    police's clauses; 上海管信访和退役军人的副市长是谁 had 彭沉雷副市长's 分工 first, which names the units
    the leader oversees, not owners). The set with them: 1146 of 1208 first, 1199 in the top three.
    Then: _tally counts a unit the first task's leader oversees (1147 first); 脏乱差 ~ 环境卫生 and
    看护 ~ 管护 in kg/data/abbreviations.tsv (both first). The set: 1149 of 1208 first (95.1 %), 1199
    in the top three (99.25 %); every question's top three compared before and after: the three of
    round 68 moved up, 马鞍山城市出入口形象整治谁负责 kept its first and swapped its second and third.

    Session 38 (helper q39). Rounds 69 and 70 (seeds 1269 and 1270, 40 drawn each with ``--files``
    the files no question had asked about, round 70's without those round 69 asked about and its
    draw skipped; the first 16 askable of each), written and committed before running them: as
    found round 69 15 of 16 first, 15 in the top three (小区有物业的话，市容卫生归谁管: its clause
    实行物业管理的，由物业管理单位负责 writes neither 小区 nor 市容, its sentence before does). Then a
    clause opening with a condition takes the sentence before as its lead-in (posted), 市容卫生 ~
    市容环境卫生 and a unit alias inside a longer form is no unit (that question 7th). Round 70 as
    found after them: 13 of 16 first, 16 in the top three (玉林市区里… read as the counties' 区里; a
    traditional copy of the 吉林 clause whose units the build names without 所在地; the 航空港区
    meeting's news sentence before 政法部门牵头组织). Then 市区 asks the city and 市区 ~ 城市规划区: 14
    of 16. The set: 1178 of 1240 first (95.0 %), 1230 in the top three (99.2 %); every question's
    top three compared before and after: none fell from first or from the top three (玉林 moved to
    first, the 物业 question's second and third are now n399's clauses, nine kept their first and
    changed their second or third: 市区 questions and 市容环境卫生 ones).

    Session 38 (helper q40). Rounds 71 and 72 (seeds 1271 and 1272, drawn as rounds 69-70 over
    the 134 files no question had asked about, round 72's draw skipping round 71's, the files round 71 asked about passed over;
    the first 16 askable of each), written and committed before running them: as found round 71
    15 of 16 first, 15 in the top three (抗震救灾工作组里负责受灾群众生活的那个组由哪个部牵头: the group's
    item 群众生活组 first, its unit 民政部 right, but the line 由民政部牵头，外交部…参加 holding the
    anchor 12th: the item's text keeps the heading and duty without it). Then a clause of only who
    leads that its parent's text does not hold takes the parent's text as its lead-in (posted):
    that line second. Round 72 as found (run before that change, and after it): 16 of 16 first. The set: 1209 of 1272 first
    (95.05 %), 1262 in the top three (99.2 %); every question's top three compared before and
    after: none fell from first or from the top three (the 抗震救灾 question entered the top
    three; 平利交通局包片的… kept its first two and changed its third, the index's weights moved).
    Then the prose build grew by six texts (round 116, n402-n407, with the duty reader's fixes of
    that round), the ranking unchanged: their clauses compete for two questions, measured before
    and after the merge — 综合执法部门和其他部门扯皮协调不了找谁 (first -> third: n407's
    城市管理综合执法部门负责… clauses write the question's subject more closely) and
    气象灾害发生后的应急处置由哪些部门做 (third -> fourth: n405's 气象灾害应急指挥部). The set: 1208
    first, 1261 in the top three. Then 其他部门 ~ 有关部门 and 协调不了 ~ 不能协调 (everyday words,
    kg/data/abbreviations.tsv): the first of the two first again and 物业管理条例的实施其他部门要协同吗 (out
    of the top three since round 64) first; every question's top three compared before and after:
    none fell from first or from the top three, eight changed their second or third. The set: 1210
    first (95.13 %), 1262 in the top three (99.2 %).
    Rounds 73 and 74 (seeds 1273, 1274, session 39's helper q41; drawn as rounds 71-72 from the
    files no question had asked about, round 74's skipping round 73's draws and files), written
    and committed before running them: as found round 73 15 of 16 first, 16 in the top three
    (县城里的市容环境卫生执法由哪个部门负责 second, behind 市、县城市管理综合执法部门…, whose 县城市 holds the
    characters 县城); then 县城 asks the county's bodies as 县里 does: first. Round 74 as found (with
    that change) 15 of 16 first, 16 in the top three (内蒙古保障性安居工程补助资金的分配方案谁来定
    second: the 财政厅's clause writes 补助资金, the short form its document's 第一条 defines for
    …城镇保障性安居工程补助资金); then a clause writing a short form its document defines is
    posted the full name's words: first. Every question's top three compared before and after each
    change: none fell from first or from the top three; three (酉阳县城…, 平利县城物价局…, 景宁县城…)
    changed their second or third with the first. The set: 1242 of 1304 first (95.25 %), 1294 in
    the top three (99.2 %). Merging round vv (session 39) cost one: 鞍山老百姓收入跟上经济增长这件事谁牵头
    asks au01's last target, whose 责任单位 line the excerpt's edge cuts (…各开发区管委); a task whose
    annotation is cut is no longer read (reported as E306, as the answer sets' rule has it: no
    record), so its lead is not given: 1241 first, 1293 in the top three.
    Rounds 75 and 76 (seeds 1275, 1276, session 39's helper q42; drawn as rounds 73-74 from the
    files no question had asked about, round 76's skipping round 75's draws and files), written and
    committed before running them: as found round 75 16 of 16 first; round 76 15 of 16 first, 15
    in the top three (濮阳马路上的井盖坏了找谁: the clause on 井框、井盖, nobody's, first, the
    市政主管部门's 窨井设施的日常监管 out of the top 40). Then 井盖 ~ 窨井 and 马路 ~ 城市道路 (everyday
    words, kg/data/abbreviations.tsv): first; and two more of the class (下水道 ~ 排水设施, 电瓶车 ~
    电动自行车). Every question's top three compared before and after: none fell from first or
    from the top three; four (马鞍山城市出入口…, whose 马 of 马鞍山, no word, now starts 马路; 南京挖马路…;
    two 电动自行车 questions) changed their second or third only. The set: 1273 of 1336 first
    (95.28 %), 1325 in the top three (99.18 %).
    Rounds 77 and 78 (seeds 1277, 1278, session 39's helper q43; drawn as rounds 75-76 from the
    80 files no question had asked about, round 78's skipping round 77's draws and files), written
    and committed before running them: as found 16 of 16 first in each. Then the clause of a
    sentence that writes the act asked (谁来配合) takes the score of the clause before it in that
    sentence when that one does not write the act (its matter is the answer's too): 开发区外执法部门
    检查区内企业时谁来配合 (round 20) first. Every question's top three compared before and after:
    none fell from first or from the top three; one (学校开展的法律援助活动归谁指导监督) changed its
    third only. The set: 1306 of 1368 first (95.47 %), 1358 in the top three (99.27 %).
    Prose round 119 (session 39's helper pr41) added n424, 辽宁's 村委会 implementing rule, whose
    第四条 writes the law's own 乡…人民政府对村民委员会的工作给予指导、支持和帮助 for the same unit:
    村委会工作谁来指导 (asked of n37's wording) ranks n424's clause first and n37's second, the
    unit the same; with main's duty reader and the same texts the prose questions answer alike
    (602 of 633 first both ways), so the text, not the reader, moved it. Merged: the set 1305 of 1368 first (95.39 %), 1358 in the top three (99.27 %).
    Prose round 120 (session 39's helper pr42) added n428-n433; n433, 广西's 土地整治办法, writes 整治 nine times, so
    the word weighs less: 建材市场整治的责任分工谁来细化 ranks its anchored clause (会议明确，一是各牵头单位…进行分工) second,
    behind the same excerpt's 各有关单位要按照职责分工…进一步分解细化. Main's duty reader with the same texts answers
    the prose questions alike (617 of 657 first both ways; 618 with the texts before), so the text, not the reader,
    moved it: 1304 of 1368 first (95.32 %), 1358 in the top three (99.27 %).
    Rounds 79 and 80 (seeds 1279, 1280, session 40's helper q44; drawn from the 67 files no
    question had asked about, round 80's skipping round 79's draws and files and, as only 44
    tasks were left there, its last four from the files asked about once), written and committed
    before running them: as found round 79 16 of 16 first; round 80 15 of 16 first, 16 in the top
    three (德化发生突发事件，谁负责同时报告县里的主管部门 third: the index's cut of 应同时报告县主管部门
    is 同 / 时报 / 告, so the clause lacks 同时, and it lacks the setting's 发生, which the numbered
    step before it writes; the clauses of the same excerpt that write 发生 and 报告 rank above it).
    Five general rules tried for it and the old misses (the bigrams of 县里的X as 县X, a title's
    word written apart, a word the text writes but its cut split, the setting clause's words at half
    weight, word order as pairs of words) moved it at most to second and cost other questions or
    none: none kept. The set: 1335 of 1400 first (95.36 %), 1390 in the top three (99.29 %).
    Prose round 122 (session 40's helper pr44) added n440-n446; n441, 三亚's 物业管理实施办法, writes
    市级物业管理联席会议由市政府负责组织召集 and 区（镇）物业管理联席会议由…负责组织召集: 物业管理联席会议由谁召集
    (asked of another text's 物业管理联席会议的召集…由街道办事处（镇人民政府）负责) ranks those two clauses, the
    question's words all theirs, above it (third). Main's duty reader with the same texts answers the
    prose questions alike (635 of 677 first both ways, no question's top three different), so the
    text, not the reader, moved it: 1334 of 1400 first (95.29 %), 1390 in the top three (99.29 %).
    Round 81 (seed 1281, session 40's helper q45; drawn from session 40's new files yy01-yy05,
    zz01-zz02, n435-n439), written and committed before running: as found 14 of 16 first, 15 in
    the top three (乡镇上出了食品安全事故，谁配合县里调查处理 second, behind another text's township
    office clause that answers it as well; 农村红白喜事办酒席找谁指导 out of the top three: 红白喜事 ~
    婚丧嫁娶, a row of kg/data/abbreviations.tsv, moved it first and no other question's top three).
    The set: 1349 of 1416 first (95.27 %), 1406 in the top three (99.29 %).
    Round 82 (seed 1282, q45; the same new files and prose n440-n446, round 81's draws skipped),
    written and committed before running: as found 15 of 16 first (扫盲工作具体归哪个部门管 out of
    the top three; 扫盲 ~ 扫除文盲 in kg/data/abbreviations.tsv moved it second, behind the same
    document's clause on the education departments' 具体 staff, the same unit; no other top three
    changed). The set: 1364 of 1432 first (95.25 %), 1422 in the top three (99.30 %).
    Rounds 83 and 84 (seeds 1283, 1284, session 41's helper q46; drawn from the files no question
    had asked about, units-dlc's texts among them, then from files asked about once), written and
    committed before running: as found round 83 15 of 16 first, 16 in the top three (河长办成员单位
    定期协商和联合督导的机制归哪个部门牵头 second, behind another government's excerpt writing the same
    paragraph; the question names no place); round 84 13 of 16 first, 15 in the top three
    (乡政府里面管维稳、做群众工作的是哪个办 third, 云南县里的丧葬事务归哪个部门管 second, 佛山开宠物狗店
    卖狗谁来监管 out). 维稳 ~ 维护稳定, 丧葬 ~ 殡葬 and 狗 ~ 犬只 (kg/data/abbreviations.tsv) moved the
    first two first and the third second (behind the 公安机关's 主管…养犬; 经营 is no form of 卖);
    a word a corpus term of the index's cut straddles (同时 of 应同时 / 时报告县) indexed moved round
    80's 德化 question first; no question fell. The set: 1395 of 1464 first (95.29 %), 1454 in the
    top three (99.32 %).
    Rounds 85 and 86 (seeds 1285, 1286, session 41's helper q47; drawn from the newest files,
    prose n447-n452, units-dlc round 9 and collected ld01, and from files asked about once),
    written and committed before running: as found 16 of 16 first each (居委会 read as 居民委员会;
    喀左, 三农, 放学 and 天然气 not read as their full forms, those questions first through their
    other words). The set: 1427 of 1496 first (95.39 %), 1486 in the top three (99.33 %).
    Session 41's helper ex41 (issue 12, extraction behind the misses): a 职责 heading split by a wrap
    (…副主任 职 / 责领导小组办公室设在…) and a place people come from (武汉等地来高人员) taken for a
    county template's own moved 联防联控领导小组的日常工作谁承担 first (领导小组办公室, no longer
    武汉市责领导小组办公室), and a matter's role body kept as written (事项的牵头部门, as 事项牵头部门) moved
    属地管理事项的运行流程图由谁绘制 first. The set: 1429 of 1496 first (95.52 %), 1486 in the top three.
    Rounds 87 and 88 (seeds 1287, 1288, session 42's helper q48; drawn from session 42's new files,
    prose n453-n462 and units-dlc round 10, then from an old file no question had asked and from files
    asked about once), written and committed before running: as found 15 of 16 first each, 16 in the
    top three (民族乡的成立最后由哪一级政府决定 second: 民族乡, the alias of 民族乡人民政府, boosted another
    clause that names it; 河长定下来的事项由哪个机构负责落实 second: 定 a loose character). A unit written
    before 的 and its setting up (CREATED_AFTER_RE) is what is set up, and 定下来 ~ 确定 (kg/data/
    abbreviations.tsv): both first, no other question's top three changed. The set: 1461 of 1528 first
    (95.61 %), 1518 in the top three (99.35 %).
    Session 42's helper pr48 (prose round 126, n463-n466, no question of its own): two questions on
    the prose build fell from first to second, both still in the top three. 联席会议什么时候开由谁提出:
    n465's new clause 联席会议将加强…，研究审定联席会议办公室提出的… (a 联席会议's duties, no place in
    the question to tell the notices apart) now ranks above n185's 由联席会议办公室提出…召开 (9.75 to
    7.76); 小区物业管理归哪个部门指导监督: no new text speaks of 物业, but four more documents shift the
    words' weights and n77's 古树名木…由物业管理部门… passes n112's 物业行政主管部门指导监督 (6.60 to
    6.49, 6.52 to 6.71 before). The act asked after 哪个部门 / 哪些单位 as after 谁 (VERB_ASKED_RE:
    …归哪个部门指导监督 asks who 指导监督; a clause without it keeps VERB_MISSING_FACTOR of its score) moved
    the second back first, no other question of the set changed. With rounds 87-88 merged: 1460 of 1528
    first (95.55 %), 1518 in the top three (99.35 %); rounds 87-88's 32 questions all first.
    Session 42's helper pr49 (prose round 127, n467-n470, no question of its own): two
    prose questions fell from first to second, both near ties between two clauses of the question's
    own document flipped by the four documents' shift of the words' weights (no new text in either
    top three, no export of an older file changed). 兴业县地震救灾指挥部的日常工作由哪个局承担: the
    指挥部's list of duties now ranks above its office's 指挥部办公室设在县应急管理局，承担指挥部日常工作
    (34.12 to 34.04; 33.97 to 34.03 before); 桂林哪些部门协同实施地下管线办法: 市规划、住建部门…共同组织…
    above the departments' list that answers it (33.97 to 33.96; 33.86 to 33.89 before). No other
    question changed: 1458 of 1528 first (95.42 %), 1518 in the top three.
    Session 42's helper ex42 (issue 12, extraction behind the misses): 辖区政府 read as the government of the
    area (as 所在地政府) moved 禁放烟花爆竹的主要责任由谁承担 first, and 国务院 alone a subject with a copy's
    lost 、 (国务院.中央军事委员会) read as the list moved 全国征兵工作部际联席会议制度是谁建立的 first. The set:
    1461 of 1528 first (95.61 %; pr49's near tie 桂林哪些部门协同实施地下管线办法 back first, the words'
    weights shifted by the new duties), 1518 in the top three.
    Rounds 89 and 90 (seeds 1289, 1290, session 43's helper q49; drawn from session 42's new files,
    units-dlc round 11, prose n463-n470 and collected cf01-cf04, then from files asked about once),
    written and committed before running: as found round 89 12 of 16 first, 15 in the top three
    (上车管所办机动车登记… third, 哈尔滨的养老院…消防检查找谁 second, 青海生态气象示范省建设谁牵头 third,
    四川有人偷电，归哪个部门管 out); round 90 14 of 16 first, 16 in the top three (海南的生态红线谁来
    监管 third, 云南防洪工作中，建设部门负什么责 second). 偷电 ~ 窃电, 车管所 ~ 车辆管理所 and 生态红线 ~
    生态保护红线 (kg/data/abbreviations.tsv) and a field's bare name before 部门 read as its department
    though a longer word opens there (建设部 / 门): 偷电, 车管所 and 建设部门 first, 生态红线 second; no
    other question's first or top three changed. The set: 1490 of 1560 first (95.51 %), 1550 in the
    top three (99.36 %).
    Session 43's helper pr50 (prose round 128, n471-n474, no question of its own): three prose
    questions fell from first to second and one rose, all in the top three. 洪水冲坏的市政设施谁来抢修
    (no place asked): n474's working group, newly read as the holder of its subject-less measure
    城市基础设施抢险与应急恢复组 / 主要应急措施：组织力量对灾区被破坏的…市政设施进行抢排险 (a 龙胜 earthquake
    plan), ranks above the asked county's 负责灾后水毁市政基础设施的抢险修复工作 (15.43 to 7.82): another
    county's answer to the same question. Two near ties of the question's own document flipped by
    the four documents' shift of the words' weights: 桂林哪些部门协同实施地下管线办法 (34.06 to 34.05, as
    pr49 saw it) and 南京自行车上路的交通管理归谁 (two clauses of the same unit, 26.77 each);
    兴业县地震救灾指挥部的日常工作由哪个局承担 back first (34.19 to 34.02). No export of an older file
    changed: 1459 of 1528 first (95.48 %), 1518 in the top three. Both merged: 1488 of 1560
    first (95.38 %), 1550 in the top three (99.36 %). Session 43's cc43 (collected cg01-cg05) and rc43:
    1489 first. The lead's level lists (各市（州）、县（市、区）人民政府… read, a level's government by
    its level alone a collective; session 43): 武胜县城里的黑车谁来打击 second, a near tie of its own
    document's two clauses (12.55 to 11.82 before, 12.00 to 12.13 after; no row of that document
    changed: the new clauses elsewhere shift the words' weights): 1488 of 1560 first, 1550 in the
    top three.
    Session 43's helper pr51 (prose round 129, n475-n477, no question of its own): one prose
    question fell out of the top three. 电动车充电的消防安全归哪个部门管 (no place asked, round 38, drawn
    from 达州's n296): 淮安's new 条例 (n475) says it in the question's own words
    (消防救援机构负责住宅小区电动自行车充电消防安全的监督管理, 40.75; its 住房和城乡建设部门 is second) and
    上党区's 物业服务人…负责…停放充电场所的消防安全管理 (n477, newly read) third, so n296's 消防救援机构负责电动
    自行车相关消防安全行为的监督管理工作 (16.69) is fourth: another city's answer naming the same holder
    (消防救援机构). No export of an older file changed by the texts; 1549 in the top three.
    Session 44's lead: a place named as a doer is its government (浦东新区's regulation's title, whose
    unit was 上海市浦东新区 as written, is 浦东新区人民政府's): the question 浦东的高水平知识产权保护制度谁来建立
    expects that unit by its new name (the same body; its task first as before).
    Rounds 91 and 92 (seeds 1291, 1292, session 44's helper q50; drawn from session 43's new files,
    units-dlc round 12, prose n471-n477 and collected cg01-cg05, then from files never or once
    asked), written and committed before running: as found round 91 14 of 16 first, 15 in the top
    three (在广东，家政这个行业是哪些部门在管 out: the 省人民政府… clauses' units are named 广东省…, so the
    question's 广东 counts for them and not for the 县级以上人民政府… list asked of, and the 商务主管部门's
    own 家政服务业 clause is as good an answer; 山东铁路沿线的安全，地方公安部门要不要管 second, behind the
    same law's 铁路沿线的治安秩序…以地方公安机关为主, which answers it too); round 92 (after round 91's
    rows) 15 of 16 first, 16 in the top three (地名管理工作国务院哪些部门负责 second, a near tie behind the
    same article's 国务院民政部门负责全国地名工作的统一监督管理). 老百姓 ~ 居民 and 黑车 ~ 非法营运
    (kg/data/abbreviations.tsv): 鞍山老百姓收入跟上经济增长这件事谁牵头 out -> second (鞍山's own clause
    has no unit in the build; 立山区's is second, 海城's 农村居民… first) and 武胜县城里的黑车谁来打击
    second -> first; no other question's first or top three changed. The set: 1518 of 1592 first
    (95.35 %), 1581 in the top three (99.31 %); of the 1560 before, 1489 first and 1550 in the top
    three. Session 44 (ex44): 学校、未成年人的监护人应当… read as 学校's duty (prose n364, the guardians
    no unit): 学校要对学生做安全燃放烟花爆竹的宣传教育吗 out -> first, and 广安过年放鞭炮的管理有哪些部门负责
    first -> second (the new row holds 燃放烟花爆竹 as the question's 放鞭炮 reads; a school is no 部门,
    which the ranking does not weigh): 1518 first, 1582 in the top three (99.37 %).
    Session 45 (lead): ten expected units renamed with their bodies, each task still first (the
    municipalities' committees by their full names, 宁波市交通委 -> 宁波市交通委员会, 成都市城管委 ->
    成都市城市管理委员会, 区农业农村委 -> 区农业农村委员会, 教委 -> 教育委员会, 万州区住房城乡建委 ->
    万州区住房和城乡建设委员会, 北京市通州区城市管理委 -> 北京市通州区城市管理委员会; 上海市高院 ->
    上海市高级人民法院; 镇人民政府 of 各有关部门、镇人民政府、街道办事处 -> 各镇人民政府): 1518 / 1582.
    Then ten more renamed with their bodies of 2000-2018 (广州市经贸委 -> 广州市经济贸易委员会, 县环保局 ->
    县环境保护局, 成都市工商局 -> 成都市工商行政管理局, 池州市工商质监局 -> 池州市工商质量技术监督局, …),
    each task still first; and two fell from first to second: 防汛预案操作演练谁来组织 (prose n20's
    unnumbered lines headed by their bodies are tasks now, and 县教育体育局:负责…防汛…演练… outranks the
    防汛指挥部办公室 clause, 17.79 against 17.18) and 桂林哪些部门协同实施地下管线办法 (a near tie of one
    article's two clauses, 34.17 / 34.15, flipped by the new tasks' word weights): 1516 / 1582.
    Session 45's helper pr53 (prose round 131, n481-n483, no question of its own): one prose
    question fell from first to second, the near tie pr49 and pr50 saw flip: 兴业县地震救灾指挥部的日常
    工作由哪个局承担, the 指挥部's list of duties now above its office's 指挥部办公室设在县应急管理局，承担
    指挥部日常工作 (34.38 to 34.37; 34.26 to 34.35 before), the three documents' shift of the words'
    weights (n482 says 承担…日常工作 too; its texts alone, with main's parser, move it; no row of that
    document changed). Tried and backed out: n307's items under X应当对Y履行下列职责情况进行监督： given to
    Y put Y's items above the header for 医保经办机构的工作谁来监督 (first -> third) and 定点医院履行服务
    协议的情况谁监督 (out of the top three). 1517 first (95.29 %), 1582 in the top three.
    Rounds 93 and 94 (seeds 1293, 1294, session 45's helper q51; drawn from session 44's new files,
    units-dlc round 13, prose n478-n480 and collected ch01-ch03, then from files never or once
    asked), written and committed before running: as found round 93 15 of 16 first, 16 in the top
    three (省里救助流浪乞讨人员的工作由谁统筹协调 second, behind 北京市's 联席会议 writing 全市: 省里 asked
    no level); 省里 / 省本级 / 省一级 ask the province's body (LEVEL_ASKED): first, no other question's
    first or top three changed. Round 94 (after that fix) 13 of 16 first, 16 in the top three
    (在直辖市办机动车登记找哪个部门 second: 办 of 办理 a loose character, 省级…指导、检查和监督 first;
    衢州农村的村庄规划谁来编 first with the anchor but 街道办事处's exception clause of the same
    article; 威海的养老服务保障卫健部门管不管 third, behind two clauses writing 卫生健康部门 whole).
    A clause narrowed to a case the question does not write (NARROWED_RE) keeps NARROWED_FACTOR:
    衢州 first, no other question's first or top three changed. The set: 1548 of 1624 first
    (95.32 %), 1614 in the top three (99.38 %).
    All of session 45 merged (lead45, pr53, q51): 1544 of 1624 first (95.07 %), 1614 in the top three
    (99.38 %). Of q51's 1548: the three above (lead45's 防汛 and 桂林, pr53's 兴业县) and 粤环保工作归哪个
    部门统一监督管理 second (肇庆's 市环保局…统一监督管理 clause, its unit now named 肇庆市环境保护局, whose
    环境保护 the question's 环保 reads as well: 24.26 against the province's statute's 23.19).
    Rounds 95 and 96 (seeds 1295, 1296, session 46's helper q52; round 95 drawn from files no
    question had asked about, round 96 from files asked about once; 30 drawn each, the first 16
    askable taken in draw order: an introduction, a bare heading and a generic closing skipped),
    written and committed before running (short forms, 几个月, 拆掉, 哪一级政府, a place, no place):
    as found round 95 15 of 16 first, 16 in the top three (青海把乡村振兴纳入国民经济和社会发展规划是谁的事
    second: its clause is cut in the source, 各级人民政府应当将乡村振兴促进工作纳入国民, and 青海's 防震减灾
    clause writes the rest); round 96 14 of 16 first, 15 in the top three (殡葬管理委员会由哪一级政府来建
    second, behind the committee's own clause, boosted as the unit named; 城中村的旱厕谁负责拆掉或者改建
    out: the item's 整改要求 clause, read from the next line, gave its score to the item's line
    迎宾大道…旱厕外露, which does not write it). The set as found: 1573 of 1656 first (94.99 %), 1645 in
    the top three. A unit named before who sets it up (CREATED_ASKED_RE) is the object: 殡葬 first;
    a paragraph takes its clause's score only when its text holds the clause (_holds): 旱厕 first;
    no other question's first or top three changed. The set: 1575 of 1656 first (95.11 %), 1646
    in the top three (99.40 %). Tried and backed out: a place word of the question counted for no
    task (the place filters; 哈尔滨 counted for 哈尔滨市住建部门's clause through its unit's name and not
    for the 消防救援机构's beside it): 2 up (哈尔滨, 海南), 13 down; the place word credited to every task of the place
    asked: 1 up (哈尔滨's 消防检查), 1 down (石景山街道党工委…谁牵头完善); a field's bare name before a
    word of the matter (消防重点单位) read as no unit: 0 up, 1 down (苍南…卫生院…由哪个局牵头).
    Session 46's helper q53, on the 81 not first: most are near ties of one document's clauses or
    the same text in two documents; the place word q52 found is a cause of three (哈尔滨, 海南, 广东's
    家政: the place matched only the tasks whose units the build had named with it). Tried and
    backed out in the index writer: a resolved unit's name without the place the build put before
    it: 2 up, 23 down (the place in a unit's name tells a city's clause from its counties' within
    one place's texts: 许昌, 丽水, 成都 …); the document's place for every task: 2 up, 6 down (濮阳's
    产权单位, 开封's 新闻媒体, 义乌's 各镇（街道）, 许昌's 县（市）…, 石景山's 街道党工委 took it too). Kept
    (search_index._of_the_place): a body of government named without a level or place of its own
    (消防救援机构) or of every level from the county up (县级以上人民政府) has its document's place
    among its words: 哈尔滨的养老院…消防检查找谁 and 海南的生态红线谁来监管 first; down: 河南邮政网点服务
    三农是谁的责任 (second: 河南's 县级以上人民政府 clause has 河南 now, the drawn clause is an
    enterprise's, 邮政企业, which an actor's name does not take). The set (q53 alone): 1576 of 1656 first
    (95.17 %), 1646 in the top three (99.40 %).
    Prose round 133 (helper pr55) added n490, an explainer page whose sentence 卫生局是地方各级医院的
    主管部门，…分管… states who is in charge of hospitals: 宠物店和宠物医院的登记谁管 is now second (the
    hospitals and 谁管 read in it, 6.76, against the anchor's 市场监督管理部门负责犬类经营和诊疗市场主体的
    登记, 3.74; the new text's words, no code of the ranking): on its own 1574 of 1656 first (95.05 %), 1646 in the
    top three, no other question moved. With q53's change and all of session 46 merged
    (the lead's, pb50's): 1575 of 1656 first (95.11 %), 1646 in the top three (99.40 %).
    Session 47's helper q54, on the 81 not first (grouped by cause: near ties of one document's
    clauses on the same words, BM25's term counts and lengths deciding; a 归谁管 asked, 主管, and
    which clause has it; a task the build gives no unit or another unit's name; the same text in
    two documents): the act asked after 哪个局 / 哪个委 / 哪个办 as after 哪个部门 (VERB_ASKED_RE:
    兴业县…日常工作由哪个局承担 first); a unit named before any act asked is what the act is done to
    (_acts_on_the_matter: 联席会议什么时候开由谁提出, 粤环保工作归哪个部门统一监督管理 first; a first try
    without the 负 of 谁负领导责任 put 镇里的环境保护工作谁负领导责任 second, the field 环境保护 read as the
    object); 加强对X的具体管理 manages X (MANAGES_RE: 扫盲工作具体归哪个部门管 first); a clause opening
    with its unit's own duty before the sanction of what it finds is no sanction clause
    (_duty_before_sanction: 秸秆焚烧的现场执法检查由哪个部门负责 first, its expected unit renamed 县环保局 ->
    县环境保护局 as its sibling question's was). No question fell: 1580 of 1656 first (95.41 %), 1646 in
    the top three (99.40 %). Tried and backed out: a word of the question the task's text writes
    whole counted whole whatever the index's cut (社会发展 of 社会发展规划, cut 社会 / 发展): 1 up
    (区域卫生规划谁纳入…), 2 down (凤屯镇's 镇政府 read across 鳳屯鎮|政府文件; 不归旗县政府管的执法部门…谁来监督,
    the 城管执法部门 clause's 执法部门 whole), 1 out of the top three; the demonstratives and
    fillers 这个 / 这些 / 那个 / 那些 / 这件事 / 有人 / 时候 as question words: 1 up (吉林有人在地里烧秸秆谁来
    制止), 1 down (南昌…有人殴打执法人员谁来处理, a near tie of one article's lines moved by the smaller
    mass), none moved without 有人; the share of the question's bigrams a task's text writes as a
    factor (a tenth to two fifths of the score): 0 up 1 down, 3 up 5 down, 6 up 10 down; the words a
    task has only in its own unit's name counted at half (the task's own words, not its unit's): 5
    up, 18 down (a 归哪个部门管 is answered by the body whose name holds the matter: 湿地保护管理机构,
    the yearbook's contributors, the one a question opens with), at four fifths 3 up, 6 down; the
    share of the question's mass the task's own text writes as a tie-break (a twentieth to a fifth
    of the score): 0, 1 up 2 down, 1 up 5 down; a clause writing the matter only in its 在…时 frame
    (市规划行政主管部门在编制停车场专业规划时，应当征求…意见) at NARROWED_FACTOR: none moved.
    Rounds 97 and 98 (seeds 1297, 1298, session 47's helper q55; 30 and 34 drawn, the first 16
    askable taken in draw order: three mention-only draws, a cut fragment, a bare 认真抓好工作落实 and
    a mention-only title skipped; round 97 from files no question had asked about, prose n458 and
    n485-n493 and collected ax02, round 98 from files asked about once), written and committed
    before running (养狗, 创卫, 网格员, 电动车, 出店, 几个部门; a place, no place, a number): as found
    round 97 14 of 16 first, 16 in the top three (创建国家卫生城市，主体责任由谁来担 third: the plan's
    title is glossed, 创（chuàng）建国家卫（wèi）生城市, so its words counted for none of its tasks;
    四川网络市场监管的厅际联席会议哪个局牵头 second, behind the meeting's own duties); round 98 14 of 16
    first, 16 in the top three (商户出店占道经营，由谁负责规范 third: the 整改措施 line's clause names its
    matter only as 上述出店商户; 本市安全生产工作的综合监督管理由哪个局履行 third, a near tie, 20.63
    against two copies of 安全生产监督管理部门负责燃气安全生产工作的综合监管, 21.16). The set as found:
    1608 of 1688 first (95.26 %), 1678 in the top three (99.41 %). A mirror's glossed title and
    glosses in half-width brackets (鳳屯鎮(zhèn)) indexed without them (search_index._unglossed):
    创卫 first; a clause naming its matter as 上述 / 前述 / 上列 on a line its parent does not hold
    takes the parent's text as its lead (_sentence_lead): 出店 first; the lead asked whether or not a
    unit is named (unless its own role is asked) and X为牵头单位 read as writing the lead
    (LEAD_WRITTEN_RE): 青海生态气象示范省建设谁牵头 (round 89) first; each 1 up, none down. The set: 1611
    of 1688 first (95.44 %), 1678 in the top three (99.41 %). Tried and backed out: a group named
    before 牵头 (联席会议, 小组, 工作组, 专班) read as the object of the lead asked, any group so named
    (网络市场监管厅际联席会议 of 网络市场监管的厅际联席会议) owning no answer: none moved (四川 still
    second: 市场监管 of 网络市场监管 reads as the 市场监管 bodies' alias, and the meeting's name holds
    the question's words). Left alone: the 出店 clause's unit is cut by the reader (市容环境整治联 of
    市容环境整治联合执法组, the expected unit written as the build names it); the 安全生产 near tie.
    Rounds 99 and 100 (seeds 1299, 1300, session 48's helper q56; 40 drawn each, the first 16 askable
    taken in draw order: mention-only draws, cut fragments, a bare title skipped; round 99 from files no
    question had asked about, prose n156-n499 — n493-n498 among them —, round 100 from files asked about
    once), written and committed before running (筹委会, 谋深谋实谋透, 放在哪个部门, 三个月, 六十岁, 预付卡;
    generic owners 各部门 / 有关部门 / 责任科室; a place, no place; texts in traditional characters asked in
    simplified): as found round 99 15 of 16 first, 16 in the top three (开州区…联席会议的办公室放在哪个部门
    third, behind the meeting's own duties); round 100 15 of 16 first, 16 in the top three (人大代表建议和政协
    提案要三个月内答复 second: the notice writes 3个月). The set as found: 1641 of 1720 first (95.41 %), 1710
    in the top three (99.42 %). A body named before 的办公室 / 日常工作 / 办事机构 is what its office serves
    (OFFICE_AFTER_RE; the office the name's ending and 办公室 name is the unit asked, _office_of; a clause
    writing no office ranks lower): 开州 first; a Chinese numeral before what it counts is a number of the
    question (CN_NUMBER_RE, _question_numbers: 三个月 ~ 3个月): 三个月 first; a group named before the lead
    asked owns no answer by its own duties, and a charter's title writing the group's name as the question
    does gives its tasks the name's words whole (_group_named_in): q55's 四川网络市场监管的厅际联席会议哪个局牵头
    first (each part alone moved nothing); each 1 up, none down. The set: 1644 of 1720 first (95.58 %), 1710
    in the top three (99.42 %). Prose round 137 (pr59) added a 网格化服务管理规定 (n506) whose
    乡镇人民政府、街道办事处负责…，实施网格员日常管理、教育培训、考核奖惩等工作 answers 网格员谁来考核 too (a true
    answer, read so by main's parser as well): round 18's 社区居民委员会 third, in the top three (1643 / 1710).
    Session 48 (the lead): a congress's standing committee is one unit however written, named in full as
    its documents name it (市人大常委会 is X人民代表大会常务委员会): round 19's expected unit renamed with it
    (阿坝藏族羌族自治州人大常委会办公室 -> …人民代表大会常务委员会办公室, the same office, the same task first).
    Rounds 101 and 102 (seeds 1301, 1302, session 49's helper q57; 40 drawn each from the collected and
    prose builds of main 6d2598da, the first 16 askable taken in draw order: cut fragments (网格化工作机构制定),
    mention-only draws and a member list's introduction skipped; round 101 from files no question had asked
    about (drawn from prose n155, n367, n489, n500-n503, the newest, and collected cg01, qq05), round 102 from
    files asked about once), written and committed before running (环保总局, 林业站, 过紧日子, 菜篮子, 低保,
    哪一级政府, 哪几个局; a place, no place; traditional texts asked in simplified). Two draws of round 102
    held the anchor of an earlier question (n181's 协调会议, n260's 专项资金: the draw did not skip the earlier
    anchors) and were replaced by the next two askable draws, written before running them. As found: round
    101 15 of 16 first, 16 in the top three (景东县乡镇辖区内的林业工作由谁依法管理 second, behind the county
    bureau's 依法管理辖区内的林业工作 of the same regulation: the question was cut 景东 + 县乡 + 镇, and the
    station's text writes 乡（镇）, never 乡镇); round 102 16 of 16 first. The set as found: 1674 of 1752
    first (95.55 %), 1742 in the top three (99.43 %). A place the question names with its level (景东县,
    巴南区) closes its name, its level starting no word with what follows unless they ask a level (景东县城)
    (_parse); 乡镇辖区 / 街道辖区 asks
    the township's level (LEVEL_ASKED); a level bracketed with its alternatives, 乡（镇）, 县（市、区）, is
    indexed with the word they make (search_index.level_alternatives: 乡镇, 县市): 景东 first (only the
    three together move it), and round 37's 巴南区镇街防灾工作站负责什么 (cut 区镇 before) first; none down.
    The set: 1676 of 1752 first (95.66 %), 1742 in the top three (99.43 %). Tried and backed out: a space
    before every unit name the question holds (so 乡镇 stays a word after 景东县): 0 up, 3 down (县城建设…
    read as 县 + 城建 + 设, 镇里的环境保护工作谁负领导责任).
    Session 49 (the lead): a township's own 镇人民政府 in its document is that township's government, named (it
    was kept as written): round 14's expected unit renamed with it (镇人民政府 -> 牟定县凤屯镇人民政府, the same
    task first).
    Prose round 139 (pr61) added 山东's 学校安全条例 (n513) whose 乡镇人民政府、街道办事处应当依法履行学校安全工作职责
    answers round 60's 乡镇和街道在学校安全上要做什么 too (a true answer, ranked so by main's code on the same
    texts as well): n368's 街道办事处应当协助有关部门共同做好学校安全工作 second, in the top three (1675 / 1742).
    Session 50 (the lead): a township's plan titled with its name and the year (徐庄镇2017年度安全生产专项整治…) is the
    township's own document, its bodies named with it: round 21's expected unit renamed (镇安委会办公室 ->
    徐庄镇安委会办公室, the same task first); an autonomous place's short form with its level word names the place's
    own body in full: round 57's expected unit renamed (木垒县水利局 -> 木垒哈萨克自治县水利局, the same task first).
    Session 50's pb55 reads a township's notice titled by its name (oo01, 白土乡) as the township's own: round 103's
    expected unit renamed (乡产业发展服务中心 -> 黔江区白土乡产业发展服务中心, the same task first).
    Rounds 103 and 104 (seeds 1303, 1304, session 50's helper q58; 40 drawn each from the collected and
    prose builds of main 95ac0031, the tasks holding an earlier question's anchor left out of the pool
    (--skip), the first 16 askable taken in draw order: mention-only draws, a cut fragment
    (网格化工作机构制定), role placeholders (成员单位), a preamble (在以习近平同志为核心的党中央坚强领导下…),
    an annotation line with no matter (分管领导：…部门分工：…) and the traditional copy of a clause already
    drawn skipped; round 103 from the files no question had asked about (23 prose files, n132-n515, the
    newest n504-n515 among them, and collected am05, c12, ll05, oo01, t04; the langfang build's one such
    file, 001, in the pool, its draw mention-only), round 104 from files asked about once), written and
    committed before running
    (央企, 省企, 疾控局, 城管委, 危化品, 编办, 托育, 禁烧; 找谁, 归哪个局, 谁牵头, 哪几个部门; a place, no place, a year;
    traditional texts asked in simplified). As found: round 103 13 of 16 first, 16 in the top three; round
    104 13 of 16 first, 16 in the top three. The set as found: 1701 of 1784 first (95.35 %), 1774 in the
    top three (99.44 %). 主管 in the name a copula designates (X是本市公园行政主管部门) is the word 归谁管
    asks, not a body's name only (DESIGNATED_OWNER_RE, _named_owners): 淮南的公园归哪个部门管 first; a
    question naming a city and no lower level asks the city's own bodies (a clause owned only at the
    county level, 县（区）人民政府…主管部门负责本行政区域内…, keeps PLACE_NEAR of its score): 濮阳农村生活垃圾
    治理归哪个局管 and round 67's 独角兽公司在廊坊设总部的奖励找哪个部门 first; a question asking who 负责 the
    matter ranks the clause whose unit 负责 a word of it (RESPONSIBLE_ASKED_RE, RESPONSIBLE_FACTOR 1.1; at
    1.05 none moved, at 1.2 round 87's 乡里的安全生产按属地管理由谁负责 down): 山东中小学校园安全由哪一级政府负责
    and round 92's 地名管理工作国务院哪些部门负责 first; none down. The set: 1706 of 1784 first (95.63 %), 1774
    in the top three (99.44 %). Not first of the two rounds: 县里央企、省企下面的分支机构和参股企业，安全生产找谁管
    (first is the traditional item of the same text holding the anchor, its unit read 所在地乡镇人民政府 where
    the simplified clause's is 乡镇人民政府: a true answer named otherwise), 县属企业不在富国街道的，安全生产由谁
    监管 (the clause on the enterprises in 富国街道 first: 不在X is not read as the text's X以外) and 利通区2016年
    专项应急预案修订要哪些单位抓紧抓实 (first the 各专项应急指挥部办公室负责修订 clause, a fair answer). Tried and
    backed out: a cut leaving no character alone (中小学校|园 -> 中小学 + 校园): 0 up, 4 down.
    Prose round 141 (pr63) added a hospital's 安全生产责任制 (n520) whose committee, 医院安全生产管理委员会, now holds its
    duty list (true rows the parser lost before): round 52's 宠物店和宠物医院的登记谁管 finds 医院 in that holder's name and
    ranks three of its rows (研究部署…我院安全生产工作, none about 登记) above n350's expected 市场监督管理部门负责犬类经营
    和诊疗市场主体的登记 (fifth): out of the top three (1675 / 1741); a ranking matter of the question's words found
    only in a holder's name, left to the who rounds.
    Rounds 105 and 106 (seeds 1305, 1306, session 51's helper q59; 40 drawn each from the collected, prose and
    langfang builds of main 3407f30b, the tasks holding an earlier question's anchor left out of the pool
    (--skip), the first 16 askable taken in draw order: mention-only draws, two cut fragments (区，网格化服务管理工作
    主管部门制定; 组织贯彻落实“安全第一、预防为主、综合治理”的安) and two clauses of a paragraph already drawn (龙泉's 局办公室、创卫办负责…) skipped; round 105 from the
    files no question had asked about (prose n499, n512, n515, n516, n518, n520-n523 drawn; n358, whose round-56
    anchor no one task holds whole, counted as asked once), round 106 from files asked about once, its first 16 draws all
    askable), written and committed before running (央企总部, 四经普, 人畜吃水, 查扣, 贴息, 责任主体是谁, 哪一级政府,
    哪几个部门; a place, no place, a year; traditional texts asked in simplified). As found: round 105 14 of 16
    first, 16 in the top three; round 106 16 of 16 first. The set as found: 1736 of 1816 first (95.59 %), 1805 in
    the top three (99.39 %). A task stating the contrary of the question's condition (有X的 asked, 没有X的 written,
    or the converse: HAS_CONDITION_RE, HAS_NOT_CONDITION_RE, _contrary_conditions) keeps no score for the
    condition's words it writes there: 有行业主管部门的央企总部，安全生产归谁管 first (the 国家安全监管总局 clause on
    the headquarters of the trades with no 安全生产主管部门 was first); so too a place the question sets aside
    (不在X的, NOT_IN_RE) against a task on what is in it (所在地为X的, IS_IN_RE; X以外的 is the case asked): round
    103's 县属企业不在富国街道的，安全生产由谁监管 first; 2 up, none down, no other question's top three moved. The
    set: 1738 of 1816 first (95.70 %), 1805 in the top three (99.39 %). Not first of the two
    rounds: 扬州生态环境保护，法院和检察院要负什么责 (first the city's own 市委和市政府及其有关部门、市法院和检察院…履行
    生态环境保护工作责任 of the same article, a true answer, 53.9 against the drawn clause's 53.6).
    Session 51's pl52 names a county's short forms in its own text: round 6's expected unit renamed
    (县卫生健康委员会 -> 吉水县卫生健康委员会, the same task first).
    Rounds 107 and 108 (seeds 1307, 1308, session 51's helper q60; 40 drawn each from the collected, prose and
    langfang builds of main 3a827bbf, the tasks holding an earlier question's anchor left out of the pool
    (--skip), the first 16 askable taken in draw order: mention-only draws, a preamble whose unit is the
    成员单位 placeholder, 牵头单位 placeholders, cut fragments (区，网格化服务管理工作主管部门制定; 各级政府要明确…把保障困),
    a heading (制度建設), a row fragment with no matter (由市科技局统筹安排) and the paragraph of a clause already
    drawn skipped; round 107 from the files no question had asked about (prose n504, n524-n530, collected ll05
    drawn), round 108 from files asked about once), written and committed before running (村里, 镇里, 两癌, 非粮化,
    普惠学位, 找谁, 归哪个局, 谁牵头, 哪几个部门, 哪一级政府; a place, no place, a year; traditional and pinyin-glossed
    texts asked in simplified). As found: round 107 14 of 16 first, 16 in the top three; round 108 15 of 16
    first, 16 in the top three. The set as found: 1767 of 1848 first (95.62 %), 1837 in the top three
    (99.40 %). 村里 asks the village's own (a village level: 村委会, 各村民委员会, 社区居委会; no other level put
    further, as no government is the village's: 村里的公路归哪个部门管 asks a county department), and a clause
    whose units' names give no level (应急办, 应急工作机构) stands at the extent it states (TEXT_LEVELS: 协调全镇…
    the township's, 本村 / 各村委会成立… the village's): 村里的突发公共事件谁负责预防和处置 and 镇里突发公共事件的
    总体预案谁来编 first (the township office's 全镇 clause and a 乡镇人民政府 clause with no 预案 were); a question
    word whose last character starts another word (盐化|工, where a text writing 盐化工 is cut 盐 + 化工) brings that
    word as its tile (who._cut): 盐化工项目招商引资由哪个局负责 first (a township's 招商引资 row was) and round 75's
    广安过年放鞭炮的管理有哪些部门负责 first; 4 up, none down. The set: 1771 of 1848 first (95.83 %), 1837 in the top
    three (99.40 %). Prose round 144's n533 (杭州's 预付式消费 notice, 执法部门 and 监督 in most of its clauses) lowers
    the weight of those words: round 93's 不归旗县政府管的执法部门，在当地执法谁来监督 falls to third (its clause
    10.46 -> 8.59, measured with n533 alone added; a new text moving a near tie, as rounds 126-128 did): the set after
    the session's merges 1770 of 1848 first (95.78 %), 1837 in the top three (99.40 %).
    Rounds 109 and 110 (seeds 1309, 1310, session 52's helper q61; 40 drawn each from the collected, prose and
    langfang builds of main 0f3b9875, the tasks holding an earlier question's anchor left out of the pool (--skip),
    the first 16 askable taken in draw order: mention-only draws, a cut fragment (区，网格化服务管理工作主管部门制定),
    a heading (云县人民政府防汛防旱指挥部) and the paragraph of a clause already drawn (丹棱's 会议要求…, the same
    sentence twice) skipped; round 109 from the files no question had asked about (prose n519, n532-n538, n540,
    n541 drawn; n358 counted as asked once, as q59 did), round 110 from files asked about once), written and
    committed before running (综保区, 规上, 液化气, 预付卡, 塞活儿, 被坑了, 找谁, 归哪个局, 谁牵头, 哪一级政府,
    哪些部门; a place, no place, a year; traditional and pinyin-glossed texts asked in simplified). As found:
    round 109 13 of 16 first, 15 in the top three; round 110 16 of 16 first. The set as found: 1799 of 1880 first
    (95.69 %), 1868 in the top three (99.36 %). Who makes another put it right (谁来让他们改正, 叫它纠正, 责成整改)
    asks the sanction, 责令改正 in plain words (ASKS_SANCTION_RE): a clause read as a sanction keeps its score, times
    SANCTION_ASKED_FACTOR, before the clause on the duty it sanctions: 街道办被职能部门随便塞活儿，谁来让他们改正 first
    (out of the top three). A place named by its full name has its level already (东山县 of 东山县乡镇…: the 乡 of 乡镇
    was read as its level and 乡镇 lost, so were 市场 of 德清县市场…, 乡村 of 德清县乡村…), a short form's level is a
    division's (never 乡 or 镇), and a pair of loose characters the other forms' table writes otherwise (镇街 ->
    乡镇, 街道) is no word beside those forms (without it round 37's 巴南区镇街防灾工作站负责什么, which the lost
    character had kept first, fell to second): 东山县乡镇履职清单要加职责事项，谁来提申请 5.34 -> 7.59, still
    second; 1 up, none down. The set: 1800 of 1880 first (95.74 %), 1869 in the top three (99.41 %). Not first
    of the two rounds: 在杭州办预付卡被坑了，投诉找哪个部门 (first the same notice's 行业主管部门负责日常监管和投诉举报
    受理, a true answer naming the same owner) and 东山县乡镇履职清单要加职责事项，谁来提申请 (second behind the
    县委编办、县司法局 working group's 清单 clause: 乡镇 before the act asked, 提申请, is read as what the act is
    done to, so the townships' own clause keeps ROLE_FACTOR).
    Session 52's placements name five expected units anew, the same task first (renamed in the set, as round 6's
    was): pl57 places collected e16 in 钟楼区 and ss04 in 连云港市海州区 (常州市人力资源和社会保障局 -> 钟楼区人力资源和
    社会保障局, 常州市文体旅局 -> 钟楼区文体旅局, 区教育局 -> 连云港市海州区教育局 twice), lead52 places yy01, 全国爱卫会's
    work points, at the State (卫生健康委员会 -> 国家卫生健康委员会).
    Prose round 147 (pr69) adds n544 (温州市瓯海区's 燃气 notice: `商务、…、卫健、…、应急、经信等部门应组织开展以餐饮、…、
    医院、…为重点的燃气用气安全专项整治`), which moves two questions, measured with the six texts alone added to the
    parser of main 0f3b9875 and again after the round's fixes: round 42's 医院应急用血谁来管 finds 医院 and the
    sector 应急 in that clause, which ranks first (12.48 against n320's 管理醫療機構應急用血, 8.31, second); round 86's
    枣庄天然气用气安全归哪个部门管, a near tie of n287's two clauses, turns (9.62 / 9.34 -> 11.50 / 11.68: 用气安全,
    written in n544 twice, weighs less). Both stay in the top three; round 94's 威海的养老服务保障卫健部门管不管 went
    first with the texts alone and is back in the top three, not first, as on main, with the round's 四平台 fix (n544's sectors, 四平市卫健部门 until
    then, named 卫健部门, a unit the question's 卫健部门 finds). The set: 1768 of 1848 first (95.67 %), 1837 in the
    top three (99.40 %); a ranking matter of words a new text writes, left to the who rounds.
    With every branch of session 52 merged (rounds 147-149, places rounds jy-ka): pl58 places prose n169 at 慈溪市
    (市水务集团 -> 慈溪市水务集团, renamed in the set, the same task first); round 11's 在重庆公共场所抽烟归哪些部门管
    (units-dlc) falls from third to fourth, behind a clause now read with its holder (市、区县（自治县）卫生健康主管部门是
    公共场所控制吸烟工作的主管部门, the designation of the competent department: a true answer, first), the two
    prose-round questions above second. The set: 1798 of 1880 first (95.64 %), 1868 in the top three (99.36 %).
    Rounds 111 and 112 (seeds 1311, 1312, session 52's helper q62; 40 drawn each from the collected, prose and
    langfang builds of main e44a70e8, the tasks holding an earlier question's anchor left out of the pool (--skip),
    the first 16 askable taken in draw order: mention-only draws, headings (淅川's 督查活动 title, 河源's and 汉中's
    工作专班 names over their member lists), cut fragments (网格化工作机构制定, 区，网格化服务管理工作主管部门制定) and a
    page's 扫一扫 line skipped; round 111 from the files no question had asked about (38 files, most of them prose
    rounds 147-149's; its questions on prose n544, n546, n547, n551-n556, n558, n560), round 112 from files asked
    about once), written and committed before running (年检, 水葫芦, 找谁, 谁牵头, 归哪个厅, 哪一级政府, 哪级政府, 哪些部门,
    哪个组; a place, no place, a year; traditional texts, n299, n449, n560, asked in simplified). As found: round 111
    15 of 16 first, 15 in the top three; round 112 13 of 16 first, 16 in the top three. The set as found: 1826 of
    1912 first (95.50 %), 1899 in the top three (99.32 %). 哪一级政府 / 哪级政府 / 哪个政府 asks a government
    (GOVERNMENT_ASKED_RE; not 哪一级政府的哪个部门): a task none of whose units is one keeps ROLE_FACTOR, so 修水县森林火灾
    的应急处置归哪级政府负责 finds 由县、乡镇两级政府负责 (the 县人民政府森林防火指挥部 clause was first); a body named for
    the levels it spans (市县两级应急管理部门) stands at each (TIERS_UNIT_RE; its 县 of 市县 was read as a county's name,
    kept PLACE_NEAR for a city named): 昭通的消防工作由哪个部门监督管理 first (the next clause of its sentence, 并由本级
    消防救援机构负责实施, was); 年检 is 年度检查's short form (kg/data/abbreviations.tsv): 湖南行业协会的年检归哪个部门管
    first (out of the top three). 3 up, none down. The set: 1829 of 1912 first (95.66 %), 1900 in the top three
    (99.37 %). Not first of the two rounds: 朔州发改委主任办公会议定的事项谁来督查 (second, behind 开州区's 联席会议办公室
    clause: 朔州 is no place the index knows, so no place factor, and its 办公室 and 联席会议 give 办公会议's two tiles).
    Merged with session 52's prose rounds 150-151 (n562-n573, twelve texts): their words move two near ties, both
    questions asking 各区县 whose county body answers (济南各区县的歌舞厅网吧这些娱乐场所谁管理, 4.36 -> 3.30 behind n323's
    市、区县人民政府 clause; 福州各区县的防空警报设施谁来管, 12.41 -> 9.84, third): the same code on the index built before
    them answers both first, so the words' weights moved, not the ranking rules. The set: 1827 of 1912 first
    (95.55 %), 1900 in the top three (99.37 %).
    Rounds 113 and 114 (seeds 1313, 1314, session 52's helper q63; 40 drawn each from the collected, prose and
    langfang builds of main a88a3e77, the tasks holding an earlier question's anchor left out (--skip), the first 16
    askable taken in draw order: mention-only draws (news leads, page banners, 黄冈's 委员会 rosters), headings
    (汉中's 工作专班 and a school's 领导小组 over member lists, 國家市場監督管理總局主管), cut fragments (网格化工作机构
    制定, 加强示范区与主城区基础设施, 认真抓好工作落实) and 城口's and 兰溪's preambles / member lists skipped; round 113
    from the files no question had asked about (39 files; its questions on prose n557, n559, n562, n563, n565, n566,
    n568-n570, n572), round 114 from files asked about once), written and committed before running (谁牵头, 找谁,
    找哪个部委, 归哪个部门管, 谁负全责, 责任主体是谁; a place, no place, a year; traditional texts, n569, p04,
    asked in simplified). As found: round 113 14 of 16 first, 16 in the top three; round 114 15 of 16 first, 16 in
    the top three. The set: 1856 of 1944 first (95.47 %), 1932 in the top three (99.38 %). Not first, none a fault
    of the ranking: 党风廉政建设责任制的主体责任由谁来负 (second behind n124's quotation of the plenum,
    “落实党风廉政建设责任制，党委负主体责任”, the same duty of 党委: a near tie, 45.37 / 41.61);
    邓州消费品以旧换新工作专班的办公室日常工作谁承担 (its clause first, but read as 南阳市商务局: 由市商务局承担 of 邓州's
    own news is placed at the 南阳 the text names only as a ranking, a placement fault of the build);
    政协督办重点提案的具体方案谁来制定 (its sentence first, n89 writing it twice, once read as 政协相关专委会 without
    参加督办的: the same owner, named two ways by the extraction).
    Merged with session 52's last rounds (prose 152-153, n574-n584; places kc): round 110's 管城区优化营商环境归哪个部门
    统筹协调 falls out of the top three behind n575's and n577's 营商环境 clauses (鄂州's 领导小组办公室 and 清远's 发展改革部门
    负责统筹协调…, 25.12 and 23.49 against n95's 12.19): 管城区 is no place the index reads (the division is 管城回族区),
    so the other cities' clauses keep their scores; left to the who rounds. The set: 1855 of 1944 first (95.42 %), 1931 in
    the top three (99.33 %)."""
    first, top3, misses = _tally(GOV_QUESTIONS, lambda q: gov_indexes[q["build"]])
    n = len(GOV_QUESTIONS)
    assert n == 1944
    assert first >= 1855, (first, n, misses)
    assert top3 >= 1931, (top3, n, misses)


def test_a_section_asked():
    """哪个科 / 哪些科室 / 哪个组 ask for a body named by that head; 组织, 组成 are words of their own."""
    from kg.read.who import SECTION_ASKED_RE, SECTION_HEADS
    heads = lambda q: SECTION_HEADS[SECTION_ASKED_RE.search(q).group("head")]
    assert heads("区政府办里哪个科督办人大建议") == ("科",)
    assert heads("局机关的规章制度由哪个科室来建") == ("科", "室")
    assert heads("救灾时各工作组之间由哪个组统筹协调") == ("组",)
    assert not SECTION_ASKED_RE.search("深圳精神残疾的预防和康复由哪个组织开展")


@pytest.mark.parametrize("build, question, unit", [
    # the office holding the sections (its own 督查督办 line, owned by 区政府办公室) ranks below the
    # section (round 64)
    ("prose", "区政府办里哪个科督办人大建议和政协提案", "督查科"),
    ("prose", "区政府办公室的公章和介绍信归哪个科管", "秘书科"),
])
def test_the_section_asked_answers(gov_indexes, build, question, unit):
    top = who_owns(question, gov_indexes[build], limit=1)[0]
    assert unit in {u["unit"] for u in top.units}


@pytest.mark.parametrize("build, question, unit", [
    # the one the question opens with, asked what it must do: its own clause, not the plan's
    # paragraph holding it (owned by the departments of its annotation)
    ("langfang", "各级就业服务机构要不要给残疾人提供就业服务", "公共就业服务机构"),
    ("langfang", "国企安排残疾人就业有什么要求", "国有企业"),
    # …a unit read as such, its name naming the bodies of another text (乡镇 of 乡（镇）人民政府)
    ("prose", "乡镇和街道在学校安全上要做什么", "街道办事处"),
    ("prose", "公安和民政部门对心理卫生工作负什么责", "公安行政部门"),
])
def test_the_one_a_question_opens_with(gov_indexes, build, question, unit):
    from kg.read.who import SUBJECT_DUTY_RE, WHO_ASKED_RE
    assert SUBJECT_DUTY_RE.search(question) and not WHO_ASKED_RE.search(question)
    top = who_owns(question, gov_indexes[build], limit=1)[0]
    assert unit in {u["unit"] for u in top.units}


def test_a_paragraph_whose_list_holds_its_clauses_owner(gov_indexes):
    """各县（市、区）要落实…保障残疾人就业培训…资金投入, a clause of the paragraph 落实资金保障 whose
    annotation lists 市财政局 and 各县（市、区）人民政府: the paragraph answers, with its whole list."""
    top = who_owns("廊坊残疾人就业培训的资金投入谁保障", gov_indexes["langfang"], limit=1)[0]
    assert "市财政局" in {u["unit"] for u in top.units}
    assert "落实资金保障" in "".join(top.task_text.split())


def test_an_act_its_unit_has_others_do():
    """负责组织县级编制…规划: the counties compile, the clause's unit organises; 编制…规划 written by
    the unit itself stays."""
    import re
    from kg.read.who import OTHERS_DO
    strip = lambda text, verb: re.sub(OTHERS_DO + re.escape(verb), "", text)
    assert "编制" not in strip("同时，负责组织县级编制县域医疗卫生服务体系规划", "编制")
    assert "制定" not in strip("督促各地制定实施方案", "制定")
    assert "编制" in strip("县级卫生健康行政部门依据上位规划，编制县域医疗卫生服务体系规划", "编制")


@pytest.mark.parametrize("build, question, unit", [
    ("langfang", "县域医疗卫生服务体系规划由谁编制", "县级卫生健康行政部门"),
    # 实施方案谁制定: 要制定实施方案 before 制定项目清单…随实施方案一同报省审核
    ("prose", "县城建设样板培育的实施方案谁制定", "各样板县人民政府"),
    # 县里 asks the county's: a 县级以上 body is there, a township's is not
    ("prose", "县里谁监督指导档案馆和企事业单位的档案工作", "县级以上地方人民政府档案行政管理部门"),
    # 县城里 asks the county's body (县（区）城市管理综合执法部门负责本辖区的市容环境卫生管理和执法工作),
    # not the clause whose 市、县城市管理… holds the characters 县城 (round 73)
    ("prose", "县城里的市容环境卫生执法由哪个部门负责", "县（区）城市管理综合执法部门"),
])
def test_the_act_asked_and_the_level(gov_indexes, build, question, unit):
    top = who_owns(question, gov_indexes[build], limit=1)[0]
    assert unit in {u["unit"] for u in top.units}


def test_the_county_town_asks_the_county():
    """县城 (the county town) asks the county's bodies, as 县里 does; 县城市… (县 + 城市管理) does not."""
    from kg.read.who import LEVEL_ASKED, LEVEL_WORDS
    level = lambda q: next((lv for lv, pat in LEVEL_ASKED if pat.search(q)), None)
    assert level("县城里的市容环境卫生执法由哪个部门负责") == "county"
    assert level("县城的停车场谁来管") == "county"
    assert level("县城市管理局负责什么") is None
    assert level("县城市容环境卫生谁管") == "county"           # (县城 + 市容, not 县 + 城市)
    assert LEVEL_WORDS["county"].fullmatch("县城")


def test_a_line_naming_nobody_for_a_department(gov_indexes):
    """哪个部门 asks a body: an excerpt's duty line whose heading was cut (负责对辖区内住宅小区管理工作的
    协调、指导、监督;, no unit) ranks below the clause naming 物业行政主管部门."""
    from kg.read.who import ASKS_DEPARTMENT_RE
    assert ASKS_DEPARTMENT_RE.search("小区物业管理归哪个部门指导监督")
    top = who_owns("小区物业管理归哪个部门指导监督", gov_indexes["prose"], limit=1)[0]
    assert [u["unit"] for u in top.units] == ["物业行政主管部门"]


def test_three_loose_characters_are_a_word(gov_indexes):
    """医共体, no word of the index's vocabulary: its two bigrams are one word of the question (as
    two loose characters alone are, 奖补), so the clause writing 县域医共体 ranks before one writing
    县域 twice."""
    from kg.read.who import _parse
    words = _parse("县域医共体谁来建", load_index(gov_indexes["langfang"]))[0]
    assert "#医共" in words and "#共体" in words
    top = who_owns("县域医共体谁来建", gov_indexes["langfang"], limit=1)[0]
    assert "紧密型县域医共体" in "".join(top.task_text.split())


def test_several_bodies_asked(gov_indexes):
    """还有哪些部门协同推进 asks several: the clause of 各有关部门和单位 before one body's own (各责任单位
    is one collective body here, 责任单位); 哪个部门 asks no such thing."""
    from kg.read.who import PLURAL_ASKED_RE, SEVERAL_RE
    assert PLURAL_ASKED_RE.search("河长制各项工作还有哪些部门协同推进")
    assert not PLURAL_ASKED_RE.search("河长制工作由哪个部门协同推进")
    assert SEVERAL_RE.search("有关部门") and not SEVERAL_RE.search("责任单位")
    top = who_owns("河长制各项工作还有哪些部门协同推进", gov_indexes["prose"], limit=1)[0]
    assert "有关部门" in {u["unit"] for u in top.units}


def test_the_head_of_the_matter():
    """The last word before the asking words heads the matter (a modifier comes first); a matter
    of one word has no head to weigh."""
    from kg.read.who import _matter_head
    words = ["电动车", "充电", "消防安全"]
    assert _matter_head("电动车充电的消防安全归哪个部门管", words, dict.fromkeys(words, {})) == "消防安全"
    assert _matter_head("电梯谁监管", ["电梯"], {"电梯": {}}) is None


def test_the_levels_of_a_unit():
    from kg.read.who import _unit_levels
    assert _unit_levels("乡（镇）人民政府") == {"township"}
    assert _unit_levels("街道办事处") == {"township"}
    assert _unit_levels("县级以上人民政府民政部门") == {"county", "city"}
    assert _unit_levels("旗县级以上人民政府医疗保障行政部门") == {"county", "city"}
    assert _unit_levels("县（区）文化局") == {"county"}
    assert _unit_levels("济南市文化局") == {"city"}


def test_a_provinces_body_is_of_the_provincial_level():
    """q44's leftover: a province's body was read as the State's when its name ended in 部
    (中共广东省委宣传部 as a ministry) and an autonomous region's as a county's (自治区财政厅: 自治
    + 区); both are of the provincial level, neither national nor the county's (国家哪个部委 /
    县里 ask other levels). Measured: three 国家哪个部委 questions changed their second or third,
    no first and no top three changed."""
    from kg.read.who import _unit_level, _unit_levels
    assert _unit_level("中共广东省委宣传部") == "province"
    assert _unit_levels("自治区财政厅") == {"province"}
    assert _unit_level("新疆维吾尔自治区人民政府") == "province"
    assert _unit_level("广东省市场监督管理局") == "province"
    assert _unit_level("省辖市人民政府") == "city"
    assert _unit_level("广东省东莞市财政局") is None      # (a city's body: not the province's)
    assert _unit_level("彭水苗族土家族自治县市政园林主管部门") is None
    assert _unit_level("中共中央宣传部") == "national" and _unit_level("公安部") == "national"
    assert _unit_level("中共石城县委宣传部") == "county"


def test_a_field_word_inside_a_longer_word_names_no_unit(gov_indexes):
    """建设 is an alias of the 建设部门 a list of departments names alone (发展改革、建设、交通等
    部门): written alone it is that unit, inside 党风廉政建设 or 城镇建设 it is the matter's word."""
    from kg.read.who import _parse
    index = load_index(gov_indexes["prose"])
    assert _parse("建设、交通部门谁负责", index)[2]
    for q in ("党风廉政建设谁负监督责任", "城镇建设是谁的事"):
        assert _parse(q, index)[2] == set(), q


def test_a_unit_before_a_designating_verb_is_the_object(gov_indexes):
    """责任单位由谁来定 asks who names the 责任单位 (DESIGNATING_VERBS after the asking word): the
    unit written before it is the object, as before 谁来指导, not the unit asked."""
    from kg.read.who import _parse
    index = load_index(gov_indexes["prose"])
    _w, _g, units, _a, _l, objects = _parse("河长制的责任单位由谁来定", index)
    assert objects and not units
    _w, _g, units, _a, _l, objects = _parse("河长制的责任单位负责什么", index)
    assert units and not objects


def test_a_unit_before_any_act_asked_is_the_object(gov_indexes):
    """联席会议…由谁提出 asks who proposes the meeting, 环保工作归哪个部门统一监督管理 who supervises the
    field: the unit (or field's department) written before the act asked (VERB_ASKED_RE) is what it is
    done to, as before 谁来指导 (q54: the 联席会议's own clause had the boost of the unit named and ranked
    before the 联席会议办公室提出… clause). Not before a question word (由谁负责) nor a duty borne (谁负
    领导责任): there the unit named may be the owner asked."""
    from kg.read.who import _parse
    index = load_index(gov_indexes["prose"])
    _w, _g, units, _a, _l, objects = _parse("联席会议什么时候开由谁提出", index)
    assert objects and not units
    _w, _g, units, _a, _l, objects = _parse("联席会议由谁负责", index)
    assert units and not objects
    _w, _g, units, _a, _l, objects = _parse("联席会议的环境保护工作谁负领导责任", index)
    assert units and not objects



CHECKS_AND_SANCTIONS = {
    "a.txt": """某县秸秆禁烧工作实施方案

一、职责分工

（一）县环保局要加强现场执法检查，发现有燃烧行为的，责令立即停止，对直接责任人进行教育。

（二）县企管站要做好禁止秸秆焚烧、烧荒的现场检查工作。

（三）未按规定设置禁烧标识的，由县环保局责令改正。
""",
}


def test_a_duty_before_its_sanction_is_a_duty(tmp_path_factory):
    """加强现场执法检查，发现有燃烧行为的，责令立即停止: the clause opens with its unit's own duty (the
    check asked about) and sanctions what the check finds; it is no sanction clause of another's duty
    (SANCTION_RE, which read it whole: NO_UNIT_FACTOR), so it answers 现场执法检查由哪个部门负责 (q54: it
    was third). A clause opening with the case (未按规定设置禁烧标识的，由…责令改正) still is one."""
    from kg.read.who import SANCTION_RE, _duty_before_sanction
    out = _built(tmp_path_factory, "checks", CHECKS_AND_SANCTIONS)
    duty = "县环保局要加强现场执法检查，发现有燃烧行为的，责令立即停止，对直接责任人进行教育"
    case = "未按规定设置禁烧标识的，由县环保局责令改正"
    assert SANCTION_RE.match(duty) and SANCTION_RE.match(case)
    assert _duty_before_sanction(duty, ["执法检查", "秸秆"])
    assert not _duty_before_sanction(case, ["禁烧", "标识"])
    top = who_owns("秸秆焚烧的现场执法检查由哪个部门负责", out, limit=1)[0]
    assert "加强现场执法检查" in top.task_text, top.task_text

HELPERS = """某某市客家文化保护条例

第五条 市人民政府应当加强对客家文化保护工作的领导，负责本辖区内的客家文化保护工作。

第六条 市文化主管部门负责本行政区域内客家文化保护、传承和发展工作。

民族事务主管部门在职责范围内，配合文化主管部门开展客家文化保护、传承和发展工作。
"""


def test_a_question_asking_who_is_in_charge_passes_the_helpers(tmp_path, monkeypatch):
    """归谁管 asks who is in charge (主管): a clause whose units only support the one in charge
    (民族事务主管部门…配合文化主管部门开展…) keeps ROLE_FACTOR of its score; asked 谁负责, all of it."""
    from kg.pipeline import build_and_write
    import kg.read.who as who
    src = tmp_path / "helpers.txt"
    src.write_text(HELPERS, encoding="utf-8")
    out = tmp_path / "out"
    build_and_write([src], out)

    def scores(q):
        return {r.task_text[:6]: r.score for r in who_owns(q, out) if r.units}
    with_rule = {q: scores(q) for q in ("客家文化保护归谁管", "客家文化保护谁负责")}
    monkeypatch.setattr(who, "HELPING_ROLES", frozenset())
    without = {q: scores(q) for q in ("客家文化保护归谁管", "客家文化保护谁负责")}
    asked = with_rule["客家文化保护归谁管"]
    assert abs(asked["民族事务主管"] - who.ROLE_FACTOR * without["客家文化保护归谁管"]["民族事务主管"]) < 1e-6
    for unit in ("市人民政府应", "市文化主管部"):
        assert abs(asked[unit] - without["客家文化保护归谁管"][unit]) < 1e-6
    assert with_rule["客家文化保护谁负责"] == without["客家文化保护谁负责"]     # (no 主管 asked)


def test_support_asked_as_the_verb_is_a_word_of_the_matter(small_out):
    """谁来配合 / 由哪个部门配合: 配合 is the verb asked, a word of the matter (the clause whose unit
    应当积极给予配合 has it), as 协助 of 由谁协助 is; asked of a named unit (市财政局配合哪些…) it is
    the role asked, no word."""
    index = load_index(small_out)
    for q in ("检查企业时谁来配合", "信贷支持由哪个部门配合", "信贷支持谁要配合"):
        assert "配合" in [w.lstrip("#") for w in parse_question(q, index)[0]], q
    for q in ("市财政局配合哪些信贷工作", "信贷支持市金融办牵头，市财政局配合吗"):
        assert "配合" not in [w.lstrip("#") for w in parse_question(q, index)[0]], q


def test_a_question_asking_who_leads(small_out):
    """谁牵头 with no unit named: a task stating no lead (责任单位 only) keeps ROLE_FACTOR of the
    score it has for 谁负责; a task with its lead keeps all of it."""
    from kg.read.who import ROLE_FACTOR
    lead = {r.task_text[:6]: r.score for r in who_owns("老旧管网改造谁牵头", small_out)}
    resp = {r.task_text[:6]: r.score for r in who_owns("老旧管网改造谁负责", small_out)}
    assert abs(lead["推进老旧管网"] - ROLE_FACTOR * resp["推进老旧管网"]) < 1e-6
    assert abs(lead["加大融资支持"] - resp["加大融资支持"]) < 1e-6


def test_a_question_word_starting_a_longer_word_stays(gov_indexes):
    """工作 is a question word (…工作谁负责), but not where it starts a longer word of the index
    with the character after it (工作组 of 应急工作组): there it stays for the cut (which reads
    应急工作 | 组 by forward maximum matching), no longer 应急 with 工作 dropped."""
    from kg.read.who import _parse
    index = load_index(gov_indexes["collected"])
    words = _parse("村里的防汛应急工作组由谁来建", index)[0]
    assert any("工作" in w for w in words), words
    words = _parse("防汛工作谁负责", index)[0]
    assert not any("工作" in w for w in words), words


def test_a_unit_named_before_who_guides_it_is_the_object(gov_indexes):
    """村委会工作谁来指导: 村委会 is what is guided (as in 谁来指导村委会), not the owner asked
    about: no boost, and the clauses it alone owns (村民委员会应当协助…) rank below those of who
    guides it; 村委会 is the alias of one text's unit, 村民委员会 the others' name."""
    from kg.read.who import _parse
    index = load_index(gov_indexes["prose"])
    _w, _g, units, _alts, _loose_chars, objects = _parse("村委会工作谁来指导", index)
    assert not units and {"村委会", "村民委员会"} <= objects
    _w, _g, units, _alts, _loose_chars, objects = _parse("村委会指导哪些工作", index)
    assert units and not objects                # (the unit that guides)
    for r in who_owns("村委会工作谁来指导", gov_indexes["prose"], limit=3):
        assert {u["unit"] for u in r.units} != {"村民委员会"}, r.task_text
        # (nor the clause of a unit that receives the guidance: 业主委员会…接受其指导和监督)
        assert "接受其指导" not in r.task_text, r.task_text
    # (村委会工作: the committee's work as a whole; the clause guiding 村民委员会的工作 first, those
    # guiding it in a matter of its own after, test_the_work_of_the_object_asked)
    texts = [r.task_text for r in who_owns("村委会工作谁来指导", gov_indexes["prose"], limit=4)]
    # (n37's 乡…人民政府应当对村民委员会的工作给予指导 or, since prose round 119, n424's 乡（含…）人民政府对
    # 村民委员会的工作给予指导: the law's words in two texts, the same unit)
    assert "对村民委员会的工作给予指导" in texts[0], texts
    # a clause of the committees themselves, named with another of their kind, is theirs, not a guide's
    assert not any(t.startswith("居民委员会、村民委员会应当") for t in texts[:3]), texts


def test_a_clause_receiving_the_verb_asked_is_not_its_doer():
    """谁来指导 asks the guide: a clause writing 指导 only as what its unit receives (接受其指导和
    监督, 在街道办事处指导下开展…) is not one."""
    from kg.read.who import _receives_only
    assert _receives_only("业主委员会应当支持、配合居民委员会依法履行自治管理职责，并接受其指导和监督", "指导")
    assert _receives_only("居民委员会在街道办事处、乡镇人民政府指导下开展物业管理相关工作", "指导")
    assert not _receives_only("乡镇人民政府应当对村民委员会的工作给予指导、支持和帮助", "指导")
    assert not _receives_only("业主委员会接受其指导，并指导物业服务企业开展工作", "指导")
    assert not _receives_only("业主委员会接受其监督", "指导")          # (指导 not written)


def test_a_collective_left_unnamed_is_no_unit_asked(gov_indexes):
    """其他部门, 有关部门, 相关单位, 各部门: the collective a text leaves unnamed (kept as the
    unit 有关部门 of its clause) is no name a question says: in 综合执法部门和其他部门扯皮 it is
    the matter's other party, and its clauses got no boost for it."""
    from kg.read.who import _parse
    index = load_index(gov_indexes["prose"])
    for q in ("其他部门扯皮找谁", "相关部门负责什么", "有关单位协调不了找谁", "各部门谁牵头"):
        assert _parse(q, index)[2] == set(), q
    assert _parse("综合执法部门和其他部门扯皮协调不了找谁", index)[2]     # (综合执法 is named)


def test_a_clause_managing_the_matter_is_in_charge(gov_indexes):
    """归谁管 asks 主管: the clause whose unit 负责…管理 the matter (卫生行政部门负责…碘盐的卫生监督
    管理工作) is in charge of it, above clauses that write 主管 only in the name of a body doing
    something else (由省盐业主管机构审定…, 向…盐业主管机构举报的)."""
    for q in ("碘盐卫生监督归谁管", "碘盐的卫生监督归哪个部门管"):
        top = who_owns(q, gov_indexes["units-dlc"], limit=1)[0]
        assert "碘盐的卫生监督管理工作" in top.task_text, (q, top.task_text)


def test_zhuguan_inside_a_bodys_name_is_not_the_word_asked(gov_indexes):
    """归哪个部门管 asks 主管: every clause of a regulation naming its 城乡规划主管部门 writes the word,
    so it is had by none of them; the clause whose unit 负责…城乡规划管理工作 is the one in charge
    (third before: 城乡规划委员会的日常工作由城乡规划主管部门负责 first). A designation (是…的主管部门)
    and the verb (主管…工作) are the word."""
    from kg.read.who import NAMED_OWNER_RE
    assert NAMED_OWNER_RE.findall("城乡规划委员会的日常工作由城乡规划主管部门负责") == ["主管"]
    assert NAMED_OWNER_RE.findall("由省盐业主管机构审定") == ["主管"]
    assert NAMED_OWNER_RE.findall("市文化局是本市文化市场的主管部门") == []
    assert NAMED_OWNER_RE.findall("分管副市长主管全市消防工作") == []
    top = who_owns("菏泽城乡规划归哪个部门管", gov_indexes["units-dlc"], limit=1)[0]
    assert "负责本行政区域内的城乡规划管理工作" in top.task_text, top.task_text


def test_the_work_of_the_object_asked(gov_indexes):
    """村委会工作谁来指导: 工作 after the object's name is the committee's work as a whole: the clause
    giving guidance to 村民委员会的工作 ranks before those guiding 村民委员会 in a matter of its own
    (传统村落保护, 成员的培训, 消防安全教育: fourth before). Without 工作 the question is as before."""
    top = who_owns("村委会工作谁来指导", gov_indexes["prose"], limit=1)[0]
    assert "对村民委员会的工作给予指导" in top.task_text, top.task_text     # (n37's or n424's)
    from kg.read.who import _parse
    index = load_index(gov_indexes["prose"])
    assert "工作" not in _parse("村委会工作谁来指导", index)[0]       # (still a question word)


@pytest.mark.parametrize("build, question, anchor, post", [
    ("collected", "兰州城市轨道交通项目由哪位副市长负责", "兰州城市轨道交通项目", "吴继德副市长"),
    ("collected", "湖南建设众创空间的分管副省长是谁", "建设一批众创空间", "分管副省长"),
    ("external-dev", "咸安区粮食产量稳定在23万吨的责任领导是谁", "粮食产量稳定在23万吨", "丁玲"),
])
def test_a_question_about_a_post(gov_indexes, build, question, anchor, post):
    """哪位副市长…, 分管副省长是谁, 责任领导是谁: the task first, with its post or person (never a
    unit). Written after reading the builds' posts (a check of the form, not held-out)."""
    top = who_owns(question, gov_indexes[build], limit=1)[0]
    assert anchor in top.task_text and post in [p["post"] for p in top.posts]


def test_a_short_place_name_inside_other_words_is_no_place(corpus_out):
    from kg.read.who import question_places
    index = load_index(corpus_out)
    assert question_places("大城市的燃气管网改造谁负责", index) == []       # 城市, not 大城(县)
    assert question_places("人文安全教育谁负责", index) == []               # 人文, not 文安(县)
    assert [p[0] for p in question_places("大城县燃气管网改造谁负责", index)] == ["131025"]
    assert [p[0] for p in question_places("固安的养老院谁管", index)] == ["131022"]


INITIALS = """某某市人民政府办公室

关于印发农业农村重点工作的通知

1.建设农林科研基地。（责任单位：市农林科学院）

2.加强安全监管执法检查。（责任单位：市应急管理局）

3.发展农业特色产业，推进林业有害生物防治。（责任单位：市农业农村局）

4.协调农业银行加大涉农信贷投放。（责任单位：市金融办）
"""


@pytest.fixture(scope="module")
def initials_out(tmp_path_factory):
    from kg.pipeline import build_and_write
    d = tmp_path_factory.mktemp("initials")
    (d / "a.txt").write_text(INITIALS, encoding="utf-8")
    build_and_write([d / "a.txt"], d / "out")
    return d / "out"


@pytest.mark.parametrize("question, anchor, form", [
    ("农业林业科研基地谁负责", "建设农林科研基地", "农林"),          # 农业 + 林业 -> 农林
    ("安监执法检查谁负责", "加强安全监管执法检查", "安全监管"),      # 安监: two loose characters
    ("农行的涉农贷款谁负责", "协调农业银行", "农业银行"),          # 农行: first and last
])
def test_words_abbreviated_by_their_first_characters(initials_out, question, anchor, form):
    words, _grams, _units = parse_question(question, load_index(initials_out))
    assert form in words
    top = who_owns(question, initials_out, limit=1)[0]
    assert top.task_text.startswith(anchor)


def test_initials_need_words_of_the_index(initials_out):
    """Two words in a row make a short form only when it is a word of the index (发展 + 特色:
    发特 is none), and a four-character word has the loose pair's first and third characters."""
    from kg.read.who import _initials
    index = load_index(initials_out)
    vocab = index.words(["发展", "特色", "农业", "林业", "安全监管"])
    assert _initials("发展特色", vocab, index["max_word"], index) == []
    assert ("农业林业", "农林", "农林") in _initials("农业林业", vocab, index["max_word"], index)


def test_loose_pairs_are_exactly_two():
    from kg.read.who import _loose_pairs
    vocab = {"执法", "排放", "机动车"}
    assert _loose_pairs("安监执法", vocab, 3) == {"安监": 0}
    assert _loose_pairs("新出厂机动车", vocab, 3) == {}      # which two of 新出厂 is not known


def test_two_loose_characters_count_as_a_word(corpus_out):
    """奖补 is no word of the tasks' cut (jieba splits it): its bigram stands for it, as a word."""
    words, grams, _units = parse_question("人工智能奖补的钱由谁出", load_index(corpus_out))
    assert "#奖补" in words and "#奖补" not in grams
    top = who_owns("人工智能奖补的钱由谁出", corpus_out, limit=1)[0]
    assert "以上各项奖补涉及资金" in "".join(top.task_text.split())


def test_a_question_word_leaves_the_word_it_would_cut(corpus_out):
    """谁管 is a question word, but in 谁管理 its 管 starts 管理, a word of the matter."""
    words, _grams, _units = parse_question("文化娱乐市场谁管理", load_index(corpus_out))
    assert "管理" in words
    words, _grams, _units = parse_question("文化娱乐市场谁管", load_index(corpus_out))
    assert "管理" not in words


def test_a_unit_named_as_the_object_and_the_level_asked(corpus_out):
    """谁督促各地…: 各地 (各县（市、区）人民政府) is whom the matter acts on, not the owner asked,
    and 市里 asks the city's body; 老旧 (two loose characters) only the plan's title writes."""
    from kg.read.who import _parse, _unit_level
    q = "市里谁督促各地抓好老旧燃气管网改造的落实"
    _words, _grams, units, _alts, _loose_chars, objects = _parse(q, load_index(corpus_out))
    assert not units and objects
    top = who_owns(q, corpus_out, limit=1)[0]
    assert "市住建局会同市有关部门抓好工作的督促落实" in "".join(top.task_text.split())
    assert [_unit_level(n) for n in ("县（区）文化局", "各县（市、区）人民政府", "槐荫区教育局",
                                     "济南市文化局", "市住房和城乡建设局", "公安部门")] == [
        "county", "county", "county", "city", "city", None]


def test_a_definition_is_no_duty():
    from kg.read.who import DEFINITION_RE
    assert DEFINITION_RE.match("本规定所称文化娱乐经营活动系指营业性文艺演出")
    assert DEFINITION_RE.match("1.用于政府或居民共有产权的城市燃气管道等老化更新改造预计投资，是指用于产权为政府所属")
    assert not DEFINITION_RE.match("县（区）文化局在市文化局统一领导下，负责本行政区域内的文化娱乐市场的管理")


def test_who_punishes_asks_for_a_department(corpus_out):
    """谁来处罚 asks for the authority: the rental agency's own duties (an enterprise) rank below
    the article by which the police fine it."""
    from kg.read.who import ASKS_DEPARTMENT_RE
    assert ASKS_DEPARTMENT_RE.search("谁来处罚") and ASKS_DEPARTMENT_RE.search("谁罚款")
    top = who_owns("租房中介把租客信息卖给别人，谁来处罚", corpus_out, limit=1)[0]
    assert "将获悉的租赁房屋信息出售或者非法提供给他人" in "".join(top.task_text.split())


@pytest.mark.parametrize("question, level", [
    ("市里谁督促各地抓好落实", "city"), ("市本级资金谁出", "city"),
    ("济南各区县的歌舞厅谁管理", "county"), ("县里的养老院谁管", "county"),
    ("城市里的燃气管网谁管", None), ("小区里的垃圾谁管", None), ("各区域的河长制谁负责", None),
    # 地方 opening the question asks any government below the State's; 地方性法规, 地方志 and a
    # matter's own 地方 later in the question ask nothing
    ("地方上的森林防火工作谁来组织协调", "local"), ("地方湿地保护规划由谁编制", "local"),
    ("地方性法规目录由谁提供", None), ("2016年地方专项债券4000亿元是哪个部委负责", "national"),
    # 市区, the city's urban area, asks the city (not 城市区域, 各市区)
    ("市区里的古树名木谁负责管理", "city"), ("城市区域的绿化谁管", None), ("各市区的环境卫生谁负责", None),
    # the asker's own place (本地的…, 在当地…) asks the local body too; 本地区, a matter's 当地方… not
    ("本地幼儿园归哪个部门管", "local"), ("谁负责在本地贯彻执行档案工作的法律法规", "local"),
    ("本地区法律援助工作由什么机构组织指导协调", None),
    # 省里 / 省本级 / 省一级 ask the province's body (not 全省, a matter's extent)
    ("省里救助流浪乞讨人员的工作由谁统筹协调", "province"), ("省本级的救灾资金谁出", "province"),
    ("全省的森林防火谁负责", None),
])
def test_the_level_a_question_asks_of(question, level):
    """市里 / 区里 ask the level where they open the question or follow a little word; inside
    城市里, 小区里 or 各区域 they ask nothing."""
    from kg.read.who import LEVEL_ASKED
    assert next((lv for lv, pat in LEVEL_ASKED if pat.search(question)), None) == level


def test_the_provinces_body_asked(gov_indexes):
    """省里 asks the province's body: a city's 联席会议 (北京市…联席会议, 全市) writing the same
    duty ranks below the province's one (n480: 在省政府领导下，统筹协调全省…), round 93."""
    top = who_owns("省里救助流浪乞讨人员的工作由谁统筹协调", gov_indexes["prose"], limit=1)[0]
    assert "统筹协调全省流浪乞讨人员救助管理工作" in top.task_text, top.task_text


def test_a_clause_narrowed_to_a_case_not_asked(gov_indexes):
    """A clause opening with the case it narrows the matter to (街道办事处管辖的位于城镇开发边界外的
    村庄，由街道办事处…组织编制村庄规划) answers that case: a question writing none of its words asks the
    clause on the matter at large (乡（镇）人民政府组织编制村庄规划), round 94."""
    from kg.read.who import NARROWED_RE
    case = NARROWED_RE.match("街道办事处管辖的位于城镇开发边界外的村庄，由街道办事处按照本条例规定组织编制村庄规划")
    assert case and case.group("case").endswith("城镇开发边界外")
    assert NARROWED_RE.match("违反本条例规定的，由城市管理部门责令改正")
    assert not NARROWED_RE.match("乡（镇）人民政府组织编制村庄规划")
    top = who_owns("衢州农村的村庄规划谁来编", gov_indexes["units-dlc"], limit=1)[0]
    assert "乡（镇）人民政府" in {u["unit"] for u in top.units}, top.task_text
    # (asked of the case, the clause answering it stays first)
    top = who_owns("衢州城镇开发边界外的村庄规划谁来编", gov_indexes["units-dlc"], limit=1)[0]
    assert "街道办事处" in {u["unit"] for u in top.units}, top.task_text


REGULATION = """某某市地质灾害防治办法

第一条 市自然资源主管部门负责全市地质灾害防治的组织、协调、指导和监督工作。

第二条 市住房城乡建设、水利、交通运输等部门按照各自的职责做好本系统的地质灾害防治相关工作。

第三条 公共安全视频系统管理单位应当合理确定图像采集设备的安装位置，并设置显著的提示标识。

第四条 未设置提示标识的，由公安机关责令改正。
"""


@pytest.fixture(scope="module")
def regulation_out(tmp_path_factory):
    from kg.pipeline import build_and_write
    d = tmp_path_factory.mktemp("regulation")
    (d / "a.txt").write_text(REGULATION, encoding="utf-8")
    build_and_write([d / "a.txt"], d / "out")
    return d / "out"


def _top(question, out):
    return "".join(who_owns(question, out, limit=1)[0].task_text.split())


def test_a_unit_the_question_sets_aside(regulation_out):
    """除了X，还有哪些部门…: X is known to the asker, not asked; its own article ranks below the
    others' (without the 除了 clause, asking one department, it ranks first; 哪些部门 alone asks several
    and the article of 市住房城乡建设、水利、交通运输等部门 answers it first: PLURAL_ASKED_RE)."""
    from kg.read.who import _set_aside
    assert _top("哪个部门管地质灾害防治", regulation_out).startswith("市自然资源主管部门")
    assert _top("哪些部门管地质灾害防治", regulation_out).startswith("市住房城乡建设")
    assert _top("除了自然资源部门，还有哪些部门管地质灾害防治", regulation_out).startswith("市住房城乡建设")
    rest, _ids, words = _set_aside("除了自然资源部门，还有哪些部门管地质灾害防治", load_index(regulation_out))
    assert words and all(w in "自然资源" for w in words) and "自然资源" not in rest
    for q in ("哪些部门管地质灾害防治", "病媒生物除四害还要做什么", "道路除雪，谁负责"):
        assert _set_aside(q, load_index(regulation_out)) == (q, set(), [])     # 除 a verb
    assert _set_aside("除市自然资源主管部门外还有谁", load_index(regulation_out))[2]


def test_a_sanction_is_no_owner_of_the_duty(regulation_out):
    """未设置…的，由公安机关责令改正 sanctions the duty; who holds the duty is the article that
    states it, unless the question asks who sanctions (谁来处罚)."""
    from kg.read.who import ASKS_SANCTION_RE, SANCTION_RE
    assert _top("设置提示标识是谁的责任", regulation_out).startswith("公共安全视频系统管理单位")
    assert _top("不设置提示标识谁来处罚", regulation_out).startswith("未设置提示标识的")
    assert SANCTION_RE.match("有下列行为之一的，由公安机关给予行政处罚：")
    assert SANCTION_RE.match("承租人留宿无有效身份证件的人员的，由公安机关根据《河北省租赁房屋治安管理条例》"
                             "第三十条规定，处二百元以上五百元以下罚款")
    assert not SANCTION_RE.match("对符合条件的就业创业残疾人，按规定落实相关就业补贴政策")
    assert ASKS_SANCTION_RE.search("把房子租给没有身份证的人住，谁来罚款")
    assert not ASKS_SANCTION_RE.search("设置提示标识是谁的责任")


def test_everyday_words_for_a_camera(regulation_out):
    """摄像头 (kg/data/abbreviations.tsv) is the everyday word for 图像采集设备."""
    words, _grams, _units = parse_question("小区门口的摄像头归谁管", load_index(regulation_out))
    assert "采集" in words or "图像采集设备" in words
    assert _top("小区门口的摄像头归谁管", regulation_out).startswith("公共安全视频系统管理单位")


COUNTY_BODIES = {
    "a.txt": """鞍山市文化娱乐市场管理规定

第一条 为加强本市文化娱乐市场管理，制定本规定。

第二条 鞍山市文化局是本市文化娱乐市场的主管部门。县（区）文化局在市文化局统一领导下，负责本行政区域内的文化娱乐市场的管理。

第三条 公安、工商行政管理等部门按照各自职责，协同文化部门管理文化娱乐市场。
""",
    "b.txt": TWO_PLACES["a.txt"],
}


@pytest.fixture(scope="module")
def county_bodies(tmp_path_factory):
    return _built(tmp_path_factory, "county", COUNTY_BODIES)


@pytest.mark.parametrize("question", ["立山区的文化娱乐市场谁管理", "立山区文化娱乐市场管理由谁负责"])
def test_a_county_named_asks_its_own_bodies_in_the_citys_text(county_bodies, question):
    """A county the question names (立山区) and a city's text on what its counties' bodies do
    (县（区）文化局…负责本行政区域内…): that clause is the named county's, not the city's above
    it, so it ranks before the city's own bureau; asked of the city, the city's bureau is first."""
    top = who_owns(question, county_bodies, limit=1)[0]
    assert [u["unit"] for u in top.units] == ["县（区）文化局"]
    top = who_owns("鞍山市的文化娱乐市场谁主管", county_bodies, limit=1)[0]
    assert [u["unit"] for u in top.units] == ["鞍山市文化局"]


@pytest.mark.parametrize("question", ["济南各区县的歌舞厅网吧这些娱乐场所谁管理",
                                      "济南县里的娱乐场所归谁管理"])
def test_the_counties_asked_of_a_city_named(gov_indexes, question):
    """济南各区县的…: the level asked (各区县, 县里) is had by a task owned at that level whether
    its text writes it or not, as the city's name by the city's clause that writes it (济南市文化
    局是本市文化娱乐市场的主管部门): the counties' bureau ranks first of the culture market's clauses.
    (Since prose round 82, 济南's 扬尘 rules, whose 区县人民政府 clauses hold 济南 and 区县 and a 管理
    in their title, rank before it on the first question: third, a miss the question set records; fourth
    since session 33's twelve new prose texts moved the index's weights, its 济南 clauses unchanged.)"""
    got = [[u["unit"] for u in r.units] for r in who_owns(question, gov_indexes["prose"], limit=5)]
    market = [g for g in got if g in (["县（区）文化局"], ["济南市文化局"])]
    assert market and market[0] == ["县（区）文化局"] and got.index(["县（区）文化局"]) < 4, got
    top = who_owns("济南全市的文化娱乐市场归哪个局主管", gov_indexes["prose"], limit=1)[0]
    assert [u["unit"] for u in top.units] == ["济南市文化局"]


def test_unit_levels():
    from kg.read.who import _unit_level
    assert _unit_level("济南市文化局") == "city" and _unit_level("县（区）文化局") == "county"
    assert _unit_level("县委宣传部") == "county" and _unit_level("各级人民政府") is None
    # a Party body named with 中共 is its committee's level, not the State's (was national)
    assert _unit_level("中共石城县委宣传部") == "county" and _unit_level("中共突泉县委") == "county"
    assert _unit_level("中共莆田市委组织部") == "city" and _unit_level("中共中央宣传部") == "national"
    for name in ("国家市场监督管理总局", "国务院市场监督管理部门", "公安部", "中国人民银行"):
        assert _unit_level(name) == "national", name            # 市场, no city


def test_the_state_asked(gov_indexes):
    """国家哪个部门 asks the State's: 国家 is had by the tasks a national body owns (国务院市场监督
    管理部门), not by the clause every level of government owns (各级人民政府…反食品浪费…)."""
    from kg.read.who import LEVEL_ASKED
    national = dict(LEVEL_ASKED)["national"]
    assert national.search("饭店食品浪费归国家哪个部门监督")
    assert not national.search("国家安全教育谁负责") and not national.search("国家级湿地公园谁管")
    top = who_owns("饭店食品浪费归国家哪个部门监督", gov_indexes["prose"], limit=1)[0]
    assert [u["unit"] for u in top.units] == ["国务院市场监督管理部门"]


def test_everyday_words_of_round_nine(small_out):
    """家暴, 车祸, 比赛, 体育馆, 县城, 交警, 经费 in a question meet the official terms of the texts
    (rows of kg/data/abbreviations.tsv, stored in every index)."""
    table = load_index(small_out).expansions(["家暴", "车祸", "比赛", "体育馆", "县城", "交警", "经费"])
    assert "家庭暴力" in table["家暴"] and "交通事故" in table["车祸"] and "赛事" in table["比赛"]
    assert "体育场馆" in table["体育馆"] and "县人民政府所在地" in table["县城"]
    assert "公安机关交通管理部门" in table["交警"] and "资金" in table["经费"]


def test_everyday_words_of_round_eleven(small_out):
    """安委会, 镇街, 景区 in a question meet the terms of the texts (rows of kg/data/abbreviations.tsv):
    安全生产委员会, 乡镇…街道 (乡镇人民政府、街道办事处, through the words that tile 乡镇街道),
    风景名胜区."""
    index = load_index(small_out)
    table = index.expansions(["安委会", "镇街", "景区", "风景区"])
    assert "安全生产委员会" in table["安委会"] and "乡镇街道" in table["镇街"]
    assert "风景名胜区" in table["景区"] and "风景名胜区" in table["风景区"]


@pytest.mark.parametrize("build, question, anchor", [
    ("prose", "韶关镇街的安委会由谁设立", "乡镇人民政府、街道办事处应设立安全生产委员会"),
    ("units-dlc", "漯河景区的绿化归谁管", "风景名胜区管理机构负责的绿化工作"),
])
def test_everyday_words_of_round_eleven_on_their_builds(gov_indexes, build, question, anchor):
    assert anchor in "".join(who_owns(question, gov_indexes[build], limit=1)[0].task_text.split())


SMOKING = """某某市人民政府办公室

关于印发控制吸烟工作方案的通知

1.加强公共场所控制吸烟工作的组织领导，将控制吸烟工作纳入考核。（责任单位：各县（市、区）人民政府）

2.开展公共场所控制吸烟宣传和监督检查。（责任单位：市卫生健康委员会）
"""


@pytest.fixture(scope="module")
def smoking(tmp_path_factory):
    from kg.pipeline import build_and_write
    d = tmp_path_factory.mktemp("smoking")
    (d / "a.txt").write_text(SMOKING, encoding="utf-8")
    build_and_write([d / "a.txt"], d / "out")
    return d / "out"


def test_a_department_asked_ranks_a_governments_own_clause_lower(smoking):
    """哪个部门 asks for a department: a clause only governments own (各县（市、区）人民政府加强…组织
    领导) keeps GOVERNMENT_FACTOR of its score, the department's first; asked 谁负责, the words
    alone decide (the government's clause, the shorter match, first). 抽烟 ~ 吸烟 (a row of
    kg/data/abbreviations.tsv)."""
    top = lambda q: who_owns(q, smoking, limit=1)[0].units[0]["unit"]
    assert top("公共场所控烟工作由哪个部门负责") == "市卫生健康委员会"
    assert top("公共场所抽烟归哪个部门管") == "市卫生健康委员会"
    assert top("公共场所控制吸烟工作谁负责") == "各县（市、区）人民政府"
    assert "吸烟" in load_index(smoking).expansions(["抽烟"])["抽烟"]


def test_who_is_in_charge_does_not_outweigh_the_level_asked(county_bodies):
    """归谁主管 asks who is in charge: the city's designation clause writes 主管部门 (鞍山市文化局是本市
    …的主管部门), but with the counties asked (县里, 各区县) the counties' body in charge has 主管
    too, whatever its clause's verb (县（区）文化局…负责…管理); asked of the city, the city's bureau."""
    from kg.read.who import OWNER_ASK_RE
    assert OWNER_ASK_RE.search("娱乐场所归谁主管") and OWNER_ASK_RE.search("非遗的主管部门是哪个")
    assert not OWNER_ASK_RE.search("主管部门的监督检查谁负责")
    for q in ("鞍山县里的文化娱乐市场归谁主管", "鞍山各区县的文化娱乐市场由哪个部门主管"):
        assert [u["unit"] for u in who_owns(q, county_bodies, limit=1)[0].units] == ["县（区）文化局"], q
    top = who_owns("鞍山市的文化娱乐市场归哪个局主管", county_bodies, limit=1)[0]
    assert [u["unit"] for u in top.units] == ["鞍山市文化局"]


def test_a_multi_level_body_is_no_county_body():
    from kg.read.who import _unit_level
    assert _unit_level("县级以上地方人民政府") is None and _unit_level("县级以上人民政府文化主管部门") is None
    assert _unit_level("县教育体育局") == "county" and _unit_level("各县区人民政府") == "county"


ELDERLY = {
    "a.txt": TWO_PLACES["a.txt"].replace("3.一般公共预算收入增长6%左右。（牵头单位：区财政局）",
                                         "3.落实高龄老人养老服务补贴政策。（牵头单位：区民政局）"),
    "b.txt": """海城市人民政府办公室

关于印发海城市2023年城市建设重点任务的通知

1.推进海城市老城区燃气管网改造。（牵头单位：市住房和城乡建设局）

2.建设海城市全民健身中心。（牵头单位：市体育局）
""",
    "c.txt": """大连市人民政府办公室

关于印发大连市2023年养老服务工作要点的通知

1.完善社区养老服务网络。（牵头单位：市民政局）

2.加强养老服务人才培养。（牵头单位：市人力资源和社会保障局）
""",
}


@pytest.fixture(scope="module")
def elderly(tmp_path_factory):
    return _built(tmp_path_factory, "elderly", ELDERLY)


def test_a_match_on_the_place_alone_is_no_answer(elderly):
    """海城的养老服务谁负责, and 海城's plan has nothing on 养老: its clauses that only write 海城市
    (建设海城市全民健身中心) are no answer; they ranked before the 养老服务 clauses of other places
    (kept at PLACE_ELSEWHERE). Asked about a matter 海城's plan has, its clause first."""
    res = who_owns("海城的养老服务谁负责", elderly, limit=3)
    assert res and all("养老服务" in r.task_text for r in res)
    assert who_owns("海城的燃气管网改造谁负责", elderly, limit=1)[0].source["file"] == "b.txt"
    assert who_owns("海城市政府负责什么", elderly, limit=1)[0].source["file"] == "b.txt"   # the place alone asked


PLACELESS = {
    "a.txt": """海城市人民政府办公室

关于印发海城市2023年城市建设重点任务的通知

1.推进老旧小区供热管网改造。（牵头单位：市住房和城乡建设局）

2.建设海城市全民健身中心。（牵头单位：市体育局）
""",
    # a text naming no place (a rule's articles, its issuer cut off)
    "b.txt": """供热管理办法

第五条 供热管网的改造和维修由供热主管部门负责。

第六条 供热单位应当按照规定的时间和温度标准供热。
""",
}


@pytest.fixture(scope="module")
def placeless(tmp_path_factory):
    return _built(tmp_path_factory, "placeless", PLACELESS)


def test_a_text_of_no_place_yields_to_the_places_own_answer(placeless):
    """A question naming 海城, and 海城's plan has a clause on the matter (供热管网): a clause of a text
    whose place is not known keeps no more than one of another place (PLACE_ELSEWHERE), so 海城's
    clause is first though the placeless one has more of the question (维修, 主管; before: the
    placeless one first, kept at PLACE_UNKNOWN). Not named, the placeless clause first; where 海城's
    texts have nothing of the matter (温度标准), the placeless one is first again, at PLACE_UNKNOWN."""
    top = lambda q: who_owns(q, placeless, limit=1)[0]
    assert top("海城市供热管网维修归谁管").source["file"] == "a.txt"
    assert top("海城市供热管网维修归哪个部门主管").source["file"] == "a.txt"
    assert top("供热管网维修归谁管").source["file"] == "b.txt"
    assert "温度标准" in top("海城的温度标准谁负责").task_text


# (济南各区县的歌舞厅网吧由哪个部门主管 was here: the expected clause holds none of its matter's words,
# only 济南 by its document; since prose round 82 济南's 扬尘 rules, whose 区县人民政府 clauses hold 济南 and
# 区县, rank before it, a miss of word matching the question set records)
@pytest.mark.parametrize("question, anchor", [
    ("济南各区县的文化娱乐市场由哪个部门主管", "县（区）文化局在市文化局统一领导下"),
    ("济南县里的娱乐场所归谁主管", "县（区）文化局在市文化局统一领导下"),
    # the level's own designation clause (市、区县…经委是…主管部门) keeps its 主管 first
    ("西宁各区县的企业治乱减负归哪个部门主管", "是本行政区域内企业治乱减负工作的主管部门"),
])
def test_who_is_in_charge_at_the_level_asked_on_the_prose_build(gov_indexes, question, anchor):
    assert anchor in "".join(who_owns(question, gov_indexes["prose"], limit=1)[0].task_text.split())


def test_other_verbs_asking_who_is_in_charge_read_as_zhuguan():
    """分管, 监管, 负责管理, 归口, 归…管 ask who is in charge as 主管 does: the verb is read as 主管, no
    word of the matter; where 监管 is the matter (分级分类监管的工作要点) nothing is read."""
    from kg.read.who import _owner_asked
    assert _owner_asked("秀山梅江河的水环境归哪个部门监管") == ("秀山梅江河的水环境归哪个部门主管", True)
    assert _owner_asked("娱乐场所由哪个部门负责管理") == ("娱乐场所由哪个部门主管", True)
    assert _owner_asked("娱乐场所归口哪个部门") == ("娱乐场所主管哪个部门", True)
    assert _owner_asked("城市建设的分管部门是谁") == ("城市建设的主管部门是谁", True)
    # 归…管 asks it too (归哪个部门管, 归谁管); not 管理 / 管护 / 管控 / 管制, verbs of a matter
    assert _owner_asked("城建档案工作归哪个部门管") == ("城建档案工作归哪个部门主管", True)
    assert _owner_asked("汽车销售监督检查归谁管") == ("汽车销售监督检查归谁主管", True)
    # a bare 归哪个部门 / 归谁 ending the question, or 归…负责, asks the body the matter belongs to
    assert _owner_asked("地方湿地保护管理工作归哪个部门") == ("地方湿地保护管理工作归哪个部门主管", True)
    assert _owner_asked("本地的网约车管理归哪个部门负责") == ("本地的网约车管理归哪个部门主管", True)
    assert _owner_asked("石城河长制的宣传和舆论引导归谁？") == ("石城河长制的宣传和舆论引导归谁主管？", True)
    for q in ("企业信用分级分类监管的工作要点由哪个部门牵头研究", "监管部门的检查谁负责",
              "岗位培训要加消防安全知识，这事归哪个部门督促", "村委会成员培训归哪个部门指导",
              "主管部门的监督检查谁负责", "古树归哪个部门管护", "出租屋的治安由谁管理",
              "电梯检测结果的抽查谁管"):
        assert _owner_asked(q) == (q, False), q


@pytest.mark.parametrize("question, anchor", [
    # the counties asked: their bureau, whatever the verb (监管, 分管, 负责管理, 归口) — the
    # functional zones' 安全生产监督管理 clause, the city's 主管部门 and the 提案 clause on 归口管理
    # ranked first before
    # (asked of 歌舞厅网吧, words its clause does not hold, 济南's 扬尘 rules rank first since prose round 82)
    ("济南各区县的文化娱乐市场由哪个部门监管", "县（区）文化局在市文化局统一领导下"),
    ("济南县里的文化娱乐市场归谁分管", "县（区）文化局在市文化局统一领导下"),
    ("济南县里的娱乐场所归口哪个部门", "县（区）文化局在市文化局统一领导下"),
    ("济南县里的娱乐场所归哪个部门负责管理", "县（区）文化局在市文化局统一领导下"),
    # the level's own designation clause first (the government's clause was, asked 监管 / 分管)
    ("西宁各区县的企业治乱减负归哪个部门监管", "是本行政区域内企业治乱减负工作的主管部门"),
    ("西宁各区县的企业治乱减负归哪个部门分管", "是本行政区域内企业治乱减负工作的主管部门"),
    # …and the city asked: the city's bureau
    ("济南全市的文化娱乐市场归哪个局监管", "济南市文化局是本市文化娱乐市场的主管部门"),
    ("济南全市的文化娱乐市场归哪个局分管", "济南市文化局是本市文化娱乐市场的主管部门"),
])
def test_other_verbs_asking_who_is_in_charge_at_the_level_asked(gov_indexes, question, anchor):
    assert anchor in "".join(who_owns(question, gov_indexes["prose"], limit=1)[0].task_text.split())


@pytest.mark.parametrize("question, anchor", [
    # 除了X，还有哪些部门…: the others, as the text names them, before X's own clause with its partners
    ("除了国土部门，国务院还有哪些部门管地质灾害防治", "国务院其他有关部门按照各自的职责负责有关的地质灾害防治工作"),
    # without a part set aside, the words alone decide
    ("国务院哪个部门编制全国地质灾害防治规划", "编制全国地质灾害防治规划"),
])
def test_the_others_asked_for_after_a_unit_set_aside(gov_indexes, question, anchor):
    assert anchor in "".join(who_owns(question, gov_indexes["prose"], limit=1)[0].task_text.split())


BARE_KIND = """关于落实整改任务的通知
1.加强饮用水源地保护。（责任单位：各县市党委和政府）
2.规范政府文件公开目录。（责任单位：市政务服务局）
"""


def test_a_bare_kind_mention_names_no_unit_in_a_question(tmp_path):
    """`各县市党委和政府` is cut into 各县市党委 and 政府 (a surface segment kept as the mention of
    各县市人民政府): the question's 政府 of 政府文件 is the matter's word, not that unit; its alias
    would have boosted the collective's tasks over the one the question asks about."""
    from kg.pipeline import build_and_write
    from kg.read.who import _parse
    (tmp_path / "a.txt").write_text(BARE_KIND, encoding="utf-8")
    out = tmp_path / "out"
    build_and_write([tmp_path / "a.txt"], out)
    index = load_index(out)
    assert _parse("政府文件公开目录由谁负责", index)[2] == set()
    assert _parse("各县市党委谁负责饮用水源地保护", index)[2]
    assert who_owns("政府文件公开目录由谁负责", out)[0].task_text.startswith("规范政府文件")


def test_the_verbs_asked_of_an_object_are_the_verbs_acting_on_others():
    """OBJECT_ASKED_RE is built from OBJECT_OF_RE's verbs (ACTING_ON_VERBS), 要求 and 帮助 left
    out: a unit before 谁来指导 is the object, one before 谁要求 is not."""
    from kg.read.who import ACTING_ON_VERBS, OBJECT_ASKED_RE, OBJECT_OF_RE
    for verb in ACTING_ON_VERBS:
        assert OBJECT_OF_RE.search("谁来" + verb)
        asked = OBJECT_ASKED_RE.search("村委会工作哪个部门来" + verb)
        assert bool(asked) is (verb not in ("要求", "帮助"))
    assert OBJECT_ASKED_RE.search("村委会工作谁来指导").group(0) == "谁来指导"


def test_a_bare_unit_name_also_names_the_units_adding_a_level(tmp_path):
    """国土局 written by one text and 县国土局 by another are two units: a question's 国土局
    names both (a person drops the level), 县国土局 only the one so named."""
    from kg.pipeline import build_and_write
    from kg.read.who import _parse
    (tmp_path / "a.txt").write_text("关于矿山整治的通知\n一、县国土局负责矿山地质环境治理工作。\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("关于土地整治的通知\n一、国土局负责土地整治项目验收。\n",
                                    encoding="utf-8")
    out = tmp_path / "out"
    build_and_write([tmp_path / "a.txt", tmp_path / "b.txt"], out)
    index = load_index(out)
    bare = _parse("国土局负责什么", index)[2]
    county = _parse("县国土局负责什么", index)[2]
    assert county and county < bare
    assert any(r.task_text.startswith("县国土局负责矿山") for r in who_owns("矿山地质环境治理国土局负责吗", out, limit=1))


# ---- round 21: 共同管理 as 负责…管理, and the township level asked (the texts are written for the test)
MANAGED_AND_TOWNS = {
    "a.txt": """某市文化产业发展专项资金管理办法

第三条 文化产业发展专项资金遵循公开透明、绩效优先的原则，由市财政局、市文化广电旅游局共同管理。

第四条 市财政局职责：参与制定专项资金管理办法；组织专项资金年度预算编制。

第五条 市文化广电旅游局职责：参与制定专项资金管理办法；提出专项资金年度分配建议。
""",
    "b.txt": """某县全面推行林长制实施方案

一、组织体系
各责任单位应当依法履行森林资源保护相关职责，协同推进实施林长制工作。
由镇长担任一级林长，镇人民政府作为林长制责任单位，负责辖区林长制工作。
""",
}


@pytest.fixture(scope="module")
def managed_and_towns(tmp_path_factory):
    return _built(tmp_path_factory, "managed", MANAGED_AND_TOWNS)


def test_jointly_managed_is_who_manages(managed_and_towns):
    from kg.read.who import MANAGES_RE
    # the clauses that manage a matter: 负责…管理, 共同/统一/归口/分级管理; not a 管理办法 named
    for clause in ("由市财政局、市文化广电旅游局共同管理", "由县水利局统一管理", "负责辖区内河道的日常管理"):
        assert MANAGES_RE.search(clause), clause
    for clause in ("参与制定专项资金管理办法", "共同制定管理制度"):
        assert not MANAGES_RE.search(clause), clause
    top = who_owns("文化产业发展专项资金归哪个部门管", managed_and_towns, limit=1)[0]
    assert "共同管理" in top.task_text



MANAGED_OF = {
    "a.txt": """某县扫除文盲工作实施办法

第三条 县教育局应加强对扫除文盲工作的具体管理。

第五条 县教育局应健全成人教育管理机构，配备与工作任务相适应的专职工作人员，具体负责扫除文盲的管理工作，组织扫除文盲工作的考核验收，开展扫除文盲工作的宣传。
""",
}


def test_the_management_of_a_matter_is_who_manages(tmp_path_factory):
    """加强对X的管理 / 对X的具体管理 designates the body managing X as 负责…管理 does (q54: 扫盲工作具体归
    哪个部门管, the clause 各级教育行政部门应加强对扫除文盲工作的具体管理 lacked the 主管 asked and ranked
    below the same body's longer clause); not 对X实行…管理 nor a 管理办法 or 管理制度 it names."""
    from kg.read.who import MANAGES_RE
    for clause in ("各级教育行政部门应加强对扫除文盲工作的具体管理", "县民政局负责对殡葬服务单位的监督管理"):
        assert MANAGES_RE.search(clause), clause
    for clause in ("乡镇卫生院对集体产权村卫生室实行一体化管理", "对专项资金的管理办法另行制定"):
        assert not MANAGES_RE.search(clause), clause
    top = who_owns("扫盲工作具体归哪个部门管", _built(tmp_path_factory, "managedof", MANAGED_OF), limit=1)[0]
    assert "具体管理" in top.task_text, top.task_text

# ---- session 33: 由X管理 manages the matter; 负责 asked of a named unit is a word of the matter
MANAGED_BY = {
    "a.txt": """某县动物防疫条例

第六条 县动物防疫监督机构负责本辖区内生物制品的发放和使用。

第七条 预防动物疫病所需的生物制品由县畜牧兽医局管理。
""",
    "b.txt": """某县基层医疗卫生机构建设方案

1.乡镇卫生院对集体产权村卫生室实行一体化管理。（责任单位：乡镇卫生院）

2.乡镇卫生院负责提供基本公共卫生服务和常见病的诊疗护理。（责任单位：乡镇卫生院）
""",
}


@pytest.fixture(scope="module")
def managed_by(tmp_path_factory):
    return _built(tmp_path_factory, "managedby", MANAGED_BY)


def test_managed_by_a_unit_is_who_manages(managed_by):
    """由X管理 designates the body managing the matter as 负责…管理 does (预防动物疫病所需的生物制品
    由…畜牧兽医行政管理部门管理): asked 归哪个部门管 (主管), that clause has the word; a 管理办法 it
    names is not it."""
    from kg.read.who import MANAGES_RE
    for clause in ("预防动物疫病所需的生物制品由各级人民政府畜牧兽医行政管理部门管理",
                   "其它自来水公司及镇办供水站由所在地人民政府管理"):
        assert MANAGES_RE.search(clause), clause
    for clause in ("由市财政局会同有关部门制定管理办法", "由所在地人民政府制定管理制度", "由县政府负责，管理"):
        assert not MANAGES_RE.search(clause), clause
    top = who_owns("生物制品归哪个部门管", managed_by, limit=1)[0]
    assert "由县畜牧兽医局管理" in top.task_text, top.task_text


def test_a_named_units_duties_asked_keep_fuze(managed_by):
    """X负责什么 names who and asks what it does: 负责 is a word of the matter that the unit's duty
    clause writes (乡镇卫生院负责提供…), above its other clauses; 谁负责 asks who (a question word)."""
    index = load_index(managed_by)
    assert "负责" in parse_question("乡镇卫生院负责什么", index)[0]
    assert "负责" not in parse_question("基本公共卫生服务谁负责", index)[0]
    assert "负责" not in parse_question("基本公共卫生服务由谁负责什么", index)[0]
    top = who_owns("乡镇卫生院负责什么", managed_by, limit=1)[0]
    assert top.task_text.startswith("乡镇卫生院负责提供"), top.task_text


PROPERTY = {
    "a.txt": """某市住宅小区管理办法

第三条 市建设行政主管部门是本市住宅区物业管理的主管部门。

第四条 主管部门负责组织实施本办法，对小区管理工作进行监督检查。

第五条 住宅小区业主委员会选举产生方法，由市房地产管理局另行制定。
""",
    "b.txt": """某省党代表大会议事规则

一、全委会选举省委常委会和书记、副书记；通过选举产生的常委会和书记、副书记。（责任单位：省委全委会）
""",
}


@pytest.fixture(scope="module")
def property_rules(tmp_path_factory):
    return _built(tmp_path_factory, "property", PROPERTY)


def test_yeweihui_is_short_for_yezhu_weiyuanhui(property_rules):
    """业委会 is the short form of 业主委员会 (kg/data/abbreviations.tsv, as 村委会 of 村民委员会):
    业委会选举办法谁来定 finds the rule on how the 业主委员会 is elected, not another body's 选举."""
    index = load_index(property_rules)
    assert "业主委员会" in index.expansions(["业委会"])["业委会"]
    top = who_owns("业委会选举办法谁来定", property_rules, limit=1)[0]
    assert "业主委员会选举产生方法" in top.task_text, top.task_text


def test_a_body_in_charge_left_unnamed_is_no_unit_asked(property_rules):
    """主管部门 written alone (主管部门负责…: kept as the unit of its clause) names no body: a
    question's 主管部门是谁 asks for the body in charge of its matter, and the clauses of the unit
    a text calls 主管部门 got a boost for it (its 街道办事处 clauses first before)."""
    from kg.read.who import _parse
    from kg.write.search_index import _BARE_KINDS_RE
    index = load_index(property_rules)
    assert not index.aliases(["主管部门"])
    for name in ("主管部门", "行政主管部门", "有关主管部门", "其他有关行政主管部门"):
        assert _BARE_KINDS_RE.fullmatch(name), name
    for name in ("市建设行政主管部门", "文物主管部门"):
        assert not _BARE_KINDS_RE.fullmatch(name), name
    assert _parse("住宅小区物业管理的主管部门是谁", index)[2] == set()
    top = who_owns("住宅小区物业管理的主管部门是谁", property_rules, limit=1)[0]
    assert "是本市住宅区物业管理的主管部门" in top.task_text, top.task_text


EVERYDAY_SHORT = {
    "a.txt": """某市民生工作任务分工方案

1.做好城乡最低生活保障对象的认定和资金发放。（责任单位：市民政局）

2.推进农村电子商务发展，建设县级电子商务公共服务中心。（牵头单位：市商务局）

3.加强巡游出租汽车经营服务行为的监督检查。（责任单位：市交通运输局）

4.强化疾病预防控制机构标准化建设。（责任单位：市卫生健康委员会）

5.推进棚户区改造，完成年度开工任务。（牵头单位：市住房和城乡建设局）

6.加强城市公共图书馆建设。（责任单位：市文化广电和旅游局）
""",
}


@pytest.fixture(scope="module")
def everyday_short(tmp_path_factory):
    return _built(tmp_path_factory, "everyday", EVERYDAY_SHORT)


@pytest.mark.parametrize("question, anchor", [
    ("低保对象由哪个部门认定", "最低生活保障对象的认定"),
    ("电商公共服务中心谁来建", "电子商务公共服务中心"),
    ("出租车经营谁监督检查", "巡游出租汽车经营服务行为"),
    ("疾控机构标准化建设谁负责", "疾病预防控制机构标准化建设"),
    ("棚改开工任务谁牵头", "推进棚户区改造"),
])
def test_everyday_short_forms_of_the_data_file(everyday_short, question, anchor):
    """低保, 电商, 出租车, 疾控, 棚改 (and 公租房, 保障房, 新冠, 个体户, 公积金, 中职, 高企, 外企, 居民医保,
    高校, 民企): the short forms people say for the words the texts write (kg/data/abbreviations.tsv);
    低保由哪个部门负责 found nothing on the prose build, which writes 最低生活保障 only."""
    index = load_index(everyday_short)
    short = question[:2] if question[:3] not in ("出租车",) else question[:3]
    assert index.expansions([short]).get(short), short
    top = who_owns(question, everyday_short, limit=1)[0]
    assert anchor in top.task_text, (question, top.task_text)


EVERYDAY_WORDS = {
    "a.txt": """某市城市管理条例

第五条 生态环境主管部门负责社会生活环境噪声污染防治的监督管理。

第六条 卫生健康主管部门负责老年人健康服务和医疗机构就医秩序的管理。

第七条 住房和城乡建设主管部门负责城市供热经营企业的监督检查。

第八条 公安机关交通管理部门负责交通信号灯的设置和维护。

第九条 城市管理综合执法部门负责查处违法建设行为。

第十条 教育部门负责做好学校的安全教育工作。
""",
}


@pytest.fixture(scope="module")
def everyday_words(tmp_path_factory):
    return _built(tmp_path_factory, "everydaywords", EVERYDAY_WORDS)


@pytest.mark.parametrize("question, anchor", [
    ("晚上噪音扰民归哪个部门管", "环境噪声污染防治"),
    ("老人看病的秩序谁来管", "老年人健康服务"),
    ("暖气公司谁来监督检查", "供热经营企业"),
    ("红绿灯坏了找谁", "交通信号灯的设置"),
    ("违建谁来查处", "违法建设"),
])
def test_everyday_words_of_the_data_file(everyday_words, question, anchor):
    """噪音, 老人, 看病, 暖气, 红绿灯, 违建 (and 小孩, 孩子, 违章建筑, 供暖): the words people say for the
    texts' terms (噪声, 老年人, 就医, 供热, 交通信号灯, 违法建设; kg/data/abbreviations.tsv). 狗 (犬), 煤气 (燃气),
    欠薪 (拖欠工资) and 小贩 (摊贩) were tried and left out: each moved a question of the set down (被狗咬伤的…
    second, 滨州欠薪案件的… fourth, 市里谁督促各地抓好老旧燃气管网改造的落实 and 小作坊小餐饮和食品摊贩的… third).
    狗 is now a form of 犬只, the two-character word the dog rules write (session 41, round 84: 被狗咬伤的… stays
    first), not of the one character 犬."""
    index = load_index(everyday_words)
    table = index.expansions(["噪音", "老人", "看病", "暖气", "红绿灯", "违建", "小孩"])
    assert "噪声" in table["噪音"] and "老年人" in table["老人"] and "就医" in table["看病"]
    assert "供热" in table["暖气"] and "交通信号灯" in table["红绿灯"] and "违法建设" in table["违建"]
    assert "儿童" in table["小孩"]
    assert not index.expansions(["犬", "煤气", "欠薪", "小贩"])      # (tried, left out)
    assert index.expansions(["狗"]).get("狗") == ["犬只"]
    top = who_owns(question, everyday_words, limit=1)[0]
    assert anchor in top.task_text, (question, top.task_text)


LOCAL_BODY = {
    "a.txt": """广水市农村供水管理办法

第四条  各镇人民政府(街道办事处、开发区)负责本行政区域内农村供水工作的组织、指导和协调,以及辖区内供水单位的管理等工作。

第五条  市水利和湖泊局是农村供水的行业管理部门,负责全市农村供水规划、建设、监督与行业管理工作。水利部门负责润龙供水有限公司的管理;其它自来水公司及镇办供水站由所在地人民政府管理。

第六条  市卫生健康局主管全市农村饮用水卫生监督工作。
""",
}


@pytest.fixture(scope="module")
def local_body(tmp_path_factory):
    return _built(tmp_path_factory, "localbody", LOCAL_BODY)


def test_the_local_body_is_of_the_level_asked(local_body, gov_indexes, monkeypatch):
    """所在地人民政府 (当地…, 所在乡镇) is the government of the place where the matter is, of whatever
    level: a question asking a level (镇里) counts it at that level, as the 镇人民政府's own clause
    (广水镇里办的供水站归谁管, round 62: 镇办供水站由所在地人民政府管理 first, was second behind 各镇人民政府…
    供水单位的管理); not 所在单位, a person's employer."""
    import kg.read.who as who
    from kg.read.who import LOCAL_UNIT_RE
    for name in ("所在地人民政府", "当地公安机关", "所在乡镇", "属地政府"):
        assert LOCAL_UNIT_RE.match(name), name
    assert not LOCAL_UNIT_RE.match("所在单位")

    def scores(q):
        return {r.task_text[:6]: r.score for r in who_owns(q, local_body) if r.units}
    with_rule = scores("镇里办的供水站归谁管")
    monkeypatch.setattr(who, "LOCAL_UNIT_RE", re.compile("(?!)"))
    without = scores("镇里办的供水站归谁管")
    assert with_rule["其它自来水公"] > without["其它自来水公"]
    assert abs(with_rule["各镇人民政府"] - without["各镇人民政府"]) < 1e-9
    monkeypatch.undo()
    top = who_owns("广水镇里办的供水站归谁管", gov_indexes["prose"], limit=1)[0]
    assert "由所在地人民政府管理" in top.task_text, top.task_text


def test_township_level_asked(managed_and_towns):
    top = who_owns("镇里林长制的责任单位是谁", managed_and_towns, limit=1)[0]
    assert "镇人民政府" in {u["unit"] for u in top.units}


USE_FORMS = {
    "a.txt": """某某市市场监督管理局权责清单

1.对特种设备生产单位的监督检查（责任单位：市市场监督管理局）

2.对特种设备经营单位的监督检查（责任单位：市市场监督管理局）

3.对特种设备使用单位的监督检查（责任单位：市市场监督管理局）
""",
}


@pytest.fixture(scope="module")
def use_forms(tmp_path_factory):
    return _built(tmp_path_factory, "use", USE_FORMS)


def test_yong_written_alone_is_shiyong(use_forms):
    """Round 22: 用 written alone (工厂用的锅炉) asks the 使用单位's task, as 税 asks 税收's."""
    top = who_owns("工厂用的特种设备谁来监督检查", use_forms, limit=1)[0]
    assert "使用单位" in top.task_text


GLOSSED = {
    "a.txt": """某县议事规则

一、联（lián）席会（huì）议根据（jù）工作需要，由联（lián）席会（huì）议办公室提出并报召集人同意后召开。

二、县应急管理局负责组织防汛抗旱应急演练。

三、重大事项由联席会议牵头部门向县政府报告。

四、联席会议办公室要定期收集各成员单位工作进展情况。
""",
}


@pytest.fixture(scope="module")
def glossed(tmp_path_factory):
    return _built(tmp_path_factory, "glossed", GLOSSED)


def test_a_mirrors_glossed_words_are_found(glossed):
    """Round 24: 联（lián）席会（huì）议 is indexed as 联席会议 (its pinyin glosses left out); the
    entry keeps the text as written."""
    from kg.read.build import load_index
    index = load_index(glossed)
    texts = [index.entry(k)["text"] for k, _tf, _dl, _h in index.postings("联席会议", 50)]
    assert any("联（lián）席会（huì）议办公室提出" in t for t in texts)
    top = who_owns("联席会议什么时候开由谁提出", glossed, limit=1)[0]
    assert "联（lián）席会（huì）议办公室提出" in top.task_text


@pytest.mark.parametrize("question, anchor", [
    # round 25: short forms of the language, as 网约车 for 网络预约出租汽车
    ("医美诊所归谁检查", "对医疗美容服务的检查"),
    ("奥运标志侵权找谁", "对侵犯奥林匹克标志专有权的行为检查"),
])
def test_round25_short_forms(question, anchor, corpus_out):
    top = who_owns(question, corpus_out, limit=1)[0]
    assert top.task_text.startswith(anchor)


def test_the_piece_written_is_no_word_of_a_yearbook_topic(corpus_out):
    """年鉴X条目谁写 asks who writes topic X up: 条目 names the piece, not the topic (the 编纂方案's
    own rule on 条目 is no answer)."""
    top = who_owns("年鉴科技条目谁写", corpus_out, limit=1)[0]
    assert top.task_text == "科学技术" and {u["unit"] for u in top.units} == {"市科学技术局"}


def test_a_word_tiled_from_the_start_when_its_end_is_a_longer_word():
    """城市规划 with 市规划 in the vocabulary (a city's name for its planning department): the
    tiling read from the end stops at 城, the one from the start gives 城市 + 规划."""
    from kg.read.who import _tiles
    assert _tiles("城市规划", {"城市", "规划", "市规划", "城市规划"}) == ["城市", "规划"]
    assert _tiles("燃气管网", {"燃气", "管网"}) == ["燃气", "管网"]
    assert _tiles("城市规划", {"市规划"}) == []


def test_a_field_word_joined_to_the_matter_is_no_unit(gov_indexes):
    """建设 after 城市规划和 is the matter (the city's planning and building), not the 建设部门 that
    lists of departments name by their field alone; 发改和建设部门 names two units."""
    from kg.read.who import _parse
    index = load_index(gov_indexes["prose"])
    assert _parse("元江县的城市规划和建设归哪个部门分管", index)[2] == set()
    assert _parse("发改和建设部门谁负责", index)[2]


def test_a_groups_members_answer_a_question_asking_them(corpus_out):
    """A 联席会议's own task names its members and no owner: asked for its members, it comes first
    with them (not as mentions, not as units); asked who owns something, it keeps ranking as a
    task without units."""
    res = who_owns("居住证工作局际联席会议有哪些成员单位", corpus_out, limit=3)
    assert res[0].task_text == "廊坊市居住证工作局际联席会议"
    assert res[0].units == [] and "市公安局" in res[0].members and "市流管办" not in res[0].members
    assert "市公安局" not in res[0].mentioned
    assert res[0].as_dict()["members"] == res[0].members
    # the office's own line, with its unit, first when the question asks no members
    res = who_owns("居住证工作局际联席会议办公室设在哪个单位", corpus_out, limit=3)
    assert [u["unit"] for u in res[0].units] == ["市流管办"]


def test_a_field_joined_to_a_department_by_和_is_a_unit(gov_indexes):
    """公安和民政部门: 公安 is a unit like 民政部门 after it; the 民政部 (a ministry) inside 民政部门 does
    not make 公安 a field joined to the matter (round 46's question, second before this)."""
    from kg.read.who import _parse
    index = load_index(gov_indexes["prose"])
    units = _parse("公安和民政部门对心理卫生工作负什么责", index)[2]
    assert set(index.aliases(["公安"])["公安"].split()) <= units
    # (a field joined to a field with no body after them stays the matter: 城市规划和建设归…)
    assert not _parse("城市规划和建设归哪个部门", index)[2] & set(index.aliases(["城市规划"]).get("城市规划", "").split())


# ---- helper q34: a unit before 归谁管 is what is governed; the asker's own place (本地) asks a local body
KINDERGARTEN = {
    "a.txt": """某省幼儿园管理条例

第五条 国家教育委员会主管全国的幼儿园管理工作。

第六条 地方各级人民政府的教育行政部门，主管本行政辖区内的幼儿园管理工作。

第七条 学校、幼儿园应当开展安全教育。
""",
}


@pytest.fixture(scope="module")
def kindergarten(tmp_path_factory):
    return _built(tmp_path_factory, "kindergarten", KINDERGARTEN)


def test_a_unit_before_who_is_in_charge_is_the_object(kindergarten):
    """幼儿园归哪个部门管 asks who governs kindergartens: 幼儿园 (the unit of 学校、幼儿园应当…) is the
    object (OWNER_OBJECT_RE), its own clause gets no boost; 民政局主管哪些工作 names who governs."""
    from kg.read.who import _parse, _owner_asked
    index = load_index(kindergarten)
    asked = _owner_asked("幼儿园归哪个部门管")[0]
    _words, _grams, units, _alts, _loose, objects = _parse(asked, index)
    assert not units and objects
    top = who_owns("幼儿园归哪个部门管", kindergarten, limit=1)[0]
    assert "主管" in top.task_text, top.task_text
    # (a unit before 主管哪些 is who governs, not the object)
    assert _parse(_owner_asked("幼儿园主管哪些工作")[0], index)[2]


def test_the_askers_own_place_asks_a_local_body(kindergarten):
    """本地幼儿园归哪个部门管: a body below the State's (地方各级人民政府的教育行政部门), not the State's
    own 国家教育委员会, whose clause is shorter."""
    top = who_owns("本地幼儿园归哪个部门管", kindergarten, limit=1)[0]
    assert top.task_text.startswith("地方各级人民政府的教育行政部门"), top.task_text
    top = who_owns("幼儿园由国家哪个部门主管", kindergarten, limit=1)[0]
    assert top.task_text.startswith("国家教育委员会"), top.task_text


RELICS = {
    "a.txt": """某市文物保护办法

第四条 文物行政主管部门负责本市不可移动文物中建筑物的保护管理工作。

第五条 文物主管部门负责文物的保护与管理工作。

第六条 文物保护管理经费列入本级财政预算。

第七条 住宅小区和物业服务区域内的文物，由街道办事处协助看护。
""",
}


@pytest.fixture(scope="module")
def relics(tmp_path_factory):
    return _built(tmp_path_factory, "relics", RELICS)


def test_two_words_joined_are_the_word_they_make(relics):
    """保护与管理 is 保护管理 written as its two words joined: the clause writing it so has the
    question's word whole, as the clause writing 保护管理 has (the two score alike; before, the
    joined clause had the words only at the share of words found anywhere in the text, less than
    half the score). The joined word is no word of the vocabulary a question is cut by (小区物业
    of 小区和物业)."""
    from kg.vocab import JOINED_TERM
    index = load_index(relics)
    assert index.postings(JOINED_TERM + "保护管理", 10)
    assert not index.words(["小区物业"])
    res = {r.task_text[:6]: r.score for r in who_owns("文物的保护管理谁负责", relics, limit=3)}
    assert res["文物主管部门"] >= 0.9 * res["文物行政主管"], res


ARCHIVES = {
    "a.txt": """某市档案管理办法

第八条 市、县（市、区）国家综合档案馆负责收集和保管本行政区域内的档案。

第九条 国家综合档案馆应当设立专业档案库，代为管理专业档案。

第十条 市县两级档案行政管理部门负责监督和指导本行政区域内的档案工作。
""",
}


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    return _built(tmp_path_factory, "archives", ARCHIVES)


def test_levels_and_words_joined_by_a_list_mark(archives):
    """市、县 is the 市县 a question writes (levels of one character joined), 监督和指导 its 监督指导:
    the clause of the 市、县（市、区）国家综合档案馆 comes first for 市县国家综合档案馆负责什么 (second
    before, behind the shorter clause of a 国家综合档案馆 without the levels)."""
    top = who_owns("市县国家综合档案馆负责什么", archives, limit=1)[0]
    assert top.task_text.startswith("市、县（市、区）国家综合档案馆"), top.task_text
    top = who_owns("档案工作的监督指导由谁负责", archives, limit=1)[0]
    assert top.task_text.startswith("市县两级"), top.task_text


RIVERS = {
    "a.txt": """某县全面推行河长制实施方案

（一）县级河流和乡级河流由流域所在的县政府确定河长、河段长和专管员，实现全覆盖，并确定责任主体和联系部门。

（二）县级河流分别由县领导担任河长，确定一个县直部门为联系部门，流域所经乡（镇）政府为责任主体。
""",
}


@pytest.fixture(scope="module")
def rivers(tmp_path_factory):
    return _built(tmp_path_factory, "rivers", RIVERS)


def test_a_role_asked_finds_the_clause_designating_it(rivers):
    """县级河流的责任主体是谁 asks who is designated the 责任主体 (DESIGNATION_ASKED_RE): the clause
    writing 流域所经乡（镇）政府为责任主体 comes first, well before the clause whose government
    确定责任主体 (the two scored alike before)."""
    from kg.read.who import DESIGNATION_ASKED_RE
    assert DESIGNATION_ASKED_RE.search("区政府的兵役机关是哪个单位").group("role") == "兵役机关"
    assert not DESIGNATION_ASKED_RE.search("县级河流由谁负责")
    res = who_owns("县级河流的责任主体是谁", rivers, limit=2)
    assert res[0].task_text.endswith("政府为责任主体"), res[0].task_text
    assert res[0].score >= 1.2 * res[1].score, [r.score for r in res]


BRICKWORKS = {
    "a.txt": """某县突出环境问题整改方案

（一）县国土局负责砖厂整改，已组织砖厂业主考察学习。

（二）县环保局要严格比照学习标准督促整改。
""",
}


@pytest.fixture(scope="module")
def brickworks(tmp_path_factory):
    return _built(tmp_path_factory, "brickworks", BRICKWORKS)


@pytest.mark.parametrize("question, verb", [
    ("蓬溪砖厂整改不到位谁来督促", "督促"), ("禁放烟花爆竹的主要责任由谁承担", "承担"),
    ("疫情联防联控的重大问题由谁研究解决", "研究解决"), ("开发区外执法部门检查区内企业时谁来配合", "配合"),
    ("四小的新教学楼谁来建", None), ("谁负责在本地贯彻执行档案工作", None),
    # (where to go asks who does it too: 去哪里备案 is 向谁备案)
    ("业委会成立后去哪里备案", "备案"), ("居住证到哪里办理？", "办理"),
    # (which body asks who does it too: 归哪个部门指导监督 is 谁来指导监督; …归哪个部门管 no act of two
    # characters; 由哪个部门负责 reads 负责 as 由谁负责 does, a question word set aside after it)
    ("小区物业管理归哪个部门指导监督", "指导监督"), ("养犬登记由哪些单位办理", "办理"),
    ("电动车充电的消防安全归哪个部门管", None), ("河道保洁由哪个部门负责", "负责"),
    # (a body asked by its name's head asks who as 哪个部门 does: 由哪个局承担 is 由谁承担, q54;
    # 哪个部门 still read whole, not 哪个部 + 门)
    ("兴业县地震救灾指挥部的日常工作由哪个局承担", "承担"), ("老旧小区改造由哪个委牵头推进", "牵头推进"),
    ("检测机构的监督检查归廊坊哪个局", None),
])
def test_the_act_asked(question, verb):
    """The act a question asks who does: the words ending it after its asking words."""
    from kg.read.who import VERB_ASKED_RE
    m = VERB_ASKED_RE.search(question)
    assert (m.group("verb") if m else None) == verb


def test_a_clause_without_the_act_asked_ranks_lower(brickworks, monkeypatch):
    """…谁来督促 asks who urges: the clause of the unit that 督促整改 keeps its score, the clause
    with the rest of the matter (砖厂整改) and not the act keeps VERB_MISSING_FACTOR of it (蓬溪砖厂整改
    不到位谁来督促, round 16: the 请国土局…督促整改 clause first, was second)."""
    import kg.read.who as who

    def scores(question):
        return {r.task_text[:4]: r.score for r in who_owns(question, brickworks, limit=3)}
    with_act, who_only = scores("砖厂整改不到位谁来督促"), scores("砖厂整改谁负责")
    monkeypatch.setattr(who, "VERB_MISSING_FACTOR", 1.0)
    plain = scores("砖厂整改不到位谁来督促")
    assert with_act["县环保局"] == pytest.approx(plain["县环保局"])
    assert with_act["县国土局"] == pytest.approx(0.85 * plain["县国土局"])
    # (not where the verb is a question word: 谁负责 asks who, no act)
    assert scores("砖厂整改谁负责") == who_only


@pytest.mark.parametrize("question, unit", [
    # 归哪个部门负责 asks who is in charge: the body that 负责…管理 the matter, before the places
    # (各地) that 有序发展 it (round 46: third as found)
    ("本地的网约车管理归哪个部门负责", "各级交通运输主管部门"),
    # …and a local body asked (地方…) leaves the body managing the matter in charge as no level
    # asked does: 负责…湿地保护管理 before a 林业主管部门's 宣传教育 clause (round 40: second)
    ("地方湿地保护管理工作归哪个部门", "县级以上地方人民政府林业主管部门"),
])
def test_the_body_a_matter_belongs_to(gov_indexes, question, unit):
    top = who_owns(question, gov_indexes["prose"], limit=1)[0]
    assert unit in {u["unit"] for u in top.units}


def test_the_places_a_text_names_as_their_governments():
    """各地, 各县（市、区）, 各区县市 name the places' governments, no department: asked 哪个部门 they keep
    GOVERNMENT_FACTOR as 各县（市、区）人民政府 does; 各部门, 各单位, 各街道办事处 are no place."""
    from kg.read.who import GOVERNMENT_RE
    for name in ("各地", "各地区", "各县（市、区）", "各区县市", "各乡镇", "各市（州）", "各县（市、区）人民政府"):
        assert GOVERNMENT_RE.search(name), name
    for name in ("各部门", "各单位", "各街道办事处", "各科室", "各有关部门", "各级教育行政部门", "市政府办公室"):
        assert not GOVERNMENT_RE.search(name), name


def test_a_clause_writing_that_its_unit_leads():
    """镇信访办要做好牵头协调工作, 由市发改委牵头: the text says its unit leads where no annotation names a
    牵头单位; 配合牵头部门…, 报牵头单位 name another that leads."""
    from kg.read.who import LEAD_WRITTEN_RE
    assert LEAD_WRITTEN_RE.search("镇信访办要做好牵头协调工作") and LEAD_WRITTEN_RE.search("由市发改委牵头负责")
    assert not LEAD_WRITTEN_RE.search("配合牵头部门做好相关工作") and not LEAD_WRITTEN_RE.search("报牵头单位汇总")


def test_asked_who_leads_the_clause_saying_so(gov_indexes):
    """谁牵头 asked: the clause of a 责任单位 writing 牵头 keeps its score where the clauses of units
    stating no lead keep ROLE_FACTOR (镇领导接待来访群众谁牵头: 镇信访办 first, was third behind the
    clauses on 接待 and 来访 that write no 牵头)."""
    top = who_owns("镇领导接待来访群众谁牵头", gov_indexes["collected"], limit=1)[0]
    assert "镇信访办" in {u["unit"] for u in top.units}


def test_a_compound_written_short(gov_indexes):
    """住宅小区 ~ 住宅区, 用水总量 ~ 用水量: the second word without its 小 / 总, where the index has the
    short word; not another character dropped (行政执法 is no 行政法) nor a body's name (体育总局)."""
    from kg.read.build import load_index
    from kg.read.who import _contractions, _substrings
    index = load_index(gov_indexes["prose"])

    def short(text):
        vocab = index.words(_substrings(text, range(2, index["max_word"] + 1)))
        return {(w, s) for w, s, _alt in _contractions([text], vocab, index["max_word"], index)}
    assert ("住宅小区", "住宅区") in short("住宅小区物业管理的主管部门是谁")
    assert not short("行政执法部门检查") and not short("国家体育总局负责")


def test_the_short_compound_a_clause_writes(gov_indexes):
    """住宅小区物业管理的主管部门是谁 (round 49): 市建设行政主管部门是本市住宅区物业管理的主管部门 first,
    was second behind a 街道办事处 clause on 住宅小区 that designates nobody."""
    top = who_owns("住宅小区物业管理的主管部门是谁", gov_indexes["prose"], limit=1)[0]
    assert "市建设行政主管部门" in {u["unit"] for u in top.units}


@pytest.mark.parametrize("question, unit", [
    # 政务公开 ~ 政府信息公开 (kg/data/abbreviations.tsv): the office 负责…政府信息公开工作考核
    ("政务公开工作的考核由谁组织", "人民政府办公室"),
    # 遛狗 ~ 养犬: the body in charge of 养犬管理
    ("乱遛狗归谁管", "公安机关"),
])
def test_everyday_words_for_administrative_ones(gov_indexes, question, unit):
    top = who_owns(question, gov_indexes["prose"], limit=1)[0]
    assert any(unit in u["unit"] for u in top.units)


@pytest.mark.parametrize("build, question, unit", [
    # 非遗 ~ 非物质文化遗产: the law's 组织非物质文化遗产调查, not a 经济普查 clause (round 66)
    ("prose", "非遗普查由谁来组织", "县级以上人民政府"),
    # 农信社 ~ 农村信用联合社, a yearbook topic (round 67)
    ("langfang", "廊坊年鉴里农信社那一条谁供稿", "农村信用社廊坊审计中心"),
    # 自行车 ~ 非机动车: the traffic rule's 公安交通管理机关 (round 67)
    ("prose", "南京自行车上路的交通管理归谁", "南京市公安交通管理机关"),
])
def test_short_and_everyday_forms_of_session_37(gov_indexes, build, question, unit):
    top = who_owns(question, gov_indexes[build], limit=1)[0]
    assert unit in {u["unit"] for u in top.units}


MANHOLES = {
    "a.txt": """某市城市道路窨井设施管理暂行办法

第四条 市政主管部门负责全市城市道路范围内窨井设施的日常监管和应急处置工作。

第五条 窨井设施的设计和施工应当符合有关技术规范，井框、井盖应当符合产品质量标准。

第六条 公安机关交通管理部门负责道路交通秩序的管理。

第七条 物业服务企业负责住宅小区内窨井设施的日常维护。
""",
}


@pytest.mark.parametrize("question", [
    "马路上的井盖坏了找谁",          # both everyday words
    "马路上的窨井坏了找谁",          # 马路 alone (not the 住宅小区's 窨井)
    "城市道路上的井盖坏了找谁",      # 井盖 alone
])
def test_everyday_words_for_manholes_and_streets(tmp_path_factory, question):
    """Round 76: 濮阳马路上的井盖坏了找谁 had the clause on 井框、井盖 (nobody's) first and the
    市政主管部门's 窨井设施的日常监管 out of the top 40: 井盖 (the cover, what people see) and 马路
    are what people call the 窨井 and the 城市道路 the municipal facility rules write (rows of
    kg/data/abbreviations.tsv)."""
    out = _manholes(tmp_path_factory)
    top = who_owns(question, out, limit=1)[0]
    assert top.task_text.startswith("市政主管部门负责"), top.task_text


EVERYDAY_39 = {
    "a.txt": """某市市政设施和安全管理办法

第四条 市排水管理处负责本市市政排水设施的养护管理。

第五条 市水行政主管部门负责本市地下水的保护和监督工作，发现地下水堵塞、污染的，及时处理。

第六条 消防救援机构负责电动自行车停放、充电的消防安全监督管理工作。

第七条 各类学校应当开展消防安全教育，组织学生学习电瓶充电、用火用电的安全知识和消防安全常识。
""",
}


@pytest.mark.parametrize("question, anchor", [
    ("下水道堵了找谁", "市排水管理处"),                    # 下水道 ~ 排水设施, not 地下水
    ("电瓶车充电的消防安全谁管", "消防救援机构"),           # 电瓶车 ~ 电动自行车
])
def test_everyday_words_of_session_39(tmp_path_factory, question, anchor):
    """下水道, 电瓶车: what people call the 排水设施 and the 电动自行车 the rules write (rows of
    kg/data/abbreviations.tsv; probes of round 76's class of miss)."""
    out = _everyday_39(tmp_path_factory)
    res = who_owns(question, out, limit=1)
    assert res and res[0].task_text.startswith(anchor), [r.task_text for r in res]


_EVERYDAY_39_OUT = []


def _everyday_39(tmp_path_factory):
    if not _EVERYDAY_39_OUT:
        _EVERYDAY_39_OUT.append(_built(tmp_path_factory, "everyday39", EVERYDAY_39))
    return _EVERYDAY_39_OUT[0]


_MANHOLES_OUT = []


def _manholes(tmp_path_factory):
    if not _MANHOLES_OUT:
        _MANHOLES_OUT.append(_built(tmp_path_factory, "manholes", MANHOLES))
    return _MANHOLES_OUT[0]


@pytest.mark.parametrize("question, anchor", [
    # 脏乱差 ~ 环境卫生: the street office's 落实环境卫生管理制度, was second behind its clause on 专职监管人员
    # (round 68)
    ("菜市场脏乱差找谁", "督促菜市场经营管理单位落实环境卫生管理制度"),
    # 看护 ~ 管护: the townships' 落实管护责任, was third behind the county bureau's and the forest
    # police's clauses on 森林资源的保护 (round 68)
    ("石柱黄水森林公园的林子由谁看护", "落实管护责任"),
])
def test_everyday_words_of_round_68(gov_indexes, question, anchor):
    """脏乱差, what people call a neglected place's 环境卫生; 看护, the everyday word for the 管护 (care
    and protection) the forest and green rules write (kg/data/abbreviations.tsv)."""
    index = load_index(gov_indexes["prose"])
    table = index.expansions(["脏乱差", "看护"])
    assert "环境卫生" in table["脏乱差"] and "管护" in table["看护"]
    top = who_owns(question, gov_indexes["prose"], limit=1)[0]
    assert anchor in "".join(top.task_text.split()), (question, top.task_text)


@pytest.mark.parametrize("question, anchor", [
    # 其他部门 ~ 有关部门, 协调不了 ~ 不能协调: the rule sending what the enforcers and the other
    # departments cannot settle to a coordinator, was third behind n407's 综合执法部门负责… clauses
    ("综合执法部门和其他部门扯皮协调不了找谁", "不能自行协调的，由市政府法制部门进行协调"),
    # 其他部门 ~ 有关部门: the 物业 rules' 有关部门…协同, was out of the top three
    ("物业管理条例的实施其他部门要协同吗", None),
])
def test_everyday_words_of_session_38(gov_indexes, question, anchor):
    """其他部门, a question's "the other departments" beside a body, the 有关部门 the rules name; 协调不了,
    what people say of a matter no one settles, the rules' 不能协调 (kg/data/abbreviations.tsv)."""
    index = load_index(gov_indexes["prose"])
    table = index.expansions(["其他部门", "协调不了"])
    assert "有关部门" in table["其他部门"] and "不能协调" in table["协调不了"]
    if anchor:
        top = who_owns(question, gov_indexes["prose"], limit=1)[0]
        assert normalise(anchor) in normalise("".join(top.task_text.split())), (question, top.task_text)


def test_two_words_of_one_character_joined():
    """牌、证 (非机动车牌、证实行统一管理) is posted as the word 牌证 a question writes, as 保护与管理 is as
    保护管理; two levels of one character keep their own rule (由县、乡镇两级: no 县乡 after a character)."""
    from kg.write.search_index import JOINED_RE
    joined = lambda text: {next(m.group(i) + m.group(i + 1) for i in (1, 3, 5) if m.group(i))
                           for m in JOINED_RE.finditer(text)}
    assert "牌证" in joined("市公安交通管理机关对非机动车牌、证实行统一管理")
    assert "县乡" not in joined("本县的森林火灾应急处置工作，由县、乡镇两级政府负责")
    assert "市县" in joined("市、县人民政府")


def test_the_bicycle_plate_written_joined(gov_indexes):
    """南京自行车的牌证由哪个部门管 (round 65): 市公安交通管理机关对非机动车牌、证实行统一管理 first, was
    out of the top three (自行车 ~ 非机动车, 牌证 ~ 牌、证)."""
    top = who_owns("南京自行车的牌证由哪个部门管", gov_indexes["prose"], limit=1)[0]
    assert "牌、证实行统一管理" in "".join(top.task_text.split())


@pytest.mark.parametrize("build, question, unit", [
    # an inline list's item of the 生态环境局 holds the clause of 城中区政府责成办事处及村委立行立改: the
    # question's words that only that clause (and a sentence naming 办事处 and 村委) writes are theirs
    ("prose", "城中区南酉山村垃圾站老是不及时清运找谁", "办事处"),
    # …a plan's item whose annotation names its owners is theirs whole (有关部门要做好… under the lead)
    ("collected", "吉林省投资项目前置审批下放地方由哪个部门牵头", "吉林省发展和改革委员会"),
    ("collected", "石景山街道党工委治理领导体制谁牵头完善", "中共石景山区委组织部"),
])
def test_a_clause_of_other_doers_in_an_item(gov_indexes, build, question, unit):
    top = who_owns(question, gov_indexes[build], limit=1)[0]
    assert unit in {u["unit"] for u in top.units}


def test_a_condition_opening_its_sentence_takes_the_sentence_before():
    """实行物业管理的，由物业管理单位负责 after 街巷、住宅小区由街道办事处负责。: the matter the
    condition narrows (住宅小区) is the sentence before's, the clause's lead-in; any other clause
    opening its sentence has none."""
    from kg.write.search_index import _sentence_lead
    parent = "第八条 街巷、住宅小区由街道办事处负责。实行物业管理的，由物业管理单位负责。商店由经营单位负责。"
    assert _sentence_lead(parent, "实行物业管理的，由物业管理单位负责") == "第八条街巷、住宅小区由街道办事处负责。"
    assert _sentence_lead(parent, "商店由经营单位负责") == ""
    assert _sentence_lead("实行物业管理的，由物业管理单位负责。", "实行物业管理的，由物业管理单位负责") == ""


def test_an_everyday_word_a_unit_alias_opens(gov_indexes):
    """市容卫生 (kg/data/abbreviations.tsv: a form of 市容环境卫生 / 市容环卫) is one word of the matter:
    市容 (an alias of 市容局) and 卫生 (of 卫生局) inside it are no units of the question. Asked of a
    residential compound with a property manager, the clause 实行物业管理的，由物业管理单位负责 (n399,
    its matter 住宅小区 and 市容环卫 in the sentence before, posted with it) is in the top three; it
    was 15th (round 69)."""
    from kg.read.who import _parse
    words, _grams, units, *_ = _parse("小区有物业的话，市容卫生归谁管", load_index(gov_indexes["prose"]))
    assert "市容环卫" in words and not units
    res = who_owns("有物业的小区市容环卫归谁管", gov_indexes["prose"], limit=3)
    assert any("由物业管理单位负责" in "".join(r.task_text.split()) for r in res)


def test_a_city_named_before_its_urban_area(gov_indexes):
    """玉林市区里的古树名木谁负责管理 (round 70): 玉林市区 is the city's urban area, the city asked (not
    玉林市 + 区里, the counties), and 市区 ~ 城市规划区 (kg/data/abbreviations.tsv): the city bureau's
    地处市城市规划区内的古树名木… first, was third behind the 县城区 clause."""
    index = load_index(gov_indexes["prose"])
    assert "城市规划区" in index.expansions(["市区"])["市区"]
    top = who_owns("玉林市区里的古树名木谁负责管理", gov_indexes["prose"], limit=1)[0]
    assert "地处市城市规划区内的古树名木" in "".join(top.task_text.split())


def test_a_clause_of_who_leads_takes_its_groups_heading_and_duty():
    """由民政部牵头，外交部…参加 on a line of its own under 群众生活组 / 负责制订实施受灾群众救助…
    (collected ll03: the item's text keeps the heading and duty without it): the clause's lead-in
    is the parent's text, so a question on the group's matter finds who leads it; a clause the
    parent's text holds, or one that is not only who leads, gets none so."""
    from kg.write.search_index import _sentence_lead
    parent = "群众生活组\n负责制订实施受灾群众救助工作方案，保障灾区群众基本生活。"
    assert _sentence_lead(parent, "由民政部牵头，外交部、财政部参加") == "群众生活组负责制订实施受灾群众救助工作方案，保障灾区群众基本生活。"
    assert _sentence_lead(parent, "民政部要做好救助") == ""
    assert _sentence_lead(parent + "由民政部牵头，财政部参加。", "由民政部牵头，财政部参加") == ""


def test_a_question_on_a_groups_matter_finds_who_leads_it(gov_indexes):
    """抗震救灾工作组里负责受灾群众生活的那个组由哪个部牵头 (round 71): the line 由民政部牵头，外交部…参加
    (its lead-in the group's heading and duty, posted) is in the top three; it was 12th."""
    res = who_owns("抗震救灾工作组里负责受灾群众生活的那个组由哪个部牵头", gov_indexes["collected"], limit=3)
    assert any("由民政部牵头" in "".join(r.task_text.split()) for r in res)


SENTENCE_CLAUSES = {
    "a.txt": """某某市开发区管理条例

第十二条 开发区管委会负责开发区内的规划、建设和管理工作。

第十三条 开发区外行政执法部门对开发区内企业进行检查，应当与开发区管委会取得联系，开发区管委会应当积极给予配合。

开发区内企业应当接受开发区管委会及其职能部门的监督检查。

第十四条 开发区内企业依法年检工作由开发区管委会统一组织进行。
""",
}


@pytest.fixture(scope="module")
def sentence_clauses(tmp_path_factory):
    return _built(tmp_path_factory, "sentence", SENTENCE_CLAUSES)


def test_the_clause_of_a_sentence_writing_the_act_asked_comes_first(sentence_clauses):
    """谁来配合 of a matter one clause of a sentence writes (开发区外执法部门…检查…) and the next
    clause of that sentence answers (开发区管委会应当积极给予配合): the sentence's matter is the
    answering clause's too, and it writes the act asked (round 20's 开发区外执法部门检查区内企业时
    谁来配合, third before)."""
    top = who_owns("开发区外执法部门检查区内企业时谁来配合", sentence_clauses, limit=3)
    assert "积极给予配合" in top[0].task_text
    # …not where the question asks the act the first clause writes
    top = who_owns("开发区外执法部门检查区内企业时应当跟谁取得联系", sentence_clauses, limit=1)
    assert "取得联系" in top[0].task_text


RURAL_BANQUETS = {
    "a.txt": """某县乡镇食品安全工作规定

第四条 县农业农村局负责指导农村集体经济组织的财务管理工作。

第五条 乡镇人民政府负责指导农村生活垃圾的日常管理。

第六条 县民政局负责指导农村村级公共设施建设工作。

第七条 乡镇食品安全监管办公室负责对婚丧嫁娶等家庭集体聚餐活动的指导工作。
""",
}


def test_everyday_word_for_weddings_and_funerals(tmp_path_factory):
    """Round 81: 农村红白喜事办酒席找谁指导 had 指导…农村 clauses first and the township food-safety
    office's 婚丧嫁娶等家庭集体聚餐活动的指导 out of the top three: 红白喜事 is what people call the
    婚丧嫁娶 the rural food-safety rules write (a row of kg/data/abbreviations.tsv)."""
    out = _built(tmp_path_factory, "banquets", RURAL_BANQUETS)
    top = who_owns("农村红白喜事办酒席找谁指导", out, limit=1)[0]
    assert "婚丧嫁娶" in top.task_text, top.task_text


LITERACY = {
    "a.txt": """某省扫除文盲工作条例

第四条 公安机关是养犬管理的主管部门，具体负责养犬登记工作。

第五条 文物行政主管部门负责不可移动文物保护管理的具体工作。

第六条 各级教育行政部门应加强对扫除文盲工作的具体管理。
""",
}


def test_short_form_of_literacy_work(tmp_path_factory):
    """Round 82: 扫盲工作具体归哪个部门管 had 具体…主管部门 clauses first and the education
    departments' 加强对扫除文盲工作的具体管理 out of the top three: 扫盲 is the short form of 扫除文盲
    (a row of kg/data/abbreviations.tsv)."""
    out = _built(tmp_path_factory, "literacy", LITERACY)
    top = who_owns("扫盲工作具体归哪个部门管", out, limit=1)[0]
    assert "扫除文盲" in top.task_text, top.task_text


TOWNSHIP_OFFICES = {
    "a.txt": """某县乡镇机构设置方案

一、民族乡政府所在地街道硬化项目由县民族局、民族乡政府共同组织实施，发动群众参与。

二、各乡的维护稳定及群众工作职能由党政办公室承担，挂群众工作办公室牌子。

三、经济发展办公室负责乡里的农业、工业和招商工作。
""",
}


def test_short_form_of_keeping_stability(tmp_path_factory):
    """Round 84: 乡政府里面管维稳、做群众工作的是哪个办 had a 民族乡政府 clause first and the party
    and government office's 维护稳定及群众工作 third: 维稳 is the short form everyone writes for
    维护稳定 (a row of kg/data/abbreviations.tsv; the two loose characters 维 稳 stood in a run of
    four, 面管维稳, where no two are read as a short form)."""
    out = _built(tmp_path_factory, "stability", TOWNSHIP_OFFICES)
    top = who_owns("乡政府里面管维稳、做群众工作的是哪个办", out, limit=1)[0]
    assert "维护稳定" in top.task_text, top.task_text


FUNERALS = {
    "a.txt": """某县民政工作规定

第四条 县殡葬改革工作领导小组负责领导全县殡葬改革工作。

第五条 县人民政府民政部门负责本行政区域内的殡葬管理工作。

第六条 县人民政府民政部门负责本行政区域内的社会救助工作。
""",
}


def test_everyday_word_for_funerals(tmp_path_factory):
    """Round 84: 云南县里的丧葬事务归哪个部门管 had the leading group's clause first (it writes 全县,
    the 县 asked, and no word of the matter read): 丧葬 is what people call the 殡葬 the funeral rules
    write (a row of kg/data/abbreviations.tsv), and the civil affairs department's 殡葬管理 then
    answers the 归…管."""
    out = _built(tmp_path_factory, "funerals", FUNERALS)
    top = who_owns("县里的丧葬事务归哪个部门管", out, limit=1)[0]
    assert "殡葬管理工作" in top.task_text, top.task_text


DOG_TRADE = {
    "a.txt": """某市养犬管理条例

第四条 市公安机关主管本市行政区域内的养犬行政管理工作，负责组织实施本条例。

第五条 人民防空主管部门负责人民防空警报通信的统筹管理。

第六条 工商部门要严格电动自行车销售点的审批，加强市场监督。

第七条 工商行政管理部门负责犬只经营活动的监督管理。
""",
}


def test_everyday_word_for_dogs(tmp_path_factory):
    """Round 84: 佛山开宠物狗店卖狗谁来监管 had the 工商 clause on 犬只经营 out of the top three: 狗 is
    what people say for the 犬只 the dog rules write (a row of kg/data/abbreviations.tsv; 养狗 keeps
    its own row, 养犬). With it that clause is second, behind the public security organ's 主管…养犬
    (经营 is no form of 卖 / 销售): asked with the rules' verb it is first."""
    out = _built(tmp_path_factory, "dogs", DOG_TRADE)
    top = who_owns("开狗店卖狗谁来监管", out, limit=3)
    assert any("犬只经营" in r.task_text for r in top), [r.task_text for r in top]
    assert "犬只经营" in who_owns("经营狗的店谁来监管", out, limit=1)[0].task_text


SUDDEN_EVENTS = {
    "a.txt": """某县突发事件应急预案

一、突发事件发生后，事发单位或个人应立即向主管部门报告，主管部门立即向事发地政府值班室报告。

二、事发地主管部门接报后，应同时报告县主管部门。

三、乡镇人民政府发现险情后，应及时报告县人民政府。

四、突发公共事件发生后，事发地政府在接到突发事件报告的同时，要根据职责开展先期处置。
""",
}


def test_a_word_a_corpus_term_straddles_is_indexed(tmp_path_factory):
    """Round 80 (q44's leftover): 德化发生突发事件，谁负责同时报告县里的主管部门 had its clause
    应同时报告县主管部门 third: the recurring 4-gram 时报告县 (及时报告县…, 同时报告县…) is a term of
    the index's cut, added to jieba's dictionary, and its route 同 / 时报告县 left the clause
    without 同时. A character left alone before such a term now also gives the word it makes with
    the term's first character where jieba's dictionary alone cuts it so (同时)."""
    out = _built(tmp_path_factory, "straddle", SUDDEN_EVENTS)
    top = who_owns("发生突发事件，谁负责同时报告县里的主管部门", out, limit=1)[0]
    assert "应同时报告县主管部门" in top.task_text, top.task_text


CREATED_UNITS = {
    "a.txt": """民族乡行政工作条例

第三条 民族乡的建立，由省、自治区、直辖市人民政府决定。
""",
    "b.txt": """居民委员会组织法

第六条 居民委员会的设立、撤销、规模调整，由所在地的街道办事处或者乡、民族乡、镇人民政府提出，报区、县人民政府决定。
""",
}


@pytest.fixture(scope="module")
def created_units(tmp_path_factory):
    return _built(tmp_path_factory, "created", CREATED_UNITS)


@pytest.mark.parametrize("question", ["民族乡的成立最后由哪一级政府决定", "民族乡的设立由谁决定"])
def test_a_unit_named_as_what_is_set_up_is_the_object(created_units, question):
    """民族乡的成立由哪一级政府决定 (round 87): 民族乡 (the alias of 民族乡人民政府) is what is set up,
    not the one asked about: no boost for the clause it owns a part of (居民委员会的设立…由…民族乡…
    人民政府提出), the clause of who decides its creation first; 民族乡政府设立的… keeps it the doer."""
    from kg.read.who import _parse
    index = load_index(created_units)
    _w, _g, units, _alts, _loose_chars, objects = _parse(question, index)
    assert not units and objects
    if "成立" in question:          # (设立 is the other clause's own word: it may rank first by it)
        assert who_owns(question, created_units, limit=1)[0].task_text.startswith("民族乡的建立")
    _w, _g, units, _alts, _loose_chars, objects = _parse("民族乡人民政府设立哪些机构", index)
    assert units and not objects


DECIDED = {
    "a.txt": """汕头市河长制工作规定

第五条 市、区（县）、镇（街道）级河长制工作机构为本级总河长、河长的办事机构，承担河长制工作日常事务。
""",
    "b.txt": """某县全面推行河长制工作方案

三、职责分工

河长制办公室承担河长制组织实施具体工作，落实河长确定的事项。
""",
}


@pytest.fixture(scope="module")
def decided(tmp_path_factory):
    return _built(tmp_path_factory, "decided", DECIDED)


def test_dingxialai_is_what_the_rules_write_queding(decided):
    """河长定下来的事项由哪个机构负责落实 (round 88): 定下来 is what people say for the 确定 the rules
    write (kg/data/abbreviations.tsv); without it 定 was a loose character and the clause of the
    河长's 办事机构 ranked first by 机构 alone."""
    index = load_index(decided)
    assert index.expansions(["定下来"]).get("定下来") == ["确定"]
    top = who_owns("河长定下来的事项由哪个机构负责落实", decided, limit=1)[0]
    assert "落实河长确定的事项" in top.task_text, top.task_text


SHORT_TARGETS = {
    "a.txt": """某区人民政府办公室

关于印发2024年重点工作任务分解方案的通知

一、主要目标

1.一般公共预算收入增长10%左右。（牵头单位：区财政局）

2.固定资产投资增长10%左右。（牵头单位：区发展和改革局）

二、重点任务

3.推进高新区扩区。（牵头单位：区科技局）

4.推动经济技术开发区扩区调位。（牵头单位：区商务局）
""",
}


@pytest.fixture(scope="module")
def short_targets(tmp_path_factory):
    return _built(tmp_path_factory, "short_targets", SHORT_TARGETS)


@pytest.mark.parametrize("question, anchor", [
    ("今年固投增长10%谁牵头", "固定资产投资增长"),
    ("经开区扩区由哪个部门牵头", "推动经济技术开发区扩区调位"),
])
def test_guto_and_jingkaiqu_are_short_forms(short_targets, question, anchor):
    """固投 and 经开区: the short forms everyone writes for 固定资产投资 and 经济技术开发区
    (kg/data/abbreviations.tsv, session 42); before, each was two or three loose characters the
    question read only through the words they start (固定, 投资, 经济, 开发): first here as before, but
    on the corpus the items after the first were other targets growing 10% (立山区今年固投增长目标谁牵头:
    一般公共预算收入…, 社会消费品零售总额… second and third; now other governments' 固定资产投资 items)."""
    index = load_index(short_targets)
    table = index.expansions(["固投", "经开区"])
    assert table.get("固投") == ["固定资产投资"] and table.get("经开区") == ["经济技术开发区"]
    top = who_owns(question, short_targets, limit=1)[0]
    assert anchor in top.task_text, (question, top.task_text)


POWER_THEFT = {
    "a.txt": """某省反窃电管理办法

第四条 县级以上人民政府电力行政管理部门负责本行政区域内反窃电的监督管理。

第五条 县级以上人民政府公安机关负责查处本行政区域内的治安案件。

第六条 供电企业负责本供电营业区内的用电检查工作。
""",
}


def test_toudian_is_what_the_rules_write_qiedian(tmp_path_factory):
    """Round 89: 四川有人偷电，归哪个部门管 found no clause: 偷电 is what people say for the 窃电
    the power rules write (a row of kg/data/abbreviations.tsv, session 43)."""
    out = _built(tmp_path_factory, "power", POWER_THEFT)
    top = who_owns("有人偷电，归哪个部门管", out, limit=1)[0]
    assert "反窃电的监督管理" in top.task_text, top.task_text


def test_cheguansuo_is_the_short_form_of_cheliang_guanlisuo(gov_indexes):
    """Round 89: 上车管所办机动车登记…谁负责公示出来 had two other 车辆管理所 clauses of 机动车登记规定
    first (所办 of 车管所办 read as a word, the build's 车辆管理所办理 clauses writing it): 车管所 is the
    short form everyone writes for the police's 车辆管理所 (a row of kg/data/abbreviations.tsv)."""
    top = who_owns("上车管所办机动车登记，要交哪些材料、收多少费，谁负责公示出来", gov_indexes["units-dlc"],
                   limit=1)[0]
    assert "在办公场所公示" in top.task_text, top.task_text


def test_a_fields_name_before_bumen_is_its_department(gov_indexes):
    """Round 90: 云南防洪工作中，建设部门负什么责 cut 建设部 (the ministry, a word of the vocabulary) / 门
    and read no unit, and the 城市防洪规划 clause naming 建设行政主管部门 among those its city government
    organises came first: a field's bare name before 部门 is that field's department (a unit of the
    question) though a longer word opens there; not before 委员 (政协委员的提案: no unit)."""
    from kg.read.who import _parse
    index = load_index(gov_indexes["units-dlc"])
    assert _parse("云南防洪工作中，建设部门负什么责", index)[2]
    top = who_owns("云南防洪工作中，建设部门负什么责", gov_indexes["units-dlc"], limit=1)[0]
    assert "负责有关的防洪工作" in top.task_text, top.task_text
    assert not _parse("人大代表提的建议、政协委员的提案，县里谁来组织承办", load_index(gov_indexes["prose"]))[2]


RED_LINES = {
    "a.txt": """某省耕地和生态环境保护规定

第四条 县级以上人民政府生态环境主管部门负责本行政区域内耕地保护红线以外生态环境的统一监督管理。

第五条 县级以上人民政府负责本行政区域内生态保护红线的监督管理。
""",
}


def test_shengtai_hongxian_is_the_short_form_of_shengtai_baohu_hongxian(tmp_path_factory):
    """Round 90: 海南的生态红线谁来监管 (third, second with the row): 生态红线 is the short form everyone
    writes for the 生态保护红线 the rules write (a row of kg/data/abbreviations.tsv), so a clause
    writing 生态 and 红线 apart (生态环境…耕地保护红线) no longer ranks with the one writing the line."""
    out = _built(tmp_path_factory, "redlines", RED_LINES)
    top = who_owns("生态红线谁来监管", out, limit=1)[0]
    assert "生态保护红线的监督管理" in top.task_text, top.task_text


def test_laobaixing_is_what_the_plans_write_jumin(gov_indexes):
    """The set's 鞍山老百姓收入跟上经济增长这件事谁牵头 (round 64) found no clause on incomes in its top three:
    老百姓 is what people say for the 居民 the plans write (居民收入增长与经济增长基本同步; a row of
    kg/data/abbreviations.tsv, session 44). Its own city's clause has no unit in the build (an
    extraction miss), so the anchor comes second, written by 鞍山's 立山区."""
    words = parse_question("鞍山老百姓收入跟上经济增长这件事谁牵头", load_index(gov_indexes["collected"]))[0]
    assert any("居民" in w for w in words), words
    res = who_owns("鞍山老百姓收入跟上经济增长这件事谁牵头", gov_indexes["collected"], limit=3)
    assert any("居民收入增长与经济增长基本同步" in r.task_text and not r.task_text.startswith("农村")
               for r in res), [r.task_text for r in res]


def test_heiche_is_what_the_plans_write_feifa_yingyun(gov_indexes):
    """The set's 武胜县城里的黑车谁来打击 (round 69) was second, a near tie behind the same plan's 县交投公司
    clause on the 县城过境公路: 黑车 is what people call the 非法营运 the plans crack down on (a row of
    kg/data/abbreviations.tsv, session 44)."""
    top = who_owns("武胜县城里的黑车谁来打击", gov_indexes["collected"], limit=1)[0]
    assert "城区非法客运整治专项行动" in top.task_text, top.task_text
    assert "武胜县运管所" in {u["unit"] for u in top.units}


FUNERAL_COMMITTEE = {
    "a.txt": """某市殡葬管理办法

第三十条 市、县和市辖区人民政府应建立由有关部门参加的殡葬管理委员会。殡葬管理委员会领导当地的殡葬管理工作，决定和处理殡葬管理工作中的重大事宜。
""",
}


@pytest.mark.parametrize("question", ["殡葬管理委员会由哪一级政府来建", "殡葬管理委员会由谁来建立"])
def test_a_unit_named_before_who_sets_it_up_is_the_object(tmp_path_factory, question):
    """Round 96: 殡葬管理委员会由哪一级政府来建 ranked the committee's own clause (领导当地的殡葬
    管理工作…, boosted as the unit named) before 市、县和市辖区人民政府应建立…殡葬管理委员会: a unit
    named before the asking word of a verb setting it up (由谁设立, 由哪一级政府来建) is what is set
    up, as after 的设立 (CREATED_ASKED_RE); 殡葬管理委员会负责什么 keeps it the one asked."""
    from kg.read.who import CREATED_ASKED_RE, _parse
    out = _built(tmp_path_factory, "funeral", FUNERAL_COMMITTEE)
    index = load_index(out)
    _w, _g, units, _alts, _loose_chars, objects = _parse(question, index)
    assert not units and objects
    assert who_owns(question, out, limit=1)[0].task_text.startswith("市、县和市辖区人民政府应建立")
    _w, _g, units, _alts, _loose_chars, objects = _parse("殡葬管理委员会负责什么", index)
    assert units and not objects
    assert not CREATED_ASKED_RE.search("停车场由谁来建设")


INSPECTION_ITEMS = {
    "a.txt": """关于县城卫生巡查问题整改的通知

1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。
整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。
2、迎宾大道南侧沿线部分居户旱厕外露。
整改要求:由城关镇负责按照国家卫生县城复审的要求,对城乡接合部、城中村及城区省道过境沿线旱厕分布进行调查摸底,坚持先易后难、先外后内、集中治理,在国卫复审暗访以前组织拆除旱厕或改建无害化厕所。
""",
}


def test_a_clause_its_paragraph_does_not_write_keeps_its_score(tmp_path_factory):
    """Round 96: 城中村的旱厕谁负责拆掉或者改建 found the item 迎宾大道南侧沿线部分居户旱厕外露 first and
    its 整改要求 (the clause naming 城中村, 拆除旱厕, 改建) out of the top three: the clause, read from
    the item's next line, gave its score to the item whose text does not hold it
    (:func:`_paragraphs_and_their_clauses` swaps a paragraph and a clause cut from its text only)."""
    from kg.read.who import _holds
    out = _built(tmp_path_factory, "inspection", INSPECTION_ITEMS)
    top = who_owns("城中村的旱厕谁负责拆掉或者改建", out, limit=1)[0]
    assert "拆除旱厕" in top.task_text, top.task_text
    assert _holds("各县（市、区）要落实资金保障，市财政局负责", "各县(市、区)要落实资金保障")
    assert not _holds("迎宾大道南侧沿线部分居户旱厕外露。", "由城关镇负责组织拆除旱厕")


PLACE_OF_THE_DOCUMENT = {
    "a.txt": """海城市人民政府办公室

关于加快发展养老服务业的实施意见

一、优化消防审验服务

养老机构申报消防设计审查、消防验收的，由住建部门提供消防技术咨询服务，并协助养老机构做好消防审验工作。

属于消防安全重点单位的养老机构，由消防救援机构进行消防监督检查，发现隐患的督促养老机构整改。
""",
}


@pytest.fixture(scope="module")
def place_of_the_document(tmp_path_factory):
    return _built(tmp_path_factory, "place_of_the_document", PLACE_OF_THE_DOCUMENT)


def test_a_body_named_without_its_place_is_of_the_documents_place(place_of_the_document):
    """The build writes a text's place before the units it resolves (海城市住建部门 of 住建部门), so a
    question naming the place (海城) found it in that clause only, not in the clause of a body the
    build kept as written (消防救援机构), though both are the 海城 text's: the 住建部门 clause ranked
    first for who does the fire check (as collected q02's 哈尔滨 clauses). A body of government
    named without a level or place of its own now has the document's place among its words."""
    top = who_owns("海城的养老院要是消防重点单位，消防检查找谁", place_of_the_document, limit=1)[0]
    assert top.task_text.startswith("属于消防安全重点单位"), top.task_text
    assert [u["unit"] for u in top.units] == ["消防救援机构"]


def test_which_units_are_of_the_documents_place():
    """_of_the_place: bodies of government named without a level (消防救援机构, 相关专委会) or of
    every level from the county up (县级以上人民政府) are the document's place's; a body of a level
    of its own (县（市）城乡规划主管部门, 各镇（街道）, 街道党工委), a name that is not a body's
    (新闻媒体) and an actor (产权单位, an enterprise) are not."""
    from kg.write.search_index import _of_the_place
    assert _of_the_place("消防救援机构", "institution")
    assert _of_the_place("相关专委会", "department")
    assert _of_the_place("县级以上人民政府", "collective")
    assert not _of_the_place("县（市）城乡规划主管部门", "department")
    assert not _of_the_place("各镇（街道）", "collective")
    assert not _of_the_place("街道党工委", "department")
    assert not _of_the_place("新闻媒体", "institution")
    assert not _of_the_place("产权单位", "enterprise")


GLOSSED_TITLES = {
    "a.txt": """关于印发创（chuàng）建国家卫（wèi）生城市工作方案的通知

一、各相关（guān）单位要担（dān）负起主体责（zé）任，县卫生健康局负责日常督导。

二、县交通运输局负责腊湾村(cūn)道(dào)路硬(yìng)化工程建设。
""",
    "b.txt": """某县爱国卫生运动委员会工作规则

一、县爱国卫生运动委员会负责创建卫生城市专项活动的组织领导。

二、县住房和城乡建设局负责城市道路维修。
""",
}


def test_a_mirrors_glossed_title_and_half_width_glosses_are_words(tmp_path_factory):
    """Round 97: a mirror glosses its title too (创（chuàng）建国家卫（wèi）生城市), whose words
    count for every task of the document, and some write the glosses in half-width brackets
    (腊湾村(cūn)道(dào)路): both are indexed without them, as the text's full-width ones are.
    创建国家卫生城市，主体责任由谁来担 found the 领导小组's 创建卫生单位 clause of another document
    before the plan's own 各相关单位要担负起主体责任."""
    from kg.read.build import load_index
    out = _built(tmp_path_factory, "glossed_titles", GLOSSED_TITLES)
    index = load_index(out)
    texts = lambda term: [index.entry(k)["text"] for k, _tf, _dl, _h in index.postings(term, 50)]
    assert any("主体责（zé）任" in t for t in texts("卫生城市"))
    assert any("腊湾村(cūn)道(dào)路" in t for t in texts("道路"))
    top = who_owns("创建国家卫生城市，主体责任由谁来担", out, limit=1)[0]
    assert "担（dān）负起主体责（zé）任" in top.task_text


REFERRED_BACK = {
    "a.txt": """某县市容环境综合整治情况的通报

一、存在问题及整改措施

1、交通局片区：陈家坝商户出店占道经营；盐务局门前电线杆上贴有野广告。
整改措施：由县城市管理综合执法大队负责对上述商户予以规范；由包片单位县交通局负责督促清理野广告。

2、供销社片区：沿街商户出店占道经营问题较为突出，县职教中心、县委党校要加强巡查。
""",
}


def test_a_clause_naming_its_matter_as_written_before_it_has_its_words(tmp_path_factory):
    """Round 98: a measure on the line after the problems it answers names its matter only as
    上述 (由市容环境整治联合执法组负责对上述出店商户予以规范): the problems' line is its lead, whose
    words are posted for it as a condition's are, so 商户出店占道经营，由谁负责规范 finds it before
    another line writing 出店占道经营 whose units only patrol."""
    from kg.write.search_index import _sentence_lead
    problems = "交通局片区：陈家坝商户出店占道经营；盐务局门前电线杆上贴有野广告。"
    assert "出店占道经营" in _sentence_lead(problems, "整改措施：由执法大队负责对上述商户予以规范")
    assert _sentence_lead(problems, "整改措施：由执法大队负责清理商户") == ""
    out = _built(tmp_path_factory, "referred_back", REFERRED_BACK)
    top = who_owns("商户出店占道经营，由谁负责规范", out, limit=1)[0]
    assert "对上述商户予以规范" in top.task_text, top.task_text



LED_MEETING = {
    "a.txt": """青海省人民政府办公厅关于建立生态气象保障服务示范省建设联席会议制度的通知

一、主要职责
联席会议负责生态气象保障服务示范省建设的组织、协调和检查指导。

二、成员单位
联席会议由省发展改革委、省财政厅、省气象局等12个部门组成，省气象局为牵头单位。

三、工作规则
联席会议办公室设在省气象局，承担联席会议日常工作。
""",
    "b.txt": """某省人民政府办公厅关于建立网络市场监管联席会议制度的通知

一、联席会议负责研究提出网络市场监管工作思路，协调解决重大问题。

二、联席会议由省市场监管局、省公安厅等部门组成，省市场监管局为牵头单位。

三、省交通运输厅负责公路建设的监督管理。

四、省教育厅负责学校安全工作。
""",
}


def test_the_lead_asked_with_a_unit_named_and_the_lead_stated_as_the_lead_unit(tmp_path_factory):
    """Rounds 89 and 97 (青海生态气象示范省建设谁牵头, 四川网络市场监管的厅际联席会议哪个局牵头): a
    question naming a body in its matter (气象 of 生态气象, the 联席会议 led) still asks who leads
    (LEAD_ASKED_RE; not when it asks what the unit named leads, 市金融办牵头哪些…), and a clause
    saying its unit is the lead unit (省气象局为牵头单位, LEAD_WRITTEN_RE) writes the lead: it
    ranks before the meeting's own duties and its office's clause, which write no lead."""
    out = _built(tmp_path_factory, "led_meeting", LED_MEETING)
    top = who_owns("青海生态气象示范省建设联席会议谁牵头", out, limit=1)[0]
    assert "省气象局为牵头单位" in top.task_text, top.task_text


OFFICE_OF_MEETING = {
    "a.txt": """某县人民政府办公室关于建立某县保障和改善民生行动计划联席会议制度的通知

一、主要职责
（一）牵头抓好民生行动计划各专项工作落实，做好民生行动计划年度考核工作。
（二）协调解决民生行动计划推进中的重大问题，研究制定我县民生重大政策。

二、办事机构
联席会议办公室设在县发展改革委，负责联席会议日常工作。
""",
}


def test_the_office_of_a_body_named_is_asked_not_the_body(tmp_path_factory):
    """Round 99: 开州区保障和改善民生行动计划联席会议的办公室放在哪个部门 asks where the meeting's
    office is (OFFICE_AFTER_RE: 的办公室 / 日常工作 / 办事机构 after a body's name): the meeting is
    what the office serves, not the one asked (the meeting's own duties, rich in its name's words,
    ranked first); the office is the unit the name and the part make (_office_of: 联席会议办公室),
    and a clause writing no office cannot say where it is."""
    from kg.read.who import OFFICE_AFTER_RE
    assert OFFICE_AFTER_RE.match("的日常工作由谁承担").group("part") == "日常工作"
    assert not OFFICE_AFTER_RE.match("的工作由谁承担")
    out = _built(tmp_path_factory, "office_of_meeting", OFFICE_OF_MEETING)
    top = who_owns("某县保障和改善民生行动计划联席会议的办公室放在哪个部门", out, limit=1)[0]
    assert "办公室设在县发展改革委" in top.task_text, top.task_text


PROPOSALS_ANSWERED = {
    "a.txt": """关于做好代表建议和委员提案办理工作的通知

一、各相关科室要抓紧办理，应在3个月内办复，复杂的应在5个月内办复，办复率达到100%。

二、对需要两个以上科室共同办理的代表建议、政协提案，由主办科室与其他相关科室共同研究办理。

三、如需会同其他单位共同办理的代表建议、政协提案，由主办科室负责衔接相关单位研究办理。
""",
}


def test_a_number_written_in_chinese_numerals_is_the_number(tmp_path_factory):
    """Round 100: 人大代表建议和政协提案要三个月内答复，委里哪个科室办 writes the time limit in Chinese
    numerals, the notice in figures (应在3个月内办复): a Chinese numeral before what it counts
    (CN_NUMBER_RE: 三个月, 六十岁, 五个工作日, 十五日) is a number of the question as figures are,
    found written either way; not an ordinal (第三条), nor 一 of 一地 / 一事一记."""
    from kg.read.who import _question_numbers
    assert _question_numbers("三个月内答复") == [("3", "三")]
    assert _question_numbers("全县六十岁以上老人") == [("60", "六十")]
    assert _question_numbers("十五日内，增长6%") == [("6",), ("15", "十五")]
    assert _question_numbers("第三条规定一地签约、一事一记") == []
    out = _built(tmp_path_factory, "proposals_answered", PROPOSALS_ANSWERED)
    top = who_owns("代表建议和政协提案要在三个月内答复，委里哪个科室办", out, limit=1)[0]
    assert "应在3个月内办复" in top.task_text, top.task_text


def test_a_group_named_before_the_lead_asked_is_led(gov_indexes):
    """Round 97, left by q55: 四川网络市场监管的厅际联席会议哪个局牵头 ranked the meeting's own duties
    (网络市场监管 four times) before its members' line 联席会议由省工商局、…组成，省工商局为牵头单位. A group
    the question names before the lead asked (LEAD_ASKED_RE) is led, not leading: the tasks it owns
    alone rank lower still (ROLE_FACTOR twice); and where the document's title
    writes the group's name as the question does (less 的: _group_named_in), the name's words are every
    task's of that charter, whole (not the title's half)."""
    from kg.read.who import _group_named_in
    assert _group_named_in("四川网络市场监管的厅际联席会议哪个局牵头", "四川省网络市场监管厅际联席会议制度") \
        == "网络市场监管厅际联席会议"
    assert _group_named_in("河长制联席会议谁牵头", "关于印发河长制工作方案的通知") == ""
    top = who_owns("四川网络市场监管的厅际联席会议哪个局牵头", gov_indexes["prose"], limit=1)[0]
    assert "省工商局为牵头单位" in top.task_text, top.task_text


HEADQUARTERS = {
    "hq.txt": """关于调整攸县森林防灭火指挥部组成人员的通知
攸政办函〔2024〕20号

各镇人民政府、街道办事处，县直有关单位：
经县人民政府同意，现将调整后的县森林防灭火指挥部组成人员名单通知如下：
指 挥 长：王某某  县委副书记、县长
副指挥长：张某某  县应急管理局局长
成员单位：县委宣传部、县公安局、县财政局、县林业局、县气象局
指挥部下设办公室，办公室设在县林业局。
各成员单位要按照职责分工，各司其职，密切配合。
""",
}


def test_the_members_asked_of_a_group_are_its_own_task(tmp_path_factory):
    """Session 48 (the lead): 森林防灭火指挥部有哪些成员单位 asks the group's members: 有哪些成员单位,
    由哪些部门组成 are the question's frame (MEMBERS_FRAME_RE), as 哪个部门 is. The clause 各成员单位要…
    writes 成员单位 and came first; the group's own task, which lists the members (成员单位：… lines,
    read since this session), second."""
    out = _built(tmp_path_factory, "headquarters", HEADQUARTERS)
    for question in ("森林防灭火指挥部有哪些成员单位", "县森林防灭火指挥部由哪些部门组成"):
        top = who_owns(question, out, limit=1)[0]
        assert top.task_text == "县森林防灭火指挥部", (question, top.task_text)


COUNTY_FORESTRY = {
    "forest.txt": """景东彝族自治县林业管理条例

第五条 县林业局是自治县人民政府的林业主管部门，依法管理辖区内的林业工作，宣传贯彻林业法律、法规、政策，查处林政违法案件，保护山林所有者和经营者的合法权益。

第六条 乡（镇）林业工作站是县林业主管部门的基层单位，受县林业主管部门和乡（镇）人民政府领导，依法管理辖区内的林业工作。

第七条 县乡两级人民政府应当组织完成植树造林任务。
""",
}


def test_a_place_with_its_level_ends_a_word_of_the_question(tmp_path_factory, gov_indexes):
    """Round 101: 景东县乡镇辖区内的林业工作由谁依法管理 was cut 景东 + 县乡 (a word of 县乡两级) + 镇, so the
    question had no 乡镇 and its mass a word no task has. A place the question names written with its
    level (景东县, 巴南区 of 巴南区镇街…: PLACE_TAILS) closes its name: the level starts no word with
    what follows (round 37's 巴南区镇街防灾工作站负责什么, cut 区镇, first too); unless the level and what
    follows ask a level (景东县城, 景东县里, 济南区县的: LEVEL_WORDS)."""
    from kg.read.who import _parse
    out = _built(tmp_path_factory, "county_forestry", COUNTY_FORESTRY)
    index = load_index(out)
    assert index.words(["县乡"]), "the corpus makes 县乡 a word of the index"
    words = _parse("景东县乡镇辖区内的林业工作由谁依法管理", index)[0]
    assert "乡镇" in words and "县乡" not in words, words
    prose = load_index(gov_indexes["prose"])
    for question, level in (("景东县城的绿化谁管", "县城"), ("济南区县的文化市场谁管", "区县")):
        assert level in _parse(question, prose)[0], question


def test_a_level_bracketed_with_its_alternative_is_their_word(tmp_path_factory):
    """Round 101: 乡（镇）林业工作站 is the station of a 乡 or a 镇, which a question writes 乡镇; the text's
    cut has 乡 and 镇 alone. A level with its alternatives in brackets (乡（镇）, 县（市、区）) is indexed
    with the word each alternative joined to it makes (search_index.level_alternatives; a word of the
    vocabulary only). And 乡镇辖区 / 街道辖区 asks the township's level as 乡镇里 does (LEVEL_ASKED): with
    the place's level closing its name (above), the question's answer is the township's station,
    not the county bureau's clause of the same words, whose unit's name writes the place."""
    from kg.read.who import LEVEL_ASKED
    from kg.write.search_index import level_alternatives
    assert level_alternatives("乡（镇）人民政府和县（市、区）人民政府", lambda w: w in {"乡镇", "县市"}) == ["乡镇", "县市"]
    assert level_alternatives("镇（街道）", lambda w: w == "镇街道") == ["镇街道"]
    assert level_alternatives("乡镇人民政府", lambda w: True) == []
    township = dict((lv, pat) for lv, pat in LEVEL_ASKED)["township"]
    assert township.search("景东县乡镇辖区内的林业工作由谁依法管理")
    assert not township.search("乡镇卫生院由谁管理")
    out = _built(tmp_path_factory, "county_forestry2", COUNTY_FORESTRY)
    index = load_index(out)
    station = [k for k, *_rest in index.postings("乡镇", 10)]
    assert station, "乡（镇） posted as 乡镇"
    top = who_owns("景东县乡镇辖区内的林业工作由谁依法管理", out, limit=1)[0]
    assert top.task_text.startswith("乡（镇）林业工作站"), top.task_text
