"""Conventions seen in the held-out set "l" (national 分工 documents and township catalogues),
each as a short synthetic fixture with variants that are not in the collected files: central
bodies named without a place (国家发展改革委, 人力资源社会保障部, 中央网信办, 全国总工会); a
table flattened one row a line with single spaces and a letter-spaced column name
(``序号 工 作 任 务 牵头负责部门``); the 基层政务公开标准目录 every township publishes, whose
公开主体 column names the body responsible for an item, flattened as a markdown table (a
caption row, a second header row that lost its alignment) or one cell a line (a header of two
rows run into one, a mirror's pinyin glosses in the column names)."""
from kg.extract import unitnames
from kg.extract.outline import _letter_spaced_joined, _two_row_header

from test_conventions import read, who


def test_central_bodies_are_named_without_a_place():
    for name in ("国家发展改革委", "人力资源社会保障部", "中央网信办", "全国总工会", "国务院国资委",
                 "税务总局", "市场监管总局", "中央农办", "国家粮食和物资储备局", "退役军人事务部",
                 "供销合作总社", "中华全国供销合作总社", "共青团中央", "团中央"):
        assert unitnames.is_unit_name(name), name
    # a question or a count before a generic noun names no one
    for phrase in ("哪些部门", "涉及多部门", "多部门", "若干单位", "哪个部门", "什么部门"):
        assert not unitnames.is_unit_name(phrase), phrase


def test_national_annotations_lead_and_departments_by_their_duties(write_doc):
    out = read(write_doc, "国务院关于落实重点工作部门分工的意见\n"
                          "（八）加快数字乡村建设。推进农村宽带网络和移动通信网络覆盖。（中央网信办、农业农村部牵头，"
                          "有关部门按职责分工负责）\n"
                          "（九）健全劳动关系协调机制。（人力资源社会保障部、全国总工会、全国工商联等按职责分工负责）\n")
    assert who(out, "加快数字乡村建设") == [("中央网信办", "lead"), ("农业农村部", "lead"),
                                        ("有关部门", "responsible")]
    assert who(out, "健全劳动关系协调机制") == [("人力资源社会保障部", "responsible"),
                                          ("全国总工会", "responsible"),
                                          ("全国工商联", "responsible")]
    result = out[0]
    assert {d.place.adcode for d in result.documents} == {"100000"}
    # a national document's units are national
    assert {a.unit.adcode for a in result.assignments if a.raw.via == "inline"} == {"100000"}


def test_letter_spaced_column_names_are_one_name():
    assert _letter_spaced_joined(["序号", "工", "作", "任", "务", "牵头负责部门"]) == [
        "序号", "工作任务", "牵头负责部门"]
    assert _letter_spaced_joined(["序", "号", "目标任务", "责任单位"]) == ["序号", "目标任务", "责任单位"]
    assert _letter_spaced_joined(["序号", "A", "责任单位"]) == ["序号", "A", "责任单位"]


def test_space_separated_rows_under_a_letter_spaced_header(write_doc):
    out = read(write_doc, "2024年量化指标任务分工\n\n序号 工 作 任 务 牵头负责部门\n"
                          "1 新增城镇就业1100万人以上 人力资源社会保障部\n"
                          "2 粮食产量1.3万亿斤以上 农业农村部\n"
                          "3 单位国内生产总值能耗降低2.5%左右 国家发展改革委\n"
                          "4 新开工改造城镇老旧小区5万个 住房城乡建")
    assert who(out, "新增城镇就业1100万人以上") == [("人力资源社会保障部", "lead")]
    assert who(out, "粮食产量1.3万亿斤以上") == [("农业农村部", "lead")]
    assert who(out, "能耗降低2.5%左右") == [("国家发展改革委", "lead")]
    # the last row is cut inside its unit cell: no unit is read for it
    assert who(out, "新开工改造城镇老旧小区") == []


