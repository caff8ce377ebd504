"""How expected.jsonl of round 11 was written (ud43), by hand from the text before the parser ran: one call a record.

q01 and q07 are the LawRefBook/Laws mirror (commit 2f4c5c2, `部门规章/`, the first 60 lines); q02-q06 and q08 `pages`
search excerpts (sources.tsv gives each address)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U

# q01 特种设备安全监督检查办法 (a ministry's 部门规章, 市场监管总局 2022: every level's market regulators, the township offices)
f = "q01.md"
R(f, 15, "国家市场监督管理总局", "国家市场监督管理总局", "department", "the State's administration by name (national text)")
U(f, 17, "县级以上地方市场监督管理部门", "县级以上地方市场监督管理部门", "collective",
  "上级市场监督管理部门 deploying is no holder")
U(f, 19, "市场监督管理所", "市场监督管理所", "collective", "every regulator's township office (承担…工作)")
U(f, 27, "市场监督管理部门", "市场监督管理部门", "collective",
  "实施常规监督检查 (no modal: the text's own rule); bare in a national text, every level's; 13's scope (适用本办法) no record")
U(f, 31, "市级市场监督管理部门", "市级市场监督管理部门", "collective", "every city's; 辖区内市场监督管理部门 assigned are no holders")
U(f, 39, "制造地的市级市场监督管理部门", "市级市场监督管理部门", "collective",
  "由X纳入: the city's regulator where the maker is (33's 同级人民政府 and 省级 receiving a report are no holders)")
U(f, 41, "市级市场监督管理部门", "市级市场监督管理部门", "collective", "")
U(f, 53, "市场监督管理部门", "市场监督管理部门", "collective",
  "实施专项监督检查 (no modal); 各级人民政府和上级市场监督管理部门 deploying are no holders")
U(f, 55, "组织专项监督检查的市场监督管理部门", "市场监督管理部门", "collective", "")
U(f, 59, "市场监督管理部门", "市场监督管理部门", "collective", "实施证后监督检查 (no modal)")

# q02 延边朝鲜族自治州保护和发展朝鲜族用品生产条例 (an autonomous prefecture's 条例: 州 bodies, 自治州、县(市) pairs)
f = "q02.txt"
Y = "延边朝鲜族自治州"
R(f, 8, "自治州人民政府民族事务委员会", Y + "民族事务委员会", "department", "")
R(f, 9, "州民族事务委员会", Y + "民族事务委员会", "department", "由X会同有关部门认定")
U(f, 9, "有关部门", "有关部门", "collective",
  "partners after 会同; a bare 有关部门 is a collective (round 1's d03:55, d04:21; relabelled after first sight, the "
  "committed label named it the prefecture's department, resolved)")
R(f, 10, "州民族事务委员会", Y + "民族事务委员会", "department", "由X会同有关部门审核 (报批: 按程序)")
U(f, 10, "有关部门", "有关部门", "collective", "partners after 会同 (relabelled as line 9's)")
R(f, 11, "自治州人民政府", Y + "人民政府", "county_gov", "")
U(f, 12, "自治州、县(市)人民政府有关部门", "自治州有关部门", "collective",
  "要 (a modal of the text); the prefecture's level, 有关部门 a collective as round 1's d04:21 `市有关部门` (relabelled "
  "after first sight, as line 9's)")
U(f, 12, "自治州、县(市)人民政府有关部门", "县(市)人民政府有关部门", "collective", "the counties' and county-level cities' (a set)")

# q03 茂名市露天矿生态公园保护管理条例 (a 设区的市 given legislative power in 2015; a 2024 amendment's header)
f = "q03.txt"
R(f, 15, "市人民政府", "茂名市人民政府", "county_gov",
  "具体范围由X划定并向社会公布; the 村民委员会 named are places (boundaries), no holders")
R(f, 17, "市人民政府", "茂名市人民政府", "county_gov", "the excerpt's last line, cut after 本级财政")

# q04 长白朝鲜族自治县自治条例 (an autonomous county's 自治条例, revised 2023, approved 2024; no title line on the page)
f = "q04.txt"
R(f, 17, "自治县自治机关", "长白朝鲜族自治县自治机关", "county_gov",
  "行使…职权…贯彻执行 (no modal: the text's own rule, as round 9's m06); 16 defines, 18 a principle: no record")

# q05 关岭布依族苗族自治县自治条例 (an autonomous county's 自治条例 of 1989 in traditional script; the title cut by the page)
f = "q05.txt"
G = "关岭布依族苗族自治县自治机关"
R(f, 13, "自治縣的自治機關", G, "county_gov",
  "維護…保證…積極完成 (no modal; 上級國家機關 assigning is no holder); 12 defines and sets a principle: no record")
R(f, 14, "自治縣的自治機關", G, "county_gov", "行使…職權…行使自治權 (no modal)")
R(f, 15, "自治縣的自治機關", G, "county_gov", "採取…措施 (no modal); 上級國家機關 approving is no holder")

# q06 惠州市人民政府拟定地方性法规草案和制定政府规章程序规定 (a city's 规章: its zones' committees counted as counties)
f = "q06.txt"
H = "惠州市"
R(f, 7, "市人民政府", H + "人民政府", "county_gov", "组织拟定 (no modal: the text's own rule); 4's 由市人民政府组织起草 defines")
R(f, 8, "市人民政府司法行政部门", H + "司法行政部门", "department", "")
U(f, 9, "各县(区)人民政府", "各县(区)人民政府", "collective",
  "承担…工作 (no modal); the city's counties and districts (the parenthesis counts the two zones' committees in)")
R(f, 9, "大亚湾开发区、仲恺高新区管委会", H + "大亚湾开发区管委会", "zone",
  "a zone of the city named (doubt: named inside the counties' parenthesis, 下同)")
R(f, 9, "仲恺高新区管委会", H + "仲恺高新区管委会", "zone", "a zone of the city named (doubt: as the record before)")
R(f, 9, "市人民政府工作部门", H + "人民政府工作部门", "department", "the city's departments (a set of one government's)")
R(f, 9, "直属机构", H + "人民政府直属机构", "department", "the city's bodies directly under it (市人民政府 shared)")
U(f, 9, "法律、法规授权管理公共事务的组织", "法律、法规授权管理公共事务的组织", "other",
  "organisations empowered by law; 市人民政府司法行政部门 assisted (配合) is no holder; 10's 可以 no record")

# q07 机动车登记规定 (公安部's 部门规章: the traffic police of each level and their vehicle offices, a national text)
f = "q07.md"
U(f, 9, "公安机关交通管理部门", "公安机关交通管理部门", "collective", "由X负责实施: every level's")
U(f, 11, "省级公安机关交通管理部门", "省级公安机关交通管理部门", "collective", "")
U(f, 11, "直辖市公安机关交通管理部门车辆管理所", "直辖市公安机关交通管理部门车辆管理所", "collective", "")
U(f, 11, "设区的市或者相当于同级的公安机关交通管理部门车辆管理所", "设区的市或者相当于同级的公安机关交通管理部门车辆管理所",
  "collective", "")
U(f, 13, "省级公安机关交通管理部门", "省级公安机关交通管理部门", "collective",
  "由X确定; the county offices' 可以 no record")
U(f, 17, "车辆管理所", "车辆管理所", "collective", "every vehicle office")
U(f, 19, "车辆管理所", "车辆管理所", "collective", "")
U(f, 21, "车辆管理所", "车辆管理所", "collective", "")
U(f, 23, "省级、设区的市或者相当于同级的公安机关交通管理部门", "省级公安机关交通管理部门", "collective", "two levels")
U(f, 23, "省级、设区的市或者相当于同级的公安机关交通管理部门", "设区的市或者相当于同级的公安机关交通管理部门",
  "collective", "two levels")
U(f, 25, "车辆管理所", "车辆管理所", "collective", "")
U(f, 27, "公安机关交通管理部门", "公安机关交通管理部门", "collective", "有关部门 (与…互联互通) no holder")
U(f, 29, "公安机关交通管理部门", "公安机关交通管理部门", "collective", "")
U(f, 31, "车辆管理所", "车辆管理所", "collective", "")
U(f, 35, "车辆管理所", "车辆管理所", "collective", "")
U(f, 41, "公安机关交通管理部门", "公安机关交通管理部门", "collective",
  "39's applicants and 车辆管理所 receiving, 43's 可以, 49-59's owners, 海关 and 国务院机动车产品主管部门 of an exception: no record")

# q08 四川省反窃电管理办法 (a province's 规章 of 2000: enterprises of the grid with duties)
f = "q08.txt"
U(f, 18, "县级以上人民政府电力行政管理部门", "县级以上人民政府电力行政管理部门", "collective", "")
U(f, 19, "公安、工商行政管理、质量技术监督等部门", "公安部门", "collective", "a province's bare names: each level's")
U(f, 19, "公安、工商行政管理、质量技术监督等部门", "工商行政管理部门", "collective", "")
U(f, 19, "公安、工商行政管理、质量技术监督等部门", "质量技术监督部门", "collective", "")
U(f, 20, "电网经营企业", "电网经营企业", "other",
  "可…检查 no record, 如发现…应及时报告，配合… a duty; the bodies helped (电力行政管理部门和公安、司法机关) are no holders")
U(f, 20, "供电企业", "供电企业", "other", "")

if __name__ == "__main__":
    records.write(Path(__file__).resolve().parent / "expected.jsonl")
