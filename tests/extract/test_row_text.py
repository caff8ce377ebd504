"""A table row's task text is never lost. A task column written as a merged cell (工作任务 over
several 具体要求 rows) is filled only on the first row of its block: the rows below it are read
by their own text cells; a row holding no text at all (an empty row of a form) is reported
(E308). A row short of its merged cells on the left gives its cells to the columns by what they
hold: a unit of measure (万元/人, 万亩, %) or a figure goes to the measure column (单位 beside
责任部门), never to a task or content column, and the row's own text column is not left empty
between the cells it holds. A verb written before a collective (需要有关部门) is no unit name."""
from kg import errors
from kg.extract import unitnames
from kg.pipeline import build

from test_conventions import read, who


def texts(out):
    _, tasks, _ = out
    return [t.text for t in tasks.values() if t.kind == "row"]


def test_rows_under_a_merged_task_cell_keep_their_own_text(write_doc):
    # piped, the merged cell left out and the row padded on the right
    out = read(write_doc, "工作任务 | 具体要求 | 责任部门 |\n"
                          "一、做好财政信息公开。 | 1.积极推进预算公开。 | 财务科 |\n"
                          "2.及时反馈网民的意见。 | 各科室 | |\n"
                          "二、加强政策解读。 | 3.健全解读机制。 | 办公室 |\n"
                          "4.加强政策咨询服务。 | 办公室牵头,各科室配合 | |\n")
    assert texts(out) == ["一、做好财政信息公开。", "2.及时反馈网民的意见。", "二、加强政策解读。",
                          "4.加强政策咨询服务。"]
    assert who(out, "及时反馈网民的意见") == [("各科室", "responsible")]
    # a stream of cells between | lines (two | lines in a row: an empty cell ending a row)
    stream = ["工作任务", "具体内容", "责任部门", "", "推进政策公开", "常态化公开就业信息。", "财政所",
              "", "探索线下公开渠道。", "便民服务中心", "", "强化执法公开", "动态更新权责清单。",
              "党政办公室", "", "健全执法公示机制。", "党政办公室", ""]
    lines = ["|"]
    for cell in stream:
        lines += [cell, "|"] if cell else ["|"]
    out = read(write_doc, "\n".join(lines) + "\n", "stream.txt")
    assert texts(out) == ["推进政策公开", "探索线下公开渠道。", "强化执法公开", "健全执法公示机制。"]
    assert who(out, "健全执法公示机制") == [("党政办公室", "responsible")]


def test_a_row_holding_no_text_is_reported(write_doc):
    # a form flattened one cell a line (TAB-indented), its rows to be filled in left empty
    head = "\n".join("\t" + c for c in ("序号", "代表姓名", "建议编号", "走访地点"))
    rows = "\n\n".join("\n".join(["\t"] * 4) for _ in range(2))
    result = build([write_doc("某某县人民政府办公室\n关于报送走访情况的通知\n\n"
                              f"{head}\n\n{rows}\n\n\n附件2\n")])
    rows = [t for t in result.tasks if t.kind == "row"]
    assert len(rows) == 2 and not any(t.text for t in rows)
    empty = [i for i in result.issues if i.code == errors.W_EMPTY_ROW]
    assert [(i.file, i.line) for i in empty] == [("doc.txt", t.span.first_line) for t in rows]


TARGETS = ("考核项目\n序号\n考核指标\n考核内容\n单位\n年度目标\n责任部门\n评分部门\n"
           "农业高质高效\n1\n确保农产品有效供给\n农业增加值增幅\n%\n≥2%\n县农业农村局\n市农业农村局\n"
           "2\n农业劳动生产率\n万元/人\n全市统筹\n县海洋与渔业局\n县农业农村局\n市海洋渔业局\n"
           "3\n粮食安全责任制\n-\n良好以上\n县经济和信息化局\n市商务局\n"
           "4\n建设美丽牧场\n0\n县农业农村局\n市农业农村局\n"
           "5\n新建高标准农田\n万亩\n0.5\n县农业农村局\n市农业农村局\n"
           "6\n推广农业新品种\n万亩\n1\n县农业农村局\n市农业农村局\n")


def test_a_unit_of_measure_is_no_task(write_doc):
    out = read(write_doc, TARGETS)
    # rows 2-5 lack their merged 考核项目 and 考核指标 cells: their own text is 考核内容
    assert texts(out)[:5] == ["农业增加值增幅", "农业劳动生产率", "粮食安全责任制", "建设美丽牧场",
                          "新建高标准农田"]
    assert who(out, "农业劳动生产率") == [("县海洋与渔业局", "responsible"),
                                          ("县农业农村局", "responsible")]
    assert who(out, "粮食安全责任制") == [("县经济和信息化局", "responsible")]
    assert who(out, "新建高标准农田") == [("县农业农村局", "responsible")]


def test_a_verb_before_a_collective_is_no_unit_name():
    for clause in ("需要有关部门", "要求各有关单位", "组织相关部门", "请各县（市、区）人民政府"):
        assert unitnames.unit_kind(clause) is None, clause
    for name in ("有关部门", "市有关部门", "国务院有关部门", "组织部有关处室", "各县（市、区）人民政府"):
        assert unitnames.unit_kind(name) == "collective", name


def test_a_duty_clause_opened_by_a_verb_names_no_unit_of_it(write_doc):
    result = build([write_doc("某某市人民政府办公室\n关于做好春耕生产工作的通知\n"
                              "为落实春耕生产各项政策措施，需要有关部门研究提出具体实施意见并认真加以落实。\n")])
    assert not [a for a in result.assignments if "需要" in a.raw.mention.text]
