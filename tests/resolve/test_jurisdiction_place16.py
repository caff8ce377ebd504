"""A county-level city named by its former county name (县改市), and a government that names
itself by its level word as it holds its executive meeting (place16)."""
from __future__ import annotations

from kg.model import Line
from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import infer
from kg.text import compact, normalise


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_county_city_is_found_by_its_former_county_name():
    d = load_divisions()
    hits = d.find_all("制定旬阳县考核办法")
    assert [(c[0].adcode, c[0].name) for _s, _e, c in hits] == [("610981", "旬阳市")]
    # its present name still reads; a name a county still bears is not taken for the city
    assert [c[0].adcode for _s, _e, c in d.find_all("旬阳市人民政府")] == ["610981"]


def test_a_former_name_is_not_made_when_a_division_bears_it():
    d = load_divisions()
    for name, codes in d.full.items():
        # (the former names of kg/data/divisions_former.tsv are none a division bears: tested
        # in tests/resolve/test_former_divisions.py)
        if name.endswith("县") and len(codes) == 1 and name not in d.former:
            c = d.by_code[codes[0]]
            if compact(c.name) != name:
                if c.kind == "autonomous_county":
                    # (its short form with its level word, 紫云县 / 秀山自治县, read as a full
                    # name since round js: a form the table gives or the short form + 自治县)
                    assert name in {compact(s) for s in c.short} or \
                        name[:-3] in {compact(s) for s in c.short}
                    continue
                # only a county-level city, and only one division with that former name
                assert c.kind == "county_city" and compact(c.name)[:-1] == name[:-1]


def test_a_government_holding_its_executive_meeting_implements_its_own_rules():
    text = ("2018年5月4日，县政府第4次常务会议议定事项15件。\n"
            "1.由县发改局负责，制定《旬阳县2018年优化提升营商环境工作考核办法》。")
    j = infer(lines(text))
    assert j.adcode == "610981"
    # a meeting of the government without rules of its own place cited: no place read from it
    assert infer(lines("县政府第4次常务会议议定事项15件。\n1.由县发改局负责。")).adcode is None
    # the text names another county beside the cited rules: not (only) its own
    beside = text + "\n2.学习平利县的做法。"
    assert infer(lines(beside)).adcode != "610981"


def test_municipal_works_bureau_is_not_the_citys_and_a_title_names_the_writers_level():
    from kg.resolve.jurisdiction import UNIT_PREFIX_RE
    # 市政局 (municipal works) is a district's bureau as well: it says no 市
    assert not UNIT_PREFIX_RE.search("、市政局、")
    assert UNIT_PREFIX_RE.search("、市政务服务中心、") and UNIT_PREFIX_RE.search("、市科技局、")
    table = ("序号 | 主要任务 | 责任单位 |\n"
             "1 | 建成建筑垃圾中转站 | 市政局、环卫处、崇川经济开发区、各街道 |\n"
             "2 | 改造老旧小区 | 崇川经济开发区、市政局 |")
    # the title names a 区政府: a county-level writer, and the county whose short form it writes
    # before a local body (崇川经济开发区) is its own
    assert infer(lines(table), title="2023年区政府重点民生实事项目推进情况").adcode == "320613"
    # without the title nothing tells the writer's level: unknown, never a guess
    assert infer(lines(table)).adcode is None


def test_the_verb_huitong_is_no_county():
    # 会同 ("together with") before a county unit (县督查落实办) is the verb, not 会同县 (湖南)
    text = ("关于2023年10月份民生实事项目进展情况的通报\n"
            "下一步，县发改委要会同县督查落实办对相关工作进行督导，市财政局会同县财政局做好保障。")
    assert infer(lines(text)).adcode is None
    # the county named as a place stays the county
    assert infer(lines("会同县人民政府关于加强秸秆禁烧工作的通知\n各乡镇人民政府：")).adcode == "431225"
