"""Jurisdictions: the gazetteer of divisions, inference per document, naming rules and
resolution within a document's jurisdiction (issue 10)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.text import normalise
from kg.model import Jurisdiction, Line
from kg.pipeline import build
from kg.resolve.divisions import NATIONAL, load_divisions
from kg.resolve.jurisdiction import infer, override
from kg.resolve.lexicon import load_lexicon
from kg.resolve.naming import canonical_body, expansions, is_standard_body
from kg.resolve.units import Resolver


def lines(text: str, name: str = "t.txt") -> list[Line]:
    return [Line(name, i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


# ---------------------------------------------------------------------------- gazetteer

def test_gazetteer_names_short_forms_and_parents():
    d = load_divisions()
    jx = d.get("330400")
    assert (jx.name, jx.level, jx.parent, jx.short) == ("嘉兴市", "prefecture", "330000", ("嘉兴",))
    assert [x.adcode for x in d.lookup("嘉兴")] == ["330400"]
    assert [x.adcode for x in d.lookup("咸安区")] == ["421202"]
    assert d.get("131028").short == ("大厂", "大厂县")          # 大厂回族自治县
    assert d.get("150000").short == ("内蒙古",) and d.get("130000").abbr == "冀"
    # a municipality's districts hang from the municipality itself
    assert d.get("110105").parent == "110000"


def test_gazetteer_reads_the_place_a_name_begins_with():
    d = load_divisions()
    assert d.read_prefix("鞍山市立山区人民政府") == (d.get("210304"), 6)
    assert d.read_prefix("浙江省嘉兴市发展和改革委员会")[0].adcode == "330400"
    # traditional script through the normalisation every line gets
    assert d.read_prefix(normalise("綿陽市人民政府"))[0].adcode == "510700"
    # a county name shared by several cities reads only with a parent or a context
    assert d.read_prefix("朝阳区人民政府") is None
    assert d.read_prefix("北京市朝阳区人民政府")[0].adcode == "110105"
    assert d.read_prefix("朝阳区人民政府", context=d.get("220100"))[0].adcode == "220104"
    # a county's short form alone is a word too often (平安, 新华): not read without context
    assert d.read_prefix("平安建设工作方案") is None
    # a city and a county of its own sharing the short form (南昌市, 南昌县): inside the
    # province the short form alone is the city's, inside the county the county's
    jx = d.get("360000")
    assert d.read_prefix("南昌铁路局", context=jx) == (d.get("360100"), 2)
    assert d.read_prefix("南昌县人民政府", context=jx)[0].adcode == "360121"
    assert d.read_prefix("南昌铁路局", context=d.get("360121"))[0].adcode == "360121"
    assert d.within(d.get("421202"), d.get("420000")) and d.within(d.get("421202"), NATIONAL)
    assert d.city_of(d.get("421088")).name == "监利市"        # a county-level city is its own 市
    assert d.city_of(d.get("421202")).name == "咸宁市"


# ---------------------------------------------------------------------------- inference

def test_issuer_title_and_signature():
    j = infer(lines("正文"), issuer="嘉兴市人民政府办公室", title="关于印发某方案的通知")
    assert (j.name, j.adcode, j.level, j.how) == ("嘉兴市", "330400", "prefecture", "issuer")
    j = infer(lines("正文"), title="2023年莲都区政府工作报告重点工作责任分解")
    assert (j.adcode, j.how) == ("331102", "title")
    j = infer(lines("各市（州）人民政府：\n现将方案印发给你们。\n四川省发展和改革委员会\n2022年10月18日\n方案"))
    assert (j.name, j.level, j.how) == ("四川省", "province", "signature")
    j = infer(lines("各省、自治区、直辖市人民政府：\n现印发给你们。\n国务院办公厅\n2020年11月1日"))
    assert (j.adcode, j.level, j.how) == ("100000", "national", "signature")
    j = infer(lines("各省、自治区财政厅：\n正文\n财政部\n2023年1月5日"))
    assert (j.adcode, j.how) == ("100000", "signature")
    # a national law's title, though its text names no 国务院 (各级人民政府…, 乡镇人民政府…)
    j = infer(lines("第一条 各级人民政府应当做好宣传工作。\n乡镇人民政府应当组织开展预防工作。"),
              title="中华人民共和国反某某法")
    assert (j.adcode, j.level, j.how) == ("100000", "national", "title")
    # …not a province's text implementing one
    j = infer(lines("正文"), title="浙江省实施《中华人民共和国反某某法》办法")
    assert j.name == "浙江省"


def test_a_regulation_is_its_adopting_congress_s_not_its_approver_s_nor_its_subject_s():
    def place(title, *adoption):
        j = infer(lines("\n".join((title,) + adoption + ("第一条 为了加强管理，制定本条例。",))),
                  title=title)
        return (j.name, j.adcode, j.how)
    approved = "2016年9月30日 河南省第十二届人民代表大会常务委员会第二十四次会议批准"
    # a city's regulation, approved by the province: the city's
    assert place("信阳市河道采砂管理条例",
                 "2019年8月29日 信阳市第五届人民代表大会常务委员会第十七次会议通过",
                 approved) == ("信阳市", "411500", "issuer")
    # the title names no government: the adopter's (the place it goes on to name is its subject)
    assert place("河南小秦岭国家级自然保护区条例",
                 "2018年8月28日 三门峡市第七届人民代表大会常务委员会第九次会议通过",
                 approved)[:2] == ("三门峡市", "411200")
    assert place("上海市浦东新区市场主体退出若干规定",
                 "2021年9月28日 上海市第十五届人民代表大会常务委员会第三十五次会议通过"
                 )[:2] == ("上海市", "310000")
    assert place("山东省东平湖保护条例", "2021年9月30日 山东省第十三届人民代表大会常务委员会"
                 "第三十次会议通过")[:2] == ("山东省", "370000")
    # abridged: 八届人大四次会议; an autonomous county's own 自治条例 under the province's name
    assert place("浙江省景宁畲族自治县自治条例", "1989年4月15日 景宁畲族自治县第二届人民代表大会"
                 "第四次会议通过", "1989年7月1日 浙江省第七届人民代表大会常务委员会第十次会议批准"
                 )[:2] == ("景宁畲族自治县", "331127")
    # a province's regulation written for one of its cities, named in full first: the city's
    assert place("温州市民间融资管理条例", "2013年11月22日 浙江省第十二届人民代表大会常务委员会"
                 "第六次会议通过")[:3] == ("温州市", "330300", "title")
    # ... but not a development zone, which has no government of its own
    assert place("郑州航空港经济综合实验区条例", "2020年11月28日 河南省第十三届人民代表大会"
                 "常务委员会第二十一次会议通过")[:2] == ("河南省", "410000")
    # a city since merged into another: kept by its name; the title's current place wins
    assert place("莱芜市钢结构建筑应用促进条例", "2017年10月31日 莱芜市第十八届人民代表大会"
                 "常务委员会第五次会议通过") == ("莱芜市", None, "issuer")
    assert place("济南市钢结构建筑应用促进条例", "2017年10月31日 莱芜市第十八届人民代表大会"
                 "常务委员会第五次会议通过")[:2] == ("济南市", "370100")
    # a line where the congress approves, or that writes only 市, does not settle it
    assert place("宁波杭州湾新区条例", "2014年12月26日 市十四届人大常委会第二十次会议通过",
                 "2015年3月27日 省十二届人大常委会第十八次会议批准")[:2] == ("宁波市", "330200")


def test_docnum_prefix_through_the_table_and_the_gazetteer():
    j = infer(lines("冀政办字〔2024〕3号\n各市人民政府：\n正文"))
    assert (j.name, j.how) == ("河北省", "docnum")
    # 鞍 -> 鞍山市, then 立 -> its county 立山区
    j = infer(lines("鞍立政发〔2023〕2号\n正文"))
    assert (j.adcode, j.how) == ("210304", "docnum")
    # 嘉 is 嘉兴 or 嘉峪关: the place names of the text settle it
    j = infer(lines("嘉政办发〔2023〕7号\n正文\n嘉兴银保监分局"))
    assert (j.adcode, j.how) == ("330400", "docnum")
    # 镇 begins 镇江市 and a dozen counties: only the text can tell, else nothing is read
    j = infer(lines("镇政发〔2024〕7号\n参照《汉中市人民政府工作规则》，镇巴县各乡镇"))
    assert (j.adcode, j.how) == ("610728", "docnum")
    assert infer(lines("镇政发〔2024〕7号\n正文")).adcode is None


def test_docnum_prefix_of_a_prefecture_and_its_own_counties_alone():
    # 揭 begins 揭阳市 and two of its own counties only: with no place named, the prefecture (the
    # prefix's second character naming one of them, that county); nothing was read before
    j = infer(lines("揭府办〔2024〕12号\n正文"))
    assert (j.name, j.how) == ("揭阳市", "docnum")
    assert infer(lines("揭西府办〔2024〕12号\n正文")).name == "揭西县"
    # 肇 begins 肇庆市 and counties of another province (肇东市, 肇源县): still nothing
    assert infer(lines("肇府办函〔2024〕5号\n正文")).adcode is None


def test_cited_numbers_and_words_that_contain_places_are_not_read():
    # a 文号 cited in the text is another government's; 结合…实际 names the document's own
    j = infer(lines("根据《昆明市人民政府关于印发若干政策措施的通知》（昆政发〔2016〕13号），"
                    "结合官渡区实际，特制定如下政策措施。\n1.精简审批。（区政务服务局牵头）"))
    assert (j.name, j.how) == ("官渡区", "text")
    # 海北 inside 镇海北仑, 康县 inside 健康县, 振兴 in 乡村振兴: words, not places
    assert infer(lines("江东江北镇海北仑合计新辟线路，创建健康县，推进乡村振兴示范村建设。"
                       "（区农业农村委）")).adcode is None


def test_a_pages_breadcrumb_and_byline_name_the_site_not_the_government():
    # a reprint on an association's site: its breadcrumb and byline name the site's town;
    # the document itself names only central bodies
    text = ("宜昌乡村发展研究会 > 资讯中心 > 政策速递\n"
            "发布时间:2021-3-2 来源:宜昌乡村发展研究会 作者:管理员\n"
            "（五）推进高标准农田建设。（农业农村部、国家发展改革委、财政部按职责分工负责）\n"
            "（六）加强种业振兴。（农业农村部牵头，国家林草局等按职责分工负责）")
    j = infer(lines(text), title="推进高标准农田建设")
    assert (j.adcode, j.level) == ("100000", "national")
    # a government's own site prints its own document: its byline's source is evidence
    j = infer(lines("发布时间：2021-04-01 来源：芜湖市人民政府 阅读次数：3\n一、任务（市财政局负责）"))
    assert j.adcode == "340200"


def test_a_decree_cited_by_its_number_names_no_national_body():
    # a township catalogue citing 国务院令第711号 as the basis of each row stays unknown
    text = ("序号 | 公开内容 | 公开依据 | 公开主体\n"
            "1 | 政府文件。 | 《政府信息公开条例》（国务院令第711号） | 镇人民政府\n"
            "2 | 镇人民政府工作报告全文。 | 《政府信息公开条例》（国务院令第711号） | 镇人民政府")
    assert infer(lines(text)).level != "national"


def test_addressees_and_units_give_the_level():
    j = infer(lines("各省、自治区、直辖市人民政府，国务院各部委：\n现印发给你们。"))
    assert (j.name, j.adcode, j.level, j.how) == ("中华人民共和国", "100000", "national", "addressee")
    # a city-level document naming no place: level known, government not, units stay local
    j = infer(lines("市直各单位：\n一、任务（责任单位：市财政局、市商务局）"))
    assert (j.name, j.adcode, j.level) == (None, None, "prefecture")


def test_text_place_names_and_unknown():
    j = infer(lines("序号 | 任务 | 责任单位 |\n1 | 扩大贷款 | 市金融办、人行嘉兴市中心支行 |"))
    assert (j.adcode, j.how) == ("330400", "text")
    # places in cited titles are other governments' documents, unless nothing else is named
    j = infer(lines("为贯彻落实《浙江省数字经济促进条例》《浙江省优化营商环境条例》，制定本方案。\n"
                    "1.扩大贷款。（人行嘉兴市中心支行）"))
    assert j.adcode == "330400"
    assert infer(lines("根据《江门市政府系统政务公开工作要点》，制定本方案。")).adcode == "440700"
    j = infer(lines("一、加强领导。\n二、狠抓落实。"))
    assert j == Jurisdiction(None, None, "unknown", "unknown")
    # a government's name the gazetteer lacks is kept by name
    j = infer(lines("正文"), issuer="某市人民政府办公室")
    assert (j.name, j.adcode) == ("某市", None)
    # a department's breakdown of its government's tasks opens with the government it speaks
    # to (对省政府…, 向市政府…): no place is named by the word before the level (govs31, ai01)
    j = infer(lines("各相关处室、直属单位：\n1.城镇登记失业率控制在4%。（就业处）"),
              title="对省政府2007年工作目标任务中涉及我厅目标任务分解落实方案")
    assert (j.name, j.adcode) == (None, None)
    assert infer(lines("正文"), title="向市政府报送的工作任务分解表").name is None
    assert infer(lines("正文"), title="某县政府工作报告任务分解").name == "某县"


def test_override_by_name_or_adcode():
    assert override("嘉兴市") == Jurisdiction("嘉兴市", "330400", "prefecture", "override")
    assert override("330400").name == "嘉兴市"
    assert override("某地").adcode is None


# ---------------------------------------------------------------------------- naming rules

@pytest.mark.parametrize("written, standard", [
    ("市发改委", "市发展和改革委员会"), ("市发展改革委", "市发展和改革委员会"),
    ("市人社局", "市人力资源和社会保障局"), ("市人力社保局", "市人力资源和社会保障局"),
    ("市场监管局", "市场监督管理局"), ("县住建局", "县住房和城乡建设局"),
    ("市住房城乡建设局", "市住房和城乡建设局"), ("区卫健委", "区卫生健康委员会"),
    ("市應急局", "市应急管理局"), ("市醫保局", "市医疗保障局"), ("市發改委", "市发展和改革委员会"),
    ("市委统战部", "市委统一战线工作部"), ("市政府办", "市人民政府办公室"),
])
def test_naming_rules(written, standard):
    assert canonical_body(written) == standard


def test_naming_keeps_different_bodies_apart_and_expands():
    assert canonical_body("区发改局") == "区发展和改革局"     # a county's 局 is not a city's 委
    assert canonical_body("市科经局") == "市科经局"            # unknown bodies are kept
    assert not is_standard_body("人行嘉兴市中心支行")
    assert expansions("发改委") == ["发改委", "发展和改革委员会", "发展改革委", "发展改革委员会",
                                   "发展与改革委员会"]
    assert expansions("某某") == ["某某"]


# ---------------------------------------------------------------------------- resolution

def test_scoped_resolution():
    r = Resolver(load_lexicon())
    jx = Jurisdiction("嘉兴市", "330400", "prefecture", "issuer")
    lf = Jurisdiction("廊坊市", "131000", "prefecture", "issuer")
    sc = Jurisdiction("四川省", "510000", "province", "signature")
    a = r.resolve("市发展改革委", jx)
    assert (a.name, a.adcode, a.resolved) == ("嘉兴市发展和改革委员会", "330400", True)
    assert r.resolve("市发改委", jx) is a                     # one body, one node per government
    b = r.resolve("市发展改革委", lf)
    assert b.unit_id != a.unit_id and b.name == "市发展和改革委员会" and b.adcode == "131000"
    # an explicit place wins
    assert r.resolve("廊坊市发改委", jx) is b
    assert r.resolve("浙江省发展改革委", jx).name == "浙江省发展和改革委员会"
    assert r.resolve("省发展改革委", sc).name == "四川省发展和改革委员会"
    assert r.resolve("商务厅", sc).name == "四川省商务厅"      # no prefix: the document's own
    assert r.resolve("市委改革办", jx).name == "中共嘉兴市委全面深化改革委员会办公室"
    assert r.resolve("国家发展改革委", jx).adcode == "100000"
    assert r.resolve("省市场监管局", sc).name == "四川省市场监督管理局"      # 省 + 市场监管局
    national = r.resolve("市场监管总局", jx)
    assert (national.name, national.adcode, national.kind) == ("国家市场监督管理总局", "100000",
                                                               "central")
    assert r.resolve("人民银行", sc).name == "中国人民银行"
    # a body named after a city in short form, the city sharing it with a county of its own
    # (南昌市, 南昌县): the city's, named as written, never the province's name before it
    jxs = Jurisdiction("江西省", "360000", "province", "docnum")
    fund = r.resolve("南昌住房公积金管理中心", jxs)
    assert (fund.name, fund.adcode) == ("南昌住房公积金管理中心", "360100")
    # (a railway bureau so named is the State's: tests/resolve/test_vertical_branches.py)
    assert r.resolve("南昌铁路局", jxs).adcode == "100000"
    assert r.resolve("省发改委", jxs).name == "江西省发展和改革委员会"
    # an organisation's own 办公室 is not another organisation's, even in the same city
    office1 = r.resolve("办公室", jx, scope="D1")
    assert office1.unit_id != r.resolve("办公室", jx, scope="D2").unit_id
    assert office1.jurisdiction == "嘉兴市"
    # 市 in a county-level document: its prefecture (or the county-level city itself)
    xa = Jurisdiction("咸安区", "421202", "county", "text")
    assert r.resolve("市生态环境局", xa).name == "咸宁市生态环境局"
    assert r.resolve("区发改局", xa).name == "咸安区发展和改革局"
    # a second name in brackets: the body named first
    assert r.resolve("区民政局(区委社会工委)", xa).name == "咸安区民政局"
    # 市 in a provincial document is every city: kept as written, in the province
    generic = r.resolve("市（州）人民政府", sc)
    assert (generic.name, generic.adcode, generic.resolved) == ("市（州）人民政府", "510000", False)


def test_a_body_named_by_its_function_is_its_government_s_department():
    # regulations name departments by what they do: 水行政主管部门, 市场监督管理部门, 公安机关
    r = Resolver(load_lexicon())
    xy = Jurisdiction("信阳市", "411500", "prefecture", "issuer")
    water = r.resolve("市水行政主管部门", xy)
    assert (water.name, water.adcode, water.resolved) == ("信阳市水行政主管部门", "411500", True)
    # 市人民政府水行政主管部门, and 市 of 市、县（区）人民政府水行政主管部门: the same department
    assert r.resolve("市人民政府水行政主管部门", xy) is water
    assert r.resolve("市", xy, lookup="市人民政府水行政主管部门") is water
    # without a prefix: the document's own government's (as 商务厅 in a 四川 document)
    law = r.resolve("城市管理综合执法部门", xy)
    assert (law.name, law.resolved) == ("信阳市城市管理综合执法部门", True)
    assert (r.resolve("公安机关", xy).name, r.resolve("公安机关", xy).resolved) == (
        "信阳市公安机关", True)
    assert r.resolve("财政部门", xy).name == "信阳市财政部门"        # a field before 部门
    # completed by the list it ends (市、县级市民政部门以及卫生健康部门): each level's, as completed
    assert r.resolve("卫生健康部门", xy, lookup="市卫生健康部门").name == "信阳市卫生健康部门"
    county = r.resolve("卫生健康部门", xy, lookup="各县级市卫生健康部门")
    assert (county.name, county.resolved) == ("各县级市卫生健康部门", False)
    # not a government's department: a kind of organisation, a set, several governments, a
    # role or relation (牵头部门, 上级主管部门)
    for name in ("医疗机构", "有关部门", "有关行政主管部门", "县级以上人民政府水行政主管部门",
                 "乡（镇）人民政府", "牵头部门", "主管部门", "上级主管部门", "其有关部门", "建设单位",
                 "上一级人民政府渔业行政主管部门", "综合部门", "主讲部门"):
        assert not r.resolve(name, xy).resolved, name


def test_the_city_of_a_municipality_s_own_document_is_the_municipality():
    r = Resolver(load_lexicon())
    sh = Jurisdiction("上海市", "310000", "province", "issuer")
    assert (r.resolve("市人民政府", sh).name, r.resolve("市人民政府", sh).resolved) == (
        "上海市人民政府", True)
    assert r.resolve("市发展改革委", sh).name == "上海市发展和改革委员会"
    assert r.resolve("市交通行政管理部门", sh).name == "上海市交通行政管理部门"
    # its districts are still a set, and a province's 市 still every city
    assert not r.resolve("区人民政府", sh).resolved
    # two levels joined (市和区县人民政府), a cut name (市或者工商行政管理部门), a description
    # (确定的监督管理部门) or a clause (…设立…机构): no one body, kept as written
    for name in ("市和区县人民政府", "市和区水务部门", "市或者工商行政管理部门", "确定的监督管理部门"):
        u = r.resolve(name, sh)
        assert (u.name, u.resolved) == (name, False), name
    assert not r.resolve("市人民政府设立古城保护管理机构", sh).resolved
    assert not r.resolve("市人民政府", Jurisdiction("河南省", "410000", "province", "issuer")).resolved


def test_a_place_of_a_list_before_a_department_is_that_place_s_department():
    # 闵行 of 浦东新区以及闵行、宝山等区交通行政管理部门, looked up as 闵行区交通行政管理部门
    r = Resolver(load_lexicon())
    sh = Jurisdiction("上海市", "310000", "province", "issuer")
    u = r.resolve("闵行", sh, lookup="闵行区交通行政管理部门")
    assert (u.name, u.adcode, u.resolved) == ("闵行区交通行政管理部门", "310112", True)
    assert r.resolve("闵行区交通行政管理部门", sh) is u
    # a place standing for its government is read as before (the lookup a government)
    assert r.resolve("闵行", sh, lookup="闵行区人民政府").name == "闵行区人民政府"
    # a sector word that is also a county's short name (公安 of 公安县), its lookup the sector's
    # department, is not read as that place's: the field of a list of departments, the
    # document's own department (units10)
    police = r.resolve("公安", sh, lookup="公安部门")
    assert (police.name, police.adcode) == ("上海市公安部门", "310000")


def test_units_of_real_regulations_resolve_to_the_government_they_name():
    # written names of the DLC regulations' duty clauses (units10; tests/govs/units-dlc)
    r = Resolver(load_lexicon())
    city = Jurisdiction("德州市", "371400", "prefecture", "issuer")
    prov = Jurisdiction("广东省", "440000", "province", "issuer")
    # the fields of a list of departments (发展改革、公安、…等部门): the city's departments
    for field in ("发展改革", "公安", "市场监督管理", "食品药品监管"):
        u = r.resolve(field, city, lookup=field + "部门")
        assert (u.name, u.resolved) == ("德州市" + field + "部门", True), field
    assert r.resolve("体育有关部门", city, lookup="体育部门").name == "德州市体育部门"
    assert r.resolve("综合行政执法部门", city).name == "德州市综合行政执法部门"
    # a place's name cut by the reader (上街区城市园 of 上街区城市园林绿化行政主管部门) is no field
    zz = Jurisdiction("郑州市", "410100", "prefecture", "issuer")
    assert not r.resolve("上街区城市园", zz, lookup="上街区城市园主管部门").resolved
    # 市 of 市、区（市）人民政府 (the lower level's variants before the head): the city
    assert r.resolve("市", city, lookup="市（市）人民政府").name == "德州市人民政府"
    assert r.resolve("市", city, lookup="市（市、区）人民政府").name == "德州市人民政府"
    # 市 of 市、县人民政府及其城乡规划主管部门: the city's department
    assert r.resolve("其城乡规划主管部门", city, lookup="市其城乡规划主管部门").name == \
        "德州市城乡规划主管部门"
    # several levels, the townships, a rank of departments: no one government's
    for name, where in (("县级以上人民政府", prov), ("县级以上人民政府", city), ("县区、镇（乡）人民政府", city),
                        ("地级以上市人民政府", prov), ("最低一级监管部门", prov), ("综合部门", city)):
        u = r.resolve(name, where)
        assert not u.resolved, name
    assert r.resolve("县级以上人民政府", prov).kind == "collective"
    assert not r.resolve("市", city, lookup="市镇（乡）人民政府").resolved
    # a province's own regulation: a body named by its function is every level's (the lowest
    # acting), its own written 省…; a body named as one (商务厅) is still the province's
    assert not r.resolve("市场监督管理部门", prov).resolved
    assert not r.resolve("财政", prov, lookup="财政部门").resolved
    assert r.resolve("省市场监督管理部门", prov).name == "广东省市场监督管理部门"
    assert r.resolve("商务厅", prov).name == "广东省商务厅"
    # the State Council's regulations likewise (同级建设、水利等部门 is each level's)
    nation = Jurisdiction("中华人民共和国", "100000", "national", "issuer")
    assert not r.resolve("水利", nation, lookup="水利部门").resolved
    assert r.resolve("国务院建设", nation, lookup="国务院建设部门").resolved


def test_place_after_a_level_word_owns_the_name_and_glosses_are_dropped():
    r = Resolver(load_lexicon())
    district = Jurisdiction("渝中区", "500103", "county", "issuer")
    # 市 + a district written in full (a name cut after its city): the district's office
    office = r.resolve("市渝中区人民政府办公室", district)
    assert (office.name, office.adcode) == ("渝中区人民政府办公室", "500103")
    assert r.resolve("市财政局", district).name == "重庆市财政局"     # 市 alone: the city
    # a pinyin gloss a mirror put inside a name is not part of the canonical name
    pref = Jurisdiction("黔东南苗族侗族自治州", "522600", "prefecture", "issuer")
    zone = r.resolve("黔東南經(jīng)開區(qū)管委會", pref)
    assert (zone.name, zone.kind, zone.adcode) == ("黔东南经开区管委会", "zone", "522600")
    assert r.resolve("区国资委", district).kind == "department"      # 国有资产监督管理委员会


def test_unknown_jurisdiction_stays_in_its_document():
    r = Resolver(load_lexicon())
    nowhere = Jurisdiction(None)
    a = r.resolve("市发展改革委", nowhere, scope="D1")
    b = r.resolve("市发展改革委", nowhere, scope="D2")
    lf = r.resolve("市发展改革委", Jurisdiction("廊坊市", "131000", "prefecture", "issuer"))
    assert len({a.unit_id, b.unit_id, lf.unit_id}) == 3
    assert not a.resolved and a.jurisdiction is None


JIAXING = ("嘉兴市人民政府办公室\n关于印发重点工作责任分解的通知\n嘉政办发〔2023〕7号\n\n"
           "1.地区生产总值增长6%左右。（责任单位：市发展改革委）\n"
           "2.城镇调查失业率控制在5%以内。（责任单位：市人力社保局）\n")
LANGFANG = ("廊坊市人民政府办公室\n关于印发某项工作实施方案的通知\n廊政办字〔2099〕1号\n\n"
            "1.固定资产投资增长10%。（责任单位：市发展改革委）\n")


def test_two_cities_two_nodes(write_doc, tmp_path):
    r = build([write_doc(JIAXING, "jx.txt"), write_doc(LANGFANG, "lf.txt")])
    places = {d.span.file: d.place for d in r.documents}
    assert places["jx.txt"].adcode == "330400" and places["jx.txt"].how == "issuer"
    assert places["lf.txt"].adcode == "131000"
    ndrc = {a.raw.mention.source.file: a.unit for a in r.assignments
            if a.raw.mention.text == "市发展改革委"}
    assert ndrc["jx.txt"].unit_id != ndrc["lf.txt"].unit_id
    assert ndrc["jx.txt"].name == "嘉兴市发展和改革委员会"
    # no unit of the 嘉兴 document is a Langfang unit
    assert all(a.unit.adcode == "330400" for a in r.assignments
               if a.raw.mention.source.file == "jx.txt")
    assert r.jurisdiction is None                                # two governments


def test_override_and_exports(write_doc, tmp_path):
    out = tmp_path / "out"
    src = write_doc("一、加强领导。（责任单位：市发改委、市财政局）\n", "plain.txt")
    res = CliRunner().invoke(app, ["build", str(src), "--out", str(out), "-q",
                                   "--jurisdiction", "嘉兴市"])
    assert res.exit_code == 0, res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["jurisdiction"] == "嘉兴市"
    assert report["documents"][0]["jurisdiction"] == {
        "name": "嘉兴市", "adcode": "330400", "level": "prefecture", "how": "override"}
    doc = json.loads((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert doc["jurisdiction"]["adcode"] == "330400"
    units = [json.loads(x) for x in (out / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(u["unit"], u["jurisdiction"], u["adcode"]) for u in units} == {
        ("嘉兴市发展和改革委员会", "嘉兴市", "330400"), ("嘉兴市财政局", "嘉兴市", "330400")}
    # without the override the document names no government: its units stay its own
    r = build([src])
    assert r.documents[0].place == Jurisdiction(None, None, "prefecture", "units")
    assert {(a.unit.name, a.unit.adcode, a.unit.resolved) for a in r.assignments} == {
        ("市发展和改革委员会", None, False), ("市财政局", None, False)}
    assert any(i.code == "E401" and "could not be read" in i.message for i in r.issues)


def test_docnum_prefix_settled_by_a_county_short_form_before_a_local_body():
    # 嘉 begins 嘉兴市, 嘉鱼县, 嘉善县…; a county-level text naming 嘉鱼高新区 / 嘉鱼分局 settles it
    j = infer(lines("嘉政办发〔2022〕3号\n各镇人民政府，县政府各部门：\n"
                    "一、任务（牵头单位：县商务局；责任单位：嘉鱼高新区）\n二、任务（责任单位：嘉鱼分局）"))
    assert (j.adcode, j.how) == ("421221", "docnum")
    # a short form in running text is not read (it is too often a word): nothing settles 嘉
    assert infer(lines("嘉政办发〔2022〕3号\n正文\n嘉鱼很多")).adcode is None


def test_the_police_is_no_county_by_its_short_form():
    # 公安 is 公安县's short form and the police's field: 长兴路公安分局, 公安派出所 are the police's
    # bodies, not 公安县's (tests/govs/prose n17, a district's news item naming no place)
    text = ("区长召开城区道路交通秩序综合治理工作会\n各镇(办)、区城管局、交警五大队、交运局、住建局、"
            "长兴路公安分局、公安派出所负责人参加会议。\n区城管局负责占道经营整治。")
    assert infer(lines(text)).adcode != "421022"



def test_a_city_writing_to_townships_is_a_county_level_city():
    # 市政府各部门 alone would say a prefecture; written beside 各乡镇 / 街道办事处 it is a county-level
    # city's own departments (a prefecture writes to its counties)
    text = ("各乡镇人民政府、街道办事处，市政府各部门：\n"
            "为加强我市物流工作，经研究，建立义乌市物流发展工作联席会议。\n"
            "一、完善物流网络。（责任单位：市商务局、市交通运输局）\n二、保障资金。（责任单位：市财政局）")
    j = infer(lines(text))
    assert (j.name, j.level) == ("义乌市", "county")
    # a prefecture's own addressees keep it a prefecture
    j = infer(lines("各县（市、区）人民政府，市政府各部门：\n为推进金华市、义乌市物流发展，"
                    "现将有关事项通知如下。\n一、市商务局负责组织实施。"))
    assert j.level == "prefecture" and j.name == "金华市"


def test_relative_names_join_their_place_without_a_doubled_level_or_head():
    r = Resolver(load_lexicon())
    sg = Jurisdiction("韶关市", "440200", "prefecture", "issuer")
    nx = Jurisdiction("宁夏回族自治区", "640000", "province", "issuer")
    # 市 + a body whose name starts like a word (市民, 市政): the level word is relative
    assert r.resolve("市民政局", sg).name == "韶关市民政局"
    assert r.resolve("市民族宗教事务局", sg).name == "韶关市民族宗教事务局"
    assert r.resolve("市民宗局", sg).name == "韶关市民族宗教事务局"
    assert r.resolve("市政务服务数据管理局", sg).name == "韶关市政务服务和数据管理局"
    # bodies named with the word itself keep it after the place
    assert r.resolve("市场监督管理局", sg).name == "韶关市市场监督管理局"
    assert r.resolve("市市场监管局", sg).name == "韶关市市场监督管理局"
    assert r.resolve("市政管理局", sg).name == "韶关市市政管理局"
    assert r.resolve("市民服务热线办公室", sg).name == "韶关市市民服务热线办公室"
    # a government's office written with part of its standard form (人民 + 政府办)
    assert r.resolve("市人民政府办", sg).name == "韶关市人民政府办公室"
    assert r.resolve("市政府办", sg).name == "韶关市人民政府办公室"
    assert canonical_body("县人民政府办") == "县人民政府办公室"
    assert canonical_body("人民政府办") == "人民政府办公室"
    # a body named without a level is the document's own government's, at its level
    assert r.resolve("联席会议办公室", nx).name == "宁夏回族自治区联席会议办公室"
    assert r.resolve("联席会议办公室", sg).name == "韶关市联席会议办公室"


def test_relative_city_of_a_text_about_a_county_level_city_is_that_city():
    # one line as a web page gives it: no signature line, no addressee line; 市X局 says 市
    reply = ("市财政局：《乐昌市财政局关于建立乐昌市某某工作联席会议制度的请示》收悉。市人民政府同意"
             "建立乐昌市某某工作联席会议制度。请按照市政府有关工作部署认真组织开展工作。"
             "乐昌市人民政府办公室 2022年3月1日 成员单位：市财政局、市民政局、市人力资源社会保障局、"
             "市农业农村局。"
             "韶关市有关部门给予指导。")
    j = infer(lines(reply))
    assert (j.name, j.level) == ("乐昌市", "county")
    # a prefecture writing to its counties about one of its county-level cities stays itself
    pref = "各县（市、区）人民政府，市直各单位：\n" + reply
    assert infer(lines(pref)).name == "韶关市"
    # without the city's own government named, the prefecture
    plain = reply.replace("乐昌市人民政府办公室", "")
    assert infer(lines(plain)).name == "韶关市"


def test_a_docnum_prefix_naming_a_city_wins_over_a_province_merely_mentioned():
    # 哈 begins 哈尔滨市 (黑龙江) and 哈密市 (新疆): the text names neither, only the province
    # whose documents it cites; the 文号's issuer is the city within it, not that province
    text = ("哈政办规〔2022〕7号\n各区、县（市）人民政府：\n"
            "根据《黑龙江省人民政府办公厅关于推进养老服务发展的实施意见》（黑政办规〔2020〕8号）精神，"
            "提出如下实施意见。\n一、优化审批。（牵头单位：市住建局、市民政局）")
    j = infer(lines(text))
    assert (j.name, j.adcode, j.how) == ("哈尔滨市", "230100", "docnum")
    # the same for another province: 嘉 in a text naming 浙江省 is 嘉兴市 (its county 嘉善县,
    # inside it, is no rival), not 嘉峪关市 or 嘉鱼县
    j = infer(lines("嘉政办发〔2023〕7号\n根据《浙江省人民政府关于加快发展的意见》精神，制定本方案。"))
    assert (j.name, j.how) == ("嘉兴市", "docnum")
    # 镇 begins 镇江市 (江苏) and a dozen counties elsewhere: in a text naming 江苏省, 镇江市
    j = infer(lines("镇政发〔2024〕7号\n根据《江苏省人民政府关于加快发展的意见》精神，制定本方案。"))
    assert (j.name, j.how) == ("镇江市", "docnum")
    # 白 in a text naming 吉林省 is 白山市 or 白城市, neither within the other: the 文号 settles
    # nothing, and the province named stays the answer
    j = infer(lines("白政发〔2024〕7号\n根据《吉林省人民政府关于加快发展的意见》精神，制定本方案。"))
    assert (j.name, j.how) == ("吉林省", "text")
