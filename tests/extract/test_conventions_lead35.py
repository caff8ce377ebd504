"""Tables flattened one cell a line, as another copy of a piped table writes them (a page's
``|`` dropped with its empty cells): column names formed otherwise than the usual ones (a
reporting period before the word, 是否达序, 说明, two names joined by 与, a measure's note), rows
short of the cells they left empty when the table has two unit columns, and a collective of
internal bodies (各责任科室) in a unit column, which is no field label. Short written fixtures in
the shapes of collected d03 (a district's 民生实事 progress table), z01 (a 实事项目 table under a
page's index fields) and m02 (a bureau's 政务公开 table), rewritten one cell a line."""
from test_conventions import read, who

PROGRESS = ("2023年区政府重点民生实事项目推进情况（1-11月）\n"
            "序号\n主要任务\n全年目标任务\n分管领导\n牵头单位\n责任主体与协同单位\n"
            "1-10月推进情况\n1-11月推进情况\n是否达序\n说明\n"
            "1\n优化提升50条背街后巷交通组织。\n张三\n区城管局\n区市政局、相关街道\n"
            "已进场施工，完成30%。\n已进场施工，完成60%。\n是\n"
            "2\n新增垃圾分类达标小区210个。\n张三\n区城管局\n区环卫处、各街道\n"
            "正在推进点位选址。\n建成38个厢房。\n否\n前期项目招标受到质疑\n"
            "3\n新建建筑垃圾中转站8个。\n李四\n区住建局\n相关街道\n"
            "已建成3个。\n已建成7个。\n是\n")


def test_a_progress_table_one_cell_a_line(write_doc):
    out = read(write_doc, PROGRESS)
    # the person goes to 分管领导, the lead's name and the others' to their columns
    assert who(out, "优化提升50条背街后巷") == [
        ("区城管局", "lead"), ("区市政局", "responsible"), ("相关街道", "responsible")]
    assert who(out, "新增垃圾分类达标小区") == [
        ("区城管局", "lead"), ("区环卫处", "responsible"), ("各街道", "responsible")]
    assert who(out, "新建建筑垃圾中转站") == [("区住建局", "lead"), ("相关街道", "responsible")]


INDEXED = ("索引号\n000330185/2022-83945\n公开方式\n主动公开\n发布单位\n区政府\n"
           "关于印发2022年区政府民生实事项目的通知\n"
           "序号\n实事项目\n工作举措及实施计划\n年内计划投资（万元）\n责任单位\n配合单位\n"
           "1\n新建成公办中小学、幼儿园7所。\n4月底前完成主体工程；8月底前投入使用。\n3500\n"
           "区教育局\n区发改局、区住建局、区财政局\n"
           "2\n新建成婴幼儿照护服务驿站7家。\n3月底前新建成2家；6月底前再建成5家。\n700\n"
           "区卫生健康局\n区财政局、区教育局\n")


def test_column_names_not_formed_like_the_usual_ones(write_doc):
    # 工作举措及实施计划 and 年内计划投资（万元） are no usual column names; between 序号 and the
    # first row number every short line names a column
    out = read(write_doc, INDEXED)
    assert who(out, "新建成公办中小学") == [
        ("区教育局", "responsible"), ("区发改局", "support"), ("区住建局", "support"),
        ("区财政局", "support")]
    assert who(out, "新建成婴幼儿照护服务驿站") == [
        ("区卫生健康局", "responsible"), ("区财政局", "support"), ("区教育局", "support")]


SECTIONS = ("某县财政局2023年政务公开工作要点\n"
            "一、重点工作任务分解\n"
            "重点任务\n工作内容\n负责科室\n"
            "政策解读\n对以县政府名义制定的政策文件进行全面解读。\n各责任科室\n"
            "回应关切\n对群众普遍关注的社会热点问题及时回应。\n各业务科室\n"
            "财政资金\n及时发布财政预决算信息。\n综合科\n")


def test_a_collective_of_sections_is_no_field_label(write_doc):
    # 各责任科室 then 回应关切 is a unit cell and the next row's first cell, not the label
    # 责任科室 with its value
    out = read(write_doc, SECTIONS)
    assert who(out, "对以县政府名义制定的政策文件") == [("各责任科室", "responsible")]
    assert who(out, "对群众普遍关注的社会热点问题") == [("各业务科室", "responsible")]
    assert who(out, "及时发布财政预决算信息") == [("综合科", "responsible")]


TABBED = ("索引号\t000330185/2022-83945\t公开方式\t主动公开\n"
          "发布单位\t区政府\t发文日期\t2022-07-14\n"
          "序号\t实事项目\t工作举措及实施计划\t责任单位\t配合单位\n"
          "1\t新建成公办幼儿园7所。\t4月底前完成主体工程。\t区教育局\t区发改局、区财政局\n"
          "2\t新建成婴幼儿照护服务驿站7家。\t6月底前建成5家。\t区卫生健康局\t区民政局\n")


def test_a_spreadsheets_rows_under_a_pages_fields(write_doc):
    # rows parted by tabs: the page's index fields above the table are no part of it; its
    # header starts at 序号
    out = read(write_doc, TABBED)
    assert who(out, "新建成公办幼儿园") == [
        ("区教育局", "responsible"), ("区发改局", "support"), ("区财政局", "support")]
    assert who(out, "新建成婴幼儿照护服务驿站") == [
        ("区卫生健康局", "responsible"), ("区民政局", "support")]


