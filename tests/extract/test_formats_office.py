"""The office's other formats: Word 97-2003 ``.doc``/``.wps``, OFD and OpenDocument.

Fixtures (tests/fixtures/formats, see its README): the plan of tests/formats_support.py and a
richer document saved as .doc and .odt by LibreOffice, real Word files of Apache POI's test
data and real OFD files of ofdrw's; OFD, .odt and .ods packages are also written here (ZIP +
XML) from the plan's text.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import formats_support as plan
from kg.extract.formats import read_bytes, sniff
from kg.extract.sources import read_sources
from kg.pipeline import build

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def facts(result) -> set[tuple]:
    tasks = {t.task_id: t for t in result.tasks}
    return {(tasks[a.task_id].text, a.unit.name, a.raw.role, a.raw.deadline)
            for a in result.assignments}


def read(path: Path):
    return read_bytes(path.read_bytes(), path.name, path.suffix)


def texts(got) -> list[str]:
    return [ln.text for ln in got.lines]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return facts(build([plan.write_txt(tmp_path_factory.mktemp("txt") / "plan.txt")]))


@pytest.mark.parametrize("fmt", ["doc", "wps", "ofd", "odt"])
def test_the_plan_gives_the_assignments_of_its_text(fmt, reference, tmp_path):
    path = tmp_path / f"plan.{fmt}"
    if fmt in ("doc", "wps"):          # WPS saves the same Word 97 format under its own name
        path.write_bytes((FIXTURES / "plan.doc").read_bytes())
    else:
        plan.WRITERS[fmt](path)
    result = build([path])
    assert facts(result) == reference
    assert not [i for i in result.issues if i.code.startswith("E1")]


def test_the_plan_as_an_ods_gives_the_assignments_of_its_table(reference, tmp_path):
    got = read(plan.write_ods(tmp_path / "plan.ods"))
    assert "作废" not in "".join(texts(got))                     # the hidden sheet
    assert got.locators[1] == "sheet 分工表 row 1" and texts(got)[0] == "重点任务分工表"
    table_tasks = {r[1] for r in plan.TABLE[1:]}
    assert facts(build([tmp_path / "plan.ods"])) == {f for f in reference if f[0] in table_tasks}


def test_a_doc_reads_like_the_docx_it_was_saved_from(tmp_path):
    """rich.doc is rich.docx saved as Word 97 by LibreOffice: line breaks, a field, English text
    in 8-bit pieces, a unit merged down, a cell of two paragraphs, an empty cell."""
    docx = read(plan.write_rich_docx(tmp_path / "rich.docx"))
    for fixture in ("rich.doc", "rich.odt"):
        got = read(FIXTURES / fixture)
        assert not got.issues
        # the field's result as each file stored it (LibreOffice's .odt recomputed it); the
        # rest is equal
        pairs = [(a.text, b.text) for a, b in zip(docx.lines, got.lines)]
        assert [p for p in pairs if p[0] != p[1]] == ([] if fixture == "rich.doc"
                                                      else [("第1页", "第0页")])
        assert len(got.lines) == len(docx.lines)
        assert got.locators == docx.locators
    got = texts(read(FIXTURES / "rich.doc"))
    assert got.count("\t市住建局") == 2                   # merged down: repeated below
    assert got[got.index("\t完善长效管理机制") + 1] == "（持续推进）"   # the cell's 2nd paragraph
    assert "Annex: task list" in got


def test_doc_text_in_8bit_and_utf16_pieces():
    from kg.extract.formats import doc
    import olefile
    data = (FIXTURES / "poi-simple-table.doc").read_bytes()
    with olefile.OleFileIO(data) as ole:
        word = ole.openstream("WordDocument").read()
        flags, ccp, fcs = doc._fib(word)
        table = ole.openstream("1Table" if flags & 0x200 else "0Table").read()
    pieces = doc._pieces(table, *fcs[doc._FC_CLX])
    assert any(p.compressed for p in pieces)          # Word 97 keeps English text in 8 bits
    got = read(FIXTURES / "poi-simple-table.doc")
    assert texts(got)[0].startswith("This is a Word document that was created using Word 97 – SR2.")
    assert texts(got)[1:9] == ["\tCell 1,1", "\tCell 1,2", "\tCell 1,3", "",
                               "\tCell 2,1", "\tCell 2,2", "\tCell 2,3", ""]
    assert got.locators[2] == "table 1 row 1" and got.locators[6] == "table 1 row 2"
    assert texts(got)[-1] == "This text is below the table."
    with olefile.OleFileIO((FIXTURES / "plan.doc").read_bytes()) as ole:
        word = ole.openstream("WordDocument").read()
        flags, ccp, fcs = doc._fib(word)
        table = ole.openstream("1Table" if flags & 0x200 else "0Table").read()
    assert not any(p.compressed for p in doc._pieces(table, *fcs[doc._FC_CLX]))   # Chinese: UTF-16


def test_doc_row_ends_come_from_the_paragraph_properties():
    """In a Word table a cell mark and a row mark are both \\x07: table-merges.doc has an
    empty cell before a row's end and a cell of two paragraphs (I, J) — only the paragraph
    properties (sprmPFTtp, sprmPFInTable) tell them apart."""
    got = texts(read(FIXTURES / "poi-table-merges.doc"))
    # cells merged across are one wide cell in Word 97: placed on the columns of all rows by
    # their edges, the text in the first column they cover (as a .docx's gridSpan)
    assert got[:12] == ["\tA", "\t", "\t", "\tB", "\t", "", "\tC", "\tD", "\tE", "\t", "\tF", ""]
    assert got[16:19] == ["\tI", "J", ""]                 # J is I's cell's second paragraph
    assert got[19:25] == ["\tK", "\t", "\t", "\t", "\t", ""]
    nested = texts(read(FIXTURES / "poi-innertable.doc"))
    assert nested[4:11] == ["\tD", "\tE", "1", "2", "3", "4", "F"]   # a nested table: the cell's text
    assert nested[11:16] == ["\tG", "", "\tH", "\tI", "\tJ"]


def test_doc_row_properties_kept_in_the_data_stream(tmp_path):
    """A row of many ruled cells has properties too large for its paragraph page: Word and
    LibreOffice put them in the Data stream (sprmPHugePapx); without them no row would end."""
    from kg.extract.formats import doc
    import olefile
    with olefile.OleFileIO((FIXTURES / "wide.doc").read_bytes()) as ole:
        word = ole.openstream("WordDocument").read()
        flags, ccp, fcs = doc._fib(word)
        table = ole.openstream("1Table" if flags & 0x200 else "0Table").read()
        data = ole.openstream("Data").read()
    bte = fcs[doc._FC_PLCF_BTE_PAPX]
    assert not any(p.row_end for p in doc._Paragraphs(word, table, *bte).props)
    assert sum(p.row_end for p in doc._Paragraphs(word, table, *bte, data).props) == 3
    got = read(FIXTURES / "wide.doc")
    docx = read(plan.write_wide_docx(tmp_path / "wide.docx"))
    assert texts(got) == texts(docx) and got.locators == docx.locators
    assert texts(got)[1:13] == ["\t" + h for h in plan.WIDE_HEADER]
    assert got.locators[texts(got).index("\t关于完善资金保障机制的建议（牵头单位：市财政局）")] == "table 1 row 3"


def test_unreadable_word_files_are_named_with_what_to_do(tmp_path):
    got = read(FIXTURES / "poi-PasswordProtected.doc")
    assert [(i.code, i.file, i.severity) for i in got.issues] == [
        ("E105", "poi-PasswordProtected.doc", "error")]
    assert "password-protected" in got.issues[0].message and not got.lines
    # not an OLE2 file at all, an OLE2 file without a WordDocument stream, a truncated one
    (tmp_path / "a.doc").write_bytes(b"\xdb\xa5-\x00" + b"\x00" * 200)
    (tmp_path / "b.wps").write_bytes((FIXTURES / "poi-simple-table.doc").read_bytes()[:3000])
    (tmp_path / "c.doc").write_bytes(b"{\\rtf1\\ansi hello}")
    files, issues = read_sources([tmp_path])
    assert not files
    assert {(i.file, i.code) for i in issues} == {("a.doc", "E105"), ("b.wps", "E105"),
                                                  ("c.doc", "E104")}
    assert "save it as .docx" in next(i.message for i in issues if i.file == "c.doc")   # RTF
    assert all("Traceback" not in i.message for i in issues)


def test_a_word6_document_is_read_from_its_8bit_text():
    got = read(FIXTURES / "poi-Word6.doc")
    assert texts(got)[0] == "The quick brown fox jumps over the lazy dog"
    assert got.encoding == "doc (Word 6/95)"


def test_damaged_doc_bytes_never_raise():
    data = bytearray((FIXTURES / "plan.doc").read_bytes())
    for k in range(0, len(data), 997):                # corrupt one byte at a time, here and there
        broken = bytes(data[:k]) + bytes([data[k] ^ 0xFF]) + bytes(data[k + 1:])
        got = read_bytes(broken, "x.doc", ".doc")
        assert got.lines or [i.file for i in got.issues] == ["x.doc"]


def test_ofd_text_objects_on_one_baseline_are_one_line():
    """ofdrw's keyword2.ofd draws 重庆市马|上融资|担保有限公|司 as four text objects."""
    got = read(FIXTURES / "ofdrw-keyword2.ofd")
    lines = [(ln.text, got.locators.get(ln.number)) for ln in got.lines if ln.text]
    assert lines == [("你好呀，OFD Reader&Writer！", "page 1"), ("重庆市马上融资担保有限公司", "page 1"),
                     ("你好呀，OFD Reader&Writer！", "page 2"), ("重庆市马上融资担保有限公司", "page 2")]
    assert texts(read(FIXTURES / "ofdrw-helloworld.ofd")) == ["你好呀，OFD Reader&Writer！"]


