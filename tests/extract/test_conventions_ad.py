"""Conventions seen in the held-out set "ad" (a city's 2009 target list, a province's 2013
division of work, a district's 2011 实事 list, a province's 2008 division of work by leader and
lead department, a district's 2011 task list; from the ``pages`` corpus), each as a short
synthetic fixture with variants not in the collected files: 主办 written as a verb after the unit
(``（X主办，A、B协办）``, the main handler against those who assist), and a lead department's
heading (``（一）X牵头的工作``) over work that names only its helpers (``协同单位：…``) or over a
task line of its own."""
from test_conventions import read, who


def test_a_main_handler_verb_leads_and_the_assisting_units_support(write_doc):
    out = read(write_doc,
               "一、主要目标\n"
               "(一)税收收入增长10%左右。(市税务局主办,市财政局、审计局协办)\n"
               "(二)进出口总额增长6%。(市商务局负责)\n")
    assert who(out, "税收收入增长10%左右") == [("市税务局", "lead"), ("市财政局", "support"),
                                            ("审计局", "support")]
    assert who(out, "进出口总额增长6%") == [("市商务局", "responsible")]


def test_a_lead_department_heading_gives_its_unit_to_work_naming_only_helpers(write_doc):
    out = read(write_doc,
               "一、张某某县长负责的工作\n"
               "(一)县财政局牵头的工作\n"
               "1.深化预算管理制度改革。\n"
               "协同单位:县审计局和各乡镇人民政府。\n"
               "2.盘活存量资金。\n"
               "(二)县民政局牵头的工作\n"
               "做好困难群众基本生活保障工作。\n")
    # (the heading's unit is recorded after the helpers its line names)
    assert set(who(out, "深化预算管理制度改革")) == {("县财政局", "lead"), ("县审计局", "support"),
                                                 ("各乡镇人民政府", "support")}
    assert who(out, "盘活存量资金") == [("县财政局", "lead")]
    # the heading and its task line read as one item: the heading's unit leads it
    assert who(out, "做好困难群众基本生活保障工作") == [("县民政局", "lead")]
    # the leader's heading names a person: no unit anywhere from it
    assert all(u != "张某某县长" for t in ("深化预算管理制度改革", "盘活存量资金")
               for u, _ in who(out, t))


def test_a_helpers_line_under_no_lead_heading_stays_support_only(write_doc):
    # no heading names a unit: the helpers are all the text gives (no lead is invented)
    out = read(write_doc,
               "一、重点工作\n"
               "1.推进乡镇机构改革。\n"
               "协同单位:县编办、县人社局。\n")
    assert who(out, "推进乡镇机构改革") == [("县编办", "support"), ("县人社局", "support")]


def test_a_number_in_brackets_on_its_own_line_under_the_title(write_doc):
    # a law database prints the 文号 in brackets on the line under the title
    result, _, _ = read(write_doc,
                        "某省人民政府关于印发2008年省人民政府工作目标责任分解的通知\n"
                        "(某政发[2008]8号)\n"
                        "各市、县人民政府,省人民政府各委、厅:\n"
                        "现将2008年省人民政府工作目标责任分解安排如下:\n"
                        "1.全面加强审计工作。(省审计厅负责)\n")
    doc, = result.documents
    assert doc.number in ("某政发〔2008〕8号", "某政发[2008]8号")
    assert doc.issuer == "某省人民政府"
