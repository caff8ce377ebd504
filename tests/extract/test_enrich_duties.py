"""Duty clauses in prose (kg.extract.enrich.duties) and their place in the build."""
from __future__ import annotations

import pytest

from kg.extract.enrich.duties import read_duties
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver


@pytest.fixture(scope="module")
def known():
    r = Resolver(load_lexicon())
    return lambda name: r.knows(name, "廊坊市")


def _roles(text, known):
    return [(d.mention, d.lookup, d.role) for d in read_duties(text, 1, known)]


def test_generic_department_responsible(known):
    assert _roles("（一）卫生健康部门负责各级各类医疗卫生机构病媒生物预防控制工作的监督管理。", known) == [
        ("卫生健康部门", None, "responsible")]


def test_by_unit_and_lead(known):
    got = _roles("由市委网信办负责12345平台软硬件建设，市公安局牵头负责打通110与12345之间的网络。", known)
    assert got == [("市委网信办", None, "responsible"), ("市公安局", None, "lead")]


def test_office_and_continuation(known):
    got = read_duties("领导小组办公室设在市统计局，负责普查的具体组织实施和协调，各成员单位要各司其职。", 1, known)
    # the host runs the office's work, a fact of the group (via "group", not a prose duty);
    # the office itself holds the duty written after it; 各成员单位 is a subject of its own
    assert [(d.mention, d.role, d.via) for d in got] == [("市统计局", "responsible", "group"),
                                                        ("领导小组办公室", "responsible", "prose"),
                                                        ("各成员单位", "responsible", "prose")]
    assert got[0].clause.startswith("领导小组办公室设在市统计局，负责普查的具体组织实施")
    # the office's host is recorded even when no duty follows, as a group fact
    got = read_duties("领导小组办公室设在市公安局，办公室主任由张三同志担任。", 1, known)
    assert [(d.mention, d.role, d.via) for d in got] == [("市公安局", "responsible", "group")]
    # the host does not take the clauses after it that name no subject: the office does
    got = read_duties("联席会议办公室设在市民政局，承担联席会议日常工作；负责督促检查各项任务落实。", 1, known)
    assert [(d.mention, d.via) for d in got if d.via == "group"] == [("市民政局", "group")]
    assert all(d.mention != "市民政局" for d in got if d.via == "prose")


def test_lead_then_joint(known):
    got = _roles("市民政局、市发展改革委牵头，会同有关部门建立健全规划实施监测机制。", known)
    # 会同有关部门 after the lead: the collective shares the duty
    assert got == [("市民政局", None, "lead"), ("市发展改革委", None, "lead"),
                   ("有关部门", "有关部门", "support")]
    got = _roles("市住建局要会同市财政局、市发改委，加强督导。", known)
    assert got == [("市住建局", None, "responsible"), ("市财政局", None, "support"),
                   ("市发改委", None, "support")]


def test_elliptical_list_assist(known):
    got = _roles("财政、市场监督管理、人力资源和社会保障等部门协助做好房屋租赁管理相关工作。", known)
    assert [r for _m, _l, r in got] == ["assist"] * 3
    assert got[0][1] == "财政部门"


def test_joint_subject_and_partners(known):
    got = _roles("流动人口和房屋租赁管理部门应当会同住房和城乡建设部门、市场监督管理部门制定合同范本。", known)
    assert got == [("流动人口和房屋租赁管理部门", None, "responsible"),
                   ("住房和城乡建设部门", None, "support"), ("市场监督管理部门", None, "support")]


def test_exhortations_skipped(known):
    assert _roles("各有关方面要加强协调配合，负责落实。", known) == []
    assert _roles("由有关部门责令其限期改正。", known) == []
    assert _roles("单位和居民应当做好下列病媒生物防制工作：", known) == []
    assert _roles("食品生产经营单位、仓储场所、农贸市场等易孳生病媒生物的场所应当建立制度。", known) == []
    assert _roles("农村应结合改厕、环境整治等工作，清除病媒生物孳生地。", known) == []


