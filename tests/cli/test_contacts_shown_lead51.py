"""A task's contact person (联系人：李四) is shown as its contact, not as its leader, by `kg who`
and in the ledger's 责任领导 cell (session 51, lead51)."""
from __future__ import annotations

from kg.cli import quick
from kg.pipeline import build_and_write
from kg.write.ledger import post_names


def test_kg_who_shows_a_contact_apart_from_the_leaders(write_doc, tmp_path, capsys):
    doc = write_doc("某市2025年重点任务清单\n\n"
                    "1.推进企业开办全程网办。（责任单位：市市场监管局；联系人：李四，电话：13800000000）\n"
                    "2.提升跨境贸易便利化水平。（责任单位：市商务局；责任领导：副市长刘洋）\n", "a.txt")
    out = tmp_path / "out"
    build_and_write([doc], out)
    capsys.readouterr()
    assert quick.run(["who", "企业开办全程网办谁负责", "--out", str(out), "-n", "1"]) == 0
    printed = capsys.readouterr().out
    assert "联系人: 李四" in printed and "责任领导" not in printed
    assert quick.run(["who", "跨境贸易便利化谁负责", "--out", str(out), "-n", "1"]) == 0
    assert "责任领导: 副市长刘洋" in capsys.readouterr().out


def test_the_ledger_marks_a_contact():
    assert post_names([{"post": "李四", "role": "responsible", "label": "联系人"},
                       {"post": "副市长刘洋", "role": "lead", "label": "牵头领导"}]) == "李四（联系人）、副市长刘洋（牵头）"
