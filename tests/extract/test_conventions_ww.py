"""Conventions seen in the collected set ww (unseen round of session 39), as short written
fixtures with variants not in the files: a plan whose measures are unnumbered paragraphs under
its title and preamble, each closed by its own annotation (``…。（市科技局牵头负责，市财政局配合）``),
which the outline had joined to the document's text, so that no task was found and the
annotation's units were read as mere mentions."""
from test_conventions import read, who

PLAN = ("德州市贯彻落实省《三年行动计划》实施方案\n\n"
        "  为深入贯彻落实省《三年行动计划》精神,结合我市实际,制定本实施方案。{note}\n\n"
        "  加强科技创新主体培育。实施科技型中小企业创新能力提升工程,到2025年,全市高新技术"
        "企业达到1000家。{first}\n\n"
        "  强化科技平台载体赋能。积极争创省技术创新中心。{second}\n")


def test_unnumbered_paragraphs_closed_by_their_annotations_are_tasks(write_doc):
    for first, second in (("(市科技局牵头负责,市财政局配合)", "(市发展改革委牵头负责)"),
                          ("（市科技局牵头负责，市财政局配合）", "（市发展改革委牵头）"),
                          ("(牵头单位:市科技局;配合单位:市财政局)", "(责任单位:市发展改革委)")):
        out = read(write_doc, PLAN.format(note="", first=first, second=second))
        assert who(out, "加强科技创新主体培育") == [("市科技局", "lead"), ("市财政局", "support")], first
        assert who(out, "强化科技平台载体赋能")[0][0] == "市发展改革委", second
        # the preamble joins no task that has units
        _, tasks, got = out
        assert not any("结合我市实际" in tasks[t].source_text for t in got)


def test_a_preamble_closed_by_no_annotation_stays_the_documents_text(write_doc):
    # a bracket that names no unit (a publication note) opens no task of its own
    out = read(write_doc, PLAN.format(note="(此件公开发布)", first="(市科技局牵头负责)",
                                      second="(市发展改革委牵头负责)"))
    _, tasks, _ = out
    assert not any("制定本实施方案" in t.text and t.task_id.endswith("段1") for t in tasks.values())
    assert who(out, "加强科技创新主体培育") == [("市科技局", "lead")]
