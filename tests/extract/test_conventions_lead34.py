"""An item headed by who does it and a colon (a plan's 职责分工, a township's internal bodies): the
names before the colon do the item, the work after it says the role. Short written fixtures in the
shapes of collected kk03 (阿坝州's 乡镇内设机构职能) and kk05 (a county's 任务分工), with variants not
in the files; and what such a head is not: a field, a contact, a group's make-up, a place under
the unit its heading names."""
from test_conventions import read, who

PLAN = ("某县关于开展农村人居环境整治工作的实施方案\n"
        "一、工作目标\n到2024年底，全县农村人居环境明显改善。\n"
        "二、职责分工\n"
        "（一）县发展和改革局：负责统筹推进项目建设，做好项目储备工作。\n"
        "（二）县财政局、县审计局：要加强资金监管，确保资金安全。\n"
        "（三）各乡（镇）人民政府：负责辖区内工作的组织实施，落实属地责任。\n"
        "（四）县住建局：牵头负责农村生活垃圾治理，县生态环境局配合。\n"
        "（五）县供销社：协助县商务局，做好再生资源回收工作。\n"
        "三、工作要求\n各单位要高度重视，确保按时完成任务。\n")


def test_a_plans_items_headed_by_their_doers(write_doc):
    out = read(write_doc, PLAN)
    assert who(out, "统筹推进项目建设") == [("县发展和改革局", "responsible")]
    assert who(out, "要加强资金监管") == [("县财政局", "responsible"), ("县审计局", "responsible")]
    assert who(out, "负责辖区内工作的组织实施") == [("各乡（镇）人民政府", "responsible")]
    # 牵头 after the colon leads; a closing ，Z配合 names Z's support
    assert who(out, "牵头负责农村生活垃圾治理") == [("县住建局", "lead"), ("县生态环境局", "support")]
    # 协助Y: the head supports, Y is responsible
    assert who(out, "做好再生资源回收工作") == [("县供销社", "support"), ("县商务局", "responsible")]


BODIES = ("某乡镇机构改革方案\n"
          "2.乡镇内设机构职能\n"
          "党政办公室:主要承担党委、人大、政府的日常工作、纪检监察工作。\n"
          "维护稳定办公室:主要承担维护稳定工作,协调各类民间纠纷。\n"
          "综合发展办公室:主要承担经济社会发展规划、国有资产管理等工作。\n")


def test_unnumbered_lines_so_headed_are_tasks_of_their_own(write_doc):
    out = read(write_doc, BODIES)
    assert who(out, "主要承担党委、人大") == [("党政办公室", "responsible")]
    assert who(out, "主要承担维护稳定工作") == [("维护稳定办公室", "responsible")]
    assert who(out, "经济社会发展规划") == [("综合发展办公室", "responsible")]


NOT_WORK = ("某县应急工作方案\n"
            "一、组织机构\n"
            "（一）善后处理指挥部：由分管副县长任指挥长，县民政局局长任副指挥长。\n"
            "（二）成员单位：县发展和改革局、县财政局、县民政局。\n"
            "（三）县应急管理局：张三，电话12345678。\n"
            "（四）综合协调组：牵头单位：县政府办公室。\n"
            "二、存在问题\n"
            "（一）鹿城镇（2个）\n"
            "1.信义花园：小区垃圾桶未盖、桶壁脏污，垃圾满溢。\n"
            "2.丽景花园：小区内车辆乱停乱放，杂物乱堆乱放。\n")


def test_what_such_a_head_is_not(write_doc):
    out = read(write_doc, NOT_WORK)
    # a group's make-up, a field naming units, a contact: no work of the head's
    assert ("善后处理指挥部", "responsible") not in who(out, "由分管副县长任指挥长")
    assert ("县应急管理局", "responsible") not in who(out, "张三，电话")
    # a field of its own after the colon is read as that field, not as the head's lead
    assert ("综合协调组", "lead") not in who(out, "综合协调组")
    # a place and its problems stay the unit's its heading names
    assert who(out, "信义花园") == [("鹿城镇", "responsible")]
    assert who(out, "丽景花园") == [("鹿城镇", "responsible")]


