"""Duty clauses the round-142 held-out texts of issue 12 (tests/govs/prose n524-n527: two townships'
应急预案 pages, a prefecture's 政府信息公开 notice with wrapped lines, a prefecture's 信息公开指南) showed
missing or wrong (kg.extract.enrich.duties). The sentences are variants written for these tests,
not the corpus text."""
from __future__ import annotations

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)
from test_prose_round141 import _by_line, _names, _read  # noqa: F401  (round 141's readers)


def test_a_prefectures_counties_and_cities_written_xianshi(known):
    # 各县市 : a prefecture's counties and county-level cities, a collective as 各县区 (it was no
    # subject, and 各县市和各部门 was read as one name)
    assert _names("各县市要加强对档案工作的组织领导。", known) == ["各县市"]
    assert _names("各县市和各部门要加强对档案工作的组织领导。", known) == ["各县市", "各部门"]
    assert _names("各县市、示范区和各部门要做好档案移交工作。", known) == ["各县市", "示范区", "各部门"]


def test_the_general_office_of_the_governments_of_a_level(known):
    # 县级以上人民政府办公室 / 县级以上地方人民政府办公厅（室） : each of those governments' general office,
    # as 县级以上人民政府X部门 (no subject before)
    assert _names("县级以上人民政府办公室负责本级档案公开工作的指导。", known) == ["县级以上人民政府办公室"]
    assert _names("县级以上地方人民政府办公厅（室）负责推进本行政区域的档案公开工作。", known) == [
        "县级以上地方人民政府办公厅（室）"]


def test_partners_after_a_modal_in_a_later_clause(known):
    # X是…主管部门，要会同Y加强… / X负责…，要会同Y… : the modal again before 会同, as 并会同 (Y was lost)
    assert _names("县档案局是本县档案工作的主管部门，要会同县保密局加强对档案工作的监督。", known) == [
        "县档案局", "县保密局"]
    assert _names("县档案局负责档案接收工作，应当会同县保密局做好涉密档案的鉴定。", known) == [
        "县档案局", "县保密局"]
    # …and on a labelled line (县档案局：负责…，要会同Y…)
    assert _by_line(["县档案局：负责档案接收工作，要会同县保密局做好涉密档案的鉴定。"], known) == [
        (1, "县档案局"), (1, "县保密局")]
    # (要配合Y : the one helped, no partner, as before)
    assert _names("县档案局负责档案接收工作，要配合县保密局做好涉密档案的鉴定。", known) == ["县档案局"]


def test_the_office_a_group_sets_up_before_where_it_sits(known):
    # X领导小组设立Y办公室，办公室设在Z，负责… : the office as written after the verb (the setter and its
    # verb were run into one name, 乡防汛领导小组设立防汛领导小组办公室)
    got = [d.mention for d in _read(["乡防汛领导小组设立防汛领导小组办公室，办公室设在乡党政办，负责汛期值守工作。"], known)
           if d.via == "prose"]
    assert got == ["防汛领导小组办公室"]


def test_a_short_name_defined_after_a_group_setting_up_its_office(known):
    # 领导小组设办公室（以下简称Y）在Z : Y is the group's office (领导小组办公室), not 领导小组设办公室
    got = [(d.mention, d.lookup) for d in _read(["领导小组设办公室（以下简称乡防汛办）在乡党政办。",
                                                 "乡防汛办统一领导全乡防汛工作，负责汛期值守工作。"], known)]
    assert got == [("乡防汛办", "领导小组办公室")]


def test_a_line_wrapped_after_the_preposition_before_a_title(known):
    # …要按照 / 《条例》的要求，… : a copy wrapped before the cited title goes on (the subject was cut off
    # from its duty)
    got = [(d.line, d.mention, d.clause) for d in _read(["各乡镇要按照", "《档案法》的要求，切实加强对档案工作的组织领导。"],
                                                        known)]
    assert got == [(1, "各乡镇", "各乡镇要按照《档案法》的要求，切实加强对档案工作的组织领导")]


def test_two_labelled_stations_on_one_line(known):
    # 民政所：负责…。其他部门：按照职责做好… : two labelled lines run into one, the second's duty opening
    # with its manner (the first was lost, the line read as the heading's departments')
    got = _by_line(["镇直各站所在防汛工作中的职责",
                    "民政所：负责灾民安置和救灾物资发放工作。其他部门：按照职责做好相关防汛工作。"], known)
    assert got == [(2, "民政所"), (2, "其他部门")]
    got = _by_line(["民政所：负责灾民安置工作。司法所：负责矛盾纠纷调解工作。"], known)
    assert got == [(1, "民政所"), (1, "司法所")]


def test_collectives_after_the_charge_that_describes_them(known):
    # 在X的统一领导下，负责…的各A、各B及相关单位要… : the collectives the charge describes hold the duty
    # (the clause was lost: its 负责 read as the verb with no subject before it)
    assert _names("在县防汛指挥部的统一领导下，负责抢险救灾的各乡镇、各站所及相关单位要根据预案的规定，明确各自的任务。",
                  known) == ["各乡镇", "各站所", "相关单位"]
