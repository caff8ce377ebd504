"""A department's 权责清单 (the list of its powers, each with the body that holds it and the steps
it answers for) read as a table of tasks, and a table pasted from Word whose section rows (a cell
merged across the table) lost their TABs. Short written fixtures in the shapes of the lists every
department publishes (序号 | 权力类型 | 权力名称 | 实施机关 | 责任事项) and of collected al02 (a
zone's 防汛 task list)."""
from test_conventions import read, who
from kg.text import compact

POWERS = ("某区交通运输局权责清单\n"
          "序号 | 职权类型 | 职权名称 | 行使主体 | 责任事项 | 追责情形 |\n"
          "1 | 行政许可 | 公路建设项目施工许可 | 区交通运输局 | 1.受理责任：公示应当提交的材料。"
          "2.审查责任：对申请材料进行审查。 | 因不履行或不正确履行行政职责的，依法追究责任。 |\n"
          "2 | 行政处罚 | 对擅自占用公路的处罚 | 区交通运输局、区公路事业发展中心 | "
          "1.立案责任：发现违法行为，予以审查。 | 依法追究责任。 |\n")


def test_a_power_list_names_the_power_and_its_holder(write_doc):
    out = read(write_doc, POWERS)
    assert who(out, "公路建设项目施工许可") == [("区交通运输局", "responsible")]
    assert who(out, "对擅自占用公路的处罚") == [
        ("区交通运输局", "responsible"), ("区公路事业发展中心", "responsible")]
    # the power is the task, not the steps of its 责任事项 column
    _, tasks, got = out
    texts = sorted(tasks[t].text for t in got)
    assert texts == ["公路建设项目施工许可", "对擅自占用公路的处罚"]


def test_the_holder_columns_of_a_power_list(write_doc):
    # 实施机关 (a service guide's field) and 法定主体 / 执法主体 hold the power as 行使主体 does
    for label in ("实施机关", "法定主体", "执法主体"):
        out = read(write_doc, f"序号 | 权力名称 | {label} | 实施依据 |\n"
                              "1 | 对道路运输经营者的监督检查 | 县交通运输局 | 《道路运输条例》 |\n"
                              "2 | 出租汽车经营许可 | 县交通运输局 | 《道路运输条例》 |\n")
        assert who(out, "对道路运输经营者的监督检查") == [("县交通运输局", "responsible")], label


WORD_TABLE = ("某园区防汛防台体系建设任务清单\n"
              "建设任务\t工作事项\t任务清单\t责任清单\t时限清单\n"
              "一、体系建设\n"
              "（一）组织指挥\t1.组织机构\t明确应急消防管理站防汛工作职责。\t应消站\t4月\n"
              "\t\t建立村级应急工作组。\t村（社区）\t4月\n"
              "二、能力建设\n"
              "（二）队伍建设\t2.救援队伍\t组建园区综合应急救援队伍。\t应消站、综治办\t5月\n"
              "三、其他事项\n"
              "请各责任单位于每月底前报送工作进展。\n")


def test_section_rows_of_a_word_table_without_their_tabs(write_doc):
    # 一、体系建设 is a cell merged across the table: the rows after it are still the table's
    out = read(write_doc, WORD_TABLE)
    assert who(out, "明确应急消防管理站防汛工作职责") == [("应消站", "responsible")]
    assert who(out, "建立村级应急工作组") == [("村（社区）", "responsible")]
    assert who(out, "组建园区综合应急救援队伍") == [("应消站", "responsible"), ("综治办", "responsible")]
    # a heading followed by a sentence, not by a row, ends the table
    assert who(out, "请各责任单位于每月底前报送") == []


# a plan as a PDF's text layer gives it: every line wrapped at the page's width (28 wide
# characters), no indent, a field's list of units wrapped like the prose around it
PDF_PAGE = ("2020年市政府工作报告重点工作任务分解\n"
            "一、确保完成全年主要预期目标\n"
            "1.地区生产总值增长8%以上。紧紧围绕高质量发展要求，加快构建\n"
            "现代产业体系，推动经济运行保持在合理区间，全年新开工亿元以\n"
            "上项目三百个，加快推进东部绥滨、江萝、临江、勤得利、宝清、\n"
            "八五九、二九〇、虎林、饶河等灌区渠首工程建设，确保按期完工。\n"
            "牵头责任单位：市发展改革委。\n"
            "协同责任单位：市经信局、市商务局、市交通局、市农业农村局、\n"
            "滁州经开区管委会、中新苏滁高新区管委会等，各县、市、区\n"
            "政府。\n"
            "2.财政收入增长8%左右。加强收入征管，严格落实减税降费政策，\n"
            "防范化解地方政府债务风险，全面实施预算绩效管理，提高财政\n"
            "资金使用效益，确保全年财政收支平衡，保障重点支出需要。\n"
            "牵头责任单位：市财政局。\n"
            "协同责任单位：市税务局、市自然资源和规划局、市住房和城乡建\n"
            "设局。\n")


