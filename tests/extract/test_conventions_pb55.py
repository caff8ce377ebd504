"""pb55's probes: a 自治州's 工作要点, a 旗's 重点项目 包联 台账 (包联领导 with the posts bracketed
after the name), a county's 常务会议纪要 交办事项, 雄安新区's 分工 with labelled lines, a city's 督查
通报, a 街道's 工作要点, a county's 责任清单 (责任人：县委书记、县长), a 整改清单 flattened with spaces
(问题描述 / 整改措施 / 责任单位 / 责任人 / 整改时限), a district's 三服务 交办事项 (责任领导 then the
labels in one line, 6月30日前办结), a township's 台账 under its county's name, a 自治州's 包保责任清单
(包保州领导：副州长 向东；…).

Misread on main:

- a person's field before the unit labels in a line closed by ；, not a space
  (``…。责任领导：副区长陈刚；牵头单位：区人力社保局；…``), or with a space between the post and the
  name (``包保州领导：副州长 向东；责任单位：…``): the leader lost, left in the task's text
  (``assignments.INLINE_LABEL_RE``);
- a field of people alone closing a task's line (``…衔接。责任人：县委书记、县长。``,
  ``…工作。责任领导：张三``): the people lost, left in the task's text
  (``assignments.PERSON_FIELDS_END_RE``);
- a person written with their posts in brackets (``张伟（旗委常委、常务副旗长）``) cut at the 、 inside
  the bracket into two posts ``张伟（旗委常委`` and ``常务副旗长）`` (``annotations._held_posts``; a Party
  post before a government post and a name, ``区委常委、副区长王丽``, stays two, as lead46 reads it);
- a 整改清单 flattened with spaces whose header names the problem (``问题描述``) and the person in
  charge (``责任人``): no table at all (the header was no header: ``outline._HEADER_WORDS``); with
  the person's post and name spaced (``局长 张明``) the unit cell was glued to the post
  (``市综合执法局局长张明``) and the unit lost (``outline._post_then_name_joined``);
- ``6月30日前办结``, ``2025年8月底前办结`` (a 交办 item's case closed by then): no deadline
  (``deadlines._DONE``);
- a township's list whose title names it after its county (``临沂市兰山区枣园镇2025年重点工作任务
  台账``): its bare offices (``经济发展办公室``, ``财政所``) were the county's
  (``resolve.units.own_township_name``).
"""

from kg.extract.annotations import post_refs
from kg.extract.deadlines import is_deadline, normalise_deadline, with_year
from kg.resolve.units import own_township_name

from test_conventions import read, who


def _posts(out):
    result, tasks, _ = out
    got: dict[str, list[str]] = {}
    for e in result.enrichment.values():
        for p in e.posts:
            got.setdefault(tasks[p.task_id].text, []).append(p.written)
    return got


def test_a_leaders_field_then_the_labels_closed_by_a_semicolon(write_doc):
    out = read(write_doc, "绍兴市柯桥区2025年“三服务”活动交办事项清单\n"
                          "一、交办事项\n"
                          "（一）解决企业用工难问题。责任领导：副区长陈刚；牵头单位：区人力社保局；配合单位："
                          "区经信局、各镇（街道）；办结时限：2025年8月底前。\n"
                          "（二）推进重点项目建设。包保区领导：副区长 向东；责任单位：区发改局；完成时限："
                          "2025年9月底前。\n")
    assert who(out, "用工难") == [("区人力社保局", "lead"), ("区经信局", "support"),
                                  ("各镇（街道）", "support")]
    assert who(out, "重点项目建设") == [("区发改局", "responsible")]
    posts = _posts(out)
    assert posts["解决企业用工难问题。"] == ["副区长陈刚"]
    assert [p.replace(" ", "") for p in posts["推进重点项目建设。"]] == ["副区长向东"]


def test_a_field_of_people_alone_closing_the_line(write_doc):
    out = read(write_doc, "仁怀市2025年巩固拓展脱贫攻坚成果责任清单\n"
                          "一、主要领导责任\n"
                          "1.统筹推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接。责任人：市委书记、市长。\n"
                          "2.统筹推进乡村振兴工作。责任领导：张三\n")
    posts = _posts(out)
    assert posts["统筹推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"] == ["市委书记", "市长"]
    assert posts["统筹推进乡村振兴工作。"] == ["张三"]


