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
