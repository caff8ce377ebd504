"""Shared fixtures of the RDF stage: a small document in the corpus's style and the bundled
corpus, each built (JSONL + RDF exports + store) once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import BUNDLED_CORPUS, build

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
    from kg.service import build_and_export
    build_and_export([Path(p) for p in paths], out)
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