def test_a_persons_posts_in_brackets():
    def names(v):
        return [p.written for p in post_refs(v, "responsible", "包联领导")]
    assert names("张伟（旗委常委、常务副旗长）") == ["张伟（旗委常委、常务副旗长）"]
    assert names("张伟（旗委常委、常务副旗长）、李强（副旗长）") == ["张伟（旗委常委、常务副旗长）", "李强（副旗长）"]
    assert names("县委书记、县长") == ["县委书记", "县长"]
    assert names("县委常委、常务副县长张三") == ["县委常委、常务副县长张三"]     # (one person, as lead50 reads it)


def test_a_table_row_of_leaders_with_bracketed_posts(write_doc):
    out = read(write_doc, "鄂尔多斯市伊金霍洛旗2025年重点项目包联推进台账\n"
                          "序号\t项目名称\t建设内容\t包联领导\t责任单位\t完成时限\n"
                          "1\t旗人民医院扩建项目\t新建门诊楼3万平方米\t张伟（旗委常委、常务副旗长）\t旗卫健委\t"
                          "2025年10月底前\n"
                          "2\t创建国家卫生城市\t巩固提升\t王芳（副旗长）、刘洋（旗长助理）\t旗卫健委\t长期坚持\n")
    posts = _posts(out)
    assert posts["旗人民医院扩建项目"] == ["张伟（旗委常委、常务副旗长）"]
    assert posts["创建国家卫生城市"] == ["王芳（副旗长）", "刘洋（旗长助理）"]


def test_a_rectification_list_flattened_with_spaces(write_doc):
    out = read(write_doc, "仁怀市2025年城乡环境综合整治整改清单\n"
                          "序号 问题描述 整改措施 责任单位 责任人 整改时限\n"
                          "1 城区主干道占道经营问题突出 开展专项整治，建立长效机制 市综合执法局 局长 张明 "
                          "2025年5月31日前\n"
                          "2 农村生活垃圾清运不及时 完善收运体系 市住建局、各镇（街道） 分管副局长李华 2025年6月底前\n"
                          "3 河道沿岸垃圾堆积 清理河道垃圾，落实河长制 市水务局 各镇（街道）河长 立行立改\n")
    assert who(out, "专项整治") == [("市综合执法局", "responsible")]
    assert who(out, "收运体系") == [("市住建局", "responsible"), ("各镇（街道）", "responsible")]
    assert who(out, "清理河道垃圾") == [("市水务局", "responsible")]
    result = out[0]
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments}
    assert due["市综合执法局"] == "2025-05-31" and due["市水务局"] == "立行立改"
    posts = _posts(out)
    assert [p.replace(" ", "") for ps in posts.values() for p in ps] == [
        "局长张明", "分管副局长李华", "各镇（街道）河长"]


def test_a_case_closed_by_a_date():
    for t, want in (("2025年8月底前办结", "2025-08"), ("2025年底前办结", "2025-12"),
                    ("2025年6月30日前办结", "2025-06-30")):
        assert is_deadline(t) and normalise_deadline(t) == want, t
    assert is_deadline("6月30日前办结")
    assert with_year("6月30日前办结", "2025") == "2025-06-30"


def test_a_closing_clause_with_a_case_closed_by_a_date(write_doc):
    out = read(write_doc, "绍兴市柯桥区2025年“三服务”活动交办事项清单\n"
                          "一、交办事项\n"
                          "（三）协调解决企业土地指标问题。区自然资源和规划分局牵头，区发改局配合，6月30日前办结。\n")
    assert who(out, "土地指标") == [("区自然资源和规划分局", "lead"), ("区发改局", "support")]
    result = out[0]
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "inline"}
    assert due["区发改局"] == "2025-06-30"


def test_a_townships_list_titled_under_its_county():
    assert own_township_name("临沂市兰山区枣园镇2025年重点工作任务台账", None) == "兰山区枣园镇"
    assert own_township_name("杭州市余杭区良渚街道2025年工作要点", None) == "余杭区良渚街道"
    assert own_township_name("兰山区枣园镇人民政府2025年重点工作", None) == "兰山区枣园镇"
    # a county's own list, the townships as a set, a kind of town: none
    assert own_township_name("临沂市兰山区2025年重点工作任务台账", None) is None
    assert own_township_name("广州市各街道2025年工作要点", None) is None
    assert own_township_name("广州市全镇2025年工作要点", None) is None
    assert own_township_name("临沂市小城镇2025年建设方案", None) is None


def test_a_townships_offices_under_its_countys_name(write_doc):
    out = read(write_doc, "临沂市兰山区枣园镇2025年重点工作任务台账\n"
                          "一、经济发展\n"
                          "1.招引亿元以上项目3个。（责任单位：经济发展办公室、财政所）\n"
                          "2.建设道路。（责任单位：区交通运输局）\n")
    names = {a.raw.mention.text: a.unit.name for a in out[0].assignments}
    assert names["经济发展办公室"] == "兰山区枣园镇经济发展办公室"
    assert names["财政所"] == "兰山区枣园镇财政所"
    assert names["区交通运输局"] == "兰山区交通运输局"


