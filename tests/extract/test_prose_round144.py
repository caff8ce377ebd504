"""Duty clauses the round-144 held-out texts of issue 12 (tests/govs/prose n532-n535: a city's 瓶装液化石油气
rules, a news item on a city's 预付式消费 supervision, a city's 低空经济 决定, a news item on a bureau's 林长科)
showed missing or wrong (kg.extract.enrich.duties). The sentences are variants written for these tests,
not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _clauses(text, known):
    return [(d.mention, d.clause) for d in read_duties(normalise(text), 1, known)]


def test_a_section_a_bureau_sets_up_holds_the_duty_after_it(known):
    # X设立Y科，负责… / 成立Y股，负责… : the section set up, as an office or a centre set up is (the
    # clause was lost: a section's 科/股/处 was no organ a setting-up names)
    assert _names("县林业局设立资源管理科，负责全县森林资源管理工作。", known) == ["资源管理科"]
    assert _names("经县编委批准，县自然资源局成立耕地保护股，负责全县田长制日常工作。", known) == ["耕地保护股"]
    assert _names("近日，市机构编制委员会批准市交通运输局设立路长制工作处，负责全市路长制的组织实施。", known) == [
        "路长制工作处"]
    # (a 处 that is a verb's end is no organ: 依法查处 sets nothing up)
    assert _names("县市场监管局设立投诉举报中心，负责受理消费者投诉。", known) == ["投诉举报中心"]


def test_a_bodys_duties_with_the_adverb_after_the_noun(known):
    # X职责主要是… (no 的, 主要 after 职责) lists X's duties, as X的主要职责是… does (nothing was read)
    text = "县林业局林长科职责主要是牵头组织实施全县林长制具体工作；拟订林长制年度目标任务，监督落实并组织考核。"
    assert set(_names(text, known)) == {"县林业局林长科"}
    assert len(_names(text, known)) == 2
    assert _names("市城管局燃气科职能主要为指导全市燃气安全检查工作。", known) == ["市城管局燃气科"]


def test_a_case_passed_on_and_handled_by_procedure(known):
    # X将违法案件移送Y / X按程序办理并… : a body passing a case on, and the one handling it by the
    # procedure (no modal: a division of work stated; both were lost)
    assert _names("县商务局根据投诉处理结果，将违法案件移送县市场监管局。", known) == ["县商务局"]
    assert _names("县市场监管局按程序办理并将处理结果反馈县商务局。", known) == ["县市场监管局"]
    assert _names("县商务局将有关线索移交县公安局。", known) == ["县商务局"]
    # (the regulated side's procedure is no body's duty)
    assert _names("当事人按程序办理登记手续。", known) == []


def test_a_field_written_before_the_holder(known):
    # 预付式消费领域行业主管部门负责… : the field the text speaks of is no part of the holder's name
    assert _names("预付式消费领域行业主管部门负责日常监管和投诉举报受理。", known) == ["行业主管部门"]
    assert _names("安全生产领域有关部门要加强执法检查。", known) == ["有关部门"]


def test_principles_cited_in_quotation_marks_are_no_clauses(known):
    # 按照“…，由原审批部门依法承担监管职责”等要求，由A和B… : the quoted requirement names no holder of
    # the text's own (原审批部门 was read as one); the holders after it are read
    text = ("按照“谁许可谁监管，谁主管谁监管”“审批改为备案的，由原审批部门依法承担监管职责”等要求，"
            "由各行业主管部门和综合监管部门在各自职责范围内依法加强监督管理。")
    assert _names(text, known) == ["各行业主管部门", "综合监管部门"]
    assert _names("按照“属地管理、分级负责，由县住建局牵头负责”的原则，由各乡镇负责本辖区燃气隐患排查。", known) == [
        "各乡镇"]
    # (a quotation that is the duty's own object stays read: 落实“谁主管谁负责”要求 is the bureau's)
    assert _names("县住建局要落实“谁主管谁负责”要求。", known) == ["县住建局"]


def test_a_case_passed_on_before_a_later_holder_is_not_that_holders_duty(known):
    # 需要立案查处的，将相关证据材料移送Y，Y按程序办理… : the clause passing the case on has no subject of its
    # own; the later holder's duty opens at its own name (it held the whole sentence, the one sending the
    # case and the one receiving it read as one)
    got = _clauses("县商务局负责日常监管。需要立案查处的，将相关证据材料移送县市场监管局，"
                   "县市场监管局按程序办理并将处理结果反馈县商务局。", known)
    assert got == [("县商务局", "县商务局负责日常监管"),
                   ("县市场监管局", "县市场监管局按程序办理并将处理结果反馈县商务局")]
