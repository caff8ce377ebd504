"""The forms an office's real files take (helper pb46's probes of session 45, written as short
fixtures; every case was lost, misread or misplaced before):

- DOCSTRING-PLACEHOLDER
"""
from test_conventions import read, who


ONE_LINE_ITEMS = ("张家口市人民政府办公室关于印发2024年重点工作任务分工方案的通知\n"
                  "张政办字〔2024〕12号\n"
                  "各县（区）人民政府，市政府各部门：\n"
                  "1.推进重大项目建设。（责任单位：市发改委）\n"
                  "2.优化营商环境。（责任单位：市行政审批局）\n"
                  "3.加强生态环境保护。（责任单位：市生态环境局）\n"
                  "4.做好安全生产工作。（责任单位：市应急管理局）\n")


def test_one_line_items_of_one_length_are_no_hard_wrapped_page(write_doc):
    # four items closed by their annotations, each of about one width, looked like a text
    # hard-wrapped at that width: the title went on into the 文号 (no issuer, no title)
    out = read(write_doc, ONE_LINE_ITEMS)
    doc = out[0].documents[0]
    assert doc.issuer == "张家口市人民政府办公室"
    assert doc.title == "关于印发2024年重点工作任务分工方案的通知"
    assert who(out, "做好安全生产工作") == [("市应急管理局", "responsible")]
