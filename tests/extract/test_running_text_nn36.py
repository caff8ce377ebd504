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


def test_an_inline_list_after_its_subject_is_the_subjects(write_doc):
    # 一是…。二是…。三是… run on one line after the body doing them
    out = read(write_doc, "下一步，为推动示范镇建设，省住房城乡建设厅一是将加快示范镇建设规划设计工作，"
                          "于3月底前进行初步成果汇报。二是落实资金安排，确保资金安排到位。"
                          "三是分镇包干，定点负责，县财政局负责资金拨付。\n")
    assert who(out, "将加快示范镇建设规划") == [("省住房城乡建设厅", "responsible")]
    assert who(out, "落实资金安排") == [("省住房城乡建设厅", "responsible")]
    # an item naming its own doer after its topic keeps the list's subject only when it names
    # none: here the clause 县财政局负责… is one of two, so the subject stands
    assert who(out, "分镇包干") == [("省住房城乡建设厅", "responsible")]


def test_inline_list_items_naming_their_own_doers(write_doc):
    # a leader's requirements run on one line: each item's topic, then who does what
    out = read(write_doc, "会后，张三对各有关单位提出要求。一是高度重视，各有关单位要迅速传达会议精神，"
                          "对下一阶段工作进行安排部署。二是明确任务，政法部门牵头组织，公安分局制定安保方案，"
                          "中小学校负主体责任，各有关单位落实责任分工。三是加强宣传，营造良好氛围。\n")
    assert who(out, "高度重视") == [("各有关单位", "responsible")]
    assert sorted(who(out, "明确任务")) == [("中小学校", "responsible"), ("公安分局", "responsible"),
                                        ("各有关单位", "responsible"), ("政法部门", "lead")]
    # an item naming nobody takes no one (no subject before the list)
    assert who(out, "加强宣传") == []


def test_an_inline_list_naming_no_doer_is_not_cut(write_doc):
    # a meeting's agenda, past and naming what was done: no task, nothing read
    out = read(write_doc, "会议安排部署了以下工作：一是观看专题片；二是省公安厅通报会议精神；"
                          "三是省教育厅通报有关情况；四是副县长表态发言。\n")
    _, _, got = out
    assert not got


def test_a_pronoun_for_the_body_just_named_does_what_it_will_do(write_doc):
    out = read(write_doc, "本报讯 记者从海南省住房和城乡建设厅获悉，2012年，该厅将继续重点建设7个示范镇，"
                          "主要对风情街进行立面改造。\n"
                          "据悉，该厅已下发通知号召各市县申报建设项目。\n")
    assert who(out, "该厅将继续重点建设") == [("海南省住房和城乡建设厅", "responsible")]
    # what it has done (已) is no task of its own: the one task with a unit is the plan's
    _, _, got = out
    assert list(got.values()) == [[("海南省住房和城乡建设厅", "responsible")]]


def test_a_topic_line_then_a_paragraph_opening_with_its_doers(write_doc):
    out = read(write_doc, "（二）举办民族团结进步工作模范成果展\n"
                          "由县委宣传部统一组织各党委、各单位布置展版，按统一标准制作。\n"
                          "（三）举办颁奖晚会\n"
                          "由县委办、县民宗局联合组织评选活动，由县文体局组织一台综艺晚会，届时进行表彰。\n"
                          "（四）做好经费保障\n"
                          "由主办科室负责衔接，按时报送。\n")
    assert who(out, "统一组织各党委") == [("县委宣传部", "responsible")]
    assert who(out, "联合组织评选活动") == [("县委办", "responsible"), ("县民宗局", "responsible"),
                                       ("县文体局", "responsible")]
    # a part taken in handling a matter (主办科室) is no unit: nothing read
    assert who(out, "由主办科室负责衔接") == []


def test_a_topic_line_agent_read_through_pinyin_glosses(write_doc):
    out = read(write_doc, "（二）舉辦成果展\n"
                          "由縣委統（tǒng）戰（zhàn）部統（tǒng）一組織各單位布置展版。\n")
    assert who(out, "布置展版") == [("縣委統（tǒng）戰（zhàn）部", "responsible")]


