"""`kg who` held-out rounds 111 and 112 (session 52, helper q62): the general faults behind their misses."""
import pytest

from kg.read.who import who_owns

from test_who import _built

FOREST_FIRES = {
    "fires.txt": """青川县人民政府办公室关于印发青川县处置山林火灾应急预案的通知

一、总则
本县的山林火灾扑救工作，由县、乡镇两级人民政府负责。

二、组织指挥体系
县人民政府森林防火指挥部负责统一组织、指挥和协调本县山林火灾的扑救工作，指挥部办公室负责山林火灾扑救的日常工作。
各乡镇人民政府要落实预防山林火灾的各项措施，组建半专业扑火队伍。
""",
}


@pytest.mark.parametrize("question, asks", [
    ("山林火灾的扑救归哪级政府负责", True),
    ("殡葬管理委员会由哪一级政府来建", True),
    ("白马湾开发项目归哪个政府负责", True),
    ("农村公路养护由哪一级政府的哪个部门负责", False),     # (a department of it)
    ("这事归哪级政府部门管", False),
    ("山林火灾扑救由谁负责", False),
])
def test_a_government_asked(question, asks):
    from kg.read.who import GOVERNMENT_ASKED_RE
    assert (GOVERNMENT_ASKED_RE.search(question) is not None) == asks


def test_which_government_answers_a_government_not_its_body(tmp_path_factory):
    """哪级政府 asks a government: the clause whose units are governments (由县、乡镇两级人民政府负责),
    not the one of a body the government set up (县人民政府森林防火指挥部), which has more of the
    question's words."""
    out = _built(tmp_path_factory, "fires", FOREST_FIRES)
    top = who_owns("青川县山林火灾扑救归哪级政府负责", out, limit=1)[0]
    assert "两级人民政府负责" in top.task_text, top.task_text


@pytest.mark.parametrize("name, levels", [     # (昭通的消防工作由哪个部门监督管理: its 市县两级应急管理部门
    # was read as a county's body, kept PLACE_NEAR for a city named, and the next clause of its sentence,
    # 并由本级消防救援机构负责实施, came first)
    ("市县两级应急管理部门", {"city", "county"}),
    ("省、市、县三级人民政府", {"province", "city", "county"}),
    ("县乡两级人民政府", {"county", "township"}),
    ("县应急管理局", {"county"}),
])
def test_a_body_named_for_the_levels_it_spans(name, levels):
    from kg.read.who import _unit_levels
    assert _unit_levels(name) == levels


SOCIETIES = {
    "societies.txt": """某省社会团体管理办法

第十条 县级以上人民政府民政部门是社会团体的登记管理机关，履行下列职责：
（一）负责社会团体年度检查、等级评估、信用信息管理等日常管理工作；
（二）每年对社会团体开展监督检查，依法查处社会团体违法行为。

第十一条 业务主管单位、登记管理部门和其他有关部门应当按照各自职责，共同做好促进社会团体发展、规范社会团体管理等工作。
""",
}


def test_an_annual_inspection_by_its_short_form(tmp_path_factory):
    """年检 is the short form of 年度检查 (kg/data/abbreviations.tsv, 年度检验 its other form): a question
    writing 年检 has the words of the full form (社会团体的年检 finds the item on the 年度检查; it found
    the clauses with more of the question's other words, 管理, 部门, in a larger set)."""
    from kg.read.build import load_index
    from kg.read.who import parse_question
    out = _built(tmp_path_factory, "societies", SOCIETIES)
    words, grams, _units = parse_question("社会团体的年检归哪个部门管", load_index(out))
    assert "年度检查" in words or {"年度", "检查"} <= set(words), (words, grams)
    top = who_owns("社会团体的年检归哪个部门管", out, limit=1)[0]
    assert "年度检查" in top.task_text, top.task_text
