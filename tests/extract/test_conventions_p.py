"""Conventions seen in the held-out set "p" (长沙市, 三门峡市, 宣城市, 霍邱县, 平湖市, 祁门县),
each as a short synthetic fixture with variants that are not in the collected files:
tortoise-shell brackets as the inner brackets of a collective (各县〔市、区〕政府); a table
pasted one row a line with single spaces under column names that carry a mirror's pinyin
glosses; a progress table one cell a line whose rows lost their merged 类别 cell and run on
into sub-rows of their other targets, with figures (``7 | 7 | 100%``) that look like row
numbers; a table whose cells but a row's first open with a ``|`` at the start of the line,
each row closed by a line ``|``, the narrow 牵头单位 cells broken over lines and merged over
several rows; a county-level division named in a list of units; ``市直各单位`` telling the
level of the government that writes it."""
from kg.extract import annotations
from kg.extract.outline import _row_number
from kg.resolve.jurisdiction import _level_hints
from kg.text import normalise

from test_conventions import cells, read, who


def test_tortoise_shell_brackets_inside_a_name_are_its_inner_parentheses(write_doc):
    # 〔〕 nested in a （）annotation hold the place levels of a collective; a 文号's year and
    # an annotation written in 〔〕 stay as they are
    assert normalise("各县〔市、区〕人民政府") == "各县（市、区）人民政府"
    assert normalise("各镇〔街道〕") == "各镇（街道）"
    assert normalise("县政办〔2024〕3号") == "县政办〔2024〕3号"
    assert normalise("〔牵头单位：县农业农村局〕") == "〔牵头单位：县农业农村局〕"
    out = read(write_doc,
               "县人民政府关于明确2024年重点工作责任单位的通知\n"
               "1.粮食播种面积稳定在50万亩以上。(县农业农村局,各乡〔镇〕人民政府)\n"
               "2.新增规模以上工业企业12家。(县工业和信息化局、统计局,各乡〔镇、街道〕)\n")
    assert who(out, "粮食播种面积") == [
        ("县农业农村局", "responsible"), ("各乡〔镇〕人民政府", "responsible")]
    assert who(out, "新增规模以上工业企业") == [
        ("县工业和信息化局", "responsible"), ("统计局", "responsible"),
        ("各乡〔镇、街道〕", "responsible")]


def test_space_table_under_column_names_with_pinyin_glosses(write_doc):
    out = read(write_doc,
               "2024年縣重點(diǎn)工作推進(jìn)情況\n"
               "序號(hào) 工作任務(wù) 牽頭責(zé)任單位 推進(jìn)情況\n"
               "1 新建高標(biāo)準(zhǔn)農田2萬畝。 縣農(nóng)業(yè)農(nóng)村局 已完成1.2萬畝\n"
               "2 城鎮(zhèn)新增就業(yè)3000人。 縣人社局、縣就業(yè)中心 已完成1800人\n")
    assert who(out, "新建高標(biāo)準(zhǔn)農田") == [("縣農(nóng)業(yè)農(nóng)村局", "lead")]
    assert who(out, "城鎮(zhèn)新增就業(yè)") == [("縣人社局", "lead"), ("縣就業(yè)中心", "lead")]


def test_a_figure_after_a_number_is_no_row_number():
    body = cells("6", "修缮农村公路", "县交通局", "7", "7", "100%", "7", "改造危房", "县住建局")
    assert _row_number(body, 0) == 6
    assert _row_number(body, 3) is None        # 7 then 7: the target and what was done
    assert _row_number(body, 4) is None        # 7 then 100%
    assert _row_number(body, 6) == 7           # 7 then the row's text


def test_a_progress_table_with_sub_rows_and_a_missing_category_cell(write_doc):
    out = read(write_doc,
               "序号 |\n类别 |\n项目名称 |\n目标任务 |\n责任单位 |\n完成数 |\n进度 |\n备注 |\n"
               "1 |\n一、教育(2项) |\n新建幼儿园 |\n新建幼儿园3所 |\n县教育局 |\n3 |\n100% |\n|\n"
               "新增学位900个 |\n900 |\n100% |\n|\n"
               "2 |\n校舍维修 |\n维修校舍12处 |\n县教育局 |\n12 |\n100% |\n|\n"
               "3 |\n二、卫生(1项) |\n建设村卫生室 |\n建设村卫生室5个 |\n县卫健委 |\n5 |\n5 |\n|\n"
               "改造乡镇卫生院2所 |\n2 |\n100% |\n|\n"
               "4 |\n农村饮水 |\n巩固提升农村供水工程 |\n县水利局 |\n3 |\n3 |\n|\n")
    assert who(out, "新建幼儿园") == [("县教育局", "responsible")]
    # a row without its merged 类别 cell, then a sub-row of another target
    assert who(out, "校舍维修") == [("县教育局", "responsible")]
    assert who(out, "建设村卫生室") == [("县卫健委", "responsible")]
    # 5 | 5 before the next row: figures, not row 5
    assert who(out, "农村饮水") == [("县水利局", "responsible")]


def test_leading_pipe_table_with_broken_and_merged_lead_cells(write_doc):
    out = read(write_doc,
               "牵头单位\n| 工 作 任 务\n| 责 任 单 位\n|\n"
               "县\n农业\n农村局\n| 新建高标准农田2万亩\n| 县财政局、县自然资源局\n|\n"
               "推进农村人居环境整治\n| 各乡镇、县住建局\n|\n"
               "县\n交\n通\n局\n| 改造农村公路50公里\n| 县财政局和各乡镇\n|\n"
               "完成危桥改造3座\n|\n"
               "建成城乡公交一体化示范县\n|\n"
               "推进客运站建设\n")
    assert who(out, "新建高标准农田") == [("县农业农村局", "lead"), ("县财政局", "responsible"),
                                        ("县自然资源局", "responsible")]
    assert who(out, "推进农村人居环境整治") == [
        ("县农业农村局", "lead"), ("各乡镇", "responsible"), ("县住建局", "responsible")]
    assert who(out, "改造农村公路") == [("县交通局", "lead"), ("县财政局", "responsible"),
                                      ("各乡镇", "responsible")]
    # rows of the task cell only: both the lead and the 责任单位 cells above are merged over them
    for task in ("完成危桥改造3座", "建成城乡公交一体化示范县"):
        assert who(out, task) == [("县交通局", "lead"), ("县财政局", "responsible"),
                                  ("各乡镇", "responsible")]
    # the last row is cut before its closing |: no unit is read for it
    _, tasks, got = out
    assert not any(t.task_id in got for t in tasks.values() if "推进客运站建设" in t.source_text)


def test_a_county_named_among_units_is_a_unit():
    assert annotations.looks_like_unit("岳麓区") and annotations.looks_like_unit("浏阳市")
    assert annotations.looks_like_unit("长沙县")
    # two-character names are words as often as places; short forms are no names
    assert not annotations.looks_like_unit("城区")
    assert not annotations.looks_like_unit("岳麓")
    assert [n for n, _ in annotations.unit_items("市商务局、天心区和雨花区")] == [
        "市商务局", "天心区", "雨花区"]


def test_units_directly_under_a_government_tell_its_level():
    assert _level_hints(["市直各单位、各区县市"])["units:prefecture"] == 1
    assert _level_hints(["县直有关部门"])["units:county"] == 1
    assert not _level_hints(["直属各单位"])