def test_collectives_and_actors_are_subjects(known):
    assert _roles("各县（市、区）和廊坊开发区、临空经济区对园区项目建设负总责。", known) == [
        ("各县（市、区）", None, "responsible"), ("廊坊开发区", None, "responsible"),
        ("临空经济区", None, "responsible")]
    assert _roles("由物业服务企业负责物业管理项目的病媒生物消杀。", known) == [
        ("物业服务企业", None, "responsible")]
    assert _roles("村民委员会、居民委员会应当确定其成员分工，具体负责病媒生物防制工作。", known) == [
        ("村民委员会", None, "responsible"), ("居民委员会", None, "responsible")]
    got = _roles("各机关、院校（包括中小学、托幼院所）、街道办事处（镇）负责本单位的防制工作。", known)
    assert got == [("各机关", "机关", "responsible"), ("院校（包括中小学、托幼院所）", "院校", "responsible"),
                   ("街道办事处（镇）", "街道办事处", "responsible")]
    assert _roles("主办单位牵头会同会办单位进行具体办理。", known) == [
        ("主办单位", None, "lead"), ("会办单位", None, "support")]
    assert _roles("各县（市、区）、廊坊开发区和相关职能部门是对接联动事项办理的主体责任单位。", known) == [
        ("各县（市、区）", None, "responsible"), ("廊坊开发区", None, "responsible"),
        ("相关职能部门", None, "responsible")]


def test_short_names_and_shared_levels(known):
    got = read_duties("第五条　市、县（市、区）爱国卫生运动委员会办公室（以下简称爱卫办）负责日常工作。"
                      "爱卫办应当组织开展宣传。", 7, known)
    assert [(d.lookup, d.role) for d in got] == [("市爱国卫生运动委员会办公室", "responsible")] * 2
    assert got[0].source.startswith("市、县（市、区）爱国卫生运动委员会办公室（以下简称爱卫办）负责")
    assert got[1].mention == "爱卫办"
    # 市、县（市、区）政府: the municipal government and the county governments
    got = _roles("市、县（市、区）政府应将经费列入财政预算。", known)
    assert [lk for _m, lk, _r in got] == ["市政府", "各县（市、区）政府"]


def test_a_lower_level_with_its_variants_in_brackets_is_one_level_word(known):
    # 州、县（市）人民政府 (an autonomous prefecture's regulation): the segment 州 is the
    # prefecture's own government, named by its own level word (州人民政府, never 州（市）人民政府);
    # 县（市） is the collective of its counties and county-level cities
    for text, want in (
            ("州、县（市）人民政府应当将藏医药事业纳入发展规划。",
             [("州", "州人民政府"), ("县（市）人民政府", "各县（市）人民政府")]),
            ("州、县（市）人民政府藏医药主管部门负责本行政区域内藏医药发展工作。",
             [("州", "州人民政府藏医药主管部门"),
              ("县（市）人民政府藏医药主管部门", "各县（市）人民政府藏医药主管部门")]),
            ("市、县（区、市）人民政府应当加强领导。",
             [("市", "市人民政府"), ("县（区、市）人民政府", "各县（区、市）人民政府")])):
        assert [(m, lk) for m, lk, _r in _roles(text, _nobody)] == want, text


def test_enumerated_duties_carry_the_subject(known):
    from kg.extract.enrich.duties import read_lines
    lines = [(1, "第六条　市卫生健康委履行下列职责："), (2, ""), (3, "（一）组织开展宣传教育；"),
             (4, "（二）市财政局负责保障经费；"), (5, "（三）负责日常管理工作。"),
             (6, "第七条　单位应当遵守本办法。"), (7, "（一）清除积水。")]
    got = [(d.line, d.mention, d.role) for d in read_lines(lines, known)]
    assert got == [(3, "市卫生健康委", "responsible"), (4, "市财政局", "responsible"),
                   (5, "市卫生健康委", "responsible")]


def test_annotations_in_brackets_are_not_prose(known):
    assert _roles("加快推进残疾人就业（市残联、市人社局按职责分工负责）", known) == []


@pytest.fixture(scope="module")
def corpus():
    from kg.pipeline import BUNDLED_CORPUS, build
    return build([BUNDLED_CORPUS])


