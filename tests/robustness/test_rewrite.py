"""Texts as they reach users (tests/robustness/rewrite.py) still read: a few collected files
rewritten each way (PDF page furniture, letter spacing, half-width marks, invisible characters,
tables copied from web pages) are built and scored on their own answers, and each kind must
keep the score above its floor (the figures measured when the readers learnt the form)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.extract.formats.text import page_furniture
from kg.pipeline import build
from kg.text import as_written
from kg.write import write_jsonl

HERE = Path(__file__).resolve().parent
COLLECTED = HERE.parents[0] / "govs" / "collected"
#: files of several conventions: labels on lines of their own (a12, e18), a bracketed
#: annotation after each item (v02), labels in [] (c01), a TAB table (y01), a `|` table (a14)
FILES = ["a12.txt", "c01.txt", "e18.txt", "v02.txt", "y01.txt", "a14.txt"]
#: kind -> the lowest micro F1 over FILES (without the rewrite: 1.000)
FLOORS = {
    "furniture-dash": 0.98,
    "furniture-of": 0.98,
    "furniture-bare": 0.98,
    "furniture-noheader": 0.98,
    "wrap+furniture": 0.90,
    "letter-spacing": 0.98,
    "half-width": 0.98,
    "mixed-width": 0.98,
    "semicolons": 0.98,
    "ideographic-space": 0.98,
    "nbsp": 0.98,
    "zero-width": 0.98,
    "traditional": 0.95,
    # round 3 (y01's table, whose header names no unit column, is lost a cell a line; the
    # Hong Kong forms' remaining loss is the scorer's t2s fold: 愛國衞生 matches no anchor)
    "traditional-hk": 0.90,
    "traditional-tw": 0.98,
    "cells-per-line": 0.80,
    "rows-blank": 0.80,
    # a stored page's HTML kept in the text (session 20: 0.24 and 0.61 on the whole collected
    # set before markup was read, 0.994 after)
    "html-lines": 0.98,
    "html-run": 0.98,
    # a mirror's lost indent (??), a page's entities, a converter's Markdown in a .txt (session 20:
    # 0.292, 0.280 and 0.725 on the whole collected set before, 0.994, 0.994 and 0.985 after)
    "lost-indent": 0.98,
    "entities": 0.98,
    "markdown": 0.95,
    # a blank line between paragraphs (a web page's copy): 0.939 on the whole collected set
    # before annotated paragraphs were told apart across blank lines, 0.970 after (a `|` cell
    # stream with blanks between cells, a14 here, is still lost)
    "blank-lines": 0.95,
}


def _rewriter():
    spec = importlib.util.spec_from_file_location("kg_test_rewrite", HERE / "rewrite.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_rewritten_files_still_score(kind, tmp_path, scorer):
    rw = _rewriter()
    text = tmp_path / "text"
    text.mkdir()
    for name in FILES:
        (text / name).write_text(rw.rewrite(kind, (COLLECTED / "text" / name).read_text(
            encoding="utf-8")), encoding="utf-8")
    write_jsonl(build([text]), tmp_path / "out")
    preds = scorer.read_jsonl(tmp_path / "out" / "assignments.jsonl")
    gold = [g for g in scorer.read_jsonl(COLLECTED / "gold" / "assignments.jsonl")
            if g.get("file") in FILES]
    lex = scorer.Lexicon.load(COLLECTED / "gold" / "units.tsv")
    total = scorer.Tally()
    for t in scorer.score(preds, gold, lex, None, scorer.SCORED_VIA).values():
        total.add(t)
    assert total.f1 >= FLOORS[kind], f"{kind}: F1 {total.f1:.3f} < {FLOORS[kind]}"


def test_letter_spaced_annotation_closed_up():
    assert as_written("（责 任 单 位 ： 市 财 政 局 、 市 税 务 局）") == "（责任单位：市财政局、市税务局）"
    assert as_written("一 、 总 体 要 求") == "一、总体要求"
    assert as_written("牵\u3000头\u3000单\u3000位：市发展改革委") == "牵头单位：市发展改革委"


def test_spaces_between_words_and_spaced_titles_stay():
    assert as_written("市财政局 市税务局") == "市财政局 市税务局"
    assert as_written("市财政局 和 区 县政府") == "市财政局 和 区 县政府"
    assert as_written("人  员  名  单") == "人  员  名  单"      # a title, no division of work
    assert as_written("年  月  日") == "年  月  日"              # a form's blanks


def test_invisible_characters_dropped():
    assert as_written("市\u200b财政\u200d局\ufeff") == "市财政局"
    assert as_written("\f人民政府公报") == "人民政府公报"


def test_page_furniture_found():
    raw = ["一、工作任务", "1.做好某项工作。", "（责任单位：市财政局）", "— 1 —",
           "\f市人民政府公报", "2.做好另一项工作。", "— 2 —", "\f市人民政府公报", "3.再一项。",
           "第 3 页 共 3 页"]
    assert sorted(page_furniture(raw)) == [3, 4, 6, 7, 9]


def test_numbers_of_a_table_are_no_furniture():
    # 序号 cells between | lines, and a bare number nowhere near a form feed
    raw = ["序号", "|", "任务", "|", "1", "|", "做好工作", "|", "2", "|", "再做", "3"]
    assert page_furniture(raw) == set()
    # a single dashed number with no other page number and no form feed is left alone
    assert page_furniture(["做好工作。", "- 1 -", "再做。"]) == set()


def test_rewrite_keeps_anchor_text():
    """The rewrites change only how the text is set, never its words."""
    rw = _rewriter()
    src = (COLLECTED / "text" / "c01.txt").read_text(encoding="utf-8")
    squeeze = lambda s: "".join(s.split())
    for kind in ("letter-spacing", "ideographic-space", "nbsp"):
        assert squeeze(rw.rewrite(kind, src)) == squeeze(src)
    assert json.dumps(rw.rewrite("furniture-dash", src)).count("\\f") >= 1


def test_traditional_place_levels_in_tortoise_shells_fold_and_stay_as_written(tmp_path):
    # 各縣〔市、區〕政府: the place levels are simplified characters only after the t2s
    # conversion, so the brackets fold to （） after it; the export writes the name as written
    from kg.text import normalise
    assert normalise("各縣〔市、區〕政府") == "各县（市、区）政府"
    assert normalise("川政發〔2023〕5號") == "川政发〔2023〕5号"        # a 文号's year stays
    assert normalise("區衞健局") == "区卫健局"            # a Hong Kong form t2s leaves as it is
    (tmp_path / "t.txt").write_text(
        "一、目標\n1.地區生產總值增長7%以上。（市發展改革委，各縣〔市、區〕政府）\n", encoding="utf-8")
    got = {(a.raw.mention.text, a.unit.name) for a in build([tmp_path / "t.txt"]).assignments}
    assert got == {("市發展改革委", "市发展和改革委员会"), ("各縣〔市、區〕政府", "各县（市、区）人民政府")}


def test_cell_per_line_table_with_a_unit_column_formed_like_a_unit_name(tmp_path):
    # 责任科室 / 责任部门 end like a unit's name (…科室, …部门) and still name a column: the
    # header one name a line is a table's, not a field label joined to the next line
    (tmp_path / "t.txt").write_text("\n".join([
        "工作任务", "具体要求", "责任科室", "时限要求",
        "强化规范性文件公开", "1", "对规范性文件进行全面清理", "办公室", "年底前",
        "深化政策解读", "2", "持续提升政策解读质量", "各科室", "持续推进"]) + "\n", encoding="utf-8")
    result = build([tmp_path / "t.txt"])
    tasks = {t.task_id: t.text for t in result.tasks}
    # a row's task is its first column's text (工作任务), as for the piped table
    assert {(tasks[a.task_id], a.raw.mention.text) for a in result.assignments} == {
        ("强化规范性文件公开", "办公室"), ("深化政策解读", "各科室")}



def test_tab_row_whose_cell_holds_a_line_break_is_one_row(tmp_path):
    # a web page's cell with a <br> (the rewrite unit-wrap): the row goes on on the next line,
    # after a list mark or one unit name a line; a row short of cells otherwise stays a row
    rw = _rewriter()
    table = "\n".join(["序号\t工作任务\t责任单位\t完成时限",
                       "1\t建立改造项目库\t市住建局、市发改委、市财政局\t2024年6月底前",
                       "2\t开展燃气管网改造\t市城管局\t2024年底前"])
    wrapped = rw.rewrite("unit-wrap", table)
    assert wrapped.split("\n")[1:3] == ["1\t建立改造项目库\t市住建局、", "市发改委、市财政局\t2024年6月底前"]
    (tmp_path / "a.txt").write_text(wrapped + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(table.replace("市住建局、市发改委、市财政局", "市住建局\n市财政局")
                                    + "\n", encoding="utf-8")
    for name, units in (("a.txt", ["市住建局", "市发改委", "市财政局"]), ("b.txt", ["市住建局", "市财政局"])):
        result = build([tmp_path / name])
        tasks = {t.task_id: t.text for t in result.tasks}
        got = {(tasks[a.task_id], a.raw.mention.text, a.raw.deadline) for a in result.assignments}
        assert got == {("建立改造项目库", u, "2024-06") for u in units} | {
            ("开展燃气管网改造", "市城管局", "2024-12")}, name
