"""A county government's meeting minutes (会议纪要) read as their units and times (session 51,
lead51): on main a requirement's later clause (，县公安局、县市场监管局按照各自职责做好…) and the body
joined with 会同 were lost to the inline reading, and the time the sentence sets (于6月30日前完成,
确保5月底前开工建设) was no deadline."""
from __future__ import annotations

from kg.pipeline import build

MINUTES = """某县人民政府常务会议纪要

2025年4月8日，县长王刚主持召开县政府第5次常务会议。现将会议议定事项纪要如下：
一、关于城区停车场建设问题
会议原则同意城区停车场建设方案。由县住建局牵头，县自然资源局、县交通运输局配合，抓紧完善前期手续，确保5月底前开工建设。
二、关于农村饮水安全问题
会议要求，县水利局要会同各乡镇人民政府，于6月30日前完成农村饮水工程维修改造。
三、关于中小学校安全问题
会议强调，县教体局要压实学校安全主体责任，县公安局、县市场监管局按照各自职责做好校园周边治安和食品安全监管工作。
"""


def _rows(write_doc):
    result = build([write_doc(MINUTES, "m.txt")])
    return sorted((a.raw.mention.source.line, a.raw.mention.text, a.raw.role, a.raw.deadline)
                  for a in result.assignments if a.raw.via == "inline")


def test_a_meetings_requirement_names_every_body_it_requires(write_doc):
    rows = _rows(write_doc)
    assert [(line, unit, role) for line, unit, role, _d in rows if line == 9] == [
        (9, "县公安局", "responsible"), (9, "县市场监管局", "responsible"), (9, "县教体局", "responsible")]
    assert [(unit, role) for line, unit, role, _d in rows if line == 7] == [
        ("县水利局", "responsible"), ("各乡镇人民政府", "support")]


def test_the_time_a_sentence_sets_is_its_deadline(write_doc):
    rows = _rows(write_doc)
    assert {d for line, _u, _r, d in rows if line == 5} == {"5月底前"}
    assert {d for line, _u, _r, d in rows if line == 7} == {"6月30日前"}
    assert {d for line, _u, _r, d in rows if line == 9} == {None}


def test_bodies_forming_a_team_without_by_hold_its_work():
    # A、B组成工作专班，负责… : the team's members hold its work, as after 由 (pr67); the last member was
    # read as a body named 'B组成工作专班'
    from kg.extract.enrich.duties import read_duties
    from kg.text import normalise
    got = [(d.mention, d.role) for d in read_duties(normalise("县发改局、县财政局组成工作专班，负责项目谋划。"), 1,
                                                   lambda n: False)]
    assert got == [("县发改局", "responsible"), ("县财政局", "responsible")]