def test_corpus_prose_duties(corpus):
    prose = [a for a in corpus.assignments if a.raw.via == "prose"]
    assert len(prose) >= 40
    tasks = {t.task_id: t for t in corpus.tasks}
    by_line = {(a.raw.mention.source.line, a.unit.name, a.raw.role) for a in prose}
    assert (7064, "市卫生健康委员会", "responsible") in by_line
    assert (363, "市财政局", "responsible") in by_line
    # every prose duty hangs on a task of the document it was read in
    for a in prose:
        assert tasks[a.task_id].span.file == a.raw.mention.source.file


def test_corpus_no_duplicate_of_annotations(corpus):
    stated = {(a.task_id, a.unit.unit_id) for a in corpus.assignments
              if a.raw.via not in ("prose", "group", "mention")}
    for a in corpus.assignments:
        if a.raw.via == "prose":
            assert (a.task_id, a.unit.unit_id) not in stated


def test_list_across_commas_after_by(known):
    got = _roles("《方案》由市委组织部、宣传部，市发改委、乡村振兴局等单位分工负责，根据自身业务范围指导落实。",
                 known)
    assert [(m, lk) for m, lk, _r in got] == [("市委组织部", None), ("宣传部", "市委宣传部"),
                                              ("市发改委", None), ("乡村振兴局", "市乡村振兴局")]
    assert {r for _m, _l, r in got} == {"responsible"}


def test_subject_carried_within_sentence_only(known):
    got = _roles("市级卫生健康行政部门负责依据上位规划，编制规划；同时，负责组织县级编制规划。"
                 "县级卫生健康行政部门依据上位规划，负责编制县域规划。", known)
    # the subject is carried within its sentence only; the next sentence has its own
    assert got == [("市级卫生健康行政部门", None, "responsible")] * 2 + [
        ("县级卫生健康行政部门", None, "responsible")]
    # each subject's duty is a clause of its own
    clauses = [d.clause for d in read_duties("由市委网信办负责平台建设，市公安局牵头负责打通网络，鼓励有条件的地方建设平台。", 1, known)]
    assert clauses == ["由市委网信办负责平台建设", "市公安局牵头负责打通网络，鼓励有条件的地方建设平台"]


def _nobody(name):
    return False


def test_supporters_join_the_lead_clause(known):
    got = read_duties("市发改委牵头，市财政局配合，做好资金保障。", 1, known)
    assert [(d.mention, d.role) for d in got] == [("市发改委", "lead"), ("市财政局", "support")]
    assert len({d.clause for d in got}) == 1          # one task, two roles


def test_line_headed_by_its_subject(known):
    got = _roles("健康教育机构。负责全市健康教育的技术支持，组织拟订规划。", known)
    assert got == [("健康教育机构", None, "responsible")]
    # the one body the paragraph sets up holds the duties after it (issue 12, round 5)
    got = _roles("健康教育机构。设置市健康教育所1个。负责全市健康教育的技术支持，组织拟订规划。", known)
    assert got == [("市健康教育所", None, "responsible")]
    assert _roles("乡镇卫生院。乡镇卫生院分为中心卫生院和一般乡镇卫生院。", known) == []


def test_other_government_rules():
    """The grammar is not Langfang's: another city's 管理办法, with nothing in the lexicon."""
    from pathlib import Path
    from kg.extract.enrich.duties import read_lines
    text = (Path(__file__).resolve().parents[1] / "fixtures" / "other_gov_duties.txt").read_text(encoding="utf-8")
    got = [(d.line, d.mention, d.lookup, d.role)
           for d in read_lines(list(enumerate(text.splitlines(), 1)), _nobody)]
    assert (3, "市人民政府", None, "responsible") in got
    assert (3, "区、县（市）人民政府", None, "responsible") in got
    assert (5, "公安机关", None, "responsible") in got            # 是…主管部门，负责…
    assert (7, "乡镇人民政府", None, "support") in got            # 应当配合
    assert (7, "业主委员会", None, "assist") in got
    assert (11, "市动物疫病预防控制机构", None, "responsible") in got   # 履行下列职责：（一）…
    assert (15, "市疫控机构", "市动物疫病预防控制机构", "responsible") in got   # 以下简称
    assert (17, "县级以上人民政府卫生健康主管部门", None, "responsible") in got
    assert not [g for g in got if g[1].startswith("养犬人")]      # a person is not a unit


