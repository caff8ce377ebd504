"""How expected.jsonl of round 10 was written (ud42), by hand from the text before the parser ran: one call a record.

p01-p05 are the LawRefBook/Laws mirror (commit 2f4c5c2; the first 60 lines of each: DLC/, 行政法规/), p06-p08 `pages`
search excerpts (sources.tsv gives each address)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U

# p01 北京经济技术开发区条例 (a municipality's 条例 for its development zone: the zone's committee)
f = "p01.md"
ZONE = "北京经济技术开发区管理委员会"
R(f, 21, "开发区", ZONE, "zone", "开发区应当建设…: the zone as a party (as round 7's j02:53 新区; doubt: no body named)")
R(f, 33, "市人民政府", "北京市人民政府", "county_gov", "设立管委会 (no modal, as round 8's k07:5)")
R(f, 33, "北京经济技术开发区管理委员会（以下简称开发区管委会）", ZONE, "zone",
  "代表市人民政府…实行统一领导和管理; the 市人民政府 it acts for is no second record")
R(f, 35, "开发区管委会", ZONE, "zone",
  "a list's header (行使下列职权：, items 37-59); 市人民政府 approving (39) and 有关部门 supervised (59) are no holders")

# p02 浙江省消防条例 (a province's 条例, 2021: 消防救援机构 (the vertical fire and rescue force), zones' bodies)
f = "p02.md"
U(f, 19, "各级人民政府", "各级人民政府", "collective", "")
U(f, 21, "县级以上人民政府应急管理部门", "县级以上人民政府应急管理部门", "collective", "")
U(f, 21, "本级人民政府消防救援机构", "县级以上人民政府消防救援机构", "collective",
  "由本级…负责实施: each level's fire and rescue body (vertical: the national force's; kept a set)")
U(f, 21, "主管单位", "主管单位", "other", "由其主管单位监督管理: the units in charge of military facilities (and mines, plants)")
U(f, 21, "消防救援机构", "消防救援机构", "collective", "消防救援机构协助 (no object: the helper holds); bare, every level's")
U(f, 23, "县级以上人民政府其他有关部门", "县级以上人民政府其他有关部门", "collective", "")
U(f, 25, "县级以上人民政府在开发区（园区）设立的管理机构", "县级以上人民政府在开发区（园区）设立的管理机构", "collective",
  "the zones' bodies of every level")
U(f, 43, "县级以上人民政府", "县级以上人民政府", "collective", "a list's header (items 45-57); 下一级人民政府 assessed no holder")
U(f, 59, "县级以上消防安全委员会", "县级以上消防安全委员会", "collective",
  "a list's header, its items cut by the excerpt; 单位 (27), 主要负责人 (29), 公民 (31) regulated or persons: no record")

# p03 民族乡行政工作条例 (a national 行政法规 of 国家民委: every 民族乡's government, every level above it)
f = "p03.md"
U(f, 19, "民族乡人民政府", "民族乡人民政府", "collective", "a national text: every ethnic township's government")
U(f, 21, "民族乡人民政府", "民族乡人民政府", "collective", "使用…语言文字 (no modal: the text's own rule)")
U(f, 23, "民族乡人民政府", "民族乡人民政府", "collective", "")
U(f, 25, "民族乡人民政府", "民族乡人民政府", "collective", "")
U(f, 27, "各省、自治区、直辖市人民政府", "各省、自治区、直辖市人民政府", "collective", "由X…确定; 15's 决定 (establishing) is no holder")
U(f, 29, "民族乡的上一级人民政府", "民族乡的上一级人民政府", "collective", "the county-level government above each")
U(f, 31, "信贷部门", "信贷部门", "other", "lenders (banks), no government's")
U(f, 35, "县级以上地方各级人民政府", "县级以上地方各级人民政府", "collective", "给予照顾 (no modal); 33's 可以 no record")
U(f, 37, "县级以上地方各级人民政府", "县级以上地方各级人民政府", "collective", "")
U(f, 39, "民族乡", "民族乡", "collective", "every ethnic township (its government) managing its resources (no modal)")
U(f, 43, "县级以上地方各级人民政府", "县级以上地方各级人民政府", "collective", "")
U(f, 45, "县级以上地方各级人民政府", "县级以上地方各级人民政府", "collective", "47, 49, 53 可以: no record")
U(f, 51, "民族乡", "民族乡", "collective", "积极开展扫盲工作 (no modal); 上级人民政府 helping and guiding is no holder")
U(f, 55, "县级以上地方各级人民政府", "县级以上地方各级人民政府", "collective", "")
U(f, 57, "县级以上地方各级人民政府", "县级以上地方各级人民政府", "collective", "")
U(f, 59, "县级以上地方各级人民政府", "县级以上地方各级人民政府", "collective", "")

# p04 中华人民共和国海关稽查条例 (a national 行政法规: 海关, the State's vertical customs; 海关总署)
f = "p04.md"
U(f, 15, "海关", "海关", "other", "实施海关稽查 (no modal, a list's header of those audited: the regulated side no record)")
U(f, 29, "海关", "海关", "other", "海关应当予以保密 (可以收集 no record); 行业协会、政府部门 asked are no holders")
U(f, 31, "海关", "海关", "other", "海关和海关工作人员: the staff are persons, no record")
U(f, 45, "海关", "海关", "other", "35-41: the enterprises audited, the regulated side, no record")
U(f, 47, "海关", "海关", "other", "应当…书面通知; 关长 approving is a person, no holder")
U(f, 49, "海关", "海关", "other", "")
R(f, 53, "海关总署", "海关总署", "department", "由X统一制发: the State's customs administration by name (national text)")

# p05 河南省人大常委会关于进一步加强省地方税务工作的决议 (a province's decision: 地方税务机关, 各级人民政府)
f = "p05.md"
U(f, 9, "各级人民政府", "各级人民政府", "collective", "要…: a decision's modal; line 7's 会议要求 names no holder")
U(f, 11, "地方税务机关", "地方税务机关", "collective",
  "the local tax bureaus of every level (doubt: 省以下垂直, the province's own system); bare in a province's text")
U(f, 17, "各级人民政府", "各级人民政府", "collective", "13, 15: 要… with no subject, no record")
U(f, 17, "工商、金融、公安等有关部门", "工商、金融、公安等有关部门", "collective",
  "要加强与地税机关的协作配合: fields bare in a province's text, every level's (金融: doubt, not all government)")

# p06 宁夏回族自治区民用机场保护办法 (a region's 规章 in traditional script: the CAAC's regional office, airports)
f = "p06.txt"
U(f, 6, "民用機場所在地縣級以上人民政府", "县级以上人民政府", "collective", "those where the airport lies")
U(f, 7, "中國民用航空寧夏監督管理機構(以下簡稱民航管理機構)", "中国民用航空宁夏监督管理机构", "other",
  "履行…职责 (no modal): the State's civil aviation office in the region (vertical), no local government's body")
U(f, 8, "民用機場所在地縣級以上人民政府發展改革、國土資源、城鄉建設、規劃、城管、安全生產、無線電管理、氣象、應急管理等有關部門",
  "县级以上人民政府有关部门", "collective", "按照各自职责，做好: those where the airport lies")
U(f, 9, "鄉鎮人民政府", "乡镇人民政府", "collective", "应当协助做好 (no object): holders")
U(f, 9, "街道辦事處", "街道办事处", "collective", "")
U(f, 10, "民用機場管理機構(以下簡稱機場管理機構)", "民用机场管理机构", "other",
  "具体负责: the airport's operator (a legal person), no government's")
U(f, 12, "各級人民政府", "各级人民政府", "collective", "")
U(f, 12, "相關部門", "相关部门", "collective", "各级人民政府及其相关部门")

# p07 甘孜藏族自治州森林草原防灭火条例 (an autonomous prefecture's 条例 in traditional script)
f = "p07.txt"
R(f, 13, "自治州", "甘孜藏族自治州人民政府", "county_gov", "自治州、县（市）人民政府应当: the prefecture's")
U(f, 13, "縣(市)人民政府", "县（市）人民政府", "collective", "the prefecture's counties and cities; 14 鼓励 no record")

# p08 浙江省民用机场管理办法 (a province's 规章 in traditional script with pinyin glosses; two levels in one clause)
f = "p08.txt"
R(f, 8, "國家民用航空主管部門", "国家民用航空主管部门", "department",
  "由X…执行: the State's civil aviation authority (one body, 民航局; doubt: named by its field)")
U(f, 8, "地區(qū)民用航空管理機(jī)構(gòu)", "地区民用航空管理机构", "other",
  "its regional offices (vertical, the State's); the two defined together as 民用航空主管部门")
R(f, 9, "省", "浙江省人民政府", "county_gov", "省和…城市、县人民政府将…纳入… (no modal, the text's own rule): the province's")
U(f, 9, "民用機(jī)場所在地城市、縣人民政府", "民用机场所在地城市、县人民政府", "collective",
  "the cities' and counties' where an airport lies; 有关部门、单位 urged are no holders")

records.write(Path(__file__).with_name("expected.jsonl"))
