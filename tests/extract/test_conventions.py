"""Conventions of other governments' task lists, one short fixture each (issue 10).

Each fixture is a synthetic excerpt written in the form of a real one; units are found by the
name grammar (kg.extract.unitnames), so none of them needs a lexicon entry.
"""
from kg.model import Line
from kg.text import compact, normalise
from kg.pipeline import build

SCORED = ("inline", "standalone", "inherited", "table", "section")


def read(write_doc, text, name="doc.txt"):
    result = build([write_doc(text, name)])
    tasks = {t.task_id: t for t in result.tasks}
    got = {}
    for a in result.assignments:
        if a.raw.via in SCORED:
            got.setdefault(a.task_id, []).append((a.raw.mention.text, a.raw.role))
    return result, tasks, got


def cells(*texts):
    """One table cell per text, each a single line (the outline's cell stream)."""
    return [[Line("t", k, t, normalise(t))] for k, t in enumerate(texts)]


def roles(units):
    """(mention, role) of parsed annotation units."""
    return [(u.mention, u.role) for u in units]


def who(read_out, anchor):
    """(mention, role) of the shortest task whose source text holds ``anchor`` (the scorer's
    choice)."""
    _, tasks, got = read_out
    hits = [t for t in tasks.values() if compact(anchor) in compact(t.source_text)]
    assert hits, f"no task holds {anchor!r}"
    # as the scorer does: tasks with assignments first (the document's own record holds its
    # first line too)
    hits = [t for t in hits if t.task_id in got] or hits
    task = min(hits, key=lambda t: len(t.source_text))
    return got.get(task.task_id, [])


def test_pipe_table_rows_and_shifted_continuation_rows(write_doc):
    out = read(write_doc, "工作任务 | 具体要求 | 责任部门 |\n"
                          "一、做好财政信息公开。 | 1.积极推进预算公开。 | 财务科 |\n"
                          "二、做好网站信息公开。 | 2.及时更新网站信息。 | 办公室 |\n"
                          "3.及时反馈网民意见。 | 各科室 | |\n"
                          "4.及时更新公众号信息。 | 办公室牵头,各科室配合 | |\n")
    assert who(out, "积极推进预算公开") == [("财务科", "responsible")]
    assert who(out, "及时反馈网民意见") == [("各科室", "responsible")]
    assert who(out, "及时更新公众号信息") == [("办公室", "lead"), ("各科室", "support")]


def test_separate_lead_column_after_the_responsible_column(write_doc):
    out = read(write_doc, "分类\n\n序号\n\n事项\n\n责任单位\n\n牵头单位\n\n发展目标\n\n"
                          "1\n\n地区生产总值增长6.5%以上。\n\n区农业农村局、区发改局、区交通局\n\n区发改局\n\n"
                          "2\n\n农业增加值增长3.5%。\n\n区农业农村局\n\n区农业农村局\n\n"
                          "3\n\n深化政务服务改革。\n\n区行政服务中心\n")
    first = who(out, "地区生产总值增长6.5%以上")
    assert {m for m, _ in first} == {"区农业农村局", "区发改局", "区交通局"}
    assert [m for m, r in first if r == "lead"] == ["区发改局"]
    assert ("区农业农村局", "lead") in who(out, "农业增加值增长3.5%")
    # the last row lost its lead cell at the end of the input: no assignment is guessed
    assert who(out, "深化政务服务改革") == []


def test_standalone_division_of_labour_line(write_doc):
    out = read(write_doc, "1.扩大有效投资。\n部门分工:市发展改革委牵头,各地、各部门配合。\n"
                          "2.稳定就业。部门分工：市人社局牵头，各县、市、区政府配合。\n")
    assert who(out, "扩大有效投资") == [("市发展改革委", "lead"), ("各地", "support"),
                                        ("各部门", "support")]
    assert who(out, "稳定就业") == [("市人社局", "lead"), ("各县、市、区政府", "support")]


def test_labelled_lines_lead_responsible_and_coordinating(write_doc):
    out = read(write_doc, "1.地区生产总值增长8%以上。\n\n牵头负责领导:金力。\n\n牵头责任单位:市发展改革委。\n\n"
                          "协同责任单位:市经信局、滁州经开区管委会等,各县、市、区政府。\n\n"
                          "2.规模以上工业增加值增长5%。\n\n牵头单位:区工信局\n\n责任单位:立山经济开发区,各街道、区直各部门\n")
    assert who(out, "地区生产总值增长8%") == [
        ("市发展改革委", "lead"), ("市经信局", "support"), ("滁州经开区管委会", "support"),
        ("各县、市、区政府", "support")]
    assert who(out, "规模以上工业增加值") == [
        ("区工信局", "lead"), ("立山经济开发区", "responsible"), ("各街道", "responsible"),
        ("区直各部门", "responsible")]


