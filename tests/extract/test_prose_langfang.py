"""Duty clauses in prose of seventeen documents of the bundled corpus, scored on hand answers
(``tests/govs/prose-langfang``: labelled from the text, with the line spans labelled completely,
so a prose prediction there that matches no answer is a false positive). The floors are the F1
the build reached when the answers were written down; they guard against regressions. The
documents of the fifth round (coverage spans marked ``"round": 5``) have a floor of their own:
they were labelled after the other twelve had reached 0.97. The four documents of the sixth round
(``"round": 6``) hold no duty clause (a cover letter's bare ``请…组织实施``, honours, a list of
repealed rules, a plan written without holders): any prose prediction there is a false positive."""
from __future__ import annotations

from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "govs" / "prose-langfang"
# (round of the spans, answers, answers whose task is found at least, F1 floor)
SETS = [(None, 164, 160, 0.97), (5, 37, 35, 0.91)]


def _spans(sc, rnd):
    return [c for c in sc.read_jsonl(GOLD / "coverage.jsonl") if c.get("round") == rnd]


@pytest.mark.parametrize("rnd, answers, found, floor", SETS)
def test_prose_duties_of_corpus_documents(corpus_exports, scorer, rnd, answers, found, floor):
    sc = scorer
    spans = _spans(sc, rnd)
    gold = [g for g in sc.read_jsonl(GOLD / "assignments.jsonl")
            if any(g["file"] == c["file"] and c["first_line"] <= g["line"] <= c["last_line"]
                   for c in spans)]
    tallies = sc.score(sc.read_jsonl(corpus_exports / "assignments.jsonl"), gold,
                       sc.Lexicon.load(GOLD / "units.tsv"), spans, {"prose"})
    total = sc.Tally()
    for t in tallies.values():
        total.add(t)
    assert total.tasks == answers and total.tasks_found >= found
    assert total.f1 >= floor, (round(total.f1, 4), round(total.precision, 4), round(total.recall, 4))


def test_no_prose_duties_in_documents_without_any(corpus_exports, scorer):
    sc = scorer
    spans = _spans(sc, 6)
    assert len(spans) == 4
    tallies = sc.score(sc.read_jsonl(corpus_exports / "assignments.jsonl"), [],
                       sc.Lexicon.load(GOLD / "units.tsv"), spans, {"prose"})
    assert tallies["unmatched-predictions"].fp == 0
