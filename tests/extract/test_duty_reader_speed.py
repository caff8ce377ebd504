"""The duty reader's shortcuts (docs/SCALE.md, sixteenth round) answer what the reading without
them answers: each is compared with the slower reading it replaces, on real text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract.enrich import duties as D
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise

ROOT = Path(__file__).resolve().parents[2]
PROSE = ROOT / "tests" / "govs" / "prose" / "text"


def _documents(folder: Path) -> list[list[tuple[int, str]]]:
    docs = []
    for path in sorted(folder.glob("*.txt")):
        lines = [(n, normalise(t)) for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if t.strip()]
        docs.append(lines)
    return docs


@pytest.fixture(scope="module")
def documents():
    docs = _documents(PROSE)
    assert len(docs) >= 10
    return docs


@pytest.fixture(scope="module")
def known():
    return Resolver(load_lexicon()).knower("廊坊市")


def _read(docs, known):
    D._ITEMS_MEMO.clear()
    return [D.read_lines(lines, known, "prefecture") for lines in docs]


def test_manner_look_ahead_same_matches(documents):
    """MANNER_RE's look-ahead for the characters a manner word starts with finds what the
    pattern without it finds: at every position of every clause, and for every character."""
    new = D.MANNER_RE
    head = "(?=" + D._MANNER_FIRST + ")"
    assert new.pattern.startswith(head)
    old = re.compile(new.pattern[len(head):])
    clauses = {c for lines in documents for _n, t in lines for c in re.split("[，。；]", t) if c}
    for c in clauses:
        assert [m.span() for m in old.finditer(c)] == [m.span() for m in new.finditer(c)], c
        assert bool(old.fullmatch(c)) == bool(new.fullmatch(c)), c
        for k in range(len(c)):
            assert bool(old.match(c, k)) == bool(new.match(c, k)), c[k:]
    for ch in map(chr, range(0x20, 0x30000)):
        for tail in ("", "各自职责", "照职责", "2021年底", "年底前", "工作中", "实际", "要求"):
            assert bool(old.match(ch + tail)) == bool(new.match(ch + tail)), ch + tail


def test_subject_split_from_verb_read_as_before(documents, known, monkeypatch):
    """_verb_may_follow only spares readings whose subject no clause after could take."""
    fast = _read(documents, known)
    monkeypatch.setattr(D, "_verb_may_follow", lambda *a: True)
    slow = _read(documents, known)
    assert fast == slow
    assert sum(map(len, fast)) > 100        # the texts give duties: the comparison is not empty


def test_one_piece_unit_items_as_split(documents, known):
    """annotations._unit_items' answer for a text of one piece is what its loops give: every
    clause of the prose set and every head of one (the texts the duty reader asks)."""
    from kg.extract import annotations as A
    texts = {c[:k] for lines in documents for _n, t in lines for c in re.split("[，。；]", t)
             for k in range(2, min(len(c), 30) + 1)}
    texts |= {"", "。", "\u3000市财政局。", "*市财政局", "市发改委市财政局", "教育局经开区高新园"}
    one = 0
    for t in texts:
        for k in (known, None):
            assert A._unit_items(t, k) == A._unit_items_split(t, k), t
        one += not A._MANY_PIECES_RE.search(t)
    assert one > 1000       # the shortcut is taken


def _plain_predicates() -> re.Pattern:
    """PRED_RE as it was before the forty-first round: the first-character look-ahead and the
    named alternation, without the look-ahead of the predicates themselves."""
    return re.compile(
        "(?=[" + "".join(sorted({D._first_char(p) for p, _r in D.PREDICATES})) + "])(?:"
        + "|".join(f"(?P<p{k}>{p})" for k, (p, _r) in enumerate(D.PREDICATES)) + ")")


def _found(m):
    return None if m is None else (m.span(), m.lastgroup, m.groups())


def test_predicate_look_ahead_same_matches(documents):
    """PRED_RE's look-ahead of the predicates without their named groups (positions that start no
    predicate turned away before the ~100 named groups are tried) finds what the pattern
    without it finds: the same spans, the same predicate (group) and groups, by search, finditer,
    match at every position and fullmatch, in every clause of the prose set."""
    new, old = D.PRED_RE, _plain_predicates()
    assert "(?=" + D._PRED_ALTERNATIVES + ")" in new.pattern    # the gate is there
    assert new.groups == old.groups and new.groupindex == old.groupindex
    clauses = {c for lines in documents for _n, t in lines for c in re.split("[，。；]", t) if c}
    found = 0
    for c in clauses:
        assert _found(old.search(c)) == _found(new.search(c)), c
        assert [_found(m) for m in old.finditer(c)] == [_found(m) for m in new.finditer(c)], c
        assert _found(old.fullmatch(c)) == _found(new.fullmatch(c)), c
        for k in range(len(c)):
            assert _found(old.match(c, k)) == _found(new.match(c, k)), c[k:]
        found += new.search(c) is not None
    assert found > 1000         # predicates are found: the comparison is not empty


def test_first_leads_look_ahead_same_matches(documents):
    """annotations.FIRST_LEADS_RE's look-ahead for the characters a match opens with (列 排 第 首)
    finds what the pattern without it finds, on every line of the prose set and on the forms
    it reads."""
    from kg.extract import annotations as A
    head = "(?=[列排第首])"
    new = A.FIRST_LEADS_RE
    assert new.pattern.startswith(head)
    old = re.compile(new.pattern[len(head):])
    texts = [t for lines in documents for _n, t in lines]
    texts += ["排名第一的为牵头单位", "列第一位的为牵头部门", "排在第一位的部门为牵头单位", "首位为主办单位",
              "（第一个单位为牵头单位）", "第一责任单位是工作牵头单位", "市发改委（排名第一者为牵头单位）"]
    hits = 0
    for t in texts:
        assert [m.span() for m in old.finditer(t)] == [m.span() for m in new.finditer(t)], t
        assert [m.groups() for m in old.finditer(t)] == [m.groups() for m in new.finditer(t)], t
        assert old.sub("", t) == new.sub("", t), t
        hits += new.search(t) is not None
    assert hits >= 7


def _mask_by_character(text: str) -> str:
    """_mask as it was before the forty-first round: one character at a time."""
    out, open_kinds = [], []
    for ch in text:
        if ch in D._BRACKET_KIND and ch in "（(〔【":
            out.append(ch if not open_kinds else "□")
            open_kinds.append(D._BRACKET_KIND[ch])
        elif ch in D._BRACKET_KIND and open_kinds:
            kind = D._BRACKET_KIND[ch]
            if kind in open_kinds:
                del open_kinds[len(open_kinds) - 1 - open_kinds[::-1].index(kind):]
            else:
                open_kinds.pop()
            out.append(ch if not open_kinds else "□")
        else:
            out.append("□" if open_kinds else ch)
    return "".join(out)


def test_mask_bracket_by_bracket_as_by_character(documents):
    """_mask fills the text between two brackets whole: the same mask as one character at a
    time, on every line of the prose set and on random runs of brackets of every kind (nested,
    unclosed, closed twice, a closer of another kind)."""
    import random
    rnd = random.Random(41)
    texts = [t for lines in documents for _n, t in lines]
    texts += ["".join(rnd.choice("（()）〔〕【】市局，a ") for _ in range(rnd.randint(0, 16)))
              for _ in range(20000)]
    texts += ["（办〔2017号）市财政局", "市政府（市发改委（牵头）、市财政局）负责", "）市局（", "【（】）"]
    assert sum(1 for t in texts if D._MASK_BRACKET_RE.search(t)) > 1000
    for t in texts:
        assert D._mask(t) == _mask_by_character(t), t


def _without_glosses_by_character(text: str):
    """assignments._without_glosses as it was before the forty-first round."""
    from kg.patterns import GLOSS_RE
    plain, at, i = [], [], 0
    while i < len(text):
        g = GLOSS_RE.match(text, i) if text[i] == "（" else None
        if g:
            i = g.end()
            continue
        plain.append(text[i])
        at.append(i)
        i += 1
    return "".join(plain), at


def test_without_glosses_by_bracket_as_by_character(documents):
    """assignments._without_glosses reads the text up to each opening bracket whole (and a text
    without one as it is): the same text and positions as one character at a time, on every line
    of the prose set and on random runs of glosses, brackets and characters."""
    import random
    from kg.extract.assignments import _without_glosses
    rnd = random.Random(41)
    pieces = ["（", "）", "shí", "ā", "市", "局", "（shí）", "（lián）", "（2）", "a", "，"]
    texts = [t for lines in documents for _n, t in lines]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))) for _ in range(20000)]
    texts += ["联（lián）席会（huì）议", "（shí）", "市局（", "（（lián）"]
    glossed = 0
    for t in texts:
        got = _without_glosses(t)
        assert got == _without_glosses_by_character(t), t
        glossed += got[0] != t
    assert glossed > 1000


class _Refusing:
    """A pattern that fails the test when used (a gate must spare it)."""

    def __getattr__(self, name):
        raise AssertionError(f"{name} asked past the gate")


def _split_collapsed_ungated(lines, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(D, "_COLLAPSED_GATE_RE", re.compile(""))     # every line past the gate
        return D._split_collapsed(lines)


def test_collapsed_line_gate_same_lines(documents, monkeypatch):
    """_split_collapsed's gate (docs/SCALE.md, forty-third round) keeps whole only lines none of
    its cuts' patterns match in: every line of the prose set is cut as without the gate, and a
    line with no gate character is never scanned by the patterns."""
    lines = [(n, t) for lines in documents for n, t in lines]
    lines += [(1, "二、主要职责 （一）负责全市财政工作。 （二）负责预算。 （三）负责决算。"),
              (2, "…如下：县环保局。负责环境保护。县交通局。负责交通运输。"),
              (3, "按规定执行。第五条市财政局负责…"), (4, "X的职责是：（一）负责…；（二）负责…")]
    assert D._split_collapsed(lines) == _split_collapsed_ungated(lines, monkeypatch)
    assert len(D._split_collapsed(lines[-4:])) > 8          # the examples are cut
    gated = sum(1 for _n, t in lines if not D._COLLAPSED_GATE_RE.search(t))
    assert gated > len(lines) // 3                          # most lines skip the scans
    for name in ("INLINE_MARK_RE", "NAME_SENTENCE_RE", "DUTIES_INLINE_RE", "STOP_ARTICLE_RE"):
        monkeypatch.setattr(D, name, _Refusing())
    assert D._split_collapsed([(7, "市财政局负责统筹资金，市教育局配合。")]) == [(7, "市财政局负责统筹资金，市教育局配合。")]


def test_duties_of_asks_its_pattern_only_with_zhi(documents, monkeypatch):
    """_duties_of's pattern holds 职责 or 职能 in both its forms: a sentence without 职 is
    answered None before the pattern is tried; at every sentence start of the prose set a match
    holds 职 (the gate refuses nothing the pattern would take)."""
    matched = 0
    for lines in documents:
        for _n, t in lines:
            for k in [0] + [m.end() for m in re.finditer("[。；：:]", t)]:
                m = D.DUTIES_OF_RE.match(t, k)
                if m:
                    matched += 1
                    assert "职" in m.group(0), t[k:]
    assert matched > 0
    monkeypatch.setattr(D, "DUTIES_OF_RE", _Refusing())
    text = "市财政局负责全市财政预算工作。"
    assert D._duties_of(text, 0, len(text), None) is None