def test_ofd_wrapped_lines_page_numbers_and_table(tmp_path):
    got = read(plan.write_ofd(tmp_path / "plan.ofd"))
    assert plan.PARAGRAPHS[3] in texts(got)           # wrapped at the right margin: joined
    assert not [t for t in texts(got) if "-" in t and t.strip("- 12") == ""]   # page numbers
    assert got.locators[texts(got).index("\t开展燃气管网改造")] == "page 2 table 1 row 3"
    from kg.write.jsonl import assignment_rows
    rows = assignment_rows(build([tmp_path / "plan.ofd"]))
    where = {(r["task_text"], r["unit_mention"]): r["source"] for r in rows}
    assert where[("开展燃气管网改造", "市城管局")]["locator"] == "page 2 table 1 row 3"
    assert where[("加快推进老旧小区改造", "市住建局")]["locator"] == "page 1"


def test_ofd_table_cell_wrapped_to_a_second_line_stays_in_its_row(tmp_path):
    t = plan.ofd_text
    page = [t(28, 30, "序号", 3.2, 1), t(45, 30, "工作任务", 3.2, 2), t(100, 30, "牵头单位", 3.2, 3),
            t(28, 38, "1", 3.2, 4), t(45, 38, "建立改造项目库并", 3.2, 5), t(100, 38, "市住建局", 3.2, 6),
            t(45, 42, "动态更新", 3.2, 7),                  # the task's cell goes on a line below
            t(28, 50, "2", 3.2, 8), t(45, 50, "开展燃气管网改造", 3.2, 9), t(100, 50, "市城管局", 3.2, 10)]
    got = read(plan.write_ofd_pages(tmp_path / "t.ofd", [page]))
    # the cell's first line stops well short of the next column: a paragraph of the cell ended
    assert texts(got)[:12] == ["\t序号", "\t工作任务", "\t牵头单位", "",
                               "\t1", "\t建立改造项目库并", "动态更新", "\t市住建局", "",
                               "\t2", "\t开展燃气管网改造", "\t市城管局"]
    # the same table with the next column close by: the line filled its column and wrapped
    narrow = [t(78, y, text, 3.2, 20 + k) if x == 100 else t(x, y, text, 3.2, 20 + k)
              for k, (x, y, text) in enumerate([(28, 30, "序号"), (45, 30, "工作任务"), (100, 30, "牵头单位"),
                                                (28, 38, "1"), (45, 38, "建立改造项目库并"), (100, 38, "市工业和信息"),
                                                (45, 42, "动态更新"), (100, 42, "化局")])]
    got = read(plan.write_ofd_pages(tmp_path / "n.ofd", [narrow]))
    assert texts(got)[4:7] == ["\t1", "\t建立改造项目库并动态更新", "\t市工业和信息化局"]


