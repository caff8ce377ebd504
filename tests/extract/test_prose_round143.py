"""Duty clauses the round-143 held-out texts of issue 12 (tests/govs/prose n528-n531: a city's
工作专班, a province's 机构改革 职责划转, a city's 审批 moved to one bureau (审管分离), a city's clearing
of its 议事协调机构) showed missing (kg.extract.enrich.duties). The sentences are variants written for
these tests, not the corpus text."""
from __future__ import annotations

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)
from test_prose_round141 import _by_line, _names, _read  # noqa: F401  (round 141's readers)


def test_a_power_named_by_the_act_it_allows(known):
    # X行使…审批权 / …监管权 / …处罚权 : the power exercised is the body's duty, as 行使…监督权 and
    # 行使…管理权 were (the second holder of 由A集中行使…审批权，B行使…监管权 was read as A)
    assert _names("由县行政审批服务局集中行使划转事项审批权，相关职能部门行使事中事后监管权。", known) == [
        "县行政审批服务局", "相关职能部门"]
    assert _names("县综合行政执法局行使城市管理领域的行政处罚权。", known) == ["县综合行政执法局"]
    # (a right that is not a public body's power stays no duty: 行使知情权 is no 审批 or 监管)
    assert _names("县行政审批服务局保障申请人行使知情权。", known) == []


def test_a_power_gathered_in_one_body(known):
    # X集中行使…权 : 集中 how the body exercises it, between the subject and its verb, as 统一 and 独立
    # (the clause was lost)
    assert _names("县行政审批服务局集中行使审批权，相关职能部门行使事中事后监管权。", known) == [
        "县行政审批服务局", "相关职能部门"]
    # (…while 集中 before what is gathered, 集中力量, no verb of the body's, stays none)
    assert _names("县人民政府集中力量攻坚。", known) == []


def test_a_part_of_a_duty_list_with_its_object_first_and_how_often(known):
    # …；对行业内的主体进行日常监督管理职能不变 : a ；-part opening with its object and 进行, how often
    # before the work, goes on with the list's holder (the part was lost)
    got = _by_line(["审批职能划转后，县农业农村局负责本行业发展规划的制定和实施职能不变；"
                    "组织推动行业发展的职能不变；对行业内的主体进行日常监督管理职能不变。"], known)
    assert got == [(1, "县农业农村局")] * 3
    assert _names("县市场监管局负责全县食品安全监管；对经营场所进行定期检查。", known) == [
        "县市场监管局", "县市场监管局"]


def test_the_body_a_notice_dissolves_is_no_holder(known):
    # 撤销X领导小组，其工作由Y承担 : the body dissolved (merged, kept, renamed) is the act's object, the
    # work is Y's (撤销X was read as a unit holding it with Y)
    assert _names("撤销县创建文明城市工作领导小组，其工作由县委宣传部承担。", known) == ["县委宣传部"]
    assert _names("合并县爱国卫生运动委员会，有关工作由县卫生健康局负责。", known) == ["县卫生健康局"]
    # (…and its duties merged into another body are that body's, as 划入)
    assert _names("撤销县双拥工作领导小组，其职责并入县退役军人事务局。", known) == ["县退役军人事务局"]


def test_the_township_of_the_place_a_zone_lies_in(known):
    # 园区管委会负责…，属地乡镇人民政府负责… : the government of the place, as 所在地 and 发生地 (the
    # second holder was lost)
    assert _names("县经济开发区管委会负责区内招商引资，属地乡镇人民政府负责区内社会事务管理。", known) == [
        "县经济开发区管委会", "属地乡镇人民政府"]
    assert _names("属地公安机关负责现场警戒。", known) == ["属地公安机关"]


def test_a_work_team_named_by_its_work_and_its_members(known):
    # X建设专班 (a 专班 named without 工作) is a group as 工作专班 is: its bare kind after it stands for it
    # and its member units are a collective, as a 领导小组's (both were lost)
    got = _by_line(["市政府决定成立市国家植物园建设专班。",
                    "专班负责植物园建设重大问题的协调。",
                    "专班成员单位要各司其职，密切配合。"], known)
    assert got == [(2, "专班"), (3, "专班成员单位")]
    assert _names("专班各成员单位要按照职责分工，认真落实专班确定的工作任务。", known) == ["专班各成员单位"]


