"""Conventions seen in the held-out set "h" (a county's and a prefecture's 责任分解), each as a
short synthetic fixture with variants that are not in the collected files: annotation lines of
a task that the input ends inside, and 各责任单位 in the prose of a document that assigns its
tasks under role labels."""
from test_conventions import read, who


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