def test_annotations_after_sentences_inside_one_paragraph(write_doc):
    out = read(write_doc, "（一）优化营商环境。推进政务服务标准化（市政务服务局负责落实）。"
                          "完善守信激励机制（市发改委、人行市中心支行、市市场监管局分别负责落实）。"
                          "严厉打击侵权行为（市市场监管局、市公安局、市法院负责）。\n")
    assert who(out, "推进政务服务标准化") == [("市政务服务局", "responsible")]
    assert who(out, "完善守信激励机制") == [
        ("市发改委", "responsible"), ("人行市中心支行", "responsible"), ("市市场监管局", "responsible")]
    assert [m for m, _ in who(out, "严厉打击侵权行为")] == ["市市场监管局", "市公安局", "市法院"]


def test_inline_sub_items(write_doc):
    out = read(write_doc, "（二）推进项目建设。（1）加快重大项目前期工作（市发改委牵头负责）"
                          "（2）做好用地用能服务（市自然资源和规划局、市生态环境局负责）\n")
    assert who(out, "加快重大项目前期工作") == [("市发改委", "lead")]
    assert who(out, "做好用地用能服务") == [("市自然资源和规划局", "responsible"),
                                            ("市生态环境局", "responsible")]


def test_tortoise_shell_brackets_and_blanket_rule(write_doc):
    out = read(write_doc, "（一）加强市场体系建设。推进高标准市场体系建设。〔责任单位:省发展改革委、省市场监管局、商务厅、"
                          "省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n"
                          "（二）优化市场准入环境。推进“一网通办”。〔责任单位:省市场监管局〕\n")
    assert [m for m, _ in who(out, "加强市场体系建设")] == [
        "省发展改革委", "省市场监管局", "商务厅", "省大数据中心", "相关市(州)人民政府"]
    assert [m for m, _ in who(out, "优化市场准入环境")] == ["省市场监管局", "相关市(州)人民政府"]


def test_person_fields_mixed_with_units(write_doc):
    out = read(write_doc, "1.地区生产总值增长8%以上。(责任领导:杜新国、丁玲;牵头单位:区发改局、区农业农村局)\n"
                          "2.启动公路项目建设。(责任领导:洪声耀;牵头单位:区交通运输局;责任单位:区发改局、"
                          "区林业局,区经发集团,相关乡镇办)\n"
                          "3.保障粮食安全。(分管副市长;市农业农村局牵头,市粮食局配合)\n")
    assert who(out, "地区生产总值增长8%") == [("区发改局", "lead"), ("区农业农村局", "lead")]
    assert [m for m, _ in who(out, "启动公路项目建设")] == [
        "区交通运输局", "区发改局", "区林业局", "区经发集团", "相关乡镇办"]
    assert who(out, "保障粮食安全") == [("市农业农村局", "lead"), ("市粮食局", "support")]


def test_each_leads_and_first_listed_rule(write_doc):
    out = read(write_doc, "1.生产总值增长6%以上。\n\n责任单位:市发改委\n\n"
                          "2.固定资产投资增长10%。\n\n责任单位:市发改委、市经信局、市财政局(除标注“分别牵头”外,"
                          "列第一位为牵头或汇总单位,下同)\n\n3.城乡居民收入增速保持领先。\n\n"
                          "责任单位:市人力社保局、市农业农村局分别牵头\n\n4.实施招商引资行动。\n\n"
                          "责任单位:市双招双引办、市发改委,各县(市、区)政府\n")
    assert who(out, "生产总值增长6%") == [("市发改委", "lead")]
    assert who(out, "固定资产投资增长10%") == [
        ("市发改委", "lead"), ("市经信局", "responsible"), ("市财政局", "responsible")]
    assert who(out, "城乡居民收入增速") == [("市人力社保局", "lead"), ("市农业农村局", "lead")]
    assert who(out, "实施招商引资行动") == [
        ("市双招双引办", "lead"), ("市发改委", "responsible"), ("各县(市、区)政府", "responsible")]


