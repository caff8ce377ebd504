"""How expected.jsonl of round 8 was written (units17), by hand from the text before the parser ran: one call a record.

k01-k05 are the LawRefBook/Laws mirror's (commit 2f4c5c2), the first 60 lines; k06-k08 are `pages` search
excerpts (sources.tsv gives each address)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U


def pair(f, line, mention, city, lower, name, kind="department", note=""):
    """`市、县（市、区）X`: the city's X and the lower level's collective."""
    R(f, line, mention, city + name, kind, note)
    U(f, line, mention, lower + name, "collective", "")


# k01 河南省 (a province's 条例 on one city's reservoir: the named city's, district's and zones' bodies)
f = "k01.md"
XY = "信阳市"
R(f, 15, "信阳市人民政府", XY + "人民政府", "county_gov", "a named city's government in a province's text")
R(f, 17, "信阳市人民政府环境保护行政主管部门", XY + "环境保护行政主管部门")
R(f, 19, "信阳市人民政府交通运输行政主管部门海事管理机构", XY + "交通运输行政主管部门海事管理机构", "institution",
  "a body inside the named city's department (doubt: 海事 is partly vertical)")
for x in ("发展和改革", "规划", "水利", "国土资源", "财政", "林业", "卫生", "农业", "畜牧", "渔业", "建设", "工商", "公安",
          "旅游"):
    R(f, 21, "信阳市人民政府发展和改革、…、旅游等部门", XY + x + "部门", "department", "the list's heads each take 部门")
R(f, 23, "浉河区人民政府", "浉河区人民政府", "district_gov", "a named district of the named city")
U(f, 23, "乡（镇）人民政府", "乡（镇）人民政府", "collective", "the townships the protection concerns")
R(f, 25, "南湾湖风景区管理委员会", "南湾湖风景区管理委员会", "zone", "a named zone's committee (the city's)")
R(f, 25, "鸡公山管理区管理委员会", "鸡公山管理区管理委员会", "zone", "a named zone's committee (the city's)")
R(f, 29, "信阳市人民政府", XY + "人民政府", "county_gov", "由X给予表彰和奖励 (doubt: a reward, kept as a duty)")
U(f, 29, "其有关部门", "有关部门", "collective", "")
R(f, 39, "信阳市人民政府", XY + "人民政府", "county_gov", "提出方案; 省人民政府 approving is no holder")
R(f, 41, "信阳市人民政府", XY + "人民政府", "county_gov", "")

# k02 鹤壁市 (a city's 条例 on a county's old town: the named county's bodies; 鹤壁 is in prose's titles, 浚县 not)
f = "k02.md"
HB, JX = "鹤壁市", "浚县"
R(f, 19, "浚县人民政府", JX + "人民政府", "county_gov", "确定并公布: a named county of the city")
R(f, 27, "市人民政府", HB + "人民政府", "county_gov", "")
R(f, 29, "浚县人民政府", JX + "人民政府", "county_gov", "")
U(f, 31, "相关街道办事处", "街道办事处", "collective", "")
for x in ("住房城乡建设", "规划", "文物", "城市管理"):
    R(f, 33, "浚县人民政府住房城乡建设、规划、文物、城市管理等主管部门", JX + x + "主管部门", "department",
      "a named county's departments")
R(f, 35, "浚县古城保护管理机构", JX + "古城保护管理机构", "institution", "the county's body; its items 37-45 below")
R(f, 47, "市人民政府", HB + "人民政府", "county_gov", "")
R(f, 47, "浚县人民政府", JX + "人民政府", "county_gov", "")
R(f, 49, "浚县人民政府", JX + "人民政府", "county_gov", "")
R(f, 49, "市人民政府", HB + "人民政府", "county_gov", "应当给予资金补助")
R(f, 53, "市人民政府", HB + "人民政府", "county_gov", "表彰或者奖励 (doubt: a reward, kept as a duty)")
R(f, 53, "浚县人民政府", JX + "人民政府", "county_gov", "")
for x in ("住房城乡建设", "文物", "旅游"):
    R(f, 57, "浚县人民政府住房城乡建设、文物、旅游等主管部门", JX + x + "主管部门")
R(f, 57, "浚县古城保护管理机构", JX + "古城保护管理机构", "institution", "")

# k03 焦作市 (a city's 条例: two levels, a long list, partners after 会同)
f = "k03.md"
JZ = "焦作市"
pair(f, 15, "市、县（市）人民政府", JZ, "各县（市）", "人民政府", "county_gov")
R(f, 25, "市人民政府", JZ + "人民政府", "county_gov", "")
U(f, 27, "县（市、区）人民政府", "各县（市、区）人民政府")
U(f, 29, "乡镇人民政府", "乡镇人民政府")
U(f, 29, "街道办事处", "街道办事处")
pair(f, 31, "市、县（市、区）环境卫生主管部门", JZ, "各县（市、区）", "环境卫生主管部门")
for x in ("发展改革", "教育", "科技", "工业和信息化", "民政", "财政", "自然资源和规划", "生态环境", "住房城乡建设",
          "交通运输", "农业农村", "商务", "文化广电和旅游", "卫生健康", "应急", "市场监管", "事管", "爱国卫生"):
    R(f, 33, "发展改革、…、爱国卫生等部门（机构）", JZ + x + "部门", "department",
      "a bare list in a city's text is the city's (round 1; doubt: every level, as line 31)")
pair(f, 43, "市、县（市）环境卫生主管部门", JZ, "各县（市）", "环境卫生主管部门")
for x in ("自然资源和规划", "住房城乡建设"):
    pair(f, 43, "自然资源和规划、住房城乡建设等部门", JZ, "各县（市）", x + "部门", "department",
         "partners after 会同 take the subject's two levels (round 5)")
pair(f, 47, "市、县（市、区）环境卫生主管部门", JZ, "各县（市、区）", "环境卫生主管部门")
for x in ("发展改革", "财政", "自然资源和规划"):
    pair(f, 49, "市、县（市、区）发展改革、财政、自然资源和规划等部门", JZ, "各县（市、区）", x + "部门")

# k04 商丘市 (a city's 条例: the two levels and their departments, vertical bodies, a service centre)
f = "k04.md"
SQ = "商丘市"
pair(f, 19, "市、县（市、区）人民政府", SQ, "各县（市、区）", "人民政府", "county_gov")
pair(f, 21, "市、县（市、区）人民政府营商环境建设工作主管部门", SQ, "各县（市、区）", "营商环境建设工作主管部门")
U(f, 23, "乡（镇）人民政府", "乡（镇）人民政府")
U(f, 23, "街道办事处", "街道办事处")
U(f, 25, "其他有关单位和部门", "其他有关单位和部门", "collective", "")
for line in (29, 31, 39, 41, 43, 47, 49, 51, 53, 55, 59):
    pair(f, line, "市、县（市、区）人民政府及其有关部门", SQ, "各县（市、区）", "人民政府", "county_gov")
    U(f, line, "其有关部门", "有关部门", "collective", "")
pair(f, 33, "市、县（市、区）人民政府", SQ, "各县（市、区）", "人民政府", "county_gov")
U(f, 33, "符合条件的中央、省垂直管理部门", "中央、省垂直管理部门", "other",
  "the state's and the province's vertical bodies in the city: no one government's")
R(f, 35, "市行政服务中心", SQ + "行政服务中心", "institution", "")
R(f, 37, "市人民政府", SQ + "人民政府", "county_gov", "")
U(f, 45, "行政机关", "行政机关", "collective", "不得: every administrative body (doubt)")
U(f, 57, "行政机关", "行政机关", "collective", "不得; 事业单位、社会组织、公用企业 beside it are the regulated side (doubt)")

# k05 莱芜市 (a city's 规定: a body of the department, functional zones, service providers, private helpers)
f = "k05.md"
LW = "莱芜市"
R(f, 19, "市住房和城乡建设行政主管部门", LW + "住房和城乡建设行政主管部门")
R(f, 19, "市房地产管理机构", LW + "房地产管理机构", "institution", "具体工作由X负责")
U(f, 21, "各区人民政府", "各区人民政府")
U(f, 21, "各功能区管理机构", "各功能区管理机构", "collective", "no zone named")
U(f, 23, "镇人民政府", "镇人民政府")
U(f, 23, "街道办事处", "街道办事处")
U(f, 23, "社区居民委员会", "社区居民委员会", "grassroots")
for x in ("财政", "国土资源", "规划", "城市管理", "市场监督管理", "公安消防"):
    R(f, 25, "财政、国土资源、规划、城市管理、市场监督管理、公安消防等主管部门", LW + x + "主管部门", "department",
      "a bare list in a city's text is the city's (公安消防: vertical since 2018, doubt)")
U(f, 27, "供电、供水、供气、供热、排污、通信、有线电视等相关经营单位", "相关经营单位", "other",
  "service providers' duty (round 7's 供电企业)")
U(f, 29, "原房改售房单位", "原房改售房单位", "other", "helpers with 应当: non-government actors")
U(f, 29, "小区业主委员会", "业主委员会", "other", "")
U(f, 29, "物业服务企业", "物业服务企业", "other", "")

# k06 肇庆市 (a city government's 办法 with its cover notice: bureaus named 局, a scenic area's bureau)
f = "k06.txt"
ZQ = "肇庆市"
R(f, 25, "星湖风景名胜区管理局", "星湖风景名胜区管理局", "institution", "the city's scenic area body")
R(f, 27, "市水利局", ZQ + "水利局")
U(f, 27, "星湖所在辖区水利局", "星湖所在辖区水利局", "collective", "the districts' bureaus where the lake lies")
R(f, 29, "市环保局", ZQ + "环境保护局")
for x in ("规划", "国土", "建设", "交通", "海事", "渔政", "公安", "林业"):
    R(f, 31, "规划、国土、建设、交通、海事、渔政、公安、林业等部门", ZQ + x + "部门", "department",
      "a bare list in a city's text; 协同X做好: X is assisted, no record (round 4); 海事 vertical (doubt)")

# k07 乌鲁木齐市 (a city's 条例 on its development zone; articles run together on one line)
f = "k07.txt"
WQ = "乌鲁木齐市"
R(f, 5, "市人民政府", WQ + "人民政府", "county_gov", "设立管委会 (no modal)")
R(f, 5, "开发区管理委员会（以下简称管委会）", "乌鲁木齐经济技术开发区管理委员会", "zone",
  "开发区 is defined as 乌鲁木齐经济技术开发区; also 开发区应当… and 管委会行使以下职权 (items 6-8)")
U(f, 5, "各区（县）人民政府", "各区（县）人民政府")
U(f, 5, "市政府各工作部门", "市政府各工作部门", "collective", "the city's departments as a set")

# k08 云南省 (a province's 条例: every level collective, one named provincial department)
f = "k08.txt"
U(f, 12, "县级以上人民政府水行政主管部门", "县级以上人民政府水行政主管部门")
U(f, 13, "县级以上人民政府建设行政主管部门", "县级以上人民政府建设行政主管部门")
for x in ("气象", "电信", "运输", "电力", "物资供应"):
    U(f, 13, "气象、电信、运输、电力、物资供应等有关部门", x + "部门", "collective",
      "a province's bare names: each level's (气象 vertical; 电信, 电力 utilities)")
U(f, 14, "县级以上人民政府", "县级以上人民政府", "collective", "表彰奖励 (doubt: a reward, kept as a duty)")
U(f, 14, "有关部门", "有关部门", "collective", "")
U(f, 17, "县级以上人民政府水行政主管部门", "县级以上人民政府水行政主管部门", "collective",
  "本级人民政府 approving and 上一级 receiving the filing are no holders")
U(f, 17, "有关部门", "有关部门", "collective", "partner after 会同")
R(f, 18, "省人民政府水行政主管部门", "云南省水行政主管部门")
U(f, 19, "共同的上一级水行政主管部门", "上一级水行政主管部门", "collective", "")
U(f, 20, "地(州、市)水行政主管部门", "地(州、市)水行政主管部门", "collective", "所在地的: where the river lies")
U(f, 20, "县(市、区)水行政主管部门", "县(市、区)水行政主管部门", "collective", "")
U(f, 21, "城市人民政府", "城市人民政府", "collective", "every city's; those organised are no holders")

records.write(Path(__file__).resolve().parent / "expected.jsonl")
