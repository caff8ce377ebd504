"""A question asking the legal basis of a matter (经济普查的法律依据是什么, 依据哪部法规处罚): its
asking words are no words of the matter (法律 would find 法律服务), and an answer whose own text
cites a law, or whose document states its basis, ranks above one with neither (session 52, lead52)."""
from __future__ import annotations

import pytest

from kg.pipeline import build_and_write
from kg.read.who import _basis_asked, who_owns


@pytest.mark.parametrize("question, rest", [
    ("经济普查的法律依据是什么", "经济普查"),
    ("养犬登记有什么依据", "养犬登记"),
    ("养犬登记的依据是什么", "养犬登记"),
    ("携犬进入公共场所依据哪部法规处罚", "携犬进入公共场所处罚"),
    ("哪部法律规定了消防安全责任", "消防安全责任"),
    ("按照什么规定处罚", "处罚"),
])
def test_the_words_asking_the_basis(question, rest):
    assert _basis_asked(question) == (rest, True)


@pytest.mark.parametrize("question", [
    "给领导决策提供依据的是哪个科室",          # 依据 as a word of the matter
    "依据规划做好审批工作谁负责",
    "法律服务机构名录谁负责",
    "禁毒法规定的职责谁来做",
])
def test_no_basis_asked(question):
    assert _basis_asked(question)[1] is False


TEXT = ("嘉兴市人民政府关于印发嘉兴市养犬管理办法的通知\n\n"
        "第一条 为了规范养犬行为，根据《浙江省犬类管理条例》，结合本市实际，制定本办法。\n"
        "第二条 公安机关负责养犬登记工作。\n"
        "第三条 携犬进入公共场所的，由公安机关依照《浙江省犬类管理条例》第二十条的规定处罚。\n")
OTHER = ("嘉兴市司法局关于做好公共法律服务工作的通知\n\n"
         "一、市司法局负责公共法律服务体系建设，为群众提供法律咨询，调解养犬登记纠纷。\n")


def test_an_answer_with_a_basis_ranks_first(write_doc, tmp_path):
    out = tmp_path / "out"
    build_and_write([write_doc(TEXT, "a.txt"), write_doc(OTHER, "b.txt")], out)
    top = who_owns("养犬登记的法律依据是什么", out, limit=1)[0]
    assert "养犬登记工作" in top.task_text and top.basis == ["浙江省犬类管理条例"]
    top = who_owns("携犬进入公共场所依据哪部法规处罚", out, limit=1)[0]
    assert top.laws == ["浙江省犬类管理条例"]