def test_lead_cells_under_paragraphs(write_doc):
    out = read(write_doc, "目标\n任务\n主要内容\n责任单位\n一、以政务公开助力稳增长\n（一）加强预期引导\n"
                          "围绕经济形势及时宣传解读。\n市发改委牵头落实\n"
                          "加强金融政策信息公开。\n市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实\n"
                          "加强财政政策信息公开。\n市财政局牵头落实\n")
    assert who(out, "围绕经济形势") == [("市发改委", "lead")]
    assert who(out, "加强金融政策信息公开") == [
        ("市金融办", "lead"), ("人民银行潍坊市中心支行", "lead"), ("潍坊银监分局", "lead")]
    assert who(out, "加强财政政策信息公开") == [("市财政局", "lead")]


def test_collectives_ellipsis_fused_names_and_markers(write_doc):
    out = read(write_doc, "1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府,"
                          "人民大垸、荒湖管理区,监利经济开发区)\n"
                          "2.完善公共服务。(责任单位:*市发改委市财政局、市住房和城鄉(xiāng)建設局等有关部门)\n"
                          "3.优化财政资金直达机制。(财政部、国家发展改革委、银保监会等国务院相关部门及各地区按职责分工负责)\n")
    assert [m for m, _ in who(out, "地区生产总值增长10%")] == [
        "市发改局", "市统计局", "各乡、镇人民政府", "人民大垸", "荒湖管理区", "监利经济开发区"]
    assert [m for m, _ in who(out, "完善公共服务")] == [
        "市发改委", "市财政局", "市住房和城鄉(xiāng)建設局", "有关部门"]
    assert [m for m, _ in who(out, "优化财政资金直达机制")] == [
        "财政部", "国家发展改革委", "银保监会", "国务院相关部门", "各地区"]


def test_elliptical_pair_is_looked_up_with_the_shared_suffix(write_doc):
    result, tasks, _ = read(write_doc, "1.稳定粮食生产。(责任单位:白湖、红星管理区)\n")
    raw = [a.raw for a in result.assignments if a.raw.via == "inline"]
    assert [(r.mention.text, r.lookup) for r in raw] == [("白湖", "白湖管理区"), ("红星管理区", None)]


def test_unknown_units_are_kept_unresolved_and_reported(write_doc):
    result, _, got = read(write_doc, "1.推进数字经济。(责任单位:省经济和信息化厅、省通信管理局)\n")
    units = {a.unit.name: a.unit for a in result.assignments if a.raw.via == "inline"}
    assert set(units) == {"省经济和信息化厅", "省通信管理局"}
    assert not any(u.resolved for u in units.values())
    reported = [i for i in result.issues if "省通信管理局" in i.message]
    assert reported and reported[0].file == "doc.txt" and reported[0].line == 1


def test_deadlines_without_a_year_do_not_hide_units(write_doc):
    out = read(write_doc, "1.稳就业保民生。(国家发展改革委、人力资源社会保障部、人民银行等按职责分工负责,12月底前完成)\n"
                          "2.坚持稳中求进。(国务院各部门分别负责,年内持续推进)\n")
    assert [m for m, _ in who(out, "稳就业保民生")] == ["国家发展改革委", "人力资源社会保障部", "人民银行"]
    assert who(out, "坚持稳中求进") == [("国务院各部门", "responsible")]


def test_table_as_a_stream_of_cells_with_multi_line_unit_cells(write_doc):
    out = read(write_doc, "2016年民生实事目标任务分解表\n\n序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n"
                          "1\n\n启动建设城区段综合治理工程。\n\n县水务局\n\n县住建局\n\n县护城河指挥部\n\n12月底前\n\n"
                          "2\n\n启动县图书馆新馆建设。\n\n县文体广新局\n\n县代建中心\n\n12月底前\n\n"
                          "3\n\n建成县残疾人综合服务中心。\n\n县残联\n\n5月底前动工\n")
    assert [m for m, _ in who(out, "启动建设城区段综合治理工程")] == ["县水务局", "县住建局", "县护城河指挥部"]
    assert [m for m, _ in who(out, "启动县图书馆新馆建设")] == ["县文体广新局", "县代建中心"]
    assert [m for m, _ in who(out, "建成县残疾人综合服务中心")] == ["县残联"]


def test_cells_between_pipe_lines_and_starred_leads(write_doc):
    out = read(write_doc, "类别\n|\n序号\n|\n任务名称\n|\n责任部门\n(加*号为牵头部门,\n其余为参与部门)\n|\n"
                          "责任街镇\n|\n完成时间节点\n|\n(一)\n示范村建设\n|\n1\n|\n完成示范村建设\n|\n区农业农村委*\n|\n"
                          "浦江镇\n|\n10月底\n|\n2\n|\n推进农民集中居住\n|\n区农业农村委*、\n区规划资源局、\n区房管局\n|\n"
                          "浦江镇、浦锦街道\n|\n12月底\n|\n")
    assert who(out, "完成示范村建设") == [("区农业农村委", "lead"), ("浦江镇", "responsible")]
    assert who(out, "推进农民集中居住") == [
        ("区农业农村委", "lead"), ("区规划资源局", "support"), ("区房管局", "support"),
        ("浦江镇", "responsible"), ("浦锦街道", "responsible")]