def test_other_government_build(tmp_path):
    """Actors are units of their own kinds, each clause is a task with its line, and the
    ledger keeps actors in a column of their own."""
    from pathlib import Path
    from kg.write.ledger import ledger
    from kg.text import compact
    from kg.pipeline import build
    result = build([Path(__file__).resolve().parents[1] / "fixtures" / "other_gov_duties.txt"])
    prose = [a for a in result.assignments if a.raw.via == "prose"]
    kinds = {a.unit.name: a.unit.kind for a in prose}
    assert kinds["物业服务企业"] == "enterprise"
    assert kinds["业主委员会"] == "grassroots"
    assert kinds["街道办事处"] == "collective"
    assert kinds["居民委员会"] == "grassroots"             # not the city's own committee
    assert kinds["市动物疫病预防控制机构"] != "enterprise"
    tasks = {t.task_id: t for t in result.tasks}
    for a in prose:
        t = tasks[a.task_id]
        # a task of its own: a duty clause, or an outline item that is the clause itself
        assert t.span.first_line == a.raw.mention.source.line
        assert t.kind == "duty" or compact(t.text) == a.raw.label
    csv_text = ledger(result)
    header, *rows = csv_text.lstrip("\ufeff").splitlines()
    assert header.endswith("社会主体（企业/社会组织/基层组织/事业单位）")
    row = next(r for r in rows if "物业服务企业应当配合" in r)
    assert row.endswith(",物业服务企业") and ",物业服务企业," not in row


def test_other_government_rules_exactly():
    """Hand answers for a second government's rules (tests/fixtures/other_gov_duties_2.txt),
    every duty clause and nothing else. The text is written for the test, on the conventions
    of published regulations: 省人民政府渔业行政主管部门负责全省…；县级以上人民政府…负责本行政区域内…
    (贵州省渔业条例, http://law776.infoeach.com/view-Nzc2fDc4NTg4.html); 其中采石场的关闭由所在区
    人民政府负责；…按照权限分别由市、区人民政府负责 (重庆市人民政府通告,
    http://law408.infoeach.com/view-NDA4fDM4ODgz.html); …由市政务公开工作领导小组统一领导，实行
    分级负责。市政府办公室负责…；各县（市、区）政府办公室负责… (清远市考核办法,
    http://law698.infoeach.com/view-Njk4fDEzMTMwMg==.html); …由国务院机构编制管理机关事先组织有关
    部门和专家进行评估和论证 (国务院行政机构设置和编制管理条例,
    http://law604.infoeach.com/view-NjA0fDI2NA==.html); 各级、各有关部门要将…纳入… (沧州市实施办法,
    http://law798.infoeach.com/view-Nzk4fDEwODk3Mw==.html)."""
    from pathlib import Path
    from kg.extract.enrich.duties import read_lines
    text = (Path(__file__).resolve().parents[1] / "fixtures" / "other_gov_duties_2.txt").read_text(encoding="utf-8")
    got = {(d.line, d.mention, d.lookup, d.role)
           for d in read_lines(list(enumerate(text.splitlines(), 1)), _nobody)}
    assert got == {
        (3, "市停车管理工作领导小组", None, "responsible"),      # 由X统一领导
        (3, "市交通运输主管部门", None, "responsible"),
        (3, "各区人民政府", None, "responsible"),                # after ；, a new subject
        (5, "市公安机关交通管理部门", None, "responsible"),      # 在…领导下，负责
        (5, "市人民政府办公厅", None, "assist"),
        (7, "所在区人民政府", None, "responsible"),              # …由所在区人民政府负责
        (7, "市", "市人民政府", "responsible"),      # two levels, by surface segment
        (7, "区人民政府", "各区人民政府", "responsible"),
        (9, "市交管部门", "市公安机关交通管理部门", "responsible"),   # 以下简称
        (9, "停车场经营企业", None, "responsible"),
        (11, "市自然资源主管部门", None, "responsible"),
        (11, "市交通运输主管部门", None, "support"),              # 会同
        (13, "各级各有关部门", None, "responsible"),              # 各级、各有关部门: a collective
        (13, "发展改革", "发展改革部门", "responsible"),           # bare head shares 部门
        (13, "财政部门", None, "responsible"),
        (15, "市交通运输主管部门", None, "responsible"),          # 由X事先组织
        (19, "市城市管理部门", None, "responsible"),              # 履行下列职责：（一）
        (21, "市城市管理部门", None, "responsible"),
        (21, "市交管部门", "市公安机关交通管理部门", "support"),   # an item opening with 会同X
    }


