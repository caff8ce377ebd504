from kg.extract.documents import merge_copies, split_file
from kg.text import normalise
from kg.model import Line

GAZETTE = """某某市人民政府办公室

关于印发某某市老旧小区改造

实施方案的通知

某政办字〔2023〕5号

各县（市、区）人民政府，市政府有关部门：

根据《中华人民共和国城乡规划法》和《某某市物业管理办法》，现印发给你们。

某某市人民政府办公室

2023年2月3日

一、主要任务

1.摸清底数。（责任单位：市住建局）

某某市人民政府

关于开展普查的通知

某政字〔2023〕8号

各县（市、区）人民政府：

根据《国务院关于开展普查的通知》（国发〔2022〕22号），现就有关事项通知如下。

某某市人民政府

2023年3月1日
"""


def lines_of(text, name="g.txt"):
    return [Line(name, i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_split_reads_title_number_date_and_laws():
    docs = split_file(lines_of(GAZETTE), "某某市")
    assert len(docs) == 2
    a, b = docs
    assert a.title == "关于印发某某市老旧小区改造实施方案的通知"
    assert a.number == "某政办字〔2023〕5号"
    assert a.date == "2023-02-03"
    assert a.type == "通知"
    assert a.issuer == "某某市人民政府办公室"
    assert a.span.first_line == 1 and a.span.last_line < b.span.first_line
    # the city's own rule is a local rule, not a law
    assert a.laws == ("中华人民共和国城乡规划法",)
    assert b.cites == ("国发〔2022〕22号",)
    assert b.jurisdiction == "某某市"


def test_signature_is_not_a_document_start():
    docs = split_file(lines_of(GAZETTE), None)
    assert all(d.title.startswith("关于") for d in docs)


def test_repeated_report_is_one_document_with_copies():
    block = "过去四年 主要工作总结\n一是加快发展。\n二是改善民生。\n三是深化改革。\n"
    docs = merge_copies(split_file(lines_of(block * 3, "r.txt")))
    assert len(docs) == 1
    assert len(docs[0].copies) == 2
    assert docs[0].copies[0].first_line == 5


def test_title_continues_over_trial_suffix():
    text = "某某市人民政府办公室\n关于印发某某市管理办法\n（试行）的通知\n各县（市、区）人民政府：\n"
    d = split_file(lines_of(text))[0]
    assert d.title == "关于印发某某市管理办法（试行）的通知"


def test_one_line_title_with_its_number_in_brackets_after_page_chrome():
    text = ("网站首页\n打印本页\n某某市人民政府关于优化营商环境的实施意见（某政〔2019〕12号）\n"
            "各县（市、区）人民政府：\n一、总体要求\n")
    d = [d for d in split_file(lines_of(text)) if d.issuer][0]
    assert (d.issuer, d.title, d.number) == ("某某市人民政府", "关于优化营商环境的实施意见",
                                             "某政〔2019〕12号")


def test_excerpt_opening_at_its_number_reads_number_title_and_signature():
    # a mirror that glosses characters with pinyin (發(fā)), no title line before the addressees
    text = ("某政發(fā)〔2021〕3號\n各县市人民政府，州政府各部门：\n"
            "《某某州2021年工作计划》已经州人民政府同意，现印发给你们，请认真贯彻落实。\n"
            "某某州人民政府\n2021年3月2日\n某某州2021年工作计划\n一、主要任务\n")
    d = split_file(lines_of(text))[0]
    assert d.number == "某政發(fā)〔2021〕3號"
    assert d.title == "某某州2021年工作计划"            # not the 文号, addressees or signature
    assert (d.issuer, d.date) == ("某某州人民政府", "2021-03-02")


def test_a_pages_breadcrumb_and_byline_are_no_title(write_doc):
    from kg.pipeline import build
    result = build([write_doc("环保促进会   >   政策解读   >   热门话题\n\n"
                              "发表时间:2019-5-6 来源:环保促进会 作者:编辑部\n\n"
                              "大气污染防治重点任务\n\n"
                              "（一）淘汰落后产能。（工业和信息化部牵头）\n", "page.txt")])
    assert [d.title for d in result.documents] == ["大气污染防治重点任务"]


def test_portal_metadata_block_is_the_header_of_the_document_below_it():
    # an information-disclosure block (索引号 / 文件编号 / 成文日期 …, bulleted) printed above the
    # document: not a document of its own; its 文号 is the document's when the header has none
    text = ("  • 索 引 号:123456789/2022-00012\n  • 文件编号:某政办发〔2022〕9号\n"
            "  • 主题分类:综合政务\n  • 成文日期:2022-03-01\n  • 政策解读:\n"
            "某某区人民政府办公室关于印发2022年重点工作责任分解的通知\n"
            "各街道办事处，区政府各部门：\n一、主要目标\n1.地区生产总值增长6%。\n责任单位：区发改局\n")
    docs = split_file(lines_of(text))
    assert len(docs) == 1
    d = docs[0]
    assert (d.title, d.number, d.span.first_line) == (
        "关于印发2022年重点工作责任分解的通知", "某政办发〔2022〕9号", 1)


def test_lines_above_a_header_with_a_sentence_stay_a_document_of_their_own():
    # page furniture and metadata above a header (a pager link, 索引号) are the document's
    # header; a text with a sentence in it above the header is a document of its own
    text = ("索引号：123456789/2022-00012\n上一篇：关于做好防汛工作的通知\n"
            "某某区人民政府办公室关于印发2022年重点工作责任分解的通知\n各街道办事处：\n")
    docs = split_file(lines_of(text))
    assert len(docs) == 1 and docs[0].span.first_line == 1 and docs[0].number is None
    text = ("近日，区政府召开常务会议，研究部署重点工作。\n"
            "某某区人民政府办公室关于印发2022年重点工作责任分解的通知\n各街道办事处：\n")
    docs = split_file(lines_of(text))
    assert [d.span.first_line for d in docs] == [1, 2]


def test_page_furniture_above_a_header_is_no_document():
    # a breadcrumb, a site's name, its switches, the 红头 (X人民政府文件) and the 文号 above
    # the header: no sentence, so no document of their own; the 文号 is the document's
    for top, number in (("当前位置:某某县人民政府 > 县政办文 > 文章详情\n", None),
                        ("法搜网--中国法律信息搜索网\n", None),
                        ("网站无障碍 适老版\n首页 > 政府信息公开 > 年报\n", None),
                        ("某某市某某区人民政府文件\n某立政发〔2023〕2号\n", "某立政发〔2023〕2号")):
        text = (top + "\n某某县人民政府办公室关于成立政务公开工作领导小组的通知\n\n"
                "各乡镇人民政府，县人民政府有关部门：\n为全面推进政务公开工作，县政府决定成立领导小组。\n")
        docs = split_file(lines_of(text))
        assert [(d.span.first_line, d.title, d.number) for d in docs] == [
            (1, "关于成立政务公开工作领导小组的通知", number)], top


def test_a_pages_heading_repeating_the_header_below_it_is_no_document():
    # the portal's title line (a one-line header), its byline, then the document's own issuer
    # and title: one document, from the portal's line
    text = ("某某市河长制办公室关于印发《某某市全面推行河长制主要任务分解方案》的通知\n\n"
            "发布日期:2018-07-09     浏览次数:\n\n某某市河长制办公室\n"
            "关于印发《某某市全面推行河长制主要任务分解方案》的通知\n"
            "各县（市、区）河长制办公室：\n现将方案印发给你们，请认真贯彻落实。\n")
    docs = split_file(lines_of(text))
    assert [(d.span.first_line, d.issuer) for d in docs] == [(1, "某某市河长制办公室")]
    # a header with a table of its own (no sentence) before the next is a document too
    for table in ("\t推进老旧小区改造\n\t市住建局\n", "推进老旧小区改造 | 市住建局 |\n",
                  "1.推进老旧小区改造\n"):
        text = ("某某市人民政府办公室关于印发城市更新任务清单的通知\n" + table +
                "某某市人民政府办公室关于印发河湖管理任务清单的通知\n各县（市、区）人民政府：\n")
        assert len(split_file(lines_of(text))) == 2, table
    # a header with a sentence of its own before the next is a document
    text = ("某某市人民政府关于控制扬尘污染的通告\n某某市人民政府\n某府令第121号\n"
            "《某某市人民政府关于控制扬尘污染的通告》已经市政府常务会议通过，现予公布。\n"
            "某某市人民政府关于控制扬尘污染的通告\n一、本市主城区内禁止新建采石场。\n")
    assert len(split_file(lines_of(text))) == 2


def test_an_untitled_excerpt_takes_a_title_shaped_line_never_a_site_name_or_outline_item():
    # a site's name or an outline item (一、分工原则) is no title; a line that ends with a
    # document's kind word (…工作方案, …任务分解, …任务清单) or a 关于… phrase spread over
    # lines (省人民政府关于 / 进一步优化营商环境的若干意见) is
    for text, title in (
            ("法搜网--中国法律信息搜索网\n某某省政府关于落实发展规划纲要主要目标和任务的分工意见\n"
             "  二、责任主体及工作分工\n  1.完成耕地保有量指标。(省国土资源厅牵头)\n",
             "某某省政府关于落实发展规划纲要主要目标和任务的分工意见"),
            ("(二OO八年二月二十六日)\n某府办〔2008〕18号\n各镇人民政府，各街道办事处：\n"
             "根据区委全会精神，现将任务分解如下。\n特此通知\n2008年政府工作目标任务分解\n"
             "一、经济发展\n1.地区生产总值增长10%。（区发改委）\n", "2008年政府工作目标任务分解"),
            ("省人民政府關于\n進一步優化營商環境的若干意見\n某政發〔2018〕26號\n"
             "一、總體要求\n", "省人民政府關于進一步優化營商環境的若干意見"),
            ("当前位置首页\n2021年全县乡村振兴工作重点任务清单\n一、产业振兴\n", "2021年全县乡村振兴工作重点任务清单"),
            ("《政府工作报告》重点工作部门分工的意见-某某省人民政府门户网站\n一、经济\n",
             "《政府工作报告》重点工作部门分工的意见")):
        docs = split_file(lines_of(text))
        assert [d.title for d in docs] == [title], text
    # an excerpt opening at a numbered part's full title (a township's catalogue) keeps it,
    # which tells whose document it is; a numbered section's heading is no title
    text = "（二）某屯镇政府文件信息领域基层政务公开标准目录\n序号 | 公开事项 | 公开内容 |\n"
    assert [d.title for d in split_file(lines_of(text))] == ["（二）某屯镇政府文件信息领域基层政务公开标准目录"]
    text = "一、工作要点\n（一）推进改革。（责任单位：区发改局）\n"
    assert [d.title for d in split_file(lines_of(text, "dir/m.txt"))] == ["m.txt（无标题）"]
    # no title line: the first sentence, cut; never an outline item, 文号 or addressees
    text = ("某政〔2020〕20号\n各县（市、区）人民政府：\n现将重点工作分解如下，请认真落实。\n"
            "一、抓好疫情防控\n1.落实防控措施。（责任单位：市卫健委）\n")
    assert [d.title for d in split_file(lines_of(text))] == ["现将重点工作分解如下，请认真落实。"]
    text = "一、分工原则\n（一）明确职责。\n二、工作分工\n1.推进改革。（市发改委牵头）\n"
    assert [d.title for d in split_file(lines_of(text, "dir/v.txt"))] == ["v.txt（无标题）"]


def test_a_metadata_block_under_a_home_link_and_breadcrumb_is_still_the_header():
    # the page's home link on its own line, then a breadcrumb that starts with its separator:
    # page furniture, not a document of its own (before, lines 1-5 were one)
    text = ("首页\n>信息公开>政策>规范性文件>市政府办公室文件\n"
            "索引号: 123456789/2021-00031 主题分类: 民政\n发文日期: 2021-05-10 公开方式: 主动公开\n"
            "文号: 某政办规〔2021〕3号\n\n"
            "某某市人民政府办公室关于加强社区食堂建设的实施意见\n某政办规〔2021〕3号\n"
            "各区、县（市）人民政府：\n（一）建设社区食堂。（牵头部门：市民政局；责任单位：各区政府）\n")
    docs = split_file(lines_of(text))
    assert len(docs) == 1
    assert (docs[0].title, docs[0].number, docs[0].span.first_line) == (
        "关于加强社区食堂建设的实施意见", "某政办规〔2021〕3号", 1)
    # the excerpt ends before the signature: the block's 发文日期 dates the document
    assert docs[0].date == "2021-05-10"


def test_an_untitled_page_takes_no_metadata_field_or_publication_remark_as_its_title():
    # no header is found (the page's own title line is long and noisy); its metadata bullets
    # and the (此件公开发布) remark under the signature are not titles, its 发文序号 is the 文号
    text = ("• 索引号:11N000/ZK-2024-000003\n  • 发文单位:区政府办\n"
            "  • 发文序号:某兴政办发〔2024〕2 号\n  • 成文日期:2024年2月1日\n\n"
            "各镇人民政府，各街道办事处：\n现将分工方案印发给你们，请认真贯彻落实。\n"
            "某某区人民政府办公室\n2024年2月1日\n（此件公开发布）\n"
            "2024年区政府工作报告重点工作分工方案\n1.地区生产总值增长5%。\n主要责任单位：区发展改革委\n")
    docs = split_file(lines_of(text))
    assert len(docs) == 1
    assert (docs[0].title, docs[0].number) == ("2024年区政府工作报告重点工作分工方案",
                                               "某兴政办发〔2024〕2号")


def test_a_text_opening_with_a_table_has_its_file_name_as_title_never_a_column_name():
    # an excerpt of a table alone, in the layouts the mirrors give: one column name a line
    # (maybe between | lines), a row of cells, names split by spaces, a record's fields
    for k, table in enumerate((
            "牵头单位\n| 目 标 任 务\n| 责 任 单 位\n|\n市政府办公厅\n| 强化行政监督\n| 市直各单位\n|\n",
            "工作任务\n|\n具体要求\n|\n责任科室\n|\n强化文件公开\n|\n全面清理规范性文件\n|\n办公室\n|\n",
            "工作任务 | 具体要求 | 责任部门 |\n一、做好财政信息公开。 | 1.推进预算公开。 | 财务科 |\n",
            "序号 类别 主要任务 牵头单位\n1 水资源 严守红线 市水利局\n",
            "具体任务\n全面落实疫情防控措施，守好疫情防线。\n责任单位\n县卫健局\n")):
        docs = split_file(lines_of(table, f"dir/t{k}.txt"))
        assert [d.title for d in docs] == [f"t{k}.txt（无标题）"], table
    # a title line above the table is the title; a title that merely ends with a column word
    # (…重点项目, 民生实事) is no column name
    for title in ("2023年重点工作任务分解表", "2024年民生实事项目", "重点项目"):
        docs = split_file(lines_of(f"{title}\n\n序号 | 任务 | 责任单位 |\n1 | 推进改造 | 市住建局 |\n"))
        assert [d.title for d in docs] == [title]


def test_a_link_to_the_next_article_or_a_table_rule_is_no_title():
    # an untitled 公示 whose only short lines are the page's table rules (|), its signature, its
    # date and the link to the next article: the first line of text stands for the title
    text = ("|\n根据上级文件要求，现将某乡2019年项目安排公示如下：\n"
            "1.某村道路硬化项目50万元。\n以上项目由某乡人民政府组织实施。\n"
            "某某县民族宗教事务局\n2019年12月1日\n|\n上一条：关于2019年度\n")
    docs = split_file(lines_of(text))
    assert [d.title for d in docs] == ["根据上级文件要求，现将某乡2019年项目安排公示如下："]
    text = "上一篇：关于某某工作的通知\n下一篇：某某工作动态\n某乡开展人居环境整治\n"
    assert [d.title for d in split_file(lines_of(text))] == ["某乡开展人居环境整治"]


def test_a_signature_written_with_pinyin_glosses_names_the_issuer():
    # a mirror's glosses inside the signature (事務(wù)局) do not hide it: the issuer is read
    # without them, and the date under it is the signature's
    text = ("根據上級文件要求，現將某鄉2019年項目安排公示如下：\n"
            "1.某村道路硬化項目50萬元。\n"
            "某某縣民族宗教事務(wù)局\n2019年12月1日\n")
    docs = split_file(lines_of(text))
    assert [(d.issuer, d.date) for d in docs] == [("某某县民族宗教事务局", "2019-12-01")]


def test_a_metadata_block_laid_out_with_spaces_and_no_colons_is_no_title():
    # a portal's disclosure fields pasted as a table with spaces, names letter-spaced and no
    # colon: none of its lines is the title; the page's own title line below it is
    text = ("索 引 号  11370000/jtj/2021-0000042  发布机构  某某市交通运输局\n"
            " 存放位置   公开日期  2021-06-30\n 文  号   公开方式  主动公开\n"
            " 信息名称  2021年政府工作报告责任分工-市交通运输局\n\n"
            "2021年政府工作报告责任分工-市交通运输局\n\n"
            "12.推进国省道改造。\n\n牵头单位:市交通运输局\n")
    docs = split_file(lines_of(text))
    assert len(docs) == 1
    assert docs[0].title == "2021年政府工作报告责任分工-市交通运输局"


def test_the_number_printed_above_issuer_and_title_is_the_documents_own():
    # 文号 / issuer / 关于…的通知: the 文号 line is not a document of its own
    text = ("某政发〔2023〕5号\n某某县人民政府\n关于印发某某县2023年民生实事项目的通知\n"
            "各镇人民政府，县政府各工作部门：\n现将项目清单印发给你们，请认真组织实施。\n"
            "某某县人民政府\n2023年3月1日\n")
    docs = split_file(lines_of(text))
    assert len(docs) == 1
    assert (docs[0].number, docs[0].issuer, docs[0].date) == (
        "某政发〔2023〕5号", "某某县人民政府", "2023-03-01")
    assert docs[0].title.endswith("民生实事项目的通知")


def test_a_year_typed_with_the_white_circle_for_zero_is_a_signature_date():
    # 二○○九年 (○, U+25CB, for 〇) is a common way of typing a year in Chinese numerals: the
    # line is the signature's date and the line above it the issuer
    text = ("关于印发某某工作要点的通知\n各区人民政府，市政府各部门：\n现将要点印发给你们，请抓好落实。\n"
            "某某市人民政府办公厅\n二○○九年三月五日\n"
            "一、加快建设物流园区。（牵头单位：市交委；配合单位：市商务局）\n")
    docs = split_file(lines_of(text))
    assert [(d.issuer, d.date) for d in docs] == [("某某市人民政府办公厅", "2009-03-05")]


def test_a_title_carrying_its_issuer_broken_over_lines_is_read_whole():
    # the page prints the title in two (or three) lines, then the 文号 and the addressees
    text = ("某某省人民政府办公厅关于加快发展\n体育竞赛表演产业的指导意见\n某政办发〔2018〕21号\n"
            "各市、县人民政府，省政府各部门：\n一、总体要求\n")
    d = split_file(lines_of(text))[0]
    assert (d.issuer, d.title, d.number, d.type) == (
        "某某省人民政府办公厅", "关于加快发展体育竞赛表演产业的指导意见", "某政办发〔2018〕21号", "指导意见")
    text = ("某某市人民政府关于对真抓实干\n成效明显地方进一步加大\n激励支持力度的通知\n"
            "各县（市、区）人民政府：\n一、对……\n")
    d = split_file(lines_of(text))[0]
    assert (d.issuer, d.title) == ("某某市人民政府", "关于对真抓实干成效明显地方进一步加大激励支持力度的通知")


def test_a_portal_title_line_above_the_header_broken_after_guanyu():
    # the page's title line (issuer, title, the portal's name after a dash), the title again,
    # the portal's byline, then the document's own header with 关于 ending its first line
    text = ("某某省人民政府关于落实重点工作部门分工的意见-某某省人民政府门户网站\n\n"
            "某某省人民政府关于落实重点工作部门分工的意见\n\n"
            "某某省人民政府门户网站 www.example.gov.cn 发布时间: 2019-02-20 11:02\n\n"
            "某某省人民政府关于\n\n落实重点工作部门分工的意见\n\n某政发〔2019〕1号\n\n"
            "省直有关单位:\n\n  一、主要预期目标\n")
    docs = split_file(lines_of(text))
    assert [(d.issuer, d.title, d.number, d.type) for d in docs] == [(
        "某某省人民政府", "关于落实重点工作部门分工的意见", "某政发〔2019〕1号", "意见")]


def test_the_state_council_is_an_issuer_in_a_title_and_a_signature():
    text = ("国务院关于促进综合保税区\n高水平开放高质量发展的若干意见\n国发〔2019〕3号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n一、指导思想\n"
            "国务院\n2019年1月12日\n")
    d = split_file(lines_of(text))[0]
    assert (d.issuer, d.title, d.number, d.date) == (
        "国务院", "关于促进综合保税区高水平开放高质量发展的若干意见", "国发〔2019〕3号", "2019-01-12")


def test_a_sentence_opening_with_an_issuer_is_no_title_without_a_number_or_addressees_after():
    text = ("某某市人民政府关于加快发展\n体育产业作出部署的意见\n已于近日印发，全文如下。\n")
    assert all(d.issuer is None for d in split_file(lines_of(text)))


def test_a_pages_title_line_above_the_documents_own_header_is_one_document():
    text = ("首页 > 政务公开 > 通知公告\n某某省人民政府关于印发2021年重点任务分工方案的通知\n"
            "时间 : 2021-05-14 来源 : 本网\n某某省人民政府关于印发2021年\n重点任务分工方案的通知\n"
            "某府〔2021〕22号\n各市人民政府，省政府各部门：\n一、主要任务\n某某省人民政府\n2021年3月21日\n")
    docs = [d for d in split_file(lines_of(text)) if d.issuer]
    assert len(docs) == 1
    d = docs[0]
    assert (d.issuer, d.title, d.number, d.date) == (
        "某某省人民政府", "关于印发2021年重点任务分工方案的通知", "某府〔2021〕22号", "2021-03-21")
    # the breadcrumb above the page's title line is page furniture: the first document's too
    assert d.span.first_line == 1


def test_a_year_typed_with_ascii_zeros_or_letter_o_is_a_signature_date():
    # 二00四年四月二十四日 (ASCII zeros among the Chinese numerals, a 2004 page), 二OO九年
    for year, iso in (("二00四", "2004"), ("二OO九", "2009")):
        text = f"某某市人民政府办公厅关于印发重点工作分解的通知\n各区：\n现印发给你们。\n某某市人民政府办公厅\n{year}年四月二十四日\n"
        docs = split_file(lines_of(text))
        assert [(d.issuer, d.date) for d in docs] == [("某某市人民政府办公厅", f"{iso}-04-24")]


def test_a_signature_inside_a_joined_line_dates_the_document():
    # a page whose lines were joined into one: issuer and date between spaces mid-line
    text = ("关于印发2004年重点工作分解的通知\n"
            "各区： 现印发给你们，请认真贯彻落实。 某某市人民政府办公厅 二00四年四月二十四日 "
            "2004年重点工作分解 1.生产总值增长12%。(市计委)\n")
    assert [d.date for d in split_file(lines_of(text))] == ["2004-04-24"]
    # a date inside a sentence is no signature
    text = "关于印发重点工作分解的通知\n各区：市政府办公厅于2004年4月24日召开会议。\n"
    assert [d.date for d in split_file(lines_of(text))] == [None]


def test_the_page_date_at_the_top_dates_a_document_without_its_own():
    # the page's fields above the title or beside it (发布日期, 发布时间 after 发布机构, a bare
    # 时间 field): the date the page put the document online, read when it gives none
    for field in ("  • 发布日期:2022-12-14", "发布机构: 某某乡人民政府 发布时间: 2022-12-14 字体: [ ]",
                  "时间:2022-12-14 来源:政府办"):
        text = f"{field}\n2022年度民生实事项目进度表\n一、城乡建设\n1.新建道路3条。（牵头单位：区住建局）\n"
        assert [d.date for d in split_file(lines_of(text))] == ["2022-12-14"], field
    # the document's own date wins: its 成文日期 (here as a table pasted with spaces) or signature
    text = ("成文日期 2021-04-20 废止日期\n发布日期:2021-04-22 14:54 信息来源:某某县农业农村局\n"
            "某某县2021年重点工作任务分解\n一、主要任务\n1.新建高标准农田。（责任单位：县农业农村局）\n")
    assert [d.date for d in split_file(lines_of(text))] == ["2021-04-20"]
    # a page date below the document's first sentence is another page's (a related article)
    text = ("2022年度民生实事项目进度表\n一、城乡建设\n1.新建道路3条，改造小区5个。（牵头单位：区住建局）\n"
            "相关阅读\n发布日期:2022-12-14\n")
    assert [d.date for d in split_file(lines_of(text))] == [None]


def test_a_meeting_time_field_is_no_page_date():
    # 时间：2024年3月1日 under the addressees is the meeting's, written in 年月日; a portal's bare
    # 时间 field gives figures (时间：2025-09-19)
    text = "关于召开防汛工作会议的通知\n各乡镇：\n时间：2024年3月1日\n地点：县政府三楼会议室\n"
    assert [d.date for d in split_file(lines_of(text))] == [None]


def test_a_pages_piped_byline_of_issuer_and_date_is_no_column_names():
    """某某市委员会| 2017-05-31 above the title: a page's byline, no table's first row (whose
    column names would leave the text untitled)."""
    text = "中国人民政治协商会议某某市委员会| 2017-05-31\n某某工作方案\n\n为做好某某工作，制定本方案。\n"
    assert [d.title for d in split_file(lines_of(text))] == ["某某工作方案"]
    # two cells that are column names, or a date between them, still open a table
    for table in ("工作任务 | 责任单位\n推进改造 | 市住建局\n", "2017-05-31 | 市住建局\n推进改造 | 市住建局\n"):
        assert [d.title for d in split_file(lines_of(table, "dir/t.txt"))] == ["t.txt（无标题）"]


def test_a_metadata_block_set_as_pipe_rows_gives_its_name_field_as_title():
    # a portal's 信息公开 block pasted as | rows (spaced labels, empty cells) above a body with
    # no title line: the rows are no table's column names, the 名称 cell is the title
    text = ("索 引 号: | ABC012/2021-000007 | 信息分类: | |\n"
            "发布机构: | 发文日期: | 2021-04-21 | |\n"
            "文 号: | 是否有效: | 是 | |\n"
            "名 称: | 2021年某某州全面实施河湖长制工作要点 |\n"
            "2021年，重点抓好以下工作：\n"
            "一、强化河湖长履职尽责。（各县市政府负责）\n")
    docs = split_file(lines_of(text))
    assert [(d.title, d.date) for d in docs] == [("2021年某某州全面实施河湖长制工作要点", "2021-04-21")]
    # the same block without a 名称 row leaves the page untitled by a line of its own
    text = ("索 引 号: | ABC012/2021-000007 | 信息分类: | |\n"
            "发布机构: | 发文日期: | 2021-04-21 | |\n"
            "一、强化河湖长履职尽责。（各县市政府负责）\n")
    assert [d.title for d in split_file(lines_of(text, "dir/n.txt"))] == ["n.txt（无标题）"]


def test_a_red_masthead_ending_in_wenjian_names_the_issuer_above_its_number_and_title():
    # 红头: 中共某镇委员会文件 / 文号 / 关于…的 / 通 知 (a township's notice): the masthead is the
    # issuer, so the document is placed where its issuer is, not by a 国务院 its body cites
    text = ("中共某某县某某镇委员会文件\n某委〔2011〕63 号\n关于实行领导接待群众来访制度的\n通 知\n"
            "各村、企事业单位:\n根据国务院《信访条例》,现将有关事项通知如下:\n一、每周一为接访日。\n")
    docs = split_file(lines_of(text), None)
    assert len(docs) == 1
    d = docs[0]
    assert d.issuer == "中共某某县某某镇委员会"
    assert d.title == "关于实行领导接待群众来访制度的通知"
    assert d.number == "某委〔2011〕63号"
    # a masthead with no 文号 under it is not taken for a header line by itself
    plain = split_file(lines_of("某某市人民政府文件\n关于某事的通知\n正文。\n"), None)
    assert len(plain) == 1


def test_a_page_title_printed_twice_is_one_title_not_a_repeated_text():
    # a portal prints the plan's title, then the plan repeats it above its outline: one document
    # titled by it (a text repeating itself, block after block, is still split into copies)
    text = ("某某区某某镇2023年突发事件总体应急预案(暂行)\n\n"
            "某某区某某镇2023年突发事件总体应急预案(暂行)\n1总则\n1.1制定目的\n"
            "规范应对突发事件行为，最大程度地预防和减少突发事件造成的损害。\n1.2制定依据\n"
            "根据有关法律、法规，制定本预案。\n")
    docs = split_file(lines_of(text))
    assert [(d.span.first_line, d.title) for d in docs] == [
        (1, "某某区某某镇2023年突发事件总体应急预案(暂行)")]


def test_content_key_is_the_hash_of_the_compact_non_blank_lines():
    """_content_key hashes the whole key text in one piece (forty-first round): the SHA-1 of each
    non-blank line's compact text followed by a line break, as it was hashed line by line, so the
    ids of untitled documents and the reprints found stay what they were."""
    import hashlib
    from kg.extract.documents import _content_key
    from kg.model import Line
    from kg.text import compact, normalise
    texts = ["一、总体要求", "", "  （一）市财政局 负责资金保障。", "\u3000", "責任單位：市發改委", "\t序号\t任务"]
    lines = [Line("k.txt", n, t, normalise(t)) for n, t in enumerate(texts, 1)]
    h = hashlib.sha1()
    for ln in lines:
        if ln.norm.strip():
            h.update(compact(ln.norm).encode("utf-8"))
            h.update(b"\n")
    assert _content_key(lines) == h.hexdigest()
    assert _content_key(lines) == "340ae7d0e142c564ccbf9e4eba8732fe22f336cf"     # (as before the round)
    assert _content_key([]) == hashlib.sha1(b"").hexdigest()


def test_a_document_sites_reading_prompt_is_no_title():
    # a paper site's prompts above an abstract (论文部分内容阅读, 下载到本地 , 更方便阅读) are its
    # furniture: the title is none rather than the prompt (places pl143, pl154)
    text = ("论文部分内容阅读\n各行政公署，各市人民政府，省政府各有关直属单位：为加快我省煤炭工业结构调整，"
            "现将有关问题通知如下：一、从1998年10月1日起，将煤矿下放给鸡西市管理。")
    docs = split_file(lines_of(text))
    assert all("阅读" not in (d.title or "") for d in docs)
    text = ("来源 :山东政报 | 被引量 : 0次\n下载到本地 , 更方便阅读\n"
            "（一）按照本省情况，「专署」与「乡」政府应遵照规定执行，特电知照。")
    docs = split_file(lines_of(text))
    assert all("阅读" not in (d.title or "") for d in docs)


class _Refusing:
    """A pattern that fails the test when searched (the gates below must spare it)."""

    def search(self, *_a, **_k):
        raise AssertionError("searched a line with no white space")


def test_inline_signature_searched_only_in_lines_with_white_space(monkeypatch):
    """A signature inside a line (issuer, white space, date) is looked for only in lines with
    white space: without it INLINE_SIGNATURE_RE cannot match (docs/SCALE.md, forty-third round)."""
    import kg.extract.documents as docs_mod
    text = "关于开展普查的通知\n各县（市、区）人民政府：\n现就有关事项通知如下。\n一、工作任务\n开展普查工作。"
    monkeypatch.setattr(docs_mod, "INLINE_SIGNATURE_RE", _Refusing())
    assert split_file(lines_of(text))[0].date is None


def test_inline_signature_needs_white_space():
    """What the gate assumes: every match of INLINE_SIGNATURE_RE holds white space, on lines
    with a signature inside them and on their variants with every space taken out."""
    import kg.extract.documents as docs_mod
    lines = ["…进行督促检查。 宁波市人民政府办公厅 二00四年四月二十四日 2004年《…》",
             "某某市人民政府 2023年2月3日", "某某市人民政府办公室　2023年2月3日", "国务院 2020年1月2日"]
    for t in lines:
        assert docs_mod.INLINE_SIGNATURE_RE.search(normalise(t)), t
        bare = "".join(t.split())
        assert docs_mod.INLINE_SIGNATURE_RE.search(normalise(bare)) is None, bare
        assert docs_mod._WHITE_RE.search(normalise(t))
