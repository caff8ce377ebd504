"""A government's division of work among its leaders (领导分工): each leader's share of the work
is a task of its own (kind ``division``) with the leader as its post, and the units the leader
oversees (分管, 协助分管) or keeps in touch with (联系) are its ties (``via: "division"``, roles
``overseen`` / ``liaison``): never stated responsibility, never a 台账 row, shown by ``kg unit``,
``kg who`` and the named query ``leaders-of-unit``."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from kg.cli import app
from kg.extract.enrich.division import leader_of, read_divisions
from kg.pipeline import build, write
from kg.text import normalise
from kg.vocab import STATED_ROLES

DIVISION = """某某市人民政府市长、副市长工作分工
根据工作需要，现将市长、副市长工作分工通知如下：
李华市长
领导市政府全面工作。
王强常务副市长
负责发展改革、财政、统计等方面工作。协助分管审计工作。
分管市发展和改革委员会（市粮食和物资储备局）、市财政局、市统计局。协助分管市审计局。
联系市总工会、团市委、市妇联等群众团体。
副市长 赵敏
负责教育、卫生健康等工作。
分管市教育局、市卫生健康委员会等单位。
"""


def _read(text: str):
    lines = [(n, normalise(t)) for n, t in enumerate(text.splitlines(), 1) if t.strip()]
    return read_divisions(lines, lambda name: False)


def _ties(text: str) -> list[tuple[str, str, str, str]]:
    return [(d.leader.written, k.role, k.label, k.mention) for d in _read(text) for k in d.links]


def test_a_leader_heading_is_a_post_maybe_with_a_name():
    assert leader_of("王强常务副市长").person
    assert leader_of("副市长 赵敏").written == "副市长 赵敏"
    assert not leader_of("常务副县长").person
    assert leader_of("县委常委、常务副县长：王某") is not None
    # a title line, a group's label or a sentence is no leader
    for text in ("市长、副市长工作分工", "成员", "委员", "具体分工如下：", "市长领导市政府的工作"):
        assert leader_of(normalise(text)) is None, text


def test_each_leaders_lines_give_the_units_it_oversees_and_keeps_in_touch_with():
    assert _ties(DIVISION) == [
        ("王强常务副市长", "overseen", "分管", "市发展和改革委员会（市粮食和物资储备局）"),
        ("王强常务副市长", "overseen", "分管", "市财政局"),
        ("王强常务副市长", "overseen", "分管", "市统计局"),
        ("王强常务副市长", "overseen", "协助分管", "市审计局"),
        ("王强常务副市长", "liaison", "联系", "市总工会"),
        ("王强常务副市长", "liaison", "联系", "团市委"),
        ("王强常务副市长", "liaison", "联系", "市妇联"),
        ("副市长 赵敏", "overseen", "分管", "市教育局"),
        ("副市长 赵敏", "overseen", "分管", "市卫生健康委员会"),
    ]
    # 李华市长 oversees no unit: no division; 王强's share is its heading and its three lines
    wang = _read(DIVISION)[0]
    assert [n for n, _t in wang.lines] == [5, 6, 7, 8]


def test_a_leader_written_in_the_sentence_or_before_a_colon():
    assert _ties("根据分工，副县长李明分管县教育局、县卫生健康局。") == [
        ("副县长李明", "overseen", "分管", "县教育局"), ("副县长李明", "overseen", "分管", "县卫生健康局")]
    assert _ties("王刚副区长：负责财政、审计工作。分管区财政局、区审计局等单位。联系区总工会。") == [
        ("王刚副区长", "overseen", "分管", "区财政局"), ("王刚副区长", "overseen", "分管", "区审计局"),
        ("王刚副区长", "liaison", "联系", "区总工会")]
    # a mirror's traditional characters and pinyin glosses
    assert [m for *_x, m in _ties("舒慶副市長\n分管市公安局（jú），市司法局。")] == ["市公安局", "市司法局"]


def test_clauses_listing_no_bodies_and_lists_without_a_leader_give_nothing():
    assert _ties("王强常务副市长\n副市长按分工负责处理分管工作；受市长委托，负责其他方面的工作。") == []
    assert _ties("王强常务副市长\n负责与区人大、区政协的联系工作。") == []
    # the leader shown only in the page's title: no leader written, no division
    assert _ties("协助县长负责教育等方面工作。分管教育局、卫生局。联系文联。") == []
    # a group's member list is no division of work
    assert _ties("成员：张三 市财政局局长\n李四 市统计局局长") == []


def test_division_in_the_build_and_every_reader(write_doc, tmp_path):
    out = tmp_path / "out"
    write(build([write_doc(DIVISION)]), out)
    rows = [json.loads(l) for l in (out / "assignments.jsonl").read_text(encoding="utf-8").splitlines()]
    ties = [r for r in rows if r["via"] == "division"]
    assert {r["role"] for r in ties} == {"overseen", "liaison"}
    assert not any(r["role"] in STATED_ROLES for r in ties)
    assert all(r["source"]["line"] in (7, 8, 11) for r in ties)
    tasks = {t["task_id"]: t for t in map(json.loads, (out / "tasks.jsonl").read_text(
        encoding="utf-8").splitlines())}
    shares = [t for t in tasks.values() if t["kind"] == "division"]
    assert sorted(p["post"] for t in shares for p in t["posts"]) == ["副市长 赵敏", "王强常务副市长"]
    # no 台账 row: a leader's share of the work gives its units no task
    ledger = list(csv.reader(io.StringIO((out / "ledger.csv").read_text(encoding="utf-8-sig"))))
    assert not any("王强常务副市长" in cell for row in ledger for cell in row)
    runner = CliRunner()
    shown = runner.invoke(app, ["unit", "市统计局", "--out", str(out)])
    assert shown.exit_code == 0 and "分管" in shown.output and "王强常务副市长" in shown.output
    asked = runner.invoke(app, ["who", "统计局归哪位副市长分管", "--out", str(out), "-n", "1"])
    assert asked.exit_code == 0 and "王强常务副市长" in asked.output and "分管/联系单位" in asked.output
    q = runner.invoke(app, ["query", "leaders-of-unit", "--param", "unit=市审计局", "--out", str(out),
                            "--format", "json"])
    assert q.exit_code == 0, q.output
    got = json.loads(q.output)
    rows = got["rows"] if isinstance(got, dict) else got
    assert any("王强常务副市长" in json.dumps(r, ensure_ascii=False) and "分管" in json.dumps(r, ensure_ascii=False)
               for r in rows)


# 上海市人民政府 市长、副市长工作分工 (tests/govs/prose/text/n106.txt, its address in that folder's
# sources.tsv), read by hand: each leader's ties, as the page writes the units (the last leader's
# lines are cut by the excerpt's edge; 部队（武警部队） after 等群众团体和 names a kind, not a body)
N106 = {
    "副市长张为": [("overseen", "市交通委员会"), ("overseen", "市道路运输管理局"), ("overseen", "市机关事务管理局")],
    "陈寅常务副市长": [("overseen", "市发展和改革委员会(市物价局)"), ("overseen", "市粮食和物资储备局"),
                   ("overseen", "市应急管理局"), ("overseen", "市国有资产监督管理委员会"),
                   ("overseen", "国家税务总局上海市税务局"), ("overseen", "市统计局"),
                   ("overseen", "市财政局"), ("overseen", "市审计局")],
    "吴清副市长": [("overseen", "市经济和信息化委员会(市无线电管理局)"), ("overseen", "市科学技术委员会(市外国专家局)"),
               ("overseen", "市地方金融监督管理局(市金融工作局)"), ("overseen", "上海科创办")],
    "舒庆副市长": [("overseen", "市公安局"), ("overseen", "市司法局"), ("overseen", "市监狱管理局"),
               ("liaison", "市高院"), ("liaison", "市检察院")],
    "彭沉雷副市长": [("overseen", "市农业农村委员会"), ("overseen", "市人力资源和社会保障局"),
                ("overseen", "市民政局(市社会组织管理局)"), ("overseen", "市退役军人事务局"),
                ("overseen", "市政府合作交流办公室(市政府协作办公室)"), ("overseen", "市政府信访办公室"),
                ("liaison", "市总工会"), ("liaison", "团市委"), ("liaison", "市妇联"), ("liaison", "市残联")],
}


def test_a_real_division_of_work_reads_as_written(tmp_path):
    from pathlib import Path
    src = Path(__file__).resolve().parents[1] / "govs" / "prose" / "text" / "n106.txt"
    result = build([src])
    tasks = {t.task_id: t for t in result.tasks}
    leader = {p.task_id: p.written for e in result.enrichment.values() for p in e.posts}
    got: dict[str, list] = {}
    for a in result.assignments:
        if a.raw.via == "division":
            got.setdefault(leader[a.task_id], []).append((a.raw.role, a.raw.mention.text))
            assert tasks[a.task_id].kind == "division"
    assert got == N106


def test_a_leader_opening_its_line_as_the_subject_of_its_work():
    assert _ties("王强常务副市长负责发展改革、财政等方面工作；分管市发展和改革委员会、市财政局。") == [
        ("王强常务副市长", "overseen", "分管", "市发展和改革委员会"),
        ("王强常务副市长", "overseen", "分管", "市财政局")]
    assert _ties("县长 王某 主持县政府全面工作，分管县审计局。") == [("县长 王某", "overseen", "分管", "县审计局")]
    # a government's working rules: posts as subjects, no units listed
    assert _ties("市长领导市政府的工作，负责常务工作的副市长协助市长处理市政府日常工作。") == []
