"""Duty clauses in running text probed with short written articles and notices (helper pd55): the verb
会同 after a member's label or a modal read as no county, … The sentences are written for these tests."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.model import Line
from kg.pipeline import build
from kg.resolve.jurisdiction import infer
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _read(text, known):
    lines = [(k + 1, normalise(t)) for k, t in enumerate(text.split("\n"))]
    return [(d.line, d.mention, d.lookup, d.role) for d in read_lines(lines, known)]


def _duties(text, known):
    return [(d.mention, d.lookup, d.role) for d in read_duties(normalise(text), 1, known)]


def _lines(text):
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_the_verb_huitong_after_a_modal_or_a_members_label_is_no_county():
    # 应当会同县财政局, 县教育局：会同县卫生健康局做好…, …；会同县政府有关部门做好…: the verb 会同 ("together
    # with") before a county's department, not 会同县 (湖南): the document's place stays unknown
    for text in ("某某县城市市容管理办法\n第五条 县城管局应当会同县财政局制定作业服务标准。",
                 "某某县突发公共卫生事件应急预案\n县教育局：会同县卫生健康局做好学校防控工作。",
                 "某某县食品安全工作意见\n各乡镇人民政府负责组织协调；会同县政府有关部门做好辖区工作。",
                 "某某县应急预案\n县卫生健康局牵头，会同县公安局做好秩序维护。"):
        assert infer(_lines(text)).adcode is None, text
    # the county named as a place, or its government after a stop, stays the county
    assert infer(_lines("会同县人民政府关于加强秸秆禁烧工作的通知\n各乡镇人民政府：")).adcode == "431225"
    assert infer(_lines("关于秸秆禁烧工作的通知\n一、总体要求。\n经研究，会同县人民政府决定开展秸秆禁烧。")).adcode == "431225"


def test_guidance_or_help_given_to_anothers_work_is_a_support(known):
    # 由X具体负责，Y、Z给予技术指导 ; X负责…，Y给予资金支持 : the helpers of X's work (they were lost)
    assert _duties("加装电梯工作由各街道办事处具体负责，区住建局、区市场监管局给予技术指导。", known) == [
        ("各街道办事处", "街道办事处", "responsible"), ("区住建局", None, "support"), ("区市场监管局", None, "support")]
    assert _duties("区住建局负责项目组织实施，区财政局给予资金支持。", known) == [
        ("区住建局", None, "responsible"), ("区财政局", None, "support")]
    # 对…给予指导、支持和帮助 is a body's own duty to a field, 应当给予支持 the modal's (as before)
    assert _duties("乡人民政府对村民委员会的工作给予指导、支持和帮助。", known) == [
        ("乡人民政府", None, "responsible")]
    assert [r for _m, _lk, r in _duties("县级以上人民政府体育主管部门应当给予支持。", known)] == ["responsible"]
    # a subsidy's object is no holder
    assert _duties("对符合条件的企业给予资金支持。", known) == []


def test_a_case_written_with_by_is_no_duty_of_the_body_it_names(known):
    # 住宅小区由业主委托物业服务企业实施物业管理的，物业服务企业为管理责任人 : the 由X…的 clause is the case
    # the rule provides for, its holder the clause after (it was a unit 业主委托物业服务企业)
    assert _duties("住宅小区由业主委托物业服务企业实施物业管理的，物业服务企业为管理责任人。", known) == [
        ("物业服务企业", None, "responsible")]
    assert _duties("由业主委托物业服务企业管理的，物业服务企业负责日常维护。", known) == [
        ("物业服务企业", None, "responsible")]
    # (the case's holder written 由X as before; a person's post is no holder)
    assert _duties("未委托的，由居民委员会为管理责任人。", known) == [("居民委员会", None, "responsible")]
    assert _duties("校长为学校安全管理责任人。", known) == []


def test_the_verb_after_a_setting_and_its_comma_gives_the_role(known):
    # X应当在Y的指导下，协助做好… : the modal's verb after the setting gives the role, as X应当协助… does
    # (it was responsible)
    assert _duties("乡镇人民政府、街道办事处应当在市场监管部门的指导下，协助做好食品安全监督管理工作。", known) == [
        ("乡镇人民政府", None, "assist"), ("街道办事处", None, "assist")]
    assert _duties("乡镇人民政府应当在县人民政府领导下，配合做好防汛工作。", known) == [
        ("乡镇人民政府", None, "support")]
    # (a verb of its own after the setting stays the modal's duty)
    assert _duties("乡镇人民政府应当在县人民政府领导下，做好防汛工作。", known) == [
        ("乡镇人民政府", None, "responsible")]


def test_a_members_line_opening_with_the_setting_it_works_in(known):
    # 各乡镇人民政府：在县应急指挥部统一领导下，负责… in an emergency plan's 成员单位职责: the member's
    # (the line was lost)
    text = ("2.2 县应急指挥部成员单位职责\n县财政局：负责安排应急处置所需经费。\n"
            "各乡镇人民政府：在县应急指挥部统一领导下，负责本辖区应急处置工作。\n"
            "县公安局：在县应急指挥部的统一指挥下负责现场治安维护。")
    assert [(n, m) for n, m, _lk, _r in _read(text, known)] == [
        (2, "县财政局"), (3, "各乡镇人民政府"), (4, "县公安局")]


def test_each_lower_governments_bureau_is_a_collective_as_written(known):
    # 各区城管局负责… / 会同各区城管局 : the bureau of each district, a collective as written (the clause
    # was lost; a partner was read as 各区, the districts' governments)
    assert _duties("各区城管局负责背街小巷整治。", known) == [("各区城管局", None, "responsible")]
    assert _duties("市城管局会同各区城管局开展背街小巷整治。", known) == [
        ("市城管局", None, "responsible"), ("各区城管局", None, "support")]
    assert [m for m, _lk, _r in _duties("各县市区卫生健康委要加强疫苗管理。", known)] == ["各县市区卫生健康委"]
    # (各市住建局 is looked up as the city's bureau, as before)
    assert _duties("各市住建局负责背街小巷整治。", known) == [("各市住建局", "市住建局", "responsible")]


def test_an_autonomous_regions_level_written_once_before_a_list_of_fields(known):
    # 自治区人民政府财政、自然资源等部门 : each field's department of the region's government (it was
    # 区人民政府自然资源部门, the level cut to its last character); 自治区财政、自然资源等部门 as 省… is
    assert _duties("自治区人民政府财政、自然资源等部门按照各自职责做好草原保护相关工作。", known) == [
        ("自治区人民政府财政", "自治区人民政府财政部门", "responsible"),
        ("自然资源部门", "自治区人民政府自然资源部门", "responsible")]
    assert [lk for _m, lk, _r in _duties("自治区财政、自然资源等部门按照各自职责做好相关工作。", known)] == [
        "自治区财政部门", "自治区自然资源部门"]


def test_a_due_date_then_the_verb_of_finishing_is_a_step_of_a_plan(known):
    # X会同Y、Z，于2025年6月30日前完成… / X于…前完成… : a plan's dated step, no modal (the clause was lost)
    assert _duties("市住建局会同市市场监管局、市消防救援支队，于2025年6月30日前完成瓶装液化气市场整治。", known) == [
        ("市住建局", None, "responsible"), ("市市场监管局", None, "support"), ("市消防救援支队", None, "support")]
    assert _duties("市住建局会同市市场监管局，在2025年底前完成市场整治。", known) == [
        ("市住建局", None, "responsible"), ("市市场监管局", None, "support")]
    assert _duties("市住建局于2025年6月30日前完成市场整治。", known) == [("市住建局", None, "responsible")]
    # (a report of the step done is none)
    assert _duties("市住建局于2024年6月30日前完成了市场整治。", known) == []
    # (a body another requires to finish is the one named after 要求, not the whole phrase: n89)
    assert _duties("今年市政府办公室要求重点提案承办部门在5月31日前完成办理工作。", known) == [
        ("重点提案承办部门", None, "responsible")]


def test_a_projects_owner_and_a_platforms_provider_are_actors(known):
    # 项目单位承担项目建设主体责任 (a second subject after a comma too), 项目业主应当…, 网络食品交易第三方平台
    # 提供者应当… : the regulated side's duty-holders by kind, as 建设单位 and 经营者 (the clauses were lost)
    assert _duties("市县人民政府是专项债券项目的责任主体，项目单位承担项目建设主体责任。", known) == [
        ("市县人民政府", None, "responsible"), ("项目单位", None, "responsible")]
    assert _duties("项目业主应当落实安全责任。", known) == [("项目业主", None, "responsible")]
    assert _duties("网络食品交易第三方平台提供者应当对入网食品经营者进行实名登记。", known) == [
        ("网络食品交易第三方平台提供者", None, "responsible")]
    # (a project, its works or a place are no actor, as before)
    assert _duties("项目建设场所应当设置安全警示标志。", known) == []


def test_the_township_and_village_pairs_written_the_other_way_round(known):
    # 街道（乡镇）, 社区（村）党组织 : a district's texts write the sub-district or the community first, as
    # 居（村）民委员会 is read (the clauses were lost; the second subject after a comma too)
    assert _duties("区（县）人民政府负责本行政区域网格化服务管理工作，街道（乡镇）负责辖区网格的划分。", known) == [
        ("区（县）人民政府", None, "responsible"), ("街道（乡镇）", None, "responsible")]
    assert [(m, r) for m, _lk, r in _duties("社区（村）党组织、居（村）民委员会协助做好网格化服务管理工作。", known)] == [
        ("社区（村）党组织", "assist"), ("居（村）民委员会", "assist"), ("居（村）民委员会", "assist")]


def test_each_township_or_village_labelling_its_line(known):
    # 各乡镇：落实…属地管理责任 / 各村（社区）：负责… in a 责任分工: the townships', the villages' (the lines
    # were lost: a type of unit labels no holder, but a level's own places do, as 各乡（镇）人民政府：)
    text = ("二、责任分工\n（一）各乡镇：落实森林防火属地管理责任，乡镇长是本辖区森林防火第一责任人。\n"
            "（二）县林业局：负责森林防火的组织。\n各村（社区）：负责本村森林防火巡查。")
    assert [(n, m) for n, m, _lk, _r in _read(text, known)] == [(2, "各乡镇"), (3, "县林业局"), (4, "各村（社区）")]
    # (a type of unit still labels none)
    assert _read("二、责任分工\n企事业单位：负责本单位防火。", known) == []


def test_a_villages_two_committees_in_quotes(known):
    # 村“两委”负责… : the village's two committees, as 村两委 (the quotes kept the clause from any reading)
    assert _duties("村“两委”负责本村秸秆禁烧的具体工作。", known) == [("村“两委”", "村两委", "responsible")]
    assert _duties("各乡镇是秸秆禁烧的责任主体，村“两委”负责本村秸秆禁烧的具体工作。", known) == [
        ("各乡镇", "乡镇", "responsible"), ("村“两委”", "村两委", "responsible")]


def test_bodies_acting_jointly(known):
    # A与B联合发布… / A、B联合开展… / …，与B联合（共同）发布… : both hold the joint act, as with 共同 (B, or
    # the whole clause, was lost)
    assert _duties("县气象局与县自然资源局联合发布地质灾害气象风险预警。", known) == [
        ("县气象局", None, "responsible"), ("县自然资源局", None, "responsible")]
    assert _duties("县市场监管局、县公安局联合开展专项整治。", known) == [
        ("县市场监管局", None, "responsible"), ("县公安局", None, "responsible")]
    assert _duties("州气象局负责提供气象预报信息，与州自然资源局联合发布地质灾害气象风险预警。", known) == [
        ("州气象局", None, "responsible"), ("州自然资源局", None, "responsible")]
    assert _duties("县气象局负责提供预报信息，与县自然资源局共同发布预警。", known) == [
        ("县气象局", None, "responsible"), ("县自然资源局", None, "responsible")]
    # (a paper's joint issuance told is no duty: n446)
    assert _duties("国务院食安办等5部门联合发布《关于进一步加强校园食品安全工作的通知》。", known) == []


def test_an_organ_stated_as_a_coordinating_body(known):
    # X（以下简称Y）为…综合协调机构，负责… : X, the copula 为 no part of its name (the unit was
    # 县减灾委员会为县自然灾害救助应急综合协调机构)
    assert _duties("县减灾委员会（以下简称县减灾委）为县自然灾害救助应急综合协调机构，负责组织、领导全县自然灾害救助工作。",
                   known) == [("县减灾委员会", None, "responsible")]
    assert _duties("市财政局为牵头单位，负责资金保障。", known) == [("市财政局", None, "responsible")]


def test_a_members_line_opening_by_law(known):
    # 县红十字会：依法开展救灾募捐… : the member's, 依法 before its verb (the line was lost)
    text = "3.2 成员单位职责\n县民政局：负责受灾群众的基本生活救助。\n县红十字会：依法开展救灾募捐和救助工作。"
    assert [(n, m) for n, m, _lk, _r in _read(text, known)] == [(2, "县民政局"), (3, "县红十字会")]


def test_the_fields_a_work_is_done_in_before_the_verb(known):
    # A、B等部门在医疗、医保、医药等方面加强… : the fields between the subject and its verb (lost)
    assert _duties("县卫生健康局、县医疗保障局等部门在医疗、医保、医药等方面加强制度、政策衔接。", known) == [
        ("县卫生健康局", None, "responsible"), ("县医疗保障局", None, "responsible")]


def test_a_townships_own_body_by_the_short_name_it_defines(write_doc):
    # 镇应急管理办公室（以下简称镇应急办） in 柳林县白沙镇's own document: 镇应急办 later is the same township's
    # office, as its full name is (it was one unit 镇应急管理办公室 of every township)
    result = build([write_doc("柳林县白沙镇人民政府关于建立防汛工作责任制的通知\n"
                              "一、镇应急管理办公室（以下简称镇应急办）承担镇防汛指挥部办公室日常工作。"
                              "镇应急办要在5月底前完成防汛物资储备。\n")])
    got = {(a.raw.mention.text, a.unit.name) for a in result.assignments if a.raw.via == "prose"}
    assert got == {("镇应急管理办公室", "柳林县白沙镇应急管理办公室"), ("镇应急办", "柳林县白沙镇应急管理办公室")}


def test_a_groups_office_by_the_short_name_the_text_defines(known):
    # 市安委会办公室 / 市安委会成员单位 where 市安全生产委员会（以下简称市安委会）: the office and the members
    # of that committee by its full name (they were the short names as written, not the committee's)
    text = ("第一条 市安全生产委员会（以下简称市安委会）在市委、市政府领导下，负责研究部署全市安全生产工作。\n"
            "第三条 市安委会办公室设在市应急管理局，承担市安委会日常工作。\n"
            "第四条 市安委会成员单位按照要求，履行安全生产监督管理职责。\n第六条 市安委会办公室负责考核。")
    got = [(n, m, lk) for n, m, lk, _r in _read(text, known)]
    assert (2, "市安委会办公室", "市安全生产委员会办公室") in got
    assert (3, "市安委会成员单位", "市安全生产委员会成员单位") in got
    assert (4, "市安委会办公室", "市安全生产委员会办公室") in got


def test_words_ending_a_name_are_no_verb_after_a_shorter_one(known):
    # 由市安委会主任召集 : 委会 ends the committee's name, no 市安委 that 会 (will) convene (it was a unit 市安委);
    # 由县委组织部作为… : 组织部 no verb 组织 of 县委 (it was 县委's)
    text = ("第一条 市安全生产委员会（以下简称市安委会）负责研究部署全市安全生产工作。\n"
            "第五条 市安委会每季度召开一次全体会议，由市安委会主任召集。")
    assert [m for _n, m, _lk, _r in _read(text, known)] == ["市安全生产委员会"]
    assert _duties("考核结果经县委、县政府审定后，由县委组织部作为领导班子考核的重要参考。", known) == []
    # (由县委组织实施 is still the county committee's, 由县委组织部负责… its department's)
    assert _duties("由县委组织实施。", known) == [("县委", None, "responsible")]
    assert _duties("由县委组织部负责干部考察。", known) == [("县委组织部", None, "responsible")]


def test_a_partner_in_a_later_clause_of_a_members_line(known):
    # 市生态环境局：负责…，会同市气象局开展… : the partner of the label's unit (lost; the first clause's
    # 会同 and a subject written in the sentence were read)
    text = ("4.3 成员单位职责\n市生态环境局：负责重污染天气预警的组织实施，会同市气象局开展空气质量预报。\n"
            "市公安局：负责交通管制，并会同市交通运输局做好应急运输保障。")
    assert [(n, m, r) for n, m, _lk, r in _read(text, known)] == [
        (2, "市生态环境局", "responsible"), (2, "市气象局", "support"),
        (3, "市公安局", "responsible"), (3, "市交通运输局", "support")]


def test_a_body_carrying_a_work_out(known):
    # …，村（居）委会具体承办参保登记工作 : the committees' part (lost: 承办 was no predicate)
    assert [(m, lk) for m, lk, _r in _duties("乡镇人民政府负责本辖区参保登记和宣传动员，村（居）委会具体承办参保登记工作。",
                                             known)] == [
        ("乡镇人民政府", None), ("村（居）委会", "村民委员会"), ("村（居）委会", "居民委员会")]


def test_each_townships_own_centre_is_one_name(known):
    # 各街道便民服务中心负责… / 各街道（乡镇）便民服务中心 : each sub-district's centre, one body (it was split
    # into 各街道 and a 便民服务中心 of its own, two holders)
    assert _duties("各街道便民服务中心负责基层政务服务事项的受理。", known) == [
        ("各街道便民服务中心", None, "responsible")]
    assert _duties("各街道（乡镇）便民服务中心负责基层政务服务事项的受理。", known) == [
        ("各街道（乡镇）便民服务中心", None, "responsible")]
    # (a run of two bodies of different governments is still two: 教育局各街道)
    from kg.extract.unitnames import split_run
    assert split_run("民政局高新园（邹区镇）各街道") == ["民政局", "高新园（邹区镇）", "各街道"]


def test_a_body_stated_as_the_unit_carrying_out_or_supporting_a_work(known):
    # X为…的技术支撑单位，负责… / X为项目实施单位 : the part X plays, as 为牵头单位 (lost; a name
    # 市大数据中心为…单位 before the copula was read as an organ)
    assert _duties("市大数据中心为全市政务数据共享的技术支撑单位，负责平台运行维护。", known) == [
        ("市大数据中心", None, "responsible")]
    assert _duties("县农业农村局为项目实施单位。", known) == [("县农业农村局", None, "responsible")]
    # (a classification, 分为A、B和议事协调机构, plays no part: n454)
    assert _duties("市政府行政机构根据职能分为市政府办公室、市政府组成部门和市政府议事协调机构。", known) == []
