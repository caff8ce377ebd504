"""How expected.jsonl of round 9 was written (ud41), by hand from the text before the parser ran: one call a record.

m01 is the LawRefBook/Laws mirror's 部门规章 (commit 2f4c5c2), m03, m05 and m08 its DLC/ (the first 60 lines of
each); m02, m04, m06 and m07 are `pages` search excerpts (sources.tsv gives each address)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U

# m01 人力资源社会保障部 (a ministry's 部门规章: the local labour departments are every level's; 用人单位 regulated)
f = "m01.md"
U(f, 49, "县级以上地方人民政府劳动行政部门", "县级以上地方人民政府劳动行政部门", "collective",
  "a ministry's text: every county-level-and-above government's department")
U(f, 51, "县级以上地方人民政府劳动行政部门", "县级以上地方人民政府劳动行政部门", "collective", "由X依据职权责令")
U(f, 51, "劳动行政部门", "劳动行政部门", "collective",
  "由X申请人民法院强制执行: bare in a ministry's text, every level's; the court applied to is no holder")

# m02 中国气象局's 气象行业管理若干规定 (a national 部门规章 in traditional script; vertical 气象主管机构)
f = "m02.txt"
R(f, 7, "國務院氣象主管機構", "国务院气象主管机构", "department", "the state's body (national text)")
U(f, 9, "地方各級氣象主管機構", "地方各级气象主管机构", "collective",
  "vertical bodies at every level; 上級…和本級人民政府 leading are no holders")
U(f, 11, "各級氣象主管機構", "各级气象主管机构", "collective", "")
U(f, 13, "各級氣象主管機構", "各级气象主管机构", "collective", "")
R(f, 15, "國務院氣象主管機構", "国务院气象主管机构", "department", "")
U(f, 15, "省、自治區、直轄市氣象主管機構", "省、自治区、直辖市气象主管机构", "collective", "every province's (vertical)")
R(f, 17, "國務院氣象主管機構", "国务院气象主管机构", "department",
  "由X组织有关部门编制: those organised and 国务院 approving are no holders")

# m03 河南省邮政条例 (a province's 条例: vertical 邮政管理 bodies, 海关, 邮政企业)
f = "m03.md"
U(f, 13, "县级以上人民政府", "县级以上人民政府", "collective", "")
U(f, 15, "县级以上人民政府有关部门", "县级以上人民政府有关部门", "collective", "")
R(f, 17, "省邮政管理部门", "河南省邮政管理部门", "department",
  "the province's postal authority by name (vertical: the state's office in the province; doubt)")
U(f, 19, "省辖市邮政管理部门", "省辖市邮政管理部门", "collective", "every city's")
U(f, 21, "邮政企业", "邮政企业", "other", "承担…义务: an enterprise holding the universal service")
U(f, 23, "县级以上人民政府", "县级以上人民政府", "collective", "")
U(f, 29, "邮政企业", "邮政企业", "other", "providers with 应当 (round 8's service providers)")
U(f, 29, "快递企业", "快递企业", "other", "defined short name of the list")
U(f, 33, "邮政管理部门", "邮政管理部门", "collective", "a province's bare name: each level's")
U(f, 33, "公安机关", "公安机关", "collective", "")
U(f, 33, "国家安全机关", "国家安全机关", "collective", "")
U(f, 33, "海关", "海关", "other", "customs: the state's")
U(f, 35, "邮政企业", "邮政企业", "other", "")
U(f, 37, "县级以上人民政府及其有关部门", "县级以上人民政府", "collective", "")
U(f, 37, "县级以上人民政府及其有关部门", "有关部门", "collective", "")
U(f, 43, "县级以上人民政府", "县级以上人民政府", "collective", "")
U(f, 59, "邮政企业", "邮政企业", "other",
  "应当事先书面告知: the authority told and 省邮政管理部门 approving are no holders")

# m04 福建省铁路安全管理条例 (a province's 条例: vertical 铁路监督管理机构, the line's governments)
f = "m04.txt"
U(f, 29, "铁路沿线县级以上地方人民政府", "县级以上地方人民政府", "collective", "those along the line")
U(f, 31, "铁路沿线县级以上地方人民政府", "县级以上地方人民政府", "collective", "")
U(f, 31, "有关部门", "有关部门", "collective", "及其有关部门")
U(f, 33, "铁路沿线乡(镇)人民政府", "乡(镇)人民政府", "collective", "协助做好: holders")
U(f, 33, "街道办事处", "街道办事处", "collective", "")
U(f, 35, "铁路监督管理机构", "铁路监督管理机构", "other", "vertical: the state's railway authority, no local body")

# m05 北京市实施《城市居民委员会组织法》办法 (a municipality's 办法: residents' committees, sub-district offices)
f = "m05.md"
BJ = "北京市"
U(f, 13, "本市各级人民政府", "各级人民政府", "collective", "本市各级 stays a set (round 3)")
U(f, 13, "街道办事处", "街道办事处", "collective", "")
U(f, 13, "居民委员会", "居民委员会", "grassroots", "协助X开展工作: X assisted is no holder (round 4)")
U(f, 15, "居民委员会", "居民委员会", "grassroots", "a list's header; its items 17-27 (协助人民政府…: assisted)")
U(f, 29, "居民委员会", "居民委员会", "grassroots", "应当开展; 可以兴办 no record")
R(f, 29, "市人民政府", BJ + "人民政府", "county_gov", "由市人民政府制定")
U(f, 33, "居民委员会", "居民委员会", "grassroots", "多民族居住地区的居民委员会，应当…")
U(f, 37, "街道办事处", "街道办事处", "collective", "由所在地的X提出; 区、县人民政府 deciding is no holder")
U(f, 37, "乡、民族乡、镇人民政府", "乡、民族乡、镇人民政府", "collective", "")
U(f, 41, "街道办事处", "街道办事处", "collective", "由所在地的X提出; 区、县人民政府 approving is no holder")
U(f, 41, "乡、民族乡、镇人民政府", "乡、民族乡、镇人民政府", "collective", "")
U(f, 47, "居民委员会", "居民委员会", "grassroots",
  "成立选举领导小组 (no modal, the text's own rule); those guiding (在X的指导下) no holders")

# m06 喀喇沁左翼蒙古族自治县自治条例 (an autonomous county's 自治条例, no title in the excerpt)
f = "m06.txt"
KZ = "喀喇沁左翼蒙古族自治县"
for ln in (12, 15, 17, 20):
    R(f, ln, "自治县的自治机关", KZ + "自治机关", "county_gov",
      "the county's organs of self-government (its congress and government, article 3), as named; doubt: "
      "a pair of organs of one government")

# m07 重庆市荣昌区 (a municipality's district: a 区政府办公室's 工作规则; spam lines of the mirror dropped)
f = "m07.txt"
R(f, 19, "区政府", "荣昌区人民政府", "district_gov", "领导…工作")
R(f, 19, "区司法局", "荣昌区司法局", "department", "")
U(f, 21, "起草单位", "起草单位", "collective", "whichever bodies draft a document")
U(f, 21, "牵头起草单位", "牵头起草单位", "collective", "由X负责")

# m08 上海市促进行业协会发展规定 (a municipality's 规定: 行业协会, the registration authority)
f = "m08.md"
SH = "上海市"
U(f, 17, "各级人民政府", "各级人民政府", "collective", "")
R(f, 19, "市社团登记管理部门", SH + "社团登记管理部门")
U(f, 19, "市政府有关工作部门", "有关工作部门", "collective", "the city's relevant departments: a set")
R(f, 25, "社团登记管理部门", SH + "社团登记管理部门", "department",
  "bare in a city's text: the city's (round 1; doubt: the districts register too); the applicants no record")
U(f, 27, "行业协会", "行业协会", "social_org", "应当…设定相同的入会标准")
R(f, 41, "社团登记管理部门", SH + "社团登记管理部门", "department", "")
U(f, 41, "政府有关工作部门", "有关工作部门", "collective", "partner after 会同: the city's relevant departments")
U(f, 59, "有关国家机关", "有关国家机关", "collective", "应当听取; 也可以委托 no record")

records.write(Path(__file__).resolve().parent / "expected.jsonl")