@pytest.mark.parametrize("sentence,want", [
    # 国务院行政机构设置和编制管理条例 (http://law604.infoeach.com/view-NjA0fDI2NA==.html):
    # a predicate inside the subject's name (编制) is not its verb
    ("国务院机构编制管理机关在国务院领导下，负责行政机构编制管理的具体工作。",
     [("国务院机构编制管理机关", "responsible")]),
    ("国务院办公厅协助国务院领导处理日常工作。", [("国务院办公厅", "assist")]),
    # levels written the way laws write them
    ("县级以上地方人民政府应当对本行政区域的环境质量负责。", [("县级以上地方人民政府", "responsible")]),
    ("县级以上地方人民政府其他有关部门在各自职责范围内负责相关的监督管理工作。",
     [("县级以上地方人民政府其他有关部门", "responsible")]),
    ("各区人民政府负责本行政区域内的日常管理。", [("各区人民政府", "responsible")]),
    ("采石场的关闭由所在区人民政府负责。", [("所在区人民政府", "responsible")]),
    # an organ's name may hold words that elsewhere mark a place or a project
    ("供水管网更新由市清泉供水公司和市市政设施管理中心分别负责。",
     [("市清泉供水公司", "responsible"), ("市市政设施管理中心", "responsible")]),
    # 编制 before 分别核定 is the staffing quota, not the verb "draw up"
    ("医联体内公立医疗卫生机构编制分别核定、统筹使用。", []),
    ("市发改委编制年度计划。", [("市发改委", "responsible")]),
    # 或 joining two alternative partners: both support (alternative holders are both credited)
    ("市住建部门应当协同发展和改革部门或社会调查机构，定期公布租金水平。",
     [("市住建部门", "responsible"), ("发展和改革部门", "support"), ("社会调查机构", "support")]),
])
def test_regulation_conventions(sentence, want):
    from kg.extract.enrich.duties import read_lines
    got = [(d.mention, d.role) for d in read_lines([(1, sentence)], _nobody)]
    assert got == want


def test_established_group_takes_the_duty_after_it(known):
    for text in ("成立廊坊市第五次全国经济普查领导小组，负责普查组织实施中重大问题的研究和决策。",
                 "决定成立某某县防汛抗旱指挥部，负责全县防汛抗旱工作。"):
        got = _roles(text, known)
        assert len(got) == 1 and got[0][0].endswith(("领导小组", "指挥部")) and got[0][2] == "responsible"
    # a team set up as a measure is no body of the document (组建…分队，承担…)
    assert _roles("组建市级卫生应急快速反应小分队，承担本区域突发事件现场伤病员救治。", known) == []


def test_each_collectives(known):
    # 各 / 各级各 before a description of units: every unit of it
    for text, mention in (("各级各部门要按照原则，认真做好各项普查工作。", "各级各部门"),
                          ("各成员单位要各司其职、各负其责。", "各成员单位"),
                          ("各部门要加强协作。", "各部门"),
                          ("各有关部门单位要充分发挥职能优势。", "各有关部门单位"),
                          ("各级各相关部门要及时提供数据。", "各级各相关部门")):
        assert [(m, r) for m, _lk, r in _roles(text, known)] == [(mention, "responsible")], text
    assert _roles("各有关部门单位要充分发挥职能优势。", known)[0][1] == "有关部门"
    # 各级X of a municipal body: recorded under the municipal one; 各级政府 stays a collective
    assert _roles("各级残联要加强信息联通。", known) == [("各级残联", "市残联", "responsible")]
    assert _roles("各级政府要加强工作统筹。", known)[0][1] != "市政府"
    # a body of every county
    assert [m for m, _lk, _r in _roles("各县（市、区）政府残疾人工作委员会办公室要每年组织一次评估。", known)] == [
        "各县（市、区）政府残疾人工作委员会办公室"]
    # a unit's staff go with it
    assert [m for m, _lk, _r in _roles("各级普查机构及其工作人员要严格履行保密义务。", known)] == ["各级普查机构"]


