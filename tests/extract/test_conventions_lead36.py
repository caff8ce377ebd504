"""A department's 权责清单 (the list of its powers, each with the body that holds it and the steps
it answers for) read as a table of tasks, and a table pasted from Word whose section rows (a cell
merged across the table) lost their TABs. Short written fixtures in the shapes of the lists every
department publishes (序号 | 权力类型 | 权力名称 | 实施机关 | 责任事项) and of collected al02 (a
zone's 防汛 task list)."""
from test_conventions import read, who

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
