"""Conventions seen in the collected set cf (unseen round of session 42), as short written
fixtures with variants not in the files:

- a progress table a copy ran together with no separator at all, its header a line of column
  names with no 序号 (``实事内容工作任务责任单位进展情况``), a second header row of periods under
  the progress column (``一季度二季度三季度四季度``), then one row a line: the task, the unit
  names after its sentence with separators of their own (``区残联,相关镇街``), then the
  quarters' progress (``1.完成…``). Nothing was read: the run-together reader wanted 序号 first
  and the unit column last, and names run together with no separator."""
from test_conventions import read, who

PROGRESS = ("主题:\n养老助残\n \n{header}\n{periods}"
            "养老助残创建20个无障碍社区。区残联{sep}相关镇街1.完成第一批申报、培训; 2.完成第二批申报。"
            "1.完成两批共40个社区的申报。成功创建38个无障碍社区。\n"
            "新增30家居家养老服务照料中心。区民政局{sep}相关镇街目前已完成5家建设任务。累计完成21家。\n"
            "{more}\n在全区20个镇街新增30家居家养老服务照料中心。\n")


def test_a_run_together_progress_table_is_read_a_row_a_line(write_doc):
    for header in ("实事内容工作任务责任单位进展情况", "工作任务责任单位完成情况", "实事项目主要内容责任单位推进情况"):
        for periods in ("一季度二季度三季度四季度\n", "", "1月2月3月\n"):
            for sep in (",", "、", "，"):
                text = PROGRESS.format(header=header, periods=periods, sep=sep, more="")
                out = read(write_doc, text)
                key = (header, periods, sep)
                assert who(out, "创建20个无障碍社区") == [
                    ("区残联", "responsible"), ("相关镇街", "responsible")], key
                assert who(out, "新增30家居家养老服务照料中心") == [
                    ("区民政局", "responsible"), ("相关镇街", "responsible")], key


def test_a_line_without_names_goes_on_with_the_progress_above(write_doc):
    # a progress cell over two lines: the second line is no row and names no unit of its own
    text = PROGRESS.format(header="实事内容工作任务责任单位进展情况", periods="", sep=",",
                           more="其余9家正在加紧建设,县民政局督导。")
    out = read(write_doc, text)
    assert who(out, "新增30家居家养老服务照料中心") == [
        ("区民政局", "responsible"), ("相关镇街", "responsible")]
    _, _, got = read(write_doc, text)
    assert not any(m == "县民政局" for v in got.values() for m, _ in v)


def test_column_names_in_running_text_are_no_table(write_doc):
    # a header needs the whole line: names inside a sentence, or a line with no row under it
    for text in ("请各单位填写实事内容工作任务责任单位进展情况等栏目。\n新增30家照料中心。区民政局,相关镇街负责。\n",
                 "实事内容工作任务责任单位进展情况\n\n各单位按时报送。\n"):
        _, _, got = read(write_doc, text)
        assert not any(m == "相关镇街" for v in got.values() for m, _ in v), text


def test_a_row_needs_its_names_after_a_sentence(write_doc):
    # names inside the task text (no sentence end before them) are no cells
    text = ("实事内容工作任务责任单位进展情况\n"
            "区残联牵头创建无障碍社区1.已完成申报。\n")
    _, _, got = read(write_doc, text)
    assert not any(r == "responsible" and m == "区残联" for v in got.values() for m, r in v)
