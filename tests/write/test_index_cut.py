"""The index writer's own cut (kg.write.search_index._Cutter) gives jieba's words: the index
is made of them, and kg.read.who cuts a question by the index's vocabulary."""
from __future__ import annotations

import math
from pathlib import Path

import jieba
import pytest

from kg.text import PUNCT_RE
from kg.write import search_index as si

EXTRA = ["老旧管网", "算力券", "首违不罚", "市住建局", "市人民防空办公室", "AB12"]
TEXTS = [
    "加快老旧管网改造，落实算力券和首违不罚制度",
    "市住房和城乡建设局牵头，市人民防空办公室配合",
    "推进5G基站建设123项，完成GDP增长6.5%目标",
    "对建设工程施工企业安全生产及主要负责人资格许可条件的检查",
    "中华人民共和国国家发展和改革委员会上市企业奖励办法AB12C",
    "a1b2", "x", "一", "研究生命起源", "南京市长江大桥", "工信和信息化局局长",
]


@pytest.fixture(scope="module")
def cutters():
    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    for w in sorted(set(EXTRA)):
        tk.add_word(w, freq=50000)
    return tk, si._Cutter(EXTRA)


def test_cutter_gives_jiebas_search_words(cutters):
    tk, cutter = cutters
    runs = [r for text in TEXTS for r in si._JIEBA_RUN.findall(text)]
    assert len(runs) > len(TEXTS)
    for run in runs:
        want = [w for w in tk.lcut_for_search(run, HMM=False)
                if len(w) >= 2 and not PUNCT_RE.fullmatch(w)]
        assert cutter.cut(run) == want, run


def _logs(freq: dict[str, int]) -> dict[str, float]:
    """jieba's FREQ as the cutter holds it: log frequencies, a prefix that is no word apart."""
    return {w: math.log(f) if f else si._NO_WORD for w, f in freq.items()}


def test_cutter_dictionary_is_jiebas(cutters):
    tk, cutter = cutters
    tk.check_initialized()
    assert cutter.freq == _logs(tk.FREQ)
    assert cutter.logtotal == math.log(tk.total)
    # a second load comes from kg's copy of the dictionary and is the same
    freq, total = si._jieba_freq()
    base = jieba.Tokenizer()
    base.check_initialized()
    assert total == base.total and freq == _logs(base.FREQ)
    # the prefixes that are no word are told apart from a word of frequency 1 (log 0.0)
    assert si._NO_WORD < 0 and sum(1 for f in base.FREQ.values() if f == 0) == sum(
        1 for f in freq.values() if f == si._NO_WORD)


def test_dictionary_copy_lives_in_the_users_cache_and_is_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert si.cache_dir() == tmp_path / "kg"
    freq, total = si._jieba_freq()            # made from jieba's own load the first time
    copies = list((tmp_path / "kg").glob("kg-jieba-*.cache"))
    assert len(copies) == 1 and not list((tmp_path / "kg").glob("*.cache.*"))  # no half-written file
    again, total2 = si._jieba_freq()          # read back from the copy
    assert total2 == total and again == freq


def test_the_copy_is_keyed_by_jiebas_own_version_and_dictionary_file():
    """The copy is found without importing jieba: the version and dictionary file read from its
    installed metadata are the ones jieba itself gives."""
    assert si._jieba_files() == (jieba.__version__,
                                 Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME))


def test_an_unreadable_copy_falls_back_to_jiebas_load(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    si._jieba_freq()
    copy = next((tmp_path / "kg").glob("kg-jieba-*.cache"))
    copy.write_bytes(b"not a marshalled dictionary")
    freq, total = si._jieba_freq()
    assert total > 0 and freq.get("建设", 0) > 0


def test_a_word_a_term_of_the_corpus_straddles_is_kept():
    """A term of the corpus (a recurring 4-gram, added as jieba's add_word(w, 50000)) that takes
    a character of a word before it (时报告县 of 应同时报告县) leaves that character alone; the
    word it makes with the term's first character, where the dictionary without the terms cuts
    it so, is a token too (同时). Not a word that dictionary would not cut there (地主 of 事发地 /
    主管部门), and nothing changes for the words of ``words`` (units' names) alone."""
    terms = ["时报告县", "主管部门"]
    cutter = si._Cutter([], terms=terms)
    assert "同时" in cutter.cut("应同时报告县主管部门")
    assert "及时" in cutter.cut("应及时报告县人民政府")
    assert "地主" not in cutter.cut("事发地主管部门接报后")
    plain = si._Cutter(terms)
    for run in ("应同时报告县主管部门", "应及时报告县人民政府", "事发地主管部门接报后"):
        extra = [w for w in cutter.cut(run) if w not in plain.cut(run)]
        assert extra in ([], ["同时"], ["及时"]), (run, extra)
