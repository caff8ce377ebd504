"""Conventions seen in the held-out set "ap" (a town's plan table to its 办 and a 领导小组, a
town's progress table of its 政府工作报告 targets, a city bureau's plan to its 科室), each as a
short synthetic fixture with variants not in the collected files: a table flattened one cell a
line whose column names are wrapped in narrow cells (责任 / 领导, 责任 / 科室, 攻坚目标 / 任务), a
重点工作 column and a 工作任务安排 column; the 山东 政务公开 progress table (目标任务 / 执行措施、
实施步骤 / 工作进展、取得成效 / 后续举措 / 责任分工 / 监督方式) whose 责任分工 column names the
unit, read even when a single row survives the excerpt's edge; its 监督方式 telephone is no unit."""
from test_conventions import read, who

WRAPPED = ("镇2023年度重点工作计划执行情况\n\n序号\n\n重点工作\n\n责任\n\n领导\n\n责任\n\n科室\n\n"
           "攻坚目标\n\n任务\n\n工作任务安排\n\n第三季度\n\n完成情况\n\n"
           "1\n\n农村生活污水治理\n\n张明\n\n农业农村办\n\n完成8个村污水管网建设。\n\n"
           "推进管网铺设。\n\n已完成5个村。\n\n"
           "2\n\n森林防火\n\n李华\n\n森林防火工作领导小组\n\n全年不发生重大火灾。\n\n"
           "开展巡山护林。\n\n未发生火情。\n\n"
           "3\n\n集镇环境整治\n\n王强\n\n城建办、综合执法队\n\n打造示范街区1条。\n\n"
           "完成立面改造。\n\n完成60%。\n")


def test_a_table_whose_column_names_wrap_over_two_lines(write_doc):
    out = read(write_doc, WRAPPED)
    assert who(out, "农村生活污水治理") == [("农业农村办", "responsible")]
    assert who(out, "森林防火") == [("森林防火工作领导小组", "responsible")]
    assert who(out, "集镇环境整治") == [("城建办", "responsible"), ("综合执法队", "responsible")]


def test_the_person_in_a_wrapped_leader_column_is_no_unit(write_doc):
    out = read(write_doc, WRAPPED)
    units = {u for task in ("农村生活污水治理", "森林防火", "集镇环境整治") for u, _ in who(out, task)}
    assert not units & {"张明", "李华", "王强"}


PROGRESS = ("某县某镇2024年《政府工作报告》重点任务第二季度进展情况\n\n"
            "目标任务\n\n执行措施、实施步骤\n\n工作进展、取得成效\n\n后续举措\n\n责任分工\n\n监督方式\n\n"
            "新建高标准农田3000亩,粮食播种面积稳定在5万亩以上。\n\n"
            "制定实施方案,完成设计招标。\n\n二季度完成土地平整1200亩。\n\n"
            "一是加快施工进度。二是确保年底前验收。\n\n镇农业综合服务中心\n\n0531-1234567\n\n"
            "全年新引进过亿元项目2个。\n\n"
            "建立招商专班,开展外出招商3次。\n\n新签约项目1个。\n\n"
            "跟进在谈项目。\n\n镇经济发展办公室\n\n0531-7654321\n")


def test_a_progress_table_whose_responsibility_column_names_the_unit(write_doc):
    out = read(write_doc, PROGRESS)
    assert who(out, "新建高标准农田3000亩") == [("镇农业综合服务中心", "responsible")]
    assert who(out, "全年新引进过亿元项目2个") == [("镇经济发展办公室", "responsible")]


def test_a_progress_table_of_one_row_before_the_edge(write_doc):
    cut = PROGRESS.split("全年新引进")[0] + "全年新引进过亿元项目2个。\n\n建立招商专班,开展外出\n"
    out = read(write_doc, cut)
    assert who(out, "新建高标准农田3000亩") == [("镇农业综合服务中心", "responsible")]
    # the row cut inside its second cell gives no unit, and the telephone none
    assert sorted(u for got in out[2].values() for u, _ in got) == ["镇农业综合服务中心"]

