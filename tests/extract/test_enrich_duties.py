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
    got = _roles("领导小组办公室设在市统计局，负责普查的具体组织实施和协调，各成员单位要各司其职。", known)
    assert got == [("市统计局", None, "responsible"), ("市统计局", None, "responsible")]


def test_lead_then_joint(known):
    got = _roles("市民政局、市发展改革委牵头，会同有关部门建立健全规划实施监测机制。", known)
    assert got == [("市民政局", None, "lead"), ("市发展改革委", None, "lead")]


def test_elliptical_list_assist(known):
    got = _roles("财政、市场监督管理、人力资源和社会保障等部门协助做好房屋租赁管理相关工作。", known)
    assert [r for _m, _l, r in got] == ["assist"] * 3
    assert got[0][1] == "财政部门"


def test_joint_subject_and_partners(known):
    got = _roles("流动人口和房屋租赁管理部门应当会同住房和城乡建设部门、市场监督管理部门制定合同范本。", known)
    assert got == [("流动人口和房屋租赁管理部门", None, "responsible"),
                   ("住房和城乡建设部门", None, "support"), ("市场监督管理部门", None, "support")]


def test_exhortations_skipped(known):
    assert _roles("各地各部门要加强协调配合，负责落实。", known) == []
    assert _roles("各县（市、区）要负责本辖区工作。", known) == []
    assert _roles("由物业服务企业负责物业管理项目的病媒生物消杀。", known) == []


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
    assert got == [("市级卫生健康行政部门", None, "responsible")] * 2
