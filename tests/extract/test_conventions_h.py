"""Conventions seen in the held-out set "h" (a county's and a prefecture's 责任分解), each as a
short synthetic fixture with variants that are not in the collected files: annotation lines of
a task that the input ends inside, and 各责任单位 in the prose of a document that assigns its
tasks under role labels."""
from kg.extract.annotations import parse_annotation

from test_conventions import read, roles, who


def _prose_units(out):
    result, _tasks, _got = out
    return [a.raw.mention.text for a in result.assignments if a.raw.via == "prose"]


def test_annotation_lines_the_input_ends_inside_are_not_read(write_doc):
    out = read(write_doc, "一、主要目标\n"
                          "1.粮食产量稳定在50万吨以上。\n"
                          "牵头负责领导：张明。\n"
                          "牵头责任单位：市农业农村局。\n"
                          "协同责任单位：市发展和改革委员会、市水利局。\n"
                          "2.城镇新增就业2万人。\n"
                          "牵头负责领导：张明。\n"
                          "牵头责任单位：市人力资源和社会保障局。\n"
                          "协同责任单位：市财政局、市教育局、人行\n")
    assert who(out, "粮食产量稳定在50万吨") == [
        ("市农业农村局", "lead"), ("市发展和改革委员会", "support"), ("市水利局", "support")]
    assert who(out, "城镇新增就业2万人") == []
    result, _, _ = out
    assert any(i.code == "E306" for i in result.issues)


def test_annotation_lines_closed_at_the_end_or_written_without_full_stops_are_read(write_doc):
    # the last line ends its sentence as the others do: nothing was cut
    out = read(write_doc, "1.城镇新增就业2万人。\n"
                          "牵头责任单位：区人社局；\n"
                          "配合单位：区财政局、区教育局；\n")
    assert who(out, "城镇新增就业2万人") == [("区人社局", "lead"), ("区财政局", "support"),
                                          ("区教育局", "support")]
    # lines written without a closing mark at all: their style, not a cut
    out = read(write_doc, "1.城镇新增就业2万人。\n"
                          "牵头单位：区人社局\n"
                          "配合单位：区财政局、区教育局\n")
    assert who(out, "城镇新增就业2万人") == [("区人社局", "lead"), ("区财政局", "support"),
                                          ("区教育局", "support")]


def test_ge_zeren_danwei_in_a_labelled_document_is_no_unit(write_doc):
    out = read(write_doc, "县人民政府关于2022年重点工作责任分解的通知\n"
                          "各乡镇人民政府，县直各单位：\n"
                          "各牵头单位要统筹推进，各责任单位要主动配合，按时完成任务。\n"
                          "1.新建学校2所。（牵头单位：县教育局；责任单位：县财政局）\n")
    assert who(out, "新建学校2所") == [("县教育局", "lead"), ("县财政局", "responsible")]
    assert not [m for m in _prose_units(out) if m.endswith("单位")]


def test_role_words_stay_organ_types_where_no_annotation_uses_them(write_doc):
    # rules for handling proposals: 主办单位 is the type of unit a proposal goes to
    out = read(write_doc, "建议提案办理办法\n"
                          "第一条 主办单位负责牵头办理建议提案，会办单位应当积极配合。\n")
    assert "主办单位" in _prose_units(out)


def test_you_before_the_first_of_a_comma_list_and_a_bracketed_level_collective():
    p = parse_annotation("由区人民政府各相关部门，各乡（镇）、街道负责落实")
    assert roles(p.units) == [("区人民政府各相关部门", "responsible"), ("各乡（镇）、街道", "responsible")]
    p = parse_annotation("由县住建局、交通局，各乡（镇）、街道人民政府负责落实")
    assert roles(p.units) == [("县住建局", "responsible"), ("交通局", "responsible"),
                              ("各乡（镇）、街道人民政府", "responsible")]


def test_a_closing_sentence_you_x_comma_y_fuzeluoshi_annotates_its_item(write_doc):
    out = read(write_doc, "二、为民办实事\n"
                          "（一）新建农村公路200公里，改造危桥10座。由县交通局、县财政局，各乡镇人民政府负责落实。\n"
                          "（二）新增城镇就业3000人。由县人社局负责落实。\n")
    assert who(out, "新建农村公路200公里") == [
        ("县交通局", "responsible"), ("县财政局", "responsible"), ("各乡镇人民政府", "responsible")]
    assert who(out, "新增城镇就业3000人") == [("县人社局", "responsible")]
    # a sentence with other words between the units is no annotation
    out = read(write_doc, "（一）新建农村公路200公里。由县交通局会同有关方面，按计划分步实施，确保质量负责。\n")
    assert who(out, "新建农村公路200公里") == []


def test_a_piped_row_the_input_ends_inside_is_not_read(write_doc):
    text = ("序号 | 任务 | 指标 | 牵头部门 | 配合部门 | 类型 |\n"
            "1 | 城镇新增就业 | 5000人 | 县人社局 | 县财政局、各乡镇人民政府 | A类 |\n"
            "2 | 新建幼儿园 | 3所 | 县教育局 | 县财政局、县自然资")
    out = read(write_doc, text)
    assert who(out, "城镇新增就业") == [("县人社局", "lead"), ("县财政局", "support"),
                                       ("各乡镇人民政府", "support")]
    assert who(out, "新建幼儿园") == []
    assert any(i.code == "E306" for i in out[0].issues)
    # the same row closed by its '|' (a row whose last cells are merged away) is read
    out = read(write_doc, text.rsplit("\n", 1)[0] + "\n2 | 新建幼儿园 | 3所 | 县教育局 | 县财政局 |\n")
    assert who(out, "新建幼儿园") == [("县教育局", "lead"), ("县财政局", "support")]
