"""Conventions seen in the held-out set "al" (a district bureau's task division with standalone
label lines, a zone's 防汛 task table of three lists, a county's 督查通报 of decided matters),
each as a short synthetic fixture with variants not in the collected files: a decided matter that
opens by saying who does it (由X、Y负责，…, after its topic 关于…问题，or a document's name
《…》，) is annotated by that clause, while a matter whose bodies are only the subject of a duty
clause (X、Y要…) and a 由 clause naming a leader are not; a department's short form under a unit
label (牵头单位：区应急) is a unit kept as written; a label line cut after its list separator at
the input's end gives nothing; a 责任清单 column names the row's units, short names a single space
separates are several units, and a bracketed level collective (村（社区）) is one."""
from test_conventions import read, who

MATTERS = ("近期县政府督查室对常务会议议定事项落实情况进行了督查，现通报如下：\n"
           "一、已落实事项\n"
           "1.由县统计局、财政局负责，修订全县统计调查项目管理办法。已修订完成。\n"
           "2、关于城区停车难问题，由县住建局、县交警大队负责，新增公共停车泊位500个。\n"
           "3、关于夜市管理问题，城管局、市场监管局要加强巡查，规范经营秩序。\n"
           "二、正在落实事项\n"
           "1.《关于加快发展夜间经济的若干措施》，由县商务局负责，征求意见后印发实施。\n"
           "2.由张三副县长负责，抓紧研究农贸市场搬迁方案。\n"
           "3.由县发改局牵头，县自然资源局配合，做好重点项目用地保障。\n")


def test_a_decided_matter_opening_with_who_does_it_is_annotated(write_doc):
    out = read(write_doc, MATTERS)
    assert who(out, "修订全县统计调查项目管理办法") == [("县统计局", "responsible"),
                                                    ("财政局", "responsible")]
    assert who(out, "关于城区停车难问题") == [("县住建局", "responsible"),
                                            ("县交警大队", "responsible")]
    assert who(out, "关于加快发展夜间经济的若干措施") == [("县商务局", "responsible")]
    assert who(out, "做好重点项目用地保障") == [("县发改局", "lead"), ("县自然资源局", "support")]


def test_a_duty_clause_or_a_leader_is_no_opening_annotation(write_doc):
    out = read(write_doc, MATTERS)
    assert who(out, "关于夜市管理问题") == []           # 城管局、市场监管局要…: a duty in prose
    assert who(out, "抓紧研究农贸市场搬迁方案") == []     # 由张三副县长负责: a post, no unit


def test_a_short_department_under_a_unit_label_is_a_unit(write_doc):
    out = read(write_doc, "1.健全安全生产责任体系。\n\n牵头单位:县应急\n\n责任单位:县委办、县政府办\n\n"
                          "2.完善重点项目调度机制。\n\n牵头单位:市发改\n\n责任单位:各区\n")
    assert who(out, "健全安全生产责任体系") == [("县应急", "lead"), ("县委办", "responsible"),
                                              ("县政府办", "responsible")]
    assert who(out, "完善重点项目调度机制") == [("市发改", "lead"), ("各区", "responsible")]


def test_a_label_line_ending_on_its_separator_at_the_input_end_is_cut(write_doc):
    out = read(write_doc, "1.健全安全生产责任体系。\n\n牵头单位:区应急局\n\n责任单位:区委办\n\n"
                          "2.加强重点领域执法。\n\n牵头单位:区应急局\n\n责任单位:区住建委、区城管委、")
    assert who(out, "健全安全生产责任体系") == [("区应急局", "lead"), ("区委办", "responsible")]
    assert who(out, "加强重点领域执法") == []


TABLE = ("建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 |\n"
         "(一)队伍建设 | 1.人员配备 | (1)每个村配备一名专职巡查员。 | 1.落实巡查员名单; | 办公室 应急站 | 5月 |\n"
         "(2)镇级抢险队伍不少于30人。 | 1.组建抢险队伍并开展演练; | 应急站 | 6月 |\n"
         "(3)村级建立应急小分队。 | 1.明确小分队成员; | 村（社区） | 5月 |\n"
         "2.配备救生衣等物资; | 农业办 水利站 村（社区） |\n"
         "2.物资保障 | (4)储备编织袋不少于5000只。 | 1.核查储备物资; | 综合办 | 5月 |\n")


def test_a_three_list_table_names_units_in_its_responsibility_column(write_doc):
    out = read(write_doc, TABLE)
    assert who(out, "每个村配备一名专职巡查员") == [("办公室", "responsible"), ("应急站", "responsible")]
    assert who(out, "镇级抢险队伍不少于30人") == [("应急站", "responsible")]
    assert who(out, "村级建立应急小分队") == [("村（社区）", "responsible")]
    assert who(out, "配备救生衣等物资") == [("农业办", "responsible"), ("水利站", "responsible"),
                                          ("村（社区）", "responsible")]
    assert who(out, "储备编织袋不少于5000只") == [("综合办", "responsible")]