def test_field_labels_on_their_own_lines(write_doc):
    out = read(write_doc, "具体任务\n全面落实疫情防控措施，守好疫情防线。\n责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n"
                          "完成时限\n12月底前\n")
    assert who(out, "全面落实疫情防控措施") == [
        ("卫健局", "responsible"), ("文旅局", "responsible"), ("各乡镇", "support")]


def test_record_page_of_label_and_value_rows(write_doc):
    out = read(write_doc, "重点工作: | 135.统筹违法建设治理与城市更新。 |\n牵头单位: | 市城市管理综合执法局 |\n"
                          "年度阶段性工作目标: | 完成工作任务20%以上。 |\n")
    assert who(out, "统筹违法建设治理与城市更新") == [("市城市管理综合执法局", "lead")]


def test_annotation_line_wrapped_inside_a_name(write_doc):
    out = read(write_doc, "1.完善街道党工委对地区治理重大工作的领导体制机制。\n牵头单位:区委组织部\n"
                          "协办单位:区委编办、园区党工\n委、各街道党工委\n2.以区域化党建为重点。\n")
    assert who(out, "完善街道党工委") == [
        ("区委组织部", "lead"), ("区委编办", "support"), ("园区党工委", "support"),
        ("各街道党工委", "support")]


def test_numbers_with_ideographic_full_stop_and_items_run_together(write_doc):
    out = read(write_doc, "一、交通出行\n1。推动轨道交通加速成网。(牵头单位:市住建局)\n"
                          "2。建成城市轴线快速公交线路。(牵头单位:市住建局、市交通运输局)\n"
                          "现将实事项目进展情况予以公示。 1.轨道交通工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通工程建设"
                          "指挥部 项目责任人:尹文德 实际完成情况:已通车试运营。 2.新增安装路口视频采集设备。 牵头领导:王仁洲 责任单位:市公安局 "
                          "项目责任人:王伟标 配合单位:市城管局、市财政局\n")
    assert who(out, "推动轨道交通加速成网") == [("市住建局", "lead")]
    assert who(out, "建成城市轴线快速公交线路") == [("市住建局", "lead"), ("市交通运输局", "lead")]
    assert who(out, "轨道交通工程投入试运营") == [("市轨道交通工程建设指挥部", "responsible")]
    assert who(out, "新增安装路口视频采集设备") == [
        ("市公安局", "responsible"), ("市城管局", "support"), ("市财政局", "support")]


def test_item_closing_clause_names_the_units(write_doc):
    out = read(write_doc, "（一）关于“确保谷物基本自给”的问题，由发展改革委会同中央农办、农业部、财政部等部门研究提出落实意见。\n"
                          "（二）关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实。\n")
    assert [m for m, _ in who(out, "确保谷物基本自给")] == ["发展改革委", "中央农办", "农业部", "财政部"]
    assert who(out, "严守耕地保护红线") == [("国土资源部", "responsible"), ("农业部", "responsible")]


def test_elliptical_place_names_and_collective_with_comma(write_doc):
    out = read(write_doc, "1.推进民航基础设施建设。(哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局负责)\n"
                          "2.加快铁路建设。(省发改委、铁路办、相关市、县政府负责)\n")
    assert [m for m, _ in who(out, "推进民航基础设施建设")] == [
        "哈尔滨机场扩建指挥部", "哈尔滨", "黑河", "绥芬河市政府", "省农垦总局"]
    assert [m for m, _ in who(out, "加快铁路建设")] == ["省发改委", "铁路办", "相关市、县政府"]


def test_carry_over_rule_in_running_text(write_doc):
    out = read(write_doc, "一、总体要求\n以下各项任务均需各县（市、区）人民政府落实，不再一一列出。\n"
                          "1.推进项目建设。（责任单位：市发改委）\n2.优化营商环境。（责任单位：市政务服务局）\n")
    assert [m for m, _ in who(out, "推进项目建设")] == ["市发改委", "各县（市、区）人民政府"]
    assert [m for m, _ in who(out, "优化营商环境")] == ["市政务服务局", "各县（市、区）人民政府"]


def test_first_listed_rule_in_the_notice(write_doc):
    out = read(write_doc, "二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。\n"
                          "1.扩大有效投资。（责任单位：区发改局、区财政局）\n")
    assert who(out, "扩大有效投资") == [("区发改局", "lead"), ("区财政局", "responsible")]


