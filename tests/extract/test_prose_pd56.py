"""Duty clauses in running text probed with short written articles and plans (helper pd56): a village's
committee after a township's body, the partner of 会同 before the joint work's verb, a paragraph broken
after a ；. The sentences are written for these tests."""
from __future__ import annotations

from kg.extract.annotations import unit_items
from kg.extract.enrich.duties import read_duties, read_lines
from kg.pipeline import build
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _read(text, known):
    lines = [(k + 1, normalise(t)) for k, t in enumerate(text.split("\n"))]
    return [(d.line, d.mention, d.lookup, d.role) for d in read_lines(lines, known)]


def _duties(text, known):
    return [(d.mention, d.lookup, d.role) for d in read_duties(normalise(text), 1, known)]


def test_a_villages_committee_after_a_townships_body_is_no_body_of_the_township(known):
    # 乡镇人民政府、村民委员会 : the townships' governments and the villages' committees (the committee was
    # looked up as 乡镇村民委员会, a body no township has); a place's second body stays the place's
    assert _duties("文物所在地的乡镇人民政府、村民委员会应当协助做好文物保护工作。", known) == [
        ("乡镇人民政府", None, "assist"), ("村民委员会", None, "assist")]
    assert unit_items("某某镇人民政府、居民委员会") == [("某某镇人民政府", None), ("居民委员会", None)]
    assert unit_items("各县（市、区）党委和人民政府") == [
        ("各县（市、区）党委", None), ("人民政府", "各县（市、区）人民政府")]


def test_the_partner_of_huitong_ends_before_the_joint_works_verb(known):
    # 会同X做好企业开办工作 / 会同A、X推行企业开办“一网通办” : the partner is X (it ran on to the 办 of 开办:
    # a unit 县税务局做好企业开办); 推行 is a duty's verb as 推进 is
    assert _duties("县行政审批局会同县市场监管局、县税务局推行企业开办“一网通办”。", known) == [
        ("县行政审批局", None, "responsible"), ("县市场监管局", None, "support"), ("县税务局", None, "support")]
    assert _duties("县行政审批局会同县税务局做好企业开办工作。", known) == [
        ("县行政审批局", None, "responsible"), ("县税务局", None, "support")]
    assert _duties("县税务局推行电子发票。", known) == [("县税务局", None, "responsible")]
    # a name holding such a word stays whole; 推行的 names a measure by its maker, no duty
    assert _duties("县住建局会同县重点项目推进办公室做好项目调度。", known) == [
        ("县住建局", None, "responsible"), ("县重点项目推进办公室", None, "support")]
    assert _duties("县政府推行的改革措施已见成效。", known) == []


def test_a_paragraph_broken_after_a_semicolon_goes_on_with_its_holder(known):
    # 区教育局负责…；负责…； / 指导全区学校安全工作。 : the line after the ； is the same body's duty (it was
    # the title's 区人民政府工作部门's, or no one's)
    assert _read("某某市某某区人民政府工作部门职责\n区教育局负责全区教育事业发展规划的组织实施；负责学前教育的统筹管理；\n"
                 "指导全区学校安全工作。", known)[-1] == (3, "区教育局", None, "responsible")
    assert _read("区教育局负责全区教育事业发展规划的组织实施，区财政局配合；\n指导全区学校安全工作。", known) == [
        (1, "区教育局", None, "responsible"), (1, "区财政局", None, "support"), (2, "区教育局", None, "responsible")]
    # a line with a subject of its own, or a line after a full stop, is not carried
    assert _read("区教育局负责全区教育事业发展规划的组织实施；\n区卫健委负责学校卫生工作。", known) == [
        (1, "区教育局", None, "responsible"), (2, "区卫健委", None, "responsible")]
    assert _read("区教育局负责全区教育事业发展规划的组织实施。\n指导全区学校安全工作。", known) == [
        (1, "区教育局", None, "responsible")]


def test_the_body_that_held_a_duty_before_it_was_moved_holds_it_no_more(known):
    # 原由X承担的…职责，划入Y / 原由X负责的…工作，移交Y负责 : Y holds it now; X was read holding it (and after
    # 工作 the transfer's Y was lost)
    assert _duties("原由县林业局承担的野生动物保护职责，划入县自然资源局。", known) == [
        ("县自然资源局", None, "responsible")]
    assert _duties("原由县林业局负责的野生动物保护工作，移交县自然资源局负责。", known) == [
        ("县自然资源局", None, "responsible")]
    # a body's duty written with 由 and no 原 stays its own
    assert _duties("野生动物保护工作由县林业局负责。", known) == [("县林业局", None, "responsible")]


def test_the_corps_regiments_as_a_set_hold_their_duty(known):
    # 各团场负责本团场安全生产工作 / 各团（场）要… : the Corps' regiments under a division (兵团 师市), a
    # collective as 各乡镇 is (the clause was lost)
    assert _duties("各团场负责本团场安全生产工作。", known) == [("各团场", None, "responsible")]
    assert _duties("各团（场）要做好安全生产工作。", known) == [("各团（场）", None, "responsible")]


def test_an_offices_duty_after_its_director_written_as_the_subject(known):
    # 办公室设在X，X局长兼任办公室主任，负责… : the post filled by its holder written first, as 由X局长兼任办公室主任
    # and 办公室主任由X局长兼任 are; the office's own duty after it was lost
    got = read_duties(normalise("领导小组办公室设在县卫生健康局，县卫生健康局局长兼任办公室主任，负责领导小组日常工作。"),
                      1, known)
    assert [(d.mention, d.role, d.via) for d in got] == [("县卫生健康局", "responsible", "group"),
                                                        ("领导小组办公室", "responsible", "prose")]


def test_each_member_of_a_group_named_by_its_defined_short_name(known):
    # X（以下简称县防指）… 县防指各成员单位按照职责分工做好… : the members of the group by its full name, as
    # 县防指成员单位 was (the clause was lost)
    assert _read("县防汛抗旱指挥部（以下简称县防指）负责组织全县防汛抗旱工作。县防指各成员单位按照职责分工做好防汛抗旱工作。",
                 known) == [(1, "县防汛抗旱指挥部", None, "responsible"),
                            (1, "县防指各成员单位", "县防汛抗旱指挥部各成员单位", "responsible")]


def test_a_work_no_longer_held_by_a_body_is_none_of_its(write_doc):
    # 三、…工作不再由县住建局负责。 : the item's 由 clause names the body it is taken from (the inline reading
    # made 县住建局 responsible); 由县综合执法局负责 is the holder
    result = build([write_doc("某某县人民政府关于进一步明确职责分工的通知\n"
                              "一、城区违法建设查处工作不再由县住建局负责。\n"
                              "二、城区违法建设查处工作由县综合执法局负责。\n")])
    got = {(a.raw.mention.source.line, a.raw.mention.text, a.raw.via) for a in result.assignments}
    assert not any(m == "县住建局" for _ln, m, _v in got)
    assert (3, "县综合执法局", "inline") in got
