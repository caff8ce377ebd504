"""Conventions seen in the held-out set "aj" (a county's project notices of 新疆 and 青海, a
district's newest 任务分解表 pasted one row a line with spaces), each as a short synthetic fixture
with variants not in the collected files: project names each followed by a field line of one
length (``投资：N万元 实施单位：X``), which is no text wrapped at that width; a field label run into
a bracketed remark before it; a field's own label formed like a unit label (``项目责任单位：``);
the span a project is carried out in (``项目实施时间：A-B``), whose end is its deadline; a
space-separated table row cut by the input's end inside its last unit cell, and the same row
complete."""
from kg.extract import annotations as ann
from kg.extract.formats.text import unwrap, wrap_width
from kg.pipeline import build
from kg.text import compact
from test_conventions import read, who

PROJECTS = ("关于某县2024年第一批衔接资金分配计划的公告\n"
            "按照资金下达规模，共安排了5个项目，资金分配计划具体如下：\n"
            "1.东山乡两个村人饮巩固提升工程\n"
            "投资：300万元 实施单位：某县水利局\n"
            "2.西岭镇三个村灌溉渠道改造工程\n"
            "投资：210万元 实施单位：某县水利局\n"
            "3.南坪乡高标准农田配套建设项目\n"
            "投资：180万元 实施单位：某县农业农村局\n"
            "4.北川镇特色种植基地建设项目\n"
            "投资：95万元（以工代赈资金）实施单位：北川镇人民政府\n"
            "5.项目管理费（两个村集体经济项目管理费）\n"
            "投资：12万元 实施单位：某县农业农村局\n"
            "经县委农村工作领导小组会议研究审议通过，现予以公告，接受社会监督。\n")


def deadline(write_doc, text, anchor):
    """The deadline of the assignments of the shortest task holding ``anchor``."""
    result = build([write_doc(text, "doc.txt")])
    hits = [t for t in result.tasks if compact(anchor) in compact(t.source_text)]
    ids = {a.task_id for a in result.assignments}
    task = min([t for t in hits if t.task_id in ids] or hits, key=lambda t: len(t.source_text))
    return {a.raw.deadline for a in result.assignments if a.task_id == task.task_id}


def test_field_lines_of_one_length_are_not_a_text_wrapped_at_that_width(write_doc):
    lines = PROJECTS.splitlines()
    assert wrap_width(lines) is None
    assert [text for _, text in unwrap(lines)] == lines
    out = read(write_doc, PROJECTS)
    assert who(out, "东山乡两个村人饮巩固提升工程") == [("某县水利局", "responsible")]
    assert who(out, "南坪乡高标准农田配套建设项目") == [("某县农业农村局", "responsible")]
    # the last project keeps its field line; the closing paragraph after it is not its text
    assert who(out, "项目管理费（两个村集体经济项目管理费）") == [("某县农业农村局", "responsible")]
    assert not any("领导小组" in m for m, _ in who(out, "项目管理费（两个村集体经济项目管理费）"))


def test_a_field_label_run_into_a_bracketed_remark_before_it(write_doc):
    out = read(write_doc, PROJECTS)
    assert who(out, "北川镇特色种植基地建设项目") == [("北川镇人民政府", "responsible")]


FIELDS = ("（一）实施产业发展项目2个。\n"
          "1.某县2025年东山乡种植基地配套建设项目：投资200万元。建设内容：新建防渗渠2公里。"
          "由东山乡组织实施，县水利局负责监督指导。\n"
          "项目责任领导：张某（县人大常委会副主任）\n"
          "项目责任单位：东山乡、县水利局\n"
          "项目责任人：李某、王某\n"
          "项目实施时间：2025年3月-2025年9月\n"
          "2.某县2025年西岭镇种植基地配套建设项目：投资150万元。\n"
          "项目责任单位：西岭镇\n"
          "建设期限：2025年4月至11月\n")


def test_a_fields_own_label_formed_like_a_unit_label_is_one_label():
    parsed = ann.parse_annotation("项目责任单位：东山乡、县水利局")
    assert [(u.mention, u.role) for u in parsed.units] == [("东山乡", "responsible"),
                                                          ("县水利局", "responsible")]
    assert parsed.leftover == []


def test_the_span_a_project_is_carried_out_in_ends_at_its_deadline(write_doc):
    out = read(write_doc, FIELDS)
    assert who(out, "东山乡种植基地配套建设项目") == [("东山乡", "responsible"), ("县水利局", "responsible")]
    assert deadline(write_doc, FIELDS, "东山乡种植基地配套建设项目") == {"2025-09"}
    # a range whose end writes no year takes the start's
    assert deadline(write_doc, FIELDS, "西岭镇种植基地配套建设项目") == {"2025-11"}
    assert ann.period_end("2025年3月-2025年9月") == "2025-09"
    # a single date is no span: no end read from it
    assert ann.period_end("2025年") is None


TABLE = ("某区2025年政府工作报告重点工作任务分解表\n"
         "序号 重点工作任务 主要责任单位 协同配合单位\n"
         "一、主要预期目标\n"
         "1 地区生产总值增长6%左右。 区发改委 区政府各部门，各乡镇人民政府、街道办事处，某某经开区管委会。\n"
         "2 一般公共预算收入增长4%左右。 区财政局\n"
         "区税务局\n"
         "区政府有关部门，各乡镇人民政府、街道办事处，某某经开区管委会，某某国控集团。\n"
         "3 城乡居民人均可支配收入分别增长5%、7%左右。 区人社局\n"
         "区农业农村局\n")


def test_a_space_separated_row_cut_inside_its_last_unit_cell_is_not_read(write_doc):
    out = read(write_doc, TABLE + "区发改委，各乡镇人民政府、街道办事处，某某经\n")
    assert who(out, "城乡居民人均可支配收入分别增长") == []
    # the rows above are read, the lead cell broken over two lines too
    got = who(out, "一般公共预算收入增长4%左右")
    assert ("区财政局", "lead") in got and ("区税务局", "lead") in got
    assert ("区政府有关部门", "support") in got


def test_the_same_row_complete_is_read(write_doc):
    out = read(write_doc, TABLE + "区发改委，各乡镇人民政府、街道办事处，某某经开区管委会。\n")
    got = who(out, "城乡居民人均可支配收入分别增长")
    assert ("区人社局", "lead") in got and ("区农业农村局", "lead") in got
    assert ("某某经开区管委会", "support") in got
