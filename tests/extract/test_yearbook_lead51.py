"""A yearbook's entries written unnumbered, each closed by who wrote it up (session 51, lead51).
On main each 供稿 note of such entries was a mention of the document's title (no contributor),
a writer's name after the unit was dropped without a word, and 资料来源 was no label."""
from __future__ import annotations

from kg.extract.annotations import parse_annotation
from kg.pipeline import build

from test_conventions import read, who

SCORED_ALL = ("contributor", "source")


def _rows(result):
    tasks = {t.task_id: t for t in result.tasks}
    return sorted((tasks[a.task_id].source_text.splitlines()[0], a.raw.mention.text, a.raw.role)
                  for a in result.assignments if a.raw.via in ("contributor", "inline"))


def test_entries_under_titles_alone_each_closed_by_its_contributor(write_doc):
    result = build([write_doc("某市年鉴2024\n\n工业经济\n全年规模以上工业增加值增长6.2%。（市工信局供稿）\n"
                              "农业生产\n粮食总产量52万吨，比上年增长1.2%。（市农业农村局供稿）\n"
                              "交通运输\n全年完成公路客运量120万人次。（市交通运输局供稿）\n", "y.txt")])
    assert _rows(result) == [("交通运输", "市交通运输局", "contributor"),
                             ("农业生产", "市农业农村局", "contributor"),
                             ("工业经济", "市工信局", "contributor")]


def test_entries_titled_in_brackets_on_their_line(write_doc):
    result = build([write_doc("某市年鉴2024\n\n【工业经济】全年规模以上工业增加值增长6.2%。（市工信局供稿）\n"
                              "【农业生产】粮食总产量52万吨。（撰稿：市农业农村局）\n", "y.txt")])
    assert _rows(result) == [("【农业生产】粮食总产量52万吨。（撰稿：市农业农村局）", "市农业农村局", "contributor"),
                             ("【工业经济】全年规模以上工业增加值增长6.2%。（市工信局供稿）", "市工信局", "contributor")]


def test_a_title_over_a_numbered_item_stays_out_of_it(write_doc):
    # (a heading alone over numbered items closed by their annotations is no entry of its own)
    out = read(write_doc, "某县2025年工作要点\n\n总体要求和主要预期目标\n"
                          "1.地区生产总值增长6%。（牵头单位：县发改局）\n2.一般公共预算收入增长5%。（牵头单位：县财政局）\n")
    _, tasks, _got = out
    assert sorted(t.path for t in tasks.values()) == [("(document)",), ("1",), ("2",)]
    assert who(out, "地区生产总值增长6%") == [("县发改局", "lead")]


def test_a_writer_named_after_the_unit_is_reported():
    p = parse_annotation("市财政局 李四 撰稿")
    assert [(u.mention, u.role) for u in p.units] == [("市财政局", "contributor")]
    assert p.leftover == ["李四"]


def test_where_an_entry_s_figures_come_from():
    p = parse_annotation("资料来源：市统计局")
    assert [(u.mention, u.role) for u in p.units] == [("市统计局", "source")]
