"""Work the extraction no longer repeats (docs/SCALE.md, forty-fourth round, helper sp15): an
annotation's kind and a line's cuts answered once per text and document short forms
(``annotations._per_document``), and patterns scanned only where a character every match holds
is. The answers are the same: each gate's character is checked against every line and clause
of the prose and collected sets, and the memos' answers against a fresh computation."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg.extract.annotations as A
import kg.extract.enrich.duties as D
from kg.text import normalise

ROOT = Path(__file__).resolve().parents[2]


class _Spy:
    """A compiled pattern that records the texts it is asked about."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.asked = pattern, []

    def __getattr__(self, name):
        method = getattr(self.pattern, name)

        def asking(*args, **kwargs):
            self.asked.append(args[1] if name == "sub" else args[0])     # (sub: the replacement first)
            return method(*args, **kwargs)
        return asking if name in ("match", "search", "fullmatch", "sub", "finditer") else method


def _texts() -> list[str]:
    """Every line of the prose and collected sets, normalised and compact, and each of its
    clauses (the pieces the duty reader asks about)."""
    out: set[str] = set()
    for folder in ("prose", "collected"):
        for path in sorted((ROOT / "tests" / "govs" / folder / "text").glob("*.txt")):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                t = normalise(line)
                out.add(t)
                out.add("".join(t.split()))
                out.update(p for p in re.split("[，,；;。]", t) if p)
    return sorted(out)


# (pattern, the characters one of which every match holds)
GATES = [
    (D._SHORT_NAME_DEF_RE, ("称",)),
    (D._BRACKET_SPACE_GOV_RE, (" ", "　")),
    (D.CONDITION_RE, ("的",)),
    (D.POST_FILLED_END_RE, ("任",)),
    (D.REQUIRED_RE, ("要求", "责成")),
    (D.TRANSFERRED_RE, ("转", "交由")),
    (D.PUT_UNDER_RE, ("归口",)),
    (A._LABEL_SEMICOLON_RE, ("；", ";")),
    (A._LABEL_IS_PIECE_RE, ("为", "是")),
    (A._VERB_CLAUSE_SEP_RE, ("、", " ")),
    (A.NO_ORDER_RE, ("不分先后",)),
    (A.BLANKET_RE, ("不",)),
]


@pytest.mark.parametrize("pattern,needles", GATES, ids=[g[0].pattern[:30] for g in GATES])
def test_every_match_holds_the_gate(pattern, needles):
    """The gate refuses only texts the pattern finds nothing in: every match, over the sets'
    lines and clauses (searched, so at any position), holds one of the gate's characters."""
    texts = _texts()
    matched = 0
    for t in texts:
        for m in pattern.finditer(t):
            matched += 1
            assert any(n in m.group(0) for n in needles), (pattern.pattern, t, m.group(0))
    for t in texts:
        if not any(n in t for n in needles):
            assert pattern.search(t) is None, (pattern.pattern, t)
    assert len(texts) > 10000


def test_duty_clause_patterns_not_scanned_without_their_words(monkeypatch):
    spies = {name: _Spy(getattr(D, name)) for name in (
        "REQUIRED_RE", "TRANSFERRED_RE", "PUT_UNDER_RE", "CONDITION_RE", "POST_FILLED_END_RE")}
    for name, spy in spies.items():
        monkeypatch.setattr(D, name, spy)
    subjects = D._Subjects(lambda name: False)
    clause = "市发展改革局组织开展专项检查"
    assert D._required(clause, subjects) is None
    assert D._transferred(clause, subjects) is None
    assert D._put_under(clause, subjects) is None
    assert D._by(clause, subjects) is None
    assert all(not spy.asked for spy in spies.values()), {k: s.asked for k, s in spies.items()}
    # with their words they are asked, and read as before
    assert D._put_under("归口市财政局管理", D._Subjects(lambda name: name == "市财政局")) \
        == [("市财政局", None)]
    assert spies["PUT_UNDER_RE"].asked == ["归口市财政局管理"]


def test_short_name_definition_not_scanned_without_cheng(monkeypatch):
    spy = _Spy(D._SHORT_NAME_DEF_RE)
    monkeypatch.setattr(D, "_SHORT_NAME_DEF_RE", spy)
    assert D._without_short_def("市财政局（牵头）") == "市财政局（牵头）"
    assert spy.asked == []
    assert D._without_short_def("市防汛抗旱指挥部（以下简称市防指）") == "市防汛抗旱指挥部"
    assert spy.asked == ["市防汛抗旱指挥部（以下简称市防指）"]


def test_glossed_space_pattern_not_scanned_without_space(monkeypatch):
    spy = _Spy(D._BRACKET_SPACE_GOV_RE)
    monkeypatch.setattr(D, "_BRACKET_SPACE_GOV_RE", spy)
    assert D._Subjects._glossed("县（市、区）人民政府", lambda t: [(t, None)]) == [("县（市、区）人民政府", None)]
    assert spy.asked == []
    assert D._Subjects._glossed("县（市、区） 人民政府", lambda t: [(t, None)]) == [("县（市、区）人民政府", None)]
    assert spy.asked == ["县（市、区） 人民政府"]


def test_squeeze_patterns_not_scanned_without_their_characters(monkeypatch):
    spies = {name: _Spy(getattr(A, name)) for name in (
        "_LABEL_SEMICOLON_RE", "_LABEL_IS_PIECE_RE", "_VERB_CLAUSE_SEP_RE")}
    for name, spy in spies.items():
        monkeypatch.setattr(A, name, spy)
    assert A._squeeze("市财政局牵头，市教育局配合") == "市财政局牵头，市教育局配合"
    assert all(not spy.asked for spy in spies.values())
    assert A._squeeze("责任单位;市财政局") == "责任单位：市财政局"
    assert A._squeeze("牵头单位为市发改委") == "牵头单位：市发改委"
    assert A._squeeze("市发改委牵头、市财政局配合") == "市发改委牵头，市财政局配合"


def test_classify_reads_a_bracket_once_per_document_short_forms(monkeypatch):
    squeezed = []
    real = A._squeeze

    def counting(text):
        squeezed.append(text)
        return real(text)
    monkeypatch.setattr(A, "_squeeze", counting)
    content = "沙坪坝区测试十五局牵头，市财政局配合"
    first = A.classify(content)
    assert A.classify(content) == first == "verb"
    assert squeezed == [content]            # the second ask answered without the work
    # under other short forms the bracket is read again (a short form may be a unit there)
    short = "县试十五指负责"
    assert A.classify(short) is None
    token = A.DOC_ALIASES.set({"县试十五指": "县防汛抗旱指挥部"})
    try:
        assert A.classify(short) == "verb"
        assert A.classify(content) == "verb"
    finally:
        A.DOC_ALIASES.reset(token)
    assert A.classify(short) is None
    assert squeezed.count(short) == 2 and squeezed.count(content) == 2


def test_annotation_cuts_memo_gives_a_new_list():
    line = normalise("推进A工作（市发改委负责落实）。推进B工作，完善相关制度和机制建设（市财政局负责落实）。")
    cuts = A.annotation_cuts(line)
    assert cuts and isinstance(cuts, list)
    cuts.append(999)
    assert A.annotation_cuts(line) == cuts[:-1]
