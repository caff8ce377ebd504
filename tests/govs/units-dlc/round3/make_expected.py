"""How expected.jsonl of round 3 was written (units12), by hand from the text before the parser ran: one call a record."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U

# f01 石柱 (autonomous county of 重庆)
S = "石柱土家族自治县"
f = "f01.md"
R(f, 23, "自治县人民政府", S + "人民政府", "county_gov", "统一领导… (no modal)")
R(f, 25, "自治县人民政府", S + "人民政府", "county_gov", "设立…专项资金 (no modal)")
R(f, 27, "自治县人民政府", S + "人民政府", "county_gov", "设立…机构 (no modal)")
R(f, 27, "西沱历史名镇保护管理机构（以下简称保护管理机构）", S + "西沱历史名镇保护管理机构", "institution",
  "a body the county government sets up: the county's (X设立的Y is Y; doubt: an institution); its items 29-37 below the header")
U(f, 39, "自治县人民政府有关职能部门", "有关职能部门", "collective", "no one department in particular")
R(f, 47, "自治县人民政府", S + "人民政府", "county_gov", "")

# f02 中关村 (a 北京 regulation for a zone)
f = "f02.md"
U(f, 17, "示范区", "示范区", "other", "the zone as a place is the actor: no one body (its management body is line 33's)")
U(f, 19, "示范区", "示范区", "other", "as line 17")
R(f, 31, "市人民政府", "北京市人民政府", "county_gov", "")
R(f, 33, "市人民政府", "北京市人民政府", "county_gov", "设立 (no modal)")
R(f, 33, "示范区管理机构", "北京市示范区管理机构", "zone", "set up by the city government: the city's zone body")
for line in (39, 41, 49, 51, 57):
    R(f, line, "工商行政管理部门", "北京市工商行政管理部门", "department",
      "bare functional name in a city's own regulation: the city's (units9; duty without modal)")

# f03 重庆 (municipality)
f = "f03.md"
C = "重庆市"
R(f, 17, "市、区县（自治县）人民政府", C + "人民政府", "county_gov", "")
U(f, 17, "市、区县（自治县）人民政府", "各区县（自治县）人民政府", "collective", "a municipality's districts and counties")
U(f, 19, "乡镇人民政府", "乡镇人民政府")
U(f, 19, "街道办事处", "街道办事处")
R(f, 21, "市、区县（自治县）卫生健康主管部门", C + "卫生健康主管部门", "department", "items 23-29 below the header")
U(f, 21, "市、区县（自治县）卫生健康主管部门", "各区县（自治县）卫生健康主管部门")
U(f, 31, "市、区县（自治县）人民政府相关部门", "市相关部门", "collective", "no one department in particular (as d01:25)")
U(f, 31, "市、区县（自治县）人民政府相关部门", "各区县（自治县）相关部门")
U(f, 39, "国家机关", "国家机关", "collective", "every state organ (as e05:27); the other organisations of the list are the regulated side, no record")
U(f, 41, "市级相关部门", "市级相关部门", "collective", "no one department in particular")

# f04 上海 (municipality)
f = "f04.md"
SH = "上海市"
R(f, 23, "本市", SH + "人民政府", "county_gov", "本市 as the actor (加强…, no modal): the city's government (round 2's doubt)")
U(f, 25, "各级人民政府", "各级人民政府")
R(f, 27, "市交通行政管理部门", SH + "交通行政管理部门")
R(f, 27, "市道路运输行政管理部门", SH + "道路运输行政管理部门")
U(f, 29, "区交通行政管理部门", "各区交通行政管理部门", "collective", "a municipality's districts")
U(f, 31, "乡（镇）人民政府", "乡（镇）人民政府")
U(f, 33, "本市有关行政管理部门", "有关行政管理部门", "collective", "")
U(f, 35, "村（居）民委员会", "村（居）民委员会", "grassroots", "协助: a holder")
for d in ("交通", "道路运输"):
    R(f, 41, "本市交通、道路运输行政管理部门", SH + d + "行政管理部门", "department", "本市's list: the city's")
for d in ("公安", "住房城乡建设"):
    R(f, 41, "公安、住房城乡建设等行政管理部门", SH + d + "行政管理部门", "department",
      "partners after 会同, bare list in a city's own regulation: the city's")
R(f, 47, "本市", SH + "人民政府", "county_gov", "as line 23 (运用…提升, no modal)")
for d in ("交通", "道路运输"):
    R(f, 49, "市交通、道路运输行政管理部门", SH + d + "行政管理部门", "department",
      "the other provinces' departments after 与 are no holders")
R(f, 57, "市交通行政管理部门", SH + "交通行政管理部门", "department",
  "由X…编制; those heard, the balancing 市规划资源部门, the approving 市人民政府 and the filing's receiver are no holders")
U(f, 59, "区交通行政管理部门", "各区交通行政管理部门", "collective", "由X…编制; the others no holders")

# f05 汕头经济特区 (a city's special economic zone)
f = "f05.md"
ST = "汕头市"
def two(line, note=""):
    R(f, line, "市、区（县）人民政府", ST + "人民政府", "county_gov", note)
    U(f, line, "市、区（县）人民政府", "各区（县）人民政府", "collective", note)
two(14, "领导… (no modal)")
R(f, 16, "市科技主管部门", ST + "科技主管部门")
for d in ("发展改革", "教育", "工业和信息化", "财政", "人力资源社会保障", "自然资源", "住房城乡建设", "农业农村",
          "卫生健康", "市场监督管理", "金融", "税务"):
    R(f, 18, "市发展改革、…、税务等相关部门", ST + d + "部门", "department",
      "市's list (和 inside 工业和信息化; 税务 a vertical agency, doubt)")
two(20)
R(f, 24, "市人民政府", ST + "人民政府", "county_gov", "")
two(26, "设立 (no modal); items 28-40 are uses, not duties")
two(42)
R(f, 44, "市人民政府", ST + "人民政府", "county_gov", "")
for line in (46, 48, 56, 58):
    two(line)
    U(f, line, "市、区（县）人民政府及其相关部门", "相关部门", "collective", "其相关部门: each level's, no one in particular (as d03:23)")
two(54)
R(f, 60, "市、区（县）科技主管部门", ST + "科技主管部门")
U(f, 60, "市、区（县）科技主管部门", "各区（县）科技主管部门")

# f06 漯河 (prefecture city)
f = "f06.md"
LH = "漯河市"
def two6(line, note=""):
    R(f, line, "市、县（区）人民政府", LH + "人民政府", "county_gov", note)
    U(f, line, "市、县（区）人民政府", "各县（区）人民政府", "collective", note)
two6(17)
U(f, 19, "街道办事处", "街道办事处", "collective", "做好 (no modal)")
U(f, 19, "城市规划区内的乡（镇）人民政府", "乡（镇）人民政府", "collective", "")
R(f, 21, "市、县（区）城市绿化主管部门", LH + "城市绿化主管部门")
U(f, 21, "市、县（区）城市绿化主管部门", "各县（区）城市绿化主管部门")
for d in ("发展改革", "公安", "财政", "自然资源和规划", "生态环境", "住房城乡建设", "交通运输", "水利"):
    R(f, 23, "发展改革、…、水利等有关部门", LH + d + "部门", "department",
      "bare list in a city's own regulation: the city's (units9; doubt: line 21 names every level)")
two6(29)
U(f, 33, "新闻媒体", "新闻媒体", "institution", "the other organisations of the list are the regulated side")
R(f, 35, "城市绿化主管部门", LH + "城市绿化主管部门", "department", "bare: the city's")
two6(37)
R(f, 41, "市、县城市绿化主管部门", LH + "城市绿化主管部门")
U(f, 41, "市、县城市绿化主管部门", "各县城市绿化主管部门")
R(f, 41, "城乡规划主管部门", LH + "城乡规划主管部门", "department",
  "partner after 会同, bare: the city's (doubt: each level's own); the approving 同级人民政府 no holder")
U(f, 53, "电力、通讯、公用、市政等部门", "电力部门", "other", "utilities (as e02:21)")
U(f, 53, "电力、通讯、公用、市政等部门", "通讯部门", "other", "as 电力")
U(f, 53, "电力、通讯、公用、市政等部门", "公用部门", "other", "public utilities: as 电力 (doubt)")
R(f, 53, "电力、通讯、公用、市政等部门", LH + "市政部门", "department", "bare: the city's (doubt)")
R(f, 53, "园林绿化部门", LH + "园林绿化部门", "department", "bare: the city's (doubt)")

# f07 湖州 (prefecture city)
f = "f07.md"
HZ = "湖州市"
R(f, 17, "市、县（区）人民政府", HZ + "人民政府", "county_gov")
U(f, 17, "市、县（区）人民政府", "各县（区）人民政府")
U(f, 19, "乡（镇）人民政府", "乡（镇）人民政府")
U(f, 19, "街道办事处", "街道办事处")
U(f, 19, "开发区（园区）管理机构", "开发区（园区）管理机构", "collective", "every zone's body; 有关部门 assisted is no holder")
R(f, 21, "市、县（区）人民政府特种设备安全监督管理部门", HZ + "特种设备安全监督管理部门")
U(f, 21, "市、县（区）人民政府特种设备安全监督管理部门", "各县（区）特种设备安全监督管理部门")
R(f, 23, "住房和城乡建设部门", HZ + "住房和城乡建设部门", "department", "bare: the city's (units9; doubt)")
for d in ("经济和信息化", "教育", "公安", "财政", "城乡规划", "商务", "卫生计生", "旅游", "安全生产监督管理",
          "市场监督管理"):
    R(f, 25, "经济和信息化、…、市场监督管理等有关部门", HZ + d + "部门", "department", "bare list: the city's")
U(f, 27, "电梯行业协会", "电梯行业协会", "social_org")
R(f, 31, "特种设备安全监督管理部门", HZ + "特种设备安全监督管理部门", "department", "bare: the city's")
U(f, 31, "其他有关部门", "其他有关部门")
U(f, 33, "电梯行业协会", "电梯行业协会", "social_org", "the others of the list are the regulated side")
U(f, 35, "新闻媒体", "新闻媒体", "institution")
U(f, 37, "学校", "学校", "institution")
U(f, 37, "幼儿园", "幼儿园", "institution")
U(f, 45, "施工图设计文件审查机构", "施工图设计文件审查机构", "institution", "the subject of the duty")

# f08 浙江省 (province)
f = "f08.md"
U(f, 25, "县级以上人民政府", "县级以上人民政府")
U(f, 27, "县级以上人民政府人力资源社会保障主管部门", "县级以上人民政府人力资源社会保障主管部门")
U(f, 27, "工会", "工会", "social_org", "partner after 会同")
U(f, 27, "企业方面代表", "企业方面代表", "other", "partner after 会同")
for d in ("教育", "卫生健康", "科技", "文化旅游"):
    U(f, 29, "县级以上人民政府教育、卫生健康、科技、文化旅游等部门", "县级以上人民政府" + d + "部门", "collective", "协助")
U(f, 33, "县级以上人民政府", "县级以上人民政府")
U(f, 47, "乡镇人民政府", "乡镇人民政府")
U(f, 47, "街道办事处", "街道办事处")
U(f, 49, "劳动人事争议调解组织", "劳动人事争议调解组织", "social_org", "items 51-57 below the header")

if __name__ == "__main__":
    records.write(Path(__file__).resolve().parent / "expected.jsonl")
