"""Conventions seen in the held-out set "ah" (a county's 安全管理职责清单, a provincial
department's plan, a city's 营商环境 plan and a county's 精神文明建设 plan; from the ``pages``
corpus), each as a short synthetic fixture with variants not in the collected files: a duty
list pasted as a ``|`` table whose unit column is named 职责部门 (or 职责单位) and whose basis
column cites laws and the bodies that issued them, its last row cut by the input's end after
the unit cell; measures closed by full-width square brackets 〔责任单位:…按职责分工负责。…不再做分工,
下同。〕 and 〔牵头单位:X;责任单位:A,B、C〕; traditional-script items closed by (責任單位:…) with
a town among the units."""
from kg.extract.enrich.duties import read_lines
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise

from test_conventions import read, who

DUTIES = ("某县县管矿山安全管理职责清单\n"
          "序号 | 职责部门 | 职责名称 | 职责依据 | |\n"
          "1 | 县应急局 | 负责非煤矿山安全生产监督管理 | 县应急局“三定”规定 | |\n"
          "2 | 县自然资源局 | 负责矿业权出让登记 | 省委办公厅、省政府办公厅《关于明确安全生产监管职责的通知》 | |\n"
          "3 | 县水利局 | 负责尾矿库防洪安全监督 | 《中华人民共和国防洪法》第八条;省水利厅《关于加强水库安全管理的通知》 | |\n"
          "4 | 县能源局 |\n")


def test_a_duty_lists_department_column_gives_the_units(write_doc):
    out = read(write_doc, DUTIES)
    assert who(out, "负责非煤矿山安全生产监督管理") == [("县应急局", "responsible")]
    # the bodies that issued the cited basis are no units of the row
    assert who(out, "负责矿业权出让登记") == [("县自然资源局", "responsible")]
    assert who(out, "负责尾矿库防洪安全监督") == [("县水利局", "responsible")]


def test_a_last_row_stopping_before_its_task_cell_is_cut(write_doc):
    # 4 | 县能源局 | : its duty cell never came, though a | closes the unit cell
    out = read(write_doc, DUTIES)
    assert who(out, "4 | 县能源局") == []


def test_a_duty_unit_column_named_with_dan_wei(write_doc):
    text = ("序号 | 职责单位 | 职责内容 |\n"
            "1 | 县交通运输局 | 负责农村公路养护安全监管 |\n"
            "2 | 县公安局 | 负责道路交通安全管理 |\n")
    out = read(write_doc, text)
    assert who(out, "负责农村公路养护安全监管") == [("县交通运输局", "responsible")]
    assert who(out, "负责道路交通安全管理") == [("县公安局", "responsible")]


def test_square_brackets_with_a_blanket_carry_over(write_doc):
    text = ("某省物流体系建设实施方案\n"
            "(一)完善物流枢纽布局。推进国家物流枢纽建设。〔责任单位:省发展改革委、省交通运输厅、"
            "商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n"
            "(二)发展冷链物流。建设一批冷链集配中心。〔责任单位:省商务厅〕\n")
    out = read(write_doc, text)
    assert who(out, "完善物流枢纽布局") == [
        ("省发展改革委", "responsible"), ("省交通运输厅", "responsible"), ("商务厅", "responsible"),
        ("相关市(州)人民政府", "responsible")]
    got = who(out, "发展冷链物流")
    assert ("省商务厅", "responsible") in got
    assert ("相关市(州)人民政府", "responsible") in got


def test_square_brackets_with_a_lead_and_collectives(write_doc):
    text = ("1.推行不动产登记“一窗受理”。到2021年底前,实现全流程网办。〔牵头单位:市自然资源局;"
            "责任单位:市税务局,各县(市、区)人民政府、高新区管委会〕\n"
            "2.推进水电气报装联办。〔牵头单位:市住建局〕\n")
    out = read(write_doc, text)
    assert who(out, "推行不动产登记") == [
        ("市自然资源局", "lead"), ("市税务局", "responsible"),
        ("各县(市、区)人民政府", "responsible"), ("高新区管委会", "responsible")]


def test_traditional_items_with_a_town_among_the_units(write_doc):
    text = ("縣文明城市創建工作方案\n"
            "5、整治農貿市場周邊秩序,落實門前三包。(責任單位:縣市場監管局、縣城市管理局、城關鎮)\n"
            "6、開展文明交通勸導活動。(責任單位:縣公安局交警大隊)\n")
    out = read(write_doc, text)
    assert [m for m, _ in who(out, "整治農貿市場周邊秩序")] == ["縣市場監管局", "縣城市管理局", "城關鎮"]
    assert who(out, "開展文明交通勸導活動") == [("縣公安局交警大隊", "responsible")]



def _duties(text):
    lines = [(k, normalise(t)) for k, t in enumerate(text.splitlines(), 1)]
    return [(d.line, d.mention, d.role) for d in read_lines(lines, _KNOWN)]


_R = Resolver(load_lexicon())


def _KNOWN(name):
    return _R.knows(name, None)


def test_a_portal_byline_under_a_menu_word_is_no_duty():
    # a site's menu word (信息中心) alone on a line, then the page's byline: 发布日期 opens with
    # 发布 but is a field, not the duty of the unit named on the line before
    for byline in ("发布日期:2021-03-02 查看次数:2104 次", "发布时间：2019-05-08 浏览次数：316"):
        assert _duties("您当前的位置:首页 > 政策法规\n信息中心\n" + byline
                       + "\n关于印发某项工作方案的通知\n现印发给你们，请认真贯彻执行。\n") == []


def test_a_unit_alone_on_a_line_still_holds_the_duties_after_it():
    # the rule the byline is kept out of: 县政务服务中心 / 发布政务服务事项目录
    got = _duties("县政务服务中心\n发布政务服务事项目录和办事指南，受理企业和群众申请。\n")
    assert (2, "县政务服务中心", "responsible") in got
