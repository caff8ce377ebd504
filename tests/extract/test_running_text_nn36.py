"""Running text of other governments read as assignments (helper nn36): forms of Chinese
government writing that name who does the work without a label or a bracket, as short written
fixtures (made-up lines in the forms of the collected excerpts nn02-nn05, kk02)."""
from test_conventions import read, who


def test_a_bodys_name_alone_on_its_line_heads_its_paragraphs(write_doc):
    # a digest of several bodies' plans: each body's name on a line of its own, then its work
    # written with no subject; a label and the verb of a reform (组建X) may stand before the name
    out = read(write_doc, "各部门2026年工作要点摘编\n\n"
                          "国家发展改革委\n\n"
                          "扎实推动区域协调发展，持续推进新型城镇化建设，加大区域战略实施力度。\n\n"
                          "核心关注点二：组建中央科技委员会\n\n"
                          "统筹推进国家创新体系建设，研究审议国家科技发展重大战略。\n\n"
                          "教育部\n\n"
                          "会议强调，“十五五”时期要坚持统筹发展和安全，要树牢底线")
    assert who(out, "扎实推动区域协调发展") == [("国家发展改革委", "responsible")]
    assert who(out, "统筹推进国家创新体系建设") == [("中央科技委员会", "responsible")]
    # the last body's paragraph is cut by the excerpt's edge mid-sentence: no unit
    result, tasks, got = out
    cut = [t for t in tasks.values() if "树牢底线" in t.text]
    assert cut and all(t.task_id not in got for t in cut)
    assert any(i.code == "E306" for i in result.issues)


def test_a_single_name_on_its_line_heads_nothing(write_doc):
    # one name alone (a signature over its date, an addressee) is no heading of a body's work
    out = read(write_doc, "关于做好防汛工作的通知\n\n"
                          "各乡镇要加强巡查，落实值班制度，确保安全度汛。\n\n"
                          "县水利局\n\n"
                          "各乡镇应于汛前完成隐患排查，及时报送排查结果。\n")
    _, _, got = out
    assert not got


def test_a_glossed_bodys_name_is_kept_as_written(write_doc):
    out = read(write_doc, "國家發（fā）展改革委\n\n"
                          "扎實推動城鄉（xiāng）融合，持續推進新型城鎮化建設。\n\n"
                          "教育部\n\n"
                          "加快建設教育強國，全面推進教育改革，提升教育質量。\n")
    assert who(out, "扎實推動城鄉") == [("國家發（fā）展改革委", "responsible")]
    assert who(out, "加快建設教育強國") == [("教育部", "responsible")]
