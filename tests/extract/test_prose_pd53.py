"""Duty clauses in running text probed with short written articles (helper pd53, issue 12): 内蒙古's
levels (盟市 over 旗县（市、区）, 苏木乡镇), a short name defined for the part a body plays
(``X是…的主管部门（以下简称市主管部门）``), the body an agency's own rules call 本局 / 本委 / 本机关,
a role labelling a member's line (``牵头单位：负责…``) and a kind of area named by its class alone
(``社区居民委员会、村民委员会``). The sentences are written for these tests."""
from __future__ import annotations

from kg.extract.annotations import unit_items
from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _read(text, known):
    lines = [(k + 1, normalise(t)) for k, t in enumerate(text.split("\n"))]
    return [(d.line, d.mention, d.lookup) for d in read_lines(lines, known)]


def test_leagues_and_cities_over_banners_and_counties(known):
    # 内蒙古's texts name the prefecture level 盟市 (its leagues and cities) and the county level 旗县
    # (市、区): each level's governments, as 市、县（市、区）人民政府 is read (the clause was lost, and
    # 盟市、旗县（市、区）X主管部门 gave 盟市 the lookup 盟市主管部门, the department's field dropped)
    got = read_duties(normalise("盟市、旗县（市、区）人民政府负责本行政区域内的草原防火工作。"), 1, known)
    assert [(d.mention, d.lookup) for d in got] == [
        ("盟市", "盟市人民政府"), ("旗县（市、区）人民政府", "各旗县（市、区）人民政府")]
    got = read_duties(normalise("盟市、旗县（市、区）林业和草原主管部门负责本行政区域内的草原防火工作。"), 1, known)
    assert [d.lookup for d in got] == ["盟市林业和草原主管部门", "各旗县（市、区）林业和草原主管部门"]
    # …under the region's own level (自治区、盟市、旗县…: three levels, each its own)
    got = read_duties(normalise("自治区、盟市、旗县（市、区）人民政府负责本行政区域内的草原防火工作。"), 1, known)
    assert [d.lookup for d in got] == ["自治区人民政府", "盟市人民政府", "各旗县（市、区）人民政府"]
    got = read_duties(normalise("盟市、旗县、苏木乡镇人民政府负责本行政区域内的草原防火工作。"), 1, known)
    assert [d.mention for d in got] == ["盟市", "旗县", "苏木乡镇人民政府"]
    # (the other provinces' forms as before)
    got = read_duties(normalise("省、市、县（市、区）人民政府负责本行政区域内的草原防火工作。"), 1, known)
    assert [d.lookup for d in got] == ["省人民政府", "市人民政府", "各县（市、区）人民政府"]


def test_sumu_and_townships_then_subdistricts(known):
    # 苏木乡镇人民政府、街道办事处: the townships' (苏木 are 内蒙古's townships) and the sub-districts'
    # offices; 苏木 is no place whose 街道办事处 they are (it was looked up as 苏木街道办事处)
    assert unit_items("苏木乡镇人民政府、街道办事处") == [("苏木乡镇人民政府", None), ("街道办事处", None)]
    assert unit_items("各苏木乡镇人民政府、街道办事处") == [("各苏木乡镇人民政府", None), ("街道办事处", "各街道办事处")]
    got = read_duties(normalise("苏木乡镇人民政府、街道办事处负责本辖区的草原防火宣传工作。"), 1, known)
    assert [(d.mention, d.lookup) for d in got] == [("苏木乡镇人民政府", None), ("街道办事处", None)]
    # (a place before the townships' level word still shares: 乡镇人民政府、街道办事处 as before)
    assert unit_items("乡镇人民政府、街道办事处") == [("乡镇人民政府", None), ("街道办事处", None)]


def test_a_kind_of_area_is_no_place_before_a_list(known):
    # 社区居民委员会、村民委员会: two kinds of grassroots committee (it was 社区村民委员会, 社区 read as a
    # place ending in 区); a named community's bodies still share its name
    assert unit_items("社区居民委员会、村民委员会") == [("社区居民委员会", None), ("村民委员会", None)]
    assert unit_items("城市居民委员会、村民委员会") == [("城市居民委员会", None), ("村民委员会", None)]
    assert unit_items("幸福社区居民委员会、党支部") == [("幸福社区居民委员会", None), ("党支部", "幸福社区党支部")]
    got = read_duties(normalise("社区居民委员会、村民委员会应当协助做好绿地保护的宣传工作。"), 1, known)
    assert [(d.mention, d.lookup, d.role) for d in got] == [
        ("社区居民委员会", None, "assist"), ("村民委员会", None, "assist")]


