"""Conventions seen in the collected set ll (the State Council's 抗震救灾 working groups of 2008,
会泽县's working groups in a yearbook's page text), as short written fixtures with variants not in
the files: a military region (``成都军区``) is a unit, so a group's ``由A牵头，B、C参加。`` line naming
one is still its annotation; a working group's paragraph that first names the post heading it
(``由<post>任组长，A牵头，B、C参与，…``) is read from the clauses after the post, also where the
page broke the paragraph into print lines inside a name; ``X、Y等各救援力量`` names X, Y and the
collective of rescue forces."""
from test_conventions import read, who

GROUPS = ("关于抗震救灾指挥部工作组组成的通知\n"
          "一、抢险救灾组\n负责搜索营救被困群众和受伤人员。\n"
          "由省军区牵头，省公安厅、省应急厅、武警总队、某某军区参加。\n"
          "二、群众生活组\n负责受灾群众的紧急安置。\n"
          "由省民政厅牵头，省财政厅、省商务厅参加。\n")


def test_a_military_region_is_a_unit_of_the_groups_line(write_doc):
    out = read(write_doc, GROUPS)
    assert who(out, "负责搜索营救被困群众") == [
        ("省军区", "lead"), ("省公安厅", "support"), ("省应急厅", "support"),
        ("武警总队", "support"), ("某某军区", "support")]
    assert who(out, "负责受灾群众的紧急安置") == [
        ("省民政厅", "lead"), ("省财政厅", "support"), ("省商务厅", "support")]


WORKING_GROUPS = ("现场指挥部工作组\n"
                  "（1）医疗救治组。\n"
                  "由县人民政府分管卫生的副县长任组长，县卫生健康局牵头，受灾乡（镇）卫生院及时收治伤员，"
                  "全力救治伤员。\n"
                  "（2）治安维稳组。\n"
                  "由县人民政府副县长、公安局局长任组长，县公安局牵头、武警中队、信访\n\n"
                  "局、司法局参与，严厉打击盗窃、哄抢救灾物资等违法行为。\n"
                  "（3）交通保障组。\n"
                  "由副县长任组长，负责抢修道路。\n")


def test_a_working_groups_post_is_left_out_and_its_units_read(write_doc):
    out = read(write_doc, WORKING_GROUPS)
    # (the clause after the lead's, 受灾乡（镇）卫生院及时收治…, is work, not a role: the lead alone)
    assert who(out, "全力救治伤员") == [("县卫生健康局", "lead")]


def test_the_groups_clauses_run_on_over_a_print_line_break(write_doc):
    out = read(write_doc, WORKING_GROUPS)
    assert who(out, "严厉打击盗窃") == [
        ("县公安局", "lead"), ("武警中队", "support"), ("信访局", "support"), ("司法局", "support")]


def test_a_post_alone_names_no_unit(write_doc):
    out = read(write_doc, WORKING_GROUPS)
    assert who(out, "负责抢修道路") == []


def test_a_list_closed_by_every_rescue_force(write_doc):
    out = read(write_doc, "某县抗震救灾工作要点\n"
                          "1.搭建帐篷和活动板房。（县人武部、县消防救援大队等各救援力量负责）\n"
                          "2.保障救灾物资供应。（县商务局负责）\n")
    assert who(out, "搭建帐篷和活动板房") == [
        ("县人武部", "responsible"), ("县消防救援大队", "responsible"), ("各救援力量", "responsible")]


PREVIEW = ("某镇工作方案.doc\n"
           "1、某镇禁毒工作方案 为切实做好禁毒工作，结合我镇实际，特制定本方案。一、工作目标 毒品问题得到有效遏制，"
           "群众禁毒意识明显增强，全镇无新增吸毒人员。二、工作职责 各村（居）委会要在镇政府的统一领导下，"
           "各司其职，共同做好禁毒工作。派出所：配合有关部门开展禁毒宣传；依法查处吸毒贩毒行为。"
           "三、工作要求 各村要加强领导，落实责任。\n")


def test_a_previews_run_on_sections_and_a_doers_item_glued_after_a_sentence(write_doc):
    out = read(write_doc, PREVIEW)
    # the heading's words and the space that was its line break part the sections; the item
    # headed by its doer and a colon is a task of its own, 派出所 assisting 有关部门
    assert who(out, "派出所：配合有关部门开展禁毒宣传") == [("派出所", "support"), ("有关部门", "responsible")]
    # the next section's heading ends the item: its sentence is no work of 派出所
    assert who(out, "各村要加强领导") == []
