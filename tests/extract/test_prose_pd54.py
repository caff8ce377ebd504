"""Duty clauses in running text probed with short written articles (helper pd54, issue 12): a member's
line opening with a verb of securing (``县财政局：保障应急资金``), a body named by the duties it bears
(``承担X职责的机构``), a post's holder appointed (``由本级人大常委会任命``), 内蒙古's village and township
kinds written as a list (``嘎查、村民委员会``, ``嘎查（村）民委员会``, ``苏木、乡人民政府``), a body two levels'
governments set up (``市、县（市、区）人民政府设立的X``), ``履行下列职责：（一）…；（二）…`` on one line, an office
whose post is filled between it and its duty, a committee set up with a coordinating duty and a committee's
parts (``各专业委员会``). The sentences are written for these tests."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _read(text, known):
    lines = [(k + 1, normalise(t)) for k, t in enumerate(text.split("\n"))]
    return [(d.line, d.mention, d.lookup) for d in read_lines(lines, known)]


def _duties(text, known):
    return [(d.mention, d.lookup, d.role) for d in read_duties(normalise(text), 1, known)]


def test_a_members_line_opening_with_a_verb_of_securing(known):
    # 县财政局：保障应急资金。 in an emergency plan's 成员单位职责: the labelled member's (it went to the
    # heading's 成员单位: 保障, 维护, 确保 open no predicate)
    text = ("四、成员单位职责\n县应急管理局：负责应急救援的综合协调工作。\n县财政局：保障应急资金。\n"
            "县公安局：维护事发地治安秩序，实施交通管制。\n县电信公司：确保防汛通信畅通。")
    assert [(n, m) for n, m, _lk in _read(text, known)] == [
        (2, "县应急管理局"), (3, "县财政局"), (4, "县公安局"), (5, "县电信公司")]
    # a label that names no unit gives such a line no holder of its own (the heading's members, as before)
    text = "四、成员单位职责\n县财政局：负责资金保障。\n工作要求：保障各项措施落实到位。"
    assert [m for _n, m, _lk in _read(text, known)] == ["县财政局", "成员单位"]
    # …nor does a field of a member's person (县财政局：张三)
    assert _read("四、成员单位职责\n县财政局：张三", known) == []


def test_a_body_named_by_the_duties_it_bears(known):
    # 承担X职责的部门 / 机构 (a charge that each government gives a body of its own name): the body as
    # written, as 负有X职责的部门 and 负责X的部门 are (the clause was lost)
    assert _duties("承担城市管理职责的机构应当依法查处违法搭建行为。", known) == [
        ("承担城市管理职责的机构", None, "responsible")]
    assert _duties("承担物业管理职责的部门负责本市物业管理活动的监督管理工作。", known) == [
        ("承担物业管理职责的部门", None, "responsible")]
    assert _duties("履行环境卫生管理职能的部门负责生活垃圾的收集、运输和处置。", known) == [
        ("履行环境卫生管理职能的部门", None, "responsible")]
    # (a body that bears a duty, 承担 its verb, as before)
    assert _duties("市城市管理局承担城市管理职责。", known) == [("市城市管理局", None, "responsible")]


def test_a_posts_holder_appointed_is_no_duty(known):
    # 支队长由本级人大常委会任命 / 负责人由县人民政府任免: the body's composition, no duty of the appointing
    # body (n498's labelling); the post's duty after it is no body's
    assert _duties("市城市管理综合执法支队支队长由本级人大常委会任命。", known) == []
    assert _duties("县城市供水主管部门的负责人由县人民政府任免。", known) == []
    assert _duties("县自来水公司董事长由本级人民代表大会常务委员会任命，负责公司的经营管理。", known) == []
    # (hiring staff is a work, counted as before: n183's 督查员由县级以上人民政府聘任; and a charge of
    # appointments, 由X负责…任免)
    assert [m for m, _lk, _r in _duties("行政执法督查员由县级以上人民政府聘任。", known)] == ["县级以上人民政府"]
    assert [m for m, _lk, _r in _duties("乡镇干部的任免由县委组织部负责。", known)] == ["县委组织部"]


def test_inner_mongolias_village_and_township_kinds_in_a_list(known):
    # 嘎查、村民委员会 (the region's laws name the two kinds of village so): each kind's committee, the
    # 嘎查's by the region's name 嘎查村民委员会 (the clause was lost)
    assert _duties("嘎查、村民委员会协助苏木、乡人民政府做好人居环境整治工作。", known) == [
        ("嘎查", "嘎查村民委员会", "assist"), ("村民委员会", None, "assist")]
    # 嘎查（村）民委员会: both committees, as 村（居）民委员会 is read (the clause was lost)
    assert _duties("嘎查（村）民委员会应当组织农牧民开展环境卫生整治。", known) == [
        ("嘎查（村）民委员会", "嘎查村民委员会", "responsible"),
        ("嘎查（村）民委员会", "村民委员会", "responsible")]
    # 苏木、乡人民政府: the 苏木's and the 乡's governments, as 乡、镇人民政府 is read (the clause was lost)
    assert _duties("苏木、乡人民政府负责本辖区的人居环境整治工作。", known) == [
        ("苏木", "苏木人民政府", "responsible"), ("乡人民政府", "乡人民政府", "responsible")]
    # (嘎查村民委员会 and 村（居）民委员会 as before)
    assert _duties("嘎查村民委员会应当组织牧民开展草原防火巡查。", known) == [
        ("嘎查村民委员会", None, "responsible")]
    assert [lk for _m, lk, _r in _duties("村（居）民委员会协助做好相关工作。", known)] == ["村民委员会", "居民委员会"]


def test_a_body_two_levels_governments_set_up(known):
    # 市、县（市、区）人民政府设立的X: each level's X (only the name was kept, looked up at the text's level:
    # the counties' body lost), as 市、县（市、区）X主管部门 is read
    assert _duties("市、县（市、区）人民政府设立的城市管理综合执法机构负责城市管理综合执法工作。", known) == [
        ("城市管理综合执法机构", "市城市管理综合执法机构", "responsible"),
        ("城市管理综合执法机构", "各县（市、区）城市管理综合执法机构", "responsible")]
    assert [lk for _m, lk, _r in _duties("省、市、县人民政府设立的防汛抗旱指挥机构负责本行政区域的防汛工作。", known)] == [
        "省防汛抗旱指挥机构", "市防汛抗旱指挥机构", "县防汛抗旱指挥机构"]
    # (one level's setter as before)
    assert _duties("县人民政府设立的城市管理综合执法机构负责城市管理综合执法工作。", known) == [
        ("城市管理综合执法机构", "县城市管理综合执法机构", "responsible")]


def test_the_duties_a_regulation_lists_on_one_line(known):
    # X应当履行下列职责：（一）…；（二）… run on in one line: each item X's (the second was lost)
    got = _duties("乡镇人民政府应当履行下列职责：（一）组织本辖区防汛抢险；（二）转移安置受威胁群众。", known)
    assert [m for m, _lk, _r in got] == ["乡镇人民政府", "乡镇人民政府"]
    got = read_duties(normalise("乡镇人民政府应当履行下列职责：（一）组织本辖区防汛抢险；（二）转移安置受威胁群众。"), 1, known)
    assert got[-1].clause.startswith("（二）转移安置受威胁群众") or got[-1].clause.startswith("转移安置受威胁群众")


def test_an_office_whose_post_is_filled_before_its_duty(known):
    # 办公室设在X，由X局长兼任办公室主任，负责…: the office's duty (lost: the post's clause stood between)
    got = _duties("领导小组下设办公室，办公室设在市卫生健康局，由市卫生健康局局长兼任办公室主任，负责创卫日常工作。", known)
    assert ("领导小组办公室", None, "responsible") in got
    got = _duties("领导小组办公室设在县应急管理局，由县应急管理局局长任主任，负责日常工作。", known)
    assert ("领导小组办公室", None, "responsible") in got
    # (a post's clause alone after the office gives it nothing)
    got = _duties("领导小组办公室设在县应急管理局，由县应急管理局局长任主任。", known)
    assert ("领导小组办公室", None, "responsible") not in got


def test_a_committee_set_up_to_coordinate_and_its_parts(known):
    # X成立Y委员会，统筹协调… / 研究部署… : the committee set up holds the work (it had none without 负责)
    assert _duties("市人民政府成立安全生产委员会，统筹协调全市安全生产工作。", known) == [
        ("安全生产委员会", None, "responsible")]
    assert _duties("县人民政府成立防汛抗旱指挥部，研究部署全县防汛抗旱工作。", known) == [
        ("防汛抗旱指挥部", None, "responsible")]
    # 各专业委员会: a committee's parts as written, as 各工作组 and 各分指挥部 are (the clause was lost)
    assert _duties("各专业委员会应当定期研究本行业领域安全生产工作。", known) == [
        ("各专业委员会", None, "responsible")]
    assert _duties("各工作组应当定期研究本领域工作。", known) == [("各工作组", None, "responsible")]


def test_an_emergency_plans_command_and_its_setting(known):
    # 县应急指挥部…，统一指挥应急处置工作 : the command's work (lost: 统一指挥 was no predicate)
    assert _duties("县应急指挥部根据事件等级启动应急响应，统一指挥应急处置工作。", known) == [
        ("县应急指挥部", None, "responsible")]
    # 在X统一指挥下 : a setting before the verb, as 在X统一领导下 is (the clause was lost)
    assert _duties("各成员单位在县应急指挥部统一指挥下开展工作。", known) == [("各成员单位", None, "responsible")]
    # (a principle names no holder; nor does 统一指挥部 open a verb)
    assert _duties("应急处置实行统一指挥、分级负责的原则。", known) == []


def test_forest_farms_hold_their_areas_duties(known):
    # 各林场、自然保护区管理机构负责本经营区的…: forest farms are public institutions (the clause was lost)
    assert _duties("各林场、自然保护区管理机构负责本经营区的森林防火工作。", known) == [
        ("各林场", "林场", "responsible"), ("自然保护区管理机构", None, "responsible")]
    assert _duties("国有林场负责本经营区的森林防火工作。", known) == [("国有林场", None, "responsible")]


def test_the_body_of_the_place_an_event_happens_in():
    # 事发地乡镇人民政府 (an emergency plan): the townships' governments, whichever (it was resolved as a
    # township named 事发地, 双牌县事发地乡镇人民政府), as 所在地乡镇人民政府 is
    from kg.resolve.lexicon import load_lexicon
    from kg.resolve.units import Resolver
    r = Resolver(load_lexicon())
    for mention in ("事发地乡镇人民政府", "火灾所在地乡镇人民政府", "所在地乡镇人民政府"):
        u = r.resolve(mention, "双牌县", "乡镇人民政府")
        assert (u.name, u.resolved) == ("乡镇人民政府", False), mention
    assert not r.resolve("事发地镇人民政府", "双牌县").resolved
    assert r.resolve("事发地县级人民政府", "双牌县", "县级人民政府").name == "县级人民政府"
    # (a department so named is read as the document's, as before: who question round 80's 德化县事发地主管部门)
    assert r.resolve("事发地主管部门", "德化县", "主管部门").name == "德化县事发地主管部门"
    # (a township named in full as before)
    assert r.resolve("塘底乡人民政府", "双牌县").resolved


def test_a_supervisory_responsibility_borne(known):
    # X对…负监管责任 / Y负综合监管责任 / 行业主管部门负直接监管责任 (安全生产 rules): each body's charge (lost:
    # only 负主体责任, 负监督责任 and the like were read)
    assert _duties("县水利局对水利工程的安全负监管责任，县应急管理局负综合监管责任。", known) == [
        ("县水利局", None, "responsible"), ("县应急管理局", None, "responsible")]
    assert _duties("行业主管部门负直接监管责任。", known) == [("行业主管部门", None, "responsible")]
    assert _duties("乡镇人民政府负属地管理责任。", known) == [("乡镇人民政府", None, "responsible")]
    # (as before)
    assert _duties("党委（党组）负主体责任，纪委负监督责任。", known) == [
        ("党委（党组）", None, "responsible"), ("纪委", None, "responsible")]


def test_a_league_and_its_banners_departments(known):
    # 盟、旗县（市）X主管部门 (a league's rules): the league's and each banner's or county's department
    # (the clause was lost: 盟 alone opened no level list, 旗县（市） was no level)
    assert _duties("盟、旗县（市）林业和草原主管部门负责草原防火的监督管理。", known) == [
        ("盟", "盟林业和草原主管部门", "responsible"),
        ("旗县（市）林业和草原主管部门", "各旗县（市）林业和草原主管部门", "responsible")]
    assert [m for m, _lk, _r in _duties("盟、旗县（市）人民政府负责草原防火工作。", known)] == ["盟", "旗县（市）人民政府"]
    # (盟市、旗县（市、区） as before)
    assert [lk for _m, lk, _r in _duties("盟市、旗县（市、区）林业和草原主管部门负责草原防火。", known)] == [
        "盟市林业和草原主管部门", "各旗县（市、区）林业和草原主管部门"]


def test_a_members_line_opening_with_the_principle_it_works_by(known):
    # 各县市人民政府：按照属地管理原则，负责… : the principle before the verb, as 根据各自职责 is (the line
    # was lost, or went to the heading's members)
    text = ("四、成员单位职责\n县公安局：负责交通管制；\n各乡镇人民政府：按照属地管理原则，负责本辖区的防控工作。\n"
            "县财政局：按照“谁主管、谁负责”的要求，做好资金保障。")
    assert [(n, m) for n, m, _lk in _read(text, known)] == [(2, "县公安局"), (3, "各乡镇人民政府"), (4, "县财政局")]


def test_a_townships_section(known):
    # 街道城管科具体负责 (a sub-district's notice): its section, as its 城管办 is (the clause was lost)
    assert _duties("街道防汛工作由街道党工委书记负总责，街道城管科具体负责。", known) == [
        ("街道城管科", None, "responsible")]
    assert _duties("镇综治科负责矛盾调处。", known) == [("镇综治科", None, "responsible")]


def test_a_command_is_no_ministry():
    # 现场指挥部, 镇防汛指挥部 (emergency plans of a county or a township): a command any level sets up,
    # never a State ministry (…部 alone was read as one: kind central, resolved)
    from kg.resolve.lexicon import load_lexicon
    from kg.resolve.units import Resolver
    r = Resolver(load_lexicon())
    for mention, where in (("现场指挥部", "双牌县"), ("防汛指挥部", "双牌县"), ("城关镇防汛指挥部", None)):
        u = r.resolve(mention, where)
        assert u.kind != "central" and u.jurisdiction != "中华人民共和国", mention
    # (the ministries and the State's headquarters as before)
    assert r.resolve("水利部", None).kind == "central"
    assert r.resolve("国家防汛抗旱总指挥部", None).kind == "central"


def test_a_penaltys_verb_ends_the_name_before_it(known):
    # 由县林业局没收违法所得 (法律责任): the bureau (it was read as a station, 县林业局没收违法所)
    assert _duties("违反本条例规定，擅自砍伐林木的，由县林业局没收违法所得，并处罚款。", known) == [
        ("县林业局", None, "responsible")]
    assert _duties("由县市场监督管理局吊销营业执照。", known) == [("县市场监督管理局", None, "responsible")]
