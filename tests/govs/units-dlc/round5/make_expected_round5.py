"""How expected.jsonl of round 5 was written (units14), by hand from the text before the parser ran: one call a record."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U

# h01 上海 (a standing committee's decision for a zone of two provinces and a municipality)
SH = "上海市"
f = "h01.md"
U(f, 13, "示范区理事会", "示范区理事会", "other", "set up by 上海 with 江苏 and 浙江: no one government's body")
U(f, 15, "示范区执行委员会（以下简称示范区执委会）", "示范区执行委员会", "other", "set up by the two provinces and the city")
U(f, 17, "示范区执委会", "示范区执行委员会", "other", "those it pushes (两省一市相关部门, 相关地区人民政府) are no holders")
U(f, 19, "示范区执委会", "示范区执行委员会", "other",
  "负责…审批、核准和备案管理 (no modal); the district and county governments joined in an approval power no holders")
R(f, 21, "市人民政府", SH + "人民政府", "county_gov", "")
R(f, 23, "青浦区人民政府", "青浦区人民政府", "district_gov", "the executive committee helped (配合) no holder")
U(f, 23, "青浦区人民政府及有关部门", "青浦区有关部门", "collective", "the district's departments concerned")
U(f, 25, "市人民代表大会常务委员会", "上海市人民代表大会常务委员会", "other",
  "由X依法作出决定: the city's congress, no government body (doubt)")
U(f, 27, "市人民代表大会常务委员会", "上海市人民代表大会常务委员会", "other", "由X依法决定; 执委会可以 a permission")

# h02 山东省 (a province's 办法)
SD = "山东省"
f = "h02.md"
U(f, 13, "县级以上人民政府", "县级以上人民政府")
U(f, 15, "县级以上人民政府卫生健康主管部门", "县级以上人民政府卫生健康主管部门", "collective", "实施 (no modal)")
R(f, 17, "省、设区的市人民政府生态环境主管部门", SD + "生态环境主管部门", "department", "the 省 of the pair")
U(f, 17, "省、设区的市人民政府生态环境主管部门", "设区的市人民政府生态环境主管部门", "collective", "every city's")
for x in ("发展改革", "公安", "自然资源", "住房城乡建设", "交通运输", "市场监管"):
    U(f, 19, "县级以上人民政府发展改革、…、市场监管等部门", "县级以上人民政府" + x + "部门", "collective", "")
R(f, 21, "省人民政府大数据工作主管部门", SD + "大数据工作主管部门", "department", "")
for x in ("卫生健康", "生态环境", "公安", "自然资源", "交通运输"):
    R(f, 21, "卫生健康、…、交通运输等部门", SD + x + "部门", "department",
      "partners after 会同 with no level of their own take the subject's (round 4)")
U(f, 33, "乡镇人民政府", "乡镇人民政府", "collective", "those organised (机关, 社会团体, …) are no holders")
U(f, 33, "街道办事处", "街道办事处", "collective", "")
U(f, 35, "县级人民政府环境卫生主管部门", "县级人民政府环境卫生主管部门", "collective",
  "由X组织…处理; the disposal units organised no holders")
# the regulated side (医疗卫生机构, 医疗废物集中处置单位, 产生…医疗废物的单位) no record (round 1's 经营者 rule);
# the receivers of a declaration (31) or a filing (57) and the one linked to (53) no holders

# h03 青岛 崂山风景区 (a city's regulation for a scenic area; 崂山区, 城阳区, 即墨区 named)
Q = "青岛市"
f = "h03.md"
GW = Q + "崂山风景名胜区管理委员会"
R(f, 21, "崂山风景名胜区管理委员会", GW, "institution", "set up by the city government (市人民政府设立的): the city's (rounds 3-4)")
R(f, 21, "崂山风景名胜区管理委员会办公室", GW + "办公室", "institution", "具体工作由X承担")
R(f, 23, "市人民政府", Q + "人民政府", "county_gov", "由X规定")
FJ = ((Q + "崂山风景名胜区管理局", "the area's bureau for 崂山区's part: the city's (doubt)"),
      ("城阳区风景区管理机构", "a body the district government names: the district's"),
      ("即墨区风景区管理机构", "a body the district government names: the district's"))
for u, note in FJ:
    R(f, 25, "崂山风景名胜区管理局和城阳区、即墨区人民政府确定的管理机构（以下统称风景区管理机构）", u, "institution", note)
CF = ("城乡建设", "发展改革", "财政", "城乡规划", "文物", "旅游", "宗教", "公安", "林业", "水利", "环境保护", "交通运输",
      "土地", "海洋", "渔业", "价格", "工商行政管理", "城管执法")
for x in CF:
    R(f, 27, "市以及崂山、城阳、即墨等相关区城乡建设、…、城管执法等行政主管部门", Q + x + "行政主管部门", "department",
      "the city's of 市以及…相关区")
    U(f, 27, "市以及崂山、城阳、即墨等相关区城乡建设、…、城管执法等行政主管部门", "相关区" + x + "行政主管部门",
      "collective", "the districts concerned (named with 等: doubt, three districts' departments)")
U(f, 29, "街道办事处", "街道办事处", "collective", "支持、协助: the helper is the holder, the body helped no holder")
R(f, 31, "市、相关区人民政府", Q + "人民政府", "county_gov", "")
U(f, 31, "市、相关区人民政府", "相关区人民政府", "collective", "also the second sentence's 相关区人民政府")
U(f, 33, "村（居）民委员会", "村（居）民委员会", "grassroots", "管理…, 组织、引导… (no modal; doubt)")
R(f, 39, "崂山风景名胜区管理委员会", GW, "institution", "those organised no holders")
R(f, 41, "崂山风景名胜区管理委员会", GW, "institution", "those organised no holders")
for line in (43, 45):
    for u, note in FJ:
        R(f, line, "风景区管理机构", u, "institution", "the short name defined over three bodies stands for each (round 3)")
U(f, 49, "有关部门", "有关部门", "collective", "")
R(f, 55, "崂山风景名胜区管理委员会", GW, "institution", "由X公布")

# h04 潮州 (a city with counties and districts)
CZ = "潮州市"
f = "h04.md"
R(f, 35, "市人民政府", CZ + "人民政府", "county_gov", "also 建立联席会议制度 (no modal) on the same line")
U(f, 37, "县（区）人民政府", "各县（区）人民政府", "collective", "a city's lower levels")
U(f, 39, "有畲族聚居村的镇级人民政府", "镇级人民政府", "collective", "the towns concerned")
U(f, 41, "畲族聚居村村民委员会或社区", "村民委员会", "grassroots", "负责协助: the helper")
U(f, 41, "畲族聚居村村民委员会或社区", "社区", "grassroots", "")
R(f, 43, "市、县（区）文化主管部门", CZ + "文化主管部门")
U(f, 43, "市、县（区）文化主管部门", "各县（区）文化主管部门")
R(f, 45, "民族事务主管部门", CZ + "民族事务主管部门", "department", "bare: the city's; the helped 文化主管部门 no holder")
for x in ("发展改革", "教育", "工业和信息化", "民政", "财政", "人力资源社会保障", "自然资源", "住房城乡建设", "农业农村",
          "卫生健康", "市场监督管理", "文物", "旅游"):
    R(f, 47, "发展改革、…、旅游等有关部门", CZ + x + "部门", "department", "bare list: the city's")
R(f, 49, "市文化主管部门", CZ + "文化主管部门")
R(f, 49, "民族事务等有关部门", CZ + "民族事务部门", "department", "partner after 会同, the subject's level")
for x in ("文联", "社科联", "科协"):
    U(f, 51, "文联、社科联、科协等团体", x, "social_org", "")
R(f, 55, "市、县（区）人民政府", CZ + "人民政府", "county_gov", "")
U(f, 55, "市、县（区）人民政府", "各县（区）人民政府")
R(f, 57, "市人民政府", CZ + "人民政府", "county_gov", "设立 (no modal)")

# h05 洛阳 (a city with counties and county-level cities)
LY = "洛阳市"
f = "h05.md"
R(f, 23, "市、县（市）城市公共交通行政主管部门（以下简称公交主管部门）", LY + "城市公共交通行政主管部门")
U(f, 23, "市、县（市）城市公共交通行政主管部门（以下简称公交主管部门）", "各县（市）城市公共交通行政主管部门")
for x in ("发展和改革", "规划", "住房和城乡建设", "国土资源", "财政", "公安", "园林", "工商", "税务", "价格"):
    R(f, 25, "发展和改革、…、价格等行政主管部门", LY + x + "行政主管部门", "department",
      "bare list: the city's (税务 too, by the convention; doubt)")
for line in (29, 35, 41):
    R(f, line, "市、县（市）人民政府", LY + "人民政府", "county_gov", "")
    U(f, line, "市、县（市）人民政府", "各县（市）人民政府")
U(f, 33, "政府", "政府", "collective", "由政府投资: bare 政府, every level's (round 1)")
R(f, 37, "公交主管部门", LY + "城市公共交通行政主管部门", "department", "the short name over two levels: each (round 3)")
U(f, 37, "公交主管部门", "各县（市）城市公共交通行政主管部门")
for x in ("财政", "审计", "价格", "民政"):
    R(f, 37, "财政、审计、价格、民政等有关部门", LY + x + "部门", "department",
      "partners after 会同 take the subject's levels: the city's")
    U(f, 37, "财政、审计、价格、民政等有关部门", "各县（市）" + x + "部门", "collective", "and the counties'")

# h06 景宁 (autonomous county; a regulation not drawn of a county drawn before)
JN = "景宁畲族自治县"
f = "h06.md"
for line in (15, 17, 19, 29, 31, 53, 57):
    R(f, line, "自治县人民政府", JN + "人民政府", "county_gov", "")
R(f, 35, "自治县人民政府", JN + "人民政府", "county_gov", "采取措施 (no modal); the encouraged producers no holders")
HM = JN + "惠明茶产业主管部门"
R(f, 21, "自治县人民政府确定的部门（以下简称惠明茶产业主管部门）", HM, "department",
  "a department the government names, defined by a short name with no level word")
for line in (33, 37, 45):
    R(f, line, "惠明茶产业主管部门", HM, "department", "the short name of line 21, bare: the county's department")
U(f, 23, "自治县人民政府其他有关部门", "其他有关部门")
U(f, 25, "自治县人民政府街道办事处", "街道办事处", "collective", "the county's street offices")
U(f, 25, "乡（镇）人民政府", "乡（镇）人民政府", "collective", "")
U(f, 27, "社区居民委员会", "社区居民委员会", "grassroots", "协助")
U(f, 27, "村民委员会", "村民委员会", "grassroots", "协助")
U(f, 43, "供电企业", "供电企业", "other", "a service provider's duty (not the regulated side; doubt)")
R(f, 45, "市场监管等有关部门", JN + "市场监管部门", "department", "bare: the county's")

# h07 金华 (a city with counties, county-level cities and districts)
JH = "金华市"
f = "h07.md"
R(f, 19, "市、县（市、区）人民政府", JH + "人民政府", "county_gov", "")
U(f, 19, "市、县（市、区）人民政府", "各县（市、区）人民政府")
U(f, 21, "乡（镇）人民政府", "乡（镇）人民政府")
U(f, 21, "街道办事处", "街道办事处")
U(f, 21, "开发区（园区）管理机构", "开发区（园区）管理机构", "collective", "no zone named")
R(f, 23, "市、县（市、区）人民政府特种设备安全监督管理部门", JH + "特种设备安全监督管理部门")
U(f, 23, "市、县（市、区）人民政府特种设备安全监督管理部门", "各县（市、区）特种设备安全监督管理部门")
R(f, 25, "住房和城乡建设行政主管部门", JH + "住房和城乡建设行政主管部门", "department",
  "bare: the city's; those helped (配合) and the property firms guided no holders")
for x in ("教育", "公安", "市场监督管理", "交通运输", "商务", "文化", "卫生", "安全监督管理", "旅游"):
    R(f, 27, "教育、…、旅游等有关部门", JH + x + "部门", "department", "bare list: the city's")
U(f, 29, "特种设备行业协会等社会组织", "特种设备行业协会", "social_org", "")
R(f, 33, "特种设备安全监督管理部门", JH + "特种设备安全监督管理部门", "department", "bare: the city's (doubt: line 23 names both levels)")
U(f, 33, "其他有关单位", "其他有关单位")
U(f, 35, "特种设备行业协会", "特种设备行业协会", "social_org", "the others of the list are the regulated side")
U(f, 37, "学校（幼儿园）", "学校", "institution", "")
U(f, 37, "学校（幼儿园）", "幼儿园", "institution", "")
U(f, 39, "新闻媒体", "新闻媒体", "institution", "")
U(f, 53, "特种设备检验机构", "特种设备检验机构", "institution",
  "the inspection body's supervising duty; the department told (告知) no holder")

# h08 重庆 (a municipality's regulation for a free trade zone)
CQ = "重庆市"
f = "h08.md"
for line in (14, 16, 18, 20):
    U(f, line, "自贸试验区", "自贸试验区", "other", "the zone as a place is the actor: no one body (round 3's 示范区)")
R(f, 22, "市人民政府", CQ + "人民政府", "county_gov", "")
R(f, 28, "市人民政府", CQ + "人民政府", "county_gov", "")
U(f, 30, "中国（重庆）自由贸易试验区工作领导小组（以下简称领导小组）", "中国（重庆）自由贸易试验区工作领导小组", "other",
  "a leading group: no one body (doubt: the city's)")
R(f, 32, "市商务主管部门", CQ + "商务主管部门", "department", "承担…, items 34-42 below the header")
for x in ("投资", "贸易", "金融监管", "市场监管"):
    R(f, 44, "市投资、贸易、金融监管、市场监管等主管部门", CQ + x + "主管部门")
U(f, 44, "其他相关单位", "其他相关单位")
for x in ("海关", "海事", "边检", "外汇", "金融", "税务"):
    U(f, 46, "海关、海事、边检、外汇、金融、税务等中央在渝机构", x, "other", "the state's agencies in the city (round 4's customs)")
for line, m in ((48, "自贸试验区各区域所在地人民政府和开发区管委会（以下统称区域管理机构）"), (50, "区域管理机构"),
                (52, "区域管理机构")):
    U(f, line, m, "自贸试验区各区域所在地人民政府", "collective",
      "the governments where the zone's areas lie; the short name stands for each (round 3)")
    U(f, line, m, "开发区管委会", "collective", "the zones' committees; at 52 items 54-60 below the header")

if __name__ == "__main__":
    records.write(Path(__file__).resolve().parent / "expected.jsonl")
