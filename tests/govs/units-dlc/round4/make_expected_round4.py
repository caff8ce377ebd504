"""How expected.jsonl of round 4 was written (units13), by hand from the text before the parser ran: one call a record."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U

# g01 彭水 (autonomous county of 重庆; a second regulation of a county drawn in round 2)
P = "彭水苗族土家族自治县"
f = "g01.md"
GT = P + "国土资源和房屋管理主管部门"
R(f, 15, "自治县人民政府国土资源和房屋管理主管部门（以下简称自治县国土资源主管部门）", GT, "department",
  "the short name stands for the full one")
for x in ("环保", "公安", "安监", "煤炭", "林业", "水利", "交通"):
    R(f, 17, "自治县人民政府环保、…、交通等部门", P + x + "部门", "department", "做好 (no modal)")
U(f, 19, "乡镇人民政府（街道办事处）", "乡镇人民政府", "collective", "")
U(f, 19, "乡镇人民政府（街道办事处）", "街道办事处", "collective",
  "the bracket names the street offices beside the towns; the county department helped (协助) is no holder (round 2's 配合 rule)")
R(f, 21, "自治县国土资源主管部门", GT, "department", "the approving 自治县人民政府 is no holder")
R(f, 25, "自治县国土资源主管部门", GT, "department",
  "由X审批颁发; the exception's 国土资源部 and 市 department and the filing's receiver are no holders")
R(f, 27, "自治县国土资源主管部门", GT, "department", "the first one; the second, receiving an application, is no holder")
R(f, 49, "自治县国土资源主管部门", GT, "department", "")
R(f, 53, "自治县人民政府", P + "人民政府", "county_gov", "")
R(f, 53, "自治县国土资源主管部门", GT, "department", "由其…公告 (其 is the department); the 可以 after is a permission")
R(f, 55, "自治县国土资源主管部门", GT, "department", "每年进行一次检查 (no modal)")

# g02 上海市浦东新区 (a municipality's district; a 上海 regulation)
C = "上海市"
D = "浦东新区"
f = "g02.md"
R(f, 15, "本市", C + "人民政府", "county_gov", "本市 as the actor without a modal (rounds 2-3; doubt: a principle)")
R(f, 17, "市人民政府", C + "人民政府", "county_gov", "国家有关部门 (协作) no holder")
R(f, 19, "浦东新区人民政府", D + "人民政府", "district_gov", "")
U(f, 21, "浦东新区相关镇人民政府", "浦东新区相关镇人民政府", "collective", "the district's towns concerned")
U(f, 21, "街道办事处", "街道办事处", "collective", "")
U(f, 21, "园区管理机构", "园区管理机构", "collective", "no zone named")
R(f, 23, "市科技部门", C + "科技部门")
R(f, 23, "浦东新区科技部门", D + "科技部门", "department", "the district's department")
FIELDS = ("发展改革", "经济信息化", "商务", "卫生健康", "药品监管", "医疗保障", "财政", "规划资源", "生态环境",
          "人力资源社会保障", "地方金融", "绿化市容")
for x in FIELDS:
    R(f, 25, "市和浦东新区发展改革、…、绿化市容等部门", C + x + "部门", "department", "the city's of 市和浦东新区")
    R(f, 25, "市和浦东新区发展改革、…、绿化市容等部门", D + x + "部门", "department", "the district's of 市和浦东新区")
U(f, 25, "海关等单位", "海关", "other", "customs: the state's, no local government's")
R(f, 27, "浦东新区人民政府", D + "人民政府", "district_gov", "设立 (no modal)")
R(f, 27, "专家委员会", D + "生物医药产业发展专家委员会", "institution",
  "set up by the district government: the district's (round 3's rule; doubt)")
R(f, 29, "市、浦东新区人民政府", C + "人民政府", "county_gov", "")
R(f, 29, "市、浦东新区人民政府", D + "人民政府", "district_gov", "")
for x in ("科技", "卫生健康"):
    R(f, 31, "市和浦东新区科技、卫生健康等部门", C + x + "部门")
    R(f, 31, "市和浦东新区科技、卫生健康等部门", D + x + "部门")
R(f, 39, "市药品监管部门", C + "药品监管部门", "department", "the helped 国家药品监管部门 (配合) is no holder; 可以 before")
R(f, 43, "市药品监管部门", C + "药品监管部门", "department", "由X会同Y制定")
R(f, 43, "市卫生健康部门", C + "卫生健康部门", "department", "partner after 会同")
R(f, 49, "本市", C + "人民政府", "county_gov", "本市 without a modal (rounds 2-3; doubt)")
R(f, 51, "市药品监管部门", C + "药品监管部门")
R(f, 53, "本市", C + "人民政府", "county_gov", "本市 without a modal (rounds 2-3; doubt)")
R(f, 57, "浦东新区卫生健康部门", D + "卫生健康部门", "department", "负责…备案 (the duty is the subject's)")
R(f, 57, "农业农村部门", D + "农业农村部门", "department",
  "partner after 会同 of a district department: the same district's (doubt)")
R(f, 59, "本市", C + "人民政府", "county_gov", "本市建立 (no modal; rounds 2-3; doubt)")
R(f, 59, "浦东新区人民政府", D + "人民政府", "district_gov", "")
U(f, 59, "有关部门", "有关部门", "collective", "partner after 会同")
U(f, 59, "上海海关", "上海海关", "other", "customs: the state's (简化通关手续, no modal)")

# g03 深圳经济特区 (a special economic zone; the city's regulation)
S = "深圳市"
f = "g03.md"
for line in (17, 19):
    R(f, line, "市、区人民政府", S + "人民政府", "county_gov", "")
    U(f, line, "市、区人民政府", "各区人民政府", "collective", "")
U(f, 29, "中医药发展工作联席会议", "中医药发展工作联席会议", "other",
  "a joint meeting of departments of two levels: no one body (doubt)")
R(f, 29, "卫生健康部门", S + "卫生健康部门", "department", "bare functional name in a city's own regulation: the city's (units9)")
R(f, 31, "卫生健康部门（以下称中医药主管部门）", S + "卫生健康部门", "department",
  "bare: the city's (units9; doubt: 本行政区域 means every level)")
U(f, 33, "市、区人民政府其他有关部门", "其他有关部门", "collective", "")
R(f, 35, "市中医药主管部门", S + "卫生健康部门", "department", "the short name of line 31; 组织成立 (no modal)")
R(f, 35, "中医药改革发展专家咨询委员会", S + "中医药改革发展专家咨询委员会", "institution",
  "set up by the city's department, the subject of 开展…工作 (doubt)")
for line in (37, 41):
    R(f, line, "市、区人民政府及有关部门", S + "人民政府", "county_gov", "")
    U(f, line, "市、区人民政府及有关部门", "各区人民政府", "collective", "")
    U(f, line, "市、区人民政府及有关部门", "有关部门", "collective", "")
R(f, 41, "中医药主管部门", S + "卫生健康部门", "department", "the short name of line 31, bare: the city's")
for x in ("教育", "文化广电旅游体育", "市场监管"):
    R(f, 41, "教育、文化广电旅游体育、市场监管等部门", S + x + "部门", "department", "partners after 会同, bare: the city's")
R(f, 49, "市人民政府", S + "人民政府", "county_gov", "")
U(f, 51, "本市每个行政区", "每个行政区", "collective", "each district (its government)")
U(f, 59, "公立综合医院、妇幼保健院、传染病医院和其他有条件的专科医院", "公立综合医院", "institution",
  "public hospitals (institutions, as round 3's schools; doubt)")

# g04 杭州 (较大的市)
f = "g04.md"
U(f, 27, "各级人民政府", "各级人民政府")
U(f, 29, "各级人力资源和社会保障主管部门", "各级人力资源和社会保障主管部门")
U(f, 31, "地方工会", "地方工会", "social_org", "")
U(f, 31, "产业工会", "产业工会", "social_org", "")
for x in ("工商联", "企业联合会", "企业家协会"):
    U(f, 33, "工商联、企业联合会、企业家协会等企业代表组织", x, "social_org", "")
U(f, 35, "各级人力资源和社会保障主管部门", "各级人力资源和社会保障主管部门")
U(f, 35, "同级地方工会", "地方工会", "social_org", "partner after 会同")
U(f, 35, "企业代表组织", "企业代表组织", "social_org", "partner after 会同")

# g05 淄博 (较大的市)
Z = "淄博市"
f = "g05.md"
R(f, 21, "市、区县人民政府", Z + "人民政府", "county_gov", "")
U(f, 21, "市、区县人民政府", "各区县人民政府", "collective", "")
R(f, 25, "市、区县档案主管部门", Z + "档案主管部门")
U(f, 25, "市、区县档案主管部门", "各区县档案主管部门", "collective", "")
R(f, 27, "市、区县住房城乡建设主管部门", Z + "住房城乡建设主管部门")
U(f, 27, "市、区县住房城乡建设主管部门", "各区县住房城乡建设主管部门", "collective", "")
R(f, 27, "城乡建设档案管理机构", Z + "城乡建设档案管理机构", "institution",
  "bare: the city's (units9; doubt: line 33 names both levels' bodies)")
for x in ("发展改革", "自然资源和规划", "交通运输", "水利", "文化和旅游", "城市管理", "人防"):
    R(f, 29, "发展改革、…、人防等部门", Z + x + "部门", "department", "bare list in a city's own regulation: the city's")
U(f, 29, "电力、通信等单位", "电力", "other", "utilities")
U(f, 29, "电力、通信等单位", "通信", "other", "carriers")
U(f, 31, "镇人民政府", "镇人民政府", "collective", "")
U(f, 31, "街道办事处", "街道办事处", "collective", "")
R(f, 33, "市城乡建设档案管理机构", Z + "城乡建设档案管理机构", "institution", "")
R(f, 35, "市、区县城乡建设档案管理机构", Z + "城乡建设档案管理机构", "institution", "")
U(f, 35, "市、区县城乡建设档案管理机构", "各区县城乡建设档案管理机构", "collective", "")
U(f, 35, "有关部门", "有关部门", "collective", "")
R(f, 39, "住房城乡建设主管部门", Z + "住房城乡建设主管部门", "department", "bare: the city's")
U(f, 39, "相关部门", "相关部门", "collective", "")

# g06 东莞 (a prefecture city with no county level: towns under the city)
G = "东莞市"
f = "g06.md"
R(f, 21, "市人民政府", G + "人民政府", "county_gov", "")
U(f, 23, "镇人民政府（街道办事处）", "镇人民政府", "collective", "the city's towns (no county between)")
U(f, 23, "镇人民政府（街道办事处）", "街道办事处", "collective", "")
U(f, 25, "园区管理委员会", "园区管理委员会", "collective", "no zone named")
R(f, 27, "生态环境部门", G + "生态环境部门", "department", "bare: the city's")
for x in ("发展改革", "工业和信息化", "财政", "自然资源", "交通运输", "水务", "城市管理综合执法"):
    R(f, 29, "发展改革、…、城市管理综合执法等部门", G + x + "部门", "department", "bare list: the city's")
R(f, 31, "生态环境部门", G + "生态环境部门")
R(f, 31, "发展改革部门", G + "发展改革部门", "department", "partner after 会同")
R(f, 39, "生态环境部门", G + "生态环境部门")
U(f, 41, "新闻媒体", "新闻媒体", "institution", "media (round 3)")

# g07 山东省 (a province's implementing measures of a national law)
SD = "山东省"
f = "g07.md"
U(f, 19, "县级以上人民政府地质矿产行政主管部门", "县级以上人民政府地质矿产行政主管部门", "collective", "")
U(f, 19, "其他有关部门", "其他有关部门", "collective", "协助: the helped is the line's first subject")
for line in (29, 33, 35):
    R(f, line, "省地质矿产行政主管部门", SD + "地质矿产行政主管部门", "department",
      "the applicant's receiver at line 29 is the same department, named once")
R(f, 45, "省地质矿产行政主管部门", SD + "地质矿产行政主管部门", "department", "由X审批登记 (items 47-53 below)")
U(f, 55, "设区的市（地）地质矿产行政主管部门", "设区的市（地）地质矿产行政主管部门", "collective", "由X审批登记")

# g08 北京 (a standing committee's decision)
B = "北京市"
f = "g08.md"
R(f, 13, "市、区人民政府", B + "人民政府", "county_gov", "the 可以 of line 11 are permissions")
U(f, 13, "市、区人民政府", "各区人民政府", "collective", "")
U(f, 15, "乡、镇人民政府", "乡镇人民政府", "collective", "those organised (社区, 物业服务企业, 志愿者组织) no holders")
U(f, 15, "街道办事处", "街道办事处", "collective", "")
U(f, 17, "社区（村）", "社区（村）", "grassroots", "")
U(f, 19, "机关", "机关", "collective", "state organs listed with the regulated side (round 3)")
for line in (29, 33, 35):
    R(f, line, "公安机关", B + "公安机关", "department",
      "由公安机关…处罚: bare, the city's by the set's convention (doubt: every level's)")
U(f, 31, "医疗机构", "医疗机构", "institution", "the second, helped by 公安机关 (协助), no second record")
R(f, 31, "公安机关", B + "公安机关", "department", "由公安机关协助…: the assisting holder (bare: the city's; doubt)")
U(f, 35, "有关部门", "有关部门", "collective", "由有关部门…处置")
R(f, 39, "卫生健康行政部门", B + "卫生健康行政部门", "department", "bare: the city's")
R(f, 41, "公安机关", B + "公安机关", "department", "bare: the city's (doubt)")
R(f, 41, "市场监管部门", B + "市场监管部门", "department", "bare: the city's")

if __name__ == "__main__":
    records.write(Path(__file__).resolve().parent / "expected.jsonl")
