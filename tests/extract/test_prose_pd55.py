"""Duty clauses in running text probed with short written articles and notices (helper pd55): the verb
会同 after a member's label or a modal read as no county, … The sentences are written for these tests."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.model import Line
from kg.resolve.jurisdiction import infer
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _read(text, known):
    lines = [(k + 1, normalise(t)) for k, t in enumerate(text.split("\n"))]
    return [(d.line, d.mention, d.lookup, d.role) for d in read_lines(lines, known)]


def _duties(text, known):
    return [(d.mention, d.lookup, d.role) for d in read_duties(normalise(text), 1, known)]


def _lines(text):
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_the_verb_huitong_after_a_modal_or_a_members_label_is_no_county():
    # 应当会同县财政局, 县教育局：会同县卫生健康局做好…, …；会同县政府有关部门做好…: the verb 会同 ("together
    # with") before a county's department, not 会同县 (湖南): the document's place stays unknown
    for text in ("某某县城市市容管理办法\n第五条 县城管局应当会同县财政局制定作业服务标准。",
                 "某某县突发公共卫生事件应急预案\n县教育局：会同县卫生健康局做好学校防控工作。",
                 "某某县食品安全工作意见\n各乡镇人民政府负责组织协调；会同县政府有关部门做好辖区工作。",
                 "某某县应急预案\n县卫生健康局牵头，会同县公安局做好秩序维护。"):
        assert infer(_lines(text)).adcode is None, text
    # the county named as a place, or its government after a stop, stays the county
    assert infer(_lines("会同县人民政府关于加强秸秆禁烧工作的通知\n各乡镇人民政府：")).adcode == "431225"
    assert infer(_lines("关于秸秆禁烧工作的通知\n一、总体要求。\n经研究，会同县人民政府决定开展秸秆禁烧。")).adcode == "431225"