def test_labels_in_square_brackets_and_short_role_labels(write_doc):
    out = read(write_doc, "一、重点任务\n1.推进项目建设。【责任单位】市发改委、市财政局\n2.优化营商环境。\n"
                          "【牵头单位】市政务服务局 【配合单位】市市场监管局\n"
                          "3.强化就业服务。（主办：市人社局；协办：市财政局）\n")
    assert who(out, "推进项目建设") == [("市发改委", "responsible"), ("市财政局", "responsible")]
    assert who(out, "优化营商环境") == [("市政务服务局", "lead"), ("市市场监管局", "support")]
    assert who(out, "强化就业服务") == [("市人社局", "lead"), ("市财政局", "support")]


def test_bare_unit_cells_of_a_table_without_numbers(write_doc):
    out = read(write_doc, "目标\n任务\n主要内容\n责任单位\n一、以政务公开助力稳增长\n（一）加强预期引导\n"
                          "围绕经济形势及时宣传解读。\n市发改委\n加强金融政策信息公开。\n市金融办、人民银行潍坊市中心支行\n")
    assert who(out, "围绕经济形势") == [("市发改委", "responsible")]
    assert who(out, "加强金融政策信息公开") == [("市金融办", "responsible"),
                                                ("人民银行潍坊市中心支行", "responsible")]


def test_inherited_support_stays_support(write_doc):
    out = read(write_doc, "1.推进项目建设。（责任单位：市发改委。以下各项任务均需其他有关部门配合，不再列出）\n"
                          "2.优化营商环境。（责任单位：市政务服务局）\n")
    assert who(out, "优化营商环境") == [("市政务服务局", "responsible"), ("其他有关部门", "support")]


def test_a_list_ends_where_flattened_table_text_follows(write_doc):
    out = read(write_doc, "说明。 1.新辟公交线路10条。 责任单位:市交通委 配合单位:市公安局、市城管局,各区政府 鄞州 "
                          "海曙、江东 合计 2 5 1 2.新投放公共自行车3000辆。 责任单位:市交通委,各区政府\n")
    assert who(out, "新辟公交线路10条") == [
        ("市交通委", "responsible"), ("市公安局", "support"), ("市城管局", "support"),
        ("各区政府", "support")]
    assert who(out, "新投放公共自行车") == [("市交通委", "responsible"), ("各区政府", "responsible")]


def test_month_only_deadline_dated_by_the_title_year(write_doc):
    result, tasks, _ = read(write_doc, "2016年民生实事目标任务分解表\n\n序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n"
                                       "1\n\n新建2座人行天桥。\n\n县住建局\n\n9月底前\n\n2\n\n启动县图书馆新馆建设。\n\n"
                                       "县文体广新局\n\n12月底前\n")
    got = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "table"}
    assert got == {"县住建局": "2016-09", "县文体广新局": "2016-12"}


def test_table_flattened_with_spaces_one_row_per_line(write_doc):
    out = read(write_doc, "2025年目标任务推进情况汇总表\n序号 目标任务 责任单位 上半年推进情况\n一、主要预期目标\n"
                          "1 地区生产总值增长6%以上。 区发展改革委 同比增长2.9%。\n"
                          "2 第一产业增加值增长5%。 区农业农村委\n区林业局\n区供销联社\n同比增长3.4%。\n")
    assert who(out, "地区生产总值增长6%以上") == [("区发展改革委", "responsible")]
    assert [m for m, _ in who(out, "第一产业增加值增长5%")] == ["区农业农村委", "区林业局", "区供销联社"]


def test_piped_cell_stream_rows_ended_by_empty_cells(write_doc):
    out = read(write_doc, "|\n工作任务\n|\n具体内容\n|\n责任部门\n|\n|\n推进政策公开\n|\n常态化公开就业、住房等领域信息。\n|\n"
                          "财政所、便民综合服务中心等\n|\n|\n积极探索特定群体的线下公开渠道。\n|\n便民综合服务中心\n|\n|\n")
    assert [m for m, _ in who(out, "常态化公开就业")] == ["财政所", "便民综合服务中心"]
    assert who(out, "积极探索特定群体") == [("便民综合服务中心", "responsible")]


