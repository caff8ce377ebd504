"""Duty clauses whose subject is written apart from the duty (kg.extract.enrich.duties):
duty lists under a 主要职责 heading, 三定 职责调整, a group's office, 由X clauses with
alternative holders, and pages that lost their line breaks. The texts are variants of the
conventions, not the documents the rules were found in."""
from __future__ import annotations

import pytest

from kg.extract.enrich.duties import read_duties, read_lines
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise


@pytest.fixture(scope="module")
def known():
    r = Resolver(load_lexicon())
    return lambda name: r.knows(name, None)


def _doc(text, known):
    lines = [(k, normalise(t)) for k, t in enumerate(text.splitlines(), 1)]
    return [(d.line, d.mention, d.role) for d in read_lines(lines, known)]


def test_heading_names_the_subject(known):
    text = ("首页 > 机构设置\n"
            "宁远县自然资源局主要职责\n"
            "（一）负责自然资源调查监测评价；\n"
            "（二）会同有关部门拟订国土空间规划；\n"
            "（三）承办县委、县政府交办的其他任务。\n"
            "相关链接\n")
    got = _doc(text, known)
    assert got == [(3, "宁远县自然资源局", "responsible"), (4, "宁远县自然资源局", "responsible"),
                   (4, "有关部门", "support"), (5, "宁远县自然资源局", "responsible")]


def test_group_set_up_then_its_duties(known):
    text = ("各乡镇人民政府，县直各单位：\n"
            "经研究，县政府决定成立平江县创建国家卫生县城工作领导小组。现将有关事项通知如下：\n"
            "一、主要职责\n"
            "统筹协调创建工作，研究解决创建中的重大问题，督促检查各项任务落实。\n"
            "二、组成人员\n"
            "组　长：张　三　县长\n"
            "三、工作要求\n"
            "各单位要高度重视，确保按时完成。\n")
    got = _doc(text, known)
    assert (4, "平江县创建国家卫生县城工作领导小组", "responsible") in got
    # the list ends at the next top-level heading: 各单位 is no body the group's list names
    assert not [g for g in got if g[0] >= 5 and g[1] == "平江县创建国家卫生县城工作领导小组"]


def test_enumerated_list_ends_where_the_items_end(known):
    text = ("决定成立滨海区河长制工作领导小组，相关事项通知如下：\n"
            "一、主要职责\n"
            "（一）研究制定河长制工作方案；\n"
            "（二）协调解决重大问题。\n"
            "领导小组成员因工作变动需要调整的，由所在单位提出。\n")
    got = _doc(text, known)
    assert [g[0] for g in got] == [3, 4]


def test_office_takes_the_duty_after_it(known):
    got = [(d.mention, d.role) for d in read_duties(
        "联席会议下设办公室，办公室设在县商务局，具体负责联席会议日常工作。", 1, known)]
    assert ("联席会议办公室", "responsible") in got
    assert ("县商务局", "responsible") in got
    # no duty after the office: only the host, as before
    got = [d.mention for d in read_duties("联席会议办公室设在县商务局，办公室主任由李四同志兼任。", 1, known)]
    assert "联席会议办公室" not in got


def test_transfer_of_duties(known):
    text = ("根据机构改革方案，设立海州市市场监督管理局。 一、职责调整 将原市工商行政管理局的广告监督管理职责"
            "划入市市场监督管理局；将药品零售许可职责划给市行政审批局。 二、主要职责 （一）负责市场综合监督管理，"
            "起草有关规范性文件草案。 （二）负责市场主体统一登记注册。 （三）负责组织和指导市场监管综合执法工作。"
            " （四）完成市委、市政府交办的其他任务。")
    got = _doc(text, known)
    assert ("市市场监督管理局", "responsible") in [(m, r) for _l, m, r in got]
    assert ("市行政审批局", "responsible") in [(m, r) for _l, m, r in got]
    # the collapsed list: each item credited to the body set up (设立X), on the same line
    assert [m for _l, m, _r in got].count("海州市市场监督管理局") == 4
    assert {line for line, _m, _r in got} == {1}


def test_by_clause_with_alternative_holders(known):
    got = read_duties("跨区的道路养护工作，由有关区人民政府共同负责，或者由其共同的上一级人民政府交通运输主管部门确定。",
                      1, known)
    assert [d.mention for d in got] == ["有关区人民政府", "上一级人民政府交通运输主管部门"]
    # one duty, whose text starts with its matter
    assert {d.clause for d in got} == {"跨区的道路养护工作，由有关区人民政府共同负责，或者由其共同的上一级人民政府交通运输主管部门确定"}


def test_by_clause_needs_a_verb_after_the_unit(known):
    # a penalty 由X根据《…》规定，处… is X's duty (管理 inside the law's title is not what makes it one)
    got = read_duties("由公安机关根据《治安管理处罚法》第二十条规定，处二百元罚款。", 1, known)
    assert [d.mention for d in got] == ["公安机关"]
    assert read_duties("由城市管理部门依照《城市市容和环境卫生管理条例》第三十六条规定给予处罚。", 1, known) != []
    assert read_duties("由公安机关《治安管理处罚法》。", 1, known) == []
    assert [d.mention for d in read_duties("由公安机关依法查处。", 1, known)] == ["公安机关"]
    assert read_duties("由所在单位向领导小组办公室提出变更申请。", 1, known) == []


def test_main_is_no_modal(known):
    # 主要职责 : 要 after 主 is no duty verb, so a page header gives no duty
    got = read_duties("海州市人民政府办公室 二〇一〇年五月六日 海州市人民政府办公室主要职责内设机构和人员编制规定", 1, known)
    assert got == []


def test_member_duties_labelled_by_unit(known):
    text = ("县政府决定成立县城乡环境综合整治工作领导小组。\n"
            "一、领导小组主要职责\n"
            "（一）研究制定全县城乡环境综合整治工作方案；\n"
            "二、成员单位职责\n"
            "县住建局：负责城区环境卫生整治工作。\n"
            "县交通运输局：做好国省干线公路沿线环境整治。\n"
            "牵头单位：县住建局\n")
    got = _doc(text, known)
    # 领导小组 in the heading is the group set up above
    assert (3, "县城乡环境综合整治工作领导小组", "responsible") in got
    assert (5, "县住建局", "responsible") in got
    assert (6, "县交通运输局", "responsible") in got
    # a role label with a unit after it is an annotation, not a duty of 牵头单位
    assert not [g for g in got if g[0] == 7]


def test_office_of_a_committee_short_name(known):
    got = [d.mention for d in read_duties("县食安委办公室设在县市场监管局，具体负责综合协调。", 1, known)]
    assert got == ["县市场监管局", "县食安委办公室"]


def test_regulation_organ_in_charge(known):
    got = [(d.mention, d.role) for d in read_duties(
        "县级以上人民政府林业主管部门主管本行政区域内的森林防火工作。", 1, known)]
    assert got == [("县级以上人民政府林业主管部门", "responsible")]
    # 主管 inside a name or a post is no predicate
    assert read_duties("市住建局主管领导要亲自抓。", 1, known) == []


def test_other_list_headings(known):
    text = "临川区文化馆职能配置\n1.负责组织群众文化活动；\n2.承担非物质文化遗产保护工作。\n"
    assert [g[1] for g in _doc(text, known)] == ["临川区文化馆", "临川区文化馆"]
    # a plan's 主要任务 heading names no holder: its items are everyone's tasks
    text = "成立临川区文化工作领导小组。\n二、主要任务\n（一）推进公共文化服务体系建设；\n"
    assert _doc(text, known) == []
