"""The 台账 (ledger.csv and ledger.xlsx) and `kg due`, on a small generated plan."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl
import pytest
from typer.testing import CliRunner

import formats_support as plan
from kg.cli import app
from kg.pipeline import build, write
from kg.write.ledger import COLUMNS, _Entries, safe_cell, write_xlsx
from ledger_openpyxl import write_xlsx_openpyxl

HOSTILE = """廊坊市人民政府办公室
关于印发测试方案的办法
一、=HYPERLINK("http://x.example","点击")（责任单位：市住建局）
二、+cmd|' /C calc'!A0（牵头单位：市财政局；完成时限：2024年底前）
三、@SUM(1)（责任单位：市发改委）
四、-1+1\x1b[31m\x00（责任单位：市应急管理局）
（一）收集信息（市统计局供稿）
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("office")
    (d / "in").mkdir()
    plan.write_docx(d / "in" / "plan.docx")
    (d / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = d / "out"
    write(build([d / "in"]), out)
    return out


def test_safe_cell_neutralises_formulas_and_removes_control_characters():
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("\t=1") == "' =1"
    assert safe_cell("\r@x") == "' @x"
    assert safe_cell("-1+1\x1b[31m\x00") == "'-1+1[31m"
    assert safe_cell("市住建局") == "市住建局"


FORMULA = ("=", "+", "-", "@", "\t", "\r")


def test_no_ledger_cell_begins_a_formula(built):
    text = (built / "ledger.csv").read_text(encoding="utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert any("HYPERLINK" in c for c in cells)
    assert not [c for c in cells if c.startswith(FORMULA)]
    assert not [c for c in cells if any(ord(ch) < 32 and ch not in "\n" for ch in c)]
    wb = openpyxl.load_workbook(built / "ledger.xlsx")
    values = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert any("HYPERLINK" in str(c.value) for c in values)
    assert not [c for c in values if c.data_type == "f"]
    assert not [c for c in values if isinstance(c.value, str) and c.value.startswith(FORMULA)]


def test_ledger_xlsx_columns_dates_sheets(built):
    wb = openpyxl.load_workbook(built / "ledger.xlsx")
    assert wb.sheetnames == ["办法", "通知", "供稿"]   # in document order
    ws = wb["通知"]
    assert [c.value for c in ws[1]] == list(COLUMNS)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:L")
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    r = rows["建立改造项目库"]
    # 牵头单位, 配合单位, 责任单位, 责任领导 (no post named), 完成时限
    assert r[2:7] == ("市住房和城乡建设局", "市发展和改革委员会、市财政局", None, None, "2024年6月底前")
    assert r[7] == dt.datetime(2024, 6, 30)               # a real date cell
    assert rows["开展燃气管网改造"][7] == dt.datetime(2024, 12, 31)
    assert r[9].startswith("plan.docx:") and "table 1 row 2" in r[9]
    assert r[10] is None and r[11] is None               # 进展 / 状态 to fill in
    contributors = [r[1] for r in wb["供稿"].iter_rows(min_row=2, values_only=True)]
    assert contributors == ["收集信息"]
    assert "收集信息" not in rows


def _entry(n: int, task: str, **kw) -> dict:
    e = {"task_id": f"t{n}", "task": task, "lead": "", "support": "", "responsible": "市住建局",
         "contributors": "", "only_contributors": False, "deadline": None, "deadline_text": "",
         "due": None, "document": "关于印发测试方案的通知", "doc_type": "通知",
         "where": f"a.txt:{n}", "units": [("市住建局", "responsible")]}
    e.update(kw)
    return e


# text a spreadsheet or an XML writer could take for something else, outer white space, a
# character outside the BMP, a cell over Excel's 32 767 characters, dates before 1900-03-01
# (Excel's 1900 leap day) and far ahead, sheet names with quotes and markup
ODD_ENTRIES = [
    _entry(1, "=SUM(A1) & <b>\"粗体\"</b> 'x' > y", lead="-市发改委", support="@市财政局",
           deadline="2024-06", deadline_text="2024年6月底前", due=dt.date(2024, 6, 30)),
    _entry(2, "  前后有空格\n第二行 ", responsible="𠀀市住建局\u3000", due=dt.date(1900, 2, 28),
           doc_type="O'Brien & <Sons>"),
    _entry(3, "长" * 40000, where="b.txt:3 (table 1 row 2)", due=dt.date(3017, 12, 31)),
    _entry(4, "收集信息", contributors="市统计局", only_contributors=True, responsible="",
           units=[("市统计局", "contributor")]),
    _entry(5, "\t制表\r回车", due=dt.date(1899, 12, 31), doc_type="供稿",
           units=[("市住建局", "responsible"), ("市水务局", "support")], support="市水务局"),
    _entry(6, "[*?:/\\]", doc_type="'" + "很长的文件类型名称" * 5 + "'"),
    _entry(7, "推进老旧小区改造", posts="=市政府分管副市长（牵头）、张三"),
]


@pytest.mark.parametrize("by_unit", [False, True])
@pytest.mark.parametrize("items", [ODD_ENTRIES, ODD_ENTRIES[2:3], [ODD_ENTRIES[3]], []],
                         ids=["odd", "one-task", "contributors-only", "empty"])
def test_xlsx_is_byte_identical_to_openpyxls(items, by_unit, tmp_path):
    # the workbook is written as XML directly; openpyxl's write-only mode wrote these bytes
    ours = write_xlsx(items, tmp_path / "ours.xlsx", by_unit).read_bytes()
    write_xlsx_openpyxl(items, tmp_path / "openpyxl.xlsx", by_unit)
    assert ours == (tmp_path / "openpyxl.xlsx").read_bytes()
    wb = openpyxl.load_workbook(tmp_path / "ours.xlsx")
    assert sum(ws.max_row - 1 for ws in wb.worksheets) >= len(items)


def test_xlsx_of_a_build_is_byte_identical_to_openpyxls(built, tmp_path):
    result = build([built.parent / "in"])
    for by_unit in (False, True):
        write_xlsx(_Entries(result), tmp_path / "ours.xlsx", by_unit)
        write_xlsx_openpyxl(_Entries(result), tmp_path / "theirs.xlsx", by_unit)
        assert (tmp_path / "ours.xlsx").read_bytes() == (tmp_path / "theirs.xlsx").read_bytes()


def test_kg_ledger_by_unit(built, tmp_path):
    dest = tmp_path / "by-unit.xlsx"
    res = CliRunner().invoke(app, ["ledger", "--out", str(built), "--by-unit", "-o", str(dest)])
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(dest)
    assert "市住房和城乡建设局" in wb.sheetnames and "供稿" in wb.sheetnames
    tasks = {r[1] for r in wb["市住房和城乡建设局"].iter_rows(min_row=2, values_only=True)}
    assert {"建立改造项目库", "开展燃气管网改造", "加强安全生产监管"} <= tasks


def test_kg_due_overdue_is_exactly_the_tasks_due_before_the_day(built):
    res = CliRunner().invoke(app, ["due", "--out", str(built), "--as-of", "2024-06-30",
                                   "--overdue", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["as_of"] == "2024-06-30"
    assert [(r["task_text"], r["deadline"], r["due"]) for r in data["results"]] == [
        ("加强安全生产监管", "2023-03", "2023-03-31")]
    r = data["results"][0]
    assert set(r) == {"task_id", "task_text", "deadline", "due", "units", "source"}
    assert {"unit": "市应急管理局", "role": "lead"} in r["units"]


def test_kg_due_window_and_unit(built):
    res = CliRunner().invoke(app, ["due", "--out", str(built), "--as-of", "2023-01-01",
                                   "--from", "2024-01-01", "--to", "2024-06", "--json"])
    got = [(r["task_text"], r["due"]) for r in json.loads(res.output)["results"]]
    assert got == [("完善资金保障机制", "2024-06-30"), ("建立改造项目库", "2024-06-30")]
    res = CliRunner().invoke(app, ["due", "--out", str(built), "--unit", "市城管局", "--json"])
    assert [r["task_text"] for r in json.loads(res.output)["results"]] == ["开展燃气管网改造"]
    res = CliRunner().invoke(app, ["due", "--out", str(built), "--as-of", "July"])
    assert res.exit_code == 1 and "YYYY-MM-DD" in res.output
    res = CliRunner().invoke(app, ["due", "--out", str(built), "--as-of", "2023-07-01"])
    assert res.exit_code == 0 and "2023-03-31 (overdue)" in res.output
