"""Conventions seen in the held-out set "au" (a city's 责任分工 table flattened one cell a
paragraph), as short synthetic fixtures: theme rows spanning the table (a part's title, then
``（一）`` and a sub-part's title, their other cells empty) stand between the header and the
first numbered row; the first row starts at its number, not at the titles, and a person's
name in a wrapped 市政府 / 分管领导 column is no unit. (The 配合单位 cells here name pairs of
districts (the level changes): a 配合单位 cell of one unit, or of city departments, right after the 牵头单位 cell, each one line, is
still read as one run into the 牵头单位 column; a known limit, not this rule.)"""
from test_conventions import read, who

THEMED = ("某市2022年政府工作报告重点工作分工\n\n序号\n\n重点工作\n\n市政府\n\n分管领导\n\n"
          "牵头单位\n\n配合单位\n\n备注\n\n"
          "推动产业转型升级。\n\n\n\n\n\n(一)\n\n壮大先进制造业。\n\n\n\n\n\n"
          "1\n\n实施制造业技改提升行动。\n\n李 明\n\n市工业和信息化局\n\n城东区、城西区政府\n\n\n"
          "2\n\n培育专精特新企业50家。\n\n李 明\n\n市工业和信息化局\n\n城南区、城北区政府\n\n\n"
          "3\n\n建设智能制造示范工厂。\n\n张 华\n\n市发展改革委\n\n城东区、城北区政府\n\n\n\n"
          "二、其他事项\n")


def test_theme_rows_before_the_first_numbered_row_are_no_cells(write_doc):
    out = read(write_doc, THEMED)
    assert who(out, "实施制造业技改提升行动") == [
        ("市工业和信息化局", "lead"), ("城东区", "support"), ("城西区政府", "support")]
    assert who(out, "培育专精特新企业50家") == [("市工业和信息化局", "lead"), ("城南区", "support"), ("城北区政府", "support")]
    assert who(out, "建设智能制造示范工厂") == [("市发展改革委", "lead"), ("城东区", "support"), ("城北区政府", "support")]


def test_the_titles_and_the_leader_give_no_unit(write_doc):
    out = read(write_doc, THEMED)
    units = {u for got in out[2].values() for u, _ in got}
    assert not units & {"李 明", "张 华", "李明", "张华", "推动产业转型升级", "壮大先进制造业"}
