"""Unit names recognised from how Chinese organisation names are formed (no lexicon)."""
import pytest

from kg.extract.unitnames import (find_units, is_person_or_post, is_unit_name, split_fused,
                                  unit_kind)


@pytest.mark.parametrize("name,kind", [
    ("省发展改革委", "department"), ("商务厅", "department"), ("市生态环境局咸安分局", "department"),
    ("嘉兴银保监分局", "department"), ("滁州海关", "department"), ("财务科", "department"),
    ("办公室", "department"), ("区自然资源和规划局", "department"),
    ("财政部", "central"), ("国家发展改革委", "central"), ("税务总局", "central"),
    ("人力资源社会保障部", "central"), ("工业和信息化部", "central"),
    ("省大数据中心", "institution"), ("区商金中心", "institution"), ("县疾病预防控制中心", "institution"),
    ("区经发集团", "enterprise"), ("区供电公司", "enterprise"), ("人行嘉兴市中心支行", "enterprise"),
    ("市人行", "enterprise"),
    ("立山经济开发区", "zone"), ("荒湖管理区", "zone"), ("中新苏滁高新区管委会", "zone"),
    ("区人民法院", "court"), ("市检察院", "court"),
    ("团县委", "department"), ("市妇联", "social_org"), ("县总工会", "social_org"), ("市科协", "social_org"),
    ("县委改革办", "department"), ("镇农业综合服务站", "institution"), ("乡财政所", "institution"),
    ("街道综治中心", "institution"), ("全区经济运行各专班", "collective"),
    ("某村村委会", "grassroots"), ("镇人民政府", "county_gov"),
])
def test_kinds_of_single_names(name, kind):
    assert unit_kind(name) == kind


@pytest.mark.parametrize("name", [
    "各县（市、区）人民政府", "各县(市、区)政府", "各县、市、区政府", "各乡、镇人民政府", "相关市、县政府",
    "有关部门", "国务院相关部门", "相关市(州)人民政府", "区直各部门", "各乡镇（街道）", "各地区",
    "各相关单位", "相关乡镇办", "各村（社区）", "市直有关部门", "各街道",
])
def test_collectives(name):
    assert unit_kind(name) == "collective"


@pytest.mark.parametrize("text", [
    "分管副省长", "责任领导", "牵头负责领导", "分管领导", "市统计局局长", "杜新国", "金力",
    "社会", "加强市场体系建设", "完成省下达的环境指标", "2023年底前", "按职责分工负责",
])
def test_persons_posts_and_clauses_are_not_units(text):
    assert not is_unit_name(text)


def test_posts_are_recognised_as_such():
    assert is_person_or_post("分管副省长") and is_person_or_post("牵头负责领导")
    assert not is_person_or_post("市发改委")


def test_mirror_noise_and_markers_are_tolerated():
    assert unit_kind("市住房和城鄉(xiāng)建設委") == "department"
    assert unit_kind("交發(fā)集團") == "enterprise"
    assert unit_kind("*市财政局") == "department"
    assert unit_kind("市人力資源社會保障局") == "department"


def test_fused_names_split_and_whole_names_stay():
    assert split_fused("市发改委市财政局") == ["市发改委", "市财政局"]
    assert split_fused("区委改革办区发改局区财政局") == ["区委改革办", "区发改局", "区财政局"]
    assert split_fused("市生态环境局咸安分局") == ["市生态环境局咸安分局"]
    assert split_fused("中国人民银行市中心支行") == ["中国人民银行市中心支行"]
    assert split_fused("人行嘉兴市中心支行") == ["人行嘉兴市中心支行"]


def test_find_units_gives_offsets_names_and_kinds():
    text = "责任单位：省发展改革委、省市场监管局，各乡、镇人民政府，人民大垸、荒湖管理区"
    got = find_units(text)
    assert [(n, k) for _, _, n, k in got] == [
        ("省发展改革委", "department"), ("省市场监管局", "department"),
        ("各乡、镇人民政府", "collective"), ("荒湖管理区", "zone")]
    for start, end, name, _ in got:
        assert text[start:end] == name


def test_find_units_drops_prepositions_and_verbs_around_names():
    got = find_units("由市财政局和市税务局负责")
    assert [n for _, _, n, _ in got] == ["市财政局", "市税务局"]
    got = find_units("市发改委牵头，各地、各部门配合")
    assert [(n, k) for _, _, n, k in got] == [("市发改委", "department"), ("各地", "collective"),
                                              ("各部门", "collective")]