def test_a_townships_office_named_with_the_township_in_its_own_list(write_doc):
    out = read(write_doc, "高青县木李镇2024年重点任务进展情况\n"
                          "一、经济发展\n"
                          "1.招引亿元以上项目3个。（责任单位：木李镇经济发展办公室）\n")
    names = {a.raw.mention.text: a.unit.name for a in out[0].assignments}
    assert names["木李镇经济发展办公室"] == "高青县木李镇经济发展办公室"   # (not 高青县木李镇木李镇…)


def test_a_season_as_the_time_limit():
    for t in ("汛期内", "主汛期间", "防火期内", "森林防火期内", "供暖期间", "禁渔期内"):
        assert is_deadline(t) and normalise_deadline(t) == t, t
    assert not is_deadline("夏季攻势")
    assert not is_deadline("汛期")          # (the season's word alone: lead44's)


def test_units_sharing_by_their_duties_in_a_season(write_doc):
    out = read(write_doc, "黄南藏族自治州河南蒙古族自治县2025年草原生态保护工作方案\n"
                          "一、工作任务\n"
                          "（一）推进黑土滩治理5万亩。县林草局负责，2025年10月底前完成。\n"
                          "（二）加强草原防火。县应急管理局、县林草局、县消防救援大队按职责分工负责，防火期内。\n"
                          "（三）做好防汛防风工作。（县应急管理局牵头，县水务局配合；主汛期间）\n")
    assert who(out, "草原防火") == [("县应急管理局", "responsible"), ("县林草局", "responsible"),
                                    ("县消防救援大队", "responsible")]
    result, tasks, _ = out
    due = {(a.raw.mention.text, tasks[a.task_id].text): a.raw.deadline for a in result.assignments
           if a.raw.via == "inline"}
    assert due[("县消防救援大队", "加强草原防火。")] == "防火期内"
    assert due[("县水务局", "做好防汛防风工作。")] == "主汛期间"
    assert not [i for i in result.issues if "汛期" in i.message]


def test_a_labelled_bracket_after_a_bulletins_item_then_its_state(write_doc):
    out = read(write_doc, "南宁市人民政府督查室关于2025年第二季度重点督办事项的通报\n"
                          "一、按期完成事项\n"
                          "1.邕江综合整治工程（责任单位：市住建局、市水利局）已按期完成。\n"
                          "2.城市书房建设（牵头单位：市文旅局；配合单位：各城区人民政府）进展滞后。\n")
    assert who(out, "邕江综合整治") == [("市住建局", "responsible"), ("市水利局", "responsible")]
    assert who(out, "城市书房") == [("市文旅局", "lead"), ("各城区人民政府", "support")]


def test_the_states_enterprises_in_a_list_of_doers(write_doc):
    out = read(write_doc, "邯郸市峰峰矿区2025年安全生产工作要点\n"
                          "1.落实企业安全生产主体责任。（各镇（街道）、区直有关部门，驻区各单位、国有企业）\n"
                          "2.深化国有企业改革，推动国有企业做强做优。（区国资中心负责）\n")
    assert who(out, "主体责任") == [("各镇（街道）", "responsible"), ("区直有关部门", "responsible"),
                                    ("驻区各单位", "responsible"), ("国有企业", "responsible")]
    assert who(out, "深化国有企业改革") == [("区国资中心", "responsible")]


def test_the_lead_and_the_supporters_in_clauses_divided_by_a_semicolon(write_doc):
    out = read(write_doc, "铜仁市万山区2025年重点工作任务分解表\n"
                          "（一）实施“工业强区”战略\n"
                          "1.新增规模以上工业企业10家。区工业和信息化局牵头；区发展改革局、区投资促进局配合。\n"
                          "2.推进园区标准化厂房建设。区工业和信息化局牵头；各乡（镇）、街道配合；2025年12月底前。\n"
                          "3.推进产业链招商。区投资促进局牵头；区发展改革局配合。（2025年10月底前）\n")
    assert who(out, "规模以上工业企业10家") == [("区工业和信息化局", "lead"), ("区发展改革局", "support"),
                                               ("区投资促进局", "support")]
    assert who(out, "标准化厂房") == [("区工业和信息化局", "lead"), ("各乡（镇）、街道", "support")]
    assert who(out, "产业链招商") == [("区投资促进局", "lead"), ("区发展改革局", "support")]
    result, tasks, _ = out
    due = {tasks[a.task_id].text: a.raw.deadline for a in result.assignments if a.raw.via == "inline"}
    assert due["推进园区标准化厂房建设。"] == "2025-12"
    assert due["推进产业链招商。"] == "2025-10"