def test_a_pdf_page_wrapped_at_its_width(write_doc):
    out = read(write_doc, PDF_PAGE)
    # a line ending on 、 goes on (八五九、 is no item of a list); the field's units go on to
    # the lines that finish them (…各县、市、区 / 政府。, 市住房和城乡建 / 设局。)
    assert who(out, "地区生产总值增长8%以上") == [
        ("市发展改革委", "lead"), ("市经信局", "support"), ("市商务局", "support"),
        ("市交通局", "support"), ("市农业农村局", "support"), ("滁州经开区管委会", "support"),
        ("中新苏滁高新区管委会", "support"), ("各县、市、区政府", "support")]
    assert who(out, "财政收入增长8%左右") == [
        ("市财政局", "lead"), ("市税务局", "support"), ("市自然资源和规划局", "support"),
        ("市住房和城乡建设局", "support")]
    _, tasks, _ = out
    assert not any(t.text.startswith(("八五九", "二九")) for t in tasks.values())


def test_a_form_written_as_a_two_column_table(write_doc):
    # a service guide's (办事指南) fields as a table, TAB-separated (pasted from Word) or | rows:
    # a field a row, read as the labelled fields they are
    for sep, end in (("\t", ""), (" | ", " |")):
        text = ("食品经营许可办事指南\n"
                f"事项名称{sep}食品经营许可{end}\n"
                f"实施机关{sep}县市场监督管理局{end}\n"
                f"法定办结时限{sep}20个工作日{end}\n")
        out = read(write_doc, text)
        assert who(out, "事项名称") == [("县市场监督管理局", "responsible")], repr(sep)


def test_two_column_tables_that_are_no_form(write_doc):
    # units in the first column (a duty list) or a task table's header: rows, not fields
    out = read(write_doc, "责任单位 | 工作职责 |\n县发改局 | 负责项目审批和调度 |\n"
                          "县财政局 | 负责资金保障 |\n")
    _, tasks, got = out
    assert not any("：" in t.text for t in tasks.values())
    out = read(write_doc, "工作任务 | 责任单位 |\n招商引资 | 县商务局 |\n项目建设 | 县发改局 |\n")
    assert who(out, "招商引资") == [("县商务局", "responsible")]
    assert who(out, "项目建设") == [("县发改局", "responsible")]


# a township's 政务公开 catalogue, a header of two rows (类别及事项 over 一级 二级), one cell a
# line: the rows' empty 二级 cells are lost with the | that held them
CATALOGUE = ("某镇主动公开基本目录\n"
             "序号\n政府信息公开类别及事项\n公开内容\n责任单位\n一级\n二级\n"
             "1\n机构介绍\n机构设置\n部门职能、办公地址、办公时间、办公电话等。\n党政综合办公室\n"
             "2\n领导分工\n领导简介、个人分工等。\n党建工作办公室、党政综合办公室\n"
             "3\n公开目录\n政府信息公开目录内容。\n党政综合办公室\n"
             "4\n财政信息\n财政预决算\n镇财政预算、决算报告及说明。\n财政所\n")


def test_a_two_row_header_one_cell_a_line(write_doc):
    out = read(write_doc, CATALOGUE)
    assert who(out, "部门职能、办公地址") == [("党政综合办公室", "responsible")]
    assert who(out, "领导简介、个人分工") == [("党建工作办公室", "responsible"),
                                            ("党政综合办公室", "responsible")]
    assert who(out, "政府信息公开目录内容") == [("党政综合办公室", "responsible")]
    assert who(out, "镇财政预算、决算报告") == [("财政所", "responsible")]


def test_a_sentence_in_a_unit_column_is_reported_not_a_unit(write_doc):
    # a row whose task text went to the unit column (its cells out of place): pieces formed
    # like no organisation's name are reported with their line, not made unknown units
    out = read(write_doc, "序号 | 工作任务 | 责任单位 |\n"
                          "1 | 加强信息公开 | 进一步增强政策文件制定实施的透明度，更好地提振市场主体信心 |\n"
                          "2 | 做好政策解读 | 市政府办公室、综治办 |\n")
    assert who(out, "加强信息公开") == []
    assert who(out, "做好政策解读") == [("市政府办公室", "responsible"), ("综治办", "responsible")]
    result = out[0]
    reported = [i for i in result.issues if "进一步增强政策文件" in i.message]
    assert reported and reported[0].line == 2 and "reads as text" in reported[0].message


