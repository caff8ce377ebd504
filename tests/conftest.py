"""Shared fixtures: the bundled corpus built once per session, and small documents."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.export import write_all
from kg.pipeline import BUNDLED_CORPUS, build

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def corpus_result():
    return build([BUNDLED_CORPUS])


@pytest.fixture(scope="session")
def corpus_exports(tmp_path_factory, corpus_result):
    out = tmp_path_factory.mktemp("exports")
    write_all(corpus_result, out)
    return out


@pytest.fixture
def write_doc(tmp_path):
    """Write a small document (text) to a .txt file and return its path."""
    def _write(text: str, name: str = "doc.txt", encoding: str = "utf-8") -> Path:
        p = tmp_path / name
        p.write_bytes(text.encode(encoding))
        return p
    return _write


def rows_of(result, via=None):
    tasks = {t.task_id: t for t in result.tasks}
    out = []
    for a in result.assignments:
        if via and a.raw.via not in via:
            continue
        out.append((tasks[a.task_id], a))
    return out
