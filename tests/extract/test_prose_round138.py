"""Duty clauses the nineteenth-round held-out texts of issue 12 (tests/govs/prose n508-n511: the
国家卫生健康委员会 三定 adjustment, a county's 企业安全生产属地监管 notice, a county's 应急救援 command,
益阳's 城市综合管理办法) showed missing or wrong (kg.extract.enrich.duties, kg.extract.actors).
The sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.actors import actor_kind
from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _read(texts, known):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known)


def test_the_duties_a_rule_moves_to_a_body_after_a_colon(known):
    # X负责管理Y，将下述职责划入Y：A；B；C。 : the list is Y's, each ；-part as on a line labelled Y：,
    # and X keeps the clause before it (the list was read as X's, the subject carried across ；)
    got = _read(["（一）省卫生健康委员会负责管理省疾病预防控制局，将下述职责划入省疾病预防控制局："
                 "制定并组织落实全省传染病预防控制规划；组织指导传染病疫情预防控制，编制专项预案；"
                 "负责传染病防治监督。"], known)
    assert [d.mention for d in got] == ["省卫生健康委员会", "省疾病预防控制局", "省疾病预防控制局",
                                        "省疾病预防控制局"]
    # …a sentence opening with the move (将以下职责交给Y：…) so too
    got = _read(["将以下职责交给县农业农村局：负责农产品质量安全监督管理；指导农业执法工作。"], known)
    assert [d.mention for d in got] == ["县农业农村局", "县农业农村局"]
    # …and the move of a named duty, as before (将…职责划入X: X's)
    assert _names("将县商务局的粮食流通管理职责划入县发展和改革局。", known) == ["县发展和改革局"]


def test_departments_named_by_the_duty_they_bear(known):
    # 负有安全生产监管职责的有关部门: the safety laws' collective with 有关 before its head (lost, and
    # the 由 clause with it)
    assert _names("县属企业的安全生产监管工作，由县应急管理局和负有安全生产监管职责的有关部门负责。",
                  known) == ["县应急管理局", "负有安全生产监管职责的有关部门"]
    assert _names("负有安全生产监督管理职责的相关部门应当加强监督检查。", known) \
        == ["负有安全生产监督管理职责的相关部门"]


def test_a_topic_before_the_agent_of_its_work(known):
    # …控股参股的企业，由所在地乡镇政府负责 : the words before the comma name the matter, not a holder
    # (the enterprises were read as a subject split from its verb)
    assert _names("其所属单位和控股参股的企业，由所在地镇人民政府负责。", known) == ["所在地镇人民政府"]
    assert _names("县属企业的下属企业，按行政区划由镇人民政府负责。", known) == ["镇人民政府"]
    # …a subject split from its verb by a comma, as before
    assert _names("县卫生健康局在县政府的领导下，牵头编制专项预案。", known) == ["县卫生健康局"]
    # …and a list cut by the excerpt's edge after 由 names no holder (…由所在乡镇政府、)
    assert _names("其他企业的安全生产监管工作，按行政区划由所在乡镇人民政府、", known) == []


def test_the_unit_in_charge_of_those_it_lets_work_to(known):
    # X是其承包、承租单位安全生产的主管单位，对…负主管责任 : X in charge, as 主管部门; the parties of a
    # contract (发包单位, 出租单位…) the regulated side's units
    assert _names("出租单位是其承租单位安全生产的主管单位，对其承租单位的安全生产负主管责任。",
                  known) == ["出租单位"]
    assert _names("县交通运输局对本系统的安全生产负主管责任。", known) == ["县交通运输局"]
    assert actor_kind("发包单位") == actor_kind("承包单位") == "enterprise"


def test_a_long_list_of_the_bodies_led_under(known):
    # X在A、B、C、D、E领导下开展工作 : the setting may list many leaders (lost past 20 characters)
    assert _names("县公安局和县应急救援大队在省公安厅、省应急管理厅、省消防救援总队、县委、县政府领导下开展工作。",
                  known) == ["县公安局", "县应急救援大队"]


def test_a_rescue_force_holds_its_task(known):
    # 县综合应急救援队伍承担… : a rescue force named by its work, as 纠察队伍 (lost: no holder)
    assert _names("县综合应急救援队伍承担全县综合性应急救援任务。", known) == ["县综合应急救援队伍"]
    assert actor_kind("专业救援队伍") == actor_kind("矿山救护队") == "institution"
    # …the forces a government brings in are objects, as before
    assert _names("县政府将各类专业救援队伍纳入统一调度。", known) == ["县政府"]
    # …and a verb building or strengthening a force, then the force, is no actor's name (建强X队伍，
    # 强化Y队伍，… : a plan's measures, no holder; 加强志愿服务队伍 was read as a social organisation)
    assert actor_kind("建强综合性消防救援队伍") is None and actor_kind("加强志愿服务队伍") is None
    assert _names("建强综合性消防救援队伍，强化各类专业救援队伍，健全军地协调联动机制。", known) == []


def test_the_office_of_a_committee_where_it_may_sit(known):
    # Y办公室可以设在同级Z，负责… : the office's duty, as where it sits (lost with 可以)
    assert "县城市管理委员会办公室" in _names(
        "县城市管理委员会办公室可以设在县城市管理局，负责委员会的日常工作。", known)
