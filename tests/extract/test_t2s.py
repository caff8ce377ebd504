"""normalise() skips OpenCC on text that holds no character its t2s dictionaries change: the
same result as converting every text (kg.text._t2s_changes)."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg.text as kt
from kg.pipeline import BUNDLED_CORPUS

ROOT = Path(__file__).resolve().parents[2]


def _through_opencc(text: str) -> str:
    """normalise as it was before the filter: every text with a CJK character to OpenCC."""
    saved, saved_all = kt._t2s_changes, kt._changing_re
    kt._t2s_changes = kt._changing_re = lambda: None
    try:
        return kt.normalise.__wrapped__(text)
    finally:
        kt._t2s_changes, kt._changing_re = saved, saved_all


def _clear() -> None:
    """Forget the characters read (the class of them, its pattern, the pattern of all)."""
    for f in (kt._t2s_changed_bmp, kt._t2s_changes, kt._changing_re):
        f.cache_clear()


@pytest.fixture(autouse=True)
def filtered(monkeypatch):
    """As after the first _T2S_DIRECT texts of a process: the filter in use."""
    monkeypatch.setattr(kt, "_t2s_asked", kt._T2S_DIRECT)


def test_a_short_command_never_reads_the_keys(monkeypatch):
    monkeypatch.setattr(kt, "_t2s_asked", 0)
    monkeypatch.setattr(kt, "_t2s_changes", lambda: pytest.fail("keys read"))
    monkeypatch.setattr(kt, "_changing_re", lambda: pytest.fail("keys read"))
    for k in range(50):
        assert kt.normalise.__wrapped__(f"第{k}條 關於市財政局") == f"第{k}条 关于市财政局"
    assert kt._t2s_asked == 50


def test_the_filter_knows_opencc_keys():
    changes = kt._t2s_changes()
    assert changes is not None
    # a traditional character, and the character a phrase key changes though it stays alone
    # (深沈 -> 深沉: 沈 alone is a surname); 深 is changed by no key
    assert changes.match("單") and changes.match("沈") and not changes.match("深")
    assert not changes.match("市")
    assert changes.match("\U00030EDE")      # above U+FFFF: sent to OpenCC
    assert kt.normalise.__wrapped__("深沈") == "深沉" == _through_opencc("深沈")
    assert kt.normalise.__wrapped__("（責任單位:市財政局）") == "（责任单位：市财政局）"


def test_a_text_nothing_would_change_is_returned_at_once():
    """The one class of every character normalise may change (the fold table's, the angle
    brackets, the tortoise-shell bracket, OpenCC's): a text holding none is returned as it
    is, the same text each step gives; one holding any goes through the steps."""
    changing = kt._changing_re()
    assert changing is not None
    for c in ["(", ":", "\u3000", "[", "０", "Ａ", "\x02", "衞", "<", "〈", "〔", "單", "沈", "\U00030EDE"]:
        assert changing.search("市财政局" + c), repr(c)
    for c in ["，", "、", "（", "：", "市", "深", "a", "1", " "]:
        assert not changing.search("市财政局" + c), repr(c)
    for text in ["市财政局、市发改委，负责", "各县（市、区）人民政府：", "深沈", "《关于<加强>的通知》",
                 "各縣〔市、區〕", "市財政局", "ＡＢ（１）"]:
        assert kt.normalise.__wrapped__(text) == _through_opencc(text), text


@pytest.mark.parametrize("folder", [BUNDLED_CORPUS, ROOT / "tests/govs/collected/text"])
def test_every_line_normalises_as_through_opencc(folder):
    lines = {line for p in sorted(Path(folder).glob("*.txt"))
             for line in p.read_text(encoding="utf-8", errors="replace").splitlines()}
    lines |= {"關於進一步加強營商環境建設的實施意見", "深沈的夜", "乾淨", "台灣"}
    differ = [t for t in lines if kt.normalise.__wrapped__(t) != _through_opencc(t)]
    assert not differ, differ[:5]


def test_the_characters_are_kept_in_the_users_cache_and_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _clear()
    try:
        first = kt._t2s_changes()
        copies = list((tmp_path / "kg").glob("kg-t2s-*.cache"))
        assert len(copies) == 1 and not list((tmp_path / "kg").glob("*.cache.*"))
        _clear()
        monkeypatch.setattr(kt, "_dictionary_changes", lambda *a: pytest.fail("not reused"))
        assert kt._t2s_changes().pattern == first.pattern
        copies[0].write_text("another key\n單", encoding="utf-8")     # stale: read again
        _clear()
        monkeypatch.setattr(kt, "_dictionary_changes", lambda *a: "單")
        stale = kt._t2s_changes()
        assert stale.match("單") and not stale.match("沈")
    finally:
        _clear()


def test_cjk_ext_pattern_is_every_character_above_u2e80():
    """kg.text._CJK_EXT_RE (what OpenCC may convert) holds exactly the characters above U+2E80,
    written as the complement of what is below (forty-first round: the range up to U+10FFFF
    cost the regex compiler ~53 000 steps at every process's start)."""
    from kg import text
    assert text._CJK_EXT_RE.pattern.startswith("[^")
    pat = text._CJK_EXT_RE
    assert all((pat.match(chr(cp)) is not None) == (cp > 0x2E80) for cp in range(0x110000))
