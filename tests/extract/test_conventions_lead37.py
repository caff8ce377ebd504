"""Session 37's lead: a mark (√, ○, ●) a table's unit column holds when its row's cells went to
the wrong columns is no unit: reported with its line, never made an unresolved unit."""
from test_conventions import read, who
from kg import errors

MARKS = ("某镇基层政务公开标准目录\n"
         "序号 | 公开事项 | 公开主体 | 公开方式 |\n"
         "1 | 政府文件 | √ | 主动 |\n"
         "2 | 乡镇简介 | 镇人民政府 | 主动 |\n")


def test_a_mark_in_a_unit_column_is_no_unit(write_doc):
    out = read(write_doc, MARKS)
    assert who(out, "政府文件") == []
    assert who(out, "乡镇简介") == [("镇人民政府", "responsible")]
    result = out[0]
    issues = [i for i in result.issues if i.code == errors.W_NOT_UNDERSTOOD and "√" in i.message]
    assert [i.line for i in issues] == [3]
    assert not any(u.name == "√" for u in result.units)


# a township's disclosure catalogue pasted with TABs (collected c13 as a Word copy writes it): the
# header's second row names the grades of its classifying column; a row under a merged 一级 cell
# has one cell fewer
GRADED = ("第二部分 主动公开基本目录\n"
          "序号\t政府信息公开类别及事项\t公开内容\t责任单位\n"
          "一级\t二级\n"
          "1\t机构介绍\t机构设置\t部门职能、办公地址、办公时间、办公电话等。\t党政综合办公室\n"
          "2\t领导分工\t领导简介、个人分工等。\t党建工作办公室、党政综合办公室\n"
          "3\t政府信息公开\t公开指南\t接收信息公开申请的方式、途径等。\t党政综合办公室\n")


def test_a_tab_table_whose_header_names_the_grades_of_a_column(write_doc):
    out = read(write_doc, GRADED)
    assert who(out, "部门职能、办公地址") == [("党政综合办公室", "responsible")]
    assert who(out, "领导简介、个人分工等") == [("党建工作办公室", "responsible"),
                                            ("党政综合办公室", "responsible")]
    assert who(out, "接收信息公开申请的方式") == [("党政综合办公室", "responsible")]
    # no clause of the 公开内容 column is made a unit
    assert not any(u.name in ("办公地址", "部门职能") for u in out[0].units)
