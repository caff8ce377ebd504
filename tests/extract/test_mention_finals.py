"""find_units' per-character test of the final characters of known names (kg.extract.enrich.
mentions): answered once per character and set of finals (docs/SCALE.md, forty-third round),
the names found as when each line asked every character again."""
from __future__ import annotations

from pathlib import Path

import kg.extract.enrich.mentions as M
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise

ROOT = Path(__file__).resolve().parents[2]


def _lines() -> list[str]:
    out = []
    for path in sorted((ROOT / "corpus" / "langfang").glob("*.txt"))[:6]:
        out += [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return out


def test_final_characters_asked_once(monkeypatch):
    known = Resolver(load_lexicon()).knower("廊坊市")
    asked = []

    def counting(text):
        asked.append(text)
        return normalise(text)
    monkeypatch.setattr(M, "normalise", counting)
    M._FINAL_OF[:] = [None, {}]
    line = "市财政局、市教育局负责，市财政局配合"
    first = M._find_in_line(line, known, ())
    assert sorted(asked) == sorted(set(line))       # each character once
    asked.clear()
    assert M._find_in_line(line, known, ()) == first and asked == []
    assert "市财政局" in first


def test_final_characters_memo_same_names():
    """The names of real lines: found alike with the memo kept across lines and with it new
    for every line (the answer per character is a function of the character and the set)."""
    known = Resolver(load_lexicon()).knower("廊坊市")
    lines = _lines()
    assert len(lines) > 200
    M._FINAL_OF[:] = [None, {}]
    kept = [M._find_in_line(t, known, ("安次区", "广阳区")) for t in lines]
    fresh = []
    for t in lines:
        M._FINAL_OF[:] = [None, {}]
        fresh.append(M._find_in_line(t, known, ("安次区", "广阳区")))
    assert kept == fresh
    assert sum(map(len, kept)) > 50
    M._find_in_line("市财政局", lambda n: known(n), ())   # a knower that tells no finals
    assert M._FINAL_OF[0] is known.final_chars          # leaves the memo as it was
