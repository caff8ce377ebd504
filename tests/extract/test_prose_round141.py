"""Duty clauses the round-141 held-out texts of issue 12 (tests/govs/prose n520-n523: a hospital's
安全生产责任制, a university's 校园综合治理 rule, the national guidance on 中央企业 分级属地监管, a bureau's
专项整治 plan) showed missing or wrong (kg.extract.enrich.duties, kg.extract.actors). The sentences
are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _read(texts, known):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known)


def _by_line(texts, known):
    return [(d.line, d.mention) for d in _read(texts, known)]


def test_a_duty_list_after_its_duties_are_with_wei(known):
    # …，其主要职责为： : the copula 为 opens the list as 是 does (the items were lost and the
    # sentence before read as the body's only duty)
    got = _by_line(["县安全生产委员会是全县安全生产工作的领导机构，其主要职责为：",
                    "1.研究部署全县安全生产工作；",
                    "2.定期分析全县安全生产形势。"], known)
    assert got == [(2, "县安全生产委员会"), (3, "县安全生产委员会")]


def test_a_committee_that_leads_and_decides(known):
    # X是…最高领导和决策机构，其主要职责是： : the part a committee plays, as …领导机构 (the list was lost)
    got = _by_line(["县安全生产委员会是全县安全生产的最高领导和决策机构，其主要职责是：",
                    "1.研究部署全县安全生产工作；",
                    "2.定期分析全县安全生产形势。"], known)
    assert got == [(2, "县安全生产委员会"), (3, "县安全生产委员会")]
    got = _by_line(["县安全生产委员会是全县安全生产的决策机构，其主要职责是：",
                    "1.研究部署全县安全生产工作；"], known)
    assert got == [(2, "县安全生产委员会")]


def test_a_levelless_committee_with_its_short_name(known):
    # X委员会（简称“Y”，以下同） before its verb : the committee, named without a level, its short
    # name defined after it (the subject was lost with its definition)
    assert _names("医院消防安全管理委员会（以下简称院消委）负责全院消防安全工作。", known) == [
        "医院消防安全管理委员会"]
    got = _by_line(["公司安全生产管理委员会（简称“公司安委会”，以下同）是公司安全生产的最高领导和决策机构，"
                    "其主要职责为：",
                    "1.研究部署公司安全生产工作；"], known)
    assert got == [(2, "公司安全生产管理委员会")]


def test_an_item_wrapped_mid_word_over_a_blank_line(known):
    # 1.组织落实…的规 / (blank) / 定和标准； : an item a copy wrapped mid-word over a paragraph break
    # goes on; the items after it are still the list's (they were lost)
    got = _by_line(["县安全生产委员会主要职责：",
                    "1.组织落实安全生产方针和国家有关安全生产的法律法规、规",
                    "",
                    "章和标准；",
                    "2.研究部署全县安全生产工作；",
                    "3.定期分析全县安全生产形势。"], known)
    assert got == [(2, "县安全生产委员会"), (5, "县安全生产委员会"), (6, "县安全生产委员会")]
    # …a list written without stops, then a heading of its own, still ends there
    got = _by_line(["县安全生产委员会主要职责：",
                    "1.研究部署全县安全生产工作和重大安全事项",
                    "县财政局负责安排安全生产专项经费。"], known)
    assert got == [(2, "县安全生产委员会"), (3, "县财政局")]
    # …and an item that is a unit's name alone, its paragraph after it, is no wrapped item
    got = _by_line(["二、安全生产监管职责",
                    "（一）乡镇人民政府、街道办事处",
                    "具体负责本行政区域内的安全生产直接监管，并督促企业落实主体责任。",
                    "（二）市安全生产综合监管部门",
                    "在市政府的领导下，对全市安全生产综合监管工作负全责。"], known)
    assert (5, "市安全生产综合监管部门") in got


def test_the_rule_manage_the_trade_manage_its_safety(known):
    # 管行业必须管安全、管生产经营单位必须管安全生产 : 管 a verb, no enterprise named 管生产经营单位
    assert _names("坚持管行业必须管安全、管业务必须管安全、管生产经营单位必须管安全生产。", known) == []
    assert _names("管生产经营单位必须管安全生产。", known) == []


def test_a_committee_set_up_with_its_head_and_members_before_its_name(known):
    # 学校成立以…为主任，…为成员的X委员会，委员会下设办公室 … Z办公室负责… : the committee set up
    # (its name not cut at 大学校), and its office named by the committee's name
    got = _by_line(["滨海师范大学成立以校长为主任，分管副校长为副主任、各职能处室为成员的滨海师范大学校园安全综合管理委员会，"
                    "委员会下设办公室，办公室设在保卫处。",
                    "校园安全综合管理办公室负责组织校园安全检查。"], known)
    assert (2, "校园安全综合管理办公室") in got
    assert not any(m.endswith("大学校") for _l, m in got)
    # …an office of that long a name, of no committee set up, stays unread
    assert _names("校园安全综合管理办公室负责组织校园安全检查。", known) == []


def test_a_universitys_colleges_and_its_organs_divisions(known):
    # 各学院，机关各处、科（室），各直属单位要… : the colleges, the organ's divisions by their kinds
    # (the elliptical second segment its bare kind) and the units, the commas a list's (only the last
    # was read)
    assert _names("各学院，机关各处、科（室），各附属医院要建立安全工作小组，组织实施本单位安全工作。", known) == [
        "各学院", "机关各处", "科（室）", "各附属医院"]
    # those urged over the list's commas are objects, the last with its act no subject of its own
    assert _names("县教育局负责督促、推动各学院，机关各处室，各附属医院开展安全检查工作。", known) == ["县教育局"]


def test_a_bureaus_office_named_by_its_kind(known):
    # 局办公室、X大队负责…；负责… in a bureau's own plan: its office, as written, with its squad
    got = _read(["县市场监督管理局专项整治工作方案",
                 "（一）局办公室、稽查大队负责制定专项整治工作方案；负责整治行动的宣传报道工作。"], known)
    assert sorted({d.mention for d in got if d.line == 2}) == ["局办公室", "稽查大队"]
    assert len([d for d in got if d.mention == "局办公室"]) == 2
