"""A Party committee's departments and bodies named as local documents name them (session 40,
the lead; found in prose n435 and by reading which collected units were placed in the State):
a name ending in 部 or 总局 is a ministry only when nothing in it says otherwise. The names are
variants written for these tests."""
from __future__ import annotations

from kg.resolve.jurisdiction import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver

TQ = Jurisdiction("突泉县", "152224", "county", "issuer")


def _unit(name, j=TQ):
    u = Resolver(load_lexicon()).resolve(name, j)
    return u.name, u.kind, u.jurisdiction


def test_a_party_committee_department_is_the_local_committee_s_not_a_ministry():
    # was 县委宣传部, kind central, in 中华人民共和国 (read as a ministry by its ending 部)
    assert _unit("县委宣传部") == ("中共突泉县委宣传部", "department", "突泉县")
    assert _unit("县委组织部")[2] == "突泉县"
    assert _unit("中共突泉县委员会宣传部")[2] == "突泉县"
    # a bare party department in a county's text is no ministry either (kept as written)
    assert _unit("宣传部")[1] != "central"


def test_a_local_body_ending_in_bu_or_zongju_is_its_government_s():
    # a headquarters (指挥部) and a province's bureau (省农垦总局) were read as State bodies
    assert _unit("县抗震救灾指挥部")[2] == "突泉县"
    hlj = Jurisdiction("黑龙江省", "230000", "province", "issuer")
    assert _unit("省农垦总局", hlj)[2] == "黑龙江省"


def test_ministries_and_state_administrations_stay_national():
    for name in ("教育部", "自然资源部", "市场监管总局", "海关总署"):
        assert _unit(name)[1] == "central", name


def test_the_committee_s_full_name_and_its_short_form_are_one_body():
    # 中共突泉县委员会 before one of its bodies, or alone, is 中共突泉县委 (two units before)
    assert _unit("中共突泉县委员会宣传部")[0] == _unit("县委宣传部")[0]
    assert _unit("中共突泉县委员会")[0] == _unit("县委")[0] == "中共突泉县委"
    # 编委 is the committee's 机构编制委员会, as 编办 is its office (a naming rule)
    assert _unit("县委编委")[0] == _unit("中共突泉县委员会机构编制委员会")[0] \
        == "中共突泉县委机构编制委员会"
    assert _unit("县委编办")[0] == _unit("中共突泉县委员会机构编制委员会办公室")[0]


def test_the_committee_s_full_name_before_its_organ_is_one_name():
    # was split in two units, 中共突泉县委员会 and a bare 宣传部
    from kg.extract.unitnames import split_run
    assert split_run("中共突泉县委员会宣传部") == ["中共突泉县委员会宣传部"]
    # two bodies fused in a cell are still two (the government is no organ of the committee)
    assert split_run("中共突泉县委员会突泉县人民政府") == ["中共突泉县委员会", "突泉县人民政府"]
