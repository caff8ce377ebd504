"""Conventions seen in the held-out set "ag" (a district's 民生实事 progress table, 完成情况表,
pasted one row a line with single spaces between cells; from the ``pages`` corpus), each as a
short synthetic fixture with variants not in the collected file: a header line whose column
names carry a reporting period and a percent sign (``1- 8月实际完成情况``, ``完成率%``) or qualify
the project column (``市重点民生实事项目名称``), projects with sub-rows that write their own unit
cell, a target cell that is a figure and a measure word (``2所``), bureaus of culture and press
(``文体新局``) and a people's organisation written by its short name alone (``残联``)."""
from kg.extract import unitnames
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
