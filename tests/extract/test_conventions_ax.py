"""Conventions seen in the held-out set "ax" (a county's 为民办实事 plan with 主办/协办 lines, a
district's Party-government 街道 work division printed from a PDF, a district's target division,
a development zone's cover notice, a 西藏 district's 工作要点), each as a short synthetic fixture
with variants not in the collected files: a portal's title line carrying its 文号 in brackets,
a sentence naming the report a congress adopted (``…人大五次会议通过的《政府工作报告》``) that is
no adoption note of the text, and a title ``关于X落实…的通知`` whose X is no duty holder."""
from test_conventions import read, who


def test_host_and_helper_lines_give_lead_and_support(write_doc):
    out = read(write_doc, "2021年县委、县政府为民办实事工作计划\n"
                          "一、人居环境提升工程\n"
                          "(1)实施老旧小区改造提升。改造东门片区老旧小区。\n"
                          "主办单位:县城投公司,协办单位:住建局、城关镇。\n"
                          "(2)建设民俗公园。\n"
                          "主办单位:住建局、县建发公司,协办单位:城关镇、江口镇。\n")
    assert who(out, "实施老旧小区改造提升") == [
        ("县城投公司", "lead"), ("住建局", "support"), ("城关镇", "support")]
    assert who(out, "建设民俗公园") == [
        ("住建局", "lead"), ("县建发公司", "lead"), ("城关镇", "support"), ("江口镇", "support")]


def test_a_helper_line_wrapped_inside_a_name_keeps_the_name_whole(write_doc):
    out = read(write_doc, "一、加强党对基层治理的全面领导\n"
                          "1.完善街道党工委对地区治理重大工作的领导体制机制,优\n"
                          "化决策程序,全面提升街道抓党建、抓治理、抓服务的领导能力。\n"
                          "牵头单位:区委组织部\n"
                          "协办单位:区委编办、区民政局、园区党工\n"
                          "委、各街道党工委\n")
    got = who(out, "完善街道党工委对地区治理")
    assert ("区委组织部", "lead") in got
    assert ("园区党工委", "support") in got and ("各街道党工委", "support") in got


def test_a_title_line_with_its_number_in_brackets(write_doc):
    result, _, _ = read(write_doc,
                        "关于宜春经济技术开发区落实政府工作报告重点工作任务分工方案的通知(宜经管发〔2021〕5号)\n"
                        "\n"
                        "各办局室,各直属企事业单位:\n"
                        "现就重点工作任务分工有关事项通知如下:\n"
                        "一、牵头单位要发挥主导作用。\n")
    doc, = result.documents
    assert doc.title == "关于宜春经济技术开发区落实政府工作报告重点工作任务分工方案的通知"
    assert doc.number == "宜经管发〔2021〕5号"


def test_a_report_the_congress_adopted_is_no_adoption_of_the_text(write_doc):
    # 为全面完成市四届人大五次会议通过的《政府工作报告》…: the sentence names the report the
    # congress adopted; the text is the zone's notice, placed by its title (宜春 -> 宜春市)
    result, _, _ = read(write_doc,
                        "关于宜春经济技术开发区落实政府工作报告重点工作任务分工方案的通知\n"
                        "\n"
                        "各办局室,各直属企事业单位:\n"
                        "为全面完成市四届人大五次会议通过的2021年《政府工作报告》提出的各项工作任务,"
                        "现就有关事项通知如下:\n"
                        "一、牵头单位要发挥主导作用。\n")
    doc, = result.documents
    assert doc.jurisdiction == "宜春市"


def test_a_title_s_topic_is_no_duty_holder(write_doc):
    result, _, _ = read(write_doc,
                        "关于宜春经济技术开发区落实政府工作报告重点工作任务分工方案的通知\n"
                        "\n"
                        "各办局室:\n"
                        "经开区财政局要做好资金保障。\n")
    mentions = {a.raw.mention.text for a in result.assignments}
    assert not any(m.startswith("关于") for m in mentions)
    assert "经开区财政局" in mentions


def test_a_title_printed_over_two_lines_without_about(write_doc):
    # a township's plan whose page opens at the addressees: the plan's title under the date,
    # its last words on a line of their own
    result, _, _ = read(write_doc,
                        "各行政村、各有关单位:\n"
                        "经镇政府研究决定,现将《城关镇2018年度消防安全专项整治工作计划》印发给你们,请遵照执行。\n"
                        "二〇一八年三月一日\n"
                        "城关镇2018年度消防安全专项整治\n"
                        "工作计划\n"
                        "按照镇政府的总体要求,特制定本工作计划。\n"
                        "专项整治行业名称 | 时间安排 | 责任单位 |\n"
                        "烟花爆竹 | 1月份 | 安监站 派出所 |\n")
    doc, = result.documents
    assert doc.title == "城关镇2018年度消防安全专项整治工作计划"
    assert doc.date == "2018-03-01"


def test_a_short_line_after_a_heading_is_no_title_tail(write_doc):
    # a unit's name under a heading line is no part of a title (the pair reads as no title)
    result, _, _ = read(write_doc,
                        "2018年度重点工作任务分解表\n"
                        "县发改局\n"
                        "1.推进项目建设。\n")
    doc, = result.documents
    assert doc.title == "2018年度重点工作任务分解表"


