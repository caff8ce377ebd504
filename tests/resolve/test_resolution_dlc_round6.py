"""Written names of regulations found on the web (units15, round 6 of tests/govs/units-dlc): the
forms its excerpts lost, each with the form that must not change with it. The names are variants
written for these tests."""
from __future__ import annotations

from kg.extract import actors
from kg.extract.enrich.duties import read_lines
from kg.model import Line
from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import Jurisdiction, infer, place_of_org
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import normalise

CQ = ("重庆市", "500000", "province")
SD = ("山东省", "370000", "province")
HB = ("河北省", "130000", "province")
LS = ("凉山彝族自治州", "513400", "prefecture")
LP = ("六盘水市", "520200", "prefecture")
YZ = ("扬州市", "321000", "prefecture")
QN = ("黔南布依族苗族自治州", "522700", "prefecture")


def _resolved(text, place, adcode, level):
    """(mention, unit, resolved) of each duty's unit, read as the pipeline reads a document of
    that place (its level and adcode given to the reader)."""
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    j = Jurisdiction(place, adcode, level, "issuer")
    out = []
    for d in read_lines([(1, normalise(text))], r.knower(place), level, adcode):
        u = r.resolve(d.mention, j, lookup=d.lookup)
        out.append((d.mention, u.name, u.resolved))
    return out


def _lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_the_government_where_a_thing_lies_is_no_one_government():
    # 所在区人民政府: the district where the quarry lies, none named (was 重庆市所在区人民政府, resolved)
    got = _resolved("采石场的关闭由所在区人民政府负责。", *CQ)
    assert got == [("所在区人民政府", "所在区人民政府", False)]
    # the levels named stay each level's
    got = _resolved("小水泥厂的关闭按照权限分别由市、区人民政府负责。", *CQ)
    assert ("市", "重庆市人民政府", True) in got and ("区人民政府", "各区人民政府", False) in got


def test_an_autonomous_prefecture_writes_its_own_level_in_full_before_the_counties():
    # 自治州、县（市）人民政府: the prefecture's government and the counties' (read as no duty before)
    got = _resolved("自治州、县(市)人民政府统一领导本行政区域内城市市容和环境卫生工作。", *LS)
    assert got == [("自治州", "凉山彝族自治州人民政府", True), ("县（市）人民政府", "各县（市）人民政府", False)]
    got = _resolved("自治州、县(市)人民政府住房城乡建设主管部门负责本行政区域内的监督工作。", *LS)
    assert [(n, ok) for _m, n, ok in got] == [("凉山彝族自治州住房城乡建设主管部门", True),
                                             ("各县（市）人民政府住房城乡建设主管部门", False)]
    # its own level alone and the two words joined by 和 are read as before
    got = _resolved("自治州人民政府应当加强领导。", *QN)
    assert got == [("自治州人民政府", "黔南布依族苗族自治州人民政府", True)]


def test_a_body_the_documents_own_government_empowers_is_that_governments():
    # 省政府授权的X / 省人民政府设立的X in a province's text: the province's X (was the bare X, unresolved)
    for text in ("省政府授权的盐业主管机构负责碘盐市场供应的监督管理工作。",
                 "省人民政府设立的盐业主管机构负责碘盐市场供应的监督管理工作。"):
        assert _resolved(text, *SD) == [("盐业主管机构", "山东省盐业主管机构", True)]
    # the bare name in a province's text is every level's, as before
    assert _resolved("盐业主管机构负责碘盐市场供应的监督管理工作。", *SD) == [("盐业主管机构", "盐业主管机构", False)]


def test_a_mirrors_pinyin_glosses_inside_words_are_read_as_if_absent():
    # 部門（mén）負（fù）責（zé）: the gloss split the verb (no duty was read)
    text = "第一條 市人民政府土地行政主管部門(mén)負(fù)責(zé)全市建設(shè)用地管理工作。"
    assert [(n, ok) for _m, n, ok in _resolved(text, *LP)] == [("六盘水市土地行政主管部门", True)]
    # (the glosses no longer hide 负责人 of a news report: the person who spoke holds no duty)
    assert _resolved("據(jù)鄭州市督查室負(fù)責(zé)人介紹,這也是首次公布。", "郑州市", "410100", "prefecture") == []
    assert _resolved("市督查室负责人口普查工作。", "郑州市", "410100", "prefecture") != []
    # a glossed place in a title or an issuer line is the place (the document had no place)
    div = load_divisions()
    assert place_of_org("貴州省六盤(pán)水市人民政府", div).name == "六盘水市"
    j = infer(_lines("貴州省六盤(pán)水市人民政府\n關(guān)于印發(fā)若干規(guī)定的通知\n第一條 市人民政府負責。"),
              title="關(guān)于印發(fā)六盤(pán)水市建設(shè)用地管理若干規(guī)定的通知")
    assert j.name == "六盘水市"


def test_a_sub_districts_office_after_the_townships_governments_is_the_sub_districts():
    # 乡镇人民政府、街道办事处: two levels' bodies (was 乡镇街道办事处)
    got = _resolved("乡镇人民政府、街道办事处按照各自职责做好辖区内的扬尘污染防治工作。", *YZ)
    assert [n for _m, n, _ok in got] == ["乡镇人民政府", "街道办事处"]
    # what qualifies the townships but their level word stays with the office (was 各乡镇街道办事处)
    got = _resolved("各乡镇人民政府、街道办事处负责辖区内的工作。", *YZ)
    assert [n for _m, n, _ok in got] == ["各乡镇人民政府", "各街道办事处"]
    # a place's second body is still that place's
    got = _resolved("各县（市、区）党委和人民政府负责辖区内的工作。", *YZ)
    assert [n for _m, n, _ok in got] == ["各县（市、区）党委", "各县（市、区）人民政府"]


def test_the_heads_before_etc_share_its_department_not_the_body_joined_after():
    # 发展改革、财政等部门和有关军事机关: 发展改革部门 (was 发展改革机关)
    got = _resolved("发展改革、财政、公安等部门和有关军事机关应当按各自职责,做好相关工作。", *HB)
    assert [n for _m, n, _ok in got] == ["发展改革部门", "财政部门", "公安部门", "有关军事机关"]
    got = _resolved("发展改革、财政等部门应当按各自职责,做好相关工作。", *HB)
    assert [n for _m, n, _ok in got] == ["发展改革部门", "财政部门"]


def test_a_notice_to_every_provinces_department_is_the_states():
    # 各省（自治区）交通局、北京市交通局…: the places named are addressees (was 北京市)
    j = infer(_lines("交通部\n各省(自治区)交通局、北京市交通局、上海市城建局:\n现将办法印发给你们。"),
              title="关于颁发《公路工程标准设计管理办法》(试行)的通知")
    assert j.level == "national"
    # a city writing to its counties is still the city
    j = infer(_lines("各县(市、区)人民政府,市政府各部门:\n现将办法印发给你们。\n扬州市人民政府"),
              title="关于印发某办法的通知")
    assert j.name == "扬州市"
