"""How expected.jsonl of round 6 was written (units15), by hand from the text before the parser ran: one call a record.

Round 6's texts come from the `pages` search corpus, not the DLC mirror (sources.tsv gives each address)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U

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

# i09 凉山彝族自治州 (an autonomous prefecture's 条例; articles run on as the page has them)
LS = "凉山彝族自治州"
f = "i09.txt"
U(f, 4, "县(市)人民政府", "各县(市)人民政府", "collective", "由X划定并公布: the counties' (a lower level in a prefecture's text: round 1)")
R(f, 5, "自治州、县(市)人民政府", LS + "人民政府", "county_gov", "统一领导: the 自治州 of the pair")
U(f, 5, "自治州、县(市)人民政府", "各县(市)人民政府", "collective", "")
R(f, 6, "自治州、县(市)人民政府住房城乡建设或者其他城市市容和环境卫生主管部门",
  LS + "住房城乡建设或者其他城市市容和环境卫生主管部门", "department", "one role, whichever department holds it")
U(f, 6, "自治州、县(市)人民政府住房城乡建设或者其他城市市容和环境卫生主管部门",
  "各县(市)住房城乡建设或者其他城市市容和环境卫生主管部门", "collective", "")
for x in ("自然资源", "财政", "生态环境", "卫生健康", "公安", "水利", "市场监督管理", "交通运输", "人力资源和社会保障",
          "教育", "文化和旅游", "民政", "农业农村", "商务"):
    R(f, 7, "自然资源、…、商务等主管部门", LS + x + "主管部门", "department",
      "a bare functional name in a prefecture's own text is its department (round 1's city rule; doubt: every level)")
U(f, 7, "电力、通信等单位", "电力单位", "other", "utilities, no government's body")
U(f, 7, "电力、通信等单位", "通信单位", "other", "")
U(f, 8, "街道办事处", "街道办事处", "collective", "those guided (居(村)民委员会, 相关单位) no holders")
U(f, 8, "镇人民政府", "镇人民政府", "collective", "")

# i10 山东省 (a province's government 规章)
SD = "山东省"
f = "i10.txt"
U(f, 17, "县级以上人民政府卫生行政部门", "县级以上人民政府卫生行政部门", "collective", "")
R(f, 17, "省政府授权的盐业主管机构", SD + "盐业主管机构", "institution",
  "a body the province's government names is the province's (round 5)")
U(f, 19, "县级以上人民政府有关部门", "县级以上人民政府有关部门", "collective",
  "配合X做好: those helped (卫生行政部门, 盐业主管机构) no holders (round 4)")
U(f, 21, "当地卫生行政部门", "当地卫生行政部门", "collective",
  "要及时调查处理: the local one, of whatever level (round 1's 所在地…主管部门); those reported to no holders")
U(f, 21, "盐业主管机构", "当地盐业主管机构", "collective", "")
# (line 25: 由省盐业主管机构审定, 省卫生行政部门核发的许可证, 报国务院盐业主管机构批准: reviewing, a licence
#  issued, approving: no holders)

# i11 交通部 (a ministry's normative 办法 with its cover notice)
f = "i11.txt"
R(f, 10, "交通部公路规划设计院", "交通部公路规划设计院", "institution",
  "X为…的统一管理单位: the ministry's institute (national); those asked to write to it no holders; line 33's "
  "repeat is cut before its predicate (no record)")

# i12 六盘水市 (a 贵州 city government's normative 规定, traditional script with pinyin glosses as the page has it)
LP = "六盘水市"
f = "i12.txt"
R(f, 10, "市人民政府土地行政主管部門", LP + "土地行政主管部门", "department", "")
U(f, 10, "縣級人民政府土地行政主管部門", "县级人民政府土地行政主管部门", "collective",
  "the counties', special zones' and districts'")

records.write(Path(__file__).resolve().parent / "expected.jsonl")