def test_an_item_written_as_fields_a_line_each(write_doc):
    out = read(write_doc, "东营市垦利区2025年重点改革任务清单\n"
                          "1.深化“放管服”改革\n"
                          "目标：政务服务事项“全程网办”率达到90%。\n"
                          "措施：推行“一件事一次办”，拓展“秒批秒办”事项。\n"
                          "责任：区行政审批服务局，各镇（街道）\n"
                          "时间：2025年10月\n"
                          "2.推进农村集体产权制度改革\n"
                          "目标：完成农村集体经营性资产股份合作制改革。\n"
                          "责任：区农业农村局（牵头）、区财政局\n"
                          "时间：年底前\n"
                          "3.压实主体责任：各镇（街道）要落实属地责任，会议时间：每季度一次。\n")
    assert who(out, "放管服") == [("区行政审批服务局", "responsible"), ("各镇（街道）", "responsible")]
    assert who(out, "集体产权") == [("区农业农村局", "lead"), ("区财政局", "responsible")]
    result, tasks, _ = out
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "standalone"}
    assert due["区行政审批服务局"] == "2025-10" and due["区财政局"] == "2025-12"
    # (责任, 时间 inside a longer word are no labels)
    assert "压实主体责任" in next(t.text for t in tasks.values() if "压实" in t.source_text)


def test_a_pages_time_line_is_no_field():
    from kg.extract.annotations import LABEL_RE
    for t in ("时间:2024-09-13", "时间: 2023-03-03 作者:衡水市委编办", "时间：2024年9月13日",
              "时间：2024.09.13"):
        assert not LABEL_RE.match(t), t
    for t in ("时间：2025年10月", "时间：年底前", "时间：长期坚持", "责任：区财政局"):
        assert LABEL_RE.match(t), t


def test_a_time_limit_line_without_its_year_under_a_titles_year(write_doc):
    out = read(write_doc, "东营市垦利区2025年重点改革任务清单\n"
                          "1.推进农村集体产权制度改革。\n"
                          "责任单位：区农业农村局（牵头）、区财政局\n"
                          "完成时限：年底前\n"
                          "2.推进农村宅基地制度改革。\n"
                          "责任单位：区自然资源局\n"
                          "完成时限：9月底前\n")
    due = {a.raw.mention.text: a.raw.deadline for a in out[0].assignments}
    assert due["区财政局"] == "2025-12" and due["区自然资源局"] == "2025-09"


def test_a_projects_completion_time_beside_its_start(write_doc):
    out = read(write_doc, "酒泉市肃州区2025年重点项目建设推进方案\n"
                          "序号\t项目名称\t总投资（万元）\t责任领导\t牵头单位\t配合单位\t开工时间\t竣工时间\n"
                          "1\t肃州区城乡供水一体化工程\t35000\t副区长 张涛\t区水务局\t区发改局、区财政局\t2025年3月\t"
                          "2025年12月\n"
                          "2\t酒泉经开区光伏产业园\t80000\t副区长 王军\t酒泉经开区管委会\t区自然资源局\t2025年4月\t"
                          "2026年6月\n")
    assert who(out, "供水一体化") == [("区水务局", "lead"), ("区发改局", "support"), ("区财政局", "support")]
    due = {a.raw.mention.text: a.raw.deadline for a in out[0].assignments}
    assert due["区水务局"] == "2025-12" and due["酒泉经开区管委会"] == "2026-06"


def test_the_doers_under_the_lead_then_the_date_of_the_work(write_doc):
    out = read(write_doc, "株洲市芦淞区2025年“两违”整治工作实施方案\n"
                          "一、整治任务\n"
                          "（一）集中拆除。区城管局牵头，各街道具体实施，2025年9月底前拆除存量违建50%以上。\n"
                          "（二）规范管理。区住建局牵头，区城管局配合，确保隐患清零。\n")
    assert who(out, "集中拆除") == [("区城管局", "lead"), ("各街道", "responsible")]
    assert who(out, "规范管理") == [("区住建局", "lead"), ("区城管局", "support")]
    due = {a.raw.mention.text: a.raw.deadline for a in out[0].assignments if a.raw.via == "inline"}
    assert due["各街道"] == "2025-09"