def test_a_short_name_defined_for_the_part_a_body_plays(known):
    # X是本市…的主管部门（以下简称市主管部门）… 市主管部门负责… : the short name stands for X (it was kept
    # as written, a body of its own)
    text = ("第二条 市水务局是本市城市供水的主管部门（以下简称市主管部门），负责本办法的组织实施。\n"
            "第三条 市主管部门负责供水水质的监督检查工作。")
    assert _read(text, known) == [(1, "市水务局", None), (2, "市主管部门", "市水务局")]
    text = ("第二条 市水务局为本市城市供水的行政主管部门（以下简称主管部门）。\n"
            "第三条 主管部门负责供水水质的监督检查工作。")
    assert (2, "主管部门", "市水务局") in _read(text, known)
    # (the body defined directly keeps its reading: X（以下简称Y）负责…)
    text = "市水务局（以下简称市主管部门）负责本办法的组织实施。\n市主管部门负责供水水质的监督检查工作。"
    assert _read(text, known)[-1] == (2, "市主管部门", "市水务局")


def test_the_agency_its_own_rules_call_this_bureau(known):
    # an agency's own rules (its title names it) say 本局 / 本委 / 本机关 for it: that body (the clauses
    # were lost: 本局 stood for no one outside a reply)
    text = ("某某市环境保护局工作规则\n第二条 本局负责全市生态环境的统一监督管理。\n"
            "第三条 本机关各处室按照职责分工负责具体事务。\n第四条 本局办公室负责文电、会务、机要和档案等工作。")
    assert _read(text, known) == [(2, "本局", "某某市环境保护局"), (3, "本机关各处室", "某某市环境保护局各处室"),
                                  (4, "本局办公室", "某某市环境保护局办公室")]
    text = "某某市发展和改革委员会工作规则\n本委负责全市发展改革工作。"
    assert _read(text, known) == [(2, "本委", "某某市发展和改革委员会")]
    # the body of the rules a notice issues (…关于印发《X规则》的通知), not the notice's issuer
    text = "市人民政府办公室关于印发《市城市管理局行政执法规则》的通知\n本局负责全市城市管理行政执法工作。"
    assert _read(text, known) == [(2, "本局", "市城市管理局")]
    # a self-reference of another kind than the title's body is not it (本局 in a 委员会's rules), and a
    # text with no title naming a body leaves 本局 no one, as before
    assert _read("某某市发展和改革委员会工作规则\n本局负责全市发展改革工作。", known) == []
    assert _read("本局负责全市生态环境的统一监督管理。", known) == []


def test_a_role_labelling_a_members_line(known):
    # 牵头单位：负责… in a members' duties list: the unit in that part, as written (it was credited to the
    # heading's 成员单位); a role's field naming a unit is no duty
    text = ("二、成员单位职责\n牵头单位：负责领导小组的日常工作，统筹协调整治工作；\n"
            "县住建局：负责农村生活垃圾治理工作；")
    assert _read(text, known) == [(2, "牵头单位", "牵头单位"), (3, "县住建局", None)]
    text = "二、成员单位职责\n牵头单位：县农业农村局\n配合单位：负责做好相关配合工作。"
    assert _read(text, known) == [(3, "配合单位", "配合单位")]


def test_a_members_list_that_lost_its_line_breaks(known):
    # an 应急预案's members' duties copied as one line (a web page's paragraphs run together): each
    # labelled sentence is its member's (all three went to the heading's 成员单位, or were lost)
    got = read_duties(normalise("成员单位职责：县公安局：负责治安维护。县交通运输局：负责道路抢通。县民政局：负责群众安置。"),
                      1, known)
    assert [d.mention for d in got] == ["县公安局", "县交通运输局", "县民政局"]
    got = read_duties(normalise("（二）成员单位职责。县公安局：负责治安维护；县交通运输局：负责道路抢通；"
                                "各乡镇人民政府：负责群众转移。"), 1, known)
    assert [d.mention for d in got] == ["县公安局", "县交通运输局", "各乡镇人民政府"]
    # (one labelled sentence is a line as before)
    assert [d.mention for d in read_duties(normalise("县公安局：负责治安维护。"), 1, known)] == ["县公安局"]


def test_a_townships_own_bodies_by_its_level_word(known):
    # in a township's own texts its bodies are named by the level word, as a county's are by 县:
    # 镇综合行政执法办公室, 镇综合行政执法队 (both clauses were lost: no other rule read the name whole);
    # 街道综合执法队 a guard
    for text, name in [("镇综合行政执法办公室负责查处违法建设行为。", "镇综合行政执法办公室"),
                       ("镇综合行政执法队负责查处违法建设行为。", "镇综合行政执法队"),
                       ("街道综合执法队负责日常巡查。", "街道综合执法队")]:
        assert [d.mention for d in read_duties(normalise(text), 1, known)] == [name]