# a mirror's pinyin glosses (the collected set's 責(zé)任單位, external-dev 014's 鄉(xiāng)) on a table's header and
# after a name's last character; variants of external-dev's real tables with glosses added read as the originals
GLOSSED_TABLE = ("某区2023年重点工作责(zé)任分解\n"
                 "序号 | 事项 | 责(zé)任单位 | 牵头单位 | 完成时限(xiàn) |\n"
                 "1 | 地区生产总值增长6.5%以上。 | 区农业农村局、区发(fā)改局 | 区发(fā)改局 | 2023年12月 |\n"
                 "2 | 固定资产投资增长25%。 | 区经商局、区财政局 | 区经商局 | 2023年6月 |\n"
                 "3 | 规上工业增加值增长10%。 | 区经商局 | 区经商局 | 2023年12月 |\n")

CELL_PER_LINE = ("某区2023年重点工作责(zé)任分解\n分类\n序号\n事项\n责(zé)任单位\n牵头单位\n发(fā)展目标\n"
                 "1\n地区生产总值增长6.5%以上。\n区农业农村局、区发(fā)改局\n区发(fā)改局\n"
                 "2\n区本级固定资产投资增长25%。\n区经商局、区财政局\n区经商局\n"
                 "3\n规上工业增加值增长10%。\n区经商局\n区经商局\n")


def test_a_glossed_header_names_its_columns(write_doc):
    for text in (GLOSSED_TABLE, CELL_PER_LINE):
        out = read(write_doc, text)
        plain = read(write_doc, text.replace("(zé)", "").replace("(xiàn)", ""), "plain.txt")
        for anchor in ("地区生产总值增长", "固定资产投资增长"):
            # read as the same table without the header's glosses (a lead column, a unit column)
            assert who(out, anchor) == who(plain, anchor)
        assert ("区发(fā)改局", "lead") in who(out, "地区生产总值增长")
        assert ("区经商局", "lead") in who(out, "固定资产投资增长")
        assert ("区财政局", "responsible") in who(out, "固定资产投资增长")


def test_a_gloss_after_a_names_last_character_is_written_with_it(write_doc):
    out = read(write_doc, "某市重点工作任务分解\n1.推进项目建设。（责任单位：安州區(qū)、高新區(qū)、市發(fā)改委、各部門(mén)）\n")
    assert who(out, "推进项目建设") == [("安州區(qū)", "responsible"), ("高新區(qū)", "responsible"),
                                        ("市發(fā)改委", "responsible"), ("各部門(mén)", "responsible")]


def test_annotations_hard_wrapped_as_a_pdfs_text(write_doc):
    out = read(write_doc, "某市重点工作分解\n"
                          "1.地区生产总值增长8%。(牵头单位:市财政\n局;责任单位:市税务局,各乡、镇人民政府,监利经济开发\n区)\n"
                          "2.财政收入增长8%左右。\n协同责任单位:市税务局、滁州经开区\n管委会、中新苏滁\n高新区管委会等,各县、市、区政府。\n"
                          "3.固定资产投资增长10%。\n责任单位:市发改委、市经信局\n、市建设局、市交通运输局\n、市水利局\n"
                          "4.结束。（责任单位：市统计局）\n")
    # a bracket left open at a line's end and closed two lines on
    assert who(out, "地区生产总值增长") == [("市财政局", "lead"), ("市税务局", "responsible"),
                                         ("各乡、镇人民政府", "responsible"), ("监利经济开发区", "responsible")]
    # a zone's name cut from its body, a name cut before 等
    assert [m for m, _r in who(out, "财政收入增长")] == ["市税务局", "滁州经开区管委会", "中新苏滁高新区管委会",
                                                      "各县、市、区政府"]
    # a list wrapped at its separator over three lines
    assert [m for m, _r in who(out, "固定资产投资增长")] == ["市发改委", "市经信局", "市建设局", "市交通运输局", "市水利局"]
