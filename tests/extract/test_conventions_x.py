"""Conventions seen in the held-out set "x" (State Council and General Office 意见 and
通知 of 2018-19 whose measures are closed by ministries' annotations), each as a short
synthetic fixture with variants not in the collected files: ``（A、B等和各省级人民政府负责）``
(a bare 等 closing the named units, then 和 joining a collective), a central body's own organ
written after it (``中央军委政治工作部``), a first-listed rule stated inside the first
annotation (``排在第一位的部门为牵头部门，下同``) and several annotations inside one paragraph."""
from test_conventions import read, who


def test_a_bare_deng_before_he_closes_the_names_and_he_joins_a_collective(write_doc):
    out = read(write_doc,
               "（一）扩大农产品销售。组织农产品产销对接活动。"
               "（农业农村部、全国妇联等和各省级人民政府负责）\n"
               "（二）完善冷链物流。建设产地冷藏保鲜设施。"
               "（商务部、供销合作总社等及各有关市级人民政府负责）\n"
               "（三）加强质量监管。开展食用农产品抽检。（市场监管总局等与各地负责）\n")
    assert who(out, "扩大农产品销售") == [("农业农村部", "responsible"),
                                        ("全国妇联", "responsible"),
                                        ("各省级人民政府", "responsible")]
    assert who(out, "完善冷链物流") == [("商务部", "responsible"),
                                      ("供销合作总社", "responsible"),
                                      ("各有关市级人民政府", "responsible")]
    assert who(out, "加强质量监管") == [("市场监管总局", "responsible"), ("各地", "responsible")]


def test_a_central_bodys_organ_after_it_is_one_unit(write_doc):
    out = read(write_doc,
               "（一）鼓励有关部队参与帮扶。（扶贫办、中央军委政治工作部、全国总工会负责）\n"
               "（二）做好民兵应急准备。（中央军委国防动员部、应急管理部负责）\n")
    assert who(out, "鼓励有关部队参与帮扶") == [("扶贫办", "responsible"),
                                           ("中央军委政治工作部", "responsible"),
                                           ("全国总工会", "responsible")]
    assert who(out, "做好民兵应急准备") == [("中央军委国防动员部", "responsible"),
                                          ("应急管理部", "responsible")]


def test_a_first_listed_rule_inside_the_first_annotation_reaches_the_later_ones(write_doc):
    out = read(write_doc,
               "1.推广试点。在保税区推广一般纳税人资格试点。"
               "（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）\n"
               "2.简化手续。简化海关业务核准手续。（海关总署、商务部负责）\n"
               "3.便利流转。实现保税货物点对点直接流转。（海关总署负责）\n")
    assert who(out, "在保税区推广一般纳税人") == [("税务总局", "lead"), ("财政部", "responsible")]
    assert who(out, "简化海关业务核准手续") == [("海关总署", "lead"), ("商务部", "responsible")]
    assert who(out, "实现保税货物点对点") == [("海关总署", "lead")]


def test_each_annotation_inside_a_paragraph_closes_its_own_task(write_doc):
    out = read(write_doc,
               "（十）鼓励创新创业。推进商事制度改革。（市场监管总局负责）加强创新创业教育服务。"
               "（体育总局、教育部负责）鼓励新技术应用。（科技部、工业和信息化部负责）\n")
    assert who(out, "推进商事制度改革") == [("市场监管总局", "responsible")]
    assert who(out, "加强创新创业教育服务") == [("体育总局", "responsible"),
                                           ("教育部", "responsible")]
    assert who(out, "鼓励新技术应用") == [("科技部", "responsible"),
                                        ("工业和信息化部", "responsible")]


def test_a_guiding_ministry_is_responsible_and_a_carry_over_rule_adds_the_local_governments(
        write_doc):
    out = read(write_doc,
               "（一）健全管理制度。建立统计制度。（统计局牵头，财政部、商务部参与）\n"
               "明确部门职责边界。（民政部指导，试点县政府负责落实。以下均需试点县政府落实，不再列出）\n"
               "集成改革试点政策。（发展改革委、财政部指导）推广先进技术。（科技部指导）\n")
    assert who(out, "建立统计制度") == [("统计局", "lead"), ("财政部", "support"),
                                      ("商务部", "support")]
    assert who(out, "明确部门职责边界") == [("民政部", "responsible"), ("试点县政府", "responsible")]
    assert who(out, "集成改革试点政策") == [("发展改革委", "responsible"), ("财政部", "responsible"),
                                          ("试点县政府", "responsible")]
    assert who(out, "推广先进技术") == [("科技部", "responsible"), ("试点县政府", "responsible")]
