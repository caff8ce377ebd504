"""Annotations and their rules in the brackets offices use: （）, 〔〕 and 【】 read alike."""
from __future__ import annotations

import pytest

from kg.pipeline import build

PLAN = """\
示范市人民政府办公室关于印发2024年重点工作任务分解方案的通知
一、稳定经济增长
1.全市生产总值增长百分之六左右。
责任单位：市发展改革委、市统计局{o}列第一位者为牵头单位，下同{c}
2.一般公共预算收入增长百分之五。
责任单位：市财政局、市税务局
3.实施城市更新行动，完成老旧小区改造二十个。{o}市住房和城乡建设局牵头，市财政局配合{c}
"""


def facts(tmp_path, name, o, c) -> set[tuple]:
    path = tmp_path / name / "plan.txt"
    path.parent.mkdir()
    path.write_text(PLAN.format(o=o, c=c), encoding="utf-8")
    result = build([path])
    tasks = {t.task_id: t for t in result.tasks}
    return {(tasks[a.task_id].text, a.unit.name, a.raw.role) for a in result.assignments}


@pytest.mark.parametrize("o,c", [("〔", "〕"), ("【", "】")])
def test_rules_and_annotations_in_other_brackets(o, c, tmp_path):
    reference = facts(tmp_path, "round", "（", "）")
    roles = {(t[:6], u[-5:], r) for t, u, r in reference}
    assert ("全市生产总值", "改革委员会", "lead") in roles
    assert ("一般公共预算", "市财政局", "lead") in roles      # 下同: the rule goes on
    assert ("一般公共预算", "市税务局", "responsible") in roles
    assert ("实施城市更新", "城乡建设局", "lead") in roles
    assert facts(tmp_path, "other", o, c) == reference


@pytest.mark.parametrize("label,role", [("执行单位", "responsible"), ("推进部门", "responsible"),
                                        ("办理单位", "responsible"), ("参加单位", "support")])
def test_labels_formed_like_the_known_ones(label, role):
    from kg.extract.annotations import label_role
    assert label_role(label) == role


def test_place_levels_in_shell_brackets_fold_with_a_space_after_the_comma():
    from kg.text import normalise
    assert normalise("各县〔市、 区〕政府") == "各县（市、 区）政府"
    assert normalise("〔2023〕1号") == "〔2023〕1号"