def test_penalty_by_clauses(known):
    assert _roles("有下列行为之一的，由公安机关给予行政处罚：", known) == [("公安机关", None, "responsible")]
    for text in ("（一）承租人留宿无有效身份证件的人员的，由公安机关根据《河北省租赁房屋治安管理条例》第三十条规定，处二百元以上五百元以下罚款。",
                 "逾期不改正的，由市场监督管理部门责令停业整顿。",
                 "违反本办法规定的，由城市管理部门处以五百元罚款。"):
        got = _roles(text, known)
        assert len(got) == 1 and got[0][2] == "responsible", text
    # a list header of duties is still no duty itself
    assert _roles("市爱卫办履行下列职责：", known) == []


def test_alternatives_and_both_committees(known):
    got = _roles("流动人口和房屋租赁管理部门应当协同发展和改革部门或社会调查机构，定期公布租金水平。", known)
    assert [m for m, _lk, _r in got] == ["流动人口和房屋租赁管理部门", "发展和改革部门", "社会调查机构"]
    assert _roles("由市政府或者市发改委负责。", known) == [("市政府", None, "responsible"),
                                                     ("市发改委", None, "responsible")]
    # an alternative that names a private party is no subject
    assert _roles("出租人或者房屋租赁中介机构应当自签订租赁合同后三个工作日内办理登记。", known) == []
    # 村（居）民委员会: both kinds of committee
    got = _roles("村（居）民委员会、物业服务企业等协助相关部门做好房屋租赁管理的相关工作。", known)
    assert [(lk or m) for m, lk, _r in got] == ["村民委员会", "居民委员会", "物业服务企业"]
    assert {r for _m, _lk, r in got} == {"assist"}


def test_joint_with_the_departments_concerned(known):
    # 会同有关部门: the collective shares the duty (as in annotations); 协助/配合 有关部门 does not
    assert _roles("市住建局会同有关部门抓好落实。", known)[1][0] == "有关部门"
    got = _roles("市政府残疾人工作委员会办公室将会同有关部门和单位，对本方案落实情况进行总结评估。", known)
    assert [(m, r) for m, _lk, r in got] == [("市政府残疾人工作委员会办公室", "responsible"),
                                             ("有关部门", "support")]
    assert [m for m, _lk, _r in _roles("市财政局负责经费保障，并协助有关部门做好工作。", known)] == ["市财政局"]


def test_subject_by_level_and_role_phrases(known):
    # 以X为（责任）主体，… names X; 以企业为主体 (a policy phrase) names no one
    got = _roles("以市建设局和广阳区、安次区政府为责任主体，年内力争高标准建成污水处理厂。", known)
    assert [(lk or m) for m, lk, _r in got] == ["市建设局", "广阳区政府", "安次区政府"]
    assert [m for m, _lk, _r in _roles("以各县（市、区）为主体，引进符合产业定位的新项目。", known)] == ["各县（市、区）"]
    assert _roles("以企业为主体、市场为导向，加快技术创新。", known) == []
    # 市本级: the municipal government; the matter before 由 is part of the duty
    got = read_duties("以上各项奖补涉及资金，由市本级和各县（市、区）统筹安排保障。", 1, known)
    assert [(d.mention, d.lookup) for d in got] == [("市本级", "市人民政府"), ("各县（市、区）", None)]
    assert got[0].clause.startswith("以上各项奖补涉及资金")
    # 市有关责任部门 / 相关职能部门: the departments concerned
    assert _roles("（五）市有关责任部门根据本措施制定相关实施细则。", known) == [
        ("市有关责任部门", "市有关部门", "responsible")]
    # a short sentence is a heading only when it is wholly a subject (根据… is not set aside)
    assert _roles("市财政局根据规定制定相关实施细则。", known) == [("市财政局", None, "responsible")]
    # 加快 as a unit's action
    assert _roles("市教育局加快廊坊一中迁建工程，年内完成主体工程。", known) == [("市教育局", None, "responsible")]


