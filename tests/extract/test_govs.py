"""Other governments' documents, each file scored on its own hand-checked answers.

Every folder under ``tests/govs/`` is built once; each gold file is then scored alone with the
shared scorer (on the ``via`` values named in the folder's ``via`` file, if it has one: ``prose``
for duty clauses in running text) and must reach its floor in ``floors.json`` (``--regen`` raises the floors to
what the build reaches now). See ``tests/govs/README.md``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.write import write_jsonl

GOVS = Path(__file__).resolve().parents[1] / "govs"
SETS = sorted(p.name for p in GOVS.iterdir() if (p / "gold" / "assignments.jsonl").exists())


def _via(name: str, sc) -> set[str]:
    """The ``via`` values a set is scored on: its ``via`` file (``prose`` for duty clauses in
    running text), else the scorer's default (annotations)."""
    path = GOVS / name / "via"
    if path.exists():
        return {v.strip() for v in path.read_text(encoding="utf-8").split(",") if v.strip()}
    return sc.SCORED_VIA


def _gold_files(name: str) -> list[str]:
    rows = (GOVS / name / "gold" / "assignments.jsonl").read_text(encoding="utf-8").splitlines()
    return sorted({json.loads(r)["file"] for r in rows if r.strip()})


CASES = [(s, f) for s in SETS for f in _gold_files(s)]


@pytest.fixture(scope="module")
def scores(tmp_path_factory, scorer):
    """F1 of every gold file of every set, from one build per set."""
    sc = scorer
    figures: dict[tuple[str, str], float] = {}
    for name in SETS:
        out = tmp_path_factory.mktemp(name)
        write_jsonl(build([GOVS / name / "text"]), out)
        preds = sc.read_jsonl(out / "assignments.jsonl")
        gold = sc.read_jsonl(GOVS / name / "gold" / "assignments.jsonl")
        lex = sc.Lexicon.load(GOVS / name / "gold" / "units.tsv")
        for file in _gold_files(name):
            tallies = sc.score([p for p in preds if sc.source_file(p) == file],
                               [g for g in gold if g.get("file") == file], lex, None,
                               _via(name, sc))
            total = sc.Tally()
            for t in tallies.values():
                total.add(t)
            figures[(name, file)] = round(total.f1, 4)
    return figures


@pytest.fixture(scope="module", autouse=True)
def regen_floors(request, scores):
    yield
    if request.config.getoption("--regen", default=False):
        for name in SETS:
            path = GOVS / name / "floors.json"
            old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
            new = {f: max(old.get(f, 0.0), scores[(name, f)]) for f in _gold_files(name)}
            path.write_text(json.dumps(new, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                            encoding="utf-8")


@pytest.mark.parametrize("name,file", CASES, ids=[f"{s}/{f}" for s, f in CASES])
def test_file_reaches_its_floor(name, file, scores):
    path = GOVS / name / "floors.json"
    floors = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    assert scores[(name, file)] >= floors.get(file, 0.0) - 1e-9, (
        f"{name}/{file}: F1 {scores[(name, file)]:.3f} fell below its floor "
        f"{floors.get(file, 0.0):.3f}")


def test_every_set_has_sources_and_answers():
    for name in SETS:
        texts = {p.name for p in (GOVS / name / "text").glob("*.txt")}
        assert set(_gold_files(name)) <= texts, name
        assert (GOVS / name / "sources.tsv").exists(), name


def test_a_coverage_file_spans_every_text_of_its_set():
    # score.py counts predictions only inside the spans of gold/coverage.jsonl when a set has
    # one: a text added without its span would have its false units go unseen
    for name in SETS:
        path = GOVS / name / "gold" / "coverage.jsonl"
        if not path.exists():
            continue
        spans = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        for text in sorted((GOVS / name / "text").glob("*.txt")):
            lines = len(text.read_text(encoding="utf-8", errors="replace").splitlines())
            assert any(s["file"] == text.name and s["first_line"] <= 1 and s["last_line"] >= lines
                       for s in spans), f"{name}/{text.name}: add its span to {path}"
