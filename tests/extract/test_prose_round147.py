"""Duty clauses the round-147 held-out texts of issue 12 (tests/govs/prose n544-n549: a district's 燃气 notice,
two cities' notices setting up a 低空经济 工作专班, news of a 预付卡 meeting and of an 电动自行车 meeting, a report of
a city's 自建房 notice in glossed traditional script) showed missing or wrong (kg.extract.enrich.duties). The
sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _lines(texts, known):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known)


def test_the_sub_districts_named_beside_the_townships(known):
    # 所在地乡镇、街道,要… : a bare 街道 after the township level is the sub-district offices (the pair
    # was no subject: two bare levels stay unread, and 街道 alone is a street)
    assert _names("加油站所在地乡镇、街道,要督促经营单位落实巡查制度。", known) == ["乡镇", "街道"]
    assert _names("乡镇和街道负责本辖区瓶装燃气用户的入户宣传。", known) == ["乡镇", "街道"]
    assert _names("乡镇人民政府、街道要组织开展自建房排查。", known) == ["乡镇人民政府", "街道"]
    # (alone, or after anything but the townships, it stays no body)
    assert _names("街道要保持干净整洁。", known) == []
    assert "街道" not in _names("村庄、街道要保持干净整洁。", known)


def test_each_zone_management_committee(known):
    # 各園區管委會、鎮人民政府(街道辦事處)應… : the zones' committees written with 各, a collective as 各园区
    # is (the list was lost: its first item no name)
    assert _names("各园区管委会、镇人民政府（街道办事处）应建立农房建设审批机构。", known) == [
        "各园区管委会", "镇人民政府（街道办事处）"]
    assert _names("各开发区管理委员会要落实燃气安全属地责任。", known) == ["各开发区管理委员会"]
    assert _names("各園區管委會應制定本園區實施細則。", known) == ["各园区管委会"]   # (the text read normalised)


def test_a_post_filled_with_a_bare_ren(known):
    # 市政府协调…工作的副秘书长、…主要负责同志任副召集人 : who fills a post (任 before it, as 担任), no
    # duty of the government the person is described by (read as 市政府's 协调…)
    assert _names("专班由县政府协调交通工作的副县长任组长,县交通局主要负责同志任副组长。", known) == []
    assert _names("县政府协调农业工作的副主任、县农业农村局局长任副召集人。", known) == []
    # (a duty with a post in its object stays a duty: 聘任, hiring, is work)
    assert _names("县人社局负责聘任委员会委员。", known) == ["县人社局"]


def test_in_the_name_of_another_body(known):
    # 由X以Y名义印发 : X does it, Y's name is the manner (read as one name 市发展改革局以工作专班)
    assert _names("工作组成员名单由县应急管理局以领导小组办公室名义印发。", known) == ["县应急管理局"]
    assert _names("县财政局以县政府的名义统一组织采购。", known) == ["县财政局"]


def test_a_group_named_by_its_work_heading_its_duties(known):
    # (一)综合协调组。 / 落实…,起草…,督促… : a group whose name holds the verb of its work (协调组,
    # 督导组, 宣传组) heads the paragraph after it, as a section does (the verb inside the name kept it
    # from being read as a name, and the paragraph had no holder)
    got = _lines(["（二）宣传协调组。", "负责起草宣传方案,统筹新闻发布工作,协调解决宣传中的问题。"], known)
    assert [(d.mention, d.line) for d in got] == [("宣传协调组", 2)]
    got = _lines(["（三）政策研究组", "落实专班部署,研究起草全县低空经济扶持政策。"], known)
    assert [(d.mention, d.line) for d in got] == [("政策研究组", 2)]
    # (a plan's heading of work to do stays none, and so does a verb elsewhere in the heading)
    assert _lines(["（二）加强统筹协调", "落实专班部署,定期开展督导检查。"], known) == []
    assert _lines(["（二）负责协调组", "落实专班部署,定期开展督导检查。"], known) == []


def test_a_sentence_opening_with_at_the_same_time_goes_on(known):
    # …所在地乡镇、街道,要加强…。同时依托全科网格…建立巡视机制,… : a sentence opening with 同时 and a duty's
    # verb, the means maybe before it, goes on with the holders of the sentence before (as 并建立… does);
    # it was no duty of anyone's
    got = read_duties(normalise("县住建局要加强瓶装燃气监管。同时依托网格员队伍建立巡查机制,定期开展抽查。"), 1, known)
    assert [d.mention for d in got] == ["县住建局"] and "巡查机制" in got[0].clause
    got = read_duties(normalise("县住建局负责燃气安全监管。同时加强入户宣传。"), 1, known)
    assert [d.mention for d in got] == ["县住建局"] and "入户宣传" in got[0].clause
    # (with a subject of its own it is that subject's, and with no holder before it no one's)
    assert _names("县住建局负责燃气安全监管。同时,县财政局要保障经费。", known) == ["县住建局", "县财政局"]
    assert _names("同时依托网格员队伍建立巡查机制。", known) == []


def test_four_platforms_name_no_city():
    # 依托全科网格和“基层治理四平台”建立巡视机制 : 四平台 (浙江's four platforms of grassroots governance)
    # is a word, no 四平市 (the notice of a district of 温州 was read as 四平's, its sectors 四平市商务部门 …)
    from test_conventions_zz import REPORT, _places
    assert _places(REPORT.format(progress="依托“基层治理四平台”建立巡查机制")) == {"340400"}
    # (the city written in full still counts)
    assert _places(REPORT.format(progress="赴四平市交流学习,四平市机关事务管理局来访")) != {"340400"}