def test_a_rectification_lists_problems_numbered_in_their_label(write_doc):
    out = read(write_doc, "松原市宁江区2025年营商环境问题整改清单\n"
                          "问题1：企业开办环节多、时间长。\n"
                          "整改措施：推行企业开办“一网通办”。\n"
                          "责任单位：区市场监管局\n"
                          "配合单位：区税务局、区人社局\n"
                          "整改时限：2025年6月30日\n"
                          "问题二：工程建设项目审批时限长。\n"
                          "整改措施：推行并联审批。\n"
                          "责任单位：区住建局、区自然资源局\n"
                          "整改时限：立行立改\n")
    assert who(out, "企业开办环节多") == [("区市场监管局", "responsible"), ("区税务局", "support"),
                                          ("区人社局", "support")]
    assert who(out, "审批时限长") == [("区住建局", "responsible"), ("区自然资源局", "responsible")]


def test_a_column_of_the_lead_marked_by_its_star_and_the_others(write_doc):
    out = read(write_doc, "遂宁市船山区2025年“十大民生实事”任务分解\n"
                          "序号\t实事名称\t目标任务\t牵头单位（★）/责任单位\t完成时限\n"
                          "1\t城镇老旧小区改造\t改造老旧小区30个\t区住建局★、区财政局、各街道\t2025年11月底前\n"
                          "2\t农村道路提升\t新改建农村公路50公里\t区交通运输局★、各镇\t2025年10月底前\n")
    assert who(out, "老旧小区30个") == [("区住建局", "lead"), ("区财政局", "responsible"),
                                        ("各街道", "responsible")]
    assert who(out, "农村公路") == [("区交通运输局", "lead"), ("各镇", "responsible")]


def test_a_whole_year_and_a_report_sent_so_often():
    for t in ("2025年全年", "2025年全年持续推进", "每半年报送一次进展", "每季度报送一次工作进展",
              "每月报送进展情况"):
        assert is_deadline(t) and normalise_deadline(t) == t, t
    assert not is_deadline("每月进展") and not is_deadline("2025年全年增长6%")


def test_an_annotation_closed_by_a_whole_year_or_a_report_sent_so_often(write_doc):
    out = read(write_doc, "张家口市崇礼区2025年冬奥遗产利用工作要点\n"
                          "1.推进冬奥场馆赛后利用。（崇礼区冬奥场馆管理中心、区文广旅局，2025年全年）\n"
                          "2.实施兴边富民行动。（区民宗局、区发改局；每半年报送一次进展）\n")
    assert who(out, "赛后利用") == [("崇礼区冬奥场馆管理中心", "responsible"), ("区文广旅局", "responsible")]
    due = {a.raw.mention.text: a.raw.deadline for a in out[0].assignments}
    assert due["区文广旅局"] == "2025年全年" and due["区发改局"] == "每半年报送一次进展"


def test_a_meetings_item_asking_its_lead_and_those_it_works_with(write_doc):
    out = read(write_doc, "丽江市古城区人民政府2025年第5次区长办公会议纪要\n"
                          "一、关于古城保护管理工作\n"
                          "1.请区住建局牵头，会同区文旅局、区自然资源局于6月底前拿出古城风貌整治方案。\n"
                          "2.区发改局牵头，会同区财政局研究制定项目资金管理办法。\n")
    assert who(out, "风貌整治方案") == [("区住建局", "lead"), ("区文旅局", "support"),
                                        ("区自然资源局", "support")]
    assert who(out, "资金管理办法") == [("区发改局", "lead"), ("区财政局", "support")]
    result = out[0]
    assert not [a for a in result.assignments if a.raw.mention.text.startswith("请")]
    due = {a.raw.mention.text: a.raw.deadline for a in result.assignments if a.raw.via == "inline"}
    assert due["区文旅局"] == "2025-06"


def test_a_plans_parts_numbered_after_their_word(write_doc):
    out = read(write_doc, "荆门市东宝区2025年优化营商环境“十大行动”任务清单\n"
                          "行动一：政务服务提速行动\n"
                          "1.推行“一业一证”改革。（区政务服务和大数据管理局牵头，各相关部门配合）\n"
                          "2.企业开办时间压缩至0.5个工作日。（区市场监管局，2025年6月底前）\n"
                          "行动二：要素保障提升行动\n"
                          "3.保障重点项目用地需求。（区自然资源和规划局；全年）\n")
    result, tasks, _ = out
    by_text = {t.text: t for t in tasks.values()}
    assert "企业开办时间压缩至0.5个工作日。" in by_text          # (行动二's line was glued to it)
    assert by_text["保障重点项目用地需求。"].path[0] == "行动二"
    assert by_text["要素保障提升行动"].path == ("行动二",)
    assert who(out, "用地需求") == [("区自然资源和规划局", "responsible")]
