"""Conventions seen in the held-out set "ag" (a district's 民生实事 progress table, 完成情况表,
pasted one row a line with single spaces between cells; from the ``pages`` corpus), each as a
short synthetic fixture with variants not in the collected file: a header line whose column
names carry a reporting period and a percent sign (``1- 8月实际完成情况``, ``完成率%``) or qualify
the project column (``市重点民生实事项目名称``), projects with sub-rows that write their own unit
cell, a target cell that is a figure and a measure word (``2所``), bureaus of culture and press
(``文体新局``) and a people's organisation written by its short name alone (``残联``)."""
from kg.extract import unitnames
from kg.extract.annotations import parse_annotation
from kg.extract.assignments import _split_glued_outline
from kg.extract.documents import Line
from kg.text import normalise
from kg.extract.outline import _space_header_word

from test_conventions import read, who

# rows short of 40 columns, so that the lines are not taken for a text hard-wrapped at one width
TABLE = ("某区2019年1-6月重点民生实事完成情况表\n"
         "序号 市重点民生实事项目名称 责任单位 目标任务 1- 6月实际完成情况 1-6月实际完成率% 备注\n"
         "1 新建社区卫生站 卫健局 3个 2 67%\n"
         "2 扩建中心幼儿园 教育局 2所 50% 主体完工\n"
         "3 提高救助水平 特困人员供养 区民政局 120人 98 82%\n"
         "发放两项补贴 区残联 3000人 2800 93%\n"
         "临时救助 区民政局 100% 100%\n"
         "4 送戏下乡 区文广新局 40场 31 78%\n"
         "5 残疾人康复 残联 50人 50 100%\n")


def test_a_progress_table_header_with_a_period_and_a_percent_sign_is_read(write_doc):
    out = read(write_doc, TABLE)
    # the project column (qualified 项目名称) is the task, not the 目标任务 figure beside it
    assert who(out, "新建社区卫生站") == [("卫健局", "responsible")]
    # a figure and a measure word (2所) in the target cell is no unit
    assert who(out, "扩建中心幼儿园") == [("教育局", "responsible")]


def test_sub_rows_writing_their_own_unit_cell_are_tasks_of_their_own(write_doc):
    out = read(write_doc, TABLE)
    assert who(out, "特困人员供养") == [("区民政局", "responsible")]
    assert who(out, "发放两项补贴") == [("区残联", "responsible")]
    assert who(out, "临时救助") == [("区民政局", "responsible")]


def test_culture_bureaus_and_short_named_organisations_are_units(write_doc):
    out = read(write_doc, TABLE)
    assert who(out, "送戏下乡") == [("区文广新局", "responsible")]
    assert who(out, "残疾人康复") == [("残联", "responsible")]


def test_unit_names_of_the_set():
    for name in ("区文体新局", "县文广新局", "县文体广新局", "残联", "妇联", "县残联"):
        assert unitnames.is_unit_name(name), name
    # 新局 as a new situation, a bare 工会 or 局, a figure with a measure word: no names
    for name in ("开创新局", "工会", "局", "2所", "3个"):
        assert not unitnames.is_unit_name(name), name


def test_space_header_words():
    assert _space_header_word("1-8月实际完成情况")
    assert _space_header_word("1-8月实际完成率%")
    assert _space_header_word("省重点民生实事项目名称")
    assert not _space_header_word("加强农村饮水安全工作")


# ag02's 整改措施清单 as a page that lost its line breaks: the title, the first heading and the first
# problem run together, and each field label runs into the value before it
RUN_TOGETHER = (
    "某州环境保护督察反馈意见问题整改措施清单一、认识不深（一）部分干部对环境质量盲目乐观，没有危机感，"
    "重发展、轻保护。整改目标：树立绿色发展理念。责任单位：州委办公室、州生态环境局，各县市党委和政府"
    "责任人：州委办公室主要负责人整改时限：立行立改，长期坚持整改措施：筑牢绿色发展理念。"
    "（二）部分地方污水处理设施运行不正常，管网配套滞后。责任单位：州住建局、各县市人民政府责任领导："
    "州住建局局长整改时限：2019年底前。\n"
    "二、落实不力\n")


def test_an_outline_run_into_the_title_is_cut_at_its_first_heading_and_items(write_doc):
    out = read(write_doc, RUN_TOGETHER)
    assert who(out, "部分干部对环境质量盲目乐观") == [
        ("州委办公室", "responsible"), ("州生态环境局", "responsible"),
        ("各县市党委", "responsible"), ("政府", "responsible")]
    # the second problem, after a sentence's end, is an item of its own
    assert who(out, "部分地方污水处理设施运行不正常") == [
        ("州住建局", "responsible"), ("各县市人民政府", "responsible")]


def test_a_heading_word_with_a_pause_mark_in_running_text_cuts_nothing():
    # 统一、规范 is no heading (no （一） follows it); an item marker alone mid-line cuts nothing
    for text in ("为进一步统一、规范全县市场秩序，推动市场主体健康发展，根据有关规定，现就有关事项通知如下，"
                 "请各乡镇、各部门认真贯彻执行，确保各项工作落到实处，取得实效。（责任单位：县市场监管局）",
                 "根据《条例》第十条（一）项的规定，县市场监管局负责全县市场秩序的监督管理，各乡镇人民政府"
                 "配合做好辖区内的市场巡查工作，确保各项工作落到实处，取得实效，不断提升群众满意度。"):
        assert _split_glued_outline(Line("t", 1, text, normalise(text))) == [
            Line("t", 1, text, normalise(text))]


def test_a_person_field_run_into_the_units_before_it_is_cut_at_its_label():
    p = parse_annotation("责任单位：州委办公室、州政府办公室，各县市党委和政府责任人：州委办公室主要负责人")
    assert [u.mention for u in p.units] == ["州委办公室", "州政府办公室", "各县市党委", "政府"]
    assert not any("州委办公室主要负责人" in u.mention for u in p.units)      # a post, no unit
    p = parse_annotation("责任单位：市发改委、市财政局责任领导：张三")
    assert [u.mention for u in p.units] == ["市发改委", "市财政局"]
    assert [(x.written, x.label) for x in p.posts] == [("张三", "责任领导")]


def test_a_person_label_of_its_own_stays_whole():
    # a qualified person label (项目责任人, 主要责任人) and a unit's contact with no unit field before it
    assert [(x.written, x.label) for x in parse_annotation("项目责任人：李四").posts] == [("李四", "项目责任人")]
    p = parse_annotation("责任单位：市住建局；主要责任人：王五")
    assert [u.mention for u in p.units] == ["市住建局"]
    assert [(x.written, x.label) for x in p.posts] == [("王五", "主要责任人")]
    assert parse_annotation("市发改委责任人：张三").units == []
