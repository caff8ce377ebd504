"""Errors carry a code and are turned into one message in one place (kg/cli/root.py): exact text,
exit status 1, never a traceback."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg import errors
from kg.cli import app


def test_every_error_class_has_its_own_code():
    classes = [c for c in vars(errors).values()
               if isinstance(c, type) and issubclass(c, errors.KgError)]
    codes = [c.code for c in classes]
    assert len(classes) >= 6 and len(set(codes)) == len(codes), codes
    assert errors.ExportMissing("x").code == "E501"
    assert errors.KgError("x", code="E123").code == "E123"


@pytest.mark.parametrize("args, message", [
    (["who", "图书馆", "--out", "{tmp}/none"],
     "Error: {tmp}/none/search/index.sqlite: no search index; run `kg build --out {tmp}/none` first\n"),
    (["rank", "--out", "{tmp}/none"],
     "Error: {tmp}/none/documents.jsonl: not found; run `kg build --out {tmp}/none` first\n"),
    (["view", "--out", "{tmp}/none"],
     "Error: {tmp}/none/documents.jsonl: not found; run `kg build --out {tmp}/none` first\n"),
    (["unit", "--out", "{tmp}/none"], "Error: give a unit name, or --county NAME\n"),
    (["build", "{tmp}/nope"],
     "Error: {tmp}/nope: no such file or directory; give a document (.txt, .md, .docx, .xlsx, .xls, "
     ".html, .pdf) or a folder of them\n"),
    (["query", "workload", "--format", "xml", "--out", "{tmp}"],
     "Error: --format 'xml': use table, json or csv\n"),
])
def test_error_messages_are_exact(tmp_path, args, message):
    res = CliRunner().invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert res.exit_code == 1
    assert res.output == message.format(tmp=tmp_path)
    assert res.exception is None or isinstance(res.exception, SystemExit)
