"""Leading groups and joint meetings (kg.extract.enrich.groups)."""
from __future__ import annotations

import pytest

from kg.extract.enrich.groups import split_person, split_posts
from kg.extract.sources import read_sources  # noqa: F401  (import check of the module graph)
from kg.pipeline import build


def test_split_person_with_inner_space():
    assert split_person("秦　涛　市委编办四级调研员") == ("秦涛", "秦　涛", "市委编办四级调研员")
    assert split_person("　　　　李晓东　市统计局局长") == ("李晓东", "李晓东", "市统计局局长")
    assert split_person("廊坊市人民政府") is None


def test_split_posts():
    known = {"市政府", "市公安局", "市人民政府", "临空经济区（廊坊）"}.__contains__
    posts = split_posts("市政府副市长、市公安局局长", known)
    assert [(p.unit, p.title) for p in posts] == [("市政府", "副市长"), ("市公安局", "局长")]
    posts = split_posts("市公安局党委副书记、副局长", known)
    assert [p.unit for p in posts] == ["市公安局", "市公安局"]
    assert split_posts("常务副市长", known)[0].unit == "市人民政府"
    posts = split_posts("临空经济区（廊坊）党工委书记兼管委会主任", known)
    assert len(posts) == 2 and posts[1].title == "管委会主任"


def test_small_group_document(tmp_path):
    text = "\n".join([
        "嘉善县人民政府办公室",
        "关于成立嘉善县数字经济工作领导小组的通知",
        "",
        "为加快推进数字经济发展，成立嘉善县数字经济工作领导小组，其组成人员名单如下：",
        "组　长：王　伟　县政府副县长",
        "副组长：李小明　县经信局局长",
        "成　员：赵　强　县财政局副局长",
        "　　　　钱多多　县统计局局长",
        "领导小组办公室设在县经信局，办公室主任由李小明同志兼任。",
        "嘉善县人民政府办公室",
        "2023年3月1日",
    ]) + "\n"
    p = tmp_path / "g.txt"
    p.write_text(text, encoding="utf-8")
    r = build([p])
    e = next(iter(r.enrichment.values()))
    rows = [(m.group, m.person, m.role) for m in e.groups]
    assert ("嘉善县数字经济工作领导小组", "王伟", "组长") in rows
    assert ("嘉善县数字经济工作领导小组", "钱多多", "成员") in rows
    assert e.groups[0].person_written == "王　伟"
    assert [(o.group, o.sits_in) for o in e.offices] == [("嘉善县数字经济工作领导小组", "县经信局")]
    seats = [a for a in r.assignments if a.raw.via == "group"]
    assert {a.raw.role for a in seats} == {"member", "responsible"}
    # the office's host runs the office: a group fact on the office clause, not a prose duty
    host = [a for a in seats if a.raw.role == "responsible"]
    assert [a.raw.mention.text for a in host] == ["县经信局"]
    assert not [a for a in r.assignments if a.raw.via == "prose" and a.raw.mention.text == "县经信局"]


@pytest.fixture(scope="module")
def corpus():
    from kg.pipeline import BUNDLED_CORPUS
    return build([BUNDLED_CORPUS])


def test_corpus_census_group(corpus):
    members = [m for e in corpus.enrichment.values() for m in e.groups
               if m.group == "廊坊市第五次全国经济普查领导小组"]
    head = [m for m in members if m.role == "组长"]
    assert [(m.person, m.posts[0].title) for m in head] == [("侯晓平", "常务副市长")]
    assert sum(1 for m in members if m.role == "成员") == 26
    qin = next(m for m in members if m.person == "秦涛")
    assert qin.person_written == "秦　涛" and qin.posts[0].unit == "市委编办"
    offices = [o for e in corpus.enrichment.values() for o in e.offices
               if o.group == "廊坊市第五次全国经济普查领导小组"]
    assert {o.sits_in for o in offices} == {"市统计局"}


def test_corpus_joint_meeting(corpus):
    members = [m for e in corpus.enrichment.values() for m in e.groups
               if m.group == "廊坊市居住证工作局际联席会议"]
    roles = {m.person: m.role for m in members}
    assert roles["张文阁"] == "召集人" and roles["苏秉武"] == "副召集人"
    assert roles["杨刚"] == "成员"


def test_corpus_groups_are_units_and_members_link(corpus):
    groups = {u.name: u for u in corpus.units if u.kind == "group"}
    assert "市第五次全国经济普查领导小组" in groups
    seats = [a for a in corpus.assignments if a.raw.via == "group" and a.raw.role == "member"]
    hosts = {a.unit.name for a in corpus.assignments if a.raw.via == "group" and a.raw.role != "member"}
    assert {"市统计局", "市流管办"} <= hosts     # the units the offices are set in
    census = {a.unit.name for a in seats if a.task_id.endswith(":廊坊市第五次全国经济普查领导小组")}
    assert {"市统计局", "廊坊海关", "市人民政府"} <= census
