from kg.extract.sources import compact, decode, normalise, original_of, read_sources
from kg.model import Line


def test_normalise_keeps_length_and_folds_width_and_script():
    raw = "（責任單位:市財政局)\u3000１２３"
    n = normalise(raw)
    assert len(n) == len(raw)
    assert n == "（责任单位：市财政局） 123"


def test_compact_drops_spaces():
    assert compact("通　　知") == "通知"


def test_decode_utf8_bom_and_gb18030():
    text = "关于印发方案的通知"
    assert decode(("\ufeff" + text).encode("utf-8"), "a.txt")[0] == text
    got, enc, issue = decode(text.encode("gb18030"), "b.txt")
    assert got == text and issue is None and enc == "gb18030"


def test_decode_reports_empty_and_binary():
    assert decode(b"  \n", "e.txt")[2].code == "E103"
    assert decode(b"\x00\x01\x02\xff\xfe\x00" * 50, "bin.txt")[2].code in ("E102", "E101")


def test_original_of_returns_traditional_spelling():
    text = "（責任單位：市規劃和自然資源局）"
    line = Line("f.txt", 1, text, normalise(text))
    assert original_of("市规划和自然资源局", line) == "市規劃和自然資源局"


def test_read_sources_recurses_and_reports(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("一、任务", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    files, issues = read_sources([tmp_path])
    assert [f.name for f in files] == ["sub/a.txt"]
    assert [i.file for i in issues] == ["empty.txt"]
