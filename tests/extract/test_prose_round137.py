"""Duty clauses the eighteenth-round held-out texts of issue 12 (tests/govs/prose n504-n507: 滨州's
住宅物业管理条例, 贵州's 党政领导干部安全生产责任制实施细则, a city's 网格化服务管理规定, 商务部's
商业特许经营备案管理办法) showed missing or wrong (kg.extract.enrich.duties, kg.extract.actors).
The sentences are variants written for these tests, not the corpus text."""
from __future__ import annotations

from kg.extract.actors import actor_kind
from kg.extract.enrich.duties import read_duties, read_lines
from kg.text import normalise

from test_enrich_duties import known  # noqa: F401  (the lexicon's fixture)


def _names(text, known):
    return [d.mention for d in read_duties(normalise(text), 1, known)]


def _read(texts, known):
    return read_lines([(n, normalise(t)) for n, t in enumerate(texts, 1)], known)


def test_the_duties_of_a_bodys_post_are_no_bodys(known):
    # 第四条 X主要负责人安全生产职责主要包括： / （一）… : the duties of the body's head, a post (负责人
    # before a field and 职责 was read as the verb 负责, and the body took the heading and its items)
    got = _read(["第四条 各级政府主要负责人安全生产职责主要包括：",
                 "（一）认真贯彻执行上级关于安全生产的决策部署；",
                 "（二）把安全生产纳入政府常务会议内容，县级政府主要负责人每季度至少研究一次安全生产工作。"],
                known)
    assert [(d.line, d.mention) for d in got] == []
    # …a post written after the body in a heading of its own (分管领导, 班子成员), so too
    got = _read(["县应急管理局分管领导职责：", "（一）组织制定本系统应急预案；"], known)
    assert [(d.line, d.mention) for d in got] == []
    got = _read(["县交通运输局领导班子成员职责：", "（一）组织开展行业安全检查；"], known)
    assert [(d.line, d.mention) for d in got] == []
    # …a post before how often it acts (负责人每年…) is no verb either
    assert _names("县住房城乡建设局主要负责人每年至少组织一次专项检查。", known) == []
    # the body's own duties as before, and 负责 before 人口 is still the verb
    got = _read(["县应急管理局的职责主要包括：", "（一）组织制定本系统应急预案；"], known)
    assert [(d.line, d.mention) for d in got] == [(2, "县应急管理局")]
    assert _names("县卫生健康局负责人口监测工作。", known) == ["县卫生健康局"]


def test_an_organ_named_by_the_act_it_performs_for_a_trade(known):
    # A及B、C、D人民政府商务主管部门是…的备案机关 : the organ's competence, as X是…主管部门 (lost)
    assert _names("国务院商务主管部门及省、自治区、直辖市人民政府商务主管部门是直销企业的备案机关。",
                  known) == ["国务院商务主管部门", "省", "自治区", "直辖市人民政府商务主管部门"]
    assert _names("县市场监督管理局是本县个体工商户的登记机关。", known) == ["县市场监督管理局"]
    # …as before: the 登记管理机关 of a 社会团体
    assert _names("县民政局是本级人民政府的社会团体登记管理机关。", known) == ["县民政局"]


def test_a_body_dividing_its_area_after_a_manner(known):
    # X结合实际，科学合理划分网格，报Y审核 : 结合实际 (nothing between) a manner as 结合本地实际 is, 科学合理
    # how well, and dividing an area into grids a body's work (…划分网格 was read as a grid's name)
    assert _names("镇人民政府、街道办事处结合实际，科学合理划分网格，报县网格化服务管理机构审核。",
                  known) == ["镇人民政府", "街道办事处"]
    assert _names("县民政局结合实际，制定养老服务实施方案。", known) == ["县民政局"]
    assert _names("街道办事处科学划定社区责任区。", known) == ["街道办事处"]
    assert actor_kind("街道办事处划分网格") is None
    # …a grid, a planning branch and a division's record as before
    assert actor_kind("第三网格") == "grassroots"
    assert _names("县规划分局负责建设项目的规划审批。", known) == ["县规划分局"]
    assert _names("网格划分情况应当及时报送县民政局。", known) == []
