"""Conventions session 20's lead saw misread in the collected sets, each as a short written
fixture: a reworded mirror (a spinner's synonym table) writes 卖力 for 负责 in every annotation
(e10: （省生长改造委牵头卖力）)."""
from kg.extract.annotations import split_verb
from kg.pipeline import build

REWORDED = ("某省人民政府办公厅关于印发某省2022年工作要点的通知\n"
            "一、重点任务\n"
            "1.梳理筛选具备一定收益水平的项目，常态化向民间资源推介。（省发展改革委牵头卖力）\n"
            "2.推行市场化运作，激励支持民间资源介入。（省发展改革委、水利厅等省有关部门和"
            "各地级以上市人民政府按职责分工卖力）\n")


def test_a_reworded_mirrors_verb_closes_an_annotation():
    assert split_verb("省发展改革委牵头卖力") == ("省发展改革委", "lead")
    assert split_verb("水利厅、能源局按职责分工卖力") == ("水利厅、能源局", "responsible")


def test_a_reworded_mirrors_annotations_give_their_units(write_doc):
    result = build([write_doc(REWORDED)])
    path = {t.task_id: t.path_str for t in result.tasks}
    got = {(path[a.raw.task_id], a.raw.mention.text, a.raw.role) for a in result.assignments
           if a.raw.via == "inline"}
    assert ("一/1", "省发展改革委", "lead") in got
    assert {m for p, m, r in got if p == "一/2" and r == "responsible"} >= {
        "省发展改革委", "水利厅", "省有关部门", "各地级以上市人民政府"}


BLANK_LINES = ("某省人民政府关于落实规划纲要主要目标和任务工作分工的通知\n\n"
               "一、责任主体及工作分工\n\n"
               "1. 约束性指标的责任部门\n\n"
               "单位地区生产总值能源消耗降低20%左右。(省经信委牵头)\n\n"
               "完成国家下达的耕地保有量指标。(省自然资源厅牵头)\n\n"
               "人口自然增长率小于5‰。(省卫生健康委牵头)\n")


def test_annotated_paragraphs_stay_apart_across_blank_lines(write_doc):
    # a web page's copy puts a blank line between paragraphs: each line closed by its own
    # annotation under the item is still a task of its own, as without the blank lines
    for text in (BLANK_LINES, BLANK_LINES.replace("\n\n", "\n")):
        result = build([write_doc(text)])
        owner = {}
        for a in result.assignments:
            owner.setdefault(a.raw.task_id, set()).add(a.raw.mention.text)
        assert sorted(map(sorted, owner.values())) == sorted(
            [["省经信委"], ["省自然资源厅"], ["省卫生健康委"]])