def test_applicants_obligations_are_no_duties(known):
    # an enterprise that must apply to, file with or report to a department is the regulated side
    for text in ("处于该区域范围内的，建设单位应该在办理选址或工程规划许可前，向国家安全部门申请国家安全事项审查。",
                 "生产建设单位应在项目开工建设前，按照规定编制水土保持方案报告书或报告表，向审批部门提交申请。",
                 "房屋租赁中介机构应当自签订合同之日起三日内向公安机关登记。"):
        assert _roles(text, known) == [], text
    # a duty an actor is given stays one, and a department reporting upwards still has a duty
    assert _roles("物业服务企业应当向业主公布病媒生物防制情况。", known) == [("物业服务企业", None, "responsible")]
    assert _roles("市财政局应当向市政府报送预算执行情况。", known) == [("市财政局", None, "responsible")]


def test_each_collective_after_a_relative_clause(known):
    # …的各级各相关部门要… : a 各 collective after a relative clause takes any duty verb
    assert _roles("掌握普查有关基础资料的各级各相关部门要及时准确提供部门行政记录和数据信息。", known) == [
        ("各级各相关部门", "有关部门", "responsible")]
    # other words after 的 still need a verb that names a duty on its own
    assert _roles("涉及民生的各项工作要抓好。", known) == []
    assert _roles("符合条件的企业要及时申报。", known) == []


def test_localities_are_the_lower_governments(known):
    # 各地 / 各地政府 / 属地政府 in a municipal text: the county-level governments
    assert _roles("各地要抓紧制定本地区垃圾分类实施办法。", known) == [
        ("各地", "各县（市、区）人民政府", "responsible")]
    assert _roles("各地政府要落实好属地管理责任。", known) == [
        ("各地政府", "各县（市、区）人民政府", "responsible")]
    # 由X after the matter, and a manner phrase before the verb
    assert _roles("确需调整的，由属地政府明确管护主体。", known) == [
        ("属地政府", "各县（市、区）人民政府", "responsible")]
    assert _roles("具体标准由各地结合实际确定。", known) == [
        ("各地", "各县（市、区）人民政府", "responsible")]
    # 各地 as a place, not a subject
    assert _roles("各地经验表明，推广很有必要。", known) == []


def test_all_levels_and_generic_organs_of_a_level(known):
    # 各级政府: the municipal government and the county-level collective
    assert _roles("各级政府要把养老服务纳入经济社会发展规划。", known) == [
        ("各级政府", "市人民政府", "responsible"), ("各级政府", "各县（市、区）人民政府", "responsible")]
    # 各级财政: the finance departments; 各级监管部门: the departments concerned
    assert _roles("各级财政要保障工作经费。", known) == [("各级财政", "财政部门", "responsible")]
    assert _roles("各级主管部门要加强日常检查。", known) == [("各级主管部门", "有关部门", "responsible")]
    assert _roles("由市级有关部门提供基础数据。", known) == [("市级有关部门", "市有关部门", "responsible")]
    # 属地公安机关: the 公安机关 of the place
    assert _roles("并由属地公安机关依法予以查处。", known) == [("属地公安机关", "公安机关", "responsible")]


def test_upper_body_beside_own_units_is_set_aside(known):
    # a body above the document's government listed beside its own unit holds no duty of it
    assert _roles("由上级主管机构和市卫生健康委统筹调配救护车辆。", known) == [
        ("市卫生健康委", None, "responsible")]


def test_joined_social_organisations_are_two(known):
    # 企业联合组织及行业协会商会: two kinds of social organisation, each a partner
    got = _roles("市总工会与企业联合组织及行业协会商会加强协作。", known)
    assert ("企业联合组织", None, "responsible") in got and ("行业协会商会", None, "responsible") in got
    assert _roles("各职能部门要明确联络员。", known) == [("各职能部门", None, "responsible")]