def test_ofd_table_over_a_page_break_is_one_table(tmp_path):
    t = plan.ofd_text
    head = [(28, "序号"), (45, "工作任务"), (100, "牵头单位"), (140, "完成时限")]

    def row(y, cells, first_id):
        return [t(x, y, text, 3.2, first_id + k) for k, ((x, _), text) in enumerate(zip(head, cells)) if text]
    page1 = [t(28, 20, "附件", 5.6, 1)] + row(40, [h for _, h in head], 2) + \
        row(48, ["1", "建立改造项目库", "市住建局", "2024年6月底前"], 10) + [t(100, 280, "- 1 -", 4.9, 19)]
    page2 = row(30, [h for _, h in head], 20) + row(38, ["2", "开展燃气管网改造", "市城管局", "2024年底前"], 30) + \
        [t(28, 60, "抄送：市委办公室", 5.6, 40), t(100, 280, "- 2 -", 4.9, 41)]
    got = read(plan.write_ofd_pages(tmp_path / "t.ofd", [page1, page2]))
    lines = texts(got)
    assert lines.count("\t序号") == 1                       # the repeated header is read once
    assert got.locators[lines.index("\t开展燃气管网改造")] == "page 2 table 1 row 3"
    assert got.locators[lines.index("\t建立改造项目库")] == "page 1 table 1 row 2"
    assert lines[-1] == "抄送：市委办公室"
    rows = {(a.raw.mention.text, a.raw.deadline) for a in build([tmp_path / "t.ofd"]).assignments
            if a.raw.role == "lead"}
    assert rows == {("市住建局", "2024-06"), ("市城管局", "2024-12")}


