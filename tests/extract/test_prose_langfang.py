"""Duty clauses in prose of twelve documents of the bundled corpus, scored on hand answers
(``tests/govs/prose-langfang``: labelled from the text, with the line spans labelled completely,
so a prose prediction there that matches no answer is a false positive). The floor is the F1
the build reached when the answers were written down; it guards against regressions."""
from __future__ import annotations

from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "govs" / "prose-langfang"
FLOOR = 0.97


def test_prose_duties_of_twelve_corpus_documents(corpus_exports, scorer):
    sc = scorer
    tallies = sc.score(sc.read_jsonl(corpus_exports / "assignments.jsonl"),
                       sc.read_jsonl(GOLD / "assignments.jsonl"),
                       sc.Lexicon.load(GOLD / "units.tsv"),
                       sc.read_jsonl(GOLD / "coverage.jsonl"), {"prose"})
    total = sc.Tally()
    for t in tallies.values():
        total.add(t)
    assert total.tasks == 164 and total.tasks_found >= 160
    assert total.f1 >= FLOOR, (round(total.f1, 4), round(total.precision, 4), round(total.recall, 4))
