"""Fuzz the readers (hypothesis): random Chinese text with brackets, separators, labels, tabs
and every kind of line end never crashes a reader, loses no text line, and stays linear."""
from __future__ import annotations

import html
import time
import unicodedata

from hypothesis import given, settings, strategies as st

from kg.extract.formats import read_bytes
from kg.extract.formats.text import (_ENTITY_RE, _LOST_INDENT_RE, marked_up, split_lines,
                                     unmarkup)
from kg.text import as_written

PIECES = ["一、", "（一）", "1.", "责任单位：", "牵头单位：", "完成时限：", "2024年6月底前", "市住建局",
          "、", "，", "；", "（", "）", "(", ")", "\t", "\r\n", "\r", "\n", "<p>", "</p>", "<br>",
          "<table><tr><td>", "</td><td>", "</td></tr></table>", "&amp;", "供稿", "=SUM(1)", "\x00",
          "\ufeff", "\u3000", " "]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join)


def _shown(text: str) -> str:
    """The text as the reader means to show it: a page's markup read (tags dropped, entities read,
    :func:`kg.extract.formats.text.unmarkup`) and a paragraph's lost indent (``??``) dropped;
    what the reader must then keep, every character of it."""
    lines = [_LOST_INDENT_RE.sub("", t) for t in split_lines(unicodedata.normalize("NFC", text))]
    numbered = list(enumerate(lines, 1))
    if marked_up(lines):
        return "\n".join(t for _n, t in unmarkup(numbered))
    if any(_ENTITY_RE.search(t) for t in lines):
        return "\n".join(html.unescape(t) for t in lines)
    return "\n".join(lines)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_text_reader_never_crashes_and_keeps_every_line(text):
    got = read_bytes(text.encode("utf-8"), "f.txt", ".txt")
    for issue in got.issues:
        assert issue.file == "f.txt"
    if got.lines:
        cells = "".join(ln.text.replace("\t", "") for ln in got.lines)
        for ch in _shown(text):                          # the reader composes characters
            # control characters (DEL included) are read as spaces by design (kg/text.py), and
            # invisible ones (zero-width, a soft hyphen) dropped (as_written)
            if ch.strip() and ch not in "\t\ufeff" and unicodedata.category(ch) != "Cc" \
                    and as_written(ch):
                assert ch in cells


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_html_reader_never_crashes(text):
    got = read_bytes(("<html><body><div id='zoom'>" + text + "</div></body></html>").encode(),
                     "p.html", ".html")
    assert all(ln.file == "p.html" for ln in got.lines)


def test_reading_stays_linear():
    """A guard against a quadratic reader, not a speed target: the best of three timings of each
    size, with the collector paused (a full collection of the suite's heap landing in one timing
    once made it 17x the other)."""
    import gc
    line = "一、推进改造（责任单位：市住建局；完成时限：2024年6月底前）\t" + "，" * 50
    times = []
    for n in (2000, 8000):
        data = "\n".join(["序号\t任务\t牵头单位"] + [line] * n).encode("utf-8")
        best = None
        for _ in range(3):
            gc.collect()
            gc.disable()
            try:
                started = time.process_time()
                read_bytes(data, "big.txt", ".txt")
                took = time.process_time() - started
            finally:
                gc.enable()
            best = took if best is None else min(best, took)
        times.append(best)
    assert times[1] < 4 * times[0] * 2 + 0.5          # 4x the input, well under 8x the time


def test_a_bug_in_a_reader_is_reported_as_kg_s_not_as_a_corrupt_file(monkeypatch):
    """A name missing in kg's own code (an import a change broke) is no fault of the file:
    the issue says so and names the file, instead of asking the user to re-save it."""
    from kg.extract import formats

    def broken(data, name):
        from kg.extract.formats.pdf import _no_such_helper  # noqa: F401
    monkeypatch.setitem(formats.READERS, ".txt", broken)
    got = read_bytes("一、推进改造".encode(), "a.txt", ".txt")
    assert [(i.code, i.file, i.severity) for i in got.issues] == [("E309", "a.txt", "error")]
    assert "not at fault" in got.issues[0].message and "ImportError" in got.issues[0].message
