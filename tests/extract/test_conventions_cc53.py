"""cc53's probes (session 52, round two): 56 written documents of tables, deadlines and
carry-over rules (``tests/govs/probes-cc53``, answers committed before kg ran on them). Misread
on main:

- a table's unit column whose names carry a star (``市海洋与渔业局*``) under the document's legend
  (``注：带*的为牵头单位``) rather than the column's header: the star kept on the name, or the name
  dropped, and no lead (``assignments`` table cells read the document's ``star_legend``);
- a note under a table (``注：责任单位排名第一的为牵头单位。``) not read as the table's rule
  (``_first_leads_noted_under``);
- ``完成时限：2025年9月底前（下同）``: kept as raw text and not carried to the tasks below
  (``_DEADLINE_SAME_BELOW_RE``);
- a ``|`` row broken inside its cell of names after a list separator: the second half lost
  (``outline._rejoin_broken_rows``).
"""

from test_conventions import read, who


def due(read_out, anchor):
    """The deadlines of the scored assignments of the tasks whose source text holds ``anchor``."""
    result, tasks, _ = read_out
    ids = {t.task_id for t in tasks.values() if anchor in t.source_text}
    return {a.raw.deadline for a in result.assignments if a.task_id in ids and a.raw.deadline}


def test_star_legend_of_the_document_marks_a_tables_lead(write_doc):
    out = read(write_doc, "北海市2025年向海经济重点任务表\n"
                          "序号\t重点任务\t责任单位\t完成时限\n"
                          "1\t建设铁山港临港产业园\t市工信局*、市商务局\t2025年12月底前\n"
                          "2\t推进北部湾渔港升级改造\t市农业农村局、市海洋局＊\t2025年9月底前\n"
                          "注：带*的为牵头单位。\n")
    assert who(out, "铁山港临港产业园") == [("市工信局", "lead"), ("市商务局", "responsible")]
    assert who(out, "渔港升级改造") == [("市农业农村局", "responsible"), ("市海洋局", "lead")]


def test_star_legend_with_the_rest_supporting_in_a_piped_table(write_doc):
    out = read(write_doc, "说明：标*的为牵头单位，其余为配合单位。\n"
                          "序号 | 重点任务 | 责任单位 | 完成时限\n"
                          "1 | 开展校外培训机构专项治理 | 县教育局*、县市场监管局 | 2025年8月底前\n"
                          "2 | 建设县域医共体 | 县卫健局*、县医保局 | 2025年12月底前\n")
    assert who(out, "校外培训机构") == [("县教育局", "lead"), ("县市场监管局", "support")]
    assert who(out, "县域医共体") == [("县卫健局", "lead"), ("县医保局", "support")]


def test_a_cell_without_stars_keeps_its_plain_reading(write_doc):
    # (guard: the legend gives no roles to a cell with no star in it)
    out = read(write_doc, "注：带*的为牵头单位。\n"
                          "序号\t重点任务\t责任单位\t完成时限\n"
                          "1\t推进老旧管网改造\t县住建局、县水务局\t2025年10月底前\n")
    assert who(out, "老旧管网改造") == [("县住建局", "responsible"), ("县水务局", "responsible")]


def test_a_note_under_the_table_says_the_first_named_leads(write_doc):
    out = read(write_doc, "遂宁市2025年锂电产业发展任务表\n"
                          "序号\t重点任务\t责任单位\t完成时限\n"
                          "1\t建设锂电材料检测中心\t市经信局、市市场监管局\t2025年11月底前\n"
                          "2\t推进废旧电池回收利用\t市生态环境局、市商务局、射洪市政府\t2025年12月底前\n"
                          "注：责任单位排名第一的为牵头单位。\n")
    assert who(out, "锂电材料检测中心") == [("市经信局", "lead"), ("市市场监管局", "responsible")]
    assert who(out, "废旧电池回收利用")[0] == ("市生态环境局", "lead")


def test_a_first_leads_rule_far_below_the_table_is_not_its_note(write_doc):
    # (guard: the rule of a later list, after running text, gives the table no lead)
    out = read(write_doc, "序号\t重点任务\t责任单位\t完成时限\n"
                          "1\t建设锂电材料检测中心\t市经信局、市市场监管局\t2025年11月底前\n"
                          "二、其他工作\n"
                          "以下各项列第一位的为牵头单位。\n"
                          "1.推进废旧电池回收利用。（市生态环境局、市商务局）\n")
    assert who(out, "锂电材料检测中心") == [("市经信局", "responsible"), ("市市场监管局", "responsible")]
    assert who(out, "废旧电池回收利用")[0] == ("市生态环境局", "lead")


def test_a_completion_time_said_once_for_the_tasks_below(write_doc):
    out = read(write_doc, "孝感市2025年城市精细化管理重点任务\n"
                          "1.开展占道经营专项整治。责任单位：市城管执法局，各区政府。完成时限：2025年8月底前（下同）\n"
                          "2.开展广告招牌规范整治。责任单位：市城管执法局。\n"
                          "3.开展建筑工地扬尘整治。（责任单位：市住建局；完成时限：2025年10月底前）\n")
    assert due(out, "占道经营") == {"2025-08"}
    assert due(out, "广告招牌") == {"2025-08"}
    assert due(out, "扬尘整治") == {"2025-10"}


def test_a_completion_time_without_same_below_is_its_tasks_own(write_doc):
    # (guard: no 下同, no carry)
    out = read(write_doc, "1.开展占道经营专项整治。（责任单位：市城管执法局；完成时限：2025年8月底前）\n"
                          "2.开展广告招牌规范整治。（责任单位：市城管执法局）\n")
    assert due(out, "广告招牌") == set()


def test_a_piped_row_broken_inside_its_cell_of_names(write_doc):
    out = read(write_doc, "序号 | 重点任务 | 责任单位 | 完成时限\n"
                          "1 | 建设智慧物流园 | 县商务局 | 2025年10月底前\n"
                          "2 | 推进县域商业体系建设，改造乡镇商贸中心 | 县商务局、县供销社、\n"
                          "县农业农村局 | 2025年11月底前\n"
                          "3 | 发展农村电商 | 县商务局 | 2025年12月底前\n")
    assert who(out, "推进县域商业体系建设") == [("县商务局", "responsible"), ("县供销社", "responsible"),
                                                ("县农业农村局", "responsible")]
    assert due(out, "推进县域商业体系建设") == {"2025-11"}
    assert who(out, "发展农村电商") == [("县商务局", "responsible")]