def test_a_role_short_name_resolves_to_the_body_defined():
    # 市主管部门 looked up as the body its definition names (廊坊市水务局是…的主管部门（以下简称市主管部门）):
    # that body, not a unit 市主管部门 of the city (the resolver kept the mention when the lookup named no
    # field the short name's words could give)
    from kg.resolve.lexicon import load_lexicon
    from kg.resolve.units import Resolver
    r = Resolver(load_lexicon())
    assert r.resolve("市主管部门", "廊坊市", "廊坊市水务局").name == r.resolve("廊坊市水务局", "廊坊市").name
    assert r.resolve("市供水主管部门", "廊坊市", "廊坊市水务局").name == r.resolve("廊坊市水务局", "廊坊市").name
    assert r.resolve("主管部门", "廊坊市", "廊坊市生态环境局").name == r.resolve("廊坊市生态环境局", "廊坊市").name


def test_this_court_committee_association_and_their_parts(known):
    # 本委员会 / 本院 / 本会 in a committee's, a court's, an association's own rules, and a part of the body
    # named after the self-reference (本院立案庭, 本局法规处): that body's part (all were lost)
    text = "某某市城乡规划委员会工作规则\n本委员会负责审议城乡规划。"
    assert _read(text, known) == [(2, "本委员会", "某某市城乡规划委员会")]
    text = "某某县人民法院审判管理办法\n本院审判管理办公室负责审判流程管理。\n本院立案庭负责立案登记。"
    assert _read(text, known) == [(2, "本院审判管理办公室", "某某县人民法院审判管理办公室"),
                                  (3, "本院立案庭", "某某县人民法院立案庭")]
    text = "某某市生态环境局工作规则\n本局法规处负责规范性文件的合法性审查。\n本局负责同志应当带头执行本规则。"
    # (本局负责同志 are its officials, posts: no unit)
    assert _read(text, known) == [(2, "本局法规处", "某某市生态环境局法规处")]


def test_a_command_set_up_with_its_short_name_defined(known):
    # 县人民政府设立（的）森林防火指挥部（以下简称县防火指挥部），负责… : the command set up holds the duty,
    # at its setter's level, and the short name stands for it later (the clause was lost, the short name
    # read as a body of its own)
    for text in ["县人民政府设立的森林防火指挥部（以下简称县防火指挥部），负责组织、协调和指导本行政区域的森林防火工作。\n"
                 "县防火指挥部应当定期召开会议。",
                 "县人民政府设立森林防火指挥部（以下简称县防火指挥部），负责组织、协调和指导本行政区域的森林防火工作。\n"
                 "县防火指挥部应当定期召开会议。"]:
        assert _read(text, known) == [(1, "森林防火指挥部", "县森林防火指挥部"), (2, "县防火指挥部", "县森林防火指挥部")]
    # (a body set up that is only a kind keeps the short name's reading, as before)
    text = "自治县人民政府设立草原监督管理机构（以下简称草原监理机构），负责草原监督管理工作。"
    assert _read(text, known) == [(1, "草原监督管理机构", "自治县草原监督管理机构")]


def test_banner_counties_and_sumu_townships_written_as_two_levels(known):
    # 旗县（市、区）、苏木乡镇人民政府: the county level's and the townships' governments, as
    # 县（市、区）、乡镇人民政府 is read (the clause was lost)
    got = read_duties(normalise("旗县（市、区）、苏木乡镇人民政府负责本辖区的禁牧工作。"), 1, known)
    assert [(d.mention, d.lookup) for d in got] == [("旗县（市、区）", "旗县（市、区）人民政府"),
                                                    ("苏木乡镇人民政府", "苏木乡镇人民政府")]
    got = read_duties(normalise("县（市、区）、乡镇人民政府负责本辖区的禁牧工作。"), 1, known)
    assert [d.mention for d in got] == ["县（市、区）", "乡镇人民政府"]


def test_a_members_label_then_its_manner_before_the_verb(known):
    # 其他成员单位：根据各自职责做好… / 其他有关部门：按照职责分工做好… : the label's units (the line went to the
    # heading's 成员单位)
    text = "（二）成员单位职责\n县公安局：负责交通管制；\n其他成员单位：根据各自职责做好应急处置工作。"
    assert _read(text, known) == [(2, "县公安局", None), (3, "其他成员单位", None)]
    text = "（二）成员单位职责\n县公安局：负责交通管制；\n其他有关部门：按照职责分工做好相关工作。"
    assert [m for _n, m, _lk in _read(text, known)] == ["县公安局", "其他有关部门"]


def test_this_bureau_in_rules_an_agency_issues(known):
    # X关于印发《Y》的通知, the rules Y naming no body: 本局 in them is the issuer X (it was no one)
    text = "市生态环境局关于印发《行政处罚裁量基准》的通知\n本局负责裁量基准的解释。"
    assert _read(text, known) == [(2, "本局", "市生态环境局")]
    # (a notice naming no issuer leaves it no one)
    assert _read("关于印发《行政处罚裁量基准》的通知\n本局负责裁量基准的解释。", known) == []