def test_unreadable_ofd_files_are_named(tmp_path):
    t = plan.ofd_text
    plan._zip(tmp_path / "no-entry.ofd", [("Doc_0/Document.xml", "<Document/>")])
    plan._zip(tmp_path / "bad-xml.ofd", [("OFD.xml", "<ofd:OFD xmlns:ofd='x'><DocBody>")])
    plan.write_ofd_pages(tmp_path / "scan.ofd", [[
        '<ofd:ImageObject ID="5" Boundary="0 0 210 297" ResourceID="9"/>']])
    plan.write_ofd_pages(tmp_path / "half.ofd", [[t(28, 30, "一、摸清底数（责任单位：市住建局）", 5.6, 3)],
                                                        ['<ofd:ImageObject ID="6" Boundary="0 0 1 1"/>']])
    files, issues = read_sources([tmp_path])
    got = {(i.file, i.code, i.severity) for i in issues}
    assert got == {("no-entry.ofd", "E105", "error"), ("bad-xml.ofd", "E105", "error"),
                   ("scan.ofd", "E106", "error"), ("half.ofd", "E106", "warning")}
    assert [f.name for f in files] == ["half.ofd"]
    assert "page 2" in next(i.message for i in issues if i.file == "half.ofd")


def test_odt_spaces_breaks_notes_and_merged_cells(tmp_path):
    body = ('<office:text><text:p>一、摸清底数<text:s text:c="2"/>（责任单位：<text:span>市住建局'
            '</text:span>）<text:note><text:note-body><text:p>脚注不读</text:p></text:note-body>'
            '</text:note></text:p><text:section><text:p>第一行<text:line-break/>第二行</text:p>'
            '</text:section><table:table><table:table-row><table:table-cell><text:p>序号</text:p>'
            '</table:table-cell><table:table-cell><text:p>工作任务</text:p></table:table-cell>'
            '<table:table-cell><text:p>牵头单位</text:p></table:table-cell></table:table-row>'
            '<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>'
            '<table:table-cell><text:p>建立项目库</text:p></table:table-cell>'
            '<table:table-cell table:number-rows-spanned="2"><text:p>市住建局</text:p>'
            '</table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>2'
            '</text:p></table:table-cell><table:table-cell><text:p>开展管网改造</text:p>'
            '</table:table-cell><table:covered-table-cell/></table:table-row></table:table>'
            '</office:text>')
    got = read(plan._odf(tmp_path / "a.odt", "application/vnd.oasis.opendocument.text", body))
    assert texts(got)[:3] == ["一、摸清底数  （责任单位：市住建局）", "第一行", "第二行"]
    assert texts(got).count("\t市住建局") == 2          # merged down: repeated, as in a .docx
    assert got.locators[4] == "table 1 row 1"


def test_packages_under_another_name_are_read_for_what_they_are(tmp_path):
    ofd = plan.write_ofd(tmp_path / "x.ofd").read_bytes()
    odt = plan.write_odt(tmp_path / "y.odt").read_bytes()
    doc = (FIXTURES / "plan.doc").read_bytes()
    assert sniff(ofd, ".zip") == ".ofd" and sniff(odt, ".doc") == ".odt"
    assert sniff(doc, ".docx") == ".doc" and sniff(doc, ".wps") == ".doc"
    (tmp_path / "plan.docx").write_bytes(doc)         # a .doc renamed .docx
    assert facts(build([tmp_path / "plan.docx"])) == facts(build([tmp_path / "x.ofd"]))
    with zipfile.ZipFile(tmp_path / "x.ofd") as z:
        assert "OFD.xml" in z.namelist()