def test_first_listed_rule_as_a_sentence_and_host_units_beside_a_lead(write_doc):
    out = read(write_doc, "1、加快构建环湖旅游快速通道。(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)\n"
                          "2、增强粮食安全意识。(市发改委、市农委、中储粮株洲直属库。排名第一的为牵头单位,下同)\n"
                          "3、深化乡镇机构改革。(牵头领导:吴某;牵头单位:市农办;主办单位:市编办、市教育局)\n")
    assert who(out, "加快构建环湖旅游快速通道") == [
        ("省发改委", "lead"), ("省交通运输厅", "responsible"), ("省财政厅", "responsible")]
    assert who(out, "增强粮食安全意识") == [
        ("市发改委", "lead"), ("市农委", "responsible"), ("中储粮株洲直属库", "responsible")]
    assert who(out, "深化乡镇机构改革") == [
        ("市农办", "lead"), ("市编办", "responsible"), ("市教育局", "responsible")]


def test_posts_beside_units_and_supporters_implied_where_only_a_lead_is_named(write_doc):
    # posts (分管副市长、协管副秘书长负责) are left out; 已明确牵头单位的…配合…下同 adds the
    # supporters to an annotation naming only its lead, not to one that lists its units
    out = read(write_doc,
               "一、稳定工业增长(市经信局总牵头)\n"
               "(一)推进技术改造。实施一批重点项目(分管副市长、协管副秘书长负责,市经信局牵头。"
               "已明确牵头单位的,其他相关单位配合,不再逐一列出,下同)。落实研发费用加计扣除政策"
               "(分管副市长负责,市科技局、市税务局负责。列第一位的为牵头部门,其他单位按职责分工负责,"
               "下同),建设一批孵化器和众创空间(常务副市长负责;市科技局牵头)。\n")
    assert who(out, "稳定工业增长") == [("市经信局", "lead")]
    assert who(out, "实施一批重点项目") == [("市经信局", "lead"), ("其他相关单位", "support")]
    assert who(out, "落实研发费用加计扣除") == [("市科技局", "lead"), ("市税务局", "responsible")]
    assert who(out, "建设一批孵化器") == [("市科技局", "lead"), ("其他相关单位", "support")]


def test_angle_brackets_as_parentheses_and_a_comma_list_before_its_rule(write_doc):
    # <> / 〈〉 stand for inner parentheses outside a book title; the comma list before
    # 排名第一位为牵头单位 in the same sentence is the annotation's units
    out = read(write_doc,
               "关于印发《2024年区<政府工作报告>任务分解》的通知\n"
               "一、优化营商环境\n"
               "(一)深化审批改革。推行一网通办。(区行政审批局,区司法局,各镇〈街道〉,排名第一位为牵头单位,下同)\n"
               "(二)规范涉企检查。(区市场监管局,各县<市、区>人民政府)\n")
    assert who(out, "深化审批改革") == [
        ("区行政审批局", "lead"), ("区司法局", "responsible"), ("各镇〈街道〉", "responsible")]
    assert who(out, "规范涉企检查") == [
        ("区市场监管局", "lead"), ("各县<市、区>人民政府", "responsible")]


def test_angle_brackets_inside_a_title_stay_a_nested_title():
    from kg.text import normalise
    assert normalise("《2025年县<政府工作报告>任务分解》") == "《2025年县<政府工作报告>任务分解》"
    assert normalise("各县<市、区>人民政府") == "各县（市、区）人民政府"
    assert normalise("a<br>b") == "a<br>b"


def test_a_section_heading_names_the_unit_of_its_items(write_doc):
    out = read(write_doc,
               "2025年重点工作任务清单\n"
               "一、县发改局牵头工作(3项)\n1.建设县城物流配送中心。\n2.推进以工代赈项目。\n"
               "二、县住建局负责的重点任务\n1.改造老旧小区12个。\n2.新建城市口袋公园5个。\n"
               "三、加强组织领导\n1.定期召开调度会议。\n")
    assert who(out, "建设县城物流配送中心") == [("县发改局", "lead")]
    assert who(out, "推进以工代赈项目") == [("县发改局", "lead")]
    assert who(out, "改造老旧小区12个") == [("县住建局", "responsible")]
    assert who(out, "定期召开调度会议") == []


