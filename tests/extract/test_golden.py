"""Golden tests, one per input file: each ``tests/fixtures/NAME.txt`` is built on its own and
its exports must equal ``tests/fixtures/NAME.expected.json`` exactly, so one file cannot
regress unseen behind an average. After a deliberate change, rewrite them with
``pytest tests/extract/test_golden.py --regen`` and review the diff."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.write.jsonl import assignment_rows, document_rows, group_rows, task_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INPUTS = sorted(FIXTURES.glob("*.txt"))


def expected_path(source: Path) -> Path:
    return source.with_name(source.stem + ".expected.json")


def exports_of(source: Path) -> dict:
    """What the build says about one file: its documents, tasks, assignments, groups and issues."""
    result = build([source])
    return {
        "documents": document_rows(result),
        "tasks": task_rows(result),
        "assignments": assignment_rows(result),
        "groups": group_rows(result),
        "issues": [i.as_dict() for i in sorted(result.issues, key=lambda i: (i.file, i.line, i.code))],
    }


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def test_every_input_has_its_expected_output(regen):
    if regen:
        pytest.skip("--regen writes the expected outputs")
    missing = [p.name for p in INPUTS if not expected_path(p).is_file()]
    assert INPUTS and not missing, f"no expected output for {missing}; run pytest --regen"


@pytest.mark.parametrize("source", INPUTS, ids=lambda p: p.stem)
def test_golden(source, regen):
    got = dump(exports_of(source))
    path = expected_path(source)
    if regen:
        path.write_text(got, encoding="utf-8")
    assert path.is_file(), f"{path.name} is missing; run pytest --regen to write it"
    assert got == path.read_text(encoding="utf-8"), (
        f"{source.name}: the build differs from {path.name}; if the change is deliberate, "
        "rerun with --regen and review the diff")
