"""Conventions seen in the held-out set "ab" (a city's 十大实事 task list as a newspaper printed
it, a city's 2013 and 2011 breakdowns of their 政府工作报告, from the ``pages`` corpus), each as
a short synthetic fixture with variants not in the collected files: unnumbered task lines under
no item, each followed by its own labelled lines (``主管领导：`` a person, ``责任单位：``,
``主要责任人：`` a person, ``进度安排：`` milestones), and a mirror's pinyin glosses inside those
labels (``責(zé)任單位：``)."""
from kg.extract.annotations import is_standalone_annotation
from kg.text import normalise

from test_conventions import read, who

NEWS_LIST = ("今年市政府公布了十件实事的任务分解表,还公布了主管领导和责任单位。\n"
             "关键词 住房\n"
             "新开工保障性住房5000套。\n"
             "主管领导:张强\n"
             "责任单位:市住建局\n"
             "主要责任人:李明\n"
             "进度安排:6月底前开工2000套;12月底前全部开工。\n"
             "新建城市公园3个。\n"
             "主管领导:王刚\n"
             "责任单位:市园林局、市财政局\n"
             "主要责任人:赵亮\n"
             "进度安排:9月底前完工。\n")


def test_unnumbered_task_lines_each_followed_by_labelled_lines(write_doc):
    out = read(write_doc, NEWS_LIST)
    assert who(out, "新开工保障性住房5000套") == [("市住建局", "responsible")]
    assert who(out, "新建城市公园3个") == [("市园林局", "responsible"), ("市财政局", "responsible")]


def test_the_person_and_schedule_lines_stay_with_the_task_above(write_doc):
    # 主要责任人 and 进度安排 of the first task are fields of it, not the text of the next one;
    # the persons are no units
    _, tasks, got = read(write_doc, NEWS_LIST)
    park = [t for t in tasks.values() if t.text.startswith("新建城市公园3个")]
    assert len(park) == 1 and "主要责任人" not in park[0].text and "进度安排" not in park[0].text
    mentions = {m for units in got.values() for m, _ in units}
    assert not mentions & {"张强", "李明", "王刚", "赵亮"}


def test_pinyin_glosses_inside_the_labels_of_a_mirror(write_doc):
    out = read(write_doc,
               "關(guān)鍵詞 教育\n"
               "市區(qū)新增中小學(xué)學(xué)位2萬(wàn)個(gè)。\n"
               "主管領(lǐng)導(dǎo):劉東\n"
               "責(zé)任單位:市教育局\n"
               "主要責(zé)任人:毛杰\n"
               "新建幼兒園20所。\n"
               "責(zé)任單位:市教育局、市住建局\n")
    assert who(out, "新增中小學") == [("市教育局", "responsible")]
    assert who(out, "新建幼兒園20所") == [("市教育局", "responsible"), ("市住建局", "responsible")]


def test_lines_wholly_a_field_of_the_task_above():
    for line in ("主要责任人:毛杰", "責(zé)任單位:市教育局", "主管領(lǐng)導(dǎo):劉東",
                 "进度安排:6月底前基本完成;12月底前全部落实。"):
        assert is_standalone_annotation(normalise(line)), line
    # a labelled line that names the task itself is no field of another
    assert not is_standalone_annotation(normalise("主要任务:加快发展现代农业"))


def test_a_page_metadata_field_before_a_source_line_is_no_task(write_doc):
    # 发布时间：… is followed by 信息来源：X, a labelled line too: the page's metadata, so X is
    # no unit of a task
    _, _, got = read(write_doc,
                     "关于印发2021年乡村振兴任务清单的通知\n"
                     "发布时间:2021-12-21 14:34\n"
                     "信息来源:县农业农村局\n"
                     "1.建设高标准农田1万亩。(县农业农村局牵头,各乡镇配合)\n")
    assert sorted(u for units in got.values() for u in units) == [
        ("县农业农村局", "lead"), ("各乡镇", "support")]


def test_a_labelled_number_line_above_a_headerless_excerpt(write_doc):
    result, _, _ = read(write_doc,
                        "发布文号: 锡政发[2011]21号\n"
                        "各市(县)和各区人民政府,市各委、办、局:\n"
                        "现将《市政府2011年重点工作分解落实方案》印发给你们。\n"
                        "1、地区生产总值增长11.5%。\n"
                        "(市发改委、财政局,无锡国税局)\n")
    doc, = result.documents
    assert doc.number == "锡政发〔2011〕21号"          # (brackets as normalised)
    # 锡 is the second character of the city the text names (无锡), not the first of one of its
    # districts (锡山区)
    assert doc.jurisdiction == "无锡市"


def test_the_number_cell_of_a_piped_metadata_row(write_doc):
    result, _, _ = read(write_doc,
                        "文号 | 某政办〔2013〕11号 | 索引号 | 005452065/2013-00024 | 关键词 | |\n"
                        "主题分类 | 政府办文件 | 体裁分类 | 服务对象 |\n"
                        "各县(市、区)人民政府,市人民政府各部门:\n"
                        "现将重点工作任务分解如下:\n"
                        "1.加大帮扶力度。\n"
                        "牵头单位:市工业和信息化局\n")
    assert [d.number for d in result.documents] == ["某政办〔2013〕11号"]


def test_a_mayor_s_report_at_the_congress_is_no_adoption_by_it(write_doc):
    # …市长在市九届人大六次会议上所作的《政府工作报告》…会议研究通过: the report was given at the
    # congress, the breakdown adopted by the government's meeting: no place 张三市长在市
    result, _, _ = read(write_doc,
                        "各县(市、区)人民政府,市人民政府各部门:\n"
                        "张三市长在市九届人大六次会议上所作的《政府工作报告》中,提出了2013年市政府要做好的"
                        "8项重点工作,已经2013年2月25日市政府第57次常务(扩大)会议研究通过。\n"
                        "1.加大帮扶力度。\n"
                        "牵头单位:市工业和信息化局\n")
    doc, = result.documents
    assert not (doc.jurisdiction or "").startswith("张三")
