"""Placement errors found on the third unseen round of real document openings
(tests/govs/places pl61-pl90, helper jj41): the supreme court's and procuratorate's documents
placed in 新疆 by an addressee (its 兵团's procuratorate), a 政协 named with a variant character
of 陕, a town's plan placed in its province though its portal's 索引号 carries its county's code,
and a law database's 制定机关 field left unread."""
from __future__ import annotations

from kg.model import Line
from kg.resolve.divisions import NATIONAL, load_divisions
from kg.resolve.jurisdiction import infer, place_of_org
from kg.text import normalise


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_the_supreme_court_and_procuratorate_are_the_state_s():
    div = load_divisions()
    assert place_of_org("最高人民检察院", div) is NATIONAL
    assert place_of_org("最高人民法院", div) is NATIONAL
    assert place_of_org("最高人民法院关于审理案件的解释", div, title=True) is NATIONAL
    # a province's high court is the province's
    assert place_of_org("浙江省高级人民法院", div).adcode == "330000"
    text = ("• 法律圖書館\n• 新法規速遞\n• 關于印發《若干意見》的通知\n1. 【頒布時間】2024-7-4\n"
            "2. 【標題】關于印發《若干意見》的通知\n3. 【發文號】\n4. 【失效時間】\n5. 【頒布單位】最高人民檢察院\n"
            "6. 【法規來源】https://example.com/x.html\n7. 【法規全文】\n關于印發《若干意見》的通知\n"
            "最高人民檢察院\n各省、自治區、直轄市人民檢察院，解放軍軍事檢察院，新疆生產建設兵團人民檢察院：\n"
            "《若干意見》已經審議通過，現印發給你們。\n最高人民檢察院\n2024年7月4日")
    j = infer(lines(text), title="關于印發《若干意見》的通知", div=div)
    assert j.adcode == "100000", j     # not 新疆 (the 兵团's procuratorate, an addressee)


def test_a_variant_character_of_a_province_s_name_is_read():
    assert normalise("政協陜西省委員會辦公廳") == "政协陕西省委员会办公厅"
    div = load_divisions()
    text = "省政協委員：\n請提出意見。\n政協陜西省委員會辦公廳\n2024年7月1日"
    j = infer(lines(text), title="省政協委員：", div=div)
    assert j.adcode == "610000", j


def test_a_portal_s_index_number_refines_the_place_the_text_gives():
    div = load_divisions()
    text = ("- 索 引 号:4311230009/2016-00065 分 类:\n何家洞镇突发事件总体应急预案\n1 总则\n"
            "促进我镇社会经济可持续发展，结合我镇实际，特制定本预案。\n"
            "本预案以《中华人民共和国突发事件应对法》和湖南省人民政府办公厅有关通知的精神为依据。")
    j = infer(lines(text), title="何家洞镇突发事件总体应急预案", div=div)
    assert (j.adcode, j.how) == ("431123", "text"), j     # 双牌县, within 湖南省
    # an index number of another province's county does not move the text's place
    other = text.replace("4311230009", "3301020009")
    assert infer(lines(other), title="何家洞镇突发事件总体应急预案", div=div).adcode == "430000"
    # a social credit code or a serial is no adcode
    serial = text.replace("4311230009/2016-00065", "001008003001086/2020-42401")
    assert infer(lines(serial), title="何家洞镇突发事件总体应急预案", div=div).adcode == "430000"


def test_a_law_database_s_issuing_body_field_is_the_issuer():
    div = load_divisions()
    text = ("公开选拔党政领导干部工作暂行规定\n文章属性\n•【制定机关】中共中央办公厅\n•【公布日期】2004.04.08\n"
            "•【文号】\n正文\n第一条为进一步规范和完善公开选拔党政领导干部工作，制定本规定。")
    j = infer(lines(text), title="公开选拔党政领导干部工作暂行规定", div=div)
    assert j.adcode == "100000", j
    text2 = "某某办法\n【颁布单位】鞍山市人民政府\n第一条 为了加强管理，制定本办法。"
    assert infer(lines(text2), title="某某办法", div=div).adcode == "210300"
