"""Placement errors found on the second unseen round of real document openings
(tests/govs/places pl31-pl60, helper jj40): a national inspection group's findings titled after
the province inspected, a district of a name two cities share whose work report is placed by
the text's city alone, and a prefecture's rules placed in the State because they name 国务院."""
from __future__ import annotations

from kg.model import Line
from kg.resolve.divisions import NATIONAL, load_divisions
from kg.resolve.jurisdiction import infer, place_of_org
from kg.text import normalise


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_title_opening_with_a_national_body_is_the_state_s():
    div = load_divisions()
    title = "国家教育督导检查组对河北省30个县（区）义务教育均衡发展督导检查反馈意见"
    assert place_of_org(title, div, title=True) is NATIONAL
    j = infer(lines(title + "\n11月21日至26日，国家教育督导检查组对河北省申报的30个县进行了督导检查。"
                    "督导检查组分8个小组对河北省的28个县进行了实地督导检查。"), title=title, div=div)
    assert (j.adcode, j.how) == ("100000", "title")
    # a national bureau's local branch (it names a city) and a 国家级 zone are local bodies
    assert place_of_org("国家税务总局嘉兴市税务局关于发布公告的通知", div, title=True) is not NATIONAL
    assert place_of_org("国家级经济技术开发区管委会关于印发方案的通知", div, title=True) is not NATIONAL
    assert place_of_org("国家卫生城市创建工作领导小组办公室关于开展检查的通知", div,
                        title=True) is not NATIONAL


def test_a_government_work_report_is_the_government_it_is_made_for():
    div = load_divisions()
    text = ("2019年政府工作报告\n——2019年1月8日在朝阳区第十六届人民代表大会第五次会议上\n"
            "朝阳区人民政府代区长 文献\n各位代表：\n"
            "现在，我代表朝阳区人民政府，向大会报告工作，请予审议。\n"
            "我们深入贯彻习近平总书记对北京重要讲话精神，紧紧围绕加强首都“四个中心”功能建设。")
    j = infer(lines(text), title="2019年政府工作报告", div=div)
    # 朝阳区 is a district of 北京 and of 长春: the text's 北京 tells which
    assert (j.adcode, j.how) == ("110105", "text")


def test_rules_whose_own_government_acts_by_its_level_word_are_not_the_state_s():
    div = load_divisions()
    text = ("第二十六条 州政府报送省政府、州委的请示、报告由州长签发。\n"
            "第二十八条 以州政府名义报送国务院有关部委、省政府各部门的文件，由州长签发。\n"
            "第三十一条 州政府各部门和各县人民政府报送州政府的公文，应当符合\n"
            "国务院《国家行政机关公文处理办法》及有关规定。\n"
            "第三十二条 各部门、各县报送州政府的公文直接报送州政府办公室机要收发室。\n"
            "第三十三条 州政府及各部门要进一步精简公文，不得要求州政府批转。")
    j = infer(lines(text), div=div)
    assert j.adcode is None and j.level != "national"
    # the State's own text that names local governments less than itself stays national
    text = ("国务院关于加强公文处理工作的通知\n各省、自治区、直辖市人民政府，国务院各部委：\n"
            "国务院各部门要精简公文。国务院办公厅负责督促检查。县政府报送的公文按有关规定办理。")
    j = infer(lines(text), div=div)
    assert j.adcode == "100000"