def test_a_markdown_catalogue_with_a_caption_and_a_lost_second_header_row(write_doc):
    out = read(write_doc,
               "| 养老服务领域基层政务公开标准目录 | ||||||||||\n"
               "| 序号 | 公开事项 | 公开内容 (要素) | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 | 公开对象 | 公开方式 | 公开层级 | ||\n"
               "| 全社会 | 特定群体 | 主动 | 依申请 | 乡级 | ||||||\n"
               "| 1 | 政策文件 | 1、上级养老服务相关文件 2、我乡养老服务补贴发放办法 | 《政府信息公开条例》 | "
               "信息形成或者变更之日起20个工作日内 | 乡人民政府 | ■政府网站 □公开查阅点 □村公示栏 | √ | √ | √ | ||\n"
               "| 2 | 高龄津贴 | 高龄津贴发放对象和标准 | 《政府信息公开条例》 | 信息形成或者变更之日起20个工作日内 | "
               "乡民政办 | ■政府网站 | √ | √ | √ | ||\n")
    assert who(out, "上级养老服务相关文件") == [("乡人民政府", "responsible")]
    assert who(out, "高龄津贴发放对象和标准") == [("乡民政办", "responsible")]
    result, tasks, _ = out
    # the caption and the second header row are no rows; the row's own points stay in it
    rows = [t for t in tasks.values() if t.kind == "row"]
    assert len(rows) == 2 and not any("标准目录" in t.text or "特定群体" in t.text for t in rows)
    assert not any(t.text.startswith(("1、", "2、", "我乡养老服务补贴")) for t in tasks.values())


def test_a_header_of_two_rows_run_into_one():
    names = ["公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
             "公开对象", "公开方式", "公开层级", "一级事项", "二级事项", "全社会", "特定群众", "主动",
             "依申请公开", "镇级", "村级"]
    assert _two_row_header(names, 13) == [
        "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
        "全社会", "特定群众", "主动", "依申请公开", "镇级", "村级"]
    # grades split the classifying column, not the unit column on the right
    assert _two_row_header(["信息类别", "公开内容", "责任单位", "一级", "二级"], 4) == [
        "一级", "二级", "公开内容", "责任单位"]
    # counts that allow no such reading
    assert _two_row_header(["工作任务", "责任单位", "完成时限"], 3) is None
    assert _two_row_header(["工作任务", "责任单位", "完成时限"], 1) is None


def test_a_catalogue_one_cell_a_line_with_a_two_row_header_and_glosses(write_doc):
    head = ["序號", "公開事項", "公開內(nèi)容", "公開依據(jù)", "公開時限", "公開主體", "公開方式",
            "一級事項", "二級事項", "主動", "依申請"]
    rows = [["1", "機構信息", "機構職能", "鄉(xiāng)鎮(zhèn)機構設置及職能。", "《條例》", "20個工作日內",
             "鄉(xiāng)人民政府", "√", ""],
            ["2", "財政信息", "財政預決算", "本鄉財政預算、決算報告。", "《條例》", "20個工作日內",
             "鄉財政所", "√", ""]]
    text = "(一)某鄉政務公開標準目錄\n" + "".join(c + " |\n" for c in head)
    for r in rows:
        text += "".join((c + " |\n") if c else "|\n" for c in r)
    out = read(write_doc, text)
    assert who(out, "機構設置及職能") == [("鄉(xiāng)人民政府", "responsible")]
    assert who(out, "財政預算、決算報告") == [("鄉財政所", "responsible")]


def test_central_bodies_written_without_their_prefix_are_named_in_full():
    from kg.resolve.naming import national_name
    assert national_name("发展和改革委员会") == "国家发展和改革委员会"
    assert national_name("统计局") == "国家统计局"
    assert national_name("气象局") == "中国气象局"
    for name in ("财政部", "海关总署", "中国人民银行", "国务院国资委", "中央网信办", "国家统计局",
                 "全国总工会", "省农垦总局"):
        assert national_name(name) == name


def test_one_central_body_however_a_national_document_writes_it(write_doc):
    out = read(write_doc, "国务院办公厅关于印发某分工方案的通知\n"
                          "（一）稳定物价。（国家发展改革委牵头）\n"
                          "（二）做好统计监测。（统计局、发展改革委负责）\n", name="national.txt")
    result = out[0]
    units = {a.raw.mention.text: a.unit for a in result.assignments if a.raw.via == "inline"}
    assert units["国家发展改革委"].unit_id == units["发展改革委"].unit_id
    assert units["发展改革委"].name == "国家发展和改革委员会"
    assert units["统计局"].name == "国家统计局"
    # a province's document keeps a 总局 of its own as written (no 国家 is made up for it)
    out = read(write_doc, "黑龙江省人民政府关于印发某方案的通知\n"
                          "（一）推进农业机械化。（省农委、农垦总局负责）\n", name="province.txt")
    names = {a.raw.mention.text: a.unit.name for a in out[0].assignments if a.raw.via == "inline"}
    assert not names["农垦总局"].startswith("国家")