def test_a_kept_groups_office_written_its(known):
    # 保留X委员会，其办公室设在Y，负责… : the office of the group the clause before keeps or sets up, by
    # the group's name (其办公室 was read as a unit's name)
    assert _names("保留县绿化委员会，其办公室设在县林业局，负责全县绿化日常工作。", known)[-1] == "县绿化委员会办公室"
    assert _names("县政府决定成立县禁毒委员会，其办公室设在县公安局，负责日常工作。", known)[-1] == "县禁毒委员会办公室"


def test_an_office_moved_and_its_director_before_its_duty(known):
    # X办公室调整设在Y，承担… : an office a notice moves holds its duty as 设在 does (it was lost)
    assert _names("县防汛抗旱指挥部办公室调整设在县应急管理局，承担指挥部日常工作。", known)[-1] == "县防汛抗旱指挥部办公室"
    # …and 办公室主任由…兼任 between the office and its duty, the post first, as 由…兼任办公室主任 (lost)
    assert _names("领导小组办公室设在县教育局，办公室主任由县教育局局长兼任，负责领导小组日常工作。", known)[-1] \
        == "领导小组办公室"
    # (an office with no duty after it stays its host's fact only: no office's duty)
    assert "领导小组办公室" not in _names("领导小组办公室设在县教育局，办公室主任由县教育局局长兼任。", known)


def test_both_parties_of_an_agreement_between_two_bodies(known):
    # 关于A与B…职责分工的意见 … 两部门要建立…机制 / 加强A与B…协作 … 双方要… : both parties the text named
    # hold it (the segment had no holder and was lost)
    got = _by_line(["关于县市场监督管理局与县农业农村局食用农产品质量安全监管职责分工的意见",
                    "一、县农业农村局负责食用农产品进入批发、零售市场前的质量安全监督管理。",
                    "二、两部门要建立食用农产品质量安全全程追溯协作机制。"], known)
    assert got == [(2, "县农业农村局"), (3, "县市场监督管理局"), (3, "县农业农村局")]
    got = _by_line(["为进一步加强城管执法部门与市场监管部门执法协作机制，提出如下意见：",
                    "一、双方要确定执法协作工作分管领导和联络员。"], known)
    assert got == [(2, "城管执法部门"), (2, "市场监管部门")]
    # (no pair named before: none, not a guess at two holders)
    assert _by_line(["县住建局负责处置核准，县城管局负责运输监管。", "两部门要建立信息通报制度。"], known) == [
        (1, "县住建局"), (1, "县城管局")]


def test_what_kind_of_body_its_subject_is_then_its_work(known):
    # X为县委直属公益一类事业单位，承担… / X作为县政府派出机构，负责… : the kind of body X is, then its
    # work, X's (the kind, 事业单位, was read as the holder, or the clause as one name)
    assert _names("县融媒体中心为县委直属公益一类事业单位，承担全县新闻宣传工作。", known) == ["县融媒体中心"]
    assert _names("县档案馆为县委直属机构，负责全县档案工作。", known) == ["县档案馆"]
    assert _names("开发区管委会作为县政府派出机构，负责开发区内的经济管理工作，社会事务管理仍由属地乡镇负责。",
                  known) == ["开发区管委会", "属地乡镇"]


def test_a_duty_taken_away_and_handed_on(known):
    # …职责不再由A承担，改由B承担 : A no longer holds it (A was read as a holder beside B)
    assert _names("县林业局的森林防火职责不再由县林业局承担，改由县应急管理局承担。", known) == ["县应急管理局"]
    assert _names("森林防火职责不再由县林业局承担。", known) == []
    # 将…职能剥离，移交X承担 : the duties the clause before names handed on to X (it was lost)
    assert _names("将开发区管委会承担的社会事务管理职能剥离，移交所在镇人民政府承担。", known) == ["所在镇人民政府"]