def test_one_cell_per_line_closed_by_pipes_with_rows_missing_a_cell(write_doc):
    # each line is one cell closed by ' |'; a row ends with a line '|' (or '||' after an
    # empty cell); header names hold spaces; rows lost their empty 年度目标 cell, so cells
    # are given to columns by what they hold (a person to 责任 领导, units to unit columns)
    text = ("重点项目推进情况表\n序号 |\n项目名称 |\n年度目标 |\n责任 领导 |\n主责 单位 |\n"
            "协同单位 |\n完成 时限 |\n进展情况 |\n"
            "1 |\n建设城东污水处理厂。 |\n李明华 |\n县水利局 |\n县住建局、城关镇 |\n2025年6月底前 |\n"
            "已完成主体工程。 |\n||\n"
            "2 |\n改造农贸市场3个。 |\n王芳 |\n县商务局 |\n各乡镇 |\n长期坚持 |\n正在招标。 |\n|\n")
    out = read(write_doc, text)
    assert who(out, "建设城东污水处理厂") == [
        ("县水利局", "lead"), ("县住建局", "support"), ("城关镇", "support")]
    assert who(out, "改造农贸市场3个") == [("县商务局", "lead"), ("各乡镇", "support")]
    result = out[0]
    dl = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "table"}
    assert dl["县水利局"] == "2025-06"


def test_places_share_the_department_named_after_the_last_one():
    from kg.extract.annotations import unit_items
    assert unit_items("海东市、兰州市、临夏州发展改革部门") == [
        ("海东市", "海东市发展改革部门"), ("兰州市", "兰州市发展改革部门"), ("临夏州发展改革部门", None)]
    assert unit_items("沁县、武乡县、长治市教育局") == [
        ("沁县", "沁县教育局"), ("武乡县", "武乡县教育局"), ("长治市教育局", None)]
    # the place of a government is not doubled: 石家庄市 + 人民政府
    assert unit_items("石家庄市、保定市人民政府") == [
        ("石家庄市", "石家庄市人民政府"), ("保定市人民政府", None)]


def test_a_unit_cell_clause_naming_who_does_it_after_you():
    from kg.extract.annotations import clause_agent
    assert clause_agent("上级部门制定的规范性文件由对口部门公开") == "对口部门"
    assert clause_agent("涉及跨区域的事项由市发改委牵头协调") == "市发改委"
    assert clause_agent("市发改委") == "市发改委"
    assert clause_agent("由市财政局负责") == "由市财政局负责"     # the verb reader handles 由X负责


def test_star_marks_under_a_legend_and_a_rule_with_its_list_in_tortoise_brackets(write_doc):
    out = read(write_doc, "一、重点任务(带★的为牵头单位,其余为配合单位)\n"
                          "(一)优化营商环境。(县发改局★、县政务服务中心)\n"
                          "(二)提升农田水利。新建高标准农田5万亩。〔县农业农村局、县水利局,列第一位的为牵头单位〕\n")
    assert who(out, "优化营商环境") == [("县发改局", "lead"), ("县政务服务中心", "support")]
    assert who(out, "提升农田水利") == [("县农业农村局", "lead"), ("县水利局", "responsible")]


def test_stars_without_a_legend_mark_no_lead(write_doc):
    out = read(write_doc, "一、重点任务\n(一)优化营商环境。(县发改局★、县政务服务中心)\n")
    assert who(out, "优化营商环境") == [("县发改局", "responsible"), ("县政务服务中心", "responsible")]


def test_annotation_after_a_dash_and_a_markdown_table(write_doc):
    out = read(write_doc, "一、任务\n1.加强水利建设。——市水利局牵头,市财政局配合\n"
                          "| 序号 | 工作任务 | 牵头领导 | 牵头单位 | 配合单位 | 完成时限 |\n"
                          "| --- | :---: | --- | --- | --- | --- |\n"
                          "| 1 | 建设智慧城市平台。 | 李四 | 市大数据局 | 市公安局、市财政局 | 2024年6月 |\n")
    assert who(out, "加强水利建设") == [("市水利局", "lead"), ("市财政局", "support")]
    assert who(out, "建设智慧城市平台") == [
        ("市大数据局", "lead"), ("市公安局", "support"), ("市财政局", "support")]
    result = out[0]
    assert not any("-" in a.raw.mention.text for a in result.assignments)


def test_responsible_units_lead_where_the_notice_says_so(write_doc):
    out = read(write_doc, "各牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要制订办理方案。\n"
                          "一、主要目标\n1.地区生产总值增长6%。(责任单位:市发改委、市统计局)\n"
                          "2.推进招商引资。(牵头单位:市商务局;责任单位:市投促局)\n")
    assert who(out, "地区生产总值增长6%") == [("市发改委", "lead"), ("市统计局", "lead")]
    assert who(out, "推进招商引资") == [("市商务局", "lead"), ("市投促局", "responsible")]