def test_a_plain_line_opening_with_its_doers_is_a_task(write_doc):
    # a progress table previewed a cell a line: each measure cell names its doers, then the
    # deadline cell under it
    out = read(write_doc, "创卫工作责任分解及工作进度表\n"
                          "区城建局负责，各街道办事处（乡）配合，清除城中村菜地，实施绿化改造。\n"
                          "2008年4月15日前\n"
                          "工商局负责，商务局和各街道办事处（乡）配合，区爱卫办指导，监督各市场完成除四害工作。\n")
    assert who(out, "清除城中村菜地") == [("区城建局", "responsible"), ("各街道办事处（乡）", "support")]
    assert who(out, "监督各市场完成除四害") == [("工商局", "responsible"), ("商务局", "support"),
                                          ("各街道办事处（乡）", "support"), ("区爱卫办", "responsible")]
    result, tasks, got = out
    dated = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "inline"}
    assert dated["区城建局"] == "2008-04-15"


def test_a_line_opening_with_a_person_a_part_or_one_subject_is_no_task(write_doc):
    # (one subject and 负责 is a duty in prose, a regulation's sentence: the duty reader's)
    out = read(write_doc, "会议纪要\n"
                          "张三负责，李四配合，做好会务保障工作。\n"
                          "主办科室负责衔接各方，按时报送材料。\n"
                          "苏木乡镇人民政府负责本行政区域内的村庄和集镇规划建设管理工作。\n")
    _, _, got = out
    assert not got


def test_an_items_subject_acting_where_or_on_what(write_doc):
    out = read(write_doc, "3、检查验收阶段（11月-12月）\n"
                          "市整治工作领导小组对各区整治活动开展情况进行全面检查，检查结果向全市通报。\n"
                          "4、派出所、城管执法中队在接访日派员到接访处做好维护秩序工作。\n"
                          "5、在督办期限内仍未达到要求的，上报县督查室通报批评。\n"
                          "6、重大以上安全隐患的治理主体是隐患所在生产经营单位。\n")
    assert who(out, "进行全面检查") == [("市整治工作领导小组", "responsible")]
    assert who(out, "在接访日派员") == [("派出所", "responsible"), ("城管执法中队", "responsible")]
    # no doer before 在 (a condition), nor a clause holding 的 or 是 (a definition)
    assert who(out, "在督办期限内") == []
    assert who(out, "治理主体是隐患所在") == []


def test_an_items_subject_with_a_modal_or_a_plan_is_not_read(write_doc):
    # a notice's requirements (要) and its plans (将) are no task of its list
    out = read(write_doc, "（一）部门自查\n"
                          "省级部门要按照职责分工进行深入自查。\n"
                          "（二）重点抽查\n"
                          "省政府将对省级重点部门进行抽查。\n")
    _, _, got = out
    assert not got


def test_a_plans_lead_on_a_line_under_its_title_is_every_items(write_doc):
    out = read(write_doc, "附件1\n\n"
                          "某县国土空间规划引领高质量发展专项行动方案\n\n"
                          "（县自然资源局牵头）\n\n"
                          "为贯彻落实工作要求，特制定本方案。\n"
                          "一、总体要求\n"
                          "编制国土空间规划，要坚持新发展理念，坚持以人民为中心，整体谋划国土空间保护")
    # the item cut by the excerpt's edge keeps the plan's lead: it is every task's
    assert who(out, "编制国土空间规划") == [("县自然资源局", "lead")]
    # the title and its preamble are no task of their own
    assert who(out, "特制定本方案") == []


def test_no_subject_acting_where_the_words_are_a_clause(write_doc):
    """所在 is where a thing lies; a verb, a time or a request opening the words before 在/对 makes
    them no doer's name (review of the subject-acts reading on the prose set's regulations)."""
    from test_conventions import read
    for line in ("（三）指导湿地所在地乡（镇）人民政府和村民委员会的湿地保护工作；",
                 "（四）每季度末镇食安办对各村食品安全协管员进行考核；",
                 "二、原则同意省有关部门及海航集团对落实合作备忘录的意见和建议。",
                 "（二）在服务所在地具有固定的营业场所；"):
        result, _, got = read(write_doc, line + "\n")
        assert not [a for a in result.assignments if a.raw.via == "inline"], line
