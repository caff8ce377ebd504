"""How expected.jsonl of round 13 was written (ud45), by hand from the text before the parser ran: one call a record.

s01-s04 are the LawRefBook/Laws mirror (commit 2f4c5c2, `DLC/`, the first 60 lines); s05-s08 `pages` search
excerpts (sources.tsv gives each address)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U

REL_UP = ("共同的上一级人民政府: the common superior of the governments concerned, no one government (a collective, "
          "as round 10's 民族乡的上一级人民政府)")
REC = "本级/上级/上一级/同级 bodies approving, receiving a filing or a report, or leading are no holders"

# s01 广东省环境保护条例 (2022: a province's 条例, every level, relative bodies 本级/上一级/同级, 共同的上一级人民政府)
f = "s01.md"
U(f, 21, "各级人民政府", "各级人民政府", "collective", "")
U(f, 23, "各级人民政府", "各级人民政府", "collective", "")
U(f, 25, "县级以上生态环境主管部门", "县级以上生态环境主管部门", "collective", "实施统一监督管理 (no modal: the text's own rule)")
U(f, 27, "县级以上人民政府有关部门", "县级以上人民政府有关部门", "collective", "")
U(f, 29, "乡镇人民政府", "乡镇人民政府", "collective", "应当协助: holders; the 生态环境主管部门 assisted is no holder (round 4)")
U(f, 29, "街道办事处", "街道办事处", "collective", "")
U(f, 29, "基层群众性自治组织", "基层群众性自治组织", "grassroots", "")
U(f, 33, "各级人民政府", "各级人民政府", "collective", "")
U(f, 33, "有关部门", "有关部门", "collective", "及其有关部门")
U(f, 35, "各级人民政府", "各级人民政府", "collective", "")
U(f, 35, "有关部门", "有关部门", "collective", "及其有关部门")
R(f, 41, "省人民政府", "广东省人民政府", "county_gov", "下达 (no modal: the text's own rule); 39's 本省实行…责任制 is a frame (no record)")
U(f, 41, "各地级以上市人民政府", "各地级以上市人民政府", "collective", "将…分解落实: every prefecture city's")
U(f, 43, "有关部门", "有关部门", "collective", "应当…报告; " + REC)
U(f, 43, "县级以上人民政府", "县级以上人民政府", "collective", "应当每年向上一级人民政府报告; " + REC)
U(f, 47, "实施联合防治的人民政府", "实施联合防治的人民政府", "collective", "45's 省、地级以上市人民政府 may (可以): no record")
U(f, 47, "共同的上一级人民政府", "共同的上一级人民政府", "collective", "由X协调解决; " + REL_UP)
R(f, 51, "省人民政府生态环境主管部门", "广东省生态环境主管部门", "department", "省人民政府 approving no holder")
U(f, 51, "有关部门", "有关部门", "collective", "partner after 会同")
U(f, 53, "地级以上市、县级生态环境主管部门", "地级以上市生态环境主管部门", "collective", "two levels; " + REC)
U(f, 53, "地级以上市、县级生态环境主管部门", "县级生态环境主管部门", "collective", "")
U(f, 53, "有关部门", "有关部门", "collective", "partner after 会同")
U(f, 57, "县级以上生态环境主管部门", "县级以上生态环境主管部门", "collective", "原批准机关 approving no holder")

# s02 许昌市城乡规划条例 (2021: a city's 条例 naming its county-level cities and counties, 本级人民政府 as a holder)
f = "s02.md"
S = "许昌市"
U_CTY = "县（市）城乡规划主管部门"
R(f, 19, "市城乡规划主管部门", S + "城乡规划主管部门", "department", "")
U(f, 21, U_CTY, U_CTY, "collective", "the counties' and county-level cities'")
U(f, 23, "乡镇人民政府", "乡镇人民政府", "collective", "")
U(f, 25, "其他有关部门", "其他有关部门", "collective", "")
R(f, 27, "市、县（市）城乡规划主管部门", S + "城乡规划主管部门", "department", "")
U(f, 27, "市、县（市）城乡规划主管部门", U_CTY, "collective", "")
R(f, 33, "市人民政府", S + "人民政府", "county_gov", "由X组织编制 (a list's item; 31's header names no holder); 省人民政府 approving no holder")
R(f, 35, "本级人民政府", "禹州市人民政府", "county_gov",
  "由本级人民政府组织编制: the level of the plans named, 禹州市's and 长葛市's (county-level cities of 许昌)")
R(f, 35, "本级人民政府", "长葛市人民政府", "county_gov", "")
R(f, 37, "襄城县、鄢陵县人民政府", "襄城县人民政府", "county_gov", "named counties of the city (no modal: the text's own rule)")
R(f, 37, "襄城县、鄢陵县人民政府", "鄢陵县人民政府", "county_gov", "")
U(f, 39, "镇人民政府", "镇人民政府", "collective", "建安区's townships; 市人民政府 approving no holder")
U(f, 41, "镇人民政府", "镇人民政府", "collective", "县（市）人民政府 approving, 市人民政府 receiving a filing: no holders")
U(f, 43, "本级人民政府", "本级人民政府", "collective",
  "交由本级人民政府研究处理: the government of each plan's level (the city's, 禹州's, 长葛's, the counties'): several, "
  "not the city's alone; " + REC)
U(f, 45, "乡镇人民政府", "乡镇人民政府", "collective", "")
U(f, 47, "乡镇人民政府", "乡镇人民政府", "collective", "")
R(f, 51, "市人民政府", S + "人民政府", "county_gov", "组织编制 (no modal)")
U(f, 53, "县（市）人民政府", "县（市）人民政府", "collective", "")
U(f, 55, "行业主管部门", "行业主管部门", "collective", "each sector's competent department (由X会同…共同组织编制)")
R(f, 55, "城乡规划等相关主管部门", S + "城乡规划主管部门", "department",
  "partner after 会同, a bare field in the city's text (round 1; doubt: 报本级人民政府 says each level)")
R(f, 57, "市、县（市）城乡规划主管部门", S + "城乡规划主管部门", "department", REC)
U(f, 57, "市、县（市）城乡规划主管部门", U_CTY, "collective", "")
R(f, 59, "市、县（市）城乡规划主管部门", S + "城乡规划主管部门", "department", "")
U(f, 59, "市、县（市）城乡规划主管部门", U_CTY, "collective", "")

# s03 烟台市森林防火条例 (2016: a city's 条例, 市、县（市、区）, 其森林防火指挥机构, 共同的上一级人民政府)
f = "s03.md"
S = "烟台市"
TWO = "市、县（市、区）人民政府林业主管部门"
U_LY = "县（市、区）林业主管部门"
R(f, 19, TWO, S + "林业主管部门", "department", "17's 实行各级人民政府行政首长负责制 is a frame (no record)")
U(f, 19, TWO, U_LY, "collective", "")
U(f, 21, "市、县（市、区）人民政府其他有关部门", "其他有关部门", "collective", "有关部门 of two levels")
U(f, 23, "乡（镇）人民政府", "乡（镇）人民政府", "collective", "")
U(f, 23, "村（居）民委员会", "村（居）民委员会", "grassroots", "25's 森林资源经营单位和个人 are the regulated side")
U(f, 27, "各级人民政府", "各级人民政府", "collective", "")
U(f, 29, "县（市、区）人民政府", "县（市、区）人民政府", "collective", "")
U(f, 29, "乡（镇）人民政府", "乡（镇）人民政府", "collective", "")
R(f, 31, "市、县（市、区）人民政府", S + "人民政府", "county_gov", "the 指挥机构 set up and its members are no records")
U(f, 31, "市、县（市、区）人民政府", "县（市、区）人民政府", "collective", "")
R(f, 33, TWO, S + "林业主管部门", "department", "承担本级人民政府…指挥机构的日常工作")
U(f, 33, TWO, U_LY, "collective", "")
R(f, 35, "市、县（市、区）人民政府", S + "人民政府", "county_gov", "")
U(f, 35, "市、县（市、区）人民政府", "县（市、区）人民政府", "collective", "")
U(f, 37, "各级人民政府", "各级人民政府", "collective", "")
U(f, 39, "共同的上一级人民政府", "共同的上一级人民政府", "collective", "由X确定…; " + REL_UP)
R(f, 41, "市、县（市、区）人民政府", S + "人民政府", "county_gov", "a list's header (items 43-51)")
U(f, 41, "市、县（市、区）人民政府", "县（市、区）人民政府", "collective", "")
R(f, 41, "其森林防火指挥机构", S + "森林防火指挥机构", "department",
  "其 = each government named: the city's body (as round 1's 及其城乡规划主管部门) and the counties'")
U(f, 41, "其森林防火指挥机构", "县（市、区）森林防火指挥机构", "collective", "")
R(f, 55, TWO, S + "林业主管部门", "department", "编制…组织实施 (no modal); " + REC)
U(f, 55, TWO, U_LY, "collective", "")
R(f, 57, TWO, S + "林业主管部门", "department", REC)
U(f, 57, TWO, U_LY, "collective", "")

# s04 重庆市防汛抗旱条例 (2008: a municipality's 条例, 区县（自治县）, 指挥机构 under 上级/同级, townships, committees)
f = "s04.md"
S = "重庆市"
GOV2 = "市、区县（自治县）人民政府"
U_QX = "区县（自治县）人民政府"
for line, note in [(17, "领导和组织 (no modal); 15's 实行…负责制 and 各有关部门实行…责任制 are frames (no record)"),
                   (19, ""), (23, ""), (27, "设立 (no modal)")]:
    R(f, line, GOV2, S + "人民政府", "county_gov", note)
    U(f, line, GOV2, U_QX, "collective", "")
U(f, 29, "防汛抗旱指挥机构", "防汛抗旱指挥机构", "collective",
  "统一指挥: each level's, set up at both in 27 (doubt: a bare name in a city's text is the city's); 上级…指挥机构 "
  "and 同级人民政府 leading are no holders")
U(f, 31, "防汛抗旱指挥机构的办事机构", "防汛抗旱指挥机构的办事机构", "collective",
  "承担日常工作: each level's office, housed in 同级水行政主管部门 (no holder)")
U(f, 33, "防汛抗旱指挥机构成员单位", "防汛抗旱指挥机构成员单位", "collective", "共同做好 (no modal)")
U(f, 35, "有防汛抗旱任务的其他部门和单位", "有防汛抗旱任务的其他部门和单位", "collective", "")
U(f, 37, "乡镇人民政府", "乡镇人民政府", "collective", "负责; 上级人民政府防汛抗旱指挥机构 leading is no holder")
U(f, 37, "街道办事处", "街道办事处", "collective", "")
U(f, 39, "乡镇人民政府", "乡镇人民政府", "collective", "")
U(f, 39, "街道办事处", "街道办事处", "collective", "")
U(f, 41, "村（居）民委员会", "村（居）民委员会", "grassroots", "应当协助: the 当地人民政府 assisted is no holder")
R(f, 43, "市、区县（自治县）人民政府防汛抗旱指挥机构", S + "防汛抗旱指挥机构", "department", "")
U(f, 43, "市、区县（自治县）人民政府防汛抗旱指挥机构", "区县（自治县）防汛抗旱指挥机构", "collective", "")
R(f, 47, "市、区县（自治县）人民政府水行政主管部门", S + "水行政主管部门", "department", REC)
U(f, 47, "市、区县（自治县）人民政府水行政主管部门", "区县（自治县）水行政主管部门", "collective", "")
U(f, 47, "有关部门", "有关部门", "collective", "partner after 会同")
R(f, 53, "市、区县（自治县）人民政府防汛抗旱指挥机构", S + "防汛抗旱指挥机构", "department", REC)
U(f, 53, "市、区县（自治县）人民政府防汛抗旱指挥机构", "区县（自治县）防汛抗旱指挥机构", "collective", "")
U(f, 55, "成员单位", "成员单位", "collective", "the members of each level's 指挥机构; " + REC)
U(f, 57, "乡镇人民政府", "乡镇人民政府", "collective", "区县（自治县）…指挥机构 approving is no holder")
U(f, 57, "街道办事处", "街道办事处", "collective", "")
U(f, 59, "水工程管理单位", "水工程管理单位", "other", "the works' operators with a duty (as round 12's enterprises)")

# s05 通辽市蒙药保护发展条例 (2021, amended 2024: a 内蒙古 city's 条例, 市、旗县级; pages excerpt cut in 第六条)
f = "s05.txt"
R(f, 27, "市、旗县级人民政府", "通辽市人民政府", "county_gov", "25's 蒙药保护发展应当坚持 names no holder")
U(f, 27, "市、旗县级人民政府", "旗县级人民政府", "collective", "the city's banners and counties (旗县级: a level word)")

# s06 珠海国家高新技术产业开发区条例 (珠海经济特区; a pages excerpt on one line, its punctuation garbled by the copy)
f = "s06.txt"
S = "珠海市"
R(f, 1, "市政府", S + "人民政府", "county_gov",
  "由市政府公布 and 第五条 市政府应当 (the short name defined: 珠海市人民政府，以下简称市政府; the definition of 高新区 "
  "由珠海市人民政府…划定 is no duty; 可以…调整 a permission)")
R(f, 1, "高新区", "珠海国家高新技术产业开发区管理委员会", "zone",
  "高新区应当实现…: the zone as a party (as round 10's p01:21; doubt: no body named)")
U(f, 1, "各园区", "各园区", "collective", "要…确定 and 应当提交: the zone's parks; 唐家湾主园区应当成为… is a role, no record")
for n in ["发展和改革", "科技", "工业和信息化", "财政", "金融", "商务", "人力资源和社会保障", "自然资源", "市场监管",
          "统计", "招商"]:
    R(f, 1, "市政府发展和改革…招商等部门", S + n + "部门", "department", "a list after 市政府, its separators garbled")

# s07 陕西省西咸新区条例 (草案送审稿; a province's draft for a zone of two cities; a document site's chunks, cut in 第七条)
f = "s07.txt"
Z = "陕西省西咸新区管理机构"
R(f, 2, "西咸新区", Z, "zone", "第四条 西咸新区应当…: the zone as a party (as round 10's p01:21; doubt)")
R(f, 2, "省人民政府设立的西咸新区管理机构", Z, "zone", "省人民政府设立的X: the province's (round 6)")
R(f, 2, "西咸新区管理机构", Z, "zone", "统一领导各新城工作")
U(f, 2, "各新城管理机构", "各新城管理机构", "collective", "the new towns' bodies")
R(f, 2, "省人民政府", "陕西省人民政府", "county_gov", "第六条")
U(f, 3, "省人民政府各行政管理部门", "省人民政府各行政管理部门", "collective", "the province's departments as a set")
R(f, 3, "西安、咸阳两市", "西安市人民政府", "county_gov", "named cities of the province (the clause cut after 应)")
R(f, 3, "西安、咸阳两市", "咸阳市人民政府", "county_gov", "")
U(f, 3, "相关县(市、区)人民政府", "相关县（市、区）人民政府", "collective", "")

# s08 天津市乡村振兴促进条例 (2021: a municipality's 条例 in traditional script; pages excerpt cut in 第五条)
f = "s08.txt"
R(f, 16, "本市", "天津市人民政府", "county_gov", "本市構建…格局，…建立健全… (no modal: the government's, round 4)")
U(f, 18, "各級人民政府", "各级人民政府", "collective", "17's 本市實行市負總責、區鄉鎮抓落實的…機制 is a frame (no record)")

if __name__ == "__main__":
    records.write(Path(__file__).resolve().parent / "expected.jsonl")