def test_township_stations_in_a_pipe_table_are_units(write_doc):
    out = read(write_doc, "专项整治行业名称 | 时间安排 | 责任单位 |\n"
                          "烟花爆竹 | 1月份 | 安监站 安监所 |\n"
                          "网吧、KTV | 8月份 | 文化站 派出所工商质监所 |\n"
                          "交通运输 | 12月份 | 超限站 公路站 交警六中队 |\n")
    assert [m for m, _ in who(out, "烟花爆竹")] == ["安监站", "安监所"]
    assert [m for m, _ in who(out, "网吧、KTV")] == ["文化站", "派出所", "工商质监所"]
    assert [m for m, _ in who(out, "交通运输")] == ["超限站", "公路站", "交警六中队"]


def test_a_time_limit_line_under_a_unit_heading_dates_the_heading_s_unit(write_doc):
    # tasks grouped under a unit heading (一、县发改局), each with its own 完成时限 line and no unit
    result, tasks, got = read(write_doc,
                              "2023年全县重点工作任务分解\n"
                              "一、县发改局\n"
                              "1.争取中央预算内投资项目10个以上。\n"
                              "完成时限:2023年12月底\n"
                              "2.推进重大项目前期工作。\n"
                              "完成时限:2023年9月底\n"
                              "3.做好价格监测工作。\n")
    due = {}
    for a in result.assignments:
        if a.raw.via == "section":
            due[tasks[a.task_id].text.split("。")[0]] = (a.raw.mention.text, a.raw.deadline)
    assert due == {"争取中央预算内投资项目10个以上": ("县发改局", "2023-12"),
                   "推进重大项目前期工作": ("县发改局", "2023-09"),
                   "做好价格监测工作": ("县发改局", None)}


def test_a_township_s_station_labels(write_doc):
    # a township's plan names its offices and stations (站所) in the label: 责任站所, 责任办所,
    # 牵头站所 / 配合站所
    out = read(write_doc, "某镇2024年重点工作任务清单\n"
                          "一、产业发展\n"
                          "1.新建高标准农田3000亩。\n"
                          "责任站所:农业服务中心\n"
                          "2.推进人居环境整治。\n"
                          "责任办所:村建办、综治办\n"
                          "3.做好征兵工作。\n"
                          "牵头站所:武装部;配合站所:各村\n"
                          "4.做好防疫工作。\n"
                          "责任单位:卫生院\n")
    assert who(out, "新建高标准农田3000亩") == [("农业服务中心", "responsible")]
    assert who(out, "推进人居环境整治") == [("村建办", "responsible"), ("综治办", "responsible")]
    assert who(out, "做好征兵工作") == [("武装部", "lead"), ("各村", "support")]


def test_a_person_field_first_on_a_long_field_line(write_doc):
    # 责任领导 first, then the unit field and the time limit, one long line
    result, tasks, got = read(write_doc,
                              "某镇2024年重点工作任务清单\n"
                              "一、产业发展\n"
                              "1.推进人居环境整治。\n"
                              "责任领导:副镇长张三 责任站所:农业服务中心、各村 完成时限:2024年10月\n"
                              "2.做好防汛工作。\n"
                              "责任单位:水利站\n")
    assert who((result, tasks, got), "推进人居环境整治") == [
        ("农业服务中心", "responsible"), ("各村", "responsible")]
    due = {a.raw.deadline for a in result.assignments if a.raw.mention.text == "农业服务中心"}
    assert due == {"2024-10"}
    assert not any(m == "张三" or "副镇长" in m for units in got.values() for m, _ in units)


def test_an_economy_bureau_s_short_name_keeps_its_first_character(write_doc):
    # 经发局 (经济发展局), 经信局: 经 opens the name here, it is not the preposition 经 (经X同意)
    out = read(write_doc, "某开发区2024年重点工作\n"
                          "1.推进企业上市工作。\n"
                          "责任部门:经发局(牵头),金融办配合\n"
                          "2.推进技术改造。\n"
                          "责任部门:经信局、科技局\n")
    assert who(out, "推进企业上市工作") == [("经发局", "lead"), ("金融办", "support")]
    assert who(out, "推进技术改造") == [("经信局", "responsible"), ("科技局", "responsible")]


def test_a_section_label_after_the_task_s_last_sentence(write_doc):
    # a 街道's or a bureau's plan: 责任科室 / 责任股室 / 责任站所 written after the sentence, no bracket
    out = read(write_doc, "某街道2024年重点工作任务\n"
                          "1.完善网格化服务。责任科室:社会事务科\n"
                          "2.做好人口普查工作。责任科室:统计站、各社区。\n"
                          "3.推进农田水利建设。责任站所:水利站\n"
                          "4.结束。\n")
    assert who(out, "完善网格化服务") == [("社会事务科", "responsible")]
    assert who(out, "做好人口普查工作") == [("统计站", "responsible"), ("各社区", "responsible")]
    assert who(out, "推进农田水利建设") == [("水利站", "responsible")]
