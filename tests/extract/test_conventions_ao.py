"""Conventions seen in the held-out set "ao" (a city's 十二五 纲要 division, a district's 考核
indicator report, an autonomous prefecture's division notice and an autonomous banner's cover
notice), each as a short synthetic fixture with variants not in the collected files: unnumbered
indicator lines under a heading, each closed by a label stated as a sentence (…，责任单位为X；),
are tasks of their own; one line holding two targets, each closed by its own 责任单位为X；, is two
tasks, while 牵头单位为A；配合单位为B。 stays one annotation; a notice's closing contact line
（联系人：…，联系电话：…，电子邮箱：…） names no unit and raises no unknown-label warning."""
from test_conventions import read, who

from kg.extract import annotations as ann

INDICATORS = ("一、6项考核指标设置情况\n"
              "地区生产总值：增长7%左右（依据县人代会目标设置），责任单位为县发展改革局；\n"
              "规模以上工业增加值：增长9%（依据县人代会目标设置），责任单位为县工信局；\n"
              "城镇新增就业：4500人以上，责任单位是县人社局。\n")


def test_unnumbered_indicator_lines_each_closed_by_a_label_sentence(write_doc):
    out = read(write_doc, INDICATORS)
    assert who(out, "地区生产总值：增长7%左右") == [("县发展改革局", "responsible")]
    assert who(out, "规模以上工业增加值：增长9%") == [("县工信局", "responsible")]
    assert who(out, "城镇新增就业：4500人以上") == [("县人社局", "responsible")]


def test_two_targets_on_one_line_each_with_its_own_label_sentence(write_doc):
    out = read(write_doc, "二、投资指标\n"
                          "固定资产投资及技改投资占比：固定资产投资80亿元，增长6%（依据县人代会目标设置），"
                          "责任单位为县发展改革局；技改投资占固定资产投资比重15%（依据县人代会目标设置），"
                          "责任单位为县工信局；\n")
    assert who(out, "固定资产投资80亿元") == [("县发展改革局", "responsible")]
    assert who(out, "技改投资占固定资产投资比重15%") == [("县工信局", "responsible")]


def test_a_lead_and_a_helper_stated_as_sentences_stay_one_annotation():
    norm = "推进农村公路改造提升工程，完成改造120公里，牵头单位为县交通运输局；配合单位为县财政局、各乡镇。"
    assert ann.annotation_cuts(norm) == []
    cut = "完成改造120公里，责任单位为县交通运输局；新建农村客运站3个，责任单位为县交通运输局。"
    assert ann.annotation_cuts(cut) == [cut.index("新建")]


def test_a_line_closed_by_a_label_sentence_closes_with_its_annotation():
    assert ann.closes_with_annotation("服务业增加值：增长8%（依据区人代会目标设置），责任单位为区发改委；")
    assert not ann.closes_with_annotation("服务业增加值：增长8%，责任单位要加强统计监测；")
    assert not ann.closes_with_annotation("责任单位为区发改委；")        # wholly an annotation


def test_a_contact_line_names_no_unit_and_raises_no_warning(write_doc):
    out = read(write_doc, "关于印发重点任务分工的通知\n各苏木乡镇人民政府，旗政府各部门：\n"
                          "一、旗政府督查室要加强日常调度，及时汇总落实情况。\n"
                          "（联系人：张三、李四，联系电话：1234567，电子邮箱：abc@163.com）\n")
    result, _, got = out
    assert not [u for units in got.values() for u in units]
    assert not [i for i in result.issues if "联系电话" in i.message or "电子邮箱" in i.message
                or "1234567" in i.message]
    parsed = ann.parse_annotation("联系人：张三，联系电话：1234567，传真：7654321")
    assert not parsed.units and not parsed.unknown_labels and not parsed.leftover


def _lines(text):
    from kg.model import Line
    from kg.text import normalise
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_government_naming_itself_by_its_level_word_implements_its_own_plan():
    from kg.resolve.jurisdiction import infer
    own = ("自治州直属各县市人民政府，州人民政府各部门：为做好《纲要》实施工作，自治州人民政府决定将"
           "《{}州直国民经济和社会发展第十一个五年规划纲要》确定的目标任务分解落实到各县市、各部门。"
           "紧扣中央关于新疆发展与稳定的战略部署。")
    assert infer(_lines(own.format("伊犁哈萨克自治州"))).adcode == "654000"
    # the plan cited is a place of another level than the one the text names itself by: not read
    assert infer(_lines(own.format("新疆维吾尔自治区"))).adcode != "654000"
    # the text names a place beside the plan's (another prefecture): not (only) its own plan
    beside = own.format("伊犁哈萨克自治州") + "学习昌吉回族自治州的做法。"
    assert infer(_lines(beside)).adcode != "654000"
