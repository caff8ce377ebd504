"""Conventions seen in the held-out set "j" (documents found in public repositories), each as a
short synthetic fixture with variants that are not in the collected files: a body run together
with no spaces left where its line breaks were (``…。责任单位：…。2.…``), a service guide's
numbered field lines (办事指南: 事项名称 / 实施机关 / 共同实施部门 / 承办机构), and a guide kept as
markdown, its field names in bold, one guide a line."""
from kg.extract import annotations as ann

from test_conventions import read, who

FILLER = "按照统一部署推进相关工作，细化工作措施，明确时间节点，确保各项任务按期完成见到实效。"


def test_labels_after_sentence_ends_cut_a_body_run_together(write_doc):
    body = ("关于加快发展夜间经济的若干措施。为繁荣城市消费，现提出如下措施。"
            "1.延长重点商圈营业时间，" + FILLER + "责任单位：市商务局、市城管局。"
            "2.完善夜间公共交通服务，" + FILLER + "责任单位：市交通运输局。"
            "3.丰富夜间文旅活动，" + FILLER + "牵头单位：市文旅局；配合单位：市公安局。\n")
    out = read(write_doc, body)
    assert who(out, "延长重点商圈营业时间") == [("市商务局", "responsible"),
                                          ("市城管局", "responsible")]
    assert who(out, "完善夜间公共交通服务") == [("市交通运输局", "responsible")]
    assert who(out, "丰富夜间文旅活动") == [("市文旅局", "lead"), ("市公安局", "support")]


def test_an_enumerated_paragraph_with_no_label_is_left_whole(write_doc):
    para = ("推进老旧小区改造。一是完善基础设施，" + FILLER + "二是提升公共服务，" + FILLER
            + "三是加强长效管理，" + FILLER + "四是健全议事机制，" + FILLER
            + "（区住建局牵头，各街道配合）\n")
    out = read(write_doc, "一、重点任务\n" + para)
    assert who(out, "推进老旧小区改造") == [("区住建局", "lead"), ("各街道", "support")]


def test_service_guide_unit_fields_are_labels():
    for label in ("实施机关", "实施机构", "承办机构", "共同实施部门", "负责机构"):
        assert ann.label_role(label) == "responsible", label
    for label in ("实施对象", "实施依据", "实施层级", "办理机构地址"):
        assert ann.label_role(label) is None, label


def test_numbered_fields_of_a_service_guide_belong_to_its_matter(write_doc):
    out = read(write_doc, "一、事项名称：城乡居民基本养老保险参保登记\n"
                          "二、事项类别：社会保障类\n"
                          "三、实施依据：\n"
                          "《城乡居民基本养老保险经办规程》\n"
                          "四、实施机关：某县某镇人民政府\n"
                          "五、共同实施部门：某县医疗保障局\n"
                          "六、承办机构：某县某镇便民服务中心\n"
                          "七、法定期限：5个工作日\n")
    assert who(out, "城乡居民基本养老保险参保登记") == [
        ("某县某镇人民政府", "responsible"), ("某县医疗保障局", "responsible"),
        ("某县某镇便民服务中心", "responsible")]


def test_numbered_list_items_are_not_a_field_record(write_doc):
    # numbered items that happen to hold a colon are tasks, each with its own annotation
    out = read(write_doc, "一、重点任务\n"
                          "1.项目名称：城区污水管网改造工程。（区住建局负责）\n"
                          "2.项目名称：城区道路照明提升工程。（区城管局负责）\n")
    assert who(out, "城区污水管网改造工程") == [("区住建局", "responsible")]
    assert who(out, "城区道路照明提升工程") == [("区城管局", "responsible")]


def test_a_markdown_guide_on_one_line_reads_its_bold_fields(write_doc):
    guide = ("企业开办一件事.md\n"
             "1. **涉及事项**   1. 营业执照办理   2. 公章刻制；    3. 发票申领；    4. 社保登记。"
             "2. **实施机构**   县市场监督管理局牵头，县公安局、县税务局等部门配合。"
             "3. **适用范围**   在本县登记的各类企业4. **办理方式**\t\t线上线下均可办理。"
             "5. **法定办结时限**\t\t3个工作日\n")
    out = read(write_doc, guide)
    assert who(out, "营业执照办理") == [("县市场监督管理局", "lead"), ("县公安局", "support"),
                                     ("县税务局", "support")]
