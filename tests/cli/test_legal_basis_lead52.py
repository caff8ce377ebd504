"""`kg who` answers "on what legal basis?": the laws and rules a task's own text cites, else
those its document gives as its basis (根据《…》…制定本办法), in the printed answer and its JSON
(session 52, lead52)."""
from __future__ import annotations

import json

from kg.cli import quick
from kg.pipeline import build_and_write
from kg.read.who import who_owns

TEXT = ("嘉兴市人民政府关于印发嘉兴市养犬管理办法的通知\n\n"
        "第一条 为了规范养犬行为，根据《浙江省犬类管理条例》《中华人民共和国动物防疫法》等有关法律法规，"
        "结合本市实际，制定本办法。\n"
        "第二条 公安机关负责养犬登记和犬只收容工作。\n"
        "第三条 违反本办法规定携犬进入公共场所的，由公安机关依照《浙江省犬类管理条例》第二十条的规定处罚。\n")


def _built(write_doc, tmp_path):
    out = tmp_path / "out"
    build_and_write([write_doc(TEXT, "a.txt")], out)
    return out


def test_an_answer_carries_the_laws_its_text_cites_and_its_documents_basis(write_doc, tmp_path):
    out = _built(write_doc, tmp_path)
    fine = who_owns("携犬进入公共场所谁来处罚", out, limit=1)[0]
    assert fine.laws == ["浙江省犬类管理条例"]
    registration = who_owns("养犬登记谁负责", out, limit=1)[0]
    assert registration.laws == []
    assert registration.basis == ["浙江省犬类管理条例", "中华人民共和国动物防疫法"]
    assert registration.as_dict()["basis"] == registration.basis


def test_kg_who_prints_the_basis(write_doc, tmp_path, capsys):
    out = _built(write_doc, tmp_path)
    capsys.readouterr()
    assert quick.run(["who", "携犬进入公共场所谁来处罚", "--out", str(out), "-n", "1"]) == 0
    assert "依据: 《浙江省犬类管理条例》" in capsys.readouterr().out
    assert quick.run(["who", "养犬登记谁负责", "--out", str(out), "-n", "1"]) == 0
    assert "依据 (文件): 《浙江省犬类管理条例》、《中华人民共和国动物防疫法》" in capsys.readouterr().out
    assert quick.run(["who", "养犬登记谁负责", "--out", str(out), "-n", "1", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)["results"][0]
    assert answer["basis"] == ["浙江省犬类管理条例", "中华人民共和国动物防疫法"]


def test_the_graph_states_the_basis_and_a_named_query_reads_it(write_doc, tmp_path):
    from kg.read.sparql import run_query
    out = _built(write_doc, tmp_path)
    graph = (out / "graph.nt").read_text(encoding="utf-8")
    stated = [ln for ln in graph.splitlines() if "#legalBasis>" in ln]
    assert sum("/id/doc/" in ln.split()[0] for ln in stated) == 2       # the document's basis
    # and tasks: the basis article citing both, the fining article and its clause the one
    assert sum("/id/task/" in ln.split()[0] for ln in stated) == 4
    for engine in ("oxigraph", "rdflib"):
        cols, rows = run_query("tasks-under-law", {"law": "犬类管理条例"}, out, engine)
        by = [dict(zip(cols, r)) for r in rows]
        fining = [r for r in by if r["basis"] == "task"]
        assert [(r["unitName"], r["line"]) for r in fining] == [("嘉兴市公安机关", 5)]
        # every task of the document with a unit rests on its basis
        assert {r["line"] for r in by if r["basis"] == "document"} == {4, 5}
        assert run_query("tasks-under-law", {"law": "没有这部法"}, out, engine)[1] == []
