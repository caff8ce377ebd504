"""Conventions of the collected files still read wrong at round 5 (ac04, ad04, e03), each as a
short written fixture: a project table's owner column naming a level's investment company by its
short name (区城投) or with a bracket after the owner (代建 company, a remark on the project); an
excerpt cut after an annotation label with no names, or inside the last item of a lead
department's section before its 协同单位 line."""
from kg.extract import unitnames

from test_conventions import read, who

OWNER_TABLE = ("序号 | 牵头单位 | 项目名称 | 业主单位 |\n"
               "1 | 县住建局 | 城东路改造工程 | 县城投 |\n"
               "2 | 县城管局 | 城区井盖整治项目 | 县城管局 县水投 |\n"
               "3 | 县教育局 | 城南新区配建学校 | 某某置业有限公司(开发商配建学校项目) |\n"
               "4 | 县教育局 | 新建第四小学综合楼 | 县教育局(县国资公司代建) |\n"
               "5 | 县教育局 | 新建第五小学综合楼 | 县发改局(粮食局) |\n"
               "6 | 县教育局 | 新建第六小学操场 | 各乡镇(街道) |\n")


def test_a_levels_investment_company_by_its_short_name_is_a_unit():
    for name in ("区城投", "县水投", "市交投", "省国投", "市城建投"):
        assert unitnames.unit_kind(name) == "enterprise", name
    # a person's name or a word ending in 投 is none (no level word first, or too long)
    for name in ("区投", "张城投", "市场主体投", "招投"):
        assert unitnames.unit_kind(name) is None, name


def test_owner_cells_short_names_and_brackets(write_doc):
    out = read(write_doc, OWNER_TABLE)
    assert who(out, "城东路改造工程") == [("县住建局", "lead"), ("县城投", "responsible")]
    assert who(out, "城区井盖整治项目") == [("县城管局", "lead"), ("县城管局", "responsible"),
                                        ("县水投", "responsible")]
    # a remark on the project in brackets is no part of the owner's name
    assert who(out, "城南新区配建学校") == [("县教育局", "lead"), ("某某置业有限公司", "responsible")]
    # the owner and the company that builds for it (代建): two units
    assert who(out, "新建第四小学综合楼") == [("县教育局", "lead"), ("县教育局", "responsible"),
                                         ("县国资公司", "responsible")]
    # a bracket naming a unit (a second name) or a level stays part of the name
    assert who(out, "新建第五小学综合楼") == [("县教育局", "lead"), ("县发改局(粮食局)", "responsible")]
    assert who(out, "新建第六小学操场") == [("县教育局", "lead"), ("各乡镇(街道)", "responsible")]


def test_an_annotation_label_with_no_names_at_the_end_of_the_input_is_cut(write_doc):
    text = ("一、主要指标\n"
            "1.地区生产总值增长6.5%以上。\n"
            "牵头领导:张三\n"
            "牵头单位:市发展和改革局\n"
            "责任单位:各有关部门\n"
            "2.精准把握国家政策导向,确保政策效应传导到企业。\n"
            "牵头领导:李四\n"
            "牵头单位:市财政局\n")
    out = read(write_doc, text + "责任单位\n")
    assert who(out, "地区生产总值增长") == [("市发展和改革局", "lead"), ("各有关部门", "responsible")]
    # the excerpt ends at the label: the item's annotation lines are cut, no record (and the
    # label is no task of its own)
    assert who(out, "精准把握国家政策导向") == []
    result, tasks, _ = out
    assert not any(t.text.strip() == "责任单位" for t in tasks.values())
    assert any(i.code == "E306" for i in result.issues)
    # the same item whose lines end whole keeps its units
    out = read(write_doc, text, name="whole.txt")
    assert who(out, "精准把握国家政策导向") == [("市财政局", "lead")]
    # a label alone with names on the next line is no cut (the names follow it)
    out = read(write_doc, text + "责任单位\n各有关部门\n", name="next.txt")
    assert who(out, "精准把握国家政策导向") != []


def test_a_person_field_above_a_cut_annotation_line_stays_the_tasks(write_doc):
    result, tasks, got = read(write_doc, "一、主要目标\n"
                                         "1.进出口实现正增长。\n"
                                         "分管领导:张新\n"
                                         "部门分工:\n")
    task, = [t for t in tasks.values() if "进出口实现正增长" in t.text]
    assert task.task_id not in got
    posts = [p.written for e in result.enrichment.values() for p in e.posts
             if p.task_id == task.task_id]
    assert posts == ["张新"]


def test_the_last_item_of_a_lead_departments_section_cut_before_its_lines(write_doc):
    head = ("一、张某某县长负责的工作\n"
            "(一)县政府办公室牵头的工作\n"
            "1.加强政府自身建设,优化政务环境。\n")
    cut = "2.进一步完善民主科学决策的体制机制,建立健全决策评估以及\n"
    out = read(write_doc, head + "协同单位:县直有关部门。\n" + cut)
    assert set(who(out, "加强政府自身建设")) == {("县直有关部门", "support"), ("县政府办公室", "lead")}
    # its sibling has a 协同单位 line, it has none and stops inside its sentence: cut, no record
    assert who(out, "进一步完善民主科学决策") == []
    # ended, it is the section's work
    out = read(write_doc, head + "协同单位:县直有关部门。\n2.进一步完善民主科学决策的体制机制。\n",
               name="ended.txt")
    assert who(out, "进一步完善民主科学决策") == [("县政府办公室", "lead")]
    # no item of the section has lines of its own: nothing is missing, the heading gives its unit
    out = read(write_doc, head + cut, name="bare.txt")
    assert who(out, "进一步完善民主科学决策") == [("县政府办公室", "lead")]


