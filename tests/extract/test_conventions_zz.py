"""Conventions seen in the collected set zz (unseen round of session 40), as short written
fixtures with variants not in the files:

- a bureau's copy of its own rows of a city's longer list, a pipe table one cell a line whose
  row numbers skip (145, then 249): the table read only the first row, the second row's units
  became mere mentions (and the names its cell writes apart with single spaces ran together);
- a headquarters' working groups written after it in a 责任单位 list (市疫情防控指挥部各工作组):
  split into the headquarters and a stray collective 各工作组;
- a short form of a place that is a word where it stands (服务来宾1744人次: guests, not 来宾市):
  the only place the text named outside a cited title, so the document's government (淮南市,
  named in a cited title only) was read as a city of another province.
"""
from kg.extract import unitnames
from kg.extract.documents import split_file
from kg.model import Line
from kg.text import normalise

from test_conventions import read, who

TABLE = ("【落实情况】市机关事务管理局2025年《政府工作报告》主要任务上半年落实情况\n"
         "序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n"
         "{a} |\n严格执行城市公共空间规划建设治理导则,提升精细管理水平。 |\n"
         "市自规局、市城管局、市住建局 市商务局 |\n"
         "落实《城市公共空间规划建设治理导则》要求,扎实开展道路、游园等基础设施建设工作。 |\n"
         "{b} |\n支持志愿服务、广播电视、地震、气象、档案等事业发展。 |\n"
         "{cell} |\n"
         "上半年,我市所有地震监测台站综合运行率达99.69%。 |\n")

SPACED = "市委社会工作部 市广播电视台 市地震局 市气象局 市档案局"
LISTED = "市委社会工作部、市广播电视台、市地震局、市气象局、市档案局"
UNITS = ["市委社会工作部", "市广播电视台", "市地震局", "市气象局", "市档案局"]


def test_a_pipe_table_whose_row_numbers_skip_reads_every_row(write_doc):
    for a, b in (("145", "249"), ("7", "8"), ("12", "31"), ("3", "120")):
        for cell in (SPACED, LISTED):
            out = read(write_doc, TABLE.format(a=a, b=b, cell=cell))
            assert who(out, "严格执行城市公共空间规划") == [
                (u, "lead") for u in ("市自规局", "市城管局", "市住建局", "市商务局")], (a, b)
            assert who(out, "支持志愿服务、广播电视") == [(u, "lead") for u in UNITS], (a, b, cell)


def test_a_number_ahead_that_is_no_rows_start_is_not_taken_for_one(write_doc):
    # the row's cells run short (a figure of the row, 300, where the next row would start): the
    # table keeps its rows in order and the figure is no row of its own
    text = ("序号 |\n主要任务 |\n牵头单位 |\n完成情况 |\n"
            "1 |\n新建公办幼儿园。 |\n市教育局 |\n已完成 |\n"
            "2 |\n新增学位。 |\n市教育局 |\n300 |\n")
    out = read(write_doc, text)
    assert who(out, "新建公办幼儿园") == [("市教育局", "lead")]
    assert who(out, "新增学位") == [("市教育局", "lead")]


WUHAN = ("(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案\n\n"
         "  209.认真落实新阶段疫情防控措施,全力保健康、防重症,确保平稳转段。(牵头单位:{lead};"
         "责任单位:{rest})\n\n"
         "  210.推进公立医院高质量发展。(责任单位:市卫健委)\n")


def test_a_headquarters_working_groups_stay_one_collective(write_doc):
    for lead, rest, groups in (
            ("市疫情防控指挥部办公室", "市疫情防控指挥部各工作组,市直各相关部门,各区疫情防控指挥部",
             "市疫情防控指挥部各工作组"),
            ("市防汛抗旱指挥部办公室", "市防汛抗旱指挥部各专项工作组、各区人民政府",
             "市防汛抗旱指挥部各专项工作组"),
            ("县创文办", "县创建全国文明城市领导小组各专班,各乡镇", "县创建全国文明城市领导小组各专班")):
        got = who(read(write_doc, WUHAN.format(lead=lead, rest=rest)), "认真落实新阶段疫情防控")
        assert got[0] == (lead, "lead"), rest
        assert (groups, "responsible") in got, rest
        assert not any(m.startswith("各") and m.endswith(("组", "专班")) for m, _ in got), got
    for name in ("市疫情防控指挥部各工作组", "县防汛指挥部各专班", "领导小组办公室各小组"):
        assert unitnames.split_run(name) == [name]
    # a run of a district's units still splits (各街道: the district's sub-districts)
    assert unitnames.split_run("民政局高新园（邹区镇）各街道") == ["民政局", "高新园（邹区镇）", "各街道"]


def _places(text: str) -> set:
    lines = [Line("x.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]
    return {d.place.adcode for d in split_file(lines) if d.place is not None}


REPORT = ("【落实情况】市机关事务管理局2025年主要任务上半年落实情况\n"
          "序号 | 主要任务 | 牵头单位 | 落实情况 |\n"
          "249 | 支持机关事务管理等事业发展。 | 市机关事务管理局 | {progress} |\n"
          "145 | 严格执行城市公共空间导则。 | 市城管局 | 落实《淮南市城市机关单位庭院环境管理导则(试行)》。 |\n")


def test_a_place_short_form_that_is_a_word_there_names_no_place():
    for progress in ("完成接待任务175批次,服务来宾1744人次,接待费同比下降29.1%",
                     "接待来宾二百余人次", "热情接待各位来宾"):
        # the only place outside the cited title was the word: the city of the cited title
        assert _places(REPORT.format(progress=progress)) == {"340400"}, progress
    # the place written in full still counts (来宾市, 来宾市人民政府)
    assert _places(REPORT.format(progress="赴来宾市交流学习后,来宾市机关事务管理局来访")) != {"340400"}
    # the idiom 长治久安 (lasting order), the contest 安康杯: no 长治市, no 安康市
    for word in ("维护社会长治久安", "深入开展“安康杯”竞赛"):
        assert _places(REPORT.format(progress=word)) == {"340400"}, word
