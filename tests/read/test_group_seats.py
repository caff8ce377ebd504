"""`kg who` on a leading group: its people by seat (组长, 副组长, 办公室主任) are shown with the group's task and
found by the questions that ask them (组长是谁, 谁担任副组长); before, the answer named the members only and a
question on the 组长 found nothing of the people."""
import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import build_and_write
from kg.read.who import who_owns

GROUP = ("青阳县人民政府办公室关于成立青阳县人居环境整治提升工作领导小组的通知\n"
         "青政办〔2024〕12号\n"
         "为加强组织领导，县政府决定成立青阳县人居环境整治提升工作领导小组。\n"
         "组　长：王　强　县长\n"
         "副组长：李　明　副县长\n"
         "成　员：县农业农村局、县住建局、县财政局主要负责同志\n"
         "领导小组办公室设在县农业农村局，办公室主任由县农业农村局局长张伟兼任。\n"
         "1.开展村庄清洁行动。（责任单位：县农业农村局）\n")


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    d = tmp_path_factory.mktemp("seats")
    src = d / "g.txt"
    src.write_text(GROUP, encoding="utf-8")
    build_and_write([src], d / "out")
    return d / "out"


@pytest.mark.parametrize("question", ["青阳县人居环境整治领导小组组长是谁", "谁担任人居环境整治领导小组副组长"])
def test_a_group_s_people_answer_who_holds_its_seats(out, question):
    best = who_owns(question, out, limit=3)[0]
    assert best.task_text == "青阳县人居环境整治提升工作领导小组"
    seats = {(m["seat"], m["person"], tuple(m["posts"])) for m in best.seats}
    assert ("组长", "王强", ("县长",)) in seats and ("副组长", "李明", ("副县长",)) in seats
    assert "青阳县农业农村局" in best.members


def test_the_cli_prints_the_seats(out):
    res = CliRunner().invoke(app, ["who", "人居环境整治领导小组组长是谁", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "组成人员 (seats): 组长 王强（县长）" in res.output
    res = CliRunner().invoke(app, ["who", "人居环境整治领导小组组长是谁", "--out", str(out), "--json"])
    first = json.loads(res.output)["results"][0]
    assert {"person": "王强", "seat": "组长", "posts": ["县长"]} in first["seats"]


def test_a_task_s_question_is_not_answered_by_the_group(out):
    best = who_owns("村庄清洁行动谁负责", out, limit=3)[0]
    assert "村庄清洁" in best.task_text and not best.seats


def test_a_task_s_leader_is_a_word_of_its_entry(tmp_path):
    src = tmp_path / "b.txt"
    src.write_text("凤台县人民政府办公室关于印发2024年重点项目包保责任表的通知\n"
                   "1.淮河岸线整治。（包保县领导：张伟；牵头单位：县水利局）\n"
                   "2.污水处理厂扩建项目。（包保县领导：王建国；责任单位：县住建局）\n", encoding="utf-8")
    build_and_write([src], tmp_path / "out")
    res = who_owns("王建国包保的是什么", tmp_path / "out", limit=3)
    assert "污水处理厂" in res[0].task_text
    assert [p["post"] for p in res[0].posts] == ["王建国"]


def test_the_cli_counts_the_plain_members_unless_asked(tmp_path):
    src = tmp_path / "m.txt"
    src.write_text("某市人民政府办公室关于成立某市交通安全工作领导小组的通知\n"
                   "组　长：王　强　市长\n"
                   "成　员：李　明　市公安局局长\n"
                   "　　　　刘　洋　市交通运输局局长\n", encoding="utf-8")
    build_and_write([src], tmp_path / "out")
    res = CliRunner().invoke(app, ["who", "交通安全工作领导小组组长是谁", "--out", str(tmp_path / "out")])
    assert "组长 王强（市长）" in res.output and "成员 2 人" in res.output and "李明" not in res.output
    res = CliRunner().invoke(app, ["who", "交通安全工作领导小组组长是谁", "--out", str(tmp_path / "out"), "--members"])
    assert "成员 李明（市公安局局长）" in res.output
