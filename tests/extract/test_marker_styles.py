"""List markers as offices type them, beside the standard 一、（一）1.（1）: 一．, 1）, and Word's
one-character numbers ⒈ ⑴. A plan written with any of them gives the same assignments."""
from __future__ import annotations

import pytest

from kg.extract.outline import match_marker
from kg.pipeline import build

PLAN = """\
示范县人民政府办公室关于印发2024年为民办实事项目分工方案的通知
各乡镇人民政府，县政府各部门：
现将《2024年为民办实事项目分工方案》印发给你们，请认真组织实施。
{cn1}改善群众居住条件
{n1}完成老旧小区改造十二个，惠及居民两千户。（县住房和城乡建设局牵头，县财政局配合，2024年11月底前完成）
{n2}新建和改造城市供水管网二十公里。（县水利局负责）
{cn2}提升公共服务水平
{n1}新增公办幼儿园学位六百个。
{p1}新建幼儿园两所。（县教育和体育局牵头，县自然资源和规划局配合）
{p2}改扩建幼儿园三所。（县教育和体育局负责）
{n2}为六十五岁以上老年人免费体检。（县卫生健康局负责，2024年12月底前完成）
"""

STANDARD = dict(cn1="一、", cn2="二、", n1="1.", n2="2.", p1="（1）", p2="（2）")
STYLES = {
    "一．and 1）": dict(cn1="一．", cn2="二．", n1="1）", n2="2）", p1="（1）", p2="（2）"),
    "Word's ⒈ and ⑴": dict(cn1="一、", cn2="二、", n1="⒈", n2="⒉", p1="⑴", p2="⑵"),
    "1) half-width": dict(cn1="一.", cn2="二.", n1="1)", n2="2)", p1="(1)", p2="(2)"),
}


def facts(tmp_path, name, marks) -> set[tuple]:
    path = tmp_path / name / "plan.txt"
    path.parent.mkdir()
    path.write_text(PLAN.format(**marks), encoding="utf-8")
    result = build([path])
    tasks = {t.task_id: t for t in result.tasks}
    return {(tasks[a.task_id].text, a.unit.name, a.raw.role, a.raw.deadline)
            for a in result.assignments}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_marker_style_gives_the_standard_assignments(style, tmp_path):
    reference = facts(tmp_path, "standard", STANDARD)
    assert len(reference) == 7
    assert any(t == "新建幼儿园两所。" and u.endswith("自然资源和规划局") and r == "support"
               for t, u, r, _ in reference)
    assert facts(tmp_path, "style", STYLES[style]) == reference


def test_the_markers_read():
    assert match_marker("1）加强") == ("rnum", "1）", 2)
    assert match_marker("一．推进")[:2] == ("cn", "一")
    assert match_marker("⒊加强")[:2] == ("num", "3")
    assert match_marker("⑿加强")[:2] == ("pnum", "（12）")
    # not markers: a figure, a doubled bracket
    assert match_marker("1.5亿元") is None
    assert match_marker("1））") is None
