"""Conventions seen in the collected set yy (unseen round of session 40), as short written
fixtures with variants not in the files:

- a table flattened one cell a line with no row numbers of its own (领域 / 主要目标 / 主要责任单位 /
  责任单位, the goals numbered inside their text cell, a goal over several rows each opening
  with a ``——`` sub-goal): each row ends with its run of unit names, one a line. It was read as
  one row cut at the bare number the input ended on, every row before it lost;
- a principle opening with 坚持党对…的领导 (upholding the Party's leadership): ``坚持党`` was read as
  a unit, 党 being a party's last character (市农工党)."""
from kg.extract import annotations as ann
from test_conventions import read, who

TABLE = ("《妇女发展规划》目标责任分解书\n\n"
         "领域\n\n主要目标\n\n主要责任单位\n\n责任单位\n\n"
         "1.妇女在整个生命周期享有良好的基本卫生服务。\n\n \n\n"
         "——女性人均预期寿命延长。\n\n——建立妇女健康档案。\n\n"
         "省卫生厅\n\n省发改委\n\n{short}\n\n省妇联\n\n"
         "2.提高孕产妇医疗保健水平。\n\n——孕产妇死亡率控制在15/10万以内。\n\n"
         "省卫生厅\n\n省公安厅\n\n"
         "——孕产妇中重度贫血患病率降低。\n\n"
         "省卫生厅\n\n省工商局\n\n省质监局\n\n"
         "3.妇女享有优质避孕节育计生服务。\n\n省计生委\n\n省卫生厅\n\n{tail}")


def test_rows_without_numbers_end_with_their_run_of_unit_names(write_doc):
    for short, tail in (("省人口计生", "2"), ("省财政厅", ""), ("人口计生", "4.妇女艾滋病")):
        out = read(write_doc, TABLE.format(short=short, tail=tail))
        # the first name is the 主要责任单位 cell (the lead), the others the 责任单位 cell
        assert who(out, "妇女在整个生命周期享有") == [
            ("省卫生厅", "lead"), ("省发改委", "responsible"), (short, "responsible"),
            ("省妇联", "responsible")], (short, tail)
        # a goal over two rows: each row its own units
        assert who(out, "孕产妇死亡率控制在") == [("省卫生厅", "lead"), ("省公安厅", "responsible")]
        assert who(out, "孕产妇中重度贫血患病率") == [
            ("省卫生厅", "lead"), ("省工商局", "responsible"), ("省质监局", "responsible")]
        assert who(out, "妇女享有优质避孕节育") == [("省计生委", "lead"), ("省卫生厅", "responsible")]


def test_one_unit_column_takes_the_whole_run(write_doc):
    text = ("工作任务\n\n具体措施\n\n责任单位\n\n"
            "加强宣传教育。\n\n开展进校园活动。\n\n县教育局\n\n县司法局\n\n"
            "完善救助机制。\n\n县民政局\n\n")
    out = read(write_doc, text)
    assert who(out, "开展进校园活动") == [("县教育局", "responsible"), ("县司法局", "responsible")]
    assert who(out, "完善救助机制") == [("县民政局", "responsible")]


def test_a_lone_run_of_names_after_a_header_is_no_table(write_doc):
    # one row is no table: the names stay the document's text, never a row's units
    text = ("领域\n\n主要目标\n\n主要责任单位\n\n责任单位\n\n"
            "1.妇女享有良好的基本卫生服务。\n\n省卫生厅\n\n省妇联\n\n")
    _, tasks, got = read(write_doc, text)
    assert not any(("省卫生厅", "lead") in v for v in got.values())


def test_upholding_the_partys_leadership_names_no_unit(write_doc):
    for verb in ("坚持", "落实", "全面加强", "始终坚持"):
        assert not ann.looks_like_unit(verb + "党"), verb
        text = ("二、工作任务\n（二）基本原则。\n" + verb +
                "党对未成年人保护工作的领导，把党的领导贯穿工作全过程。\n")
        _, _, got = read(write_doc, text)
        assert not any(m.endswith("党") for v in got.values() for m, _ in v), verb
    # parties are still units: their name ends with their own word before 党
    for name in ("市农工党", "中国致公党", "中国共产党", "市民主党"):
        assert ann.looks_like_unit(name), name


def test_a_header_line_of_two_cells_closed_by_their_pipes_opens_the_stream(write_doc):
    # yy06: a table one cell a line, each cell closed by ' |', whose first header line holds two
    # cells (序号 | 任务目录 |): its cells join the stream, which was not read at all
    for head in ("序号 | 任务目录 |\n具体内容 |\n", "序号 |任务目录 |\n具体内容 |\n",
                 "序号 |\n任务目录 | 具体内容 |\n"):
        text = ("附件\n任务清单\n" + head + "责任单位 |\n1 |\n建立健全未成年人保护工作协调机制。 |\n"
                "开展未成年人保护工作专项督导。 |\n市民政局、如城街道 |\n2 |\n做好困境儿童兜底保障工作。 |\n"
                "完善困境儿童分类保障制度。 |\n市民政局 |\n")
        out = read(write_doc, text)
        assert who(out, "建立健全未成年人保护工作协调机制") == [
            ("市民政局", "responsible"), ("如城街道", "responsible")], head
        assert who(out, "做好困境儿童兜底保障工作") == [("市民政局", "responsible")], head


# (the lead, session 40: the variants of collected c08 and tt05 written one cell a line fell when
# the rule above took their tables)
def test_a_cell_of_names_closed_by_deng_is_a_run_of_names(write_doc):
    # 财政所、便民综合服务中心、土管所等 ends its row: the row was merged into the next one's text
    text = ("工作任务\n具体内容\n责任部门\n推进政策公开\n常态化公开就业、住房、教育等领域信息。\n"
            "财政所、便民综合服务中心、土管所等\n积极探索特定群体的线下公开渠道。\n便民综合服务中心\n"
            "聚焦就业创业等民生实事。\n民政办公室、卫生院\n")
    out = read(write_doc, text)
    assert {u for u, _r in who(out, "常态化公开就业")} == {"财政所", "便民综合服务中心", "土管所"}
    assert {u for u, _r in who(out, "积极探索特定群体")} == {"便民综合服务中心"}


def test_a_table_whose_text_holds_names_with_their_verb_is_read_by_its_annotations(write_doc):
    # 市财政局牵头，市有关单位、各镇（街）按职能分工落实 annotates the item above it: the unit-run
    # reading took the table and merged that item into the next row (its units lost)
    text = ("工作要求\n工作任务\n具体要求\n责任单位\n一、优化政务公开工作基础\n"
            "1.结合实际，逐步推进本地区行政规范性文件库建设。\n市政府办公室、市司法局\n"
            "2.政府部门要持续推动政府信息主动公开目录的动态更新调整。\n市有关单位\n"
            "3.加大惠民惠农资金发放信息公开力度，及时公开涉农补贴申报信息。\n"
            "市财政局牵头，市有关单位、各镇（街）按职能分工落实\n"
            "4.规范使用全省政府信息依申请公开系统。\n市有关单位；各镇（街）\n")
    out = read(write_doc, text)
    assert "市财政局" in {u for u, _r in who(out, "加大惠民惠农资金发放")}