def test_a_tab_row_broken_between_two_cells(write_doc):
    # the line break at the end of a cell (a page's <br> copied with the row): the next line's
    # short cells (figures, the unit) are the row's last ones; the next number starts a row
    text = ("序号\t项目名称\t实施内容\t计划投资（万元）\t完成率\t责任部门\n"
            "1\t食品安全提升工程\t在500家重点餐饮单位实施明厨亮灶。\t350\t95.00%\t区市场监管局\n"
            "2\t儿童口腔健康工程\t完成辖区内小学生口腔健康检查。\n"
            "130\t95.00%\t区卫生健康局\n"
            "3\t就业惠民工程\t全年新增就业岗位6000个。\t200\t80.00%\t区人力社保局\n")
    out = read(write_doc, text)
    assert who(out, "食品安全提升工程") == [("区市场监管局", "responsible")]
    assert who(out, "儿童口腔健康工程") == [("区卫生健康局", "responsible")]
    assert who(out, "就业惠民工程") == [("区人力社保局", "responsible")]


def _page(*paragraphs: str, width: int = 28) -> str:
    """Paragraphs typeset as a PDF's text layer gives them: an indent, lines of ``width`` wide
    characters."""
    lines = []
    for p in paragraphs:
        p = "　　" + p
        lines += [p[k:k + width] for k in range(0, len(p), width)]
    return "\n".join(lines) + "\n"


def test_a_field_wrapped_after_the_each_of_a_collective(write_doc):
    # the field's line ends on …，各 (a collective cut after its 各): its tail, which reads like
    # an owner's line of its own, is the field's rest
    text = _page("1．实施关键核心技术攻关",
                 "优化国家实验室央地协同管理机制，深化大湾区量子科学中心等重大平台建设。支持建设"
                 "概念验证中心和成果转化中试平台，构建新型技术转移转化体系，推动芯片及编译软件等产"
                 "业应用，加快重大项目投产达产。",
                 "责任单位：省科技厅、工业和信息化厅按职责分工负责，各地级以上市人民政府结合实际落实",
                 "2．推进产业协同创新",
                 "持续完善以制造业创新中心为核心节点的制造业创新网络，支持龙头企业牵头组建创新联合"
                 "体，推动产业链上下游协同攻关，加快科技成果在本地转化落地见效。",
                 "责任单位：省工业和信息化厅牵头，省科技厅配合")
    assert "负责，各\n地级以上市" in text
    out = read(write_doc, text)
    assert who(out, "实施关键核心技术攻关") == [
        ("省科技厅", "responsible"), ("工业和信息化厅", "responsible"),
        ("各地级以上市人民政府", "responsible")]
    assert not [i for i in out[0].issues if "'各'" in i.message]


def test_a_names_levels_wrapped_to_a_line_of_their_own(write_doc):
    # （街道） alone on a line after …各乡镇 is the name's rest; a note of another kind alone on
    # its line (（此件公开发布） under the date) stays a line of its own
    text = ("某区人民政府办公室\n2024年6月12日\n（此件公开发布）\n"
            "1.完成省、市下达的能源指标计划目标。\n"
            "责任单位：区发改局、区经商局、区供电公司、各乡镇\n（街道）\n"
            "2.推进能源结构调整。\n责任单位：区发改局\n")
    out = read(write_doc, text)
    assert who(out, "完成省、市下达的能源指标") == [
        ("区发改局", "responsible"), ("区经商局", "responsible"), ("区供电公司", "responsible"),
        ("各乡镇（街道）", "responsible")]
    _, tasks, _ = out
    assert not any("日（此件" in t.source_text for t in tasks.values())


def test_a_short_indented_text_wrapped_at_its_width(write_doc):
    # too few lines to show the page's width; the paragraphs open with an indent, so a line
    # without it under a paragraph's line that ends inside a sentence is that paragraph's
    text = ("　　宏冠小区东侧巷道问题\n　　2015-09-01\n　　问题：\n　　信件原文\n"
            "　　宏冠小区东侧与主街路连接处，附近有个垃圾点，积水严重，\n"
            "臭气熏天，严重影响老百姓出行，望有关部门管下。\n"
            "　　回复：\n"
            "　　市长公开电话办公室协调，市市容局答复如下：此处垃圾点\n"
            "是由于市政修路留下了一个坑，形成的垃圾点。市容局环卫处马\n"
            "上组织人员去把坑填上、垃圾清走。\n")
    out = read(write_doc, text)
    _, tasks, _ = out
    assert any("市容局环卫处马上组织人员去把坑填上" in compact(t.source_text) for t in tasks.values())


def test_an_unindented_title_above_an_indented_body_stays_apart(write_doc):
    text = ("某县召开永久基本农田划定工作领导小组会议\n"
            "来源：县自然资源局 日期：2016-07-03\n"
            "　　7月1日，某县召开永久基本农田划定领导小组会，研究部署永久基本农田划定工作。\n"
            "　　会议要求，县自然资源局负责划定工作的组织实施，各乡镇配合做好实地核查。\n"
            "　　会议强调，各成员单位要按照职责分工抓好落实。\n"
            "　　县农业农村局负责耕地质量等级评定工作。\n")
    result, tasks, _ = read(write_doc, text)
    assert result.documents[0].title == "某县召开永久基本农田划定工作领导小组会议"
