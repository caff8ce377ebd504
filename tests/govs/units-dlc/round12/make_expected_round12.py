"""How expected.jsonl of round 12 was written (ud44), by hand from the text before the parser ran: one call a record.

r01-r08 are the LawRefBook/Laws mirror (commit 2f4c5c2, `DLC/`, the first 60 lines; sources.tsv gives each path)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U


def fields(f, line, mention, prefix, names, tail, resolved, note=""):
    """One record a field of a list (`市A、B等部门`): resolved as `prefix + field + tail`, or unresolved the same."""
    for n in names:
        (R if resolved else U)(f, line, mention, prefix + n + tail, "department" if resolved else "collective", note)


# r01 上海市气象条例 (2024: a municipality's 条例 on a vertical service, 市、区气象主管机构, a long bare list)
f = "r01.md"
S = "上海市"
BARE = "a bare functional name in a city's own regulation is the city's (round 1; doubt: every level)"
R(f, 15, "市、区人民政府", S + "人民政府", "county_gov", "")
U(f, 15, "市、区人民政府", "各区人民政府", "collective", "a municipality's districts")
R(f, 17, "市、区气象主管机构", S + "气象主管机构", "department",
  "the city's meteorological service (vertical: the CMA's office, named by the city); 上级气象主管机构 leading is no holder")
U(f, 17, "市、区气象主管机构", "各区气象主管机构", "collective", "")
R(f, 19, "市气象主管机构", S + "气象主管机构", "department", "由X负责")
U(f, 19, "相关区人民政府", "相关区人民政府", "collective", "配合做好: holders")
U(f, 19, "有关部门", "有关部门", "collective", "及其有关部门")
fields(f, 21, "发展改革、…、数据等部门", S,
       ["发展改革", "应急管理", "水务（海洋）", "交通", "财政", "经济信息化", "教育", "科技", "规划资源", "生态环境",
        "住房城乡建设管理", "农业农村", "文化旅游", "数据"], "部门", True, BARE)
R(f, 23, "市、区人民政府", S + "人民政府", "county_gov", "建立…机制 (no modal: the text's own rule)")
U(f, 23, "市、区人民政府", "各区人民政府", "collective", "")
R(f, 23, "市气象主管机构", S + "气象主管机构", "department", "")
R(f, 23, "市财政部门", S + "财政部门", "department", "partner after 会同")
R(f, 25, "本市", S + "人民政府", "county_gov", "本市加大…投入 (no modal: the government's, round 4)")
R(f, 27, "气象主管机构", S + "气象主管机构", "department", "支持…推进 (present tense); " + BARE)
fields(f, 27, "科技、经济信息化、教育、数据等部门", S, ["科技", "经济信息化", "教育", "数据"], "部门", True, BARE)
R(f, 29, "市、区人民政府", S + "人民政府", "county_gov", "")
U(f, 29, "市、区人民政府", "各区人民政府", "collective", "")
U(f, 29, "有关部门", "有关部门", "collective", "及其有关部门")
R(f, 29, "气象主管机构", S + "气象主管机构", "department", BARE)
R(f, 31, "气象主管机构", S + "气象主管机构", "department", "本市鼓励 no record; " + BARE)
R(f, 31, "教育部门", S + "教育部门", "department", "partner after 会同 a bare subject: the city's")
R(f, 33, "本市", S + "人民政府", "county_gov", "本市加强…建设 (no modal); 鼓励 no record")
R(f, 35, "本市", S + "人民政府", "county_gov", "本市推动建立…机制 (no modal)")
R(f, 37, "气象主管机构", S + "气象主管机构", "department", BARE)
R(f, 39, "市气象主管机构", S + "气象主管机构", "department", "组织开展 (no modal)")
R(f, 41, "市、区人民政府", S + "人民政府", "county_gov", "")
U(f, 41, "市、区人民政府", "各区人民政府", "collective", "")
U(f, 41, "有关部门", "有关部门", "collective", "及其有关部门")
R(f, 45, "本市", S + "人民政府", "county_gov", "本市…推进 (no modal)")
R(f, 47, "市气象主管机构", S + "气象主管机构", "department", "")
fields(f, 47, "市规划资源、…以及民航等部门", S,
       ["规划资源", "水务（海洋）", "交通", "农业农村", "住房城乡建设管理", "生态环境"], "部门", True,
       "partners after 会同, the 市 of the list")
U(f, 47, "民航", "民航部门", "other",
  "the list's last field: civil aviation is a vertical (the CAAC's regional office), no city department")
R(f, 51, "气象主管机构", S + "气象主管机构", "department",
  "49: the bodies setting facilities are a condition (相关组织和个人 应当予以配合: everyone, no record); 51's partners after 与 "
  "sharing no record")
R(f, 53, "市气象主管机构", S + "气象主管机构", "department", "报市人民政府批准: no holder")
U(f, 53, "有关部门", "有关部门", "collective", "partners after 会同")
R(f, 53, "气象主管机构", S + "气象主管机构", "department", "the second sentence")
R(f, 59, "气象主管机构", S + "气象主管机构", "department",
  "55/57's 建设、管理单位 setting facilities (no modal) are the regulated side: no record")

# r02 横琴粤澳深度合作区发展促进条例 (广东省's 条例, 2023, on a zone run jointly with 澳门: its two committees)
f = "r02.md"
G = "广东省"
Z = "横琴粤澳深度合作区"
R(f, 16, "广东省人民政府", G + "人民政府", "county_gov", "授权或者委托: a duty")
U(f, 16, "有关部门", "有关部门", "collective", "及其有关部门 (twice on the line: one record)")
R(f, 16, "珠海市人民政府", "珠海市人民政府", "county_gov", "a city of the province named: that city's government")
R(f, 18, "广东省人民政府", G + "人民政府", "county_gov", "")
U(f, 18, "有关部门", "有关部门", "collective", "")
R(f, 20, "广东省人民政府", G + "人民政府", "county_gov", "")
U(f, 20, "有关部门", "有关部门", "collective", "")
R(f, 32, "合作区管理委员会", Z + "管理委员会", "zone",
  "统筹决定 (no modal); the zone's committee named with its defined short name (round 10); 30's membership no record; "
  "22/24/26's 合作区 a place (no record)")
R(f, 38, "合作区管理委员会", Z + "管理委员会", "zone", "由X另行制定")
R(f, 44, "合作区执行委员会", Z + "执行委员会", "zone", "承担…负责 (no modal); 46's definition no record")
R(f, 48, "合作区执行委员会", Z + "执行委员会", "zone",
  "由X承担; the former committees and 横琴镇人民政府 named are no holders; 50-56's 可以 and transfers no record")
R(f, 58, "广东省人民政府", G + "人民政府", "county_gov", "由X制定并向社会公布")
R(f, 60, "合作区执行委员会", Z + "执行委员会", "zone", "由X向社会公布")

# r03 北京市街道办事处条例 (2019: the sub-district offices, 区人民政府 and its departments)
f = "r03.md"
B = "北京市"
R(f, 11, "本市", B + "人民政府", "county_gov", "本市…深化…构建… (no modal; doubt: a programme)")
U(f, 13, "街道办事处", "街道办事处", "collective", "依法履行 (no modal); 区人民政府 in the definition is no holder")
U(f, 15, "街道办事处", "街道办事处", "collective", "")
U(f, 17, "街道办事处", "街道办事处", "collective", "")
U(f, 17, "区人民政府工作部门", "区人民政府工作部门", "collective", "应当接受…: every district's departments")
U(f, 17, "有关单位", "有关单位", "other", "")
U(f, 19, "区人民政府", "各区人民政府", "collective", "")
R(f, 21, "本市", B + "人民政府", "county_gov", "本市依托…建立 (no modal)")
U(f, 21, "街道办事处", "街道办事处", "collective", "")
U(f, 23, "街道办事处", "街道办事处", "collective", "")
U(f, 27, "区人民政府", "各区人民政府", "collective",
  "由X…提出申请; 市人民政府 批转/审批 and 市民政部门 审核 are no holders")
R(f, 29, "市民政部门", B + "民政部门", "department", "报市人民政府批准: no holder")
U(f, 29, "有关部门", "有关部门", "collective", "partners after 会同")
U(f, 31, "区人民政府", "各区人民政府", "collective", "")
R(f, 35, "本市", B + "人民政府", "county_gov", "本市…整合…构建 (no modal; doubt)")
U(f, 35, "街道办事处", "街道办事处", "collective", "设立…并做好 (no modal); 33's 实行主任负责制 no record")
R(f, 37, "市、区人民政府工作部门", B + "人民政府工作部门", "department", "不得要求: a prohibition is a duty")
U(f, 37, "市、区人民政府工作部门", "区人民政府工作部门", "collective", "")
U(f, 39, "街道办事处", "街道办事处", "collective", "")
R(f, 55, "本市", B + "人民政府", "county_gov", "本市建立…制度 (no modal; not a frame of levels)")
R(f, 55, "市人民政府", B + "人民政府", "county_gov", "由X向社会公布; 区人民政府可以 no record")
U(f, 59, "街道办事处", "街道办事处", "collective", "行使下列职权 (as round 11's 自治机关 行使职权); 57 no record")

# r04 上海市实施《村民委员会组织法》办法 (2020: villagers' committees, townships, districts)
f = "r04.md"
U(f, 17, "村民委员会", "村民委员会", "grassroots", "负责并报告工作; 15's definition no record")
U(f, 23, "乡、镇人民政府", "乡、镇人民政府", "collective",
  "指导、支持…不得干预; 19's party organisation and 21's 本市建立…治理体系 (a frame of actors, as 本市实行…) no record")
U(f, 25, "村民委员会", "村民委员会", "grassroots", "协助: the helper; 乡、镇人民政府 assisted is no holder")
U(f, 27, "乡、镇人民政府", "乡、镇人民政府", "collective", "由X提出; 区人民政府 approving is no holder")
U(f, 29, "村民委员会", "村民委员会", "grassroots", "由X提出 (the second sentence; 可以 no record); 乡、镇 reviewing no holder")
U(f, 33, "村民委员会", "村民委员会", "grassroots", "31 has no holder")
U(f, 37, "村民委员会", "村民委员会", "grassroots", "实行分账管理 (no modal); 35's 可以 no record")
U(f, 43, "村民委员会", "村民委员会", "grassroots", "设立 (no modal); 41's composition no record")
U(f, 45, "村民委员会", "村民委员会", "grassroots", "59's 人民政府 assisted is no holder")

# r05 山东省铁路安全管理条例 (2021: bodies along the line, the state's railway regulator and police, enterprises)
f = "r05.md"
U(f, 15, "铁路沿线县级以上人民政府", "县级以上人民政府", "collective", "those along the line")
U(f, 17, "铁路沿线乡镇人民政府", "乡镇人民政府", "collective", "协助做好: holders")
U(f, 17, "街道办事处", "街道办事处", "collective", "")
U(f, 19, "铁路监管部门", "铁路监管部门", "other", "vertical: the state's railway regulator, no local body")
fields(f, 21, "铁路沿线县级以上人民政府发展改革、…、城市管理等部门", "县级以上人民政府",
       ["发展改革", "工业和信息化", "公安", "自然资源", "生态环境", "住房城乡建设", "交通运输", "水利", "农业农村",
        "应急管理", "市场监督管理", "城市管理"], "部门", False, "")
U(f, 23, "铁路建设、运输和设备制造维修等企业", "铁路建设、运输和设备制造维修等企业", "other",
  "enterprises with a duty (as round 9's 邮政企业); 25's staff are persons, 27's everyone: no record")
U(f, 31, "铁路运输企业", "铁路运输企业", "other", "29's bodies receiving reports are no named holders")
U(f, 31, "铁路监管部门", "铁路监管部门", "other", "")
U(f, 33, "县级以上人民政府", "县级以上人民政府", "collective", "由X给予表彰和奖励")
U(f, 37, "铁路沿线县级以上人民政府", "县级以上人民政府", "collective", "")
U(f, 37, "有关部门", "有关部门", "collective", "")
U(f, 39, "护路联防组织", "护路联防组织", "other", "各级护路联防组织")
U(f, 41, "铁路沿线县级以上人民政府", "县级以上人民政府", "collective", "")
U(f, 43, "铁路沿线县级以上人民政府有关部门", "县级以上人民政府有关部门", "collective", "")
U(f, 45, "铁路沿线设区的市、县（市、区）人民政府", "设区的市人民政府", "collective",
  "every city of the province along the line (round 5)")
U(f, 45, "铁路沿线设区的市、县（市、区）人民政府", "县（市、区）人民政府", "collective", "")
U(f, 45, "铁路运输企业", "铁路运输企业", "other", "")
U(f, 47, "县级以上人民政府应急管理部门", "县级以上人民政府应急管理部门", "collective", "")
U(f, 47, "铁路监管部门", "铁路监管部门", "other", "")
U(f, 47, "铁路运输企业", "铁路运输企业", "other", "")
U(f, 49, "铁路公安机关", "铁路公安机关", "other", "vertical: the railway police, no local body")
U(f, 49, "地方公安机关", "地方公安机关", "collective", "every level's police")
U(f, 51, "铁路公安机关", "铁路公安机关", "other", "由X负责维护 (twice on the line: one record)")
U(f, 51, "地方公安机关", "地方公安机关", "collective", "")
U(f, 53, "县级以上人民政府工业和信息化部门", "县级以上人民政府工业和信息化部门", "collective", "")
U(f, 53, "铁路监管部门", "铁路监管部门", "other", "partner after 会同")
U(f, 55, "铁路运输企业", "铁路运输企业", "other", "the regulator and 有关人民政府 told are no holders")
U(f, 57, "铁路沿线各级人民政府", "各级人民政府", "collective", "those told are no holders")
U(f, 57, "铁路沿线县级以上人民政府", "县级以上人民政府", "collective", "组织有关部门: those organised are no holders")

# r06 上海市实施《邮政法》办法 (undated in the mirror: the postal authority, 区、县, postal and courier enterprises)
f = "r06.md"
R(f, 11, "市邮政管理部门", S + "邮政管理部门", "department", "the city's postal authority by name (vertical, as round 9's m03)")
U(f, 13, "区、县人民政府", "区、县人民政府", "collective", "协同实施 (no modal)")
fields(f, 13, "市建设交通、…、国家安全等有关行政管理部门", S,
       ["建设交通", "发展改革", "财政", "规划国土", "房屋", "工商", "公安", "国家安全"], "行政管理部门", True,
       "the 市 of the list")
R(f, 15, "市人民政府", S + "人民政府", "county_gov", "")
R(f, 17, "市邮政管理部门", S + "邮政管理部门", "department", "")
R(f, 19, "市邮政管理部门", S + "邮政管理部门", "department", "")
U(f, 19, "有关部门", "有关部门", "collective", "partners after 会同")
U(f, 21, "邮政企业", "邮政企业", "other", "as round 9's m03; the user's 可以 no record")
U(f, 21, "快递企业", "快递企业", "other", "")
R(f, 23, "市邮政管理部门", S + "邮政管理部门", "department", "")
R(f, 27, "市邮政管理部门", S + "邮政管理部门", "department", "经市人民政府批准: no holder")
R(f, 27, "市规划国土行政管理部门", S + "规划国土行政管理部门", "department", "partner after 会同")
U(f, 29, "区、县人民政府", "区、县人民政府", "collective", "编制…时，应当")
R(f, 29, "市规划国土行政管理部门", S + "规划国土行政管理部门", "department", "")
R(f, 31, "市或者区、县人民政府", S + "人民政府", "county_gov", "由X依法划拨")
U(f, 31, "市或者区、县人民政府", "区、县人民政府", "collective", "")
R(f, 35, "市建设行政管理部门", S + "建设行政管理部门", "department", "由X会同…确定")
R(f, 35, "市规划国土、房屋行政管理部门", S + "规划国土行政管理部门", "department", "partners after 会同")
R(f, 35, "市规划国土、房屋行政管理部门", S + "房屋行政管理部门", "department", "")
U(f, 39, "邮政企业", "邮政企业", "other", "")
U(f, 41, "区、县人民政府", "区、县人民政府", "collective", "")
U(f, 45, "征收部门", "征收部门", "collective",
  "the expropriating department (a district's, not named): unresolved; three times on the line, one record")
U(f, 53, "邮政企业", "邮政企业", "other", "47's 可以 no record")
U(f, 55, "各级人民政府", "各级人民政府", "collective", "")
R(f, 57, "市邮政管理部门", S + "邮政管理部门", "department", "")
U(f, 59, "邮政企业", "邮政企业", "other", "")

# r07 广东省乡村振兴促进条例 (2022: a province's every level, 乡镇, 村民委员会, media)
f = "r07.md"
U(f, 14, "各级人民政府", "各级人民政府", "collective", "")
U(f, 16, "县级以上人民政府农业农村主管部门", "县级以上人民政府农业农村主管部门", "collective", "")
U(f, 16, "其他有关部门", "有关部门", "collective", "")
U(f, 18, "乡镇人民政府", "乡镇人民政府", "collective", "")
U(f, 20, "村民委员会", "村民委员会", "grassroots", "在乡镇人民政府指导下: the guide is no holder")
U(f, 22, "各级人民政府", "各级人民政府", "collective", "")
U(f, 24, "各级人民政府", "各级人民政府", "collective", "")
U(f, 24, "有关部门", "有关部门", "collective", "")
U(f, 26, "广播、电视、报刊、互联网等新闻媒体", "新闻媒体", "institution", "")
for ln in (30, 32, 34, 40, 42, 46, 54):
    U(f, ln, "各级人民政府", "各级人民政府", "collective", "")
for ln in (36, 44, 48, 60):
    U(f, ln, "县级以上人民政府", "县级以上人民政府", "collective", "38's 建设单位 is the regulated side" if ln == 36 else "")
U(f, 50, "沿海县级以上人民政府", "县级以上人民政府", "collective", "those on the coast")
fields(f, 52, "沿海县级以上人民政府农业农村、自然资源、生态环境等有关主管部门", "县级以上人民政府",
       ["农业农村", "自然资源", "生态环境"], "主管部门", False, "")
U(f, 56, "县级人民政府", "县级人民政府", "collective", "every county's")
fields(f, 56, "其市场监督管理、农业农村等有关主管部门", "县级人民政府", ["市场监督管理", "农业农村"], "主管部门", False,
       "及其X: the counties'")
fields(f, 58, "省人民政府农业农村、市场监督管理、商务等有关主管部门", G, ["农业农村", "市场监督管理", "商务"], "主管部门",
       True, "the province's, named with its level")

# r08 广东省家政服务条例 (2023: every level, the province's departments, mass organisations, a trade body)
f = "r08.md"
U(f, 17, "县级以上人民政府", "县级以上人民政府", "collective", "")
U(f, 19, "县级以上人民政府商务主管部门", "县级以上人民政府商务主管部门", "collective", "")
U(f, 19, "县级以上人民政府人力资源社会保障主管部门", "县级以上人民政府人力资源社会保障主管部门", "collective", "")
fields(f, 21, "县级以上人民政府发展改革、…、政务服务数据管理等有关部门", "县级以上人民政府",
       ["发展改革", "教育", "公安", "民政", "财政", "卫生健康", "市场监管", "政务服务数据管理"], "部门", False, "")
U(f, 23, "工会", "工会", "social_org", "协助做好: holders")
U(f, 23, "共产主义青年团", "共产主义青年团", "social_org", "")
U(f, 23, "妇女联合会", "妇女联合会", "social_org", "")
U(f, 27, "家政服务行业组织", "家政服务行业组织", "social_org",
  "a trade body with 应当; 有关部门 helped no holder; 25's 支持 no record")
fields(f, 29, "省人民政府发展改革、商务、市场监管等有关部门", G, ["发展改革", "商务", "市场监管"], "部门", True, "")
R(f, 33, "省人民政府", G + "人民政府", "county_gov", "建设 (no modal); 31's 鼓励 no record")
fields(f, 35, "省人民政府发展改革、…、政务服务数据管理等部门", G,
       ["发展改革", "公安", "民政", "人力资源社会保障", "商务", "卫生健康", "市场监管", "政务服务数据管理"], "部门", True, "")
R(f, 37, "省人民政府", G + "人民政府", "county_gov", "由X组织制定")
R(f, 39, "本省", G + "人民政府", "county_gov",
  "本省推行…制度 (no modal: as 本市, round 4); 41's platform, 43's 鼓励, 45's everyone and 47's 本省…实行 (a frame) no record")
R(f, 49, "省人民政府商务主管部门", G + "商务主管部门", "department", "第三方机构可以 no record")
R(f, 51, "省人民政府人力资源社会保障主管部门", G + "人力资源社会保障主管部门", "department", "53's 家政服务机构 regulated")
R(f, 57, "省人民政府商务主管部门", G + "商务主管部门", "department", "")
R(f, 57, "市场监督管理部门", G + "市场监督管理部门", "department",
  "a bare department after 会同 takes the level of a subject at the document's own level (round 5); the contract's parties "
  "regulated, 59's 鼓励 no record")

if __name__ == "__main__":
    records.write(Path(__file__).resolve().parent / "expected.jsonl")