def test_a_printing_notices_title_continued_under_a_blank_line_up_to_its_notice(write_doc):
    result, _, _ = read(write_doc, "某政办发〔2011〕15号\n\n"
                                   "关于印发区政府二〇一一年政府工作报告\n\n"
                                   "任务分解的通知\n\n"
                                   "各镇人民政府、街道办事处:\n"
                                   "现将任务分解予以印发。\n"
                                   "1.区属GDP增长12%。(区发改局)\n")
    doc, = result.documents
    assert doc.title == "关于印发区政府二〇一一年政府工作报告任务分解的通知"
    # a report's own title ends with its kind word: no line is taken after it
    result, _, _ = read(write_doc, "关于2010年政府工作报告\n\n一、主要工作\n1.区属GDP增长12%。(区发改局)\n",
                        name="report.txt")
    doc, = result.documents
    assert doc.title == "关于2010年政府工作报告"


def test_a_byline_with_a_bare_date_field_and_annotation_lines_are_no_title(write_doc):
    result, _, _ = read(write_doc, "来源:政府办 日期:2011-02-12\n"
                                   "1.建设休闲健身公园。\n"
                                   "责任部门:城建局 配合部门:各街道\n"
                                   "2.建立创业孵化基地。\n"
                                   "责任部门:人社局 配合部门:各街道\n", name="x.txt")
    doc, = result.documents
    assert doc.title == "x.txt（无标题）"


def _prose(write_doc, sentence, name="p.txt"):
    result, _, _ = read(write_doc, "关于做好烟花爆竹禁放工作的通知\n" + sentence + "\n", name=name)
    return [(a.raw.mention.text, a.raw.role) for a in result.assignments if a.raw.via == "prose"]


def test_a_sub_district_whose_place_ends_in_qi_is_a_township():
    from kg.resolve.units import township_name, township_subject
    assert township_subject("西三旗街道") == "西三旗街道办事处"
    assert township_name("西二旗街道") == "西二旗街道办事处"
    # a banner's towns as a set, or a place of two characters ending in 旗: none
    for name in ("本旗镇", "全旗乡", "各旗镇", "右旗镇"):
        assert township_name(name) is None, name


def test_a_bare_place_before_a_township_shares_its_level_word(write_doc):
    got = _prose(write_doc, "4、清河、西三旗街道和东北旺乡,要组织人力、物力在禁放区一侧设立明显禁放标志。")
    assert got == [("清河", "responsible"), ("西三旗街道", "responsible"), ("东北旺乡", "responsible")]
    got = _prose(write_doc, "4、西三旗街道要组织人力、物力在禁放区一侧设立明显禁放标志。", name="q.txt")
    assert got == [("西三旗街道", "responsible")]


def test_two_collectives_under_one_each_the_second_a_word_of_two_levels(write_doc):
    from kg.extract.annotations import unit_items
    assert [n for n, _ in unit_items("各有关单位、各街道、地区")] == ["各有关单位", "各街道", "地区"]
    # a collective over single levels with their shared head stays whole
    assert [n for n, _ in unit_items("各县、市、区政府")] == ["各县、市、区政府"]
    assert [n for n, _ in unit_items("各乡、镇人民政府")] == ["各乡、镇人民政府"]
    got = _prose(write_doc, "二、各有关单位、各街道、地区要按照职责分工,进一步细化工作任务,完善工作措施。")
    assert got == [("各有关单位", "responsible"), ("各街道", "responsible"), ("地区", "responsible")]


_TAB_TABLE = ("某县2018年度考核细则\n"
              "序号\t考核项目\t各项分值\t考核内容\t评分标准\t说明\n"
              "二、\t部门履职差异考核项目\t60\t\t\t按部门分值各60分考核\n"
              "1\t重点考核部门\t县委农工部\t60\t农村生活垃圾专项治理\t探索实行农村生活垃圾分类试点（15分）。\n"
              "2\t县农粮局\t30\t持续推进畜禽养殖污染控制\t加强监督管理（5分）。\n"
              "15\t持续推进农业化肥、农药减量化治理\t推广生物农药（5分）。\n"
              "3\t县工信局\t60\t持续加强工业聚集区水污染防治\t完善在线监测（35分）。\n")


def _blank_rows_of(text):
    """The rows-blank form of TAB rows: a cell a line, a blank line after each row (the header
    once, at the top), empty cells giving no line."""
    out = []
    for k, line in enumerate(text.split("\n")):
        if "\t" not in line:
            out.append(line)
            continue
        if k > 1:
            out.append("")
        out.extend(c for c in line.split("\t") if c.strip())
    return "\n".join(out)


