"""A table row's task text is never lost. A task column written as a merged cell (工作任务 over
several 具体要求 rows) is filled only on the first row of its block: the rows below it are read
by their own text cells; a row holding no text at all (an empty row of a form) is reported
(E308)."""
from kg import errors
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