def test_space_flattened_table_with_lead_and_support_columns_side_by_side(write_doc):
    out = read(write_doc, "重点任务分工表\n序号 重点任务 牵头单位 配合单位 完成时限\n"
                          "1 建成城市绿道20公里。 市园林局 市住建局 2024年10月\n"
                          "2 新建口袋公园5个。 市园林局 各区政府 2024年12月\n")
    assert who(out, "建成城市绿道20公里") == [("市园林局", "lead"), ("市住建局", "support")]
    assert who(out, "新建口袋公园5个") == [("市园林局", "lead"), ("各区政府", "support")]


def test_a_heading_that_is_a_unit_name_gives_its_items_and_a_table_without_a_named_task_column(
        write_doc):
    out = read(write_doc, "一、市发展和改革委员会\n1.编制国民经济和社会发展计划。\n二、市财政局\n1.加强预算管理。\n")
    assert who(out, "编制国民经济和社会发展计划") == [("市发展和改革委员会", "responsible")]
    assert who(out, "加强预算管理") == [("市财政局", "responsible")]
    out = read(write_doc, "序号\t重点工作\t责任主体\t实施主体\t完成时限\n"
                          "1\t推进城乡供水一体化。\t县政府\t县水利局\t2024年12月31日\n", name="t.txt")
    result, tasks, got = out
    texts = [tasks[t].text for t in got]
    assert texts == ["推进城乡供水一体化。"]


def test_recurring_and_milestone_deadlines():
    from kg.extract.deadlines import is_deadline, normalise_deadline
    for t in ("每年12月底前", "每半年", "2024年起", "全年", "每季度末"):
        assert is_deadline(t), t
    assert normalise_deadline("2024年9月底前开工建设") == "2024-09"
    assert not is_deadline("启动") and not is_deadline("市发改委")


def test_labels_after_a_space_without_a_colon_or_as_a_sentence(write_doc):
    out = read(write_doc, "一、重点任务\n1.推进乡村振兴示范点建设 责任单位:市农业农村局\n"
                          "2.推进农贸市场改造提升 牵头单位 市商务局 配合单位 市市场监管局\n"
                          "3.推进老旧小区加装电梯,责任单位为市住建局。\n")
    assert who(out, "推进乡村振兴示范点建设") == [("市农业农村局", "responsible")]
    assert who(out, "推进农贸市场改造提升") == [("市商务局", "lead"), ("市市场监管局", "support")]
    assert who(out, "推进老旧小区加装电梯") == [("市住建局", "responsible")]


def test_two_level_header_and_unnumbered_cell_per_line_rows(write_doc):
    out = read(write_doc, "| 序号 | 任务 | 责任单位 | | 完成时限 |\n| | | 牵头 | 配合 | |\n"
                          "| 1 | 推进城乡供水一体化。 | 县水利局 | 县住建局 | 2024年底 |\n"
                          "| 2 | 实施农村污水治理。 | 县生态环境分局 | 各乡镇 | 持续推进 |\n")
    assert who(out, "推进城乡供水一体化") == [("县水利局", "lead"), ("县住建局", "support")]
    out = read(write_doc, "重点任务分解表\n工作任务\n责任单位\n完成时限\n推进城乡供水一体化\n县水利局\n2024年底\n"
                          "实施农村污水治理\n县生态环境分局、各乡镇\n持续推进\n", name="b.txt")
    assert who(out, "推进城乡供水一体化") == [("县水利局", "responsible")]
    assert who(out, "实施农村污水治理") == [("县生态环境分局", "responsible"), ("各乡镇", "responsible")]


def test_several_bracket_groups_in_a_row_and_order_disclaimers(write_doc):
    out = read(write_doc, "一、重点任务\n1.推进棚户区改造。(牵头领导:王副市长)(责任单位:市住建局)(完成时限:2024年底)\n"
                          "2.推进职业教育。(市教育局、市人社局,排名不分先后)\n"
                          "(一)推进数字乡村建设。\n牵头单位:市农业农村局\n完成时限:2024年12月\n")
    assert who(out, "推进棚户区改造") == [("市住建局", "responsible")]
    assert who(out, "推进职业教育") == [("市教育局", "responsible"), ("市人社局", "responsible")]
    result = out[0]
    dl = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via != "mention"}
    assert dl["市住建局"] == "2024-12" and dl["市农业农村局"] == "2024-12"


def test_a_last_sentence_naming_the_lead_and_its_supporters(write_doc):
    out = read(write_doc, "一、重点任务\n1.推进城乡环境整治,加快建设步伐。市住建局牵头,市城管局、各县区政府配合。\n"
                          "2.各部门要加强协作。形成工作合力。\n")
    assert who(out, "推进城乡环境整治") == [
        ("市住建局", "lead"), ("市城管局", "support"), ("各县区政府", "support")]
    assert who(out, "各部门要加强协作") == []
