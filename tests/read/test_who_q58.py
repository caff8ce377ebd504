"""`kg who` held-out rounds 103 and 104 (session 50, helper q58): the general faults behind their misses."""
import pytest

from kg.read.who import who_owns

from test_who import _built

PARKS = {
    "parks.txt": """某某市公园管理办法

第一条 为了加强公园的建设和管理，制定本办法。

第五条 市城乡建设行政主管部门是本市公园行政主管部门，负责公园的行业管理、业务指导和监督检查。

第六条 区人民政府公园行政主管部门负责区属公园的监督管理。

第七条 市规划、财政、公安、林业、环境保护、城管执法等行政部门，按照各自职责，共同做好公园监督管理工作。

第八条 公园管理机构负责公园的日常管理工作。未设立管理机构的，由公园业主单位负责日常管理工作。
""",
    "dogs.txt": """某某市养犬管理规定

第三条 市公安机关是本市养犬管理的主管部门，负责养犬登记和监督管理工作。

第四条 市农业农村主管部门负责犬只防疫的监督管理工作。

第五条 市城市管理主管部门负责查处违法养犬影响市容环境卫生的行为。

第六条 街道办事处、乡镇人民政府负责辖区内养犬的宣传教育工作。
""",
    "water.txt": """某某市城市供水管理条例

第四条 市水务主管部门负责本市城市供水的监督管理工作。

第五条 市卫生健康主管部门负责城市供水水质的卫生监督工作。

第六条 供水企业负责供水设施的日常维护和管理。

第七条 市住房和城乡建设主管部门负责二次供水设施建设的监督管理。
""",
}


@pytest.mark.parametrize("text, named", [
    # the subject's name and the name its copula designates: 主管 written once as the word asked
    ("市城乡建设行政主管部门是本市公园行政主管部门，负责公园的行业管理", 1),
    ("县林业局为本县林业主管部门", 0),
    ("济南市文化局是本市文化市场的主管部门", 0),
    # names only
    ("城乡规划主管部门负责城市规划的实施", 1),
    ("由省盐业主管机构审定", 1),
    ("教育行政主管部门会同卫生行政主管部门制定", 2),
])
def test_a_name_a_copula_designates_writes_the_owner_asked(text, named):
    from kg.read.who import _named_owners
    assert _named_owners(text) == named


def test_the_body_designated_in_charge_answers_who_is(tmp_path_factory):
    """Round 104: 淮南的公园归哪个部门管 asks who is in charge (主管). The rules' 市城乡建设行政主管部门是本市
    公园行政主管部门，负责… writes 主管 in the name its copula designates, read as a body's name only
    (NAMED_OWNER_RE) like the subject's: the clause lost the word asked and ranked third, behind the
    departments' 共同做好…监督管理 and the park's own 日常管理 (each credited 主管 for 负责…管理)."""
    out = _built(tmp_path_factory, "parks", PARKS)
    top = who_owns("公园归哪个部门管", out, limit=1)[0]
    assert top.task_text.startswith("市城乡建设行政主管部门是本市公园行政主管部门"), top.task_text


RUBBISH = {
    "rubbish.txt": """洛阳市农村生活垃圾治理条例

第一条 为了加强农村生活垃圾治理，改善农村人居环境，制定本条例。

第五条 市人民政府应当统筹协调全市农村生活垃圾治理工作，将农村生活垃圾治理纳入国民经济和社会发展规划。

第六条 市人民政府住房和城乡建设主管部门负责农村生活垃圾治理的综合协调、督促指导和监督管理工作。

第七条 县（区）人民政府农村生活垃圾治理主管部门负责本行政区域内农村生活垃圾清扫、分类、投放、收集、运输、处置的组织实施和监督管理等工作。

第八条 乡镇人民政府负责本辖区内农村生活垃圾治理的具体工作。
""",
    "parks.txt": PARKS["parks.txt"],
    "dogs.txt": PARKS["dogs.txt"],
}


def test_a_city_named_asks_its_own_bodies(tmp_path_factory):
    """Round 104: 濮阳农村生活垃圾治理归哪个局管 names the city and no lower level: the city's own
    body answers (市人民政府住房和城乡建设主管部门负责…的综合协调、督促指导和监督管理), not the clause of its
    text on what its counties' bodies do (县（区）人民政府…主管部门负责本行政区域内…), which ranked first on
    the words its body's name holds. A county asked (各县, 县里) or written (县级市) keeps them."""
    out = _built(tmp_path_factory, "rubbish", RUBBISH)
    top = who_owns("洛阳农村生活垃圾治理归哪个局管", out, limit=1)[0]
    assert top.task_text.startswith("市人民政府住房和城乡建设主管部门"), top.task_text
    top = who_owns("洛阳各县的农村生活垃圾治理归哪个局管", out, limit=1)[0]
    assert top.task_text.startswith("县（区）人民政府"), top.task_text


SCHOOLS = {
    "schools.txt": """某某省学校安全条例

第一条 为了保障学校安全，维护学校正常教育教学秩序，制定本条例。

第五条 县级以上人民政府负责本行政区域内的学校安全工作，建立工作协调机制，统筹解决学校安全工作中的重大问题。

第六条 县级以上人民政府应当将学校安全工作经费列入本级财政预算，保障学校安全工作的开展。

第七条 县级以上人民政府教育行政部门统筹管理本行政区域内的学校安全工作，对学校安全工作进行监督、检查和指导。

第八条 乡镇人民政府、街道办事处应当依法履行学校安全工作职责。
""",
    "parks.txt": PARKS["parks.txt"],
    "dogs.txt": PARKS["dogs.txt"],
    "water.txt": PARKS["water.txt"],
}


def test_who_is_responsible_asks_the_clause_charging_it(tmp_path_factory):
    """Round 103: 山东中小学校园安全由哪一级政府负责 asks who 负责 the matter: the clause whose unit 负责
    it (县级以上人民政府负责本行政区域内的学校安全工作…) answers, not the same unit's shorter clause on
    funding it (…应当将学校安全工作经费列入本级财政预算), which ranked first on its length
    (RESPONSIBLE_ASKED_RE, RESPONSIBLE_FACTOR)."""
    from kg.read.who import RESPONSIBLE_ASKED_RE
    assert RESPONSIBLE_ASKED_RE.search("学校安全由哪一级政府负责")
    assert RESPONSIBLE_ASKED_RE.search("地名管理工作国务院哪些部门负责")
    assert not RESPONSIBLE_ASKED_RE.search("教育部门负责什么")
    out = _built(tmp_path_factory, "schools", SCHOOLS)
    top = who_owns("学校安全由哪一级政府负责", out, limit=1)[0]
    assert top.task_text.startswith("县级以上人民政府负责本行政区域内的学校安全工作"), top.task_text
