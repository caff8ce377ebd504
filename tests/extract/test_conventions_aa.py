"""Conventions seen in the held-out set "aa" (a province's 工作要点 rendered by a web page, a
State Council 若干措施 and a general office's 实施意见 run together on one line, from GitHub
repositories), each as a short synthetic fixture with variants not in the collected files:
a manner phrase before the verb of a collective (``各地级以上市人民政府结合实际落实``) and a
scope field beside the units (``（负责部门：A、B；适用范围：…）``) that names where a measure
applies, not who carries it out."""
from test_conventions import read, who

from kg.extract.annotations import parse_annotation, split_verb


def test_a_manner_phrase_before_the_verb_is_no_part_of_the_name():
    assert split_verb("各地级以上市人民政府结合实际落实") == ("各地级以上市人民政府", "responsible")
    assert split_verb("各县（市、区）结合本地实际抓好落实") == ("各县（市、区）", "responsible")
    assert split_verb("各区政府结合实际负责") == ("各区政府", "responsible")


def test_a_collective_implementing_after_the_departments_is_responsible(write_doc):
    out = read(write_doc,
               "3. 推进数字乡村建设\n"
               "开展数字乡村试点，建设一批数字乡村示范镇。\n"
               "责任单位：省农业农村厅牵头，省委网信办按职责分工负责，各地级以上市人民政府结合实际落实\n"
               "4. 完善农村物流网络\n"
               "推动快递进村，建设县级物流配送中心。\n"
               "责任单位：省交通运输厅、商务厅按职责分工负责，各县（市、区）结合本地实际抓好落实\n")
    assert who(out, "开展数字乡村试点") == [("省农业农村厅", "lead"), ("省委网信办", "responsible"),
                                          ("各地级以上市人民政府", "responsible")]
    assert who(out, "推动快递进村") == [("省交通运输厅", "responsible"), ("商务厅", "responsible"),
                                        ("各县（市、区）", "responsible")]


def test_a_scope_field_names_no_unit():
    p = parse_annotation("负责部门：商务部、海关总署；适用范围：所有自贸试验区，"
                         "以下除标注适用于特定试验区的措施外，适用范围均为所有自贸试验区")
    assert [(u.mention, u.role) for u in p.units] == [("商务部", "responsible"),
                                                      ("海关总署", "responsible")]
    assert not p.unknown_labels and not p.leftover
    p = parse_annotation("负责部门：民航局、邮政局，适用范围：陕西自贸试验区")
    assert [u.mention for u in p.units] == ["民航局", "邮政局"]
    assert not p.unknown_labels and not p.leftover
    # a unit label after the scope field is read again
    p = parse_annotation("适用范围：全省各开发区；责任单位：省商务厅")
    assert [u.mention for u in p.units] == ["省商务厅"]


def test_standalone_responsible_department_lines_with_a_scope(write_doc):
    result, *_ = out = read(write_doc,
               "（一）在试验区开展跨境电商零售进口试点。\n"
               "（负责部门：商务部、海关总署、财政部；适用范围：所有自贸试验区）\n"
               "（二）支持试验区设立进口药品口岸。\n"
               "（负责部门：药监局，适用范围：重庆自贸试验区）\n")
    assert who(out, "在试验区开展跨境电商零售进口试点") == [
        ("商务部", "responsible"), ("海关总署", "responsible"), ("财政部", "responsible")]
    assert who(out, "支持试验区设立进口药品口岸") == [("药监局", "responsible")]
    assert not [i for i in result.issues if "适用范围" in i.message]


def _prose_units(result):
    return sorted({a.raw.mention.text for a in result.assignments if a.raw.via == "prose"})


def test_a_change_from_a_to_b_names_no_agent(write_doc):
    # 由A扩展至B / 由A调整为B: 由 marks where a change starts, not who does it
    result, *_ = read(write_doc,
                      "（五）扩大见习补贴范围。\n"
                      "将见习补贴范围由离校未就业高校毕业生扩展至16—24岁失业青年。\n"
                      "（六）调整补贴标准。\n"
                      "将补贴标准由每人每月500元调整为800元，由县人力资源社会保障局负责发放。\n")
    assert _prose_units(result) == ["县人力资源社会保障局"]
