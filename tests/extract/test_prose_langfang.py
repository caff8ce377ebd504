"""Duty clauses in prose of eight documents of the bundled corpus, scored on hand answers
(``tests/govs/prose-langfang``: labelled from the text, with the line spans labelled completely,
so a prose prediction there that matches no answer is a false positive). The floor is the F1
the build reached when the answers were written down; it guards against regressions."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "govs" / "prose-langfang"
SCORER = Path(__file__).resolve().parents[1] / "gold" / "eval" / "score.py"
FLOOR = 0.94


def _scorer():
    spec = importlib.util.spec_from_file_location("kg_test_score_pl", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_prose_duties_of_eight_corpus_documents(corpus_exports):
    sc = _scorer()
    tallies = sc.score(sc.read_jsonl(corpus_exports / "assignments.jsonl"),
                       sc.read_jsonl(GOLD / "assignments.jsonl"),
                       sc.Lexicon.load(GOLD / "units.tsv"),
                       sc.read_jsonl(GOLD / "coverage.jsonl"), {"prose"})
    total = sc.Tally()
    for t in tallies.values():
        total.add(t)
    assert total.tasks == 115 and total.tasks_found >= 110
    assert total.f1 >= FLOOR, (round(total.f1, 4), round(total.precision, 4), round(total.recall, 4))
