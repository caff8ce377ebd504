"""How expected.jsonl of round 6 was written (units15), by hand from the text before the parser ran: one call a record.

Round 6's texts come from the `pages` search corpus, not the DLC mirror (sources.tsv gives each address)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U

# i01 迪庆藏族自治州 (an autonomous prefecture's 条例, a draft for comment)
f = "i01.txt"
U(f, 13, "县级以上人民政府", "县级以上人民政府", "collective", "the prefecture's and the counties' (a level word: round 1)")

# i02 河北省 (a province's government 规章)
f = "i02.txt"
U(f, 23, "县(市、区)以上气象主管机构", "县(市、区)以上气象主管机构", "collective", "every level's (and the state's weather service)")
for x in ("发展改革", "财政", "公安", "交通运输", "飞行管制", "通信"):
    U(f, 25, "发展改革、…、通信等部门", "县级以上" + x + "部门", "collective",
      "a bare functional name in a province's text is every level's (round 1); 飞行管制 and 通信 are not all government's (doubt)")
U(f, 25, "有关军事机关", "有关军事机关", "other", "no government's body")
U(f, 27, "县级以上人民政府", "县级以上人民政府", "collective", "")
U(f, 29, "各级气象主管机构", "各级气象主管机构", "collective", "")

# i03 重庆市 (a municipality's government 规章, an 通告)
CQ = "重庆市"
f = "i03.txt"
U(f, 21, "所在区人民政府", "所在区人民政府", "collective", "由X负责: the district where the quarry lies, no one named")
R(f, 21, "市、区人民政府", CQ + "人民政府", "county_gov", "由X负责, the 市 of the pair")
U(f, 21, "市、区人民政府", "各区人民政府", "collective", "the 区 of the pair")
R(f, 22, "市环境保护行政主管部门", CQ + "环境保护行政主管部门", "department", "")

# i04 扬州市 (a city's 条例 of 江苏)
YZ = "扬州市"
f = "i04.txt"
R(f, 17, "市、县(市、区)人民政府", YZ + "人民政府", "county_gov", "those urged (有关主管部门) no holders")
U(f, 17, "市、县(市、区)人民政府", "各县(市、区)人民政府", "collective", "")
U(f, 19, "乡镇人民政府", "乡镇人民政府", "collective", "")
U(f, 19, "街道办事处", "街道办事处", "collective", "")
U(f, 21, "村(居)民委员会", "村(居)民委员会", "grassroots", "协助开展…相关工作 (present tense of the text's rules)")
R(f, 23, "生态环境主管部门", YZ + "生态环境主管部门", "department", "a bare functional name in a city's text (round 1); the line is cut")

# i05 深圳市 (the city's rule on its sub-districts)
SZ = "深圳市"
f = "i05.txt"
R(f, 7, "市、区规划部门", SZ + "规划部门", "department", "")
U(f, 7, "市、区规划部门", "各区规划部门", "collective", "")
for line in (9, 10, 11, 12, 13, 14):
    U(f, line, "街道办事处", "街道办事处", "collective",
      "every sub-district of the city (round 5: sub-districts by kind are a set); those helped (有关部门, 劳动部门) no holders")

# i06 上海市建设和管理委员会 (a city department's normative 规定)
f = "i06.txt"
U(f, 27, "上海市建设工程文明施工管理领导小组", "上海市建设工程文明施工管理领导小组", "other", "a leading group (round 5; doubt: the city's)")
U(f, 31, "上海市建设工程文明施工管理领导小组办公室", "上海市建设工程文明施工管理领导小组办公室", "other",
  "the group's office (set in 市建筑业管理办公室, line 33: no duty)")
U(f, 39, "上海市重大工程文明施工管理块", "上海市重大工程文明施工管理块", "other", "a working block, no body")
U(f, 41, "上海市土建装饰安装专业工程文明施工管理块", "上海市土建装饰安装专业工程文明施工管理块", "other",
  "the 安全监督站 of the relative clause (由…实施监督管理的工程) describe the works: no record")

# i07 内蒙古自治区 (the region's government's normative 暂行办法)
f = "i07.txt"
U(f, 15, "公共数据主管部门", "旗县级以上公共数据主管部门", "collective",
  "a definition with 负责: the body each level above the banner and county names; 旗县级以上地方人民政府 the one naming it, no holder")

# i08 盐池县 (a county government's 工作规则, 宁夏)
YC = "盐池县"
f = "i08.txt"
R(f, 5, "县人民政府", YC + "人民政府", "county_gov", "对县人民代表大会及其常委会负责并报告工作")
U(f, 9, "县人民政府各部门", YC + "人民政府各部门", "collective",
  "the county's departments, a set; 区、市主管部门 guiding them no holders; 组成人员 (line 8) persons, no record")

records.write(Path(__file__).resolve().parent / "expected.jsonl")