RECORD_TABBED = ("关于2023年重点工作进展情况的通报\n"
                 "重点工作:\t135.统筹违法建设治理与城市更新，促进违法建设分类治理。\n"
                 "牵头单位:\t市城市管理综合执法局\n"
                 "年度阶段性工作目标:\t第一季度印发工作方案。\n")

RECORD_MARKDOWN = ("关于2023年重点工作进展情况的通报\n"
                   "| 重点工作: | 135.统筹违法建设治理与城市更新，促进违法建设分类治理。 |\n"
                   "|---|---|\n"
                   "| 牵头单位: | 市城市管理综合执法局 |\n"
                   "| 年度阶段性工作目标: | 第一季度印发工作方案。 |\n")


def test_a_record_of_fields_and_values_parted_by_a_tab_or_in_markdown(write_doc):
    for text in (RECORD_TABBED, RECORD_MARKDOWN):
        out = read(write_doc, text)
        assert who(out, "统筹违法建设治理与城市更新") == [("市城市管理综合执法局", "lead")], text


MARKDOWN = ("2024年4月民生实事项目进展情况汇总表\n"
            "| 序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n"
            "|---|---|---|---|---|\n"
            "| 1 | 为全县60岁以上老年人免费接种流感疫苗。 | 4月：下发工作方案。 | 县卫生健康局 | 已完成。 |\n"
            "| 2 | 为全县重点人群免费开展结直肠癌筛查。 | 4月：完成筛查1480人。 | 已完成。 |  |\n"
            "| 3 | 培训应急救护人员235人。 | 4月：完成培训65人。 | 县红十字会 | 已完成。 |\n")


def test_a_markdown_table(write_doc):
    # each row opened by a | as well; a row that lost its merged 牵头单位 cell (| 已完成。 |  |)
    # takes the one above
    out = read(write_doc, MARKDOWN)
    assert who(out, "免费接种流感疫苗") == [("县卫生健康局", "lead")]
    assert who(out, "免费开展结直肠癌筛查") == [("县卫生健康局", "lead")]
    assert who(out, "培训应急救护人员") == [("县红十字会", "lead")]


def test_tab_rows_with_a_blank_line_after_each(write_doc):
    # a copy that puts a blank line after every line: the tab rows are still one table
    out = read(write_doc, TABBED.replace("\n", "\n\n"))
    assert who(out, "新建成公办幼儿园") == [
        ("区教育局", "responsible"), ("区发改局", "support"), ("区财政局", "support")]
    assert who(out, "新建成婴幼儿照护服务驿站") == [
        ("区卫生健康局", "responsible"), ("区民政局", "support")]


def test_names_in_traditional_script_are_kept_as_written(write_doc):
    # a table's cells (one line each, all numbered as the row's line), a list cut by a hard
    # wrap and a name wrapped in a narrow cell: each mention as the text writes it
    table = ("石城縣河長制工作責任單位考核細則\n"
             "序號\t考覈項目\t考覈內容\t責任單位\n"
             "1\t農村生活垃圾專項治理\t探索實行農村生活垃圾分類。\t縣委農工部\n"
             "2\t持續推進畜禽養殖污染控制\t防止禁養區內養殖場復養。\t縣農糧局\n")
    _, _, got = read(write_doc, table)
    assert sorted(m for v in got.values() for m, _ in v) == ["縣委農工部", "縣農糧局"]
    wrapped = ("關於加強基層治理的實施方案\n"
               "1.完善街道黨工委對地區治理重大工作的領導體制機制。\n"
               "牽頭單位:區委組織部\n"
               "協辦單位:區委編辦、園區黨工\n"
               "委、各街道黨工委\n")
    _, _, got = read(write_doc, wrapped)
    assert [m for v in got.values() for m, _ in v] == ["區委組織部", "區委編辦", "園區黨工委", "各街道黨工委"]


def test_field_labels_in_markdown_bold(write_doc):
    # a page turned into Markdown: its field labels set in bold, inside a line or a bracket
    text = ("2014年市政府民生实事项目完成情况 1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 "
            "**责任单位**:市轨道交通工程建设指挥部 项目责任人:尹文德 "
            "2.新辟公交线路10条。 牵头领导:王仁洲 **责任单位**:市交通委 项目责任人:劳可军 "
            "**配合单位**:市公安局、市城管局\n")
    _, _, got = read(write_doc, text)
    assert sorted(got.values()) == [
        [("市交通委", "responsible"), ("市公安局", "support"), ("市城管局", "support")],
        [("市轨道交通工程建设指挥部", "responsible")]]
    # an item the input ends inside (its bracket never closed) is reported, not read, bold or not
    cut = ("关于印发2019年区重点工作任务分解方案的通知\n"
           "1、坚持亩产论英雄导向，加快推进新两园建设。（**牵头单位**：区科技和经信局；**责任单位**：汉阳经济开发区管委会）\n"
           "2、大力推进四办改革，创新审批模式。（**牵头单位**：区行政审批局；**责任单位**：各街办事处\n")
    _, _, got = read(write_doc, cut)
    assert list(got.values()) == [[("区科技和经信局", "lead"), ("汉阳经济开发区管委会", "responsible")]]
