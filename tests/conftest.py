"""Shared by every layer's tests (tests/extract, resolve, write, read, view, cli): the bundled
corpus built once per session, small documents, and the ``--regen`` option of the golden tests."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from kg.pipeline import BUNDLED_CORPUS, build
from kg.write import write_jsonl


def pytest_addoption(parser):
    parser.addoption("--regen", action="store_true", default=False,
                     help="Rewrite the expected output of each golden test "
                          "(tests/fixtures/*.expected.json) from the current code; use after a "
                          "deliberate change and review the diff.")


@pytest.fixture
def regen(request) -> bool:
    return bool(request.config.getoption("--regen"))

# `kg build` run by a test (in process or as a child) extracts every document: a test that
# makes extraction fail, or counts what it reads, must not be answered from the user's
# extraction cache; tests/extract/test_cache.py gives the cache a folder of its own
os.environ["KG_NO_CACHE"] = "1"

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def corpus_result():
    return build([BUNDLED_CORPUS])


@pytest.fixture(scope="session")
def corpus_exports(tmp_path_factory, corpus_result):
    out = tmp_path_factory.mktemp("exports")
    write_jsonl(corpus_result, out)
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


# ---- fixtures of the RDF stage: a small document and builds with every export (JSONL + RDF)

SAMPLE = """廊坊市人民政府办公室

关于印发廊坊市示范工作实施方案的通知

廊政办字〔2023〕99号

各县（市、区）人民政府，市政府各部门：

依据《中华人民共和国安全生产法》，现将方案印发给你们，请认真贯彻执行。

廊坊市人民政府办公室

2023年3月1日

一、重点任务

1.完善项目储备机制。建立重大项目库，定期调度推进。（责任单位：市发改委，各县（市、区）人民政府，完成时间：2023年6月）

2.加强应急物资保障。健全物资储备体系。（责任单位：市应急管理局、市发展和改革委员会，完成时间：2023年12月）

3.推进示范社区建设。开展示范创建活动。（责任单位：三河市政府，完成时间：长期坚持）
"""


def build_to(paths, out: Path):
    """Build ``paths`` and write every export (JSONL and RDF) into ``out``."""
    from kg.pipeline import build_and_write
    build_and_write([Path(p) for p in paths], out)
    return out


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("sample-corpus")
    p = d / "sample.txt"
    p.write_text(SAMPLE, encoding="utf-8")
    return p


@pytest.fixture(scope="session")
def sample_result(sample_file):
    return build([sample_file])


@pytest.fixture(scope="session")
def sample_out(sample_file, tmp_path_factory) -> Path:
    return build_to([sample_file], tmp_path_factory.mktemp("sample-out"))


@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory) -> Path:
    return build_to([BUNDLED_CORPUS], tmp_path_factory.mktemp("corpus-out"))


SCORER = Path(__file__).resolve().parent / "gold" / "eval" / "score.py"


@pytest.fixture(scope="session")
def scorer():
    """The shared scorer (tests/gold/eval/score.py, a script, not a package) as a module."""
    spec = importlib.util.spec_from_file_location("kg_test_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module
