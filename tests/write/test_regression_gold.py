"""Regression on the hand-checked development answers (a sample: thresholds, not answers)."""
import json
import subprocess
import sys
from pathlib import Path

from kg.write import write_jsonl
from kg.pipeline import build

HERE = Path(__file__).resolve().parents[1]
GOLD = HERE / "gold"
SCORE = GOLD / "eval" / "score.py"
SCORE_DOCS = GOLD / "eval" / "score_documents.py"


def _score(script, pred, gold):
    out = subprocess.run([sys.executable, str(script), "--pred", str(pred), "--gold", str(gold),
                          "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out[: out.rindex("}") + 1])


def test_dev_gold_f1_and_deadlines(corpus_exports):
    figures = _score(SCORE, corpus_exports / "assignments.jsonl", GOLD / "dev")["total"]
    assert figures["f1"] >= 0.98, figures
    assert figures["deadlines_right"] == figures["deadlines"], figures


def test_dev_documents_all_right(corpus_exports):
    figures = _score(SCORE_DOCS, corpus_exports / "documents.jsonl", GOLD / "dev")
    assert figures["all_right"] == figures["gold"], figures
    assert figures["fragments"] == 0


def test_other_cities_examples(tmp_path):
    out = tmp_path / "ex"
    write_jsonl(build([HERE / "fixtures"]), out)
    figures = _score(SCORE, out / "assignments.jsonl", GOLD / "examples")["total"]
    assert figures["f1"] >= 0.95, figures
    assert figures["lead_f1"] >= 0.95, figures