def test_object_written_between_subject_and_verb(known):
    # X对…的，要… / X，对…，应当… : the object the verb takes comes first
    assert _roles("市财政局对符合条件的项目，要及时拨付资金。", known) == [("市财政局", None, "responsible")]
    assert _roles("市统计局及其工作人员，对在普查中所知悉的国家秘密，应当予以保密。", known) == [
        ("市统计局", None, "responsible")]
    assert _roles("各级普查机构，对在工作中获悉的个人信息，必须严格保密。", known)[0][0] == "各级普查机构"
    # 各地X部门: the X部门
    assert _roles("各地烟草专卖管理部门对申请零售许可证的，应适当放宽条件。", known) == [
        ("各地烟草专卖管理部门", "烟草专卖管理部门", "responsible")]
    # an object first without a unit before it stays no duty
    assert _roles("对此，群众要理解。", known) == []


def test_negated_by_condition_and_departments_of_a_matter(known):
    # …未由X承担的，应… : a condition of the sentence, X is given no duty by it
    assert _roles("管护未由村集体经济组织承担的，应另行明确管护主体。", known) == []
    assert _roles("由市财政局负责资金保障。", known) == [("市财政局", None, "responsible")]
    # 各级人民政府及X相关管理部门: both levels and the departments concerned with the matter
    got = _roles("各级人民政府及食品安全相关管理部门应当加强信息共享。", known)
    assert [lk for _m, lk, _r in got] == ["市人民政府", "各县（市、区）人民政府", "有关部门"]
    # the rest of the departments concerned, as 各有关部门 (issue 12, round 5)
    assert _roles("其他有关部门要配合。", known) == [("其他有关部门", "有关部门", "support")]


def test_taking_into_scope_is_a_duty(known):
    # X将…纳入… : a unit given the work of bringing a matter into its remit
    assert _roles("市教育局将心理健康教育纳入课程体系。", known) == [("市教育局", None, "responsible")]
    assert _roles("各级公共就业服务机构将退役军人就业纳入服务范围。", known)[0][0] == "各级公共就业服务机构"
    assert _roles("我们将继续努力，纳入考核。", known) == []


def test_the_level_below_is_the_counties_only_in_a_prefectures_text(known):
    from kg.extract.enrich.duties import read_lines

    def roles(text, level):
        return [(d.mention, d.lookup, d.role) for d in read_lines([(1, text)], known, level)]
    # a prefecture's text (or one of unknown level): 各级政府 / 各地 name the county collective
    assert ("各级政府", "各县（市、区）人民政府", "responsible") in roles("各级政府要加强组织领导。", "prefecture")
    assert roles("各地要抓紧制定实施办法。", None) == [("各地", "各县（市、区）人民政府", "responsible")]
    # a county's or a province's text: the level below is not the counties, so the collective
    # is kept as written (no lookup), never the prefecture's units
    for level in ("county", "province"):
        got = roles("各级政府要加强组织领导。", level)
        assert got == [("各级政府", None, "responsible")], level
        assert all(look != "各县（市、区）人民政府" for _, look, _ in roles("各地要抓紧制定实施办法。", level))


def test_a_short_name_over_several_units_gives_each_fact_once(tmp_path):
    # a short name defined over two levels' departments is each of them where used; when they all
    # resolve to one unit (no lexicon entry tells them apart) the task has that unit once
    from collections import Counter
    from kg.pipeline import build
    (tmp_path / "reg.txt").write_text(
        "北京市古树保护条例\n\n"
        "第三条 市和区、县园林、林业行政主管部门（以下简称古树行政主管部门）负责本行政区域内古树的保护管理工作。\n\n"
        "第五条 古树行政主管部门应当对管护古树成绩显著的单位给予表彰。\n", encoding="utf-8")
    result = build([tmp_path])
    facts = Counter((a.task_id, a.unit.unit_id, a.raw.role, a.raw.via, a.raw.mention)
                    for a in result.assignments)
    assert facts and max(facts.values()) == 1
    line5 = [a for a in result.assignments if a.raw.mention.source.line == 5]
    assert line5 and all(a.raw.via == "prose" for a in line5)
