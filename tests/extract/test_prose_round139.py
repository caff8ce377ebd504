"""Duty clauses the round-139 held-out texts of issue 12 (tests/govs/prose n512-n515: 盂县's 权责清单
rules, 山东's 学校安全条例, an autonomous prefecture's 实施办法 of its 自治条例, 宁德's 联席会议 notice
on one line) showed missing or wrong (kg.extract.enrich.duties). The sentences are variants
written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _duties(text, known):
    return [(d.mention, d.lookup) for d in read_duties(normalise(text), 1, known)]


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _read(texts, known):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known)


def test_an_article_after_a_stop_and_a_space(known):
    # …维护学校安全。 第五条 X负责… : a copy joining its paragraphs with spaces puts the next article
    # after the stop and a space (the article was lost: the line was read as one sentence's tail)
    assert _names("全社会应当支持学校安全工作，依法维护学校安全。 第五条 县级以上人民政府负责本行政区域内的"
                  "学校安全工作。", known) == ["县级以上人民政府"]
    assert _names("县教育局应当加强学校安全教育。 第六条 县公安局负责学校周边治安管理。", known) == [
        "县教育局", "县公安局"]
    # …as before: with no space, and a reference to an article after a stop (第五条规定的…) is no article
    assert _names("县教育局应当加强学校安全教育。第六条 县公安局负责学校周边治安管理。", known) == [
        "县教育局", "县公安局"]


def test_a_notices_two_sections_on_one_line(known):
    # … 一、X主要职责 在…领导下，… 二、X成员组成 X由… : a notice on one line, its sections after
    # spaces; two marks counting up are a list (a lone pair was taken for a spaced reference, and
    # the body set up lost its duties)
    got = _read(["关于建立县农民工工作联席会议制度的通知 各乡镇人民政府： 经县政府同意，建立县农民工工作联席会议"
                 "（以下简称联席会议）制度。现将有关事项通知如下： 一、联席会议主要职责 在县政府领导下，研究拟订我县"
                 "农民工工作的政策措施；研究确定年度工作要点。 二、联席会议成员组成 联席会议由县政府办公室、县"],
                known)
    assert [(d.line, d.mention) for d in got] == [(1, "县农民工工作联席会议")]
    assert "研究确定年度工作要点" in got[0].clause or any("研究确定年度工作要点" in d.clause for d in got)
    # two marks out of order, or of two kinds, are no list (a spaced reference stays in its sentence)
    got = _read(["县民政局负责社会救助工作 二、 县财政局 一、 负责资金保障。"], known)
    assert [d.mention for d in got] == ["县民政局"]


def test_an_autonomous_areas_governments_of_every_level(known):
    # 自治州各级人民政府 : the collective as written, where the text names no place (it was read as the
    # lexicon's 市人民政府 and its counties' governments: an autonomous prefecture is no 市)
    assert _duties("自治州各级人民政府完善农业科技服务网络体系。", known) == [("自治州各级人民政府", None)]
    assert _duties("自治县各级人民政府加强民族团结进步教育。", known) == [("自治县各级人民政府", None)]
    # …the city's own, 本市各级人民政府, still the lexicon's levels
    assert [lk for _n, lk in _duties("本市各级人民政府应当加强农业科技服务。", known)] == [
        "市人民政府", "各县（市、区）人民政府"]


def test_the_guidance_a_body_keeps_to_before_its_verb(known):
    # X坚持以…为指导，采取…措施 ; X坚持党在农村的基本政策，制定… : the guidance or policy kept to is
    # the manner of the verb's clause (lost: 坚持 is no verb of a duty, nor was its clause a manner)
    assert _names("自治州人民政府坚持以科学发展观为指导，采取有效措施，推进经济建设。", known) == ["自治州人民政府"]
    assert _names("县人民政府坚持党在农村的基本政策，制定和落实发展现代农业的优惠政策。", known) == ["县人民政府"]
    # policies and measures taken together (the autonomy law's 采取特殊政策和灵活措施)
    assert _names("自治县人民政府采取特殊政策和灵活措施，加速经济发展。", known) == ["自治县人民政府"]
    # …a plan's guiding idea alone is still none, and 坚持 is no verb of its own
    assert _names("市委、市政府坚持以人民为中心的发展思想。", known) == []
    assert _names("县民政局坚持依法行政。", known) == []
    # …nor a headline's 坚持…原则 run into its verb (a news title, no clause of its own)
    assert _names("市委编办坚持三项原则进一步完善部门职责边界", known) == []


def test_an_articles_sentences_going_on_with_its_subject(known):
    # 第四条X加强…。转变…，建立…。 : an autonomous area's rules write a duty with a bare verb, then the
    # article's next sentences with no subject, the work to do (they were lost)
    got = _read(["第四条自治州各级人民政府加强农业基础地位，把发展现代农业作为首要任务。转变农业发展方式，"
                 "建立以工补农的长效机制。重点发展特色产业，加强生物资源的开发和研究。"], known)
    assert [d.mention for d in got] == ["自治州各级人民政府"]
    assert "建立以工补农的长效机制" in got[0].clause and "加强生物资源的开发和研究" in got[0].clause
    # …not a sentence with a subject of its own, a ban on anyone, nor one out of an article
    got = _read(["第八条县文物行政部门加强文物保护。任何单位和个人不得损毁文物，建立档案。"], known)
    assert [d.mention for d in got] == ["县文物行政部门"]
    assert "建立档案" not in got[0].clause
    got = _read(["第二条 各级人民政府负责本行政区域内的消防工作。政府主要领导为第一责任人，应当组织实施消防法律法规，"
                 "定期研究部署消防工作。"], known)
    assert {d.mention for d in got} == {"各级人民政府"} and not any("第一责任人" in d.clause for d in got)
    got = _read(["第八条 县人民政府应当将老年教育纳入终身教育体系。鼓励社会力量办好老年学校，支持发展老年教育。"], known)
    assert [d.mention for d in got] == ["县人民政府"] and "鼓励" not in got[0].clause
    got = _read(["县文物行政部门加强文物保护。转变保护方式，建立文物档案。"], known)
    assert "建立文物档案" not in got[0].clause
