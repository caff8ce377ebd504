"""How expected.jsonl of round 7 was written (units16), by hand from the text before the parser ran: one call a record.

Round 7's texts are the LawRefBook/Laws mirror's (commit 2f4c5c2), the first 60 lines; sources.tsv gives each path."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import Records  # noqa: E402

records = Records()
R, U = records.R, records.U


def pair(f, line, mention, city, lower, name, kind="department", note=""):
    """`市、县（区）X`: the city's X and the lower level's collective."""
    R(f, line, mention, city + name, kind, note)
    U(f, line, mention, lower + name, "collective", "")


# j01 宁波大榭开发区 (a city's 条例 on its development zone; 宁波 is not in another set's titles of this round)
f = "j01.md"
DX = "宁波大榭开发区管理委员会"
R(f, 31, "宁波大榭开发区管理委员会", DX, "zone", "the city's zone, acting for the city government")
R(f, 33, "开发区管委会", DX, "zone", "the list of powers (lines 35-59) names no other holder; 有关部门 of line 57 are supervised")

# j02 宁波杭州湾新区 (a city's 条例 on a 新区 inside the county-level city 慈溪)
f = "j02.md"
XQ = "宁波杭州湾新区开发建设管理委员会"
R(f, 21, "宁波杭州湾新区开发建设管理委员会", XQ, "zone", "the city government's 派出机构")
U(f, 25, "新区管委会所属的行政管理职能机构", "新区管委会所属的行政管理职能机构", "collective", "the zone's bodies, none named")
R(f, 27, "新区管委会", XQ, "zone", "海关 and utilities after 协调 are coordinated: no holders")
U(f, 45, "新区管委会所属行政管理职能机构", "新区管委会所属行政管理职能机构", "collective", "")
R(f, 47, "慈溪市城市管理行政执法部门", "慈溪市城市管理行政执法部门", "department",
  "a named county-level city's body (its 派出机构 acts in its name)")
U(f, 49, "宁波市、慈溪市行政机关和法律、法规授权组织", "宁波市、慈溪市行政机关和法律、法规授权组织", "collective",
  "the bodies of two governments, none named")
U(f, 51, "宁波市、慈溪市行政机关和法律、法规授权组织", "宁波市、慈溪市行政机关和法律、法规授权组织", "collective", "")
R(f, 53, "新区", XQ, "zone", "the zone as a party (doubt: the zone, no body named)")
R(f, 53, "慈溪市", "慈溪市人民政府", "county_gov", "a named county-level city as a party")
R(f, 55, "新区管委会", XQ, "zone", "")
R(f, 59, "新区管委会", XQ, "zone", "")

# j03 河源市 (a city's 条例 naming vertical bodies: 气象, 消防救援, 海事)
HY = "河源市"
f = "j03.md"
pair(f, 17, "市、县（区）人民政府", HY, "各县（区）", "人民政府", "county_gov")
U(f, 19, "乡镇人民政府", "乡镇人民政府")
U(f, 19, "街道办事处", "街道办事处")
U(f, 21, "村民委员会", "村民委员会", "grassroots")
U(f, 21, "居民委员会", "居民委员会", "grassroots", "所在地人民政府 guides and decides: no holder")
for line, x in ((23, "气象主管机构"), (25, "应急管理部门"), (27, "水行政主管部门"), (29, "自然资源主管部门"),
                (31, "住房城乡建设主管部门"), (33, "交通运输主管部门"), (35, "公安机关"),
                (37, "城市管理和综合执法主管部门"), (39, "农业农村主管部门"), (41, "教育主管部门"), (43, "消防救援机构")):
    R(f, line, x, HY + x, "department",
      "a bare functional name in a city's text is the city's (round 1; doubt: every level; 气象 and 消防救援 are vertical)")
for x in ("发展改革", "工业和信息化", "民政", "财政", "人力资源社会保障", "文化广电旅游体育", "卫生健康", "林业", "海事",
          "电力", "水文"):
    R(f, 45, "发展改革、…、水文等主管部门", HY + x + "主管部门", "department", "the list's heads each take 主管部门")
U(f, 47, "各级人民政府防汛防旱防风指挥部", "各级人民政府防汛防旱防风指挥部", "collective", "every level's headquarters")
U(f, 47, "同级应急管理部门", "同级应急管理部门", "collective", "日常工作由…承担: each level's")
U(f, 49, "各级三防指挥部", "各级人民政府防汛防旱防风指挥部", "collective", "有防汛任务的部门和单位: the regulated side, no record")
U(f, 51, "各级防汛有关部门", "各级防汛有关部门", "collective", "")
U(f, 53, "乡镇人民政府", "乡镇人民政府")
U(f, 53, "街道办事处", "街道办事处")
U(f, 55, "各级三防指挥部", "各级人民政府防汛防旱防风指挥部", "collective", "")
U(f, 57, "各级三防指挥部成员单位", "各级三防指挥部成员单位", "collective", "")

# j04 东营市 (a city's 条例 naming its zones' 管委会 and institutions)
DY = "东营市"
f = "j04.md"
pair(f, 19, "市、县区人民政府", DY, "各县区", "人民政府", "county_gov")
R(f, 19, "东营经济技术开发区管委会", "东营经济技术开发区管委会", "zone", "the city's zone")
R(f, 19, "东营港经济开发区管委会", "东营港经济开发区管委会", "zone", "the city's zone")
U(f, 21, "乡镇人民政府", "乡镇人民政府")
U(f, 21, "街道办事处", "街道办事处", "collective", "相关行政管理部门 helped: no holder")
R(f, 23, "公安机关", DY + "公安机关", "department", "the named 主管部门")
R(f, 25, "城市管理主管部门", DY + "城市管理主管部门")
R(f, 25, "城市管理行政执法机关", DY + "城市管理行政执法机关")
R(f, 27, "畜牧兽医主管部门", DY + "畜牧兽医主管部门")
U(f, 27, "动物疫病预防控制机构", "动物疫病预防控制机构", "institution", "an institution, no level named (doubt: the city's)")
U(f, 27, "动物卫生监督机构", "动物卫生监督机构", "institution", "doubt: the city's")
R(f, 29, "工商行政管理部门（市场监管部门）", DY + "工商行政管理部门", "department", "the bracket is the body's new name")
R(f, 31, "卫生行政部门", DY + "卫生行政部门")
for x in ("住房城乡建设", "财政", "民政", "文化广电新闻出版"):
    R(f, 33, "住房城乡建设、财政、民政、文化广电新闻出版等部门", DY + x + "部门")
U(f, 37, "居民委员会", "居民委员会", "grassroots")
U(f, 37, "村民委员会", "村民委员会", "grassroots", "line 39 (可以): no record")
U(f, 45, "养犬管理相关职能部门", "养犬管理相关职能部门", "collective", "line 49 (可以): no record")
U(f, 53, "广播、电视、报刊、网站等新闻媒体", "新闻媒体", "other", "")

# j05 泰安市 (a city's 条例 with enterprises)
TA = "泰安市"
f = "j05.md"
pair(f, 17, "市、县（市）人民政府", TA, "各县（市）", "人民政府", "county_gov")
pair(f, 19, "市、县（市）供热行政主管部门", TA, "各县（市）", "供热行政主管部门")
for x in ("发展改革", "财政", "自然资源和规划", "生态环境", "城市管理", "应急", "行政审批服务", "市场监管", "能源"):
    R(f, 21, "发展改革、…、能源等部门", TA + x + "部门")
pair(f, 29, "市、县（市）供热行政主管部门", TA, "各县（市）", "供热行政主管部门")
pair(f, 39, "市、县（市）供热行政主管部门", TA, "各县（市）", "供热行政主管部门")
U(f, 51, "施工图审查机构", "施工图审查机构", "institution", "建设单位 (lines 45, 57, 59): the regulated side, no record")
R(f, 57, "供热行政主管部门", TA + "供热行政主管部门", "department", "bare: the city's (round 1)")

# j06 阳江市 (a city's 条例 naming social organisations)
YJ = "阳江市"
f = "j06.md"
R(f, 17, "县级以上人民政府", YJ + "人民政府", "county_gov", "县级以上 in a city's text: the city and its counties")
U(f, 17, "县级以上人民政府", "县级人民政府", "collective", "")
U(f, 19, "镇人民政府", "镇人民政府")
U(f, 19, "街道办事处", "街道办事处")
U(f, 21, "县级以上精神文明建设委员会", "县级以上精神文明建设委员会", "collective", "each level's committee (party-led)")
U(f, 21, "县级以上精神文明建设委员会办事机构", "县级以上精神文明建设委员会办事机构", "collective", "")
for x in ("网信", "教育", "公安", "民政", "生态环境", "交通运输", "卫生健康", "城管综合执法", "文化广电旅游体育", "商务",
          "市场监管"):
    R(f, 23, "网信、…、市场监管等有关部门", YJ + x + "部门")
for x in ("工会", "共青团", "妇联", "残联"):
    U(f, 25, x, x, "social_org", "")
U(f, 27, "村（居）民委员会", "村（居）民委员会", "grassroots", "line 29: everyone, no record")
U(f, 37, "执法部门", "执法部门", "collective", "")
U(f, 39, "公共服务机构", "公共服务机构", "other", "")

# j07 衢州市 (a city's 条例 whose holders are mostly 乡镇 and 街道)
QZ = "衢州市"
f = "j07.md"
pair(f, 17, "市、县（市、区）人民政府", QZ, "各县（市、区）", "人民政府", "county_gov")
pair(f, 19, "市、县（市、区）人民政府", QZ, "各县（市、区）", "人民政府", "county_gov")
R(f, 19, "农业农村主管部门", QZ + "农业农村主管部门", "department", "具体工作由…负责 (doubt: every level's)")
U(f, 21, "乡（镇）人民政府", "乡（镇）人民政府")
U(f, 23, "街道办事处", "街道办事处")
for line, x in ((25, "农业农村主管部门"), (27, "自然资源和规划主管部门"), (29, "住房和城乡建设主管部门")):
    R(f, line, x, QZ + x)
for x in ("综合行政执法", "水利", "林业", "交通运输", "生态环境", "文化旅游", "应急管理", "财政", "民政"):
    R(f, 31, "综合行政执法、…、民政等主管部门", QZ + x + "主管部门")
U(f, 33, "村集体经济组织", "村集体经济组织", "other", "")
U(f, 33, "村民委员会", "村民委员会", "grassroots", "")
U(f, 39, "县（市、区）人民政府", "各县（市、区）人民政府")
U(f, 51, "乡（镇）人民政府", "乡（镇）人民政府")
U(f, 51, "街道办事处", "街道办事处")
for line in (55, 57, 59):
    U(f, line, "乡（镇）人民政府", "乡（镇）人民政府", "collective", "市、县（市）人民政府 approving (line 57): no holder" if line == 57 else "")
    U(f, line, "街道办事处", "街道办事处")

# j08 驻马店市 (a city's 条例 naming its level's departments in full)
ZM = "驻马店市"
f = "j08.md"
pair(f, 19, "市、县（区）人民政府", ZM, "各县（区）", "人民政府", "county_gov")
pair(f, 21, "市、县（区）人民政府", ZM, "各县（区）", "人民政府", "county_gov")
for x in ("教育", "自然资源和规划", "住房和城乡建设"):
    pair(f, 23, "市、县（区）人民政府教育、自然资源和规划、住房和城乡建设部门", ZM, "各县（区）", x + "部门")
for x in ("发展改革", "公安", "财政", "生态环境", "城市管理", "交通运输", "文化广电和旅游", "应急管理", "市场监管", "人民防空",
          "不动产登记"):
    R(f, 25, "发展改革、…、不动产登记等有关部门和机构", ZM + x + "部门", "department", "bare list: the city's (round 1)")
U(f, 27, "乡（镇）人民政府", "乡（镇）人民政府")
U(f, 27, "街道办事处", "街道办事处")
U(f, 27, "村（居）民委员会", "村（居）民委员会", "grassroots")
pair(f, 29, "市、县（区）人民政府", ZM, "各县（区）", "人民政府", "county_gov")
pair(f, 31, "市、县（区）人民政府教育督导机构", ZM, "各县（区）", "教育督导机构")
pair(f, 35, "市、县人民政府教育部门", ZM, "各县", "教育部门")
R(f, 35, "自然资源和规划部门", ZM + "自然资源和规划部门", "department", "partner after 会同; bare: the city's (doubt: each level's)")
pair(f, 37, "市、县人民政府教育部门", ZM, "各县", "教育部门")
R(f, 51, "自然资源和规划部门", ZM + "自然资源和规划部门")
U(f, 55, "县（区）人民政府", "各县（区）人民政府")

records.write(Path(__file__).resolve().parent / "expected.jsonl")
