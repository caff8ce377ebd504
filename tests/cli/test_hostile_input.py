"""Broken inputs and broken build folders give a message naming the file (and line), exit
status 1, never a traceback (issue 14)."""
from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app


def _run(*args: str):
    res = CliRunner().invoke(app, [str(a) for a in args])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return res


@pytest.fixture()
def broken_out(sample_out, tmp_path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(sample_out, out)
    return out


@pytest.mark.parametrize("option", ["--lexicon", "--extend-lexicon"])
def test_a_lexicon_that_is_not_utf8(sample_file, tmp_path, option):
    lex = tmp_path / "lex.tsv"
    lex.write_bytes("市发改委\tdepartment\n".encode("utf-8") + "市财政局\tdepartment\n".encode("gbk"))
    res = _run("build", sample_file, "--out", tmp_path / "out", option, lex)
    assert res.exit_code == 1
    assert f"Error: {lex}:2: the lexicon is not UTF-8" in res.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name, cut", [("units.jsonl", 0.5), ("assignments.jsonl", 0.5),
                                       ("documents.jsonl", 0.3)])
def test_a_truncated_jsonl(broken_out, name, cut):
    path = broken_out / name
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * cut)])
    for cmd in (["unit", "市发改委"], ["rank"]):
        res = _run(*cmd, "--out", broken_out)
        assert res.exit_code == 1 and f"{path}:" in res.output and "kg build" in res.output


def test_a_jsonl_cut_inside_a_character(broken_out):
    path = broken_out / "units.jsonl"
    data = path.read_bytes()
    cut = data.index("市".encode("utf-8")) + 1
    path.write_bytes(data[:cut])
    res = _run("unit", "市发改委", "--out", broken_out)
    assert res.exit_code == 1 and f"{path}:1: not valid JSON" in res.output


def test_a_truncated_search_index(broken_out):
    path = broken_out / "search" / "index.sqlite"
    path.write_bytes(path.read_bytes()[:1000])
    res = _run("who", "应急物资", "--out", broken_out)
    assert res.exit_code == 1 and f"{path}: the search index is unreadable" in res.output


def test_a_corrupt_store(broken_out):
    for f in (broken_out / "store").iterdir():
        if f.is_file():
            f.write_bytes(b"\x00garbage")
    for cmd in (["query", "workload"], ["serve", "--port", "1"]):
        res = _run(*cmd, "--out", broken_out)
        assert res.exit_code == 1 and "cannot open the SPARQL store" in res.output, res.output


CONTROL = """廊坊市人民政府办公室

关于印发\x01控制\x0b字符工作方案的通知

一、重点任务

1.完善\x07项目\x1b储备机制。（责任单位：市发改委\x02、市财政局）

2.加强保障\x00工作。（责任单位：市应急管理局、市财政局）
"""


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("which", ["full", "co"])
def test_network_exports_are_valid_xml_and_stable(tmp_path, fmt, which):
    import os
    import subprocess
    import sys
    src = tmp_path / "ctl.txt"
    src.write_text(CONTROL, encoding="utf-8")
    out = tmp_path / "out"
    assert _run("build", src, "--out", out, "-q").exit_code == 0
    root = Path(__file__).resolve().parents[2]
    files = []
    for seed in ("1", "2"):
        dest = tmp_path / f"net{seed}.{fmt}"
        subprocess.run([sys.executable, "-m", "kg", "export-network", "--out", str(out),
                        "--format", fmt, "--graph", which, "-o", str(dest)], check=True,
                       cwd=root, capture_output=True,
                       env=dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(root)))
        files.append(dest.read_bytes())
    assert files[0] == files[1]
    tree = ET.fromstring(files[0])
    labels = " ".join(" ".join([e.text or "", *e.attrib.values()]) for e in tree.iter())
    assert "控制字符" in labels or which == "co"
    assert "市发改委" in labels or "市发展和改革委员会" in labels