def _units(out):
    result, tasks, got = out
    return sorted((tasks[t].text.split("\n")[0][:12], u) for t, us in got.items() for u, _ in us)


def test_a_web_table_a_cell_a_line_a_blank_line_after_each_row_reads_as_its_tab_rows(write_doc):
    tab = read(write_doc, _TAB_TABLE, name="tab.txt")
    pasted = _blank_rows_of(_TAB_TABLE)
    assert "\t" not in pasted and "\n\n2\n县农粮局\n30\n" in pasted
    blank = read(write_doc, pasted, name="blank.txt")
    assert _units(tab) and _units(blank) == _units(tab)
    assert ("持续推进农业化肥、农药减", "县农粮局") in _units(blank)
    # each unit keeps the line of its own cell
    result, _, _ = blank
    lines = pasted.split("\n")
    for a in result.assignments:
        assert a.raw.mention.text in lines[a.raw.mention.source.line - 1]


def test_blank_separated_lines_with_no_numbered_rows_are_no_table(write_doc):
    # short lines in blocks that do not open with row numbers: paragraphs, not rows
    text = ("序号\n考核项目\n考核内容\n\n总体要求\n县农粮局\n\n工作目标\n县工信局\n")
    result, tasks, got = read(write_doc, text)
    assert not any(t.kind == "row" for t in tasks.values())


def test_piped_rows_opening_with_an_empty_cell_keep_their_sub_rows(write_doc):
    # the same table as | rows, each row opening with an empty cell (| | 15 | …): the sub-row
    # (a score, its content, its standard) is the block's, the department cell merged over it
    piped = "\n".join("| " + " | ".join(["", *line.split("\t")]) + " |" if "\t" in line else line
                      for line in _TAB_TABLE.split("\n"))
    assert "|  | 15 | 持续推进农业化肥" in piped
    out = read(write_doc, piped, name="piped.txt")
    assert any("持续推进农业化肥" in t and u == "县农粮局" for t, u in _units(out))
    assert (sorted(u for _, u in _units(out))
            == sorted(u for _, u in _units(read(write_doc, _TAB_TABLE, name="tab.txt"))))


def test_a_cell_stream_whose_first_row_lost_its_empty_last_cell_has_a_one_row_header(write_doc):
    # a table a cell a line, each closed by |, the || lines between rows lost: the first row's
    # empty 说明 cell gives no line, so it is one cell short of the header; the next row is
    # full, so the header is no two-row header whose last names split a column
    cells = ["序号", "主要任务", "分管领导", "牵头单位", "责任主体与协同单位", "推进情况", "是否达序", "说明",
             "24", "优化提升50条背街后巷交通组织。", "徐某某", "城管局", "市政局、相关街道", "已进场施工。", "是",
             "25", "新增四分类达标小区210个。", "徐某某", "城管局", "市政局、环卫处、各街道", "已建成38个厢房。",
             "否", "前期配合招标投诉处理。",
             "26", "新建建筑垃圾中转站8个。", "徐某某", "城管局", "崇川经济开发区、相关街道", "已建成中转站。", "是"]
    from kg.extract.outline import _cell_per_line_rows, _unpipe_cell_lines
    from kg.model import Line
    from kg.text import normalise
    lines = _unpipe_cell_lines([Line("t", k + 1, c + " |", normalise(c + " |"))
                                for k, c in enumerate(cells)])
    rows, _ = _cell_per_line_rows(lines, 0)
    assert [c.flat for c in rows[0]] == cells[:8]
    assert [c.flat for c in rows[2]][-2:] == ["否", "前期配合招标投诉处理。"]
    out = read(write_doc, "2023年重点民生实事项目推进情况\n" + "".join(c + " |\n" for c in cells))
    assert who(out, "优化提升50条背街后巷") == [("城管局", "lead"), ("市政局", "responsible"),
                                          ("相关街道", "responsible")]
    assert ("各街道", "responsible") in who(out, "新增四分类达标小区")


def test_a_line_too_long_for_a_header_name_is_no_web_table_without_asking_the_header_test(monkeypatch):
    """formats.text._blank_rows turns away a first line longer than a column name (12
    characters), a blank one or one with a TAB before the header-word test (its regexes, on
    every line of a text): the same answer, None, as the loop over the header's lines gives it."""
    from kg.extract import outline
    from kg.extract.formats import text as T
    asked = []
    real = outline._is_header_word
    monkeypatch.setattr(outline, "_is_header_word", lambda k: asked.append(k) or real(k))
    lines = _blank_rows_of(_TAB_TABLE).split("\n")
    kept = list(enumerate(["各有关单位要按照职责分工进一步细化工作任务", "", "序号\t考核项目", *lines], 1))
    assert T._blank_rows(kept, 0) is None and T._blank_rows(kept, 1) is None \
        and T._blank_rows(kept, 2) is None
    assert asked == []
    got = T._blank_rows(kept, 4)        # 序号 / 考核项目 / … : the pasted table, as before
    assert got is not None and [t for _n, t in got[0]][:2] == ["序号", "考核项目"]
    assert asked
