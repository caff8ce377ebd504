"""Unit names recognised from how Chinese organisation names are formed (no lexicon)."""
import pytest

from kg.extract.unitnames import (find_units, is_person_or_post, is_unit_name, split_fused,
                                  split_run, unit_kind)


@pytest.mark.parametrize("name,kind", [
    ("省发展改革委", "department"), ("商务厅", "department"), ("市生态环境局咸安分局", "department"),
    ("嘉兴银保监分局", "department"), ("滁州海关", "department"), ("财务科", "department"),
    ("办公室", "department"), ("区自然资源和规划局", "department"),
    ("财政部", "central"), ("国家发展改革委", "central"), ("税务总局", "central"),
    ("人力资源社会保障部", "central"), ("工业和信息化部", "central"),
    ("省大数据中心", "institution"), ("区商金中心", "institution"), ("县疾病预防控制中心", "institution"),
    ("区经发集团", "enterprise"), ("区供电公司", "enterprise"),
    # (the central bank's branch is the State's, its name ending as a bank's does: session 43)
    ("人行嘉兴市中心支行", "central"),
    ("市人行", "enterprise"),
    ("立山经济开发区", "zone"), ("荒湖管理区", "zone"), ("中新苏滁高新区管委会", "zone"),
    ("区人民法院", "court"), ("市检察院", "court"),
    ("团县委", "department"), ("市妇联", "social_org"), ("县总工会", "social_org"), ("市科协", "social_org"),
    ("县委改革办", "department"), ("镇农业综合服务站", "institution"), ("乡财政所", "institution"),
    ("街道综治中心", "institution"), ("全区经济运行各专班", "collective"),
    ("某村村委会", "grassroots"), ("镇人民政府", "township"), ("县人民政府", "county_gov"),
    # township-level governments and sub-district offices, named by their place
    ("古林镇人民政府", "township"), ("东湖乡政府", "township"), ("石碶街道办事处", "township"),
    ("石碶街道办", "township"), ("某某市人民政府", "county_gov"), ("驻京办事处", "county_gov"),
    # a regulator's 监督管理委员会 is a department, a zone's 管理委员会 a zone
    ("市国有资产监督管理委员会", "department"), ("省国有资产监督管理委员会", "department"),
    ("某某经济开发区管理委员会", "zone"),
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


def test_chiefs_of_the_chief_systems_are_posts():
    """河长制, 林长制, 链长制 …: the chief is a leader's post; the system's office is a unit."""
    for post in ("各级河长", "总河湖长", "村级林长", "产业链链长", "网格长"):
        assert is_person_or_post(post), post
    assert not is_person_or_post("河湖长制办公室") and not is_person_or_post("县河长办")


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
    # a section of the organ before it is one name (市场, no level), a section of a second organ is not
    assert split_fused("市场监管局市场主体监督管理科") == ["市场监管局市场主体监督管理科"]
    assert split_fused("城管执法局市场科") == ["城管执法局市场科"]
    assert split_fused("市发改委市财政局预算科") == ["市发改委", "市财政局预算科"]


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


@pytest.mark.parametrize("run,names", [
    # short names of one district's bodies, a table cell flattened with no separator
    ("财政局人社局卫健委", ["财政局", "人社局", "卫健委"]),
    ("住建局城管局园林中心", ["住建局", "城管局", "园林中心"]),
    ("卫健委经开区各街道", ["卫健委", "经开区", "各街道"]),
    ("城西街道城东街道各乡镇", ["城西街道", "城东街道", "各乡镇"]),
    ("科技局高新区管委会", ["科技局", "高新区管委会"]),
    ("商务局滨江园（城南镇）", ["商务局", "滨江园（城南镇）"]),
])
def test_split_run_cuts_a_run_of_short_names_at_their_endings(run, names):
    assert split_run(run) == names


@pytest.mark.parametrize("name", [
    "市场监管局", "县委办公室", "市委宣传部", "各街道办事处", "国务院各部门", "区政府有关部门",
    "北京市海淀区教育局",          # a place is a prefix, not a name before another
    "交通运输局交警大队",          # a branch belongs to what precedes it
    "市生态环境局咸安分局", "县政府园区发展服务中心", "高新区管委会", "莲都邮政管理局",
    "市公园城市局",                # 公园 is a place, not a park body
    "人社局市场",                  # the tail is no name: nothing is cut
    "上一级人民政府交通运输主管部门",  # a government's own department
    "乡村振兴示范区创建专班",       # a task force named after its matter
    "财政局预算绩效科",             # a section of the bureau
    "中央军委政治工作部",           # a central body's own organ
    "中央军委国防动员部",
    "国家税务总局上海市税务局",     # a national system's local branch, named after its head
    "国家金融监督管理总局北京监管局",
    "国家统计局浙江调查总队",
    "中国人民银行杭州中心支行",
])
def test_split_run_keeps_one_name_whole(name):
    assert split_run(name) == [name]


def test_a_run_in_an_annotation_gives_each_name_its_role():
    from kg.extract.annotations import parse_annotation
    got = parse_annotation("牵头单位：教育局；配合单位：文体旅局城东街道城西街道")
    assert [(u.mention, u.role) for u in got.units] == [
        ("教育局", "lead"), ("文体旅局", "support"), ("城东街道", "support"), ("城西街道", "support")]


@pytest.mark.parametrize("text,name", [
    ("县文体局组织一台", None),          # 由县文体局组织一台晚会: the bureau, then its act
    ("县民宗局联合组织", None),
    ("市公安局统一部署", None),
    ("县公安局组织科", "department"),    # a section named by its work stays one name
    ("县委组织部", "department"),        # 组织 after 县委 is the department's own name
    ("市农业局指导站", "institution"),
])
def test_a_bureau_followed_by_its_act_is_no_one_name(text, name):
    assert unit_kind(text) == name



def test_a_bureau_and_its_act_is_no_actor_either():
    from kg.extract.actors import actor_kind
    assert actor_kind("县民宗局联合组织") is None
    assert actor_kind("个体劳动者协会联合组织") == "social_org"     # a federation's name stays one


def test_a_fused_run_is_never_cut_through_an_ending():
    # 苏州工业园|区管委会 was two names (a park, and a bare 区管委会): 园区 is one ending
    assert split_fused("苏州工业园区管委会") == ["苏州工业园区管委会"]
    assert split_fused("工业园区管理委员会") == ["工业园区管理委员会"]
    # names fused at a true boundary are still split
    assert split_fused("市发改委市财政局") == ["市发改委", "市财政局"]
    assert split_fused("苏州工业园市财政局") == ["苏州工业园", "市财政局"]
