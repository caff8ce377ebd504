"""Conventions seen in the held-out set "bb" (session 23), each as a short synthetic fixture with
variants that are not in the collected files: a document site's text view that lost the colons
and brackets, so a unit label runs into the task text and into its units
(``…活动责任单位社区居委会、驻辖区单位``)."""
from test_conventions import read, who

from kg.text import compact


def test_a_label_run_into_the_task_and_its_units(write_doc):
    out = read(write_doc, "某街道环境整治方案\n"
                          "二、工作任务和责任分解\n"
                          "(一)开展背街小巷卫生整治，做到垃圾日产日清责任单位城管科、各社区居委会,环卫公司\n"
                          "(二)清理楼道堆放杂物责任单位物业服务中心配合单位办事处、城管中队\n"
                          "(三)各责任单位要加强协调配合\n"
                          "(四)督促责任单位按时完成整改\n"
                          "(五)请责任单位市住建局于6月底前报送进展\n")
    assert who(out, "开展背街小巷卫生整治") == [("城管科", "responsible"), ("各社区居委会", "responsible"),
                                          ("环卫公司", "responsible")]
    assert who(out, "清理楼道堆放杂物") == [("物业服务中心", "responsible"), ("办事处", "support"),
                                      ("城管中队", "support")]
    # the label as a noun of a sentence: the rest is no list of names, no annotation
    assert who(out, "要加强协调配合") == []
    assert who(out, "按时完成整改") == []
    assert who(out, "于6月底前报送进展") == []


def test_the_task_text_ends_before_the_run_in_label(write_doc):
    out = read(write_doc, "某街道环境整治方案\n"
                          "1、农贸市场周边积存垃圾责任单位环卫分公司配合单位市场监管所\n")
    tasks = [t for t in out[0].tasks if "农贸市场" in t.text]
    assert tasks and tasks[0].text.endswith("积存垃圾")


def test_a_document_sites_page_marks_run_into_the_text_are_dropped():
    from kg.extract.formats.text import inline_page_marks
    lines = [(1, "第1页共4页政府秸秆禁烧工作实施方案为认真做好我县农作物秸秆禁烧工作。"),
             (2, "县政府成立县农作第2页共4页物秸秆禁烧工作领导小组。对发第3页共4页生重大责任事故的…")]
    assert inline_page_marks(lines) == [(1, "政府秸秆禁烧工作实施方案为认真做好我县农作物秸秆禁烧工作。"),
                                        (2, "县政府成立县农作物秸秆禁烧工作领导小组。对发生重大责任事故的…")]
    # one mark alone, or marks of two totals, or marks that do not count up: text, kept
    for kept in ([(1, "详见附件第3页共12页的表格。")],
                 [(1, "第1页共4页…"), (2, "第2页共5页…")],
                 [(1, "第3页共4页…"), (2, "第2页共4页…")]):
        assert inline_page_marks(kept) == kept


def test_a_groups_posts_filled_by_departments_heads_are_no_step_of_a_procedure(write_doc):
    # n251 (a 封控区 plan): 副组长：由A、B等部门负责人担任 says who fills a post of the group; 负责人 is no
    # 负责, and the departments are not given the line as a task (a procedure's step keeps its reading)
    out = read(write_doc, "某区封控区应急预案\n三、组织机构及职责\n(一)领导小组\n1.组长:由辖区政府主要领导担任。\n"
                          "2.副组长:由辖区政府分管领导、卫生健康部门、公安部门、应急管理等部门负责人担任。\n"
                          "(二)工作流程\n1、下达任务。由镇农业服务中心根据机具保有量下达任务书。\n")
    assert all(u[0] not in ("卫生健康部门", "公安部门") for u in who(out, "副组长"))
    assert who(out, "下达任务") == [("镇农业服务中心", "responsible")]


def _prose(read_out, anchor):
    """(mention, role) of the prose duties whose task's text holds ``anchor``."""
    result, tasks, _ = read_out
    return [(a.raw.mention.text, a.raw.role) for a in result.assignments
            if a.raw.via == "prose" and compact(anchor) in compact(tasks[a.task_id].text)]


def test_a_tables_notes_row_hands_work_out(write_doc):
    # Langfang's 老旧管网 annex tables (session 24): the table's columns name no unit, its notes row
    # does (2.…老旧管网更新由A和B分别负责。); the notes cell is read as sentences, other cells are not
    out = read(write_doc, "某市老旧管网更新改造计划表\n"
                          "\t序号\n\t县（市、区）\n\t改造长度\n"
                          "\t1\n\t甲县\n\t12.5\n"
                          "\t备  注\n"
                          "\t1.预计投资不含专业经营单位的投资额度。2.主城区供水老旧管网更新由市供水公司和市市政设施管理中心分别负责。\n")
    assert _prose(out, "主城区供水老旧管网更新") == [("市供水公司", "responsible"),
                                               ("市市政设施管理中心", "responsible")]
    # a cell written as a sentence elsewhere in the table is not read as a duty
    out = read(write_doc, "某市老旧管网更新改造计划表\n"
                          "\t序号\n\t内容\n"
                          "\t1\n\t主城区供水老旧管网更新由市供水公司负责实施。\n")
    assert _prose(out, "主城区供水老旧管网更新") == []
