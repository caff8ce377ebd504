"""Written names of units-dlc round 9 (ud41): 省辖市 as a level word, 国家安全机关 in a list, bodies along
a line (铁路沿线…), a government's working departments concerned (有关工作部门), each with the form that must
not change with it. The names are variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

from kg.extract import actors
from kg.resolve.jurisdiction import Jurisdiction
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver

HN = ("河南省", "410000", "province")
FJ = ("福建省", "350000", "province")
SH = ("上海市", "310000", "province")


def test_the_cities_under_a_province_are_a_level():
    # 省辖市X in a province's law: every city's X (was 河南省辖市邮政管理部门, resolved as the province's)
    got = _resolved("第四条 省辖市邮政管理部门负责本行政区域内邮政市场的监督管理工作。", *HN)
    assert got == [("省辖市邮政管理部门", "省辖市邮政管理部门", False, "collective")]
    # 市辖区X likewise: every district of the city
    got = _resolved("第五条 市辖区人民政府负责本辖区的邮政设施保护工作。", *HN)
    assert [(n, ok) for _m, n, ok, _k in got] == [("市辖区人民政府", False)]
    # the province's own body is read as before
    got = _resolved("第四条 省邮政管理部门负责全省邮政市场的监督管理工作。", *HN)
    assert [(n, ok) for _m, n, ok, _k in got] == [("河南省邮政管理部门", True)]


def test_state_security_organs_in_a_list_are_every_level_s():
    # 国家安全机关 beside 公安机关 and 海关: a holder as they are (was dropped as a body above the text's)
    got = _resolved("第九条 邮政管理部门、公安机关、国家安全机关和海关应当相互配合，加强安全监督管理。", *HN)
    assert [m for m, _n, _ok, _k in got] == ["邮政管理部门", "公安机关", "国家安全机关", "海关"]
    assert all(not ok for _m, _n, ok, _k in got)
    # a body above the text's government beside its own is still no holder of the text
    got = _resolved("第十条 由上级邮政管理机构和公安机关统筹协调。", *HN)
    assert [m for m, _n, _ok, _k in got] == ["公安机关"]


def test_governments_along_a_line_are_no_one_government():
    # 铁路沿线县级以上地方人民政府: those along the railway (was no subject; then 福建省铁路沿线…, resolved)
    got = _resolved("第四条 铁路沿线县级以上地方人民政府应当建立健全铁路安全联席会议制度。", *FJ)
    assert got == [("铁路沿线县级以上地方人民政府", "铁路沿线县级以上地方人民政府", False, "collective")]
    got = _resolved("铁路沿线乡(镇)人民政府、街道办事处应当协助做好铁路安全管理相关工作。", *FJ)
    assert [(n, ok, k) for _m, n, ok, k in got] == [("铁路沿线乡（镇）人民政府", False, "collective"),
                                                   ("铁路沿线街道办事处", False, "collective")]
    # the governments where a thing lies are read as before
    got = _resolved("流域所在的县政府应当做好保护工作。", *FJ)
    assert [(n, ok) for _m, n, ok, _k in got] == [("流域所在的县人民政府", False)]


def test_a_government_s_working_departments_concerned():
    # 市政府有关工作部门: the city's departments concerned, a set (was no subject, and its partner lost)
    got = _resolved("第四条 市社团登记管理部门和市政府有关工作部门应当按照各自职责，做好具体工作。", *SH)
    assert got == [("市社团登记管理部门", "上海市社团登记管理部门", True, "department"),
                   ("市政府有关工作部门", "上海市政府有关工作部门", False, "collective")]
    got = _resolved("第九条 社团登记管理部门应当会同政府有关工作部门指导行业协会做好培训工作。", *SH)
    assert [(m, ok) for m, _n, ok, _k in got] == [("社团登记管理部门", True), ("政府有关工作部门", False)]
    # 有关部门 is read as before
    got = _resolved("第四条 市社团登记管理部门和市政府有关部门应当按照各自职责，做好具体工作。", *SH)
    assert [(m, ok) for m, _n, ok, _k in got] == [("市社团登记管理部门", True), ("市政府有关部门", False)]


BJ = ("北京市", "110000", "province")
RC = ("重庆市荣昌区", "500153", "county")


def test_a_body_named_by_where_a_people_lives():
    # 多民族居住地区的居民委员会，应当… : the residents' committees so described (was no subject; read alone,
    # 北京市多民族居住地区的居民委员会, resolved as the city's group)
    got = _resolved("第八条 多民族居住地区的居民委员会，应当教育居民互相帮助。", *BJ)
    assert got == [("多民族居住地区的居民委员会", "居民委员会", False, "grassroots")]
    got = _resolved("少数民族聚居地区的乡镇人民政府应当加强民族团结工作。", *BJ)
    assert [(n, ok) for _m, n, ok, _k in got] == [("乡镇人民政府", False)]
    # the area a body serves is read as before
    got = _resolved("受益范围内的村民委员会应当负责管护。", *BJ)
    assert got == [("受益范围内的村民委员会", "村民委员会", False, "grassroots")]


def test_the_drafting_unit_holds_its_work():
    # 起草单位承担… : whichever body drafts the document (was no subject)
    got = _resolved("第三条 起草单位承担具体的争议协调处理工作。", *RC)
    assert [(m, ok) for m, _n, ok, _k in got] == [("起草单位", False)]
    # the unit leading the drafting is read as before
    got = _resolved("第三条 规范性文件由两个以上单位共同起草的，由牵头起草单位负责具体工作。", *RC)
    assert [(m, ok) for m, _n, ok, _k in got] == [("牵头起草单位", False)]


KZ = ("喀喇沁左翼蒙古族自治县", "211324", "county")
DZ = ("德州市", "371400", "prefecture")


def _unit(mention, place, adcode, level):
    r = Resolver(load_lexicon(), kind_of=actors.kind_of)
    u = r.resolve(mention, Jurisdiction(place, adcode, level, "issuer"))
    return u.name, u.resolved


def test_a_place_s_organs_of_self_government_and_its_body_after_de():
    # 自治县的自治机关: the county's organs of self-government, one unit with 自治县自治机关 (was
    # 喀喇沁左翼蒙古族自治县的自治机关, unresolved)
    assert _unit("自治县的自治机关", *KZ) == ("喀喇沁左翼蒙古族自治县自治机关", True)
    assert _unit("自治县自治机关", *KZ) == ("喀喇沁左翼蒙古族自治县自治机关", True)
    # 市的人民政府 is 市人民政府 (was a second unit, 德州市的人民政府), 市的财政部门 the city's department
    assert _unit("市的人民政府", *DZ) == ("德州市人民政府", True)
    assert _unit("市的财政部门", *DZ) == ("德州市财政部门", True)
    # a bare 自治机关, and a lower level's government after 的, name no one government, as before
    assert _unit("自治机关", *KZ) == ("自治机关", False)
    assert _unit("县的人民政府", *DZ) == ("县的人民政府", False)


def test_the_body_an_exception_names_holds_no_duty():
    # 除依法由X审批发证的以外，由Y审批… : Y's duty; X, the exception's, none (round 4's labels; X was a holder)
    got = _resolved("第六条 矿产资源，除依法由国土资源部和市国土资源主管部门审批发证的以外，"
                    "由县国土资源主管部门审批颁发采矿许可证。", *HN)
    assert [m for m, _n, _ok, _k in got] == ["县国土资源主管部门"]
    got = _resolved("除依法由公安机关检查外，任何组织不得检查邮件。", *HN)
    assert got == []
    # an exception before a 由X clause of its own, and a place outside, leave the holder as before
    got = _resolved("除法律另有规定外，由公安机关负责。", *HN)
    assert [m for m, _n, _ok, _k in got] == ["公安机关"]
    got = _resolved("由县政府负责组织人员前往境外。", *HN)
    assert [m for m, _n, _ok, _k in got] == ["县政府"]
