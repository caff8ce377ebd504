"""Conventions seen in the collected set pp (unseen round of session 37), as short written
fixtures with variants not in the files: a plan's item whose first sentence is a topic, a comma
and who is in charge (``（三）道路交通安全专项整治，由公安、交通部门负责，有关部门配合。要…``:
the 由 clause responsible, the 配合 clause support, no lead); a department heading naming its
duties (``（七）卫生部门职责、任务``) over numbered items with no subject, each the department's; an
item opening with 协助/配合 another body (``3.协助教育部门对…``), whose words are no doer's name; a
heading's own paragraph handing it to a body (``一、治理畜牧业产品污染`` / ``由乡三农服务中心承办，
乡畜牧站、卫生院配合。``)."""
from test_conventions import read, who


def test_a_topic_then_who_is_in_charge_and_who_helps(write_doc):
    out = read(write_doc, "（三）道路交通安全专项整治，由公安、交通部门负责，有关部门配合。要继续加大整治力度。\n"
                          "（四）公众聚集场所消防安全专项整治，由公安部门负责，有关部门配合。要坚决整治火灾隐患。\n"
                          "（五）建筑领域安全专项整治，由县住建局负责。以预防建筑事故为重点。\n")
    # an elliptical pair sharing its suffix: two units as written
    assert who(out, "道路交通安全专项整治") == [("公安", "responsible"), ("交通部门", "responsible"),
                                          ("有关部门", "support")]
    assert who(out, "公众聚集场所消防安全") == [("公安部门", "responsible"), ("有关部门", "support")]
    assert who(out, "建筑领域安全专项整治") == [("县住建局", "responsible")]


def test_a_topic_and_a_clause_that_is_no_charge_is_not_read(write_doc):
    # 由X解决 is no charge verb; a long first clause is a sentence, not a topic
    out = read(write_doc, "（一）项目资金，由县财政局解决。\n"
                          "（三）在全县范围内深入开展道路交通安全专项整治行动的同时，由公安部门负责，有关部门配合。\n")
    _, _, got = out
    assert not got


def test_a_department_heading_naming_its_duties_owns_its_items(write_doc):
    out = read(write_doc, "五、职责分工\n"
                          "（七）卫生部门职责、任务\n"
                          "1.加强对学校幼儿园食堂、校内食品店的监督管理。\n"
                          "2.依法对学校幼儿园食堂从业人员进行定期体检。\n"
                          "（八）县市场监管局职责和任务\n"
                          "1.加大对校园及周边无照经营摊点的打击力度。\n")
    assert who(out, "加强对学校幼儿园食堂") == [("卫生部门", "responsible")]
    assert who(out, "依法对学校幼儿园食堂") == [("卫生部门", "responsible")]
    assert who(out, "加大对校园及周边无照") == [("县市场监管局", "responsible")]


def test_a_duty_heading_that_names_no_unit_gives_nothing(write_doc):
    out = read(write_doc, "（一）主要职责、任务\n"
                          "1.加强对学校幼儿园食堂的监督管理。\n"
                          "2.依法开展从业人员定期体检。\n")
    _, _, got = out
    assert not got


def test_an_item_opening_with_help_to_another_body_names_no_doer(write_doc):
    # 协助教育部门 is what the item's doer does, not a name: with no heading above, no unit
    out = read(write_doc, "3.协助教育部门对校医、学校幼儿园食堂从业人员的业务知识和法规培训。\n"
                          "4.配合县公安局对校园周边进行巡查。\n")
    _, _, got = out
    assert not got
    # under its department's heading it is the department's, the body helped left out
    out = read(write_doc, "（七）卫生部门职责、任务\n"
                          "1.加强对学校幼儿园食堂的监督管理。\n"
                          "2.协助教育部门对校医、学校幼儿园食堂从业人员的业务知识和法规培训。\n")
    assert who(out, "协助教育部门对校医") == [("卫生部门", "responsible")]


def test_a_heading_handed_to_a_body_in_its_own_paragraph(write_doc):
    out = read(write_doc, "一、治理畜牧业产品污染\n"
                          "由乡三农服务中心承办，乡畜牧站、卫生院、派出所、工商所配合。\n"
                          "治理工作目标：\n"
                          "全乡生猪定点屠宰率达100%。\n"
                          "二、治理水产品污染\n"
                          "由乡水产站负责，乡市场监管所配合。\n")
    assert who(out, "治理畜牧业产品污染") == [("乡三农服务中心", "responsible"), ("乡畜牧站", "support"),
                                         ("卫生院", "support"), ("派出所", "support"),
                                         ("工商所", "support")]
    assert who(out, "治理水产品污染") == [("乡水产站", "responsible"), ("乡市场监管所", "support")]


def test_an_excerpt_opening_inside_a_numbered_list_then_a_bracketed_heading(write_doc):
    # the page opens at 2. and 3. of a list whose （六） heading is cut off above it: （七） outranks
    # them, so its own 1.… are its items, not siblings of the 2. and 3. before it
    out = read(write_doc, "2.加强学校周边文化娱乐场所的监督管理。\n"
                          "3.文化艺术团体要为学校开展文化活动提供方便。\n"
                          "(七)卫生部门职责、任务\n"
                          "1.加强对学校幼儿园食堂的监督管理。\n"
                          "2.依法对学校食堂从业人员进行定期体检。\n"
                          "(八)工商部门职责、任务\n"
                          "1.加大对校园周边无照经营摊点的打击力度。\n")
    assert who(out, "加强对学校幼儿园食堂") == [("卫生部门", "responsible")]
    assert who(out, "依法对学校食堂从业人员") == [("卫生部门", "responsible")]
    assert who(out, "加大对校园周边无照") == [("工商部门", "responsible")]
    assert who(out, "加强学校周边文化娱乐") == []


def test_a_header_and_its_rows_run_together_on_one_line(write_doc):
    # a preview's flattened table: a title, the column names, then the rows' cells, all divided
    # by spaces; a person in the leader's column is no unit; the last row is cut by the edge
    # after its unit cell (no deadline cell)
    out = read(write_doc, "黄湖镇创建国家卫生镇任务分解表\n"
                          "附件:黄湖镇创建国家卫生镇任务分解表\n"
                          "黄湖镇创建国家卫生镇任务分解表 项目 负责领导 责任科室 工作内容 完成时间 "
                          "爱国卫生组织管理 白洪森 社会事务办 主持创建工作日常事务 2018年6月 "
                          "健康教育 李明 镇卫生院 开展健康教育进村入户活动\n")
    assert who(out, "主持创建工作日常事务") == [("社会事务办", "responsible")]
    assert who(out, "开展健康教育进村入户") == [("镇卫生院", "responsible")]


def test_a_row_cut_before_its_unit_cell_or_misaligned_cells_are_not_read(write_doc):
    # cut after the person: no unit cell
    out = read(write_doc, "附件:任务分解表\n"
                          "任务分解表 项目 负责领导 责任科室 工作内容 完成时间 爱国卫生组织管理 白洪森\n")
    _, _, got = out
    assert not got
    # a cell holding a space before the unit column shifts the cells: the unit column's cell is
    # then a person's name, and the row is not read
    out = read(write_doc, "附件:任务分解表\n"
                          "项目 负责领导 责任科室 工作内容 完成时间 爱国卫生 组织管理 白洪森 社会事务办 "
                          "主持创建工作日常事务 2018年6月\n")
    _, _, got = out
    assert not got
