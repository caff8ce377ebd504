import pytest

from kg.extract.outline import parse_outline
from kg.text import normalise
from kg.model import Line


def lines_of(text):
    return [Line("o.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_nested_markers_and_paths():
    text = "一、总体要求\n（一）指导思想\n1.坚持党的领导。\n2.坚持以人为本。\n（二）基本原则\n二、主要任务\n（一）加强建设\n"
    root = parse_outline(lines_of(text))
    paths = [n.path for n in root.walk() if n.kind != "root"]
    assert ("一", "（一）", "1") in paths
    assert ("一", "（一）", "2") in paths
    assert ("一", "（二）") in paths
    assert ("二", "（一）") in paths


def test_table_with_continuation_merged_and_empty_cells():
    text = ("附件\n\n\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t算力券补助\n\t市发改委\n\n"
            "\t2\n\tAI大模型补助\n\t市科技局\n\n市工信局\n\n\t3\n\t\n\t\n\n\n后文")
    root = parse_outline(lines_of(text))
    rows = [n for n in root.walk() if n.kind == "row"]
    assert [r.label for r in rows] == ["1", "2", "3"]
    assert rows[1].cells[2].text == "市科技局\n市工信局"
    assert rows[0].path == ("附件", "1")
    assert rows[0].header == ["序号", "重点任务", "责任单位"]


def test_empty_cell_before_the_blank_line_between_rows_does_not_end_the_table():
    # a lone tab is an empty cell although the line is blank: the table goes on after it
    text = ("\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t算力券补助\n\t\n\n"
            "\t2\n\tAI大模型补助\n\t市科技局\n\n\n后文")
    rows = [n for n in parse_outline(lines_of(text)).walk() if n.kind == "row"]
    assert [r.label for r in rows] == ["1", "2"]
    assert [c.text for c in rows[0].cells] == ["1", "算力券补助", ""]
    assert rows[1].cells[2].text == "市科技局"


def test_standalone_annotation_becomes_a_note():
    text = "（二）科学编制改造方案。各地要严格对照。\n（责任单位：市住建局）\n（三）统筹推动实施。"
    from kg.extract.annotations import is_standalone_annotation
    root = parse_outline(lines_of(text), is_standalone_annotation)
    first = root.children[0]
    assert [ln.number for ln in first.notes] == [2]


def test_box_items_stay_inside_the_box():
    text = "1.外层一。\n\n\t专栏1  建设工程\n\n1.内层一。\n\n2.内层二。\n\n\n2.外层二。"
    root = parse_outline(lines_of(text))
    labels = [n.path for n in root.walk() if n.kind != "root"]
    assert ("1", "专栏1", "1") in labels and ("1", "专栏1", "2") in labels
    assert ("2",) in labels


def test_two_character_word_weights_are_jiebas():
    """The run-together table reader weighs a name's first two characters by jieba's word
    frequency, read from jieba's dictionary file without loading jieba: every two-character
    word and prefix gives what jieba's own load gives."""
    import logging

    import jieba

    from kg.extract import outline
    two = outline._two_char_freq()
    assert two and two["教育"] > 0
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    freq = jieba.dt.FREQ
    for word in {k for k in freq if len(k) == 2} | set(two):
        assert int(freq.get(word) or 0) == outline._word_weight(word), word


def test_two_character_word_table_read_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    """The table of two-character words kept in kg's cache folder gives every word the
    frequency the dictionary file gave when it was built (the second read is the cache's)."""
    from kg.extract import outline
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    outline._two_char_freq.cache_clear()
    try:
        built = outline._two_char_freq()
        if built is None:
            pytest.skip("jieba's dictionary is not installed")
        assert list(tmp_path.glob("kg/kg-jieba2-*.cache"))
        outline._two_char_freq.cache_clear()
        cached = outline._two_char_freq()
        assert cached is not built
        assert list(cached) == list(built) and cached.freqs == built.freqs
        assert cached["教育"] == built["教育"] > 0 and cached.get("平教") == built.get("平教")
    finally:
        outline._two_char_freq.cache_clear()


def test_marker_first_character_gate_refuses_no_marker():
    """match_marker's gate (_MARKER_FIRST_RE, the characters a marker opens with) turns away no
    line that a pattern of MARKERS matches: for each pattern, a marker it reads with its first
    character replaced by every character the gate refuses (every one of the BMP, every 97th
    above it)."""
    from kg.extract import outline as O
    examples = ("第一章", "第一条", "一、", "（一）", "1.", "⒈", "01 项目名称", "（1）", "⑴", "1）", "①",
                "六是加强", "■", "行动一：提速")
    chars = [chr(cp) for cp in (*range(0x20, 0x10000), *range(0x10000, 0x110000, 97))
             if not 0xD800 <= cp < 0xE000 and not O._MARKER_FIRST_RE.match(chr(cp))]
    assert len(chars) > 60000
    for _kind, rx in O.MARKERS:
        example = next(e for e in examples if rx.match(e))     # (every pattern has one)
        for ch in chars:
            assert rx.match(ch + example[1:]) is None, (ch + example[1:], rx.pattern)
    # and the lines that open with a marker are read as before
    assert O.match_marker("  （三）加强监管") == ("pcn", "（三）", 5)
    assert O.match_marker("⒉做好") == ("num", "2", 1)
    assert O.match_marker("六是G350线整治") == ("shi", "六是", 2)
    assert O.match_marker("■ 重点") == ("bullet", "■", 1)
    assert O.match_marker("加强监管") is None
