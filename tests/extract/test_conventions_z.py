"""Conventions seen in the held-out set "z" (a district's 民生实事 table on its government
portal, from the ``pages`` corpus), each as a short synthetic fixture with variants not in
the collected file: a table flattened one row a line with ``|`` between its cells right under
the portal's metadata set as ``|`` rows too (``索引号 | … | 公开方式 | …``), and a cell of a
``|`` row holding its own numbered steps (``1.成长驿站：3月底前… 2.托位：…``)."""
from test_conventions import read, who


def test_a_pipe_table_under_pipe_metadata_rows_starts_at_its_header(write_doc):
    out = read(write_doc,
               "索引号 | 0001/2023-01 | 公开方式 | 主动公开 |\n"
               "发布单位 | 县政府 | 成文日期 | 2023-03-02 |\n"
               "序号 | 实事项目 | 推进计划 | 牵头单位 | 配合单位 |\n"
               "1 | 改造老旧小区12个。 | 5月底前开工,11月底前完工。 | 住建局 | 财政局、城关镇 |\n"
               "2 | 新增养老床位300张。 | 6月底前完成选址。 | 民政局 | 卫健局,各乡镇 |\n")
    assert who(out, "改造老旧小区12个") == [("住建局", "lead"), ("财政局", "support"),
                                         ("城关镇", "support")]
    assert who(out, "新增养老床位300张") == [("民政局", "lead"), ("卫健局", "support"),
                                          ("各乡镇", "support")]


def test_metadata_rows_holding_no_column_names_are_no_header(write_doc):
    # two metadata rows, then a header whose plan column (推进计划) is no header word: two
    # thirds of its cells still name columns, and one a unit column
    out = read(write_doc,
               "文号 | 区政办〔2024〕3号 | 有效性 | 有效 |\n"
               "发文机关 | 区政府办公室 | 发布日期 | 2024-02-01 |\n"
               "序号 | 民生实事 | 年度推进计划 | 责任单位 |\n"
               "1 | 建成口袋公园5个。 | 全年分批实施。 | 城管局、园林中心 |\n")
    assert who(out, "建成口袋公园5个") == [("城管局", "responsible"), ("园林中心", "responsible")]


def test_numbered_steps_inside_a_pipe_cell_stay_in_their_row(write_doc):
    out = read(write_doc,
               "序号 | 实事项目 | 工作举措 | 责任单位 | 配合单位 |\n"
               "1 | 建成社区食堂8家,新增托育位200个。 | 1.社区食堂:4月底前选定点位;9月底前建成。 "
               "2.托育位:6月底前新增100个;11月底前完成全部任务。 "
               "3.助餐点:10月底前覆盖全部社区。 | 民政局 | 卫健局、各街道 |\n"
               "2 | 实施农村公路提升50公里。 | 1.完成设计。 2.组织施工。 | 交通局 | 财政局 |\n")
    assert who(out, "建成社区食堂8家") == [("民政局", "responsible"), ("卫健局", "support"),
                                        ("各街道", "support")]
    assert who(out, "实施农村公路提升50公里") == [("交通局", "responsible"), ("财政局", "support")]


def test_the_date_cell_of_a_pipe_metadata_row_dates_the_document(write_doc):
    result, _, _ = read(write_doc,
                        "索引号 | 0001/2023-01 | 公开方式 | 主动公开 |\n"
                        "发布单位 | 县政府 | 发文日期 | 2023-03-02 |\n"
                        "序号 | 实事项目 | 推进计划 | 牵头单位 | 配合单位 |\n"
                        "1 | 改造老旧小区12个。 | 全年推进。 | 住建局 | 财政局 |\n")
    assert [d.date for d in result.documents] == ["2023-03-02"]


def test_a_number_and_date_on_one_line_under_the_title(write_doc):
    result, _, _ = read(write_doc,
                        "某省人民政府办公厅\n"
                        "关于印发重点任务\n"
                        "责任分工方案的通知\n"
                        "某办函〔2019〕12号 2019年3月5日\n"
                        "各市人民政府,省政府各部门:\n"
                        "现将方案印发你们,请认真贯彻执行。\n"
                        "1.推进园区建设。加快园区基础设施建设。\n"
                        "责任单位:省发展改革委、省财政厅,有关市人民政府等。\n")
    assert [(d.number, d.date) for d in result.documents] == [("某办函〔2019〕12号", "2019-03-05")]
